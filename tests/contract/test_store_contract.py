"""One behaviour contract for every Store backend (memory, SQLite, DynamoDB on moto)."""

from __future__ import annotations

from typing import Any

import pytest
from ulid import ULID

from luminora.models import (
    AffinityState,
    ConflictError,
    DuplicateTurnError,
    Episode,
    FactStatus,
    Message,
    Principal,
    Role,
    Session,
)
from luminora.store.base import Store, TurnWrite

ALICE = Principal("acme", "alice")
BOB = Principal("acme", "bob")
OTHER_TENANT_ALICE = Principal("globex", "alice")


def turn_write(
    session_id: str = "s1",
    *,
    version: int = 1,
    affinity_version: int = 1,
    points: int = 3,
    facts: list[Any] | None = None,
    key: str | None = None,
    text: str = "hello",
    turn_id: str | None = None,
    personality: str = "sakura",
    second: int | None = None,
) -> TurnWrite:
    turn = turn_id or str(ULID())
    at = f"2026-01-01T00:00:{(version if second is None else second) % 60:02d}.000Z"
    return TurnWrite(
        session=Session(
            session_id=session_id, personality=personality, created_at=at, updated_at=at,
            turn_count=version, version=version, language="en",
        ),
        messages=[
            Message(message_id=f"{turn}-0", session_id=session_id, turn_id=turn,
                    role=Role.USER, content=text, created_at=at, language="en"),
            Message(message_id=f"{turn}-1", session_id=session_id, turn_id=turn,
                    role=Role.ASSISTANT, content=f"re: {text}", created_at=at, language="en"),
        ],
        facts=facts or [],
        affinity=AffinityState(
            personality=personality, points=points, version=affinity_version, updated_at=at
        ),
        idempotency_key=key,
        response_json='{"stored": true}' if key else None,
    )  # fmt: skip


def test_empty_user_loads_a_blank_snapshot(store: Store) -> None:
    snapshot = store.load_turn(ALICE, "s1", "sakura", recent_limit=10)
    assert snapshot.session is None
    assert snapshot.recent == []
    assert snapshot.facts == []
    assert (snapshot.affinity.points, snapshot.affinity.version) == (0, 0)


def test_committed_turn_is_read_back(store: Store, make_fact: Any) -> None:
    store.commit_turn(ALICE, turn_write(facts=[make_fact("name", "Carlos")], text="soy carlos"))
    snapshot = store.load_turn(ALICE, "s1", "sakura", recent_limit=10)
    assert snapshot.session is not None and snapshot.session.version == 1
    assert [m.role for m in snapshot.recent] == [Role.USER, Role.ASSISTANT]
    assert snapshot.recent[0].content == "soy carlos"
    assert [(f.key, f.value) for f in snapshot.facts] == [("name", "Carlos")]
    assert snapshot.affinity.points == 3


def test_a_turn_reads_the_latest_messages_oldest_first(store: Store) -> None:
    for version in range(1, 6):
        store.commit_turn(
            ALICE, turn_write(version=version, affinity_version=version, text=f"m{version}")
        )
    recent = store.load_turn(ALICE, "s1", "sakura", recent_limit=4).recent
    assert [m.content for m in recent] == ["m4", "re: m4", "m5", "re: m5"]


def test_stale_session_version_is_a_conflict(store: Store) -> None:
    store.commit_turn(ALICE, turn_write())
    with pytest.raises(ConflictError):
        store.commit_turn(ALICE, turn_write(version=1, affinity_version=2))
    assert len(store.load_turn(ALICE, "s1", "sakura", recent_limit=10).recent) == 2


def test_stale_affinity_version_is_a_conflict(store: Store) -> None:
    store.commit_turn(ALICE, turn_write(session_id="s1"))
    # A new session, but affinity with sakura was already written by the first one.
    with pytest.raises(ConflictError):
        store.commit_turn(ALICE, turn_write(session_id="s2", affinity_version=1))
    assert store.get_session(ALICE, "s2") is None


