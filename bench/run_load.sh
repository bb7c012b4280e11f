#!/usr/bin/env bash
# The load benchmark, end to end, on a database built by bench/bench_ingest.py --keep.
#
#   bench/run_load.sh                 # archive_bench, 10 s per cell, 1/4/16 connections
#   DURATION=5 bench/run_load.sh --groups search_rare quote_page
#
# Steps: install wrk (Debian) and Datasette (its own venv) when missing,
# export the database to SQLite (skipped when the file is newer than the
# last ingest: set EXPORT=1 to force), choose the URL mix, VACUUM ANALYZE,
# then run both servers one after the other under the same wrk mix, then
# EXPLAIN ANALYZE every query of the mix.  Results land in bench/out/load/.
set -euo pipefail
cd "$(dirname "$0")/.."
export EMBEDDED_DB_NAME=${EMBEDDED_DB_NAME:-archive_bench}
PY=.venv/bin/python
SQLITE=${SQLITE:-bench/out/archive.sqlite}
MIX=${MIX:-bench/out/mix}
OUT=${OUT:-bench/out/load}

if ! command -v wrk >/dev/null; then
    apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
if [ ! -x bench/.venv-datasette/bin/datasette ]; then
    python3 -m venv bench/.venv-datasette
    bench/.venv-datasette/bin/pip install --quiet -r bench/requirements-datasette.txt
fi
mkdir -p "$(dirname "$SQLITE")" "$OUT"
if [ "${EXPORT:-0}" = 1 ] || [ ! -s "$SQLITE" ]; then
    $PY manage.py export_sqlite "$SQLITE"
fi
if [ "${REMIX:-0}" = 1 ] || [ ! -s "$MIX/mix.json" ]; then
    $PY bench/load/mix.py --out "$MIX" --datasette-db "$(basename "$SQLITE" .sqlite)"
fi
$PY -c "import os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'archive.settings'); django.setup(); from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')"
$PY bench/load/run.py --mix "$MIX" --sqlite "$SQLITE" --out "$OUT" --duration "${DURATION:-10}" "$@"
$PY bench/explain.py --mix "$MIX" --out "$OUT/explain.md"
