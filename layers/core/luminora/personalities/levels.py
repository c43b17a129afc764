"""Relationship levels (LuminoraCore v1.1): how a personality changes as affinity grows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.models.conversation import AFFINITY_LEVELS
from luminora.models.errors import InvalidInputError
from luminora.personalities.model import PARAMETERS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from luminora.personalities.model import Personality, RelationshipLevel

__all__ = ["NEUTRAL_PARAMETER", "EffectivePersonality", "apply_relationship_level", "select_level"]

# A level may shift a dial the personality never set; it then starts from the middle.
NEUTRAL_PARAMETER = 0.5

_STANDARD = {name: (low, high) for name, low, high in AFFINITY_LEVELS}


@dataclass(frozen=True, slots=True)
class EffectivePersonality:
    """A personality as it behaves at one relationship level.

    Without relationship levels (or none covering the requested level) `level` is None and
    every field equals the personality's own values.
    """

    personality: Personality
    level: RelationshipLevel | None
    advanced_parameters: Mapping[str, float]
    tone: tuple[str, ...]
    expressions: tuple[str, ...]
    behavioral_rules: tuple[str, ...]
    adjustments: tuple[str, ...]
    prompt_prefix: str = ""
    prompt_suffix: str = ""

    @property
    def level_name(self) -> str | None:
        """The applied level's name, or None."""
        return self.level.name if self.level is not None else None

    @property
    def level_description(self) -> str:
        """The applied level's description ("" when none applies)."""
        return self.level.description if self.level is not None else ""


def select_level(personality: Personality, level: str | int) -> RelationshipLevel | None:
    """The personality's level for a level name or a number of affinity points.

    A name matches a level of the same name; one of Luminora's five standard names that
    the personality does not define picks the level containing the middle of that
    standard range; a number picks the level whose affinity range contains it.

    Raises:
        InvalidInputError: points outside 0-100, or a name that is neither standard nor
            defined by the personality.
    """
    levels = personality.relationship_levels
    if isinstance(level, bool) or not isinstance(level, int | str):
        raise InvalidInputError(f"a relationship level is a name or affinity points, not {level!r}")
    if isinstance(level, int):
        if not 0 <= level <= 100:
            raise InvalidInputError(f"affinity points must be 0-100, got {level}")
        points = level
    else:
        key = level.strip().lower()
        for candidate in levels:
            if candidate.name.lower() == key:
                return candidate
        if key not in _STANDARD:
            known = _unique([*(lv.name for lv in levels), *_STANDARD])
            raise InvalidInputError(
                f"unknown relationship level {level!r}; use one of {', '.join(known)} "
                "or affinity points 0-100"
            )
        low, high = _STANDARD[key]
        points = (low + high) // 2
    for candidate in levels:
        if candidate.contains(points):
            return candidate
    return None


def apply_relationship_level(
    personality: Personality, level: str | int = "stranger"
) -> EffectivePersonality:
    """The personality at a relationship level.

    The level's `advanced_parameters` deltas are added to the personality's dials and
    clamped to [0, 1]; its `behavioral_adjustments` are appended to the rules; its tone
    and expression additions extend the linguistic profile; its prompt prefix/suffix and
    description are kept for the compiled prompt. Personalities without levels come back
    unchanged.

    Raises:
        InvalidInputError: see `select_level`.
    """
    chosen = select_level(personality, level)
    base = personality.advanced_parameters.as_dict()
    profile = personality.linguistic_profile
    rules = personality.behavioral_rules
    if chosen is None:
        return EffectivePersonality(
            personality=personality,
            level=None,
            advanced_parameters=base,
            tone=profile.tone,
            expressions=profile.fillers,
            behavioral_rules=rules,
            adjustments=(),
        )
    mods = chosen.modifiers
    shifted = dict(base)
    for name, delta in mods.advanced_parameters.as_dict().items():
        value = shifted.get(name, NEUTRAL_PARAMETER) + delta
        # Rounded so 0.1 + 0.2 shows as 0.3 in prompts and compares equal in tests.
        shifted[name] = round(min(1.0, max(0.0, value)), 3)
    params = {name: shifted[name] for name in PARAMETERS if name in shifted}
    adjustments = mods.behavioral_adjustments
    return EffectivePersonality(
        personality=personality,
        level=chosen,
        advanced_parameters=params,
        tone=_unique([*profile.tone, *mods.linguistic_profile.tone_additions]),
        expressions=_unique([*profile.fillers, *mods.linguistic_profile.expression_additions]),
        behavioral_rules=_unique([*rules, *adjustments]),
        adjustments=adjustments,
        prompt_prefix=mods.system_prompt_additions.prefix,
        prompt_suffix=mods.system_prompt_additions.suffix,
    )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
