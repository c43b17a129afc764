"""Text plumbing shared by every language: folding, sentences, tokens and clause boundaries.

Rules match over a *folded* copy of the text (lowercase, accents stripped) that keeps the
original's length, so a match's offsets also address the user's own spelling of the value.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != char:
            table[code] = base
    # Typographic quotes and accents typed as apostrophes ("I’m", "l´ami").
    for quote in "\u2019\u2018\u00b4\u0060\u02bc":
        table[ord(quote)] = "'"
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lowercase `text` and strip its accents without changing its length."""
    low = text.lower()
    if len(low) != len(text):  # a few letters ("İ") lowercase to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_FOLD)


# A sentence ends at . ! ? … ; or a line break (not a decimal point).
_SENTENCE_END = re.compile(r"(?:(?<!\d)\.(?!\d)|[!?…;\n])+")
# Elided articles ("l'", "d'", "un'") are tokens of their own, so "l'insegnante" reads
# as article + noun; English contractions ("don't", "i'm") stay whole.
_TOKEN = re.compile(
    r"\b(?:[ldjmnstc]|qu|un|dell|all|nell|sull|dall)'(?=\w)|\w+(?:['\-]\w+)*|[^\w\s]"
)
_PUNCT_BOUNDARY = re.compile(r"[,:()\[\]\"—–]|\s-\s|\.\.\.")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark: offsets into the sentence, folded and raw text."""

    start: int
    end: int
    low: str
    raw: str

    @property
    def is_word(self) -> bool:
        """True for words (letters or digits), false for punctuation."""
        return self.low[:1].isalnum() or self.low[:1] == "_"

    @property
    def capitalized(self) -> bool:
        """True when the user typed the word with a capital letter."""
        return self.raw[:1].isupper()


@dataclass(slots=True)
class Sentence:
    """One sentence of a message, with lazily computed tokens and clause boundaries."""

    raw: str
    low: str
    conjunctions: re.Pattern[str]
    head: str = ""
    """The folded text of the message before this sentence."""
    raw_head: str = ""
    """The same text as the user typed it."""
    _tokens: list[Token] | None = field(default=None, repr=False)
    _bounds: list[int] | None = field(default=None, repr=False)

    @property
    def asks(self) -> bool:
        """True when the sentence is punctuated as a question."""
        return "?" in self.raw or "¿" in self.raw

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens, in order."""
        if self._tokens is None:
            self._tokens = [
                Token(m.start(), m.end(), m.group(), self.raw[m.start() : m.end()])
                for m in _TOKEN.finditer(self.low)
            ]
        return self._tokens

    def token_index(self, pos: int) -> int:
        """Index of the first token that starts at or after `pos`."""
        tokens = self.tokens
        lo, hi = 0, len(tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if tokens[mid].start < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    @property
    def bounds(self) -> list[int]:
        """Offsets where a clause starts: after punctuation and before conjunctions."""
        if self._bounds is None:
            found = {0}
            found.update(m.end() for m in _PUNCT_BOUNDARY.finditer(self.low))
            found.update(m.start() for m in self.conjunctions.finditer(self.low))
            self._bounds = sorted(found)
        return self._bounds

    def clause_start(self, pos: int) -> int:
        """Start of the clause that contains offset `pos`."""
        bounds = self.bounds
        return bounds[bisect_right(bounds, pos) - 1]

    def clause_end(self, pos: int) -> int:
        """End of the clause that contains offset `pos` (punctuation or conjunction)."""
        bounds = self.bounds
        i = bisect_right(bounds, pos)
        return bounds[i] if i < len(bounds) else len(self.low)


def split_sentences(text: str, conjunctions: re.Pattern[str]) -> list[Sentence]:
    """Split a message into sentences, each with its folded copy."""
    text = unicodedata.normalize("NFC", text)
    low = fold(text)
    sentences: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(low):
        end = m.end()
        if low[start:end].strip(" .!?…;\n"):
            sentences.append(
                Sentence(text[start:end], low[start:end], conjunctions, low[:start], text[:start])
            )
        start = end
    if low[start:].strip():
        sentences.append(
            Sentence(text[start:], low[start:], conjunctions, low[:start], text[:start])
        )
    return sentences
