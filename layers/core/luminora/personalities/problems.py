"""Schema problems (where a personality breaks the format, and why) and the errors carrying them.

Pydantic reports errors as `loc` tuples and generic messages ("Input should be ...");
users of `luminora personality validate` need JSON paths and sentences that name the
offending value and what was expected, so every pydantic error goes through `to_problems`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from luminora.models.errors import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from pydantic import ValidationError
    from pydantic_core import ErrorDetails

__all__ = [
    "PersonalityJSONError",
    "PersonalityValidationError",
    "SchemaProblem",
    "json_path",
    "show",
    "to_problems",
]

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_MAX_SHOWN_VALUE = 60
_MAX_PROBLEMS_IN_MESSAGE = 3

# What each pydantic type error expected, in JSON words.
_EXPECTED = {
    "string_type": "a string",
    "float_type": "a number",
    "int_type": "an integer",
    "int_from_float": "an integer",
    "bool_type": "true or false",
    "list_type": "an array",
    "tuple_type": "an array",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}


class SchemaProblem(BaseModel):
    """One place where a personality breaks the format: a JSON path and a readable message."""

    model_config = ConfigDict(frozen=True)

    path: str
    message: str
    code: str = "invalid"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class PersonalityValidationError(InvalidInputError):
    """A personality could not be accepted; `problems` lists every reason (not only the first)."""

    def __init__(self, source: str, problems: Sequence[SchemaProblem]) -> None:
        self.source = source
        self.problems: list[SchemaProblem] = list(problems)
        shown = "; ".join(str(p) for p in self.problems[:_MAX_PROBLEMS_IN_MESSAGE])
        more = len(self.problems) - _MAX_PROBLEMS_IN_MESSAGE
        if more > 0:
            shown += f"; and {more} more"
        count = len(self.problems)
        super().__init__(
            f"personality {source} is not valid ({count} problem{'s' if count != 1 else ''}): "
            f"{shown}",
            details=[p.model_dump() for p in self.problems],
        )


class PersonalityJSONError(PersonalityValidationError):
    """The personality file is not well-formed JSON; `line` and `column` say where (1-based)."""

    def __init__(self, source: str, *, line: int, column: int, reason: str) -> None:
        self.line = line
        self.column = column
        super().__init__(
            source,
            [
                SchemaProblem(
                    path="$",
                    message=f"invalid JSON at line {line}, column {column}: {reason}",
                    code="json",
                )
            ],
        )


def json_path(loc: Iterable[str | int]) -> str:
    """A JSONPath for a pydantic `loc`: `("tone", 2)` → `$.tone[2]`, odd keys as `$['a b']`."""
    out = "$"
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == "[key]":
            # pydantic marks errors in a dict *key* with this pseudo-segment; the path
            # already ends at that key.
            continue
        elif _IDENTIFIER.match(part):
            out += f".{part}"
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out += f"['{escaped}']"
    return out


def show(value: Any) -> str:
    """A short, quoted rendering of an offending value for a message."""
    if isinstance(value, str):
        text = value if len(value) <= _MAX_SHOWN_VALUE else value[: _MAX_SHOWN_VALUE - 1] + "…"
        return repr(text)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def to_problems(
    exc: ValidationError,
    *,
    enums: Mapping[str, Sequence[str]] | None = None,
    hints: Mapping[str, str] | None = None,
) -> list[SchemaProblem]:
    """Turn a pydantic ValidationError into schema problems with JSON paths.

    Args:
        exc: the error raised by a model's validation.
        enums: allowed words by property name, so an enum error can list them.
        hints: extra text for an unknown property, keyed by its JSON path.
    """
    problems: list[SchemaProblem] = []
    seen: set[tuple[str, str]] = set()
    for err in exc.errors(include_url=False):
        path = json_path(err["loc"])
        message, code = _message(err, enums or {})
        if code == "unknown_property" and hints and path in hints:
            message = f"{message} ({hints[path]})"
        if (path, message) not in seen:
            seen.add((path, message))
            problems.append(SchemaProblem(path=path, message=message, code=code))
    return problems


def _message(err: ErrorDetails, enums: Mapping[str, Sequence[str]]) -> tuple[str, str]:
    """A readable sentence and a short code for one pydantic error."""
    kind = err["type"]
    value = err.get("input")
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    names = [p for p in err["loc"] if isinstance(p, str) and p != "[key]"]
    field = names[-1] if names else ""
    if kind == "missing":
        return f"required property {field!r} is missing", "required"
    if kind == "extra_forbidden":
        return f"unknown property {field!r} is not allowed here", "unknown_property"
    if kind == "literal_error":
        allowed = enums.get(field)
        expected = ", ".join(allowed) if allowed else str(ctx.get("expected", ""))
        return f"{show(value)} is not one of {expected}", "enum"
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return "must not be empty", "length"
        return f"{show(value)} is shorter than {ctx.get('min_length')} characters", "length"
    if kind == "string_too_long":
        size = len(value) if isinstance(value, str) else "?"
        return f"is {size} characters long; the maximum is {ctx.get('max_length')}", "length"
    if kind == "string_pattern_mismatch":
        if field == "version":
            return f"{show(value)} is not a semantic version like 1.0.0", "pattern"
        return f"{show(value)} does not match the pattern {ctx.get('pattern')}", "pattern"
    if kind == "too_short":
        least = ctx.get("min_length")
        return f"must have at least {least} item{'s' if least != 1 else ''}", "min_items"
    if kind == "too_long":
        most = ctx.get("max_length")
        return f"must have at most {most} item{'s' if most != 1 else ''}", "max_items"
    if kind in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        return f"{show(value)} is less than the minimum of {bound}", "range"
    if kind in ("less_than_equal", "less_than"):
        bound = ctx.get("le", ctx.get("lt"))
        return f"{show(value)} is greater than the maximum of {bound}", "range"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {show(value)}", "type"
    # Our own PydanticCustomErrors (unique items, date-time, null, level ranges) are
    # already written as sentences; anything else keeps pydantic's wording.
    return err["msg"], kind
