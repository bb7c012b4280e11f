"""The PostgreSQL-only time of every page in the load mix: EXPLAIN ANALYZE of each SQL query it runs.

Each archive URL of ``mix.json`` is requested twice through Django's test
client (the first warms caches); the SQL of the second request is captured
and every SELECT is run again under ``EXPLAIN``.  The report has, per URL,
the status, the number of queries (the issue allows at most 5 per public
page), the whole request's time in-process, and the planning + execution
time PostgreSQL spent, with the slowest query's plan.

The times are the median of ``--repeat`` runs under ``EXPLAIN (ANALYZE,
TIMING OFF)``: timing every node, as the printed plan does, adds its own
cost (a 1,001-row nested loop measured 2.8 ms with it, 0.8 ms without).
A query the app runs as a prepared statement (``statements.compiled``, its
SQL marked ``/* prepared */``) is counted without its planning time, which
the app pays once per connection; its execution here is that of a plan
made for the values given, where the app may run a generic one.

Usage (database as for manage.py, e.g. ``EMBEDDED_DB_NAME=archive_bench``)::

    .venv/bin/python bench/explain.py --mix bench/out/mix --out bench/out/load/explain.md
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


def explain(sql: str, repeat: int = 5) -> tuple[float, float, str]:
    """(planning ms, execution ms, text plan) of one query; the times are medians of ``repeat`` untimed-node runs."""
    from django.db import connection

    planning, execution = [], []
    with connection.cursor() as cursor:
        for _ in range(repeat):
            cursor.execute("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + sql)
            (doc,) = cursor.fetchone()
            if isinstance(doc, str):
                doc = json.loads(doc)
            planning.append(doc[0].get("Planning Time", 0.0))
            execution.append(doc[0].get("Execution Time", 0.0))
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        text = "\n".join(row[0] for row in cursor.fetchall())
    return statistics.median(planning), statistics.median(execution), text


def measure(client, url: str, repeat: int = 5) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm: caches, plans, pages of the table in memory
    with CaptureQueriesContext(connection) as captured:
        t0 = time.perf_counter()
        response = client.get(url)
        wall = (time.perf_counter() - t0) * 1000
    from statements.compiled import PREPARED_MARK

    queries = []
    for q in captured.captured_queries:
        sql = q["sql"]
        # a compiled query runs as a prepared statement: planned once per connection, not per request
        prepared = sql.startswith(PREPARED_MARK)
        head = sql.removeprefix(PREPARED_MARK).lstrip().split(None, 1)[0].upper()
        if head not in ("SELECT", "WITH"):
            continue
        planning, execution, plan = explain(sql, repeat)
        queries.append({"sql": sql, "planning_ms": 0.0 if prepared else planning, "execution_ms": execution,
                        "plan": plan, "prepared": prepared})
    return {"url": url, "status": response.status_code, "queries": len(captured.captured_queries),
            "request_ms": wall, "pg_ms": sum(q["planning_ms"] + q["execution_ms"] for q in queries),
            "explained": queries}


def report(rows: list[dict]) -> str:
    lines = ["| group | URL | status | SQL queries | request (in-process) ms | PostgreSQL ms (plan + exec) | slowest query ms |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        slowest = max(r["explained"], key=lambda q: q["planning_ms"] + q["execution_ms"], default=None)
        lines.append(f"| {r['group']} | `{r['url']}` | {r['status']} | {r['queries']} | {r['request_ms']:.1f} | "
                     f"{r['pg_ms']:.1f} | {(slowest['planning_ms'] + slowest['execution_ms']) if slowest else 0:.1f} |")
    lines += ["", "## Slowest query of each URL", ""]
    for r in rows:
        slowest = max(r["explained"], key=lambda q: q["planning_ms"] + q["execution_ms"], default=None)
        if slowest is None:
            continue
        lines += [f"### {r['group']}: `{r['url']}`", "", "```sql", slowest["sql"][:3000], "```", "", "```",
                  slowest["plan"], "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mix", default="bench/out/mix", help="folder written by bench/load/mix.py")
    ap.add_argument("--out", help="write the markdown report here (default: print it)")
    ap.add_argument("--groups", nargs="*", help="only these groups")
    ap.add_argument("--repeat", type=int, default=5, help="EXPLAIN runs per query; the median is reported (default 5)")
    args = ap.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    # the second request must run the page's queries, not come from the page cache
    os.environ["ARCHIVE_PAGE_CACHE"] = "off"
    import django

    django.setup()
    from django.test import Client

    mix = json.loads((Path(args.mix) / "mix.json").read_text())
    client = Client()
    rows = []
    for g in mix["groups"]:
        if args.groups and g["name"] not in args.groups:
            continue
        for url in g["archive"]:
            r = measure(client, url, args.repeat)
            r["group"] = g["name"]
            rows.append(r)
            print(f"{g['name']:<20} {r['status']} q={r['queries']} request {r['request_ms']:7.1f} ms  "
                  f"postgres {r['pg_ms']:7.1f} ms  {url}", file=sys.stderr)
    text = report(rows)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text)
        Path(args.out).with_suffix(".json").write_text(json.dumps(rows, indent=2))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
