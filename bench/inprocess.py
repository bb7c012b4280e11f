"""Time public pages in-process: Django's test client, DEBUG off, no HTTP server.

Each URL is requested a few times to warm up, then ``--repeat`` times; the
median and the fastest are printed with the number of SQL queries.  The
database is the one manage.py would use (e.g. ``EMBEDDED_DB_NAME=archive_bench``).

With ``--wsgi`` the requests go to the WSGI application gunicorn serves
(``archive.wsgi``, warmed up as in gunicorn's master) instead of the test
client, which adds its own work per request (signals, copies of each
template context); the median time spent inside the database calls is
printed too, so the rest is Python.

    .venv/bin/python bench/inprocess.py                        # the default URLs
    .venv/bin/python bench/inprocess.py /quotes/?q=sanctions --repeat 50
    ARCHIVE_PAGE_CACHE=off .venv/bin/python bench/inprocess.py --wsgi --repeat 30 /quotes/ /speakers/SLUG/
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

DEFAULT_URLS = [
    "/", "/quotes/", "/quotes/?q=sanctions", '/quotes/?q="keep talking"', "/quotes/?q=forces",
    "/quotes/?q=time", "/quotes/?topic=war-in-ukraine", "/speakers/", "/topics/",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", nargs="*", help="paths to request (default: a fixed set of public pages)")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per URL (default 20)")
    parser.add_argument("--warm", type=int, default=3, help="untimed requests per URL first (default 3)")
    parser.add_argument("--wsgi", action="store_true", help="call archive.wsgi's application, not the test client")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    os.environ.update(DEBUG="false", SECRET_KEY=os.environ.get("SECRET_KEY") or "inprocess-bench-" + "x" * 40,
                      ALLOWED_HOSTS="testserver")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    cache = getattr(settings, "ARCHIVE_PAGE_CACHE", None)
    print(f"load average {os.getloadavg()[0]:.2f}; page cache {cache}")
    if args.wsgi:
        for url in args.urls or DEFAULT_URLS:
            wsgi_timings(url, args.warm, args.repeat)
        return
    for url in args.urls or DEFAULT_URLS:
        for _ in range(args.warm):
            client.get(url)
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        print(f"{url:45} {response.status_code} median {statistics.median(times):7.1f} ms  "
              f"min {min(times):7.1f} ms  queries {len(captured.captured_queries)}")


def wsgi_timings(url: str, warm: int, repeat: int) -> None:
    """Median wall time of ``url`` through archive.wsgi, and of the time inside database calls."""
    from django.db import connection
    from django.test import RequestFactory

    from archive.wsgi import application

    environ = RequestFactory().get(url).environ
    status: list[str] = []

    def call() -> None:
        b"".join(application(dict(environ), lambda s, headers, exc_info=None: status.append(s)))

    database = 0.0

    def timed(execute, sql, params, many, context):
        nonlocal database
        t0 = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            database += time.perf_counter() - t0

    for _ in range(warm):
        call()
    walls, waits = [], []
    with connection.execute_wrapper(timed):
        for _ in range(repeat):
            database = 0.0
            t0 = time.perf_counter()
            call()
            walls.append((time.perf_counter() - t0) * 1000)
            waits.append(database * 1000)
    print(f"{url:45} {status[-1].split()[0]} median {statistics.median(walls):7.1f} ms  "
          f"in the database {statistics.median(waits):6.1f} ms")


if __name__ == "__main__":
    main()
