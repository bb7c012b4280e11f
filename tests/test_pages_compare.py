"""/compare/: who said what on one topic, speakers side by side, month by month."""
from __future__ import annotations

import datetime as dt

import pytest

from statements.models import Quote
from tests.builders import make_actor, make_topic
from tests.pages_data import fresh_start, quote_on

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def archive():
    fresh_start()
    sanctions, nuclear = make_topic("Sanctions and economy"), make_topic("Nuclear talks", keywords="nuclear")
    berrow, ostrel, quiet = make_actor("Anna Berrow"), make_actor("Pavel Ostrel"), make_actor("Quiet One")
    quote_on(dt.date(2023, 1, 10), "Sanctions must stay", speaker=berrow, topics=(sanctions,))
    quote_on(dt.date(2024, 2, 10), "Sanctions could be eased", speaker=berrow, topics=(sanctions,))
    quote_on(dt.date(2023, 1, 20), "Sanctions are illegal", speaker=ostrel, topics=(sanctions,))
    quote_on(dt.date(2023, 1, 21), "Sanctions are hidden", speaker=ostrel, topics=(sanctions,), state=Quote.State.HIDDEN)
    quote_on(dt.date(2023, 3, 1), "Nuclear only", speaker=ostrel, topics=(nuclear,))
    quote_on(None, "Sanctions, some day", speaker=ostrel, topics=(sanctions,))
    quote_on(dt.date(2023, 6, 1), "Nuclear only too", speaker=quiet, topics=(nuclear,))


def test_it_sets_speakers_side_by_side_by_month(client):
    response = client.get("/compare/?topic=sanctions-and-economy&speaker=anna-berrow&speaker=pavel-ostrel")
    assert response.status_code == 200
    rows = [(row.label, [[q.text for q in cell] for cell in row.cells]) for row in response.context["rows"]]
    assert rows == [
        ("January 2023", [["Sanctions must stay"], ["Sanctions are illegal"]]),
        ("February 2024", [["Sanctions could be eased"], []]),
        ("Date unknown", [[], ["Sanctions, some day"]]),
    ]
    html = response.content.decode()
    assert '<th scope="col"><a href="/speakers/anna-berrow/">Anna Berrow</a></th>' in html
    assert "Verified by an editor" in html or "Extracted automatically" in html  # attribution shown


def test_it_offers_the_speakers_of_the_topic_to_choose_from(client):
    response = client.get("/compare/?topic=sanctions-and-economy")
    assert [(slug, n) for slug, _, n, _ in response.context["choices"]] == [("pavel-ostrel", 2), ("anna-berrow", 2)] \
        or [(slug, n) for slug, _, n, _ in response.context["choices"]] == [("anna-berrow", 2), ("pavel-ostrel", 2)]
    html = response.content.decode()
    assert "Quiet One" not in html
    assert '<legend>Speakers (up to four)</legend>' in html


def test_it_starts_with_a_topic_choice(client):
    response = client.get("/compare/")
    assert response.status_code == 200
    assert '<option value="nuclear-talks">Nuclear talks</option>' in response.content.decode()


@pytest.mark.page_cache
def test_it_runs_few_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):  # with the page cache's data version
        client.get("/compare/?topic=sanctions-and-economy&speaker=anna-berrow&speaker=pavel-ostrel")
