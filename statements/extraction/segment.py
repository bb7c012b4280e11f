"""From clean text to articles: paragraphs, boilerplate, titles, metadata.

The steps, in order:

1. Lines become paragraphs. A blank line always ends a paragraph. Whether a
   single newline does too is decided per document: a hard-wrapped file has
   lines of a bounded width broken mid-sentence, and only there are lines
   inside a blank-line block joined.
2. The document is cut into stories at footer lines ("Source link").
3. Each story loses its boilerplate (link lists, "Recommended Stories",
   photo credits, captions, bare URLs, repeated lines, teaser headlines of
   other stories) and yields its metadata: title, date, URL, outlet.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise
from urllib.parse import urlparse

from . import dates
from .records import DatePrecision

_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")
_URL_LINE = re.compile(r"^\s*(?:<)?(?:https?://|www\.)\S+(?:>)?\s*$", re.I)
_LABELLED_URL = re.compile(
    r"^\s*(?:url|link|source|canonical(?:\s+url)?|original(?:\s+article)?|read the original)\s*:\s*((?:https?://|www\.)\S+)\s*$",
    re.I,
)
_FOOTER = re.compile(r"^\s*(?:source\s+link|source:\s*link|-{3,}|\*\s*\*\s*\*|={3,})\s*$", re.I)
_BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"recommended(?:\s+stories|\s+articles|\s+for\s+you)?"
    r"|list\s+of\s+\d+\s+items?.*|end\s+of\s+list"
    r"|related(?:\s+(?:articles?|stories|story|content|news|coverage|reading|posts?))?\s*[:\-–—].*"
    r"|related(?:\s+(?:articles?|stories|story|content|news|coverage|reading|posts?))?"
    r"|(?:read|see|watch|listen)\s+(?:more|also)\b.*|also\s+read\b.*|more\s+on\s+this\s+(?:story|topic)\b.*"
    r"|(?:watch|listen|read|video|audio|live|explainer|analysis|opinion)\s*[:|].{0,200}"
    r"|\(?(?:photo|photograph|image|picture|pictured|video)s?\s+(?:by|credit|courtesy)\b.{0,120}"
    r"|\(?(?:additional\s+)?(?:reporting|writing)\s+by\b.{0,200}"
    r"|more\s+from\b.*|most\s+(?:read|popular|viewed)\b.*|(?:top|latest)\s+stories"
    r"|(?:photo|photograph|image|picture|video|credit|caption|illustration|file\s+photo)s?\s*(?:credit)?\s*:.*"
    r"|(?:share|share\s+this(?:\s+(?:article|story|page))?|share\s+on\s+\w+|follow\s+us\b.*|subscribe\b.*|sign\s+up\b.*"
    r"|advertisement|ad|sponsored|click\s+here\b.*|scroll\s+to\s+continue.*|continue\s+reading.*|most\s+read)"
    r"|(?:tags?|topics?|keywords?)\s*:.*"
    r"|(?:read|subscribe|follow|join)\b.{0,60}\b(?:telegram|whatsapp)[-\s]channel\b.*"
    r"|©.*|copyright\b.*|all\s+rights\s+reserved\.?"
    r"|(?:skip\s+to|jump\s+to)\s+(?:main\s+)?content"
    # a newsletter's footer
    r"|you(?:'re|’re|\s+are)\s+receiving\s+this\b.*|unsubscribe\b.*|manage\s+(?:your\s+)?(?:preferences|subscription)\b.*"
    r")\s*$",
    re.I,
)
# Boilerplate whose keyword may come anywhere in the line, kept apart from
# _BOILERPLATE so that a line without the keyword is not searched for it at
# each of its first 200 characters: a cookie notice, a photo agency's credit.
_COOKIE_NOTICE = re.compile(
    r"^\s*(?:.{0,200}\bcookies?\b.{0,200}\b(?:polic(?:y|ies)|consent|accept|settings|preferences)\b.{0,100})\s*$", re.I
)
_AGENCY_CREDIT = re.compile(r"^\s*(?:.{0,80}\b(?:getty\s+images|afp\s+via\s+getty|shutterstock|ap\s+photo)\b.{0,40})\s*$", re.I)
# A caption ends with a credit in brackets: "... [Mohd Rasfan/AFP]", "(Photo: Reuters)".
_CAPTION = re.compile(r"(?:\[[^\]]{2,60}/\s*[^\]]{2,40}\]|\((?:photo|image|picture)[^)]{0,60}\)|\[(?:photo|image|file)[^\]]*\])\s*$", re.I)
_AGENCY_FOOTER = re.compile(r"^\s*\(?(?:additional\s+)?reporting\s+by\b.{0,200}\bediting\s+by\b.{0,120}$", re.I)
_SECTION_SUFFIX = re.compile(r"\s+\|\s+[^|]{1,80}$")
_DATELINE_AGENCY = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\(([A-Z][A-Za-z .&]{1,30})\)\s*[-—–]")
_COPYRIGHT = re.compile(r"^\s*(?:©|copyright)\s*(?:\(c\)\s*)?(?:(?P<year>(?:19|20)\d\d)\s*)?([A-Z][\w .&'-]{1,40}?)\.?\s*(?:all rights reserved\.?)?\s*$", re.I)
# The dateline opening a story: "SORN, 9 June 2025 — ", "GENEVA, Feb. 19,
# 2025 (AFP) — ", "VELDGRAD, March 3 (Reuters) - " (a year-less one).
_DATELINE_DATE = re.compile(
    r"^[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?(?:,?\s+(?:19|20)\d\d)?)"
    r"(?:\s*\([A-Z][A-Za-z .&]{1,30}\))?\s*[-—–]"
)

# A byline alone on its line: "By Ana Roth and Ivo Kern", "By Ana Roth in Tarn".
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][^.!?:;\n]{2,100}$")


@dataclass
class ArticleDraft:
    """An article before quotes are found: cleaned paragraphs plus metadata."""

    title: str | None
    paragraphs: list[str]
    published: dt.date | None = None
    date_precision: str = DatePrecision.UNKNOWN
    url: str = ""
    outlet: str = ""
    outlet_domain: str = ""
    warnings: list[str] = field(default_factory=list)


# A whole quoted sentence and the name of who said it after a dash.
_SIGNED_QUOTE = re.compile(r"[“\"‘].{10,}[.!?][”\"’]\s*(?:—|–|--?)\s*[A-Z][^.!?]{1,80}$")


def _has_terminal(line: str) -> bool:
    return bool(_TERMINAL.search(line))


def _is_hard_wrapped(blocks: list[list[str]]) -> bool:
    """Decide whether single newlines inside blocks are soft (wrapping) breaks.

    Hard-wrapped text has lines of bounded width, and many of its line breaks
    fall mid-sentence (the line does not end a sentence).
    """
    lengths = sorted(len(line) for block in blocks for line in block)
    if len(lengths) < 3:
        return False
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 130 or width < 30:
        return False
    breaks = mid = lower = 0
    for block in blocks:
        for line, nxt in pairwise(block):
            breaks += 1
            if not _has_terminal(line) and not _URL_LINE.match(line) and not _URL_LINE.match(nxt):
                mid += 1
                lower += nxt[:1].islower()
    # Wrapped sentences continue on the next line, often in lowercase;
    # one-line headlines stacked on each other never do.
    return breaks >= 2 and mid >= 0.5 * breaks and lower >= 0.2 * mid


# A word broken at a line end by a hyphen: "diplo-" over "matic".
_BROKEN_WORD = re.compile(r"[a-z]-$")


def _join_wrapped(lines: list[str]) -> str:
    """Join a paragraph's wrapped lines; a word a typesetter (or a PDF)
    broke with a hyphen before a lowercase continuation is mended:
    "Lin-" + "daro" is "Lindaro" ("pro-" + "Veldanian" is "pro-Veldanian")."""
    text = lines[0]
    for line in lines[1:]:
        if _BROKEN_WORD.search(text) and line[:1].isalpha():
            # (Before a capital the hyphen belongs to a compound: "pro-Norvian".)
            text = (text[:-1] if line[:1].islower() else text) + line
        else:
            text = text + " " + line
    return text


def to_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs, rejoining hard-wrapped lines."""
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            # A printable line has no whitespace but spaces: without a double
            # space it is already what splitting and joining would make.
            blocks[-1].append(line if line.isprintable() and "  " not in line else " ".join(line.split()))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if not _is_hard_wrapped(blocks):
        return [line for block in blocks for line in block]
    lengths = sorted(len(line) for block in blocks for line in block)
    width = lengths[int(len(lengths) * 0.9) - 1]
    paragraphs: list[str] = []
    for block in blocks:
        current: list[str] = []
        for line in block:
            # Lines that stand alone even inside a block: links, footers.
            if _URL_LINE.match(line) or _FOOTER.match(line):
                if current:
                    paragraphs.append(_join_wrapped(current))
                    current = []
                paragraphs.append(line)
                continue
            current.append(line)
            # A short line that ends a sentence ends the paragraph too.
            if _has_terminal(line) and len(line) < 0.6 * width:
                paragraphs.append(_join_wrapped(current))
                current = []
        if current:
            paragraphs.append(_join_wrapped(current))
    return paragraphs


