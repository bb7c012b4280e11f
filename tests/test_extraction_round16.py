"""Round 16: factboxes, podcast transcripts, posts, op-eds and numbered statements (invented text)."""
import datetime as dt

from tests.extraction_helpers import extract, quotes, speaker_of


def test_a_programme_s_length_after_the_date_makes_a_date_line():
    text = (
        "Harbour Hour, episode 12\n\n"
        "Released 9 April 2027 · 38 min\n\n"
        "“The ferry will run again,” Port Minister Ilse Braun said on Friday.\n"
    )
    assert extract(text).articles[0].published == dt.date(2027, 4, 9)


def test_a_date_line_among_the_heading_lines_keeps_the_title():
    text = (
        "Rail Talk — Episode 5\n\n"
        "Aired 3 May 2027\n\n"
        "Guest: Tomas Ruel, Transport Minister of Arland\n\n"
        "Producer notes\n\n"
        "Interviewer: Will the line open in June?\n\n"
        "RUEL: Yes. The tracks are laid and the trains are tested.\n\n"
        "Interviewer: And the fares?\n\n"
        "RUEL: They will be lower than the bus.\n"
    )
    assert extract(text).articles[0].title == "Rail Talk — Episode 5"


def test_timestamped_turns_and_a_clip_played_on_air():
    text = (
        "Morning Line — Episode 31: Merland and its neighbours\n\n"
        "Host: Ada Kerrigan\n"
        "Guest: Pavel Onsk, Deputy Foreign Minister of Merland\n\n"
        "[00:00:05] ADA KERRIGAN: Welcome to the programme. Minister, good morning.\n\n"
        "[00:00:09] PAVEL ONSK: Good morning. It is good to be back in the studio.\n\n"
        "[00:00:14] ADA KERRIGAN: Here is what your neighbour's premier said yesterday.\n\n"
        "[00:00:18] CLIP — SOLVAN PRIME MINISTER RITA HALM: Merland has had its chance. Now it is our turn.\n\n"
        "[00:00:25] ADA KERRIGAN: Has Merland had its chance?\n\n"
        "[00:00:28] PAVEL ONSK: (laughs) Rita likes to say that. We have had many chances, and we will have more.\n"
    )
    found = quotes(text)
    assert ("Merland has had its chance. Now it is our turn", "Rita Halm") in found
    assert ("Rita likes to say that. We have had many chances, and we will have more", "Pavel Onsk") in found
    assert all(s != "Ada Kerrigan" for _, s in found)  # the host named in the header asks
    assert all("[00:" not in t for t, _ in found)
