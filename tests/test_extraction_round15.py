"""Round 15: transcripts, roundups, bilingual pages, corrections and shotlists (invented text)."""
import datetime as dt

import pytest

from tests.extraction_helpers import extract, quotes, speaker_of


@pytest.mark.parametrize("line", [
    "2027/04/08 – 09h15",  # year first with strokes, a French time
    "RECORDED: APRIL 8, 2027",  # a video agency's header field
])
def test_more_date_lines_give_the_date(line):
    text = (
        "Bridge reopens\n\n"
        f"{line}\n\n"
        "“Traffic can flow again,” Roads Minister Aurel Pintea said.\n"
    )
    assert extract(text).articles[0].published == dt.date(2027, 4, 8)


def test_a_quote_signed_with_a_dash_on_the_next_line_is_the_signer_s():
    text = (
        "Remarks of the week\n\n"
        "“The harbour will be open by the summer.”\n"
        "— Port Minister Helga Varnes, at the launch of the new quay in Orstad\n\n"
        "“We have never seen prices like this.”\n"
        "— Tomasz Reller, a baker in the old town, after the bread price rose for the third time this month\n\n"
        "“Nobody asked us what we thought about the new quay before it was built.”\n\n"
        "- Fishermen's view\n"
    )
    assert speaker_of(text, "open by the summer") == "Helga Varnes"
    assert speaker_of(text, "never seen prices") == "Tomasz Reller"
    assert all("Fishermen" not in (s or "") for _, s in quotes(text))  # a subheading after a hyphen


def test_a_soundbite_line_in_capitals_names_the_speaker_of_the_quote_below():
    text = (
        "Dam talks open\n\n"
        "SHOTLIST:\n"
        "1. WIDE OF MEETING ROOM\n"
        "2. (SOUNDBITE) (Portuguese) LORVIAN WATER MINISTER, TEODORA SALGUEIRO, SAYING:\n"
        "\"The river belongs to both of our peoples, and so does the dam.\"\n"
    )
    assert speaker_of(text, "river belongs") == "Teodora Salgueiro"


def test_a_language_named_in_brackets_is_not_a_speaker():
    text = (
        "Dam talks open\n\n"
        "1. (SOUNDBITE) (English) Lorvian deputy minister, Oskar Veil, saying:\n"
        "\"We have listened, and we will come back with an answer.\"\n"
    )
    assert speaker_of(text, "we will come back") == "Oskar Veil"


def test_an_original_and_its_translation_in_brackets_below_are_the_same_speaker_s():
    text = (
        "Minister rejects ultimatum\n\n"
        "« Nous ne signerons rien sous la menace », a déclaré la ministre Odile Ravelonaina devant les députés.\n\n"
        "(\"We will sign nothing under threat,\" Foreign Minister Odile Ravelonaina told lawmakers.)\n\n"
        "Elle a ajouté : « La porte reste ouverte. »\n\n"
        "(She added: \"The door remains open.\")\n"
    )
    found = quotes(text)
    assert ("Nous ne signerons rien sous la menace", "Odile Ravelonaina") in found
    assert ("La porte reste ouverte", "Odile Ravelonaina") in found
    assert ("The door remains open", "Odile Ravelonaina") in found


def test_an_original_and_its_translation_inline_are_the_same_speaker_s():
    text = (
        "Envoy plays down row\n\n"
        "« Ce n'est qu'un malentendu » (\"It is only a misunderstanding\"), Ambassador Luc Fontenay told reporters.\n"
    )
    assert {s for _, s in quotes(text)} == {"Luc Fontenay"}
    assert "Ce n'est qu'un malentendu" in {t for t, _ in quotes(text)}


def test_a_note_of_the_room_in_brackets_is_not_part_of_an_answer():
    text = (
        "Panel on river trade\n\n"
        "Moderator: Ambassador, will the ferry run again?\n\n"
        "VELLAN: (Laughter.) You ask the hard question first. Yes, by the spring, if the dredging is done. [Applause]\n\n"
        "Moderator: And the tolls?\n\n"
        "VELLAN: They will stay where they are for another year.\n\n"
        "Moderator: Thank you.\n\n"
        "VELLAN: (laughs)\n"
    )
    answers = [t for t, s in quotes(text) if s == "Vellan"]
    assert answers[0] == "You ask the hard question first. Yes, by the spring, if the dredging is done"
    assert all(t for t in answers)


def test_a_correction_notice_makes_no_statement_of_its_own():
    text = (
        "Ferry service to resume\n\n"
        "“The ferry will sail again on Monday,” Transport Minister Lise Aamot said.\n\n"
        "Correction, June 3, 2026: An earlier version of this article quoted Deputy Minister Kai Brun as saying "
        "the ferry “will sail again on Monday.” That was said by Ms. Aamot. It also misquoted Ms. Aamot as calling "
        "the old timetable “a disgrace”; she called it “out of date.”\n"
    )
    assert quotes(text) == [("The ferry will sail again on Monday", "Lise Aamot")]


def test_a_soundbite_line_may_give_the_name_before_the_title():
    text = (
        "Dam talks open\n\n"
        "3. (SOUNDBITE) (English) OSKAR VEIL, LORVIAN DEPUTY WATER MINISTER, SAYING:\n"
        "\"We have listened, and we will come back with an answer.\"\n"
    )
    assert speaker_of(text, "we will come back") == "Oskar Veil"
