"""run_locomo on a tiny LoCoMo-shaped file: recall math, evidence cleaning, report shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from luminora.evals import locomo
from luminora.evals.locomo import (
    BASELINE,
    OURS,
    LocomoReport,
    conversation_messages,
    run_locomo,
)
from luminora.evals.locomo_cli import find_locomo_data, main_locomo
from luminora.evals.locomo_data import load_locomo
from luminora.models import Role

SHARED_LOCOMO = Path(__file__).resolve().parents[3].parent / "shared/data/locomo/locomo10.json"


def _turn(speaker: str, n: int, i: int, text: str, **extra: str) -> dict[str, Any]:
    return {"speaker": speaker, "dia_id": f"D{n}:{i}", "text": text, **extra}


def _conversation() -> dict[str, Any]:
    """Two sessions, six turns, questions with clean and messy evidence."""
    return {
        "sample_id": "conv-x",
        "conversation": {
            "speaker_a": "Ana",
            "speaker_b": "Ben",
            "session_1_date_time": "1:56 pm on 8 May, 2023",
            "session_1": [
                _turn("Ana", 1, 1, "Hi Ben! I adopted a kitten called Miso."),
                _turn("Ben", 1, 2, "So cute! I started violin lessons."),
                _turn(
                    "Ana", 1, 3, "Look at this!", blip_caption="a photo of a red bicycle", query="x"
                ),
            ],
            "session_2_date_time": "10:00 am on 3 July, 2023",
            "session_2": [
                _turn("Ben", 2, 1, "My violin teacher moved to Porto."),
                _turn("Ana", 2, 2, "Miso the kitten broke a vase."),
                _turn("Ben", 2, 3, "Ha! Pets."),
            ],
            # A date key without a session, as in the real file: must be ignored.
            "session_3_date_time": "9:00 am on 1 August, 2023",
        },
        "qa": [
            {"question": "What is the name of Ana's kitten?", "evidence": ["D1:1"], "category": 4},
            {
                "question": "Which lessons did Ben start, and where did his teacher move?",
                "evidence": ["D1:2; D2:1"],  # two ids in one string
                "category": 1,
            },
            {"question": "What color is Ana's bicycle?", "evidence": ["D1:03"], "category": 4},
            {"question": "When did the vase break?", "evidence": ["D:2:2", "D9:9"], "category": 2},
            {"question": "Would Ana like dogs?", "evidence": [], "category": 3},
            {
                "question": "Why did Ben adopt a kitten?",
                "evidence": ["D1:1"],
                "adversarial_answer": "x",
                "category": 5,
            },
        ],
    }


@pytest.fixture
def locomo_file(tmp_path: Path) -> Path:
    path = tmp_path / "locomo_tiny.json"
    path.write_text(json.dumps([_conversation()]), encoding="utf-8")
    return path


def test_report_counts_questions_and_cleans_evidence(locomo_file: Path) -> None:
    report = run_locomo(locomo_file, (1, 3))

    assert report.conversations == 1
    assert report.questions_total == 6
    assert report.questions_scored == 5  # the one without evidence is skipped
    assert report.questions_without_evidence == 1
    assert report.per_category == {"multi-hop": 1, "temporal": 1, "single-hop": 2, "adversarial": 1}
    # 1 + 2 (split) + 1 + 2 + 1 ids; "D1:03" and "D:2:2" repaired; "D9:9" dropped.
    assert report.evidence_ids == 7
    assert report.evidence_ids_repaired == 2
    assert report.evidence_ids_dropped == ["conv-x D9:9"]


def test_recall_is_the_share_of_evidence_in_the_top_k(locomo_file: Path) -> None:
    report = run_locomo(locomo_file, (1, 6))

    for method in ("baseline", "ours"):
        for by_k in report.methods[method].recall.values():
            assert 0.0 <= by_k["1"] <= by_k["6"] <= 1.0
    ours = report.methods["ours"].recall
    assert ours["single-hop"]["6"] == 1.0  # kitten (text) and bicycle (caption) found
    assert ours["multi-hop"]["1"] == 0.5  # one of two evidence turns at k=1
    assert ours["multi-hop"]["6"] == 1.0
    assert report.methods["baseline"].recall["single-hop"]["6"] == 0.5  # no caption


def test_overall_is_the_mean_over_questions(locomo_file: Path) -> None:
    report = run_locomo(locomo_file, (2,))

    ours = report.methods["ours"].recall
    per_question = {"multi-hop": 1, "temporal": 1, "single-hop": 2, "adversarial": 1}
    weighted = sum(ours[c]["2"] * n for c, n in per_question.items()) / 5
    assert ours["overall"]["2"] == pytest.approx(weighted, abs=1e-3)


def test_report_serializes_to_json(locomo_file: Path) -> None:
    report = run_locomo(locomo_file, (5, 10))

    again = LocomoReport.model_validate_json(report.model_dump_json())

    assert again == report
    assert set(again.methods) == {"baseline", "ours"}
    assert again.ks == [5, 10]
    assert again.methods["ours"].query_ms_p95 >= again.methods["ours"].query_ms_p50 >= 0


def test_progress_reports_each_conversation_and_limit_applies(
    tmp_path: Path, locomo_file: Path
) -> None:
    two = tmp_path / "two.json"
    two.write_text(json.dumps([_conversation(), {**_conversation(), "sample_id": "conv-y"}]))
    lines: list[str] = []

    report = run_locomo(two, progress=lines.append)
    limited = run_locomo(two, limit=1)

    assert report.conversations == 2 and limited.conversations == 1
    assert len(lines) == 2 and "conv-y" in lines[1]


def test_methods_can_be_chosen(locomo_file: Path) -> None:
    report = run_locomo(locomo_file, methods=[OURS])

    assert list(report.methods) == ["ours"]
    assert BASELINE.name == "baseline"


def test_ours_is_the_products_recall_over_a_store_of_the_conversation(
    locomo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, int]] = []
    real = locomo.recall_memories

    def spy(store: Any, *args: Any, **kwargs: Any) -> Any:
        asked.append((type(store).__name__, kwargs["k"]))
        return real(store, *args, **kwargs)

    monkeypatch.setattr(locomo, "recall_memories", spy)
    run_locomo(locomo_file, (1, 3), methods=[OURS])

    # One call per question and cut, as the chat turn makes it (recall_k = the cut)
    assert sorted(set(asked)) == [("SqliteStore", 1), ("SqliteStore", 3)]
    assert len(asked) == 2 * 5


def test_the_conversation_becomes_the_users_and_the_assistants_messages(
    locomo_file: Path,
) -> None:
    conv = load_locomo(locomo_file).conversations[0]

    sessions = conversation_messages(conv)

    first = [(dia_id, m.role, m.content, m.session_id) for dia_id, m in sessions[1]]
    assert first == [
        ("D1:1", Role.USER, "Hi Ben! I adopted a kitten called Miso.", "locomo-1"),
        ("D1:2", Role.ASSISTANT, "So cute! I started violin lessons.", "locomo-1"),
        ("D1:3", Role.USER, "Look at this! [a photo of a red bicycle]", "locomo-1"),
    ]
    ids = [m.message_id for _, m in sessions[2]]
    assert ids == sorted(ids) and sessions[2][0][1].created_at == "2023-07-03T10:00:00"


def test_cli_prints_a_table_then_one_json_line(
    locomo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main_locomo(["--data", str(locomo_file), "--k", "1,3"])

    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert code == 0
    assert lines[0].startswith("category")
    assert any(line.startswith("overall") for line in lines)
    assert json.loads(lines[-1])["ks"] == [1, 3]
    assert "conv-x" in err  # progress goes to stderr


def test_cli_json_flag_prints_only_json(
    locomo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main_locomo(["--data", str(locomo_file), "--json"]) == 0

    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["ks"] == [5, 10]


def test_cli_missing_data_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main_locomo(["--data", str(tmp_path / "nope.json")]) == 2
    assert "LoCoMo data not found" in capsys.readouterr().err


def test_cli_rejects_bad_k(locomo_file: Path) -> None:
    with pytest.raises(SystemExit):
        main_locomo(["--data", str(locomo_file), "--k", "five"])


def test_default_data_is_found_by_walking_up(tmp_path: Path) -> None:
    data = tmp_path / "shared/data/locomo/locomo10.json"
    data.parent.mkdir(parents=True)
    data.write_text("[]")
    deep = tmp_path / "main/layers/core"
    deep.mkdir(parents=True)

    assert find_locomo_data([deep]) == data
    assert find_locomo_data([tmp_path.parent / "elsewhere-that-does-not-exist"]) is None


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_LOCOMO.is_file(), reason="../shared/data/locomo not present")
def test_real_locomo_ours_beats_the_baseline() -> None:
    report = run_locomo(SHARED_LOCOMO, (5, 10), limit=2)

    ours, base = report.methods["ours"].recall, report.methods["baseline"].recall
    assert report.questions_scored > 250
    for category in base:
        assert ours[category]["10"] >= base[category]["10"], category
    assert ours["overall"]["10"] >= 0.65
