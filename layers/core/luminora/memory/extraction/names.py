"""Reading a person's name after a trigger: which words can be one, and how far it runs.

Triggers come in three kinds. "me llamo", "my name is" name the name (`explicit`): any word
that is no function word or state follows. "I'm X", "soy X", "ich bin X" may also state a
condition ("I'm tired", "soy alérgica") (`strict`): a lowercase name must end where a name
ends (the clause, "btw", a number), and a word that is also a frequent word ("I'm rich",
"soy mar") or shaped like a state (English "-ed": "Ahmed", "gutted") is a name only where
the message reads as an introduction: a greeting or "by the way" before it, a sign-off after
a comma ("..., i'm rich"), "btw" or "nice to meet you" after it. Relation words ("my
sister X") read with neither.

A name runs over a few words ("Juan Carlos", "Mary Jane"), keeps hyphens ("Jean-Luc") and
joins an elided prefix to its word ("D'Angelo"), where the language does not elide articles
or the trigger is explicit ("je suis d'Annecy" says where the user is from).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from luminora.memory.extraction.engine import Found, Match
from luminora.memory.extraction.values import NAME_LINKS, title

if TYPE_CHECKING:
    from collections.abc import Callable

    from luminora.memory.extraction.text import Sentence, Token
    from luminora.memory.extraction.vocab import Words

_LETTERS = re.compile(r"^[^\W\d_][\w'\-]*$")
# "o'brien", "d'angelo", "n'golo": a short prefix, an apostrophe and the rest of the name;
# contractions ("couldn't", "they're", "it's") are not names.
_APOSTROPHE_NAME = re.compile(r"^[^\W\d_]{1,3}'[^\W\d_]{2,}$")
_CONTRACTION = re.compile(r"'(?:s|t|d|m|ll|re|ve)$")
# "livin'", "nothin'": a clipped gerund, not a name.
_CLIPPED = re.compile(r"in'")
_MAX_PARTS = 3
# "tngo", "tmb", "pq": a chat abbreviation starts with consonants no name starts with.
_NO_ONSET = re.compile(r"^(?![sS])[b-df-hj-np-tv-z][b-df-gjkmnp-tv-xz]")
# After a relation word a lowercase word more often starts the verb ("my husband tom snores",
# "mi hermana lucía estudia"): a lowercase relative's name is one word.
_MAX_RELATIVE_PARTS = 1
_SIGN_OFF_BEFORE = frozenset(",;:—-–")
_INTRO_REACH = 60  # characters before the trigger where a greeting still counts


class _Part(NamedTuple):
    """One word of a name: offsets, folded text, typed capitalised, the next token index."""

    start: int
    end: int
    low: str
    capitalized: bool
    next: int


def _part(sent: Sentence, i: int, *, glue: bool) -> _Part | None:
    tokens = sent.tokens
    t = tokens[i]
    if not t.is_word:
        return None
    if glue and t.low.endswith("'") and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt.start == t.end and nxt.is_word:  # "d'" + "angelo"
            return _Part(t.start, nxt.end, t.low + nxt.low, t.capitalized, i + 2)
    return _Part(t.start, t.end, t.low, t.capitalized, i + 1)


def _shape_ok(low: str) -> bool:
    if len(low) < 2 or _LETTERS.match(low) is None:
        return False
    if "'" in low:
        return _APOSTROPHE_NAME.match(low) is not None and _CONTRACTION.search(low) is None
    return True


def _function_word(words: Words, low: str) -> bool:
    return (
        low in words.stops
        or low in words.articles
        or low in words.fillers
        or low in words.intensifiers
        or low in words.relations
    )


def _state_word(words: Words, low: str) -> bool:
    """A state or quality ("tired", "dairy-free"): what a copula says instead of a name."""
    if low in words.descriptive or low in words.predicates:
        return True
    if "-" in low:  # "low-impact", "dog-friendly"; "Jean-Luc", "Anne-Marie" are names
        return any(
            p in words.predicates or (p in words.common and p not in words.descriptive)
            for p in low.split("-")
        )
    return False


def looks_like_word_name(words: Words, token: Token) -> bool:
    """True when a token can be a person's name: letters, not a frequent word."""
    low = token.low
    return _shape_ok(low) and low not in words.common and not _function_word(words, low)


