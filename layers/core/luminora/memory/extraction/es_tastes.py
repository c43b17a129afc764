"""Spanish rules about what the user does and wants: hobbies, tastes, health, goals, birthday."""

from __future__ import annotations

import re

from luminora.memory.extraction import es_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.birth import born
from luminora.memory.extraction.engine import ANY_KEY, Found, Match, rule
from luminora.memory.extraction.es_base import (
    ADV,
    CLAUSE,
    GOAL_ARTICLES,
    GOAL_STOPS,
    LIKE_VERBS,
    MONTHS,
)
from luminora.memory.extraction.values import trim
from luminora.models.facts import FactOp

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


def _not_common(folded: str, raw: str) -> tuple[str, str] | None:
    """ "juego fútbol" names a game; "juego fatal" does not."""
    return None if folded in w.WORDS.descriptive else ("hobbies", raw)


def _activity(match: Match) -> list[Found]:
    verb = match.m.group("v")
    start = match.m.start("v")
    raw = match.sent.raw[start : start + len(verb)]
    if raw[:1].isupper() and start > 0:  # "Leo y Vera": a name, not "leo" (I read)
        return []
    value = w.ACTIVITY_VERBS.get(verb)
    return [Found("hobbies", value)] if value else []


# A clause inside a fronted topic: a subordinating or adversative word, or a verb with "me".
_CLAUSE_IN_TOPIC = re.compile(r"\b(?:pero|aunque|porque|sino|mientras|cuando|me)\b")


def _topic_like(match: Match) -> list[Found]:
    """ "el sushi me encanta" / "las aceitunas no me gustan" / "ya no me gusta"."""
    start, end = match.m.span("v")
    # "el pádel me cansa mucho pero me encanta": the topic ended before its own verb; what
    # runs to the later "me encanta" is a clause, not a thing liked.
    if _CLAUSE_IN_TOPIC.search(match.sent.low, start, end):
        return []
    value = trim(match.sent.raw[start:end])
    if not value:
        return []
    neg = match.m.group("neg")
    if neg and "ya" in neg:
        return [Found("likes", value, op=FactOp.RETRACT)]
    if neg:
        return [Found("likes", value, op=FactOp.RETRACT), Found("dislikes", value)]
    return [Found("likes", value)]


# "nunca me han gustado": never liked, up to now ("no me gustó la peli" is one film).
_LIKED = r"(?:han|ha)\s+(?:gustado|encantado)|gustaron|gusto|encantaron|encanto"
# "qué asco de día": a bad day, not a dislike.
_MOOD_NOUNS = frozenset(
    "dia tiempo vida gente mundo situacion noche tarde manana ano mes semana finde suerte "
    "rollo lunes".split()
)


def _disgust_item(folded: str, raw: str) -> tuple[str, str] | None:
    """ "qué asco las sardinas" dislikes them; "qué asco de día" is a mood."""
    return None if folded.split(" ")[0] in _MOOD_NOUNS else ("dislikes", raw)


# "qué asco el brócoli, no lo soporto": a negation starts the next clause.
_NEGATIONS = frozenset({"no", "ni", "nunca", "jamas"})


def _me_too(match: Match) -> list[Found]:
    """ "A mi hermana le flipan las series, a mí me aburren": what someone else likes, and
    whether the user shares the taste ("a mí también") or not ("a mí no", "me aburre")."""
    theirs = match.m.group("theirs")
    they_like = not theirs.startswith("no") and "aburr" not in theirs
    answer = " ".join(match.m.group("mine").split())
    if answer in ("tambien", "tampoco"):
        liked = they_like if answer == "tambien" else False
    elif answer == "no":
        if not they_like:
            return []  # "no le gusta ..., a mí no": nothing said
        liked = False
    else:
        liked = not (answer.startswith("no") or "aburr" in answer or "asco" in answer)
    found = rd.items("likes" if liked else "dislikes")(match)
    return [Found(f.key, f.value) for f in found]


# "salir a correr", "ir a la playa": an activity said with a verb of going.
_MOTION_LINK = frozenset({"a", "al"})
# A topic fronted at the start of a clause ("bueno, el pilates ...").
_TOPIC = r"(?:^|[,;:]\s*)\W*(?:(?:y|pues|bueno|oye|vale|uf|puf|buf|buah|bah|jo)\s+)?"
# "la verdad (me encanta ...)", "la vdd", "la neta": a discourse marker, not a fronted topic.
_NOT_TOPIC = r"(?!(?:verdad|vdd|vd|neta|real|mera\s+verdad|cosa\s+es|mayoria)\b)"


