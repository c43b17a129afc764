"""`luminora chat`: a terminal chat through the public Client, showing what memory does.

After each reply it shows where the reply came from, the facts learned this turn and how
affinity moved. Lines starting with `/` are commands (`/help` lists them).
"""

from __future__ import annotations

import asyncio
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from luminora.local.chat_render import (
    Style,
    facts_table,
    help_lines,
    history_lines,
    personalities_list,
    sessions_table,
    turn_report,
    wants_color,
)
from luminora.models import LuminoraError, NotFoundError, PersonalityInfo
from luminora.models.limits import SESSION_ID_PATTERN

if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine
    from typing import TextIO, TypeVar

    from luminora import Client
    from luminora.models import Affinity

    T = TypeVar("T")

__all__ = ["ChatOptions", "ChatSession", "run_chat", "wants_color"]

PERSONALITIES_TIMEOUT_S = 10.0


@dataclass(frozen=True, slots=True)
class ChatOptions:
    """What `luminora chat` was asked for."""

    personality: str = "sakura"
    session: str | None = None
    user: str = "dev-user"
    db: str = ".luminora/luminora.db"
    url: str | None = None
    token: str | None = None
    color: bool = False


class QuitChat(Exception):  # noqa: N818 - a signal, not an error
    """Raised by `/quit`."""


def new_session_id() -> str:
    """A fresh, readable session id (`cli-20250101-120000-ab12`)."""
    return f"cli-{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


def load_personalities(options: ChatOptions) -> list[PersonalityInfo]:
    """The personalities on offer: the server's (`--url`) or the local registry's."""
    if options.url:
        import httpx

        from luminora.models import ErrorBody, PersonalityList

        headers = {"Authorization": f"Bearer {options.token}"}
        with httpx.Client(timeout=httpx.Timeout(PERSONALITIES_TIMEOUT_S)) as http:
            try:
                response = http.get(f"{options.url.rstrip('/')}/v1/personalities", headers=headers)
            except httpx.HTTPError as exc:
                raise LuminoraError(f"cannot reach {options.url}: {exc}") from exc
        if not response.is_success:
            try:
                detail = ErrorBody.model_validate_json(response.content).error.message
            except ValueError:
                detail = f"HTTP {response.status_code}"
            raise LuminoraError(f"{options.url}: {detail}")
        return PersonalityList.model_validate_json(response.content).personalities
    from pathlib import Path

    from luminora.personalities import PersonalityRegistry
    from luminora.service import Settings

    return PersonalityRegistry([Path(d) for d in Settings.from_env().personality_dirs]).infos()


def build_client(options: ChatOptions) -> Client:
    """The public Client: over HTTP with `--url`, otherwise in-process on `--db`."""
    from luminora import Client

    if options.url:
        return Client(base_url=options.url, token=options.token)
    return Client(db=options.db, user_id=options.user)


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where}: {first['msg']}" if where else str(first["msg"])


