"""The search form's widgets, written in Python, give exactly Django's template markup."""
from __future__ import annotations

import pytest
from django.forms.renderers import DjangoTemplates
from django.http import QueryDict

from statements.forms import QuoteFilterForm

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", [
    "",
    'q="grain+deal"+<b>%26+it\'s&kind=partial&sort=oldest&date_after=2024-01-01&date_before=2024-02-01&page=2',
    "q=x&speaker=anna-berrow&speaker=pavel-ostrel&topic=sanctions&outlet=wire&after=2024-01-01,5",
    "q=x&date_after=not-a-date&kind=nonsense&page=-1&speaker=%3Cscript%3E",
])
def test_it_renders_each_widget_as_the_django_templates_do(query):
    data = QueryDict(query)
    fast, slow = QuoteFilterForm(data), QuoteFilterForm(data)
    slow.renderer = DjangoTemplates()
    fast.is_valid()
    slow.is_valid()
    for name in fast.fields:
        assert str(fast[name]) == str(slow[name]), name


def test_it_escapes_what_was_typed_into_the_search_box():
    form = QuoteFilterForm(QueryDict('q="><script>alert(1)</script>'))
    form.is_valid()
    html = str(form["q"])
    assert "<script>" not in html
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html
