"""The project stands up: settings from the environment, embedded database, health check, search vector."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings

from archive import pgserver
from tests.builders import make_actor, make_article, make_quote
from tests.conftest import REPO

pytestmark = pytest.mark.django_db


def _run_settings(env: dict[str, str]) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS")}
    full.update(env)
    code = "import django; django.setup(); print('ok')"
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env={**full, "DJANGO_SETTINGS_MODULE": "archive.settings"},
                          capture_output=True, text=True, timeout=60)


def test_the_wsgi_app_comes_up_warm_before_the_workers_fork():
    # gunicorn imports archive.wsgi once in its master (preload_app); what is
    # compiled there is shared by every worker it forks
    full = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS")}
    code = ("import gc, archive.wsgi; from django.template import engines; "
            "loader = engines['django'].engine.template_loaders[0]; "
            "print(sorted(name for name in loader.get_template_cache)); print('frozen', gc.get_freeze_count())")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60,
                            env={**full, "DEBUG": "false", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "archive.example"})
    assert result.returncode == 0, result.stderr[-2000:]
    compiled = result.stdout
    for name in ("base.html", "statements/quote_list.html", "includes/results.html", "includes/search_form.html"):
        assert f"'{name}'" in compiled
    # and kept out of the collector's full passes (they caused the slowest 1 % of requests)
    assert int(compiled.split("frozen ")[1]) > 10_000


def test_it_refuses_production_without_a_secret_key():
    result = _run_settings({"DEBUG": "false", "ALLOWED_HOSTS": "archive.example"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_it_refuses_production_without_allowed_hosts():
    result = _run_settings({"DEBUG": "false", "SECRET_KEY": "x" * 50})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_it_says_what_is_wrong_with_a_bad_boolean():
    result = _run_settings({"DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_it_rejects_a_database_url_that_is_not_postgresql():
    result = _run_settings({"DATABASE_URL": "sqlite:///tmp/x.db"})
    assert result.returncode != 0
    assert "DATABASE_URL must be a PostgreSQL URL" in result.stderr


def test_it_reports_healthy_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_it_finds_quotes_by_stemmed_words_and_by_speaker_name():
    lavrov = make_actor("Anna Berrow")
    quote = make_quote("The sanctions were imposed without reason", speaker=lavrov)
    from statements.models import Quote

    assert list(Quote.objects.search("sanction")) == [quote]
    assert list(Quote.objects.search("Berrow imposing")) == [quote]
    assert list(Quote.objects.search("tariffs")) == []


def test_it_ignores_accents_in_search():
    quote = make_quote("Talks with Zelenskýy continue", speaker=make_actor("Ola Brin"))
    from statements.models import Quote

    assert list(Quote.objects.search("zelenskyy")) == [quote]


def test_it_updates_the_search_words_when_an_actor_is_renamed():
    actor = make_actor("Anna Berow")
    quote = make_quote("We will talk", speaker=actor)
    actor.name = "Anna Berrow"
    actor.save()
    from statements.models import Quote

    assert list(Quote.objects.search("Berrow")) == [quote]


def test_it_copies_the_article_date_to_its_quotes_when_corrected():
    import datetime as dt

    article = make_article("“We will talk,” Berrow said.", published=None)
    quote = make_quote("We will talk", article=article)
    assert quote.published is None
    article.published = dt.date(2023, 5, 1)
    article.save()
    quote.refresh_from_db()
    assert quote.published == dt.date(2023, 5, 1)
    assert article.date_precision == "day"


@pytest.mark.skipif(bool(settings.DATABASE_URL), reason="runs on DATABASE_URL, not the embedded server")
def test_it_runs_the_embedded_server_with_the_projects_settings():
    info = pgserver.read_running(Path(settings.EMBEDDED_DB_DIR))
    assert info is not None
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_bytes(current_setting('shared_buffers')), current_setting('work_mem'),"
                       " current_setting('max_parallel_workers_per_gather')")
        shared, work_mem, parallel = cursor.fetchone()
    assert shared == int(pgserver.tuning()["shared_buffers"].removesuffix("MB")) * 1024 * 1024
    assert work_mem == "32MB"
    assert parallel == "0"


def test_it_keeps_the_embedded_server_running_after_a_command_exits():
    # Under .data/ rather than pytest's tmp_path: pytest prunes old tmp
    # folders, which would pull the data folder from under a running server.
    (REPO / ".data").mkdir(exist_ok=True)
    datadir = Path(tempfile.mkdtemp(prefix="pg-test-", dir=REPO / ".data"))
    code = (
        "import sys; from pathlib import Path; from archive import pgserver; "
        f"i = pgserver.ensure_running(Path({str(datadir)!r})); print(i.pid)"
    )
    first = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    try:
        # the process that started it has exited; the server must still be up
        info = pgserver.read_running(datadir)
        assert info is not None and info.pid == int(first.stdout.split()[-1])
        second = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
        assert int(second.stdout.split()[-1]) == info.pid
    finally:
        assert pgserver.stop(datadir)
        assert pgserver.read_running(datadir) is None
        shutil.rmtree(datadir, ignore_errors=True)


def test_it_explains_a_data_folder_it_cannot_use(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(pgserver.EmbeddedDatabaseError) as excinfo:
        pgserver.ensure_running(blocker / "pg")
    assert "EMBEDDED_DB_DIR" in str(excinfo.value) or "DATABASE_URL" in str(excinfo.value)


def test_it_clears_a_stale_lock_left_by_a_killed_server(tmp_path):
    datadir = tmp_path / "pg"
    datadir.mkdir()
    (datadir / "postmaster.pid").write_text("999999\n")
    pgserver._clear_stale_pidfile(datadir)
    assert not (datadir / "postmaster.pid").exists()
