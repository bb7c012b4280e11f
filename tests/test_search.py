"""statements.search pieces that pages rely on: escape-safe highlighting and keyset cursors."""
from __future__ import annotations

import datetime as dt

import pytest
from django.template import Context, Template

from statements.forms import Cursor
from statements.querysets import MARK_END as E
from statements.querysets import MARK_START as S
from statements.search import highlight_segments, speaker_lookup_text


def render(segments) -> str:
    template = Template("{% for text, hit in s %}{% if hit %}<mark>{{ text }}</mark>{% else %}{{ text }}{% endif %}{% endfor %}")
    return template.render(Context({"s": segments}))


def test_it_turns_a_headline_into_marked_segments():
    text = "Sanctions & <b>tariffs</b>"
    segments = highlight_segments(text, f"{S}Sanctions{E} & <b>{S}tariffs{E}</b>")
    assert segments == [("Sanctions", True), (" & <b>", False), ("tariffs", True), ("</b>", False)]
    assert render(segments) == "<mark>Sanctions</mark> &amp; &lt;b&gt;<mark>tariffs</mark>&lt;/b&gt;"


@pytest.mark.parametrize("text, headline", [
    ("plain words", None),
    ("plain words", "different words"),        # a headline that is not the text
    ("plain words", f"{S}plain words"),         # an unclosed marker
    (f"odd {S} text", f"odd {S} text"),          # markers in the stored text itself
])
def test_it_drops_highlighting_rather_than_text_when_in_doubt(text, headline):
    assert highlight_segments(text, headline) == [(text, False)]


def test_it_strips_search_operators_before_looking_up_names():
    assert speaker_lookup_text('"Lavrow" OR -sanctions') == "Lavrow sanctions"


@pytest.mark.parametrize("cursor", [Cursor(dt.date(2024, 3, 16), 12), Cursor(None, 7)])
def test_it_round_trips_keyset_cursors(cursor):
    assert Cursor.parse(str(cursor)) == cursor


@pytest.mark.parametrize("raw", ["", "12", "2024-03-16", "2024-13-01,1", "x,1", "2024-03-16,-1", "2024-03-16,١٢"])
def test_it_rejects_damaged_cursors(raw):
    with pytest.raises(ValueError):
        Cursor.parse(raw)
