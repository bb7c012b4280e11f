"""Named, chainable reads: ``Quote.objects.public().by_speaker(actor).search(q)``.

Views call these; templates never query.  Everything here is written for a
table of a million quotes: filters use the indexes named in ``models``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connections, models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Greatest, JSONObject, TruncMonth

# ts_headline wraps matches in these; statements.search turns them into
# segments that templates escape.  Control characters cannot come from a
# form (the filter form rejects them) and a quote that contains them is
# shown without highlighting.
MARK_START = "\x02"
MARK_END = "\x03"


# A phrase search walks at most this many of the newest quotes before it
# falls back to the full-text index (QuoteQuerySet.newest_phrase_matches):
# enough for 1,000 matches of a phrase found in 2.5 % of the quotes.
PHRASE_SCAN_ROWS = 40_000


class AnyOf(models.Lookup):
    """``field__any=[1, 2, ...]``: ``field = ANY(%s)`` with the list as ONE array parameter.

    ``__in`` with the 1,001 ids of a search window gives 1,001 placeholders:
    Django prepares each value and psycopg splits and quotes each one, about
    4 ms a request in Python alone.  One array costs a single adaptation.
    """

    lookup_name = "any"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        # cast: psycopg would type [1, 2] as smallint[]
        array_type = self.lhs.output_field.cast_db_type(connection)
        return f"{lhs} = ANY(%s::{array_type}[])", [*lhs_params, list(self.rhs)]


models.Field.register_lookup(AnyOf)
models.ForeignObject.register_lookup(AnyOf)  # foreign keys look lookups up on their own class


def websearch(query: str) -> SearchQuery:
    from statements.models import SEARCH_CONFIG

    return SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)


class JSONListSubquery(Subquery):
    """The rows of a one-column subquery of JSON objects (named ``json``) as one JSON array, ``[]`` for none.

    ``ArraySubquery`` of JSON objects gives a PostgreSQL array that psycopg
    splits with a regular expression per element before Django decodes each
    object (cProfile of 50 page queries: 26,850 regex matches and 11,450
    decodes; 2,000 decodes and no matches with one array).
    """

    template = "COALESCE((SELECT jsonb_agg(rows.json) FROM (%(subquery)s) rows), '[]'::jsonb)"
    output_field = models.JSONField()


def _first_if_full_sql(first: tuple[str, tuple], fallback: tuple[str, tuple], limit: int,
                      columns: tuple[str, ...] = ("id",)) -> tuple[str, tuple]:
    """The rows of ``first`` when it returns ``limit`` rows, else those of ``fallback``, in one statement.

    Both are (sql, params) of a query returning ``columns``.  ``first`` runs
    once (a materialized CTE) and each branch is gated on its count, a
    one-time filter, so PostgreSQL runs ``fallback`` only when ``first`` fell
    short.
    """
    (first_sql, first_params), (fallback_sql, fallback_params) = first, fallback
    names = ", ".join(columns)
    fallback_names = ", ".join(f"fallback.{name}" for name in columns)
    sql = f"""
        WITH first AS MATERIALIZED ({first_sql})
        SELECT {names} FROM first WHERE (SELECT count(*) FROM first) >= {int(limit)}
        UNION ALL
        SELECT {fallback_names} FROM ({fallback_sql}) fallback WHERE (SELECT count(*) FROM first) < {int(limit)}
    """
    return sql, (*first_params, *fallback_params)


def _first_if_full(first: tuple[str, tuple], fallback: tuple[str, tuple], limit: int) -> RawSQL:
    """_first_if_full_sql of two queries returning ``id``, as an expression for ``pk__in``."""
    return RawSQL(*_first_if_full_sql(first, fallback, limit))


class QuoteQuerySet(models.QuerySet):
    def public(self) -> QuoteQuerySet:
        """What readers see: every quote but those an editor hid."""
        return self.exclude(state="hidden")

    def by_speaker(self, actors: Iterable) -> QuoteQuerySet:
        return self.filter(speaker__in=list(actors))

    def with_topics(self, topics: Iterable, after: dt.date | None = None, before: dt.date | None = None) -> QuoteQuerySet:
        """Quotes carrying any of the topics (an OR within topics).

        ``after``/``before`` narrow the links by their copy of the quote's
        date (the caller filters the quotes by the same dates): a topic with
        110,000 links then reads only those in the range from
        quotetopic_topic_pub_idx (35 → 15 ms for words, a topic and five years).
        """
        ids = [t.pk if hasattr(t, "pk") else t for t in topics]
        if not ids:
            return self
        from statements.models import QuoteTopic

        links = QuoteTopic.objects.filter(topic_id__in=ids)
        if after:
            links = links.filter(published__gte=after)
        if before:
            links = links.filter(published__lte=before)
        return self.filter(pk__in=links.values("quote_id"))

    def published_between(self, after: dt.date | None = None, before: dt.date | None = None) -> QuoteQuerySet:
        qs = self
        if after:
            qs = qs.filter(published__gte=after)
        if before:
            qs = qs.filter(published__lte=before)
        return qs

    def search(self, query: str) -> QuoteQuerySet:
        """Web-search syntax: words, "exact phrase", OR, -exclude; stemmed, accents folded."""
        return self.filter(search=websearch(query))

    def with_all_topics(self, topics: Iterable, after: dt.date | None = None,
                        before: dt.date | None = None) -> QuoteQuerySet:
        """Quotes carrying every one of the topics: each added topic narrows."""
        qs = self
        for topic in topics:
            qs = qs.with_topics([topic], after, before)
        return qs

    def matching(self, criteria: Any) -> QuoteQuerySet:
        """The filters of /quotes/ (see ``statements.search.Criteria``), all at once."""
        qs = self
        if criteria.speakers:
            qs = qs.by_speaker(ref.id for ref in criteria.speakers)
        qs = qs.with_all_topics((ref.id for ref in criteria.topics), criteria.date_after, criteria.date_before)
        if criteria.outlet:
            qs = qs.filter(article__outlet_id=criteria.outlet.id)
        if criteria.kind:
            qs = qs.filter(kind=criteria.kind)
        qs = qs.published_between(criteria.date_after, criteria.date_before)
        if criteria.q:
            qs = qs.search(criteria.q)
        return qs

    def oldest(self) -> QuoteQuerySet:
        # quote_published_asc_idx; undated quotes come last either way
        return self.order_by(models.F("published").asc(nulls_last=True), "id")

    def newest_in_topic(self, topic_id: int, after: dt.date | None = None,
                        before: dt.date | None = None) -> QuoteQuerySet:
        """Quotes with the topic, newest first, read along the topic's part of quotetopic_topic_pub_idx.

        The links carry their quote's date, so PostgreSQL walks one topic's
        links in date order and fetches each quote by its key: about one
        index entry per quote shown.  Filtering quotes newest-first on "has
        this topic" instead probes the links of every quote it passes: 27
        probes per hit for a topic on 4 % of a million quotes (100 ms).
        """
        # one filter() call: each call on a multi-valued relation joins the
        # links again, and a second join of 110,000 links took 200 ms
        link = {"topic_links__topic_id": topic_id}
        if after:
            link["topic_links__published__gte"] = after
        if before:
            link["topic_links__published__lte"] = before
        return self.filter(**link).order_by(F("topic_links__published").desc(nulls_last=True),
                                            F("topic_links__quote_id").desc())

    def in_date_order(self, sort: str) -> QuoteQuerySet:
        return self.oldest() if sort == "oldest" else self.newest()

    def after(self, published: dt.date | None, pk: int, sort: str, *, undated: bool = True) -> QuoteQuerySet:
        """Keyset paging: the rows that follow (published, pk) in newest or oldest order.

        Undated quotes sort last in both orders, so once the cursor is among
        them only the id decides.  ``undated=False`` leaves them out of a
        dated cursor's continuation: the rest is then one range of
        quote_published_idx (or its ascending twin) that starts at the cursor,
        where "… OR published IS NULL" made PostgreSQL walk the index from
        the top (50 ms at row 100,000 of a million).  The caller reads the
        undated rows separately when the dated ones run out.
        """
        if published is None:
            return self.filter(published__isnull=True, **({"id__gt": pk} if sort == "oldest" else {"id__lt": pk}))
        if not undated:
            if sort == "oldest":
                return self.filter(published__gte=published).exclude(published=published, id__lte=pk)
            return self.filter(published__lte=published).exclude(published=published, id__gte=pk)
        if sort == "oldest":
            later = Q(published__gt=published) | Q(published=published, id__gt=pk)
        else:
            later = Q(published__lt=published) | Q(published=published, id__lt=pk)
        return self.filter(later | Q(published__isnull=True))

    def newest_phrase_matches(self, query: str, limit: int) -> QuoteQuerySet:
        """The public quotes among the newest ``limit`` matches of a search with a "phrase", in one query.

        PostgreSQL estimates a phrase as if its words were independent
        (4,039 rows for "keep talking" where 42,030 of a million match), so
        it fetches and rechecks every match through the GIN index and sorts
        them: 130 ms.  Walking the date index and testing each row stops
        after about 1,000 / (share of rows matching) rows: 18 ms for the same
        phrase.  A rare phrase would make that walk read the whole table, so
        the walk is bounded at PHRASE_SCAN_ROWS rows, and when it finds fewer
        than ``limit`` matches the GIN plan runs instead, in the same query
        (its branch is gated on the walk's count, so only one of the two
        reads matches).  Extra cost for a rare phrase: the bounded walk,
        about 30 ms.
        """
        from statements.models import SEARCH_CONFIG

        public = self.model.objects.public()
        walk_sql, walk_params = public.newest().values("id", "published", "search")[:PHRASE_SCAN_ROWS].query.sql_with_params()
        first = (f"""SELECT walk.id FROM ({walk_sql}) walk
                     WHERE walk.search @@ websearch_to_tsquery(%s::regconfig, %s)
                     ORDER BY walk.published DESC NULLS LAST, walk.id DESC LIMIT {int(limit)}""",
                 (*walk_params, SEARCH_CONFIG, query))
        gin = public.search(query).newest().values("id")[:limit].query.sql_with_params()
        return self.filter(pk__in=_first_if_full(first, gin, limit))

    def ranked(self, query: str) -> QuoteQuerySet:
        return self.annotate(rank=SearchRank(F("search"), websearch(query))).order_by(
            "-rank", models.F("published").desc(nulls_last=True), "-id"
        )

    def window_rows(self, limit: int, *, recent_from: dt.date | None = None,
                    rank_query: str | None = None) -> list[tuple[int, dt.date | None, int | None]]:
        """(id, published, speaker_id) of the newest ``limit`` rows, newest first, or best match first.

        The newest ``limit`` rows come first in either order: ranking every
        match of a common word costs hundreds of milliseconds on a million
        quotes, a date-ordered capped read a few, so ``rank_query`` ranks
        only inside that window.  The rows carry their search vector up to
        the ranking, so no row is read twice (fetching the thousand rows
        again by key to rank them took 4-7 ms).

        Given ``recent_from``, the rows dated on or after it are tried first,
        in the same query: with the recent slice's cutoff (statements.recent)
        PostgreSQL reads the matches from that slice's own full-text index.
        When the slice holds at least ``limit`` rows they are exactly the
        newest ``limit`` (every other row is older), so its answer is used;
        otherwise the unbounded query answers, its branch gated on the
        slice's count (_first_if_full_sql).  So ``recent_from`` only ever
        costs time, never rows: a rare word pays the small slice query
        (under a millisecond) first.
        """
        columns = ("id", "published", "speaker_id", *(("search",) if rank_query else ()))
        newest = self.newest().values(*columns)[:limit].query.sql_with_params()
        if recent_from is None:
            sql, params = newest
        else:
            recent = self.filter(published__gte=recent_from).newest().values(*columns)[:limit].query.sql_with_params()
            sql, params = _first_if_full_sql(recent, newest, limit, columns)
        if rank_query:
            from statements.models import SEARCH_CONFIG

            # the rank of ranked(): SearchRank(F("search"), websearch(query))
            sql = (f"SELECT w.id, w.published, w.speaker_id FROM ({sql}) w "
                   "ORDER BY ts_rank(w.search, websearch_to_tsquery(%s::regconfig, %s)) DESC, "
                   "w.published DESC NULLS LAST, w.id DESC")
            params = (*params, SEARCH_CONFIG, rank_query)
        else:
            sql = f"SELECT w.id, w.published, w.speaker_id FROM ({sql}) w ORDER BY w.published DESC NULLS LAST, w.id DESC"
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def with_topic_list(self) -> QuoteQuerySet:
        """``topic_list``: [{"id", "name", "slug"}, ...] in the same query, instead of a prefetch."""
        from statements.models import QuoteTopic

        links = QuoteTopic.objects.filter(quote=OuterRef("pk")).order_by("topic__name")
        return self.annotate(topic_list=JSONListSubquery(links.values(json=JSONObject(id="topic_id", name="topic__name", slug="topic__slug"))))

    def with_headline(self, query: str) -> QuoteQuerySet:
        """``headline``: the whole text with matches between MARK_START and MARK_END.

        Only call it on the rows of one page: ts_headline re-parses the text.
        """
        from statements.models import SEARCH_CONFIG

        return self.annotate(headline=SearchHeadline(
            "text", websearch(query), config=SEARCH_CONFIG, start_sel=MARK_START, stop_sel=MARK_END, highlight_all=True,
        ))

    def for_rows(self) -> QuoteQuerySet:
        """A list row's needs in one query: speaker, via, article, outlet, topics."""
        return (
            self.select_related("speaker", "via", "article", "article__outlet")
            .defer("search", "article__body")
            .with_topic_list()
        )

    def for_list(self) -> QuoteQuerySet:
        """Everything a list row shows, in a fixed number of queries."""
        return self.select_related("speaker", "via", "article", "article__outlet").prefetch_related("topics")

    def newest(self) -> QuoteQuerySet:
        return self.order_by(models.F("published").desc(nulls_last=True), "-id")

    def per_month(self) -> QuoteQuerySet:
        """(month, n) rows, month None for undated quotes: a speaker's timeline."""
        return self.order_by().annotate(month=TruncMonth("published")).values("month").annotate(n=Count("id")).order_by("month")


