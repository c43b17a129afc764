"""English travel rules: where the user is about to go ("flying to new york tomorrow").

Triggers are graded by how sure they are that a place follows (see `places`): motion verbs
("flying to", "heading to"), trip nouns ("a trip to") and visits read a lowercase place;
a bare "going to" needs a capital or a time after it ("going to vegas next week"), since
"going to study" is far more common.
"""

from __future__ import annotations

from luminora.memory.extraction import en_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.elliptical import if_known, known_only
from luminora.memory.extraction.engine import ANY_VALUE, rule
from luminora.memory.extraction.vocab import alternation
from luminora.models.facts import FactOp

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekend"
_SEASONS = r"summer|winter|spring|fall|autumn"
_HOLIDAYS = (
    r"christmas|xmas|easter|thanksgiving|halloween|new\s+years?(?:\s+eve)?|spring\s+break|"
    r"the\s+holidays|(?:my|our)\s+(?:birthday|anniversary|honeymoon)"
)
_AMOUNT = r"(?:a|one|two|three|four|five|six|a\s+few|a\s+couple(?:\s+of)?|\d+)"
HABITUAL = (
    r"every\s+(?:day|week|morning|evening|night|weekend|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|"
    r"sundays|weekends)|(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
)
"""A routine before "going to" ("on tuesdays I'm going to salsa class"): no trip."""

TIME_AFTER = (
    rf"next|this|tomorrow|tonight|today|soon|later\s+(?:this|today)|"
    rf"on\s+(?:{_DAYS}|the\s+\d+|{_MONTHS})|"
    rf"in\s+(?:(?:early|late|mid)[\s-]+)?(?:{_MONTHS}|{_SEASONS})|"
    rf"in\s+{_AMOUNT}\s+(?:days?|weeks?|months?)|"
    rf"for\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:{_DAYS}|week|month|{_HOLIDAYS}|{_SEASONS}|"
    rf"vacation|holidays?|honeymoon|conference|wedding|work|business|{_AMOUNT}\s+(?:days|weeks))|"
    rf"over\s+(?:the\s+)?(?:{_DAYS}|holidays|break|{_SEASONS}|{_HOLIDAYS})|"
    rf"at\s+the\s+(?:end|start|beginning)\s+of|after\s+(?:{_HOLIDAYS}|graduation|exams)"
)
"""Time expressions that make "going to vegas" a trip (not "going to study for my exam")."""

# "flying back to", "heading out to", "going over to".
_DIRECTION = r"(?:(?:back|over|out|off|down|up|home)\s+)?"
_MOTION = (
    r"(?:heading|flying|traveling|travelling|off|jetting|sailing|driving|backpacking|"
    r"road[\s-]?tripping|going\s+on\s+a\s+trip|taking\s+a\s+trip)"
)
_FUTURE = (
    r"(?:gonna|going\s+to|will|'ll|planning\s+to|plan\s+to|about\s+to|have\s+to|got\s+to|gotta)"
)
_TRIP = (
    r"(?:trip|vacation|holiday|holidays|honeymoon|getaway|cruise|road\s*trip|flight|journey|"
    r"tour|backpacking\s+trip)"
)
# "took a trip to Rome", "had a holiday in Spain": a trip already taken.
_NOT_TAKEN = r"(?<!\bhad\s)(?<!\btook\s)(?<!\bdid\s)(?<!\bmade\s)(?<!\bwent\s)"
PAST_TRIP = (
    r"was|were|wasn't|got\s+cancell?ed|last\s+(?:week|month|year|time|summer|winter|spring|"
    r"fall|autumn)|ago"
)
"""Words after the place that make it a past trip ("my trip to Rome was amazing")."""
_BE = r"(?:i'?m|im|i\s+am|we'?re|we\s+are|'ll\s+be|will\s+be|be)"
_RELATIONS = alternation([*w.RELATIONS, "family", "folks", "people", "relatives"])

# "help me plan a trip to Oslo", "any tips for Oslo?": the trip said inside a request.
_PLAN = r"(?:plan|organi[sz]e|prepare|prep|book|map\s+out)"
_FOR_OTHERS = (
    rf"for\s+(?:my|our|a|his|her|their)\s+(?:\w+\s+)?(?:{_RELATIONS}|friends?|boss|clients?)"
)
_MENTION = (
    rf"\b(?:{_TRIP}|itinerary|visit|tips|recommendations|things\s+to\s+do|"
    r"what\s+to\s+(?:see|do|pack|eat))\s+(?:to|in|for|around|of)\s+"
)

