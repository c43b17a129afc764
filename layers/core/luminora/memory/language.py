"""Language of a chat message (en, es, fr, pt, de, it) from its function words.

Chat text is short, lowercase, unaccented and full of typos, so the detector scores the
words every sentence needs (pronouns, articles, auxiliaries, greetings, chat slang), each
weighted by how specific it is to one language, plus a few spelling cues (ñ, ã, ß, "ção").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

LANGUAGES: Final[tuple[str, ...]] = ("en", "es", "fr", "pt", "de", "it")

# word -> languages it is typical of. A word shared by k languages scores 1/k in each.
_VOCAB: Final[dict[str, str]] = {
    "en": (
        "i i'm im i've ive i'd i'll me my mine you your ur u you're youre the a an and but "
        "or is are was were am be been being have has had do does did don't dont didn't "
        "doesn't can't cant won't it it's its this that these those what whats what's where "
        "when why how who which there here with without for from of to in on at by about "
        "just so very really not no yes yeah hi hey hello thanks thank please sorry lol "
        "btw tbh omg idk gonna wanna name live work like love hate want know think "
        "good morning night day today tomorrow got get go going much some any all "
        "also too well oh ok okay would could should will my our we they he she him her "
        "them their after before because cause than then now always never ever "
        "favorite favourite years old wife husband dog cat sister brother friend kids "
        "speak english actually anymore honestly maybe right nice cute chat "
        "recipe weather asking quick tired back run"
        " don't i'll i'd we're they're can't won't isn't aren't wasn't there's that's let's "
        "love loving hate hating live living lived work working worked play playing played "
        "want wanted need needed think thought feel feeling felt make made take took see saw "
        "come came say said tell told call called try trying help looking watch watching "
        "eat eating ate drink read reading write writing cook cooking walk walking swim "
        "every never since until while though although because whether everyone someone "
        "something nothing anything everything people family friends home job school "
        "wife husband girlfriend boyfriend mom dad mum son daughter kids baby pet pets "
        "birthday allergic vegan vegetarian moved trip travel going heading next last week "
        "month year weekend yesterday tonight morning evening awesome cool great fun "
        "sure thanks thank hello hi hey bye guess maybe probably really pretty kinda "
        "wanna gonna gotta dunno ya yep nope gosh wow weird stuff thing things "
        "should would could might must shall into onto over under again also only even "
        "still already soon later ago cause cuz coz tho thx pls plz ngl rn fr imo smh "
        "name's who's where's how's what's it'll you'll she's he's were weren't "
        "hasn't haven't doesn't didn't couldn't wouldn't shouldn't"
    ),
    "es": (
        "yo me mi mis tu tus te el la los las un una unos unas y pero o es son soy eres "
        "estoy esta estas está estás tengo tiene tienes hay de del al en con sin para por "
        "que qué como cómo donde dónde cuando cuándo cual cuál quien quién porque muy mas "
        "más no si sí hola buenas buenos dias días gracias vale vaya oye pues bueno tambien "
        "también ya aqui aquí llamo llamas nombre vivo trabajo hablo gusta encanta quiero "
        "ire iré voy vas va vamos años anos hermana hermano mama mamá papá papa novia "
        "novio perro gato jaja jeje jajaja xd q pq xq tb tmb nada algo todo todos eso esto "
        "ese esa esto hace hago tu usted sabes parece ahora siempre nunca mucho poco "
        "bien mal hoy mañana manana ayer noche dia día casa amigo amiga hijo hija marido "
        "mujer gracias perdona perdón claro verdad igual entonces aunque desde hasta "
        "estoy estaba fui fue soy somos sus nuestro nuestra cumplo cumpleaños llamo "
        "dime oye tío tio chaval curro mola flipa guay madre padre hermanos mascotas "
        "ella ellos nosotros vosotros contigo conmigo qué tal muy bien estas he has ha "
        "hemos hecho dicho ido llamas recomiendas acuerdas cuántos cuanto cuánto"
        " odio amo adoro encanto gustaria encantaria quisiera tuviera fuera pudiera ojala "
        "ser estar tener hacer ir poder querer decir ver dar saber llegar pasar deber poner "
        "parecer quedar creer hablar llevar dejar seguir encontrar llamar venir pensar salir "
        "volver tomar conocer vivir sentir tratar mirar contar empezar esperar buscar existir "
        "entrar trabajar escribir perder producir ocurrir entender pedir recibir recordar "
        "terminar permitir aparecer conseguir comenzar servir sacar necesitar mantener "
        "resultar leer caer cambiar presentar crear abrir considerar oir acabar convertir "
        "ganar formar traer partir morir aceptar realizar suponer comprender lograr explicar "
        "madrugar cocinar comer dormir correr nadar bailar cantar jugar viajar estudiar "
        "puedo quiero tengo sé se he hago voy doy digo veo vengo salgo pongo conozco creo "
        "pienso siento vivo trabajo estudio juego como duermo prefiero odio necesito "
        "sigo llevo estaba estuve tenía tenia tuve hice dije fui era iba vine puse supe "
        "pude quise hubo había habia sido estado hecho visto dicho "
        "mío mía tuyo tuya suyo suya nuestro vuestro cuyo quien quienes cual cuales "
        "algún alguna ningún ninguna otro otra otros otras mismo misma tanto tanta "
        "cada cualquier demasiado bastante poco mucho muchos muchas pocos pocas "
        "hoy ayer mañana luego después despues antes pronto tarde temprano todavía todavia "
        "también tampoco quizás quizas acaso además ademas incluso sino mientras según "
        "hermanos hijos padres abuelos tíos primos amigos novios gatos perros "
        "trabajo casa ciudad pueblo país pais año años mes semana día días vez veces "
        "cosa cosas gente persona mundo vida tiempo parte lugar caso forma manera "
        "ahorita wey güey che boludo pibe chamba laburo guay mola tío tía hostia joder "
        "jajaja jajajaja jsjs xdd holaa holi porfa plis vale venga anda bueno pues "
        "verdad claro obvio igual entonces osea o sea nomas nomás ya"
        "tomo bebo salgo entro vuelvo llego traigo prefiero duermo puedo digo doy veo leo "
        "escribo corro nado bailo canto cocino sienta siento parece queda pasa sale cuesta "
        "fatal genial horrible increible increíble perfecto bien mal regular tranqui finde "
        "curro peli pelis movida rollo chulo majo maja"
    ),
    "fr": (
        "je j'ai j'habite j'aime j'adore suis es est sommes êtes sont moi toi tu il elle "
        "nous vous ils elles le la les l' un une des du de d' et mais ou donc car ne pas "
        "plus jamais rien que qui quoi où comment pourquoi quand avec sans pour dans sur "
        "chez au aux ce cette ces mon ma mes ton ta tes son sa ses notre votre leur oui "
        "non bonjour salut merci bonsoir coucou ça ca va vais vas avoir être etre fait "
        "faire ai as avons avez ont m'appelle appelle habite travaille aime adore ans "
        "très tres bien aussi encore déjà deja toujours mdr ptdr stp svp bah ben bon "
        "alors voilà voila enfin frère frere soeur sœur mère mere père pere chien chat "
        "copine copain mari femme c'est cest qu'est quelle quel quoi y'a il y a suis "
        "parle parce j'suis chuis jsuis jsp peux veux sais beaucoup trop peu"
        " suis es est sommes etes sont ai as avons avez ont étais était etais etait "
        "j'aimerais aimerais voudrais pourrais serais aurais irais ferais "
        "être avoir faire dire pouvoir aller voir savoir vouloir venir devoir prendre "
        "trouver donner parler aimer passer mettre croire tenir porter sembler rester "
        "manger dormir travailler habiter vivre jouer lire écrire ecrire courir nager "
        "vais vas allons allez vont fais fait faisons font dis dit peux peut pouvons "
        "veux veut voulons sais sait savons viens vient venons prends prend "
        "aujourd'hui hier demain maintenant toujours jamais souvent parfois encore "
        "déjà deja aussi très tres trop peu beaucoup assez plutôt plutot vraiment "
        "quelque quelques chaque tout toute tous toutes autre autres même meme "
        "cette cet ces celui celle ceux celles lequel laquelle dont où "
        "chez depuis pendant avant après apres avec sans sous entre vers contre "
        "maison ville travail boulot famille enfants gosses copains potes "
        "mec meuf truc trucs ouais nan grave trop chelou kiffe kiffer bosse bosser "
        "ptdr mdr jsp tkt wesh bref genre"
    ),
    "pt": (
        "eu meu minha meus minhas você voce vc tu o a os as um uma uns umas e mas ou é "
        "sou somos são estou está esta estás tenho tem têm temos de do da dos das no na "
        "nos nas em com sem para pra pro por que quê como onde quando qual quem porque "
        "muito mais não nao sim oi olá ola obrigado obrigada tchau bom boa dia noite "
        "também tambem já ja aqui moro chamo nome trabalho falo gosto adoro quero vou "
        "vai anos irmã irma irmão irmao mãe mae pai namorada namorado cachorro gato kkk "
        "kkkk kkkkk rs tbm dnv q pq vcs ele ela eles elas isso isto esse essa aquele "
        "coisa tudo nada fazer faço faz agora sempre nunca hoje amanhã amanha ontem "
        "casa amigo amiga filho filha marido esposa então entao ainda até desde "
        "acredita legal beleza cara mano né ne tá ta tô to estava foi fui seu sua "
        "nosso nossa vocês"
        " sou é são somos está estão estou estamos tenho tem temos têm fui foi era "
        "gostaria queria poderia seria teria faria iria "
        "ser estar ter fazer ir poder dizer ver dar saber querer chegar passar dever "
        "ficar falar gostar morar trabalhar estudar viver comer dormir correr nadar "
        "dançar cantar jogar viajar ler escrever cozinhar "
        "faço faz fazemos vou vai vamos vão posso pode podemos quero quer sei sabe "
        "moro trabalho estudo gosto adoro amo odeio curto falo jogo "
        "hoje ontem amanhã agora sempre nunca depois antes cedo tarde ainda também "
        "muito muita muitos muitas pouco pouca cada todo toda todos todas outro outra "
        "mesmo mesma nenhum nenhuma algum alguma coisa coisas gente pessoa mundo "
        "vida tempo casa cidade trabalho família familia filhos pais irmãos amigos "
        "você vocês a gente tá tô né cê pra pro pros pras num numa dum duma "
        "legal massa show demais saudade beleza valeu falou kkkk kkkkkk rsrs "
        "bem obrigado obrigada oi olá tchau"
    ),
    "de": (
        "ich mich mir mein meine meinen meinem du dich dir dein deine er sie es wir ihr "
        "der die das den dem des ein eine einen einem einer und aber oder ist sind bin "
        "bist war waren habe hast hat haben nicht kein keine keinen nie auch noch schon "
        "sehr gern gerne ja nein hallo hi danke bitte guten morgen tag abend nacht "
        "wie was wo wann warum wer welche mit ohne für fur von zu in im am auf aus bei "
        "nach über uber heiße heisse heisst heißt wohne arbeite komme spiele mag liebe "
        "jahre alt bruder schwester mutter vater hund katze freundin freund frau mann "
        "kinder kannst kann können konnen mir mal doch eigentlich jetzt heute morgen "
        "gestern immer hier da dass weil wenn denn also schon mehr viel wirklich "
        "genau okay tschüss tschuss servus moin gut geht's gehts dir euch uns "
        "zum zur vom beim ins ans einfach gar"
        " bin bist ist sind seid war warst waren habe hast hat haben habt hatte "
        "werde wirst wird werden würde wuerde wäre waere hätte haette möchte moechte "
        "sein haben werden können müssen sollen wollen dürfen mögen machen gehen "
        "kommen sehen geben wissen sagen finden bleiben liegen stehen heißen heissen "
        "wohnen arbeiten spielen lernen lesen schreiben essen trinken schlafen laufen "
        "schwimmen reisen kochen fahren fliegen "
        "mache machst macht gehe gehst geht komme kommst kommt sehe siehst sieht "
        "weiß weiss weißt weisst sage sagt finde findet bleibe bleibt wohne wohnst "
        "wohnt arbeite arbeitest arbeitet spiele spielst spielt lerne lernst lernt "
        "lese liest esse isst trinke fahre fährt fliege fliegt reise koche "
        "heute gestern morgen jetzt immer nie oft manchmal schon noch bald später "
        "spaeter vielleicht natürlich natuerlich sicher wirklich eigentlich "
        "nicht kein keine keinen nichts etwas alles viel viele wenig jeder jede jedes "
        "dieser diese dieses welcher welche welches mein meine dein deine sein seine "
        "ihr ihre unser unsere euer eure "
        "mit nach bei seit von zu aus gegen ohne um durch für fuer über ueber unter "
        "vor hinter neben zwischen während waehrend wegen trotz "
        "haus stadt arbeit familie kinder eltern freunde jahr jahre monat woche tag "
        "leute mensch welt leben zeit ding sache "
        "naja halt eben ne gell oder mal doch ja nein klar genau super toll cool "
        "krass geil echt voll mega"
    ),
    "it": (
        "io mi mio mia miei mie tu ti tuo tua lui lei noi voi loro il lo la i gli le un "
        "uno una e ed ma o è sono sei siamo siete ho hai ha abbiamo avete hanno di del "
        "della dei delle degli al alla allo ai agli alle da dal dalla in nel nella con "
        "su per tra fra che chi cosa come dove quando perché perche quale non sì si no "
        "ciao buongiorno buonasera grazie prego anche già gia qui qua molto più piu "
        "chiamo nome vivo abito lavoro parlo piace adoro voglio vado anni fratello "
        "sorella mamma papà padre madre ragazza ragazzo cane gatto moglie marito figli "
        "figlio figlia oggi domani ieri sempre mai adesso ora allora quindi comunque "
        "però pero niente tutto tutti questo questa quello quella fare faccio fa "
        "stanco stanca stanchissimo bene male casa amico amica ciao raga boh dai "
        "cioè cioe sto stai sta stiamo davvero tanto poco"
        " sono sei è siamo siete ero era eravamo ho hai ha abbiamo avete hanno avevo "
        "aveva vorrei potrei sarei avrei farei andrei "
        "essere avere fare dire potere volere sapere stare dovere vedere andare venire "
        "dare parlare trovare sentire lasciare prendere guardare mettere pensare "
        "passare credere portare vivere abitare lavorare studiare mangiare dormire "
        "correre nuotare ballare cantare giocare viaggiare leggere scrivere cucinare "
        "faccio fai facciamo vado vai andiamo vanno posso puoi può possiamo voglio vuoi "
        "vuole so sai sa vivo abito lavoro studio gioco parlo mangio odio amo adoro "
        "oggi ieri domani adesso ora sempre mai spesso ancora già gia poi prima dopo "
        "presto tardi anche pure molto molta molti molte poco poca pochi poche ogni "
        "tutto tutta tutti tutte altro altra altri altre stesso stessa nessuno "
        "qualcosa qualcuno niente nulla cosa cose gente persona mondo vita tempo "
        "casa città citta lavoro famiglia figli genitori fratelli amici "
        "anni mese settimana giorno giorni volta volte "
        "ciao grazie prego scusa scusami va bene dai boh mah beh vabbè vabbe "
        "fossi avessi potessi vivrei ricco ricca figo figa bello bella ragazzi raga tipo cioè "
        "insomma comunque magari "
        "ahahah ahah mannaggia"
    ),
}

# Letters typical of one language (weight per occurrence, three at most per letter).
_LETTERS: Final[dict[str, tuple[tuple[str, float], ...]]] = {
    "ñ": (("es", 2.0),), "¿": (("es", 2.0),), "¡": (("es", 2.0),),
    "ã": (("pt", 2.0),), "õ": (("pt", 2.0),), "ß": (("de", 2.0),), "ä": (("de", 2.0),),
    "ö": (("de", 2.0),), "ü": (("de", 2.0),), "œ": (("fr", 2.0),), "î": (("fr", 1.0),),
    "û": (("fr", 1.0),), "ë": (("fr", 1.0),), "ç": (("fr", 0.4), ("pt", 0.6)),
    "ê": (("fr", 0.4), ("pt", 0.6)), "ô": (("fr", 0.4), ("pt", 0.6)),
    "è": (("fr", 0.3), ("it", 0.5)), "à": (("it", 0.5), ("fr", 0.3)), "ù": (("it", 0.6),),
    "é": (("fr", 0.3),),
}  # fmt: skip
_LETTER_RE = re.compile("[" + "".join(_LETTERS) + "]")

# Word endings and fragments typical of one language (checked per word, no regex).
_ENDINGS: Final[tuple[tuple[str, tuple[str, ...], float], ...]] = (
    ("es", ("cion", "ción", "ría", "rías", "ía"), 1.0),
    (
        "es",
        ("ar", "er", "ir", "ado", "ada", "ido", "ida", "amos", "aba", "aban", "ando", "iendo"),
        0.3,
    ),
    ("pt", ("ção", "ções", "cao", "ões", "ão"), 2.0),
    ("pt", ("ável", "inho", "inha", "ei", "ou", "nho", "nha", "lho", "lha"), 0.3),
    ("it", ("zione", "zioni"), 0.6),
    (
        "it",
        ("are", "ere", "ire", "iamo", "ato", "ata", "uto", "ito", "etto", "etta", "ino", "ina"),
        0.3,
    ),
    (
        "fr",
        ("eux", "euse", "ais", "ait", "aient", "ez", "ons", "ée", "és", "aux", "eau", "eaux"),
        0.4,
    ),
    ("de", ("ung", "keit", "heit", "lich", "chen", "tz"), 0.5),
    ("en", ("ing", "'s", "n't", "ly"), 0.7),
)
_FRAGMENTS: Final[tuple[tuple[str, str, float], ...]] = (
    ("de", "sch", 0.5), ("it", "gli", 0.6), ("it", "zz", 0.4), ("it", "cch", 0.4),
    ("en", "th", 0.4), ("en", "w", 0.2),
)  # fmt: skip
_ELISION = re.compile(r"\b[jldmnsc]'\w")

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _build_weights() -> dict[str, dict[str, float]]:
    owners: dict[str, set[str]] = {}
    for lang, text in _VOCAB.items():
        for word in text.split():
            owners.setdefault(word, set()).add(lang)
    return {word: {lang: 1.0 / len(langs) for lang in langs} for word, langs in owners.items()}


_WEIGHTS: Final[dict[str, dict[str, float]]] = _build_weights()


def _unaccent_cache() -> dict[str, dict[str, float]]:
    # Users type without accents: "como", "tambien", "perche" must score like the real words.
    def strip_accents(word: str) -> str:
        decomposed = unicodedata.normalize("NFKD", word)
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    extra: dict[str, dict[str, float]] = {}
    for word, weights in _WEIGHTS.items():
        bare = strip_accents(word)
        if bare != word and bare not in _WEIGHTS:
            extra[bare] = weights
    return extra


_WEIGHTS.update(_unaccent_cache())


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def language_scores(text: str) -> dict[str, float]:
    """Evidence for each language in `text` (higher is more likely)."""
    scores = dict.fromkeys(LANGUAGES, 0.0)
    low = text.lower()
    for word in _WORD.findall(low):
        weights = _WEIGHTS.get(word)
        if weights is None and not word.isascii():
            weights = _WEIGHTS.get(_bare(word))
        if weights is None and "'" in word:
            weights = _WEIGHTS.get(word.split("'")[0] + "'")
        if weights:
            for lang, weight in weights.items():
                scores[lang] += weight
        if len(word) > 3:
            for lang, endings, weight in _ENDINGS:
                if word.endswith(endings):
                    scores[lang] += weight
            for lang, fragment, weight in _FRAGMENTS:
                if fragment in word:
                    scores[lang] += weight
    seen: dict[str, int] = {}
    for letter in _LETTER_RE.findall(low):
        seen[letter] = seen.get(letter, 0) + 1
    for letter, count in seen.items():
        for lang, weight in _LETTERS[letter]:
            scores[lang] += weight * min(count, 3)
    if _ELISION.search(low):
        scores["fr"] += 1.0
    return scores


def detect_language(text: str, default: str = "en") -> str:
    """The language of a chat message: one of en, es, fr, pt, de, it.

    Returns `default` when the text gives no evidence (emoji, names, numbers) or when the
    evidence ties with `default` among the best.
    """
    scores = language_scores(text)
    best = max(scores.values())
    if best <= 0:
        return default
    leaders = [lang for lang in LANGUAGES if scores[lang] == best]
    if default in leaders:
        return default
    return leaders[0]
