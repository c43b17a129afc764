"""Text helpers: folding for pattern matching, and tidying values and sentences for display."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_SPACES = re.compile(r"\s+")
_LEADING_NUMBER = re.compile(r"\d{1,3}")
MAX_VALUE_CHARS = 60


def fold(text: str) -> str:
    """Lowercase, accent-free, one-space text with plain apostrophes ("¿Cómo  te llamas?")."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def tidy(value: str) -> str:
    """A fact value fit to quote: one line, no stray punctuation, bounded length."""
    value = _SPACES.sub(" ", value).strip(" \t.,;:!?¡¿\"'«»“”")
    if len(value) > MAX_VALUE_CHARS:
        value = value[:MAX_VALUE_CHARS].rsplit(" ", 1)[0]
    return value


def proper(value: str) -> str:
    """Capitalize a name or place written all in lowercase ("new york" → "New York")."""
    if not value.islower():
        return value
    words = value.split(" ")
    return " ".join(
        w if (i and len(w) <= 2) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def strip_article(value: str, articles: tuple[str, ...]) -> str:
    """Drop a leading article or possessive ("a dog" → "dog", "mi perro" → "perro")."""
    head, _, rest = value.partition(" ")
    if rest and head.lower() in articles:
        return rest
    return value


def leading_number(value: str) -> str | None:
    """The first number in a value ("30", "30 years" → "30"), if any."""
    match = _LEADING_NUMBER.search(value)
    return match.group(0) if match else None


def capitalize(sentence: str) -> str:
    """Uppercase the first letter, after any opening punctuation ("¿qué?" → "¿Qué?").

    A sentence that opens with a number stays as it is ("¡29 años!", not "¡29 Años!").
    """
    for i, char in enumerate(sentence):
        if char.isalnum():
            return sentence[:i] + char.upper() + sentence[i + 1 :] if char.isalpha() else sentence
    return sentence


def join_list(items: list[str], conjunction: str) -> str:
    """ "a", "a and b", "a, b and c" with the language's conjunction."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def squash(text: str) -> str:
    """Case- and spacing-insensitive form of a reply, for telling replies apart (cheap)."""
    return " ".join(text.casefold().split())
