"""User B can read or change nothing of user A's, on every route."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.integration.conftest import Invoke

A = {"user": "user-a", "tenant": "acme"}
B = {"user": "user-b", "tenant": "acme"}
A_IN_OTHER_TENANT = {"user": "user-a", "tenant": "globex"}


def seed_user_a(invoke: Invoke, api_event: Callable[..., dict[str, Any]]) -> None:
    for message in ("Hola, soy Carlos y vivo en Madrid", "me encanta el jazz"):
        event = api_event("chat_post_message", body={"message": message}, **A)
        event["headers"].pop("idempotency-key", None)
        assert invoke("ChatFunction", event).status == 200


def test_every_route_keeps_user_a_invisible_and_unchanged_for_others(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], table_items: Callable[[], list[Any]]
) -> None:
    seed_user_a(invoke, api_event)
    before = sorted(str(i) for i in table_items())
    for other in (B, A_IN_OTHER_TENANT):
        assert invoke("ChatFunction", api_event("chat_list_sessions", **other)).body == {
            "sessions": []
        }
        assert invoke("ChatFunction", api_event("chat_list_messages", **other)).status == 404
        assert invoke("ChatFunction", api_event("chat_delete_session", **other)).status == 404
        assert invoke("FactsFunction", api_event("facts_list", **other)).body == {"facts": []}
        assert invoke("FactsFunction", api_event("facts_delete", **other)).status == 404
        assert invoke("AffinityFunction", api_event("affinity_get", **other)).body["points"] == 0
        export = invoke("ChatFunction", api_event("chat_export_me", **other)).body
        assert (
            export["sessions"] == export["messages"] == export["facts"] == export["affinity"] == []
        )
        assert invoke("ChatFunction", api_event("chat_erase_me", **other)).body == {"deleted": 0}
    assert sorted(str(i) for i in table_items()) == before

    # B writing to "the same" session id and fact key touches only B's own items.
    event = api_event("chat_post_message", body={"message": "I'm Bob"}, **B)
    event["headers"].pop("idempotency-key", None)
    assert invoke("ChatFunction", event).status == 200
    assert (
        invoke("FactsFunction", api_event("facts_put", body={"value": "Oslo"}, **B)).status == 200
    )
    a_facts = invoke("FactsFunction", api_event("facts_list", **A)).body["facts"]
    assert {(f["key"], f["value"]) for f in a_facts} >= {("name", "Carlos"), ("location", "Madrid")}
    a_history = invoke("ChatFunction", api_event("chat_list_messages", **A)).body["messages"]
    assert len(a_history) == 4
    assert all(item["PK"]["S"].startswith("T#acme#U#user-") for item in table_items())


def test_export_and_erase_cover_everything_of_the_caller(
    invoke: Invoke, api_event: Callable[..., dict[str, Any]], table_items: Callable[[], list[Any]]
) -> None:
    seed_user_a(invoke, api_event)
    event = api_event("chat_post_message", body={"message": "soy Bea"}, **B)
    event["headers"].pop("idempotency-key", None)
    invoke("ChatFunction", event)
    export = invoke("ChatFunction", api_event("chat_export_me", **A)).body
    assert len(export["messages"]) == 4 and export["sessions"][0]["session_id"] == "s1"
    assert {f["key"] for f in export["facts"]} >= {"name", "location"}
    assert export["affinity"][0]["personality"] == "sakura"

    erased = invoke("ChatFunction", api_event("chat_erase_me", **A)).body["deleted"]
    assert erased >= 8
    remaining = table_items()
    assert remaining and not any("#U#user-a" in item["PK"]["S"] for item in remaining)
    assert invoke("FactsFunction", api_event("facts_list", **B)).body["facts"]


def test_isolation_and_erase_hold_on_every_backend(
    any_backend: tuple[Invoke, Callable[[], list[str]]],
    api_event: Callable[..., dict[str, Any]],
) -> None:
    """The same matrix on DynamoDB and on SQLite, then an erase checked by scanning everything."""
    invoke, scan = any_backend
    seed_user_a(invoke, api_event)
    before = sorted(scan())
    for other in (B, A_IN_OTHER_TENANT):
        assert invoke("ChatFunction", api_event("chat_list_sessions", **other)).body == {
            "sessions": []
        }
        assert invoke("ChatFunction", api_event("chat_list_messages", **other)).status == 404
        assert invoke("ChatFunction", api_event("chat_delete_session", **other)).status == 404
        assert invoke("FactsFunction", api_event("facts_list", **other)).body == {"facts": []}
        assert invoke("FactsFunction", api_event("facts_delete", **other)).status == 404
        assert invoke("AffinityFunction", api_event("affinity_get", **other)).body["points"] == 0
        exported = invoke("ChatFunction", api_event("chat_export_me", **other)).body
        assert exported["messages"] == exported["facts"] == []
        assert invoke("ChatFunction", api_event("chat_erase_me", **other)).body == {"deleted": 0}
    assert sorted(scan()) == before

    event = api_event("chat_post_message", body={"message": "soy Bea y vivo en Oslo"}, **B)
    event["headers"].pop("idempotency-key", None)
    assert invoke("ChatFunction", event).status == 200
    assert invoke("ChatFunction", api_event("chat_erase_me", **A)).body["deleted"] >= 8
    remaining = "\n".join(scan())
    assert "Carlos" not in remaining and "Madrid" not in remaining and "user-a" not in remaining
    assert "Bea" in remaining
