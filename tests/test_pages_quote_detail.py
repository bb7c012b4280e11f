"""/quotes/<id>/: one statement with its source, context, citation and attribution."""
from __future__ import annotations

import datetime as dt

import pytest

from statements.models import Quote
from tests.builders import make_actor, make_outlet, make_topic
from tests.pages_data import fresh_start, quote_on

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    fresh_start()


def test_it_shows_the_quote_with_its_source_context_and_citation(client):
    berrow = make_actor("Anna Berrow", role="Foreign Minister")
    aide = make_actor("Tom Aide")
    quote = quote_on(dt.date(2024, 3, 16), "We will talk", speaker=berrow, via=aide, outlet=make_outlet("Example Wire"),
                     title="Talks resume", url="https://wire.example/talks")
    response = client.get(f"/quotes/{quote.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Anna Berrow</a>, Foreign Minister, via <a" in html
    assert "Tom Aide" in html
    assert "16 March 2024" in html
    assert 'href="https://wire.example/talks"' in html
    assert f'href="/articles/{quote.article_id}/#q{quote.pk}"' in html
    assert "“<mark>We will talk</mark>,” the official said." in html
    permalink = f"http://testserver/quotes/{quote.pk}/"
    assert f'value="{permalink}"' in html
    assert response.context["citation"] == (
        f"Anna Berrow (via Tom Aide), quoted in Example Wire, “Talks resume”, 16 March 2024: “We will talk.” "
        f"The statements archive, {permalink}")


def test_it_says_date_unknown_when_the_article_has_no_date(client):
    quote = quote_on(None, "Undated words")
    assert "date unknown" in client.get(f"/quotes/{quote.pk}/").content.decode()


def test_it_shows_how_the_quote_was_attributed(client):
    changed = dt.datetime(2024, 5, 3, 10, tzinfo=dt.UTC)
    machine = quote_on(dt.date(2024, 1, 1), "Machine words", cue="told reporters", confidence=0.42)
    verified = quote_on(dt.date(2024, 1, 1), "Checked words", kind=Quote.Kind.ANSWER, state=Quote.State.VERIFIED,
                        state_changed_at=changed)
    edited = quote_on(dt.date(2024, 1, 1), "Fixed words", kind=Quote.Kind.PARTIAL, state=Quote.State.EDITED,
                      state_changed_at=changed, confidence=0.9)

    html = client.get(f"/quotes/{machine.pk}/").content.decode()
    assert "Direct quote" in html and "cue: “told reporters”" in html
    assert "Extracted automatically, not yet checked" in html
    assert "Low confidence: 42%" in html
    html = client.get(f"/quotes/{verified.pk}/").content.decode()
    assert "Interview answer" in html and "Verified by an editor on 3 May 2024" in html
    assert "Low confidence" not in html
    html = client.get(f"/quotes/{edited.pk}/").content.decode()
    assert "Partial quote" in html and "Attribution corrected by an editor on 3 May 2024" in html


def test_it_lists_more_statements_by_the_speaker_on_the_same_topic(client):
    berrow, other = make_actor("Anna Berrow"), make_actor("Pavel Ostrel")
    sanctions, nuclear = make_topic("Sanctions and economy"), make_topic("Nuclear talks", keywords="nuclear")
    quote = quote_on(dt.date(2024, 1, 1), "Sanctions stay", speaker=berrow, topics=(sanctions,))
    quote_on(dt.date(2024, 2, 1), "Sanctions again", speaker=berrow, topics=(sanctions,))
    quote_on(dt.date(2024, 2, 2), "Sanctions hidden", speaker=berrow, topics=(sanctions,), state=Quote.State.HIDDEN)
    quote_on(dt.date(2024, 2, 3), "Nuclear matters", speaker=berrow, topics=(nuclear,))
    quote_on(dt.date(2024, 2, 4), "Sanctions elsewhere", speaker=other, topics=(sanctions,))
    response = client.get(f"/quotes/{quote.pk}/")
    assert [q.text for q in response.context["more"]] == ["Sanctions again"]
    assert "More from Anna Berrow on Sanctions and economy" in response.content.decode()


def test_it_escapes_ingested_text_everywhere_on_the_page(client):
    actor = make_actor("<img src=x onerror=alert(1)>")
    quote = quote_on(dt.date(2024, 1, 1), "A & B <script>alert(1)</script>", speaker=actor, title="<i>Title</i>")
    html = client.get(f"/quotes/{quote.pk}/").content.decode()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "<i>Title</i>" not in html
    assert "A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_answers_404_for_a_hidden_quote(client):
    quote = quote_on(dt.date(2024, 1, 1), "Not a statement", state=Quote.State.HIDDEN)
    assert client.get(f"/quotes/{quote.pk}/").status_code == 404


@pytest.mark.page_cache
def test_it_runs_few_queries(client, django_assert_max_num_queries):
    berrow = make_actor("Anna Berrow")
    topic = make_topic()
    quote = quote_on(dt.date(2024, 1, 1), "Sanctions stay", speaker=berrow, topics=(topic,), outlet=make_outlet())
    for i in range(6):
        quote_on(dt.date(2024, 2, 1 + i), f"Sanctions again {i}", speaker=berrow, topics=(topic,))
    with django_assert_max_num_queries(3):  # with the page cache's data version
        assert client.get(f"/quotes/{quote.pk}/").status_code == 200
