"""How long the embedded PostgreSQL takes to be ready on a warm start.

A warm start is the common case: the data folder exists (initialised, tuned,
with the archive in it) and the server is not running, e.g. after a reboot or
``manage.py dbserver stop``.  Each round stops the server, then times, in a
fresh Python process, what every management command and gunicorn do first:
``archive.pgserver.ensure_running`` (start it, wait until it accepts
connections) and a first ``SELECT 1``.  Two figures per round:

* *ready*: from the call to ``ensure_running`` until ``SELECT 1`` answered;
* *process*: the whole child process, Python start-up and imports included.

Usage::

    .venv/bin/python bench/warm_start.py                     # the archive's own .data/postgres (stops it!)
    .venv/bin/python bench/warm_start.py --datadir /tmp/pg   # a separate folder; initialised on first use

The last line is ``RESULT warm_start ready_s=... process_s=...`` (medians).
The server is left running, as the first command would leave it.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

CHILD = """
import json, sys, time
t0 = time.perf_counter()
from archive import pgserver
import psycopg
info = pgserver.ensure_running(sys.argv[1])
with psycopg.connect(host=info.socket_dir, port=info.port, user="postgres", dbname="postgres") as conn:
    conn.execute("SELECT 1").fetchone()
print(json.dumps({"ready_s": time.perf_counter() - t0}))
"""


def one_start(datadir: Path) -> dict:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, str(datadir)], cwd=REPO_ROOT, capture_output=True, text=True,
                         timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"the embedded server did not start:\n{out.stderr[-2000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_s"] = time.perf_counter() - t0
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--datadir", help="the server's data folder (default: EMBEDDED_DB_DIR or .data/postgres)")
    ap.add_argument("--repeat", type=int, default=3, help="stop/start rounds (median reported)")
    args = ap.parse_args(argv)
    from archive import pgserver

    datadir = Path(args.datadir or os.environ.get("EMBEDDED_DB_DIR") or REPO_ROOT / ".data" / "postgres").resolve()
    if not (datadir / "PG_VERSION").exists():
        first = one_start(datadir)  # initdb, tuning and a restart: a cold start, not what is measured
        print(f"cold start (initialised {datadir}): ready {first['ready_s']:.2f}s, process {first['process_s']:.2f}s")
    rounds = []
    for n in range(max(1, args.repeat)):
        pgserver.stop(datadir)
        r = one_start(datadir)
        rounds.append(r)
        print(f"warm start {n + 1}: ready {r['ready_s']:.2f}s, process {r['process_s']:.2f}s", flush=True)
    ready = statistics.median(r["ready_s"] for r in rounds)
    process = statistics.median(r["process_s"] for r in rounds)
    print(f"RESULT warm_start datadir={datadir} rounds={len(rounds)} ready_s={ready:.2f} process_s={process:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
