"""The offline responder: answers from memory when no language model can."""

from __future__ import annotations

from typing import TYPE_CHECKING

from luminora.providers.offline.compose import Turn, compose
from luminora.providers.offline.intents import IntentDetector, supported_language
from luminora.providers.offline.memory import Memory
from luminora.providers.offline.phrases import phrasebook_for
from luminora.providers.offline.text import squash
from luminora.providers.offline.variety import Picker, register_for

if TYPE_CHECKING:
    from luminora.providers.offline.request import OfflineRequest

# Attempts with every choice shifted before falling back to adding sentences.
_ATTEMPTS = 8


class OfflineResponder:
    """Replies in the user's language from what it remembers, without a language model.

    Deterministic for a given request; never repeats one of the session's recent replies.
    Build one per process and reuse it (each language's patterns compile on first use).
    """

    def __init__(self) -> None:
        self._intents = IntentDetector()

    def reply(self, request: OfflineRequest) -> str:
        """The reply to one turn."""
        language = supported_language(request.language)
        book = phrasebook_for(language)
        turn = Turn(
            analysis=self._intents.analyse(request.message, language),
            memory=Memory.of(request.facts, request.learned),
            book=book,
            bot=request.personality_name.strip() or "Luminora",
            register=register_for(request.level),
            first_turn=request.turn_index <= 0,
            recent=tuple(squash(r) for r in request.recent_replies),
        )
        seen = set(turn.recent)
        first = ""
        for attempt in range(_ATTEMPTS):
            text = compose(turn, Picker(request.seed, attempt))
            if squash(text) not in seen:
                return text
            first = first or text
        return _vary(first, turn, seen)


def _vary(text: str, turn: Turn, seen: set[str]) -> str:
    """Every variant was said already: add one or two more sentences until it is new."""
    book, register = turn.book, turn.register
    extras = [
        *book.follow_generic[register],
        *book.react[register],
        *(q for variants in book.follow_topic.values() for q in variants),
    ]
    for first in extras:
        candidate = f"{text} {first}"
        if squash(candidate) not in seen:
            return candidate
    for first in extras:
        for second in extras:
            candidate = f"{text} {first} {second}"
            if squash(candidate) not in seen:
                return candidate
    # Unreachable in practice (thousands of combinations); still, never repeat.
    suffix = " …"
    while squash(text + suffix) in seen:
        suffix += "…"
    return text + suffix
