"""Anthropic Messages API: `POST {base_url}/v1/messages`, the system prompt in `system`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from luminora.providers.adapter import HttpChatProvider
from luminora.providers.base import Completion, Usage

if TYPE_CHECKING:
    from pydantic import SecretStr

    from luminora.providers.base import ChatPrompt

__all__ = ["ANTHROPIC_VERSION", "AnthropicProvider"]

ANTHROPIC_VERSION = "2023-06-01"


class _Block(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str
    text: str | None = None


class _Usage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    input_tokens: int = Field(default=0, ge=0)
    output_tokens: int = Field(default=0, ge=0)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore")
    content: list[_Block]
    model: str | None = None
    usage: _Usage | None = None


class AnthropicProvider(HttpChatProvider):
    """Claude through the Messages API (`x-api-key`, `anthropic-version: 2023-06-01`)."""

    def request(
        self, prompt: ChatPrompt, key: SecretStr | None
    ) -> tuple[str, dict[str, str], dict[str, Any]]:
        """The Messages request: `system` at the top, user/assistant turns in `messages`."""
        headers = {"anthropic-version": ANTHROPIC_VERSION, "Accept": "application/json"}
        if key is not None:
            headers["x-api-key"] = key.get_secret_value()
        body: dict[str, Any] = {
            "model": self.model,
            "max_tokens": self.max_tokens,
            "messages": [{"role": m.role, "content": m.content} for m in prompt.messages],
        }
        if prompt.system:
            body["system"] = prompt.system
        return f"{self.base_url}/v1/messages", headers, body

    def parse(self, raw: bytes) -> Completion:
        """The text blocks of `content`, joined; `usage.input_tokens` / `output_tokens`."""
        answer = self.validate(_Response, raw)
        text = "".join(b.text or "" for b in answer.content if b.type == "text").strip()
        if not text:
            raise self.no_text()
        usage = answer.usage
        return Completion(
            text=text,
            provider=self.name,
            model=answer.model or self.model,
            usage=Usage(usage.input_tokens, usage.output_tokens) if usage else None,
        )
