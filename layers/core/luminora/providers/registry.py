"""Provider names: which API each speaks, its default base URL and model.

Any other name speaks the OpenAI-compatible API when it is given a `base_url`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["KNOWN", "ApiKind", "ProviderSpec", "env_prefix", "spec_for"]

ApiKind = Literal["openai", "anthropic", "gemini", "bedrock"]


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    """What a provider name means.

    Attributes:
        kind: the API it speaks.
        base_url: where it is, unless configured otherwise (None: must be configured).
        model: the model used unless configured otherwise (None: must be configured).
        needs_key: whether calls need an API key (local servers and Bedrock do not).
    """

    kind: ApiKind
    base_url: str | None
    model: str | None
    needs_key: bool = True


KNOWN: dict[str, ProviderSpec] = {
    "openai": ProviderSpec("openai", "https://api.openai.com/v1", "gpt-4o-mini"),
    "deepseek": ProviderSpec("openai", "https://api.deepseek.com", "deepseek-chat"),
    "mistral": ProviderSpec("openai", "https://api.mistral.ai/v1", "mistral-small-latest"),
    "groq": ProviderSpec("openai", "https://api.groq.com/openai/v1", "llama-3.1-8b-instant"),
    "openrouter": ProviderSpec("openai", "https://openrouter.ai/api/v1", "openai/gpt-4o-mini"),
    "together": ProviderSpec(
        "openai", "https://api.together.xyz/v1", "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    ),
    "ollama": ProviderSpec("openai", "http://127.0.0.1:11434/v1", "llama3.2", needs_key=False),
    # llama.cpp's server answers with whichever model it loaded, whatever the name says.
    "llamacpp": ProviderSpec("openai", "http://127.0.0.1:8080/v1", "default", needs_key=False),
    "anthropic": ProviderSpec("anthropic", "https://api.anthropic.com", "claude-haiku-4-5"),
    "gemini": ProviderSpec(
        "gemini", "https://generativelanguage.googleapis.com/v1beta", "gemini-2.5-flash"
    ),
    "bedrock": ProviderSpec(
        "bedrock", None, "anthropic.claude-3-haiku-20240307-v1:0", needs_key=False
    ),
}
KNOWN["llama-cpp"] = KNOWN["llamacpp"]


def spec_for(name: str) -> ProviderSpec:
    """The spec of a provider name; an unknown name is OpenAI-compatible with no defaults
    (its `base_url` and `model` must be configured) and may go without a key."""
    return KNOWN.get(name, ProviderSpec("openai", None, None, needs_key=False))


def env_prefix(name: str) -> str:
    """The environment prefix of a provider name: `llama-cpp` -> `LLAMA_CPP`."""
    return name.upper().replace("-", "_")
