"""Nouns taken for names, clause-opening adverbs, routines taken for trips, slips
owned up to before a fix, changed travel plans, and things the user says are over."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.memory.extraction import extract_facts
from luminora.models.facts import FactOp

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Changes, Facts


# -- precision ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a lowercase noun after an article is no partner's name
        ("es", "No tengo alergias, el de las nueces es mi cuñado.", ("partner", "Nueces")),
        ("es", "El del pescado es mi novio, yo como de todo.", ("partner", "Pescado")),
        # a time adverb opens a new clause: no part of a hobby list
        (
            "de",
            "Mein Hobby ist Segeln, und nachmittags spiele ich gern Golf.",
            ("hobbies", "nachmittags spiele"),
        ),
        ("de", "Meine Hobbys sind Malen, und abends lese ich Krimis.", ("hobbies", "abends lese")),
        # a sentence adverb ends a list of tastes
        (
            "en",
            "I love ramen and green tea, basically my entire diet",
            ("likes", "basically my entire diet"),
        ),
        (
            "es",
            "Me encantan las croquetas, básicamente mi religión",
            ("likes", "básicamente mi religión"),
        ),
        # a weekly routine is no trip
        (
            "es",
            "Los viernes voy a clases de cerámica",
            ("travel_destination", "Clases de Cerámica"),
        ),
        ("es", "todos los lunes voy a Toledo a trabajar", ("travel_destination", "Toledo")),
        ("pt", "Às quartas vou pra aula de violão", ("travel_destination", "Aula de Violão")),
        (
            "it",
            "Il venerdì vado a lezione di pilates",
            ("travel_destination", "Lezione di Pilates"),
        ),
        ("fr", "Le jeudi je vais au cours de poterie", ("travel_destination", "Cours de Poterie")),
    ],
)
def test_nouns_adverbs_and_routines_store_nothing_wrong(
    asserted: Facts, lang: str, text: str, absent: tuple[str, str]
) -> None:
    assert absent not in asserted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "present"),
    [
        # the neighbours of each fix still read
        ("es", "Rocío es mi mujer y vivimos en Huesca.", ("partner", "Rocío")),
        ("de", "Mein Hobby ist Segeln, und nachmittags spiele ich gern Golf.", ("hobbies", "Golf")),
        ("en", "I love ramen and green tea, basically my entire diet", ("likes", "green tea")),
        ("es", "Voy a Granada el mes que viene", ("travel_destination", "Granada")),
    ],
)
def test_statements_near_those_cases_are_still_read(
    asserted: Facts, lang: str, text: str, present: tuple[str, str]
) -> None:
    assert present in asserted(text, lang)


# -- slips and corrections ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "known", "expected"),
    [
        ("en", "sorry autocorrect, it's Ken. K-E-N.", [("name", "Ben")], ("name", "Ken", "assert")),
        (
            "en",
            "my bad, in Leicester",
            [("location", "Derby")],
            ("location", "Leicester", "assert"),
        ),
        (
            "es",
            "perdona, me equivoqué, en Ourense",
            [("location", "Lugo")],
            ("location", "Ourense", "assert"),
        ),
        (
            "es",
            "ay no, que me lío, es el 2 de julio, el de junio es el de mi primo",
            [("birthday", "2 de junio")],
            ("birthday", "2 de julio", "assert"),
        ),
    ],
)
def test_slip_then_fix(
    lang: str,
    text: str,
    known: list[tuple[str, str]],
    expected: tuple[str, str, str],
    changes: Changes,
) -> None:
    assert expected in changes(text, lang, known)


@pytest.mark.parametrize(
    ("lang", "text", "old", "new"),
    [
        ("en", "Change of plans, the hotel fell through so it's Bergen instead", "Oslo", "Bergen"),
        ("en", "plot twist: we're heading to Prague instead", "Vienna", "Prague"),
        ("es", "cambio de planes, al final es Málaga", "Sevilla", "Málaga"),
        ("fr", "changement de programme, ce sera Marseille", "Nice", "Marseille"),
        ("pt", "mudança de planos, vai ser Maceió", "Recife", "Maceió"),
        ("it", "cambio di programma, sarà Lecce", "Bari", "Lecce"),
    ],
)
def test_changed_plans_replace_known_trip(
    lang: str, text: str, old: str, new: str, changes: Changes
) -> None:
    found = changes(text, lang, [("travel_destination", old)])
    assert ("travel_destination", new, "assert") in found


def test_changed_plans_need_a_known_trip(changes: Changes) -> None:
    text = "Change of plans, it's Bergen instead"
    assert changes(text, "en", []) == set()
    assert changes(text, "en", [("location", "Leeds")]) == set()
    assert (
        changes(
            "Change of plans, it's raining so it's soup instead",
            "en",
            [("travel_destination", "Oslo")],
        )
        == set()
    )


# -- retractions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "known", "gone"),
    [
        (
            "en",
            "squash is out now, wrecked my knee",
            [("hobbies", "squash"), ("hobbies", "golf")],
            ("hobbies", "squash"),
        ),
        ("en", "pho is off the menu now", [("likes", "pho")], ("likes", "pho")),
        ("es", "uf, creo que el curry se acabó para mí", [("likes", "curry")], ("likes", "curry")),
        (
            "es",
            "el golf se me ha acabado, demasiado caro",
            [("hobbies", "golf")],
            ("hobbies", "golf"),
        ),
        (
            "es",
            "bueno, el griego ya lo tengo olvidadísimo",
            [("languages", "griego")],
            ("languages", "griego"),
        ),
        (
            "es",
            "el portugués lo he olvidado casi todo",
            [("languages", "portugués")],
            ("languages", "portugués"),
        ),
    ],
)
def test_over_for_me_retracts(
    lang: str, text: str, known: list[tuple[str, str]], gone: tuple[str, str]
) -> None:
    found = extract_facts(text, lang, known_facts=known)
    retracted = {(c.key, c.value) for c in found if c.op is FactOp.RETRACT}
    assert gone in retracted
    assert all(c.value != "golf" for c in found if c.op is FactOp.RETRACT and gone[1] == "squash")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ugh the power is out now"),
        ("en", "the new album is out now and it slaps"),
        ("es", "la peli se acabó a las doce"),
    ],
)
def test_over_without_known_fact_says_nothing(lang: str, text: str) -> None:
    assert extract_facts(text, lang, known_facts=[("likes", "tea")]) == []
