"""Editors keep actors tidy: aliases inline, and duplicates merged into one."""
from __future__ import annotations

import pytest

from statements.extraction import name_key
from statements.models import Actor, ActorAlias, ActorRedirect, Quote
from tests.builders import make_actor, make_quote
from tests.personas import client_for

pytestmark = pytest.mark.django_db

LIST = "/admin/statements/actor/"


@pytest.fixture
def client(editor):
    """In these files the test client is logged in as an editor."""
    return client_for(editor)


def _save_actor(client, actor: Actor, *new_aliases: str):
    aliases = list(actor.aliases.all())
    data = {"name": actor.name, "kind": actor.kind, "role": actor.role, "affiliation": actor.affiliation,
            "description": actor.description,
            "aliases-TOTAL_FORMS": len(aliases) + len(new_aliases), "aliases-INITIAL_FORMS": len(aliases)}
    for i, alias in enumerate(aliases):
        data.update({f"aliases-{i}-id": alias.pk, f"aliases-{i}-actor": actor.pk, f"aliases-{i}-name": alias.name})
    for i, name in enumerate(new_aliases, len(aliases)):
        data[f"aliases-{i}-name"] = name
    return client.post(f"{LIST}{actor.pk}/change/", data)


def test_it_shows_and_adds_aliases_on_the_actor_page(client):
    berrow = make_actor("Anna Berrow", aliases=("Berrow",))
    assert 'value="Berrow"' in client.get(f"{LIST}{berrow.pk}/change/").content.decode()
    assert _save_actor(client, berrow, "the Veldanian envoy").status_code == 302
    alias = ActorAlias.objects.get(name="the Veldanian envoy")
    assert (alias.actor, alias.source, alias.normalized) == (berrow, "editor", name_key("the Veldanian envoy"))


def test_it_says_which_actor_already_has_an_alias(client):
    make_actor("Jon Kessler", aliases=("the envoy",))
    berrow = make_actor("Anna Berrow")
    response = _save_actor(client, berrow, "The Envoy")
    assert response.status_code == 200
    assert "is already an alias of Jon Kessler" in response.content.decode()


def test_it_marks_actors_editors_create(client):
    response = client.post(f"{LIST}add/", {"name": "Mia Lund", "kind": "person", "role": "Envoy",
                                           "affiliation": "Veldania", "description": "",
                                           "aliases-TOTAL_FORMS": 1, "aliases-INITIAL_FORMS": 0,
                                           "aliases-0-name": "Ambassador Lund"})
    assert response.status_code == 302
    lund = Actor.objects.get(name="Mia Lund")
    assert lund.created_by_editor and lund.slug == "mia-lund"
    assert list(lund.aliases.values_list("name", flat=True)) == ["Ambassador Lund"]


def test_it_asks_which_actor_to_keep_before_merging(client):
    keep, dup = make_actor("Anna Berrow"), make_actor("Anna Berow")
    make_quote(speaker=keep)
    response = client.post(LIST, {"action": "merge", "_selected_action": [keep.pk, dup.pk], "index": 0})
    page = response.content.decode()
    assert "Merge duplicate actors" in page and "Anna Berrow (anna-berrow) — 1 quotes" in page
    assert Actor.objects.count() == 2


def test_it_merges_duplicates_moving_quotes_aliases_and_relays(client):
    keep = make_actor("Anna Berrow", aliases=("Berrow",))
    dup = make_actor("Anna Berow", role="Foreign Minister", aliases=("Minister Berow",))
    said = make_quote("Remark one", speaker=dup, state="verified")
    relayed = make_quote("Remark two", speaker=make_actor("Jon Kessler"), via=dup)
    response = client.post(LIST, {"action": "merge", "_selected_action": [keep.pk, dup.pk], "index": 0,
                                  "survivor": keep.pk, "apply": "Merge"}, follow=True)
    assert "Merged Anna Berow into Anna Berrow" in response.content.decode()
    assert not Actor.objects.filter(pk=dup.pk).exists()
    said.refresh_from_db()
    relayed.refresh_from_db()
    assert said.speaker == keep and said.state == "verified"
    assert relayed.via == keep
    keep.refresh_from_db()
    assert keep.role == "Foreign Minister"  # blank details filled from the duplicate
    # the duplicate's name and aliases now lead ingest to the survivor
    assert set(keep.aliases.values_list("name", flat=True)) >= {"Berrow", "Minister Berow", "Anna Berow"}
    assert set(Quote.objects.search("Berrow")) == {said}


def test_it_redirects_the_merged_slug_and_older_redirects_to_the_survivor(client):
    keep, dup = make_actor("Anna Berrow"), make_actor("Anna Berow")
    ActorRedirect.objects.create(old_slug="a-berow", actor=dup)
    client.post(LIST, {"action": "merge", "_selected_action": [keep.pk, dup.pk], "index": 0,
                       "survivor": keep.pk, "apply": "Merge"})
    assert dict(ActorRedirect.objects.values_list("old_slug", "actor__slug")) == {
        "anna-berow": "anna-berrow", "a-berow": "anna-berrow",
    }


def test_it_needs_two_actors_to_merge(client):
    berrow = make_actor("Anna Berrow")
    response = client.post(LIST, {"action": "merge", "_selected_action": [berrow.pk], "index": 0}, follow=True)
    assert "Select at least two actors to merge" in response.content.decode()


def test_it_finds_actors_by_alias_in_the_admin_search(client):
    make_actor("Anna Berrow", aliases=("the Veldanian envoy",))
    make_actor("Jon Kessler")
    page = client.get(LIST, {"q": "veldanian"}).content.decode()
    assert "Anna Berrow" in page and "Jon Kessler" not in page
