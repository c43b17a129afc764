"""Spanish: the pack that assembles the Spanish rules, relation grammar and markers.

Spanish drops the subject, so first-person verb endings mark the user.
"""

from __future__ import annotations

import re

from luminora.memory.extraction import es_identity, es_tastes, es_travel
from luminora.memory.extraction import es_words as w
from luminora.memory.extraction.elliptical import changed_plans_rule, elliptical_rules
from luminora.memory.extraction.engine import Pack
from luminora.memory.extraction.es_base import MONTHS, NESTED_PLACE
from luminora.memory.extraction.relations import RelationGrammar, relation_rules
from luminora.memory.extraction.relative import where_rule

GRAMMAR = RelationGrammar(
    possessive=r"(?:mi|mis|nuestra|nuestro|nuestras|nuestros)\s+",
    have=(
        # "he adoptado", "acabo de adoptar" (lookbehinds keep "adopt" the word to look for)
        r"(?:(?:tengo|tenemos|soy\s+(?:madre|padre|mama|papa)\s+de|adopte|adoptamos|adoptado|"
        r"(?<=\bacabo\sde\s)adoptar|(?<=\bacabamos\sde\s)adoptar|"
        # "mi novio me regaló un gatito": a pet given to the user is the user's
        r"me\s+(?:regalo|regalaron|(?:ha|han)\s+regalado))\s+|(?:solo|tambien|ademas)\s+)"
    ),
    count=r"(?:(?:un|una|uno|dos|tres|cuatro|cinco|\d+|unos|unas|algunos|varios|varias|muchos|ningun|ninguna)\s+)",
    modifier=r"pequeno|pequena|querido|querida|adorado|adorada|mejor|nuevo|nueva|viejo|vieja|dos|tres|cuatro|santo",
    called=r"\s+se\s+llaman?|\s+es\s+llamad[oa]|\s+tiene\s+por\s+nombre",
    copula=r"es|son",
    introducer=r"que\s+se\s+llaman?|llamad[oa]s?|:|,?\s*se\s+llaman?",
    post=(
        r"mayor|menor|pequeno|pequena|pequenos|pequenas|mediano|mediana|chico|chica|gemelo|gemela|"
        r"grande|mayores|menores|chicos|chicas"
    ),
    definite=r"(?:el|la|los|las)\s+",
    gone=(
        r"(?:(?:ya|al\s+final|por\s+desgracia|desgraciadamente)\s+)?(?:se\s+(?:me\s+|nos\s+)?"
        r"(?:(?:ha|han)\s+)?(?:murio|murieron|muerto|escapo|escaparon|escapado|perdio|perdieron|"
        r"perdido)|(?:ha|han)\s+(?:muerto|fallecido|desaparecido)|murio|murieron|fallecio|"
        r"desaparecio|"
        # given away: "Simba se lo quedó mi ex", "se la llevó mi hermana", "lo di en adopción"
        r"se\s+(?:lo|la|los|las)\s+(?:(?:ha|han)\s+)?(?:quedo|quedaron|quedado|llevo|llevaron|llevado)|"
        r"(?:lo|la|los|las)\s+(?:di|dimos|regale|regalamos)(?:\s+en\s+adopcion)?)\b"
    ),
    gone_later=r"ya\s+no\s+(?:lo|la|los|las)\s+tengo|no\s+(?:lo|la|los|las)\s+tengo\s+(?:ya|mas)",
    lost=r"(?:perdi|perdimos|(?:tuve|tuvimos)\s+que\s+(?:sacrificar|dormir))\s+a\s+",
    gone_gate=(
        r"muri|muert|escap|perdi|falleci|desaparec|sacrificar|dormir|no\s+(?:lo|la)s?\s+tengo|"
        r"qued|llev|di\b|dimos|regal"
    ),
)

PACK = Pack(
    code="es",
    words=w.WORDS,
    rules=(
        *relation_rules(w.RELATIONS, GRAMMAR),
        *es_identity.RULES,
        *es_tastes.RULES,
        *es_travel.RULES,
        where_rule(
            r"en|a|de|desde|cerca\s+de",
            r"donde|en\s+donde|en\s+(?:la|el)\s+que",
            r"(?:yo\s+)?(?:(?:ahora|todavia|aun|tambien|actualmente)\s+)?(?:vivo|resido|vivimos|"
            r"estoy\s+viviendo)",
            r"(?:yo\s+)?(?:naci|creci|me\s+crie)",
            NESTED_PLACE,
            gate="donde|la que|el que",
        ),
        *elliptical_rules("en|a", MONTHS),
        changed_plans_rule(
            r"cambio\s+de\s+planes?|(?:hemos|he)\s+cambiado\s+de\s+planes?",
            r"(?:al\s+final\s+)?(?:es|sera|vamos\s+a|voy\s+a|nos\s+vamos\s+a|me\s+voy\s+a)",
        ),
    ),
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
        r"me\s+puedes|puedes|podrias|que\s+me\s+recomiendas|que\s+tal(?!\s*,)|como\s+estas|que\s+haces|"
        r"tu\s+como\s+te\s+llamas)\b"
    ),
    hypothetical_all=re.compile(
        r"\bsi\s+(?:yo\s+)?(?:fuera|fuese|tuviera|tuviese|pudiera|pudiese|ganara|ganase|viviera|"
        r"estuviera|supiera|hubiera|hubiese|me\s+tocara|me\s+tocase|fueramos|tuvieramos|"
        r"naciera|volviera|me\s+dieran|me\s+mudara|trabajara)\b|\bhipoteticamente\b|"
        r"\bimagina(?:te)?\s+que\b|\ben\s+otra\s+vida\b"
    ),
    hypothetical_clause=re.compile(r"\bojala\b"),
    hypothetical_rest=re.compile(
        r"\b(?:me\s+gustaria|me\s+encantaria|quisiera|quiero\s+(?:vivir|ser|ir|mudarme|viajar|"
        r"tener|irme)|sueno\s+con|algun\s+dia|me\s+imagino|tal\s+vez\s+algun|estoy\s+pensando\s+en|"
        r"pienso\s+(?:mudarme|irme)|me\s+planteo|podria|viviria|iria|compraria|tendria|haria|"
        r"trabajaria|viajaria|me\s+mudaria|seria\s+(?:un|una|el|la|genial)|estaria|me\s+iria|"
        r"me\s+compraria|(?:para|a)\s+ver\s+si)\b"
    ),
    contrast=re.compile(r"\b(?:pero|aunque|sin\s+embargo|mientras)\b|[.;]"),
    belief=re.compile(
        r"\b(?:creen|piensan|dicen|cree|piensa|dice|creia|creian|suponen|asumen|se\s+piensan|"
        r"se\s+creen|dicen)\s+que\s+(?:yo\s+)?"
    ),
    past=re.compile(r"\bsolia\b|\bantes\s+(?!de\b)"),
    first_person=re.compile(
        r"\W*(?:(?:y|pero|pues|bueno|aunque)\s+)?(?:yo\s+)?(?:soy|estoy|tengo|no\s+tengo)\b"
    ),
)
