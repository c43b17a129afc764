"""English rules about who the user is: name, age, places, nationality, diet, work, partner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from luminora.memory.extraction import en_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.elliptical import known_only
from luminora.memory.extraction.en_base import (
    ADV,
    IM,
    JOB_STOPS,
    MONTHS,
    NAT_END,
    NESTED_PLACE,
    NUM,
    UNITS_AFTER,
    capitalized_name,
    headed_job_at,
    job_at,
    not_a_name,
)
from luminora.memory.extraction.engine import ANY_VALUE, Found, Rule, rule
from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.vocab import alternation, words
from luminora.models.facts import FactOp

if TYPE_CHECKING:
    from luminora.memory.extraction.readers import Lexicon

_FILLERS = alternation(w.FILLERS)
# A change of job said in the message ("I switched jobs", "new job!").
_JOB_CHANGE = (
    r"\b(?:switched|changed|switching|changing)\s+(?:jobs?|companies|employers|firms)\b|"
    r"\bnew\s+(?:job|employer|company)\b|\b(?:quit|left)\s+my\s+(?:old\s+)?job\b|"
    r"\bgot\s+(?:hired|poached)\b"
)
# "Being a firefighter means I ...": the verb after the role ends it.
_ROLE_STOPS = words("means meaning makes gives keeps is has")
# "for like ten years", "since 2015": how long the user has been somewhere.
_SINCE = (
    r"(?:since|for\s+(?:like\s+|about\s+|almost\s+|over\s+|nearly\s+|the\s+(?:past|last)\s+)?"
    r"(?:a\s+few\s+|a\s+couple\s+(?:of\s+)?|\w+\s+)?(?:years?|months|decades?))\b"
)


# Patterns start at the verb (fast to scan); `subject=True` then checks in Python that the
# user is the one who lives, works, likes ("I ...", "... and live in", clause start).
def _in_passing(key: str, entries: Lexicon, after: str) -> Rule:
    """ "As a vegan, ...", "Being Canadian, I'm ...": who the user is, said in passing."""
    return rule(
        key,
        rf"^\W*(?:being|as\s+an?)\s+(?P<v>{entries.regex})(?={after})",
        rd.lexicon(key, entries),
        confidence=0.8,
        gate=r"being|as\s",  # a literal start keeps the prefilter fast
    )


RULES = (
    # "doing a PhD in chemistry", "halfway through my master's": a graduate student.
    rule(
        "occupation",
        r"\b(?:i'm|im|i\s+am)\s+(?:(?:currently|now|still|also)\s+)?(?:(?:in|at)\s+[\w-]+"
        r"(?:\s+[\w-]+)?\s+)?(?:doing|pursuing|finishing|(?:halfway\s+)?through)\s+(?:a|an|my)\s+"
        r"(?P<v>phd|doctorate|masters?|master's)\b",
        lambda m: [
            Found(
                "occupation",
                "PhD student" if m.m.group("v") in ("phd", "doctorate") else "master's student",
            )
        ],  # fmt: skip
        confidence=0.8,
        gate=r"phd|doctorate|master",
    ),
    # "my coworkers at Tesco": the user's coworkers name the employer (a capitalised name)
    rule(
        "employer",
        r"\bmy\s+(?:co-?workers|colleagues|workmates|teammates\s+at\s+work)\s+(?:at|from)\s+(?=[a-z])",
        rd.named_employer,
        confidence=0.7,
        gate="my ",
    ),
    # "Being from Glasgow, I don't feel the cold here in Montreal": where the user is from,
    # then where they are
    rule(
        "location",
        r"\bhere\s+in\s+",
        rd.when_said(
            r"(?:^\W*being|\b(?:i'?m|im|i\s+am|come|came))\s+(?:originally\s+)?from\b",
            rd.place("location", NESTED_PLACE),
        ),
        confidence=0.75,
        negatable=False,  # "I don't feel the cold here in X": the negation is the clause's verb's
        gate="here in",
    ),
    # "tiny place here in Asheville", "my shop here in Leeds": where the user is, unless the
    # message talks of a visit ("on holiday here in Rome")
    rule(
        "location",
        r"\bhere\s+in\s+",
        rd.local_place(
            r"\b(?:visit\w*|trip|vacation|holidays?|conference|hotel|staying|tourists?|layover|"
            r"honeymoon|passing\s+through|weekend|week|few\s+days|was|were|will\s+be|i'll\s+be|"
            r"sunny|rain\w*|snow\w*|hot|cold|freezing|warm|humid|weather)\b",
            r"\b(?:don'?t|do\s+not|never|no\s+longer|not)\s+(?:\w+\s+)?(?:live|living|from|based)\b",
        ),
        confidence=0.7,
        negatable=False,
        gate="here in",
    ),
    # "full vego since jan", ", strict vegan now": the diet said without "I'm"
    rule(
        "diet",
        rf"(?:^\W*|[,;]\s*)(?:(?:and|now|been|also)\s+)?(?:full|fully|strict|total|100%)\s+(?P<v>{w.DIETS.regex})\b"
        r"(?=\s+(?:now|since|for|these\s+days|lol|btw)\b|\s*(?:[,.!;]|$))",
        rd.lexicon("diet", w.DIETS),
        confidence=0.75,
        # "dont eat meat anymore, full vego now": the negation belongs to the other clause
        negatable=False,
        gate=r"full|strict|total|100%",
    ),
    # "I don't eat meat anymore", "I stopped eating meat": vegetarian now
    rule(
        "diet",
        r"\b(?:(?:don'?t|dont|do\s+not|no\s+longer)\s+eat\s+(?:any\s+)?meat(?=\s+(?:anymore|any\s+more|these\s+days|since)\b)"
        r"|(?:stopped|quit|gave\s+up)\s+eating\s+meat)\b(?!\s*(?:,\s*)?(?:but|except|apart|only|just)\b)",
        rd.constant("diet", "vegetarian"),
        confidence=0.75,
        subject=True,
        negatable=False,
        gate="meat",
    ),
    # "I wish I'd become a pilot instead of an accountant": the wish is hypothetical, the
    # job it replaces is real
    rule(
        "occupation",
        r"\b(?:instead\s+of|rather\s+than)\s+(?:being\s+|becoming\s+)?an?\s+",
        rd.when_said(
            r"\b(?:wish\s+i(?:'d|\s+had|\s+would\s+have)|i\s+(?:should|could)(?:'ve|\s+have))\s+"
            r"(?:become|been|gone|studied|trained)\b",
            rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS),
        ),
        confidence=0.75,
        hypothetical=True,
        gate=r"instead|rather",
    ),
    # "I used to live in Leeds, now I'm in York": where the user lives now
    rule(
        "location",
        r"\bnow\s*,?\s+(?:i'?m|i\s+am|im)\s+(?:in|based\s+in)\s+|\b(?:i'?m|i\s+am|im)\s+(?:now\s+)?in\s+(?=\S+(?:\s+\S+)?\s+now\b)",
        rd.when_said(
            r"\b(?:used\s+to\s+live|lived|was\s+living)\b", rd.place("location", NESTED_PLACE)
        ),
        confidence=0.8,
        gate="now",
    ),
    # "I retired last year", "since I retired", "61, retired now": the user is retired.
    rule(
        "occupation",
        r"\b(?:i|i'?ve|ive|i\s+have)\s+(?:(?:just|recently|finally|already|been|officially)\s+)*retired\b"
        r"|(?:^|[,;])\s*(?:and\s+)?(?:happily\s+|recently\s+)?retired(?=\s*(?:now\b|[,.;!]|$))",
        rd.constant("occupation", "retired"),
        confidence=0.8,
        gate="retired",
    ),
    # "studying comp sci at uni", "I'm in year 12", "I'm in 10th grade": a student.
    rule(
        "occupation",
        r"\bstudy(?:ing|in)?\s+(?:[a-z][\w-]*\s+){1,3}?(?:at|in)\s+(?:uni|university|college)\b"
        rf"|{IM}\s+in\s+(?:year\s+\d{{1,2}}|(?:\d{{1,2}}(?:st|nd|rd|th)|ninth|tenth|eleventh|"
        r"twelfth)\s+grade)\b",
        rd.constant("occupation", "student"),
        confidence=0.75,
        subject=True,
        gate=r"study|grade|year",
    ),
    # name
    rule("name", rf"\bmy\s+name(?:'s|\s+is|s)\s+{ADV}", rd.name(explicit=True), confidence=0.95),
    rule(
        "name",
        r"\bname's\s+|^\W*names\s+(?=\w+\W*(?:$|btw|lol|here|and))",
        rd.name(explicit=True),
        confidence=0.9,
        subject=True,
        gate=r"names?\b|name's",
    ),
    rule(
        "name",
        rf"{IM}\s+(?:(?:just|called|named|actually|really)\s+)?",
        rd.name(strict=True, low_confidence=0.8, reject=not_a_name),
    ),
    rule(
        "name",
        r"\b(?:call\s+me|i\s+go\s+by|(?:people|everyone|friends|they)\s+calls?\s+me)\s+",
        rd.name(strict=True, explicit=True, low_confidence=0.8, reject=not_a_name),
        confidence=0.85,
    ),
    rule(
        "name",
        r"^\W*(?:(?:hi|hey|hello|yo)\W+)?(?=[^\W\d_][\w'-]+(?:\s+[^\W\d_][\w'-]+){0,2}\s+here\b)",
        rd.name(strict=True, explicit=True, reject=not_a_name),
        confidence=0.8,
    ),
    rule(
        "name",
        r"^\W*(?:(?:hi|hey|hello|yo|sup|hiya|ok|so)\W+)*(?P<t>it'?s|this\s+is)\s+",
        rd.name(strict=True, low_confidence=0.75, reject=not_a_name),
        confidence=0.8,
    ),
    # "Quick intro: Henry, 52, ...", "about me: ..."
    rule(
        "name",
        r"^\W*(?:(?:quick|short|little)\s+)?(?:intro|introduction|about\s+me)\s*[:-]\s*",
        capitalized_name,
        confidence=0.8,
        gate=r"intro|about\s+me",
    ),
    rule(
        "name",
        rf"\bmine(?:'s|\s+is)\s+(?!(?:{MONTHS})\b)(?=[A-Za-z])",
        capitalized_name,
        confidence=0.6,
        subject=True,
    ),
    # age
    rule(
        "age",
        rf"{IM}\s+(?:(?:now|just|only|turning)\s+)?(?P<v>{NUM})\b{UNITS_AFTER}",
        rd.age("en"),
        confidence=0.95,
    ),
    rule(
        "age",
        rf"(?P<v>{NUM})[\s-]*(?:years?[\s-]+old|yrs?[\s-]+old|y/?o)\b",
        rd.age("en"),
        subject=True,
    ),
    # "I have 27 years": the age as Romance languages say it ("tengo 27 años"), not a span of
    # experience ("I have 10 years of experience", "I have 5 years left").
    rule(
        "age",
        r"\bi\s+(?:have|got)\s+(?P<v>\d{1,2})\s+(?:years|yrs)(?:\s+old)?\b"
        r"(?!\s+(?:of|in|at|as|experience|working|left|to|until|till|ago|more|since|with|on|here|there))",
        rd.age("en"),
        confidence=0.85,
        gate="have|got",
    ),
    rule("age", rf"\bturned\s+(?P<v>{NUM})\b{UNITS_AFTER}", rd.age("en"), subject=True),
    # "i'm 25f", "27M here": an age with the sex, as forums write it.
    rule(
        "age",
        rf"(?:{IM}\s+|^\W*)(?P<v>\d{{2}})\s?[fm](?=\W|$)",
        rd.age("en", low=13),
        confidence=0.85,
        gate=r"\d\s?[fm]\b",
    ),
    rule(
        "age",
        # ("kenji here, 19 yrs old": "here" closes the name's introduction)
        rf"(?:^\s*|[,;]\s*|\b(?:{_FILLERS}|here)\s+)(?P<v>\d{{1,2}}|{NUMBER_WORDS['en']})\s*"
        r"(?:years\s+old|yrs?\s+old|yo|y/o)?"
        r"\s*(?=[,;.!]|$|\b(?:and|btw|from|living)\b)",
        rd.age("en"),
        confidence=0.8,
        needs=("name", "occupation"),  # "I'm Priya, 31", "I'm a barista there, 19"
    ),
    # where the user lives and comes from
    rule(
        "location",
        r"\b(?:live|reside|living|based|located|residing|settled)\s+"
        r"(?:(?:alone|by\s+myself|on\s+my\s+own)\s+)?(?:with\s+(?:my|our|a|two|three|some)\s+[\w]+(?:\s+[\w]+)?\s+)?"
        r"(?:in|at|(?:just\s+|right\s+)?(?:outside(?:\s+of)?|near|close\s+to))\s+",
        rd.place("location", NESTED_PLACE),
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "location",
        r"\b(?:'ve|have|ve)\s+(?:(?:always|now|already|actually)\s+)?lived\s+in\s+"
        r"(?=\S+(?:\s+\S+){0,3}?\s+(?:since|for)\b)",
        rd.place("location", NESTED_PLACE),
        confidence=0.85,
        subject=True,
    ),
    rule(
        "location",
        # "..., been in Oslo for a few years": the "I've" of a list left out
        rf"(?:\b(?:'ve|have|ve)\s+(?:(?:now|already|actually)\s+)?|(?:^\W*|(?<=[,;])\s*)(?:and\s+)?)"
        r"been\s+(?:living\s+|based\s+)?in\s+"
        rf"(?=\S+(?:\s+\S+){{0,3}}?\s+{_SINCE})",
        rd.place("location", NESTED_PLACE),
        confidence=0.85,
        subject=True,
        gate="been",
    ),
    # "but for now I'm stuck in Leicester": where the user is, for the time being
    rule(
        "location",
        r"\b(?:for\s+now|still|currently|right\s+now)\s*,?\s+(?:i'?m|im|i\s+am)\s+(?:still\s+)?stuck\s+in\s+"
        r"(?!(?:a|an|the|my|this|that|traffic|bed|meetings?|work|class|school|line|queue|limbo|"
        r"here|there|lectures?)\b)",
        rd.place("location", r"(?!)"),
        confidence=0.75,
        gate="stuck",
    ),
    # "jo, 20, still stuck in Leeds": where the user is, in an introduction's list.
    rule(
        "location",
        r"[,;]\s*(?:(?:still|currently|kinda)\s+)?stuck\s+in\s+",
        rd.place("location", r"(?!)"),
        confidence=0.75,
        needs=("name", "age"),
        gate="stuck",
    ),
    rule(
        "location",
        r"\b(?:moved|relocated|(?:ever\s+since|since|after)\s+moving)\s+(?:back\s+)?(?:to|into)\s+",
        rd.place("location", NESTED_PLACE),
        subject=True,
    ),
    rule(
        "hometown",
        rf"\b(?:(?:i'?m|i\s+am)\s+{ADV}|(?:come|came)\s+(?:originally\s+)?|originally\s+)from\s+",
        rd.place("hometown", NESTED_PLACE),
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "hometown",
        r"\b(?:grew\s+up|was\s+born(?:\s+and\s+raised)?|born\s+and\s+raised|was\s+raised|raised)\s+in\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
        subject=True,
    ),
    rule(
        "hometown",
        r"^\W*being\s+(?:originally\s+)?from\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.8,
        gate="being",
    ),
    rule(
        "hometown",
        r"\bmy\s+home\s*town\s+is\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.95,
    ),
    rule(
        "hometown",
        r"(?<!back\s)(?<!away\s)(?<!home\s)(?<!off\s)(?<!flight\s)(?<!here\s)(?<!come\s)(?<!came\s)"
        r"(?<!originally\s)\bfrom\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.75,
        needs=("name", "age"),
    ),
    rule(
        "nationality",
        rf"{IM}\s+{ADV}(?:a\s+)?(?:proud\s+)?(?P<v>{w.NATIONALITIES.regex}){NAT_END}",
        rd.lexicon("nationality", w.NATIONALITIES),
        retract_when_negated=True,
    ),
    # diet
    rule(
        "diet",
        rf"\b(?:(?:i'?m|i\s+am)\s+{ADV}(?:an?\s+)?(?:strict\s+|full\s+|total\s+)?|(?:went|turned|became|eat|follow|been)\s+(?:a\s+)?(?:fully\s+)?)(?P<v>{w.DIETS.regex})\b",
        rd.lexicon("diet", w.DIETS),
        subject=True,
        retract_when_negated=True,
    ),
    # work
    rule(
        "occupation",
        r"\b(?:work|working|employed)\s+(?:(?:nights|days|weekends|evenings|mornings|shifts|"
        r"part[\s-]?time|full[\s-]?time|freelance|remotely|from\s+home|\w+\s+shifts)\s+)?"
        r"as\s+(?:an?\s+)?",
        job_at,
        confidence=0.95,
        subject=True,
        retract_when_negated=True,
    ),
    rule("occupation", rf"{IM}\s+{ADV}(?:an?\s+)", headed_job_at, retract_when_negated=True),
    # "I work like data analyst": "like" for "as" in non-native English; only a job word
    # heads the phrase ("I work like crazy" says nothing).
    rule(
        "occupation",
        r"\b(?:work|working)\s+like\s+(?:an?\s+)?",
        headed_job_at,
        confidence=0.8,
        subject=True,
        gate="work",
    ),
    rule(
        "occupation",
        r"\bwork\s+(?:at|for|in)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?\s+as\s+(?:an?\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        confidence=0.9,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        r"\b(?:as|being)\s+an?\s+(?=[\w\s-]+?\s*(?:,|\bi\b|\bmyself\b))",
        rd.headed("occupation", w.OCCUPATIONS, stops=_ROLE_STOPS),
        confidence=0.7,
        subject=True,
    ),
    _in_passing("diet", w.DIETS, r"\s*,"),
    _in_passing("nationality", w.NATIONALITIES, r"\s*,?\s*(?:i|i'm|im|we)\b"),
    rule(
        "occupation",
        r"\bi\s+used\s+to\s+(?:be|work\s+as)\s+an?\s+",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS),
        op=FactOp.RETRACT,
        negatable=False,
        gate="used",
    ),
    # "I'm Aisha, 27, a vet nurse from Cardiff", "Ravi, 40, civil engineer at Atkins": a job
    # in apposition to the name (the article is often left out in such lists).
    rule(
        "occupation",
        # (a short item of the list: up to four words, then a comma, "at", "from" or the end)
        r"(?:^\s*an?|[,;]\s*(?:an?\s+)?)\s*(?=[a-z][\w'-]*(?:\s+[\w'-]+){0,3}\s*(?:[,;.!]|$|"
        r"(?:at|for|from|in|with|and|but|by)\b))",
        headed_job_at,
        confidence=0.75,
        needs="name",
    ),
    rule(
        "occupation",
        rf"\b(?:study|studying|major\s+in|majoring\s+in)\s+(?=(?:{alternation(w.STUDY_FIELDS)})\b)",
        rd.constant("occupation", "student"),
        confidence=0.75,
        subject=True,
    ),
    rule(
        "occupation",
        r"\bmy\s+(?:job|profession|occupation)\s+(?:is|as)\s+(?:being\s+)?(?:an?\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
    ),
    rule(
        "occupation",
        rf"\bteach\s+(?=(?:{'|'.join(sorted(w.TEACH_OBJECTS))})\b)",
        rd.constant("occupation", "teacher"),
        confidence=0.7,
        subject=True,
    ),
    rule(
        "occupation",
        rf"{IM}\s+{ADV}(?:retired|a\s+retiree)\b",
        rd.constant("occupation", "retired"),
        confidence=0.85,
    ),
    rule(
        "employer",
        r"\b(?:work|intern|working|interning|employed|(?:'ve|have|ve)\s+(?:been\s+)?worked)\s+"
        r"(?:at|for|by)\s+",
        rd.place("employer", r"(?!)"),
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "hometown",
        r"\b(?:moved|came|emigrated|immigrated)\s+(?:here\s+|over\s+)?from\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.7,
        subject=True,
    ),
    rule(
        "employer",
        r"\b(?:started|got|have|landed|took|accepted|start|starting)\s+(?:a\s+|my\s+)?(?:new\s+)?"
        r"(?:job|position|role|internship)\s+(?:at|with)\s+",
        rd.place("employer", r"(?!)"),
        confidence=0.85,
        subject=True,
    ),
    # "I left Deloitte, now I'm at KPMG"
    rule(
        "employer",
        r"\bleft\s+(?=[a-z])",
        rd.place("employer", r"(?!)"),
        op=FactOp.RETRACT,
        negatable=False,
        subject=True,
    ),
    rule(
        "employer",
        r"\b(?:now\s+i'?m|i'?m\s+now|i'?m\s+at)\s+(?:at\s+|with\s+)?(?=[a-z])",
        rd.place("employer", r"(?!)"),
        confidence=0.75,
        needs="employer",
        gate=r"i'?m",
    ),
    # "changed companies, I'm at Ocado now": where the user is, after a change of job.
    rule(
        "employer",
        r"\b(?:i'?m|i\s+am)\s+(?:now\s+)?(?:at|with|working\s+(?:at|for))\s+(?=[a-z])",
        rd.when_said(_JOB_CHANGE, rd.place("employer", r"(?!)")),
        confidence=0.8,
        gate="i'm|im |i am",
    ),
    # "since I started at Deloitte": a named organisation the user started at
    rule(
        "employer",
        r"\b(?:started|start|starting)\s+(?:(?:working|work|a\s+job|my\s+job)\s+)?(?:at|with)\s+(?=[a-z])",
        rd.named_employer,
        confidence=0.75,
        subject=True,
        gate="start",
    ),
    # "Well, worked. I switched to ABB in March": a new employer, when one is known
    rule(
        "employer",
        r"\b(?:switched|moved|changed|jumped|went)\s+(?:over\s+)?to\s+(?=[a-z])",
        known_only(rd.named_employer),
        confidence=0.75,
        subject=True,
        gate=r"switched|moved|changed|jumped|went",
    ),
    rule(
        "employer",
        r"\bmy\s+(?:new\s+)?(?:job|internship)\s+at\s+",
        rd.place("employer", r"(?!)"),
        confidence=0.85,
    ),
    rule(
        "occupation",
        rf"{IM}\s+{ADV}(?:(?:a\s+)?(?:freshman|sophomore|junior|senior|first[\s-]year|second[\s-]year|"
        r"third[\s-]year|final[\s-]year)\s+)?(?:in|at)\s+(?=(?:high\s+school|college|university|uni|"
        r"grad\s+school|law\s+school|med\s+school)\b)",
        rd.constant("occupation", "student"),
        confidence=0.75,
    ),
    rule(
        "occupation",
        r"\bgo\s+to\s+(?=(?:high\s+school|college|university|uni|school|grad\s+school|"
        r"law\s+school|med\s+school)\b)",
        rd.constant("occupation", "student"),
        confidence=0.7,
        subject=True,
    ),
    # partner
    rule(
        "partner", rf"{IM}\s+{ADV}(?:married|engaged)\s+to\s+", rd.name("partner"), confidence=0.95
    ),
    # "we broke up", "I'm single now": no partner, whatever the name was
    rule(
        "partner",
        rf"\b(?:we|i)\s+{ADV}(?:broke\s+up|split\s+up|separated|got\s+divorced|divorced|called\s+it\s+off)\b|"
        rf"{IM}\s+{ADV}single\b",
        rd.constant("partner", ANY_VALUE),
        op=FactOp.RETRACT,
        gate=r"broke|split|separated|divorced|called\s+it|single",
    ),
    rule(
        "partner",
        rf"{IM}\s+{ADV}(?:dating|seeing|with)\s+(?=[a-z][\w'-]+\s*(?:[,.!;]|$))",
        rd.name("partner", strict=True),
        confidence=0.75,
    ),
)
