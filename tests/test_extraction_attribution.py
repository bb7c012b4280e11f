"""Who said it: cues before, after and around quotations."""
from tests.extraction_helpers import quotes, speaker_of

INTRO = "Foreign Minister Anna Berrow of Veldania met her counterpart Tomas Kreel in Ostrava on Monday.\n\n"


def test_it_attributes_a_name_after_the_quote():
    text = INTRO + "“We are ready to talk without conditions,” Berrow said."
    assert speaker_of(text, "ready to talk") == "Anna Berrow"


def test_it_attributes_an_inverted_cue():
    text = INTRO + "“The border will stay open to trade,” said Tomas Kreel."
    assert speaker_of(text, "border will stay open") == "Tomas Kreel"


def test_it_attributes_a_partial_quote_to_the_subject_of_the_sentence():
    text = INTRO + "Kreel said his government had “serious doubts” about the plan."
    assert speaker_of(text, "serious doubts") == "Tomas Kreel"


def test_it_skips_a_title_and_an_apposition_between_name_and_verb():
    text = INTRO + "Berrow, who is due to visit the capital next week, said the talks were “a first step.”"
    assert speaker_of(text, "a first step") == "Anna Berrow"


def test_it_resolves_he_to_the_most_recent_person_in_subject_position():
    text = INTRO + "Kreel spoke after Berrow’s speech.\n\n“Nobody wants another winter of shortages,” he said."
    assert speaker_of(text, "another winter") == "Tomas Kreel"


def test_it_gives_the_second_half_of_a_split_quote_the_same_speaker():
    text = INTRO + "“The sanctions have failed,” Kreel said. “They only hurt ordinary families.”"
    assert speaker_of(text, "ordinary families") == "Tomas Kreel"


def test_it_resolves_a_role_description_to_the_matching_person():
    text = (
        "Veldania’s top diplomat warned on Friday of a “dangerous spiral” in the region.\n\n"
        "Foreign Minister Anna Berrow spoke in Ostrava after meeting Prime Minister Olek Tamm.\n\n"
        "“We will not accept ultimatums from anyone,” the minister said."
    )
    assert speaker_of(text, "dangerous spiral") == "Anna Berrow"


def test_it_makes_an_unnamed_source_an_unnamed_actor_not_a_nearby_person():
    text = INTRO + "“The convoy was turned back at the border,” a Veldanian official told reporters."
    doc_quotes = quotes(text)
    assert doc_quotes == [("The convoy was turned back at the border", "a Veldanian official")]


def test_it_attributes_an_organisation():
    text = INTRO + "The visit was “productive and frank”, the Veldanian Foreign Ministry said in a statement."
    assert speaker_of(text, "productive and frank") == "Veldanian Foreign Ministry"


def test_it_attributes_a_relayed_quote_to_the_person_not_the_agency():
    text = INTRO + "“We expect an answer within days,” the Norvik Press Agency quoted Kreel as saying."
    assert speaker_of(text, "answer within days") == "Tomas Kreel"


def test_it_attributes_according_to():
    text = INTRO + "The deal is “as good as done,” according to Berrow."
    assert speaker_of(text, "as good as done") == "Anna Berrow"


def test_it_ignores_scare_quotes_nobody_is_said_to_have_said():
    text = INTRO + "The so-called “peace caravan” reached the river town of Ostrava late on Sunday."
    assert quotes(text) == []


def test_it_prefers_the_cue_after_a_quote_over_a_name_before_it():
    text = INTRO + "Later, Berrow left the hall. “The vote was rigged,” Kreel said."
    assert speaker_of(text, "vote was rigged") == "Tomas Kreel"


def test_it_reads_a_possessive_remark_as_a_cue():
    text = INTRO + "Despite Kreel’s remarks this week that the plan was “dead on arrival,” Berrow stayed calm."
    assert speaker_of(text, "dead on arrival") == "Tomas Kreel"


def test_it_lowers_confidence_for_a_pronoun_across_paragraphs():
    from tests.extraction_helpers import extract

    text = INTRO + "Kreel arrived late.\n\nThe hall was full.\n\n“We will not yield,” he said."
    doc = extract(text)
    (quote,) = doc.articles[0].quotes
    assert quote.speaker.name == "Tomas Kreel"
    assert quote.confidence < 0.9


def test_it_skips_a_long_relative_clause_between_the_quote_and_the_verb():
    text = INTRO + ("“Trade is the only bridge left,” Kreel, who has led the Norvian delegation to the "
                    "customs talks since the spring of 2019, said in an interview.")
    assert speaker_of(text, "only bridge left") == "Tomas Kreel"


def test_it_reads_the_pronoun_of_what_she_called():
    text = INTRO + ("Berrow has said that her government will not answer what she called “provocations” "
                    "on the border.")
    assert speaker_of(text, "provocations") == "Anna Berrow"


def test_the_diplomat_refers_back_to_an_unnamed_diplomat_not_a_named_minister():
    text = ("Foreign Minister Mira Falk said talks were going well.\n\n"
            "A Norvian diplomat familiar with the talks was more cautious. “Nothing is settled yet, and some things "
            "are far from settled,” the diplomat said.")
    assert speaker_of(text, "Nothing is settled") == "A Norvian diplomat"


def test_a_description_with_a_qualifier_after_its_head_noun_is_an_unnamed_source():
    text = INTRO + "“We are close to a deal on the border,” said a senior official involved in the talks."
    assert speaker_of(text, "close to a deal") == "a senior official"
    text = INTRO + "“He called the capital himself,” one person with knowledge of the call said."
    assert speaker_of(text, "called the capital") == "one person"


