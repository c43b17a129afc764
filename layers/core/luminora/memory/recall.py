"""Recall: the memories worth showing a model for this message, from past turns and episodes.

Candidates come from the store: its text index of messages finds the turns that share the
message's words, and the store adds the turns right next to each of them (a question's
answer is often the turn after it, and shares none of its words). Every candidate turn is
indexed with its neighbours' text as context, the way `with_neighbour_context` does for any
conversation, so "Yes, last Sunday!" is found by what was asked before it. Candidates are
ranked together with the latest episodes here, with BM25 (its statistics as if the
candidates were part of a larger history: they were picked for matching), their session (a
session that matches in several places lends its messages weight), the kind of answer the
message asks for, and a gentle recency prior, and returned as short, dated lines for the
prompt.

`recall_memories` is the whole path (store search, neighbours, ranking); the chat turn and
the LoCoMo eval both call it, so the eval measures what the product does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from luminora.memory.retrieval import (
    Document,
    LexicalIndex,
    analyze,
    index_terms,
    with_neighbour_context,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from luminora.models import Episode, Message, Principal
    from luminora.store.base import Store

__all__ = [
    "BACKGROUND",
    "CONTEXT_AFTER",
    "CONTEXT_BEFORE",
    "NEIGHBOURS_AFTER",
    "NEIGHBOURS_BEFORE",
    "SEARCH_HITS_PER_MEMORY",
    "memory_line",
    "rank_memories",
    "recall_memories",
    "search_terms",
]

MAX_MEMORY_CHARS = 280
SEARCH_HITS_PER_MEMORY: Final[int] = 6
"""Text-index hits read per memory asked for (the first, cheap stage)."""
NEIGHBOURS_BEFORE: Final[int] = 1
NEIGHBOURS_AFTER: Final[int] = 1
"""Turns before / after a text-index hit (same session) that become candidates too."""
CONTEXT_BEFORE: Final[int] = 2
CONTEXT_AFTER: Final[int] = 1
"""Turns before / after a candidate (same session) whose text is indexed as its context."""
BACKGROUND: Final[float] = 1.0
"""Background documents per candidate turn (`LexicalIndex.add_background`): the turns the
text index picked count as half of a corpus (on LoCoMo, 0.5 to 2 did about as well)."""


def memory_line(doc: Document) -> str:
    """A recalled memory as the prompt shows it: its day, who said it, its text (cut)."""
    day = (doc.at or "")[:10]
    who = {"episode": "episode", "user": "the user said", "assistant": "you said"}.get(
        doc.speaker or doc.kind, "memory"
    )
    text = doc.text if len(doc.text) <= MAX_MEMORY_CHARS else doc.text[:MAX_MEMORY_CHARS] + "…"
    return f"{day} {who}: {text}".strip()


def search_terms(messages: Sequence[Message], language: str) -> dict[str, str]:
    """What a store's text index keeps of each new message (`index_terms`), by id."""
    return {m.message_id: index_terms(m.content, m.language or language) for m in messages}


def recall_memories(
    store: Store,
    principal: Principal,
    query: str,
    language: str,
    *,
    episodes: Sequence[Episode] = (),
    exclude: frozenset[str] = frozenset(),
    now: str | None = None,
    k: int = 5,
) -> list[Document]:
    """The `k` memories most relevant to `query`, best first: the product's recall path.

    Reads the store's text-index hits (`SEARCH_HITS_PER_MEMORY` per memory) and the
    messages around them, wide enough that every candidate's context is complete, then
    ranks them with `episodes` (`rank_memories`). Stores without a text index give no
    messages, and recall ranks the episodes alone.

    Args:
        store: the user's store.
        principal: whose memories.
        query: this turn's message.
        language: its language.
        episodes: episode summaries (candidates).
        exclude: message ids already in the prompt's recent turns: never candidates, and
            a hit among them brings no neighbours (the prompt has them already).
        now: the current time (ISO 8601), for the recency prior.
        k: how many memories at most.
    """
    if k <= 0:
        return []
    hits: list[Message] = []
    around: list[Message] = []
    if store.supports_message_search:
        found = store.search_messages(
            principal, analyze(query, language), limit=SEARCH_HITS_PER_MEMORY * k
        )
        hits = [m for m in found if m.message_id not in exclude]
        if hits:
            around = store.messages_around(
                principal,
                hits,
                before=NEIGHBOURS_BEFORE + CONTEXT_BEFORE,
                after=NEIGHBOURS_AFTER + CONTEXT_AFTER,
            )
    return rank_memories(
        query, language, episodes=episodes, messages=hits, around=around, exclude=exclude,
        now=now, k=k,
    )  # fmt: skip


