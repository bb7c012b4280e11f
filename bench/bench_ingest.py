"""End-to-end ingest speed: a corpus folder into a fresh, migrated, indexed database.

For each ``--workers`` value the benchmark

1. drops and recreates a throw-away database (``archive_bench`` by default) on
   the same PostgreSQL server the archive uses (the embedded one in ``.data/``,
   or the server of ``DATABASE_URL``), and migrates it, so every index and the
   search trigger are in place while rows go in;
2. runs ``manage.py ingest FOLDER --workers N`` in a child process (timed from
   just before the command to just after it: Python start-up and Django's
   set-up are not counted, everything the command does is);
3. samples the memory of the whole process tree (the command and its worker
   processes, not the database server) every 200 ms, as PSS: pages a forked
   worker still shares with its parent are counted once, not once per process;
4. counts what was stored.

Memory should not grow with the corpus: compare the peak at 10k and 100k
quotes (or 100k and 1M).  The last line per run is a ``RESULT`` line.

Usage (from the repository root)::

    python bench/corpus.py --quotes 10000 --out bench/out/corpus-10k
    .venv/bin/python bench/bench_ingest.py bench/out/corpus-10k --workers 1 2
    .venv/bin/python bench/bench_ingest.py bench/out/corpus-1m --workers 2 --keep   # leave the DB for load tests
    .venv/bin/python bench/bench_ingest.py bench/out/corpus-10k --profile           # cProfile, in-process
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

DEFAULT_DB = "archive_bench"


# ---------------------------------------------------------------------------
# The database server, without loading Django in this process
# ---------------------------------------------------------------------------
def database_env(name: str, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment under which ``manage.py`` uses database ``name`` on the archive's server."""
    env = dict(os.environ if base is None else base)
    url = env.get("DATABASE_URL", "").strip()
    if url:
        parts = urlsplit(url)
        env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
    else:
        env["EMBEDDED_DB_NAME"] = name
    env.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    return env


def production_env(env: dict[str, str]) -> dict[str, str]:
    """Settings as in production: DEBUG off (Django then keeps no log of every query)."""
    env = dict(env)
    env.update(DEBUG="false", SECRET_KEY=env.get("SECRET_KEY") or "bench-only-not-secret-" + "x" * 32,
               ALLOWED_HOSTS=env.get("ALLOWED_HOSTS") or "127.0.0.1,localhost")
    return env


def admin_connect():
    """A psycopg connection to the server's ``postgres`` database, autocommit."""
    import psycopg

    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        parts = urlsplit(url)
        return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)
    from archive import pgserver

    datadir = Path(os.environ.get("EMBEDDED_DB_DIR", REPO_ROOT / ".data" / "postgres"))
    info = pgserver.ensure_running(datadir)
    return psycopg.connect(host=info.socket_dir, port=info.port, user="postgres", dbname="postgres", autocommit=True)


def db_connect(name: str):
    import psycopg

    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return psycopg.connect(urlunsplit(urlsplit(url)._replace(path=f"/{name}")), autocommit=True)
    with admin_connect() as admin:
        info = admin.info
        return psycopg.connect(host=info.host, port=info.port, user="postgres", dbname=name, autocommit=True)


def recreate_database(name: str) -> None:
    from psycopg import sql

    if name in ("archive", "postgres", "template0", "template1"):
        raise SystemExit(f"refusing to drop database {name!r}: pick a throw-away name with --db")
    with admin_connect() as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def migrate(name: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", "migrate", "--verbosity", "0"], cwd=REPO_ROOT,
                   env=database_env(name), check=True)
    return time.perf_counter() - t0


def stored_counts(name: str) -> dict[str, int]:
    tables = {"documents": "statements_sourcedocument", "articles": "statements_article",
              "quotes": "statements_quote", "quote_topics": "statements_quotetopic", "actors": "statements_actor"}
    with db_connect(name) as conn:
        return {key: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for key, table in tables.items()}


