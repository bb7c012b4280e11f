"""Reading bytes: encodings, line ends, odd spaces, and refusing non-text."""
import pytest

from statements.extraction import ExtractionError, extract_bytes

STORY = "Foreign Minister Anna Berrow of Veldania spoke in Ostrava.\n\n“Our doors stay open,” Berrow said.\n"


def speakers(data: bytes):
    doc = extract_bytes(data, "x.txt")
    return [(q.text, q.speaker.name) for a in doc.articles for q in a.quotes]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_it_reads_unicode_encodings_with_and_without_bom(encoding):
    assert speakers(STORY.encode(encoding)) == [("Our doors stay open,", "Anna Berrow")]


def test_it_falls_back_to_windows_1252():
    doc = extract_bytes(STORY.encode("cp1252"), "x.txt")
    assert doc.encoding == "cp1252"
    assert doc.articles[0].quotes[0].speaker.name == "Anna Berrow"


def test_it_falls_back_to_latin_1_for_bytes_cp1252_cannot_map():
    data = "Le ministre Zoë Marchal a parlé à Ostrava.".encode("latin-1") + b"\x81\n"
    doc = extract_bytes(data, "x.txt")
    assert doc.encoding == "latin-1"
    assert "Zoë" in doc.articles[0].body


def test_it_normalises_crlf_and_no_break_spaces():
    data = STORY.replace("\n", "\r\n").replace(" Berrow said", "\u00a0Berrow said").encode("utf-8")
    body = extract_bytes(data, "x.txt").articles[0].body
    assert "\r" not in body and "\u00a0" not in body


@pytest.mark.parametrize("data", [b"", b"   \n\n", bytes(range(256)) * 4, b"abc\x00\x01\x02" * 50])
def test_it_refuses_input_that_is_not_text(data):
    with pytest.raises(ExtractionError):
        extract_bytes(data, "x.bin")
