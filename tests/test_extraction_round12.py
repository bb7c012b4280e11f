"""Round 12: official transcripts and briefings (invented text)."""
from statements.extraction.records import ArticleKind
from tests.extraction_helpers import extract, quotes, speaker_of

QUESTION_TIME = (
    "HOUSE OF ASSEMBLY OF KELVARO\n\n"
    "Questions to the Foreign Minister\n\n"
    "The Speaker: Order. I call the Member for Dunmore.\n\n"
    "Mr Aled Vorster-Imani (Dunmore): Mr Speaker, will the Minister tell the House when the embassy in Sarn will reopen?\n\n"
    "The Hon. Petra Lindahl-Osei (Minister for Foreign Affairs): Mr Speaker, the embassy will reopen on the first of June, "
    "once the new building has been inspected.\n\n"
    "Mr Aled Vorster-Imani: Will the staff who were withdrawn return to their posts?\n\n"
    "The Hon. Petra Lindahl-Osei: Mr Speaker, every one of them has asked to go back, and they will.\n\n"
    "Honourable members: Hear, hear!\n\n"
    "The Speaker: Order. Time for questions has expired.\n"
)


def test_at_question_time_the_minister_answers_and_the_members_ask():
    found = quotes(QUESTION_TIME)
    assert ("Mr Speaker, every one of them has asked to go back, and they will", "Petra Lindahl-Osei") in found
    assert not any("reopen?" in text or "return to their posts" in text for text, _ in found)


def test_the_chair_of_a_sitting_is_not_quoted():
    assert not any("Order" in text or "Member for Dunmore" in text for text, _ in quotes(QUESTION_TIME))


def test_a_chorus_of_members_is_not_quoted():
    assert not any("Hear, hear" in text for text, _ in quotes(QUESTION_TIME))


def test_a_sitting_with_a_chair_is_a_transcript():
    assert extract(QUESTION_TIME).articles[0].kind == ArticleKind.TRANSCRIPT


def test_hon_before_a_name_is_a_title_not_a_given_name():
    text = (
        "Minister defends embassy move\n\n"
        "“The building was no longer safe for our staff,” the Hon. Petra Lindahl-Osei told reporters on Monday.\n"
    )
    assert quotes(text) == [("The building was no longer safe for our staff", "Petra Lindahl-Osei")]


def test_a_reporter_named_with_an_outlet_in_brackets_is_asking():
    text = (
        "Press conference of the Minister of Trade\n\n"
        "Minister Sorensen-Abiodun: Good morning. We have signed the customs agreement with Velmark today.\n\n"
        "Hanna Brisk (Eastport Herald): Minister, when will the new tariffs apply?\n\n"
        "Minister Sorensen-Abiodun: From the first of March, for every good on the list.\n\n"
        "Tomas Ilves-Baptiste (Coastal Radio): Will farmers be compensated?\n\n"
        "Minister Sorensen-Abiodun: Yes, through the existing support fund.\n"
    )
    found = [t for t, _ in quotes(text)]
    assert not any("new tariffs apply" in t or "farmers be compensated" in t for t in found)
    assert any("From the first of March" in t for t in found)


def test_an_office_in_brackets_is_not_an_outlet():
    text = (
        "Questions to the Minister for Post\n\n"
        "The Speaker: I call the Member for Arnvik.\n\n"
        "Ms Ilse Moraga-Tull (Arnvik): Will the Minister keep the rural post offices open?\n\n"
        "Mr Kwame Solvik-Reyes (Minister for Post and Telecommunications): Every one of them will stay open this year.\n\n"
        "Ms Ilse Moraga-Tull: And next year?\n\n"
        "Mr Kwame Solvik-Reyes: That depends on the budget, which the House will vote on in March.\n"
    )
    assert ("Every one of them will stay open this year", "Kwame Solvik-Reyes") in quotes(text)


def test_a_named_person_quoted_inside_a_quote_is_the_speaker_via_the_quoter():
    text = (
        "Ministry of Trade\n\nPRESS RELEASE\n\n"
        "“When I met the growers in Vell, their chairman, Mr Osric Palanquin, told me: "
        "‘We want a fair price, not a handout.’ That is what we will deliver,” said Deputy Minister Ruta Okwelu-Marsh.\n"
    )
    doc = extract(text)
    inner = [q for a in doc.articles for q in a.quotes if q.text.startswith("We want a fair price")]
    assert len(inner) == 1
    assert inner[0].speaker.name == "Osric Palanquin"
    assert inner[0].via.name == "Ruta Okwelu-Marsh"


