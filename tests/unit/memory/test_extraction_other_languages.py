"""French, Portuguese, German and Italian: the common statement forms for every key."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts

CASES = [
    # French
    ("fr", "Bonjour, je m'appelle Camille et j'habite à Lyon.", ("name", "Camille")),
    ("fr", "Bonjour, je m'appelle Camille et j'habite à Lyon.", ("location", "Lyon")),
    ("fr", "J'ai 52 ans et je suis boulanger.", ("age", "52")),
    ("fr", "J'ai 52 ans et je suis boulanger.", ("occupation", "boulanger")),
    ("fr", "J'ai vingt-cinq ans.", ("age", "25")),
    ("fr", "Je suis né à Lyon.", ("hometown", "Lyon")),
    ("fr", "Je travaille chez Michelin comme ingénieur.", ("employer", "Michelin")),
    ("fr", "Je suis végétarienne et je parle anglais.", ("diet", "végétarienne")),
    ("fr", "Je suis végétarienne et je parle anglais.", ("languages", "anglais")),
    ("fr", "Ma copine s'appelle Léa.", ("partner", "Léa")),
    ("fr", "Mon frère Julien est végétarien.", ("family", "frère Julien")),
    ("fr", "Je joue au foot le week-end.", ("hobbies", "foot")),
    ("fr", "Je suis allergique aux arachides.", ("allergies", "arachides")),
    ("fr", "j'adore le chocolat", ("likes", "chocolat")),
    # Portuguese
    ("pt", "Oi! Meu nome é Beatriz e moro em Curitiba.", ("name", "Beatriz")),
    ("pt", "Oi! Meu nome é Beatriz e moro em Curitiba.", ("location", "Curitiba")),
    ("pt", "Moro no Rio de Janeiro.", ("location", "Rio de Janeiro")),
    ("pt", "Tenho trinta e dois anos.", ("age", "32")),
    ("pt", "Sou alérgico a camarão.", ("allergies", "camarão")),
    ("pt", "Minha esposa Fernanda trabalha muito.", ("partner", "Fernanda")),
    ("pt", "vc acredita q meu gato mingau derrubou o vaso", ("pets", "gato Mingau")),
    ("pt", "Trabalho na Petrobras como engenheiro.", ("occupation", "engenheiro")),
    ("pt", "Gosto muito de pizza e odeio cebola.", ("dislikes", "cebola")),
    ("pt", "Falo português e inglês.", ("languages", "inglês")),
    # German
    ("de", "Ich heiße Jonas und komme aus Hamburg.", ("name", "Jonas")),
    ("de", "Ich heiße Jonas und komme aus Hamburg.", ("hometown", "Hamburg")),
    ("de", "Ich bin 38, wohne in Leipzig und arbeite als Krankenpfleger.", ("age", "38")),
    ("de", "Ich bin 38, wohne in Leipzig und arbeite als Krankenpfleger.", ("location", "Leipzig")),
    ("de", "Ich bin achtunddreißig.", ("age", "38")),
    ("de", "Ich bin Softwareentwickler.", ("occupation", "Softwareentwickler")),
    ("de", "Ich habe zwei Katzen, Mimi und Felix.", ("pets", "Katze Mimi")),
    ("de", "Ich spiele gern Tennis und Schach.", ("hobbies", "Schach")),
    ("de", "Ich bin allergisch gegen Nüsse.", ("allergies", "Nüsse")),
    ("de", "Mein Mann heißt Thomas.", ("partner", "Thomas")),
    # Italian
    ("it", "Ciao, sono Giulia e vivo a Torino.", ("name", "Giulia")),
    ("it", "Ciao, sono Giulia e vivo a Torino.", ("location", "Torino")),
    ("it", "Comunque mi chiamo Marco e faccio il cuoco.", ("occupation", "cuoco")),
    ("it", "Ho trentaquattro anni.", ("age", "34")),
    ("it", "Il mio compleanno è il 3 maggio.", ("birthday", "3 maggio")),
    ("it", "vivo da solo con il mio cane Rocco.", ("pets", "cane Rocco")),
    ("it", "Ho un gatto che si chiama Micio.", ("pets", "gatto Micio")),
    ("it", "Parlo italiano e inglese.", ("languages", "inglese")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), CASES)
def test_reads_common_statements(
    asserted: Facts, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("fr", "Je n'habite plus à Paris, j'ai déménagé à Nantes.", ("location", "Paris")),
        ("fr", "Je ne joue plus au tennis.", ("hobbies", "tennis")),
        ("pt", "Não moro mais em Lisboa, me mudei para o Porto.", ("location", "Lisboa")),
        ("de", "Tennis spiele ich eigentlich gar nicht mehr.", ("hobbies", "Tennis")),
        ("de", "Kaffee trinke ich nicht mehr.", ("likes", "Kaffee")),
        ("it", "Non vivo più a Firenze, mi sono trasferita a Bologna.", ("location", "Firenze")),
    ],
)
def test_no_longer_statements_retract(
    retracted: Facts, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in retracted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Si j'étais riche, j'habiterais à New York."),
        ("fr", "Ma sœur habite à Lille et elle est médecin."),
        ("pt", "Se eu ganhasse na loteria, ia morar em Portugal."),
        ("pt", "Qual é o seu nome?"),
        ("de", "Wenn ich reich wäre, würde ich in Spanien leben."),
        ("de", "Ich würde gern in Kanada leben."),
        ("it", "Se fossi ricco vivrei alle Maldive."),
        ("it", "I miei genitori sono siciliani."),
    ],
)
def test_wishes_questions_and_others_facts_give_no_user_fact(
    asserted: Facts, lang: str, text: str
) -> None:
    assert not {k for k, _ in asserted(text, lang)} - {"family"}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("fr", "moi c'est Julie, de Lyon", "Lyon"),
        ("pt", "sou a Ana, de Recife", "Recife"),
        ("de", "ich bin Max, aus Berlin", "Berlin"),
        ("it", "sono Marco, di Roma", "Roma"),
    ],
)
def test_where_the_user_is_from_in_apposition_to_the_name(
    asserted: Facts, lang: str, text: str, place: str
) -> None:
    assert ("hometown", place) in asserted(text, lang)


def test_a_first_person_plural_verb_includes_the_user(asserted: Facts) -> None:
    found = asserted("Ma femme Sophie et moi habitons à Nantes.", "fr")
    assert {("partner", "Sophie"), ("location", "Nantes")} <= found


def test_a_colloquial_german_verb_without_its_ending_still_travels(asserted: Facts) -> None:
    found = asserted("ich fahr morgen nach münchen zu meiner oma", "de")
    assert ("travel_destination", "München") in found


def test_a_german_particle_between_verb_and_place(asserted: Facts) -> None:
    found = asserted("Ich komme aus Österreich, wohne aber in Zürich", "de")
    assert ("location", "Zürich") in found


def test_married_with_before_the_name_in_german(asserted: Facts) -> None:
    assert ("partner", "Jan") in asserted("Ich bin verheiratet mit Jan", "de")


@pytest.mark.parametrize(
    ("lang", "text", "hobby"),
    [("pt", "Jogo vôlei aos sábados", "vôlei"), ("it", "Gioco a tennis al parco", "tennis")],
)
def test_contracted_prepositions_end_a_hobby(
    asserted: Facts, lang: str, text: str, hobby: str
) -> None:
    assert asserted(text, lang) == {("hobbies", hobby)}


@pytest.mark.parametrize(
    ("lang", "text", "relative"),
    [
        ("de", "Meine Mutter kocht gut", "Mutter"),
        ("de", "Meine Schwester studiert Medizin", "Schwester"),
        ("es", "Mi madre cocina muy bien", "madre"),
        ("fr", "Ma mère cuisine bien", "mère"),
        ("pt", "Minha mãe cozinha bem", "mãe"),
        ("it", "Mia madre cucina bene", "madre"),
    ],
)
def test_a_lowercase_verb_after_a_relation_is_not_their_name(
    asserted: Facts, lang: str, text: str, relative: str
) -> None:
    assert asserted(text, lang) == {("family", relative)}


@pytest.mark.parametrize(
    ("lang", "text", "relative"),
    [
        ("de", "mein bruder paul wohnt in wien", "Bruder Paul"),
        ("es", "mi hermana lucía estudia derecho", "hermana Lucía"),
    ],
)
def test_a_lowercase_name_before_a_verb_is_still_a_name(
    asserted: Facts, lang: str, text: str, relative: str
) -> None:
    assert ("family", relative) in asserted(text, lang)


def test_a_job_then_chez_names_the_employer(asserted: Facts) -> None:
    found = asserted("Je m'appelle Nicolas et je suis ingénieur chez Thales.", "fr")
    assert {("occupation", "ingénieur"), ("employer", "Thales")} <= found
    assert not any(key == "employer" for key, _ in asserted("je suis prof chez moi", "fr"))


def test_studying_without_ich_after_und_makes_a_student(asserted: Facts) -> None:
    found = asserted("Ich wohne in Graz und studiere Informatik.", "de")
    assert ("occupation", "Student") in found


def test_italian_workplaces_are_not_employers(asserted: Facts) -> None:
    found = asserted("Lavoro in banca e nel tempo libero faccio escursioni in montagna.", "it")
    assert found == {("hobbies", "escursioni")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "soy de origen peruano"),
        ("fr", "je suis d'origine portugaise"),
        ("it", "Sono di origine siciliana"),
    ],
)
def test_an_origin_is_no_hometown(asserted: Facts, lang: str, text: str) -> None:
    assert asserted(text, lang) == set()
