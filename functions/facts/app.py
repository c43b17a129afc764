"""Facts Lambda: the user's active facts, user-asserted corrections, forgetting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers

from luminora.api import BEARER, LuminoraApp
from luminora.api.tracing import traced
from luminora.models import Deleted, FactList, FactPutRequest
from luminora.models.limits import FACT_KEY_PATTERN
from luminora.service import Settings, default_services

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext

logger = Logger()
metrics = Metrics()
copy_config_to_registered_loggers(source_logger=logger)
app = LuminoraApp()

FactKey = Annotated[str, Path(pattern=FACT_KEY_PATTERN, max_length=64)]


@app.get("/v1/facts", security=BEARER, tags=["facts"])
def list_facts() -> FactList:
    """The user's active facts."""
    services = default_services()
    return services.account.get_facts(app.principal(services.settings))


@app.put("/v1/facts/<key>", security=BEARER, tags=["facts"])
def put_fact(key: FactKey, body: FactPutRequest) -> FactList:
    """State a fact yourself; it wins over extracted ones. Returns the key's active values."""
    services = default_services()
    return services.account.put_fact(app.principal(services.settings), key, body)


@app.delete("/v1/facts/<key>", security=BEARER, tags=["facts"])
def delete_fact(key: FactKey) -> Deleted:
    """Forget every value of a key, history included."""
    services = default_services()
    return services.account.delete_fact(app.principal(services.settings), key)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@metrics.log_metrics
def handle(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """Entry point for API Gateway (HTTP API, payload 2.0)."""
    return app.resolve(event, context)


lambda_handler = traced(handle, enabled=Settings.from_env().tracing)
