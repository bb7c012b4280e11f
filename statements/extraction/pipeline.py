"""The extraction pipeline: bytes in, a DocumentRecord out.

decode -> segment into articles -> find quotations -> interview turns ->
attribute each quotation -> topics. One ActorRegistry per document, so a
person is one actor across its articles, and nothing is kept between
documents.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from .actors import (
    NEWS_AGENCIES,
    ROLE_WORDS,
    ActorRegistry,
    Gazetteer,
    find_mentions,
    name_key,
    plausible_person,
    title_case_capital_names,
)
from .attribution import ArticleContext, Attribution, attribute
from .decode import decode_bytes
from .quotes import QuoteSpan, find_quotes
from .records import (
    ActorKind,
    ActorRecord,
    ArticleKind,
    ArticleRecord,
    DocumentRecord,
    QuoteKind,
    QuoteRecord,
)
from .segment import ArticleDraft, segment
from .topics import TopicRule, assign_topics

# "Anna Berrow: ...", "MS BERROW: ...", "Question (Ostrava Herald): ...".
# "Mr Rupert Vale (Coldwater) (Opposition): ...": up to two asides in brackets.
# "The Minister for Foreign Affairs (Mr Tevita Hollis-Nkosi): ...": an office
# may join its words with "of", "for", "the" or "and".
# "[00:12:31] HOST: ...": a podcast's or a programme's timestamp may open a
# turn; "CLIP — NAME: ..." marks a recording played on air, the named
# person's words.
_TURN = re.compile(r"^(?:[\[(]\d{1,2}(?::\d\d){1,2}[\])]\s*)?(?:(?:CLIP|SOUNDBITE|AUDIO|ARCHIVE)\s*[—–:-]\s*)?"
                   r"(?P<label>(?:[A-Z][\w.’'-]*)(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\w.’'-]*){0,5})"
                   r"(?P<aside>(?:\s*\([^()]{1,40}\)){0,2})\s*:\s+(?=\S)")
# The chair of a sitting or hearing, who gives the floor and keeps order.
_CHAIR = re.compile(r"(?:the |mr\.? |madam |madame )?(?:deputy |assistant )?"
                   r"(?:speaker|chair|chairman|chairwoman|chairperson|presiding officer)"
                   # "Chairman Olsen-Baird", "Chair Lisa Moreau": the chair by name
                   r"(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}", re.I)
# Many members at once: "Honourable members: Hear, hear!"
_CHORUS_WORDS = r"(?:some |several |opposition |government |an? )?(?:(?:hon\.?|honourable|honorable) )?members?"
_CHORUS = re.compile(_CHORUS_WORDS, re.I)
_CHORUS_TURN = re.compile(r"^(?=(?-i:[A-Z]))(?P<label>" + _CHORUS_WORDS + r")(?P<aside>)\s*:\s+(?=\S)", re.I)
_QUESTION_LABELS = {"question", "q", "interviewer", "journalist", "host", "moderator", "reporter", "correspondent", "presenter", "anchor"}
_ANSWER_LABELS = {"answer", "a"}
# Header fields naming the one who answers under that label in the turns.
_NAMED_HEADERS = {"witness", "interviewee"}
_NOT_LABELS = {"photo", "source", "note", "update", "related", "watch", "read", "video", "image", "editor's note", "tags", "warning",
               # header fields of a transcript or a wire message
               "guest", "guests", "broadcast", "aired", "date", "time", "location", "venue", "subject", "from", "to", "cc",
               "dateline", "participants", "topic", "published", "updated", "posted", "filed", "by", "credit", "caption",
               "contact", "email", "tel", "phone", "follow", "share", "keywords", "category", "section", "programme",
               "program", "producer", "transcript", "read more", "more", "see also", "also read"}
_FUNCTION_WORDS = frozenset(
    "to with of in on at for from by about against over under into onto and or but as than that which who "
    "if when while after before since because so the a an is are was were be been".split()
)


_NOTICE = re.compile(
    r"(?:correction|clarification|editor['’]s\s+note)\b[^:\n]{0,40}:|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece)",
    re.I,
)
_STAGE_WORDS = (r"[(\[](?:laugh(?:s|ter|ing)?|applause|inaudible|crosstalk|pauses?|sighs?|chuckles?|smiles?|"
                r"off[ -]mic(?:rophone)?|audio\s+(?:gap|drops?))[.!]?[)\]]")
_STAGE_NOTE = re.compile(r"\s*" + _STAGE_WORDS + r"\s*", re.I)
_STAGE_NOTE_AT_END = re.compile(r"\s*" + _STAGE_WORDS + r"\s*$", re.I)
_OPENS_SENTENCE = re.compile(r"[\[(…]*[A-Z0-9]")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _offsets(paragraphs: list[str]) -> tuple[str, list[tuple[int, int]]]:
    spans = []
    pos = 0
    for para in paragraphs:
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    return "\n\n".join(paragraphs), spans


_MEDIA_LABEL_WORDS = frozenset(
    "news times post journal herald gazette tribune telegraph radio tv television agency press daily channel network "
    "wire broadcasting broadcaster media magazine weekly review".split()
)


def _asks(label: str) -> bool:
    """A question turn: "Question", "Q", or a news outlet ("Alpine Wire: ...",
    "AFP: ...") at a briefing where reporters are named by their outlet."""
    low = label.lower()
    if low in _QUESTION_LABELS:
        return True
    words = low.split()
    return low in NEWS_AGENCIES or low in {"afp", "ap", "bloomberg", "reuters"} or any(w in _MEDIA_LABEL_WORDS for w in words)


def _turns(body: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, str, int]], set[int], dict[int, str], set[str], dict[str, str]]:
    """(paragraph index, label, offset where the turn's text starts), and
    which of the turns are a reporter's, named by an outlet in brackets
    ("Lena Marsh (Kessany Daily): ..."), the asides in brackets by turn,
    the surnames of those a header names as asking ("Host: Femi Adeyinka"),
    and who a header names for a label that answers ("Witness: Karin Vale")."""
    turns = []
    by_outlet = set()
    asides: dict[int, str] = {}
    hosts: set[str] = set()
    initials: dict[str, str] = {}
    named_by: dict[str, str] = {}
    for i, (s, e) in enumerate(spans):
        # (A turn's label ends in a colon: most paragraphs have none.)
        m = (_TURN.match(body[s:e]) or _CHORUS_TURN.match(body[s:e])) if body.find(":", s, e) >= 0 else None
        if m and not turns and not _ENDS_SENTENCE.search(body, s + m.end(), e) and (
                e - s - m.end() <= 60 or m.group("label").lower() in _NAMED_HEADERS and e - s - m.end() <= 200):
            # Before the first turn that says something, "Host: Femi
            # Adeyinka" or "Foreign Affairs: Strait of Kell" is a header
            # field, not a turn; a host or moderator named there asks.
            label = m.group("label").lower()
            if label in _NAMED_HEADERS:
                # "Witness: Karin Vale, Director for ...": later "Witness:"
                # turns are hers.
                named_by[label] = body[s + m.end():e]
            elif label in _QUESTION_LABELS:
                named = body[s + m.end():e].split(",")[0].split()
                if named:
                    hosts.add(name_key(named[-1]))
            elif label.endswith("s") and label[:-1] in _QUESTION_LABELS:
                # "Presenters: Maren Dahl and Piet Okonjo-Rau": each asks.
                for one in re.split(r"\s*(?:,|;|&|\band\b)\s*", body[s + m.end():e]):
                    named = one.split()
                    if named and named[-1][:1].isupper():
                        hosts.add(name_key(named[-1]))
            continue
        # ("TO:" is a header field, unless initials "(TO)" were given for it.)
        if m and (m.group("label").lower() not in _NOT_LABELS or m.group("label") in initials):
            aside = m.group("aside").strip(" ()").lower()
            # (An office in brackets is no outlet: "(Minister for Post and Telecoms)".)
            if aside and any(_asks(part.strip()) and not ROLE_WORDS.intersection(part.split())
                             for part in re.split(r"[(),]+", aside) if part.strip()):
                by_outlet.add(len(turns))
            if aside:
                asides[len(turns)] = m.group("aside").strip()
                # "Sergei Lavin (SL): ..." then "SL: ...": the initials in
                # brackets after a first full label stand for that label.
                short = _INITIALS.fullmatch(asides[len(turns)])
                if short and short.group(1) == "".join(w[0] for w in m.group("label").split() if w[0].isupper()):
                    initials[short.group(1)] = m.group("label")
            turns.append((i, m.group("label"), s + m.end()))
    if initials:
        turns = [(i, initials.get(label, label), start) for i, label, start in turns]
    return turns, by_outlet, asides, hosts, named_by


_INITIALS = re.compile(r"\(([A-Z]{2,4})\)")


def _office_labels(labels: set[str]) -> dict[str, str]:
    """"Spokesperson:" after "Spokesperson Oriana Velikaya-Strand:": a bare
    office is the one fuller label that starts with it."""
    same = {}
    for label in labels:
        words = label.lower().split()
        if not all(w.rstrip(".") in ROLE_WORDS or w == "the" for w in words):
            continue
        fuller = [o for o in labels if o.lower().startswith(label.lower() + " ")]
        if len(fuller) == 1:
            same[label] = fuller[0]
    return same


def _office_holder(label: str, aside: str, registry: ActorRegistry) -> ActorRecord | None:
    """"The Prime Minister (Alasdair Venn-Kuti): ...": an office as the
    label, its holder named in brackets."""
    words = [w.lower().rstrip(".") for w in label.split()]
    if not any(w in ROLE_WORDS for w in words) or not all(w in ROLE_WORDS or w in {"the", "of", "for", "and"} for w in words):
        return None
    for part in re.findall(r"\(([^()]+)\)", aside):
        mentions = find_mentions(part.strip())
        if len(mentions) == 1 and mentions[0].kind == ActorKind.PERSON and mentions[0].tokens >= 2:
            m = mentions[0]
            return registry.person(m.name, m.role or label.removeprefix("The ").removeprefix("the "), m.affiliation, alias=m.name)
    return None


# "I now give the floor to the representative of Veska.": who gives the
# floor presides, whatever the label ("The President:" at the United Nations).
_GIVES_FLOOR = re.compile(r"\b(?:give|gives|giving)\s+the\s+floor\b|\bI\s+(?:now\s+)?call\s+(?:on|upon)\b", re.I)


def _presiding(body: str, spans: list[tuple[int, int]], turns: list[tuple[int, str, int]]) -> set[str]:
    """The labels whose turns give the floor twice or more."""
    gives: dict[str, int] = {}
    for n, (_, label, start) in enumerate(turns):
        stop = spans[turns[n + 1][0] - 1][1] if n + 1 < len(turns) else spans[-1][1]
        if _GIVES_FLOOR.search(body, start, stop):
            gives[label] = gives.get(label, 0) + 1
    return {label for label, count in gives.items() if count >= 2}


def _header_person(text: str, registry: ActorRegistry) -> ActorRecord | None:
    """The person a header field names first ("Karin Vale, Director ...")."""
    for m in find_mentions(text):
        if m.kind == ActorKind.PERSON and m.tokens >= 2:
            return registry.person(m.name, m.role, m.affiliation, alias=m.name)
    return None


def _sitting_askers(body: str, spans: list[tuple[int, int]], turns: list[tuple[int, str, int]]) -> set[str]:
    """At a sitting with a chair (question time, a hearing), the members
    whose every turn ends in a question mark are asking, not answering."""
    ends: dict[str, list[bool]] = {}
    for n, (_, label, start) in enumerate(turns):
        stop = spans[turns[n + 1][0] - 1][1] if n + 1 < len(turns) else spans[-1][1]
        ends.setdefault(label, []).append(body[start:stop].rstrip().endswith("?"))
    return {label for label, asked in ends.items() if all(asked)}


_BYLINE_BEFORE = re.compile(r"\b(?:by|reporting|editing)\s*:?\s*$", re.I)


def _interviewee(label: str, draft: ArticleDraft, body: str, registry: ActorRegistry) -> ActorRecord | None:
    heading = (draft.title or "") + "\n" + body[:600]
    # People named in the heading, not the reporter of a byline ("Interview by X").
    named = [m for m in find_mentions(heading) if m.kind == ActorKind.PERSON and m.tokens >= 2
             and not (not m.role and _BYLINE_BEFORE.search(heading, max(0, m.start - 16), m.start))]
    if label.lower() not in _ANSWER_LABELS:
        # "BERROW", "MINISTER VOSS", "SPOKESPERSON ADELINE KORR": a title may
        # come first, capitals are a transcript's habit.
        words = (label.title() if label.isupper() else label).split()
        while len(words) > 1 and (words[0].lower().rstrip(".") in ROLE_WORDS or words[0].lower() == "the"):
            words.pop(0)
        surname = name_key(words[-1])
        for m in named:
            if name_key(m.name.split()[-1]) == surname:
                return registry.person(m.name, m.role, m.affiliation, alias=m.name)
        known = registry.by_surname(words[-1])
        if known is not None:
            return known
        if plausible_person(" ".join(words)):
            mentions = find_mentions(" ".join(words))
            if mentions and mentions[-1].kind == ActorKind.PERSON:
                m = mentions[-1]
                return registry.person(m.name, m.role, m.affiliation, alias=m.name)
    # "Q:"/"A:" turns: the interviewee is named in the heading.
    for m in named:
        return registry.person(m.name, m.role, m.affiliation, alias=m.name)
    return None


# "23:41 | Lidiya Sorokova, Dervan Foreign Ministry spokeswoman (Telegram)":
# the line over a post in a compilation of posts; the time is optional.
_POST_HEADER = re.compile(
    r"(?:\d{1,2}[:.h]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[|·•—–-]\s*)?(?P<account>[A-Z][^|()\n]{2,80}?)\s*"
    r"\((?:on\s+)?(?:Telegram|X|Twitter|Facebook|Instagram|Threads|Bluesky|VK|Weibo|Truth Social|Mastodon|YouTube|LinkedIn)\)\s*:?\s*$"
)


def _posts(body: str, spans: list[tuple[int, int]], ctx: ArticleContext) -> list[tuple[int, int, ActorRecord | None]]:
    """The posts of a compilation: each paragraph under a line naming the
    account and the platform in brackets is that account's statement,
    though it is not in quotation marks. Two such lines at least, so a
    stray bracket does not make a post of a reporter's paragraph."""
    headers = [(i, m) for i, (s, e) in enumerate(spans)
               if e - s <= 120 and body[e - 1:e] in "):" and (m := _POST_HEADER.match(body, s, e))]
    if len(headers) < 2:
        return []
    starts = {i for i, _ in headers}
    posts = []
    for i, m in headers:
        if i + 1 >= len(spans) or i + 1 in starts:
            continue
        # (The account up to a comma: "Lidiya Sorokova, ... spokeswoman".)
        a, b = m.span("account")
        comma = body.find(",", a, b)
        speaker, _, _ = ctx.resolve_np(a, comma if comma >= 0 else b, documents=False)
        if speaker is not None:
            posts.append((spans[i + 1][0], spans[i + 1][1], speaker))
    return posts


def _scare_quote(body: str, q: QuoteSpan) -> bool:
    """An adjective in quotation marks: an "interesting" remark."""
    text = body[q.start:q.end]
    if len(text.split()) > 2:
        return False
    before = body[max(0, q.open_mark - 4):q.open_mark].lower()
    after = re.match(r"\s+([a-z]+)", body[q.outer_end:q.outer_end + 30])
    return bool(re.search(r"\ban? $", before)) and bool(after) and after.group(1) not in _FUNCTION_WORDS


# Words that introduce a name, not speech: the so-called "peace corridor",
# the operation "Northern Light", a book titled "Winter Roads".
_NAMING = re.compile(
    r"(?:so-called|so\s+called|dubbed|known\s+as|nicknamed|named|titled|entitled|code-?named|called\s+it\s+the|"
    r"operation|book|film|movie|novel|song|album|documentary|programme|program|series|show|slogan|hashtag|"
    r"newspaper|magazine|headline|the\s+(?:term|word|phrase|motto|slogan))\s*$",
    re.I,
)


def _is_name_in_quotes(body: str, q: QuoteSpan) -> bool:
    """A quoted title, nickname or term rather than words someone spoke."""
    before = body[max(0, q.open_mark - 30):q.open_mark]
    if _NAMING.search(before):
        return True
    words = body[q.start:q.end].strip(" ,.").split()
    # "Northern Light", "Winter Roads": a short run of capitalised words.
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"[.!?,]", body[q.start:q.end])


