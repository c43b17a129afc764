"""Secrets are never echoed, unknown languages fall back to English, the register follows
the affinity level, and the request is an immutable value."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from luminora.providers.offline import OfflineRequest

if TYPE_CHECKING:
    from collections.abc import Callable

SECRET = "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"


def test_a_secret_in_the_message_is_not_echoed_and_is_warned_about(
    ask: Callable[..., str],
) -> None:
    reply = ask(f"my openai key is {SECRET}, remember it", "en", known={"name": "Ana"})
    assert SECRET not in reply
    assert "sk-" not in reply
    assert "key" in reply.lower()


def test_a_secret_stored_as_a_fact_is_never_said(ask: Callable[..., str]) -> None:
    reply = ask("what do I like?", "en", known={"name": "Ana", "likes": SECRET})
    assert SECRET not in reply
    assert "don't know" in reply


def test_a_secret_learned_this_turn_is_not_acknowledged(ask: Callable[..., str]) -> None:
    reply = ask("mi clave", "es", known={"name": "Ana"}, learned={"likes": SECRET})
    assert SECRET not in reply


def test_a_secret_shaped_name_is_not_used_to_address_the_user(ask: Callable[..., str]) -> None:
    reply = ask("hi", "en", known={"name": SECRET})
    assert SECRET not in reply


@pytest.mark.parametrize("language", ["ja", "xx", "", "zh-CN"])
def test_an_unsupported_language_is_answered_in_english(
    ask: Callable[..., str], language: str
) -> None:
    reply = ask("what's your name?", language, bot="Kenji")
    assert "Kenji" in reply
    assert any(word in reply for word in ("I'm", "My name", "It's", "name"))


def test_a_regional_language_code_uses_its_language(ask: Callable[..., str]) -> None:
    assert "Sakura" in ask("como te llamas", "es-MX")
    assert "¿" in ask("como te llamas", "es-MX")


def test_close_friends_hear_a_warmer_register_than_strangers(ask: Callable[..., str]) -> None:
    stranger = {ask("hola", "es", level="stranger", seed=i) for i in range(15)}
    soulmate = {ask("hola", "es", level="soulmate", seed=i) for i in range(15)}
    assert stranger.isdisjoint(soulmate)


def test_an_empty_personality_name_still_gives_a_name(ask: Callable[..., str]) -> None:
    assert ask("what's your name?", "en", bot="  ").strip()


def test_the_request_is_immutable() -> None:
    request = OfflineRequest(message="hi", language="en", personality_name="Sakura")
    with pytest.raises(dataclasses.FrozenInstanceError):
        request.message = "bye"  # type: ignore[misc]


@pytest.mark.parametrize(
    "message", ["", "   ", "{name} {addr} {0} %s", "😀😀😀", "¿¡", "hola como estas " * 600]
)
@pytest.mark.parametrize("level", ["stranger", "soulmate", "not-a-level"])
def test_odd_messages_and_levels_still_get_a_reply(
    ask: Callable[..., str], message: str, level: str
) -> None:
    reply = ask(message, "es", known={"name": "{addr}", "likes": "{v}"}, level=level, bot="Sa{bot}")
    assert reply.strip()


def test_braces_in_facts_are_quoted_not_interpreted(ask: Callable[..., str]) -> None:
    reply = ask("what do I like?", "en", known={"likes": "{name}"})
    assert "{name}" in reply
