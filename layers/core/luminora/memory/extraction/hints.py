"""Literal words a regex match must contain, so a rule can be skipped without running it.

`required_literals(r"\\b(?:live|reside)\\s+in\\s+")` is {"live", "reside"}: any match holds
one of them, so a sentence holding none cannot match. The analysis is conservative: when a
pattern's start is not a plain word (or a choice of words) it returns None (no shortcut).
"""

from __future__ import annotations

_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!")
_META = set("\\()[]{}|?*+.^$")


def _group_end(p: str, start: int) -> int:
    """Index of the ")" closing the group that opens at `start`."""
    depth = 0
    i = start
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = p.index("]", i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced pattern")


def _alternatives(p: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = p.index("]", i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(p[start:i])
            start = i + 1
        i += 1
    parts.append(p[start:])
    return parts


def required_literals(p: str) -> frozenset[str] | None:
    """Words one of which every match of `p` contains, or None when unknown."""
    alternatives = _alternatives(p)
    if len(alternatives) > 1:  # "a|b" at the top level: a word of either
        either: set[str] = set()
        for alternative in alternatives:
            literals = required_literals(alternative)
            if literals is None:
                return None
            either |= literals
        return frozenset(either)
    i = 0
    while True:  # skip zero-width assertions at the start
        if p.startswith(("\\b", "^"), i):
            i += 2 if p.startswith("\\b", i) else 1
        elif p.startswith(_ZERO_WIDTH, i):
            i = _group_end(p, i) + 1
        else:
            break
    if i >= len(p):
        return None
    if p[i] == "(":
        end = _group_end(p, i)
        if end + 1 < len(p) and p[end + 1] in "?*{":
            return None  # an optional group proves nothing
        inner = p[i + 1 : end]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1 :]
        elif inner.startswith("?"):
            return None
        found: set[str] = set()
        for alternative in _alternatives(inner):
            literals = required_literals(alternative)
            if literals is None:
                return None
            found |= literals
        return frozenset(found)
    j = i
    while j < len(p) and p[j] not in _META:
        j += 1
    literal = p[i:j]
    if j < len(p) and p[j] in "?*{":
        literal = literal[:-1]  # the last character is optional
    return frozenset({literal}) if len(literal) >= 2 and literal.strip() == literal else None
