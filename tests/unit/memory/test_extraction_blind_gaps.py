"""Hypothetical musings, deflections to relatives, clause-starting verbs, jobs after an
employer, "to see if", employers and jobs left, and tastes worn out."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Changes


@pytest.mark.parametrize(
    "text",
    [
        "I often wonder what it would be like to live in Reykjavik as a chef.",
        "Some days I think about what it'd be like to be a surgeon in Boston.",
    ],
)
def test_a_musing_about_another_life_stores_nothing(text: str, changes: Changes) -> None:
    assert changes(text, "en") == set()


def test_wondering_about_something_else_keeps_the_real_statement(changes: Changes) -> None:
    assert ("location", "Rome", "assert") in changes(
        "I live in Rome and I wonder if it rains", "en"
    )


def test_forget_the_item_retracts_the_known_one(changes: Changes) -> None:
    known = [("languages", "Dutch"), ("languages", "French")]
    found = changes("honestly, forget the Dutch, I know ten words", "en", known)
    assert found == {("languages", "Dutch", "retract")}


def test_forgetting_things_in_daily_life_retracts_nothing(changes: Changes) -> None:
    assert changes("I always forget the keys", "en", [("languages", "Dutch")]) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No como carne, eso es mi hermana, no yo.", "es"),
        ("oh that is my brother lol", "en"),
        ("c'est mon frère, pas moi", "fr"),
    ],
)
def test_a_thing_put_on_an_unnamed_relative_stores_no_relative(
    text: str, language: str, changes: Changes
) -> None:
    assert not {f for f in changes(text, language) if f[0] == "family"}


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        ("thats my sister Ana in the photo", "en", ("family", "sister Ana", "assert")),
        ("my sister is a nurse", "en", ("family", "sister", "assert")),
        ("hang on, that's my dad's, mine is in May", "en", ("family", "dad", "assert")),
    ],
)
def test_named_or_possessive_relatives_are_still_stored(
    text: str, language: str, fact: tuple[str, str, str], changes: Changes
) -> None:
    assert fact in changes(text, language)


def test_a_past_verb_after_a_comma_ends_the_list(changes: Changes) -> None:
    assert changes("I'm allergic to shellfish, found that out at a wedding", "en") == {
        ("allergies", "shellfish", "assert")
    }
    assert changes("I love hiking, got into it last year", "en") == {
        ("hobbies", "hiking", "assert")
    }


def test_a_list_of_nouns_still_reads_every_item(changes: Changes) -> None:
    got = changes("I hate onions, garlic and leeks", "en")
    assert {v for _, v, _ in got} == {"onions", "garlic", "leeks"}


@pytest.mark.parametrize(
    ("text", "employer", "job"),
    [
        ("curro en zara de dependiente", "Zara", "dependiente"),
        ("trabajo en mercadona de cajera", "Mercadona", "cajera"),
    ],
)
def test_a_job_after_the_employer_is_not_part_of_its_name(
    text: str, employer: str, job: str, changes: Changes
) -> None:
    got = changes(text, "es")
    assert ("employer", employer, "assert") in got
    assert ("occupation", job, "assert") in got


def test_a_place_with_a_link_keeps_its_full_name(changes: Changes) -> None:
    assert ("location", "Santiago de Compostela", "assert") in changes(
        "vivo en santiago de compostela", "es"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("estoy juntando plata para ver si me voy a Canadá", "es"),
        ("I'm saving up to see if I can go to Peru next year", "en"),
        ("estou poupando para ver se vou a Londres", "pt"),
    ],
)
def test_a_trip_only_being_saved_for_is_no_destination(
    text: str, language: str, changes: Changes
) -> None:
    assert not {f for f in changes(text, language) if f[0] == "travel_destination"}


def test_a_plain_trip_is_still_a_destination(changes: Changes) -> None:
    assert ("travel_destination", "Londres", "assert") in changes("vou a Londres em maio", "pt")


def test_an_employer_left_is_retracted_and_the_new_one_stored(changes: Changes) -> None:
    got = changes("saí do Bradesco em maio, agora tô na Vale", "pt", [("employer", "Bradesco")])
    assert ("employer", "Bradesco", "retract") in got
    assert ("employer", "Vale", "assert") in got
    got = changes("bueno, me salí de Repsol en marzo", "es", [("employer", "Repsol")])
    assert ("employer", "Repsol", "retract") in got


def test_leaving_work_early_names_no_new_employer(changes: Changes) -> None:
    got = changes("saí do trabalho cedo hoje", "pt", [("employer", "Bradesco")])
    assert not {f for f in got if f[0] == "employer" and f[2] == "assert"}


@pytest.mark.parametrize(
    ("text", "language", "job"),
    [
        ("bueno, era fontanero, ahora reparto para Glovo", "es", "fontanero"),
        ("bom, eu era professor, agora sou motorista", "pt", "professor"),
    ],
)
def test_a_job_the_user_had_is_retracted(
    text: str, language: str, job: str, changes: Changes
) -> None:
    assert ("occupation", job, "retract") in changes(text, language, [("occupation", job)])


def test_a_relatives_past_job_is_not_the_users(changes: Changes) -> None:
    got = changes("mi padre era fontanero también", "es", [("occupation", "fontanero")])
    assert ("occupation", "fontanero", "retract") not in got


def test_a_taste_worn_out_is_retracted(changes: Changes) -> None:
    got = changes(
        "Bueno, el pádel ya me cansó, lo dejé", "es", [("likes", "pádel"), ("likes", "cine")]
    )
    assert ("likes", "pádel", "retract") in got
    assert ("likes", "cine", "retract") not in got
