"""Small builders shared by the extraction tests (invented text only)."""
from __future__ import annotations

from statements.extraction import extract_bytes


def extract(text: str, **kwargs):
    return extract_bytes(text.encode("utf-8"), "test.txt", **kwargs)


def quotes(text: str, **kwargs) -> list[tuple[str, str | None]]:
    """(quote text, speaker name) for every quote of every article."""
    doc = extract(text, **kwargs)
    return [(q.text.strip(" ,.“”\""), q.speaker.name if q.speaker else None) for a in doc.articles for q in a.quotes]


def speaker_of(text: str, fragment: str, **kwargs) -> str | None:
    for quote, speaker in quotes(text, **kwargs):
        if fragment in quote:
            return speaker
    raise AssertionError(f"no quote containing {fragment!r} in {quotes(text, **kwargs)!r}")
