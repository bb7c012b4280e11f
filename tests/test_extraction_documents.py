"""Statements, communiques and letters: quoted documents speak for their issuers."""
from tests.extraction_helpers import speaker_of


def test_a_joint_statement_by_named_governments_speaks_for_them():
    text = (
        "A joint statement by the governments of Norvia and Lisvania said the bridge would reopen "
        "“for all traffic, without tolls, from the first of May”.\n\n"
        "Foreign Minister Arne Holt was not in the capital on Thursday."
    )
    assert speaker_of(text, "without tolls") == "governments of Norvia and Lisvania"


def test_the_statement_later_refers_back_to_its_issuer_not_a_nearby_person():
    text = (
        "The two governments issued a joint statement on Thursday. The talks were led by Foreign Minister Arne Holt.\n\n"
        "“Both sides regret the damage done to trade across the strait,” the statement said."
    )
    assert speaker_of(text, "regret the damage") == "two governments"


def test_the_ministrys_statement_is_the_ministry_last_named():
    text = (
        "Ostrelia’s agriculture ministry issued a separate statement welcoming the deal. "
        "“Farmers will reach their markets again from the next harvest,” the ministry’s statement said."
    )
    assert speaker_of(text, "next harvest") == "Ostrelia’s agriculture ministry"


def test_a_letter_sent_by_an_organisation_is_the_organisations():
    text = (
        "A letter sent by the Alpine Commission to both capitals last month had warned that the closure was "
        "“no longer compatible with the free movement of goods”."
    )
    assert speaker_of(text, "free movement") == "Alpine Commission"


def test_it_after_a_quoted_communique_is_the_communique():
    text = (
        "Leaders of the seven member states ended the summit with a joint communique.\n\n"
        "“The states commit to a basin authority within a year,” the document read.\n\n"
        "It also called for “the full respect of the rights of minorities in border regions,” a nod to last year."
    )
    assert speaker_of(text, "rights of minorities") == "Leaders of the seven member states"
