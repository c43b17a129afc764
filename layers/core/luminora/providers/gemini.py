"""Google Gemini API: `POST {base_url}/models/{model}:generateContent`.

The key travels in the `x-goog-api-key` header, never in the URL (URLs end up in logs).
The system prompt is sent as `systemInstruction`, not dropped or folded into a turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field

from luminora.providers.adapter import HttpChatProvider
from luminora.providers.base import Completion, Usage

if TYPE_CHECKING:
    from pydantic import SecretStr

    from luminora.providers.base import ChatPrompt

__all__ = ["GeminiProvider"]

_ROLE = {"user": "user", "assistant": "model"}


class _Part(BaseModel):
    model_config = ConfigDict(extra="ignore")
    text: str | None = None


class _Content(BaseModel):
    model_config = ConfigDict(extra="ignore")
    parts: list[_Part] = Field(default_factory=list)


class _Candidate(BaseModel):
    model_config = ConfigDict(extra="ignore")
    content: _Content | None = None


class _Usage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    prompt_tokens: int = Field(default=0, ge=0, alias="promptTokenCount")
    output_tokens: int = Field(default=0, ge=0, alias="candidatesTokenCount")


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore")
    candidates: list[_Candidate] = Field(default_factory=list)
    usage: _Usage | None = Field(default=None, alias="usageMetadata")
    model_version: str | None = Field(default=None, alias="modelVersion")


class GeminiProvider(HttpChatProvider):
    """Gemini through `generateContent` (roles `user` and `model`)."""

    def request(
        self, prompt: ChatPrompt, key: SecretStr | None
    ) -> tuple[str, dict[str, str], dict[str, Any]]:
        """The generateContent request: `systemInstruction`, `contents`, `generationConfig`."""
        headers = {"Accept": "application/json"}
        if key is not None:
            headers["x-goog-api-key"] = key.get_secret_value()
        body: dict[str, Any] = {
            "contents": [
                {"role": _ROLE[m.role], "parts": [{"text": m.content}]} for m in prompt.messages
            ],
            "generationConfig": {"maxOutputTokens": self.max_tokens},
        }
        if prompt.system:
            body["systemInstruction"] = {"parts": [{"text": prompt.system}]}
        model = quote(self.model.removeprefix("models/"), safe="")
        return f"{self.base_url}/models/{model}:generateContent", headers, body

    def parse(self, raw: bytes) -> Completion:
        """The first candidate's text parts, joined; `usageMetadata` token counts.

        A blocked prompt comes back without candidates: that is an answer without text.
        """
        answer = self.validate(_Response, raw)
        content = answer.candidates[0].content if answer.candidates else None
        text = "".join(p.text or "" for p in content.parts).strip() if content else ""
        if not text:
            raise self.no_text()
        usage = answer.usage
        return Completion(
            text=text,
            provider=self.name,
            model=answer.model_version or self.model,
            usage=Usage(usage.prompt_tokens, usage.output_tokens) if usage else None,
        )
