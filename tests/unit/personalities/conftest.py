"""Fixtures for the personalities tests: the LuminoraCore fixture files and registries."""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any

import pytest
from personality_cases import PERSONALITIES, SCHEMA_FILE, V11_FILE

from luminora.personalities import PersonalityRegistry, load_personality

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from luminora.personalities import Personality


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """The folder of third-party LuminoraCore personality files (skips when absent)."""
    if not PERSONALITIES.is_dir():
        pytest.skip(f"LuminoraCore fixtures not found at {PERSONALITIES} (../shared is absent)")
    return PERSONALITIES


@pytest.fixture(scope="session")
def upstream_schema() -> dict[str, Any]:
    """LuminoraCore's personality.schema.json (draft-07)."""
    if not SCHEMA_FILE.is_file():
        pytest.skip(f"LuminoraCore schema not found at {SCHEMA_FILE} (../shared is absent)")
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


@pytest.fixture(scope="session")
def _fixture_data(fixtures_dir: Path) -> dict[str, dict[str, Any]]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(fixtures_dir.glob("*.json"))
    }


@pytest.fixture
def fixture_data(_fixture_data: dict[str, dict[str, Any]]) -> Callable[[str], dict[str, Any]]:
    """A fresh, mutable copy of one fixture's parsed JSON, by file stem."""

    def get(stem: str) -> dict[str, Any]:
        return copy.deepcopy(_fixture_data[stem])

    return get


@pytest.fixture(scope="session")
def dr_luna_v1_1(fixtures_dir: Path) -> Personality:
    """The v1.1 fixture, with relationship levels."""
    return load_personality(fixtures_dir / f"{V11_FILE}.json").personality


@pytest.fixture(scope="session")
def dr_luna(fixtures_dir: Path) -> Personality:
    """A v1.0 fixture without relationship levels."""
    return load_personality(fixtures_dir / "dr_luna.json").personality


@pytest.fixture
def registry() -> PersonalityRegistry:
    """A registry of the bundled personalities only."""
    return PersonalityRegistry()


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[..., Path]:
    """Write a personality (a mapping, or raw text) to `tmp_path/<name>.json`."""

    def write(name: str, content: dict[str, Any] | str, directory: Path | None = None) -> Path:
        folder = directory or tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.json"
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")
        return path

    return write
