"""Articles, quotes and the actors who said them.

The ingest service writes machine records; editors correct them in the admin.
A quote's ``state`` says who has the last word: anything but ``machine`` is
editorial work that no later ingest may change (see ``statements.ingest``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, GistIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from statements.querysets import ActorQuerySet, ArticleQuerySet, QuoteQuerySet, TopicQuerySet

# The text search configuration created by migration 0001: English stemming
# with accents folded (unaccent), so "Zelenskyy" finds "Zelenskýy".
SEARCH_CONFIG = "archive_english"


def text_fingerprint(text: str) -> str:
    """A hash of a quote's words, blind to case, punctuation and line breaks.

    Re-ingest uses it to recognise a quote it stored before, even when the
    file was re-wrapped or its quotation marks changed.
    """
    # Lower-case letter by letter (not word by word) so a final sigma folds
    # as it always has: stored fingerprints must not change.
    if text.isascii():  # most quotes: lower-casing the whole text is the same, and one call
        return hashlib.sha1(" ".join(_ALNUM_RUNS.findall(text.lower())).encode()).hexdigest()
    words = [w.lower() if w.isascii() else "".join(ch.lower() for ch in w) for w in _ALNUM_RUNS.findall(text)]
    return hashlib.sha1(" ".join(words).encode()).hexdigest()


# Runs of characters for which str.isalnum() is true: \w without the underscore.
_ALNUM_RUNS = re.compile(r"[^\W_]+")


def paragraph_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraph (or paragraphs) holding body[start:end] begins and ends.

    Article bodies separate paragraphs with a blank line.
    """
    left = body.rfind("\n\n", 0, start)
    right = body.find("\n\n", end)
    return (0 if left < 0 else left + 2), (len(body) if right < 0 else right)


def slug_root(base: str, max_length: int = 80) -> str:
    """The slug ``unique_slug`` tries first."""
    return (slugify(base) or "item")[:max_length].strip("-") or "item"


def unique_slug(model: type[models.Model], base: str, *, field: str = "slug", max_length: int = 80,
                taken: Callable[[str], bool] | None = None) -> str:
    """A slug for ``base`` that no row uses yet; ``taken`` replaces the query per candidate (bulk ingest)."""
    if taken is None:
        def taken(slug: str) -> bool:
            return model._default_manager.filter(**{field: slug}).exists()
    root = slug_root(base, max_length)
    slug, n = root, 2
    while taken(slug):
        suffix = f"-{n}"
        slug = f"{root[: max_length - len(suffix)]}{suffix}"
        n += 1
    return slug


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True, help_text="e.g. apnews.com")
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Outlet, self.name)
        super().save(*args, **kwargs)


