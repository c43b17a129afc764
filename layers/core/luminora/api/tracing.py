"""X-Ray tracing for handlers, only when the deployment turns it on.

Powertools' Tracer imports the X-Ray SDK, which costs cold-start time; with tracing off
(the default) nothing of it is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

Handler = TypeVar("Handler", bound="Callable[..., Any]")


def traced(handler: Handler, *, enabled: bool) -> Handler:
    """The handler wrapped by Powertools' Tracer when `enabled`, else unchanged."""
    if not enabled:
        return handler
    from aws_lambda_powertools import Tracer

    wrapped: Handler = Tracer().capture_lambda_handler(capture_response=False)(handler)
    return wrapped
