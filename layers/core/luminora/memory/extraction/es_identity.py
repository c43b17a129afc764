"""Spanish rules about who the user is: name, age, places, nationality, diet, work, partner.

Spanish drops the subject, so first-person verb endings mark the user.
"""

from __future__ import annotations

import re

from luminora.memory.extraction import es_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.elliptical import known_only
from luminora.memory.extraction.engine import ANY_VALUE, Found, Match, Reader, rule
from luminora.memory.extraction.es_base import (
    ADV,
    AGE_END,
    CLAUSE,
    JOB_STOPS,
    NAT_END,
    NESTED_PLACE,
    NUM,
    SIGN_OFF,
    START,
)
from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.values import title
from luminora.memory.extraction.vocab import alternation
from luminora.models.facts import FactOp


def _sign_off(blocked: frozenset[str]) -> Reader:
    """ "ire al peru, soy leo": a word that closes the message after "soy" is a name.

    Closing a message, "soy X" introduces the user, so a name that is also a noun or a
    verb ("mar", "leo") is read; adjectives, jobs, diets and `blocked` words never are.
    """

    def read(match: Match) -> list[Found]:
        sent = match.sent
        i = sent.token_index(match.start)
        if i >= len(sent.tokens):
            return []
        low = sent.tokens[i].low
        if len(low) < 2 or not low.isalpha() or low in blocked:
            return []
        if w.WORDS.adjective_shaped(low):
            return []  # "jaja, soy buenísimo"
        return [Found("name", title(sent.tokens[i].raw), 0.8)]

    return read


# "trabajo de cajera en Lidl", "celador en el Hospital del Mar": the job, then the
# employer typed with a capital after "en" / "para".
_job_at = rd.with_employer(rd.phrase("occupation", stops=JOB_STOPS), "en|para", 0.8, named=True)


# "soy del Betis": a team, when a club word or the talk about sport says so.
_TEAM = re.compile(
    r"\bdel\s+(?:real|atletico|athletic|deportivo|sporting|racing|club|cd|fc|ud|rcd|rc|cf)\b|"
    r"\b(?:futbol|futbolero|futbolera|equipo|liga|partido|partidos|hincha|aficion|estadio|"
    r"champions|baloncesto|basket|basquet|forofo|forofa)\b"
)
_HOMETOWN = rd.place("hometown", NESTED_PLACE)


def _from_or_fan(match: Match) -> list[Found]:
    """ "soy de Cádiz" says where the user is from; "soy del Betis" may name a team."""
    found = _HOMETOWN(match)
    if match.m.group().rstrip().endswith("del") and _TEAM.search(match.sent.head + match.sent.low):
        return [Found("likes", f.value) for f in found]
    return found


_NAME_BEFORE = re.compile(r"\bsoy\s+(?:el\s+|la\s+)?[^\W\d_]+\s+$")


def _after_name(match: Match) -> list[Found]:
    """ "soy el nico de santiago": "de" right after the name says where the user is from."""
    if _NAME_BEFORE.search(match.sent.low, 0, match.m.start()) is None:
        return []
    return [f for f in _HOMETOWN(match) if fold(f.value) not in w.SECTORS]  # "Ana de RRHH"


def _named_employer(match: Match) -> list[Found]:
    """ "trabajo en un almacén de Amazon": a capitalised name after the workplace."""
    sent = match.sent
    i = sent.token_index(match.start)
    if i >= len(sent.tokens) or not sent.tokens[i].capitalized:
        return []
    org = rd.read_place(sent, match.words, match.start, nested=re.compile(r"(?!)"))
    return [Found("employer", org, 0.8)] if org else []


# A change of job said in the message ("cambié de curro", "nuevo trabajo").
_JOB_CHANGE = (
    r"\b(?:cambie|cambiado|cambiar)\s+de\s+(?:trabajo|curro|empresa|empleo|chamba)\b|"
    r"\b(?:nuevo|otro)\s+(?:trabajo|curro|empleo)\b|\bdeje\s+(?:mi|el)\s+(?:trabajo|curro)\b"
)
_WORK = re.compile(r"\b(?:trabaj\w*|curr\w*|empresa|oficina|puesto|jefe|jefa)\b")
_LOCATION_ONLY = rd.place("location", r"(?!)")


