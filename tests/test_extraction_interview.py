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
