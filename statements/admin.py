"""The editors' admin: correct quotes, merge actors, add what extraction missed.

Editors are staff in the "Editors" group (migration 0004): they add and
change, never delete.  Every correction goes through ``statements.editing``,
which puts the quote in an editorial state that ingest will not undo and
records who did it and when.
"""
from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.db import models
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from statements import editing, history
from statements.forms_admin import (
    AddQuoteForm,
    AliasForm,
    ArticleAddForm,
    MergeActorsForm,
    QuoteChangeForm,
    ReassignSpeakerForm,
)
from statements.models import Actor, ActorAlias, Article, Outlet, Quote, QuoteTopic, SourceDocument, Topic

admin.site.site_header = "Statements archive — editors"
admin.site.site_title = "Statements archive admin"
admin.site.index_title = "The record"

BODY_STYLE = "white-space: pre-wrap; max-width: 62em; line-height: 1.5; font-size: 14px"


class _HistoryContext(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value):
        # An empty link (no speaker yet, nobody changed the state) is not a
        # "Deleted user (pk=None)".
        if isinstance(value, DeletedObject) and value.pk is None:
            return "—"
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """History is for reading: a revert would bypass the editorial state rules."""

    def revert_disabled(self, request, obj=None):
        return True

    def get_historical_record_context_helper(self, request, historical_record):
        return _HistoryContext(self.model, historical_record)


def _snippet(text: str, length: int = 90) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _admin_link(obj, label=None) -> str:
    if obj is None:
        return "—"
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, label or str(obj))


# Quotes ------------------------------------------------------------------


class SpeakerFilter(admin.SimpleListFilter):
    """A text box rather than a list: there are far too many actors to list.

    Takes an actor's slug (what the speaker links in the list use) or part
    of a name or alias.
    """

    title = "speaker"
    parameter_name = "speaker"
    template = "admin/statements/input_filter.html"

    def lookups(self, request, model_admin):
        return ()

    def has_output(self) -> bool:
        return True

    def choices(self, changelist: ChangeList):
        hidden = [(k, v) for k, v in changelist.params.items() if k != self.parameter_name]
        yield {
            "name": self.parameter_name,
            "value": self.value() or "",
            "hidden": hidden,
            "reset": changelist.get_query_string(remove=[self.parameter_name]),
        }

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        if not value:
            return queryset
        exact = Actor.objects.filter(slug=value).values("pk")
        if exact.exists():
            return queryset.filter(speaker__in=exact)
        names = Actor.objects.filter(Q(name__icontains=value) | Q(aliases__name__icontains=value)).values("pk")
        return queryset.filter(speaker__in=names)


class TopicLinkInline(admin.TabularInline):
    """A quote's topics.  Whoever may change the quote may change its topics."""

    model = QuoteTopic
    fields = ["topic", "source", "matched"]
    readonly_fields = ["source", "matched"]
    extra = 0
    verbose_name = "topic"
    verbose_name_plural = "topics"

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("statements.change_quote")

    has_add_permission = has_view_permission
    has_change_permission = has_view_permission
    has_delete_permission = has_view_permission


