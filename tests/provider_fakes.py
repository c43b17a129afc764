"""Test doubles for the provider layer: a fake clock, fake DNS, and scripted HTTP providers.

`FakeWeb` is one `httpx.MockTransport` that plays every provider kind's API and each way
they fail; `FakeBedrock` does the same for Bedrock behind botocore's `before-send` hook
(moto does not implement bedrock-runtime's Converse).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

FAULTS = [
    "timeout",
    "connect_refused",
    "reset",
    "http500",
    "http502",
    "http503",
    "http429_retry_after",
    "http429",
    "http401",
    "malformed_json",
    "empty",
    "hanging_stream",
]
RETRYABLE = {"timeout", "connect_refused", "reset", "http500", "http502", "http503",
             "http429_retry_after", "http429", "hanging_stream"}  # fmt: skip


class FakeClock:
    """Monotonic time that only moves when told (sleeping moves it)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fake_dns(table: dict[str, list[str]]) -> Callable[[str, int], list[str]]:
    """A resolver answering from `table` (unknown hosts: a public address)."""

    def resolve(host: str, port: int) -> list[str]:
        return table.get(host, ["93.184.216.34"])

    return resolve


def ok_body(kind: str, text: str, *, input_tokens: int = 11, output_tokens: int = 5) -> Any:
    """A successful answer in each API's documented shape."""
    if kind == "anthropic":
        return {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-x",
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
        }
    if kind == "gemini":
        return {"candidates": [{"content": {"role": "model", "parts": [{"text": text}]},
                                "finishReason": "STOP"}],
                "usageMetadata": {"promptTokenCount": input_tokens,
                                  "candidatesTokenCount": output_tokens,
                                  "totalTokenCount": input_tokens + output_tokens},
                "modelVersion": "gemini-x"}  # fmt: skip
    if kind == "bedrock":
        return {"output": {"message": {"role": "assistant", "content": [{"text": text}]}},
                "stopReason": "end_turn",
                "usage": {"inputTokens": input_tokens, "outputTokens": output_tokens,
                          "totalTokens": input_tokens + output_tokens},
                "metrics": {"latencyMs": 12}}  # fmt: skip
    return {"id": "chatcmpl-1", "object": "chat.completion", "model": "model-x",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": input_tokens, "completion_tokens": output_tokens,
                      "total_tokens": input_tokens + output_tokens}}  # fmt: skip


def empty_body(kind: str) -> Any:
    """An answer without text: no choices, no content, a blocked prompt."""
    if kind == "anthropic":
        return {"id": "msg_1", "type": "message", "role": "assistant", "content": [],
                "usage": {"input_tokens": 3, "output_tokens": 0}}  # fmt: skip
    if kind == "gemini":
        return {"promptFeedback": {"blockReason": "SAFETY"}}
    if kind == "bedrock":
        return {
            "output": {"message": {"role": "assistant", "content": []}},
            "stopReason": "end_turn",
            "usage": {"inputTokens": 3, "outputTokens": 0},
        }
    return {"id": "chatcmpl-1", "object": "chat.completion", "choices": []}


