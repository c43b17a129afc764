"""One contract suite for every provider adapter (httpx.MockTransport; Bedrock behind
botocore's before-send hook): the documented request shapes, the parsing, and each way a
provider fails — the turn is still answered, flagged, persisted and within the deadline.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pydantic import SecretStr
from tests.provider_fakes import FAULTS, RETRYABLE, FakeBedrock, FakeClock, FakeWeb, fake_dns

from luminora.models import (
    ChatPrompt,
    ChatRequest,
    Principal,
    PromptMessage,
    ProviderConfig,
    ProviderError,
)
from luminora.providers.config import ProviderSetup
from luminora.providers.retry import SystemClock
from luminora.service import Services, Settings
from luminora.service.wiring import build_reply_chain, provider_options
from luminora.store.sqlite import SqliteStore

ALICE = Principal("acme", "alice")
KEY = "sk-proj-CONTRACTKEY-0123456789abcdefXYZ"
PROMPT = ChatPrompt(
    system="You are Sakura. Be warm.",
    messages=(
        PromptMessage("user", "hola, soy Carlos"),
        PromptMessage("assistant", "¡Hola Carlos!"),
        PromptMessage("user", "¿te acuerdas de mí?"),
    ),
)
MESSAGES = [
    {"role": "user", "content": "hola, soy Carlos"},
    {"role": "assistant", "content": "¡Hola Carlos!"},
    {"role": "user", "content": "¿te acuerdas de mí?"},
]
KINDS = {"openai": "api.openai.com", "anthropic": "api.anthropic.com",
         "gemini": "generativelanguage.googleapis.com", "bedrock": None}  # fmt: skip
BACKUP_HOST = "backup.test"


def web_for(clock: Any) -> FakeWeb:
    web = FakeWeb(clock)
    web.hosts.update({host: kind for kind, host in KINDS.items() if host})
    return web


def setup_of(
    env: dict[str, str], web: FakeWeb, bedrock: FakeBedrock | None = None
) -> ProviderSetup:
    return ProviderSetup(
        provider_options(Settings.from_env(env)),
        transport=web.transport(),
        clock=web.clock,
        bedrock_client=bedrock.client if bedrock else None,
        resolver=fake_dns({}),
    )


# -- request shapes and parsing --------------------------------------------------------

OPENAI_COMPATIBLE = [
    ("openai", "https://api.openai.com/v1/chat/completions", "gpt-4o-mini", True),
    ("deepseek", "https://api.deepseek.com/chat/completions", "deepseek-chat", True),
    ("mistral", "https://api.mistral.ai/v1/chat/completions", "mistral-small-latest", True),
    ("groq", "https://api.groq.com/openai/v1/chat/completions", "llama-3.1-8b-instant", True),
    ("openrouter", "https://openrouter.ai/api/v1/chat/completions", "openai/gpt-4o-mini", True),
    ("together", "https://api.together.xyz/v1/chat/completions",
     "meta-llama/Llama-3.3-70B-Instruct-Turbo", True),
    ("ollama", "http://127.0.0.1:11434/v1/chat/completions", "llama3.2", False),
    ("llamacpp", "http://127.0.0.1:8080/v1/chat/completions", "default", False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "url", "model", "keyed"), OPENAI_COMPATIBLE)
def test_openai_compatible_request_shape(name: str, url: str, model: str, keyed: bool) -> None:
    web = web_for(FakeClock())
    env = {"LUMINORA_PROVIDERS": name}
    if keyed:
        env[f"{name.upper()}_API_KEY"] = KEY
    [provider] = setup_of(env, web).server_providers()
    provider.complete(PROMPT, timeout=10)
    [sent] = web.requests
    assert (sent.method, str(sent.url)) == ("POST", url)
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers.get("authorization") == (f"Bearer {KEY}" if keyed else None)
    assert json.loads(sent.content) == {
        "model": model,
        "messages": [{"role": "system", "content": PROMPT.system}, *MESSAGES],
        "max_tokens": 1024,
        "stream": False,
    }


def test_any_openai_compatible_service_by_base_url_and_model() -> None:
    web = web_for(FakeClock())
    env = {"LUMINORA_PROVIDERS": "acme", "ACME_BASE_URL": "https://llm.acme.example/v1/",
           "ACME_MODEL": "acme-large", "ACME_API_KEY": KEY}  # fmt: skip
    [provider] = setup_of(env, web).server_providers()
    provider.complete(PROMPT, timeout=10)
    [sent] = web.requests
    assert str(sent.url) == "https://llm.acme.example/v1/chat/completions"
    assert json.loads(sent.content)["model"] == "acme-large"


def test_anthropic_request_shape_puts_the_system_prompt_in_system() -> None:
    web = web_for(FakeClock())
    [provider] = setup_of(
        {"LUMINORA_PROVIDERS": "anthropic", "ANTHROPIC_API_KEY": KEY}, web
    ).server_providers()
    provider.complete(PROMPT, timeout=10)
    [sent] = web.requests
    assert (sent.method, str(sent.url)) == ("POST", "https://api.anthropic.com/v1/messages")
    assert sent.headers["x-api-key"] == KEY
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["content-type"] == "application/json"
    assert "authorization" not in sent.headers
    assert json.loads(sent.content) == {
        "model": "claude-haiku-4-5",
        "max_tokens": 1024,
        "system": PROMPT.system,
        "messages": MESSAGES,
    }


def test_gemini_request_shape_keeps_the_key_out_of_the_url_and_the_system_instruction() -> None:
    web = web_for(FakeClock())
    [provider] = setup_of(
        {"LUMINORA_PROVIDERS": "gemini", "GEMINI_API_KEY": KEY}, web
    ).server_providers()
    provider.complete(PROMPT, timeout=10)
    [sent] = web.requests
    assert (sent.method, str(sent.url)) == (
        "POST",
        "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
    )
    assert sent.headers["x-goog-api-key"] == KEY
    assert KEY not in str(sent.url) and not sent.url.query
    assert json.loads(sent.content) == {
        "systemInstruction": {"parts": [{"text": PROMPT.system}]},
        "contents": [
            {"role": "user", "parts": [{"text": "hola, soy Carlos"}]},
            {"role": "model", "parts": [{"text": "¡Hola Carlos!"}]},
            {"role": "user", "parts": [{"text": "¿te acuerdas de mí?"}]},
        ],
        "generationConfig": {"maxOutputTokens": 1024},
    }


def test_bedrock_converse_request_shape(aws_credentials: None) -> None:
    bedrock = FakeBedrock(FakeClock())
    [provider] = setup_of(
        {"LUMINORA_PROVIDERS": "bedrock"}, web_for(bedrock.clock), bedrock
    ).server_providers()
    provider.complete(PROMPT, timeout=10)
    [sent] = bedrock.requests
    assert sent.method == "POST"
    assert sent.url == (
        "https://bedrock-runtime.us-east-1.amazonaws.com/model/"
        "anthropic.claude-3-haiku-20240307-v1%3A0/converse"
    )
    assert sent.headers["Authorization"].startswith(b"AWS4-HMAC-SHA256")
    assert json.loads(sent.body) == {
        "system": [{"text": PROMPT.system}],
        "messages": [{"role": m["role"], "content": [{"text": m["content"]}]} for m in MESSAGES],
        "inferenceConfig": {"maxTokens": 1024},
    }


def test_bedrock_converse_arguments_validate_against_the_service_model(
    aws_credentials: None,
) -> None:
    # botocore's Stubber checks the arguments against bedrock-runtime's published model.
    import boto3
    from botocore.stub import Stubber
    from tests.provider_fakes import ok_body

    from luminora.providers.bedrock import BedrockProvider

    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    provider = BedrockProvider(model="amazon.nova-micro-v1:0", client=client)
    with Stubber(client) as stub:
        stub.add_response("converse", ok_body("bedrock", "hola"), provider.request(PROMPT))
        assert provider.complete(PROMPT, timeout=5).text == "hola"
    provider.close()


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_answer_and_its_token_usage_are_parsed(kind: str, aws_credentials: None) -> None:
    clock = FakeClock()
    web, bedrock = web_for(clock), FakeBedrock(clock) if kind == "bedrock" else None
    host = KINDS[kind]
    if host:
        web.replies[host] = "  ¡Claro que te recuerdo, Carlos!  "
    else:
        assert bedrock is not None
        bedrock.reply = "¡Claro que te recuerdo, Carlos!"
    env = {"LUMINORA_PROVIDERS": kind, f"{kind.upper()}_API_KEY": KEY}
    [provider] = setup_of(env, web, bedrock).server_providers()
    completion = provider.complete(PROMPT, timeout=10)
    assert completion.text == "¡Claro que te recuerdo, Carlos!"
    assert completion.provider == kind
    assert (completion.usage.input_tokens, completion.usage.output_tokens) == (11, 5)  # type: ignore[union-attr]


# -- failures --------------------------------------------------------------------------


@dataclass
class World:
    """A chat service whose first provider is `kind` with `fault`, maybe a backup after it."""

    services: Services
    web: FakeWeb
    bedrock: FakeBedrock | None
    clock: Any
    deadline_s: float

    def faulty_calls(self, kind: str) -> int:
        if kind == "bedrock":
            assert self.bedrock is not None
            return len(self.bedrock.requests)
        return len(self.web.calls(KINDS[kind]))  # type: ignore[arg-type]


@pytest.fixture
def world(aws_credentials: None) -> Iterator[Any]:
    built: list[World] = []

    def make(kind: str, fault: str, *, backup: bool, allow_byok: bool = False) -> World:
        hanging = fault == "hanging_stream"
        # A hanging body is real time: a short real deadline. Everything else: a fake clock.
        clock: Any = SystemClock() if hanging else FakeClock()
        deadline, attempt = (1.2, 0.4) if hanging else (25.0, 20.0)
        web = web_for(clock)
        bedrock = FakeBedrock(clock, fault=fault) if kind == "bedrock" else None
        if kind != "bedrock":
            web.faults[KINDS[kind]] = fault  # type: ignore[index]
        env = {
            "LUMINORA_PROVIDERS": kind + (",backup" if backup else ""),
            f"{kind.upper()}_API_KEY": KEY,
            "BACKUP_BASE_URL": f"https://{BACKUP_HOST}/v1",
            "BACKUP_MODEL": "backup-model",
            "BACKUP_API_KEY": KEY,
            "LUMINORA_PROVIDER_DEADLINE_S": str(deadline),
            "LUMINORA_PROVIDER_TIMEOUT_S": str(attempt),
            "LUMINORA_PROVIDER_RETRIES": "2",
        }
        settings = Settings.from_env(env).model_copy(
            update={"store": "sqlite", "db_path": ":memory:", "allow_byok": allow_byok}
        )
        setup = setup_of(env, web, bedrock)
        chain = build_reply_chain(settings, setup=setup, clock=clock)
        services = Services(
            settings, store=SqliteStore(":memory:"), replies=chain, provider_setup=setup
        )
        world = World(services, web, bedrock, clock, deadline)
        built.append(world)
        return world

    yield make
    for w in built:
        w.web.stop.set()
        if w.bedrock is not None:
            w.bedrock.stop.set()
        w.services.close()


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("backup", [False, True], ids=["alone", "with-backup"])
def test_every_failure_is_answered_flagged_persisted_and_on_time(
    world: Any, kind: str, fault: str, backup: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    w: World = world(kind, fault, backup=backup)
    started_fake, started_real = w.clock.monotonic(), time.monotonic()
    # When a user tells the personality who they are while the provider fails
    result = w.services.chat.turn(
        ALICE, "s1", ChatRequest(message="Hi! I'm Carlos and I live in Madrid")
    )
    # Then the reply comes from the backup, or offline; either way flagged degraded
    if backup:
        assert (result.reply_source, result.provider) == ("llm", "backup")
        assert result.reply == f"reply from {BACKUP_HOST}"
        assert result.usage is not None and result.usage.output_tokens == 5
    else:
        assert (result.reply_source, result.provider, result.usage) == ("fallback", None, None)
        assert result.reply
    assert result.degraded is True
    # And the turn and what it taught are stored
    history = w.services.account.list_messages(ALICE, "s1").messages
    assert [(m.role.value, m.content) for m in history] == [
        ("user", "Hi! I'm Carlos and I live in Madrid"),
        ("assistant", result.reply),
    ]
    facts = {(f.key, f.value) for f in w.services.store.list_facts(ALICE)}
    assert {("name", "Carlos"), ("location", "Madrid")} <= facts
    # And the whole provider part stayed within the deadline
    assert w.clock.monotonic() - started_fake <= w.deadline_s + (
        0.3 if fault == "hanging_stream" else 0
    )
    assert time.monotonic() - started_real < w.deadline_s + 1.0
    # And a refused request is not retried; a transient failure is, unless time or a
    # next provider says otherwise
    calls = w.faulty_calls(kind)
    if fault not in RETRYABLE:
        assert calls == 1
    elif fault in ("timeout", "hanging_stream"):
        assert calls == 1 if backup else 1 <= calls <= 3
    else:
        assert calls == 3
    if fault == "http429_retry_after":
        assert w.clock.sleeps == [2.0, 2.0]
    # And the key is nowhere but in the request that needed it
    assert KEY not in result.model_dump_json() + caplog.text
    assert all(KEY not in m.content for m in history)


@pytest.mark.parametrize("kind", list(KINDS))
def test_provider_errors_carry_no_key_and_no_provider_text(
    kind: str, aws_credentials: None
) -> None:
    clock = FakeClock()
    web, bedrock = (
        web_for(clock),
        FakeBedrock(clock, fault="http401") if kind == "bedrock" else None,
    )
    if kind != "bedrock":
        web.faults[KINDS[kind]] = "http401"  # type: ignore[index]
    [provider] = setup_of({"LUMINORA_PROVIDERS": kind, f"{kind.upper()}_API_KEY": KEY}, web,
                          bedrock).server_providers()  # fmt: skip
    with pytest.raises(ProviderError) as raised:
        provider.complete(PROMPT, timeout=5)
    error = raised.value
    assert error.retryable is False and error.status in (401, 403)
    assert KEY not in str(error) + repr(error) + str(error.details)
    assert "Incorrect" not in str(error) and "scripted" not in str(error)


def test_a_byok_provider_fails_over_to_the_server_chain(world: Any) -> None:
    # Given a deployment whose chain is openai then a backup, with OpenAI refusing keys
    w: World = world("openai", "http401", backup=True, allow_byok=True)
    own_key = "sk-user-BYOK-0123456789abcdef"
    request = ChatRequest(
        message="hello", provider=ProviderConfig(name="openai", api_key=SecretStr(own_key))
    )
    # When a request brings its own OpenAI key
    result = w.services.chat.turn(ALICE, "s2", request)
    # Then its provider is tried first, with its key only, then the server chain answers
    byok, server = w.web.calls("api.openai.com")
    assert byok.headers["authorization"] == f"Bearer {own_key}"
    assert server.headers["authorization"] == f"Bearer {KEY}"
    assert (result.reply_source, result.provider, result.degraded) == ("llm", "backup", True)
