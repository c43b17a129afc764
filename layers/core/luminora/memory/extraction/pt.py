"""Portuguese rules (Brazilian and European). First-person verb endings mark the user."""

from __future__ import annotations

import re

from luminora.memory.extraction import pt_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.birth import born
from luminora.memory.extraction.elliptical import changed_plans_rule, elliptical_rules
from luminora.memory.extraction.engine import Found, Match, Pack, Reader, rule
from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.relations import RelationGrammar, relation_rules
from luminora.memory.extraction.relative import where_rule
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import alternation, words
from luminora.models.facts import FactOp

START = r"\b"
ADV = r"(?:(?:ja|nao|tambem|ainda|agora|atualmente|so|realmente|nunca|sempre|hoje|mais)\s+)*"
NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS['pt']})"
MONTHS = r"janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
NESTED_PLACE = r"\b(?:em|no|na)\s+"
HABITUAL = (
    r"(?:as|nas)\s+(?:segundas|tercas|quartas|quintas|sextas)(?:-feiras)?|(?:aos|nos)\s+"
    r"(?:sabados|domingos|fins\s+de\s+semana)|tod[oa]s?\s+(?:os\s+|as\s+)?(?:dias?|semanas?|"
    r"segundas?|tercas?|quartas?|quintas?|sextas?|sabados?|domingos?)"
)
"""A routine before "vou para" ("às terças vou pra aula de dança"): no trip."""

TIME_AFTER = (
    r"semana|mes|ano|este|esta|amanha|logo|em\s+\w+|no\s+\w+|nas\s+ferias|de\s+ferias|[,.!?]|$"
)
# "vou viajar mês que vem pra Lisboa": a time between the verb and the place.
_TIME = (
    r"(?:(?:o|a|no|na|neste|nesta|este|esta|em|daqui\s+a)\s+)?(?:\w+\s+)?"
    rf"(?:{alternation(TIME_WORDS['pt'])})(?:\s+(?:que\s+vem|proxim[oa]))?"
)
JOB_STOPS = words("em na no para pra desde e mas com")
GOAL_ARTICLES = words("os as um uma a de do da ao")
GOAL_STOPS = words("antes este esta e mas porque quando")
AGE_END = r"(?=\s*(?:[,.;:!?]|$|\b(?:e|mas|anos|kkk|kkkk|rs)\b))"
_NAT_END = r"(?=\s*(?:[,.;:!?]|$|\b(?:e|mas|de|do|da|kkk|tambem)\b))"


_TALK = frozenset({"falar", "conversar", "papear", "bater"})


def _infinitive_item(folded: str, raw: str) -> tuple[str, str] | None:
    head = folded.split(" ")[0]
    if head in _TALK:
        return None  # talking to the assistant is not a hobby
    if re.search(r"(?:ar|er|ir)$", head) and len(head) > 3 and head not in ("mar", "bar", "lugar"):
        return "hobbies", raw
    return "likes", raw


def _activity(match: Match) -> list[Found]:
    value = w.ACTIVITY_VERBS.get(match.m.group("v"))
    return [Found("hobbies", value)] if value else []


def _job_at(read_job: Reader, confidence: float = 0.8) -> Reader:
    """A job, then its employer: "analista pela Vale", "enfermeira no Hospital São João"
    (after "em"/"no"/"na", which as often lead a city, "no Rio", only an organisation)."""
    return rd.with_employer(
        read_job, "para|pra|pela|pelo", confidence, named=True, located="em|no|na|nos|nas"
    )


_HEADED_JOB = rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True)