_UNNAMED_OPENERS = frozenset("my our a an one his her their".split())
_INNER_OPEN = re.compile("[‘“«„\"']")


def _nested_quotes(body: str, q: QuoteSpan, outer: QuoteRecord, registry: ActorRegistry) -> list[QuoteRecord]:
    """A speaker's quote that itself quotes a named person ("He told me:
    ‘We ask for a fair price.’"): the inner words are that person's, as the
    speaker reports them."""
    text = body[q.start:q.end]
    if outer.speaker is None or not _INNER_OPEN.search(text):
        return []
    inner = [iq for iq in find_quotes(text, [(0, len(text))]) if iq.closed and len(text[iq.start:iq.end].split()) >= 3]
    if not inner:
        return []
    sub = ArticleContext(text, [(0, len(text))], inner, registry)
    found = []
    for iq in inner:
        att, _ = attribute(sub, iq)
        if att is None or att.speaker is None or att.speaker is outer.speaker:
            continue
        # A named person, or someone the speaker describes without a name
        # and without "the" ("My first ambassador once told me, ‘...’"; not
        # "the minister said", an office someone in the story may hold).
        if not (att.speaker.kind == ActorKind.PERSON and len(att.speaker.name.split()) >= 2
                or att.speaker.kind == ActorKind.UNNAMED and att.explicit
                and att.speaker.name.split()[0].lower() in _UNNAMED_OPENERS):
            continue
        found.append(_record(body, q.start + iq.start, q.start + iq.end, att.speaker, QuoteKind.DIRECT, att.cue,
                             att.confidence * 0.9, via=outer.speaker))
    return found


