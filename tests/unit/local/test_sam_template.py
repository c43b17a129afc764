"""Reading template.yaml: routes, auth, table definition and function environment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from luminora.local import sam_template
from luminora.local.sam_template import (
    HttpRoute,
    TemplateError,
    TemplateNotFoundError,
    find_template,
    function_environment,
    http_routes,
    load_sam_template,
    table_properties,
)

# The HTTP API of API.md, and the function that serves each route.
DOCUMENTED_ROUTES = {
    "POST /v1/sessions/{session_id}/messages": "ChatFunction",
    "GET /v1/sessions": "ChatFunction",
    "GET /v1/sessions/{session_id}/messages": "ChatFunction",
    "DELETE /v1/sessions/{session_id}": "ChatFunction",
    "GET /v1/personalities": "ChatFunction",
    "GET /v1/me/export": "ChatFunction",
    "DELETE /v1/me": "ChatFunction",
    "GET /v1/health": "ChatFunction",
    "GET /v1/openapi.json": "ChatFunction",
    "GET /v1/facts": "FactsFunction",
    "PUT /v1/facts/{key}": "FactsFunction",
    "DELETE /v1/facts/{key}": "FactsFunction",
    "GET /v1/affinity/{personality}": "AffinityFunction",
}
PUBLIC_ROUTES = {"GET /v1/health", "GET /v1/openapi.json"}
CODE_URIS = {
    "ChatFunction": "functions/chat/",
    "FactsFunction": "functions/facts/",
    "AffinityFunction": "functions/affinity/",
}


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_sam_template(find_template(Path(__file__).parent))


@pytest.fixture(scope="module")
def routes(template: dict[str, Any]) -> list[HttpRoute]:
    return http_routes(template)


def _write(directory: Path, text: str) -> Path:
    path = directory / "template.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- routes of the real template


def test_every_documented_route_is_served_exactly_once(routes: list[HttpRoute]) -> None:
    keys = [route.route_key for route in routes]

    assert sorted(keys) == sorted(DOCUMENTED_ROUTES)


def test_each_route_is_served_by_its_function(routes: list[HttpRoute]) -> None:
    served_by = {route.route_key: route.function for route in routes}

    assert served_by == DOCUMENTED_ROUTES


def test_health_and_openapi_are_public(routes: list[HttpRoute]) -> None:
    public = {route.route_key for route in routes if not route.requires_auth}

    assert public == PUBLIC_ROUTES


def test_every_other_route_requires_auth(routes: list[HttpRoute]) -> None:
    protected = {route.route_key for route in routes if route.requires_auth}

    assert protected == set(DOCUMENTED_ROUTES) - PUBLIC_ROUTES


def test_routes_take_handler_from_globals_and_code_uri_from_function(
    routes: list[HttpRoute],
) -> None:
    for route in routes:
        assert route.handler == "app.lambda_handler"
        assert route.code_uri == CODE_URIS[route.function]


def test_route_key_is_method_space_path() -> None:
    route = HttpRoute("GET", "/v1/facts", "FactsFunction", "functions/facts/", "app.h", True)

    assert route.route_key == "GET /v1/facts"


# ---------------------------------------------------------------- table and environment


def test_table_has_string_pk_hash_and_sk_range(template: dict[str, Any]) -> None:
    properties = table_properties(template)

    assert properties["KeySchema"] == [
        {"AttributeName": "PK", "KeyType": "HASH"},
        {"AttributeName": "SK", "KeyType": "RANGE"},
    ]
    assert properties["AttributeDefinitions"] == [
        {"AttributeName": "PK", "AttributeType": "S"},
        {"AttributeName": "SK", "AttributeType": "S"},
    ]


def test_table_streams_new_images_expires_items_and_bills_per_request(
    template: dict[str, Any],
) -> None:
    properties = table_properties(template)

    assert properties["BillingMode"] == "PAY_PER_REQUEST"
    assert properties["StreamSpecification"] == {"StreamViewType": "NEW_IMAGE"}
    assert properties["TimeToLiveSpecification"] == {
        "AttributeName": "expires_at",
        "Enabled": True,
    }


def test_table_properties_turn_into_create_table_kwargs(template: dict[str, Any]) -> None:
    # Given the keys tests pass to moto's create_table
    properties = table_properties(template)
    keys = ("KeySchema", "AttributeDefinitions", "BillingMode", "StreamSpecification")

    # When they are taken as they are
    kwargs = {key: properties[key] for key in keys}

    # Then none holds an unresolved intrinsic
    assert "Ref" not in repr(kwargs)
    assert "Fn::" not in repr(kwargs)


def test_function_environment_merges_globals_and_keeps_intrinsics(
    template: dict[str, Any],
) -> None:
    environment = function_environment(template, "ChatFunction")

    assert environment["LUMINORA_STORE"] == "dynamodb"
    assert environment["TABLE_NAME"] == {"Ref": "MemoryTable"}
    assert environment["POWERTOOLS_SERVICE_NAME"] == "luminora"
    assert environment["POWERTOOLS_METRICS_NAMESPACE"] == "Luminora"
    assert environment["LUMINORA_TENANT_CLAIM"] == {"Ref": "TenantClaim"}
    assert environment["LUMINORA_PROVIDERS"] == {"Ref": "LuminoraProviders"}


def test_every_function_gets_the_same_global_environment(template: dict[str, Any]) -> None:
    environments = [function_environment(template, name) for name in CODE_URIS]

    assert environments[0] == environments[1] == environments[2]


def test_function_variables_override_globals(tmp_path: Path) -> None:
    template = load_sam_template(
        _write(
            tmp_path,
            """
