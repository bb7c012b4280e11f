"""Compile a hot query's SQL once per process, then run it with new values.

Every results page runs the same page query with different ids.  Building
that queryset and compiling it (four joined tables, three subqueries) took
about 3 ms of Python a request, more than PostgreSQL spends running it.
A ``CompiledQuery`` builds the queryset once per *shape* (the arguments
that change its SQL, not just its values) with stand-in values, finds where
each stand-in landed among the compiled parameters, and from then on only
swaps the real values in (a value used in several places is swapped in at
each).  If a stand-in does not come through compilation as itself, compiling
fails loudly rather than guessing.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from types import SimpleNamespace
from typing import Any

import psycopg
from django.db import connection
from django.db.models import QuerySet

# Leads the SQL of every compiled query, so that a reader of the query log
# (bench/explain.py) knows PostgreSQL plans it once per connection, not per call.
PREPARED_MARK = "/* prepared */ "


class _PreparingCursor(psycopg.Cursor):
    """Server-side binding, each statement prepared: PostgreSQL plans it once per connection.

    The project keeps client-side binding for everything else (see
    archive/settings.py: a generic plan made a rare-word search slow).  The
    page query's rows are chosen by ids, so one generic plan serves every
    call, and planning it had taken 1-2 ms a request.  PostgreSQL switches
    a prepared statement to its generic plan only when that plan's estimate
    is no worse than the custom ones; for the speaker look-up it never has
    (it plans each name), so there preparing saves nothing.  A query whose
    values change its best plan, as words do a search's, does not belong here.
    """

    def execute(self, query, params=None, *, prepare=None, binary=None):
        return super().execute(query, params, prepare=True, binary=binary)


class _LoggedPreparingCursor(_PreparingCursor):
    """For Django's query log (DEBUG, tests): the statement with its values, as client-side binding would show it.

    Django reads the executed SQL from psycopg's last query, which a
    prepared statement does not leave; composing it costs time, so only
    logged connections do it.
    """

    def execute(self, query, params=None, *, prepare=None, binary=None):
        result = super().execute(query, params, binary=binary)
        self._query = SimpleNamespace(query=connection.ops.compose_sql(query, params).encode())
        return result


def _prepared_cursor():
    connection.ensure_connection()
    raw = connection.connection
    if raw.prepare_threshold is None:
        # None turns preparing off altogether, prepare=True included; so
        # that no other statement is prepared automatically, the threshold
        # is never reached
        raw.prepare_threshold = 2**31 - 1
    # wrapped as Django wraps its own, so query logging and counting see it
    if connection.queries_logged:
        return connection.make_debug_cursor(_LoggedPreparingCursor(raw))
    return connection.make_cursor(_PreparingCursor(raw))


class CompiledQuery:
    """``build(**args)`` returns a ``values()`` queryset; ``rows(shape, **args)`` runs it as dicts.

    ``samples`` gives, per argument, a function from a serial number to a
    stand-in value of the argument's type that no real call would pass.
    ``json_columns`` are decoded here, as Django's JSONField would.
    """

    def __init__(self, build: Callable[..., QuerySet], samples: dict[str, Callable[[int], Any]],
                 json_columns: tuple[str, ...] = ()):
        self.build = build
        self.samples = samples
        self.json_columns = json_columns
        self._compiled: dict[tuple, tuple[str, list, list[tuple[int, str]], list[str]]] = {}

    def _compile(self, shape: Hashable, present: tuple[str, ...]) -> tuple[str, list, list[tuple[int, str]], list[str]]:
        stand_ins = {name: self.samples[name](serial) for serial, name in enumerate(present, start=1)}
        qs = self.build(**stand_ins)
        query = qs.query
        names = [*query.extra_select, *query.values_select, *query.annotation_select]
        sql, params = query.sql_with_params()
        sql = PREPARED_MARK + sql
        params = list(params)
        slots = []
        for name, value in stand_ins.items():
            found = [i for i, param in enumerate(params) if type(param) is type(value) and param == value]
            if not found:
                raise RuntimeError(f"{name!r} appears 0 times among the compiled parameters of {shape!r}")
            slots += [(i, name) for i in found]
        return sql, params, slots, names

    def rows(self, shape: Hashable, **args: Any) -> list[dict]:
        """The query's rows for ``args``; arguments given as None are left out of the query (and the shape).

        Values go to the database as given: an array may come as its text
        form ("{1,2,3}") where the SQL casts the parameter.
        """
        present = tuple(sorted(name for name, value in args.items() if value is not None))
        key = (shape, present, connection.alias)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = self._compile(shape, present)
        sql, params, slots, names = compiled
        values = list(params)
        for index, name in slots:
            values[index] = args[name]
        with _prepared_cursor() as cursor:
            cursor.execute(sql, values)
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        for column in self.json_columns:
            for row in rows:
                if isinstance(row.get(column), str):
                    row[column] = json.loads(row[column])
        return rows
