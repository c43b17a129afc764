"""Spanish travel rules: where the user is about to go ("me voy a nueva york en verano").

First-person verbs of going, travelling and flying ("me voy", "viajo", "voy a ir",
"planeo ir") and trip nouns ("un viaje a") are followed by a place, also when typed in
lowercase; a bare "voy a" needs a capital or a time after it ("voy a comer" is a verb).
A time may sit between the verb and the place ("me voy el mes que viene a Roma").
"""

from __future__ import annotations

from luminora.memory.extraction import es_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.elliptical import if_known, known_only
from luminora.memory.extraction.engine import ANY_VALUE, rule
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import alternation
from luminora.models.facts import FactOp

HABITUAL = (
    r"(?:los|todos\s+los|todas\s+las|cada)\s+(?:lunes|martes|miercoles|jueves|viernes|sabados|"
    r"domingos|findes|fines\s+de\s+semana|dias|semanas|mananas|tardes|noches)|cada\s+(?:dia|"
    r"semana|sabado|domingo|manana|tarde|noche)"
)
"""A routine before "voy a" ("los martes voy a clases de baile"): no trip."""

TIME_AFTER = (
    r"el\s+(?:mes|ano|finde|fin|proximo|verano|invierno|lunes|martes|miercoles|jueves|viernes|"
    r"sabado|domingo)|la\s+(?:semana|proxima)|este|esta|estas|en\s+\w+|manana|pronto|dentro|"
    r"de\s+vacaciones|de\s+viaje|para|por|[,.!?]|$"
)
"""What may follow a place after the weak "voy a" (a time, or the end of the clause)."""

_TIME_WORD = alternation(TIME_WORDS["es"])
# "el mes que viene", "en agosto", "este verano", "dentro de dos semanas", "pasado mañana".
_TIME = (
    r"(?:(?:el|la|los|las|este|esta|en|dentro\s+de|a\s+(?:finales|principios|mediados)\s+de|"
    r"pasado|unos|unas|para|por)\s+)?(?:\w+\s+)?"
    rf"(?:{_TIME_WORD})(?:\s+(?:que\s+viene|proxim[oa]|entrante))?"
)
# Longest forms first: "me voy a ir a X" must not stop at "me voy a" and read "ir".
_GO = (
    r"(?:(?:me|nos)\s+)?(?:voy|vamos)\s+a\s+(?:ir(?:me|nos)?|viajar|volar|escaparme|escaparnos)|"
    r"(?:planeo|planeamos|pienso|pensamos|tengo\s+pensado|tenemos\s+pensado|tengo\s+planeado|"
    r"tenemos\s+planeado|me\s+toca|nos\s+toca)\s+(?:ir(?:me|nos)?|viajar|volar)|"
    r"(?:me|nos)\s+(?:voy|vamos|ire|iremos)\s+de\s+(?:viaje|vacaciones|mochiler[oa]s?|"
    r"luna\s+de\s+miel|escapada|finde|puente)|"
    r"(?:me|nos)\s+(?:voy|vamos|ire|iremos|marcho|marchamos|escapo|escapamos|largo|piro)|"
    r"ire|iremos|viajo|viajamos|viajare|viajaremos|vuelo|volamos|volare|volaremos|parto|"
    r"partimos|salgo|salimos"
)
# "me voy en tren a Madrid"
_BY = r"en\s+(?:tren|avion|coche|carro|bus|autobus|barco|ferry|moto|bici|furgo|autocaravana)"
_TO = r"(?:a|al|a\s+la|a\s+las|a\s+los|para|pa|pa'|pal|hacia|rumbo\s+a)"
_TRIP = r"(?:viaje|viajecito|vacaciones|luna\s+de\s+miel|escapada|crucero|vuelo|ruta|gira)"
PAST_TRIP = (
    r"fue|fueron|estuvo|estuvieron|el\s+(?:ano|mes|verano|invierno)\s+pasado|"
    r"la\s+semana\s+pasada|hace\s+\w+\s+(?:anos|meses|semanas)"
)
"""Words after the place that make it a past trip ("el viaje a Roma fue genial")."""
_RELATIONS = alternation([*w.RELATIONS, "familia", "gente", "viejos"])

# "¿me ayudas a planear un viaje a Lisboa?": the trip said inside a request.
_FOR_OTHERS = rf"para\s+(?:mi|mis|un|una|su|sus)\s+(?:\w+\s+)?(?:{_RELATIONS}|amig[oa]s?|jef[ea])"
_MENTION = (
    rf"\b(?:{_TRIP}|consejos|recomendaciones|que\s+ver|que\s+hacer)\s+"
    r"(?:a|al|a\s+la|en|por|para|sobre|de)\s+"
)

