"""Place readers: where the user lives, comes from, works, or is about to travel to.

A place typed with capitals is read as typed ("New York", "Rio de Janeiro"). A lowercase
place ("austin", "nueva york", "costa rica") is read when it holds at least one word that is
not a frequent word of the language, so "the gym", "la playa" or "work" never pass as places,
while a frequent word may still lead a name ("new", "nueva", "buenos", "costa").

Travel triggers differ in how sure they are that a place follows. "flying to", "viaje a",
"me voy a" are followed by places; "going to", "voy a" as often by a verb. A destination
reader says how much a lowercase place needs: nothing but a clean end (`bounded`), or a time
expression right after it (`timed`: "going to vegas next week").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from luminora.memory.extraction.engine import Found, Match
from luminora.memory.extraction.text import Sentence
from luminora.memory.extraction.values import title, trim

if TYPE_CHECKING:
    from collections.abc import Callable

    from luminora.memory.extraction.text import Token
    from luminora.memory.extraction.vocab import Words

Lowercase = Literal["bounded", "timed", "never"]
"""How a destination typed in lowercase is accepted (see the module docstring)."""

_NEVER = re.compile(r"(?!)")
# Links after which a month is still part of a name ("Rio de Janeiro"), unlike "on Friday".
_GENITIVES = frozenset({"de", "del", "do", "da", "di", "du", "of"})
# How far past the place a past-trip marker is looked for ("... è stato bellissimo").
_PAST_REACH = 40
_MAX_CAPITALIZED = 5
_MAX_LOWERCASE = 4


# "Since moving to Oslo I've ...": the capitalised "I" starts the next clause.
_I = frozenset({"i", "i'm", "i've", "i'd", "i'll"})


def _capitalized_run(words: Words, tokens: list[Token], i: int) -> int:
    """End (exclusive) of the capitalised name starting at token `i` ("Rio de Janeiro")."""
    n = len(tokens)
    j = i + 1
    while j < n and j - i < _MAX_CAPITALIZED:
        t = tokens[j]
        if t.is_word and t.capitalized and t.low not in words.time_words and t.low not in _I:
            j += 1
        elif (
            t.low in words.place_links
            and j + 1 < n
            and tokens[j + 1].capitalized
            and tokens[j + 1].is_word
            and (t.low in _GENITIVES or tokens[j + 1].low not in words.time_words)
        ):
            j += 2  # the link and the name word after it
        else:
            break
    return j


def placeable(words: Words, token: Token) -> bool:
    """True when a lowercase word can belong to a place name (a frequent word may)."""
    low = token.low
    return (
        token.is_word
        and not low.isdigit()
        and len(low) >= 2
        and low not in words.stops
        and low not in words.fillers
        and low not in words.joiners
        and low not in words.articles
        and low not in words.intensifiers
        and low not in words.time_words
        and low not in words.relations
        and not low.endswith("'s")  # "my mom's": a person's place, not a place name
        and (words.verb_like is None or not words.verb_like.search(low))
    )


def _lowercase_run(
    words: Words, tokens: list[Token], i: int, *, after_article: bool = False
) -> int:
    """End (exclusive) of a lowercase place starting at token `i`, or `i` when there is none.

    The run may hold linking words ("santiago de compostela") and frequent words, but at
    least one of its words must be uncommon, or descriptive after the first: "nueva york" and
    "costa rica" are places, "la playa" and "office party" are not.
    """
    n = len(tokens)
    j = i
    while j < n and j - i < _MAX_LOWERCASE:
        t = tokens[j]
        if j > i and words.gerund is not None and words.gerund.search(t.low):
            break  # "santiago de compostela andando" (but "orlando" may lead)
        if not t.capitalized and placeable(words, t):
            j += 1
        elif (
            j > i
            and t.low in words.place_links
            and t.low not in words.joiners
            and j + 1 < n
            and not tokens[j + 1].capitalized
            and placeable(words, tokens[j + 1])
            # "curro en inditex de diseñadora": a job after the link ends the name
            and tokens[j + 1].low not in words.identity
        ):
            j += 1
        else:
            break
    names = [t for t in tokens[i:j] if t.low not in words.place_links]
    if any(t.low not in words.common for t in names):
        return j
    # "costa rica", "puerto rico": a descriptive word after the first one makes a name of
    # frequent words; "the new gym", "office party", "la casa grande" stay common phrases.
    if not after_article and any(t.low in words.descriptive for t in names[1:]):
        return j
    return i


# "soy de origen peruano", "je suis d'origine portugaise": an origin, not a place name.
_ORIGIN = frozenset({"origen", "origine", "origem", "origin", "ascendencia", "descendencia"})


def read_place(sent: Sentence, words: Words, start: int, *, nested: re.Pattern[str]) -> str | None:
    """A place name at `start` ("Denver", "New York", "Rio de Janeiro", "austin").

    When the phrase is a common noun ("un piso en Zaragoza"), the place is looked for
    after the next place preposition of the clause (`nested`).
    """
    tokens = sent.tokens
    i, n = sent.token_index(start), len(tokens)
    if i < n and tokens[i].low in words.articles and i + 1 < n and tokens[i + 1].capitalized:
        i += 1
    if i >= n or not tokens[i].is_word or tokens[i].low in _ORIGIN:
        return None
    first = tokens[i]
    if first.capitalized and first.low not in words.stops:
        j = _capitalized_run(words, tokens, i)
        return trim(sent.raw[first.start : tokens[j - 1].end])
    j = _lowercase_run(words, tokens, i)
    if j > i:
        return title(sent.raw[first.start : tokens[j - 1].end], words.place_links)
    # A common noun phrase: look for a place after the next preposition in the clause.
    end = sent.clause_end(first.start)
    m = nested.search(sent.low, first.end, end)
    if m is not None:
        return read_place(sent, words, m.end(), nested=_NEVER)
    return None


def place(key: str, nested: str) -> Callable[[Match], list[Found]]:
    """A place after a trigger ("I live in", "vivo en")."""
    nested_re = re.compile(nested)

    def read(match: Match) -> list[Found]:
        value = read_place(match.sent, match.words, match.start, nested=nested_re)
        return [Found(key, value)] if value else []

    return read


def _ends_cleanly(words: Words, tokens: list[Token], j: int) -> bool:
    """True when what follows token `j - 1` cannot continue a name: punctuation, a function
    word, an article, a time, or a verb ("a paris corriendo", "a peru unos dias")."""
    if j >= len(tokens):
        return True
    t = tokens[j]
    low = t.low
    return (
        not t.is_word
        or low in words.stops
        or low in words.fillers
        or low in words.joiners
        or low in words.articles
        or low in words.time_words
        or (words.verb_like is not None and bool(words.verb_like.search(low)))
        or (words.gerund is not None and bool(words.gerund.search(low)))
    )


def read_destination(
    sent: Sentence,
    words: Words,
    start: int,
    *,
    lowercase: Lowercase,
    time_after: re.Pattern[str] = _NEVER,
    unless_after: re.Pattern[str] = _NEVER,
) -> str | None:
    """A travel destination at `start`, or None (see the module docstring for `lowercase`).

    `unless_after` finds words in the rest of the clause that make the trip a past one
    ("my trip to Rome was amazing").
    """
    tokens = sent.tokens
    i, n = sent.token_index(start), len(tokens)
    skipped = 0
    while i < n and tokens[i].is_word and tokens[i].low in words.articles:
        i += 1
        skipped += 1
    if i >= n or not tokens[i].is_word:
        return None
    first = tokens[i]
    if first.capitalized:
        if first.low in words.stops or first.low in words.time_words:
            return None  # "going to Christmas dinner" is not a trip
        j = _capitalized_run(words, tokens, i)
        if tokens[j - 1].low.endswith("'s"):
            return None  # "heading to Mark's place": someone's home, not a place name
        value = trim(sent.raw[first.start : tokens[j - 1].end])
    else:
        if lowercase == "never":
            return None
        j = _lowercase_run(words, tokens, i, after_article=skipped > 0)
        if j == i:
            return None
        # After an article a single lowercase noun is a common noun ("a la piscine").
        if skipped and sum(t.low not in words.place_links for t in tokens[i:j]) < 2:
            return None
        if lowercase == "bounded" and not _ends_cleanly(words, tokens, j):
            return None  # "heading to grab lunch": the words go on, so it is not a name
        if lowercase == "timed" and not time_after.match(sent.low, tokens[j - 1].end):
            return None
        value = title(sent.raw[first.start : tokens[j - 1].end], words.place_links)
    end = tokens[j - 1].end
    if unless_after.search(sent.low, end, end + _PAST_REACH):
        return None
    return value


def earlier_destination(mention: str) -> Callable[[Match], list[Found]]:
    """The place of a trip the message mentioned before the match ("any tips for a trip to
    Oslo? we're going in May"): after the last `mention` (a regex ending where the place
    starts), in the text before the trigger."""
    pattern = re.compile(mention)

    def read(match: Match) -> list[Found]:
        sent = match.sent
        cut = match.m.start()
        low = sent.head + sent.low[:cut]
        last = None
        for last in pattern.finditer(low):  # noqa: B007 - the last one is wanted
            pass
        if last is None:
            return []
        earlier = Sentence(sent.raw_head + sent.raw[:cut], low, sent.conjunctions)
        value = read_destination(earlier, match.words, last.end(), lowercase="bounded")
        return [Found("travel_destination", value)] if value else []

    return read


def destination(
    key: str = "travel_destination",
    *,
    lowercase: Lowercase = "bounded",
    time_after: str = "",
    unless_after: str = "",
    unless_before: str = "",
) -> Callable[[Match], list[Found]]:
    """The place a trip goes to, after a travel trigger ("flying to", "me voy a").

    Args:
        key: the fact key to emit.
        lowercase: how much a lowercase place needs to be believed (module docstring).
        time_after: with `lowercase="timed"`, the language's time expressions (a regex).
        unless_after: words later in the clause that make it a past trip (a regex).
        unless_before: words before the trigger that make it a routine, not a trip
            ("los martes voy a clases de baile"), a regex over the sentence.
    """
    time_re = re.compile(rf"\s*(?:{time_after})(?!\w)") if time_after else _NEVER
    past_re = re.compile(rf"\b(?:{unless_after})\b") if unless_after else _NEVER
    habit_re = re.compile(rf"\b(?:{unless_before})\b") if unless_before else None

    def read(match: Match) -> list[Found]:
        if habit_re is not None and habit_re.search(match.sent.low, 0, match.m.start()):
            return []
        value = read_destination(
            match.sent,
            match.words,
            match.start,
            lowercase=lowercase,
            time_after=time_re,
            unless_after=past_re,
        )
        return [Found(key, value)] if value else []

    return read
