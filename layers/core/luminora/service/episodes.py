"""Episodes as sessions grow: every `every` turns of a session become one episode.

Each stretch ("chunk") of a session has a deterministic episode id, so the chat turn (inline,
for stores without a worker), the memory worker and the maintenance job can all write it
and a repeat only overwrites the same item.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from luminora.memory.episodes import abstractive_prompt, parse_abstract, summarize_extractive
from luminora.models import ProviderError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from luminora.models import ChatPrompt, Episode, Fact, Message, Principal
    from luminora.store.base import Store

logger = logging.getLogger(__name__)


def episode_id_for(session_id: str, chunk: int) -> str:
    """The id of the episode covering chunk `chunk` (0-based) of a session."""
    return f"{session_id}~{chunk:06d}"


def completed_chunk(turn_index: int | None, every: int) -> int | None:
    """The chunk that the turn `turn_index` completes, or None."""
    if not turn_index or every <= 0 or turn_index % every:
        return None
    return turn_index // every - 1


def summarize_chunk(
    session_id: str,
    chunk: int,
    every: int,
    messages: Sequence[Message],
    *,
    facts: Sequence[Fact],
    at: str,
    complete: Callable[[ChatPrompt], str] | None = None,
) -> Episode | None:
    """The episode of one chunk, from whichever of `messages` belong to it.

    With `complete` (a model), the summary is abstractive; if the model fails, or without
    one, it is extractive.
    """
    first, last = chunk * every + 1, (chunk + 1) * every
    stretch = [m for m in messages if m.turn_index is not None and first <= m.turn_index <= last]
    turns = {m.turn_id for m in stretch}
    learned = [f for f in facts if f.turn_id in turns]
    episode = summarize_extractive(
        stretch, episode_id=episode_id_for(session_id, chunk), created_at=at, facts=learned
    )
    if episode is None or complete is None:
        return episode
    try:
        abstract = parse_abstract(
            complete(abstractive_prompt(stretch, stretch[0].language or "en"))
        )
    except ProviderError as exc:
        logger.warning("abstractive summary failed; keeping the extractive one",
                       extra={"reason": exc.code})  # fmt: skip
        return episode
    if abstract is None:
        return episode
    return episode.model_copy(update={"summary": abstract, "kind": "abstractive"})


def _covers(messages: Sequence[Message], chunk: int, every: int) -> bool:
    indexes = {m.turn_index for m in messages}
    return chunk * every + 1 in indexes and (chunk + 1) * every in indexes


def episode_for_turn(
    store: Store,
    principal: Principal,
    session_id: str,
    turn_index: int | None,
    *,
    every: int,
    facts: Sequence[Fact],
    at: str,
    known: Sequence[Message] = (),
    until: str | None = None,
    complete: Callable[[ChatPrompt], str] | None = None,
) -> Episode | None:
    """The episode that turn `turn_index` completes, if it completes one.

    `known` messages (e.g. a turn's recent ones) are used when they cover the chunk; else the
    messages up to `until` (the completing turn's last message id) are read. A chunk that
    still is not covered is left to the maintenance job.
    """
    chunk = completed_chunk(turn_index, every)
    if chunk is None:
        return None
    messages = known
    if not _covers(messages, chunk, every):
        messages = store.recent_messages(principal, session_id, limit=2 * every + 2, until=until)
        if not _covers(messages, chunk, every):
            return None
    return summarize_chunk(
        session_id, chunk, every, messages, facts=facts, at=at, complete=complete
    )
