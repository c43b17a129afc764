"""Deterministic variety: the same turn always reads the same, different turns differ."""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


class Picker:
    """Chooses among variants from a turn's seed; each `attempt` shifts every choice by one."""

    __slots__ = ("_attempt", "_seed")

    def __init__(self, seed: int | str, attempt: int = 0) -> None:
        self._seed = str(seed)
        self._attempt = attempt

    def index(self, count: int, label: str) -> int:
        """A position in 0..count-1 for the choice named `label` (stable across processes)."""
        if count <= 1:
            return 0
        # crc32 rather than hash(): str hashes change between processes.
        return (zlib.crc32(f"{self._seed}|{label}".encode()) + self._attempt) % count

    def choose(self, variants: Sequence[str], label: str) -> str:
        """One of the variants ("" when there are none)."""
        if not variants:
            return ""
        return variants[self.index(len(variants), label)]


def register_for(level: str) -> str:
    """The phrasebook register for an affinity level: polite, warm or close."""
    if level in ("close_friend", "soulmate"):
        return "close"
    if level == "friend":
        return "warm"
    return "polite"
