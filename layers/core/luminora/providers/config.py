"""Providers from configuration: the server chain (environment) and per-request ones (BYOK).

`ProviderSetup` holds what one process shares: the one HTTP client, the address policy and
the keys. Adapter modules (and httpx, boto3) load only when a provider is built.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from luminora.models import InvalidInputError, ProviderConfigError
from luminora.providers.guard import AddressPolicy, system_resolver
from luminora.providers.keys import SecretsManagerKey, StaticKey
from luminora.providers.registry import env_prefix, spec_for

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx
    from pydantic import SecretStr

    from luminora.models import ProviderConfig
    from luminora.providers.adapter import HttpChatProvider
    from luminora.providers.base import ChatPrompt, Completion, Provider
    from luminora.providers.bedrock import BedrockProvider
    from luminora.providers.guard import Resolver
    from luminora.providers.http import ProviderHttp
    from luminora.providers.keys import KeySource
    from luminora.providers.registry import ProviderSpec
    from luminora.providers.retry import Clock

__all__ = ["MisconfiguredProvider", "ProviderOptions", "ProviderSetup", "ServerProvider"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ServerProvider:
    """One provider of the server chain, as the environment configures it."""

    name: str
    api_key: SecretStr | None = None
    secret_arn: str | None = None
    base_url: str | None = None
    model: str | None = None

    def __repr__(self) -> str:
        return f"ServerProvider(name={self.name!r}, model={self.model!r})"


@dataclass(frozen=True, slots=True)
class ProviderOptions:
    """How providers are built and bounded (from Settings, by the wiring)."""

    chain: tuple[ServerProvider, ...] = ()
    attempt_timeout_s: float = 20.0
    connect_timeout_s: float = 5.0
    allow_hosts: tuple[str, ...] = ()
    secret_max_age_s: int = 300
    max_tokens: int = 1024


class MisconfiguredProvider:
    """Stands in for a server provider that cannot work as configured: every call fails
    (so turns are answered offline and flagged degraded) and says why, without secrets."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason

    def complete(self, prompt: ChatPrompt, *, timeout: float) -> Completion:
        """Always fails."""
        raise ProviderConfigError(f"{self.name}: {self.reason}", provider=self.name)


