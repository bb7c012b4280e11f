"""Tests for the synthetic benchmark corpus (bench/corpus.py) and the benchmark driver.

Pure Python, no Django database:
``python -m pytest -p no:django tests/test_bench_corpus.py``.
"""
from __future__ import annotations

import collections
import inspect
import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench import bench_extract, corpus, vocabulary  # noqa: E402 — needs the sys.path line above


def _docs(n: int, seed: int = 1) -> list[corpus.Document]:
    return list(corpus.iter_labelled(n, seed))


def test_it_produces_identical_bytes_for_the_same_seed():
    a = [data for _, data in corpus.iter_documents(40, seed=3)]
    b = [data for _, data in corpus.iter_documents(40, seed=3)]
    assert a == b


def test_it_produces_different_bytes_for_a_different_seed():
    a = [data for _, data in corpus.iter_documents(20, seed=1)]
    b = [data for _, data in corpus.iter_documents(20, seed=2)]
    assert all(x != y for x, y in zip(a, b, strict=True))


def test_it_makes_a_small_corpus_a_prefix_of_a_larger_one():
    small = [d for _, d in corpus.iter_documents(n_quotes=300, seed=4)]
    large = [d for _, d in corpus.iter_documents(n_quotes=3000, seed=4)]
    assert large[: len(small)] == small


def test_it_streams_instead_of_building_a_list():
    for func in (corpus.iter_documents, corpus.iter_labelled, corpus.generate):
        assert inspect.isgeneratorfunction(func)
    # Asking for a huge corpus costs nothing until it is consumed.
    stream = corpus.iter_documents(10**9, seed=1)
    name, data = next(stream)
    assert name == "000000.txt" and isinstance(data, bytes)


def test_it_produces_each_of_the_five_formats():
    docs = _docs(150)
    counts = collections.Counter(d.fmt for d in docs)
    assert set(counts) == set(corpus.FORMATS)
    by_fmt = {d.fmt: d.data.decode("utf-8") for d in docs}
    assert re.match(r"^ date \d{4}-\d{2}-\d{2} \S", by_fmt["wire"])
    wrapped = by_fmt["wrapped"]
    assert "Related article: " in wrapped and re.search(r"^https://\S+$", wrapped, re.MULTILINE)
    assert max(len(line) for line in wrapped.splitlines()) <= 100
    assert "\n\n" not in by_fmt["teaser"]  # single-newline paragraphs
    scrape = by_fmt["scrape"]
    assert scrape.count("Source link") == 3
    assert scrape.count("Recommended Stories\n\nlist of 3 itemsend of list") == 3
    assert re.search(r"^.+ \| .+ News$", scrape, re.MULTILINE)
    interview = by_fmt["interview"]
    assert re.search(r"^\d{2}:\d{2} \d{2}\.\d{2}\.\d{4} •$", interview, re.MULTILINE)
    assert re.search(r"^\w+, [A-Z][a-z]+ \d{1,2}, \d{4}$", interview, re.MULTILINE)
    assert "\nQuestion: " in interview
    assert "read more in our Telegram-channel https://t.me/" in interview


def test_it_generates_roughly_the_requested_number_of_quotes():
    docs = list(corpus.iter_labelled(n_quotes=2000, seed=5))
    expected = sum(d.quotes for d in docs)
    assert 2000 <= expected < 2000 + 60  # stops at the first document past the target
    # The labels match the text: every direct/partial quote has its opening mark,
    # and every interview answer has its "Name: " turn.
    for d in docs:
        text = d.data.decode("utf-8")
        marked = sum(1 for a in d.articles for q in a["quotes"] if q["kind"] != "answer")
        answers = sum(1 for a in d.articles for q in a["quotes"] if q["kind"] == "answer")
        assert text.count("“") == marked
        assert text.count("\nQuestion: ") == answers


def test_it_scales_quotes_with_density():
    thin = sum(d.quotes for d in corpus.iter_labelled(200, seed=6, density=0.5))
    full = sum(d.quotes for d in corpus.iter_labelled(200, seed=6))
    assert 0.4 < thin / full < 0.6


