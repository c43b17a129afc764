"""The memory worker: what happens after a turn, from the table's stream.

For each new user message: model-based fact extraction when a provider is configured
(merged by the same rules as the chat turn, source=llm) and the episode of a completed
chunk of turns. Each message's update is applied exactly once, and never after the user
erased their data.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from luminora.memory.llm_extraction import extract_with_model
from luminora.memory.merge import FactMerger, Provenance
from luminora.models import FactSource, InvalidInputError, Message, Principal, ProviderError, Role
from luminora.service.clock import iso, utc_now
from luminora.service.episodes import completed_chunk, episode_for_turn
from luminora.store.keys import principal_of_partition, session_of_partition

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from datetime import datetime

    from luminora.models import ChatPrompt, Episode, Fact
    from luminora.personalities import PersonalityRegistry
    from luminora.service.settings import Settings
    from luminora.store.base import Store

logger = logging.getLogger(__name__)


class _StreamMessage(Message):
    """A message item as the stream's NewImage carries it: a Message plus its keys."""

    PK: str
    kind: str


@dataclass(frozen=True, slots=True)
class NewUserMessage:
    """A user's message that a stream record announced."""

    principal: Principal
    message: Message


def parse_stream_image(image: Mapping[str, Any]) -> NewUserMessage:
    """The user message in a stream record's NewImage.

    Raises:
        InvalidInputError: the image is not a user message item of this table.
    """
    try:
        item = _StreamMessage.model_validate(dict(image))
    except ValidationError as exc:
        raise InvalidInputError(f"not a message item ({exc.error_count()} problems)") from exc
    if item.kind != "message" or item.role is not Role.USER:
        raise InvalidInputError("not a user message")
    if session_of_partition(item.PK) != item.session_id:
        raise InvalidInputError("the partition key does not match the session")
    return NewUserMessage(
        principal=principal_of_partition(item.PK),
        message=Message.model_validate(item.model_dump(exclude={"PK", "kind"})),
    )


@dataclass(frozen=True, slots=True)
class WorkOutcome:
    """What processing one message did."""

    applied: bool
    facts_changed: int = 0
    episodes: int = 0
    model_failed: bool = False


class MemoryWorker:
    """Applies the after-the-turn memory work for one message at a time."""

    def __init__(
        self,
        store: Store,
        personalities: PersonalityRegistry,
        settings: Settings,
        *,
        complete: Callable[[ChatPrompt], str] | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store = store
        self.personalities = personalities
        self.settings = settings
        self.complete = complete
        self._clock = clock

    def process(self, item: NewUserMessage) -> WorkOutcome:
        """Extract with the model (if any) and write a completed chunk's episode, once."""
        principal, message = item.principal, item.message
        due = completed_chunk(message.turn_index, self.settings.episode_every) is not None
        if self.complete is None and not due:
            # Without a model most turns leave the worker nothing to do: no reads, no writes.
            return WorkOutcome(applied=False)
        marker = f"turn-{message.turn_id}"
        if self.store.memory_update_applied(principal, message.session_id, marker):
            return WorkOutcome(applied=False)
        at = iso(self._clock())
        changed: list[Fact] = []
        model_failed = False
        facts = self.store.list_facts(principal, include_inactive=True)
        if self.complete is not None:
            try:
                changed = self._extract(self.complete, principal, message, facts, at)
            except ProviderError as exc:
                # The rules already learned what they could in the turn; the model is a bonus.
                logger.warning("model extraction failed", extra={"reason": exc.code})
                model_failed = True
        episodes = self._episode(principal, message, facts, at)
        applied = self.store.apply_memory_update(
            principal, message.session_id, marker, facts=changed, episodes=episodes, at=at
        )
        return WorkOutcome(
            applied=applied,
            facts_changed=len(changed) if applied else 0,
            episodes=len(episodes) if applied else 0,
            model_failed=model_failed,
        )

    def _extract(
        self,
        complete: Callable[[ChatPrompt], str],
        principal: Principal,
        message: Message,
        facts: list[Fact],
        at: str,
    ) -> list[Fact]:
        session = self.store.get_session(principal, message.session_id)
        names = self.personalities.names_of(session.personality) if session else frozenset()
        candidates = extract_with_model(
            complete,
            message.content,
            message.language or "en",
            known_facts=[(f.key, f.value) for f in facts if f.active],
            assistant_names=names,
        )
        merger = FactMerger(facts)
        where = Provenance(
            FactSource.LLM, at, session_id=message.session_id, turn_id=message.turn_id
        )
        return merger.apply(candidates, where).changed

    def _episode(
        self, principal: Principal, message: Message, facts: list[Fact], at: str
    ) -> list[Episode]:
        episode = episode_for_turn(
            self.store,
            principal,
            message.session_id,
            message.turn_index,
            every=self.settings.episode_every,
            facts=facts,
            at=at,
            # The turn's reply sorts right after its message: the window ends at the turn.
            until=f"{message.turn_id}-9",
            complete=self.complete,
        )
        return [episode] if episode is not None else []