def test_repeated_idempotency_key_returns_the_stored_response(store: Store) -> None:
    store.commit_turn(ALICE, turn_write(key="k-1"))
    snapshot = store.load_turn(ALICE, "s1", "sakura", recent_limit=10, idempotency_key="k-1")
    if snapshot.stored_response is None:  # backends that report repeats at commit time
        with pytest.raises(DuplicateTurnError) as caught:
            store.commit_turn(ALICE, turn_write(version=2, affinity_version=2, key="k-1"))
        assert caught.value.stored_response == '{"stored": true}'
    else:
        assert snapshot.stored_response == '{"stored": true}'
    assert len(store.load_turn(ALICE, "s1", "sakura", recent_limit=10).recent) == 2


def test_messages_page_oldest_first_with_a_cursor(store: Store) -> None:
    for version in range(1, 4):
        store.commit_turn(
            ALICE, turn_write(version=version, affinity_version=version, text=f"m{version}")
        )
    first, cursor = store.list_messages(ALICE, "s1", limit=4)
    assert [m.content for m in first] == ["m1", "re: m1", "m2", "re: m2"]
    assert cursor is not None
    second, cursor = store.list_messages(ALICE, "s1", limit=4, after=cursor)
    assert [m.content for m in second] == ["m3", "re: m3"]
    assert cursor is None


def test_sessions_are_listed_most_recent_first(store: Store) -> None:
    store.commit_turn(ALICE, turn_write(session_id="old", affinity_version=1, second=1))
    store.commit_turn(ALICE, turn_write(session_id="new", affinity_version=2, second=2))
    assert [s.session_id for s in store.list_sessions(ALICE)] == ["new", "old"]


def test_deleting_a_session_removes_its_messages_only(store: Store) -> None:
    store.commit_turn(ALICE, turn_write(session_id="gone", key="k"))
    store.commit_turn(ALICE, turn_write(session_id="kept", affinity_version=2))
    assert store.delete_session(ALICE, "gone") >= 3
    assert store.get_session(ALICE, "gone") is None
    assert store.list_messages(ALICE, "gone", limit=10)[0] == []
    assert len(store.list_messages(ALICE, "kept", limit=10)[0]) == 2
    assert store.delete_session(ALICE, "gone") == 0


def test_facts_list_active_unless_asked(store: Store, make_fact: Any) -> None:
    store.save_facts(
        ALICE,
        [
            make_fact("location", "Madrid", status=FactStatus.SUPERSEDED),
            make_fact("location", "Sevilla"),
        ],
    )
    assert [f.value for f in store.list_facts(ALICE)] == ["Sevilla"]
    assert {f.value for f in store.list_facts(ALICE, include_inactive=True)} == {
        "Madrid",
        "Sevilla",
    }


def test_saving_the_same_value_replaces_the_fact(store: Store, make_fact: Any) -> None:
    store.save_facts(ALICE, [make_fact("likes", "sushi")])
    store.save_facts(ALICE, [make_fact("likes", "Sushi", status=FactStatus.RETRACTED)])
    assert store.list_facts(ALICE) == []
    assert len(store.list_facts(ALICE, include_inactive=True)) == 1


def test_deleting_a_fact_key_forgets_every_value(store: Store, make_fact: Any) -> None:
    store.save_facts(
        ALICE, [make_fact("likes", "tea"), make_fact("likes", "jazz"), make_fact("name", "Al")]
    )
    assert store.delete_facts(ALICE, "likes") == 2
    assert [f.key for f in store.list_facts(ALICE, include_inactive=True)] == ["name"]
    assert store.delete_facts(ALICE, "likes") == 0


def test_affinity_is_per_personality(store: Store) -> None:
    store.commit_turn(ALICE, turn_write(personality="sakura", points=7))
    store.commit_turn(ALICE, turn_write(session_id="s2", personality="kenji", points=2))
    assert store.get_affinity(ALICE, "sakura").points == 7  # type: ignore[union-attr]
    assert store.get_affinity(ALICE, "nobody") is None
    assert {a.personality: a.points for a in store.list_affinities(ALICE)} == {
        "sakura": 7,
        "kenji": 2,
    }


