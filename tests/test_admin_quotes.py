"""Editors find, correct, verify and hide quotes in the admin."""
from __future__ import annotations

import datetime as dt

import pytest

from statements.models import Quote
from tests.builders import make_actor, make_article, make_outlet, make_quote, make_topic
from tests.personas import client_for, make_editor

pytestmark = pytest.mark.django_db

LIST = "/admin/statements/quote/"


@pytest.fixture
def client(editor):
    """In these files the test client is logged in as an editor."""
    return client_for(editor)


def _listed(response) -> str:
    return response.content.decode()


def test_it_lists_speaker_snippet_article_date_and_state(client):
    berrow = make_actor("Anna Berrow")
    make_quote("We will talk to anyone who wants peace", speaker=berrow,
               article=make_article("“We will talk to anyone who wants peace,” Berrow said.", title="Summit opens",
                                    published=dt.date(2024, 3, 16)))
    page = _listed(client.get(LIST))
    for expected in ["Anna Berrow", "We will talk to anyone who wants peace", "Summit opens", "16 Mar 2024",
                     "As extracted"]:
        assert expected in page


def test_it_filters_by_speaker_slug_name_or_alias(client):
    berrow = make_actor("Anna Berrow", aliases=("the Veldanian envoy",))
    make_quote("Words of Berrow", speaker=berrow)
    make_quote("Words of Kessler", speaker=make_actor("Jon Kessler"))
    for value in [berrow.slug, "berrow", "Veldanian envoy"]:
        page = _listed(client.get(LIST, {"speaker": value}))
        assert "Words of Berrow" in page and "Words of Kessler" not in page, value


def test_it_filters_by_topic_state_kind_outlet_and_date(client):
    sanctions = make_topic("Border disputes", "border*")
    wire = make_outlet("Veldania Wire")
    old = make_quote("An old partial remark", kind="partial",
                     article=make_article("An old partial remark, he said.", published=dt.date(2001, 1, 1)))
    new = make_quote("A fresh verified remark", topics=(sanctions,), state="verified",
                     article=make_article("A fresh verified remark, she said.", outlet=wire,
                                          published=dt.date.today()))
    cases = {
        "topics__id__exact": sanctions.pk,
        "state__exact": "verified",
        "kind__exact": "direct",
        "article__outlet__id__exact": wire.pk,
        "published__gte": dt.date.today().isoformat(),
    }
    for param, value in cases.items():
        page = _listed(client.get(LIST, {param: value}))
        assert new.text in page and old.text not in page, param
    page = _listed(client.get(LIST, {"kind__exact": "partial"}))
    assert old.text in page and new.text not in page


def test_it_searches_quote_words_and_speaker_names(client):
    make_quote("The sanctions were imposed without reason", speaker=make_actor("Anna Berrow"))
    make_quote("Talks will resume in spring", speaker=make_actor("Jon Kessler"))
    page = _listed(client.get(LIST, {"q": "sanction"}))
    assert "imposed without reason" in page and "resume in spring" not in page
    page = _listed(client.get(LIST, {"q": "Kessler"}))
    assert "resume in spring" in page and "imposed without reason" not in page


def test_it_offers_speakers_by_autocomplete_including_aliases(client):
    berrow = make_actor("Anna Berrow", aliases=("the Veldanian envoy",))
    response = client.get("/admin/autocomplete/", {"app_label": "statements", "model_name": "quote",
                                                   "field_name": "speaker", "term": "veldanian"})
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == [berrow.name]


def test_it_asks_for_the_new_speaker_before_reassigning(client):
    quote = make_quote(speaker=make_actor("Anna Berrow"))
    response = client.post(LIST, {"action": "reassign_speaker", "_selected_action": [quote.pk], "index": 0})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Reassign the speaker" in page and "New speaker" in page and "admin/js/autocomplete.js" in page
    quote.refresh_from_db()
    assert quote.speaker.name == "Anna Berrow"


