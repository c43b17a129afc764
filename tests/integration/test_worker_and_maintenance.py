"""The memory worker (stream batches) and the maintenance job (schedule) on moto DynamoDB."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from tests.conftest import EVENTS
from tests.integration.conftest import Invoke

STREAM_BATCH = json.loads((EVENTS / "worker_stream_batch.json").read_text())
SCHEDULE = json.loads((EVENTS / "maintenance_schedule.json").read_text())


@pytest.fixture
def every_five_turns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LUMINORA_EPISODE_EVERY", "5")


def chat(invoke: Invoke, api_event: Callable[..., dict[str, Any]], text: str) -> None:
    event = api_event("chat_post_message", body={"message": text})
    event["headers"].pop("idempotency-key", None)
    assert invoke("ChatFunction", event).status == 200


def stream_batch_of(items: list[dict[str, Any]]) -> dict[str, Any]:
    """A stream event for table items, shaped like events/worker_stream_batch.json."""
    template = STREAM_BATCH["Records"][0]
    records = []
    for n, item in enumerate(items):
        record = copy.deepcopy(template)
        record["eventID"] = f"event-{n}"
        record["dynamodb"]["Keys"] = {"PK": item["PK"], "SK": item["SK"]}
        record["dynamodb"]["NewImage"] = item
        record["dynamodb"]["SequenceNumber"] = f"{n + 1:021d}"
        records.append(record)
    return {"Records": records}


def user_messages(table_items: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    messages = [i for i in table_items() if i["kind"]["S"] == "message"]
    return sorted((m for m in messages if m["role"]["S"] == "user"), key=lambda m: m["SK"]["S"])


def test_the_sample_batch_reports_only_the_broken_record_as_failed(
    handle: Callable[..., Any], table_items: Callable[[], list[Any]]
) -> None:
    response = handle("MemoryWorkerFunction", STREAM_BATCH)
    assert response == {"batchItemFailures": [{"itemIdentifier": "111100000000000000002"}]}
    # The valid records name a session that does not exist here: nothing is created.
    assert table_items() == []


@pytest.mark.usefixtures("every_five_turns")
def test_worker_writes_episodes_once_even_when_records_are_redelivered(
    invoke: Invoke,
    api_event: Callable[..., dict[str, Any]],
    handle: Callable[..., Any],
    table_items: Callable[[], list[dict[str, Any]]],
) -> None:
    for text in ["hola, soy Marta", "vivo en Valencia con mi perro Toby", "hoy llueve mucho",
                 "mañana tengo examen de piano", "estoy nerviosa pero contenta",
                 "me encanta el jazz", "trabajo de enfermera", "fui al cine",
                 "comí paella", "mi hermana Ana vive en Lisboa"]:  # fmt: skip
        chat(invoke, api_event, text)
    assert not [i for i in table_items() if i["kind"]["S"] == "episode"]  # DynamoDB: no inline
    batch = stream_batch_of(user_messages(table_items))

    assert handle("MemoryWorkerFunction", batch) == {"batchItemFailures": []}
    episodes = [json.loads(i["data"]["S"]) for i in table_items() if i["kind"]["S"] == "episode"]
    assert sorted(e["episode_id"] for e in episodes) == ["s1~000000", "s1~000001"]
    assert "Valencia" in next(e for e in episodes if e["episode_id"] == "s1~000000")["summary"]

    before = sorted(json.dumps(i, sort_keys=True) for i in table_items())
    assert handle("MemoryWorkerFunction", batch) == {"batchItemFailures": []}
    assert sorted(json.dumps(i, sort_keys=True) for i in table_items()) == before


def test_records_in_flight_after_an_erase_recreate_nothing(
    invoke: Invoke,
    api_event: Callable[..., dict[str, Any]],
    handle: Callable[..., Any],
    table_items: Callable[[], list[dict[str, Any]]],
) -> None:
    chat(invoke, api_event, "I'm Bea and I live in Oslo")
    batch = stream_batch_of(user_messages(table_items))
    assert invoke("ChatFunction", api_event("chat_erase_me")).status == 200
    assert handle("MemoryWorkerFunction", batch) == {"batchItemFailures": []}
    assert table_items() == []


@pytest.mark.usefixtures("every_five_turns")
def test_maintenance_compacts_missing_episodes_and_applies_retention(
    invoke: Invoke,
    api_event: Callable[..., dict[str, Any]],
    handle: Callable[..., Any],
    table_items: Callable[[], list[dict[str, Any]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for n in range(7):
        chat(invoke, api_event, f"message number {n} about my garden and tomatoes")
    monkeypatch.setenv("LUMINORA_RETENTION_DAYS", "30")
    from luminora.service import default_services

    default_services.cache_clear()
    report = handle("MaintenanceFunction", SCHEDULE)
    assert report["sessions"] == 1 and report["episodes_written"] == 1
    assert report["messages_given_expiry"] == 14
    messages = [i for i in table_items() if i["kind"]["S"] == "message"]
    assert all("expires_at" in m for m in messages)
    again = handle("MaintenanceFunction", SCHEDULE)
    assert again["episodes_written"] == 0 and again["messages_given_expiry"] == 0
