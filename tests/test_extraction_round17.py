"""Round 17: Indian wire copy, summarised interviews, smart-brevity items, letters and Sunday shows (invented text)."""
from tests.extraction_helpers import speaker_of


def test_a_programme_named_in_quotes_before_the_subject_leaves_the_subject_its_quote():
    text = (
        "Ministers on the morning shows\n\n"
        "On the breakfast programme \"Morning Desk,\" Harbour Minister Lisette Carro-Nunn called the tolls "
        "\"a tax on every family that takes the ferry.\"\n"
    )
    assert speaker_of(text, "a tax on every family") == "Lisette Carro-Nunn"

