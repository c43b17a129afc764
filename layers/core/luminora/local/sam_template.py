"""Read the SAM template: routes, table definition and function environment.

The local server serves the same routes with the same handlers as ``template.yaml``, and
tests build their moto table from the template's own table definition, so neither can drift
from what is deployed. Pure: PyYAML only, no AWS.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "HttpRoute",
    "TemplateError",
    "TemplateNotFoundError",
    "find_template",
    "function_environment",
    "http_routes",
    "load_sam_template",
    "table_properties",
]

TEMPLATE_NAME = "template.yaml"
_TEMPLATE_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
_FUNCTION_TYPE = "AWS::Serverless::Function"
_ROUTE_EVENT_TYPES = frozenset({"HttpApi", "Api"})
_IMPLICIT_HTTP_API = "ServerlessHttpApi"
_IMPLICIT_REST_API = "ServerlessRestApi"

# Short tags whose long form is ``{"Fn::<Name>": value}``.
_FN_TAGS = (
    "Base64",
    "Cidr",
    "Equals",
    "FindInMap",
    "GetAZs",
    "If",
    "ImportValue",
    "Join",
    "Not",
    "And",
    "Or",
    "Select",
    "Split",
    "Sub",
    "Transform",
    "Length",
    "ToJsonString",
)


class TemplateError(ValueError):
    """The template is not shaped as expected (missing resource, wrong type, ...)."""


class TemplateNotFoundError(FileNotFoundError):
    """No ``template.yaml`` was found from the given start directory or the package."""


class _CfnLoader(yaml.SafeLoader):
    """SafeLoader that turns CloudFormation short tags (``!Ref``, ``!Sub``, ...) into long form."""


def _construct_value(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    raise TemplateError(f"unsupported YAML node for {node.tag}")  # pragma: no cover


def _fn_constructor(name: str) -> Any:
    key = f"Fn::{name}"

    def construct(loader: yaml.SafeLoader, node: yaml.Node) -> dict[str, Any]:
        return {key: _construct_value(loader, node)}

    return construct


def _construct_ref(loader: yaml.SafeLoader, node: yaml.Node) -> dict[str, Any]:
    return {"Ref": _construct_value(loader, node)}


def _construct_condition(loader: yaml.SafeLoader, node: yaml.Node) -> dict[str, Any]:
    return {"Condition": _construct_value(loader, node)}


def _construct_getatt(loader: yaml.SafeLoader, node: yaml.Node) -> dict[str, Any]:
    value = _construct_value(loader, node)
    if isinstance(value, str):
        resource, _, attribute = value.partition(".")
        value = [resource, attribute]
    return {"Fn::GetAtt": value}


_CfnLoader.add_constructor("!Ref", _construct_ref)
_CfnLoader.add_constructor("!Condition", _construct_condition)
_CfnLoader.add_constructor("!GetAtt", _construct_getatt)
for _name in _FN_TAGS:
    _CfnLoader.add_constructor(f"!{_name}", _fn_constructor(_name))


@dataclass(frozen=True, slots=True)
class HttpRoute:
    """One API route of the template and the function that serves it."""

    method: str
    """HTTP method, upper case (``GET``, ``POST``, ... or ``ANY``)."""
    path: str
    """Route path with ``{param}`` placeholders, e.g. ``/v1/sessions/{session_id}/messages``."""
    function: str
    """Logical id of the serving function, e.g. ``ChatFunction``."""
    code_uri: str
    """The function's ``CodeUri``, relative to the template, e.g. ``functions/chat/``."""
    handler: str
    """``module.attribute`` inside ``code_uri``, e.g. ``app.lambda_handler``."""
    requires_auth: bool
    """False when the route opts out of the authorizer (``Auth.Authorizer: NONE``)."""

    @property
    def route_key(self) -> str:
        """API Gateway's route key, ``"METHOD /path"``."""
        return f"{self.method} {self.path}"


@dataclass(frozen=True, slots=True)
class FunctionSpec:
    """Where a function's handler lives."""

    function: str
    """Logical id, e.g. ``MemoryWorkerFunction``."""
    code_uri: str
    handler: str


def function_spec(template: dict[str, Any], logical_id: str) -> FunctionSpec:
    """The CodeUri and Handler of one function (Globals.Function filling the gaps)."""
    properties = _resource(template, logical_id, "AWS::Serverless::Function")
    return FunctionSpec(
        function=logical_id,
        code_uri=_function_setting(template, logical_id, properties, "CodeUri"),
        handler=_function_setting(template, logical_id, properties, "Handler"),
    )


def load_sam_template(path: Path) -> dict[str, Any]:
    """Parse a SAM/CloudFormation YAML template, short intrinsic tags included.

    Raises:
        TemplateError: the file is not a YAML mapping.
    """
    with Path(path).open(encoding="utf-8") as stream:
        document = yaml.load(stream, Loader=_CfnLoader)  # noqa: S506 - SafeLoader subclass
    if not isinstance(document, dict):
        raise TemplateError(f"{path} is not a YAML mapping")
    return document


def find_template(start: Path | None = None) -> Path:
    """Find ``template.yaml``: walk up from ``start`` (default: cwd), then from this package.

    ``start`` may also be a template file itself (``*.yaml``/``*.yml``/``*.json``), which is
    returned as is. The package lives at ``layers/core/luminora/local`` in the repository, so
    the second walk reaches the repository root even when the current directory is elsewhere.

    Raises:
        TemplateNotFoundError: neither walk found one.
    """
    if start is not None and Path(start).is_file() and Path(start).suffix in _TEMPLATE_SUFFIXES:
        return Path(start).resolve()
    origins = [Path(start) if start is not None else Path.cwd(), Path(__file__).resolve().parent]
    searched: list[str] = []
    for origin in origins:
        directory = origin.resolve()
        if directory.is_file():
            directory = directory.parent
        for candidate_dir in (directory, *directory.parents):
            candidate = candidate_dir / TEMPLATE_NAME
            if candidate.is_file():
                return candidate
        searched.append(str(directory))
    raise TemplateNotFoundError(
        f"no {TEMPLATE_NAME} found in {' or '.join(searched)} or any parent directory; "
        "run from the repository or pass the template's location"
    )


