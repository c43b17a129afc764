"""The reference conversation of API.md, shared by the suites that play it."""

from __future__ import annotations

import unicodedata

TURNS = {
    "es": ["ire al {place} que te parece, soy {name}", "como te llamas?", "vaya no lo sabes??"],
    "en": [
        "gonna go to {place} next month what do you think, i'm {name}",
        "what's your name?",
        "wow you don't know??",
    ],
}


def fold(text: str) -> str:
    """Case- and accent-insensitive text, as the acceptance script compares it."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))
