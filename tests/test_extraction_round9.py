"""Round 9: diplomacy styles — readouts, UN debates (invented text)."""
from tests.extraction_helpers import speaker_of


def test_a_readouts_bare_the_minister_is_the_home_minister_not_the_foreign_caller():
    text = (
        "Interior Minister Tomas Verhaal held a call on Monday with Quarnian Interior Minister Ines Brautigam.\n\n"
        "The sides discussed border policing.\n\n"
        "The minister stressed that “the patrols along the river must be doubled before winter.”\n"
    )
    assert speaker_of(text, "patrols along the river") == "Tomas Verhaal"


def test_a_person_of_the_named_organisation_keeps_their_name():
    text = (
        "Campaigners reacted on Friday.\n\n"
        "Oskar Lindqvist of the Northern Rivers Coalition said in a statement that "
        "“the new permits are a step backwards”.\n"
    )
    assert speaker_of(text, "step backwards") == "Oskar Lindqvist"
