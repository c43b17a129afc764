"""Language-model providers, the failover chain and the offline responder."""

from __future__ import annotations

from luminora.providers.base import (
    ChatPrompt,
    Completion,
    PromptMessage,
    Provider,
    ReplyOutcome,
    Usage,
)

__all__ = ["ChatPrompt", "Completion", "PromptMessage", "Provider", "ReplyOutcome", "Usage"]
