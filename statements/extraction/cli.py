"""Command-line front end: ``python -m statements.extraction PATH...``.

``run_cli`` holds the logic so that ``manage.py extract`` can be a thin
wrapper: it parses arguments, extracts every file, prints one JSON object
``{"documents": [...]}`` and reports unreadable files on stderr.
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .pipeline import extract_bytes
from .records import DocumentRecord, ExtractionError

TEXT_SUFFIXES = {".txt", ".text", ".md"}


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named directly, text files under folders (sorted), glob matches."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            for match in sorted(glob.glob(str(raw), recursive=True)):
                if Path(match).is_file():
                    yield Path(match)


def extract_path(path: str | os.PathLike[str], **kwargs) -> DocumentRecord:
    """Extract one file (see ``extract_bytes`` for the keyword arguments)."""
    path = Path(path)
    return extract_bytes(path.read_bytes(), str(path), **kwargs)


def _actor_name(actor) -> str | None:
    return actor.name if actor is not None else None


def document_to_json(doc: DocumentRecord) -> dict:
    """The JSON form printed by the command and read by the scorer."""
    return {
        "source": doc.source,
        "articles": [
            {
                "title": art.title,
                "published": art.published.isoformat() if art.published else None,
                "url": art.url or None,
                "outlet": art.outlet or None,
                "kind": art.kind,
                "quotes": [
                    {
                        "text": q.text,
                        "speaker": _actor_name(q.speaker),
                        "via": _actor_name(q.via),
                        "kind": q.kind,
                        "start": q.start,
                        "end": q.end,
                        "cue": q.cue,
                        "confidence": q.confidence,
                        "topics": [t.slug for t in q.topics],
                    }
                    for q in art.quotes
                ],
            }
            for art in doc.articles
        ],
    }


def run_cli(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command; returns the exit status (1 if any file failed)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="python -m statements.extraction", description="Extract quotations from news text files.")
    parser.add_argument("paths", nargs="+", help="files, folders (searched recursively) or glob patterns")
    parser.add_argument("--format", choices=["json"], default="json", help="output format (only json for now)")
    parser.add_argument("--reference-date", type=dt.date.fromisoformat, default=None,
                        help="YYYY-MM-DD used to resolve year-less dates and weekdays")
    args = parser.parse_args(argv)
    documents = []
    failed = 0
    for path in iter_paths(args.paths):
        try:
            doc = extract_path(path, reference_date=args.reference_date)
        except (ExtractionError, OSError) as exc:
            failed += 1
            print(f"{path}: {exc}", file=stderr)
            continue
        documents.append(document_to_json(doc))
    json.dump({"documents": documents}, stdout, ensure_ascii=False, indent=1)
    stdout.write("\n")
    print(f"{len(documents)} documents extracted, {failed} failed", file=stderr)
    return 1 if failed else 0
