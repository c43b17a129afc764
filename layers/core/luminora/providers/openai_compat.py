"""OpenAI-compatible Chat Completions: OpenAI, DeepSeek, Mistral, Groq, OpenRouter,
Together, Ollama, llama.cpp and any service that speaks `POST {base_url}/chat/completions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from luminora.providers.adapter import HttpChatProvider
from luminora.providers.base import Completion, Usage

if TYPE_CHECKING:
    from pydantic import SecretStr

    from luminora.providers.base import ChatPrompt

__all__ = ["OpenAICompatibleProvider"]


class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore")
    content: str | None = None


class _Choice(BaseModel):
    model_config = ConfigDict(extra="ignore")
    message: _Message


class _Usage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore")
    choices: list[_Choice]
    model: str | None = None
    usage: _Usage | None = None


class OpenAICompatibleProvider(HttpChatProvider):
    """`POST {base_url}/chat/completions` with a Bearer key (omitted when there is none).

    The system prompt is the first message, with role `system`.
    """

    def request(
        self, prompt: ChatPrompt, key: SecretStr | None
    ) -> tuple[str, dict[str, str], dict[str, Any]]:
        """The Chat Completions request for `prompt`."""
        messages = [{"role": "system", "content": prompt.system}] if prompt.system else []
        messages += [{"role": m.role, "content": m.content} for m in prompt.messages]
        headers = {"Accept": "application/json"}
        if key is not None:
            headers["Authorization"] = f"Bearer {key.get_secret_value()}"
        body = {
            "model": self.model,
            "messages": messages,
            "max_tokens": self.max_tokens,
            "stream": False,
        }
        return f"{self.base_url}/chat/completions", headers, body

    def parse(self, raw: bytes) -> Completion:
        """`choices[0].message.content`, `usage.prompt_tokens` / `completion_tokens`."""
        answer = self.validate(_Response, raw)
        text = answer.choices[0].message.content if answer.choices else None
        if not text or not text.strip():
            raise self.no_text()
        usage = answer.usage
        return Completion(
            text=text.strip(),
            provider=self.name,
            model=answer.model or self.model,
            usage=Usage(usage.prompt_tokens, usage.completion_tokens) if usage else None,
        )
