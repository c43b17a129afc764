"""A small API Gateway (HTTP API) emulator: routes from template.yaml, JWT check, payload 2.0
events, and the very same Lambda handlers behind it."""

from __future__ import annotations

import base64
import logging
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from luminora.api.errors import error_body
from luminora.local.handlers import load_handler_module
from luminora.local.sam_template import http_routes, load_sam_template
from luminora.models import UnauthorizedError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from luminora.local.devtokens import DevTokens
    from luminora.local.sam_template import HttpRoute

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GatewayResponse:
    """What the gateway sends back."""

    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(slots=True)
class LocalLambdaContext:
    """The parts of Lambda's context object that Powertools reads."""

    function_name: str
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = "arn:aws:lambda:local:000000000000:function:local"
    function_version: str = "$LATEST"

    def get_remaining_time_in_millis(self) -> int:
        return 29_000


def _route_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    regex = "".join(
        f"(?P<{p[1:-1].rstrip('+')}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts
    )
    return re.compile(f"^{regex}$")


def _json_error(status: int, code: str, message: str, request_id: str) -> GatewayResponse:
    return GatewayResponse(
        status, {"Content-Type": "application/json"}, error_body(code, message, request_id).encode()
    )


class LocalGateway:
    """Routes requests to the handlers that template.yaml names, as API Gateway does."""

    def __init__(self, template_path: Path, tokens: DevTokens) -> None:
        self.root = template_path.parent
        self.tokens = tokens
        self.routes = [
            (r, _route_pattern(r.path)) for r in http_routes(load_sam_template(template_path))
        ]
        # Lambda runs one request at a time per instance, and Powertools' resolver keeps the
        # current event on the app object; one lock per function keeps that true here.
        self._locks: dict[str, threading.Lock] = {
            r.function: threading.Lock() for r, _ in self.routes
        }

    def warm_up(self) -> None:
        """Import every handler now, so the first request is not a cold start."""
        for route, _ in self.routes:
            load_handler_module(self.root, route)

    def match(self, method: str, path: str) -> tuple[HttpRoute, dict[str, str]] | None | bool:
        """The route and path parameters; False when the path exists for another method."""
        path_known = False
        for route, pattern in self.routes:
            found = pattern.match(path)
            if found:
                path_known = True
                if route.method == method:
                    return route, {k: unquote(v) for k, v in found.groupdict().items()}
        return False if path_known else None

    def handle(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        source_ip: str = "127.0.0.1",
    ) -> GatewayResponse:
        """One HTTP request through the gateway."""
        request_id = str(uuid.uuid4())
        raw_path, _, query = target.partition("?")
        found = self.match(method.upper(), raw_path)
        if found is None:
            return _json_error(404, "not_found", "no such route", request_id)
        if found is False:
            return _json_error(405, "method_not_allowed", "method not allowed here", request_id)
        route, path_params = found  # type: ignore[misc]
        lowered = {k.lower(): v for k, v in headers.items()}
        claims = None
        if route.requires_auth:
            try:
                claims = self.tokens.verify(lowered.get("authorization"))
            except UnauthorizedError as exc:
                return _json_error(401, exc.code, exc.message, request_id)
        event = http_api_event(
            route, raw_path, query, lowered, body, path_params, claims, request_id, source_ip
        )
        handler: Callable[[dict[str, Any], Any], dict[str, Any]] = getattr(
            load_handler_module(self.root, route), route.handler.rpartition(".")[2]
        )
        with self._locks[route.function]:
            result = handler(event, LocalLambdaContext(function_name=route.function))
        return _response(result)


def http_api_event(
    route: HttpRoute,
    raw_path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
    path_params: Mapping[str, str],
    claims: Mapping[str, Any] | None,
    request_id: str,
    source_ip: str,
) -> dict[str, Any]:
    """An API Gateway HTTP API payload 2.0 event, as the real gateway builds it."""
    now = datetime.now(UTC)
    try:
        text: str | None = body.decode("utf-8") if body else None
        encoded = False
    except UnicodeDecodeError:
        text, encoded = base64.b64encode(body).decode(), True
    params = dict(parse_qsl(query, keep_blank_values=True))
    context: dict[str, Any] = {
        "accountId": "000000000000",
        "apiId": "local",
        "domainName": headers.get("host", "localhost"),
        "domainPrefix": "local",
        "http": {
            "method": route.method,
            "path": raw_path,
            "protocol": "HTTP/1.1",
            "sourceIp": source_ip,
            "userAgent": headers.get("user-agent", ""),
        },
        "requestId": request_id,
        "routeKey": route.route_key,
        "stage": "$default",
        "time": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
        "timeEpoch": int(time.time() * 1000),
    }
    if claims is not None:
        context["authorizer"] = {
            "jwt": {"claims": {k: str(v) for k, v in claims.items()}, "scopes": None}
        }
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route.route_key,
        "rawPath": raw_path,
        "rawQueryString": query,
        "headers": dict(headers),
        "requestContext": context,
        "isBase64Encoded": encoded,
    }
    if params:
        event["queryStringParameters"] = params
    if path_params:
        event["pathParameters"] = dict(path_params)
    if text is not None:
        event["body"] = text
    return event


def _response(result: Mapping[str, Any]) -> GatewayResponse:
    body = result.get("body") or ""
    raw = base64.b64decode(body) if result.get("isBase64Encoded") else str(body).encode()
    headers = {str(k): str(v) for k, v in (result.get("headers") or {}).items()}
    for key, values in (result.get("multiValueHeaders") or {}).items():
        headers[str(key)] = ", ".join(str(v) for v in values)
    return GatewayResponse(int(result.get("statusCode", 200)), headers, raw)
