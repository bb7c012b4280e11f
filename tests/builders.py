"""Small builders for test data: one call, sensible defaults, override what matters."""
from __future__ import annotations

import datetime as dt
import itertools

from statements.models import Actor, ActorAlias, Article, Outlet, Quote, QuoteTopic, Topic

_seq = itertools.count(1)


def make_outlet(name: str = "Example Wire", domain: str = "wire.example") -> Outlet:
    return Outlet.objects.get_or_create(name=name, defaults={"domain": domain})[0]


def make_actor(name: str = "Anna Berrow", *, aliases: tuple[str, ...] = (), **fields) -> Actor:
    actor = Actor.objects.create(name=name, **fields)
    for alias in aliases:
        ActorAlias.objects.create(actor=actor, name=alias)
    return actor


def make_topic(name: str = "Sanctions and economy", keywords: str = "sanction*\ntariff*", **fields) -> Topic:
    # the starter topics from migration 0003 may already hold this name
    return Topic.objects.update_or_create(name=name, defaults={"keywords": keywords, **fields})[0]


def make_article(body: str | None = None, *, published: dt.date | None = dt.date(2024, 3, 16), **fields) -> Article:
    n = next(_seq)
    body = body if body is not None else f"Story number {n}. “We will talk,” Berrow said."
    fields.setdefault("title", f"Invented story {n}")
    return Article.objects.create(body=body, published=published, **fields)


def make_quote(text: str = "We will talk", *, speaker: Actor | None = None, article: Article | None = None,
               topics: tuple[Topic, ...] = (), **fields) -> Quote:
    if article is None:
        article = make_article(f"Lead paragraph.\n\n“{text},” the minister said.\n\nClosing paragraph.")
    start = article.body.find(text)
    if start < 0:
        start = 0
    fields.setdefault("start", start)
    fields.setdefault("end", start + len(text))
    quote = Quote.objects.create(article=article, speaker=speaker, text=text, **fields)
    for topic in topics:
        QuoteTopic.objects.create(quote=quote, topic=topic, matched=topic.keyword_list()[0] if topic.keywords else "",
                                  published=quote.published)
    return quote
