"""DynamoDB single-table store (production). Layout in store/keys.py and DESIGN.md.

A chat turn costs two concurrent queries and one TransactWriteItems. boto3 is imported
when the store is built, never at the core's import.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
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
from luminora.store.base import RECALL_EPISODES, Store, TurnSnapshot, TurnWrite
from luminora.store.keys import (
    AFFINITY_PREFIX,
    DONE_PREFIX,
    EPISODE_PREFIX,
    FACT_PREFIX,
    MESSAGE_PREFIX,
    QUOTA_PREFIX,
    SESSION_PREFIX,
    TURN_PREFIX,
    principal_of_partition,
    session_pk,
    user_pk,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

Item = dict[str, dict[str, Any]]

MAX_TRANSACTION_ITEMS = 100
BATCH_WRITE_SIZE = 25
STORED_TURN_TTL_S = 7 * 24 * 3600
_HIGH = "\uffff"


def _s(value: str) -> dict[str, str]:
    return {"S": value}


def _n(value: int) -> dict[str, str]:
    return {"N": str(value)}


def _get(item: Item, name: str) -> Any:
    value = item.get(name)
    if value is None or "NULL" in value:
        return None
    if "N" in value:
        return int(value["N"])
    return value.get("S")


def _session_item(principal: Principal, session: Session) -> Item:
    item: Item = {
        "PK": _s(user_pk(principal)), "SK": _s(SESSION_PREFIX + session.session_id),
        "kind": _s("session"), "session_id": _s(session.session_id),
        "personality": _s(session.personality), "created_at": _s(session.created_at),
        "updated_at": _s(session.updated_at), "turn_count": _n(session.turn_count),
        "version": _n(session.version),
    }  # fmt: skip
    if session.language:
        item["language"] = _s(session.language)
    return item


def _session(item: Item) -> Session:
    return Session(
        session_id=_get(item, "session_id"),
        personality=_get(item, "personality"),
        created_at=_get(item, "created_at"),
        updated_at=_get(item, "updated_at"),
        turn_count=_get(item, "turn_count"),
        version=_get(item, "version"),
        language=_get(item, "language"),
    )


def _message_item(principal: Principal, message: Message, expires_at: int | None) -> Item:
    item: Item = {
        "PK": _s(session_pk(principal, message.session_id)),
        "SK": _s(MESSAGE_PREFIX + message.message_id),
        "kind": _s("message"), "message_id": _s(message.message_id),
        "session_id": _s(message.session_id), "turn_id": _s(message.turn_id),
        "role": _s(message.role.value), "content": _s(message.content),
        "created_at": _s(message.created_at),
    }  # fmt: skip
    if message.language:
        item["language"] = _s(message.language)
    if message.turn_index is not None:
        item["turn_index"] = _n(message.turn_index)
    if expires_at is not None:
        item["expires_at"] = _n(expires_at)
    return item


def _message(item: Item) -> Message:
    return Message(
        message_id=_get(item, "message_id"),
        session_id=_get(item, "session_id"),
        turn_id=_get(item, "turn_id"),
        role=_get(item, "role"),
        content=_get(item, "content"),
        created_at=_get(item, "created_at"),
        language=_get(item, "language"),
        turn_index=_get(item, "turn_index"),
    )


def _fact_item(principal: Principal, fact: Fact) -> Item:
    return {
        "PK": _s(user_pk(principal)), "SK": _s(f"{FACT_PREFIX}{fact.key}#{fact.value_id}"),
        "kind": _s("fact"), "key": _s(fact.key), "status": _s(fact.status.value),
        "data": _s(fact.model_dump_json()),
    }  # fmt: skip


def _affinity_item(principal: Principal, affinity: AffinityState) -> Item:
    item: Item = {
        "PK": _s(user_pk(principal)), "SK": _s(AFFINITY_PREFIX + affinity.personality),
        "kind": _s("affinity"), "personality": _s(affinity.personality),
        "points": _n(affinity.points), "version": _n(affinity.version),
    }  # fmt: skip
    if affinity.updated_at:
        item["updated_at"] = _s(affinity.updated_at)
    return item


def _affinity(item: Item) -> AffinityState:
    return AffinityState(
        personality=_get(item, "personality"),
        points=_get(item, "points"),
        version=_get(item, "version"),
        updated_at=_get(item, "updated_at"),
    )


def _episode_item(principal: Principal, episode: Episode) -> Item:
    return {
        "PK": _s(user_pk(principal)),
        "SK": _s(f"{EPISODE_PREFIX}{episode.ended_at}#{episode.episode_id}"),
        "kind": _s("episode"), "session_id": _s(episode.session_id),
        "data": _s(episode.model_dump_json()),
    }  # fmt: skip


def _version_condition(expected: int) -> dict[str, Any]:
    if expected == 0:
        return {"ConditionExpression": "attribute_not_exists(PK)"}
    return {
        "ConditionExpression": "version = :expected",
        "ExpressionAttributeValues": {":expected": _n(expected)},
    }


class DynamoDBStore(Store):
    """The single-table store. One boto3 client per store, created once per process.

    DynamoDB keeps no text index of messages: a turn recalls older conversation through the
    episodes the memory worker and the maintenance job write.
    """

    supports_message_search = False

    def __init__(self, table_name: str, *, client: Any = None) -> None:
        if client is None:
            import boto3
            from botocore.config import Config

            client = boto3.session.Session().client(
                "dynamodb",
                config=Config(
                    connect_timeout=2,
                    read_timeout=5,
                    retries={"mode": "standard", "max_attempts": 3},
                    max_pool_connections=16,
                ),
            )
        from botocore.exceptions import BotoCoreError, ClientError

        self._errors: tuple[type[Exception], ...] = (BotoCoreError, ClientError)
        self._client_error = ClientError
        self.client = client
        self.table = table_name
        # The turn's two reads run side by side; one small pool per store, not per call.
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="luminora-ddb")

    # -- plumbing ----------------------------------------------------------------------

    def _call(self, operation: str, **kwargs: Any) -> dict[str, Any]:
        try:
            result: dict[str, Any] = getattr(self.client, operation)(**kwargs)
        except self._errors as exc:
            raise StoreUnavailableError(f"DynamoDB {operation} failed: {_code(exc)}") from exc
        return result

    def _query(self, **kwargs: Any) -> Iterator[Item]:
        kwargs["TableName"] = self.table
        while True:
            page = self._call("query", **kwargs)
            yield from page.get("Items", [])
            last = page.get("LastEvaluatedKey")
            if not last or "Limit" in kwargs:
                return
            kwargs["ExclusiveStartKey"] = last

    def _keys_of_partition(self, pk: str, prefix: str | None = None) -> list[Item]:
        condition = "PK = :pk"
        values: Item = {":pk": _s(pk)}
        if prefix:
            condition += " AND begins_with(SK, :prefix)"
            values[":prefix"] = _s(prefix)
        return list(
            self._query(
                KeyConditionExpression=condition,
                ExpressionAttributeValues=values,
                ProjectionExpression="PK, SK",
            )
        )

    def _batch_write(self, requests: list[dict[str, Any]]) -> None:
        for start in range(0, len(requests), BATCH_WRITE_SIZE):
            pending: dict[str, Any] = {self.table: requests[start : start + BATCH_WRITE_SIZE]}
            for attempt in range(8):
                result = self._call("batch_write_item", RequestItems=pending)
                pending = result.get("UnprocessedItems") or {}
                if not pending:
                    break
                time.sleep(min(0.05 * 2**attempt, 1.0))
            else:
                raise StoreUnavailableError("DynamoDB kept items unprocessed; try again")

    def _delete_keys(self, keys: list[Item]) -> int:
        self._batch_write([{"DeleteRequest": {"Key": key}} for key in keys])
        return len(keys)

    def close(self) -> None:
        self._pool.shutdown(wait=False)

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
        # The stored turn for an idempotency key is not read here: a repeat is found by the
        # commit's condition instead, which keeps a turn at two reads and one write.
        profile = self._pool.submit(
            self._read_profile, principal, session_id, personality, quota_window
        )
        recent = self.recent_messages(principal, session_id, limit=recent_limit)
        session, facts, affinity, episodes, used = profile.result()
        return TurnSnapshot(
            session=session,
            recent=recent,
            facts=facts,
            affinity=affinity or AffinityState(personality=personality),
            episodes=sorted(episodes, key=lambda e: e.ended_at)[-RECALL_EPISODES:],
            turns_in_window=used,
        )

    def _read_profile(
        self, principal: Principal, session_id: str, personality: str, quota_window: str | None
    ) -> tuple[Session | None, list[Fact], AffinityState | None, list[Episode], int]:
        """One query over the user partition: facts, this affinity, this session, episodes
        and this quota window's counter."""
        session: Session | None = None
        affinity: AffinityState | None = None
        facts: list[Fact] = []
        episodes: list[Episode] = []
        used = 0
        for item in self._query(
            KeyConditionExpression="PK = :pk AND SK BETWEEN :low AND :high",
            FilterExpression=(
                "begins_with(SK, :fact) OR begins_with(SK, :epi) OR SK = :aff OR SK = :sess"
                " OR SK = :quota"
            ),
            ExpressionAttributeValues={
                ":pk": _s(user_pk(principal)),
                ":low": _s(AFFINITY_PREFIX),
                ":high": _s(SESSION_PREFIX + _HIGH),
                ":fact": _s(FACT_PREFIX),
                ":epi": _s(EPISODE_PREFIX),
                ":aff": _s(AFFINITY_PREFIX + personality),
                ":sess": _s(SESSION_PREFIX + session_id),
                ":quota": _s(QUOTA_PREFIX + (quota_window or "none")),
            },
        ):
            kind = _get(item, "kind")
            if kind == "fact":
                facts.append(Fact.model_validate_json(_get(item, "data")))
            elif kind == "session":
                session = _session(item)
            elif kind == "affinity":
                affinity = _affinity(item)
            elif kind == "episode":
                episodes.append(Episode.model_validate_json(_get(item, "data")))
            elif kind == "quota":
                used = _get(item, "turns") or 0
        return session, facts, affinity, episodes, used

    def commit_turn(self, principal: Principal, write: TurnWrite) -> None:
        guarded: list[dict[str, Any]] = [
            {
                "Put": {
                    "TableName": self.table,
                    "Item": _session_item(principal, write.session),
                    **_version_condition(write.expected_session_version),
                }
            },
            {
                "Put": {
                    "TableName": self.table,
                    "Item": _affinity_item(principal, write.affinity),
                    **_version_condition(write.expected_affinity_version),
                }
            },
        ]
        quota_index = None
        if write.quota is not None:
            quota_index = len(guarded)
            guarded.append(
                {
                    "Update": {
                        "TableName": self.table,
                        "Key": {
                            "PK": _s(user_pk(principal)),
                            "SK": _s(QUOTA_PREFIX + write.quota.window),
                        },
                        "UpdateExpression": "SET kind = :kind, expires_at = :exp ADD turns :one",
                        "ConditionExpression": "attribute_not_exists(turns) OR turns < :limit",
                        "ExpressionAttributeValues": {
                            ":kind": _s("quota"),
                            ":exp": _n(write.quota.expires_at),
                            ":one": _n(1),
                            ":limit": _n(write.quota.limit),
                        },
                    }
                }
            )
        turn_index = None
        if write.idempotency_key and write.response_json is not None:
            turn_index = len(guarded)
            guarded.append(
                {
                    "Put": {
                        "TableName": self.table,
                        "Item": {
                            "PK": _s(session_pk(principal, write.session.session_id)),
                            "SK": _s(TURN_PREFIX + write.idempotency_key),
                            "kind": _s("turn"),
                            "response": _s(write.response_json),
                            "expires_at": _n(int(time.time()) + STORED_TURN_TTL_S),
                        },
                        "ConditionExpression": "attribute_not_exists(PK)",
                    }
                }
            )
        plain = [
            {"Put": {"TableName": self.table, "Item": item}}
            for item in (
                *(_message_item(principal, m, write.message_expires_at) for m in write.messages),
                *(_fact_item(principal, f) for f in write.facts),
            )
        ]
        room = MAX_TRANSACTION_ITEMS - len(guarded)
        try:
            self.client.transact_write_items(TransactItems=guarded + plain[:room])
        except self._client_error as exc:
            self._raise_for_cancellation(exc, principal, write, turn_index, quota_index)
        except self._errors as exc:
            raise StoreUnavailableError(f"DynamoDB transaction failed: {_code(exc)}") from exc
        if plain[room:]:
            # Facts beyond one transaction's item limit follow in batches: the turn and its
            # messages are already safe, and a fact write is idempotent if retried.
            self._batch_write([{"PutRequest": {"Item": p["Put"]["Item"]}} for p in plain[room:]])

    def _raise_for_cancellation(
        self,
        exc: Exception,
        principal: Principal,
        write: TurnWrite,
        turn_index: int | None,
        quota_index: int | None,
    ) -> None:
        response = getattr(exc, "response", {})
        if _code(exc) != "TransactionCanceledException":
            raise StoreUnavailableError(f"DynamoDB transaction failed: {_code(exc)}") from exc
        reasons = [r.get("Code") for r in response.get("CancellationReasons", [])]
        if turn_index is not None and len(reasons) > turn_index:
            if reasons[turn_index] == "ConditionalCheckFailed":
                stored = self._call(
                    "get_item",
                    TableName=self.table,
                    Key={
                        "PK": _s(session_pk(principal, write.session.session_id)),
                        "SK": _s(TURN_PREFIX + (write.idempotency_key or "")),
                    },
                    ConsistentRead=True,
                ).get("Item")
                if stored:
                    raise DuplicateTurnError(stored_response=_get(stored, "response")) from exc
        if quota_index is not None and len(reasons) > quota_index:
            if reasons[quota_index] == "ConditionalCheckFailed":
                raise QuotaExceededError("the turn quota is used up") from exc
        if "ConditionalCheckFailed" in reasons or "TransactionConflict" in reasons:
            raise ConflictError("the session changed during this turn") from exc
        raise StoreUnavailableError("DynamoDB cancelled the turn's transaction") from exc

    def recent_messages(
        self, principal: Principal, session_id: str, *, limit: int, until: str | None = None
    ) -> list[Message]:
        if limit <= 0:
            return []
        items = self._query(
            KeyConditionExpression="PK = :pk AND SK BETWEEN :low AND :high",
            ExpressionAttributeValues={
                ":pk": _s(session_pk(principal, session_id)),
                ":low": _s(MESSAGE_PREFIX),
                ":high": _s(MESSAGE_PREFIX + (until if until is not None else _HIGH)),
            },
            ScanIndexForward=False,
            Limit=limit,
        )
        return [_message(i) for i in reversed(list(items))]

    def memory_update_applied(self, principal: Principal, session_id: str, marker: str) -> bool:
        item = self._call(
            "get_item",
            TableName=self.table,
            Key={"PK": _s(session_pk(principal, session_id)), "SK": _s(DONE_PREFIX + marker)},
            ProjectionExpression="PK",
        ).get("Item")
        return item is not None

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
        guards: list[dict[str, Any]] = [
            {
                "ConditionCheck": {
                    "TableName": self.table,
                    "Key": {
                        "PK": _s(user_pk(principal)),
                        "SK": _s(SESSION_PREFIX + session_id),
                    },
                    "ConditionExpression": "attribute_exists(PK)",
                }
            },
            {
                "Put": {
                    "TableName": self.table,
                    "Item": {
                        "PK": _s(session_pk(principal, session_id)),
                        "SK": _s(DONE_PREFIX + marker),
                        "kind": _s("marker"),
                        "created_at": _s(at),
                        "expires_at": _n(int(time.time()) + STORED_TURN_TTL_S),
                    },
                    "ConditionExpression": "attribute_not_exists(PK)",
                }
            },
        ]
        items = [_fact_item(principal, f) for f in facts]
        items += [_episode_item(principal, e) for e in episodes]
        room = MAX_TRANSACTION_ITEMS - len(guards)
        puts = [{"Put": {"TableName": self.table, "Item": item}} for item in items[:room]]
        try:
            self.client.transact_write_items(TransactItems=guards + puts)
        except self._client_error as exc:
            if _code(exc) == "TransactionCanceledException":
                return False  # the session is gone, or this update was applied already
            raise StoreUnavailableError(f"DynamoDB transaction failed: {_code(exc)}") from exc
        except self._errors as exc:
            raise StoreUnavailableError(f"DynamoDB transaction failed: {_code(exc)}") from exc
        if items[room:]:
            self._batch_write([{"PutRequest": {"Item": item}} for item in items[room:]])
        return True

    def iter_sessions(self) -> Iterator[tuple[Principal, Session]]:
        kwargs: dict[str, Any] = {
            "TableName": self.table,
            "FilterExpression": "begins_with(SK, :sess)",
            "ExpressionAttributeValues": {":sess": _s(SESSION_PREFIX)},
        }
        while True:
            page = self._call("scan", **kwargs)
            for item in page.get("Items", []):
                yield principal_of_partition(_get(item, "PK")), _session(item)
            if not page.get("LastEvaluatedKey"):
                return
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def set_missing_expiry(self, principal: Principal, session_id: str, retention_s: int) -> int:
        items = self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :msg)",
            FilterExpression="attribute_not_exists(expires_at)",
            ExpressionAttributeValues={
                ":pk": _s(session_pk(principal, session_id)),
                ":msg": _s(MESSAGE_PREFIX),
            },
            ProjectionExpression="PK, SK, created_at",
        )
        count = 0
        for item in items:
            expires = _epoch(_get(item, "created_at")) + retention_s
            self._call(
                "update_item",
                TableName=self.table,
                Key={"PK": item["PK"], "SK": item["SK"]},
                UpdateExpression="SET expires_at = :e",
                ExpressionAttributeValues={":e": _n(expires)},
            )
            count += 1
        return count

    def purge_expired(self, now_epoch: int) -> int:
        return 0  # DynamoDB's TTL deletes expired messages itself

    def search_messages(
        self, principal: Principal, terms: Sequence[str], *, limit: int
    ) -> list[Message]:
        return []

    def messages_around(
        self, principal: Principal, anchors: Sequence[Message], *, before: int, after: int
    ) -> list[Message]:
        """Two Queries per anchor on its session partition's message keys: up to `before` + 1
        keys down from the anchor (the anchor included) and `after` + 1 up from it, each a
        key range read of a few items (about 0.5 RCU eventually consistent). Recall does
        not call it here (no text index, so no anchors), but the contract holds."""
        found: dict[tuple[str, str], Message] = {}
        for session_id, anchor in sorted({(a.session_id, a.message_id) for a in anchors}):
            pk, at = _s(session_pk(principal, session_id)), MESSAGE_PREFIX + anchor
            items_down = self._query(
                KeyConditionExpression="PK = :pk AND SK BETWEEN :low AND :at",
                ExpressionAttributeValues={":pk": pk, ":low": _s(MESSAGE_PREFIX), ":at": _s(at)},
                ScanIndexForward=False,
                Limit=max(before, 0) + 1,
            )
            down = [_message(i) for i in items_down]
            window = [m for m in down if m.message_id == anchor]
            window += [m for m in down if m.message_id != anchor][: max(before, 0)]
            if after > 0:
                items_up = self._query(
                    KeyConditionExpression="PK = :pk AND SK BETWEEN :at AND :high",
                    ExpressionAttributeValues={
                        ":pk": pk, ":at": _s(at), ":high": _s(MESSAGE_PREFIX + _HIGH),
                    },
                    Limit=after + 1,
                )  # fmt: skip
                window += [m for m in map(_message, items_up) if m.message_id != anchor][:after]
            for message in window:
                found[(session_id, message.message_id)] = message
        return [found[key] for key in sorted(found)]

    # -- sessions ----------------------------------------------------------------------

    def list_sessions(self, principal: Principal) -> list[Session]:
        items = self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :sess)",
            ExpressionAttributeValues={
                ":pk": _s(user_pk(principal)),
                ":sess": _s(SESSION_PREFIX),
            },
        )
        return sorted((_session(i) for i in items), key=lambda s: s.updated_at, reverse=True)

    def get_session(self, principal: Principal, session_id: str) -> Session | None:
        item = self._call(
            "get_item",
            TableName=self.table,
            Key={"PK": _s(user_pk(principal)), "SK": _s(SESSION_PREFIX + session_id)},
        ).get("Item")
        return _session(item) if item else None

    def list_messages(
        self, principal: Principal, session_id: str, *, limit: int, after: str | None = None
    ) -> tuple[list[Message], str | None]:
        low = MESSAGE_PREFIX + (after or "")
        items = list(
            self._query(
                KeyConditionExpression="PK = :pk AND SK BETWEEN :low AND :high",
                ExpressionAttributeValues={
                    ":pk": _s(session_pk(principal, session_id)),
                    ":low": _s(low),
                    ":high": _s(MESSAGE_PREFIX + _HIGH),
                },
                Limit=limit + 2,
            )
        )
        messages = [_message(i) for i in items if _get(i, "SK") != low or after is None]
        page = messages[:limit]
        return page, (page[-1].message_id if len(messages) > limit and page else None)

    def delete_session(self, principal: Principal, session_id: str) -> int:
        if self.get_session(principal, session_id) is None:
            return 0
        keys = self._keys_of_partition(session_pk(principal, session_id))
        keys.append({"PK": _s(user_pk(principal)), "SK": _s(SESSION_PREFIX + session_id)})
        return self._delete_keys(keys)

    # -- facts, affinity, episodes -----------------------------------------------------

    def list_facts(self, principal: Principal, *, include_inactive: bool = False) -> list[Fact]:
        items = self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :fact)",
            ExpressionAttributeValues={":pk": _s(user_pk(principal)), ":fact": _s(FACT_PREFIX)},
        )
        facts = [Fact.model_validate_json(_get(i, "data")) for i in items]
        return [f for f in facts if include_inactive or f.status is FactStatus.ACTIVE]

    def save_facts(self, principal: Principal, facts: Sequence[Fact]) -> None:
        self._batch_write([{"PutRequest": {"Item": _fact_item(principal, f)}} for f in facts])

    def delete_facts(self, principal: Principal, key: str) -> int:
        return self._delete_keys(
            self._keys_of_partition(user_pk(principal), f"{FACT_PREFIX}{key}#")
        )

    def get_affinity(self, principal: Principal, personality: str) -> AffinityState | None:
        item = self._call(
            "get_item",
            TableName=self.table,
            Key={"PK": _s(user_pk(principal)), "SK": _s(AFFINITY_PREFIX + personality)},
        ).get("Item")
        return _affinity(item) if item else None

    def list_affinities(self, principal: Principal) -> list[AffinityState]:
        items = self._query(
            KeyConditionExpression="PK = :pk AND begins_with(SK, :aff)",
            ExpressionAttributeValues={":pk": _s(user_pk(principal)), ":aff": _s(AFFINITY_PREFIX)},
        )
        return sorted((_affinity(i) for i in items), key=lambda a: a.personality)

    def save_episodes(self, principal: Principal, episodes: Sequence[Episode]) -> None:
        self._batch_write([{"PutRequest": {"Item": _episode_item(principal, e)}} for e in episodes])

    def list_episodes(self, principal: Principal, *, latest: int | None = None) -> list[Episode]:
        query: dict[str, Any] = {
            "KeyConditionExpression": "PK = :pk AND begins_with(SK, :epi)",
            "ExpressionAttributeValues": {
                ":pk": _s(user_pk(principal)),
                ":epi": _s(EPISODE_PREFIX),
            },
        }
        if latest:
            query.update(ScanIndexForward=False, Limit=latest)
        episodes = [Episode.model_validate_json(_get(i, "data")) for i in self._query(**query)]
        return sorted(episodes, key=lambda e: e.ended_at)

    def erase_user(self, principal: Principal) -> int:
        deleted = 0
        for session in self.list_sessions(principal):
            deleted += self._delete_keys(
                self._keys_of_partition(session_pk(principal, session.session_id))
            )
        return deleted + self._delete_keys(self._keys_of_partition(user_pk(principal)))


def _epoch(timestamp: str) -> int:
    return int(datetime.fromisoformat(timestamp.replace("Z", "+00:00")).timestamp())


def _code(exc: Exception) -> str:
    response = getattr(exc, "response", None)
    if isinstance(response, dict):
        return str(response.get("Error", {}).get("Code", type(exc).__name__))
    return type(exc).__name__
