"""French rules: "je"/"j'" mark the user; "ne ... pas" negates, "ne ... plus" retracts."""

from __future__ import annotations

import re

from luminora.memory.extraction import fr_words as w
from luminora.memory.extraction import readers as rd
from luminora.memory.extraction.birth import born
from luminora.memory.extraction.elliptical import changed_plans_rule, elliptical_rules
from luminora.memory.extraction.engine import Found, Match, Pack, rule
from luminora.memory.extraction.numbers import NUMBER_WORDS
from luminora.memory.extraction.relations import RelationGrammar, relation_rules
from luminora.memory.extraction.relative import where_rule
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import alternation, words
from luminora.models.facts import FactOp

JE = r"\bj(?:e\s+|'\s*|\s+)"  # "je ", "j'", "j " (typed without the apostrophe)
SUIS = r"(?:\bje\s+suis|\bj'?\s*suis|\bchuis|\bjsuis)\s+"
ADV = (
    r"(?:n'|(?:ne|pas|plus|jamais|aussi|vraiment|actuellement|maintenant|toujours|encore|deja|"
    r"bien|beaucoup|trop|en\s+fait)\s+)*"
)
NUM = rf"(?:\d{{1,3}}|{NUMBER_WORDS['fr']})"
MONTHS = r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
NESTED_PLACE = r"\b(?:a|en|au)\s+"
HABITUAL = (
    r"le\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|week-end|weekend)|"
    r"tous\s+les\s+(?:jours|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|soirs|"
    r"matins|week-ends|weekends)|chaque\s+(?:jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|soir|matin)"
)
"""A routine before "je vais à" ("le mardi je vais au cours de danse"): no trip."""

TIME_AFTER = (
    r"la\s+semaine|le\s+mois|l'annee|le\s+week-end|ce|cet|cette|demain|bientot|"
    r"(?:en|au|a|le)\s+(?:\w+\s+)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|"
    r"octobre|novembre|decembre|ete|hiver|printemps|automne|vacances)|pour\s+(?:les|le|noel|paques)|"
    r"dans\s+(?:\w+\s+)?(?:jours|semaines|mois)"
)
"""What follows a lowercase place after the weak "je vais" ("je vais à lyon demain")."""
# "je pars la semaine prochaine à Rome": a time between the verb and the place.
_TIME = (
    r"(?:(?:la|le|les|ce|cet|cette|en|dans|d'ici)\s+)?(?:\w+\s+)?"
    rf"(?:{alternation(TIME_WORDS['fr'])})(?:\s+(?:prochaine?|qui\s+vient))?"
)
JOB_STOPS = words("chez pour dans a au aux depuis et mais en")
GOAL_ARTICLES = words("le la les un une a de du des au")
GOAL_STOPS = words("avant cette cet ce et mais parce car quand")
AGE_END = r"(?=\s*(?:[,.;:!?]|$|\b(?:et|mais|ans|depuis|mdr|lol)\b))"


_TALK = frozenset({"parler", "discuter", "bavarder", "papoter"})


def _infinitive_item(folded: str, raw: str) -> tuple[str, str] | None:
    head = folded.split(" ")[0]
    if head in _TALK:
        return None  # talking to the assistant is not a hobby
    if re.search(r"(?:er|ir|re)$", head) and len(head) > 3 and " " not in folded:
        if head not in ("bière", "biere", "cuir", "soir", "hiver", "verre", "livre", "theatre"):
            return "hobbies", raw
    return "likes", raw


def _activity(match: Match) -> list[Found]:
    value = w.ACTIVITY_VERBS.get(match.m.group("v"))
    return [Found("hobbies", value)] if value else []


# "je travaille comme infirmière chez Doctolib", "... à l'Hôpital Necker": the job, then the
# employer ("à Lyon" names a town: after "à"/"au" only an organisation's name counts).
_EMPLOYER_AFTER = "chez|pour"
_ORG_AFTER = "a|au|dans"
_job_at = rd.with_employer(
    rd.phrase("occupation", stops=JOB_STOPS), _EMPLOYER_AFTER, located=_ORG_AFTER
)


