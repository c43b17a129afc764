"""Compiled system prompts: identity, voice, rules, level, safety, examples, language."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.personalities import compile_system_prompt, load_personality

if TYPE_CHECKING:
    from luminora.personalities import Personality, PersonalityRegistry


def test_prompt_says_who_the_personality_is(dr_luna_v1_1: Personality) -> None:
    prompt = compile_system_prompt(dr_luna_v1_1)

    assert prompt.startswith("You are Dr. Luna, an enthusiastic scientist")
    assert "Archetype: scientist. Temperament: energetic." in prompt
    assert "Communication style: conversational." in prompt


def test_prompt_contains_every_behavioral_rule(dr_luna_v1_1: Personality) -> None:
    prompt = compile_system_prompt(dr_luna_v1_1)

    for rule in dr_luna_v1_1.behavioral_rules:
        assert f"- {rule}" in prompt


def test_prompt_describes_the_voice(dr_luna_v1_1: Personality) -> None:
    prompt = compile_system_prompt(dr_luna_v1_1)

    assert "Tone: enthusiastic, friendly, professional, curious." in prompt
    assert "fascinating, remarkable" in prompt
    assert '"oh my!"' in prompt
    assert "Punctuation: expressive" in prompt


def test_prompt_without_user_language_answers_in_the_users_language(dr_luna: Personality) -> None:
    prompt = compile_system_prompt(dr_luna)

    assert "reply in the language the user writes in" in prompt


def test_prompt_with_user_language_names_it(dr_luna: Personality) -> None:
    prompt = compile_system_prompt(dr_luna, user_language="es")

    assert "the user writes in Spanish (es). Reply in Spanish" in prompt


def test_unknown_language_codes_are_passed_through(dr_luna: Personality) -> None:
    assert "the user writes in tlh." in compile_system_prompt(dr_luna, user_language="tlh")


def test_prompt_includes_safety_guards(dr_luna: Personality) -> None:
    prompt = compile_system_prompt(dr_luna)

    assert "Do not engage with these topics: harmful experiments" in prompt
    assert "free of violent content and adult or sexual content" in prompt
    assert "Never be aggressive" in prompt
    assert "emergency services" in prompt


def test_prompt_includes_at_most_two_examples(dr_luna: Personality) -> None:
    prompt = compile_system_prompt(dr_luna)

    assert "User: How does photosynthesis work?" in prompt
    assert prompt.count("\nUser: ") == 2


def test_prompt_is_deterministic(dr_luna_v1_1: Personality) -> None:
    assert compile_system_prompt(dr_luna_v1_1, "friend", user_language="en") == (
        compile_system_prompt(dr_luna_v1_1, "friend", user_language="en")
    )


def test_stranger_and_soulmate_prompts_differ_for_dr_luna_v1_1(dr_luna_v1_1: Personality) -> None:
    stranger = compile_system_prompt(dr_luna_v1_1, "stranger")
    soulmate = compile_system_prompt(dr_luna_v1_1, "soulmate")

    assert stranger != soulmate
    assert "- Maintain more professional distance" in stranger
    assert "Maintain more professional distance" not in soulmate
    assert "- Collaborate on thought experiments" in soulmate
    assert "relationship with this user: soulmate" in soulmate
    assert "Deeply connected intellectual companions." in soulmate
    assert "formality 0.1 (very low)" in soulmate
    assert "formality 0.7 (high)" in stranger


def test_stranger_and_soulmate_prompts_differ_for_sakura(registry: PersonalityRegistry) -> None:
    sakura = registry.get("sakura")

    stranger = compile_system_prompt(sakura, "stranger", user_language="es")
    soulmate = compile_system_prompt(sakura, "soulmate", user_language="es")

    assert stranger != soulmate
    assert "relationship with this user: stranger" in stranger
    assert "relationship with this user: soulmate" in soulmate
    for adjustment in sakura.relationship_levels[4].modifiers.behavioral_adjustments:
        assert adjustment in soulmate
        assert adjustment not in stranger


def test_levels_do_not_change_a_personality_without_them(dr_luna: Personality) -> None:
    assert compile_system_prompt(dr_luna, "stranger") == compile_system_prompt(dr_luna, "soulmate")


def test_level_prompt_additions_wrap_the_prompt() -> None:
    personality = load_personality(
        {
            "persona": {"name": "Wrapped"},
            "hierarchical_config": {
                "relationship_levels": [
                    {
                        "name": "stranger",
                        "modifiers": {
                            "system_prompt_additions": {"prefix": "FIRST", "suffix": "LAST"}
                        },
                    }
                ]
            },
        }
    ).personality

    prompt = compile_system_prompt(personality, "stranger")

    assert prompt.startswith("FIRST\n\nYou are Wrapped.")
    assert prompt.endswith("\n\nLAST")


def test_a_minimal_personality_still_compiles_to_a_usable_prompt() -> None:
    prompt = compile_system_prompt(load_personality({"persona": {"name": "Bare"}}).personality)

    assert prompt.startswith("You are Bare.")
    assert "How you behave" not in prompt
    assert "reply in the language the user writes in" in prompt


@pytest.mark.parametrize("pid", ["sakura", "kenji", "aurora"])
def test_bundled_prompts_name_the_personality_and_keep_its_name_apart_from_the_users(
    registry: PersonalityRegistry, pid: str
) -> None:
    name = registry.get(pid).persona.name

    prompt = registry.compiled_prompt(pid, "friend", "en")

    assert prompt.startswith(f"You are {name}, ")
    assert f"{name} is your name: give it when asked" in prompt
