"""Who said it: speech cues, subjects, pronouns and role descriptions.

For each quotation the sentence around it is searched for a speech cue:

* after the quote: ``"...," Berrow said``, ``"...," said the minister``,
  ``"...," Reuters quoted Kessler as saying``, ``as Varga described it``;
* before it: ``Berrow said Veldgrad had "some doubts"``, ``Dunmore declared: "..."``,
  ``..., who urged Marovia to take "..."``, ``according to X``,
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
    NON_PERSON,
    POST_NOMINALS,
    ROLE_WORDS,
    STOPWORDS,
    ActorRegistry,
    Mention,
    _role_word,
    _trie_pattern,
    find_mentions,
    name_key,
    plausible_person,
    role_specificity,
)
from .places import COUNTRIES, COUNTRY_OF, government_of, is_place
from .quotes import QuoteSpan
from .records import ActorKind, ActorRecord

_BASE_VERBS = """add note warn insist state declare claim argue call describe characterize characterise accuse
suggest reiterate repeat stress emphasise emphasize press urge post tweet announce explain remark comment
respond reply answer ask continue conclude admit acknowledge concede confirm deny assert maintain contend
complain threaten vow pledge promise predict caution allege demand recall quip joke express label brand dub
term praise hail thank welcome condemn denounce criticise criticize slam blast dismiss reject equate compare
liken differentiate distinguish compliment lament mock ridicule inform opine aver observe underline underscore highlight signal mention
tell write say describe assure agree disagree blame boast retort counter recount testify report refer
affirm reaffirm""".split()
_IRREGULAR = """said says saying told tells telling wrote writes writing written put pointed read reads""".split()


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
_ADVERB = (
    r"(?:also|later|then|again|has|have|had|is|was|were|are|will|would|could|should|may|might|"
    r"has been|had been|once|further|previously|earlier|recently|repeatedly|later|and|but|not|never|"
    r"on\s+\w+day|this\s+(?:week|month|year|morning)|last\s+\w+|later\s+\w+day|(?-i:[a-z]\w*ly)|in\s+a\s+statement|"
    r"on\s+[A-Z]\w+(?:\s+\d+)?|at\s+the\s+time)"
)
# A word in -ly is an adverb only in lower case: Kelly and Kollapally are names.
_ADVERBS = re.compile(r"(?:\s*,?\s*\b" + _ADVERB + r"\b)+\s*$", re.I)
# The last adverb of a match of _ADVERBS: there is a match if and only if
# this one matches. An adverb is at most three words ("at the time"), so it
# starts within the last three whitespace-separated pieces of the text.
_ADVERB_AT_END = re.compile(r"\b" + _ADVERB + r"\b\s*$", re.I)
_LAST_THREE_PIECES = re.compile(r"\s*\S+(?:\s+\S+){0,2}")


# The words after a name up to the next comma or full stop, unless they
# open a relative clause ("in Tarn, where the minister ...").
_APPOSITION_AFTER = re.compile(r",\s+(?!(?:where|which|who|whose|when|while|as|and|but)\b)((?:[\w’'-]+\s+){0,5}[\w’'-]+)(?=[,.;]|\s+(?:of|for|at|to|in)\b)")


# Honorifics that stand for a person named earlier with them: "His
# Highness", "Her Excellency", "H.E." (maybe with the office: "H.E. the
# Minister").
_HONORIFIC = r"(?P<title>(?:[Hh]is|[Hh]er)\s+(?:[Rr]oyal\s+)?(?:[Hh]ighness|[Mm]ajesty|[Ee]xcellency)|H\.\s?E\.)"
_HONORIFIC_NP = re.compile(r"(?:[Tt]he\s+)?" + _HONORIFIC + r"(?:\s+the\s+(?P<noun>[A-Za-z]+(?:\s+[A-Z][a-z]+)?))?")
_HONORIFIC_RE = re.compile(_HONORIFIC)


def _honorific_kind(title: str) -> str:
    """"highness", "majesty" or "excellency" ("H.E." is "His Excellency")."""
    low = title.lower()
    return next((w for w in ("highness", "majesty") if w in low), "excellency")


def _strip_adverbs(text: str) -> str:
    """``_ADVERBS.sub("", text)``. Most texts end in no adverb: that is told
    by searching their last three words only, where the full pattern would
    be tried at every character."""
    tail = _LAST_THREE_PIECES.match(text[::-1])
    if not _ADVERB_AT_END.search(text, len(text) - tail.end() if tail else 0):
        return text
    return _ADVERBS.sub("", text)
_PREPOSITIONS = re.compile(r"\b(?:in|at|from|into|to|near|across|via|outside|inside|around|towards?|over|on|by|with|against|between|for|of)\s+(?:the\s+)?$", re.I)
# Head nouns of descriptions. The patterns match them case-insensitively,
# where the regex engine cannot skip an alternative by its first letter, so
# they are written as a trie: one branch per letter instead of a hundred words.
_DESC_NOUNS = _trie_pattern(
    """diplomat diplomats minister ministers president spokesperson spokesman spokeswoman spokespeople envoy envoys
    ambassador ambassadors chancellor premier secretary leader leaders official officials source sources fm pm
    ministry adviser advisers advisor advisors aide aides negotiator negotiators commander commanders analyst
    analysts expert experts lawmaker lawmakers senator senators counterpart counterparts chief head prosecutor
    prosecutors statement communique communiqué report government administration military army kremlin embassy
    agency office people resident residents witness witnesses observer observers critic critics activist activists
    person persons participant participants insider insiders representative representatives delegate delegates
    delegation mp mps document declaration letter resolution judge counsel lawyer attorney captain coach chairman
    chairwoman chairperson governor mayor commissioner general admiral king queen emir pope director manager""".split()
)
_DESCRIPTION = re.compile(
    r"(?P<np>(?:(?:the|a|an|one|two|three|several|some|many|other|its|his|her|their|[A-Z][\w’'.-]*['’]s?)\s+)?"
    r"(?:[\w’'.-]+\s+){0,3}?"
    r"(?P<noun>" + _DESC_NOUNS + r"))\s*$",
    re.I,
)
# A match of _DESCRIPTION is five words at most (a determiner, three words,
# the noun), so it starts within the last five whitespace-separated pieces.
_LAST_FIVE_PIECES = re.compile(r"\s*\S+(?:\s+\S+){0,4}")


def _description(text: str) -> re.Match[str] | None:
    """``_DESCRIPTION.search(text)``, started where a match can start rather
    than tried at every character of a long phrase."""
    tail = _LAST_FIVE_PIECES.match(text[::-1])
    return _DESCRIPTION.search(text, len(text) - tail.end() if tail else 0)


# "a senior official involved in the talks", "one person with knowledge of
# the call": a description whose head noun comes before what qualifies it.
_DESCRIPTION_HEAD = re.compile(
    r"(?P<np>(?:the|a|an|one|two|three|several|some|many|other)\s+(?:[\w’'.-]+\s+){0,3}?(?P<noun>" + _DESC_NOUNS + r"))"
    r"\s+(?:with|familiar|close|involved|knowledgeable|briefed|in|at|from|on|based|who|speaking|aware|to|for)\b",
    re.I,
)
# "the representative of Norvia": a state speaking through its delegate.
_REPRESENTATIVE = re.compile(
    r"(?:[Tt]he\s+)?(?:[Pp]ermanent\s+)?(?:[Rr]epresentative|[Dd]elegate|[Dd]elegation)\s+of\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*)*)"
)
# A description in subject position that later pronouns and "the diplomat"
# may refer back to: "A Marovian diplomat familiar with the talks was ...".
# (``\b(?:[Aa]n?|[Oo]ne|[Tt]he)`` written to open with a character class, the
# word boundary tested behind its first letter: the regex engine then skips,
# in C, the positions where no such word starts. So for other whole-text scans.)
_DESCRIBED_SUBJECT = re.compile(
    r"(?P<np>[AaOoTt](?<!\w.)(?:(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Tt])he)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>diplomat|official|source|representative|delegate|"
    r"MP|lawmaker|adviser|advisor|aide|negotiator|person|analyst|expert|envoy|minister|spokesman|spokeswoman|spokesperson)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*)?)\b"
)
_CITING_END = re.compile(r"\b(?:citing|quoting)\s+$")
# Common nouns that are not people: "the newspaper said", "the report read".
_NOT_PERSON_NOUNS = frozenset(
    """newspaper paper magazine website site channel network broadcaster station agency outlet committee council
    court tribunal group party union company firm bank fund report study survey poll document text letter note
    statement communique communiqué draft agreement treaty declaration resolution decree law bill order ruling
    ministry government administration office embassy commission board authority institute organisation
    organization association federation alliance coalition army military police service department""".split()
)
_ROLE_SYNONYMS = {
    "diplomat": ("foreign", "secretary of state", "ambassador", "envoy", "diplomat", "affairs"),
    "fm": ("foreign", "affairs"),
    "pm": ("prime minister", "premier"),
    "minister": ("minister", "counterpart"),
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
# Titles that are their own keyword: "the judge said" is the judge named.
for _noun in ("judge", "prosecutor", "captain", "coach", "governor", "mayor", "commissioner", "general", "admiral",
              "senator", "king", "queen", "emir", "pope", "director", "manager"):
    _ROLE_SYNONYMS[_noun] = (_noun,)
_ROLE_SYNONYMS.update({
    "counsel": ("counsel", "lawyer", "attorney"), "lawyer": ("lawyer", "counsel", "attorney"),
    "attorney": ("attorney", "counsel", "lawyer"), "chairman": ("chair",), "chairwoman": ("chair",),
    "chairperson": ("chair",), "chair": ("chair",),
})
# "The prime minister dismissed ...", "Lisvania's interior minister told ...".
_TITLE_SUBJECT = re.compile(
    # (British copy capitalises the title: "The Deputy Minister also ...".)
    r"(?P<np>(?:[Tt]he|[A-Z][\w-]*['’]s)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z-]+)\s+){0,2}?(?P<noun>(?i:"
    + "|".join(sorted(_ROLE_SYNONYMS, key=len, reverse=True)) + r")))\s+(?!of\b|for\b|to\b)[a-z]"
)
# "the company", "The Dravonian football federation": a body, named or not.
# "The Istranian army's general staff", "The European Union's diplomatic
# service", "the Corvanese maritime safety authority", "Moravel's presidency":
# a public body named by its description (proper words first, maybe
# possessive, then its kind).
_BODY_NP = re.compile(
    r"(?:[Tt]he\s+|(?=[A-Z][\w’'-]*['’]s\s))(?P<mod>(?:[A-Z][\w’'-]*\s+)+(?:[a-z][\w’'-]*\s+){0,2})?(?:[a-z][\w’'-]*\s+){0,2}"
    r"(?P<noun>company|firm|group|shipbuilder|carrier|operator|federation|association|manufacturer|maker|producer|"
    r"insurer|lender|bank|union|league|club|airline|broadcaster|utility|"
    r"service|staff|authority|coastguard|guard|command|directorate|inspectorate|regulator|watchdog|secretariat|presidency|"
    r"council|parliament|cabinet)"
)
_PUBLIC_BODY_NOUNS = frozenset(
    "staff authority coastguard command directorate inspectorate regulator watchdog secretariat presidency council parliament cabinet".split()
)
# "Greta's daughter, " before a first name given alone.
# "a woman who gave only her first name, Jelena", "a retired worker who gave
# his name only as Gerard", "a student identified only as Mira": a name
# (often a first name alone) given after a description.
# (``\b(?:gave|gives|give|giving|provided|offered)`` and ``\b(?:identified|named|known)``,
# written to open with a class of their first letters, as _DESCRIBED_SUBJECT.)
_GAVE_NAME = re.compile(
    r"[giknop](?<!\w.)(?:(?:(?<=g)(?:ave|ives|ive|iving)|(?<=p)rovided|(?<=o)ffered)\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:(?:first|given)\s+)?name"
    r"(?:\s+only)?(?:\s+as)?|(?:(?<=i)dentified|(?<=n)amed|(?<=k)nown)\s+(?:only\s+|simply\s+)?(?:as|by\s+(?:his|her|their)\s+(?:(?:first|given)\s+)?name))"
    r"\s*,?\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?)(?![\w’'-])"
)
# Each match of _GAVE_NAME holds one of these.
_GAVE_NAME_NEEDLES = ("gave", "giv", "provided", "offered", "identified", "named", "known")
_DESCRIPTION_START = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+[^,.;:_]{0,60}$")
_KIN_BEFORE = re.compile(
    r"(?P<role>(?:[A-Z][\w-]*['’]s|\b(?:his|her|their))\s+(?:\w+\s+)?(?:daughter|son|wife|husband|mother|father|brother|sister|"
    r"widow|widower|grandson|granddaughter|grandmother|grandfather|niece|nephew|partner|cousin))\s*,\s*$"
)
_GUEST = re.compile(
    r",\s+who\s+(?:is|was|has\s+been|arrived)\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:on|for)\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}visit\b"
)
_INSTITUTION_NP = re.compile(
    r"(?:[Tt]he\s+)?(?P<org>(?:[Mm]inistry|[Dd]epartment|[Ee]mbassy|[Ss]ecretariat|[Cc]ommission|[Pp]residency)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
)
_UNNAMED_NOUNS = {"official", "officials", "source", "sources", "participant", "participants", "insider", "insiders", "diplomats", "analyst", "analysts", "expert", "experts",
                  "people", "resident", "residents", "witness", "witnesses", "observer", "observers", "critic",
                  "critics", "activist", "activists", "aide", "aides", "lawmakers", "leaders", "ministers"}
# Plural nouns of people that open a subject qualified by a place or body:
# "Residents of the district", "Workers at the plant", "Farmers in the north".
_GROUP_NOUNS = frozenset(
    """residents workers farmers villagers protesters demonstrators students teachers doctors nurses parents
    voters shopkeepers traders employees miners locals survivors relatives families members soldiers officers
    officials diplomats lawmakers analysts experts witnesses activists critics observers participants fishermen
    passengers refugees citizens investors economists campaigners delegates staff mayors""".split()
)
_GROUP_PREPOSITIONS = frozenset("of at in from near outside across on inside around with".split())
_ORG_NOUNS = {"ministry", "government", "administration", "military", "army", "kremlin", "embassy", "agency", "office"}


_NOT_NEWLINE = re.compile(r"[^\n]")
# Before a name used as a place: "talks in Ostrava", "arrived at Tallow".
# (Also "a teacher from the border town of Mirny": where the speaker comes from.)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|via|towards|around|from)\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:town|city|village|port|region|province|district|capital|island|county)\s+of\s+)?$"
)
# ", the foreign minister," after a name (an age may come first: ", 54,").
_TRAILING_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?P<phrase>[^,;:!?()\"“”«»_\n]{2,90}?)(?=\s*(?:,|\.(?:\s|$)|;|$))")
# "Veldania's envoy to Norvia" just before ", Name".
_LEADING_APPOSITION = re.compile(r"(?:^|[.;:!?_]\s+|\n|,\s+|\s[—–-]+\s+|\b(?:and|but)\s+)(?P<phrase>(?:[^,.;:!?()\"“”«»_\n]|(?<=\b[A-Z])\.){2,90})$")
_APPOSITION_HEADS = frozenset(
    """minister ministers envoy ambassador spokesman spokeswoman spokesperson president chancellor secretary
    premier diplomat adviser advisor director chief head leader commander general governor mayor senator
    lawmaker official negotiator representative chairman chairwoman chair prosecutor king queen prince
    princess emir sultan pope speaker deputy ceo correspondent editor analyst professor founder mp
    commissioner attorney judge captain coach counsel lawyer manager chairperson admiral""".split()
)
# Heads of descriptions set off after a name, beyond titles of office: "Ana
# Ruiz, chief economist at Andes Capital, said".
_DESCRIPTION_HEADS = _APPOSITION_HEADS | frozenset(
    """economist scientist researcher strategist executive officer surgeon doctor campaigner organiser organizer
    councillor councilor partner fellow lecturer historian""".split()
)
_POSSESSIVE_WORD = re.compile(r"['’]s$")
_DETERMINERS = frozenset("the a an his her its their".split())
_CLAUSE_WORDS = frozenset("who which whose that when while where because if although though is was has had will would".split())
# Titles followed by a given name alone: "Sheikh Hamad", "Prince Faisal".
_GIVEN_NAME_TITLES = frozenset("sheikh sheikha prince princess emir king queen sultan".split())
_MALE_TITLES = frozenset("mr sir lord king prince emir sultan sheikh spokesman chairman congressman businessman pope".split())
_FEMALE_TITLES = frozenset("mrs ms miss lady dame queen princess spokeswoman chairwoman congresswoman businesswoman madam".split())
# Words before a title that do not tell one office from another.
_WEAK_MODIFIERS = frozenset("the a an former new top senior acting deputy then current".split())
_ROLE_PREDICATE = re.compile(
    r",?\s+(?:becomes|became|will\s+become|was\s+(?:named|appointed|made)(?:\s+as)?|has\s+been\s+(?:named|appointed)(?:\s+as)?|"
    r"is\s+(?:now\s+)?(?:the\s+)?(?:new\s+)?|takes\s+over\s+as)\s+(?:the\s+)?(?:new\s+)?(?P<role>(?:[a-z]+\s+){0,2}(?:minister|secretary|"
    r"spokesman|spokeswoman|spokesperson|ambassador|envoy|chancellor|president|governor|mayor|chairman|chairwoman|chair|speaker|leader|judge|"
    r"prosecutor|commissioner|director|chief))\b"
)
_TITLE_OF_THE = re.compile(r"(?P<title>[A-Z][\w-]*(?:\s+(?:of|for|and)\s+[A-Z][\w-]*|\s+[A-Z][\w-]*)*)\s+of\s+the\s+$")
_OBJECT_BEFORE = re.compile(r"\b(?:with|to|for|about|at|by|from|alongside|against|than|like|toward|towards|behind|beside|told|asked|praised|urged|thanked|called)\s+$", re.I)
_GENDERED_PRONOUN = re.compile(r"([HhSs](?<!\w.)(?:(?<=[Hh])(?:e|is|er)|(?<=[Ss])he))\b")  # \b(he|she|his|her)\b
# The word that ends a sentence: its punctuation is followed by a space and
# a capital or an opening mark. The word is the whole whitespace-free token.
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_BY_BEFORE = re.compile(r"\bby\s+$")
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")
_LETTER = re.compile(r"[A-Za-z]")
_BLANKED = re.compile(r"[_]")
_RELATIVE_END = re.compile(r"\b(?:who|which)\s+(?:\w+\s+)?$", re.I)
_CLAUSE_PUNCT = re.compile(r"[,.;:]")
_SENTENCE_STOP = re.compile(r"[.!?…](?=\s+[\"“‘«A-Z_])")
# Regular expressions of the hot paths, compiled once rather than looked up
# in the re module's cache at every call.
_HE_SHE = re.compile(r"(he|she)\b", re.I)
_LEAD_HE_SHE = re.compile(r"[\s_,.;:“”\"'‘’—–-]*(he|she)\b", re.I)
_INNER_SUBJECT = re.compile(
    r"(?:an?|the|one)\s+(?:(?!(?:of|for|at|in|to|with|from|on|by|and|or|about|near|outside|inside)\s)[a-z][\w-]*\s+){1,2}"
    r"(?=(?:the|his|her|their)\s+[a-z])",
    re.I,
)
_DEMONYM = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?([A-Z][a-z]+)")
_ENDS_IN_COLON = re.compile(r":\s*$")
_NEXT_OPENS = re.compile(r"\s+[\"“‘«A-Z]")
# A dateline opening a paragraph: "ASTARA, March 9 (Reuters) - ", "NAIROBI,
# Kenya (AP) — ", "VALMORE -- ". It is not part of the first sentence, whose
# subject would otherwise be read as the city.
_DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:,[^\n_—–]{0,50}?)?\s*(?:\([A-Za-z .&]{2,30}\)\s*)?(?:--?|—|–)\s+"
)
_ABBREVIATION = re.compile(
    r"(?:[A-Za-z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Lt|Col|Gov|Prof|Maj|Brig|Capt|Adm|Sgt|Cmdr|Cdr|Hon|Rt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Jr|Sr)\."
)


_DOC_NOUN = r"(?:joint\s+|separate\s+|bilateral\s+|written\s+|brief\s+|short\s+|final\s+|closing\s+)*(?:statement|communiqu[eé]|declaration|letter|notice|readout|document|submission|text|report)"
# "A joint statement by the governments of Veldania and Marovia", "the
# ministry's statement", "The communique, signed by ...": a document as a source.
_DOCUMENT_NP = re.compile(
    r"(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|(?P<owner>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*)['’]s?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + _DOC_NOUN + r")\b"
)
_DOCUMENT_BY = re.compile(
    r"\s*,?\s*(?:(?:issued|signed|sent|released|published|adopted|agreed|drafted|posted|put\s+out)\s+(?:jointly\s+)?)?(?:by|from)\s+"
    r"(?P<who>[^,;:_!?]{2,100}?)(?=\s+(?:to|on|in|at|after|before|last|this|earlier|said|says|read|reads|stated|warned|"
    r"noted|added|called|urged|and\s+seen|which|that)\b|\s*[,;:_!?]|\.\s|\.?$)"
)
_GROUP_HEAD = re.compile(r"\b(?:governments|ministers|leaders|states|countries|sides|members|delegations|parties|heads\s+of\s+\w+)$", re.I)
_INTRODUCES = re.compile(
    r"\b(?:issued|released|published|adopted|signed|sent|put\s+out|ended|closed|concluded|agreed(?:\s+on)?|approved|posted|wrote)\b"
    r"(?:\s+\S+){0,8}?\s+(?:with\s+)?(?:an?|their|its)\s+(?:[\w-]+\s+){0,2}?" + _DOC_NOUN + r"\b"
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
            quoted = body[q.open_mark:q.outer_end]
            pieces.append("_" * len(quoted) if "\n" not in quoted else _NOT_NEWLINE.sub("_", quoted))
            pos = q.outer_end
        pieces.append(body[pos:])
        self.masked = "".join(pieces)
        blocked = [(q.open_mark, q.outer_end) for q in quotes]
        self.mentions = find_mentions(body, blocked)
        self._mention_starts = [m.start for m in self.mentions]
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
        masked = self.masked
        for start, end in self.paragraphs:
            marks.add(start)
            marks.add(end)
            if masked[start + 1:start + 2].isupper():
                lead = _DATELINE_LEAD.match(masked, start, end)
                if lead is not None:
                    marks.add(lead.end())
        for m in _SENTENCE_STOP.finditer(masked):
            end = m.end()
            # The token ending in the stop (the same as a lazy "(?<!\S)(\S*?[.!?…])"
            # group, found without trying a lazy match at every word).
            start = end - 1
            while start > 0 and not masked[start - 1].isspace():
                start -= 1
            # Abbreviations: "U.S. President", "Mr. Smith", "Gen. Lee".
            if _ABBREVIATION.fullmatch(masked, start, end):
                continue
            marks.add(end)
        for q in self.quotes:
            inner = self.body[q.start : q.end].rstrip()
            if inner.endswith((".", "!", "?", "…")) and _NEXT_OPENS.match(self.body[q.outer_end : q.outer_end + 3]):
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
            if (m.kind == ActorKind.PERSON and not m.role and not m.possessive and _PLACE_BEFORE.search(self.body, max(0, m.start - 12), m.start)
                    and not (m.tokens >= 2 and self._office_after(m.end))):
                self.places.add(name_key(m.name))
        # Full names first, so that surnames anywhere can be joined to them.
        self._full_names: list[tuple[int, ActorRecord]] = []
        for m in self.mentions:
            if m.kind == ActorKind.PERSON and m.tokens >= 2 and not self._locative(m) and not self._place(m):
                self._full_names.append((m.start, self.registry.person(m.name, m.role, m.affiliation, alias=m.name)))
            elif m.kind == ActorKind.PERSON and m.tokens == 1 and not m.possessive and self.masked.startswith(",", m.end):
                kin = _KIN_BEFORE.search(self.masked, max(0, m.start - 60), m.start)
                if kin is not None and self.registry.by_surname(m.name) is None:
                    # "Greta's daughter, Lina, commutes ...": a first name alone.
                    self.registry.person(m.name, kin.group("role"), "", alias=m.name)
        # (Most articles hold none of the verbs the pattern needs.)
        gave_name = any(w in self.masked for w in _GAVE_NAME_NEEDLES)
        for g in _GAVE_NAME.finditer(self.masked) if gave_name else ():
            name = g.group("name").rstrip(".")
            if name.lower() in STOPWORDS or is_place(name):
                continue
            actor = self.registry.known(name) or self.registry.person(name, "", "", alias=name)
            desc = _DESCRIPTION_START.search(self.masked, max(0, g.start() - 70), g.start())
            if desc is not None:
                self.appositions.append((desc.start(), g.end("name"), actor))
        for m in self.mentions:
            actor = self.person_for(m)
            if actor is None:
                continue
            self._apposition(m, actor)
            self._predicate_role(m, actor)
            self._title_gender(m, actor)
            if m.possessive or self._locative(m) or self._attributive(m):
                continue
            self.events.append((m.start, actor))
        self.events.sort(key=lambda e: e[0])
        self._event_positions = [e[0] for e in self.events]
        self._gender_read = False  # pronoun evidence is read when first needed
        self._described: list[tuple[int, ActorRecord, str]] | None = None  # read when first needed
        self._subjects: dict[int, tuple[int, tuple[str, object] | None]] = {}
        self._subject_points: dict[int, int] = {}  # sentence start -> its subject pronoun
        self._documents: list[tuple[int, ActorRecord]] | None = None  # read when first needed
        self._guests: set[int] | None = None  # read when first needed
        self._subject_found_at = -1  # where _subject_antecedent last found a subject

    def named_persons(self) -> list[ActorRecord]:
        """The people the article names in full, each once, in order."""
        seen: dict[int, ActorRecord] = {}
        for _, actor in self._full_names:
            seen.setdefault(id(actor), actor)
        return list(seen.values())

    def described(self) -> list[tuple[int, ActorRecord, str]]:
        """(position, actor, head noun) of descriptions in subject position:
        "A Marovian diplomat familiar with the talks was more cautious.",
        "In the debate, the representative of Norvia said ..."."""
        if self._described is None:
            self._described = []
            for d in _DESCRIBED_SUBJECT.finditer(self.masked):
                s_start, _ = self.sentence(d.start(), d.start())
                lead = self.masked[s_start:d.start()]
                # ("The daily X, citing a diplomat in Y, reported ...": an
                # unnamed source cited is described as a subject would be.)
                cited = _CITING_END.search(lead) is not None
                if lead.strip() and not cited and not re.fullmatch(r"\s*[A-Z][^,_]{0,60},\s*", lead):
                    continue
                if lead.strip() and not cited and any(s_start <= m.start < d.start() and m.kind == ActorKind.PERSON for m in self.mentions):
                    continue  # "Ms. Solheim, a veteran negotiator, ...": an apposition
                np = d.group("np")
                rep = _REPRESENTATIVE.match(np)
                if rep:
                    actor = self.registry.other(rep.group("who"), ActorKind.ORGANISATION)
                elif np.split()[0].lower() in {"a", "an", "one"}:
                    actor = self.registry.other(np, ActorKind.UNNAMED)
                else:
                    continue  # "the diplomat": refers back, names no one new
                self._described.append((d.start(), actor, d.group("noun").lower()))
        return self._described

    def _recent_described(self, pos: int, noun: str = "") -> tuple[int, ActorRecord] | None:
        """The latest description before ``pos`` in this or the previous paragraph."""
        here = self.paragraph_index(pos)
        for dpos, actor, dnoun in reversed(self.described()):
            if dpos >= pos or noun and dnoun != noun:
                continue
            if here - self.paragraph_index(dpos) > 1:
                return None
            return dpos, actor
        return None

    def documents(self) -> list[tuple[int, ActorRecord]]:
        """(position, issuer) of documents introduced in the article: "X
        issued a statement", "a joint statement by X and Y", "Y's letter"."""
        if self._documents is None:
            self._documents = []
            for d in _DOCUMENT_NP.finditer(self.masked):
                det = d.group("det").lower()
                if det not in {"a", "an"} and not d.group("owner"):
                    # "The communique, signed by ...,": named only if the
                    # document was not introduced before.
                    issuer = None if self._documents else self._document_by(d.end())
                else:
                    issuer = self._document_by(d.end()) or self._document_owner(d) or self._document_introducer(d)
                if issuer is not None:
                    self._documents.append((d.start(), issuer))
        return self._documents

    def _document_by(self, at: int) -> ActorRecord | None:
        by = _DOCUMENT_BY.match(self.masked, at, min(len(self.masked), at + 160))
        if by is None:
            return None
        who_start, who_end = by.start("who"), by.end("who")
        # "signed by the leaders of Norvia, Ostrelia and Veldania": a list.
        more = re.compile(r"(?:,\s+|,?\s+(?P<and>and)\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
        listed = who_end
        while (m := more.match(self.masked, listed)) is not None:
            listed = m.end()
            if m.group("and"):
                who_end = listed  # a list ends with "and X"; a comma alone may end the phrase
                break
        who = self.masked[who_start:who_end]
        if re.match(r"(?:the\s+)?[a-z]", who) and re.search(r"\bof\b|,|\band\b", who):
            return self._named_group(who)
        actor, _, found = self.resolve_np(who_start, who_end, documents=False)
        if found and actor is not None and actor.kind != ActorKind.UNNAMED:
            return actor
        return self._named_group(who)

    def _named_group(self, text: str) -> ActorRecord | None:
        """"the governments of Veldania and Marovia": a group named by its members."""
        text = re.sub(r"^.*[—–]\s+", "", text.strip())  # a dateline: "TARN, June 28 — "
        text = re.sub(r"^the\s+", "", text, flags=re.I)
        if len(text.split()) > 14 or not re.search(r"\b[A-Z]", text) and not _GROUP_HEAD.search(text):
            return None
        return self.registry.other(text, ActorKind.ORGANISATION)

    def _document_owner(self, d: re.Match[str]) -> ActorRecord | None:
        owner = d.group("owner")
        if not owner or owner.lower() in {"its", "their", "his", "her"}:
            return None
        start = d.start("owner")
        noun = owner.split()[-1].lower()
        if owner.lower().startswith("the ") and len(owner.split()) == 2:
            # "the ministry's statement": the ministry last named in full.
            last = None
            for m in re.finditer(r"\b(?:[A-Z][\w’'-]*(?:['’]s)?\s+(?:[a-z]+\s+){0,2}" + re.escape(noun) + r"|"
                                 + re.escape(noun.capitalize()) + r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+)\b",
                                 self.masked[:start], re.I):
                if m.group()[:1].isupper():
                    last = m.group().strip()
            if last is not None:
                return self.registry.other(re.sub(r"^the\s+", "", last, flags=re.I), ActorKind.ORGANISATION)
            return None
        actor, _, found = self.resolve_np(start, start + len(owner), documents=False)
        return actor if found else None

    def _document_introducer(self, d: re.Match[str]) -> ActorRecord | None:
        """"Leaders of ... ended the summit with a joint communique": the
        subject of the sentence that introduces the document."""
        s_start, _ = self.sentence(d.start(), d.start())
        intro = None
        for m in _INTRODUCES.finditer(self.masked, s_start, d.end()):
            if m.end() == d.end():
                intro = m
        if intro is None:
            return None
        subject = _subject_before(self, s_start, intro.start())
        if subject is not None and subject[0] is not None:
            return subject[0]
        text = _strip_adverbs(self.masked[s_start:intro.start()]).strip(" ,")
        text = re.sub(r"^(?:[A-Z]\w*ly|Separately|Meanwhile|Later|Earlier|On\s+\w+),\s*", "", text)
        if "_" in text:
            return None
        return self._named_group(text)

    def _document_before(self, pos: int) -> ActorRecord | None:
        """The issuer of a document that is the topic of the last sentence or two."""
        s_start, _ = self.sentence(pos, pos)
        before = len(self.masked[:s_start].rstrip()) - 1
        prev_start, _ = self.sentence(max(0, before), max(0, before))
        if self.paragraph_index(prev_start) < self.paragraph_index(pos) - 1:
            return None
        last = None
        for d in _DOCUMENT_NP.finditer(self.masked, prev_start, pos):
            last = d
        if last is None:
            return None
        return self.document_speaker(last.start(), last.end())

    def document_speaker(self, np_start: int, np_end: int) -> ActorRecord | None:
        """The issuer of the document named at ``masked[np_start:np_end]``."""
        d = _DOCUMENT_NP.match(self.masked, np_start)
        if d is None or d.end() > np_end + 1:
            return None
        det = d.group("det").lower()
        if det in {"a", "an"} or d.group("owner"):
            for pos, actor in self.documents():
                if pos == d.start():
                    return actor
            return None
        earlier = [actor for pos, actor in self.documents() if pos < d.start()]
        if earlier:
            return earlier[-1]
        return self._document_by(d.end())

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
            opener = re.match(r"(?:[Aa]ccording\s+to|[Ff]or|[Ll]ike)\s+", phrase)
            if opener:  # "According to Marovia's chief negotiator, Alen Sobotka,"
                start += opener.end()
                phrase = phrase[opener.end():]
            if not (re.match(r"\s*(?:,|[a-z]+\b|\.(?:\s|$))", self.masked[m.end:m.end + 20]) or m.text.endswith(".")):
                return
            if not self._is_title_phrase(phrase, start):
                # "watched the match alongside Dravonia's minister for sport,
                # Nikolai Brest", "said the minister, Dorotea Klint": the
                # title ends a longer clause; it is its head and the words
                # before that qualify it.
                words = phrase.split()
                heads = [k for k, w in enumerate(words) if _POSSESSIVE_WORD.sub("", w.strip("’'")).lower() in _APPOSITION_HEADS]
                for i in reversed(heads):
                    while i > 0:
                        w = words[i - 1]
                        if w.lower() in _DETERMINERS:
                            i -= 1
                            break
                        if not (w[:1].isupper() or w.lower() in ROLE_WORDS):
                            break
                        i -= 1
                    sub = " ".join(words[i:])
                    if i and self._is_title_phrase(sub, start + len(phrase) - len(sub)):
                        start, phrase = start + len(phrase) - len(sub), sub
                        break
            if self._is_title_phrase(phrase, start):
                self._take_role(phrase, start, start + len(phrase), actor)

    def _predicate_role(self, m: Mention, actor: ActorRecord) -> None:
        """Titles given in the sentence itself: "Mira Castell becomes interior
        minister", and the long titles of readouts, "Minister of Foreign
        Affairs of the Republic of Marovia Katrin Solberg"."""
        after = _ROLE_PREDICATE.match(self.masked, m.end)
        if after and any(_role_word(w) for w in after.group("role").split()):
            role = after.group("role")
            # What the sentence says the person becomes outranks a loose
            # apposition ("the party's leader, X, becomes interior minister").
            if role_specificity(role) >= 4 or role_specificity(role) > role_specificity(actor.role):
                actor.role = role
        if not m.role and m.affiliation:
            before = _TITLE_OF_THE.search(self.masked, max(0, m.start - 80), m.start)
            if before and any(_role_word(w) for w in before.group("title").split()):
                role = before.group("title")
                if role_specificity(role) > role_specificity(actor.role):
                    actor.role = role
                    if not actor.affiliation:
                        actor.affiliation = m.affiliation

    def _is_title_phrase(self, phrase: str, start: int) -> bool:
        words = phrase.split()
        if not 1 <= len(words) <= 10:
            return False
        first = words[0]
        lowered = [w.strip("’'").lower() for w in words]
        if not any(w in _APPOSITION_HEADS or _POSSESSIVE_WORD.sub("", w) in _APPOSITION_HEADS for w in lowered):
            return False
        if any(k == 0 or not v.group()[:1].isupper() for k, v in ((phrase[:v.start()].count(" "), v) for v in _VERB.finditer(phrase))) \
                or any(w in _CLAUSE_WORDS for w in lowered):
            # (a capitalised word inside is a name: "the Council of River States")
            return False
        if not (lowered[0] in _DETERMINERS or first[:1].isupper() and lowered[0] not in STOPWORDS or lowered[0] in ROLE_WORDS):
            return False
        # No other person inside the phrase ("Berrow, Kreel and the president").
        end = start + len(phrase)
        starts = self._mention_starts
        near = self.mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        return not any(o.kind == ActorKind.PERSON and not self._place(o) for o in near)

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
            if word == "her" and _OBJECT_BEFORE.search(self.masked, max(0, p.start() - 12), p.start()):
                continue  # "clashed with her repeatedly": an object too
            # A subject pronoun says more than a possessive, which often
            # refers to someone else ("says her patience has a cost").
            weight = 2 if word in {"he", "she"} else 1
            s_start, _ = self.sentence(p.start(), p.end())
            here = self._persons_between(s_start, p.start())
            if here:
                actor = here[0]
            else:
                if self.masked[s_start:p.start()].strip(" _,.;:“”\"'‘’—–-"):
                    continue
                prev_start, _ = self.sentence(max(0, s_start - 1), max(0, s_start - 1))
                before = self._persons_between(prev_start, s_start)
                if len({id(a) for a in before}) != 1:
                    continue
                actor = before[0]
            self.registry.add_gender(actor, female=word in {"she", "her", "herself"}, weight=weight)

    def _persons_between(self, start: int, end: int) -> list[ActorRecord]:
        lo = bisect.bisect_left(self._event_positions, start)
        hi = bisect.bisect_left(self._event_positions, end)
        return [a for _, a in self.events[lo:hi]]

    def _locative(self, m: Mention) -> bool:
        before = self.body[max(0, m.start - 12) : m.start]
        # "led by Karin Solvang": a passive's agent is a person, not a place.
        if m.affiliation and m.tokens >= 2 and _OF_BEFORE.search(before):
            return False  # "Minister of Foreign Affairs of the Republic of X Katrin Solberg"
        # "according to Lucia Ferrante": the source is a person, and the
        # "she said" that follows refers to her.
        return (not m.role and bool(_PREPOSITIONS.search(before)) and not _BY_BEFORE.search(before)
                and not _ACCORDING_TO_BEFORE.search(self.body, max(0, m.start - 20), m.start)
                and not (m.tokens >= 2 and self._office_after(m.end)))

    def _office_after(self, end: int) -> bool:
        """"came from Tunde Adeyemi, foreign affairs spokesman of ...": a
        name followed by an office in apposition is a person, not a place,
        even after a preposition."""
        a = _APPOSITION_AFTER.match(self.body, end, min(len(self.body), end + 80))
        return a is not None and any(w in ROLE_WORDS for w in a.group(1).lower().split())

    def _attributive(self, m: Mention) -> bool:
        # "the Trump administration": a name used as a modifier.
        before = self.body[max(0, m.start - 4) : m.start].lower()
        after = _NEXT_LOWER_WORD.match(self.body[m.end : m.end + 20])
        # (Not "the ... of the Republic of Ostrelia Henrik Vass held talks": a
        # name after its affiliation.)
        return not m.role and not m.affiliation and before.endswith("the ") and bool(after) and not _VERB.fullmatch(after.group(1))

    def _surname_not_place(self, m: Mention) -> ActorRecord | None:
        """"The prosecutor, Aurel Minsk, ... Minsk told reporters": a place
        name that is the surname of someone named in full is that person,
        unless a preposition makes it a place ("in Minsk")."""
        if m.tokens != 1 or m.role or m.possessive:
            return None
        actor = self.registry.by_surname(m.name)
        if actor is None or actor.kind != ActorKind.PERSON or " " not in actor.name:
            return None
        return None if _PREPOSITIONS.search(self.body, max(0, m.start - 12), m.start) else actor

    def _namesake(self, m: Mention) -> ActorRecord | None:
        """Of several people a name alone could be ("Pyo" after Pyo Seung-hwan
        and Pyo Min-ji), the one a title's sex allows ("Ms. Morishita") and,
        of those, the one named in full first, as with a shared surname."""
        candidates = self.registry.namesakes(m.name)
        if len(candidates) < 2:
            return None
        title = m.role.lower().rstrip(".")
        if not title:
            # "Mr Oyelaran": a title without its full stop is dropped from
            # the mention itself (as in _title_gender): look before it.
            before = self.body[max(0, m.start - 6):m.start].lower().replace(".", " ").split()
            title = before[-1] if before else ""
        want = "m" if title in _MALE_TITLES else "f" if title in _FEMALE_TITLES else ""
        if want:
            candidates = [a for a in candidates if self.registry.sex(a) in {"", want}]
            if len(candidates) == 1:
                return candidates[0]
        ids = {id(a) for a in candidates}
        for start, actor in self._full_names:
            if start >= m.start:
                break
            if id(actor) in ids:
                return actor
        return None

    def person_for(self, m: Mention) -> ActorRecord | None:
        if m.kind != ActorKind.PERSON or self._place(m):
            if m.tokens != 1 or m.role or m.possessive:
                return None  # what _surname_not_place says, without the tests below
            return self._surname_not_place(m) if m.name and (not m.kind and (is_place(m.name) or m.name.lower() in NON_PERSON)
                                                             or self._place(m)) else None
        if m.tokens >= 2:
            if self._locative(m):
                return None
            return self.registry.person(m.name, m.role, m.affiliation, alias=m.name)
        actor = self._namesake(m) or self.registry.by_surname(m.name)
        if actor is not None and m.name != actor.name:
            actor.aliases.add(m.name)  # "Berrow" for Anna Berrow
        if actor is None and self.registry.gazetteer is not None:
            known = self.registry.gazetteer.lookup(m.name)
            if known is not None:
                actor = self.registry.person(known.name, alias=m.name)
        if actor is None and m.role and m.role.lower().split()[-1].rstrip(".") in _GIVEN_NAME_TITLES:
            # Princes and sheikhs are called by their given name: "Sheikh Hamad".
            actor = self.registry.by_given_name(m.name)
        if actor is None and m.role and plausible_person(m.name):
            actor = self.registry.person(m.name, m.role, m.affiliation)
        if actor is None and not m.role and m.tokens == 1:
            actor = self.registry.first_by_surname(m.name) or self.registry.known(m.name)
        return actor

    def add_event(self, pos: int, actor: ActorRecord) -> None:
        if actor.kind != ActorKind.PERSON:
            return
        k = bisect.bisect_right(self._event_positions, pos)
        self.events.insert(k, (pos, actor))
        self._event_positions.insert(k, pos)

    def _person_antecedent(self, pos: int, pronoun: str = "", depth: int = 0) -> tuple[ActorRecord | None, float]:
        """The person a pronoun at ``pos`` refers to: the subject of this or
        a recent sentence whose sex (as far as the text tells) fits it, else
        the most recent fitting person, else the nearest person."""
        want = "f" if pronoun.lower() in {"she", "her"} else "m" if pronoun.lower() in {"he", "his"} else ""
        if want and not self._gender_read:
            self._gender_read = True
            self._pronoun_gender()
        here = self.paragraph_index(pos)
        if want and depth < 4:
            found = self._subject_antecedent(pos, want, here, depth)
            if found is not None:
                return found
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

    def _subject_antecedent(self, pos: int, want: str, here: int, depth: int) -> tuple[ActorRecord | None, float] | None:
        """Centering: a pronoun most often continues the subject of its own
        sentence or of the sentences just before, even when an object or a
        prepositional mention ("worked alongside Morvath") is nearer.
        "He presented his credentials to President Marovic. ... he said":
        a subject pronoun of the same sex passes the search further back."""
        b = self.boundaries
        k = bisect.bisect_right(b, pos) - 1
        looked = 0
        while k >= 0 and looked < 3:
            s = b[k]
            e = min(b[k + 1] if k + 1 < len(b) else len(self.body), pos)
            if here - self.paragraph_index(s) > 1:
                return None
            if e > s:
                subject = self._subject_of(s, e)
                if subject is not None:
                    kind, value = subject
                    if kind == "pronoun":
                        if value == want:
                            # "When I put this to Morvath, she shrugs.": a person
                            # in the opening clause is the pronoun's antecedent.
                            found = self._clause_person(s, self._subject_points.get(s, s), want)
                            if found is not None:
                                return found, 0.8
                            return self._person_antecedent(s, "she" if want == "f" else "he", depth + 1)
                        # a subject of the other sex: this sentence is about
                        # someone else; keep looking.
                    else:
                        sex = self.registry.sex(value)
                        if not sex or sex == want:
                            distance = here - self.paragraph_index(s)
                            self._subject_found_at = s
                            return value, 0.9 if distance == 0 else 0.8
                if looked == 0 and (subject is None or subject[0] != "pronoun"):
                    # "When I put this to Harkin, she laughs.": a person in the
                    # pronoun's own sentence, even after a preposition.
                    found = self._clause_person(s, e, want)
                    if found is not None:
                        return found, 0.8
                looked += 1
            k -= 1
        return None

    def _clause_person(self, start: int, end: int, want: str) -> ActorRecord | None:
        """The last person of fitting sex named in ``body[start:end]``."""
        starts = self._mention_starts
        for m in reversed(self.mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]):
            actor = self.person_for(m) if m.kind == ActorKind.PERSON else None
            if actor is None and m.kind == ActorKind.PERSON and m.tokens >= 2 and not self._place(m):
                actor = self.registry.person(m.name, m.role, m.affiliation)  # "to Ilka Morvath"
            if actor is not None and self.registry.sex(actor) in {"", want}:
                return actor
        return None

    _SUBJECT_LEAD = re.compile(r"[\s_,.;:“”\"'‘’—–-]*(?:(?:[A-Z]\w*|[a-z]+)(?:\s+[^\s,_.;:]+){0,12},\s+)?")

    def _subject_of(self, s: int, e: int) -> tuple[str, object] | None:
        """The subject of the sentence at ``body[s:e]``: ("pronoun", "m"/"f")
        or ("person", actor), or None when it is neither."""
        cache = self._subjects
        if s in cache and cache[s][0] >= e:
            return cache[s][1]
        text = self.masked[s:e]
        lead = self._SUBJECT_LEAD.match(text)
        point = lead.end() if lead else 0
        result: tuple[str, object] | None = None
        pron = _HE_SHE.match(text[point:])
        if pron is None and point:
            pron = _LEAD_HE_SHE.match(text)
            if pron is not None:
                point = 0
        if pron is not None:
            result = ("pronoun", "m" if pron.group(1).lower() == "he" else "f")
            self._subject_points[s] = s + point + pron.start(1)
        else:
            lo = bisect.bisect_left(self._event_positions, s + point)
            for candidate in (s, s + point):
                lo = bisect.bisect_left(self._event_positions, candidate)
                if lo < len(self.events) and self._event_positions[lo] < e:
                    epos, actor = self.events[lo]
                    gap = self.masked[candidate:epos]
                    if len(gap) > 80:
                        continue
                    if not gap.strip(" _,.;:“”\"'‘’—–-") or re.fullmatch(r"\s*(?:the\s+)?[^,_.;:]{0,60},\s*|(?:\S+\s+){1,3}", gap.lstrip()) and not _PREPOSITIONS.search(gap):
                        result = ("person", actor)
                        break
            if result is None:
                result = self._mononym_subject(s, e, text)
            if result is None and ("H.E." in text or "ighness" in text or "xcellency" in text or "ajesty" in text):
                # "H.E. the Minister thanked ...", "His Highness affirmed ...".
                opening = len(text) - len(text.lstrip(" \n_“”\"'‘’—–-"))
                hon = _HONORIFIC_NP.match(text, opening)
                if hon is not None:
                    actor = self._honoured_before(s + opening, hon.group("title"), hon.group("noun"))
                    if actor is not None:
                        result = ("person", actor)
            if result is None:
                # "The prime minister dismissed the charge.": a title as the
                # subject stands for the person who holds it.
                opening = len(text) - len(text.lstrip(" \n_“”\"'‘’—–-"))
                for at in sorted({opening, point}):
                    title = _TITLE_SUBJECT.match(text, at)
                    if title is not None:
                        actor, _, found = self._describe(title.group("np"), title.group("noun").lower(), s + at)
                        if found and actor is not None and actor.kind == ActorKind.PERSON:
                            result = ("person", actor)
                            break
                        if found and actor is not None and actor.kind == ActorKind.UNNAMED and len(title.group("np").split()) >= 3:
                            # "The prime minister declared ...": an office no one
                            # named holds is still this sentence's subject.
                            result = ("person", actor)
                            break
        cache[s] = (e, result)
        return result

    # (Also after a short aside: "Varg, now retired, confirmed ...".)
    _MONONYM_FOLLOW = re.compile(r",\s+(?:who|whose)\b|\s+(?:would|will|has|had|is|was|said|says|told)\b"
                                 r"|,\s+(?:now|then|still|once|herself|himself)\b[^,_.;:]{0,30},\s+(?:[a-z]+ed|said|told|wrote)\b")

    def _mononym_subject(self, s: int, e: int, text: str) -> tuple[str, object] | None:
        """"Tavinho, who has said ..., would not say ...": a single name
        opening the sentence before a relative clause or a verb is its
        subject, a person known by one name."""
        opening = s + len(text) - len(text.lstrip(" \n_“”\"'‘’—–-"))
        k = bisect.bisect_left(self._mention_starts, opening)
        if k >= len(self.mentions) or self.mentions[k].start != opening:
            return None
        m = self.mentions[k]
        if (m.kind != ActorKind.PERSON or m.tokens != 1 or m.role or m.possessive or m.affiliation
                or self._place(m) or m.end >= e or not self._MONONYM_FOLLOW.match(self.masked, m.end)):
            return None
        actor = self.person_for(m) or self.registry.person(m.name, alias=m.name)
        return ("person", actor)

    def antecedent(self, pos: int, pronoun: str = "") -> tuple[ActorRecord | None, float]:
        self._subject_found_at = -1
        actor, confidence = self._person_antecedent(pos, pronoun)
        if pronoun.lower() in {"he", "she"}:
            # "the representative of Norvia said ... “...,” she stressed":
            # an unnamed subject more recent than any named one.
            described = self._recent_described(pos)
            if described is not None:
                k = bisect.bisect_left(self._event_positions, pos)
                last_person = self._event_positions[k - 1] if k else -1
                # (Not when a later sentence's subject is a named person's
                # title: "... the diplomat said. Asked ..., the president
                # laughed. “...,” he said.")
                if described[0] > max(last_person, self._subject_found_at):
                    return described[1], 0.7
        return actor, confidence

    def main_subject(self, keywords: tuple[str, ...], pos: int, modifiers: tuple[str, ...] = (), nationality: str = "") -> ActorRecord | None:
        """The person whose title fits a description, nearest before ``pos``
        first, else the most mentioned such person in the article. A
        nationality ("the Marovian minister") narrows the choice."""
        fits = [(p, a) for p, a in self.events if a.role and any(k in a.role.lower() for k in keywords)]
        if not modifiers and len({id(a) for _, a in fits}) > 1:
            # A readout's bare "the Minister" is the host, not the minister
            # "who is in Marovia on an official visit".
            guests = self.guests()
            hosts = [(p, a) for p, a in fits if id(a) not in guests]
            if hosts and len(hosts) < len(fits):
                fits = hosts
            # A state agency's "the minister" is its own, introduced first by
            # a bare title, not the "Nardovian Foreign Minister" who called.
            if fits and not _nation_words(fits[0][1]):
                bare = [(p, a) for p, a in fits if not _nation_words(a)]
                if len(bare) < len(fits):
                    fits = bare
        if nationality:
            # "Lisvania's interior minister": not the one known to serve
            # another country.
            fits = [(p, a) for p, a in fits if nationality in _own_title(a) or not _nation_words(a)]
        if modifiers:
            # "Lisvania's interior minister": the office must fit, not only the country.
            specific = tuple(m for m in modifiers if m != nationality) or modifiers
            narrowed = [(p, a) for p, a in fits if any(m in _own_title(a) for m in specific)]
            if narrowed:
                fits = narrowed
            elif any(m != nationality for m in modifiers):
                # "the interior minister" is not the prime minister: leave out
                # titles qualified otherwise, keeping the bare ones.
                fits = [(p, a) for p, a in fits if not _qualified(a.role, keywords)]
        before = [a for p, a in fits if p < pos]
        if len({id(a) for a in before}) > 1:
            # "Foreign Minister Dündaroğlu told a news conference with his
            # counterpart Amina Diallo-Kanté. The minister said ...": the
            # subject of the sentence before, not the last person it names.
            subject = self._titled_subject_before(pos)
            if subject is not None and any(a is subject for a in before):
                return subject
        if before:
            return before[-1]
        if fits:
            counts: dict[int, int] = {}
            for _, a in fits:
                counts[id(a)] = counts.get(id(a), 0) + 1
            best = max(fits, key=lambda pa: counts[id(pa[1])])
            return best[1]
        return None

    def guests(self) -> set[int]:
        """Ids of people said to be visiting: "Liv Aasen, who is in Marovia
        on an official visit"."""
        if self._guests is None:
            self._guests = set()
            for g in _GUEST.finditer(self.masked):
                k = bisect.bisect_left(self._mention_starts, g.start()) - 1
                if k >= 0 and self.mentions[k].end >= g.start() - 1:
                    actor = self.person_for(self.mentions[k])
                    if actor is not None:
                        self._guests.add(id(actor))
        return self._guests

    def _titled_before(self, keywords: tuple[str, ...], pos: int, modifiers: tuple[str, ...] = ()) -> ActorRecord | None:
        """The last person named with a fitting title of their own before
        ``pos`` ("Ambassador Lotte Reinholt"), whatever role was kept; for
        "the prime minister" not an "Interior Minister"."""
        k = bisect.bisect_left(self._mention_starts, pos)
        for m in reversed(self.mentions[:k]):
            if m.kind == ActorKind.PERSON and m.role and any(w in m.role.lower() for w in keywords):
                if modifiers and _qualified(m.role, keywords) and not any(w in m.role.lower() for w in modifiers):
                    continue
                actor = self.person_for(m)
                if actor is not None:
                    return actor
        return None

    # -- noun phrases ----------------------------------------------------
    def resolve_np(self, start: int, end: int, documents: bool = True) -> tuple[ActorRecord | None, float, bool]:
        """Resolve the speaker named in ``body[start:end]``.

        Returns (actor, confidence, found) where ``found`` says a subject was
        recognised at all (an unresolvable pronoun is found but None).
        """
        text = self.masked[start:end]
        stripped = _strip_adverbs(text).strip(" ,;:—–-\n")
        if not stripped or "_" in stripped:
            return None, 0.0, False
        np_end = start + text.find(stripped) + len(stripped)
        np_start = np_end - len(stripped)
        last = stripped.split()[-1]
        if _PRONOUN.match(stripped) or _PRONOUN.match(last) and len(stripped.split()) == 1:
            if last.lower() == "it" and documents:
                # "The communique said ... It also called for “...”"
                issuer = self._document_before(np_start)
                if issuer is not None:
                    return issuer, 0.7, True
            if last.lower() in {"he", "she"}:
                actor, conf = self.antecedent(np_start, last)
                return actor, conf, True
            if last.lower() == "it" and documents:
                # "The embassy said ... It added that “...”": the body that
                # spoke in the sentence before.
                body = self._body_speaking_before(np_start)
                if body is not None:
                    return body, 0.7, True
            return None, 0.0, True
        if last.lower() in {"who", "which"}:
            before = self.masked[start:np_end - len(last)].rstrip(" ,")
            return self.resolve_np(start, start + len(before))
        honorific = _HONORIFIC_NP.fullmatch(stripped) if stripped[:1] in "HhT" else None
        if honorific is not None:
            actor = self._honoured_before(np_start, honorific.group("title"), honorific.group("noun"))
            if actor is not None:
                return actor, 0.85, True
        if documents and _DOCUMENT_NP.match(stripped):
            issuer = self.document_speaker(np_start, np_end)
            if issuer is not None:
                return issuer, 0.8, True
        for a_start, a_end, actor in self.appositions:
            if a_start <= np_start + 1 and np_end <= a_end + 1:
                return actor, 0.95, True  # "the foreign minister" next to her name
        rep = _REPRESENTATIVE.match(stripped)
        if rep:
            return self.registry.other(rep.group("who"), ActorKind.ORGANISATION), 0.8, True
        inner = _INNER_SUBJECT.match(stripped)
        if inner is not None:
            # "a figure the minister described as": a relative clause without
            # "that"; its subject is the speaker.
            return self.resolve_np(np_start + inner.end(), np_end, documents)
        demonym = _DEMONYM.fullmatch(stripped)
        if demonym and demonym.group(1).lower() in COUNTRY_OF and demonym.group(1).lower() not in COUNTRIES:
            # "the Italian replied": the person just spoken of (the subject of
            # a sentence before, first), not a man called Italian.
            b = self.boundaries
            k = bisect.bisect_right(b, np_start) - 1
            for _ in range(2):
                if k <= 0:
                    break
                subject = self._subject_of(b[k - 1], b[k])
                if subject is not None and subject[0] == "person" and self.paragraph_index(b[k - 1]) >= self.paragraph_index(np_start) - 1:
                    return subject[1], 0.7, True
                k -= 1
            k = bisect.bisect_left(self._event_positions, np_start)
            if k and self.paragraph_index(np_start) - self.paragraph_index(self._event_positions[k - 1]) <= 1:
                return self.events[k - 1][1], 0.6, True
            return None, 0.0, True
        bare = _BARE_NOUN.fullmatch(stripped)
        if bare is not None and bare.group(1) not in _PERSON_NOUNS:
            # "the ministry said", "the coastguard said" after "Istrana's
            # foreign ministry", "The Corvanese coastguard": the body just
            # named, not a new one called "ministry", nor a person.
            named = self._body_named_before(bare.group(1), np_start)
            if named is not None:
                # Whoever the full naming stands for ("Lanik's office" is Lanik).
                actor, conf, found = self.resolve_np(named.start(), named.end())
                if found and actor is not None and actor.kind != ActorKind.UNNAMED:
                    return actor, min(conf, 0.8), True
                return self.registry.other(named.group(), ActorKind.ORGANISATION), 0.8, True
        head = _DESCRIPTION_HEAD.match(stripped)
        if head and not _description(stripped):
            return self._describe(head.group("np"), head.group("noun").lower(), np_start)
        body = _INSTITUTION_NP.fullmatch(stripped)
        if body is not None:
            # "The Ministry of Foreign Affairs of the Republic of Marovia":
            # the institution, not the country that ends its name.
            return self.registry.other(body.group("org"), ActorKind.ORGANISATION), 0.9, True
        group = stripped[4:] if stripped[:4] in {"The ", "the "} and not any(c.isupper() for c in stripped[4:]) else stripped
        words = group.split(None, 2)
        if words and words[0].lower() in _GROUP_NOUNS and (len(words) == 1 or len(words) == 3 and words[1] in _GROUP_PREPOSITIONS and len(stripped) <= 80):
            # "Residents said", "Residents of the Kallio district said",
            # "Workers at the Brenner mill said", "the residents said": people
            # not named (not a person called Workers, nor the last person
            # named), whatever the place that qualifies them.
            return self.registry.other(stripped, ActorKind.UNNAMED), 0.7, True
        unnamed = _UNNAMED_OF.match(stripped)
        if unnamed is not None:
            # "a senior official of the Jal Shakti ministry", "an official from
            # the foreign ministry": someone not named, not the body.
            return self.registry.other(unnamed.group("np"), ActorKind.UNNAMED), 0.7, True
        # A name (or organisation) ending the phrase.
        # (+2: a possessive ending just past the phrase, "Trump's remarks")
        starts = self._mention_starts
        inside = [m for m in self.mentions[bisect.bisect_left(starts, np_start):bisect.bisect_right(starts, np_end + 2)]
                  if m.end <= np_end + 2]
        if inside:
            m = inside[-1]
            place = _PLACE_BEFORE.search(self.masked, max(np_start, m.start - 40), m.start)
            if place is not None and place.group().startswith("from") and (m.kind != ActorKind.PERSON or m.tokens > 1):
                place = None  # "observers from the Alpine Commission" are the body's
            if place is not None and not m.role and self.masked[np_start:place.start()].strip():
                # "Ostrelia's embassy in Lenz": the place only says where.
                return self.resolve_np(np_start, place.start(), documents)
            tail = self.masked[m.end:np_end].strip(" ,")
            if not tail or tail.lower() in {"himself", "herself"} or all(w.rstrip(".") in POST_NOMINALS for w in tail.split()):
                resolved = self._actor_for_mention(m)
                if resolved[2]:
                    return resolved
        desc = _description(stripped)
        if desc:
            return self._describe(desc.group("np").strip(), desc.group("noun").lower(), np_start)
        if self.registry.gazetteer is not None:
            known = self.registry.gazetteer.lookup(stripped)
            if known is not None:
                return self.registry._adopt(known, stripped), 0.9, True
        if re.fullmatch(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w-]*|(?:one|some|two|several)\s+of\s+(?:them|those|the\s+\w+)", stripped):
            # "one grandmother said", "one of them said": someone not named.
            return self.registry.other(stripped, ActorKind.UNNAMED), 0.7, True
        body = _BODY_NP.fullmatch(stripped)
        if body is not None:
            if body.group("mod"):
                # "The Dravonian football federation said": a body named by
                # its description.
                return self.registry.other(re.sub(r"^[Tt]he\s+", "", stripped), ActorKind.ORGANISATION), 0.8, True
            actor = self._organisation_before(np_start)
            if actor is not None:
                return actor, 0.75, True  # "the company said": the one just named
            if body.group("noun") in _PUBLIC_BODY_NOUNS:
                # "the presidency said", "the country's security council
                # said": a public body, even when it was not named before.
                return self.registry.other(re.sub(r"^[Tt]he\s+", "", stripped), ActorKind.ORGANISATION), 0.7, True
        anaphor = re.fullmatch(r"the\s+(?:[\w’'-]+\s+){0,3}([a-z][\w-]*)", stripped)
        if anaphor and anaphor.group(1) not in _NOT_PERSON_NOUNS:
            # "the 52-year-old carpenter said": the person just introduced.
            k = bisect.bisect_left(self._event_positions, np_start)
            if k and self.paragraph_index(np_start) - self.paragraph_index(self._event_positions[k - 1]) <= 1:
                return self.events[k - 1][1], 0.6, True
        return None, 0.0, False

    def _honoured_before(self, pos: int, title: str, noun: str | None) -> ActorRecord | None:
        """"His Highness affirmed ...", "H.E. the Minister said": the person
        last named after the same honorific (and holding the office, when
        one is given)."""
        want = _honorific_kind(title)
        k = bisect.bisect_left(self._event_positions, pos)
        for epos, actor in reversed(self.events[:k]):
            # (The honorific before the mention, or at its start: "H.E. Sabina ...".)
            lo = max(0, epos - 30)
            found = [h for h in _HONORIFIC_RE.finditer(self.body, lo, epos + 16) if h.end() >= epos - 12]
            if not found or _honorific_kind(found[-1].group("title")) != want:
                continue
            if noun and actor.role and noun.lower().split()[-1] not in actor.role.lower():
                continue
            return actor
        return None

    def _body_speaking_before(self, pos: int) -> ActorRecord | None:
        """The organisation that is the subject of a speech verb in the
        sentence before ``pos`` (in this paragraph or the one before)."""
        s_start, _ = self.sentence(pos, pos)
        before = len(self.masked[:s_start].rstrip()) - 1
        if before < 0:
            return None
        prev_start, prev_end = self.sentence(before, before)
        if self.paragraph_index(prev_start) < self.paragraph_index(pos) - 1:
            return None
        for v in _VERB.finditer(self.masked[prev_start:prev_end]):
            found = _subject_before(self, prev_start, prev_start + v.start())
            if found is not None:
                actor = found[0]
                return actor if actor is not None and actor.kind == ActorKind.ORGANISATION else None
        return None

    def _body_named_before(self, noun: str, pos: int) -> re.Match[str] | None:
        """The last naming of a body by ``noun`` with a proper qualifier
        ("Istrana's foreign ministry", "The Corvanese coastguard", "the
        presidency of Moravel") in this paragraph or the one before."""
        here = self.paragraph_index(pos)
        start = self.paragraphs[max(0, here - 1)][0]
        pattern = re.compile(
            r"\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|In|On|At)\b)[A-Z][\w’'-]*(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}"
            + re.escape(noun) + r"\b|\b(?i:" + re.escape(noun) + r")\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
        )
        last = None
        for m in pattern.finditer(self.masked, start, pos):
            last = m
        return last

    def _organisation_before(self, pos: int) -> ActorRecord | None:
        """The organisation that opens one of the last few sentences before
        ``pos`` ("Halvar Yards said ... “...,” the company said")."""
        here = self.paragraph_index(pos)
        k = bisect.bisect_left(self._mention_starts, pos)
        for m in reversed(self.mentions[max(0, k - 40):k]):
            if here - self.paragraph_index(m.start) > 1:
                return None
            if m.kind != ActorKind.ORGANISATION or m.possessive:
                continue
            s_start, _ = self.sentence(m.start, m.start)
            if self.masked[s_start:m.start].strip(" \n_“”\"'‘’—–-,") in {"", "The", "the"}:
                actor, _, found = self._actor_for_mention(m)
                if found:
                    return actor
        return None

    def _actor_for_mention(self, m: Mention) -> tuple[ActorRecord | None, float, bool]:
        if self.registry.gazetteer is not None:
            known = self.registry.gazetteer.lookup(m.text)
            if known is not None:
                return self.registry._adopt(known, m.text), 1.0, True
        if not m.kind and not m.role and (is_place(m.name) or name_key(m.name) in self.places) and self._surname_not_place(m) is None:
            # "Kuala Lumpur said": a capital speaking for its government,
            # named as its country so that one government is one actor.
            return self.registry.other(government_of(m.name) or m.name, ActorKind.ORGANISATION), 0.8, True
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
        for i in range(len(words) - 2, 0, -1):
            if any(w.lower().strip(",") in _DESCRIPTION_HEADS for w in words[:i]):
                break  # "a spokesman for the prime minister": the spokesman
            if ((words[i].lower() in {"the", "a", "an"} or re.fullmatch(r"[A-Z][\w-]*['’]s", words[i])) and not words[i - 1][:1].isupper()
                    and words[i - 1].lower() not in {"for", "of", "to", "with", "at", "from", "by", "on", "in", "about", "near"}):
                # "Wednesday after Lisvania's interior minister": the phrase
                # starts at its own determiner or owner.
                pos += len(" ".join(words[:i])) + 1
                words = words[i:]
                np = " ".join(words)
                break
        first = words[0].lower() if words else ""
        noun_singular = noun.rstrip("s") if noun not in {"fm", "pm", "ministry"} else noun
        if self.registry.gazetteer is not None:
            known = self.registry.gazetteer.lookup(np)
            if known is not None:
                return self.registry._adopt(known, np), 0.9, True
        if noun == "office":
            # "Her office said", "Lanik's office said": the office speaks for its holder.
            owner = re.match(r"(?:(?P<pron>his|her)|(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s?)\s+office$", np, re.I)
            if owner and owner.group("pron"):
                actor, conf = self.antecedent(pos, "he" if owner.group("pron").lower() == "his" else "she")
                if actor is not None and actor.kind == ActorKind.PERSON:
                    return actor, conf * 0.9, True
            elif owner:
                name = owner.group("name")
                actor = self.registry.by_surname(name.split()[-1])
                if actor is None:
                    titled = [m for m in find_mentions(name) if m.kind == ActorKind.PERSON]
                    if titled and (titled[-1].role or titled[-1].tokens >= 2):
                        actor = self.registry.person(titled[-1].name, titled[-1].role, titled[-1].affiliation)
                if actor is not None:
                    return actor, 0.85, True
        if noun in _ORG_NOUNS:
            return self.registry.other(np if first not in {"the"} else " ".join(words[1:]), ActorKind.ORGANISATION if noun != "people" else ActorKind.UNNAMED), 0.8, True
        if first in {"a", "an", "one", "two", "three", "several", "some", "many", "other"} or noun in _UNNAMED_NOUNS:
            if any(w[:1].isupper() for w in words[1:]) and noun.endswith("s") and first not in {"a", "an"} and noun not in {"sources"}:
                # "ASEAN foreign ministers": a named group.
                return self.registry.other(np, ActorKind.ORGANISATION), 0.8, True
            return self.registry.other(np, ActorKind.UNNAMED), 0.8, True
        if first == "the" and len(words) <= 3:
            # "the diplomat", "the MP": one just described without a name,
            # unless a person with that title was named since.
            described = self._recent_described(pos, noun_singular.lower())
            if described is not None:
                k = bisect.bisect_left(self._event_positions, pos)
                named_since = any(epos > described[0] and a.role and noun_singular.lower() in a.role.lower()
                                  for epos, a in self.events[:k])
                if not named_since:
                    return described[1], 0.75, True
        keywords = _ROLE_SYNONYMS.get(noun_singular)
        if keywords:
            modifiers = tuple(w.lower()[:5] for w in words[1:-1]
                              if w[:1].isupper() or w.lower() not in _WEAK_MODIFIERS and w.isalpha())
            owner = re.match(r"([A-Z][\w-]*)['’]s?$", words[0])
            nationality = ""
            if owner:
                # "Moscow's top diplomat" is Russia's.
                nationality = (government_of(owner.group(1)) or owner.group(1)).lower()[:5]
            if owner:
                modifiers = (nationality, *modifiers)
            else:
                # "the Orsovan defence minister": a capitalised word that is
                # no word of office says whom the person serves; the office
                # ("defence") must still fit.
                nationality = next((w.lower()[:5] for w in words[1:-1] if w[:1].isupper() and w.lower() not in ROLE_WORDS), "")
            actor = self.main_subject(keywords, pos, modifiers, nationality)
            if actor is None:
                actor = self._titled_before(keywords, pos, tuple(m for m in modifiers if m != nationality))
            if actor is not None:
                return actor, 0.75, True
            if first == "the" and not nationality and not any(w[:1].isupper() for w in words[1:]):
                # "Chief Cabinet Secretary Tatsuo Ikegami defended the deal ...
                # “...,” the top government spokesman said": an office no one
                # was named with describes the titled subject just before
                # (not "the Veldanian envoy", another country's).
                subject = self._titled_subject_before(pos)
                if subject is not None:
                    return subject, 0.6, True
        return self.registry.other(np, ActorKind.UNNAMED), 0.5, True

    def _titled_subject_before(self, pos: int) -> ActorRecord | None:
        """The person with a title who is the subject of the sentence before
        ``pos``, if that sentence is in this paragraph or the one before."""
        b = self.boundaries
        k = bisect.bisect_right(b, pos) - 1
        while k > 0 and not self.masked[b[k - 1]:b[k]].strip():
            k -= 1  # the break between paragraphs
        if k <= 0:
            return None
        subject = self._subject_of(b[k - 1], b[k])
        if (subject is not None and subject[0] == "person" and subject[1].role
                and self.paragraph_index(b[k - 1]) >= self.paragraph_index(pos) - 1):
            return subject[1]
        return None


