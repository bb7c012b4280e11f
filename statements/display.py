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
