"""Bounded search: what /quotes/, the speaker pages and the topic pages show.

Built for a million quotes.  Measured there, ranking or counting every match
of a common word costs hundreds of milliseconds and a deep OFFSET over a
second, while a date-ordered scan that stops after a thousand rows costs a
few.  So one search runs as:

1. the *window*: id, date and speaker id of the first
   ``ARCHIVE_SEARCH_CAP + 1`` matches in date order (for relevance, those
   newest matches ranked).  Its length is the count ("1,000+" when it
   overflows), the year and speaker facets are counted from it in Python,
   and pages are slices of it, so no query ever uses OFFSET.  A search by
   words alone reads the recent slice's index first (statements.recent);
2. the page: full rows for the page's ids only, highlighted by ts_headline,
   and, once (not per row), the topic facet counted by PostgreSQL over the
   window's ids, the names of the speakers in the speaker facet and, for a
   search by words, the speakers whose names look like them.

The window carries plain numbers and dates only: a speaker's name per row
(a join) and a topic-id array per row (parsed in Python, psycopg has no C
loader for arrays) cost about 4 ms a search for 1,001 rows.

Beyond the window, date-ordered results continue with a keyset cursor
(``?after=<published>,<id>``) that starts the next window.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from urllib.parse import quote_plus

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, OuterRef, Subquery, Window
from django.db.models.functions import Coalesce, JSONObject, RowNumber
from django.http import QueryDict
from django.utils.safestring import SafeString, mark_safe

from statements import display, recent
from statements.compiled import CompiledQuery
from statements.forms import Cursor, Ref
from statements.models import Actor, Quote, QuoteTopic, Topic
from statements.querysets import MARK_END, MARK_START, JSONListSubquery

# Site-wide counts (per speaker, per topic) need a pass over every quote, so
# they are computed once per this many seconds, not per request.
COUNTS_TTL = 600
# Exports stop here; the export links say so.
EXPORT_CAP = 10_000
FEED_SIZE = 50
# A quote counts as doubtful below this extraction confidence.
LOW_CONFIDENCE = 0.6
# Entries of the speaker and topic facets beside the results.
FACET_SPEAKERS = 10
FACET_TOPICS = 12
# Speakers offered when the words of a search look like their names.
SUGGESTIONS = 3


def cap() -> int:
    return settings.ARCHIVE_SEARCH_CAP


def page_size() -> int:
    return settings.ARCHIVE_PAGE_SIZE


@dataclass(frozen=True)
class Criteria:
    """A validated search: what QuoteQuerySet.matching() filters by."""

    q: str = ""
    speakers: tuple[Ref, ...] = ()
    topics: tuple[Ref, ...] = ()
    outlet: Ref | None = None
    kind: str = ""
    date_after: dt.date | None = None
    date_before: dt.date | None = None
    sort: str = "newest"
    after: Cursor | None = None

    @classmethod
    def from_form(cls, data: dict, *, fixed_speaker: Ref | None = None, fixed_topic: Ref | None = None) -> Criteria:
        q = data.get("q") or ""
        sort = data.get("sort") or ("relevance" if q else "newest")
        if sort == "relevance" and not q:
            sort = "newest"
        topics = list(data.get("topic_refs") or [])
        if fixed_topic and fixed_topic not in topics:
            topics.insert(0, fixed_topic)
        return cls(
            q=q,
            speakers=(fixed_speaker,) if fixed_speaker else tuple(data.get("speaker_refs") or ()),
            topics=tuple(topics),
            outlet=data.get("outlet_ref"),
            kind=data.get("kind") or "",
            date_after=data.get("date_after"),
            date_before=data.get("date_before"),
            sort=sort,
            after=data.get("after"),
        )

    def replace(self, **changes) -> Criteria:
        return dataclasses.replace(self, **changes)

    def as_query_string(self, **changes) -> str:
        """The parameters that give this search again, e.g. for the export and feed links."""
        params = QueryDict(mutable=True)
        values = {
            "q": self.q, "speaker": [r.slug for r in self.speakers], "topic": [r.slug for r in self.topics],
            "outlet": self.outlet.slug if self.outlet else "", "kind": self.kind,
            "date_after": self.date_after.isoformat() if self.date_after else "",
            "date_before": self.date_before.isoformat() if self.date_before else "",
            "sort": self.sort if self.sort != ("relevance" if self.q else "newest") else "",
            "after": str(self.after) if self.after else "",
        }
        values.update(changes)
        for name, value in values.items():
            if isinstance(value, list):
                params.setlist(name, value)
            elif value:
                params[name] = value
        return params.urlencode()

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or self.speakers or self.topics or self.outlet or self.kind or self.date_after
                    or self.date_before)


class Links:
    """URLs for the current page with some parameters changed.

    Any change that narrows or widens the search drops ``page`` and
    ``after``: the old position means nothing in the new result.
    """

    def __init__(self, path: str, params: QueryDict, *, fixed: Iterable[str] = ()):
        self.path = path
        self.params = params.copy()
        for name in fixed:
            self.params.pop(name, None)

    def url(self, *, keep_position: bool = False, path: str | None = None, **changes) -> str:
        # A plain dict of the parameters' value lists, not QueryDict.copy():
        # that deep-copies, and a results page builds 30 or more of these
        # URLs (2 ms of a request, profiled).  Keys keep their order as in
        # a QueryDict: a changed parameter stays where it was, a new one
        # goes last.
        params = dict(self.params.lists())
        if not keep_position:
            params.pop("page", None)
            params.pop("after", None)
        for name, value in changes.items():
            if value is None:
                params.pop(name, None)
            elif isinstance(value, list | tuple):
                params[name] = list(value)
            else:
                params[name] = [str(value)]
        # empty parameters only lengthen the URL
        query = "&".join(f"{quote_plus(name)}={quote_plus(str(value))}"
                         for name, values in params.items() for value in values if value != "")
        return f"{path or self.path}?{query}" if query else (path or self.path)

    def adding(self, name: str, value: str) -> str:
        values = [v for v in self.params.getlist(name) if v != value]
        return self.url(**{name: [*values, value]})

    def removing(self, name: str, value: str) -> str:
        return self.url(**{name: [v for v in self.params.getlist(name) if v != value]})

    def query_string(self) -> str:
        """The current search's parameters, for the export and feed links."""
        params = self.params.copy()
        params.pop("page", None)
        return params.urlencode()