class ActorQuerySet(models.QuerySet):
    def similar_to(self, name: str) -> ActorQuerySet:
        """Actors whose name or an alias looks like ``name`` ("Lavrow" → Lavrov), best first.

        ``%>`` (word similarity) on the aliases uses alias_name_trgm_gist; the
        actors table is small enough to test its names directly.
        """
        from statements.models import ActorAlias

        alias_hits = ActorAlias.objects.filter(name__trigram_word_similar=name)
        best_alias = (
            ActorAlias.objects.filter(actor=OuterRef("pk"))
            .annotate(similarity=TrigramWordSimilarity(name, "name"))
            .order_by("-similarity")
            .values("similarity")[:1]
        )
        return (
            # two subqueries, each on its trigram index (alias_name_trgm_gist, actor_name_trgm_gist)
            self.filter(Q(pk__in=alias_hits.values("actor_id"))
                        | Q(pk__in=self.model.objects.filter(name__trigram_word_similar=name).values("pk")))
            .annotate(similarity=Greatest(TrigramWordSimilarity(name, "name"), Coalesce(Subquery(best_alias), 0.0)))
            .order_by("-similarity", "name")
        )

    def with_alias_list(self) -> ActorQuerySet:
        from statements.models import ActorAlias

        names = ActorAlias.objects.filter(actor=OuterRef("pk")).order_by("name").values("name")
        return self.annotate(alias_list=ArraySubquery(names))

    def with_quote_counts(self) -> ActorQuerySet:
        return self.annotate(quote_count=Count("quotes", filter=~Q(quotes__state="hidden")))

    def most_quoted(self, limit: int = 10) -> ActorQuerySet:
        return self.with_quote_counts().filter(quote_count__gt=0).order_by("-quote_count", "name")[:limit]


class ArticleQuerySet(models.QuerySet):
    def with_quote_counts(self) -> ArticleQuerySet:
        return self.annotate(quote_count=Count("quotes", filter=~Q(quotes__state="hidden")))


class TopicQuerySet(models.QuerySet):
    def with_quote_counts(self) -> TopicQuerySet:
        return self.annotate(quote_count=Count("quote_links", filter=~Q(quote_links__quote__state="hidden")))
