"""The one wiring function: picks the Store and providers from settings.

Pieces are built on first use, so a facts handler never imports the chat turn's modules.
"""

from __future__ import annotations

import functools
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from luminora.models import InvalidInputError
from luminora.service.clock import utc_now
from luminora.service.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from luminora.personalities import PersonalityRegistry
    from luminora.providers.chain import ReplyChain
    from luminora.service.account import AccountService
    from luminora.service.chat import ChatService
    from luminora.store.base import Store


def build_store(settings: Settings) -> Store:
    """The store named by the settings (DynamoDB's module, and boto3, load only here)."""
    if settings.store == "memory":
        from luminora.store.memory import MemoryStore

        return MemoryStore()
    if settings.store == "dynamodb":
        if not settings.table_name:
            raise InvalidInputError("TABLE_NAME must be set when LUMINORA_STORE=dynamodb")
        from luminora.store.dynamodb import DynamoDBStore

        return DynamoDBStore(settings.table_name)
    from luminora.store.sqlite import SqliteStore

    return SqliteStore(settings.db_path)


def build_reply_chain(settings: Settings) -> ReplyChain:
    """Configured providers in order, then the offline responder."""
    from luminora.providers.chain import ReplyChain
    from luminora.providers.offline import OfflineResponder

    return ReplyChain([], OfflineResponder())


class Services:
    """The process's services, sharing one store and one personality registry."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        replies: ReplyChain | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.settings = settings
        self._store = store
        self._replies = replies
        self._clock = clock

    @cached_property
    def store(self) -> Store:
        """The store (built from settings unless one was given)."""
        return self._store if self._store is not None else build_store(self.settings)

    @cached_property
    def personalities(self) -> PersonalityRegistry:
        """Bundled personalities plus any in `LUMINORA_PERSONALITIES_DIR`."""
        from luminora.personalities import PersonalityRegistry

        return PersonalityRegistry([Path(d) for d in self.settings.personality_dirs])

    @cached_property
    def account(self) -> AccountService:
        """Sessions, history, facts, affinity, export, erase."""
        from luminora.service.account import AccountService

        return AccountService(self.store, self.personalities, clock=self._clock)

    @cached_property
    def chat(self) -> ChatService:
        """The chat turn."""
        from luminora.service.chat import ChatService

        replies = self._replies if self._replies is not None else build_reply_chain(self.settings)
        return ChatService(
            self.store, self.personalities, replies, self.settings, clock=self._clock
        )

    def close(self) -> None:
        """Release the store's connections."""
        if "store" in self.__dict__:
            self.store.close()


@functools.cache
def default_services() -> Services:
    """The services of this process, configured from the environment (cached per process;
    `default_services.cache_clear()` resets it)."""
    return Services(Settings.from_env())
