"""Where a provider's API key comes from: the environment, a request, or Secrets Manager.

A key is a `SecretStr` from the moment it is read; it is unwrapped only to build the one
request header that carries it.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import SecretStr

from luminora.models import ProviderConfigError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["KeySource", "SecretsManagerKey", "StaticKey", "quiet_sdk_response_bodies"]


class KeySource(Protocol):
    """Returns the current key (None for providers that need none)."""

    def __call__(self) -> SecretStr | None:
        """The key, read (or re-read from a cache) now."""
        ...


class StaticKey:
    """A key known at construction (environment variable or request)."""

    def __init__(self, key: SecretStr | None) -> None:
        self._key = key

    def __call__(self) -> SecretStr | None:
        """The key."""
        return self._key

    def __repr__(self) -> str:
        return "StaticKey(**********)" if self._key is not None else "StaticKey(None)"


class _DropResponseBodies(logging.Filter):
    """Drops botocore's DEBUG 'Response body' records (a secret's value would be in one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Response body")


def quiet_sdk_response_bodies() -> None:
    """Keep botocore from logging response bodies at DEBUG (idempotent).

    GetSecretValue's body holds the secret; botocore would log it when DEBUG is on.
    """
    sdk_logger = logging.getLogger("botocore.parsers")
    if not any(isinstance(f, _DropResponseBodies) for f in sdk_logger.filters):
        sdk_logger.addFilter(_DropResponseBodies())


def _powertools_get_secret(arn: str, *, max_age: int) -> Any:
    from aws_lambda_powertools.utilities.parameters import get_secret

    return get_secret(arn, max_age=max_age)


def _key_from_secret(value: Any, provider: str | None = None) -> str | None:
    """The key in a secret: its whole string, or from a JSON object the provider's own entry
    (`{"deepseek": "sk-..."}`, so one secret can serve a whole chain) or `api_key`."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            return None
        found = None
        if isinstance(document, dict):
            found = document.get(provider) if provider else None
            found = found if isinstance(found, str) and found.strip() else document.get("api_key")
        return found.strip() if isinstance(found, str) and found.strip() else None
    return text or None


class SecretsManagerKey:
    """A key kept in AWS Secrets Manager, read through Powertools Parameters on first use
    and cached for `max_age_s` seconds (never at import or construction).

    The secret holds the key as plain text, or a JSON object with the provider's name (one
    secret for the whole chain) or an `api_key` field.
    """

    def __init__(
        self,
        provider: str,
        arn: str,
        *,
        max_age_s: int = 300,
        fetch: Callable[..., Any] | None = None,
    ) -> None:
        self.provider = provider
        self.arn = arn
        self.max_age_s = max_age_s
        self._fetch = fetch if fetch is not None else _powertools_get_secret
        quiet_sdk_response_bodies()

    def __call__(self) -> SecretStr:
        """The key (Powertools caches it for `max_age_s`).

        Raises:
            ProviderConfigError: the secret could not be read, or holds no key.
        """
        from aws_lambda_powertools.utilities.parameters import (
            GetParameterError,
            TransformParameterError,
        )
        from botocore.exceptions import BotoCoreError

        try:
            value = self._fetch(self.arn, max_age=self.max_age_s)
        except (GetParameterError, TransformParameterError, BotoCoreError) as exc:
            raise ProviderConfigError(
                f"{self.provider}: the API key's secret could not be read", provider=self.provider
            ) from exc
        key = _key_from_secret(value, self.provider)
        if key is None:
            raise ProviderConfigError(
                f"{self.provider}: the API key's secret holds no key", provider=self.provider
            )
        return SecretStr(key)

    def __repr__(self) -> str:
        return f"SecretsManagerKey({self.provider!r})"
