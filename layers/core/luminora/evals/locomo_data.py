"""Reading LoCoMo (locomo10.json): conversations, turns, questions and cleaned evidence.

The dataset's evidence ids need cleaning (see its README): several ids in one string,
"D:11:26", zero padding ("D30:05"), a bare "D", ids past the end of their session.
`load_locomo` splits on `[;\\s]+`, strips the padding and stray colons, and drops ids that
do not resolve to a turn of that conversation, counting them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["CATEGORY_NAMES", "Conversation", "LocomoData", "Question", "Turn", "load_locomo"]

CATEGORY_NAMES: Final[dict[int, str]] = {
    1: "multi-hop",
    2: "temporal",
    3: "open-domain",
    4: "single-hop",
    5: "adversarial",
}
_SESSION_KEY: Final[re.Pattern[str]] = re.compile(r"^session_(\d+)$")
_DIA_ID: Final[re.Pattern[str]] = re.compile(r"^D:?(\d+):(\d+)$")
_SPLIT: Final[re.Pattern[str]] = re.compile(r"[;\s]+")


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn: `dia_id` is "D<session>:<turn>", `at` the session's ISO time."""

    dia_id: str
    session: int
    speaker: str
    text: str
    caption: str
    at: str | None


@dataclass(frozen=True, slots=True)
class Question:
    """A QA item with its cleaned evidence (dia_ids that resolve to turns)."""

    question: str
    category: int
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conversation:
    """One LoCoMo conversation: its turns in order and its questions."""

    sample_id: str
    speakers: tuple[str, str]
    turns: tuple[Turn, ...]
    questions: tuple[Question, ...]

    @property
    def last_time(self) -> str | None:
        """When the last session took place: the moment the questions are asked."""
        times = [t.at for t in self.turns if t.at]
        return max(times) if times else None


@dataclass(slots=True)
class LocomoData:
    """The parsed file plus what evidence cleaning did."""

    conversations: list[Conversation]
    evidence_ids: int = 0
    evidence_repaired: int = 0
    evidence_dropped: list[str] = field(default_factory=list)


def load_locomo(path: Path, *, limit: int | None = None) -> LocomoData:
    """Parse locomo10.json (or a file of the same shape).

    Args:
        path: the JSON file.
        limit: read only the first `limit` conversations.
    """
    raw: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    data = LocomoData(conversations=[])
    for item in raw[:limit]:
        data.conversations.append(_conversation(item, data))
    return data


def _conversation(item: dict[str, Any], data: LocomoData) -> Conversation:
    conv: dict[str, Any] = item["conversation"]
    sessions = sorted(int(m[1]) for key in conv if (m := _SESSION_KEY.match(key)))
    turns: list[Turn] = []
    for n in sessions:
        at = _session_time(conv.get(f"session_{n}_date_time"))
        for i, turn in enumerate(conv[f"session_{n}"], start=1):
            turns.append(
                Turn(
                    dia_id=f"D{n}:{i}",  # by position, as the README guarantees
                    session=n,
                    speaker=str(turn.get("speaker", "")),
                    text=str(turn.get("text", "")),
                    caption=str(turn.get("blip_caption") or ""),
                    at=at,
                )
            )
    known = {t.dia_id for t in turns}
    questions = [
        Question(str(qa["question"]), int(qa["category"]), _evidence(qa, known, item, data))
        for qa in item.get("qa", [])
    ]
    speakers = (str(conv.get("speaker_a", "")), str(conv.get("speaker_b", "")))
    return Conversation(str(item.get("sample_id", "")), speakers, tuple(turns), tuple(questions))


def _evidence(
    qa: dict[str, Any], known: set[str], item: dict[str, Any], data: LocomoData
) -> tuple[str, ...]:
    found: list[str] = []
    for raw in qa.get("evidence", []):
        for part in filter(None, _SPLIT.split(str(raw))):
            data.evidence_ids += 1
            match = _DIA_ID.match(part)
            dia_id = f"D{int(match[1])}:{int(match[2])}" if match else None
            if dia_id is None or dia_id not in known:
                data.evidence_dropped.append(f"{item.get('sample_id')} {part}")
                continue
            data.evidence_repaired += dia_id != part
            if dia_id not in found:
                found.append(dia_id)
    return tuple(found)


def _session_time(value: object) -> str | None:
    """ "1:56 pm on 8 May, 2023" -> "2023-05-08T13:56:00"; None if absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), "%I:%M %p on %d %B, %Y").isoformat()
    except ValueError:
        return None
