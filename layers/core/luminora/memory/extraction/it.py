"""Italian rules. "sono" is both "I am" and "they are": those rules check the subject."""

from __future__ import annotations

import re

from luminora.memory.extraction import it_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.birth import born
from luminora.memory.extraction.elliptical import changed_plans_rule, elliptical_rules
from luminora.memory.extraction.engine import Found, Match, Pack, Reader, rule
from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.relations import RelationGrammar, relation_rules
from luminora.memory.extraction.relative import where_rule
from luminora.memory.extraction.subject import other_subject
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.values import trim
from luminora.memory.extraction.vocab import alternation, words
from luminora.models.facts import FactOp

START = r"\b"
ADV = r"(?:(?:gia|non|anche|ancora|ora|adesso|attualmente|solo|davvero|mai|sempre|ormai|piu)\s+)*"
SONO = rf"{START}(?:io\s+)?sono\s+"
NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS['it']})"
MONTHS = (
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
)
NESTED_PLACE = r"\b(?:a|in)\s+"
HABITUAL = (
    r"(?:il|ogni)\s+(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)|ogni\s+"
    r"(?:giorno|settimana|mattina|sera)|tutti\s+i\s+(?:giorni|lunedi|martedi|mercoledi|giovedi|"
    r"venerdi|sabati|weekend)|tutte\s+le\s+(?:domeniche|sere|mattine)"
)
"""A routine before "vado a" ("il martedì vado a lezione di ballo"): no trip."""

TIME_AFTER = (
    r"la\s+settimana|il\s+mese|l'anno|questo|questa|domani|presto|tra|fra|a\s+\w+|in\s+\w+|[,.!?]|$"
)
# "parto il mese prossimo per Londra": a time between the verb and the place.
_TIME = (
    r"(?:(?:il|la|questo|questa|quest'|a|ad|in|tra|fra|per)\s*)?(?:\w+\s+)?"
    rf"(?:{alternation(TIME_WORDS['it'])})(?:\s+(?:prossim[oa]))?"
)
JOB_STOPS = words("a in da per presso e ma con")
GOAL_ARTICLES = words("il lo la gli le un uno una a di del della")
GOAL_STOPS = words("prima entro questo questa e ma perche quando")
AGE_END = r"(?=\s*(?:[,.;:!?]|$|\b(?:e|ma|anni|ahah|lol)\b))"
_NAT_END = r"(?=\s*(?:[,.;:!?]|$|\b(?:e|ma|di|da|ahah|anche)\b))"


_TALK = frozenset({"parlare", "chiacchierare", "parlarti", "scriverti"})


def _infinitive_item(folded: str, raw: str) -> tuple[str, str] | None:
    head = folded.split(" ")[0]
    if head in _TALK:
        return None  # talking to the assistant is not a hobby
    if re.search(r"(?:are|ere|ire)$", head) and len(head) > 4:
        return "hobbies", raw
    return "likes", raw


def _activity(match: Match) -> list[Found]:
    value = w.ACTIVITY_VERBS.get(match.m.group("v"))
    return [Found("hobbies", value)] if value else []


_PIACIUTO = r"piaciut[oaie]"
_INFINITIVE = re.compile(r"(?:are|ere|ire)(?:mi|ti|si|ci|vi|ne|lo|la|li|le)?$")


def _topic_like(match: Match) -> list[Found]:
    """ "il blues mi piace", "la birra non mi piace più" (withdrawn), "i funghi non mi sono
    mai piaciute" (disliked)."""
    value = trim(match.sent.raw[match.m.start("v") : match.m.end("v")])
    if not value:
        return []
    if not match.m.group("neg"):
        return [Found("likes", value)]
    if match.m.group("more"):
        return [Found("likes", value, op=FactOp.RETRACT)]
    return [Found("likes", value, op=FactOp.RETRACT), Found("dislikes", value)]


def _job_at(read_job: Reader, confidence: float = 0.8) -> Reader:
    """A job, then its employer: "cuoca presso la Barilla", "infermiere all'Ospedale Niguarda"
    ("a Lecce" is a town: after "a"/"in" only an organisation's name counts)."""
    return rd.with_employer(
        read_job,
        "presso|per|alla|al|allo|all'|ai|alle|agli",
        confidence,
        named=True,
        located="in|a|ad",
    )


