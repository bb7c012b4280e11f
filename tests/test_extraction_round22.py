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
