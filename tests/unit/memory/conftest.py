"""Fixtures for the memory unit tests: what a message asserts and retracts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from luminora.memory.extraction import extract_facts
from luminora.models.facts import FactOp

Facts = Callable[..., set[tuple[str, str]]]
Changes = Callable[..., set[tuple[str, str, str]]]


def _pairs(op: FactOp) -> Facts:
    def run(text: str, language: str | None = None, **options: object) -> set[tuple[str, str]]:
        found = extract_facts(text, language, **options)  # type: ignore[arg-type]
        return {(c.key, c.value) for c in found if c.op is op}

    return run


@pytest.fixture
def asserted() -> Facts:
    """(key, value) pairs a message states about the user."""
    return _pairs(FactOp.ASSERT)


@pytest.fixture
def retracted() -> Facts:
    """(key, value) pairs a message withdraws."""
    return _pairs(FactOp.RETRACT)


@pytest.fixture
def changes() -> Changes:
    """(key, value, op) a message gives when memory already holds the `known` facts."""

    def run(
        text: str, language: str, known: list[tuple[str, str]] | None = None
    ) -> set[tuple[str, str, str]]:
        found = extract_facts(text, language, known_facts=known or [])
        return {(c.key, c.value, c.op.value) for c in found}

    return run
