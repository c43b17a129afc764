"""A chat service on an in-memory SQLite store, with a recording stand-in for a model."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from luminora.models import ChatPrompt, Principal
from luminora.providers.base import Completion, Usage
from luminora.providers.chain import ReplyChain
from luminora.providers.offline import OfflineResponder
from luminora.service import Services, Settings
from luminora.store.sqlite import SqliteStore

ALICE = Principal("acme", "alice")


@dataclass
class RecordingModel:
    """Answers every prompt with a fixed line and keeps the prompts it saw."""

    name: str = "recorder"
    prompts: list[ChatPrompt] = field(default_factory=list)

    def complete(self, prompt: ChatPrompt, *, timeout: float) -> Completion:
        self.prompts.append(prompt)
        return Completion(text=f"reply {len(self.prompts)}", provider=self.name, usage=Usage(1, 1))


@pytest.fixture
def model() -> RecordingModel:
    return RecordingModel()


@pytest.fixture
def make_services(model: RecordingModel) -> Iterator[Callable[..., Services]]:
    """Services on a fresh in-memory SQLite database; `with_model` puts the recorder first."""
    built: list[Services] = []

    def make(*, with_model: bool = False, **settings: object) -> Services:
        chain = ReplyChain([model] if with_model else [], OfflineResponder())
        services = Services(
            Settings(store="sqlite", db_path=":memory:", **settings),  # type: ignore[arg-type]
            store=SqliteStore(":memory:"),
            replies=chain,
        )
        built.append(services)
        return services

    yield make
    for services in built:
        services.close()
