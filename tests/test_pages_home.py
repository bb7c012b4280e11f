"""/: a search box, recent statements, most-quoted speakers and topics."""
from __future__ import annotations

import datetime as dt

import pytest

from statements.models import Quote
from tests.builders import make_actor, make_topic
from tests.pages_data import days, fresh_start, quote_on

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    fresh_start()


def test_it_offers_a_search_box_recent_statements_speakers_and_topics(client):
    berrow, ostrel = make_actor("Anna Berrow"), make_actor("Pavel Ostrel")
    topic = make_topic("Sanctions and economy")
    for day in days(dt.date(2024, 1, 1), 3):
        quote_on(day, f"Berrow on {day}", speaker=berrow, topics=(topic,))
    quote_on(dt.date(2024, 5, 1), "Ostrel speaks", speaker=ostrel)
    quote_on(dt.date(2024, 6, 1), "Hidden words", speaker=ostrel, state=Quote.State.HIDDEN)
    response = client.get("/")
    html = response.content.decode()
    assert '<form method="get" action="/quotes/" role="search"' in html
    assert '<label for="home-q">Search statements</label>' in html
    assert [q.text for q in response.context["recent"]][:2] == ["Ostrel speaks", "Berrow on 2024-01-03"]
    assert "Hidden words" not in html
    assert [(a.name, n) for a, n in response.context["speakers"]] == [("Anna Berrow", 3), ("Pavel Ostrel", 1)]
    assert [(t.name, n) for t, n in response.context["topics"]] == [("Sanctions and economy", 3)]


def test_it_works_on_an_empty_archive(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "The archive is empty so far." in response.content.decode()


@pytest.mark.page_cache
def test_it_runs_few_queries(client, django_assert_max_num_queries):
    topic = make_topic()
    for i in range(10):
        quote_on(dt.date(2024, 1, 1 + i), f"Words {i}", speaker=make_actor(f"Speaker {i}"), topics=(topic,))
    with django_assert_max_num_queries(5):
        client.get("/")
    with django_assert_max_num_queries(3):
        client.get("/")  # the site-wide counts are cached
