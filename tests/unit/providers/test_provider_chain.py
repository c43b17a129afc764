"""The failover chain: retries, Retry-After, failover, the deadline, and the flags."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from tests.provider_fakes import FakeClock

from luminora.models import (
    ChatPrompt,
    PromptMessage,
    ProviderError,
    ProviderRejectedError,
    ProviderTimeoutError,
    ProviderUnavailableError,
)
from luminora.providers.base import Completion, Usage
from luminora.providers.chain import ReplyChain
from luminora.providers.retry import RetryPolicy

PROMPT = ChatPrompt(system="be kind", messages=(PromptMessage("user", "hi"),))


@dataclass
class Scripted:
    """A provider that fails as scripted (one entry per call), then answers."""

    name: str
    failures: list[Callable[[FakeClock, float], ProviderError]] = field(default_factory=list)
    clock: FakeClock | None = None
    timeouts: list[float] = field(default_factory=list)

    def complete(self, prompt: ChatPrompt, *, timeout: float) -> Completion:
        self.timeouts.append(timeout)
        if self.failures:
            assert self.clock is not None
            raise self.failures.pop(0)(self.clock, timeout)
        return Completion(text=f"from {self.name}", provider=self.name, usage=Usage(9, 4))


def unavailable(
    status: int = 503, retry_after: float | None = None
) -> Callable[..., ProviderError]:
    return lambda clock, timeout: ProviderUnavailableError(
        "x", status=status, retry_after=retry_after
    )


def timed_out(clock: FakeClock, timeout: float) -> ProviderError:
    clock.advance(timeout)
    return ProviderTimeoutError("x")


def rejected(clock: FakeClock, timeout: float) -> ProviderError:
    return ProviderRejectedError("x", status=401)


class Offline:
    def reply(self, request: object) -> str:
        return "offline answer"


def chain_of(
    *providers: Scripted, clock: FakeClock, deadline: float = 25.0, retries: int = 2
) -> ReplyChain:
    for p in providers:
        p.clock = clock
    return ReplyChain(
        list(providers), Offline(),  # type: ignore[arg-type]
        deadline_s=deadline, attempt_timeout_s=20.0,
        retry=RetryPolicy(retries=retries, rng=random.Random(3)), clock=clock,
    )  # fmt: skip


def test_a_transient_failure_is_retried_and_the_answer_is_not_degraded() -> None:
    clock = FakeClock()
    primary = Scripted("a", [unavailable(), unavailable(502)])
    outcome = chain_of(primary, clock=clock).reply(lambda: PROMPT, object())  # type: ignore[arg-type]
    assert (outcome.source, outcome.degraded, outcome.provider) == ("llm", False, "a")
    assert outcome.usage == Usage(9, 4)
    assert len(primary.timeouts) == 3 and len(clock.sleeps) == 2


def test_retry_after_is_waited_exactly() -> None:
    clock = FakeClock()
    primary = Scripted("a", [unavailable(429, retry_after=2.0)])
    chain_of(primary, clock=clock).reply(lambda: PROMPT, object())  # type: ignore[arg-type]
    assert clock.sleeps == [2.0]


def test_a_rejected_request_is_not_retried_and_the_next_provider_answers_degraded() -> None:
    clock = FakeClock()
    primary, backup = Scripted("a", [rejected]), Scripted("b")
    outcome = chain_of(primary, backup, clock=clock).reply(lambda: PROMPT, object())  # type: ignore[arg-type]
    assert len(primary.timeouts) == 1 and clock.sleeps == []
    assert (outcome.source, outcome.degraded, outcome.provider) == ("llm", True, "b")


def test_a_timeout_fails_over_at_once_when_another_provider_remains() -> None:
    clock = FakeClock()
    primary, backup = Scripted("a", [timed_out, timed_out]), Scripted("b")
    outcome = chain_of(primary, backup, clock=clock).reply(lambda: PROMPT, object())  # type: ignore[arg-type]
    assert len(primary.timeouts) == 1
    assert outcome.provider == "b" and backup.timeouts == [5.0]  # what the deadline left


def test_the_last_provider_retries_a_timeout_within_the_deadline() -> None:
    clock = FakeClock()
    started = clock.now
    only = Scripted("a", [timed_out, timed_out, timed_out])
    outcome = chain_of(only, clock=clock).reply(lambda: PROMPT, object())  # type: ignore[arg-type]
    assert (outcome.source, outcome.degraded, outcome.provider) == ("fallback", True, None)
    assert clock.now - started <= 25.0
    assert only.timeouts[0] == 20.0 and 4.0 < only.timeouts[1] <= 5.0


def test_when_every_provider_fails_the_offline_answer_is_degraded() -> None:
    clock = FakeClock()
    outcome = chain_of(Scripted("a", [rejected]), Scripted("b", [rejected]), clock=clock).reply(
        lambda: PROMPT,
        object(),  # type: ignore[arg-type]
    )
    assert (outcome.text, outcome.source, outcome.degraded) == ("offline answer", "fallback", True)
    assert outcome.usage is None


def test_without_providers_the_prompt_is_never_built_and_nothing_is_degraded() -> None:
    def never() -> ChatPrompt:
        raise AssertionError("built")

    outcome = chain_of(clock=FakeClock()).reply(never, object())  # type: ignore[arg-type]
    assert (outcome.source, outcome.degraded) == ("fallback", False)


def test_an_adapter_bug_costs_the_provider_not_the_turn() -> None:
    @dataclass
    class Broken:
        name: str = "broken"

        def complete(self, prompt: ChatPrompt, *, timeout: float) -> Completion:
            raise KeyError("choices")

    chain = ReplyChain([Broken(), Scripted("b")], Offline(), clock=FakeClock())  # type: ignore[list-item, arg-type]
    outcome = chain.reply(lambda: PROMPT, object())  # type: ignore[arg-type]
    assert (outcome.provider, outcome.degraded) == ("b", True)


def test_complete_serves_model_extraction_and_raises_when_no_model_answers() -> None:
    clock = FakeClock()
    chain = chain_of(Scripted("a", [unavailable()]), clock=clock)
    complete = chain.completer()
    assert complete is not None and complete(PROMPT) == "from a"
    failing = chain_of(Scripted("a", [rejected]), clock=clock)
    with pytest.raises(ProviderUnavailableError):
        failing.complete(PROMPT)
    assert chain_of(clock=clock).completer() is None
