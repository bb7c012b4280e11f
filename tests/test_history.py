"""Every editorial change to a quote is kept with its editor and time, and summarised for readers."""
from __future__ import annotations

import pytest

from statements import editing, history
from statements.models import Quote, QuoteTopic
from tests.builders import make_actor, make_article, make_quote, make_topic
from tests.personas import client_for, make_editor

pytestmark = pytest.mark.django_db

LIST = "/admin/statements/quote/"


def _machine_quote(**fields) -> Quote:
    """A quote stored the way ingest stores it: bulk_create, so with no history of its own."""
    article = make_article("Lead.\n\n“We will talk,” Berrow said.")
    quote = Quote(article=article, text="We will talk", start=article.body.find("We will talk"), end=0,
                  published=article.published, fingerprint="x", **fields)
    quote.end = quote.start + len(quote.text)
    Quote.objects.bulk_create([quote])
    return Quote.objects.get(pk=quote.pk)


def test_it_keeps_the_extracted_version_and_the_editor_for_a_reassignment():
    editor = make_editor()
    berrow, kessler = make_actor("Anna Berrow"), make_actor("Jon Kessler")
    quote = _machine_quote(speaker=berrow)
    assert not quote.history.exists()
    client_for(editor).post(LIST, {"action": "reassign_speaker", "_selected_action": [quote.pk], "index": 0,
                                   "actor": kessler.pk, "apply": "Reassign"})
    rows = list(quote.history.order_by("history_date").values_list(
        "speaker__name", "state", "history_user__username", "history_change_reason"))
    assert rows == [("Anna Berrow", "machine", None, history.BASELINE),
                    ("Jon Kessler", "edited", "edna", history.ATTRIBUTION)]


def test_it_shows_what_changed_on_the_admin_history_page():
    editor = make_editor()
    quote = make_quote(speaker=make_actor("Anna Berrow"))
    kessler = make_actor("Jon Kessler")
    client = client_for(editor)
    client.post(LIST, {"action": "reassign_speaker", "_selected_action": [quote.pk], "index": 0,
                       "actor": kessler.pk, "apply": "Reassign"})
    client.post(LIST, {"action": "mark_verified", "_selected_action": [quote.pk], "index": 0})
    page = client.get(f"{LIST}{quote.pk}/history/").content.decode()
    for expected in ["attribution corrected", "verified", "edna", "Anna Berrow", "Jon Kessler"]:
        assert expected in page, expected
    assert "Revert" not in page and "Deleted user" not in page


def test_it_records_who_changed_a_quotes_topics():
    editor = make_editor()
    border = make_topic("Border disputes", "border*")
    quote = make_quote(topics=(border,))
    client_for(editor).post(f"{LIST}{quote.pk}/change/", {
        "text": quote.text, "speaker": "", "via": "", "kind": quote.kind, "cue": "",
        "topic_links-TOTAL_FORMS": 1, "topic_links-INITIAL_FORMS": 1,
        "topic_links-0-id": quote.topic_links.get().pk, "topic_links-0-quote": quote.pk,
        "topic_links-0-topic": border.pk, "topic_links-0-DELETE": "on",
    })
    removal = QuoteTopic.history.get(quote_id=quote.pk, history_type="-")
    assert (removal.topic_id, removal.history_user) == (border.pk, editor)
    assert [what for what, _ in quote.editorial_summary()] == [history.TOPICS]
    page = client_for(editor).get(f"{LIST}{quote.pk}/change/").content.decode()
    assert "topic removed: Border disputes" in page


def test_it_summarises_editorial_work_for_readers_oldest_first():
    editor = make_editor()
    quote = make_quote(speaker=make_actor("Anna Berrow"))
    editing.reassign_speaker(Quote.objects.filter(pk=quote.pk), make_actor("Jon Kessler"), editor)
    editing.set_state(Quote.objects.filter(pk=quote.pk), Quote.State.VERIFIED, editor, history.VERIFIED)
    summary = quote.editorial_summary()
    assert [what for what, _ in summary] == ["attribution corrected", "verified"]
    assert summary[0][1] <= summary[1][1]


def test_it_tells_readers_nothing_about_a_quote_nobody_touched():
    assert make_quote().editorial_summary() == []


def test_it_keeps_merges_and_hiding_out_of_the_readers_summary():
    editor = make_editor()
    keep, dup = make_actor("Anna Berrow"), make_actor("Anna Berow")
    quote = make_quote(speaker=dup)
    editing.merge_actors(keep, [dup], editor)
    assert quote.editorial_summary() == []
    assert quote.history.filter(history_change_reason=history.MERGED, history_user=editor).exists()


def test_it_says_when_an_editor_added_the_quote():
    editor = make_editor()
    article = make_article("Lead.\n\n“Talks are the only way,” Berrow said.")
    quote = editing.add_quote(article, "Talks are the only way", editor)
    assert [what for what, _ in quote.editorial_summary()] == [history.ADDED]


def test_it_summarises_a_quote_in_one_query(django_assert_num_queries):
    editor = make_editor()
    quote = make_quote()
    for state, reason in [("verified", history.VERIFIED), ("edited", history.SHOWN)]:
        editing.set_state(Quote.objects.filter(pk=quote.pk), state, editor, reason)
    with django_assert_num_queries(1):
        quote.editorial_summary()
