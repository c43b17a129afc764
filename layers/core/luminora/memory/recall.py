"""Recall: the memories worth showing a model for this message, from past turns and episodes.

Candidates come from the store (its text index of messages, the latest episodes); they are
ranked together here with BM25, their session (a session that matches in several places
lends its messages weight), the kind of answer the message asks for, and a gentle recency
prior, and returned as short, dated lines for the prompt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from luminora.memory.retrieval import Document, LexicalIndex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from luminora.models import Episode, Message

MAX_MEMORY_CHARS = 280


def _line(doc: Document) -> str:
    day = (doc.at or "")[:10]
    who = {"episode": "episode", "user": "the user said", "assistant": "you said"}.get(
        doc.speaker or doc.kind, "memory"
    )
    text = doc.text if len(doc.text) <= MAX_MEMORY_CHARS else doc.text[:MAX_MEMORY_CHARS] + "…"
    return f"{day} {who}: {text}".strip()


def recall(
    query: str,
    language: str,
    *,
    episodes: Sequence[Episode] = (),
    messages: Sequence[Message] = (),
    exclude: frozenset[str] = frozenset(),
    now: str | None = None,
    k: int = 5,
) -> list[str]:
    """The `k` memories most relevant to `query`, best first, as dated lines.

    Args:
        query: this turn's message.
        language: its language.
        episodes: episode summaries (candidates).
        messages: past messages (candidates), e.g. from the store's text index.
        exclude: message ids already in the prompt's recent turns.
        now: the current time (ISO 8601), for the recency prior.
        k: how many memories at most.
    """
    documents = [
        Document(doc_id=f"e:{e.episode_id}", text=e.summary, kind="episode", at=e.ended_at,
                 language=language, thread=e.session_id)
        for e in episodes
    ] + [
        Document(doc_id=f"m:{m.message_id}", text=m.content, kind="turn", at=m.created_at,
                 language=m.language or language, speaker=m.role.value, thread=m.session_id)
        for m in messages
        if m.message_id not in exclude
    ]  # fmt: skip
    if not documents or k <= 0:
        return []
    index = LexicalIndex()
    try:
        index.add(documents)
        by_id = {d.doc_id: d for d in documents}
        return [_line(by_id[hit.doc_id]) for hit in index.search(query, language, k, now=now)]
    finally:
        index.close()
