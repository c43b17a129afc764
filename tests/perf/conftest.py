"""Perf suite helpers: budgets from DESIGN.md, reported as ratios measured in one run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPORT = Path(__file__).resolve().parents[2] / ".benchmarks" / "budgets.json"
_results: dict[str, object] = {}


@pytest.fixture
def record_budget() -> object:
    """Record a measured value next to its budget (printed at the end, saved as JSON)."""

    def record(name: str, measured: float, budget: float | None, unit: str = "") -> None:
        _results[name] = {"measured": round(measured, 4), "budget": budget, "unit": unit}

    return record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _results:
        return
    terminalreporter.section("DESIGN.md budgets (this run)")
    for name, entry in _results.items():
        assert isinstance(entry, dict)
        budget = entry["budget"]
        verdict = "   " if budget is None else "ok " if entry["measured"] <= budget else "OVER"
        limit = "(reported)" if budget is None else f"(budget {budget})"
        terminalreporter.write_line(
            f"{verdict} {name:58} {entry['measured']:>10} {entry['unit']:6} {limit}"
        )
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(_results, indent=2))
