"""A data version for the public page cache: a sequence bumped whenever public data changes.

Every public page is cached under the value of ``statements_data_version``
(see ``statements.pagecache``), so any write to a table the pages read makes
every cached page unreachable at once.

Why a sequence: ``nextval`` is not transactional, so two ingest workers
bumping it never wait for each other (a counter row would serialise them).
Why statement-level triggers: one bump per INSERT/UPDATE/DELETE/TRUNCATE
statement, not per row, so a COPY of 10,000 quotes costs one ``nextval``.

Because the bump is not transactional, the statement-level bump happens
*before* the writing transaction commits: a page rendered in between would
carry the new version but the old rows.  So the first bump of a transaction
also queues one more, at commit (a deferred constraint trigger on the tiny
``statements_data_change`` table, whose row it deletes again): whatever was
cached during the transaction is left behind by the version that follows
the commit.
"""
from django.db import migrations

TABLES = [
    "statements_quote", "statements_quotetopic", "statements_actor", "statements_actoralias",
    "statements_actorredirect", "statements_article", "statements_topic", "statements_outlet",
]

FORWARD = """
CREATE SEQUENCE statements_data_version;
SELECT setval('statements_data_version', 1, true);  -- last_value is a version from the start

CREATE TABLE statements_data_change (id bigserial PRIMARY KEY);

CREATE FUNCTION statements_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('statements_data_version');
    -- once per transaction (the setting is transaction-local): bump again at commit
    IF coalesce(current_setting('statements.data_change_queued', true), '') <> 'on' THEN
        PERFORM set_config('statements.data_change_queued', 'on', true);
        INSERT INTO statements_data_change DEFAULT VALUES;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION statements_data_committed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('statements_data_version');
    DELETE FROM statements_data_change WHERE id = NEW.id;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER statements_data_change_at_commit AFTER INSERT ON statements_data_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION statements_data_committed();
""" + "".join(f"""
CREATE TRIGGER {table}_data_version AFTER INSERT OR UPDATE OR DELETE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION statements_data_changed();
CREATE TRIGGER {table}_data_version_truncate AFTER TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION statements_data_changed();
""" for table in TABLES)

BACKWARD = "".join(f"""
DROP TRIGGER IF EXISTS {table}_data_version ON {table};
DROP TRIGGER IF EXISTS {table}_data_version_truncate ON {table};
""" for table in TABLES) + """
DROP TABLE IF EXISTS statements_data_change;
DROP FUNCTION IF EXISTS statements_data_committed();
DROP FUNCTION IF EXISTS statements_data_changed();
DROP SEQUENCE IF EXISTS statements_data_version;
"""


class Migration(migrations.Migration):

    dependencies = [
        ("statements", "0007_scale_topic_index_search_statistics"),
    ]

    operations = [
        migrations.RunSQL(FORWARD, BACKWARD),
    ]
