"""German rules: "ich" + verb, or the verb first with "ich" after it ("Seit Mai wohne ich ...")."""

from __future__ import annotations

import re

from luminora.memory.extraction import de_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.birth import born
from luminora.memory.extraction.elliptical import elliptical_rules
from luminora.memory.extraction.engine import Found, Match, Pack, Reader, rule
from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.relations import RelationGrammar, relation_rules
from luminora.memory.extraction.relative import where_rule
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.values import capitalize_first
from luminora.memory.extraction.vocab import words
from luminora.models.facts import FactOp

ADV = (
    r"(?:(?:jetzt|aktuell|momentan|derzeit|zurzeit|schon|noch|seit\s+\w+(?:\s+\w+)?|auch|"
    r"gerade|eigentlich|wirklich|sehr|gern|gerne|mittlerweile|inzwischen|nicht|kein|keine|"
    r"nie|mehr|gar|total|echt|ganz|aber|doch|halt|eben|ja|ubrigens)\s+)*"
)


def verb(forms: str) -> str:
    """A first-person verb ("wohne", "komme"): "ich wohne", "wohne ich", or a bare "wohne".

    German's "-e" forms already say who speaks, so the pattern starts at the verb.
    """
    return rf"\b(?:{forms})\b\s*(?:ich\s+)?{ADV}"


NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS['de']})"
MONTHS = (
    r"januar|janner|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember"
)
NESTED_PLACE = r"\b(?:in|im)\s+"
JOB_STOPS = words("bei in im fur seit und aber")
GOAL_STOPS = words("bis und aber weil wenn dieses diesen")
AGE_END = r"(?=\s*(?:[,.;:!?]|$|\b(?:und|aber|jahre|geworden|lol|haha)\b))"
_NAT_END = r"(?=\s*(?:[,.;:!?]|$|\b(?:und|aber|aus|mit|lol)\b))"


def _is_job(low: str) -> bool:
    """German compounds count by their last part ("Softwareentwickler")."""
    return low in w.OCCUPATIONS or any(low.endswith(job) and len(job) >= 5 for job in w.OCCUPATIONS)


def _job(match: Match) -> list[Found]:
    """A job phrase ending in a job word."""
    found = rd.walk(match.sent, match.words, match.start, max_tokens=3, stops=JOB_STOPS)
    if not found or not _is_job(found[0][-1].low):
        return []
    return [Found("occupation", rd.raw_text(match.sent, found[0], match.words))]


def _role(match: Match) -> list[Found]:
    """The role in group `v` ("Als Ärztin sehe ich ..."), when its last word is a job."""
    value = match.m.group("v")
    if not _is_job(value.split()[-1]):
        return []
    start, end = match.m.span("v")
    return [Found("occupation", match.sent.raw[start:end])]


# "Ich arbeite als Pflegerin bei Vivantes": the job, then the employer after "bei"/"für".
# After "an der", "am" ("Pfleger an der Charité", "Arzt am Klinikum Nord") a name that reads
# as an organisation is the employer, not a generic noun ("an der Kasse", "an der Ostsee").
_GENERIC_AT = re.compile(
    r"^[a-z]*(?:schule|uni|universitat|hochschule|kasse|see|kuste|theke|bar|rezeption|front|"
    r"grenze|spitze|borse|basis|hotline|maschine|ecke|strasse|strand|bahn)$"
)


def _org_at(read_job: Reader, link: str, confidence: float | None = 0.85) -> Reader:
    read = rd.with_employer(read_job, link, confidence, located="an|am")

    def check(match: Match) -> list[Found]:
        return [
            f
            for f in read(match)
            if f.key != "employer" or " " in f.value or not _GENERIC_AT.match(fold(f.value))
        ]

    return check


_job_at = _org_at(rd.phrase("occupation", stops=JOB_STOPS, max_tokens=3), "bei|fur", None)


def _activity(match: Match) -> list[Found]:
    value = w.ACTIVITY_VERBS.get(match.m.group("v"))
    return [Found("hobbies", value)] if value else []


