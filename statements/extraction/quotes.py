"""Find quotations in an article body: spans between quotation marks.

Handles curly, straight, guillemet and low-9 marks; nested quotes (only the
outermost quote is reported); a quote running over several paragraphs, where
each continuing paragraph re-opens the quote and only the last one closes
it; and apostrophes, which look like closing single quotes but sit inside or
at the end of words (don't, Russia's, Merz'). Straight single marks, the
outermost quotes of British and Indian copy ('...,' she said), open only where
a closing mark can be found for them, which is where the quote ends: the
apostrophe of a plural possessive (the ministers' plan) closes only when no
other mark does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "‹": "›", "‚": "‘", "'": "'"}
_DOUBLE_OPEN = "“«„\""
# A straight mark that elides letters at the start of a word opens nothing.
_ELISION = re.compile(r"'(?:[Tt]is|[Tt]was|em|[Cc]ause|[Tt]il|n|\d0s)\b")
_MARK = re.compile("[" + re.escape("".join(sorted(set(OPEN_CLOSE) | set(OPEN_CLOSE.values())))) + "]")


@dataclass
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # the closing mark (exclusive end of the text)
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark (== end), or end for an unclosed quote
    closed: bool = True

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.closed else self.close_mark


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _opens_here(text: str, i: int) -> bool:
    """A straight or single mark opens a quote at a word start."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:“‘«") and not after.isspace()


def _closes_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_letter(after)


