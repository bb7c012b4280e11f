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

import hashlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import IntegrityError, transaction

from statements import extraction
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
    text_fingerprint,
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
    failures: list[tuple[str, str]] = field(default_factory=list)

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


class _ActorCache:
    """Maps normalised names to actor ids for the run, creating actors as needed."""

    def __init__(self, report: IngestReport):
        self.report = report
        self.reload()

    def reload(self) -> None:
        self.by_key: dict[str, int] = dict(ActorAlias.objects.values_list("normalized", "actor_id"))
        self.with_role: set[int] = set()
        for pk, name, role in Actor.objects.values_list("pk", "name", "role"):
            self.by_key.setdefault(extraction.name_key(name), pk)
            if role:
                self.with_role.add(pk)

    def resolve(self, record: ActorRecord | None) -> int | None:
        if record is None or not record.name.strip():
            return None
        main_key = extraction.name_key(record.name)
        if not main_key:
            return None
        keys = {main_key} | {extraction.name_key(a) for a in record.aliases}
        keys.discard("")
        actor_id = self.by_key.get(main_key)
        if actor_id is None and " " in main_key:
            # Another full spelling ("Sergei Lavrov" for "Sergey Lavrov") may
            # be known; a bare surname is not enough to join two full names.
            actor_id = next((self.by_key[k] for k in sorted(keys) if " " in k and k in self.by_key), None)
        if actor_id is None:
            actor = Actor(name=record.name.strip()[:200], kind=record.kind, role=record.role[:200],
                          affiliation=record.affiliation[:200])
            actor.save()
            actor_id = actor.pk
            self.report.actors_new += 1
        elif record.role and actor_id not in self.with_role:
            # fill a missing role; a role an editor wrote is never replaced
            updated = Actor.objects.filter(pk=actor_id, role="").update(role=record.role[:200])
            self.report.actors_updated += updated
        if record.role:
            self.with_role.add(actor_id)
        new_aliases = [
            ActorAlias(actor_id=actor_id, name=name.strip()[:200], normalized=key, source=ActorAlias.Source.MACHINE)
            for name, key in {(n, extraction.name_key(n)) for n in {record.name, *record.aliases}}
            if key and key not in self.by_key
        ]
        # A surname shared by two people stays with the first; ignore_conflicts
        # also lets parallel workers add the same alias without failing.
        seen: set[str] = set()
        unique_aliases = [a for a in new_aliases if not (a.normalized in seen or seen.add(a.normalized))]
        ActorAlias.objects.bulk_create(unique_aliases, ignore_conflicts=True)
        for alias in unique_aliases:
            self.by_key.setdefault(alias.normalized, actor_id)
        return actor_id


class _Run:
    """What one process needs to ingest files: read once, reused for every file."""

    def __init__(self) -> None:
        self.report = IngestReport()
        self.gazetteer = load_gazetteer()
        self.rules = load_topic_rules()
        self.topic_ids = dict(Topic.objects.values_list("slug", "pk"))
        self.actors = _ActorCache(self.report)
        self.outlets: dict[str, int] = {}

    def ingest(self, path: Path) -> None:
        ingest_file(path, self.report, gazetteer=self.gazetteer, rules=self.rules, topic_ids=self.topic_ids,
                    actors=self.actors, outlets=self.outlets)


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int = 1,
) -> IngestReport:
    """Ingest files, folders and globs; return what happened.  Never raises for a bad file.

    With ``workers`` > 1 the files are shared among that many processes, each
    with its own database connection and its own transaction per document.
    """
    files = list(extraction.iter_paths(paths))
    if workers > 1 and len(files) > 1:
        return _ingest_parallel(files, workers, progress)
    run = _Run()
    for n, path in enumerate(files, 1):
        run.ingest(path)
        if progress:
            progress(n, len(files), str(path))
    return run.report


_worker_run: _Run | None = None


def _worker_init() -> None:
    global _worker_run
    from django.db import connections

    # the connection inherited through fork belongs to the parent
    for conn in connections.all(initialized_only=True):
        conn.inc_thread_sharing()
        conn.close()
    _worker_run = None