def split_stories(paragraphs: list[str]) -> list[list[str]]:
    """Cut a document into stories at footer lines; drop empty pieces."""
    stories: list[list[str]] = [[]]
    for para in paragraphs:
        if _FOOTER.match(para):
            stories.append([])
        else:
            stories[-1].append(para)
    told = [any(_has_terminal(p) and len(p) > 60 for p in s) for s in stories]
    if len(stories) > 1 and not told[0] and 0 < len(stories[0]) <= 5 and told[1]:
        # A masthead over a rule ("Subject: ... -- 5 March 2029", "THE
        # BRIEF", "=====") heads the story below it: its title and date.
        stories[1] = stories[0] + stories[1]
    stories = [s for s, t in zip(stories, told, strict=True) if t]
    return stories or [paragraphs]


_TITLE_DATE = re.compile(
    r"(?:\b(?:on|of|dated)\s+|[,:–—-]\s*)((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)(?:19|20)\d\d)\s*$"
)
_ISSUE_LINE = re.compile(r"^[^.!?]{0,60}?,?\s*((?:[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}/[A-Z][a-z]{2,8})\s+(?:19|20)\d\d)\s+(?:issue|edition)\s*$")
_LABELLED_DATE = re.compile(r"\b(?:dateline|published|updated|posted|date|broadcast|aired|filed|recorded)\s*:\s*(.+)$", re.I)


