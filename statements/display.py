"""Text shaping for display: an article with its quotes marked, a citation.

Both return plain text pieces; templates escape them and add the markup, so
nothing ingested is ever marked safe.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from statements.models import Article, Quote


@dataclass
class Piece:
    text: str
    quote: Quote | None = None


def article_paragraphs(body: str, quotes: list[Quote]) -> list[list[Piece]]:
    """The body split into paragraphs (at blank lines), each a list of pieces, quotes marked.

    Quotes are placed by their offsets; one that overlaps an earlier quote or
    lies outside the body is left unmarked (it is still listed on the page).
    """
    pieces: list[Piece] = []
    pos = 0
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        if quote.start < pos or quote.end > len(body) or quote.end <= quote.start:
            continue
        if quote.start > pos:
            pieces.append(Piece(body[pos : quote.start]))
        pieces.append(Piece(body[quote.start : quote.end], quote))
        pos = quote.end
    if pos < len(body):
        pieces.append(Piece(body[pos:]))
    paragraphs: list[list[Piece]] = [[]]
    for piece in pieces:
        parts = piece.text.replace("\r\n", "\n").split("\n\n")
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if part.strip("\n"):
                paragraphs[-1].append(Piece(part.strip("\n") if not piece.quote else part, piece.quote))
    return [p for p in paragraphs if p]


def citation(quote: Quote, permalink: str) -> str:
    """A ready-to-copy reference: who, where, when, what, and where to find it here."""
    speaker = quote.speaker.name if quote.speaker else "Unattributed speaker"
    if quote.via:
        speaker = f"{speaker} (via {quote.via.name})"
    where = quote.article.outlet.name if quote.article.outlet else "unknown outlet"
    article = quote.article
    if quote.published is None:
        when = "date unknown"
    elif article.date_precision == Article.Precision.MONTH:
        when = f"{quote.published:%B %Y}"
    else:
        when = f"{quote.published.day} {quote.published:%B %Y}"
    title = f", “{article.title}”" if article.title else ""
    words = quote.text.rstrip()
    # end the quoted words with a full stop unless they already end a sentence
    closing = "" if words.endswith((".", "!", "?", "…")) else "."
    return f"{speaker}, quoted in {where}{title}, {when}: “{words}{closing}” The statements archive, {permalink}"


def excerpt(segments: list[tuple[str, bool]], limit: int = 600) -> tuple[list[tuple[str, bool]], bool, bool]:
    """Cut a long statement down for a list row, keeping the first highlighted word in view.

    Returns the pieces to show and whether text was left out before and
    after them.  A whole interview answer can run to thousands of words; the
    statement page shows it in full.
    """
    full = "".join(text for text, _ in segments)
    total = len(full)
    if total <= limit:
        return segments, False, False
    first_hit, at = 0, 0
    for text, hit in segments:
        if hit:
            first_hit = at
            break
        at += len(text)
    start = 0 if first_hit < limit - 150 else max(0, first_hit - 150)
    end = min(total, start + limit)
    if start:
        space = full.find(" ", start)
        start = space + 1 if 0 <= space < first_hit else start
    if end < total:
        space = full.rfind(" ", start, end)
        end = space if space > start else end
    pieces, at = [], 0
    for text, hit in segments:
        lo, hi = max(start, at), min(end, at + len(text))
        if lo < hi:
            pieces.append((text[lo - at : hi - at], hit))
        at += len(text)
    return pieces, start > 0, end < total


@dataclass
class Card:
    """One list row of a statement, with every link and label worked out.

    Lists render twenty of these per page.  Built in Python once per row, the
    template is one plain loop: an inclusion tag per row (and another for the
    attribution), with a URL reversed per link, was most of a results page's
    rendering time.
    """

    pk: int
    url: str
    pieces: list[tuple[str, bool]]
    cut_before: bool
    cut_after: bool
    speaker_name: str
    speaker_url: str
    via_name: str
    via_url: str
    published_iso: str
    date_label: str
    outlet_name: str
    outlet_url: str
    kind_label: str
    cue: str
    state: str
    state_changed_label: str
    low_confidence: bool
    confidence_percent: int
    topics: list[tuple[str, str]]  # (url, name)


class _Urls:
    """URLs by pattern, reversed once per pattern: the path of any key follows from one reversal."""

    MARKER = "0000000000"

    def __init__(self) -> None:
        self._patterns: dict[str, str] = {}

    def __call__(self, name: str, arg: object) -> str:
        pattern = self._patterns.get(name)
        if pattern is None:
            pattern = self._patterns[name] = reverse(name, args=[self.MARKER])
        return pattern.replace(self.MARKER, str(arg), 1)


# What a card needs of a quote: Quote.objects.values(*CARD_FIELDS) gives it
# straight from the database (statements.search.page_quotes); card_row()
# gives the same from a Quote already loaded.
CARD_FIELDS = (
    "id", "text", "kind", "cue", "confidence", "state", "state_changed_at", "published",
    "speaker__name", "speaker__slug", "via__name", "via__slug",
    "article__date_precision", "article__outlet__name", "article__outlet__slug",
)


def card_row(quote: Quote) -> dict:
    """A loaded quote (with speaker, via, article and outlet) as a card's row."""
    speaker, via, article = quote.speaker, quote.via, quote.article
    outlet = article.outlet if article else None
    return {
        "id": quote.pk, "text": quote.text, "kind": quote.kind, "cue": quote.cue, "confidence": quote.confidence,
        "state": quote.state, "state_changed_at": quote.state_changed_at, "published": quote.published,
        "speaker__name": speaker.name if speaker else None, "speaker__slug": speaker.slug if speaker else None,
        "via__name": via.name if via else None, "via__slug": via.slug if via else None,
        "article__date_precision": article.date_precision if article else None,
        "article__outlet__name": outlet.name if outlet else None, "article__outlet__slug": outlet.slug if outlet else None,
        "topic_list": getattr(quote, "topic_list", None) or [],
        "segments": getattr(quote, "segments", None),
    }


