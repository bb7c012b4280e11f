"""Round 21: rolling stories, newsletters, block-quoted statements, dialogue dashes and council records (invented text)."""
from tests.extraction_helpers import extract, quotes, speaker_of


def test_a_date_line_with_an_hour_without_minutes_dates_the_record():
    text = (
        "Harbour Board\n\n"
        "Tuesday, 9 October 2029, 3 p.m.\n\n"
        "Minister Per Lindqvist opened the meeting. \"The harbour must stay open all winter,\" he said.\n"
    )
    assert str(extract(text).articles[0].published) == "2029-10-09"


_RECORD = (
    "General Assembly\n\n"
    "Plenary meeting, 3 October 2029\n\n"
    "The Acting President: I give the floor to the representative of Ostrelia.\n\n"
    "Mrs. Halvard-Ekdal (Ostrelia): Ostrelia asks the Assembly to renew the mandate of the water commission for three years.\n\n"
    "The Acting President: I now give the floor to the representative of Kessany.\n\n"
    "Mr. Brandvold (Kessany): Kessany supports the renewal, provided the commission reports every year.\n"
)


def test_who_gives_the_floor_presides_and_the_delegates_speak():
    assert speaker_of(_RECORD, "Ostrelia asks the Assembly") == "Halvard-Ekdal"
    assert speaker_of(_RECORD, "Kessany supports the renewal") == "Brandvold"
    assert not any("give the floor" in text for text, _ in quotes(_RECORD))


def test_a_block_of_lines_opened_by_a_chevron_is_a_quote():
    text = (
        "Port to reopen\n\n"
        "Minister Per Lindqvist wrote to the harbour workers on Monday:\n\n"
        "> The port will reopen on the first of May.\n"
        "> Nobody will lose a job because of the closure.\n"
    )
    assert speaker_of(text, "Nobody will lose a job") == "Per Lindqvist"


def test_paragraphs_of_dialogue_opened_by_dashes_are_quotes():
    text = (
        "Minister walks out\n\n"
        "Minister Per Lindqvist left the hall before the vote and stopped briefly at the door.\n\n"
        "— The vote is a farce and everyone in this room knows it, Lindqvist said.\n\n"
        "— We will be back when the rules are fair, he added.\n"
    )
    found = dict(quotes(text))
    assert found.get("The vote is a farce and everyone in this room knows it") == "Per Lindqvist"
    assert found.get("We will be back when the rules are fair") == "Per Lindqvist"


def test_a_lone_dash_paragraph_is_no_dialogue():
    text = (
        "Minister walks out\n\n"
        "Minister Per Lindqvist left the hall before the vote.\n\n"
        "— Reporting by Anna Berg, editing by Tom Lie.\n"
    )
    assert quotes(text) == []


def test_who_issued_the_following_statement_speaks_it_not_the_person_it_is_about():
    text = (
        "Trader detained\n\n"
        "The Kessany foreign ministry issued the following statement about the arrest of the trader Jonas Berg:\n\n"
        "“We are in contact with the family and expect full consular access within the week.”\n"
    )
    assert speaker_of(text, "We are in contact with the family") != "Jonas Berg"


def test_a_clause_asking_about_a_country_does_not_make_it_the_speaker():
    text = (
        "Talks stall\n\n"
        "Ambassador Lea Tormod said the talks had stalled. \"We are waiting,\" she said.\n\n"
        "Asked whether Kessany would make a new offer, she smiled.\n\n"
        "\"Kessany makes offers when it is ready, not when it is asked.\"\n"
    )
    assert speaker_of(text, "Kessany makes offers when it is ready") == "Lea Tormod"


_DIGEST = (
    "Subject: Harbour Notes -- Friday, 7 September 2029\n\n"
    "HARBOUR NOTES\n\n"
    "==========\n\n"
    "1) FERRY LINK REOPENS\n"
    "The ferry link between Ostvik and Tarn reopens next week after repairs to the pier.\n"
    "\"We have waited long enough,\" Minister Per Lindqvist said on Thursday.\n\n"
    "----------\n\n"
    "You are receiving this e-mail because you signed up at harbournotes.example, and we thank you.\n\n"
    "Unsubscribe | Manage your subscription\n"
)


def test_a_masthead_over_a_rule_dates_the_digest_below_it():
    assert str(extract(_DIGEST).articles[0].published) == "2029-09-07"


def test_a_newsletter_footer_is_no_story():
    assert len(extract(_DIGEST).articles) == 1
