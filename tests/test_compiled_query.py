"""statements.compiled: a query compiled once answers later calls with their own values."""
from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext

from statements.compiled import CompiledQuery
from statements.models import Actor, Quote
from tests.builders import make_actor, make_quote

pytestmark = pytest.mark.django_db


def by_speaker(ids, name=None):
    qs = Quote.objects.filter(pk__any=ids)
    if name is not None:
        qs = qs.filter(speaker__name=name)
    return qs.order_by("id").values("id", "text", "speaker__name")


def test_it_runs_later_calls_with_their_own_values():
    berrow, ostrel = make_actor("Anna Berrow"), make_actor("Pavel Ostrel")
    first, second = make_quote("First", speaker=berrow), make_quote("Second", speaker=ostrel)
    query = CompiledQuery(by_speaker, samples={"ids": lambda n: [-n], "name": lambda n: f"\x1f{n}"})

    assert query.rows("q", ids=[first.pk]) == [{"id": first.pk, "text": "First", "speaker__name": "Anna Berrow"}]
    assert [r["text"] for r in query.rows("q", ids=[second.pk])] == ["Second"]
    assert [r["text"] for r in query.rows("q", ids=[first.pk, second.pk], name="Pavel Ostrel")] == ["Second"]
    assert [r["text"] for r in query.rows("q", ids=[first.pk, second.pk], name="Anna Berrow")] == ["First"]


def test_it_refuses_a_query_whose_values_do_not_come_through_as_given():
    make_quote("First")
    # startswith sends "value%", not the value: reusing the SQL would search for the stand-in
    query = CompiledQuery(lambda name: Actor.objects.filter(name__startswith=name).values("id"),
                          samples={"name": lambda n: f"\x1f{n}"})

    with pytest.raises(RuntimeError, match="'name' appears 0 times"):
        query.rows("broken", name="Anna")


def test_its_statements_are_counted_like_any_other_query():
    quote = make_quote("First")
    query = CompiledQuery(by_speaker, samples={"ids": lambda n: [-n], "name": lambda n: f"\x1f{n}"})

    with CaptureQueriesContext(connection) as captured:
        query.rows("q", ids=[quote.pk])
    assert len(captured) == 1 and "statements_quote" in captured[0]["sql"]
    # marked, so that bench/explain.py leaves out the planning the prepared statement does not repeat
    assert captured[0]["sql"].startswith("/* prepared */ SELECT")


def test_it_prepares_its_statement_once_per_connection():
    quote = make_quote("First")
    query = CompiledQuery(by_speaker, samples={"ids": lambda n: [-n], "name": lambda n: f"\x1f{n}"})

    def prepared() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s", ["%statements_quote%"])
            return cursor.fetchone()[0]

    before = prepared()
    for _ in range(3):
        assert query.rows("q", ids=[quote.pk])[0]["text"] == "First"
    assert prepared() == before + 1


def test_it_swaps_a_value_in_wherever_the_query_uses_it():
    make_quote("First", speaker=make_actor("Anna Berrow"))
    make_quote("Second")
    query = CompiledQuery(lambda name: Quote.objects.filter(Q(speaker__name=name) | Q(text=name)).values("text"),
                          samples={"name": lambda n: f"\x1f{n}"})

    assert query.rows("twice", name="Anna Berrow") == [{"text": "First"}]
    assert query.rows("twice", name="Second") == [{"text": "Second"}]
