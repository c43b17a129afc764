"""Employers after a job said with "I am" ("soy ... en el Hospital", "an der"),
"here in <city>", the real half of a conditional, tag questions, fronted dislikes, "soy
más de X" and chat shorthand before a like."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # employer after a job said with "soy" / "ich bin" / "an der" / "am"
        ("es", "Soy fisioterapeuta en el Hospital Quirón", ("employer", "Hospital Quirón")),
        (
            "es",
            "Soy maestra en la Escuela Montessori de Teruel",
            ("employer", "Escuela Montessori de Teruel"),
        ),
        ("de", "Ich bin Ärztin an der Uniklinik Freiburg", ("employer", "Uniklinik Freiburg")),
        ("de", "Ich arbeite als Physiotherapeut am Klinikum Süd", ("employer", "Klinikum Süd")),
        ("de", "Ich bin Mechaniker bei Bosch", ("employer", "Bosch")),
        # "here in <city>" in every language
        ("en", "my little bookshop here in Galway keeps me busy", ("location", "Galway")),
        ("es", "El alquiler aquí en Logroño está carísimo", ("location", "Logroño")),
        ("es", "llevo cinco años viviendo aquí en Huesca", ("location", "Huesca")),
        ("pt", "Minha padaria aqui em Londrina vai bem", ("location", "Londrina")),
        ("fr", "Ma petite librairie ici à Rennes marche bien", ("location", "Rennes")),
        ("it", "Il mio bar qui a Lecce va bene", ("location", "Lecce")),
        ("de", "Meine Bäckerei hier in Kassel läuft gut", ("location", "Kassel")),
        # the real half of a sentence whose other half is hypothetical
        ("en", "If I quit sugar I'd sleep better, but I love donuts", ("likes", "donuts")),
        ("es", "Si fuera rica me iría a Bali, pero vivo en Cuenca", ("location", "Cuenca")),
        (
            "de",
            "Wenn ich reich wäre, würde ich reisen, aber ich wohne in Jena",
            ("location", "Jena"),
        ),
        # a tag question does not turn the statement into a question
        ("en", "you can call me Ros, and I'll call you Nova, ok?", ("name", "Ros")),
        ("es", "me llamo Tere, ¿vale?", ("name", "Tere")),
        # fronted dislikes and "soy más de"
        ("es", "bah el trap no lo soporto", ("dislikes", "trap")),
        ("it", "Mangio tutto, però la trippa proprio non la sopporto", ("dislikes", "trippa")),
        ("es", "yo soy más de jazz", ("likes", "jazz")),
        # shorthand before a like
        ("en", "srsly obsessed w jazz rn", ("likes", "jazz")),
        ("en", "If I went keto I'd lose weight, but I love bread way too much", ("likes", "bread")),
    ],
)
def test_employers_here_in_and_real_halves_are_read(
    lang: str, text: str, expected: tuple[str, str], asserted: Facts
) -> None:
    assert expected in asserted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        # a city after "en" is no employer; a generic German noun after "an der" neither
        ("es", "Soy camarero en Tarragona", "employer"),
        ("de", "Ich bin Lehrer an der Grundschule", "employer"),
        ("de", "Ich arbeite als Kellner an der Nordsee", "employer"),
        ("de", "Ich bin Verkäuferin an der Kasse", "employer"),
        # a visit, a denial, a month, a lowercase noun
        ("en", "we're on holiday here in Lyon this week", "location"),
        ("en", "I don't live here in Perth, just visiting", "location"),
        ("en", "we're moving here in August", "location"),
        ("en", "anyone here in the chat?", "location"),
        ("es", "estamos de vacaciones aquí en Ibiza", "location"),
        ("pt", "Estamos de férias aqui em Natal", "location"),
        ("fr", "Je suis en vacances ici à Biarritz", "location"),
        ("it", "Sono in vacanza qui a Rimini", "location"),
        ("de", "Wir sind im Urlaub hier in Wien", "location"),
        ("es", "qué calor hace aquí en Almería", "location"),
        # still hypothetical: "but I'd ..."
        ("en", "If I won the lottery I'd quit, but I'd keep my flat in Derby", "location"),
        # a real question stays a question
        ("en", "can you call me Ros?", "name"),
        # "más de X que nadie" is no taste
        ("es", "soy más de Zamora que nadie", "likes"),
        # "Milky Way" keeps its "Way"
    ],
)
def test_employers_here_in_and_conditionals_store_nothing_wrong(
    lang: str, text: str, key: str, asserted: Facts
) -> None:
    assert not any(k == key for k, _ in asserted(text, lang))


def test_milky_way_keeps_its_way(asserted: Facts) -> None:
    # "way" ends a value only in "way too much"; inside a name it stays.
    assert asserted("I love Milky Way bars", "en") == {("likes", "Milky Way bars")}
