"""Titles given in passing: predicates, readout-style long titles, role descriptions."""
from tests.extraction_helpers import speaker_of


def test_a_title_given_by_a_predicate_lets_the_description_find_her():
    text = (
        "The foreign minister, Tobias Wren, kept his post. The junior partner's leader, Mira Castell, becomes interior minister.\n\n"
        "“Every complaint will get an answer,” the interior minister said."
    )
    assert speaker_of(text, "Every complaint") == "Mira Castell"


def test_a_readout_title_with_the_state_before_the_name():
    text = (
        "On 12 May, Minister of Foreign Affairs of the Republic of Marovia Katrin Solberg held talks with "
        "Minister of Foreign Affairs of the Kingdom of Norvia Liv Aasen.\n\n"
        "The Norvian Minister stated that Norvia intends “to put water security at the centre of its work”."
    )
    assert speaker_of(text, "water security") == "Liv Aasen"
