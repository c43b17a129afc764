"""The chat turn (DESIGN.md, "The chat turn"): the one place where the pieces meet.

Read → extract facts → affinity → reply (providers, else offline) → one atomic write.
"""

from __future__ import annotations

import logging
import random
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.affinity import affinity_delta, apply_delta
from luminora.memory.context import build_prompt, rank_facts
from luminora.memory.extraction import extract_facts
from luminora.memory.language import detect_language
from luminora.memory.merge import FactMerger, Provenance
from luminora.memory.recall import memory_line, recall_memories, search_terms
from luminora.models import (
    Affinity,
    AffinityState,
    ChatRequest,
    ChatResult,
    ConflictError,
    DuplicateTurnError,
    FactSource,
    InvalidInputError,
    Message,
    QuotaExceededError,
    Role,
    Session,
    TokenUsage,
    level_for,
)
from luminora.models.limits import IDEMPOTENCY_KEY_PATTERN, SESSION_ID_PATTERN
from luminora.providers.offline import OfflineRequest
from luminora.service.clock import iso, new_turn_id, utc_now
from luminora.service.episodes import episode_for_turn
from luminora.store.base import RECALL_EPISODES, QuotaUse, TurnSnapshot, TurnWrite

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import datetime

    from luminora.models import Fact, FactCandidate, LearnedFact, Principal, ProviderConfig
    from luminora.models.prompt import ChatPrompt
    from luminora.personalities import PersonalityRegistry
    from luminora.providers.base import Provider, ReplyOutcome
    from luminora.providers.chain import ReplyChain
    from luminora.service.settings import Settings
    from luminora.store.base import Store

logger = logging.getLogger(__name__)

MAX_COMMIT_ATTEMPTS = 8
COMMIT_BACKOFF_S = 0.004
_SESSION_ID = re.compile(SESSION_ID_PATTERN)
_IDEMPOTENCY_KEY = re.compile(IDEMPOTENCY_KEY_PATTERN)


def check_session_id(session_id: str) -> None:
    """Raise a clear 400 for a session id outside the documented pattern."""
    if not isinstance(session_id, str) or not _SESSION_ID.match(session_id):
        raise InvalidInputError(
            "session_id must be 1-128 characters of letters, digits, '.', '_', ':' or '-'"
            " and start with a letter or digit"
        )


@dataclass(frozen=True, slots=True)
class _TurnInput:
    """What the turn was asked, fixed for its whole life (also across conflict retries)."""

    session_id: str
    request: ChatRequest
    candidates: Sequence[FactCandidate]
    turn_id: str
    now: datetime
    language: str
    quota: QuotaUse | None = None
    """The quota window the turn counts in, when a quota is set."""

    @property
    def at(self) -> str:
        return iso(self.now)


@dataclass(frozen=True, slots=True)
class _Plan:
    """The state changes of a turn, computed from one snapshot."""

    session: Session
    changed_facts: list[Fact]
    learned: list[LearnedFact]
    active_facts: list[Fact]
    affinity: AffinityState


