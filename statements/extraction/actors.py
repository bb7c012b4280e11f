"""People and organisations: spotting mentions, normalising names, merging.

A mention is a run of capitalised words, possibly with a title in front
("Veldanian President Ilse Varga", "Marovia's Minister of Foreign Affairs
Anton Brell", "Example Wire's Mira Sellis"). The title becomes the actor's
role, the rest its name. ``name_key`` folds spelling variants (accents,
transliterations such as Sergey/Sergei or Zelensky/Zelenskyy) so that one
person is one actor across the articles of a document, and surname-only
mentions ("Brell") join the full name seen elsewhere.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .names import FEMALE_NAMES, MALE_NAMES
from .places import COUNTRIES, COUNTRY_OF, is_place
from .records import ActorKind, ActorRecord

# Words of a title or office. Lowercase forms are compared.
ROLE_WORDS = frozenset(
    """president vice prime minister ministers premier chancellor secretary state general ambassador
    envoy special spokesperson spokesman spokeswoman spokespeople senator sen rep representative
    governor mayor king queen prince crown emperor chairman chairwoman chair chief head director
    commander former foreign deputy defence defense interior finance economy economic trade affairs
    security adviser advisor national presidential executive officer leader pope ceo admiral
    colonel lieutenant captain mr mrs ms dr sir lord dame federal high commissioner commissioner
    speaker lawmaker diplomat top permanent first acting counterpart official officials
    correspondent reporter editor analyst professor spokesmen press minister's senior ex
    justice attorney vice-president deputy-foreign policy army navy staff joint cabinet
    sovereign supreme ayatollah sheikh emir sultan delegate negotiator chief-of-staff
    h.e. fm dfm
    premiere representative's mp mep judge prosecutor counsel coach chairperson treasurer
    gen lt col maj brig capt adm sgt cmdr cdr gov prof brigadier commodore hon honourable honorable rt
    councilor councillor""".split()
)
# Words of occupation or circumstance that may stand as a title before a full
# name ("Passenger Dario Vukelic-Sand"); not words of office, and none is
# commonly a given name, so "Frances Farmer" and "Hunter Biden" stay whole.
DESCRIPTOR_WORDS = frozenset(
    """passenger resident witness eyewitness survivor student teacher doctor nurse lawyer historian economist
    campaigner activist shopkeeper fisherman pensioner refugee veteran surgeon businessman businesswoman
    entrepreneur farmer villager voter protester worker researcher scientist novelist author commentator
    columnist academic photographer volunteer midwife pharmacist engineer architect trader investor banker
    landlord tenant lecturer expert consultant organiser organizer""".split()
)
# Connectors allowed inside a title or name when a capitalised word follows.
# Letters after a name ("Daniel Okafor KC", "Ama Boateng MP"): not part of it.
POST_NOMINALS = frozenset("KC QC MP MEP MSP OBE MBE CBE KBE DBE PhD MD Jr Jr. Sr Sr. FRS II III IV".split())
# Generational suffixes: part of the name, but never the surname.
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
CONNECTORS = frozenset("of for to the and de van von bin al da di le la del der du dos do das ter ten den della el ibn bint".split())
# Lowercase particles written onto a capitalised name: "al-Nuaimi", "el-Baz".
_PARTICLE_PREFIX = r"(?:al|el|ad|as|ash|at|az|ar|an|ud|ul|ed)[-‑]"
# Capitalised words that start sentences or clauses but are never names.
STOPWORDS = frozenset(
    """a an the this that these those it its he she his her they their we our i you but and or
    so yet however meanwhile though although while when where after before since as at in on of
    for to from with by about over under earlier later last next then now today yesterday
    tomorrow also still even if because despite during speaking asked according reporting
    separately similarly indeed instead moreover furthermore nevertheless notwithstanding
    analysts officials sources critics many some several both all no not yes there here what who
    why how which mr mrs ms dr question answer q a interviewer
    il ils elle elles nous vous""".split()  # (French pronouns opening a quoted original's sentence)
)
# Tokens that make a capitalised run a place, event or institution, not a person.
NON_PERSON = frozenset(
    """north south east west eastern western northern southern central new united republic kingdom
    states union assembly council office house palace summit sea ocean region oblast city street
    square peninsula island islands agreement agreements treaty declaration charter fund bank day
    war army forces force social times news post journal channel ministry group party court
    parliament senate congress agency commission committee government administration department
    organisation organization alliance federation embassy mission secretariat cabinet kremlin
    pentagon nato un eu asean brics sco osce g7 g20 tass reuters afp ap xinhua interfax ria bbc cnn
    nations international airport university institute centre center media press service services
    intelligence police guard navy air defence defense security health school church hall park
    river mountain mountains valley lake gulf bay strait straits coast border front zone area
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december russia ukraine china america europe africa asia
    kyiv moscow washington beijing gaza israel iran syria turkey india brazil japan korea poland
    germany france britain estonia latvia lithuania finland belarus crimea donbass donetsk
    town rovers wanderers athletic albion fc rangers hotspur""".split()
)
ORG_WORDS = frozenset(
    """ministry kremlin office council government department agency commission committee parliament
    senate congress army forces police service services bank fund organisation organization union
    alliance party court embassy mission secretariat cabinet pentagon nato un eu asean tass reuters
    afp xinhua interfax ria bbc cnn administration military navy guard house palace
    federation association authority board institute foundation company corporation corp inc ltd plc llc
    group holdings industries steelworks works yards shipyard shipyards lines airlines airways railways
    motors energy forum centre center coalition society initiative network""".split()
)
NEWS_AGENCIES = frozenset("reuters afp ap tass ria interfax xinhua bloomberg ani efe dpa ansa kyodo yonhap bbc cnn".split())

def _char_class(predicate) -> str:
    """A regex character class of the BMP characters satisfying ``predicate``."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if predicate(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


