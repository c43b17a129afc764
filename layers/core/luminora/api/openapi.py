"""The OpenAPI document served at `/v1/openapi.json`.

It is generated from the three Lambdas' resolvers (`luminora openapi --write`, or
`make openapi`) and shipped as package data, so no handler imports another's routes;
`make compare-openapi` and a test fail when it drifts from the code.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

DOCUMENT = "openapi.json"


@functools.cache
def openapi_document() -> dict[str, Any]:
    """The packaged OpenAPI document."""
    text = resources.files("luminora.api").joinpath(DOCUMENT).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document
