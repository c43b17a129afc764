"""Composition: one reply from a message's intents, the user's memory and a phrasebook.

A reply is a few sentences in a fixed order: a warning about secrets, the opening
(greeting, "nice to meet you", introduction), what was just learned, answers (memory
challenged, its own name, the user's facts, small talk), then one follow-up question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.models import is_multi_valued
from luminora.providers.offline.text import (
    capitalize,
    join_list,
    leading_number,
    squash,
    strip_article,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from luminora.providers.offline.intents import Analysis
    from luminora.providers.offline.memory import Memory
    from luminora.providers.offline.phrases import Phrasebook, Variants
    from luminora.providers.offline.variety import Picker

# Values of these keys are common nouns ("a dog", "mi hermana"): their article goes.
_BARE_KEYS = frozenset({"pets", "family", "partner", "occupation"})
_MAX_VALUES = 3
_MAX_LEARNED_ACKS = 2
_SUMMARY_FACTS = 2  # besides the name, when showing what it remembers


@dataclass(frozen=True, slots=True)
class Turn:
    """Everything composition needs about the turn (fixed across variety attempts)."""

    analysis: Analysis
    memory: Memory
    book: Phrasebook
    bot: str
    register: str
    first_turn: bool
    recent: tuple[str, ...] = ()  # the session's recent replies, squashed

    def said(self, sentence: str) -> bool:
        """True when a recent reply already contains this sentence."""
        squashed = squash(sentence)
        return any(squashed in reply for reply in self.recent)


class _Slots(dict[str, str]):
    """Template values; a slot a template needs but nobody filled reads as empty."""

    def __missing__(self, key: str) -> str:
        return ""


class _Writer:
    """Collects the reply's sentences; addresses the user by name once, and prefers
    sentences the session has not heard yet."""

    def __init__(self, turn: Turn, picker: Picker) -> None:
        self.turn = turn
        self.picker = picker
        self.parts: list[str] = []
        self.name_used = False

    def say(self, variants: Variants, label: str, **slots: str) -> None:
        text = self.fresh(variants, label, slots)
        if text is None and variants:
            text = self._commit(self._fill(self.picker.choose(variants, label), slots))
        if text:
            self.parts.append(text)

    def fresh(self, variants: Variants, label: str, slots: Mapping[str, str]) -> str | None:
        """The seed's variant, or the next one not said in a recent reply (None if all were)."""
        start = self.picker.index(len(variants), label)
        for i in range(len(variants)):
            filled = self._fill(variants[(start + i) % len(variants)], slots)
            if not self.turn.said(filled[0]):
                return self._commit(filled)
        return None

    def _fill(self, template: str, slots: Mapping[str, str]) -> tuple[str, bool]:
        name = self.turn.memory.name or ""
        values = _Slots(bot=self.turn.bot, name=name)
        values["addr"] = f", {name}" if name and not self.name_used else ""
        values.update(slots)
        uses_name = bool(name) and (
            "{name}" in template or ("{addr}" in template and bool(values["addr"]))
        )
        return capitalize(template.format_map(values)), uses_name

    def _commit(self, filled: tuple[str, bool]) -> str:
        text, uses_name = filled
        self.name_used = self.name_used or uses_name
        return text

    def sentence(self, text: str) -> None:
        self.parts.append(capitalize(text))

    def asks(self) -> bool:
        return any(part.rstrip(" 💕✨😊").endswith("?") for part in self.parts)

    def text(self) -> str:
        return " ".join(self.parts)


def value_slots(book: Phrasebook, key: str, values: Sequence[str]) -> dict[str, str]:
    """The `{v}`, `{your_v}`, `{av}` and `{n}` slots for a key's values."""
    items = list(values[: _MAX_VALUES if is_multi_valued(key) else 1])
    if key in _BARE_KEYS:
        items = [strip_article(item, book.articles) for item in items]
    conjunction = book.conjunction
    return {
        "v": join_list(items, conjunction),
        "your_v": join_list([_possessed(book, item) for item in items], conjunction),
        "av": join_list([_indefinite(book, item) for item in items], conjunction),
        "n": (leading_number(items[0]) or items[0]) if items else "",
    }


def _possessed(book: Phrasebook, value: str) -> str:
    if book.possessive is None or value[:1].isupper():
        return value  # a proper name ("Ana") takes no "your"
    singular, plural = book.possessive
    return f"{plural if value.endswith('s') and len(value) > 3 else singular} {value}"


def _indefinite(book: Phrasebook, value: str) -> str:
    if book.indefinite is None or value[:1].isupper():
        return value
    a, an = book.indefinite
    return f"{an if value[:1].lower() in 'aeiou' else a} {value}"


def _clauses(turn: Turn, keys: Sequence[str]) -> list[str]:
    """What it remembers about each key, as second-person clauses."""
    out = []
    for key in keys:
        template = turn.book.about.get(key)
        values = turn.memory.get(key)
        if template and values:
            out.append(template.format_map(_Slots(value_slots(turn.book, key, values))))
    return out


