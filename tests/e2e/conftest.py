"""`luminora serve` as a real subprocess, talked to over HTTP."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest
from tests.conftest import REPO_ROOT

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

STARTUP_TIMEOUT_S = 30


@dataclass
class RunningServer:
    """A started local server."""

    url: str
    token: str
    db: Path
    process: subprocess.Popen[str]
    output: str = ""
    """Everything the server printed after its banner (read when it stops)."""

    def stop(self) -> None:
        if self.process.poll() is not None and (
            self.process.stdout is None or self.process.stdout.closed
        ):
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.output += self.process.stdout.read()
            self.process.stdout.close()


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT / "layers" / "core"), env.get("PYTHONPATH", "")]
    ).rstrip(os.pathsep)
    for name in list(env):
        if name.startswith(("LUMINORA_", "POWERTOOLS_", "AWS_LAMBDA")) or name == "TABLE_NAME":
            del env[name]
    return env


def run_cli(*args: str, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    """Run `python -m luminora ...` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "luminora", *args],
        cwd=cwd, env=cli_env(), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def start_server(db: Path, *extra: str, env: dict[str, str] | None = None) -> RunningServer:
    """Start `luminora serve` on a free port and wait for its banner (`env`: extra variables)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "luminora", "serve", "--port", "0", "--db", str(db), *extra],
        cwd=REPO_ROOT, env={**cli_env(), **(env or {})}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline and len(lines) < 3:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    found = re.search(r"(http://127\.0\.0\.1:\d+)", lines[0] if lines else "")
    if not found or len(lines) < 3:
        process.kill()
        pytest.fail(
            "luminora serve did not start:\n" + "\n".join(lines) + (process.stdout.read() or "")
        )
    return RunningServer(url=found.group(1), token=lines[2], db=db, process=process)


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[Callable[..., RunningServer]]:
    """Start servers on one database file (extra CLI args allowed); all stop at the end."""
    started: list[RunningServer] = []

    def start(*extra: str, env: dict[str, str] | None = None) -> RunningServer:
        running = start_server(tmp_path / "luminora.db", *extra, env=env)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


@pytest.fixture
def server(server_factory: Callable[..., RunningServer]) -> RunningServer:
    """One running local server."""
    return server_factory()
