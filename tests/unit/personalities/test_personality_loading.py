"""Loading LuminoraCore personalities: lenient by default, strict on request, clear errors."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import pytest
from personality_cases import ALL_FIXTURES, INVALID_TONES, V11_FILE, VALID_V10

from luminora.models.errors import InvalidInputError, NotFoundError
from luminora.personalities import (
    PersonalityJSONError,
    PersonalityValidationError,
    load_personality,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


@pytest.mark.parametrize("stem", ALL_FIXTURES)
def test_every_fixture_loads_leniently_with_its_file_stem_as_id(
    fixtures_dir: Path, stem: str
) -> None:
    loaded = load_personality(fixtures_dir / f"{stem}.json")

    assert loaded.id == stem
    assert loaded.personality.persona.name
    assert loaded.personality.behavioral_rules


def test_fixture_folder_holds_exactly_the_files_the_readme_describes(fixtures_dir: Path) -> None:
    assert {p.stem for p in fixtures_dir.glob("*.json")} == set(ALL_FIXTURES)


@pytest.mark.parametrize("stem", VALID_V10)
def test_valid_fixtures_load_strictly_without_warnings(fixtures_dir: Path, stem: str) -> None:
    loaded = load_personality(fixtures_dir / f"{stem}.json", strict=True)

    assert loaded.warnings == []


@pytest.mark.parametrize("stem", sorted(INVALID_TONES))
def test_strict_mode_reports_each_tone_word_outside_the_enum_with_its_path(
    fixtures_dir: Path, stem: str
) -> None:
    with pytest.raises(PersonalityValidationError) as caught:
        load_personality(fixtures_dir / f"{stem}.json", strict=True)

    problems = caught.value.problems
    expected = {f"$.linguistic_profile.tone[{i}]": word for i, word in INVALID_TONES[stem].items()}
    assert {p.path for p in problems} == set(expected)
    for problem in problems:
        assert problem.message.startswith(f"'{expected[problem.path]}' is not one of friendly, ")
        assert problem.code == "enum"


@pytest.mark.parametrize("stem", sorted(INVALID_TONES))
def test_lenient_mode_keeps_unknown_tone_words_and_returns_them_as_warnings(
    fixtures_dir: Path, stem: str
) -> None:
    loaded = load_personality(fixtures_dir / f"{stem}.json")

    for index, word in INVALID_TONES[stem].items():
        assert loaded.personality.linguistic_profile.tone[index] == word
    assert {w.path for w in loaded.warnings} == {
        f"$.linguistic_profile.tone[{i}]" for i in INVALID_TONES[stem]
    }


def test_validation_error_is_an_invalid_input_error_listing_every_problem(
    fixtures_dir: Path,
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        load_personality(fixtures_dir / "rocky_inspiration.json", strict=True)

    assert isinstance(caught.value, PersonalityValidationError)
    assert len(caught.value.problems) == 5
    assert "5 problems" in caught.value.message
    assert caught.value.details[0]["path"] == "$.linguistic_profile.tone[0]"


def test_v1_1_fixture_is_strictly_valid_and_its_blocks_are_loaded(fixtures_dir: Path) -> None:
    loaded = load_personality(fixtures_dir / f"{V11_FILE}.json", strict=True)

    p = loaded.personality
    assert [lv.name for lv in p.relationship_levels] == [
        "stranger", "acquaintance", "friend", "close_friend", "soulmate",
    ]  # fmt: skip
    assert p.relationship_levels[4].affinity_range == (81, 100)
    assert p.affinity_config is not None
    assert p.affinity_config.interaction_types["deep_conversation"] == 5
    assert p.memory_preferences is not None
    assert p.memory_preferences.importance_threshold == 6.0
    assert "goals" in p.memory_preferences.fact_categories


def test_v1_1_fixture_fails_strict_v1_0_with_its_extra_top_level_properties(
    fixtures_dir: Path,
) -> None:
    with pytest.raises(PersonalityValidationError) as caught:
        load_personality(fixtures_dir / f"{V11_FILE}.json", strict=True, schema="v1.0")

    problems = caught.value.problems
    assert {p.path for p in problems} == {
        "$.hierarchical_config", "$.affinity_config", "$.memory_preferences",
    }  # fmt: skip
    assert all("v1.1 block" in p.message for p in problems)


def test_malformed_json_reports_line_and_column(write_json: Callable[..., Path]) -> None:
    path = write_json("broken", '{\n  "persona": {\n    "name": "X",,\n  }\n}')

    with pytest.raises(PersonalityJSONError) as caught:
        load_personality(path)

    assert (caught.value.line, caught.value.column) == (3, 17)
    assert "line 3, column 17" in caught.value.message
    assert caught.value.problems[0].code == "json"


def test_nan_is_refused_as_invalid_json(write_json: Callable[..., Path]) -> None:
    path = write_json("nan", '{"persona": {"name": "X"}, "advanced_parameters": {"humor": NaN}}')

    with pytest.raises(PersonalityJSONError, match="NaN is not valid JSON"):
        load_personality(path)


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="not found"):
        load_personality(tmp_path / "nope.json")


def test_mapping_source_gets_an_id_slugged_from_the_persona_name(
    fixture_data: Callable[[str], dict[str, Any]],
) -> None:
    loaded = load_personality(fixture_data("dr_luna"))

    assert loaded.id == "dr_luna"


def test_json_text_source_is_parsed() -> None:
    loaded = load_personality('{"persona": {"name": "Señora Ñandú"}}')

    assert loaded.id == "senora_nandu"
    assert loaded.personality.persona.name == "Señora Ñandú"


def test_lenient_mode_defaults_missing_optional_parts_and_reports_missing_required_ones() -> None:
    loaded = load_personality({"persona": {"name": "Minimal"}})

    p = loaded.personality
    assert p.persona.language == "en"
    assert p.behavioral_rules == ()
    assert p.hierarchical_config is None
    assert "$.core_traits" in {w.path for w in loaded.warnings}


def test_lenient_mode_ignores_unknown_properties_and_coerces_reasonable_shapes() -> None:
    data = {
        "persona": {"name": "Alicia - The Sweet Dreamer", "tagline": "shy companion"},
        "linguistic_profile": {"tone": "warm", "expressions": ["Um..."]},
        "behavioral_rules": {"always_do": ["Show empathy"], "never_do": ["Be harsh"]},
        "advanced_parameters": {"empathy": 1.4, "humor": "0.5"},
        "response_patterns": {"greeting": "Hello!"},
    }

    p = load_personality(data).personality

    assert p.linguistic_profile.tone == ("warm",)
    assert p.behavioral_rules == ("Show empathy", "Never: Be harsh")
    assert p.advanced_parameters.empathy == 1.0
    assert p.advanced_parameters.humor == 0.5


def test_lenient_mode_drops_unreadable_values_and_says_so(
    fixture_data: Callable[[str], dict[str, Any]],
) -> None:
    data = fixture_data("dr_luna")
    data["advanced_parameters"]["verbosity"] = "lots"
    del data["examples"]["sample_responses"][0]["output"]
    data["safety_guards"] = ["not", "an", "object"]

    loaded = load_personality(data)

    p = loaded.personality
    assert p.advanced_parameters.verbosity is None
    assert p.advanced_parameters.humor == 0.6
    assert len(p.examples.sample_responses) == 1
    assert p.safety_guards.forbidden_topics == ()
    assert {w.path for w in loaded.warnings} >= {
        "$.advanced_parameters.verbosity",
        "$.examples.sample_responses[0].output",
        "$.safety_guards",
    }


def test_lenient_mode_keeps_the_usable_relationship_levels() -> None:
    data = {
        "persona": {"name": "Levels"},
        "hierarchical_config": {
            "relationship_levels": [
                {"name": "friend"},
                {"name": "custom", "affinity_range": [70, 30]},
                {"affinity_range": [0, 10]},
            ]
        },
    }

    levels = load_personality(data).personality.relationship_levels

    assert [(lv.name, lv.affinity_range) for lv in levels] == [
        ("friend", (41, 60)),
        ("custom", (30, 70)),
    ]


@pytest.mark.parametrize(
    "data",
    [
        "[]",
        '{"persona": "just text"}',
        {"persona": {}},
        {"persona": {"name": "   "}},
        {"core_traits": {}},
    ],
    ids=["array", "persona-string", "no-name", "blank-name", "no-persona"],
)
def test_data_without_a_persona_name_cannot_load_even_leniently(data: Any) -> None:
    with pytest.raises(PersonalityValidationError):
        load_personality(data)


def test_lenient_warnings_are_logged_with_paths_but_not_values(
    fixtures_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="luminora.personalities.loader"):
        load_personality(fixtures_dir / "alex_digital.json")

    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert record.paths == ["$.linguistic_profile.tone[1]", "$.linguistic_profile.tone[2]"]  # type: ignore[attr-defined]
    assert "trendy" not in record.getMessage()


def test_a_relationship_level_with_an_unreadable_modifier_keeps_the_rest() -> None:
    data = {
        "persona": {"name": "Levels"},
        "hierarchical_config": {
            "relationship_levels": [
                {
                    "name": "friend",
                    "modifiers": {
                        "advanced_parameters": {"humor": "lots", "empathy": 0.2},
                        "behavioral_adjustments": ["Tease gently"],
                    },
                }
            ]
        },
    }

    loaded = load_personality(data)

    (level,) = loaded.personality.relationship_levels
    assert level.modifiers.advanced_parameters.as_dict() == {"empathy": 0.2}
    assert level.modifiers.behavioral_adjustments == ("Tease gently",)
    assert "$.hierarchical_config.relationship_levels[0].modifiers.advanced_parameters.humor" in {
        w.path for w in loaded.warnings
    }
