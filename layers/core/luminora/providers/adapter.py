"""What the httpx adapters share: one POST per attempt, strict parsing, a key kept secret."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from luminora.models import ProviderResponseError

if TYPE_CHECKING:
    from pydantic import SecretStr

    from luminora.providers.base import ChatPrompt, Completion
    from luminora.providers.http import ProviderHttp
    from luminora.providers.keys import KeySource

__all__ = ["HttpChatProvider"]

DEFAULT_MAX_TOKENS = 1024
_M = TypeVar("_M", bound=BaseModel)


class HttpChatProvider(ABC):
    """A chat model behind an HTTP API, called through the shared `ProviderHttp`.

    Subclasses say how a prompt becomes a request and how an answer becomes a `Completion`.
    """

    def __init__(
        self,
        name: str,
        *,
        http: ProviderHttp,
        base_url: str,
        model: str,
        key: KeySource,
        max_tokens: int = DEFAULT_MAX_TOKENS,
    ) -> None:
        self.name = name
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.max_tokens = max_tokens
        self._key = key

    def complete(self, prompt: ChatPrompt, *, timeout: float) -> Completion:
        """One call to the model, bounded by `timeout` seconds.

        Raises:
            ProviderError: any failure, typed (see `luminora.providers.http.ProviderHttp`).
        """
        url, headers, body = self.request(prompt, self._key())
        raw = self.http.post_json(self.name, url, headers=headers, body=body, timeout=timeout)
        return self.parse(raw)

    @abstractmethod
    def request(
        self, prompt: ChatPrompt, key: SecretStr | None
    ) -> tuple[str, dict[str, str], dict[str, Any]]:
        """The URL, headers and JSON body that ask the model for `prompt`."""

    @abstractmethod
    def parse(self, raw: bytes) -> Completion:
        """The answer's text, model and usage.

        Raises:
            ProviderResponseError: not the documented shape, or no text in it.
        """

    def validate(self, schema: type[_M], raw: bytes) -> _M:
        """`raw` as `schema`, or a ProviderResponseError (malformed JSON included)."""
        try:
            return schema.model_validate_json(raw)
        except ValidationError as exc:
            raise ProviderResponseError(
                f"{self.name}: the answer is not the documented JSON "
                f"({exc.error_count()} problems)",
                provider=self.name,
            ) from exc

    def no_text(self) -> ProviderResponseError:
        """The error for an answer without text (empty choices, a refusal, a block)."""
        return ProviderResponseError(f"{self.name}: the answer has no text", provider=self.name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, model={self.model!r})"
