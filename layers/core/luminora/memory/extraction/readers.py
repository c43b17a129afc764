"""Value readers: given where a rule's trigger ends, read the value that follows it.

Readers are built per rule (`name()`, `place()`, `phrase()`, `items()`, `lexicon()`, ...)
and share one walking routine over the sentence's tokens: a value runs until punctuation,
a stop word of the language (prepositions, conjunctions, time adverbs) or a chat filler.
Place and name readers live in `places` and `names` and are re-exported here, so rules say
`rd.place(...)`, `rd.name(...)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from luminora.memory.extraction.engine import Found, Match
from luminora.memory.extraction.names import looks_like_word_name as looks_like_word_name
from luminora.memory.extraction.names import name as name
from luminora.memory.extraction.names import read_name as read_name
from luminora.memory.extraction.numbers import parse_number
from luminora.memory.extraction.orgs import org_at
from luminora.memory.extraction.places import destination as destination
from luminora.memory.extraction.places import earlier_destination as earlier_destination
from luminora.memory.extraction.places import place as place
from luminora.memory.extraction.places import read_place as read_place
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.values import trim
from luminora.memory.extraction.vocab import alternation

if TYPE_CHECKING:
    from luminora.memory.extraction.text import Sentence, Token
    from luminora.memory.extraction.vocab import Words

ItemMap = Callable[[str, str], tuple[str, str] | None]
"""(folded item, raw item) -> (key, value), or None to drop the item."""

_EMPTY: frozenset[str] = frozenset()
# Prepositions a list may repeat before each item ("allergic to cats and to dogs").
_COMPLEMENT = frozenset({"de", "di", "da", "do", "du", "des", "del", "della", "dos", "das", "d'"})
_LIST_PREPOSITIONS = frozenset({"a", "al", "to", "au", "aux", "ao", "ai", "alle", "agli", "alla"})
# "tenis dos veces por semana", "squash two times a week": a count of times ends a value.
_TIMES = frozenset({"veces", "vez", "times", "fois", "volte", "volta", "vezes", "mal", "x"})
_FEW = frozenset(
    "one two three four five un una uno dos tres cuatro cinco deux trois quatre cinq due tre "
    "quattro cinque duas tres quatro ein zwei drei vier funf".split()
)


def _skippable(words: Words, low: str) -> bool:
    return low in words.articles or low in words.intensifiers


def walk(
    sent: Sentence,
    words: Words,
    start: int,
    *,
    max_tokens: int = 6,
    stops: frozenset[str] = _EMPTY,
    lists: bool = False,
    allow: frozenset[str] = _EMPTY,
) -> list[list[Token]]:
    """Read one value (or, with `lists`, the items of a list) from offset `start`.

    `stops` end the value besides the language's own stop words; `allow` exempts words
    from the language's stop words (articles inside a goal: "sacarme el B2").
    """
    tokens = sent.tokens
    i, n = sent.token_index(start), len(tokens)
    while i < n and tokens[i].is_word and _skippable(words, tokens[i].low):
        i += 1
    items: list[list[Token]] = []
    current: list[Token] = []
    while i < n:
        t = tokens[i]
        low = t.low
        is_joiner = low == "," or low == "&" or low in words.joiners
        if lists and is_joiner and current:
            items.append(current)
            current = []
            j = i + 1
            while j < n and tokens[j].low in words.joiners:
                j += 1  # ", and"
            ended = False
            while j < n:
                low_j = tokens[j].low
                starter = low_j in words.starters and tokens[j].raw.lower() not in _ACCENTED_NOUNS
                if not tokens[j].is_word or starter:
                    ended = True
                elif low_j in words.articles or low_j in _LIST_PREPOSITIONS:
                    j += 1  # "al polen y a los frutos secos"
                    continue
                elif _is_stop(tokens[j], words) or low_j in stops or low_j in words.fillers:
                    ended = True
                elif low_j in words.intensifiers:
                    j += 1
                    continue
                break
            if ended or j >= n:
                break
            i = j
            continue
        if not t.is_word or is_joiner:
            break
        if (_is_stop(t, words) and low not in allow) or low in words.fillers or low in stops:
            break
        if (low.isdigit() or low in _FEW) and i + 1 < n and tokens[i + 1].low in _TIMES:
            break
        current.append(t)
        if len(current) > max_tokens:
            break
        i += 1
    if current:
        items.append(current)
    out = []
    for item in items:
        # "ir a", "save for": neither an article nor a linking word ends a value
        while item and (_skippable(words, item[-1].low) or item[-1].low in allow):
            item.pop()
        if item and len(item) <= max_tokens:
            out.append(item)
    return out if lists else out[:1]


def raw_text(sent: Sentence, tokens: list[Token], words: Words) -> str:
    """The user's own text for a run of tokens, without an elided article ("l'escalade")."""
    text = trim(sent.raw[tokens[0].start : tokens[-1].end])
    if words.elision is not None:
        text = words.elision.sub("", text, count=1)
    return text