_COMBINING = re.compile(_char_class(unicodedata.combining))
_TOKEN = re.compile(r"[^\W\d_][\w’'.\-]*|\d[\w.,]*|[^\w\s]", re.U)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


_DIGIT = re.compile(r"\d")
_ACRONYM = re.compile(r"[A-Z.\-]{2,}")
# Letters with a stroke or without a dot that Unicode does not decompose:
# "Trần Văn Đức" is written "Tran Van Duc", "Łukasz" "Lukasz".
_UNDECOMPOSED = str.maketrans("ĐđØøŁłıĦħ", "DdOoLliHh")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    if not _COMBINING.search(decomposed):  # curly quotes, dashes: nothing to strip
        return decomposed
    return _COMBINING.sub("", decomposed)


_TRANSLIT_ENDING = re.compile(r"(?:iy|yy|ii|yi|ij|y)$")
_DOUBLED = re.compile(r"(.)\1+")
_POSSESSIVE_S = re.compile(r"['’`´]s\b")
_KEY_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=16384)
def _fold_token(token: str) -> str:
    # Transliteration variants differ in -y/-i/-iy/-yy endings, ks/x,
    # kh/h, ph/f, j/y and doubled letters; fold them all to one spelling.
    token = token.replace("ks", "x").replace("kh", "h").replace("ph", "f").replace("yu", "iu").replace("ya", "ia")
    token = token.replace("j", "y")
    token = _TRANSLIT_ENDING.sub("i", token)
    token = token.replace("y", "i")
    return _DOUBLED.sub(r"\1", token)


