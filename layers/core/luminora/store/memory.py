"""In-memory store: the reference behaviour for tests, with the same semantics as the others."""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from datetime import datetime
from typing import TYPE_CHECKING

from luminora.models import (
    AffinityState,
    ConflictError,
    DuplicateTurnError,
    Episode,
    Fact,
    Message,
    Principal,
    QuotaExceededError,
    Session,
)
from luminora.store.base import Store, TurnSnapshot, TurnWrite

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

_UserKey = tuple[str, str]


class _UserData:
    __slots__ = (
        "affinity", "episodes", "expiry", "facts", "markers", "messages", "quota", "sessions",
        "terms", "turns",
    )  # fmt: skip

    def __init__(self) -> None:
        self.sessions: dict[str, Session] = {}
        self.messages: dict[str, dict[str, Message]] = {}
        self.turns: dict[tuple[str, str], str] = {}
        self.facts: dict[tuple[str, str], Fact] = {}
        self.affinity: dict[str, AffinityState] = {}
        self.episodes: dict[str, Episode] = {}
        self.terms: dict[tuple[str, str], frozenset[str]] = {}
        self.expiry: dict[tuple[str, str], int] = {}
        self.markers: set[tuple[str, str]] = set()
        self.quota: dict[str, int] = {}


class MemoryStore(Store):
    """Keeps everything in dicts, per (tenant, user), behind one lock."""

    def __init__(self) -> None:
        self._users: dict[_UserKey, _UserData] = {}
        self._lock = threading.Lock()

    def _data(self, principal: Principal) -> _UserData:
        key = (principal.tenant, principal.user)
        data = self._users.get(key)
        if data is None:
            data = self._users[key] = _UserData()
        return data

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
        with self._lock:
            data = self._data(principal)
            messages = data.messages.get(session_id, {})
            recent = [messages[k] for k in sorted(messages)[-recent_limit:]] if recent_limit else []
            stored = data.turns.get((session_id, idempotency_key)) if idempotency_key else None
            return TurnSnapshot(
                session=data.sessions.get(session_id),
                recent=recent,
                facts=list(data.facts.values()),
                affinity=data.affinity.get(personality) or AffinityState(personality=personality),
                stored_response=stored,
                turns_in_window=data.quota.get(quota_window, 0) if quota_window else 0,
            )

    def commit_turn(self, principal: Principal, write: TurnWrite) -> None:
        with self._lock:
            data = self._data(principal)
            sid = write.session.session_id
            if write.idempotency_key and (sid, write.idempotency_key) in data.turns:
                raise DuplicateTurnError(stored_response=data.turns[(sid, write.idempotency_key)])
            current = data.sessions.get(sid)
            if (current.version if current else 0) != write.expected_session_version:
                raise ConflictError("the session changed during this turn")
            aff = data.affinity.get(write.affinity.personality)
            if (aff.version if aff else 0) != write.expected_affinity_version:
                raise ConflictError("affinity changed during this turn")
            if write.quota and data.quota.get(write.quota.window, 0) >= write.quota.limit:
                raise QuotaExceededError("the turn quota is used up")
            if write.quota:
                data.quota[write.quota.window] = data.quota.get(write.quota.window, 0) + 1
            data.sessions[sid] = write.session
            bucket = data.messages.setdefault(sid, {})
            for message in write.messages:
                bucket[message.message_id] = message
                if write.message_expires_at is not None:
                    data.expiry[(sid, message.message_id)] = write.message_expires_at
                terms = write.search_terms.get(message.message_id)
                if terms:
                    data.terms[(sid, message.message_id)] = frozenset(terms.split())
            for fact in write.facts:
                data.facts[(fact.key, fact.value_id)] = fact
            data.affinity[write.affinity.personality] = write.affinity
            if write.idempotency_key and write.response_json is not None:
                data.turns[(sid, write.idempotency_key)] = write.response_json

    def recent_messages(
        self, principal: Principal, session_id: str, *, limit: int, until: str | None = None
    ) -> list[Message]:
        with self._lock:
            bucket = self._data(principal).messages.get(session_id, {})
            ids = [k for k in sorted(bucket) if until is None or k <= until]
            return [bucket[k] for k in ids[-limit:]] if limit > 0 else []

    def memory_update_applied(self, principal: Principal, session_id: str, marker: str) -> bool:
        with self._lock:
            return (session_id, marker) in self._data(principal).markers

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
        with self._lock:
            data = self._users.get((principal.tenant, principal.user))
            if data is None or session_id not in data.sessions:
                return False
            if (session_id, marker) in data.markers:
                return False
            data.markers.add((session_id, marker))
            for fact in facts:
                data.facts[(fact.key, fact.value_id)] = fact
            for episode in episodes:
                data.episodes[episode.episode_id] = episode
            return True

    def iter_sessions(self) -> Iterator[tuple[Principal, Session]]:
        with self._lock:
            found = [
                (Principal(tenant, user), session)
                for (tenant, user), data in self._users.items()
                for session in data.sessions.values()
            ]
        yield from found

    def set_missing_expiry(self, principal: Principal, session_id: str, retention_s: int) -> int:
        with self._lock:
            data = self._data(principal)
            count = 0
            for mid, message in data.messages.get(session_id, {}).items():
                if (session_id, mid) not in data.expiry:
                    born = datetime.fromisoformat(message.created_at.replace("Z", "+00:00"))
                    data.expiry[(session_id, mid)] = int(born.timestamp()) + retention_s
                    count += 1
            return count

    def purge_expired(self, now_epoch: int) -> int:
        with self._lock:
            count = 0
            for data in self._users.values():
                for (sid, mid), expires in list(data.expiry.items()):
                    if expires <= now_epoch:
                        data.messages.get(sid, {}).pop(mid, None)
                        data.terms.pop((sid, mid), None)
                        del data.expiry[(sid, mid)]
                        count += 1
            return count

    def search_messages(
        self, principal: Principal, terms: Sequence[str], *, limit: int
    ) -> list[Message]:
        # A test double: ranks by shared terms; the SQLite backend ranks with BM25.
        wanted = set(terms)
        with self._lock:
            data = self._data(principal)
            scored = [
                (len(wanted & found), key)
                for key, found in data.terms.items()
                if wanted & found and key[1] in data.messages.get(key[0], {})
            ]
            scored.sort(key=lambda item: (-item[0], item[1]))
            return [data.messages[sid][mid] for _, (sid, mid) in scored[:limit]]

    def messages_around(
        self, principal: Principal, anchors: Sequence[Message], *, before: int, after: int
    ) -> list[Message]:
        found: dict[tuple[str, str], Message] = {}
        ordered: dict[str, list[str]] = {}
        with self._lock:
            sessions = self._data(principal).messages
            for anchor in anchors:
                bucket = sessions.get(anchor.session_id, {})
                ids = ordered.get(anchor.session_id)
                if ids is None:
                    ids = ordered[anchor.session_id] = sorted(bucket)
                low = bisect_left(ids, anchor.message_id)
                high = bisect_right(ids, anchor.message_id)  # past the anchor, when stored
                for mid in ids[max(low - max(before, 0), 0) : high + max(after, 0)]:
                    found[(anchor.session_id, mid)] = bucket[mid]
        return [found[key] for key in sorted(found)]

    def list_sessions(self, principal: Principal) -> list[Session]:
        with self._lock:
            sessions = list(self._data(principal).sessions.values())
        return sorted(sessions, key=lambda s: s.updated_at, reverse=True)

    def get_session(self, principal: Principal, session_id: str) -> Session | None:
        with self._lock:
            return self._data(principal).sessions.get(session_id)

    def list_messages(
        self, principal: Principal, session_id: str, *, limit: int, after: str | None = None
    ) -> tuple[list[Message], str | None]:
        with self._lock:
            bucket = self._data(principal).messages.get(session_id, {})
            ids = [k for k in sorted(bucket) if after is None or k > after]
            page = [bucket[k] for k in ids[:limit]]
        more = len(ids) > limit
        return page, (page[-1].message_id if more and page else None)

    def delete_session(self, principal: Principal, session_id: str) -> int:
        with self._lock:
            data = self._data(principal)
            if data.sessions.pop(session_id, None) is None:
                return 0
            count = 1 + len(data.messages.pop(session_id, {}))
            for index in (data.terms, data.expiry):
                for key in [k for k in index if k[0] == session_id]:
                    del index[key]
            data.markers = {m for m in data.markers if m[0] != session_id}
            for turn in [t for t in data.turns if t[0] == session_id]:
                del data.turns[turn]
                count += 1
            return count

    def list_facts(self, principal: Principal, *, include_inactive: bool = False) -> list[Fact]:
        with self._lock:
            facts = list(self._data(principal).facts.values())
        return [f for f in facts if include_inactive or f.active]

    def save_facts(self, principal: Principal, facts: Sequence[Fact]) -> None:
        with self._lock:
            store = self._data(principal).facts
            for fact in facts:
                store[(fact.key, fact.value_id)] = fact

    def delete_facts(self, principal: Principal, key: str) -> int:
        with self._lock:
            store = self._data(principal).facts
            doomed = [k for k in store if k[0] == key]
            for k in doomed:
                del store[k]
            return len(doomed)

    def get_affinity(self, principal: Principal, personality: str) -> AffinityState | None:
        with self._lock:
            return self._data(principal).affinity.get(personality)

    def list_affinities(self, principal: Principal) -> list[AffinityState]:
        with self._lock:
            return list(self._data(principal).affinity.values())

    def save_episodes(self, principal: Principal, episodes: Sequence[Episode]) -> None:
        with self._lock:
            store = self._data(principal).episodes
            for episode in episodes:
                store[episode.episode_id] = episode

    def list_episodes(self, principal: Principal, *, latest: int | None = None) -> list[Episode]:
        with self._lock:
            episodes = list(self._data(principal).episodes.values())
        ordered = sorted(episodes, key=lambda e: e.ended_at)
        return ordered[-latest:] if latest else ordered

    def erase_user(self, principal: Principal) -> int:
        with self._lock:
            data = self._users.pop((principal.tenant, principal.user), None)
        if data is None:
            return 0
        return (
            len(data.sessions)
            + sum(len(m) for m in data.messages.values())
            + len(data.turns)
            + len(data.facts)
            + len(data.affinity)
            + len(data.episodes)
        )