class SourceDocument(models.Model):
    """One ingested file, so every article can be traced to where it came from."""

    class Status(models.TextChoices):
        OK = "ok", "Ingested"
        FAILED = "failed", "Failed"

    name = models.CharField(max_length=500, help_text="File name as given to ingest")
    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveBigIntegerField()
    encoding = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OK)
    error = models.TextField(blank=True)
    ingested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-ingested_at"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=["ok", "failed"]), name="sourcedoc_status_valid"),
        ]
        indexes = [
            # "which versions of this file did we see" when a file is updated
            models.Index(fields=["name"], name="sourcedoc_name_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    class Kind(models.TextChoices):
        REPORT = "report", "Report"
        INTERVIEW = "interview", "Interview"
        TRANSCRIPT = "transcript", "Transcript"
        STATEMENT = "statement", "Statement"

    class Precision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        UNKNOWN = "unknown", "Unknown"

    title = models.CharField(max_length=500, blank=True)
    published = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.UNKNOWN)
    url = models.URLField(max_length=1000, blank=True)
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.REPORT)
    body = models.TextField()
    source_document = models.ForeignKey(
        SourceDocument, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    position = models.PositiveIntegerField(default=0, help_text="Index of the article within its source document")
    content_hash = models.CharField(max_length=64, unique=True, help_text="sha256 of the normalised body")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["report", "interview", "transcript", "statement"]), name="article_kind_valid"),
            models.CheckConstraint(condition=Q(date_precision__in=["day", "month", "unknown"]), name="article_precision_valid"),
            # an unknown date is stored as no date, never as a guess
            models.CheckConstraint(
                condition=Q(date_precision="unknown", published__isnull=True) | Q(published__isnull=False) & ~Q(date_precision="unknown"),
                name="article_precision_matches_date",
            ),
        ]
        indexes = [
            # re-ingest of an updated file finds the article it replaces
            models.Index(fields=["source_document", "position"], name="article_source_pos_idx"),
            models.Index(fields=["url"], name="article_url_idx", condition=~Q(url="")),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("statements:article", args=[self.pk])

    @staticmethod
    def hash_body(body: str) -> str:
        return hashlib.sha256(" ".join(body.split()).encode()).hexdigest()

    def save(self, *args, **kwargs):
        if not self.content_hash:
            self.content_hash = self.hash_body(self.body)
        if self.published is None:
            self.date_precision = self.Precision.UNKNOWN
        elif self.date_precision == self.Precision.UNKNOWN:
            self.date_precision = self.Precision.DAY
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding:
            # Quotes and their topic rows carry the date so lists can be
            # sorted and filtered by date without a join; keep them in step.
            self.quotes.exclude(published=self.published).update(published=self.published)
            QuoteTopic.objects.filter(quote__article=self).exclude(published=self.published).update(
                published=self.published
            )


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        UNNAMED = "unnamed", "Unnamed source"

    name = models.CharField(max_length=200, help_text="Canonical name, without titles")
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=200, blank=True, help_text="e.g. Foreign Minister")
    affiliation = models.CharField(max_length=200, blank=True, help_text="Country or organisation")
    description = models.TextField(blank=True)
    created_by_editor = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    history = HistoricalRecords()
    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["person", "organisation", "unnamed"]), name="actor_kind_valid"),
        ]
        indexes = [
            models.Index(fields=["name"], name="actor_name_idx"),
            # ActorQuerySet.similar_to: "name %> q" tested on every actor took 12 ms of each bare-word search.
            # GiST, not GIN: for a query of two or more words the planner costed the GIN
            # index above a sequential scan and tested every name (28 ms on 3,800 actors);
            # it takes the GiST index at any length (1-3 ms).
            GistIndex(fields=["name"], name="actor_name_trgm_gist", opclasses=["gist_trgm_ops"]),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("statements:speaker", args=[self.slug])

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Actor, self.name)
        super().save(*args, **kwargs)


class ActorAlias(models.Model):
    """One spelling of an actor's name: "Sergei Lavrov", "Lavrov", "Russia's top diplomat"."""

    class Source(models.TextChoices):
        MACHINE = "machine", "Extraction"
        EDITOR = "editor", "Editor"

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, unique=True, editable=False)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.EDITOR)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "actor aliases"
        indexes = [
            # misspelt speaker names ("Lavrow") in the search box: trigram similarity
            # (GiST for the reason given at actor_name_trgm_gist), and the admin's name search
            GistIndex(fields=["name"], name="alias_name_trgm_gist", opclasses=["gist_trgm_ops"]),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        from statements.extraction import name_key

        self.normalized = name_key(self.name)
        super().save(*args, **kwargs)


class ActorRedirect(models.Model):
    """The slug of an actor merged into another keeps working."""

    old_slug = models.SlugField(max_length=80, unique=True)
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.actor.slug}"


class Topic(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True,
        help_text="One keyword or phrase per line. A trailing * matches any ending (sanction* → sanctions, sanctioned).",
    )

    history = HistoricalRecords()
    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("statements:topic", args=[self.slug])

    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Topic, self.name)
        super().save(*args, **kwargs)


