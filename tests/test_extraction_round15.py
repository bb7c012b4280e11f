"""Round 15: transcripts, roundups, bilingual pages, corrections and shotlists (invented text)."""
import datetime as dt

import pytest

from tests.extraction_helpers import extract


@pytest.mark.parametrize("line", [
    "2027/04/08 – 09h15",  # year first with strokes, a French time
    "RECORDED: APRIL 8, 2027",  # a video agency's header field
])
def test_more_date_lines_give_the_date(line):
    text = (
        "Bridge reopens\n\n"
        f"{line}\n\n"
        "“Traffic can flow again,” Roads Minister Aurel Pintea said.\n"
    )
    assert extract(text).articles[0].published == dt.date(2027, 4, 8)
