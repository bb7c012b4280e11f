"""Who may do what in the admin: the Editors group, createeditor, and everyone else."""
from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command

from tests.builders import make_actor, make_quote
from tests.personas import PASSWORD, client_for, make_editor, make_outsider

pytestmark = pytest.mark.django_db


def test_it_gives_editors_add_and_change_on_the_content_and_nothing_else():
    group = Group.objects.get(name="Editors")
    codenames = set(group.permissions.values_list("codename", flat=True))
    models = ["quote", "actor", "actoralias", "article", "outlet", "topic"]
    assert codenames == {f"{action}_{model}" for model in models for action in ("add", "change")}


def test_it_lets_an_editor_open_every_content_page(client):
    quote = make_quote(speaker=make_actor())
    client = client_for(make_editor())
    for url in ["/admin/", "/admin/statements/quote/", f"/admin/statements/quote/{quote.pk}/change/",
                "/admin/statements/article/", f"/admin/statements/article/{quote.article_id}/change/",
                "/admin/statements/actor/", f"/admin/statements/actor/{quote.speaker_id}/change/",
                "/admin/statements/actor/add/", "/admin/statements/topic/", "/admin/statements/topic/add/",
                "/admin/statements/outlet/", f"/admin/statements/quote/{quote.pk}/history/"]:
        assert client.get(url).status_code == 200, url


def test_it_keeps_editors_out_of_users_and_groups():
    client = client_for(make_editor())
    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403
    assert "Users" not in client.get("/admin/").content.decode()


def test_it_does_not_let_editors_delete_quotes():
    quote = make_quote()
    client = client_for(make_editor())
    assert client.get(f"/admin/statements/quote/{quote.pk}/delete/").status_code == 403
    assert "delete_selected" not in client.get("/admin/statements/quote/").content.decode()


def test_it_refuses_staff_without_rights():
    quote = make_quote()
    client = client_for(make_outsider())
    assert client.get("/admin/statements/quote/").status_code == 403
    assert client.get(f"/admin/statements/quote/{quote.pk}/change/").status_code == 403
    response = client.post("/admin/statements/quote/", {"action": "hide", "_selected_action": [quote.pk]})
    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.state == "machine"


def test_it_sends_anonymous_visitors_to_the_login_page(client):
    response = client.get("/admin/statements/quote/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_it_creates_an_editor_who_can_log_in(client):
    call_command("createeditor", "maria", "--email", "maria@archive.example", "--password", PASSWORD)
    user = User.objects.get(username="maria")
    assert user.is_staff and not user.is_superuser
    assert user.email == "maria@archive.example"
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert client.login(username="maria", password=PASSWORD)
    assert client.get("/admin/statements/quote/").status_code == 200


def test_it_takes_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("EDITOR_PASSWORD", PASSWORD)
    call_command("createeditor", "nell", "--noinput")
    assert User.objects.get(username="nell").check_password(PASSWORD)


def test_it_prompts_for_the_password_when_none_is_given(monkeypatch):
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    call_command("createeditor", "pia")
    assert User.objects.get(username="pia").check_password(PASSWORD)


def test_it_refuses_a_new_editor_without_a_password_when_it_cannot_ask(monkeypatch):
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="needs a password"):
        call_command("createeditor", "quinn", "--noinput")
    assert not User.objects.filter(username="quinn").exists()


def test_it_refuses_a_weak_password():
    with pytest.raises(CommandError, match="Password refused"):
        call_command("createeditor", "rita", "--password", "12345")


def test_it_makes_an_existing_user_an_editor_without_touching_the_password():
    user = User.objects.create_user("sam", password=PASSWORD)
    call_command("createeditor", "sam", "--noinput")
    user.refresh_from_db()
    assert user.is_staff and user.groups.filter(name="Editors").exists()
    assert user.check_password(PASSWORD)
