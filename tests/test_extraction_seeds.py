"""The scored run on the shared seed documents.

The seeds, gold labels and scorer live outside the repository (../shared
relative to the repo root). Without them the tests skip, except under CI,
where a missing file is a failure.
"""
import io
import json
import subprocess
import sys

import pytest

from statements.extraction import extract_path, run_cli
from tests.conftest import SCORER, SHARED, require_shared

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
GOLD = SHARED / "gold" / "seeds.json"


@pytest.fixture(scope="module")
def available():
    require_shared()


@pytest.fixture(scope="module")
def figures(available, tmp_path_factory):
    out = io.StringIO()
    run_cli([str(p) for p in SEEDS], stdout=out, stderr=io.StringIO())
    predictions = tmp_path_factory.mktemp("seeds") / "out.json"
    predictions.write_text(out.getvalue(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(predictions), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout)


def test_it_finds_the_quotes(figures):
    assert figures["quote_f1"] >= 0.97


def test_it_attributes_the_quotes(figures):
    assert figures["attribution_accuracy"] >= 0.97
    assert figures["end_to_end_f1"] >= 0.95


def test_it_never_gives_questions_to_the_interviewee(figures):
    assert figures["interview_question_leaks"] == 0


def test_it_never_invents_dates(figures):
    assert figures["dates_invented"] == 0


def test_it_finds_every_article(figures):
    assert figures["articles_predicted"] == figures["articles_gold"]


def test_it_gives_offsets_that_slice_the_body(available):
    for path in SEEDS:
        for article in extract_path(path).articles:
            for quote in article.quotes:
                assert article.body[quote.start:quote.end] == quote.text
