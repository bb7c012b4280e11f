"""/speakers/ and /speakers/<slug>/: counts, aliases, the timeline, filters and merged actors' old slugs."""
from __future__ import annotations

import datetime as dt

import pytest

from statements.models import ActorAlias, ActorRedirect, Quote
from tests.builders import make_actor, make_topic
from tests.pages_data import fresh_start, quote_on

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    fresh_start()


@pytest.fixture
def berrow():
    actor = make_actor("Anna Berrow", role="Foreign Minister", affiliation="Veldania")
    ActorAlias.objects.create(actor=actor, name="Berrow")
    ActorAlias.objects.create(actor=actor, name="Veldania's top diplomat")
    sanctions = make_topic("Sanctions and economy")
    quote_on(dt.date(2024, 1, 5), "Sanctions stay", speaker=actor, topics=(sanctions,))
    quote_on(dt.date(2024, 1, 20), "Sanctions still stay", speaker=actor, topics=(sanctions,))
    quote_on(dt.date(2024, 4, 2), "Talks may resume", speaker=actor)
    quote_on(None, "Undated remark", speaker=actor)
    quote_on(dt.date(2024, 4, 3), "Hidden remark", speaker=actor, state=Quote.State.HIDDEN)
    return actor


def test_it_lists_speakers_with_their_counts(client, berrow):
    make_actor("Quiet Person")
    quote_on(dt.date(2024, 1, 1), "One thing", speaker=make_actor("Pavel Ostrel"))
    response = client.get("/speakers/")
    assert [(a.name, n) for a, n in response.context["rows"]] == [("Anna Berrow", 4), ("Pavel Ostrel", 1)]
    by_name = client.get("/speakers/", {"sort": "name"})
    assert [(a.name, n) for a, n in by_name.context["rows"]] == [
        ("Anna Berrow", 4), ("Pavel Ostrel", 1), ("Quiet Person", 0)]


def test_it_finds_a_speaker_by_a_misspelt_name(client, berrow):
    response = client.get("/speakers/", {"name": "Berow"})
    assert [a.name for a, _ in response.context["rows"]] == ["Anna Berrow"]


def test_it_shows_role_aliases_count_and_statements(client, berrow):
    response = client.get("/speakers/anna-berrow/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Foreign Minister, Veldania" in html
    assert "Berrow; Veldania&#x27;s top diplomat" in html
    assert "<dt>Statements</dt><dd>4</dd>" in html
    assert [q["text"] for q in response.context["results"].quotes][:3] == [
        "Talks may resume", "Sanctions still stay", "Sanctions stay"]
    assert "Hidden remark" not in html
    assert "Sanctions and economy" in html  # topic facet


def test_it_draws_a_timeline_per_month_on_the_server(client, berrow):
    response = client.get("/speakers/anna-berrow/")
    timeline = response.context["timeline"]
    assert [(m.isoformat(), n) for m, n in timeline.months] == [
        ("2024-01-01", 2), ("2024-02-01", 0), ("2024-03-01", 0), ("2024-04-01", 1)]
    assert timeline.undated == 1
    html = response.content.decode()
    assert '<svg viewBox="0 0 720 122" role="img"' in html
    assert "<title>January 2024: 2 statements</title>" in html
    assert html.count('class="bar"') == 2
    january = client.get(timeline.bars[0].url)
    assert [q["text"] for q in january.context["results"].quotes] == ["Sanctions still stay", "Sanctions stay"]


def test_it_escapes_the_search_carried_into_the_timelines_links(client, berrow):
    html = client.get("/speakers/anna-berrow/", {"q": 'x"><script>alert(1)</script>'}).content.decode()
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert "<script>" not in svg
    # each bar's link keeps the search, and its "&" is escaped in the attribute
    assert 'href="/speakers/anna-berrow/?q=x%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&amp;date_after=' in svg


def test_it_filters_a_speakers_statements_like_the_list(client, berrow):
    response = client.get("/speakers/anna-berrow/", {"q": "sanction", "topic": "sanctions-and-economy"})
    assert [q["text"] for q in response.context["results"].quotes] == ["Sanctions still stay", "Sanctions stay"]
    # a speaker= parameter cannot widen a speaker's own page
    response = client.get("/speakers/anna-berrow/", {"speaker": "someone-else"})
    assert response.status_code == 200
    assert len(response.context["results"].quotes) == 4


def test_it_redirects_a_merged_actors_old_slug_permanently(client, berrow):
    ActorRedirect.objects.create(old_slug="a-berrow", actor=berrow)
    response = client.get("/speakers/a-berrow/?q=sanctions")
    assert response.status_code == 301
    assert response["Location"] == "/speakers/anna-berrow/?q=sanctions"


def test_it_offers_a_feed_of_the_speaker(client, berrow):
    html = client.get("/speakers/anna-berrow/").content.decode()
    assert 'href="/quotes.atom?speaker=anna-berrow"' in html


@pytest.mark.page_cache
def test_it_runs_few_queries(client, berrow, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):
        client.get("/speakers/anna-berrow/")
    with django_assert_max_num_queries(5):
        client.get("/speakers/")
