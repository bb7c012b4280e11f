"""Whole-page cache for the public pages, invalidated exactly when the data changes.

The archive changes only on ingest and editors' edits, and every such write
bumps the sequence ``statements_data_version`` (statement-level triggers,
migration 0008).  A cached page is stored under that version and its full
URL, so a request costs one tiny query (``SELECT last_value``) when the page
is cached, and any write makes every cached page unreachable at once: no
stale page after an edit, no expiry to tune.

Only anonymous GETs are served from or stored in the cache: a request that
carries a session cookie (editors, staff) always gets a freshly rendered
page.  Nothing is stored that sets a cookie, touched the session or needs a
CSRF token, and only 200 responses are kept.

The cache is a folder of files (``ARCHIVE_PAGE_CACHE_DIR``, by default
``.data/page-cache``) shared by every gunicorn worker, so a page is rendered
once for all of them and survives a worker's restart.  Because several
databases can share that folder (a development and a benchmark database,
or one dropped and made again, whose sequence starts over), the key also
holds the server and database name from the settings and the object ids of
the database and of the sequence, which a recreated database does not keep.

``ARCHIVE_PAGE_CACHE=off`` turns it off (the "cold" benchmark figures).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, HttpResponse

CACHE_ALIAS = "pages"


def data_version() -> int:
    """The current data version; it grows with every write to the tables the public pages read."""
    return _data_stamp()[-1]


def _data_stamp() -> tuple[int, int, int]:
    """(database oid, sequence oid, data version), in one query: which data a page was rendered from."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT oid FROM pg_database WHERE datname = current_database()),"
            " 'statements_data_version'::regclass::oid, last_value FROM statements_data_version")
        return cursor.fetchone()


def _page_key(request: HttpRequest) -> str:
    db = connection.settings_dict
    # The page shows absolute links (permalinks, feeds), so the host and scheme are part of it.
    where = "\n".join(map(str, (db["HOST"], db["PORT"], db["NAME"], *_data_stamp(), request.build_absolute_uri())))
    return "page:" + hashlib.sha256(where.encode()).hexdigest()


def _cacheable_request(request: HttpRequest) -> bool:
    return (settings.ARCHIVE_PAGE_CACHE and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES)


def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    session = getattr(request, "session", None)
    return (response.status_code == 200 and not response.streaming and not response.cookies
            and not response.has_header("Vary")
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not (session is not None and (session.accessed or session.modified)))


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve the view's page from the page cache when the data has not changed since it was rendered."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not _cacheable_request(request):
            return view(request, *args, **kwargs)
        cache = caches[CACHE_ALIAS]
        key = _page_key(request)
        response = cache.get(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if _cacheable_response(request, response):
            cache.set(key, response)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapper
