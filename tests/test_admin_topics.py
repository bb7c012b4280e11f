"""Editors change topic keywords; `manage.py retag` re-tags quotes without undoing their own topic choices."""
from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from statements.models import QuoteTopic, Topic
from tests.builders import make_article, make_quote, make_topic
from tests.personas import client_for, make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def only_our_topics():
    # the starter topics from migration 0003 would tag the invented quotes too
    Topic.objects.all().delete()


def retag(*args) -> str:
    out = io.StringIO()
    call_command("retag", *args, stdout=out)
    return out.getvalue()


def _links(quote) -> set[tuple[str, str]]:
    return set(quote.topic_links.values_list("topic__slug", "source"))


def test_it_lets_editors_change_keywords_and_says_how_to_retag():
    topic = make_topic("Border disputes", "border*")
    response = client_for(make_editor()).post(
        f"/admin/statements/topic/{topic.pk}/change/",
        {"name": topic.name, "slug": topic.slug, "description": "", "keywords": "border*\nfrontier*"}, follow=True)
    topic.refresh_from_db()
    assert topic.keyword_list() == ["border*", "frontier*"]
    assert f"manage.py retag --topic {topic.slug}" in response.content.decode()


def test_it_tags_quotes_with_a_new_keyword():
    topic = make_topic("Border disputes", "border*")
    quote = make_quote("The frontier stays closed")
    assert _links(quote) == set()
    topic.keywords = "border*\nfrontier*"
    topic.save()
    out = retag()
    assert _links(quote) == {("border-disputes", "machine")}
    assert quote.topic_links.get().matched == "frontier*"
    assert "1 added" in out


def test_it_removes_machine_links_whose_keywords_are_gone():
    topic = make_topic("Border disputes", "border*\nfrontier*")
    quote = make_quote("The frontier stays closed", topics=(topic,))
    topic.keywords = "border*"
    topic.save()
    retag()
    assert _links(quote) == set()


def test_it_never_removes_a_topic_an_editor_set():
    topic = make_topic("Border disputes", "border*")
    quote = make_quote("Talks resume on Monday")
    QuoteTopic.objects.create(quote=quote, topic=topic, source="editor", published=quote.published)
    out = retag()
    assert _links(quote) == {("border-disputes", "editor")}
    assert "1 set by editors kept" in out


def test_it_does_not_put_back_a_topic_an_editor_removed():
    topic = make_topic("Border disputes", "border*")
    quote = make_quote("The border stays closed", topics=(topic,))
    link = quote.topic_links.get()
    client_for(make_editor()).post(f"/admin/statements/quote/{quote.pk}/change/", {
        "text": quote.text, "speaker": "", "via": "", "kind": quote.kind, "cue": "",
        "topic_links-TOTAL_FORMS": 1, "topic_links-INITIAL_FORMS": 1, "topic_links-0-id": link.pk,
        "topic_links-0-quote": quote.pk, "topic_links-0-topic": topic.pk, "topic_links-0-DELETE": "on",
    })
    assert _links(quote) == set()
    retag()
    assert _links(quote) == set()


def test_it_uses_the_title_and_paragraph_when_the_words_match_nothing():
    make_topic("Border disputes", "border*\nriver crossing*")
    article = make_article("The border talks went on.\n\n“We will see,” she said of the river crossings.",
                           title="Border row")
    quote = make_quote("We will see", article=article)
    retag()
    assert _links(quote) == {("border-disputes", "machine")}


def test_it_retags_one_topic_without_touching_the_others():
    border = make_topic("Border disputes", "border*")
    water = make_topic("Water rights", "river*")
    quote = make_quote("The border river stays closed")
    retag("--topic", border.slug)
    assert _links(quote) == {("border-disputes", "machine")}
    retag()
    assert _links(quote) == {("border-disputes", "machine"), (water.slug, "machine")}


def test_it_works_through_quotes_in_batches():
    make_topic("Border disputes", "border*")
    quotes = [make_quote(f"Border post number {n}") for n in range(7)]
    out = retag("--batch-size", "3")
    assert all(_links(q) == {("border-disputes", "machine")} for q in quotes)
    assert "7 read" in out


def test_it_refuses_an_unknown_topic():
    with pytest.raises(CommandError, match="no topic with slug 'nope'"):
        retag("--topic", "nope")
