"""Create the "Editors" group: add and change the archive's content, nothing else.

The list is frozen here on purpose; statements.editors holds the live copy.
"""
from django.db import migrations

EDITABLE_MODELS = ["quote", "actor", "actoralias", "article", "outlet", "topic"]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # On a fresh database permissions are only created after all migrations
    # ran (post_migrate); create them now so the group can be given them.
    app_config = apps.get_app_config("statements")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model in EDITABLE_MODELS for action in ("add", "change")]
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.set(Permission.objects.filter(content_type__app_label="statements", codename__in=codenames))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0003_starter_topics"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
