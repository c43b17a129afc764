"""What every language shares: questions, wishes, negation, changes, other people, names."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.memory.extraction import extract_facts
from luminora.models.facts import FactOp

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


@pytest.mark.parametrize(
    "text",
    [
        "Do you remember where I live?",
        "whats ur name",
        "¿Te acuerdas de cuántos años tengo?",
        "¿Cómo te llamas?",
        "como te llamas",
        "Kannst du mir ein gutes Rezept empfehlen?",
    ],
)
def test_questions_state_nothing(asserted: Facts, text: str) -> None:
    assert asserted(text) == set()


def test_a_statement_before_a_question_still_counts(asserted: Facts) -> None:
    assert ("name", "Ana") in asserted("I'm Ana, what's your name?", "en")
    assert ("age", "30") in asserted("Tengo 30 años, ¿y tú?", "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If I were a pilot I'd fly somewhere new every weekend."),
        ("en", "I'd love to live in Norway someday."),
        ("en", "Sometimes I daydream about moving to Lisbon."),
        ("es", "Me gustaría vivir en Japón algún día."),
        ("es", "Si fuera millonario me compraría un velero y me iría a Grecia."),
    ],
)
def test_wishes_and_conditionals_state_nothing(asserted: Facts, lang: str, text: str) -> None:
    assert asserted(text, lang) == set()


def test_a_wish_does_not_erase_the_fact_before_it(asserted: Facts) -> None:
    found = asserted("Vivo en Madrid pero me gustaría vivir en Japón.", "es")
    assert found == {("location", "Madrid")}


@pytest.mark.parametrize(
    ("lang", "text", "forbidden"),
    [
        ("en", "I'm not vegetarian, I just don't eat red meat.", ("diet", "vegetarian")),
        ("en", "People assume I speak Spanish, but I honestly don't.", ("languages", "Spanish")),
        ("es", "No tengo mascotas, aunque me encantan los perros.", ("pets", "perro")),
        ("es", "Que no, que no tengo hermanos, soy hijo único.", ("family", "hermanos")),
        ("it", "Non sono sposato e non ho figli.", ("family", "figli")),
    ],
)
def test_negations_are_not_stored(
    asserted: Facts, lang: str, text: str, forbidden: tuple[str, str]
) -> None:
    assert forbidden not in asserted(text, lang)


def test_a_correction_retracts_the_old_value_and_asserts_the_new(
    asserted: Facts, retracted: Facts
) -> None:
    text = "Bueno, ya no vivo en Madrid, me mudé a Sevilla en enero."
    assert ("location", "Madrid") in retracted(text, "es")
    assert asserted(text, "es") == {("location", "Sevilla")}


def test_retraction_comes_before_the_new_value() -> None:
    found = extract_facts("I don't live in Chicago anymore, I moved to Denver.", "en")
    assert [(c.key, c.value, c.op) for c in found] == [
        ("location", "Chicago", FactOp.RETRACT),
        ("location", "Denver", FactOp.ASSERT),
    ]


def test_the_wrong_value_of_a_correction_is_never_asserted(asserted: Facts) -> None:
    assert asserted("actually I'm 35, not 34", "en") == {("age", "35")}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "I don't like sushi anymore.", ("likes", "sushi")),
        ("en", "Scratch the jogging, I quit.", ("hobbies", "jogging")),
        ("en", "I used to work at Amazon but now I work at Microsoft.", ("employer", "Amazon")),
        ("es", "ya no juego al tenis", ("hobbies", "tenis")),
        ("es", "Bueno, el pilates lo he dejado, ahora solo yoga.", ("hobbies", "pilates")),
        ("es", "Ya no tengo gato.", ("pets", "gato")),
    ],
)
def test_no_longer_statements_retract(
    retracted: Facts, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in retracted(text, lang)


def test_no_longer_liking_is_not_disliking(asserted: Facts) -> None:
    assert asserted("Oye, que ya no me gusta el sushi.", "es") == set()


@pytest.mark.parametrize(
    ("lang", "text", "relation"),
    [
        ("en", "My sister lives in Paris and works as an architect.", "sister"),
        ("en", "My dad turns 70 next week.", "dad"),
        ("es", "Mi madre es de Granada y hace el mejor gazpacho.", "madre"),
    ],
)
def test_other_peoples_facts_only_record_the_relative(
    asserted: Facts, lang: str, text: str, relation: str
) -> None:
    assert asserted(text, lang) == {("family", relation)}


@pytest.mark.parametrize(
    "text",
    ["My best friend Mike is a huge Lakers fan.", "Mi amigo Juan es médico y vive en Bilbao."],
)
def test_friends_are_not_recorded(asserted: Facts, text: str) -> None:
    assert asserted(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Hola Sakura",
        "Good morning Sakura!",
        "I'll call you Nova from now on.",
        "Your name is Nova, right?",
    ],
)
def test_the_assistants_name_is_never_the_users(asserted: Facts, text: str) -> None:
    assert asserted(text, assistant_names=("Sakura", "Nova")) == set()


def test_assistant_names_are_dropped_even_from_a_name_trigger(asserted: Facts) -> None:
    assert asserted("me llamo Sakura", "es", assistant_names=["sakura"]) == set()


def test_a_spelling_fix_replaces_the_known_name() -> None:
    found = extract_facts(
        "Sorry, it's Kris with a K, autocorrect keeps changing it.",
        "en",
        known_facts=[("partner", "Chris")],
    )
    assert [(c.key, c.value, c.op) for c in found] == [("partner", "Kris", FactOp.ASSERT)]


def test_a_retraction_worded_differently_reaches_the_stored_value() -> None:
    found = extract_facts(
        "Ya no me gustan las pelis de terror.", "es", known_facts=[("likes", "películas de terror")]
    )
    assert ("likes", "películas de terror", FactOp.RETRACT) in [
        (c.key, c.value, c.op) for c in found
    ]


def test_confidence_is_higher_for_explicit_statements() -> None:
    explicit = extract_facts("My name is Olivia.", "en")[0]
    implied = extract_facts("Walking Pepper twice a day keeps me sane.", "en")[0]
    assert 0.9 <= explicit.confidence <= 0.95
    assert 0.6 <= implied.confidence <= 0.8


def test_empty_and_fact_free_messages() -> None:
    assert extract_facts("") == []
    assert extract_facts("hi!") == []
    assert extract_facts("😂😂😂") == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm " * 1000,
        "soy " * 1000,
        "¿¿¿" + "😂" * 500,
        "a" * 4000,
        "my sister " * 400,
        "\x00\x01 ' ´ ` - — ...",
        "İstanbul'da yaşıyorum",
    ],
)
def test_odd_and_long_messages_never_fail_and_stay_fast(text: str) -> None:
    import time

    started = time.perf_counter()
    extract_facts(text[:4000], known_facts=[("name", "Ana")])
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I love talking to you"),
        ("en", "I like your name"),
        ("en", "I like how you think"),
        ("es", "me gusta hablar contigo"),
        ("es", "me encanta tu nombre"),
        ("fr", "j'adore parler avec toi"),
        ("it", "mi piace parlare con te"),
    ],
)
def test_compliments_to_the_assistant_are_not_tastes(asserted: Facts, lang: str, text: str) -> None:
    assert asserted(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "im dead"),
        ("en", "I'm jealous."),
        ("en", "ugh im shook"),
        ("es", "soy virgo"),
        ("es", "Soy buenísimo."),
        ("es", "soy caluroso jaja"),
    ],
)
def test_adjectives_after_i_am_are_not_names(asserted: Facts, lang: str, text: str) -> None:
    assert not any(key == "name" for key, _ in asserted(text, lang))


@pytest.mark.parametrize(
    ("text", "name"),
    [("hi! im priya", "Priya"), ("im jake btw", "Jake"), ("soy vicente", "Vicente")],
)
def test_lowercase_names_with_an_intro_cue_are_read(asserted: Facts, text: str, name: str) -> None:
    assert ("name", name) in asserted(text)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "I've cut out coffee completely.", ("likes", "coffee")),
        ("en", "I don't drink coffee anymore", ("likes", "coffee")),
        ("es", "Ya no tomo café, me sienta fatal.", ("likes", "café")),
        ("fr", "je ne bois plus de café", ("likes", "café")),
    ],
)
def test_stopping_a_habit_retracts_the_like(
    retracted: Facts, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in retracted(text, lang)


def test_eating_or_drinking_alone_is_not_a_like(asserted: Facts) -> None:
    assert asserted("I eat meat", "en") == set()
    assert asserted("tomo café por las mañanas", "es") == set()


def test_te_with_an_accent_is_tea_not_a_pronoun(asserted: Facts) -> None:
    found = asserted("Me encanta el café y el té verde.", "es")
    assert {("likes", "café"), ("likes", "té verde")} <= found


def test_a_spelling_fix_after_se_llama_replaces_the_pet_name() -> None:
    found = extract_facts(
        "Perdón, se llama Rufus, con u.", "es", known_facts=[("pets", "perro Rufo")]
    )
    assert [(c.key, c.value, c.op) for c in found] == [
        ("pets", "perro Rufo", FactOp.RETRACT),
        ("pets", "perro Rufus", FactOp.ASSERT),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Was Kai born in Derby on 3 May?"),
        ("en", "If I adopted a kitten I'd name her Poppy"),
        ("en", "would you help me plan a trip to Oslo if I ever go?"),
        ("es", "mi hermana nació en Soria el 3 de mayo"),
        ("es", "¿te aburre el golf?"),
        ("es", "si adoptara un perro, se llamaría Rufo"),
        ("es", "ojalá viviera en Jerez, donde vive mi abuela"),
        ("it", "Mia sorella è nata a Bari il 5 marzo."),
        ("fr", "Mon frère est né à Nîmes le 3 mai."),
        ("pt", "Se eu adotasse uma gata, ela se chamaria Mia."),
    ],
)
def test_new_statement_shapes_still_respect_questions_wishes_and_other_people(
    asserted: Facts, lang: str, text: str
) -> None:
    keys = {key for key, _ in asserted(text, lang)}
    assert keys <= {"family"}
