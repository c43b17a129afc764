"""`validate_files` and `format_reports`, behind `luminora personality validate FILE...`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from personality_cases import ALL_FIXTURES, INVALID_TONES

from luminora.personalities import (
    BUNDLED_DIR,
    FileReport,
    format_reports,
    reports_summary,
    validate_files,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


def test_strict_validation_of_the_fixture_folder_matches_the_readme(fixtures_dir: Path) -> None:
    reports = validate_files([fixtures_dir / f"{stem}.json" for stem in ALL_FIXTURES])

    invalid = {r.personality_id for r in reports if not r.valid}
    assert invalid == set(INVALID_TONES)
    assert all(r.mode == "strict" and r.schema_version == "v1.1" for r in reports)


def test_schema_v1_0_also_flags_the_v1_1_file(fixtures_dir: Path) -> None:
    (report,) = validate_files([fixtures_dir / "dr_luna_v1_1.json"], schema="v1.0")

    assert not report.valid
    assert {p.path for p in report.problems} == {
        "$.hierarchical_config", "$.affinity_config", "$.memory_preferences",
    }  # fmt: skip


def test_lenient_validation_accepts_loadable_files_and_keeps_warnings(fixtures_dir: Path) -> None:
    (report,) = validate_files([fixtures_dir / "zero_cool.json"], strict=False)

    assert report.valid
    assert report.mode == "lenient"
    assert report.name == "Zero Cool"
    assert len(report.problems) == 2


def test_unreadable_and_malformed_files_become_problems_not_exceptions(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    broken = write_json("broken", '{"persona": }')

    reports = validate_files([tmp_path / "missing.json", broken, tmp_path])

    assert [r.valid for r in reports] == [False, False, False]
    assert "not found" in reports[0].problems[0].message
    assert reports[1].problems[0].message.startswith("invalid JSON at line 1, column 13")
    assert reports[2].problems[0].code == "file"


def test_format_reports_prints_one_line_per_problem_then_a_summary(fixtures_dir: Path) -> None:
    zero_cool = fixtures_dir / "zero_cool.json"
    reports = validate_files([fixtures_dir / "dr_luna.json", zero_cool])

    lines = format_reports(reports).splitlines()

    assert lines[0].startswith(f"{zero_cool}: $.linguistic_profile.tone[1]: 'rebellious' is not")
    assert lines[1].startswith(f"{zero_cool}: $.linguistic_profile.tone[2]: 'technical' is not")
    assert lines[2] == "2 files checked: 1 valid, 1 invalid, 2 problems"


def test_reports_serialize_to_json_and_back(fixtures_dir: Path) -> None:
    reports = validate_files([fixtures_dir / "alex_digital.json"])

    summary = json.loads(json.dumps(reports_summary(reports)))

    assert summary["files"] == 1
    assert summary["invalid"] == 1
    assert summary["problems"] == 2
    assert FileReport.model_validate(summary["reports"][0]) == reports[0]


def test_bundled_files_validate_clean() -> None:
    reports = validate_files(sorted(BUNDLED_DIR.glob("*.json")))

    assert format_reports(reports) == "3 files checked: 3 valid, 0 invalid, 0 problems"
