"""Replies vary deterministically and never repeat one of the session's recent replies."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

REPEATED = [
    ("es", "hola"),
    ("en", "ok"),
    ("en", "what's your name?"),
    ("es", "vaya no lo sabes??"),
    ("fr", "merci"),
    ("de", "wie geht's?"),
]


@pytest.mark.parametrize(("language", "message"), REPEATED)
def test_twenty_similar_turns_never_repeat_a_reply(
    converse: Callable[..., list[str]], language: str, message: str
) -> None:
    replies = converse([(message, {})] * 20, language)
    assert len(set(replies)) == 20


@pytest.mark.parametrize(("language", "message"), REPEATED[:3])
def test_no_repeats_even_when_every_turn_has_the_same_seed(
    ask: Callable[..., str], language: str, message: str
) -> None:
    # Given the same seed every turn, the variety must come from avoiding recent replies
    replies: list[str] = []
    for _ in range(30):
        replies.append(ask(message, language, known={"name": "Ana"}, recent=list(replies), seed=7))
    assert len(set(replies)) == 30


def test_the_same_turn_gets_the_same_reply(ask: Callable[..., str]) -> None:
    first = ask("hola", "es", known={"name": "Ana"}, seed="01JSAME")
    again = ask("hola", "es", known={"name": "Ana"}, seed="01JSAME")
    assert first == again


def test_different_turns_get_different_wordings(ask: Callable[..., str]) -> None:
    replies = {ask("hi", "en", known={"name": "Ana"}, seed=f"seed-{i}") for i in range(12)}
    assert len(replies) >= 4


def test_a_reply_differing_only_in_case_or_spacing_counts_as_a_repeat(
    ask: Callable[..., str],
) -> None:
    reply = ask("hola", "es", known={"name": "Ana"}, seed=3)
    shouted = "  " + reply.upper().replace(" ", "   ")
    assert ask("hola", "es", known={"name": "Ana"}, seed=3, recent=[shouted]) != reply


def test_the_follow_up_question_of_the_last_reply_is_not_asked_again(
    converse: Callable[..., list[str]],
) -> None:
    replies = converse([("ok", {}), ("ok", {})], "en")
    last_question = replies[0].rsplit("?", 1)[0].rsplit(". ", 1)[-1].rsplit("! ", 1)[-1]
    assert last_question not in replies[1]
