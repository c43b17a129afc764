"""The caller, from the verified JWT claims that API Gateway's authorizer (or the local
server, for dev tokens) placed on the event. Never from the body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from luminora.models import Principal, UnauthorizedError


def principal_from_claims(
    claims: Mapping[str, Any] | None,
    *,
    tenant_claim: str = "tenant",
    default_tenant: str = "default",
) -> Principal:
    """Tenant and user from verified claims (`sub` is the user).

    Raises:
        UnauthorizedError: no claims, or no usable subject.
    """
    if not claims or not claims.get("sub"):
        raise UnauthorizedError("authentication required")
    tenant = claims.get(tenant_claim) or claims.get(f"custom:{tenant_claim}") or default_tenant
    return Principal(tenant=str(tenant), user=str(claims["sub"]))


def claims_of_event(event: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The JWT claims of an API Gateway HTTP API (payload 2.0) event, if any."""
    context = event.get("requestContext") or {}
    authorizer = context.get("authorizer") or {}
    jwt = authorizer.get("jwt") or {}
    claims = jwt.get("claims")
    return claims if isinstance(claims, Mapping) else None
