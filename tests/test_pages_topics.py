"""/topics/ and /topics/<slug>/: counts, who speaks most on a topic, its statements."""
from __future__ import annotations

import datetime as dt

import pytest

from statements.models import Quote
from tests.builders import make_actor, make_topic
from tests.pages_data import fresh_start, quote_on

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    fresh_start()


@pytest.fixture
def sanctions():
    topic = make_topic("Sanctions and economy", description="Trade measures and their effects.")
    nuclear = make_topic("Nuclear talks", keywords="nuclear")
    berrow, ostrel = make_actor("Anna Berrow"), make_actor("Pavel Ostrel")
    quote_on(dt.date(2024, 1, 1), "Sanctions one", speaker=berrow, topics=(topic,))
    quote_on(dt.date(2024, 1, 2), "Sanctions two", speaker=berrow, topics=(topic, nuclear))
    quote_on(dt.date(2024, 1, 3), "Sanctions three", speaker=ostrel, topics=(topic,))
    quote_on(dt.date(2024, 1, 4), "Sanctions hidden", speaker=ostrel, topics=(topic,), state=Quote.State.HIDDEN)
    return topic


def test_it_lists_topics_with_counts(client, sanctions):
    response = client.get("/topics/")
    assert [(t.name, n) for t, n in response.context["topics"]] == [("Nuclear talks", 1), ("Sanctions and economy", 3)]
    assert "Trade measures and their effects." in response.content.decode()


def test_it_shows_who_speaks_most_and_the_statements(client, sanctions):
    response = client.get("/topics/sanctions-and-economy/")
    html = response.content.decode()
    assert "Who speaks on it most" in html
    assert [(f.label, f.count) for f in response.context["results"].facets["speakers"]] == [
        ("Anna Berrow", 2), ("Pavel Ostrel", 1)]
    assert [q["text"] for q in response.context["results"].quotes] == ["Sanctions three", "Sanctions two", "Sanctions one"]
    assert "Sanctions hidden" not in html
    assert 'href="/quotes.atom?topic=sanctions-and-economy"' in html


def test_it_narrows_to_statements_on_both_topics(client, sanctions):
    response = client.get("/topics/sanctions-and-economy/")
    nuclear = next(f for f in response.context["results"].facets["topics"] if f.label == "Nuclear talks")
    assert [q["text"] for q in client.get(nuclear.url).context["results"].quotes] == ["Sanctions two"]


def test_it_narrows_a_topic_to_dates_alone_with_words_or_with_a_second_topic(client, sanctions):
    page = "/topics/sanctions-and-economy/"

    def texts(**params) -> list[str]:
        return [q["text"] for q in client.get(page, params).context["results"].quotes]

    assert texts(date_after="2024-01-02", date_before="2024-01-03") == ["Sanctions three", "Sanctions two"]
    assert texts(date_after="2024-01-02") == ["Sanctions three", "Sanctions two"]
    assert texts(date_before="2024-01-01") == ["Sanctions one"]
    assert texts(q="two OR three", date_after="2024-01-03") == ["Sanctions three"]
    assert texts(topic="nuclear-talks", date_after="2024-01-02") == ["Sanctions two"]
    assert texts(topic="nuclear-talks", date_after="2024-01-03") == []


@pytest.mark.page_cache
def test_it_runs_few_queries(client, sanctions, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):  # with the page cache's data version
        client.get("/topics/sanctions-and-economy/")
    with django_assert_max_num_queries(2):  # data version and topics with counts
        client.get("/topics/")
