"""Corrections and withdrawals that lean on what memory already holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.memory.extraction import extract_facts
from luminora.models.facts import FactOp

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Changes, Facts


@pytest.mark.parametrize(
    ("text", "language", "withdrawn"),
    [
        ("Okay I lied about Greek, I only know five words.", "en", ("languages", "Greek")),
        ("Lo de los frutos secos al final no.", "es", ("allergies", "frutos secos")),
        ("Bueno, el reguetón ya no tanto, me cansé.", "es", ("likes", "reguetón")),
        ("Bueno, el francés ya no lo hablo.", "es", ("languages", "francés")),
        ("El jazz ya no me llama tanto, la verdad.", "es", ("likes", "jazz")),
    ],
)
def test_a_withdrawal_without_a_key_retracts_the_known_fact_with_that_value(
    text: str,
    language: str,
    withdrawn: tuple[str, str],
    changes: Changes,
) -> None:
    # Given a stored fact, When the user takes it back without saying what kind it was
    found = changes(text, language, [withdrawn, ("likes", "pizza")])
    # Then that fact, and only that one, is retracted
    assert found == {(*withdrawn, "retract")}


def test_a_withdrawal_without_a_key_retracts_nothing_when_memory_is_empty() -> None:
    assert extract_facts("I lied about Greek.", "en") == []


def test_a_withdrawal_without_a_key_needs_the_same_words_not_just_one_of_them(
    changes: Changes,
) -> None:
    found = changes("I lied about Greek.", "en", [("likes", "Greek food")])
    assert found == set()


@pytest.mark.parametrize(
    ("text", "language", "known"),
    [
        ("We broke up last month.", "en", ("partner", "Amy")),
        ("I'm single now", "en", ("partner", "Amy")),
        ("Lo hemos dejado.", "es", ("partner", "Luis")),
        ("The Paris trip got cancelled.", "en", ("travel_destination", "Paris")),
        ("Se ha cancelado el viaje.", "es", ("travel_destination", "Roma")),
    ],
)
def test_a_key_withdrawn_as_a_whole_retracts_its_known_value(
    text: str,
    language: str,
    known: tuple[str, str],
    changes: Changes,
) -> None:
    assert changes(text, language, [known]) == {(*known, "retract")}


@pytest.mark.parametrize(
    "text", ["We didn't break up lol", "lo dejamos para mañana", "Lo he dejado en casa"]
)
def test_words_that_only_look_like_a_breakup_keep_the_partner(text: str, changes: Changes) -> None:
    language = "en" if text.startswith("We") else "es"
    assert changes(text, language, [("partner", "Amy")]) == set()


@pytest.mark.parametrize(
    ("text", "language", "known", "fixed"),
    [
        ("Perdón, quise decir Mario, Marcos es mi primo", "es", ("partner", "Marcos"), "Mario"),
        ("Oops, Dusty! Autocorrect again", "en", ("pets", "dog Rusty"), "dog Dusty"),
        ("Perdón, se llama Martina.", "es", ("partner", "Marta"), "Martina"),
    ],
)
def test_a_slip_fixed_by_a_similar_name_replaces_the_known_name(
    text: str,
    language: str,
    known: tuple[str, str],
    fixed: str,
    changes: Changes,
) -> None:
    found = changes(text, language, [known])
    assert (known[0], fixed, "assert") in found


def test_a_different_name_after_oops_is_not_a_spelling_fix(changes: Changes) -> None:
    assert changes("Oops, Kevin!", "en", [("partner", "Amy")]) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [("oops I meant 26", "en"), ("Uy no, 26, que siempre me lío", "es"), ("Ay no, 26", "es")],
)
def test_a_number_meant_instead_of_the_known_age_corrects_it(
    text: str, language: str, changes: Changes
) -> None:
    assert ("age", "26", "assert") in changes(text, language, [("age", "25")])


@pytest.mark.parametrize(
    ("text", "known"),
    [("I meant 26 minutes away", [("age", "25")]), ("oops I meant 26", [("name", "Ana")])],
)
def test_a_number_is_not_an_age_without_a_known_age_or_with_a_unit(
    text: str,
    known: list[tuple[str, str]],
    changes: Changes,
) -> None:
    assert not any(key == "age" for key, _, _ in changes(text, "en", known))


@pytest.mark.parametrize(
    ("text", "language", "old", "new"),
    [
        ("Al final no voy a Roma, cambiamos a Florencia.", "es", "Roma", "Florencia"),
        ("We're not flying to Rome anymore, we switched to Athens.", "en", "Rome", "Athens"),
    ],
)
def test_a_trip_called_off_retracts_it_and_the_new_destination_replaces_it(
    retracted: Facts, asserted: Facts, text: str, language: str, old: str, new: str
) -> None:
    assert ("travel_destination", old) in retracted(text, language)
    assert ("travel_destination", new) in asserted(text, language)


def test_switching_to_something_names_no_trip_unless_a_trip_was_mentioned(
    asserted: Facts,
) -> None:
    assert asserted("I switched to Linux last year", "en") == set()


def test_a_new_employer_after_leaving_the_old_one(retracted: Facts, asserted: Facts) -> None:
    text = "I left Deloitte, now I'm at KPMG"
    assert ("employer", "Deloitte") in retracted(text, "en")
    assert ("employer", "KPMG") in asserted(text, "en")


def test_being_at_a_place_names_no_employer_without_a_job_change(asserted: Facts) -> None:
    assert not any(key == "employer" for key, _ in asserted("now I'm at home", "en"))


def test_a_known_fact_withdrawn_in_any_key_is_the_only_change() -> None:
    found = extract_facts(
        "Lo de los frutos secos era mentira", "es", known_facts=[("allergies", "frutos secos")]
    )
    assert [(c.key, c.op) for c in found] == [("allergies", FactOp.RETRACT)]


@pytest.mark.parametrize(
    ("text", "language", "known", "fixed"),
    [
        ("Perdón, el 14 de mayo, me comí el 1 jaja", "es", ("birthday", "4 de mayo"), "14 de mayo"),
        ("Wait, no, it's August 19th, sorry!", "en", ("birthday", "August 9th"), "August 19th"),
        ("Bueno, ahora en Guayaquil, me mudé hace poco.", "es", ("location", "Quito"), "Guayaquil"),
        ("Pardon, à Lausanne, pas Genève.", "fr", ("location", "Genève"), "Lausanne"),
        ("sorry, in Leeds not York", "en", ("location", "York"), "Leeds"),
    ],
)
def test_a_slip_fixed_by_a_bare_place_or_date_corrects_the_known_value(
    text: str,
    language: str,
    known: tuple[str, str],
    fixed: str,
    changes: Changes,
) -> None:
    assert changes(text, language, [known]) == {(known[0], fixed, "assert")}


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("sorry, in Leeds not York", []),
        ("Perdón, en Guayaquil estoy de viaje", [("location", "Quito")]),
        ("sorry, in Paris for work this week", [("location", "York")]),
    ],
)
def test_a_bare_place_after_sorry_is_no_location_without_one_to_correct(
    text: str,
    known: list[tuple[str, str]],
    changes: Changes,
) -> None:
    language = "es" if "Perdón" in text else "en"
    assert not any(key == "location" for key, _, _ in changes(text, language, known))


def test_a_new_employer_after_a_change_of_job_replaces_the_known_one(changes: Changes) -> None:
    found = changes("Heads up, new job, I'm with Ocado now", "en", [("employer", "Atkins")])
    assert ("employer", "Ocado", "assert") in found
    assert not any(key == "employer" and op == "retract" for key, _, op in found)


@pytest.mark.parametrize(
    ("text", "language", "stored"),
    [
        ("mi perro se murió la semana pasada", "es", ("pets", "perro Toby")),
        ("Sadly our cat passed away", "en", ("pets", "cat Luna")),
        ("la tortuga se fue del jardín y ya no la tengo", "es", ("pets", "tortuga")),
    ],
)
def test_a_pet_that_is_gone_retracts_the_stored_pet(
    text: str,
    language: str,
    stored: tuple[str, str],
    changes: Changes,
) -> None:
    found = changes(text, language, [stored, ("pets", "conejo Tambor")])
    assert (*stored, "retract") in found
    assert ("pets", "conejo Tambor", "retract") not in found


def test_a_pet_named_as_gone_retracts_only_that_pet(changes: Changes) -> None:
    known = [("pets", "perro Toby"), ("pets", "perro Rayo")]
    found = changes("mi perro Toby se murió", "es", known)
    assert ("pets", "perro Toby", "retract") in found
    assert ("pets", "perro Rayo", "retract") not in found


def test_a_taste_withdrawn_with_the_object_first_then_a_new_preference(changes: Changes) -> None:
    found = changes("La birra non mi piace più, ormai preferisco il vino.", "it",
                       [("likes", "birra")])  # fmt: skip
    assert ("likes", "birra", "retract") in found
    assert ("likes", "vino", "assert") in found
    assert not any(key == "dislikes" for key, _, _ in found)