@functools.lru_cache(maxsize=8192)
def _joined_form(key: str) -> str:
    """A name key written as one word, doubled letters folded where its
    parts meet: "abdel latif" and "abdelatif" are one spelling."""
    return _DOUBLED.sub(r"\1", key.replace(" ", ""))


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Normalised key for a name: case, accents, punctuation and
    transliteration variants folded, possessive removed."""
    text = strip_accents(name.translate(_UNDECOMPOSED)).casefold()
    text = _POSSESSIVE_S.sub("", text)
    words = _KEY_WORD.findall(text)
    return " ".join(_fold_token(w) for w in words)


@functools.lru_cache(maxsize=8192)
def clean_word(token: str) -> str:
    """A token without possessive ending or trailing full stop."""
    token = _POSSESSIVE.sub("", token) if len(token) > 2 else token
    return token.rstrip(".") if not _INITIALS.fullmatch(token) else token


def is_cap(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token in {"al-", "bin"} or _particle_cap(token))


def _particle_cap(token: str) -> bool:
    """"al-Nuaimi": a lowercase particle joined to a capitalised name."""
    dash = token.find("-", 1, 5)
    return 0 < dash < len(token) - 1 and token[:dash] in _PARTICLES and token[dash + 1].isupper()


_PARTICLES = frozenset("al el ad as ash at az ar an ud ul ed".split())


@dataclass
class Mention:
    """A capitalised run of words analysed as a possible actor."""

    start: int
    end: int
    text: str
    name: str  # the name part, titles removed ("" if the run is only a title)
    role: str
    affiliation: str
    kind: str  # person / organisation / "" when unsure
    possessive: bool
    tokens: int  # how many name tokens


@functools.lru_cache(maxsize=8192)
def _role_word(word: str) -> bool:
    low = clean_word(word).lower()
    return low in ROLE_WORDS or any(part in ROLE_WORDS for part in low.split("-") if part)


@functools.lru_cache(maxsize=8192)
def _name_word(word: str) -> bool:
    low = clean_word(word).lower()
    if _POSSESSIVE.search(word) or not (word[:1].isupper() or _particle_cap(word)) or _DIGIT.search(word):
        return False
    if low in NON_PERSON or low in ORG_WORDS or low in STOPWORDS or _role_word(word):
        return False
    # All-capital acronyms ("NATO", "U.S.") are institutions, not names.
    return not _ACRONYM.fullmatch(clean_word(word))


_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _given_name_like(word: str) -> bool:
    """"Min-jun", "Anna": a token that reads as a given name."""
    w = clean_word(word)
    return bool(_HYPHENATED_GIVEN.fullmatch(w)) or w.lower() in FEMALE_NAMES or w.lower() in MALE_NAMES


def _family_name_first(parts: list[str], i: int) -> bool:
    """"Park Min-jun": a word that is otherwise a place word ("park") is a
    family name when a given name follows it directly."""
    return (i + 1 < len(parts) and clean_word(parts[i]).lower() in NON_PERSON and parts[i][:1].isupper()
            and _given_name_like(parts[i + 1]))


_ORG_HEADS = frozenset({"watch", "network", "centre", "center", "institute", "foundation", "group", "council",
                        "coalition", "alliance", "forum", "initiative", "project", "trust", "society", "association"})


def analyse_run(words: list[str]) -> tuple[str, str, str, str]:
    """Split a run of words into (name, role, affiliation, kind).

    The name is the longest tail of name-like words; what precedes it is
    the title ("U.S. President") and, before a possessive, the affiliation
    ("Al Jazeera's").
    """
    words = [w for w in words if w]
    if words and _POSSESSIVE.search(words[-1]):
        words[-1] = clean_word(words[-1])  # "Brell's": the person is Brell
    if "of" in words[2:-1]:
        # "Nadia Farouk of the Global Civilians Watch": a named person of a
        # body whose name ends in a word of organisation.
        cut = words.index("of", 2)
        body = words[cut + 1:]
        if body[0].lower() == "the":
            body = body[1:]
        # (The word of organisation may come early: "the Centre for European
        # Reform Studies", "the Institute of Regional Affairs".)
        if (body and any(clean_word(w).lower() in _ORG_HEADS for w in body) and _name_word(words[cut - 1])
                and _name_word(words[cut - 2])):
            name, role, _, kind = analyse_run(words[:cut])
            if kind == ActorKind.PERSON and name:
                return name, role, " ".join(clean_word(w) for w in body), kind
    tail = len(words)
    named = 0
    while tail > 0 and named < 4:
        w = words[tail - 1]
        if _name_word(w) or (tail < len(words) and _INITIALS.fullmatch(w) and len(w) <= 6 and not _role_word(w)):
            tail -= 1  # "J.D. Harlan", "Robert T. Hollings": initials inside a name
            named += 1
        elif named == 1 and tail == len(words) - 1 and _family_name_first(words, tail - 1):
            tail -= 1  # "Park Min-jun"
            named += 1
        elif (w.lower() in CONNECTORS and tail < len(words) and tail > 1 and w != "of"
              and (_name_word(words[tail - 2]) or tail > 2 and words[tail - 2] in CONNECTORS
                   and words[tail - 2] != "of" and _name_word(words[tail - 3]))):
            tail -= 1
        elif w.lower() in CONNECTORS and tail < len(words) and tail > 1 and _name_word(words[tail - 2]):
            tail -= 1
        else:
            break
    name_words = words[tail:]
    prefix = words[:tail]
    affiliation = ""
    if "of" in name_words[1:]:
        # "Anna Berrow of Veldania": the place is an affiliation, not a name.
        cut = name_words.index("of", 1)
        affiliation = " ".join(clean_word(w) for w in name_words[cut + 1 :])
        name_words = name_words[:cut]
    for i in range(len(prefix) - 1, -1, -1):
        if _POSSESSIVE.search(prefix[i]):
            affiliation = affiliation or " ".join(clean_word(w) for w in prefix[: i + 1])
            prefix = prefix[i + 1 :]
            break
    lowered = [clean_word(w).lower() for w in words]
    if not name_words:
        if any(w in ORG_WORDS or w in NEWS_AGENCIES for w in lowered):
            name = " ".join(words)
            return name, "", affiliation, ActorKind.ORGANISATION
        return " ".join(clean_word(w) for w in words), "", affiliation, ""
    if prefix and prefix[-1] in CONNECTORS and len(name_words) >= 3 and not any(_role_word(w) for w in prefix):
        # "Republic of Marovia Katrin Solberg": the country belongs to the
        # title before it; the name is what follows.
        affiliation = affiliation or " ".join(clean_word(w) for w in [*prefix, name_words[0]])
        prefix = prefix + name_words[:1]
        name_words = name_words[1:]
    if prefix and prefix[-1] in CONNECTORS and any(_role_word(w) for w in prefix):
        # "envoy to Norvia", "Minister of Veldania Anna Berrow": the first
        # capitalised word is the title's object, not part of a name.
        if len(name_words) == 1 or is_place(" ".join(name_words)):
            return " ".join(clean_word(w) for w in words), "", affiliation, ""
        prefix = prefix + name_words[:1]
        name_words = name_words[1:]
    if (len(name_words) == 1 and prefix and all(re.fullmatch(r"[A-Z]{2,4}", clean_word(w)) for w in prefix)
            and not affiliation and not any(_role_word(w) for w in prefix)):  # (not "DFM Solvik-Brun")
        # "IG Metall", "SK Telecom": an acronym and one word name a company.
        return " ".join(clean_word(w) for w in words), "", "", ActorKind.ORGANISATION
    if not prefix and len(name_words) >= 3 and clean_word(name_words[0]).lower() in DESCRIPTOR_WORDS:
        # "Passenger Dario Vukelic-Sand", "Economist Lea Marr": a word of
        # occupation written as a title before a full name is not part of it.
        prefix, name_words = name_words[:1], name_words[1:]
        return " ".join(clean_word(w) for w in name_words), clean_word(prefix[0]), affiliation, ActorKind.PERSON
    # Only a prefix with a word of office is a title ("U.S. and" is not).
    role = " ".join(clean_word(w) for w in prefix) if any(_role_word(w) for w in prefix) else ""
    name = " ".join(clean_word(w) for w in name_words)
    return name, role, affiliation, ActorKind.PERSON


def plausible_person(name: str) -> bool:
    """Could ``name`` (titles removed) be a person's name?"""
    parts = name.split()
    if not parts or len(parts) > 5:
        return False
    lowered = [p.lower() for p in parts]
    if any(p in NON_PERSON and not (i == 0 and _family_name_first(parts, 0)) or p in ORG_WORDS or p in STOPWORDS
           for i, p in enumerate(lowered)):
        return False
    if any(not (p[0].isupper() or _particle_cap(p)) for p in parts if p.lower() not in CONNECTORS):
        return False
    return not any(_DIGIT.search(p) for p in parts)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie so that the
    engine follows one branch per letter instead of trying every word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def _alternation(words: Iterable[str]) -> str:
    # The word must end where the token ends ("minister", not "ministerial").
    return "(?:" + _trie_pattern(words) + r")(?![\w’'.\-])"


