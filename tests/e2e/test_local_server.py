"""The local server over real HTTP: the reference conversation, persistence, tokens, errors."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import TYPE_CHECKING

import httpx
import pytest
from tests.e2e.conftest import RunningServer, run_cli
from tests.reference import TURNS, fold

from luminora import Client

if TYPE_CHECKING:
    from collections.abc import Callable


async def play(client: Client, lang: str, name: str, place: str) -> list[str]:
    replies = []
    for template in TURNS[lang]:
        result = await client.send_message_with_memory(
            session_id=f"ref-{lang}",
            user_message=template.format(name=name.lower(), place=place.lower()),
            personality_name="sakura",
        )
        assert result.reply_source == "fallback"
        replies.append(result.reply)
    return replies


@pytest.mark.parametrize(
    ("lang", "name", "place"), [("es", "Carlos", "Himalaya"), ("en", "Lucia", "Everest")]
)
def test_reference_conversation_over_http(
    server: RunningServer, lang: str, name: str, place: str
) -> None:
    async def scenario() -> None:
        async with Client(base_url=server.url, token=server.token) as client:
            replies = await play(client, lang, name, place)
            facts = {(f.key, fold(f.value)) for f in await client.get_facts(f"ref-{lang}")}
            affinity = await client.get_affinity(f"ref-{lang}", "sakura")
        assert ("name", fold(name)) in facts
        assert any(k == "travel_destination" and fold(place) in v for k, v in facts)
        assert "sakura" in fold(replies[1]) and fold(name) in fold(replies[2])
        assert len(set(replies)) == 3 and affinity.points > 0

    asyncio.run(scenario())


def test_in_process_and_http_clients_give_the_same_memory(server: RunningServer) -> None:
    async def scenario() -> tuple[set[tuple[str, str]], set[tuple[str, str]], int, int]:
        async with Client(base_url=server.url, token=server.token) as remote:
            await play(remote, "es", "Carlos", "Himalaya")
            http_facts = {(f.key, f.value) for f in await remote.get_facts("ref-es")}
            http_points = (await remote.get_affinity("ref-es", "sakura")).points
        async with Client(db=":memory:", user_id="someone") as local:
            await play(local, "es", "Carlos", "Himalaya")
            local_facts = {(f.key, f.value) for f in await local.get_facts("ref-es")}
            local_points = (await local.get_affinity("ref-es", "sakura")).points
        return http_facts, local_facts, http_points, local_points

    http_facts, local_facts, http_points, local_points = asyncio.run(scenario())
    assert http_facts == local_facts
    assert http_points == local_points


def test_data_survives_a_restart(server_factory: Callable[[], RunningServer]) -> None:
    first = server_factory()
    headers = {"Authorization": f"Bearer {first.token}"}
    sent = httpx.post(
        f"{first.url}/v1/sessions/trip/messages",
        json={"message": "Hi! I'm Nadia and I live in Lisbon"},
        headers=headers,
    )
    assert sent.status_code == 200, sent.text
    first.stop()

    second = server_factory()
    headers = {"Authorization": f"Bearer {second.token}"}
    facts = httpx.get(f"{second.url}/v1/facts", headers=headers).json()["facts"]
    assert {("name", "Nadia"), ("location", "Lisbon")} <= {(f["key"], f["value"]) for f in facts}
    history = httpx.get(f"{second.url}/v1/sessions/trip/messages", headers=headers).json()
    assert history["messages"][0]["content"] == "Hi! I'm Nadia and I live in Lisbon"


def test_tokens_minted_by_the_cli_are_accepted_and_isolate_users(server: RunningServer) -> None:
    minted = run_cli("token", "someone-else", "--db", str(server.db))
    assert minted.returncode == 0, minted.stderr
    other = {"Authorization": f"Bearer {minted.stdout.strip()}"}
    mine = {"Authorization": f"Bearer {server.token}"}
    httpx.post(f"{server.url}/v1/sessions/s/messages", json={"message": "soy Pilar"}, headers=mine)
    assert httpx.get(f"{server.url}/v1/facts", headers=other).json() == {"facts": []}
    assert httpx.get(f"{server.url}/v1/sessions/s/messages", headers=other).status_code == 404


def _forged(token: str, **changes: object) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims.update(changes)
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"{header}.{body}.{signature}"


def jwt_with_other_secret() -> str:
    import time

    import jwt

    now = int(time.time())
    claims = {"sub": "dev-user", "iss": "luminora-local", "aud": "luminora-local",
              "iat": now, "exp": now + 600}  # fmt: skip
    return jwt.encode(claims, b"not-the-install-secret-0123456789", algorithm="HS256")


def _alg_none(token: str) -> str:
    payload = token.split(".")[1]
    header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').decode().rstrip("=")
    return f"{header}.{payload}."


def _signed_with_the_install_secret(server: RunningServer, **claims: object) -> str:
    import time

    import jwt

    secret = bytes.fromhex((server.db.parent / "dev-secret").read_text().strip())
    now = int(time.time())
    base = {"sub": "dev-user", "iss": "luminora-local", "aud": "luminora-local",
            "iat": now, "exp": now + 600}  # fmt: skip
    return jwt.encode({**base, **claims}, secret, algorithm="HS256")


def test_missing_invalid_and_expired_tokens_are_401(server: RunningServer) -> None:
    expired = run_cli("token", "dev-user", "--db", str(server.db), "--ttl", "-60").stdout.strip()
    wrong_audience = _signed_with_the_install_secret(server, aud="someone-else")
    wrong_issuer = _signed_with_the_install_secret(server, iss="https://evil.example/")
    bad_headers = {
        "missing": {},
        "not bearer": {"Authorization": f"Basic {server.token}"},
        "garbage": {"Authorization": "Bearer not.a.token"},
        "expired": {"Authorization": f"Bearer {expired}"},
        "tampered claims": {"Authorization": f"Bearer {_forged(server.token, sub='intruder')}"},
        "alg none": {"Authorization": f"Bearer {_alg_none(server.token)}"},
        "wrong audience": {"Authorization": f"Bearer {wrong_audience}"},
        "wrong issuer": {"Authorization": f"Bearer {wrong_issuer}"},
        "wrong secret": {"Authorization": "Bearer " + jwt_with_other_secret()},
    }
    for label, headers in bad_headers.items():
        response = httpx.post(
            f"{server.url}/v1/sessions/s/messages", json={"message": "hola"}, headers=headers
        )
        assert response.status_code == 401, label
        assert set(response.json()["error"]) == {"code", "message", "request_id"}, label
    ok = httpx.get(f"{server.url}/v1/facts", headers={"Authorization": f"Bearer {server.token}"})
    assert ok.json() == {"facts": []}


def test_bad_requests_are_4xx_without_stack_traces(server: RunningServer) -> None:
    headers = {"Authorization": f"Bearer {server.token}", "Content-Type": "application/json"}
    cases = [
        ("POST", "/v1/sessions/s/messages", b'{"message": ', 400),
        ("POST", "/v1/sessions/s/messages", b'{"message": ""}', 400),
        ("POST", "/v1/sessions/s/messages", json.dumps({"message": "x" * 5000}).encode(), 400),
        ("POST", "/v1/sessions/s/messages", b'{"message": "hi", "personality": "ghost"}', 404),
        ("POST", "/v1/sessions/bad%20id/messages", b'{"message": "hi"}', 400),
        ("GET", "/v1/nowhere", b"", 404),
        ("PATCH", "/v1/facts", b"", 405),
        ("POST", "/v1/sessions/s/messages", b"\xff\xfe\x00garbage", 400),
    ]
    for method, path, body, status in cases:
        response = httpx.request(method, f"{server.url}{path}", content=body, headers=headers)
        assert response.status_code == status, (method, path, response.text)
        assert "Traceback" not in response.text and "error" in response.json()
    assert httpx.get(f"{server.url}/v1/sessions", headers=headers).json() == {"sessions": []}


def test_health_and_openapi_need_no_token(server: RunningServer) -> None:
    assert httpx.get(f"{server.url}/v1/health").json()["status"] == "ok"
    document = httpx.get(f"{server.url}/v1/openapi.json").json()
    assert set(document["paths"]) >= {"/v1/sessions/{session_id}/messages", "/v1/facts", "/v1/me"}


def test_info_logs_are_json_with_ids_and_never_the_message_text(
    server_factory: Callable[..., RunningServer],
) -> None:
    running = server_factory("--log-level", "INFO")
    sentence = "I live in Reykjavik and my neighbour Bartholomew grows purple tomatoes"
    response = httpx.post(
        f"{running.url}/v1/sessions/logs/messages",
        json={"message": sentence},
        headers={"Authorization": f"Bearer {running.token}"},
    )
    assert response.status_code == 200
    assert {"key": "location", "value": "Reykjavik"}.items() <= response.json()["facts_learned"][
        0
    ].items()
    running.stop()
    assert running.process.stdout is None or running.process.stdout.closed
    output = running.output
    records = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    turn = next(r for r in records if r.get("message") == "turn done")
    assert turn["level"] == "INFO" and turn["session_id"] == "logs" and "correlation_id" in turn
    assert "Bartholomew" not in output
    assert "Reykjavik" not in output  # a fact value: learned, yet never logged