# -- phrases and lists ----------------------------------------------------------------------


def phrase(
    key: str,
    *,
    max_tokens: int = 5,
    stops: frozenset[str] = _EMPTY,
    mapping: ItemMap | None = None,
    allow: frozenset[str] = _EMPTY,
) -> Callable[[Match], list[Found]]:
    """A free noun phrase ("software engineer", "profe de mates").

    Words in `allow` may link the phrase on ("learn to surf"); when that makes it too long,
    the phrase ends before the first of them ("run a marathon").
    """

    def read(match: Match) -> list[Found]:
        sent, words = match.sent, match.words
        found = walk(sent, words, match.start, max_tokens=max_tokens, stops=stops, allow=allow)
        if not found and allow:
            found = walk(sent, words, match.start, max_tokens=max_tokens, stops=stops)
        return _emit(match, key, found, mapping)

    return read


def items(
    key: str,
    *,
    max_tokens: int = 5,
    stops: frozenset[str] = _EMPTY,
    mapping: ItemMap | None = None,
    allow: frozenset[str] = _EMPTY,
) -> Callable[[Match], list[Found]]:
    """A list of noun phrases ("horror movies and true crime podcasts")."""

    def read(match: Match) -> list[Found]:
        found = walk(
            match.sent,
            match.words,
            match.start,
            max_tokens=max_tokens,
            stops=stops,
            lists=True,
            allow=allow,
        )
        return _emit(match, key, found, mapping)

    return read


def especially(disliking: re.Pattern[str]) -> Callable[[Match], list[Found]]:
    """ "..., sobre todo One Piece": one more liked thing, or disliked when the sentence
    dislikes before it."""
    liked, disliked = items("likes", max_tokens=4), items("dislikes", max_tokens=4)

    def read(match: Match) -> list[Found]:
        hate = disliking.search(match.sent.low, 0, match.m.start()) is not None
        return (disliked if hate else liked)(match)

    return read


def nouns(key: str, verb_like: re.Pattern[str] | None) -> ItemMap:
    """Keep items that do not start with a verb ("prefiero el té", not "prefiero quedarme")."""

    def keep(folded: str, raw: str) -> tuple[str, str] | None:
        head = folded.split(" ")[0]
        return None if verb_like is not None and verb_like.search(head) else (key, raw)

    return keep


_TASTES = frozenset({"likes", "dislikes"})
_ONES = frozenset({"one", "ones"})


def _emit(match: Match, key: str, found: list[list[Token]], mapping: ItemMap | None) -> list[Found]:
    out = []
    for tokens in found:
        value = raw_text(match.sent, tokens, match.words)
        if not value:
            continue
        mapped = (key, value) if mapping is None else mapping(fold(value), value)
        if mapped is None:
            continue
        if mapped[0] in _TASTES and (
            tokens[0].low in match.words.referring or tokens[-1].low in _ONES
        ):
            continue  # "I hate the smell", "the green ones": of something said before
        out.append(Found(mapped[0], mapped[1]))
    return out


# -- closed classes ---------------------------------------------------------------------------


