"""Validating personality files for `luminora personality validate FILE...`.

`validate_files` never raises for a bad file: unreadable files, malformed JSON and schema
problems all become problems in that file's report, so one command checks a whole folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from luminora.models.errors import NotFoundError
from luminora.personalities.loader import load_personality, read_source, slugify
from luminora.personalities.problems import PersonalityValidationError, SchemaProblem
from luminora.personalities.schema import SchemaVersion, validate_personality

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["FileReport", "format_reports", "reports_summary", "validate_files"]


class FileReport(BaseModel):
    """The result of validating one file (serializable with `model_dump(mode="json")`)."""

    file: str
    personality_id: str | None = None
    name: str | None = None
    mode: Literal["strict", "lenient"]
    schema_version: SchemaVersion
    valid: bool
    problems: list[SchemaProblem]


def validate_files(
    paths: Sequence[Path], *, strict: bool = True, schema: SchemaVersion = "v1.1"
) -> list[FileReport]:
    """Validate personality files, one report per path, in the given order.

    Args:
        paths: the files to check.
        strict: report every break of the strict format (a file is valid only with no
            problems); False loads leniently (a file is valid when it loads, and its
            problems are warnings).
        schema: "v1.1" (v1.0 plus the known v1.1 blocks) or "v1.0" (upstream's schema alone).
    """
    return [_validate_one(Path(p), strict=strict, schema=schema) for p in paths]


def _validate_one(path: Path, *, strict: bool, schema: SchemaVersion) -> FileReport:
    mode: Literal["strict", "lenient"] = "strict" if strict else "lenient"

    def report(valid: bool, problems: list[SchemaProblem], **who: str | None) -> FileReport:
        return FileReport(
            file=str(path),
            mode=mode,
            schema_version=schema,
            valid=valid,
            problems=problems,
            **who,
        )

    try:
        if not strict:
            loaded = load_personality(path, schema=schema)
            return report(
                True, loaded.warnings, personality_id=loaded.id, name=loaded.personality.name
            )
        data, stem, _ = read_source(path)
    except NotFoundError as exc:
        return report(False, [SchemaProblem(path="$", message=exc.message, code="file")])
    except PersonalityValidationError as exc:
        return report(False, exc.problems, personality_id=path.stem)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        message = f"cannot read the file: {reason}"
        return report(False, [SchemaProblem(path="$", message=message, code="file")])
    problems = validate_personality(data, schema=schema)
    name = _persona_name(data)
    pid = stem if stem is not None else (slugify(name) if name else None)
    return report(not problems, problems, personality_id=pid, name=name)


def _persona_name(data: Any) -> str | None:
    persona = data.get("persona") if isinstance(data, dict) else None
    name = persona.get("name") if isinstance(persona, dict) else None
    return name if isinstance(name, str) and name.strip() else None


def format_reports(reports: Sequence[FileReport]) -> str:
    """Human-readable text: one line per problem (`file: $.path: message`), then a summary."""
    lines = [f"{r.file}: {p.path}: {p.message}" for r in reports for p in r.problems]
    summary = reports_summary(reports)
    files = summary["files"]
    problems = summary["problems"]
    noun = "warning" if reports and reports[0].mode == "lenient" else "problem"
    lines.append(
        f"{files} file{'s' if files != 1 else ''} checked: {summary['valid']} valid, "
        f"{summary['invalid']} invalid, {problems} {noun}{'s' if problems != 1 else ''}"
    )
    return "\n".join(lines)


def reports_summary(reports: Sequence[FileReport]) -> dict[str, Any]:
    """Counts plus every report as plain JSON data (the CLI's `--json` last line)."""
    valid = sum(1 for r in reports if r.valid)
    return {
        "files": len(reports),
        "valid": valid,
        "invalid": len(reports) - valid,
        "problems": sum(len(r.problems) for r in reports),
        "reports": [r.model_dump(mode="json") for r in reports],
    }
