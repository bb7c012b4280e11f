"""Patterns from the fifth and sixth held-out sets (invented people and places)."""
import datetime as dt

from tests.extraction_helpers import extract, speaker_of

NEWS = "Talks were held in the capital on Monday.\n\n"


def test_a_dateline_with_a_full_date_dates_the_story():
    text = "Border match goes ahead\n\nSorn, 9 June 2025 — The first match between the two sides went ahead.\n"
    assert extract(text).articles[0].published == dt.date(2025, 6, 9)


def test_a_year_less_dateline_takes_the_copyright_year_and_no_year_gives_no_date():
    story = "Neighbours trade blame\n\nVELDGRAD, March 3 (Reuters) - The two neighbours traded blame on Monday.\n\n"
    assert extract(story + "© 2025 Wire Services. All rights reserved.\n").articles[0].published == dt.date(2025, 3, 3)
    assert extract(story).articles[0].published is None


def test_a_desk_and_date_line_dates_the_story():
    text = "Fact check: five claims\n\nVerify Desk | 27 January 2025\n\nParliament debated the budget for two days.\n"
    assert extract(text).articles[0].published == dt.date(2025, 1, 27)


def test_a_capital_speaks_for_its_country():
    text = NEWS + "Washington warned that companies would begin mining “within two years, with no rules at all”.\n"
    assert speaker_of(text, "within two years") == "United States"


def test_a_capital_opening_the_sentence_is_the_subject_of_a_participle():
    text = NEWS + "Beijing later softened its tone, saying it was “open to a shorter pause if the rules apply equally”.\n"
    assert speaker_of(text, "open to a shorter") == "China"
