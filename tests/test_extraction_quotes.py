"""Quotation marks: kinds of marks, nesting, paragraphs, apostrophes."""
from tests.extraction_helpers import extract, quotes

INTRO = "Foreign Minister Anna Berrow of Veldania spoke in Ostrava.\n\n"


def test_it_reads_straight_and_guillemet_quotes():
    text = INTRO + '"We will talk," Berrow said.\n\n«We will also listen», Berrow added.'
    assert [q for q, _ in quotes(text)] == ["We will talk", "We will also listen"]


def test_it_keeps_nested_quotes_inside_the_outer_quote():
    text = INTRO + "“People ask us: ‘Why should we wait?’ and we answer them,” Berrow said."
    assert quotes(text) == [("People ask us: ‘Why should we wait?’ and we answer them", "Anna Berrow")]


def test_it_does_not_take_apostrophes_for_quote_marks():
    text = INTRO + "“Veldania’s neighbours don’t share the ministers’ view,” Berrow said."
    assert quotes(text) == [("Veldania’s neighbours don’t share the ministers’ view", "Anna Berrow")]


def test_it_joins_a_quote_running_over_paragraphs():
    text = INTRO + "“The first point is simple,” Berrow said. “We want peace.\n\n“The second point is harder. We want it soon.”"
    found = quotes(text)
    assert len(found) == 2
    assert "We want it soon" in found[1][0] and found[1][1] == "Anna Berrow"


def test_it_keeps_a_short_attributed_partial_quote():
    text = INTRO + "Berrow called the proposal a “paper shield.”"
    assert quotes(text) == [("paper shield", "Anna Berrow")]


def test_it_gives_offsets_into_the_body():
    doc = extract(INTRO + "“We will talk,” Berrow said.")
    art = doc.articles[0]
    for q in art.quotes:
        assert art.body[q.start:q.end] == q.text
