"""Per-turn budgets: core time on SQLite and moto DynamoDB, statements and calls per turn."""

from __future__ import annotations

import itertools
import json
import math
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


def services_on(store: Store, kind: str = "sqlite") -> Services:
    # The settings name the backend, as a deployment would (DynamoDB: episodes come from
    # the memory worker, not from the turn).
    return Services(Settings(store=kind), store=store)  # type: ignore[arg-type]


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
    return services_on(DynamoDBStore(table, client=client), "dynamodb")


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


def test_consumed_capacity_per_turn(
    ddb_services: Services, ddb_table: tuple[Any, str], record_budget: Callable[..., None]
) -> None:
    """Capacity units of one turn: reads as DynamoDB (moto) reports them; writes computed
    from the items the transaction writes (2 WCU per started KB each), which moto omits."""
    client, _ = ddb_table
    messages = warm_session(ddb_services, "s", 30)
    consumed: dict[str, float] = {"read": 0.0, "write": 0.0}

    def ask_for_capacity(params: dict[str, Any], model: Any, **_: Any) -> None:
        params.setdefault("ReturnConsumedCapacity", "TOTAL")
        if model.name == "TransactWriteItems":
            for entry in params["TransactItems"]:
                item = next(iter(entry.values())).get("Item", {})
                consumed["write"] += 2 * math.ceil(item_size(item) / 1024)

    def add_reads(parsed: dict[str, Any], model: Any, **_: Any) -> None:
        if model.name == "Query":
            consumed["read"] += float(
                (parsed.get("ConsumedCapacity") or {}).get("CapacityUnits", 0)
            )

    client.meta.events.register("provide-client-params.dynamodb", ask_for_capacity)
    client.meta.events.register("after-call.dynamodb", add_reads)
    turns = 10
    for _ in range(turns):
        ddb_services.chat.turn(ALICE, "s", ChatRequest(message=next(messages)))
    client.meta.events.unregister("provide-client-params.dynamodb", ask_for_capacity)
    client.meta.events.unregister("after-call.dynamodb", add_reads)
    record_budget("read capacity units per turn (30-turn session)",
                  consumed["read"] / turns, None, "RCU")  # fmt: skip
    record_budget("write capacity units per turn (transactional)",
                  consumed["write"] / turns, None, "WCU")  # fmt: skip
    assert consumed["write"] >= 2 * 4  # session, affinity and two messages, at least


def item_size(item: dict[str, Any]) -> int:
    """DynamoDB's item size: attribute names plus values (strings and number digits)."""
    size = 0
    for name, value in item.items():
        size += len(name.encode())
        ((kind, raw),) = value.items()
        size += len(str(raw).encode()) if kind in {"S", "N"} else len(json.dumps(raw).encode())
    return size