def rank_memories(
    query: str,
    language: str,
    *,
    episodes: Sequence[Episode] = (),
    messages: Sequence[Message] = (),
    around: Sequence[Message] = (),
    exclude: frozenset[str] = frozenset(),
    now: str | None = None,
    k: int = 5,
) -> list[Document]:
    """The `k` memories most relevant to `query`, best first, as documents.

    Args:
        query: this turn's message.
        language: its language.
        episodes: episode summaries (candidates).
        messages: past messages (candidates), e.g. the store's text-index hits.
        around: the messages around them (`Store.messages_around`, `NEIGHBOURS_BEFORE`
            + `CONTEXT_BEFORE` before and `NEIGHBOURS_AFTER` + `CONTEXT_AFTER` after): the
            turns next to each of `messages` become candidates as well, and every
            candidate is indexed with its neighbours' text as context. Without them,
            the messages are ranked on their own text.
        exclude: message ids already in the prompt's recent turns (never candidates).
        now: the current time (ISO 8601), for the recency prior.
        k: how many memories at most.
    """
    turns = _turn_documents(messages, around, language, exclude)
    documents = [
        Document(doc_id=f"e:{e.episode_id}", text=e.summary, kind="episode", at=e.ended_at,
                 language=language, thread=e.session_id)
        for e in episodes
    ] + turns  # fmt: skip
    if not documents or k <= 0:
        return []
    index = LexicalIndex()
    try:
        index.add(documents)
        # The turns were picked for matching the message (the episodes were not).
        index.add_background(round(BACKGROUND * len(turns)))
        by_id = {d.doc_id: d for d in documents}
        return [by_id[hit.doc_id] for hit in index.search(query, language, k, now=now)]
    finally:
        index.close()


def _turn_documents(
    hits: Sequence[Message],
    around: Sequence[Message],
    language: str,
    exclude: frozenset[str],
) -> list[Document]:
    """The candidate turns: the hits, and with `around` their neighbours, with context."""

    def document(m: Message) -> Document:
        return Document(doc_id=f"m:{m.message_id}", text=m.content, kind="turn",
                        at=m.created_at, language=m.language or language,
                        speaker=m.role.value, thread=m.session_id)  # fmt: skip

    if not around:
        return [document(m) for m in hits if m.message_id not in exclude]

    def key(m: Message) -> tuple[str, str]:
        return (m.session_id, m.message_id)

    # One session after another, oldest first: each window is a run of its session, so a
    # turn's neighbours here are its neighbours in the session (as far as it was read).
    window = sorted({key(m): m for m in (*around, *hits)}.values(), key=key)
    with_context = with_neighbour_context(
        [document(m) for m in window], before=CONTEXT_BEFORE, after=CONTEXT_AFTER
    )
    anchors = {key(m) for m in hits if m.message_id not in exclude}
    chosen: set[int] = set()
    for i, m in enumerate(window):
        if key(m) in anchors:
            near = range(max(0, i - NEIGHBOURS_BEFORE), min(len(window), i + NEIGHBOURS_AFTER + 1))
            chosen.update(j for j in near if window[j].session_id == m.session_id)
    return [with_context[i] for i in sorted(chosen) if window[i].message_id not in exclude]
