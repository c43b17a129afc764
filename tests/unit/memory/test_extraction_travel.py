"""Travel destinations in six languages: lowercase and multi-word places, times, and what is
not a trip (errands, verbs, past trips, other people's trips, wishes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.unit.memory.conftest import Facts


def _destinations(found: set[tuple[str, str]]) -> set[str]:
    return {value for key, value in found if key == "travel_destination"}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "my name's olivia and im flying to new york tomorrow", "New York"),
        ("en", "so i'm flying to costa rica in march!! any tips", "Costa Rica"),
        ("en", "planning a trip to peru w my gf next month", "Peru"),
        ("en", "heading back to vancouver island for the holidays", "Vancouver Island"),
        ("en", "i'll be in buenos aires next week", "Buenos Aires"),
        ("es", "voy a ir a nueva york en verano, soy lucia", "Nueva York"),
        ("es", "estoy planeando un viaje a peru, por cierto soy marta", "Peru"),
        ("es", "el mes q viene me voy a buenos aires jeje", "Buenos Aires"),
        ("es", "me voy a ir a la costa brava unos dias", "Costa Brava"),
        ("es", "en agosto nos vamos a santiago de compostela andando", "Santiago de Compostela"),
        ("fr", "je pars à new york la semaine prochaine", "New York"),
        ("pt", "vou viajar pra são paulo mês que vem", "São Paulo"),
        ("de", "ich reise im sommer nach italien", "Italien"),
        ("it", "quest'estate andiamo in sardegna", "Sardegna"),
    ],
)
def test_a_lowercase_or_multi_word_place_after_a_travel_phrase_is_the_destination(
    asserted: Facts, lang: str, text: str, place: str
) -> None:
    assert _destinations(asserted(text, lang)) == {place}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "I'm flying to Paris on Friday", "Paris"),
        ("en", "me n my bf jake are going to vegas for new years", "Vegas"),
        ("es", "me voy pa mexico en diciembre q ganas", "Mexico"),
        ("pt", "Vou para o Rio de Janeiro nas férias.", "Rio de Janeiro"),
        ("it", "vado a new york il mese prossimo!", "New York"),
    ],
)
def test_a_time_after_the_place_is_not_part_of_it(
    asserted: Facts, lang: str, text: str, place: str
) -> None:
    assert _destinations(asserted(text, lang)) == {place}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "me voy el mes que viene a roma", "Roma"),
        ("es", "Dentro de dos semanas me voy a Tailandia de mochilero.", "Tailandia"),
        ("fr", "je pars la semaine prochaine à rome", "Rome"),
        ("it", "parto il mese prossimo per londra", "Londra"),
        ("de", "wir fahren im august nach kroatien", "Kroatien"),
    ],
)
def test_a_time_between_the_verb_and_the_place_is_skipped(
    asserted: Facts, lang: str, text: str, place: str
) -> None:
    assert _destinations(asserted(text, lang)) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("vuelo a lisboa el lunes", "Lisboa"),
        ("planeo ir a machu picchu el año que viene", "Machu Picchu"),
        ("tengo pensado ir a japón en abril", "Japón"),
        ("este finde me escapo a cadiz con mis amigas", "Cadiz"),
        ("salgo para bogotá mañana", "Bogotá"),
        ("nos vamos a ir a japon en octubre mi novia y yo", "Japon"),
        ("me voy en tren a sevilla", "Sevilla"),
    ],
)
def test_every_family_of_spanish_travel_verbs_names_the_destination(
    asserted: Facts, text: str, place: str
) -> None:
    assert _destinations(asserted(text, "es")) == {place}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "visiting my grandparents in ohio next weekend, cant wait", "Ohio"),
        ("en", "I'm visiting family in new jersey next week", "New Jersey"),
        ("es", "Voy a visitar a mi familia en Colombia en navidad.", "Colombia"),
    ],
)
def test_visiting_relatives_gives_their_place_as_the_destination(
    asserted: Facts, lang: str, text: str, place: str
) -> None:
    assert _destinations(asserted(text, lang)) == {place}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I'm going to study for my exam"),
        ("en", "im going to sleep in a bit"),
        ("en", "I'm heading to grab lunch"),
        ("en", "we're going to lunch on friday"),
        ("en", "I'm going to class tomorrow"),
        ("en", "I'm visiting museums tomorrow"),
        ("en", "I'm driving to pick up my son"),
        ("en", "going to the office party tonight"),
        ("en", "I'm heading to Mark's place tonight"),
        ("es", "voy a buscarlo mañana"),
        ("es", "me voy en tren mañana"),
        ("es", "me voy a la casa grande de mis tios"),
        ("es", "me voy a la oficina temprano"),
        ("fr", "on va au ciné ce soir"),
        ("fr", "je vais en cours demain"),
        ("pt", "vou viajar sozinho"),
        ("de", "ich gehe nach hause"),
        ("it", "andiamo a mangiare fuori"),
    ],
)
def test_errands_verbs_and_homes_are_not_destinations(
    asserted: Facts, lang: str, text: str
) -> None:
    assert _destinations(asserted(text, lang)) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my trip to paris was amazing"),
        ("en", "I took a trip to rome last year"),
        ("es", "el viaje a roma fue genial"),
        ("es", "hice un viaje a japon el año pasado"),
        ("fr", "mon voyage à tokyo était génial"),
        ("pt", "minha viagem pra bahia foi ótima"),
        ("it", "il mio viaggio in Giappone è stato bellissimo"),
    ],
)
def test_a_trip_already_taken_is_not_a_destination(asserted: Facts, lang: str, text: str) -> None:
    assert _destinations(asserted(text, lang)) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my sister is flying to rome tomorrow"),
        ("en", "My parents are visiting my aunt in Toronto next week."),
        ("en", "I'd love to fly to Peru"),
        ("es", "Mi hermana se va a Nueva York la semana que viene."),
        ("es", "me gustaría ir a japón"),
        ("es", "Si tuviera vacaciones me iría a Bali sin pensarlo."),
    ],
)
def test_other_peoples_trips_and_wishes_are_not_destinations(
    asserted: Facts, lang: str, text: str
) -> None:
    assert _destinations(asserted(text, lang)) == set()


def test_a_cancelled_trip_is_retracted(retracted: Facts) -> None:
    assert ("travel_destination", "Chicago") in retracted(
        "I'm not going to Chicago anymore, the trip got cancelled.", "en"
    )
