"""The rule engine: language packs of regex rules, run sentence by sentence.

A rule's regex finds a trigger ("i live in", "me llamo"); its reader reads the value that
follows. The engine then applies what every rule shares: questions, wishes and
conditionals state nothing; a negated statement states nothing, or retracts the value when
the user says it no longer holds ("ya no", "anymore").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.memory.extraction.context import SentenceContext
from luminora.memory.extraction.hints import required_literals
from luminora.memory.extraction.text import split_sentences
from luminora.models.facts import FactOp

if TYPE_CHECKING:
    from luminora.memory.extraction.text import Sentence
    from luminora.memory.extraction.vocab import Words


ANY_KEY = "*"
"""The key of a retraction that does not say what it withdraws ("lo de los frutos secos era
mentira", "I lied about Greek"): it retracts whichever known fact holds that value."""
ANY_VALUE = "*"
"""The value of a retraction that withdraws a key's value, whatever it is ("we broke up",
"the trip got cancelled")."""


@dataclass(frozen=True, slots=True)
class Found:
    """A value a reader found; confidence and op default to the rule's."""

    key: str
    value: str
    confidence: float | None = None
    op: FactOp | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A fact statement found in a message, at offset `pos`."""

    key: str
    value: str
    confidence: float
    op: FactOp
    pos: int


@dataclass(slots=True)
class Match:
    """A rule's regex match in a sentence: what a reader needs to read the value."""

    sent: Sentence
    m: re.Match[str]
    pack: Pack
    rule: Rule

    @property
    def start(self) -> int:
        """Where the value starts: group `v` when the regex has one, else the match end."""
        if "v" in self.m.re.groupindex and self.m.group("v") is not None:
            return self.m.start("v")
        return self.m.end()

    @property
    def words(self) -> Words:
        """The language's vocabulary."""
        return self.pack.words


Reader = Callable[[Match], list[Found]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A trigger regex (over folded text) and the reader of the value after it."""

    key: str
    pattern: re.Pattern[str]
    read: Reader
    confidence: float = 0.9
    op: FactOp = FactOp.ASSERT
    negatable: bool = True
    """False when the pattern itself carries the negation ("don't like" -> dislikes)."""
    retract_when_negated: bool = False
    """A plain negation retracts the value ("I'm not vegetarian" -> retract diet)."""
    skip_when_no_longer: bool = False
    """Ignore in "no longer" clauses (that case is another rule's retraction)."""
    only_when_no_longer: bool = False
    """Only in "no longer" clauses: "ya no tomo café" retracts, "tomo café" says nothing."""
    hypothetical: bool = False
    """Allowed inside wishes and conditionals (goals are wishes by nature)."""
    asks: bool = False
    """Allowed inside questions: a request that states a plan ("can you help me plan my
    trip to Oslo?")."""
    subject: bool = False
    """Check that the user is the verb's subject (languages without verb person endings)."""
    needs: tuple[str, ...] = ()
    """Only when the message states one of these keys first, or in the same sentence (a bare
    age after a name)."""
    gate: re.Pattern[str] | None = None
    """Finds a word any match contains; no hit means the rule cannot match (None: run it)."""
    elided: bool = False
    """The match starts at "and"/"but" and leaves the verb out: only right after a clause
    that starts with the user's "I am" or "I have" ("soy vegetariana y alérgica al marisco",
    "ich habe keine Kinder, aber zwei Katzen")."""


def rule(key: str, pattern: str, read: Reader, **options: object) -> Rule:
    """Build a rule, compiling its pattern and the words that gate it.

    `needs` may be one key or a tuple of keys (see `Rule.needs`). `gate` may give the
    prefilter regex by hand when it cannot be derived from the pattern's start.
    """
    explicit = options.pop("gate", None)
    hints = required_literals(pattern)
    if isinstance(explicit, str):
        gate: re.Pattern[str] | None = re.compile(explicit)
    else:
        gate = re.compile("|".join(sorted(map(re.escape, hints)))) if hints else None
    needs = options.pop("needs", ())
    if isinstance(needs, str):
        needs = (needs,)
    return Rule(key, re.compile(pattern), read, gate=gate, needs=needs, **options)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Pack:
    """Everything one language contributes: vocabulary, markers and rules."""

    code: str
    words: Words
    rules: tuple[Rule, ...]
    conjunctions: re.Pattern[str]
    """Words that start a clause (and, but, y, pero): negation does not cross them."""
    negation: re.Pattern[str]
    no_longer: re.Pattern[str]
    """"anymore", "ya no": a negated statement then retracts its value."""
    question_open: re.Pattern[str]
    """Matches at the start of a sentence punctuated as a question: all of it asks."""
    question_bare: re.Pattern[str]
    """Matches at the start of an unpunctuated sentence that still asks ("whats ur name")."""
    hypothetical_all: re.Pattern[str]
    """Conditionals ("if I were", "si fuera"): the whole sentence is hypothetical."""
    hypothetical_rest: re.Pattern[str]
    """Wishes ("I'd love to", "me gustaría"): hypothetical up to a contrast or the end."""
    contrast: re.Pattern[str]
    belief: re.Pattern[str]
    """Someone else's belief about the user ("people assume I ..."): not a statement."""
    past: re.Pattern[str] | None = None
    """"used to", "solía": the statement no longer holds."""
    tail_negation: re.Pattern[str] | None = None
    """Negation after the value (German "ich mag Tennis nicht")."""
    subject: Callable[[Sentence, int], bool] | None = None
    raw_markers: bool = False
    """Run the hypothetical markers over the lowercase raw text (German umlauts matter)."""
    first_person: re.Pattern[str] | None = None
    """The user's "I am"/"I have" at a clause start ("soy", "ich habe"), for `Rule.elided`."""
    hypothetical_clause: re.Pattern[str] | None = None
    """Wishes that end with their clause ("ojalá fuera veterinaria, me encantan ...")."""


def run(pack: Pack, text: str) -> list[Hit]:
    """Every fact statement the pack's rules find in `text`, in text order."""
    hits: list[Hit] = []
    offset = 0
    # Keys stated so far in the message: "im sara!! 19 and studying" gives the age in the
    # sentence after the name.
    found_keys: set[str] = set()
    for sent in split_sentences(text, pack.conjunctions):
        ctx = SentenceContext(sent, pack)
        low = sent.low
        deferred: list[Rule] = []
        for r in pack.rules:
            if r.needs:
                deferred.append(r)
            # The gate is checked here, not in `_apply`: most rules fail it on most
            # sentences, so most rules cost one regex search and no call.
            elif r.gate is None or r.gate.search(low) is not None:
                _apply(r, sent, ctx, pack, offset, hits, found_keys)
        for r in deferred:
            if not found_keys.isdisjoint(r.needs) and (
                r.gate is None or r.gate.search(low) is not None
            ):
                _apply(r, sent, ctx, pack, offset, hits, found_keys)
        offset += len(sent.raw)
    hits.sort(key=lambda h: h.pos)
    return hits


def _apply(
    r: Rule,
    sent: Sentence,
    ctx: SentenceContext,
    pack: Pack,
    offset: int,
    hits: list[Hit],
    found_keys: set[str],
) -> None:
    # The caller has checked the rule's gate (the words any match needs).
    for m in r.pattern.finditer(sent.low):
        pos = m.start()
        if (not r.asks and ctx.in_question(pos)) or (
            not r.hypothetical and ctx.in_hypothetical(pos)
        ):
            continue
        if ctx.believed_by_others(pos):
            continue
        if r.subject and pack.subject is not None and not pack.subject(sent, pos):
            continue
        if r.elided and not ctx.after_user_clause(pos):
            continue
        match = Match(sent, m, pack, r)
        start = match.start
        # Negation is looked for before the value, or before group `t` (the trigger verb)
        # when the trigger itself says "don't like".
        trigger = m.start("t") if "t" in m.re.groupindex and m.group("t") is not None else start
        negated = r.negatable and ctx.negated(pos, trigger)
        no_longer = ctx.no_longer(pos, start)
        if r.skip_when_no_longer and no_longer:
            continue
        if r.only_when_no_longer and not (negated and no_longer):
            continue
        retract = False
        if negated:
            if not (no_longer or r.retract_when_negated):
                continue
            retract = True
        elif r.op is FactOp.ASSERT and ctx.past(pos, start):
            retract = True
        for f in r.read(match):
            op = f.op or r.op
            if retract and op is FactOp.ASSERT:
                op = FactOp.RETRACT
            confidence = f.confidence if f.confidence is not None else r.confidence
            hits.append(Hit(f.key, f.value, confidence, op, offset + pos))
            found_keys.add(f.key)
