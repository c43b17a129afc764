"""Italian closed-class vocabulary (folded: lowercase, no accents; display keeps accents)."""

from __future__ import annotations

import re

from luminora.memory.extraction.readers import Lexicon
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import Relation, Words, gendered, phrases, words

ARTICLES = words(
    "il lo la i gli le l' un uno una un' mio mia miei mie del della dei delle degli dello al "
    "alla ai alle agli allo po' po di"
)
INTENSIFIERS = words("molto tanto davvero proprio troppo parecchio super anche soprattutto")
STOPS = words(
    "tuo tua tuoi tue te il lo la gli le un uno una a ad in con su per tra fra da dal dalla "
    "dai nel nella nei sul "
    "sulla ma pero perche che "
    "quando dove se come gia io tu lui lei noi voi loro mi ti si ci vi sono sei siamo "
    "ho hai ha abbiamo oggi ieri domani ora adesso sempre mai dopo prima ogni settimana "
    "mese anno questo questa quello quella qui qua li la anche piu meno ahah ahahah lol "
    "era erano fu stato stata al allo alla ai agli alle nello nelle negli sui sugli sulle"
)
FILLERS = words(
    "ahah ahahah haha lol xd boh dai beh vabbe ok okay cioe tipo insomma raga purtroppo "
    "fortunatamente sfortunatamente ovviamente"
)
JOINERS = words("e ed")
STARTERS = words(
    "io mi ma che perche vivo sono ho lavoro faccio vado gioco parlo odio amo adoro detesto non"
)
PLACE_LINKS = words("di del della de la")
NAME_CLOSERS = words("e ed di da ahah piacere ho vivo sono lavoro")

_ADJECTIVES = words(
    "stanco stanca stanchissimo stanchissima felice alto alta basso bassa nuovo nuova vecchio "
    "vecchia giovane single sposato sposata divorziato divorziata timido timida simpatico "
    "simpatica bravo brava bello bella brutto brutta contento contenta triste malato "
    "malata pronto pronta sicuro sicura libero libera occupato occupata allergico allergica "
    "nato nata cresciuto cresciuta originario originaria appassionato appassionata fan "
    "molto tanto un una il la io qui qua solo sola figlio figlia mamma papa ciao grazie "
    "si no anche ancora gia pensionato pensionata studente studentessa uomo donna ragazzo "
    "ragazza persona tipo tipa in di a da con per appena tornato tornata arrivato arrivata "
    "partito partita uscito uscita rientrato rientrata sveglio sveglia fidanzato fidanzata "
    "stufo stufa incinta sposata morto morta distrutto distrutta"
)
_VERBS = words(
    "e sta ha vive abita lavora mangia dorme abbaia fa si non gia sempre anche che era fu "
    "stava va viene esce gioca mi gli dice vuole odia ama adora compie nato morto chiama "
    "sono hanno vivono"
)
_NOUNS = words(
    "casa appartamento citta paese centro quartiere periferia campagna estero lavoro ufficio "
    "palestra scuola universita ospedale spiaggia montagna mare mondo letto cinema festa "
    # Transport and errands: "vado in treno", "vado a piedi".
    "treno aereo macchina autobus metro bici piedi cena pranzo riunione lezione medico "
    "dentista mercato supermercato chiesa nuovo solito sicuro "
    # Workplaces: "lavoro in banca", "lavoro in fabbrica".
    "banca fabbrica negozio azienda ditta cantiere ristorante albergo hotel bar"
)

RELATIONS: dict[str, Relation] = {}
for _w in "moglie marito ragazza ragazzo fidanzata fidanzato compagna compagno partner".split():
    RELATIONS[_w] = Relation("partner", _w)
for _w, _d, _p in (
    ("madre", "madre", False), ("mamma", "mamma", False), ("padre", "padre", False),
    ("papa", "papà", False), ("genitori", "genitori", True), ("sorella", "sorella", False),
    ("sorelle", "sorelle", True), ("fratello", "fratello", False),
    ("fratelli", "fratelli", True), ("figlio", "figlio", False), ("figlia", "figlia", False),
    ("figli", "figli", True), ("figlie", "figlie", True), ("bambini", "bambini", True),
    ("bimbi", "bimbi", True), ("nonna", "nonna", False), ("nonno", "nonno", False),
    ("nonni", "nonni", True), ("zia", "zia", False), ("zio", "zio", False),
    ("zii", "zii", True), ("cugino", "cugino", False), ("cugina", "cugina", False),
    ("cugini", "cugini", True), ("nipote", "nipote", False), ("nipoti", "nipoti", True),
    ("suocera", "suocera", False), ("suocero", "suocero", False),
    ("cognato", "cognato", False), ("cognata", "cognata", False),
    ("gemello", "gemello", False), ("gemella", "gemella", False),
):  # fmt: skip
    RELATIONS[_w] = Relation("family", _d, _p)