def _is_boilerplate(para: str) -> bool:
    # Boilerplate is short; long paragraphs are never tried against it.
    if len(para) > 400:
        return False
    if _BOILERPLATE.match(para) or _URL_LINE.match(para):
        return True
    # The keywords are looked for in the casefolded line, which folds every
    # letter re.I takes for one of theirs ("K" Kelvin sign, "ſ") but the
    # dotted and dotless i: a line with those is always tried.
    fold = para.casefold()
    return bool(("cookie" in fold or "ı" in para or "İ" in para) and _COOKIE_NOTICE.match(para)
                or ("getty" in fold or "shutterstock" in fold or "photo" in fold) and _AGENCY_CREDIT.match(para))


_LIVE_LABEL = re.compile(r"^\s*live\s*[:|]\s*\S", re.I)


def _live_headline(para: str, paras: list[str]) -> bool:
    """"LIVE: Leaders meet in Ostrinsk" over the page's own time stamp is a
    live page's headline, not a promotion of another page."""
    return bool(_LIVE_LABEL.match(para)) and len(paras) > 1 and dates.is_date_line(paras[1])


def _headline_like(para: str) -> bool:
    return len(para) <= 320 and not _has_terminal(para)


def _is_tag(para: str, following: str | None) -> bool:
    """A lone word or name over the real title ("Brell")."""
    return following is not None and len(para.split()) <= 3 and len(para) <= 40 and _headline_like(following)


# A headline asking a question: "Is the thaw real?", one short sentence.
_QUESTION_HEADLINE = re.compile(r"^[^.!?\"“”‘’«»\n]{8,140}\?$")


def _question_headline(paras: list[str]) -> bool:
    """A first line that asks a question is the headline when a date line
    follows it ("Broadcast: Sunday 16 April 2028"), as a statement's
    headline is one that ends no sentence."""
    if len(paras) < 2 or not _QUESTION_HEADLINE.match(paras[0].strip()):
        return False
    labelled = _LABELLED_DATE.search(paras[1]) if ":" in paras[1] and len(paras[1]) <= 120 else None
    return dates.is_date_line(paras[1]) or bool(labelled and dates.is_date_line(labelled.group(1)))


