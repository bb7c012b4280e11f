"""Turn raw bytes into clean text, or refuse them.

News files arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or in a
legacy single-byte encoding (Windows-1252, Latin-1). Whatever the encoding,
the text handed on has ``\\n`` line ends, ordinary spaces for the exotic ones
and no BOM or zero-width characters, so later stages can use plain regexes.
"""
from __future__ import annotations

import codecs
import html
import re
import unicodedata

from .records import ExtractionError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Spaces that look like a space to a reader but not to a regex.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters other than the ordinary whitespace ones: their presence
# in bulk means the input is binary, not text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A character of any of the three classes above.
_ANY_ODD = re.compile("[" + _ODD_SPACES.pattern[1:-1] + _INVISIBLE.pattern[1:-1] + _CONTROL.pattern[1:-1] + "]")


def _looks_like_utf16(data: bytes) -> str | None:
    """Detect BOM-less UTF-16 by its NUL bytes on one side of each pair."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for ``data`` or raise ExtractionError."""
    if not data or not data.strip():
        raise ExtractionError("empty input: no text to extract")
    encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    if encoding is None and b"\x00" in data:
        encoding = _looks_like_utf16(data)
        if encoding is None:
            raise ExtractionError("input contains NUL bytes: binary data, not text")
    if encoding is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                encoding = "cp1252"
            except UnicodeDecodeError:
                # Latin-1 maps every byte, so it is the last resort.
                text = data.decode("latin-1")
                encoding = "latin-1"
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ExtractionError(f"input claims {encoding} but does not decode: {exc}") from exc
    if not text.strip():
        raise ExtractionError("empty input: no text to extract")
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise ExtractionError("input is not text: too many control characters (binary data?)")
    if encoding != "utf-8":
        # Letters that are neither printable nor spaces mean the guess was wrong.
        bad = sum(1 for ch in text[:5000] if unicodedata.category(ch) in ("Co", "Cn"))
        if bad > 10:
            raise ExtractionError(f"input does not decode as text ({encoding})")
    return normalise_text(text), encoding


# An HTML character reference a scraper left undecoded: "&quot;", "&rsquo;",
# "&#8217;", "&#x201C;", "&nbsp;". Only with its semicolon, so "R&D" and
# "&notice" stay as they are.
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,30});")


def _unescape(m: re.Match[str]) -> str:
    char = html.unescape(m.group(0))
    # (A reference to a control character would smuggle one in.)
    return m.group(0) if _CONTROL.match(char) else char


def normalise_text(text: str) -> str:
    """Unify line ends and spaces; decode stray HTML character references;
    keep every visible character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _ENTITY.sub(_unescape, text)
    if _ANY_ODD.search(text):  # (most texts have none: one scan instead of three)
        text = _INVISIBLE.sub("", text)
        text = _CONTROL.sub("", text)
        text = _ODD_SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)
