"""The seed-compatible client (API.md): in-process on an embedded store, or over HTTP."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from luminora.models import ChatRequest, FactPutRequest, Principal

if TYPE_CHECKING:
    from types import TracebackType

    import httpx

    from luminora.client.http import HttpBackend
    from luminora.client.inprocess import InProcessBackend
    from luminora.models import (
        Affinity,
        ChatResult,
        Deleted,
        FactOut,
        Message,
        MessagePage,
        ProviderConfig,
        Session,
        UserExport,
    )

__all__ = ["Client"]

DEFAULT_USER = "local-user"
DEFAULT_TENANT = "default"


class Client:
    """Talk to a personality and read what it remembers.

    - `Client()` — embedded SQLite at the default path (`.luminora/luminora.db`), offline.
    - `Client(db=":memory:", user_id="u1")` — an in-memory database, as user `u1`.
    - `Client(base_url="http://127.0.0.1:3000", token="...")` — the same API over HTTP; the
      user is whoever the token says.
    """

    def __init__(
        self,
        db: str | None = None,
        user_id: str = DEFAULT_USER,
        *,
        tenant: str = DEFAULT_TENANT,
        base_url: str | None = None,
        token: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        settings: Any = None,
    ) -> None:
        self._backend: HttpBackend | InProcessBackend
        if base_url is not None:
            from luminora.client.http import HttpBackend

            self._backend = HttpBackend(base_url, token, transport=transport)
        else:
            from luminora.client.inprocess import InProcessBackend
            from luminora.service import Services, Settings

            base = settings if settings is not None else Settings.from_env()
            config = base.model_copy(update={"store": "sqlite", "db_path": db or base.db_path})
            self._backend = InProcessBackend(Services(config), Principal(tenant, user_id))

    async def send_message_with_memory(
        self,
        session_id: str,
        user_message: str,
        personality_name: str = "sakura",
        provider_config: ProviderConfig | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> ChatResult:
        """One chat turn: the reply, its source, what was learned, and the new affinity."""
        request = ChatRequest(
            message=user_message, personality=personality_name, provider=provider_config
        )
        return await self._backend.chat(session_id, request, idempotency_key)

    async def get_facts(self, session_id: str | None = None) -> list[FactOut]:
        """The active facts of the session's owner (facts belong to the user, not a session)."""
        return (await self._backend.facts()).facts

    async def get_affinity(self, session_id: str | None, personality_name: str) -> Affinity:
        """Affinity between the session's owner and a personality."""
        return await self._backend.affinity(personality_name)

    async def set_fact(self, key: str, value: str | list[str]) -> list[FactOut]:
        """State a fact yourself (wins over extracted ones); returns the key's active values."""
        return (await self._backend.put_fact(key, FactPutRequest(value=value))).facts

    async def forget_fact(self, key: str) -> Deleted:
        """Forget every value of a fact key, history included."""
        return await self._backend.delete_fact(key)

    async def list_sessions(self) -> list[Session]:
        """The user's sessions, most recent first."""
        return (await self._backend.sessions()).sessions

    async def get_messages(
        self, session_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> MessagePage:
        """A page of a session's history, oldest first."""
        return await self._backend.messages(session_id, limit, cursor)

    async def get_history(self, session_id: str) -> list[Message]:
        """A session's whole history, oldest first."""
        messages: list[Message] = []
        cursor: str | None = None
        while True:
            page = await self._backend.messages(session_id, None, cursor)
            messages.extend(page.messages)
            cursor = page.next_cursor
            if cursor is None:
                return messages

    async def delete_session(self, session_id: str) -> Deleted:
        """Delete a session and its messages."""
        return await self._backend.delete_session(session_id)

    async def export(self) -> UserExport:
        """Everything stored about the user."""
        return await self._backend.export()

    async def erase(self) -> Deleted:
        """Delete everything stored about the user."""
        return await self._backend.erase()

    async def aclose(self) -> None:
        """Release connections (HTTP pool or database)."""
        await self._backend.aclose()

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
