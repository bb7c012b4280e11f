"""/quotes/: search, filters, facets, highlighting, empty results and bounded paging."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from statements import recent
from statements.models import ActorAlias, Quote
from tests.builders import make_actor, make_outlet, make_topic
from tests.pages_data import days, fresh_start, quote_on

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    fresh_start()


def texts(response) -> list[str]:
    return [q["text"] for q in response.context["results"].quotes]


def test_it_finds_stemmed_words_phrases_or_and_exclusions(client):
    quote_on(dt.date(2024, 1, 1), "The sanctions were imposed without reason")
    quote_on(dt.date(2024, 1, 2), "Tariffs and sanctions hurt everyone")
    quote_on(dt.date(2024, 1, 3), "The grain deal is dead")

    assert sorted(texts(client.get("/quotes/", {"q": "sanction"}))) == [
        "Tariffs and sanctions hurt everyone", "The sanctions were imposed without reason"]
    assert texts(client.get("/quotes/", {"q": '"grain deal"'})) == ["The grain deal is dead"]
    assert texts(client.get("/quotes/", {"q": '"deal grain"'})) == []
    assert len(texts(client.get("/quotes/", {"q": "grain OR tariffs"}))) == 2
    assert texts(client.get("/quotes/", {"q": "sanctions -tariffs"})) == ["The sanctions were imposed without reason"]


def test_it_ignores_accents(client):
    quote_on(dt.date(2024, 1, 1), "Talks with Zelenskýy continue")
    assert texts(client.get("/quotes/", {"q": "zelenskyy"})) == ["Talks with Zelenskýy continue"]


def test_it_highlights_the_matched_words_after_escaping(client):
    quote_on(dt.date(2024, 1, 1), "Sanctions & <script>alert('x')</script> are imposed")
    response = client.get("/quotes/", {"q": "sanction impose"})
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<mark>Sanctions</mark> &amp; &lt;script&gt;" in html
    assert "<mark>imposed</mark>" in html


def test_it_does_not_let_highlight_markers_in_stored_text_break_the_page(client):
    quote_on(dt.date(2024, 1, 1), "Sanctions \x02<b>bold</b>\x03 stay")
    html = client.get("/quotes/", {"q": "sanctions"}).content.decode()
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<b>bold" not in html


def test_it_shows_speaker_date_outlet_topics_and_unknown_dates(client):
    berrow = make_actor("Anna Berrow")
    topic = make_topic("Sanctions and economy")
    quote_on(dt.date(2024, 3, 16), "We will talk", speaker=berrow, outlet=make_outlet("Example Wire"), topics=(topic,))
    quote_on(None, "Nobody knows when", speaker=berrow)
    html = client.get("/quotes/").content.decode()
    assert "Anna Berrow" in html
    assert "16 March 2024" in html
    assert "Example Wire" in html
    assert 'href="/topics/sanctions-and-economy/"' in html
    assert "date unknown" in html


def test_it_escapes_every_ingested_string_on_a_card(client):
    speaker = make_actor("Anna <b>Berrow</b>")
    via = make_actor('Pavel "Ostrel"')
    topic = make_topic("Trade & <i>tariffs</i>")
    quote_on(dt.date(2024, 3, 16), "Words <em>here</em>", speaker=speaker, via=via, cue="said <u>firmly</u>",
             outlet=make_outlet("Wire <script>x</script>"), topics=(topic,), confidence=0.2)
    html = client.get("/quotes/").content.decode()
    for raw in ("<b>Berrow", "<em>here", "<u>firmly", "<script>x", "<i>tariffs"):
        assert raw not in html
    for escaped in ("Anna &lt;b&gt;Berrow&lt;/b&gt;", "Words &lt;em&gt;here&lt;/em&gt;", "Pavel &quot;Ostrel&quot;",
                    "cue: “said &lt;u&gt;firmly&lt;/u&gt;”", "Wire &lt;script&gt;x&lt;/script&gt;",
                    "Trade &amp; &lt;i&gt;tariffs&lt;/i&gt;", "Low confidence: 20%"):
        assert escaped in html


def test_it_shows_month_only_dates_as_a_month(client):
    quote_on(dt.date(2024, 3, 1), "Some time in March", month_only=True)
    html = client.get("/quotes/").content.decode()
    assert "March 2024" in html
    assert "1 March 2024" not in html


def test_it_filters_by_speaker_topic_outlet_kind_and_dates(client):
    berrow, ostrel = make_actor("Anna Berrow"), make_actor("Pavel Ostrel")
    nuclear = make_topic("Nuclear talks", keywords="nuclear")
    wire = make_outlet("Example Wire")
    quote_on(dt.date(2023, 5, 1), "Old words", speaker=berrow)
    quote_on(dt.date(2024, 5, 1), "Nuclear words", speaker=berrow, topics=(nuclear,), outlet=wire)
    quote_on(dt.date(2024, 6, 1), "Answer words", speaker=ostrel, kind=Quote.Kind.ANSWER)

    assert sorted(texts(client.get("/quotes/", {"speaker": ["anna-berrow"]}))) == ["Nuclear words", "Old words"]
    assert len(texts(client.get("/quotes/", {"speaker": ["anna-berrow", "pavel-ostrel"]}))) == 3
    assert texts(client.get("/quotes/", {"topic": "nuclear-talks"})) == ["Nuclear words"]
    assert texts(client.get("/quotes/", {"outlet": "example-wire"})) == ["Nuclear words"]
    assert texts(client.get("/quotes/", {"kind": "answer"})) == ["Answer words"]
    assert texts(client.get("/quotes/", {"date_after": "2024-01-01", "date_before": "2024-05-31"})) == ["Nuclear words"]


def test_it_sorts_newest_oldest_and_by_relevance(client):
    quote_on(dt.date(2024, 1, 1), "Sanctions")
    quote_on(dt.date(2024, 2, 1), "Sanctions, sanctions and more sanctions")
    quote_on(None, "Sanctions at an unknown date")
    quote_on(dt.date(2024, 3, 1), "A word on sanctions among many other words in a long sentence about trade")

    newest = texts(client.get("/quotes/", {"q": "sanctions", "sort": "newest"}))
    assert newest[0].startswith("A word") and newest[-1] == "Sanctions at an unknown date"
    oldest = texts(client.get("/quotes/", {"q": "sanctions", "sort": "oldest"}))
    assert oldest[0] == "Sanctions" and oldest[-1] == "Sanctions at an unknown date"
    assert texts(client.get("/quotes/", {"q": "sanctions"}))[0] == "Sanctions, sanctions and more sanctions"


def test_it_shows_facets_with_counts_that_narrow_the_search(client):
    berrow, ostrel = make_actor("Anna Berrow"), make_actor("Pavel Ostrel")
    sanctions, nuclear = make_topic("Sanctions and economy"), make_topic("Nuclear talks", keywords="nuclear")
    quote_on(dt.date(2023, 1, 1), "Sanctions first", speaker=berrow, topics=(sanctions,))
    quote_on(dt.date(2024, 1, 1), "Sanctions second", speaker=berrow, topics=(sanctions, nuclear))
    quote_on(dt.date(2024, 2, 1), "Sanctions third", speaker=ostrel, topics=(sanctions,))

    facets = client.get("/quotes/", {"q": "sanctions"}).context["results"].facets
    assert [(f.label, f.count) for f in facets["speakers"]] == [("Anna Berrow", 2), ("Pavel Ostrel", 1)]
    assert [(f.label, f.count) for f in facets["topics"]] == [("Sanctions and economy", 3), ("Nuclear talks", 1)]
    assert [(f.label, f.count) for f in facets["years"]] == [("2024", 2), ("2023", 1)]

    narrowed = client.get(facets["speakers"][0].url)
    assert sorted(texts(narrowed)) == ["Sanctions first", "Sanctions second"]
    assert "Speaker: Anna Berrow" in narrowed.content.decode()
    by_topic = client.get(narrowed.context["results"].facets["topics"][1].url)
    assert texts(by_topic) == ["Sanctions second"]
    by_year = client.get(client.get("/quotes/", {"q": "sanctions"}).context["results"].facets["years"][1].url)
    assert texts(by_year) == ["Sanctions first"]


def test_it_lists_the_ten_most_quoted_speakers_breaking_ties_by_name(client):
    # the facet keeps ten: one speaker with two statements, then nine of the
    # eleven tied on one statement, alphabetically
    busy = make_actor("Zoran Veli")
    quote_on(dt.date(2024, 1, 1), "Sanctions one", speaker=busy)
    quote_on(dt.date(2024, 1, 2), "Sanctions two", speaker=busy)
    names = [f"Speaker {letter}" for letter in "KJIHGFEDCBA"]
    for i, name in enumerate(names):
        quote_on(dt.date(2024, 2, 1 + i), f"Sanctions from {name}", speaker=make_actor(name))

    facet = client.get("/quotes/", {"q": "sanctions"}).context["results"].facets["speakers"]
    assert [(f.label, f.count) for f in facet] == [("Zoran Veli", 2)] + [(name, 1) for name in sorted(names)[:9]]


def test_it_removes_a_filter_from_its_chip(client):
    berrow = make_actor("Anna Berrow")
    quote_on(dt.date(2024, 1, 1), "Mine", speaker=berrow)
    quote_on(dt.date(2024, 1, 2), "Someone else's")
    chips = client.get("/quotes/", {"speaker": "anna-berrow"}).context["results"].chips
    assert [c.label for c in chips] == ["Speaker: Anna Berrow"]
    assert len(texts(client.get(chips[0].remove_url))) == 2


def test_it_suggests_what_to_loosen_when_nothing_matches(client):
    make_actor("Anna Berrow")
    quote_on(dt.date(2024, 1, 1), "Sanctions stay")
    response = client.get("/quotes/", {"q": "sanctions grain", "speaker": "anna-berrow"})
    html = response.content.decode()
    assert "No statements found" in html
    labels = [item.label for item in response.context["results"].loosen]
    assert "Remove “Speaker: Anna Berrow”" in labels
    assert "Match any of the words: sanctions OR grain" in labels
    any_word = next(i for i in response.context["results"].loosen if i.label.startswith("Match any"))
    assert "speaker=anna-berrow" in any_word.url


def test_it_finds_a_misspelt_speaker(client):
    lavrov = make_actor("Sergei Lavrov")
    ActorAlias.objects.create(actor=lavrov, name="Sergei Lavrov")
    quote_on(dt.date(2024, 1, 1), "We will respond", speaker=lavrov)
    response = client.get("/quotes/", {"q": "Lavrow"})
    assert texts(response) == ["We will respond"]
    assert response.context["results"].applied_suggestion == lavrov
    assert "Showing statements by the speaker" in response.content.decode()


def test_it_offers_the_speaker_when_the_words_also_match(client):
    lavrov = make_actor("Sergei Lavrov")
    quote_on(dt.date(2024, 1, 1), "Lavrov is wrong, said the minister")
    response = client.get("/quotes/", {"q": "Lavrov"})
    assert texts(response) == ["Lavrov is wrong, said the minister"]
    assert response.context["results"].speaker_suggestions == [lavrov]
    assert 'href="/speakers/sergei-lavrov/"' in response.content.decode()


def test_it_offers_the_closest_names_first_in_the_same_query_as_the_page(client):
    lavrova = make_actor("Anna Lavrova")
    lavrov = make_actor("Sergei Lavrov")
    quote_on(dt.date(2024, 1, 1), "Lavrov is wrong, said the minister")
    client.get("/quotes/", {"q": "sanctions"})  # fills the cached site-wide values (see statements.recent.cutoff)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/quotes/", {"q": "Lavrov"})
    assert response.context["results"].speaker_suggestions == [lavrov, lavrova]
    # the window, then the page with its facets and the look-up
    assert len(ctx) == 2


def test_it_never_shows_hidden_quotes(client):
    quote_on(dt.date(2024, 1, 1), "Sanctions are visible")
    quote_on(dt.date(2024, 1, 2), "Sanctions are hidden", state=Quote.State.HIDDEN)
    assert texts(client.get("/quotes/", {"q": "sanctions"})) == ["Sanctions are visible"]
    assert "Sanctions are hidden" not in client.get("/quotes/").content.decode()


@pytest.mark.page_cache
@pytest.mark.parametrize("params", [{}, {"q": "sanctions"}, {"q": "sanctions", "sort": "newest"},
                                    {"q": "sanctions", "speaker": "anna-berrow", "topic": "sanctions-and-economy"}])
def test_it_runs_few_queries_whatever_the_rows_shown(client, django_assert_max_num_queries, params):
    berrow = make_actor("Anna Berrow")
    topic = make_topic("Sanctions and economy")
    for day in days(dt.date(2024, 1, 1), 25):
        quote_on(day, f"Sanctions talk on {day}", speaker=berrow, topics=(topic,), outlet=make_outlet())
    with django_assert_max_num_queries(5):
        response = client.get("/quotes/", params)
    assert response.status_code == 200
    assert len(response.context["results"].quotes) == 20


def test_it_runs_the_same_number_of_queries_for_2_or_20_rows(client, settings):
    berrow = make_actor("Anna Berrow")
    topic = make_topic("Sanctions and economy")
    for day in days(dt.date(2024, 1, 1), 20):
        quote_on(day, f"Sanctions talk on {day}", speaker=berrow, topics=(topic,))
    client.get("/quotes/", {"q": "sanctions"})  # fills the cached site-wide values (see statements.recent.cutoff)
    counts = []
    for size in (2, 20):
        settings.ARCHIVE_PAGE_SIZE = size
        with CaptureQueriesContext(connection) as ctx:
            client.get("/quotes/", {"q": "sanctions"})
        counts.append(len(ctx))
    assert counts[0] == counts[1]


def test_it_caps_the_count_and_pages_within_it(client, settings):
    settings.ARCHIVE_SEARCH_CAP, settings.ARCHIVE_PAGE_SIZE = 5, 2
    for day in days(dt.date(2024, 1, 1), 8):
        quote_on(day, f"Sanctions on {day}")
    response = client.get("/quotes/", {"q": "sanctions", "sort": "newest"})
    assert "5+ statements" in response.content.decode()
    assert response.context["results"].num_pages == 3
    assert client.get("/quotes/", {"q": "sanctions", "sort": "newest", "page": 3}).status_code == 200

    beyond = client.get("/quotes/", {"q": "sanctions", "sort": "newest", "page": 4})
    assert beyond.status_code == 404
    assert "There is no page 4" in beyond.content.decode()
    assert "Go to the last page" in beyond.content.decode()


def test_it_continues_past_the_cap_with_a_keyset_cursor(client, settings):
    settings.ARCHIVE_SEARCH_CAP, settings.ARCHIVE_PAGE_SIZE = 3, 3
    for day in days(dt.date(2024, 1, 1), 5):
        quote_on(day, f"Sanctions on {day}")
    quote_on(None, "Sanctions some day")
    quote_on(None, "Sanctions another day")
    seen = []
    url = "/quotes/?q=sanctions&sort=newest"
    for _ in range(5):
        response = client.get(url)
        assert response.status_code == 200
        seen += texts(response)
        url = response.context["results"].next_url
        if not url:
            break
        assert "after=" in url
    assert seen[:5] == [f"Sanctions on {d}" for d in reversed(days(dt.date(2024, 1, 1), 5))]
    assert sorted(seen[5:]) == ["Sanctions another day", "Sanctions some day"]
    assert len(seen) == 7


def test_it_continues_in_oldest_order_too(client, settings):
    settings.ARCHIVE_SEARCH_CAP, settings.ARCHIVE_PAGE_SIZE = 2, 2
    for day in days(dt.date(2024, 1, 1), 5):
        quote_on(day, f"Words on {day}")
    seen, url = [], "/quotes/?sort=oldest"
    while url:
        response = client.get(url)
        seen += texts(response)
        url = response.context["results"].next_url
    assert seen == [f"Words on {d}" for d in days(dt.date(2024, 1, 1), 5)]


def test_it_says_relevance_ranks_only_the_newest_matches(client, settings):
    settings.ARCHIVE_SEARCH_CAP = 3
    for day in days(dt.date(2024, 1, 1), 5):
        quote_on(day, f"Sanctions on {day}")
    response = client.get("/quotes/", {"q": "sanctions"})
    html = response.content.decode()
    assert "3+ statements" in html
    assert "Only the 3 newest matches are ranked by relevance" in html
    assert re.search(r"Counts in the first 3", html)


def test_it_shortens_a_long_answer_in_the_list_and_keeps_the_matched_word_in_view(client):
    from tests.builders import make_actor, make_quote

    filler = "We discussed the harbour and the railway at length. " * 30
    text = filler + "The tariffs will be lifted next spring. " + filler
    quote = make_quote(text.strip(), speaker=make_actor("Anna Berrow"))
    html = client.get("/quotes/", {"q": "tariffs"}).content.decode()
    assert "<mark>tariffs</mark>" in html
    assert "Read the whole statement" in html and quote.get_absolute_url() in html
    assert html.count("harbour and the railway") < 30  # not the whole answer
    page = client.get(quote.get_absolute_url()).content.decode()
    assert page.count("harbour and the railway") >= 60  # the statement page has it all


@pytest.mark.parametrize("scan_rows", [40_000, 3])
def test_it_finds_the_newest_phrase_matches_whether_the_phrase_is_common_or_rare(client, settings, monkeypatch,
                                                                                  scan_rows):
    # 3 rows scanned: the bounded walk finds too few and the full-text index answers instead
    monkeypatch.setattr("statements.querysets.PHRASE_SCAN_ROWS", scan_rows)
    settings.ARCHIVE_SEARCH_CAP = 2
    for day in days(dt.date(2024, 1, 1), 4):
        quote_on(day, f"We keep talking on {day}")
        quote_on(day, f"Talking we keep on {day}")
    response = client.get("/quotes/", {"q": '"keep talking"', "sort": "newest"})
    assert texts(response) == ["We keep talking on 2024-01-04", "We keep talking on 2024-01-03"]
    assert response.context["results"].count_label == "2+"
    assert len(texts(client.get("/quotes/", {"q": '"keep talking"'}))) == 2


@pytest.mark.parametrize("sort", ["newest", "relevance"])
def test_it_finds_the_newest_matches_whether_the_recent_slice_holds_them_or_not(client, settings, monkeypatch, sort):
    # the slice's target is cap × ROWS_PER_CAP_ROW statements: here the three newest days
    monkeypatch.setattr("statements.recent.ROWS_PER_CAP_ROW", 1)
    settings.ARCHIVE_SEARCH_CAP = 2
    for day in days(dt.date(2024, 1, 1), 3):
        quote_on(day, f"The harbour is closed on {day}")
    for day in days(dt.date(2024, 1, 4), 3):
        quote_on(day, f"Sanctions are lifted on {day}")
    assert recent.refresh().cutoff == dt.date(2024, 1, 4)

    with CaptureQueriesContext(connection) as ctx:
        found = client.get("/quotes/", {"q": "sanctions", "sort": sort})
    assert any("WITH first AS MATERIALIZED" in query["sql"] for query in ctx.captured_queries)
    assert sorted(texts(found), reverse=True) == ["Sanctions are lifted on 2024-01-06", "Sanctions are lifted on 2024-01-05"]
    assert found.context["results"].count_label == "2+"
    # nothing in the slice: the whole archive answers, in the same query
    older = client.get("/quotes/", {"q": "harbour", "sort": sort})
    assert sorted(texts(older), reverse=True) == ["The harbour is closed on 2024-01-03", "The harbour is closed on 2024-01-02"]
    assert older.context["results"].count_label == "2+"
    # phrases take the same way
    with CaptureQueriesContext(connection) as ctx:
        phrase = client.get("/quotes/", {"q": '"are lifted"', "sort": sort})
    assert any("WITH first AS MATERIALIZED" in query["sql"] for query in ctx.captured_queries)
    assert sorted(texts(phrase), reverse=True) == ["Sanctions are lifted on 2024-01-06", "Sanctions are lifted on 2024-01-05"]
    older_phrase = client.get("/quotes/", {"q": '"harbour is closed"', "sort": sort})
    assert sorted(texts(older_phrase), reverse=True) == [
        "The harbour is closed on 2024-01-03", "The harbour is closed on 2024-01-02"]
    assert texts(client.get("/quotes/", {"q": '"closed harbour"', "sort": sort})) == []


def test_it_loses_no_statement_to_a_stale_recent_slice(client, settings, monkeypatch):
    settings.ARCHIVE_SEARCH_CAP = 2
    for day in days(dt.date(2024, 1, 1), 3):
        quote_on(day, f"Sanctions are lifted on {day}")
    # a slice start cached before these statements existed, later than all of them
    monkeypatch.setattr("statements.recent.cutoff", lambda: dt.date(2030, 1, 1))
    response = client.get("/quotes/", {"q": "sanctions", "sort": "newest"})
    assert texts(response) == ["Sanctions are lifted on 2024-01-03", "Sanctions are lifted on 2024-01-02"]