def _continues(words: Words, part: _Part, reject: Callable[[str], bool] | None) -> bool:
    """A further lowercase word of a name ("juan carlos"): nothing a sentence goes on with."""
    low = part.low
    return not (
        not _shape_ok(low)
        or _NO_ONSET.match(low) is not None
        or low in words.common
        or _function_word(words, low)
        or _state_word(words, low)
        or low in words.starters
        or low in words.time_words
        or (reject is not None and reject(low))
        or (words.weak_shape is not None and words.weak_shape.search(low) is not None)
        or words.adjective_shaped(low)
    )


def _ends_name(words: Words, tokens: list[Token], j: int) -> bool:
    """True when token `j` can follow a name: nothing, punctuation, "btw", "y", a number."""
    if j >= len(tokens):
        return True
    t = tokens[j]
    return not t.is_word or t.low in words.name_closers or t.low in words.fillers or t.low.isdigit()


def introduced(sent: Sentence, words: Words, trigger: int, end: int) -> bool:
    """True when "<trigger> <name>" reads as the user introducing themselves.

    `trigger` and `end` are offsets in the sentence: where the trigger starts ("I'm") and
    where the name ends. Evidence: a greeting or "by the way" right before the trigger, a
    closing "btw" / "nice to meet you" / ", 25" after the name, or a sign-off: the name ends
    the message after a comma or an earlier sentence ("gonna go to peru, i'm rich").
    """
    after = sent.low[end:]
    if words.intro_after is not None and words.intro_after.match(after):
        return True
    before = sent.low[:trigger]
    recent = (sent.head + before)[-_INTRO_REACH:]
    if words.intro_before is not None and words.intro_before.search(recent):
        return True
    tokens = sent.tokens
    if any(t.is_word and t.low not in words.fillers for t in tokens[sent.token_index(end) :]):
        return False
    stripped = before.rstrip()
    if stripped:
        return stripped[-1] in _SIGN_OFF_BEFORE and any(c.isalnum() for c in stripped)
    return any(c.isalnum() for c in sent.head)


def _whole_message(sent: Sentence, words: Words, trigger: int, j: int) -> bool:
    """True when the message is only the trigger and the name ("soy juan carlos!")."""
    if sent.head.strip(" \t\n.!?¡¿…,;") or sent.low[:trigger].strip(" \t.!?¡¿…,;"):
        return False
    return all(not t.is_word or t.low in words.fillers for t in sent.tokens[j:])


