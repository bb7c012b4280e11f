"""Text shaping for display: an article with its quotes marked, a citation.

Both return plain text pieces; templates escape them and add the markup, so
nothing ingested is ever marked safe.
"""
from __future__ import annotations

from dataclasses import dataclass

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
    total = sum(len(text) for text, _ in segments)
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
        space = _text_of(segments).find(" ", start)
        start = space + 1 if 0 <= space < first_hit else start
    if end < total:
        space = _text_of(segments).rfind(" ", start, end)
        end = space if space > start else end
    pieces, at = [], 0
    for text, hit in segments:
        lo, hi = max(start, at), min(end, at + len(text))
        if lo < hi:
            pieces.append((text[lo - at : hi - at], hit))
        at += len(text)
    return pieces, start > 0, end < total


def _text_of(segments: list[tuple[str, bool]]) -> str:
    return "".join(text for text, _ in segments)
