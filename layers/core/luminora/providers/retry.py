"""Retry timing: exponential backoff with jitter, `Retry-After`, and a turn's deadline.

Time is read through a `Clock`, so tests run the whole schedule without waiting.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "Clock",
    "Deadline",
    "RetryPolicy",
    "SystemClock",
    "parse_retry_after",
    "retry_after_from_headers",
]


class Clock(Protocol):
    """Monotonic time and sleeping (the system's, or a test's)."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait `seconds`."""
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        """`time.monotonic()`."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """`time.sleep(seconds)`."""
        time.sleep(seconds)


class Deadline:
    """A point in time by which work must be done."""

    def __init__(self, seconds: float, clock: Clock) -> None:
        self.clock = clock
        self.started = clock.monotonic()
        self.at = self.started + seconds

    def remaining(self) -> float:
        """Seconds left (negative once passed)."""
        return self.at - self.clock.monotonic()

    def elapsed(self) -> float:
        """Seconds since the deadline was set."""
        return self.clock.monotonic() - self.started


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` value: delay-seconds or an HTTP-date.

    Returns None when the value is missing or unreadable; 0 for a date in the past.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds else None  # NaN is unreadable
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP-date is always GMT
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def retry_after_from_headers(headers: Mapping[str, str]) -> float | None:
    """The wait a response asks for: `retry-after-ms` (OpenAI-style), else `Retry-After`."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis)
        except ValueError:
            value = -1.0
        if value >= 0:
            return value / 1000
    return parse_retry_after(headers.get("retry-after"))


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to wait before asking the same provider again.

    Attributes:
        retries: attempts after the first (so `retries + 1` in all).
        base_s: backoff before the first retry; doubles each time, up to `cap_s`.
        max_retry_after_s: a longer `Retry-After` is not waited for; the chain moves on.
        min_attempt_s: an attempt is not started with less time than this left.
    """

    retries: int = 2
    base_s: float = 0.25
    cap_s: float = 4.0
    max_retry_after_s: float = 10.0
    min_attempt_s: float = 0.5
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def backoff(self, retry: int) -> float:
        """Full-jitter backoff before retry number `retry` (0-based)."""
        ceiling = min(self.cap_s, self.base_s * (2**retry))
        # Jitter spreads retries out; it needs no cryptographic randomness.
        return self.rng.uniform(0, ceiling)

    def wait_before_retry(
        self, retry: int, retry_after: float | None, remaining: float
    ) -> float | None:
        """Seconds to wait before retry number `retry`, or None to give up on this provider.

        A server's `Retry-After` is honoured as asked (never shortened); when it, or the
        backoff, would leave too little of the deadline for another attempt, this returns None.
        """
        if retry >= self.retries:
            return None
        if retry_after is not None and retry_after > self.max_retry_after_s:
            return None
        wait = self.backoff(retry) if retry_after is None else retry_after
        if remaining - wait < self.min_attempt_s:
            return None
        return wait
