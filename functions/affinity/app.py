"""Affinity Lambda: how close the user has grown to a personality."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers

from luminora.api import BEARER, LuminoraApp
from luminora.api.tracing import traced
from luminora.models import Affinity
from luminora.models.limits import PERSONALITY_ID_PATTERN
from luminora.service import Settings, default_services

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext

logger = Logger()
metrics = Metrics()
copy_config_to_registered_loggers(source_logger=logger)
app = LuminoraApp()


@app.get("/v1/affinity/<personality>", security=BEARER, tags=["affinity"])
def get_affinity(
    personality: Annotated[str, Path(pattern=PERSONALITY_ID_PATTERN, max_length=64)],
) -> Affinity:
    """Affinity points and level with one personality."""
    services = default_services()
    return services.account.get_affinity(app.principal(services.settings), personality)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@metrics.log_metrics
def handle(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """Entry point for API Gateway (HTTP API, payload 2.0)."""
    return app.resolve(event, context)


lambda_handler = traced(handle, enabled=Settings.from_env().tracing)
