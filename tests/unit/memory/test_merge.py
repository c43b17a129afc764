"""Fact merging rules: supersede, retract, reaffirm, user wins, history, secrets."""

from __future__ import annotations

from luminora.memory.merge import FactMerger, Provenance, looks_like_secret, same_value
from luminora.models import FactCandidate, FactOp, FactSource, FactStatus

RULES = Provenance(FactSource.RULES, "2026-01-01T00:00:00.000Z", session_id="s1", turn_id="t1")
LATER = Provenance(FactSource.RULES, "2026-01-02T00:00:00.000Z", session_id="s1", turn_id="t2")
USER = Provenance(FactSource.USER, "2026-01-01T12:00:00.000Z")


def active(merger: FactMerger) -> set[tuple[str, str]]:
    return {(f.key, f.value) for f in merger.active()}


def test_new_value_of_single_valued_key_supersedes_the_old_one() -> None:
    merger = FactMerger([])
    merger.apply([FactCandidate("location", "Madrid")], RULES)
    result = merger.apply([FactCandidate("location", "Sevilla")], LATER)
    assert active(merger) == {("location", "Sevilla")}
    madrid = next(f for f in merger.facts if f.value == "Madrid")
    assert madrid.status is FactStatus.SUPERSEDED
    assert [e.action for e in madrid.history] == ["asserted", "superseded"]
    assert madrid.history[-1].turn_id == "t2"
    assert [(f.key, f.value) for f in result.learned] == [("location", "Sevilla")]


def test_multi_valued_key_accumulates_and_a_retraction_removes_one() -> None:
    merger = FactMerger([])
    merger.apply([FactCandidate("likes", "sushi"), FactCandidate("likes", "jazz")], RULES)
    merger.apply([FactCandidate("likes", "el sushi", FactOp.RETRACT)], LATER)
    assert active(merger) == {("likes", "jazz")}
    sushi = next(f for f in merger.facts if f.value == "sushi")
    assert sushi.status is FactStatus.RETRACTED


def test_saying_a_value_again_reaffirms_without_learning_it_twice() -> None:
    merger = FactMerger([])
    merger.apply([FactCandidate("name", "Carlos", confidence=0.8)], RULES)
    again = FactMerger(merger.facts).apply(
        [FactCandidate("name", "carlos", confidence=0.95)], LATER
    )
    assert again.learned == []
    (fact,) = again.changed
    assert fact.value == "Carlos" and fact.confidence == 0.95
    assert [e.action for e in fact.history] == ["asserted", "reaffirmed"]


def test_an_old_value_said_again_comes_back_with_its_history() -> None:
    merger = FactMerger([])
    merger.apply([FactCandidate("location", "Madrid")], RULES)
    merger.apply([FactCandidate("location", "Sevilla")], LATER)
    merger.apply([FactCandidate("location", "Madrid")], LATER)
    assert active(merger) == {("location", "Madrid")}
    madrid = next(f for f in merger.facts if f.value == "Madrid")
    assert [e.action for e in madrid.history] == ["asserted", "superseded", "asserted"]


def test_user_asserted_fact_wins_over_extracted_ones() -> None:
    merger = FactMerger([])
    merger.replace_key("name", ["Carla"], USER)
    merger.apply([FactCandidate("name", "Carlos")], LATER)
    merger.apply([FactCandidate("name", "Carla", FactOp.RETRACT)], LATER)
    assert active(merger) == {("name", "Carla")}


def test_replacing_a_key_sets_its_whole_active_set() -> None:
    merger = FactMerger([])
    merger.apply([FactCandidate("pets", "Toby"), FactCandidate("pets", "Luna")], RULES)
    merger.replace_key("pets", ["Luna", "Kira"], USER)
    assert active(merger) == {("pets", "Luna"), ("pets", "Kira")}


def test_values_that_look_like_credentials_are_never_stored() -> None:
    merger = FactMerger([])
    result = merger.apply(
        [FactCandidate("likes", "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c")], RULES
    )
    assert result.changed == [] and merger.active() == []
    assert looks_like_secret("AKIAABCDEFGHIJKLMNOP")
    assert not looks_like_secret("hiking in the Pyrenees")


def test_retracting_an_unknown_value_changes_nothing() -> None:
    merger = FactMerger([])
    merger.apply([FactCandidate("likes", "tea")], RULES)
    result = FactMerger(merger.facts).apply(
        [FactCandidate("likes", "coffee", FactOp.RETRACT)], LATER
    )
    assert result.changed == []


def test_same_value_ignores_case_accents_and_articles_by_token_inclusion() -> None:
    assert same_value("Sevilla", "sevilla")
    assert same_value("el Himalaya", "Himalaya")
    assert same_value("Málaga", "malaga")
    assert not same_value("Madrid", "Sevilla")
