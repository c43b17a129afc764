"""Scheduled maintenance: compact old turns into episodes and apply message retention."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.service.clock import iso, utc_now
from luminora.service.episodes import episode_id_for, summarize_chunk

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from luminora.models import ChatPrompt, Message, Principal, Session
    from luminora.service.settings import Settings
    from luminora.store.base import Store

logger = logging.getLogger(__name__)
PAGE = 200


@dataclass(slots=True)
class MaintenanceReport:
    """What one run did (each count is also published as a metric)."""

    sessions: int = 0
    episodes_written: int = 0
    messages_given_expiry: int = 0
    messages_purged: int = 0
    complete: bool = True
    """False when the run stopped at its session limit (the next run continues)."""


class Maintenance:
    """Walks every session: writes missing episodes, gives messages their retention expiry,
    and purges expired messages where the store has no TTL of its own."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        complete: Callable[[ChatPrompt], str] | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store = store
        self.settings = settings
        self.complete = complete
        self._clock = clock

    def run(self, *, max_sessions: int | None = None) -> MaintenanceReport:
        """One pass over the store."""
        now = self._clock()
        report = MaintenanceReport()
        known_episodes: dict[Principal, set[str]] = {}
        for principal, session in self.store.iter_sessions():
            if max_sessions is not None and report.sessions >= max_sessions:
                report.complete = False
                break
            report.sessions += 1
            report.episodes_written += self._compact(principal, session, known_episodes, iso(now))
            if self.settings.retention_days:
                report.messages_given_expiry += self.store.set_missing_expiry(
                    principal, session.session_id, self.settings.retention_days * 86400
                )
        report.messages_purged = self.store.purge_expired(int(now.timestamp()))
        logger.info(
            "maintenance done",
            extra={"sessions": report.sessions, "episodes": report.episodes_written},
        )
        return report

    def _compact(
        self,
        principal: Principal,
        session: Session,
        known_episodes: dict[Principal, set[str]],
        at: str,
    ) -> int:
        every = self.settings.episode_every
        if not every or session.turn_count < every:
            return 0
        have = known_episodes.get(principal)
        if have is None:
            have = known_episodes[principal] = {
                e.episode_id for e in self.store.list_episodes(principal)
            }
        missing = [
            chunk
            for chunk in range(session.turn_count // every)
            if episode_id_for(session.session_id, chunk) not in have
        ]
        if not missing:
            return 0
        messages = self._all_messages(principal, session.session_id)
        facts = self.store.list_facts(principal)
        episodes = []
        for chunk in missing:
            episode = summarize_chunk(
                session.session_id, chunk, every, messages, facts=facts, at=at,
                complete=self.complete,
            )  # fmt: skip
            if episode is not None:
                episodes.append(episode)
                have.add(episode.episode_id)
        if episodes:
            self.store.save_episodes(principal, episodes)
        return len(episodes)

    def _all_messages(self, principal: Principal, session_id: str) -> list[Message]:
        messages: list[Message] = []
        after: str | None = None
        while True:
            page, after = self.store.list_messages(principal, session_id, limit=PAGE, after=after)
            messages.extend(page)
            if after is None:
                return messages