_NAT_END = r"(?=\s*(?:[,.;:!?]|$|\b(?:et|mais|de|du|mdr|aussi|d'origine)\b))"
_LIKE = r"aime|adore|kiffe|affectionne"

RULES = (
    # "mes collègues chez Renault": the user's coworkers name the employer
    rule(
        "employer",
        r"\bmes\s+(?:collegues|collegues\s+de\s+(?:travail|boulot))\s+(?:chez|de\s+chez)\s+(?=[a-z])",
        rd.named_employer,
        confidence=0.7,
        gate="mes ",
    ),
    # "sans mon allergie aux chats, ...": "mon allergie" holds even in a conditional
    rule(
        "allergies",
        r"\bmon\s+allergie\s+(?:a|au|aux|a\s+la|a\s+l')\s*",
        rd.items("allergies", stops=words("j j' je j'en aurais serais")),
        confidence=0.85,
        hypothetical=True,
        negatable=False,  # "si no fuera por mi alergia ..."
        gate="mon ",
    ),
    # "j'habitais à Lyon, maintenant je suis à Nantes": where the user lives now, after
    # where they lived before
    rule(
        "location",
        rf"\b(?:maintenant|desormais|aujourd'hui)\s*,?\s+{SUIS}(?:a|au|en)\s+",
        rd.when_said(r"\b(?:habitais|vivais|habitait|avant)\b", rd.place("location", NESTED_PLACE)),
        confidence=0.8,
        gate=r"maintenant|desormais|aujourd",
    ),
    # "je suis à la retraite", "depuis que j'ai pris ma retraite": the user is retired.
    rule(
        "occupation",
        rf"{SUIS}(?:{ADV})?(?:a\s+la\s+|en\s+)retraite\b|\bj'?\s*ai\s+pris\s+ma\s+retraite\b",
        rd.constant("occupation", "retraité"),
        confidence=0.8,
        gate="retraite",
    ),
    # "j'étudie le droit", "je fais médecine", "je suis en terminale": a student.
    rule(
        "occupation",
        rf"{JE}(?:etudie|fais)\s+(?:(?:le|la|l'|les|des\s+etudes\s+(?:de|d'))\s*)?(?=(?:{alternation(w.STUDY_FIELDS)})\b)"
        rf"|{SUIS}en\s+(?:(?:premiere|deuxieme|troisieme|derniere)\s+annee|terminale|licence|master|"
        r"prepa|fac|l[123]|m[12])\b",
        rd.constant("occupation", "étudiant"),
        confidence=0.75,
        gate=r"etudie|fais|suis|chui|jsuis",
    ),
    # name
    rule("name", r"\bj(?:e\s+|'?\s*)m'?\s*appelle\s+", rd.name(explicit=True), confidence=0.95),
    rule(
        "name",
        r"\bmon\s+(?:nom|prenom)\s+(?:est|c'est)\s+",
        rd.name(explicit=True),
        confidence=0.95,
    ),
    rule(
        "name",
        r"\bmoi\s*,?\s*c'est\s+",
        rd.name(strict=True, glue=True, low_confidence=0.85),
        confidence=0.9,
    ),
    rule(
        "name",
        r"\bappelle[\s-]moi\s+",
        rd.name(strict=True, explicit=True, low_confidence=0.8),
        confidence=0.85,
    ),
    rule("name", SUIS, rd.name(strict=True, low_confidence=0.8)),
    # age
    rule("age", rf"{JE}{ADV}ai\s+(?P<v>{NUM})\s*ans\b", rd.age("fr"), confidence=0.95),
    rule("age", rf"{JE}ai\s+(?P<v>{NUM}){AGE_END}", rd.age("fr"), confidence=0.85),
    rule(
        "age", rf"{JE}(?:viens\s+d'avoir|ai\s+eu|vais\s+avoir)\s+(?P<v>{NUM})\s*ans\b", rd.age("fr")
    ),
    rule(
        "age",
        rf"(?:^\s*|[,;]\s*)(?P<v>\d{{1,2}}|{NUMBER_WORDS['fr']})\s*(?:ans)?\s*(?=[,;.!]|$|\b(?:e|et|und|y)\b)",
        rd.age("fr"),
        confidence=0.8,
        needs="name",
    ),
    # "Claire, 34 ans, infirmière chez Doctolib": a job in apposition to the name.
    rule(
        "occupation",
        r"[,;]\s*(?:une?\s+)?(?=[a-z])",
        rd.with_employer(
            rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
            _EMPLOYER_AFTER,
            0.75,
            located=_ORG_AFTER,
        ),
        confidence=0.7,
        needs="name",
    ),
    # "soy nacho, de sevilla": where the user is from, in apposition to the name.
    rule(
        "hometown",
        r"(?:^\s*|[,;]\s*)(?:de\s+|d')",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.75,
        needs=("name", "nationality"),
    ),
    # where the user lives and comes from
    # "mon petit café ici à Nantes": where the user is, unless the message talks of a
    # visit ("en vacances ici à Nice")
    rule(
        "location",
        r"\bici\s+a\s+",
        rd.local_place(
            r"\b(?:vacances|voyage|visit\w*|de\s+passage|hotel|week-end|weekend|congres|"
            r"touristes?|lune\s+de\s+miel|quelques\s+jours|j'etais|etais|chaud|froid|"
            r"pleut|soleil|neige|temps)\b",
            r"\b(?:n'|ne\s+)(?:\w+\s+)?(?:habite|vis|suis)\b",
        ),
        confidence=0.7,
        negatable=False,
        gate="ici a ",
    ),
    rule(
        "location",
        rf"(?:{JE}{ADV}(?:habite|vis|reside)|\b(?:nous\s+)?(?:habitons|vivons)|\bon\s+(?:habite|vit))\s+(?:{ADV})?(?:seule?\s+)?(?:a|au|aux|en|dans|sur|pres\s+de)\s+",
        rd.place("location", NESTED_PLACE),
        retract_when_negated=True,
    ),
    # "je suis à Lyon depuis trois ans": years (not days: a trip) spent in a place.
    rule(
        "location",
        rf"{SUIS}(?:(?:installee?|basee?)\s+)?(?:a|en)\s+"
        r"(?=\S+(?:\s+\S+){0,3}?\s+depuis\s+(?:\w+\s+){0,2}?(?:ans|mois|annees)\b)",
        rd.place("location", r"(?!)"),
        confidence=0.8,
        gate="depuis",
    ),
    rule(
        "location",
        rf"{JE}(?:habitais|vivais)\s+(?:a|au|aux|en|dans)\s+",
        rd.place("location", NESTED_PLACE),
        op=FactOp.RETRACT,
    ),
    rule(
        "location",
        rf"(?:{JE}ai\s+demenage|{JE}me\s+suis\s+installee?|{JE}suis\s+partie?\s+vivre)\s+(?:a|au|aux|en|dans|sur)\s+",
        rd.place("location", NESTED_PLACE),
    ),
    rule(
        "hometown",
        rf"{SUIS}(?:originaire\s+)?(?:de|du|des|d')\s*",
        rd.place("hometown", NESTED_PLACE),
        retract_when_negated=True,
    ),
    rule(
        "hometown",
        rf"{JE}viens\s+(?:de|du|des|d')\s*",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
    ),
    rule(
        "hometown",
        rf"(?:{SUIS}nee?|{JE}ai\s+grandi)\s+(?:a|au|en|dans)\s+",
        rd.place("hometown", NESTED_PLACE),
        confidence=0.85,
    ),
    rule(
        "nationality",
        rf"{SUIS}(?P<v>{w.NATIONALITIES.regex}){_NAT_END}",
        rd.lexicon("nationality", w.NATIONALITIES),
        retract_when_negated=True,
    ),
    # diet
    rule(
        "diet",
        rf"(?:{SUIS}|{JE}mange\s+)(?:{ADV})?(?:(?:devenue?|completement|totalement|strictement)\s+)?(?P<v>{w.DIETS.regex})\b",
        rd.lexicon("diet", w.DIETS),
        retract_when_negated=True,
    ),
    # work
    rule(
        "occupation",
        rf"{JE}(?:travaille|bosse)\s+(?:comme|en\s+tant\s+que)\s+(?:une?\s+)?",
        _job_at,
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        rf"{JE}(?:travaille|bosse)\s+(?:chez|pour)\s+[\w&'.-]+(?:\s+[\w&'.-]+){{0,3}}?\s+(?:comme|en\s+tant\s+que)\s+(?:une?\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        confidence=0.9,
        retract_when_negated=True,
    ),
    rule(
        "occupation",
        rf"{JE}(?:travaillais|bossais)\s+comme\s+(?:une?\s+)?",
        rd.phrase("occupation", stops=JOB_STOPS),
        op=FactOp.RETRACT,
    ),
    rule(
        "occupation",
        rf"{SUIS}(?:une?\s+)?",
        rd.with_employer(
            rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
            "chez",
            located=_ORG_AFTER,
        ),
        retract_when_negated=True,
    ),
    # "Comme infirmière, je vois ...": a role that opens the sentence, then "je".
    rule(
        "occupation",
        r"(?:^|[,;]\s*)\W*comme\s+(?:une?\s+)?(?=[\w'-]+(?:\s+[\w'-]+){0,3}\s*,\s*(?:je|j'|moi)\b)",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
        confidence=0.7,
        gate="comme ",
    ),
    rule(
        "occupation",
        r"(?:^|[,;]\s*)\W*en\s+tant\s+qu[e']\s*(?:une?\s+)?",
        rd.headed("occupation", w.OCCUPATIONS, stops=JOB_STOPS, head_first=True),
        confidence=0.7,
    ),
    rule(
        "employer",
        rf"(?:{JE}(?:travaille|bosse)|{SUIS})\s*(?:chez|pour)\s+(?=[a-z])",
        rd.place("employer", r"(?!)"),
        retract_when_negated=True,
    ),
    # "j'ai changé de boulot, maintenant je suis à la Fnac": after a change of job.
    rule(
        "employer",
        r"\bmaintenant\s+(?:je\s+suis\s+|je\s+bosse\s+|je\s+travaille\s+|c'est\s+)?"
        r"(?:a\s+|au\s+|chez\s+|pour\s+)?",
        rd.when_said(
            r"\bchange\s+de\s+(?:boulot|travail|job|boite|poste|taf|entreprise)\b|"
            r"\bnouveau\s+(?:boulot|travail|job|poste|taf)\b",
            rd.named_employer,
        ),
        confidence=0.8,
        gate="maintenant",
    ),
    rule(
        "employer",
        rf"{JE}(?:travaillais|bossais|etais)\s+(?:chez|pour)\s+",
        rd.place("employer", r"(?!)"),
        op=FactOp.RETRACT,
    ),
    # partner
    rule(
        "partner",
        rf"{SUIS}(?:mariee?|fiancee?|en\s+couple)\s+avec\s+",
        rd.name("partner"),
        confidence=0.95,
    ),
    # hobbies
    rule(
        "hobbies",
        rf"{JE}(?:{ADV})?(?:fais|pratique)\s+(?:{ADV})?(?:du|de\s+la|de\s+l'|des|de|d'|le|la|l')\s*(?P<v>{w.DO_ACTIVITIES.regex})\b",
        rd.lexicon("hobbies", w.DO_ACTIVITIES, lists=True),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"{JE}(?:{ADV})?joue\s+(?:{ADV})?(?:au|a\s+la|aux|du|de\s+la|des|a|de)\s+",
        rd.phrase("hobbies", max_tokens=3),
        confidence=0.85,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        rf"{JE}(?:{ADV})?(?P<v>{'|'.join(w.ACTIVITY_VERBS)})(?=\s*(?:$|[,.!;]|\b(?:et|beaucoup|souvent|tous|toutes|chaque|le\s+week-end|regulierement|depuis|tres|pas\s+mal|plus|pas)\b))",
        _activity,
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "hobbies",
        r"\bmes\s+(?:loisirs|hobbies|passe-temps)\s+(?:sont|c'est)\s+|\bmon\s+(?:loisir|hobby|passe-temps)\s+(?:prefere\s+)?(?:est|c'est)\s+",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        confidence=0.95,
    ),
    rule(
        "hobbies",
        rf"{JE}ai\s+(?:arrete|laisse\s+tomber|abandonne)\s+(?:le|la|les|l'|de\s+faire\s+du|de\s+faire\s+de\s+la|de\s+jouer\s+au|de)?\s*",
        rd.items("hobbies", mapping=lambda f, r: ("hobbies", r)),
        op=FactOp.RETRACT,
        negatable=False,
    ),
    # "le violon, je l'ai laissé tomber": the hobby named first, then dropped
    rule(
        "hobbies",
        r"(?:^|[,;:]\s*)\W*(?:(?:et|mais|bon)\s+)?(?:le|la|les|l')\s*(?P<v>[\w\s]{2,25}?)\s*,?\s+"
        r"(?:(?:en\s+fait|finalement)\s*,?\s+)?(?:je|j')\s*(?:l'ai|les\s+ai)\s+(?:deja\s+)?"
        r"(?:arrete|laisse\s+tomber|abandonne)e?s?\b",
        rd.group("hobbies"),
        op=FactOp.RETRACT,
        negatable=False,
        gate=r"ai ",
    ),
    # likes and dislikes
    rule(
        "likes",
        rf"{JE}(?:{ADV})?(?:{_LIKE})\s+(?:{ADV})?",
        rd.items("likes", mapping=_infinitive_item),
        retract_when_negated=True,
    ),
    rule(
        "likes",
        rf"{SUIS}(?:(?:un|une|grand|grande|tres|vraiment|trop)\s+)*(?:fan|passionnee?|accro|fou|folle|dingue)\s+(?:de|du|des|d'|a|au|aux)\s*",
        rd.items("likes"),
        retract_when_negated=True,
    ),
    rule(
        "dislikes",
        rf"(?P<t>{JE}n'?\s*(?:aime|supporte|apprecie)\s+pas|{JE}(?:aime|supporte|kiffe)\s+pas|{JE}deteste|{JE}hais|{JE}ai\s+horreur\s+(?:de|du|des|d')"
        rf"|{JE}(?:n'?\s*)?ai\s+jamais\s+(?:aime|supporte|apprecie))\s*"
        r"(?:(?:du\s+tout|trop|vraiment|beaucoup)\s+)?",
        rd.items("dislikes"),
        skip_when_no_longer=True,
    ),
    # "le golf m'ennuie", "les huîtres me dégoûtent"
    rule(
        "dislikes",
        r"(?:^|[,;:]\s*)\W*(?:(?:et|mais|alors)\s+)?(?:(?:le|la|les)\s+|l')(?P<v>[\w\s]{2,25}?)\s+"
        r"(?:m'ennuie(?:nt)?|me\s+degoute(?:nt)?|me\s+saoule(?:nt)?)\b",
        rd.fronted("dislikes"),
        negatable=False,
        gate=r"m'ennui|degout|saoul",
    ),
    # "je préfère le thé" (not "je préfère ne pas en parler", "je préfère rester")
    rule(
        "likes",
        rf"{JE}(?:{ADV})?prefere\s+(?!ne\b|pas\b|qu)",
        rd.items("likes", mapping=rd.nouns("likes", w.WORDS.verb_like)),
        confidence=0.8,
        gate="prefere",
    ),
    rule(
        "likes",
        rf"{JE}(?:{ADV})?(?:mange|bois|prends)\s+(?:{ADV})?(?:de\s+|du\s+|d')?",
        rd.items("likes", max_tokens=3),
        only_when_no_longer=True,
    ),
    # health
    rule(
        "allergies",
        rf"(?:{SUIS}(?:tres\s+|super\s+)?allergique|{JE}ai\s+une\s+allergie)\s+(?:a|au|aux|a\s+la|a\s+l')\s*",
        rd.items("allergies"),
        confidence=0.95,
        retract_when_negated=True,
    ),
    rule(
        "allergies",
        r"\bet\s+(?:tres\s+)?allergique\s+(?:a|au|aux|a\s+la|a\s+l')\s*",
        rd.items("allergies"),
        elided=True,
    ),
    rule(
        "allergies",
        rf"{SUIS}intolerante?\s+(?:au|a\s+la|aux|a)\s+",
        rd.items("allergies"),
        confidence=0.75,
    ),
    rule(
        "allergies",
        rf"{SUIS}(?:coeliaque|celiaque)\b",
        rd.constant("allergies", "gluten"),
        confidence=0.75,
    ),
    # languages
    rule(
        "languages",
        rf"(?:{JE}(?:{ADV})?parle|\bma\s+langue\s+maternelle\s+(?:est|c'est))\s+(?:(?:couramment|un\s+peu|bien|aussi)\s+)?",
        rd.lexicon("languages", w.LANGUAGES, lists=True),
        retract_when_negated=True,
    ),
    # goals
    rule(
        "goals",
        r"\bmon\s+(?:objectif|but|reve)\s+(?:c'est|est)\s+(?:de\s+|d')?",
        rd.phrase("goals", max_tokens=7, stops=GOAL_STOPS, allow=GOAL_ARTICLES),
        hypothetical=True,
    ),
    rule(
        "goals",
        rf"{JE}(?:m'entraine|me\s+prepare)\s+pour\s+",
        rd.phrase("goals", max_tokens=5),
        confidence=0.85,
        hypothetical=True,
    ),
    rule(
        "goals",
        rf"{JE}(?:(?:vais|veux|commence\s+a)\s+)?(?P<v>(?:apprends|apprendre|etudie)\s+)(?=[a-z])"
        # "j'étudie le droit" is a student's field (the occupation rule), not an aim
        rf"(?!(?:(?:le|la|les|l')\s*)?(?:{alternation(w.STUDY_FIELDS)})\b)",
        rd.phrase("goals", max_tokens=4, stops=GOAL_STOPS),
        confidence=0.75,
        hypothetical=True,
    ),
    # travel
    rule(
        "travel_destination",
        rf"(?:(?:{JE}|\bj(?=pars\b))(?:vais\s+(?:partir|voyager|voler)|pars|m'en\s+vais|voyage|"
        r"irai|partirai|vole|volerai)"
        r"|\bnous\s+(?:partons|irons|partirons|voyageons)"
        r"|\bon\s+(?:part|ira|partira|s'en\s+va))"
        rf"(?:\s+{_TIME})?\s+(?:(?:bientot|en\s+vacances|en\s+voyage)\s+)?"
        r"(?:a|au|aux|en|pour|vers)\s+",
        rd.destination(),
        confidence=0.85,
        retract_when_negated=True,
    ),
    # "tu peux m'aider à organiser un voyage à Porto ?": the trip said inside a request.
    rule(
        "travel_destination",
        r"\b(?:aide[sz]?[\s-]moi|aidez[\s-]moi|m'aider|nous\s+aider|aide[\s-]nous)\s+a\s+"
        r"(?:organiser|planifier|preparer|planner)\s+(?:un|une|mon|ma|notre|le|la|nos|mes)\s+"
        r"(?:\w+\s+)?(?:voyage|sejour|road\s+trip|week-end|vacances|lune\s+de\s+miel)\s+"
        r"(?:a|au|aux|en|pour|dans)\s+",
        rd.destination(
            unless_after=r"pour\s+(?:mes|ma|mon|des|un|une)\s+(?:\w+\s+)?(?:parents|"
            r"amie?s?|mere|pere|soeur|frere|copine?|copain|patron|clients?)"
        ),
        confidence=0.8,
        asks=True,
        gate="aide",
    ),
    # "je vais", "on va": as often "je vais au ciné" as a trip, so lowercase needs a time.
    rule(
        "travel_destination",
        rf"(?:(?:{JE}|\bj(?=vais\b))(?:vais(?:\s+aller)?|serai)|\bnous\s+(?:allons|serons)"
        r"|\bon\s+(?:va|sera))"
        rf"(?:\s+{_TIME})?\s+(?:(?:en\s+vacances|en\s+voyage)\s+)?(?:a|au|aux|en|pour|vers)\s+",
        rd.destination(lowercase="timed", time_after=TIME_AFTER, unless_before=HABITUAL),
        confidence=0.8,
        retract_when_negated=True,
    ),
    rule(
        "travel_destination",
        r"(?<!\bfait\s)\b(?:mon|notre|un|le|ce)\s+(?:prochain\s+|petit\s+|grand\s+)?"
        r"(?:voyage|sejour|vol|road\s+trip|week-end)\s+(?:a|au|aux|en|pour)\s+",
        rd.destination(unless_after=r"etait|a\s+ete|l'an\s+dernier|l'annee\s+derniere"),
        confidence=0.75,
        retract_when_negated=True,
    ),
    # birthday
    # "je suis née à Lyon le 3 mai", "Né le 3 mai à Lyon" (group `t`: the negation is looked
    # for before it, since "né" folds to the negation "ne")
    rule(
        "birthday",
        rf"(?:{SUIS}|^\W*)(?P<t>nee?)\s+",
        born(MONTHS, "a|au|en", "le"),
        confidence=0.95,
        gate=r"nee?\s",
    ),
    rule(
        "birthday",
        rf"(?:\bmon\s+anniv(?:ersaire)?\s+(?:c'est|est|tombe)|{SUIS}nee?)\s+(?:le\s+)?",
        rd.date(MONTHS),
        confidence=0.95,
    ),
    # "ça, c'est celui de mon frère, le mien c'est le 2 avril"
    rule(
        "birthday",
        rf"\ble\s+mien\s+(?:c'est|est|tombe)\s+(?:le\s+)?(?=\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b)",
        rd.date(MONTHS),
        confidence=0.8,
        gate="mien",
    ),
)

