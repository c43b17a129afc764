"""What the provider layer adds to a turn (the model's own time excluded), and what a hanging
provider costs a turn (bounded by the deadline)."""

from __future__ import annotations

import itertools
import statistics
import time
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from pydantic import SecretStr
from tests.llm_standin import Behaviour, StandinLLM
from tests.provider_fakes import ok_body

from luminora.models import ChatPrompt, ChatRequest, Principal, PromptMessage
from luminora.providers.config import ProviderSetup
from luminora.service import Services, Settings
from luminora.service.wiring import build_reply_chain, provider_options

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

pytestmark = pytest.mark.perf

ALICE = Principal("acme", "alice")
KEY = "sk-proj-PERF-0123456789abcdef"
MESSAGES = itertools.cycle([
    "hola! soy Carlos y vivo en Madrid", "me encanta el jazz y los gatos", "que tal tu dia?",
    "trabajo como enfermero en el hospital", "el mes que viene me voy a Japon",
])  # fmt: skip
ROUNDS = 300


def instant_model(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ok_body("openai", "¡Claro que sí, Carlos!"))


def services_with(tmp_path: Path, name: str, env: dict[str, str], **kwargs: Any) -> Services:
    from luminora.store.sqlite import SqliteStore

    settings = Settings.from_env(env).model_copy(update={"store": "sqlite"})
    setup = ProviderSetup(provider_options(settings), **kwargs)
    return Services(
        settings,
        store=SqliteStore(tmp_path / f"{name}.db"),
        replies=build_reply_chain(settings, setup=setup),
        provider_setup=setup,
    )


def median_turn_ms(services: Services, session: str, rounds: int = ROUNDS) -> float:
    for _ in range(30):  # a 30-turn session, as in the core budget
        services.chat.turn(ALICE, session, ChatRequest(message=next(MESSAGES)))
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        services.chat.turn(ALICE, session, ChatRequest(message=next(MESSAGES)))
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def test_provider_layer_overhead_per_turn(
    tmp_path: Path, record_budget: Callable[..., None]
) -> None:
    # Given the same turn offline, and with a model that answers instantly (MockTransport)
    offline = services_with(tmp_path, "offline", {})
    online = services_with(
        tmp_path, "online", {"LUMINORA_PROVIDERS": "openai", "OPENAI_API_KEY": KEY},
        transport=httpx.MockTransport(instant_model),
    )  # fmt: skip
    # And the chain's time split into building the prompt (memory) and the provider layer
    chain = online.replies
    reply, layer_s, prompt_s = chain.reply, [], []

    def timed_reply(prompt: Any, offline_request: Any, **kwargs: Any) -> Any:
        built: list[float] = []

        def timed_prompt() -> Any:
            started = time.perf_counter()
            value = prompt()
            built.append(time.perf_counter() - started)
            return value

        started = time.perf_counter()
        outcome = reply(timed_prompt, offline_request, **kwargs)
        layer_s.append(time.perf_counter() - started - sum(built))
        prompt_s.append(sum(built))
        return outcome

    chain.reply = timed_reply  # type: ignore[method-assign]
    try:
        offline_ms = median_turn_ms(offline, "s")
        online_ms = median_turn_ms(online, "s")
        assert online.chat.turn(ALICE, "s", ChatRequest(message="hi")).reply_source == "llm"
    finally:
        offline.close()
        online.close()
    layer_ms = statistics.median(layer_s[30:]) * 1000
    # The provider layer: chain, retries bookkeeping, adapter, HTTP client, parsing, usage.
    record_budget("provider layer per turn (instant model, median)", layer_ms, 1.0, "ms")
    record_budget("prompt assembly when a model is configured (memory, median)",
                  statistics.median(prompt_s[30:]) * 1000, None, "ms")  # fmt: skip
    record_budget("turn with an instant model minus offline turn (median)",
                  online_ms - offline_ms, None, "ms")  # fmt: skip
    assert layer_ms <= 1.0


def test_provider_call_over_loopback_http(
    llm_server: StandinLLM, record_budget: Callable[..., None]
) -> None:
    # The same call over a real socket to the stand-in (its HTTP server's time included).
    from luminora.providers.config import ProviderOptions, ServerProvider

    setup = ProviderSetup(
        ProviderOptions(
            chain=(ServerProvider("openai", api_key=SecretStr(KEY), base_url=llm_server.url),)
        )
    )
    [provider] = setup.server_providers()
    prompt = ChatPrompt("system " * 400, (PromptMessage("user", "hola " * 50),))
    try:
        provider.complete(prompt, timeout=5)
        samples = []
        for _ in range(100):
            started = time.perf_counter()
            provider.complete(prompt, timeout=5)
            samples.append(time.perf_counter() - started)
    finally:
        setup.close()
    assert len({r.client_port for r in llm_server.requests}) == 1  # one kept-alive connection
    record_budget("one provider call over loopback HTTP, stand-in included (median)",
                  statistics.median(samples) * 1000, None, "ms")  # fmt: skip


def test_turn_time_when_the_first_provider_hangs_is_bounded_by_the_deadline(
    tmp_path: Path, llm_server: StandinLLM, record_budget: Callable[..., None]
) -> None:
    # Given a chain of two providers at the stand-in (real HTTP): the first request hangs
    deadline = 1.0
    env = {
        "LUMINORA_PROVIDERS": "hanging,backup",
        "HANGING_BASE_URL": llm_server.url, "HANGING_MODEL": "m",
        "BACKUP_BASE_URL": llm_server.url, "BACKUP_MODEL": "m",
        "LUMINORA_PROVIDER_DEADLINE_S": str(deadline), "LUMINORA_PROVIDER_TIMEOUT_S": "0.4",
    }  # fmt: skip
    services = services_with(tmp_path, "hang", env)
    only_hanging = services_with(tmp_path, "hang-only", {**env, "LUMINORA_PROVIDERS": "hanging"})
    try:
        with_backup, alone = [], []
        for _ in range(3):
            llm_server.script(Behaviour("hang", seconds=30))
            started = time.perf_counter()
            result = services.chat.turn(ALICE, "s", ChatRequest(message=next(MESSAGES)))
            with_backup.append(time.perf_counter() - started)
            assert (result.provider, result.degraded) == ("backup", True)
            llm_server.script(*[Behaviour("hang", seconds=30)] * 3)
            started = time.perf_counter()
            result = only_hanging.chat.turn(ALICE, "s", ChatRequest(message=next(MESSAGES)))
            alone.append(time.perf_counter() - started)
            assert (result.reply_source, result.degraded) == ("fallback", True)
    finally:
        llm_server.stopping.set()
        services.close()
        only_hanging.close()
    # The whole turn (store reads and writes included) against the provider deadline.
    record_budget("turn when the first provider hangs, backup answers (max of 3)",
                  max(with_backup), deadline, "s")  # fmt: skip
    record_budget("turn when the only provider hangs, offline answer (max of 3)",
                  max(alone), deadline + 0.1, "s")  # fmt: skip
    assert max(with_backup) <= deadline
    assert max(alone) <= deadline + 0.1
