"""The public page cache: a cached page costs one query, and no edit ever leaves a stale page behind."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory

from statements import pagecache
from statements.models import Quote
from statements.pagecache import data_version
from tests.builders import make_actor
from tests.pages_data import fresh_start, quote_on
from tests.personas import client_for, make_editor

pytestmark = [pytest.mark.django_db, pytest.mark.page_cache]


@pytest.fixture(autouse=True)
def _fresh():
    fresh_start()


def test_it_serves_a_repeated_page_from_the_cache_in_one_query(client, django_assert_max_num_queries):
    quote_on(dt.date(2024, 1, 1), "Sanctions stay in place")
    first = client.get("/quotes/", {"q": "sanctions"})
    assert first["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(1):
        again = client.get("/quotes/", {"q": "sanctions"})
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert "Set-Cookie" not in again and "csrfmiddlewaretoken" not in again.content.decode()


@pytest.mark.parametrize("url", ["/", "/quotes/", "/speakers/", "/topics/"])
def test_it_caches_public_pages_without_cookies(client, url):
    quote_on(dt.date(2024, 1, 1), "Sanctions stay in place", speaker=make_actor("Anna Berrow"))
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert not response.cookies


def test_it_shows_a_quote_hidden_with_an_orm_update_at_once(client):
    quote = quote_on(dt.date(2024, 1, 1), "Sanctions stay in place")
    assert "Sanctions stay in place" in client.get("/quotes/").content.decode()
    Quote.objects.filter(pk=quote.pk).update(state=Quote.State.HIDDEN)
    response = client.get("/quotes/")
    assert response["X-Page-Cache"] == "miss"
    assert "Sanctions stay in place" not in response.content.decode()
    assert client.get(f"/quotes/{quote.pk}/").status_code == 404


def test_it_shows_bulk_inserted_quotes_at_once(client):
    first = quote_on(dt.date(2024, 1, 1), "Sanctions stay in place")
    assert "Sanctions were doubled" not in client.get("/quotes/").content.decode()
    Quote.objects.bulk_create([Quote(article=first.article, text="Sanctions were doubled", start=0, end=5,
                                     published=dt.date(2024, 2, 1), fingerprint="bulk")])
    assert "Sanctions were doubled" in client.get("/quotes/").content.decode()


def test_it_shows_a_quote_hidden_by_the_admin_action_at_once(client):
    quote = quote_on(dt.date(2024, 1, 1), "Sanctions stay in place")
    assert "stay in place" in client.get("/quotes/?q=sanctions").content.decode()  # "Sanctions" is marked
    editor = client_for(make_editor())
    response = editor.post("/admin/statements/quote/", {"action": "hide", "_selected_action": [quote.pk]})
    assert response.status_code in (200, 302)
    assert Quote.objects.get(pk=quote.pk).state == Quote.State.HIDDEN
    assert "stay in place" not in client.get("/quotes/?q=sanctions").content.decode()


def test_it_bumps_the_version_on_any_write_statement():
    before = data_version()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE statements_topic SET name = name WHERE false")
    assert data_version() > before


def test_it_never_serves_staff_a_cached_page(client):
    quote_on(dt.date(2024, 1, 1), "Sanctions stay in place")
    client.get("/quotes/")
    assert client.get("/quotes/")["X-Page-Cache"] == "hit"
    editor = client_for(make_editor())
    response = editor.get("/quotes/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response  # rendered for them, neither read from nor written to the cache
    assert response.context is not None


def test_it_keeps_the_cache_off_when_told(client, settings):
    settings.ARCHIVE_PAGE_CACHE = False
    quote_on(dt.date(2024, 1, 1), "Sanctions stay in place")
    client.get("/quotes/")
    assert "X-Page-Cache" not in client.get("/quotes/")


def test_it_does_not_cache_error_pages(client):
    client.get("/quotes/?page=abc")
    assert "X-Page-Cache" not in client.get("/quotes/?page=abc")


def test_it_shares_cached_pages_between_worker_processes(client):
    quote_on(dt.date(2024, 1, 1), "Sanctions stay in place")
    client.get("/quotes/")
    # another worker process opens the cache afresh: the page rendered here is there
    other_worker = caches.create_connection(pagecache.CACHE_ALIAS)
    cached = other_worker.get(pagecache._page_key(RequestFactory().get("/quotes/")))
    assert cached is not None and b"Sanctions stay in place" in cached.content


def test_it_never_serves_a_page_of_another_database_with_the_same_version(client, monkeypatch):
    quote_on(dt.date(2024, 1, 1), "Sanctions stay in place")
    client.get("/quotes/")
    assert client.get("/quotes/")["X-Page-Cache"] == "hit"
    database, sequence, version = pagecache._data_stamp()
    # the same sequence value in a database made again (new object ids)
    monkeypatch.setattr(pagecache, "_data_stamp", lambda: (database + 1, sequence + 1, version))
    assert client.get("/quotes/")["X-Page-Cache"] == "miss"
