"""German closed-class vocabulary (folded: lowercase, umlauts stripped, ß kept)."""

from __future__ import annotations

import re

from luminora.memory.extraction.readers import Lexicon
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import Relation, Words, gendered, words

ARTICLES = words(
    "der die das den dem des ein eine einen einem einer mein meine meinen meinem meiner "
    "viel viele bisschen etwas paar"
)
INTENSIFIERS = words("sehr gern gerne wirklich total echt richtig besonders auch voll super ganz")
STOPS = words(
    "dein deine deinen deinem dich in im am an auf aus bei mit ohne fur gegen um zu zum zur "
    "von vom nach seit bis uber "
    "unter vor hinter neben zwischen und aber oder weil denn wenn als dass ob wie also doch "
    "ich du er sie es wir ihr mich mir dich dir uns bin bist ist sind war habe hab hat "
    "haben heute gestern morgen jetzt immer nie schon noch bald dann hier dort da jeden "
    "jede jedes diese dieser dieses woche monat jahr nicht kein keine keinen mehr "
    "eigentlich gar lol haha war waren wird "
    # time adverbs start a new clause: "Klettern, und abends spiele ich ..."
    "morgens vormittags mittags nachmittags abends nachts"
)
FILLERS = words(
    "lol haha hehe xd ok okay na naja halt eben ne gell oder mal joa jo leider glucklicherweise"
)
JOINERS = words("und sowie")
STARTERS = words("ich aber und wohne arbeite komme spiele bin habe mag liebe")
PLACE_LINKS = words("am an der im bei ob")
NAME_CLOSERS = words("und aus von bin freut haha lol komme wohne")

_ADJECTIVES = words(
    "mude glucklich traurig krank fertig bereit neu alt jung ledig verheiratet geschieden "
    "single allein hier da zuhause froh sicher gut schlecht fan anfanger profi mutter vater "
    "mensch mann frau kerl typ nicht kein keine gerade schon noch echt ganz sehr total "
    "allergisch geboren aufgewachsen hallo hi hey danke bitte ja nein tschuss moin servus "
    "student studentin schuler schulerin rentner rentnerin arbeitslos selbststandig "
    "selbstandig berufstatig mama papa zu auf aus in bei mit der die das ein eine einer "
    # adjectives too short for the ending rule ("-los", "-sam", "-isch")
    "ratlos mutlos endlos reglos ehrlos einsam frisch hubsch lustig witzig gierig mutig ruhig "
    "eilig sauer fix dabei unterwegs"
)
_VERBS = words(
    "ist hat wohnt arbeitet lebt kommt spielt mag liebt isst schlaft bellt heißt heisst "
    "war hatte wird will kann muss soll darf und der die das frisst lauft macht geht "
    "sind haben wohnen"
)
_NOUNS = words(
    "haus wohnung stadt dorf land zentrum innenstadt vorort ausland arbeit buro schule uni "
    "universitat krankenhaus strand berge gym fitnessstudio kino bett welt norden suden "
    "osten westen hause "
    # Transport and errands: "ich fahre zur Arbeit", "mit dem Zug".
    "zug flugzeug auto bus bahn rad fahrrad essen mittagessen abendessen termin arzt "
    "zahnarzt kirche training"
)

RELATIONS: dict[str, Relation] = {}
for _w, _d in (
    ("frau", "Frau"), ("mann", "Mann"), ("ehefrau", "Ehefrau"), ("ehemann", "Ehemann"),
    ("freundin", "Freundin"), ("freund", "Freund"), ("partner", "Partner"),
    ("partnerin", "Partnerin"), ("verlobte", "Verlobte"), ("verlobter", "Verlobter"),
    ("lebensgefahrte", "Lebensgefährte"), ("lebensgefahrtin", "Lebensgefährtin"),
):  # fmt: skip
    RELATIONS[_w] = Relation("partner", _d)
