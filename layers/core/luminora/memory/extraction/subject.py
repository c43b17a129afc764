"""Who a verb is about, for verbs that do not say it ("sono": I am / they are)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from luminora.memory.extraction.text import Sentence
    from luminora.memory.extraction.vocab import Words


def other_subject(
    words: Words, first: frozenset[str], third: frozenset[str]
) -> Callable[[Sentence, int], bool]:
    """A subject check: False when the clause names someone else before the verb.

    "i miei genitori sono italiani" -> False (a relation word leads the clause);
    "io sono Giulia", "sono Giulia" -> True.
    """

    def check(sent: Sentence, pos: int) -> bool:
        tokens = sent.tokens
        start = sent.clause_start(pos)
        i = sent.token_index(pos) - 1
        stop = max(i - 30, -1)  # the subject is near the verb; keeps long messages linear
        while i > stop and tokens[i].start >= start:
            low = tokens[i].low
            if low in first:
                return True
            if low in third or low in words.relations:
                return False
            i -= 1
        return True

    return check
