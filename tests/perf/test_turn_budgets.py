"""Per-turn budgets: core time on SQLite and moto DynamoDB, statements and calls per turn."""

from __future__ import annotations

import itertools
import statistics
import time
from typing import TYPE_CHECKING, Any

import pytest

from luminora.models import ChatRequest, Principal
from luminora.service import Services, Settings

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from luminora.store.base import Store

pytestmark = pytest.mark.perf

ALICE = Principal("acme", "alice")
MESSAGES = [
    "hola! soy Carlos y vivo en Madrid",
    "me encanta el jazz y los gatos",
    "que tal tu dia?",
    "trabajo como enfermero en el hospital",
    "el mes que viene me voy a Japon",
    "do you remember my name?",
]


def warm_session(services: Services, session: str, turns: int) -> Iterator[str]:
    """A session with `turns` turns of history; yields the next messages forever."""
    cycle = itertools.cycle(MESSAGES)
    for _ in range(turns):
        services.chat.turn(ALICE, session, ChatRequest(message=next(cycle)))
    return cycle


def services_on(store: Store) -> Services:
    return Services(Settings(store="memory"), store=store)


def test_core_turn_on_sqlite_file(
    tmp_path: Path, benchmark: Any, record_budget: Callable[..., None]
) -> None:
    from luminora.store.sqlite import SqliteStore

    services = services_on(SqliteStore(tmp_path / "bench.db"))
    messages = warm_session(services, "s30", 30)

    def one_turn() -> None:
        services.chat.turn(ALICE, "s30", ChatRequest(message=next(messages)))

    benchmark.pedantic(one_turn, rounds=300, warmup_rounds=20)
    record_budget(
        "core time per turn, SQLite file, 30-turn session (median)",
        benchmark.stats.stats.median * 1000, 1.5, "ms",
    )  # fmt: skip


def test_sqlite_turn_is_one_read_and_one_write_transaction(
    tmp_path: Path, record_budget: Callable[..., None]
) -> None:
    from luminora.store.sqlite import SqliteStore

    store = SqliteStore(tmp_path / "tx.db")
    services = services_on(store)
    messages = warm_session(services, "s", 5)
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)  # noqa: SLF001 - counting, not using
    services.chat.turn(ALICE, "s", ChatRequest(message=next(messages)))
    store._conn.set_trace_callback(None)  # noqa: SLF001
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert begins == ["BEGIN", "BEGIN IMMEDIATE"], statements
    record_budget("SQLite transactions per turn", len(begins), 2, "tx")


@pytest.fixture
def ddb_services(ddb_table: tuple[Any, str]) -> Services:
    from luminora.store.dynamodb import DynamoDBStore

    client, table = ddb_table
    return services_on(DynamoDBStore(table, client=client))


def test_core_turn_on_moto_dynamodb(
    ddb_services: Services, benchmark: Any, record_budget: Callable[..., None]
) -> None:
    messages = warm_session(ddb_services, "s30", 30)

    def one_turn() -> None:
        ddb_services.chat.turn(ALICE, "s30", ChatRequest(message=next(messages)))

    benchmark.pedantic(one_turn, rounds=60, warmup_rounds=5)
    record_budget(
        # moto's in-process emulation dominates this number; it is reported, not budgeted.
        "core time per turn, moto DynamoDB, 30-turn session (median)",
        benchmark.stats.stats.median * 1000, None, "ms",
    )  # fmt: skip


def test_dynamodb_calls_per_turn(
    ddb_services: Services, ddb_table: tuple[Any, str], record_budget: Callable[..., None]
) -> None:
    client, _ = ddb_table
    messages = warm_session(ddb_services, "s", 5)
    calls: list[str] = []

    def count(model: Any, **_: Any) -> None:
        calls.append(model.name)

    client.meta.events.register("before-call.dynamodb", count)
    timings = []
    for _ in range(5):
        calls.clear()
        started = time.perf_counter()
        ddb_services.chat.turn(ALICE, "s", ChatRequest(message=next(messages)))
        timings.append(time.perf_counter() - started)
    client.meta.events.unregister("before-call.dynamodb", count)
    assert sorted(calls) == ["Query", "Query", "TransactWriteItems"], calls
    record_budget("DynamoDB calls per chat turn", len(calls), 3, "calls")
    assert statistics.median(timings) > 0
