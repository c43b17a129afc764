"""The registry: bundled personalities, extra directories, lookups, names and cached prompts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from luminora.models.errors import InvalidInputError, NotFoundError
from luminora.personalities import (
    BUNDLED_DIR,
    V11_BLOCKS,
    PersonalityJSONError,
    PersonalityRegistry,
    address_names,
    validate_personality,
)

if TYPE_CHECKING:
    from collections.abc import Callable

BUNDLED = ("aurora", "kenji", "sakura")
STANDARD_LEVELS = [
    ("stranger", (0, 20)),
    ("acquaintance", (21, 40)),
    ("friend", (41, 60)),
    ("close_friend", (61, 80)),
    ("soulmate", (81, 100)),
]
REPO_ROOT = Path(__file__).resolve().parents[3]


def bundled_data(pid: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((BUNDLED_DIR / f"{pid}.json").read_text(encoding="utf-8"))
    return data


def test_bundled_personalities_are_listed(registry: PersonalityRegistry) -> None:
    assert registry.ids() == list(BUNDLED)


@pytest.mark.parametrize("pid", BUNDLED)
def test_bundled_personality_is_strictly_valid(pid: str) -> None:
    assert validate_personality(bundled_data(pid)) == []


@pytest.mark.parametrize("pid", BUNDLED)
def test_bundled_personality_core_passes_the_upstream_schema(
    pid: str, upstream_schema: dict[str, Any]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    core = {k: v for k, v in bundled_data(pid).items() if k not in V11_BLOCKS}

    assert list(jsonschema.Draft7Validator(upstream_schema).iter_errors(core)) == []


@pytest.mark.parametrize("pid", BUNDLED)
def test_bundled_personality_has_all_five_levels_and_trigger_responses(
    registry: PersonalityRegistry, pid: str
) -> None:
    p = registry.get(pid)

    assert [(lv.name, lv.affinity_range) for lv in p.relationship_levels] == STANDARD_LEVELS
    assert all(
        lv.description and lv.modifiers.behavioral_adjustments for lv in p.relationship_levels
    )
    triggers = p.trigger_responses
    assert triggers.on_greeting and triggers.on_confusion and triggers.on_goodbye
    assert triggers.on_success and triggers.on_error
    assert any("language the user writes in" in rule for rule in p.behavioral_rules)


def test_sakura_is_the_warm_companion(registry: PersonalityRegistry) -> None:
    sakura = registry.get("sakura")

    assert sakura.persona.name == "Sakura"
    assert sakura.core_traits.archetype == "caregiver"
    assert "warm" in sakura.linguistic_profile.tone


def test_unknown_id_is_not_found_and_lists_the_available_ones(
    registry: PersonalityRegistry,
) -> None:
    with pytest.raises(NotFoundError) as caught:
        registry.get("hal9000")

    assert caught.value.message == (
        "unknown personality 'hal9000'; available: aurora, kenji, sakura"
    )


def test_ids_are_matched_regardless_of_case(registry: PersonalityRegistry) -> None:
    assert registry.get("Sakura") is registry.get("sakura")


def test_infos_summarize_each_personality(registry: PersonalityRegistry) -> None:
    infos = {info.id: info for info in registry.infos()}

    assert list(infos) == list(BUNDLED)
    assert infos["sakura"].name == "Sakura"
    assert infos["sakura"].language == "en"
    assert infos["sakura"].relationship_levels is True
    assert infos["kenji"].description


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dr. Luna", {"Dr. Luna", "Luna"}),
        ("Sakura", {"Sakura"}),
        ("Captain Hook Digital", {"Captain Hook Digital", "Hook"}),
        ("Grandma Hope", {"Grandma Hope", "Hope"}),
        ("Alicia - The Sweet Dreamer", {"Alicia - The Sweet Dreamer", "Alicia"}),
    ],
)
def test_address_names_are_the_full_name_and_its_distinctive_word(
    name: str, expected: set[str]
) -> None:
    assert address_names(name) == expected


def test_names_of_a_registered_personality(registry: PersonalityRegistry) -> None:
    assert registry.names_of("sakura") == frozenset({"Sakura"})


def test_extra_directories_add_personalities_loaded_leniently(
    tmp_path: Path,
    write_json: Callable[..., Path],
    fixture_data: Callable[[str], dict[str, Any]],
) -> None:
    write_json("dr_luna_v1_1", fixture_data("dr_luna_v1_1"), tmp_path / "extra")
    write_json("alex_digital", fixture_data("alex_digital"), tmp_path / "extra")

    registry = PersonalityRegistry([tmp_path / "extra"])

    assert registry.ids() == ["alex_digital", "aurora", "dr_luna_v1_1", "kenji", "sakura"]
    assert registry.names_of("dr_luna_v1_1") == frozenset({"Dr. Luna", "Luna"})
    assert len(registry.loaded("alex_digital").warnings) == 2
    assert "soulmate" in registry.compiled_prompt("dr_luna_v1_1", "soulmate")


def test_an_extra_file_with_a_bundled_id_replaces_it(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    write_json("sakura", {"persona": {"name": "Sakura Custom"}}, tmp_path)

    assert PersonalityRegistry([tmp_path]).get("sakura").persona.name == "Sakura Custom"


def test_files_load_only_when_asked_for(tmp_path: Path, write_json: Callable[..., Path]) -> None:
    # Given an extra directory holding a broken file
    write_json("broken", "{ not json", tmp_path)
    registry = PersonalityRegistry([tmp_path])

    # When listing ids and using another personality, nothing fails
    assert "broken" in registry.ids()
    assert registry.get("sakura").persona.name == "Sakura"

    # Then the broken file fails only when it is asked for, and infos skip it
    with pytest.raises(PersonalityJSONError):
        registry.get("broken")
    assert [info.id for info in registry.infos()] == list(BUNDLED)


def test_file_names_that_are_not_valid_ids_are_slugged(
    tmp_path: Path, write_json: Callable[..., Path]
) -> None:
    write_json("My Bot", {"persona": {"name": "Botty"}}, tmp_path)

    assert PersonalityRegistry([tmp_path]).get("my_bot").persona.name == "Botty"


def test_a_missing_extra_directory_is_skipped(tmp_path: Path) -> None:
    assert PersonalityRegistry([tmp_path / "nope"]).ids() == list(BUNDLED)


def test_compiled_prompt_is_cached_per_registry(registry: PersonalityRegistry) -> None:
    first = registry.compiled_prompt("sakura", "friend", "es")

    assert registry.compiled_prompt("sakura", "friend", "es") is first
    assert registry.compiled_prompt("sakura", 50, "es") is first
    assert PersonalityRegistry().compiled_prompt("sakura", "friend", "es") is not first
    assert registry.compiled_prompt("sakura", "soulmate", "es") != first
    assert registry.compiled_prompt("sakura", "friend", "en") != first


def test_compiled_prompt_cache_is_bounded() -> None:
    registry = PersonalityRegistry(prompt_cache_size=2)
    first = registry.compiled_prompt("sakura", "friend")
    registry.compiled_prompt("sakura", "soulmate")
    registry.compiled_prompt("kenji", "friend")

    assert registry.compiled_prompt("sakura", "friend") is not first
    assert registry.compiled_prompt("sakura", "friend") == first


def test_compiled_prompt_rejects_unknown_levels_and_ids(registry: PersonalityRegistry) -> None:
    with pytest.raises(InvalidInputError):
        registry.compiled_prompt("sakura", "bestie")
    with pytest.raises(NotFoundError):
        registry.compiled_prompt("nobody", "friend")


def test_a_chat_turn_path_never_imports_jsonschema_or_the_strict_models() -> None:
    # Given a fresh interpreter (Lambda cold start)
    code = (
        "import sys\n"
        "from luminora.personalities import PersonalityRegistry\n"
        "r = PersonalityRegistry()\n"
        "r.get('sakura'); r.names_of('sakura'); r.compiled_prompt('sakura', 'friend', 'es')\n"
        "print('jsonschema' in sys.modules, 'luminora.personalities.schema' in sys.modules)\n"
    )

    # When a personality is fetched and its prompt compiled
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
        env={"PYTHONPATH": str(REPO_ROOT / "layers" / "core")},
    ).stdout

    # Then neither jsonschema nor the strict validators were loaded
    assert out.split() == ["False", "False"]
