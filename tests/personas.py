"""The people who use the admin: an editor, a staff member without rights, a superuser.

Editors get their rights only from the "Editors" group the migration made,
so tests see exactly what a real editor sees.
"""
from __future__ import annotations

from django.contrib.auth.models import Group, User
from django.test import Client

from statements.editors import EDITORS_GROUP, ensure_editors_group

PASSWORD = "correct horse battery staple"


def make_editor(username: str = "edna") -> User:
    user = User.objects.create_user(username, f"{username}@archive.example", PASSWORD, is_staff=True)
    # The migration's group; recreated only if a transactional test flushed it.
    group = Group.objects.filter(name=EDITORS_GROUP).first() or ensure_editors_group()
    user.groups.add(group)
    return user


def make_outsider(username: str = "otto") -> User:
    """Staff (can log in to the admin) but in no group: may change nothing."""
    return User.objects.create_user(username, f"{username}@archive.example", PASSWORD, is_staff=True)


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client
