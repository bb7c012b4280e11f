"""Editorial changes: the admin's write path.

Every function here leaves the quote in an editorial state (so ingest keeps
it), records who did it and when (``state_changed_by/at``), and writes a
history row with a reason from :mod:`statements.history`.  The admin only
gathers input and calls these; tests and scripts can call them the same way.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from statements import history
from statements.models import Actor, ActorAlias, ActorRedirect, Quote

# Bulk actions load and write this many quotes at a time, so "select all"
# over a large result stays within memory.
CHUNK = 500

# Pasted text may use other quotation marks or apostrophes than the article.
_EQUIVALENT = {
    "'": "['‘’`]", "‘": "['‘’`]", "’": "['‘’`]", "`": "['‘’`]",
    '"': '["“”„«»]', "“": '["“”„«»]', "”": '["“”„«»]', "„": '["“”„«»]', "«": '["“”„«»]', "»": '["“”„«»]',
    "-": "[-‐–—]", "–": "[-‐–—]", "—": "[-‐–—]",
}
_ENCLOSING = "\"'“”‘’„«» \t\r\n"


def locate(body: str, pasted: str) -> tuple[int, int] | None:
    """Where pasted words occur in an article body, or None.

    Tolerant of what copying does to text: line breaks and runs of spaces,
    curly versus straight quotation marks, and the quotation marks around
    the whole quote.
    """
    words = pasted.strip(_ENCLOSING).split()
    if not words:
        return None
    pattern = r"\s+".join("".join(_EQUIVALENT.get(ch, re.escape(ch)) for ch in word) for word in words)
    match = re.search(pattern, body)
    return match.span() if match else None


def editorial_state(current: str) -> str:
    """The state after an editor corrects a quote: a hidden quote stays hidden."""
    return Quote.State.HIDDEN if current == Quote.State.HIDDEN else Quote.State.EDITED


def stamp(quote: Quote, user, state: str) -> None:
    quote.state = state
    quote.state_changed_by = user
    quote.state_changed_at = timezone.now()


def save_correction(quote: Quote, user, reasons: Iterable[str]) -> None:
    """Save an editor's correction of one quote (already applied to ``quote``)."""
    reasons = [r for r in reasons if r]
    if not reasons:
        return
    if quote.pk:
        history.ensure_baseline([quote.pk])
    stamp(quote, user, editorial_state(quote.state))
    quote._change_reason = history.join_reasons(reasons)
    quote._history_user = user
    quote.save()


def add_quote(article, text: str, user, *, speaker: Actor | None = None, kind: str = Quote.Kind.DIRECT,
              cue: str = "") -> Quote:
    """Add a quote the extraction missed; ``text`` must occur in the article."""
    span = locate(article.body, text)
    if span is None:
        raise ValueError("The text does not occur in the article.")
    quote = Quote(article=article, speaker=speaker, text=article.body[span[0]:span[1]], start=span[0], end=span[1],
                  kind=kind, cue=cue, origin=Quote.Origin.EDITOR)
    stamp(quote, user, Quote.State.EDITED)
    quote._change_reason = history.ADDED
    quote._history_user = user
    quote.save()
    return quote


def _chunks(quotes: QuerySet) -> Iterator[list[Quote]]:
    ids = list(quotes.order_by().values_list("pk", flat=True))
    for i in range(0, len(ids), CHUNK):
        yield list(Quote.objects.filter(pk__in=ids[i : i + CHUNK]).order_by("pk"))


@transaction.atomic
def set_state(quotes: QuerySet, state: str, user, reason: str) -> int:
    """Verify, hide or show again a set of quotes; return how many changed."""
    changed = 0
    for chunk in _chunks(quotes.exclude(state=state)):
        history.ensure_baseline(q.pk for q in chunk)
        for quote in chunk:
            stamp(quote, user, state)
        bulk_update_with_history(chunk, Quote, ["state", "state_changed_by", "state_changed_at"],
                                 default_user=user, default_change_reason=reason)
        changed += len(chunk)
    return changed


@transaction.atomic
def reassign_speaker(quotes: QuerySet, actor: Actor, user) -> int:
    """Attribute quotes to another actor; return how many changed."""
    changed = 0
    for chunk in _chunks(quotes.exclude(speaker=actor)):
        history.ensure_baseline(q.pk for q in chunk)
        for quote in chunk:
            quote.speaker = actor
            stamp(quote, user, editorial_state(quote.state))
        bulk_update_with_history(chunk, Quote, ["speaker", "state", "state_changed_by", "state_changed_at"],
                                 default_user=user, default_change_reason=history.ATTRIBUTION)
        changed += len(chunk)
    return changed


@dataclass
class MergeResult:
    survivor: Actor
    merged: list[str]  # the names of the actors merged away
    quotes_moved: int = 0
    aliases_moved: int = 0


@transaction.atomic
def merge_actors(survivor: Actor, duplicates: Iterable[Actor], user) -> MergeResult:
    """Fold duplicate actors into ``survivor``.

    Their quotes (as speaker and as relay), aliases and names move to the
    survivor, their slugs redirect to it (and so do slugs that redirected to
    them), blank details are filled from them, and then they are deleted.
    A quote's state does not change: the speaker is the same person, and
    machine quotes may still be refreshed by ingest, which now resolves the
    duplicate's names to the survivor.
    """
    duplicates = [a for a in duplicates if a.pk != survivor.pk]
    result = MergeResult(survivor=survivor, merged=[a.name for a in duplicates])
    if not duplicates:
        return result
    ids = [a.pk for a in duplicates]

    for field in ("speaker", "via"):
        for chunk in _chunks(Quote.objects.filter(**{f"{field}__in": ids})):
            history.ensure_baseline(q.pk for q in chunk)
            for quote in chunk:
                setattr(quote, field, survivor)
            bulk_update_with_history(chunk, Quote, [field], default_user=user,
                                     default_change_reason=history.MERGED)
            if field == "speaker":
                result.quotes_moved += len(chunk)

    result.aliases_moved = ActorAlias.objects.filter(actor__in=ids).update(actor=survivor)
    # The duplicates' own names become aliases, so the next ingest attributes
    # "Anna Berow" to the survivor instead of creating her again.
    for name in [a.name for a in duplicates] + [survivor.name]:
        alias = ActorAlias(actor=survivor, name=name, source=ActorAlias.Source.EDITOR)
        alias.normalized = _key(name)
        if alias.normalized and not ActorAlias.objects.filter(normalized=alias.normalized).exists():
            alias._history_user = user
            alias.save()

    ActorRedirect.objects.filter(actor__in=ids).update(actor=survivor)
    for dup in duplicates:
        ActorRedirect.objects.update_or_create(old_slug=dup.slug, defaults={"actor": survivor})

    changed = False
    for field in ("role", "affiliation", "description"):
        if not getattr(survivor, field):
            value = next((getattr(a, field) for a in duplicates if getattr(a, field)), "")
            if value:
                setattr(survivor, field, value)
                changed = True
    if changed:
        survivor._history_user = user
        survivor._change_reason = "details filled from merged duplicates"
        survivor.save()

    for dup in duplicates:
        dup._history_user = user
        dup._change_reason = f"merged into {survivor.name} ({survivor.slug})"
        dup.delete()
    return result


def _key(name: str) -> str:
    from statements.extraction import name_key

    return name_key(name)
