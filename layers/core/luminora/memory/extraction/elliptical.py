"""Corrections that give only the new value: "perdón, el 14 de mayo", "pardon, à Lausanne".

A slip noticed at the start of a message ("sorry,", "bueno,", "pardon,") followed by a bare
place or date says nothing on its own; it corrects the user's stored location or birthday.
The rules emit the key marked `if_known`; `resolve_if_known` keeps the value only when
memory already holds that key, so a stray "sorry, in Paris" never starts a new fact.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.engine import Found, Match, Rule, rule
from luminora.models.facts import FactCandidate, FactOp

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

_IF_KNOWN = "~"
SLIPS = (
    r"autocorrect|autocorrector|typo|my\s+bad|que\s+me\s+lio|me\s+lie|me\s+he\s+liado|"
    r"me\s+equivoque|me\s+he\s+equivocado|me\s+confundi|je\s+me\s+suis\s+trompee?|"
    r"mi\s+sono\s+sbagliat[oa]|me\s+enganei|ich\s+habe\s+mich\s+vertan"
)
"""A slip owned up to before the fix: "sorry autocorrect, ...", "uy no, que me lío, ..."."""
# Words that open a correction, in any of the languages (the text is folded).
_OOPS = (
    rf"^\W*(?:(?:{SLIPS}|oops|ups|uy|ay|sorry|perdon|perdona|pardon|desculpa|scusa|scusami|"
    r"entschuldigung|"
    r"sorry|no|nope|non|nein|nao|bueno|well|wait|digo|i\s+mean|quiero\s+decir|je\s+veux\s+dire|"
    r"quero\s+dizer|cioe|ich\s+meine|actually|en\s+realidad|en\s+fait|na\s+verdade|in\s+realta|"
    r"eigentlich|mejor\s+dicho|correction|correccion)\W+)+"
    r"(?:(?:now|ahora|maintenant|agora|jetzt|ora|actually|really)\s+)?"
)
# The corrected value ends the clause: "..., pas Genève", "..., me mudé hace poco".
_CLAUSE_END = re.compile(r"\s*(?:$|[,.!;]|(?:not|no|pas|nicht|non|nao)\b)")


def if_known(key: str) -> str:
    """The key a correction emits when it may only replace a value memory already holds."""
    return _IF_KNOWN + key


def known_only(read: Callable[[Match], list[Found]]) -> Callable[[Match], list[Found]]:
    """`read`, its values kept only as corrections of keys memory already holds ("I switched
    to ABB" replaces a known employer; on its own it may be a switch to anything)."""

    def read_known(match: Match) -> list[Found]:
        return [Found(if_known(f.key), f.value, f.confidence, f.op) for f in read(match)]

    return read_known


def _place(match: Match) -> list[Found]:
    sent = match.sent
    value = rd.read_place(sent, match.words, match.start, nested=re.compile(r"(?!)"))
    if not value:
        return []
    end = sent.raw.find(value, match.start)
    if end < 0 or _CLAUSE_END.match(sent.low, end + len(value)) is None:
        return []
    return [Found(if_known("location"), value)]


def elliptical_rules(places: str, months: str) -> tuple[Rule, ...]:
    """One language's rules: `places` are its prepositions of place, `months` its months."""
    date = rd.date(months)

    def birthday(match: Match) -> list[Found]:
        return [Found(if_known(f.key), f.value) for f in date(match)]

    return (
        rule(if_known("location"), rf"{_OOPS}(?:{places})\s+", _place, negatable=False),
        rule(
            if_known("birthday"),
            rf"{_OOPS}(?:(?:it'?s|its|es|c'est|e|ist|era|was)\s+)?",
            birthday,
            negatable=False,
        ),
    )


def changed_plans_rule(marker: str, says: str, *, after: str = "") -> Rule:
    """ "Change of plans, ... it's Porto instead": the new destination of a known trip.

    `marker` announces the change ("change of plans", "cambio de planes"), `says` is what
    introduces the new place ("it's", "es"), `after` what must follow it ("instead").
    Kept only when memory holds a trip (a bare "it's Porto" corrects nothing else).
    """
    # the place, one to three words, then `after` ("it's raining so it's soup instead")
    tail = rf"(?=[\w'-]+(?:\s+[\w'-]+){{0,2}}\s+(?:{after})\b)" if after else ""
    return rule(
        if_known("travel_destination"),
        rf"\b(?:{marker})\b[^.!?;]{{0,80}}?\b(?:{says})\s+{tail}",
        known_only(rd.destination(lowercase="never")),
        confidence=0.85,
        negatable=False,
    )


def resolve_if_known(
    found: Iterable[FactCandidate], known: Iterable[tuple[str, str]]
) -> list[FactCandidate]:
    """Keep a bare corrected value only as a correction of a key memory already holds."""
    keys = {key for key, _ in known}
    out = []
    for cand in found:
        if not cand.key.startswith(_IF_KNOWN):
            out.append(cand)
        elif cand.key[1:] in keys and not any(
            c.key == cand.key[1:] and c.value == cand.value for c in out
        ):
            out.append(FactCandidate(cand.key[1:], cand.value, FactOp.ASSERT, cand.confidence))
    return out