for _w, _d, _p in (
    ("mutter", "Mutter", False), ("mama", "Mama", False), ("mutti", "Mutti", False),
    ("vater", "Vater", False), ("papa", "Papa", False), ("vati", "Vati", False),
    ("eltern", "Eltern", True), ("schwester", "Schwester", False),
    ("schwestern", "Schwestern", True), ("bruder", "Bruder", False),
    ("geschwister", "Geschwister", True), ("sohn", "Sohn", False), ("sohne", "Söhne", True),
    ("tochter", "Tochter", False), ("kinder", "Kinder", True), ("kind", "Kind", False),
    ("oma", "Oma", False), ("großmutter", "Großmutter", False),
    ("grossmutter", "Großmutter", False), ("opa", "Opa", False),
    ("großvater", "Großvater", False), ("grossvater", "Großvater", False),
    ("großeltern", "Großeltern", True), ("grosseltern", "Großeltern", True),
    ("tante", "Tante", False), ("onkel", "Onkel", False), ("cousin", "Cousin", False),
    ("cousine", "Cousine", False), ("neffe", "Neffe", False), ("nichte", "Nichte", False),
    ("enkel", "Enkel", False), ("enkelin", "Enkelin", False),
    ("schwiegermutter", "Schwiegermutter", False), ("schwiegervater", "Schwiegervater", False),
    ("baby", "Baby", False), ("zwillingsbruder", "Zwillingsbruder", False),
    ("zwillingsschwester", "Zwillingsschwester", False),
):  # fmt: skip
    RELATIONS[_w] = Relation("family", _d, _p)
for _w, _d, _p in (
    ("hund", "Hund", False), ("hundin", "Hündin", False), ("hunde", "Hund", True),
    ("katze", "Katze", False), ("kater", "Kater", False), ("katzen", "Katze", True),
    ("kaninchen", "Kaninchen", False), ("hase", "Hase", False), ("hamster", "Hamster", False),
    ("papagei", "Papagei", False), ("vogel", "Vogel", False),
    ("wellensittich", "Wellensittich", False), ("fisch", "Fisch", False),
    ("fische", "Fisch", True), ("schildkrote", "Schildkröte", False),
    ("schlange", "Schlange", False), ("pferd", "Pferd", False),
    ("meerschweinchen", "Meerschweinchen", False), ("welpe", "Welpe", False),
    ("katzchen", "Kätzchen", False), ("dackel", "Dackel", False),
    ("labrador", "Labrador", False), ("schaferhund", "Schäferhund", False),
    ("pudel", "Pudel", False), ("kanarienvogel", "Kanarienvogel", False),
):  # fmt: skip
    RELATIONS[_w] = Relation("pet", _d, _p)
for _w in (
    "freunde kumpel kollege kollegin kollegen chef chefin nachbar nachbarin mitbewohner "
    "mitbewohnerin lehrer lehrerin arzt"
).split():
    RELATIONS[_w] = Relation("other", _w)
RELATIONS["bester freund"] = Relation("other", "bester Freund")
RELATIONS["beste freundin"] = Relation("other", "beste Freundin")
RELATIONS["guter freund"] = Relation("other", "guter Freund")
RELATIONS["gute freundin"] = Relation("other", "gute Freundin")