_UPPER = _char_class(lambda c: c.isupper() and c.isalpha())
_CAP = r"(?:" + _PARTICLE_PREFIX + r")?" + _UPPER + r"[\w’'.\-]*"
_LOWER_ROLE = _alternation(w for w in ROLE_WORDS if w.islower())


def _first_cap() -> str:
    r"""``(?<!\w)(?<!\w[’'.\-])`` + ``_CAP``, rewritten to open with a character
    class (a capital or the first letter of a particle) and test the
    lookbehinds after it. A pattern that starts with a class lets the regex
    engine skip, in C, every position that cannot start a chain, instead of
    trying the lookbehinds at each character of the article. (``_PARTICLES``
    are the particles of ``_PARTICLE_PREFIX``.)"""
    by_first: dict[str, list[str]] = {}
    for particle in sorted(_PARTICLES):
        by_first.setdefault(particle[0], []).append(particle[1:])
    firsts = "".join(sorted(by_first))
    particles = [f"(?<={f})(?:{'|'.join(rests)})[-‑]{_UPPER}" for f, rests in sorted(by_first.items())]
    return ("[" + _UPPER[1:-1] + firsts + "]" + r"(?<!\w.)(?<!\w[’'.\-].)"
            + "(?:" + "|".join(particles) + f"|(?<![{firsts}]))" + r"[\w’'.\-]*")


# A run of capitalised words joined by single spaces, lowercase words of
# office and at most one connector between them ("Anna Berrow of Veldania",
# "Veldania's foreign minister Anna Berrow"), and words of office after
# them. Found by one regular expression so that Python only sees the runs.
_CHAIN_REST = r"(?: (?:" + _LOWER_ROLE + r" )*(?:" + _alternation(CONNECTORS) + r" ){0,2}" + _CAP + r")*(?: " + _LOWER_ROLE + r")*"
_CHAIN = re.compile(_first_cap() + _CHAIN_REST)
# The same for a text where no word starts with a particle ("al-Nuaimi"), as
# in most texts: its class of first letters leaves out the frequent a, e, u.
_CHAIN_NO_PARTICLE = re.compile("[" + _UPPER[1:-1] + "]" + r"(?<!\w.)(?<!\w[’'.\-].)[\w’'.\-]*" + _CHAIN_REST)
_HYPHEN = re.compile("[-‑]")


def _particle_may_start(text: str) -> bool:
    """Could a word of ``text`` start with a particle and a hyphen before a
    capital ("al-Nuaimi", "el-Baz")? (An over-cautious yes costs only time.)"""
    for h in _HYPHEN.finditer(text):
        at = h.start()
        if not text[at + 1:at + 2].isupper():
            continue
        for start in (at - 2, at - 3):
            # (isalnum() or "_" is what \w matches.)
            if start >= 0 and text[start:at] in _PARTICLES and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")):
                return True
    return False


_WORD_AT = re.compile(r"[^\W\d_][\w’'.\-]*")
_TOKEN_CHARS = re.compile(r"[\w’'.\-]*\Z")
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.")


def _lower_role(token: str) -> bool:
    return token in ROLE_WORDS and token.islower()


def _breaks_after(token: str, following: str) -> bool:
    """Does a run of words end after ``token`` when ``following`` comes next?"""
    # A full stop that is not an abbreviation ends the sentence.
    if token[-1] == "." and not _ABBREVIATION.fullmatch(token):
        return True
    return token.endswith(_POSSESSIVE_ENDINGS) and not is_cap(following) and not _lower_role(following)


def _titled_name_follows(words: list[str], after_name: bool = False) -> bool:
    """"... Katarina Voss and Trade Minister Emil Sand": a second person,
    with a title of their own, after "and". After a name, the title may
    name its country: "... Ingrid Halvorsen-Idu and Foreign Minister of
    Pellavia Baptiste Okonjo-Ferrand"."""
    for k in range(min(len(words), 4) - 1):
        if words[k].lower() in ROLE_WORDS and is_cap(words[k + 1]) and words[k + 1].lower() not in ROLE_WORDS:
            return True
        if (after_name and words[k].lower() in ROLE_WORDS and words[k + 1] in ("of", "for", "to") and k + 3 < len(words)
                and is_cap(words[k + 2]) and _name_word(words[k + 3])):
            return True
    return False


def _word_before(text: str, pos: int) -> str:
    """The word token ending at ``pos`` ("" if there is none)."""
    space = text.rfind(" ", max(0, pos - 24), pos)
    word = text[space + 1:pos]
    if space >= 0 or pos < 24:
        if word in ROLE_WORDS or word in CONNECTORS or word.isalpha():
            return word  # the common case: a plain word after a space
    m = _TOKEN_CHARS.search(text, max(0, pos - 24), pos)
    word = m.group() if m else ""
    # Token characters run on before the window: too long for a role word.
    if m and m.start() == max(0, pos - 24) and pos - 24 > 0:
        return ""
    return word if _WORD_AT.fullmatch(word) else ""


# The last letters of the words ``_left_words`` can take.
_LEFT_WORD_ENDS = frozenset(w[-1] for w in ROLE_WORDS | CONNECTORS)