def _not_conditional(folded: str, raw: str) -> tuple[str, str] | None:
    """ "mi alergia al polen, viviría ...": the conditional verb after the list is no item."""
    if " " not in folded and folded.endswith(("ria", "rias", "riamos", "rian")):
        return None
    return "allergies", raw


_DISLIKING = re.compile(
    r"\b(?:odio|detesto|no\s+(?:me\s+gustan?|soporto|aguanto)|me\s+(?:aburren?|dan?\s+asco))\b"
)

RULES = (
    # "si no fuera por mi alergia a los gatos, ...": "mi alergia" holds even in a conditional
    rule(
        "allergies",
        r"\bmi\s+(?:alergia|intolerancia)\s+(?:a|al|a\s+la|a\s+los|a\s+las)\s+",
        rd.items("allergies", mapping=_not_conditional),
        confidence=0.85,
        hypothetical=True,
        negatable=False,  # "si no fuera por mi alergia ..."
        gate="mi ",
    ),
    # "me flipa el anime, sobre todo One Piece": one more liked thing
    rule(
        "likes",
        r"\b(?:sobre\s+todo|especialmente|en\s+especial|en\s+particular)\s+(?!(?:cuando|si|porque|para|en|por|los|las)\b)",
        rd.especially(_DISLIKING),
        confidence=0.8,
        gate=r"sobre\s+todo|especial|particular",
        needs=("likes", "dislikes"),
        negatable=False,
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
        r"\b(?:juego|jugamos)\s+(?:(?:mucho|bastante|a\s+veces)\s+)?(?:(?:al|a\s+la|a\s+los|a\s+las|a)\s+)?",
        rd.phrase("hobbies", max_tokens=3, mapping=_not_common),
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
        # "soy leo", "me llamo leo": after these, the word is a name or a sign, not "I read".
        rf"(?<!\bsoy\s)(?<!\bllamo\s)(?<!\bllama\s)(?<!\bllaman\s)\b(?P<v>{'|'.join(w.ACTIVITY_VERBS)})(?=\s*(?:$|[,.!;]|\b(?:y|mucho|bastante|todos|todas|"
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
        r"\b(?:salgo|salimos|monto|montamos|ando)\s+en\s+(?P<v>bici|bicicleta|patinete|monopatin|"
        r"kayak|piragua|velero|skate|patines)\b",
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
        r"(?:^|[,;:]\s*)\W*(?:(?:y|pues|bueno)\s+)?(?:el|la|los|las)\s+(?P<v>[\w\s]{2,25}?)\s+"
        r"(?:(?:ya|en\s+realidad|al\s+final)\s+)?l[oa]s?\s+(?:he\s+dejado|deje|dejo|he\s+abandonado|abandone)\b",
        rd.group("hobbies"),
        op=FactOp.RETRACT,
        negatable=False,
    ),
    # likes and dislikes
    rule(
        "likes",
        rf"\b{ADV}me\s+(?:{LIKE_VERBS})\s+(?:(?:mucho|muchisimo|bastante|un\s+monton|tanto|demasiado)\s+)?",
        rd.items("likes", mapping=_infinitive_item, allow=_MOTION_LINK),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        r"\bprefiero\s+(?!no\b)",
        rd.items("likes", mapping=rd.nouns("likes", w.WORDS.verb_like)),
        confidence=0.8,
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
        rf"(?:^|[,;:]\s*)\W*(?:(?:y|pues|bueno|oye)\s+)?(?:el|la|los|las)\s+{_NOT_TOPIC}(?P<v>[\w\s]{{2,25}}?)\s+"
        rf"(?P<neg>(?:ya\s+)?(?:no|nunca)\s+)?me\s+(?:{LIKE_VERBS}|(?<=nunca\sme\s)(?:{_LIKED})|"
        rf"(?:{_LIKED})(?=\s+nunca\b))\b",
        _topic_like,
        negatable=False,
    ),
    # "yo soy más de rock", "soy mucho más de té": what the user prefers.
    rule(
        "likes",
        r"\bsoy\s+(?:mucho\s+)?mas\s+(?:de|del)\s+(?!(?:aqui|alli|ahi|alla|antes|lo\s+que|que)\b)"
        r"(?![^,.;]*\bque\s+(?:nadie|ninguno|ninguna)\b)",
        rd.items("likes", max_tokens=3),
        confidence=0.8,
        gate="mas de",
    ),
    # "q asco el brócoli, no lo soporto": a topic, then "no lo soporto".
    rule(
        "dislikes",
        rf"{_TOPIC}(?:(?:que|q)\s+asco\s+)?(?:el|la|los|las)\s+(?P<v>[\w\s]{{2,25}}?)\s*,?\s+"
        r"no\s+(?:lo|la|los|las)\s+(?:soporto|aguanto|trago|puedo\s+ver)\b",
        rd.group("dislikes"),
        negatable=False,
        gate=r"no\s+l[oa]",
    ),
    # "qué asco las sardinas", "q asco de pepinillos"
    rule(
        "dislikes",
        r"(?:^|[,;:!¡]\s*)\W*(?:(?:ay|uf|puf|buf|jo|pero|y)\s+)?(?:que|vaya)\s+asco\s+(?:de\s+)?",
        rd.items("dislikes", mapping=_disgust_item, stops=_NEGATIONS),
        negatable=False,
        gate="asco",
    ),
    # "el golf me aburre", "los pepinillos me dan asco"
    rule(
        "dislikes",
        rf"{_TOPIC}(?:el|la|los|las)\s+{_NOT_TOPIC}(?P<v>[\w\s]{{2,25}}?)\s+(?:(?:siempre|mucho|un\s+poco)\s+)?"
        r"me\s+(?:aburren?|dan?\s+asco|horrorizan?|repugnan?)\b",
        rd.fronted("dislikes"),
        negatable=False,
        gate=r"aburr|asco|horroriz|repugn",
    ),
    # "a mi hermana le flipan las series, a mí me aburren / a mí también / a mí no"
    rule(
        "likes",
        rf"\ba\s+(?:mi|mis|su|sus|nuestr[oa]s?)\s+\w+(?:\s+\w+)?\s+(?P<theirs>(?:no\s+)?les?\s+"
        rf"(?:{LIKE_VERBS}|aburren?))\s+(?=[^,.;]{{2,40}}?\s*,?\s*(?:(?:y|pero|aunque|mientras\s+que)\s+)?"
        r"a\s+mi\s+(?P<mine>tambien|tampoco|no(?:\s+me\s+\w+)?|me\s+(?:aburren?|dan?\s+asco|"
        rf"horrorizan?|{LIKE_VERBS}))\b)",
        _me_too,
        confidence=0.8,
        negatable=False,
        gate="a mi ",
    ),
    # "el reguetón ya no tanto", "el francés ya no lo hablo", "lo de los frutos secos era
    # mentira": withdrawn, whatever key it was stored under.
    rule(
        ANY_KEY,
        rf"{_TOPIC}(?:el|la|los|las)\s+(?P<v>[\w\s]{{2,25}}?)\s+ya\s+no"
        r"(?=\s+(?:tanto|mucho|(?:lo|la|los|las)\s+\w+|me\s+\w+\s+(?:tanto|mucho|nada))|\s*(?:[,.;!]|$))",
        rd.group(ANY_KEY),
        op=FactOp.RETRACT,
        negatable=False,
        gate=r"ya\s+no",
    ),
    # "el pádel ya me cansó", "el K-pop me tiene harta": worn out, whatever key it was
    # stored under.
    rule(
        ANY_KEY,
        rf"{_TOPIC}(?:el|la|los|las)\s+{_NOT_TOPIC}(?P<v>[\w\s]{{2,25}}?)\s+(?:ya\s+)?me\s+"
        r"(?:canso|cansa|harto|harta|aburre|aburrio|tiene\s+(?:harto|harta|cansado|cansada))"
        r"(?=\s*(?:[,.;!]|$|y\b|ya\b))",
        rd.group(ANY_KEY),
        op=FactOp.RETRACT,
        negatable=False,
        gate=r"cans|hart|aburr",
    ),
    # "el sushi se acabó para mí", "creo que el golf se terminó", "el ruso ya lo tengo
    # olvidado": withdrawn, whatever key it was stored under.
    rule(
        ANY_KEY,
        rf"(?:{_TOPIC}|\b(?:creo|pienso|me\s+parece|digamos)\s+que\s+)(?:el|la|los|las)\s+"
        rf"{_NOT_TOPIC}(?P<v>[\w\s]{{2,25}}?)\s+(?:se\s+(?:me\s+)?(?:(?:ha|han)\s+)?"
        r"(?:acabo|acabaron|acabado|termino|terminaron|terminado)(?=\s+para\s+mi\b|\s*(?:[,.;!]|$))|"
        r"(?:ya\s+)?(?:lo|la|los|las)\s+(?:tengo\s+(?:muy\s+|super\s+|bastante\s+)?olvidad\w*|"
        r"he\s+olvidado|olvide)\b)",
        rd.group(ANY_KEY),
        op=FactOp.RETRACT,
        negatable=False,
        gate=r"acab|termin|olvid",
    ),
    rule(
        ANY_KEY,
        r"\blo\s+de\s+(?:(?:el|la|los|las|mi|mis)\s+)?(?P<v>[\w\s]{2,25}?)\s*,?\s+"
        r"(?:(?:era|fue|es)\s+(?:mentira|broma|(?:un\s+)?error|falso|exagerado)|al\s+final\s+no|"
        r"no\s+es\s+(?:verdad|cierto|asi)|olvidalo|ya\s+no|tampoco)\b",
        rd.group(ANY_KEY),
        op=FactOp.RETRACT,
        negatable=False,
    ),
    rule(
        "dislikes",
        r"\b(?P<t>no\s+me\s+(?:gusta|gustan|molan?|agradan?|van|va)|odio|detesto|aborrezco|"
        r"no\s+soporto|no\s+aguanto|no\s+trago|me\s+dan?\s+asco|me\s+horroriza|me\s+horrorizan|"
        r"me\s+repugnan?|paso\s+de|no\s+me\s+gusta\s+nada|no\s+me\s+gustan\s+nada|"
        rf"me\s+aburren?|nunca\s+me\s+(?:{_LIKED}|gustan?)|no\s+me\s+(?:{_LIKED})\s+nunca)\s+"
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
    # "soy vegetariana y alérgica al marisco": the copula said once for both
    rule(
        "allergies",
        r"\b(?:y|e)\s+(?:muy\s+)?alergic[oa]s?\s+(?:a|al|a\s+la|a\s+los|a\s+las)\s+",
        rd.items("allergies"),
        elided=True,
        gate="alergic",
    ),
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
        r"\bmi\s+(?:(?:gran|principal|nuevo|unico)\s+)?(?:objetivo|meta|proposito|reto)\s+"
        r"(?:(?:principal|(?:(?:para|de)\s+)?(?:este|esta)\s+(?:ano|mes|verano|curso|temporada)|"
        r"(?:para|de)\s+\d{4}|es\s+el\s+de)\s+)?es\s+",
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
        r"(?P<v>(?:aprender|aprendiendo|estudiar|estudiando)\s+)(?!para\b)(?=[a-z])",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        confidence=0.75,
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\b(?:quiero|mi\s+sueno\s+es|espero|intento|estoy\s+intentando)\s+(?=(?:correr|aprobar|sacarme|sacar|terminar|perder|bajar|ahorrar|conseguir|escribir|montar|abrir|dejar\s+de)\b)",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        confidence=0.65,
        hypothetical=True,
    ),
    # "estoy estudiando para ser enfermera": the goal is what the user will be.
    rule(
        "goals",
        # (not after "está"/"sigue": someone else studies, "mi novia está estudiando para ...")
        r"\b(?:estudiando(?<!\besta\sestudiando)(?<!\bestan\sestudiando)(?<!\bsigue\sestudiando)"
        r"(?<!\bsiguen\sestudiando)(?<!\banda\sestudiando)|estudio|me\s+preparo|me\s+estoy\s+preparando|formandome|me\s+formo)\s+para\s+(?=ser\b)",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        confidence=0.75,
        hypothetical=True,
    ),
    # birthday
    # "nací en Sevilla el 3 de mayo", "nací el 3 de mayo en Sevilla"
    rule("birthday", r"\bnaci\s+", born(MONTHS, "en", "un"), confidence=0.95),
    rule(
        "birthday",
        r"\b(?:mi\s+cumpleanos\s+es|mi\s+cumple\s+es|cumplo\s+(?:anos|los\s+anos)|cumplo(?=\s+el\s+\d)|naci|mi\s+fecha\s+de\s+nacimiento\s+es)\s+(?:el\s+|en\s+)?(?:dia\s+)?",
        rd.date(MONTHS),
        confidence=0.95,
    ),
    # "ese es el de mi hermano, el mío es el 2 de abril": a day and month said as "mine"
    rule(
        "birthday",
        rf"\bel\s+mio\s+es\s+(?:el\s+|en\s+)?(?:dia\s+)?(?=\d{{1,2}}\s+de\s+(?:{MONTHS})\b)",
        rd.date(MONTHS),
        confidence=0.8,
        gate="mio",
    ),
)
