"""The `store` fixture: every backend, so one contract suite runs on all of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from luminora.store.base import Store


@pytest.fixture(params=["memory", "sqlite", "dynamodb"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh store of each kind (DynamoDB on moto, table from template.yaml)."""
    if request.param == "memory":
        from luminora.store.memory import MemoryStore

        backend: Store = MemoryStore()
    elif request.param == "sqlite":
        from luminora.store.sqlite import SqliteStore

        backend = SqliteStore(tmp_path / "contract.db")
    else:
        from luminora.store.dynamodb import DynamoDBStore

        client, table = request.getfixturevalue("ddb_table")
        backend = DynamoDBStore(table, client=client)
    yield backend
    backend.close()


@pytest.fixture
def make_fact() -> Any:
    """Build a Fact with sensible defaults."""
    from luminora.models import Fact, FactSource, FactStatus, category_of

    def make(key: str, value: str, *, status: FactStatus = FactStatus.ACTIVE) -> Fact:
        return Fact(
            key=key, value=value, confidence=0.9, category=category_of(key),
            source=FactSource.RULES, status=status, created_at="2026-01-01T00:00:00.000Z",
            updated_at="2026-01-01T00:00:00.000Z", session_id="s1", turn_id="t1",
        )  # fmt: skip

    return make
