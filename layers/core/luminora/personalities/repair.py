"""Lenient validation that drops what it cannot read instead of refusing the whole document.

A personality with one odd value (`"humor": "lots"`) should still load: validate, remove
every value pydantic complains about (or, for a missing required value, its container),
and try again. Only the locations the caller calls essential make the document unusable.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

if TYPE_CHECKING:
    from collections.abc import Collection

__all__ = ["Loc", "validate_repairing"]

Loc = tuple[str | int, ...]
_Model = TypeVar("_Model", bound=BaseModel)

# Each pass removes at least one value, so this only guards against a pathological loop.
_MAX_PASSES = 20


def validate_repairing(
    model: type[_Model], data: Any, *, essential: Collection[Loc]
) -> tuple[_Model, ValidationError | None]:
    """Validate `data`, dropping unreadable values until it validates.

    Returns:
        The model, and the first validation error (None when nothing was dropped); that
        error's locations refer to `data` as given, so callers can report them.

    Raises:
        ValidationError: `data` is not a mapping, an essential location is unusable, or
            nothing more can be dropped.
    """
    try:
        return model.model_validate(data), None
    except ValidationError as exc:
        first = exc
    if not isinstance(data, Mapping):
        raise first
    work = copy.deepcopy(dict(data))
    error = first
    for _ in range(_MAX_PASSES):
        targets: set[Loc] = set()
        for err in error.errors(include_url=False):
            loc = tuple(p for p in err["loc"] if p != "[key]")
            # A missing required value makes its container unusable; drop the container.
            target = loc[:-1] if err["type"] == "missing" else loc
            if target in essential:
                raise error
            targets.add(target)
        # Deepest and highest-indexed first, so deleting one item never shifts another.
        deleted = [_delete(work, t) for t in sorted(targets, key=_sort_key, reverse=True)]
        if not any(deleted):
            raise error
        try:
            return model.model_validate(work), first
        except ValidationError as exc:
            error = exc
    raise error


def _sort_key(loc: Loc) -> tuple[tuple[int, str | int], ...]:
    # Mixed str/int tuples do not compare; tag each part with its kind.
    return tuple((0, p) if isinstance(p, str) else (1, p) for p in loc)


def _delete(data: Any, loc: Loc) -> bool:
    """Remove the value at `loc` from nested dicts/lists; False when there is nothing there."""
    if not loc:
        return False
    node = data
    for part in loc[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    last = loc[-1]
    if isinstance(node, dict) and last in node:
        del node[last]
        return True
    if isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        del node[last]
        return True
    return False
