"""Drive the archive and Datasette with the same wrk mix; write a JSON and a markdown table.

``bench/run_load.sh`` calls this with the usual paths; see ``bench/README.md``.

For each app, each group of ``mix.json`` and each connection count, wrk runs
for ``--duration`` seconds against that group's URLs (after one warm-up pass
over every URL) and reports requests/s and the 50th, 95th and 99th
percentile latency.  The servers:

* the archive: gunicorn with ``--gunicorn-workers`` sync workers on
  127.0.0.1:8100, DEBUG off, on the database named by ``EMBEDDED_DB_NAME`` or
  ``DATABASE_URL`` (as for manage.py);
* Datasette 0.65 from its own virtualenv on 127.0.0.1:8101, serving the file
  written by ``manage.py export_sqlite`` (immutable, 20 rows a page).

Only loopback addresses are used, and every wrk run is bounded in time.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent
ARCHIVE_PORT = 8100
DATASETTE_PORT = 8101


def wait_ready(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds:.0f}s")


def start_archive(workers: int, log: Path) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(DEBUG="false", SECRET_KEY=env.get("SECRET_KEY") or "bench-only-not-secret-" + "x" * 32,
               ALLOWED_HOSTS="127.0.0.1,localhost", BIND=f"127.0.0.1:{ARCHIVE_PORT}",
               WEB_CONCURRENCY=str(workers), LOG_LEVEL="ERROR")
    python = sys.executable
    subprocess.run([python, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=REPO_ROOT, env=env,
                   check=True)
    return subprocess.Popen(
        [python, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--access-logfile", "/dev/null",
         "archive.wsgi"],
        cwd=REPO_ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )


def start_datasette(datasette: Path, sqlite: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(datasette), "serve", "--immutable", str(sqlite), "-h", "127.0.0.1", "-p", str(DATASETTE_PORT),
         "--setting", "default_page_size", "20"],
        cwd=REPO_ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def warm(base: str, urls: list[str]) -> list[tuple[str, int]]:
    """Fetch every URL once; return the ones that did not answer 200."""
    bad = []
    for url in urls:
        try:
            with urllib.request.urlopen(base + url, timeout=60) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        if status != 200:
            bad.append((url, status))
    return bad


def run_wrk(base: str, paths_file: Path, connections: int, duration: int) -> dict:
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", str(HERE / "mix.lua"),
           base, "--", str(paths_file)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def markdown(results: list[dict], connections: list[int]) -> str:
    by = {(r["app"], r["group"], r["connections"]): r for r in results}
    groups = list(dict.fromkeys(r["group"] for r in results))
    apps = list(dict.fromkeys(r["app"] for r in results))
    lines = []
    for c in connections:
        lines += [f"**{c} connection{'s' if c > 1 else ''}**", ""]
        head = "| group | " + " | ".join(f"{app} req/s | {app} p50 / p95 / p99 ms" for app in apps)
        if "archive" in apps and "datasette" in apps:
            head += " | req/s ratio | our p95 vs their p50"
        lines += [head + " |", "|---" * (1 + 2 * len(apps) + (2 if len(apps) == 2 else 0)) + "|"]
        for g in groups:
            cells = []
            for app in apps:
                r = by.get((app, g, c))
                if r and not r["requests"]:
                    cells += ["0", f"none answered in {r['seconds']:.0f} s"]
                    continue
                cells += ([f"{r['rps']:,.1f}" if r["rps"] < 10 else f"{r['rps']:,.0f}",
                           f"{r['p50_ms']:.0f} / {r['p95_ms']:.0f} / {r['p99_ms']:.0f}"
                           + (f" ({r['errors']['status']} non-2xx)" if r["errors"]["status"] else "")]
                          if r else ["–", "–"])
            if "archive" in apps and "datasette" in apps:
                ours, theirs = by.get(("archive", g, c)), by.get(("datasette", g, c))
                if ours and theirs and theirs["rps"]:
                    cells += [f"{ours['rps'] / theirs['rps']:.1f}×", f"{ours['p95_ms']:.0f} vs {theirs['p50_ms']:.0f} ms"]
                elif ours and theirs:
                    cells += ["∞ (theirs 0)", f"{ours['p95_ms']:.0f} ms vs none"]
                else:
                    cells += ["–", "–"]
            lines.append(f"| {g} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mix", default="bench/out/mix", help="folder written by bench/load/mix.py")
    ap.add_argument("--sqlite", default="bench/out/archive.sqlite", help="file written by manage.py export_sqlite")
    ap.add_argument("--datasette", default="bench/.venv-datasette/bin/datasette", help="the datasette executable")
    ap.add_argument("--apps", nargs="+", default=["archive", "datasette"], choices=["archive", "datasette"])
    ap.add_argument("--groups", nargs="*", help="only these groups (default: all in mix.json)")
    ap.add_argument("--connections", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--duration", type=int, default=10, help="seconds of wrk per app, group and connection count")
    ap.add_argument("--gunicorn-workers", type=int, default=4)
    ap.add_argument("--out", default="bench/out/load", help="results: load.json and load.md here")
    ap.add_argument("--combine", nargs="+", metavar="LOAD_JSON",
                    help="run nothing: merge these load.json files (later ones win) into --out")
    args = ap.parse_args(argv)
    if args.combine:
        merged: dict[tuple, dict] = {}
        for path in args.combine:
            for r in json.loads(Path(path).read_text())["results"]:
                merged[(r["app"], r["group"], r["connections"])] = r
        results = list(merged.values())
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "load.json").write_text(json.dumps({"combined": args.combine, "results": results}, indent=2))
        table = markdown(results, sorted({r["connections"] for r in results}))
        (out / "load.md").write_text(table)
        print(table)
        return 0

    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    mix_dir, out = Path(args.mix), Path(args.out)
    mix = json.loads((mix_dir / "mix.json").read_text())
    groups = [g for g in mix["groups"] if not args.groups or g["name"] in args.groups]
    out.mkdir(parents=True, exist_ok=True)
    results: list[dict] = []
    for app in args.apps:
        proc = None
        try:
            if app == "archive":
                proc = start_archive(args.gunicorn_workers, out / "gunicorn.log")
                base = f"http://127.0.0.1:{ARCHIVE_PORT}"
                wait_ready(base + "/healthz")
            else:
                sqlite = Path(args.sqlite)
                if sqlite.stem != mix["datasette_db"]:
                    raise SystemExit(f"{sqlite} is served as /{sqlite.stem}/ but the mix expects /{mix['datasette_db']}/")
                proc = start_datasette(Path(args.datasette), sqlite, out / "datasette.log")
                base = f"http://127.0.0.1:{DATASETTE_PORT}"
                wait_ready(base + "/-/versions.json")
            bad = warm(base, [u for g in groups for u in g[app]])
            for url, status in bad:
                print(f"warning: {app} answered {status} for {url}", file=sys.stderr)
            for g in groups:
                for c in args.connections:
                    load = os.getloadavg()[0]  # the machine is shared: say how busy it was
                    r = run_wrk(base, mix_dir / f"{app}-{g['name']}.txt", c, args.duration)
                    r.update(app=app, group=g["name"], connections=c, load_before=load)
                    results.append(r)
                    print(f"{app:<9} {g['name']:<20} c={c:<3} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.1f}  "
                          f"p95 {r['p95_ms']:7.1f}  p99 {r['p99_ms']:7.1f} ms"
                          + (f"  {r['errors']['status']} non-2xx" if r["errors"]["status"] else ""), flush=True)
        finally:
            stop(proc)
    (out / "load.json").write_text(json.dumps({"quotes": mix["quotes"], "duration": args.duration,
                                               "gunicorn_workers": args.gunicorn_workers, "results": results},
                                              indent=2))
    table = markdown(results, args.connections)
    (out / "load.md").write_text(table)
    print()
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