def _quote_kind(body: str, q: QuoteSpan, has_other: bool) -> str:
    text = body[q.start:q.end].strip()
    starts_sentence = bool(_OPENS_SENTENCE.match(text))
    if starts_sentence and (len(text.split()) >= 4 or text.rstrip(",”’\"").endswith((".", "?", "!"))):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL if has_other else QuoteKind.DIRECT


def _record(body: str, start: int, end: int, speaker: ActorRecord | None, kind: str, cue: str, confidence: float, via: ActorRecord | None = None) -> QuoteRecord:
    while end > start and body[end - 1].isspace():
        end -= 1
    while start < end and body[start].isspace():
        start += 1  # "« Nous ne céderons pas »": French spacing inside the marks
    return QuoteRecord(text=body[start:end], speaker=speaker, via=via, kind=kind, start=start, end=end, cue=cue, confidence=round(confidence, 2))


def build_article(draft: ArticleDraft, position: int, registry: ActorRegistry, topics: Sequence[TopicRule]) -> ArticleRecord:
    body, spans = _offsets(draft.paragraphs)
    quotes = find_quotes(body, spans)
    # (Names in capitals are read in ordinary case; the stored body keeps them.)
    ctx = ArticleContext(title_case_capital_names(body), spans, quotes, registry)
    article = ArticleRecord(
        title=draft.title, body=body, published=draft.published, date_precision=draft.date_precision,
        url=draft.url, outlet=draft.outlet, outlet_domain=draft.outlet_domain, position=position,
    )

    # Interview turns.
    turns, by_outlet, asides, hosts, named_by = _turns(body, spans)
    labels = [t[1].lower() for t in turns]
    presiding = _presiding(body, spans, turns)
    chaired = bool(presiding) or any(_CHAIR.fullmatch(t[1]) for t in turns)
    askers = _sitting_askers(body, spans, turns) if chaired else set()
    if not chaired and len(set(labels)) == 2:
        # Two voices, neither labelled as asking ("TO:", "VH:"): the one
        # whose every turn is a question asks, if only one of them is.
        two = _sitting_askers(body, spans, turns)
        askers = two if len(two) == 1 else set()
    asking = {n for n, t in enumerate(turns) if n in by_outlet or _asks(t[1]) or t[1] in askers
              or _CHAIR.fullmatch(t[1]) or t[1] in presiding or _CHORUS.fullmatch(t[1]) or hosts and name_key(t[1].split()[-1]) in hosts}
    questions = [t for n, t in enumerate(turns) if n in asking]
    answers = [t for n, t in enumerate(turns) if n not in asking]
    answer_ranges: list[tuple[int, int, ActorRecord | None]] = []
    question_ranges: list[tuple[int, int]] = []
    speakers = {t[1].lower() for t in answers if t[1].lower() not in _ANSWER_LABELS}
    if len(questions) >= 2 and len(answers) >= 2 and len(set(labels)) <= 4 or (
            len(questions) >= 1 and len(answers) >= 3 and 2 <= len(speakers) <= 6) or (
            chaired and len(questions) >= 2 and len(answers) >= 2 and 1 <= len(speakers) <= 6):
        # Several named speakers taking turns: a briefing or press conference.
        article.kind = ArticleKind.TRANSCRIPT if len(speakers) >= 2 or chaired else ArticleKind.INTERVIEW
        by_label: dict[str, ActorRecord | None] = {}
        same = _office_labels({t[1] for t in answers})
        for n, (p_index, label, text_start) in enumerate(turns):
            next_para = turns[n + 1][0] if n + 1 < len(turns) else len(spans)
            end = spans[next_para - 1][1]
            if n in asking:
                question_ranges.append((spans[p_index][0], end))
                continue
            label = same.get(label, label)
            if label not in by_label:
                holder = _office_holder(label, asides[n], registry) if n in asides else None
                if holder is None and label.lower() in named_by:
                    holder = _header_person(named_by[label.lower()], registry)
                by_label[label] = holder or _interviewee(label, draft, body, registry)
            # "(Laughter.) I see you have done your homework.": the
            # transcript's note of the room is not part of the answer.
            lead = _STAGE_NOTE.match(body, text_start, end)
            if lead is not None:
                text_start = lead.end()
            tail = _STAGE_NOTE_AT_END.search(body, text_start, end)
            if tail is not None:
                end = tail.start()
            if text_start < end:  # (not a turn that is only "(Laughter.)")
                answer_ranges.append((text_start, end, by_label[label]))

    posts = _posts(body, spans, ctx) if not answer_ranges else []
    answer_ranges.extend(posts)
    post_starts = {p[0] for p in posts}

    def enclosing(pos: int) -> tuple[int, int, ActorRecord | None] | None:
        for a in answer_ranges:
            if a[0] <= pos < a[1]:
                return a
        return None

    records: list[QuoteRecord] = []
    for start, end, speaker in answer_ranges:
        if start in post_starts:
            records.append(_record(body, start, end, speaker, QuoteKind.DIRECT, "post", 0.85))
        else:
            records.append(_record(body, start, end, speaker, QuoteKind.ANSWER, "answer", 0.95))
        if speaker is not None:
            ctx.add_event(start, speaker)

    previous: tuple[QuoteSpan, QuoteRecord] | None = None
    answerers = {id(a[2]) for a in answer_ranges if a[2] is not None}
    # A correction notice repeats remarks to say who made them, or quotes
    # words to say they were never said: it makes no statement of its own.
    notices = [(a, b) for a, b in spans if _NOTICE.match(body, a, b)]
    if notices:
        quotes = [q for q in quotes if not any(a <= q.open_mark < b for a, b in notices)]
    translations = _translations(body, spans, quotes)
    by_original: dict[int, Attribution | None] = {}
    for n, q in enumerate(quotes):
        in_question = any(a <= q.open_mark < b for a, b in question_ranges)
        if in_question and not re.search(r"\b(?:said|says|wrote|told|quote)\b", body[max(0, q.open_mark - 80):q.open_mark]):
            continue
        answer = enclosing(q.open_mark)
        att, has_other = attribute(ctx, q)
        if n in translations:
            # A quote and its translation are one statement: the speaker
            # named in the page's own language wins, for both.
            translated, _ = attribute(ctx, quotes[translations[n]])
            if translated is not None and translated.speaker is not None:
                att = translated
            by_original[translations[n]] = att
        elif n in by_original and (att is None or att.speaker is None):
            att = by_original[n]
        if in_question:
            # "President Darrow said, and I quote, “...”": a quotation the
            # interviewer reads out is its speaker's, never the interviewee's.
            # (An unnamed official's too: "the ambassador told us your
            # coastguard “escalated first”" is not the witness's.)
            if (att is not None and att.speaker is not None and att.speaker.kind in (ActorKind.PERSON, ActorKind.UNNAMED)
                    and id(att.speaker) not in answerers and len(body[q.start:q.end].split()) >= 2):
                records.append(_record(body, q.start, q.end, att.speaker, _quote_kind(body, q, has_other), att.cue, att.confidence * 0.9))
            continue
        text = body[q.start:q.end]
        words = len(text.split())
        kind = _quote_kind(body, q, has_other)
        if answer is not None:
            # Inside an answer only quotes of someone else are separate
            # statements; the interviewee's own words are the answer.
            interviewee = answer[2]
            if (att is None or att.speaker is None or att.speaker is interviewee
                    or att.speaker.kind != ActorKind.PERSON or len(att.speaker.name.split()) < 2 and not att.speaker.role
                    or words < 2):
                continue
            rec = _record(body, q.start, q.end, att.speaker, kind, att.cue, att.confidence, via=interviewee)
            ctx.add_event(att.position, att.speaker)
            records.append(rec)
            previous = (q, rec)
            continue
        if att is not None and att.speaker is None and _GOES_ON.search(body, max(0, q.open_mark - 30), q.open_mark):
            att = None  # "It continues:": a document or speaker quoted just before
        if att is None:
            carried = _carry(ctx, body, q, previous, kind)
            if carried is None:
                if kind == QuoteKind.DIRECT and words >= 8 and not has_other:
                    rec = _record(body, q.start, q.end, None, kind, "", 0.3)
                    records.append(rec)
                    previous = (q, rec)
                continue
            speaker, confidence = carried
            rec = _record(body, q.start, q.end, speaker, kind, "continued", confidence)
        else:
            if kind == QuoteKind.PARTIAL and (_scare_quote(body, q) or _is_name_in_quotes(body, q)):
                continue
            confidence = att.confidence
            if words <= 2:
                confidence *= 0.8
            rec = _record(body, q.start, q.end, att.speaker, kind, att.cue, confidence)
            if att.speaker is not None:
                ctx.add_event(att.position, att.speaker)
        records.append(rec)
        records.extend(_nested_quotes(body, q, rec, registry))
        previous = (q, rec)

    records.sort(key=lambda r: r.start)
    _name_repeated_quotes(records)
    _name_described_speakers(records, ctx)
    context = (draft.title or "")
    # The paragraph holding each quote: spans are sorted and apart, so the
    # last one starting at or before the quote is the only one that may.
    para_starts = [s for s, _ in spans]
    for rec in records:
        k = bisect.bisect_right(para_starts, rec.start) - 1
        para = body[spans[k][0]:spans[k][1]] if k >= 0 and rec.start <= spans[k][1] else ""
        rec.topics = assign_topics(rec.text, topics, context=context + "\n" + para)
    article.quotes = records
    return article


