"""German phrasebook (informal "du", as in chat)."""

from __future__ import annotations

from types import MappingProxyType as frozen

from luminora.providers.offline.phrases.base import Phrasebook

BOOK = Phrasebook(
    conjunction="und",
    articles=("ein", "eine", "einen", "der", "die", "das", "den", "mein", "meine", "meinen"),
    possessive=None,
    indefinite=None,
    greet=frozen(
        {
            "polite": (
                "Hallo{addr}!",
                "Hallo{addr}, schön, von dir zu hören.",
                "Hallo{addr}! Schön, dass du da bist.",
            ),
            "warm": ("Hey{addr}!", "Hi{addr}! Schön, dich zu sehen.", "Hey{addr}, da bist du ja!"),
            "close": (
                "Hey{addr}! Ich hab dich vermisst!",
                "Da bist du ja endlich{addr}! 💕",
                "Hallo{addr}! Du versüßt mir den Tag.",
            ),
        }
    ),
    intro=("Ich bin {bot}.", "Ich heiße {bot}.", "Ich bin übrigens {bot}."),
    nice_to_meet=(
        "Freut mich, dich kennenzulernen, {name}!",
        "Schön, dich kennenzulernen, {name}!",
        "{name}! Wie schön, dich kennenzulernen.",
    ),
    bot_name=frozen(
        {
            "polite": (
                "Ich heiße {bot}{addr}.",
                "Ich bin {bot}{addr}.",
                "Mein Name ist {bot}{addr}.",
            ),
            "warm": (
                "Ich bin {bot}{addr}! 😊",
                "Ich heiße {bot}{addr}!",
                "{bot}, zu deinen Diensten{addr}!",
            ),
            "close": (
                "Ich bin's, {bot}{addr}! 💕",
                "{bot}, wie immer{addr}!",
                "{bot}{addr}, immer für dich da!",
            ),
        }
    ),
    ask_name_back=("Und wie heißt du?", "Und wie ist dein Name?"),
    learned=frozen(
        {
            "travel_destination": (
                "{v} klingt nach einem unglaublichen Abenteuer!",
                "Wow, {v}! Das muss beeindruckend sein.",
                "Eine Reise nach {v}? Tolle Idee!",
            ),
            "location": ("{v}! Ein schöner Ort zum Leben.", "Du wohnst also in {v}, wie schön!"),
            "hometown": ("Ah, du kommst aus {v}!",),
            "occupation": ("{v}? Das klingt spannend!", "Du arbeitest als {v}? Toller Beruf."),
            "employer": ("Ah, du arbeitest bei {v}!",),
            "pets": (
                "Oh, ein Haustier ({v})! Ich liebe Tiere.",
                "Erzähl mir mehr von deinem Haustier ({v})!",
            ),
            "likes": ("{v}? Guter Geschmack!", "Gemerkt: du magst {v}!"),
            "hobbies": ("{v} ist ein tolles Hobby!",),
            "family": ("Schön, dass du mir von deiner Familie ({v}) erzählst.",),
            "partner": ("Wie süß! Erzähl mir mehr von {v}.",),
            "age": ("{n}, gemerkt!", "{n}! Ein tolles Alter."),
            "birthday": ("Dein Geburtstag ist am {v}? Merk ich mir!",),
            "languages": ("Du sprichst {v}? Toll!",),
            "allergies": (
                "Danke, dass du mir von deiner Allergie ({v}) erzählst, ich denke daran.",
            ),
            "goals": ("{v}, was für ein tolles Ziel!",),
            "dislikes": ("Kein Fan von {v}, gemerkt!",),
        }
    ),
    learned_other=(
        "Danke, dass du mir das erzählst, ich merke es mir.",
        "Gemerkt! Ich behalte das im Kopf.",
    ),
    about=frozen(
        {
            "name": "du heißt {v}",
            "travel_destination": "dein nächstes Reiseziel ist {v}",
            "location": "du wohnst in {v}",
            "hometown": "du kommst aus {v}",
            "occupation": "du arbeitest als {v}",
            "employer": "du arbeitest bei {v}",
            "pets": "du hast ein Haustier ({v})",
            "likes": "du magst {v}",
            "hobbies": "du liebst {v}",
            "family": "du hast mir von deiner Familie erzählt ({v})",
            "partner": "du hast mir von {v} erzählt",
            "age": "du bist {n} Jahre alt",
            "birthday": "dein Geburtstag ist am {v}",
            "languages": "du sprichst {v}",
            "allergies": "du bist allergisch gegen {v}",
            "goals": "eines deiner Ziele ist {v}",
            "dislikes": "du magst {v} nicht",
        }
    ),  # fmt: skip
    known=("Klar!", "Natürlich!", "Ja, ich erinnere mich!", "Na klar erinnere ich mich!"),
    unknown=frozen(
        {
            "name": (
                "Ich kenne deinen Namen noch nicht. Verrätst du ihn mir?",
                "Du hast mir deinen Namen noch nicht gesagt! Wie heißt du?",
            ),
            "travel_destination": (
                "Du hast mir noch nicht erzählt, wohin du reist. Wohin geht's?",
            ),
            "location": ("Ich weiß noch nicht, wo du wohnst. Von wo schreibst du mir?",),
            "hometown": ("Du hast mir noch nicht erzählt, woher du kommst. Woher denn?",),
            "likes": ("Ich kenne deinen Geschmack noch nicht so gut. Was magst du besonders?",),
            "pets": ("Du hast mir noch von keinem Haustier erzählt. Hast du eins?",),
            "age": ("Ich weiß noch nicht, wie alt du bist. Verrätst du es mir?",),
            "occupation": ("Ich weiß noch nicht, was du beruflich machst. Was arbeitest du?",),
            "employer": ("Du hast mir noch nicht erzählt, wo du arbeitest. Wo denn?",),
            "hobbies": ("Ich kenne deine Hobbys noch nicht. Was machst du in deiner Freizeit?",),
            "family": ("Du hast mir noch nichts von deiner Familie erzählt. Magst du?",),
            "partner": ("Du hast mir noch von niemand Besonderem erzählt. Gibt es jemanden?",),
            "birthday": ("Ich weiß noch nicht, wann du Geburtstag hast. Wann ist er?",),
        }
    ),
    unknown_other=("Ich glaube, das hast du mir noch nicht erzählt. Erzählst du es mir?",),
    know_summary=("Das weiß ich: {facts}.", "Ich erinnere mich: {facts}.", "Mal sehen... {facts}."),
    know_nothing=(
        "Ich weiß noch nicht viel über dich. Erzählst du mir etwas?",
        "Noch nicht viel! Was soll ich über dich wissen?",
    ),
    challenge_known=(
        "Natürlich weiß ich das!",
        "Wie könnte ich das vergessen!",
        "Klar erinnere ich mich!",
    ),
    challenge_unknown=(
        "Entschuldige, das weiß ich wirklich noch nicht. Erzählst du es mir?",
        "Erwischt, das weiß ich noch nicht. Verrätst du es mir?",
    ),
    how_are_you=frozen(
        {
            "polite": (
                "Mir geht's gut, danke der Nachfrage! Und dir?",
                "Gut, danke. Und wie geht es dir?",
            ),
            "warm": (
                "Super, danke! Und dir?",
                "Richtig gut, und jetzt, wo du da bist, noch besser. Und dir?",
            ),
            "close": (
                "Besser, jetzt wo du da bist! Wie geht's dir wirklich?",
                "Wunderbar! Und wie geht's meinem Lieblingsmenschen?",
            ),
        }
    ),
    thanks=frozen(
        {
            "polite": (
                "Gern geschehen{addr}!",
                "Sehr gerne{addr}.",
                "Freut mich, dass ich helfen konnte{addr}.",
            ),
            "warm": ("Jederzeit{addr}!", "Gerne{addr}! 😊", "Kein Problem{addr}!"),
            "close": (
                "Alles für dich{addr}! 💕",
                "Immer{addr}!",
                "Jederzeit{addr}, das weißt du doch!",
            ),
        }
    ),
    goodbye=frozen(
        {
            "polite": (
                "Tschüss{addr}! Bis bald.",
                "Mach's gut{addr}! Bis zum nächsten Mal.",
                "Auf Wiedersehen{addr}, einen schönen Tag noch!",
            ),
            "warm": ("Bis bald{addr}! 😊", "Tschüss{addr}! Komm bald wieder.", "Mach's gut{addr}!"),
            "close": (
                "Ich werde dich vermissen{addr}! 💕",
                "Bis ganz bald{addr}! Ich warte auf dich.",
                "Pass auf dich auf{addr}, ich bin immer da!",
            ),
        }
    ),
    feeling_bad=(
        "Tut mir leid, dass es dir so geht{addr}. Magst du mir erzählen, was passiert ist?",
        "Das klingt schwer{addr}. Ich bin für dich da. Was ist los?",
        "Oh nein{addr}... Willst du darüber reden?",
    ),
    feeling_good=(
        "Wie schön{addr}! Was hat dir so gute Laune gemacht?",
        "Das freut mich zu lesen{addr}! Was ist passiert?",
    ),
    opinion=(
        "Ich finde, das klingt super!",
        "Ehrlich? Ich liebe die Idee.",
        "Klingt nach einem tollen Plan!",
    ),
    question=(
        "Gute Frage! Ich weiß nicht, ob ich das gerade beantworten kann. Was meinst du?",
        "Hmm, darauf habe ich gerade keine gute Antwort. Was denkst du darüber?",
    ),
    secret=(
        "Übrigens: Teile hier lieber keine Passwörter oder Schlüssel; ich speichere sie nicht.",
        (
            "Vorsicht: Das sieht nach einem Schlüssel oder Passwort aus. Besser nicht teilen, ich "
            "speichere es nicht."
        ),
    ),
    react=frozen(
        {
            "polite": ("Verstehe.", "Interessant.", "Danke, dass du mir das erzählst."),
            "warm": ("Oh, interessant!", "Ah, verstehe!", "Erzähl mehr!"),
            "close": (
                "Ich liebe es, wenn du mir von deinem Tag erzählst!",
                "Erzähl mir alles!",
                "Ich bin ganz Ohr!",
            ),
        }
    ),
    follow_fact=frozen(
        {
            "travel_destination": (
                "Wann geht's los?",
                "Worauf freust du dich am meisten?",
                "Mit wem fährst du?",
            ),
            "location": ("Was gefällt dir an {v} am meisten?", "Wie ist das Leben in {v} gerade?"),
            "hometown": ("Vermisst du {v}?",),
            "occupation": (
                "Wie läuft's bei der Arbeit?",
                "Was gefällt dir an deinem Beruf am meisten?",
            ),
            "employer": ("Wie läuft's bei {v}?",),
            "pets": ("Wie geht's deinem Haustier?",),
            "likes": ("Seit wann magst du {v}?",),
            "hobbies": ("Wie lange machst du schon {v}?",),
            "family": ("Wie geht's deiner Familie?",),
            "partner": ("Wie läuft's mit {v}?",),
        }
    ),
    follow_missing=frozen(
        {
            "name": ("Übrigens, wie heißt du?", "Wie darf ich dich nennen?"),
            "location": ("Von wo schreibst du mir?",),
            "occupation": ("Was machst du beruflich, wenn ich fragen darf?",),
            "hobbies": ("Was machst du gern in deiner Freizeit?",),
        }
    ),
    follow_topic=frozen(
        {
            "work": ("Wie läuft's bei der Arbeit?",),
            "study": ("Wie läuft das Studium?",),
            "food": ("Was isst du am liebsten?",),
            "music": ("Was hörst du gerade so?",),
            "screen": ("Schaust du gerade was Gutes?",),
            "games": ("Was zockst du gerade?",),
            "sport": ("Wie oft trainierst du?",),
            "books": ("Was liest du gerade?",),
            "weather": ("Wie ist das Wetter bei dir?",),
            "sleep": ("Hast du in letzter Zeit gut geschlafen?",),
        }
    ),  # fmt: skip
    follow_generic=frozen(
        {
            "polite": (
                "Wie war dein Tag?",
                "Worüber möchtest du reden?",
                "Was beschäftigt dich heute?",
            ),
            "warm": ("Was gibt's Neues?", "Was hast du so gemacht?", "Wie läuft deine Woche?"),
            "close": (
                "Erzähl mir alles, was gibt's Neues?",
                "Wie geht's dir wirklich?",
                "Was hat dich heute zum Lächeln gebracht?",
            ),
        }
    ),
    closers=frozen({"polite": ("",), "warm": ("", "", "😊"), "close": ("💕", "", "✨")}),
)
