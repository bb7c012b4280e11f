"""`manage.py ingest` and `manage.py extract`: files in, records stored, nothing lost or doubled."""
from __future__ import annotations

import io
import json
import os

import pytest
from django.core.management import CommandError, call_command

from statements.models import Actor, Article, Quote, SourceDocument
from tests.conftest import SAMPLE

pytestmark = pytest.mark.django_db

STORY = (
    " date 2024-05-02 The foreign minister of Veldania spoke on Thursday.\n\n"
    "“We will not accept new border posts on the river,” Foreign Minister Anna Berrow said.\n\n"
    "“Talks are the only way,” Berrow added.\n"
)


def ingest(*paths) -> tuple[str, str, Exception | None]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *[str(p) for p in paths], "--no-progress", stdout=out, stderr=err)
        failure = None
    except CommandError as exc:
        failure = exc
    return out.getvalue(), err.getvalue(), failure


def test_it_stores_the_sample_corpus():
    out, err, failure = ingest(*sorted(SAMPLE.glob("*.txt")))
    assert failure is None, err
    assert SourceDocument.objects.filter(status="ok").count() == 4
    assert Article.objects.count() >= 5
    assert Quote.objects.count() >= 10
    assert Actor.objects.filter(name="Anton Brell").exists()
    assert "documents: 4 new" in out


def test_it_changes_nothing_when_the_same_files_are_ingested_again():
    ingest(SAMPLE)
    counts = (Article.objects.count(), Quote.objects.count(), Actor.objects.count(), SourceDocument.objects.count())
    out, err, failure = ingest(SAMPLE)
    assert failure is None, err
    assert (Article.objects.count(), Quote.objects.count(), Actor.objects.count(), SourceDocument.objects.count()) == counts
    assert "Nothing new" in out


def test_it_reports_a_broken_file_and_stores_the_others(tmp_path):
    (tmp_path / "a_story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b_noise.txt").write_bytes(os.urandom(4096))
    out, err, failure = ingest(tmp_path)
    assert isinstance(failure, CommandError)
    assert "b_noise.txt" in err
    assert Article.objects.count() == 1
    assert Quote.objects.filter(speaker__name="Anna Berrow").count() == 2
    failed = SourceDocument.objects.get(status="failed")
    assert failed.name.endswith("b_noise.txt") and failed.error


def test_it_stores_an_article_once_when_two_files_carry_it(tmp_path):
    (tmp_path / "one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "two.txt").write_text(STORY.replace("\n", "\r\n"), encoding="utf-8-sig")
    ingest(tmp_path)
    assert Article.objects.count() == 1
    assert SourceDocument.objects.filter(status="ok").count() == 2


def test_it_traces_every_article_to_its_file_and_position(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    ingest(path)
    article = Article.objects.get()
    assert article.source_document.name == str(path)
    assert article.source_document.size == path.stat().st_size
    assert article.position == 0
    assert article.published.isoformat() == "2024-05-02"


def test_it_stores_quote_offsets_that_point_at_the_words(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    ingest(tmp_path)
    for quote in Quote.objects.select_related("article"):
        assert quote.article.body[quote.start : quote.end] == quote.text


def test_it_replaces_an_updated_article_instead_of_adding_a_second(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    ingest(path)
    path.write_text(STORY + "\n“The river belongs to both peoples,” Berrow said.\n", encoding="utf-8")
    out, err, failure = ingest(path)
    assert failure is None, err
    assert Article.objects.count() == 1
    assert Quote.objects.count() == 3
    assert "1 updated" in out


def test_it_stores_all_five_seed_documents(seeds):
    out, err, failure = ingest(*seeds)
    assert failure is None, err
    assert SourceDocument.objects.filter(status="ok").count() == 5
    assert Article.objects.count() == 7
    lavrov = Actor.objects.get(name__endswith="Lavrov")
    assert lavrov.quotes.count() > 20


def test_extract_prints_the_documented_schema(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    out = io.StringIO()
    call_command("extract", str(tmp_path), "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    (doc,) = data["documents"]
    assert doc["source"].endswith("story.txt")
    (article,) = doc["articles"]
    assert {"title", "published", "url", "outlet", "kind", "quotes"} <= set(article)
    assert article["published"] == "2024-05-02"
    first = article["quotes"][0]
    assert {"text", "speaker", "via", "kind", "start", "end", "cue", "confidence"} <= set(first)
    assert first["speaker"] == "Anna Berrow"
    assert Article.objects.count() == 0  # extract stores nothing


def test_it_never_stores_a_link_that_is_not_a_web_address():
    from statements.ingest import _safe_url

    assert _safe_url("https://news.example/story") == "https://news.example/story"
    assert _safe_url("javascript:alert(1)") == ""
    assert _safe_url("data:text/html,<script>") == ""
    assert _safe_url("https://x.example/a b") == ""


def _story(n: int) -> str:
    return STORY.replace("Anna Berrow", f"Anna Berrow{'x' * n}").replace("Berrow added", f"Berrow{'x' * n} added") \
        .replace("border posts", f"border posts number {n}")


# The writer thread has its own connection: the rows must really be committed.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_stores_every_batch_while_extracting_the_next_one(tmp_path, monkeypatch):
    monkeypatch.setattr("statements.ingest.BATCH_DOCUMENTS", 2)
    for n in range(5):
        (tmp_path / f"{n}_story.txt").write_text(_story(n), encoding="utf-8")
    (tmp_path / "2_noise.txt").write_bytes(os.urandom(4096))
    # the same article again, in a later batch, in other bytes
    (tmp_path / "9_again.txt").write_text(_story(1).replace("\n", "\r\n"), encoding="utf-8-sig")
    out, err, failure = ingest(tmp_path)
    assert isinstance(failure, CommandError) and "2_noise.txt" in err
    assert Article.objects.count() == 5
    assert Quote.objects.count() == 10
    assert SourceDocument.objects.filter(status="ok").count() == 6
    assert "documents: 6 new" in out


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_stops_with_the_writers_error_instead_of_hanging(tmp_path, monkeypatch):
    from statements import ingest as service

    monkeypatch.setattr(service, "BATCH_DOCUMENTS", 1)
    for n in range(4):
        (tmp_path / f"{n}_story.txt").write_text(_story(n), encoding="utf-8")

    def broken_store(self, loaded, report):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(service._Run, "store", broken_store)
    with pytest.raises(RuntimeError, match="went away"):
        service.ingest_paths([tmp_path])


def test_it_reports_progress_in_files_done_so_far(tmp_path, monkeypatch):
    from statements.ingest import ingest_paths

    monkeypatch.setattr("statements.ingest.BATCH_DOCUMENTS", 2)
    for n in range(5):
        (tmp_path / f"{n}_story.txt").write_text(_story(n), encoding="utf-8")
    seen = []
    ingest_paths([tmp_path], progress=lambda done, total, name: seen.append((done, total)))
    assert seen == [(2, 5), (4, 5), (5, 5)]
