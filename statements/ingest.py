"""The write path: files in, articles, quotes, actors and topics stored.

``manage.py ingest`` only parses its arguments and calls :func:`ingest_paths`.

Rules this module keeps:

* One transaction per document.  A file that cannot be read or extracted is
  recorded as failed with its reason and the run goes on with the next one.
* Idempotent.  A file whose bytes were ingested before is skipped; an article
  whose normalised body is already stored (from this file or another) is not
  stored again.
* Editors have the last word.  When a changed file replaces an article, only
  the quotes the machine made and nobody touched are replaced.  Quotes an
  editor corrected, verified, hid or added stay, and the machine does not add
  a second copy of them.  Aliases and actors editors created are read before
  extraction starts, so the next run attributes with them.
"""
from __future__ import annotations

import contextlib
import hashlib
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.postgres.search import SearchVectorField
from django.db import DatabaseError, IntegrityError, connection, models, transaction
from django.db.models import Q
from django.utils import timezone
from psycopg import sql

from statements import extraction, recent
from statements.extraction.records import ActorRecord, ArticleRecord, DocumentRecord, ExtractionError
from statements.models import (
    Actor,
    ActorAlias,
    Article,
    Outlet,
    Quote,
    QuoteTopic,
    SourceDocument,
    Topic,
    slug_root,
    text_fingerprint,
    unique_slug,
)

# Files larger than this are refused rather than read into memory: no news
# article or interview transcript comes near it.
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class IngestReport:
    documents_new: int = 0
    documents_unchanged: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    quotes_new: int = 0
    quotes_removed: int = 0
    quotes_kept_editorial: int = 0
    actors_new: int = 0
    actors_updated: int = 0
    # Time spent in extraction and in the database work, summed over workers.
    extract_seconds: float = 0.0
    store_seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    # what statements.recent.refresh() did after the documents were stored
    recent_slice: str = ""

    @property
    def documents_failed(self) -> int:
        return len(self.failures)

    @property
    def changed_anything(self) -> bool:
        return bool(self.documents_new or self.articles_new or self.articles_updated or self.quotes_new)


def load_gazetteer() -> extraction.Gazetteer:
    """Every alias in the database, editors' included, for the extraction to use."""
    rows = ActorAlias.objects.values_list("name", "actor__name", "actor__kind", "actor__role")
    names = Actor.objects.values_list("name", "name", "kind", "role")
    return extraction.Gazetteer(list(rows) + list(names))


def load_topic_rules() -> list[extraction.TopicRule]:
    return [
        extraction.TopicRule(slug=t.slug, name=t.name, description=t.description, keywords=t.keyword_list())
        for t in Topic.objects.all()
    ]


# pg_advisory_xact_lock key for creating actors (any constant unique to this use)
_ACTOR_LOCK = 0x5354_4143  # "STAC"


