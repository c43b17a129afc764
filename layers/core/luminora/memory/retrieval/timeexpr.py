"""Time expressions in a query ("yesterday", "last week", "in May", "on 3 July 2023").

Turned into date spans so the index can favour what was said then. English plus the
common forms in es, fr, pt, de and it. Relative expressions need the current time; an
expression without a year takes the latest such date not after it. Parsing is on folded,
casefolded text (accents are optional for users).

`mentions_time` tells the stored texts that say when something happened ("last Friday",
"two days ago"): the texts that can answer a "when" question.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final

from luminora.memory.retrieval.stopwords import fold

__all__ = ["TimeSpan", "mentions_time", "parse_instant", "parse_time_spans"]


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """An inclusive range of calendar days."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


_MONTHS: Final[dict[str, dict[str, int]]] = {
    "en": {
        **dict.fromkeys(("january", "jan"), 1),
        **dict.fromkeys(("february", "feb"), 2),
        **dict.fromkeys(("march", "mar"), 3),
        **dict.fromkeys(("april", "apr"), 4),
        "may": 5,
        **dict.fromkeys(("june", "jun"), 6),
        **dict.fromkeys(("july", "jul"), 7),
        **dict.fromkeys(("august", "aug"), 8),
        **dict.fromkeys(("september", "sep", "sept"), 9),
        **dict.fromkeys(("october", "oct"), 10),
        **dict.fromkeys(("november", "nov"), 11),
        **dict.fromkeys(("december", "dec"), 12),
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12,
    },
    "fr": {
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    "de": {
        "januar": 1, "februar": 2, "marz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6,
        "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11,
        "dicembre": 12,
    },
}  # fmt: skip

# Relative words -> (unit, offset): ("day", -1) is yesterday, ("week", -1) last week...
_RELATIVE: Final[dict[str, tuple[str, int]]] = {
    # en
    "yesterday": ("day", -1), "today": ("day", 0), "tonight": ("day", 0),
    "last night": ("day", -1), "this morning": ("day", 0),
    "last week": ("week", -1), "this week": ("week", 0), "last weekend": ("weekend", -1),
    "this weekend": ("weekend", 0), "last month": ("month", -1), "this month": ("month", 0),
    "last year": ("year", -1), "this year": ("year", 0),
    # es
    "ayer": ("day", -1), "hoy": ("day", 0), "anoche": ("day", -1),
    "la semana pasada": ("week", -1), "esta semana": ("week", 0),
    "el mes pasado": ("month", -1), "este mes": ("month", 0),
    "el ano pasado": ("year", -1), "este ano": ("year", 0),
    # fr
    "hier": ("day", -1), "aujourd hui": ("day", 0), "hier soir": ("day", -1),
    "la semaine derniere": ("week", -1), "cette semaine": ("week", 0),
    "le mois dernier": ("month", -1), "ce mois": ("month", 0),
    "l annee derniere": ("year", -1), "cette annee": ("year", 0),
    # pt
    "ontem": ("day", -1), "hoje": ("day", 0), "semana passada": ("week", -1),
    "esta semana passada": ("week", -1), "mes passado": ("month", -1),
    "ano passado": ("year", -1), "este ano passado": ("year", -1),
    # de
    "gestern": ("day", -1), "heute": ("day", 0), "letzte woche": ("week", -1),
    "diese woche": ("week", 0), "letzten monat": ("month", -1), "letztes jahr": ("year", -1),
    "dieses jahr": ("year", 0),
    # it
    "ieri": ("day", -1), "oggi": ("day", 0), "la settimana scorsa": ("week", -1),
    "questa settimana": ("week", 0), "il mese scorso": ("month", -1),
    "l anno scorso": ("year", -1), "quest anno": ("year", 0),
}  # fmt: skip

_AGO: Final[re.Pattern[str]] = re.compile(
    r"\b(\d{1,3}|a|one|two|three|four|five|six) (day|week|month|year)s? ago\b"
)
_SMALL_NUMBERS: Final[dict[str, int]] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
}  # fmt: skip
_ISO_DAY: Final[re.Pattern[str]] = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_YEAR: Final[re.Pattern[str]] = re.compile(r"\b(19\d\d|20\d\d)\b")
_WORDS: Final[re.Pattern[str]] = re.compile(r"[^\W_]+")
_ORDINAL: Final[re.Pattern[str]] = re.compile(r"^(\d{1,2})(st|nd|rd|th|er|o|a|e)?$")
# Words before a bare month that make it a month and not a verb ("in May", "since June").
_MONTH_LEADS: Final[frozenset[str]] = frozenset(
    "in on of during since until by early late mid en de em im in a di del".split()
)
# Small words between a day, a month and a year: "3rd of July", "5 de marzo de 2023".
_JOINERS: Final[frozenset[str]] = frozenset(("of", "de", "del", "di", "th"))
_DAY_TOLERANCE: Final[timedelta] = timedelta(days=1)


