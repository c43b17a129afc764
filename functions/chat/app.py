"""Chat Lambda: chat turns, sessions and history, personalities, privacy, health, OpenAPI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler.openapi.params import Header, Path, Query
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.metrics import MetricUnit

from luminora import __version__
from luminora.api import BEARER, LuminoraApp
from luminora.api.openapi import openapi_document
from luminora.api.tracing import traced
from luminora.models import (
    ChatRequest,
    ChatResult,
    Deleted,
    Health,
    MessagePage,
    PersonalityList,
    SessionList,
    UserExport,
)
from luminora.models.limits import IDEMPOTENCY_KEY_PATTERN, MAX_PAGE_SIZE, SESSION_ID_PATTERN
from luminora.service import Settings, default_services

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext

logger = Logger()
metrics = Metrics()
copy_config_to_registered_loggers(source_logger=logger)
app = LuminoraApp()

SessionId = Annotated[str, Path(pattern=SESSION_ID_PATTERN, max_length=128)]


@app.post("/v1/sessions/<session_id>/messages", security=BEARER, tags=["chat"])
def post_message(
    session_id: SessionId,
    body: ChatRequest,
    idempotency_key: Annotated[
        str | None, Header(alias="Idempotency-Key", pattern=IDEMPOTENCY_KEY_PATTERN)
    ] = None,
) -> ChatResult:
    """One chat turn; creates the session on first use."""
    services = default_services()
    result = services.chat.turn(
        app.principal(services.settings), session_id, body, idempotency_key=idempotency_key
    )
    metrics.add_metric(name="Turns", unit=MetricUnit.Count, value=1)
    metrics.add_metric(
        name="FallbackReplies", unit=MetricUnit.Count, value=int(result.reply_source == "fallback")
    )
    metrics.add_metric(name="FactsLearned", unit=MetricUnit.Count, value=len(result.facts_learned))
    metrics.add_metric(name="DegradedTurns", unit=MetricUnit.Count, value=int(result.degraded))
    if result.usage is not None and result.usage.latency_ms is not None:
        metrics.add_metric(
            name="ProviderLatency", unit=MetricUnit.Milliseconds, value=result.usage.latency_ms
        )
    return result


@app.get("/v1/sessions", security=BEARER, tags=["sessions"])
def list_sessions() -> SessionList:
    """The user's sessions, most recent first."""
    services = default_services()
    return services.account.list_sessions(app.principal(services.settings))


@app.get("/v1/sessions/<session_id>/messages", security=BEARER, tags=["sessions"])
def list_messages(
    session_id: SessionId,
    limit: Annotated[int | None, Query(ge=1, le=MAX_PAGE_SIZE)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> MessagePage:
    """A session's history, oldest first, paginated."""
    services = default_services()
    return services.account.list_messages(
        app.principal(services.settings), session_id, limit=limit, cursor=cursor
    )


@app.delete("/v1/sessions/<session_id>", security=BEARER, tags=["sessions"])
def delete_session(session_id: SessionId) -> Deleted:
    """Delete a session and its messages."""
    services = default_services()
    return services.account.delete_session(app.principal(services.settings), session_id)


@app.get("/v1/personalities", security=BEARER, tags=["personalities"])
def list_personalities() -> PersonalityList:
    """The personalities this deployment offers."""
    services = default_services()
    app.principal(services.settings)
    return PersonalityList(personalities=services.personalities.infos())


@app.get("/v1/me/export", security=BEARER, tags=["privacy"])
def export_me() -> UserExport:
    """Everything stored about the caller."""
    services = default_services()
    return services.account.export(app.principal(services.settings))


@app.delete("/v1/me", security=BEARER, tags=["privacy"])
def erase_me() -> Deleted:
    """Erase everything stored about the caller."""
    services = default_services()
    return services.account.erase(app.principal(services.settings))


@app.get("/v1/health", tags=["meta"])
def health() -> Health:
    """Liveness; no authentication."""
    return Health(status="ok", version=__version__)


@app.get("/v1/openapi.json", tags=["meta"])
def openapi() -> dict[str, Any]:
    """The OpenAPI 3 description of every route; no authentication."""
    return openapi_document()


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@metrics.log_metrics
def handle(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """Entry point for API Gateway (HTTP API, payload 2.0)."""
    return app.resolve(event, context)


lambda_handler = traced(handle, enabled=Settings.from_env().tracing)
