"""Relationship levels: deltas clamped, adjustments appended, levels found by name or points."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.models.errors import InvalidInputError
from luminora.personalities import apply_relationship_level, load_personality

if TYPE_CHECKING:
    from luminora.personalities import Personality


def test_level_deltas_are_added_to_the_dials_and_clamped(dr_luna_v1_1: Personality) -> None:
    # Given dr_luna_v1_1's base dials (humor 0.6, empathy 0.8, creativity 0.8, formality 0.4)
    # When the soulmate level adds humor +0.4, empathy +0.2, creativity +0.2, formality -0.3
    eff = apply_relationship_level(dr_luna_v1_1, "soulmate")

    # Then sums above 1 are clamped and untouched dials keep their value
    assert eff.advanced_parameters == {
        "verbosity": 0.9, "formality": 0.1, "humor": 1.0,
        "empathy": 1.0, "creativity": 1.0, "directness": 0.7,
    }  # fmt: skip


def test_stranger_level_shifts_formality_and_verbosity(dr_luna_v1_1: Personality) -> None:
    eff = apply_relationship_level(dr_luna_v1_1, "stranger")

    assert eff.advanced_parameters["formality"] == 0.7
    assert eff.advanced_parameters["verbosity"] == 0.8


def test_level_behavioral_adjustments_are_appended_to_the_rules(dr_luna_v1_1: Personality) -> None:
    eff = apply_relationship_level(dr_luna_v1_1, "friend")

    base = dr_luna_v1_1.behavioral_rules
    assert eff.behavioral_rules[: len(base)] == base
    assert eff.behavioral_rules[len(base) :] == (
        "Share excitement about discoveries together",
        "Use inside jokes about science",
        "Encourage deeper questions",
    )
    assert eff.adjustments == eff.behavioral_rules[len(base) :]
    assert eff.level_name == "friend"
    assert eff.level_description.startswith("Warm and enthusiastic")


@pytest.mark.parametrize(
    ("points", "level"),
    [(0, "stranger"), (20, "stranger"), (21, "acquaintance"), (60, "friend"), (100, "soulmate")],
)
def test_affinity_points_select_the_level_whose_range_contains_them(
    dr_luna_v1_1: Personality, points: int, level: str
) -> None:
    assert apply_relationship_level(dr_luna_v1_1, points).level_name == level


def test_a_standard_level_name_maps_onto_custom_ranges_by_its_midpoint() -> None:
    personality = load_personality(
        {
            "persona": {"name": "Custom"},
            "hierarchical_config": {
                "relationship_levels": [
                    {"name": "newcomer", "affinity_range": [0, 30], "description": "new"},
                    {"name": "regular", "affinity_range": [31, 100], "description": "known"},
                ]
            },
        }
    ).personality

    assert apply_relationship_level(personality, "stranger").level_name == "newcomer"
    assert apply_relationship_level(personality, "friend").level_name == "regular"
    assert apply_relationship_level(personality, "Regular").level_name == "regular"


def test_a_personality_without_levels_is_unchanged(dr_luna: Personality) -> None:
    eff = apply_relationship_level(dr_luna, "soulmate")

    assert eff.level is None
    assert eff.advanced_parameters == dr_luna.advanced_parameters.as_dict()
    assert eff.behavioral_rules == dr_luna.behavioral_rules
    assert eff.tone == dr_luna.linguistic_profile.tone
    assert eff.adjustments == ()


def test_disabled_hierarchical_config_is_not_applied() -> None:
    personality = load_personality(
        {
            "persona": {"name": "Off"},
            "advanced_parameters": {"humor": 0.5},
            "hierarchical_config": {
                "enabled": False,
                "relationship_levels": [
                    {"name": "stranger", "modifiers": {"advanced_parameters": {"humor": 0.3}}}
                ],
            },
        }
    ).personality

    assert apply_relationship_level(personality, "stranger").advanced_parameters == {"humor": 0.5}


def test_a_delta_on_an_unset_dial_starts_from_the_middle() -> None:
    personality = load_personality(
        {
            "persona": {"name": "Sparse"},
            "hierarchical_config": {
                "relationship_levels": [
                    {
                        "name": "friend",
                        "modifiers": {
                            "advanced_parameters": {"humor": 0.2},
                            "linguistic_profile": {"tone_additions": ["cheeky"]},
                            "system_prompt_additions": {"prefix": "Be yourself."},
                        },
                    }
                ]
            },
        }
    ).personality

    eff = apply_relationship_level(personality, "friend")

    assert eff.advanced_parameters == {"humor": 0.7}
    assert eff.tone == ("cheeky",)
    assert eff.prompt_prefix == "Be yourself."


@pytest.mark.parametrize("level", ["bestie", 101, -1, True])
def test_unknown_levels_and_out_of_range_points_are_invalid_input(
    dr_luna_v1_1: Personality, level: str | int
) -> None:
    with pytest.raises(InvalidInputError):
        apply_relationship_level(dr_luna_v1_1, level)


def test_unknown_level_message_lists_the_known_ones(dr_luna_v1_1: Personality) -> None:
    with pytest.raises(InvalidInputError, match="use one of stranger, acquaintance, friend"):
        apply_relationship_level(dr_luna_v1_1, "bestie")
