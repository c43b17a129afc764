"""Tone per language: warm raises affinity, hostility lowers it, neutral engagement nudges it."""

from __future__ import annotations

import pytest

from luminora.affinity import affinity_delta

WARM = {
    "en": ["thank you so much, you are the best!", "i love talking to you", "ty!! ur so kind"],
    "es": ["muchas gracias, eres un sol", "te quiero mucho", "qué amable, gracias"],
    "fr": ["merci beaucoup, t'es trop gentille", "je t'adore", "c'est trop bien, merci"],
    "pt": ["muito obrigado, você é demais", "te amo", "valeu, vc é a melhor"],
    "de": ["vielen Dank, du bist die Beste", "ich hab dich lieb", "danke, das ist toll"],
    "it": ["grazie mille, sei un tesoro", "ti voglio bene", "grazie, sei gentile"],
}
HOSTILE = {
    "en": ["you are stupid and useless", "shut up", "i hate you"],
    "es": ["eres un idiota", "cállate", "te odio"],
    "fr": ["t'es nul, ferme-la", "ta gueule", "je te déteste"],
    "pt": ["você é um idiota", "cala a boca", "te odeio"],
    "de": ["du bist so dumm", "halt die Klappe", "ich hasse dich"],
    "it": ["sei un idiota", "stai zitto", "ti odio"],
}
NEUTRAL = {
    "en": ["what time is it", "i'm going to the store"],
    "es": ["a qué hora abre", "voy a la tienda"],
    "fr": ["il est quelle heure", "je vais au magasin"],
    "pt": ["que horas são", "vou ao mercado"],
    "de": ["wie spät ist es", "ich gehe einkaufen"],
    "it": ["che ore sono", "vado al negozio"],
}


def cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(language, text) for language, texts in table.items() for text in texts]


@pytest.mark.parametrize(("language", "text"), cases(WARM))
def test_warm_message_raises_affinity(language: str, text: str) -> None:
    assert affinity_delta(text, language) >= 2


@pytest.mark.parametrize(("language", "text"), cases(HOSTILE))
def test_hostile_message_lowers_affinity(language: str, text: str) -> None:
    assert affinity_delta(text, language) <= -5


@pytest.mark.parametrize(("language", "text"), cases(NEUTRAL))
def test_neutral_message_moves_affinity_by_one_for_engaging(language: str, text: str) -> None:
    assert affinity_delta(text, language) == 1


def test_an_empty_message_does_not_move_affinity() -> None:
    assert affinity_delta("", "en") == 0


def test_a_bad_day_is_mood_not_hostility() -> None:
    assert affinity_delta("i had a bad day", "en") >= 0
    assert affinity_delta("tuve un mal día", "es") >= 0


def test_the_same_word_aimed_at_the_personality_counts_against_it() -> None:
    assert affinity_delta("you are bad", "en") < 0 <= affinity_delta("the traffic is bad", "en")


def test_english_chat_slang_counts_in_other_languages() -> None:
    assert affinity_delta("thx!", "es") > affinity_delta("ok", "es")
    assert affinity_delta("stfu", "fr") < 0


@pytest.mark.parametrize("language", ["ja", "xx", "", "EN-gb"])
def test_an_unsupported_or_odd_language_code_scores_as_english(language: str) -> None:
    assert affinity_delta("thank you so much", language) == affinity_delta(
        "thank you so much", "en"
    )


def test_a_regional_code_uses_its_language() -> None:
    assert affinity_delta("muchas gracias", "es-MX") == affinity_delta("muchas gracias", "es")
