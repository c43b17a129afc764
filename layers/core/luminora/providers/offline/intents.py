"""What a message asks for: greeting, the personality's name, a fact about the user, ...

General patterns per language (see `rules/`) run over folded text; one message can carry
several intents ("hi! what's your name?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.memory.merge import looks_like_secret
from luminora.providers.offline.rules import SUPPORTED, all_rules
from luminora.providers.offline.text import fold

if TYPE_CHECKING:
    from luminora.providers.offline.rules import LanguageRules

# A challenge ("you don't know??") is a short retort or a question, not a long story: few
# words follow the doubt ("bet you can't tell me my name", "a que no sabes mi nombre").
_CHALLENGE_TAIL_WORDS = 4


@dataclass(frozen=True, slots=True)
class Analysis:
    """The intents found in one message.

    Attributes:
        asked: Fact keys the user asks about ("where do I live?" → location), in order.
        feeling: -1 when the user says they feel bad, 1 when good, else 0.
        question: The message asks something (a "?" or a question word).
        topic: What the message is about (work, food, music...), if recognized.
        secret: The message contains something shaped like a key or password.
    """

    greeting: bool = False
    goodbye: bool = False
    thanks: bool = False
    how_are_you: bool = False
    bot_name: bool = False
    challenge: bool = False
    opinion: bool = False
    about_me: bool = False
    asked: tuple[str, ...] = ()
    feeling: int = 0
    question: bool = False
    topic: str | None = None
    secret: bool = False


@dataclass(frozen=True, slots=True)
class _Compiled:
    greeting: re.Pattern[str]
    goodbye: re.Pattern[str]
    thanks: re.Pattern[str]
    how_are_you: re.Pattern[str]
    bot_name: re.Pattern[str]
    challenge: re.Pattern[str]
    opinion: re.Pattern[str]
    about_me: re.Pattern[str]
    asking: re.Pattern[str]
    lead: re.Pattern[str]
    feeling_bad: re.Pattern[str]
    feeling_good: re.Pattern[str]
    about_user: tuple[tuple[str, re.Pattern[str]], ...]
    topics: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def of(cls, rules: LanguageRules) -> _Compiled:
        return cls(
            greeting=re.compile(rules.greeting),
            goodbye=re.compile(rules.goodbye),
            thanks=re.compile(rules.thanks),
            how_are_you=re.compile(rules.how_are_you),
            bot_name=re.compile(rules.bot_name),
            challenge=re.compile(rules.challenge),
            opinion=re.compile(rules.opinion),
            about_me=re.compile(rules.about_me),
            asking=re.compile(rules.asking),
            lead=re.compile(rf"^(?:(?:{rules.lead})(?:\W+|$))+"),
            feeling_bad=re.compile(rules.feeling_bad),
            feeling_good=re.compile(rules.feeling_good),
            about_user=tuple((k, re.compile(p)) for k, p in rules.about_user.items()),
            topics=tuple((k, re.compile(p)) for k, p in rules.topics.items()),
        )


def supported_language(language: str) -> str:
    """The language code to answer in: the given one when supported ("es-MX" → "es"), else en."""
    code = (language or "").strip()[:2].lower()
    return code if code in SUPPORTED else "en"


class IntentDetector:
    """Finds intents in messages; compiles a language's patterns on its first message."""

    def __init__(self) -> None:
        self._sources = all_rules()
        # Compiling all six languages up front costs ~25 ms of cold start; one is ~4 ms.
        self._compiled: dict[str, _Compiled] = {}

    def _rules(self, language: str) -> _Compiled:
        compiled = self._compiled.get(language)
        if compiled is None:
            compiled = self._compiled[language] = _Compiled.of(self._sources[language])
        return compiled

    def analyse(self, message: str, language: str) -> Analysis:
        """The intents of one message in a language (unsupported languages read as en)."""
        rules = self._rules(supported_language(language))
        text = fold(message)
        # "so whats my name", "a ver, como me llamo": the question starts after the opener.
        body = rules.lead.sub("", text, count=1)
        asking = "?" in text or rules.asking.search(body) is not None
        doubt = rules.challenge.search(text)
        challenge = doubt is not None and (
            "?" in text or len(text[doubt.end() :].split()) <= _CHALLENGE_TAIL_WORDS
        )
        asked = tuple(k for k, p in rules.about_user if p.search(text)) if asking else ()
        feeling = (
            -1 if rules.feeling_bad.search(text) else (1 if rules.feeling_good.search(text) else 0)
        )
        topic = next((k for k, p in rules.topics if p.search(text)), None)
        return Analysis(
            greeting=rules.greeting.search(text) is not None,
            goodbye=rules.goodbye.search(text) is not None,
            thanks=rules.thanks.search(text) is not None,
            how_are_you=rules.how_are_you.search(text) is not None,
            bot_name=rules.bot_name.search(text) is not None,
            challenge=challenge,
            opinion=rules.opinion.search(text) is not None,
            about_me=rules.about_me.search(text) is not None,
            asked=asked,
            feeling=feeling,
            question=asking,
            topic=topic,
            secret=looks_like_secret(message),
        )
