"""The playground's static handler: the page with its token, files, types, traversal, hosts."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from luminora.local.static import (
    CONTENT_SECURITY_POLICY,
    STATIC_DIR,
    StaticSite,
    is_static_path,
    is_trusted_host,
)

if TYPE_CHECKING:
    from pathlib import Path

LOCAL = {"Host": "127.0.0.1:3000"}


@pytest.fixture
def site() -> StaticSite:
    return StaticSite("header.payload.signature", bound_host="127.0.0.1")


def test_the_page_carries_the_dev_token_and_is_never_cached(site: StaticSite) -> None:
    response = site.handle("GET", "/", LOCAL)
    page = response.body.decode()
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta name="luminora-token" content="header.payload.signature">' in page
    assert "{{LUMINORA_DEV_TOKEN}}" not in page
    assert response.headers["Cache-Control"] == "no-store"


def test_the_token_is_html_escaped_in_the_page() -> None:
    site = StaticSite('"><script>alert(1)</script>')
    page = site.handle("GET", "/index.html", LOCAL).body.decode()
    assert "<script>alert(1)" not in page
    assert "&quot;&gt;&lt;script&gt;" in page


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/static/nope.js", "/static/../x"])
def test_every_answer_has_the_security_headers(site: StaticSite, path: str) -> None:
    headers = site.handle("GET", path, LOCAL).headers
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("app.js", "text/javascript; charset=utf-8"),
        ("api.js", "text/javascript; charset=utf-8"),
        ("app.css", "text/css; charset=utf-8"),
    ],
)
def test_static_files_are_served_with_their_content_type(
    site: StaticSite, name: str, content_type: str
) -> None:
    response = site.handle("GET", f"/static/{name}?v=1", LOCAL)
    assert response.status == 200
    assert response.headers["Content-Type"] == content_type
    assert response.body == (STATIC_DIR / name).read_bytes()


@pytest.mark.parametrize(
    "path",
    [
        "/static/../cli.py",
        "/static/..%2fcli.py",
        "/static/%2e%2e/static.py",
        "/static/%2E%2E%2F%2E%2E%2Fpyproject.toml",
        "/static/..\\cli.py",
        "/static//etc/passwd",
        "/static/sub/app.js",
        "/static/.hidden.js",
        "/static/app.js%00.css",
        "/static/app%2ejs",
        "/static/static.py",
        "/static/",
        "/static/index.html",
        "/static/missing.js",
    ],
)
def test_anything_but_a_plain_packaged_file_is_not_found(site: StaticSite, path: str) -> None:
    response = site.handle("GET", path, LOCAL)
    assert response.status == 404
    assert json.loads(response.body)["error"]["code"] == "not_found"


def test_a_symlink_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    # Given a static folder holding a link to a file outside it
    secret = tmp_path / "secret.js"
    secret.write_text("secret")
    root = tmp_path / "static"
    root.mkdir()
    (root / "evil.js").symlink_to(secret)
    (root / "fine.js").write_text("ok")
    site = StaticSite("t", root=root)
    # Then the link is refused and the plain file is served
    assert site.handle("GET", "/static/evil.js", LOCAL).status == 404
    assert site.handle("GET", "/static/fine.js", LOCAL).body == b"ok"


def test_head_is_answered_without_a_body_by_the_server_and_other_methods_are_refused(
    site: StaticSite,
) -> None:
    assert site.handle("HEAD", "/static/app.css", LOCAL).status == 200
    refused = site.handle("POST", "/", LOCAL)
    assert refused.status == 405
    assert refused.headers["Allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    ("host", "trusted"),
    [
        ("127.0.0.1:3000", True),
        ("localhost:3000", True),
        ("LOCALHOST", True),
        ("[::1]:3000", True),
        ("192.168.1.20:3000", True),
        ("evil.example:3000", False),
        ("127.0.0.1.evil.example", False),
        (":3000", False),
        ("", False),
        (None, False),
    ],
)
def test_only_hosts_safe_from_dns_rebinding_get_the_page(host: str | None, trusted: bool) -> None:
    assert is_trusted_host(host, "127.0.0.1") is trusted


def test_the_page_is_refused_to_a_foreign_host_name(site: StaticSite) -> None:
    response = site.handle("GET", "/", {"Host": "attacker.example:3000"})
    assert response.status == 403
    assert b"header.payload.signature" not in response.body


def test_the_name_the_server_was_bound_to_is_trusted() -> None:
    assert is_trusted_host("devbox.local:3000", "devbox.local")
    assert not is_trusted_host("devbox.local:3000", "127.0.0.1")


@pytest.mark.parametrize(
    ("path", "ours"),
    [("/", True), ("/index.html", True), ("/static/app.js", True), ("/static", False)]
    + [("/staticfoo", False), ("/v1/health", False), ("/v1/facts", False)],
)
def test_only_playground_paths_bypass_the_gateway(path: str, ours: bool) -> None:
    assert is_static_path(path) is ours


def test_the_packaged_page_links_only_its_own_files() -> None:
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    assert "{{LUMINORA_DEV_TOKEN}}" in page
    assert 'src="/static/app.js"' in page and 'href="/static/app.css"' in page
    assert "http://" not in page and "https://" not in page
    assert "style=" not in page and "onclick" not in page  # the CSP forbids inline code
