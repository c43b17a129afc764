"""`luminora eval locomo`: run the LoCoMo retrieval benchmark and print a table + JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

    from luminora.evals.locomo import LocomoReport

__all__ = ["find_locomo_data", "format_report", "main_locomo"]

DATA_RELATIVE: Final[Path] = Path("shared") / "data" / "locomo" / "locomo10.json"


def find_locomo_data(starts: Iterable[Path] | None = None) -> Path | None:
    """locomo10.json in `../shared/data/locomo/` beside the repo, walking up from `starts`.

    Args:
        starts: where to begin; the working directory and this package's folder by default.
    """
    for start in starts if starts is not None else (Path.cwd(), Path(__file__).parent):
        for folder in (start.resolve(), *start.resolve().parents):
            candidate = folder / DATA_RELATIVE
            if candidate.is_file():
                return candidate
    return None


def _ks(value: str) -> list[int]:
    try:
        ks = sorted({int(part) for part in value.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"--k wants numbers like 5,10, not {value!r}") from None
    if not ks or ks[0] < 1:
        raise argparse.ArgumentTypeError("--k values must be positive")
    return ks


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="luminora eval locomo",
        description=(
            "Evidence recall@k on LoCoMo per question category: the product's recall"
            " (ours) vs plain BM25."
        ),
    )
    parser.add_argument("--data", type=Path, help="locomo10.json (default: ../shared/data/...)")
    parser.add_argument("--k", type=_ks, default=[5, 10], help="cut-offs, e.g. 5,10")
    parser.add_argument("--limit", type=int, help="only the first N conversations")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    return parser


def format_report(report: LocomoReport) -> str:
    """The human-readable table: one row per category, baseline vs ours for each k."""
    base, ours = report.methods["baseline"], report.methods["ours"]
    head = f"{'category':<13}{'n':>6}"
    for k in report.ks:
        head += f"  {'base@' + str(k):>8}{'ours@' + str(k):>8}{'gain':>7}"
    lines = [head, "-" * len(head)]
    counts = {**report.per_category, "overall": report.questions_scored}
    for category, n in counts.items():
        line = f"{category:<13}{n:>6}"
        for cut in map(str, report.ks):
            b, o = base.recall[category][cut], ours.recall[category][cut]
            line += f"  {b:>8.3f}{o:>8.3f}{o - b:>+7.3f}"
        lines.append(line)
    lines += [
        "",
        f"{report.conversations} conversations, {report.questions_scored} questions scored "
        f"({report.questions_without_evidence} without evidence skipped); evidence ids: "
        f"{report.evidence_ids}, {report.evidence_ids_repaired} repaired, "
        f"{len(report.evidence_ids_dropped)} dropped (no such turn)",
        f"query latency ms (mean/p50/p95): baseline {base.query_ms_mean:.2f}/"
        f"{base.query_ms_p50:.2f}/{base.query_ms_p95:.2f}, ours {ours.query_ms_mean:.2f}/"
        f"{ours.query_ms_p50:.2f}/{ours.query_ms_p95:.2f}; index build per conversation: "
        f"baseline {base.index_ms_per_conversation:.0f} ms, ours "
        f"{ours.index_ms_per_conversation:.0f} ms; total {report.seconds:.1f}s",
    ]
    return "\n".join(lines)


def main_locomo(argv: list[str] | None = None) -> int:
    """Entry point of `luminora eval locomo`; returns the process exit code."""
    args = _parser().parse_args(argv)
    data: Path | None = args.data or find_locomo_data()
    if data is None or not data.is_file():
        where = data or f"../{DATA_RELATIVE} (walking up from the working directory)"
        print(f"LoCoMo data not found: {where}. Pass --data FILE.", file=sys.stderr)  # noqa: T201
        return 2
    from luminora.evals.locomo import run_locomo  # the index and stemmers load only here

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)  # noqa: T201

    report = run_locomo(data, args.k, progress=progress, limit=args.limit)
    if not args.json:
        print(format_report(report))  # noqa: T201
    print(report.model_dump_json())  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main_locomo())
