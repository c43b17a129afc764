"""Retrieval speed: query latency at 10, 100 and 1,000 turns of history, index build, analyzer."""

from __future__ import annotations

import random
from typing import Any

import pytest

from luminora.memory.retrieval import Document, LexicalIndex, analyze, with_neighbour_context

pytestmark = pytest.mark.perf

_WORDS = (
    "today work dog cat sister brother trip Paris Madrid pizza sushi guitar violin movie "
    "book garden running yoga concert birthday exam project meeting coffee rain beach "
    "mountain hike museum painting recipe cake friend party wedding job interview class "
    "weekend holiday flight hotel doctor gym football game music song dance photo"
).split()
_FILLER = "I think that was really fun and we should do it again soon with everyone".split()
MESSAGE = "Yesterday I went hiking near Madrid with my sister, and we ate the best paella!"
QUERIES = [
    "When did I go hiking with my sister?",
    "what was the recipe for the cake?",
    "¿qué película vimos en Madrid?",
    "Which museum did we visit last week?",
]


def _history(turns: int, seed: int = 7) -> list[Document]:
    """A synthetic chat: two speakers, a few topic words per turn, a session of 20 turns a
    day."""
    rng = random.Random(seed)
    docs = []
    for i in range(turns):
        words = rng.sample(_WORDS, 3) + rng.sample(_FILLER, 6)
        rng.shuffle(words)
        day = 1 + (i // 20) % 28
        docs.append(
            Document(
                f"t{i}",
                " ".join(words),
                at=f"2024-{1 + (i // 560) % 12:02d}-{day:02d}T12:00:00",
                speaker="user" if i % 2 else "Sakura",
                thread=f"s{i // 20}",
            )
        )
    return with_neighbour_context(docs, before=2, after=1)


@pytest.mark.parametrize("turns", [10, 100, 1000])
def test_query_latency_by_history_length(benchmark: Any, turns: int) -> None:
    index = LexicalIndex()
    index.add(_history(turns))
    queries = iter(QUERIES * 100_000)

    def one_query() -> None:
        index.search(next(queries), "en", 10, now="2024-12-31T00:00:00")

    benchmark.pedantic(one_query, rounds=400, warmup_rounds=20)
    benchmark.extra_info["turns"] = turns


@pytest.mark.parametrize("turns", [10, 100, 1000])
def test_index_build_by_history_length(benchmark: Any, turns: int) -> None:
    history = _history(turns)

    def build() -> None:
        LexicalIndex().add(history)

    benchmark.pedantic(build, rounds=20 if turns == 1000 else 100, warmup_rounds=2)
    benchmark.extra_info["turns"] = turns


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", MESSAGE),
        ("es", "Ayer fui de excursión cerca de Madrid con mi hermana y comimos la mejor paella"),
    ],
    ids=["en", "es"],
)
def test_analyzer_time_per_message(benchmark: Any, language: str, text: str) -> None:
    # Varied messages over a chat-sized vocabulary, so the stem memo is warm but not trivial.
    messages = iter([*(d.text for d in _history(200, seed=3)), text] * 10_000)

    benchmark.pedantic(lambda: analyze(next(messages), language), rounds=2000, warmup_rounds=50)
