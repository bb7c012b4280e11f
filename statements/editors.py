"""Who may edit the archive: the "Editors" group and its permissions.

Editors correct the record (quotes, actors, aliases, articles, outlets,
topics) but cannot delete it, and cannot manage users or groups.  Migration
0004 creates the group; ``ensure_editors_group`` repairs it, so
``manage.py createeditor`` works on a database whose group was removed.
"""
from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction

EDITORS_GROUP = "Editors"

# (app_label, model) pairs editors may add and change, nothing more.
EDITABLE_MODELS = [
    ("statements", "quote"),
    ("statements", "actor"),
    ("statements", "actoralias"),
    ("statements", "article"),
    ("statements", "outlet"),
    ("statements", "topic"),
]


def editor_permissions():
    codenames = [f"{action}_{model}" for _, model in EDITABLE_MODELS for action in ("add", "change")]
    return Permission.objects.filter(content_type__app_label="statements", codename__in=codenames)


@transaction.atomic
def ensure_editors_group() -> Group:
    """The Editors group with exactly the editors' permissions."""
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(editor_permissions())
    return group
