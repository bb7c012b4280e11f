"""Named, chainable reads: ``Quote.objects.public().by_speaker(actor).search(q)``.

Views call these; templates never query.  Everything here is written for a
table of a million quotes: filters use the indexes named in ``models``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery
from django.db import models
from django.db.models import Count, Q


class QuoteQuerySet(models.QuerySet):
    def public(self) -> QuoteQuerySet:
        """What readers see: every quote but those an editor hid."""
        return self.exclude(state="hidden")

    def by_speaker(self, actors: Iterable) -> QuoteQuerySet:
        return self.filter(speaker__in=list(actors))

    def with_topics(self, topics: Iterable) -> QuoteQuerySet:
        """Quotes carrying any of the topics (an OR within topics)."""
        ids = [t.pk if hasattr(t, "pk") else t for t in topics]
        if not ids:
            return self
        from statements.models import QuoteTopic

        return self.filter(pk__in=QuoteTopic.objects.filter(topic_id__in=ids).values("quote_id"))

    def published_between(self, after: dt.date | None = None, before: dt.date | None = None) -> QuoteQuerySet:
        qs = self
        if after:
            qs = qs.filter(published__gte=after)
        if before:
            qs = qs.filter(published__lte=before)
        return qs

    def search(self, query: str) -> QuoteQuerySet:
        """Web-search syntax: words, "exact phrase", OR, -exclude; stemmed, accents folded."""
        from statements.models import SEARCH_CONFIG

        return self.filter(search=SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG))

    def for_list(self) -> QuoteQuerySet:
        """Everything a list row shows, in a fixed number of queries."""
        return self.select_related("speaker", "via", "article", "article__outlet").prefetch_related("topics")

    def newest(self) -> QuoteQuerySet:
        return self.order_by(models.F("published").desc(nulls_last=True), "-id")


class ActorQuerySet(models.QuerySet):
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
