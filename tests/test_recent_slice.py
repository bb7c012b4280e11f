"""The recent slice: the full-text index over the newest statements that word searches read first."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from statements import recent
from statements.models import Quote
from tests.pages_data import days, fresh_start, quote_on

pytestmark = pytest.mark.django_db

STORY = (
    " date {day} The foreign minister of Veldania spoke about talks due on {day}.\n\n"
    "“We will not accept new border posts before {day},” Foreign Minister Anna Berrow said.\n\n"
    "“Talks on {day} are the only way,” Berrow added.\n"
)


@pytest.fixture(autouse=True)
def _small_slice(settings, monkeypatch):
    """A slice of 3 statements (cap 3 × 1): an archive of 6 or more gets one."""
    fresh_start()
    settings.ARCHIVE_SEARCH_CAP = 3
    monkeypatch.setattr("statements.recent.ROWS_PER_CAP_ROW", 1)


def slice_indexes() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'statements_quote' AND indexname LIKE %s",
                       [recent.PREFIX + "%"])
        return sorted(name for (name,) in cursor.fetchall())


def test_a_small_archive_has_no_slice():
    for day in days(dt.date(2024, 1, 1), 5):
        quote_on(day, f"Sanctions are lifted on {day}")
    done = recent.refresh()
    assert done.cutoff is None and not done.built
    assert slice_indexes() == [] and recent.cutoff() is None
    assert "no recent slice" in str(done)


def test_it_builds_the_slice_once_and_keeps_it_while_it_is_on_target():
    for day in days(dt.date(2024, 1, 1), 8):
        quote_on(day, f"Sanctions are lifted on {day}")
    built = recent.refresh()
    # the newest three and the one after them: a search asks for cap + 1 rows
    assert (built.cutoff, built.rows, built.built) == (dt.date(2024, 1, 5), 4, True)
    assert slice_indexes() == ["quote_search_recent_20240105"]
    assert recent.cutoff() == dt.date(2024, 1, 5)
    again = recent.refresh()
    assert (again.cutoff, again.built, again.dropped) == (dt.date(2024, 1, 5), False, ())
    assert str(again) == "recent slice from 2024-01-05: 4 statements; index kept"


def test_it_moves_the_slice_when_new_statements_outgrow_it_and_drops_the_old_index():
    for day in days(dt.date(2024, 1, 1), 8):
        quote_on(day, f"Sanctions are lifted on {day}")
    recent.refresh()
    for day in days(dt.date(2024, 2, 1), 5):
        quote_on(day, f"Talks resume on {day}")
    moved = recent.refresh()
    assert moved.built and moved.cutoff == dt.date(2024, 2, 2)
    assert moved.dropped == ("quote_search_recent_20240105",)
    assert slice_indexes() == ["quote_search_recent_20240202"]
    assert recent.cutoff() == dt.date(2024, 2, 2)


def test_it_widens_the_slice_when_editors_hide_the_statements_in_it():
    quotes = [quote_on(day, f"Sanctions are lifted on {day}") for day in days(dt.date(2024, 1, 1), 10)]
    assert recent.refresh().cutoff == dt.date(2024, 1, 7)
    Quote.objects.filter(pk__in=[q.pk for q in quotes[-4:]]).update(state="hidden")
    widened = recent.refresh()
    assert widened.cutoff == dt.date(2024, 1, 3) and widened.rows == 4


def test_it_drops_an_index_left_invalid_by_a_failed_build():
    for day in days(dt.date(2024, 1, 1), 8):
        quote_on(day, f"Sanctions are lifted on {day}")
    recent.refresh()
    with connection.cursor() as cursor:
        # what an interrupted CREATE INDEX CONCURRENTLY leaves behind
        cursor.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'quote_search_recent_20240105'::regclass")
    cache.delete(recent.CACHE_KEY)
    assert recent.cutoff() is None  # searches no longer use it
    rebuilt = recent.refresh()
    assert rebuilt.built and rebuilt.dropped == ("quote_search_recent_20240105",)
    assert slice_indexes() == ["quote_search_recent_20240105"]
    assert recent.cutoff() == dt.date(2024, 1, 5)


def test_a_search_by_words_reads_the_slice_index(client):
    for day in days(dt.date(2024, 1, 1), 8):
        quote_on(day, f"Sanctions are lifted on {day}")
    recent.refresh()
    sent = []

    def record(execute, sql, params, many, context):
        sent.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get("/quotes/", {"q": "sanctions"})
    assert response.status_code == 200
    window_sql, params = next((sql, params) for sql, params in sent if "WITH first AS MATERIALIZED" in sql)
    with connection.cursor() as cursor:
        # On eight rows PostgreSQL prefers other plans; what matters is that
        # the slice index is one it can use for the SQL a search sends (the
        # index predicate must follow from the query's date).  Without the
        # table's other indexes (dropped inside the test's transaction; those
        # behind constraints stay) and with sequential scans priced out, it
        # takes the slice index if it can.
        cursor.execute(
            "SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'statements_quote'::regclass"
            " AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid)")
        others = [name for (name,) in cursor.fetchall() if not name.startswith(recent.PREFIX)]
        cursor.execute(f"DROP INDEX {', '.join(others)}")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + window_sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "quote_search_recent_20240105" in plan


def test_ingest_builds_the_slice_and_says_so(tmp_path):
    for i, day in enumerate(days(dt.date(2024, 3, 1), 4)):
        (tmp_path / f"story{i}.txt").write_text(STORY.format(day=day), encoding="utf-8")
    out = io.StringIO()
    call_command("ingest", str(tmp_path), "--no-progress", stdout=out, stderr=io.StringIO())
    assert "search:    recent slice from 2024-03-03: 4 statements; index built" in out.getvalue()
    assert recent.cutoff() == dt.date(2024, 3, 3)


def test_the_command_reports_the_slice():
    for day in days(dt.date(2024, 1, 1), 8):
        quote_on(day, f"Sanctions are lifted on {day}")
    out = io.StringIO()
    call_command("recentslice", stdout=out)
    assert out.getvalue().strip() == "recent slice from 2024-01-05: 4 statements; index built"
    out = io.StringIO()
    call_command("recentslice", stdout=out)
    assert out.getvalue().strip() == "recent slice from 2024-01-05: 4 statements; index kept"


def test_ingest_keeps_what_it_stored_when_the_slice_cannot_be_built(tmp_path):
    with connection.cursor() as cursor:
        # the index's name already taken, as by another ingest building it
        cursor.execute("CREATE TABLE quote_search_recent_20240303 (id int)")
    for i, day in enumerate(days(dt.date(2024, 3, 1), 4)):
        (tmp_path / f"story{i}.txt").write_text(STORY.format(day=day), encoding="utf-8")
    out = io.StringIO()
    call_command("ingest", str(tmp_path), "--no-progress", stdout=out, stderr=io.StringIO())
    assert "search:    recent slice left as it was (" in out.getvalue()
    assert "already exists" in out.getvalue()
    assert Quote.objects.count() == 8  # stored, and the transaction still usable
