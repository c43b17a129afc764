"""Bad input never yields a 5xx or a stack trace, and writes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from luminora.models.limits import MAX_BODY_BYTES, MAX_MESSAGE_CHARS

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.integration.conftest import Invoke, Reply


def assert_error_shape(reply: Reply, status: int) -> None:
    assert reply.status == status, reply.raw
    assert set(reply.body) == {"error"}
    assert set(reply.body["error"]) == {"code", "message", "request_id"}
    assert reply.body["error"]["message"]
    assert "Traceback" not in reply.raw and 'File "' not in reply.raw


BAD_CHAT_BODIES = {
    "malformed JSON": '{"message": "hi"',
    "not an object": '["hi"]',
    "no body at all": "",
    "missing message": '{"personality": "sakura"}',
    "empty message": '{"message": ""}',
    "blank message": '{"message": "   \\n\\t "}',
    "oversized message": '{"message": "' + "a" * (MAX_MESSAGE_CHARS + 1) + '"}',
    "message of the wrong type": '{"message": 42}',
    "NUL in message": '{"message": "hi\\u0000there"}',
    "unknown field": '{"message": "hi", "user_id": "someone-else"}',
    "personality with bad characters": '{"message": "hi", "personality": "../etc/passwd"}',
}


@pytest.mark.parametrize("body", BAD_CHAT_BODIES.values(), ids=BAD_CHAT_BODIES.keys())
def test_bad_chat_bodies_are_400_and_write_nothing(
    invoke: Invoke,
    api_event: Callable[..., dict[str, Any]],
    table_items: Callable[[], list[Any]],
    body: str,
) -> None:
    event = api_event("chat_post_message")
    event["body"] = body or None
    assert_error_shape(invoke("ChatFunction", event), 400)
    assert table_items() == []


def test_a_body_that_is_not_utf8_is_400(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], table_items: Callable[[], list[Any]]
) -> None:
    event = api_event("chat_post_message")
    event["body"], event["isBase64Encoded"] = "//4AZ2FyYmFnZQ==", True
    assert_error_shape(invoke("ChatFunction", event), 400)
    assert table_items() == []


def test_body_over_the_documented_limit_is_413(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], table_items: Callable[[], list[Any]]
) -> None:
    event = api_event("chat_post_message", body={"message": "x" * (MAX_BODY_BYTES + 10)})
    assert_error_shape(invoke("ChatFunction", event), 413)
    assert table_items() == []


def test_unknown_personality_is_404(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], table_items: Callable[[], list[Any]]
) -> None:
    event = api_event("chat_post_message", body={"message": "hi", "personality": "nobody"})
    reply = invoke("ChatFunction", event)
    assert_error_shape(reply, 404)
    assert "sakura" in reply.body["error"]["message"]
    assert table_items() == []


@pytest.mark.parametrize(
    "session_id", ["has%20space", "-leading-dash", "x" * 129, "a%23b", "%00", "caf%C3%A9"]
)
def test_invalid_session_ids_are_400(
    invoke: Invoke,
    api_event: Callable[..., dict[str, Any]],
    table_items: Callable[[], list[Any]],
    session_id: str,
) -> None:
    event = api_event("chat_post_message", path_params={"session_id": session_id})
    assert_error_shape(invoke("ChatFunction", event), 400)
    assert table_items() == []


@pytest.mark.parametrize(
    ("function", "event_name"),
    [("ChatFunction", "chat_post_message"), ("ChatFunction", "chat_list_sessions"),
     ("FactsFunction", "facts_list"), ("AffinityFunction", "affinity_get"),
     ("ChatFunction", "chat_export_me"), ("ChatFunction", "chat_erase_me")],
)  # fmt: skip
def test_missing_claims_are_401(
    invoke: Invoke,
    api_event: Callable[..., dict[str, Any]],
    table_items: Callable[[], list[Any]],
    function: str,
    event_name: str,
) -> None:
    assert_error_shape(invoke(function, api_event(event_name, claims=None)), 401)
    assert table_items() == []


def test_claims_without_a_usable_subject_are_401(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]]
) -> None:
    for claims in (
        {"sub": ""},
        {"sub": "a#b"},
        {"sub": " padded"},
        {"sub": "ok", "tenant": "t\u0000"},
    ):
        assert_error_shape(invoke("FactsFunction", api_event("facts_list", claims=claims)), 401)


def test_bad_paging_and_fact_input_are_400(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]]
) -> None:
    cases = [
        ("ChatFunction", api_event("chat_list_messages", query={"limit": "0"})),
        ("ChatFunction", api_event("chat_list_messages", query={"limit": "abc"})),
        ("ChatFunction", api_event("chat_list_messages", query={"cursor": "not-a-cursor"})),
        ("FactsFunction", api_event("facts_put", body={"value": ["a", "b"]})),
        ("FactsFunction", api_event("facts_put", body={"value": ""})),
        ("FactsFunction", api_event("facts_put", body={"value": "x" * 201})),
        (
            "FactsFunction",
            api_event("facts_put", body={"value": "sk-live-abcdefghijklmnopqrstuvwx"}),
        ),
        ("FactsFunction", api_event("facts_put", path_params={"key": "Bad-Key"})),
        ("AffinityFunction", api_event("affinity_get", path_params={"personality": "UPPER"})),
    ]
    for function, event in cases:
        assert_error_shape(invoke(function, event), 400)


def test_unknown_route_is_404_in_the_error_shape(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]]
) -> None:
    event = api_event("facts_list")
    event["rawPath"] = event["requestContext"]["http"]["path"] = "/v1/nothing"
    event["routeKey"] = "GET /v1/nothing"
    assert_error_shape(invoke("FactsFunction", event), 404)


def test_a_store_failure_is_an_error_shape_without_internals(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], lambda_env: tuple[Any, str]
) -> None:
    client, table = lambda_env
    client.delete_table(TableName=table)
    reply = invoke("FactsFunction", api_event("facts_list"))
    assert_error_shape(reply, 503)
    assert "ResourceNotFound" in reply.body["error"]["message"] or reply.body["error"]["message"]


def test_a_user_over_the_turn_quota_gets_429_with_retry_after(
    invoke: Invoke,
    api_event: Callable[..., dict[str, Any]],
    table_items: Callable[[], list[Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from luminora.service import default_services

    monkeypatch.setenv("LUMINORA_TURN_QUOTA", "2")
    default_services.cache_clear()
    for i in range(2):
        event = api_event("chat_post_message", body={"message": f"hello {i}"})
        event["headers"].pop("idempotency-key", None)
        assert invoke("ChatFunction", event).status == 200
    written = len(table_items())
    event = api_event("chat_post_message", body={"message": "and again"})
    event["headers"].pop("idempotency-key", None)
    reply = invoke("ChatFunction", event)
    assert_error_shape(reply, 429)
    assert 1 <= int(reply.headers["Retry-After"]) <= 3600
    assert len(table_items()) == written
    # Someone else is not affected.
    other = api_event("chat_post_message", body={"message": "hi"}, user="user-b")
    other["headers"].pop("idempotency-key", None)
    assert invoke("ChatFunction", other).status == 200


UNUSUAL_BUT_VALID = {
    "right-to-left marks": "\u202eשלום\u202c, me llamo \u200fNoa\u200f",
    "4,000 emoji": "😀" * 4000,
    "combining marks": "e\u0301" * 500,
    "zero-width joiners": "👩\u200d👩\u200d👧\u200d👦 family",
}


@pytest.mark.parametrize("text", UNUSUAL_BUT_VALID.values(), ids=UNUSUAL_BUT_VALID.keys())
def test_unusual_unicode_is_stored_and_returned_exactly(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], text: str
) -> None:
    event = api_event("chat_post_message", body={"message": text})
    event["headers"].pop("idempotency-key", None)
    assert invoke("ChatFunction", event).status == 200
    history = invoke("ChatFunction", api_event("chat_list_messages")).body["messages"]
    assert history[0]["content"] == text


@pytest.mark.parametrize(
    "body",
    ['{"message": "hi \\ud800 there"}', '{"message": "' + "😀" * 4001 + '"}'],
    ids=["lone surrogate", "10k emoji over the length limit"],
)
def test_unstorable_or_overlong_unicode_is_refused_cleanly(
    invoke: Invoke,
    api_event: Callable[..., dict[str, Any]],
    table_items: Callable[[], list[Any]],
    body: str,
) -> None:
    event = api_event("chat_post_message")
    event["body"] = body
    assert_error_shape(invoke("ChatFunction", event), 400)
    assert table_items() == []


def test_deeply_nested_json_is_refused_before_parsing(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]]
) -> None:
    event = api_event("chat_post_message")
    event["body"] = '{"message": ' + "[" * 5000 + "]" * 5000 + "}"
    reply = invoke("ChatFunction", event)
    assert_error_shape(reply, 400)
    assert "nests deeper" in reply.body["error"]["message"]


def test_a_fact_value_with_a_lone_surrogate_is_refused(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]]
) -> None:
    event = api_event("facts_put")
    event["body"] = '{"value": "Sevilla\\udc00"}'
    assert_error_shape(invoke("FactsFunction", event), 400)