def test_episodes_are_kept_in_time_order(store: Store) -> None:
    episodes = [
        Episode(episode_id=f"e{i}", session_id="s1", summary=f"summary {i}", importance=5.0,
                started_at=f"2026-01-0{i}T00:00:00.000Z", ended_at=f"2026-01-0{i}T01:00:00.000Z",
                created_at="2026-02-01T00:00:00.000Z")
        for i in (3, 1, 2)
    ]  # fmt: skip
    store.save_episodes(ALICE, episodes)
    assert [e.episode_id for e in store.list_episodes(ALICE)] == ["e1", "e2", "e3"]


def test_users_and_tenants_never_see_each_other(store: Store, make_fact: Any) -> None:
    store.commit_turn(ALICE, turn_write(facts=[make_fact("name", "Alice")]))
    for other in (BOB, OTHER_TENANT_ALICE):
        snapshot = store.load_turn(other, "s1", "sakura", recent_limit=10)
        assert snapshot.session is None and snapshot.recent == [] and snapshot.facts == []
        assert store.list_sessions(other) == []
        assert store.list_messages(other, "s1", limit=10)[0] == []
        assert store.list_facts(other, include_inactive=True) == []
        assert store.get_affinity(other, "sakura") is None
        assert store.delete_session(other, "s1") == 0
        assert store.delete_facts(other, "name") == 0
        assert store.erase_user(other) == 0
    assert store.get_session(ALICE, "s1") is not None
    assert [f.value for f in store.list_facts(ALICE)] == ["Alice"]


def test_erasing_a_user_removes_everything_of_theirs_only(store: Store, make_fact: Any) -> None:
    store.commit_turn(ALICE, turn_write(facts=[make_fact("name", "Alice")], key="k"))
    store.commit_turn(ALICE, turn_write(session_id="s2", affinity_version=2))
    store.save_episodes(ALICE, [Episode(episode_id="e", session_id="s1", summary="x", importance=1,
                                        started_at="a", ended_at="b", created_at="c")])  # fmt: skip
    store.commit_turn(BOB, turn_write(facts=[make_fact("name", "Bob")]))
    assert store.erase_user(ALICE) >= 9
    assert store.list_sessions(ALICE) == []
    assert store.list_messages(ALICE, "s1", limit=10)[0] == []
    assert store.list_facts(ALICE, include_inactive=True) == []
    assert store.list_affinities(ALICE) == []
    assert store.list_episodes(ALICE) == []
    assert [f.value for f in store.list_facts(BOB)] == ["Bob"]


def test_a_turn_with_more_facts_than_one_transaction_holds_keeps_them_all(
    store: Store, make_fact: Any
) -> None:
    facts = [make_fact("likes", f"thing {i}") for i in range(130)]
    store.commit_turn(ALICE, turn_write(facts=facts))
    assert len(store.list_facts(ALICE)) == 130
    assert len(store.load_turn(ALICE, "s1", "sakura", recent_limit=10).facts) == 130


def test_message_search_finds_the_callers_matching_messages_only(store: Store) -> None:
    write = turn_write(text="planning a trip to kyoto")
    write.search_terms = {m.message_id: "plan trip kyoto" for m in write.messages}
    store.commit_turn(ALICE, write)
    other = turn_write(session_id="s2", affinity_version=2, text="learning the cello")
    other.search_terms = {m.message_id: "learn cello" for m in other.messages}
    store.commit_turn(ALICE, other)
    bobs = turn_write(text="kyoto again")
    bobs.search_terms = {m.message_id: "kyoto" for m in bobs.messages}
    store.commit_turn(BOB, bobs)
    found = store.search_messages(ALICE, ["kyoto", "temple"], limit=10)
    if not store.supports_message_search:
        assert found == []
        return
    assert found and all("kyoto" in m.content for m in found)
    assert store.search_messages(ALICE, ['"); DROP TABLE messages; --', "NEAR("], limit=5) == []
    assert store.search_messages(ALICE, ["kyoto"], limit=1)[0].session_id == "s1"
    store.delete_session(ALICE, "s1")
    assert store.search_messages(ALICE, ["kyoto"], limit=10) == []
    assert [m.content for m in store.search_messages(ALICE, ["cello"], limit=10)][0] == (
        "learning the cello"
    )
    store.erase_user(ALICE)
    assert store.search_messages(ALICE, ["cello"], limit=10) == []
    assert store.search_messages(BOB, ["kyoto"], limit=10)


