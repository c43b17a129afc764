"""Shared constants of the personalities tests: fixture locations and the README's table."""

from __future__ import annotations

from pathlib import Path

# /work/shared/fixtures/luminoracore, found relative to this repository.
LUMINORACORE = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures" / "luminoracore"
PERSONALITIES = LUMINORACORE / "personalities"
SCHEMA_FILE = LUMINORACORE / "personality.schema.json"

# The README's table of strict results, made exact: the invalid tone words of each file.
INVALID_TONES: dict[str, dict[int, str]] = {
    "alex_digital": {1: "energetic", 2: "trendy"},
    "lila_charm": {0: "charming", 1: "elegant", 4: "sophisticated"},
    "professor_stern": {1: "authoritative", 2: "rigorous", 3: "intellectual", 4: "precise"},
    "rocky_inspiration": {
        0: "energetic", 1: "motivational", 2: "encouraging", 3: "positive", 4: "uplifting",
    },
    "victoria_sterling": {2: "authoritative", 3: "strategic", 4: "results-focused"},
    "zero_cool": {1: "rebellious", 2: "technical"},
}  # fmt: skip
VALID_V10 = ("captain_hook", "dr_luna", "grandma_hope", "marcus_sarcastic")
V11_FILE = "dr_luna_v1_1"
ALL_FIXTURES = (*VALID_V10, *INVALID_TONES, V11_FILE)
