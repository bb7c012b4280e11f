"""Whatever a reader types into the address bar: a 400 with a message or a sane default, never a 500."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import make_actor, make_topic
from tests.pages_data import fresh_start, quote_on

pytestmark = pytest.mark.django_db

PAGES = ["/quotes/", "/speakers/anna-berrow/", "/topics/sanctions-and-economy/"]
EXPORTS = ["/quotes.csv", "/quotes.json", "/quotes.atom"]


@pytest.fixture(autouse=True)
def archive():
    fresh_start()
    berrow = make_actor("Anna Berrow")
    topic = make_topic("Sanctions and economy")
    quote_on(dt.date(2024, 1, 1), "Sanctions stay", speaker=berrow, topics=(topic,))


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("query, message", [
    ("speaker=nobody-at-all", "There is no speaker “nobody-at-all”"),
    ("topic=no-such-topic", "There is no topic “no-such-topic”"),
    ("outlet=no-such-outlet", "There is no outlet “no-such-outlet”"),
    ("speaker=%3Cscript%3E", "is not a valid speaker address"),
    ("date_after=2024-13-45", "Enter the start date as YYYY-MM-DD"),
    ("date_before=yesterday", "Enter the end date as YYYY-MM-DD"),
    ("date_after=2024-05-01&date_before=2024-01-01", "The end date is before the start date"),
    ("page=abc", "The page must be a whole number from 1"),
    ("page=0", "The page must be a whole number from 1"),
    ("page=-3", "The page must be a whole number from 1"),
    ("page=99999999999999999999999", "That page number is too large"),
    ("kind=speech", "Select a valid choice"),
    ("sort=random", "Select a valid choice"),
    ("q=" + "a" * 10_000, "at most 500 characters"),
    ("q=sanctions%00drop", "Null characters are not allowed"),
    ("after=garbage", "position marker (after=) is damaged"),
    ("after=2024-01-01,12&sort=relevance&q=x", "works only when sorting by date"),
])
def test_it_answers_bad_parameters_with_400_and_a_message(client, path, query, message):
    response = client.get(f"{path}?{query}")
    if path.startswith("/speakers/") and query.startswith("speaker="):
        # a speaker's page has its speaker in the path and ignores speaker=
        assert response.status_code == 200
        return
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'role="alert"' in html
    # the form is shown again so the reader can fix it
    assert 'name="q"' in html


@pytest.mark.parametrize("path", EXPORTS)
def test_it_answers_bad_export_parameters_with_400_in_plain_text(client, path):
    response = client.get(f"{path}?date_after=2024-99-01&speaker=nobody")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "YYYY-MM-DD" in response.content.decode()


def test_it_shows_a_helpful_404_for_a_page_beyond_the_results(client):
    response = client.get("/quotes/?page=99999")
    assert response.status_code == 404
    assert "There is no page 99,999" in response.content.decode()


@pytest.mark.parametrize("query", [
    "q=%ED%A0%80",            # a lone surrogate, UTF-8 encoded
    "q=%FF%FE%FD",            # not UTF-8 at all
    "q=%E2%80%AE%F0%9F%98%80",  # right-to-left override and an emoji
    "q=%01%02%03sanctions%1B",  # control characters
    "q=%22%22%22--OR%20OR%20-",  # only search operators
    "q=the%20a%20of",            # only stop words
    "q=%5C%27%3B%20DROP%20TABLE", # quoting games
    "speaker=&topic=&q=",
])
def test_it_treats_odd_unicode_and_operators_as_a_search_that_finds_little(client, query):
    response = client.get(f"/quotes/?{query}")
    assert response.status_code == 200
    assert "statement" in response.content.decode()


def test_it_still_finds_words_next_to_control_characters(client):
    response = client.get("/quotes/?q=%01sanctions%1B")
    assert [q["text"] for q in response.context["results"].quotes] == ["Sanctions stay"]


@pytest.mark.parametrize("path", ["/quotes/99999999/", "/quotes/99999999999999999999999999/",
                                  "/articles/99999999999999999999999999/", "/speakers/nobody/",
                                  "/topics/nothing/", "/speakers/%E2%80%AE/"])
def test_it_answers_unknown_ids_and_slugs_with_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Not found" in response.content.decode()


@pytest.mark.parametrize("query", ["page=abc", "sort=nope", "name=%00"])
def test_it_validates_the_speaker_list_parameters(client, query):
    assert client.get(f"/speakers/?{query}").status_code == 400


def test_it_answers_a_speaker_list_page_beyond_the_end_with_404(client):
    assert client.get("/speakers/?page=999").status_code == 404


@pytest.mark.parametrize("query, message", [
    ("topic=nothing", "There is no topic “nothing”"),
    ("topic=sanctions-and-economy&speaker=nobody", "There is no speaker “nobody”"),
    ("topic=sanctions-and-economy&speaker=a&speaker=b&speaker=c&speaker=d&speaker=e", "Choose at most 4"),
])
def test_it_validates_the_compare_parameters(client, query, message):
    response = client.get(f"/compare/?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()


ODD_VALUES = ["", " ", "%00", "%ED%A0%80", "%FF", "-1", "0", "99999999999999999999999999", "1e9", "..", "%2F",
              "2024-02-30", "9999-12-31", "a" * 300, "%E2%80%AE", "%22", "OR", "-", "2024-01-01,1", ",1"]
NAMES = ["q", "speaker", "topic", "outlet", "kind", "date_after", "date_before", "sort", "page", "after", "name"]


@pytest.mark.parametrize("path", ["/", "/quotes/", "/speakers/", "/speakers/anna-berrow/", "/topics/",
                                  "/topics/sanctions-and-economy/", "/compare/", "/quotes.csv", "/quotes.json",
                                  "/quotes.atom"])
def test_it_never_answers_odd_parameters_with_a_server_error(client, path):
    for i, name in enumerate(NAMES):
        for j, value in enumerate(ODD_VALUES):
            other = NAMES[(i + j + 1) % len(NAMES)]
            response = client.get(f"{path}?{name}={value}&{other}={ODD_VALUES[(i * j) % len(ODD_VALUES)]}")
            if response.streaming:
                b"".join(response.streaming_content)
            assert response.status_code in (200, 400, 404), (path, name, value, response.status_code)
