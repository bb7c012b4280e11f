"""/quotes.csv, /quotes.json and /quotes.atom: any /quotes/ search, streamed, capped and safe."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.http import StreamingHttpResponse

from statements import search
from statements.models import Quote
from tests.builders import make_actor, make_outlet, make_topic
from tests.pages_data import days, fresh_start, quote_on

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def archive():
    fresh_start()
    berrow, ostrel = make_actor("Anna Berrow"), make_actor("Pavel Ostrel")
    topic = make_topic("Sanctions and economy")
    quote_on(dt.date(2024, 1, 1), "Sanctions stay", speaker=berrow, topics=(topic,), outlet=make_outlet("Example Wire"),
             cue="said", confidence=0.5)
    quote_on(dt.date(2024, 1, 2), "=HYPERLINK(\"http://evil.example\")", speaker=ostrel)
    quote_on(dt.date(2024, 1, 3), "-2+3 is what they said", speaker=ostrel)
    quote_on(dt.date(2024, 1, 4), "@SUM(A1) & <b>bold</b>", speaker=ostrel)
    quote_on(dt.date(2024, 1, 5), "Hidden", speaker=ostrel, state=Quote.State.HIDDEN)


def body(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


def test_it_exports_csv_with_the_same_filters(client):
    response = client.get("/quotes.csv", {"q": "sanctions"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="statements.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body(response).lstrip("\ufeff"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["text"] == "Sanctions stay"
    assert row["speaker"] == "Anna Berrow" and row["outlet"] == "Example Wire"
    assert row["date"] == "2024-01-01" and row["topics"] == "Sanctions and economy"
    assert row["kind"] == "direct" and row["cue"] == "said" and row["confidence"] == "0.5"
    assert row["permalink"].startswith("http://testserver/quotes/")


def test_it_defuses_spreadsheet_formulas_in_csv(client):
    rows = list(csv.DictReader(io.StringIO(body(client.get("/quotes.csv", {"speaker": "pavel-ostrel"})).lstrip("\ufeff"))))
    cells = sorted(r["text"] for r in rows)
    assert cells == ["'-2+3 is what they said", "'=HYPERLINK(\"http://evil.example\")", "'@SUM(A1) & <b>bold</b>"]
    assert all(not r["text"].startswith(("=", "+", "-", "@")) for r in rows)


def test_it_exports_json(client):
    response = client.get("/quotes.json", {"speaker": "pavel-ostrel", "sort": "oldest"})
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(body(response))
    assert [d["text"] for d in data] == ["=HYPERLINK(\"http://evil.example\")", "-2+3 is what they said",
                                         "@SUM(A1) & <b>bold</b>"]
    assert data[0]["speaker"] == "Pavel Ostrel" and data[0]["state"] == "machine"


def test_it_exports_an_empty_result_as_valid_json(client):
    assert json.loads(body(client.get("/quotes.json", {"q": "nothingmatchesthis"}))) == []


def test_it_caps_exports(client, monkeypatch):
    monkeypatch.setattr(search, "EXPORT_CAP", 2)
    assert len(json.loads(body(client.get("/quotes.json")))) == 2
    assert client.get("/quotes.csv")["X-Row-Cap"] == "2"


def test_it_streams_exports_in_constant_queries(client, django_assert_max_num_queries):
    for day in days(dt.date(2023, 1, 1), 30):
        quote_on(day, f"More words {day}", speaker=make_actor(f"Person {day}"))
    with django_assert_max_num_queries(2):
        assert len(json.loads(body(client.get("/quotes.json")))) == 34


def test_it_offers_an_atom_feed_of_a_speaker(client):
    response = client.get("/quotes.atom", {"speaker": "pavel-ostrel"})
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.find(f"{ATOM}title").text == "Statements by Pavel Ostrel"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    first = entries[0]
    assert first.find(f"{ATOM}title").text == "Pavel Ostrel: “@SUM(A1) & <b>bold</b>”"
    # the summary is HTML to a feed reader: ingested markup arrives escaped
    assert "&lt;b&gt;bold&lt;/b&gt;" in first.find(f"{ATOM}summary").text
    assert first.find(f"{ATOM}link").get("href").startswith("http://testserver/quotes/")
    assert first.find(f"{ATOM}author/{ATOM}name").text == "Pavel Ostrel"


def test_it_offers_an_atom_feed_of_a_topic(client):
    feed = ET.fromstring(client.get("/quotes.atom", {"topic": "sanctions-and-economy"}).content)
    assert feed.find(f"{ATOM}title").text == "Statements on Sanctions and economy"
    assert [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")] == ["Anna Berrow: “Sanctions stay”"]


def test_it_links_the_exports_from_the_results_with_the_same_parameters(client):
    html = client.get("/quotes/", {"q": "sanctions", "speaker": "anna-berrow", "page": "1"}).content.decode()
    assert 'href="/quotes.csv?q=sanctions&amp;speaker=anna-berrow"' in html
    assert 'href="/quotes.json?q=sanctions&amp;speaker=anna-berrow"' in html
    assert 'href="/quotes.atom?q=sanctions&amp;speaker=anna-berrow"' in html
