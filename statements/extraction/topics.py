"""Topic assignment by keyword rules, explainable by the keywords matched.

A rule is a slug, a name, a description and keywords. A keyword is a word or
phrase; a trailing ``*`` makes its last word a prefix ("sanction*" matches
sanctions, sanctioned). Matching is case-insensitive on word boundaries and
ignores accents and curly apostrophes.

Design: a quote is first matched on its own words. Only if that yields
nothing is the context (the article title and the quote's paragraph) used,
and then a topic needs two distinct keywords there, because context is weaker
evidence than the quote itself.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .actors import strip_accents
from .records import TopicMatch


@dataclass(frozen=True)
class TopicRule:
    slug: str
    name: str
    description: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keywords", tuple(self.keywords))
        object.__setattr__(self, "_pattern", _compile(self.keywords))

    def matches(self, text: str) -> list[str]:
        """Keywords of this rule found in ``text`` (already normalised)."""
        pattern = self._pattern  # type: ignore[attr-defined]
        if pattern is None:
            return []
        found: list[str] = []
        for m in pattern.finditer(text):
            keyword = self.keywords[int(m.lastgroup[1:])]  # type: ignore[index]
            if keyword not in found:
                found.append(keyword)
        return found


def _compile(keywords: Sequence[str]) -> re.Pattern[str] | None:
    parts = []
    for i, keyword in enumerate(keywords):
        kw = _normalise(keyword).strip()
        if not kw:
            continue
        prefix = kw.endswith("*")
        kw = kw.rstrip("*").strip()
        words = [re.escape(w) for w in kw.split()]
        body = r"[\s-]+".join(words)
        # Plain keywords also match simple plurals ("drone" -> "drones").
        tail = r"\w*" if prefix else r"(?:s|es)?"
        parts.append(rf"(?P<k{i}>\b{body}{tail}\b)")
    return re.compile("|".join(parts)) if parts else None


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
    own = _normalise(text)
    found = [TopicMatch(rule.slug, hits) for rule in rules if (hits := rule.matches(own))]
    if found or not context:
        return found
    ctx = _normalise(context)
    return [TopicMatch(rule.slug, hits) for rule in rules if len(hits := rule.matches(ctx)) >= 2]
