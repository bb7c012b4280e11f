"""Deterministic generator of a synthetic news corpus for benchmarks.

The corpus imitates the *formats* of the documents the archive ingests (wire
stories, hard-wrapped stories, pages framed by teaser headlines, multi-story
scrapes, long question/answer interviews) but every word of content is
invented: speakers and countries are built from syllables, prose is filled
from hand-written templates with a Zipf-sampled English vocabulary
(``bench/vocabulary.py``).  It exists so extraction speed and rough accuracy
can be measured at 10k, 100k and 1M quotes without real data.

Determinism: document *i* of seed *s* is produced by its own
``random.Random(f"{s}:{i}")`` and the speaker roster by
``random.Random(f"roster:{s}")``.  Nothing reads global random state, the
clock, or iterates over sets, so the same seed gives the same bytes on every
run and platform, and a smaller corpus is always a prefix of a larger one
with the same seed.

Streaming: :func:`iter_documents` and :func:`generate` are generators; a
document is built, yielded (and written) and dropped, so memory stays flat
whatever the corpus size.

Usage::

    python bench/corpus.py --quotes 10000 --seed 1 --out bench/out/corpus-10k
    python bench/corpus.py --documents 500 --out /tmp/c   # by document count

Writes ``000000.txt`` ... plus ``manifest.jsonl`` (one JSON line per
document: format, articles, dates and the expected speaker of every quote)
and ``speakers.jsonl`` (the roster with aliases).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import json
import os
import random
import re
import sys
import time
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import vocabulary as V

# Share of each format in the mix (they sum to 1).
FORMAT_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("wire", 0.50),
    ("wrapped", 0.15),
    ("teaser", 0.10),
    ("scrape", 0.15),
    ("interview", 0.10),
)
FORMATS: tuple[str, ...] = tuple(name for name, _ in FORMAT_WEIGHTS)

# Quotes per article (inclusive range) before the density multiplier.  With
# the mix above a document averages ~10 quotes, so 1M quotes ~ 100k documents.
QUOTES_PER_ARTICLE: dict[str, tuple[int, int]] = {
    "wire": (5, 12),
    "wrapped": (3, 8),
    "teaser": (4, 10),
    "scrape": (3, 8),  # per story; a scrape holds three stories
    "interview": (12, 30),  # answer turns; the title quote comes on top
}

N_SPEAKERS = 3000
N_COUNTRIES = 80
FIRST_DAY = dt.date(2006, 1, 1).toordinal()
LAST_DAY = dt.date(2025, 12, 31).toordinal()
QUOTE_PREVIEW = 80  # characters of each quote kept in the manifest


# ---------------------------------------------------------------------------
# Zipf sampling
# ---------------------------------------------------------------------------
class Zipf:
    """Pick items with probability proportional to 1 / rank**s.

    Precomputes cumulative weights once so a draw is one ``random()`` and
    one bisect — much cheaper than ``rng.choices`` per word.
    """

    __slots__ = ("cum", "items", "total")

    def __init__(self, items: Sequence, s: float = 1.0) -> None:
        self.items = tuple(items)
        acc = 0.0
        cum = []
        for rank in range(1, len(self.items) + 1):
            acc += 1.0 / rank**s
            cum.append(acc)
        self.cum = cum
        self.total = acc

    def __call__(self, rng: random.Random):
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


_NOUN = Zipf(V.NOUNS, 1.0)
_NOUN_PL = Zipf([V.plural(n) for n in V.NOUNS], 1.0)
_VERB = Zipf(V.VERBS, 1.0)
_VERB_PAST = Zipf([V.past(v) for v in V.VERBS], 1.0)
_VERB_3RD = Zipf([V.third_person(v) for v in V.VERBS], 1.0)
_VERB_ING = Zipf([V.gerund(v) for v in V.VERBS], 1.0)
_ADJ = Zipf(V.ADJECTIVES, 1.0)
_ADV = Zipf(V.ADVERBS, 1.0)
_TOPIC_SLUGS: tuple[str, ...] = tuple(V.TOPICS)


# ---------------------------------------------------------------------------
# Invented names
# ---------------------------------------------------------------------------
_FIRST_ONSETS = (
    "Ser", "Dmit", "Aleks", "Vik", "Bor", "Ol", "Ar", "Kas", "Mik", "Nik", "Pav",
    "Stan", "Yur", "Tim", "Maks", "Rom", "Gen", "Vlad", "Ig", "Leon", "Anat",
    "Fed", "Grig", "Kon", "Luk", "Ost", "Rus", "Tar", "Val", "Zak", "Ed", "Yev",
    "Bog", "Dar", "Em", "Fil", "Khal", "Il", "Jar", "Kir", "Lev", "Mar", "Nes",
    "Orl", "Pet", "Rad", "Sav", "Tom", "Us", "Ven", "Khas", "Adr", "Bel", "Cor",
)
_FIRST_ENDS_M = ("ey", "iy", "ay", "ar", "an", "in", "as", "el", "im", "ir", "us",
                 "o", "en", "ik", "ad", "or", "riy", "emiy")
_FIRST_ENDS_F = ("a", "ia", "ina", "ya", "ela", "ira", "ana", "essa", "ika", "ona",
                 "eta", "ita", "ilia")
_LAST_ONSETS = (
    "Lav", "Kast", "Bel", "Vor", "Zel", "Mor", "Pes", "Ryab", "Zakh", "Gal",
    "Dub", "Kol", "Sok", "Tem", "Bar", "Mel", "Nov", "Orl", "Pol", "Rud", "Sem",
    "Tar", "Ush", "Fil", "Khar", "Tsar", "Ven", "Lem", "Dor", "Gor", "Ker",
    "Lis", "Mak", "Nal", "Os", "Pan", "Ram", "Sal", "Tol", "Var", "Yas", "Zam",
    "Ab", "Ed", "Ib", "Ok", "Ul", "Bran", "Cal", "Dros", "Fen", "Grem", "Hal",
)
_LAST_MIDS = ("", "a", "e", "i", "o", "u", "an", "en", "in", "ar", "il", "os")
_LAST_ENDS = (
    "ov", "ev", "in", "enko", "skiy", "ski", "ovich", "ian", "idis", "escu",
    "berg", "ani", "uddin", "ez", "son", "sen", "ard", "iak", "ovsky", "etti",
    "ova", "eva",
)
_COUNTRY_ONSETS = (
    "Vel", "Kast", "Ost", "Bor", "Mar", "Zan", "Tal", "Ver", "Sol", "Cal", "Dar",
    "Eld", "Fal", "Gal", "Har", "Ir", "Jor", "Kel", "Lor", "Mend", "Nor", "Or",
    "Pal", "Quen", "Ral", "Sar", "Tor", "Ul", "Var", "Wes", "Yar", "Zel",
)
_COUNTRY_MIDS = ("", "a", "e", "i", "o", "an", "er", "ov")
# (country suffix, demonym suffix)
_COUNTRY_ENDS = (("ia", "ian"), ("ania", "anian"), ("istan", "istani"),
                 ("ora", "oran"), ("eria", "erian"), ("esh", "eshi"),
                 ("ovia", "ovian"), ("ica", "ican"), ("und", "undian"))
_CITY_ENDS = ("grad", "burg", "port", "abad", "ville", "polis", "ovo", "sk",
              "haven", "mouth", "ia", "ar")

# (title, role noun for "the minister said", is a diplomat)
_TITLES: tuple[tuple[str, str, bool], ...] = (
    ("Foreign Minister", "minister", True),
    ("Deputy Foreign Minister", "deputy minister", True),
    ("President", "president", False),
    ("Prime Minister", "prime minister", False),
    ("Defence Minister", "minister", False),
    ("Foreign Ministry spokesperson", "spokesperson", True),
    ("presidential spokesperson", "spokesperson", False),
    ("Ambassador to {c}", "ambassador", True),
    ("Permanent Representative to the United Nations", "envoy", True),
    ("Special Envoy for {c}", "envoy", True),
    ("Trade Minister", "minister", False),
    ("Security Council Secretary", "secretary", False),
    ("National Security Adviser", "adviser", False),
    ("chief negotiator", "negotiator", True),
)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# Sentence openers that are ordinary words; anything else (a country, NATO)
# keeps its capital when a sentence is embedded after "as" / "and".
_COMMON_OPENERS = frozenset(
    ["the", "it", "talks", "analysts", "officials", "diplomats", "critics", "both", "several", "many", "earlier", "there", "in", "on", "since"])


def _clause(sentence: str) -> str:
    """A generated sentence turned into a trailing clause: no final stop, and
    the first word lowercased unless it is a proper noun."""
    sentence = sentence[:-1]
    first = sentence.split(" ", 1)[0]
    if first.lower() in _COMMON_OPENERS:
        return first.lower() + sentence[len(first):]
    return sentence


def _spelling_variants(name: str) -> list[str]:
    """Other spellings of a name, the way transliterations drift.

    Sergey/Sergei (y/i), Dmitriy/Dmitry (-iy/-y), Lavrovskiy/Lavrovsky,
    Aleksey/Alexey (ks/x), Khalil/Halil (kh/h), Tsarev/Tzarev,
    Kasimov/Kassimov (doubled consonants), Ivanov/Ivanoff.
    """
    out: list[str] = []

    def add(v: str) -> None:
        if v != name and v not in out:
            out.append(v)

    if name.endswith("skiy"):
        add(name[:-4] + "sky")
        add(name[:-4] + "ski")
    elif name.endswith("iy"):
        add(name[:-2] + "y")
        add(name[:-2] + "i")
    elif name.endswith("ey"):
        add(name[:-2] + "ei")
    elif name.endswith("ay"):
        add(name[:-2] + "ai")
    if name.endswith("ov"):
        add(name + "f")
    if "ks" in name:
        add(name.replace("ks", "x"))
    if name.startswith("Kh"):
        add("H" + name[2:])
    if name.startswith("Ts"):
        add("Tz" + name[2:])
    # Double (or undouble) the first single consonant between two vowels.
    m = re.search(r"(?<=[aeiou])([lnmrstp])(?=[aeiou])", name)
    if m:
        i = m.start()
        add(name[:i] + name[i] + name[i:])
    m = re.search(r"([lnmrstp])\1", name)
    if m:
        add(name[: m.start()] + name[m.start() + 1:])
    return out


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    demonym: str
    capital: str
    cities: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Speaker:
    """An invented person who gets quoted.

    ``first_forms[0]`` / ``last_forms[0]`` are the canonical spelling; the
    rest are variants a given article may use instead.
    """

    id: int
    first_forms: tuple[str, ...]
    last_forms: tuple[str, ...]
    female: bool
    country: Country
    title: str
    role_noun: str
    diplomat: bool

    @property
    def name(self) -> str:
        return f"{self.first_forms[0]} {self.last_forms[0]}"

    @property
    def aliases(self) -> list[str]:
        """Every full-name spelling other than the canonical one."""
        out = []
        for f in self.first_forms:
            for last in self.last_forms:
                full = f"{f} {last}"
                if full != self.name:
                    out.append(full)
        return out


@dataclass(frozen=True, slots=True)
class World:
    """Everything shared by all documents of one seed."""

    countries: tuple[Country, ...]
    speakers: tuple[Speaker, ...]
    popularity: Zipf  # speakers by how often they are quoted
    outlets: tuple[str, ...]
    agencies: tuple[str, ...]
    orgs: tuple[str, ...]
    sections: tuple[str, ...]


def _make_countries(rng: random.Random) -> tuple[Country, ...]:
    seen: dict[str, Country] = {}
    while len(seen) < N_COUNTRIES:
        stem = rng.choice(_COUNTRY_ONSETS) + rng.choice(_COUNTRY_MIDS)
        end, dem = rng.choice(_COUNTRY_ENDS)
        name = stem + end
        if name in seen:
            continue
        cities = []
        while len(cities) < 4:
            c = rng.choice(_COUNTRY_ONSETS) + rng.choice(_COUNTRY_MIDS) + rng.choice(_CITY_ENDS)
            if c not in cities:
                cities.append(c)
        seen[name] = Country(name, stem + dem, cities[0], tuple(cities))
    return tuple(seen.values())


@functools.lru_cache(maxsize=4)
def world(seed: int = 1) -> World:
    """The roster of countries, speakers and outlets for a seed (cached)."""
    rng = random.Random(f"roster:{seed}")
    countries = _make_countries(rng)
    speakers: list[Speaker] = []
    names: set[str] = set()  # membership only; never iterated
    while len(speakers) < N_SPEAKERS:
        female = rng.random() < 0.3
        first = rng.choice(_FIRST_ONSETS) + rng.choice(_FIRST_ENDS_F if female else _FIRST_ENDS_M)
        last = rng.choice(_LAST_ONSETS) + rng.choice(_LAST_MIDS) + rng.choice(_LAST_ENDS)
        if female and last.endswith(("ov", "ev", "in")):
            last += "a"
        if f"{first} {last}" in names:
            continue
        names.add(f"{first} {last}")
        country = rng.choice(countries)
        title, role, diplomat = rng.choice(_TITLES)
        if "{c}" in title:
            other = rng.choice(countries)
            title = title.replace("{c}", other.name if other is not country else "the United Nations")
        # Not every name drifts in transliteration: keep variants for ~2/3.
        first_forms = (first, *(_spelling_variants(first) if rng.random() < 0.66 else ()))
        last_forms = (last, *(_spelling_variants(last)[:2] if rng.random() < 0.66 else ()))
        speakers.append(Speaker(len(speakers), first_forms, last_forms, female, country,
                                title, role, diplomat))
    outlets = []
    for c in countries[:30]:
        outlets.append(rng.choice((
            f"The {c.capital} Courier", f"{c.demonym} Herald", f"Radio {c.name}",
            f"{c.name} Today", f"The {c.demonym} Observer", f"{c.capital} Daily",
        )))
    agencies = tuple(f"{c.demonym} Press Agency" for c in countries[:12]) + ("MFA", "Press service")
    orgs = tuple(dict.fromkeys(
        f"{rng.choice(('Union', 'Council', 'Forum', 'Organisation', 'Community'))} of "
        f"{rng.choice(('Northern', 'Southern', 'Eastern', 'Western', 'Coastal', 'Central'))} States"
        for _ in range(12)))
    sections = ("Politics", "Conflict", "Diplomacy", "World", "Trade War", "Security",
                "Middle East", "Asia-Pacific", "Energy")
    popularity = Zipf(speakers, 0.9)
    return World(countries, tuple(speakers), popularity, tuple(dict.fromkeys(outlets)),
                 agencies, orgs, sections)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def _domain(outlet: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", outlet.lower().replace("the ", "")) + ".example"


# ---------------------------------------------------------------------------
# Templates.  Slots: {n} noun, {ns} plural noun, {a} adjective, {v} past verb,
# {vb} base verb, {vs} 3rd-person verb, {vg} -ing verb, {r} adverb, {t} topic
# phrase, {c}/{c2} countries, {d} demonym, {city}, {org}, {wd} weekday of the
# article date, {md} "March 4", {month}, {year}, {num}, {an_a}/{an_n}
# a/an + adjective/noun.  Past forms only (no participles) so irregular verbs
# stay grammatical.
# ---------------------------------------------------------------------------
NARRATIVE = (
    "The {a} {n} {v} the {n} of {t} on {wd}.",
    "{d} officials {v} {t} during {an_a} {n} in {city} on {wd}.",
    "The {n} came after weeks of {a} {n} over {t}.",
    "Analysts said the {n} {r} {v} the {a} {n} between {c} and {c2}.",
    "It was not {r} clear whether the {ns} would {vb} {t}.",
    "{c} {r} {v} any {n} in {t}, saying the {ns} were {a}.",
    "The {n} {v} {num} {ns} and {v} {an_a} {n} near the {n}.",
    "Officials in {city} {v} that the {n} would {vb} {t} by the end of the {n}.",
    "Talks on {t} {v} {r} after the {a} {n} in {city}.",
    "The {a} {n} is expected to {vb} the {n} at {an_a} {n} next {month}.",
    "Since {year}, {c} has been {vg} {t} with {a} {ns}.",
    "Diplomats {v} the {n} as {an_a} {n} for {t}.",
    "The {n} of {t} {v} {r} in {month}, when {ns} {v} the {n}.",
    "Several {a} {ns} {v} the {n}, {an_a} {n} published on {wd} showed.",
    "{c2} and {c} {v} {an_a} {n} on {t} in {year}.",
    "The {ns} {r} {v} the {a} {n}, which {v} {t}.",
    "There was no immediate {n} from {city}.",
    "Both {ns} {v} to {vb} the {n} of {t}.",
    "{c} {v} the {n} as {a}, but {v} to {vb} {t}.",
    "In {year}, the {a} {n} {v} {t} and {v} the {n} of {c2}.",
    "The move {v} {a} {n} across the {n}.",
    "Critics {v} that the {n} would {vb} {an_a} {n} in {t}.",
    "The {n} is part of {an_a} {a} {n} to {vb} {t}.",
    "Earlier this {per}, {ns} in {city} {v} {an_a} {n} over {t}.",
    "On {md}, {ns} from {c} and {c2} {v} in {city} to {vb} {t}.",
    "The {org} {v} {an_a} {a} {n} on {t} last {month}.",
    "{num} {ns} {v} the {n} near {city}, {a} {ns} said.",
    "The {a} {n} has {r} become a test of {t}.",
    "{c} and {c2} have {r} disagreed over {t} since {year}.",
    "The {n} {vs} {an_a} {a} {n} for {t}, observers in {city} noted.",
    "Many {ns} in {c} {r} {v} the {a} {n}.",
    "The {ns} were {a} and the {n} {r} {a}.",
)
QUOTE = (
    "We will not {vb} the {n} of our {n}.",
    "Our country will never {vb} {t}.",
    "This is {an_a} {n}, and everyone {vs} it.",
    "There can be no {n} without {t}.",
    "We are ready to {vb} any {a} {n} on {t}.",
    "The {ns} must {vb} the {n} and {vb} the {a} {n}.",
    "Nobody should {vb} our {n} for {an_a} {n}.",
    "I think the {n} is {r} {a}.",
    "We {r} {vb} {t}, and we will continue to do so.",
    "It is {a} to {vb} the {n} when {ns} {vb} {t}.",
    "Any {n} against our {n} will be met with {an_a} {a} {n}.",
    "We have {a} {ns}, but the {n} remains {a}.",
    "The {a} {n} is the only way to {vb} {t}.",
    "Our {ns} want {an_a} {n}, not {an_a} {n}.",
    "We want {an_a} {a} {n} with {c2}.",
    "If they {vb} the {n}, we will {vb} {an_a} {n}.",
    "What they call {an_a} {n} is {r} {an_a} {n}.",
    "I have told my {ns} that {t} is {a}.",
    "This {n} does not {vb} the {n} of {t}.",
    "We expect our {ns} to {vb} the {n} {r}.",
    "Let me be {a}: we will {vb} our {n}.",
    "The {ns} {r} {vb} {t}, and that is {a}.",
    "They keep talking about ‘{a} {n}’, but we see only {an_a} {n}.",
    "Everyone in {city} {vs} that {t} is {a}.",
    "We are not going to {vb} the {n} just because {c2} {vs} it.",
    "The {n} is {a}, and the {n} is {a}.",
    "Our position on {t} has not changed.",
    "Why should we {vb} {an_a} {n} that {vs} our {n}?",
    "Who will {vb} the {n} of {t}?",
)
PARTIAL = (
    "{an_a} {n}",
    "{a} and {a}",
    "{r} {a}",
    "the {a} {n} of {t}",
    "{vb} the {n}",
    "{an_a} {n} for {t}",
    "{a} {ns}",
    "{an_a} {a} {n}",
)
QUESTION = (
    "How do you assess {t} after the {a} {n} in {city}?",
    "What is your view of the {n} between {c} and {c2}?",
    "Many {ns} say that {t} {vs} {an_a} {n}. Do you agree?",
    "Is there any chance of {an_a} {n} on {t}?",
    "What will {c} do if the {ns} {vb} the {n}?",
    "You met your {d} counterpart in {month}. What did you discuss?",
    "Some {ns} in {city} {v} the {n} as {a}. How would you respond?",
    "How has the {n} of {t} changed since {year}?",
    "Do you see {an_a} {n} in relations with {c2}?",
    "What role should the {org} play in {t}?",
)
HEADLINE = (
    "{c} warns {c2} over {t}",
    "{S} says {c} ready to {vb} {t}",
    "{d} {role} rejects {a} {n} on {t}",
    "{c} and {c2} hold talks on {t} in {city}",
    "{S}: {c} will not {vb} the {n}",
    "Talks on {t} stall as {ns} {vb} the {n}",
    "{c} {vs} {a} {n} amid {t}",
    "{S} meets {d} counterpart as {t} dominates agenda",
    "{d} officials {vb} {a} {ns} over {t}",
)
SUBHEAD = (
    "{A} {n} over {t}",
    "{A} {ns} and {t}",
    "Speaking after the {n} in {city}",
    "What comes next for {t}",
    "{A} {n} ahead",
)

_SLOT_RE = re.compile(r"\{(\w+)\}")


def _compile(templates: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Split each template into literal/slot parts once (odd indexes are slots)."""
    return tuple(tuple(_SLOT_RE.split(t)) for t in templates)


