"""English intent patterns (chat spellings: "whats ur name", "u dont know", "im")."""

from __future__ import annotations

from types import MappingProxyType

from luminora.providers.offline.rules.base import LanguageRules

_YOU = r"(?:you|u|ya)"

RULES = LanguageRules(
    greeting=(
        r"^(?:oh |well |and )?(?:hi+|hello+|hey+|heya|hiya|howdy|yo|sup|hola|greetings"
        r"|good (?:morning|afternoon|evening|day)|morning|evening|what'?s up|wass?up)\b"
    ),
    goodbye=(
        r"\b(?:bye+|goodbye|bye bye|see (?:you|ya|u)(?: later| soon| tomorrow)?|good ?night"
        r"|gotta go|got to go|have to go|ttyl|talk (?:to you )?(?:later|soon)|cya|night night"
        r"|i'?m off to (?:bed|sleep))\b"
    ),
    thanks=r"\b(?:thanks?|thank (?:you|u)|thx|thnx|tysm|tyvm|ty|appreciate (?:it|you|that))\b",
    how_are_you=(
        rf"\bhow (?:are|r) {_YOU}\b|\bhow'?s it going\b|\bhow (?:have )?{_YOU} been\b"
        rf"|\bhow'?s (?:your|ur) day\b|\bhow (?:are|r) things\b|\bhru\b|\bhow do {_YOU} do\b"
        rf"|\b{_YOU} (?:ok|okay|good|alright|doing ok)\s*\?"
    ),
    bot_name=(
        rf"\b(?:your|ur|yo) name\b|\bwho (?:are|r) {_YOU}\b|\bwhat (?:are|r) {_YOU} called\b"
        rf"|\bwhat (?:should|do|can|shall) i call {_YOU}\b|\band {_YOU} (?:are|r)\b\W*$"
        r"|\bwho am i (?:talking|speaking|chatting) (?:to|with)\b|\bwho is this\b"
    ),
    challenge=(
        rf"\b{_YOU} (?:don'?t|do not|didn'?t|did not|dont) (?:even )?(?:know|remember|recall)\b"
        rf"|\b{_YOU} (?:forgot|forget|forgotten)\b|\b(?:did|have) {_YOU} forg[eo]t\b"
        rf"|\bdon'?t {_YOU} (?:know|remember)\b|\bforgot already\b|\b{_YOU}'?ve forgotten\b"
        rf"|\bbet {_YOU} (?:can'?t|cannot|won'?t|wouldn'?t) (?:tell|say|guess|remember)\b"
    ),
    opinion=(
        rf"\bwhat do {_YOU} think\b|\bwdyt\b|\bwhat'?s (?:your|ur) (?:opinion|take)\b"
        r"|\bhow does (?:that|it) sound\b|\bthoughts\s*\?|\bwhat would (?:you|u) say\b"
        rf"|\bdo {_YOU} like (?:it|that|the idea)\b"
    ),
    about_me=(
        rf"\bwhat (?:do|did) {_YOU} (?:know|remember) about me\b"
        rf"|\b(?:do|d) {_YOU} (?:know|remember) (?:me|who i am|anything about me)\b"
        rf"|\bwhat (?:have i|did i) (?:told|tell) {_YOU}\b|\bremember me\b"
    ),
    asking=(
        r"^(?:what|whats|where|when|who|why|how|which|do|does|did|is|are|can|could|would"
        r"|will|have|has|am|tell me|say|remind me)\b"
        r"|\b(?:remember|recall|know|forgot|forget|guess)\b|\bbet (?:you|u|ya)\b"
    ),
    lead=(
        r"so|ok|okay|k|and|but|well|oh|um|uh|hmm+|lol|lmao|haha+|alright|right|wait|then|now"
        r"|btw|also|anyway|hey|yo|hi|hello|come on|c'?mon|quick question|real quick|ha"
    ),
    feeling_bad=(
        r"\b(?:i'?m|i am|im|i feel|feeling|i'?ve been|been)\b(?: so| really| very| a bit"
        r"| kinda| kind of| pretty| super| quite| a little| totally| just){0,2} (?:sad|tired"
        r"|exhausted|stressed|lonely|down|bored|upset|anxious|worried|depressed|sick|ill"
        r"|angry|mad|frustrated|awful|terrible|miserable|overwhelmed|burn[et] out"
        r"|not (?:good|great|ok|okay|well|fine|happy))\b"
        r"|\b(?:bad|rough|terrible|awful|hard|tough|long|shitty|crappy) (?:day|week|night)\b"
    ),
    feeling_good=(
        r"\b(?:i'?m|i am|im|i feel|feeling)\b(?: so| really| very| super| pretty| quite"
        r"| totally){0,2} (?:happy|great|excited|fantastic|awesome|amazing|wonderful|thrilled"
        r"|glad|good|fine|ok|okay|well|relaxed)\b"
        r"|\b(?:great|good|amazing|awesome|wonderful|perfect|lovely) (?:day|week|news)\b"
    ),
    about_user=MappingProxyType(
        {
            "name": (
                r"\bwho am i\b(?! (?:talking|speaking|chatting))|\bwho i am\b|\bmy name\b"
                rf"|\bwhat (?:am i|i'?m) called\b|\bwhat (?:do|did|will|would) {_YOU} call me\b"
            ),
            "travel_destination": (
                r"\bwhere (?:am i|i'?m|im) (?:going|traveling|travelling|heading|flying|off to)\b"
                r"|\bwhere (?:will|do|did|should) i (?:go|travel)\b"
                r"|\bmy (?:next )?(?:trip|travel|vacation|holiday|destination|journey)s?\b"
            ),
            "location": (
                r"\bwhere (?:do|did) i live\b|\bwhere i live\b"
                r"|\bwhere (?:am i|i'?m) (?:living|based)\b|\bmy (?:city|town|address)\b"
            ),
            "hometown": r"\bwhere (?:am i|i'?m|im|i am|i come) from\b|\bmy hometown\b",
            "likes": (
                r"\bwhat (?:do|did) i (?:like|love|enjoy)\b|\bwhat i (?:like|love)\b"
                r"|\bmy (?:favou?rite|likes)\b"
            ),
            "pets": (
                r"\bmy (?:dog|cat|pet|puppy|kitten|kitty|bird|fish|hamster|rabbit|bunny|parrot"
                r"|turtle|horse)s?\b|\bdo i have (?:a |any )?(?:pets?|dogs?|cats?)\b"
            ),
            "age": r"\bhow old (?:am i|i am)\b|\bmy age\b",
            "occupation": (
                r"\bwhat (?:do|did) i do for (?:a )?(?:living|work)\b|\bwhat do i work\b"
                r"|\bmy (?:job|work|profession|occupation|career)\b"
            ),
            "employer": (
                r"\bwhere (?:do|did) i work\b|\bwho do i work for\b|\bmy (?:company|employer)\b"
            ),
            "hobbies": r"\bwhat do i do for fun\b|\bmy (?:hobby|hobbies|pastimes?)\b",
            "partner": (
                r"\bmy (?:girlfriend|boyfriend|gf|bf|wife|husband|partner|fiancee?|spouse)\b"
            ),
            "family": (
                r"\bmy (?:family|mom|mum|mother|dad|father|parents?|sisters?|brothers?"
                r"|siblings?|kids?|children|son|daughter|grandma|grandpa)\b"
            ),
            "birthday": (
                r"\bwhen(?:'?s| is) my birthday\b|\bwhen was i born\b|\bmy (?:birthday|bday)\b"
            ),
            "languages": r"\bwhat languages? do i speak\b|\blanguages? i speak\b",
            "allergies": r"\bmy allerg(?:y|ies)\b|\bwhat am i allergic to\b|\bam i allergic\b",
            "goals": r"\bmy (?:goals?|dreams?)\b",
            "dislikes": r"\bwhat (?:do|did) i (?:hate|dislike|not like|don'?t like)\b",
        }
    ),
    topics=MappingProxyType(
        {
            "work": r"\b(?:work|working|job|boss|office|meeting|shift|colleagues?|coworkers?)\b",
            "study": (
                r"\b(?:school|class|classes|exams?|homework|university|college|uni|study"
                r"|studying|course)\b"
            ),
            "food": (
                r"\b(?:food|eat|eating|ate|dinner|lunch|breakfast|cook|cooking|pizza|sushi"
                r"|pasta|hungry|recipe)\b"
            ),
            "music": r"\b(?:music|songs?|band|concert|album|guitar|piano|singing)\b",
            "screen": r"\b(?:movies?|films?|series|show|netflix|anime|episode|tv)\b",
            "games": r"\b(?:video ?games?|gaming|gamer|playstation|ps5|xbox|nintendo|minecraft)\b",
            "sport": (
                r"\b(?:gym|workout|running|football|soccer|basketball|tennis|sports?|training"
                r"|yoga|swimming|hiking)\b"
            ),
            "books": r"\b(?:books?|reading|novel|author)\b",
            "weather": r"\b(?:weather|rain|raining|sunny|snow|snowing|cold outside|so hot)\b",
            "sleep": r"\b(?:sleep|sleeping|slept|insomnia|nap)\b",
        }
    ),
)