@dataclass
class Matches:
    """The first ``cap()`` matches as columns: enough for the count, the paging and the facets.

    Columns, not a row object per match: 1,001 rows are read per search.
    """

    ids: list[int]
    published: list[dt.date | None]
    speaker_ids: list[int | None]
    more: bool  # did another match follow?

    @classmethod
    def from_rows(cls, rows: list[tuple], limit: int) -> Matches:
        """From (id, published, speaker_id) rows, of which ``limit + 1`` were asked for."""
        more = len(rows) > limit
        ids, published, speakers = map(list, zip(*rows[:limit], strict=True)) if rows else ([], [], [])
        return cls(ids, published, speakers, more)

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class FacetItem:
    label: str
    count: int
    url: str = ""
    active: bool = False


@dataclass
class Chip:
    """An active filter, shown with a link that removes it."""

    label: str
    remove_url: str


@dataclass
class Results:
    criteria: Criteria
    window: Matches
    page: int
    num_pages: int
    quotes: list[dict]  # display.CARD_FIELDS rows
    facets: dict[str, list[FacetItem]] = field(default_factory=dict)
    chips: list[Chip] = field(default_factory=list)
    loosen: list[FacetItem] = field(default_factory=list)
    speaker_suggestions: list[Actor] = field(default_factory=list)
    applied_suggestion: Actor | None = None
    next_url: str = ""
    prev_url: str = ""
    page_links: list[FacetItem] = field(default_factory=list)
    first_window_url: str = ""

    @property
    def count(self) -> int:
        return len(self.window)

    @property
    def more(self) -> bool:
        return self.window.more

    @property
    def count_label(self) -> str:
        return f"{self.count:,}+" if self.more else f"{self.count:,}"

    @property
    def first_index(self) -> int:
        return (self.page - 1) * page_size() + 1 if self.quotes else 0

    @property
    def last_index(self) -> int:
        return self.first_index + len(self.quotes) - 1 if self.quotes else 0


