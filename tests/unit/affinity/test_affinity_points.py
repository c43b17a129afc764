"""Per-turn bounds, clamping to 0–100, and the reference conversation moving affinity up."""

from __future__ import annotations

import pytest

from luminora.affinity import (
    MAX_DELTA,
    MAX_POINTS,
    MIN_DELTA,
    MIN_POINTS,
    affinity_delta,
    apply_delta,
)
from luminora.models import level_for

EXTREMES = [
    ("en", "FUCK YOU YOU STUPID USELESS IDIOT, I HATE YOU 😡😡😡🖕"),
    ("es", "eres un idiota, te odio, vete a la mierda, cállate, inútil"),
    ("en", "thank you so so much!!! you are the best, i love you ❤️❤️❤️😍🥰 xoxo"),
    ("es", "muchísimas gracias, te quiero, eres la mejor, un abrazo enorme 🥰🥰"),
    ("de", "danke danke danke, du bist die Beste, hab dich lieb 💕"),
    ("en", "ok"),
]


@pytest.mark.parametrize(("language", "text"), EXTREMES)
def test_one_turn_moves_affinity_within_the_per_turn_bounds(language: str, text: str) -> None:
    for shared in (0, 5):
        assert MIN_DELTA <= affinity_delta(text, language, facts_shared=shared) <= MAX_DELTA


def test_extreme_hostility_hits_the_lower_bound() -> None:
    assert affinity_delta(EXTREMES[0][1], "en") == MIN_DELTA


def test_extreme_warmth_hits_the_upper_bound() -> None:
    assert affinity_delta(EXTREMES[2][1], "en") == MAX_DELTA


def test_apply_delta_adds_within_range() -> None:
    assert apply_delta(10, 3) == 13
    assert apply_delta(10, -4) == 6


def test_apply_delta_clamps_at_zero() -> None:
    assert apply_delta(3, -10) == MIN_POINTS == 0


def test_apply_delta_clamps_at_one_hundred() -> None:
    assert apply_delta(98, 5) == MAX_POINTS == 100


def test_apply_delta_repairs_out_of_range_points() -> None:
    assert apply_delta(150, 0) == 100
    assert apply_delta(-5, 0) == 0


REFERENCE = {
    "es": ["ire al himalaya que te parece, soy carlos", "como te llamas?", "vaya no lo sabes??"],
    "en": [
        "gonna go to himalaya next month what do you think, i'm carlos",
        "what's your name?",
        "wow you don't know??",
    ],
}


@pytest.mark.parametrize("language", sorted(REFERENCE))
def test_the_reference_conversation_moves_affinity_up(language: str) -> None:
    # Given the first turn shares two facts (name and destination)
    points = 0
    for index, text in enumerate(REFERENCE[language]):
        delta = affinity_delta(text, language, facts_shared=2 if index == 0 else 0)
        assert delta >= 0  # no turn of it is unfriendly
        points = apply_delta(points, delta)
    assert points > 0


def test_a_warm_relationship_climbs_the_levels() -> None:
    points = 0
    for _ in range(10):
        points = apply_delta(points, affinity_delta("muchas gracias, eres un sol", "es"))
    assert level_for(points) in ("friend", "close_friend")


def test_hostility_brings_a_friendship_back_down() -> None:
    points = 50
    for _ in range(3):
        points = apply_delta(points, affinity_delta("eres un idiota, cállate", "es"))
    assert level_for(points) in ("stranger", "acquaintance")
