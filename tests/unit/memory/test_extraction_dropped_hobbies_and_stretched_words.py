"""Elongated stop words end a value ("sooo"), a lone lowercase word after a plural
relation is no name, "had to give up", a hobby named first and then dropped ("il violino
l'ho lasciato"), acronyms of stored values, changes of a known trip or employer said in a
later message, "live alone in", "cumplo el", students ("estoy estudiando", "doing a PhD"),
"grew up speaking", intensifiers after "mi piace"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an elongated stop word ends the value
        ("en", "i hate olives sooo much they taste like soap", ("dislikes", "olives")),
        ("es", "odio el brócoli muuucho", ("dislikes", "brócoli")),
        # "live alone in" in every language
        ("en", "I live alone in Derby with too many plants", ("location", "Derby")),
        ("en", "I live by myself in Inverness", ("location", "Inverness")),
        ("es", "Vivo sola en Huelva desde marzo", ("location", "Huelva")),
        ("it", "Vivo da sola a Perugia", ("location", "Perugia")),
        ("fr", "J'habite seul à Brest", ("location", "Brest")),
        ("pt", "Moro sozinha em Coimbra", ("location", "Coimbra")),
        ("de", "Ich wohne allein in Rostock", ("location", "Rostock")),
        # birthdays and students
        ("es", "Cumplo el 19 de octubre, apúntatelo", ("birthday", "19 de octubre")),
        ("es", "estoy en Mendoza estudiando derecho", ("occupation", "estudiante")),
        ("es", "ando estudiando medicina en Córdoba", ("occupation", "estudiante")),
        ("pt", "estou estudando direito em Recife", ("occupation", "estudante")),
        ("en", "I'm in Utrecht doing a PhD in chemistry", ("occupation", "PhD student")),
        ("en", "im doing a masters in urban design", ("occupation", "master's student")),
        # languages and intensified likes
        ("en", "I grew up speaking Tamil and English", ("languages", "Tamil")),
        ("en", "I speak Marathi at home", ("languages", "Marathi")),
        ("it", "Mi piace tantissimo l'arrampicata", ("likes", "arrampicata")),
        ("it", "Mi piacciono davvero i gialli", ("likes", "gialli")),
        ("en", "I kayak pretty much every Sunday", ("hobbies", "kayaking")),
    ],
)
def test_stretched_words_dropped_hobbies_and_studies_are_read(
    lang: str, text: str, expected: tuple[str, str], asserted: Facts
) -> None:
    assert expected in asserted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("en", "that's my brothers lol, mine is in March", "partner"),
        ("en", "my dad grew up speaking Welsh", "languages"),
        ("en", "my dad grew up in Cardiff", "partner"),
        ("en", "my cousin is doing a PhD in Oslo", "occupation"),
        ("en", "I'm thinking about doing a PhD someday", "occupation"),
        ("en", "I'm not doing a masters", "occupation"),
        ("es", "mi hermano está en Jaén estudiando derecho", "occupation"),
        ("es", "mi prima cumple el 2 de abril", "birthday"),
        ("es", "desde el jueves estoy en Zaragoza", "employer"),
        ("es", "cambiamos a Portugal el coche", "travel_destination"),
        ("en", "we switched to Lisbon", "travel_destination"),
        ("it", "Mi piace tantissimo", "likes"),
    ],
)
def test_stretched_words_and_lone_words_store_nothing_wrong(
    lang: str, text: str, key: str, asserted: Facts
) -> None:
    assert all(k != key for k, _ in asserted(text, lang))


def test_lowercase_word_after_plural_relation_is_no_name(asserted: Facts) -> None:
    facts = asserted("no that's my cousins lol, mine is the 4th of May", "en")
    assert all("Mine" not in value for _, value in facts)


def test_lowercase_list_after_plural_relation_still_names(asserted: Facts) -> None:
    facts = asserted("tengo dos hijas, marta y sara", "es")
    assert ("family", "Marta (hijas)") in facts
    assert ("family", "Sara (hijas)") in facts


def test_relation_followed_by_past_verb_is_no_name(asserted: Facts) -> None:
    assert asserted("my uncle grew up near Swansea", "en") == {("family", "uncle")}


@pytest.mark.parametrize(
    ("lang", "text", "hobby"),
    [
        ("en", "I had to give up rowing after my back injury", "rowing"),
        ("en", "I've given up chess for now", "chess"),
        ("it", "Il violino in realtà l'ho lasciato da un pezzo", "violino"),
        ("it", "La chitarra l'ho mollata", "chitarra"),
        ("fr", "Le violon, en fait je l'ai laissé tomber", "violon"),
        ("pt", "O xadrez eu já larguei", "xadrez"),
        ("es", "El violín en realidad lo dejé hace tiempo", "violín"),
        ("es", "la natación al final la he dejado", "natación"),
    ],
)
def test_hobby_dropped(lang: str, text: str, hobby: str, retracted: Facts) -> None:
    assert ("hobbies", hobby) in retracted(text, lang, known_facts=[("hobbies", hobby)])


def test_decided_to_stop_by_is_no_retraction(retracted: Facts) -> None:
    assert not retracted(
        "I decided to stop by the bakery", "en", known_facts=[("hobbies", "baking")]
    )


def test_acronym_of_a_stored_like_is_not_stored_again(asserted: Facts) -> None:
    known = [("likes", "Major League Baseball")]
    assert ("likes", "MLB") not in asserted("still love MLB tho", "en", known_facts=known)
    assert ("likes", "MLB") in asserted("still love MLB tho", "en")


def test_acronym_of_another_key_is_kept(asserted: Facts) -> None:
    known = [("employer", "Formula 1")]
    assert ("likes", "F1") in asserted("I love F1", "en", known_facts=known)


def test_known_trip_changes_in_a_later_message(asserted: Facts) -> None:
    known = [("travel_destination", "Noruega")]
    assert ("travel_destination", "Escocia") in asserted(
        "al final cambiamos a Escocia, era más barato", "es", known_facts=known
    )
    known = [("travel_destination", "Peru")]
    assert ("travel_destination", "Bolivia") in asserted(
        "we switched to Bolivia in the end", "en", known_facts=known
    )
    assert not asserted("al final cambiamos a Escocia", "es")


def test_known_employer_changes_since_a_weekday(asserted: Facts) -> None:
    known = [("employer", "Mapfre")]
    assert ("employer", "Repsol") in asserted(
        "ya no, desde el martes estoy en Repsol", "es", known_facts=known
    )
    assert ("employer", "Repsol") not in asserted(
        "desde el martes estoy en Repsol", "es", known_facts=[]
    )