class _ActorCache:
    """Maps normalised names to actor ids for the run, creating actors as needed.

    New actors are made in memory, with ids drawn from the table's sequence
    and slugs checked against the slugs loaded at start, and written together
    by :meth:`flush` (a COPY for the actors and their history, one INSERT for
    the aliases).  Callers flush before the transaction ends; after a
    rollback they call :meth:`reload`, which forgets whatever was not stored.
    """

    def __init__(self, report: IngestReport):
        self.report = report
        self._keys: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        self.by_key: dict[str, int] = dict(ActorAlias.objects.values_list("normalized", "actor_id"))
        self.with_role: set[int] = set()
        self.slugs: set[str] = set()
        for pk, name, role, slug in Actor.objects.values_list("pk", "name", "role", "slug"):
            self.by_key.setdefault(self.key(name), pk)
            self.slugs.add(slug)
            if role:
                self.with_role.add(pk)
        self.pending: list[Actor] = []
        self.pending_aliases: list[ActorAlias] = []
        self._ids: Iterator[int] = iter(())

    def key(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            if len(self._keys) > 100_000:  # names are few; this only guards memory on odd input
                self._keys.clear()
            key = self._keys[name] = extraction.name_key(name)
        return key

    def _next_id(self) -> int:
        for actor_id in self._ids:
            return actor_id
        (self._ids,) = _allocate_ids((Actor, 64))
        return next(self._ids)

    def prepare(self, records: Iterable[ActorRecord | None]) -> None:
        """Store every actor, alias and missing role these records need, before the documents' transaction.

        This runs in its own short transaction under an advisory lock, so
        parallel workers never race to create the same actor or alias, and
        the documents' transactions only read actors (no row locks on them,
        hence no deadlocks between workers).
        """
        todo = [r for r in records if r is not None and self._needs_writing(r)]
        if not todo:
            return
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_ACTOR_LOCK])
                # what other workers stored since this cache was filled
                keys = {k for r in todo for k in (self.key(r.name), *map(self.key, r.aliases)) if k}
                for key, actor_id in ActorAlias.objects.filter(normalized__in=keys).values_list("normalized",
                                                                                               "actor_id"):
                    self.by_key[key] = actor_id

                # slugs other workers took: the plain ones in one query, numbered ones one by one (rare)
                roots = {slug_root(r.name.strip()[:200]) for r in todo}
                self.slugs.update(Actor.objects.filter(slug__in=roots).values_list("slug", flat=True))

                def taken(slug: str) -> bool:
                    return slug in self.slugs or (slug not in roots and Actor.objects.filter(slug=slug).exists())

                for record in todo:
                    self.resolve(record, taken=taken)
                self.flush()
        except Exception:
            self.reload()
            raise

    def _needs_writing(self, record: ActorRecord) -> bool:
        main_key = self.key(record.name)
        if not main_key:
            return False
        names = (record.name, *record.aliases)
        if any(key and key not in self.by_key for key in map(self.key, names)):
            return True
        return bool(record.role) and self.by_key[main_key] not in self.with_role

    def resolve(self, record: ActorRecord | None, *, taken: Callable[[str], bool] | None = None) -> int | None:
        if record is None or not record.name.strip():
            return None
        main_key = self.key(record.name)
        if not main_key:
            return None
        keys = {main_key} | {self.key(a) for a in record.aliases}
        keys.discard("")
        actor_id = self.by_key.get(main_key)
        if actor_id is None and " " in main_key:
            # Another full spelling ("Sergei Lavrov" for "Sergey Lavrov") may
            # be known; a bare surname is not enough to join two full names.
            actor_id = next((self.by_key[k] for k in sorted(keys) if " " in k and k in self.by_key), None)
        if actor_id is None:
            name = record.name.strip()[:200]
            slug = unique_slug(Actor, name, taken=taken or self.slugs.__contains__)
            self.slugs.add(slug)
            actor = Actor(id=self._next_id(), name=name, slug=slug, kind=record.kind, role=record.role[:200],
                          affiliation=record.affiliation[:200])
            self.pending.append(actor)
            actor_id = actor.pk
            self.report.actors_new += 1
        elif record.role and actor_id not in self.with_role:
            # fill a missing role; a role an editor wrote is never replaced
            self.flush()
            updated = Actor.objects.filter(pk=actor_id, role="").update(role=record.role[:200])
            self.report.actors_updated += updated
        if record.role:
            self.with_role.add(actor_id)
        for name in {record.name, *record.aliases}:
            key = self.key(name)
            if key and key not in self.by_key:
                # A surname shared by two people stays with the first.
                self.by_key[key] = actor_id
                self.pending_aliases.append(ActorAlias(actor_id=actor_id, name=name.strip()[:200], normalized=key,
                                                       source=ActorAlias.Source.MACHINE))
        return actor_id

    def flush(self) -> None:
        """Write the actors and aliases made since the last flush (inside the caller's transaction)."""
        if self.pending:
            now = timezone.now()
            history = Actor.history.model
            tracked = [f.attname for f in history.tracked_fields]
            with connection.cursor() as cursor:
                _copy(cursor, Actor, self.pending)
                _copy(cursor, history, [
                    history(history_date=now, history_type="+", history_user=None, history_change_reason=None,
                            **{name: getattr(actor, name) for name in tracked})
                    for actor in self.pending
                ])
            self.pending = []
        if self.pending_aliases:
            # ignore_conflicts lets parallel workers add the same alias without failing
            ActorAlias.objects.bulk_create(self.pending_aliases, ignore_conflicts=True)
            self.pending_aliases = []


