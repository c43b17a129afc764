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


NEW_CASES = [
    # a job and its employer in an introduction's list, or after the job
    (
        "fr",
        "Je m'appelle Inès, 34 ans, infirmière à l'Hôpital Cochin.",
        ("occupation", "infirmière"),
    ),
    (
        "fr",
        "Je m'appelle Inès, 34 ans, infirmière à l'Hôpital Cochin.",
        ("employer", "Hôpital Cochin"),
    ),
    ("fr", "je suis prof au Lycée Montaigne", ("employer", "Lycée Montaigne")),
    (
        "pt",
        "Sou a Lia, 28 anos, enfermeira no Hospital Santa Maria.",
        ("employer", "Hospital Santa Maria"),
    ),
    ("pt", "trabalho como analista pela Embraer", ("employer", "Embraer")),
    (
        "it",
        "Mi chiamo Nadia, 30 anni, infermiera presso l'Ospedale Cardarelli.",
        ("employer", "Ospedale Cardarelli"),
    ),
    ("it", "lavoro come cuoca alla Barilla", ("employer", "Barilla")),
    (
        "de",
        "Ich bin Lukas, 29, Softwareentwickler bei Zalando, wohne in Bremen.",
        ("occupation", "Softwareentwickler"),
    ),
    (
        "de",
        "Ich bin Lukas, 29, Softwareentwickler bei Zalando, wohne in Bremen.",
        ("employer", "Zalando"),
    ),
    # years spent in a place, and "where I live" clauses
    ("fr", "je suis à Rennes depuis trois ans", ("location", "Rennes")),
    ("pt", "estou em Faro há dois anos", ("location", "Faro")),
    ("it", "sono a Trento da cinque anni", ("location", "Trento")),
    ("de", "Ich bin seit drei Jahren in Kassel.", ("location", "Kassel")),
    ("it", "Lavoro in un panificio a Lecce, dove abito con mia moglie.", ("location", "Lecce")),
    ("pt", "Trabalho numa padaria em Braga, onde moro com a minha mãe.", ("location", "Braga")),
    ("fr", "Je bosse dans un café à Nantes, où j'habite depuis 2015.", ("location", "Nantes")),
    (
        "de",
        "Ich arbeite in einer Bäckerei in Ulm, wo ich seit zehn Jahren wohne.",
        ("location", "Ulm"),
    ),
    # a role opening the sentence
    ("de", "Als Krankenpfleger muss ich oft nachts arbeiten.", ("occupation", "Krankenpfleger")),
    ("fr", "Comme infirmière, je vois beaucoup de choses.", ("occupation", "infirmière")),
    # tastes
    ("it", "Le acciughe non mi sono mai piaciute.", ("dislikes", "acciughe")),
    ("it", "Non mi sono mai piaciute le acciughe.", ("dislikes", "acciughe")),
    ("it", "Il calcio mi annoia.", ("dislikes", "calcio")),
    ("it", "La birra non mi piace più, ormai preferisco il vino.", ("likes", "vino")),
    ("pt", "Nunca gostei de jiló.", ("dislikes", "jiló")),
    ("fr", "Je n'ai jamais aimé les huîtres.", ("dislikes", "huîtres")),
    ("fr", "Les huîtres me dégoûtent.", ("dislikes", "huîtres")),
    ("fr", "Je préfère le thé.", ("likes", "thé")),
    # chat shorthand, sports
    ("pt", "vc sabe q eu tb falo espanhol", ("languages", "espanhol")),
    ("fr", "chui infirmier depuis 2010", ("occupation", "infirmier")),
    ("it", "faccio padel due volte a settimana", ("hobbies", "padel")),
    ("de", "Ich mache Padel am Wochenende.", ("hobbies", "Padel")),
    # adopted pets
    ("fr", "J'ai adopté un chaton qui s'appelle Praline.", ("pets", "chaton Praline")),
    ("pt", "Adotei uma gata, ela se chama Mia.", ("pets", "gata Mia")),
    ("it", "Ho appena adottato un cane, si chiama Ettore.", ("pets", "cane Ettore")),
    # birthplace and date together
    ("fr", "Je suis née à Nîmes le 3 mai.", ("birthday", "3 mai")),
    ("fr", "Je suis née à Nîmes le 3 mai.", ("hometown", "Nîmes")),
    ("pt", "Nasci em Viseu em 3 de maio.", ("birthday", "3 de maio")),
    ("pt", "Nasci no dia 3 de maio em Viseu.", ("hometown", "Viseu")),
    ("it", "Sono nata il 5 marzo del 1991, a Genova.", ("hometown", "Genova")),
    ("it", "Sono nato il 14 aprile a Bari.", ("hometown", "Bari")),
    ("de", "Ich bin am 3. Mai in Kiel geboren.", ("hometown", "Kiel")),
    ("de", "Geboren in Kiel am 3. Mai.", ("birthday", "3. Mai")),
    # a change of job, and trips said inside a request
    ("fr", "J'ai changé de boulot, maintenant je suis chez Decathlon.", ("employer", "Decathlon")),
    ("pt", "Mudei de emprego, agora estou na Natura.", ("employer", "Natura")),
    ("it", "Ho cambiato lavoro, ora sono alla Ferrero.", ("employer", "Ferrero")),
    ("de", "Ich habe den Job gewechselt, jetzt bin ich bei Bosch.", ("employer", "Bosch")),
    ("fr", "Tu peux m'aider à organiser un voyage à Porto ?", ("travel_destination", "Porto")),
    ("pt", "Você me ajuda a planejar uma viagem para Recife?", ("travel_destination", "Recife")),
    ("it", "Mi aiuti a organizzare un viaggio a Siviglia?", ("travel_destination", "Siviglia")),
    ("de", "Kannst du mir helfen, eine Reise nach Graz zu planen?", ("travel_destination", "Graz")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), NEW_CASES)
