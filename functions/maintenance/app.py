"""Maintenance Lambda (EventBridge schedule): compact old turns into episodes, apply retention."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.metrics import MetricUnit

from luminora.api.tracing import traced
from luminora.service import Settings, default_services

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext

logger = Logger()
metrics = Metrics()
copy_config_to_registered_loggers(source_logger=logger)

# One run stays well inside the function's timeout; the next run continues where it stopped.
MAX_SESSIONS_PER_RUN = 5000


@logger.inject_lambda_context
@metrics.log_metrics
def handle(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """Entry point for the schedule."""
    report = default_services().maintenance.run(max_sessions=MAX_SESSIONS_PER_RUN)
    metrics.add_metric(name="SessionsScanned", unit=MetricUnit.Count, value=report.sessions)
    metrics.add_metric(name="EpisodesWritten", unit=MetricUnit.Count, value=report.episodes_written)
    metrics.add_metric(
        name="MessagesGivenExpiry", unit=MetricUnit.Count, value=report.messages_given_expiry
    )
    metrics.add_metric(name="MessagesPurged", unit=MetricUnit.Count, value=report.messages_purged)
    return asdict(report)


lambda_handler = traced(handle, enabled=Settings.from_env().tracing)
