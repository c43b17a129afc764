"""French intent patterns (elisions with or without the apostrophe: "t'appelles", "tappelles")."""

from __future__ import annotations

from types import MappingProxyType

from luminora.providers.offline.rules.base import LanguageRules

_CALLED = r"t'?ap+el+e?s?"

RULES = LanguageRules(
    greeting=(
        r"^(?:oh |eh |et )?(?:bonjour|bonsoir|salut|coucou|hello|hey|hi|yo|slt|cc|bjr"
        r"|re bonjour)\b"
    ),
    goodbye=(
        r"\b(?:au revoir|a plus|a\+|a bientot|a demain|bonne nuit|bonne soiree|ciao|bye"
        r"|je (?:dois|vais) y aller|je te laisse|a la prochaine|tchao)\b"
    ),
    thanks=r"\b(?:merci|mrc|mci|thx|thanks)\b",
    how_are_you=(
        r"\b(?:comment )?(?:ca|sa) va(?: toi| bien)?\s*(?:\?|$)"
        r"|\bcomment (?:vas|allez)[ -]?(?:tu|vous)\b|\bcomment tu vas\b|\btu vas bien\b"
        r"|\bla forme\s*\?|\bquoi de neuf\b"
    ),
    bot_name=(
        rf"\bcomment (?:tu {_CALLED}|{_CALLED}[ -]tu|vous vous appelez)\b|\btu {_CALLED} comment\b"
        r"|\b(?:c'?est )?quoi ton (?:nom|prenom)\b|\bquel est ton (?:nom|prenom)\b"
        r"|\bton (?:nom|prenom)\b|\bqui es[ -]tu\b|\bt'?es qui\b|\btu es qui\b"
        r"|\bqui (?:etes|est)[ -]vous\b|\bje parle (?:a|avec) qui\b"
    ),
    challenge=(
        r"\btu (?:ne )?(?:le |me )?(?:sais|connais) (?:pas|plus|meme pas)\b"
        r"|\btu (?:ne )?(?:t'?en |te )?souviens (?:pas|plus)\b"
        r"|\b(?:tu as|t'?as|tu l'?as|tu m'?as) (?:deja )?oublie\b|\btu sais pas\b"
        r"|\b(?:je )?(?:te )?parie que tu (?:ne )?(?:le |t'?en )?(?:sais|connais|souviens)\b"
    ),
    opinion=(
        r"\bqu'?en penses[ -]tu\b|\b(?:tu|t'?) ?en penses quoi\b|\bqu'?est[ -]ce que tu en penses\b"
        r"|\bton avis\b|\bca te (?:dit|plait)\b|\bt'?en dis quoi\b|\btu en dis quoi\b"
    ),
    about_me=(
        r"\bqu'?est[ -]ce que tu sais (?:sur|de) moi\b|\bque sais[ -]tu (?:sur|de) moi\b"
        r"|\btu sais quoi (?:sur|de) moi\b|\btu te souviens de moi\b|\btu me reconnais\b"
    ),
    asking=(
        r"^(?:et )?(?:qu'?est|que|quoi|qui|ou|quand|comment|pourquoi|combien|quel|quelle"
        r"|est[ -]ce|dis[ -]moi|c'?est quoi|rappelle[ -]moi)\b"
        r"|\b(?:souviens|rappelles|sais|connais|oublie|devine)\b"
        r"|\bje m'?ap+el+e comment\b"
    ),
    lead=(
        r"et|alors|bon|du coup|bah|ben|euh|ok|dis(?![ -]moi)|he|hey|mais|donc|enfin|sinon|mdr|lol"
        r"|haha+|salut|coucou|bref|au fait|tiens"
    ),
    feeling_bad=(
        r"\b(?:je suis|j'?suis|chuis|je me sens|me sens)\b(?: tres| trop| un peu| vraiment"
        r"| super| tellement| grave| si){0,2} (?:triste|fatiguee?|crevee?|epuisee?|stressee?"
        r"|seule?|deprimee?|malade|en colere|inquiete?|mal|down|degoutee?|a plat|enervee?)\b"
        r"|\b(?:ca|sa) (?:ne )?va pas\b|\bmauvaise journee\b"
        r"|\bjournee (?:pourrie|horrible|difficile|de merde)\b|\bje m'?ennuie\b"
    ),
    feeling_good=(
        r"\b(?:je suis|j'?suis|chuis|je me sens|me sens)\b(?: tres| trop| vraiment| super"
        r"| tellement| si){0,2} (?:contente?|heureux|heureuse|ravie?|en forme|bien|genial|excitee?"
        r"|detendue?)\b|\b(?:super|belle|excellente) journee\b"
    ),
    about_user=MappingProxyType(
        {
            "name": (
                r"\bcomment je m'?ap+el+e\b|\bje m'?ap+el+e comment\b|\bqui suis[ -]je\b"
                r"|\bmon (?:nom|prenom)\b|\bcomment tu m'?ap+el+es?\b"
            ),
            "travel_destination": (
                r"\bou (?:est[ -]ce que )?je (?:vais|pars|voyage)\b|\bje (?:vais|pars) ou\b"
                r"|\bmon (?:prochain )?voyage\b|\bma (?:prochaine )?destination\b|\bmes vacances\b"
            ),
            "location": (
                r"\bou (?:est[ -]ce que )?(?:j'?habite|je vis)\b|\bj'?habite ou\b|\bje vis ou\b"
                r"|\bma ville\b"
            ),
            "hometown": r"\bd'?ou (?:je viens|je suis|suis[ -]je)\b|\bje viens d'?ou\b",
            "likes": (
                r"\bqu'?est[ -]ce que j'?(?:aime|adore)\b|\bce que j'?(?:aime|adore)\b"
                r"|\bj'?aime quoi\b"
            ),
            "pets": (
                r"\b(?:mon|ma|mes) (?:chien|chienne|chat|chatte|animal|animaux|chiot|chaton"
                r"|lapin|perroquet|oiseau|poisson|hamster|tortue)s?\b"
            ),
            "age": r"\bquel age (?:j'?ai|ai[ -]je)\b|\bj'?ai quel age\b|\bmon age\b",
            "occupation": (
                r"\bqu'?est[ -]ce que je fais (?:dans la vie|comme (?:travail|metier|boulot))\b"
                r"|\bje fais quoi dans la vie\b|\bmon (?:travail|metier|boulot|job|emploi)\b"
                r"|\bma profession\b"
            ),
            "employer": (
                r"\bou (?:est[ -]ce que )?je travaille\b|\bje travaille ou\b"
                r"|\bmon (?:entreprise|employeur)\b|\bma (?:boite|societe)\b"
            ),
            "hobbies": r"\b(?:mes|mon) (?:loisirs?|passe[ -]temps|hobbys?|hobbies)\b",
            "partner": (
                r"\b(?:mon|ma) (?:copain|copine|mari|femme|epouse|epoux|partenaire|conjointe?"
                r"|fiancee?|cherie?)\b"
            ),
            "family": (
                r"\b(?:ma|mon|mes) (?:famille|mere|pere|maman|papa|parents|soeurs?|freres?"
                r"|enfants?|fils|filles?|grand[ -]mere|grand[ -]pere)\b"
            ),
            "birthday": r"\bmon anniv(?:ersaire)?\b|\bquand (?:suis[ -]je|je suis) nee?\b",
            "languages": r"\bquelles? langues? (?:je parle|parle[ -]je)\b",
            "allergies": r"\bmes allergies\b|\bmon allergie\b",
            "goals": r"\b(?:mes|mon) (?:objectifs?|reves?|but)\b",
            "dislikes": r"\bqu'?est[ -]ce que je deteste\b|\bce que je n'?aime pas\b",
        }
    ),
    topics=MappingProxyType(
        {
            "work": r"\b(?:travail|boulot|taf|bureau|patron|patronne|reunion|collegues?)\b",
            "study": r"\b(?:ecole|cours|examens?|devoirs|fac|universite|etudes|etudier|lycee)\b",
            "food": (
                r"\b(?:manger|bouffe|diner|dejeuner|petit[ -]dej|cuisine|cuisiner|pizza|sushi"
                r"|faim|recette)\b"
            ),
            "music": r"\b(?:musique|chansons?|groupe|concert|album|guitare|piano|chanter)\b",
            "screen": r"\b(?:films?|series?|netflix|anime|episode|tele)\b",
            "games": r"\b(?:jeux? video|gaming|console|playstation|xbox|nintendo|minecraft)\b",
            "sport": (
                r"\b(?:salle de sport|muscu|courir|foot|football|basket|tennis|sport|yoga|nager"
                r"|rando)\b"
            ),
            "books": r"\b(?:livres?|lire|lecture|roman|auteur)\b",
            "weather": r"\b(?:meteo|pluie|pleut|soleil|froid|chaud|neige)\b",
            "sleep": r"\b(?:dormir|sommeil|insomnie|sieste|dodo)\b",
        }
    ),
)
