"""From raw rule hits to fact candidates: dedupe, drop the assistant's names, fix spellings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from luminora.memory.extraction.engine import ANY_KEY, ANY_VALUE
from luminora.memory.extraction.text import fold
from luminora.models.facts import FactCandidate, FactOp, is_multi_valued

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from luminora.memory.extraction.engine import Hit

_PERSON_KEYS = frozenset({"name", "partner", "family", "pets"})
_TOKENS = re.compile(r"\w+")


def _tokens(value: str) -> frozenset[str]:
    return frozenset(_TOKENS.findall(fold(value)))


def candidates(hits: Iterable[Hit], assistant_names: Collection[str] = ()) -> list[FactCandidate]:
    """Turn hits into candidates, in message order."""
    assistants = {fold(n).strip() for n in assistant_names if n and n.strip()}
    hits = [h for h in hits if not _names_assistant(h, assistants)]
    people = {
        fold(_person_of(h.value))
        for h in hits
        if h.op is FactOp.ASSERT and h.key in ("partner", "family", "pets")
    }
    # "soy celíaca": when another rule read the same words as a fact, it is not a name.
    claimed = {h.pos for h in hits if h.op is FactOp.ASSERT and h.key not in ("name", "age")}
    best: dict[tuple[str, str, FactOp], Hit] = {}
    order: list[tuple[str, str, FactOp]] = []
    for hit in hits:
        if hit.key == "name" and hit.op is FactOp.ASSERT:
            if fold(hit.value) in people or (hit.confidence < 0.95 and hit.pos in claimed):
                continue  # "mi hermana Ana": Ana is not the user's name
        ident = (hit.key, fold(hit.value), hit.op)
        kept = best.get(ident)
        if kept is None:
            best[ident] = hit
            order.append(ident)
        elif hit.confidence > kept.confidence:
            best[ident] = hit
    chosen = [best[i] for i in order]
    chosen = [
        h
        for h in chosen
        if not _subsumed(h, chosen) and not _outvoted(h, chosen) and not _gone(h, chosen)
    ]
    return [FactCandidate(h.key, h.value, h.op, round(h.confidence, 2)) for h in chosen]


def _person_of(value: str) -> str:
    # "hermana Ana" -> "Ana"; "Leo (niños)" -> "Leo"
    value = value.split(" (")[0]
    return value.split(" ")[-1] if " " in value else value


def _names_assistant(hit: Hit, assistants: set[str]) -> bool:
    if not assistants:
        return False
    folded = fold(hit.value).strip()
    if folded in assistants:
        return True
    return hit.key in _PERSON_KEYS and bool(_tokens(hit.value) & assistants)


def _outvoted(hit: Hit, hits: list[Hit]) -> bool:
    """Two values for one single-valued key in one message: the more explicit one wins.

    "My name is Margaret but everyone calls me Maggie" keeps Margaret; with equal
    confidence the later value wins, as a correction would.
    """
    if hit.op is not FactOp.ASSERT or is_multi_valued(hit.key):
        return False
    rivals = [h for h in hits if h.key == hit.key and h.op is FactOp.ASSERT and h is not hit]
    return any(
        r.confidence > hit.confidence or (r.confidence == hit.confidence and r.pos > hit.pos)
        for r in rivals
    )


def _gone(hit: Hit, hits: list[Hit]) -> bool:
    """ "My dog Rex died": naming the pet is no new pet when the message says it is gone."""
    if hit.op is not FactOp.ASSERT or hit.key != "pets":
        return False
    mine = _tokens(hit.value)
    return any(
        other.key == "pets" and other.op is FactOp.RETRACT and _tokens(other.value) <= mine
        for other in hits
    )


def _subsumed(hit: Hit, hits: list[Hit]) -> bool:
    """A bare "perro" next to "perro Toby" (same key, same message) says nothing more."""
    if hit.op is not FactOp.ASSERT or not is_multi_valued(hit.key):
        return False
    mine = _tokens(hit.value)
    return any(
        other is not hit
        and other.key == hit.key
        and other.op is FactOp.ASSERT
        and mine < _tokens(other.value)
        for other in hits
    )


# -- spelling corrections against what memory already holds -----------------------------------


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (short strings only)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def respell(spelled: Iterable[str], known_facts: Iterable[tuple[str, str]]) -> list[FactCandidate]:
    """Candidates that correct the spelling of a known name ("it's Kris with a K").

    Each spelled name replaces the closest known person's name (the user's, the partner's,
    a relative's or a pet's) when the two are a small edit apart.
    """
    known = [(k, v) for k, v in known_facts if k in _PERSON_KEYS]
    out: list[FactCandidate] = []
    for new in spelled:
        # Accents count here: "Lucía con tilde" corrects a stored "Lucia".
        new_fold = new.casefold()
        best: tuple[int, str, str] | None = None
        for key, value in known:
            person = _person_of(value)
            old = person.casefold()
            if old == new_fold:
                continue
            limit = max(1, min(len(old), len(new_fold)) // 2)
            dist = _distance(old, new_fold)
            if dist <= limit and (best is None or dist < best[0]):
                best = (dist, key, value)
        if best is None:
            continue
        _, key, value = best
        fixed = value.replace(_person_of(value), new) if value != _person_of(value) else new
        if is_multi_valued(key):
            out.append(FactCandidate(key, value, FactOp.RETRACT, 0.9))
        out.append(FactCandidate(key, fixed, FactOp.ASSERT, 0.9))
    return out


def renamed(
    pairs: Iterable[tuple[str, str]], known_facts: Iterable[tuple[str, str]]
) -> list[FactCandidate]:
    """ "it's Sinéad not Siobhan": the first name replaces a known person named the second.

    `pairs` are (new, old) names as typed; only an old name the user (or their partner,
    relative or pet) is known by is replaced.
    """
    known = [(k, v) for k, v in known_facts if k in _PERSON_KEYS]
    out: list[FactCandidate] = []
    for new, old in pairs:
        if fold(new) == fold(old):
            continue
        for key, value in known:
            person = _person_of(value)
            if fold(person) != fold(old):
                continue
            fixed = value.replace(person, new) if value != person else new
            if is_multi_valued(key):
                out.append(FactCandidate(key, value, FactOp.RETRACT, 0.9))
            out.append(FactCandidate(key, fixed, FactOp.ASSERT, 0.9))
            break
    return out


def meant_age(numbers: list[str], known_facts: list[tuple[str, str]]) -> list[FactCandidate]:
    """ "oops I meant 26": the number replaces a known age (only when one is known)."""
    if not numbers or not any(key == "age" for key, _ in known_facts):
        return []
    age = str(int(numbers[-1]))
    return [FactCandidate("age", age, FactOp.ASSERT, 0.9)] if 5 <= int(age) <= 110 else []


# -- retractions worded differently from the stored value ------------------------------------

_MIN_STEM = 4
# Who the user is is corrected, not withdrawn by "lo de ... era mentira".
_NOT_WITHDRAWN = frozenset({"name", "age", "birthday"})


def _close(a: str, b: str) -> bool:
    """Same word, or one a short form of the other ("pelis" / "películas")."""
    if a == b:
        return True
    prefix = 0
    for ca, cb in zip(a, b, strict=False):
        if ca != cb:
            break
        prefix += 1
    return prefix >= _MIN_STEM and prefix >= min(len(a), len(b)) - 1


def _content(value: str) -> list[str]:
    return [t for t in _TOKENS.findall(fold(value)) if len(t) > 2]


def align_retractions(
    found: list[FactCandidate], known_facts: Iterable[tuple[str, str]], *, head_first: bool = False
) -> list[FactCandidate]:
    """Point each retraction at the stored value it means, when worded differently.

    "ya no me gustan las pelis de terror" retracts the stored "películas de terror": every
    content word of the retraction matches a stored word, or a longer form of it.
    """
    known = list(known_facts)
    out: list[FactCandidate] = []
    for cand in found:
        if cand.key == ANY_KEY:
            out.extend(_withdrawn(cand, known, head_first=head_first))
            continue
        if cand.value == ANY_VALUE:
            out.extend(FactCandidate(key, value, FactOp.RETRACT, cand.confidence)
                       for key, value in known if key == cand.key)  # fmt: skip
            continue
        if cand.op is FactOp.ASSERT and any(
            key == cand.key and _acronym_of(cand.value, value) for key, value in known
        ):
            continue  # "F1" after "Formula 1": the same thing, already stored
        out.append(cand)
        if cand.op is not FactOp.RETRACT:
            continue
        words = _content(cand.value)
        if not words:
            continue
        for key, value in known:
            if key != cand.key or fold(value) == fold(cand.value):
                continue
            stored = _content(value)
            if stored and all(any(_close(w, s) for s in stored) for w in words):
                out.append(FactCandidate(key, value, FactOp.RETRACT, cand.confidence))
    return out


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def _acronym_of(short: str, long: str) -> bool:
    """ "F1" for "Formula 1", "NBA" for "National Basketball Association"."""
    if _ACRONYM.fullmatch(short) is None:
        return False
    parts = long.split()
    if len(parts) != len(short):
        return False
    return all(p[0].upper() == c for p, c in zip(parts, short, strict=True))


def _withdrawn(
    cand: FactCandidate, known: list[tuple[str, str]], *, head_first: bool
) -> list[FactCandidate]:
    """The known facts a retraction without a key means: the same words, in any key.

    Where nouns come first (`head_first`: "vino tinto") the noun alone also withdraws a
    two-word value ("el vino ya no"); in English "Greek" is no "Greek food".
    """
    words = _content(cand.value)
    if not words:
        return []
    out = []
    for key, value in known:
        if key in _NOT_WITHDRAWN:
            continue
        stored = _content(value)
        if (
            stored
            and all(any(_close(w, s) for s in stored) for w in words)
            and (
                all(any(_close(s, w) for w in words) for s in stored)
                # "el vino ya no" withdraws "vino tinto": the head named, its modifier left out
                or (head_first and len(stored) == 2 and any(_close(stored[0], w) for w in words))
            )
        ):
            out.append(FactCandidate(key, value, FactOp.RETRACT, cand.confidence))
    return out


def drop_unresolved(found: list[FactCandidate]) -> list[FactCandidate]:
    """Without known facts a retraction without a key or a value withdraws nothing."""
    return [c for c in found if c.key != ANY_KEY and c.value != ANY_VALUE]
