"""Re-tag stored quotes after topic keywords change.

The machine's topic links (``QuoteTopic.source = machine``) are recomputed
with the extraction's own ``assign_topics``, in the same way ingest assigns
them: the quote's words first, then the article title and the quote's
paragraph when the words match nothing.  Editors keep the last word: links
they set are never touched, and a machine topic an editor removed is not put
back.

Quotes are read in primary-key batches with only the columns needed; an
article's body is loaded only for quotes whose own words match no topic.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection, transaction

from statements.models import Article, Quote, QuoteTopic, Topic, paragraph_span


@dataclass
class RetagReport:
    quotes: int = 0
    added: int = 0
    removed: int = 0
    updated: int = 0
    kept_for_editors: int = 0


def retag(topic_slug: str | None = None, *, batch_size: int = 2000,
          progress: Callable[[RetagReport], None] | None = None) -> RetagReport:
    """Recompute machine topic links for every quote, or only for one topic's links."""
    from statements import extraction
    from statements.ingest import load_topic_rules

    # Always match against every rule: whether context is consulted depends
    # on whether any topic matched the quote's own words.
    rules = load_topic_rules()
    topic_ids = dict(Topic.objects.values_list("slug", "pk"))
    only = topic_ids.get(topic_slug) if topic_slug else None
    if topic_slug and only is None:
        raise ValueError(f"no topic with slug {topic_slug!r}")

    report = RetagReport()
    last = 0
    while True:
        rows = list(
            Quote.objects.filter(pk__gt=last).order_by("pk")
            .values_list("pk", "text", "article_id", "start", "end", "published")[:batch_size]
        )
        if not rows:
            break
        last = rows[-1][0]
        with transaction.atomic():
            _retag_batch(rows, rules, topic_ids, only, report, extraction.assign_topics)
        report.quotes += len(rows)
        if progress:
            progress(report)
    return report


def _retag_batch(rows, rules, topic_ids, only, report: RetagReport, assign_topics) -> None:
    ids = [row[0] for row in rows]
    published = {row[0]: row[5] for row in rows}
    found = {row[0]: assign_topics(row[1], rules) for row in rows}
    unmatched = [row for row in rows if not found[row[0]]]
    if unmatched:
        articles = {
            pk: (title, body) for pk, title, body in
            Article.objects.filter(pk__in={row[2] for row in unmatched}).values_list("pk", "title", "body")
        }
        for pk, text, article_id, start, end, _ in unmatched:
            title, body = articles[article_id]
            found[pk] = assign_topics(text, rules, context=(title or "") + "\n" + body[slice(*paragraph_span(body, start, end))])

    wanted: dict[tuple[int, int], str] = {}
    for pk, matches in found.items():
        for match in matches:
            topic_id = topic_ids.get(match.slug)
            if topic_id is not None and (only is None or topic_id == only):
                wanted[(pk, topic_id)] = ", ".join(match.matched)[:500]

    links = QuoteTopic.objects.filter(quote_id__in=ids)
    if only is not None:
        links = links.filter(topic_id=only)
    existing = {(q, t): (pk, source, matched) for pk, q, t, source, matched in
                links.values_list("pk", "quote_id", "topic_id", "source", "matched")}
    removed_by_editors = set(
        QuoteTopic.history.filter(quote_id__in=ids, history_type="-", history_user__isnull=False)
        .values_list("quote_id", "topic_id")
    )

    stale, changed = [], []
    for key, (pk, source, matched) in existing.items():
        if source == QuoteTopic.Source.EDITOR:
            report.kept_for_editors += 1
        elif key not in wanted:
            stale.append(pk)
        elif wanted[key] != matched:
            changed.append(QuoteTopic(pk=pk, matched=wanted[key]))
    new = [
        QuoteTopic(quote_id=q, topic_id=t, matched=matched, published=published[q], source=QuoteTopic.Source.MACHINE)
        for (q, t), matched in wanted.items()
        if (q, t) not in existing and (q, t) not in removed_by_editors
    ]

    if stale:
        # Plain SQL: the machine's own re-tagging is not editorial history,
        # and a queryset delete would write a history row per link.
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {QuoteTopic._meta.db_table} WHERE id = ANY(%s)", [stale])
    QuoteTopic.objects.bulk_update(changed, ["matched"])
    QuoteTopic.objects.bulk_create(new, ignore_conflicts=True)
    report.removed += len(stale)
    report.updated += len(changed)
    report.added += len(new)
