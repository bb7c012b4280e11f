"""The load benchmark's request mix, for the archive and for Datasette, chosen from the data itself.

Words are picked by how many quotes contain them (measured on a sample of the
quotes, then counted exactly): *rare* (well under a thousand matches at 1M
quotes), *common* (about 2 %), *very common* (the most frequent words that
are not stop words).  Speakers are the most quoted ones; topics the biggest,
the smallest and one between.  A plain search is each app's default order (ours: best match
among the newest 1,000 matches; Datasette's: by id, it has no ranking in
0.65); filters list the newest first in both.  Every group has a few URLs with the same shape so no single
cached plan or page stands for the group.

Each group has the archive's URL and Datasette's equivalent:

=================  ======================================  =============================================
group              archive                                 Datasette (table ``quotes``, 20 rows a page)
=================  ======================================  =============================================
search_rare        /quotes/?q=WORD                         ?_search=WORD (Datasette's own order)
search_common      (same)                                  (same)
search_very_common (same)                                  (same)
search_phrase      /quotes/?q="W1 W2"                      ?_search="W1 W2"&_searchmode=raw
search_or          /quotes/?q=W1 OR W2                     ?_search=W1 OR W2&_searchmode=raw
speaker_filter     /quotes/?speaker=SLUG                   ?speaker_id=ID&_sort_desc=published
topic_filter       /quotes/?topic=SLUG                     ?_through={quote_topics, topic_id, ID}&...
date_range         /quotes/?date_after=A&date_before=B     ?published__gte=A&published__lte=B&...
search_and_filter  /quotes/?q=WORD&topic=SLUG&date_...     ?_search=WORD&_through=...&published__gte=...
newest             /quotes/                                ?_sort_desc=published
deep_page          /quotes/?after=DATE,ID (row 100,000)    ?_sort_desc=published&_next=DATE,ID
quote_page         /quotes/ID/                             /DB/quotes/ID
speaker_page       /speakers/SLUG/                         /DB/speakers/ID (with its quote count)
=================  ======================================  =============================================

Usage (the database is chosen as for manage.py, e.g. ``EMBEDDED_DB_NAME=archive_bench``)::

    .venv/bin/python bench/load/mix.py --out bench/out/mix --datasette-db archive

It writes ``mix.json`` (every group with both URL lists and the match counts)
and one URL file per app and group for ``wrk`` (``archive-GROUP.txt``,
``datasette-GROUP.txt``).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

SAMPLE_ROWS = 20_000
VARIANTS = 3
DEEP_ROW = 100_000  # "page 5,000" at 20 a page
WORD = re.compile(r"[a-z]{4,}")


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()


def _rows(sql: str, params: list | tuple = ()) -> list[tuple]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def word_frequencies(total: int) -> tuple[Counter, Counter, int]:
    """Document frequency of words and adjacent word pairs in a random sample of quotes."""
    percent = min(100.0, 100.0 * SAMPLE_ROWS / max(total, 1) * 1.2)
    texts = [t for (t,) in _rows(f"SELECT text FROM statements_quote TABLESAMPLE SYSTEM ({percent:.4f}) "
                                 f"REPEATABLE (1) LIMIT {SAMPLE_ROWS}")]
    words: Counter = Counter()
    pairs: Counter = Counter()
    for text in texts:
        tokens = WORD.findall(text.lower())
        words.update(set(tokens))
        pairs.update({f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)})
    return words, pairs, len(texts)


def searchable(words: list[str]) -> set[str]:
    """Words the search configuration keeps (stop words give an empty query)."""
    from statements.models import SEARCH_CONFIG

    if not words:
        return set()
    rows = _rows("SELECT w FROM unnest(%s::text[]) AS w WHERE numnode(plainto_tsquery(%s, w)) > 0",
                 [words, SEARCH_CONFIG])
    return {w for (w,) in rows}


def match_count(q: str) -> int:
    from statements.models import Quote

    return Quote.objects.public().search(q).count()


def pick_words(freq: Counter, n: int, sampled: int) -> dict[str, list[str]]:
    candidates = [w for w, _ in freq.most_common(3000)]
    ok = searchable(candidates)
    ranked = [(w, c) for w, c in freq.most_common() if w in ok]
    very_common = [w for w, _ in ranked[:n]]
    target = 0.02 * sampled
    common = [w for w, _ in sorted(ranked, key=lambda wc: abs(wc[1] - target))[:n]]
    # rare: of the least frequent words in the sample, those with the fewest matches (counted exactly),
    # but at least 20 so there is a page to show
    pool = [w for _, w in sorted((c, w) for w, c in ranked if len(w) >= 6)[:40]]
    counted = sorted((match_count(w), w) for w in pool)
    rare = [w for c, w in counted if c >= 20][:n]
    return {"rare": rare, "common": common, "very_common": very_common}


def build(datasette_db: str) -> dict:
    from statements.models import Quote

    total = Quote.objects.count()
    freq, pairs, sampled = word_frequencies(total)
    words = pick_words(freq, VARIANTS, sampled)
    ok_pairs = [p for p, c in pairs.most_common(400) if len(searchable(p.split())) == 2 and c >= 0.002 * sampled]
    phrases = ok_pairs[:VARIANTS]
    speakers = _rows("SELECT s.id, s.slug FROM statements_actor s JOIN (SELECT speaker_id, count(*) n "
                     "FROM statements_quote WHERE state <> 'hidden' AND speaker_id IS NOT NULL GROUP BY speaker_id "
                     f"ORDER BY n DESC LIMIT {VARIANTS}) c ON c.speaker_id = s.id ORDER BY c.n DESC")
    # topics: the biggest, the smallest and one between (a filter that probes each quote costs most
    # on a small topic, one that walks the topic's links on a big one)
    by_size = _rows("SELECT t.id, t.slug FROM statements_topic t JOIN (SELECT topic_id, count(*) n "
                    "FROM statements_quotetopic GROUP BY topic_id) c ON c.topic_id = t.id ORDER BY c.n DESC, t.id")
    topics = list(dict.fromkeys([by_size[0], by_size[-1], by_size[len(by_size) // 2]]))[:VARIANTS] if by_size else []
    years = [y for (y,) in _rows("SELECT DISTINCT extract(year FROM published)::int FROM statements_quote "
                                 "WHERE published IS NOT NULL ORDER BY 1 DESC")]
    years = years[1 : 1 + VARIANTS] or years[:VARIANTS]
    deep = _rows("SELECT published, id FROM statements_quote WHERE state <> 'hidden' "
                 "ORDER BY published DESC NULLS LAST, id DESC OFFSET %s LIMIT %s",
                 [min(DEEP_ROW, max(total - VARIANTS, 0)), VARIANTS])
    quote_ids = [pk for (pk,) in _rows("SELECT id FROM statements_quote WHERE state <> 'hidden' "
                                       "ORDER BY id OFFSET %s LIMIT 1", [total // 2])]
    quote_ids += [pk for (pk,) in _rows("SELECT id FROM statements_quote WHERE state <> 'hidden' "
                                        "ORDER BY id LIMIT %s", [VARIANTS - 1])]
    speaker_pages = speakers[:VARIANTS]
    ds = f"/{datasette_db}/quotes"

    def ds_url(path: str = ds, **params) -> str:
        return f"{path}?{urlencode(params)}" if params else path

    def through(topic_id: int) -> str:
        return json.dumps({"table": "quote_topics", "column": "topic_id", "value": str(topic_id)})

    def q_url(**params) -> str:
        return "/quotes/?" + urlencode(params) if params else "/quotes/"

    groups = []

    def group(name: str, archive: list[str], datasette: list[str], **info) -> None:
        groups.append({"name": name, "archive": archive, "datasette": datasette, **info})

    for kind in ("rare", "common", "very_common"):
        chosen = words[kind]
        group(f"search_{kind}", [q_url(q=w) for w in chosen], [ds_url(_search=w) for w in chosen],
              matches={w: match_count(w) for w in chosen})
    group("search_phrase", [q_url(q=f'"{p}"') for p in phrases],
          [ds_url(_search=f'"{p}"', _searchmode="raw") for p in phrases],
          matches={p: match_count(f'"{p}"') for p in phrases})
    ors = [f"{words['rare'][i]} OR {words['common'][i]}" for i in range(min(len(words["rare"]), len(words["common"])))]
    group("search_or", [q_url(q=o) for o in ors],
          [ds_url(_search=o, _searchmode="raw") for o in ors],
          matches={o: match_count(o) for o in ors})
    group("speaker_filter", [q_url(speaker=slug) for _, slug in speakers],
          [ds_url(speaker_id=pk, _sort_desc="published") for pk, _ in speakers])
    group("topic_filter", [q_url(topic=slug) for _, slug in topics],
          [ds_url(_through=through(pk), _sort_desc="published") for pk, _ in topics])
    group("date_range", [q_url(date_after=f"{y}-01-01", date_before=f"{y}-12-31") for y in years],
          [ds_url(published__gte=f"{y}-01-01", published__lte=f"{y}-12-31", _sort_desc="published") for y in years])
    combos = list(zip(words["common"], topics, years, strict=False))
    group("search_and_filter",
          [q_url(q=w, topic=slug, date_after=f"{y - 4}-01-01", date_before=f"{y}-12-31") for w, (_, slug), y in combos],
          [ds_url(_search=w, _through=through(pk), published__gte=f"{y - 4}-01-01", published__lte=f"{y}-12-31",
                  _sort_desc="published") for w, (pk, _), y in combos])
    group("newest", [q_url()], [ds_url(_sort_desc="published")])
    group("deep_page", [q_url(after=f"{d.isoformat() if d else ''},{pk}") for d, pk in deep],
          [ds_url(_sort_desc="published", _next=f"{d.isoformat() if d else ''},{pk}") for d, pk in deep],
          row=DEEP_ROW)
    group("quote_page", [f"/quotes/{pk}/" for pk in quote_ids], [f"{ds}/{pk}" for pk in quote_ids])
    group("speaker_page", [f"/speakers/{slug}/" for _, slug in speaker_pages],
          [f"/{datasette_db}/speakers/{pk}" for pk, _ in speaker_pages])
    return {"quotes": total, "datasette_db": datasette_db, "groups": groups}


def write(mix: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "mix.json").write_text(json.dumps(mix, indent=2, default=str))
    for g in mix["groups"]:
        for app in ("archive", "datasette"):
            (out / f"{app}-{g['name']}.txt").write_text("\n".join(g[app]) + "\n")


def archive_urls(mix: dict) -> list[tuple[str, str]]:
    return [(g["name"], url) for g in mix["groups"] for url in g["archive"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="bench/out/mix", help="folder for mix.json and the URL files")
    ap.add_argument("--datasette-db", default="archive",
                    help="Datasette's name for the exported file (its file name without .sqlite)")
    args = ap.parse_args(argv)
    _setup()
    mix = build(args.datasette_db)
    write(mix, Path(args.out))
    for g in mix["groups"]:
        extra = f"  matches {g['matches']}" if "matches" in g else ""
        print(f"{g['name']:<20} {g['archive'][0]}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
