"""The lenient, normalized personality model that the rest of Luminora uses.

It loads anything reasonable: enum words outside the upstream lists are kept as plain
strings, unknown properties are ignored, missing optional parts get defaults, a single
string where a list belongs becomes a one-item list, dials outside [0, 1] are clamped, and
`behavioral_rules` written as `{"always_do": [...], "never_do": [...]}` (an upstream
variant) is flattened. Only `persona.name` is required. What breaks the strict format is
reported separately (`schema.validate_personality`), so leniency never hides a problem.

Models are frozen because one loaded personality is shared by every request of a process.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticUseDefault

from luminora.models.conversation import AFFINITY_LEVELS
from luminora.personalities.repair import validate_repairing

__all__ = [
    "PARAMETERS",
    "AdvancedParameters",
    "AffinityConfig",
    "CoreTraits",
    "Examples",
    "HierarchicalConfig",
    "LevelModifiers",
    "LinguisticModifiers",
    "LinguisticProfile",
    "MemoryPreferences",
    "Metadata",
    "ParameterDeltas",
    "Persona",
    "Personality",
    "PromptAdditions",
    "RelationshipLevel",
    "SafetyGuards",
    "SampleResponse",
    "ToneLimits",
    "TriggerResponses",
]

# The style dials of `advanced_parameters`, in the order prompts show them.
PARAMETERS: tuple[str, ...] = (
    "verbosity", "formality", "humor", "empathy", "creativity", "directness",
)  # fmt: skip

_STANDARD_RANGES = {name: (low, high) for name, low, high in AFFINITY_LEVELS}
# A relationship level is unusable without these.
_LEVEL_ESSENTIAL = {(), ("name",), ("affinity_range",)}


def _text(value: Any) -> Any:
    """Strings are stripped; numbers become text; anything else is left for pydantic to refuse."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _texts(value: Any) -> Any:
    """A list of non-empty strings, without repeats; one string counts as a one-item list."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, list | tuple):
        return value
    out: list[str] = []
    for item in value:
        text = _text(item)
        if isinstance(text, str) and text and text not in out:
            out.append(text)
    return tuple(out)


def _rules(value: Any) -> Any:
    """`behavioral_rules`: a list, or upstream's `{"always_do": [...], "never_do": [...]}`."""
    if isinstance(value, Mapping):
        flat: list[str] = []
        for key, items in value.items():
            texts = _texts(items)
            if not isinstance(texts, tuple):
                continue
            flat.extend(f"Never: {t}" if str(key).startswith("never") else t for t in texts)
        return _texts(flat)
    return _texts(value)


def _clamped(low: float, high: float) -> Any:
    def clamp(value: Any) -> Any:
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return min(high, max(low, float(value)))
        return value

    return clamp


def _mapping_or_default(value: Any) -> Any:
    """A block of the wrong JSON type (say a list where an object belongs) is skipped."""
    if value is not None and not isinstance(value, Mapping | BaseModel):
        raise PydanticUseDefault()
    return value


Text = Annotated[str, BeforeValidator(_text)]
RequiredText = Annotated[str, BeforeValidator(_text), Field(min_length=1)]
Texts = Annotated[tuple[str, ...], BeforeValidator(_texts)]
Rules = Annotated[tuple[str, ...], BeforeValidator(_rules)]
UnitFloat = Annotated[float, BeforeValidator(_clamped(0.0, 1.0))]
DeltaFloat = Annotated[float, BeforeValidator(_clamped(-1.0, 1.0))]


class _Lenient(BaseModel):
    """Unknown properties ignored; `null` means "use the default"; immutable once loaded."""

    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    @field_validator("*", mode="before")
    @classmethod
    def _null_is_default(cls, value: Any) -> Any:
        if value is None:
            raise PydanticUseDefault()
        return value


class Persona(_Lenient):
    """Who the personality is."""

    name: RequiredText
    version: Text = "1.0.0"
    description: Text = ""
    author: Text = ""
    tags: Texts = ()
    language: Text = "en"
    compatibility: Texts = ()

    @field_validator("language")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower() or "en"


