"""Builds the OpenAPI document from the Lambdas named in template.yaml.

Each function's resolver describes its own routes; this merges them, adds the bearer
scheme and replaces Powertools' default 422 with the error responses the API really sends.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from luminora import __version__
from luminora.local.handlers import load_handler_module
from luminora.local.sam_template import http_routes, load_sam_template
from luminora.models import ErrorBody

if TYPE_CHECKING:
    from pathlib import Path

_ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR_REF}}}


def generate_openapi(template_path: Path) -> dict[str, Any]:
    """The merged OpenAPI 3 document of every HTTP route in the template."""
    from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer

    template = load_sam_template(template_path)
    routes = http_routes(template)
    document: dict[str, Any] = {}
    seen: set[str] = set()
    for route in routes:
        if route.function in seen:
            continue
        seen.add(route.function)
        module = load_handler_module(template_path.parent, route)
        schema = module.app.get_openapi_schema(
            title="Luminora API",
            version=__version__,
            description="Long-term memory for AI personalities: chat, facts, affinity.",
            security_schemes={"bearerAuth": HTTPBearer(bearerFormat="JWT")},
        ).model_dump(mode="json", by_alias=True, exclude_none=True)
        if not document:
            document = schema
            continue
        document["paths"].update(schema.get("paths", {}))
        document.setdefault("components", {}).setdefault("schemas", {}).update(
            schema.get("components", {}).get("schemas", {})
        )
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas.update(
        copy.deepcopy(
            ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")["$defs"]
        )
    )
    schemas["ErrorBody"] = {
        k: v
        for k, v in ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}").items()
        if k != "$defs"
    }
    document["servers"] = [{"url": "/"}]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            responses["400"] = _error("Invalid input")
            responses["404"] = _error("Not found")
            responses["500"] = _error("Unexpected error")
            if operation.get("security"):
                responses["401"] = _error("Missing, invalid or expired token")
            if method in {"post", "put"}:
                responses["413"] = _error("Body too large")
                responses["415"] = _error("Body is not JSON")
            if path.endswith("/messages") and method == "post":
                responses["409"] = _error("The session was too busy")
                responses["429"] = _error("Turn quota exceeded")
    document["paths"] = dict(sorted(document["paths"].items()))
    return document