_NARRATIVE = Zipf(_compile(NARRATIVE), 0.6)
_QUOTE = Zipf(_compile(QUOTE), 0.6)
_PARTIAL = Zipf(_compile(PARTIAL), 0.5)
_QUESTION = _compile(QUESTION)
_HEADLINE = _compile(HEADLINE)
_SUBHEAD = _compile(SUBHEAD)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
@dataclass(slots=True)
class Document:
    """One generated file plus the labels describing what is in it."""

    index: int
    name: str
    fmt: str
    data: bytes
    articles: list[dict] = field(default_factory=list)

    @property
    def quotes(self) -> int:
        return sum(len(a["quotes"]) for a in self.articles)

    def manifest_line(self) -> str:
        return json.dumps({"file": self.name, "format": self.fmt, "articles": self.articles},
                          ensure_ascii=False)


class _Article:
    """Writes one article: holds its date, topics, speakers and mention state.

    Mention state is what makes attribution realistic: a speaker is
    introduced with title and full name once, then referred to by surname,
    by pronoun (only right after they were the last person mentioned) or by
    role ("the minister", only if no other speaker in the article shares it).
    """

    def __init__(self, rng: random.Random, w: World, date: dt.date) -> None:
        self.rng = rng
        self.w = w
        self.date = date
        n_topics = 1 + (rng.random() < 0.5)
        self.topics = [_TOPIC_SLUGS[i] for i in sorted(rng.sample(range(len(_TOPIC_SLUGS)), n_topics))]
        self._topic_phrases = [p for t in self.topics for p in V.TOPICS[t]]
        n_speakers = rng.choice((1, 1, 2, 2, 3, 4))
        speakers: list[Speaker] = []
        while len(speakers) < n_speakers:
            sp = w.popularity(rng)
            if sp not in speakers:
                speakers.append(sp)
        self.speakers = speakers
        self.country = speakers[0].country
        # Spelling used for each speaker throughout this article.
        self.first = {sp.id: (sp.first_forms[0] if rng.random() < 0.6 else rng.choice(sp.first_forms))
                      for sp in speakers}
        self.last = {sp.id: (sp.last_forms[0] if rng.random() < 0.6 else rng.choice(sp.last_forms))
                     for sp in speakers}
        roles = [sp.role_noun for sp in speakers]
        self.unique_role = {sp.id: roles.count(sp.role_noun) == 1 for sp in speakers}
        self.introduced: list[int] = []
        self.last_mentioned: int | None = None
        self.quotes: list[dict] = []
        self._fill: dict[str, Callable[[], str]] = {
            "n": lambda: _NOUN(rng),
            "ns": lambda: _NOUN_PL(rng),
            "a": lambda: _ADJ(rng),
            "A": lambda: _cap(_ADJ(rng)),
            "v": lambda: _VERB_PAST(rng),
            "vb": lambda: _VERB(rng),
            "vs": lambda: _VERB_3RD(rng),
            "vg": lambda: _VERB_ING(rng),
            "r": lambda: _ADV(rng),
            "t": lambda: rng.choice(self._topic_phrases),
            "c": lambda: self.country.name if rng.random() < 0.6 else rng.choice(w.countries).name,
            "c2": lambda: rng.choice(w.countries).name,
            "d": lambda: self.country.demonym if rng.random() < 0.6 else rng.choice(w.countries).demonym,
            "city": lambda: rng.choice(self.country.cities) if rng.random() < 0.6
            else rng.choice(w.countries).capital,
            "org": lambda: rng.choice(w.orgs),  # used as "the {org}"
            "wd": lambda: V.WEEKDAYS[date.weekday()],
            "md": lambda: f"{V.MONTHS[date.month - 1]} {date.day}",
            "month": lambda: rng.choice(V.MONTHS),
            "per": lambda: rng.choice(("week", "month", "year", "spring", "autumn")),
            "year": lambda: str(rng.randint(1991, date.year)),
            "num": lambda: str(rng.choice((2, 3, 4, 5, 6, 12, 15, 20, 40, 100, 200))),
            "an_a": self._an_adj,
            "an_n": self._an_noun,
            "S": lambda: self.last[speakers[0].id],
            "role": lambda: speakers[0].title.split(" to ")[0].split(" for ")[0].lower(),
        }

    # -- words ---------------------------------------------------------------
    def _an_adj(self) -> str:
        a = _ADJ(self.rng)
        return f"{V.article_for(a)} {a}"

    def _an_noun(self) -> str:
        n = _NOUN(self.rng)
        return f"{V.article_for(n)} {n}"

    def render(self, parts: tuple[str, ...]) -> str:
        fill = self._fill
        out = [p if i % 2 == 0 else fill[p]() for i, p in enumerate(parts)]
        return "".join(out)

    def sentence(self) -> str:
        return _cap(self.render(_NARRATIVE(self.rng)))

    def narrative(self, lo: int = 1, hi: int = 4) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def quote_text(self, lo: int = 1, hi: int = 3) -> str:
        return " ".join(_cap(self.render(_QUOTE(self.rng))) for _ in range(self.rng.randint(lo, hi)))

    def partial(self) -> str:
        return self.render(_PARTIAL(self.rng))

    def headline(self) -> str:
        return _cap(self.render(self.rng.choice(_HEADLINE)))

    def subhead(self) -> str:
        return self.render(self.rng.choice(_SUBHEAD))

    # -- speakers --------------------------------------------------------------
    def full_name(self, sp: Speaker) -> str:
        return f"{self.first[sp.id]} {self.last[sp.id]}"

    def intro(self, sp: Speaker, appositive: bool = True) -> str:
        """First mention: title and full name."""
        rng = self.rng
        name = self.full_name(sp)
        r = rng.random()
        if appositive and r < 0.3:
            title = sp.title if sp.title[0].isupper() and " to " in sp.title else sp.title.lower()
            return f"{name}, {sp.country.name}’s {title},"
        if r < 0.7:
            return f"{sp.country.demonym} {_cap(sp.title)} {name}"
        return f"{_cap(sp.title)} {name}"

    def mention(self, sp: Speaker, *, initial: bool = False, appositive: bool = True,
                pronoun: bool = True) -> str:
        """How the text refers to ``sp`` here; updates the mention state."""
        rng = self.rng
        if sp.id not in self.introduced:
            self.introduced.append(sp.id)
            text = self.intro(sp, appositive)
        elif pronoun and self.last_mentioned == sp.id and rng.random() < 0.5:
            text = "she" if sp.female else "he"
        elif self.unique_role[sp.id] and rng.random() < 0.25:
            noun = "diplomat" if sp.diplomat and rng.random() < 0.5 else sp.role_noun
            text = f"the {noun}"
        else:
            text = self.last[sp.id]
        self.last_mentioned = sp.id
        return _cap(text) if initial else text

    def pick_speaker(self) -> Speaker:
        rng = self.rng
        if len(self.speakers) == 1 or rng.random() < 0.6:
            return self.speakers[0]
        return rng.choice(self.speakers[1:])

    def label(self, sp: Speaker | None, surface: str, kind: str, cue: str, text: str) -> None:
        self.quotes.append({
            "speaker": sp.name if sp else None,
            "as": surface,
            "kind": kind,
            "cue": cue,
            "text": text[:QUOTE_PREVIEW],
        })

    # -- paragraphs --------------------------------------------------------------
    def lede(self) -> str:
        """Opening paragraph; usually introduces the main speaker in narrative."""
        rng = self.rng
        if rng.random() < 0.7:
            sp = self.speakers[0]
            who = self.mention(sp, initial=True)
            return (f"{who} {_VERB_PAST(rng)} the {_NOUN(rng)} of {rng.choice(self._topic_phrases)} "
                    f"on {V.WEEKDAYS[self.date.weekday()]}, as {_clause(self.render(_NARRATIVE(rng)))}.")
        return self.narrative(2, 3)

    def quote_paragraph(self) -> str:
        """A paragraph holding one attributed quote (sometimes two spans)."""
        rng = self.rng
        r = rng.random()
        if r < 0.05:  # unnamed source
            q = self.quote_text(1, 2)
            who = rng.choice((f"a senior {self.country.demonym} official",
                              "diplomatic sources", f"a {self.country.demonym} diplomat",
                              "an official familiar with the talks"))
            self.label(None, who, "direct", "said", q)
            return f"“{_comma(q)}” {who} said on condition of anonymity."
        sp = self.pick_speaker()
        if r < 0.30:  # “...,” X said.
            q = self.quote_text()
            who = self.mention(sp)
            cue = rng.choice(("said", "said", "said", "added", "stressed", "warned",
                              "insisted", "told reporters", "told a news conference"))
            if q.endswith("?"):
                cue = "asked"
            self.label(sp, who, "direct", cue, q)
            tail = f" in {self._fill['city']()}" if cue.startswith("told") and rng.random() < 0.5 else ""
            return f"“{_comma(q)}” {who} {cue}{tail}."
        if r < 0.40:  # “...,” said X.
            q = self.quote_text()
            who = self.mention(sp, appositive=False, pronoun=False)
            self.label(sp, who, "direct", "said", q)
            return f"“{_comma(q)}” said {who}."
        if r < 0.50:  # X said: “...”
            q = self.quote_text(1, 2)
            who = self.mention(sp, initial=True)
            cue = rng.choice(("said", "wrote on X", "told the Security Council",
                              "said in a statement"))
            self.label(sp, who, "direct", cue, q)
            return f"{who} {cue}: “{q}”"
        if r < 0.62:  # two spans around the attribution
            q1, q2 = self.quote_text(1, 1), self.quote_text(1, 2)
            who = self.mention(sp)
            self.label(sp, who, "direct", "said", q1)
            self.label(sp, who, "direct", "said", q2)
            return f"“{_comma(q1)}” {who} said. “{q2}”"
        if r < 0.72:  # partial quote inside a sentence
            p = self.partial()
            who = self.mention(sp, initial=True)
            cue = rng.choice(("said", "told reporters", "argued"))
            self.label(sp, who, "partial", cue, p)
            return (f"{who} {cue} the {_NOUN(rng)} of {rng.choice(self._topic_phrases)} "
                    f"was “{p}” and {_clause(self.render(_NARRATIVE(rng)))}.")
        if r < 0.80:  # according to X, ... “partial”.
            p = self.partial()
            who = self.mention(sp, appositive=False, pronoun=False)
            self.label(sp, who, "partial", "according to", p)
            return f"According to {who}, the {_NOUN(rng)} {rng.choice(('is', 'was', 'remains'))} “{p}.”"
        if r < 0.86:  # described ... as “partial”
            p = self.partial()
            who = self.mention(sp, initial=True)
            self.label(sp, who, "partial", "described", p)
            return (f"{who} described the {_NOUN(rng)} as “{p},” adding that "
                    f"{_clause(self.render(_NARRATIVE(rng)))}.")
        if r < 0.93:  # quoted by an outlet
            q = self.quote_text(1, 2)
            who = self.mention(sp, appositive=False, pronoun=False)
            outlet = rng.choice(self.w.outlets)
            self.label(sp, who, "direct", "quoted by", q)
            return f"“{_comma(q)}” {outlet} quoted {who} as saying."
        q = self.quote_text()  # quote then a narrative follow-up
        who = self.mention(sp)
        self.label(sp, who, "direct", "said", q)
        return f"“{_comma(q)}” {who} said. {self.sentence()}"

    def body(self, n_quotes: int, subheads: int = 0) -> list[str]:
        """Lede, then narrative and quote paragraphs until n_quotes are placed."""
        rng = self.rng
        paras = [self.lede()]
        placed = 0
        sub_at = sorted(rng.sample(range(1, n_quotes + 1), min(subheads, n_quotes))) if n_quotes else []
        while len(self.quotes) < n_quotes:
            for _ in range(rng.choice((0, 1, 1, 2))):
                paras.append(self.narrative())
            paras.append(self.quote_paragraph())
            placed += 1
            if sub_at and placed == sub_at[0]:
                sub_at.pop(0)
                paras.append(_cap(self.subhead()))
        # A two-span paragraph can overshoot by one; drop surplus labels only
        # if they'd mislead — they don't: labels describe what was written.
        paras.append(self.narrative(1, 3))
        return paras

    def record(self, fmt: str, title: str | None) -> dict:
        return {"format": fmt, "title": title, "date": self.date.isoformat(),
                "topics": self.topics, "quotes": self.quotes}