class PageOutOfRange(Exception):
    def __init__(self, page: int, num_pages: int, last_url: str):
        super().__init__(f"page {page} of {num_pages}")
        self.page, self.num_pages, self.last_url = page, num_pages, last_url


def highlight_segments(text: str, headline: str | None) -> list[tuple[str, bool]]:
    """The quote as (text, is_match) pieces; templates escape each piece and wrap matches in <mark>.

    Highlighting is dropped, never the text, whenever the headline does not
    give back exactly the stored text.
    """
    if not headline or MARK_START in text or MARK_END in text:
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    rest = headline
    while rest:
        start = rest.find(MARK_START)
        if start < 0:
            pieces.append((rest, False))
            break
        end = rest.find(MARK_END, start)
        if end < 0:
            return [(text, False)]
        if start:
            pieces.append((rest[:start], False))
        pieces.append((rest[start + len(MARK_START):end], True))
        rest = rest[end + len(MARK_END):]
    if "".join(piece for piece, _ in pieces) != text:
        return [(text, False)]
    return pieces


def speaker_lookup_text(q: str) -> str:
    """The words of a web-search query, without its operators, for name similarity."""
    words = [w.strip('"-()') for w in q.split() if w.upper() != "OR"]
    return " ".join(w for w in words if w)


def words_only_slice(criteria: Criteria) -> dt.date | None:
    """The recent slice's cutoff (statements.recent) for a search by words alone; None when it would not help.

    Other filters lead PostgreSQL to their own indexes, and a date range or
    cursor already bounds the dates.
    """
    if not criteria.q or criteria.after or criteria.replace(q="").is_filtered:
        return None
    return recent.cutoff()


def window(criteria: Criteria) -> Matches:
    columns = ("id", "published", "speaker_id")
    if criteria.topics and criteria.sort == "newest" and not (criteria.q or criteria.speakers or criteria.after):
        # a topic's newest statements: walk that topic's links (see newest_in_topic).
        # The dates bound the walk over the links, which carry their quote's
        # date; the same bounds on the quotes too made PostgreSQL read every
        # quote in the range instead (56 ms for five years).
        first = criteria.topics[0]
        others = criteria.replace(topics=criteria.topics[1:], date_after=None, date_before=None)
        qs = Quote.objects.public().matching(others).newest_in_topic(first.id, criteria.date_after, criteria.date_before)
        return Matches.from_rows(list(qs.values_list(*columns)[: cap() + 1]), cap())
    qs = Quote.objects.public().matching(criteria)
    recent_from = words_only_slice(criteria)
    if '"' in criteria.q and criteria.sort in ("relevance", "newest") and recent_from is None and not (
            criteria.replace(q="").is_filtered or criteria.after):
        # a phrase alone in an archive without a recent slice: see
        # newest_phrase_matches for why it is not left to the planner.  With
        # a slice, a phrase goes the way of words: the slice's index answers
        # a common phrase about as fast as walking the newest rows did (17-26
        # ms against 12-21 ms on 1M quotes) and a rare one in 1-2 ms, where
        # the walk spent 42-45 ms finding too few.
        qs = Quote.objects.newest_phrase_matches(criteria.q, cap() + 1)
        qs = qs.ranked(criteria.q) if criteria.sort == "relevance" else qs.newest()
    elif criteria.sort == "relevance":
        rows = qs.window_rows(cap() + 1, recent_from=recent_from, rank_query=criteria.q)
        return Matches.from_rows(rows, cap())
    elif criteria.sort == "newest" and recent_from:
        return Matches.from_rows(qs.window_rows(cap() + 1, recent_from=recent_from), cap())
    else:
        qs = qs.in_date_order(criteria.sort)
    if criteria.sort != "relevance" and criteria.after:
        cursor = criteria.after
        rows = list(qs.after(cursor.published, cursor.id, criteria.sort, undated=False).values_list(*columns)[: cap() + 1])
        if len(rows) <= cap() and cursor.published is not None:
            # the dated matches ran out inside this window: the undated ones follow
            rows += qs.filter(published__isnull=True).values_list(*columns)[: cap() + 1 - len(rows)]
    else:
        rows = list(qs.values_list(*columns)[: cap() + 1])
    return Matches.from_rows(rows, cap())