def test_words_in_quotes_inside_a_quote_without_a_speaker_stay_in_it():
    text = (
        "Minister rejects deadline\n\n"
        "“When they say ‘urgent talks’, they mean talks on their terms,” Foreign Minister Ruta Okwelu-Marsh said.\n"
    )
    assert quotes(text) == [("When they say ‘urgent talks’, they mean talks on their terms", "Ruta Okwelu-Marsh")]


def test_two_titled_names_joined_by_and_are_two_people_when_the_second_title_names_its_country():
    text = (
        "Joint press conference of Foreign Minister of Corvala Edda Ramirez-Holm and Foreign Minister of Tessin Yusuf Albrecht-Nwosu\n\n"
        "Minister Ramirez-Holm: We have agreed to reopen the consulates in both capitals.\n\n"
        "Question (Tessin Radio): Minister Albrecht-Nwosu, when will the consulates open?\n\n"
        "Minister Albrecht-Nwosu: Before the end of the summer.\n\n"
        "Question (Corvala Herald): Minister Ramirez-Holm, will visas be cheaper?\n\n"
        "Minister Ramirez-Holm: Yes, the fee will fall by half.\n"
    )
    speakers = {speaker for _, speaker in quotes(text)}
    assert speakers == {"Edda Ramirez-Holm", "Yusuf Albrecht-Nwosu"}


def test_a_minister_of_another_office_and_country_is_not_the_minister_named_before():
    text = (
        "Ministry of Foreign Affairs of Talvessa\n\nBriefing, 9 October 2025\n\n"
        "Spokesperson Oriana Velikaya-Strand: At the invitation of Foreign Minister Caspar Adeyemi-Lund, "
        "the Foreign Minister of Orsova, Mr Teodor Baranyk, will visit next week.\n\n"
        "Question (Daily Courier): The Orsovan defence minister said yesterday that Talvessa was "
        "“moving troops closer to the border”. Will the minister raise this?\n\n"
        "Oriana Velikaya-Strand: I have seen those remarks. The exercises were announced months in advance.\n\n"
        "Question (Talvessa Radio): Is a new agreement expected?\n\n"
        "Oriana Velikaya-Strand: Negotiations are continuing.\n"
    )
    assert not any(speaker in ("Caspar Adeyemi-Lund", "Teodor Baranyk") for _, speaker in quotes(text))


def test_the_town_a_speaker_comes_from_is_not_the_speaker():
    text = (
        "Crowds gather outside the talks\n\n"
        "One protester, a nurse from the border town of Velgrad, told reporters: \"We have waited long enough for peace.\"\n"
    )
    assert speaker_of(text, "waited long enough") != "Velgrad"


def test_a_live_label_over_the_page_time_stamp_is_the_headline():
    text = (
        "LIVE: Ferry strike enters its third day\n\n"
        "Last updated 09:40 GMT, 3 June 2026\n\n"
        "09:40 GMT — Talks to resume\n\n"
        "“We will sit down again at noon,” union leader Mira Castell-Oduya said.\n"
    )
    assert extract(text).articles[0].title == "LIVE: Ferry strike enters its third day"


PM_QUESTIONS = (
    "Oral Answers to Questions\n\nWednesday 4 March 2026\n\n"
    "Mr Speaker: Order. Questions to the Prime Minister.\n\n"
    "Helen Marchbank-Oyo (Eastfield) (Lab): Will the Prime Minister tell the House whether the embassy in Dorsk will stay open?\n\n"
    "The Prime Minister (Alasdair Venn-Kuti): The embassy will stay open. We will not abandon our citizens in Dorsk.\n\n"
    "Helen Marchbank-Oyo: Will he also guarantee consular help for students?\n\n"
    "The Prime Minister: Yes. Every student who needs help will get it.\n\n"
    "Mr Speaker: Order. That concludes questions.\n"
)


