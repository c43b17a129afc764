"""Shapes that only the HTTP API returns: lists, pages, errors, health, exports."""

from __future__ import annotations

from pydantic import BaseModel

from luminora.models.conversation import Affinity, Episode, Message, Session
from luminora.models.facts import Fact, FactOut


class ErrorDetail(BaseModel):
    """The inside of every error response."""

    code: str
    message: str
    request_id: str | None = None


class ErrorBody(BaseModel):
    """`{"error": {"code": ..., "message": ..., "request_id": ...}}`."""

    error: ErrorDetail


class SessionList(BaseModel):
    """`GET /v1/sessions`."""

    sessions: list[Session]


class MessagePage(BaseModel):
    """`GET /v1/sessions/{id}/messages`: oldest first; `next_cursor` is null on the last page."""

    session_id: str
    messages: list[Message]
    next_cursor: str | None = None


class FactList(BaseModel):
    """`GET /v1/facts`: the user's active facts."""

    facts: list[FactOut]


class PersonalityInfo(BaseModel):
    """One entry of `GET /v1/personalities`."""

    id: str
    name: str
    description: str
    language: str
    relationship_levels: bool


class PersonalityList(BaseModel):
    """`GET /v1/personalities`."""

    personalities: list[PersonalityInfo]


class UserExport(BaseModel):
    """`GET /v1/me/export`: everything stored about the user."""

    tenant: str
    user: str
    sessions: list[Session]
    messages: list[Message]
    facts: list[Fact]
    affinity: list[Affinity]
    episodes: list[Episode]


class Deleted(BaseModel):
    """Result of a delete: how many stored items went away."""

    deleted: int


class Health(BaseModel):
    """`GET /v1/health`."""

    status: str
    version: str