class _Trickle(httpx.SyncByteStream):
    """A body that never ends: one byte every `interval` seconds of real time."""

    def __init__(self, interval: float, stop: threading.Event) -> None:
        self.interval = interval
        self.stop = stop

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"choices": ['
        while not self.stop.is_set():
            time.sleep(self.interval)
            yield b" "

    def close(self) -> None:
        self.stop.set()


@dataclass
class FakeWeb:
    """A MockTransport handler: each host answers as its API kind, or with its fault."""

    clock: FakeClock
    hosts: dict[str, str] = field(default_factory=dict)
    """host -> kind (openai | anthropic | gemini)."""
    faults: dict[str, str] = field(default_factory=dict)
    """host -> fault name (see FAULTS); absent: answers."""
    replies: dict[str, str] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def calls(self, host: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.host == host]

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        host = request.url.host
        kind = self.hosts.get(host, "openai")
        fault = self.faults.get(host)
        if fault is None:
            text = self.replies.get(host, f"reply from {host}")
            return httpx.Response(200, json=ok_body(kind, text))
        return self._fail(fault, kind, request)

    def _fail(self, fault: str, kind: str, request: httpx.Request) -> httpx.Response:
        if fault == "timeout":
            self.clock.advance(request.extensions["timeout"]["read"])
            raise httpx.ReadTimeout("timed out", request=request)
        if fault == "connect_refused":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        if fault == "reset":
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
        if fault.startswith("http429"):
            headers = {"retry-after": "2"} if fault == "http429_retry_after" else {}
            return httpx.Response(429, headers=headers, json={"error": {"type": "rate_limit"}})
        if fault == "http401":
            # Real providers echo part of a wrong key; it must never travel further.
            auth = request.headers.get("authorization", "")
            return httpx.Response(401, json={"error": {"message": f"Incorrect API key {auth}"}})
        if fault.startswith("http"):
            return httpx.Response(int(fault[4:]), text="<html>upstream trouble</html>")
        if fault == "malformed_json":
            return httpx.Response(200, content=b'{"choices": [{"message": ')
        if fault == "empty":
            return httpx.Response(200, json=empty_body(kind))
        if fault == "hanging_stream":
            return httpx.Response(
                200,
                headers={"content-type": "application/json"},
                stream=_Trickle(0.02, self.stop),
            )
        raise AssertionError(f"unknown fault {fault}")


class _Raw:
    def __init__(self, body: bytes) -> None:
        self.body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self.body


@dataclass
class FakeBedrock:
    """A real boto3 `bedrock-runtime` client whose HTTP calls are answered here."""

    clock: FakeClock
    fault: str | None = None
    reply: str = "reply from bedrock"
    connect_timeout_s: float = 5.0
    requests: list[Any] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    client: Any = None

    def __post_init__(self) -> None:
        import boto3
        from botocore.config import Config

        self.client = boto3.client(
            "bedrock-runtime",
            region_name="us-east-1",
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="fake-secret-for-tests",  # noqa: S106
            config=Config(retries={"total_max_attempts": 1}),
        )
        self.client.meta.events.register("before-send.bedrock-runtime.Converse", self.handle)

    def handle(self, request: Any, **_: Any) -> Any:
        from botocore import exceptions as boto
        from botocore.awsrequest import AWSResponse

        self.requests.append(request)
        url = request.url

        def respond(status: int, body: Any, headers: dict[str, str] | None = None) -> Any:
            raw = body if isinstance(body, bytes) else json.dumps(body).encode()
            return AWSResponse(url, status, headers or {}, _Raw(raw))

        def error(status: int, code: str, **headers: str) -> Any:
            return respond(status, {"message": "scripted"}, {"x-amzn-ErrorType": code, **headers})

        fault = self.fault
        if fault is None:
            return respond(200, ok_body("bedrock", self.reply))
        if fault == "timeout":
            # botocore's own connect timeout (a hang is `hanging_stream`: the call outlives
            # the attempt and the adapter stops waiting for it).
            self.clock.advance(self.connect_timeout_s)
            raise boto.ConnectTimeoutError(endpoint_url=url)
        if fault == "connect_refused":
            raise boto.EndpointConnectionError(endpoint_url=url)
        if fault == "reset":
            raise boto.ConnectionClosedError(endpoint_url=url)
        if fault == "http500":
            return error(500, "InternalServerException")
        if fault == "http502":
            return respond(502, b"<html>bad gateway</html>")
        if fault == "http503":
            return error(503, "ServiceUnavailableException")
        if fault == "http429_retry_after":
            return error(429, "ThrottlingException", **{"retry-after": "2"})
        if fault == "http429":
            return error(429, "ThrottlingException")
        if fault == "http401":
            return error(403, "UnrecognizedClientException")
        if fault == "malformed_json":
            return respond(200, b'{"output": {"message": ')
        if fault == "empty":
            return respond(200, empty_body("bedrock"))
        if fault == "hanging_stream":
            self.stop.wait(10)
            raise boto.ReadTimeoutError(endpoint_url=url)
        raise AssertionError(f"unknown fault {fault}")
