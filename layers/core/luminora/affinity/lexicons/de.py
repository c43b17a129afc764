"""German tone entries (ß folds to "ss", umlauts to plain vowels)."""

from __future__ import annotations

ELIDE = False

POSITIVE: dict[str, float] = {
    "danke": 2, "danke schön": 3, "dankeschön": 3, "vielen dank": 3, "danke dir": 2,
    "ich liebe dich": 4, "liebe dich": 4, "hab dich lieb": 4, "hdl": 4, "ich mag dich": 3,
    "mag dich": 3, "du bist die beste": 4, "du bist der beste": 4, "du fehlst mir": 3,
    "vermisse dich": 3, "lieb von dir": 3, "drück dich": 3, "freut mich": 2,
    "toll": 2, "super": 1, "cool": 1, "geil": 1, "klasse": 2, "wunderbar": 2,
    "wunderschön": 2, "schön": 1, "lieb": 2, "nett": 2, "süß": 2, "großartig": 2,
    "fantastisch": 2, "perfekt": 1, "prima": 2, "spitze": 2, "genial": 2, "hammer": 1,
    "gerne": 1, "gern": 1, "bitte": 0.5, "entschuldigung": 1, "sorry": 1, "umarmung": 2,
    "küsschen": 2, "glücklich": 1, "interessant": 1, "gut": 1, "freue mich": 1,
}  # fmt: skip

HOSTILE: dict[str, float] = {
    "idiot": -5, "idiotin": -5, "dumm": -4, "blöd": -3, "doof": -3, "halt die klappe": -6,
    "halt's maul": -7, "halt die fresse": -7, "fick dich": -8, "verpiss dich": -7,
    "arschloch": -7, "du nervst": -4, "nutzlos": -4, "ich hasse dich": -6,
    "hasse dich": -6, "lügner": -4, "lügnerin": -4, "trottel": -5, "depp": -4,
    "vollidiot": -6, "miststück": -6, "schlampe": -6, "behindert": -5, "blödmann": -5,
}  # fmt: skip

NEGATIVE: dict[str, float] = {
    "nervig": -2, "hasse": -2, "scheiße": -1, "scheisse": -1, "mist": -1, "schlecht": -2,
    "schrecklich": -2, "furchtbar": -2, "langweilig": -2, "enttäuscht": -2, "nervt": -2,
    "ätzend": -2,
}  # fmt: skip

NEGATORS = ("nicht", "kein", "keine", "keinen", "nie", "niemals", "nichts", "ohne", "weder")
POST_NEGATORS = ("nicht", "nie", "niemals")
INTENSIFIERS = (
    "sehr", "so", "echt", "voll", "total", "mega", "wirklich", "richtig", "ziemlich",
    "super", "ganz", "extrem",
)  # fmt: skip
SECOND_PERSON = ("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "bist", "euch")
