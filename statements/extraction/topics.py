"""Topic assignment by keyword rules, explainable by the keywords matched.

A rule is a slug, a name, a description and keywords. A keyword is a word or
phrase; a trailing ``*`` makes its last word a prefix ("sanction*" matches
sanctions, sanctioned). Matching is case-insensitive on word boundaries and
ignores accents and curly apostrophes.

Design: a quote is first matched on its own words. Only if that yields
nothing is the context (the article title and the quote's paragraph) used,
and then a topic needs two distinct keywords there, because context is weaker
evidence than the quote itself.

Speed: the text is split into word tokens once, and keywords are looked up
by their first token (a dictionary for whole words, one dictionary per
length for prefixes), so the cost grows with the text, not with the number
of keywords. Within a rule, matches do not overlap and at one position the
keyword listed first wins ("peace talks" before "talks"), as a regular
expression alternation would.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .actors import strip_accents
from .records import TopicMatch

_SPLIT = re.compile(r"(\W+)")
_BETWEEN_WORDS = re.compile(r"[\s-]+")
# Distinct tokens remembered with their candidate keywords; news vocabulary
# is bounded, but the memo is cleared past this size to keep memory flat.
_MEMO_LIMIT = 20_000


@dataclass(frozen=True)
class _Keyword:
    rule: int  # index of the rule in the index's rule list
    order: int  # index of the keyword in its rule (earlier wins at a position)
    text: str  # the keyword as written in the rule
    tokens: tuple[str, ...]  # word tokens after the first
    gaps: tuple[str | None, ...]  # separator before each later token; None: spaces/hyphens
    last: str  # the last token ("" when it is the first)
    prefix: bool  # the last token is a prefix ("sanction*")
    lead: str  # punctuation required just before the first token ("" for none)
    trail: str  # punctuation required just after the last token ("u.n.")

    def match_at(self, tokens: list[str], gaps: list[str], i: int) -> int:
        """Index of the last token of a match starting at token ``i``, or -1."""
        if self.lead and not gaps[i].endswith(self.lead):
            return -1
        j = i
        n = len(tokens)
        for k, (want, gap) in enumerate(zip(self.tokens, self.gaps, strict=True)):
            j += 1
            if j >= n:
                return -1
            sep = gaps[j]
            if gap is None:
                if not _BETWEEN_WORDS.fullmatch(sep):
                    return -1
            elif sep != gap:
                return -1
            tok = tokens[j]
            if k == len(self.tokens) - 1:
                if not _last_fits(tok, want, self.prefix):
                    return -1
            elif tok != want:
                return -1
        if self.trail and not gaps[j + 1].startswith(self.trail):
            return -1
        return j


def _last_fits(token: str, want: str, prefix: bool) -> bool:
    if prefix:
        return token.startswith(want)
    # Plain keywords also match simple plurals ("drone" -> "drones").
    return token == want or token == want + "s" or token == want + "es"


def _parse(keyword: str, rule: int, order: int) -> tuple[_Keyword, str] | None:
    """A keyword and its first token, or None for an empty keyword."""
    kw = _normalise(keyword).strip()
    prefix = kw.endswith("*")
    kw = kw.rstrip("*").strip()
    if not kw:
        return None
    tokens: list[str] = []
    gaps: list[str | None] = []
    lead = trail = ""
    for w, word in enumerate(kw.split()):
        parts = _SPLIT.split(word)
        if parts[0] == "":  # the word starts with punctuation
            if w == 0:
                lead = parts[1]
            parts = parts[2:]
        if parts and parts[-1] == "" and len(parts) > 1:  # ends with punctuation
            if w == len(kw.split()) - 1:
                trail = parts[-2]
            parts = parts[:-2]
        for p, part in enumerate(parts):
            if p % 2:
                continue
            if tokens:
                gaps.append(None if p == 0 else parts[p - 1])
            tokens.append(part)
    if not tokens:
        return None
    first = tokens[0]
    last = tokens[-1] if len(tokens) > 1 else ""
    entry = _Keyword(rule, order, keyword, tuple(tokens[1:]), tuple(gaps), last, prefix, lead, trail)
    return entry, first


class _Index:
    """Keywords of several rules, found by their first token."""

    def __init__(self, rules: Sequence[TopicRule]) -> None:
        self.rules = list(rules)
        self.exact: dict[str, list[_Keyword]] = {}
        self.prefixes: dict[int, dict[str, list[_Keyword]]] = {}
        for r, rule in enumerate(self.rules):
            for order, keyword in enumerate(rule.keywords):
                parsed = _parse(keyword, r, order)
                if parsed is None:
                    continue
                entry, first = parsed
                if entry.tokens:
                    self.exact.setdefault(first, []).append(entry)
                elif entry.prefix:
                    self.prefixes.setdefault(len(first), {}).setdefault(first, []).append(entry)
                else:
                    for form in (first, first + "s", first + "es"):
                        self.exact.setdefault(form, []).append(entry)
        self._lengths = sorted(self.prefixes)
        self._memo: dict[str, tuple[_Keyword, ...]] = {}

    def candidates(self, token: str) -> tuple[_Keyword, ...]:
        """Keywords that may start at ``token``, by (rule, order)."""
        found = self._memo.get(token)
        if found is not None:
            return found
        out = list(self.exact.get(token, ()))
        for length in self._lengths:
            if length > len(token):
                break
            out.extend(self.prefixes[length].get(token[:length], ()))
        found = tuple(sorted(set(out), key=lambda k: (k.rule, k.order)))
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        self._memo[token] = found
        return found

    def scan(self, text: str) -> list[list[str]]:
        """For each rule, its keywords found in normalised ``text``, in order."""
        parts = _SPLIT.split(text)
        tokens = parts[0::2]
        # gaps[i] is the separator before tokens[i]; one more after the end.
        gaps = [""] + parts[1::2] + [""]
        hits: list[list[str]] = [[] for _ in self.rules]
        # Most texts match nothing: look at each distinct word once.
        memo = self._memo
        starters = set()
        for t in set(tokens):
            found = memo.get(t)
            if found is None:
                found = self.candidates(t)
            if found:
                starters.add(t)
        if not starters:
            return hits
        free = [0] * len(self.rules)  # first token a rule's next match may use
        for i, token in enumerate(tokens):
            if token not in starters:
                continue
            cands = self.candidates(token)
            done = -1  # the rule already matched at this position
            for kw in cands:
                if kw.rule == done or i < free[kw.rule]:
                    continue
                end = kw.match_at(tokens, gaps, i)
                if end < 0:
                    continue
                done = kw.rule
                free[kw.rule] = end + 1
                found = hits[kw.rule]
                if kw.text not in found:
                    found.append(kw.text)
        return hits


_INDEXES: dict[int, tuple[Sequence[TopicRule], _Index]] = {}


def _index_for(rules: Sequence[TopicRule]) -> _Index:
    cached = _INDEXES.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    index = _Index(rules)
    if len(_INDEXES) > 32:
        _INDEXES.clear()
    _INDEXES[id(rules)] = (rules, index)
    return index


@dataclass(frozen=True)
class TopicRule:
    slug: str
    name: str
    description: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keywords", tuple(self.keywords))

    def matches(self, text: str) -> list[str]:
        """Keywords of this rule found in ``text`` (already normalised)."""
        index = self.__dict__.get("_index")
        if index is None:
            index = _Index([self])
            object.__setattr__(self, "_index", index)
        return index.scan(text)[0]


def _normalise(text: str) -> str:
    return strip_accents(text).casefold().replace("’", "'")


STARTER_TOPICS: tuple[TopicRule, ...] = (
    TopicRule("war-in-ukraine", "War in Ukraine", "The Russia-Ukraine war, front lines, occupation and peace terms.",
              ("ukrain*", "kyiv", "kiev", "donbas*", "donetsk", "luhansk", "crimea*", "zaporizhzhia", "kherson",
               "special military operation", "zelensk*", "novorossiya", "pokrovsk", "kursk")),
    TopicRule("nato-european-security", "NATO and European security", "The alliance, its members' defence and European security order.",
              ("nato", "alliance", "article 5", "european security", "indivisible security", "baltic*", "bundeswehr",
               "defence spending", "defense spending", "eastern flank", "rutte")),
    TopicRule("us-russia-relations", "US–Russia relations", "Dialogue, summits and contacts between Washington and Moscow.",
              ("russian-american", "russia-us", "us-russia", "u.s.-russia", "washington", "alaska", "white house",
               "trump administration", "witkoff", "rubio", "biden administration", "americans")),
    TopicRule("arms-control-nuclear", "Arms control and nuclear weapons", "Treaties, arsenals, missiles and non-proliferation.",
              ("nuclear*", "arms control", "start treaty", "new start", "warhead*", "arsenal*", "denucleari*",
               "tomahawk*", "missile*", "non-proliferation", "strategic stability", "weapon-free zone")),
    TopicRule("sanctions-economy", "Sanctions and economy", "Sanctions, tariffs, trade, reserves and currencies.",
              ("sanction*", "tariff*", "trade", "econom*", "dollar", "reserve currency", "frozen assets", "reserves",
               "levies", "levy", "exports", "imports", "brics", "investment*")),
    TopicRule("energy", "Energy", "Oil, gas, pipelines and power plants.",
              ("oil", "gas", "pipeline*", "nord stream", "energy", "crude", "nuclear plant", "power plant", "lng")),
    TopicRule("middle-east", "Middle East", "Israel, Palestine, Gaza, Syria, Iran and the wider region.",
              ("middle east", "israel*", "palestin*", "gaza", "west bank", "syria*", "iran*", "lebanon", "hezbollah",
               "hamas", "sharm el-sheikh", "yemen", "iraq*")),
    TopicRule("asia-pacific", "Asia-Pacific", "China, the Koreas, Japan, ASEAN and the Pacific.",
              ("china", "chinese", "beijing", "north korea*", "pyongyang", "south korea*", "japan*", "asean",
               "asia pacific", "asia-pacific", "southeast asia*", "malaysia*", "vietnam*", "taiwan", "myanmar", "india")),
    TopicRule("un-international-law", "UN and international law", "The UN, its Charter and bodies, and international law.",
              ("united nations", "u.n.", "un charter", "security council", "general assembly", "unga",
               "international law", "self-determination", "territorial integrity", "sovereign*", "charter",
               "international court", "icc", "secretary-general")),
    TopicRule("airspace-drones", "Airspace and drones", "Airspace violations, drones and air defence.",
              ("airspace", "drone*", "air defence*", "air defense*", "fighter jet*", "incursion*", "shot down", "patriot")),
    TopicRule("diplomacy-negotiations", "Diplomacy and negotiations", "Talks, summits, mediation and peace plans.",
              ("diplomac*", "negotiat*", "talks", "dialogue", "summit*", "ceasefire", "peace plan", "peace talks",
               "mediat*", "settlement", "envoy*", "peace")),
)


def assign_topics(text: str, rules: Sequence[TopicRule] | None = None, context: str = "") -> list[TopicMatch]:
    """Topics for ``text``; ``context`` is used only when the text matches none."""
    rules = STARTER_TOPICS if rules is None else rules
    index = _index_for(rules)
    hits = index.scan(_normalise(text))
    found = [TopicMatch(rule.slug, h) for rule, h in zip(index.rules, hits, strict=True) if h]
    if found or not context:
        return found
    hits = index.scan(_normalise(context))
    return [TopicMatch(rule.slug, h) for rule, h in zip(index.rules, hits, strict=True) if len(h) >= 2]
