"""A stand-in OpenAI-compatible server over real HTTP on 127.0.0.1, with scripted failures.

`POST /v1/chat/completions` answers like OpenAI; `script(...)` queues what the next
requests get instead (an error status, malformed JSON, a hang, a trickle, a reset, ...).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Behaviour:
    """What one request gets."""

    kind: str = "ok"
    """ok | status | malformed | empty | hang | silent_body | trickle | reset"""
    text: str = "a reply from the stand-in model"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    delay: float = 0.0
    """Seconds to wait before answering at all."""


def ok(text: str = "a reply from the stand-in model") -> Behaviour:
    return Behaviour("ok", text=text)


def status(code: int, **headers: str) -> Behaviour:
    return Behaviour(
        "status", status=code, headers={k.replace("_", "-"): v for k, v in headers.items()}
    )


@dataclass
class Recorded:
    """A request the stand-in received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    client_port: int


class StandinLLM:
    """The server; `url` is its OpenAI-style base URL (`http://127.0.0.1:PORT/v1`)."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._queue: list[Behaviour] = []
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def script(self, *behaviours: Behaviour) -> None:
        """What the next requests get, in order (then `ok`)."""
        with self._lock:
            self._queue = list(behaviours)

    def next_behaviour(self) -> Behaviour:
        with self._lock:
            return self._queue.pop(0) if self._queue else ok()

    def close(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()


def completion_json(text: str, model: str, prompt_tokens: int) -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-standin",
            "object": "chat.completion",
            "model": model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": text},
                 "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 7,
                      "total_tokens": prompt_tokens + 7},
        }
    ).encode()  # fmt: skip


def _handler_for(standin: StandinLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out at once, like real servers

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            """Quiet."""

        def _send(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw)
            except ValueError:
                body = {}
            standin.requests.append(
                Recorded(self.path, dict(self.headers.items()), body, self.client_address[1])
            )
            if self.path != "/v1/chat/completions":
                self._send(404, b'{"error": {"message": "not found"}}')
                return
            behaviour = standin.next_behaviour()
            standin.stopping.wait(behaviour.delay)
            words = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
            if behaviour.kind == "ok":
                self._send(200, completion_json(behaviour.text, body.get("model", "?"), words))
            elif behaviour.kind == "status":
                self._send(behaviour.status, b'{"error": {"message": "scripted"}}',
                           behaviour.headers)  # fmt: skip
            elif behaviour.kind == "malformed":
                self._send(200, b'{"choices": [ {"message": ')
            elif behaviour.kind == "empty":
                self._send(200, b'{"id": "x", "choices": []}')
            elif behaviour.kind == "hang":
                standin.stopping.wait(behaviour.seconds)
                self.close_connection = True
            elif behaviour.kind in ("silent_body", "trickle"):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b'{"choices": [')
                self.wfile.flush()
                ends = time.monotonic() + behaviour.seconds
                while time.monotonic() < ends and not standin.stopping.is_set():
                    if behaviour.kind == "trickle":
                        try:
                            self.wfile.write(b" ")
                            self.wfile.flush()
                        except OSError:
                            break
                    standin.stopping.wait(0.05)
                self.close_connection = True
            elif behaviour.kind == "reset":
                # SO_LINGER 0: close sends a TCP RST instead of a FIN.
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.close_connection = True
                self.connection.close()

    return Handler
