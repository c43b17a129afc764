"""The in-process backend: the service called directly, on an embedded store."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from luminora.models import (
        Affinity,
        ChatRequest,
        ChatResult,
        Deleted,
        FactList,
        FactPutRequest,
        MessagePage,
        Principal,
        SessionList,
        UserExport,
    )
    from luminora.service import Services


class InProcessBackend:
    """Runs the service in this process; blocking work goes to a worker thread."""

    def __init__(self, services: Services, principal: Principal) -> None:
        self.services = services
        self.principal = principal

    async def chat(
        self, session_id: str, request: ChatRequest, idempotency_key: str | None
    ) -> ChatResult:
        return await asyncio.to_thread(
            self.services.chat.turn,
            self.principal,
            session_id,
            request,
            idempotency_key=idempotency_key,
        )

    async def facts(self) -> FactList:
        return await asyncio.to_thread(self.services.account.get_facts, self.principal)

    async def put_fact(self, key: str, body: FactPutRequest) -> FactList:
        return await asyncio.to_thread(self.services.account.put_fact, self.principal, key, body)

    async def delete_fact(self, key: str) -> Deleted:
        return await asyncio.to_thread(self.services.account.delete_fact, self.principal, key)

    async def affinity(self, personality: str) -> Affinity:
        return await asyncio.to_thread(
            self.services.account.get_affinity, self.principal, personality
        )

    async def sessions(self) -> SessionList:
        return await asyncio.to_thread(self.services.account.list_sessions, self.principal)

    async def messages(self, session_id: str, limit: int | None, cursor: str | None) -> MessagePage:
        return await asyncio.to_thread(
            self.services.account.list_messages,
            self.principal,
            session_id,
            limit=limit,
            cursor=cursor,
        )

    async def delete_session(self, session_id: str) -> Deleted:
        return await asyncio.to_thread(
            self.services.account.delete_session, self.principal, session_id
        )

    async def export(self) -> UserExport:
        return await asyncio.to_thread(self.services.account.export, self.principal)

    async def erase(self) -> Deleted:
        return await asyncio.to_thread(self.services.account.erase, self.principal)

    async def aclose(self) -> None:
        self.services.close()
