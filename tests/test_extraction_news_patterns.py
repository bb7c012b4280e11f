"""Attribution patterns common in real news reports (invented people and places)."""
from statements.extraction import ActorKind
from tests.extraction_helpers import extract, quotes, speaker_of

INTRO = "Foreign Minister Anna Berrow of Veldania met her counterpart Tomas Kreel in Ostrava on Monday.\n\n"


def only_quote(text, **kwargs):
    (quote,) = [q for a in extract(text, **kwargs).articles for q in a.quotes]
    return quote


def test_it_attributes_said_name_then_apposition_and_takes_the_role():
    q = only_quote("“We will not sign this text,” said Anna Berrow, the foreign minister.")
    assert q.speaker.name == "Anna Berrow" and "foreign minister" in q.speaker.role.lower()


def test_it_skips_an_age_between_surname_and_verb():
    assert speaker_of(INTRO + "“The offer stands,” Berrow, 54, said.", "offer stands") == "Anna Berrow"


def test_it_gives_the_role_from_a_leading_apposition():
    q = only_quote("Veldania’s envoy to Norvia, Ivo Marnak, said the ceasefire was “holding for now.”")
    assert q.speaker.name == "Ivo Marnak" and "envoy" in q.speaker.role


def test_it_gives_the_role_from_a_trailing_apposition():
    q = only_quote("Ivo Marnak, Veldania’s envoy to Norvia, said the ceasefire was “holding for now.”")
    assert q.speaker.name == "Ivo Marnak" and "envoy" in q.speaker.role


def test_it_does_not_report_indirect_speech_without_quotation_marks():
    assert quotes(INTRO + "Berrow said in a statement that the talks had failed.") == []


def test_it_reads_a_dash_before_the_attribution():
    assert speaker_of(INTRO + "“The door remains open” — Berrow said on Monday.", "door remains") == "Anna Berrow"


def test_it_attributes_to_an_organisation_posting_on_telegram():
    text = INTRO + "“Only military targets were hit,” the Veldanian Defence Ministry said in a statement posted on Telegram."
    q = only_quote(text)
    assert q.speaker.kind == ActorKind.ORGANISATION and "Defence Ministry" in q.speaker.name


def test_it_keeps_a_paragraph_that_mentions_a_telegram_channel():
    text = INTRO + "The ministry said on its Telegram channel that “the convoy has arrived safely.”"
    assert speaker_of(text, "convoy has arrived") is not None


def test_it_gives_a_quote_told_to_a_broadcaster_to_the_speaker():
    assert speaker_of(INTRO + "“We are not afraid,” Berrow told the BBC.", "not afraid") == "Anna Berrow"


def test_it_ignores_the_plane_in_told_reporters_on_air_force_one():
    text = INTRO + "“It will be a good deal,” Kreel told reporters on Air Force One."
    assert speaker_of(text, "good deal") == "Tomas Kreel"


def test_it_attributes_through_according_to_a_transcript():
    text = INTRO + "“We will talk when the guns fall silent,” Kreel said, according to a transcript released by the palace."
    assert speaker_of(text, "guns fall silent") == "Tomas Kreel"


def test_it_reads_wrote_on_x_formerly_twitter():
    text = INTRO + "“Veldania stands with its friends,” Berrow wrote on X, formerly Twitter."
    assert speaker_of(text, "stands with its friends") == "Anna Berrow"


def test_it_reads_a_post_on_a_social_network_before_the_quote():
    text = INTRO + "In a post on Truth Social, Kreel wrote: “The deal is done.”"
    assert speaker_of(text, "deal is done") == "Tomas Kreel"


def test_it_gives_both_halves_of_a_split_quote_to_the_speaker():
    found = quotes(INTRO + "“We are ready,” Berrow said, “but not at any price.”")
    assert found == [("We are ready", "Anna Berrow"), ("but not at any price", "Anna Berrow")]


def test_it_reads_the_speaker_from_the_next_sentence():
    text = INTRO + "“We will not be intimidated. Our answer will be calm.” Berrow added that more talks were planned."
    assert speaker_of(text, "not be intimidated") == "Anna Berrow"


def test_it_attributes_a_paragraph_quote_introduced_by_a_colon():
    text = INTRO + "Speaking to parliament, Berrow said:\n\n“Our patience has limits, and those limits have been reached.”"
    assert speaker_of(text, "patience has limits") == "Anna Berrow"


def test_it_joins_a_quote_over_several_paragraphs():
    text = INTRO + "“The first point is security.\n\n“The second point is trade,” Berrow said."
    found = quotes(text)
    assert len(found) == 1 and found[0][1] == "Anna Berrow" and "second point" in found[0][0]


