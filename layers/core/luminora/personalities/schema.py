"""Strict models of the LuminoraCore personality format: the upstream v1.0 schema, plus v1.1.

`StrictPersonalityV10` mirrors `personality.schema.json` (draft-07) rule for rule: required
properties, enums as `Literal`, string lengths, the version pattern, `uniqueItems`, number
ranges, and `additionalProperties: false` as `extra="forbid"`. JSON types are matched
exactly (`strict=True`, and `null` is refused where the schema names a type), so a file
passes here exactly when it passes the upstream schema. One addition: `format: date-time`
is checked (draft-07 leaves formats optional; an unparseable date is still a mistake).

`StrictPersonalityV11` adds the v1.1 blocks LuminoraCore introduced with relationship
levels (`hierarchical_config`, `affinity_config`, `memory_preferences`), each validated by
its own model; any other top-level property stays an error. The upstream project has no
published schema for these blocks, so their rules are ours, written from its v1.1 code and
`dr_luna_v1_1.json`.

Models use `defer_build=True`: their validators are built on first use, not at import,
because Lambda cold starts import this package but only `validate` needs these models.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)
from pydantic_core import PydanticCustomError

from luminora.personalities.problems import SchemaProblem, show, to_problems

__all__ = [
    "ENUMS",
    "V11_BLOCKS",
    "SchemaVersion",
    "StrictPersonalityV10",
    "StrictPersonalityV11",
    "validate_personality",
]

SchemaVersion = Literal["v1.0", "v1.1"]

Language = Literal["en", "es", "fr", "de", "it", "pt", "zh", "ja", "ko", "ru"]
Provider = Literal["openai", "anthropic", "llama", "mistral", "cohere", "google"]
Archetype = Literal[
    "scientist", "adventurer", "caregiver", "skeptic", "trendy",
    "leader", "motivator", "rebel", "academic", "charming",
]  # fmt: skip
Temperament = Literal["calm", "energetic", "serious", "playful", "mysterious", "direct", "cool"]
CommunicationStyle = Literal[
    "formal", "casual", "technical", "conversational", "poetic", "humorous"
]
Tone = Literal[
    "friendly", "professional", "casual", "formal", "warm", "cool",
    "enthusiastic", "calm", "confident", "humble", "playful", "serious", "curious",
    "connected", "adventurous", "wise", "mysterious", "direct",
]  # fmt: skip
Syntax = Literal["simple", "complex", "varied", "concise", "elaborate"]
PunctuationStyle = Literal["minimal", "moderate", "liberal", "excessive"]
ContentFilter = Literal["profanity", "violence", "adult", "political", "religious"]
License = Literal["MIT", "Apache-2.0", "GPL-3.0", "CC-BY-4.0", "Custom"]

# Allowed words per property name, for messages like "'x' is not one of a, b, c".
ENUMS: dict[str, tuple[str, ...]] = {
    "language": get_args(Language),
    "compatibility": get_args(Provider),
    "archetype": get_args(Archetype),
    "temperament": get_args(Temperament),
    "communication_style": get_args(CommunicationStyle),
    "tone": get_args(Tone),
    "syntax": get_args(Syntax),
    "punctuation_style": get_args(PunctuationStyle),
    "content_filters": get_args(ContentFilter),
    "license": get_args(License),
}

# The top-level blocks of the v1.1 format that this module understands.
V11_BLOCKS: tuple[str, ...] = ("hierarchical_config", "affinity_config", "memory_preferences")

_T = TypeVar("_T")
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})\Z")


def _unique(items: list[_T]) -> list[_T]:
    """`uniqueItems: true`: refuse repeated items, naming them."""
    seen: list[_T] = []
    repeated: list[_T] = []
    for item in items:
        if item in seen and item not in repeated:
            repeated.append(item)
        seen.append(item)
    if repeated:
        raise PydanticCustomError(
            "unique",
            "has repeated items: {repeated}",
            {"repeated": ", ".join(repr(r) for r in repeated)},
        )
    return items


def _date_time(value: str) -> str:
    """`format: date-time` (RFC 3339), e.g. 2024-01-01T00:00:00Z."""
    try:
        ok = bool(_RFC3339.match(value)) and bool(datetime.fromisoformat(value.upper()))
    except ValueError:
        ok = False
    if not ok:
        raise PydanticCustomError(
            "format",
            "{value} is not an RFC 3339 date-time like 2024-01-01T00:00:00Z",
            {"value": show(value)},
        )
    return value


def _integral(value: Any) -> Any:
    """JSON Schema counts 3.0 as an integer; strict pydantic does not, so convert it first."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _ordered_range(bounds: list[int]) -> list[int]:
    if len(bounds) == 2 and bounds[0] > bounds[1]:
        raise PydanticCustomError(
            "range_order",
            "the range [{low}, {high}] is reversed: the first number must not exceed the second",
            {"low": bounds[0], "high": bounds[1]},
        )
    return bounds