class Lexicon:
    """A closed class (diets, languages, nationalities): folded phrase -> display form.

    `suffixes` also admits single words by a productive ending ("-ologist", "-ógrafo"):
    such words count as members, though the regex alternation holds only the entries.
    """

    __slots__ = ("_display", "_pattern", "_suffixes")

    def __init__(self, entries: Mapping[str, str], *, suffixes: str | None = None) -> None:
        self._display = dict(entries)
        self._pattern = re.compile(rf"(?:{alternation(self._display)})(?![\w'])")
        self._suffixes = re.compile(rf"^[^\W\d_]{{3,}}(?:{suffixes})$") if suffixes else None

    def __contains__(self, folded: object) -> bool:
        if folded in self._display:
            return True
        return (
            self._suffixes is not None
            and isinstance(folded, str)
            and self._suffixes.match(folded) is not None
        )

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._display)

    def display(self, folded: str) -> str:
        """The display form of a folded entry."""
        return self._display[folded]

    def match_at(self, low: str, pos: int) -> re.Match[str] | None:
        """The longest entry starting exactly at `pos`."""
        return self._pattern.match(low, pos)

    @property
    def regex(self) -> str:
        """The entries as a regex alternation (to embed in a rule's pattern)."""
        return alternation(self._display)


_SEPARATOR = re.compile(r"\s*(?:,\s*)?(?:(?:and|n|y|e|et|und|ed|as well as|plus|&)\s+)?")
_PLURAL_ARTICLE = re.compile(r"(?:los|las|les|os|as|gli|unos|unas|des)\s")
_WORD_SPACE = re.compile(r"[\w']+\s+")
_ELIDED = re.compile(r"(?:[ldjmnts]|qu|un|dell|all|nell|sull|dall|c)'\s*")


def skip_leading(match: Match, pos: int) -> int:
    """Skip articles and intensifiers ("a little", "un poco de") from `pos`."""
    low, words = match.sent.low, match.words
    while True:
        m = _WORD_SPACE.match(low, pos)
        if m is None or not _skippable(words, m.group().strip()):
            break
        pos = m.end()
    if words.elision is not None:
        m = _ELIDED.match(low, pos)
        if m is not None:
            pos = m.end()
    return pos


def lexicon(key: str, entries: Lexicon, *, lists: bool = False) -> Callable[[Match], list[Found]]:
    """One entry of a closed class (or a list of them) right where the value starts."""

    def read(match: Match) -> list[Found]:
        low = match.sent.low
        pos = skip_leading(match, match.start)
        out: list[Found] = []
        closed = False
        while True:
            m = entries.match_at(low, pos)
            if m is None:
                break
            folded = " ".join(m.group().split())
            out.append(Found(key, entries.display(folded)))
            if not lists:
                break
            if closed:
                break  # "A, B and C, and the weekends ...": the list ended with its "and"
            nxt = _SEPARATOR.match(low, m.end())
            if nxt is None or nxt.end() == m.end():
                break
            closed = nxt.group().strip(" ,") != ""
            pos = skip_leading(match, nxt.end())
            if _PLURAL_ARTICLE.match(low, nxt.end()):
                break  # "... y los fines de semana": no entry of a closed class is plural
        return out

    return read


def group(
    key: str, name: str = "v", transform: Callable[[str], str] = trim
) -> Callable[[Match], list[Found]]:
    """The text of a named regex group, as the user typed it."""

    def read(match: Match) -> list[Found]:
        start, end = match.m.span(name)
        if start < 0:
            return []
        value = transform(match.sent.raw[start:end])
        return [Found(key, value)] if value else []

    return read


def fronted(key: str) -> Callable[[Match], list[Found]]:
    """A topic said before its verb, in group `v` ("el golf me aburre", "le golf m'ennuie").

    The group is read up to the verb, so a negation before the verb would end up inside it
    ("el golf no me aburre"): then the statement says the opposite and nothing is read.
    """
    read_group = group(key)

    def read(match: Match) -> list[Found]:
        start, end = match.m.span("v")
        if match.pack.negation.search(match.sent.low, start, end):
            return []
        return read_group(match)

    return read


