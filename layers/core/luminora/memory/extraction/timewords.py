"""Words of time per language (folded): days, months, seasons, holidays, relative time.

A place name never contains one: "flying to Rome on Friday", "voy a nueva york en verano",
"je pars à Lyon demain" end the place before the time. Closed classes, so they stay short.
"""

from __future__ import annotations

from luminora.memory.extraction.vocab import words

TIME_WORDS: dict[str, frozenset[str]] = {
    "en": words(
        "monday tuesday wednesday thursday friday saturday sunday weekend weekends tomorrow "
        "tonight today soon next week weeks month months year years morning afternoon evening "
        "january february march april june july august september october november december "
        "jan feb apr jun jul aug sep sept oct nov dec summer winter spring autumn christmas "
        "xmas easter thanksgiving holidays hols break vacation tmrw tmr tmrow tmw 2morrow "
        "2moro tonite tonigh wknd nxt"
    ),
    "es": words(
        "lunes martes miercoles jueves viernes sabado domingo finde manana hoy pronto semana "
        "semanas mes meses ano anos enero febrero marzo abril mayo junio julio agosto septiembre "
        "setiembre octubre noviembre diciembre verano invierno primavera otono navidad navidades "
        "nochevieja pascua puente vacaciones noche tarde temprano enseguida ahorita luego"
    ),
    "fr": words(
        "lundi mardi mercredi jeudi vendredi samedi dimanche week-end weekend demain bientot "
        "semaine mois annee janvier fevrier mars avril mai juin juillet aout septembre octobre "
        "novembre decembre ete hiver printemps automne noel paques vacances soir prochain "
        "prochaine"
    ),
    "pt": words(
        "segunda terca quarta quinta sexta sabado domingo amanha semana mes ano janeiro "
        "fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro verao "
        "inverno primavera outono natal pascoa ferias feriado carnaval proximo proxima "
        "fim-de-semana"
    ),
    "de": words(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende morgen woche "
        "monat jahr januar februar marz april mai juni juli august september oktober november "
        "dezember sommer winter fruhling herbst weihnachten ostern urlaub ferien nachste "
        "nachsten nachstes"
    ),
    "it": words(
        "lunedi martedi mercoledi giovedi venerdi sabato domenica weekend domani settimana mese "
        "anno gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
        "novembre dicembre estate inverno primavera autunno natale pasqua ferragosto vacanze "
        "prossimo prossima"
    ),
}
