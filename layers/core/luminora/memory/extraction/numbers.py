"""Numbers written as words ("twenty-nine", "treinta y cuatro", "vingt-cinq", "achtunddreißig").

Each language gets a regex fragment that matches its number words (over folded text) and a
parser that turns a matched phrase into an int. Only 0-120 matters here (ages).
"""

from __future__ import annotations

import re
from typing import Final

_UNITS: Final[dict[str, dict[str, int]]] = {
    "en": {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    },
    "es": {
        "cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
        "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
        "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
        "dieciocho": 18, "diecinueve": 19, "veintiuno": 21, "veintiun": 21, "veintiuna": 21,
        "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
        "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    },
    "fr": {
        "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
        "quatorze": 14, "quinze": 15, "seize": 16,
    },
    "pt": {
        "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4,
        "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11,
        "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
        "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
        "dezenove": 19, "dezanove": 19,
    },
    "de": {
        "null": 0, "eins": 1, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4,
        "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
        "zwolf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15, "sechzehn": 16,
        "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    },
    "it": {
        "zero": 0, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
        "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
        "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17,
        "diciotto": 18, "diciannove": 19,
    },
}  # fmt: skip

_TENS: Final[dict[str, dict[str, int]]] = {
    "en": {
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    },
    "es": {
        "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    },
    "fr": {
        "dix": 10, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
        "soixante": 60, "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100,
    },
    "pt": {
        "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
        "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
    },
    "de": {
        "zwanzig": 20, "dreissig": 30, "dreißig": 30, "vierzig": 40, "funfzig": 50,
        "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
    },
    "it": {
        "venti": 20, "vent": 20, "trenta": 30, "trent": 30, "quaranta": 40, "quarant": 40,
        "cinquanta": 50, "cinquant": 50, "sessanta": 60, "sessant": 60, "settanta": 70,
        "settant": 70, "ottanta": 80, "ottant": 80, "novanta": 90, "novant": 90,
        "cento": 100,
    },
}  # fmt: skip

# Words that join tens and units ("treinta y cuatro", "trinta e dois", "vingt et un").
_JOINERS: Final[frozenset[str]] = frozenset({"y", "e", "et", "and", "und", "-"})
_GLUED: Final[frozenset[str]] = frozenset({"de", "it"})  # languages that write one word


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


def _pattern(lang: str) -> str:
    units, tens = _alternation(_UNITS[lang]), _alternation(_TENS[lang])
    if lang == "de":  # "acht" + "und" + "dreißig", written as one word
        return rf"(?:(?:{units})und)?(?:{tens})|(?:{units})"
    if lang == "it":  # "trenta" + "quattro" -> "trentaquattro"
        return rf"(?:{tens})(?:{units})?|(?:{units})"
    joined = r"(?:\s*-\s*|\s+(?:y|e|et|and)\s+|\s+)"
    return rf"(?:{tens}|{units})(?:{joined}(?:{tens}|{units})){{0,2}}"


NUMBER_WORDS: Final[dict[str, str]] = {lang: _pattern(lang) for lang in _UNITS}
"""Per language: a regex fragment (no groups) matching a number written in words."""


def _split_glued(word: str, lang: str) -> list[str]:
    if lang == "de" and "und" in word and word not in _UNITS[lang]:
        unit, _, ten = word.partition("und")
        return [ten, unit]
    if lang == "it" and word not in _UNITS[lang] and word not in _TENS[lang]:
        for ten in sorted(_TENS[lang], key=len, reverse=True):
            if word.startswith(ten) and word[len(ten) :] in _UNITS[lang]:
                return [ten, word[len(ten) :]]
    return [word]


def parse_number(text: str, lang: str) -> int | None:
    """The value of a number given in digits or in `lang`'s words, or None."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    units, tens = _UNITS.get(lang, {}), _TENS.get(lang, {})
    total = 0
    seen = False
    for part in re.split(r"[\s-]+", text.replace("quatre-vingt", "quatrevingt")):
        part = part.replace("quatrevingt", "quatre-vingt")
        if not part or part in _JOINERS:
            continue
        pieces = _split_glued(part, lang) if lang in _GLUED else [part]
        for piece in pieces:
            if piece in tens:
                total += tens[piece]
            elif piece in units:
                total += units[piece]
            else:
                return None
            seen = True
    return total if seen else None