def _capitalized_group(match: Match) -> list[Found]:
    start, end = match.m.span("v")
    value = capitalize_first(match.sent.raw[start:end])
    return [Found(match.rule.key, value)] if value else []


def _born_in(match: Match) -> list[Found]:
    """ "ich bin in Hamburg geboren / aufgewachsen"."""
    value = rd.read_place(match.sent, match.words, match.start, nested=re.compile(r"(?!)"))
    if not value:
        return []
    after = match.sent.low[match.start + len(value) : match.start + len(value) + 30]
    if re.match(r"\s*(?:geboren|aufgewachsen|groß\s+geworden|gross\s+geworden)", after):
        return [Found("hometown", value)]
    return []


def _married_to(match: Match) -> list[Found]:
    got = rd.read_name(match.sent, match.words, match.start, strict=False)
    if got is None:
        return []
    after = match.sent.low[got[2] : got[2] + 25]
    if re.match(r"\s*(?:verheiratet|zusammen|verlobt)", after):
        return [Found("partner", got[0])]
    return []


RULES = (
    # "meine Kollegen bei Bosch": the user's coworkers name the employer
    rule(
        "employer",
        r"\bmeine\s+(?:kollegen|kolleginnen|arbeitskollegen)\s+(?:bei|von)\s+(?=[a-z])",
        rd.named_employer,
        confidence=0.7,
        gate="meine ",
    ),
    # "ich bin in Rente", "ich bin im Ruhestand": the user is retired.
    rule(
        "occupation",
        r"\bich\s+bin\s+(?:(?:schon|jetzt|seit\s+\w+(?:\s+\w+)?|endlich|inzwischen)\s+)*"
        r"(?:in\s+rente|im\s+ruhestand|in\s+pension|pensioniert|verrentet)\b",
        rd.constant("occupation", "Rentner"),
        confidence=0.8,
        gate=r"rente|ruhestand|pension|verrentet",
    ),
    # name
    rule("name", rf"{verb('heiße|heisse|heiß|heiss')}", rd.name(explicit=True), confidence=0.95),
    rule("name", r"\bmein\s+name\s+ist\s+", rd.name(explicit=True), confidence=0.95),
    rule(
        "name",
        r"\b(?:nenn\s+mich|nennt\s+mich|man\s+nennt\s+mich|alle\s+nennen\s+mich)\s+",
        rd.name(strict=True, explicit=True, low_confidence=0.8),
        confidence=0.85,
    ),
    rule("name", r"\bich\s+bin\s+(?:der\s+|die\s+)?", rd.name(strict=True, low_confidence=0.8)),
    # age
    rule(
        "age",
        rf"\bbin\s+(?:ich\s+)?(?:{ADV})?(?P<v>{NUM})(?:\s+jahre(?:\s+alt)?)?{AGE_END}",
        rd.age("de"),
        confidence=0.95,
    ),
    rule(
        "age",
        rf"\bich\s+bin\s+(?:gerade|letzte\s+woche|neulich)?\s*(?P<v>{NUM})\s+geworden\b",
        rd.age("de"),
    ),
    # "ich bin Tim und 24 Jahre alt"
    rule("age", rf"\bund\s+(?P<v>{NUM})\s+jahre\s+alt\b", rd.age("de"), elided=True),
    rule(
        "age",
        rf"(?:^\s*|[,;]\s*)(?P<v>\d{{1,2}}|{NUMBER_WORDS['de']})\s*(?:jahre(?:\s+alt)?)?\s*(?=[,;.!]|$|\b(?:e|et|und|y)\b)",
        rd.age("de"),
        confidence=0.8,
        needs="name",
    ),
    # "Jonas, 29, Softwareentwickler bei SAP": a job in apposition to the name.
    rule(
        "occupation",
        r"[,;]\s*(?:ein\s+|eine\s+)?(?=[a-z])",
        rd.with_employer(_job, "bei|fur", 0.75),
        confidence=0.7,
        needs="name",
    ),
    # "soy nacho, de sevilla": where the user is from, in apposition to the name.
    rule(
        "hometown",
        r"(?:^\s*|[,;]\s*)aus\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.75,
        needs="name",
    ),
    # where the user lives and comes from
    # "mein kleines Café hier in Bremen": where the user is, unless the message talks of a
    # visit ("im Urlaub hier in Wien")
    rule(
        "location",
        r"\bhier\s+in\s+",
        rd.local_place(
            r"\b(?:urlaub|reise|besuch\w*|durchreise|hotel|wochenende|konferenz|touristen?|"
            r"flitterwochen|ein\s+paar\s+tage|war|waren|heiss|kalt|"
            r"regnet|sonne|schnee|wetter)\b",
            r"\b(?:wohne|lebe|bin)\s+(?:\w+\s+)?(?:nicht|nie|keine?)\b",
        ),
        confidence=0.7,
        negatable=False,
        gate="hier in",
    ),
    rule(
        "location",
        rf"{verb('wohne|lebe')}(?:allein\s+)?(?:in|im|bei)\s+",
        rd.place("location", NESTED_PLACE),
        retract_when_negated=True,
    ),
    # "ich bin seit drei Jahren in Leipzig": years (not days: a trip) spent in a place.
    rule(
        "location",
        r"\b(?:ich\s+bin|bin\s+ich)\s+(?:schon\s+|jetzt\s+)*(?:seit\s+(?:\w+\s+){1,2}?"
        r"(?:jahren|monaten)\s+in\s+|in\s+(?=\S+(?:\s+\S+){0,2}?\s+seit\s+(?:\w+\s+){0,2}?"
        r"(?:jahren|monaten)\b))",
        rd.place("location", r"(?!)"),
        confidence=0.8,
        gate="seit",
    ),
    rule(
        "location",
        rf"{verb('wohnte|lebte')}(?:in|im)\s+",
        rd.place("location", NESTED_PLACE),
        op=FactOp.RETRACT,
    ),
    rule(
        "location",
        r"\bich\s+bin\s+(?:vor\s+\w+\s+\w+\s+|letztes\s+jahr\s+|gerade\s+|kurzlich\s+)?nach\s+(?P<v>[\w-]+(?:\s+[\w-]+)?)\s+gezogen\b",
        rd.group("location"),
    ),
    rule(
        "hometown",
        rf"{verb('komme|stamme')}(?:ursprunglich\s+)?aus\s+(?:der\s+|dem\s+)?",
        rd.place("hometown", NESTED_PLACE),
        retract_when_negated=True,
    ),
    rule(
        "hometown",
        r"\bich\s+bin\s+(?:ursprunglich\s+)?aus\s+(?:der\s+|dem\s+)?",
        rd.place("hometown", NESTED_PLACE),
    ),
    rule("hometown", r"\bich\s+bin\s+in\s+", _born_in, confidence=0.85),
    rule(
        "nationality",
        rf"\bich\s+bin\s+(?:{ADV})?(?P<v>{w.NATIONALITIES.regex}){_NAT_END}",
        rd.lexicon("nationality", w.NATIONALITIES),
        retract_when_negated=True,
    ),
    # diet
    rule(
        "diet",
        # ("..., bin Vegetarierin": "bin" says who speaks, "ich" may be left out in a list)
        rf"(?:\bich\s+bin|(?:^|[,;]\s*)(?:und\s+)?bin|\bich\s+ernahre\s+mich|\bich\s+esse|\bich\s+lebe)\s+"
        rf"(?:{ADV})?(?P<v>{w.DIETS.regex})\b",
        rd.lexicon("diet", w.DIETS),
        retract_when_negated=True,
    ),
    # work
    rule(
        "occupation",
        rf"{verb('arbeite')}als\s+",
        _job_at,
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        rf"{verb('arbeite')}(?:bei|fur)\s+[\w&'.-]+(?:\s+[\w&'.-]+){{0,3}}?\s+als\s+",
        rd.phrase("occupation", stops=JOB_STOPS, max_tokens=3),
        confidence=0.9,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        rf"{verb('arbeitete')}als\s+",
        rd.phrase("occupation", stops=JOB_STOPS, max_tokens=3),
        op=FactOp.RETRACT,
    ),
    rule(
        "occupation",
        rf"\bich\s+bin\s+(?:{ADV})?(?:von\s+beruf\s+)?(?:ein\s+|eine\s+)?",
        _org_at(_job, "bei|fur"),
        retract_when_negated=True,
    ),
    # "Als Ärztin sehe ich ...": a role that opens the sentence, the verb and "ich" after it.
    rule(
        "occupation",
        r"(?:^|[,;:]\s*)\W*als\s+(?:eine?\s+)?(?P<v>[\w-]+(?:\s+[\w-]+)?)\s+\w+\s+ich\b",
        _role,
        confidence=0.7,
        gate="als ",
    ),
    rule(
        "occupation",
        r"\bich\s+mache\s+(?:gerade\s+)?eine\s+ausbildung\s+(?:als|zum|zur)\s+",
        rd.phrase("occupation", stops=JOB_STOPS, max_tokens=2),
        confidence=0.8,
    ),
    rule(
        "occupation",
        r"\b(?:ich\s+)?studiere\s+(?=[a-z])",
        rd.constant("occupation", "Student"),
        confidence=0.75,
    ),
    rule(
        "employer",
        rf"{verb('arbeite')}(?:bei|fur)\s+",
        rd.place("employer", r"(?!)"),
        retract_when_negated=True,
    ),
    # "Ich habe den Job gewechselt, jetzt bin ich bei Bosch": after a change of job.
    rule(
        "employer",
        r"\b(?:bin\s+ich|ich\s+bin)\s+(?:jetzt\s+|nun\s+|inzwischen\s+|mittlerweile\s+)*bei\s+",
        rd.when_said(
            r"\b(?:job|arbeitgeber|stelle|firma|arbeit)\s+gewechselt\b|"
            r"\bneuen?\s+(?:job|stelle|arbeitgeber|arbeit)\b",
            rd.named_employer,
        ),
        confidence=0.8,
        gate="bei ",
    ),
    rule(
        "employer",
        rf"{verb('arbeitete')}(?:bei|fur)\s+",
        rd.place("employer", r"(?!)"),
        op=FactOp.RETRACT,
    ),
    # partner
    rule("partner", r"\bich\s+bin\s+(?:seit\s+\w+\s+\w+\s+)?mit\s+", _married_to, confidence=0.9),
    rule(
        "partner",
        r"\bich\s+bin\s+(?:seit\s+\w+\s+\w+\s+)?(?:verheiratet|verlobt|zusammen)\s+mit\s+",
        rd.name("partner"),
        confidence=0.9,
    ),
    # hobbies
    rule(
        "hobbies",
        rf"{verb('spiele')}(?:(?:viel|oft|regelmaßig|am\s+liebsten|in\s+meiner\s+freizeit|am\s+wochenende|"
        r"abends|jeden\s+\w+|seit\s+\w+\s+jahren)\s+)*",
        rd.items("hobbies", max_tokens=2),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"(?:^|[,;.]\s*)\W*(?P<v>[\w-]+)\s+spiele\s+ich\b",
        _capitalized_group,
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"{verb('mache|treibe')}(?P<v>{w.DO_ACTIVITIES.regex})\b",
        rd.lexicon("hobbies", w.DO_ACTIVITIES, lists=True),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"\bich\s+{ADV}(?P<v>{'|'.join(w.ACTIVITY_VERBS)})(?=\s*(?:$|[,.!;]|\b(?:und|gern|gerne|viel|oft|jeden|jede|regelmaßig|am|seit|sehr)\b))",
        _activity,
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\b(?:ich\s+gehe|gehe\s+ich)\s+(?:(?:gern|gerne|oft|regelmaßig|jeden\s+\w+)\s+)*(?P<v>wandern|schwimmen|klettern|joggen|laufen|tanzen|angeln|reiten|surfen|bouldern|segeln|tauchen)\b",
        _capitalized_group,
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bich\s+fahre\s+(?:gern\s+|gerne\s+|viel\s+)?(?P<v>rad|fahrrad|ski|snowboard|motorrad|inliner)\b",
        _capitalized_group,
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bich\s+habe\s+(?:mit\s+(?:dem\s+|der\s+)?(?P<v>[\w-]+)\s+aufgehort)",
        _capitalized_group,
        op=FactOp.RETRACT,
        negatable=False,
    ),
    rule(
        "hobbies",
        r"\bmeine\s+hobbys?\s+sind\s+|\bmein\s+hobby\s+ist\s+",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        confidence=0.95,
    ),
    # likes and dislikes
    rule("likes", rf"{verb('mag|liebe')}", rd.items("likes"), retract_when_negated=True),
    rule(
        "likes",
        r"\bich\s+(?:esse|hore|schaue|trinke|lese)\s+(?:(?:sehr|total|wirklich)\s+)?gerne?\s+",
        rd.items("likes"),
        confidence=0.85,
    ),
    rule(
        "likes",
        r"(?:^|[,;.]\s*)\W*(?P<v>[\w-]+)\s+(?:mag|liebe|trinke|esse|hore|lese|schaue)\s+ich\b",
        _capitalized_group,
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "likes",
        r"\bich\s+bin\s+(?:ein\s+|eine\s+)?(?:gro(?:ß|ss)er\s+|riesiger\s+)?fan\s+von\s+",
        rd.items("likes"),
        retract_when_negated=True,
    ),
    rule(
        "likes", r"\bich\s+stehe\s+(?:total\s+|voll\s+)?auf\s+", rd.items("likes"), confidence=0.85
    ),
    rule(
        "dislikes",
        r"\bich\s+(?P<t>hasse|mag\s+(?:keine|keinen|kein)|kann\s+\w+\s+nicht\s+ausstehen|verabscheue)\s+",
        rd.items("dislikes"),
        skip_when_no_longer=True,
        negatable=False,
    ),
    rule(
        "likes",
        r"\bich\s+(?:esse|trinke)\s+(?:keine?n?\s+)?",
        rd.items("likes", max_tokens=2),
        only_when_no_longer=True,
    ),
    # health
    rule(
        "allergies",
        r"\bich\s+(?:bin|reagiere)\s+(?:sehr\s+|stark\s+)?allergisch\s+(?:gegen|auf)\s+",
        rd.items("allergies"),
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "allergies",
        r"\bund\s+(?:sehr\s+|stark\s+)?allergisch\s+(?:gegen|auf)\s+",
        rd.items("allergies"),
        elided=True,
    ),
    rule(
        "allergies",
        r"\bich\s+habe\s+(?:eine\s+)?(?P<v>[\w]+?)-?allergie\b",
        _capitalized_group,
        confidence=0.9,
    ),
    rule(
        "allergies",
        r"\bich\s+habe\s+(?:eine\s+)?allergie\s+gegen\s+",
        rd.items("allergies"),
        confidence=0.95,
    ),
    rule(
        "allergies",
        r"\bich\s+vertrage\s+(?:keine|keinen|kein)\s+",
        rd.items("allergies"),
        confidence=0.7,
        negatable=False,
    ),
    # languages
    rule(
        "languages",
        rf"{verb('spreche')}(?:(?:fließend|fliessend|gut|ein\s+bisschen|etwas|auch)\s+)?|\bmeine\s+muttersprache\s+ist\s+",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
        retract_when_negated=True,
    ),
    # goals
    rule(
        "goals",
        r"\bmein\s+(?:gro(?:ß|ss)es\s+)?ziel\s+ist\s+(?:es\s+)?",
        rd.phrase("goals", max_tokens=7, stops=GOAL_STOPS),
        hypothetical=True,
    ),
    rule(
        "goals",
        rf"{verb('trainiere')}fur\s+",
        rd.phrase("goals", max_tokens=4),
        confidence=0.85,
        hypothetical=True,
    ),
    rule(
        "goals",
        r"\bich\s+(?:(?:will|mochte|fange\s+an)\s+)?(?P<v>(?:lerne|lernen)\s+)(?=[a-z])",
        rd.phrase("goals", max_tokens=4, stops=GOAL_STOPS),
        confidence=0.75,
        hypothetical=True,
    ),
    # travel
    rule(
        "travel_destination",
        rf"(?:{verb('fliege|flieg|fahre|fahr|reise|reis|gehe|geh|komme|komm|trampe')}|\bwir\s+(?:fliegen|fahren|reisen|gehen)\s+"
        r"|\b(?:fliegen|fahren|reisen)\s+wir\s+)"
        r"(?:(?:nachste|nachsten|nachstes|diese|diesen|dieses|im|am|bald|morgen|ubermorgen|"
        r"in\s+den|an)\s+\w*\s*)?nach\s+",
        rd.destination(),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:ich\s+werde|werde\s+ich|wir\s+werden|werden\s+wir)\s+(?:\w+\s+){0,3}?nach\s+"
        r"(?=\w+(?:\s+\w+)?\s+(?:fliegen|fahren|reisen|gehen|ziehen)\b)",
        rd.destination(),
        confidence=0.8,
        retract_when_negated=True,
    ),
    # "hilf mir, eine Reise nach Wien zu planen": the trip said inside a request.
    rule(
        "travel_destination",
        r"\b(?:hilf|hilfst\s+du|helfen\s+sie|kannst\s+du|konntest\s+du)\s+(?:mir|uns)\s*"
        r"(?:helfen\s*)?,?\s+(?:bei\s+der\s+planung\s+(?:meiner|unserer|einer)|(?:eine|meine|"
        r"unsere|die|den|einen|unseren|meinen))\s+(?:\w+\s+)?(?:reise|urlaub|trip|kurztrip|"
        r"rundreise)\s+(?:nach|in|an)\s+",
        rd.destination(),
        confidence=0.8,
        asks=True,
        gate=r"reise|urlaub|trip",
    ),
    rule(
        "travel_destination",
        r"\b(?:ich\s+mache|mache\s+ich)\s+(?:\w+\s+)?urlaub\s+in\s+",
        rd.place("travel_destination", r"(?!)"),
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"\b(?:meine|unsere|eine)\s+(?:nachste\s+|kleine\s+|grosse\s+)?(?:reise|fahrt|tour)\s+(?:nach|in)\s+",
        rd.destination(unless_after=r"war|letztes\s+jahr|letzten\s+sommer"),
        confidence=0.75,
        retract_when_negated=True,
    ),
    # birthday
    # "geboren in Köln am 3. Mai", "ich bin am 3. Mai in Köln geboren"
    rule(
        "birthday", r"^\W*geboren\s+", born(MONTHS, "in", r"(?!)"), confidence=0.95, gate="geboren"
    ),
    rule(
        "birthday",
        r"\b(?:ich\s+bin|ich\s+wurde|bin\s+ich|wurde\s+ich)\s+(?=(?:[^.!?,;]|(?<=\d)\.){4,40}?\s+geboren\b)",
        born(MONTHS, "in", r"(?!)"),
        confidence=0.95,
        gate="geboren",
    ),
    rule(
        "birthday",
        r"\b(?:mein\s+geburtstag\s+ist|ich\s+habe|ich\s+bin)\s+(?:am\s+)?(?=\d)",
        rd.date(MONTHS),
        confidence=0.95,
    ),
)

