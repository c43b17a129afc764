"""Intent patterns per language, as regex sources over folded text (see `text.fold`).

Each pattern is general (a phrase family, typo and slang tolerant), not a list of
sentences. `intents.IntentDetector` compiles them once per responder.
"""

from __future__ import annotations

from luminora.providers.offline.rules import de, en, es, fr, it, pt
from luminora.providers.offline.rules.base import LanguageRules

__all__ = ["SUPPORTED", "LanguageRules", "all_rules"]

SUPPORTED: tuple[str, ...] = ("en", "es", "fr", "pt", "de", "it")


def all_rules() -> dict[str, LanguageRules]:
    """Every supported language's rules, by language code."""
    return {
        "en": en.RULES,
        "es": es.RULES,
        "fr": fr.RULES,
        "pt": pt.RULES,
        "de": de.RULES,
        "it": it.RULES,
    }
