"""LuminoraCore personalities: strict and lenient loading, validation, levels, system prompts.

- `load_personality` reads a file, JSON text or mapping; strict mode refuses a personality
  that breaks the format, lenient mode (the default) loads it and lists the problems as
  warnings.
- The strict format is LuminoraCore's v1.0 `personality.schema.json` plus the v1.1 blocks
  `hierarchical_config`, `affinity_config` and `memory_preferences` (each validated by its
  own model); any other top-level property is a problem. `schema="v1.0"` applies the
  upstream schema alone, so v1.1 blocks are reported too.
- `apply_relationship_level` and `compile_system_prompt` adapt a personality to the
  user's relationship level; `PersonalityRegistry` serves bundled personalities (sakura,
  kenji, aurora) plus extra directories, with cached prompts.
- `validate_files` / `format_reports` back `luminora personality validate FILE...`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from luminora.personalities.compiler import compile_system_prompt, describe_language
from luminora.personalities.levels import (
    EffectivePersonality,
    apply_relationship_level,
    select_level,
)
from luminora.personalities.loader import LoadedPersonality, load_personality, slugify
from luminora.personalities.model import (
    AdvancedParameters,
    HierarchicalConfig,
    Personality,
    RelationshipLevel,
)
from luminora.personalities.problems import (
    PersonalityJSONError,
    PersonalityValidationError,
    SchemaProblem,
)
from luminora.personalities.registry import BUNDLED_DIR, PersonalityRegistry, address_names

if TYPE_CHECKING:
    from luminora.personalities.schema import (
        V11_BLOCKS,
        SchemaVersion,
        StrictPersonalityV10,
        StrictPersonalityV11,
        validate_personality,
    )
    from luminora.personalities.validate import (
        FileReport,
        format_reports,
        reports_summary,
        validate_files,
    )

# The strict models and the validation report are needed by `validate` and strict
# loading, not by a chat turn; importing them on first use keeps Lambda cold starts short.
_LAZY = {
    "V11_BLOCKS": "luminora.personalities.schema",
    "SchemaVersion": "luminora.personalities.schema",
    "StrictPersonalityV10": "luminora.personalities.schema",
    "StrictPersonalityV11": "luminora.personalities.schema",
    "validate_personality": "luminora.personalities.schema",
    "FileReport": "luminora.personalities.validate",
    "format_reports": "luminora.personalities.validate",
    "reports_summary": "luminora.personalities.validate",
    "validate_files": "luminora.personalities.validate",
}


def __getattr__(name: str) -> Any:
    """Import the strict-validation names on first access (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "BUNDLED_DIR",
    "V11_BLOCKS",
    "AdvancedParameters",
    "EffectivePersonality",
    "FileReport",
    "HierarchicalConfig",
    "LoadedPersonality",
    "Personality",
    "PersonalityJSONError",
    "PersonalityRegistry",
    "PersonalityValidationError",
    "RelationshipLevel",
    "SchemaProblem",
    "SchemaVersion",
    "StrictPersonalityV10",
    "StrictPersonalityV11",
    "address_names",
    "apply_relationship_level",
    "compile_system_prompt",
    "describe_language",
    "format_reports",
    "load_personality",
    "reports_summary",
    "select_level",
    "slugify",
    "validate_files",
    "validate_personality",
]
