"""People and animals around the user: partner, family and pets, in any language.

"my wife Hannah" -> partner Hannah; "mi hermana Ana" -> family "hermana Ana";
"Irene es mi hermana" -> family; "mi gata se llama Nube" -> pets "gata Nube";
"tengo dos niños, Leo y Vera" -> family Leo, Vera. Friends and colleagues give nothing.
Each language gives its possessives, verbs and relation words; the shapes are shared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from luminora.memory.extraction.engine import Found, Match, Rule, rule
from luminora.memory.extraction.readers import read_name
from luminora.memory.extraction.vocab import Relation, alternation
from luminora.models.facts import FactOp

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True, slots=True)
class RelationGrammar:
    """How one language says "my sister", "I have a dog", "she is called", "X is my"."""

    possessive: str
    """Regex for "my"/"our" before a relation word (with trailing whitespace)."""
    have: str
    """Regex for "I have" (with trailing whitespace)."""
    count: str
    """Regex for "a", "two", ... before a possessed relation (with trailing whitespace)."""
    modifier: str
    """Regex for adjectives between the possessive and the word ("little", "older")."""
    called: str
    """Regex for "is called"/"se llama"/"'s name is" between the relation and a name."""
    copula: str
    """Regex for "is"/"es" in "Irene es mi hermana" and "mi novia es Claudia"."""
    introducer: str
    """Regex for "named"/"que se llaman" between a relation and its names."""
    reject: Callable[[str, str | None], bool] | None = None
    """(name, next word) -> True to refuse a lowercase word as a name (verbs)."""
    post: str = r"(?!)"
    """Regex for adjectives after the word ("mi hermano mayor")."""
    have_subject: bool = False
    """Check the subject of "have" (English "have" does not say who has)."""
    definite: str = r"(?!)"
    """Regex for "the"/"el" (with trailing whitespace): "the parakeet ran away" names the
    user's pet too."""
    gone: str = r"(?!)"
    """Regex for "died", "ran away", "se escapó" right after a pet (and its name): the pet
    is gone."""
    gone_later: str = r"(?!)"
    """Regex for "I don't have him anymore", "ya no lo tengo" later in the sentence that
    named the pet."""
    lost: str = r"(?!)"
    """Regex for "we lost", "perdí a" before the user's pet (with trailing whitespace)."""
    gone_gate: str = r"(?!)"
    """Regex for a word every "gone" or "lost" statement holds (a cheap prefilter)."""


def _values(rel: Relation, names: list[str], confidence: float) -> list[Found]:
    if rel.kind == "other":
        return []
    if rel.kind == "partner":
        if not names:
            return []
        found = [Found("partner", names[0], confidence)]
        # The same person is not also a relative (and the reverse below).
        return [Found("family", names[0], None, FactOp.RETRACT), *found]
    key = "pets" if rel.kind == "pet" else "family"
    if not names:
        return [Found(key, rel.display, confidence - 0.05)]
    out = []
    for person in names:
        # Pets read "cat Miso" (species are singular); a list of children "Leo (niños)".
        plural_family = rel.plural and key == "family"
        value = f"{person} ({rel.display})" if plural_family else f"{rel.display} {person}"
        if key == "family":
            out.append(Found("partner", person, None, FactOp.RETRACT))
        out.append(Found(key, value, confidence))
    return out


_POINTED = re.compile(
    r"(?:^|\W)(?:that|thats|that's|it's|its|eso|esto|ca|c'|isso|isto|das|quello|questo)"
    r"\s*(?:'s|is|was|es|era|est|etait|était|e|é|ist|war|è)?\s+$"
)
_APPOSITION = re.compile(r"\s*,\s*(?=[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?\s*,)")
_LIST_SEP = re.compile(r"\s*(?:,\s*|(?:,\s*)?(?:and|y|e|et|und|ed)\s+)")


def _names_after(match: Match, start: int, grammar: RelationGrammar, *, plural: bool) -> list[str]:
    low = match.sent.low
    introduced = False
    if plural:  # "dos niños pequeños, Leo y Vera": a few words, then the names after a comma
        lead = re.compile(r"(?:\s+[\w'-]+){0,2}?\s*[,:]\s*").match(low, start)
        if lead is not None:
            start, introduced = lead.end(), True
    else:  # "mi mujer, Carmen, dice ...": a capitalised name between commas
        lead = _APPOSITION.match(low, start)
        if lead is not None and _capitalized_at(match, lead.end()):
            start = lead.end()
    intro = re.compile(rf"\s*(?:(?:{grammar.introducer})\s*)?").match(low, start)
    pos = intro.end() if intro else start
    # "que se llaman leo y vera": after a word that names them, frequent words are names too
    named = intro is not None and any(c.isalpha() for c in intro.group())
    introduced = introduced or named
    names: list[str] = []
    # only a comma before a lowercase word: "my sisters lol, mine is ..." lists no one unless
    # more names follow ("dos niños, leo y vera")
    lowercase_lead = introduced and not named and not _capitalized_at(match, pos)
    while True:
        got = _one_name(match, pos, grammar, explicit=named)
        if got is None:
            break
        if plural and not names and not introduced and not _capitalized_at(match, pos):
            break  # "mis hijos adoran Minecraft": a verb, not a list of names
        value, end = got
        names.append(value)
        if not plural or len(names) >= 6:
            break
        sep = _LIST_SEP.match(low, end)
        if sep is None or sep.end() == end:
            break
        pos = sep.end()
    if lowercase_lead and len(names) < 2:
        return []
    return names


