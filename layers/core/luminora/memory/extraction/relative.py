"""Places a relative clause says the user lives in: "a shop in Leeds, where I live".

The place comes before the trigger, so the rule's regex captures it (group `v`) and the
place reader reads it there; "donde vivo", "dove abito", "onde moro", "où j'habite",
"wo ich wohne" work alike. Only the user's own present verb counts ("where my sister
lives", "where I used to live" say nothing about where the user lives now).
"""

from __future__ import annotations

from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.engine import Found, Match, Rule, rule

_WORD = r"[^\W\d_][\w'.-]*"


def where_rule(
    prepositions: str, where: str, lives: str, grew_up: str, nested: str, *, gate: str
) -> Rule:
    """One language's rule for "<prep> <place>, where I live / where I grew up".

    Args:
        prepositions: the prepositions before the place ("in|at").
        where: the relative words, a regex ("where", "donde|en la que").
        lives: the user's present "live" verbs, with their subject ("i\\s+live").
        grew_up: the user's "grew up"/"was born" verbs (-> hometown).
        nested: the place prepositions of the language, to find a place inside a longer
            phrase ("a bakery in Leeds").
        gate: plain words one of which every match holds (a literal start keeps the
            prefilter fast).
    """
    # Up to four words after the last preposition before the comma: "a bakery in Leeds,"
    # reads "Leeds", "in a small town," reads "a small town" (and the place inside it).
    place = rf"(?P<v>(?:(?!(?:{prepositions})\s){_WORD}\s+){{0,3}}?{_WORD})"
    head = rf"\b(?:{prepositions})\s+{place}\s*,?\s+(?:{where})\s+"
    lives_in = rd.place("location", nested)
    grew_up_in = rd.place("hometown", nested)

    def read(match: Match) -> list[Found]:
        return (lives_in if match.m.group("lives") else grew_up_in)(match)

    # Stated in passing: a negation earlier in the sentence is about something else
    # ("no trabajo en Cádiz, donde vivo").
    return rule(
        "location",
        rf"{head}(?:(?P<lives>{lives})|(?P<grew>{grew_up}))\b",
        read,
        confidence=0.8,
        negatable=False,
        gate=gate,
    )
