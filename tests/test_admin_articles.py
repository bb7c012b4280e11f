"""Editors read an article with its quotes marked and add the quotes extraction missed."""
from __future__ import annotations

import pytest

from statements.models import Article, Quote
from tests.builders import make_actor, make_article, make_quote
from tests.personas import client_for

pytestmark = pytest.mark.django_db

BODY = (
    "Veldania and Ostrelia met in Geneva on Friday.\n\n"
    "“We will talk,” Foreign Minister Anna Berrow said.\n\n"
    "Her counterpart was blunter. The border, he said, was \"not up for\n"
    "discussion, now or ever\", and he left early."
)


@pytest.fixture
def client(editor):
    """In these files the test client is logged in as an editor."""
    return client_for(editor)


def _post(client, article: Article, **missing):
    """Submit the article page as it is shown, with the "add a missing quote" form filled in."""
    existing = list(article.quotes.order_by("start"))
    data = {
        "title": article.title, "published": article.published or "", "date_precision": article.date_precision,
        "url": article.url, "outlet": article.outlet_id or "", "kind": article.kind,
        "quotes-TOTAL_FORMS": len(existing), "quotes-INITIAL_FORMS": len(existing),
        "quotes-2-TOTAL_FORMS": 1, "quotes-2-INITIAL_FORMS": 0,
        "quotes-2-0-text": "", "quotes-2-0-speaker": "", "quotes-2-0-kind": "direct", "quotes-2-0-cue": "",
    }
    for i, quote in enumerate(existing):
        data.update({f"quotes-{i}-id": quote.pk, f"quotes-{i}-article": article.pk})
    data.update({f"quotes-2-0-{key}": value for key, value in missing.items()})
    return client.post(f"/admin/statements/article/{article.pk}/change/", data)


def test_it_shows_the_text_with_its_quotes_marked(client):
    article = make_article(BODY)
    make_quote("We will talk", article=article, speaker=make_actor("Anna Berrow"))
    page = client.get(f"/admin/statements/article/{article.pk}/change/").content.decode()
    assert '“<mark title="Anna Berrow" style="">We will talk</mark>,” Foreign Minister' in page
    assert "not up for\ndiscussion" in page
    assert "add a missing quote" in page.lower()


def test_it_adds_a_missing_quote_with_the_offsets_found(client, editor):
    article = make_article(BODY)
    make_quote("We will talk", article=article)
    kessler = make_actor("Jon Kessler")
    response = _post(client, article, text="not up for discussion, now or ever", speaker=kessler.pk, cue="said")
    assert response.status_code == 302, response.content.decode()[:3000]
    added = article.quotes.get(origin="editor")
    # the article's own characters, line break included, so offsets and text agree
    assert added.text == "not up for\ndiscussion, now or ever"
    assert BODY[added.start : added.end] == added.text
    assert (added.speaker, added.state, added.state_changed_by) == (kessler, "edited", editor)
    assert added.published == article.published
    assert Quote.objects.public().filter(pk=added.pk).exists()


def test_it_accepts_pasted_quotes_with_other_quotation_marks(client):
    article = make_article(BODY)
    response = _post(client, article, text="“not up for discussion, now or ever”")
    assert response.status_code == 302
    assert article.quotes.get().text == "not up for\ndiscussion, now or ever"


def test_it_says_so_when_the_text_does_not_occur_in_the_article(client):
    article = make_article(BODY)
    response = _post(client, article, text="We will never talk")
    assert response.status_code == 200
    assert "This text does not occur in the article" in response.content.decode()
    assert not article.quotes.exists()


def test_it_refuses_a_quote_the_article_already_has(client):
    article = make_article(BODY)
    make_quote("We will talk", article=article)
    response = _post(client, article, text="We will talk")
    assert "The article already has this quote" in response.content.decode()
    assert article.quotes.count() == 1


def test_it_saves_the_article_without_adding_a_quote_when_the_form_is_left_empty(client):
    article = make_article(BODY)
    response = _post(client, article)
    assert response.status_code == 302
    assert not article.quotes.exists()


def test_it_lets_an_editor_add_an_article_and_its_quote_at_once(client):
    response = client.post("/admin/statements/article/add/", {
        "title": "Press statement", "published": "2024-05-02", "date_precision": "day", "url": "",
        "outlet": "", "kind": "statement", "body": BODY,
        "quotes-TOTAL_FORMS": 0, "quotes-INITIAL_FORMS": 0,
        "quotes-2-TOTAL_FORMS": 1, "quotes-2-INITIAL_FORMS": 0,
        "quotes-2-0-text": "We will talk", "quotes-2-0-kind": "direct",
    })
    assert response.status_code == 302
    article = Article.objects.get(title="Press statement")
    assert article.quotes.get().origin == "editor"
