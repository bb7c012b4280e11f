"""The editorial record of a quote: what editors changed, by whom, and when.

Every editorial save carries a change reason from the vocabulary below in
``history_change_reason`` (several joined by ``"; "``).  The admin shows the
full record with users and field differences; readers get
:func:`editorial_summary`, which only needs the reasons and dates and so is
one indexed query for one quote.

Ingest writes quotes with ``bulk_create``, which keeps no history.  Before an
editor's first change we store the quote as extracted (:func:`ensure_baseline`)
so the admin can show what the change replaced.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

ADDED = "added by an editor"
ATTRIBUTION = "attribution corrected"
WORDING = "wording corrected"
DETAILS = "details corrected"
TOPICS = "topics revised"
VERIFIED = "verified"
HIDDEN = "hidden"
SHOWN = "shown again"
MERGED = "speaker merged with a duplicate"
BASELINE = "as extracted"

SEPARATOR = "; "

# What readers are told about.  Hiding is not (a hidden quote is not shown at
# all), nor merges of duplicate actors (the speaker is the same person) or
# touches to the quote's kind and cue.
PUBLIC_REASONS = (ADDED, ATTRIBUTION, WORDING, TOPICS, VERIFIED)


def join_reasons(reasons: Iterable[str]) -> str:
    return SEPARATOR.join(dict.fromkeys(r for r in reasons if r))


def editorial_summary(quote) -> list[tuple[str, dt.datetime]]:
    """What editors did to a quote, for readers: ``[("attribution corrected", when), ("verified", when)]``.

    One entry per kind of change, at its latest date, oldest first.  One
    query on the quote's own history rows (indexed by quote id); do not call
    it for every row of a list page.
    """
    latest: dict[str, dt.datetime] = {}
    rows = quote.history.exclude(history_change_reason__isnull=True).exclude(history_change_reason="")
    for reasons, when in rows.values_list("history_change_reason", "history_date"):
        for reason in reasons.split(SEPARATOR):
            if reason in PUBLIC_REASONS and (reason not in latest or when > latest[reason]):
                latest[reason] = when
    return sorted(latest.items(), key=lambda item: item[1])


def ensure_baseline(quote_ids: Iterable[int]) -> int:
    """Store "as extracted" history rows for quotes that have none yet; return how many."""
    from statements.models import Quote

    ids = set(quote_ids)
    if not ids:
        return 0
    with_history = set(Quote.history.filter(id__in=ids).values_list("id", flat=True).distinct())
    missing = list(Quote.objects.filter(pk__in=ids - with_history))
    for quote in missing:
        # the machine's version, dated when it was stored, not the editor's
        quote._history_date = quote.created_at
        quote._history_user = None
    Quote.history.bulk_history_create(missing, default_change_reason=BASELINE)
    return len(missing)


def quote_timeline(quote, limit: int = 20) -> list[dict]:
    """The latest editorial events on a quote and its topics, newest first, for the admin."""
    from statements.models import QuoteTopic

    events = [
        {"when": h.history_date, "who": h.history_user, "what": h.history_change_reason or h.get_history_type_display()}
        for h in quote.history.select_related("history_user").order_by("-history_date")[:limit]
    ]
    topic_rows = (
        QuoteTopic.history.filter(quote_id=quote.pk)
        .select_related("history_user", "topic")
        .order_by("-history_date")[:limit]
    )
    verbs = {"+": "topic added", "-": "topic removed", "~": "topic changed"}
    for h in topic_rows:
        events.append({"when": h.history_date, "who": h.history_user,
                       "what": f"{verbs.get(h.history_type, 'topic')}: {h.topic.name if h.topic else h.topic_id}"})
    events.sort(key=lambda e: e["when"], reverse=True)
    return events[:limit]
