"""Chat shorthand spelled out before the rules run: "q" -> "que", "w/" -> "with", "vc" -> "você".

Rules are written for words, so each language's common abbreviations are expanded first
("curro d camarero" reads as "curro de camarero"). Only whole tokens change:
a letter inside a word, a name or a value ("Vitamina D", "U2") stays as typed.
"""

from __future__ import annotations

import re
from functools import cache

# Abbreviation (folded, lowercase) -> the words it stands for, per language.
_EXPANSIONS: dict[str, dict[str, str]] = {
    "es": {
        "d": "de",
        "q": "que",
        "k": "que",
        "x": "por",
        "tb": "también",
        "tmb": "también",
        "tbn": "también",
        "xq": "porque",
        "pq": "porque",
        "tngo": "tengo",
        "tng": "tengo",
        "vdd": "verdad",
        # "me yamo", "bibo en": the ll/y and v/b slips of a few key verbs
        "yamo": "llamo",
        "bibo": "vivo",
        "bivo": "vivo",
        "trabaho": "trabajo",
    },
    "en": {
        "w/o": "without",
        "w/": "with",
        "w": "with",
        "rn": "right now",
        "u": "you",
        "ur": "your",
        "esp": "especially",
        "2": "to",
    },
    "pt": {
        "vc": "você",
        "vcs": "vocês",
        "tb": "também",
        "tbm": "também",
        "q": "que",
        "pq": "porque",
    },
    "fr": {"jsuis": "je suis", "chui": "je suis", "chuis": "je suis", "pr": "pour"},
}
# One letter is an abbreviation only typed lowercase between two words ("dos veces x mes",
# "trabajo d camarero"); "Malcolm X" or "vitamina D" keep their letter.
_BETWEEN_WORDS = frozenset({"d", "x", "w", "k"})
# Typed lowercase only: "U" or "PR" in capitals are more often names and acronyms.
_LOWERCASE_ONLY = frozenset({"u", "pr", "ur"})
# "moved 2 leeds", "used 2 it": "2" is "to" only after a verb that takes "to" ("have 2
# dogs", "my 2 kids" keep their number).
# "moved 2 years ago", "walking 2 dogs": a number after all.
_NOT_TO = r"years?|months?|weeks?|days?|hours?|mins?|times|of|kids|dogs|cats"
_TO_VERBS = frozenset(
    "moved move moving go goin going went gone used come coming came back off headed heading "
    "travel travelling traveling flying fly flew relocated relocating listen listening talk "
    "talking trip drive driving drove walk walking walked".split()
)


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    table = _EXPANSIONS.get(language)
    if not table:
        return None
    alternatives = []
    for short in sorted(table, key=len, reverse=True):
        body = re.escape(short)
        if short not in _LOWERCASE_ONLY and short not in _BETWEEN_WORDS:
            body = "".join(f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c) for c in short)
        if short == "2":
            alternatives.append(rf"(?<=[a-z]\s)2(?=\s+(?!(?:{_NOT_TO})\b)[^\W\d_])")
        elif short in _BETWEEN_WORDS:
            # a word before (and no apostrophe or hyphen glued to it), a word after
            alternatives.append(rf"(?<=\w\s){body}(?=\s+\w)")
        elif short.endswith("/"):
            alternatives.append(rf"(?<![\w/]){body}(?=\s*\w)")
        else:
            alternatives.append(rf"(?<![\w'/-]){body}(?![\w'/-]|\.\w)")  # not "u.s."
    return re.compile("|".join(alternatives))


# Punctuation around a word, stripped for the quick look for abbreviations ("q?", "tb,").
_PUNCTUATION = ',.;:!?¡¿()[]"«»…'


def spell_out(text: str, language: str) -> str:
    """`text` with the language's chat abbreviations written in full.

    A capitalised abbreviation at the start of a sentence keeps its capital ("Tb" ->
    "También").
    """
    pattern = _pattern(language)
    if pattern is None:
        return text
    table = _EXPANSIONS[language]
    # Most messages hold none: a set lookup over the words is far cheaper than the regex.
    low = text.lower()
    tokens = low.split()
    if (
        table.keys().isdisjoint(tokens)
        and table.keys().isdisjoint(
            t.strip(_PUNCTUATION) for t in tokens if len(t) <= 6 and not t.isalnum()
        )
        and "w/" not in low
    ):
        return text

    def expand(m: re.Match[str]) -> str:
        short = m.group()
        if short == "2" and text[: m.start()].split()[-1].lower() not in _TO_VERBS:
            return short
        full = table[short.lower()]
        if short.endswith("/") and m.end() < len(text) and not text[m.end()].isspace():
            full += " "  # "w/friends"
        return full[:1].upper() + full[1:] if short[:1].isupper() else full

    return pattern.sub(expand, text)