# ---------------------------------------------------------------------------
# Memory of a process tree
# ---------------------------------------------------------------------------
class TreeSampler(threading.Thread):
    """Peak of the summed memory (PSS, else RSS) of a process and its descendants, sampled every ``interval`` s.

    Until ``expect`` processes have been seen (the command and its forked
    workers), it samples every 20 ms instead: a small corpus is ingested in
    a fraction of a second, between two samples of 200 ms.
    """

    def __init__(self, pid: int, interval: float = 0.2, expect: int = 1):
        super().__init__(daemon=True)
        self.pid, self.interval, self.expect = pid, interval, expect
        self.peak_bytes = 0
        self.peak_processes = 0
        self._halt = threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._halt.is_set():
            total = n = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for proc in procs:
                try:
                    # PSS: pages the forked workers share with their parent count once, not per process
                    total += getattr(proc.memory_full_info(), "pss", 0) or proc.memory_info().rss
                    n += 1
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
            self.peak_bytes = max(self.peak_bytes, total)
            self.peak_processes = max(self.peak_processes, n)
            self._halt.wait(self.interval if self.peak_processes >= self.expect else 0.02)

    def stop(self) -> None:
        self._halt.set()
        self.join()


# ---------------------------------------------------------------------------
# One run
# ---------------------------------------------------------------------------
@dataclass
class Result:
    corpus: str
    workers: int
    files: int
    seconds: float
    documents: int
    articles: int
    quotes: int
    quote_topics: int
    actors: int
    peak_rss_mb: float
    processes: int
    migrate_seconds: float
    extract_seconds: float
    store_seconds: float
    cpu_seconds: float
    failures: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def quotes_per_s(self) -> float:
        return self.quotes / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (f"RESULT ingest corpus={self.corpus} workers={self.workers}: {self.articles_per_s:.0f} articles/s "
                f"{self.quotes_per_s:.0f} quotes/s {self.documents / self.seconds:.0f} docs/s "
                f"({self.files} files, {self.articles} articles, {self.quotes} quotes, {self.quote_topics} topic links, "
                f"{self.actors} actors in {self.seconds:.2f}s; extract {self.extract_seconds:.2f}s, "
                f"store {self.store_seconds:.2f}s summed over workers; "
                f"{self.articles / self.store_seconds if self.store_seconds else 0:.0f} articles/s stored; "
                f"main process CPU {self.cpu_seconds:.2f}s) "
                f"peak_pss_mb={self.peak_rss_mb:.0f} ({self.processes} processes)"
                + (f" failures={self.failures}" if self.failures else ""))


def run_once(folder: Path, workers: int, db: str, *, fresh: bool = True, replay: Path | None = None) -> Result:
    migrate_seconds = 0.0
    if fresh:
        recreate_database(db)
        migrate_seconds = migrate(db)
    files = sum(1 for _ in folder.rglob("*.txt"))
    env = production_env(database_env(db))
    if replay:
        env["BENCH_REPLAY"] = str(replay)
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(folder), "--workers", str(workers)],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True,
    )
    sampler = TreeSampler(child.pid, expect=workers + 1 if workers > 1 else 1)
    sampler.start()
    out, _ = child.communicate()
    sampler.stop()
    if child.returncode != 0:
        raise SystemExit(f"ingest child failed with exit {child.returncode}")
    timing = json.loads(out.strip().splitlines()[-1])
    counts = stored_counts(db)
    return Result(corpus=folder.name, workers=workers, files=files, seconds=timing["seconds"],
                  documents=counts["documents"], articles=counts["articles"], quotes=counts["quotes"],
                  quote_topics=counts["quote_topics"], actors=counts["actors"],
                  peak_rss_mb=sampler.peak_bytes / 2**20, processes=sampler.peak_processes,
                  migrate_seconds=migrate_seconds, extract_seconds=timing["extract_seconds"],
                  store_seconds=timing["store_seconds"], cpu_seconds=timing["cpu_seconds"],
                  failures=timing["failures"])


