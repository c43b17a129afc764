"""The chat Lambda through real API Gateway events on moto DynamoDB."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from tests.reference import TURNS, fold

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.integration.conftest import Invoke


@pytest.mark.parametrize(
    ("lang", "name", "place"),
    [("es", "Carlos", "Himalaya"), ("en", "Carlos", "Himalaya"), ("es", "Lucia", "Everest"),
     ("en", "Maya", "Patagonia")],
)  # fmt: skip
def test_reference_conversation_through_the_chat_handler(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], lang: str, name: str, place: str
) -> None:
    replies = []
    for template in TURNS[lang]:
        message = template.format(name=name.lower(), place=place.lower())
        event = api_event("chat_post_message", body={"message": message, "personality": "sakura"})
        event["headers"].pop("idempotency-key", None)
        reply = invoke("ChatFunction", event)
        assert reply.status == 200, reply.raw
        assert reply.body["reply_source"] == "fallback" and reply.body["degraded"] is False
        replies.append(reply.body["reply"])

    facts = invoke("FactsFunction", api_event("facts_list")).body["facts"]
    pairs = {(f["key"], fold(f["value"])) for f in facts}
    assert ("name", fold(name)) in pairs
    assert any(k == "travel_destination" and fold(place) in v for k, v in pairs)
    assert not any(k == "name" and "sakura" in v for k, v in pairs)
    assert "sakura" in fold(replies[1])
    assert fold(name) in fold(replies[2])
    assert len(set(replies)) == 3
    affinity = invoke("AffinityFunction", api_event("affinity_get")).body
    assert affinity["points"] > 0 and affinity["level"] == "stranger"


def test_same_idempotency_key_returns_the_stored_turn_and_writes_nothing_new(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], table_items: Callable[[], list[Any]]
) -> None:
    event = api_event("chat_post_message", headers={"Idempotency-Key": "retry-1"})
    first = invoke("ChatFunction", event)
    count = len(table_items())
    second = invoke("ChatFunction", event)
    assert first.status == second.status == 200
    assert first.body == second.body
    assert len(table_items()) == count
    other = invoke(
        "ChatFunction", api_event("chat_post_message", headers={"Idempotency-Key": "k2"})
    )
    assert other.body["turn_id"] != first.body["turn_id"]


def test_sessions_history_and_delete(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]]
) -> None:
    for i in range(3):
        event = api_event("chat_post_message", body={"message": f"hello number {i}"})
        event["headers"].pop("idempotency-key", None)
        assert invoke("ChatFunction", event).status == 200
    sessions = invoke("ChatFunction", api_event("chat_list_sessions")).body["sessions"]
    assert [s["session_id"] for s in sessions] == ["s1"] and sessions[0]["turn_count"] == 3

    page = invoke("ChatFunction", api_event("chat_list_messages", query={"limit": "4"})).body
    assert [m["role"] for m in page["messages"]] == ["user", "assistant", "user", "assistant"]
    assert page["messages"][0]["content"] == "hello number 0"
    rest = invoke(
        "ChatFunction",
        api_event("chat_list_messages", query={"limit": "4", "cursor": page["next_cursor"]}),
    ).body
    assert [m["content"] for m in rest["messages"]][0] == "hello number 2"
    assert rest["next_cursor"] is None

    assert invoke("ChatFunction", api_event("chat_delete_session")).status == 200
    assert invoke("ChatFunction", api_event("chat_list_messages")).status == 404
    assert invoke("ChatFunction", api_event("chat_delete_session")).status == 404


def test_personalities_health_and_openapi(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]]
) -> None:
    listed = invoke("ChatFunction", api_event("chat_list_personalities")).body["personalities"]
    assert {"sakura"} <= {p["id"] for p in listed} and len(listed) >= 3
    health = invoke("ChatFunction", api_event("chat_health", claims=None))
    assert health.status == 200 and health.body["status"] == "ok"
    document = invoke("ChatFunction", api_event("chat_openapi", claims=None)).body
    assert document["openapi"].startswith("3.")
    assert "/v1/sessions/{session_id}/messages" in document["paths"]
    assert "/v1/facts/{key}" in document["paths"]