def with_employer(
    read_job: Callable[[Match], list[Found]],
    link: str,
    confidence: float | None = 0.85,
    *,
    named: bool = False,
    located: str | None = None,
) -> Callable[[Match], list[Found]]:
    """A job, then the employer right after it ("ingénieur chez Thales", "nurse at St Mary's").

    `link` words introduce an employer ("at", "chez", "para"); with `named` only a name
    typed with a capital counts (an article may lead it). `located` words are prepositions
    of place ("en", "in", "no"), after which a name is an employer only when it reads as an
    organisation (see `orgs`), not a city.
    """
    tail = re.compile(rf"\s+(?:{link})(?:\s+|(?<=')\s*)")
    place_tail = re.compile(rf"\s+(?:{located})(?:\s+|(?<=')\s*)") if located else None
    # "auxiliar de enfermería, en el Gregorio Marañón": after a comma only what reads as an
    # organisation (an article or an organisation word leads it) is the employer
    comma_links = f"{link}|{located}" if located else link
    comma_tail = re.compile(rf"\s*,\s*(?:{comma_links})(?:\s+|(?<=')\s*)")
    never = re.compile(r"(?!)")

    def read(match: Match) -> list[Found]:
        out = read_job(match)
        if not out:
            return out
        sent, words = match.sent, match.words
        end = sent.raw.find(out[0].value, match.start)
        if end < 0:
            return out
        end += len(out[0].value)
        org = None
        m = tail.match(sent.low, end)
        if m is not None:
            if named:
                org = org_at(sent, words, m.end(), located=False)
            else:
                org = read_place(sent, words, m.end(), nested=never)
        elif place_tail is not None:
            m = place_tail.match(sent.low, end)
            if m is not None:
                org = org_at(sent, words, m.end(), located=True)
        if m is None:
            m = comma_tail.match(sent.low, end)
            if m is not None:
                org = org_at(sent, words, m.end(), located=True)
        if org:
            out.append(Found("employer", org, confidence))
        return out

    return read


def when_said(said: str, read: Callable[[Match], list[Found]]) -> Callable[[Match], list[Found]]:
    """`read`, only when the message also says `said` (a regex), before or in the sentence:
    "I'm at Ocado now" names an employer only next to "I changed jobs"."""
    pattern = re.compile(said)

    def read_if(match: Match) -> list[Found]:
        sent = match.sent
        if pattern.search(sent.low) is None and pattern.search(sent.head) is None:
            return []
        return read(match)

    return read_if


def named_employer(match: Match) -> list[Found]:
    """An organisation typed with a capital (an article may lead it) where the value starts."""
    org = org_at(match.sent, match.words, match.start, located=False)
    return [Found("employer", org)] if org else []


def constant(key: str, value: str) -> Callable[[Match], list[Found]]:
    """A fixed value implied by the trigger ("I teach ..." -> occupation teacher)."""

    def read(match: Match) -> list[Found]:
        return [Found(key, value)]

    return read


def age(lang: str, *, low: int = 5, high: int = 110) -> Callable[[Match], list[Found]]:
    """An age from group `v`, in digits or words."""

    def read(match: Match) -> list[Found]:
        number = parse_number(" ".join(match.m.group("v").split()), lang)
        if number is None or not low <= number <= high:
            return []
        return [Found("age", str(number))]

    return read


# -- dates and headed phrases ----------------------------------------------------------------

# Accented nouns whose folded form is a function word ("té" is tea, "te" is "you").
_ACCENTED_NOUNS = frozenset({"té", "thé", "chá"})


# A letter typed three times or more: "sooo", "muuucho" stand for "so", "mucho".
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}")


def _is_stop(token: Token, words: Words) -> bool:
    low = token.low
    if low in words.stops:
        return token.raw.lower() not in _ACCENTED_NOUNS
    # an elongated stop word ("i hate onions sooo much") ends the value as the word would
    return (
        len(low) > 3
        and _ELONGATED.search(low) is not None
        and (_ELONGATED.sub(r"\1", low) in words.stops)
    )


