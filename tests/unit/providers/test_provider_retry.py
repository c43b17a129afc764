"""Backoff with jitter, Retry-After (seconds and HTTP-date), and deadline accounting."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from tests.provider_fakes import FakeClock

from luminora.providers.retry import (
    Deadline,
    RetryPolicy,
    parse_retry_after,
    retry_after_from_headers,
)

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("3", 3.0),
        (" 0 ", 0.0),
        ("1.5", 1.5),
        ("-4", 0.0),
        ("Sun, 01 Mar 2026 12:00:07 GMT", 7.0),
        ("Sun, 01 Mar 2026 11:59:00 GMT", 0.0),  # in the past: now
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
    ],
)
def test_retry_after_is_read_as_seconds_or_an_http_date(
    value: str | None, seconds: float | None
) -> None:
    assert parse_retry_after(value, now=NOW) == seconds


def test_retry_after_ms_wins_over_retry_after() -> None:
    assert retry_after_from_headers({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after_from_headers({"retry-after-ms": "bad", "retry-after": "9"}) == 9.0
    assert retry_after_from_headers({}) is None


def test_backoff_grows_exponentially_with_full_jitter_and_a_cap() -> None:
    policy = RetryPolicy(base_s=0.25, cap_s=2.0, rng=random.Random(7))
    for retry, ceiling in [(0, 0.25), (1, 0.5), (2, 1.0), (3, 2.0), (6, 2.0)]:
        waits = [policy.backoff(retry) for _ in range(200)]
        assert all(0 <= w <= ceiling for w in waits)
        assert max(waits) > ceiling * 0.8  # jitter covers the range
        assert len(set(waits)) > 150  # and is not one fixed value


def test_retry_after_is_honoured_as_asked() -> None:
    policy = RetryPolicy(retries=2)
    assert policy.wait_before_retry(0, 2.0, remaining=20.0) == 2.0


def test_a_retry_after_beyond_the_limit_or_the_deadline_moves_on() -> None:
    # Given a policy that waits at most 10 s for a server and needs 0.5 s for an attempt
    policy = RetryPolicy(retries=2, max_retry_after_s=10.0, min_attempt_s=0.5)
    # Then a long Retry-After, or one that leaves no time for the attempt, is not waited for
    assert policy.wait_before_retry(0, 30.0, remaining=60.0) is None
    assert policy.wait_before_retry(0, 4.8, remaining=5.0) is None


def test_retries_stop_after_the_configured_count() -> None:
    policy = RetryPolicy(retries=2, rng=random.Random(1))
    assert policy.wait_before_retry(0, None, remaining=20.0) is not None
    assert policy.wait_before_retry(1, None, remaining=20.0) is not None
    assert policy.wait_before_retry(2, None, remaining=20.0) is None
    assert RetryPolicy(retries=0).wait_before_retry(0, None, remaining=20.0) is None


def test_deadline_counts_down_on_the_given_clock() -> None:
    clock = FakeClock()
    deadline = Deadline(25.0, clock)
    clock.advance(10.0)
    assert deadline.remaining() == 15.0 and deadline.elapsed() == 10.0
    clock.sleep(20.0)
    assert deadline.remaining() == -5.0