@admin.register(Quote)
class QuoteAdmin(HistoryAdmin):
    form = QuoteChangeForm
    list_display = ["speaker_link", "snippet", "article_link", "published", "state", "kind"]
    list_display_links = ["snippet"]
    list_filter = [
        SpeakerFilter,
        "topics",
        "state",
        "kind",
        ("article__outlet", admin.RelatedFieldListFilter),
        "published",
    ]
    list_select_related = ["speaker", "article"]
    list_per_page = 50
    # Counting a million rows for "of N" on every page is not worth it.
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    search_fields = ["text"]  # replaced by full-text search below
    search_help_text = 'Words of the quote or the speaker\'s name. "Exact phrase", OR, -exclude; a number finds that quote.'
    autocomplete_fields = ["speaker", "via"]
    inlines = [TopicLinkInline]
    actions = ["reassign_speaker", "mark_verified", "hide", "show_again"]
    readonly_fields = ["article_link", "context", "published", "state", "origin", "state_changed_by",
                       "state_changed_at", "editorial_history", "confidence", "start", "end"]
    fieldsets = [
        (None, {"fields": ["article_link", "context", "text", "speaker", "via", "kind", "cue"]}),
        ("Editorial state", {"fields": ["state", "origin", "state_changed_by", "state_changed_at",
                                        "editorial_history"]}),
        ("Extraction", {"fields": ["confidence", "start", "end", "published"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article", "speaker", "via", "state_changed_by")

    def has_add_permission(self, request):
        # Quotes are added on their article's page, where the words are
        # checked against the text and the offsets found.
        return False

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        if term.isdigit():
            return queryset.filter(pk=int(term)), False
        return queryset.search(term), False

    @admin.display(description="speaker", ordering="speaker__name")
    def speaker_link(self, quote: Quote) -> str:
        if quote.speaker is None:
            return "—"
        url = reverse("admin:statements_quote_changelist") + "?" + urlencode({"speaker": quote.speaker.slug})
        return format_html('<a href="{}" title="All quotes by {}">{}</a>', url, quote.speaker.name, quote.speaker.name)

    @admin.display(description="quote")
    def snippet(self, quote: Quote) -> str:
        return _snippet(quote.text)

    @admin.display(description="article", ordering="article__title")
    def article_link(self, quote: Quote) -> str:
        return _admin_link(quote.article, _snippet(str(quote.article), 60))

    @admin.display(description="in context")
    def context(self, quote: Quote) -> str:
        before, words, after = quote.paragraph()
        return format_html('<div style="{}">{}<mark>{}</mark>{}</div>', BODY_STYLE, before, words, after)

    @admin.display(description="history")
    def editorial_history(self, quote: Quote) -> str:
        events = history.quote_timeline(quote)
        if not events:
            return "No editorial changes yet."
        rows = format_html_join("", "<li>{} — {} — {}</li>", (
            (e["when"].strftime("%Y-%m-%d %H:%M"), e["who"] or "ingest", e["what"]) for e in events
        ))
        url = reverse("admin:statements_quote_history", args=[quote.pk])
        return format_html('<ul style="margin-left:0">{}</ul><a href="{}">Full history with differences</a>', rows, url)

    def save_model(self, request, obj, form, change):
        reasons = []
        if {"speaker", "via"} & set(form.changed_data):
            reasons.append(history.ATTRIBUTION)
        if "text" in form.changed_data:
            reasons.append(history.WORDING)
        if {"kind", "cue"} & set(form.changed_data):
            reasons.append(history.DETAILS)
        editing.save_correction(obj, request.user, reasons)

    def save_formset(self, request, form, formset, change):
        links = formset.save(commit=False)
        for link in formset.deleted_objects:
            link.delete()
        for link in links:
            link.source = QuoteTopic.Source.EDITOR
            link.published = form.instance.published
            link.save()
        if links or formset.deleted_objects:
            request._topics_changed = True

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if getattr(request, "_topics_changed", False):
            editing.save_correction(form.instance, request.user, [history.TOPICS])

    @admin.action(description="Reassign the speaker of selected quotes…", permissions=["change"])
    def reassign_speaker(self, request, queryset):
        form = ReassignSpeakerForm(request.POST if "apply" in request.POST else None, admin_site=self.admin_site)
        if form.is_bound and form.is_valid():
            actor = form.cleaned_data["actor"]
            changed = editing.reassign_speaker(queryset, actor, request.user)
            self.message_user(request, f"{changed} quote(s) now attributed to {actor.name}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Reassign the speaker",
            "opts": self.model._meta,
            "form": form,
            "media": self.media + form.media,
            "quotes": queryset.select_related("speaker")[:20],
            "count": queryset.count(),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/statements/quote/reassign_speaker.html", context)

    @admin.action(description="Mark selected quotes verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        changed = editing.set_state(queryset, Quote.State.VERIFIED, request.user, history.VERIFIED)
        self.message_user(request, f"{changed} quote(s) marked verified.", messages.SUCCESS)

    @admin.action(description="Hide selected quotes (not a statement)", permissions=["change"])
    def hide(self, request, queryset):
        changed = editing.set_state(queryset, Quote.State.HIDDEN, request.user, history.HIDDEN)
        self.message_user(request, f"{changed} quote(s) hidden from the public pages; they stay here.", messages.SUCCESS)

    @admin.action(description="Show selected hidden quotes again", permissions=["change"])
    def show_again(self, request, queryset):
        changed = editing.set_state(queryset.filter(state=Quote.State.HIDDEN), Quote.State.EDITED, request.user,
                                    history.SHOWN)
        self.message_user(request, f"{changed} quote(s) shown on the public pages again.", messages.SUCCESS)


# Articles ----------------------------------------------------------------


class ArticleQuotesInline(admin.TabularInline):
    """The quotes found in the article; corrections happen on each quote's page."""

    model = Quote
    fields = ["snippet", "speaker", "kind", "state", "origin"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    ordering = ["start"]
    verbose_name_plural = "quotes in this article"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="quote")
    def snippet(self, quote: Quote) -> str:
        return _snippet(quote.text, 120)


class AddQuoteInline(admin.StackedInline):
    """An empty form for a quote extraction missed."""

    model = Quote
    form = AddQuoteForm
    fields = ["text", "speaker", "kind", "cue"]
    autocomplete_fields = ["speaker"]
    extra = 1
    can_delete = False
    verbose_name = "missing quote"
    verbose_name_plural = "add a missing quote"

    def get_queryset(self, request):
        return super().get_queryset(request).none()


@admin.register(Article)
class ArticleAdmin(HistoryAdmin):
    list_display = ["title", "outlet", "published", "kind"]
    list_filter = ["kind", ("outlet", admin.RelatedFieldListFilter), "published"]
    list_select_related = ["outlet"]
    search_fields = ["title", "url"]
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    inlines = [ArticleQuotesInline, AddQuoteInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["text_with_quotes", "source_document", "position"]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = ArticleAddForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["title", "published", "date_precision", "url", "outlet", "kind", "body"]
        # The body is fixed once stored: quote offsets point into it, and
        # ingest recognises the article by it.
        return ["title", "published", "date_precision", "url", "outlet", "kind", "text_with_quotes",
                "source_document", "position"]

    @admin.display(description="text (quotes marked)")
    def text_with_quotes(self, article: Article) -> str:
        body = article.body
        parts, pos = [], 0
        for quote in article.quotes.select_related("speaker").order_by("start"):
            if quote.start < pos or quote.end > len(body):
                continue
            style = "text-decoration: line-through" if quote.state == Quote.State.HIDDEN else ""
            parts.append(escape(body[pos : quote.start]))
            parts.append(format_html('<mark title="{}" style="{}">{}</mark>', quote.speaker or "unknown speaker",
                                     style, body[quote.start : quote.end]))
            pos = quote.end
        parts.append(escape(body[pos:]))
        # every piece above is escaped
        return format_html('<div style="{}">{}</div>', BODY_STYLE, mark_safe("".join(str(p) for p in parts)))

    def save_formset(self, request, form, formset, change):
        if not issubclass(formset.form, AddQuoteForm):
            return super().save_formset(request, form, formset, change)
        for quote in formset.save(commit=False):
            quote.article = form.instance
            quote.origin = Quote.Origin.EDITOR
            editing.stamp(quote, request.user, Quote.State.EDITED)
            quote._change_reason = history.ADDED
            quote._history_user = request.user
            quote.save()


# Actors ------------------------------------------------------------------


class AliasInline(admin.TabularInline):
    model = ActorAlias
    form = AliasForm
    fields = ["name", "source"]
    readonly_fields = ["source"]
    extra = 1
    verbose_name_plural = "aliases (other spellings ingest should attribute to this actor)"


@admin.register(Actor)
class ActorAdmin(HistoryAdmin):
    list_display = ["name", "kind", "role", "affiliation", "slug", "created_by_editor"]
    list_filter = ["kind", "created_by_editor"]
    search_fields = ["name", "aliases__name", "slug"]
    show_full_result_count = False
    inlines = [AliasInline]
    readonly_fields = ["quotes_link", "created_by_editor"]
    actions = ["merge"]

    def get_fields(self, request, obj=None):
        fields = ["name", "kind", "role", "affiliation", "description"]
        return fields if obj is None else [*fields, "slug", "quotes_link", "created_by_editor"]

    def get_readonly_fields(self, request, obj=None):
        # A slug is an address readers may have saved; merges redirect old ones.
        return [*self.readonly_fields, "slug"] if obj else self.readonly_fields

    @admin.display(description="quotes")
    def quotes_link(self, actor: Actor) -> str:
        url = reverse("admin:statements_quote_changelist") + "?" + urlencode({"speaker": actor.slug})
        return format_html('<a href="{}">{} quotes</a>', url, actor.quotes.count())

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by_editor = True
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for alias in formset.save(commit=False):
            if alias.pk is None:
                alias.source = ActorAlias.Source.EDITOR
            alias.save()
        for alias in formset.deleted_objects:
            alias.delete()

    @admin.action(description="Merge selected duplicate actors…", permissions=["change"])
    def merge(self, request, queryset):
        actors = queryset.annotate(quote_total=Count("quotes", distinct=True),
                                   alias_total=Count("aliases", distinct=True)).order_by("-quote_total", "name")
        if len(actors) < 2:
            self.message_user(request, "Select at least two actors to merge.", messages.WARNING)
            return None
        form = MergeActorsForm(request.POST if "apply" in request.POST else None, actors=actors,
                               initial={"survivor": actors[0]})
        if form.is_bound and form.is_valid():
            survivor = form.cleaned_data["survivor"]
            result = editing.merge_actors(survivor, list(queryset), request.user)
            self.message_user(
                request,
                f"Merged {', '.join(result.merged)} into {survivor.name}: {result.quotes_moved} quote(s) and "
                f"{result.aliases_moved} alias(es) moved; their old pages redirect.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge duplicate actors",
            "opts": self.model._meta,
            "form": form,
            "actors": actors,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/statements/actor/merge_actors.html", context)


# Topics and outlets ------------------------------------------------------


@admin.register(Topic)
class TopicAdmin(HistoryAdmin):
    list_display = ["name", "slug", "keyword_count"]
    search_fields = ["name", "keywords"]
    fields = ["name", "slug", "description", "keywords"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description="keywords")
    def keyword_count(self, topic: Topic) -> int:
        return len(topic.keyword_list())

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "keywords" in form.changed_data:
            self.message_user(
                request,
                f"Keywords of “{obj.name}” changed. Existing quotes are re-tagged by "
                f"`manage.py retag --topic {obj.slug}` (topics editors set by hand are kept).",
                messages.INFO,
            )


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "slug"]
    search_fields = ["name", "domain"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    """Where articles came from; written by ingest only."""

    list_display = ["name", "status", "size", "ingested_at"]
    list_filter = ["status"]
    search_fields = ["name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