def test_a_delegate_speaks_for_the_state_and_is_what_a_later_pronoun_means():
    text = ("The chair, Jon Tessel, opened the meeting.\n\n"
            "In the debate, the representative of Norvia said that her country had been patient. "
            "“Norvia has not fired a single shot,” she stressed.")
    assert speaker_of(text, "fired a single shot") == "Norvia"


def test_a_nationality_narrows_a_description_to_the_matching_minister():
    text = ("Veldanian Foreign Minister Anna Berrow met her Marovian counterpart Katarina Voss.\n\n"
            "“We agreed to meet again,” Berrow said.\n\n"
            "“Security is indivisible,” the Marovian minister said.")
    assert speaker_of(text, "indivisible") == "Katarina Voss"


def test_an_office_speaks_for_its_holder():
    text = ("President Ilse Darrow stayed silent. Her office said she had “full confidence” in the minister.\n\n"
            "Prime Minister Teodor Lanik’s office said that “no such plan exists.”")
    assert speaker_of(text, "full confidence") == "Ilse Darrow"
    assert speaker_of(text, "no such plan") == "Teodor Lanik"


def test_a_definite_description_without_a_title_is_the_person_just_introduced():
    text = ("Her neighbour, Josef Marek, was more forgiving. “Nobody could stop this river,” "
            "the 52-year-old carpenter said.")
    assert speaker_of(text, "stop this river") == "Josef Marek"


def test_the_name_before_an_apposition_is_the_subject():
    text = INTRO + ("Amara Velden, the director of the Kessany Civil Liberties Forum, described it as "
                    "“the most serious attack on the courts in a generation”.")
    assert speaker_of(text, "most serious attack") == "Amara Velden"
    text = INTRO + ("Henrik Albrecht, a former judge who sits on the government benches, said the plan was "
                    "“a solution in search of a problem”.")
    assert speaker_of(text, "solution in search") == "Henrik Albrecht"


def test_a_verb_after_but_shares_the_subject_of_the_first_clause():
    text = INTRO + ("Kreel did not address the proposal, but told reporters that Norvia was "
                    "“open to any mechanism that works.”")
    assert speaker_of(text, "open to any mechanism") == "Tomas Kreel"


def test_pointed_out_is_a_speech_cue():
    text = INTRO + "“Such decisions cannot be made behind our backs,” Kreel pointed out."
    assert speaker_of(text, "behind our backs") == "Tomas Kreel"


def test_a_pronoun_after_an_adverbial_opening_is_the_subject():
    text = INTRO + "Earlier this year he described the border guards as “amateurs in uniform” in a video."
    assert speaker_of(text, "amateurs in uniform") == "Tomas Kreel"


def test_as_someone_put_it_is_a_cue():
    text = INTRO + "As the analyst Helena Moravec put it to me, “the people who paid were never the people who started it.”"
    assert speaker_of(text, "never the people") == "Helena Moravec"


def test_mocked_is_a_speech_verb():
    text = INTRO + "Berrow, for her part, has mocked those who “would rather be right than be paid.”"
    assert speaker_of(text, "rather be right") == "Anna Berrow"


def test_a_document_opening_the_sentence_is_the_source():
    text = INTRO + ("The communique, signed by the leaders of Norvia, Ostrelia and Veldania, said the members were "
                    "“determined to share the waters of the basin.”\n\n"
                    "“No vessel shall be detained in the zone,” the document read.")
    assert speaker_of(text, "determined to share") == "leaders of Norvia, Ostrelia and Veldania"
    assert speaker_of(text, "No vessel shall") == "leaders of Norvia, Ostrelia and Veldania"


def test_south_asian_english_cues_and_an_anonymity_aside():
    text = INTRO + ("“This is only the beginning,” Mr. Kreel informed reporters. He opined that the two countries "
                    "had “wasted many years in suspicion.”\n\n"
                    "A senior official of the ministry, on condition of anonymity, said that ties “remain excellent.”")
    assert speaker_of(text, "only the beginning") == "Tomas Kreel"
    assert speaker_of(text, "wasted many years") == "Tomas Kreel"
    assert "official" in speaker_of(text, "remain excellent")


def test_the_subject_of_a_sentence_with_an_infinitive_speaks_the_quote():
    text = INTRO + "Berrow used a speech in Ostrava last night to accuse Norvia of “building walls with pipes.”"
    assert speaker_of(text, "building walls") == "Anna Berrow"


def test_a_quote_after_a_sentence_about_its_speaker_is_theirs():
    text = INTRO + ("Ola Brekke, who chairs the fishermen’s union, puts it bluntly. “We like her. We trust her. "
                    "But trust does not pay for diesel.”")
    assert speaker_of(text, "trust does not pay") == "Ola Brekke"


def test_one_participant_is_an_unnamed_source():
    text = INTRO + "One participant described the mood to us as “better than last time, which is not saying much.”"
    assert speaker_of(text, "better than last time") == "One participant"


def test_an_inverted_title_then_name_gives_the_name():
    text = INTRO + "“Nineteen of our pupils cannot reach us,” said the head teacher, Mrs Karla Nygaard."
    assert speaker_of(text, "Nineteen of our pupils") == "Karla Nygaard"


def test_one_of_them_and_a_described_resident_are_unnamed_sources():
    text = INTRO + (
        "Diplomats say a compromise was discussed. “It is on the table, but nobody has picked it up,” one of them said.\n\n"
        "“I drive round by the other crossing every morning,” one grandmother said as she waited."
    )
    assert speaker_of(text, "on the table") == "one of them"
    assert speaker_of(text, "other crossing") == "one grandmother"


def test_according_to_a_title_set_off_before_a_name():
    text = INTRO + "According to Marovia’s chief negotiator, Alen Sobotka, his country “will accept any inspector but one”."
    assert speaker_of(text, "any inspector") == "Alen Sobotka"