# Documents are stored this many at a time: one transaction, a fixed handful
# of round trips, and COPY for the bulky rows (quotes, topic links, article
# history).  A batch that fails for any reason is rolled back and its
# documents stored again one per transaction, so a bad document still fails
# alone.  128 documents is about 160 articles and 1,300 quotes.  Against 32,
# measured on 100,000 quotes (interleaved runs): one worker 391 → 426-466
# articles/s, two workers 603-623 → 651-681; a retried batch, stored one
# document at a time, is still a second or two.
BATCH_DOCUMENTS = 128


@dataclass
class _Loaded:
    """A file read and extracted, waiting to be stored."""

    name: str
    digest: str
    size: int
    doc: DocumentRecord


class _Run:
    """What one process needs to ingest files: read once, reused for every batch."""

    def __init__(self) -> None:
        self.report = IngestReport()
        self.gazetteer = load_gazetteer()
        self.rules = load_topic_rules()
        self.topic_ids = dict(Topic.objects.values_list("slug", "pk"))
        self.actors = _ActorCache(self.report)
        self.outlets: dict[str, int] = {}

    def ingest(self, path: Path) -> None:
        self.ingest_batch([path])

    def ingest_batch(self, paths: list[str | Path]) -> None:
        """Read, extract and store a few files; every failure is recorded, none raised."""
        loaded = self.load(paths)
        t0 = time.perf_counter()
        self.store(loaded, self.report)
        self.report.store_seconds += time.perf_counter() - t0

    def load(self, paths: list[str | Path]) -> list[_Loaded]:
        """Read and extract the files not stored yet; failures go into the report."""
        report = self.report
        read: list[tuple[str, bytes, str]] = []
        for name in map(str, paths):
            path = Path(name)
            try:
                size = path.stat().st_size
                if size > MAX_FILE_BYTES:
                    raise ExtractionError(f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit")
                data = path.read_bytes()
            except (OSError, ExtractionError) as exc:
                _record_failure(report, name, None, 0, str(exc))
                continue
            read.append((name, data, hashlib.sha256(data).hexdigest()))
        if not read:
            return []
        t0 = time.perf_counter()
        seen = dict(SourceDocument.objects.filter(sha256__in=[digest for _, _, digest in read])
                    .values_list("sha256", "status"))
        report.store_seconds += time.perf_counter() - t0
        loaded: list[_Loaded] = []
        for name, data, digest in read:
            if seen.get(digest) == SourceDocument.Status.OK:
                report.documents_unchanged += 1
                continue
            t0 = time.perf_counter()
            try:
                doc = extraction.extract_bytes(data, name, gazetteer=self.gazetteer, topics=self.rules)
            except ExtractionError as exc:
                _record_failure(report, name, digest, len(data), str(exc))
                continue
            except Exception as exc:  # an extraction bug must not stop the run
                _record_failure(report, name, digest, len(data), f"extraction failed: {type(exc).__name__}: {exc}")
                continue
            finally:
                report.extract_seconds += time.perf_counter() - t0
            # the same bytes twice in one batch: the second is already stored
            seen[digest] = SourceDocument.Status.OK
            loaded.append(_Loaded(name, digest, len(data), doc))
        return loaded

    def store(self, loaded: list[_Loaded], report: IngestReport) -> None:
        """Store new documents together; send anything that replaces or repeats stored data the slow way."""
        if not loaded:
            return
        bodies = [{Article.hash_body(a.body): a for a in item.doc.articles if a.body.strip()} for item in loaded]
        all_hashes = [h for hashes in bodies for h in hashes]
        known = set(Article.objects.filter(content_hash__in=all_hashes).values_list("content_hash", flat=True))
        urls = {url for item in loaded for a in item.doc.articles if (url := _safe_url(a.url))}
        known_urls = set(Article.objects.filter(url__in=urls).values_list("url", flat=True)) if urls else set()
        names = {item.name[:500] for item in loaded}
        # A file seen before (under this name, or these bytes failed before)
        # may replace stored articles: the per-document path handles that.
        known_files = set(SourceDocument.objects.filter(Q(name__in=names, status=SourceDocument.Status.OK)
                                                        | Q(sha256__in=[item.digest for item in loaded]))
                          .values_list("name", "sha256", "status"))
        known_names = {name for name, _, status in known_files if status == SourceDocument.Status.OK}
        known_digests = {digest for _, digest, _ in known_files}
        stored_digests = {digest for _, digest, status in known_files if status == SourceDocument.Status.OK}
        if stored_digests:
            # the same bytes in a batch stored after this one was read
            report.documents_unchanged += sum(1 for item in loaded if item.digest in stored_digests)
            keep = [i for i, item in enumerate(loaded) if item.digest not in stored_digests]
            loaded, bodies = [loaded[i] for i in keep], [bodies[i] for i in keep]
        fast: list[tuple[_Loaded, dict[str, ArticleRecord]]] = []
        slow: list[_Loaded] = []
        batch_hashes: set[str] = set()
        batch_urls: set[str] = set()
        for item, hashes in zip(loaded, bodies, strict=True):
            new_hashes = set(hashes) - known
            item_urls = {url for a in hashes.values() if (url := _safe_url(a.url))}
            simple = (
                item.digest not in known_digests
                and item.name[:500] not in known_names
                and not item_urls & known_urls
                # an article shared with an earlier file of this batch: keep file order
                and not new_hashes & batch_hashes
                and not item_urls & batch_urls
            )
            batch_hashes |= new_hashes
            batch_urls |= item_urls
            if simple:
                fast.append((item, hashes))
            else:
                slow.append(item)
        if fast:
            snapshot = IngestReport()
            try:
                self.actors.prepare(_actor_records(item.doc for item, _ in fast))
                with transaction.atomic():
                    self._write_batch(fast, known, snapshot)
            except Exception:
                # A conflict with another worker or one bad row: forget what
                # this batch created and store its documents one by one.
                self.actors.reload()
                self.outlets.clear()
                slow = [item for item, _ in fast] + slow
            else:
                _merge_reports(report, snapshot)
        for item in slow:
            self._store_one(item, report)

    def _store_one(self, item: _Loaded, report: IngestReport) -> None:
        for attempt in range(3):
            snapshot = IngestReport()
            try:
                self.actors.prepare(_actor_records([item.doc]))
                with transaction.atomic():
                    _store_document(item.doc, item.name, item.digest, item.size, snapshot, self.topic_ids,
                                    self.actors, self.outlets)
            except IntegrityError as exc:
                # Another worker stored the same actor or article meanwhile:
                # re-read what exists and try the document again.
                self.actors.reload()
                self.outlets.clear()
                if attempt == 2:
                    _record_failure(report, item.name, item.digest, item.size, f"database conflict: {exc}")
                continue
            except Exception as exc:
                self.actors.reload()
                self.outlets.clear()
                _record_failure(report, item.name, item.digest, item.size,
                                f"could not store: {type(exc).__name__}: {exc}")
                return
            _merge_reports(report, snapshot)
            return

    def _write_batch(self, items: list[tuple[_Loaded, dict[str, ArticleRecord]]], known: set[str],
                     report: IngestReport) -> None:
        """New files with new articles only: ids drawn up front, rows written with COPY."""
        now = timezone.now()
        n_articles = sum(1 for _, hashes in items for h in hashes if h not in known)
        n_quotes = sum(len(record.quotes) for _, hashes in items for h, record in hashes.items() if h not in known)
        source_ids, article_ids, quote_ids = _allocate_ids(
            (SourceDocument, len(items)), (Article, n_articles), (Quote, n_quotes))
        sources: list[SourceDocument] = []
        articles: list[Article] = []
        # quotes and their topic links as column values, not model instances:
        # building ~15,000 instances a batch (and their init signals) was half
        # of the write path's own CPU time
        quotes: list[dict] = []
        links: list[dict] = []
        stored = set(known)
        for item, hashes in items:
            source = SourceDocument(id=next(source_ids), name=item.name[:500], sha256=item.digest, size=item.size,
                                    encoding=item.doc.encoding[:40], status=SourceDocument.Status.OK, error="",
                                    ingested_at=now)
            sources.append(source)
            report.documents_new += 1
            for content_hash, record in hashes.items():
                if content_hash in stored:
                    report.articles_unchanged += 1
                    continue
                stored.add(content_hash)
                article = Article(id=next(article_ids), created_at=now, updated_at=now,
                                  **_article_fields(record, content_hash, source, _outlet_id(record, self.outlets)))
                articles.append(article)
                report.articles_new += 1
                for quote, matches in _new_quotes(article, record, self.actors, keep=[]):
                    quote["id"] = next(quote_ids)
                    quote["created_at"] = now
                    quotes.append(quote)
                    links += _topic_links(quote["id"], quote["published"], matches, self.topic_ids)
        report.quotes_new += len(quotes)
        history = Article.history.model
        tracked = [f.attname for f in history.tracked_fields]
        past = [history(history_date=now, history_type="+", history_user=None, history_change_reason=None,
                        **{name: getattr(a, name) for name in tracked}) for a in articles]
        self.actors.flush()
        with connection.cursor() as cursor:
            for model, rows in ((SourceDocument, sources), (Article, articles), (history, past), (Quote, quotes),
                                (QuoteTopic, links)):
                _copy(cursor, model, rows)


def _actor_records(docs: Iterable[DocumentRecord]) -> Iterator[ActorRecord | None]:
    for doc in docs:
        for article in doc.articles:
            for quote in article.quotes:
                yield quote.speaker
                yield quote.via


def _article_fields(record: ArticleRecord, content_hash: str, source: SourceDocument, outlet_id: int | None) -> dict:
    if record.published is None:
        precision = Article.Precision.UNKNOWN
    elif record.date_precision == Article.Precision.UNKNOWN:
        precision = Article.Precision.DAY  # as Article.save() would
    else:
        precision = record.date_precision
    return dict(
        title=(record.title or "")[:500],
        published=record.published,
        date_precision=precision,
        url=_safe_url(record.url),
        outlet_id=outlet_id,
        kind=record.kind,
        body=record.body,
        source_document=source,
        position=record.position,
        content_hash=content_hash,
    )


# The database assigns primary keys to rows written with COPY only if asked:
# draw them from each table's sequence, many in one round trip.
_sequences: dict[str, str] = {}


def _allocate_ids(*wanted: tuple[type[models.Model], int]) -> list[Iterator[int]]:
    with connection.cursor() as cursor:
        for model, _ in wanted:
            table = model._meta.db_table
            if table not in _sequences:
                cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, model._meta.pk.column])
                _sequences[table] = cursor.fetchone()[0]
        parts = ", ".join("ARRAY(SELECT nextval(%s::regclass) FROM generate_series(1, %s))" for _ in wanted)
        params = [value for model, n in wanted for value in (_sequences[model._meta.db_table], n)]
        cursor.execute(f"SELECT {parts}", params)
        return [iter(ids) for ids in cursor.fetchone()]