def date_pattern(months: str) -> re.Pattern[str]:
    """A day and month (group `d`), after an optional article ("the", "el", "am")."""
    return re.compile(
        rf"\s*(?:(?:the|el|le|il|o|dia|am|den)\s+)?(?P<d>"
        rf"\d{{1,2}}(?:st|nd|rd|th|º|°|er|\.)?\s+(?:(?:of|de|di|do)\s+)?(?:{months})(?![\w])"
        rf"|(?:{months})\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?!\d)"
        rf"|\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?(?!\d))"
    )


def date(months: str) -> Callable[[Match], list[Found]]:
    """A day and month as the user wrote it ("12 de octubre", "May 3rd", "03/05")."""
    pattern = date_pattern(months)

    def read(match: Match) -> list[Found]:
        m = pattern.match(match.sent.low, match.start)
        if m is None:
            return []
        start, end = m.span("d")
        return [Found("birthday", trim(match.sent.raw[start:end]))]

    return read


def headed(
    key: str,
    entries: Lexicon,
    *,
    max_tokens: int = 4,
    stops: frozenset[str] = _EMPTY,
    head_first: bool = False,
) -> Callable[[Match], list[Found]]:
    """A noun phrase headed by a closed-class word.

    English heads come last ("high school teacher"); Romance heads come first
    ("profesor de matemáticas"): `head_first`.
    """

    def read(match: Match) -> list[Found]:
        found = walk(match.sent, match.words, match.start, max_tokens=max_tokens, stops=stops)
        if not found:
            return []
        tokens = found[0]
        while len(tokens) > 1 and any(c.isdigit() for c in tokens[0].low):
            tokens = tokens[1:]  # "a 41-year-old accountant": the age is no part of the job
        for size in (3, 2, 1):
            if len(tokens) >= size:
                part = tokens[:size] if head_first else tokens[-size:]
                if " ".join(t.low for t in part) in entries:
                    if head_first:  # the head and a "de ..." complement: "profe de mates"
                        keep = size
                        if len(tokens) > size + 1 and tokens[size].low in _COMPLEMENT:
                            keep = size + 2
                        tokens = tokens[:keep]
                    return [Found(key, raw_text(match.sent, tokens, match.words))]
        return []

    return read


def local_place(away: str, denied: str) -> Callable[[Match], list[Found]]:
    """Where the user is, from "here in Oslo", "aquí en Cádiz": a capitalised place.

    Not when the message talks of a visit or a stay (`away`: "on holiday here in Rome"),
    nor when the clause denies living there (`denied`: "I don't live here in Oslo").
    """
    away_re, denied_re = re.compile(away), re.compile(denied)

    def read(match: Match) -> list[Found]:
        sent = match.sent
        if away_re.search(sent.low) or away_re.search(sent.head):
            return []
        start = sent.clause_start(match.m.start())
        if denied_re.search(sent.low, start, match.m.start()):
            return []
        i = sent.token_index(skip_leading(match, match.start))
        if i >= len(sent.tokens) or not sent.tokens[i].capitalized:
            return []
        return [Found("location", v) for v in _local(match)]

    return read


# "moving here in June", "aquí en agosto": a time, not a place.
_TIMES_OF_YEAR = frozenset(
    "january february march april may june july august september october november december "
    "spring summer autumn fall winter christmas easter "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre verano invierno otono primavera navidad navidades semana santa "
    "janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro verao inverno "
    "outono natal pascoa janvier fevrier mars avril mai juin juillet aout septembre octobre "
    "novembre decembre ete hiver automne printemps noel paques gennaio febbraio aprile maggio "
    "giugno luglio settembre ottobre dicembre estate inverno autunno natale pasqua januar "
    "februar marz juni juli oktober dezember sommer herbst fruhling weihnachten ostern".split()
)


def _local(match: Match) -> list[str]:
    got = read_place(match.sent, match.words, match.start, nested=re.compile(r"(?!)"))
    if not got or fold(got).split()[0] in _TIMES_OF_YEAR:
        return []
    return [got]
