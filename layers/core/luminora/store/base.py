"""The one storage interface. Every backend (memory, SQLite, DynamoDB) implements it and passes
the same contract suite (tests/contract/test_store_contract.py)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from luminora.models import AffinityState, Episode, Fact, Message, Principal, Session


@dataclass(frozen=True, slots=True)
class QuotaUse:
    """A turn counted against the user's quota window, enforced atomically with its write."""

    window: str
    """The window's id (its start, epoch seconds)."""
    limit: int
    expires_at: int
    """When the window's counter may be dropped (epoch seconds)."""


RECALL_EPISODES = 200
"""How many of the user's latest episodes a turn reads as recall candidates."""


@dataclass(slots=True)
class TurnSnapshot:
    """What a chat turn reads before it answers: one read per backend round trip."""

    session: Session | None
    recent: list[Message]
    """The session's latest messages, oldest first."""
    facts: list[Fact]
    """All of the user's facts, active and inactive (merging needs the history)."""
    affinity: AffinityState
    episodes: list[Episode] | None = None
    """The user's latest episodes (recall candidates), oldest first, when the backend read
    them in the same round trip; None means "ask `list_episodes(latest=...)` if needed"."""
    stored_response: str | None = None
    """The stored response for the turn's idempotency key, when the backend could look it up
    in the same read (otherwise the commit reports the duplicate)."""
    turns_in_window: int = 0
    """Turns the user already took in the asked-for quota window."""


@dataclass(slots=True)
class TurnWrite:
    """Everything one chat turn persists, written atomically."""

    session: Session
    """The session's new state; its `version` is the expected version plus one."""
    messages: list[Message]
    facts: list[Fact]
    """Facts whose state changed this turn (full new state)."""
    affinity: AffinityState
    """The new affinity state; its `version` is the expected version plus one."""
    idempotency_key: str | None = None
    response_json: str | None = None
    message_expires_at: int | None = None
    """Epoch seconds after which the backend may drop the messages (retention), or None."""
    search_terms: dict[str, str] = field(default_factory=dict)
    """Analyzed terms per message id, for backends that keep a text index of messages."""
    quota: QuotaUse | None = None
    """Count this turn in a quota window; the commit fails if the window is full."""

    @property
    def expected_session_version(self) -> int:
        return self.session.version - 1

    @property
    def expected_affinity_version(self) -> int:
        return self.affinity.version - 1


