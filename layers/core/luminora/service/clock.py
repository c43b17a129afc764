"""Time and ids for the service (injectable, so tests can fix them)."""

from __future__ import annotations

from datetime import UTC, datetime

from ulid import ULID


def utc_now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """ISO 8601 UTC with milliseconds and a Z, which sorts as text."""
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


def new_turn_id(moment: datetime) -> str:
    """A ULID for a turn: sortable by time, unique without coordination."""
    return str(ULID.from_datetime(moment))
