"""Per-language tone lexicons (en, es, fr, pt, de, it), each also knowing English chat slang."""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from luminora.affinity.lexicon import Lexicon
from luminora.affinity.lexicons import de, en, es, fr, it, pt

if TYPE_CHECKING:
    from collections.abc import Mapping
    from types import ModuleType

__all__ = ["LEXICONS", "lexicon_for"]


def _build(module: ModuleType) -> Lexicon:
    # English slang ("thx", "lol", "stfu") turns up in every language; the language's own
    # entries win. English mood words are not shared ("bad" is a German bathroom).
    shared = module is not en
    return Lexicon.build(
        positive={**(en.POSITIVE if shared else {}), **module.POSITIVE},
        hostile={**(en.HOSTILE if shared else {}), **module.HOSTILE},
        negative=module.NEGATIVE,
        negators=module.NEGATORS,
        post_negators=module.POST_NEGATORS,
        intensifiers=module.INTENSIFIERS,
        second_person=module.SECOND_PERSON,
        elide=module.ELIDE,
    )


# Read-only: built once at import, shared by every caller.
LEXICONS: Mapping[str, Lexicon] = MappingProxyType(
    {m.__name__.rsplit(".", 1)[-1]: _build(m) for m in (en, es, fr, pt, de, it)}
)


def lexicon_for(language: str) -> Lexicon:
    """The lexicon for a language code ("es", "es-MX", "PT"); English when unknown."""
    return LEXICONS.get(language[:2].lower(), LEXICONS["en"])
