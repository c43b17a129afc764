"""Where a statement stands in its sentence: inside a question, a wish, a negation?"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from luminora.memory.extraction.engine import Pack
    from luminora.memory.extraction.text import Sentence

# Negations and "no longer" sit near the verb; bounding the look keeps a 4,000-character
# message without punctuation linear rather than quadratic.
_REACH = 100
# "if I were rich I'd ..., but for now I'm in Leicester": the real world again, in any of the
# languages (folded text); a conditional's scope ends there.
_REALITY = re.compile(
    r"\b(?:but|pero|mais|mas|ma|aber)\s+(?:for\s+now|right\s+now|at\s+the\s+moment|in\s+reality|"
    r"por\s+ahora|de\s+momento|ahora\s+mismo|en\s+realidad|pour\s+l'instant|pour\s+le\s+moment|"
    r"en\s+realite|por\s+enquanto|por\s+agora|na\s+realidade|per\s+ora|per\s+adesso|"
    r"in\s+realta|im\s+moment|momentan|in\s+wirklichkeit)\b|"
    # "if I went vegan I'd feel better, but I love cheese": a present-tense statement of the
    # user's own after the contrast is real again (not "but I'd ...", "but I would ...")
    r"\b(?:but\s+i\s+(?:(?:really|just|also|still|honestly|totally)\s+)?(?:love|like|adore|hate|"
    r"live|work|am)\b|but\s+i'm\b|"
    r"pero\s+(?:(?:yo|la\s+verdad\s+es\s+que)\s+)?(?:me\s+(?:encanta|encantan|gusta|gustan|"
    r"flipa|flipan)|odio|adoro|vivo|trabajo|soy)\b|"
    r"mais\s+(?:j'adore|j'aime|je\s+deteste|j'habite|je\s+vis|je\s+travaille|je\s+suis)\b|"
    r"mas\s+(?:eu\s+)?(?:adoro|amo|gosto|odeio|moro|trabalho|sou)\b|"
    r"ma\s+(?:io\s+)?(?:adoro|amo|mi\s+piace|mi\s+piacciono|odio|vivo|abito|lavoro|sono)\b|"
    r"aber\s+ich\s+(?:liebe|mag|hasse|wohne|lebe|arbeite|bin)\b)"
)
# A tag that ends a statement with a question mark ("..., deal?", "..., ¿vale?"): only the
# tag asks.
_TAG = re.compile(
    r"[,;]\s*¿?\s*(?:deal|ok|okay|right|yeah|alright|agreed|cool|vale|trato|d'accord|"
    r"einverstanden|abgemacht|combinado|fechado|d'accordo|va\s+bene)\s*\?+\W*$"
)


class SentenceContext:
    """Lazily computed scopes of one sentence, shared by all rules of a pack."""

    __slots__ = ("_hypothetical", "_pack", "_questions", "_sent")

    def __init__(self, sent: Sentence, pack: Pack) -> None:
        self._sent = sent
        self._pack = pack
        self._questions: list[tuple[int, int]] | None = None
        self._hypothetical: list[tuple[int, int]] | None = None

    # -- questions ------------------------------------------------------------------------

    def in_question(self, pos: int) -> bool:
        """True when offset `pos` lies in a part of the sentence that asks something."""
        if self._questions is None:
            self._questions = self._question_spans()
        return any(a <= pos < b for a, b in self._questions)

    def _question_spans(self) -> list[tuple[int, int]]:
        sent, pack = self._sent, self._pack
        low = sent.low
        size = len(low)
        if "¿" in low:
            spans = []
            for i, char in enumerate(low):
                if char == "¿":
                    end = low.find("?", i)
                    spans.append((i, end + 1 if end >= 0 else size))
            return spans
        mark = low.rfind("?")
        if mark >= 0:
            tag = _TAG.search(low)
            if tag is not None and low.rfind("?", 0, tag.start()) < 0:
                return [(tag.start(), size)]
            if pack.question_open.match(low):
                return [(0, size)]
            return [(sent.clause_start(mark), size)]
        if pack.question_bare.match(low):
            return [(0, size)]
        return []

    # -- wishes and conditionals -----------------------------------------------------------

    def in_hypothetical(self, pos: int) -> bool:
        """True when offset `pos` lies in a conditional or a wish."""
        if self._hypothetical is None:
            self._hypothetical = self._hypothetical_spans()
        return any(a <= pos < b for a, b in self._hypothetical)

    def _hypothetical_spans(self) -> list[tuple[int, int]]:
        pack = self._pack
        low = self._sent.raw.lower() if pack.raw_markers else self._sent.low
        if len(low) != len(self._sent.low):
            low = self._sent.low
        size = len(low)
        if pack.hypothetical_all.search(low):
            real = _REALITY.search(low)
            return [(0, real.start() if real else size)]
        spans = []
        if pack.hypothetical_clause is not None:
            sent = self._sent
            for m in pack.hypothetical_clause.finditer(low):
                spans.append((sent.clause_start(m.start()), sent.clause_end(m.end())))
        for m in pack.hypothetical_rest.finditer(low):
            start = self._sent.clause_start(m.start())
            stop = pack.contrast.search(low, m.end())
            spans.append((start, stop.start() if stop else size))
        return spans

    # -- negation and change --------------------------------------------------------------

    def negated(self, pos: int, value_start: int) -> bool:
        """True when the clause negates the statement that starts at `pos`."""
        sent, pack = self._sent, self._pack
        start = max(sent.clause_start(pos), pos - _REACH)
        if pack.negation.search(sent.low, start, max(value_start, pos + 1)):
            return True
        if pack.tail_negation is not None:
            end = min(sent.clause_end(value_start), value_start + _REACH)
            return bool(pack.tail_negation.search(sent.low, value_start, end))
        return False

    def no_longer(self, pos: int, value_start: int) -> bool:
        """True when the clause says something stopped holding ("anymore", "ya no")."""
        sent = self._sent
        start = max(sent.clause_start(pos), pos - _REACH)
        end = min(sent.clause_end(value_start), value_start + _REACH)
        return bool(self._pack.no_longer.search(sent.low, start, end))

    def past(self, pos: int, value_start: int) -> bool:
        """True when the statement is about the past ("I used to live in ...")."""
        pattern = self._pack.past
        if pattern is None:
            return False
        sent = self._sent
        start = max(sent.clause_start(pos), pos - _REACH)
        return bool(pattern.search(sent.low, start, max(value_start, pos + 1)))

    def after_user_clause(self, pos: int) -> bool:
        """True when the clause before the one at `pos` starts with the user's "I am"/"I have"."""
        pattern = self._pack.first_person
        if pattern is None or pos == 0:
            return False
        sent = self._sent
        end = pos
        while end > 0 and not sent.low[end - 1].isalnum():
            end -= 1  # back over ", " to the previous clause's last word
        if end == 0:
            return False
        start = sent.clause_start(end - 1)
        if pos - start > _REACH:
            return False
        return pattern.match(sent.low, start) is not None

    def believed_by_others(self, pos: int) -> bool:
        """True when someone else's belief introduces the statement ("people think I ...")."""
        sent = self._sent
        start = max(sent.clause_start(pos), pos - _REACH)
        return bool(self._pack.belief.search(sent.low, start, pos + 1))