Globals:
  Function:
    Environment:
      Variables: {A: global, B: global}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Environment:
        Variables: {B: own, C: !Ref Thing}
""",
        )
    )

    assert function_environment(template, "Fn") == {
        "A": "global",
        "B": "own",
        "C": {"Ref": "Thing"},
    }


# ---------------------------------------------------------------- loader


def test_short_tags_load_as_long_form(tmp_path: Path) -> None:
    template = load_sam_template(
        _write(
            tmp_path,
            """
Values:
  ref: !Ref Table
  getatt: !GetAtt Table.StreamArn
  getatt_list: !GetAtt [Table, Arn]
  sub: !Sub "${AWS::StackName}-core"
  if: !If [Cond, a, b]
  equals: !Equals [!Ref Env, prod]
  not: !Not [!Condition IsProd]
  and: !And [!Condition A, !Condition B]
  or: !Or [!Condition A, !Condition B]
  select: !Select [0, !GetAZs ""]
  split: !Split [",", "a,b"]
  join: !Join ["", [a, b]]
  findinmap: !FindInMap [Map, Key, Value]
  importvalue: !ImportValue shared-vpc
  base64: !Base64 hello
  cidr: !Cidr ["10.0.0.0/16", 4, 8]
""",
        )
    )

    assert template["Values"] == {
        "ref": {"Ref": "Table"},
        "getatt": {"Fn::GetAtt": ["Table", "StreamArn"]},
        "getatt_list": {"Fn::GetAtt": ["Table", "Arn"]},
        "sub": {"Fn::Sub": "${AWS::StackName}-core"},
        "if": {"Fn::If": ["Cond", "a", "b"]},
        "equals": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
        "not": {"Fn::Not": [{"Condition": "IsProd"}]},
        "and": {"Fn::And": [{"Condition": "A"}, {"Condition": "B"}]},
        "or": {"Fn::Or": [{"Condition": "A"}, {"Condition": "B"}]},
        "select": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
        "split": {"Fn::Split": [",", "a,b"]},
        "join": {"Fn::Join": ["", ["a", "b"]]},
        "findinmap": {"Fn::FindInMap": ["Map", "Key", "Value"]},
        "importvalue": {"Fn::ImportValue": "shared-vpc"},
        "base64": {"Fn::Base64": "hello"},
        "cidr": {"Fn::Cidr": ["10.0.0.0/16", 4, 8]},
    }


def test_loader_stays_safe_against_python_tags(tmp_path: Path) -> None:
    path = _write(tmp_path, "x: !!python/object/apply:os.system ['true']\n")

    with pytest.raises(yaml.constructor.ConstructorError, match="python/object"):
        load_sam_template(path)


def test_non_mapping_document_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="not a YAML mapping"):
        load_sam_template(_write(tmp_path, "- just\n- a list\n"))


# ---------------------------------------------------------------- route rules on small templates


def test_api_without_default_authorizer_leaves_routes_public(tmp_path: Path) -> None:
    template = load_sam_template(
        _write(
            tmp_path,
            """
Resources:
  Api:
    Type: AWS::Serverless::HttpApi
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: main.handler
      Events:
        Get:
          Type: HttpApi
          Properties: {ApiId: !Ref Api, Method: get, Path: /things}
""",
        )
    )

    assert http_routes(template) == [
        HttpRoute("GET", "/things", "Fn", "src/", "main.handler", requires_auth=False)
    ]


def test_non_api_events_are_not_routes(tmp_path: Path) -> None:
    template = load_sam_template(
        _write(
            tmp_path,
            """
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: worker/
      Handler: app.handler
      Events:
        Stream:
          Type: DynamoDB
          Properties: {Stream: !GetAtt Table.StreamArn, StartingPosition: LATEST}
""",
        )
    )

    assert http_routes(template) == []


def test_route_function_without_handler_is_an_error(tmp_path: Path) -> None:
    template = load_sam_template(
        _write(
            tmp_path,
            """
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Events:
        Get: {Type: HttpApi, Properties: {Method: GET, Path: /x}}
""",
        )
    )

    with pytest.raises(TemplateError, match="Handler"):
        http_routes(template)


def test_table_lookup_names_the_missing_resource(template: dict[str, Any]) -> None:
    with pytest.raises(TemplateError, match="NoSuchTable"):
        table_properties(template, "NoSuchTable")


def test_table_lookup_rejects_a_non_table(template: dict[str, Any]) -> None:
    with pytest.raises(TemplateError, match="not a AWS::DynamoDB::Table"):
        table_properties(template, "ChatFunction")


# ---------------------------------------------------------------- find_template


def test_find_template_walks_up_from_a_nested_directory(tmp_path: Path) -> None:
    expected = _write(tmp_path, "Resources: {}\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)

    assert find_template(nested) == expected.resolve()


def test_find_template_returns_a_template_file_it_is_given(tmp_path: Path) -> None:
    other = tmp_path / "other-stack.yaml"
    other.write_text("Resources: {}\n", encoding="utf-8")

    assert find_template(other) == other.resolve()


def test_find_template_falls_back_to_the_package_location(tmp_path: Path) -> None:
    # Given a start directory with no template above it (tmp_path is outside the repository)
    # When searching
    found = find_template(tmp_path)

    # Then the repository's template is found from the package's own location
    assert found == Path(sam_template.__file__).resolve().parents[4] / "template.yaml"


def test_find_template_explains_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the package itself lives outside any repository
    monkeypatch.setattr(sam_template, "__file__", str(tmp_path / "pkg" / "sam_template.py"))
    start = tmp_path / "elsewhere"
    start.mkdir()

    with pytest.raises(TemplateNotFoundError, match="no template.yaml found in .*elsewhere"):
        find_template(start)