@dataclass
class Page:
    """What the page query returns: the page's rows, and the facets' names and counts."""

    quotes: list[dict]  # display.CARD_FIELDS of each quote, in the order asked for
    topics: list[tuple[str, str, int]]  # (slug, name, statements in the window), most frequent first
    speakers: dict[int, tuple[str, str]]  # id: (slug, name) of the speaker facet's candidates
    suggestions: list[Actor] = field(default_factory=list)  # speakers whose names look like the words


def _page_query(ids: list[int], q: str | None = None, window_ids: list[int] | None = None,
                speaker_ids: list[int] | None = None, lookup: str | None = None):
    qs = Quote.objects.filter(pk__any=ids).order_by().with_topic_list()
    annotations = ["topic_list"]
    if q is not None:
        qs = qs.with_headline(q)
        annotations.append("headline")
    if window_ids is not None:
        counts = (QuoteTopic.objects.filter(quote_id__any=window_ids).order_by().values("topic_id")
                  .annotate(n=Count("id")).order_by("-n", "topic__name")[:FACET_TOPICS])
        qs = qs.annotate(facet_topics=JSONListSubquery(
            counts.values(json=JSONObject(slug="topic__slug", name="topic__name", n="n"))))
        annotations.append("facet_topics")
    if speaker_ids is not None:
        names = Actor.objects.filter(pk__any=speaker_ids).order_by().values(json=JSONObject(id="id", slug="slug", name="name"))
        qs = qs.annotate(facet_speakers=JSONListSubquery(names))
        annotations.append("facet_speakers")
    if lookup is not None:
        similar = Actor.objects.similar_to(lookup).values(
            json=JSONObject(id="id", slug="slug", name="name", similarity="similarity"))[:SUGGESTIONS]
        qs = qs.annotate(suggestions=JSONListSubquery(similar))
        annotations.append("suggestions")
    return qs.values(*display.CARD_FIELDS, *annotations)


_PAGE_QUERY = CompiledQuery(
    _page_query,
    samples={"ids": lambda n: [-n], "q": lambda n: f"\x1fstand-in {n}\x1f", "window_ids": lambda n: [-n],
             "speaker_ids": lambda n: [-n], "lookup": lambda n: f"\x1fname stand-in {n}\x1f"},
    json_columns=("topic_list", "facet_topics", "facet_speakers", "suggestions"),
)


# "Is the search a speaker's name?" on every search by words.  When the
# words match statements, the page query asks it too (the "suggestions"
# subquery); this query is for a search that matches nothing, where a
# name found becomes the search ("Lavrow").  Compiled once like the page
# query (statements.compiled) to save the ORM's work, though PostgreSQL
# still plans it for each name (pg_prepared_statements shows custom plans
# only).
_SPEAKER_LOOKUP = CompiledQuery(lambda name: Actor.objects.similar_to(name).values("id", "slug", "name")[:SUGGESTIONS],
                                samples={"name": lambda n: f"\x1fstand-in {n}\x1f"})


def page_quotes(ids: list[int], q: str, window_ids: list[int] = (), speaker_ids: Iterable[int] = (),
                lookup: str | None = None) -> Page:
    """The page's quotes (as display.CARD_FIELDS rows) in the order of ``ids``, the topic facet of
    ``window_ids``, the names of ``speaker_ids``, and the speakers whose names look like ``lookup``.

    One query: the facets are uncorrelated subqueries, which PostgreSQL runs
    once (InitPlans), not once per row.  Counting the window's topics there
    probes quotetopic_unique once per window row and sends back a dozen
    rows, where a topic-id array per window row had to be parsed in Python.
    The query's SQL is compiled once per shape (statements.compiled).
    """
    if not ids:
        return Page([], [], {})
    # the window's ids go as the array's text form: psycopg writes a list
    # parameter element by element in Python, a thousand of them per search
    window_ids = "{" + ",".join(map(str, window_ids)) + "}" if window_ids else None
    rows = _PAGE_QUERY.rows("page", ids=list(ids), q=q or None, window_ids=window_ids,
                            speaker_ids=list(speaker_ids) or None, lookup=lookup)
    by_id = {row["id"]: row for row in rows}
    quotes = [by_id[pk] for pk in ids if pk in by_id]
    for row in quotes:
        row["segments"] = highlight_segments(row["text"], row.get("headline"))
    if not quotes:
        return Page([], [], {})
    first = quotes[0]
    topics = sorted(((t["slug"], t["name"], t["n"]) for t in first.get("facet_topics") or []),
                    key=lambda row: (-row[2], row[1]))
    speakers = {a["id"]: (a["slug"], a["name"]) for a in first.get("facet_speakers") or []}
    # similar_to's order, kept here: an aggregate's order is not the subquery's by any promise
    similar = sorted(first.get("suggestions") or [], key=lambda a: (-a["similarity"], a["name"]))
    suggestions = [Actor(id=a["id"], slug=a["slug"], name=a["name"]) for a in similar]
    return Page(quotes, topics, speakers, suggestions)


