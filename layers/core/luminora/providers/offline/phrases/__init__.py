"""Phrasebooks per language (en, es, fr, pt, de, it): what the offline responder can say."""

from __future__ import annotations

from luminora.providers.offline.phrases import de, en, es, fr, it, pt
from luminora.providers.offline.phrases.base import REGISTERS, Phrasebook, Variants

__all__ = ["REGISTERS", "Phrasebook", "Variants", "phrasebook_for"]


def phrasebook_for(language: str) -> Phrasebook:
    """The phrasebook of a supported language code; English for anything else."""
    books = {"es": es.BOOK, "fr": fr.BOOK, "pt": pt.BOOK, "de": de.BOOK, "it": it.BOOK}
    return books.get(language, en.BOOK)
