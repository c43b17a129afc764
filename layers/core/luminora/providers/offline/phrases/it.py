"""Italian phrasebook (neutral about the personality's and the user's gender)."""

from __future__ import annotations

from types import MappingProxyType as frozen

from luminora.providers.offline.phrases.base import Phrasebook

BOOK = Phrasebook(
    conjunction="e",
    articles=("un", "uno", "una", "il", "lo", "la", "i", "gli", "le", "mio", "mia", "miei", "mie"),
    possessive=None,
    indefinite=None,
    greet=frozen(
        {
            "polite": (
                "Ciao{addr}!",
                "Salve{addr}, che piacere sentirti.",
                "Ciao{addr}! Che bello vederti qui.",
            ),
            "warm": ("Ehi{addr}!", "Ciao{addr}! Che bello vederti.", "Ehi{addr}, eccoti qua!"),
            "close": (
                "Ciao{addr}! Che voglia avevo di sentirti!",
                "Eccoti finalmente{addr}! 💕",
                "Ciao{addr}! Mi rallegri sempre la giornata.",
            ),
        }
    ),
    intro=("Io sono {bot}.", "Mi chiamo {bot}.", "Sono {bot}, comunque."),
    nice_to_meet=(
        "Piacere di conoscerti, {name}!",
        "Che bello conoscerti, {name}!",
        "{name}! Piacere mio.",
        "È un piacere, {name}!",
    ),
    bot_name=frozen(
        {
            "polite": ("Mi chiamo {bot}{addr}.", "Sono {bot}{addr}.", "Il mio nome è {bot}{addr}."),
            "warm": (
                "Sono {bot}{addr}! 😊",
                "Mi chiamo {bot}{addr}!",
                "{bot}, al tuo servizio{addr}!",
            ),
            "close": (
                "Sono io, {bot}{addr}! 💕",
                "{bot}, come sempre{addr}!",
                "{bot}{addr}, sempre qui per te!",
            ),
        }
    ),
    ask_name_back=("E tu come ti chiami?", "E qual è il tuo nome?"),
    learned=frozen(
        {
            "travel_destination": (
                "{v} sembra un'avventura incredibile!",
                "Wow, {v}! Dev'essere spettacolare.",
                "Un viaggio verso {v}? Adoro l'idea!",
            ),
            "location": ("{v}! Che bel posto dove vivere.", "Quindi vivi a {v}, che bello!"),
            "hometown": ("Ah, sei di {v}!",),
            "occupation": (
                "{v}? Dev'essere un lavoro interessante!",
                "Lavori come {v}? Che bel mestiere.",
            ),
            "employer": ("Ah, lavori presso {v}!",),
            "pets": (
                "Oh, un animale ({v})! Adoro gli animali.",
                "Raccontami di più del tuo amico a quattro zampe ({v})!",
            ),
            "likes": ("{v}? Hai buon gusto!", "Me lo segno: ti piace {v}!"),
            "hobbies": ("{v} è un passatempo fantastico!",),
            "family": ("Che bello che mi parli della tua famiglia ({v}).",),
            "partner": ("Che dolce! Raccontami di più di {v}.",),
            "age": ("{n} anni, me lo segno!", "{n} anni! Una bella età."),
            "birthday": ("Il tuo compleanno è il {v}? Me lo segno!",),
            "languages": ("Parli {v}? Fantastico!",),
            "allergies": ("Grazie per avermi detto della tua allergia ({v}), lo terrò a mente.",),
            "goals": ("{v}, che bell'obiettivo!",),
            "dislikes": ("Non ti piace {v}, me lo segno!",),
        }
    ),
    learned_other=("Grazie per avermelo detto, me lo ricorderò.", "Me lo segno! Lo terrò a mente."),
    about=frozen(
        {
            "name": "ti chiami {v}",
            "travel_destination": "la tua prossima meta è {v}",
            "location": "vivi a {v}",
            "hometown": "sei di {v}",
            "occupation": "lavori come {v}",
            "employer": "lavori presso {v}",
            "pets": "hai un animale ({v})",
            "likes": "ti piace {v}",
            "hobbies": "ti appassiona {v}",
            "family": "mi hai parlato della tua famiglia ({v})",
            "partner": "mi hai parlato di {v}",
            "age": "hai {n} anni",
            "birthday": "il tuo compleanno è il {v}",
            "languages": "parli {v}",
            "allergies": "hai un'allergia a {v}",
            "goals": "uno dei tuoi obiettivi è {v}",
            "dislikes": "non ti piace {v}",
        }
    ),  # fmt: skip
    known=("Certo!", "Ma certo!", "Sì, me lo ricordo!", "Certo che me lo ricordo!"),
    unknown=frozen(
        {
            "name": (
                "Non so ancora come ti chiami. Me lo dici?",
                "Non mi hai ancora detto il tuo nome! Qual è?",
            ),
            "travel_destination": ("Non mi hai ancora detto dove vai. Dove?",),
            "location": ("Non so ancora dove vivi. Da dove mi scrivi?",),
            "hometown": ("Non mi hai ancora detto di dove sei. Di dove?",),
            "likes": ("Non conosco ancora bene i tuoi gusti. Cosa ti piace di più?",),
            "pets": ("Non mi hai ancora parlato di nessun animale. Ne hai uno?",),
            "age": ("Non so ancora quanti anni hai. Me lo dici?",),
            "occupation": ("Non so ancora che lavoro fai. Di cosa ti occupi?",),
            "employer": ("Non mi hai ancora detto dove lavori. Dove?",),
            "hobbies": ("Non conosco ancora i tuoi hobby. Cosa fai nel tempo libero?",),
            "family": ("Non mi hai ancora parlato della tua famiglia. Me ne parli?",),
            "partner": ("Non mi hai ancora parlato di nessuno di speciale. C'è qualcuno?",),
            "birthday": ("Non so ancora quando è il tuo compleanno. Quando è?",),
        }
    ),
    unknown_other=("Credo che questo non me l'hai ancora detto. Me lo racconti?",),
    know_summary=("Ecco cosa so: {facts}.", "Mi ricordo che {facts}.", "Vediamo... {facts}."),
    know_nothing=(
        "Non so ancora molto di te. Mi racconti qualcosa?",
        "Ancora poco! Cosa vorresti che sapessi di te?",
    ),
    challenge_known=("Certo che lo so!", "Come potrei dimenticarlo!", "Certo che me lo ricordo!"),
    challenge_unknown=(
        "Scusa, davvero non lo so ancora. Me lo dici?",
        "Mi hai beccato, non lo so ancora. Me lo racconti?",
    ),
    how_are_you=frozen(
        {
            "polite": (
                "Sto bene, grazie per avermelo chiesto! E tu?",
                "Bene, grazie. E tu come stai?",
            ),
            "warm": (
                "Benissimo, grazie! E tu come stai?",
                "Alla grande, e ora che ci sei tu ancora meglio. E tu?",
            ),
            "close": (
                "Meglio ora che ci sei tu! E tu come stai, davvero?",
                "Una meraviglia! E la mia persona preferita come sta?",
            ),
        }
    ),
    thanks=frozen(
        {
            "polite": ("Prego{addr}!", "Figurati{addr}.", "È un piacere aiutarti{addr}."),
            "warm": ("Quando vuoi{addr}!", "Prego{addr}! 😊", "Figurati{addr}!"),
            "close": ("Tutto per te{addr}! 💕", "Sempre{addr}!", "Quando vuoi{addr}, lo sai!"),
        }
    ),
    goodbye=frozen(
        {
            "polite": (
                "Arrivederci{addr}! A presto.",
                "Abbi cura di te{addr}! Alla prossima.",
                "Ciao{addr}, buona giornata!",
            ),
            "warm": ("A presto{addr}! 😊", "Ciao{addr}! Torna presto.", "Abbi cura di te{addr}!"),
            "close": (
                "Mi mancherai{addr}! 💕",
                "A prestissimo{addr}! Ti aspetto.",
                "Abbi cura di te{addr}, io sono qui!",
            ),
        }
    ),
    feeling_bad=(
        "Mi dispiace che ti senta così{addr}. Vuoi raccontarmi cosa è successo?",
        "Sembra dura{addr}. Sono qui per te. Cosa succede?",
        "Oh no{addr}... Vuoi parlarne?",
    ),
    feeling_good=(
        "Che bello{addr}! Cosa ti ha messo di così buon umore?",
        "Adoro sentirlo{addr}! Cosa è successo?",
    ),
    opinion=(
        "Secondo me è un'idea fantastica!",
        "Sinceramente? Adoro l'idea.",
        "Mi sembra un ottimo piano!",
    ),
    question=(
        "Bella domanda! Non so se posso risponderti adesso. Tu che ne pensi?",
        "Mmm, adesso non ho una buona risposta. Qual è la tua opinione?",
    ),
    secret=(
        "A proposito, meglio non condividere password o chiavi qui; non le conserverò.",
        (
            "Attenzione: sembra una chiave o una password. Meglio non condividerla, e non la "
            "conserverò."
        ),
    ),
    react=frozen(
        {
            "polite": ("Capisco.", "Interessante.", "Grazie per avermelo detto."),
            "warm": ("Oh, interessante!", "Ah, capisco!", "Raccontami di più!"),
            "close": ("Adoro quando mi racconti le tue cose!", "Raccontami tutto!", "Ti ascolto!"),
        }
    ),
    follow_fact=frozen(
        {
            "travel_destination": (
                "Quando parti?",
                "Cosa non vedi l'ora di vedere?",
                "Con chi vai?",
            ),
            "location": ("Cosa ti piace di più di {v}?", "Come va la vita a {v}?"),
            "hometown": ("Ti manca {v}?",),
            "occupation": (
                "Come va il lavoro ultimamente?",
                "Cosa ti piace di più del tuo lavoro?",
            ),
            "employer": ("Come vanno le cose presso {v}?",),
            "pets": ("Come sta il tuo amico a quattro zampe?",),
            "likes": ("Da quanto ti piace {v}?",),
            "hobbies": ("Da quanto tempo ti dedichi a {v}?",),
            "family": ("Come sta la tua famiglia?",),
            "partner": ("Come va con {v}?",),
        }
    ),
    follow_missing=frozen(
        {
            "name": ("A proposito, come ti chiami?", "Come posso chiamarti?"),
            "location": ("Da dove mi scrivi?",),
            "occupation": ("Di cosa ti occupi, se posso chiedere?",),
            "hobbies": ("Cosa ti piace fare nel tempo libero?",),
        }
    ),
    follow_topic=frozen(
        {
            "work": ("Come va il lavoro?",),
            "study": ("Come vanno gli studi?",),
            "food": ("Qual è il tuo piatto preferito?",),
            "music": ("Cosa stai ascoltando ultimamente?",),
            "screen": ("Stai guardando qualcosa di bello?",),
            "games": ("A cosa stai giocando?",),
            "sport": ("Quanto spesso ti alleni?",),
            "books": ("Cosa stai leggendo adesso?",),
            "weather": ("Che tempo fa da te?",),
            "sleep": ("Hai dormito bene ultimamente?",),
        }
    ),  # fmt: skip
    follow_generic=frozen(
        {
            "polite": (
                "Com'è andata la tua giornata?",
                "Di cosa ti va di parlare?",
                "Cosa ti passa per la testa oggi?",
            ),
            "warm": ("Che c'è di nuovo?", "Cosa hai fatto di bello?", "Come va la settimana?"),
            "close": (
                "Raccontami tutto, che c'è di nuovo?",
                "Come stai, davvero?",
                "Cosa ti ha fatto sorridere oggi?",
            ),
        }
    ),
    closers=frozen({"polite": ("",), "warm": ("", "", "😊"), "close": ("💕", "", "✨")}),
)
