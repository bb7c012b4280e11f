"""Atom feeds of any /quotes/ search, so readers can follow a speaker or a topic."""
from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html

from statements import search
from statements.models import Quote


class QuotesFeed(Feed):
    """The newest FEED_SIZE statements of a search; views.quotes_atom validates the parameters first."""

    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, *args, **kwargs) -> search.Criteria:
        return request.archive_criteria

    def title(self, criteria: search.Criteria) -> str:
        parts = []
        if criteria.speakers:
            parts.append("by " + ", ".join(ref.name for ref in criteria.speakers))
        if criteria.topics:
            parts.append("on " + ", ".join(ref.name for ref in criteria.topics))
        if criteria.q:
            parts.append(f"matching “{criteria.q}”")
        return "Statements " + " ".join(parts) if parts else "Latest statements"

    def subtitle(self, criteria: search.Criteria) -> str:
        return "The statements archive: newest statements first."

    def link(self, criteria: search.Criteria) -> str:
        query = criteria.as_query_string(sort="", after="")
        return reverse("statements:quotes") + (f"?{query}" if query else "")

    def items(self, criteria: search.Criteria) -> list[Quote]:
        return list(Quote.objects.public().matching(criteria).for_rows().newest()[: search.FEED_SIZE])

    def item_title(self, quote: Quote) -> str:
        # Atom titles are text: the feed writer escapes them
        speaker = quote.speaker.name if quote.speaker else "Unattributed"
        text = quote.text if len(quote.text) <= 90 else quote.text[:87] + "…"
        return f"{speaker}: “{text}”"

    def item_description(self, quote: Quote) -> str:
        # the summary is HTML to feed readers, so everything ingested is escaped here
        where = quote.article.outlet.name if quote.article.outlet else "unknown outlet"
        return format_html("<p>“{}”</p><p>{} · {} · {}</p>", quote.text, Quote.Kind(quote.kind).label,
                           quote.cue or "no cue", where)

    def item_link(self, quote: Quote) -> str:
        return quote.get_absolute_url()

    def item_author_name(self, quote: Quote) -> str | None:
        return quote.speaker.name if quote.speaker else None

    def item_pubdate(self, quote: Quote) -> dt.datetime:
        if quote.published:
            return dt.datetime.combine(quote.published, dt.time(12), tzinfo=dt.UTC)
        return quote.created_at

    def item_updateddate(self, quote: Quote) -> dt.datetime:
        return quote.state_changed_at or self.item_pubdate(quote) or timezone.now()
