"""French closed-class vocabulary (folded: lowercase, no accents; display keeps accents)."""

from __future__ import annotations

import re

from luminora.memory.extraction.readers import Lexicon
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import Relation, Words, gendered, phrases, words

ARTICLES = words(
    "le la les l' un une des du de d' mon ma mes son sa ses notre nos au aux peu plein"
)
INTENSIFIERS = words("beaucoup vraiment tres trop bien surtout grave carrement super assez")
STOPS = words(
    "ton ta tes votre vos toi le la les un une a avec sans pour par dans sur sous chez depuis "
    "pendant vers entre "
    "contre en mais ou "
    "donc car parce que qu quand si comme puisque lorsque je j tu il elle on nous vous ils "
    "elles me te se lui leur y est suis es sont ai as avons ont etait aujourd'hui hier "
    "demain maintenant toujours jamais deja encore aussi tres trop ce cet cette ces ca cela "
    "ici la-bas mdr lol ptdr depuis tous toutes chaque semaine mois an annee"
)
FILLERS = words(
    "mdr ptdr lol xd haha hihi bah ben bon euh genre wesh ouais ok okay stp svp merci bref "
    "tkt jsp oklm hein quoi voila malheureusement heureusement evidemment apparemment"
)
JOINERS = words("et")
STARTERS = words("je j' j moi mais il elle on nous")
PLACE_LINKS = words("de du des la le les sur en aux")
NAME_CLOSERS = words("et de du mdr enchante enchantee ravi ravie j'ai je et")

_ADJECTIVES = words(
    "fatigue fatiguee content contente heureux heureuse triste malade pret prete desole "
    "desolee sur sure nouveau nouvelle marie mariee celibataire divorce divorcee seul seule "
    "la ici en au a de du tres trop un une le ne nee originaire fan allergique occupe "
    "occupee libre creve crevee bien mal debout chez encore toujours plutot assez vraiment "
    "enceinte vieux vieille jeune grand grande petit petite timide gentil gentille sympa nul "
    "nulle perdu perdue parti partie rentre rentree arrive arrivee retraite retraitee "
    "fier fiere ravi ravie enchante enchantee pas plus jamais rien moi toi lui elle "
    "quelqu'un personne d'accord presque deja en train passionne passionnee accro fou folle "
    "bonjour salut coucou merci oui non bonsoir hello hey ca mort morte dispo pareil "
    "pareille epuise epuisee fatigue fatiguee"
)
_VERBS = words(
    "est a vit habite travaille aime mange dort fait s'appelle va vient dit veut peut etait "
    "avait joue ne n'a n'est adore deteste et qui que ont sont vont font"
)
_NOUNS = words(
    "maison appartement appart ville village campagne centre banlieue quartier travail bureau "
    "ecole lycee fac universite hopital plage montagne gym salle cinema resto restaurant "
    "boulot taf lit etranger mer pays region chez moi toi "
    # Transport and errands: "je vais en cours", "on y va à pied".
    "cours classe pied voiture train avion bus metro velo courses soiree fete diner dejeuner "
    "rendez-vous reunion musee marche pharmacie retour nouveau rien toute cine"
)

RELATIONS: dict[str, Relation] = {}
for _w, _d in (
    ("femme", "femme"), ("mari", "mari"), ("copine", "copine"), ("copain", "copain"),
    ("petite amie", "petite amie"), ("petit ami", "petit ami"), ("compagne", "compagne"),
    ("compagnon", "compagnon"), ("fiancee", "fiancée"), ("fiance", "fiancé"),
    ("epouse", "épouse"), ("epoux", "époux"), ("conjoint", "conjoint"),
    ("conjointe", "conjointe"), ("cheri", "chéri"), ("cherie", "chérie"), ("mec", "mec"),
    ("meuf", "meuf"),
):  # fmt: skip
    RELATIONS[_w] = Relation("partner", _d)