for _w, _d, _p in (
    ("cane", "cane", False), ("cagnolino", "cagnolino", False),
    ("cagnolina", "cagnolina", False), ("cani", "cane", True), ("gatto", "gatto", False),
    ("gatta", "gatta", False), ("gatti", "gatto", True), ("gattino", "gattino", False),
    ("gattina", "gattina", False), ("coniglio", "coniglio", False),
    ("criceto", "criceto", False), ("pappagallo", "pappagallo", False),
    ("uccellino", "uccellino", False), ("pesce", "pesce", False), ("pesci", "pesce", True),
    ("pesciolino", "pesciolino", False), ("tartaruga", "tartaruga", False),
    ("serpente", "serpente", False), ("cavallo", "cavallo", False),
    ("cucciolo", "cucciolo", False), ("cucciola", "cucciola", False),
    ("cagna", "cagna", False), ("labrador", "labrador", False),
    ("pastore tedesco", "pastore tedesco", False), ("bassotto", "bassotto", False),
    ("barboncino", "barboncino", False), ("cocorita", "cocorita", False),
    ("pappagallino", "pappagallino", False), ("porcellino d'india", "porcellino d'India", False),
):  # fmt: skip
    RELATIONS[_w] = Relation("pet", _d, _p)
for _w in (
    "amico amica amici amiche collega colleghi colleghe capo vicino vicina coinquilino "
    "coinquilina prof professore professoressa ex"
).split():
    RELATIONS[_w] = Relation("other", _w)
RELATIONS["migliore amico"] = Relation("other", "migliore amico")
RELATIONS["migliore amica"] = Relation("other", "migliore amica")

DIETS = Lexicon(gendered("vegano/a vegetariano/a pescetariano/a flessitariano/a crudista"))
LANGUAGES = Lexicon(
    {
        fold(x): x
        for x in (
            "italiano inglese francese spagnolo tedesco portoghese russo cinese giapponese "
            "arabo rumeno greco olandese polacco turco albanese coreano ucraino svedese "
            "napoletano siciliano sardo friulano latino"
        ).split()
    }
)
NATIONALITIES = Lexicon(
    gendered(
        "italiano/a francese spagnolo/a tedesco/a inglese americano/a canadese messicano/a "
        "argentino/a brasiliano/a portoghese svizzero/a austriaco/a belga olandese "
        "rumeno/a albanese polacco/a russo/a ucraino/a greco/a turco/a cinese giapponese "
        "coreano/a indiano/a marocchino/a egiziano/a tunisino/a irlandese scozzese "
        "australiano/a peruviano/a colombiano/a cileno/a"
    )
)
OCCUPATIONS = Lexicon(
    gendered(
        "insegnante professore/professoressa prof maestro/a infermiere/infermiera medico "
        "dottore/dottoressa ingegnere programmatore/programmatrice sviluppatore/sviluppatrice "
        "designer avvocato/a commercialista contabile architetto studente/studentessa "
        "cuoco/a chef cameriere/cameriera barista pilota autista tassista meccanico "
        "elettricista idraulico falegname pompiere poliziotto/a carabiniere soldato "
        "artista musicista scrittore/scrittrice giornalista fotografo/a scienziato/a "
        "ricercatore/ricercatrice dentista farmacista veterinario/a psicologo/a chirurgo "
        "cassiere/cassiera commesso/a venditore/venditrice panettiere/panettiera fornaio "
        "macellaio parrucchiere/parrucchiera segretario/a traduttore/traduttrice "
        "attore/attrice ballerino/a cantante allenatore/allenatrice agricoltore "
        "contadino/a impiegato/a operaio/a pensionato/a stagista fisioterapista consulente "
        "imprenditore/imprenditrice operatore/operatrice badante postino/a pizzaiolo/a "
        "informatico/a pasticciere/pasticciera educatore/educatrice"
    ),
    suffixes=r"ologo|ologa|ografo|ografa|iatra",  # productive job endings ("-ólogo", "-ógrafo")
)
DO_ACTIVITIES = Lexicon(
    {
        fold(x): x
        for x in (
            "yoga|palestra|nuoto|sport|pilates|crossfit|corsa|danza|boxe|karate|judo|"
            "arrampicata|escursionismo|ciclismo|surf|sci|teatro|fotografia|meditazione|"
            "pesca|equitazione|pallavolo|calcio|tennis|basket|trekking|spinning|zumba|"
            "scherma|canottaggio|vela|immersioni|escursioni|passeggiate|padel|pickleball|"
            "bouldering|boulder|squash|kitesurf|running"
        ).split("|")
    }
)
ACTIVITY_VERBS: dict[str, str] = {
    "nuoto": "nuotare", "corro": "correre", "ballo": "ballare", "canto": "cantare",
    "dipingo": "dipingere", "disegno": "disegnare", "leggo": "leggere",
    "scrivo": "scrivere", "cucino": "cucinare", "cammino": "camminare",
    "pedalo": "pedalare", "scio": "sciare", "medito": "meditare", "viaggio": "viaggiare",
}  # fmt: skip