class Quote(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        PARTIAL = "partial", "Partial quote"
        ANSWER = "answer", "Interview answer"

    class State(models.TextChoices):
        MACHINE = "machine", "As extracted"
        EDITED = "edited", "Corrected by an editor"
        VERIFIED = "verified", "Verified by an editor"
        HIDDEN = "hidden", "Hidden (not a statement)"

    class Origin(models.TextChoices):
        MACHINE = "machine", "Extraction"
        EDITOR = "editor", "Added by an editor"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="quotes")
    via = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="relayed_quotes",
        help_text="Who relayed the quote, e.g. an interviewee citing someone",
    )
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DIRECT)
    start = models.PositiveIntegerField(help_text="Offset of the quote in the article body")
    end = models.PositiveIntegerField()
    cue = models.CharField(max_length=200, blank=True, help_text='The words that attribute it: "said", "told reporters"')
    confidence = models.FloatField(default=1.0)
    topics = models.ManyToManyField(Topic, through="QuoteTopic", related_name="quotes", blank=True)
    # Copied from the article so lists sort and filter by date without a join.
    published = models.DateField(null=True, blank=True, editable=False)
    fingerprint = models.CharField(max_length=40, editable=False)
    state = models.CharField(max_length=10, choices=State.choices, default=State.MACHINE)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MACHINE)
    state_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state_changed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Kept by a trigger (migration 0002): text weighted A, speaker's name B.
    search = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(excluded_fields=["search", "published", "fingerprint"])
    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["direct", "partial", "answer"]), name="quote_kind_valid"),
            models.CheckConstraint(condition=Q(state__in=["machine", "edited", "verified", "hidden"]), name="quote_state_valid"),
            models.CheckConstraint(condition=Q(origin__in=["machine", "editor"]), name="quote_origin_valid"),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="quote_offsets_ordered"),
            models.CheckConstraint(condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="quote_confidence_range"),
            # the same words are stored once per article; re-ingest relies on it
            models.UniqueConstraint(fields=["article", "fingerprint"], name="quote_unique_per_article"),
        ]
        indexes = [
            # full-text search: WHERE search @@ websearch_to_tsquery(...)
            GinIndex(fields=["search"], name="quote_search_gin"),
            # /quotes/ newest first, and date ranges: ORDER BY published DESC, id DESC
            models.Index(models.F("published").desc(nulls_last=True), models.F("id").desc(), name="quote_published_idx",
                         condition=~Q(state="hidden")),
            # /quotes/?sort=oldest: ORDER BY published ASC NULLS LAST, id ASC (a backward
            # scan of quote_published_idx would put undated quotes first)
            models.Index(models.F("published").asc(nulls_last=True), models.F("id").asc(), name="quote_published_asc_idx",
                         condition=~Q(state="hidden")),
            # /speakers/<slug>/: a speaker's statements newest first
            models.Index(models.F("speaker"), models.F("published").desc(nulls_last=True), models.F("id").desc(),
                         name="quote_speaker_published_idx", condition=~Q(state="hidden")),
            models.Index(fields=["via"], name="quote_via_idx", condition=Q(via__isnull=False)),
            # the admin's "needs review" lists
            models.Index(fields=["state"], name="quote_state_idx", condition=~Q(state="machine")),
        ]

    def __str__(self) -> str:
        snippet = self.text if len(self.text) <= 60 else self.text[:57] + "…"
        return f"{self.speaker or 'Unknown'}: {snippet}"

    def get_absolute_url(self) -> str:
        return reverse("statements:quote", args=[self.pk])

    @property
    def is_editorial(self) -> bool:
        """True when an editor has touched it: ingest must leave it alone."""
        return self.state != self.State.MACHINE or self.origin == self.Origin.EDITOR

    def editorial_summary(self) -> list[tuple[str, dt.datetime]]:
        """What editors did, for readers: [("attribution corrected", when), ...]; one query, see statements.history."""
        from statements.history import editorial_summary

        return editorial_summary(self)

    def paragraph(self) -> tuple[str, str, str]:
        """The paragraph around the quote as (before, quote, after)."""
        body = self.article.body
        start, end = paragraph_span(body, self.start, self.end)
        return body[start : self.start], body[self.start : self.end], body[self.end : end]

    def save(self, *args, **kwargs):
        self.fingerprint = text_fingerprint(self.text)
        if self.article_id and self.published is None:
            self.published = self.article.published
        super().save(*args, **kwargs)


class QuoteTopic(models.Model):
    """A topic on a quote, with the words that put it there."""

    class Source(models.TextChoices):
        MACHINE = "machine", "Keywords"
        EDITOR = "editor", "Editor"

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="quote_links")
    matched = models.CharField(max_length=500, blank=True, help_text="The keywords that matched, comma-separated")
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MACHINE)
    # Copied from the quote: a topic's statements newest first without a join.
    published = models.DateField(null=True, blank=True)

    # Editors' topic changes are part of a quote's record (who removed which
    # topic, when).  Ingest and retag add links with bulk_create, which keeps
    # no history, so the table grows with editorial work rather than with the
    # archive (a re-ingest that replaces machine quotes does record their
    # links' removal, with no user).
    history = HistoricalRecords(excluded_fields=["published"])

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["quote", "topic"], name="quotetopic_unique"),
        ]
        indexes = [
            # /topics/<slug>/ and ?topic=: WHERE topic_id = ? ORDER BY published DESC, quote_id DESC
            # (QuoteQuerySet.newest_in_topic), and the per-topic counts (index-only)
            models.Index(models.F("topic"), models.F("published").desc(nulls_last=True), models.F("quote").desc(),
                         name="quotetopic_topic_pub_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.topic} ← {self.matched or self.source}"
