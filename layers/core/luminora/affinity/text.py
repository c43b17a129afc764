"""Text folding and tokenizing for tone scoring: case-, accent- and elongation-insensitive."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# Clause boundaries: negation and "you" only reach within a clause.
_CLAUSE_SPLIT = re.compile(r"[.,;:!?¿¡\n()\[\]\"“”«»…/]+|\s[-–—]\s")
_WORD = re.compile(r"\w+")
_RUN3 = re.compile(r"(\w)\1{2,}")
_RUN2 = re.compile(r"(\w)\1+")


def fold(text: str) -> str:
    """Lowercase without accents ("¡Gracias, Señor!" → "¡gracias, senor!")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def unelongate(token: str) -> str:
    """Shorten letter runs to two ("graciassss" → "graciass", "sooo" → "soo")."""
    return _RUN3.sub(r"\1\1", token)


def squeeze(token: str) -> str:
    """Shorten every letter run to one ("graciass" → "gracias", "cool" → "col")."""
    return _RUN2.sub(r"\1", token)


def clauses(text: str, *, elide: bool) -> list[list[str]]:
    """Folded word tokens per clause.

    Args:
        text: The raw message.
        elide: True for languages that elide with an apostrophe (fr, it: "j'adore" is two
            words); otherwise the apostrophe is dropped ("don't" → "dont").
    """
    folded = fold(text).translate(_APOSTROPHES)
    folded = folded.replace("'", " " if elide else "")
    out: list[list[str]] = []
    for part in _CLAUSE_SPLIT.split(folded):
        tokens = [unelongate(t) for t in _WORD.findall(part)]
        if tokens:
            out.append(tokens)
    return out
