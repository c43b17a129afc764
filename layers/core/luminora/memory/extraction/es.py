"""Spanish rules. Spanish drops the subject, so first-person verb endings mark the user."""

from __future__ import annotations

import re

from luminora.memory.extraction import es_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.engine import Found, Match, Pack, rule
from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.relations import RelationGrammar, relation_rules
from luminora.memory.extraction.values import trim
from luminora.memory.extraction.vocab import words
from luminora.models.facts import FactOp

# -- building blocks (folded text) ------------------------------------------------------------

START = r"\b"
CLAUSE = r"(?:^|[,;:!¡]\s*)\W*"
ADV = (
    r"(?:(?:ya|no|tambien|todavia|aun|ahora|actualmente|solo|realmente|de\s+hecho|"
    r"nunca|siempre|casi|basicamente|oficialmente|literalmente|a\s+veces|mucho|bastante|"
    r"de\s+momento|por\s+ahora|hoy\s+en\s+dia)\s+)*"
)
NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS['es']})"
MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre"
)
NESTED_PLACE = r"\b(?:en|de)\s+"
TIME_AFTER = (
    r"el\s+(?:mes|ano|finde|fin|proximo|verano|invierno|lunes|martes|miercoles|jueves|viernes|"
    r"sabado|domingo)|la\s+(?:semana|proxima)|este|esta|estas|en\s+\w+|manana|pronto|dentro|"
    r"de\s+vacaciones|de\s+viaje|para|por|[,.!?]|$"
)
AGE_END = (
    r"(?=\s*(?:[,.;:!?)]|$|\b(?:y|e|pero|aunque|ya|btw|jaja|jeje|recien|cumplidos|hoy|desde|"
    r"vivo|soy|trabajo|asi|bien|nada|lol|xd)\b))"
)
GOAL_ARTICLES = words("el la los las un una a de al del")
GOAL_STOPS = words("porque pero y aunque antes este esta cuando si jaja jeje lol xd")
JOB_STOPS = words("en para desde con y pero porque hace")


_TALK = frozenset(
    {"hablar", "charlar", "platicar", "conversar", "chatear", "escribirte", "hablarte"}
)


def _infinitive_item(folded: str, raw: str) -> tuple[str, str] | None:
    """A liked thing, or a hobby when it is an activity ("me gusta nadar")."""
    head = folded.split(" ")[0]
    if head in _TALK:
        return None  # talking to the assistant is not a hobby
    if w.WORDS.verb_like is not None and w.WORDS.verb_like.search(head):
        if head not in w.NOUNS_LIKE_VERBS and len(head) > 3:
            return "hobbies", raw
    return "likes", raw


def _activity(match: Match) -> list[Found]:
    verb = match.m.group("v")
    start = match.m.start("v")
    raw = match.sent.raw[start : start + len(verb)]
    if raw[:1].isupper() and start > 0:  # "Leo y Vera": a name, not "leo" (I read)
        return []
    value = w.ACTIVITY_VERBS.get(verb)
    return [Found("hobbies", value)] if value else []


def _topic_like(match: Match) -> list[Found]:
    """ "el sushi me encanta" / "las aceitunas no me gustan" / "ya no me gusta"."""
    value = trim(match.sent.raw[match.m.start("v") : match.m.end("v")])
    if not value:
        return []
    neg = match.m.group("neg")
    if neg and "ya" in neg:
        return [Found("likes", value, op=FactOp.RETRACT)]
    if neg:
        return [Found("likes", value, op=FactOp.RETRACT), Found("dislikes", value)]
    return [Found("likes", value)]


def _job_at(match: Match) -> list[Found]:
    """ "trabajo de cajera en Mercadona": the job, then the employer after "en/para"."""
    out = rd.phrase("occupation", stops=JOB_STOPS)(match)
    if not out:
        return out
    sent = match.sent
    found = rd.walk(sent, match.words, match.start, stops=JOB_STOPS)
    if found:
        tail = re.compile(r"\s+(?:en|para)\s+").match(sent.low, found[0][-1].end)
        if tail is not None:
            i = sent.token_index(tail.end())
            if i < len(sent.tokens) and sent.tokens[i].capitalized:
                org = rd.read_place(sent, match.words, tail.end(), nested=re.compile(r"(?!)"))
                if org:
                    out.append(Found("employer", org, 0.8))
    return out