class ChatSession:
    """One terminal conversation: reads lines, runs turns and commands, prints the results."""

    def __init__(
        self,
        client: Client,
        run: Callable[[Coroutine[Any, Any, Any]], Any],
        personalities: list[PersonalityInfo],
        options: ChatOptions,
        out: TextIO,
        err: TextIO,
    ) -> None:
        self.client = client
        self._run = run
        self.personalities = {p.id: p for p in personalities}
        self.personality = options.personality
        self.session = options.session or new_session_id()
        self.out = out
        self.err = err
        self.style = Style.for_stream(out, options.color)
        self.affinity: Affinity | None = None
        self.commands: dict[str, Callable[[str], None]] = {
            "/facts": self.cmd_facts,
            "/forget": self.cmd_forget,
            "/personality": self.cmd_personality,
            "/sessions": self.cmd_sessions,
            "/session": self.cmd_session,
            "/new": self.cmd_new,
            "/history": self.cmd_history,
            "/help": self.cmd_help,
            "/quit": self.cmd_quit,
            "/exit": self.cmd_quit,
        }

    # -- output -------------------------------------------------------------------------

    def say(self, *lines: str) -> None:
        for line in lines:
            self.out.write(line + "\n")
        self.out.flush()

    def error(self, message: str) -> None:
        self.out.flush()
        self.err.write(self.style.paint(f"error: {message}", "red") + "\n")
        self.err.flush()

    def speaker(self, personality: str | None = None) -> str:
        pid = personality or self.personality
        info = self.personalities.get(pid)
        return info.name if info else pid

    def prompt(self) -> str:
        return self.style.prompt("you", "bold", "blue") + f" {self.style.mark} "

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        result: T = self._run(coroutine)
        return result

    # -- the loop -----------------------------------------------------------------------

    def start(self) -> None:
        """Check the personality and show where we are."""
        self.affinity = self.call(self.client.get_affinity(self.session, self.personality))
        s = self.style
        self.say(
            s.paint("Luminora chat", "bold")
            + f" {s.dot} talking to {s.paint(self.speaker(), 'bold', 'magenta')}"
            + f" {s.dot} session {s.paint(self.session, 'cyan')}",
            s.paint(
                f"affinity {self.affinity.points} ({self.affinity.level}). "
                "Type a message, /help for commands, /quit to leave.",
                "dim",
            ),
        )

    def handle(self, line: str) -> None:
        """One line typed by the user: a command or a chat message.

        Raises:
            QuitChat: the user asked to leave.
        """
        text = line.strip()
        if not text:
            return
        if text.startswith("/"):
            name, _, arg = text.partition(" ")
            command = self.commands.get(name.lower())
            if command is None:
                self.error(f"unknown command {name!r}; /help lists the commands")
                return
            command(arg.strip())
            return
        self.turn(line)

    def turn(self, message: str) -> None:
        """Send one message and show the reply, its source, facts learned and affinity."""
        before = self.affinity
        result = self.call(
            self.client.send_message_with_memory(
                session_id=self.session, user_message=message, personality_name=self.personality
            )
        )
        self.affinity = result.affinity
        self.say(*turn_report(result, self.speaker(), before, self.style))

    def loop(self, read: Callable[[str], str]) -> int:
        """Read lines until /quit, end of input or Ctrl-C; 0 when the user left normally."""
        while True:
            try:
                self.handle(read(self.prompt()))
            except (EOFError, KeyboardInterrupt):  # Ctrl-D, Ctrl-C
                self.say("", self.style.paint("bye", "dim"))
                return 0
            except QuitChat:
                self.say(self.style.paint("bye", "dim"))
                return 0
            except LuminoraError as exc:
                self.error(exc.message)
            except ValidationError as exc:
                self.error(_validation_message(exc))

    # -- commands -----------------------------------------------------------------------

    def cmd_help(self, _arg: str) -> None:
        self.say(self.style.paint("commands:", "bold"), *help_lines(self.style))

    def cmd_quit(self, _arg: str) -> None:
        raise QuitChat

    def cmd_facts(self, _arg: str) -> None:
        self.say(*facts_table(self.call(self.client.get_facts(self.session)), self.style))

    def cmd_forget(self, arg: str) -> None:
        if not arg or " " in arg:
            self.error("usage: /forget KEY   (e.g. /forget travel_destination; /facts lists keys)")
            return
        deleted = self.call(self.client.forget_fact(arg))
        values = "value" if deleted.deleted == 1 else "values"
        self.say(self.style.paint(f"forgot {arg} ({deleted.deleted} {values})", "yellow"))

    def cmd_personality(self, arg: str) -> None:
        if not arg:
            self.say(
                *personalities_list(list(self.personalities.values()), self.personality, self.style)
            )
            return
        wanted = arg.lower()
        match = next(
            (p.id for p in self.personalities.values() if wanted in {p.id, p.name.lower()}), None
        )
        if match is None:
            known = ", ".join(sorted(self.personalities))
            self.error(f"no personality {arg!r}; try one of: {known}")
            return
        if match == self.personality:
            self.say(f"already talking to {self.speaker()}")
            return
        # A session is one conversation with one personality; what was learned about the
        # user (facts) carries over, which is the point of long-term memory.
        self.affinity = self.call(self.client.get_affinity(self.session, match))
        self.personality = match
        self.session = new_session_id()
        self.say(
            f"now talking to {self.style.paint(self.speaker(), 'bold', 'magenta')} "
            f"in a new session {self.style.paint(self.session, 'cyan')} "
            + self.style.paint(f"(affinity {self.affinity.points}, {self.affinity.level})", "dim")
        )

    def cmd_sessions(self, _arg: str) -> None:
        sessions = self.call(self.client.list_sessions())
        self.say(*sessions_table(sessions, self.session, self.style))

    def cmd_session(self, arg: str) -> None:
        if not re.match(SESSION_ID_PATTERN, arg):
            self.error("usage: /session ID   (letters, digits, . _ : -; /sessions lists yours)")
            return
        self.session = arg
        known = {s.session_id: s for s in self.call(self.client.list_sessions())}
        if arg in known and known[arg].personality in self.personalities:
            self.personality = known[arg].personality
            self.affinity = self.call(self.client.get_affinity(self.session, self.personality))
            self.say(f"continuing session {arg} with {self.speaker()}; /history shows it")
        else:
            self.say(f"new session {arg} with {self.speaker()}")

    def cmd_new(self, _arg: str) -> None:
        self.session = new_session_id()
        self.say(f"new session {self.style.paint(self.session, 'cyan')} with {self.speaker()}")

    def cmd_history(self, _arg: str) -> None:
        try:
            messages = self.call(self.client.get_history(self.session))
        except NotFoundError:  # nothing said yet: the session is created on the first turn
            messages = []
        self.say(*history_lines(messages, self.speaker(), self.style))


def _enable_line_editing(stdin: Any) -> None:
    isatty = getattr(stdin, "isatty", None)
    if isatty is None or not isatty():
        return
    try:
        import readline  # noqa: F401 - importing it gives input() history and editing
    except ImportError:  # not every platform has it
        return


def run_chat(options: ChatOptions, out: TextIO, err: TextIO, *, stdin: Any = None) -> int:
    """Run the terminal chat until the user leaves; the process exit code."""
    import sys

    _enable_line_editing(stdin if stdin is not None else sys.stdin)
    style = Style.for_stream(err, options.color)
    try:
        personalities = load_personalities(options)
    except LuminoraError as exc:
        err.write(style.paint(f"error: {exc.message}", "red") + "\n")
        return 2
    if options.personality not in {p.id for p in personalities}:
        known = ", ".join(sorted(p.id for p in personalities))
        err.write(
            style.paint(f"error: no personality {options.personality!r}; try: {known}", "red")
            + "\n"
        )
        return 2
    if options.session is not None and not re.match(SESSION_ID_PATTERN, options.session):
        err.write(style.paint("error: --session: letters, digits, . _ : - (max 128)", "red") + "\n")
        return 2
    with asyncio.Runner() as runner:
        client = build_client(options)
        try:
            chat = ChatSession(client, runner.run, personalities, options, out, err)
            try:
                chat.start()
            except LuminoraError as exc:
                chat.error(exc.message)
                return 2
            return chat.loop(input)
        finally:
            runner.run(client.aclose())