def _own_title(actor: ActorRecord) -> str:
    """The title and affiliation that say whom the person serves: "Russian
    Ambassador to Kazakhstan" is Russian, not Kazakh; the country after "to"
    is where the envoy is posted."""
    return f"{_POSTED_TO.split(actor.role, 1)[0]} {actor.affiliation}".lower()


_POSTED_TO = re.compile(r"\s+to\s+(?:the\s+)?(?=[A-Z])")


def _qualified(role: str, keywords: tuple[str, ...]) -> bool:
    """Has the title words of office before its head ("Prime Minister")?"""
    words = [w.lower() for w in re.findall(r"[\w-]+", role)]
    for k, w in enumerate(words):
        if any(key in w for key in keywords):
            return any(x in ROLE_WORDS and x not in _WEAK_MODIFIERS for x in words[:k])
    return False


def _nation_words(actor: ActorRecord) -> bool:
    """Does the actor's title or affiliation name a country or other body?"""
    if actor.affiliation:
        return True
    return any(w[:1].isupper() and w.lower() not in ROLE_WORDS for w in re.findall(r"[\w-]+", actor.role))


_ASIDE = re.compile(
    r"(?:who|which|whose|\d{1,3}|speaking|citing|asked|asking|requesting|declining|insisting|according|"
    r"himself|herself|themselves|too|however|though|meanwhile|for (?:his|her|their|its) part|in turn|"
    r"on (?:the )?condition|under (?:the )?condition|anonymously|"
    # where or how it was said: "The ministry, in a commentary on its
    # website, said", "Halvorsen, at a news conference on Monday, said"
    r"in (?:a|an|its|his|her|their) |at (?:a|an) |on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"by (?:phone|telephone|video|video link)\b)",
    re.I,
)
# A US lawmaker's party and state after the name: "Sen. Ana Ruiz, D-Minn., said".
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,12}")
# Verbs of reporting whose subject is a news outlet, not a speaker.
_REPORT_VERBS = frozenset("report reports reported reporting".split())
_MEDIA_WORDS = frozenset("news times post journal herald gazette tribune telegraph radio tv television agency press daily channel network".split())
_NOUN_BEFORE = re.compile(r"(?:['’]s?|\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those))\s+$", re.I)
# "in a Telegram post", "his Facebook comments": a word that is mostly a
# noun, after a determiner and a name, is not a verb of saying.
_NOUN_VERBS = frozenset("post posts tweet tweets comment comments".split())
_NAMED_NOUN_BEFORE = re.compile(r"\b(?i:the|a|an|his|her|their|its|our|my|your|this)\s+[A-Z][\w-]*\s+$")
_PARENTHETICAL = re.compile(r",(?:\s*(?:who|which|whose)\b[^,]{1,160}|[^,]{1,60}),")
_SAY_VERBS = frozenset("said says added adds continued continues told tells wrote writes stressed noted insisted explained".split())
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<np>.{1,80}?)\s+as\s+(?:saying|telling|writing)\b", re.I)
_AS_DESCRIBED = re.compile(r"^\W*as\s+(?P<np>.{1,60}?)\s+(?:described|put|called|said|says|wrote|noted|told)\b", re.I)
_AS_PUT_IT = re.compile(r"\bas\s+(?P<np>[^,;_]{1,60}?)\s+put\s+it\b", re.I)
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
    has_other = bool(_LETTER.search(before_text + after_text))

    fact = _fact_check_cue(ctx, q)
    if fact is not None:
        return fact, has_other
    # "..., Reuters quoted X as saying" / "TASS quoted X as saying"
    m = _QUOTED_AS.search(after_text)
    if m and not _BLANKED.search(after_text[: m.start()]):
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
    leading = not _LETTER.search(before_text)
    if after is None and leading and after_text.lstrip()[:1] in _DASHES:
        dash = _DASH_SIGNATURE.match(after_text)
        if dash:
            # "“We will monitor it closely.” — Elena Mirović-Sand": a quote
            # signed with a dash, as in press releases and pull quotes.
            base = q.outer_end + dash.start("np")
            actor, conf, found = ctx.resolve_np(base, base + len(dash.group("np")))
            if found and actor is not None:
                after = Attribution(actor, "—", conf * 0.9, base, True)
    # A quote that opens its sentence is attributed by what follows it; a
    # fragment inside the reporter's sentence by the verb that governs it.
    order = (after, before) if leading else (before, after)
    for cue in order:
        if cue is not None:
            return cue, has_other
    m = _AS_PUT_IT.search(masked[s_start:s_end])
    if m:
        # "As the analyst Helena Moravec put it to me, “...”"
        base = s_start + m.start("np")
        actor, conf, found = ctx.resolve_np(base, base + len(m.group("np")))
        if found and actor is not None:
            return Attribution(actor, "put it", conf, base, True), has_other
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
    if leading and after_text[:40].lstrip(" ,").startswith(_MANNER_STARTS):
        m = _MANNER_CUE.match(after_text)
        if m:
            # "“It'll bring jobs,” he shrugs.": a gesture after the quote
            # names its speaker as a verb of saying would.
            base = q.outer_end + m.start("np")
            actor, conf, found = ctx.resolve_np(base, base + len(m.group("np")))
            if found and actor is not None:
                return Attribution(actor, m.group("verb"), conf * 0.9, base, True), has_other
    if leading and not _LETTER.search(after_text):
        cue = _signature_below(ctx, q) or _paragraph_cue(ctx, q, s_end) or _previous_sentence_cue(ctx, q, s_start)
        if cue is not None:
            return cue, has_other
    return None, has_other


