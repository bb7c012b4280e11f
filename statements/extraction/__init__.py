"""Pure-Python extraction of diplomatic statements from news text.

Text in; articles, quotations, speakers, dates and topics out. No database
and no Django: see ``records.py`` for the output contract.
"""
from .actors import Gazetteer, name_key
from .cli import document_to_json, extract_path, iter_paths, run_cli
from .pipeline import extract_bytes, extract_text
from .records import (
    ActorKind,
    ActorRecord,
    ArticleKind,
    ArticleRecord,
    DatePrecision,
    DocumentRecord,
    ExtractionError,
    QuoteKind,
    QuoteRecord,
    TopicMatch,
)
from .topics import STARTER_TOPICS, TopicRule, assign_topics

__all__ = [
    "STARTER_TOPICS", "ActorKind", "ActorRecord", "ArticleKind", "ArticleRecord", "DatePrecision",
    "DocumentRecord", "ExtractionError", "Gazetteer", "QuoteKind", "QuoteRecord", "TopicMatch", "TopicRule",
    "assign_topics", "document_to_json", "extract_bytes", "extract_path", "extract_text", "iter_paths",
    "name_key", "run_cli",
]
