"""The SAM template lints clean and the core layer builds into what Lambda expects."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "template.yaml"
SAM_BUILT_LAYER = REPO / ".aws-sam" / "build" / "CoreLayer"
RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer")
PYC_TAG = "cpython-311"


def _tool(name: str) -> str:
    """The tool next to this interpreter (the venv), else on PATH; skip if neither."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[dev]' / aws-sam-cli)")
    return found


def _run(args: list[str], *, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def _offline_sam_env() -> dict[str, str]:
    """``sam validate --lint`` needs no credentials; keep telemetry off and a region set."""
    env = dict(os.environ)
    env["SAM_CLI_TELEMETRY"] = "0"
    env.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    return env


# ---------------------------------------------------------------- template


def test_cfn_lint_reports_nothing() -> None:
    result = _run([_tool("cfn-lint"), str(TEMPLATE)])

    assert result.returncode == 0, result.stdout + result.stderr


def test_sam_validate_lint_passes_offline() -> None:
    result = _run(
        [_tool("sam"), "validate", "--lint", "--template-file", str(TEMPLATE)],
        env=_offline_sam_env(),
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "is a valid SAM Template" in result.stdout + result.stderr


# ---------------------------------------------------------------- core layer


@pytest.fixture(scope="module")
def layer_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python/`` of the built layer: ``sam build``'s if present, else a fresh make build."""
    if (SAM_BUILT_LAYER / "python").is_dir():
        return SAM_BUILT_LAYER / "python"
    artifacts = tmp_path_factory.mktemp("CoreLayer")
    result = _run(
        [_tool("make"), "-C", str(REPO / "layers" / "core"), "build-CoreLayer",
         f"ARTIFACTS_DIR={artifacts}"]
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return artifacts / "python"


@pytest.mark.slow
def test_layer_ships_the_luminora_package(layer_site: Path) -> None:
    assert (layer_site / "luminora" / "__init__.py").is_file()


@pytest.mark.slow
def test_layer_has_python311_bytecode_for_every_luminora_module(layer_site: Path) -> None:
    sources = sorted((layer_site / "luminora").rglob("*.py"))
    missing = [
        str(source.relative_to(layer_site))
        for source in sources
        if not (source.parent / "__pycache__" / f"{source.stem}.{PYC_TAG}.pyc").is_file()
    ]

    assert sources
    assert missing == []


@pytest.mark.slow
def test_layer_bytecode_does_not_depend_on_source_mtimes(layer_site: Path) -> None:
    # Zip packaging rounds mtimes and /opt is read-only: timestamp-checked .pyc would be
    # recompiled in memory on every cold start. Hash-based, unchecked .pyc are always used.
    pyc = layer_site / "luminora" / "__pycache__" / f"__init__.{PYC_TAG}.pyc"
    flags = int.from_bytes(pyc.read_bytes()[4:8], "little")

    assert flags == 0b01


@pytest.mark.slow
def test_layer_leaves_boto3_and_botocore_to_the_runtime(layer_site: Path) -> None:
    shipped = [
        path.name
        for name in RUNTIME_PROVIDED
        for path in (*layer_site.glob(name), *layer_site.glob(f"{name}-*.dist-info"))
    ]

    assert shipped == []


@pytest.mark.slow
def test_layer_native_extensions_target_lambda_arm64(layer_site: Path) -> None:
    extensions = [path.name for path in layer_site.rglob("*.so")]

    assert extensions, "expected pydantic-core / PyYAML extensions"
    assert all("aarch64" in name for name in extensions), extensions


@pytest.mark.slow
def test_layer_carries_no_test_suites_or_stale_caches(layer_site: Path) -> None:
    bloat = [
        str(path.relative_to(layer_site))
        for path in layer_site.rglob("*")
        if path.is_dir() and path.name in {"tests", ".pytest_cache", ".mypy_cache"}
    ]

    assert bloat == []
