"""What every language-model adapter implements, and the shapes it exchanges."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from luminora.models.prompt import ChatPrompt, PromptMessage

__all__ = ["ChatPrompt", "Completion", "PromptMessage", "Provider", "ReplyOutcome", "Usage"]


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens a provider reported for one call."""

    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(frozen=True, slots=True)
class Completion:
    """A model's answer."""

    text: str
    provider: str
    model: str | None = None
    usage: Usage | None = None


class Provider(Protocol):
    """A language-model adapter. Raises `luminora.models.ProviderError` on any failure."""

    name: str

    def complete(self, prompt: ChatPrompt, *, timeout: float) -> Completion:
        """Answer the prompt within `timeout` seconds."""
        ...


@dataclass(frozen=True, slots=True)
class ReplyOutcome:
    """Who answered a turn, and how."""

    text: str
    source: Literal["llm", "fallback"]
    degraded: bool
    provider: str | None = None
    usage: Usage | None = None
    latency_ms: float | None = None
    """Time spent on providers for this turn (all attempts), when any was tried."""
