"""Round 12: official transcripts and briefings (invented text)."""
from tests.extraction_helpers import quotes


def test_hon_before_a_name_is_a_title_not_a_given_name():
    text = (
        "Minister defends embassy move\n\n"
        "“The building was no longer safe for our staff,” the Hon. Petra Lindahl-Osei told reporters on Monday.\n"
    )
    assert quotes(text) == [("The building was no longer safe for our staff", "Petra Lindahl-Osei")]