def _left_words(text: str, pos: int, first: str) -> list[tuple[int, str]]:
    """Lowercase words of office just before a run: "foreign minister Anna ..."."""
    left: list[tuple[int, str]] = []
    while pos > 1 and text[pos - 1] == " ":
        word = _word_before(text, pos - 1)
        if not word:
            break
        following = left[-1][1] if left else first
        if _lower_role(word) or (word in CONNECTORS and not left and is_cap(following)
                                 and _lower_role(_word_before(text, pos - 2 - len(word)))):
            if _breaks_after(word, following):
                break
            pos = pos - 1 - len(word)
            left.append((pos, word))
            continue
        break
    left.reverse()
    return left


# A name in capitals set off by a comma or a bracket, as meeting summaries
# write speakers at first mention: "TEUILA MAREKO, Prime Minister of ...".
# (Also a bullet's speaker before a colon and a quote: "* SAROVIAN FOREIGN
# MINISTER NADIRA KHALMATOVA: "We are ready ...".)
_CAPITALS_RUN = re.compile(r"(?:^|(?<=\n)|(?<=, )|(?<=\) )|(?<=\n[*•–—-] ))"
                           # (a word may be hyphenated or have an apostrophe: "VAN DAALEN-ROSS", "O'NEILL")
                           r"([^\W\d_a-z]{2,}(?:[’'-][^\W\d_a-z]+)*(?: [^\W\d_a-z]+(?:[’'-][^\W\d_a-z]+)*){1,7})"
                           r"(?=, | \(|: ?[“\x22‘«„])")
_HAS_CAPITALS_RUN = re.compile(r"[A-Z][A-Z]+ [A-Z]{2}")
# "..., PAVLE DRAGIC, SAYING:": a video agency's soundbite line.
_SAYING = re.compile(r",? SAYING\b")
# "ADRIANA VOLK (Norvia) said": a delegate and the country in brackets.
_COUNTRY_IN_BRACKETS = re.compile(
    r" \((?:[A-Z][\w’'-]*\s?){1,4}\),? (?:speaking|said|says|stressed|noted|added|urged|called|expressed|welcomed|"
    r"recalled|emphasized|emphasised|underlined|warned|asked|told|described|pointed|reiterated|agreed)\b"
)


