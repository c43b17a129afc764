"""The reference conversation (API.md) answered offline, in Spanish and English, any name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

TURNS = {
    "es": ["ire al {place} que te parece, soy {name}", "como te llamas?", "vaya no lo sabes??"],
    "en": [
        "gonna go to {place} next month what do you think, i'm {name}",
        "what's your name?",
        "wow you don't know??",
    ],
}
CASES = [
    ("es", "Carlos", "Himalaya", "Sakura"),
    ("en", "Carlos", "Himalaya", "Sakura"),
    ("es", "Lucia", "Everest", "Sakura"),
    ("en", "Lucia", "Everest", "Kenji"),
    ("es", "Ana", "Kyoto", "Kenji"),
    ("en", "Ana", "Kyoto", "Sakura"),
    ("es", "Juan Carlos", "Machu Picchu", "Sakura"),
    ("en", "Mary Jane", "New York", "Sakura"),
    ("en", "O'Brien", "Japan", "Kenji"),
    ("es", "María José", "Nueva York", "Kenji"),
]


def play(
    converse: Callable[..., list[str]], language: str, name: str, place: str, bot: str
) -> list[str]:
    first, second, third = (
        t.format(name=name.lower(), place=place.lower()) for t in TURNS[language]
    )
    return converse(
        [(first, {"name": name, "travel_destination": place}), (second, {}), (third, {})],
        language,
        bot=bot,
    )


@pytest.mark.parametrize(("language", "name", "place", "bot"), CASES)
def test_first_reply_welcomes_the_user_by_name_and_reacts_to_the_trip(
    converse: Callable[..., list[str]], language: str, name: str, place: str, bot: str
) -> None:
    first = play(converse, language, name, place, bot)[0]
    assert name in first
    assert place in first


@pytest.mark.parametrize(("language", "name", "place", "bot"), CASES)
def test_second_reply_gives_the_personality_name(
    converse: Callable[..., list[str]], language: str, name: str, place: str, bot: str
) -> None:
    assert bot in play(converse, language, name, place, bot)[1]


@pytest.mark.parametrize(("language", "name", "place", "bot"), CASES)
def test_third_reply_shows_it_knows_the_user(
    converse: Callable[..., list[str]], language: str, name: str, place: str, bot: str
) -> None:
    third = play(converse, language, name, place, bot)[2]
    assert name in third
    assert place in third  # and one more thing it remembers


@pytest.mark.parametrize(("language", "name", "place", "bot"), CASES)
def test_the_three_replies_are_all_different(
    converse: Callable[..., list[str]], language: str, name: str, place: str, bot: str
) -> None:
    replies = play(converse, language, name, place, bot)
    assert len(set(replies)) == 3


def test_spanish_reference_replies_are_in_spanish(converse: Callable[..., list[str]]) -> None:
    replies = play(converse, "es", "Carlos", "Himalaya", "Sakura")
    # Spanish punctuation opens questions and exclamations.
    assert all("¿" in reply or "¡" in reply for reply in replies)


@pytest.mark.parametrize(
    ("language", "name", "place"),
    [("es", "Juan Carlos", "Machu Picchu"), ("en", "Mary Jane", "New York")],
)
def test_replies_two_and_three_use_the_whole_name(
    converse: Callable[..., list[str]], language: str, name: str, place: str
) -> None:
    _, second, third = play(converse, language, name, place, "Sakura")
    first_name = name.split()[0]
    assert name in third
    for reply in (second, third):  # never the first name alone
        assert reply.count(first_name) == reply.count(name)
