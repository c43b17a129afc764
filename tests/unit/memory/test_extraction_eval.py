"""The labeled cases, run turn by turn through extraction and merging, meet the quality bar."""

from __future__ import annotations

import pytest
from tests.support.score_extraction import (
    DEV_FILE,
    EXTRA_FILE,
    load_cases,
    load_scorer,
    score_cases,
)


def _scores(path):  # type: ignore[no-untyped-def]
    scorer = load_scorer()
    report = score_cases(load_cases(path), scorer)
    return report, report.prf(scorer)


@pytest.mark.skipif(not EXTRA_FILE.exists(), reason="tests/data/facts_extra.jsonl missing")
def test_own_labeled_cases_score_at_least_0_9_f1_without_forbidden_facts() -> None:
    report, (_, _, f1) = _scores(EXTRA_FILE)
    assert report.violations() == 0, "\n".join(report.failures)
    assert f1 >= 0.9, "\n".join(report.failures)
    assert report.empty_clean == report.empty_cases


@pytest.mark.skipif(not DEV_FILE.exists(), reason="the shared dev file is not beside the repo")
def test_shared_dev_cases_score_at_least_0_92_f1_without_forbidden_facts() -> None:
    report, (_, _, f1) = _scores(DEV_FILE)
    assert report.violations() == 0, "\n".join(report.failures)
    assert f1 >= 0.92, "\n".join(report.failures)
    assert report.empty_clean == report.empty_cases
