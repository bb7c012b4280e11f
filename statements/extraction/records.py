"""The records extraction produces: plain dataclasses, no database.

This is the contract between the pure-Python extraction and everything that
stores or prints its results (``manage.py extract``, the ingest service).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class QuoteKind:
    DIRECT = "direct"  # a full sentence or more between quotation marks
    PARTIAL = "partial"  # a fragment inside the reporter's own sentence
    ANSWER = "answer"  # an interviewee's answer in a question/answer transcript


class ActorKind:
    PERSON = "person"
    ORGANISATION = "organisation"
    UNNAMED = "unnamed"  # "a Ukrainian official", "diplomatic sources"


class ArticleKind:
    REPORT = "report"
    INTERVIEW = "interview"
    TRANSCRIPT = "transcript"
    STATEMENT = "statement"


class DatePrecision:
    DAY = "day"
    MONTH = "month"
    UNKNOWN = "unknown"


@dataclass
class ActorRecord:
    """A speaker as the extraction understood it.

    ``name`` is the canonical form (titles stripped, the fullest spelling
    seen); ``aliases`` are the other spellings seen in the text.
    """

    name: str
    kind: str = ActorKind.PERSON
    role: str = ""  # "Foreign Minister", "Kremlin spokesperson"
    affiliation: str = ""  # "Russia", "NATO"
    aliases: set[str] = field(default_factory=set)


@dataclass
class TopicMatch:
    slug: str
    matched: list[str]  # the keywords that matched, so assignment is explainable


@dataclass
class QuoteRecord:
    text: str  # the words between the quotation marks, as printed
    speaker: ActorRecord | None
    via: ActorRecord | None = None  # who relayed it (an interviewee citing someone)
    kind: str = QuoteKind.DIRECT
    start: int = 0  # character offsets into ArticleRecord.body
    end: int = 0
    cue: str = ""  # "said", "told reporters", "wrote on X", "answer"
    confidence: float = 1.0
    topics: list[TopicMatch] = field(default_factory=list)


@dataclass
class ArticleRecord:
    title: str | None
    body: str  # the cleaned article text: paragraphs joined by "\n\n"
    published: dt.date | None = None
    date_precision: str = DatePrecision.UNKNOWN
    url: str = ""
    outlet: str = ""
    outlet_domain: str = ""
    kind: str = ArticleKind.REPORT
    position: int = 0  # index of the article in its document
    quotes: list[QuoteRecord] = field(default_factory=list)


@dataclass
class DocumentRecord:
    source: str  # the path or name the text came from
    articles: list[ArticleRecord] = field(default_factory=list)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)


class ExtractionError(Exception):
    """A document that cannot be read at all (binary, empty, undecodable)."""