UniqueList = Annotated[list[_T], AfterValidator(_unique)]
JsonInt = Annotated[int, BeforeValidator(_integral)]
Unit = Annotated[float, Field(ge=0.0, le=1.0)]
Delta = Annotated[float, Field(ge=-1.0, le=1.0)]
DateTime = Annotated[str, AfterValidator(_date_time)]
Snake = Annotated[str, Field(min_length=1, max_length=50, pattern=r"^[a-z][a-z0-9_]*$")]


# Strings with JSON Schema's minLength/maxLength (both count code points, as len() does).
Str1to50 = Annotated[str, Field(min_length=1, max_length=50)]
Str1to100 = Annotated[str, Field(min_length=1, max_length=100)]
Str1to200 = Annotated[str, Field(min_length=1, max_length=200)]
Str1to500 = Annotated[str, Field(min_length=1, max_length=500)]
Str5to200 = Annotated[str, Field(min_length=5, max_length=200)]
Str10to200 = Annotated[str, Field(min_length=10, max_length=200)]
Str5to500 = Annotated[str, Field(min_length=5, max_length=500)]
Str10to1000 = Annotated[str, Field(min_length=10, max_length=1000)]
StrTo200 = Annotated[str, Field(max_length=200)]
StrTo500 = Annotated[str, Field(max_length=500)]


class _Strict(BaseModel):
    """Exact JSON types, no unknown properties, no `null` where a type is named."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, defer_build=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_null(cls, value: Any) -> Any:
        # Optional properties are typed `X | None = None` so they may be left out, but
        # JSON Schema refuses an explicit null for a typed property; so do we.
        if value is None:
            raise PydanticCustomError("type", "expected a value, got null (leave it out instead)")
        return value


# -- v1.0 (personality.schema.json) -----------------------------------------------------


class StrictPersona(_Strict):
    """`persona`: who the personality is."""

    name: Str1to100
    version: Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")]
    description: Str1to500
    author: Str1to100
    tags: UniqueList[Str1to50] | None = None
    language: Language
    compatibility: Annotated[UniqueList[Provider], Field(min_length=1)]


class StrictCoreTraits(_Strict):
    """`core_traits`: archetype, temperament and communication style."""

    archetype: Archetype
    temperament: Temperament
    communication_style: CommunicationStyle


class StrictLinguisticProfile(_Strict):
    """`linguistic_profile`: how the personality speaks."""

    tone: Annotated[UniqueList[Tone], Field(min_length=1)]
    syntax: Syntax
    vocabulary: list[Str1to100]
    fillers: UniqueList[Str1to50] | None = None
    punctuation_style: PunctuationStyle | None = None


class StrictTriggerResponses(_Strict):
    """`trigger_responses`: canned lines for greetings, confusion, success, errors, goodbyes."""

    on_greeting: list[Str5to200] | None = None
    on_confusion: list[Str10to200] | None = None
    on_success: list[Str5to200] | None = None
    on_error: list[Str10to200] | None = None
    on_goodbye: list[Str5to200] | None = None


class StrictAdvancedParameters(_Strict):
    """`advanced_parameters`: style dials from 0 to 1."""

    verbosity: Unit | None = None
    formality: Unit | None = None
    humor: Unit | None = None
    empathy: Unit | None = None
    creativity: Unit | None = None
    directness: Unit | None = None


class StrictToneLimits(_Strict):
    """`safety_guards.tone_limits`."""

    max_aggression: Unit | None = None
    max_informality: Unit | None = None


class StrictSafetyGuards(_Strict):
    """`safety_guards`: topics to avoid, tone limits, content filters."""

    forbidden_topics: UniqueList[Str1to100] | None = None
    tone_limits: StrictToneLimits | None = None
    content_filters: UniqueList[ContentFilter] | None = None


class StrictSampleResponse(_Strict):
    """One example exchange."""

    input: Str5to500
    output: Str10to1000
    context: StrTo200 | None = None


class StrictExamples(_Strict):
    """`examples`."""

    sample_responses: Annotated[list[StrictSampleResponse], Field(min_length=1)] | None = None


class StrictMetadata(_Strict):
    """`metadata`."""

    created_at: DateTime | None = None
    updated_at: DateTime | None = None
    downloads: Annotated[JsonInt, Field(ge=0)] | None = None
    rating: Annotated[float, Field(ge=0.0, le=5.0)] | None = None
    license: License | None = None


class StrictPersonalityV10(_Strict):
    """A personality exactly as LuminoraCore's v1.0 JSON schema allows it."""

    persona: StrictPersona
    core_traits: StrictCoreTraits
    linguistic_profile: StrictLinguisticProfile
    behavioral_rules: Annotated[list[Str1to200], Field(min_length=1)]
    trigger_responses: StrictTriggerResponses | None = None
    advanced_parameters: StrictAdvancedParameters | None = None
    safety_guards: StrictSafetyGuards | None = None
    examples: StrictExamples | None = None
    metadata: StrictMetadata | None = None


