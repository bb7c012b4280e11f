"""Patterns from the fifth and sixth held-out sets (invented people and places)."""
import datetime as dt

from tests.extraction_helpers import extract, speaker_of

NEWS = "Talks were held in the capital on Monday.\n\n"


def test_a_dateline_with_a_full_date_dates_the_story():
    text = "Border match goes ahead\n\nSorn, 9 June 2025 — The first match between the two sides went ahead.\n"
    assert extract(text).articles[0].published == dt.date(2025, 6, 9)


def test_a_year_less_dateline_takes_the_copyright_year_and_no_year_gives_no_date():
    story = "Neighbours trade blame\n\nVELDGRAD, March 3 (Reuters) - The two neighbours traded blame on Monday.\n\n"
    assert extract(story + "© 2025 Wire Services. All rights reserved.\n").articles[0].published == dt.date(2025, 3, 3)
    assert extract(story).articles[0].published is None


def test_a_desk_and_date_line_dates_the_story():
    text = "Fact check: five claims\n\nVerify Desk | 27 January 2025\n\nParliament debated the budget for two days.\n"
    assert extract(text).articles[0].published == dt.date(2025, 1, 27)


def test_a_capital_speaks_for_its_country():
    text = NEWS + "Washington warned that companies would begin mining “within two years, with no rules at all”.\n"
    assert speaker_of(text, "within two years") == "United States"


def test_a_capital_opening_the_sentence_is_the_subject_of_a_participle():
    text = NEWS + "Beijing later softened its tone, saying it was “open to a shorter pause if the rules apply equally”.\n"
    assert speaker_of(text, "open to a shorter") == "China"


def test_the_judge_said_is_the_judge_named():
    text = ("Judge Mathilde Ferro read the sentence to Emil Staves on Wednesday. "
            "“You rented out the keys to the gate,” the judge said.\n")
    assert speaker_of(text, "rented out") == "Mathilde Ferro"


def test_the_prosecutor_and_the_coach_are_the_ones_named_with_that_title():
    text = ("The prosecutor, Aurel Minsk, asked for eight years. Defence counsel Petra Lund asked for two.\n\n"
            "“This was a business, with a price list,” the prosecutor said.\n")
    assert speaker_of(text, "price list") == "Aurel Minsk"


def test_a_title_ending_a_longer_clause_is_the_next_names_role():
    text = ("Ambassador Sabine Ortell watched the match alongside Dravonia's minister for sport, Nikolai Brest.\n\n"
            "“Football reminds people that the other side is not a monster,” the minister said.\n")
    assert speaker_of(text, "not a monster") == "Nikolai Brest"


def test_a_title_of_the_name_itself_is_found_when_another_role_was_kept():
    text = ("The chair of the talks, Ambassador Lotte Reinholt, urged delegations to keep working.\n\n"
            "“We are closer than the headlines suggest,” the ambassador said.\n")
    assert speaker_of(text, "closer than") == "Lotte Reinholt"


def test_a_nationality_rules_out_the_minister_of_another_country():
    text = ("Lisvania's interior minister was more conciliatory. “We will address the concerns,” said the minister, Dorotea Klint.\n\n"
            "Kestria's interior minister, Bruno Aalt, said the pact was final.\n\n"
            "Later, Lisvania's interior minister said the ombudsman “will go where he likes”.\n")
    assert speaker_of(text, "go where he likes") == "Dorotea Klint"


def test_a_capitals_possessive_is_its_countrys():
    text = ("Russian Foreign Minister Pavel Ostrin spoke in New York.\n\n"
            "Moscow's top diplomat warned of a “decisive response” to any attack.\n")
    assert speaker_of(text, "decisive response") == "Pavel Ostrin"


def test_a_title_as_subject_is_the_antecedent_of_she():
    text = ("Prime Minister Alma Reth leads the coalition.\n\n"
            "The revolt was led by Sten Marrow. “We were promised a partnership,” Marrow said.\n\n"
            "The prime minister dismissed the charge. “Nothing in the text has changed,” she said.\n")
    assert speaker_of(text, "Nothing in the text") == "Alma Reth"


def test_the_judge_opening_a_long_sentence_is_the_antecedent_of_she():
    text = ("Judge Mathilde Ferro sentenced the official. Defence counsel Petra Lund said she would appeal.\n\n"
            "The judge rejected the argument that the cousin, who has since died, had acted alone. "
            "“The bank records leave no room for doubt,” she said.\n")
    assert speaker_of(text, "bank records") == "Mathilde Ferro"