def _translations(body: str, spans: list[tuple[int, int]], quotes: list[QuoteSpan]) -> dict[int, int]:
    """Quotes followed by their translation in brackets, inline ("« Ce n'est
    pas une guerre » ("This is not a war"), she said") or in a paragraph in
    brackets of its own after the original's ("(She added: “We will not
    give in.”)"): the index of each original and of its translation."""
    pairs: dict[int, int] = {}
    starts: list[int] = []
    for n in range(len(quotes) - 1):
        first, second = quotes[n], quotes[n + 1]
        if not first.closed:
            continue
        if body[second.open_mark - 1] == "(" and _INLINE_TRANSLATION.fullmatch(body, first.outer_end, second.open_mark):
            pairs[n] = n + 1
            continue
        # (Paragraphs are joined by blank lines: the one holding the second
        # quote must open with a bracket, which few do.)
        if body[body.rfind("\n\n", 0, second.open_mark) + 2] != "(":
            continue
        starts = starts or [s for s, _ in spans]
        k = bisect.bisect_right(starts, first.open_mark) - 1
        if k + 1 >= len(spans):
            continue
        nxt_start, nxt_end = spans[k + 1]
        if (nxt_start < second.open_mark < nxt_end and body[nxt_end - 1] == ")"
                and not _DOUBLE_MARK.search(body, first.outer_end, spans[k][1])):
            pairs[n] = n + 1
    return pairs


