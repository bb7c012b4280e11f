"""Round 11: straight single quotes, institutions and titles as speakers (invented text)."""
from tests.extraction_helpers import extract, quotes, speaker_of


def test_straight_single_marks_are_the_outermost_quotes_of_british_copy():
    text = (
        "Minister rejects talks\n\n"
        "'We don't negotiate with a deadline over our heads,' Suma Keravalli said on Monday. "
        "'When they say \"urgent\", they mean \"on our terms\",' she added.\n"
    )
    found = quotes(text)
    assert ("We don't negotiate with a deadline over our heads", "Suma Keravalli") in found
    assert speaker_of(text, "they mean") == "Suma Keravalli"
    assert len(found) == 2


def test_a_plural_possessive_apostrophe_does_not_close_a_single_quote():
    text = (
        "Union warns ministers\n\n"
        "'The ministers' plan will close every mill in the valley,' union leader Oskar Wendt-Lahari said.\n"
    )
    assert quotes(text) == [("The ministers' plan will close every mill in the valley", "Oskar Wendt-Lahari")]


def test_a_surname_ending_in_ly_is_a_name_not_an_adverb():
    text = (
        "Minister rejects river talks\n\n"
        "“We will not reopen the treaty,” Water Minister Devika Kollapally told reporters on Monday.\n"
    )
    assert speaker_of(text, "reopen the treaty") == "Devika Kollapally"


def test_a_date_line_with_a_dash_after_published_gives_the_date():
    text = (
        "Minister rejects river talks\n\n"
        "Special Correspondent\n\n"
        "Published - March 3, 2026 07:45 pm IST\n\n"
        "The government will not reopen the treaty, the water minister said on Tuesday.\n"
    )
    assert str(extract(text).articles[0].published) == "2026-03-03"


def test_a_fronted_place_is_not_the_name_before_an_apposition():
    text = (
        "Neighbours trade words over dam\n\n"
        "In Lindmark, Ostrava's Foreign Minister Pia Rautenbach-Moe said the vote showed "
        "“how angry people are about the dry summers”.\n"
    )
    assert speaker_of(text, "dry summers") == "Pia Rautenbach-Moe"


def test_the_bare_noun_of_a_body_is_the_body_just_named():
    text = (
        "Ferry sinks off the cape\n\n"
        "The Selmaran coastguard said the ferry had stayed afloat through the night.\n\n"
        "“All the passengers are safe on the rescue boats,” the coastguard said on Sunday.\n\n"
        "Talmora's interior ministry denied the report. “No police boat was in the area,” the ministry said.\n"
    )
    assert speaker_of(text, "passengers are safe") == "Selmaran coastguard"
    assert speaker_of(text, "No police boat") == "Talmora's interior ministry"


def test_it_after_a_body_that_spoke_is_that_body():
    text = (
        "Embassy rejects criticism\n\n"
        "The Ostravian embassy said in a statement that the two men had “broken the terms of their visas”. "
        "It added that foreign governments “should respect the courts of Ostravia”.\n"
    )
    assert speaker_of(text, "respect the courts") == "Ostravian embassy"


def test_a_public_body_named_by_its_description_speaks():
    text = (
        "Drone row escalates\n\n"
        "The Talmoran army's general staff said the story was “a fantasy for the evening news”.\n\n"
        "The European Union's diplomatic service said it was “deeply worried by the risk of escalation”.\n"
    )
    assert speaker_of(text, "fantasy for the evening") == "Talmoran army's general staff"
    assert speaker_of(text, "deeply worried") == "European Union's diplomatic service"


def test_a_report_by_a_body_speaks_for_that_body():
    text = (
        "Strait traffic outgrows its rules\n\n"
        "Last year, a report by the Selmaran port authority warned that traffic had grown "
        "“far faster than anyone planned for”.\n"
    )
    assert speaker_of(text, "far faster than anyone") == "Selmaran port authority"


def test_a_single_quote_ending_in_s_closes_before_the_next_quote_opens():
    text = (
        "Embassy defends arrests\n\n"
        "The Ostravian embassy said the men had 'broken the terms of their visas' and would face "
        "'a fair trial in the usual way'.\n"
    )
    found = [q for q, _ in quotes(text)]
    assert found == ["broken the terms of their visas", "a fair trial in the usual way"]