GRAMMAR = RelationGrammar(
    possessive=r"(?:mon|ma|mes|notre|nos)\s+",
    have=(
        rf"(?:{JE}ai\s+(?:adopte\s+)?|\bnous\s+avons\s+(?:adopte\s+)?|\bon\s+a\s+(?:adopte\s+)?|"
        rf"{JE}viens\s+d'adopter\s+|"
        # "mon mari m'a offert un chaton": a pet given to the user is the user's
        r"\bm'(?:a|ont)\s+(?:offert|donne|ramene)\s+)"
    ),
    count=r"(?:(?:un|une|deux|trois|quatre|\d+|des|plusieurs|pas\s+de|pas\s+d'|aucun|aucune)\s+)",
    modifier=r"petit(?!\s+ami)|petite(?!\s+amie)|grand|grande|cher|chere|vieux|vieille|nouveau|nouvelle|adorable|deux|trois",
    called=r"\s+s'appelle(?:nt)?|\s+se\s+nomme|\s+s'appelle",
    copula=r"est|c'est",
    introducer=r"qui\s+s'appelle(?:nt)?|nommee?s?|appelee?s?|:|,?\s*(?:il|elle)\s+s'appelle",
    post=r"aine|ainee|cadet|cadette|jumeau|jumelle",
    definite=r"(?:le|la|les)\s+|l'",
    gone=(
        r"(?:est|sont)\s+(?:(?:malheureusement|mort|morte|morts|mortes|decedee?s?)\s*)+|"
        r"s'est\s+(?:enfuie?|echappee?|perdue?)\b|a\s+disparu\b|nous\s+a\s+quittes?\b"
    ),
    gone_later=r"je\s+ne\s+l'ai\s+plus|je\s+l'ai\s+plus|on\s+ne\s+l'a\s+plus",
    lost=rf"(?:{JE}ai|\bnous\s+avons|\bon\s+a)\s+perdu\s+",
    gone_gate=r"mort|decede|enfui|echappe|perdu|disparu|quitte|plus",
)

