"""Round 21: rolling stories, newsletters, block-quoted statements, dialogue dashes and council records (invented text)."""
from tests.extraction_helpers import extract, quotes, speaker_of


def test_a_date_line_with_an_hour_without_minutes_dates_the_record():
    text = (
        "Harbour Board\n\n"
        "Tuesday, 9 October 2029, 3 p.m.\n\n"
        "Minister Per Lindqvist opened the meeting. \"The harbour must stay open all winter,\" he said.\n"
    )
    assert str(extract(text).articles[0].published) == "2029-10-09"
