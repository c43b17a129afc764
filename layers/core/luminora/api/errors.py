"""Errors mapped to HTTP once, for every Lambda and the local server.

The body is always `{"error": {"code", "message", "request_id"}}`; never a stack trace,
never the input that was refused (it may hold a secret).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from luminora.models import (
    ConflictError,
    ErrorBody,
    ErrorDetail,
    InvalidInputError,
    LuminoraError,
    NotFoundError,
    ProviderError,
    QuotaExceededError,
    StoreUnavailableError,
    UnauthorizedError,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

logger = logging.getLogger(__name__)

STATUS_OF: dict[type[LuminoraError], int] = {
    InvalidInputError: 400,
    UnauthorizedError: 401,
    NotFoundError: 404,
    ConflictError: 409,
    QuotaExceededError: 429,
    ProviderError: 502,
    StoreUnavailableError: 503,
}


def status_of(error: LuminoraError) -> int:
    """The HTTP status of a core error (its nearest mapped class, else 500)."""
    for cls in type(error).__mro__:
        if cls in STATUS_OF:
            return STATUS_OF[cls]
    return 500


def error_body(code: str, message: str, request_id: str | None) -> str:
    """The JSON of an error response."""
    return ErrorBody(
        error=ErrorDetail(code=code, message=message, request_id=request_id)
    ).model_dump_json()


def error_headers(error: LuminoraError) -> dict[str, str]:
    """Extra headers an error calls for (Retry-After on 429)."""
    if isinstance(error, QuotaExceededError):
        return {"Retry-After": str(error.retry_after)}
    return {}


def describe_validation_errors(errors: Sequence[dict[str, Any]]) -> str:
    """Readable summary of pydantic/Powertools validation errors, without the refused input."""
    parts = []
    for error in errors[:5]:
        loc = [str(p) for p in error.get("loc", ()) if not isinstance(p, int) or p]
        where = ".".join(loc) or "request"
        if error.get("type") == "json_invalid":
            parts.append("body is not valid JSON")
        elif error.get("type") == "missing" and loc == ["body"]:
            parts.append("a JSON body is required")
        else:
            parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(dict.fromkeys(parts))
