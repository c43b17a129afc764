"""LoCoMo retrieval benchmark: evidence recall@k per category, ours vs plain BM25.

For every conversation both methods index all of its turns; each question with evidence
is a query against its own conversation, and recall@k is the share of its evidence turns
among the top k. The baseline is plain BM25 over the raw turn text (lowercase word tokens,
no stemming, stop words, context or captions) on the same FTS5 engine, so the two columns
differ only in what our retrieval adds.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pydantic import BaseModel

from luminora.evals.locomo_data import CATEGORY_NAMES, load_locomo
from luminora.memory.retrieval import (
    Document,
    LexicalIndex,
    SearchSettings,
    simple_tokens,
    with_neighbour_context,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from luminora.evals.locomo_data import Conversation, Question

__all__ = [
    "BASELINE",
    "OURS",
    "LocomoReport",
    "Method",
    "MethodResult",
    "enriched_turn_documents",
    "raw_turn_documents",
    "run_locomo",
]


@dataclass(frozen=True, slots=True)
class Method:
    """A retrieval setup under test.

    Attributes:
        name: its key in the report.
        documents: how a conversation's turns become documents.
        make_index: a fresh, empty index (one per conversation).
        use_now: ask at the time of the last session (dates without a year, "last week").
        recency_weight: the recency prior; 0 for LoCoMo, whose questions are no more about
            recent sessions than old ones (0.1 measured 0.003 lower recall@10).
    """

    name: str
    documents: Callable[[Conversation], list[Document]]
    make_index: Callable[[], LexicalIndex]
    use_now: bool = False
    recency_weight: float = 0.0


def raw_turn_documents(conv: Conversation) -> list[Document]:
    """Each turn's text alone (the baseline's view)."""
    return [Document(t.dia_id, t.text, "turn", t.at) for t in conv.turns]


def enriched_turn_documents(conv: Conversation) -> list[Document]:
    """Turns with their speaker, session (thread), image caption and neighbouring turns of
    the same session as context."""
    turns = [
        Document(t.dia_id, t.text, "turn", t.at, "en", t.speaker, t.caption, f"S{t.session}")
        for t in conv.turns
    ]
    return with_neighbour_context(turns, before=2, after=1)


BASELINE = Method(
    "baseline",
    raw_turn_documents,
    lambda: LexicalIndex(analyzer=simple_tokens, settings=SearchSettings.plain()),
)
OURS = Method("ours", enriched_turn_documents, lambda: LexicalIndex(), use_now=True)


class MethodResult(BaseModel):
    """Recall and speed of one method."""

    recall: dict[str, dict[str, float]]
    """category name (and "overall") -> "k" -> mean evidence recall@k."""
    query_ms_mean: float
    query_ms_p50: float
    query_ms_p95: float
    index_ms_per_conversation: float


class LocomoReport(BaseModel):
    """What `run_locomo` measured; `model_dump_json()` is the CLI's last line."""

    data: str
    ks: list[int]
    conversations: int
    questions_total: int
    questions_scored: int
    questions_without_evidence: int
    per_category: dict[str, int]
    evidence_ids: int
    evidence_ids_repaired: int
    evidence_ids_dropped: list[str]
    seconds: float
    methods: dict[str, MethodResult]


@dataclass(slots=True)
class _Tally:
    """What one method measured so far."""

    recalls: dict[int, dict[int, list[float]]] = field(default_factory=dict)
    query_ms: list[float] = field(default_factory=list)
    index_ms: list[float] = field(default_factory=list)


