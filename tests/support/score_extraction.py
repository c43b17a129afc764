"""Score rule-based extraction on a labeled JSONL file (format: ../shared/eval/README.md).

Each case's turns go, in order, through `extract_facts` and `FactMerger` (source=rules,
as the chat turn does); the active facts are then scored with the shared scorer's own
`score_case` and `prf`, loaded from ../shared/eval/score_facts.py.

    python tests/support/score_extraction.py [FILE.jsonl ...] [--show-failures] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "layers" / "core") not in sys.path:
    sys.path.insert(0, str(ROOT / "layers" / "core"))

from luminora.memory.extraction import extract_facts  # noqa: E402
from luminora.memory.merge import FactMerger, Provenance  # noqa: E402
from luminora.models.facts import FactSource  # noqa: E402

if TYPE_CHECKING:
    from types import ModuleType

SHARED_EVAL = ROOT.parent / "shared" / "eval"
SHARED_SCORER = SHARED_EVAL / "score_facts.py"
DEV_FILE = SHARED_EVAL / "facts_dev.jsonl"
EXTRA_FILE = ROOT / "tests" / "data" / "facts_extra.jsonl"
ASSISTANT_NAMES = ("Sakura",)


def load_scorer(path: Path = SHARED_SCORER) -> ModuleType:
    """The shared scorer module, imported from its file (never copied)."""
    spec = importlib.util.spec_from_file_location("shared_score_facts", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The labeled cases of a JSONL file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def run_case(
    case: dict[str, Any], assistant_names: tuple[str, ...] = ASSISTANT_NAMES
) -> list[dict[str, str]]:
    """The active facts after the case's turns, as {"key", "value"} dicts."""
    merger = FactMerger([])
    for i, turn in enumerate(case["turns"]):
        known = [(f.key, f.value) for f in merger.active()]
        found = extract_facts(turn, assistant_names=assistant_names, known_facts=known)
        where = Provenance(source=FactSource.RULES, at=f"2025-01-01T00:00:{i:02d}Z",
                           session_id=case["id"], turn_id=f"t{i}")  # fmt: skip
        merger.apply(found, where)
    return [{"key": f.key, "value": f.value} for f in merger.active()]


@dataclass
class Report:
    """Scores of one file: counts per group, fact-free cases, failures."""

    groups: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0]))
    empty_cases: int = 0
    empty_clean: int = 0
    failures: list[str] = field(default_factory=list)

    def prf(self, scorer: ModuleType, group: str = "all") -> tuple[float, float, float]:
        tp, fp, fn, _ = self.groups[group]
        result: tuple[float, float, float] = scorer.prf(tp, fp, fn)
        return result

    def violations(self, group: str = "all") -> int:
        return self.groups[group][3]

    def summary(self, scorer: ModuleType) -> dict[str, Any]:
        p, r, f = self.prf(scorer)
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "forbid_violations": self.violations(),
                "fact_free_cases_clean": f"{self.empty_clean}/{self.empty_cases}"}  # fmt: skip


def score_cases(cases: list[dict[str, Any]], scorer: ModuleType | None = None) -> Report:
    """Run and score every case."""
    scorer = scorer or load_scorer()
    report = Report()
    for case in cases:
        facts = run_case(case)
        s = scorer.score_case(case, facts)
        for group in ("all", f"lang={case['lang']}", f"skill={case['skill']}"):
            g = report.groups[group]
            g[0] += s["tp"]
            g[1] += s["fp"]
            g[2] += s["fn"]
            g[3] += s["violations"]
        if not case["expect"]:
            report.empty_cases += 1
            report.empty_clean += not s["facts"]
        if s["fp"] or s["fn"]:
            report.failures.append(
                f"- {case['id']} {case['turns']}\n    expected {case['expect']}\n"
                f"    got {s['facts']}"
            )
    return report


def format_report(report: Report, scorer: ModuleType) -> str:
    """The per-language / per-skill table."""
    lines = [f"{'group':24} {'P':>6} {'R':>6} {'F1':>6} {'forbid':>6}"]
    for name in sorted(report.groups, key=lambda n: (n != "all", n)):
        p, r, f = report.prf(scorer, name)
        lines.append(f"{name:24} {p:6.3f} {r:6.3f} {f:6.3f} {report.violations(name):6d}")
    lines.append(f"fact-free cases clean: {report.empty_clean}/{report.empty_cases}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the given files (default: the shared dev file and tests/data/facts_extra.jsonl)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--json", action="store_true", help="last line: JSON totals per file")
    args = parser.parse_args(argv)
    files = args.files or [f for f in (DEV_FILE, EXTRA_FILE) if f.exists()]
    scorer = load_scorer()
    totals = {}
    for path in files:
        report = score_cases(load_cases(path), scorer)
        print(f"== {path}")  # noqa: T201 - a command-line report
        if args.show_failures:
            print("\n".join(report.failures))  # noqa: T201
        print(format_report(report, scorer))  # noqa: T201
        totals[path.name] = report.summary(scorer)
    if args.json:
        print(json.dumps(totals))  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