def _comma(q: str) -> str:
    """Quote text as printed before the attribution: final period -> comma."""
    return q[:-1] + "," if q.endswith(".") else q


def _wrap(text: str, width: int) -> list[str]:
    """Greedy hard wrap at spaces (faster than textwrap and enough here)."""
    lines = []
    start = 0
    n = len(text)
    while n - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            cut = text.find(" ", start + width)
            if cut == -1:
                break
        lines.append(text[start:cut])
        start = cut + 1
    lines.append(text[start:])
    return lines


class _DocumentWriter:
    """Builds one document of a given format from its own RNG."""

    def __init__(self, rng: random.Random, w: World, density: float) -> None:
        self.rng = rng
        self.w = w
        self.density = density

    def n_quotes(self, fmt: str) -> int:
        lo, hi = QUOTES_PER_ARTICLE[fmt]
        # Stochastic rounding keeps the mean exact for fractional densities.
        return int(self.rng.randint(lo, hi) * self.density + self.rng.random())

    def article(self) -> _Article:
        return _Article(self.rng, self.w, dt.date.fromordinal(self.rng.randint(FIRST_DAY, LAST_DAY)))

    def caption(self, art: _Article) -> str:
        d = art.date
        agency = self.rng.choice(self.w.agencies)
        if self.rng.random() < 0.5:
            return f"Photo: {agency}"
        return f"Photo: {agency} / {d.day} {V.MONTHS[d.month - 1]} {d.year}"

    # -- formats -----------------------------------------------------------------
    def wire(self) -> tuple[str, list[dict]]:
        rng = self.rng
        art = self.article()
        paras = art.body(self.n_quotes("wire"), subheads=rng.choice((0, 1, 1, 2)))
        if rng.random() < 0.15:
            paras.insert(rng.randint(1, len(paras) - 1), self.caption(art))
        text = f" date {art.date.isoformat()} " + "\n\n".join(paras) + "\n"
        return text, [art.record("wire", None)]

    def wrapped(self) -> tuple[str, list[dict]]:
        rng = self.rng
        art = self.article()
        paras = art.body(self.n_quotes("wrapped"))
        width = rng.randint(88, 96)
        outlet = rng.choice(self.w.outlets)
        domain = _domain(outlet)
        related_day = dt.date.fromordinal(art.date.toordinal() - rng.randint(1, 30))
        related = art.headline()
        url = f"https://www.{domain}/{related_day:%Y/%m/%d}/{_slug(related)}"
        video = f"https://video.{domain}/watch?v={rng.getrandbits(40):010x}"
        blocks = []
        for i, p in enumerate(paras):
            lines = _wrap(p, width)
            if rng.random() < 0.2:
                lines[-1] += " "  # stray trailing blank, as in scraped text
            blocks.append("\n".join(lines))
            if i == 2:
                blocks.append(f"Related article: {related}")
                blocks.append(f"{video}\n{video}\n{url}\n")
        return " " + "\n\n".join(blocks) + " ", [art.record("wrapped", None)]

    def _teaser_lines(self, k: int) -> list[str]:
        """Headlines and standfirsts of other (invented) stories; no quotes."""
        rng = self.rng
        other = self.article()
        out = []
        for _ in range(k):
            if rng.random() < 0.5:
                out.append(other.headline())
            else:
                out.append(other.sentence()[:-1] if rng.random() < 0.5 else other.narrative(1, 1))
        return out

    def teaser(self) -> tuple[str, list[dict]]:
        rng = self.rng
        top = self._teaser_lines(2)
        art = self.article()
        paras = art.body(self.n_quotes("teaser"))
        bottom = self._teaser_lines(rng.randint(6, 8))
        bottom.insert(rng.randint(0, 2), top[1])  # pages repeat their own teaser
        # This format separates paragraphs with single newlines.
        return "\n".join(top + paras + bottom), [art.record("teaser", None)]

    def scrape(self) -> tuple[str, list[dict]]:
        rng = self.rng
        stories = []
        records = []
        for i in range(3):
            art = self.article()
            paras = art.body(self.n_quotes("scrape"))
            title = art.headline()
            section = rng.choice(self.w.sections) if rng.random() < 0.7 else \
                f"{art.country.name}-{rng.choice(self.w.countries).name} conflict"
            head = []
            if i == 0 and rng.random() < 0.7:
                head.append(art.last[art.speakers[0].id])  # tag line
            head.append(f"{title} | {section} News")
            cut = min(2, len(paras))
            body = paras[:cut] + ["Recommended Stories", "list of 3 itemsend of list"] + paras[cut:]
            stories.append("\n\n".join(head + body + ["Source link"]))
            records.append(art.record("scrape", title))
        return "\n\n".join(stories), records

    def interview(self) -> tuple[str, list[dict]]:
        rng = self.rng
        art = self.article()
        sp = art.speakers[0]
        art.speakers = [sp]  # one voice answers
        name = art.full_name(sp)
        title_quote = art.quote_text(1, 1)[:-1]
        art.label(sp, name, "direct", "title", title_quote)
        d = art.date
        outlet = rng.choice(self.w.outlets)
        medium = rng.choice(("newspaper", "news agency", "television channel", "magazine"))
        role = _cap(sp.title)
        lines = [
            f"{name}: “{title_quote}”",
            f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d} {d.day:02d}.{d.month:02d}.{d.year} •",
            self.caption(art) if rng.random() < 0.3 else f"Photo: {rng.choice(self.w.agencies)}",
            f"{role} {name}’s interview with {medium} {outlet}.",
            f"{rng.choice(sp.country.cities)}, {V.MONTHS[d.month - 1]} {d.day}, {d.year}",
        ]
        for _ in range(self.n_quotes("interview")):
            lines.append("Question: " + _cap(art.render(rng.choice(_QUESTION))))
            answer = []
            for _ in range(rng.randint(1, 4)):
                sents = [_cap(art.render(_QUOTE(rng))) if rng.random() < 0.6 else art.sentence()
                         for _ in range(rng.randint(2, 6))]
                answer.append(" ".join(sents))
            art.label(sp, name, "answer", "answer", answer[0])
            answer[0] = f"{name}: {answer[0]}"
            lines.extend(answer)
        handle = _slug(outlet).replace("-", "_").title()
        text = "\n\n".join(lines) + f"\n\n \n\nread more in our Telegram-channel https://t.me/{handle}"
        return text, [art.record("interview", lines[0])]


