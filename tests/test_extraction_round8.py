"""Round 8: family names first, place-word family names, mononyms, description leads (invented text)."""
from tests.extraction_helpers import speaker_of


def test_a_place_word_family_name_before_a_given_name_is_a_person():
    text = (
        "The ministry faced criticism on Monday.\n\n"
        "Park Min-jun, a spokesman for the trade ministry, said the talks would resume. "
        "“We are ready to sign the deal this month,” Park said.\n\n"
        "“Nothing has been decided,” Park said later.\n"
    )
    assert speaker_of(text, "ready to sign") == "Park Min-jun"
    assert speaker_of(text, "Nothing has been") == "Park Min-jun"


def test_a_family_name_written_first_joins_the_full_name():
    text = (
        "Officials met on Tuesday.\n\n"
        "“We will keep our promises,” said Wang Jianguo, a deputy minister of commerce.\n\n"
        "“The rules are clear,” Wang said.\n"
    )
    assert speaker_of(text, "rules are clear") == "Wang Jianguo"
