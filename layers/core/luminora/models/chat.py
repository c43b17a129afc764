"""The chat turn's request and result, and the per-request provider configuration."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from luminora.models.conversation import Affinity
from luminora.models.facts import LearnedFact
from luminora.models.limits import MAX_MESSAGE_CHARS, PERSONALITY_ID_PATTERN, check_text


class ProviderConfig(BaseModel):
    """A language-model provider: `openai`, `deepseek`, `anthropic`, `gemini`, `bedrock`, ...

    The key is a SecretStr: it prints as '**********' and is never serialized by accident.
    """

    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]{0,31}$")]
    api_key: SecretStr | None = None
    model: Annotated[str | None, Field(max_length=200)] = None
    base_url: Annotated[str | None, Field(max_length=500)] = None


class ChatRequest(BaseModel):
    """Body of `POST /v1/sessions/{session_id}/messages`."""

    model_config = ConfigDict(extra="forbid")

    message: Annotated[str, Field(min_length=1, max_length=MAX_MESSAGE_CHARS)]
    personality: Annotated[str, Field(pattern=PERSONALITY_ID_PATTERN)] = "sakura"
    provider: ProviderConfig | None = None

    @field_validator("message")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("message must contain more than whitespace")
        return check_text(value, "message")


ReplySource = Literal["llm", "fallback"]


class TokenUsage(BaseModel):
    """Tokens the language model reported for a turn's reply."""

    input_tokens: Annotated[int, Field(ge=0)] = 0
    output_tokens: Annotated[int, Field(ge=0)] = 0
    latency_ms: Annotated[float | None, Field(ge=0)] = None
    """Time the providers took for this reply, retries and failovers included."""


class ChatResult(BaseModel):
    """What one chat turn returns (API.md's response shape)."""

    session_id: str
    turn_id: str
    reply: str
    reply_source: ReplySource
    degraded: bool
    provider: str | None
    language: str
    facts_learned: list[LearnedFact]
    affinity: Affinity
    usage: TokenUsage | None = None
    """Tokens the model reported for the reply (None when no model answered)."""
