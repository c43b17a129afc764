"""Everything but the chat turn: sessions, history, facts, affinity, export and erase."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from luminora.memory.merge import FactMerger, Provenance, looks_like_secret
from luminora.models import (
    Affinity,
    Deleted,
    FactList,
    FactOut,
    FactPutRequest,
    FactSource,
    InvalidInputError,
    MessagePage,
    NotFoundError,
    SessionList,
    UserExport,
    is_multi_valued,
)
from luminora.models.limits import (
    DEFAULT_PAGE_SIZE,
    FACT_KEY_PATTERN,
    MAX_FACT_VALUE_CHARS,
    MAX_FACT_VALUES,
    MAX_PAGE_SIZE,
)
from luminora.service.chat import check_session_id
from luminora.service.clock import iso, utc_now
from luminora.store.keys import decode_cursor, encode_cursor

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from luminora.models import Principal
    from luminora.personalities import PersonalityRegistry
    from luminora.store.base import Store

logger = logging.getLogger(__name__)
_FACT_KEY = re.compile(FACT_KEY_PATTERN)


def check_fact_key(key: str) -> None:
    """Raise a clear 400 for a fact key outside the documented pattern."""
    if not _FACT_KEY.match(key):
        raise InvalidInputError(
            "fact key must be 1-64 lowercase letters, digits or '_', starting with a letter"
        )


class AccountService:
    """The user's own data, read and changed through the same store as the chat turn."""

    def __init__(
        self,
        store: Store,
        personalities: PersonalityRegistry,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store = store
        self.personalities = personalities
        self._clock = clock

    # -- sessions ----------------------------------------------------------------------

    def list_sessions(self, principal: Principal) -> SessionList:
        """The user's sessions, most recent first."""
        return SessionList(sessions=self.store.list_sessions(principal))

    def list_messages(
        self,
        principal: Principal,
        session_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> MessagePage:
        """A page of a session's history, oldest first.

        Raises:
            NotFoundError: the user has no such session.
        """
        check_session_id(session_id)
        size = DEFAULT_PAGE_SIZE if limit is None else limit
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise InvalidInputError(f"limit must be between 1 and {MAX_PAGE_SIZE}")
        after = decode_cursor(cursor) if cursor else None
        if self.store.get_session(principal, session_id) is None:
            raise NotFoundError(f"no session {session_id!r}")
        messages, last = self.store.list_messages(principal, session_id, limit=size, after=after)
        return MessagePage(
            session_id=session_id,
            messages=messages,
            next_cursor=encode_cursor(last) if last else None,
        )

    def delete_session(self, principal: Principal, session_id: str) -> Deleted:
        """Delete a session and its messages.

        Raises:
            NotFoundError: the user has no such session.
        """
        check_session_id(session_id)
        deleted = self.store.delete_session(principal, session_id)
        if not deleted:
            raise NotFoundError(f"no session {session_id!r}")
        return Deleted(deleted=deleted)

    # -- facts -------------------------------------------------------------------------

    def get_facts(self, principal: Principal) -> FactList:
        """The user's active facts."""
        facts = sorted(self.store.list_facts(principal), key=lambda f: (f.key, f.created_at))
        return FactList(facts=[FactOut.of(f) for f in facts])

    def put_fact(self, principal: Principal, key: str, body: FactPutRequest) -> FactList:
        """The user's own statement of a fact; it wins over anything extracted.

        Returns the key's active values afterwards.
        """
        check_fact_key(key)
        values = [body.value] if isinstance(body.value, str) else list(body.value)
        if not values or len(values) > MAX_FACT_VALUES:
            raise InvalidInputError(f"give between 1 and {MAX_FACT_VALUES} values")
        if not is_multi_valued(key) and len(values) != 1:
            raise InvalidInputError(f"{key!r} holds a single value")
        for value in values:
            if not value.strip() or len(value) > MAX_FACT_VALUE_CHARS:
                raise InvalidInputError(f"each value must be 1-{MAX_FACT_VALUE_CHARS} characters")
            if looks_like_secret(value):
                raise InvalidInputError("a value that looks like a credential is never stored")
        merger = FactMerger(self.store.list_facts(principal, include_inactive=True))
        merged = merger.replace_key(key, values, Provenance(FactSource.USER, iso(self._clock())))
        self.store.save_facts(principal, merged.changed)
        active = sorted((f for f in merger.active() if f.key == key), key=lambda f: f.created_at)
        return FactList(facts=[FactOut.of(f) for f in active])

    def delete_fact(self, principal: Principal, key: str) -> Deleted:
        """Forget a key entirely, history included.

        Raises:
            NotFoundError: nothing is stored under the key.
        """
        check_fact_key(key)
        deleted = self.store.delete_facts(principal, key)
        if not deleted:
            raise NotFoundError(f"no fact {key!r}")
        return Deleted(deleted=deleted)

    # -- affinity and personalities ----------------------------------------------------

    def get_affinity(self, principal: Principal, personality: str) -> Affinity:
        """Affinity with one personality (0 points if the user never talked to it).

        Raises:
            NotFoundError: unknown personality.
        """
        self.personalities.get(personality)
        state = self.store.get_affinity(principal, personality)
        return Affinity.of(personality, state.points if state else 0)

    # -- privacy -----------------------------------------------------------------------

    def export(self, principal: Principal) -> UserExport:
        """Everything stored about the user."""
        sessions = self.store.list_sessions(principal)
        messages = []
        for session in sessions:
            after: str | None = None
            while True:
                page, after = self.store.list_messages(
                    principal, session.session_id, limit=MAX_PAGE_SIZE, after=after
                )
                messages.extend(page)
                if after is None:
                    break
        return UserExport(
            tenant=principal.tenant,
            user=principal.user,
            sessions=sessions,
            messages=messages,
            facts=self.store.list_facts(principal, include_inactive=True),
            affinity=[
                Affinity.of(a.personality, a.points) for a in self.store.list_affinities(principal)
            ],
            episodes=self.store.list_episodes(principal),
        )

    def erase(self, principal: Principal) -> Deleted:
        """Delete everything stored about the user."""
        deleted = self.store.erase_user(principal)
        logger.info("user erased", extra={"items": deleted})
        return Deleted(deleted=deleted)
