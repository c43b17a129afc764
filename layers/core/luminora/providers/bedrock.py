"""Amazon Bedrock through the Converse API (boto3, imported when the adapter is built).

Credentials are the function's IAM role; there is no API key. botocore's own retries are
off (the chain retries); each call runs on a worker thread so it ends within the attempt's
time even though botocore's timeouts are fixed per client.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from luminora.models import (
    ProviderConfigError,
    ProviderError,
    ProviderRejectedError,
    ProviderResponseError,
    ProviderTimeoutError,
    ProviderUnavailableError,
)
from luminora.providers.adapter import DEFAULT_MAX_TOKENS
from luminora.providers.base import Completion, Usage
from luminora.providers.retry import parse_retry_after

if TYPE_CHECKING:
    from luminora.providers.base import ChatPrompt

__all__ = ["BedrockProvider"]

RETRYABLE_CODES = frozenset(
    {
        "ThrottlingException",
        "TooManyRequestsException",
        "ServiceUnavailableException",
        "InternalServerException",
        "ModelNotReadyException",
        "ModelTimeoutException",
    }
)


class _Text(BaseModel):
    model_config = ConfigDict(extra="ignore")
    text: str | None = None


class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore")
    content: list[_Text] = Field(default_factory=list)


class _Output(BaseModel):
    model_config = ConfigDict(extra="ignore")
    message: _Message | None = None


class _Usage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    input_tokens: int = Field(default=0, ge=0, alias="inputTokens")
    output_tokens: int = Field(default=0, ge=0, alias="outputTokens")


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore")
    output: _Output
    usage: _Usage | None = None


class BedrockProvider:
    """A Bedrock model through `converse`.

    Args:
        model: the model id (or inference profile id / ARN).
        client: a `bedrock-runtime` client (tests pass one); else one is built with
            `region`, `endpoint_url` and timeouts, and botocore's retries off.
    """

    def __init__(
        self,
        name: str = "bedrock",
        *,
        model: str,
        client: Any = None,
        region: str | None = None,
        endpoint_url: str | None = None,
        attempt_timeout_s: float = 20.0,
        connect_timeout_s: float = 5.0,
        max_tokens: int = DEFAULT_MAX_TOKENS,
    ) -> None:
        self.name = name
        self.model = model
        self.max_tokens = max_tokens
        if client is None:
            import boto3
            from botocore.config import Config

            client = boto3.client(
                "bedrock-runtime",
                region_name=region,
                endpoint_url=endpoint_url,
                config=Config(
                    connect_timeout=connect_timeout_s,
                    read_timeout=attempt_timeout_s,
                    retries={"total_max_attempts": 1, "mode": "standard"},
                ),
            )
        self.client = client
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def request(self, prompt: ChatPrompt) -> dict[str, Any]:
        """The `converse` arguments for `prompt` (system prompt in `system`)."""
        kwargs: dict[str, Any] = {
            "modelId": self.model,
            "messages": [
                {"role": m.role, "content": [{"text": m.content}]} for m in prompt.messages
            ],
            "inferenceConfig": {"maxTokens": self.max_tokens},
        }
        if prompt.system:
            kwargs["system"] = [{"text": prompt.system}]
        return kwargs

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="bedrock")
            return self._executor

    def complete(self, prompt: ChatPrompt, *, timeout: float) -> Completion:
        """One `converse` call, answered within `timeout` seconds.

        Raises:
            ProviderError: typed from botocore's errors and codes.
        """
        from botocore.exceptions import BotoCoreError, ClientError
        from botocore.parsers import ResponseParserError

        future = self._pool().submit(self.client.converse, **self.request(prompt))
        try:
            response = future.result(timeout=timeout)
        except FutureTimeout as exc:
            future.cancel()
            raise ProviderTimeoutError(f"{self.name} timed out", provider=self.name) from exc
        except (ClientError, BotoCoreError, ResponseParserError) as exc:
            raise self._error(exc) from exc
        return self.parse(response)

    def _error(self, exc: Exception) -> ProviderError:
        """botocore's exception as a typed ProviderError."""
        from botocore import exceptions as boto
        from botocore.parsers import ResponseParserError

        if isinstance(exc, boto.ClientError):
            error = exc.response.get("Error", {})
            meta = exc.response.get("ResponseMetadata", {})
            code = str(error.get("Code", ""))
            status = meta.get("HTTPStatusCode")
            cls: type[ProviderError] = (
                ProviderUnavailableError
                if code in RETRYABLE_CODES or (status or 0) >= 500
                else ProviderRejectedError
            )
            return cls(
                f"{self.name} answered {code or 'an error'} (HTTP {status})",
                provider=self.name,
                status=status,
                retry_after=parse_retry_after(meta.get("HTTPHeaders", {}).get("retry-after")),
            )
        if isinstance(exc, boto.ReadTimeoutError | boto.ConnectTimeoutError):
            return ProviderTimeoutError(f"{self.name} timed out", provider=self.name)
        if isinstance(exc, boto.EndpointConnectionError | boto.ConnectionClosedError):
            return ProviderUnavailableError(
                f"{self.name}: connection failed ({type(exc).__name__})", provider=self.name
            )
        if isinstance(exc, boto.NoCredentialsError | boto.NoRegionError):
            return ProviderConfigError(
                f"{self.name}: no AWS credentials or region", provider=self.name
            )
        if isinstance(exc, ResponseParserError):
            return ProviderResponseError(
                f"{self.name}: the answer is not the documented JSON", provider=self.name
            )
        return ProviderUnavailableError(
            f"{self.name}: call failed ({type(exc).__name__})", provider=self.name
        )

    def parse(self, response: Any) -> Completion:
        """`output.message.content[*].text` joined; `usage.inputTokens` / `outputTokens`."""
        try:
            answer = _Response.model_validate(response)
        except ValidationError as exc:
            raise ProviderResponseError(
                f"{self.name}: the answer is not the documented shape", provider=self.name
            ) from exc
        message = answer.output.message
        text = "".join(c.text or "" for c in message.content).strip() if message else ""
        if not text:
            raise ProviderResponseError(f"{self.name}: the answer has no text", provider=self.name)
        usage = answer.usage
        return Completion(
            text=text,
            provider=self.name,
            model=self.model,
            usage=Usage(usage.input_tokens, usage.output_tokens) if usage else None,
        )

    def close(self) -> None:
        """Stop the worker threads (calls in flight finish on their own)."""
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None

    def __repr__(self) -> str:
        return f"BedrockProvider(name={self.name!r}, model={self.model!r})"
