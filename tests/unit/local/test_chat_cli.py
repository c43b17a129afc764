"""`luminora chat`'s session logic and rendering, on an in-memory database."""

from __future__ import annotations

import asyncio
import io
import re
from typing import TYPE_CHECKING

import pytest

from luminora import Client
from luminora.local.chat_cli import ChatOptions, ChatSession, load_personalities
from luminora.local.chat_render import Style, affinity_change, wants_color
from luminora.models import Affinity

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

SGR = re.compile(r"\x1b\[[0-9;]*m")


class Utf8(io.StringIO):
    """Captured output that, like a modern terminal, can show UTF-8."""

    encoding = "utf-8"


class Tty(Utf8):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def chat() -> Iterator[tuple[ChatSession, io.StringIO, io.StringIO]]:
    out, err = Utf8(), Utf8()
    options = ChatOptions(session="s1")
    with asyncio.Runner() as runner:
        client = Client(db=":memory:", user_id="u1")
        session = ChatSession(client, runner.run, load_personalities(options), options, out, err)
        session.start()
        yield session, out, err
        runner.run(client.aclose())


def scripted(lines: list[str]) -> Callable[[str], str]:
    pending = iter(lines)

    def read(_prompt: str) -> str:
        try:
            return next(pending)
        except StopIteration:
            raise EOFError from None

    return read


def test_a_turn_shows_the_reply_its_source_facts_learned_and_affinity(
    chat: tuple[ChatSession, io.StringIO, io.StringIO],
) -> None:
    session, out, _ = chat
    assert session.loop(scripted(["ire al himalaya que te parece, soy carlos"])) == 0
    text = out.getvalue()
    assert "Sakura › " in text and "fallback (offline responder)" in text
    assert "+ learned name = Carlos" in text
    assert "+ learned travel_destination = Himalaya" in text
    assert re.search(r"affinity 0 → [1-9]\d* \(\+\d+\) · stranger", text)
    assert not SGR.search(text)


def test_commands_list_forget_and_switch(
    chat: tuple[ChatSession, io.StringIO, io.StringIO],
) -> None:
    session, out, err = chat
    code = session.loop(
        scripted(
            [
                "gonna go to everest next month what do you think, i'm ana",
                "/facts",
                "/forget travel_destination",
                "/forget travel_destination",
                "/personality Kenji",
                "/history",
                "/sessions",
                "/quit",
                "never read",
            ]
        )
    )
    assert code == 0
    text = out.getvalue()
    assert re.search(r"name\s+Ana\s+rules", text) and re.search(
        r"travel_destination\s+Everest", text
    )
    assert "forgot travel_destination (1 value)" in text
    assert "error: no fact 'travel_destination'" in err.getvalue()
    assert "now talking to Kenji in a new session" in text
    assert "no messages in this session yet" in text
    assert "sessions (1):" in text and text.rstrip().endswith("bye")
    assert session.personality == "kenji" and session.session != "s1"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("/nope", "unknown command '/nope'"),
        ("/forget", "usage: /forget KEY"),
        ("/forget Not-A-Key", "fact key"),
        ("/personality zorro", "no personality 'zorro'; try one of: aurora, kenji, sakura"),
        ("/session bad id!", "usage: /session ID"),
        ("x" * 4001, "message: String should have at most 4000 characters"),
    ],
)
def test_bad_input_gets_a_clear_error_and_the_chat_goes_on(
    chat: tuple[ChatSession, io.StringIO, io.StringIO], line: str, message: str
) -> None:
    session, out, err = chat
    assert session.loop(scripted([line, "/help"])) == 0
    assert message in err.getvalue()
    assert "/forget KEY" in out.getvalue()


def test_blank_lines_are_ignored(chat: tuple[ChatSession, io.StringIO, io.StringIO]) -> None:
    session, out, err = chat
    before = out.getvalue()
    assert session.loop(scripted(["", "   "])) == 0
    assert err.getvalue() == ""
    assert out.getvalue().removeprefix(before).strip() == "bye"


@pytest.mark.parametrize(
    ("mode", "tty", "no_color", "expected"),
    [
        ("auto", True, False, True),
        ("auto", True, True, False),
        ("auto", False, False, False),
        ("always", False, True, True),
        ("never", True, False, False),
    ],
)
def test_colors_only_on_a_terminal_unless_asked(
    mode: str, tty: bool, no_color: bool, expected: bool
) -> None:
    stream = Tty() if tty else io.StringIO()
    assert wants_color(mode, stream, no_color=no_color) is expected


def test_affinity_change_names_a_new_level() -> None:
    style = Style(color=False)
    text = affinity_change(Affinity.of("sakura", 19), Affinity.of("sakura", 22), style)
    assert text == "affinity 19 → 22 (+3) · stranger → acquaintance"
    assert affinity_change(None, Affinity.of("sakura", 0), Style(False, unicode=False)) == (
        "affinity 0 -> 0 (0) | stranger"
    )


def test_colored_prompts_hide_escapes_from_readline() -> None:
    prompt = Style(color=True).prompt("you", "bold")
    assert prompt == "\x01\x1b[1m\x02you\x01\x1b[0m\x02"
    assert Style(color=False).prompt("you", "bold") == "you"
