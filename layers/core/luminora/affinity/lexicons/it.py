"""Italian tone entries (elided forms like "t'amo" are two words)."""

from __future__ import annotations

ELIDE = True

POSITIVE: dict[str, float] = {
    "grazie": 2, "grazie mille": 3, "grazie tante": 3, "grz": 2, "ti voglio bene": 4,
    "tvb": 4, "ti amo": 4, "t'amo": 4, "ti adoro": 4, "mi manchi": 3, "sei la migliore": 4,
    "sei il migliore": 4, "sei un tesoro": 4, "mi piaci": 3, "bello": 1, "bella": 1,
    "bellissimo": 2, "bellissima": 2, "fantastico": 2, "fantastica": 2, "meraviglioso": 2,
    "meravigliosa": 2, "stupendo": 2, "stupenda": 2, "carino": 2, "carina": 2,
    "gentile": 2, "simpatico": 2, "simpatica": 2, "mi piace": 1, "adoro": 2, "perfetto": 1,
    "ottimo": 2, "ottima": 2, "figo": 1, "che bello": 2, "abbraccio": 2, "abbracci": 2,
    "bacio": 2, "baci": 2, "un bacio": 2, "per favore": 0.5, "scusa": 1, "scusami": 1,
    "felice": 1, "contento": 1, "contenta": 1, "tesoro": 2, "interessante": 1,
    "bravo": 2, "brava": 2, "grande": 1,
}  # fmt: skip

HOSTILE: dict[str, float] = {
    "idiota": -5, "stupido": -4, "stupida": -4, "scemo": -3, "scema": -3, "cretino": -5,
    "cretina": -5, "imbecille": -5, "deficiente": -5, "coglione": -6, "stronzo": -6,
    "stronza": -6, "vaffanculo": -8, "fanculo": -7, "va a quel paese": -5,
    "stai zitto": -5, "stai zitta": -5, "zitto": -4, "zitta": -4, "ti odio": -6,
    "non servi a niente": -5, "servi a niente": -5, "fai schifo": -5, "bugiardo": -4,
    "bugiarda": -4,
}  # fmt: skip

NEGATIVE: dict[str, float] = {
    "odio": -2, "inutile": -2, "merda": -1, "cazzo": -0.5, "brutto": -2, "brutta": -2,
    "pessimo": -2, "pessima": -2, "orribile": -2, "noioso": -2, "noiosa": -2, "schifo": -2,
    "che schifo": -2, "deluso": -2, "delusa": -2, "male": -1,
}  # fmt: skip

NEGATORS = ("non", "mai", "niente", "nessuno", "nessuna", "senza", "né", "nemmeno")
POST_NEGATORS: tuple[str, ...] = ()
INTENSIFIERS = (
    "molto", "tanto", "troppo", "davvero", "proprio", "super", "veramente", "così", "assai",
)  # fmt: skip
# "piaci", "manchi": "(non) mi piaci" is aimed at the listener like "me gustas" is.
SECOND_PERSON = (
    "tu", "ti", "te", "sei", "tuo", "tua", "tuoi", "tue", "voi", "vi", "piaci", "manchi",
)  # fmt: skip