_DASHES = frozenset("—–-")
_DASH_SIGNATURE = re.compile(r"\s*(?:—|–|--?)\s*(?P<np>[A-Z][^_\n,—–]{1,60}?)(?:,[^_\n]{0,80})?\s*\.?\s*$")
# A gesture after a quote, the whole rest of the sentence: "“Three meetings,”
# she laughs.", "“...,” Rae shrugged, wiping a table."
_MANNER_CUE = re.compile(
    r"[\s,]*(?P<np>[Hh]e|[Ss]he|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
    r"(?P<verb>laugh(?:s|ed)|shrug(?:s|ged)|smile(?:s|d)|sigh(?:s|ed)|nod(?:s|ded)|grin(?:s|ned)|chuckle(?:s|d)|scoff(?:s|ed))"
    r"(?:,[^_.!?]{0,80})?[.!?]?\s*$"
)
_MANNER_STARTS = ("he ", "she ", "He ", "She ", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CLAIM_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[Cc]laim|CLAIM|[Ss]tatement|[Tt]he\s+claim)\b[^:\n_]{0,12}:[ \t]*$")
_WHO_SAID_IT = re.compile(r"\b[Ww]ho\s+(?:said|made|posted|wrote)\s+(?:it|this|the\s+claim)\s*\??\s*:\s*(?P<np>[^\n,;(]{2,120})")


