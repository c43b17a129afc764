"""The user's name: whole multi-word names, odd spellings, and names that are also words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


def names(found: set[tuple[str, str]]) -> set[str]:
    return {value for key, value in found if key == "name"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "ire al machu picchu que te parece, soy juan carlos", "Juan Carlos"),
        ("en", "gonna go to peru next month what do you think, i'm mary jane", "Mary Jane"),
        ("es", "hola! soy maría josé y vivo en granada", "María José"),
        ("en", "hi i'm jean pierre, nice to meet you", "Jean Pierre"),
        ("es", "me llamo ana maría", "Ana María"),
        ("en", "my name is josé luis", "José Luis"),
        ("fr", "je m'appelle jean pierre et j'habite à lyon", "Jean Pierre"),
        ("pt", "oi, eu sou maria eduarda", "Maria Eduarda"),
        ("de", "hallo, ich bin juan carlos und wohne in köln", "Juan Carlos"),
        ("it", "ciao, sono gian luca e vivo a roma", "Gian Luca"),
    ],
)
def test_a_two_word_first_name_is_read_whole(
    asserted: Facts, lang: str, text: str, name: str
) -> None:
    assert names(asserted(text, lang)) == {name}


def test_a_surname_after_the_first_name_stays_in_the_name(asserted: Facts) -> None:
    assert names(asserted("hola, soy carlos garcia", "es")) == {"Carlos Garcia"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "i'm o'brien btw", "O'Brien"),
        ("es", "soy d'angelo, encantado", "D'Angelo"),
        ("en", "call me jean-luc", "Jean-Luc"),
        ("fr", "moi c'est anne-marie", "Anne-Marie"),
        ("fr", "je m'appelle jean-baptiste", "Jean-Baptiste"),
    ],
)
def test_apostrophes_and_hyphens_stay_in_the_name_with_each_part_capitalised(
    asserted: Facts, lang: str, text: str, name: str
) -> None:
    assert names(asserted(text, lang)) == {name}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Me llamo María del Carmen", "María del Carmen"),
        ("en", "My name is Ludwig van Beethoven", "Ludwig van Beethoven"),
    ],
)
def test_a_capitalised_name_joined_by_a_particle_is_read_whole(
    asserted: Facts, lang: str, text: str, name: str
) -> None:
    assert names(asserted(text, lang)) == {name}


@pytest.mark.parametrize("text", ["i'm will", "I'm Will and I'm a nurse", "hi i'm will btw"])
def test_a_modal_after_im_can_only_be_a_name(asserted: Facts, text: str) -> None:
    assert names(asserted(text, "en")) == {"Will"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey sakura, i'm ahmed", "Ahmed"),
        ("gonna go to japan next month what do you think, i'm mohammed", "Mohammed"),
        ("i'm jared, 24, from ohio", "Jared"),
        ("btw i'm alfred", "Alfred"),
    ],
)
def test_a_name_shaped_like_a_participle_is_a_name_in_an_introduction(
    asserted: Facts, text: str, name: str
) -> None:
    assert names(asserted(text, "en")) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi, i'm rich", "Rich"),
        ("gonna go to lima next month what do you think, i'm rich", "Rich"),
        ("hey! i'm guy", "Guy"),
    ],
)
def test_a_word_that_is_also_a_name_is_one_in_an_introduction(
    asserted: Facts, text: str, name: str
) -> None:
    assert names(asserted(text, "en")) == {name}


@pytest.mark.parametrize("text", ["i'm rich", "i'm rich lol", "im guy"])
def test_a_word_that_is_also_a_name_alone_after_im_is_not_one(asserted: Facts, text: str) -> None:
    assert names(asserted(text, "en")) == set()


@pytest.mark.parametrize(
    "name", ["Dawn", "Hope", "Joy", "Faith", "Summer", "Max", "Reed", "Fred", "Jed", "Grant"]
)
def test_names_that_are_english_nouns_close_the_reference_message(
    asserted: Facts, name: str
) -> None:
    text = f"gonna go to rome next month what do you think, i'm {name.lower()}"
    assert names(asserted(text, "en")) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "i'm tired",
        "im so done",
        "i'm married",
        "i'm good",
        "i'm fine lol",
        "i'm new here",
        "i'm stuck",
        "i'm gutted",
        "i'm outta here",
        "i'm exhausted",
        "hey i'm starving",
        "gonna go to japan, i'm exhausted",
        "i'm way too tired",
        "i'm twenty",
        "i'm more alert now",
        "call me maybe",
        "call me anytime",
    ],
)
def test_states_after_im_are_never_names(asserted: Facts, text: str) -> None:
    assert names(asserted(text, "en")) == set()


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("i'm from spain", ("hometown", "Spain")),
        ("i'm a nurse", ("occupation", "nurse")),
        ("i'm going to japan next month", ("travel_destination", "Japan")),
    ],
)
def test_other_facts_after_im_are_not_names(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    found = asserted(text, "en")
    assert fact in found
    assert names(found) == set()


@pytest.mark.parametrize(
    "text", ["same here!", "it's tough, but I'm sticking with it.", "It's true.", "it's sunny"]
)
def test_evaluations_after_its_are_not_names(asserted: Facts, text: str) -> None:
    assert names(asserted(text, "en")) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "soy cinturon negro"),
        ("es", "soy team frio"),
        ("es", "soy la oveja negra"),
        ("en", "i'm team edward"),
        ("en", "i'm bone dry"),
    ],
)
def test_several_lowercase_words_after_a_copula_are_no_name_outside_an_introduction(
    asserted: Facts, lang: str, text: str
) -> None:
    assert names(asserted(text, lang)) == set()


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [("es", "soy juan carlos!", "Juan Carlos"), ("en", "i'm mary jane", "Mary Jane")],
)
def test_a_message_that_only_gives_a_two_word_name_introduces_the_user(
    asserted: Facts, lang: str, text: str, name: str
) -> None:
    assert names(asserted(text, lang)) == {name}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "me llamo mar", "Mar"),
        ("es", "mi nombre es leo", "Leo"),
        ("en", "my name is dawn", "Dawn"),
        ("en", "my name's will", "Will"),
        ("de", "ich heiße will", "Will"),
        ("pt", "me chamo mar", "Mar"),
    ],
)
def test_after_an_explicit_trigger_a_frequent_word_is_a_name(
    asserted: Facts, lang: str, text: str, name: str
) -> None:
    assert names(asserted(text, lang)) == {name}


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "my name is hard to spell"), ("es", "mi nombre es raro"), ("en", "call me nurse")],
)
def test_after_an_explicit_trigger_a_state_or_a_job_is_not_a_name(
    asserted: Facts, lang: str, text: str
) -> None:
    assert names(asserted(text, lang)) == set()


@pytest.mark.parametrize("text", ["hola soy mar", "soy mar, de cádiz", "soy mar y vivo en cádiz"])
def test_a_spanish_noun_after_soy_is_a_name_in_an_introduction(asserted: Facts, text: str) -> None:
    assert names(asserted(text, "es")) == {"Mar"}


def test_a_spanish_noun_alone_after_soy_is_not_a_name(asserted: Facts) -> None:
    assert names(asserted("soy mar", "es")) == set()


def test_an_elided_de_after_je_suis_says_where_the_user_is_from(asserted: Facts) -> None:
    assert asserted("je suis d'annecy", "fr") == {("hometown", "Annecy")}


def test_a_name_with_a_german_adjective_ending_is_still_a_name(asserted: Facts) -> None:
    assert names(asserted("ich bin carlos", "de")) == {"Carlos"}
    assert names(asserted("ich bin ratlos", "de")) == set()
