"""Memory budgets: prompt tokens and recall latency at 10, 100 and 1,000 turns of history."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from tests.unit.service.conftest import RecordingModel

from luminora.memory.context import estimate_tokens
from luminora.memory.recall import memory_line, recall_memories
from luminora.models import ChatRequest, Principal
from luminora.providers.chain import ReplyChain
from luminora.providers.offline import OfflineResponder
from luminora.service import Services, Settings
from luminora.store.sqlite import SqliteStore

pytestmark = pytest.mark.perf

ALICE = Principal("acme", "alice")
SIZES = (10, 100, 1000)
TALK = [
    "I'm Carlos and I live in Madrid",
    "work was busy, we shipped the new release",
    "my dog Toby chewed my shoes again",
    "thinking about a trip to Japan in spring",
    "I made paella for friends on Sunday",
    "the marathon training is going well, 15 km today",
    "I'm reading a novel about lighthouses",
    "my sister Ana has a new job in Lisbon",
]
QUERY = "how is Toby doing with the shoes?"


@pytest.fixture(scope="module")
def histories() -> dict[int, tuple[Services, RecordingModel]]:
    """One service per history size, each with that many turns already said."""
    built = {}
    for size in SIZES:
        model = RecordingModel()
        services = Services(
            Settings(store="sqlite", db_path=":memory:", episode_every=10),
            store=SqliteStore(":memory:"),
            replies=ReplyChain([model], OfflineResponder()),
        )
        talk = itertools.cycle(TALK)
        for turn in range(size):
            services.chat.turn(ALICE, "s", ChatRequest(message=f"{next(talk)} ({turn})"))
        built[size] = (services, model)
    return built


@pytest.mark.parametrize("size", SIZES)
def test_prompt_tokens_stay_bounded_as_history_grows(
    histories: dict[int, tuple[Services, RecordingModel]],
    size: int,
    record_budget: Callable[..., None],
) -> None:
    services, model = histories[size]
    services.chat.turn(ALICE, "s", ChatRequest(message=QUERY))
    prompt = model.prompts[-1]
    tokens = estimate_tokens(prompt.system) + sum(
        estimate_tokens(m.content) for m in prompt.messages
    )
    budget = services.settings.context_tokens
    record_budget(f"prompt tokens with {size} turns of history", tokens, budget, "tokens")
    assert tokens <= budget


@pytest.mark.parametrize("size", SIZES)
def test_recall_latency_per_query(
    histories: dict[int, tuple[Services, RecordingModel]],
    size: int,
    benchmark: Any,
    record_budget: Callable[..., None],
) -> None:
    services, _ = histories[size]
    store = services.store
    episodes = store.list_episodes(ALICE, latest=200)

    def one_query() -> list[str]:
        # The chat turn's path: text-index hits, the messages around them, the reranking.
        found = recall_memories(store, ALICE, QUERY, "en", episodes=episodes, k=5)
        return [memory_line(doc) for doc in found]

    found = benchmark.pedantic(one_query, rounds=50, warmup_rounds=3)
    assert any("Toby" in line for line in found)
    record_budget(
        f"recall latency per query, {size} turns (search, neighbours, rerank)",
        benchmark.stats.stats.median * 1000, None, "ms",
    )  # fmt: skip
