"""Round 19: wire write-throughs, Gulf agency items, embassy cables, profiles and magazine pages (invented text)."""
from tests.extraction_helpers import extract, speaker_of


def test_an_iso_8601_timestamp_line_dates_the_story():
    text = (
        "UPDATE 1-Kessany recalls ambassador\n\n"
        "2028-09-14T08:05:00Z\n\n"
        "TARN, Sept 14 (Alpine Wire) - Kessany recalled its ambassador on Thursday. "
        "\"We need to talk to him in person,\" Foreign Minister Aune Kallas said.\n"
    )
    assert str(extract(text).articles[0].published) == "2028-09-14"


def test_a_dateline_with_an_ordinal_day_and_a_double_hyphen_dates_the_story():
    text = (
        "Emir receives envoy\n\n"
        "Dar Al Salam, 12th May, 2028 (GNA) -- The Emir received the envoy of Norvia today. "
        "\"Our doors are open,\" the Emir's adviser Faisal bin Omar Al Rumaihi said.\n"
    )
    assert str(extract(text).articles[0].published) == "2028-05-12"


_AUDIENCE = (
    "Emir receives delegation\n\n"
    "His Highness Sheikh Faisal bin Omar Al Rumaihi, Emir of Dar Al Salam, received today H.E. Ingrid Moe-Lassen, "
    "Minister of Trade of the Kingdom of Norvia.\n\n"
    "His Highness affirmed that Dar Al Salam \"will always welcome partners who come with open hands\".\n\n"
    "H.E. the Minister thanked the Emir. \"Norvia has come to stay,\" she said.\n"
)


def test_his_highness_refers_back_to_the_person_first_named_with_the_honorific():
    assert speaker_of(_AUDIENCE, "welcome partners who come with open hands") == "Faisal bin Omar Al Rumaihi"


def test_h_e_is_a_title_not_part_of_the_name():
    assert speaker_of(_AUDIENCE, "Norvia has come to stay") == "Ingrid Moe-Lassen"


def test_abbreviated_titles_of_a_cable_are_titles():
    text = (
        "SUBJECT: TALKS WITH THE DEPUTY MINISTER\n\n"
        "1. DFM Tove Aasland-Rye told the Ambassador that the ministry was \"not in a hurry\".\n"
    )
    assert speaker_of(text, "not in a hurry") == "Tove Aasland-Rye"


def test_a_speaker_who_opened_by_saying_keeps_the_quotes():
    text = (
        "Talks resume\n\n"
        "Foreign Minister Odd Rasmussen-Vik opened by saying that the talks were \"the last chance this year\" "
        "and that Norvia \"will not walk away first.\"\n"
    )
    assert speaker_of(text, "the last chance this year") == "Odd Rasmussen-Vik"
    assert speaker_of(text, "will not walk away first") == "Odd Rasmussen-Vik"
