"""Data helpers shared by the public pages' tests (on top of tests.builders)."""
from __future__ import annotations

import datetime as dt

from django.core.cache import cache

from statements.models import Article, Quote, Topic
from tests.builders import make_article, make_quote


def fresh_start() -> None:
    """No cached site-wide counts and no starter topics (migration 0003): each test builds its own."""
    cache.clear()
    Topic.objects.all().delete()


def quote_on(day: dt.date | None, text: str, *, outlet=None, title: str = "", url: str = "", **fields) -> Quote:
    """A quote in its own article of that date, the quote in the middle paragraph."""
    body = f"Opening paragraph.\n\n“{text},” the official said.\n\nClosing paragraph."
    extra = {"outlet": outlet} if outlet else {}
    if title:
        extra["title"] = title
    article = make_article(body, published=day, url=url, **extra)
    if day and fields.pop("month_only", False):
        Article.objects.filter(pk=article.pk).update(date_precision=Article.Precision.MONTH)
        article.refresh_from_db()
    return make_quote(text, article=article, **fields)


def days(start: dt.date, n: int, step: int = 1) -> list[dt.date]:
    return [start + dt.timedelta(days=i * step) for i in range(n)]
