"""Compiling a personality at a relationship level into a system prompt for a language model.

The output is plain text with short headed sections, in a fixed order, built only from the
personality and the arguments: the same inputs always give the same prompt (so it can be
cached, and so tests can compare prompts).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from luminora.personalities.levels import apply_relationship_level

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from luminora.personalities.levels import EffectivePersonality
    from luminora.personalities.model import Personality

__all__ = ["LANGUAGE_NAMES", "compile_system_prompt", "describe_language"]

# Language codes the product detects, by name, so "es" reads as "Spanish (es)".
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
    "pt": "Portuguese", "ca": "Catalan", "nl": "Dutch", "pl": "Polish", "ro": "Romanian",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech",
    "el": "Greek", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic",
    "he": "Hebrew", "hi": "Hindi", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "id": "Indonesian", "vi": "Vietnamese", "th": "Thai", "gl": "Galician", "eu": "Basque",
}  # fmt: skip

_SYNTAX = {
    "simple": "short, simple sentences",
    "complex": "rich sentences with subordinate clauses",
    "varied": "a natural mix of short and long sentences",
    "concise": "brief and to the point; no filler",
    "elaborate": "full, elaborate sentences with detail",
}
_PUNCTUATION = {
    "minimal": "minimal; few exclamation marks",
    "moderate": "moderate",
    "liberal": "expressive; exclamation marks are welcome",
    "excessive": "very expressive, with plenty of exclamation marks",
}
_FILTERS = {
    "profanity": "profanity",
    "violence": "violent content",
    "adult": "adult or sexual content",
    "political": "partisan political opinions",
    "religious": "religious preaching or judgement",
}
_MAX_VOCABULARY = 12
_MAX_EXPRESSIONS = 8
_MAX_EXAMPLES = 2


def describe_language(code: str) -> str:
    """A language code for a prompt: "es" → "Spanish (es)"; unknown codes are kept as given."""
    text = code.strip()
    name = LANGUAGE_NAMES.get(text.lower().replace("_", "-").split("-")[0])
    return f"{name} ({text})" if name else text


def compile_system_prompt(
    personality: Personality,
    level: str | int = "stranger",
    *,
    user_language: str | None = None,
) -> str:
    """The system prompt for `personality` at a relationship level.

    Args:
        personality: the loaded personality.
        level: a relationship level name (stranger, acquaintance, friend, close_friend,
            soulmate, or one the personality defines) or affinity points 0-100.
        user_language: the user's language code ("es"); None asks the model to answer in
            whatever language the user writes in.

    Raises:
        InvalidInputError: an unknown level name or points outside 0-100.
    """
    eff = apply_relationship_level(personality, level)
    sections = (
        _identity(eff),
        _voice(eff),
        _relationship(eff),
        _behaviour(eff),
        _memory(eff),
        _boundaries(eff),
        _examples(eff),
        _language(user_language),
    )
    body = "\n\n".join(s for s in sections if s)
    return "\n\n".join(part for part in (eff.prompt_prefix, body, eff.prompt_suffix) if part)


def _identity(eff: EffectivePersonality) -> str:
    p = eff.personality
    name = p.persona.name
    description = _sentence(p.persona.description)
    if re.match(r"(?:A|An) ", description):
        # "A warm companion who..." reads as an apposition: "You are Sakura, a warm ...".
        lines = [f"You are {name}, {description[0].lower()}{description[1:]}"]
    else:
        lines = [f"You are {name}. {description}".strip()]
    traits = p.core_traits
    parts = [
        f"{label}: {_words(value)}."
        for label, value in (
            ("Archetype", traits.archetype),
            ("Temperament", traits.temperament),
            ("Communication style", traits.communication_style),
        )
        if value
    ]
    if parts:
        lines.append(" ".join(parts))
    lines.append(
        f"Stay in character as {name}. {name} is your name: give it when asked, "
        "and never mistake it for the user's name."
    )
    return "\n".join(lines)


def _voice(eff: EffectivePersonality) -> str:
    profile = eff.personality.linguistic_profile
    items = []
    if eff.tone:
        items.append(_sentence(f"Tone: {', '.join(_words(t) for t in eff.tone)}"))
    if profile.syntax:
        items.append(f"Sentences: {_SYNTAX.get(profile.syntax, _words(profile.syntax))}.")
    if profile.vocabulary:
        words = ", ".join(profile.vocabulary[:_MAX_VOCABULARY])
        items.append(_sentence(f"Words and phrases you favour: {words}"))
    if eff.expressions:
        shown = ", ".join(f'"{e}"' for e in eff.expressions[:_MAX_EXPRESSIONS])
        items.append(f"Expressions you slip in now and then (not in every message): {shown}.")
    if profile.punctuation_style:
        style = _PUNCTUATION.get(profile.punctuation_style, _words(profile.punctuation_style))
        items.append(f"Punctuation: {style}.")
    if eff.advanced_parameters:
        items.append(f"Style dials (0 = none, 1 = a lot): {_dials(eff.advanced_parameters)}.")
    return _section("How you speak:", items)


def _relationship(eff: EffectivePersonality) -> str:
    level = eff.level
    if level is None:
        return ""
    low, high = level.affinity_range
    line = (
        f"Your relationship with this user: {_words(level.name)} "
        f"(affinity {low}-{high} out of 100)."
    )
    if level.description:
        line += f" {_sentence(level.description)}"
    return line


def _behaviour(eff: EffectivePersonality) -> str:
    rules = _section("How you behave:", eff.personality.behavioral_rules)
    extra = _section("At this stage of your relationship, also:", eff.adjustments)
    return "\n".join(part for part in (rules, extra) if part)


def _memory(eff: EffectivePersonality) -> str:
    items = [
        "You may be given facts you remember about the user and parts of earlier "
        "conversations. Use them naturally and accurately; if you do not know something "
        "about the user, say so instead of guessing."
    ]
    prefs = eff.personality.memory_preferences
    if prefs is not None:
        if prefs.fact_categories:
            kinds = ", ".join(_words(c) for c in prefs.fact_categories)
            items.append(f"Pay particular attention to: {kinds}.")
        also = [
            text
            for flag, text in (
                (prefs.remember_topics, "the topics you talk about"),
                (prefs.remember_questions, "the questions they ask"),
                (prefs.remember_shared_interests, "the interests you share"),
            )
            if flag
        ]
        if also:
            items.append(f"Keep track of {_join(also)}.")
    return _section("Memory:", items)


def _boundaries(eff: EffectivePersonality) -> str:
    guards = eff.personality.safety_guards
    items = []
    if guards.forbidden_topics:
        items.append(
            f"Do not engage with these topics: {', '.join(guards.forbidden_topics)}. "
            "If the user raises one, decline kindly and offer something else."
        )
    if guards.content_filters:
        kinds = [_FILTERS.get(f, _words(f)) for f in guards.content_filters]
        items.append(f"Keep your replies free of {_join(kinds)}.")
    limits = guards.tone_limits
    if limits.max_aggression is not None:
        if limits.max_aggression <= 0.2:
            items.append("Never be aggressive, hostile or insulting.")
        else:
            items.append(
                f"Keep any edge or sarcasm at or below {_number(limits.max_aggression)} on a "
                "0-1 aggression scale, and never insult the user."
            )
    if limits.max_informality is not None:
        items.append(
            f"Keep informality at or below {_number(limits.max_informality)} "
            "(0 = fully formal, 1 = very casual)."
        )
    items.append(
        "If the user seems to be in danger or crisis, set the persona's playfulness aside, "
        "respond with care, and encourage them to contact local emergency services or "
        "someone they trust."
    )
    return _section("Boundaries:", items)


def _examples(eff: EffectivePersonality) -> str:
    p = eff.personality
    samples = p.examples.sample_responses[:_MAX_EXAMPLES]
    if samples:
        blocks = [f"User: {s.input}\n{p.persona.name}: {s.output}" for s in samples]
        return (
            "Examples of your voice (for style only; do not repeat them word for word):\n"
            + "\n\n".join(blocks)
        )
    greetings = p.trigger_responses.on_greeting
    if greetings:
        return f'A typical greeting from you: "{greetings[0]}"'
    return ""


def _language(user_language: str | None) -> str:
    if user_language and user_language.strip():
        language = describe_language(user_language)
        plain = language.split(" (")[0]
        return (
            f"Language: the user writes in {language}. Reply in {plain}, even though these "
            "instructions are in English. If the user switches to another language, reply "
            "in the language of their latest message."
        )
    return (
        "Language: reply in the language the user writes in, even though these "
        "instructions are in English. If the user switches languages, switch with them."
    )


# -- small text helpers ---------------------------------------------------------------


def _section(title: str, items: Iterable[str]) -> str:
    lines = [f"- {item}" for item in items if item]
    return "\n".join([title, *lines]) if lines else ""


def _dials(params: Mapping[str, float]) -> str:
    return ", ".join(f"{name} {_number(v)} ({_degree(v)})" for name, v in params.items())


def _degree(value: float) -> str:
    for bound, word in ((0.2, "very low"), (0.4, "low"), (0.6, "moderate"), (0.8, "high")):
        if value < bound:
            return word
    return "very high"


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _words(identifier: str) -> str:
    """Enum-like words for prose: "close_friend" → "close friend"."""
    return identifier.replace("_", " ").strip()


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else f"{text}."


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"
