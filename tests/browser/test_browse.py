"""A reader's path through the archive in a real browser, at desktop and phone widths.

Screenshots land in artifacts/screenshots/ for a person to look at.
"""
from __future__ import annotations

import datetime as dt
import os

import pytest

from statements.models import ActorAlias
from tests.builders import make_actor, make_article, make_outlet, make_quote, make_topic
from tests.pages_data import fresh_start

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# test makes are not concurrent with it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

# serialized_rollback puts the migrations' rows (the starter topics) back after the flush
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}


@pytest.fixture
def archive():
    fresh_start()
    wire = make_outlet("Example Wire", "wire.example")
    post = make_outlet("Marovia Post", "post.example")
    berrow = make_actor("Anna Berrow", role="Foreign Minister", affiliation="Veldania")
    ActorAlias.objects.create(actor=berrow, name="Anna Berrow")
    ostrel = make_actor("Pavel Ostrel", role="Spokesman", affiliation="Marovia")
    sanctions = make_topic("Sanctions and economy")
    nuclear = make_topic("Nuclear talks", keywords="nuclear")
    lines = [
        (berrow, "The sanctions will stay until the troops leave", sanctions, "said", 0.95, "verified"),
        (ostrel, "These sanctions are illegal & <b>pointless</b>", sanctions, "told reporters", 0.5, "machine"),
        (berrow, "We are ready to resume nuclear talks in Geneva", nuclear, "said", 0.9, "edited"),
        (ostrel, "Nuclear talks are a distraction from the sanctions", nuclear, "added", 0.8, "machine"),
    ]
    quotes = []
    for i in range(24):
        speaker, text, topic, cue, confidence, state = lines[i % 4]
        text = f"{text}, round {i + 1}"
        body = (f"MAROVIA CITY — Officials met again on day {i + 1}.\n\n“{text},” {speaker.name} {cue}.\n\n"
                "Talks are expected to continue next week.")
        article = make_article(body, published=dt.date(2023, 1, 10) + dt.timedelta(days=23 * i),
                               outlet=wire if i % 2 else post, title=f"Talks resume, day {i + 1}",
                               url=f"https://wire.example/story/{i + 1}")
        quotes.append(make_quote(text, speaker=speaker, article=article, topics=(topic,), cue=cue,
                                 confidence=confidence, state=state,
                                 state_changed_at=None if state == "machine" else dt.datetime(2024, 5, 3, tzinfo=dt.UTC)))
    return {"berrow": berrow, "ostrel": ostrel, "sanctions": sanctions, "quotes": quotes}


def _page(browser, viewport):
    context = browser.new_context(viewport=viewport)
    return context, context.new_page()


def test_it_searches_narrows_and_follows_a_quote_to_its_article_and_speaker(browser, live_server, archive, screenshot):
    context, page = _page(browser, DESKTOP)
    try:
        page.goto(live_server.url + "/")
        screenshot(page, "desktop-home")
        page.get_by_label("Search statements").fill("sanction")
        page.get_by_role("button", name="Search").click()
        page.wait_for_url("**/quotes/?q=sanction*")
        assert page.locator(".quote-card").count() == 18
        assert page.locator(".quote-card mark").first.inner_text().lower().startswith("sanction")
        # the ingested <b> is shown as text, not as markup
        assert "<b>pointless</b>" in page.locator(".quote-list").inner_text()
        screenshot(page, "desktop-search")

        page.locator(".facets").get_by_role("link", name="Pavel Ostrel").click()
        assert page.locator(".chips").get_by_text("Speaker: Pavel Ostrel", exact=True).is_visible()
        speakers = {t.strip() for t in page.locator(".quote-card .speaker").all_inner_texts()}
        assert speakers == {"Pavel Ostrel"}
        screenshot(page, "desktop-narrowed")

        page.locator(".quote-card").first.get_by_role("link", name="Statement page").click()
        assert page.locator(".quote-large").inner_text().startswith("“Nuclear talks") or \
            "sanctions" in page.locator(".quote-large").inner_text()
        assert page.get_by_label("Citation").input_value().startswith("Pavel Ostrel, quoted in")
        assert page.get_by_text("Low confidence").count() in (0, 1)
        screenshot(page, "desktop-quote")

        page.locator(".facts").get_by_role("link", name="Talks resume").click()
        assert page.locator(".article-body mark.quote-mark").count() == 1
        assert page.locator(".said-by").inner_text().startswith("Pavel Ostrel")
        screenshot(page, "desktop-article")

        page.locator(".said-by").click()
        page.locator(".facts").get_by_role("link", name="Pavel Ostrel").click()
        assert page.locator("h1").inner_text() == "Pavel Ostrel"
        assert page.locator(".timeline svg rect.bar").count() > 5
        screenshot(page, "desktop-speaker")

        page.goto(live_server.url + "/compare/?topic=sanctions-and-economy&speaker=anna-berrow&speaker=pavel-ostrel")
        assert page.locator(".compare-table thead th").count() == 3
        screenshot(page, "desktop-compare")
    finally:
        context.close()


def test_it_is_usable_at_a_phone_width(browser, live_server, archive, screenshot):
    context, page = _page(browser, PHONE)
    try:
        for name, path in [("home", "/"), ("search", "/quotes/?q=sanctions"),
                           ("quote", archive["quotes"][1].get_absolute_url()),
                           ("speaker", archive["berrow"].get_absolute_url()),
                           ("compare", "/compare/?topic=sanctions-and-economy&speaker=anna-berrow&speaker=pavel-ostrel")]:
            page.goto(live_server.url + path)
            # nothing forces sideways scrolling
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
            screenshot(page, f"phone-{name}")
    finally:
        context.close()


def test_it_can_be_used_with_the_keyboard_alone(browser, live_server, archive):
    context, page = _page(browser, DESKTOP)
    try:
        page.goto(live_server.url + "/quotes/")
        page.keyboard.press("Tab")
        skip = page.locator(":focus")
        assert skip.inner_text() == "Skip to main content"
        assert skip.is_visible()
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        # the first stop after skipping is inside main, and it shows a focus outline
        focused = page.locator(":focus")
        assert focused.evaluate("el => !!el.closest('main')")
        assert focused.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    finally:
        context.close()


CONTRAST_JS = """
() => {
  const parse = c => { const m = c.match(/[\\d.]+/g).map(Number); return m.length > 3 ? m : [...m, 1]; };
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c[3] > 0.5) return c;
    }
    return [255, 255, 255, 1];
  };
  const failures = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el.checkVisibility() || el.closest('.visually-hidden, svg, option')) continue;
    const style = getComputedStyle(el);
    const fg = lum(parse(style.color)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && +style.fontWeight >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(`${node.textContent.trim().slice(0, 30)}: ${ratio.toFixed(2)}`);
  }
  return failures;
}
"""


def test_it_keeps_text_contrast_at_wcag_aa(browser, live_server, archive):
    context, page = _page(browser, DESKTOP)
    try:
        for path in ["/", "/quotes/?q=sanctions&speaker=pavel-ostrel", archive["quotes"][1].get_absolute_url(),
                     archive["berrow"].get_absolute_url(), "/topics/",
                     "/compare/?topic=sanctions-and-economy&speaker=anna-berrow&speaker=pavel-ostrel"]:
            page.goto(live_server.url + path)
            assert page.evaluate(CONTRAST_JS) == [], path
    finally:
        context.close()
