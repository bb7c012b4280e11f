"""An editor corrects a quote's speaker end to end, in a real browser.

Log in, tick the quote, choose "Reassign the speaker", pick the right actor
with the autocomplete, confirm, and see the correction on the public quote
page and in the admin history.
Screenshots land in artifacts/screenshots/admin-*.png.
"""
from __future__ import annotations

import os

import pytest
from django.db import connections

from tests.builders import make_actor, make_article, make_quote
from tests.personas import PASSWORD, make_editor

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# test makes are not concurrent with it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(15_000)
    yield page
    page.close()
    # Queries the test made while Playwright ran used connections only
    # visible from here (Django keeps them per context); close them, or the
    # test database cannot be dropped at the end of the run.
    connections.close_all()


def test_it_lets_an_editor_reassign_a_speaker_and_shows_the_correction(live_server, page, screenshot):
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
    screenshot(page, "admin-1-quote-list")
    page.click("button[name=index]")

    page.wait_for_selector("text=Reassign the speaker")
    page.click(".select2-selection")
    page.fill(".select2-search__field", "veldanian")
    page.click(".select2-results__option:has-text('Jon Kessler')")
    screenshot(page, "admin-2-reassign-form")
    page.click("input[name=apply]")

    page.wait_for_selector("text=1 quote(s) now attributed to Jon Kessler")
    screenshot(page, "admin-3-reassigned")
    quote.refresh_from_db()
    assert (quote.speaker, quote.state, quote.state_changed_by) == (kessler, "edited", editor)

    page.goto(f"{live_server.url}{quote.get_absolute_url()}")
    screenshot(page, "admin-4-public-quote")
    facts = page.inner_text(".facts")
    assert "Jon Kessler" in facts and "Ann Berrow" not in facts
    assert "Attribution corrected on" in facts

    page.goto(f"{live_server.url}/admin/statements/quote/{quote.pk}/history/")
    screenshot(page, "admin-5-history")
    history = page.inner_text("#change-history")
    assert "attribution corrected" in history and "edna" in history
    assert "Ann Berrow" in history and "Jon Kessler" in history

