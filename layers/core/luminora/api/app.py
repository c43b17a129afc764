"""The Powertools resolver every Lambda starts from: validation, error mapping, body limit."""

from __future__ import annotations

import base64
import binascii
import logging
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.exceptions import NotFoundError as RouteNotFound
from aws_lambda_powertools.event_handler.openapi.exceptions import (
    RequestUnsupportedContentType,
    RequestValidationError,
)

from luminora.api.errors import (
    describe_validation_errors,
    error_body,
    error_headers,
    status_of,
)
from luminora.api.principal import claims_of_event, principal_from_claims
from luminora.models import LuminoraError
from luminora.models.limits import MAX_BODY_BYTES, MAX_JSON_DEPTH

if TYPE_CHECKING:
    from collections.abc import Mapping

    from luminora.models import Principal
    from luminora.service import Settings

logger = logging.getLogger(__name__)


def _refuse_body(event: Mapping[str, Any]) -> dict[str, Any] | None:
    """A ready error response for a body over the limit or not UTF-8, else None.

    This runs before Powertools parses the body, which would otherwise fail on bytes that
    are not UTF-8 and spend time on a body we refuse anyway.
    """
    body = event.get("body")
    if not body:
        return None
    try:
        raw = base64.b64decode(body, validate=True) if event.get("isBase64Encoded") else None
        size = len(raw) if raw is not None else len(str(body).encode("utf-8", "surrogatepass"))
        if size <= MAX_BODY_BYTES and raw is not None:
            raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return _early_error(event, 400, "invalid_input", "the body must be UTF-8 JSON")
    if size > MAX_BODY_BYTES:
        return _early_error(
            event, 413, "payload_too_large", f"the body exceeds {MAX_BODY_BYTES} bytes"
        )
    text = raw.decode("utf-8") if raw is not None else str(body)
    if json_depth(text) > MAX_JSON_DEPTH:
        return _early_error(
            event, 400, "invalid_input", f"the JSON nests deeper than {MAX_JSON_DEPTH} levels"
        )
    return None


def json_depth(text: str) -> int:
    """How deep brackets nest in JSON text (strings skipped), without parsing it.

    The parser recurses per level, so a hostile body of nested brackets would exhaust the
    stack before any validation ran; this linear scan refuses it first.
    """
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _early_error(event: Mapping[str, Any], status: int, code: str, message: str) -> dict[str, Any]:
    request_id = (event.get("requestContext") or {}).get("requestId")
    return {
        "statusCode": status,
        "headers": {"Content-Type": content_types.APPLICATION_JSON},
        "body": error_body(code, message, request_id),
        "isBase64Encoded": False,
    }


# Every authenticated route declares this security requirement in the OpenAPI document.
BEARER: list[dict[str, list[str]]] = [{"bearerAuth": []}]


class LuminoraApp(APIGatewayHttpResolver):
    """An HTTP API resolver with Luminora's error shape and the caller's principal."""

    def __init__(self) -> None:
        super().__init__(enable_validation=True)
        self.exception_handler(LuminoraError)(self._core_error)
        self.exception_handler(RequestValidationError)(self._invalid_request)
        self.exception_handler(RequestUnsupportedContentType)(self._unsupported_media)
        self.exception_handler(RouteNotFound)(self._no_route)
        self.not_found(self._no_route)
        self.exception_handler(Exception)(self._unexpected)

    # -- the caller ----------------------------------------------------------------------

    def principal(self, settings: Settings) -> Principal:
        """The verified caller of the current request."""
        return principal_from_claims(
            claims_of_event(self.current_event.raw_event),
            tenant_claim=settings.tenant_claim,
            default_tenant=settings.default_tenant,
        )

    # -- responses ---------------------------------------------------------------------

    def _request_id(self) -> str | None:
        try:
            return str(self.current_event.request_context.request_id)
        except (AttributeError, KeyError, TypeError):
            return None

    def error(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> Response[str]:
        """An error response in the one documented shape."""
        return Response(
            status_code=status,
            content_type=content_types.APPLICATION_JSON,
            body=error_body(code, message, self._request_id()),
            headers=headers or {},
        )

    def resolve(self, event: Mapping[str, Any], context: Any) -> dict[str, Any]:
        """Refuse oversized or undecodable bodies before any parsing, then route."""
        refusal = _refuse_body(event)
        if refusal is not None:
            return refusal
        return super().resolve(event, context)

    def _core_error(self, exc: LuminoraError) -> Response[str]:
        status = status_of(exc)
        if status >= 500:
            logger.error("request failed", extra={"code": exc.code})
        return self.error(status, exc.code, exc.message, error_headers(exc))

    def _invalid_request(self, exc: RequestValidationError) -> Response[str]:
        return self.error(400, "invalid_input", describe_validation_errors(exc.errors()))

    def _unsupported_media(self, exc: RequestUnsupportedContentType) -> Response[str]:
        return self.error(415, "unsupported_media_type", "send the body as application/json")

    def _no_route(self, exc: Exception) -> Response[str]:
        return self.error(404, "not_found", "no such route")

    def _unexpected(self, exc: Exception) -> Response[str]:
        # The details go to the log (with the stack); the caller gets an id to quote.
        logger.exception("unexpected error")
        return self.error(500, "internal_error", "something went wrong on our side")