def test_the_latest_episodes_are_the_recall_candidates(store: Store) -> None:
    episodes = [
        Episode(episode_id=f"e{i:03d}", session_id="s1", summary=f"summary {i}", importance=5.0,
                started_at=f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}.000Z",
                ended_at=f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}.000Z",
                created_at="2026-02-01T00:00:00.000Z")
        for i in range(210)
    ]  # fmt: skip
    store.save_episodes(ALICE, episodes)
    loaded = store.load_turn(ALICE, "s1", "sakura", recent_limit=5).episodes
    if loaded is None:  # not read with the turn: the latest are one call away
        loaded = store.list_episodes(ALICE, latest=200)
    assert [e.episode_id for e in loaded] == [f"e{i:03d}" for i in range(10, 210)]
    assert store.list_episodes(ALICE, latest=3)[-1].episode_id == "e209"
    assert store.list_episodes(BOB, latest=5) == []


def test_recent_messages_window_is_the_latest_oldest_first(store: Store) -> None:
    for version in range(1, 4):
        store.commit_turn(
            ALICE, turn_write(version=version, affinity_version=version, text=f"m{version}")
        )
    assert [m.content for m in store.recent_messages(ALICE, "s1", limit=3)] == [
        "re: m2", "m3", "re: m3",
    ]  # fmt: skip
    assert store.recent_messages(ALICE, "s1", limit=0) == []
    assert store.recent_messages(BOB, "s1", limit=5) == []


def test_a_memory_update_applies_once_and_never_after_the_session_is_gone(
    store: Store, make_fact: Any
) -> None:
    store.commit_turn(ALICE, turn_write())
    episode = Episode(episode_id="s1~000000", session_id="s1", summary="x", importance=3,
                      started_at="a", ended_at="b", created_at="c")  # fmt: skip
    update = {"facts": [make_fact("likes", "tea")], "episodes": [episode], "at": "now"}
    assert not store.memory_update_applied(ALICE, "s1", "turn-1")
    assert store.apply_memory_update(ALICE, "s1", "turn-1", **update) is True
    assert store.memory_update_applied(ALICE, "s1", "turn-1")
    assert store.apply_memory_update(ALICE, "s1", "turn-1", **update) is False
    assert [f.value for f in store.list_facts(ALICE)] == ["tea"]
    assert [e.episode_id for e in store.list_episodes(ALICE)] == ["s1~000000"]

    store.erase_user(ALICE)
    late = {"facts": [make_fact("likes", "coffee")], "episodes": [], "at": "now"}
    assert store.apply_memory_update(ALICE, "s1", "turn-2", **late) is False
    assert store.list_facts(ALICE, include_inactive=True) == []
    assert store.apply_memory_update(BOB, "s1", "turn-3", **late) is False


def test_sessions_of_every_user_can_be_walked_for_maintenance(store: Store) -> None:
    store.commit_turn(ALICE, turn_write(session_id="a1"))
    store.commit_turn(BOB, turn_write(session_id="b1"))
    found = {(p.tenant, p.user, s.session_id) for p, s in store.iter_sessions()}
    assert found == {("acme", "alice", "a1"), ("acme", "bob", "b1")}


def test_retention_gives_old_messages_an_expiry(store: Store) -> None:
    store.commit_turn(ALICE, turn_write())
    assert store.set_missing_expiry(ALICE, "s1", 3600) == 2
    assert store.set_missing_expiry(ALICE, "s1", 3600) == 0
    # Written at 2026-01-01T00:00:01Z, so expired long before 2030; TTL-less stores purge.
    purged = store.purge_expired(1_900_000_000)
    remaining = store.list_messages(ALICE, "s1", limit=10)[0]
    assert (purged, len(remaining)) in {(2, 0), (0, 2)}


def test_recent_messages_can_end_at_an_earlier_message(store: Store) -> None:
    ids = []
    for version in range(1, 4):
        write = turn_write(version=version, affinity_version=version, text=f"m{version}")
        ids.append(write.messages[-1].message_id)
        store.commit_turn(ALICE, write)
    window = store.recent_messages(ALICE, "s1", limit=2, until=ids[1])
    assert [m.content for m in window] == ["m2", "re: m2"]


