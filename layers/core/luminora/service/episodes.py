"""Writing episodes as sessions grow (inline, for stores without a memory worker)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ulid import ULID

from luminora.memory.episodes import summarize_extractive

if TYPE_CHECKING:
    from collections.abc import Sequence

    from luminora.models import Fact, Message, Principal
    from luminora.store.base import Store

logger = logging.getLogger(__name__)


def write_episode_if_due(
    store: Store,
    principal: Principal,
    *,
    turn_count: int,
    every: int,
    messages: Sequence[Message],
    facts: Sequence[Fact],
    at: str,
) -> bool:
    """Summarize the last `every` turns into an episode when the session reaches a multiple
    of `every` turns. Returns True when an episode was written.

    Args:
        messages: the session's latest messages, oldest first, ending with this turn's.
        facts: the user's active facts (those learned in the stretch raise importance).
    """
    if every <= 0 or turn_count % every:
        return False
    turns = list(dict.fromkeys(m.turn_id for m in messages))[-every:]
    stretch = [m for m in messages if m.turn_id in set(turns)]
    learned = [f for f in facts if f.turn_id in set(turns)]
    episode = summarize_extractive(stretch, episode_id=str(ULID()), created_at=at, facts=learned)
    if episode is None:
        return False
    store.save_episodes(principal, [episode])
    logger.info("episode written", extra={"turns": len(turns), "importance": episode.importance})
    return True
