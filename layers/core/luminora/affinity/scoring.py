"""Points for one message's tone, and applying them to the stored 0–100 points."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from luminora.affinity.emoji import emoji_points
from luminora.affinity.lexicons import lexicon_for
from luminora.affinity.text import clauses, squeeze

if TYPE_CHECKING:
    from luminora.affinity.lexicon import Lexicon

MIN_DELTA = -10
MAX_DELTA = 5
MIN_POINTS = 0
MAX_POINTS = 100

_NEGATED_POSITIVE = 0.75  # "not great" is less bad than "awful" is bad
_NEGATED_NEGATIVE = 0.5  # "not bad" is mildly good
_MAX_NEGATED_NEGATIVE = 1.0  # "I don't hate you" is mildly good too, not a declaration of love
_INTENSIFIED = 1.5
_DIRECTED_NEGATIVE = 1.5  # "you're annoying" hurts more than "traffic is annoying"
_UNDIRECTED_NEGATIVE = 0.4  # a bad day is shared, not aimed at anyone
_MAX_DISCLOSURE = 2
_LAUGH = re.compile(r"^(?:(?:ja|je|ji|ha|he|hi|ah|eh|jk|ks|rs)+[jhaeiks]?|k{3,}|(?:rs){2,})$")


def _clause_points(tokens: list[str], lex: Lexicon) -> float:
    """Points of one clause: lexicon matches with negation, intensity and direction."""
    directed_clause = not lex.second_person.isdisjoint(tokens)
    squeezed = [squeeze(t) for t in tokens]
    points = 0.0
    laughed = False
    i, n = 0, len(tokens)
    while i < n:
        key, length = _match(tokens, squeezed, i, lex)
        if key is None:
            if not laughed and len(tokens[i]) >= 4 and _LAUGH.match(tokens[i]):
                points += 0.5  # one laugh per clause is friendliness, not a score
                laughed = True
            i += 1
            continue
        weight = lex.weights[key]
        before = tokens[max(0, i - 2) : i]
        after = tokens[i + length : i + length + 1]
        if before and before[-1] in lex.intensifiers:
            weight *= _INTENSIFIED
        negated = not lex.negators.isdisjoint(before) or not lex.post_negators.isdisjoint(after)
        if negated and key.split(" ", 1)[0] not in lex.negators:
            if weight > 0:
                weight = -weight * _NEGATED_POSITIVE
            else:
                weight = min(-weight * _NEGATED_NEGATIVE, _MAX_NEGATED_NEGATIVE)
        if weight < 0:
            directed = directed_clause or key in lex.directed
            weight *= _DIRECTED_NEGATIVE if directed else _UNDIRECTED_NEGATIVE
        points += weight
        i += length
    return points


def _match(tokens: list[str], squeezed: list[str], i: int, lex: Lexicon) -> tuple[str | None, int]:
    """The longest lexicon entry starting at token i, and its length in tokens.

    Elongated spellings match too ("te quieroo" → "te quiero", "graciass" → "gracias"), but
    only where a token was elongated, so "col" never reads as "cool".
    """
    weights = lex.weights
    for length in range(min(lex.max_phrase, len(tokens) - i), 0, -1):
        window = tokens[i : i + length]
        phrase = " ".join(window)
        if phrase in weights:
            return phrase, length
        short = squeezed[i : i + length]
        if short != window:
            key = lex.squeezed.get(" ".join(short))
            if key is not None:
                return key, length
    return None, 1


def affinity_delta(text: str, language: str, *, facts_shared: int = 0) -> int:
    """Points one message moves affinity by, from −10 (hostile) to +5 (warm).

    Warm, grateful or affectionate words, emoji and emoticons raise it; insults and hostility
    aimed at the personality lower it (mood words like "bad day" barely count); a neutral
    message that engages adds 1, and sharing personal facts (self-disclosure) adds up to 2.

    Args:
        text: The user's message.
        language: Its language code (en, es, fr, pt, de, it; others score as English).
        facts_shared: How many facts about the user the message revealed.
    """
    lex = lexicon_for(language or "en")
    parts = clauses(text, elide=lex.elide)
    points = sum(_clause_points(tokens, lex) for tokens in parts)
    points += emoji_points(text)
    if points < 0 and _shouting(text):
        points *= 1.3
    if parts and points >= 0:
        points += 1  # engaging at all is a small step closer
    elif -1 < points < 0:
        points = 0  # mild gloom ("bad day", "no me gusta nada") is not aimed at anyone
    if points > -3:
        points += min(max(facts_shared, 0), _MAX_DISCLOSURE)
    # Round half away from zero so that ±0.5 still moves.
    rounded = int(points + 0.5) if points >= 0 else -int(-points + 0.5)
    return max(MIN_DELTA, min(MAX_DELTA, rounded))


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def apply_delta(points: int, delta: int) -> int:
    """New affinity points after a turn's delta, clamped to 0–100."""
    return max(MIN_POINTS, min(MAX_POINTS, points + delta))
