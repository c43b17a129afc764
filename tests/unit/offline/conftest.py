"""Fixtures for the offline responder: a responder, facts, and one-turn / many-turn helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.models import Fact, FactSource, LearnedFact, category_of
from luminora.providers.offline import OfflineRequest, OfflineResponder

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

STAMP = "2026-01-01T00:00:00.000Z"


def _items(values: Mapping[str, str | Sequence[str]] | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, value in (values or {}).items():
        out += [(key, value)] if isinstance(value, str) else [(key, v) for v in value]
    return out


def make_fact(key: str, value: str, at: str = STAMP) -> Fact:
    """A stored fact as the chat service passes it (active, extracted by rules)."""
    return Fact(
        key=key,
        value=value,
        confidence=0.9,
        category=category_of(key),
        source=FactSource.RULES,
        created_at=at,
        updated_at=at,
    )


@pytest.fixture(name="make_fact")
def make_fact_fixture() -> Callable[..., Fact]:
    """Build a stored fact: `make_fact("name", "Carlos")`."""
    return make_fact


@pytest.fixture(scope="module")
def responder() -> OfflineResponder:
    return OfflineResponder()


@pytest.fixture
def ask(responder: OfflineResponder) -> Callable[..., str]:
    """One turn: `ask(message, language, known={...}, learned={...}, ...)` → the reply.

    `known` holds facts from earlier turns; `learned` the facts learned this turn (which are
    also among the active facts, as the chat service passes them).
    """

    def run(
        message: str,
        language: str = "en",
        *,
        known: Mapping[str, str | Sequence[str]] | None = None,
        learned: Mapping[str, str | Sequence[str]] | None = None,
        recent: Sequence[str] = (),
        level: str = "stranger",
        turn: int = 3,
        seed: int | str = "turn-1",
        bot: str = "Sakura",
    ) -> str:
        new = _items(learned)
        request = OfflineRequest(
            message=message,
            language=language,
            personality_name=bot,
            facts=[make_fact(k, v) for k, v in [*_items(known), *new]],
            learned=[LearnedFact(key=k, value=v, confidence=0.9) for k, v in new],
            recent_replies=list(recent),
            level=level,
            turn_index=turn,
            seed=seed,
        )
        return responder.reply(request)

    return run


@pytest.fixture
def converse(ask: Callable[..., str]) -> Callable[..., list[str]]:
    """Several turns of one session, each reply fed back as a recent reply.

    `turns` is a list of (message, facts learned that turn); facts accumulate.
    """

    def run(
        turns: Sequence[tuple[str, Mapping[str, str]]],
        language: str,
        *,
        bot: str = "Sakura",
        level: str = "stranger",
        seed_prefix: str = "01JTURN",
    ) -> list[str]:
        known: dict[str, str] = {}
        replies: list[str] = []
        for index, (message, learned) in enumerate(turns):
            replies.append(
                ask(
                    message,
                    language,
                    known=dict(known),
                    learned=learned,
                    recent=list(replies),
                    level=level,
                    turn=index,
                    seed=f"{seed_prefix}{index}",
                    bot=bot,
                )
            )
            known.update(learned)
        return replies

    return run
