"""English: the pack that assembles the English rules, relation grammar and markers."""

from __future__ import annotations

import re

from luminora.memory.extraction import en_identity, en_tastes, en_travel
from luminora.memory.extraction import en_words as w
from luminora.memory.extraction.elliptical import changed_plans_rule, elliptical_rules
from luminora.memory.extraction.en_base import (
    MONTHS,
    NESTED_PLACE,
    reject_lower_name,
    user_is_subject,
)
from luminora.memory.extraction.engine import Pack
from luminora.memory.extraction.relations import RelationGrammar, relation_rules
from luminora.memory.extraction.relative import where_rule

GRAMMAR = RelationGrammar(
    possessive=r"(?:my|our)\s+",
    have=(
        r"(?:(?:have|'ve\s+got|got|own|married\s+with|adopted|rescued)\s+|"
        r"(?:just|only|plus|also)\s+)"
    ),
    have_subject=True,
    count=r"(?:(?:a|an|one|two|three|four|five|six|\d+|some|several|many|a\s+couple\s+of|any|no)\s+)",
    modifier=(
        r"little|big|older|younger|baby|twin|best|new|old|lovely|dear|late|sweet|cute|adorable|"
        r"elder|eldest|oldest|youngest|beautiful|amazing|wonderful|crazy|rescue|two|three|four|"
        r"lazy|grumpy|fat|chubby|tiny|giant|senior|husband's|wife's|german|golden|black|white|"
        r"orange|grey|gray|brown"
    ),
    called=r"'s\s+name\s+is|'s\s+name's|s\s+name\s+is|\s+is\s+called|\s+is\s+named|\s+goes\s+by",
    copula=r"is|'s",
    introducer=(
        r"named|called|who's\s+called|whose\s+name\s+is|:|,?\s*(?:his|her|its)\s+name(?:'s|\s+is)"
    ),
    reject=reject_lower_name,
    definite=r"the\s+",
    gone=(
        r"(?:(?:just|sadly|recently|finally|unfortunately|has|have|had|got)\s+)*(?:died|passed"
        r"(?:\s+away)?|ran\s+away|run\s+away|went\s+missing|got\s+lost|escaped|disappeared|"
        r"(?:was|got|had\s+to\s+be)\s+put\s+down|"
        # given away: "Rex went to live with my ex", "Mimi was rehomed"
        r"(?:was|got|has\s+been)\s+(?:rehomed|given\s+away|adopted\s+by)|went\s+to\s+live\s+with|"
        r"stayed\s+with\s+my\s+ex)\b"
    ),
    gone_later=(
        r"(?:i|we)\s+(?:don't|dont|do\s+not)\s+have\s+(?:him|her|it|them)\s+(?:anymore|any\s+more)"
    ),
    lost=r"(?:i|we)\s+(?:just\s+|recently\s+)?(?:lost|had\s+to\s+put\s+down)\s+",
    gone_gate=(
        r"died|away|missing|lost|escaped|disappeared|put\s+down|anymore|any\s+more|rehomed|"
        r"adopted|went\s+to\s+live|stayed\s+with"
    ),
)

