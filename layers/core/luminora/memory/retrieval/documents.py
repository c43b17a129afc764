"""What the lexical index stores and returns: `Document`, `Hit`, and turn-context helpers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Document", "Hit", "with_neighbour_context"]


@dataclass(frozen=True, slots=True)
class Document:
    """One retrievable unit of a user's memory.

    Attributes:
        doc_id: the caller's id, returned in hits.
        text: the main text (a turn, an episode summary, a fact sentence).
        kind: "turn", "episode" or "fact".
        at: ISO 8601 time the text was said or learned, if known (recency and dates).
        language: language of `text` (en, es, fr, pt, de, it); drives the analyzer.
        speaker: who said it; a query naming this person leans towards what they said.
        context: extra text indexed with a lower weight: neighbouring turns, an image
            caption.
        thread: the conversation (session) it belongs to, if known; a thread that
            matches the query in several places lends its other documents some weight.
    """

    doc_id: str
    text: str
    kind: str = "turn"
    at: str | None = None
    language: str = "en"
    speaker: str | None = None
    context: str = ""
    thread: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A retrieved document id and its score (higher is better; only order is meaningful)."""

    doc_id: str
    score: float


def with_neighbour_context(
    turns: Sequence[Document], *, before: int = 1, after: int = 1
) -> list[Document]:
    """Turns of one conversation, each with its neighbours' text appended to its context.

    A reply such as "Yes, last Sunday!" only makes sense with the question before it, so
    the neighbours' words are indexed with the turn at the context weight. Existing context
    (an image caption, say) is kept first. Neighbours come from the turn's own thread
    only: the end of yesterday's chat says nothing about today's first message. Each part
    of the context is a line of its own, so an index analyzes each text once however many
    turns borrow it.

    Args:
        turns: the conversation's turns in order.
        before: how many earlier turns to borrow from.
        after: how many later turns to borrow from.
    """
    out: list[Document] = []
    for i, turn in enumerate(turns):
        near = [t.text for t in turns[max(0, i - before) : i] if t.thread == turn.thread]
        near += [t.text for t in turns[i + 1 : i + 1 + after] if t.thread == turn.thread]
        context = "\n".join(part for part in (turn.context, *near) if part)
        out.append(replace(turn, context=context))
    return out
