"""Strict validation: how the v1.1 blocks are treated, and the wording of problems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from luminora.personalities import validate_personality

if TYPE_CHECKING:
    from collections.abc import Callable

Data = dict[str, Any]


def messages(data: Any, schema: str = "v1.1") -> dict[str, str]:
    return {p.path: p.message for p in validate_personality(data, schema=schema)}  # type: ignore[arg-type]


def levels_of(data: Data) -> list[Data]:
    levels: list[Data] = data["hierarchical_config"]["relationship_levels"]
    return levels


def test_strict_v1_1_reports_an_unknown_top_level_property(
    fixture_data: Callable[[str], Data],
) -> None:
    data = fixture_data("dr_luna_v1_1")
    data["mood_config"] = {"enabled": True}

    assert messages(data) == {"$.mood_config": "unknown property 'mood_config' is not allowed here"}


def test_unknown_schema_version_is_refused(fixture_data: Callable[[str], Data]) -> None:
    with pytest.raises(ValueError, match="unknown schema"):
        validate_personality(fixture_data("dr_luna"), schema="v2")  # type: ignore[arg-type]


def test_v1_1_blocks_are_validated_by_their_own_models(fixture_data: Callable[[str], Data]) -> None:
    data = fixture_data("dr_luna_v1_1")
    levels_of(data)[0]["modifiers"]["advanced_parameters"]["formality"] = 1.5
    levels_of(data)[1]["modifiers"]["advanced_parameters"]["charm"] = 0.1
    levels_of(data)[2]["affinity_range"] = [41]
    levels_of(data)[3]["modifiers"]["behavioral_adjustments"] = "Brainstorm"
    del levels_of(data)[4]["description"]
    data["affinity_config"]["interaction_types"]["positive"] = 500
    data["memory_preferences"]["importance_threshold"] = 11
    data["memory_preferences"]["remember_topics"] = "yes"

    found = messages(data)

    level = "$.hierarchical_config.relationship_levels"
    assert set(found) == {
        f"{level}[0].modifiers.advanced_parameters.formality",
        f"{level}[1].modifiers.advanced_parameters.charm",
        f"{level}[2].affinity_range",
        f"{level}[3].modifiers.behavioral_adjustments",
        f"{level}[4].description",
        "$.affinity_config.interaction_types.positive",
        "$.memory_preferences.importance_threshold",
        "$.memory_preferences.remember_topics",
    }
    assert found[f"{level}[0].modifiers.advanced_parameters.formality"] == (
        "1.5 is greater than the maximum of 1.0"
    )
    assert found[f"{level}[2].affinity_range"] == "must have at least 2 items"
    assert found[f"{level}[4].description"] == "required property 'description' is missing"
    assert found["$.memory_preferences.remember_topics"] == "expected true or false, got 'yes'"


def test_overlapping_level_ranges_are_a_problem(fixture_data: Callable[[str], Data]) -> None:
    data = fixture_data("dr_luna_v1_1")
    levels_of(data)[1]["affinity_range"] = [15, 40]

    assert messages(data) == {
        "$.hierarchical_config.relationship_levels": (
            "the affinity ranges of levels 'stranger' and 'acquaintance' overlap"
        )
    }


def test_repeated_level_names_and_reversed_ranges_are_problems(
    fixture_data: Callable[[str], Data],
) -> None:
    data = fixture_data("dr_luna_v1_1")
    levels_of(data)[1]["name"] = "stranger"
    levels_of(data)[2]["affinity_range"] = [60, 41]

    found = messages(data)

    assert "reversed" in found["$.hierarchical_config.relationship_levels[2].affinity_range"]
    data = fixture_data("dr_luna_v1_1")
    levels_of(data)[1]["name"] = "stranger"
    assert messages(data) == {
        "$.hierarchical_config.relationship_levels": "level names are repeated: stranger"
    }


def test_upstream_level_modifiers_for_tone_and_prompt_are_accepted(
    fixture_data: Callable[[str], Data],
) -> None:
    data = fixture_data("dr_luna_v1_1")
    levels_of(data)[0]["modifiers"]["linguistic_profile"] = {
        "tone_additions": ["polite", "reserved"],
        "expression_additions": [],
    }
    levels_of(data)[0]["modifiers"]["system_prompt_additions"] = {"prefix": "You just met. "}

    assert messages(data) == {}


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("persona", "version"), "1.0", "'1.0' is not a semantic version like 1.0.0"),
        (("persona", "tags"), ["a", "b", "a"], "has repeated items: 'a'"),
        (("persona", "name"), "", "must not be empty"),
        (
            ("advanced_parameters", "humor"),
            None,
            "expected a value, got null (leave it out instead)",
        ),
        (("advanced_parameters", "humor"), "0.5", "expected a number, got '0.5'"),
        (("metadata", "downloads"), -1, "-1 is less than the minimum of 0"),
        (
            ("metadata", "created_at"),
            "yesterday",
            "'yesterday' is not an RFC 3339 date-time like 2024-01-01T00:00:00Z",
        ),
        (
            ("core_traits", "temperament"),
            "sleepy",
            "'sleepy' is not one of calm, energetic, serious, playful, mysterious, direct, cool",
        ),
    ],
)
def test_problem_messages_name_the_value_and_what_was_expected(
    fixture_data: Callable[[str], Data], path: tuple[str, str], value: Any, message: str
) -> None:
    data = fixture_data("dr_luna")
    data[path[0]][path[1]] = value

    assert messages(data) == {f"$.{path[0]}.{path[1]}": message}


def test_long_text_is_reported_by_length_not_echoed(fixture_data: Callable[[str], Data]) -> None:
    data = fixture_data("dr_luna")
    data["behavioral_rules"][2] = "secret " * 40

    assert messages(data) == {"$.behavioral_rules[2]": "is 280 characters long; the maximum is 200"}


def test_odd_property_names_get_bracketed_json_paths(fixture_data: Callable[[str], Data]) -> None:
    data = fixture_data("dr_luna")
    data["persona"]["my key"] = 1

    assert set(messages(data)) == {"$.persona['my key']"}