class ChatService:
    """Runs chat turns against a store, a personality registry and a reply chain."""

    def __init__(
        self,
        store: Store,
        personalities: PersonalityRegistry,
        replies: ReplyChain,
        settings: Settings,
        *,
        byok_provider: Callable[[ProviderConfig], Provider] | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store = store
        self.personalities = personalities
        self.replies = replies
        self.settings = settings
        self._byok_provider = byok_provider
        self._clock = clock

    def turn(
        self,
        principal: Principal,
        session_id: str,
        request: ChatRequest,
        *,
        idempotency_key: str | None = None,
    ) -> ChatResult:
        """Answer one user message and remember what it taught.

        Raises:
            InvalidInputError: bad session id, idempotency key, or a disallowed provider.
            NotFoundError: unknown personality.
            ConflictError: the session stayed too busy to write this turn.
        """
        started = time.perf_counter()
        check_session_id(session_id)
        if idempotency_key is not None and not _IDEMPOTENCY_KEY.match(idempotency_key):
            raise InvalidInputError(
                "Idempotency-Key must be 1-128 letters, digits, '.', '_', ':' or '-'"
            )
        personality_id = request.personality
        personality = self.personalities.get(personality_id)
        extra = self._request_providers(request)

        now = self._clock()
        quota = self._quota_for(now)
        snapshot = self._load(
            principal, session_id, personality_id, idempotency_key, quota.window if quota else None
        )
        if snapshot.stored_response is not None:
            return ChatResult.model_validate_json(snapshot.stored_response)
        if quota is not None and snapshot.turns_in_window >= quota.limit:
            raise self._quota_error(now)

        previous_language = snapshot.session.language if snapshot.session else None
        language = detect_language(request.message, default=previous_language or "en")
        turn = _TurnInput(
            session_id=session_id,
            request=request,
            candidates=extract_facts(
                request.message,
                language,
                assistant_names=self.personalities.names_of(personality_id),
                known_facts=[(f.key, f.value) for f in snapshot.facts if f.active],
            ),
            turn_id=new_turn_id(now),
            now=now,
            language=language,
            quota=quota,
        )
        plan = self._plan(snapshot, turn)
        level = level_for(plan.affinity.points)

        def prompt() -> ChatPrompt:
            return build_prompt(
                self.personalities.compiled_prompt(personality_id, level, language),
                facts=rank_facts(plan.active_facts, request.message, language),
                recent=snapshot.recent,
                user_message=request.message,
                memories=self._recall(principal, snapshot, turn),
                budget_tokens=self.settings.context_tokens,
            )

        outcome = self.replies.reply(
            prompt,
            OfflineRequest(
                message=request.message,
                language=language,
                personality_name=personality.persona.name,
                facts=plan.active_facts,
                learned=plan.learned,
                recent_replies=[m.content for m in snapshot.recent if m.role is Role.ASSISTANT],
                level=level,
                turn_index=plan.session.turn_count - 1,
                seed=turn.turn_id,
            ),
            extra_providers=extra,
        )
        result, written = self._persist(principal, snapshot, plan, turn, outcome, idempotency_key)
        if written is not None and self.settings.writes_episodes_inline:
            episode = episode_for_turn(
                self.store,
                principal,
                session_id,
                written.session.turn_count,
                every=self.settings.episode_every,
                facts=plan.active_facts,
                at=turn.at,
                known=[*snapshot.recent, *written.messages],
            )
            if episode is not None:
                self.store.save_episodes(principal, [episode])
        logger.info(
            "turn done",
            extra={
                "session_id": session_id,
                "turn_id": turn.turn_id,
                "personality": personality_id,
                "reply_source": result.reply_source,
                "degraded": result.degraded,
                "provider": result.provider,
                "input_tokens": result.usage.input_tokens if result.usage else None,
                "output_tokens": result.usage.output_tokens if result.usage else None,
                "facts_learned": len(result.facts_learned),
                "language": language,
                "ms": round((time.perf_counter() - started) * 1000, 3),
            },
        )
        return result

    # -- steps -------------------------------------------------------------------------

    def _recall(self, principal: Principal, snapshot: TurnSnapshot, turn: _TurnInput) -> list[str]:
        """Older turns and episodes relevant to this message (only when a model will read them)."""
        k = self.settings.recall_k
        if not k:
            return []
        episodes = snapshot.episodes
        if episodes is None:
            episodes = self.store.list_episodes(principal, latest=RECALL_EPISODES)
        found = recall_memories(
            self.store,
            principal,
            turn.request.message,
            turn.language,
            episodes=episodes,
            exclude=frozenset(m.message_id for m in snapshot.recent),
            now=turn.at,
            k=k,
        )
        return [memory_line(doc) for doc in found]

    def _request_providers(self, request: ChatRequest) -> list[Provider]:
        if request.provider is None:
            return []
        if not self.settings.allow_byok or self._byok_provider is None:
            raise InvalidInputError("a per-request provider is not allowed on this deployment")
        return [self._byok_provider(request.provider)]

    def _load(
        self,
        principal: Principal,
        session_id: str,
        personality: str,
        key: str | None,
        quota_window: str | None = None,
    ) -> TurnSnapshot:
        return self.store.load_turn(
            principal,
            session_id,
            personality,
            recent_limit=self.settings.recent_messages,
            idempotency_key=key,
            quota_window=quota_window,
        )

    def _quota_for(self, now: datetime) -> QuotaUse | None:
        """The quota window this moment falls in, when a per-user turn quota is set."""
        limit, span = self.settings.turn_quota, self.settings.turn_quota_window_s
        if not limit:
            return None
        start = int(now.timestamp()) // span * span
        return QuotaUse(window=str(start), limit=limit, expires_at=start + 2 * span)

    def _quota_error(self, now: datetime) -> QuotaExceededError:
        span = self.settings.turn_quota_window_s
        left = span - int(now.timestamp()) % span
        return QuotaExceededError(
            f"at most {self.settings.turn_quota} turns per {span} s; try again later",
            retry_after=max(left, 1),
        )

    @staticmethod
    def _plan(snapshot: TurnSnapshot, turn: _TurnInput) -> _Plan:
        merger = FactMerger(snapshot.facts)
        merged = merger.apply(
            turn.candidates,
            Provenance(FactSource.RULES, turn.at, session_id=turn.session_id, turn_id=turn.turn_id),
        )
        delta = affinity_delta(
            turn.request.message, turn.language, facts_shared=len(merged.learned)
        )
        old = snapshot.session
        return _Plan(
            session=Session(
                session_id=turn.session_id,
                personality=turn.request.personality,
                created_at=old.created_at if old else turn.at,
                updated_at=turn.at,
                turn_count=(old.turn_count if old else 0) + 1,
                version=(old.version if old else 0) + 1,
                language=turn.language,
            ),
            changed_facts=merged.changed,
            learned=merged.learned,
            active_facts=merger.active(),
            affinity=AffinityState(
                personality=turn.request.personality,
                points=apply_delta(snapshot.affinity.points, delta),
                version=snapshot.affinity.version + 1,
                updated_at=turn.at,
            ),
        )

    def _write(
        self,
        plan: _Plan,
        turn: _TurnInput,
        outcome: ReplyOutcome,
        result: ChatResult,
        key: str | None,
    ) -> TurnWrite:
        def message(seq: int, role: Role, content: str) -> Message:
            return Message(
                message_id=f"{turn.turn_id}-{seq}",
                session_id=turn.session_id,
                turn_id=turn.turn_id,
                role=role,
                content=content,
                created_at=turn.at,
                language=turn.language,
                turn_index=plan.session.turn_count,
            )

        retention = self.settings.retention_days
        messages = [
            message(0, Role.USER, turn.request.message),
            message(1, Role.ASSISTANT, outcome.text),
        ]
        return TurnWrite(
            session=plan.session,
            messages=messages,
            facts=plan.changed_facts,
            affinity=plan.affinity,
            idempotency_key=key,
            response_json=result.model_dump_json() if key else None,
            message_expires_at=int(turn.now.timestamp()) + retention * 86400 if retention else None,
            search_terms=(
                search_terms(messages, turn.language) if self.store.supports_message_search else {}
            ),
            quota=turn.quota,
        )

    def _persist(
        self,
        principal: Principal,
        snapshot: TurnSnapshot,
        plan: _Plan,
        turn: _TurnInput,
        outcome: ReplyOutcome,
        key: str | None,
    ) -> tuple[ChatResult, TurnWrite | None]:
        """Write the turn; returns the result and what was written (None for a repeat)."""
        for attempt in range(1, MAX_COMMIT_ATTEMPTS + 1):
            result = ChatResult(
                session_id=turn.session_id,
                turn_id=turn.turn_id,
                reply=outcome.text,
                reply_source=outcome.source,
                degraded=outcome.degraded,
                provider=outcome.provider,
                # Usage describes a model's answer: none for a fallback reply.
                usage=(
                    TokenUsage(
                        input_tokens=outcome.usage.input_tokens,
                        output_tokens=outcome.usage.output_tokens,
                        latency_ms=outcome.latency_ms,
                    )
                    if outcome.usage is not None
                    else None
                ),
                language=turn.language,
                facts_learned=plan.learned,
                affinity=Affinity.of(plan.affinity.personality, plan.affinity.points),
            )
            write = self._write(plan, turn, outcome, result, key)
            try:
                self.store.commit_turn(principal, write)
            except QuotaExceededError as exhausted:
                # A racing turn took the window's last place between our read and write.
                raise self._quota_error(turn.now) from exhausted
            except DuplicateTurnError as duplicate:
                return ChatResult.model_validate_json(duplicate.stored_response), None
            except ConflictError:
                if attempt == MAX_COMMIT_ATTEMPTS:
                    raise
                logger.info("turn conflict, retrying", extra={"attempt": attempt})
                # Jittered backoff, so turns racing on one session stop colliding.
                time.sleep(random.uniform(0, COMMIT_BACKOFF_S * 2**attempt))  # noqa: S311
                # The reply stands; the state changes are recomputed on fresh state.
                snapshot = self._load(principal, turn.session_id, plan.affinity.personality, None)
                plan = self._plan(snapshot, turn)
                continue
            return result, write
        raise AssertionError("unreachable")  # pragma: no cover