_INLINE_TRANSLATION = re.compile(r"\s*,?\s*\(")
_DOUBLE_MARK = re.compile("[“«„\"]")


_WORDS = re.compile(r"\w+")


def _name_repeated_quotes(records: list[QuoteRecord]) -> None:
    """A quote given to no one or to an unnamed source ("as one of them put
    it, “...”") whose words come again, later in the article, from a named
    speaker is that speaker's: the lead teased what the body attributes.
    ``records`` are in text order."""
    vague = [n for n, r in enumerate(records) if r.speaker is None or r.speaker.kind == ActorKind.UNNAMED]
    if not vague:
        return
    for n in vague:
        words = _WORDS.findall(records[n].text.lower())
        if len(words) < 4:
            continue  # "a good start": short phrases recur without being one remark
        size = len(records[n].text)
        for other in records[n + 1:]:
            # (Texts of about the same length first: few are.)
            if (other.speaker is not None and other.speaker.kind != ActorKind.UNNAMED and abs(len(other.text) - size) <= 8
                    and _WORDS.findall(other.text.lower()) == words):
                records[n].speaker = other.speaker
                break


# "Veldan's chief trade negotiator", "the chief negotiator": an office
# standing for a person the article has not named yet.
_OFFICE_ONLY = re.compile(r"(?:(?P<aff>[A-Z][\w-]*)['’]s|[Tt]he)\s+(?P<role>[a-z][a-z -]{2,60})")


