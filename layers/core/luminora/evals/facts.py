"""`luminora eval facts`: fact-memory precision, recall and F1 on a labeled JSONL file.

The file format and scoring rules are ../shared/eval/README.md's: each case's turns go
through the public client on a fresh in-memory store, and the active facts afterwards are
matched against `expect` and `forbid` (values normalised, token inclusion counts).
"""

from __future__ import annotations

import asyncio
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from luminora.models import CANONICAL_KEYS

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

# Words the scoring rules drop from the front of a value, repeatedly (README, "Scoring").
LEADING_WORDS = frozenset(
    "the a an my el la los las un una mi mis le les o os der die das il lo l mon ma mes "
    "meu minha mein meine mio mia".split()
)


def normalize(text: str) -> list[str]:
    """Case-folded, accent-free tokens without leading articles or possessives."""
    folded = unicodedata.normalize("NFKD", str(text).casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    tokens = re.sub(r"[^\w\s]", " ", folded).split()
    while tokens and tokens[0] in LEADING_WORDS:
        tokens = tokens[1:]
    return tokens


def values_match(a: str, b: str) -> bool:
    """Equal after normalising, or one's tokens include all of the other's."""
    ta, tb = normalize(a), normalize(b)
    if not ta or not tb:
        return False
    return ta == tb or set(ta) <= set(tb) or set(tb) <= set(ta)


def fact_matches(fact: dict[str, str], spec: dict[str, Any]) -> bool:
    """A stored fact matches a labeled one: same key, value matches an alternative."""
    if fact["key"] != spec["key"]:
        return False
    alternatives = spec["value"] if isinstance(spec["value"], list) else [spec["value"]]
    return any(values_match(fact["value"], alt) for alt in alternatives)


@dataclass(slots=True)
class Tally:
    """Counts for one group of cases."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    violations: int = 0

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "forbid_violations": self.violations,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class CaseResult:
    """How one case scored, and what the system stored."""

    case_id: str
    tp: int
    fp: int
    fn: int
    violations: int
    facts: list[dict[str, str]]


def score_case(case: dict[str, Any], facts: Sequence[dict[str, str]]) -> CaseResult:
    """Score one case's active facts (only the canonical keys count)."""
    scored = [f for f in facts if f["key"] in CANONICAL_KEYS]
    used: set[int] = set()
    tp = 0
    for spec in case["expect"]:
        for i, fact in enumerate(scored):
            if i not in used and fact_matches(fact, spec):
                used.add(i)
                tp += 1
                break
    violations = sum(1 for f in scored if any(fact_matches(f, s) for s in case.get("forbid", [])))
    return CaseResult(
        case_id=case["id"], tp=tp, fp=len(scored) - len(used), fn=len(case["expect"]) - tp,
        violations=violations, facts=list(scored),
    )  # fmt: skip


@dataclass(slots=True)
class FactsReport:
    """Scores overall, per language and per skill, plus the failing cases."""

    cases: int = 0
    errors: int = 0
    fact_free_cases: int = 0
    fact_free_clean: int = 0
    groups: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    failures: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The totals as one JSON-ready object (the shared scorer's last line, plus groups)."""
        overall = self.groups["all"].scores()
        return {
            "cases": self.cases,
            "precision": overall["precision"],
            "recall": overall["recall"],
            "f1": overall["f1"],
            "forbid_violations": overall["forbid_violations"],
            "errors": self.errors,
            "fact_free_cases_clean": f"{self.fact_free_clean}/{self.fact_free_cases}",
            "groups": {name: tally.scores() for name, tally in sorted(self.groups.items())},
        }


async def _run_case(case: dict[str, Any], personality: str) -> list[dict[str, str]]:
    from luminora.client import Client

    async with Client(db=":memory:", user_id=f"eval-{case['id']}") as client:
        for turn in case["turns"]:
            await client.send_message_with_memory(f"eval-{case['id']}", turn, personality)
        return [{"key": f.key, "value": f.value} for f in await client.get_facts(None)]


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of a JSONL file (blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def run_facts_eval(
    cases: Sequence[dict[str, Any]],
    *,
    personality: str = "sakura",
    progress: Callable[[int, int], None] | None = None,
) -> FactsReport:
    """Run every case through the public client and score it."""
    from luminora.models import LuminoraError

    report = FactsReport()
    for index, case in enumerate(cases, 1):
        try:
            facts = asyncio.run(_run_case(case, personality))
        except LuminoraError:
            report.errors += 1
            facts = []
        result = score_case(case, facts)
        report.cases += 1
        for group in ("all", f"lang={case['lang']}", f"skill={case['skill']}"):
            tally = report.groups[group]
            tally.tp += result.tp
            tally.fp += result.fp
            tally.fn += result.fn
            tally.violations += result.violations
        if not case["expect"]:
            report.fact_free_cases += 1
            report.fact_free_clean += not result.facts
        if result.fp or result.fn:
            report.failures.append(
                {
                    "id": case["id"],
                    "turns": case["turns"],
                    "expected": case["expect"],
                    "got": result.facts,
                }  # fmt: skip
            )
        if progress is not None:
            progress(index, len(cases))
    return report


def format_report(report: FactsReport) -> str:
    """A table of P/R/F1 and forbid violations per group."""
    lines = [f"{'group':24} {'P':>6} {'R':>6} {'F1':>6} {'forbid':>6}"]
    for name in sorted(report.groups, key=lambda n: (n != "all", n)):
        s = report.groups[name].scores()
        lines.append(
            f"{name:24} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
            f" {s['forbid_violations']:6d}"
        )
    lines.append(f"fact-free cases clean: {report.fact_free_clean}/{report.fact_free_cases}")
    return "\n".join(lines)
