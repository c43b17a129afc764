"""Cold import of each handler as a ratio to `python -c "import boto3"`, in one run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

pytestmark = pytest.mark.perf

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 9
BUDGETS = {"chat": 2.0, "facts": 1.5, "affinity": 1.5}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # Lambda imports from compiled bytecode (the layer ships it); measure the same way.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(REPO / "layers" / "core")
    env.update(
        LUMINORA_STORE="dynamodb", TABLE_NAME="bench", AWS_DEFAULT_REGION="us-east-1",
        POWERTOOLS_SERVICE_NAME="luminora", POWERTOOLS_METRICS_NAMESPACE="Luminora",
        PYDANTIC_DISABLE_PLUGINS="__all__",
    )  # fmt: skip
    return env


def _time(code: str, cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=cwd, env=_env(), check=True)
    return time.perf_counter() - started


def _handler_code(function: str) -> str:
    return f"import sys; sys.path.insert(0, {str(REPO / 'functions' / function)!r}); import app"


def test_handler_cold_import_ratio_to_boto3(record_budget: Callable[..., None]) -> None:
    baseline_code = "import boto3"
    codes = {name: _handler_code(name) for name in BUDGETS}
    for code in [baseline_code, *codes.values()]:  # compile bytecode once, like the layer build
        _time(code, REPO)
    samples: dict[str, list[float]] = {"boto3": [], **{name: [] for name in codes}}
    for _ in range(ROUNDS):  # interleaved, so machine noise hits every subject alike
        samples["boto3"].append(_time(baseline_code, REPO))
        for name, code in codes.items():
            samples[name].append(_time(code, REPO))
    baseline = statistics.median(samples["boto3"])
    failures = []
    for name, budget in BUDGETS.items():
        ratio = statistics.median(samples[name]) / baseline
        record_budget(f"cold import of {name} handler / import boto3", ratio, budget, "x")
        if ratio > budget:
            failures.append(f"{name}: {ratio:.2f}x > {budget}x")
    assert not failures, failures
