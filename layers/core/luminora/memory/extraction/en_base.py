"""English building blocks shared by the English rule modules: patterns, readers, subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from luminora.memory.extraction import en_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.engine import Found, Match
from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.vocab import words

if TYPE_CHECKING:
    from luminora.memory.extraction.text import Sentence

# -- building blocks (folded text) ------------------------------------------------------------

IM = r"\bi(?:'?m|\s+am)\b"
# Adverbs (and negations: the engine decides what a negation means) between "I" and a verb.
ADV = (
    r"(?:(?:also|still|currently|now|just|really|actually|basically|technically|already|"
    r"usually|mostly|kinda|kind\s+of|sort\s+of|even|totally|absolutely|definitely|honestly|"
    r"literally|seriously|recently|originally|officially|finally|genuinely|truly|so|very|"
    r"pretty|super|not|never|no\s+longer|don't|dont|do\s+not|didn't|didnt|do|half|both|"
    r"all|def|lowkey|highkey|always|sometimes|often|obviously|mainly|primarily|like|"
    r"used\s+to|use\s+to)\s+)*"
)
# The same without negations, for triggers that carry their own ("don't like").
DADV = (
    r"(?:(?:also|still|really|just|absolutely|honestly|totally|seriously|genuinely|truly|"
    r"kinda|so|actually|literally|lowkey|low-key|kind\s+of|sort\s+of)\s+)*"
)
NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS['en']})"
MONTHS = (
    r"january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
    r"september|sept|sep|october|oct|november|nov|december|dec"
)
NESTED_PLACE = r"\b(?:in|at|near|outside|outside\s+of|by)\s+"
UNITS_AFTER = (
    r"(?!\s*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|km|miles?|kg|"
    r"lbs?|pounds?|times?|feet|ft|inches|cm|dollars?|bucks|euros?|k\b|am\b|pm\b|o'clock|:|"
    r"\.\d|/|th\b|st\b|nd\b|rd\b|x\b|of\b|out\b|people|steps?|in\b|mins|more|percent))"
)
GOAL_STOPS = words(
    "because cause cuz but so and by before this next someday soon eventually lol haha btw "
    "tbh which that when while if though although"
)
# Inside a goal: "learn to surf", "save for a house", "a trip to Peru".
GOAL_LINKS = words("to for")
JOB_STOPS = words("at for in with since and but because")
_NOT_ACTIVITY_ING = words(
    "nothing everything something anything thing king wedding building ring spring morning "
    "evening clothing pudding dumplings dumpling ceiling darling sibling icing frosting "
    "stuffing seasoning dressing stocking stockings sing bring string sting swing wing wings "
    "ending beginning meaning feeling feelings painting paintings drawing drawings talking "
    "chatting speaking texting messaging being having doing getting seeing hearing knowing"
)


_TALKING = words("talking chatting speaking texting messaging")


def like_item(folded: str, raw: str) -> tuple[str, str] | None:
    """A liked thing, or a hobby when it is an activity ("I love hiking")."""
    head = folded.split(" ")[0]
    if head in _TALKING:
        return None  # "I love talking to you": about the chat, not a taste
    if head in ("not", "never"):
        return None  # "I prefer not to say"
    if raw.endswith(" way"):
        # "I love cheese way too much": "way" intensifies what follows ("the Milky Way" stays)
        folded, raw = folded[:-4], raw[: len(raw) - 4].rstrip()
    if folded.endswith("ing") and " " not in folded and len(folded) > 4:
        if folded not in _NOT_ACTIVITY_ING:
            return "hobbies", raw
    return "likes", raw


# "a morning person", "a people person", "a very private person": what kind, not a taste.
_NOT_TASTES = words(
    "morning night evening early late day people glass half good bad nice kind private "
    "positive negative practical visual logical creative patient sensitive social outdoorsy "
    "sporty different normal simple better worse totally completely"
)


def person_of(match: Match) -> list[Found]:
    """ "I'm more of a beach person" -> likes beach; "a morning person" says nothing."""
    value = match.m.group("v")
    for word in value.split():
        if word in _NOT_TASTES or word in w.WORDS.descriptive or w.WORDS.adjective_shaped(word):
            return []
    start, end = match.m.span("v")
    return [Found("likes", match.sent.raw[start:end])]


_DISLIKING = re.compile(
    r"\b(?:hate|dislike|detest|despise|loathe|can'?t\s+stand|cannot\s+stand|can'?t\s+bear|"
    r"don'?t\s+(?:really\s+)?like|do\s+not\s+like|not\s+a\s+(?:big\s+)?fan)\b"
)


def especially(match: Match) -> list[Found]:
    """ "..., especially Ghibli films": liked, or disliked when the sentence dislikes."""
    key = "dislikes" if _DISLIKING.search(match.sent.low, 0, match.m.start()) else "likes"
    return rd.items(key, max_tokens=4)(match)


def verb_activity(match: Match) -> list[Found]:
    """A hobby named by its verb in group `v` ("swim" -> "swimming")."""
    verb = " ".join(match.m.group("v").split())
    value = w.ACTIVITY_VERBS.get(verb) or w.ACTIVITY_NOUNS.get(verb)
    return [Found("hobbies", value)] if value else []


def gerund(match: Match) -> list[Found]:
    """A hobby said as "go climbing": the -ing word in group `v`, unless a common word."""
    value = match.m.group("v")
    if value in _NOT_ACTIVITY_ING or (value in w.COMMON and value not in w.ACTIVITY_VERBS.values()):
        return []
    return [Found("hobbies", value)]


# "work as a software engineer at Shopify", "I'm a nurse at St Mary's": the job, then the
# employer after "at".
job_at = rd.with_employer(rd.phrase("occupation", stops=JOB_STOPS), "at|for", None)
headed_job_at = rd.with_employer(rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS), "at|for")


def collecting(match: Match) -> list[Found]:
    """ "I collect vinyl records" -> the hobby "collecting vinyl records"."""
    return [
        Found("hobbies", f"collecting {f.value}") for f in rd.items("hobbies", max_tokens=3)(match)
    ]


def quit_items(match: Match) -> list[Found]:
    """ "I quit jogging", "I gave up coffee", "I quit Deloitte": no longer a hobby, a like
    or an employer."""
    out = []
    for found in rd.items("hobbies")(match):
        out += [found, Found("likes", found.value), Found("employer", found.value)]
    return out


def not_a_name(low: str) -> bool:
    """English words shaped like gerunds are not names ("I'm going", "it's raining").

    A short "-ing" word may be a name ("ming", "jing"). Participles and adverbs ("-ed",
    "-ly") are names or states: the word classes decide (`Words.weak_shape`).
    """
    return (low.endswith("ing") and len(low) > 4) or low.endswith("n't")


def capitalized_name(match: Match) -> list[Found]:
    """A name only when typed with a capital ("Mine is Daniela")."""
    got = rd.read_name(match.sent, match.words, match.start, strict=True, reject=not_a_name)
    return [Found("name", got[0])] if got is not None and got[1] else []


def walked_pet(match: Match) -> list[Found]:
    """ "Walking Pepper twice a day": a capitalised name walked is a dog."""
    got = rd.read_name(match.sent, match.words, match.start, strict=True)
    if got is None or not got[1]:
        return []
    return [Found("pets", f"dog {got[0]}")]


# -- who is speaking --------------------------------------------------------------------------

_FIRST = words("i i'm im i've ive i'll i'd we we're we've")
_SKIP = words(
    "a an also still currently now just really actually basically technically already usually "
    "mostly kinda even totally honestly literally seriously recently originally 'm am do "
    "don't dont not never have been will 'll can definitely always sometimes often def "
    "obviously mainly lowkey like be was very severely deathly super mildly slightly bit "
    "little severe bad mild serious started start began begun officially finally no longer "
    "used to use usually mostly truly genuinely absolutely so pretty much as that gonna gotta "
    "wanna going srsly rly ngl tbh"
)
_JOIN = words("and but so then also plus or & anyway anyways welp")
_AND = words("and n & +")
_THIRD = words("he she they he's she's they're it his her their people everyone everybody")


def _last_subject_is_user(sent: Sentence, i: int) -> bool:
    tokens = sent.tokens
    stop = max(i - 40, -1)  # the subject is near the verb; keeps long messages linear
    while i > stop:
        low = tokens[i].low
        if low in _FIRST:
            return True
        if low in _THIRD:
            return False
        if low in w.RELATIONS and i > 0 and tokens[i - 1].low in ("my", "our", "your"):
            return False
        i -= 1
    return True


def user_is_subject(sent: Sentence, pos: int) -> bool:
    """True when the verb at `pos` has the user as subject ("I ...", "... and live in")."""
    tokens = sent.tokens
    i = sent.token_index(pos)
    if i < len(tokens) and tokens[i].low in _FIRST:
        return True
    i -= 1
    while i >= 0 and tokens[i].low in _SKIP:
        i -= 1
    if i < 0:
        return True
    low = tokens[i].low
    if low in _FIRST:
        return True
    if not tokens[i].is_word or low in _JOIN or low in w.FILLERS:
        return _last_subject_is_user(sent, i - 1)
    # "me and my husband live ...", "my wife and I ...", "me n my bf are going ...":
    # a subject that includes the user
    start = sent.token_index(sent.clause_start(tokens[i].start))
    span = {t.low for t in tokens[max(start - 3, 0) : i + 1]}
    return bool(span & _AND) and bool(span & {"me", "i", "we"})


def reject_lower_name(low: str, nxt: str | None) -> bool:
    """Refuse lowercase verbs after a relation word ("my dog ate", "my sister lives")."""
    if low.endswith(("ed", "ing")):
        return True
    return low.endswith("s") and nxt is not None and nxt.isalpha() and nxt not in ("and",)


NAT_END = (
    r"(?=\s*(?:[,.!?;]|$|\b(?:and|but|btw|from|so|too|born|living|by|who|though|tho|lol|"
    r"haha|myself|actually|here|originally|citizen)\b))"
)