def test_it_contains_speakers_with_spelling_variants():
    speakers = corpus.world(1).speakers
    assert len(speakers) == corpus.N_SPEAKERS
    assert len({s.name for s in speakers}) == len(speakers)
    varied = [s for s in speakers if s.aliases]
    assert len(varied) > len(speakers) // 2
    # The kinds of drift the extraction must reconcile all occur.
    firsts = {f for s in speakers for f in s.first_forms[1:]}
    lasts = {x for s in speakers for x in s.last_forms[1:]}
    assert any(f.endswith("ei") for f in firsts)  # Sergey / Sergei
    assert any(x.endswith("sky") for x in lasts)  # -skiy / -sky
    assert any(re.search(r"([lnmrstp])\1", x) for x in firsts | lasts)  # doubled consonant
    # And the corpus actually uses more than one spelling of some speakers.
    surfaces = collections.defaultdict(set)
    for d in _docs(300):
        for a in d.articles:
            for q in a["quotes"]:
                if q["speaker"] and " " in q["as"] and "," not in q["as"]:
                    surfaces[q["speaker"]].add(" ".join(q["as"].split()[-2:]))
    assert sum(1 for s in surfaces.values() if len(s) > 1) >= 10


def test_it_refers_to_speakers_by_surname_pronoun_and_role():
    mentions = collections.Counter()
    for d in _docs(200):
        for a in d.articles:
            for q in a["quotes"]:
                mentions[q["as"].lower()] += 1
    assert mentions["he"] and mentions["she"]
    assert any(m.startswith("the ") for m in mentions)  # "the minister"
    assert sum(1 for m in mentions if " " not in m) > 100  # bare surnames


def test_it_spreads_dates_over_twenty_years():
    years = collections.Counter()
    for d in _docs(400):
        text = d.data.decode("utf-8")
        for m in re.finditer(r"^ date (\d{4})-\d\d-\d\d |\d\d\.\d\d\.(\d{4}) •", text, re.MULTILINE):
            years[int(m.group(1) or m.group(2))] += 1
        for a in d.articles:
            assert "2006-01-01" <= a["date"] <= "2025-12-31"
    assert min(years) <= 2007 and max(years) >= 2024
    assert len(years) >= 18


def test_it_samples_words_with_a_zipf_like_distribution():
    counts = collections.Counter()
    for d in _docs(100):
        counts.update(re.findall(r"[a-z]+", d.data.decode("utf-8")))
    freqs = [n for _, n in counts.most_common()]
    assert len(freqs) > 1500  # a broad vocabulary is actually used
    assert freqs[0] > 10 * freqs[99]  # a heavy head and a long tail
    assert len(set(vocabulary.NOUNS + vocabulary.VERBS + vocabulary.ADJECTIVES)) > 2000


def test_it_writes_files_and_a_streaming_manifest(tmp_path):
    docs = list(corpus.generate(12, seed=2, out_dir=tmp_path))
    files = sorted(p.name for p in tmp_path.glob("*.txt"))
    assert files == [f"{i:06d}.txt" for i in range(12)]
    assert (tmp_path / "000003.txt").read_bytes() == docs[3].data
    lines = (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["file"] for x in lines] == files
    roster = (tmp_path / "speakers.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(roster) == corpus.N_SPEAKERS


def test_it_prints_a_summary_from_the_command_line(tmp_path, capsys):
    assert corpus.main(["--quotes", "200", "--seed", "1", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"documents=\d+ articles=\d+ expected_quotes=2\d\d bytes=\d+ seconds=", out)


def _naive_extract(data: bytes, source: str) -> SimpleNamespace:
    """Stand-in for statements.extraction.extract_bytes: quotes by curly marks."""
    text = data.decode("utf-8")
    quotes = [SimpleNamespace(text=m.group(1), speaker=None) for m in re.finditer(r"“([^”]+)”", text)]
    return SimpleNamespace(articles=[SimpleNamespace(quotes=quotes)])


def test_it_benchmarks_any_extractor_with_the_extract_bytes_signature():
    items = bench_extract.generated(seed=1, documents=30, quotes=None)
    p = bench_extract.run(items, _naive_extract, check_seed=1)
    assert p.documents == 30 and p.failures == 0
    assert 0 < p.quotes <= p.expected
    assert p.found > 0 and p.seconds > 0 and p.peak_rss_mb > 0