def test_it_reassigns_the_speaker_of_selected_quotes(client, editor):
    wrong, right = make_actor("Anna Berrow"), make_actor("Jon Kessler")
    quotes = [make_quote(f"Remark number {n}", speaker=wrong) for n in range(3)]
    untouched = make_quote("Another remark", speaker=wrong)
    response = client.post(LIST, {"action": "reassign_speaker", "_selected_action": [q.pk for q in quotes],
                                  "index": 0, "actor": right.pk, "apply": "Reassign"}, follow=True)
    assert "3 quote(s) now attributed to Jon Kessler" in response.content.decode()
    for quote in quotes:
        quote.refresh_from_db()
        assert (quote.speaker, quote.state, quote.state_changed_by) == (right, "edited", editor)
        assert quote.state_changed_at is not None
    untouched.refresh_from_db()
    assert untouched.speaker == wrong and untouched.state == "machine"
    # the search vector follows the new speaker
    assert set(Quote.objects.search("Kessler")) == set(quotes)


def test_it_reassigns_every_match_when_all_are_selected(client):
    wrong, right = make_actor("Anna Berrow"), make_actor("Jon Kessler")
    first, *_ = [make_quote(f"Remark number {n}", speaker=wrong) for n in range(3)]
    other = make_quote("Other speaker's remark", speaker=make_actor("Mia Lund"))
    # "Select all 3" sends the ticked row of the page too, and select_across
    client.post(f"{LIST}?speaker={wrong.slug}", {"action": "reassign_speaker", "select_across": "1", "index": 0,
                                                   "_selected_action": [first.pk], "actor": right.pk,
                                                   "apply": "Reassign"})
    assert Quote.objects.filter(speaker=right).count() == 3
    other.refresh_from_db()
    assert other.speaker.name == "Mia Lund"


def test_it_marks_quotes_verified(client, editor):
    quote = make_quote()
    response = client.post(LIST, {"action": "mark_verified", "_selected_action": [quote.pk], "index": 0}, follow=True)
    assert "1 quote(s) marked verified" in response.content.decode()
    quote.refresh_from_db()
    assert (quote.state, quote.state_changed_by) == ("verified", editor)


def test_it_hides_quotes_from_the_public_but_keeps_them_in_the_admin(client):
    quote = make_quote("Not a statement at all")
    client.post(LIST, {"action": "hide", "_selected_action": [quote.pk], "index": 0})
    quote.refresh_from_db()
    assert quote.state == "hidden"
    assert not Quote.objects.public().filter(pk=quote.pk).exists()
    assert "Not a statement at all" in _listed(client.get(LIST))
    assert "Not a statement at all" in _listed(client.get(LIST, {"state__exact": "hidden"}))


def test_it_shows_a_hidden_quote_again(client):
    quote = make_quote(state="hidden")
    client.post(LIST, {"action": "show_again", "_selected_action": [quote.pk], "index": 0})
    quote.refresh_from_db()
    assert quote.state == "edited"
    assert Quote.objects.public().filter(pk=quote.pk).exists()


def _change(client, quote, **changes):
    data = {"text": quote.text, "speaker": quote.speaker_id or "", "via": quote.via_id or "", "kind": quote.kind,
            "cue": quote.cue, "topic_links-TOTAL_FORMS": 0, "topic_links-INITIAL_FORMS": 0}
    links = list(quote.topic_links.all())
    for i, link in enumerate(links):
        data.update({f"topic_links-{i}-id": link.pk, f"topic_links-{i}-quote": quote.pk,
                     f"topic_links-{i}-topic": link.topic_id})
    data["topic_links-TOTAL_FORMS"] = data["topic_links-INITIAL_FORMS"] = len(links)
    data.update(changes)
    return client.post(f"{LIST}{quote.pk}/change/", data)


