"""Round 17: Indian wire copy, summarised interviews, smart-brevity items, letters and Sunday shows (invented text)."""
from tests.extraction_helpers import speaker_of


def test_a_programme_named_in_quotes_before_the_subject_leaves_the_subject_its_quote():
    text = (
        "Ministers on the morning shows\n\n"
        "On the breakfast programme \"Morning Desk,\" Harbour Minister Lisette Carro-Nunn called the tolls "
        "\"a tax on every family that takes the ferry.\"\n"
    )
    assert speaker_of(text, "a tax on every family") == "Lisette Carro-Nunn"


def test_a_quote_after_it_goes_on_continues_the_quote_before():
    text = (
        "Minister's memo leaked\n\n"
        "A memo sent by Merland's fisheries minister, Edvin Strand, to his cabinet colleagues warns of "
        "\"an empty sea within a decade\".\n\n"
        "\"The quotas we set last year were too generous by half,\" the memo reads.\n\n"
        "It goes on: \"We must cut them now, whatever the fleet says, or there will be no fleet to say anything.\"\n"
    )
    assert speaker_of(text, "too generous by half") == "Edvin Strand"
    assert speaker_of(text, "We must cut them now") == "Edvin Strand"


def test_a_person_who_goes_on_keeps_the_quote():
    text = (
        "Mayor speaks\n\n"
        "\"The bridge will open in May,\" Mayor Rosa Ilic told the council.\n\n"
        "She went on: \"And it will be free for cyclists from the first day, whatever it costs the city.\"\n"
    )
    assert speaker_of(text, "free for cyclists") == "Rosa Ilic"
