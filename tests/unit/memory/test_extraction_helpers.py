"""Shared helpers of the extraction engine: folding, number words, value cleanup."""

from __future__ import annotations

import pytest

from luminora.memory.extraction.hints import required_literals
from luminora.memory.extraction.numbers import parse_number
from luminora.memory.extraction.shorthand import spell_out
from luminora.memory.extraction.text import fold, split_sentences
from luminora.memory.extraction.values import title
from luminora.memory.extraction.vocab import gendered


def test_folding_keeps_offsets_so_values_keep_the_users_spelling() -> None:
    text = "Me mudé a SEVILLA, ¿sabés?"
    assert len(fold(text)) == len(text)
    assert fold(text) == "me mude a sevilla, ¿sabes?"


@pytest.mark.parametrize(
    ("words", "lang", "value"),
    [
        ("twenty-nine", "en", 29),
        ("thirty four", "en", 34),
        ("treinta y cuatro", "es", 34),
        ("dieciseis", "es", 16),
        ("vingt-cinq", "fr", 25),
        ("soixante-dix-sept", "fr", 77),
        ("quatre-vingt-deux", "fr", 82),
        ("trinta e dois", "pt", 32),
        ("achtunddreißig", "de", 38),
        ("einundzwanzig", "de", 21),
        ("trentaquattro", "it", 34),
        ("ventotto", "it", 28),
        ("42", "it", 42),
    ],
)
def test_number_words_in_every_language(words: str, lang: str, value: int) -> None:
    assert parse_number(words, lang) == value


def test_unknown_words_are_not_numbers() -> None:
    assert parse_number("lots", "en") is None


def test_lowercase_places_are_capitalized_but_typed_capitals_are_kept() -> None:
    assert title("rio de janeiro") == "Rio de Janeiro"
    assert title("McDonald") == "McDonald"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("o'brien", "O'Brien"),
        ("d'angelo", "D'Angelo"),
        ("jean-luc", "Jean-Luc"),
        ("mary o'neill", "Mary O'Neill"),
        ("côte d'ivoire", "Côte d'Ivoire"),
    ],
)
def test_each_part_after_an_apostrophe_or_hyphen_is_capitalized(value: str, shown: str) -> None:
    assert title(value) == shown


def test_gendered_lexicon_entries_expand_both_forms() -> None:
    forms = gendered("enfermero/a profesor/a actor/actriz español/a")
    assert {"enfermera", "profesora", "actriz", "espanola"} <= set(forms)
    assert forms["espanola"] == "española"


def test_sentences_split_on_punctuation_but_not_on_decimals() -> None:
    import re

    sentences = split_sentences("I'm 1.80 tall. I live in Leeds! And you?", re.compile(r"(?!)"))
    assert [s.raw.strip() for s in sentences] == ["I'm 1.80 tall.", "I live in Leeds!", "And you?"]


def test_a_lexicon_admits_words_by_a_productive_ending() -> None:
    from luminora.memory.extraction.readers import Lexicon

    jobs = Lexicon({"nurse": "nurse"}, suffixes=r"ologist|ographer")
    assert "nurse" in jobs
    assert "radiographer" in jobs
    assert "gist" not in jobs  # the ending alone is no word


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("i live in new york city", "en", "New York City"),
        ("vivo en santiago de chile", "es", "Santiago de Chile"),
        ("vivo en buenos aires", "es", "Buenos Aires"),
    ],
)
def test_a_lowercase_place_may_start_with_a_frequent_word(text: str, lang: str, place: str) -> None:
    from luminora.memory.extraction import extract_facts

    assert ("location", place) in {(c.key, c.value) for c in extract_facts(text, lang)}


def test_a_rule_may_need_any_of_several_keys_stated_earlier_in_the_message() -> None:
    from luminora.memory.extraction.engine import rule
    from luminora.memory.extraction.readers import constant

    r = rule("age", r"x", constant("age", "1"), needs=("name", "occupation"))
    assert r.needs == ("name", "occupation")
    assert rule("age", r"x", constant("age", "1"), needs="name").needs == ("name",)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\b(?:live|reside)\s+in\s+", {"live", "reside"}),
        (r"\bname's\s+|\bnames\s+", {"name's", "names"}),
        (r"\bname's\s+|(?:^|,)\s*", None),
        # elements a match may skip or that hold no word are read past
        (r"(?P<v>\d{1,3})[\s-]*(?:years?\s+old|yrs?\s+old)\b", {"year", "yr"}),
        (r"(?P<v>\d{1,3})\s*(?:years?|y/?o)\b", None),
        (r"(?:a\s+)?(?:big\s+)?fan\s+of\s+", {"fan"}),
        (r"[,;]\s*(?:an?\s+)?[a-z]+", None),
        (r"\d+\s?[fm](?=\W|$)", None),
    ],
)
def test_a_rule_gate_holds_a_word_of_every_top_level_alternative(
    pattern: str, literals: set[str] | None
) -> None:
    found = required_literals(pattern)
    assert (set(found) if found is not None else None) == literals


@pytest.mark.parametrize(
    ("text", "lang", "spelled"),
    [
        ("trabajo d camarero", "es", "trabajo de camarero"),
        ("dos veces x mes", "es", "dos veces por mes"),
        ("q asco", "es", "que asco"),
        ("¿q?", "es", "¿que?"),
        ("Tb me gusta, xq sí", "es", "También me gusta, porque sí"),
        ("hanging out w/friends", "en", "hanging out with friends"),
        ("coffee w/o sugar", "en", "coffee without sugar"),
        ("tired rn, u?", "en", "tired right now, you?"),
        ("vc sabe q eu tb", "pt", "você sabe que eu também"),
        ("chui prof pr toujours", "fr", "je suis prof pour toujours"),
    ],
)
def test_chat_abbreviations_are_spelled_out_per_language(
    text: str, lang: str, spelled: str
) -> None:
    assert spell_out(text, lang) == spelled


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("vitamina D y hierro", "es"),
        ("la d", "es"),
        ("Malcolm X was right", "en"),
        ("moved to the u.s. last year", "en"),
        ("U2 is my favourite band", "en"),
        ("je bosse en PR", "fr"),
        ("x", "es"),
        ("ich bin q", "de"),
    ],
)
def test_letters_inside_names_values_and_other_languages_stay_as_typed(
    text: str, lang: str
) -> None:
    assert spell_out(text, lang) == text
