"""The public quotes as a SQLite file with an FTS5 index, for Datasette or any SQLite tool.

``manage.py export_sqlite PATH`` calls :func:`export_sqlite`.  Rows are read
from PostgreSQL in chunks and written in chunks, so memory stays flat however
many quotes there are.  The file is built beside PATH and renamed into place
at the end: a reader never sees half a file.

Schema (Datasette understands all of it without configuration)::

    speakers(id, slug, name, kind, role, affiliation)
    topics(id, slug, name)
    outlets(id, slug, name)
    articles(id, title, published, url, outlet_id -> outlets, kind)
    quotes(id, text, speaker_id -> speakers, speaker_name, published, article_id -> articles, kind, cue)
    quote_topics(quote_id -> quotes, topic_id -> topics)
    quotes_fts  FTS5 over quotes(text, speaker_name), external content, porter stemming, accents folded

Hidden quotes are left out, as on the public pages.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from statements.models import Actor, Article, Outlet, Quote, QuoteTopic, Topic

CHUNK = 5_000

SCHEMA = """
CREATE TABLE speakers (id INTEGER PRIMARY KEY, slug TEXT NOT NULL, name TEXT NOT NULL, kind TEXT, role TEXT,
                       affiliation TEXT);
CREATE TABLE topics (id INTEGER PRIMARY KEY, slug TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE outlets (id INTEGER PRIMARY KEY, slug TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, published TEXT, url TEXT,
                       outlet_id INTEGER REFERENCES outlets(id), kind TEXT);
CREATE TABLE quotes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, speaker_id INTEGER REFERENCES speakers(id),
                     speaker_name TEXT, published TEXT, article_id INTEGER REFERENCES articles(id), kind TEXT,
                     cue TEXT);
CREATE TABLE quote_topics (quote_id INTEGER NOT NULL REFERENCES quotes(id),
                           topic_id INTEGER NOT NULL REFERENCES topics(id), PRIMARY KEY (quote_id, topic_id))
                           WITHOUT ROWID;
"""

# Built after the rows are in: one sorted build each instead of a million
# index updates.  Each serves a filter of the load benchmark's mix.
INDEXES = """
CREATE UNIQUE INDEX speakers_slug ON speakers(slug);
CREATE UNIQUE INDEX topics_slug ON topics(slug);
-- newest first, and date ranges: ?_sort_desc=published&published__gte=...
CREATE INDEX quotes_published ON quotes(published);
-- a speaker's quotes: ?speaker_id=...&_sort_desc=published
CREATE INDEX quotes_speaker_published ON quotes(speaker_id, published);
CREATE INDEX quotes_article ON quotes(article_id);
-- a topic's quotes: ?_through={"table": "quote_topics", "column": "topic_id", "value": ...}
CREATE INDEX quote_topics_topic ON quote_topics(topic_id, quote_id);
"""

# Porter stemming with accents folded: the same matching as the archive's
# own search configuration (English stemming plus unaccent).  The bracketed
# content=[quotes] is how Datasette recognises the table's search index.
FTS = """
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content=[quotes], content_rowid=id,
                                           tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO quotes_fts(rowid, text, speaker_name) SELECT id, text, speaker_name FROM quotes;
INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize');
"""


@dataclass
class ExportReport:
    speakers: int = 0
    topics: int = 0
    outlets: int = 0
    articles: int = 0
    quotes: int = 0
    quote_topics: int = 0
    seconds: float = 0.0
    bytes: int = 0


def _chunks(rows: Iterable[tuple], size: int = CHUNK) -> Iterator[list[tuple]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def export_sqlite(path: str | os.PathLike[str], *, progress: Callable[[str, int], None] | None = None) -> ExportReport:
    """Write the public quotes to a new SQLite file at ``path`` (replacing it)."""
    target = Path(path)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    report = ExportReport()
    started = time.perf_counter()
    db = sqlite3.connect(tmp, isolation_level=None)
    try:
        # A file built from scratch and renamed at the end needs no journal.
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;")
        db.executescript(SCHEMA)
        db.execute("BEGIN")

        def load(table: str, columns: int, rows: Iterable[tuple], counter: str) -> None:
            marks = ", ".join("?" * columns)
            for chunk in _chunks(rows):
                db.executemany(f"INSERT INTO {table} VALUES ({marks})", chunk)
                setattr(report, counter, getattr(report, counter) + len(chunk))
                if progress:
                    progress(counter, getattr(report, counter))

        public = Quote.objects.public()
        load("speakers", 6, Actor.objects.order_by("id").values_list("id", "slug", "name", "kind", "role",
                                                                      "affiliation").iterator(CHUNK), "speakers")
        load("topics", 3, Topic.objects.order_by("id").values_list("id", "slug", "name").iterator(CHUNK), "topics")
        load("outlets", 3, Outlet.objects.order_by("id").values_list("id", "slug", "name").iterator(CHUNK), "outlets")
        load("articles", 6, (
            (pk, title, _iso(published), url, outlet_id, kind)
            for pk, title, published, url, outlet_id, kind in Article.objects.order_by("id").values_list(
                "id", "title", "published", "url", "outlet_id", "kind").iterator(CHUNK)
        ), "articles")
        load("quotes", 8, (
            (pk, text, speaker_id, speaker_name, _iso(published), article_id, kind, cue)
            for pk, text, speaker_id, speaker_name, published, article_id, kind, cue in public.order_by("id")
            .values_list("id", "text", "speaker_id", "speaker__name", "published", "article_id", "kind", "cue")
            .iterator(CHUNK)
        ), "quotes")
        load("quote_topics", 2, QuoteTopic.objects.filter(quote__in=public).order_by("quote_id", "topic_id")
             .values_list("quote_id", "topic_id").iterator(CHUNK), "quote_topics")
        db.execute("COMMIT")
        db.executescript(INDEXES)
        db.executescript(FTS)
        db.execute("ANALYZE")
        db.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(tmp, target)
    report.seconds = time.perf_counter() - started
    report.bytes = target.stat().st_size
    return report
