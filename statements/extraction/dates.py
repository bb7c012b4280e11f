"""Publication dates from metadata lines, datelines and captions.

Only text that describes *this* article is searched: header lines, a leading
``date ...`` field, a dateline such as ``Moscow, October 15, 2025`` and photo
captions. URLs are removed first because a link to another story carries that
story's date. A date without a year, or a bare weekday, is resolved only
against an explicit reference date; otherwise the date stays unknown.
"""
from __future__ import annotations

import datetime as dt
import re

from .records import DatePrecision

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [("monday",), ("tuesday",), ("wednesday",), ("thursday",), ("friday",), ("saturday",), ("sunday",)]
    )
    for name in names
}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# (Also "2027/03/15": year first, the order is never in doubt.)
# (And an ISO 8601 timestamp: "2028-06-03T14:41:00Z".)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<mnum>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?:\b|(?=T\d\d:))")
_DOTTED = re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<mnum>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")
_MDY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# "12-Apr-2028": a web page's day, month abbreviation and year joined by hyphens.
_DMY_HYPHEN = re.compile(r"\b(?P<day>[0-3]?\d)-" + _MONTH + r"-(?P<year>(?:19|20)\d\d)\b", re.I)
_DMY = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_MY = re.compile(r"\b" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_MD = re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)", re.I)
_DM = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r"\b(?!,?\s*(?:19|20)\d\d)", re.I)
_WEEKDAY = re.compile(r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)

# A line that is nothing but a date (with a time, a place or a separator).
DATE_LINE = re.compile(
    r"^\W*(?:(?:published|updated|posted|date|dated|last\s+updated|first\s+published|broadcast|aired|filed|released|dateline|recorded)"
    r"(?:\s+on)?\s*[:–—-]?\s*)?"  # "Published: ...", "Published - ..."
    r"(?:[A-Z][\w.' -]{0,40}(?:,|\s[|·•])\s*){0,2}"  # a place or desk: "Moscow, October 15, 2025", "Verify Desk | 27 January 2025"
    # a time before the date, its zone maybe with an offset: "4:12 PM GMT+3, May 14, 2026"
    r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\s*)?,?\s*)?"
    r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*)?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}|"
    r"\d{1,2}-[A-Za-z]{3,9}-\d{4})"  # "4th of April, 2028", "12-Apr-2028"
    # a time after the date, "at 14:41 GMT" or a record's "10 a.m."
    r"(?:,?\s*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*(?:[A-Z]{2,4}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"
    r"|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"  # (or ISO 8601's "T14:41:00Z")
    # a reading time or a programme's length: "· 4 min read", "· 41 min"
    r"(?:\s*[·•|–-]\s*\d{1,3}\s*min(?:ute)?s?(?:\s+read)?)?"
    # a web page's note of the last change: "... 4:12 PM UTC Updated 2 hours ago"
    r"(?:\W*(?:updated|last\s+updated)\s+(?:\d{1,3}\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago|an?\s+hour\s+ago|ago|just\s+now))?\W*$",
    re.I,
)
# "date 2025-09-27" or "Published: 12 May 2025" glued to the start of the text.
DATE_FIELD = re.compile(
    r"^\s*(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})\s*",
    re.I,
)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_full_date(text: str) -> tuple[dt.date | None, str]:
    """The first complete date in ``text`` (URLs ignored) and its precision."""
    text = _URL.sub(" ", text)
    best: tuple[int, dt.date, str] | None = None
    for pattern in (_ISO, _DOTTED, _MDY, _DMY, _DMY_HYPHEN):
        for m in pattern.finditer(text):
            month = int(m.group("mnum")) if "mnum" in m.groupdict() and m.group("mnum") else MONTHS[m.group("month").lower().rstrip(".")]
            day = _make(int(m.group("year")), month, int(m.group("day")))
            if day and (best is None or m.start() < best[0]):
                best = (m.start(), day, DatePrecision.DAY)
            break
    if best:
        return best[1], best[2]
    m = _MY.search(text)
    if m:
        day = _make(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")], 1)
        if day:
            return day, DatePrecision.MONTH
    return None, DatePrecision.UNKNOWN


def parse_relative_date(text: str, reference: dt.date | None) -> tuple[dt.date | None, str]:
    """A year-less date or weekday in ``text``, resolved against ``reference``.

    News reports describe recent events, so the resolved date is the latest
    one on or before the reference date.
    """
    if reference is None:
        return None, DatePrecision.UNKNOWN
    text = _URL.sub(" ", text)
    for pattern in (_MD, _DM):
        m = pattern.search(text)
        if m:
            month = MONTHS[m.group("month").lower().rstrip(".")]
            day = _make(reference.year, month, int(m.group("day")))
            if day and day > reference:
                day = _make(reference.year - 1, month, int(m.group("day")))
            if day:
                return day, DatePrecision.DAY
    m = _WEEKDAY.search(text)
    if m:
        back = (reference.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        return reference - dt.timedelta(days=back), DatePrecision.DAY
    return None, DatePrecision.UNKNOWN


# The fields of an agency's header line, split at bars and spaced dashes:
# "Source: Xinhua| 2026-06-12 21:40:15|Editor: huaxia".
# (A typewriter's double hyphen is a dash too: "Lindaro Ledger -- 2028/08/21".)
_FIELD_SPLIT = re.compile(r"\s*\|\s*|\s+(?:--|[–—-])\s+")
_HEADER_FIELD = re.compile(
    r"^(?:\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"  # a time: "18:20", "18h40"
    r"|[\w.' ]{1,30}?\s*:\s*[\w.' -]{1,30}"  # a labelled field: "Editor: huaxia", "Update : 12.05.2026"
    r"|[A-Z][\w.'’]*(?:,?\s+(?:&\s+)?[A-Z][\w.'’]*){0,3})$"  # (also "Politics & Diplomacy")  # a desk, a section or a byline: "KYODO NEWS", "World, All"
)


def is_date_line(line: str) -> bool:
    """True for a line that only states a date (and maybe a time or place),
    or an agency header whose fields are a date and short labels ("KYODO
    NEWS - Feb 9, 2026 - 18:20 | World, All")."""
    if len(line) > 80:
        return False
    if DATE_LINE.match(line):
        return parse_full_date(line)[0] is not None
    if "|" not in line and " - " not in line and " – " not in line and " — " not in line and " -- " not in line:
        return False
    fields = [f for f in _FIELD_SPLIT.split(line.strip()) if f]
    if len(fields) < 2:
        return False
    dated = [f for f in fields if DATE_LINE.match(f) and parse_full_date(f)[0] is not None]
    return bool(dated) and all(f in dated or _HEADER_FIELD.match(f) for f in fields)
