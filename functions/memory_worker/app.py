"""Memory worker Lambda: new user messages from the table's stream → model extraction, episodes.

Powertools batch processing reports each failed record on its own (partial batch response);
the event source mapping retries, bisects and finally sends what still fails to the DLQ.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)

from luminora.api.tracing import traced
from luminora.service import Settings, default_services
from luminora.service.worker import parse_stream_image

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.data_classes.dynamo_db_stream_event import (
        DynamoDBRecord,
    )
    from aws_lambda_powertools.utilities.typing import LambdaContext

logger = Logger()
metrics = Metrics()
copy_config_to_registered_loggers(source_logger=logger)
processor = BatchProcessor(event_type=EventType.DynamoDBStreams)


def record_handler(record: DynamoDBRecord) -> None:
    """One stream record: a new user message (the event filter lets only those through)."""
    image = record.dynamodb.new_image if record.dynamodb else None
    item = parse_stream_image(image or {})
    outcome = default_services().worker.process(item)
    metrics.add_metric(name="WorkerRecords", unit=MetricUnit.Count, value=1)
    metrics.add_metric(
        name="WorkerFactsChanged", unit=MetricUnit.Count, value=outcome.facts_changed
    )
    metrics.add_metric(name="WorkerEpisodes", unit=MetricUnit.Count, value=outcome.episodes)
    metrics.add_metric(
        name="WorkerModelFailures", unit=MetricUnit.Count, value=int(outcome.model_failed)
    )
    logger.info("record done", extra={"applied": outcome.applied, "episodes": outcome.episodes})


@logger.inject_lambda_context
@metrics.log_metrics
def handle(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """Entry point for the DynamoDB stream event source mapping."""
    response = process_partial_response(
        event=event, record_handler=record_handler, processor=processor, context=context
    )
    failures = len(response.get("batchItemFailures", []))
    metrics.add_metric(name="WorkerFailures", unit=MetricUnit.Count, value=failures)
    return dict(response)


lambda_handler = traced(handle, enabled=Settings.from_env().tracing)
