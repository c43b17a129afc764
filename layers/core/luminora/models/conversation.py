"""Sessions, messages, episodes and affinity as stored and returned."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Role(StrEnum):
    """Who wrote a message."""

    USER = "user"
    ASSISTANT = "assistant"


class Message(BaseModel):
    """One message of a session."""

    model_config = ConfigDict(extra="ignore")

    message_id: str
    session_id: str
    turn_id: str
    role: Role
    content: str
    created_at: str
    language: str | None = None
    turn_index: int | None = None
    """The turn's position in its session (1 = first turn); episodes group turns by it."""


class Session(BaseModel):
    """A conversation's metadata. `version` guards concurrent turns."""

    model_config = ConfigDict(extra="ignore")

    session_id: str
    personality: str
    created_at: str
    updated_at: str
    turn_count: int = 0
    version: int = 0
    language: str | None = None


class Episode(BaseModel):
    """What happened in part of a session, summarized, with importance and time."""

    model_config = ConfigDict(extra="ignore")

    episode_id: str
    session_id: str
    summary: str
    importance: float = Field(ge=0.0, le=10.0)
    started_at: str
    ended_at: str
    created_at: str
    turn_ids: list[str] = Field(default_factory=list)
    kind: Literal["extractive", "abstractive"] = "extractive"


AFFINITY_LEVELS: tuple[tuple[str, int, int], ...] = (
    ("stranger", 0, 20),
    ("acquaintance", 21, 40),
    ("friend", 41, 60),
    ("close_friend", 61, 80),
    ("soulmate", 81, 100),
)
AffinityLevel = Literal["stranger", "acquaintance", "friend", "close_friend", "soulmate"]


def level_for(points: int) -> AffinityLevel:
    """The relationship level for a number of affinity points (0–100)."""
    for name, _low, high in AFFINITY_LEVELS:
        if points <= high:
            return name  # type: ignore[return-value]
    return "soulmate"


class Affinity(BaseModel):
    """How close the user has grown to one personality."""

    personality: str
    points: int = Field(ge=0, le=100)
    level: AffinityLevel

    @classmethod
    def of(cls, personality: str, points: int) -> Affinity:
        """Affinity with the level derived from the points."""
        return cls(personality=personality, points=points, level=level_for(points))


class AffinityState(BaseModel):
    """Stored affinity with its version (optimistic concurrency)."""

    personality: str
    points: int = 0
    version: int = 0
    updated_at: str | None = None
