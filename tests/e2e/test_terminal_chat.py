"""`luminora chat` driven through a real pseudo-terminal, as a person would use it."""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import fcntl
import os
import pty
import re
import select
import subprocess
import sys
import termios
import time
from typing import TYPE_CHECKING

import pytest
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import cli_env

from luminora import Client

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

TIMEOUT_S = 30
# Terminal control sequences (colors, readline's bracketed-paste switches) and CRs.
CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[=>]|[\r\x01\x02]")
SGR = re.compile(r"\x1b\[[0-9;]*m")
PROMPT = "you › "
ENGLISH_TURNS = [
    "gonna go to everest next month what do you think, i'm lucia",
    "what's your name?",
    "wow you don't know??",
]


def _become_terminal_owner() -> None:
    # In the child: a new session whose controlling terminal is the pty (so ^C is SIGINT).
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """A program on a pseudo-terminal: type lines, wait for text."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        termios.tcsetwinsize(master, (40, 120))
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, cwd=REPO_ROOT, env=env,
            preexec_fn=_become_terminal_owner, close_fds=True,
        )  # fmt: skip
        os.close(slave)
        self.fd = master
        self.raw = ""
        self.position = 0
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    @property
    def text(self) -> str:
        """Everything shown so far, without control sequences."""
        return CONTROL.sub("", self.raw)

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # the program ended and closed the terminal
            return False
        if not chunk:
            return False
        self.raw += self._decoder.decode(chunk)
        return True

    def expect(self, pattern: str, timeout: float = TIMEOUT_S) -> re.Match[str]:
        """Wait for `pattern` (a regex) in the output after the last match."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            found = regex.search(self.text, self.position)
            if found:
                self.position = found.end()
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._read(min(remaining, 0.5)):
                found = regex.search(self.text, self.position)
                if found:
                    self.position = found.end()
                    return found
                pytest.fail(f"{pattern!r} never appeared; the terminal shows:\n{self.text}")

    def type(self, line: str) -> None:
        """Type a line and press Enter."""
        os.write(self.fd, line.encode() + b"\r")

    def press(self, key: bytes) -> None:
        os.write(self.fd, key)

    def wait(self, timeout: float = TIMEOUT_S) -> int:
        """The exit code, once the program has ended (reading what it still prints)."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self._read(0.2)
        while self._read(0.05) and self.position < len(self.text):
            pass
        return self.process.wait(timeout=1)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        with contextlib.suppress(OSError):
            os.close(self.fd)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    """Start `python -m luminora chat --db <tmp> ...` on a pty; all are closed at the end."""
    started: list[Terminal] = []

    def start(*args: str, **env_overrides: str) -> Terminal:
        env = cli_env()
        env.pop("NO_COLOR", None)
        env.update({"TERM": "xterm", "LANG": "C.UTF-8", **env_overrides})
        command = [sys.executable, "-m", "luminora", "chat", "--db", str(tmp_path / "l.db")]
        running = Terminal([*command, *args], env)
        started.append(running)
        return running

    yield start
    for running in started:
        running.close()


def test_reference_conversation_facts_and_forget_in_the_terminal(
    terminal: Callable[..., Terminal],
    tmp_path: Path,
) -> None:
    # Given a terminal chat with Sakura, without colors
    chat = terminal("--no-color", "--session", "term-1")
    chat.expect(r"talking to Sakura · session term-1")
    chat.expect(PROMPT)

    # When the English reference conversation is typed
    chat.type(ENGLISH_TURNS[0])
    # Then the reply shows its source, the facts learned and how affinity moved
    report = chat.expect(r"(?s)Sakura › .*?affinity 0 → [1-9]\d* \(\+[1-9]\d*\) · stranger").group(
        0
    )
    assert "Lucia" in report.splitlines()[0]
    assert "fallback (offline responder)" in report
    assert "+ learned name = Lucia" in report
    assert "+ learned travel_destination = Everest" in report
    chat.expect(PROMPT)
    chat.type(ENGLISH_TURNS[1])
    chat.expect(r"Sakura › [^\n]*Sakura")
    chat.expect(PROMPT)
    chat.type(ENGLISH_TURNS[2])
    chat.expect(r"Sakura › [^\n]*Lucia")
    chat.expect(PROMPT)

    # When /facts is typed, the name and the destination are listed with their source
    chat.type("/facts")
    chat.expect(r"facts \(2\):")
    chat.expect(r"name\s+Lucia\s+rules \d+%")
    chat.expect(PROMPT)
    assert re.search(r"travel_destination\s+Everest\s+rules", chat.text)

    # When the destination is forgotten, /facts no longer lists it
    chat.type("/forget travel_destination")
    chat.expect(r"forgot travel_destination \(1 value\)")
    chat.expect(PROMPT)
    chat.type("/facts")
    listing = chat.expect(r"facts \(1\):\n\s+name\s+Lucia[^\n]*\n")
    assert "travel_destination" not in listing.group(0)
    chat.expect(PROMPT)

    # Bad commands get a clear error, and the chat goes on
    chat.type("/teleport mars")
    chat.expect(r"error: unknown command '/teleport'; /help lists the commands")
    chat.type("/forget")
    chat.expect(r"error: usage: /forget KEY")
    chat.type("/personality nobody")
    chat.expect(r"error: no personality 'nobody'; try one of: aurora, kenji, sakura")
    chat.type("/history")
    chat.expect(r"you › gonna go to everest")

    # When /quit is typed, the chat ends cleanly
    chat.type("/quit")
    chat.expect("bye")
    assert chat.wait() == 0
    assert "Traceback" not in chat.text
    assert not SGR.search(chat.raw), "--no-color printed color codes"

    # And the memory is really stored: the public client sees what the terminal did
    async def stored() -> dict[str, str]:
        async with Client(db=str(tmp_path / "l.db"), user_id="dev-user") as client:
            return {f.key: f.value for f in await client.get_facts()}

    assert asyncio.run(stored()) == {"name": "Lucia"}


def test_colors_on_a_terminal_and_switching_personality_keeps_what_was_learned(
    terminal: Callable[..., Terminal],
) -> None:
    # Given a chat on a terminal (colors: auto)
    chat = terminal()
    chat.expect(PROMPT)
    chat.type("hi, i'm marta")
    chat.expect(r"learned name = Marta")
    # Then the output is colored
    assert "\x1b[1;35mSakura\x1b[0m" in chat.raw
    chat.expect(PROMPT)

    # When the user switches to Kenji, a new session starts and Kenji knows her name
    chat.type("/personality kenji")
    chat.expect(r"now talking to Kenji in a new session cli-")
    chat.expect(PROMPT)
    chat.type("what's my name?")
    chat.expect(r"Kenji › [^\n]*Marta")
    chat.expect(PROMPT)
    chat.type("/sessions")
    chat.expect(r"sessions \(2\):")
    chat.expect(PROMPT)

    # When Ctrl-C is pressed at the prompt, it leaves cleanly. (A person never presses it
    # within microseconds of the prompt; CPython's readline loses a SIGINT that lands
    # between drawing the prompt and waiting for input, so give it a human pause.)
    time.sleep(0.5)
    chat.press(b"\x03")
    chat.expect("bye")
    assert chat.wait() == 0
    assert "Traceback" not in chat.text


def test_no_color_env_and_end_of_input(terminal: Callable[..., Terminal]) -> None:
    # Given NO_COLOR on a terminal
    chat = terminal(NO_COLOR="1")
    chat.expect(PROMPT)
    chat.type("/help")
    chat.expect(r"/forget KEY\s+forget a fact")
    chat.expect(PROMPT)
    # When Ctrl-D ends the input
    chat.press(b"\x04")
    chat.expect("bye")
    # Then it exits 0 and nothing was colored
    assert chat.wait() == 0
    assert not SGR.search(chat.raw)


def test_unknown_personality_at_start_is_a_clear_error(terminal: Callable[..., Terminal]) -> None:
    chat = terminal("--personality", "nobody")
    chat.expect(r"error: no personality 'nobody'; try: aurora, kenji, sakura")
    assert chat.wait() == 2
