"""Re-ingest never undoes editorial work.

Each test ingests a small invented document, changes it the way an editor
would (through statements.editing, the admin's own write path), then ingests
the same file again and an updated version of it, and checks that the
editor's version stands, once.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from statements import editing, history
from statements.models import Actor, ActorAlias, Article, Quote, QuoteTopic
from tests.builders import make_actor, make_topic
from tests.personas import make_editor

pytestmark = pytest.mark.django_db

V1 = (
    "Veldania and Ostrelia met in Geneva on Friday.\n\n"
    "“We will talk,” Foreign Minister Anna Berrow said.\n\n"
    "“The border is not negotiable,” the Veldanian envoy said.\n\n"
    "Berrow said the river crossing would stay open to trade.\n\n"
    "“Talks are the only way,” Berrow added.\n"
)
# The same story, updated: a paragraph inserted near the top (so every
# offset moves) and a new quote at the end.
V2 = V1.replace(
    "on Friday.\n\n", "on Friday.\n\nThe meeting lasted four hours, officials said.\n\n"
) + "\n“We expect an answer by May,” Berrow said.\n"


@pytest.fixture
def editor():
    return make_editor()


@pytest.fixture
def story(tmp_path) -> Path:
    path = tmp_path / "geneva.txt"
    path.write_text(V1, encoding="utf-8")
    return path


def ingest(path: Path) -> str:
    out = io.StringIO()
    call_command("ingest", str(path), "--no-progress", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def update(path: Path) -> str:
    path.write_text(V2, encoding="utf-8")
    return ingest(path)


def quote(words: str) -> Quote:
    return Quote.objects.get(text__contains=words)


def only(pk: int) -> Quote:
    return Quote.objects.filter(pk=pk)


def assert_in_place(q: Quote) -> None:
    """The quote's offsets point at its words in the article's current text."""
    q.refresh_from_db()
    assert q.article.body[q.start : q.end] == q.text


def test_the_story_ingests_as_expected(story):
    ingest(story)
    assert quote("We will talk").speaker.name == "Anna Berrow"
    assert quote("not negotiable").speaker.name == "the Veldanian envoy"
    assert Quote.objects.count() == 3
    assert "Nothing new" in ingest(story)
    out = update(story)
    assert "1 updated" in out and Article.objects.count() == 1
    assert Quote.objects.count() == 4


def test_a_corrected_speaker_stands(story, editor):
    ingest(story)
    lund = make_actor("Mia Lund", role="Envoy")
    border = quote("not negotiable")
    editing.reassign_speaker(only(border.pk), lund, editor)

    assert "Nothing new" in ingest(story)
    out = update(story)
    assert "1 kept as editors left them" in out
    survivor = quote("not negotiable")
    assert (survivor.pk, survivor.speaker, survivor.state) == (border.pk, lund, "edited")
    assert_in_place(survivor)
    # the rest of the article was refreshed around it
    assert quote("We expect an answer by May").state == "machine"
    assert Quote.objects.count() == 4


def test_a_verified_quote_stands(story, editor):
    ingest(story)
    talk = quote("We will talk")
    editing.set_state(only(talk.pk), Quote.State.VERIFIED, editor, history.VERIFIED)
    update(story)
    survivor = quote("We will talk")
    assert (survivor.pk, survivor.state, survivor.state_changed_by) == (talk.pk, "verified", editor)
    assert_in_place(survivor)
    assert survivor.editorial_summary()[0][0] == "verified"


def test_a_hidden_quote_stays_hidden(story, editor):
    ingest(story)
    talks = quote("the only way")
    editing.set_state(only(talks.pk), Quote.State.HIDDEN, editor, history.HIDDEN)
    ingest(story)
    update(story)
    assert list(Quote.objects.filter(text__contains="the only way").values_list("pk", "state")) == [
        (talks.pk, "hidden")
    ]
    assert not Quote.objects.public().filter(text__contains="the only way").exists()


def test_a_corrected_wording_stands_without_a_machine_copy(story, editor):
    ingest(story)
    talk = quote("We will talk")
    article = talk.article
    span = editing.locate(article.body, "We will talk")
    talk.text, (talk.start, talk.end) = article.body[span[0] : span[1]], span
    editing.save_correction(talk, editor, [history.WORDING])
    update(story)
    assert list(Quote.objects.filter(text__contains="We will talk").values_list("pk", "text")) == [
        (talk.pk, "We will talk")
    ]
    assert_in_place(quote("We will talk"))


def test_a_quote_an_editor_added_stands(story, editor):
    ingest(story)
    article = Article.objects.get()
    berrow = Actor.objects.get(name="Anna Berrow")
    added = editing.add_quote(article, "the river crossing would stay open to trade", editor, speaker=berrow,
                              kind=Quote.Kind.PARTIAL)
    ingest(story)
    update(story)
    survivor = quote("open to trade")
    assert (survivor.pk, survivor.origin, survivor.state, survivor.speaker) == (added.pk, "editor", "edited", berrow)
    assert_in_place(survivor)


def test_topics_an_editor_set_stand(story, editor):
    ingest(story)
    border_topic = make_topic("Border disputes", "frontier*")
    border = quote("not negotiable")
    QuoteTopic.objects.create(quote=border, topic=border_topic, source=QuoteTopic.Source.EDITOR,
                              published=border.published)
    editing.save_correction(border, editor, [history.TOPICS])
    update(story)
    assert set(quote("not negotiable").topic_links.values_list("topic__slug", "source")) >= {
        ("border-disputes", "editor")
    }


def test_an_alias_an_editor_added_attributes_the_next_ingest(story, editor):
    lund = make_actor("Mia Lund", role="Envoy", created_by_editor=True)
    ActorAlias.objects.create(actor=lund, name="the Veldanian envoy", source=ActorAlias.Source.EDITOR)
    ingest(story)
    assert quote("not negotiable").speaker == lund
    assert not Actor.objects.filter(name__icontains="envoy").exists()


def test_an_actor_an_editor_created_is_used_by_the_next_ingest(tmp_path):
    lund = make_actor("Mia Lund", role="Envoy", created_by_editor=True)
    path = tmp_path / "lund.txt"
    path.write_text("Talks in Geneva.\n\n“The river stays open,” Lund said.\n", encoding="utf-8")
    ingest(path)
    assert quote("river stays open").speaker == lund
    assert Actor.objects.filter(name__icontains="Lund").count() == 1


def test_a_merge_attributes_the_duplicates_names_to_the_survivor_next_time(story, editor, tmp_path):
    ingest(story)
    envoy = Actor.objects.get(name="the Veldanian envoy")
    lund = make_actor("Mia Lund", role="Envoy")
    editing.merge_actors(lund, [envoy], editor)

    update(story)  # the machine's quote is re-extracted from the updated file
    assert quote("not negotiable").speaker == lund
    later = tmp_path / "later.txt"
    later.write_text("New talks.\n\n“We are ready,” the Veldanian envoy said.\n", encoding="utf-8")
    ingest(later)
    assert quote("We are ready").speaker == lund
    assert not Actor.objects.filter(name="the Veldanian envoy").exists()
