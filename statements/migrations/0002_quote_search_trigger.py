"""Keep Quote.search current in the database itself.

The vector holds the quote's words (weight A) and its speaker's name (B), so
"Lavrov sanctions" finds Lavrov's statements on sanctions.  A trigger rather
than a GeneratedField because the speaker's name lives in another table, and
a trigger also covers bulk inserts and the admin's bulk actions.
"""
from django.db import migrations

FORWARD = """
CREATE FUNCTION statements_quote_search_update() RETURNS trigger AS $$
BEGIN
    NEW.search :=
        setweight(to_tsvector('archive_english', coalesce(NEW.text, '')), 'A') ||
        setweight(to_tsvector('archive_english', coalesce(
            (SELECT name FROM statements_actor WHERE id = NEW.speaker_id), '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER statements_quote_search_trg
    BEFORE INSERT OR UPDATE OF text, speaker_id, search ON statements_quote
    FOR EACH ROW EXECUTE FUNCTION statements_quote_search_update();

-- a renamed actor renames the words its quotes are found by
CREATE FUNCTION statements_actor_rename() RETURNS trigger AS $$
BEGIN
    IF NEW.name IS DISTINCT FROM OLD.name THEN
        UPDATE statements_quote SET search = NULL WHERE speaker_id = NEW.id;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER statements_actor_rename_trg
    AFTER UPDATE OF name ON statements_actor
    FOR EACH ROW EXECUTE FUNCTION statements_actor_rename();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS statements_actor_rename_trg ON statements_actor;
DROP FUNCTION IF EXISTS statements_actor_rename();
DROP TRIGGER IF EXISTS statements_quote_search_trg ON statements_quote;
DROP FUNCTION IF EXISTS statements_quote_search_update();
"""


class Migration(migrations.Migration):
    dependencies = [("statements", "0001_initial")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
