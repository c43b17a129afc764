"""Spanish building blocks shared by the Spanish rule modules: patterns and word lists."""

from __future__ import annotations

from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.vocab import words

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
AGE_END = (
    r"(?=\s*(?:[,.;:!?)]|$|\b(?:y|e|pero|aunque|ya|btw|jaja|jeje|recien|cumplidos|hoy|desde|"
    r"vivo|soy|trabajo|asi|bien|nada|lol|xd)\b))"
)
GOAL_ARTICLES = words("el la los las un una a de al del")
GOAL_STOPS = words("porque pero y aunque antes este esta cuando si jaja jeje lol xd")
JOB_STOPS = words("en para desde con y pero porque hace")

NAT_END = (
    r"(?=\s*(?:[,.;:!?]|$|\b(?:y|e|pero|aunque|de|del|btw|jaja|jeje|nacido|nacida|por|"
    r"tambien|aunque|vivo|pero|xd|lol)\b))"
)

LIKE_VERBS = (
    r"gusta|gustan|encanta|encantan|flipa|flipan|mola|molan|chifla|chiflan|pierde|pierden|"
    r"apasiona|apasionan|fascina|fascinan|vuelve\s+loca|vuelve\s+loco|vuelven\s+loca|"
    r"vuelven\s+loco|vuelven\s+locos|pirra|pirran"
)

# "..., soy leo" closing a sentence that said something else.

SIGN_OFF = r"[,;]\s*\W*(?:(?:y|pues|bueno|por\s+cierto|btw)\s+)?(?:yo\s+)?soy\s+(?=[a-z]+\W*$)"