def _capitalized_at(match: Match, pos: int) -> bool:
    tokens = match.sent.tokens
    i = match.sent.token_index(pos)
    return i < len(tokens) and tokens[i].capitalized


def _one_name(
    match: Match, pos: int, grammar: RelationGrammar, *, explicit: bool = False
) -> tuple[str, int] | None:
    sent = match.sent
    tokens = sent.tokens
    i = sent.token_index(pos)
    if i >= len(tokens):
        return None
    token = tokens[i]
    if not token.capitalized and grammar.reject is not None:
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else None
        if grammar.reject(token.low, nxt):
            return None
    got = read_name(sent, match.words, token.start, strict=False, explicit=explicit)
    if got is None:
        return None
    value, capitalized, end = got
    if not capitalized and not explicit and _verb_before(match, end):
        return None  # "mi madre cocina muy bien": a verb, not the mother's name
    return value.removesuffix("'s"), end


# Manner adverbs: "cuisine bien", "kocht gut".
_MANNER = frozenset({"bien", "mal", "bem", "bene", "male", "gut", "well", "badly"})


def _verb_before(match: Match, end: int) -> bool:
    """True when what follows a lowercase word shows it was a verb: an adverb, an article."""
    tokens, words = match.sent.tokens, match.words
    j = match.sent.token_index(end)
    if j >= len(tokens) or not tokens[j].is_word:
        return False
    low = tokens[j].low
    if low in words.name_closers:
        return False
    return low in _MANNER or low in words.intensifiers or low in words.articles


# "se escapó pero volvió", "ran away but came back": not gone after all ("no volvió" is).
_CAME_BACK = re.compile(
    r"(?<!\bno\s)(?<!\bnao\s)(?<!\bnon\s)(?<!\bnon\se\s)(?<!\bpas\s)(?<!\bnever\s)\b(?:came\s+(?:back|home)|returned|(?:was|got)\s+found|found\s+(?:him|her|it|them)|"
    r"volvio|regreso|aparecio|lo\s+encontr|la\s+encontr|est\s+revenue?|revenue?|on\s+l'a\s+"
    r"retrouvee?|voltou|apareceu|tornat[oa]|ritrovat[oa]|kam\s+zuruck|wiedergefunden)"
)


def _gone_by_name(match: Match) -> list[Found]:
    # The match starts after the name, at the verb: the name is the word before it.
    sent, words = match.sent, match.words
    i = sent.token_index(match.m.start()) - 1
    if i < 0:
        return []
    token = sent.tokens[i]
    raw, low = token.raw, token.low
    if not token.capitalized or low in words.common or low in words.relations:
        return []
    if _CAME_BACK.search(match.sent.low, match.m.end()):
        return []
    return [Found("pets", raw, op=FactOp.RETRACT)]


