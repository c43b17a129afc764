"""The reply chain: each configured provider in order, then the offline responder.

Within one total deadline, each provider gets attempts of at most `attempt_timeout_s`;
a retryable failure (connection, 429, 5xx; a timeout only for the last provider) is retried
after a jittered backoff or the server's `Retry-After`, any other failure moves on to the
next provider. The turn is answered whatever happens: `degraded` says a configured provider
failed (even when a later one answered).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from luminora.models import ProviderError, ProviderTimeoutError, ProviderUnavailableError
from luminora.providers.base import ReplyOutcome
from luminora.providers.retry import Deadline, RetryPolicy, SystemClock

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from luminora.providers.base import ChatPrompt, Completion, Provider
    from luminora.providers.offline import OfflineRequest, OfflineResponder
    from luminora.providers.retry import Clock

__all__ = ["ReplyChain"]

logger = logging.getLogger(__name__)


class _OutOfTime(Exception):
    """The deadline leaves no room for another attempt."""


class ReplyChain:
    """Tries providers in order within a total deadline, then answers offline.

    Args:
        providers: the server-side chain, in order (may be empty).
        offline: answers from memory when no model does.
        deadline_s: the most all providers together may take for one answer.
        attempt_timeout_s: the most one attempt may take.
        retry: backoff and retry counts (per provider).
        clock: monotonic time and sleep (tests give a fake one).
    """

    def __init__(
        self,
        providers: Sequence[Provider],
        offline: OfflineResponder,
        *,
        deadline_s: float = 25.0,
        attempt_timeout_s: float = 20.0,
        retry: RetryPolicy | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.providers = list(providers)
        self.offline = offline
        self.deadline_s = deadline_s
        self.attempt_timeout_s = attempt_timeout_s
        self.retry = retry if retry is not None else RetryPolicy()
        self.clock = clock if clock is not None else SystemClock()

    def reply(
        self,
        prompt: Callable[[], ChatPrompt],
        offline_request: OfflineRequest,
        *,
        extra_providers: Sequence[Provider] = (),
    ) -> ReplyOutcome:
        """Answer a turn. `prompt` is built only if some provider is tried."""
        chain = [*extra_providers, *self.providers]
        latency_ms = None
        if chain:
            built = prompt()
            started = self.clock.monotonic()
            completion, failed = self._first_answer(chain, built)
            latency_ms = _ms(self.clock.monotonic() - started)
            if completion is not None:
                return ReplyOutcome(
                    text=completion.text,
                    source="llm",
                    degraded=failed,
                    provider=completion.provider,
                    usage=completion.usage,
                    latency_ms=latency_ms,
                )
        return ReplyOutcome(
            text=self.offline.reply(offline_request),
            source="fallback",
            degraded=bool(chain),
            provider=None,
            latency_ms=latency_ms,
        )

    def complete(
        self, prompt: ChatPrompt, *, extra_providers: Sequence[Provider] = ()
    ) -> Completion:
        """The first answer any provider gives (for model-based extraction and summaries).

        Raises:
            ProviderUnavailableError: no provider is configured, or none answered in time.
        """
        completion, _ = self._first_answer([*extra_providers, *self.providers], prompt)
        if completion is None:
            raise ProviderUnavailableError("no language model answered")
        usage = completion.usage
        logger.info(
            "model call done",
            extra={
                "provider": completion.provider,
                "input_tokens": usage.input_tokens if usage else None,
                "output_tokens": usage.output_tokens if usage else None,
            },
        )
        return completion

    def completer(self) -> Callable[[ChatPrompt], str] | None:
        """A prompt -> text function over this chain's providers, or None without any."""
        if not self.providers:
            return None
        return lambda prompt: self.complete(prompt).text

    def _first_answer(
        self, chain: Sequence[Provider], prompt: ChatPrompt
    ) -> tuple[Completion | None, bool]:
        """The first provider's answer, and whether any provider failed before it."""
        deadline = Deadline(self.deadline_s, self.clock)
        failed = False
        for position, provider in enumerate(chain, start=1):
            try:
                return self._ask(provider, prompt, deadline, last=position == len(chain)), failed
            except _OutOfTime:
                logger.warning(
                    "provider skipped: deadline reached",
                    extra={"provider": provider.name, "ms": _ms(deadline.elapsed())},
                )
                return None, True
            except ProviderError:
                failed = True
        return None, failed

    def _ask(
        self, provider: Provider, prompt: ChatPrompt, deadline: Deadline, *, last: bool
    ) -> Completion:
        """One provider, retried while its failures are retryable and time allows.

        A timeout already spent a whole attempt: it is retried only by the chain's last
        provider; otherwise the time left goes to the next one.

        Raises:
            ProviderError: its last failure.
            _OutOfTime: no time left to try it.
        """
        retry = 0
        while True:
            left = deadline.remaining()
            if left < self.retry.min_attempt_s:
                raise _OutOfTime
            started = self.clock.monotonic()
            try:
                return provider.complete(prompt, timeout=min(self.attempt_timeout_s, left))
            except ProviderError as exc:
                retry_here = exc.retryable and (last or not isinstance(exc, ProviderTimeoutError))
                wait = (
                    self.retry.wait_before_retry(retry, exc.retry_after, deadline.remaining())
                    if retry_here
                    else None
                )
                _log_failure(provider, exc.code, exc.status, retry, started, self.clock, wait)
                if wait is None:
                    raise
            except Exception as exc:
                # An adapter bug must not cost the user their turn: it counts as a failure
                # of that provider (logged by type only; its text could hold anything).
                _log_failure(provider, type(exc).__name__, None, retry, started, self.clock, None)
                raise ProviderError(f"{provider.name} failed unexpectedly") from exc
            self.clock.sleep(wait)
            retry += 1


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _log_failure(
    provider: Provider,
    reason: str,
    status: int | None,
    retry: int,
    started: float,
    clock: Clock,
    wait: float | None,
) -> None:
    logger.warning(
        "provider failed",
        extra={
            "provider": provider.name,
            "reason": reason,
            "status": status,
            "attempt": retry + 1,
            "ms": _ms(clock.monotonic() - started),
            "retry_in_s": None if wait is None else round(wait, 3),
        },
    )
