"""Memory worker throughput: a batch of 100 stream records on moto (rule path, no model)."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from tests.conftest import EVENTS, REPO_ROOT

from luminora.local.gateway import LocalLambdaContext
from luminora.local.handlers import load_handler_module
from luminora.local.sam_template import function_spec
from luminora.models import ChatRequest, Principal
from luminora.service import Services, Settings, default_services
from luminora.store.dynamodb import DynamoDBStore

pytestmark = pytest.mark.perf
ALICE = Principal("acme", "alice")


def test_worker_records_per_second_for_a_batch_of_100(
    ddb_table: tuple[Any, str],
    sam_template: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    record_budget: Callable[..., None],
) -> None:
    client, table = ddb_table
    seeding = Services(Settings(store="dynamodb", table_name=table, episode_every=0),
                       store=DynamoDBStore(table, client=client))  # fmt: skip
    for i in range(100):
        seeding.chat.turn(ALICE, f"s{i % 10}", ChatRequest(message=f"I like topic number {i}"))
    items = client.scan(TableName=table)["Items"]
    users = [i for i in items if i.get("kind", {}).get("S") == "message"
             and i["role"]["S"] == "user"]  # fmt: skip
    template = json.loads((EVENTS / "worker_stream_batch.json").read_text())["Records"][0]
    records = []
    for n, item in enumerate(users):
        record = copy.deepcopy(template)
        record["dynamodb"]["NewImage"] = item
        record["dynamodb"]["SequenceNumber"] = f"{n:021d}"
        records.append(record)

    monkeypatch.setenv("LUMINORA_STORE", "dynamodb")
    monkeypatch.setenv("TABLE_NAME", table)
    default_services.cache_clear()
    module = load_handler_module(REPO_ROOT, function_spec(sam_template, "MemoryWorkerFunction"))
    started = time.perf_counter()
    result = module.lambda_handler({"Records": records}, LocalLambdaContext("MemoryWorkerFunction"))
    elapsed = time.perf_counter() - started
    default_services.cache_clear()
    assert result == {"batchItemFailures": []} and len(records) == 100
    record_budget("memory worker records per second (batch of 100, moto)",
                  len(records) / elapsed, None, "rec/s")  # fmt: skip
