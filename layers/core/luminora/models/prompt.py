"""What is sent to a language model: a system prompt and a conversation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class PromptMessage:
    """One conversational message sent to a model."""

    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True, slots=True)
class ChatPrompt:
    """A complete request to a model: the system prompt and the conversation."""

    system: str
    messages: tuple[PromptMessage, ...]
