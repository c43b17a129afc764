"""Questions and challenges about the user's own data, however they open, in six languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.providers.offline.intents import IntentDetector

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def detector() -> IntentDetector:
    return IntentDetector()


# Unpunctuated, and opened by a discourse word: the question starts after the opener.
OPENED_NAME_QUESTIONS = [
    ("en", "so whats my name"),
    ("en", "lol so whats my name"),
    ("en", "ok and what am i called"),
    ("es", "entonces como me llamo"),
    ("es", "a ver, como me llamo"),
    ("es", "bueno y cual es mi nombre"),
    ("fr", "alors, je m'appelle comment"),
    ("fr", "c'est quoi mon prénom"),
    ("pt", "e aí, qual meu nome"),
    ("de", "also wie heiße ich"),
    ("it", "allora come mi chiamo"),
]


@pytest.mark.parametrize(("lang", "text"), OPENED_NAME_QUESTIONS)
def test_a_name_question_after_a_discourse_opener_asks_for_the_name(
    detector: IntentDetector, lang: str, text: str
) -> None:
    assert "name" in detector.analyse(text, lang).asked


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("en", "lol so where do i live", "location"),
        ("en", "and how old am i", "age"),
        ("es", "bueno y donde vivo", "location"),
    ],
)
def test_other_own_data_questions_after_an_opener_are_recognized(
    detector: IntentDetector, lang: str, text: str, key: str
) -> None:
    assert key in detector.analyse(text, lang).asked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "say my name"),
        ("en", "tell me my name"),
        ("es", "dime mi nombre"),
        ("fr", "dis-moi mon prénom"),
        ("pt", "me diz meu nome"),
        ("de", "sag mir meinen Namen"),
        ("it", "dimmi il mio nome"),
    ],
)
def test_an_imperative_asks_for_the_users_name(
    detector: IntentDetector, lang: str, text: str
) -> None:
    assert "name" in detector.analyse(text, lang).asked


BETS = [
    ("en", "bet you don't know my name"),
    ("en", "i bet you can't tell me my name"),
    ("es", "a que no sabes mi nombre"),
    ("es", "apuesto a que no sabes como me llamo"),
    ("fr", "je parie que tu sais pas mon nom"),
    ("pt", "aposto que você não sabe meu nome"),
    ("de", "wette, du weißt meinen namen nicht"),
    ("it", "scommetto che non sai il mio nome"),
]


@pytest.mark.parametrize(("lang", "text"), BETS)
def test_a_bet_that_it_does_not_know_the_name_is_a_challenge_about_the_name(
    detector: IntentDetector, lang: str, text: str
) -> None:
    analysis = detector.analyse(text, lang)
    assert analysis.challenge
    assert "name" in analysis.asked


def test_a_long_story_that_mentions_not_knowing_is_no_challenge(
    detector: IntentDetector,
) -> None:
    text = "you don't know how tired I am today after the long shift"
    assert not detector.analyse(text, "en").challenge


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "so whats my name"),
        ("en", "say my name"),
        ("es", "¿y cómo me llamo?"),
        ("es", "dime mi nombre"),
        ("fr", "tu te souviens de mon prénom ?"),
        ("pt", "qual é o meu nome"),
        ("de", "wie heiße ich"),
        ("it", "come mi chiamo"),
    ],
)
def test_the_reply_to_a_question_about_the_users_name_says_it(
    ask: Callable[..., str], lang: str, text: str
) -> None:
    # Given the user's name is known from an earlier turn
    # When they ask for it
    reply = ask(text, lang, known={"name": "Olivia"})
    # Then the reply says it
    assert "Olivia" in reply


@pytest.mark.parametrize(("lang", "text"), BETS)
def test_the_reply_to_a_bet_shows_it_knows_the_name(
    ask: Callable[..., str], lang: str, text: str
) -> None:
    assert "Olivia" in ask(text, lang, known={"name": "Olivia", "travel_destination": "Lima"})


def test_asked_for_a_name_it_does_not_know_it_says_so_instead_of_small_talk(
    ask: Callable[..., str],
) -> None:
    reply = ask("so whats my name", "en", known={})
    assert "name" in reply.lower()
