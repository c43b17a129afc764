"""Irregular word forms mapped to the form Snowball stems like the rest of their family.

Snowball strips regular endings ("walked" -> "walk") but cannot know that "went" is "go"
or "bought" is "buy", and chat tells of the past: "I lost my keys" must meet "did I lose
my keys?". English irregular verbs' past tenses and participles map to their base form
before stemming. Forms that are mostly other words are left out: "bit" (a bit), "left"
(on the left), "rose" (the flower), "lay", "lit", "ground", "wound", "saw" (the tool).
"""

from __future__ import annotations

from typing import Final

__all__ = ["LEMMAS"]

# base form, then its irregular past forms; "|" separates verbs.
_EN_IRREGULAR = """
arise arose arisen|awake awoke awoken|bear bore borne|beat beaten|become became|
begin began begun|bend bent|bite bitten|bleed bled|blow blew blown|break broke broken|
breed bred|bring brought|build built|burn burnt|buy bought|catch caught|choose chose chosen|
cling clung|come came|creep crept|deal dealt|dig dug|do done|draw drew drawn|dream dreamt|
drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|
fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|forget forgot
forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|
go went gone|grow grew grown|hang hung|hear heard|hide hid hidden|hold held|keep kept|
kneel knelt|know knew known|lead led|lean leant|leap leapt|learn learnt|lend lent|
lose lost|make made|mean meant|meet met|pay paid|ride rode ridden|ring rang rung|
rise risen|run ran|say said|see seen|seek sought|sell sold|send sent|shake shook shaken|
shine shone|shoot shot|show shown|shrink shrank shrunk|sing sang sung|sink sank sunk|
sit sat|sleep slept|slide slid|speak spoke spoken|speed sped|spend spent|spin spun|
spit spat|spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting stung|
strike struck|swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|
teach taught|tear tore torn|tell told|think thought|throw threw thrown|
understand understood|wake woke woken|wear wore worn|weep wept|write wrote written
"""


def _table(spec: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for verb in spec.split("|"):
        base, *forms = verb.split()
        table.update(dict.fromkeys(forms, base))
    return table


LEMMAS: Final[dict[str, dict[str, str]]] = {"en": _table(_EN_IRREGULAR)}
"""language -> {folded irregular form: the form to stem instead}."""
