"""Our strict v1.0 validation agrees with the `jsonschema` library on personality.schema.json.

jsonschema reports `required` and `additionalProperties` at the parent object; we report
them at the property itself (`$.persona.name`, `$.hierarchical_config`), which is more
precise. `normalized_paths` maps jsonschema's errors to that convention; everything else
is compared path for path.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Any

import pytest
from personality_cases import ALL_FIXTURES

from luminora.personalities import validate_personality

if TYPE_CHECKING:
    from collections.abc import Callable

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test-only dependency")

_REQUIRED = re.compile(r"'(.+)' is a required property")


def normalized_paths(instance: Any, schema: dict[str, Any]) -> set[str]:
    """jsonschema's error paths, with required/extra properties named at the property."""
    paths: set[str] = set()
    for error in jsonschema.Draft7Validator(schema).iter_errors(instance):
        base = error.json_path
        if error.validator == "required":
            match = _REQUIRED.match(error.message)
            assert match, error.message
            paths.add(f"{base}.{match.group(1)}")
        elif error.validator == "additionalProperties":
            allowed = set(error.schema.get("properties", {}))
            paths.update(f"{base}.{key}" for key in error.instance if key not in allowed)
        else:
            paths.add(base)
    return paths


def our_paths(instance: Any) -> set[str]:
    return {p.path for p in validate_personality(instance, schema="v1.0")}


def test_fixtures_have_the_same_invalid_files_and_paths_as_jsonschema(
    fixture_data: Callable[[str], dict[str, Any]], upstream_schema: dict[str, Any]
) -> None:
    theirs = {stem: normalized_paths(fixture_data(stem), upstream_schema) for stem in ALL_FIXTURES}
    ours = {stem: our_paths(fixture_data(stem)) for stem in ALL_FIXTURES}

    assert {s for s, p in ours.items() if p} == {s for s, p in theirs.items() if p}
    assert ours == theirs


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        del node[int(last) if isinstance(node, list) else last]

    return mutate


# One break of each schema rule, applied to a valid fixture (dr_luna).
MUTATIONS: dict[str, list[Callable[[dict[str, Any]], None]]] = {
    "required-name": [_delete("persona.name")],
    "required-block": [_delete("core_traits")],
    "version-pattern": [_set("persona.version", "1.0")],
    "tags-unique": [_set("persona.tags", ["science", "science"])],
    "tag-too-long": [_set("persona.tags", ["x" * 51])],
    "compatibility-empty": [_set("persona.compatibility", [])],
    "compatibility-enum": [_set("persona.compatibility", ["openai", "skynet"])],
    "language-enum": [_set("persona.language", "xx")],
    "persona-extra": [_set("persona.tagline", "hello")],
    "persona-type": [_set("persona", "Dr. Luna")],
    "name-type": [_set("persona.name", 42)],
    "description-too-long": [_set("persona.description", "d" * 501)],
    "archetype-enum": [_set("core_traits.archetype", "wizard")],
    "tone-empty": [_set("linguistic_profile.tone", [])],
    "tone-unique": [_set("linguistic_profile.tone", ["warm", "warm"])],
    "syntax-enum": [_set("linguistic_profile.syntax", "baroque")],
    "vocabulary-empty-word": [_set("linguistic_profile.vocabulary", ["ok", ""])],
    "fillers-unique": [_set("linguistic_profile.fillers", ["wow!", "wow!"])],
    "rules-empty": [_set("behavioral_rules", [])],
    "rules-type": [_set("behavioral_rules", "be nice")],
    "rule-too-long": [_set("behavioral_rules.0", "r" * 201)],
    "confusion-too-short": [_set("trigger_responses.on_confusion", ["huh?"])],
    "trigger-extra": [_set("trigger_responses.on_hello", ["Hello there"])],
    "dial-too-high": [_set("advanced_parameters.humor", 1.5)],
    "dial-negative": [_set("advanced_parameters.humor", -0.1)],
    "dial-string": [_set("advanced_parameters.humor", "0.5")],
    "dial-bool": [_set("advanced_parameters.humor", True)],
    "dial-null": [_set("advanced_parameters.humor", None)],
    "dial-extra": [_set("advanced_parameters.sarcasm", 0.5)],
    "tone-limit-extra": [_set("safety_guards.tone_limits.max_rage", 0.1)],
    "content-filter-enum": [_set("safety_guards.content_filters", ["gore"])],
    "forbidden-unique": [_set("safety_guards.forbidden_topics", ["a", "a"])],
    "samples-empty": [_set("examples.sample_responses", [])],
    "sample-missing-output": [_delete("examples.sample_responses.0.output")],
    "sample-input-short": [_set("examples.sample_responses.0.input", "hi")],
    "sample-context-long": [_set("examples.sample_responses.0.context", "c" * 201)],
    "rating-range": [_set("metadata.rating", 6)],
    "downloads-negative": [_set("metadata.downloads", -1)],
    "downloads-fraction": [_set("metadata.downloads", 1.5)],
    "downloads-integral-float-is-fine": [_set("metadata.downloads", 3.0)],
    "license-enum": [_set("metadata.license", "BSD")],
    "top-level-extra": [_set("hierarchical_config", {"enabled": True})],
    "several-at-once": [
        _delete("persona.author"),
        _set("core_traits.temperament", "sleepy"),
        _set("linguistic_profile.tone", ["warm", "grumpy"]),
        _set("advanced_parameters.empathy", 2),
        _set("x_custom", 1),
    ],
}


@pytest.mark.parametrize("case", sorted(MUTATIONS))
def test_each_schema_rule_is_reported_at_the_same_path_as_jsonschema(
    case: str,
    fixture_data: Callable[[str], dict[str, Any]],
    upstream_schema: dict[str, Any],
) -> None:
    data = fixture_data("dr_luna")
    for mutate in MUTATIONS[case]:
        mutate(data)

    assert our_paths(data) == normalized_paths(data, upstream_schema)


@pytest.mark.parametrize("top", [[], "text", 3, None], ids=["array", "string", "number", "null"])
def test_a_non_object_document_is_reported_at_the_root_like_jsonschema(
    top: Any, upstream_schema: dict[str, Any]
) -> None:
    assert our_paths(copy.deepcopy(top)) == normalized_paths(top, upstream_schema) == {"$"}