def test_an_office_as_the_label_is_the_holder_named_in_brackets():
    assert speaker_of(PM_QUESTIONS, "We will not abandon our citizens") == "Alasdair Venn-Kuti"
    assert speaker_of(PM_QUESTIONS, "Every student who needs help") == "Alasdair Venn-Kuti"


def test_an_office_label_may_join_its_words_with_for_and_of():
    text = (
        "Oral Answers\n\n4 March 2026\n\n"
        "Madam Speaker: Questions to the Minister for Foreign Affairs.\n\n"
        "Ms Rana Folau-Berg (Hillside): Will the Minister confirm that the treaty will be ratified this year?\n\n"
        "The Minister for Foreign Affairs (Mr Tevita Hollis-Nkosi): The treaty will be put before the House in October.\n\n"
        "Ms Rana Folau-Berg: And if it does not pass?\n\n"
        "Mr Tevita Hollis-Nkosi: Then we will keep talking to every member of this House until it does.\n"
    )
    assert quotes(text) == [
        ("The treaty will be put before the House in October", "Tevita Hollis-Nkosi"),
        ("Then we will keep talking to every member of this House until it does", "Tevita Hollis-Nkosi"),
    ]


def test_a_deputy_speaker_in_the_chair_makes_a_sitting_and_is_not_quoted():
    text = (
        "Oral Answers\n\n5 March 2026\n\n"
        "Madam Deputy Speaker: Order. Questions to the Foreign Secretary.\n\n"
        "Mr Ivo Brandt-Solis (Westmere): Will the Foreign Secretary recall our ambassador from Dorsk?\n\n"
        "Anneke Ruud-Mensah: No. Our ambassador is doing vital work and will stay at her post.\n\n"
        "Mr Ivo Brandt-Solis: Even if the crew are not released?\n\n"
        "Anneke Ruud-Mensah: I will not speculate about that today.\n\n"
        "Madam Deputy Speaker: Order. We must move on.\n"
    )
    found = quotes(text)
    assert ("No. Our ambassador is doing vital work and will stay at her post", "Anneke Ruud-Mensah") in found
    assert not any("Order" in text_ for text_, _ in found)


def test_a_capitalised_title_as_the_subject_is_the_pronoun_s_antecedent():
    text = (
        "Customs protocol signed\n\n"
        "Deputy Minister Nadia Ferreira-Olawale noted: “Our exporters have asked for this for ten years.”\n\n"
        "“The port authority is ready,” added the head of the port authority, Ms Greta Lindqvist-Amadi.\n\n"
        "The Deputy Minister also thanked the negotiators. “They worked through the night,” she said.\n"
    )
    assert speaker_of(text, "worked through the night") == "Nadia Ferreira-Olawale"


def test_a_bare_office_label_is_the_fuller_label_that_starts_with_it():
    text = (
        "Press briefing on the visit of Foreign Minister Teodor Baranyk\n\n9 October 2025\n\n"
        "Spokesperson Oriana Velikaya-Strand: Good afternoon. The minister arrives on Friday.\n\n"
        "Question: What will be discussed?\n\n"
        "Spokesperson: The river agreement and the summit.\n\n"
        "Question (Daily Courier): Will a treaty be signed?\n\n"
        "Spokesperson: I would not want to anticipate the outcome.\n"
    )
    assert speaker_of(text, "anticipate the outcome") == "Oriana Velikaya-Strand"


def test_a_chair_named_in_the_label_chairs_a_hearing():
    text = (
        "Committee on Foreign Affairs: hearing on the Dorsk embassy\n\n12 February 2026\n\n"
        "Chairman Olsen-Baird: The committee will come to order. Ambassador Ilse Marenko-Vale, welcome.\n\n"
        "Senator Paul Okri-Lindt: Ambassador, why was the embassy closed without notice?\n\n"
        "Ambassador Marenko-Vale: Senator, we closed it because we had credible information of a threat to our staff.\n\n"
        "Senator Paul Okri-Lindt: Who made the final decision?\n\n"
        "Ambassador Marenko-Vale: I did, after consulting the department.\n\n"
        "Chairman Olsen-Baird: Thank you. The hearing is adjourned.\n"
    )
    assert {speaker for _, speaker in quotes(text)} == {"Ilse Marenko-Vale"}
