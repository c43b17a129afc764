"""How `luminora chat` shows things: ANSI styles (only on a terminal) and plain-text layouts."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import TextIO

    from luminora.models import Affinity, ChatResult, FactOut, Message, PersonalityInfo, Session

_CODES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
}


def wants_color(mode: str, stream: TextIO, *, no_color: bool) -> bool:
    """ANSI colors for `--color auto|always|never` (auto: a terminal, and NO_COLOR unset)."""
    if mode == "always":
        return True
    if mode == "never" or no_color:
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _utf8(stream: TextIO) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "utf-8"
    except LookupError:
        return False


@dataclass(frozen=True, slots=True)
class Style:
    """Colors and symbols for one output stream."""

    color: bool
    unicode: bool = True

    @classmethod
    def for_stream(cls, stream: TextIO, color: bool) -> Style:
        """The style for `stream`: colors as asked, arrows only where UTF-8 can show them."""
        return cls(color=color, unicode=_utf8(stream))

    def paint(self, text: str, *styles: str) -> str:
        """`text` in the given styles (unchanged without colors)."""
        if not self.color or not styles:
            return text
        return f"\x1b[{';'.join(_CODES[s] for s in styles)}m{text}\x1b[0m"

    def prompt(self, text: str, *styles: str) -> str:
        """Like `paint`, with readline's markers around the escapes so line editing works."""
        if not self.color or not styles:
            return text
        start = f"\x01\x1b[{';'.join(_CODES[s] for s in styles)}m\x02"
        return f"{start}{text}\x01\x1b[0m\x02"

    @property
    def arrow(self) -> str:
        return "→" if self.unicode else "->"

    @property
    def mark(self) -> str:
        return "›" if self.unicode else ">"

    @property
    def dot(self) -> str:
        return "·" if self.unicode else "|"


def percent(confidence: float) -> str:
    """0.85 -> '85%'."""
    return f"{round(confidence * 100)}%"


def reply_source(result: ChatResult, style: Style) -> str:
    """Where a reply came from: the model and its provider, or the offline fallback."""
    if result.reply_source == "llm":
        label = f"llm {style.dot} {result.provider or 'model'}"
        return style.paint(label, "green")
    if result.degraded:
        return style.paint("fallback (degraded: the configured provider failed)", "yellow")
    return style.paint("fallback (offline responder)", "yellow")


def affinity_change(before: Affinity | None, after: Affinity, style: Style) -> str:
    """`affinity 3 → 4 (+1) · stranger`, with the level change when there is one."""
    old = before.points if before is not None else 0
    delta = after.points - old
    sign = f"+{delta}" if delta > 0 else str(delta)
    color = "green" if delta > 0 else "red" if delta < 0 else "dim"
    level: str = after.level
    if before is not None and before.level != after.level:
        level = f"{before.level} {style.arrow} {after.level}"
    return (
        f"affinity {old} {style.arrow} {after.points} "
        f"{style.paint(f'({sign})', color)} {style.dot} {style.paint(level, 'magenta')}"
    )


def turn_report(
    result: ChatResult, speaker: str, before: Affinity | None, style: Style
) -> list[str]:
    """The lines shown after a reply: the reply, its source, facts learned, affinity."""
    lines = [
        f"{style.paint(speaker, 'bold', 'magenta')} {style.mark} {result.reply}",
        "  " + style.paint(f"[{result.language}] ", "dim") + reply_source(result, style),
    ]
    for fact in result.facts_learned:
        lines.append(
            "  "
            + style.paint("+ learned ", "green")
            + f"{style.paint(fact.key, 'cyan')} = {fact.value} "
            + style.paint(f"({percent(fact.confidence)})", "dim")
        )
    lines.append("  " + affinity_change(before, result.affinity, style))
    return lines


def facts_table(facts: Sequence[FactOut], style: Style) -> list[str]:
    """The user's active facts: key, value, source and confidence, aligned."""
    if not facts:
        return [style.paint("no facts remembered yet", "dim")]
    width = max(len(f.key) for f in facts)
    value_width = min(32, max(len(f.value) for f in facts))
    lines = [style.paint(f"facts ({len(facts)}):", "bold")]
    for fact in facts:
        meta = f"{fact.source.value} {percent(fact.confidence)}"
        lines.append(
            f"  {style.paint(fact.key.ljust(width), 'cyan')}  {fact.value.ljust(value_width)}  "
            + style.paint(meta, "dim")
        )
    return lines


def sessions_table(sessions: Sequence[Session], current: str, style: Style) -> list[str]:
    """The user's sessions, most recent first; the current one marked."""
    if not sessions:
        return [style.paint("no sessions yet", "dim")]
    lines = [style.paint(f"sessions ({len(sessions)}):", "bold")]
    for session in sessions:
        here = style.paint("*", "green") if session.session_id == current else " "
        lines.append(
            f" {here} {session.session_id}  {session.personality}  "
            + style.paint(f"{session.turn_count} turns, last {session.updated_at[:16]}", "dim")
        )
    return lines


def history_lines(messages: Sequence[Message], speaker: str, style: Style) -> list[str]:
    """A session's messages, oldest first."""
    if not messages:
        return [style.paint("no messages in this session yet", "dim")]
    lines = []
    for message in messages:
        who = (
            style.paint("you", "bold", "blue")
            if message.role.value == "user"
            else style.paint(speaker, "bold", "magenta")
        )
        lines.append(f"{who} {style.mark} {message.content}")
    return lines


def personalities_list(
    personalities: Sequence[PersonalityInfo], current: str, style: Style
) -> list[str]:
    """The personalities on offer; the current one marked."""
    lines = [style.paint("personalities:", "bold")]
    for info in personalities:
        here = style.paint("*", "green") if info.id == current else " "
        lines.append(f" {here} {info.id.ljust(10)} {style.paint(info.description, 'dim')}")
    return lines


HELP = [
    ("/facts", "what it remembers about you (key, value, source, confidence)"),
    ("/forget KEY", "forget a fact, e.g. /forget travel_destination"),
    ("/personality NAME", "talk to another personality, in a new session (no NAME: list)"),
    ("/sessions", "your sessions"),
    ("/session ID", "continue another session (or start one with that id)"),
    ("/new", "start a new session"),
    ("/history", "this session's messages"),
    ("/help", "this list"),
    ("/quit", "leave (Ctrl-D works too)"),
]


def help_lines(style: Style) -> list[str]:
    """The command list."""
    width = max(len(c) for c, _ in HELP)
    return [f"  {style.paint(cmd.ljust(width), 'cyan')}  {text}" for cmd, text in HELP]
