"""Portuguese closed-class vocabulary (folded: lowercase, no accents; display keeps accents)."""

from __future__ import annotations

import re

from luminora.memory.extraction.readers import Lexicon
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import Relation, Words, gendered, phrases, words

ARTICLES = words(
    "o a os as um uma uns umas meu minha meus minhas seu sua do da dos das no na nos nas de pouco"
)
INTENSIFIERS = words("muito muita bastante demais super realmente tambem so mesmo bem")
STOPS = words(
    "teu tua contigo voce vc os as um uma em com sem para pra pro por desde durante entre "
    "sobre ate mas porem porque "
    "pq que q "
    "quando onde se como ja eu voce vc tu ele ela nos eles elas me te lhe "
    "sou eh esta estou tenho tem ha hoje ontem amanha agora sempre nunca depois antes "
    "cada semana mes ano este esta isso isto esse essa aqui ali la kkk kkkk kkkkk rs haha "
    "tambem tbm mais menos foi era foram eram ao aos no na nos nas pelo pela pelos pelas num "
    "numa"
)
FILLERS = words(
    "kkk kkkk kkkkk kkkkkk rs rsrs haha hahaha hehe lol tipo ne ta ok beleza blz vlw "
    "infelizmente felizmente obviamente basicamente"
)
JOINERS = words("e")
STARTERS = words(
    "eu me mas que porque moro sou tenho trabalho estou faco vou jogo falo odeio adoro amo "
    "gosto detesto curto nao prefiro"
)
PLACE_LINKS = words("de do da dos das e")
NAME_CLOSERS = words("e de do da kkk kkkk rs haha prazer muito tenho moro sou")

_ADJECTIVES = words(
    "cansado cansada feliz alto alta baixo baixa novo nova velho velha jovem solteiro "
    "solteira casado casada divorciado divorciada timido timida legal bom boa mau ma "
    "bonito bonita feio feia inteligente fa muito bem mal livre otimo otima unico unica "
    "alergico alergica nascido nascida natural apaixonado apaixonada doido doida louco "
    "louca ocupado ocupada triste contente doente pronto pronta seguro segura aposentado "
    "aposentada estudante filho filha mae pai eu voce oi ola obrigado obrigada tchau sim "
    "nao gente pessoa cara mano mina moleque fã"
)
_VERBS = words(
    "e esta tem mora trabalha come dorme late faz se nao ja sempre tambem que era foi "
    "estava vai vem sai joga me lhe diz quer odeia ama adora acabou fez derrubou comeu "
    "quebrou fugiu morreu nasceu chama gosta vive"
)
_NOUNS = words(
    "casa apartamento apto cidade interior centro bairro capital exterior praia trabalho "
    "escritorio academia escola faculdade universidade hospital mercado loja parque festa "
    "cama medico aula piscina bar restaurante mundo mar "
    # Transport and errands: "vou de carro", "vou pra aula".
    "trem aviao carro onibus metro moto bicicleta pe jantar almoco reuniao consulta "
    "shopping balada igreja novo verdade repente boa"
)

RELATIONS: dict[str, Relation] = {}
for _w in (
    "esposa esposo marido mulher namorada namorado noiva noivo companheira companheiro "
    "parceira parceiro mozao"
).split():
    RELATIONS[_w] = Relation("partner", _w)
for _w, _d, _p in (
    ("mae", "mãe", False), ("pai", "pai", False), ("pais", "pais", True),
    ("irma", "irmã", False), ("irmao", "irmão", False), ("irmaos", "irmãos", True),
    ("irmas", "irmãs", True), ("filho", "filho", False), ("filha", "filha", False),
    ("filhos", "filhos", True), ("filhas", "filhas", True), ("avo", "avó", False),
    ("avos", "avós", True), ("tio", "tio", False), ("tia", "tia", False),
    ("tios", "tios", True), ("primo", "primo", False), ("prima", "prima", False),
    ("primos", "primos", True), ("sobrinho", "sobrinho", False),
    ("sobrinha", "sobrinha", False), ("neto", "neto", False), ("neta", "neta", False),
    ("netos", "netos", True), ("sogra", "sogra", False), ("sogro", "sogro", False),
    ("cunhado", "cunhado", False), ("cunhada", "cunhada", False), ("bebe", "bebê", False),
    ("enteado", "enteado", False), ("enteada", "enteada", False),
    ("madrasta", "madrasta", False), ("padrasto", "padrasto", False),
    ("gemeo", "gêmeo", False), ("gemea", "gêmea", False), ("criancas", "crianças", True),
):  # fmt: skip
    RELATIONS[_w] = Relation("family", _d, _p)
for _w, _d, _p in (
    ("cachorro", "cachorro", False), ("cachorra", "cachorra", False),
    ("cachorros", "cachorro", True), ("cao", "cão", False), ("caes", "cão", True),
    ("cadela", "cadela", False), ("gato", "gato", False), ("gata", "gata", False),
    ("gatos", "gato", True), ("gatinho", "gatinho", False), ("gatinha", "gatinha", False),
    ("coelho", "coelho", False), ("coelha", "coelha", False), ("hamster", "hamster", False),
    ("papagaio", "papagaio", False), ("passaro", "pássaro", False), ("peixe", "peixe", False),
    ("peixes", "peixe", True), ("tartaruga", "tartaruga", False), ("cobra", "cobra", False),
    ("cavalo", "cavalo", False), ("calopsita", "calopsita", False),
    ("periquito", "periquito", False), ("filhote", "filhote", False),
    ("cachorrinho", "cachorrinho", False), ("cachorrinha", "cachorrinha", False),
    ("vira-lata", "vira-lata", False), ("labrador", "labrador", False),
    ("pastor alemao", "pastor alemão", False), ("poodle", "poodle", False),
    ("porquinho-da-india", "porquinho-da-índia", False),
):  # fmt: skip
    RELATIONS[_w] = Relation("pet", _d, _p)
