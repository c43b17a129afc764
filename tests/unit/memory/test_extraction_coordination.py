"""Statements that share a verb, a comma or a possessive with the one before them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


@pytest.mark.parametrize(
    ("text", "language", "allergy"),
    [
        ("Soy vegetariana y alérgica al marisco.", "es", "marisco"),
        ("Je suis végétarien et allergique aux noix.", "fr", "noix"),
        ("Sou vegetariano e alérgico a amendoim.", "pt", "amendoim"),
        ("Sono vegetariano e allergico alle noci.", "it", "noci"),
        ("Ich bin Vegetarier und allergisch gegen Nüsse.", "de", "Nüsse"),
    ],
)
def test_a_predicate_after_and_shares_the_users_i_am(
    asserted: Facts, text: str, language: str, allergy: str
) -> None:
    assert ("allergies", allergy) in asserted(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mi hermano es vegetariano y alérgico al marisco.", "es"),
        ("Mein Bruder ist Lehrer und allergisch gegen Katzen.", "de"),
        ("Mio fratello è vegetariano e allergico alle noci.", "it"),
    ],
)
def test_a_predicate_after_and_shares_someone_elses_is(
    asserted: Facts, text: str, language: str
) -> None:
    assert not any(key == "allergies" for key, _ in asserted(text, language))


@pytest.mark.parametrize(
    ("text", "language", "pet"),
    [
        ("Ich habe keine Kinder, aber zwei Katzen.", "de", "Katze"),
        ("No tengo hijos, pero sí dos gatos.", "es", "gato"),
        ("Je n'ai pas d'enfants, mais deux chats.", "fr", "chat"),
        ("Non ho figli ma due gatti", "it", "gatto"),
    ],
)
def test_what_the_user_has_after_but_shares_the_users_have(
    asserted: Facts, text: str, language: str, pet: str
) -> None:
    assert ("pets", pet) in asserted(text, language)


def test_what_someone_else_has_after_but_is_not_the_users(asserted: Facts) -> None:
    found = asserted("Meine Schwester hat keine Kinder, aber zwei Katzen.", "de")
    assert not any(key == "pets" for key, _ in found)


def test_ich_bin_elided_before_an_age(asserted: Facts) -> None:
    assert ("age", "24") in asserted("Hallo, ich bin Tim und 24 Jahre alt", "de")


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        ("Mi mujer, Carmen, dice que ronco muchísimo.", "es", ("partner", "Carmen")),
        ("My wife, Carmen, says I snore.", "en", ("partner", "Carmen")),
        ("Mi hermano, Pablo, vive aquí", "es", ("family", "hermano Pablo")),
    ],
)
def test_a_name_between_commas_after_a_relation_is_theirs(
    asserted: Facts, text: str, language: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, language)


def test_words_between_commas_after_a_relation_are_no_name(asserted: Facts) -> None:
    assert asserted("My dog, honestly, is a menace", "en") == {("pets", "dog")}


def test_a_named_pet_joins_a_household_just_described(asserted: Facts) -> None:
    text = "My husband Tom and I live in Cardiff with our two kids and a rabbit named Clover."
    assert ("pets", "rabbit Clover") in asserted(text, "en")


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("My mom is a teacher and my dad's a mechanic.", "dad"),
        ("My sister's boyfriend is from Italy", "sister"),
        ("my dad's car broke down", "dad"),
    ],
)
def test_a_relative_with_apostrophe_s_is_still_a_relative(
    asserted: Facts, text: str, relative: str
) -> None:
    assert ("family", relative) in asserted(text, "en")


@pytest.mark.parametrize(
    "text", ["my wife's birthday is next week", "my dog's bowl is empty", "my sister's car"]
)
def test_the_word_after_apostrophe_s_is_not_a_name(asserted: Facts, text: str) -> None:
    assert not any(" " in value or key == "partner" for key, value in asserted(text, "en"))


def test_a_verb_after_a_plural_relation_is_not_a_list_of_names(asserted: Facts) -> None:
    assert asserted("Mis hijos adoran Minecraft", "es") == {("family", "hijos")}


def test_names_after_que_se_llaman_may_be_frequent_words(asserted: Facts) -> None:
    found = asserted("tengo dos hijos que se llaman leo y vera", "es")
    assert {("family", "Leo (hijos)"), ("family", "Vera (hijos)")} <= found
    assert not any(key == "hobbies" for key, _ in found)


@pytest.mark.parametrize(
    ("text", "language", "item"),
    [
        ("I'm allergic to cats, unfortunately.", "en", "cats"),
        ("Sono allergica ai gatti, purtroppo.", "it", "gatti"),
        ("Je suis allergique aux chats, malheureusement.", "fr", "chats"),
        ("Ich bin allergisch gegen Katzen, leider.", "de", "Katzen"),
        ("Sou alérgica a gatos, infelizmente.", "pt", "gatos"),
    ],
)
def test_a_sentence_adverb_after_a_comma_ends_a_list(
    asserted: Facts, text: str, language: str, item: str
) -> None:
    assert asserted(text, language) == {("allergies", item)}


def test_a_first_person_verb_after_a_comma_ends_a_list(asserted: Facts) -> None:
    found = asserted("Não gosto de futebol, prefiro basquete.", "pt")
    assert found == {("dislikes", "futebol"), ("likes", "basquete")}
