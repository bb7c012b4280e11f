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


def test_a_bullet_naming_the_speaker_in_capitals_before_a_colon():
    text = (
        "FACTBOX-What they said at the harbour talks\n\n"
        "ON THE TOLLS:\n\n"
        "* MERLAND TRANSPORT MINISTER OLGA VESTIN: \"The tolls will fall by a third next year, and we will publish every fee.\"\n\n"
        "* HARBOUR AUTHORITY DEPUTY CHAIR JAN VAN DER POEL-ASK: \"Nobody has asked the pilots what they think of it yet.\"\n"
    )
    assert speaker_of(text, "tolls will fall") == "Olga Vestin"
    assert speaker_of(text, "asked the pilots") == "Jan van der Poel-Ask"


def test_the_last_word_of_a_portfolio_after_and_is_not_a_person():
    text = (
        "Envoy summoned\n\n"
        "The Minister of Trade and Regional Integration, Hon. Amara Selby, today received the ambassador of Merland.\n\n"
        "During the meeting, the Minister stated: \"Our ports stay open to every ship that pays its dues.\"\n"
    )
    assert speaker_of(text, "ports stay open") == "Amara Selby"


def test_each_post_under_an_account_line_is_the_account_s_statement():
    text = (
        "The ferry row, as it unfolded online\n\n"
        "Posts are reproduced as published.\n\n"
        "21:05 | Merland Transport Ministry (Telegram)\n\n"
        "The ferry to Ostholm is suspended until further notice. Passengers will be refunded.\n\n"
        "21:40 | Ostholm harbour master Greta Lind (X)\n\n"
        "Nobody told us. The ministry says the ferry \"is suspended until further notice\". Since when?\n\n"
        "Service resumed the next morning, officials said.\n"
    )
    found = quotes(text)
    assert ("The ferry to Ostholm is suspended until further notice. Passengers will be refunded",
            "Merland Transport Ministry") in found
    assert speaker_of(text, "Nobody told us") == "Greta Lind"
    assert all("Service resumed" not in t for t, _ in found)


def test_one_platform_in_brackets_makes_no_post():
    text = (
        "Ferry suspended\n\n"
        "Merland Transport Ministry (Telegram)\n\n"
        "The ferry to Ostholm was suspended on Monday after a storm damaged the pier.\n"
    )
    assert quotes(text) == []