def speaker_candidates(found: Matches, limit: int = FACET_SPEAKERS) -> Counter:
    """Statements per speaker for those who can be in the top ``limit``: ties at the edge are kept.

    The facet orders by count, then by name, so every speaker tied with the
    last place is a candidate until the names are known.
    """
    counts = Counter(found.speaker_ids)
    counts.pop(None, None)
    if len(counts) <= limit:
        return counts
    edge = sorted(counts.values(), reverse=True)[limit - 1]
    return Counter({speaker: n for speaker, n in counts.items() if n >= edge})


def run_search(criteria: Criteria, page: int, links: Links, *, fixed_speaker: bool = False,
               fixed_topic: Ref | None = None) -> Results:
    """Everything a results page shows, in at most five queries (see the module docstring)."""
    matches = window(criteria)
    suggestions: list[Actor] = []
    applied = None
    lookup = speaker_lookup_text(criteria.q)
    # "Is the search a name?" only for bare words: a search already narrowed
    # by other filters is not one, and skipping the trigram query keeps the
    # page within five queries with the page cache's version read.
    narrowed = criteria.speakers or criteria.topics or criteria.outlet or criteria.kind or criteria.date_after \
        or criteria.date_before or criteria.after
    looks_like_a_name = criteria.q and not narrowed and 3 <= len(lookup) <= 60 and len(lookup.split()) <= 4
    if looks_like_a_name and not matches:
        suggestions = [Actor(id=row["id"], slug=row["slug"], name=row["name"])
                       for row in _SPEAKER_LOOKUP.rows("lookup", name=lookup)]
        if suggestions:
            # "Lavrow" finds nothing as a word, but it is plainly a speaker.
            applied = suggestions[0]
            criteria = criteria.replace(q="", sort="newest", after=None,
                                        speakers=(Ref("speaker", applied.pk, applied.slug, applied.name),))
            matches = window(criteria)
            links = Links(links.path, links.params)
            links.params.pop("q", None)
            links.params.setlist("speaker", [applied.slug])

    size = page_size()
    num_pages = max(1, math.ceil(len(matches) / size))
    if page > num_pages:
        raise PageOutOfRange(page, num_pages, links.url(page=num_pages, keep_position=True))
    speakers = Counter() if fixed_speaker else speaker_candidates(matches)
    # with matches, the look-up rides in the page query: one round trip and no planning of its own
    found = page_quotes(matches.ids[(page - 1) * size : page * size], criteria.q, matches.ids, speakers,
                        lookup=lookup if looks_like_a_name and not applied else None)
    if looks_like_a_name and not applied and matches:
        suggestions = found.suggestions
    results = Results(criteria=criteria, window=matches, page=page, num_pages=num_pages, quotes=found.quotes,
                      speaker_suggestions=[] if applied else suggestions, applied_suggestion=applied)
    results.facets = facets(criteria, matches, found, speakers, links, fixed_speaker=fixed_speaker,
                            fixed_topic=fixed_topic)
    results.chips = chips(criteria, links, fixed_speaker=fixed_speaker, fixed_topic=fixed_topic)
    if not matches:
        results.loosen = loosen(criteria, links, fixed_speaker=fixed_speaker, fixed_topic=fixed_topic)
    paging(results, links)
    return results