GRAMMAR = RelationGrammar(
    possessive=r"(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem)\s+",
    have=r"(?:(?:ich\s+habe|hab|habe|wir\s+haben)\s+(?:(?:noch|auch|zwei|drei)\s+)?)",
    count=r"(?:(?:ein|eine|einen|zwei|drei|vier|\d+|keine|keinen|kein|mehrere)\s+)",
    modifier=r"kleiner|kleine|kleinen|großer|große|großen|grosser|grosse|alter|alte|lieber|liebe|neuer|neue|alteren|altere|alterer|jungere|jungerer|jungeren",
    called=r"\s+hei(?:ß|ss)t|\s+hei(?:ß|ss)en|\s+nennt\s+sich",
    copula=r"ist|hei(?:ß|ss)t",
    introducer=r"namens|(?:der|die)\s+hei(?:ß|ss)(?:t|en)|:|,?\s*(?:er|sie|es)\s+hei(?:ß|ss)t",
    definite=r"(?:der|die|das)\s+",
    gone=(
        r"(?:ist|sind)\s+(?:\w+\s+){0,3}?(?:gestorben|weggelaufen|entlaufen|verstorben|tot)\b|"
        r"starb\b|lief\s+weg\b"
    ),
    gone_later=r"(?:ich\s+habe|hab\s+ich|habe\s+ich)\s+(?:ihn|sie|es)\s+nicht\s+mehr",
    gone_gate=r"storben|gelaufen|tot\b|starb|weg\b|mehr",
    reject=lambda low, _next: low in w.VERBS_3SG or low.endswith(("iert", "tet")),
)

