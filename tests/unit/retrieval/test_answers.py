"""Answer types: which questions want a time or an amount, and which texts hold one."""

from __future__ import annotations

import pytest

from luminora.memory.retrieval.answers import could_answer, expected_answer
from luminora.memory.retrieval.timeexpr import mentions_time


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("When did you move to Leeds?", "en"),
        ("So when is the party?", "en"),
        ("In what year did we meet?", "en"),
        ("How long ago was the wedding?", "en"),
        ("¿Cuándo fuiste al médico?", "es"),
        ("¿En qué año te mudaste?", "es"),
        ("Quand as-tu commencé le piano ?", "fr"),
        ("Quando você viajou?", "pt"),
        ("Wann hast du angefangen?", "de"),
        ("Quando sei tornata?", "it"),
    ],
)
def test_when_questions_want_a_time(question: str, language: str) -> None:
    assert expected_answer(question, language) == "time"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How many cats do you have?", "en"),
        ("how often do you swim", "en"),
        ("¿Cuántos hermanos tienes?", "es"),
        ("Combien de livres as-tu lus ?", "fr"),
        ("Quantas línguas você fala?", "pt"),
        ("Wie oft gehst du laufen?", "de"),
        ("Quanti anni ha tua figlia?", "it"),
    ],
)
def test_how_many_questions_want_an_amount(question: str, language: str) -> None:
    assert expected_answer(question, language) == "quantity"


@pytest.mark.parametrize(
    "question",
    [
        "What did I cook when it rained?",  # "when" too far in to be the question word
        "Where is my umbrella?",
        "Which films did we watch after lunch?",
        "",
    ],
)
def test_other_questions_want_neither(question: str) -> None:
    assert expected_answer(question, "en") is None


def test_unknown_languages_are_read_as_english() -> None:
    assert expected_answer("when was it?", "xx") == "time"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("I saw it last Friday", "en", True),
        ("We moved two weeks ago", "en", True),
        ("The concert was in August 2021", "en", True),
        ("She was born in 1990", "en", True),
        ("Fui ayer con mi hermana", "es", True),
        ("On y est allés en décembre", "fr", True),
        ("I may go, it depends", "en", False),  # "may" the verb
        ("Vimos el mar", "es", False),  # "mar" the sea, not March
        ("I love my cats", "en", False),
    ],
)
def test_texts_that_say_when(text: str, language: str, expected: bool) -> None:
    assert mentions_time(text, language) is expected
    assert could_answer(text, language, "time") is expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("We have 3 cats", "en", True),
        ("three cats and a dog", "en", True),
        ("I swim twice a week", "en", True),
        ("Tengo dos hermanos", "es", True),
        ("J'ai lu douze livres", "fr", True),
        ("One of my cats is grumpy", "en", False),  # "one" is mostly the pronoun
        ("Tengo una gata", "es", False),  # and "una" the article
        ("I love my cats", "en", False),
    ],
)
def test_texts_that_hold_an_amount(text: str, language: str, expected: bool) -> None:
    assert could_answer(text, language, "quantity") is expected
