"""What the responder may say about the user: active facts, tidied, secrets left out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.memory.merge import looks_like_secret
from luminora.providers.offline.text import proper, tidy

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from luminora.models import Fact, LearnedFact

# Keys that hold names of people or places, shown capitalized.
_PROPER_KEYS = frozenset({"name", "location", "hometown", "travel_destination", "employer"})
# What to bring up first when showing what it remembers (after what was just learned).
SALIENCE: tuple[str, ...] = (
    "travel_destination", "location", "occupation", "pets", "partner", "likes", "hobbies",
    "family", "age", "hometown", "employer", "birthday", "nationality", "languages", "goals",
    "diet", "allergies", "dislikes",
)  # fmt: skip


def _display(key: str, value: str) -> str | None:
    """A value fit to say back, or None when it is empty or looks like a secret."""
    if looks_like_secret(value):
        return None
    shown = tidy(value)
    if not shown:
        return None
    return proper(shown) if key in _PROPER_KEYS else shown


@dataclass(frozen=True, slots=True)
class Memory:
    """The user's facts as the responder may quote them.

    Attributes:
        values: Each key's values, newest first.
        learned: (key, value) pairs learned this turn, in the order they were learned.
    """

    values: Mapping[str, tuple[str, ...]]
    learned: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, facts: Iterable[Fact], learned: Iterable[LearnedFact]) -> Memory:
        """Build the view from the request's active facts and this turn's learned ones."""
        by_key: dict[str, list[tuple[str, str]]] = {}
        for fact in facts:
            if not fact.active:
                continue
            shown = _display(fact.key, fact.value)
            if shown is not None:
                by_key.setdefault(fact.key, []).append((fact.updated_at, shown))
        values: dict[str, tuple[str, ...]] = {}
        for key, items in by_key.items():
            items.sort(key=lambda item: item[0], reverse=True)
            values[key] = _unique(shown for _, shown in items)
        new: list[tuple[str, str]] = []
        for item in learned:
            shown = _display(item.key, item.value)
            if shown is None:
                continue
            new.append((item.key, shown))
            if item.key not in values:  # learned but not (yet) among the active facts
                values[item.key] = (shown,)
        return cls(values=values, learned=tuple(new))

    @property
    def name(self) -> str | None:
        """The user's name, when known."""
        names = self.values.get("name")
        return names[0] if names else None

    def get(self, key: str) -> tuple[str, ...]:
        """The values of a key, newest first (empty when unknown)."""
        return self.values.get(key, ())

    def learned_keys(self) -> tuple[str, ...]:
        """Keys learned this turn, without repeats."""
        return tuple(dict.fromkeys(key for key, _ in self.learned))

    def salient(self, *, exclude: Iterable[str] = (), limit: int = 2) -> list[str]:
        """The keys most worth bringing up: just learned first, then by importance."""
        skip = {"name", *exclude}
        order = [*self.learned_keys(), *SALIENCE, *sorted(self.values)]
        keys = [k for k in dict.fromkeys(order) if k not in skip and k in self.values]
        return keys[:limit]


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        folded = value.casefold()
        if folded not in seen:
            seen.add(folded)
            out.append(value)
    return tuple(out)
