"""Key layout shared by backends: every key starts with tenant and user.

`T#{tenant}#U#{user}` holds the user's facts, affinity, session list and episodes;
`T#{tenant}#U#{user}#S#{session}` holds one session's messages and stored turns.
"""

from __future__ import annotations

import base64
import binascii
import re

from luminora.models.errors import InvalidInputError
from luminora.models.principal import Principal

SESSION_PREFIX = "SESS#"
FACT_PREFIX = "FACT#"
AFFINITY_PREFIX = "AFF#"
EPISODE_PREFIX = "EPI#"
MESSAGE_PREFIX = "MSG#"
TURN_PREFIX = "TURN#"
DONE_PREFIX = "DONE#"
QUOTA_PREFIX = "QUOTA#"
_MESSAGE_ID = re.compile(r"^[0-9A-Z]{26}-[0-9]{1,3}$")


def user_pk(principal: Principal) -> str:
    """Partition of the user's own items."""
    return f"T#{principal.tenant}#U#{principal.user}"


def principal_of_partition(pk: str) -> Principal:
    """The principal a partition key belongs to (`T#{tenant}#U#{user}[#S#{session}]`)."""
    parts = pk.split("#")
    if len(parts) < 4 or parts[0] != "T" or parts[2] != "U":
        raise InvalidInputError("not a Luminora partition key")
    return Principal(tenant=parts[1], user=parts[3])


def session_of_partition(pk: str) -> str | None:
    """The session id in a session partition key, or None for a user partition."""
    parts = pk.split("#")
    return parts[5] if len(parts) >= 6 and parts[4] == "S" else None


def session_pk(principal: Principal, session_id: str) -> str:
    """Partition of one session's messages and stored turns."""
    return f"{user_pk(principal)}#S#{session_id}"


def message_id(turn_id: str, seq: int) -> str:
    """A message's id; it sorts by turn (a ULID, so by time) and position in the turn."""
    return f"{turn_id}-{seq}"


def encode_cursor(last_message_id: str) -> str:
    """An opaque pagination cursor: the page continues after this message."""
    return base64.urlsafe_b64encode(last_message_id.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    """The message id a cursor stands for; a clear 400 when it was not made by us."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        decoded = base64.urlsafe_b64decode(padded.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InvalidInputError("cursor is not valid") from exc
    if not _MESSAGE_ID.match(decoded):
        raise InvalidInputError("cursor is not valid")
    return decoded