for _w, _d, _p in (
    ("mere", "mère", False), ("maman", "maman", False), ("pere", "père", False),
    ("papa", "papa", False), ("parents", "parents", True), ("soeur", "sœur", False),
    ("sœur", "sœur", False), ("soeurs", "sœurs", True), ("frere", "frère", False),
    ("freres", "frères", True), ("fils", "fils", False), ("fille", "fille", False),
    ("filles", "filles", True), ("enfants", "enfants", True), ("enfant", "enfant", False),
    ("gamins", "enfants", True), ("gosses", "enfants", True), ("bebe", "bébé", False),
    ("grand-mere", "grand-mère", False), ("mamie", "mamie", False),
    ("grand-pere", "grand-père", False), ("papi", "papi", False), ("papy", "papy", False),
    ("grands-parents", "grands-parents", True), ("oncle", "oncle", False),
    ("tante", "tante", False), ("cousin", "cousin", False), ("cousine", "cousine", False),
    ("cousins", "cousins", True), ("neveu", "neveu", False), ("niece", "nièce", False),
    ("belle-mere", "belle-mère", False), ("beau-pere", "beau-père", False),
    ("belle-soeur", "belle-sœur", False), ("beau-frere", "beau-frère", False),
    ("jumeau", "jumeau", False), ("jumelle", "jumelle", False),
    ("demi-frere", "demi-frère", False), ("demi-soeur", "demi-sœur", False),
):  # fmt: skip
    RELATIONS[_w] = Relation("family", _d, _p)
for _w, _d, _p in (
    ("chien", "chien", False), ("chienne", "chienne", False), ("chiens", "chien", True),
    ("chat", "chat", False), ("chatte", "chatte", False), ("chats", "chat", True),
    ("chaton", "chaton", False), ("chatons", "chaton", True), ("lapin", "lapin", False),
    ("hamster", "hamster", False), ("perroquet", "perroquet", False),
    ("oiseau", "oiseau", False), ("poisson", "poisson", False), ("tortue", "tortue", False),
    ("serpent", "serpent", False), ("cheval", "cheval", False), ("furet", "furet", False),
    ("cochon d'inde", "cochon d'inde", False), ("chiot", "chiot", False),
    ("perruche", "perruche", False), ("labrador", "labrador", False),
    ("berger allemand", "berger allemand", False), ("caniche", "caniche", False),
    ("teckel", "teckel", False), ("lapine", "lapine", False), ("chatonne", "chatonne", False),
):  # fmt: skip
    RELATIONS[_w] = Relation("pet", _d, _p)
for _w in (
    "ami amie amis amies pote potes copains copines collegue collegues patron patronne chef "
    "voisin voisine voisins coloc prof proprio medecin"
).split():
    RELATIONS[_w] = Relation("other", _w)
for _w in ("meilleur ami", "meilleure amie", "meilleur pote", "meilleure pote"):
    RELATIONS[_w] = Relation("other", _w)

