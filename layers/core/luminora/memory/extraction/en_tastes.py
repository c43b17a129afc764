"""English rules about what the user does and wants: hobbies, tastes, health, goals, pets."""

from __future__ import annotations

from luminora.memory.extraction import en_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.birth import born
from luminora.memory.extraction.en_base import (
    ADV,
    GOAL_LINKS,
    GOAL_STOPS,
    IM,
    MONTHS,
    collecting,
    especially,
    gerund,
    like_item,
    person_of,
    quit_items,
    verb_activity,
    walked_pet,
)
from luminora.memory.extraction.engine import ANY_KEY, rule
from luminora.memory.extraction.vocab import words
from luminora.models.facts import FactOp

# "studying to be a nurse": the goal is what the user will be.
BECOME = words("be become")

RULES = (
    # "if it weren't for my allergy to cats, ...": "my allergy" holds even in a conditional
    rule(
        "allergies",
        r"\bmy\s+(?:(?:severe|bad|mild|stupid)\s+)?(?:allergy|allergies)\s+to\s+",
        rd.items("allergies"),
        confidence=0.85,
        hypothetical=True,
        negatable=False,  # "si no fuera por mi alergia ..."
        gate="my ",
    ),
    # hobbies
    rule(
        "hobbies",
        r"\b(?:go|went)\s+(?P<v>[a-z]+ing)\b",
        gerund,
        confidence=0.85,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bgo\s+for\s+(?:a|an)\s+(?:\w+\s+)?(?P<v>run|swim|hike|jog|ride|bike\s+ride|walk)\b",
        verb_activity,
        confidence=0.8,
        subject=True,
    ),
    rule(
        "hobbies",
        r"\bplay\s+(?:(?:a\s+lot\s+of|some|lots\s+of)\s+)?",
        rd.items("hobbies", max_tokens=3),
        confidence=0.85,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"\b(?P<v>{'|'.join(sorted(w.ACTIVITY_VERBS, key=len, reverse=True))})"
        rf"(?:\s+(?:{'|'.join(sorted(w.HOBBY_OBJECTS))}))?"
        r"(?=\s*(?:$|[,.!;]|\b(?:and|every|on|at|in|a\s+lot|daily|regularly|twice|once|most|"
        r"whenever|sometimes|often|when|with|for\s+fun|as\s+a\s+hobby|competitively|"
        r"almost|pretty\s+much|nearly|three|two|four|several|religiously|lol|anymore|any\s+more|"
        r"though|tho|"
        r"these\s+days|nowadays|lately|again|together|professionally)\b))",
        verb_activity,
        confidence=0.85,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"\b(?:do|doing|practice|practise|practicing|practising)\s+(?:a\s+lot\s+of\s+|some\s+|the\s+)?"
        rf"(?P<v>{w.DO_ACTIVITIES.regex})\b",
        rd.lexicon("hobbies", w.DO_ACTIVITIES),
        confidence=0.85,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\b(?:'ve|have|ve)\s+been\s+playing\s+(?=[\w\s]{2,30}?\s+(?:since|for\s+(?:\w+\s+)?(?:years?|months))\b)",
        rd.items("hobbies", max_tokens=3),
        confidence=0.85,
        subject=True,
    ),
    rule(
        "hobbies",
        r"\bcollect\s+(?!(?:my|our|the|his|her|him|them|it|your|money|data)\b)(?=[a-z])",
        collecting,
        confidence=0.8,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bmy\s+(?:favou?rite\s+)?(?:hobbies|hobby)\s+(?:are|is|include)\s+",
        rd.items("hobbies"),
        confidence=0.95,
    ),
    rule(
        "hobbies",
        r"\b(?:got\s+back|came\s+back|just\s+back|back|home|returned)\s+from\s+(?:a|my|the)\s+"
        r"(?:(?:long|quick|short|morning|evening|early|little|great|good)\s+)?"
        r"(?P<v>run|swim|hike|jog|bike\s+ride|ride|climb|workout|yoga\s+class|spin\s+class|dance\s+class|surf)\b",
        verb_activity,
        confidence=0.6,
        subject=True,
    ),
    rule(
        "hobbies",
        r"\b(?:like|love|enjoy|adore)\s+to\s+(?P<v>\w+(?:\s+out)?)",
        verb_activity,
        confidence=0.8,
        subject=True,
    ),
    rule(
        "hobbies",
        r"\b(?:quit|stopped|gave\s+up|given\s+up|cut\s+out|ditched|dropped|scratch(?:\s+the)?|"
        r"no\s+more|(?:had|decided|chose|needed)\s+to\s+(?:give\s+up|quit|stop|drop)|"
        r"(?:gone|went|going)\s+off|fell\s+out\s+of\s+love\s+with|"
        r"(?:'m|am)\s+(?:so\s+|kinda\s+)?(?:over|done\s+with|sick\s+of|tired\s+of|off))\s+",
        quit_items,
        op=FactOp.RETRACT,
        negatable=False,
        subject=True,
    ),
    # "golf is out now", "the gym's over for me": withdrawn, whatever key it was under.
    rule(
        ANY_KEY,
        r"(?:^|[,;:]\s*|\b(?:and|but|so|ok|okay|well)\s+)\W*(?:the\s+)?"
        r"(?P<v>(?!(?:it|this|that|he|she|they|everything|power|light|lights|sun)\b)[a-z][\w'-]*"
        r"(?:\s+[a-z][\w'-]*)?)(?:\s+is|'s)\s+"
        r"(?:(?:out|off\s+the\s+(?:table|list|menu))(?:\s+(?:now|for\s+me|for\s+good))?"
        r"(?=\s*(?:[,.;!]|$|now|for|too|since|cause|because|after))|over\s+for\s+me)\b",
        rd.group(ANY_KEY),
        op=FactOp.RETRACT,
        negatable=False,
        gate=r"out|off the|over for",
    ),
    # "I lied about Greek", "forget what I said about the jogging": whatever it was.
    rule(
        "hobbies",
        r"\b(?:lied|(?:was|were)\s+(?:kidding|joking)|exaggerated)\s+about\s+|"
        r"\b(?:forget|ignore|disregard)\s+(?:what\s+i\s+said\s+about|the\s+(?:bit|part)\s+about|about)\s+|"
        # "ok, forget the Italian": an imperative at the start of a clause.
        r"(?:^|[,;:.!]\s*|\b(?:ok|okay|so|just|and)\s+)(?:forget|scratch|strike)\s+the\s+",
        rd.items(ANY_KEY),
        op=FactOp.RETRACT,
        negatable=False,
    ),
    # likes and dislikes
    rule(
        "likes",
        # ("I work like data analyst": "like" is "as" in non-native English, see the job rules)
        r"\b(?:like(?<!\bwork\slike)(?<!\bworking\slike)|love|adore|enjoy|dig|prefer|into|obsessed\s+(?:with|w/)|crazy\s+about|"
        r"(?:a\s+)?(?:big\s+|huge\s+|massive\s+)?fan\s+of|passionate\s+about|hooked\s+on|"
        r"addicted\s+to|loving|luv)\s+",
        rd.items("likes", mapping=like_item),
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "likes",
        rf"{IM}\s+{ADV}a\s+(?:big\s+|huge\s+|massive\s+|die-hard\s+|diehard\s+)?"
        r"(?!(?:big|huge|massive|die-hard|diehard|total|real|true)\s+fan\b)"
        r"(?P<v>[\w'-]+(?:\s+[\w'-]+)?)\s+fan\b",
        rd.group("likes"),
        confidence=0.85,
    ),
    # "I'm more of a beach person", "I'm a dog person" (not "a morning person").
    rule(
        "likes",
        rf"{IM}\s+{ADV}(?:(?:much\s+)?more\s+of\s+|kind\s+of\s+|such\s+|a\s+bit\s+of\s+)?an?\s+"
        r"(?:(?:big|huge|total|real|true)\s+)?(?P<v>[\w'-]+(?:\s+[\w'-]+)?)\s+person\b",
        person_of,
        confidence=0.8,
        gate="person",
    ),
    # "I love K-dramas, especially Crash Landing": one more liked thing (or disliked, after
    # "hate").
    rule(
        "likes",
        r"\b(?:especially|particularly|specially)\s+",
        especially,
        confidence=0.8,
        needs=("likes", "dislikes"),
        negatable=False,
    ),
    # "I don't eat mushrooms, I hate the texture": what "the texture" is of.
    rule(
        "dislikes",
        r"\b(?:never|don't|dont|do\s+not|won't|wont|can't|cant)\s+(?:eat|drink|touch|have)\s+"
        r"(?:any\s+)?(?P<v>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s*[,;]?\s+(?:(?:i|and|because|"
        r"cause|cuz|just|really|honestly|simply)\s+)*(?:can't\s+stand|cant\s+stand|hate|dislike|"
        r"loathe|can't\s+bear|cant\s+bear|don't\s+like|dont\s+like)\s+(?:the|its|their)\s+"
        r"(?:taste|smell|texture|flavou?r|consistency)\b",
        rd.group("dislikes"),
        negatable=False,
        subject=True,
        gate=r"taste|smell|texture|flavou?r|consistency",
    ),
    # "I can't live without coffee", "cannot live w/o kpop"
    rule(
        "likes",
        r"\b(?:can'?t|cannot|could\s*n'?t)\s+(?:really\s+)?live\s+without\s+",
        rd.items("likes", max_tokens=3),
        confidence=0.85,
        subject=True,
        negatable=False,
        gate="live without",
    ),
    rule(
        "likes",
        r"\bmy\s+(?:favou?rite|fave|fav)\s+(?:[\w-]+\s+){0,2}(?:is|are)\s+",
        rd.items("likes"),
        confidence=0.9,
    ),
    rule(
        "dislikes",
        r"\b(?P<t>hate|dislike|detest|despise|loathe|can't\s+stand|cant\s+stand|cannot\s+stand|"
        r"can't\s+bear|cant\s+bear|don't\s+like|dont\s+like|do\s+not\s+like|don't\s+really\s+like|"
        r"(?:'m|m|am)\s+not\s+a\s+(?:big\s+)?fan\s+of)\s+",
        rd.items("dislikes"),
        subject=True,
        skip_when_no_longer=True,
    ),
    rule(
        "likes",
        r"\b(?:eat|drink)\s+",
        rd.items("likes", max_tokens=3),
        subject=True,
        only_when_no_longer=True,
    ),
    # health
    rule(
        "allergies",
        r"\b(?:allergic|allergy|allergies)\s+(?:to|2)\s+",
        rd.items("allergies"),
        confidence=0.95,
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "allergies",
        r"\b(?:have|got)\s+(?:an?\s+|some\s+)?(?:(?:severe|bad|mild|serious)\s+)?(?P<v>[\w-]+(?:\s+[\w-]+)?)\s+allerg(?:y|ies)\b",
        rd.group("allergies"),
        confidence=0.9,
        subject=True,
    ),
    rule(
        "allergies",
        rf"{IM}\s+{ADV}(?P<v>lactose|gluten)[\s-]intolerant",
        rd.group("allergies"),
        confidence=0.75,
    ),
    rule(
        "allergies",
        rf"{IM}\s+{ADV}(?:a\s+)?(?:celiac|coeliac)\b",
        rd.constant("allergies", "gluten"),
        confidence=0.75,
    ),
    # languages
    rule(
        "languages",
        r"\b(?:speak|fluent\s+in|bilingual\s+in|trilingual\s+in|native\s+in|"
        r"(?:grew\s+up|was\s+raised|brought\s+up)\s+speaking)\s+",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
        subject=True,
        retract_when_negated=True,
    ),
    rule(
        "languages",
        r"\bmy\s+(?:native|first|mother)\s+(?:language|tongue)\s+is\s+",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
    ),
    rule(
        "languages",
        rf"{IM}\s+{ADV}(?:a\s+)?native\s+(?P<v>{w.LANGUAGES.regex})\s+speaker",
        rd.lexicon("languages", w.LANGUAGES),
    ),
    rule(
        "languages",
        r"[,;]\s*(?:but\s+)?(?:only|just)\s+(?:speak\s+)?",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
        needs="languages",
        negatable=False,
    ),
    # goals
    rule(
        "goals",
        r"\bmy\s+(?:(?:main|big|biggest|new|personal|current|only)\s+)?(?:goal|aim|objective|resolution|"
        r"new\s+year's\s+resolution)\s+(?:for\s+\w+(?:\s+\w+)?\s+)?(?:is|was|this\s+year\s+is)\s+(?:to\s+)?",
        rd.phrase("goals", max_tokens=7, stops=GOAL_STOPS, allow=GOAL_LINKS),
        hypothetical=True,
    ),
    rule(
        "goals",
        r"^\W*(?:(?:so|and|ok|okay|also)\W+)?(?:next|new|main|big|the)\s+goal\s*(?::|-|=|is)\s*(?:to\s+)?",
        rd.phrase("goals", max_tokens=7, stops=GOAL_STOPS, allow=GOAL_LINKS),
        hypothetical=True,
        gate="goal",
    ),
    rule(
        "goals",
        rf"{IM}\s+{ADV}(?:training|preparing|practicing|practising|saving\s+up|saving)\s+for\s+",
        rd.phrase("goals", max_tokens=5, allow=GOAL_LINKS),
        confidence=0.85,
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\b(?:trying|working|hoping|aiming|want|wanna|hope|plan|intend|need|going|gonna)\s+(?:to\s+)?"
        r"(?=(?:learn|run|pass|finish|lose|get\s+(?:fit|my|a\s+job|in\s+shape)|become|write|start|save|"
        r"build|launch|open|climb|complete|quit|graduate|improve|read|gain|master|earn|buy)\b)",
        rd.phrase("goals", max_tokens=7, stops=GOAL_STOPS, allow=GOAL_LINKS),
        confidence=0.7,
        hypothetical=True,
        subject=True,
    ),
    rule(
        "goals",
        rf"\b(?P<v>(?:learning|studying)\s+)(?=(?:{w.LANGUAGES.regex}|to\s+(?!be(?:come)?\b)\w+)\b)",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS, allow=GOAL_LINKS),
        confidence=0.75,
        hypothetical=True,
        subject=True,
    ),
    rule(
        "goals",
        r"\b(?:studying|training|working|learning|going\s+back\s+to\s+school)\s+to\s+(?P<v>be(?:come)?\s+)",
        rd.phrase("goals", max_tokens=6, stops=GOAL_STOPS, allow=BECOME),
        confidence=0.75,
        hypothetical=True,
        subject=True,
    ),
    # birthday
    rule(
        "birthday",
        r"(?:\bmy\s+|^\W*)(?:birthday|bday|b-day|birth\s+date|date\s+of\s+birth)(?:'s|\s+is|\s+falls)?\s+(?:on\s+)?",
        rd.date(MONTHS),
        confidence=0.95,
        gate=r"birth|bday|b-day",
    ),
    rule("birthday", r"\bborn\s+on\s+", rd.date(MONTHS), subject=True),
    # "that's my brother's. Mine is April 2": a day and month said as "mine"
    rule(
        "birthday",
        rf"\bmine(?:'s|\s+is|s)\s+(?:on\s+)?(?:the\s+)?(?=(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:{MONTHS})\b)",
        rd.date(MONTHS),
        confidence=0.8,
        gate="mine",
    ),
    # "born in Leeds on 3 May", "born on 3 May in Leeds"
    rule("birthday", r"\bborn\s+", born(MONTHS, "in|at", "on"), subject=True, gate="born"),
    # pets walked by name
    rule(
        "pets",
        r"\b(?:walking|walk|walked|took|take|taking)\s+(?=[a-z])",
        walked_pet,
        confidence=0.6,
        subject=True,
    ),
)
