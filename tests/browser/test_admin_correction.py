"""An editor corrects a quote's speaker end to end, in a real browser.

Log in, tick the quote, choose "Reassign the speaker", pick the right actor
with the autocomplete, confirm, and see the correction where readers (or, on
a branch without the public pages, the admin history) show it.
Screenshots land in artifacts/screenshots/admin-*.png.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.db import connections
from django.urls import NoReverseMatch, reverse

from statements.models import Quote
from tests.builders import make_actor, make_article, make_quote
from tests.personas import PASSWORD, make_editor

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# test makes are not concurrent with it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = Path(os.getenv("CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(__file__).resolve().parent.parent.parent / "artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def page():
    if not CHROMIUM.exists():
        reason = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.getenv("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(15_000)
        yield page
        browser.close()
        # Queries the test made while Playwright ran used connections only
        # visible from here (Django keeps them per context); close them, or
        # the test database cannot be dropped at the end of the run.
        connections.close_all()



def _public_quote_url(quote: Quote) -> str | None:
    try:
        return reverse("statements:quote", args=[quote.pk])
    except NoReverseMatch:  # the public pages are not on this branch yet
        return None


def test_it_lets_an_editor_reassign_a_speaker_and_shows_the_correction(live_server, page):
    editor = make_editor("edna")
    make_actor("Anna Berrow", role="Foreign Minister")
    kessler = make_actor("Jon Kessler", role="Envoy", aliases=("the Veldanian envoy",))
    article = make_article("Talks in Geneva.\n\n“The border is not negotiable,” the envoy said.", title="Geneva talks")
    quote = make_quote("The border is not negotiable", article=article, speaker=make_actor("Ann Berrow"))

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/statements/quote/")
    page.check(f"input[name=_selected_action][value='{quote.pk}']")
    page.select_option("select[name=action]", "reassign_speaker")
    page.screenshot(path=str(SHOTS / "admin-1-quote-list.png"), full_page=True)
    page.click("button[name=index]")

    page.wait_for_selector("text=Reassign the speaker")
    page.click(".select2-selection")
    page.fill(".select2-search__field", "veldanian")
    page.click(".select2-results__option:has-text('Jon Kessler')")
    page.screenshot(path=str(SHOTS / "admin-2-reassign-form.png"), full_page=True)
    page.click("input[name=apply]")

    page.wait_for_selector("text=1 quote(s) now attributed to Jon Kessler")
    page.screenshot(path=str(SHOTS / "admin-3-reassigned.png"), full_page=True)
    quote.refresh_from_db()
    assert (quote.speaker, quote.state, quote.state_changed_by) == (kessler, "edited", editor)

    public = _public_quote_url(quote)
    if public:
        page.goto(f"{live_server.url}{public}")
        page.screenshot(path=str(SHOTS / "admin-4-public-quote.png"), full_page=True)
        assert "Jon Kessler" in page.content()

    page.goto(f"{live_server.url}/admin/statements/quote/{quote.pk}/history/")
    page.screenshot(path=str(SHOTS / "admin-5-history.png"), full_page=True)
    history = page.inner_text("#change-history")
    assert "attribution corrected" in history and "edna" in history
    assert "Ann Berrow" in history and "Jon Kessler" in history

