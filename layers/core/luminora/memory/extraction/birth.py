"""Where and when the user was born, said together: "nací en Sevilla el 3 de mayo".

After a "born" trigger the place and the date come in either order ("born in Leeds on
3 May", "born on 3 May in Leeds", "geboren am 3. Mai in Köln"); each one read gives its
fact: the place the hometown, the date the birthday.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from luminora.memory.extraction.engine import Found, Match
from luminora.memory.extraction.places import read_place
from luminora.memory.extraction.readers import date_pattern
from luminora.memory.extraction.values import trim

if TYPE_CHECKING:
    from collections.abc import Callable

_NEVER = re.compile(r"(?!)")
# Between the place and the date: "born in Leeds, on 3 May", "el 3 de mayo de 1990 en ...".
_BETWEEN = re.compile(r"\s*,?\s*(?:(?:(?:de|del|of|in|en|em|di|im)\s+)?(?:19|20)\d\d\b\s*,?\s*)?")


def born(months: str, place_link: str, date_link: str) -> Callable[[Match], list[Found]]:
    """The birthplace and the birth date after a "born" trigger, in either order.

    Args:
        months: the language's month names (folded regex).
        place_link: the prepositions before the place ("in|at").
        date_link: the words before the date that the date reader does not skip ("on").
    """
    place_re = re.compile(rf"(?:{place_link})\s+")
    date_link_re = re.compile(rf"(?:{date_link})\s+")
    date_re = date_pattern(months)

    def read(match: Match) -> list[Found]:
        sent, words = match.sent, match.words
        low, raw = sent.low, sent.raw
        pos = match.start
        out: list[Found] = []
        keys: set[str] = set()
        for _ in range(2):
            pos = _BETWEEN.match(low, pos).end()  # type: ignore[union-attr]
            link = date_link_re.match(low, pos)
            day = date_re.match(low, link.end() if link else pos)
            if day is not None and "birthday" not in keys:
                start, end = day.span("d")
                out.append(Found("birthday", trim(raw[start:end])))
                keys.add("birthday")
                pos = end
                continue
            link = place_re.match(low, pos)
            if link is None or "hometown" in keys:
                break
            value = read_place(sent, words, link.end(), nested=_NEVER)
            end = raw.find(value, link.end()) if value else -1
            if not value or end < 0:
                break
            out.append(Found("hometown", value, 0.85))
            keys.add("hometown")
            pos = end + len(value)
        return out

    return read