_NAT_END = (
    r"(?=\s*(?:[,.;:!?]|$|\b(?:y|e|pero|aunque|de|del|btw|jaja|jeje|nacido|nacida|por|"
    r"tambien|aunque|vivo|pero|xd|lol)\b))"
)
_LIKE_VERBS = (
    r"gusta|gustan|encanta|encantan|flipa|flipan|mola|molan|chifla|chiflan|pierde|pierden|"
    r"apasiona|apasionan|fascina|fascinan|vuelve\s+loca|vuelve\s+loco|vuelven\s+loca|"
    r"vuelven\s+loco|vuelven\s+locos|pirra|pirran"
)

RULES = (
    # name
    rule("name", r"\bme\s+llamo\s+", rd.name(), confidence=0.95),
    rule("name", r"\bmi\s+nombre\s+es\s+", rd.name(), confidence=0.95),
    rule(
        "name",
        r"\b(?:me\s+(?:dicen|llaman)|puedes\s+llamarme|llamame|me\s+puedes\s+llamar)\s+",
        rd.name(strict=True, low_confidence=0.8),
        confidence=0.85,
    ),
    rule("name", rf"{START}soy\s+(?:el\s+|la\s+)?", rd.name(strict=True, low_confidence=0.85)),
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
        rf"(?:^|[,;]\s*)(?P<v>\d{{1,2}}|{NUMBER_WORDS['es']})\s*(?:anos|anitos)?\s*(?=[,;.!]|$|\b(?:y|e)\b)",
        rd.age("es"),
        confidence=0.8,
        needs="name",
    ),
    # where the user lives and comes from
    rule(
        "location",
        rf"\b(?:{ADV}(?:vivo|resido|vivimos)|estoy\s+viviendo|estamos\s+viviendo)\s+{ADV}"
        r"(?:con\s+(?:mi|mis|el|la|los|las|un|una|dos|tres)\s+[\w]+(?:\s+[\w]+)?\s+)?(?:en|por)\s+",
        rd.place("location", NESTED_PLACE),
        retract_when_negated=True,
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
        rd.place("hometown", NESTED_PLACE),
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
        rf"{START}soy\s+(?:de\s+nacionalidad\s+)?(?P<v>{w.NATIONALITIES.regex}){_NAT_END}",
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
        r"\b(?:trabajo|curro|laburo|chambeo|estoy\s+trabajando|ejerzo|trabajamos)\s+(?:de|como)\s+(?:un\s+|una\s+)?",
        _job_at,
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\b(?:trabajo|curro)\s+(?:en|para)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?\s+(?:de|como)\s+(?:un\s+|una\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        confidence=0.9,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\b(?:trabajaba|curraba|trabaje)\s+(?:de|como)\s+(?:un\s+|una\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        op=FactOp.RETRACT,
    ),
    rule(
        "occupation",
        rf"{START}(?:soy|estoy)\s+(?:un\s+|una\s+)?",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
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
        rf"\bestudio\s+(?=(?:{'|'.join(sorted(w.STUDY_FIELDS))})\b)",
        rd.constant("occupation", "estudiante"),
        confidence=0.75,
    ),
    rule(
        "employer",
        r"\b(?:trabajo|curro|estoy\s+trabajando|trabajamos)\s+(?:en|para)\s+(?=[a-z])",
        rd.place("employer", r"(?!)"),
        confidence=0.75,
        retract_when_negated=True,
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
    rule(
        "partner",
        r"\bsalgo\s+con\s+(?=[a-z][\w'-]+\s*(?:[,.!;]|$))",
        rd.name("partner", strict=True),
        confidence=0.75,
    ),
    # hobbies
    rule(
        "hobbies",
        rf"\b(?:hago|practico)\s+(?:(?:mucho|bastante|algo\s+de|un\s+poco\s+de)\s+)?(?P<v>{w.DO_ACTIVITIES.regex})\b",
        rd.lexicon("hobbies", w.DO_ACTIVITIES, lists=True),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\b(?:juego|jugamos)\s+(?:(?:mucho|bastante|a\s+veces)\s+)?(?:al|a\s+la|a\s+los|a\s+las|a)\s+",
        rd.phrase("hobbies", max_tokens=3),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\btoco\s+(?:el|la|los|las)\s+",
        rd.phrase("hobbies", max_tokens=2),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bpractico\s+",
        rd.phrase("hobbies", max_tokens=3),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"\b(?P<v>{'|'.join(w.ACTIVITY_VERBS)})(?=\s*(?:$|[,.!;]|\b(?:y|mucho|bastante|todos|todas|"
        r"cada|los|las|a\s+diario|casi|siempre|a\s+menudo|desde|por\s+las|en\s+mi|cuando|bien|"
        r"un\s+monton|muchisimo|sin\s+parar|jaja|jeje|xd)\b))",
        _activity,
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\b(?:salgo|voy)\s+a\s+(?P<v>correr|caminar|pasear|nadar|patinar|pedalear|escalar|bucear|surfear|bailar)\b",
        rd.group("hobbies"),
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bvoy\s+al\s+(?P<v>gimnasio|gym|gimnasio)\b",
        rd.group("hobbies"),
        confidence=0.75,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bmis?\s+(?:hobbies|hobby|hobbys|aficiones|aficion|pasatiempos?)\s+(?:favorit[oa]s?\s+)?(?:son|es)\s+",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        confidence=0.95,
    ),
    rule(
        "hobbies",
        r"\b(?:he\s+dejado|deje|dejo|abandone|he\s+abandonado)\s+(?:de\s+(?:hacer|jugar\s+al?|practicar|tocar\s+(?:el|la)|ir\s+a)\s+|de\s+)?",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        op=FactOp.RETRACT,
        negatable=False,
    ),
    rule(
        "hobbies",
        r"(?:^|[,;:]\s*)\W*(?:(?:y|pues|bueno)\s+)?(?:el|la|los|las)\s+(?P<v>[\w\s]{2,25}?)\s+(?:ya\s+)?lo\s+(?:he\s+dejado|deje|dejo)\b",
        rd.group("hobbies"),
        op=FactOp.RETRACT,
        negatable=False,
    ),
    # likes and dislikes
    rule(
        "likes",
        rf"\b{ADV}me\s+(?:{_LIKE_VERBS})\s+(?:(?:mucho|muchisimo|bastante|un\s+monton|tanto|demasiado)\s+)?",
        rd.items("likes", mapping=_infinitive_item),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        r"\b(?:adoro|amo)\s+",
        rd.items("likes", mapping=_infinitive_item),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        r"\bsoy\s+(?:(?:muy|super|un|una|gran|muy\s+muy)\s+)*(?:fan|fanatic[oa]|aficionad[oa]|hincha|forof[oa])\s+(?:de|del|de\s+la|de\s+los|de\s+las)\s+",
        rd.items("likes"),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        r"\bmis?\s+(?:comidas?|bebidas?|color|grupos?|bandas?|series?|peliculas?|libros?|deportes?|equipo|"
        r"cantantes?|musica|platos?|frutas?|ciudad|lugar|genero|artista)\s+(?:favorit[oa]s?|preferid[oa]s?)\s+(?:es|son)\s+",
        rd.items("likes"),
    ),
    rule(
        "likes",
        rf"(?:^|[,;:]\s*)\W*(?:(?:y|pues|bueno|oye)\s+)?(?:el|la|los|las)\s+(?P<v>[\w\s]{{2,25}}?)\s+(?P<neg>(?:ya\s+)?no\s+)?me\s+(?:{_LIKE_VERBS})\b",
        _topic_like,
        negatable=False,
    ),
    rule(
        "dislikes",
        r"\b(?P<t>no\s+me\s+(?:gusta|gustan|molan?|agradan?|van|va)|odio|detesto|aborrezco|"
        r"no\s+soporto|no\s+aguanto|no\s+trago|me\s+dan?\s+asco|me\s+horroriza|me\s+horrorizan|"
        r"me\s+repugnan?|paso\s+de|no\s+me\s+gusta\s+nada|no\s+me\s+gustan\s+nada)\s+"
        r"(?:(?:nada|mucho|para\s+nada)\s+)?",
        rd.items("dislikes"),
        skip_when_no_longer=True,
    ),
    rule(
        "likes",
        r"\b(?:tomo|como|bebo)\s+",
        rd.items("likes", max_tokens=3),
        only_when_no_longer=True,
    ),
    # health
    rule(
        "allergies",
        rf"(?:\b(?:soy|somos)\s+(?:muy\s+|super\s+)?alergic[oa]s?|\btengo\s+(?:una\s+|mucha\s+)?alergia|{CLAUSE}alergic[oa])"
        r"\s+(?:a|al|a\s+la|a\s+los|a\s+las)\s+",
        rd.items("allergies"),
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "allergies",
        r"\b(?:soy\s+intolerante|tengo\s+intolerancia)\s+(?:a|al)\s+(?:la\s+|el\s+)?",
        rd.items("allergies"),
        confidence=0.75,
    ),
    rule("allergies", r"\bsoy\s+celiac[oa]\b", rd.constant("allergies", "gluten"), confidence=0.75),
    # languages
    rule(
        "languages",
        r"\b(?:hablo|domino|manejo|chapurreo|hablamos)\s+|\bmi\s+(?:lengua|idioma)\s+(?:materna|nativo|natal)\s+es\s+",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
        retract_when_negated=True,
    ),
    rule(
        "languages",
        r"[,;]\s*(?:pero\s+)?(?:solo|solamente|unicamente|sino|pero\s+si)\s+(?:hablo\s+)?",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
        needs="languages",
        negatable=False,
    ),
    # goals
    rule(
        "goals",
        r"\bmi\s+(?:(?:gran|principal|nuevo|unico)\s+)?(?:objetivo|meta|proposito|reto)\s+(?:(?:principal|para\s+este\s+ano|de\s+este\s+ano|es\s+el\s+de)\s+)?es\s+",
        rd.phrase("goals", max_tokens=7, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\b(?:estoy|me\s+estoy)\s+(?:entrenando|preparando)\s+(?:para\s+)?",
        rd.phrase("goals", max_tokens=5),
        confidence=0.85,
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\b(?:voy\s+a\s+empezar\s+a|empiezo\s+a|empece\s+a|estoy|quiero|me\s+he\s+puesto\s+a|me\s+puse\s+a)\s+"
        r"(?P<v>(?:aprender|aprendiendo|estudiar|estudiando)\s+)(?=[a-z])",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        confidence=0.75,
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\b(?:quiero|mi\s+sueno\s+es|espero|intento|estoy\s+intentando)\s+(?=(?:correr|aprobar|sacarme|sacar|terminar|perder|bajar|ahorrar|conseguir|escribir|montar|abrir|dejar\s+de)\b)",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS),
        confidence=0.65,
        hypothetical=True,
    ),
    # travel
    rule(
        "travel_destination",
        r"\b(?:ire|voy\s+a\s+ir|me\s+voy|me\s+ire|me\s+voy\s+a\s+ir|viajo|viajare|voy\s+a\s+viajar|vuelo|volare|"
        r"me\s+voy\s+de\s+(?:viaje|vacaciones)|nos\s+vamos|vamos\s+a\s+ir|iremos|viajaremos|"
        r"me\s+marcho|estare|pasare\s+\w+\s+\w+)\s+(?:a|al|a\s+la|a\s+las|a\s+los|para|hacia|en)\s+",
        rd.place("travel_destination", r"(?!)"),
        confidence=0.85,
    ),
    rule(
        "travel_destination",
        r"\bvoy\s+(?:a|al|a\s+la)\s+",
        rd.place_strict("travel_destination", time_after=TIME_AFTER),
        confidence=0.75,
    ),
    rule(
        "travel_destination",
        r"\b(?:mi|el)\s+(?:proximo\s+|gran\s+)?(?:viaje|vacaciones|luna\s+de\s+miel)\s+(?:a|al|a\s+la|en)\s+",
        rd.place_strict("travel_destination", time_after=TIME_AFTER),
        confidence=0.75,
    ),
    # birthday
    rule(
        "birthday",
        r"\b(?:mi\s+cumpleanos\s+es|mi\s+cumple\s+es|cumplo\s+(?:anos|los\s+anos)|naci|mi\s+fecha\s+de\s+nacimiento\s+es)\s+(?:el\s+)?(?:dia\s+)?",
        rd.date(MONTHS),
        confidence=0.95,
    ),
)

GRAMMAR = RelationGrammar(
    possessive=r"(?:mi|mis|nuestra|nuestro|nuestras|nuestros)\s+",
    have=r"(?:(?:tengo|tenemos|soy\s+(?:madre|padre|mama|papa)\s+de)\s+|(?:solo|tambien|ademas)\s+)",
    count=r"(?:(?:un|una|uno|dos|tres|cuatro|cinco|\d+|unos|unas|algunos|varios|varias|muchos|ningun|ninguna)\s+)",
    modifier=r"pequeno|pequena|querido|querida|adorado|adorada|mejor|nuevo|nueva|viejo|vieja|dos|tres|cuatro|santo",
    called=r"\s+se\s+llaman?|\s+es\s+llamad[oa]|\s+tiene\s+por\s+nombre",
    copula=r"es|son",
    introducer=r"que\s+se\s+llaman?|llamad[oa]s?|:",
    post=(
        r"mayor|menor|pequeno|pequena|pequenos|pequenas|mediano|mediana|chico|chica|gemelo|gemela|"
        r"grande|mayores|menores|chicos|chicas"
    ),
)

PACK = Pack(
    code="es",
    words=w.WORDS,
    rules=(*relation_rules(w.RELATIONS, GRAMMAR), *RULES),
    conjunctions=re.compile(
        r"\b(?:y|e|pero|aunque|porque|pq|xq|pues|mientras|cuando|o|u|sino|asi\s+que|entonces|"
        r"ademas)\b"
    ),
    negation=re.compile(r"\b(?:no|nunca|jamas|ni|tampoco|sin|ningun|ninguna|ninguno|nada\s+de)\b"),
    no_longer=re.compile(
        r"\b(?:ya\s+no|ya\s+tampoco|ya\s+nunca|nunca\s+mas|no\s+\w+\s+mas|ya\s+ni)\b"
    ),
    question_open=re.compile(
        r"^\W*(?:(?:oye|hola|buenas|bueno|y|pero|eh|ey|che|vale|entonces|sakura)\W+)*"
        r"(?:que|como|donde|cuando|cuanto|cuanta|cuantos|cuantas|cual|cuales|quien|quienes|"
        r"por\s+que|porque|sabes|recuerdas|te\s+acuerdas|me\s+dices|puedes|podrias|tienes|eres|"
        r"estas|conoces|has|te\s+gusta|hay|me\s+ayudas|me\s+recomiendas|verdad|a\s+que|"
        r"de\s+donde|en\s+serio)\b"
    ),
    question_bare=re.compile(
        r"^\W*(?:(?:oye|hola|buenas|y|pero|eh|ey|che|vale)\W+)*(?:como\s+te\s+llamas|"
        r"cual\s+es\s+tu|que\s+edad\s+tienes|cuantos\s+anos\s+tienes|donde\s+vives|"
        r"de\s+donde\s+eres|te\s+acuerdas|recuerdas|sabes\s+(?:donde|como|que|cual|cuantos|si)|"
        r"me\s+puedes|puedes|podrias|que\s+me\s+recomiendas|que\s+tal|como\s+estas|que\s+haces|"
        r"tu\s+como\s+te\s+llamas)\b"
    ),
    hypothetical_all=re.compile(
        r"\bsi\s+(?:yo\s+)?(?:fuera|fuese|tuviera|tuviese|pudiera|pudiese|ganara|ganase|viviera|"
        r"estuviera|supiera|hubiera|hubiese|me\s+tocara|me\s+tocase|fueramos|tuvieramos|"
        r"naciera|volviera|me\s+dieran|me\s+mudara|trabajara)\b|\bhipoteticamente\b|"
        r"\bimagina(?:te)?\s+que\b|\bojala\b|\ben\s+otra\s+vida\b"
    ),
    hypothetical_rest=re.compile(
        r"\b(?:me\s+gustaria|me\s+encantaria|quisiera|quiero\s+(?:vivir|ser|ir|mudarme|viajar|"
        r"tener|irme)|sueno\s+con|algun\s+dia|me\s+imagino|tal\s+vez\s+algun|estoy\s+pensando\s+en|"
        r"pienso\s+(?:mudarme|irme)|me\s+planteo|podria|viviria|iria|compraria|tendria|haria|"
        r"trabajaria|viajaria|me\s+mudaria|seria\s+(?:un|una|el|la|genial)|estaria|me\s+iria|"
        r"me\s+compraria)\b"
    ),
    contrast=re.compile(r"\b(?:pero|aunque|sin\s+embargo|mientras)\b|[.;]"),
    belief=re.compile(
        r"\b(?:creen|piensan|dicen|cree|piensa|dice|creia|creian|suponen|asumen|se\s+piensan|"
        r"se\s+creen|dicen)\s+que\s+(?:yo\s+)?"
    ),
    past=re.compile(r"\bsolia\b|\bantes\s+(?!de\b)"),
)
