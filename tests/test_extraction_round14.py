"""Round 14: agency items, summaries of meetings and web pages (invented text)."""
import datetime as dt

import pytest

from tests.extraction_helpers import extract, quotes, speaker_of


@pytest.mark.parametrize("line", [
    "March 2, 2027 9:40 AM UTC Updated 3 hours ago",
    "2 March 2027 09:40 GMT · Updated an hour ago",
])
def test_a_date_line_ending_in_a_note_of_the_last_update_gives_the_date(line):
    text = (
        "Harbour dues cut\n\n"
        f"{line}\n\n"
        "“Ships will pay less from April,” Port Director Elin Sander said.\n"
    )
    assert extract(text).articles[0].published == dt.date(2027, 3, 2)


@pytest.mark.parametrize("aside", [
    "in a note to the embassy",
    "in its weekly bulletin",
    "at a briefing in Orsk",
    "on Thursday",
    "by telephone",
])
def test_where_or_how_a_subject_spoke_set_off_by_commas_does_not_hide_the_subject(aside):
    text = (
        "Rail link row\n\n"
        f"The Tarnian Transport Ministry, {aside}, said the blame “rests with the contractor alone.”\n"
    )
    assert speaker_of(text, "rests with the contractor") == "Tarnian Transport Ministry"


def test_a_name_in_capitals_before_its_title_is_a_speaker():
    text = (
        "Assembly hears calls for debt relief\n\n"
        "MARISOL QUINTERO ABAD, Minister for Foreign Affairs of Costa Brava, said that her country "
        "could not wait. “Our debt costs more than our schools,” she said.\n\n"
        "Speaking on behalf of the Coastal Group, HENDRIK DE WITT, Prime Minister of Vaarland, said the group "
        "was united. “We speak with one voice today,” he said.\n"
    )
    assert speaker_of(text, "more than our schools") == "Marisol Quintero Abad"
    assert speaker_of(text, "one voice") == "Hendrik de Witt"


def test_a_delegate_in_capitals_with_the_country_in_brackets_is_a_speaker():
    text = (
        "Assembly debates the law of the sea\n\n"
        "ODILE MARCHETTI (Verania) said that her delegation welcomed the draft. "
        "“The sea belongs to all of us,” she said.\n\n"
        "PORT ANSELM (Wire) - The debate continued into the evening.\n"
    )
    assert speaker_of(text, "belongs to all of us") == "Odile Marchetti"


def test_capitals_before_a_date_stay_a_dateline():
    text = (
        "Grain prices fall\n\n"
        "PORT MERRIN, May 4 (Wire) - Grain prices fell on Monday, trader Olav Brenn said.\n\n"
        "“The harvest is good everywhere,” Brenn said.\n"
    )
    assert speaker_of(text, "harvest is good") == "Olav Brenn"
    assert "Port Merrin" not in {s for _, s in quotes(text)}


def test_a_quote_in_the_lead_for_no_one_in_particular_is_the_speaker_who_says_it_later():
    text = (
        "Ministers meet on water\n\n"
        "Ministers met today to discuss a treaty that, as one delegate put it, “has been ten years in the making”.\n\n"
        "Agnes Holm, Minister of Water of Sarnia, said the treaty “has been ten years in the making”.\n"
    )
    assert [s for t, s in quotes(text) if "ten years" in t] == ["Agnes Holm", "Agnes Holm"]


def test_a_short_phrase_in_the_lead_keeps_its_vague_source():
    text = (
        "Ministers meet on water\n\n"
        "One delegate called the draft “a good start”.\n\n"
        "Agnes Holm, Minister of Water of Sarnia, said the draft was “a good start”.\n"
    )
    assert [s for t, s in quotes(text) if "good start" in t][1] == "Agnes Holm"
    assert [s for t, s in quotes(text) if "good start" in t][0] != "Agnes Holm"
