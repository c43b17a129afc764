"""The HTTP backend: the same API over the network, through one pooled httpx client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from pydantic import BaseModel

from luminora.models import (
    Affinity,
    ChatResult,
    Deleted,
    ErrorBody,
    FactList,
    LuminoraError,
    MessagePage,
    SessionList,
    UserExport,
)
from luminora.models.errors import error_type

if TYPE_CHECKING:
    from luminora.models import ChatRequest, FactPutRequest

M = TypeVar("M", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(35.0, connect=5.0)


class HttpBackend:
    """Talks to a Luminora API (the local server or API Gateway) with a bearer token."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), headers=headers, timeout=timeout, transport=transport
        )

    async def _call(
        self, model: type[M], method: str, path: str, *, json: Any = None, **kwargs: Any
    ) -> M:
        try:
            response = await self._http.request(method, path, json=json, **kwargs)
        except httpx.HTTPError as exc:
            raise LuminoraError(f"cannot reach the Luminora API: {exc}") from exc
        if response.is_success:
            return model.model_validate_json(response.content)
        try:
            detail = ErrorBody.model_validate_json(response.content).error
        except ValueError:
            raise LuminoraError(f"HTTP {response.status_code} from the Luminora API") from None
        raise error_type(detail.code)(detail.message)

    async def chat(
        self, session_id: str, request: ChatRequest, idempotency_key: str | None
    ) -> ChatResult:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        body = request.model_dump(mode="json", exclude_none=True)
        if request.provider is not None and request.provider.api_key is not None:
            body["provider"]["api_key"] = request.provider.api_key.get_secret_value()
        return await self._call(
            ChatResult, "POST", f"/v1/sessions/{session_id}/messages", json=body, headers=headers
        )

    async def facts(self) -> FactList:
        return await self._call(FactList, "GET", "/v1/facts")

    async def put_fact(self, key: str, body: FactPutRequest) -> FactList:
        return await self._call(FactList, "PUT", f"/v1/facts/{key}", json=body.model_dump())

    async def delete_fact(self, key: str) -> Deleted:
        return await self._call(Deleted, "DELETE", f"/v1/facts/{key}")

    async def affinity(self, personality: str) -> Affinity:
        return await self._call(Affinity, "GET", f"/v1/affinity/{personality}")

    async def sessions(self) -> SessionList:
        return await self._call(SessionList, "GET", "/v1/sessions")

    async def messages(self, session_id: str, limit: int | None, cursor: str | None) -> MessagePage:
        params = {k: v for k, v in (("limit", limit), ("cursor", cursor)) if v is not None}
        return await self._call(
            MessagePage, "GET", f"/v1/sessions/{session_id}/messages", params=params
        )

    async def delete_session(self, session_id: str) -> Deleted:
        return await self._call(Deleted, "DELETE", f"/v1/sessions/{session_id}")

    async def export(self) -> UserExport:
        return await self._call(UserExport, "GET", "/v1/me/export")

    async def erase(self) -> Deleted:
        return await self._call(Deleted, "DELETE", "/v1/me")

    async def aclose(self) -> None:
        await self._http.aclose()