def _pick_format(rng: random.Random) -> str:
    r = rng.random()
    acc = 0.0
    for name, weight in FORMAT_WEIGHTS:
        acc += weight
        if r < acc:
            return name
    return FORMAT_WEIGHTS[-1][0]


def make_document(index: int, seed: int = 1, density: float = 1.0,
                  fmt: str | None = None) -> Document:
    """Build document ``index`` of ``seed`` (independent of every other index)."""
    rng = random.Random(f"{seed}:{index}")
    chosen = _pick_format(rng)  # always drawn, so forcing fmt keeps the stream aligned
    fmt = fmt or chosen
    writer = _DocumentWriter(rng, world(seed), density)
    text, articles = getattr(writer, fmt)()
    return Document(index, f"{index:06d}.txt", fmt, text.encode("utf-8"), articles)


def iter_labelled(n_documents: int | None = None, seed: int = 1, *,
                  n_quotes: int | None = None, density: float = 1.0,
                  start: int = 0) -> Iterator[Document]:
    """Yield :class:`Document` objects one at a time.

    Stops after ``n_documents`` documents, or once the expected quote count
    reaches ``n_quotes`` (whichever is given; both → whichever comes first).
    """
    if n_documents is None and n_quotes is None:
        raise ValueError("give n_documents or n_quotes")
    quotes = 0
    index = start
    while True:
        if n_documents is not None and index - start >= n_documents:
            return
        if n_quotes is not None and quotes >= n_quotes:
            return
        doc = make_document(index, seed, density)
        quotes += doc.quotes
        index += 1
        yield doc


