"""/articles/<id>/: the article with every public quote marked and its speaker shown."""
from __future__ import annotations

import datetime as dt

import pytest

from statements.models import Quote
from tests.builders import make_actor, make_article, make_outlet, make_quote

pytestmark = pytest.mark.django_db

BODY = ("GENEVA — Talks & more talks.\n\n“We will <not> leave,” said Anna Berrow. “The door is open,” "
        "Pavel Ostrel replied.\n\nA line an editor hid: “Nothing to see.”")


@pytest.fixture
def article():
    article = make_article(BODY, published=dt.date(2024, 3, 16), outlet=make_outlet("Example Wire"), title="Geneva talks")
    berrow, ostrel = make_actor("Anna Berrow"), make_actor("Pavel Ostrel")
    make_quote("We will <not> leave", speaker=berrow, article=article)
    make_quote("The door is open", speaker=ostrel, article=article)
    make_quote("Nothing to see.", article=article, state=Quote.State.HIDDEN)
    return article


def test_it_marks_every_public_quote_and_names_its_speaker(client, article):
    response = client.get(f"/articles/{article.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="quote-mark"') == 2
    assert '>We will &lt;not&gt; leave</mark><a class="said-by"' in html
    assert "Anna Berrow<span" in html and "Pavel Ostrel<span" in html
    assert "GENEVA — Talks &amp; more talks." in html
    # the hidden quote stays plain text of the article, unmarked and unlisted
    assert "Nothing to see." in html
    assert html.count("Nothing to see.") == 1


def test_it_keeps_paragraphs(client, article):
    paragraphs = client.get(f"/articles/{article.pk}/").context["paragraphs"]
    assert len(paragraphs) == 3
    assert [p.text for p in paragraphs[1] if p.quote] == ["We will <not> leave", "The door is open"]


def test_it_survives_offsets_outside_the_body(client, article):
    quote = Quote.objects.get(text="The door is open")
    Quote.objects.filter(pk=quote.pk).update(start=len(BODY) + 5, end=len(BODY) + 50)
    assert client.get(f"/articles/{article.pk}/").status_code == 200


@pytest.mark.page_cache
def test_it_runs_two_queries_and_the_data_version(client, article, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        client.get(f"/articles/{article.pk}/")