def cards(rows: list[dict | Quote]) -> list[Card]:
    """Cards from card rows (see CARD_FIELDS) or from loaded quotes."""
    from statements.search import LOW_CONFIDENCE

    url = _Urls()
    quotes_path = reverse("statements:quotes")
    kinds = dict(Quote.Kind.choices)
    out = []
    for row in rows:
        if not isinstance(row, dict):
            row = card_row(row)
        pieces, cut_before, cut_after = excerpt(row.get("segments") or [(row["text"], False)])
        speaker_slug, via_slug, outlet_slug = row["speaker__slug"], row["via__slug"], row["article__outlet__slug"]
        published, changed = row["published"], row["state_changed_at"]
        out.append(Card(
            pk=row["id"],
            url=url("statements:quote", row["id"]),
            pieces=pieces, cut_before=cut_before, cut_after=cut_after,
            speaker_name=row["speaker__name"] or "",
            speaker_url=url("statements:speaker", speaker_slug) if speaker_slug else "",
            via_name=row["via__name"] or "",
            via_url=url("statements:speaker", via_slug) if via_slug else "",
            published_iso=published.isoformat() if published else "",
            date_label=format_date(published, row["article__date_precision"]),
            outlet_name=row["article__outlet__name"] or "",
            outlet_url=f"{quotes_path}?{urlencode({'outlet': outlet_slug})}" if outlet_slug else "",
            kind_label=kinds.get(row["kind"], row["kind"]),
            cue=row["cue"],
            state=row["state"],
            state_changed_label=long_date(timezone.localtime(changed) if timezone.is_aware(changed) else changed)
            if changed else "",
            low_confidence=row["confidence"] < LOW_CONFIDENCE,
            confidence_percent=round(row["confidence"] * 100),
            topics=[(url("statements:topic", t["slug"]), t["name"]) for t in row.get("topic_list") or []],
        ))
    return out


