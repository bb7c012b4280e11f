"""The recent slice: a second full-text index over the newest statements only.

A search by words shows the newest 1,000 matches.  For a word found in 2 %
of a million quotes, the whole-archive index hands PostgreSQL all 20,000
matches, which it then intersects with the 100,000 newest rows taken from
the date index: 11 ms in the two bitmaps alone, 18 ms in all.  A partial
GIN index holding only the statements published on or after a cutoff gives
the 2,800 matches among them directly: 4.5 ms.

The cutoff is written into the index definition, so it cannot move by
itself: ``refresh()`` (run at the end of every ingest, and by
``manage.py recentslice``) builds a new index when the slice has grown to
several times its target size or shrunk well below it, then drops the old
one.  Any cutoff gives the right rows (QuoteQuerySet.newest_window falls
back to the whole archive when the slice holds too few matches); a poor
one only costs time.  The index's name carries its cutoff
(``quote_search_recent_20240131``), so reading it back is a catalogue
lookup, not a parse of the index predicate.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection

PREFIX = "quote_search_recent_"
NAME = re.compile(rf"^{PREFIX}(\d{{8}})$")
# The slice aims at this many statements per search-cap row: 100,000 on the
# default cap of 1,000.  A word in 1 % of the quotes then has 1,000 matches in
# it, so the slice answers for every word common enough to be slow otherwise.
ROWS_PER_CAP_ROW = 100
# A new index is built once the slice holds more than GROW × its target
# (new statements) or fewer than target / GROW (statements hidden, deleted).
GROW = 2
# Workers read the cutoff from the catalogue at most this often, as they
# recompute the site-wide counts (statements.search.COUNTS_TTL): the read is
# a query of its own, and a page has at most five.  A cutoff read before a
# rebuild only makes searches as slow as without the slice until it expires.
CUTOFF_TTL = 600
CACHE_KEY = "recent-slice:cutoff"


def target_rows() -> int:
    return ROWS_PER_CAP_ROW * settings.ARCHIVE_SEARCH_CAP


def _installed() -> list[tuple[str, dt.date, bool]]:
    """(name, cutoff, usable) of every slice index, newest cutoff first.

    An index is unusable when a CONCURRENTLY build of it failed part-way:
    PostgreSQL keeps it, invalid, until it is dropped.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE i.indrelid = 'statements_quote'::regclass AND c.relname LIKE %s",
            [PREFIX + "%"],
        )
        rows = cursor.fetchall()
    found = []
    for name, valid in rows:
        if match := NAME.match(name):
            found.append((name, dt.datetime.strptime(match[1], "%Y%m%d").date(), valid))
    return sorted(found, key=lambda item: item[1], reverse=True)


def cutoff() -> dt.date | None:
    """The cutoff of the slice index searches can use, or None when there is none (a small archive)."""
    def read() -> str:
        usable = [day for _, day, valid in _installed() if valid]
        return usable[0].isoformat() if usable else ""

    value = cache.get_or_set(CACHE_KEY, read, CUTOFF_TTL)
    return dt.date.fromisoformat(value) if value else None


@dataclass
class Refresh:
    """What refresh() found and did."""

    public_dated: int  # dated statements readers can see
    cutoff: dt.date | None  # the slice's cutoff afterwards (None: no slice)
    rows: int  # statements on or after it
    built: bool = False
    dropped: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.cutoff is None:
            what = "no recent slice (the archive is small enough without one)"
        else:
            what = f"recent slice from {self.cutoff.isoformat()}: {self.rows:,} statements"
        done = ["index built" if self.built else "index kept" if self.cutoff else ""]
        if self.dropped:
            done.append(f"dropped {', '.join(self.dropped)}")
        return "; ".join(part for part in [what, *done] if part)


def _count_from(cursor, day: dt.date) -> int:
    # a range of quote_published_asc_idx, each row visited for its state
    cursor.execute("SELECT count(*) FROM statements_quote WHERE published >= %s AND state <> 'hidden'", [day])
    return cursor.fetchone()[0]


def _date_after_newest(cursor, n: int) -> dt.date | None:
    """The date of the public dated statement that follows the newest ``n`` (walking quote_published_idx).

    A slice from that date holds at least n + 1 statements: a search asks for
    cap + 1 rows, the last to know whether more follow.
    """
    cursor.execute(
        "SELECT published FROM statements_quote WHERE published IS NOT NULL AND state <> 'hidden' "
        "ORDER BY published DESC NULLS LAST, id DESC OFFSET %s LIMIT 1",
        [n],
    )
    row = cursor.fetchone()
    return row[0] if row else None


def refresh(*, force: bool = False) -> Refresh:
    """Build the slice index for the newest ``target_rows()`` statements if the current one is off target.

    An archive under GROW × the target needs no slice: a word search there
    is already cheap, and the slice would hold most of it.  Outside a
    transaction the index is built and dropped CONCURRENTLY, so searches
    and editors are not blocked while it builds.
    """
    target = target_rows()
    installed = _installed()
    broken = [item for item in installed if not item[2]]
    installed = [item for item in installed if item[2]]
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM statements_quote WHERE published IS NOT NULL AND state <> 'hidden'")
        total = cursor.fetchone()[0]
        wanted = _date_after_newest(cursor, target) if total >= GROW * target else None
        dropped = _drop(cursor, broken)
        if installed and wanted is not None and not force:
            name, current, _ = installed[0]
            rows = _count_from(cursor, current)
            if target // GROW <= rows <= GROW * target:
                return Refresh(total, current, rows, dropped=dropped + _drop(cursor, installed[1:]))
        if wanted is None:
            return Refresh(total, None, 0, dropped=dropped + _drop(cursor, installed))
        name = f"{PREFIX}{wanted:%Y%m%d}"
        built = name not in {item[0] for item in installed}
        if built:
            concurrently = " CONCURRENTLY"
            if connection.in_atomic_block:
                # inside a transaction (tests, a caller's atomic block) the
                # index is built plainly, and PostgreSQL refuses to while the
                # transaction's deferred foreign-key checks are pending
                concurrently = ""
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            # the literal date is the index predicate: a query must carry the
            # same (or a later) date for PostgreSQL to use the index
            cursor.execute(f"CREATE INDEX{concurrently} {name} ON statements_quote USING gin (search) "
                           f"WHERE published >= '{wanted.isoformat()}'::date")
        rows = _count_from(cursor, wanted)
        dropped += _drop(cursor, [item for item in installed if item[0] != name])
    cache.delete(CACHE_KEY)
    return Refresh(total, wanted, rows, built=built, dropped=dropped)


def _drop(cursor, indexes: list[tuple[str, dt.date, bool]]) -> tuple[str, ...]:
    concurrently = "" if connection.in_atomic_block else " CONCURRENTLY"
    for name, *_ in indexes:
        cursor.execute(f"DROP INDEX{concurrently} IF EXISTS {name}")
    if indexes:
        cache.delete(CACHE_KEY)
    return tuple(name for name, *_ in indexes)
