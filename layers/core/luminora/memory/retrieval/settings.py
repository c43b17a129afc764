"""Tuning knobs of the lexical index, with defaults measured on LoCoMo (see evals.locomo)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SearchSettings"]


@dataclass(frozen=True, slots=True)
class SearchSettings:
    """How `LexicalIndex` weighs columns and reranks.

    Attributes:
        body_weight: BM25 weight of the document's own text.
        context_weight: BM25 weight of the context (neighbouring turns, image captions).
        person_weight: score boost for what a person said when the query names them
            ("what did Ana say about..."); a speaker's name alone is too common for BM25.
        candidates: how many BM25 hits are reranked (feedback, dates, recency).
        feedback_docs: top documents used for pseudo-relevance feedback; 0 turns it off.
        feedback_terms: expansion terms taken from them.
        feedback_weight: weight of the expansion query relative to the user's query.
        time_weight: score boost for documents dated inside a time the query names
            ("yesterday", "in May", "on 3 July 2023").
        thread_weight: share of its thread's match added to a document's score (see
            `Document.thread`); 0 turns it off.
        thread_docs: how many of a thread's best documents make its match.
        answer_weight: score boost for documents holding the kind of answer a question
            wants: a time for "When did I...?" ("last Friday"), an amount for "How
            many...?" ("three of them"); see `answers`.
        recency_half_life_days: age at which the recency prior has halved.
    """

    body_weight: float = 1.0
    context_weight: float = 0.5
    person_weight: float = 0.3
    candidates: int = 100
    feedback_docs: int = 0
    feedback_terms: int = 10
    feedback_weight: float = 0.3
    time_weight: float = 1.0
    thread_weight: float = 0.2
    thread_docs: int = 3
    answer_weight: float = 0.6
    recency_half_life_days: float = 30.0

    @classmethod
    def plain(cls) -> SearchSettings:
        """Plain BM25 over the text alone: no context, person, feedback or dates."""
        return cls(
            context_weight=0.0,
            person_weight=0.0,
            feedback_docs=0,
            time_weight=0.0,
            thread_weight=0.0,
            answer_weight=0.0,
        )
