"""Rule-based, multilingual extraction of facts about the user from one chat message.

    >>> [(c.key, c.value) for c in extract_facts("ire al himalaya que te parece, soy carlos")]
    [('travel_destination', 'Himalaya'), ('name', 'Carlos')]

Rules are written per language (en, es, fr, pt, de, it) as general patterns over clauses;
the engine shared by all languages keeps questions, wishes, negations and other people's
facts out of memory, and turns "no longer" statements into retractions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING

from luminora.memory.extraction.elliptical import SLIPS, resolve_if_known
from luminora.memory.extraction.engine import run
from luminora.memory.extraction.postprocess import (
    align_retractions,
    candidates,
    drop_unresolved,
    meant_age,
    renamed,
    respell,
)
from luminora.memory.extraction.shorthand import spell_out
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.values import title
from luminora.memory.language import LANGUAGES, detect_language

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from luminora.memory.extraction.engine import Pack
    from luminora.models.facts import FactCandidate

__all__ = ["SUPPORTED_LANGUAGES", "extract_facts", "language_pack"]

SUPPORTED_LANGUAGES: tuple[str, ...] = LANGUAGES

# A slip noticed at the start of a message ("oops, ...", "uy no, ...").
_OOPS = (
    rf"^\W*(?:(?:{SLIPS}|oops|ups|uy|ay|sorry|perdon|perdona|wait|no|nope|err|digo|actually|"
    r"en\s+realidad|bueno|pardon|non|nein|scusa|desculpa)\W+)+"
)
# "it's Kris with a K", "es Irene con I", "spelled Jon": a name's spelling is being fixed.
_SPELLED = re.compile(
    r"\b(?:it'?s|it\s+is|es|c'est|e|ist|is|se\s+llama|s'appelle|se\s+chama|hei(?:ß|ss)t|"
    r"si\s+chiama|is\s+called|name\s+is)\s+(?P<n>[^\W\d_][\w'-]+)\s*,?\s+(?:with|without|con|sin|avec|sans|com|sem|mit|ohne)"
    r"\s+(?:(?:an?|una?|une|um|uma|ein|eine|la|le|el|la\s+letra|the\s+letter)\s+)?"
    r"(?:['\"]?\w['\"]?(?![\w'])|tilde|acento|accent|accento|akzent|umlaut)|\b(?:spelled|spelt|se\s+escribe|s'ecrit|se\s+escreve|geschrieben|si\s+scrive|"
    # "quise decir Mario": the name meant instead of a similar one said before.
    r"i\s+meant|quise\s+decir|queria\s+decir|je\s+voulais\s+dire|ich\s+meinte|volevo\s+dire)"
    r"\s+(?P<m>[^\W\d_][\w'-]+)|"
    # "Oops, Dusty!", "Perdón, se llama Martina.": a slip fixed by the name alone.
    rf"{_OOPS}(?:(?:se\s+llama|it'?s|its|es|s'appelle|se\s+chama|hei(?:ß|ss)t|si\s+chiama)\s+)?"
    r"(?P<o>[^\W\d_][\w'-]+)(?=\W*$|\s*[,.!;])"
)
# "it's Sinéad not Siobhan", "es Nala, no Lola": a name said instead of a known one.
_NOT_THAT = re.compile(
    r"(?P<n>[^\W\d_][\w'-]+)\s*,?\s+(?:not|no|pas|nicht|non|nao|y\s+no|e\s+nao|et\s+pas)\s+"
    r"(?P<o>[^\W\d_][\w'-]+)(?=\W*$|\s*[,.!;)]|\s+(?:lol|haha|jaja|sorry|perdon)\b)"
)
# "oops I meant 26", "uy no, 41": a number meant instead of the age said before.
_MEANT_NUMBER = re.compile(
    r"(?:\b(?:i\s+meant|meant\s+to\s+(?:say|type|write)|quise\s+decir|queria\s+decir|"
    rf"je\s+voulais\s+dire|ich\s+meinte|volevo\s+dire|quis\s+dizer)\s+|{_OOPS})(\d{{1,3}})"
    r"(?=\s*(?:$|[,.!;)]|(?:not|no|years?|yo|anos|ans|jahre|anni|lol|haha|jaja)\b))"
)


@cache
def language_pack(language: str) -> Pack:
    """The rules of one language, loaded (and compiled) on first use."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language!r}")
    module = import_module(f"luminora.memory.extraction.{language}")
    pack: Pack = module.PACK
    return pack


def extract_facts(
    text: str,
    language: str | None = None,
    *,
    assistant_names: Collection[str] = (),
    known_facts: Iterable[tuple[str, str]] = (),
) -> list[FactCandidate]:
    """Facts the user states about themselves in one message, in the order said.

    Args:
        text: the user's message.
        language: en, es, fr, pt, de or it; detected from the text when None.
        assistant_names: the personality's names; never stored as the user's.
        known_facts: (key, value) of the user's active facts, so that a spelling fix
            ("sorry, it's Kris with a K") can replace the name it corrects.

    Returns:
        Candidates to merge: `FactOp.ASSERT` for new values, `FactOp.RETRACT` for values the
        user withdrew ("ya no vivo en Madrid"), each with a confidence (0.9-0.95 explicit,
        0.6-0.8 implied).
    """
    text = unicodedata.normalize("NFC", text or "")
    if not text.strip():
        return []
    lang = language if language in LANGUAGES else detect_language(text)
    text = spell_out(text, lang)
    hits = run(language_pack(lang), text)
    found = candidates(hits, assistant_names)
    known = list(known_facts)
    if known:
        found = align_retractions(found, known, head_first=lang not in ("en", "de"))
        spelled = [title(text[m.start(g) : m.end(g)]) for m in _SPELLED.finditer(fold(text))
                   for g in ("n", "m", "o") if m.group(g)]  # fmt: skip
        if spelled:
            found.extend(respell(spelled, known))
        pairs = [(title(text[m.start("n") : m.end("n")]), text[m.start("o") : m.end("o")])
                 for m in _NOT_THAT.finditer(fold(text))]  # fmt: skip
        if pairs:
            seen = {(c.key, c.value, c.op) for c in found}
            found.extend(c for c in renamed(pairs, known) if (c.key, c.value, c.op) not in seen)
        found.extend(meant_age([m.group(1) for m in _MEANT_NUMBER.finditer(fold(text))], known))
    return resolve_if_known(drop_unresolved(found), known)