def _copy(cursor, model: type[models.Model], rows: list[models.Model] | list[dict]) -> None:
    """Write model instances, or dicts of column values, with COPY: every concrete column but the search vector.

    Values go through each field's own ``get_db_prep_save``, so conversions
    are the ORM's; only ``save()`` and its signals are skipped.  A column a
    dict leaves out takes the field's default, worked out once per call (so a
    callable default is called once, not per row).
    """
    if not rows:
        return
    as_dicts = isinstance(rows[0], dict)
    first = rows[0] if as_dicts else rows[0].__dict__
    fields = [
        f for f in model._meta.concrete_fields
        if not isinstance(f, SearchVectorField) and not (f.primary_key and first.get(f.attname) is None)
    ]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(model._meta.db_table), sql.SQL(", ").join(sql.Identifier(f.column) for f in fields))
    conn = cursor.db
    # Plain columns need no conversion: psycopg adapts str, int, float, bool,
    # date and (aware) datetime itself.  Anything else goes through the field.
    plain = [isinstance(f, _PLAIN_FIELDS) for f in fields]
    names = [f.attname for f in fields]
    # COPY goes around Django's cursor wrapper: translate errors ourselves, so
    # a unique violation is an IntegrityError like any other.
    if as_dicts:
        defaults = {f.attname: f.get_default() for f in fields if f.attname not in first}
        values_of = (lambda row: {**defaults, **row}) if defaults else (lambda row: row)
    else:
        values_of = vars
    with conn.wrap_database_errors, cursor.copy(statement) as copy:
        for row in rows:
            values = values_of(row)
            copy.write_row([values[name] if is_plain else f.get_db_prep_save(values[name], conn)
                            for name, is_plain, f in zip(names, plain, fields, strict=True)])


_PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.BigIntegerField, models.FloatField,
                 models.BooleanField, models.DateField, models.AutoField, models.BigAutoField, models.ForeignKey)


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int = 1,
) -> IngestReport:
    """Ingest files, folders and globs; return what happened.  Never raises for a bad file.

    Files are taken ``BATCH_DOCUMENTS`` at a time.  With ``workers`` > 1 the
    batches are shared among that many processes, each with its own database
    connection.  When anything new was stored, the recent slice's index is
    rebuilt if the new statements moved it off its target
    (statements.recent.refresh).
    """
    report = _ingest_files(paths, progress, workers)
    if report.changed_anything:
        # inside a caller's transaction, a savepoint, so that a failure leaves
        # it usable; outside one, none, as CREATE INDEX CONCURRENTLY must be
        guard = transaction.atomic() if connection.in_atomic_block else contextlib.nullcontext()
        try:
            with guard:
                report.recent_slice = str(recent.refresh())
        except DatabaseError as exc:
            # everything is stored by now; a slice left as it was only costs
            # searches time (another ingest building the same index, a lock)
            report.recent_slice = f"recent slice left as it was ({exc}); run manage.py recentslice"
    return report


def _ingest_files(paths: Iterable[str | Path], progress: Callable[[int, int, str], None] | None,
                  workers: int) -> IngestReport:
    # names, not Path objects: a million-quote corpus is 95,000 files
    files = [str(path) for path in extraction.iter_paths(paths)]
    # a small set is still shared by every worker
    size = min(BATCH_DOCUMENTS, max(1, -(-len(files) // workers))) if workers > 1 else BATCH_DOCUMENTS
    batches = [files[i : i + size] for i in range(0, len(files), size)]
    if workers > 1 and len(batches) > 1:
        return _ingest_parallel(batches, len(files), workers, progress)
    run = _Run()
    # The writer thread has a connection of its own: inside a caller's
    # transaction it would neither see that transaction's rows nor be undone
    # with it, so there the batches are stored in the caller's connection.
    if len(batches) > 1 and not connection.in_atomic_block:
        return _ingest_pipelined(run, batches, len(files), progress)
    done = 0
    for batch in batches:
        run.ingest_batch(batch)
        done += len(batch)
        if progress:
            progress(done, len(files), str(batch[-1]))
    return run.report


def _ingest_pipelined(run: _Run, batches: list[list[str]], total: int, progress) -> IngestReport:
    """One worker: extract batch N+1 while a writer thread stores batch N.

    Storing a batch is mostly waiting for PostgreSQL (the search trigger
    parses every quote, the indexes take the rows), which runs in its own
    process on the other core; extraction is pure Python.  The thread lets
    the two overlap.  The writer takes the batches in order, one at a time,
    on its own connection, with its own report (merged at the end) so the two
    threads never update the same counter.  A shorter GIL switch interval
    hands the GIL back to the writer soon after PostgreSQL answers, instead
    of after up to 5 ms of extraction per round trip.
    """
    import queue
    import threading

    from django.db import connections

    store_report = IngestReport()
    run.actors.report = store_report
    pending: queue.Queue[list[_Loaded] | None] = queue.Queue(maxsize=1)
    crashed: list[BaseException] = []

    def write() -> None:
        try:
            while (loaded := pending.get()) is not None:
                t0 = time.perf_counter()
                run.store(loaded, store_report)
                store_report.store_seconds += time.perf_counter() - t0
        except BaseException as exc:  # reported by the main thread; drain the queue so it never blocks
            crashed.append(exc)
            while pending.get() is not None:
                pass
        finally:
            connections.close_all()

    writer = threading.Thread(target=write, name="ingest-writer", daemon=True)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    writer.start()
    done = 0
    try:
        for batch in batches:
            loaded = run.load(batch)
            if crashed:
                break
            pending.put(loaded)
            done += len(batch)
            if progress:
                progress(done, total, str(batch[-1]))
    finally:
        pending.put(None)
        writer.join()
        sys.setswitchinterval(interval)
        run.actors.report = run.report
    if crashed:
        raise crashed[0]
    _merge_reports(run.report, store_report)
    return run.report


_worker_run: _Run | None = None


def _worker_ingest(batch: list[str]) -> IngestReport:
    """Ingest one batch in a worker process; the parent adds up the reports."""
    global _worker_run
    if _worker_run is None:
        _worker_run = _Run()
    _worker_run.report = _worker_run.actors.report = IngestReport()
    _worker_run.ingest_batch(batch)
    return _worker_run.report


def _ingest_parallel(batches: list[list[str]], total: int, workers: int, progress) -> IngestReport:
    import multiprocessing

    from django.db import connections

    # Forked workers must not share the parent's connection: close it here,
    # and each worker opens its own on its first query.
    connections.close_all()
    report = IngestReport()
    ctx = multiprocessing.get_context("fork")
    done = 0
    with ctx.Pool(workers) as pool:
        for batch, part in zip(batches, pool.imap(_worker_ingest, batches), strict=True):
            _merge_reports(report, part)
            done += len(batch)
            if progress:
                progress(done, total, str(batch[-1]))
    return report


def _merge_reports(into: IngestReport, part: IngestReport) -> None:
    for key in ("documents_new", "documents_unchanged", "articles_new", "articles_updated", "articles_unchanged",
                "quotes_new", "quotes_removed", "quotes_kept_editorial", "actors_new", "actors_updated",
                "extract_seconds", "store_seconds"):
        setattr(into, key, getattr(into, key) + getattr(part, key))
    into.failures.extend(part.failures)


def _record_failure(report: IngestReport, name: str, digest: str | None, size: int, reason: str) -> None:
    report.failures.append((name, reason))
    if digest is None:
        return
    SourceDocument.objects.update_or_create(
        sha256=digest,
        defaults={"name": name[:500], "size": size, "status": SourceDocument.Status.FAILED, "error": reason},
    )


def _store_document(
    doc: DocumentRecord,
    name: str,
    digest: str,
    size: int,
    report: IngestReport,
    topic_ids: dict[str, int],
    actors: _ActorCache,
    outlets: dict[str, int],
) -> None:
    source, _ = SourceDocument.objects.update_or_create(
        sha256=digest,
        defaults={"name": name[:500], "size": size, "encoding": doc.encoding[:40],
                  "status": SourceDocument.Status.OK, "error": ""},
    )
    report.documents_new += 1
    # Only a file seen before under this name can replace articles by position.
    earlier_versions = SourceDocument.objects.filter(name=name[:500], status=SourceDocument.Status.OK).exclude(
        pk=source.pk).exists()
    hashes = {Article.hash_body(a.body): a for a in doc.articles if a.body.strip()}
    known = set(Article.objects.filter(content_hash__in=list(hashes)).values_list("content_hash", flat=True))
    for content_hash, record in hashes.items():
        if content_hash in known:
            report.articles_unchanged += 1
            continue
        outlet_id = _outlet_id(record, outlets)
        previous = _predecessor(record, name, source) if (earlier_versions or record.url) else None
        fields = _article_fields(record, content_hash, source, outlet_id)
        if previous is None:
            article = Article(**fields)
            article.save()
            report.articles_new += 1
            _store_quotes(article, record, report, topic_ids, actors, keep=[])
        else:
            for key, value in fields.items():
                setattr(previous, key, value)
            previous.save()
            report.articles_updated += 1
            machine = previous.quotes.filter(state=Quote.State.MACHINE, origin=Quote.Origin.MACHINE)
            report.quotes_removed += machine.count()
            machine.delete()
            keep = list(previous.quotes.all())
            _relocate(previous, keep)
            report.quotes_kept_editorial += len(keep)
            _store_quotes(previous, record, report, topic_ids, actors, keep=keep)


def _safe_url(url: str) -> str:
    """Only web addresses become links; anything else (javascript:, data:) is dropped."""
    url = url.strip()
    if len(url) > 1000 or not url.lower().startswith(("http://", "https://")) or any(c.isspace() for c in url):
        return ""
    return url


def _outlet_id(record: ArticleRecord, outlets: dict[str, int]) -> int | None:
    name = record.outlet.strip()
    if not name:
        return None
    if name not in outlets:
        outlet = Outlet.objects.filter(name=name).first()
        if outlet is None:
            outlet = Outlet(name=name[:200], domain=record.outlet_domain[:200])
            outlet.save()
        outlets[name] = outlet.pk
    return outlets[name]


def _predecessor(record: ArticleRecord, name: str, source: SourceDocument) -> Article | None:
    """The stored article an updated file replaces: same URL, or same place in an earlier version of the file."""
    if record.url:
        found = Article.objects.filter(url=record.url).order_by("-id").first()
        if found:
            return found
    return (
        Article.objects.filter(source_document__name=name[:500], position=record.position)
        .exclude(source_document=source)
        .order_by("-id")
        .first()
    )


def _relocate(article: Article, quotes: list[Quote]) -> None:
    """Point editorial quotes at their words in the article's new body."""
    for quote in quotes:
        if article.body[quote.start : quote.end] == quote.text:
            continue
        at = article.body.find(quote.text)
        if at >= 0:
            Quote.objects.filter(pk=quote.pk).update(start=at, end=at + len(quote.text))
            quote.start, quote.end = at, at + len(quote.text)


def _new_quotes(article: Article, record: ArticleRecord, actors: _ActorCache, *,
                keep: list[Quote]) -> Iterator[tuple[dict, list[extraction.TopicMatch]]]:
    """The field values of new quotes for an article's record, skipping words already stored or kept by editors."""
    taken = {q.fingerprint for q in keep}
    spans = [(q.start, q.end) for q in keep]
    for q in record.quotes:
        fingerprint = text_fingerprint(q.text)
        if not fingerprint or fingerprint in taken:
            continue
        # an editor's version of these words wins over a new machine reading
        if any(q.start < end and start < q.end for start, end in spans):
            continue
        taken.add(fingerprint)
        quote = dict(
            article_id=article.pk,
            speaker_id=actors.resolve(q.speaker),
            via_id=actors.resolve(q.via),
            text=q.text,
            kind=q.kind,
            start=q.start,
            end=q.end,
            cue=q.cue[:200],
            confidence=min(1.0, max(0.0, q.confidence)),
            published=article.published,
            fingerprint=fingerprint,
        )
        yield quote, q.topics


def _topic_links(quote_id: int | None, published, matches: list[extraction.TopicMatch],
                 topic_ids: dict[str, int]) -> list[dict]:
    """Field values of a quote's topic links (``quote_id`` filled in later when the quote has no id yet)."""
    links, seen = [], set()
    for match in matches:
        topic_id = topic_ids.get(match.slug)
        if topic_id is None or topic_id in seen:
            continue
        seen.add(topic_id)
        links.append(dict(quote_id=quote_id, topic_id=topic_id, matched=", ".join(match.matched)[:500],
                          published=published))
    return links


def _store_quotes(
    article: Article,
    record: ArticleRecord,
    report: IngestReport,
    topic_ids: dict[str, int],
    actors: _ActorCache,
    *,
    keep: list[Quote],
) -> None:
    pairs = [(Quote(**values), matches) for values, matches in _new_quotes(article, record, actors, keep=keep)]
    quotes = [quote for quote, _ in pairs]
    actors.flush()
    Quote.objects.bulk_create(quotes)
    report.quotes_new += len(quotes)
    links = [QuoteTopic(**link) for quote, matches in pairs
             for link in _topic_links(quote.pk, quote.published, matches, topic_ids)]
    QuoteTopic.objects.bulk_create(links, ignore_conflicts=True)


def print_progress(stream=sys.stderr) -> Callable[[int, int, str], None]:
    """A one-line progress bar, redrawn in place on a terminal."""
    width = 30

    def show(done: int, total: int, name: str) -> None:
        filled = width * done // max(total, 1)
        end = "\n" if done == total else ""
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files{end}")
        stream.flush()

    return show