def facets(criteria: Criteria, matches: Matches, found: Page, speakers: Counter, links: Links, *,
           fixed_speaker: bool, fixed_topic: Ref | None) -> dict:
    result: dict[str, list[FacetItem]] = {}
    if not fixed_speaker:
        active = {ref.slug for ref in criteria.speakers}
        named = sorted(((*found.speakers[i], n) for i, n in speakers.items() if i in found.speakers),
                       key=lambda row: (-row[2], row[1]))
        result["speakers"] = [
            FacetItem(name, n, links.removing("speaker", slug) if slug in active else links.adding("speaker", slug),
                      slug in active)
            for slug, name, n in named[:FACET_SPEAKERS]
        ]
    active_topics = {ref.slug for ref in criteria.topics}
    result["topics"] = [
        FacetItem(name, n, links.removing("topic", slug) if slug in active_topics else links.adding("topic", slug),
                  slug in active_topics)
        for slug, name, n in found.topics
        if not (fixed_topic and slug == fixed_topic.slug)
    ]
    years = Counter(day.year for day in matches.published if day)
    undated = matches.published.count(None)
    items = []
    for year, n in sorted(years.items(), reverse=True):
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        active = criteria.date_after == start and criteria.date_before == end
        url = links.url(date_after=None, date_before=None) if active else links.url(date_after=start.isoformat(),
                                                                                     date_before=end.isoformat())
        items.append(FacetItem(str(year), n, url, active))
    if undated:
        items.append(FacetItem("Date unknown", undated))
    result["years"] = items
    return result


def chips(criteria: Criteria, links: Links, *, fixed_speaker: bool, fixed_topic: Ref | None) -> list[Chip]:
    out = []
    if criteria.q:
        out.append(Chip(f"Words: {criteria.q}", links.url(q=None, sort=None)))
    if not fixed_speaker:
        out += [Chip(f"Speaker: {ref.name}", links.removing("speaker", ref.slug)) for ref in criteria.speakers]
    out += [Chip(f"Topic: {ref.name}", links.removing("topic", ref.slug)) for ref in criteria.topics if ref != fixed_topic]
    if criteria.outlet:
        out.append(Chip(f"Outlet: {criteria.outlet.name}", links.url(outlet=None)))
    if criteria.kind:
        out.append(Chip(f"Kind: {Quote.Kind(criteria.kind).label}", links.url(kind=None)))
    if criteria.date_after or criteria.date_before:
        label = f"{criteria.date_after.isoformat() if criteria.date_after else '…'} to " \
                f"{criteria.date_before.isoformat() if criteria.date_before else '…'}"
        out.append(Chip(f"Dates: {label}", links.url(date_after=None, date_before=None)))
    return out


def loosen(criteria: Criteria, links: Links, *, fixed_speaker: bool, fixed_topic: Ref | None) -> list[FacetItem]:
    """Ways out of an empty result, most specific first."""
    out = [FacetItem(f"Remove “{chip.label}”", 0, chip.remove_url) for chip in
           chips(criteria, links, fixed_speaker=fixed_speaker, fixed_topic=fixed_topic)]
    words = criteria.q.split()
    if '"' in criteria.q:
        out.append(FacetItem("Search the words without quotation marks", 0, links.url(q=criteria.q.replace('"', ""))))
    if len(words) > 1 and "OR" not in words:
        any_word = " OR ".join(w.strip('"') for w in words if not w.startswith("-"))
        out.append(FacetItem(f"Match any of the words: {any_word}", 0, links.url(q=any_word)))
    if len(out) > 1:
        out.append(FacetItem("Clear every filter", 0, links.path))
    return out


def paging(results: Results, links: Links) -> None:
    page, num_pages = results.page, results.num_pages
    shown = sorted({1, num_pages, *range(max(1, page - 2), min(num_pages, page + 2) + 1)})
    results.page_links = [FacetItem(str(n), n, links.url(page=n if n > 1 else None, keep_position=True), n == page)
                          for n in shown]
    if page > 1:
        results.prev_url = links.url(page=page - 1 if page > 2 else None, keep_position=True)
    if page < num_pages:
        results.next_url = links.url(page=page + 1, keep_position=True)
    elif results.more and results.criteria.sort != "relevance":
        results.next_url = links.url(after=str(Cursor(results.window.published[-1], results.window.ids[-1])))
    if results.criteria.after:
        results.first_window_url = links.url()


