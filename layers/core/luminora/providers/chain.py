"""The reply chain: each configured provider in order, then the offline responder.

The turn is answered whatever happens; `degraded` says a configured provider failed.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from luminora.models import ProviderError
from luminora.providers.base import ReplyOutcome

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from luminora.providers.base import ChatPrompt, Provider
    from luminora.providers.offline import OfflineRequest, OfflineResponder

logger = logging.getLogger(__name__)


class ReplyChain:
    """Tries providers in order within a total deadline, then answers offline."""

    def __init__(
        self,
        providers: Sequence[Provider],
        offline: OfflineResponder,
        *,
        deadline_s: float = 25.0,
        attempt_timeout_s: float = 20.0,
    ) -> None:
        self.providers = list(providers)
        self.offline = offline
        self.deadline_s = deadline_s
        self.attempt_timeout_s = attempt_timeout_s

    def reply(
        self,
        prompt: Callable[[], ChatPrompt],
        offline_request: OfflineRequest,
        *,
        extra_providers: Sequence[Provider] = (),
    ) -> ReplyOutcome:
        """Answer a turn. `prompt` is built only if some provider is tried."""
        chain = [*extra_providers, *self.providers]
        if chain:
            built = prompt()
            started = time.monotonic()
            for provider in chain:
                left = self.deadline_s - (time.monotonic() - started)
                if left <= 0.5:
                    break
                try:
                    completion = provider.complete(built, timeout=min(self.attempt_timeout_s, left))
                except ProviderError as exc:
                    logger.warning(
                        "provider failed", extra={"provider": provider.name, "reason": exc.code}
                    )
                    continue
                return ReplyOutcome(
                    text=completion.text,
                    source="llm",
                    degraded=False,
                    provider=completion.provider,
                    usage=completion.usage,
                )
        return ReplyOutcome(
            text=self.offline.reply(offline_request),
            source="fallback",
            degraded=bool(chain),
            provider=None,
        )