def relation_rules(
    relations: dict[str, Relation], grammar: RelationGrammar, *, confidence: float = 0.8
) -> tuple[Rule, ...]:
    """The shared relation rules for one language's relation words and grammar."""
    rel_re = alternation(relations)
    mods = rf"(?:(?:{grammar.modifier})\s+){{0,2}}"
    rel_group = rf"(?P<rel>{rel_re})(?![\w-])(?:\s+(?:{grammar.post})(?![\w-]))?"

    def lookup(match: Match) -> Relation:
        return relations[" ".join(match.m.group("rel").split())]

    def possessed(match: Match) -> list[Found]:
        rel = lookup(match)
        if "gen" in match.m.re.groupindex and match.m.group("gen"):
            return _values(rel, [], confidence)  # "my dad's car", "my mom's a nurse"
        names = _names_after(match, match.m.end(), grammar, plural=rel.plural)
        # "that's my cousin, not me", "eso es mi primo": something is put on the relative,
        # who is no news unless named ("that's my brother's", "thats my sisters" still
        # say there is one)
        if not names and not rel.plural and _POINTED.search(match.sent.low, 0, match.m.start()):
            return []
        return _values(rel, names, confidence)

    def called(match: Match) -> list[Found]:
        rel = lookup(match)
        names = _names_after(match, match.m.end(), grammar, plural=rel.plural)
        return _values(rel, names, 0.95) if names else []

    def named_pet(match: Match) -> list[Found]:
        return possessed(match) if lookup(match).kind == "pet" else []

    def named_before(match: Match) -> list[Found]:
        rel = lookup(match)
        i = match.sent.token_index(match.m.start()) - 1
        if i < 0 or not match.sent.tokens[i].is_word:
            return []
        token = match.sent.tokens[i]
        # "el de la fruta es mi marido": a lowercase word after an article is a noun
        if not token.capitalized and i > 0 and match.sent.tokens[i - 1].low in match.words.articles:
            return []
        got = _one_name(match, token.start, grammar)
        if got is None:
            return []
        return _values(rel, [got[0]], 0.9)

    def gone(*, trailing_name: bool) -> Callable[[Match], list[Found]]:
        """The pet that died or ran away ("mi perro Toby se murió": only Toby, of two dogs).

        Before the verb only a capitalised name may sit ("my dog no longer ..." is no
        name); after "we lost our dog" any word may follow ("... last week").
        """

        def read(match: Match) -> list[Found]:
            rel = lookup(match)
            if rel.kind != "pet" or _CAME_BACK.search(match.sent.low, match.m.end()):
                return []
            start, end = match.m.span("name")
            name = match.sent.raw[start:end] if start >= 0 else ""
            if name[:1].isupper():
                return [Found("pets", f"{rel.display} {name}", op=FactOp.RETRACT)]
            if name and not trailing_name:
                return []
            return [Found("pets", rel.display, op=FactOp.RETRACT)]

        return read

    poss = grammar.possessive
    # "my cat (Miso) (sadly) died", "la tortuga se escapó y ya no la tengo", "we lost our cat"
    pet_gone = (
        rf"\b(?:{poss}|{grammar.definite}){mods}{rel_group}(?:\s+(?P<name>[^\W\d_][\w'-]*))??"
        rf"(?:\s+(?:{grammar.gone})|[^.!?;]{{0,60}}?\b(?:{grammar.gone_later}))"
    )
    pet_lost = (
        rf"\b(?:{grammar.lost}){poss}{mods}{rel_group}(?!'s)(?:\s+(?P<name>[^\W\d_][\w'-]*))?"
    )
    return (
        rule(
            "pets",
            pet_gone,
            gone(trailing_name=False),
            op=FactOp.RETRACT,
            negatable=False,
            gate=grammar.gone_gate,
        ),
        # "Pepper passed away": a pet known by its name (a retraction matches stored values
        # by their words, so only a pet of that name is withdrawn)
        rule(
            "pets",
            rf"(?<=[^\W\d_])\s+(?:{grammar.gone})",
            _gone_by_name,
            op=FactOp.RETRACT,
            negatable=False,
            gate=grammar.gone_gate,
        ),
        rule(
            "pets",
            pet_lost,
            gone(trailing_name=True),
            op=FactOp.RETRACT,
            negatable=False,
            gate=grammar.gone_gate,
        ),
        # "mi novia se llama Irene", "my sister's name is Ana" (before the plain shape)
        # Naming a relative is not negated by the clause ("ya no vivo con mis padres").
        rule(
            "family",
            rf"\b{poss}{mods}{rel_group}\s*(?:{grammar.called})\s+",
            called,
            negatable=False,
        ),
        rule(
            "family",
            rf"\b{poss}{mods}{rel_group}(?:(?P<gen>'s)\b|\s+(?:{grammar.copula})(?![\w']))?",
            possessed,
            negatable=False,
        ),
        rule(
            "family",
            rf"\b{grammar.have}(?:{grammar.count})?{mods}{rel_group}",
            possessed,
            subject=grammar.have_subject,
        ),
        # "... y un perro que se llama Thor": more of what the user just said they have
        rule(
            "pets",
            rf"\b(?:and|y|e|et|und|ed)\s+(?:{grammar.count}){mods}{rel_group}",
            possessed,
            needs="pets",
        ),
        # "ich habe keine Kinder, aber zwei Katzen": "have" said once for both
        rule(
            "family",
            rf"\b(?:but|pero|mais|mas|aber|ma)\s+(?:(?:si|sim|doch|only|just|solo|nur)\s+)?"
            rf"{grammar.count}{mods}{rel_group}",
            possessed,
            elided=True,
        ),
        # "... with our two kids and a rabbit named Clover": a named pet in the household
        rule(
            "pets",
            rf"\b(?:and|with|plus|y|con|e|et|avec|und|mit|ed)\s+(?:{grammar.count}){mods}{rel_group}"
            rf"(?=\s*(?:{grammar.introducer})\s)",
            named_pet,
            needs=("family", "partner"),
            gate=grammar.introducer,
        ),
        rule(
            "family",
            rf"\b(?:{grammar.copula})\s+{poss}{mods}{rel_group}",
            named_before,
            negatable=False,
        ),
    )
