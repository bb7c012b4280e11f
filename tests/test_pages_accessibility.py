"""Every public page: landmarks, a skip link, one h1, labelled controls, the stylesheet and no external assets."""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from tests.builders import make_actor, make_topic
from tests.pages_data import fresh_start, quote_on

pytestmark = pytest.mark.django_db


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.labels: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])

    def all(self, tag):
        return [a for t, a in self.tags if t == tag]


@pytest.fixture
def urls():
    fresh_start()
    berrow = make_actor("Anna Berrow")
    topic = make_topic("Sanctions and economy")
    quote = quote_on(dt.date(2024, 1, 1), "Sanctions stay", speaker=berrow, topics=(topic,))
    return ["/", "/quotes/", "/quotes/?q=sanctions", f"/quotes/{quote.pk}/", f"/articles/{quote.article_id}/",
            "/speakers/", "/speakers/anna-berrow/", "/topics/", "/topics/sanctions-and-economy/",
            "/compare/?topic=sanctions-and-economy&speaker=anna-berrow", "/quotes/?date_after=bad"]


def test_it_gives_every_page_landmarks_a_skip_link_and_labelled_controls(client, urls):
    for url in urls:
        html = client.get(url).content.decode()
        page = Page()
        page.feed(html)
        tags = [t for t, _ in page.tags]
        assert '<html lang="en">' in html, url
        for landmark in ("header", "nav", "main", "footer"):
            assert landmark in tags, (url, landmark)
        assert tags.count("h1") == 1, url
        assert re.search(r'<a class="skip-link" href="#main">', html), url
        assert any(a.get("id") == "main" for t, a in page.tags if t == "main"), url
        controls = [a for t, a in page.tags if t in ("input", "select", "textarea")
                    and a.get("type") not in ("hidden", "submit")]
        for control in controls:
            labelled = control.get("id") in page.labels or control.get("aria-label")
            assert labelled, (url, control)
        assert 'href="/static/css/archive.css"' in html, url
        for tag in ("script", "link", "img"):
            for attrs in page.all(tag):
                source = attrs.get("src") or attrs.get("href") or ""
                assert not source.startswith(("http:", "https:", "//")), (url, source)


def test_it_marks_the_current_section_in_the_navigation(client, urls):
    html = client.get("/speakers/").content.decode()
    assert '<a href="/speakers/" aria-current="page">Speakers</a>' in html


def test_it_serves_the_stylesheet_script_and_icon(client, settings):
    settings.DEBUG = True  # staticfiles serves in development; whitenoise in production
    from django.contrib.staticfiles import finders

    for path in ("css/archive.css", "js/archive.js", "favicon.svg"):
        assert finders.find(path), path