def compose(turn: Turn, picker: Picker) -> str:
    """The reply for a turn; `picker` decides among the variants."""
    a, memory, book, register = turn.analysis, turn.memory, turn.book, turn.register
    w = _Writer(turn, picker)
    learned = memory.learned_keys()
    learned_name = "name" in learned
    learned_other = [k for k in learned if k != "name"]
    asked = [k for k in a.asked if k not in learned]  # just told: the acknowledgement answers

    if a.secret:
        w.say(book.secret, "secret")
    _opening(w, learned_name)
    for key in learned_other[:_MAX_LEARNED_ACKS]:
        just = [v for k, v in memory.learned if k == key]
        w.say(
            book.learned.get(key, book.learned_other),
            f"learned.{key}",
            **value_slots(book, key, just),
        )

    answered = False
    if a.challenge or a.about_me:
        asked = _show_memory(w, asked)
        answered = True
    if a.bot_name:
        w.say(book.bot_name[register], "bot_name")
        if not memory.name:
            w.say(book.ask_name_back, "ask_name_back")
        answered = True
    if asked:
        _answer_facts(w, asked)
        answered = True
    if a.how_are_you:
        w.say(book.how_are_you[register], "how_are_you")
        answered = True
    if a.feeling:
        w.say(book.feeling_bad if a.feeling < 0 else book.feeling_good, "feeling")
        answered = True
    if a.thanks and not answered:
        w.say(book.thanks[register], "thanks")
        answered = True
    if a.opinion and not learned_other:
        w.say(book.opinion, "opinion")
        answered = True
    if a.goodbye:
        w.say(book.goodbye[register], "goodbye")
        return w.text()  # no question after a farewell
    if not answered and not learned:
        if a.question:
            w.say(book.question, "question")  # honest: it cannot look things up offline
        elif not a.greeting and not turn.first_turn:
            w.say(book.react[register], "react")
    if not w.asks():
        _follow_up(w, learned_other, learned_name)
    closer = picker.choose(book.closers[register], "closer")
    return f"{w.text()} {closer}" if closer else w.text()


def _opening(w: _Writer, learned_name: bool) -> None:
    """Greeting, "nice to meet you", and on a first turn its own name."""
    turn = w.turn
    a, book = turn.analysis, turn.book
    greet = a.greeting or (turn.first_turn and not a.bot_name and not learned_name)
    if greet:
        # When the name was just learned, "nice to meet you, Carlos" says it instead.
        w.say(book.greet[turn.register], "greet", **({"addr": ""} if learned_name else {}))
    if learned_name:
        w.say(book.nice_to_meet, "nice_to_meet")
    if turn.first_turn and not a.bot_name:
        w.say(book.intro, "intro")


def _show_memory(w: _Writer, asked: list[str]) -> list[str]:
    """Answer "you don't know??" / "what do you know about me?"; returns keys left to answer."""
    turn = w.turn
    a, memory, book = turn.analysis, turn.memory, turn.book
    keys = ["name"] if memory.name else []
    keys += [k for k in asked if k != "name" and memory.get(k)]
    others = len(keys) - (1 if memory.name else 0)
    keys += memory.salient(exclude=keys, limit=max(0, _SUMMARY_FACTS - others))
    clauses = _clauses(turn, keys)
    if not clauses:
        w.say(book.challenge_unknown if a.challenge else book.know_nothing, "memory_empty")
        return [k for k in asked if k != "name"]
    facts = join_list(clauses, book.conjunction)
    if a.challenge:
        w.say(book.challenge_known, "challenge")
        w.sentence(f"{facts}.")
    else:
        w.say(book.know_summary, "summary", facts=facts)
    if memory.name:
        w.name_used = True
    return [k for k in asked if k not in keys]


def _answer_facts(w: _Writer, asked: list[str]) -> None:
    """Answer questions about the user's facts from memory, honestly when unknown."""
    turn = w.turn
    book = turn.book
    known = [k for k in asked if turn.memory.get(k) and k in book.about]
    unknown = [k for k in asked if k not in known]
    if known:
        w.say(book.known, "known")
        w.sentence(f"{join_list(_clauses(turn, known), book.conjunction)}.")
        if "name" in known:
            w.name_used = True
    if unknown:
        w.say(book.unknown.get(unknown[0], book.unknown_other), f"unknown.{unknown[0]}")


def _follow_up(w: _Writer, learned_other: list[str], learned_name: bool) -> None:
    """One question that keeps the conversation going, about the user."""
    turn = w.turn
    a, memory, book, register = turn.analysis, turn.memory, turn.book, turn.register
    for key in learned_other:
        if key in book.follow_fact:
            w.say(book.follow_fact[key], f"follow.{key}", **value_slots(book, key, memory.get(key)))
            return
    if a.topic and a.topic in book.follow_topic:
        w.say(book.follow_topic[a.topic], f"topic.{a.topic}")
        return
    if not memory.name and not learned_name:
        w.say(book.follow_missing.get("name", ()), "missing.name")
        return
    options: list[tuple[Variants, str, dict[str, str]]] = [
        (book.follow_fact[k], f"follow.{k}", value_slots(book, k, memory.get(k)))
        for k in memory.salient(limit=3)
        if k in book.follow_fact
    ]
    options += [
        (variants, f"missing.{k}", {})
        for k, variants in book.follow_missing.items()
        if k != "name" and not memory.get(k)
    ][:2]
    options.append((book.follow_generic[register], "generic", {}))
    start = w.picker.index(len(options), "follow")
    for i in range(len(options)):
        variants, label, slots = options[(start + i) % len(options)]
        text = w.fresh(variants, label, slots)
        if text:
            w.parts.append(text)
            return
    variants, label, slots = options[start]
    w.say(variants, label, **slots)
