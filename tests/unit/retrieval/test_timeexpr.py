"""Time expressions in queries become date spans."""

from __future__ import annotations

from datetime import date

import pytest

from luminora.memory.retrieval import TimeSpan, parse_time_spans

NOW = date(2023, 10, 22)  # a Sunday


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("on 8th December, 2023", "en", (date(2023, 12, 7), date(2023, 12, 9))),
        ("by July 10, 2022", "en", (date(2022, 7, 9), date(2022, 7, 11))),
        ("the 3rd of July", "en", (date(2023, 7, 2), date(2023, 7, 4))),
        ("most of September 2023", "en", (date(2023, 9, 1), date(2023, 9, 30))),
        ("in May", "en", (date(2023, 5, 1), date(2023, 5, 31))),
        ("in November", "en", (date(2022, 11, 1), date(2022, 11, 30))),
        ("2023-05-08", "en", (date(2023, 5, 7), date(2023, 5, 9))),
        ("what happened in 2022", "en", (date(2022, 1, 1), date(2022, 12, 31))),
        ("yesterday", "en", (date(2023, 10, 21), date(2023, 10, 21))),
        ("last week", "en", (date(2023, 10, 9), date(2023, 10, 15))),
        ("last month", "en", (date(2023, 9, 1), date(2023, 9, 30))),
        ("3 weeks ago", "en", (date(2023, 9, 25), date(2023, 10, 1))),
        ("¿qué hice ayer?", "es", (date(2023, 10, 21), date(2023, 10, 21))),
        ("el 5 de marzo", "es", (date(2023, 3, 4), date(2023, 3, 6))),
        ("la semaine dernière", "fr", (date(2023, 10, 9), date(2023, 10, 15))),
        ("em agosto", "pt", (date(2023, 8, 1), date(2023, 8, 31))),
        ("gestern", "de", (date(2023, 10, 21), date(2023, 10, 21))),
        ("il mese scorso", "it", (date(2023, 9, 1), date(2023, 9, 30))),
    ],
)
def test_time_expressions_become_spans(text: str, language: str, span: tuple[date, date]) -> None:
    assert parse_time_spans(text, language, NOW) == [TimeSpan(*span)]


@pytest.mark.parametrize("text", ["you may go", "what do I like?", "mai più", ""])
def test_text_without_a_time_gives_no_span(text: str) -> None:
    assert parse_time_spans(text, "it" if "mai" in text else "en", NOW) == []


def test_relative_times_need_now() -> None:
    assert parse_time_spans("yesterday", "en", None) == []
    assert parse_time_spans("in May", "en", None) == []
    assert parse_time_spans("in May 2021", "en", None) == [
        TimeSpan(date(2021, 5, 1), date(2021, 5, 31))
    ]


def test_impossible_dates_are_ignored() -> None:
    assert parse_time_spans("on 31 February 2023", "en", NOW) == [
        TimeSpan(date(2023, 2, 1), date(2023, 2, 28))
    ]