RULES = (
    rule(
        "travel_destination",
        r"\b(?:ayudame|ayudanos|me\s+ayudas|nos\s+ayudas|(?:me|nos)\s+(?:puedes|podrias)\s+ayudar|"
        r"puedes\s+ayudarme|podrias\s+ayudarme)\s+a\s+(?:planear|organizar|preparar|planificar|"
        rf"montar)\s+(?:un|una|mi|mis|nuestro|nuestra|el|la|las)\s+(?:\w+\s+)?{_TRIP}\s+"
        r"(?:a|al|a\s+la|por|en|para)\s+",
        rd.destination(unless_after=_FOR_OTHERS),
        confidence=0.8,
        asks=True,
        gate="ayud",
    ),
    # "... un viaje a Oslo? vamos en febrero": the trip of the request.
    rule(
        "travel_destination",
        r"^\W*(?:(?:y|pues|bueno)\W+)?(?:(?:me|nos)\s+)?(?:vamos|voy|iremos|ire|viajamos|viajo)\s+"
        rf"(?:alli\s+|para\s+alla\s+)?(?=(?:{_TIME})\b)",
        rd.earlier_destination(_MENTION),
        confidence=0.75,
    ),
    rule(
        "travel_destination",
        rf"\b(?:{_GO})(?:\s+{_TIME})?(?:\s+{_BY})?\s+{_TO}\s+",
        rd.destination(),
        confidence=0.85,
        # Stems of every verb in _GO: a sentence holding none cannot match.
        gate=r"vo|va|vu|ire|viaj|march|escap|largo|piro|part|sal|plane|pens|piens|ten|toca",
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:estare|estaremos|pasare\s+\w+\s+\w+|pasaremos\s+\w+\s+\w+)\s+en\s+",
        rd.destination(),
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:voy|vamos)\s+(?:a|al|a\s+la)\s+",
        rd.destination(lowercase="timed", time_after=TIME_AFTER, unless_before=HABITUAL),
        confidence=0.75,
        retract_when_negated=True,
    ),
    # "voy a visitar a mi familia en Colombia": the place of the people visited.
    rule(
        "travel_destination",
        r"\b(?:(?:voy|vamos|me\s+voy|nos\s+vamos)\s+a\s+(?:ir\s+a\s+)?(?:visitar|ver)|visitare|"
        rf"visitaremos)\s+a\s+(?:mi|mis|nuestr[oa]s?)\s+(?:\w+\s+)?(?:{_RELATIONS})"
        r"(?:\s+[a-z]\w*)??\s+(?:en|a)\s+",
        rd.destination(),
        confidence=0.75,
        retract_when_negated=True,
    ),
    # "voy a visitar Japón", "vamos a conocer el sur de Italia"
    rule(
        "travel_destination",
        r"\b(?:voy|vamos)\s+a\s+(?:visitar|conocer|recorrer)\s+",
        rd.destination(),
        confidence=0.75,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"(?<!\bhice\s)(?<!\bhicimos\s)\b(?:un|una|mi|el|la|nuestro|nuestra|este|esta|proximo|"
        rf"proxima)\s+(?:(?:proxim[oa]|gran|pequeno|pequena|primer)\s+)?{_TRIP}\s+"
        r"(?:a|al|a\s+la|por|hacia|para|pa|en)\s+",
        rd.destination(unless_after=PAST_TRIP),
        confidence=0.75,
        gate=_TRIP,
        retract_when_negated=True,
    ),
    # "al final no voy a Roma, cambiamos a Florencia": the trip changed its destination.
    rule(
        "travel_destination",
        r"\b(?:cambiamos|cambiaremos|cambie|cambio|hemos\s+cambiado|he\s+cambiado)\s+"
        r"(?:(?:de\s+)?(?:el\s+)?(?:destino|planes?|viaje)\s+)?(?:a|al|por|para)\s+",
        rd.destination(),
        confidence=0.8,
        needs="travel_destination",
    ),
    # ... and the trip memory already holds, said in an earlier message.
    rule(
        if_known("travel_destination"),
        r"\b(?:cambiamos|cambiaremos|cambie|cambio|hemos\s+cambiado|he\s+cambiado)\s+"
        r"(?:(?:de\s+)?(?:el\s+)?(?:destino|planes?|viaje)\s+)?(?:a|al|por|para)\s+",
        known_only(rd.destination()),
        confidence=0.8,
    ),
    # "se canceló el viaje", "cancelamos el vuelo": no trip, wherever it went
    rule(
        "travel_destination",
        rf"\b(?:se\s+(?:ha\s+)?(?:cancelado|cancelo|suspendido|suspendio)|(?:he|hemos)\s+cancelado|"
        rf"cancelamos|cancele)\s+(?:el|la|las|mi|nuestro|nuestra|nuestras)\s+{_TRIP}|"
        rf"\b{_TRIP}(?:\s+\w+){{0,3}}?\s+se\s+(?:ha\s+)?(?:cancelado|cancelo|suspendido|suspendio)\b",
        rd.constant("travel_destination", ANY_VALUE),
        op=FactOp.RETRACT,
    ),
)