def clean_story(
    paras: list[str],
    document_paragraphs: list[str],
    reference_date: dt.date | None = None,
) -> ArticleDraft:
    """Strip boilerplate from one story and collect its metadata."""
    published: dt.date | None = None
    precision = DatePrecision.UNKNOWN
    caption_date: dt.date | None = None
    url = outlet = ""
    footer_year: int | None = None
    kept: list[str] = []
    seen: set[str] = set()
    live_title = ""
    for index, para in enumerate(paras):
        # (Cheap tests first where a pattern needs them: a label's colon, a
        # caption's closing bracket; date lines only among the first lines.)
        m = _LABELLED_URL.match(para) if ":" in para else None
        if m:
            url = url or m.group(1)
            continue
        if _AGENCY_FOOTER.match(para):
            # "Reporting by ...; Editing by ...": the footer of a Reuters story.
            outlet = outlet or "Reuters"
            continue
        m = _COPYRIGHT.match(para)
        if m and len(para) < 80:
            outlet = outlet or m.group(1).strip()
            if m.group("year"):
                footer_year = int(m.group("year"))
            continue
        if index < 8 and dates.is_date_line(para):
            if published is None:
                published, precision = dates.parse_full_date(para)
            continue
        labelled = _LABELLED_DATE.search(para) if index < 8 and len(para) <= 120 and ":" in para else None
        if labelled and dates.is_date_line(labelled.group(1)):
            # A header line run into another: "ALPINE WIRE DATELINE: SOLVARA, 4 OCTOBER 2024".
            if published is None:
                published, precision = dates.parse_full_date(labelled.group(1))
            para = para[:labelled.start()].strip()
            if not para or _headline_like(para) and para.isupper():
                continue
        m = dates.DATE_FIELD.match(para)
        if m:
            if published is None:
                published, precision = dates.parse_full_date(m.group(1))
            para = para[m.end():].strip()
            if not para:
                continue
        if para.rstrip().endswith(("]", ")")) and _CAPTION.search(para):
            # Captions often carry the day the photo (and story) was made.
            caption_date = caption_date or dates.parse_full_date(para)[0]
            continue
        if index == 0 and _live_headline(para, paras):
            live_title = para.strip()
            continue
        if _is_boilerplate(para):
            continue
        key = para.casefold()
        if key in seen:  # repeated links, duplicated captions
            continue
        seen.add(key)
        kept.append(para)

    # Teasers after the body: trailing lines that end no sentence.
    # (Not a quote signed with a dash: "“We will watch closely.” — Ana Ruiz".)
    while len(kept) > 1 and _headline_like(kept[-1]) and not _SIGNED_QUOTE.match(kept[-1]):
        kept.pop()

    title: str | None = None
    if kept and _is_tag(kept[0], kept[1] if len(kept) > 1 else None):
        kept.pop(0)
    lead = 0
    while lead < len(kept) and _headline_like(kept[lead]):
        lead += 1
    if live_title:
        title = live_title
    elif not lead and kept and kept[0] == paras[0] and _question_headline(paras):
        title = kept.pop(0).strip()
    elif lead:
        # (After the last opening line, not "lead" lines after the first:
        # a date line among them is no longer in "kept".)
        first = document_paragraphs.index(kept[0]) if kept[0] in document_paragraphs else -1
        last = document_paragraphs.index(kept[lead - 1], first) if first >= 0 and kept[lead - 1] in document_paragraphs[first:] else -1
        later = {p.casefold() for p in document_paragraphs[last + 1:]} if last >= 0 else set()
        if any(p.casefold() in later for p in kept[:lead]):
            # The opening lines recur further down as teasers of other
            # stories, so they are not this story's headline.
            del kept[:lead]
        elif lead < len(kept):
            title = _SECTION_SUFFIX.sub("", kept.pop(0)).strip() or None

    if published is None and kept:
        m = _DATELINE_AGENCY.match(kept[0])
        if m and not outlet:
            outlet = m.group(1).strip()
    if published is None and kept:
        published, precision = _dateline_date(kept[0], footer_year)
        if published is None and len(kept) > 1 and _BYLINE.match(kept[0]):
            # "By Ana Roth and Ivo Kern" between the headline and the dateline.
            published, precision = _dateline_date(kept[1], footer_year)
    if published is None and caption_date is not None:
        published, precision = caption_date, DatePrecision.DAY
    if published is None and title:
        # "Spokesperson's Regular Press Conference on March 4, 2025": a
        # briefing or statement titled with its own date.
        m = _TITLE_DATE.search(title)
        if m:
            published, precision = dates.parse_full_date(m.group(1))
    if published is None:
        # "The Northern Review, September 2024 issue": a magazine's month.
        for para in paras[:6]:
            m = _ISSUE_LINE.match(para)
            if m:
                published, precision = dates.parse_full_date(m.group(1))
                break
    if published is None and reference_date is not None:
        for para in kept[:2]:
            published, precision = dates.parse_relative_date(para, reference_date)
            if published:
                break
    domain = ""
    if url:
        host = urlparse(url if "://" in url else "http://" + url).hostname or ""
        domain = host[4:] if host.startswith("www.") else host
    return ArticleDraft(
        title=title,
        paragraphs=kept,
        published=published,
        date_precision=precision if published else DatePrecision.UNKNOWN,
        url=url,
        outlet=outlet,
        outlet_domain=domain,
    )


def _dateline_date(para: str, year: int | None) -> tuple[dt.date | None, str]:
    """The date of a dateline; a year-less one takes the year of the
    story's copyright line, and without one gives no date at all."""
    m = _DATELINE_DATE.match(para[:100])
    if m is None:
        return None, DatePrecision.UNKNOWN
    found, precision = dates.parse_full_date(m.group("date"))
    if found is None and year is not None:
        found, precision = dates.parse_full_date(f"{m.group('date')} {year}")
    return found, precision if found else DatePrecision.UNKNOWN


def segment(text: str, reference_date: dt.date | None = None) -> list[ArticleDraft]:
    """Split decoded text into cleaned article drafts."""
    paragraphs = to_paragraphs(text)
    drafts = [clean_story(story, paragraphs, reference_date) for story in split_stories(paragraphs)]
    return [d for d in drafts if d.paragraphs]
