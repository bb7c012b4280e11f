"""Round 19: wire write-throughs, Gulf agency items, embassy cables, profiles and magazine pages (invented text)."""
from tests.extraction_helpers import extract


def test_an_iso_8601_timestamp_line_dates_the_story():
    text = (
        "UPDATE 1-Kessany recalls ambassador\n\n"
        "2028-09-14T08:05:00Z\n\n"
        "TARN, Sept 14 (Alpine Wire) - Kessany recalled its ambassador on Thursday. "
        "\"We need to talk to him in person,\" Foreign Minister Aune Kallas said.\n"
    )
    assert str(extract(text).articles[0].published) == "2028-09-14"


def test_a_dateline_with_an_ordinal_day_and_a_double_hyphen_dates_the_story():
    text = (
        "Emir receives envoy\n\n"
        "Dar Al Salam, 12th May, 2028 (GNA) -- The Emir received the envoy of Norvia today. "
        "\"Our doors are open,\" the Emir's adviser Faisal bin Omar Al Rumaihi said.\n"
    )
    assert str(extract(text).articles[0].published) == "2028-05-12"