class CoreTraits(_Lenient):
    """Archetype, temperament and communication style (any words)."""

    archetype: Text = ""
    temperament: Text = ""
    communication_style: Text = ""


class LinguisticProfile(_Lenient):
    """How the personality speaks."""

    tone: Texts = ()
    syntax: Text = ""
    vocabulary: Texts = ()
    fillers: Texts = ()
    punctuation_style: Text = ""


class TriggerResponses(_Lenient):
    """Canned lines for greetings, confusion, success, errors and goodbyes."""

    on_greeting: Texts = ()
    on_confusion: Texts = ()
    on_success: Texts = ()
    on_error: Texts = ()
    on_goodbye: Texts = ()


class AdvancedParameters(_Lenient):
    """Style dials in [0, 1]; None when the personality does not set one."""

    verbosity: UnitFloat | None = None
    formality: UnitFloat | None = None
    humor: UnitFloat | None = None
    empathy: UnitFloat | None = None
    creativity: UnitFloat | None = None
    directness: UnitFloat | None = None

    def as_dict(self) -> dict[str, float]:
        """The dials that are set, in `PARAMETERS` order."""
        values = {name: getattr(self, name) for name in PARAMETERS}
        return {name: value for name, value in values.items() if value is not None}


class ToneLimits(_Lenient):
    """Upper bounds on aggression and informality, in [0, 1]."""

    max_aggression: UnitFloat | None = None
    max_informality: UnitFloat | None = None


class SafetyGuards(_Lenient):
    """Topics to avoid, tone limits and content filters."""

    forbidden_topics: Texts = ()
    tone_limits: Annotated[ToneLimits, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=ToneLimits
    )
    content_filters: Texts = ()


class SampleResponse(_Lenient):
    """One example exchange."""

    input: RequiredText
    output: RequiredText
    context: Text = ""


class Examples(_Lenient):
    """Example interactions."""

    # An unusable example (no input or output) is dropped by the loader's repair pass.
    sample_responses: tuple[SampleResponse, ...] = ()


class Metadata(_Lenient):
    """Bookkeeping from the file (never used for behaviour)."""

    created_at: Text | None = None
    updated_at: Text | None = None
    downloads: int | None = None
    rating: float | None = None
    license: Text | None = None


class ParameterDeltas(_Lenient):
    """Changes to the style dials at a relationship level, each clamped to [-1, 1]."""

    verbosity: DeltaFloat | None = None
    formality: DeltaFloat | None = None
    humor: DeltaFloat | None = None
    empathy: DeltaFloat | None = None
    creativity: DeltaFloat | None = None
    directness: DeltaFloat | None = None

    def as_dict(self) -> dict[str, float]:
        """The deltas that are set, in `PARAMETERS` order."""
        values = {name: getattr(self, name) for name in PARAMETERS}
        return {name: value for name, value in values.items() if value is not None}


class LinguisticModifiers(_Lenient):
    """Tones and expressions added at a relationship level."""

    tone_additions: Texts = ()
    expression_additions: Texts = ()


class PromptAdditions(_Lenient):
    """Text put before/after the system prompt at a relationship level."""

    prefix: Text = ""
    suffix: Text = ""


class LevelModifiers(_Lenient):
    """What changes at a relationship level."""

    advanced_parameters: Annotated[ParameterDeltas, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=ParameterDeltas
    )
    behavioral_adjustments: Texts = ()
    linguistic_profile: Annotated[LinguisticModifiers, BeforeValidator(_mapping_or_default)] = (
        Field(default_factory=LinguisticModifiers)
    )
    system_prompt_additions: Annotated[PromptAdditions, BeforeValidator(_mapping_or_default)] = (
        Field(default_factory=PromptAdditions)
    )