for _w in (
    "amigo amiga amigos amigas colega colegas chefe vizinho vizinha professor professora ex"
).split():
    RELATIONS[_w] = Relation("other", _w)
RELATIONS["melhor amigo"] = Relation("other", "melhor amigo")
RELATIONS["melhor amiga"] = Relation("other", "melhor amiga")

DIETS = Lexicon(gendered("vegano/a vegetariano/a pescetariano/a flexitariano/a crudívoro/a"))
LANGUAGES = Lexicon(
    {
        fold(x): x
        for x in (
            "português inglês espanhol francês alemão italiano japonês chinês mandarim árabe "
            "russo coreano holandês grego turco polonês hebraico hindi sueco catalão galego "
            "latim esperanto ucraniano"
        ).split()
    }
    | {"libras": "Libras", "lingua de sinais": "língua de sinais"}
)
NATIONALITIES = Lexicon(
    gendered(
        "brasileiro/a português/portuguesa angolano/a moçambicano/a cabo-verdiano/a "
        "argentino/a chileno/a colombiano/a mexicano/a peruano/a uruguaio/a paraguaio/a "
        "boliviano/a venezuelano/a espanhol/a francês/francesa alemão/alemã italiano/a "
        "inglês/inglesa americano/a canadense japonês/japonesa chinês/chinesa coreano/a "
        "russo/a holandês/holandesa suíço/a belga grego/a turco/a indiano/a "
        "irlandês/irlandesa britânico/a australiano/a"
    )
)
OCCUPATIONS = Lexicon(
    gendered(
        "professor/a prof enfermeiro/a médico/a doutor/a engenheiro/a programador/a "
        "desenvolvedor/a designer advogado/a contador/a arquiteto/a estudante cozinheiro/a "
        "chef garçom garçonete piloto motorista mecânico/a eletricista encanador/a "
        "canalizador/a carpinteiro/a bombeiro/a policial polícia soldado artista músico/a "
        "escritor/a jornalista fotógrafo/a cientista pesquisador/a dentista "
        "farmacêutico/a veterinário/a psicólogo/a cirurgião/cirurgiã caixa vendedor/a "
        "padeiro/a açougueiro/a cabeleireiro/a secretário/a tradutor/a ator/atriz "
        "dançarino/a cantor/a treinador/a agricultor/a aposentado/a estagiário/a "
        "fisioterapeuta analista consultor/a gerente empresário/a motoboy babá diarista "
        "faxineiro/a pedreiro servidor/a funcionário/a técnico/a enfermeira nutricionista "
        "uber entregador/a recepcionista bancário/a"
    ),
    suffixes=r"ologo|ologa|ografo|ografa|iatra",  # productive job endings ("-ólogo", "-ógrafo")
)
DO_ACTIVITIES = Lexicon(
    {
        fold(x): x
        for x in (
            "yoga|ioga|natação|academia|musculação|pilates|crossfit|corrida|caminhada|trilha|"
            "dança|capoeira|jiu-jitsu|jiu jitsu|boxe|judô|karatê|surf|esporte|esportes|"
            "ciclismo|escalada|teatro|fotografia|meditação|crochê|tricô|balé|ballet|"
            "spinning|funcional|muay thai|futebol|vôlei|tênis|basquete|padel|pádel|pickleball|"
            "boulder|squash|beach tennis|kitesurf"
        ).split("|")
    }
)
ACTIVITY_VERBS: dict[str, str] = {
    "nado": "nadar", "corro": "correr", "danco": "dançar", "canto": "cantar",
    "pinto": "pintar", "desenho": "desenhar", "leio": "ler", "escrevo": "escrever",
    "cozinho": "cozinhar", "surfo": "surfar", "pedalo": "pedalar", "medito": "meditar",
    "malho": "malhar", "treino": "treinar", "viajo": "viajar",
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
    r"(?:^|[^\w'])(?:oi+|ola|opa|e\s+ai|eai|bom\s+dia|boa\s+tarde|boa\s+noite|hey|alias|btw|"
    r"prazer)(?:[\s,!.]+[^\W\d_]+)?[\s,!.:;-]*(?:eu\s+)?$"
)
INTRO_AFTER = re.compile(r"\s*(?:,|muito\s+prazer|prazer|alias|btw|\d|tenho\s+\d)")
# Nouns cannot follow the copula without an article: after one, in an introduction, a name
# ("hola, soy mar", "soy mar, de cádiz").
WEAK_NAMES = frozenset(_NOUNS) - words("exterior novo verdade repente boa")

# Nouns that point back at something said before ("the smell of it").
REFERRING = words("sabor cheiro textura ideia fato jeito forma sensacao barulho som coisa")

WORDS = Words(
    referring=REFERRING,
    time_words=TIME_WORDS["pt"],
    descriptive=_ADJECTIVES,
    gerund=re.compile(r"(?:ando|endo|indo)$"),
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
    adjective_endings=(
        "issimo",
        "issima",
        "oso",
        "osa",
        "ivo",
        "iva",
        "vel",
        "ista",
        "ense",
        "ado",
        "ada",
        "eiro",
        "eira",
    ),
    verb_like=re.compile(r"(?:ar|er|ir)$"),
)

# Fields of study: "estudo engenharia" says the user is a student.
STUDY_FIELDS = phrases(
    "medicina|direito|engenharia|informatica|enfermagem|psicologia|arquitetura|arquitectura|"
    "economia|historia|filosofia|biologia|quimica|fisica|matematica|letras|farmacia|"
    "administracao|gestao|jornalismo|odontologia|veterinaria|faculdade|na faculdade|na universidade"
)
