"""Lexical retrieval over a user's turns, episodes and facts: per-language analysis + BM25.

`analyze` turns text into terms (folding, stop words, Snowball stems for en, es, fr, pt,
de, it); `LexicalIndex` ranks `Document`s with SQLite FTS5's BM25 and reranks with
pseudo-relevance feedback, times named in the query and a recency prior. Pure: the only
resource is the in-memory SQLite connection each index owns.
"""

from __future__ import annotations

from luminora.memory.retrieval.analyzer import (
    ANALYZER_VERSION,
    LANGUAGES,
    analyze,
    index_terms,
    simple_tokens,
)
from luminora.memory.retrieval.documents import Document, Hit, with_neighbour_context
from luminora.memory.retrieval.index import DEFAULT_RECENCY_WEIGHT, LexicalIndex
from luminora.memory.retrieval.settings import SearchSettings
from luminora.memory.retrieval.timeexpr import TimeSpan, parse_time_spans

__all__ = [
    "ANALYZER_VERSION",
    "DEFAULT_RECENCY_WEIGHT",
    "LANGUAGES",
    "Document",
    "Hit",
    "LexicalIndex",
    "SearchSettings",
    "TimeSpan",
    "analyze",
    "index_terms",
    "parse_time_spans",
    "simple_tokens",
    "with_neighbour_context",
]