def test_a_full_quota_window_refuses_the_write_and_keeps_nothing(store: Store) -> None:
    from luminora.models import QuotaExceededError
    from luminora.store.base import QuotaUse

    window = QuotaUse(window="1764086400", limit=2, expires_at=1764093600)
    for version in (1, 2):
        write = turn_write(version=version, affinity_version=version)
        write.quota = window
        store.commit_turn(ALICE, write)
    assert store.load_turn(ALICE, "s1", "sakura", recent_limit=0,
                           quota_window=window.window).turns_in_window == 2  # fmt: skip
    third = turn_write(version=3, affinity_version=3, text="one too many")
    third.quota = window
    with pytest.raises(QuotaExceededError):
        store.commit_turn(ALICE, third)
    assert len(store.list_messages(ALICE, "s1", limit=10)[0]) == 4
    # Another window, and another user, start from zero.
    assert store.load_turn(ALICE, "s1", "sakura", recent_limit=0,
                           quota_window="1764090000").turns_in_window == 0  # fmt: skip
    assert store.load_turn(BOB, "s1", "sakura", recent_limit=0,
                           quota_window=window.window).turns_in_window == 0  # fmt: skip


def _session_of(
    store: Store,
    principal: Principal,
    session_id: str,
    turns: int,
    first: int,
    *,
    affinity_version: int = 1,
    step: int = 1,
    owner: str = "",
) -> list[Message]:
    """A session of `turns` turns (two messages each) with ids that sort by turn: turn
    n's id is `first + n * step`, so two sessions can interleave in time."""
    for n in range(turns):
        number = first + n * step
        store.commit_turn(
            principal,
            turn_write(
                session_id, version=n + 1, affinity_version=affinity_version + n,
                text=f"{owner}{session_id}-{number}", turn_id=f"01J{number:023d}",
            ),
        )  # fmt: skip
    return store.list_messages(principal, session_id, limit=2 * turns)[0]


def test_messages_around_are_the_anchors_neighbours_in_their_session(store: Store) -> None:
    # Given two sessions whose turns interleave in time
    a = _session_of(store, ALICE, "a", 6, first=10, step=2)
    b = _session_of(store, ALICE, "b", 6, first=11, step=2, affinity_version=7)
    assert [m.content for m in a[:3]] == ["a-10", "re: a-10", "a-12"]

    # When a window is asked around one message of each session
    found = store.messages_around(ALICE, [a[5], b[0]], before=2, after=1)

    # Then each window holds only its own session's messages, in order, cut at its start
    assert [(m.session_id, m.message_id) for m in found] == [
        *(("a", m.message_id) for m in a[3:7]),
        *(("b", m.message_id) for m in b[0:2]),
    ]
    # and the last message of a session has nothing after it
    assert store.messages_around(ALICE, [a[-1]], before=1, after=3) == a[-2:]


def test_overlapping_windows_come_once_and_an_empty_window_is_the_anchor(store: Store) -> None:
    a = _session_of(store, ALICE, "a", 5, first=1)

    found = store.messages_around(ALICE, [a[6], a[4], a[4]], before=1, after=2)

    assert found == a[3:9]
    assert store.messages_around(ALICE, [a[2], a[7]], before=0, after=0) == [a[2], a[7]]
    assert store.messages_around(ALICE, [], before=3, after=3) == []


def test_messages_around_never_cross_users_or_tenants(store: Store) -> None:
    # Given Alice's session, and Bob's session of the same id and message ids
    alices = _session_of(store, ALICE, "s1", 4, first=1)
    bobs = _session_of(store, BOB, "s1", 4, first=1, owner="bob's ")
    assert [m.message_id for m in alices] == [m.message_id for m in bobs]

    # When Bob, or Alice of another tenant, asks around Alice's messages
    for other in (BOB, OTHER_TENANT_ALICE):
        found = store.messages_around(other, alices[2:4], before=5, after=5)
        # Then they only ever get messages of their own (Bob's, none for the other)
        assert found == (bobs if other is BOB else [])
        assert all("bob's " in m.content for m in found)
    store.erase_user(BOB)
    assert store.messages_around(BOB, alices, before=5, after=5) == []
    assert store.messages_around(ALICE, alices[:1], before=0, after=1) == alices[:2]