def _fact_check_cue(ctx: ArticleContext, q: QuoteSpan) -> Attribution | None:
    """A fact check's "Claim: “...”" with its "Who said it: X, in ..." on
    the same line or the next lines."""
    line_start = ctx.masked.rfind("\n", 0, q.open_mark) + 1
    if not _CLAIM_LABEL.search(ctx.masked, max(0, line_start - 1), q.open_mark):
        return None
    who = _WHO_SAID_IT.search(ctx.masked, q.outer_end, min(len(ctx.masked), q.outer_end + 400))
    if who is None or "_" in ctx.masked[q.outer_end:who.start()]:
        return None
    np_start = who.start("np")
    np = re.split(r"\s+(?:in|on|at|during|speaking|via|when|while)\s+", who.group("np"))[0].rstrip(" .")
    actor, conf, found = ctx.resolve_np(np_start, np_start + len(np))
    if not found or actor is None:
        return None
    return Attribution(actor, "who said it", conf, np_start, True)


# "— Amira Haddou, country director of ..., after ...": the name, then any context.
# (Not a hyphen: "- Kessaly 'studying' the offer" is a subheading.)
_SIGNATURE_LINE = re.compile(r"\s*(?:—|–|--)\s*(?P<np>[A-Z][^_\n,—–]{1,60}?)\s*(?:,|\.?\s*$)")


