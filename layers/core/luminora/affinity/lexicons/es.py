"""Spanish tone entries (Spain and Latin America, with common chat spellings)."""

from __future__ import annotations

ELIDE = False

POSITIVE: dict[str, float] = {
    "gracias": 2, "muchas gracias": 3, "mil gracias": 3, "muchisimas gracias": 3, "grax": 2,
    "grcs": 2, "te quiero": 4, "te amo": 4, "tqm": 4, "tkm": 4, "te adoro": 4,
    "te extraño": 3, "te echo de menos": 3, "eres la mejor": 4, "eres el mejor": 4,
    "sos la mejor": 4, "sos el mejor": 4, "eres un sol": 4, "me caes bien": 3,
    "me gustas": 3, "me encantas": 4, "eres un crack": 3, "muy amable": 2, "un abrazo": 2,
    "me gusta": 1, "me encanta": 2, "genial": 2, "que bien": 1, "guay": 2, "que guay": 2,
    "chido": 2, "chevere": 2, "bacan": 2, "que padre": 2, "mola": 2, "me mola": 2,
    "increible": 2, "maravilloso": 2, "maravillosa": 2, "precioso": 2, "preciosa": 2,
    "bonito": 1, "bonita": 1, "lindo": 2, "linda": 2, "hermoso": 2, "hermosa": 2,
    "amable": 2, "perfecto": 1, "excelente": 1, "fantastico": 2, "fantastica": 2,
    "buenisimo": 2, "buenisima": 2, "que bueno": 1, "feliz": 1, "contento": 1, "contenta": 1,
    "divertido": 1, "divertida": 1, "abrazo": 2, "abrazos": 2, "besos": 2, "beso": 2,
    "besito": 2, "amiga": 1, "amigo": 1, "cariño": 2, "por favor": 0.5, "porfa": 0.5,
    "perdon": 1, "perdona": 1, "lo siento": 1, "crack": 2, "bien": 0.5, "interesante": 1,
    "ilusion": 1, "emocionado": 1, "emocionada": 1,
}  # fmt: skip

HOSTILE: dict[str, float] = {
    "idiota": -5, "imbecil": -5, "estupido": -4, "estupida": -4, "tonto": -3, "tonta": -3,
    "tarado": -4, "tarada": -4, "inutil": -4, "pendejo": -5, "pendeja": -5,
    "gilipollas": -6, "hijo de puta": -8, "hija de puta": -8, "puta": -5, "cabron": -5,
    "cabrona": -5, "boludo": -2, "boluda": -2, "pelotudo": -4, "pelotuda": -4,
    "vete a la mierda": -8, "vete al carajo": -7, "callate": -5, "cierra la boca": -5,
    "te odio": -6, "no sirves": -4, "no sirves para nada": -5, "eres un asco": -6,
    "das asco": -5, "me caes mal": -4, "mentiroso": -4, "mentirosa": -4,
    "eres una basura": -6, "eres un inutil": -6, "que te den": -6,
}  # fmt: skip

NEGATIVE: dict[str, float] = {
    "que asco": -2, "asco": -2, "basura": -2, "pesado": -2, "pesada": -2, "aburrido": -2,
    "aburrida": -2, "mierda": -1, "una mierda": -2, "joder": -0.5, "odio": -2, "malo": -2,
    "mala": -2, "horrible": -2, "fatal": -2, "me molesta": -1, "molesto": -1, "molesta": -1,
    "harto": -1, "harta": -1, "decepcionado": -2, "decepcionada": -2, "feo": -1, "fea": -1,
    "terrible": -2, "pesimo": -2, "pesima": -2, "mal": -1,
}  # fmt: skip

NEGATORS = ("no", "nunca", "jamas", "ni", "tampoco", "nada", "sin", "nah")
POST_NEGATORS: tuple[str, ...] = ()
INTENSIFIERS = (
    "muy", "tan", "re", "super", "bastante", "demasiado", "mega", "requete", "muchisimo",
    "realmente", "tremendamente",
)  # fmt: skip
SECOND_PERSON = (
    "tu", "te", "ti", "contigo", "usted", "vos", "eres", "sos", "tus", "tuyo", "tuya",
    "ustedes", "gustas", "encantas", "caes",
)  # fmt: skip