def _years_in(match: Match) -> list[Found]:
    """ "llevo tres años en Valencia": a place, unless the talk is of work ("... en Indra")."""
    if _WORK.search(match.sent.low):
        return []
    return _LOCATION_ONLY(match)


RULES = (
    # "mis compis de Mercadona": the user's coworkers name the employer (a capitalised name)
    rule(
        "employer",
        r"\bmis\s+(?:compis|companeros|companeras|compas)\s+(?:de\s+(?:trabajo|curro)\s+)?(?:de|del|en)\s+(?=[a-z])",
        rd.named_employer,
        confidence=0.7,
        gate="mis ",
    ),
    # "ojalá hubiera sido piloto en vez de contable": the wish is hypothetical, the job it
    # replaces is real
    rule(
        "occupation",
        r"\b(?:en\s+vez\s+de|en\s+lugar\s+de)\s+(?:ser\s+)?(?:un\s+|una\s+)?",
        rd.when_said(
            r"\b(?:ojala(?:\s+yo)?|me\s+(?:hubiera|habria)\s+gustado)\s+(?:hubiera\s+|hubiese\s+|haber\s+)?"
            r"(?:sido|estudiado|hecho|ser|estudiar)\b",
            rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
        ),
        confidence=0.75,
        hypothetical=True,
        gate=r"en\s+(?:vez|lugar)",
    ),
    # "vivía en Bilbao, ahora estoy en Granada": where the user lives now, after where
    # they lived before
    rule(
        "location",
        r"\b(?:ahora|hoy\s+en\s+dia|actualmente)\s*,?\s+(?:ya\s+)?estoy\s+en\s+",
        rd.when_said(r"\b(?:vivia|vivi|antes\s+vivia)\b", rd.place("location", NESTED_PLACE)),
        confidence=0.8,
        gate=r"ahora|hoy|actualmente",
    ),
    # "desde que me jubilé", "me he jubilado": the user is retired.
    rule(
        "occupation",
        r"\bme\s+(?:(?:he|acabo\s+de)\s+)?(?:jubile|jubilado|prejubile|prejubilado)\b",
        rd.constant("occupation", "jubilado"),
        confidence=0.8,
        gate="jubil",
    ),
    # "estoy en 2 de bachi", "voy a segundo de carrera": a grade at school is a student.
    rule(
        "occupation",
        r"\b(?:estoy|voy|estudio|hago|curso)\s+(?:en\s+|a\s+)?(?:\d\s*[ºo°]?|primero|segundo|tercero|"
        r"cuarto|quinto|sexto|1ro|2do|3ro|4to)\s+(?:de\s+|del\s+)?(?:la\s+)?(?=(?:bachi|bachiller|"
        r"bachillerato|eso|carrera|universidad|uni|fp|grado|medicina|derecho|ingenieria|primaria|"
        r"secundaria|ciclo|instituto)\b)",
        rd.constant("occupation", "estudiante"),
        confidence=0.75,
    ),
    # name
    rule("name", r"\bme\s+llamo\s+", rd.name(explicit=True), confidence=0.95),
    rule("name", r"\bmi\s+nombre\s+es\s+", rd.name(explicit=True), confidence=0.95),
    rule(
        "name",
        r"\b(?:me\s+(?:dicen|llaman)|puedes\s+llamarme|llamame|me\s+puedes\s+llamar)\s+",
        rd.name(strict=True, explicit=True, low_confidence=0.8),
        confidence=0.85,
    ),
    rule("name", rf"{START}soy\s+(?:el\s+|la\s+)?", rd.name(strict=True, low_confidence=0.85)),
    rule("name", SIGN_OFF, _sign_off(w.SIGN_OFF_BLOCKED | w.ZODIAC), confidence=0.8, gate="soy"),
    # A sign ("leo") is a name only when the message also says something else about the
    # user ("ire al peru que te parece, soy leo"); alone, "jaja, soy virgo" is a sign.
    rule(
        "name",
        SIGN_OFF,
        _sign_off(w.SIGN_OFF_BLOCKED),
        confidence=0.8,
        gate="soy",
        needs=("travel_destination", "location", "hometown", "occupation", "age", "likes"),
    ),
    # age
    rule(
        "age",
        rf"\btengo\s+(?:ya\s+)?(?P<v>{NUM})(?:\s+(?:anos|anitos|tacos|palos|primaveras)(?:\s+de\s+edad)?)?{AGE_END}",
        rd.age("es"),
        confidence=0.95,
    ),
    rule(
        "age",
        rf"\b(?:cumpli|acabo\s+de\s+cumplir|he\s+cumplido|ya\s+cumpli)\s+(?P<v>{NUM})\b",
        rd.age("es"),
    ),
    rule(
        "age",
        rf"(?:^\s*|[,;]\s*)(?P<v>\d{{1,2}}|{NUMBER_WORDS['es']})\s*(?:anos|anitos|tacos|palos|primaveras)?\s*(?=[,;.!]|$|\b(?:y|e)\b)",
        rd.age("es"),
        confidence=0.8,
        needs="name",
    ),
    rule(
        "occupation",
        r"(?:^\s*|[,;]\s*)(?:un\s+|una\s+)?",
        rd.with_employer(
            rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
            "en|para",
            0.75,
            named=True,
        ),
        confidence=0.7,
        needs="name",
    ),
    # "soy nacho, de sevilla", "soy el nico de santiago": where the user is from, next to
    # the name.
    rule(
        "hometown",
        r"(?:^\s*|[,;]\s*)(?:de|del)\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.75,
        needs="name",
    ),
    rule(
        "hometown",
        r"\b(?:de|del)\s+",
        _after_name,
        confidence=0.75,
        needs="name",
    ),
    # where the user lives and comes from
    # "tengo una tienda aquí en Soria", "el alquiler aquí en Vigo": where the user is,
    # unless the message talks of a visit ("de vacaciones aquí en Cádiz")
    rule(
        "location",
        r"\baqui\s+en\s+",
        rd.local_place(
            r"\b(?:vacaciones|viaje|visita\w*|de\s+paso|hotel|finde|fin\s+de\s+semana|congreso|"
            r"turistas?|luna\s+de\s+miel|unos\s+dias|escala|estuve|estaba|estare|voy\s+a\s+estar|"
            r"calor|frio|llueve|lloviendo|sol|nieva|tiempo)\b",
            r"\bno\s+(?:\w+\s+)?(?:vivo|soy|resido|vivimos)\b",
        ),
        confidence=0.7,
        negatable=False,
        gate="aqui en",
    ),
    rule(
        "location",
        rf"\b(?:{ADV}(?:vivo|resido|vivimos)|estoy\s+viviendo|estamos\s+viviendo)\s+{ADV}"
        r"(?:(?:sol[oa]|solit[oa])\s+)?(?:con\s+(?:mi|mis|el|la|los|las|un|una|dos|tres)\s+[\w]+(?:\s+[\w]+)?\s+)?(?:en|por)\s+",
        rd.place("location", NESTED_PLACE),
        retract_when_negated=True,
    ),
    rule(
        "location",
        r"\b(?:llevo|llevamos)\s+(?:\w+\s+){1,3}?(?:viviendo|residiendo)\s+en\s+",
        rd.place("location", NESTED_PLACE),
        confidence=0.9,
    ),
    # "llevo ya tres años en Valencia": years (not days: a trip) spent in a place.
    rule(
        "location",
        r"\b(?:llevo|llevamos)\s+(?:ya\s+)?(?:\w+\s+){0,2}?(?:anos|meses|decadas)\s+(?:aqui\s+)?en\s+"
        r"(?!(?:el|la|los|las|un|una|esta|este)\s)",
        _years_in,
        confidence=0.8,
        gate="llev",
    ),
    rule(
        "location",
        r"\b(?:vivia|vivi|residia)\s+en\s+",
        rd.place("location", NESTED_PLACE),
        op=FactOp.RETRACT,
    ),
    rule(
        "location",
        r"\bme\s+(?:he\s+)?(?:mude|mudado|acabo\s+de\s+mudar|traslade|trasladado|vine\s+a\s+vivir|fui\s+a\s+vivir)\s+(?:a|al|en|para)\s+",
        rd.place("location", NESTED_PLACE),
    ),
    rule(
        "hometown",
        rf"{START}soy\s+(?:(?:originario|originaria|oriundo|oriunda|natural)\s+)?(?:de|del)\s+",
        _from_or_fan,
        retract_when_negated=True,
    ),
    rule(
        "hometown",
        r"\b(?:vengo|procedo)\s+de\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
    ),
    rule(
        "hometown",
        r"\b(?:naci|me\s+crie|creci)\s+en\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
    ),
    rule(
        "hometown",
        rf"{START}soy\s+(?:{w.NATIONALITIES.regex})\s*,\s*(?:de|del)\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
    ),
    rule(
        "nationality",
        rf"{START}soy\s+(?:de\s+nacionalidad\s+)?(?P<v>{w.NATIONALITIES.regex}){NAT_END}",
        rd.lexicon("nationality", w.NATIONALITIES),
        retract_when_negated=True,
    ),
    # diet
    rule(
        "diet",
        rf"\b(?:soy|me\s+hice|me\s+he\s+hecho|llevo\s+\w+\s+(?:anos|meses)\s+siendo|sigo\s+una\s+dieta|"
        rf"como)\s+(?:(?:muy|totalmente|estrictamente|bastante)\s+)?(?P<v>{w.DIETS.regex})\b",
        rd.lexicon("diet", w.DIETS),
        retract_when_negated=True,
    ),
    # work
    rule(
        "occupation",
        r"\b(?:trabajo|curro|laburo|chambeo|estoy\s+trabajando|ejerzo|trabajamos)\s+(?:(?:alli|ahi|aqui|alla)\s+)?"
        r"(?:de|como)\s+(?:un\s+|una\s+)?",
        _job_at,
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\b(?:trabajo|curro)\s+(?:en|para)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?\s+como\s+(?:un\s+|una\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        confidence=0.9,
        retract_when_negated=True,
    ),
    # "trabajo en un bar de camarero"; "en un almacén de Amazon" names the employer instead.
    rule(
        "occupation",
        r"\b(?:trabajo|curro)\s+(?:en|para)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?\s+de\s+",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
        confidence=0.9,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\b(?:trabajaba|curraba|trabaje)\s+(?:de|como)\s+(?:un\s+|una\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        op=FactOp.RETRACT,
    ),
    # "bueno, era fontanero, ahora ...": a job the user had, said at the start of a clause
    rule(
        "occupation",
        rf"{CLAUSE}(?:(?:bueno|pues|antes|yo|ya)\s+)*era\s+(?:un\s+|una\s+)?",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
        op=FactOp.RETRACT,
        gate="era ",
    ),
    # "soy enfermera en el Hospital Clínico": after "en" only a name that reads as an
    # organisation is the employer ("soy camarera en Madrid" names a city).
    rule(
        "occupation",
        rf"{START}(?:soy|estoy)\s+(?:un\s+|una\s+)?",
        rd.with_employer(
            rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
            "para",
            0.8,
            named=True,
            located="en",
        ),
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        rf"{CLAUSE}como\s+(?:un\s+|una\s+|buen\s+|buena\s+)?",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
        confidence=0.7,
    ),
    rule(
        "occupation",
        rf"\b(?:estudio|(?:(?:es)?toy|ando)\s+(?:en\s+[\w-]+(?:\s+[\w-]+)?\s+)?estudiando)\s+"
        rf"(?=(?:{'|'.join(sorted(w.STUDY_FIELDS))})\b)",
        rd.constant("occupation", "estudiante"),
        confidence=0.75,
        gate=r"bachi|eso\b|carrera|uni|fp\b|grado|medicina|derecho|ingenieria|primaria|secundaria|ciclo|instituto",
    ),
    rule(
        "employer",
        rf"\b(?:trabajo|curro|estoy\s+trabajando|trabajamos)\s+(?:en|para)\s+"
        rf"(?!(?:(?:el|la|los|las)\s+)?(?:{alternation(w.SECTORS)})\b)(?=[a-z])",
        rd.place("employer", r"(?!)"),
        confidence=0.75,
        retract_when_negated=True,
    ),
    rule(
        "employer",
        r"\b(?:trabajo|curro|estoy\s+trabajando)\s+en\s+(?:un|una)\s+\w+\s+de\s+",
        _named_employer,
        retract_when_negated=True,
    ),
    # "me salí de Repsol, ahora estoy en Cepsa": the employer left
    rule(
        "employer",
        r"\b(?:deje|me\s+sali\s+de|sali\s+de)\s+(?=[a-z])",
        rd.place("employer", r"(?!)"),
        op=FactOp.RETRACT,
        negatable=False,
        gate=r"deje|sali",
    ),
    # "cambié de trabajo, ahora estoy en Glovo": where the user is, after a change of job.
    rule(
        "employer",
        r"\b(?:ahora\s+(?:estoy|curro|trabajo)?|estoy|curro|trabajo)\s*(?:en|con|para)\s+",
        rd.when_said(_JOB_CHANGE, rd.named_employer),
        confidence=0.8,
        gate=r"ahora|estoy|curro|trabajo",
    ),
    # "Corrijo: desde septiembre estoy en Iberdrola": a new employer, when one is known
    rule(
        "employer",
        r"\b(?:ahora|desde\s+(?:septiembre|octubre|noviembre|diciembre|enero|febrero|marzo|abril|"
        r"mayo|junio|julio|agosto|hace\s+\w+(?:\s+\w+)?|el\s+\w+\s+pasado|la\s+semana\s+pasada|"
        r"ayer|(?:el|este)\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|mes)))\s+"
        r"(?:ya\s+)?(?:estoy|curro|trabajo)\s+(?:en|con|para)\s+",
        rd.when_said(
            r"\b(?:corrijo|correccion|ya\s+no|me\s+cambie|cambie\s+de|perdon|en\s+realidad)\b",
            known_only(rd.named_employer),
        ),
        confidence=0.75,
        negatable=False,
        gate=r"ahora|desde",
    ),
    # "ya no trabajo en Inditex, ahora estoy en Mango"
    rule(
        "employer",
        r"\bahora\s+(?:estoy|curro|trabajo)\s+(?:en|con)\s+",
        _named_employer,
        needs="employer",
    ),
    rule(
        "employer",
        r"\b(?:trabajaba|curraba)\s+(?:en|para)\s+",
        rd.place("employer", r"(?!)"),
        op=FactOp.RETRACT,
    ),
    # partner
    rule(
        "partner",
        r"\bestoy\s+(?:casad[oa]|prometid[oa])\s+con\s+",
        rd.name("partner"),
        confidence=0.95,
    ),
    # "lo hemos dejado", "estoy soltera": no partner, whatever the name was
    rule(
        "partner",
        r"\b(?:(?:lo\s+hemos\s+dejado|lo\s+dejamos|hemos\s+roto|rompimos|cortamos)"
        r"(?=\s*(?:[,.;!]|$|\b(?:hace|ayer|este|esta|la\s+semana|el\s+mes|jaja|y|con\s+mi)\b))|"
        r"(?:me|nos)\s+(?:he\s+|hemos\s+)?(?:separe|separamos|separado|divorcie|divorciamos|divorciado)|"
        r"estoy\s+solter[oa])\b",
        rd.constant("partner", ANY_VALUE),
        op=FactOp.RETRACT,
    ),
    rule(
        "partner",
        r"\bsalgo\s+con\s+(?=[a-z][\w'-]+\s*(?:[,.!;]|$))",
        rd.name("partner", strict=True),
        confidence=0.75,
    ),
)