def parse_instant(value: str | None) -> date | None:
    """The calendar day of an ISO 8601 time ("2023-05-08T13:56:00+00:00"), None if unknown."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.date()


def parse_time_spans(text: str, language: str = "en", now: date | None = None) -> list[TimeSpan]:
    """Date spans the text refers to; [] when it names no time.

    Args:
        text: a query, in any case, with or without accents.
        language: the query's language; English month names are always understood too.
        now: today's date; needed for "yesterday", "last week" and dates without a year.
    """
    folded = fold(text.casefold())
    words = _WORDS.findall(folded)
    spans: list[TimeSpan] = []
    for match in _ISO_DAY.finditer(folded):
        day = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            spans.append(TimeSpan(day - _DAY_TOLERANCE, day + _DAY_TOLERANCE))
    spans += _month_spans(words, language, now)
    if now is not None:
        spans += _relative_spans(" ".join(words), now)
    if not spans:  # a bare year only when nothing finer was said ("in May 2023" is May)
        spans += [TimeSpan(date(int(y), 1, 1), date(int(y), 12, 31)) for y in _YEAR.findall(folded)]
    return spans


def _month_spans(words: list[str], language: str, now: date | None) -> list[TimeSpan]:
    months = {**_MONTHS["en"], **_MONTHS.get(language, {})}
    spans: list[TimeSpan] = []
    for i, word in enumerate(words):
        month = months.get(word)
        if month is None:
            continue
        before = words[i - 1] if i else ""
        following = [w for w in words[i + 1 : i + 4] if w not in _JOINERS]
        day = _day_number(before) or (_day_number(following[0]) if following else None)
        if day is None and before in _JOINERS and i >= 2:  # "the 3rd of July", "5 de marzo"
            day = _day_number(words[i - 2])
        year = next((y for w in following[:2] if (y := _year_number(w))), None)
        if day is None and year is None and before not in _MONTH_LEADS and word == "may":
            continue  # "may" the verb
        if year is None:
            if now is None:
                continue
            year = now.year if (month, day or 1) <= (now.month, now.day) else now.year - 1
        if day is not None and (found := _safe_date(year, month, day)):
            spans.append(TimeSpan(found - _DAY_TOLERANCE, found + _DAY_TOLERANCE))
        else:
            spans.append(TimeSpan(date(year, month, 1), date(year, month, _last_day(year, month))))
    return spans


def _relative_spans(phrase: str, now: date) -> list[TimeSpan]:
    spans: list[TimeSpan] = []
    padded = f" {phrase} "
    for words, (unit, offset) in _RELATIVE.items():
        if f" {words} " in padded:
            spans.append(_unit_span(unit, offset, now))
    for match in _AGO.finditer(phrase):
        count = _SMALL_NUMBERS.get(match[1]) or int(match[1])
        spans.append(_unit_span(match[2], -count, now, tolerance=True))
    return spans


def _unit_span(unit: str, offset: int, now: date, *, tolerance: bool = False) -> TimeSpan:
    if unit == "day":
        day = now + timedelta(days=offset)
        pad = _DAY_TOLERANCE if tolerance else timedelta(0)
        return TimeSpan(day - pad, day + pad)
    if unit in ("week", "weekend"):
        monday = now - timedelta(days=now.weekday()) + timedelta(weeks=offset)
        start = monday + timedelta(days=5) if unit == "weekend" else monday
        return TimeSpan(start, monday + timedelta(days=6))
    if unit == "month":
        year, month = divmod(now.year * 12 + now.month - 1 + offset, 12)
        return TimeSpan(date(year, month + 1, 1), date(year, month + 1, _last_day(year, month + 1)))
    return TimeSpan(date(now.year + offset, 1, 1), date(now.year + offset, 12, 31))


def _day_number(word: str) -> int | None:
    match = _ORDINAL.match(word)
    if match and 1 <= int(match[1]) <= 31:
        return int(match[1])
    return None


def _year_number(word: str) -> int | None:
    return int(word) if _YEAR.fullmatch(word) else None


def _last_day(year: int, month: int) -> int:
    return monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_WEEKDAYS: Final[dict[str, str]] = {
    "en": "monday tuesday wednesday thursday friday saturday sunday weekend",
    "es": "lunes martes miercoles jueves viernes sabado domingo finde",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche weekend",
    "pt": "segunda terca quarta quinta sexta sabado domingo",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende",
    "it": "lunedi martedi mercoledi giovedi venerdi sabato domenica weekend",
}
# Words that date what a sentence tells, besides months, weekdays and years.
_TIME_WORDS: Final[dict[str, str]] = {
    "en": "yesterday today tonight tomorrow ago last next recently lately earlier since",
    "es": "ayer hoy anoche manana hace pasado pasada proximo proxima recientemente",
    "fr": "hier aujourd demain dernier derniere prochain prochaine recemment depuis",
    "pt": "ontem hoje amanha atras passado passada proximo proxima recentemente",
    "de": "gestern heute morgen vorgestern letzte letzten letzter letztes nachste neulich",
    "it": "ieri oggi domani fa scorso scorsa prossimo prossima recentemente",
}


def _time_vocabulary(language: str) -> frozenset[str]:
    """The language's time words, with English's too (chat mixes them), minus "may" (the
    verb) and, outside English, English month abbreviations ("mar" is the sea in Spanish).
    """
    months = {w for w in _MONTHS["en"] if language == "en" or len(w) > 3} - {"may"}
    months |= set(_MONTHS.get(language, {})) - {"may"}
    words = f"{_TIME_WORDS.get(language, '')} {_WEEKDAYS.get(language, '')} {_TIME_WORDS['en']}"
    return frozenset(words.split()) | frozenset(months)


_TIME_VOCABULARY: Final[dict[str, frozenset[str]]] = {
    language: _time_vocabulary(language) for language in _MONTHS
}


def mentions_time(text: str, language: str = "en") -> bool:
    """Whether `text` says when something happened: a date, weekday, month, year or a
    relative time ("yesterday", "two weeks ago", "last summer")."""
    folded = fold(text.casefold())
    if _YEAR.search(folded):
        return True
    vocabulary = _TIME_VOCABULARY.get(language, _TIME_VOCABULARY["en"])
    return not vocabulary.isdisjoint(_WORDS.findall(folded))