def _worker_ingest(path: Path) -> IngestReport:
    """Ingest one file in a worker process; the parent adds up the reports."""
    global _worker_run
    if _worker_run is None:
        _worker_run = _Run()
    _worker_run.report = _worker_run.actors.report = IngestReport()
    _worker_run.ingest(path)
    return _worker_run.report


def _ingest_parallel(files: list[Path], workers: int, progress) -> IngestReport:
    import multiprocessing

    from django.db import connections

    connections.close_all()
    report = IngestReport()
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_worker_init) as pool:
        for n, (path, part) in enumerate(zip(files, pool.imap(_worker_ingest, files, chunksize=8), strict=True), 1):
            _merge_reports(report, part)
            if progress:
                progress(n, len(files), str(path))
    return report


def ingest_file(
    path: Path,
    report: IngestReport,
    *,
    gazetteer: extraction.Gazetteer,
    rules: list[extraction.TopicRule],
    topic_ids: dict[str, int],
    actors: _ActorCache,
    outlets: dict[str, int],
) -> None:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExtractionError(f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit")
        data = path.read_bytes()
    except (OSError, ExtractionError) as exc:
        _record_failure(report, name, None, 0, str(exc))
        return
    digest = hashlib.sha256(data).hexdigest()
    if SourceDocument.objects.filter(sha256=digest, status=SourceDocument.Status.OK).exists():
        report.documents_unchanged += 1
        return
    try:
        doc = extraction.extract_bytes(data, name, gazetteer=gazetteer, topics=rules)
    except ExtractionError as exc:
        _record_failure(report, name, digest, len(data), str(exc))
        return
    except Exception as exc:  # an extraction bug must not stop the run
        _record_failure(report, name, digest, len(data), f"extraction failed: {type(exc).__name__}: {exc}")
        return
    for attempt in range(3):
        snapshot = IngestReport()
        try:
            with transaction.atomic():
                _store_document(doc, name, digest, len(data), snapshot, topic_ids, actors, outlets)
        except IntegrityError as exc:
            # Another worker stored the same actor or article meanwhile:
            # re-read what exists and try the document again.
            actors.reload()
            outlets.clear()
            if attempt == 2:
                _record_failure(report, name, digest, len(data), f"database conflict: {exc}")
            continue
        except Exception as exc:
            actors.reload()
            _record_failure(report, name, digest, len(data), f"could not store: {type(exc).__name__}: {exc}")
            return
        _merge_reports(report, snapshot)
        return


def _merge_reports(into: IngestReport, part: IngestReport) -> None:
    for key in ("documents_new", "documents_unchanged", "articles_new", "articles_updated", "articles_unchanged",
                "quotes_new", "quotes_removed", "quotes_kept_editorial", "actors_new", "actors_updated"):
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
        fields = dict(
            title=(record.title or "")[:500],
            published=record.published,
            date_precision=record.date_precision if record.published else Article.Precision.UNKNOWN,
            url=_safe_url(record.url),
            outlet_id=outlet_id,
            kind=record.kind,
            body=record.body,
            source_document=source,
            position=record.position,
            content_hash=content_hash,
        )
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


def _store_quotes(
    article: Article,
    record: ArticleRecord,
    report: IngestReport,
    topic_ids: dict[str, int],
    actors: _ActorCache,
    *,
    keep: list[Quote],
) -> None:
    taken = {q.fingerprint for q in keep}
    spans = [(q.start, q.end) for q in keep]
    quotes: list[Quote] = []
    topic_rows: list[tuple[int, str, str]] = []
    for q in record.quotes:
        fingerprint = text_fingerprint(q.text)
        if not fingerprint or fingerprint in taken:
            continue
        # an editor's version of these words wins over a new machine reading
        if any(q.start < end and start < q.end for start, end in spans):
            continue
        taken.add(fingerprint)
        quotes.append(
            Quote(
                article=article,
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
        )
        topic_rows.append([(m.slug, ", ".join(m.matched)) for m in q.topics])
    Quote.objects.bulk_create(quotes)
    report.quotes_new += len(quotes)
    links = [
        QuoteTopic(quote=quote, topic_id=topic_ids[slug], matched=matched[:500], published=article.published)
        for quote, matches in zip(quotes, topic_rows, strict=True)
        for slug, matched in matches
        if slug in topic_ids
    ]
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