def read_name(
    sent: Sentence,
    words: Words,
    start: int,
    *,
    strict: bool,
    reject: Callable[[str], bool] | None = None,
    explicit: bool = False,
    trigger: int | None = None,
    glue: bool | None = None,
) -> tuple[str, bool, int] | None:
    """A person's (or pet's) name at `start`: (value, typed capitalised, end), or None.

    Args:
        strict: the trigger is ambiguous ("I'm X", "soy X"): a lowercase word counts as a
            name only where a name would end (end of clause, "btw", "y", a number).
        reject: refuses lowercase words by shape (English "-ing": "I'm going").
        explicit: the trigger names the name ("me llamo", "call me"): frequent words are
            names too, but not states nor words other rules read ("nurse").
        trigger: where the trigger starts, to look for an introduction around it; without
            it, words that need one are never names.
        glue: join an elided prefix to the word after it ("d'angelo"); by default unless
            the language elides articles and the trigger is ambiguous ("je suis d'Annecy").
    """
    tokens = sent.tokens
    i = sent.token_index(start)
    if i >= len(tokens):
        return None
    if glue is None:
        glue = words.elision is None or not strict
    first = _part(sent, i, glue=glue)
    if first is None or not _shape_ok(first.low):
        return None
    low = first.low
    if _function_word(words, low) and low not in words.name_ok:
        return None
    # A capitalised word after the trigger ("mi hijo Leo", "I'm Will Smith") is a name even
    # when it is also a frequent word, unless a state ("I'm Sorry"); after an ambiguous
    # trigger, a frequent one must also end the name slot ("soy Mar,").
    if first.capitalized and i > 0:
        if (strict or explicit) and _state_word(words, low):
            return None
        parts = [first]
        while len(parts) < _MAX_PARTS and parts[-1].next < len(tokens):
            j = parts[-1].next
            if explicit:  # "María del Carmen", "Juan de Dios": linked by a particle
                while (
                    j + 1 < len(tokens) and tokens[j].low in NAME_LINKS and tokens[j].raw.islower()
                ):
                    j += 1
            nxt = _part(sent, j, glue=True)
            if nxt is None or not nxt.capitalized or not looks_like_word_name(words, tokens[j]):
                break
            parts.append(nxt)
        if strict and low in words.common and low not in words.name_ok:
            if not _ends_name(words, tokens, parts[-1].next):
                return None
        return _value(sent, parts, capitalized=True)

    verdict = _first_ok(words, low, strict=strict, explicit=explicit, reject=reject)
    if verdict is False:
        return None
    limit = _MAX_PARTS if strict or explicit else _MAX_RELATIVE_PARTS
    parts = [first]
    while len(parts) < limit and parts[-1].next < len(tokens):
        nxt = _part(sent, parts[-1].next, glue=True)
        if nxt is None or not _continues(words, nxt, reject):
            break
        parts.append(nxt)
    end = parts[-1].end
    if _CLIPPED.match(sent.low, end - 2):
        return None  # "i'm livin' my dreams"
    if strict and not _ends_name(words, tokens, parts[-1].next):
        return None
    # Several lowercase words after "I'm"/"soy" can make a state ("soy cinturón negro"):
    # a name when the message is just the introduction ("soy juan carlos") or reads as one.
    if verdict is None or (strict and not explicit and len(parts) > 1):
        if trigger is None:
            return None
        alone = verdict is not None and _whole_message(sent, words, trigger, parts[-1].next)
        if not alone and not introduced(sent, words, trigger, end):
            return None
    return _value(sent, parts, capitalized=first.capitalized)


def _first_ok(
    words: Words,
    low: str,
    *,
    strict: bool,
    explicit: bool,
    reject: Callable[[str], bool] | None,
) -> bool | None:
    """Whether the first (lowercase) word after the trigger can be a name: True, False, or
    None when only an introduction makes it one ("hi, i'm rich")."""
    if explicit:
        return not (
            _state_word(words, low) or low in words.identity or (reject is not None and reject(low))
        )
    if not strict:
        return low not in words.common and (reject is None or not reject(low))
    if low in words.name_ok:
        return True
    if _state_word(words, low) or (reject is not None and reject(low)):
        return False
    if words.adjective_shaped(low):
        return False  # "soy buenísimo", "I'm jealous"
    if low in words.common:
        return None if low in words.weak_names else False
    if words.weak_shape is not None and words.weak_shape.search(low):
        return None
    return True


def _value(sent: Sentence, parts: list[_Part], *, capitalized: bool) -> tuple[str, bool, int]:
    return title(sent.raw[parts[0].start : parts[-1].end]), capitalized, parts[-1].end


def _trigger_start(match: Match) -> int:
    """Where the trigger starts: group `t` when the pattern also holds a greeting."""
    m = match.m
    if "t" in m.re.groupindex and m.group("t") is not None:
        return m.start("t")
    return m.start()


def name(
    key: str = "name",
    *,
    strict: bool = False,
    explicit: bool = False,
    glue: bool | None = None,
    low_confidence: float | None = None,
    reject: Callable[[str], bool] | None = None,
) -> Callable[[Match], list[Found]]:
    """A person's name after a trigger ("me llamo", "I'm"); see `read_name`."""

    def read(match: Match) -> list[Found]:
        got = read_name(
            match.sent,
            match.words,
            match.start,
            strict=strict,
            reject=reject,
            explicit=explicit,
            trigger=_trigger_start(match),
            glue=glue,
        )
        if got is None:
            return []
        value, capitalized, _ = got
        confidence = None if capitalized or low_confidence is None else low_confidence
        return [Found(key, value, confidence)]

    return read