def child_main(folder: str, workers: int, profile: bool = False) -> int:
    """Inside the child: set Django up, then time ``ingest_paths`` (what ``manage.py ingest`` runs) alone."""
    import django

    django.setup()
    from statements import extraction
    from statements.ingest import _Run, ingest_paths

    replay = os.environ.get("BENCH_REPLAY")
    if replay:
        # Storage alone: extraction answers from records made beforehand.
        import pickle

        cache = Path(replay)
        if cache.exists():
            records = pickle.loads(cache.read_bytes())
        else:
            run = _Run()
            records = {str(path): extraction.extract_bytes(path.read_bytes(), str(path), gazetteer=run.gazetteer,
                                                           topics=run.rules)
                       for path in extraction.iter_paths([folder])}
            cache.write_bytes(pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL))

        def replayed(data: bytes, name: str, **kwargs):
            return records[name]

        extraction.extract_bytes = replayed

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0, cpu0 = time.perf_counter(), time.process_time()
    report = ingest_paths([folder], workers=workers)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    if profiler:
        import pstats

        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(30)
    for name, reason in report.failures[:20]:
        print(f"FAILED {name}: {reason}", file=sys.stderr)
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "extract_seconds": report.extract_seconds,
                      "store_seconds": report.store_seconds, "failures": len(report.failures)}))
    return 0


def markdown(results: list[Result]) -> str:
    rows = ["| corpus | workers | articles/s | quotes/s | articles | quotes | seconds | peak memory (PSS, tree) |",
            "|---|---|---|---|---|---|---|---|"]
    for r in results:
        rows.append(f"| {r.corpus} | {r.workers} | {r.articles_per_s:,.0f} | {r.quotes_per_s:,.0f} | "
                    f"{r.articles:,} | {r.quotes:,} | {r.seconds:.1f} | {r.peak_rss_mb:.0f} MB ({r.processes} proc.) |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", help="a corpus folder written by bench/corpus.py")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run (default: 1 2)")
    ap.add_argument("--db", default=DEFAULT_DB, help="throw-away database to (re)create (default %(default)s)")
    ap.add_argument("--keep", action="store_true", help="leave the last run's database in place (for load tests)")
    ap.add_argument("--profile", action="store_true",
                    help="run once in a child under cProfile (slower) and print the hottest functions")
    ap.add_argument("--storage-only", action="store_true",
                    help="replay extraction results made beforehand (cached next to the folder), so only the "
                         "database work is timed: the ceiling ingest reaches with an instant extractor")
    ap.add_argument("--json", help="also write the results to this JSON file")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        return child_main(args.folder, args.workers[0], profile=bool(os.environ.get("BENCH_PROFILE")))
    folder = Path(args.folder)
    if not folder.is_dir():
        ap.error(f"{folder} is not a folder: generate one with bench/corpus.py --out")
    replay = folder.parent / f"{folder.name}.records.pickle" if args.storage_only else None
    if replay and not replay.exists():
        print(f"extracting {folder} once into {replay} ...", flush=True)
        recreate_database(args.db)
        migrate(args.db)
        run_once(folder, 1, args.db, fresh=False, replay=replay)
    if args.profile:
        recreate_database(args.db)
        migrate(args.db)
        env = production_env(database_env(args.db))
        env["BENCH_PROFILE"] = "1"
        if replay:
            env["BENCH_REPLAY"] = str(replay)
        return subprocess.run([sys.executable, __file__, "--child", str(folder), "--workers", "1"],
                              cwd=REPO_ROOT, env=env).returncode
    results = []
    for workers in args.workers:
        result = run_once(folder, workers, args.db, replay=replay)
        print(result.line(), flush=True)
        results.append(result)
    print()
    print(markdown(results))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) | {"articles_per_s": r.articles_per_s,
                                                           "quotes_per_s": r.quotes_per_s} for r in results],
                                              indent=2))
    if not args.keep:
        from psycopg import sql

        with admin_connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(args.db)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