DIETS = Lexicon(
    gendered("Vegetarier/in Veganer/in Pescetarier/in Flexitarier/in")
    | {"vegan": "vegan", "vegetarisch": "vegetarisch", "pescetarisch": "pescetarisch"}
)
LANGUAGES = Lexicon(
    {
        fold(x): x
        for x in (
            "Deutsch Englisch Französisch Spanisch Italienisch Portugiesisch Russisch "
            "Türkisch Polnisch Niederländisch Holländisch Chinesisch Japanisch Arabisch "
            "Griechisch Schwedisch Norwegisch Dänisch Finnisch Koreanisch Ukrainisch "
            "Rumänisch Ungarisch Tschechisch Kroatisch Serbisch Persisch Hindi Latein "
            "Schweizerdeutsch Plattdeutsch Gebärdensprache"
        ).split()
    }
)
NATIONALITIES = Lexicon(
    gendered(
        "Deutscher/Deutsche Österreicher/in Schweizer/in Italiener/in Spanier/in "
        "Franzose/Französin Engländer/in Amerikaner/in Türke/Türkin Pole/Polin Russe/Russin "
        "Grieche/Griechin Brasilianer/in Mexikaner/in Kanadier/in Argentinier/in "
        "Niederländer/in Holländer/in Brite/Britin Ire/Irin Schwede/Schwedin Japaner/in "
        "Chinese/Chinesin Inder/in Portugiese/Portugiesin Ukrainer/in Kroate/Kroatin "
        "Serbe/Serbin Rumäne/Rumänin Ungar/in Tscheche/Tschechin Däne/Dänin Norweger/in "
        "Finne/Finnin Belgier/in Syrer/in Iraner/in Marokkaner/in Vietnamese/Vietnamesin"
    )
)
OCCUPATIONS = Lexicon(
    gendered(
        "Lehrer/in Krankenpfleger/in Krankenschwester Pfleger/in Altenpfleger/in Arzt/Ärztin "
        "Ingenieur/in Entwickler/in Programmierer/in Softwareentwickler/in Designer/in "
        "Anwalt/Anwältin Rechtsanwalt/Rechtsanwältin Buchhalter/in Architekt/in Student/in "
        "Schüler/in Koch/Köchin Kellner/in Pilot/in Fahrer/in Mechaniker/in Elektriker/in "
        "Klempner/in Tischler/in Schreiner/in Feuerwehrmann Polizist/in Soldat/in "
        "Künstler/in Musiker/in Schriftsteller/in Journalist/in Fotograf/in "
        "Wissenschaftler/in Forscher/in Zahnarzt/Zahnärztin Apotheker/in "
        "Tierarzt/Tierärztin Psychologe/Psychologin Verkäufer/in Bäcker/in Metzger/in "
        "Friseur/in Sekretär/in Übersetzer/in Schauspieler/in Tänzer/in Sänger/in "
        "Trainer/in Landwirt/in Bauer/Bäuerin Beamter/Beamtin Rentner/in Praktikant/in "
        "Physiotherapeut/in Erzieher/in Berater/in Manager/in Informatiker/in "
        "Handwerker/in Hebamme Azubi Kassierer/in Erzieher/in Ergotherapeut/in "
        "Sozialarbeiter/in Verwaltungsangestellter/Verwaltungsangestellte Angestellter/Angestellte"
    )
)
DO_ACTIVITIES = Lexicon(
    {
        fold(x): x
        for x in (
            "Yoga|Sport|Pilates|Kampfsport|Karate|Judo|Taekwondo|Boxen|Crossfit|Krafttraining|"
            "Fitness|Musik|Ballett|Tanzen|Meditation|Gymnastik|Leichtathletik|Triathlon|"
            "Parkour|Kickboxen|Zumba|Spinning|Bouldern|Klettern|Fotografie|Padel|Pickleball|"
            "Squash|Kitesurfen"
        ).split("|")
    }
)
ACTIVITY_VERBS: dict[str, str] = {
    "schwimme": "Schwimmen", "laufe": "Laufen", "jogge": "Joggen", "tanze": "Tanzen",
    "singe": "Singen", "male": "Malen", "zeichne": "Zeichnen", "lese": "Lesen",
    "koche": "Kochen", "backe": "Backen", "wandere": "Wandern", "klettere": "Klettern",
    "reite": "Reiten", "angle": "Angeln", "stricke": "Stricken", "bouldere": "Bouldern",
    "fotografiere": "Fotografieren", "meditiere": "Meditieren", "surfe": "Surfen",
    "reise": "Reisen", "gartne": "Gärtnern",
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
    r"(?:^|[^\w'])(?:hallo|hi|hey|moin|servus|gruezi|guten\s+(?:tag|morgen|abend)|"
    r"gru(?:ß|ss)\s+dich|ubrigens|btw)(?:[\s,!.]+[^\W\d_]+)?[\s,!.:;-]*$"
)
INTRO_AFTER = re.compile(r"\s*(?:,|freut\s+mich|ubrigens|btw|\d)")
# Nouns cannot follow the copula without an article: after one, in an introduction, a name
# ("hola, soy mar", "soy mar, de cádiz").
WEAK_NAMES = frozenset(_NOUNS) - words("ausland hause")

# "meine Mutter kocht gut": a lowercase verb after a relation word, not the relative's name.
VERBS_3SG = words(
    "ist hat wohnt lebt kocht spielt macht liebt mag kommt geht fahrt fliegt schlaft isst "
    "trinkt sagt findet denkt glaubt kann will muss soll darf wird war hatte lernt liest "
    "schreibt singt tanzt lauft arbeitet studiert heiratet nervt hasst braucht bekommt sieht "
    "wurde starb lief ging kam blieb"
)

# Nouns that point back at something said before ("the smell of it").
REFERRING = words("geschmack geruch konsistenz idee gedanke tatsache art gefuhl gerausch sache")

WORDS = Words(
    referring=REFERRING,
    time_words=TIME_WORDS["de"],
    descriptive=_ADJECTIVES,
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
    adjective_endings=("lich", "isch", "los", "sam", "haft", "ig"),
    adjective_min=7,
)
