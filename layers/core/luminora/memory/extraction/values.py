"""Value cleanup: trimming, elided articles, and capitalising what the user typed lowercase."""

from __future__ import annotations

_EDGE = " \t.,;:!?¡¿\"'()[]{}«»“”*_~-–—"
_NAME_LINKS = frozenset(
    {"de", "del", "da", "das", "do", "dos", "di", "van", "von", "der", "la", "le"}
)


def trim(value: str) -> str:
    """Collapse whitespace and strip punctuation at both ends."""
    return " ".join(value.split()).strip(_EDGE)


def title(value: str, links: frozenset[str] = _NAME_LINKS) -> str:
    """Capitalise each word of an all-lowercase value, keeping linking words lowercase.

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
            out.append("-".join(p[:1].upper() + p[1:] for p in part.split("-")))
    return " ".join(out)


def capitalize_first(value: str) -> str:
    """Uppercase the first letter only ("english" -> "English")."""
    value = trim(value)
    return value[:1].upper() + value[1:]
