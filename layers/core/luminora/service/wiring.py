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

    from luminora.models import ChatPrompt
    from luminora.personalities import PersonalityRegistry
    from luminora.providers.chain import ReplyChain
    from luminora.providers.config import ProviderOptions, ProviderSetup
    from luminora.providers.retry import Clock
    from luminora.service.account import AccountService
    from luminora.service.chat import ChatService
    from luminora.service.maintenance import Maintenance
    from luminora.service.worker import MemoryWorker
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


def provider_options(settings: Settings) -> ProviderOptions:
    """The provider part of the settings: the server chain (`LUMINORA_PROVIDERS` and each
    one's `<NAME>_*` variables), timeouts and the per-request allow-list."""
    from luminora.providers.config import ProviderOptions, ServerProvider
    from luminora.providers.registry import env_prefix

    chain = tuple(
        ServerProvider(
            name=name,
            api_key=settings.provider_env.get(f"{env_prefix(name)}_API_KEY"),
            secret_arn=settings.provider_value(name, "SECRET_ARN") or settings.provider_secret_arn,
            base_url=settings.provider_value(name, "BASE_URL"),
            model=settings.provider_value(name, "MODEL"),
        )
        for name in settings.providers
    )
    return ProviderOptions(
        chain=chain,
        attempt_timeout_s=min(settings.provider_timeout_s, settings.provider_deadline_s),
        allow_hosts=tuple(settings.provider_allow_hosts),
        secret_max_age_s=settings.provider_secret_max_age_s,
        max_tokens=settings.provider_max_tokens,
    )


def build_provider_setup(settings: Settings) -> ProviderSetup:
    """What this process shares for providers: one HTTP client, keys, the address policy
    (httpx itself loads when the first HTTP provider is built)."""
    from luminora.providers.config import ProviderSetup

    return ProviderSetup(provider_options(settings))


def build_reply_chain(
    settings: Settings, *, setup: ProviderSetup | None = None, clock: Clock | None = None
) -> ReplyChain:
    """Configured providers in order, then the offline responder.

    Args:
        setup: the process's provider setup (built from settings when a chain needs one).
        clock: time for the deadline and backoff (tests give a fake one).
    """
    from luminora.providers.chain import ReplyChain
    from luminora.providers.offline import OfflineResponder
    from luminora.providers.retry import RetryPolicy

    providers = []
    if settings.providers:
        providers = (setup or build_provider_setup(settings)).server_providers()
    return ReplyChain(
        providers,
        OfflineResponder(),
        deadline_s=settings.provider_deadline_s,
        attempt_timeout_s=settings.provider_timeout_s,
        retry=RetryPolicy(retries=settings.provider_retries),
        clock=clock,
    )


class Services:
    """The process's services, sharing one store and one personality registry."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        replies: ReplyChain | None = None,
        provider_setup: ProviderSetup | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.settings = settings
        self._store = store
        self._replies = replies
        self._provider_setup = provider_setup
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
    def provider_setup(self) -> ProviderSetup:
        """The process's providers: one HTTP client, the server chain's keys, BYOK."""
        if self._provider_setup is not None:
            return self._provider_setup
        return build_provider_setup(self.settings)

    @cached_property
    def replies(self) -> ReplyChain:
        """The reply chain (server providers, then offline), unless one was given."""
        if self._replies is not None:
            return self._replies
        setup = self.provider_setup if self.settings.providers else None
        return build_reply_chain(self.settings, setup=setup)

    @cached_property
    def chat(self) -> ChatService:
        """The chat turn (with per-request providers when `allow_byok`)."""
        from luminora.service.chat import ChatService

        return ChatService(
            self.store,
            self.personalities,
            self.replies,
            self.settings,
            byok_provider=self.provider_setup.byok if self.settings.allow_byok else None,
            clock=self._clock,
        )

    @cached_property
    def worker(self) -> MemoryWorker:
        """The memory worker (stream records → model extraction, episodes)."""
        from luminora.service.worker import MemoryWorker

        return MemoryWorker(
            self.store, self.personalities, self.settings, complete=self.model_complete,
            clock=self._clock,
        )  # fmt: skip

    @cached_property
    def maintenance(self) -> Maintenance:
        """The scheduled maintenance job."""
        from luminora.service.maintenance import Maintenance

        return Maintenance(
            self.store, self.settings, complete=self.model_complete, clock=self._clock
        )

    @property
    def model_complete(self) -> Callable[[ChatPrompt], str] | None:
        """A prompt → text function over the configured providers (same chain, deadline and
        retries as replies), or None without any."""
        if not self.settings.providers and self._replies is None:
            return None
        return self.replies.completer()

    def close(self) -> None:
        """Release the store's connections and the providers' HTTP client."""
        if "store" in self.__dict__:
            self.store.close()
        setup = self.__dict__.get("provider_setup", self._provider_setup)
        if setup is not None:
            setup.close()


@functools.cache
def default_services() -> Services:
    """The services of this process, configured from the environment (cached per process;
    `default_services.cache_clear()` resets it)."""
    return Services(Settings.from_env())