_HEADED_JOB = rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True)

RULES = (
    # "i miei colleghi alla Ferrero": the user's coworkers name the employer
    rule(
        "employer",
        r"\bmiei\s+colleghi\s+(?:di\s+lavoro\s+)?(?:alla|al|presso|in)\s+(?=[a-z])",
        rd.named_employer,
        confidence=0.7,
        gate="miei ",
    ),
    # "se non fosse per la mia allergia ai gatti, ...": holds even in a conditional
    rule(
        "allergies",
        r"\bmia\s+allergia\s+(?:a|al|alla|ai|alle|agli|all')\s*",
        rd.items("allergies", stops=words("ne avrei sarei potrei io gia")),
        confidence=0.85,
        hypothetical=True,
        negatable=False,  # "si no fuera por mi alergia ..."
        gate="mia ",
    ),
    # "abitavo a Pisa, ora sono a Bari": where the user lives now
    rule(
        "location",
        r"\b(?:ora|adesso|oggi)\s*,?\s+(?:io\s+)?sono\s+(?:a|in)\s+",
        rd.when_said(r"\b(?:abitavo|vivevo)\b", rd.place("location", NESTED_PLACE)),
        confidence=0.8,
        gate=r"ora|adesso|oggi",
    ),
    # "sono in pensione", "sono andata in pensione": the user is retired.
    rule(
        "occupation",
        rf"{SONO}(?:(?:ormai|gia|ora|andat[oa])\s+)*in\s+pensione\b|\bandat[oa]\s+in\s+pensione\b",
        rd.constant("occupation", "pensionato"),
        confidence=0.8,
        gate="pensione",
    ),
    # "studio ingegneria", "faccio medicina all'università": a student.
    rule(
        "occupation",
        rf"\b(?:studio|frequento)\s+(?=(?:{alternation(w.STUDY_FIELDS)})\b)",
        rd.constant("occupation", "studente"),
        confidence=0.75,
    ),
    # name
    rule("name", r"\bmi\s+chiamo\s+", rd.name(explicit=True), confidence=0.95),
    rule("name", r"\bil\s+mio\s+nome\s+(?:e|è)\s+", rd.name(explicit=True), confidence=0.95),
    rule(
        "name",
        r"\b(?:chiamami|mi\s+chiamano)\s+",
        rd.name(strict=True, explicit=True, low_confidence=0.8),
        confidence=0.85,
    ),
    rule("name", SONO, rd.name(strict=True, low_confidence=0.8), subject=True),
    # age
    rule("age", rf"\bho\s+(?P<v>{NUM})(?:\s+anni)?{AGE_END}", rd.age("it"), confidence=0.95),
    rule("age", rf"\bho\s+(?:appena\s+)?compiuto\s+(?P<v>{NUM})\s+anni\b", rd.age("it")),
    rule(
        "age",
        rf"(?:^\s*|[,;]\s*)(?P<v>\d{{1,2}}|{NUMBER_WORDS['it']})\s*(?:anni)?\s*(?=[,;.!]|$|\b(?:e|et|und|y)\b)",
        rd.age("it"),
        confidence=0.8,
        needs="name",
    ),
    # "Sara, 30 anni, infermiera presso l'ospedale": a job in apposition to the name.
    rule(
        "occupation",
        r"[,;]\s*(?:un\s+|una\s+|un')?(?=[a-z])",
        _job_at(_HEADED_JOB, 0.75),
        confidence=0.7,
        needs="name",
    ),
    # "soy nacho, de sevilla": where the user is from, in apposition to the name.
    rule(
        "hometown",
        r"(?:^\s*|[,;]\s*)(?:di|da)\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.75,
        needs=("name", "nationality"),
    ),
    # where the user lives and comes from
    # "il mio negozio qui a Bari": where the user is, unless the message talks of a visit
    # ("in vacanza qui a Roma")
    rule(
        "location",
        r"\bqui\s+a\s+",
        rd.local_place(
            r"\b(?:vacanz[ae]|viaggio|visit\w*|di\s+passaggio|hotel|albergo|weekend|"
            r"fine\s+settimana|congresso|turisti?|luna\s+di\s+miele|qualche\s+giorno|ero|caldo|freddo|"
            r"piove|sole|neve|tempo)\b",
            r"\bnon\s+(?:\w+\s+)?(?:vivo|abito|sono)\b",
        ),
        confidence=0.7,
        negatable=False,
        gate="qui a ",
    ),
    rule(
        "location",
        rf"\b{ADV}(?:vivo|abito|viviamo|abitiamo)\s+{ADV}(?:da\s+sol[oa]\s+)?(?:a|ad|in|nel|nella|vicino\s+a)\s+",
        rd.place("location", NESTED_PLACE),
        retract_when_negated=True,
    ),
    # "sono a Milano da cinque anni": years (not days: a trip) spent in a place.
    rule(
        "location",
        rf"{SONO}(?:a|ad|in)\s+"
        r"(?=\S+(?:\s+\S+){0,3}?\s+da\s+(?:\w+\s+){0,2}?(?:anni|mesi)\b)",
        rd.place("location", r"(?!)"),
        confidence=0.8,
        subject=True,
        gate=r"anni|mesi",
    ),
    rule(
        "location",
        r"\b(?:vivevo|abitavo)\s+(?:a|ad|in)\s+",
        rd.place("location", NESTED_PLACE),
        op=FactOp.RETRACT,
    ),
    rule(
        "location",
        r"\bmi\s+sono\s+(?:appena\s+)?trasferit[oa]\s+(?:a|ad|in)\s+",
        rd.place("location", NESTED_PLACE),
    ),
    rule(
        "hometown",
        rf"{SONO}(?:originari[oa]\s+)?(?:di|della|del)\s+",
        rd.place("hometown", NESTED_PLACE),
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "hometown",
        r"\bvengo\s+(?:da|dalla|dal)\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
    ),
    rule(
        "hometown",
        r"\bsono\s+(?:nat[oa]|cresciut[oa])\s+(?:a|ad|in)\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
        subject=True,
    ),
    rule(
        "nationality",
        rf"{SONO}(?P<v>{w.NATIONALITIES.regex}){_NAT_END}",
        rd.lexicon("nationality", w.NATIONALITIES),
        subject=True,
        retract_when_negated=True,
    ),
    # diet
    rule(
        "diet",
        rf"{SONO}(?:{ADV})?(?:diventat[oa]\s+)?(?P<v>{w.DIETS.regex})\b",
        rd.lexicon("diet", w.DIETS),
        subject=True,
        retract_when_negated=True,
    ),
    # work
    rule(
        "occupation",
        r"\bfaccio\s+(?:il|la|lo|l')\s*",
        _job_at(_HEADED_JOB),
        confidence=0.9,
    ),
    rule(
        "occupation",
        r"\blavoro\s+come\s+",
        _job_at(rd.phrase("occupation", stops=JOB_STOPS)),
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\blavoro\s+(?:per|presso|da|alla|al|in)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?\s+come\s+",
        rd.phrase("occupation", stops=JOB_STOPS),
        confidence=0.9,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\blavoravo\s+come\s+",
        rd.phrase("occupation", stops=JOB_STOPS),
        op=FactOp.RETRACT,
    ),
    rule(
        "occupation",
        rf"{SONO}(?:un\s+|una\s+|un')?",
        _job_at(_HEADED_JOB),
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"(?:^|[,;]\s*)\W*come\s+(?:un\s+|una\s+)?",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
        confidence=0.7,
    ),
    rule(
        "employer",
        r"\blavoro\s+(?:per|presso|da|alla|al|in)\s+(?=[a-z])",
        rd.place("employer", r"(?!)"),
        confidence=0.75,
        retract_when_negated=True,
    ),
    # "ho cambiato lavoro, ora sono alla Ferrero": after a change of job.
    rule(
        "employer",
        r"\b(?:ora|adesso)\s+(?:sono|lavoro|sto)?\s*(?:alla|al|all'|da|in|presso|per)\s*",
        rd.when_said(
            r"\bcambiato\s+(?:lavoro|azienda|ditta|impiego)\b|\b(?:nuovo|altro)\s+lavoro\b",
            rd.named_employer,
        ),
        confidence=0.8,
        gate=r"ora\s|adesso",
    ),
    rule(
        "employer",
        r"\blavoravo\s+(?:per|presso|da|alla|al)\s+",
        rd.place("employer", r"(?!)"),
        op=FactOp.RETRACT,
    ),
    # partner
    rule(
        "partner",
        r"\bsono\s+(?:sposat[oa]|fidanzat[oa])\s+con\s+",
        rd.name("partner"),
        confidence=0.95,
    ),
    # hobbies
    rule(
        "hobbies",
        rf"\b(?:faccio|pratico)\s+(?:{ADV})?(?P<v>{w.DO_ACTIVITIES.regex})\b",
        rd.lexicon("hobbies", w.DO_ACTIVITIES, lists=True),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bgioco\s+(?:(?:molto|spesso)\s+)?(?:a|al|alla|ai|agli)\s+",
        rd.phrase("hobbies", max_tokens=3),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bsuono\s+(?:il|la|lo|l')\s*",
        rd.phrase("hobbies", max_tokens=2),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"\b(?:io\s+)?(?P<v>{'|'.join(w.ACTIVITY_VERBS)})(?=\s*(?:$|[,.!;]|\b(?:e|molto|spesso|tutti|tutte|ogni|sempre|la\s+mattina|la\s+sera|il\s+weekend|da)\b))",
        _activity,
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bho\s+smesso\s+di\s+(?:fare\s+|giocare\s+a\s+)?|\bho\s+lasciato\s+(?:il|la|lo|l')?\s*",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        op=FactOp.RETRACT,
        negatable=False,
    ),
    # "il violino l'ho lasciato": the hobby named first, then dropped
    rule(
        "hobbies",
        r"(?:^|[,;:]\s*)\W*(?:(?:e|ma|beh|poi)\s+)?(?:il|la|lo|i|le|gli|l')\s*(?P<v>[\w\s]{2,25}?)\s+"
        r"(?:(?:in\s+realta|ormai|gia|purtroppo)\s+)?(?:l'ho|li\s+ho|le\s+ho)\s+(?:gia\s+)?"
        r"(?:abbandonat|lasciat|mollat)[oaie]\b",
        rd.group("hobbies"),
        op=FactOp.RETRACT,
        negatable=False,
        gate=r"ho ",
    ),
    rule(
        "hobbies",
        r"\bi\s+miei\s+hobby\s+sono\s+|\bil\s+mio\s+hobby\s+(?:e|è)\s+",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        confidence=0.95,
    ),
    # likes and dislikes
    rule(
        "likes",
        rf"\b{ADV}mi\s+(?:piace|piacciono|piacciono\s+tanto|fa\s+impazzire|fanno\s+impazzire)\s+(?:(?:molto|moltissimo|tanto|tantissimo|davvero|proprio|veramente|un\s+sacco)\b\s*)?",
        rd.items("likes", mapping=_infinitive_item),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        r"\b(?:adoro|amo)\s+",
        rd.items("likes", mapping=_infinitive_item),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        rf"{SONO}(?:un\s+|una\s+|molto\s+)?(?:appassionat[oa]|fan|patit[oa])\s+(?:di|del|della|dei|delle)\s+",
        rd.items("likes"),
        retract_when_negated=True,
    ),
    rule(
        "dislikes",
        r"\b(?P<t>odio|detesto|non\s+sopporto|non\s+mi\s+piace|non\s+mi\s+piacciono|"
        rf"non\s+mi\s+(?:e|sono)\s+mai\s+{_PIACIUTO}|mi\s+annoia(?:no)?|mi\s+fa(?:nno)?\s+schifo)\s+"
        r"(?:(?:per\s+niente|molto|proprio)\s+)?",
        rd.items("dislikes"),
        skip_when_no_longer=True,
    ),
    # "la birra non mi piace più", "i funghi non mi sono mai piaciuti", "il sushi mi piace"
    rule(
        "likes",
        r"(?:^|[,;:]\s*)\W*(?:(?:e|ma|allora|invece)\s+)?(?:(?:il|lo|la|i|gli|le)\s+|l')"
        r"(?P<v>[\w\s]{2,25}?)\s+(?P<neg>non\s+)?mi\s+(?:piace|piacciono|fa(?:nno)?\s+impazzire|"
        rf"(?:e|sono)\s+mai\s+{_PIACIUTO})(?P<more>\s+piu)?\b",
        _topic_like,
        negatable=False,
        gate="mi ",
    ),
    rule(
        "dislikes",
        r"(?:^|[,;:]\s*)\W*(?:(?:e|ma|allora|invece)\s+)?(?:(?:il|lo|la|i|gli|le)\s+|l')"
        r"(?P<v>[\w\s]{2,25}?)\s+mi\s+(?:annoia(?:no)?|fa(?:nno)?\s+schifo)\b",
        rd.fronted("dislikes"),
        negatable=False,
        gate=r"annoi|schifo",
    ),
    # "il fegato proprio non lo sopporto": a topic, then "non lo sopporto".
    rule(
        "dislikes",
        r"(?:^|[,;:]\s*)\W*(?:(?:e|ma|pero|allora|invece)\s+)?(?:(?:il|lo|la|i|gli|le)\s+|l')"
        r"(?P<v>[\w\s]{2,25}?)\s+(?:(?:proprio|davvero|mica)\s+)?non\s+(?:lo|la|li|le)\s+"
        r"(?:sopporto|reggo)\b",
        rd.group("dislikes"),
        negatable=False,
        gate=r"soppor|reggo",
    ),
    # "ormai preferisco il vino" (not "preferisco non parlarne", "preferisco restare")
    rule(
        "likes",
        r"\bpreferisco\s+(?!non\b)",
        rd.items("likes", mapping=rd.nouns("likes", _INFINITIVE)),
        confidence=0.8,
    ),
    rule(
        "likes",
        r"\b(?:mangio|bevo|prendo)\s+(?:piu\s+)?",
        rd.items("likes", max_tokens=3),
        only_when_no_longer=True,
    ),
    # health
    rule(
        "allergies",
        rf"(?:{SONO}(?:molto\s+)?allergic[oa]|\bho\s+un'?\s*allergia)\s+(?:a|al|alla|ai|alle|agli|all')\s*",
        rd.items("allergies"),
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "allergies",
        rf"{SONO}intollerante\s+(?:a|al|alla|ai|alle|agli|all')\s*",
        rd.items("allergies"),
        confidence=0.75,
    ),
    rule(
        "allergies",
        r"\b(?:e|ed)\s+(?:molto\s+)?allergic[oa]\s+(?:a|al|alla|ai|alle|agli|all')\s*",
        rd.items("allergies"),
        elided=True,
        gate="allergic",
    ),
    rule("allergies", rf"{SONO}celiac[oa]\b", rd.constant("allergies", "glutine"), confidence=0.75),
    # languages
    rule(
        "languages",
        r"\bparlo\s+(?:(?:bene|fluentemente|un\s+po'?\s+di|un\s+po'?|anche)\s+)?|\bla\s+mia\s+lingua\s+madre\s+(?:e|è)\s+",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
        retract_when_negated=True,
    ),
    # goals
    rule(
        "goals",
        r"\b(?:il\s+mio|la\s+mia)\s+(?:obiettivo|sogno|meta)\s+(?:e|è)\s+(?:di\s+)?",
        rd.phrase("goals", max_tokens=7, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\bmi\s+sto\s+(?:allenando|preparando)\s+per\s+",
        rd.phrase("goals", max_tokens=5),
        confidence=0.85,
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\b(?:sto|voglio|ho\s+iniziato\s+a|inizio\s+a)\s+(?P<v>(?:imparare|imparando|studiare|studiando)\s+)(?=[a-z])",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        confidence=0.75,
        hypothetical=True,
    ),
    # travel
    rule(
        "travel_destination",
        r"\b(?:andro|andremo|partiro|partiremo|parto|partiamo|volo|voliamo|volero|"
        r"(?<!\bmio\s)(?<!\bnostro\s)(?<!\bun\s)(?<!\bil\s)(?<!\bquesto\s)viaggio|"
        r"viaggiamo|viaggero|viaggeremo|andiamo|(?:vado|andiamo|andro|andremo)\s+in\s+vacanza|"
        r"(?:vado|andiamo)\s+a\s+(?:trovare|visitare)\s+\w+\s+\w+)"
        rf"(?:\s+{_TIME})?\s+(?:per|a|ad|in|verso|al|alle|nel|nelle)\s+",
        rd.destination(),
        confidence=0.85,
        retract_when_negated=True,
    ),
    # "mi aiuti a organizzare un viaggio a Lisbona?": the trip said inside a request.
    rule(
        "travel_destination",
        r"\b(?:aiutami|aiutaci|mi\s+aiuti|ci\s+aiuti|(?:mi|ci)\s+(?:puoi|potresti)\s+aiutare|"
        r"puoi\s+aiutarmi|potresti\s+aiutarmi)\s+a\s+(?:organizzare|pianificare|preparare|"
        r"programmare)\s+(?:un|il\s+mio|il\s+nostro|una|la\s+mia|la\s+nostra|il)\s+(?:\w+\s+)?"
        r"(?:viaggio|viaggetto|vacanza|weekend|luna\s+di\s+miele)\s+(?:a|ad|in|per|nel|nella)\s+",
        rd.destination(
            unless_after=r"per\s+(?:i\s+miei|mia|mio|le\s+mie|un|una)\s+(?:\w+\s+)?"
            r"(?:genitori|amic[oaie]|madre|padre|sorella|fratello|capo|clienti)"
        ),
        confidence=0.8,
        asks=True,
        gate="aiut",
    ),
    rule(
        "travel_destination",
        r"\bvado\s+(?:a|ad|in)\s+",
        rd.destination(lowercase="timed", time_after=TIME_AFTER, unless_before=HABITUAL),
        confidence=0.75,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:il\s+mio|il\s+nostro|un|questo)\s+(?:prossimo\s+|piccolo\s+)?(?:viaggio|viaggetto|"
        r"volo|giro)\s+(?:a|ad|in|per|nel|negli)\s+",
        rd.destination(unless_after=r"e\s+stato|era|l'anno\s+scorso"),
        confidence=0.75,
        retract_when_negated=True,
    ),
    # birthday
    # "sono nata a Genova il 2 luglio", "sono nato il 3 maggio a Roma"
    rule(
        "birthday",
        r"\bsono\s+nat[oa]\s+",
        born(MONTHS, "a|ad|in", "l'"),
        confidence=0.95,
        subject=True,
    ),
    rule(
        "birthday",
        r"\b(?:il\s+mio\s+compleanno\s+(?:e|è)|compio\s+(?:gli\s+)?anni|sono\s+nat[oa])\s+(?:il\s+)?",
        rd.date(MONTHS),
        confidence=0.95,
    ),
    # "quello è di mio fratello, il mio è il 2 aprile"
    rule(
        "birthday",
        rf"\bil\s+mio\s+(?:e|è)\s+(?:il\s+|l')?(?=\d{{1,2}}\s+(?:{MONTHS})\b)",
        rd.date(MONTHS),
        confidence=0.8,
        gate="mio",
    ),
)

GRAMMAR = RelationGrammar(
    possessive=r"(?:(?:il|la|i|le|lo)\s+)?(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre)\s+",
    have=r"(?:(?:ho|abbiamo)\s+(?:appena\s+)?(?:adottato\s+)?|(?:solo|anche)\s+)",
    count=r"(?:(?:un|uno|una|un'|due|tre|quattro|\d+|dei|delle|degli|alcuni|nessun|nessuna)\s*)",
    modifier=r"piccolo|piccola|caro|cara|migliore|nuovo|nuova|vecchio|vecchia|due|tre|adorato|adorata",
    called=r"\s+si\s+chiama(?:no)?|\s+di\s+nome",
    copula=r"e|è",
    introducer=r"che\s+si\s+chiama(?:no)?|di\s+nome|chiamat[oiae]|:|,?\s*si\s+chiama",
    post=r"maggiore|minore|piccolo|piccola|grande|gemello|gemella",
    definite=r"(?:il|lo|la|i|gli|le)\s+|l'",
    gone=(
        r"(?:(?:e|sono)\s+(?:mort[oaie]|scappat[oaie]|sparit[oaie]|scompars[oaie])|"
        r"ci\s+ha\s+lasciat[oi]|se\s+n'e\s+andat[oa])\b"
    ),
    gone_later=r"non\s+(?:ce\s+)?l'ho\s+piu",
    lost=r"(?:ho|abbiamo)\s+perso\s+",
    gone_gate=r"mort|scappat|sparit|scompars|lasciat|andat|perso|piu",
)

PACK = Pack(
    code="it",
    words=w.WORDS,
    rules=(
        *relation_rules(w.RELATIONS, GRAMMAR),
        *RULES,
        where_rule(
            r"a|ad|in|di|da|vicino\s+a",
            r"dove|in\s+cui",
            r"(?:io\s+)?(?:(?:ora|adesso|ancora|anche)\s+)?(?:vivo|abito|viviamo|abitiamo)",
            r"(?:io\s+)?sono\s+(?:nat[oa]|cresciut[oa])",
            NESTED_PLACE,
            gate="dove|cui",
        ),
        *elliptical_rules("a|in", MONTHS),
        changed_plans_rule(
            r"cambio\s+di\s+(?:programma|piani|programmi)",
            r"sara|ora\s+e|invece\s+e|andiamo\s+a|vado\s+a",
        ),
    ),
    first_person=re.compile(r"\W*(?:(?:e|ma)\s+)?(?:io\s+)?(?:non\s+)?(?:sono|ho)\b"),
    conjunctions=re.compile(
        r"\b(?:e|ed|ma|pero|perche|quando|o|oppure|quindi|mentre|anche\s+se)\b"
    ),
    negation=re.compile(r"\b(?:non|mai|senza|nessun|nessuna|nessuno|neanche|nemmeno|neppure)\b"),
    no_longer=re.compile(r"\bpiu\b|\bormai\s+non\b"),
    question_open=re.compile(
        r"^\W*(?:(?:ciao|ehi|e|ma|allora|senti|sakura)\W+)*(?:che|cosa|come|dove|quando|quanto|"
        r"quanti|quale|quali|chi|perche|sai|ti\s+ricordi|ricordi|puoi|potresti|hai|sei|conosci|"
        r"c'e)\b"
    ),
    question_bare=re.compile(
        r"^\W*(?:(?:ciao|ehi|e|ma|allora)\W+)*(?:come\s+ti\s+chiami|qual\s+e\s+il\s+tuo\s+nome|"
        r"quanti\s+anni\s+hai|dove\s+vivi|ti\s+ricordi|ricordi|sai\s+(?:dove|come|cosa|quanti)|"
        r"puoi|potresti|come\s+stai)"
    ),
    hypothetical_all=re.compile(
        r"\bse\s+(?:io\s+)?(?:fossi|avessi|potessi|vincessi|vivessi|abitassi)\b|"
        r"\bipoteticamente\b|\bimmagina\s+se\b"
    ),
    hypothetical_rest=re.compile(
        r"\b(?:vorrei|mi\s+piacerebbe|sogno\s+di|un\s+giorno|prima\s+o\s+poi|per\s+vedere\s+se|\w{2,}rei|\w+rebbe)\b"
    ),
    contrast=re.compile(r"\b(?:ma|pero|tuttavia|invece)\b|[.;]"),
    belief=re.compile(r"\b(?:pensano|credono|dicono|pensa|crede|dice)\s+che\s+(?:io\s+)?"),
    subject=other_subject(
        w.WORDS,
        frozenset({"io"}),
        frozenset({"lui", "lei", "loro", "voi", "noi", "tu", "genitori", "amici"}),
    ),
)
