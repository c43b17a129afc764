"""The playground's static files, served by the local server only (never by a Lambda).

`GET /` is the page with the dev token in a `<meta>` tag; `GET /static/<file>` is one file
of the package's `static/` folder. Anything else is not ours: the caller hands it to the
gateway. Paths are matched against a strict file-name pattern before any file is opened,
so `..`, encoded slashes and hidden files never reach the file system.
"""

from __future__ import annotations

import html
import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from luminora.api.errors import error_body

if TYPE_CHECKING:
    from collections.abc import Mapping

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_PREFIX = "/static/"
PAGE_PATHS = frozenset({"/", "/index.html"})
TOKEN_PLACEHOLDER = "{{LUMINORA_DEV_TOKEN}}"  # noqa: S105 - a marker, not a secret

CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
}
# One plain file name with a known extension: no folders, no dots in front, no escapes.
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.(?:html|css|js)$")

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@dataclass(frozen=True, slots=True)
class StaticResponse:
    """A response for a playground path."""

    status: int
    headers: dict[str, str]
    body: bytes


def is_static_path(path: str) -> bool:
    """True for the paths the playground owns (`/`, `/index.html`, `/static/...`)."""
    return path in PAGE_PATHS or path.startswith(STATIC_PREFIX)


def _error(
    status: int, code: str, message: str, extra: Mapping[str, str] | None = None
) -> StaticResponse:
    headers = {"Content-Type": "application/json", **SECURITY_HEADERS, **(extra or {})}
    return StaticResponse(status, headers, error_body(code, message, None).encode())


def _host_name(host_header: str) -> str:
    """The name part of a Host header (`[::1]:3000` -> `::1`, `localhost:3000` -> `localhost`)."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def is_trusted_host(host_header: str | None, bound_host: str) -> bool:
    """Whether a page carrying the dev token may be served for this Host header.

    A browser only sends a domain name here when it resolved one; a hostile page that
    re-points its own domain at 127.0.0.1 (DNS rebinding) would otherwise read the token.
    IP literals, `localhost` and the name the server was bound to are safe.
    """
    if not host_header:
        return False
    name = _host_name(host_header)
    if name == "localhost" or (bound_host and name == bound_host.lower()):
        return True
    if not name:
        return False
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class StaticSite:
    """The playground: its page (with the dev token) and its static files."""

    def __init__(self, dev_token: str, *, root: Path = STATIC_DIR, bound_host: str = "") -> None:
        self.root = root.resolve()
        self.bound_host = bound_host
        self._token = dev_token

    def handle(self, method: str, target: str, headers: Mapping[str, str]) -> StaticResponse:
        """Answer a request for a playground path (`is_static_path` is true for it)."""
        path = target.partition("?")[0].partition("#")[0]
        if method not in {"GET", "HEAD"}:
            return _error(
                405, "method_not_allowed", "method not allowed here", {"Allow": "GET, HEAD"}
            )
        if path in PAGE_PATHS:
            return self._page(headers)
        return self._file(path.removeprefix(STATIC_PREFIX))

    def _page(self, headers: Mapping[str, str]) -> StaticResponse:
        host = next((v for k, v in headers.items() if k.lower() == "host"), None)
        if not is_trusted_host(host, self.bound_host):
            return _error(
                403,
                "forbidden",
                "the playground is served to http://127.0.0.1 or http://localhost only",
            )
        try:
            template = (self.root / "index.html").read_text(encoding="utf-8")
        except FileNotFoundError:
            return _error(404, "not_found", "the playground is not installed")
        page = template.replace(TOKEN_PLACEHOLDER, html.escape(self._token, quote=True))
        return StaticResponse(
            200,
            {
                "Content-Type": CONTENT_TYPES[".html"],
                # The page carries a token: never cache it.
                "Cache-Control": "no-store",
                **SECURITY_HEADERS,
            },
            page.encode("utf-8"),
        )

    def _file(self, name: str) -> StaticResponse:
        decoded = unquote(name)
        if decoded != name or not _FILE_NAME.match(name) or name == "index.html":
            return _error(404, "not_found", "no such file")
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            return _error(404, "not_found", "no such file")
        return StaticResponse(
            200,
            {
                "Content-Type": CONTENT_TYPES[path.suffix],
                "Cache-Control": "no-cache",
                **SECURITY_HEADERS,
            },
            path.read_bytes(),
        )