def test_a_word_of_occupation_before_a_full_name_is_not_part_of_the_name():
    text = (
        "Ferry collision leaves six dead\n\n"
        "Passenger Milos Kerrigan-Abadi, 47, was asleep when the ships collided. "
        "“There was a noise like a train coming through the wall,” he said.\n"
    )
    assert speaker_of(text, "noise like a train") == "Milos Kerrigan-Abadi"


def test_the_presidency_of_a_country_in_lower_case_is_the_institution_not_the_country():
    text = (
        "Drone downed over border\n\n"
        "The presidency of Valdora said on Tuesday that a drone had been shot down, "
        "accusing its neighbour of “a reckless and deliberate provocation”.\n"
    )
    assert speaker_of(text, "reckless and deliberate") == "presidency of Valdora"


def test_a_described_body_opening_the_sentence_is_the_subject_of_a_participle():
    text = (
        "Drone row escalates\n\n"
        "The Talmoran navy's high command went further in a late-night post, "
        "saying the report was “a fairy tale for foreign journalists”.\n"
    )
    assert speaker_of(text, "fairy tale") == "Talmoran navy's high command"


def test_a_single_quoted_quote_runs_over_paragraphs_that_reopen_it():
    text = (
        "Talks collapse over port fees\n\n"
        "'The talks were never going to be easy. We knew that from the first day.\n\n"
        "'But nobody expected them to walk out before lunch,' Ansel Hollis-Varga said.\n"
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0][0].startswith("The talks were never going to be easy")
    assert found[0][1] == "Ansel Hollis-Varga"


def test_an_elided_word_opening_a_paragraph_is_not_a_quote():
    text = (
        "Choir sings for the envoys\n\n"
        "'Tis the season for carols, the mayor joked at the dinner.\n\n"
        "'Nobody expected the envoys to sing along,' Ansel Hollis-Varga said.\n"
    )
    assert quotes(text) == [("Nobody expected the envoys to sing along", "Ansel Hollis-Varga")]


def test_a_public_body_not_named_before_still_speaks():
    text = (
        "Drone row deepens\n\n"
        "“The drone was a deliberate provocation by a hostile state,” the presidency said.\n\n"
        "“Our air defences will respond next time,” the country's security council said in a statement.\n"
    )
    assert speaker_of(text, "deliberate provocation") == "presidency"
    assert speaker_of(text, "air defences") == "country's security council"


def test_an_abbreviated_title_after_an_inverted_verb_does_not_end_the_speaker():
    text = (
        "River treaty stays, says minister\n\n"
        "“Let the engineers talk first,” said Mr. Devan Kollur-Baig on Friday.\n"
    )
    assert speaker_of(text, "engineers talk first") == "Devan Kollur-Baig"


def test_a_military_rank_abbreviation_is_a_title_not_part_of_the_name():
    text = (
        "Army denies drone report\n\n"
        "“No drone crossed the border,” army spokesman Lt Col Ivo Radamsky-Berg said.\n\n"
        "“We have the radar data,” Gen Petra Holm-Ulvaeus told reporters.\n"
    )
    assert speaker_of(text, "No drone crossed") == "Ivo Radamsky-Berg"
    assert speaker_of(text, "radar data") == "Petra Holm-Ulvaeus"


def test_the_bare_noun_of_a_body_follows_whoever_its_full_naming_stands_for():
    text = (
        "Envoy recalled\n\n"
        "“We have nothing to add about the drone,” Foreign Minister Arne Lanik-Sova's office said on Monday.\n\n"
        "“The minister is travelling this week,” the office said.\n"
    )
    assert speaker_of(text, "nothing to add") == speaker_of(text, "travelling this week")


def test_a_capitalised_verb_form_after_a_quote_is_part_of_a_title_not_the_cue():
    text = (
        "Fishing talks resume\n\n"
        "“The door is open, but not forever,” Secretary of State Anika Sorvald-Kett said.\n"
    )
    assert speaker_of(text, "door is open") == "Anika Sorvald-Kett"


def test_a_body_named_with_a_possessive_and_no_article_speaks():
    text = (
        "Drone row deepens\n\n"
        "In a statement, Valdora's presidency accused its neighbour of “a reckless and deliberate provocation”.\n"
    )
    assert speaker_of(text, "reckless and deliberate") == "Valdora's presidency"


def test_an_official_of_a_body_is_an_unnamed_source_not_the_body():
    text = (
        "River commission to meet in October\n\n"
        "“The dates have been fixed by both sides,” a senior official of the Talmoran water ministry said, requesting anonymity.\n"
    )
    assert speaker_of(text, "dates have been fixed") == "a senior official"