# -- v1.1 extension blocks ---------------------------------------------------------------


class StrictParameterDeltas(_Strict):
    """Changes added to `advanced_parameters` at a relationship level (each in [-1, 1])."""

    verbosity: Delta | None = None
    formality: Delta | None = None
    humor: Delta | None = None
    empathy: Delta | None = None
    creativity: Delta | None = None
    directness: Delta | None = None


class StrictLinguisticModifiers(_Strict):
    """Tones and expressions added at a relationship level (LuminoraCore v1.1 code)."""

    tone_additions: UniqueList[Str1to50] | None = None
    expression_additions: UniqueList[Str1to50] | None = None


class StrictPromptAdditions(_Strict):
    """Text put before/after the system prompt at a relationship level."""

    prefix: StrTo500 | None = None
    suffix: StrTo500 | None = None


class StrictLevelModifiers(_Strict):
    """What changes at a relationship level."""

    advanced_parameters: StrictParameterDeltas | None = None
    behavioral_adjustments: list[Str1to200] | None = None
    linguistic_profile: StrictLinguisticModifiers | None = None
    system_prompt_additions: StrictPromptAdditions | None = None


AffinityPoint = Annotated[JsonInt, Field(ge=0, le=100)]


class StrictRelationshipLevel(_Strict):
    """One relationship level: a name, the affinity points it covers, and its modifiers."""

    name: Snake
    affinity_range: Annotated[
        list[AffinityPoint], Field(min_length=2, max_length=2), AfterValidator(_ordered_range)
    ]
    description: Str1to500
    modifiers: StrictLevelModifiers | None = None


def _distinct_levels(levels: list[StrictRelationshipLevel]) -> list[StrictRelationshipLevel]:
    """Level names are unique and their affinity ranges do not overlap."""
    names = [level.name for level in levels]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise PydanticCustomError(
            "unique", "level names are repeated: {names}", {"names": ", ".join(repeated)}
        )
    spans = sorted((lv.affinity_range[0], lv.affinity_range[1], lv.name) for lv in levels)
    for (_, high, name), (low, _, other) in zip(spans, spans[1:], strict=False):
        if low <= high:
            raise PydanticCustomError(
                "overlap",
                "the affinity ranges of levels {a} and {b} overlap",
                {"a": repr(name), "b": repr(other)},
            )
    return levels


class StrictHierarchicalConfig(_Strict):
    """`hierarchical_config`: relationship levels that adapt the personality to affinity."""

    enabled: bool | None = None
    description: Str1to500 | None = None
    relationship_levels: Annotated[
        list[StrictRelationshipLevel], Field(min_length=1), AfterValidator(_distinct_levels)
    ]


class StrictAffinityConfig(_Strict):
    """`affinity_config`: affinity points earned per kind of interaction."""

    interaction_types: dict[Snake, Annotated[JsonInt, Field(ge=-100, le=100)]] | None = None


class StrictMemoryPreferences(_Strict):
    """`memory_preferences`: what this personality pays attention to and remembers."""

    fact_categories: UniqueList[Snake] | None = None
    episode_types: UniqueList[Snake] | None = None
    importance_threshold: Annotated[float, Field(ge=0.0, le=10.0)] | None = None
    remember_topics: bool | None = None
    remember_questions: bool | None = None
    remember_shared_interests: bool | None = None


class StrictPersonalityV11(StrictPersonalityV10):
    """A v1.0 personality plus the known v1.1 blocks; anything else at the top is an error."""

    hierarchical_config: StrictHierarchicalConfig | None = None
    affinity_config: StrictAffinityConfig | None = None
    memory_preferences: StrictMemoryPreferences | None = None


_MODELS: dict[str, type[_Strict]] = {"v1.0": StrictPersonalityV10, "v1.1": StrictPersonalityV11}
_V10_HINTS = {
    f"$.{block}": "a LuminoraCore v1.1 block, not allowed by the v1.0 schema"
    for block in V11_BLOCKS
}


def validate_personality(data: object, *, schema: SchemaVersion = "v1.1") -> list[SchemaProblem]:
    """Every way `data` (parsed JSON) breaks the strict format; empty when it is valid.

    Args:
        data: the parsed personality JSON.
        schema: "v1.1" (default) accepts the known v1.1 blocks and validates them;
            "v1.0" applies the upstream `personality.schema.json` alone, so v1.1 blocks
            are reported as unknown properties.
    """
    try:
        model = _MODELS[schema]
    except KeyError:
        raise ValueError(f"unknown schema {schema!r}; use 'v1.0' or 'v1.1'") from None
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return to_problems(exc, enums=ENUMS, hints=_V10_HINTS if schema == "v1.0" else None)
    return []
