"""SQLite keeps the text index of messages in step with the analyzer: re-indexed on open."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from luminora.memory.retrieval import ANALYZER_VERSION, analyze
from luminora.models import AffinityState, Message, Principal, Role, Session
from luminora.store.base import TurnWrite
from luminora.store.sqlite import MIGRATIONS, SCHEMA_VERSION, SqliteStore

if TYPE_CHECKING:
    from pathlib import Path

ALICE = Principal("acme", "alice")
AT = "2026-01-01T00:00:00.000Z"


def _message(seq: int, text: str) -> Message:
    return Message(
        message_id=f"01J0000000000000000000000A-{seq}", session_id="s1",
        turn_id="01J0000000000000000000000A", role=Role.USER if seq == 0 else Role.ASSISTANT,
        content=text, created_at=AT, language="en", turn_index=1,
    )  # fmt: skip


def _turn(terms: dict[int, str]) -> TurnWrite:
    messages = [_message(0, "I went to Lisbon and bought tiles"), _message(1, "Lovely!")]
    return TurnWrite(
        session=Session(session_id="s1", personality="sakura", created_at=AT, updated_at=AT,
                        turn_count=1, version=1, language="en"),
        messages=messages,
        facts=[],
        affinity=AffinityState(personality="sakura", points=1, version=1, updated_at=AT),
        search_terms={messages[seq].message_id: text for seq, text in terms.items()},
    )  # fmt: skip


def _found(store: SqliteStore, *words: str) -> list[str]:
    return [m.content for m in store.search_messages(ALICE, list(words), limit=10)]


def _term_rows(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT message_id, terms FROM message_terms ORDER BY 1").fetchall()


def test_terms_written_by_an_older_analyzer_are_rewritten_on_open(tmp_path: Path) -> None:
    # Given a database whose index holds terms from before irregular verbs ("went" as is)
    path = tmp_path / "old.db"
    store = SqliteStore(path)
    store.commit_turn(ALICE, _turn({0: "went lisbon bought tile"}))
    store._conn.execute("UPDATE meta SET value = '1' WHERE name = 'analyzer'")  # noqa: SLF001
    assert _found(store, *analyze("where did I go?")) == []
    store.close()

    # When it is opened by this code
    reopened = SqliteStore(path)

    # Then every message's terms are today's analysis of its text, each message once
    assert reopened.analyzer_version == str(ANALYZER_VERSION)
    assert _found(reopened, *analyze("where did I go?")) == ["I went to Lisbon and bought tiles"]
    assert _found(reopened, *analyze("what did I buy?")) == ["I went to Lisbon and bought tiles"]
    assert _term_rows(path) == [
        ("01J0000000000000000000000A-0", " ".join(analyze("I went to Lisbon and bought tiles"))),
        ("01J0000000000000000000000A-1", " ".join(analyze("Lovely!"))),
    ]
    reopened.close()


def test_an_index_of_this_analyzer_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    store = SqliteStore(path)
    store.commit_turn(ALICE, _turn({0: "custom terms"}))
    store.close()

    reopened = SqliteStore(path)

    assert _found(reopened, "custom") == ["I went to Lisbon and bought tiles"]
    assert len(_term_rows(path)) == 1
    reopened.close()


def test_a_database_from_before_the_version_was_kept_upgrades_and_reindexes(
    tmp_path: Path,
) -> None:
    # Given a schema-4 database (no record of its analyzer) with one message and old terms
    path = tmp_path / "v4.db"
    with sqlite3.connect(path) as db:
        for migration in MIGRATIONS[:4]:
            db.executescript(migration)
        db.execute("PRAGMA user_version = 4")
        message = _message(0, "We drove to the coast")
        db.execute(
            "INSERT INTO messages VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            ("acme", "alice", "s1", message.message_id, message.turn_id, "user",
             message.content, AT, "en", None, 1),
        )  # fmt: skip
        db.execute(
            "INSERT INTO message_terms VALUES ('drove coast', 'acme', 'alice', 's1', ?)",
            (message.message_id,),
        )

    # When it is opened
    store = SqliteStore(path)

    # Then the schema is current and the terms are today's
    assert store.schema_version == SCHEMA_VERSION
    assert store.analyzer_version == str(ANALYZER_VERSION)
    assert _found(store, *analyze("when did we drive there?")) == ["We drove to the coast"]
    assert _found(store, "drove") == []
    store.close()
