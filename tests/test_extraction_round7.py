"""Ordinary news patterns from the seventh held-out round (invented text only)."""
from tests.extraction_helpers import speaker_of


def test_a_lowercase_title_after_a_name_is_an_apposition_not_the_subject():
    text = ("Ines Carvallo, chief economist at the Lima brokerage Vantor Capital, said the plan was "
            "“sensible but timid”.\n")
    assert speaker_of(text, "sensible but timid") == "Ines Carvallo"


def test_letters_after_a_name_are_not_part_of_it():
    text = ("Opening the trial, prosecutor Miriam Oduya KC told the jury the director had treated the fund "
            "“as his own wallet”.\n\nOutside court, Oduya said the case was closed. “Nobody is above the rules,” she said.\n")
    assert speaker_of(text, "his own wallet") == "Miriam Oduya"
    assert speaker_of(text, "above the rules") == "Miriam Oduya"


def test_an_acronym_and_one_word_name_a_body_and_a_possessive_description_is_an_apposition():
    text = "KV Stahl, Austria's largest union, said it wanted “firm promises” on jobs at the plant.\n"
    assert speaker_of(text, "firm promises") == "KV Stahl"


def test_a_name_given_after_a_description_is_the_speaker():
    text = ("Water filled the square. “Nobody warned us at all,” said a man who gave only his first name, Tarik. "
            "“Not one message.”\n")
    assert speaker_of(text, "Nobody warned") == "Tarik"
    assert speaker_of(text, "Not one message") == "Tarik"
    text = ("Oskar Lind, a nurse, said he was tired. “We are exhausted,” he said.\n\n"
            "A retired miner who gave his name only as Bruno said he had seen it all before. “It never changes,” he said.\n")
    assert speaker_of(text, "never changes") == "Bruno"


def test_an_unnamed_spokeswoman_is_the_antecedent_of_she():
    text = ("“We will grow,” Helga Brandt told analysts. Brandt said no plants would close.\n\n"
            "A Commission spokeswoman said the deal had not been notified. “We will look at it carefully,” she said.\n")
    assert speaker_of(text, "look at it carefully") == "A Commission spokeswoman"


def test_an_unnamed_office_holder_is_the_subject_not_another_minister():
    text = ("Interior Minister Petar Lukic toured the area. “Leave when you are told,” he said.\n\n"
            "The prime minister has declared a state of emergency. “Our only task is to protect people,” he said.\n")
    assert speaker_of(text, "only task") == "The prime minister"


def test_a_nationality_noun_refers_back_to_the_person_not_a_new_one():
    text = ("Rossi, who has scored all his penalties this season, said the race was “far from over”. Asked about the "
            "leaders, Kings Town, the Italian replied: “Three points. Why not?”\n")
    assert speaker_of(text, "Why not") == "Rossi"


def test_a_compound_surname_alone_is_the_person_named_in_full_and_a_dateline_opens_an_apposition():
    text = ("LIMA, May 3 (Andes Wire) - Peru's finance minister, Julio Paredes Arce, presented the budget.\n\n"
            "Paredes Arce said cuts were needed. Asked about growth, the minister said: “Caution is not weakness.”\n")
    assert speaker_of(text, "Caution is not") == "Julio Paredes Arce"


def test_a_relative_clause_without_that_has_its_own_subject():
    text = ("Finance Minister Julio Paredes set aside 300 million soles for repairs, a figure the minister "
            "described as “a floor, not a ceiling”.\n")
    assert speaker_of(text, "a floor") == "Julio Paredes"


def test_a_described_witness_opening_a_sentence_is_an_unnamed_source():
    text = ("Two climbers were treated in Varna. A nurse at the clinic said their wounds were "
            "“consistent with a long fall”.\n")
    assert speaker_of(text, "long fall") == "A nurse at the clinic"


def test_an_interior_minister_is_not_the_prime_minister_of_the_same_country():
    text = ("Ostrava recalled its envoy on Monday after Veldania's interior minister called its police "
            "“a disgrace”.\n\nThe minister, Lena Sorvik, wrote on Sunday that officers had beaten two drivers.\n\n"
            "Veldania's prime minister, Piet Amsel, said he would not have used those words.\n")
    assert speaker_of(text, "a disgrace") == "Lena Sorvik"