RULES = (
    rule(
        "travel_destination",
        rf"\bhelp\s+(?:me|us)\s+(?:to\s+)?{_PLAN}\s+(?:a|my|our|the|this)\s+(?:[\w'-]+\s+){{0,2}}?"
        rf"(?:{_TRIP}|itinerary|visit)\s+(?:to|in|around|through)\s+",
        rd.destination(unless_after=_FOR_OTHERS),
        confidence=0.8,
        asks=True,
        gate="help",
    ),
    # "... a trip to Oslo? we're going in May": the trip of the request.
    rule(
        "travel_destination",
        r"^\W*(?:(?:and|so|btw|oh)\W+)?(?:we'?re|we\s+are|were|i'?m|i\s+am|im)\s+"
        rf"(?:going|heading|flying|leaving|off|travell?ing)\s+(?:there\s+)?(?=(?:{TIME_AFTER})\b)",
        rd.earlier_destination(_MENTION),
        confidence=0.75,
    ),
    rule(
        "travel_destination",
        rf"\b{_MOTION}\s+{_DIRECTION}to\s+",
        rd.destination(),
        confidence=0.85,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        rf"\b{_FUTURE}\s+(?:fly|travel|jet\s+off|sail|road\s*trip|backpack)\s+{_DIRECTION}to\s+",
        rd.destination(),
        confidence=0.85,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        rf"\b{_FUTURE}\s+(?:go|head)\s+{_DIRECTION}to\s+",
        rd.destination(lowercase="timed", time_after=TIME_AFTER, unless_before=HABITUAL),
        confidence=0.8,
        subject=True,
        retract_when_negated=True,
    ),
    # "omw to japan next week": on the way to a place, when a time says it is a trip.
    rule(
        "travel_destination",
        r"(?:^|[\s,;])(?:omw|on\s+my\s+way|on\s+our\s+way)\s+(?:back\s+)?to\s+",
        rd.destination(lowercase="timed", time_after=TIME_AFTER, unless_before=HABITUAL),
        confidence=0.8,
        gate=r"omw|way",
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:going|visiting|be\s+in)\s+(?:to\s+)?",
        rd.destination(lowercase="timed", time_after=TIME_AFTER, unless_before=HABITUAL),
        confidence=0.8,
        subject=True,
        retract_when_negated=True,
    ),
    # "gonna visit tokyo", "I'm visiting lisbon": a visit still to come names a place.
    rule(
        "travel_destination",
        rf"\b(?:{_FUTURE}\s+(?:go\s+)?visit|{_BE}\s+(?:(?:also|just|finally|actually)\s+)?visiting)\s+",
        rd.destination(),
        confidence=0.8,
        subject=True,
        retract_when_negated=True,
    ),
    # "visiting my grandparents in ohio": the place of the people visited.
    rule(
        "travel_destination",
        rf"\b(?:visit|visiting|seeing)\s+(?:(?:my|our|the)\s+(?:[\w'-]+\s+)?)?(?:{_RELATIONS})"
        r"(?:\s+(?:and|&)\s+(?:my\s+)?[\w'-]+)?(?:\s+[a-z][\w'-]*)??"
        r"\s+(?:(?:down|up|out|over|back)\s+)?(?:in|at)\s+",
        rd.destination(),
        confidence=0.75,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        rf"{_NOT_TAKEN}\b(?:my|our|a|an|the|upcoming|next|this)\s+(?:[\w'-]+\s+){{0,2}}?"
        rf"{_TRIP}\s+(?:to|in|around|through|across)\s+",
        rd.destination(unless_after=PAST_TRIP),
        confidence=0.75,
        gate=_TRIP,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:leave|leaving|fly|depart|departing)\s+(?:for|to)\s+",
        rd.destination(),
        confidence=0.85,
        subject=True,
        retract_when_negated=True,
    ),
    # "not Rome anymore, we switched to Athens": the trip changed its destination.
    rule(
        "travel_destination",
        r"\b(?:switch(?:ed|ing)?|chang(?:ed|ing))\s+(?:it\s+|plans\s+|(?:the|our|my)\s+"
        r"(?:trip|destination|plans?)\s+)?to\s+",
        rd.destination(),
        confidence=0.8,
        needs="travel_destination",
    ),
    # ... and the trip memory already holds, said in an earlier message.
    rule(
        if_known("travel_destination"),
        r"\b(?:switch(?:ed|ing)?|chang(?:ed|ing))\s+(?:it\s+|plans\s+|(?:the|our|my)\s+"
        r"(?:trip|destination|plans?)\s+)?to\s+",
        known_only(rd.destination()),
        confidence=0.8,
    ),
    # "the Paris trip got cancelled": no trip, wherever it went
    rule(
        "travel_destination",
        rf"\b{_TRIP}\b(?:\s+[\w'-]+){{0,3}}?\s+(?:got|was|were|has\s+been|have\s+been|is|are)\s+"
        r"(?:cancell?ed|called\s+off|off)\b|\bcancell?ed\s+(?:my|our|the)\s+(?:[\w'-]+\s+)?"
        rf"{_TRIP}\b",
        rd.constant("travel_destination", ANY_VALUE),
        op=FactOp.RETRACT,
        gate=_TRIP,
    ),
)
