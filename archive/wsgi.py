"""WSGI entry point for gunicorn: ``gunicorn archive.wsgi``."""
import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
application = get_wsgi_application()


def _warm_up() -> None:
    """Load the URL patterns and views and compile the templates once, before gunicorn forks (preload_app).

    Otherwise each worker does it on its first page: 70-90 ms more for that
    request (measured with four workers), four times over, in the slowest
    percentile of every benchmark run and for the first visitors after a
    restart.  The templates are kept only by the cached loader (DEBUG off).
    """
    from pathlib import Path

    from django.conf import settings
    from django.template import engines
    from django.urls import resolve, reverse

    resolve(reverse("statements:quotes"))  # imports the urlconf and the views, fills the reverse map
    if settings.DEBUG:
        return
    for engine in engines.all():
        for folder in map(Path, getattr(engine, "dirs", ())):  # the project's own folder, not the apps'
            for path in sorted(folder.rglob("*.html")):
                engine.get_template(path.relative_to(folder).as_posix())


_warm_up()
# Everything loaded so far lives as long as the process: keep it out of the
# cyclic collector's full passes.  A full pass over it took 26 ms, paid by
# whichever request triggered it (a p99 spike); after the fork it would also
# touch, and so copy, every page the workers share with the master.
gc.freeze()