PACK = Pack(
    code="fr",
    words=w.WORDS,
    rules=(
        *relation_rules(w.RELATIONS, GRAMMAR),
        *RULES,
        # "où" folds to "ou"; "à Lyon or I live" does not occur.
        where_rule(
            r"a|au|en|de|du|dans|pres\s+de",
            "ou",
            r"j'?\s*habite|je\s+vis|j'?\s*vis|je\s+reside|nous\s+(?:habitons|vivons)|on\s+(?:habite|vit)",
            r"je\s+suis\s+nee?|j'?\s*suis\s+nee?|j'?\s*ai\s+grandi",
            NESTED_PLACE,
            gate="ou ",
        ),
        *elliptical_rules("a|au|en", MONTHS),
        changed_plans_rule(
            r"changement\s+de\s+(?:plans?|programme)",
            r"c'est|ce\s+sera|ca\s+sera|on\s+va\s+a|je\s+vais\s+a",
        ),
    ),
    first_person=re.compile(
        r"\W*(?:(?:et|mais)\s+)?(?:je\s+suis|j'?\s*suis|chuis|jsuis|j'ai|je\s+n'ai)\b"
    ),
    conjunctions=re.compile(
        r"\b(?:et|mais|ou|donc|car|parce\s+que|puisque|quand|lorsque|alors|pourtant|sinon)\b"
    ),
    negation=re.compile(
        r"\bne\b(?!\s+(?:a|au|en|dans|le|la|l'|a\s+\w+)\b)|\b(?:pas|jamais|aucun|aucune|rien|sans|ni)\b|\bn'"
    ),
    no_longer=re.compile(
        r"\bplus\b(?!\s+(?:de\s+\d|que|tard|tot|souvent|grand|petit|jeune|vieux)\b)"
    ),
    question_open=re.compile(
        r"^\W*(?:(?:salut|coucou|bonjour|bonsoir|et|mais|alors|dis|eh|hey|ok|sakura)\W+)*"
        r"(?:qu'est-ce|qu'est|quel|quelle|quels|quelles|que|qui|quoi|ou|comment|combien|"
        r"pourquoi|quand|est-ce|tu|t'|vous|as-tu|es-tu|peux-tu|sais-tu|connais|te\s+souviens|"
        r"c'est\s+quoi|ca\s+va)\b"
    ),
    question_bare=re.compile(
        r"^\W*(?:(?:salut|coucou|bonjour|et|mais|alors|dis)\W+)*(?:comment\s+tu\s+t'appelles|"
        r"tu\s+t'appelles\s+comment|c'est\s+quoi\s+ton|quel\s+est\s+ton|quel\s+age\s+as|"
        r"ou\s+habites|tu\s+te\s+souviens|te\s+souviens|est-ce\s+que|peux-tu|tu\s+peux|"
        r"comment\s+ca\s+va|tu\s+vas\s+bien)"
    ),
    hypothetical_all=re.compile(
        r"\bsi\s+(?:j'|je\s+)(?:etais|avais|pouvais|gagnais|vivais|devais|habitais|partais)|"
        r"\bhypothetiquement\b|\bimagine\s+que\b|\bdans\s+une\s+autre\s+vie\b|\bsi\s+seulement\b"
    ),
    hypothetical_rest=re.compile(
        r"\b(?:j'?\s*aimerais|je\s+voudrais|je\s+reve\s+(?:de|d')|un\s+jour|j'?\s*adorerais|"
        r"ce\s+serait|je\s+pense\s+(?:demenager|partir)|pour\s+voir\s+si\b|(?:j'|je\s+)\w+rais\b|on\s+\w+rait\b)"
    ),
    contrast=re.compile(r"\b(?:mais|pourtant|cependant|par\s+contre|sauf\s+que)\b|[.;]"),
    belief=re.compile(
        r"(?<!\bje\s)\b(?:croient|pensent|disent|croit|pense|dit|imaginent|supposent)\s+que\s+"
    ),
)
