"""Round 22: delayed speakers, reactions from capitals, call readouts, breaking items and unnamed spokeswomen (invented text)."""
from tests.extraction_helpers import speaker_of


def test_a_government_recalling_its_ambassador_is_not_the_speaker_of_the_quote():
    text = (
        "Orsa recalls envoy\n\n"
        "Orsa has recalled its ambassador from Veldan \"for urgent consultations\", "
        "Foreign Minister Petr Hollis said on Monday.\n"
    )
    assert speaker_of(text, "for urgent consultations") == "Petr Hollis"


def test_recalling_something_said_is_still_a_verb_of_saying():
    text = (
        "Old friends\n\n"
        "Minister Petr Hollis recalled that Orsa had been \"a friend in hard times\".\n"
    )
    assert speaker_of(text, "a friend in hard times") == "Petr Hollis"


_LEAD_BY_OFFICE = (
    "Veldan calls harbour deal a trap\n\n"
    "LISKO, Veldan (AW) — The harbour agreement signed on Friday is \"a trap for our fishermen, dressed up as a gift,\" "
    "Veldan's chief trade negotiator said Saturday.\n\n"
    "The agreement gives Orsan trawlers access to two Veldanian ports.\n\n"
)


def test_an_office_in_the_lead_is_the_person_named_with_it_further_down():
    text = _LEAD_BY_OFFICE + (
        "Veldan's chief trade negotiator, Mirela Hastvik, said her team had not been consulted. "
        "\"We read the text in the newspapers,\" she said.\n"
    )
    assert speaker_of(text, "a trap for our fishermen") == "Mirela Hastvik"


def test_an_office_held_by_no_one_named_stays_unnamed():
    text = _LEAD_BY_OFFICE + (
        "Orsa's chief trade negotiator, Jonas Rietveld, said the ports had asked for the deal. "
        "\"Nobody was forced to sign,\" he said.\n"
    )
    assert speaker_of(text, "a trap for our fishermen") != "Jonas Rietveld"
    assert speaker_of(text, "Nobody was forced to sign") == "Jonas Rietveld"
