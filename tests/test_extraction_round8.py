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


def test_he_after_a_relative_clause_is_the_mononym_subject():
    text = (
        "The striker spoke on Friday.\n\n"
        "Tavinho, who has said he wants to finish his career at the club, would not say whether he "
        "would sign a new contract. “I am happy here and that is all I will say,” he said.\n"
    )
    assert speaker_of(text, "happy here") == "Tavinho"


def test_a_lead_quote_whose_speaker_is_only_described_is_kept_as_unnamed():
    from tests.extraction_helpers import extract

    text = (
        "A retired ferry captain who became a harbour councillor opened his campaign on Tuesday, "
        "promising to run as “a voice for every fishing family on the coast.”\n\n"
        "The announcement followed weeks of rumours.\n"
    )
    found = [q for a in extract(text).articles for q in a.quotes if "fishing family" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.kind == "unnamed"
