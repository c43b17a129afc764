"""The shape of one language's phrasebook.

Templates are `str.format` strings. Slots: `{bot}` the personality's name, `{name}` the
user's name, `{addr}` ", Carlos" (or "" once the name was used or when it is unknown),
`{v}` a fact's value(s), `{your_v}` the value with "your"/"tu" (proper names bare), `{av}`
the value with "a"/"an" (English), `{n}` the number in a value (ages), `{facts}` a list of
what it remembers. Register-dependent entries map "polite", "warm" and "close" to variants.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

Variants = tuple[str, ...]
REGISTERS: tuple[str, ...] = ("polite", "warm", "close")


@dataclass(frozen=True, slots=True)
class Phrasebook:
    """Everything the offline responder can say in one language.

    Attributes:
        conjunction: "and" in this language, for lists.
        articles: Leading words dropped from values before quoting them ("a", "mi").
        possessive: "your" before a common-noun value, singular and plural; None where
            it would need a grammatical gender (templates then avoid `{your_v}`).
        indefinite: "a"/"an" for `{av}` (English); None elsewhere (`{av}` is the value).
        greet, bot_name, how_are_you, thanks, goodbye, react, follow_generic, closers:
            Variants per register.
        intro: The personality introduces itself on a first turn.
        nice_to_meet: Reply to learning the user's name.
        ask_name_back: Asks the user's name after giving its own.
        learned: Fact key → acknowledgement of a value just learned.
        learned_other: Acknowledgement for other keys.
        about: Fact key → a clause stating it in the second person ("you live in {v}").
        known: Openers for answering from memory ("Of course!").
        unknown: Fact key → an honest "you haven't told me yet", inviting the user to.
        unknown_other: The same for other keys.
        know_summary: What it remembers (`{facts}`).
        know_nothing: Saying it knows little yet.
        challenge_known: Opener when the user doubts its memory and it does know.
        challenge_unknown: Honest reply when it does not know anything yet.
        feeling_bad, feeling_good: Responses to the user's mood (with a question).
        opinion: Its take when asked what it thinks.
        question: Honest reply to a question it cannot answer offline.
        secret: A warning when the message holds something like a key or password.
        follow_fact: Fact key → a question about a known fact.
        follow_missing: Fact key → a question asking for a fact it lacks.
        follow_topic: Topic → a question about it.
    """

    conjunction: str
    articles: tuple[str, ...]
    possessive: tuple[str, str] | None
    indefinite: tuple[str, str] | None
    greet: Mapping[str, Variants]
    intro: Variants
    nice_to_meet: Variants
    bot_name: Mapping[str, Variants]
    ask_name_back: Variants
    learned: Mapping[str, Variants]
    learned_other: Variants
    about: Mapping[str, str]
    known: Variants
    unknown: Mapping[str, Variants]
    unknown_other: Variants
    know_summary: Variants
    know_nothing: Variants
    challenge_known: Variants
    challenge_unknown: Variants
    how_are_you: Mapping[str, Variants]
    thanks: Mapping[str, Variants]
    goodbye: Mapping[str, Variants]
    feeling_bad: Variants
    feeling_good: Variants
    opinion: Variants
    question: Variants
    secret: Variants
    react: Mapping[str, Variants]
    follow_fact: Mapping[str, Variants]
    follow_missing: Mapping[str, Variants]
    follow_topic: Mapping[str, Variants]
    follow_generic: Mapping[str, Variants]
    closers: Mapping[str, Variants]
