"""Our own labeled conversations, run through the public client, meet the quality bar."""

from __future__ import annotations

from pathlib import Path

from luminora.evals.facts import load_cases, run_facts_eval

EXTRA_FILE = Path(__file__).resolve().parents[2] / "data" / "facts_extra.jsonl"


def test_own_labeled_cases_score_at_least_0_9_f1_without_forbidden_facts() -> None:
    report = run_facts_eval(load_cases(EXTRA_FILE))
    summary = report.summary()
    failures = "\n".join(str(f) for f in report.failures)
    assert summary["forbid_violations"] == 0, failures
    assert summary["f1"] >= 0.9, failures
    assert report.fact_free_clean == report.fact_free_cases
    assert {f"lang={lang}" for lang in ("en", "es", "fr", "pt", "de", "it")} <= set(report.groups)
