"""Rule-based extraction budget (DESIGN.md): at most 0.3 ms per message, detection included."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from luminora.memory.extraction import extract_facts, language_pack
from luminora.memory.language import LANGUAGES

if TYPE_CHECKING:
    from collections.abc import Callable

BUDGET_MS = 0.3

# A mixed batch as chat traffic looks: statements, chit-chat, questions, six languages.
BATCH = [
    "hi!",
    "lol ok so im jake btw, 22, live in austin",
    "I work as a software engineer at Shopify, and in my free time I go climbing.",
    "My wife Hannah and I just celebrated our tenth anniversary!",
    "Do you remember where I live?",
    "I'm not vegetarian, I just don't eat red meat very often.",
    "If I were a pilot I'd fly somewhere new every single weekend.",
    "Honestly, I'm not into horror movies anymore, they stress me out.",
    "What's the weather usually like in Scotland in May?",
    "I'm allergic to shellfish, so any food tips would help.",
    "ire al himalaya que te parece, soy carlos",
    "como te llamas?",
    "Soy Diego, tengo 27 años, soy argentino, de Rosario, aunque ahora vivo en Barcelona.",
    "Bueno, ya no vivo en Madrid, me mudé a Sevilla en enero.",
    "Me encantan las series coreanas y el café solo, pero odio las aceitunas.",
    "No tengo mascotas, mi casero no las permite, aunque me encantan los perros.",
    "Mi hermana Ana acaba de cumplir 40 y se va a vivir a Londres.",
    "jaja q va yo curro de camarero en un bar, nada del otro mundo",
    "Bonjour, je m'appelle Camille et j'habite à Lyon.",
    "Enfin, je travaillais chez Renault — depuis mars, je suis chez Airbus.",
    "Oi! Meu nome é Beatriz e moro em Curitiba.",
    "vc acredita q meu gato mingau derrubou o vaso dnv kkkk",
    "Ich bin 38, wohne in Leipzig und arbeite als Krankenpfleger.",
    "Tennis spiele ich eigentlich gar nicht mehr, seit meiner Knieverletzung.",
    "Ciao, sono Giulia e vivo a Torino.",
    "Non sono sposato e non ho figli, vivo da solo con il mio cane Rocco.",
]


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    # Packs compile on first use; the budget is for the steady state of a warm Lambda.
    for language in LANGUAGES:
        language_pack(language)


@pytest.mark.perf
def test_extraction_mean_time_per_message_within_budget(
    benchmark: pytest.FixtureRequest, record_budget: Callable[..., None]
) -> None:
    def run_batch() -> int:
        return sum(len(extract_facts(m, assistant_names=("Sakura",))) for m in BATCH)

    found = benchmark(run_batch)  # type: ignore[operator]
    mean_ms = benchmark.stats.stats.mean * 1000 / len(BATCH)  # type: ignore[attr-defined]
    record_budget(
        "rule-based extraction per message (detection included)", mean_ms, BUDGET_MS, "ms"
    )
    assert found > 0
    assert mean_ms <= BUDGET_MS, f"{mean_ms:.3f} ms per message (budget {BUDGET_MS} ms)"
