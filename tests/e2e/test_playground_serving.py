"""`luminora serve` serves the playground beside the API, over real HTTP."""

from __future__ import annotations

import re
import socket
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from tests.e2e.conftest import RunningServer


def test_the_page_carries_the_printed_dev_token_and_the_api_is_untouched(
    server: RunningServer,
) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as http:
        page = http.get("/")
        found = re.search(r'<meta name="luminora-token" content="([^"]+)">', page.text)
        assert page.status_code == 200 and found
        assert found.group(1) == server.token
        assert "default-src 'none'" in page.headers["content-security-policy"]

        script = http.get("/static/app.js")
        assert script.status_code == 200
        assert script.headers["content-type"].startswith("text/javascript")

        # The API still answers through the gateway, with the page's token
        assert http.get("/v1/health").json()["status"] == "ok"
        facts = http.get("/v1/facts", headers={"Authorization": f"Bearer {found.group(1)}"})
        assert facts.status_code == 200 and facts.json() == {"facts": []}
        assert http.get("/v1/facts").status_code == 401
        assert http.get("/v1/nothing").status_code == 404


def test_traversal_and_foreign_hosts_are_refused_over_http(server: RunningServer) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as http:
        assert http.get("/static/..%2f..%2fcli.py").status_code == 404
        assert http.get("/", headers={"Host": "rebound.example:3000"}).status_code == 403
    # A raw request line, so no client normalizes the dots away
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(
            b"GET /static/../../local/cli.py HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Connection: close\r\n\r\n"
        )
        answer = b""
        while chunk := raw.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 404")
    assert b"def main" not in answer
