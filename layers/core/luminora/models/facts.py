"""Facts about the user: the canonical vocabulary, extraction candidates, stored facts."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from luminora.models.limits import check_text

SINGLE_VALUED_KEYS: tuple[str, ...] = (
    "name", "age", "birthday", "location", "hometown", "nationality", "occupation",
    "employer", "partner", "diet", "travel_destination",
)  # fmt: skip
MULTI_VALUED_KEYS: tuple[str, ...] = (
    "likes", "dislikes", "hobbies", "pets", "allergies", "languages", "goals", "family",
)  # fmt: skip
CANONICAL_KEYS: frozenset[str] = frozenset(SINGLE_VALUED_KEYS + MULTI_VALUED_KEYS)

# LuminoraCore's fact categories, so facts can be grouped the way its users expect.
KEY_CATEGORY: dict[str, str] = {
    "name": "personal_info", "age": "personal_info", "birthday": "personal_info",
    "location": "personal_info", "hometown": "personal_info", "nationality": "personal_info",
    "languages": "personal_info", "occupation": "work", "employer": "work",
    "partner": "relationships", "family": "relationships", "pets": "relationships",
    "diet": "health", "allergies": "health", "likes": "preferences",
    "dislikes": "preferences", "hobbies": "hobbies", "goals": "goals",
    "travel_destination": "events",
}  # fmt: skip


def is_multi_valued(key: str) -> bool:
    """True for keys that hold a set of values (likes, pets, ...); others hold one value."""
    return key in MULTI_VALUED_KEYS


def category_of(key: str) -> str:
    """The LuminoraCore category of a fact key ("other" for keys outside the vocabulary)."""
    return KEY_CATEGORY.get(key, "other")


def fold_value(value: str) -> str:
    """Case- and accent-insensitive form of a value, used to tell two values apart."""
    text = unicodedata.normalize("NFKD", value.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def value_id(value: str) -> str:
    """Stable short id of a value: the same value said twice is the same stored fact."""
    return hashlib.sha256(fold_value(value).encode()).hexdigest()[:16]


class FactOp(StrEnum):
    """What a message says about a value: it holds, or it no longer holds."""

    ASSERT = "assert"
    RETRACT = "retract"


class FactSource(StrEnum):
    """Where a fact came from. User-asserted facts win over extracted ones."""

    RULES = "rules"
    LLM = "llm"
    USER = "user"


class FactStatus(StrEnum):
    """Whether a stored fact is believed now."""

    ACTIVE = "active"
    SUPERSEDED = "superseded"
    RETRACTED = "retracted"


@dataclass(frozen=True, slots=True)
class FactCandidate:
    """One statement found in a message, before it is merged into memory."""

    key: str
    value: str
    op: FactOp = FactOp.ASSERT
    confidence: float = 0.9


FactAction = Literal["asserted", "reaffirmed", "superseded", "retracted", "edited"]


class FactEvent(BaseModel):
    """One step of a fact's history: what was believed, when, and from which turn."""

    model_config = ConfigDict(extra="ignore")

    at: str
    action: FactAction
    source: FactSource
    session_id: str | None = None
    turn_id: str | None = None


class Fact(BaseModel):
    """A stored fact about the user, with its history."""

    model_config = ConfigDict(extra="ignore")

    key: str
    value: str
    confidence: float = Field(ge=0.0, le=1.0)
    category: str
    source: FactSource
    status: FactStatus = FactStatus.ACTIVE
    created_at: str
    updated_at: str
    session_id: str | None = None
    turn_id: str | None = None
    history: list[FactEvent] = Field(default_factory=list)

    @property
    def value_id(self) -> str:
        """Id of this fact's value within its key."""
        return value_id(self.value)

    @property
    def active(self) -> bool:
        """True when the fact is believed now."""
        return self.status is FactStatus.ACTIVE


class LearnedFact(BaseModel):
    """A fact as reported in a chat result: what this turn learned."""

    key: str
    value: str
    confidence: float


class FactOut(BaseModel):
    """A fact as the HTTP API and the client return it (no history)."""

    key: str
    value: str
    confidence: float
    category: str
    source: FactSource
    created_at: str
    updated_at: str
    session_id: str | None = None
    turn_id: str | None = None

    @classmethod
    def of(cls, fact: Fact) -> FactOut:
        """The public view of a stored fact."""
        return cls.model_validate(fact.model_dump(exclude={"status", "history"}))


class FactPutRequest(BaseModel):
    """Body of `PUT /v1/facts/{key}`: the user's own statement of a fact.

    A single-valued key takes one string; a multi-valued key takes a string or a list, and
    the given values become the key's whole active set.
    """

    model_config = ConfigDict(extra="forbid")

    value: str | list[str]

    @field_validator("value")
    @classmethod
    def _storable(cls, value: str | list[str]) -> str | list[str]:
        for text in [value] if isinstance(value, str) else value:
            check_text(text, "value")
        return value