# Site-wide counts -----------------------------------------------------------

def speaker_counts() -> list[tuple[int, int]]:
    """(actor id, public statements), most quoted first; cached, see COUNTS_TTL."""
    def compute() -> list[tuple[int, int]]:
        rows = (Quote.objects.public().exclude(speaker=None).order_by().values_list("speaker_id")
                .annotate(n=Count("id")).order_by("-n", "speaker_id"))
        return [tuple(row) for row in rows]

    return cache.get_or_set("pages:speaker-counts", compute, COUNTS_TTL)


def topics_with_counts() -> list[tuple[Topic, int]]:
    """Every topic with its public statements, by name; cached, see COUNTS_TTL."""
    def compute() -> list[tuple[Topic, int]]:
        # Per topic, its links (an index-only scan of its part of
        # quotetopic_topic_pub_idx) minus the links of hidden quotes (few,
        # found through quote_state_idx): joining every link to its quote to
        # test the state took a second on 1M quotes.  One query with the topics.
        def links(**hidden):
            rows = QuoteTopic.objects.filter(topic=OuterRef("pk"), **hidden).order_by().values("topic")
            return Coalesce(Subquery(rows.annotate(n=Count("id")).values("n")), 0)

        topics = Topic.objects.annotate(n=links() - links(quote__state=Quote.State.HIDDEN)).order_by("name")
        return [(topic, topic.n) for topic in topics]

    return cache.get_or_set("pages:topics-with-counts", compute, COUNTS_TTL)


# Speaker timeline -----------------------------------------------------------

def svg_number(value: float) -> str:
    """A coordinate as SVG wants it: 12.5, 12 (not 12.0)."""
    return f"{value:g}"


@dataclass
class Bar:
    x: float
    y: float
    height: float
    label: str
    url: str
    # the bar's SVG, written by timeline() with the rest (see bars_svg)
    svg: str = ""


@dataclass
class Timeline:
    bars: list[Bar]
    years: list[tuple[float, int]]
    months: list[tuple[dt.date, int]]
    undated: int
    total: int
    width: float
    height: float = 122.0
    bar_width: float = 8.0
    baseline: float = 100.0
    peak: int = 0

    def __post_init__(self) -> None:
        self.svg_width, self.svg_height = svg_number(self.width), svg_number(self.height)
        self.svg_bar_width, self.svg_baseline = svg_number(self.bar_width), svg_number(self.baseline)
        self.month_rows = [(month_label(month), n) for month, n in self.months if n]
        self.year_labels = [(svg_number(x), year) for x, year in self.years]

    def bars_svg(self) -> SafeString:
        """The bars as SVG links; each bar's markup is written by timeline(), its URL escaped there.

        A template loop spent about 20 ms on the ~240 bars of a long career
        (ten variables each), and format_html about 7 ms (it escapes every
        number too).  timeline() escapes the part of the URLs the bars share
        once; the rest of each bar is numbers and month names it wrote.
        """
        return mark_safe("".join(bar.svg for bar in self.bars))  # escaped in timeline()

    def table_rows_html(self) -> SafeString:
        """The table twin of the bars, a row per month with statements: a template loop took ~3 ms for 240 months."""
        rows = [f"<tr><td>{escape(month)}</td><td>{int(n)}</td></tr>" for month, n in self.month_rows]
        if self.undated:
            rows.append(f"<tr><td>Date unknown</td><td>{int(self.undated)}</td></tr>")
        return mark_safe("".join(rows))  # the month labels escaped above, the counts are numbers


# calendar.month_name formats a date for every name it is asked for: read it once
MONTH_NAMES = tuple(calendar.month_name)


def month_label(month: dt.date) -> str:
    """'March 2024', as strftime's "%B %Y" writes it."""
    return f"{MONTH_NAMES[month.month]} {month.year}"


