"""Small display helpers for the public pages: dates, attribution, the timeline."""
from __future__ import annotations

import datetime as dt

from django import template

from statements.display import excerpt
from statements.models import Article, Quote
from statements.search import LOW_CONFIDENCE

register = template.Library()


@register.filter
def quote_date(quote: Quote) -> str:
    """'16 March 2024', 'March 2024' when only the month is known, or 'date unknown'."""
    published = quote.published
    if published is None:
        return "date unknown"
    precision = getattr(quote.article, "date_precision", Article.Precision.DAY) if quote.article_id else "day"
    if precision == Article.Precision.MONTH:
        return f"{published:%B %Y}"
    return f"{published.day} {published:%B %Y}"


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


@register.inclusion_tag("includes/quote_card.html")
def quote_card(quote: Quote, show_speaker: bool = True) -> dict:
    pieces, cut_before, cut_after = excerpt(getattr(quote, "segments", None) or [(quote.text, False)])
    return {"quote": quote, "show_speaker": show_speaker, "pieces": pieces, "cut_before": cut_before,
            "cut_after": cut_after}
