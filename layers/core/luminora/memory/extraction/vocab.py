"""The closed-class vocabulary a language pack gives the shared readers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

RelationKind = Literal["partner", "family", "pet", "other"]


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation word: who it names and how to display it in a value."""

    kind: RelationKind
    display: str
    plural: bool = False


def words(text: str) -> frozenset[str]:
    """A set of words from a whitespace-separated string (lexicons stay readable)."""
    return frozenset(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """Phrases separated by `|` or newlines, longest first (multi-word lexicon entries)."""
    items = {p.strip() for p in re.split(r"[|\n]", text) if p.strip()}
    return tuple(sorted(items, key=len, reverse=True))


def gendered(text: str) -> dict[str, str]:
    """Expand "enfermero/a profesor/a actor/actriz" into folded word -> display form.

    `x/y` with a one- or two-letter `y` swaps the ending ("enfermero/a" -> "enfermera",
    "profesor/a" -> "profesora"); a longer `y` is a whole word ("actor/actriz").
    Multi-word entries use `_` for spaces ("ama_de_casa").
    """
    from luminora.memory.extraction.text import fold

    out: dict[str, str] = {}
    for entry in text.split():
        base, _, alt = entry.partition("/")
        forms = [base]
        if alt:
            if len(alt) <= 2 and base[-1:] in "oe" and alt in ("a", "as"):
                forms.append(base[:-1] + alt)
            elif len(alt) <= 2:
                forms.append(base + alt)
            else:
                forms.append(alt)
        for form in forms:
            shown = form.replace("_", " ")
            out[fold(shown)] = shown
    return out


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of folded phrases, longest first, spaces made flexible."""
    ordered = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in ordered)


@dataclass(frozen=True, slots=True)
class Words:
    """Word classes used by the value readers of one language (all folded)."""

    articles: frozenset[str]
    """Dropped from the start of a value: articles, possessives, quantifiers."""
    stops: frozenset[str]
    """End a value: prepositions, conjunctions, adverbs of time, pronouns."""
    fillers: frozenset[str]
    """Chat fillers ("lol", "jaja"): they end a value."""
    common: frozenset[str]
    """Frequent words that are never a person's name or a place."""
    joiners: frozenset[str]
    """Join the items of a list ("and", "y")."""
    starters: frozenset[str]
    """Start a new clause inside a list ("i", "vivo"): the list ends there."""
    place_links: frozenset[str]
    """Lowercase words inside a place name ("de" in "Rio de Janeiro")."""
    name_closers: frozenset[str]
    """Words that may follow a lowercase name ("btw", "y", "from")."""
    intensifiers: frozenset[str] = frozenset()
    """Adverbs dropped at the start of a value ("really", "mucho")."""
    referring: frozenset[str] = frozenset()
    """Nouns that point back at something said before ("the smell", "la idea"): never a
    like or a dislike themselves."""
    relations: Mapping[str, Relation] = field(default_factory=dict)
    """Folded relation word -> relation (family, partner, pets, others)."""
    elision: re.Pattern[str] | None = None
    """Elided article at the start of a value ("l'", "d'")."""
    verb_like: re.Pattern[str] | None = None
    """Lowercase words that look like verbs (infinitives): never a place ("ir a comer")."""
    adjective_endings: tuple[str, ...] = ()
    """Endings of adjectives that names do not have ("-ísimo", "-ous"), for "I'm X"."""
    adjective_min: int = 6
    """The shortest word `adjective_endings` apply to ("carlos" is no German "-los" word)."""
    time_words: frozenset[str] = frozenset()
    """Days, months, seasons, holidays, "tomorrow": never part of a place name."""
    descriptive: frozenset[str] = frozenset()
    """Frequent adjectives and states ("rica", "new"): after a first word, part of a name."""
    gerund: re.Pattern[str] | None = None
    """Gerund endings ("-ando", "-ing"): such a word after a place ends it ("andando")."""
    predicates: frozenset[str] = frozenset()
    """States and qualities said after a copula ("I'm tired", "it's tough"): never a name
    there, even typed with a capital."""
    weak_names: frozenset[str] = frozenset()
    """Frequent words that are also given names ("rich", "mar"): after an ambiguous trigger
    ("I'm X", "soy X") a name only where the message reads as an introduction."""
    identity: frozenset[str] = frozenset()
    """Words other rules read as facts about the user (jobs, nationalities, languages,
    diets): never a name, even after "my name is" or "call me"."""
    name_ok: frozenset[str] = frozenset()
    """Frequent words whose usual reading cannot follow the copula ("I'm will"): names there."""
    weak_shape: re.Pattern[str] | None = None
    """Word shapes of both names and states (English "-ed": "Ahmed", "gutted"): after an
    ambiguous trigger, a name only where the message reads as an introduction."""
    intro_before: re.Pattern[str] | None = None
    """Matches the folded text before a trigger that ends with a greeting or "by the way"
    ("hi, I'm ...", "por cierto soy ..."): an introduction follows."""
    intro_after: re.Pattern[str] | None = None
    """Matches right after a name that closes an introduction ("btw", "encantado")."""

    def adjective_shaped(self, low: str) -> bool:
        """True when a folded word ends like an adjective ("buenísimo", "jealous")."""
        return (
            len(low) >= self.adjective_min
            and low.endswith(self.adjective_endings)
            and "-" not in low  # "Jean-Baptiste"; compounds are judged by their parts
        )
