"""Embedded SQLite store: the local default. One long-lived connection, WAL, versioned schema.

A chat turn costs one read transaction and one write transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from luminora.models import (
    AffinityState,
    ConflictError,
    DuplicateTurnError,
    Episode,
    Fact,
    FactStatus,
    Message,
    Principal,
    QuotaExceededError,
    Session,
    StoreUnavailableError,
)
from luminora.store.base import QuotaUse, Store, TurnSnapshot, TurnWrite

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

# Each entry migrates the schema from version i to i+1; PRAGMA user_version records where a
# database file stands, so old files upgrade in place on open.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sessions (
        tenant TEXT NOT NULL, user_id TEXT NOT NULL, session_id TEXT NOT NULL,
        personality TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        turn_count INTEGER NOT NULL, version INTEGER NOT NULL, language TEXT,
        PRIMARY KEY (tenant, user_id, session_id)
    ) WITHOUT ROWID;
    CREATE TABLE messages (
        tenant TEXT NOT NULL, user_id TEXT NOT NULL, session_id TEXT NOT NULL,
        message_id TEXT NOT NULL, turn_id TEXT NOT NULL, role TEXT NOT NULL,
        content TEXT NOT NULL, created_at TEXT NOT NULL, language TEXT, expires_at INTEGER,
        PRIMARY KEY (tenant, user_id, session_id, message_id)
    ) WITHOUT ROWID;
    CREATE TABLE facts (
        tenant TEXT NOT NULL, user_id TEXT NOT NULL, key TEXT NOT NULL, value_id TEXT NOT NULL,
        status TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (tenant, user_id, key, value_id)
    ) WITHOUT ROWID;
    CREATE TABLE affinity (
        tenant TEXT NOT NULL, user_id TEXT NOT NULL, personality TEXT NOT NULL,
        points INTEGER NOT NULL, version INTEGER NOT NULL, updated_at TEXT,
        PRIMARY KEY (tenant, user_id, personality)
    ) WITHOUT ROWID;
    CREATE TABLE turns (
        tenant TEXT NOT NULL, user_id TEXT NOT NULL, session_id TEXT NOT NULL,
        idempotency_key TEXT NOT NULL, response TEXT NOT NULL,
        PRIMARY KEY (tenant, user_id, session_id, idempotency_key)
    ) WITHOUT ROWID;
    CREATE TABLE episodes (
        tenant TEXT NOT NULL, user_id TEXT NOT NULL, episode_id TEXT NOT NULL,
        session_id TEXT NOT NULL, ended_at TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (tenant, user_id, episode_id)
    ) WITHOUT ROWID;
    """,
    # v2: a full-text index of messages. The core analyzes text (folding, stop words,
    # stems per language) and stores the terms; FTS5 splits on spaces and ranks with BM25.
    """
    CREATE VIRTUAL TABLE message_terms USING fts5(
        terms, tenant UNINDEXED, user_id UNINDEXED, session_id UNINDEXED,
        message_id UNINDEXED, tokenize = 'unicode61'
    );
    CREATE INDEX episodes_by_time ON episodes (tenant, user_id, ended_at);
    """,
    # v3: each message knows its turn's position in the session (episodes group by it), and
    # markers record memory-worker updates already applied (re-delivery changes nothing).
    """
    ALTER TABLE messages ADD COLUMN turn_index INTEGER;
    CREATE TABLE work_markers (
        tenant TEXT NOT NULL, user_id TEXT NOT NULL, session_id TEXT NOT NULL,
        marker TEXT NOT NULL, created_at TEXT NOT NULL,
        PRIMARY KEY (tenant, user_id, session_id, marker)
    ) WITHOUT ROWID;
    """,
    # v4: per-user turn counters for the quota, one row per window.
    """
    CREATE TABLE quota (
        tenant TEXT NOT NULL, user_id TEXT NOT NULL, window TEXT NOT NULL,
        turns INTEGER NOT NULL, expires_at INTEGER NOT NULL,
        PRIMARY KEY (tenant, user_id, window)
    ) WITHOUT ROWID;
    """,
    # v5: facts about the database itself; "analyzer" is the version of the text analysis
    # behind message_terms (see `_reindex_messages`).
    """
    CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

_SESSION_COLUMNS = "session_id, personality, created_at, updated_at, turn_count, version, language"
_MESSAGE_COLUMNS = (
    "message_id, session_id, turn_id, role, content, created_at, language, turn_index"
)


def _around_sql(*, before: bool, after: bool) -> str:
    """The window query of `messages_around`: the anchors arrive as one JSON list of
    [session id, message id] pairs; `:before`/`:after` messages on each side.

    CROSS JOIN keeps the anchors as the outer loop (the planner has no statistics for
    json_each and would otherwise scan the user's messages once per anchor)."""
    same_session = "tenant = :tenant AND user_id = :user AND session_id = anchor.session_id"
    low = (
        f"coalesce((SELECT message_id FROM messages WHERE {same_session}"  # noqa: S608
        " AND message_id < anchor.message_id ORDER BY message_id DESC"
        " LIMIT 1 OFFSET :before - 1), '')"
        if before
        else "anchor.message_id"
    )
    high = (
        f"coalesce((SELECT message_id FROM messages WHERE {same_session}"  # noqa: S608
        " AND message_id > anchor.message_id ORDER BY message_id"
        " LIMIT 1 OFFSET :after - 1), :top)"
        if after
        else "anchor.message_id"
    )
    columns = ", ".join(f"m.{c.strip()}" for c in _MESSAGE_COLUMNS.split(","))
    return (
        "WITH anchor(session_id, message_id) AS (SELECT json_extract(value, '$[0]'),"  # noqa: S608
        " json_extract(value, '$[1]') FROM json_each(:anchors)),"
        f" span(session_id, low, high) AS (SELECT session_id, {low}, {high} FROM anchor)"
        f" SELECT DISTINCT {columns} FROM span CROSS JOIN messages m ON m.tenant = :tenant"
        " AND m.user_id = :user AND m.session_id = span.session_id"
        " AND m.message_id BETWEEN span.low AND span.high"
        " ORDER BY m.session_id, m.message_id"
    )


_AROUND_SQL: dict[tuple[bool, bool], str] = {
    (b, a): _around_sql(before=b, after=a) for b in (False, True) for a in (False, True)
}


def _session(row: sqlite3.Row) -> Session:
    return Session(**dict(row))


def _message(row: sqlite3.Row) -> Message:
    return Message(**dict(row))


class SqliteStore(Store):
    """SQLite file (or ":memory:") with one connection shared under a lock."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: we open every transaction ourselves, so a turn is exactly
            # one read transaction and one write transaction.
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=10.0
            )
        except sqlite3.Error as exc:
            raise StoreUnavailableError(f"cannot open the SQLite database: {exc}") from exc
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self._reindex_messages()

    # -- plumbing ----------------------------------------------------------------------

    def _migrate(self) -> None:
        with self._lock:
            current = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if current > SCHEMA_VERSION:
                raise StoreUnavailableError(
                    f"database schema {current} is newer than this code ({SCHEMA_VERSION})"
                )
            for version in range(current, SCHEMA_VERSION):
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in MIGRATIONS[version].split(";"):
                        if statement.strip():
                            self._conn.execute(statement)
                    self._conn.execute(f"PRAGMA user_version = {version + 1}")
                    self._conn.execute("COMMIT")
                except sqlite3.Error:
                    self._conn.execute("ROLLBACK")
                    raise

    def _reindex_messages(self) -> None:
        """Re-analyze the text index of messages when the analyzer changed since it was written.

        message_terms holds terms as `analyze` gave them when each message was written; when
        the analyzer's version (`ANALYZER_VERSION`) differs from the one recorded, every
        message's terms are written again from its text, in one transaction, and the
        version recorded with them.
        """
        # Imported here: the analyzer's stemmers load only for stores that need them.
        from luminora.memory.retrieval.analyzer import ANALYZER_VERSION, index_terms

        wanted = str(ANALYZER_VERSION)
        with self._lock:
            if self.analyzer_version == wanted:
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                if self.analyzer_version != wanted:  # another process may have just done it
                    self._conn.execute("DELETE FROM message_terms")
                    messages = self._conn.execute(
                        "SELECT tenant, user_id, session_id, message_id, content, language"
                        " FROM messages"
                    )
                    self._conn.executemany(
                        "INSERT INTO message_terms VALUES (?,?,?,?,?)",
                        (
                            (terms, tenant, user, session, message)
                            for tenant, user, session, message, content, language in messages
                            if (terms := index_terms(content, language))
                        ),
                    )
                    self._conn.execute(
                        "INSERT OR REPLACE INTO meta VALUES ('analyzer', ?)", (wanted,)
                    )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    @property
    def analyzer_version(self) -> str | None:
        """The analyzer version the text index of messages was written with."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE name = 'analyzer'").fetchone()
        return str(row[0]) if row else None

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- the turn ----------------------------------------------------------------------

    def load_turn(
        self,
        principal: Principal,
        session_id: str,
        personality: str,
        *,
        recent_limit: int,
        idempotency_key: str | None = None,
        quota_window: str | None = None,
    ) -> TurnSnapshot:
        who = (principal.tenant, principal.user)
        with self._transaction(write=False) as db:
            row = db.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions"  # noqa: S608 - constant columns
                " WHERE tenant=? AND user_id=? AND session_id=?",
                (*who, session_id),
            ).fetchone()
            recent = db.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM messages"  # noqa: S608 - constant columns
                " WHERE tenant=? AND user_id=? AND session_id=?"
                " ORDER BY message_id DESC LIMIT ?",
                (*who, session_id, recent_limit),
            ).fetchall()
            facts = db.execute(
                "SELECT data FROM facts WHERE tenant=? AND user_id=?", who
            ).fetchall()
            aff = db.execute(
                "SELECT points, version, updated_at FROM affinity"
                " WHERE tenant=? AND user_id=? AND personality=?",
                (*who, personality),
            ).fetchone()
            stored = None
            if idempotency_key:
                hit = db.execute(
                    "SELECT response FROM turns WHERE tenant=? AND user_id=? AND session_id=?"
                    " AND idempotency_key=?",
                    (*who, session_id, idempotency_key),
                ).fetchone()
                stored = hit[0] if hit else None
            used = None
            if quota_window:
                used = db.execute(
                    "SELECT turns FROM quota WHERE tenant=? AND user_id=? AND window=?",
                    (*who, quota_window),
                ).fetchone()
        return TurnSnapshot(
            session=_session(row) if row else None,
            recent=[_message(r) for r in reversed(recent)],
            facts=[Fact.model_validate_json(r[0]) for r in facts],
            affinity=AffinityState(personality=personality, **dict(aff))
            if aff
            else AffinityState(personality=personality),
            stored_response=stored,
            turns_in_window=used[0] if used else 0,
        )

    def commit_turn(self, principal: Principal, write: TurnWrite) -> None:
        who = (principal.tenant, principal.user)
        session = write.session
        with self._transaction(write=True) as db:
            if write.idempotency_key:
                hit = db.execute(
                    "SELECT response FROM turns WHERE tenant=? AND user_id=? AND session_id=?"
                    " AND idempotency_key=?",
                    (*who, session.session_id, write.idempotency_key),
                ).fetchone()
                if hit:
                    raise DuplicateTurnError(stored_response=hit[0])
            version = db.execute(
                "SELECT version FROM sessions WHERE tenant=? AND user_id=? AND session_id=?",
                (*who, session.session_id),
            ).fetchone()
            if (version[0] if version else 0) != write.expected_session_version:
                raise ConflictError("the session changed during this turn")
            aff_version = db.execute(
                "SELECT version FROM affinity WHERE tenant=? AND user_id=? AND personality=?",
                (*who, write.affinity.personality),
            ).fetchone()
            if (aff_version[0] if aff_version else 0) != write.expected_affinity_version:
                raise ConflictError("affinity changed during this turn")
            if write.quota:
                self._count_turn(db, who, write.quota)
            db.execute(
                "INSERT OR REPLACE INTO sessions VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    *who, session.session_id, session.personality, session.created_at,
                    session.updated_at, session.turn_count, session.version, session.language,
                ),
            )  # fmt: skip
            db.executemany(
                "INSERT OR REPLACE INTO messages VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        *who, m.session_id, m.message_id, m.turn_id, m.role.value, m.content,
                        m.created_at, m.language, write.message_expires_at, m.turn_index,
                    )
                    for m in write.messages
                ],
            )  # fmt: skip
            db.executemany(
                "INSERT INTO message_terms VALUES (?,?,?,?,?)",
                [
                    (write.search_terms[m.message_id], *who, m.session_id, m.message_id)
                    for m in write.messages
                    if write.search_terms.get(m.message_id)
                ],
            )
            self._put_facts(db, who, write.facts)
            aff = write.affinity
            db.execute(
                "INSERT OR REPLACE INTO affinity VALUES (?,?,?,?,?,?)",
                (*who, aff.personality, aff.points, aff.version, aff.updated_at),
            )
            if write.idempotency_key and write.response_json is not None:
                db.execute(
                    "INSERT INTO turns VALUES (?,?,?,?,?)",
                    (*who, session.session_id, write.idempotency_key, write.response_json),
                )

    @staticmethod
    def _count_turn(db: sqlite3.Connection, who: tuple[str, str], quota: QuotaUse) -> None:
        used = db.execute(
            "SELECT turns FROM quota WHERE tenant=? AND user_id=? AND window=?",
            (*who, quota.window),
        ).fetchone()
        if used and used[0] >= quota.limit:
            raise QuotaExceededError("the turn quota is used up")
        db.execute(
            "INSERT INTO quota VALUES (?,?,?,1,?) ON CONFLICT (tenant, user_id, window)"
            " DO UPDATE SET turns = turns + 1",
            (*who, quota.window, quota.expires_at),
        )

    @staticmethod
    def _put_facts(db: sqlite3.Connection, who: tuple[str, str], facts: Sequence[Fact]) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO facts VALUES (?,?,?,?,?,?)",
            [(*who, f.key, f.value_id, f.status.value, f.model_dump_json()) for f in facts],
        )

    # -- everything else ---------------------------------------------------------------

    def _query(self, sql: str, params: tuple[Any, ...] | dict[str, Any]) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def recent_messages(
        self, principal: Principal, session_id: str, *, limit: int, until: str | None = None
    ) -> list[Message]:
        rows = self._query(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages"  # noqa: S608 - constant columns
            " WHERE tenant=? AND user_id=? AND session_id=? AND message_id <= ?"
            " ORDER BY message_id DESC LIMIT ?",
            (principal.tenant, principal.user, session_id, until or "\uffff", max(limit, 0)),
        )
        return [_message(r) for r in reversed(rows)]

    def memory_update_applied(self, principal: Principal, session_id: str, marker: str) -> bool:
        rows = self._query(
            "SELECT 1 FROM work_markers WHERE tenant=? AND user_id=? AND session_id=? AND marker=?",
            (principal.tenant, principal.user, session_id, marker),
        )
        return bool(rows)

    def apply_memory_update(
        self,
        principal: Principal,
        session_id: str,
        marker: str,
        *,
        facts: Sequence[Fact],
        episodes: Sequence[Episode],
        at: str,
    ) -> bool:
        who = (principal.tenant, principal.user)
        with self._transaction(write=True) as db:
            alive = db.execute(
                "SELECT 1 FROM sessions WHERE tenant=? AND user_id=? AND session_id=?",
                (*who, session_id),
            ).fetchone()
            done = db.execute(
                "SELECT 1 FROM work_markers WHERE tenant=? AND user_id=? AND session_id=?"
                " AND marker=?",
                (*who, session_id, marker),
            ).fetchone()
            if not alive or done:
                return False
            db.execute(
                "INSERT INTO work_markers VALUES (?,?,?,?,?)", (*who, session_id, marker, at)
            )
            self._put_facts(db, who, facts)
            self._put_episodes(db, who, episodes)
        return True

    def iter_sessions(self) -> Iterator[tuple[Principal, Session]]:
        rows = self._query(
            f"SELECT tenant, user_id, {_SESSION_COLUMNS} FROM sessions"  # noqa: S608 - constant
            " ORDER BY tenant, user_id, session_id",
            (),
        )
        for row in rows:
            values = dict(row)
            principal = Principal(values.pop("tenant"), values.pop("user_id"))
            yield principal, Session(**values)

    def set_missing_expiry(self, principal: Principal, session_id: str, retention_s: int) -> int:
        with self._transaction(write=True) as db:
            return db.execute(
                "UPDATE messages SET expires_at = CAST(strftime('%s', created_at) AS INTEGER) + ?"
                " WHERE tenant=? AND user_id=? AND session_id=? AND expires_at IS NULL",
                (retention_s, principal.tenant, principal.user, session_id),
            ).rowcount

    def purge_expired(self, now_epoch: int) -> int:
        # SQLite has no TTL: the maintenance job deletes what DynamoDB would expire by itself.
        with self._transaction(write=True) as db:
            db.execute("DELETE FROM quota WHERE expires_at <= ?", (now_epoch,))
            db.execute(
                "DELETE FROM message_terms WHERE rowid IN (SELECT f.rowid FROM message_terms f"
                " JOIN messages m ON m.tenant = f.tenant AND m.user_id = f.user_id"
                " AND m.session_id = f.session_id AND m.message_id = f.message_id"
                " WHERE m.expires_at IS NOT NULL AND m.expires_at <= ?)",
                (now_epoch,),
            )
            return db.execute(
                "DELETE FROM messages WHERE expires_at IS NOT NULL AND expires_at <= ?",
                (now_epoch,),
            ).rowcount

    def search_messages(
        self, principal: Principal, terms: Sequence[str], *, limit: int
    ) -> list[Message]:
        # Each term is quoted, so text can never become FTS5 query syntax.
        query = " OR ".join('"' + t.replace('"', '""') + '"' for t in dict.fromkeys(terms) if t)
        if not query or limit <= 0:
            return []
        rows = self._query(
            "SELECT m.message_id, m.session_id, m.turn_id, m.role, m.content, m.created_at,"
            " m.language, m.turn_index FROM message_terms f JOIN messages m ON m.tenant = f.tenant"
            " AND m.user_id = f.user_id AND m.session_id = f.session_id"
            " AND m.message_id = f.message_id"
            " WHERE message_terms MATCH ? AND f.tenant = ? AND f.user_id = ?"
            " ORDER BY bm25(message_terms) LIMIT ?",
            (query, principal.tenant, principal.user, limit),
        )
        return [_message(r) for r in rows]

    def messages_around(
        self, principal: Principal, anchors: Sequence[Message], *, before: int, after: int
    ) -> list[Message]:
        if not anchors:
            return []
        # One statement whatever the number of anchors: each window's first and last ids come
        # from two lookups on the primary key (the `before`-th id below the anchor, the
        # `after`-th above it), then the window is one range of the same key.
        spans = json.dumps(sorted({(a.session_id, a.message_id) for a in anchors}))
        rows = self._query(
            _AROUND_SQL[before > 0, after > 0],
            {
                "anchors": spans, "tenant": principal.tenant, "user": principal.user,
                "before": before, "after": after, "top": "\uffff",
            },
        )  # fmt: skip
        return [_message(r) for r in rows]

    def list_sessions(self, principal: Principal) -> list[Session]:
        rows = self._query(
            f"SELECT {_SESSION_COLUMNS} FROM sessions"  # noqa: S608 - constant columns
            " WHERE tenant=? AND user_id=? ORDER BY updated_at DESC",
            (principal.tenant, principal.user),
        )
        return [_session(r) for r in rows]

    def get_session(self, principal: Principal, session_id: str) -> Session | None:
        rows = self._query(
            f"SELECT {_SESSION_COLUMNS} FROM sessions"  # noqa: S608 - constant columns
            " WHERE tenant=? AND user_id=? AND session_id=?",
            (principal.tenant, principal.user, session_id),
        )
        return _session(rows[0]) if rows else None

    def list_messages(
        self, principal: Principal, session_id: str, *, limit: int, after: str | None = None
    ) -> tuple[list[Message], str | None]:
        rows = self._query(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages"  # noqa: S608 - constant columns
            " WHERE tenant=? AND user_id=? AND session_id=? AND message_id > ?"
            " ORDER BY message_id LIMIT ?",
            (principal.tenant, principal.user, session_id, after or "", limit + 1),
        )
        page = [_message(r) for r in rows[:limit]]
        return page, (page[-1].message_id if len(rows) > limit and page else None)

    def delete_session(self, principal: Principal, session_id: str) -> int:
        where = (principal.tenant, principal.user, session_id)
        with self._transaction(write=True) as db:
            count = 0
            for table in ("sessions", "messages", "turns", "message_terms", "work_markers"):
                deleted = db.execute(
                    f"DELETE FROM {table}"  # noqa: S608 - table names are constants
                    " WHERE tenant=? AND user_id=? AND session_id=?",
                    where,
                ).rowcount
                # The text index and worker markers are bookkeeping, not the user's items.
                count += deleted if table in ("sessions", "messages", "turns") else 0
        return count

    def list_facts(self, principal: Principal, *, include_inactive: bool = False) -> list[Fact]:
        sql = "SELECT data FROM facts WHERE tenant=? AND user_id=?"
        params: tuple[Any, ...] = (principal.tenant, principal.user)
        if not include_inactive:
            sql += " AND status=?"
            params = (*params, FactStatus.ACTIVE.value)
        return [Fact.model_validate_json(r[0]) for r in self._query(sql, params)]

    def save_facts(self, principal: Principal, facts: Sequence[Fact]) -> None:
        with self._transaction(write=True) as db:
            self._put_facts(db, (principal.tenant, principal.user), facts)

    def delete_facts(self, principal: Principal, key: str) -> int:
        with self._transaction(write=True) as db:
            return db.execute(
                "DELETE FROM facts WHERE tenant=? AND user_id=? AND key=?",
                (principal.tenant, principal.user, key),
            ).rowcount

    def get_affinity(self, principal: Principal, personality: str) -> AffinityState | None:
        rows = self._query(
            "SELECT points, version, updated_at FROM affinity"
            " WHERE tenant=? AND user_id=? AND personality=?",
            (principal.tenant, principal.user, personality),
        )
        return AffinityState(personality=personality, **dict(rows[0])) if rows else None

    def list_affinities(self, principal: Principal) -> list[AffinityState]:
        rows = self._query(
            "SELECT personality, points, version, updated_at FROM affinity"
            " WHERE tenant=? AND user_id=? ORDER BY personality",
            (principal.tenant, principal.user),
        )
        return [AffinityState(**dict(r)) for r in rows]

    def save_episodes(self, principal: Principal, episodes: Sequence[Episode]) -> None:
        with self._transaction(write=True) as db:
            self._put_episodes(db, (principal.tenant, principal.user), episodes)

    @staticmethod
    def _put_episodes(
        db: sqlite3.Connection, who: tuple[str, str], episodes: Sequence[Episode]
    ) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO episodes VALUES (?,?,?,?,?,?)",
            [(*who, e.episode_id, e.session_id, e.ended_at, e.model_dump_json()) for e in episodes],
        )

    def list_episodes(self, principal: Principal, *, latest: int | None = None) -> list[Episode]:
        rows = self._query(
            "SELECT data FROM episodes WHERE tenant=? AND user_id=? ORDER BY ended_at DESC LIMIT ?",
            (principal.tenant, principal.user, latest if latest else -1),
        )
        return [Episode.model_validate_json(r[0]) for r in reversed(rows)]

    def erase_user(self, principal: Principal) -> int:
        who = (principal.tenant, principal.user)
        with self._transaction(write=True) as db:
            for bookkeeping in ("message_terms", "work_markers", "quota"):
                db.execute(
                    f"DELETE FROM {bookkeeping} WHERE tenant=? AND user_id=?",  # noqa: S608
                    who,
                )
            return sum(
                db.execute(
                    f"DELETE FROM {table} WHERE tenant=? AND user_id=?",  # noqa: S608 - constants
                    who,
                ).rowcount
                for table in ("sessions", "messages", "turns", "facts", "affinity", "episodes")
            )
