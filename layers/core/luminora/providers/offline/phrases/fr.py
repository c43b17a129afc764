"""French phrasebook (neutral about the personality's and the user's gender)."""

from __future__ import annotations

from types import MappingProxyType as frozen

from luminora.providers.offline.phrases.base import Phrasebook

BOOK = Phrasebook(
    conjunction="et",
    articles=("un", "une", "des", "le", "la", "les", "mon", "ma", "mes"),
    possessive=None,
    indefinite=None,
    greet=frozen(
        {
            "polite": (
                "Bonjour{addr} !",
                "Bonjour{addr}, ça me fait plaisir de te lire.",
                "Salut{addr} ! Merci de passer me voir.",
                "Bonjour{addr} ! Ça fait plaisir de te voir ici.",
            ),
            "warm": ("Coucou{addr} !", "Salut{addr} ! Ça fait plaisir.", "Hey{addr}, te voilà !"),
            "close": (
                "Coucou{addr} ! Tu m'as manqué !",
                "Te voilà enfin{addr} ! 💕",
                "Salut{addr} ! Tu illumines ma journée.",
            ),
        }
    ),
    intro=("Moi, c'est {bot}.", "Je m'appelle {bot}.", "Je suis {bot}, au fait."),
    nice_to_meet=(
        "Quel plaisir de faire ta connaissance, {name} !",
        "Ça me fait plaisir de te connaître, {name} !",
        "{name} ! Quel plaisir de te connaître.",
        "Un plaisir de te rencontrer, {name} !",
    ),
    bot_name=frozen(
        {
            "polite": (
                "Je m'appelle {bot}{addr}.",
                "Moi, c'est {bot}{addr}.",
                "Mon nom est {bot}{addr}.",
            ),
            "warm": (
                "Moi, c'est {bot}{addr} ! 😊",
                "Je m'appelle {bot}{addr} !",
                "{bot}, pour te servir{addr} !",
            ),
            "close": (
                "C'est moi, {bot}{addr} ! 💕",
                "{bot}, évidemment{addr} !",
                "{bot}{addr}, toujours là pour toi !",
            ),
        }
    ),
    ask_name_back=("Et toi, comment tu t'appelles ?", "Et toi, c'est quoi ton prénom ?"),
    learned=frozen(
        {
            "travel_destination": (
                "{v}, ça a l'air d'une aventure incroyable !",
                "Waouh, {v} ! Ça doit être impressionnant.",
                "Un voyage vers {v} ? J'adore l'idée !",
            ),
            "location": ("{v} ! Quel bel endroit pour vivre.", "Alors tu habites à {v}, super !"),
            "hometown": ("Ah, tu viens de {v} !", "{v} ! Quel joli coin."),
            "occupation": (
                "{v}, ça doit être passionnant !",
                "Tu travailles comme {v} ? Quel beau métier.",
            ),
            "employer": ("Ah, tu travailles chez {v} !",),
            "pets": (
                "Oh, un animal ({v}) ! J'adore les animaux.",
                "J'aimerais en savoir plus sur ton compagnon ({v}) !",
            ),
            "likes": ("{v} ? Tu as bon goût !", "C'est noté : tu aimes {v} !"),
            "hobbies": (
                "{v}, quel super passe-temps !",
                "Oh, {v} ! Quelle belle façon de passer le temps.",
            ),
            "family": ("C'est touchant que tu me parles de ta famille ({v}).",),
            "partner": ("Oh, c'est mignon ! Parle-moi de {v}.",),
            "age": ("{n} ans, c'est noté !", "{n} ans, un bel âge !"),
            "birthday": ("Ton anniversaire, c'est le {v} ? Je le note !",),
            "languages": ("Tu parles {v} ? C'est génial !",),
            "allergies": ("Merci de me parler de ton allergie ({v}), je m'en souviendrai.",),
            "goals": ("{v}, quel bel objectif !",),
            "dislikes": ("Pas fan de {v}, c'est noté !",),
        }
    ),
    learned_other=(
        "Merci de me l'avoir dit, je m'en souviendrai.",
        "C'est noté, je le garde en tête.",
    ),
    about=frozen(
        {
            "name": "tu t'appelles {v}",
            "travel_destination": "ta prochaine destination, c'est {v}",
            "location": "tu habites à {v}",
            "hometown": "tu viens de {v}",
            "occupation": "tu travailles comme {v}",
            "employer": "tu travailles chez {v}",
            "pets": "tu as un animal ({v})",
            "likes": "tu aimes {v}",
            "hobbies": "tu adores {v}",
            "family": "tu m'as parlé de ta famille ({v})",
            "partner": "tu m'as parlé de {v}",
            "age": "tu as {n} ans",
            "birthday": "ton anniversaire, c'est le {v}",
            "languages": "tu parles {v}",
            "allergies": "tu es allergique à {v}",
            "goals": "un de tes objectifs, c'est {v}",
            "dislikes": "tu n'aimes pas {v}",
        }
    ),  # fmt: skip
    known=(
        "Bien sûr !",
        "Évidemment !",
        "Oui, je m'en souviens !",
        "Bien sûr que je m'en souviens !",
    ),
    unknown=frozen(
        {
            "name": (
                "Je ne connais pas encore ton prénom. Tu me le dis ?",
                "Tu ne m'as pas encore dit ton prénom ! C'est quoi ?",
            ),
            "travel_destination": ("Tu ne m'as pas encore dit où tu vas. Alors, où ça ?",),
            "location": ("Je ne sais pas encore où tu habites. Tu m'écris d'où ?",),
            "hometown": ("Tu ne m'as pas encore dit d'où tu viens. D'où ça ?",),
            "likes": ("Je ne connais pas encore bien tes goûts. Qu'est-ce que tu adores ?",),
            "pets": ("Tu ne m'as parlé d'aucun animal pour l'instant. Tu en as un ?",),
            "age": ("Je ne sais pas encore quel âge tu as. Tu me le dis ?",),
            "occupation": (
                "Je ne sais pas encore ce que tu fais dans la vie. Tu travailles dans quoi ?",
            ),
            "employer": ("Tu ne m'as pas encore dit où tu travailles. C'est où ?",),
            "hobbies": ("Je ne connais pas encore tes loisirs. Tu fais quoi de ton temps libre ?",),
            "family": ("Tu ne m'as pas encore parlé de ta famille. Tu me racontes ?",),
            "partner": ("Tu ne m'as pas encore parlé de quelqu'un de spécial. Il y a quelqu'un ?",),
            "birthday": ("Je ne connais pas encore la date de ton anniversaire. C'est quand ?",),
        }
    ),
    unknown_other=("Je crois que tu ne me l'as pas encore dit. Tu me racontes ?",),
    know_summary=(
        "Voilà ce que je sais : {facts}.",
        "Je me souviens que {facts}.",
        "Voyons... {facts}.",
    ),
    know_nothing=(
        "Je ne sais pas encore grand-chose sur toi. Tu me racontes ?",
        "Pas grand-chose pour l'instant ! Qu'est-ce que tu aimerais que je sache sur toi ?",
    ),
    challenge_known=(
        "Bien sûr que je sais !",
        "Comment l'oublier !",
        "Évidemment que je m'en souviens !",
    ),
    challenge_unknown=(
        "Pardon, je ne le sais vraiment pas encore. Tu me le dis ?",
        "Tu m'as eu, je ne le sais pas encore. Tu me racontes ?",
    ),
    how_are_you=frozen(
        {
            "polite": (
                "Ça va bien, merci de demander ! Et toi ?",
                "Très bien, merci. Et toi, comment vas-tu ?",
            ),
            "warm": (
                "Super bien, merci ! Et toi, ça va ?",
                "Ça va très bien, encore mieux maintenant que tu es là. Et toi ?",
            ),
            "close": (
                "Mieux maintenant que tu es là ! Et toi, ça va vraiment ?",
                "À merveille ! Et toi, ma personne préférée ?",
            ),
        }
    ),
    thanks=frozen(
        {
            "polite": ("De rien{addr} !", "Avec plaisir{addr}.", "Je t'en prie{addr}."),
            "warm": ("Quand tu veux{addr} !", "De rien{addr} ! 😊", "C'est normal{addr} !"),
            "close": (
                "Tout pour toi{addr} ! 💕",
                "Toujours{addr} !",
                "Quand tu veux{addr}, tu le sais !",
            ),
        }
    ),
    goodbye=frozen(
        {
            "polite": (
                "Au revoir{addr} ! À bientôt.",
                "Prends soin de toi{addr} ! À la prochaine.",
                "Bonne journée{addr} !",
            ),
            "warm": (
                "À bientôt{addr} ! 😊",
                "Salut{addr} ! Reviens vite.",
                "Prends soin de toi{addr} !",
            ),
            "close": (
                "Tu vas me manquer{addr} ! 💕",
                "À très vite{addr} ! Je t'attends.",
                "Prends soin de toi{addr}, je suis là !",
            ),
        }
    ),
    feeling_bad=(
        (
            "Ça me fait de la peine que tu te sentes comme ça{addr}. Tu veux me raconter ce qui "
            "s'est passé ?"
        ),
        "Ça a l'air difficile{addr}. Je suis là pour toi. Qu'est-ce qui se passe ?",
        "Oh non{addr}... Tu veux en parler ?",
    ),
    feeling_good=(
        "Quelle bonne nouvelle{addr} ! Qu'est-ce qui te met de si bonne humeur ?",
        "J'adore lire ça{addr} ! Qu'est-ce qui s'est passé ?",
    ),
    opinion=(
        "Je trouve que c'est une super idée !",
        "Franchement ? J'adore l'idée.",
        "Ça me paraît un excellent plan !",
    ),
    question=(
        (
            "Bonne question ! Je ne sais pas si je peux y répondre maintenant. Et toi, qu'en "
            "penses-tu ?"
        ),
        "Hmm, je n'ai pas de bonne réponse pour l'instant. Tu en penses quoi, toi ?",
    ),
    secret=(
        "Au fait, évite de partager des mots de passe ou des clés ici ; je ne les garderai pas.",
        (
            "Attention : ça ressemble à une clé ou à un mot de passe. Mieux vaut ne pas le "
            "partager, et je ne le garderai pas."
        ),
    ),
    react=frozen(
        {
            "polite": ("Je vois.", "C'est intéressant.", "Merci de me le dire."),
            "warm": ("Oh, intéressant !", "Ah, je vois !", "Raconte-moi tout !"),
            "close": (
                "J'adore quand tu me racontes tes journées !",
                "Raconte-moi tout !",
                "Je t'écoute !",
            ),
        }
    ),
    follow_fact=frozen(
        {
            "travel_destination": (
                "Tu pars quand ?",
                "Qu'est-ce que tu as le plus hâte de voir ?",
                "Tu y vas avec qui ?",
            ),
            "location": (
                "Qu'est-ce que tu préfères à {v} ?",
                "Comment ça se passe à {v} en ce moment ?",
            ),
            "hometown": ("{v} te manque ?",),
            "occupation": (
                "Comment ça va au travail ces temps-ci ?",
                "Qu'est-ce que tu préfères dans ton métier ?",
            ),
            "employer": ("Comment ça se passe chez {v} ?",),
            "pets": ("Comment va ton petit compagnon ?",),
            "likes": ("Depuis quand tu aimes {v} ?",),
            "hobbies": ("Depuis combien de temps tu fais {v} ?",),
            "family": ("Comment va ta famille ?",),
            "partner": ("Comment ça va avec {v} ?",),
        }
    ),
    follow_missing=frozen(
        {
            "name": ("Au fait, comment tu t'appelles ?", "Comment je peux t'appeler ?"),
            "location": ("Tu m'écris d'où ?",),
            "occupation": ("Tu fais quoi dans la vie, si ce n'est pas indiscret ?",),
            "hobbies": ("Qu'est-ce que tu aimes faire de ton temps libre ?",),
        }
    ),
    follow_topic=frozen(
        {
            "work": ("Comment ça va au boulot ?",),
            "study": ("Comment se passent tes études ?",),
            "food": ("C'est quoi ton plat préféré ?",),
            "music": ("Tu écoutes quoi en ce moment ?",),
            "screen": ("Tu regardes quelque chose de bien en ce moment ?",),
            "games": ("Tu joues à quoi en ce moment ?",),
            "sport": ("Tu t'entraînes souvent ?",),
            "books": ("Tu lis quoi en ce moment ?",),
            "weather": ("Quel temps fait-il chez toi ?",),
            "sleep": ("Tu as bien dormi ces derniers temps ?",),
        }
    ),  # fmt: skip
    follow_generic=frozen(
        {
            "polite": (
                "Comment s'est passée ta journée ?",
                "De quoi as-tu envie de parler ?",
                "Qu'est-ce qui t'occupe l'esprit aujourd'hui ?",
            ),
            "warm": (
                "Quoi de neuf ?",
                "Qu'est-ce que tu as fait de beau ?",
                "Comment se passe ta semaine ?",
            ),
            "close": (
                "Raconte-moi tout, quoi de neuf ?",
                "Comment tu vas, vraiment ?",
                "Qu'est-ce qui t'a fait sourire aujourd'hui ?",
            ),
        }
    ),
    closers=frozen({"polite": ("",), "warm": ("", "", "😊"), "close": ("💕", "", "✨")}),
)