def test_it_marks_a_quote_edited_when_an_editor_changes_its_speaker(client, editor):
    quote = make_quote(speaker=make_actor("Anna Berrow"), state="verified")
    kessler = make_actor("Jon Kessler")
    response = _change(client, quote, speaker=kessler.pk)
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.speaker, quote.state, quote.state_changed_by) == (kessler, "edited", editor)


def test_it_corrects_the_wording_to_words_the_article_contains(client):
    article = make_article("Lead.\n\n“We will talk to them in Geneva,” Berrow said.")
    quote = make_quote("We will talk", article=article)
    response = _change(client, quote, text="We will talk to them in Geneva")
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.text == "We will talk to them in Geneva"
    assert article.body[quote.start : quote.end] == quote.text
    assert quote.state == "edited"


def test_it_refuses_wording_the_article_does_not_contain(client):
    quote = make_quote("We will talk")
    response = _change(client, quote, text="We will never talk")
    assert response.status_code == 200
    assert "This text does not occur in the article" in response.content.decode()
    quote.refresh_from_db()
    assert quote.text == "We will talk" and quote.state == "machine"


def test_it_leaves_the_state_alone_when_nothing_changed(client):
    quote = make_quote(speaker=make_actor())
    assert _change(client, quote).status_code == 302
    quote.refresh_from_db()
    assert quote.state == "machine" and quote.state_changed_by is None


def test_it_records_topics_an_editor_adds_or_removes(client, editor):
    sanctions, energy = make_topic("Border disputes", "border*"), make_topic("Water rights", "river*")
    quote = make_quote(topics=(sanctions,))
    response = _change(client, quote, **{
        "topic_links-0-DELETE": "on",
        "topic_links-1-topic": energy.pk, "topic_links-1-quote": quote.pk, "topic_links-TOTAL_FORMS": 2,
    })
    assert response.status_code == 302
    assert list(quote.topic_links.values_list("topic__name", "source")) == [("Water rights", "editor")]
    quote.refresh_from_db()
    assert (quote.state, quote.state_changed_by) == ("edited", editor)


def test_it_shows_the_quote_in_its_paragraph_with_its_history(client, editor):
    article = make_article("First paragraph.\n\nShe said: “We will talk <now>,” and left.\n\nLast paragraph.")
    quote = make_quote("We will talk <now>", article=article, speaker=make_actor("Anna Berrow"))
    client.post(LIST, {"action": "mark_verified", "_selected_action": [quote.pk], "index": 0})
    page = client.get(f"{LIST}{quote.pk}/change/").content.decode()
    assert "She said: “<mark>We will talk &lt;now&gt;</mark>,” and left." in page
    assert "First paragraph" not in page
    assert "edna" in page and "verified" in page


def test_it_does_not_offer_a_quote_form_without_an_article(client):
    assert client.get(f"{LIST}add/").status_code == 403


def test_it_lists_a_page_of_quotes_in_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    berrow = make_actor("Anna Berrow")
    for n in range(30):
        make_quote(f"Remark number {n}", speaker=berrow)
    with django_assert_max_num_queries(20):
        assert client.get(LIST).status_code == 200


def test_it_tells_readers_on_the_public_page_that_an_editor_corrected_the_attribution(client):
    wrong, right = make_actor("Anna Berrow"), make_actor("Jon Kessler")
    quote = make_quote("The border is not negotiable", speaker=wrong)
    public = client_for(make_editor("reader")).get  # any client sees the public page
    assert "Editorial record" not in public(quote.get_absolute_url()).content.decode()
    client.post(LIST, {"action": "reassign_speaker", "_selected_action": [quote.pk], "index": 0,
                       "actor": right.pk, "apply": "Reassign"})
    client.post(LIST, {"action": "mark_verified", "_selected_action": [quote.pk], "index": 0})
    page = public(quote.get_absolute_url()).content.decode()
    assert "Jon Kessler" in page
    from django.utils import timezone

    today = timezone.now().strftime("%-d %B %Y")
    assert "Attribution corrected on <time" in page and today in page
    assert "Verified on <time" in page
