"""Interviews in turns: answers are statements, questions never are."""
from tests.extraction_helpers import extract

INTERVIEW = (
    "Anna Berrow: “Our doors stay open”\n\n"
    "Foreign Minister Anna Berrow’s interview with the Ostrava Herald.\n\n"
    "Question: Will the talks resume this year?\n\n"
    "Anna Berrow: We hope so. The date depends on our neighbours.\n\n"
    "We have made our proposals public.\n\n"
    "Question: What did Prime Minister Olek Tamm tell you?\n\n"
    "Anna Berrow: He was clear. Tamm said that “every winter without a deal costs us dearly,” and I agree.\n"
)


def test_it_marks_the_article_as_an_interview():
    assert extract(INTERVIEW).articles[0].kind == "interview"


def test_it_makes_each_answer_one_statement_including_following_paragraphs():
    art = extract(INTERVIEW).articles[0]
    answers = [q for q in art.quotes if q.kind == "answer"]
    assert len(answers) == 2
    assert answers[0].text.startswith("We hope so") and answers[0].text.endswith("proposals public.")
    assert {q.speaker.name for q in answers} == {"Anna Berrow"}


def test_it_never_attributes_questions_to_the_interviewee():
    art = extract(INTERVIEW).articles[0]
    assert not any("Will the talks resume" in q.text for q in art.quotes)


def test_it_attributes_a_quote_cited_in_an_answer_to_its_speaker_via_the_interviewee():
    art = extract(INTERVIEW).articles[0]
    cited = [q for q in art.quotes if q.kind != "answer"]
    assert [(q.speaker.name, q.via.name) for q in cited] == [("Olek Tamm", "Anna Berrow")]


def test_it_reads_q_and_a_turns_with_the_interviewee_in_the_heading():
    text = (
        "Interview with Veldanian Foreign Minister Anna Berrow\n\n"
        "Q: Will the talks resume?\n\nA: Yes, next month.\n\n"
        "Q: Where?\n\nA: In Ostrava, as before.\n"
    )
    art = extract(text).articles[0]
    assert [(q.text, q.speaker.name) for q in art.quotes] == [("Yes, next month.", "Anna Berrow"), ("In Ostrava, as before.", "Anna Berrow")]


def test_it_reads_turns_labelled_in_capitals():
    text = (
        "Veldanian Foreign Minister Anna Berrow spoke to the Ostrava Herald.\n\n"
        "INTERVIEWER: Will the talks resume?\n\nMS BERROW: Yes, next month.\n\n"
        "INTERVIEWER: Where?\n\nMS BERROW: In Ostrava, as before.\n"
    )
    art = extract(text).articles[0]
    assert [(q.text, q.speaker.name) for q in art.quotes] == [("Yes, next month.", "Anna Berrow"), ("In Ostrava, as before.", "Anna Berrow")]


def test_it_gives_each_turn_of_a_press_conference_to_its_speaker():
    text = (
        "Briefing by the Veldanian foreign ministry spokeswoman Lina Osk\n\n"
        "Lina Osk: Good afternoon. We start with the situation on the border.\n\n"
        "Question (Ostrava Herald): Will the minister travel to Norvia?\n\n"
        "Lina Osk: The trip is being prepared.\n\n"
        "Question: And the talks?\n\n"
        "Tomas Kreel: Let me add that the talks will continue next week.\n"
    )
    art = extract(text).articles[0]
    got = [(q.text[:20], q.speaker.name) for q in art.quotes]
    assert got == [("Good afternoon. We s", "Lina Osk"), ("The trip is being pr", "Lina Osk"), ("Let me add that the ", "Tomas Kreel")]
    assert art.kind == "transcript"
    assert not any("travel to Norvia" in q.text for q in art.quotes)


def test_it_reads_a_titled_capital_label_and_two_titled_officials_in_the_heading():
    text = (
        "Joint briefing by Interior Minister Mira Falk and Health Minister Jon Tessel\n\n"
        "MINISTER FALK: Good morning. The border posts reopen today.\n\n"
        "MINISTER TESSEL: And the field clinics stay open until spring.\n\n"
        "QUESTION: Who pays for the clinics?\n\n"
        "MINISTER TESSEL: The national budget, as before.\n\n"
        "QUESTION: And the posts?\n\n"
        "MINISTER FALK: The regional police.\n"
    )
    art = extract(text).articles[0]
    assert [q.speaker.name for q in art.quotes] == ["Mira Falk", "Jon Tessel", "Jon Tessel", "Mira Falk"]


def test_it_does_not_take_the_interviewer_of_the_byline_for_the_interviewee():
    text = (
        "‘Borders are not walls’: an interview with Norvia’s foreign minister\n\n"
        "Interview by Greta Lund\n\n"
        "Per Vasko has been Norvia’s foreign minister since 2021. We met him in Tarn.\n\n"
        "Q: Will the crossings reopen?\n\nA: Next week, I hope.\n\n"
        "Q: And the fishermen?\n\nA: They will be home soon.\n"
    )
    art = extract(text).articles[0]
    assert {q.speaker.name for q in art.quotes} == {"Per Vasko"}


def test_header_fields_are_not_turns_and_a_quote_read_out_in_a_question_keeps_its_speaker():
    text = (
        "SUNDAY PROFILE\n\nGuest: Anna Berrow, former foreign minister of Veldania\n\n"
        "INTERVIEWER: President Mira Falk said last week, and I quote, “Some people would rather be right than be paid.” "
        "Was she talking about you?\n\n"
        "BERROW: Probably. She has a gift for a phrase.\n\n"
        "INTERVIEWER: Will you run again?\n\n"
        "BERROW: I have no plans to.\n"
    )
    got = [(q.text[:20], q.speaker.name) for q in extract(text).articles[0].quotes]
    assert got == [("Some people would ra", "Mira Falk"), ("Probably. She has a ", "Anna Berrow"), ("I have no plans to.", "Anna Berrow")]


def test_reporters_named_by_their_outlet_ask_the_questions_of_a_briefing():
    text = (
        "Spokesperson Lina Osk's Regular Press Conference on March 4, 2025\n\n"
        "Lina Osk: Good afternoon. I have one announcement: the minister travels to Tarn on Friday.\n\n"
        "Alpine Wire: Will she discuss the fishing dispute?\n\n"
        "Lina Osk: It is on the agenda, and Prime Minister Vask's office has said that “no deal is ready yet.”\n\n"
        "Nordic Radio: Any news from Marovia?\n\n"
        "Lina Osk: No, we have none.\n"
    )
    art = extract(text).articles[0]
    assert str(art.published) == "2025-03-04"
    assert not any("fishing dispute" in q.text or "news from Marovia" in q.text for q in art.quotes)
    answers = [q for q in art.quotes if q.kind == "answer"]
    assert len(answers) == 3 and {q.speaker.name for q in answers} == {"Lina Osk"}
    cited = [q for q in art.quotes if q.kind != "answer"]
    assert [(q.speaker.name, q.via.name) for q in cited] == [("Vask", "Lina Osk")]