class ProviderSetup:
    """The providers of one process.

    Args:
        options: chain, timeouts, allow-list.
        transport: an httpx transport for every HTTP provider (tests: `httpx.MockTransport`).
        resolver: host -> addresses for the address policy (tests give a fake one).
        clock: monotonic time for the HTTP calls' deadlines (tests give a fake one).
        bedrock_client: a `bedrock-runtime` client (tests); else each Bedrock adapter builds one.
        get_secret: reads a Secrets Manager secret (tests); else Powertools' `get_secret`.
    """

    def __init__(
        self,
        options: ProviderOptions,
        *,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver | None = None,
        clock: Clock | None = None,
        bedrock_client: Any = None,
        get_secret: Callable[..., Any] | None = None,
    ) -> None:
        self.options = options
        self.policy = AddressPolicy(options.allow_hosts, resolver=resolver or system_resolver)
        self._transport = transport
        self._clock = clock
        self._bedrock_client = bedrock_client
        self._get_secret = get_secret
        self._http: ProviderHttp | None = None
        self._lock = threading.Lock()
        self._bedrock_providers: list[BedrockProvider] = []

    @property
    def http(self) -> ProviderHttp:
        """The one `ProviderHttp` (and so one `httpx.Client`) of this process."""
        with self._lock:
            if self._http is None:
                from luminora.providers.http import ProviderHttp

                self._http = ProviderHttp(
                    transport=self._transport,
                    policy=self.policy,
                    trusted_hosts=self._server_hosts(),
                    connect_timeout_s=min(self.options.connect_timeout_s,
                                          self.options.attempt_timeout_s),
                    clock=self._clock,
                )  # fmt: skip
            return self._http

    def _server_hosts(self) -> list[str]:
        hosts = []
        for entry in self.options.chain:
            url = entry.base_url or spec_for(entry.name).base_url
            host = urlsplit(url).hostname if url else None
            if host:
                hosts.append(host)
        return hosts

    def server_providers(self) -> list[Provider]:
        """The server chain, in order. A provider that cannot work as configured is kept
        as a `MisconfiguredProvider` (logged once here), so the chain stays in order."""
        providers = [self._server_provider(entry) for entry in self.options.chain]
        for provider in providers:
            if isinstance(provider, MisconfiguredProvider):
                logger.error(
                    "provider misconfigured",
                    extra={"provider": provider.name, "reason": provider.reason},
                )
        return providers

    def _server_provider(self, entry: ServerProvider) -> Provider:
        spec = spec_for(entry.name)
        prefix = env_prefix(entry.name)
        model = entry.model or spec.model
        if model is None:
            return MisconfiguredProvider(entry.name, f"no model (set {prefix}_MODEL)")
        if spec.kind == "bedrock":
            return self._bedrock(entry.name, model, endpoint_url=entry.base_url)
        base_url = entry.base_url or spec.base_url
        if base_url is None:
            return MisconfiguredProvider(entry.name, f"no base URL (set {prefix}_BASE_URL)")
        key: KeySource
        if entry.api_key is not None and entry.api_key.get_secret_value():
            key = StaticKey(entry.api_key)
        elif entry.secret_arn:
            key = SecretsManagerKey(
                entry.name,
                entry.secret_arn,
                max_age_s=self.options.secret_max_age_s,
                fetch=self._get_secret,
            )
        elif spec.needs_key:
            return MisconfiguredProvider(
                entry.name, f"no API key (set {prefix}_API_KEY or {prefix}_SECRET_ARN)"
            )
        else:
            key = StaticKey(None)
        return self._http_provider(entry.name, spec, base_url, model, key)

    def byok(self, config: ProviderConfig) -> Provider:
        """The provider a request brings (ChatService's `byok_provider`).

        Its key is used for this request only; the deployment's keys never are. Its
        `base_url` must pass the address policy.

        Raises:
            InvalidInputError: Bedrock, a missing key/model/base_url, or a refused address.
        """
        spec = spec_for(config.name)
        if spec.kind == "bedrock":
            raise InvalidInputError(
                "provider 'bedrock' runs on the deployment's AWS role; it cannot be brought"
                " per request"
            )
        base_url = config.base_url or spec.base_url
        if base_url is None:
            raise InvalidInputError(f"provider.base_url is required for '{config.name}'")
        model = config.model or spec.model
        if model is None:
            raise InvalidInputError(f"provider.model is required for '{config.name}'")
        has_key = config.api_key is not None and bool(config.api_key.get_secret_value())
        if spec.needs_key and not has_key:
            raise InvalidInputError(f"provider.api_key is required for '{config.name}'")
        self.policy.check_base_url(base_url)
        return self._http_provider(
            config.name, spec, base_url, model, StaticKey(config.api_key if has_key else None)
        )

    def _http_provider(
        self, name: str, spec: ProviderSpec, base_url: str, model: str, key: KeySource
    ) -> Provider:
        adapter: type[HttpChatProvider]
        if spec.kind == "anthropic":
            from luminora.providers.anthropic import AnthropicProvider

            adapter = AnthropicProvider
        elif spec.kind == "gemini":
            from luminora.providers.gemini import GeminiProvider

            adapter = GeminiProvider
        else:
            from luminora.providers.openai_compat import OpenAICompatibleProvider

            adapter = OpenAICompatibleProvider
        return adapter(
            name,
            http=self.http,
            base_url=base_url,
            model=model,
            key=key,
            max_tokens=self.options.max_tokens,
        )

    def _bedrock(self, name: str, model: str, *, endpoint_url: str | None) -> Provider:
        from luminora.providers.bedrock import BedrockProvider

        provider = BedrockProvider(
            name,
            model=model,
            client=self._bedrock_client,
            endpoint_url=endpoint_url,
            attempt_timeout_s=self.options.attempt_timeout_s,
            connect_timeout_s=min(self.options.connect_timeout_s, self.options.attempt_timeout_s),
            max_tokens=self.options.max_tokens,
        )
        self._bedrock_providers.append(provider)
        return provider

    def close(self) -> None:
        """Close the HTTP client and Bedrock's worker threads."""
        for provider in self._bedrock_providers:
            provider.close()
        with self._lock:
            if self._http is not None:
                self._http.close()
                self._http = None
