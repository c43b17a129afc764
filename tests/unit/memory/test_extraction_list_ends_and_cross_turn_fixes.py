"""List ends, chat spellings, retirement and study, corrections across turns, the
real part of a hypothetical, and the negatives each of those rules must leave alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.memory.extraction import extract_facts

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Changes, Facts


# -- precision ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a coordinated list ends with its "y"; a plural noun after it is no language
        ("es", "Hablo gallego y portugués, y los fines de año viajo", ("languages", "finés")),
        ("es", "hablo euskera e inglés y los fines de semana corro", ("languages", "finés")),
        # a discourse marker fronted like a topic is no taste
        ("es", "la verdad me encanta el teatro", ("likes", "verdad")),
        ("es", "la vdd me mola mucho el rap", ("likes", "vdd")),
        # a chat abbreviation is no part of a name
        ("es", "hola soy nerea tngo 15 años", ("name", "Nerea Tngo")),
        # a month and day said as "mine" is no name
        ("en", "no that's my sister's, mine is June 9", ("name", "June")),
        # someone else studies to become something
        ("es", "Mi hermano Iker está estudiando para ser bombero", ("goals", "ser bombero")),
        ("es", "Mi prima sigue estudiando para ser jueza", ("goals", "ser jueza")),
        # "work like" is "work as", never a taste
        ("en", "I work like crazy these days", ("likes", "crazy")),
        ("en", "I work like graphic designer at home", ("likes", "graphic designer")),
    ],
)
def test_false_positives_are_gone(asserted: Facts, lang: str, text: str, absent: tuple) -> None:
    assert absent not in asserted(text, lang)


def test_a_real_list_of_languages_still_reads_every_item(asserted: Facts) -> None:
    facts = asserted("hablo gallego, portugués e inglés", "es")
    assert {("languages", "gallego"), ("languages", "portugués"), ("languages", "inglés")} <= facts


def test_a_fronted_topic_is_still_a_taste(asserted: Facts) -> None:
    assert ("likes", "teatro") in asserted("el teatro me flipa", "es")
    assert ("likes", "rap") in asserted("la verdad me mola el rap", "es")


# -- chat spellings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("es", "hola soy nerea tngo 15 años", ("name", "Nerea")),
        ("es", "hola soy nerea tngo 15 años", ("age", "15")),
        ("es", "buenas me yamo brayan y bibo en albacete", ("name", "Brayan")),
        ("es", "buenas me yamo brayan y bibo en albacete", ("location", "Albacete")),
        ("en", "we moved 2 tulsa in the spring", ("location", "Tulsa")),
        ("en", "we're going 2 lisbon next week", ("travel_destination", "Lisbon")),
    ],
)
def test_chat_spellings_of_key_verbs(asserted: Facts, lang: str, text: str, fact: tuple) -> None:
    assert fact in asserted(text, lang)


@pytest.mark.parametrize(
    "text", ["I have 2 cats and a hamster", "got 2 brothers", "moved 2 years ago", "I'm 2 tired"]
)
def test_a_2_that_is_a_number_stays_a_number(asserted: Facts, text: str) -> None:
    facts = asserted(text, "en")
    assert not any(key in ("location", "travel_destination") for key, _ in facts)


# -- retired and students ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "I retired two years ago and now I paint", ("occupation", "retired")),
        ("en", "Ruth here, 70, happily retired, living near Bath", ("occupation", "retired")),
        ("es", "Desde que me jubilé paseo todas las mañanas", ("occupation", "jubilado")),
        ("es", "me he prejubilado este año", ("occupation", "jubilado")),
        ("fr", "Je suis à la retraite depuis trois ans", ("occupation", "retraité")),
        ("fr", "Depuis que j'ai pris ma retraite, je jardine", ("occupation", "retraité")),
        ("pt", "Estou aposentada desde o ano passado", ("occupation", "aposentado")),
        ("it", "Sono in pensione da poco", ("occupation", "pensionato")),
        ("de", "Ich bin seit letztem Jahr im Ruhestand", ("occupation", "Rentner")),
        ("en", "studying marine biology at university in Plymouth", ("occupation", "student")),
        ("en", "I'm in 11th grade", ("occupation", "student")),
        ("es", "estoy en cuarto de la ESO", ("occupation", "estudiante")),
        ("es", "voy a segundo de carrera", ("occupation", "estudiante")),
        ("fr", "J'étudie la psychologie à Lille", ("occupation", "étudiant")),
        ("fr", "je suis en licence à Rennes", ("occupation", "étudiant")),
        ("pt", "Estudo direito em Coimbra", ("occupation", "estudante")),
        ("it", "studio medicina a Padova", ("occupation", "studente")),
    ],
)
def test_retired_and_students(asserted: Facts, lang: str, text: str, fact: tuple) -> None:
    assert fact in asserted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my grandpa retired last year"),
        ("en", "if I retired I'd move to the coast"),
        ("es", "mi madre se jubiló en marzo"),
        ("fr", "mon père est à la retraite"),
        ("it", "mio nonno è in pensione"),
        ("es", "mi hermana está en segundo de carrera"),
    ],
)
def test_others_retirement_and_studies_are_not_the_users(
    asserted: Facts, lang: str, text: str
) -> None:
    assert not any(key == "occupation" for key, _ in asserted(text, lang))


def test_a_french_field_of_study_is_no_goal(asserted: Facts) -> None:
    facts = asserted("J'étudie la psychologie à Lille", "fr")
    assert not any(key == "goals" for key, _ in facts)


# -- non-native English --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Hi, I am Tiago, I have 31 years and I live in Porto", ("age", "31")),
        ("I work like software tester in a startup", ("occupation", "software tester")),
        ("i really cannot live w/o coffee", ("likes", "coffee")),
        ("I can't live without my guitar and jazz", ("likes", "jazz")),
        ("I've been doing judo every Thursday", ("hobbies", "judo")),
        ("on sundays I do the crossword", ("hobbies", "crossword")),
        ("stopped eating meat last year", ("diet", "vegetarian")),
        ("dont eat meat anymore", ("diet", "vegetarian")),
        ("been through a lot lol, strict vegan now", ("diet", "vegan")),
        ("my coworkers at Lidl are great", ("employer", "Lidl")),
        ("so glad I started at Accenture", ("employer", "Accenture")),
        ("Being from Cork, I find it warm here in Lisbon", ("location", "Lisbon")),
        ("anyway off to Peru in May", ("travel_destination", "Peru")),
    ],
)
def test_english_phrasings(asserted: Facts, text: str, fact: tuple) -> None:
    assert fact in asserted(text, "en")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("I have 10 years of experience in sales", "age"),
        ("I have 3 years left on my contract", "age"),
        ("my dad can't live without coffee", "likes"),
        ("my brother doesn't eat meat anymore", "diet"),
        ("I stopped eating meat but I eat fish", "diet"),
        ("it's sunny here in Malaga", "location"),
        ("the match started at Wembley", "employer"),
    ],
)
def test_english_negatives(asserted: Facts, text: str, key: str) -> None:
    assert not any(k == key for k, _ in asserted(text, "en"))


# -- corrections and retractions across turns ----------------------------------------------------


def test_it_is_x_not_y_renames_the_known_name(changes: Changes) -> None:
    found = changes("argh my phone, it's Aoife not Eva", "en", [("name", "Eva")])
    assert ("name", "Aoife", "assert") in found


def test_x_not_y_with_an_unknown_y_renames_nothing(changes: Changes) -> None:
    found = changes("Sorry, Aoife not Eva", "en", [("pets", "cat Maria")])
    assert not any(key == "pets" for key, _, _ in found)


def test_a_pet_name_is_corrected_with_its_species(changes: Changes) -> None:
    found = changes("perdona, es Kira, no Kora", "es", [("pets", "perra Kora")])
    assert {("pets", "perra Kora", "retract"), ("pets", "perra Kira", "assert")} <= found


def test_mine_is_a_date_gives_the_birthday() -> None:
    for lang, text, value in [
        ("en", "oops that's my dad's. Mine is October 12", "October 12"),
        ("es", "ese es el de mi padre, el mío es el 12 de octubre", "12 de octubre"),
        ("fr", "ça c'est celui de mon père, le mien c'est le 12 octobre", "12 octobre"),
        ("it", "quello è di mio padre, il mio è il 12 ottobre", "12 ottobre"),
        ("pt", "esse é do meu pai, o meu é dia 12 de outubro", "12 de outubro"),
    ]:
        assert ("birthday", value) in {(c.key, c.value) for c in extract_facts(text, lang)}, text


def test_a_birthday_said_with_en() -> None:
    found = {(c.key, c.value) for c in extract_facts("Mi cumple es en 3 de marzo", "es")}
    assert ("birthday", "3 de marzo") in found


def test_a_switch_replaces_a_known_employer_only(changes: Changes) -> None:
    known = [("employer", "Nokia")]
    assert ("employer", "Ericsson", "assert") in changes(
        "I switched to Ericsson in May", "en", known
    )
    assert changes("I switched to Ericsson in May", "en", []) == set()
    assert changes("I switched to oat milk", "en", known) == set()


def test_a_spanish_employer_correction_needs_a_known_employer(changes: Changes) -> None:
    text = "Corrijo: ya no, desde enero estoy en Repsol."
    assert ("employer", "Repsol", "assert") in changes(text, "es", [("employer", "Inditex")])
    assert changes(text, "es", []) == set()


@pytest.mark.parametrize(
    ("lang", "text", "pet"),
    [
        ("es", "Al final a Coco se lo quedó mi hermana, ya no vive conmigo", "loro Coco"),
        ("es", "Coco se la llevó mi ex", "loro Coco"),
        ("en", "Biscuit went to live with my parents", "dog Biscuit"),
        ("pt", "A Pipoca ficou com a minha ex", "gata Pipoca"),
    ],
)
def test_a_pet_given_away_is_retracted(lang: str, text: str, pet: str, changes: Changes) -> None:
    assert ("pets", pet, "retract") in changes(text, lang, [("pets", pet)])


def test_a_fronted_no_longer_withdraws_a_two_word_value_by_its_noun(changes: Changes) -> None:
    known = [("likes", "cerveza negra"), ("likes", "queso")]
    found = changes("Uf, la cerveza ya no, la he dejado.", "es", known)
    assert found == {("likes", "cerveza negra", "retract")}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("fr", "Bref, j'habitais à Toulouse, maintenant je suis à Brest", "Brest"),
        ("es", "vivía en Cádiz, ahora estoy en Lugo", "Lugo"),
        ("pt", "morava em Évora, agora estou em Aveiro", "Aveiro"),
        ("it", "abitavo a Lecce, ora sono a Trento", "Trento"),
        ("en", "I used to live in Derby, now I'm in Bristol", "Bristol"),
    ],
)
def test_where_the_user_is_now_after_where_they_lived(
    asserted: Facts, lang: str, text: str, place: str
) -> None:
    assert ("location", place) in asserted(text, lang)


def test_now_i_am_in_without_a_past_home_is_no_location(asserted: Facts) -> None:
    assert not any(k == "location" for k, _ in asserted("ahora estoy en Lugo de viaje", "es"))


# -- the real part of a hypothetical -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "if i had the money i'd live in rome, but for now im stuck in derby",
            ("location", "Derby"),
        ),
        (
            "es",
            "si fuera rico viviría en Roma, pero de momento vivo en Soria",
            ("location", "Soria"),
        ),
        ("en", "I wish I'd studied law instead of being a dentist", ("occupation", "dentist")),
        ("es", "ojalá hubiera sido actriz en vez de abogada", ("occupation", "abogada")),
        ("es", "Si no fuera por mi alergia al polen, viviría en el campo", ("allergies", "polen")),
        ("en", "if it weren't for my allergy to horses I'd ride", ("allergies", "horses")),
        (
            "it",
            "se non fosse per la mia allergia al polline, uscirei di più",
            ("allergies", "polline"),
        ),
    ],
)
def test_the_real_part_of_a_hypothetical(
    asserted: Facts, lang: str, text: str, fact: tuple
) -> None:
    assert fact in asserted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "if i had the money i'd live in rome"),
        ("en", "my cousin should have become a vet instead of a banker"),
        ("es", "si fuera rico viviría en Roma"),
    ],
)
def test_the_hypothetical_part_stays_out(asserted: Facts, lang: str, text: str) -> None:
    facts = asserted(text, lang)
    assert not any(k in ("location", "occupation") for k, _ in facts)


# -- other languages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("pt", "Sou brasileira, de Recife, e falo inglês", ("hometown", "Recife")),
        ("fr", "Je suis belge, de Namur", ("hometown", "Namur")),
        ("it", "Sono italiana, di Catania", ("hometown", "Catania")),
        ("de", "ich bin Lena, wohne in Bremen, bin Veganerin", ("diet", "Veganerin")),
        ("de", "ich spiele am Wochenende Volleyball", ("hobbies", "Volleyball")),
        ("es", "Trabajo aquí de celador, en el Hospital de Cruces", ("occupation", "celador")),
        ("es", "mis compañeros de Zara son muy majos", ("employer", "Zara")),
        ("fr", "Ma sœur m'a offert un lapin pour Noël", ("pets", "lapin")),
        ("es", "mi novio me regaló un perrito", ("pets", "perrito")),
        ("de", "meine Kollegen bei Lidl sind nett", ("employer", "Lidl")),
    ],
)
def test_other_language_phrasings(asserted: Facts, lang: str, text: str, fact: tuple) -> None:
    assert fact in asserted(text, lang)


def test_an_employer_after_a_comma_must_read_as_an_organisation(asserted: Facts) -> None:
    facts = asserted("trabajo de camarera, en Cuenca", "es")
    assert ("occupation", "camarera") in facts
    assert not any(k == "employer" for k, _ in facts)
