"""What the offline responder is given for one turn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from luminora.models import Fact, LearnedFact


@dataclass(frozen=True, slots=True)
class OfflineRequest:
    """One turn as the offline responder sees it.

    Attributes:
        message: The user's message.
        language: Its language code (en, es, fr, pt, de, it; anything else answers in en).
        personality_name: The personality's display name ("Sakura").
        facts: The user's active facts, including those learned this turn.
        learned: The facts learned this turn.
        recent_replies: The assistant's previous replies in this session, oldest first.
        level: The affinity level (stranger ... soulmate), which sets the register.
        turn_index: 0 for the session's first turn.
        seed: Anything stable per turn (the turn id), for deterministic variety.
    """

    message: str
    language: str
    personality_name: str
    facts: Sequence[Fact] = ()
    learned: Sequence[LearnedFact] = ()
    recent_replies: Sequence[str] = ()
    level: str = "stranger"
    turn_index: int = 0
    seed: int | str = 0
