"""The analyzer: folding, stop words and Snowball stems in each supported language."""

from __future__ import annotations

import pytest

from luminora.memory.retrieval import LANGUAGES, analyze, simple_tokens


@pytest.mark.parametrize(
    ("language", "accented", "plain"),
    [
        ("es", "canción", "cancion"),
        ("fr", "élève", "eleve"),
        ("pt", "informação", "informacao"),
        ("de", "Bücher", "bucher"),
        ("it", "città", "citta"),
        ("en", "café", "cafe"),
    ],
)
def test_accents_are_optional(language: str, accented: str, plain: str) -> None:
    # Chat users often skip accents; both spellings must meet in one term.
    assert analyze(accented, language) == analyze(plain, language)
    assert analyze(accented, language)[0].isascii()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what did you and I do with them"),
        ("es", "¿qué es lo que tú y yo hicimos con ellos?"),
        ("fr", "qu'est-ce que nous avons fait avec eux"),
        ("pt", "o que é que nós fizemos com eles"),
        ("de", "was haben wir mit ihnen und dir gemacht"),
        ("it", "che cosa abbiamo fatto con loro e con te"),
    ],
)
def test_function_words_are_dropped(language: str, text: str) -> None:
    # Given a sentence of (nearly) only function words, little or nothing is left.
    terms = analyze(text, language)

    assert len(terms) <= 2, terms


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("en", ["running", "runs", "run"]),
        ("es", ["gatos", "gato"]),
        ("fr", ["chanteuses", "chanteuse"]),
        ("pt", ["cidades", "cidade"]),
        ("de", ["Häuser", "Haus"]),
        ("it", ["ragazzi", "ragazzo"]),
    ],
)
def test_word_forms_share_a_stem(language: str, forms: list[str]) -> None:
    stems = {tuple(analyze(form, language)) for form in forms}

    assert len(stems) == 1, stems


def test_unknown_language_falls_back_to_english() -> None:
    assert analyze("the running dogs", "xx") == analyze("the running dogs", "en") == ["run", "dog"]


def test_apostrophes_split_and_clitics_vanish() -> None:
    assert analyze("Caroline's dog didn't bark", "en") == ["carolin", "dog", "bark"]
    assert analyze("l'école d'été", "fr") == analyze("école été", "fr")


def test_hyphenated_words_also_match_their_joined_form() -> None:
    assert set(analyze("destress", "en")) <= set(analyze("I run to de-stress", "en"))


def test_numbers_are_kept_and_punctuation_and_emoji_are_not() -> None:
    assert analyze("Moved in 2023!!! 🎉🎉 #blessed", "en") == ["move", "2023", "bless"]


@pytest.mark.parametrize("text", ["", "   ", "!!! ??? ...", "🎉", "\x00\ufeff"])
def test_text_without_words_gives_no_terms(text: str) -> None:
    assert analyze(text, "en") == []


def test_any_script_is_tokenized() -> None:
    assert analyze("東京 Москва ελληνικά", "en") == ["東京", "москва", "ελληνικα"]


def test_every_language_has_stop_words_and_a_stemmer() -> None:
    for language in LANGUAGES:
        assert analyze("", language) == []
        assert analyze("memories", language)  # stems something in every language


def test_simple_tokens_only_lowercase_and_split() -> None:
    assert simple_tokens("The Running-Dogs, café!", "fr") == ["the", "running", "dogs", "café"]


@pytest.mark.parametrize(
    ("past", "present"),
    [
        ("I lost my keys", "lose keys"),
        ("we went to the lake", "go lake"),
        ("she bought a bike", "buy bike"),
        ("they have taken the train", "take train"),
        ("I wrote a poem", "write poem"),
    ],
)
def test_irregular_past_forms_meet_their_verb(past: str, present: str) -> None:
    # "Did I lose my keys?" must find "I lost my keys": Snowball alone cannot do that.
    assert analyze(past, "en") == analyze(present, "en")


def test_forms_that_are_mostly_other_words_are_not_taken_for_verbs() -> None:
    assert analyze("a bit tired", "en") != analyze("bite tired", "en")
    assert analyze("turn left", "en") != analyze("turn leave", "en")
    assert analyze("a red rose", "en") != analyze("a red rise", "en")


def test_irregular_forms_are_english_only() -> None:
    # "made" is no verb form in Spanish; only English gets the irregular-verb table.
    assert analyze("made", "es") != analyze("make", "es")


@pytest.mark.parametrize(
    "text",
    [
        "Ça va?\nWe went to the well-known café-bar\nit was great",
        "line one\n\nline-\ntwo ÉCOLE straße",
        "x\ny",
    ],
)
def test_terms_never_span_a_line_break(text: str) -> None:
    # The index analyzes texts line by line (and remembers each line's terms).
    by_line = [term for line in text.split("\n") for term in analyze(line, "en")]

    assert sorted(by_line) == sorted(analyze(text, "en"))


def test_ascii_and_unicode_text_split_into_the_same_words() -> None:
    # ASCII text takes a faster path; one accented word must not change the rest
    assert analyze("Cafe OWNERS_list 42x") == analyze("Cafe OWNERS_list 42x ñu")[:-1]
    assert analyze("Cafe OWNERS_list 42x") == ["cafe", "owner", "list", "42x"]
