"""Loading a personality from a file, JSON text or a mapping, strictly or leniently."""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from luminora.models.errors import NotFoundError
from luminora.personalities.model import Personality
from luminora.personalities.problems import (
    PersonalityJSONError,
    PersonalityValidationError,
    SchemaProblem,
    to_problems,
)
from luminora.personalities.repair import validate_repairing

if TYPE_CHECKING:
    from luminora.personalities.schema import SchemaVersion

__all__ = ["LoadedPersonality", "load_personality", "parse_json", "slugify"]

logger = logging.getLogger(__name__)

# Locations the lenient model cannot do without.
_ESSENTIAL = {(), ("persona",), ("persona", "name")}


@dataclass(frozen=True, slots=True)
class LoadedPersonality:
    """A personality as loaded: its id, the normalized model, and what the strict check found."""

    id: str
    personality: Personality
    warnings: list[SchemaProblem] = field(default_factory=list)


def slugify(text: str) -> str:
    """An id from a display name: "Dr. Luna" → "dr_luna" (ASCII, lower case, underscores)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    return slug or "personality"


def parse_json(text: str, source: str) -> Any:
    """Parse JSON text, reporting a syntax error with its line and column.

    Raises:
        PersonalityJSONError: the text is not well-formed JSON (NaN and Infinity included,
            which Python's json module would otherwise accept).
    """

    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not valid JSON")

    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise PersonalityJSONError(
            source, line=exc.lineno, column=exc.colno, reason=exc.msg
        ) from exc
    except ValueError as exc:  # from refuse_constant: the decoder gives no position
        raise PersonalityJSONError(source, line=1, column=1, reason=str(exc)) from exc


def read_source(source: Path | str | Mapping[str, Any]) -> tuple[Any, str | None, str]:
    """The parsed data, the id implied by a file name (if any), and a label for messages.

    A `str` is JSON text when it starts with "{" or "[", otherwise a file path.
    """
    if isinstance(source, Mapping):
        return source, None, "<mapping>"
    if isinstance(source, str) and source.lstrip()[:1] in ("{", "["):
        return parse_json(source, "<text>"), None, "<text>"
    if not isinstance(source, str | Path):
        raise TypeError(f"a personality source is a path, JSON text or a mapping, not {source!r}")
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8-sig")  # tolerate a BOM from Windows editors
    except FileNotFoundError as exc:
        raise NotFoundError(f"personality file not found: {path}") from exc
    except UnicodeDecodeError as exc:
        raise PersonalityJSONError(
            str(path), line=1, column=1, reason=f"not UTF-8 text ({exc.reason})"
        ) from exc
    return parse_json(text, str(path)), path.stem, str(path)


def load_personality(
    source: Path | str | Mapping[str, Any],
    *,
    strict: bool = False,
    schema: SchemaVersion = "v1.1",
) -> LoadedPersonality:
    """Load a LuminoraCore personality.

    Args:
        source: a file path, JSON text (a string starting with "{"), or a parsed JSON object.
        strict: refuse the personality when it breaks the strict format.
        schema: the strict format: "v1.1" (v1.0 plus the known v1.1 blocks, the default)
            or "v1.0" (upstream's `personality.schema.json` alone).

    Returns:
        The personality with its id (the file stem, or a slug of `persona.name`) and, in
        lenient mode, every strict-format problem as a warning (also logged at WARNING).

    Raises:
        PersonalityJSONError: the file is not well-formed JSON.
        PersonalityValidationError: strict mode and the format is broken, or (either mode)
            the data is not an object with a `persona.name`.
        NotFoundError: the file does not exist.
    """
    from luminora.personalities.schema import validate_personality

    data, stem, label = read_source(source)
    problems = validate_personality(data, schema=schema)
    if strict and problems:
        raise PersonalityValidationError(label, problems)
    personality, repairs = lenient_model(data, label)
    problems.extend(r for r in repairs if not _covered(r.path, problems))
    pid = stem if stem is not None else slugify(personality.persona.name)
    if problems:
        # Paths only: values in the messages come from the file and stay out of logs.
        logger.warning(
            "personality loaded with schema problems",
            extra={
                "personality": pid,
                "problems": len(problems),
                "paths": [p.path for p in problems[:20]],
            },
        )
    return LoadedPersonality(id=pid, personality=personality, warnings=problems)


def lenient_model(data: Any, label: str) -> tuple[Personality, list[SchemaProblem]]:
    """The lenient model of `data`, dropping values it cannot read (reported as problems).

    Raises:
        PersonalityValidationError: not an object, or no usable `persona.name`.
    """
    try:
        personality, dropped = validate_repairing(Personality, data, essential=_ESSENTIAL)
    except ValidationError as exc:
        raise PersonalityValidationError(label, to_problems(exc)) from None
    if dropped is None:
        return personality, []
    return personality, [
        p.model_copy(update={"message": f"ignored: {p.message}"}) for p in to_problems(dropped)
    ]


def _covered(path: str, problems: list[SchemaProblem]) -> bool:
    """True when a problem is already reported at `path` or at one of its parents."""
    return any(path == p.path or path.startswith((f"{p.path}.", f"{p.path}[")) for p in problems)
