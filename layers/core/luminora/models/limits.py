"""Documented input limits, shared by every door (README, OpenAPI and validation read these)."""

from __future__ import annotations

MAX_MESSAGE_CHARS = 4000
MAX_BODY_BYTES = 64 * 1024
MAX_JSON_DEPTH = 32
SESSION_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
PERSONALITY_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
FACT_KEY_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
MAX_FACT_VALUE_CHARS = 200
MAX_FACT_VALUES = 50
IDEMPOTENCY_KEY_PATTERN = r"^[A-Za-z0-9._:-]{1,128}$"
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50


def check_text(value: str, field: str) -> str:
    """Refuse text that cannot be stored as it was sent: NUL characters, lone surrogates.

    Raises:
        ValueError: with a message naming the field (pydantic turns it into a 400).
    """
    if "\x00" in value:
        raise ValueError(f"{field} must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{field} must be valid Unicode (no lone surrogates)") from None
    return value