def iter_documents(n_documents: int | None = None, seed: int = 1, *,
                   n_quotes: int | None = None, density: float = 1.0) -> Iterator[tuple[str, bytes]]:
    """Yield ``(name, bytes)`` pairs without touching disk (for streaming benchmarks)."""
    for doc in iter_labelled(n_documents, seed, n_quotes=n_quotes, density=density):
        yield doc.name, doc.data


def generate(n_documents: int | None = None, seed: int = 1, out_dir: str | os.PathLike | None = None,
             *, n_quotes: int | None = None, density: float = 1.0,
             manifest: bool = True) -> Iterator[Document]:
    """Stream documents, writing each to ``out_dir`` (if given) as it is made.

    With ``manifest`` the folder also gets ``manifest.jsonl`` (one line per
    document, written as we go) and ``speakers.jsonl`` (the roster).
    """
    if out_dir is None:
        yield from iter_labelled(n_documents, seed, n_quotes=n_quotes, density=density)
        return
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        man = None
        if manifest:
            with open(out / "speakers.jsonl", "w", encoding="utf-8") as f:
                f.writelines(json.dumps({"name": sp.name, "aliases": sp.aliases, "title": sp.title,
                                         "country": sp.country.name, "female": sp.female},
                                        ensure_ascii=False) + "\n" for sp in world(seed).speakers)
            man = stack.enter_context(open(out / "manifest.jsonl", "w", encoding="utf-8"))
        for doc in iter_labelled(n_documents, seed, n_quotes=n_quotes, density=density):
            with open(out / doc.name, "wb") as f:
                f.write(doc.data)
            if man is not None:
                man.write(doc.manifest_line() + "\n")
            yield doc


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--documents", type=int, help="number of documents to generate")
    size.add_argument("--quotes", type=int, help="generate until about this many quotes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="output folder (omit to generate without writing)")
    ap.add_argument("--density", type=float, default=1.0,
                    help="multiplier on quotes per article (default 1.0 ≈ 10 per document)")
    ap.add_argument("--no-manifest", action="store_true", help="skip manifest.jsonl / speakers.jsonl")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    docs = articles = quotes = size_bytes = 0
    by_format = dict.fromkeys(FORMATS, 0)
    for doc in generate(args.documents, args.seed, args.out, n_quotes=args.quotes,
                        density=args.density, manifest=not args.no_manifest):
        docs += 1
        articles += len(doc.articles)
        quotes += doc.quotes
        size_bytes += len(doc.data)
        by_format[doc.fmt] += 1
    seconds = time.perf_counter() - t0
    mix = " ".join(f"{k}={v}" for k, v in by_format.items())
    print(f"documents={docs} articles={articles} expected_quotes={quotes} "
          f"bytes={size_bytes} seconds={seconds:.2f} seed={args.seed} [{mix}]"
          + (f" out={args.out}" if args.out else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
