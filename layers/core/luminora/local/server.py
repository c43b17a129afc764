"""The local HTTP server: a threading stdlib server in front of the local gateway.

The playground's page and static files (luminora.local.static) are answered here, before
the gateway; every other path goes through the gateway as API Gateway would route it.
"""

from __future__ import annotations

import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from luminora.api.errors import error_body
from luminora.local.static import is_static_path

if TYPE_CHECKING:
    from luminora.local.gateway import LocalGateway
    from luminora.local.static import StaticSite

logger = logging.getLogger(__name__)

# API Gateway refuses payloads over 10 MB before any function runs; the handlers' own,
# stricter limit (luminora.models.limits.MAX_BODY_BYTES) answers 413 below that.
MAX_REQUEST_BYTES = 10 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    server: LocalHttpServer
    protocol_version = "HTTP/1.1"
    server_version = "luminora-local"

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            if key.lower() not in {"content-length", "connection", "transfer-encoding"}:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: int, code: str, message: str) -> None:
        self._send(
            status, {"Content-Type": "application/json"}, error_body(code, message, None).encode()
        )
        self.close_connection = True

    def _dispatch(self) -> None:
        length_header = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self._refuse(411, "length_required", "send a Content-Length instead of chunked bodies")
            return
        try:
            length = int(length_header or 0)
        except ValueError:
            self._refuse(400, "invalid_input", "Content-Length is not a number")
            return
        if length < 0 or length > MAX_REQUEST_BYTES:
            self._refuse(413, "payload_too_large", "the request is too large")
            return
        body = self.rfile.read(length) if length else b""
        site = self.server.site
        if site is not None and is_static_path(self.path.partition("?")[0]):
            page = site.handle(self.command, self.path, dict(self.headers.items()))
            self._send(page.status, page.headers, page.body)
            return
        response = self.server.gateway.handle(
            self.command,
            self.path,
            dict(self.headers.items()),
            body,
            source_ip=self.client_address[0],
        )
        self._send(response.status, response.headers, response.body)

    def __getattr__(self, name: str) -> Any:
        # Every method (GET, TRACE, QUERY, ...) reaches the gateway, which answers 405 where a
        # route lacks it, as API Gateway does; http.server would send an HTML 501 instead.
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.debug("%s - " + format, self.address_string(), *args)


class LocalHttpServer(ThreadingHTTPServer):
    """Serves the local gateway over HTTP, and the playground when a site is given."""

    daemon_threads = True

    def __init__(
        self,
        gateway: LocalGateway,
        host: str = "127.0.0.1",
        port: int = 3000,
        *,
        site: StaticSite | None = None,
    ) -> None:
        self.gateway = gateway
        self.site = site
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        """The base URL clients should use."""
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{name}:{port}"
