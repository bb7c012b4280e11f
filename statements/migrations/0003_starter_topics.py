"""The starter taxonomy (statements.extraction.topics.STARTER_TOPICS).

Editors change names, descriptions and keywords in the admin afterwards; the
extraction's list is only the first version of the table, and an existing
topic with the same slug is left as it is.
"""
from django.db import migrations
from django.utils.text import slugify


def create_topics(apps, schema_editor):
    from statements.extraction.topics import STARTER_TOPICS

    Topic = apps.get_model("statements", "Topic")
    for rule in STARTER_TOPICS:
        slug = rule.slug or slugify(rule.name)
        if Topic.objects.filter(slug=slug).exists() or Topic.objects.filter(name=rule.name).exists():
            continue  # an editor's topic of that name or slug stays as it is
        Topic.objects.create(slug=slug, name=rule.name, description=rule.description, keywords="\n".join(rule.keywords))


class Migration(migrations.Migration):
    dependencies = [("statements", "0002_quote_search_trigger")]

    operations = [migrations.RunPython(create_topics, migrations.RunPython.noop)]
