"""Spanish extraction rules, one behaviour per test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


def test_the_reference_message_gives_name_and_destination(asserted: Facts) -> None:
    found = asserted("ire al himalaya que te parece, soy carlos", "es")
    assert found == {("travel_destination", "Himalaya"), ("name", "Carlos")}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Hola, me llamo Marta.", ("name", "Marta")),
        ("holaa me llamo sofi jeje", ("name", "Sofi")),
        ("Buenas, soy Lucía y tengo treinta y dos años.", ("age", "32")),
        ("Perdona, me he equivocado: tengo 35.", ("age", "35")),
        ("Soy Diego, tengo 27 años, soy argentino, de Rosario", ("hometown", "Rosario")),
        ("Soy Diego, tengo 27 años, soy argentino", ("nationality", "argentino")),
        ("Es que vivo en un piso en Zaragoza con muy poca luz", ("location", "Zaragoza")),
        ("Trabajo de fontanero desde hace veinte años.", ("occupation", "fontanero")),
        ("jaja q va yo curro de camarero en un bar", ("occupation", "camarero")),
        ("Como profe de mates, te aseguro que...", ("occupation", "profe de mates")),
        ("Cumplo años el 12 de octubre.", ("birthday", "12 de octubre")),
        ("Soy alérgica a la penicilina.", ("allergies", "penicilina")),
        ("Soy vegetariana desde los dieciséis.", ("diet", "vegetariana")),
    ],
)
def test_reads_direct_statements(asserted: Facts, text: str, fact: tuple[str, str]) -> None:
    assert fact in asserted(text, "es")


def test_soy_before_an_adjective_is_not_a_name(asserted: Facts) -> None:
    for text in ("soy muy timido", "Soy celíaca, ¿se come bien?", "soy hijo único"):
        assert not any(key == "name" for key, _ in asserted(text, "es"))


def test_language_lists_with_e_and_commas(asserted: Facts) -> None:
    found = asserted("Hablo español, catalán e inglés, y trabajo como traductora.", "es")
    assert {("languages", "español"), ("languages", "catalán"), ("languages", "inglés")} <= found
    assert ("occupation", "traductora") in found


def test_likes_lists_drop_articles_and_stop_at_pero(asserted: Facts) -> None:
    found = asserted(
        "Me encantan las series coreanas y el café solo, pero odio las aceitunas.", "es"
    )
    assert ("likes", "series coreanas") in found
    assert ("dislikes", "aceitunas") in found
    assert ("likes", "aceitunas") not in found


def test_slang_verbs_of_liking(asserted: Facts) -> None:
    assert ("likes", "jamón") in asserted("me pierde el jamón", "es")
    assert ("likes", "rock") in asserted("me mola mogollon el rock", "es")


def test_relatives_partner_and_pets_by_name(asserted: Facts) -> None:
    assert ("partner", "Javier") in asserted("Mi marido Javier y yo pintamos el salón.", "es")
    assert ("pets", "gata Nube") in asserted("mi gata se llama nube y es la reina", "es")
    assert ("family", "hermana Ana") in asserted("Mi hermana Ana acaba de cumplir 40.", "es")
    found = asserted("Tengo dos niños pequeños, Leo y Vera, y no duermen nada.", "es")
    assert {("family", "Leo (niños)"), ("family", "Vera (niños)")} <= found


def test_more_pets_after_the_first(asserted: Facts) -> None:
    found = asserted("Tengo dos gatos, Coco y Lola, y un perro que se llama Thor.", "es")
    assert ("pets", "perro Thor") in found


def test_list_items_may_repeat_the_preposition(asserted: Facts) -> None:
    found = asserted("Soy alérgico al polen y a los frutos secos.", "es")
    assert {("allergies", "polen"), ("allergies", "frutos secos")} <= found


def test_languages_after_solo_follow_a_negated_one(asserted: Facts, retracted: Facts) -> None:
    text = "No hablo francés, solo inglés y español."
    assert {("languages", "inglés"), ("languages", "español")} <= asserted(text, "es")
    assert ("languages", "francés") in retracted(text, "es")


def test_naming_a_relative_is_not_negated_by_the_clause(asserted: Facts, retracted: Facts) -> None:
    text = "Ya no vivo con mis padres."
    assert ("family", "padres") in asserted(text, "es")
    assert not any(key == "family" for key, _ in retracted(text, "es"))


def test_location_after_who_the_user_lives_with(asserted: Facts) -> None:
    assert ("location", "Barcelona") in asserted("vivo con mi novia en Barcelona", "es")


def test_goals_keep_their_prepositions(asserted: Facts) -> None:
    found = asserted("Quiero aprender a tocar el piano.", "es")
    assert ("goals", "aprender a tocar el piano") in found


def test_an_accent_fix_replaces_the_known_name() -> None:
    from luminora.memory.extraction import extract_facts

    found = extract_facts("Perdona, es Lucía con tilde.", "es", known_facts=[("name", "Lucia")])
    assert [(c.key, c.value) for c in found] == [("name", "Lucía")]


def test_details_after_the_name_are_hometown_and_age(asserted: Facts) -> None:
    found = asserted("q tal, soy nacho, de sevilla, 24 tacos", "es")
    assert {("name", "Nacho"), ("hometown", "Sevilla"), ("age", "24")} <= found


def test_an_idiom_after_the_name_is_not_a_hometown(asserted: Facts) -> None:
    assert not any(key == "hometown" for key, _ in asserted("Soy Ana, de verdad que sí", "es"))


def test_an_occupation_in_apposition_to_the_name_is_read(asserted: Facts) -> None:
    assert ("occupation", "enfermera") in asserted("Soy Marta, enfermera, de Madrid", "es")


@pytest.mark.parametrize(("text", "name"), [("soy Leo", "Leo"), ("soy Mar, encantada", "Mar")])
def test_a_capitalized_name_that_is_also_a_word_is_a_name(
    asserted: Facts, text: str, name: str
) -> None:
    assert ("name", name) in asserted(text, "es")


@pytest.mark.parametrize("name", ["leo", "mar"])
def test_soy_closing_a_message_introduces_the_user(asserted: Facts, name: str) -> None:
    found = asserted(f"ire al peru que te parece, soy {name}", "es")
    assert ("name", name.title()) in found


@pytest.mark.parametrize("text", ["jaja, soy virgo", "jaja, soy buenísimo", "bueno, soy yo"])
def test_a_sign_an_adjective_or_a_pronoun_closing_a_message_is_not_a_name(
    asserted: Facts, text: str
) -> None:
    assert not any(key == "name" for key, _ in asserted(text, "es"))


def test_after_soy_a_verb_form_is_not_a_hobby(asserted: Facts) -> None:
    assert not any(key == "hobbies" for key, _ in asserted("soy leo y mi novia es tauro", "es"))


def test_years_living_somewhere_is_the_location(asserted: Facts) -> None:
    found = asserted("Llevo cinco años viviendo en Buenos Aires.", "es")
    assert ("location", "Buenos Aires") in found


@pytest.mark.parametrize(("text", "job"), [("soy cardióloga", "cardióloga")])
def test_jobs_with_productive_endings_are_occupations(asserted: Facts, text: str, job: str) -> None:
    assert ("occupation", job) in asserted(text, "es")


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("Mi meta este año es aprobar las oposiciones.", "aprobar las oposiciones"),
        ("Quiero correr una media maratón en abril", "correr una media maratón"),
        ("Estoy estudiando para ser enfermera", "ser enfermera"),
    ],
)
def test_goals_keep_their_articles(asserted: Facts, text: str, goal: str) -> None:
    assert ("goals", goal) in asserted(text, "es")


def test_ser_del_equipo_is_a_team_when_the_talk_is_about_sport(asserted: Facts) -> None:
    found = asserted("Me encanta el fútbol, soy del Betis, y los domingos salgo en bici.", "es")
    assert {("likes", "Betis"), ("hobbies", "bici")} <= found
    assert not any(key == "hometown" for key, _ in found)
    assert ("likes", "Real Madrid") in asserted("Soy del Real Madrid de toda la vida", "es")


def test_ser_del_place_is_still_a_hometown(asserted: Facts) -> None:
    assert ("hometown", "Perú") in asserted("soy del Perú", "es")


def test_a_fronted_topic_the_user_cannot_stand_is_a_dislike(asserted: Facts) -> None:
    assert ("dislikes", "brocoli") in asserted("q asco el brocoli no lo soporto", "es")


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Trabajo en un almacén de Amazon", {("employer", "Amazon")}),
        ("trabajo en una tienda de ropa", set()),
        ("curro en un almacen de amazon", set()),
        ("Trabajo en marketing", set()),
        ("trabajo en google", {("employer", "Google")}),
    ],
)
def test_employers_are_names_not_workplaces_or_lines_of_work(
    asserted: Facts, text: str, facts: set[tuple[str, str]]
) -> None:
    assert asserted(text, "es") == facts


def test_a_filler_that_cannot_follow_soy_is_a_name(asserted: Facts) -> None:
    assert ("name", "Vale") in asserted("holaa soy vale jaja tengo 17", "es")
    assert not any(key == "name" for key, _ in asserted("vale, soy yo", "es"))


def test_a_wish_with_ojala_ends_with_its_clause(asserted: Facts) -> None:
    found = asserted("Ojalá fuera veterinaria, me encantan los animales.", "es")
    assert found == {("likes", "animales")}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Me encanta leer y salir a correr", ("hobbies", "salir a correr")),
        ("juego fútbol los sábados", ("hobbies", "fútbol")),
        ("prefiero el té", ("likes", "té")),
    ],
)
def test_more_ways_of_saying_tastes_and_hobbies(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "es")


@pytest.mark.parametrize("text", ["juego fatal", "prefiero quedarme en casa", "prefiero no"])
def test_no_taste_where_a_verb_or_a_state_follows(asserted: Facts, text: str) -> None:
    assert asserted(text, "es") == set()


def test_the_place_right_after_the_name_is_the_hometown(asserted: Facts) -> None:
    found = asserted("wena soy el nico de santiago", "es")
    assert {("name", "Nico"), ("hometown", "Santiago")} <= found
    assert asserted("soy Ana de Marketing", "es") == {("name", "Ana")}


def test_an_origin_is_not_a_place(asserted: Facts) -> None:
    assert asserted("soy de origen peruano", "es") == set()


# -- work -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("curro de celador en el Hospital del Mar desde 2019", "Hospital del Mar"),
        ("Soy Iratxe, 31, auxiliar en el Hospital La Paz, vivo en Getafe.", "Hospital La Paz"),
        ("trabajo de cajero en Lidl", "Lidl"),
    ],
)
def test_an_organisation_typed_with_a_capital_after_the_job_is_the_employer(
    asserted: Facts, text: str, employer: str
) -> None:
    assert ("employer", employer) in asserted(text, "es")


@pytest.mark.parametrize(
    "text",
    ["trabajo de enfermera en un hospital", "trabajo como traductora en una editorial"],
)
def test_a_workplace_without_a_name_is_no_employer(asserted: Facts, text: str) -> None:
    assert not any(key == "employer" for key, _ in asserted(text, "es"))


@pytest.mark.parametrize(
    "text", ["cambié de curro, ahora estoy en Glovo", "cambié de trabajo y ahora en Glovo"]
)
def test_being_at_a_company_after_a_change_of_job_names_the_employer(
    asserted: Facts, text: str
) -> None:
    assert ("employer", "Glovo") in asserted(text, "es")


def test_being_somewhere_without_a_change_of_job_names_no_employer(asserted: Facts) -> None:
    assert not any(key == "employer" for key, _ in asserted("estoy en Glovo esperando", "es"))


# -- places -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("llevo tres años en Valencia", ("location", "Valencia")),
        ("trabajo en una tienda en el centro de Huesca, donde vivo", ("location", "Huesca")),
        ("estudié en Soria, donde nací", ("hometown", "Soria")),
        ("Nací en Jaén el 3 de mayo.", ("hometown", "Jaén")),
        ("Nací en Jaén el 3 de mayo.", ("birthday", "3 de mayo")),
        ("Nací el 3 de mayo de 1990 en Jaén.", ("hometown", "Jaén")),
    ],
)
def test_places_said_around_another_statement(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "llevo dos días en Roma",
        "llevo 5 años en Indra, mi primer trabajo",
        "mi hermana trabaja en Huesca, donde vive",
        "trabajo en Huesca, donde vivía antes",
    ],
)
def test_short_stays_workplaces_and_other_peoples_homes_are_not_the_location(
    asserted: Facts, text: str
) -> None:
    assert not any(key == "location" for key, _ in asserted(text, "es"))


# -- tastes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("nunca me han gustado los champiñones", ("dislikes", "champiñones")),
        ("los champiñones nunca me han gustado", ("dislikes", "champiñones")),
        ("me aburre el golf", ("dislikes", "golf")),
        ("el golf me aburre", ("dislikes", "golf")),
        ("los pepinillos me dan asco", ("dislikes", "pepinillos")),
        ("qué asco de pepinillos", ("dislikes", "pepinillos")),
        ("q asco el tofu", ("dislikes", "tofu")),
        ("A mi hermana le encanta el sushi y a mí también", ("likes", "sushi")),
        ("A mi cuñada le flipan los realities, a mí me aburren", ("dislikes", "realities")),
        ("A mi padre no le gusta el pescado y a mí tampoco", ("dislikes", "pescado")),
        ("A mi madre no le gusta la ópera, a mí me encanta", ("likes", "ópera")),
    ],
)
def test_dislikes_with_the_object_on_either_side(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "qué asco de día",
        "el golf no me aburre",
        "A mi prima le encanta el golf",
        "mi hermano dice que el golf le aburre",
        "¿a ti te aburre el golf?",
    ],
)
def test_moods_negations_and_other_peoples_tastes_are_no_dislikes(
    asserted: Facts, text: str
) -> None:
    assert not any(key == "dislikes" for key, _ in asserted(text, "es"))


# -- chat shorthand, sports, pets, trips -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("curro d cocinero en un bar", ("occupation", "cocinero")),
        ("los sábados juego al squash, unas 2 veces x semana", ("hobbies", "squash")),
        ("hago pickleball los domingos", ("hobbies", "pickleball")),
        ("tb hablo portugués", ("languages", "portugués")),
    ],
)
def test_chat_shorthand_and_sports_with_a_frequency(
    asserted: Facts, text: str, fact: tuple[str, str]
) -> None:
    assert fact in asserted(text, "es")


def test_a_frequency_is_no_part_of_the_hobby(asserted: Facts) -> None:
    hobbies = {
        v for k, v in asserted("juego al tenis tres veces por semana", "es") if k == "hobbies"
    }
    assert hobbies == {"tenis"}


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("el hámster se nos escapó anoche y ya no lo tengo", "hámster"),
        ("mi gato se murió ayer", "gato"),
        ("perdimos a nuestro gato el año pasado", "gato"),
    ],
)
def test_a_pet_that_died_or_ran_away_is_retracted(
    asserted: Facts, retracted: Facts, text: str, pet: str
) -> None:
    assert ("pets", pet) in retracted(text, "es")
    assert not any(key == "pets" for key, _ in asserted(text, "es"))


def test_a_pet_that_did_not_die_is_not_retracted(retracted: Facts) -> None:
    assert not any(key == "pets" for key, _ in retracted("mi perro no se murió, menos mal", "es"))


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("acabo de adoptar un podenco, se llama Lur", "podenco Lur"),
        ("Tengo un perro, se llama Chispa", "perro Chispa"),
        ("adopté una perrita", "perrita"),
    ],
)
def test_an_adopted_or_named_pet_is_the_users(asserted: Facts, text: str, pet: str) -> None:
    assert ("pets", pet) in asserted(text, "es")


def test_someone_elses_adopted_pet_is_not_the_users(asserted: Facts) -> None:
    found = asserted("mi hermana acaba de adoptar un gato", "es")
    assert not any(key == "pets" for key, _ in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("¿me ayudas a planear un viaje a Bilbao? vamos en marzo", "Bilbao"),
        ("ayúdame a organizar una escapada a Oporto", "Oporto"),
    ],
)
def test_a_trip_said_inside_a_request_is_the_destination(
    asserted: Facts, text: str, place: str
) -> None:
    assert ("travel_destination", place) in asserted(text, "es")


def test_a_trip_planned_for_others_is_no_destination(asserted: Facts) -> None:
    found = asserted("¿Me ayudas a planear un viaje a Roma para mis padres?", "es")
    assert not any(key == "travel_destination" for key, _ in found)


@pytest.mark.parametrize(
    "text",
    ["mi gato se escapó pero volvió a los dos días", "la peli no me gustó", "qué asco de lunes"],
)
def test_a_pet_that_came_back_or_one_film_not_liked_changes_nothing(
    asserted: Facts, retracted: Facts, text: str
) -> None:
    assert not any(key in ("pets", "dislikes") for key, _ in retracted(text, "es"))
    assert not any(key == "dislikes" for key, _ in asserted(text, "es"))


@pytest.mark.parametrize(
    "text",
    [
        "el yoga me agota pero me encanta",
        "la ópera, aunque me cuesta entenderla, me encanta",
    ],
)
def test_a_clause_inside_a_fronted_topic_is_not_the_thing_liked(asserted: Facts, text: str) -> None:
    assert not {key for key, _ in asserted(text, "es")} & {"likes", "dislikes"}
