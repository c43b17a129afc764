"""Organisations named after a job: "celador en el Hospital del Mar", "cuoca alla Barilla".

After "at", "chez", "bei", "presso", "para" a capitalised name is the employer. After a
preposition of place ("en", "in", "a", "no", "na") a capitalised name is as often a city
("camarero en Madrid", "garçom no Rio"), so there it names an employer only when a
lowercase article leads it ("en el Hospital del Mar", "en la Caixa") or its first word
says it is an organisation ("in Banca Intesa", "no Hospital São João").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from luminora.memory.extraction.places import read_place
from luminora.memory.extraction.vocab import words

if TYPE_CHECKING:
    from luminora.memory.extraction.text import Sentence
    from luminora.memory.extraction.vocab import Words

ORG_WORDS = words(
    "hospital hopital ospedale krankenhaus klinikum clinica clinic clinique klinik policlinico "
    "banco bank banque banca universidad universidade universite universita universitat "
    "university colegio escuela escola ecole scuola liceo lycee instituto institut istituto "
    "grupo group groupe gruppo gruppe ayuntamiento prefeitura camara comune mairie rathaus "
    "ministerio ministere ministero ministerium fundacion fundacao fondation fondazione "
    "stiftung museo museu musee museum hotel hotels albergo empresa compania companhia "
    "compagnie societe societa agencia agence agenzia consulting laboratorio laboratoire "
    "supermercado supermercados farmacia pharmacie apotheke corte"
)
_NEVER = re.compile(r"(?!)")


def org_at(sent: Sentence, words_: Words, pos: int, *, located: bool) -> str | None:
    """A capitalised organisation name at `pos` (after a link word), or None.

    `located`: the link is a preposition of place, so the name needs a lowercase article
    before it or an organisation word first (see the module docstring).
    """
    tokens = sent.tokens
    i = sent.token_index(pos)
    if i >= len(tokens):
        return None
    article = tokens[i].low in words_.articles and not tokens[i].capitalized
    head = tokens[i + 1] if article and i + 1 < len(tokens) else tokens[i]
    if not head.capitalized or not head.is_word:
        return None
    if located and not article and head.low not in ORG_WORDS:
        return None
    name = read_place(sent, words_, head.start, nested=_NEVER)
    if name and " " not in name and (head.low in words_.common or head.low in words_.relations):
        return None  # "bei meiner Mutter", "bei der Arbeit": German capitalises every noun
    return name
