"""Documented input limits, shared by every door (README, OpenAPI and validation read these)."""

from __future__ import annotations

MAX_MESSAGE_CHARS = 4000
MAX_BODY_BYTES = 64 * 1024
SESSION_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
PERSONALITY_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
FACT_KEY_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
MAX_FACT_VALUE_CHARS = 200
MAX_FACT_VALUES = 50
IDEMPOTENCY_KEY_PATTERN = r"^[A-Za-z0-9._:-]{1,128}$"
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50
