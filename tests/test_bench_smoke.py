"""The benchmarks still run: each on a tiny corpus, timings ignored (bench/README.md has the figures)."""
from __future__ import annotations

import io
import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench import bench_ingest, corpus
from bench.load import mix as load_mix
from statements.ingest import ingest_paths
from tests.builders import make_actor, make_quote, make_topic
from tests.conftest import REPO

DATASETTE = REPO / "bench" / ".venv-datasette" / "bin" / "datasette"


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for _ in corpus.generate(40, seed=1, out_dir=folder):
        pass
    return folder


def test_it_ingests_a_tiny_corpus_into_a_throwaway_database_with_two_workers(tiny_corpus, capsys):
    db = "archive_bench_smoke"
    try:
        result = bench_ingest.run_once(tiny_corpus, 2, db)
    finally:
        with bench_ingest.admin_connect() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
    assert result.files == 40
    assert result.documents == 40 and result.failures == 0
    assert result.articles > 40 and result.quotes > 200
    assert result.peak_rss_mb > 0 and result.processes >= 2  # the command and its workers
    assert "RESULT ingest" in result.line()


@pytest.mark.django_db
def test_it_exports_quotes_to_sqlite_with_a_working_full_text_index(tmp_path):
    lavrov = make_actor("Sergei Lavrov")
    topic = make_topic("Sanctions and economy")
    make_quote("The sanctions will not change our course", speaker=lavrov, topics=(topic,))
    make_quote("We are ready for talks on the river border", speaker=lavrov)
    make_quote("Hidden words about sanctions", speaker=lavrov, state="hidden")
    path = tmp_path / "archive.sqlite"
    out = io.StringIO()
    call_command("export_sqlite", str(path), stdout=out)
    assert "2 quotes" in out.getvalue()
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM quotes").fetchone() == (2,)
    # porter stemming: "sanction" finds "sanctions"; the speaker's name is searchable too
    hits = db.execute("SELECT q.text FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
                      "WHERE quotes_fts MATCH 'sanction'").fetchall()
    assert hits == [("The sanctions will not change our course",)]
    assert db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'lavrov'").fetchone() == (2,)
    assert db.execute("SELECT count(*) FROM quote_topics").fetchone() == (1,)
    assert not (tmp_path / "archive.sqlite.partial").exists()


@pytest.fixture
def mix(tiny_corpus) -> dict:
    """The mix chosen from the tiny corpus, ingested into the test database (tests using it mark django_db)."""
    ingest_paths([tiny_corpus])
    return load_mix.build("archive")


@pytest.mark.page_cache
@pytest.mark.django_db
def test_every_url_of_the_load_mix_answers_200_in_at_most_five_queries(client, mix):
    groups = {g["name"]: g for g in mix["groups"]}
    assert {"search_rare", "search_very_common", "search_phrase", "search_or", "speaker_filter", "topic_filter",
            "date_range", "deep_page", "quote_page", "speaker_page"} <= set(groups)
    urls = [(g["name"], url) for g in mix["groups"] for url in g["archive"]]
    assert len(urls) >= 20
    for name, url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (name, url)
        assert len(queries) <= 5, (name, url, [q["sql"][:120] for q in queries])
    for g in mix["groups"]:
        assert len(g["archive"]) == len(g["datasette"]), g["name"]


@pytest.mark.django_db
def test_the_datasette_side_of_the_mix_answers_200(mix, tmp_path):
    if not DATASETTE.exists():
        pytest.skip("Datasette is not installed (bench/run_load.sh installs it into bench/.venv-datasette)")
    path = tmp_path / "archive.sqlite"
    call_command("export_sqlite", str(path), stdout=io.StringIO())
    port = _free_port()
    proc = subprocess.Popen([str(DATASETTE), "serve", "--immutable", str(path), "-h", "127.0.0.1", "-p", str(port),
                             "--setting", "default_page_size", "20"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import urllib.request

        base = f"http://127.0.0.1:{port}"
        _wait(base + "/-/versions.json")
        for g in mix["groups"]:
            for url in g["datasette"]:
                with urllib.request.urlopen(base + url, timeout=30) as response:
                    assert response.status == 200, url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_wrk_script_reports_percentiles(tmp_path):
    if not shutil.which("wrk"):
        pytest.skip("wrk is not installed (apt-get install wrk)")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    paths = tmp_path / "paths.txt"
    paths.write_text("/a.txt\n/b.txt\n")

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        out = subprocess.run(["wrk", "-t1", "-c2", "-d1s", "-s", str(REPO / "bench" / "load" / "mix.lua"), base,
                              "--", str(paths)], capture_output=True, text=True, timeout=30, check=True).stdout
    finally:
        server.shutdown()
    result = json.loads(out.strip().splitlines()[-1])
    assert result["requests"] > 0 and result["errors"]["status"] == 0
    assert 0 < result["p50_ms"] <= result["p95_ms"] <= result["p99_ms"]


def test_the_warm_start_script_times_a_separate_server(tmp_path):
    datadir = tmp_path / "pg"
    try:
        out = subprocess.run([sys.executable, str(REPO / "bench" / "warm_start.py"), "--datadir", str(datadir),
                              "--repeat", "1"], cwd=REPO, capture_output=True, text=True, timeout=120)
    finally:
        from archive import pgserver

        pgserver.stop(datadir)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "RESULT warm_start" in out.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, seconds: float = 20) -> None:
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")
