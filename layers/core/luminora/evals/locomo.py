"""LoCoMo retrieval benchmark: evidence recall@k per category, ours vs plain BM25.

Each question with evidence is asked of its own conversation, and recall@k is the share of
its evidence turns among the top k.

"ours" is the product's recall, run for real: each conversation is loaded into an in-memory
SQLite store (the local default) the way chat turns write it, one product session per
LoCoMo session, and each question goes through `recall_memories`, the same call the chat
turn makes (the store's text index, the messages around its hits, the reranking). How the
conversation maps onto the product:

- the first speaker is the user and the second the assistant: messages carry a role, not a
  name, so a question naming a speaker gets no help from who said what;
- an image's caption is appended to its message's text in brackets, as a user of a
  text-only chat would describe the photo they share;
- the questions are asked at the time of the last session, from a new session (no recent
  turns to exclude), with the product's recency prior; there are no episodes (LoCoMo's
  evidence is turns, and an episode in the top k is a miss);
- recall@k is what the product returns with `recall_k = k`: each cut is its own call, as
  the text-index hits read grow with k.

The baseline is plain BM25 over the raw turn text (lowercase word tokens, no stemming, stop
words, context or captions) over the whole conversation, on the same FTS5 engine.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from pydantic import BaseModel

from luminora.evals.locomo_data import CATEGORY_NAMES, load_locomo
from luminora.memory.recall import recall_memories, search_terms
from luminora.memory.retrieval import Document, LexicalIndex, SearchSettings, simple_tokens
from luminora.models import AffinityState, Message, Principal, Role, Session
from luminora.store.base import TurnWrite
from luminora.store.sqlite import SqliteStore

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
    "ProductRecall",
    "Retriever",
    "conversation_messages",
    "raw_turn_documents",
    "run_locomo",
]


class Retriever(Protocol):
    """One conversation, ready for its questions."""

    def ranked(self, question: str, k: int) -> list[str]:
        """The dia_ids of the (at most) `k` best turns for `question`, best first."""
        ...

    def close(self) -> None:
        """Release what the conversation held."""
        ...


@dataclass(frozen=True, slots=True)
class Method:
    """A retrieval setup under test.

    Attributes:
        name: its key in the report.
        prepare: a conversation -> a retriever over it (built once per conversation).
        call_per_cut: ask once per cut (the answer depends on k), else once at the
            largest cut and read the smaller ones off its ranking.
    """

    name: str
    prepare: Callable[[Conversation], Retriever]
    call_per_cut: bool = False


def raw_turn_documents(conv: Conversation) -> list[Document]:
    """Each turn's text alone (the baseline's view)."""
    return [Document(t.dia_id, t.text, "turn", t.at) for t in conv.turns]


class _PlainBM25:
    """The baseline: plain BM25 over every raw turn of the conversation."""

    def __init__(self, conv: Conversation) -> None:
        self._index = LexicalIndex(analyzer=simple_tokens, settings=SearchSettings.plain())
        self._index.add(raw_turn_documents(conv))

    def ranked(self, question: str, k: int) -> list[str]:
        return [hit.doc_id for hit in self._index.search(question, "en", k, recency_weight=0)]

    def close(self) -> None:
        self._index.close()


SESSION_PREFIX = "locomo-"
"""LoCoMo session n is the product session "locomo-n"."""


def conversation_messages(conv: Conversation) -> dict[int, list[tuple[str, Message]]]:
    """LoCoMo session -> its turns as product messages (with their dia_ids), in order.

    Ids sort by time within a session, as the product's do: one turn id per LoCoMo turn.
    """
    first = conv.speakers[0]
    sessions: dict[int, list[tuple[str, Message]]] = {}
    for position, turn in enumerate(conv.turns):
        turn_id = f"{turn.session:04d}{position:06d}"
        text = f"{turn.text} [{turn.caption}]" if turn.caption else turn.text
        message = Message(
            message_id=f"{turn_id}-0",
            session_id=f"{SESSION_PREFIX}{turn.session}",
            turn_id=turn_id,
            role=Role.USER if turn.speaker == first else Role.ASSISTANT,
            content=text,
            created_at=turn.at or "",
            language="en",
        )
        sessions.setdefault(turn.session, []).append((turn.dia_id, message))
    return sessions


class ProductRecall:
    """A conversation in an in-memory SQLite store, asked through the product's recall.

    Each LoCoMo session is committed as one write of all its messages, with the text-index
    terms a chat turn writes (`search_terms`).
    """

    def __init__(self, conv: Conversation) -> None:
        self.store = SqliteStore(":memory:")
        self.principal = Principal("locomo", conv.sample_id or "conversation")
        self.now = conv.last_time
        self._dia_ids: dict[str, str] = {}
        sessions = conversation_messages(conv)
        for version, said in enumerate((sessions[n] for n in sorted(sessions)), start=1):
            messages = [m for _, m in said]
            self._dia_ids.update((m.message_id, dia_id) for dia_id, m in said)
            at = messages[-1].created_at
            self.store.commit_turn(
                self.principal,
                TurnWrite(
                    session=Session(
                        session_id=messages[0].session_id, personality="locomo",
                        created_at=messages[0].created_at, updated_at=at,
                        turn_count=len(messages), version=1, language="en",
                    ),
                    messages=messages,
                    facts=[],
                    affinity=AffinityState(personality="locomo", version=version, updated_at=at),
                    search_terms=search_terms(messages, "en"),
                ),
            )  # fmt: skip

    def ranked(self, question: str, k: int) -> list[str]:
        found = recall_memories(self.store, self.principal, question, "en", now=self.now, k=k)
        return [self._dia_ids[doc.doc_id.removeprefix("m:")] for doc in found]

    def close(self) -> None:
        self.store.close()


BASELINE = Method("baseline", _PlainBM25)
OURS = Method("ours", ProductRecall, call_per_cut=True)


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
    """Prepare one conversation, ask its questions, tally; returns its recall at the top cut."""
    t0 = time.perf_counter()
    retriever = method.prepare(conv)
    tally.index_ms.append((time.perf_counter() - t0) * 1000)
    top_recall: list[float] = []
    try:
        for q in questions:
            t1 = time.perf_counter()
            best = retriever.ranked(q.question, cuts[-1])
            tally.query_ms.append((time.perf_counter() - t1) * 1000)
            evidence = set(q.evidence)
            by_cut = tally.recalls.setdefault(q.category, {})
            for cut in cuts:
                if method.call_per_cut and cut != cuts[-1]:
                    retrieved = retriever.ranked(q.question, cut)
                else:
                    retrieved = best[:cut]
                recall = len(evidence.intersection(retrieved)) / len(evidence)
                by_cut.setdefault(cut, []).append(recall)
            top_recall.append(recall)
    finally:
        retriever.close()
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
