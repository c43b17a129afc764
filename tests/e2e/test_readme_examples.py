"""The README's runnable Python example runs as written (docs that cannot go stale)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.e2e.conftest import cli_env

FENCE = chr(96) * 3  # three backticks, spelled out so this file is not a fenced block


def python_blocks() -> list[str]:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(FENCE + r"python\n(.*?)" + FENCE, text, flags=re.DOTALL)


def test_the_in_process_example_runs_and_remembers(tmp_path: Path) -> None:
    example = next(block for block in python_blocks() if "asyncio.run(main())" in block)
    script = tmp_path / "example.py"
    script.write_text(example, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=cli_env(),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "fallback" in result.stdout and "Carlos" in result.stdout
    assert (tmp_path / ".luminora" / "luminora.db").exists()
