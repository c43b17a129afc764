"""Value cleanup: trimming, elided articles, and capitalising what the user typed lowercase."""

from __future__ import annotations

_EDGE = " \t.,;:!?¡¿\"'()[]{}«»“”*_~-–—"
_ELIDED_LINKS = frozenset({"d", "l"})
NAME_LINKS = frozenset(
    {"de", "del", "da", "das", "do", "dos", "di", "van", "von", "der", "la", "le", "los", "las"}
)
"""Lowercase particles inside a name ("María del Carmen", "Ludwig van Beethoven")."""


def trim(value: str) -> str:
    """Collapse whitespace and strip punctuation at both ends."""
    return " ".join(value.split()).strip(_EDGE)


def title(value: str, links: frozenset[str] = NAME_LINKS) -> str:
    """Capitalise each word of an all-lowercase value, keeping linking words lowercase.

    Each part of a hyphenated word and the word after an elided prefix are capitalised too
    ("jean-luc" -> "Jean-Luc", "o'brien" -> "O'Brien", "côte d'ivoire" -> "Côte d'Ivoire").
    A value the user typed with capitals is kept as typed ("McDonald", "iPhone").
    """
    value = trim(value)
    if value != value.lower():
        return value
    parts = value.split(" ")
    out = []
    for i, part in enumerate(parts):
        if i and part in links:
            out.append(part)
        else:
            out.append("-".join(_capitalize_word(p, first=not i) for p in part.split("-")))
    return " ".join(out)


def _capitalize_word(word: str, *, first: bool) -> str:
    head, apostrophe, rest = word.partition("'")
    if apostrophe and 1 <= len(head) <= 2 and len(rest) >= 2:
        # "o'brien", "d'angelo"; inside a place, "d'" and "l'" stay lowercase ("d'Ivoire")
        keep = not first and head in _ELIDED_LINKS
        return (head if keep else head.upper()) + "'" + rest[:1].upper() + rest[1:]
    return word[:1].upper() + word[1:]


def capitalize_first(value: str) -> str:
    """Uppercase the first letter only ("english" -> "English")."""
    value = trim(value)
    return value[:1].upper() + value[1:]