def test_a_place_inside_a_description_only_says_where():
    text = NEWS + "Ostrelia's embassy in Lenz said it had “followed the proceedings closely”.\n"
    assert speaker_of(text, "followed the proceedings") == "Ostrelia's embassy"


def test_a_place_name_that_is_a_named_persons_surname_is_that_person():
    text = ("The prosecutor, Aurel Minsk, asked for eight years.\n\n"
            "Minsk told reporters he was satisfied. “Six years is a serious sentence,” he said.\n")
    assert speaker_of(text, "serious sentence") == "Aurel Minsk"


def test_the_interior_minister_is_not_the_prime_minister():
    text = ("Prime Minister Alma Reth spoke first. “We keep the pact,” said the minister, Dorotea Klint.\n\n"
            "“Nothing has changed,” Reth said.\n\n"
            "Later, the interior minister said the ombudsman “will go where he likes”.\n")
    assert speaker_of(text, "go where he likes") == "Dorotea Klint"


def test_a_fact_checks_claim_is_who_said_it_on_the_same_line():
    text = ("Parliament debated the budget.\n\n"
            "Claim: “Unemployment is the lowest it has been in twenty years.” — Who said it: Finance Minister Oskar Linde, in his budget speech.\n"
            "Rating: True.\n")
    assert speaker_of(text, "Unemployment is the lowest") == "Oskar Linde"


def test_a_fact_checks_numbered_claim_is_who_said_it_on_a_later_line():
    text = ("Parliament debated the budget.\n\nClaim 2: \"Rents have doubled in the capital.\"\n\n"
            "Who said it: Opposition leader Hedda Marsk, on a television talk show.\n\nVerdict: Exaggerated.\n")
    assert speaker_of(text, "Rents have doubled") == "Hedda Marsk"


def test_referring_to_someone_as_quotes_the_one_who_referred():
    text = ("The presiding judge, Paulina Sarr, heard the lawyers. At one point, after Oren Ketterman referred to the officials "
            "as “smugglers in suits”, the judge said the court would not tolerate “language suited to a rally”.\n")
    assert speaker_of(text, "smugglers in suits") == "Oren Ketterman"
    assert speaker_of(text, "suited to a rally") == "Paulina Sarr"


def test_the_company_is_the_company_that_opened_the_story():
    text = ("Halvar Yards said on Tuesday it would stop buying steel.\n\n"
            "“We have suspended all orders with our supplier,” the company said in a filing.\n")
    assert speaker_of(text, "suspended all orders") == "Halvar Yards"


def test_a_body_named_by_its_description_speaks_as_an_organisation():
    text = NEWS + "The Dravonian football federation said it had “fulfilled every security commitment”.\n"
    assert speaker_of(text, "fulfilled every") == "Dravonian football federation"


def test_a_first_name_given_alone_after_a_kinship_title_is_a_person():
    text = ("Greta Vinter runs a bakery.\n\nIngrid Sallas visited in April.\n\n"
            "Greta’s daughter, Lina, commutes to a hospital in Brask. “I leave at five,” she said.\n")
    assert speaker_of(text, "leave at five") == "Lina"


READOUT = ("On 14 April, the Minister of Foreign Affairs of the Republic of Ostrelia Henrik Vass held talks with the Minister "
           "of Foreign Affairs of the Republic of Lisvania Agata Morel, who is in Ostrelia on an official visit.\n\n")


def test_a_readouts_bare_minister_is_the_host_not_the_visitor():
    text = READOUT + "The Minister stressed that Ostrelia “values the long tradition of good relations”.\n"
    assert speaker_of(text, "values the long") == "Henrik Vass"


def test_a_ministry_named_in_full_speaks_as_the_ministry_not_its_country():
    text = READOUT + "The Ministry of Foreign Affairs of the Republic of Ostrelia expressed the hope that the visit “will give a new impetus”.\n"
    assert speaker_of(text, "new impetus") == "Ministry of Foreign Affairs of the Republic of Ostrelia"


def test_a_body_then_a_colon_introduces_its_quote():
    text = NEWS + "The Ostrelian environment ministry, in a written statement: “The agreement protects the river's minimum flow.”\n"
    assert speaker_of(text, "minimum flow") == "Ostrelian environment ministry"


def test_a_comma_after_a_documents_issuer_ends_it():
    text = (NEWS + "According to a statement from the Marovian defence ministry, Marovian forces were placed on alert "
            "“as a precaution”.\n")
    assert speaker_of(text, "as a precaution") == "Marovian defence ministry"
