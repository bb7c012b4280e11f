"""Extraction speed on one core, with peak memory at two corpus sizes.

Streams synthetic documents (generated on the fly by ``bench/corpus.py``, or
read from a folder it wrote) through
``statements.extraction.extract_bytes(data, source)`` and reports
documents/s, articles/s and quotes/s plus peak RSS.  Only time spent inside
``extract_bytes`` is counted, so generating or reading the corpus does not
flatter or penalise the extractor.

Memory: a first pass over a corpus ten times smaller records the peak RSS,
then the full pass records it again.  Since documents are streamed one at a
time, the two figures should be close; if the second grows with corpus size
something is holding on to documents or results.

Usage (from the repository root)::

    python bench/bench_extract.py --quotes 10000
    python bench/bench_extract.py --quotes 100000 --repeat 3
    python bench/bench_extract.py --from bench/out/corpus-10k --check

The last line printed is a single plain result line, meant to be pasted.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # so ``statements`` and ``bench`` import when run as a script
    sys.path.insert(0, str(REPO_ROOT))

from bench import corpus  # noqa: E402 — needs the sys.path line above

Extractor = Callable[[bytes, str], object]
# (name, bytes, labels or None): labels are the manifest "articles" list.
Item = tuple[str, bytes, "list[dict] | None"]


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def load_extractor(spec: str) -> Extractor:
    """Import ``module:function``."""
    module_name, _, func = spec.partition(":")
    return getattr(importlib.import_module(module_name), func or "extract_bytes")


# ---------------------------------------------------------------------------
# Sources of documents
# ---------------------------------------------------------------------------
def generated(seed: int, documents: int | None, quotes: int | None,
              density: float = 1.0) -> Iterator[Item]:
    for doc in corpus.iter_labelled(documents, seed, n_quotes=quotes, density=density):
        yield doc.name, doc.data, doc.articles


def from_folder(folder: Path, documents: int | None, quotes: int | None) -> Iterator[Item]:
    """Read a folder written by corpus.py, in manifest order when there is one."""
    manifest = folder / "manifest.jsonl"
    n = expected = 0
    if manifest.exists():
        with open(manifest, encoding="utf-8") as f:
            for line in f:
                if (documents is not None and n >= documents) or (quotes is not None and expected >= quotes):
                    return
                entry = json.loads(line)
                expected += sum(len(a["quotes"]) for a in entry["articles"])
                n += 1
                yield entry["file"], (folder / entry["file"]).read_bytes(), entry["articles"]
        return
    for path in sorted(folder.glob("*.txt")):
        if documents is not None and n >= documents:
            return
        n += 1
        yield path.name, path.read_bytes(), None


# ---------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------
@dataclass
class Pass:
    documents: int = 0
    articles: int = 0
    quotes: int = 0  # what the extractor found
    expected: int = 0  # what the generator put in (when labels are known)
    bytes: int = 0
    seconds: float = 0.0  # inside extract_bytes only
    wall: float = 0.0  # including generating/reading the corpus
    failures: int = 0
    found: int = 0  # --check: labelled quotes the extractor also found
    speaker_ok: int = 0  # --check: ... with the right speaker
    peak_rss_mb: float = 0.0

    def rate(self, n: int) -> float:
        return n / self.seconds if self.seconds else 0.0


_WS = re.compile(r"\s+")


def _key(text: str) -> str:
    """Comparable prefix of a quote: whitespace folded (undoes hard wrapping)."""
    return _WS.sub(" ", text).strip(" “”‘’\"',.")[:30]


def _check(labels: list[dict], record: object, spellings: dict[str, set[str]], p: Pass) -> None:
    """Rough accuracy: is each labelled quote found, and with the right speaker?"""
    got: dict[str, set[str]] = {}
    for art in getattr(record, "articles", ()):
        for q in getattr(art, "quotes", ()):
            names = got.setdefault(_key(getattr(q, "text", "")), set())
            sp = getattr(q, "speaker", None)
            if sp is not None:
                names.add(sp.name)
                names.update(getattr(sp, "aliases", ()) or ())
    for art in labels:
        for q in art["quotes"]:
            names = got.get(_key(q["text"]))
            if names is None:
                continue
            p.found += 1
            if q["speaker"] is None:
                p.speaker_ok += not names
            elif names & spellings.get(q["speaker"], set()):
                p.speaker_ok += 1


def _spellings(seed: int) -> dict[str, set[str]]:
    """Canonical name -> every spelling (full names and bare surnames)."""
    out: dict[str, set[str]] = {}
    for sp in corpus.world(seed).speakers:
        out[sp.name] = {sp.name, *sp.aliases, *sp.last_forms}
    return out


def _spellings_from_file(path: Path) -> dict[str, set[str]]:
    """The same map, from the ``speakers.jsonl`` a corpus folder carries."""
    out: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            sp = json.loads(line)
            full = [sp["name"], *sp["aliases"]]
            out[sp["name"]] = {*full, *(n.split()[-1] for n in full)}
    return out


def run(items: Iterable[Item], extract: Extractor, *, check_seed: int | None = None,
        spellings: dict[str, set[str]] | None = None) -> Pass:
    """Push every document through ``extract``; time only the extraction calls.

    With ``check_seed`` (or an explicit ``spellings`` map) the found quotes
    are also compared with the labels, outside the timed region.
    """
    p = Pass()
    if spellings is None and check_seed is not None:
        spellings = _spellings(check_seed)
    clock = time.perf_counter
    t_wall = clock()
    for name, data, labels in items:
        t0 = clock()
        try:
            record = extract(data, name)
        except Exception:  # noqa: BLE001 — a benchmark counts failures, it doesn't stop
            p.seconds += clock() - t0
            p.failures += 1
            continue
        p.seconds += clock() - t0
        p.documents += 1
        p.bytes += len(data)
        articles = getattr(record, "articles", ())
        p.articles += len(articles)
        p.quotes += sum(len(getattr(a, "quotes", ())) for a in articles)
        if labels is not None:
            p.expected += sum(len(a["quotes"]) for a in labels)
            if spellings is not None:
                _check(labels, record, spellings, p)
        del record  # keep nothing: memory must not grow with the corpus
    p.wall = clock() - t_wall
    p.peak_rss_mb = peak_rss_mb()
    return p


def _describe(label: str, p: Pass) -> str:
    return (f"{label}: {p.documents} docs, {p.articles} articles, {p.quotes} quotes "
            f"(expected {p.expected}), {p.bytes / 1e6:.1f} MB in {p.seconds:.2f}s extract "
            f"/ {p.wall:.2f}s wall; {p.rate(p.documents):.0f} docs/s, "
            f"{p.rate(p.articles):.0f} articles/s, {p.rate(p.quotes):.0f} quotes/s, "
            f"{p.bytes / 1e6 / p.seconds if p.seconds else 0:.2f} MB/s; "
            f"peak RSS {p.peak_rss_mb:.1f} MB" + (f"; {p.failures} failures" if p.failures else ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--documents", type=int, help="documents in the full pass")
    size.add_argument("--quotes", type=int,
                      help="expected quotes in the full pass (default 10000; with --from: the whole folder)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1, help="full passes; the median is reported")
    ap.add_argument("--from", dest="folder", help="read a folder written by corpus.py instead of generating")
    ap.add_argument("--density", type=float, default=1.0, help="quotes-per-article multiplier (generated corpus)")
    ap.add_argument("--check", action="store_true",
                    help="also compare found quotes/speakers with the generator's labels (slower; untimed)")
    ap.add_argument("--extractor", default="statements.extraction:extract_bytes",
                    help="module:function to benchmark (default %(default)s)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    args = ap.parse_args(argv)
    whole_folder = args.folder and args.documents is None and args.quotes is None
    if args.documents is None and args.quotes is None and not args.folder:
        args.quotes = 10000

    if not args.no_pin and hasattr(os, "sched_setaffinity"):
        # One core, as the figure claims; also keeps the scheduler from migrating us.
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    try:
        extract = load_extractor(args.extractor)
    except (ImportError, AttributeError) as exc:
        print(f"cannot import {args.extractor}: {exc}", file=sys.stderr)
        return 2

    def items(scale: float) -> Iterator[Item]:
        if whole_folder:  # --from with no size: every document, scaled by count
            return from_folder(Path(args.folder), None if scale == 1.0 else _count_scaled(scale), None)
        docs = None if args.documents is None else max(1, int(args.documents * scale))
        quotes = None if args.quotes is None else max(1, int(args.quotes * scale))
        if args.folder:
            return from_folder(Path(args.folder), docs, quotes)
        return generated(args.seed, docs, quotes, args.density)

    def _count_scaled(scale: float) -> int:
        return max(1, int(sum(1 for _ in Path(args.folder).glob("*.txt")) * scale))

    check_seed = args.seed if args.check else None
    spellings = None
    if args.check and args.folder and (Path(args.folder) / "speakers.jsonl").exists():
        spellings = _spellings_from_file(Path(args.folder) / "speakers.jsonl")  # the folder's own seed
    # Warm-up: first call pays for imports and regex compilation.
    for name, data, _ in items(0.0):
        extract(data, name)
        break
    rss_start = peak_rss_mb()
    small = run(items(0.1), extract, check_seed=check_seed, spellings=spellings)
    print(_describe("small (1/10)", small))
    passes = []
    for i in range(max(1, args.repeat)):
        p = run(items(1.0), extract, check_seed=check_seed, spellings=spellings)
        print(_describe(f"full #{i + 1}", p))
        passes.append(p)
    best = sorted(passes, key=lambda p: p.seconds)[len(passes) // 2]  # median pass
    if args.check and best.expected:
        print(f"check: found {best.found}/{best.expected} labelled quotes "
              f"({100 * best.found / best.expected:.1f}%), right speaker for {best.speaker_ok} "
              f"({100 * best.speaker_ok / max(1, best.found):.1f}% of found)")
    size_desc = (f"quotes={args.quotes}" if args.quotes is not None
                 else f"documents={args.documents}" if args.documents is not None else f"folder={args.folder}")
    print(f"RESULT extract_bytes {size_desc} seed={args.seed} repeat={len(passes)}: "
          f"{best.rate(best.documents):.0f} docs/s {best.rate(best.articles):.0f} articles/s "
          f"{best.rate(best.quotes):.0f} quotes/s {best.bytes / 1e6 / best.seconds if best.seconds else 0:.2f} MB/s "
          f"({best.documents} docs, {best.quotes} quotes found, {best.expected} expected, "
          f"{best.seconds:.2f}s) peak_rss_mb start={rss_start:.1f} small={small.peak_rss_mb:.1f} "
          f"full={max(p.peak_rss_mb for p in passes):.1f}"
          + (f" failures={best.failures}" if best.failures else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
