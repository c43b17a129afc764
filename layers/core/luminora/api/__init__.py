"""Door helpers shared by the Lambda handlers and the local server: the resolver, the error
table and the principal. No product rules live here."""

from __future__ import annotations

from luminora.api.app import BEARER, LuminoraApp
from luminora.api.errors import STATUS_OF, error_body, status_of
from luminora.api.principal import claims_of_event, principal_from_claims

__all__ = [
    "BEARER",
    "STATUS_OF",
    "LuminoraApp",
    "claims_of_event",
    "error_body",
    "principal_from_claims",
    "status_of",
]
