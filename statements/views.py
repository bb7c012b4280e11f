"""Public pages of the archive.

Thin views: a form validates the parameters (400 with its message when they
are bad), one search or queryset call reads, the template shows.  Every page
runs a small, fixed number of queries whatever the number of rows shown.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator

from django.core.cache import cache
from django.core.paginator import EmptyPage, Paginator
from django.db import connection
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from statements import search
from statements.display import article_paragraphs, citation
from statements.feeds import QuotesFeed
from statements.forms import CompareForm, QuoteFilterForm, Ref, SpeakerListForm
from statements.models import Actor, ActorRedirect, Article, Quote, Topic
from statements.pagecache import public_page
from statements.search import Criteria, Links, PageOutOfRange

# Primary keys are bigint: a longer number in the URL is simply not there.
MAX_PK = 2**63 - 1
SPEAKERS_PER_PAGE = 60


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and the Docker HEALTHCHECK: is the database answering?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any database failure means unhealthy
        return JsonResponse({"status": "error", "database": str(exc)[:200]}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@public_page
def home(request: HttpRequest) -> HttpResponse:
    counts = search.speaker_counts()[:10]
    actors = Actor.objects.in_bulk([actor_id for actor_id, _ in counts])
    topics = search.topics_with_counts()
    context = {
        "nav": "home",
        "form": QuoteFilterForm(),
        "recent": list(Quote.objects.public().for_rows().newest()[:8]),
        "speakers": [(actors[actor_id], n) for actor_id, n in counts if actor_id in actors],
        "topics": sorted(topics, key=lambda item: (-item[1], item[0].name)),
    }
    return render(request, "statements/home.html", context)


def _results_page(request: HttpRequest, template: str, context: dict, *, fixed_speaker: Ref | None = None,
                  fixed_topic: Ref | None = None) -> HttpResponse:
    """The search behind /quotes/, a speaker's page and a topic's page."""
    form = QuoteFilterForm(request.GET, fixed_speaker=fixed_speaker, fixed_topic=fixed_topic)
    context = {**context, "form": form, "results": None, "cap": search.cap(), "export_cap": search.EXPORT_CAP}
    if not form.is_valid():
        return render(request, template, context, status=400)
    criteria = Criteria.from_form(form.cleaned_data, fixed_speaker=fixed_speaker, fixed_topic=fixed_topic)
    links = Links(request.path, request.GET, fixed=("speaker",) if fixed_speaker else ())
    try:
        results = search.run_search(criteria, form.cleaned_data.get("page") or 1, links,
                                    fixed_speaker=fixed_speaker is not None, fixed_topic=fixed_topic)
    except PageOutOfRange as exc:
        context.update(out_of_range=exc)
        return render(request, "statements/page_out_of_range.html", context, status=404)
    context.update(results=results, export_query=results.criteria.as_query_string(),
                   feed_query=results.criteria.as_query_string(sort="", after=""))
    return render(request, template, context)


@public_page
def quote_list(request: HttpRequest) -> HttpResponse:
    return _results_page(request, "statements/quote_list.html", {"nav": "quotes"})


@public_page
def quote_detail(request: HttpRequest, pk: int) -> HttpResponse:
    if pk > MAX_PK:
        raise Http404("No such statement.")
    quote = get_object_or_404(
        Quote.objects.public().select_related("speaker", "via", "article", "article__outlet").defer("search")
        .with_topic_list(),
        pk=pk,
    )
    topic_ids = [t["id"] for t in quote.topic_list]
    more: list[Quote] = []
    if quote.speaker_id and topic_ids:
        more = list(
            Quote.objects.public().filter(speaker_id=quote.speaker_id).with_topics(topic_ids)
            .exclude(pk=quote.pk).for_rows().newest()[:5]
        )
    before, text, after = quote.paragraph()
    permalink = request.build_absolute_uri(quote.get_absolute_url())
    context = {
        "nav": "quotes",
        "quote": quote,
        "paragraph": (before, text, after),
        "permalink": permalink,
        "citation": citation(quote, permalink),
        "more": more,
        # one query, and only for quotes an editor has touched
        "editorial": quote.editorial_summary() if quote.is_editorial else [],
    }
    return render(request, "statements/quote_detail.html", context)


@public_page
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    if pk > MAX_PK:
        raise Http404("No such article.")
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    quotes = list(Quote.objects.public().filter(article=article).select_related("speaker", "via")
                  .defer("search").order_by("start", "id"))
    for quote in quotes:
        quote.article = article  # already loaded; saves a query per quote
    context = {
        "nav": "quotes",
        "article": article,
        "paragraphs": article_paragraphs(article.body, quotes),
        "quotes": quotes,
    }
    return render(request, "statements/article_detail.html", context)


@public_page
def speaker_list(request: HttpRequest) -> HttpResponse:
    form = SpeakerListForm(request.GET)
    context = {"nav": "speakers", "form": form, "page": None}
    if not form.is_valid():
        return render(request, "statements/speaker_list.html", context, status=400)
    counts = dict(search.speaker_counts())
    name, sort = form.cleaned_data["name"], form.cleaned_data["sort"] or "count"
    if name:
        actors = list(Actor.objects.similar_to(name)[:SPEAKERS_PER_PAGE])
        context.update(rows=[(a, counts.get(a.pk, 0)) for a in actors], searched=name)
        return render(request, "statements/speaker_list.html", context)
    if sort == "count":
        paginator = Paginator(list(counts.items()), SPEAKERS_PER_PAGE)
    else:
        paginator = Paginator(Actor.objects.order_by("name", "id").values_list("id", flat=True), SPEAKERS_PER_PAGE)
    try:
        page = paginator.page(form.cleaned_data["page"] or 1)
    except EmptyPage:
        raise Http404("There is no such page of speakers.") from None
    ids = [item[0] if isinstance(item, tuple) else item for item in page.object_list]
    actors = Actor.objects.in_bulk(ids)
    links = Links(request.path, request.GET)
    context.update(
        page=page,
        rows=[(actors[i], counts.get(i, 0)) for i in ids if i in actors],
        prev_url=links.url(page=page.previous_page_number(), keep_position=True) if page.has_previous() else "",
        next_url=links.url(page=page.next_page_number(), keep_position=True) if page.has_next() else "",
        sort=sort,
    )
    return render(request, "statements/speaker_list.html", context)


@public_page
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = Actor.objects.with_alias_list().filter(slug=slug).first()
    if actor is None:
        redirect = ActorRedirect.objects.select_related("actor").filter(old_slug=slug).first()
        if redirect is None:
            raise Http404("No such speaker.")
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(redirect.actor.get_absolute_url() + (f"?{query}" if query else ""))
    months = cache.get_or_set(f"pages:timeline:{actor.pk}",
                              lambda: list(Quote.objects.public().filter(speaker=actor).per_month()), search.COUNTS_TTL)
    ref = Ref("speaker", actor.pk, actor.slug, actor.name)
    context = {
        "nav": "speakers",
        "actor": actor,
        "aliases": [a for a in actor.alias_list if a != actor.name],
        "timeline": search.timeline(months, Links(request.path, request.GET, fixed=("speaker",))),
    }
    return _results_page(request, "statements/speaker_detail.html", context, fixed_speaker=ref)


@public_page
def topic_list(request: HttpRequest) -> HttpResponse:
    topics = search.topics_with_counts()
    return render(request, "statements/topic_list.html", {"nav": "topics", "topics": topics})


@public_page
def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    ref = Ref("topic", topic.pk, topic.slug, topic.name)
    return _results_page(request, "statements/topic_detail.html", {"nav": "topics", "topic": topic}, fixed_topic=ref)


@public_page
def compare(request: HttpRequest) -> HttpResponse:
    form = CompareForm(request.GET)
    context = {"nav": "compare", "form": form, "topics": list(Topic.objects.all()), "rows": [], "choices": []}
    if not form.is_valid():
        return render(request, "statements/compare.html", context, status=400)
    topic, speakers = form.cleaned_data["topic_ref"], form.cleaned_data["speaker_refs"]
    context.update(topic=topic, speakers=speakers)
    if topic:
        chosen = {ref.slug for ref in speakers}
        choices = [(a.slug, a.name, a.n) for a in search.top_speakers_on(topic.id)]
        choices += [(ref.slug, ref.name, None) for ref in speakers if ref.slug not in {c[0] for c in choices}]
        context.update(choices=[(slug, name, n, slug in chosen) for slug, name, n in choices],
                       rows=search.compare(topic, speakers))
    return render(request, "statements/compare.html", context)


# Exports ---------------------------------------------------------------------

def _export_criteria(request: HttpRequest) -> Criteria | HttpResponse:
    form = QuoteFilterForm(request.GET)
    if not form.is_valid():
        messages = "; ".join(str(e) for errors in form.errors.values() for e in errors)
        return HttpResponse(f"Bad parameters: {messages}\n", status=400, content_type="text/plain; charset=utf-8")
    return Criteria.from_form(form.cleaned_data)


def _export_rows(criteria: Criteria) -> Iterator[Quote]:
    """At most EXPORT_CAP rows in date order, read in chunks so memory stays flat."""
    sort = "oldest" if criteria.sort == "oldest" else "newest"
    qs = Quote.objects.public().matching(criteria).for_rows().in_date_order(sort)
    if criteria.after:
        qs = qs.after(criteria.after.published, criteria.after.id, sort)
    return qs[: search.EXPORT_CAP].iterator(chunk_size=1000)


EXPORT_FIELDS = ["id", "permalink", "text", "speaker", "speaker_slug", "via", "date", "date_precision", "outlet",
                 "article_title", "article_url", "source_url", "topics", "kind", "cue", "state", "state_changed_at",
                 "confidence"]


def _export_record(request: HttpRequest, quote: Quote) -> dict:
    article = quote.article
    return {
        "id": quote.pk,
        "permalink": request.build_absolute_uri(quote.get_absolute_url()),
        "text": quote.text,
        "speaker": quote.speaker.name if quote.speaker else "",
        "speaker_slug": quote.speaker.slug if quote.speaker else "",
        "via": quote.via.name if quote.via else "",
        "date": quote.published.isoformat() if quote.published else "",
        "date_precision": article.date_precision,
        "outlet": article.outlet.name if article.outlet else "",
        "article_title": article.title,
        "article_url": request.build_absolute_uri(article.get_absolute_url()),
        "source_url": article.url,
        "topics": [t["name"] for t in quote.topic_list],
        "kind": quote.kind,
        "cue": quote.cue,
        "state": quote.state,
        "state_changed_at": quote.state_changed_at.isoformat() if quote.state_changed_at else "",
        "confidence": quote.confidence,
    }


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """A cell a spreadsheet will not run as a formula: prefix a quote mark to = + - @ (and tab, CR)."""
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class _Echo:
    def write(self, value: str) -> str:
        return value


def quotes_csv(request: HttpRequest) -> HttpResponse:
    criteria = _export_criteria(request)
    if isinstance(criteria, HttpResponse):
        return criteria
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield "\ufeff" + writer.writerow(EXPORT_FIELDS)  # the BOM makes spreadsheet apps read UTF-8
        for quote in _export_rows(criteria):
            record = _export_record(request, quote)
            yield writer.writerow([spreadsheet_safe(record[name]) for name in EXPORT_FIELDS])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="statements.csv"'
    response["X-Row-Cap"] = str(search.EXPORT_CAP)
    return response


def quotes_json(request: HttpRequest) -> HttpResponse:
    criteria = _export_criteria(request)
    if isinstance(criteria, HttpResponse):
        return criteria

    def chunks() -> Iterator[str]:
        yield "["
        for i, quote in enumerate(_export_rows(criteria)):
            yield ("," if i else "") + "\n" + json.dumps(_export_record(request, quote), ensure_ascii=False)
        yield "\n]\n"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["X-Row-Cap"] = str(search.EXPORT_CAP)
    return response


def quotes_atom(request: HttpRequest) -> HttpResponse:
    criteria = _export_criteria(request)
    if isinstance(criteria, HttpResponse):
        return criteria
    request.archive_criteria = criteria
    return QuotesFeed()(request)