def card_html(card: Card) -> str:
    """One card's markup; every string in it escaped here (see cards_html)."""
    text = "".join(f"<mark>{escape(piece)}</mark>" if hit else escape(piece) for piece, hit in card.pieces)
    pk, url = card.pk, escape(card.url)
    parts = [
        '<li><article class="quote-card">\n  <blockquote class="quote-text"><p>',
        "…" if card.cut_before else "", text, "…" if card.cut_after else "", "</p></blockquote>\n",
    ]
    if card.cut_after:
        parts.append(f'  <p class="read-more"><a href="{url}">Read the whole statement'
                     f'<span class="visually-hidden"> #{pk}</span></a></p>\n')
    parts.append('  <p class="quote-meta">\n    ')
    if card.speaker_url:
        parts.append(f'<a class="speaker" href="{escape(card.speaker_url)}">{escape(card.speaker_name)}</a>')
    else:
        parts.append('<span class="speaker">Unattributed</span>')
    if card.via_url:
        parts.append(f' <span class="via">via <a href="{escape(card.via_url)}">{escape(card.via_name)}</a></span>')
    sep = '<span class="sep" aria-hidden="true"> · </span>'
    when = f' datetime="{escape(card.published_iso)}"' if card.published_iso else ""
    parts.append(f"{sep}\n    <time{when}>{escape(card.date_label)}</time>\n    ")
    if card.outlet_url:
        parts.append(f'{sep}<a href="{escape(card.outlet_url)}" class="outlet">{escape(card.outlet_name)}</a>')
    parts.append(f'\n    {sep}<a href="{url}" class="permalink">Statement page'
                 f'<span class="visually-hidden"> (#{pk})</span></a>\n  </p>\n')
    parts.append('  <p class="attribution"><span class="visually-hidden">Attribution: </span>'
                 f'<span class="badge badge-kind">{escape(card.kind_label)}</span>')
    if card.cue:
        parts.append(f' <span class="badge badge-cue">cue: “{escape(card.cue)}”</span>')
    on = f" on {escape(card.state_changed_label)}" if card.state_changed_label else ""
    if card.state == Quote.State.VERIFIED:
        parts.append(f'\n <span class="badge badge-verified">Verified by an editor{on}</span>')
    elif card.state == Quote.State.EDITED:
        parts.append(f'\n <span class="badge badge-edited">Attribution corrected by an editor{on}</span>')
    else:
        parts.append('\n <span class="badge badge-machine">Extracted automatically, not yet checked</span>')
    parts.append("\n")
    if card.low_confidence:
        parts.append(f' <span class="badge badge-low">Low confidence: {int(card.confidence_percent)}%</span>')
    parts.append("</p>\n")
    if card.topics:
        links = "".join(f'<li><a href="{escape(url)}">{escape(name)}</a></li>' for url, name in card.topics)
        parts.append(f'  <ul class="topic-tags" aria-label="Topics">{links}</ul>\n')
    parts.append("</article></li>")
    return "".join(parts)


def cards_html(rows: list[dict | Quote]) -> SafeString:
    """The list items of a quote list, for ``<ol class="quote-list">``.

    Built here rather than by a template loop: twenty cards of some thirty
    template nodes each took a third of a results page's Python time
    (1.5-3 ms), this takes a tenth of that.  Every ingested string passes
    through ``escape`` above, so the result is safe to mark.
    """
    return mark_safe("".join(card_html(card) for card in cards(rows)))  # every string escaped in card_html


def facet_items_html(items: list, *, static_without_url: bool = False) -> SafeString:
    """A facet's ``<ul>``: each item a link with its label and count, the active one marked.

    Written here for the same reason as the cards: forty facet items of a
    results page, each through five template lookups and ``intcomma``, were
    a fifth of its rendering.  Labels are speakers' and topics' names, so
    they are escaped like everything ingested.  With ``static_without_url``
    an item that has no URL (a year that is the whole result) is shown as
    plain text.
    """
    parts = ["<ul>"]
    for item in items:
        inner = (f'<span class="facet-label">{escape(str(item.label))}</span> '
                 f'<span class="facet-count">{item.count:,}</span>')
        if item.url or not static_without_url:
            current = ' aria-current="true" class="active"' if item.active else ""
            parts.append(f'<li><a href="{escape(item.url)}"{current}>{inner}</a></li>')
        else:
            parts.append(f'<li><span class="facet-static">{inner}</span></li>')
    parts.append("</ul>")
    return mark_safe("".join(parts))  # every string escaped above


def long_date(value: dt.date | dt.datetime) -> str:
    return f"{value.day} {value:%B %Y}"


def date_label(quote: Quote) -> str:
    """'16 March 2024', 'March 2024' when only the month is known, or 'date unknown'."""
    precision = getattr(quote.article, "date_precision", Article.Precision.DAY) if quote.article_id else "day"
    return format_date(quote.published, precision)


def format_date(published: dt.date | None, precision: str | None) -> str:
    if published is None:
        return "date unknown"
    if precision == Article.Precision.MONTH:
        return f"{published:%B %Y}"
    return f"{published.day} {published:%B %Y}"
