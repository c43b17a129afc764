"""Providers configured from the environment, through the chat handler on moto DynamoDB.

The model is the stand-in OpenAI-compatible server (real HTTP on 127.0.0.1). Whatever it
does, the turn is answered, flagged and stored; and no key reaches a stored item, a log
line or a response.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from tests.integration.conftest import Invoke
from tests.llm_standin import Behaviour, StandinLLM, ok, status

from luminora.memory.llm_extraction import extract_with_model
from luminora.models import ChatPrompt, PromptMessage, ProviderConfig
from luminora.service import Services, Settings

SERVER_KEY = "sk-proj-SERVERSIDE-KEY-4f9a8b7c6d5e4f3a2b1c"
SECRET_KEY = "sk-ant-FROM-SECRETS-MANAGER-9z8y7x6w5v4u"
BYOK_KEY = "sk-user-BRINGS-OWN-KEY-1a2b3c4d5e6f7a8b"
MESSAGE = "Hi! I'm Carlos and I live in Madrid"
_turns = count(1)


@pytest.fixture
def chat(invoke: Invoke, api_event: Callable[..., dict[str, Any]]) -> Callable[..., Any]:
    """Post one chat message through the chat handler; returns the decoded reply."""

    def post(message: str, provider: dict[str, Any] | None = None, session: str = "s1") -> Any:
        body: dict[str, Any] = {"message": message, "personality": "sakura"}
        if provider is not None:
            body["provider"] = provider
        event = api_event(
            "chat_post_message",
            body=body,
            path_params={"session_id": session},
            headers={"Idempotency-Key": f"turn-{next(_turns)}"},
        )
        return invoke("ChatFunction", event)

    return post


@pytest.fixture
def with_provider(
    monkeypatch: pytest.MonkeyPatch, llm_server: StandinLLM, lambda_env: Any
) -> StandinLLM:
    """The chain `openai,groq`, both at the stand-in, quick retries, as template.yaml would."""
    for name, value in {
        "LUMINORA_PROVIDERS": "openai,groq",
        "OPENAI_BASE_URL": llm_server.url,
        "OPENAI_API_KEY": SERVER_KEY,
        "GROQ_BASE_URL": llm_server.url,
        "GROQ_API_KEY": SERVER_KEY,
        "LUMINORA_PROVIDER_RETRIES": "1",
        "LUMINORA_PROVIDER_DEADLINE_S": "5",
        "LUMINORA_PROVIDER_TIMEOUT_S": "2",
    }.items():
        monkeypatch.setenv(name, value)
    return llm_server


def test_a_configured_provider_answers_and_its_usage_is_recorded(
    with_provider: StandinLLM, chat: Callable[..., Any], table_items: Callable[[], list[Any]]
) -> None:
    with_provider.script(ok("¡Hola Carlos! Madrid es precioso."))
    reply = chat(MESSAGE)
    assert reply.status == 200, reply.raw
    body = reply.body
    assert (body["reply_source"], body["degraded"], body["provider"]) == ("llm", False, "openai")
    assert body["reply"] == "¡Hola Carlos! Madrid es precioso."
    assert body["usage"]["output_tokens"] == 7 and body["usage"]["input_tokens"] > 0
    [sent] = with_provider.requests
    assert sent.headers["Authorization"] == f"Bearer {SERVER_KEY}"
    assert [m["role"] for m in sent.body["messages"]] == ["system", "user"]
    assert sent.body["messages"][-1]["content"] == MESSAGE
    contents = {i.get("content", {}).get("S") for i in table_items()}
    assert {MESSAGE, body["reply"]} <= contents


@pytest.mark.parametrize(
    ("failure", "requests"),
    [
        (status(500), 4),  # two providers, one retry each
        (status(502), 4),
        (status(503), 4),
        (status(429), 4),
        (status(429, retry_after="1"), 4),
        (status(401), 2),  # never retried
        (Behaviour("malformed"), 2),
        (Behaviour("empty"), 2),
        (Behaviour("reset"), 4),
    ],
    ids=["500", "502", "503", "429", "429-retry-after", "401", "malformed", "empty", "reset"],
)
def test_when_every_provider_fails_the_turn_is_answered_offline_and_stored(
    with_provider: StandinLLM,
    chat: Callable[..., Any],
    table_items: Callable[[], list[Any]],
    failure: Behaviour,
    requests: int,
) -> None:
    import time

    with_provider.script(*[failure] * 4)
    started = time.monotonic()
    reply = chat(MESSAGE)
    elapsed = time.monotonic() - started
    assert reply.status == 200, reply.raw
    assert (reply.body["reply_source"], reply.body["degraded"]) == ("fallback", True)
    assert reply.body["provider"] is None and reply.body["usage"] is None
    assert len(with_provider.requests) == requests
    assert elapsed < 5  # LUMINORA_PROVIDER_DEADLINE_S
    if failure.headers.get("retry-after"):
        assert elapsed >= 2 * 1.0  # Retry-After honoured before each provider's retry
    items = table_items()
    assert {MESSAGE, reply.body["reply"]} <= {i.get("content", {}).get("S") for i in items}
    facts = [json.loads(i["data"]["S"]) for i in items if i["kind"]["S"] == "fact"]
    assert {("name", "Carlos"), ("location", "Madrid")} <= {(f["key"], f["value"]) for f in facts}


def test_a_refused_key_fails_over_to_the_next_provider_flagged_degraded(
    with_provider: StandinLLM, chat: Callable[..., Any]
) -> None:
    with_provider.script(status(401), ok("from the second provider"))
    reply = chat(MESSAGE)
    assert (reply.body["provider"], reply.body["degraded"]) == ("groq", True)
    assert len(with_provider.requests) == 2  # a 401 is not retried


def test_a_provider_that_hangs_costs_at_most_the_deadline(
    with_provider: StandinLLM, chat: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("LUMINORA_PROVIDER_DEADLINE_S", "1.5")
    monkeypatch.setenv("LUMINORA_PROVIDER_TIMEOUT_S", "0.6")
    with_provider.script(Behaviour("hang", seconds=30), Behaviour("trickle", seconds=30),
                         Behaviour("silent_body", seconds=30))  # fmt: skip
    started = time.monotonic()
    reply = chat(MESSAGE)
    assert time.monotonic() - started < 1.5 + 1.0
    assert (reply.body["reply_source"], reply.body["degraded"]) == ("fallback", True)


def test_a_per_request_provider_is_refused_unless_the_deployment_allows_it(
    with_provider: StandinLLM, chat: Callable[..., Any]
) -> None:
    reply = chat(MESSAGE, provider={"name": "openai", "api_key": BYOK_KEY})
    assert reply.status == 400 and BYOK_KEY not in reply.raw
    assert with_provider.requests == []


@pytest.fixture
def powertools_secrets() -> Iterator[None]:
    """Powertools' parameter providers and caches, fresh for this test's moto account."""
    from aws_lambda_powertools.utilities import parameters
    from aws_lambda_powertools.utilities.parameters import base

    parameters.clear_caches()
    base.DEFAULT_PROVIDERS.clear()
    yield
    parameters.clear_caches()
    base.DEFAULT_PROVIDERS.clear()


def test_a_key_in_secrets_manager_is_read_lazily_and_cached(
    with_provider: StandinLLM,
    chat: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    powertools_secrets: None,
) -> None:
    import boto3

    secrets = boto3.client("secretsmanager", region_name="us-east-1")
    arn = secrets.create_secret(Name="luminora/openai", SecretString=SECRET_KEY)["ARN"]
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setenv("OPENAI_SECRET_ARN", arn)
    assert chat(MESSAGE).body["provider"] == "openai"
    # The value is cached (max_age): the secret can go away and turns still use the key.
    secrets.delete_secret(SecretId=arn, ForceDeleteWithoutRecovery=True)
    assert chat("and I love jazz").body["provider"] == "openai"
    assert [r.headers["Authorization"] for r in with_provider.requests] == [
        f"Bearer {SECRET_KEY}"
    ] * 2


# -- no secret anywhere ----------------------------------------------------------------


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def every_log_record() -> Iterator[_Keep]:
    """Every record of every logger at DEBUG (Powertools' loggers do not propagate)."""
    keep = _Keep()
    loggers = [logging.getLogger()] + [
        lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger)
    ]
    for name in ("luminora", "httpx", "httpcore", "botocore", "boto3", "urllib3",
                 "aws_lambda_powertools"):  # fmt: skip
        loggers.append(logging.getLogger(name))
    levels = [(lg, lg.level) for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
        lg.addHandler(keep)
    yield keep
    for lg, level in levels:
        lg.setLevel(level)
        lg.removeHandler(keep)


def log_text(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter()
    parts = []
    for record in records:
        parts.append(record.getMessage())
        parts.append(repr(record.__dict__))
        if record.exc_info:
            parts.append(formatter.formatException(record.exc_info))
    return "\n".join(parts)


def test_no_key_reaches_dynamodb_logs_or_responses(
    with_provider: StandinLLM,
    chat: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    table_items: Callable[[], list[Any]],
    powertools_secrets: None,
    every_log_record: _Keep,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import boto3

    # Given a key in the environment, one in Secrets Manager, and per-request keys allowed
    arn = boto3.client("secretsmanager", region_name="us-east-1").create_secret(
        Name="luminora/openai", SecretString=json.dumps({"api_key": SECRET_KEY})
    )["ARN"]
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setenv("OPENAI_SECRET_ARN", arn)
    monkeypatch.setenv("LUMINORA_ALLOW_BYOK", "true")
    monkeypatch.setenv("LUMINORA_PROVIDER_ALLOW_HOSTS", "127.0.0.1")
    monkeypatch.setenv("POWERTOOLS_LOG_LEVEL", "DEBUG")
    every_log_record.records.clear()
    capsys.readouterr()
    byok = {"name": "acme", "api_key": BYOK_KEY, "base_url": with_provider.url, "model": "m"}
    # When turns succeed, fail, fail over, and bring their own key
    with_provider.script(
        ok(),  # secret-managed openai answers
        status(401), ok(),  # openai refuses, groq (env key) answers
        ok(),  # BYOK answers
        status(401), status(500), status(500), status(500), status(500),  # all fail
        status(403), ok(),  # BYOK refused, chain answers
    )  # fmt: skip
    replies = [
        chat(MESSAGE),
        chat("I work as a nurse"),
        chat("I love jazz", provider=byok),
        chat("my api key is sk-proj-NOTSTORED0123456789abcdefgh", provider=byok),
        chat("remember my dog Toby", provider=byok),
    ]
    # Then each was answered, and the keys went only where they belong
    assert [r.status for r in replies] == [200] * 5, [r.raw for r in replies]
    assert [r.body["reply_source"] for r in replies] == ["llm", "llm", "llm", "fallback", "llm"]
    auth = [r.headers["Authorization"].removeprefix("Bearer ") for r in with_provider.requests]
    assert set(auth) == {SECRET_KEY, SERVER_KEY, BYOK_KEY}
    prompts = json.dumps([r.body for r in with_provider.requests])
    assert not any(key in prompts for key in (SERVER_KEY, SECRET_KEY, BYOK_KEY))
    # And no key is in a stored item, a log record, printed output or a response
    items = json.dumps(table_items(), default=str)
    output = capsys.readouterr()
    logs = log_text(every_log_record.records) + output.out + output.err
    responses = "".join(r.raw + json.dumps(r.headers) for r in replies)
    for key in (SERVER_KEY, SECRET_KEY, BYOK_KEY):
        for where, text in (("items", items), ("logs", logs), ("responses", responses)):
            assert key not in text, f"{key[:10]}... found in {where}"
    assert len(every_log_record.records) > 50  # DEBUG really was on
    # And the key-shaped "fact" was not learned
    assert "NOTSTORED" not in json.dumps([i for i in table_items() if i["kind"]["S"] == "fact"])


def test_no_key_reaches_sqlite(
    llm_server: StandinLLM, tmp_path: Path, every_log_record: _Keep
) -> None:
    import asyncio

    from luminora import Client

    settings = Settings(
        providers=["openai"],
        provider_env={
            "OPENAI_API_KEY": SecretStr(SERVER_KEY),
            "OPENAI_BASE_URL": SecretStr(llm_server.url),
        },
        allow_byok=True,
        provider_allow_hosts=["127.0.0.1"],
        provider_retries=0,
    )
    byok = ProviderConfig(
        name="acme", api_key=SecretStr(BYOK_KEY), base_url=llm_server.url, model="m"
    )
    llm_server.script(ok(), status(500), ok(), status(401), status(401))
    db = tmp_path / "memory.db"

    async def talk() -> list[Any]:
        async with Client(db=str(db), user_id="u1", settings=settings) as client:
            return [
                await client.send_message_with_memory("s1", MESSAGE),
                await client.send_message_with_memory("s1", "I love jazz", provider_config=byok),
                await client.send_message_with_memory("s1", "my dog is Toby", provider_config=byok),
            ]

    results = asyncio.run(talk())
    assert [r.reply_source for r in results] == ["llm", "llm", "fallback"]
    with sqlite3.connect(db) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = [conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables]  # noqa: S608
    stored = repr(rows)
    assert "Carlos" in stored  # the scan does read the data
    text = (
        stored + log_text(every_log_record.records) + "".join(r.model_dump_json() for r in results)
    )
    assert SERVER_KEY not in text and BYOK_KEY not in text


# -- model-based extraction uses the same layer ------------------------------------------


def test_model_extraction_goes_through_the_provider_chain(llm_server: StandinLLM) -> None:
    # Given services whose chain is the stand-in, answering extraction with JSON after a 503
    settings = Settings(
        store="memory",
        providers=["openai"],
        provider_env={
            "OPENAI_API_KEY": SecretStr(SERVER_KEY),
            "OPENAI_BASE_URL": SecretStr(llm_server.url),
        },
        provider_retries=1,
    )
    services = Services(settings)
    facts = (
        '{"facts": [{"key": "occupation", "value": "nurse", "op": "assert", "confidence": 0.9}]}'
    )
    llm_server.script(status(503, retry_after="0"), ok(facts))
    try:
        complete = services.model_complete
        assert complete is not None
        # When the worker's extraction asks the model
        candidates = extract_with_model(complete, "I work as a nurse", "en")
    finally:
        services.close()
    # Then the chain retried and the answer became candidates
    assert [(c.key, c.value) for c in candidates] == [("occupation", "nurse")]
    assert len(llm_server.requests) == 2
    assert llm_server.requests[-1].body["messages"][0]["role"] == "system"
    assert Services(Settings(store="memory")).model_complete is None


def test_model_complete_raises_a_provider_error_when_no_model_answers(
    llm_server: StandinLLM,
) -> None:
    from luminora.models import ProviderError

    settings = Settings(
        store="memory",
        providers=["openai"],
        provider_env={
            "OPENAI_API_KEY": SecretStr(SERVER_KEY),
            "OPENAI_BASE_URL": SecretStr(llm_server.url),
        },
        provider_retries=0,
    )
    services = Services(settings)
    llm_server.script(status(401))
    complete = services.model_complete
    assert complete is not None
    with pytest.raises(ProviderError):
        complete(ChatPrompt(system="s", messages=(PromptMessage("user", "hi"),)))
    services.close()