def _name_described_speakers(records: list[QuoteRecord], ctx: ArticleContext) -> None:
    """A quote given to an office the article only names later ("...,"
    Veldan's chief trade negotiator said" in the lead, "Veldan's chief trade
    negotiator, Mirela Hastvik, said" further down) is the holder's, when
    exactly one person named in the article holds that office."""
    vague = [r for r in records if r.speaker is not None and r.speaker.kind == ActorKind.UNNAMED]
    if not vague:
        return
    persons = [a for a in ctx.named_persons() if a.kind == ActorKind.PERSON and a.role]
    for rec in vague:
        m = _OFFICE_ONLY.fullmatch(rec.speaker.name)
        if m is None:
            continue
        role, aff = m.group("role").lower(), m.group("aff")
        holders = [a for a in persons if a.role.lower() == role and (aff is None or a.affiliation == aff)]
        if len(holders) == 1:
            rec.speaker = holders[0]


# "It goes on:", "The letter continues:", "He went on:" opening a paragraph.
_GOES_ON = re.compile(r"(?:It|He|She|They|(?:The|This)\s+[a-z]+)\s+(?:(?:goes|went)\s+on|continues|continued)\s*:\s*")


def _carry(ctx: ArticleContext, body: str, q: QuoteSpan, previous: tuple[QuoteSpan, QuoteRecord] | None, kind: str) -> tuple[ActorRecord, float] | None:
    """The speaker of an uncued quote continuing the previous one."""
    if previous is None or previous[1].speaker is None:
        return None
    prev_q, prev_rec = previous
    same_para = ctx.paragraph_index(prev_q.open_mark) == ctx.paragraph_index(q.open_mark)
    if same_para:
        # "“...,” he said. “...”" and "“...,” Sellis noted, “...”"
        between = body[prev_q.outer_end:q.open_mark]
        if kind == QuoteKind.DIRECT or re.fullmatch(r"[^.!?]*", between):
            return prev_rec.speaker, prev_rec.confidence * 0.9
        return None
    p_index = ctx.paragraph_index(q.open_mark)
    para_start, para_end = ctx.paragraphs[p_index]
    text = body[q.start:q.end].strip()
    if (q.open_mark == para_start and not body[q.outer_end:para_end].strip(" .") and len(text.split()) <= 8
            and not text.endswith((".", ",", "!", "?", "…", ";", ":", "-", "—", "–"))):
        # "'Running out of time'" alone on its line: a section heading
        # quoting someone below, not more of what was said above.
        return None
    # (Or opened by "It goes on:", "She continued:": more of the same.)
    starts_para = q.open_mark == para_start or _GOES_ON.fullmatch(body, para_start, q.open_mark) is not None
    adjacent = ctx.paragraph_index(prev_q.open_mark) >= p_index - 1
    if starts_para and adjacent and kind == QuoteKind.DIRECT:
        return prev_rec.speaker, prev_rec.confidence * 0.7
    return None


def extract_text(
    text: str,
    source: str,
    *,
    gazetteer: Gazetteer | None = None,
    topics: Sequence[TopicRule] | None = None,
    reference_date: dt.date | None = None,
    encoding: str = "utf-8",
) -> DocumentRecord:
    """Extract articles and quotes from already decoded text."""
    from .topics import STARTER_TOPICS

    rules = STARTER_TOPICS if topics is None else topics
    registry = ActorRegistry(gazetteer)
    doc = DocumentRecord(source=source, encoding=encoding)
    for position, draft in enumerate(segment(text, reference_date)):
        doc.articles.append(build_article(draft, position, registry, rules))
        doc.warnings.extend(draft.warnings)
    if not doc.articles:
        doc.warnings.append("no article text found")
    return doc


def extract_bytes(
    data: bytes,
    source: str,
    *,
    gazetteer: Gazetteer | None = None,
    topics: Sequence[TopicRule] | None = None,
    reference_date: dt.date | None = None,
) -> DocumentRecord:
    """Decode ``data`` and extract it; raises ExtractionError for non-text."""
    text, encoding = decode_bytes(data)
    return extract_text(text, source, gazetteer=gazetteer, topics=topics, reference_date=reference_date, encoding=encoding)