def _signature_below(ctx: ArticleContext, q: QuoteSpan) -> Attribution | None:
    """A quote that is its whole paragraph, signed in the next one with a
    dash: "“...”" then "— Oana Strelet, on the draft treaty", as roundups
    and pull quotes set them."""
    p_index = ctx.paragraph_index(q.open_mark)
    if p_index + 1 >= len(ctx.paragraphs):
        return None
    p_start, p_end = ctx.paragraphs[p_index]
    n_start, n_end = ctx.paragraphs[p_index + 1]
    if q.open_mark != p_start or _LETTER.search(ctx.masked, q.outer_end, p_end) or ctx.masked[n_start:n_start + 1] not in "—–-":
        return None
    dash = _SIGNATURE_LINE.match(ctx.masked, n_start, n_end)
    if dash is None or "_" in ctx.masked[n_start:n_end]:
        return None
    actor, conf, found = ctx.resolve_np(dash.start("np"), dash.end("np"))
    if not found or actor is None:
        return None
    return Attribution(actor, "—", conf * 0.9, dash.start("np"), True)


_ASKED_LEAD = re.compile(r"\s*(?:When\s+)?[Aa]sked\s+(?:whether|if|about|what|why|how|when|who|to)\b[^,_]{0,150},\s*")


def _previous_sentence_cue(ctx: ArticleContext, q: QuoteSpan, s_start: int) -> Attribution | None:
    """A quote right after a short sentence about its speaker, with no cue of
    its own: "Ola Brekke puts it bluntly. “We like her.”", and in features a
    quote paragraph after "When I put this to Harkin, she laughs."."""
    p_index = ctx.paragraph_index(q.open_mark)
    p_start, _ = ctx.paragraphs[p_index]
    if s_start > p_start:
        prev_end = s_start
    elif q.open_mark == p_start and p_index > 0:
        prev_start, prev_end = ctx.paragraphs[p_index - 1]
        if prev_end - prev_start > 200:
            return None
    else:
        return None
    text = ctx.masked[:prev_end].rstrip()
    if not text.endswith((".", ":")) or "_" in text[-3:]:
        return None
    ps_start, _ = ctx.sentence(len(text) - 1, len(text) - 1)
    sentence = ctx.masked[ps_start:len(text)]
    if "_" in sentence or len(sentence.split()) > 40:
        return None
    # ("Asked whether Norvia would return, he shrugged.": the question's
    # clause names no speaker.)
    asked = _ASKED_LEAD.match(ctx.masked, ps_start, len(text))
    subject = _sentence_subject(ctx, asked.end() if asked else ps_start, len(text))
    if subject is None or subject[0] is None:
        return None
    if subject[0].kind != ActorKind.PERSON:
        # "The official added that ... . “...”": an unnamed source keeps
        # the quote only when that sentence reports it speaking.
        say = _VERB.search(ctx.masked[subject[2]:len(text)])
        if (subject[0].kind != ActorKind.UNNAMED or s_start == p_start or say is None
                or say.group(1).lower() not in _SAY_VERBS or len(ctx.masked[subject[2]:subject[2] + say.start()].split()) > 4):
            return None
        return Attribution(subject[0], "before", subject[1] * 0.5, subject[2], True)
    if s_start == p_start and re.match(r"(?:he|she)\b", ctx.masked[subject[2]:subject[2] + 4], re.I):
        # "She announced that ...\n\n“None of this is aimed at anyone.”":
        # a pronoun subject across paragraphs, less sure than a name.
        return Attribution(subject[0], "before", subject[1] * 0.45, subject[2], True)
    return Attribution(subject[0], "before", subject[1] * 0.6, subject[2], True)


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
            issued = _ISSUED_FOLLOWING.match(ctx.masked, s_start, prev_start + len(prev))
            if issued is not None and "_" not in issued.group("np"):
                # "The embassy issued the following statement on Sunday:"
                actor, conf, found = ctx.resolve_np(issued.start("np"), issued.end("np"))
                if found and actor is not None:
                    return Attribution(actor, "issued", conf * 0.9, issued.start("np"), True)
            cue = _before_cue(ctx, s_start, prev_start + len(prev), ctx.masked[s_start:prev_start + len(prev)])
            if cue is not None and cue.speaker is not None:
                return Attribution(cue.speaker, cue.cue, cue.confidence * 0.9, cue.position, True)
    if s_end >= p_end:
        return _named_below(ctx, p_index)
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


