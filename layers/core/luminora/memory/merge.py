"""Merging fact candidates into memory: corrections supersede, retractions remove, history stays.

Pure functions over lists of facts; the caller loads and stores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from luminora.models.facts import (
    Fact,
    FactAction,
    FactCandidate,
    FactEvent,
    FactOp,
    FactSource,
    FactStatus,
    LearnedFact,
    category_of,
    fold_value,
    is_multi_valued,
    value_id,
)
from luminora.models.limits import MAX_FACT_VALUE_CHARS

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

MAX_HISTORY_EVENTS = 20

# Values shaped like credentials are never stored, whoever asserts them.
_SECRET_SHAPES = re.compile(
    r"(?:\b(?:sk|pk|rk|ghp|gho|xox[abpr]|AKIA|ASIA|AIza)[-_A-Za-z0-9]{12,})"
    r"|(?:\b[A-Za-z0-9+/_-]{32,}={0,2}(?![A-Za-z0-9]))"
    r"|(?:-----BEGIN [A-Z ]*PRIVATE KEY-----)"
)


def looks_like_secret(value: str) -> bool:
    """True when a value looks like an API key, token or private key."""
    return bool(_SECRET_SHAPES.search(value))


def same_value(a: str, b: str) -> bool:
    """True when two values name the same thing ("el sushi" and "Sushi")."""
    fa, fb = fold_value(a), fold_value(b)
    if fa == fb:
        return True
    ta, tb = set(re.findall(r"\w+", fa)), set(re.findall(r"\w+", fb))
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


@dataclass(slots=True)
class MergeResult:
    """What a merge changed: the facts to write and the values newly learned."""

    changed: list[Fact] = field(default_factory=list)
    learned: list[LearnedFact] = field(default_factory=list)
    removed: list[Fact] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where and when the candidates were said."""

    source: FactSource
    at: str
    session_id: str | None = None
    turn_id: str | None = None

    def event(self, action: FactAction) -> FactEvent:
        return FactEvent(
            at=self.at,
            action=action,
            source=self.source,
            session_id=self.session_id,
            turn_id=self.turn_id,
        )


def _clean_value(value: str) -> str | None:
    value = " ".join(value.split()).strip(" .,;:!?¡¿\"'")
    if not value or len(value) > MAX_FACT_VALUE_CHARS or looks_like_secret(value):
        return None
    return value


class FactMerger:
    """Applies candidates to a user's facts (all statuses) following the product's rules.

    - A new value of a single-valued key supersedes the active one.
    - A retraction removes a value (multi-valued) or the matching value (single-valued).
    - Saying an active value again reaffirms it; saying an old value again reactivates it.
    - Facts the user asserted (`source=user`) are not overridden by extracted ones.
    """

    def __init__(self, facts: Iterable[Fact]) -> None:
        self._facts: dict[tuple[str, str], Fact] = {(f.key, f.value_id): f for f in facts}
        self._changed: dict[tuple[str, str], Fact] = {}
        self._learned: dict[tuple[str, str], LearnedFact] = {}

    @property
    def facts(self) -> list[Fact]:
        """Every fact after the merge, active or not."""
        return list(self._facts.values())

    def active(self) -> list[Fact]:
        """The active facts after the merge."""
        return [f for f in self._facts.values() if f.status is FactStatus.ACTIVE]

    def apply(self, candidates: Sequence[FactCandidate], where: Provenance) -> MergeResult:
        """Merge candidates in order and return what changed overall so far."""
        for candidate in candidates:
            value = _clean_value(candidate.value)
            if value is None:
                continue
            if candidate.op is FactOp.RETRACT:
                self._retract(candidate.key, value, where)
            else:
                self._assert(candidate.key, value, candidate.confidence, where)
        return MergeResult(
            changed=list(self._changed.values()),
            learned=list(self._learned.values()),
        )

    def replace_key(self, key: str, values: Sequence[str], where: Provenance) -> MergeResult:
        """Make `values` the key's whole active set (a user's own correction)."""
        cleaned = [v for v in (_clean_value(v) for v in values) if v is not None]
        for fact in self._active_of(key):
            if not any(same_value(fact.value, v) for v in cleaned):
                self._set_status(fact, FactStatus.RETRACTED, "edited", where)
        for value in cleaned:
            self._assert(key, value, 1.0, where)
        return MergeResult(
            changed=list(self._changed.values()), learned=list(self._learned.values())
        )

    # -- rules -------------------------------------------------------------------------

    def _active_of(self, key: str) -> list[Fact]:
        return [f for f in self._facts.values() if f.key == key and f.active]

    def _outranked(self, fact: Fact, where: Provenance) -> bool:
        return fact.source is FactSource.USER and where.source is not FactSource.USER

    def _assert(self, key: str, value: str, confidence: float, where: Provenance) -> None:
        ident = (key, value_id(value))
        existing = self._facts.get(ident)
        if not is_multi_valued(key):
            others = [f for f in self._active_of(key) if f.value_id != ident[1]]
            if any(self._outranked(f, where) for f in others):
                return
            for other in others:
                self._set_status(other, FactStatus.SUPERSEDED, "superseded", where)
        if existing is not None and existing.active:
            if self._outranked(existing, where):
                return
            updated = existing.model_copy(
                update={
                    "confidence": max(existing.confidence, confidence),
                    "updated_at": where.at,
                    "history": _capped(existing.history, where.event("reaffirmed")),
                }
            )
            self._put(updated)
            return
        history = list(existing.history) if existing is not None else []
        fact = Fact(
            key=key,
            value=value,
            confidence=confidence,
            category=category_of(key),
            source=where.source,
            status=FactStatus.ACTIVE,
            created_at=existing.created_at if existing is not None else where.at,
            updated_at=where.at,
            session_id=where.session_id,
            turn_id=where.turn_id,
            history=_capped(history, where.event("asserted")),
        )
        self._put(fact)
        self._learned[ident] = LearnedFact(key=key, value=value, confidence=confidence)

    def _retract(self, key: str, value: str, where: Provenance) -> None:
        for fact in self._active_of(key):
            if same_value(fact.value, value) and not self._outranked(fact, where):
                self._set_status(fact, FactStatus.RETRACTED, "retracted", where)

    def _set_status(
        self, fact: Fact, status: FactStatus, action: FactAction, where: Provenance
    ) -> None:
        updated = fact.model_copy(
            update={
                "status": status,
                "updated_at": where.at,
                "history": _capped(fact.history, where.event(action)),
            }
        )
        self._put(updated)
        self._learned.pop((fact.key, fact.value_id), None)

    def _put(self, fact: Fact) -> None:
        ident = (fact.key, fact.value_id)
        self._facts[ident] = fact
        self._changed[ident] = fact


def _capped(history: Sequence[FactEvent], event: FactEvent) -> list[FactEvent]:
    return [*history, event][-MAX_HISTORY_EVENTS:]