def test_lists_clauses_tastes_and_requests_in_every_language(
    asserted: Facts, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pet"),
    [
        ("fr", "Mon chat est mort la semaine dernière.", "chat"),
        ("pt", "O meu cachorro morreu.", "cachorro"),
        ("it", "Il mio gatto è morto.", "gatto"),
        ("de", "Mein Hund ist letzte Woche gestorben.", "Hund"),
    ],
)
def test_a_pet_that_died_is_retracted_in_every_language(
    asserted: Facts, retracted: Facts, lang: str, text: str, pet: str
) -> None:
    assert ("pets", pet) in retracted(text, lang)
    assert not any(key == "pets" for key, _ in asserted(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("it", "faccio il cuoco a Milano", "employer"),
        ("pt", "trabalho como garçom no Rio", "employer"),
        ("fr", "je travaille comme serveur au Canada", "employer"),
        ("it", "mia sorella lavora a Lecce, dove vive", "location"),
        ("de", "Ich arbeite in Köln, wo ich nicht mehr wohne.", "location"),
        ("de", "Als Kind habe ich viel gelesen.", "occupation"),
        ("de", "Als Lehrer hat er viel Geduld.", "occupation"),
        ("fr", "Comme prof, mon père est strict.", "occupation"),
        ("it", "preferisco non parlarne", "likes"),
        ("fr", "Je préfère ne pas en parler.", "likes"),
        ("fr", "Je préfère rester chez moi.", "likes"),
        ("fr", "Je préfère qu'on se voie demain.", "likes"),
        ("it", "Il film non mi è piaciuto.", "dislikes"),
        ("pt", "Não gostei do filme.", "dislikes"),
        ("it", "Il calcio non mi annoia.", "dislikes"),
        ("de", "Ich bin jetzt bei meiner Mutter.", "employer"),
        ("de", "Meine Schwester ist seit drei Jahren in Wien.", "location"),
        ("fr", "je suis en vacances depuis trois jours", "location"),
    ],
)
def test_towns_other_people_wishes_and_negations_give_nothing(
    asserted: Facts, lang: str, text: str, key: str
) -> None:
    assert not any(k == key for k, _ in asserted(text, lang))
