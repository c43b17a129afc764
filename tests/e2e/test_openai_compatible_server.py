"""End to end over real HTTP: `luminora serve` talking to a stand-in OpenAI-compatible server
process-external to it (a thread here, sockets on 127.0.0.1 — no mock transport).
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

import pytest
from pydantic import SecretStr
from tests.llm_standin import Behaviour, StandinLLM, ok, status

from luminora import Client, ProviderConfig
from luminora.models import ChatPrompt, PromptMessage, ProviderConfigError, ProviderTimeoutError
from luminora.providers.config import ProviderOptions, ProviderSetup

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.e2e.conftest import RunningServer

SERVER_KEY = "sk-proj-E2E-SERVER-KEY-0a1b2c3d4e5f6a7b8c9d"
BYOK_KEY = "sk-user-E2E-BYOK-KEY-9f8e7d6c5b4a3f2e1d0c"
MESSAGE = "Hi! I'm Carlos and I live in Madrid"


def provider_env(standin: StandinLLM, **overrides: str) -> dict[str, str]:
    return {
        "LUMINORA_PROVIDERS": "openai",
        "OPENAI_BASE_URL": standin.url,
        "OPENAI_API_KEY": SERVER_KEY,
        "LUMINORA_PROVIDER_RETRIES": "0",
        **overrides,
    }


def send(
    server: RunningServer, *messages: str, provider: ProviderConfig | None = None
) -> list[Any]:
    async def talk() -> list[Any]:
        async with Client(base_url=server.url, token=server.token) as client:
            return [
                await client.send_message_with_memory("s1", m, provider_config=provider)
                for m in messages
            ]

    return asyncio.run(talk())


def test_replies_come_from_the_model_over_real_http_with_reused_connections(
    server_factory: Callable[..., RunningServer], llm_server: StandinLLM
) -> None:
    # Given the local server configured (by environment) with the stand-in as `openai`
    server = server_factory("--log-level", "debug", env=provider_env(llm_server))
    llm_server.script(ok("¡Hola Carlos!"), ok("Madrid mola."), ok("¡Claro!"))
    # When three turns are played over HTTP
    results = send(server, MESSAGE, "I love jazz", "what do you remember?")
    # Then each reply is the model's, with its usage, and the memory still learned
    assert [r.reply for r in results] == ["¡Hola Carlos!", "Madrid mola.", "¡Claro!"]
    assert all(
        (r.reply_source, r.degraded, r.provider) == ("llm", False, "openai") for r in results
    )
    assert all(r.usage is not None and r.usage.output_tokens == 7 for r in results)
    # And the one shared client reused its connection to the model
    assert len({r.client_port for r in llm_server.requests}) == 1
    assert llm_server.requests[-1].headers["Authorization"] == f"Bearer {SERVER_KEY}"
    roles = [m["role"] for m in llm_server.requests[-1].body["messages"]]
    assert roles[0] == "system" and roles[1:] == ["user", "assistant"] * 2 + ["user"]
    # And the server's own output (DEBUG) never shows the key
    server.stop()
    assert '"level":"DEBUG"' in server.output  # DEBUG output was on
    assert SERVER_KEY not in server.output


def test_a_model_sending_bytes_forever_costs_the_deadline_not_the_turn(
    server_factory: Callable[..., RunningServer], llm_server: StandinLLM
) -> None:
    # Given a model that answers headers, then trickles a byte at a time, forever
    env = provider_env(
        llm_server, LUMINORA_PROVIDER_DEADLINE_S="2", LUMINORA_PROVIDER_TIMEOUT_S="1"
    )
    server = server_factory(env=env)
    llm_server.script(Behaviour("trickle", seconds=60))
    started = time.monotonic()
    [result] = send(server, MESSAGE)
    elapsed = time.monotonic() - started
    # Then the turn is answered from memory, flagged, within the deadline (plus the turn)
    assert (result.reply_source, result.degraded, result.provider) == ("fallback", True, None)
    assert elapsed < 2 + 1.0
    assert any(f.key == "name" and f.value == "Carlos" for f in asyncio.run(_facts(server)))


def test_a_model_that_goes_silent_mid_body_is_cut_off_at_the_attempt_timeout(
    server_factory: Callable[..., RunningServer], llm_server: StandinLLM
) -> None:
    env = provider_env(
        llm_server, LUMINORA_PROVIDER_DEADLINE_S="3", LUMINORA_PROVIDER_TIMEOUT_S="1"
    )
    server = server_factory(env=env)
    llm_server.script(Behaviour("silent_body", seconds=60), Behaviour("hang", seconds=60))
    started = time.monotonic()
    first, second = send(server, MESSAGE, "and I love jazz")
    assert time.monotonic() - started < 2 * 1 + 1.5
    assert first.reply_source == second.reply_source == "fallback"


def test_one_attempt_ends_at_its_timeout_even_when_the_body_stalls_late(
    llm_server: StandinLLM,
) -> None:
    # Given a model that answers its headers just before the timeout, then goes silent
    from luminora.providers.http import ProviderHttp

    llm_server.script(Behaviour("silent_body", seconds=60, delay=0.7))
    http = ProviderHttp(trusted_hosts=["127.0.0.1"])
    started = time.monotonic()
    # When one attempt of 1 s is made / Then it ends at 1 s, not 1 s after the headers
    try:
        with pytest.raises(ProviderTimeoutError):
            http.post_json("standin", f"{llm_server.url}/chat/completions",
                           headers={}, body={}, timeout=1.0)  # fmt: skip
    finally:
        http.close()
    assert time.monotonic() - started < 1.3


async def _facts(server: RunningServer) -> list[Any]:
    async with Client(base_url=server.url, token=server.token) as client:
        return await client.get_facts("s1")


def test_a_request_can_bring_its_own_local_model(
    server_factory: Callable[..., RunningServer], llm_server: StandinLLM
) -> None:
    # Given a local server with no chain (loopback allowed locally, BYOK on locally)
    server = server_factory("--log-level", "debug")
    llm_server.script(ok("from your own model"), *[status(500)] * 3)  # 2 retries by default
    own = ProviderConfig(name="llamacpp", api_key=SecretStr(BYOK_KEY), base_url=llm_server.url)
    # When a turn brings its own provider, then that provider fails on the next
    first, second = send(server, MESSAGE, "and I love jazz", provider=own)
    # Then the first reply is its model's, the second is offline and degraded
    assert (first.reply_source, first.provider) == ("llm", "llamacpp")
    assert (second.reply_source, second.degraded) == ("fallback", True)
    assert llm_server.requests[0].headers["Authorization"] == f"Bearer {BYOK_KEY}"
    server.stop()
    assert BYOK_KEY not in server.output


def test_a_host_that_rebinds_to_loopback_is_never_connected(llm_server: StandinLLM) -> None:
    # Given the shared client's real transport, and DNS that says "public" to the check,
    # then "127.0.0.1" when connecting (DNS rebinding)

    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    setup = ProviderSetup(ProviderOptions(), resolver=lambda host, port: next(answers))
    port = llm_server.url.split(":")[2].split("/")[0]
    config = ProviderConfig(name="acme", api_key=SecretStr(BYOK_KEY), model="m",
                            base_url=f"https://rebind.example.com:{port}/v1")  # fmt: skip
    provider = setup.byok(config)  # the check saw a public address
    # When it is called / Then the connection is refused before a byte is sent
    try:
        with pytest.raises(ProviderConfigError):
            provider.complete(ChatPrompt("s", (PromptMessage("user", "hi"),)), timeout=2)
    finally:
        setup.close()
    assert llm_server.requests == []