def find_quotes(body: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Outermost quotations in ``body``; ``paragraphs`` are (start, end) offsets."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None  # opening mark of the current outermost quote
    expect = ""
    carried = False  # the current quote continues from an earlier paragraph
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        stack: list[str] = [expect] if open_at is not None else []
        skip_first = carried
        carried = False
        # Only quotation marks matter: jump from one to the next.
        single_close: list[int] = []  # where each open straight single mark closes
        if skip_first and expect == "'":
            j = _straight_single_close(body, p_start, p_end, nested=False)
            single_close = [j] if j is not None else []
        nxt_start = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else -1
        for m in _MARK.finditer(body, p_start, p_end):
            i = m.start()
            ch = body[i]
            if skip_first and i == p_start and ch in OPEN_CLOSE:
                continue  # the repeated opening mark of a continuing paragraph
            if ch == "'":
                if stack and stack[-1] == "'" and single_close and i == single_close[-1]:
                    single_close.pop()
                    stack.pop()
                    if not stack and open_at is not None:
                        spans.append(QuoteSpan(open_at + 1, i, open_at, i))
                        open_at = None
                    continue
                if not _opens_here(body, i) or (stack and stack[-1] == "'") or _ELISION.match(body, i):
                    continue  # an apostrophe ('90s, 'Tis), or a mark inside a single-quoted quote
                j = _straight_single_close(body, i, p_end, nested=bool(stack))
                if j is None and not (not stack and _continues(body, i, p_start, nxt_start, "'")):
                    continue
                if not stack:
                    open_at = i
                stack.append("'")
                if j is not None:
                    single_close.append(j)
                continue
            if stack and ch == stack[-1] and (ch not in "’'\"" or _closes_here(body, i)):
                if ch == "’" and i > 0 and body[i - 1].isalpha() and i + 1 < p_end and body[i + 1].isalpha():
                    continue  # don't
                stack.pop()
                if not stack and open_at is not None:
                    spans.append(QuoteSpan(open_at + 1, i, open_at, i))
                    open_at = None
                continue
            if ch in OPEN_CLOSE:
                single = ch in "‘‚"
                straight = ch == '"'
                if straight or single:
                    if not _opens_here(body, i):
                        continue
                    if (single and not stack and not _has_single_close(body, i, p_end)
                            and not _continues(body, i, p_start, nxt_start, ch)):
                        continue
                if not stack:
                    open_at = i
                stack.append(OPEN_CLOSE[ch])
        if open_at is not None:
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            first = body[nxt[0]] if nxt else ""
            if nxt and first in OPEN_CLOSE and first in _DOUBLE_OPEN + "‘'":
                expect = stack[0] if stack else "”"
                carried = True
                continue
            # Unclosed at the end of the paragraph: the quote ends there.
            end = p_end
            while end > open_at + 1 and body[end - 1].isspace():
                end -= 1
            spans.append(QuoteSpan(open_at + 1, end, open_at, end, closed=False))
            open_at = None
    spans.extend(_unmarked_quotes(body, paragraphs, spans))
    spans.sort(key=lambda s: s.open_mark)
    return [s for s in spans if s.end > s.start]


# "– There will be no deal, Aalto-Berg said.": dialogue set with dashes,
# the attribution after a comma (or a dash) at the end.
_DIALOGUE_DASH = re.compile(r"[–—] (?=[\w‘“\"'(\[])")
_DIALOGUE_TAIL = re.compile(
    r"(?:,|\s[–—])\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:said|says|added|adds|replied|replies|answered|answers|insisted|continued|told\s+[a-z]+)\b[^.!?]{0,80}[.!?]?\s*$")
_CLOSING_MARKS = "”\"»’'"


def _unmarked_quotes(body: str, paragraphs: list[tuple[int, int]], spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotes set without quotation marks: paragraphs of dialogue opened by
    a dash (two at least, so a lone dash is no dialogue), and a block of
    lines opened by "> " as e-mail and plain-text pages quote a statement."""
    marked = {s.open_mark for s in spans}
    dashed = []
    found = []
    for k, (p_start, p_end) in enumerate(paragraphs):
        if body.startswith("> ", p_start):
            found.append(QuoteSpan(p_start + 2, p_end, p_start, p_end, closed=False))
            continue
        if not _DIALOGUE_DASH.match(body, p_start) or any(p_start <= m < p_end for m in marked):
            continue
        # (Not a signature under a quote: "— Oana Strelet, on the treaty".)
        if k > 0 and body[paragraphs[k - 1][1] - 1:paragraphs[k - 1][1]] in _CLOSING_MARKS:
            continue
        tail = _DIALOGUE_TAIL.search(body, p_start + 2, p_end)
        end = tail.start() if tail else p_end
        dashed.append(QuoteSpan(p_start + 2, end, p_start, end, closed=False))
    if len(dashed) >= 2:
        found.extend(dashed)
    return found


def _continues(body: str, i: int, p_start: int, nxt_start: int, mark: str) -> bool:
    """A single mark opening its paragraph with no close there continues into
    the next paragraph when that one opens with the same mark, as a quote
    over several paragraphs does in single-quoting copy."""
    return i == p_start and nxt_start >= 0 and body.startswith(mark, nxt_start)


def _has_single_close(body: str, i: int, limit: int) -> bool:
    """Is there a closing single mark for an outermost single quote?"""
    for m in re.finditer("’", body[i + 1 : limit]):
        j = i + 1 + m.start()
        if _closes_here(body, j) and not (j + 1 < limit and body[j + 1].isalpha()):
            return True
    return False


def _straight_single_close(body: str, i: int, limit: int, nested: bool) -> int | None:
    """The straight single mark that closes the quote opened at ``i``, if any.

    Marks between letters (don't) are apostrophes and a mark opening a word
    starts nothing here. A mark after an "s" and before a word may be a plural
    possessive (the ministers' plan): it closes only when no later mark does,
    or when a mark opening another quote comes first.
    Inside another quote the search stops at the next double mark.
    """
    fallback = None
    j = i
    while True:
        j = body.find("'", j + 1, limit)
        if j < 0:
            return fallback
        if nested and re.search("[\"“”]", body[i + 1 : j]):
            return fallback
        if fallback is not None and _opens_here(body, j):
            return fallback  # "their visas' and would receive 'a fair trial'": a new quote opens
        if not _closes_here(body, j):
            continue
        after = body[j + 1 : j + 3]
        if body[j - 1] in "sS" and len(after) == 2 and after[0] == " " and after[1].isalnum():
            if fallback is None:
                fallback = j
            continue
        return j
