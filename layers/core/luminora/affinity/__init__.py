"""Affinity: the tone of a message → points (bounded per turn) → 0–100 relationship points.

Pure functions, no I/O. The level for a number of points is `luminora.models.level_for`.
"""

from __future__ import annotations

from luminora.affinity.scoring import (
    MAX_DELTA,
    MAX_POINTS,
    MIN_DELTA,
    MIN_POINTS,
    affinity_delta,
    apply_delta,
)

__all__ = [
    "MAX_DELTA",
    "MAX_POINTS",
    "MIN_DELTA",
    "MIN_POINTS",
    "affinity_delta",
    "apply_delta",
]