def test_it_keeps_nested_single_quotes_inside_the_quote():
    found = quotes(INTRO + "“They call it ‘a special mission’, but it is a war,” Berrow said.")
    assert found == [("They call it ‘a special mission’, but it is a war", "Anna Berrow")]


def test_it_reads_straight_double_quotes():
    assert speaker_of(INTRO + '"We will respond in kind," Berrow said.', "respond in kind") == "Anna Berrow"


def test_it_reads_guillemets():
    assert speaker_of(INTRO + "« We will respond in kind », Berrow said.", "respond in kind") == "Anna Berrow"


def test_it_reads_low_high_german_marks():
    assert speaker_of(INTRO + "„We will respond in kind“, Berrow said.", "respond in kind") == "Anna Berrow"


def test_it_attributes_a_spokesperson_named_after_the_title():
    text = "Palace spokesman Ivo Marnak told reporters that the offer was “a serious one.”"
    q = only_quote(text)
    assert q.speaker.name == "Ivo Marnak" and "spokesman" in q.speaker.role


def test_it_makes_an_anonymous_official_unnamed():
    text = INTRO + "“We expect a decision this week,” a senior Veldanian official, speaking on condition of anonymity, said."
    q = only_quote(text)
    assert q.speaker is not None and q.speaker.kind == ActorKind.UNNAMED


def test_it_makes_diplomatic_sources_unnamed():
    q = only_quote(INTRO + "“The draft is dead,” diplomatic sources said.")
    assert q.speaker is not None and q.speaker.kind == ActorKind.UNNAMED


def test_it_gives_a_quote_told_to_an_agency_to_the_speaker():
    assert speaker_of(INTRO + "“The border stays shut,” Kreel told Reuters.", "border stays shut") == "Tomas Kreel"


def test_it_does_not_make_an_agency_reporting_a_speaker():
    text = INTRO + "Reuters reported that the border was “effectively closed”."
    assert all(speaker != "Reuters" for _, speaker in quotes(text))


def test_it_does_not_read_a_city_as_a_person():
    q = only_quote("“The summit was a success,” Kuala Lumpur said in a note to embassies.")
    assert q.speaker is None or q.speaker.kind != ActorKind.PERSON


def test_it_does_not_take_a_city_as_the_antecedent_of_he():
    text = "Tomas Kreel flew home on Monday after a week in Sharm el-Sheikh.\n\n“It was worth it,” he said."
    assert speaker_of(text, "worth it") == "Tomas Kreel"


def test_it_gives_she_to_the_nearest_woman_not_the_nearest_man():
    text = (
        "Foreign Minister Anna Berrow said her country was ready for a deal.\n\n"
        "She met Tomas Kreel on Monday. Mr Kreel said little after the meeting.\n\n"
        "“We are close to an agreement,” she said."
    )
    assert speaker_of(text, "close to an agreement") == "Anna Berrow"


def test_it_resolves_the_spokeswoman_to_the_spokeswoman():
    text = (
        "Lina Osk, the government spokeswoman, opened the briefing. Tomas Kreel, the trade minister, spoke next.\n\n"
        "“No decision has been taken,” the spokeswoman said."
    )
    assert speaker_of(text, "No decision") == "Lina Osk"


def test_it_resolves_the_diplomat_to_the_foreign_minister():
    text = (
        "Veldanian Foreign Minister Anna Berrow arrived in Ostrava with Prime Minister Olek Tamm.\n\n"
        "“We came to listen,” the diplomat said."
    )
    assert speaker_of(text, "came to listen") == "Anna Berrow"


def test_it_keeps_every_spelling_of_a_speaker_as_an_alias():
    text = "Foreign Minister Anna Berrow arrived on Monday.\n\n“We came to listen,” Berrow said."
    speaker = only_quote(text).speaker
    assert "Berrow" in speaker.aliases


def test_it_keeps_the_most_specific_role():
    text = (
        "Anna Berrow, Veldania’s foreign minister, arrived on Monday.\n\n"
        "“We came to listen,” said Foreign Minister Anna Berrow."
    )
    assert "foreign minister" in only_quote(text).speaker.role.lower()


def test_it_skips_a_so_called_name_in_a_reporting_sentence():
    text = INTRO + "Berrow said the so-called “peace corridor” was a trap."
    assert quotes(text) == []


def test_it_skips_the_title_of_an_operation_or_a_book():
    text = INTRO + "Kreel said the operation “Northern Light” would end soon, and praised the book “Winter Roads”."
    assert quotes(text) == []


def test_it_keeps_a_fragment_that_is_reported_speech():
    text = INTRO + "Berrow called the proposal “a step in the right direction”."
    assert quotes(text) == [("a step in the right direction", "Anna Berrow")]
