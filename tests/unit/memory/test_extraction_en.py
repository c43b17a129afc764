"""English extraction rules, one behaviour per test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Hi there, my name's Olivia.", ("name", "Olivia")),
        ("hey nova im jen", ("name", "Jen")),
        ("yo its marcus, 26", ("name", "Marcus")),
        ("you can call me Bex", ("name", "Bex")),
    ],
)
def test_reads_the_users_name(asserted: Facts, text: str, fact: tuple[str, str]) -> None:
    assert fact in asserted(text, "en")


def test_a_full_name_wins_over_a_nickname_in_the_same_message(asserted: Facts) -> None:
    found = asserted("My name is Margaret but everyone calls me Maggie.", "en")
    assert ("name", "Margaret") in found
    assert ("name", "Maggie") not in found


@pytest.mark.parametrize("text", ["I'm tired", "I'm going home", "I'm Canadian", "I'm so done"])
def test_states_and_adjectives_after_im_are_not_names(asserted: Facts, text: str) -> None:
    assert not any(key == "name" for key, _ in asserted(text, "en"))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Just so you know, I'm 29 years old.", "29"),
        ("I just turned thirty-two last week.", "32"),
        ("I'm Priya, 31, from Pune", "31"),
        ("I'm Aisha, a 24 year old med student", "24"),
    ],
)
def test_reads_ages_in_digits_or_words(asserted: Facts, text: str, age: str) -> None:
    assert ("age", age) in asserted(text, "en")


def test_a_number_with_a_unit_is_not_an_age(asserted: Facts) -> None:
    assert not any(key == "age" for key, _ in asserted("I'm 5 minutes away", "en"))


def test_location_and_hometown_are_told_apart(asserted: Facts) -> None:
    found = asserted("I'm from Glasgow originally but I live in Manchester now.", "en")
    assert {("hometown", "Glasgow"), ("location", "Manchester")} <= found


def test_a_place_typed_lowercase_is_capitalized(asserted: Facts) -> None:
    assert ("location", "Austin") in asserted("lol ok so im jake btw, 22, live in austin", "en")


def test_a_place_after_a_common_noun_is_found(asserted: Facts) -> None:
    assert ("location", "Bristol") in asserted("I live in a small town near Bristol.", "en")


def test_job_and_employer_come_from_one_sentence(asserted: Facts) -> None:
    found = asserted("I work as a software engineer at Shopify.", "en")
    assert {("occupation", "software engineer"), ("employer", "Shopify")} <= found


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("As a nurse I see a lot of people.", "nurse"),
        ("Since I teach fourth grade, summers are free.", "teacher"),
        ("I'm a high school teacher.", "high school teacher"),
    ],
)
def test_reads_occupations_said_in_passing(asserted: Facts, text: str, job: str) -> None:
    assert ("occupation", job) in asserted(text, "en")


def test_an_unknown_noun_after_im_a_is_not_a_job(asserted: Facts) -> None:
    assert not any(key == "occupation" for key, _ in asserted("I'm a huge fan of jazz", "en"))


def test_lists_split_into_items_and_stop_at_the_next_clause(asserted: Facts) -> None:
    found = asserted("I love sushi, hate mushrooms and I'm allergic to cats.", "en")
    assert {("likes", "sushi"), ("dislikes", "mushrooms"), ("allergies", "cats")} <= found
    assert not any(value.startswith("hate") for _, value in found)


def test_an_enjoyed_activity_is_a_hobby(asserted: Facts) -> None:
    assert ("hobbies", "hiking") in asserted("I love hiking", "en")


def test_activity_verbs_become_hobbies(asserted: Facts) -> None:
    found = asserted("I swim on Mondays and go jogging every morning.", "en")
    assert {("hobbies", "swimming"), ("hobbies", "jogging")} <= found


def test_named_partner_and_pets(asserted: Facts) -> None:
    assert ("partner", "Hannah") in asserted("My wife Hannah and I celebrated.", "en")
    assert ("pets", "dog Biscuit") in asserted("ugh my dog biscuit ate my charger", "en")
    found = asserted("No, I don't have any kids, just two cats, Miso and Tofu.", "en")
    assert {("pets", "cat Miso"), ("pets", "cat Tofu")} <= found


def test_diets_languages_and_allergies(asserted: Facts) -> None:
    found = asserted("I'm vegan, and I speak English and French fluently.", "en")
    assert {("diet", "vegan"), ("languages", "English"), ("languages", "French")} <= found
    assert ("allergies", "peanut") in asserted("I have a peanut allergy.", "en")


def test_goals_and_travel(asserted: Facts) -> None:
    assert ("goals", "Chicago marathon") in asserted(
        "I'm training for the Chicago marathon this fall", "en"
    )
    assert ("travel_destination", "Edinburgh") in asserted(
        "Asking because I'm heading to Edinburgh that month.", "en"
    )
    assert ("travel_destination", "Japan") in asserted(
        "cant wait for my trip to japan next month", "en"
    )


def test_birthday_keeps_the_date_as_written(asserted: Facts) -> None:
    assert ("birthday", "March 14th") in asserted("My birthday is on March 14th.", "en")


def test_a_subject_that_includes_the_user_counts(asserted: Facts) -> None:
    assert ("location", "Dublin") in asserted("Me and my husband live in Dublin.", "en")
    assert ("location", "Barcelona") in asserted("I live with my girlfriend in Barcelona.", "en")


def test_a_lowercase_verb_after_a_relation_is_not_a_name(asserted: Facts) -> None:
    assert not any(key == "partner" for key, _ in asserted("me and my husband live here", "en"))


def test_new_job_and_origin_said_in_passing(asserted: Facts) -> None:
    assert ("employer", "Spotify") in asserted("I just started a new job at Spotify!", "en")
    assert ("hometown", "Brazil") in asserted("I moved here from Brazil three years ago.", "en")


def test_past_continuous_retracts_the_old_place(retracted: Facts, asserted: Facts) -> None:
    text = "I was living in Berlin but I moved back to London."
    assert ("location", "Berlin") in retracted(text, "en")
    assert asserted(text, "en") == {("location", "London")}