def timeline(rows: Iterable[dict], links: Links) -> Timeline:
    """Statements per month as SVG geometry: one bar a month from the first to the last, gaps included.

    A career of twenty years is 240 bars, so the loop works on (year, month)
    numbers and writes labels and dates itself: strftime and date arithmetic
    per bar were half of the speaker page's Python time outside rendering.
    """
    counts: dict[dt.date, int] = {}
    undated = 0
    for row in rows:
        if row["month"] is None:
            undated += row["n"]
        else:
            month = row["month"]
            month = month.date() if isinstance(month, dt.datetime) else month
            counts[month.replace(day=1)] = row["n"]
    total = undated + sum(counts.values())
    if not counts:
        return Timeline([], [], [], undated, total, width=300)
    first, last = min(counts), max(counts)
    months = []
    year, number = first.year, first.month
    while (year, number) <= (last.year, last.month):
        month = dt.date(year, number, 1)
        months.append((month, counts.get(month, 0)))
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    # A fixed drawing width: bars get thinner as the months grow in number.
    width, left, baseline = 720.0, 34.0, 100.0
    step = min(36.0, (width - left - 6) / len(months))
    bar_width = round(max(1.0, step * 0.72), 2)
    peak = max(counts.values())
    bars, years = [], []
    # every bar links to the same search narrowed to its month: build the rest of its URL once
    base = links.url(date_after=None, date_before=None)
    base += "&" if "?" in base else "?"
    html_base = escape(base)
    svg_bar_width, svg_baseline = svg_number(bar_width), svg_number(baseline)
    for i, (month, n) in enumerate(months):
        x = round(left + i * step, 2)
        height = round(92 * n / peak, 2) if n else 0
        # month names, digits and a colon: nothing to escape
        label = f"{month_label(month)}: {n} statement{'s' if n != 1 else ''}"
        first_day = month.isoformat()
        last_day = f"{first_day[:8]}{calendar.monthrange(month.year, month.month)[1]:02d}"
        url = f"{base}date_after={first_day}&date_before={last_day}"
        svg_x = svg_number(x)
        solid = (f'<rect x="{svg_x}" y="{svg_number(baseline - height)}" width="{svg_bar_width}" '
                 f'height="{svg_number(height)}" class="bar"/>' if height else "")
        svg = (f'<a href="{html_base}date_after={first_day}&amp;date_before={last_day}" aria-label="{label}">'
               f'<title>{label}</title><rect x="{svg_x}" y="0" width="{svg_bar_width}" height="{svg_baseline}" '
               f'class="hit"/>{solid}</a>')
        bars.append(Bar(x, baseline - height, height, label, url, svg))
        if month.month == 1 or i == 0:
            years.append((x, month.year))
    return Timeline(bars, years, months, undated, total, width=width, bar_width=bar_width, baseline=baseline, peak=peak)


# Compare ---------------------------------------------------------------------

PER_SPEAKER = 60


def top_speakers_on(topic_id: int, limit: int = 12) -> list[Actor]:
    """Who speaks most on a topic, among its newest ARCHIVE_SEARCH_CAP statements."""
    recent = Quote.objects.public().with_topics([topic_id]).newest().values("pk")[: cap()]
    return list(Actor.objects.filter(quotes__pk__in=recent).annotate(n=Count("quotes")).order_by("-n", "name")[:limit])


@dataclass
class CompareRow:
    label: str
    cells: list[list[Quote]]


def compare(topic: Ref, speakers: list[Ref]) -> list[CompareRow]:
    """Each speaker's latest PER_SPEAKER statements on the topic, in month rows, oldest first."""
    if not speakers:
        return []
    order = [F("published").desc(nulls_last=True), F("id").desc()]
    quotes = list(
        Quote.objects.public().with_topics([topic.id]).by_speaker(ref.id for ref in speakers)
        .for_rows()
        .annotate(nth=Window(RowNumber(), partition_by=F("speaker_id"), order_by=order))
        .filter(nth__lte=PER_SPEAKER)
    )
    column = {ref.id: i for i, ref in enumerate(speakers)}
    months: dict[dt.date | None, list[list[Quote]]] = {}
    for quote in sorted(quotes, key=lambda q: (q.published is None, q.published or dt.date.min, q.pk)):
        key = quote.published.replace(day=1) if quote.published else None
        quote.segments = [(quote.text, False)]
        months.setdefault(key, [[] for _ in speakers])[column[quote.speaker_id]].append(quote)
    return [CompareRow(f"{key:%B %Y}" if key else "Date unknown", cells) for key, cells in months.items()]
