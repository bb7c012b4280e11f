"""Round 20: statements beside anonymous officials, reported speech, initialled interviews, typewriter quotes and committee hearings (invented text)."""
from tests.extraction_helpers import extract, quotes, speaker_of

_INITIALLED = (
    "The harbour and the treaty: a conversation with Minister Odile Brask\n\n"
    "Port Hallam Weekly | 3 March 2029\n\n"
    "Greta Sundholm (GS): Minister, why sign now?\n\n"
    "Odile Brask (OB): Because the harbour cannot wait another winter. The ice came early last year.\n\n"
    "GS: And the fishermen?\n\n"
    "OB: They have been asking for this treaty for a decade. I have their letters on my desk.\n\n"
    "GS: Will parliament ratify it?\n\n"
    "OB: I expect a large majority, though not a unanimous one.\n"
)


def test_initials_after_a_first_full_label_stand_for_that_speaker():
    assert speaker_of(_INITIALLED, "They have been asking for this treaty") == "Odile Brask"
    assert speaker_of(_INITIALLED, "I expect a large majority") == "Odile Brask"


def test_of_two_unlabelled_voices_the_one_who_only_asks_is_the_interviewer():
    found = quotes(_INITIALLED)
    assert not any("the fishermen" in text for text, _ in found)
    assert extract(_INITIALLED).articles[0].kind == "interview"


_HEARING = (
    "TRADE COMMITTEE\n\n"
    "Oral evidence: Port fees\n\n"
    "Members present: Rolf Engberg (Chair); Siri Lagos\n\n"
    "Witness: Tomas Wegener-Ruud, Head of the Customs Directorate, Ministry of Finance and Trade\n\n"
    "Chair: Welcome. Why did the fees rise in March?\n\n"
    "Witness: Thank you, Chair. The fees rose because the old rate had not changed since the port was rebuilt.\n\n"
    "Siri Lagos: Were the shipping lines consulted?\n\n"
    "Witness: They were, twice, and both times they asked for more time.\n"
)


def test_a_witness_header_names_the_speaker_of_the_witness_turns():
    assert speaker_of(_HEARING, "They were, twice") == "Tomas Wegener-Ruud"
    assert not any("Head of the Customs Directorate" in text for text, _ in quotes(_HEARING))


def test_a_quote_alone_takes_the_speaker_named_in_the_next_paragraph():
    text = (
        "Envoy hits back\n\n"
        "The mayor of Ostvik, Per Lindqvist, said the consulate should close. \"It serves nobody,\" he said.\n\n"
        "\"Nobody is closing anything this year.\"\n\n"
        "That was how Ambassador Lea Tormod replied when reporters asked about the mayor's remarks.\n\n"
        "\"We have been here for ninety years.\"\n\n"
        "Those were the words of the consul, Ivo Marsh, at a reception on Friday.\n"
    )
    assert speaker_of(text, "Nobody is closing anything") == "Lea Tormod"
    assert speaker_of(text, "We have been here for ninety years") == "Ivo Marsh"


def test_a_date_line_split_from_the_outlet_by_a_double_hyphen_dates_the_story():
    text = (
        "Ferry talks resume\n\n"
        "Harbour Courier -- 2029/04/17\n\n"
        "OSTVIK -- Talks on the ferry link resumed on Tuesday. \"We are close,\" Minister Per Lindqvist said.\n"
    )
    assert str(extract(text).articles[0].published) == "2029-04-17"


def test_a_quote_after_an_unnamed_source_added_that_is_the_source_s():
    text = (
        "Grain deal in doubt\n\n"
        "Minister Per Lindqvist said the deal was safe. \"Nothing has changed,\" he said.\n\n"
        "A senior diplomat, who asked not to be named, disagreed. \"The buyers are gone,\" the diplomat said.\n\n"
        "The diplomat added that the port had lost two contracts. \"Ships do not wait for politicians.\"\n"
    )
    speaker = speaker_of(text, "Ships do not wait for politicians")
    assert speaker is not None and "Lindqvist" not in speaker


def test_was_quoted_as_saying_that_gives_the_quote_to_the_subject():
    text = (
        "Ferry link\n\n"
        "Minister Per Lindqvist spoke in Ostvik on Monday. Deputy Minister Ana Ferro-Blom was quoted as saying that "
        "\"the ferry will sail before the snow comes.\"\n"
    )
    assert speaker_of(text, "the ferry will sail before the snow") == "Ana Ferro-Blom"


def test_a_source_a_paper_cites_is_the_one_it_quotes_later():
    text = (
        "Ferry link\n\n"
        "Ambassador Lea Tormod said on Monday that the talks went well.\n\n"
        "The weekly Nordpost, citing a diplomat in Ostvik, reported that a deal was close. "
        "The diplomat told the paper that \"both sides are tired of waiting.\"\n"
    )
    assert speaker_of(text, "both sides are tired of waiting") != "Lea Tormod"


def test_words_of_an_unnamed_official_read_out_in_a_question_are_kept_and_not_the_answerer_s():
    text = (
        "Briefing on the ferry link\n\n"
        "Spokesperson Nora Vik: Good afternoon. I have one announcement. The ferry link reopens on Monday.\n\n"
        "Question: A port official told us the timetable was \"pure fiction\". Is it?\n\n"
        "Spokesperson Nora Vik: The timetable was agreed with both port authorities and it will be kept.\n\n"
        "Question: Will the fares rise?\n\n"
        "Spokesperson Nora Vik: Not this year.\n"
    )
    found = dict(quotes(text))
    assert "pure fiction" in found and found["pure fiction"] != "Nora Vik"
