"""Who is asking: tenant and user, taken only from verified token claims."""

from __future__ import annotations

import re
from dataclasses import dataclass

from luminora.models.errors import UnauthorizedError

# Ids become parts of storage keys ("T#{tenant}#U#{user}"), so '#' and control characters
# must never appear in them; any other character (accents, apostrophes, spaces) is fine.
_ID_PATTERN = re.compile(r"^[^#\x00-\x1f\x7f]{1,128}$")


@dataclass(frozen=True, slots=True)
class Principal:
    """The verified caller. Every stored key starts with these two values."""

    tenant: str
    user: str

    def __post_init__(self) -> None:
        for label, value in (("tenant", self.tenant), ("user", self.user)):
            if (
                not isinstance(value, str)
                or not _ID_PATTERN.match(value)
                or value != value.strip()
                or not _utf8(value)
            ):
                raise UnauthorizedError(f"the token's {label} claim is not a usable id")


def _utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate cannot be stored
        return False
    return True
