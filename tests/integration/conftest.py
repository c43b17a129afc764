"""Handlers invoked in-process, exactly as Lambda would, against moto DynamoDB."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from tests.conftest import REPO_ROOT

from luminora.local.gateway import LocalLambdaContext
from luminora.local.handlers import load_handler_module
from luminora.local.sam_template import function_spec
from luminora.service import default_services


@dataclass
class Reply:
    """A handler's response, decoded."""

    status: int
    headers: dict[str, str]
    body: Any
    raw: str


Invoke = Callable[[str, dict[str, Any]], Reply]


@pytest.fixture
def lambda_env(
    ddb_table: tuple[Any, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Any, str]]:
    """The environment template.yaml gives the functions, pointing at the moto table."""
    client, table = ddb_table
    monkeypatch.setenv("LUMINORA_STORE", "dynamodb")
    monkeypatch.setenv("TABLE_NAME", table)
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "luminora-test")
    monkeypatch.setenv("POWERTOOLS_LOG_LEVEL", "INFO")
    default_services.cache_clear()
    yield client, table
    default_services().close()
    default_services.cache_clear()


@pytest.fixture
def invoke(lambda_env: tuple[Any, str], sam_template: dict[str, Any]) -> Invoke:
    """Call a function's `lambda_handler` (by logical id) with an API Gateway event."""

    def call(function: str, event: dict[str, Any]) -> Reply:
        result = run_handler(sam_template, function, event)
        raw = result.get("body") or ""
        try:
            body = json.loads(raw) if raw else None
        except json.JSONDecodeError:
            body = None
        return Reply(result["statusCode"], result.get("headers") or {}, body, raw)

    return call


def run_handler(template: dict[str, Any], function: str, event: dict[str, Any]) -> Any:
    """Import a function's handler from its CodeUri (as Lambda does) and call it."""
    module = load_handler_module(REPO_ROOT, function_spec(template, function))
    return module.lambda_handler(event, LocalLambdaContext(function_name=function))


@pytest.fixture
def handle(lambda_env: tuple[Any, str], sam_template: dict[str, Any]) -> Callable[..., Any]:
    """Call any function's handler (stream, schedule) and return its raw result."""

    def call(function: str, event: dict[str, Any]) -> Any:
        return run_handler(sam_template, function, event)

    return call


@pytest.fixture
def table_items(lambda_env: tuple[Any, str]) -> Callable[[], list[dict[str, Any]]]:
    """Every item in the table (to prove what was, or was not, written)."""
    client, table = lambda_env

    def scan() -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        kwargs: dict[str, Any] = {"TableName": table}
        while True:
            page = client.scan(**kwargs)
            items.extend(page["Items"])
            if "LastEvaluatedKey" not in page:
                return items
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    return scan


@pytest.fixture(params=["dynamodb", "sqlite"])
def any_backend(
    request: pytest.FixtureRequest,
    sam_template: dict[str, Any],
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Invoke, Callable[[], list[str]]]]:
    """The handlers on moto DynamoDB or on a SQLite file, and a scan of everything stored."""
    if request.param == "dynamodb":
        client, table = request.getfixturevalue("lambda_env")

        def scan() -> list[str]:
            items: list[str] = []
            kwargs: dict[str, Any] = {"TableName": table}
            while True:
                page = client.scan(**kwargs)
                items.extend(json.dumps(i, sort_keys=True) for i in page["Items"])
                if "LastEvaluatedKey" not in page:
                    return items
                kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    else:
        import sqlite3

        db = tmp_path / "handlers.db"
        monkeypatch.setenv("LUMINORA_STORE", "sqlite")
        monkeypatch.setenv("LUMINORA_DB", str(db))
        monkeypatch.setenv("POWERTOOLS_LOG_LEVEL", "INFO")
        default_services.cache_clear()

        def scan() -> list[str]:
            with sqlite3.connect(db) as conn:
                tables = [
                    name
                    for (name,) in conn.execute(
                        "SELECT name FROM sqlite_master WHERE type='table'"
                        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'message_terms_%'"
                    )
                ]
                return [
                    json.dumps([table, *row], default=str)
                    for table in tables
                    for row in conn.execute(f"SELECT * FROM {table}")  # noqa: S608 - names from the db
                ]

    def call(function: str, event: dict[str, Any]) -> Reply:
        result = run_handler(sam_template, function, event)
        raw = result.get("body") or ""
        return Reply(result["statusCode"], result.get("headers") or {}, json.loads(raw), raw)

    yield call, scan
    default_services().close()
    default_services.cache_clear()
