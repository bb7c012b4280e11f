"""The facet lists beside the results, written in Python, give the markup the template loop gave, escaped."""
from __future__ import annotations

from django.template import Context, Template

from statements.search import FacetItem
from statements.templatetags.archive_tags import facet_items, year_facet_items

# the template loops the facets were rendered with before
LINKS = Template(
    '{% load humanize %}<ul>{% for item in items %}<li><a href="{{ item.url }}"{% if item.active %} aria-current="true"'
    ' class="active"{% endif %}><span class="facet-label">{{ item.label }}</span> <span class="facet-count">'
    '{{ item.count|intcomma }}</span></a></li>{% endfor %}</ul>'
)
YEARS = Template(
    '{% load humanize %}<ul>{% for item in items %}<li>{% if item.url %}<a href="{{ item.url }}"{% if item.active %}'
    ' aria-current="true" class="active"{% endif %}><span class="facet-label">{{ item.label }}</span> <span'
    ' class="facet-count">{{ item.count|intcomma }}</span></a>{% else %}<span class="facet-static"><span'
    ' class="facet-label">{{ item.label }}</span> <span class="facet-count">{{ item.count|intcomma }}</span></span>'
    '{% endif %}</li>{% endfor %}</ul>'
)

ITEMS = [
    FacetItem("Anna <b>Berrow</b> & \"Co\"", 1234567, "/quotes/?speaker=anna&q=a+b&topic=x%26y", True),
    FacetItem("O'Brien", 7, "/quotes/?speaker=o-brien", False),
    FacetItem("Élise Ostrel", 0, "/quotes/?speaker=elise", False),
]


def test_speaker_and_topic_lists_match_the_template_markup():
    assert str(facet_items(ITEMS)) == LINKS.render(Context({"items": ITEMS}))


def test_year_lists_match_the_template_markup_with_and_without_links():
    years = [FacetItem("2024", 1500, "/quotes/?date_after=2024-01-01&date_before=2024-12-31", True),
             FacetItem("2023", 3, "", False)]
    assert str(year_facet_items(years)) == YEARS.render(Context({"items": years}))


def test_names_in_facets_are_escaped():
    html = str(facet_items([FacetItem('<script>alert("x")</script>', 1, "/quotes/?speaker=x\"onload", False)]))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'href="/quotes/?speaker=x&quot;onload"' in html
