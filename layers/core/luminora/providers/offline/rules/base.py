"""The shape of one language's intent patterns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """Regex sources for one language. Patterns see folded text: lowercase, no accents.

    Attributes:
        greeting: A greeting at the start of the message.
        goodbye: A farewell.
        thanks: Gratitude.
        how_are_you: Asking how the personality is.
        bot_name: Asking the personality's name ("and you are?").
        challenge: "You don't know??" / "you forgot?": the user doubts its memory.
        opinion: Asking what the personality thinks.
        about_me: "What do you know about me?"
        asking: Cues that a message asks (question words, "remember", "know"); anchored
            cues see the message after its `lead`.
        lead: Discourse words that may open a message before what it says ("so", "lol",
            "entonces", "a ver", "alors"), as a regex matched at the start.
        feeling_bad: The user says they feel bad (tired, sad, a rough day).
        feeling_good: The user says they feel good.
        about_user: Fact key → a question about that fact ("where do I live", "my dog").
            Counts only when the message asks (a "?" or an `asking` cue).
        topics: Topic → words that bring it up (work, food, music...).
    """

    greeting: str
    goodbye: str
    thanks: str
    how_are_you: str
    bot_name: str
    challenge: str
    opinion: str
    about_me: str
    asking: str
    lead: str
    feeling_bad: str
    feeling_good: str
    about_user: Mapping[str, str]
    topics: Mapping[str, str]
