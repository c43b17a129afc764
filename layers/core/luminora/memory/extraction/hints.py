"""Literal words a regex match must contain, so a rule can be skipped without running it.

`required_literals(r"\\b(?:live|reside)\\s+in\\s+")` is {"live", "reside"}: any match holds
one of them, so a sentence holding none cannot match. The analysis is conservative: it
skips elements it cannot read (classes, optional parts) and returns None (no shortcut) when
no element every match needs is a plain word or a choice of words.
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


def _quantifier_end(p: str, i: int) -> tuple[int, bool]:
    """Where the quantifier at `i` (if any) ends, and whether it makes its element optional."""
    if i >= len(p) or p[i] not in "?*+{":
        return i, False
    if p[i] == "{":
        close = p.index("}", i)
        optional = p[i + 1 : close].split(",")[0].strip() in ("", "0")
        end = close + 1
    else:
        optional = p[i] in "?*"
        end = i + 1
    if end < len(p) and p[end] in "?+":  # lazy or possessive
        end += 1
    return end, optional


def _group_literals(inner: str) -> frozenset[str] | None:
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


def required_literals(p: str) -> frozenset[str] | None:
    """Words one of which every match of `p` contains, or None when unknown.

    The pattern is read element by element; the first element every match must contain
    and whose words are known gives the answer ("(?P<v>\\d+)\\s+years" gives {"years"}).
    """
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
    while i < len(p):
        c = p[i]
        if p.startswith(_ZERO_WIDTH, i):  # lookarounds match no text
            i = _group_end(p, i) + 1
            continue
        if c in "^$":
            i += 1
            continue
        if c == "\\":
            if p[i + 1 : i + 2] in ("b", "B", "A", "Z"):
                i += 2
                continue
            i, _ = _quantifier_end(p, i + 2)
            continue
        if c == "[":
            close = i + 2 if p[i + 1 : i + 2] == "]" else i + 1
            while p[close] != "]":
                close += 2 if p[close] == "\\" else 1
            i, _ = _quantifier_end(p, close + 1)
            continue
        if c == ".":
            i, _ = _quantifier_end(p, i + 1)
            continue
        if c == "(":
            end = _group_end(p, i)
            after, optional = _quantifier_end(p, end + 1)
            literals = None if optional else _group_literals(p[i + 1 : end])
            if literals:
                return literals
            i = after
            continue
        j = i
        while j < len(p) and p[j] not in _META:
            j += 1
        if j == i:
            return None  # a character this reader does not know: no shortcut
        literal = p[i:j]
        if j < len(p) and p[j] in "?*{":
            literal = literal[:-1]  # the last character is optional
        if len(literal) >= 2 and literal.strip() == literal:
            return frozenset({literal})
        i, _ = _quantifier_end(p, j)
    return None
