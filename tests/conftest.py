"""Fixtures shared by every suite: paths, the SAM template, moto tables built from it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
TEMPLATE = REPO_ROOT / "template.yaml"
EVENTS = REPO_ROOT / "events"

# Handlers read these the way Lambda sets them; tests never touch a real AWS account.
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "luminora")
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "Luminora")
os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
os.environ.setdefault("POWERTOOLS_DEV", "false")


@pytest.fixture(scope="session")
def sam_template() -> dict[str, Any]:
    """template.yaml, parsed with CloudFormation tags."""
    from luminora.local.sam_template import load_sam_template

    return load_sam_template(TEMPLATE)


@pytest.fixture
def aws_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fake credentials so nothing can reach a real account."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def ddb_table(aws_credentials: None, sam_template: dict[str, Any]) -> Iterator[tuple[Any, str]]:
    """A moto DynamoDB table created from template.yaml's MemoryTable definition."""
    import boto3
    from moto import mock_aws

    from luminora.local.sam_template import table_properties

    props = table_properties(sam_template)
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        name = "luminora-test"
        client.create_table(
            TableName=name,
            KeySchema=props["KeySchema"],
            AttributeDefinitions=props["AttributeDefinitions"],
            BillingMode=props["BillingMode"],
            StreamSpecification={"StreamEnabled": True, **props["StreamSpecification"]},
        )
        client.update_time_to_live(
            TableName=name, TimeToLiveSpecification=props["TimeToLiveSpecification"]
        )
        yield client, name


@pytest.fixture
def api_event() -> Callable[..., dict[str, Any]]:
    """Load an events/ sample and override parts of it (claims, path, body, query)."""

    def make(
        name: str,
        *,
        user: str | None = None,
        tenant: str | None = None,
        body: Any = None,
        path_params: dict[str, str] | None = None,
        query: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        claims: dict[str, Any] | None | bool = True,
    ) -> dict[str, Any]:
        event: dict[str, Any] = json.loads((EVENTS / f"{name}.json").read_text())
        jwt = event.get("requestContext", {}).get("authorizer", {}).get("jwt", {})
        if claims is None or claims is False:
            event["requestContext"].pop("authorizer", None)
        elif isinstance(claims, dict):
            jwt["claims"] = claims
        if user is not None:
            jwt["claims"]["sub"] = user
        if tenant is not None:
            jwt["claims"]["tenant"] = tenant
        if body is not None:
            event["body"] = body if isinstance(body, str) else json.dumps(body)
        if path_params:
            event["pathParameters"] = {**event.get("pathParameters", {}), **path_params}
            raw = event["routeKey"].split(" ", 1)[1]
            for key, value in event["pathParameters"].items():
                raw = raw.replace("{" + key + "}", value)
            event["rawPath"] = raw
            event["requestContext"]["http"]["path"] = raw
        if query is not None:
            event["queryStringParameters"] = query
            event["rawQueryString"] = "&".join(f"{k}={v}" for k, v in query.items())
        if headers:
            event["headers"] = {
                **event.get("headers", {}),
                **{k.lower(): v for k, v in headers.items()},
            }
        return event

    return make


@pytest.fixture
def llm_server() -> Iterator[Any]:
    """A stand-in OpenAI-compatible server on 127.0.0.1 over real HTTP (tests/llm_standin.py)."""
    from tests.llm_standin import StandinLLM

    server = StandinLLM()
    yield server
    server.close()
