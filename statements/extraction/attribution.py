"""Who said it: speech cues, subjects, pronouns and role descriptions.

For each quotation the sentence around it is searched for a speech cue:

* after the quote: ``"...," Lavrov said``, ``"...," said the minister``,
  ``"...," Reuters quoted Sullivan as saying``, ``as Zelenskyy described it``;
* before it: ``Lavrov said Moscow had "some hopes"``, ``Tsahkna declared: "..."``,
  ``..., who pressed Moscow to take "..."``, ``according to X``,
  ``X's remarks that ... "..."``.

The subject of the cue verb is read from the text before it (skipping
adverbs, appositions and relative clauses) or after it (inverted order). A
pronoun goes to the most recent person in subject position; a description
("the diplomat", "Russia's top diplomat") goes to the article's person whose
title fits; "a Ukrainian official" stays an unnamed actor. A quote without a
cue of its own takes the speaker of the previous quote in the same paragraph
(the second half of a split quote) or, when the paragraph is nothing but the
quote, of the quote just before it. Short fragments with no cue are scare
quotes and are dropped.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .actors import (
    NEWS_AGENCIES,
    ROLE_WORDS,
    STOPWORDS,
    ActorRegistry,
    Mention,
    find_mentions,
    name_key,
    plausible_person,
    role_specificity,
)
from .places import is_place
from .quotes import QuoteSpan
from .records import ActorKind, ActorRecord

_BASE_VERBS = """add note warn insist state declare claim argue call describe characterize characterise accuse
suggest reiterate repeat stress emphasise emphasize press urge post tweet announce explain remark comment
respond reply answer ask continue conclude admit acknowledge concede confirm deny assert maintain contend
complain threaten vow pledge promise predict caution allege demand recall quip joke express label brand dub
term praise hail thank welcome condemn denounce criticise criticize slam blast dismiss reject equate compare
liken differentiate distinguish compliment lament observe underline underscore highlight signal mention
tell write say describe assure agree disagree blame boast retort counter recount testify report""".split()
_IRREGULAR = """said says saying told tells telling wrote writes writing written put""".split()


def _verb_forms() -> set[str]:
    forms = set(_IRREGULAR)
    for base in _BASE_VERBS:
        forms.add(base)
        if base.endswith("e"):
            forms.update({base + "s", base + "d", base[:-1] + "ing"})
        elif base.endswith("y") and base[-2] not in "aeiou":
            forms.update({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
        else:
            suffix_s = "es" if base.endswith(("s", "sh", "ch", "x")) else "s"
            forms.update({base + suffix_s, base + "ed", base + "ing"})
            if re.search(r"[^aeiou][aeiou][bdglmnprt]$", base) and base not in {"answer", "counter", "mention", "signal", "label", "threaten", "comment"}:
                forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    forms.update({"labelled", "labelling", "signalled", "signalling"})
    forms.discard("put")
    return forms


VERB_FORMS = _verb_forms()


class _WordSet:
    """Whole words from a set, found like a regex ``\\b(word|...)\\b`` (any case).

    Looking each word of the text up in a set is far faster than a regular
    expression alternation of hundreds of verb forms.
    """

    _WORD = re.compile(r"(\w+)")

    def __init__(self, words: set[str]) -> None:
        self.words = frozenset(words)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        words = self.words
        for m in self._WORD.finditer(text):
            if m.group().lower() in words:
                yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def fullmatch(self, text: str) -> bool:
        return text.lower() in self.words


_VERB = _WordSet(VERB_FORMS)
_PRONOUN = re.compile(r"^(?:he|she|i|we|they|it)$", re.I)
_ADVERBS = re.compile(
    r"(?:\s*,?\s*\b(?:also|later|then|again|has|have|had|is|was|were|are|will|would|could|should|may|might|"
    r"has been|had been|once|further|previously|earlier|recently|repeatedly|later|and|but|not|never|"
    r"on\s+\w+day|this\s+(?:week|month|year|morning)|last\s+\w+|later\s+\w+day|\w+ly|in\s+a\s+statement|"
    r"on\s+[A-Z]\w+(?:\s+\d+)?|at\s+the\s+time)\b)+\s*$",
    re.I,
)
_PREPOSITIONS = re.compile(r"\b(?:in|at|from|into|to|near|across|via|outside|inside|around|towards?|over|on|by|with|against|between|for|of)\s+(?:the\s+)?$", re.I)
_DESCRIPTION = re.compile(
    r"(?P<np>(?:(?:the|a|an|one|two|three|several|some|many|other|its|his|her|their|[A-Z][\w’'.-]*['’]s?)\s+)?"
    r"(?:[\w’'.-]+\s+){0,3}?"
    r"(?P<noun>diplomats?|ministers?|president|spokesperson|spokesman|spokeswoman|spokespeople|envoys?|ambassadors?|"
    r"chancellor|premier|secretary|leaders?|officials?|sources?|fm|pm|ministry|advis[eo]rs?|aides?|negotiators?|"
    r"commanders?|analysts?|experts?|lawmakers?|senators?|counterparts?|chief|head|prosecutors?|statement|"
    r"communiqu[eé]|report|government|administration|military|army|kremlin|embassy|agency|office|people|residents?|"
    r"witness(?:es)?|observers?|critics?|activists?))\s*$",
    re.I,
)
_ROLE_SYNONYMS = {
    "diplomat": ("foreign", "secretary of state", "ambassador", "envoy", "diplomat", "affairs"),
    "fm": ("foreign", "affairs"),
    "pm": ("prime minister", "premier"),
    "minister": ("minister",),
    "president": ("president",),
    "chancellor": ("chancellor",),
    "premier": ("prime minister", "premier"),
    "secretary": ("secretary",),
    "envoy": ("envoy", "ambassador"),
    "ambassador": ("ambassador", "envoy"),
    "spokesperson": ("spokes",),
    "spokesman": ("spokes",),
    "spokeswoman": ("spokes",),
    "leader": ("president", "leader", "prime minister", "chancellor", "premier"),
    "counterpart": ("minister", "secretary"),
    "chief": ("chief", "head", "secretary"),
    "head": ("head", "chief", "secretary"),
    "commander": ("commander", "general"),
}
_UNNAMED_NOUNS = {"official", "officials", "source", "sources", "diplomats", "analyst", "analysts", "expert", "experts",
                  "people", "resident", "residents", "witness", "witnesses", "observer", "observers", "critic",
                  "critics", "activist", "activists", "aide", "aides", "lawmakers", "leaders", "ministers"}
_ORG_NOUNS = {"ministry", "government", "administration", "military", "army", "kremlin", "embassy", "agency", "office"}


_NOT_NEWLINE = re.compile(r"[^\n]")
# Before a name used as a place: "talks in Ostrava", "arrived at Tallow".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|via|towards|around)\s+(?:the\s+)?$")
# ", the foreign minister," after a name (an age may come first: ", 54,").
_TRAILING_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?P<phrase>[^,;:!?()\"“”«»_\n]{2,90}?)(?=\s*(?:,|\.(?:\s|$)|;|$))")
# "Veldania's envoy to Norvia" just before ", Name".
_LEADING_APPOSITION = re.compile(r"(?:^|[.;:!?]\s+|\n|,\s+|\b(?:and|but)\s+)(?P<phrase>[^,.;:!?()\"“”«»_\n]{2,90})$")
_APPOSITION_HEADS = frozenset(
    """minister ministers envoy ambassador spokesman spokeswoman spokesperson president chancellor secretary
    premier diplomat adviser advisor director chief head leader commander general governor mayor senator
    lawmaker official negotiator representative chairman chairwoman chair prosecutor king queen prince
    princess emir sultan pope speaker deputy ceo correspondent editor analyst professor founder mp
    commissioner attorney judge""".split()
)
_POSSESSIVE_WORD = re.compile(r"['’]s$")
_DETERMINERS = frozenset("the a an his her its their".split())
_CLAUSE_WORDS = frozenset("who which whose that when while where because if although though is was has had will would".split())
_MALE_TITLES = frozenset("mr sir lord king prince emir sultan sheikh spokesman chairman congressman businessman pope".split())
_FEMALE_TITLES = frozenset("mrs ms miss lady dame queen princess spokeswoman chairwoman congresswoman businesswoman madam".split())
_GENDERED_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
# The word that ends a sentence: its punctuation is followed by a space and
# a capital or an opening mark. The word is the whole whitespace-free token.
_SENTENCE_END = re.compile(r"(?<!\S)(\S*?[.!?…])(?=\s+[\"“‘«A-Z_])")
_ABBREVIATION = re.compile(
    r"(?:[A-Za-z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Lt|Col|Gov|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Jr|Sr)\."
)


@dataclass
class Attribution:
    speaker: ActorRecord | None
    cue: str
    confidence: float
    position: int  # where the speaker is named, for later pronouns
    explicit: bool  # a cue of the quote's own (not carried over)


class ArticleContext:
    """What attribution needs to know about one article body."""

    def __init__(self, body: str, paragraphs: list[tuple[int, int]], quotes: list[QuoteSpan], registry: ActorRegistry) -> None:
        self.body = body
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.registry = registry
        # The body with quoted text (marks included) blanked out as "_", so
        # cues and names are only read from the reporter's own words.
        pieces = []
        pos = 0
        for q in quotes:
            if q.open_mark < pos:
                continue
            pieces.append(body[pos:q.open_mark])
            pieces.append(_NOT_NEWLINE.sub("_", body[q.open_mark:q.outer_end]))
            pos = q.outer_end
        pieces.append(body[pos:])
        self.masked = "".join(pieces)
        blocked = [(q.open_mark, q.outer_end) for q in quotes]
        self.mentions = find_mentions(body, blocked)
        self.boundaries = self._sentence_boundaries()
        self.events: list[tuple[int, ActorRecord]] = []
        self._event_positions: list[int] = []
        self.places: set[str] = set()
        # (start, end, person) of titles set off by commas next to a name.
        self.appositions: list[tuple[int, int, ActorRecord]] = []
        self._register_mentions()

    # -- sentences -------------------------------------------------------
    def _sentence_boundaries(self) -> list[int]:
        marks = set()
        for start, end in self.paragraphs:
            marks.add(start)
            marks.add(end)
        for m in _SENTENCE_END.finditer(self.masked):
            # Abbreviations: "U.S. President", "Mr. Smith", "Gen. Lee".
            if _ABBREVIATION.fullmatch(m.group(1)):
                continue
            marks.add(m.end())
        for q in self.quotes:
            inner = self.body[q.start : q.end].rstrip()
            if inner.endswith((".", "!", "?", "…")) and re.match(r"\s+[\"“‘«A-Z]", self.body[q.outer_end : q.outer_end + 3]):
                marks.add(q.outer_end)
        return sorted(marks)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        b = self.boundaries
        k = bisect.bisect_right(b, start) - 1
        s = b[k] if k >= 0 else 0
        k = bisect.bisect_left(b, end)
        e = b[k] if k < len(b) else len(self.body)
        return s, e

    def paragraph_index(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.paragraphs):
            if s <= pos <= e:
                return i
        return len(self.paragraphs) - 1

    # -- people ------------------------------------------------------------
    def _register_mentions(self) -> None:
        # Names used as places or affiliations ("in Ostrava", "Berrow of
        # Veldania") are not people anywhere in the article.
        for m in self.mentions:
            if m.affiliation:
                self.places.add(name_key(m.affiliation))
            if m.kind == ActorKind.PERSON and not m.role and not m.possessive and _PLACE_BEFORE.search(self.body, max(0, m.start - 12), m.start):
                self.places.add(name_key(m.name))
        # Full names first, so that surnames anywhere can be joined to them.
        for m in self.mentions:
            if m.kind == ActorKind.PERSON and m.tokens >= 2 and not self._locative(m) and not self._place(m):
                self.registry.person(m.name, m.role, m.affiliation, alias=m.name)
        for m in self.mentions:
            actor = self.person_for(m)
            if actor is None:
                continue
            self._apposition(m, actor)
            self._title_gender(m, actor)
            if m.possessive or self._locative(m) or self._attributive(m):
                continue
            self.events.append((m.start, actor))
        self.events.sort(key=lambda e: e[0])
        self._event_positions = [e[0] for e in self.events]
        self._gender_read = False  # pronoun evidence is read when first needed

    def _place(self, m: Mention) -> bool:
        return not m.role and name_key(m.name) in self.places

    def _apposition(self, m: Mention, actor: ActorRecord) -> None:
        """A title set off by commas next to a name gives the person a role:
        "Ivo Marnak, Veldania's envoy to Norvia," / "Veldania's envoy, Ivo Marnak,"."""
        after = _TRAILING_APPOSITION.match(self.masked, m.end)
        if after and self._is_title_phrase(after.group("phrase"), after.start("phrase")):
            self._take_role(after.group("phrase"), after.start("phrase"), after.end("phrase"), actor)
            return
        before = self.masked[max(0, m.start - 100):m.start]
        if not before.endswith(", "):
            return
        lead = _LEADING_APPOSITION.search(before[:-2])
        if lead:
            start = m.start - len(before) + lead.start("phrase")
            phrase = lead.group("phrase")
            if self._is_title_phrase(phrase, start) and re.match(r"\s*(?:,|[a-z]+\b)", self.masked[m.end:m.end + 20]):
                self._take_role(phrase, start, start + len(phrase), actor)

    def _is_title_phrase(self, phrase: str, start: int) -> bool:
        words = phrase.split()
        if not 1 <= len(words) <= 10:
            return False
        first = words[0]
        lowered = [w.strip("’'").lower() for w in words]
        if not any(w in _APPOSITION_HEADS or _POSSESSIVE_WORD.sub("", w) in _APPOSITION_HEADS for w in lowered):
            return False
        if _VERB.search(phrase) or any(w in _CLAUSE_WORDS for w in lowered):
            return False
        if not (lowered[0] in _DETERMINERS or first[:1].isupper() and lowered[0] not in STOPWORDS or lowered[0] in ROLE_WORDS):
            return False
        # No other person inside the phrase ("Berrow, Kreel and the president").
        end = start + len(phrase)
        return not any(start <= o.start < end and o.kind == ActorKind.PERSON and not self._place(o) for o in self.mentions)

    def _take_role(self, phrase: str, start: int, end: int, actor: ActorRecord) -> None:
        role = re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", phrase.strip(), flags=re.I)
        owner = re.match(r"^(?P<aff>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s?\s+", role)
        if owner:
            if not actor.affiliation:
                actor.affiliation = owner.group("aff")
            role = role[owner.end():]
        if role_specificity(role) > role_specificity(actor.role):
            actor.role = role
        self.appositions.append((start, end, actor))

    def _title_gender(self, m: Mention, actor: ActorRecord) -> None:
        # "Mr" and "Mrs" are dropped from the mention itself: look before it.
        before = self.body[max(0, m.start - 6):m.start].lower().replace(".", " ").split()
        for word in [*before[-1:], *m.text.lower().replace(".", " ").split()]:
            if word in _MALE_TITLES:
                self.registry.add_gender(actor, female=False, weight=3)
            elif word in _FEMALE_TITLES:
                self.registry.add_gender(actor, female=True, weight=3)

    def _pronoun_gender(self) -> None:
        """Evidence of a person's sex from the pronouns that refer to them:
        the subject of a sentence is what "he"/"she"/"his"/"her" in it, or
        opening the next sentence, most often means."""
        if not self.events:
            return
        for p in _GENDERED_PRONOUN.finditer(self.masked):
            word = p.group(1).lower()
            if word == "her" and not re.match(r"\s+[a-z]", self.masked[p.end():p.end() + 3]):
                continue  # "praised her": an object, often not the subject
            s_start, _ = self.sentence(p.start(), p.end())
            here = self._persons_between(s_start, p.start())
            if here:
                actor = here[0]
            else:
                if p.start() - s_start > 2:
                    continue
                prev_start, _ = self.sentence(max(0, s_start - 1), max(0, s_start - 1))
                before = self._persons_between(prev_start, s_start)
                if len({id(a) for a in before}) != 1:
                    continue
                actor = before[0]
            self.registry.add_gender(actor, female=word in {"she", "her", "herself"})

    def _persons_between(self, start: int, end: int) -> list[ActorRecord]:
        lo = bisect.bisect_left(self._event_positions, start)
        hi = bisect.bisect_left(self._event_positions, end)
        return [a for _, a in self.events[lo:hi]]

    def _locative(self, m: Mention) -> bool:
        return not m.role and bool(_PREPOSITIONS.search(self.body[max(0, m.start - 12) : m.start]))

    def _attributive(self, m: Mention) -> bool:
        # "the Trump administration": a name used as a modifier.
        before = self.body[max(0, m.start - 4) : m.start].lower()
        after = re.match(r"\s+([a-z]+)", self.body[m.end : m.end + 20])
        return not m.role and before.endswith("the ") and bool(after) and not _VERB.fullmatch(after.group(1))

    def person_for(self, m: Mention) -> ActorRecord | None:
        if m.kind != ActorKind.PERSON or self._place(m):
            return None
        if m.tokens >= 2:
            if self._locative(m):
                return None
            return self.registry.person(m.name, m.role, m.affiliation, alias=m.name)
        actor = self.registry.by_surname(m.name)
        if actor is not None and m.name != actor.name:
            actor.aliases.add(m.name)  # "Berrow" for Anna Berrow
        if actor is None and self.registry.gazetteer is not None:
            known = self.registry.gazetteer.lookup(m.name)
            if known is not None:
                actor = self.registry.person(known.name, alias=m.name)
        if actor is None and m.role and plausible_person(m.name):
            actor = self.registry.person(m.name, m.role, m.affiliation)
        return actor

    def add_event(self, pos: int, actor: ActorRecord) -> None:
        if actor.kind != ActorKind.PERSON:
            return
        k = bisect.bisect_right(self._event_positions, pos)
        self.events.insert(k, (pos, actor))
        self._event_positions.insert(k, pos)

    def antecedent(self, pos: int, pronoun: str = "") -> tuple[ActorRecord | None, float]:
        """The most recent person named before ``pos`` whose sex (as far as
        the text tells) fits ``pronoun``; the nearest person otherwise."""
        want = "f" if pronoun.lower() in {"she", "her"} else "m" if pronoun.lower() in {"he", "his"} else ""
        if want and not self._gender_read:
            self._gender_read = True
            self._pronoun_gender()
        here = self.paragraph_index(pos)
        nearest: tuple[ActorRecord, float] | None = None
        k = bisect.bisect_left(self._event_positions, pos)
        for epos, actor in reversed(self.events[:k]):
            distance = here - self.paragraph_index(epos)
            if distance > 3:
                break
            confidence = 0.9 if distance == 0 else 0.8 if distance == 1 else 0.6
            if nearest is None:
                nearest = (actor, confidence)
            sex = self.registry.sex(actor) if want else ""
            if not sex or sex == want:
                return actor, confidence if actor is nearest[0] else confidence * 0.9
        if nearest is None:
            return None, 0.0
        return nearest[0], nearest[1] * 0.5

    def main_subject(self, keywords: tuple[str, ...], pos: int) -> ActorRecord | None:
        """The person whose title fits a description, nearest before ``pos``
        first, else the most mentioned such person in the article."""
        fits = [(p, a) for p, a in self.events if a.role and any(k in a.role.lower() for k in keywords)]
        before = [a for p, a in fits if p < pos]
        if before:
            return before[-1]
        if fits:
            counts: dict[int, int] = {}
            for _, a in fits:
                counts[id(a)] = counts.get(id(a), 0) + 1
            best = max(fits, key=lambda pa: counts[id(pa[1])])
            return best[1]
        return None

    # -- noun phrases ----------------------------------------------------
    def resolve_np(self, start: int, end: int) -> tuple[ActorRecord | None, float, bool]:
        """Resolve the speaker named in ``body[start:end]``.

        Returns (actor, confidence, found) where ``found`` says a subject was
        recognised at all (an unresolvable pronoun is found but None).
        """
        text = self.masked[start:end]
        stripped = _ADVERBS.sub("", text).strip(" ,;:—–-\n")
        if not stripped or "_" in stripped:
            return None, 0.0, False
        np_end = start + text.find(stripped) + len(stripped)
        np_start = np_end - len(stripped)
        last = stripped.split()[-1]
        if _PRONOUN.match(stripped) or _PRONOUN.match(last) and len(stripped.split()) == 1:
            if last.lower() in {"he", "she"}:
                actor, conf = self.antecedent(np_start, last)
                return actor, conf, True
            return None, 0.0, True
        if last.lower() in {"who", "which"}:
            before = self.masked[start:np_end - len(last)].rstrip(" ,")
            return self.resolve_np(start, start + len(before))
        for a_start, a_end, actor in self.appositions:
            if a_start <= np_start + 1 and np_end <= a_end + 1:
                return actor, 0.95, True  # "the foreign minister" next to her name
        # A name (or organisation) ending the phrase.
        # (+2: a possessive ending just past the phrase, "Trump's remarks")
        inside = [m for m in self.mentions if m.start >= np_start and m.end <= np_end + 2]
        if inside:
            m = inside[-1]
            tail = self.masked[m.end:np_end].strip(" ,")
            if not tail or tail.lower() in {"himself", "herself"}:
                resolved = self._actor_for_mention(m)
                if resolved[2]:
                    return resolved
        desc = _DESCRIPTION.search(stripped)
        if desc:
            return self._describe(desc.group("np").strip(), desc.group("noun").lower(), np_start)
        if self.registry.gazetteer is not None:
            known = self.registry.gazetteer.lookup(stripped)
            if known is not None:
                return self.registry._adopt(known, stripped), 0.9, True
        return None, 0.0, False

    def _actor_for_mention(self, m: Mention) -> tuple[ActorRecord | None, float, bool]:
        if self.registry.gazetteer is not None:
            known = self.registry.gazetteer.lookup(m.text)
            if known is not None:
                return self.registry._adopt(known, m.text), 1.0, True
        if not m.kind and not m.role and (is_place(m.name) or name_key(m.name) in self.places):
            # "Kuala Lumpur said": a capital speaking for its government.
            return self.registry.other(m.name, ActorKind.ORGANISATION), 0.8, True
        if m.kind == ActorKind.ORGANISATION:
            if m.name.lower() in NEWS_AGENCIES:
                return self.registry.other(m.name, ActorKind.ORGANISATION), 0.7, True
            name = re.sub(r"^the\s+", "", m.text, flags=re.I)
            return self.registry.other(name, ActorKind.ORGANISATION), 0.95, True
        actor = self.person_for(m)
        if actor is None and m.kind == ActorKind.PERSON and plausible_person(m.name):
            # A surname or name seen only here, as the subject of a speech verb.
            actor = self.registry.person(m.name, m.role, m.affiliation)
        if actor is None:
            return None, 0.0, False
        return actor, 1.0, True

    def _describe(self, np: str, noun: str, pos: int) -> tuple[ActorRecord | None, float, bool]:
        words = np.split()
        first = words[0].lower() if words else ""
        noun_singular = noun.rstrip("s") if noun not in {"fm", "pm", "ministry"} else noun
        if self.registry.gazetteer is not None:
            known = self.registry.gazetteer.lookup(np)
            if known is not None:
                return self.registry._adopt(known, np), 0.9, True
        if noun in _ORG_NOUNS:
            return self.registry.other(np if first not in {"the"} else " ".join(words[1:]), ActorKind.ORGANISATION if noun != "people" else ActorKind.UNNAMED), 0.8, True
        if first in {"a", "an", "one", "two", "three", "several", "some", "many", "other"} or noun in _UNNAMED_NOUNS:
            if any(w[:1].isupper() for w in words[1:]) and noun.endswith("s") and first not in {"a", "an"} and noun not in {"sources"}:
                # "ASEAN foreign ministers": a named group.
                return self.registry.other(np, ActorKind.ORGANISATION), 0.8, True
            return self.registry.other(np, ActorKind.UNNAMED), 0.8, True
        keywords = _ROLE_SYNONYMS.get(noun_singular)
        if keywords:
            actor = self.main_subject(keywords, pos)
            if actor is not None:
                return actor, 0.75, True
        return self.registry.other(np, ActorKind.UNNAMED), 0.5, True


_ASIDE = re.compile(
    r"(?:who|which|whose|\d{1,3}|speaking|citing|asked|asking|requesting|declining|insisting|according|"
    r"himself|herself|themselves|too|however|though|meanwhile|for (?:his|her|their|its) part|in turn)\b",
    re.I,
)
# Verbs of reporting whose subject is a news outlet, not a speaker.
_REPORT_VERBS = frozenset("report reports reported reporting".split())
_MEDIA_WORDS = frozenset("news times post journal herald gazette tribune telegraph radio tv television agency press daily channel network".split())
_NOUN_BEFORE = re.compile(r"(?:['’]s?|\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those))\s+$", re.I)
_PARENTHETICAL = re.compile(r",[^,]{1,60},")
_SAY_VERBS = frozenset("said says added adds continued continues told tells wrote writes stressed noted insisted explained".split())
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<np>.{1,80}?)\s+as\s+(?:saying|telling|writing)\b", re.I)
_AS_DESCRIBED = re.compile(r"^\W*as\s+(?P<np>.{1,60}?)\s+(?:described|put|called|said|says|wrote|noted|told)\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<np>[^,;]{1,80}?)(?=\s*(?:,|$|\.))", re.I)
_IN_WORDS = re.compile(r"\bin\s+(?P<p>his|her)\s+words\b", re.I)
_POSSESSIVE_CUE = re.compile(
    r"(?P<np>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s?\s+(?:remarks?|comments?|words|statements?|claims?|warnings?|"
    r"assertions?|view|accusations?|insistence|argument|description|declaration)\b[^_]{0,60}?\bthat\b",
)


def attribute(ctx: ArticleContext, q: QuoteSpan) -> tuple[Attribution | None, bool]:
    """Find the speaker of ``q``; returns (attribution, sentence_has_other_text)."""
    s_start, s_end = ctx.sentence(q.open_mark, q.outer_end)
    masked = ctx.masked
    before_text = masked[s_start:q.open_mark]
    after_text = masked[q.outer_end:s_end]
    has_other = bool(re.search(r"[A-Za-z]", before_text + after_text))

    # "..., Reuters quoted X as saying" / "TASS quoted X as saying"
    m = _QUOTED_AS.search(after_text)
    if m and not re.search(r"[_]", after_text[: m.start()]):
        base = q.outer_end + m.start("np")
        actor, conf, found = ctx.resolve_np(base, base + len(m.group("np")))
        if found:
            return Attribution(actor, "quoted as saying", conf, base, True), has_other
    m = _AS_DESCRIBED.match(after_text)
    if m:
        base = q.outer_end + m.start("np")
        actor, conf, found = ctx.resolve_np(base, base + len(m.group("np")))
        if found:
            return Attribution(actor, "as " + m.group(0).split()[-1], conf, base, True), has_other

    after = _after_cue(ctx, q.outer_end, after_text)
    before = _before_cue(ctx, s_start, q.open_mark, before_text)
    leading = not re.search(r"[A-Za-z]", before_text)
    # A quote that opens its sentence is attributed by what follows it; a
    # fragment inside the reporter's sentence by the verb that governs it.
    order = (after, before) if leading else (before, after)
    for cue in order:
        if cue is not None:
            return cue, has_other
    m = _ACCORDING.search(masked[s_start:s_end])
    if m:
        base = s_start + m.start("np")
        actor, conf, found = ctx.resolve_np(base, base + len(m.group("np")))
        if found:
            return Attribution(actor, "according to", conf, base, True), has_other
    m = _IN_WORDS.search(masked[s_start:s_end])
    if m:
        actor, conf = ctx.antecedent(s_start + m.start(), m.group("p"))
        if actor is not None:
            return Attribution(actor, "in his words", conf, s_start + m.start(), True), has_other
    if leading and not re.search(r"[A-Za-z]", after_text):
        cue = _paragraph_cue(ctx, q, s_end)
        if cue is not None:
            return cue, has_other
    return None, has_other


def _paragraph_cue(ctx: ArticleContext, q: QuoteSpan, s_end: int) -> Attribution | None:
    """A quote that is a paragraph (or opens one) of its own: its speaker is
    announced by the paragraph before ("Berrow said:") or named in the
    sentence right after it ("Berrow added that ...")."""
    p_index = ctx.paragraph_index(q.open_mark)
    p_start, p_end = ctx.paragraphs[p_index]
    if q.open_mark != p_start:
        return None
    if p_index > 0:
        prev_start, prev_end = ctx.paragraphs[p_index - 1]
        prev = ctx.masked[prev_start:prev_end].rstrip()
        if prev.endswith(":") and "_" not in prev[-3:]:
            s_start, _ = ctx.sentence(prev_start + len(prev) - 1, prev_start + len(prev) - 1)
            s_start = max(s_start, prev_start)
            cue = _before_cue(ctx, s_start, prev_start + len(prev), ctx.masked[s_start:prev_start + len(prev)])
            if cue is not None and cue.speaker is not None:
                return Attribution(cue.speaker, cue.cue, cue.confidence * 0.9, cue.position, True)
    if s_end >= p_end:
        return None
    n_start, n_end = ctx.sentence(s_end, s_end + 1)
    following = ctx.masked[s_end:min(n_end, p_end)]
    m = _VERB.search(following)
    if m is None or "_" in following[: m.start()] or len(following[: m.start()].split()) > 5:
        return None
    if m.group(1).lower() not in _SAY_VERBS:
        return None
    actor, conf, found = ctx.resolve_np(s_end, s_end + m.start())
    if found and actor is not None and actor.kind == ActorKind.PERSON:
        return Attribution(actor, m.group(1), conf * 0.85, s_end, True)
    return None


def _after_cue(ctx: ArticleContext, base: int, after_text: str) -> Attribution | None:
    m = None
    for v in _VERB.finditer(after_text):
        # "a senior official, who asked not to be named, said": the verb of
        # a relative clause is not the cue.
        if re.search(r"\b(?:who|which)\s+(?:\w+\s+)?$", after_text[: v.start()], re.I):
            continue
        m = v
        break
    if not m or "_" in after_text[: m.start()]:
        return None
    head = _PARENTHETICAL.sub(",", after_text[: m.start()])
    if len(head.split()) > 10 or _NOUN_BEFORE.search(after_text[: m.start()]):
        return None
    verb = m.group(1)
    segment_start = after_text.rfind(",", 0, m.start()) + 1
    prefix = after_text[segment_start : m.start()]
    if re.search(r"[A-Za-z]", prefix):
        actor, conf, found = ctx.resolve_np(base + segment_start, base + m.start())
        if found:
            return _media_check(Attribution(actor, verb, conf, base + segment_start, True))
        if re.search(r"[A-Za-z]", after_text[: segment_start]):
            return None
    elif re.search(r"[A-Za-z]", after_text[:segment_start]):
        # "“...,” Berrow, 54, said." / "“...,” a senior official, speaking
        # on condition of anonymity, said."
        found_before = _subject_before(ctx, base, base + m.start())
        if found_before is not None:
            return _media_check(Attribution(found_before[0], verb, found_before[1], found_before[2], True))
    # Inverted order: "said Lavrov", "says Russian FM".
    rest = after_text[m.end():]
    stop = re.search(r"[,.;:!?()—–]|\s(?:in|on|at|during|after|before|while|when|as|who|adding|according|to|from|with)\s", rest)
    np_text = rest[: stop.start()] if stop else rest
    if re.search(r"[A-Za-z]", np_text):
        start = base + m.end()
        actor, conf, found = ctx.resolve_np(start, start + len(np_text))
        if found:
            return _media_check(Attribution(actor, verb, conf, start, True))
    return None


def _is_media(actor: ActorRecord | None) -> bool:
    if actor is None or actor.kind != ActorKind.ORGANISATION:
        return False
    words = actor.name.lower().split()
    return actor.name.lower() in NEWS_AGENCIES or any(w in _MEDIA_WORDS for w in words)


def _media_check(att: Attribution) -> Attribution:
    """"Reuters reported": the outlet is not the speaker of what it reports."""
    if att.cue.lower() in _REPORT_VERBS and _is_media(att.speaker):
        return Attribution(None, att.cue, 0.4, att.position, True)
    return att


def _before_cue(ctx: ArticleContext, s_start: int, open_mark: int, before_text: str) -> Attribution | None:
    m = _POSSESSIVE_CUE.search(before_text)
    verbs = [v for v in _VERB.finditer(before_text) if not _NOUN_BEFORE.search(before_text[: v.start()])]
    if m and (not verbs or verbs[-1].start() < m.start()):
        base = s_start + m.start("np")
        actor, conf, found = ctx.resolve_np(base, base + len(m.group("np")))
        if found and actor is not None:
            return Attribution(actor, "remarks", conf * 0.9, base, True)
    for v in reversed(verbs):
        verb = v.group(1).lower()
        if _NOUN_BEFORE.search(before_text[: v.start()]):
            continue  # "Lavrov's comments", "the report": a noun, not a verb
        if "," in before_text[v.end():] and re.search(r"\b(?:which|who|whom)\s+(?:\S+\s+){0,2}$", before_text[: v.start()], re.I):
            continue  # ", which Washington asked to keep private,": a closed aside
        if verb.endswith("ing") and re.search(r",\s*$", before_text[: v.start()]) or verb in {"saying", "adding", "calling", "declaring", "describing", "accusing", "warning", "urging", "insisting", "arguing", "claiming", "noting", "stressing"} and re.search(r"(?:,|\band)\s*$", before_text[: v.start()]):
            # A participle: the speaker is the sentence's subject.
            subject = _sentence_subject(ctx, s_start, s_start + v.start())
            if subject is not None:
                return Attribution(subject[0], verb, subject[1], subject[2], True)
            continue
        head = before_text[: v.start()]
        actor_found = _subject_before(ctx, s_start, s_start + len(head))
        if actor_found is not None:
            actor, conf, pos = actor_found
            return _media_check(Attribution(actor, verb, conf, pos, True))
        # "The SBU ... told": a verb whose subject we cannot read; keep looking.
    if re.search(r":\s*$", before_text):
        subject = _sentence_subject(ctx, s_start, s_start + len(before_text))
        if subject is not None and subject[0] is not None:
            return Attribution(subject[0], ":", subject[1] * 0.9, subject[2], True)
    return None


def _subject_before(ctx: ArticleContext, s_start: int, verb_pos: int) -> tuple[ActorRecord | None, float, int] | None:
    """The subject of a verb at ``verb_pos``, read backwards over commas."""
    end = verb_pos
    for _ in range(4):
        text = ctx.masked[s_start:end]
        cut = text.rfind(",")
        seg_start = s_start + cut + 1
        segment = ctx.masked[seg_start:end]
        core = _ADVERBS.sub("", segment).strip()
        if not core:
            if cut < 0:
                return None
            end = s_start + cut
            continue
        rel = re.match(r"(?:which|whom|that)\s+(?=\S)", core, re.I)
        if rel and len(core.split()) <= 4:
            # "..., which he complimented as": the subject follows "which".
            sub_start = seg_start + segment.find(core) + rel.end()
            actor, conf, found = ctx.resolve_np(sub_start, end)
            if found:
                return actor, conf, sub_start
        if _ASIDE.match(core):
            # "who ...", "54", "speaking on condition of anonymity": an
            # aside between the subject and its verb.
            if cut < 0:
                return None
            end = s_start + cut
            continue
        actor, conf, found = ctx.resolve_np(seg_start, end)
        if found:
            return actor, conf, seg_start
        # The segment may end in the subject after a clause: "Though ..., Lavrov".
        words = core.split()
        if len(words) > 8:
            sub_start = end - len(" ".join(words[-5:])) - 1
            actor, conf, found = ctx.resolve_np(max(seg_start, sub_start), end)
            if found:
                return actor, conf, seg_start
        return None
    return None


def _sentence_subject(ctx: ArticleContext, s_start: int, limit: int) -> tuple[ActorRecord | None, float, int] | None:
    """The subject of the sentence's main clause (for participles, colons)."""
    verbs = [v for v in _VERB.finditer(ctx.masked[s_start:limit])]
    for v in verbs:
        found = _subject_before(ctx, s_start, s_start + v.start())
        if found is not None:
            return found
    # No speech verb: the first person named in the sentence, in subject
    # position (not a modifier such as "his UN speech").
    for m in ctx.mentions:
        if s_start <= m.start < limit and not m.possessive and m.kind == ActorKind.PERSON:
            if _NOUN_BEFORE.search(ctx.masked[max(s_start, m.start - 8):m.start]) or ctx._locative(m):
                continue
            actor, conf, found = ctx._actor_for_mention(m)
            if found and actor is not None:
                return actor, conf * 0.9, m.start
    pron = re.match(r"\s*(?:[A-Z][\w ,]{0,40},\s*)?(he|she)\b", ctx.masked[s_start:limit], re.I)
    if pron:
        actor, conf = ctx.antecedent(s_start + pron.start(1))
        if actor is not None:
            return actor, conf, s_start + pron.start(1)
    return None
