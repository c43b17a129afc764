"""What changes a word's weight: negation, intensity, elongation, shouting, emoji, disclosure."""

from __future__ import annotations

import pytest

from luminora.affinity import affinity_delta

NEGATED_BAD = [
    ("en", "not bad"),
    ("es", "no está mal"),
    ("fr", "pas mal"),
    ("pt", "não é ruim"),
    ("de", "nicht schlecht"),
    ("it", "non è male"),
]
NEGATED_AFFECTION = [
    ("en", "I don't like you"),
    ("es", "no me gustas nada"),
    ("fr", "je ne t'aime pas"),
    ("pt", "não gosto de você"),
    ("de", "ich mag dich nicht"),
    ("it", "non mi piaci"),
]


@pytest.mark.parametrize(("language", "text"), NEGATED_BAD)
def test_a_negated_bad_word_is_mildly_good(language: str, text: str) -> None:
    assert 1 < affinity_delta(text, language) <= 3


@pytest.mark.parametrize(("language", "text"), NEGATED_AFFECTION)
def test_negated_affection_aimed_at_the_personality_lowers_affinity(
    language: str, text: str
) -> None:
    assert affinity_delta(text, language) < 0


def test_a_negated_insult_is_mildly_good_not_a_declaration_of_love() -> None:
    denial = affinity_delta("I don't hate you", "en")
    assert 0 < denial < affinity_delta("thank you so much", "en")


def test_a_negated_compliment_is_not_warm() -> None:
    assert affinity_delta("not good", "en") < affinity_delta("good", "en")


@pytest.mark.parametrize(
    ("language", "plain", "intense"),
    [("en", "good", "very good"), ("es", "bonito", "muy bonito"), ("en", "stupid", "so stupid")],
)
def test_an_intensifier_strengthens_the_next_word(language: str, plain: str, intense: str) -> None:
    assert abs(affinity_delta(intense, language)) > abs(affinity_delta(plain, language))


@pytest.mark.parametrize(
    ("language", "plain", "elongated"),
    [
        ("es", "te quiero", "te quierooo"),
        ("es", "muchas gracias", "muchas graciasss"),
        ("en", "thank you", "thank youuu"),
        ("en", "love you", "love youuuu"),
        ("en", "good", "gooood"),
    ],
)
def test_elongated_spelling_scores_like_the_word(language: str, plain: str, elongated: str) -> None:
    assert affinity_delta(elongated, language) == affinity_delta(plain, language)


def test_a_short_word_is_not_mistaken_for_an_elongated_one() -> None:
    # "col" (cabbage) is not "cool"
    assert affinity_delta("col", "es") == affinity_delta("mesa", "es")


def test_laughter_is_friendly() -> None:
    assert affinity_delta("jajaja", "es") > affinity_delta("vale", "es")
    assert affinity_delta("kkkkk", "pt") > affinity_delta("certo", "pt")


def test_shouting_an_insult_makes_it_worse() -> None:
    assert affinity_delta("YOU ARE STUPID", "en") < affinity_delta("you are stupid", "en")


@pytest.mark.parametrize("text", ["❤️", "🥰", "hola 😊", ":)", "<3", "xD"])
def test_warm_emoji_and_emoticons_raise_affinity(text: str) -> None:
    assert affinity_delta(text, "es") > 0


@pytest.mark.parametrize("text", ["😡", "🖕", ">:("])
def test_angry_emoji_and_emoticons_lower_affinity(text: str) -> None:
    assert affinity_delta(text, "en") < 0


def test_many_emoji_count_only_up_to_a_bound() -> None:
    assert affinity_delta("ok " + "😍" * 40, "en") == affinity_delta("ok 😍😍", "en")


def test_a_time_is_not_read_as_an_emoticon() -> None:
    assert affinity_delta("see you at 10:30", "en") == affinity_delta("see you at ten", "en")


def test_sharing_personal_facts_adds_up_to_two_points() -> None:
    text = "I live in Lima"
    base = affinity_delta(text, "en")
    assert affinity_delta(text, "en", facts_shared=1) == base + 1
    assert affinity_delta(text, "en", facts_shared=9) == base + 2
    assert affinity_delta(text, "en", facts_shared=-3) == base


def test_sharing_facts_does_not_soften_real_hostility() -> None:
    assert affinity_delta("shut up idiot", "en", facts_shared=2) == affinity_delta(
        "shut up idiot", "en"
    )
