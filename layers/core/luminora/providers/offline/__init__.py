"""The offline responder: replies from memory, in the user's language, with no language model.

Used when no provider is configured or every provider failed (`reply_source="fallback"`).
"""

from __future__ import annotations

from luminora.providers.offline.request import OfflineRequest
from luminora.providers.offline.responder import OfflineResponder

__all__ = ["OfflineRequest", "OfflineResponder"]
