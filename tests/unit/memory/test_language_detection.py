"""Language detection on short, lowercase, unaccented, typo-ridden chat text."""

from __future__ import annotations

import pytest

from luminora.memory.language import LANGUAGES, detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("como te llamas?", "es"),
        ("ire al himalaya que te parece, soy carlos", "es"),
        ("vaya no lo sabes??", "es"),
        ("odio madrugar", "es"),
        ("tengo 25 tacos y sigo sin saber cocinar xd", "es"),
        ("Ojalá hablara japonés.", "es"),
        ("whats ur name", "en"),
        ("lol ok so im jake btw, 22, live in austin", "en"),
        ("cant stand cilantro tbh", "en"),
        ("jsuis prof a lyon", "fr"),
        ("Salut Sakura, tu vas bien ?", "fr"),
        ("vc acredita q meu gato mingau derrubou o vaso dnv kkkk", "pt"),
        ("Falo português e inglês.", "pt"),
        ("wohne in leipzig", "de"),
        ("Ich heiße Jonas und komme aus Hamburg.", "de"),
        ("Ciao, sono Giulia e vivo a Torino.", "it"),
        ("Se fossi ricco vivrei alle Maldive.", "it"),
    ],
)
def test_detects_the_language_of_short_chat_messages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_text_without_evidence_falls_back_to_the_default() -> None:
    assert detect_language("😂😂 12345", default="es") == "es"


def test_a_tie_with_the_session_language_keeps_the_session_language() -> None:
    # "no" is Spanish, Italian and English alike: the session's language wins.
    assert detect_language("no", default="it") == "it"


def test_always_answers_a_supported_language() -> None:
    for text in ("", "???", "ok", "Sakura", "xD"):
        assert detect_language(text) in LANGUAGES
