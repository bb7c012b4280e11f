"""Small display helpers for the public pages: dates, attribution, the timeline."""
from __future__ import annotations

import datetime as dt

from django import template
from django.utils.safestring import SafeString

from statements import display
from statements.models import Quote
from statements.search import LOW_CONFIDENCE

register = template.Library()


@register.filter
def quote_date(quote: Quote) -> str:
    """'16 March 2024', 'March 2024' when only the month is known, or 'date unknown'."""
    return display.date_label(quote)


@register.filter
def long_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {value:%B %Y}"


@register.inclusion_tag("includes/attribution.html")
def attribution(quote: Quote) -> dict:
    """How the quote was attributed, for every place a quote is shown."""
    return {
        "quote": quote,
        "kind": Quote.Kind(quote.kind).label if quote.kind in Quote.Kind.values else quote.kind,
        "low_confidence": quote.confidence < LOW_CONFIDENCE,
        "confidence_percent": round(quote.confidence * 100),
    }


@register.filter
def quote_cards(quotes: list) -> SafeString:
    """A quote list's items, escaped: ``<ol class="quote-list">{{ quotes|quote_cards }}</ol>``."""
    return display.cards_html(quotes)


@register.filter
def facet_items(items: list) -> SafeString:
    """A speakers' or topics' facet list, escaped: ``{{ results.facets.topics|facet_items }}``."""
    return display.facet_items_html(items)


@register.filter
def year_facet_items(items: list) -> SafeString:
    """The years' facet list, where a year without a URL is plain text."""
    return display.facet_items_html(items, static_without_url=True)