def _resources(template: dict[str, Any]) -> dict[str, Any]:
    resources = template.get("Resources")
    if not isinstance(resources, dict):
        raise TemplateError("template has no Resources mapping")
    return resources


def _function_globals(template: dict[str, Any]) -> dict[str, Any]:
    section = (template.get("Globals") or {}).get("Function") or {}
    return section if isinstance(section, dict) else {}


def _resource(template: dict[str, Any], logical_id: str, expected_type: str) -> dict[str, Any]:
    resource = _resources(template).get(logical_id)
    if not isinstance(resource, dict):
        raise TemplateError(f"template has no resource {logical_id!r}")
    if resource.get("Type") != expected_type:
        raise TemplateError(f"{logical_id} is a {resource.get('Type')}, not a {expected_type}")
    properties = resource.get("Properties") or {}
    if not isinstance(properties, dict):
        raise TemplateError(f"{logical_id}.Properties is not a mapping")
    return properties


def _function_setting(
    template: dict[str, Any], logical_id: str, properties: dict[str, Any], name: str
) -> str:
    value = properties.get(name, _function_globals(template).get(name))
    if not isinstance(value, str) or not value:
        raise TemplateError(f"{logical_id} has no literal {name} (own or Globals.Function)")
    return value


def _api_default_auth(template: dict[str, Any], api_id: str, event_type: str) -> bool:
    """Whether routes of this API get an authorizer when the event names none."""
    globals_key = "HttpApi" if event_type == "HttpApi" else "Api"
    auth: Any = ((template.get("Globals") or {}).get(globals_key) or {}).get("Auth") or {}
    resource = _resources(template).get(api_id)
    if isinstance(resource, dict):
        auth = (resource.get("Properties") or {}).get("Auth") or auth
    default = auth.get("DefaultAuthorizer") if isinstance(auth, dict) else None
    return bool(default) and default != "NONE"


def _event_api_id(properties: dict[str, Any], event_type: str) -> str:
    api = properties.get("ApiId" if event_type == "HttpApi" else "RestApiId")
    if isinstance(api, dict) and isinstance(api.get("Ref"), str):
        return str(api["Ref"])
    if isinstance(api, str):
        return api
    return _IMPLICIT_HTTP_API if event_type == "HttpApi" else _IMPLICIT_REST_API


def _requires_auth(template: dict[str, Any], properties: dict[str, Any], event_type: str) -> bool:
    auth = properties.get("Auth")
    if isinstance(auth, dict) and "Authorizer" in auth:
        return bool(auth["Authorizer"] != "NONE")
    return _api_default_auth(template, _event_api_id(properties, event_type), event_type)


def http_routes(template: dict[str, Any]) -> list[HttpRoute]:
    """Every API route (``HttpApi``/``Api`` events) of every function, sorted by path, method.

    Handler and CodeUri fall back to ``Globals.Function``. A route requires auth unless its
    event sets ``Auth.Authorizer: NONE`` or its API has no default authorizer.

    Raises:
        TemplateError: a route lacks Path/Method, or its function a literal Handler/CodeUri.
    """
    routes: list[HttpRoute] = []
    for logical_id, resource in _resources(template).items():
        if not isinstance(resource, dict) or resource.get("Type") != _FUNCTION_TYPE:
            continue
        properties = resource.get("Properties") or {}
        events = properties.get("Events") or {}
        api_events = [
            (name, event)
            for name, event in events.items()
            if isinstance(event, dict) and event.get("Type") in _ROUTE_EVENT_TYPES
        ]
        if not api_events:
            continue
        handler = _function_setting(template, logical_id, properties, "Handler")
        code_uri = _function_setting(template, logical_id, properties, "CodeUri")
        for name, event in api_events:
            event_properties = event.get("Properties") or {}
            method, path = event_properties.get("Method"), event_properties.get("Path")
            if not isinstance(method, str) or not isinstance(path, str):
                raise TemplateError(f"{logical_id}.Events.{name} needs a literal Method and Path")
            routes.append(
                HttpRoute(
                    method=method.upper(),
                    path=path,
                    function=logical_id,
                    code_uri=code_uri,
                    handler=handler,
                    requires_auth=_requires_auth(template, event_properties, event["Type"]),
                )
            )
    return sorted(routes, key=lambda route: (route.path, route.method))


def table_properties(template: dict[str, Any], logical_id: str = "MemoryTable") -> dict[str, Any]:
    """The ``Properties`` of a DynamoDB table resource (KeySchema, AttributeDefinitions, ...).

    Raises:
        TemplateError: no such resource, or it is not an ``AWS::DynamoDB::Table``.
    """
    return _resource(template, logical_id, "AWS::DynamoDB::Table")


def function_environment(template: dict[str, Any], logical_id: str) -> dict[str, Any]:
    """A function's environment: ``Globals.Function`` variables overlaid with its own.

    Intrinsic values stay as their long-form dicts (``{"Ref": "MemoryTable"}``).

    Raises:
        TemplateError: no such resource, or it is not an ``AWS::Serverless::Function``.
    """
    properties = _resource(template, logical_id, _FUNCTION_TYPE)
    merged: dict[str, Any] = {}
    for source in (_function_globals(template), properties):
        variables = (source.get("Environment") or {}).get("Variables") or {}
        merged.update(variables)
    return merged