_NEG = r"\b(?:nicht|kein|keine|keinen|keinem|keiner|nie|niemals|ohne|weder|nix|nichts)\b"

PACK = Pack(
    code="de",
    words=w.WORDS,
    rules=(
        *relation_rules(w.RELATIONS, GRAMMAR),
        *RULES,
        # The verb comes last: "in Köln, wo ich seit 2010 wohne" (no negation on the way).
        where_rule(
            r"in|im|nach|aus|bei",
            "wo",
            r"ich\s+(?:(?!nicht|nie|kein)\w+\s+){0,4}?(?:wohne|lebe)",
            r"ich\s+(?:(?!nicht|nie|kein)\w+\s+){0,3}?(?:geboren|aufgewachsen)\s+(?:bin|wurde)",
            NESTED_PLACE,
            gate="wo ",
        ),
        *elliptical_rules("in|nach", MONTHS),
    ),
    first_person=re.compile(r"\W*(?:(?:und|aber)\s+)?ich\s+(?:bin|habe|hab)\b"),
    conjunctions=re.compile(
        r"\b(?:und|aber|oder|weil|denn|wenn|als|obwohl|sondern|dass|also|doch)\b"
    ),
    negation=re.compile(_NEG),
    tail_negation=re.compile(_NEG),
    no_longer=re.compile(
        r"\b(?:nicht\s+mehr|keine?n?\s+\w+\s+mehr|keine?n?\s+mehr|nie\s+mehr|nicht\s+langer)\b"
    ),
    question_open=re.compile(
        r"^\W*(?:(?:hallo|hi|hey|und|aber|also|sag\s+mal|sakura)\W+)*(?:was|wie|wo|wann|warum|"
        r"wieso|weshalb|wer|welche|welcher|welches|woher|wohin|kannst|kennst|wei(?:ß|ss)t|hast|"
        r"bist|magst|erinnerst|darf|konnen|konntest|gibt\s+es|ist|sind|stimmt)\b"
    ),
    question_bare=re.compile(
        r"^\W*(?:(?:hallo|hi|hey|und|aber)\W+)*(?:wie\s+hei(?:ß|ss)t\s+du|wie\s+ist\s+dein\s+name|"
        r"wie\s+alt\s+bist\s+du|wo\s+wohnst\s+du|erinnerst\s+du\s+dich|"
        r"wei(?:ß|ss)t\s+du\s+(?:noch|wo|wie|was|wann)|kannst\s+du|wie\s+geht'?s|wie\s+geht\s+es)"
    ),
    # Conditionals need the umlauts ("wäre" vs "ware"), so these run over the raw text.
    hypothetical_all=re.compile(
        r"\bwenn\s+ich\b[^.!?]*\b(?:wäre|waere|hätte|haette|würde|wuerde|könnte|koennte)\b|"
        r"\bfalls\s+ich\b|\bhypothetisch\b|\bstell\s+dir\s+vor\b"
    ),
    hypothetical_rest=re.compile(
        r"\b(?:würde|wuerde|wäre|waere|hätte\s+gern|haette\s+gern|möchte|moechte|irgendwann|"
        r"eines\s+tages|träume|traeume|wünsche|wuensche)\b"
    ),
    contrast=re.compile(r"\b(?:aber|jedoch|sondern|obwohl|trotzdem)\b|[.;]"),
    belief=re.compile(
        r"(?<!\bich\s)\b(?:denken|glauben|sagen|meinen|denkt|glaubt|sagt|meint)\s*,?\s+(?:dass\s+)?ich\b"
    ),
    raw_markers=True,
)