_ISSUED_FOLLOWING = re.compile(
    r"\s*(?P<np>[A-Z][^,;:_]{2,80}?)\s+(?:issued|released|published|put\s+out|sent\s+out|read\s+out)\s+"
    r"(?:the\s+following|this)\s+(?:statement|message|communiqu[eé]|declaration|note|response|reply)\b")
# "“...”" alone, then "That was how the spokeswoman, Rut Almqvist,
# answered ..." or "Those were the words of ...": the speaker named after
# the quote, across the paragraph break.
_NAMED_BELOW = re.compile(
    r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:(?P<how>how|what)|"
    r"the\s+(?:words?|answer|reply|response|message|verdict)\s+(?:of|from))\s+")

_NAMED_BELOW_END = re.compile(r"[.;:!?]|,?\s+(?:at|on|in|during|speaking|after|before|when|while|who|as)\b|$")


def _named_below(ctx: ArticleContext, p_index: int) -> Attribution | None:
    if p_index + 1 >= len(ctx.paragraphs):
        return None
    n_start, n_end = ctx.paragraphs[p_index + 1]
    m = _NAMED_BELOW.match(ctx.masked, n_start, n_end)
    if m is None:
        return None
    rest = ctx.masked[m.end():n_end]
    if m.group("how"):
        v = _VERB.search(rest)
        stop = v.start() if v is not None else -1
    else:
        # (To a stop or a clause after the name and its apposition: "the
        # consul, Ivo Marsh, at a reception".)
        stop = _NAMED_BELOW_END.search(rest).start()
    if stop <= 0 or "_" in rest[:stop] or len(rest[:stop].split()) > 10:
        return None
    actor, conf, found = ctx.resolve_np(m.end(), m.end() + stop)
    if found and actor is not None:
        return Attribution(actor, "named below", conf * 0.8, m.end(), True)
    return None


