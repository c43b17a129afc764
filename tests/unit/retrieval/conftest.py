"""Fixtures for the retrieval tests: a fresh index, closed afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.memory.retrieval import LexicalIndex

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture
def index() -> Iterator[LexicalIndex]:
    """An empty index with the default settings."""
    idx = LexicalIndex()
    yield idx
    idx.close()
