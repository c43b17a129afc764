"""What was learned this turn is acknowledged naturally, per kind of fact."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.models import LearnedFact
from luminora.providers.offline import OfflineRequest

if TYPE_CHECKING:
    from collections.abc import Callable

    from luminora.models import Fact
    from luminora.providers.offline import OfflineResponder

# (language, key, value learned, what the reply must contain)
LEARNED = [
    ("en", "name", "Carlos", "Carlos"),
    ("en", "travel_destination", "Kyoto", "Kyoto"),
    ("en", "location", "Lima", "Lima"),
    ("en", "occupation", "nurse", "nurse"),
    ("en", "pets", "dog Max", "dog Max"),
    ("en", "likes", "sushi", "sushi"),
    ("en", "hobbies", "painting", "painting"),
    ("en", "family", "sisters", "sisters"),
    ("en", "partner", "Ana", "Ana"),
    ("en", "age", "30", "30"),
    ("es", "name", "Carlos", "Carlos"),
    ("es", "travel_destination", "Himalaya", "Himalaya"),
    ("es", "location", "Sevilla", "Sevilla"),
    ("es", "occupation", "profesor", "profesor"),
    ("es", "pets", "perro Toby", "perro Toby"),
    ("es", "likes", "sushi", "sushi"),
    ("es", "hobbies", "pintar", "pintar"),
    ("es", "family", "hermana", "hermana"),
    ("es", "partner", "Ana", "Ana"),
    ("es", "age", "30", "30"),
    ("fr", "location", "Lyon", "Lyon"),
    ("pt", "occupation", "médica", "médica"),
    ("de", "travel_destination", "Rom", "Rom"),
    ("it", "likes", "la pizza", "la pizza"),
]


@pytest.mark.parametrize(("language", "key", "value", "expected"), LEARNED)
def test_a_fact_learned_this_turn_is_acknowledged(
    ask: Callable[..., str], language: str, key: str, value: str, expected: str
) -> None:
    reply = ask(
        "...", language, known={"name": "Eva"} if key != "name" else None, learned={key: value}
    )
    assert expected in reply


def test_the_learned_name_is_welcomed_rather_than_greeted_twice(ask: Callable[..., str]) -> None:
    reply = ask("hola, soy carlos", "es", learned={"name": "Carlos"})
    assert reply.count("Carlos") == 1


def test_a_lowercase_name_or_place_is_shown_capitalized(ask: Callable[..., str]) -> None:
    reply = ask(
        "soy carlos y voy a new york",
        "es",
        learned={"name": "carlos", "travel_destination": "new york"},
    )
    assert "Carlos" in reply and "New York" in reply


@pytest.mark.parametrize(("language", "unit"), [("es", "años"), ("pt", "anos"), ("it", "anni")])
def test_a_sentence_opening_with_a_number_keeps_its_words_as_written(
    ask: Callable[..., str], language: str, unit: str
) -> None:
    reply = ask("...", language, known={"name": "Eva"}, learned={"age": "30"})
    assert "30" in reply
    assert f"30 {unit.capitalize()}" not in reply


def test_an_article_before_a_pet_is_not_doubled(ask: Callable[..., str]) -> None:
    reply = ask("I have a dog", "en", known={"name": "Eva"}, learned={"pets": "a dog"})
    assert "your dog" in reply
    assert "your a dog" not in reply


def test_the_trip_gets_a_follow_up_question(ask: Callable[..., str]) -> None:
    reply = ask(
        "voy a ir a Kyoto", "es", known={"name": "Ana"}, learned={"travel_destination": "Kyoto"}
    )
    assert reply.endswith("?")


def test_a_learned_fact_missing_from_the_fact_list_is_still_remembered(
    responder: OfflineResponder, make_fact: Callable[..., Fact]
) -> None:
    # Given a fact learned this turn that the caller did not include among the active facts
    request = OfflineRequest(
        message="soy Carlos, ¿sabes cómo me llamo?",
        language="es",
        personality_name="Sakura",
        facts=[make_fact("location", "Lima")],
        learned=[LearnedFact(key="name", value="Carlos", confidence=0.9)],
    )
    # Then it is used, under its own key
    assert "Carlos" in responder.reply(request)


def test_a_learned_fact_is_not_filed_under_another_key(
    responder: OfflineResponder, make_fact: Callable[..., Fact]
) -> None:
    # Given "Carlos" learned as the name, and only a location among the active facts
    request = OfflineRequest(
        message="¿dónde vivo?",
        language="es",
        personality_name="Sakura",
        facts=[make_fact("location", "Lima")],
        learned=[LearnedFact(key="name", value="Carlos", confidence=0.9)],
    )
    # Then the location is still Lima
    reply = responder.reply(request)
    assert "vives en lima" in reply.lower()