RULES = (
    # "meus colegas de trabalho na Sonae": the user's coworkers name the employer
    rule(
        "employer",
        r"\bmeus\s+colegas\s+de\s+trabalho\s+(?:da|do|na|no)\s+(?=[a-z])",
        rd.named_employer,
        confidence=0.7,
        gate="meus ",
    ),
    # "se não fosse a minha alergia a gatos, ...": "minha alergia" holds even in a conditional
    rule(
        "allergies",
        r"\bminha\s+alergia\s+(?:a|ao|aos|a\s+os|as|à|às)\s+",
        rd.items("allergies", stops=words("teria seria eu ja poderia")),
        confidence=0.85,
        hypothetical=True,
        negatable=False,  # "si no fuera por mi alergia ..."
        gate="minha ",
    ),
    # "morava em Braga, agora estou em Faro": where the user lives now
    rule(
        "location",
        r"\b(?:agora|hoje)\s*,?\s+(?:eu\s+)?(?:estou|to|tou)\s+(?:em|no|na)\s+",
        rd.when_said(r"\b(?:morava|vivia)\b", rd.place("location", NESTED_PLACE)),
        confidence=0.8,
        gate=r"agora|hoje",
    ),
    # "estou aposentada", "me aposentei": the user is retired.
    rule(
        "occupation",
        r"\b(?:estou|sou|ja\s+estou)\s+(?:(?:ja|agora)\s+)?(?:aposentad[oa]|reformad[oa])\b"
        r"|\b(?:me\s+)?(?:aposentei|reformei)(?:-me)?\b",
        rd.constant("occupation", "aposentado"),
        confidence=0.8,
        gate=r"aposent|reform",
    ),
    # "estudo engenharia", "faço medicina": a student.
    rule(
        "occupation",
        rf"\b(?:estudo|faco|curso|(?:estou|to|tou)\s+(?:estudando|cursando|fazendo))\s+(?=(?:{alternation(w.STUDY_FIELDS)})\b)",
        rd.constant("occupation", "estudante"),
        confidence=0.75,
    ),
    # name
    rule("name", r"\bmeu\s+nome\s+(?:e|eh)\s+", rd.name(explicit=True), confidence=0.95),
    rule(
        "name",
        r"\b(?:me\s+chamo|chamo-me|eu\s+me\s+chamo)\s+",
        rd.name(explicit=True),
        confidence=0.95,
    ),
    rule(
        "name",
        r"\b(?:pode\s+me\s+chamar\s+de|me\s+chamam\s+de|me\s+chama\s+de)\s+",
        rd.name(strict=True, explicit=True, low_confidence=0.8),
        confidence=0.85,
    ),
    rule(
        "name", rf"{START}(?:eu\s+)?sou\s+(?:o\s+|a\s+)?", rd.name(strict=True, low_confidence=0.85)
    ),
    # age
    rule(
        "age",
        rf"\btenho\s+(?P<v>{NUM})(?:\s+anos(?:\s+de\s+idade)?)?{AGE_END}",
        rd.age("pt"),
        confidence=0.95,
    ),
    rule("age", rf"\b(?:fiz|acabei\s+de\s+fazer|completei)\s+(?P<v>{NUM})\s+anos\b", rd.age("pt")),
    rule(
        "age",
        rf"(?:^\s*|[,;]\s*)(?P<v>\d{{1,2}}|{NUMBER_WORDS['pt']})\s*(?:anos)?\s*(?=[,;.!]|$|\b(?:e|et|und|y)\b)",
        rd.age("pt"),
        confidence=0.8,
        needs="name",
    ),
    # "Ana, 28 anos, enfermeira no Hospital São João": a job in apposition to the name.
    rule(
        "occupation",
        r"[,;]\s*(?:um\s+|uma\s+)?(?=[a-z])",
        _job_at(_HEADED_JOB, 0.75),
        confidence=0.7,
        needs="name",
    ),
    # "soy nacho, de sevilla": where the user is from, in apposition to the name.
    rule(
        "hometown",
        r"(?:^\s*|[,;]\s*)(?:de|do|da)\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.75,
        needs=("name", "nationality"),  # "sou portuguesa, do Porto"
    ),
    # where the user lives and comes from
    # "tenho uma loja aqui em Recife", "o bairro aqui de Natal": where the user is, unless
    # the message talks of a visit ("de férias aqui em Salvador")
    rule(
        "location",
        r"\baqui\s+(?:em|no|na|de|do|da)\s+",
        rd.local_place(
            r"\b(?:ferias|viagem|visita\w*|de\s+passagem|hotel|fim\s+de\s+semana|congresso|"
            r"turistas?|lua\s+de\s+mel|uns\s+dias|estive|estava|vou\s+estar|calor|frio|"
            r"chove|chovendo|chuva|sol|tempo)\b",
            r"\b(?:nao|nunca)\s+(?:\w+\s+)?(?:moro|vivo|sou|moramos)\b",
        ),
        confidence=0.7,
        negatable=False,
        gate="aqui ",
    ),
    rule(
        "location",
        rf"\b{ADV}(?:moro|vivo|resido|moramos|estou\s+morando|to\s+morando)\s+{ADV}(?:sozinh[oa]\s+)?(?:em|no|na|nos|nas)\s+",
        rd.place("location", NESTED_PLACE),
        retract_when_negated=True,
    ),
    # "estou em Lisboa há três anos": years (not days: a trip) spent in a place.
    rule(
        "location",
        r"\b(?:estou|to|tou)\s+(?:em|no|na)\s+"
        r"(?=\S+(?:\s+\S+){0,3}?\s+(?:ha|faz)\s+(?:\w+\s+){0,2}?(?:anos|meses)\b)",
        rd.place("location", r"(?!)"),
        confidence=0.8,
        gate=r"anos|meses",
    ),
    rule(
        "location",
        r"\b(?:morava|vivia)\s+(?:em|no|na|nos|nas)\s+",
        rd.place("location", NESTED_PLACE),
        op=FactOp.RETRACT,
    ),
    rule(
        "location",
        r"\b(?:me\s+mudei|mudei-me|mudei)\s+(?:para|pra|pro|para\s+o|para\s+a)\s+",
        rd.place("location", NESTED_PLACE),
    ),
    rule(
        "hometown",
        rf"{START}(?:eu\s+)?sou\s+(?:natural\s+)?(?:de|do|da|dos|das)\s+",
        rd.place("hometown", NESTED_PLACE),
        retract_when_negated=True,
    ),
    rule(
        "hometown",
        r"\b(?:venho|vim)\s+(?:de|do|da)\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
    ),
    rule(
        "hometown",
        r"\b(?:nasci|cresci|fui\s+criad[oa])\s+(?:em|no|na)\s+(?!dia\s+\d)",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
    ),
    rule(
        "nationality",
        rf"{START}(?:eu\s+)?sou\s+(?P<v>{w.NATIONALITIES.regex}){_NAT_END}",
        rd.lexicon("nationality", w.NATIONALITIES),
        retract_when_negated=True,
    ),
    # diet
    rule(
        "diet",
        rf"\b(?:sou|virei|me\s+tornei)\s+(?:{ADV})?(?P<v>{w.DIETS.regex})\b",
        rd.lexicon("diet", w.DIETS),
        retract_when_negated=True,
    ),
    # work
    rule(
        "occupation",
        r"\b(?:trabalho|atuo|trampo)\s+(?:como|de)\s+(?:um\s+|uma\s+)?",
        _job_at(rd.phrase("occupation", stops=JOB_STOPS)),
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\btrabalho\s+(?:na|no|em|para|pra)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?\s+(?:como|de)\s+(?:um\s+|uma\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        confidence=0.9,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\btrabalhava\s+(?:como|de)\s+(?:um\s+|uma\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        op=FactOp.RETRACT,
    ),
    # "bom, eu era carteiro, agora ...": a job the user had, said at the start of a clause
    rule(
        "occupation",
        r"(?:^|[,;:!]\s*)\W*(?:(?:bom|bem|antes|eu|ja)\s+)*era\s+(?:um\s+|uma\s+)?",
        _HEADED_JOB,
        op=FactOp.RETRACT,
        gate="era ",
    ),
    rule(
        "occupation",
        rf"{START}(?:eu\s+)?sou\s+(?:um\s+|uma\s+)?",
        _job_at(_HEADED_JOB),
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"(?:^|[,;]\s*)\W*como\s+(?:um\s+|uma\s+|bom\s+|boa\s+)?",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
        confidence=0.7,
    ),
    rule(
        "employer",
        r"\b(?:trabalho|trampo)\s+(?:na|no|em|para|pra)\s+(?=[a-z])",
        rd.place("employer", r"(?!)"),
        confidence=0.75,
        retract_when_negated=True,
    ),
    # "mudei de emprego, agora estou na Natura": after a change of job.
    rule(
        "employer",
        r"\b(?:agora\s+(?:estou|to|tou|trabalho)?|estou|to|tou)\s*(?:na|no|em|para|pra)\s+",
        rd.when_said(
            r"\b(?:mudei|troquei)\s+de\s+(?:emprego|trabalho|empresa|trampo)\b|"
            r"\b(?:novo|outro)\s+(?:emprego|trabalho|trampo)\b|\bsai\s+(?:da|do)\s+[A-Za-z]",
            rd.named_employer,
        ),
        confidence=0.8,
        gate=r"agora|estou|to\s|tou\s",
    ),
    rule(
        "employer",
        r"\btrabalhava\s+(?:na|no|em|para|pra)\s+",
        rd.place("employer", r"(?!)"),
        op=FactOp.RETRACT,
    ),
    # "saí do Bradesco, agora tô na Vale": the employer left
    rule(
        "employer",
        r"\bsai\s+(?:da|do)\s+(?=[a-z])",
        rd.place("employer", r"(?!)"),
        op=FactOp.RETRACT,
        negatable=False,
        gate="sai ",
    ),
    # partner
    rule(
        "partner",
        r"\bsou\s+(?:casad[oa]|noiv[oa])\s+com\s+(?:o\s+|a\s+)?",
        rd.name("partner"),
        confidence=0.95,
    ),
    rule(
        "partner",
        r"\bnamoro\s+(?:com\s+)?(?:o\s+|a\s+)?(?=[a-z][\w'-]+\s*(?:[,.!;]|$))",
        rd.name("partner", strict=True),
        confidence=0.75,
    ),
    # hobbies
    rule(
        "hobbies",
        rf"\b(?:faco|pratico)\s+(?:{ADV})?(?P<v>{w.DO_ACTIVITIES.regex})\b",
        rd.lexicon("hobbies", w.DO_ACTIVITIES, lists=True),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\b(?:jogo|pratico)\s+(?:(?:muito|bastante)\s+)?(?:o\s+|a\s+)?",
        rd.phrase("hobbies", max_tokens=3),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\btoco\s+(?:o\s+|a\s+)?",
        rd.phrase("hobbies", max_tokens=2),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"\b(?P<v>{'|'.join(w.ACTIVITY_VERBS)})(?=\s*(?:$|[,.!;]|\b(?:e|muito|bastante|todo|toda|todos|todas|cada|sempre|de\s+manha|aos|nos|kkk)\b))",
        _activity,
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\b(?:parei\s+de|deixei\s+de|larguei)\s+(?:jogar\s+|fazer\s+|praticar\s+|o\s+|a\s+)?",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        op=FactOp.RETRACT,
        negatable=False,
    ),
    # "o violino eu já larguei": the hobby named first, then dropped
    rule(
        "hobbies",
        r"(?:^|[,;:]\s*)\W*(?:(?:e|mas|bom)\s+)?(?:o|a|os|as)\s+(?P<v>[\w\s]{2,25}?)\s*,?\s+"
        r"(?:(?:na\s+verdade|no\s+fim)\s*,?\s+)?(?:eu\s+)?(?:ja\s+)?(?:larguei|abandonei)\b",
        rd.group("hobbies"),
        op=FactOp.RETRACT,
        negatable=False,
        gate=r"larguei|abandonei",
    ),
    rule(
        "hobbies",
        r"\bmeus?\s+(?:hobbies|hobby|passatempos?)\s+(?:favoritos?\s+)?(?:sao|e)\s+",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        confidence=0.95,
    ),
    # likes and dislikes
    rule(
        "likes",
        rf"\b{ADV}gosto\s+(?:muito\s+|bastante\s+|demais\s+)?(?:de|do|da|dos|das)\s+",
        rd.items("likes", mapping=_infinitive_item),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        r"\bprefiro\s+(?!nao\b)",
        rd.items("likes", mapping=rd.nouns("likes", w.WORDS.verb_like)),
        confidence=0.8,
    ),
    rule(
        "likes",
        r"\b(?:adoro|amo|curto)\s+",
        rd.items("likes", mapping=_infinitive_item),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        r"\bsou\s+(?:muito\s+|super\s+)?(?:fa|apaixonad[oa]|louc[oa]|viciad[oa])\s+(?:de|do|da|dos|das|por|pelo|pela|em)\s+",
        rd.items("likes"),
        retract_when_negated=True,
    ),
    rule(
        "dislikes",
        r"\b(?P<t>odeio|detesto|nunca\s+gostei\s+(?:de|do|da|dos|das)|nao\s+gosto\s+"
        r"(?:de|do|da|dos|das)|nao\s+suporto|nao\s+aguento|tenho\s+nojo\s+(?:de|do|da|dos|das))\s+",
        rd.items("dislikes"),
        skip_when_no_longer=True,
    ),
    rule(
        "likes",
        r"\b(?:tomo|como|bebo)\s+(?:mais\s+)?",
        rd.items("likes", max_tokens=3),
        only_when_no_longer=True,
    ),
    # health
    rule(
        "allergies",
        r"\b(?:sou\s+(?:muito\s+)?alergic[oa]|tenho\s+alergia)\s+(?:a|ao|à|as|aos|de)\s+",
        rd.items("allergies"),
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule("allergies", r"\bsou\s+intolerante\s+(?:a|à)\s+", rd.items("allergies"), confidence=0.75),
    rule(
        "allergies",
        r"\be\s+(?:muito\s+)?alergic[oa]\s+(?:a|ao|à|as|aos|de)\s+",
        rd.items("allergies"),
        elided=True,
        gate="alergic",
    ),
    # languages
    rule(
        "languages",
        r"\b(?:falo|domino)\s+(?:(?:fluentemente|bem|um\s+pouco\s+de|um\s+pouco)\s+)?|\bminha\s+lingua\s+materna\s+(?:e|eh)\s+",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
        retract_when_negated=True,
    ),
    # goals
    rule(
        "goals",
        r"\b(?:meu|minha)\s+(?:objetivo|meta|sonho)\s+(?:e|eh)\s+",
        rd.phrase("goals", max_tokens=7, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\b(?:estou|to)\s+(?:treinando|me\s+preparando)\s+para\s+",
        rd.phrase("goals", max_tokens=5),
        confidence=0.85,
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\b(?:estou|to|quero|vou\s+comecar\s+a|comecei\s+a)\s+(?P<v>(?:aprender|aprendendo|estudar|estudando)\s+)(?=[a-z])",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        confidence=0.75,
        hypothetical=True,
    ),
    # travel
    rule(
        "travel_destination",
        r"\b(?:(?:vou|vamos)\s+(?:viajar|voar|passar\s+\w+\s+\w+|pegar\s+um\s+voo)|viajo|viajamos|"
        r"irei|iremos|embarco|embarcamos|(?:vou|vamos)\s+(?:de\s+ferias|viajar\s+de\s+ferias)|"
        r"(?:to|tou|estou|estamos|tamo)\s+indo)"
        rf"(?:\s+{_TIME})?\s+(?:para\s+(?:o|a|os|as)|pra|pro|pros|pras|para|a|ao|à|em|no|na|nos|nas)\s+",
        rd.destination(),
        confidence=0.85,
        retract_when_negated=True,
    ),
    # "me ajuda a planejar uma viagem para Lisboa?": the trip said inside a request.
    rule(
        "travel_destination",
        r"\b(?:me\s+ajud[ae]|ajuda-me|ajude-me|nos\s+ajud[ae]|(?:me|nos)\s+(?:pode|podes|poderia)\s+"
        r"ajudar|pode\s+me\s+ajudar|podes\s+ajudar-me)\s+a\s+(?:planejar|planear|organizar|"
        r"preparar|montar)\s+(?:uma|a|minha|nossa|umas|as|o|meu|nosso)\s+(?:\w+\s+)?"
        r"(?:viagem|viagenzinha|lua\s+de\s+mel|ferias|roteiro)\s+(?:para|pra|pro|a|ao|à|em|no|na)\s+",
        rd.destination(
            unless_after=r"para\s+(?:meus|minha|meu|minhas|uns|umas)\s+(?:\w+\s+)?"
            r"(?:pais|amig[oa]s?|mae|pai|irma|irmao|chefe|clientes?)"
        ),
        confidence=0.8,
        asks=True,
        gate="ajud",
    ),
    rule(
        "travel_destination",
        r"\b(?:vou|vamos)\s+(?:visitar|conhecer)\s+",
        rd.destination(),
        confidence=0.75,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:vou|vamos)\s+(?:para|pra|pro|a|ao|à)\s+",
        rd.destination(lowercase="timed", time_after=TIME_AFTER, unless_before=HABITUAL),
        confidence=0.75,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:minha|nossa|uma|a|essa|esta)\s+(?:proxima\s+)?(?:viagem|viagenzinha|lua\s+de\s+mel)"
        r"\s+(?:para|pra|pro|a|ao|à|no|na)\s+",
        rd.destination(unless_after=r"foi|ano\s+passado|mes\s+passado"),
        confidence=0.75,
        retract_when_negated=True,
    ),
    # birthday
    # "nasci em Braga em 3 de maio", "nasci no dia 3 de maio em Braga"
    rule("birthday", r"\bnasci\s+", born(MONTHS, "em|no|na", r"em|no\s+dia|a"), confidence=0.95),
    rule(
        "birthday",
        r"\b(?:meu\s+aniversario\s+(?:e|eh|cai)|faco\s+anos|nasci)\s+(?:(?:em|no|dia|no\s+dia|a)\s+)*",
        rd.date(MONTHS),
        confidence=0.95,
    ),
    # "esse é o do meu irmão, o meu é dia 2 de abril"
    rule(
        "birthday",
        rf"\bo\s+meu\s+(?:e|eh|cai)\s+(?:(?:em|no|dia|a)\s+)*(?=\d{{1,2}}\s+de\s+(?:{MONTHS})\b)",
        rd.date(MONTHS),
        confidence=0.8,
        gate="meu",
    ),
)

GRAMMAR = RelationGrammar(
    possessive=r"(?:(?:o|a|os|as)\s+)?(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\s+",
    have=r"(?:(?:tenho|temos|adotei|adotamos|acabei\s+de\s+adotar)\s+|(?:so|tambem)\s+)",
    count=r"(?:(?:um|uma|dois|duas|tres|\d+|alguns|algumas|varios|varias|nenhum|nenhuma)\s+)",
    modifier=r"pequeno|pequena|querido|querida|melhor|novo|nova|velho|velha|dois|duas|tres",
    called=r"\s+se\s+chamam?|\s+chamam?(?=\s)|\s+chamad[oa]",
    copula=r"e|eh",
    introducer=r"que\s+se\s+chamam?|chamad[oa]s?|:|,?\s*(?:ele\s+|ela\s+)?se\s+chama",
    post=r"mais\s+velh[oa]|mais\s+nov[oa]|caçula|cacula|mais\s+velhos|mais\s+novos",
    definite=r"(?:o|a|os|as)\s+",
    gone=(
        r"(?:morreu|morreram|faleceu|fugiu|fugiram|sumiu|desapareceu|se\s+perdeu|"
        # given away: "o Simba ficou com o meu ex", "foi doado"
        r"ficou\s+com\s+(?:o|a)\s+(?:meu|minha)|foi\s+(?:doad[oa]|adotad[oa]))\b"
    ),
    gone_later=(
        r"(?:ja\s+)?nao\s+(?:o|a)\s+tenho\s+mais|nao\s+tenho\s+mais\s+(?:ele|ela)|"
        r"ja\s+nao\s+(?:o|a)\s+tenho"
    ),
    lost=r"(?:perdi|perdemos)\s+",
    gone_gate=r"morre|falece|fugi|sumiu|desaparec|perd|tenho|ficou|doad|adotad",
)

PACK = Pack(
    code="pt",
    words=w.WORDS,
    rules=(
        *relation_rules(w.RELATIONS, GRAMMAR),
        *RULES,
        where_rule(
            r"em|no|na|de|do|da|perto\s+de",
            r"onde|em\s+que",
            r"(?:eu\s+)?(?:(?:agora|ainda|tambem|hoje)\s+)?(?:moro|vivo|moramos|resido|estou\s+morando)",
            r"(?:eu\s+)?(?:nasci|cresci|fui\s+criad[oa])",
            NESTED_PLACE,
            gate="onde|em que",
        ),
        *elliptical_rules("em|no|na|para", MONTHS),
        changed_plans_rule(
            r"mudanca\s+de\s+planos?",
            r"vai\s+ser|sera|agora\s+e|vamos\s+(?:para|pra)|vou\s+(?:para|pra)",
        ),
    ),
    conjunctions=re.compile(r"\b(?:e|mas|porque|pq|porem|embora|quando|ou|entao|pois)\b"),
    first_person=re.compile(r"\W*(?:(?:e|mas)\s+)?(?:eu\s+)?(?:nao\s+)?(?:sou|estou|tenho)\b"),
    negation=re.compile(r"\b(?:nao|nunca|jamais|nem|sem|nenhum|nenhuma)\b"),
    no_longer=re.compile(r"\b(?:ja\s+nao|nao\s+\w+\s+mais|nao\s+mais|mais\s+nao)\b"),
    question_open=re.compile(
        r"^\W*(?:(?:oi|ola|e|mas|entao|ei|sakura)\W+)*(?:o\s+que|que|qual|quais|quem|como|onde|"
        r"quando|quanto|quantos|quantas|por\s+que|porque|voce|vc|tu|sabe|lembra|lembras|pode|"
        r"podes|tem|conhece|e\s+ai)\b"
    ),
    question_bare=re.compile(
        r"^\W*(?:(?:oi|ola|e|mas|entao|ei)\W+)*(?:qual\s+(?:e\s+)?(?:o\s+)?seu\s+nome|"
        r"como\s+(?:voce|vc|tu)\s+se\s+chama|como\s+te\s+chamas|quantos\s+anos\s+(?:voce|vc|tu)|"
        r"onde\s+(?:voce|vc|tu)\s+mora|(?:voce|vc)\s+lembra|lembra\s+(?:de|onde|como|qual)|"
        r"pode\s+me|tudo\s+bem|como\s+vai)"
    ),
    hypothetical_all=re.compile(
        r"\bse\s+(?:eu\s+)?(?:fosse|tivesse|pudesse|ganhasse|morasse|vivesse|soubesse|estivesse|"
        r"fizesse)\b|\bhipoteticamente\b|\bimagina\s+se\b"
    ),
    hypothetical_rest=re.compile(
        r"\b(?:gostaria|adoraria|queria\s+(?:morar|ser|ir|viver|ter)|quero\s+(?:morar|ser|ir|"
        r"viver|me\s+mudar)|sonho\s+(?:em|com)|um\s+dia|algum\s+dia|moraria|iria|seria|teria|"
        r"faria|compraria|viajaria|para\s+ver\s+se)\b"
    ),
    contrast=re.compile(r"\b(?:mas|porem|embora|entretanto)\b|[.;]"),
    belief=re.compile(r"\b(?:acham|pensam|dizem|acha|pensa|diz|achavam)\s+que\s+(?:eu\s+)?"),
)