def title_case_capital_names(text: str) -> str:
    """``text`` with names written in capitals before a title ("JOHANNES VAN
    DER MEULEN, President of the European Council") or a country in
    brackets ("ADRIANA VOLK (Norvia) said") or a soundbite's "SAYING:" in
    ordinary case, so
    that they read as names; offsets are kept (a run whose length would
    change is left alone). Capitals before anything but a title, such as a
    dateline ("NEW YORK, Sept 25"), stay as they are."""
    if not _HAS_CAPITALS_RUN.search(text):
        return text
    pieces = []
    pos = 0
    for m in _CAPITALS_RUN.finditer(text):
        run = m.group(1)
        words = run.split(" ")
        if not run.isupper() or sum(len(w) >= 3 for w in words) < 2:
            continue  # "UN WOMEN", "EU": acronyms
        after = text[m.end():m.end() + 60].lstrip(", (").split()[:4]
        if (text[m.end()] != ":" and not any(_role_word(w.strip(",.;()")) for w in after)
                and not _COUNTRY_IN_BRACKETS.match(text, m.end()) and not _SAYING.match(text, m.end())):
            continue
        cased = " ".join(w.lower() if w.lower() in CONNECTORS else w.title() for w in words)
        if len(cased) != len(run):
            continue
        pieces.append(text[pos:m.start(1)])
        pieces.append(cased)
        pos = m.end(1)
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def find_mentions(text: str, blocked: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Capitalised runs in ``text`` outside the ``blocked`` spans (quotes)."""
    blocked = sorted(blocked or [])
    starts = [a for a, _ in blocked]
    mentions: list[Mention] = []
    for chain in (_CHAIN if _particle_may_start(text) else _CHAIN_NO_PARTICLE).finditer(text):
        start = chain.start()
        if blocked:
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and start < blocked[k][1]:
                continue
        raw = chain.group()
        # (Words of office and connectors all end in a lowercase letter: a
        # run after "said. " or "2024, " has none before it, and the test of
        # one character spares the look-up of the word.)
        left = (_left_words(text, start, raw) if start > 1 and text[start - 1] == " " and text[start - 2] in _LEFT_WORD_ENDS
                else [])
        if left:
            origin = left[0][0]
            runs = _chain_runs(tuple(w for _, w in left), raw)
        else:
            origin = start
            runs = _chain_runs((), raw)
        for rel_start, rel_end, name, role, affiliation, kind, possessive, tokens in runs:
            a, b = origin + rel_start, origin + rel_end
            mentions.append(Mention(a, b, text[a:b], name, role, affiliation, kind, possessive, tokens))
    return mentions


# (start, end, name, role, affiliation, kind, possessive, tokens) of a run,
# its offsets counted from the start of the chain's first word.
_Run = tuple[int, int, str, str, str, str, bool, int]


@functools.lru_cache(maxsize=8192)
def _chain_runs(left: tuple[str, ...], raw: str) -> tuple[_Run, ...]:
    """The runs of a chain ``raw`` after the lowercase words of office
    ``left``. The words alone decide them (they are joined by single spaces),
    so the analysis is kept for the next time the same words come: names
    recur within a document and across an outlet's articles."""
    if not left and " " not in raw:
        # Most runs are one word, and many of those open a sentence.
        low = raw.lower()
        if low in STOPWORDS or low in CONNECTORS:
            return ()
        name, role, affiliation, kind = _analyse((raw,))
        return ((0, len(raw), name, role, affiliation, kind, raw.endswith(_POSSESSIVE_ENDINGS), len(name.split())),)
    words = [*left, *raw.split(" ")]
    positions = []
    p = 0
    for w in words:
        positions.append(p)
        p += len(w) + 1
    # A full stop or a possessive before a lowercase word ends a run
    # inside the chain; the rest starts a new run.
    runs: list[_Run] = []
    piece = 0
    for i in range(len(words) - 1):
        if _breaks_after(words[i], words[i + 1]) or words[i + 1] == "and" and _titled_name_follows(
                words[i + 2:], i > 0 and _name_word(words[i]) and _name_word(words[i - 1])):
            _add_run(words[piece:i + 1], positions[piece:i + 1], runs)
            piece = i + 1
    _add_run(words[piece:], positions[piece:], runs)
    return tuple(runs)


def _add_run(words: list[str], positions: list[int], runs: list[_Run]) -> None:
    # Drop sentence-opening words and lowercase edges.
    i = 0
    while i < len(words) and (words[i].lower() in STOPWORDS or words[i] in CONNECTORS):
        i += 1
    j = len(words)
    while j > i and (words[j - 1].lower() in CONNECTORS or (words[j - 1].islower() and words[j - 1] not in ROLE_WORDS)):
        j -= 1
    while j - i > 2 and clean_word(words[j - 1]) in POST_NOMINALS and words[j - 2].endswith(tuple("abcdefghijklmnopqrstuvwxyz")):
        j -= 1
    kept = words[i:j]
    if not kept or not any(is_cap(w) for w in kept):
        return
    start = positions[i]
    stop = positions[j - 1] + len(words[j - 1])
    name, role, affiliation, kind = _analyse(tuple(kept))
    runs.append((start, stop, name, role, affiliation, kind, words[j - 1].endswith(_POSSESSIVE_ENDINGS), len(name.split())))


_REGION_ADJECTIVES = frozenset("european african asian american arab latin nordic baltic balkan gulf pacific atlantic caribbean".split())


# Languages whose name is no country's adjective: "(SOUNDBITE) (English)".
_LANGUAGES = frozenset("english arabic mandarin cantonese farsi hindi urdu swahili hebrew pashto amharic tagalog".split())


def _adjective_of_place(name: str) -> bool:
    """"European", "Hungarian", "English": a one-word run that names where
    or which language, not who."""
    low = name.casefold()
    return " " not in low and (low in _REGION_ADJECTIVES or low in COUNTRY_OF and low not in COUNTRIES or low in _LANGUAGES)


@functools.lru_cache(maxsize=8192)
def _analyse(words: tuple[str, ...]) -> tuple[str, str, str, str]:
    name, role, affiliation, kind = analyse_run(list(words))
    if kind == ActorKind.PERSON and (not plausible_person(name) or is_place(name) or _adjective_of_place(name)):
        kind = ""  # "Kuala Lumpur", "Sharm el-Sheikh": places, not people
    elif kind == ActorKind.PERSON and " " not in name and " of " in role and role.split()[-2:-1] == ["and"]:
        # "Minister of Foreign Affairs and International Cooperation": the
        # last word of a portfolio, not a person called "Cooperation".
        return " ".join(words), "", "", ""
    return name, role, affiliation, kind


class Gazetteer:
    """Known actors and their aliases, keyed by ``name_key``.

    Rows are ``(alias, canonical_name, kind[, role])``; the canonical name is
    an alias of itself.
    """

    def __init__(self, rows: Iterable[tuple[str, ...]] = ()) -> None:
        self._by_key: dict[str, ActorRecord] = {}
        self._by_surname: dict[str, set[str]] = {}
        self._actors: dict[str, ActorRecord] = {}
        for row in rows:
            alias, canonical, kind = row[0], row[1], row[2]
            role = row[3] if len(row) > 3 else ""
            actor = self._actors.get(canonical)
            if actor is None:
                actor = ActorRecord(name=canonical, kind=kind or ActorKind.PERSON, role=role or "")
                self._actors[canonical] = actor
                self._add(canonical, actor)
            actor.aliases.add(alias)
            self._add(alias, actor)

    def _add(self, alias: str, actor: ActorRecord) -> None:
        key = name_key(alias)
        if not key:
            return
        self._by_key.setdefault(key, actor)
        if key.startswith("the "):
            self._by_key.setdefault(key[4:], actor)
        parts = key.split()
        if actor.kind == ActorKind.PERSON and len(parts) > 1:
            self._by_surname.setdefault(parts[-1], set()).add(actor.name)

    def lookup(self, text: str) -> ActorRecord | None:
        key = name_key(text)
        if key.startswith("the "):
            key = key[4:]
        return self._by_key.get(key)

    def by_surname(self, surname: str) -> ActorRecord | None:
        names = self._by_surname.get(name_key(surname), set())
        if len(names) == 1:
            return self._actors[next(iter(names))]
        return None

    def __len__(self) -> int:
        return len(self._actors)


# Words of a title that say little on their own.
_WEAK_ROLE_WORDS = frozenset("the a an former ex top senior acting first deputy mr mrs ms dr sir official hon honourable honorable rt".split())


_ROLE_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")


@functools.lru_cache(maxsize=4096)
def role_specificity(role: str) -> int:
    """How much a title says: "Foreign Minister" beats "the minister"."""
    words = _ROLE_TOKEN.findall(role.casefold())
    return sum(1 if w in _WEAK_ROLE_WORDS else 2 for w in words)


class ActorRegistry:
    """One document's actors: merges spellings and surname-only mentions."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer
        self._by_key: dict[str, ActorRecord] = {}
        # id(actor) -> [male, female] evidence (titles, pronouns that follow).
        self.gender: dict[int, list[int]] = {}
        # Last word of every stored multi-word key -> those keys.
        self._surnames: dict[str, set[str]] = {}
        # First word of every stored two- or three-word key: a family name
        # written first ("Wang Jianguo", later "Wang").
        self._firsts: dict[str, set[str]] = {}
        # Next-to-last word of every stored key of three or more words: the
        # first of two surnames ("Ramiro Echeverría Saldaña", later "Echeverría").
        self._seconds: dict[str, set[str]] = {}
        # Every stored key of two or more words written without spaces, and
        # its last two words so joined: "Abdel-Rahman" and "Abdelrahman".
        self._joined: dict[str, str] = {}
        self._joined_tails: dict[str, set[str]] = {}

    def _store(self, key: str, actor: ActorRecord) -> None:
        self._by_key[key] = actor
        words = key.split()
        if len(words) > 1:
            self._surnames.setdefault(words[-1], set()).add(key)
            if len(words) <= 3 and words[0] not in FEMALE_NAMES and words[0] not in MALE_NAMES:
                self._firsts.setdefault(words[0], set()).add(key)
            if len(words) >= 3:
                self._seconds.setdefault(words[-2], set()).add(key)
            self._joined.setdefault(_joined_form(key), key)
            self._joined_tails.setdefault(_joined_form(" ".join(words[-2:])), set()).add(key)

    def person(self, name: str, role: str = "", affiliation: str = "", alias: str = "") -> ActorRecord:
        """The actor for a person mention, creating or enriching it."""
        name = " ".join(name.split())
        if self.gazetteer is not None:
            known = self.gazetteer.lookup(alias or name) or self.gazetteer.lookup(name)
            if known is None and len(name.split()) == 1:
                known = self.gazetteer.by_surname(name)
            if known is not None:
                return self._adopt(known, alias or name)
        key = name_key(name)
        actor = self._by_key.get(key)
        if actor is None and len(key.split()) == 1:
            actor = self.by_surname(name)
        if actor is None and len(key.split()) > 1 and (joined := self._joined.get(_joined_form(key))):
            # "Hassan Abdelrahman" after "Hassan Abdel-Rahman": one name, its
            # parts joined or hyphenated.
            found = self._by_key.get(joined)
            actor = found if found is not None and found.kind == ActorKind.PERSON else None
        if actor is None and len(key.split()) > 1:
            # "Valdés Ferrer" after "Rodrigo Valdés Ferrer": a compound surname.
            fuller = {id(a): a for k in self._surnames.get(key.split()[-1], ()) if k.endswith(" " + key)
                      and (a := self._by_key.get(k)) is not None and a.kind == ActorKind.PERSON}
            if len(fuller) == 1:
                actor = next(iter(fuller.values()))
        if actor is None and len(key.split()) > 1:
            # "Arkady Belozerov" and "Arkady Semyonovich Belozerov": the same
            # given name and surname, with or without a patronymic or middle name.
            first, last = key.split()[0], key.split()[-1]
            same = {id(a): a for k in self._surnames.get(last, ()) if k != key and k.split()[0] == first
                    and abs(len(k.split()) - len(key.split())) == 1 and min(len(k.split()), len(key.split())) == 2
                    and (a := self._by_key.get(k)) is not None and a.kind == ActorKind.PERSON}
            if len(same) == 1:
                actor = next(iter(same.values()))
        if actor is None and len(key.split()) > 1:
            # A fuller spelling of a surname seen alone earlier.
            single = self._by_key.get(key.split()[-1])
            if single is not None and len(single.name.split()) == 1:
                del self._by_key[key.split()[-1]]
                single.aliases.add(single.name)
                single.name = name
                actor = single
                self._given_name_gender(actor)
        if actor is None:
            actor = ActorRecord(name=name, kind=ActorKind.PERSON)
            self._given_name_gender(actor)
        elif name != actor.name:
            actor.aliases.add(name)
        if alias and alias != actor.name:
            actor.aliases.add(alias)
        if role and role_specificity(role) > role_specificity(actor.role):
            actor.role = role
        if affiliation and not actor.affiliation:
            actor.affiliation = affiliation
        self._store(name_key(actor.name), actor)
        self._store(key, actor)
        return actor

    def by_surname(self, surname: str) -> ActorRecord | None:
        key = name_key(surname)
        matches = {}
        keys = self._surnames.get(key, ())
        if not keys and " " in key:
            # "Kelleher-Obi" for Martha Kelleher-Obi: a double surname is
            # stored under its last part.
            keys = [k for k in self._surnames.get(key.rpartition(" ")[2], ()) if k.endswith(" " + key)]
        for k in keys:
            a = self._by_key.get(k)
            if a is not None and a.kind == ActorKind.PERSON:
                matches[id(a)] = a
        if not matches:
            for k in self._firsts.get(key, ()):
                a = self._by_key.get(k)
                if a is not None and a.kind == ActorKind.PERSON:
                    matches[id(a)] = a
        if not matches and " " not in key:
            # "Abdelrahman" for Hassan Abdel-Rahman.
            for k in self._joined_tails.get(key, ()):
                a = self._by_key.get(k)
                if a is not None and a.kind == ActorKind.PERSON:
                    matches[id(a)] = a
        if not matches and key not in FEMALE_NAMES and key not in MALE_NAMES:
            # "Ocampo" for María Fernanda Ocampo Villarreal: the first of two
            # surnames (not a middle given name: "Farouk" of Omar Farouk Haddad).
            for k in self._seconds.get(key, ()):
                a = self._by_key.get(k)
                if a is not None and a.kind == ActorKind.PERSON:
                    matches[id(a)] = a
        if len(matches) == 1:
            return next(iter(matches.values()))
        return None

    def namesakes(self, surname: str) -> list[ActorRecord]:
        """Every person (when more than one) a name standing alone could be: by the last word of
        a fuller name, by a family name written first, or by the first of two
        surnames."""
        key = name_key(surname)
        keys = [*self._surnames.get(key, ()), *self._firsts.get(key, ()), *self._seconds.get(key, ())]
        if len(keys) < 2:
            keys = []  # (one key is at most one person: not worth the lookups)
        found: dict[int, ActorRecord] = {}
        for k in keys:
            a = self._by_key.get(k)
            if a is not None and a.kind == ActorKind.PERSON:
                found.setdefault(id(a), a)
        return list(found.values())

    def by_given_name(self, given: str) -> ActorRecord | None:
        """The one person whose full name starts with this given name:
        "Sheikh Hamad" for Sheikh Hamad bin Faisal Al-Qasimi."""
        key = name_key(given)
        found = {id(a): a for k, a in self._by_key.items()
                 if k.startswith(key + " ") and a.kind == ActorKind.PERSON}
        return next(iter(found.values())) if len(found) == 1 else None

    def known(self, name: str) -> ActorRecord | None:
        """The person stored under exactly this name, if any."""
        actor = self._by_key.get(name_key(name))
        return actor if actor is not None and actor.kind == ActorKind.PERSON else None

    def first_by_surname(self, surname: str) -> ActorRecord | None:
        """Of several people sharing a surname, the one named first: in an
        obituary or a profile, "Lisk" is the subject, not the daughter."""
        keys = self._surnames.get(name_key(surname), set())
        for key, actor in self._by_key.items():
            if key in keys and actor.kind == ActorKind.PERSON:
                return actor
        return None

    def other(self, name: str, kind: str) -> ActorRecord:
        """An organisation or unnamed actor, merged by key."""
        if self.gazetteer is not None:
            known = self.gazetteer.lookup(name)
            if known is not None:
                return self._adopt(known, name)
        key = org_key(name) if kind == ActorKind.ORGANISATION else name_key(name)
        actor = self._by_key.get("org:" + key)
        if actor is None:
            actor = ActorRecord(name=name, kind=kind)
            self._by_key["org:" + key] = actor
        elif name != actor.name:
            actor.aliases.add(name)
        return actor

    def _adopt(self, known: ActorRecord, alias: str) -> ActorRecord:
        key = "gaz:" + known.name
        actor = self._by_key.get(key)
        if actor is None:
            actor = ActorRecord(name=known.name, kind=known.kind, role=known.role, affiliation=known.affiliation)
            self._by_key[key] = actor
            self._store(name_key(known.name), actor)
        if alias != actor.name:
            actor.aliases.add(alias)
        return actor

    def _given_name_gender(self, actor: ActorRecord) -> None:
        words = strip_accents(actor.name).casefold().split()
        if len(words) < 2:
            return
        if words[0] in FEMALE_NAMES:
            self.add_gender(actor, female=True, weight=2)
        elif words[0] in MALE_NAMES:
            self.add_gender(actor, female=False, weight=2)

    def add_gender(self, actor: ActorRecord, female: bool, weight: int = 1) -> None:
        votes = self.gender.setdefault(id(actor), [0, 0])
        votes[1 if female else 0] += weight

    def sex(self, actor: ActorRecord) -> str:
        """"m", "f" or "" (no or mixed evidence)."""
        male, female = self.gender.get(id(actor), (0, 0))
        if male > female:
            return "m"
        return "f" if female > male else ""

    def actors(self) -> list[ActorRecord]:
        seen: dict[int, ActorRecord] = {}
        for actor in self._by_key.values():
            seen.setdefault(id(actor), actor)
        return list(seen.values())


# Country names and their adjectives, so that "Russia's Foreign Ministry" and
# "the Russian Foreign Ministry" are one organisation.
_ORG_SYNONYMS = (
    (r"\bministry of foreign affairs\b", "foreign ministry"),
    (r"\bmfa\b", "foreign ministry"),
    (r"\bministry of defen[cs]e\b", "defence ministry"),
    (r"\bdefense\b", "defence"),
    (r"\bministry of (\w+)\b", r"\1 ministry"),
    (r"\b(\w+?)(?:ia|a)s?\b(?= \w+ ministry| ministry)", r"\1"),
    (r"\b(\w+?)(?:ian|an|n)\b(?= \w+ ministry| ministry)", r"\1"),
)


def org_key(name: str) -> str:
    text = strip_accents(name).casefold()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"^the\s+", "", text)
    for pattern, repl in _ORG_SYNONYMS:
        text = re.sub(pattern, repl, text)
    return " ".join(re.findall(r"[^\W_]+", text))