_INVERTED_STOP = re.compile(r"[,.;:!?()—–]|\s(?:in|on|at|during|after|before|while|when|as|who|adding|according|to|from|with)\s")


def _after_cue(ctx: ArticleContext, base: int, after_text: str) -> Attribution | None:
    m = None
    for v in _VERB.finditer(after_text):
        if v.group(1)[0].isupper():
            continue  # "Secretary of State X said", "Said Hamdan": a name, not a verb
        # "a senior official, who asked not to be named, said": the verb of
        # a relative clause is not the cue.
        if _RELATIVE_END.search(after_text[: v.start()]):
            continue
        if _NOUN_BEFORE.search(after_text[: v.start()]) and not _CLAUSE_PUNCT.search(after_text[: v.start()]):
            continue  # "with knowledge of the call said": a noun, not the cue
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
    if _LETTER.search(prefix):
        actor, conf, found = ctx.resolve_np(base + segment_start, base + m.start())
        if found:
            return _media_check(Attribution(actor, verb, conf, base + segment_start, True))
        if _LETTER.search(after_text[: segment_start]):
            return None
    elif _LETTER.search(after_text[:segment_start]):
        # "“...,” Berrow, 54, said." / "“...,” a senior official, speaking
        # on condition of anonymity, said."
        found_before = _subject_before(ctx, base, base + m.start())
        if found_before is not None:
            return _media_check(Attribution(found_before[0], verb, found_before[1], found_before[2], True))
    # Inverted order: "said Berrow", "says Veldanian FM".
    rest = after_text[m.end():]
    stop = None
    for stop in _INVERTED_STOP.finditer(rest):
        if stop.group() == "." and _ABBREVIATION.fullmatch(rest, rest.rfind(" ", 0, stop.start()) + 1, stop.end()):
            stop = None
            continue  # "said Mr. Kollapally", "said Gen. Lee": an abbreviation, not the end
        break
    np_text = rest[: stop.start()] if stop else rest
    if _LETTER.search(np_text):
        start = base + m.end()
        named = re.match(r",\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?", rest[len(np_text):]) if re.match(r"\s*the\s", np_text) else None
        if named:
            # "said the head teacher, Mrs Karla Nygaard": the name after the title.
            at = start + len(np_text) + named.end()
            for mention in ctx.mentions:
                if at - 4 <= mention.start <= at and mention.kind == ActorKind.PERSON:
                    actor, conf, found = ctx._actor_for_mention(mention)
                    if found and actor is not None:
                        return _media_check(Attribution(actor, verb, conf, mention.start, True))
                    break
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


_AND_THAT_END = re.compile(r"\band\s+that\s+$")
# "Orsa has recalled its ambassador": calling a diplomat home, not a verb of
# saying, so the quote later in the sentence hangs on another verb.
_RECALLED_ENVOY = re.compile(
    r"(?i:recall(?:s|ed|ing)?)\s+(?:(?:its|his|her|their|the|our|all|both|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?i:ambassadors?|envoys?|diplomats?|consuls?|chargés?|charges?|emissar(?:y|ies)|delegations?|negotiators?|representatives?|missions?)\b"
)
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:[a-z]+\s+)?$")
_DOCUMENT_SUBJECT = re.compile(
    r"\s*(?P<np>(?:The|Their|Its|A|An)\s+(?:[\w-]+\s+){0,3}?(?:communiqu[eé]|statement|declaration|document|text|letter|resolution))\b"
)