PACK = Pack(
    code="en",
    words=w.WORDS,
    rules=(
        *relation_rules(w.RELATIONS, GRAMMAR),
        *en_identity.RULES,
        *en_tastes.RULES,
        *en_travel.RULES,
        where_rule(
            r"in|at|near|outside|from",
            "where",
            r"(?:i|we)\s+(?:(?:still|now|currently|also|actually)\s+)?(?:live|reside|(?:'ve|have)\s+"
            r"(?:always\s+)?lived)|i'?m\s+(?:now\s+)?(?:living|based)|i\s+am\s+living",
            r"(?:i|we)\s+(?:grew\s+up|was\s+born|were\s+born)",
            NESTED_PLACE,
            gate="where",
        ),
        *elliptical_rules("in|to", MONTHS),
        changed_plans_rule(
            r"change\s+of\s+plans?|plans?\s+(?:have\s+)?changed|new\s+plan|plot\s+twist",
            r"it'?s|its|it\s+is|(?:we'?re\s+|i'?m\s+)?(?:going|heading|off)\s+to",
            after="instead",
        ),
    ),
    conjunctions=re.compile(
        r"\b(?:and|but|so(?!\s+(?:much|many)\b)|because|cause|cuz|although|though|while|whereas|when|whenever|since|"
        r"plus|or|yet|then|unless|until)\b"
    ),
    negation=re.compile(
        r"\b(?:not|never|no(?!\s+(?:i'?m|im|i\s+am|i'?ve|ive|i\s+have|my|it'?s|its|wait|sorry|"
        r"actually|lol|haha|sorry)\b)|nor|neither|don't|dont|doesn't|doesnt|didn't|didnt|"
        r"(?:can't|cant|cannot|couldn't)(?!\s+(?:wait|stop|believe|get\s+enough))|"
        r"won't|wont|isn't|isnt|aren't|arent|wasn't|wasnt|ain't|aint|haven't|havent|"
        r"hasn't|hasnt|without|nobody|none|shouldn't|wouldn't|mustn't|needn't|couldnt)\b"
    ),
    no_longer=re.compile(r"\b(?:anymore|any\s+more|no\s+longer|these\s+days|nowadays)\b"),
    question_open=re.compile(
        r"^\W*(?:(?:hey|hi|hello|so|ok|okay|and|but|oh|um|well|btw|also|wait|sakura)\W+)*"
        r"(?:what|what's|whats|where|where's|wheres|when|why|how|how's|hows|who|who's|whos|"
        r"which|whose|do|does|did|can|could|would|will|are|is|am|have|has|should|shall|may|"
        r"might|wanna|remember|any|anyone|isn't|aren't|don't|didn't|you|u|r|ur)\b"
    ),
    question_bare=re.compile(
        r"^\W*(?:(?:hey|hi|hello|so|ok|okay|and|but|oh|btw|also|wait)\W+)*(?:"
        r"(?:what|what's|whats|where|where's|when|why|how|how's|hows|who|who's|which)\s+"
        r"(?:is|are|was|were|do|does|did|should|can|could|would|will|r|ur|your|you|u|'s)\b|"
        r"(?:do|does|did|can|could|would|will|are|have|should)\s+(?:you|u|ya)\b|"
        r"(?:you|u)\s+(?:remember|know|recall)\b|remember\s+(?:when|what|where|how|my)\b|"
        r"whats\s+ur|what's\s+ur)"
    ),
    hypothetical_all=re.compile(
        r"\b(?:if\s+(?:i|we)\b(?!'m\s+(?:being\s+)?honest|\s+am\s+honest|m\s+honest)|"
        r"hypothetically|imagine\s+if|what\s+if|suppose|supposing|in\s+another\s+life|if\s+only|"
        r"wonder\s+(?:what|how)\s+it(?:'d|\s+would)\s+be\b|what\s+it(?:'d|\s+would)\s+be\s+like)"
    ),
    hypothetical_rest=re.compile(
        r"\b(?:i'd|i\s+would|id\s+(?:love|like|want)|i\s+wish|wish\s+i|i\s+dream|dream\s+(?:of|about)|"
        r"daydream\w*|someday|some\s+day|one\s+day|i\s+hope\s+to|i'm\s+hoping\s+to|would\s+love|"
        r"would\s+like|fantasi[sz]e|i\s+could\s+see\s+myself|maybe\s+i'll|might\s+(?:move|live|become)|"
        r"thinking\s+(?:about|of)\s+(?:moving|becoming|going|getting|living|quitting|"
        r"switching|trying)|to\s+see\s+if\s+(?:i|we)\s+(?:can|could))"
    ),
    contrast=re.compile(r"\b(?:but|though|although|however|anyway|actually)\b|[.;]"),
    belief=re.compile(
        r"(?<!\bi\s)\b(?:assume|assumes|assumed|think|thinks|thought|believe|believes|"
        r"believed|say|says|said|expect|expects|guess|guesses|claim|claims|insist|insists|"
        r"imagine|imagines)\s+(?:that\s+)?(?:i|i'm|im)\b"
    ),
    first_person=re.compile(r"\W*(?:(?:and|but|well|yeah|no)\W+)*i\b"),
    past=re.compile(r"\b(?:used\s+to|usta|use\s+to|was\s+living|were\s+living)\b"),
    subject=user_is_subject,
)