COMMON = (
    ARTICLES
    | INTENSIFIERS
    | STOPS
    | FILLERS
    | _ADJECTIVES
    | _VERBS
    | _NOUNS
    | frozenset(RELATIONS)
    | frozenset(DIETS)
    | frozenset(LANGUAGES)
    | frozenset(NATIONALITIES)
    | frozenset(OCCUPATIONS)
)

# Introductions: a greeting or "by the way" before "soy X", or a closing word after it, make
# a frequent word a name ("hola, soy mar").
INTRO_BEFORE = re.compile(
    r"(?:^|[^\w'])(?:ciao|salve|buongiorno|buonasera|ehi|hey|comunque|tra\s+l'altro|btw|"
    r"piacere)(?:[\s,!.]+[^\W\d_]+)?[\s,!.:;-]*(?:io\s+)?$"
)
INTRO_AFTER = re.compile(r"\s*(?:,|piacere|comunque|btw|\d|ho\s+\d)")
# Nouns cannot follow the copula without an article: after one, in an introduction, a name
# ("hola, soy mar", "soy mar, de cádiz").
WEAK_NAMES = frozenset(_NOUNS) - words("estero nuovo solito sicuro")

# Nouns that point back at something said before ("the smell of it").
REFERRING = words("sapore odore gusto consistenza idea fatto modo sensazione rumore suono cosa")

WORDS = Words(
    referring=REFERRING,
    time_words=TIME_WORDS["it"],
    descriptive=_ADJECTIVES,
    gerund=re.compile(r"(?:ando|endo)$"),
    articles=ARTICLES,
    stops=STOPS,
    fillers=FILLERS,
    common=COMMON,
    joiners=JOINERS,
    starters=STARTERS,
    place_links=PLACE_LINKS,
    name_closers=NAME_CLOSERS,
    intensifiers=INTENSIFIERS,
    relations=RELATIONS,
    identity=frozenset(DIETS)
    | frozenset(LANGUAGES)
    | frozenset(NATIONALITIES)
    | frozenset(OCCUPATIONS),
    weak_names=WEAK_NAMES,
    intro_before=INTRO_BEFORE,
    intro_after=INTRO_AFTER,
    adjective_endings=("issimo", "issima", "oso", "osa", "ivo", "iva", "bile", "ista", "ense"),
    elision=re.compile(r"^(?:l|un|dell|all|nell|sull|dall|d)['’]\s*", re.IGNORECASE),
    verb_like=re.compile(r"(?:are|ere|ire)$"),
)

# Fields of study: "studio ingegneria" says the user is a student.
STUDY_FIELDS = phrases(
    "ingegneria|medicina|giurisprudenza|legge|economia|informatica|psicologia|architettura|"
    "lettere|filosofia|fisica|matematica|biologia|chimica|farmacia|lingue|scienze|storia|"
    "infermieristica|all'universita|all'uni|al liceo|al politecnico"
)