def _before_cue(ctx: ArticleContext, s_start: int, open_mark: int, before_text: str) -> Attribution | None:
    m = _POSSESSIVE_CUE.search(before_text)
    # (Not "Berrow's comments", "the report": a noun, not a verb.)
    verbs = [v for v in _VERB.finditer(before_text) if not _NOUN_BEFORE.search(before_text[: v.start()])
             and not (v.group(1).lower() in _NOUN_VERBS and _NAMED_NOUN_BEFORE.search(before_text[: v.start()]))
             and not _RECALLED_ENVOY.match(before_text, v.start())]
    if m and (not verbs or verbs[-1].start() < m.start()):
        base = s_start + m.start("np")
        actor, conf, found = ctx.resolve_np(base, base + len(m.group("np")))
        if found and actor is not None:
            return Attribution(actor, "remarks", conf * 0.9, base, True)
    if before_text.endswith("that ") and verbs:
        and_that = _AND_THAT_END.search(before_text)
        first_that = before_text.rfind(" that ", 0, and_that.start()) if and_that else -1
        if first_that >= 0:
            # "Wen said that China welcomes the visit and that “...”": the
            # second clause hangs on the verb of the first, not on the verb
            # inside it.
            verbs = [v for v in verbs if v.start() < first_that]
    for v in reversed(verbs):
        verb = v.group(1).lower()
        if _NEGATED_BEFORE.search(before_text, max(0, v.start() - 16), v.start()):
            # "said the ministry had not answered “the most basic questions”":
            # words a subject did not say are not its quote; an earlier verb
            # may govern.
            continue
        if "," in before_text[v.end():] and re.search(r"\b(?:which|who|whom)\s+(?:\S+\s+){0,2}$", before_text[: v.start()], re.I):
            continue  # ", which Washington asked to keep private,": a closed aside
        if verb.endswith("ing") and re.search(r",\s*$", before_text[: v.start()]) or verb in {"saying", "adding", "calling", "declaring", "describing", "accusing", "warning", "urging", "insisting", "arguing", "claiming", "noting", "stressing"} and re.search(r"(?:,|\band|\b(?:opened|began|started|closed|ended|responded|replied)\s+by|\b(?:was|were|is|are|been)\s+quoted\s+as)\s*$", before_text[: v.start()]):
            # A participle: the speaker is the sentence's subject ("The
            # diplomat was quoted as saying that “...”" too).
            subject = _sentence_subject(ctx, s_start, s_start + v.start())
            if subject is not None:
                return Attribution(subject[0], verb, subject[1], subject[2], True)
            continue
        head = before_text[: v.start()]
        actor_found = _subject_before(ctx, s_start, s_start + len(head))
        if actor_found is None and re.search(r"\bto\s+$", head) and "_" not in head:
            # "Kovac used a speech last night to accuse Ostrelia of “...”"
            actor_found = _first_named_subject(ctx, s_start, s_start + len(head))
        if actor_found is not None:
            actor, conf, pos = actor_found
            return _media_check(Attribution(actor, verb, conf, pos, True))
        # "The SBU ... told": a verb whose subject we cannot read; keep looking.
    doc = _DOCUMENT_SUBJECT.match(before_text)
    if doc and verbs:
        # "The communique, signed by the leaders of ..., said the members were “...”"
        actor, conf, found = ctx.resolve_np(s_start + doc.start("np"), s_start + doc.end("np"))
        if found:
            return Attribution(actor, verbs[-1].group(1).lower(), conf, s_start + doc.start("np"), True)
    if _ENDS_IN_COLON.search(before_text):
        subject = _sentence_subject(ctx, s_start, s_start + len(before_text))
        if subject is not None and subject[0] is not None:
            return Attribution(subject[0], ":", subject[1] * 0.9, subject[2], True)
        lead = re.match(r"\s*(?P<np>[^,:_]{3,80}?)\s*(?:,\s*(?:in|on|via)\s+[^,:_]{0,60})?:\s*$", before_text)
        if lead is not None and len(lead.group("np").split()) <= 8 and not verbs:
            # "The Ostrelian environment ministry, in a written statement: “...”"
            base = s_start + lead.start("np")
            actor, conf, found = ctx.resolve_np(base, base + len(lead.group("np")))
            if found and actor is not None and actor.kind != ActorKind.UNNAMED:
                return Attribution(actor, ":", conf * 0.9, base, True)
    return None


# A past-tense predicate ending in "and": "telephoned both delegations and".
_FIRST_PREDICATE = re.compile(r"[a-z]+ed\s+[^,;:_]{0,60}?\band(?:\s+then)?")
_PRONOUN_SUBJECT = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:(?:has|had|have|once|later|also|then|\w+ly)\s+){0,2}$")


def _subject_before(ctx: ArticleContext, s_start: int, verb_pos: int) -> tuple[ActorRecord | None, float, int] | None:
    """The subject of a verb at ``verb_pos``, read backwards over commas."""
    end = verb_pos
    # "what she called", "Earlier this year he described": a pronoun right
    # before the verb is its subject, however long the clause that holds it.
    pron = _PRONOUN_SUBJECT.search(ctx.masked, max(s_start, verb_pos - 24), verb_pos)
    if pron and pron.start(1) > s_start:
        actor, conf = ctx.antecedent(pron.start(1), pron.group(1))
        if actor is not None:
            return actor, conf, pron.start(1)
    for _ in range(4):
        text = ctx.masked[s_start:end]
        cut = text.rfind(",")
        seg_start = s_start + cut + 1
        blank = ctx.masked.rfind("_", seg_start, end)
        if blank >= 0 and ctx.masked[blank + 1:end].strip():
            # "On the programme “Sunday Forum” Deputy Minister X called":
            # a name in quotation marks before the subject is no part of it.
            seg_start = blank + 1
        segment = ctx.masked[seg_start:end]
        core = _strip_adverbs(segment).strip()
        if not core:
            if cut < 0:
                return None
            if re.fullmatch(r"\s*(?:but|and|yet)\s*", segment, re.I):
                # "Berrow did not address the plan, but told reporters ...":
                # the verb shares the subject of the clause before.
                subject = _first_named_subject(ctx, s_start, s_start + cut)
                if subject is not None:
                    return subject
            end = s_start + cut
            continue
        if cut >= 0 and _is_apposition(core):
            # "Amara Velden, the director of the Forum, described ...": the
            # name before the apposition is the subject.
            prev_text = ctx.masked[s_start:s_start + cut]
            prev_cut = prev_text.rfind(",")
            prev_start = s_start + prev_cut + 1
            prev = ctx.masked[prev_start:s_start + cut].strip()
            # (Not "In Kesrapur, Padmavar's foreign minister X said": a
            # fronted place, and the name after it is the subject.)
            if (re.fullmatch(r"(?:[A-Z][\w’'.-]*\s*)+", prev) and not _FRONTED_PREPOSITION.match(prev)
                    or _REPRESENTATIVE.fullmatch(prev)):
                actor, conf, found = ctx.resolve_np(prev_start, s_start + cut)
                if found and actor is not None:
                    return actor, conf, prev_start
        rel = re.match(r"(?:which|whom|that)\s+(?=\S)", core, re.I)
        if rel and len(core.split()) <= 4:
            # "..., which he complimented as": the subject follows "which".
            sub_start = seg_start + segment.find(core) + rel.end()
            actor, conf, found = ctx.resolve_np(sub_start, end)
            if found:
                return actor, conf, sub_start
        if cut >= 0 and _FIRST_PREDICATE.fullmatch(segment.strip()):
            # "Jorunn Aasheim, telephoned both delegations and told them":
            # a first predicate joined by "and" shares the subject before it.
            end = s_start + cut
            continue
        if _ASIDE.match(core) or _PARTY_TAG.fullmatch(core):
            # "who ...", "54", "speaking on condition of anonymity": an
            # aside between the subject and its verb.
            if cut < 0:
                return None
            end = s_start + cut
            continue
        actor, conf, found = ctx.resolve_np(seg_start, end)
        if found:
            return actor, conf, seg_start
        # The segment may end in the subject after a clause: "Though ..., Berrow".
        words = core.split()
        if len(words) > 8:
            sub_start = end - len(" ".join(words[-5:])) - 1
            actor, conf, found = ctx.resolve_np(max(seg_start, sub_start), end)
            if found:
                return actor, conf, seg_start
        return None
    return None


_UNNAMED_OF = re.compile(
    r"(?P<np>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s+(?:[\w-]+\s+){0,3}?(?:official|officials|spokesperson|spokesman|"
    r"spokeswoman|source|sources|diplomat|diplomats|aide|aides|insider|insiders))\s+(?:of|from|for|at|in|with|close\s+to)\s"
)
_BARE_NOUN = re.compile(r"[Tt]he\s+([a-z][\w-]*)")
# Nouns that name people (the minister, the residents), never a body.
_PERSON_NOUNS = _APPOSITION_HEADS | _DESCRIPTION_HEADS | frozenset(_ROLE_SYNONYMS) | frozenset(_UNNAMED_NOUNS) | _GROUP_NOUNS
_FRONTED_PREPOSITION = re.compile(r"(?:In|At|On|From|Near|Outside|Inside|After|Before|During|Across|Throughout)\s")


def _is_apposition(core: str) -> bool:
    """"the director of the Forum", "a former judge who ...", "Council
    President for March": a description set off after a name."""
    head = re.split(r"\b(?:who|which|whose)\b", core)[0].strip()
    words = head.split()
    if not words or _VERB.search(head) or re.search(r"\b(?:is|was|has|had|will|would)\b", head):
        return False
    if words[0].lower() in {"a", "an", "the"}:
        return True
    lowered = [_POSSESSIVE_WORD.sub("", w.strip("’'")).lower() for w in words]
    if words[0][:1].isupper():
        # "Germany's largest union": a possessive description.
        return any(w in _APPOSITION_HEADS for w in lowered) or bool(_POSSESSIVE_WORD.search(words[0])) and len(words) >= 2
    # "chief economist at the brokerage Andes Capital": a lowercase title,
    # its head before the place of work.
    lead = re.split(r"\b(?:at|of|for|with|in|to)\b", head)[0].split()
    return 0 < len(lead) <= 4 and lead[-1].lower() in _DESCRIPTION_HEADS


def _first_named_subject(ctx: ArticleContext, s_start: int, limit: int) -> tuple[ActorRecord | None, float, int] | None:
    """The person named first in a sentence, when in subject position."""
    for m in ctx.mentions:
        if m.start >= limit:
            break
        if s_start <= m.start and not m.possessive and m.kind == ActorKind.PERSON:
            if len(ctx.masked[s_start:m.start].split()) > 3 or ctx._locative(m):
                return None
            actor, conf, found = ctx._actor_for_mention(m)
            if found and actor is not None:
                return actor, conf * 0.9, m.start
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
    # Else an organisation or a capital that opens the sentence ("Beijing
    # later softened its tone, saying ...").
    k = bisect.bisect_left(ctx._mention_starts, s_start)
    if k < len(ctx.mentions):
        m = ctx.mentions[k]
        if (m.start < limit and not m.possessive and m.name and not ctx.masked[s_start:m.start].strip(" \n_“”\"")
                and (m.kind == ActorKind.ORGANISATION or not m.kind and government_of(m.name))):
            actor, conf, found = ctx._actor_for_mention(m)
            if found and actor is not None:
                return actor, conf * 0.9, m.start
    opening = s_start + len(ctx.masked[s_start:limit]) - len(ctx.masked[s_start:limit].lstrip(" \n_“”\"'‘’—–-"))
    body = _BODY_NP.match(ctx.masked, opening, limit)
    if body is not None and body.group("mod"):
        # "The Istranian army's general staff went further, saying “...”":
        # a body named by its description opens the sentence.
        actor, conf, found = ctx.resolve_np(body.start(), body.end())
        if found and actor is not None and actor.kind == ActorKind.ORGANISATION:
            return actor, conf * 0.9, body.start()
    pron = _FRONTED_HE_SHE.match(ctx.masked, s_start, limit)
    if pron:
        actor, conf = ctx.antecedent(pron.start(1), pron.group(1))
        if actor is not None:
            return actor, conf, pron.start(1)
    lead = _DESCRIPTION_SUBJECT.match(ctx.masked, s_start, limit)
    if lead is not None:
        # "A former college quarterback who ... launched his campaign,
        # promising to run as “...”": a description as the subject speaks
        # for someone unnamed.
        named = _delayed_lede_name(ctx, lead)
        if named is not None:
            return named
        actor, conf, found = ctx.resolve_np(lead.start("np"), lead.end("np"))
        if found and actor is not None and actor.kind in {ActorKind.UNNAMED, ActorKind.PERSON}:
            return actor, conf * 0.8, lead.start("np")
    return None


# "A group of farmers", "A crowd outside the embassy": many people, not the
# one named next.
_COLLECTIVE = frozenset("group crowd number handful coalition team delegation panel committee couple family".split())


def _delayed_lede_name(ctx: ArticleContext, lead: re.Match[str]) -> tuple[ActorRecord, float, int] | None:
    """A delayed lede: "A former college quarterback entered the race on
    Tuesday, promising “...”." with the next paragraph opening on his name,
    "Robert Hollings, 44, announced ...". An anonymous source ("A senior
    official familiar with ...") is not named later and keeps its description."""
    np = lead.group("np")
    if not np.startswith(("A ", "An ")) or _DESCRIBED_SUBJECT.match(np) or _COLLECTIVE.intersection(np.lower().split()[:4]):
        return None
    p_index = ctx.paragraph_index(lead.start("np"))
    if p_index + 1 >= len(ctx.paragraphs):
        return None
    next_start = ctx.paragraphs[p_index + 1][0]
    k = bisect.bisect_left(ctx._mention_starts, next_start)
    if k >= len(ctx.mentions):
        return None
    m = ctx.mentions[k]
    if m.possessive or m.kind != ActorKind.PERSON or ctx.masked[next_start:m.start].strip():
        return None
    actor, conf, found = ctx._actor_for_mention(m)
    if not found or actor is None or actor.kind != ActorKind.PERSON:
        return None
    return actor, conf * 0.7, m.start


# "She laughed.", "In Paris, he said ...", and after a longer fronted clause
# of plain words: "Asked whether she would run again, she laughed."
_FRONTED_HE_SHE = re.compile(r"\s*(?:[A-Z][\w ,]{0,80},\s*)?(he|she)\b", re.I)
_DESCRIPTION_SUBJECT = re.compile(
    r"[\s_“”\"']*(?P<np>(?:A|An|The)\s+[a-z][^,_.;:“”\"]{2,60}?)(?=\s+(?:who|whose|that)\b|,|\s+[a-z]+ed\b)")