def _affinity_range(value: Any) -> Any:
    """Two points in [0, 100], low first (a reversed pair is put in order)."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return value
    try:
        low, high = (min(100, max(0, round(float(v)))) for v in value)
    except (TypeError, ValueError):
        return value
    return (min(low, high), max(low, high))


class RelationshipLevel(_Lenient):
    """One relationship level: a name, the affinity points it covers, and its modifiers."""

    name: RequiredText
    affinity_range: Annotated[tuple[int, int], BeforeValidator(_affinity_range)]
    description: Text = ""
    modifiers: Annotated[LevelModifiers, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=LevelModifiers
    )

    @model_validator(mode="before")
    @classmethod
    def _standard_range(cls, data: Any) -> Any:
        # A level named like one of Luminora's five levels may leave its range out.
        if isinstance(data, Mapping) and data.get("affinity_range") is None:
            standard = _STANDARD_RANGES.get(str(data.get("name", "")).strip())
            if standard is not None:
                return {**data, "affinity_range": standard}
        return data

    def contains(self, points: int) -> bool:
        """True when `points` fall inside this level's affinity range."""
        low, high = self.affinity_range
        return low <= points <= high


def _level_list(value: Any) -> Any:
    """Keep the levels that can be understood; a broken one does not sink the others."""
    if not isinstance(value, list | tuple):
        return value
    kept: list[RelationshipLevel] = []
    for item in value:
        try:
            level, _ = validate_repairing(RelationshipLevel, item, essential=_LEVEL_ESSENTIAL)
        except ValidationError:
            continue  # no usable name or range: the strict check reports it
        kept.append(level)
    return tuple(kept)


class HierarchicalConfig(_Lenient):
    """Relationship levels that adapt the personality as affinity grows."""

    enabled: bool = True
    description: Text = ""
    relationship_levels: Annotated[tuple[RelationshipLevel, ...], BeforeValidator(_level_list)] = ()


def _points_by_type(value: Any) -> Any:
    if not isinstance(value, Mapping):
        return value
    out: dict[str, int] = {}
    for key, points in value.items():
        if isinstance(points, int | float) and not isinstance(points, bool):
            out[str(key)] = max(-100, min(100, round(points)))
    return out


class AffinityConfig(_Lenient):
    """Affinity points earned per kind of interaction (for the affinity module)."""

    interaction_types: Annotated[dict[str, int], BeforeValidator(_points_by_type)] = Field(
        default_factory=dict
    )


class MemoryPreferences(_Lenient):
    """What this personality pays attention to and remembers."""

    fact_categories: Texts = ()
    episode_types: Texts = ()
    importance_threshold: Annotated[float, BeforeValidator(_clamped(0.0, 10.0))] | None = None
    remember_topics: bool = False
    remember_questions: bool = False
    remember_shared_interests: bool = False


class Personality(_Lenient):
    """A loaded personality, normalized: every part present, v1.1 blocks when the file has them."""

    persona: Persona
    core_traits: Annotated[CoreTraits, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=CoreTraits
    )
    linguistic_profile: Annotated[LinguisticProfile, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=LinguisticProfile
    )
    behavioral_rules: Rules = ()
    trigger_responses: Annotated[TriggerResponses, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=TriggerResponses
    )
    advanced_parameters: Annotated[AdvancedParameters, BeforeValidator(_mapping_or_default)] = (
        Field(default_factory=AdvancedParameters)
    )
    safety_guards: Annotated[SafetyGuards, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=SafetyGuards
    )
    examples: Annotated[Examples, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=Examples
    )
    metadata: Annotated[Metadata, BeforeValidator(_mapping_or_default)] = Field(
        default_factory=Metadata
    )
    hierarchical_config: Annotated[
        HierarchicalConfig | None, BeforeValidator(_mapping_or_default)
    ] = None
    affinity_config: Annotated[AffinityConfig | None, BeforeValidator(_mapping_or_default)] = None
    memory_preferences: Annotated[
        MemoryPreferences | None, BeforeValidator(_mapping_or_default)
    ] = None

    @property
    def name(self) -> str:
        """The persona's display name ("Dr. Luna")."""
        return self.persona.name

    @property
    def relationship_levels(self) -> tuple[RelationshipLevel, ...]:
        """The levels in effect: none when the file has no hierarchical config or disables it."""
        config = self.hierarchical_config
        if config is None or not config.enabled:
            return ()
        return config.relationship_levels

    @property
    def has_relationship_levels(self) -> bool:
        """True when relationship levels adapt this personality."""
        return bool(self.relationship_levels)