DIETS = Lexicon(
    gendered(
        "végétarien/ne végétalien/ne vegan/e végane pescétarien/ne flexitarien/ne végétarien/nes"
    )
)
LANGUAGES = Lexicon(
    {
        fold(x): x
        for x in (
            "français anglais espagnol allemand italien portugais arabe chinois mandarin "
            "japonais russe néerlandais catalan breton basque coréen grec turc polonais "
            "roumain hébreu hindi suédois norvégien danois ukrainien vietnamien wolof "
            "créole berbère occitan corse alsacien latin"
        ).split()
    }
    | {"langue des signes": "langue des signes"}
)
NATIONALITIES = Lexicon(
    gendered(
        "français/française espagnol/e italien/ne canadien/ne belge suisse allemand/e "
        "anglais/e américain/e mexicain/e argentin/e brésilien/ne portugais/e marocain/e "
        "algérien/ne tunisien/ne sénégalais/e ivoirien/ne québécois/e chinois/e japonais/e "
        "russe polonais/e grec/grecque turc/turque néerlandais/e irlandais/e écossais/e "
        "libanais/e camerounais/e haïtien/ne vietnamien/ne indien/ne coréen/ne roumain/e "
        "ukrainien/ne breton/ne malien/ne congolais/e colombien/ne chilien/ne péruvien/ne "
        "britannique australien/ne"
    )
)
OCCUPATIONS = Lexicon(
    gendered(
        "professeur/e prof enseignant/e instituteur/institutrice infirmier/infirmière "
        "médecin docteur ingénieur/e développeur/développeuse programmeur/programmeuse "
        "designer avocat/e comptable architecte étudiant/e cuisinier/cuisinière chef "
        "serveur/serveuse pilote chauffeur mécanicien/ne électricien/ne plombier menuisier "
        "pompier policier/policière militaire soldat artiste musicien/ne écrivain/e "
        "journaliste photographe chercheur/chercheuse dentiste pharmacien/ne vétérinaire "
        "psychologue chirurgien/ne caissier/caissière vendeur/vendeuse boulanger/boulangère "
        "boucher/bouchère coiffeur/coiffeuse secrétaire traducteur/traductrice "
        "acteur/actrice danseur/danseuse chanteur/chanteuse entraîneur agriculteur/agricultrice "
        "fonctionnaire retraité/e stagiaire kiné kinésithérapeute aide-soignant/e "
        "sage-femme informaticien/ne commercial/e consultant/e gérant/e employé/e "
        "ouvrier/ouvrière facteur/factrice éducateur/éducatrice pâtissier/pâtissière "
        "barman serveuse agent/e technicien/ne maçon charpentier électricien/ne "
        "chauffeur livreur/livreuse assistant/e directeur/directrice"
    ),
    suffixes=r"ologue|graphe|iatre|icien|icienne",  # productive job endings ("-ologue", "-icien")
)
DO_ACTIVITIES = Lexicon(
    {
        fold(x): x
        for x in (
            "sport|yoga|vélo|natation|course à pied|course|escalade|randonnée|danse|musique|"
            "piano|guitare|théâtre|photo|photographie|peinture|dessin|cuisine|tennis|foot|"
            "football|basket|boxe|judo|karaté|surf|ski|équitation|musculation|muscu|pilates|"
            "crossfit|jardinage|couture|tricot|poterie|méditation|plongée|voile|golf|rugby|"
            "handball|volley|badminton|ping-pong|escrime|aviron|batterie|violon|chant|"
            "jogging|footing|trail|triathlon|rando|natation synchronisée|roller|skate|padel|"
            "pickleball|bloc|escalade de bloc|squash|kitesurf"
        ).split("|")
    }
)
ACTIVITY_VERBS: dict[str, str] = {
    "nage": "nager", "cours": "courir", "danse": "danser", "chante": "chanter",
    "peins": "peindre", "dessine": "dessiner", "lis": "lire", "ecris": "écrire",
    "cuisine": "cuisiner", "tricote": "tricoter", "grimpe": "grimper", "medite": "méditer",
    "randonne": "randonner", "voyage": "voyager",
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
    r"(?:^|[^\w'])(?:salut|bonjour|bonsoir|coucou|hello|hey|slt|au\s+fait|btw|enchantee?)"
    r"(?:[\s,!.]+[^\W\d_]+)?[\s,!.:;-]*$"
)
INTRO_AFTER = re.compile(r"\s*(?:,|enchantee?|ravie?|au\s+fait|btw|\d|j'ai\s+\d)")
# Nouns cannot follow the copula without an article: after one, in an introduction, a name
# ("hola, soy mar", "soy mar, de cádiz").
WEAK_NAMES = frozenset(_NOUNS) - words("etranger nouveau rien retour chez moi toi")

# Nouns that point back at something said before ("the smell of it").
REFERRING = words("gout odeur texture idee fait facon maniere sensation bruit son truc chose")

WORDS = Words(
    referring=REFERRING,
    time_words=TIME_WORDS["fr"],
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
    adjective_endings=("eux", "euse", "ive", "able", "ible", "iste"),
    elision=re.compile(r"^(?:[ldjmnts]|qu)['’]\s*", re.IGNORECASE),
    verb_like=re.compile(r"(?:er|ir)$"),
)

# Fields of study: "j'étudie le droit" says the user is a student.
STUDY_FIELDS = phrases(
    "medecine|droit|informatique|ingenierie|psychologie|architecture|economie|histoire|"
    "philosophie|biologie|chimie|physique|maths|mathematiques|lettres|langues|pharmacie|"
    "gestion|commerce|sociologie|infirmiere|kine|a la fac|a l'universite|a la sorbonne"
)