class Store(ABC):
    """Persistence for sessions, messages, facts, affinity, episodes and stored turns.

    Every method takes the principal first: a backend builds each key from the tenant and
    user, so one user's call can never name another user's items.
    """

    @abstractmethod
    def load_turn(
        self,
        principal: Principal,
        session_id: str,
        personality: str,
        *,
        recent_limit: int,
        idempotency_key: str | None = None,
        quota_window: str | None = None,
    ) -> TurnSnapshot:
        """Read what a turn needs: session, recent messages, facts, affinity, the turns taken
        in `quota_window`, and episodes where the backend reads them in the same trip."""

    @abstractmethod
    def commit_turn(self, principal: Principal, write: TurnWrite) -> None:
        """Write a turn atomically.

        Raises:
            ConflictError: the session or affinity version moved since the turn read it.
            DuplicateTurnError: the idempotency key was already used (carries the response).
            QuotaExceededError: the write's quota window is full.
        """

    supports_message_search: bool = True
    """False for backends without a text index of messages (recall then uses episodes)."""

    @abstractmethod
    def search_messages(
        self, principal: Principal, terms: Sequence[str], *, limit: int
    ) -> list[Message]:
        """The user's messages best matching any of the analyzed `terms`, best first.

        Backends without a text index (`supports_message_search = False`) return [].
        """

    @abstractmethod
    def messages_around(
        self, principal: Principal, anchors: Sequence[Message], *, before: int, after: int
    ) -> list[Message]:
        """The user's messages next to each anchor in the anchor's own session.

        For each anchor: up to `before` messages just before it, the anchor itself (while it
        is stored) and up to `after` just after it, by message id (ids sort by time). A
        message near several anchors comes once. The result is grouped by session and
        oldest first within a session, so a message's neighbours in the result are its
        neighbours in the session wherever its whole window was asked for.

        An anchor names only a session id and a position: the windows are read from the
        caller's own sessions, so another user's message as an anchor finds none of theirs.
        """

    @abstractmethod
    def recent_messages(
        self, principal: Principal, session_id: str, *, limit: int, until: str | None = None
    ) -> list[Message]:
        """The session's latest `limit` messages (up to message id `until`), oldest first."""

    @abstractmethod
    def memory_update_applied(self, principal: Principal, session_id: str, marker: str) -> bool:
        """Whether the memory worker already applied the update named `marker`."""

    @abstractmethod
    def apply_memory_update(
        self,
        principal: Principal,
        session_id: str,
        marker: str,
        *,
        facts: Sequence[Fact],
        episodes: Sequence[Episode],
        at: str,
    ) -> bool:
        """Write a memory worker's update atomically, exactly once.

        Writes `facts`, `episodes` and the `marker` only while the session still exists and
        the marker is new; returns False (writing nothing) otherwise, so a re-delivered
        record, or one that arrives after the user erased their data, changes nothing.
        """

    @abstractmethod
    def iter_sessions(self) -> Iterator[tuple[Principal, Session]]:
        """Every session of every user (maintenance jobs only; never a request path)."""

    @abstractmethod
    def set_missing_expiry(self, principal: Principal, session_id: str, retention_s: int) -> int:
        """Give messages without an expiry one (created_at + retention); returns how many."""

    @abstractmethod
    def purge_expired(self, now_epoch: int) -> int:
        """Delete expired messages where the backend has no TTL of its own; returns how many."""

    @abstractmethod
    def list_sessions(self, principal: Principal) -> list[Session]:
        """The user's sessions, most recently updated first."""

    @abstractmethod
    def get_session(self, principal: Principal, session_id: str) -> Session | None:
        """One session's metadata, or None."""

    @abstractmethod
    def list_messages(
        self, principal: Principal, session_id: str, *, limit: int, after: str | None = None
    ) -> tuple[list[Message], str | None]:
        """A page of a session's messages, oldest first, and the position to continue from."""

    @abstractmethod
    def delete_session(self, principal: Principal, session_id: str) -> int:
        """Delete a session, its messages and stored turns; returns the items deleted."""

    @abstractmethod
    def list_facts(self, principal: Principal, *, include_inactive: bool = False) -> list[Fact]:
        """The user's facts (active only unless asked)."""

    @abstractmethod
    def save_facts(self, principal: Principal, facts: Sequence[Fact]) -> None:
        """Insert or replace facts (identified by key and value)."""

    @abstractmethod
    def delete_facts(self, principal: Principal, key: str) -> int:
        """Forget every stored value of a key, history included; returns the items deleted."""

    @abstractmethod
    def get_affinity(self, principal: Principal, personality: str) -> AffinityState | None:
        """Affinity with one personality, or None when the user never talked to it."""

    @abstractmethod
    def list_affinities(self, principal: Principal) -> list[AffinityState]:
        """Affinity with every personality the user talked to."""

    @abstractmethod
    def save_episodes(self, principal: Principal, episodes: Sequence[Episode]) -> None:
        """Insert or replace episode summaries."""

    @abstractmethod
    def list_episodes(self, principal: Principal, *, latest: int | None = None) -> list[Episode]:
        """The user's episodes, oldest first (only the `latest` N when given)."""

    @abstractmethod
    def erase_user(self, principal: Principal) -> int:
        """Delete everything stored about the user; returns the items deleted."""

    def close(self) -> None:  # noqa: B027 - optional hook; most backends hold nothing
        """Release connections."""
