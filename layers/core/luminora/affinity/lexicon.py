"""The shape of a per-language tone lexicon, and how its entries are normalized."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.affinity.text import fold, squeeze, unelongate

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


def _norm(entry: str, elide: bool) -> str:
    text = fold(entry).replace("’", "'").replace("'", " " if elide else "")
    # Shortened like message tokens are ("kkkk" → "kk"), or such entries could never match.
    return " ".join(unelongate(word) for word in text.replace("-", " ").split())


def _squeezed(entry: str) -> str:
    return " ".join(squeeze(word) for word in entry.split(" "))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded tone entries of one language.

    `weights` maps a word or a space-joined phrase to points; `directed` holds the entries
    aimed at the listener (insults, "te odio"), which count in full even without a "you";
    `squeezed` maps each entry with its letter runs shortened to one ("te quiero",
    "thank you") back to the entry, to match elongated chat spellings ("te quierooo").
    """

    weights: Mapping[str, float]
    squeezed: Mapping[str, str]
    directed: frozenset[str]
    negators: frozenset[str]
    post_negators: frozenset[str]
    intensifiers: frozenset[str]
    second_person: frozenset[str]
    elide: bool
    max_phrase: int

    @classmethod
    def build(
        cls,
        *,
        positive: Mapping[str, float],
        hostile: Mapping[str, float],
        negative: Mapping[str, float],
        negators: Iterable[str],
        intensifiers: Iterable[str],
        second_person: Iterable[str],
        post_negators: Iterable[str] = (),
        elide: bool = False,
    ) -> Lexicon:
        """Fold every entry the way messages are folded.

        Args:
            positive: Warm entries (positive weights).
            hostile: Entries aimed at the listener (negative weights, always counted).
            negative: Mood entries (negative weights, counted in full only with a "you").
            negators: Words that flip the next entries ("no", "not", "pas"...).
            intensifiers: Words that strengthen the next entry ("muy", "so"...).
            second_person: Words that aim a clause at the listener.
            post_negators: Negators that follow what they negate ("pas", "nicht").
            elide: Whether apostrophes split words in this language.
        """
        weights: dict[str, float] = {}
        directed: set[str] = set()
        for table in (positive, negative):
            weights.update({_norm(k, elide): v for k, v in table.items()})
        for key, value in hostile.items():
            folded = _norm(key, elide)
            weights[folded] = value
            directed.add(folded)

        def norm_all(words: Iterable[str]) -> frozenset[str]:
            return frozenset(_norm(w, elide) for w in words)

        return cls(
            weights=weights,
            squeezed={_squeezed(key): key for key in weights},
            directed=frozenset(directed),
            negators=norm_all(negators),
            post_negators=norm_all(post_negators),
            intensifiers=norm_all(intensifiers),
            second_person=norm_all(second_person),
            elide=elide,
            max_phrase=max((k.count(" ") + 1 for k in weights), default=1),
        )