def run_locomo(
    data: Path,
    ks: Sequence[int] = (5, 10),
    *,
    progress: Callable[[str], None] | None = None,
    limit: int | None = None,
    methods: Sequence[Method] = (BASELINE, OURS),
) -> LocomoReport:
    """Evidence recall@k per question category for each method, in one run.

    Args:
        data: locomo10.json or a file of its shape.
        ks: cut-offs, e.g. (5, 10).
        progress: called with one line per conversation.
        limit: only the first `limit` conversations.
        methods: what to compare; the baseline and ours by default.

    Evidence ids that do not resolve to a turn are dropped (and listed in the report);
    questions left with no evidence are not scored.

    Raises:
        ValueError: no cut-off, or one below 1.
    """
    started = time.perf_counter()
    cuts = sorted(set(ks))
    if not cuts or cuts[0] < 1:
        raise ValueError(f"cut-offs must be positive integers, got {list(ks)}")
    parsed = load_locomo(data, limit=limit)
    tallies = {m.name: _Tally() for m in methods}
    per_category: dict[int, int] = {}
    total = scored = 0
    for n, conv in enumerate(parsed.conversations, start=1):
        questions = [q for q in conv.questions if q.evidence]
        total += len(conv.questions)
        scored += len(questions)
        for q in questions:
            per_category[q.category] = per_category.get(q.category, 0) + 1
        summary = []
        for method in methods:
            recall = _run_conversation(method, conv, questions, cuts, tallies[method.name])
            summary.append(f"{method.name} R@{cuts[-1]}={recall:.3f}")
        if progress:
            progress(
                f"[{n}/{len(parsed.conversations)}] {conv.sample_id}: {len(conv.turns)} turns, "
                f"{len(questions)} questions, {', '.join(summary)} "
                f"({time.perf_counter() - started:.1f}s)"
            )
    return LocomoReport(
        data=str(data),
        ks=cuts,
        conversations=len(parsed.conversations),
        questions_total=total,
        questions_scored=scored,
        questions_without_evidence=total - scored,
        per_category={CATEGORY_NAMES.get(c, str(c)): n for c, n in sorted(per_category.items())},
        evidence_ids=parsed.evidence_ids,
        evidence_ids_repaired=parsed.evidence_repaired,
        evidence_ids_dropped=parsed.evidence_dropped,
        seconds=round(time.perf_counter() - started, 2),
        methods={m.name: _method_result(tallies[m.name], cuts) for m in methods},
    )


def _run_conversation(
    method: Method,
    conv: Conversation,
    questions: Sequence[Question],
    cuts: Sequence[int],
    tally: _Tally,
) -> float:
    """Index one conversation, ask its questions, tally; returns its recall at the top cut."""
    t0 = time.perf_counter()
    index = method.make_index()
    index.add(method.documents(conv))
    tally.index_ms.append((time.perf_counter() - t0) * 1000)
    now = conv.last_time if method.use_now else None
    top_recall: list[float] = []
    try:
        for q in questions:
            t1 = time.perf_counter()
            hits = index.search(
                q.question, "en", cuts[-1], now=now, recency_weight=method.recency_weight
            )
            tally.query_ms.append((time.perf_counter() - t1) * 1000)
            retrieved = [h.doc_id for h in hits]
            evidence = set(q.evidence)
            by_cut = tally.recalls.setdefault(q.category, {})
            for cut in cuts:
                recall = len(evidence.intersection(retrieved[:cut])) / len(evidence)
                by_cut.setdefault(cut, []).append(recall)
            top_recall.append(recall)
    finally:
        index.close()
    return _mean(top_recall)


def _method_result(tally: _Tally, cuts: Sequence[int]) -> MethodResult:
    by_cat = tally.recalls
    recall = {
        CATEGORY_NAMES.get(cat, str(cat)): {str(k): round(_mean(by_cat[cat][k]), 4) for k in cuts}
        for cat in sorted(by_cat)
    }
    recall["overall"] = {
        str(k): round(_mean([r for cat in by_cat.values() for r in cat[k]]), 4) for k in cuts
    }
    ordered = sorted(tally.query_ms) or [0.0]
    return MethodResult(
        recall=recall,
        query_ms_mean=round(_mean(tally.query_ms), 4),
        query_ms_p50=round(statistics.median(ordered), 4),
        query_ms_p95=round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 4),
        index_ms_per_conversation=round(_mean(tally.index_ms), 2),
    )


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
