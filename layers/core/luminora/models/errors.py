"""Typed errors of the core. Doors map each to an HTTP status once (luminora.api.errors)."""

from __future__ import annotations

from typing import Any


class LuminoraError(Exception):
    """Base of every error the core raises on purpose."""

    code = "internal_error"

    def __init__(self, message: str, *, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class InvalidInputError(LuminoraError):
    """The request is malformed or breaks a documented limit."""

    code = "invalid_input"


class UnauthorizedError(LuminoraError):
    """No principal, or the token could not be verified."""

    code = "unauthorized"


class NotFoundError(LuminoraError):
    """The thing does not exist for this principal (or belongs to someone else)."""

    code = "not_found"


class ConflictError(LuminoraError):
    """A concurrent write changed the state this write was based on."""

    code = "conflict"


class DuplicateTurnError(LuminoraError):
    """An idempotency key was already used; carries the stored response JSON."""

    code = "duplicate_turn"

    def __init__(
        self, message: str = "this idempotency key was already used", *, stored_response: str = ""
    ) -> None:
        super().__init__(message)
        self.stored_response = stored_response


class QuotaExceededError(LuminoraError):
    """Too many turns in the current window."""

    code = "quota_exceeded"

    def __init__(self, message: str, *, retry_after: int = 60) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ProviderError(LuminoraError):
    """A language-model provider failed (the chain handles it; it never reaches a user).

    Messages are built from the provider's name, the HTTP status and the kind of failure
    only: never a key, a request header, a prompt or the provider's response text.
    """

    code = "provider_error"
    retryable = False
    """Whether the same provider may be asked again (after a backoff)."""

    def __init__(
        self,
        message: str,
        *,
        provider: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.status = status
        self.retry_after = retry_after


class ProviderUnavailableError(ProviderError):
    """Worth retrying: a connection failure, 429 (rate limited) or a 5xx."""

    code = "provider_unavailable"
    retryable = True


class ProviderTimeoutError(ProviderUnavailableError):
    """The provider did not answer (or finish answering) within the attempt's time."""

    code = "provider_timeout"


class ProviderRejectedError(ProviderError):
    """The provider refused the request (400, 401, 403, 404, ...): asking again won't help."""

    code = "provider_rejected"


class ProviderResponseError(ProviderError):
    """The provider answered something unusable: malformed JSON, no choices, no text."""

    code = "provider_bad_response"


class ProviderConfigError(ProviderError):
    """The provider cannot be called as configured (no key, secret unreadable, bad address)."""

    code = "provider_misconfigured"


class StoreUnavailableError(LuminoraError):
    """The store could not be reached or refused the operation."""

    code = "store_unavailable"


def error_type(code: str) -> type[LuminoraError]:
    """The error class for a code found in an error response (for HTTP clients)."""
    for cls in _all_errors(LuminoraError):
        if cls.code == code:
            return cls
    return LuminoraError


def _all_errors(root: type[LuminoraError]) -> list[type[LuminoraError]]:
    found = [root]
    for sub in root.__subclasses__():
        found.extend(_all_errors(sub))
    return found
