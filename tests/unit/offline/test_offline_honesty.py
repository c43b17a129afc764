"""It says what it does not know, invites the user to tell it, and never invents facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

# Words of an honest "not yet" in each language.
NOT_YET = {
    "en": ("don't know", "haven't told"),
    "es": ("todavía", "aún"),
    "fr": ("pas encore", "pour l'instant"),
    "pt": ("ainda",),
    "de": ("noch nicht", "noch von keinem", "noch nichts"),
    "it": ("ancora",),
}
UNKNOWN_QUESTIONS = {
    "en": ["do you know my name?", "where do I live?", "how old am I?", "do you remember my dog?"],
    "es": [
        "¿sabes cómo me llamo?",
        "¿dónde vivo?",
        "¿sabes cuántos años tengo?",
        "¿te acuerdas de mi perro?",
    ],
    "fr": [
        "tu connais mon prénom ?",
        "où j'habite ?",
        "quel âge j'ai ?",
        "tu te souviens de mon chien ?",
    ],
    "pt": [
        "qual é o meu nome?",
        "onde eu moro?",
        "quantos anos eu tenho?",
        "lembra do meu cachorro?",
    ],
    "de": [
        "wie heiße ich?",
        "wo wohne ich?",
        "wie alt bin ich?",
        "erinnerst du dich an meinen Hund?",
    ],
    "it": ["come mi chiamo?", "dove vivo?", "quanti anni ho?", "ti ricordi del mio cane?"],
}


@pytest.mark.parametrize(
    ("language", "question"), [(lang, q) for lang, qs in UNKNOWN_QUESTIONS.items() for q in qs]
)
def test_unknown_fact_is_admitted_and_the_user_invited_to_share_it(
    ask: Callable[..., str], language: str, question: str
) -> None:
    reply = ask(question, language)
    assert any(marker in reply.lower() for marker in NOT_YET[language])
    assert "?" in reply


def test_a_known_name_does_not_make_it_claim_other_facts(ask: Callable[..., str]) -> None:
    # Given only the name, when asked where the user lives
    reply = ask("where do I live?", "en", known={"name": "Carlos"})
    # Then it admits it does not know, rather than guessing a place
    assert "don't know" in reply or "haven't told" in reply
    assert " live in " not in reply


def test_a_challenge_with_nothing_remembered_is_answered_honestly(ask: Callable[..., str]) -> None:
    reply = ask("vaya no lo sabes??", "es")
    assert any(marker in reply.lower() for marker in ("todavía", "aún"))
    assert reply.endswith("?")


def test_what_do_you_know_about_me_lists_only_stored_facts(ask: Callable[..., str]) -> None:
    reply = ask("what do you know about me?", "en", known={"name": "Ana", "occupation": "nurse"})
    assert "Ana" in reply and "nurse" in reply


def test_what_do_you_know_about_me_with_no_facts_says_little_is_known(
    ask: Callable[..., str],
) -> None:
    reply = ask("¿qué sabes de mí?", "es")
    assert "todavía" in reply.lower() or "aún" in reply.lower()


def test_a_general_question_it_cannot_answer_is_not_bluffed(ask: Callable[..., str]) -> None:
    reply = ask("what's the capital of Mongolia?", "en", known={"name": "Ana"})
    assert "not sure" in reply or "don't have" in reply


def test_known_and_unknown_facts_in_one_question_get_both_answers(ask: Callable[..., str]) -> None:
    reply = ask("¿sabes cómo me llamo y dónde vivo?", "es", known={"name": "Carlos"})
    assert "Carlos" in reply
    assert "dónde vives" in reply
