"""`luminora eval facts` and `luminora eval locomo` as users run them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tests.conftest import REPO_ROOT, SHARED
from tests.e2e.conftest import cli_env, run_cli

DEV_SET = SHARED / "eval" / "facts_dev.jsonl"
SHARED_SCORER = SHARED / "eval" / "score_facts.py"
LOCOMO = SHARED / "data" / "locomo" / "locomo10.json"


@pytest.mark.skipif(not DEV_SET.exists(), reason="../shared/eval is not beside this checkout")
def test_eval_facts_agrees_with_the_shared_scorer_and_meets_the_targets() -> None:
    ours = run_cli("eval", "facts", str(DEV_SET), "--json")
    assert ours.returncode == 0, ours.stderr
    mine = json.loads(ours.stdout.strip().splitlines()[-1])
    shared = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(DEV_SET)],
        cwd=REPO_ROOT, env=cli_env(), capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    theirs = json.loads(shared.stdout.strip().splitlines()[-1])
    for field in ("cases", "precision", "recall", "f1", "forbid_violations", "errors"):
        assert mine[field] == theirs[field], field
    assert mine["fact_free_cases_clean"] == theirs["fact_free_cases_clean"]
    assert mine["f1"] >= 0.92
    assert mine["forbid_violations"] == 0
    clean, total = mine["fact_free_cases_clean"].split("/")
    assert clean == total
    assert {"lang=es", "lang=en", "skill=correction"} <= set(mine["groups"])


@pytest.mark.skipif(not LOCOMO.exists(), reason="../shared/data/locomo is not beside this checkout")
def test_eval_locomo_reports_recall_per_category_against_the_baseline() -> None:
    result = run_cli("eval", "locomo", "--limit", "1", "--k", "5,10")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "[1/1]" in result.stderr  # progress went to stderr
    ours, base = report["methods"]["ours"]["recall"], report["methods"]["baseline"]["recall"]
    assert set(ours) >= {"multi-hop", "temporal", "single-hop", "adversarial", "overall"}
    assert ours["overall"]["10"] > base["overall"]["10"]


def test_eval_facts_on_a_missing_file_is_a_clear_error() -> None:
    result = run_cli("eval", "facts", "does-not-exist.jsonl")
    assert result.returncode == 2
    assert "no such file" in result.stderr
