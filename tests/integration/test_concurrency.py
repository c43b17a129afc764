"""Twenty turns at once on one session: no message lost, order kept, affinity exact."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from luminora.affinity import affinity_delta
from luminora.models import ChatRequest, Principal
from luminora.service import Services, Settings
from luminora.store.base import Store

ALICE = Principal("acme", "alice")
TURNS = 20


def messages() -> list[str]:
    return [f"hello again, message {i} of many" for i in range(TURNS)]


@pytest.fixture(params=["sqlite", "dynamodb"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        from luminora.store.sqlite import SqliteStore

        return SqliteStore(tmp_path / "concurrent.db")
    from luminora.store.dynamodb import DynamoDBStore

    client, table = request.getfixturevalue("ddb_table")
    return DynamoDBStore(table, client=OneCallAtATime(client))


class OneCallAtATime:
    """A boto3 client whose calls run one at a time.

    DynamoDB applies each request atomically on its side, but moto's in-process emulation is
    not thread-safe; a lock per call restores the real service's atomicity while turns still
    interleave between their calls (read, read, transaction).
    """

    def __init__(self, client: Any) -> None:
        self._client = client
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attribute(*args, **kwargs)

        return call


def test_twenty_concurrent_turns_on_one_session_lose_nothing(store: Store) -> None:
    services = Services(Settings(store="memory", episode_every=0), store=store)
    texts = messages()
    with ThreadPoolExecutor(max_workers=TURNS) as pool:
        results = list(
            pool.map(lambda t: services.chat.turn(ALICE, "busy", ChatRequest(message=t)), texts)
        )
    assert len({r.turn_id for r in results}) == TURNS

    history, _ = store.list_messages(ALICE, "busy", limit=200)
    assert len(history) == 2 * TURNS
    assert sorted(m.content for m in history if m.role.value == "user") == sorted(texts)
    assert [m.created_at for m in history] == sorted(m.created_at for m in history)
    for user, reply in zip(history[::2], history[1::2], strict=True):
        assert user.turn_id == reply.turn_id  # each reply right after its message

    session = store.get_session(ALICE, "busy")
    assert session is not None and session.turn_count == TURNS and session.version == TURNS
    expected = min(100, sum(affinity_delta(t, "en") for t in texts))
    assert store.get_affinity(ALICE, "sakura").points == expected  # type: ignore[union-attr]


def test_the_same_idempotency_key_sent_concurrently_is_one_turn(store: Store) -> None:
    services = Services(Settings(store="memory", episode_every=0), store=store)

    def send(_: Any) -> str:
        request = ChatRequest(message="I'm Noor")
        return services.chat.turn(ALICE, "s", request, idempotency_key="same-key").turn_id

    with ThreadPoolExecutor(max_workers=8) as pool:
        turn_ids = set(pool.map(send, range(8)))
    assert len(turn_ids) == 1
    assert store.get_session(ALICE, "s").turn_count == 1  # type: ignore[union-attr]
