"""Provider configuration: the environment, the server chain, BYOK, keys kept secret."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import SecretStr
from tests.provider_fakes import FakeClock, FakeWeb, fake_dns

from luminora.models import (
    ChatPrompt,
    InvalidInputError,
    PromptMessage,
    ProviderConfig,
    ProviderConfigError,
    ProviderError,
)
from luminora.providers.config import MisconfiguredProvider, ProviderSetup
from luminora.service.settings import LOCAL_ALLOW_HOSTS, Settings
from luminora.service.wiring import build_reply_chain, provider_options

KEY = "sk-proj-SERVERKEY0123456789abcdef"
PROMPT = ChatPrompt(system="s", messages=(PromptMessage("user", "hi"),))


def test_provider_variables_are_read_for_the_chain_only_and_kept_secret() -> None:
    settings = Settings.from_env({
        "LUMINORA_PROVIDERS": "deepseek, llama-cpp",
        "DEEPSEEK_API_KEY": KEY,
        "DEEPSEEK_MODEL": "deepseek-reasoner",
        "LLAMA_CPP_BASE_URL": "http://127.0.0.1:8081/v1",
        "OPENAI_API_KEY": "sk-not-in-the-chain-000000000000",
        "LUMINORA_PROVIDER_DEADLINE_S": "12.5",
        "LUMINORA_PROVIDER_TIMEOUT_S": "8",
        "LUMINORA_PROVIDER_RETRIES": "1",
    })  # fmt: skip
    assert settings.providers == ["deepseek", "llama-cpp"]
    assert set(settings.provider_env) == {
        "DEEPSEEK_API_KEY",
        "DEEPSEEK_MODEL",
        "LLAMA_CPP_BASE_URL",
    }
    assert settings.provider_value("deepseek", "MODEL") == "deepseek-reasoner"
    assert (
        settings.provider_deadline_s,
        settings.provider_timeout_s,
        settings.provider_retries,
    ) == (12.5, 8.0, 1)
    for text in (repr(settings), str(settings), settings.model_dump_json()):
        assert KEY not in text


def test_defaults_fit_inside_api_gateways_30_seconds() -> None:
    settings = Settings.from_env({})
    assert settings.provider_deadline_s == 25 and settings.provider_timeout_s == 20
    assert settings.provider_retries == 2 and settings.provider_deadline_s < 29  # Lambda's timeout


def test_loopback_is_allowed_locally_and_nothing_is_in_lambda() -> None:
    assert Settings.from_env({}).provider_allow_hosts == LOCAL_ALLOW_HOSTS
    assert Settings.from_env({"AWS_LAMBDA_FUNCTION_NAME": "chat"}).provider_allow_hosts == []
    explicit = Settings.from_env(
        {"AWS_LAMBDA_FUNCTION_NAME": "chat", "LUMINORA_PROVIDER_ALLOW_HOSTS": "10.0.0.0/8, h.local"}
    )
    assert explicit.provider_allow_hosts == ["10.0.0.0/8", "h.local"]


def setup_for(env: dict[str, str], **kwargs: Any) -> ProviderSetup:
    return ProviderSetup(provider_options(Settings.from_env(env)), **kwargs)


def test_a_provider_without_its_key_or_url_is_kept_in_place_as_misconfigured(
    caplog: pytest.LogCaptureFixture,
) -> None:
    setup = setup_for({"LUMINORA_PROVIDERS": "openai,acme,ollama"})
    openai, acme, ollama = setup.server_providers()
    assert isinstance(openai, MisconfiguredProvider) and "OPENAI_API_KEY" in openai.reason
    assert isinstance(acme, MisconfiguredProvider) and "ACME_MODEL" in acme.reason
    assert not isinstance(ollama, MisconfiguredProvider)  # a local server needs no key
    with pytest.raises(ProviderConfigError):
        openai.complete(PROMPT, timeout=1)
    assert [r.message for r in caplog.records].count("provider misconfigured") == 2


def test_a_misconfigured_chain_still_answers_offline_and_says_degraded() -> None:
    settings = Settings(providers=["openai"])
    outcome = build_reply_chain(settings).reply(
        lambda: PROMPT,
        _offline_request(),
    )
    assert (outcome.source, outcome.degraded) == ("fallback", True)


def _offline_request() -> Any:
    from luminora.providers.offline import OfflineRequest

    return OfflineRequest(
        message="hi", language="en", personality_name="Sakura", facts=[], learned=[],
        recent_replies=[], level="stranger", turn_index=0, seed="t",
    )  # fmt: skip


def test_a_secret_arn_is_read_on_first_use_not_at_construction() -> None:
    # Given a chain whose key lives in Secrets Manager
    reads: list[tuple[str, int]] = []

    def get_secret(arn: str, *, max_age: int) -> str:
        reads.append((arn, max_age))
        return '{"api_key": "' + KEY + '"}'

    web = FakeWeb(FakeClock())
    arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:openai-AbCdEf"
    setup = setup_for(
        {"LUMINORA_PROVIDERS": "openai", "OPENAI_SECRET_ARN": arn,
         "LUMINORA_PROVIDER_SECRET_MAX_AGE_S": "120"},
        transport=web.transport(), get_secret=get_secret, clock=web.clock,
    )  # fmt: skip
    [provider] = setup.server_providers()
    assert reads == []
    # When it is called / Then the secret is read then, with the cache age
    provider.complete(PROMPT, timeout=5)
    assert reads == [(arn, 120)]
    assert web.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_one_stack_secret_serves_each_provider_of_the_chain_by_name() -> None:
    # Given the stack's one secret, a JSON object keyed by provider name
    other = "sk-ant-0123456789abcdefghijklmnop"

    def get_secret(arn: str, *, max_age: int) -> str:
        return '{"openai": "' + KEY + '", "anthropic": "' + other + '"}'

    web = FakeWeb(FakeClock())
    setup = setup_for(
        {"LUMINORA_PROVIDERS": "openai,anthropic",
         "LUMINORA_PROVIDER_SECRET_ARN": "arn:aws:secretsmanager:us-east-1:1:secret:keys"},
        transport=web.transport(), get_secret=get_secret, clock=web.clock,
    )  # fmt: skip
    # When each provider is called / Then each sends its own key from the shared secret
    openai, anthropic = setup.server_providers()
    openai.complete(PROMPT, timeout=5)
    assert web.requests[-1].headers["authorization"] == f"Bearer {KEY}"
    try:
        anthropic.complete(PROMPT, timeout=5)
    except ProviderError:
        pass  # the fake web answers in OpenAI's shape; only the request matters here
    assert web.requests[-1].headers["x-api-key"] == other


def test_byok_never_borrows_the_deployments_key() -> None:
    # Given a deployment with an OpenAI key, and a request naming openai with its own URL
    web = FakeWeb(FakeClock())
    setup = setup_for(
        {"LUMINORA_PROVIDERS": "openai", "OPENAI_API_KEY": KEY},
        transport=web.transport(),
        clock=web.clock,
        resolver=fake_dns({}),
    )
    without_key = ProviderConfig(name="openai", base_url="https://collector.example.com/v1")
    # Then it must bring a key, and the one it brings is the only one sent
    with pytest.raises(InvalidInputError, match="api_key"):
        setup.byok(without_key)
    own = without_key.model_copy(update={"api_key": SecretStr("sk-user-0123456789abcdef")})
    setup.byok(own).complete(PROMPT, timeout=5)
    [sent] = web.requests
    assert sent.headers["authorization"] == "Bearer sk-user-0123456789abcdef"
    assert KEY not in str(sent.headers) + sent.content.decode()


@pytest.mark.parametrize(
    ("config", "problem"),
    [
        (ProviderConfig(name="bedrock"), "AWS role"),
        (ProviderConfig(name="acme", api_key=SecretStr("k")), "base_url"),
        (ProviderConfig(name="acme", base_url="https://llm.example.com/v1"), "model"),
        (ProviderConfig(name="anthropic"), "api_key"),
    ],
)
def test_an_incomplete_byok_provider_is_a_clear_400(config: ProviderConfig, problem: str) -> None:
    with pytest.raises(InvalidInputError, match=problem):
        ProviderSetup(provider_options(Settings())).byok(config)


def test_repr_of_configured_providers_hides_keys() -> None:
    setup = setup_for({"LUMINORA_PROVIDERS": "openai", "OPENAI_API_KEY": KEY})
    [provider] = setup.server_providers()
    assert KEY not in repr(provider) + repr(setup.options) + repr(vars(provider))
