"""Articles, paragraphs and boilerplate."""
from tests.extraction_helpers import extract


def test_it_rejoins_hard_wrapped_lines_but_keeps_paragraphs():
    text = (
        "The foreign minister of Veldania, Anna Berrow, said on Friday that her\n"
        "country would not accept any new conditions for the border talks with\n"
        "its neighbour.\n\n"
        "Talks are due to resume in Ostrava next month after a pause of almost\n"
        "a year, officials in both capitals said.\n"
    )
    body = extract(text).articles[0].body
    assert body.count("\n\n") == 1
    assert "that her country would" in body


def test_it_keeps_one_line_paragraphs_apart():
    text = "Berrow arrived in Ostrava on Monday.\nShe met the prime minister on Tuesday.\nThe talks ended on Wednesday.\n"
    assert extract(text).articles[0].body.count("\n\n") == 2


def test_it_splits_stories_at_source_link_footers_and_strips_section_suffix():
    text = (
        "Berrow warns of winter crisis | Veldania News\n\n"
        "Anna Berrow said on Monday that the country faced a hard winter ahead.\n\nSource link\n\n"
        "Kreel visits the northern ports | Economy News\n\n"
        "Tomas Kreel toured the northern ports on Tuesday and met dock workers there.\n\nSource link\n"
    )
    doc = extract(text)
    assert [a.title for a in doc.articles] == ["Berrow warns of winter crisis", "Kreel visits the northern ports"]


def test_it_drops_boilerplate_lines():
    text = (
        "Berrow warns of winter crisis\n\n"
        "Anna Berrow said on Monday that the country faced a hard winter ahead.\n\n"
        "Recommended Stories\n\nlist of 3 itemsend of list\n\n"
        "Related article: Kreel visits the northern ports\n\n"
        "https://example.org/2024/01/02/another-story\n\n"
        "Photo: Veldania Times\n\n"
        "The government has set aside funds for heating, officials said.\n\n"
        "read more in our Telegram-channel https://t.me/example\n"
    )
    body = extract(text).articles[0].body
    for junk in ("Recommended", "list of 3", "Related article", "https://", "Photo:", "Telegram"):
        assert junk not in body


def test_it_drops_a_tag_line_and_trailing_teaser_headlines():
    text = (
        "Berrow\n\n"
        "Berrow warns of winter crisis\n\n"
        "Anna Berrow said on Monday that the country faced a hard winter ahead.\n\n"
        "Ports reopen after the storm\n\nVeldania signs a new gas deal\n"
    )
    art = extract(text).articles[0]
    assert art.title == "Berrow warns of winter crisis"
    assert art.body == "Anna Berrow said on Monday that the country faced a hard winter ahead."


def test_it_drops_leading_teasers_that_recur_further_down():
    teaser = "Veldania signs a new gas deal with its eastern neighbours"
    text = (
        f"Ports reopen after the storm\n{teaser}\n"
        "Anna Berrow said on Monday that the country faced a hard winter ahead.\n"
        f"{teaser}\nAnother headline without a full stop\n"
    )
    art = extract(text).articles[0]
    assert art.title is None
    assert art.body == "Anna Berrow said on Monday that the country faced a hard winter ahead."


def test_it_drops_common_web_boilerplate():
    text = (
        "Berrow warns of winter crisis\n\n"
        "Anna Berrow said on Monday that the country faced a hard winter ahead.\n\n"
        "Advertisement\n\nShare this article\n\nSign up for our newsletter\n\nFollow us on Facebook\n\n"
        "Read more: Kreel visits the ports\n\nWatch: Berrow arrives in Ostrava\n\nListen: the daily briefing\n\n"
        "We use cookies to improve your experience. By continuing you accept our cookie policy.\n\n"
        "The government has set aside funds for heating, officials said.\n\n"
        "(Photo by Ivo Marnak/AFP)\n\nGetty Images\n\nClick here to subscribe\n\n"
        "© 2025 Ostrava Herald. All rights reserved.\n"
    )
    body = extract(text).articles[0].body
    for junk in ("Advertisement", "Share", "Sign up", "Follow us", "Read more", "Watch:", "Listen:", "cookies", "Photo by", "Getty", "Click here", "©"):
        assert junk not in body
    assert "set aside funds" in body


def test_it_takes_the_outlet_from_a_reuters_footer():
    text = (
        "Anna Berrow said on Monday that the country faced a hard winter ahead.\n\n"
        "Reporting by Ivo Marnak; Editing by Lina Osk\n"
    )
    art = extract(text).articles[0]
    assert "Reporting by" not in art.body and art.outlet == "Reuters"
