"""Spanish closed-class vocabulary (folded: lowercase, no accents; display keeps accents)."""

from __future__ import annotations

import re

from luminora.memory.extraction.readers import Lexicon
from luminora.memory.extraction.text import fold
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import Relation, Words, gendered, words

ARTICLES = words(
    "el la los las un una unos unas mi mis su sus lo al del nuestro nuestra nuestros "
    "nuestras poco monton cacho algo de"
)
INTENSIFIERS = words(
    "mucho muchisimo muchisima muy bastante tanto demasiado super re especialmente sobre "
    "todo todos todas tambien solo realmente sinceramente la verdad totalmente mogollon mazo "
    "cantidad bastantisimo"
)
STOPS = words(
    "tu tus contigo conmigo el la los las un una a ante bajo con contra desde durante en "
    "entre hacia hasta para por "
    "segun sin sobre tras "
    "pero aunque porque pq xq que q cuando donde mientras si sino pues como ya "
    "yo vos ella nosotros ellos ellas me te se le les nos os usted "
    "es son soy eres esta estoy estaba era fue tengo tiene hay he ha han "
    "hoy ayer manana ahora todavia aun siempre nunca antes despues luego pronto hace este "
    "esta esto ese esa eso cada semana mes ano finde tambien tampoco bastante mucho poco "
    "nada mas menos asi aqui alli alla ahi xd jaja jeje lol"
)
FILLERS = words(
    "jaja jajaja jajajaja jajaj jeje jejeje jiji xd xdd lol jsjs jsjsjs uff ay bueno vale "
    "oye tio tia ok okey okay sip nop porfa plis gracias btw wey guey che boludo hermano "
    "crack xddd ajaja desgraciadamente lamentablemente afortunadamente obviamente basicamente"
)
JOINERS = words("y e")
STARTERS = words(
    "yo me te se mi pero que aunque porque vivo soy tengo trabajo estoy hago voy juego estudio "
    "curro viajo necesito busco acabo llevo sigo salgo vengo conozco tomo bebo "
    "hablo quiero odio creo pienso es son no adoro amo detesto prefiero me"
)
PLACE_LINKS = words("de del la las los el y")
NAME_CLOSERS = words(
    "y e de del jeje jaja encantado encantada un mucho gusto btw aqui por desde para "
    "xd tengo vivo soy trabajo jajaja"
)

_ADJECTIVES = words(
    "cansado cansada feliz alto alta bajo baja nuevo nueva viejo vieja joven mayor soltero "
    "grande grandes pequeno pequena chico chica enorme "
    "soltera casado casada divorciado divorciada viudo viuda timido timida simpatico "
    "simpatica gracioso graciosa raro rara normal humano humana bueno buena malo mala guapo "
    "guapa feo fea listo lista tonto tonta inteligente fan muy bastante asi bien mal libre "
    "capaz genial fatal unico unica alergico alergica nacido nacida originario originaria "
    "aficionado aficionada fanatico fanatica alguien nadie mas menos tan tanto todo nada "
    "algo uno una dos consciente culpable responsable afortunado afortunada hincha socio "
    "cliente usuario usuaria friki gamer adicto adicta pesado pesada negado negada zurdo "
    "zurda gordo gorda flaco flaca delgado delgada moreno morena rubio rubia pelirrojo "
    "pelirroja creyente ateo atea catolico catolica cristiano cristiana musulman judio "
    "judia budista agnostico agnostica gay lesbiana hetero bisexual trans introvertido "
    "introvertida extrovertido extrovertida sensible perfeccionista optimista pesimista "
    "realista ordenado ordenada desordenado desordenada puntual vago vaga trabajador "
    "trabajadora fiel sincero sincera honesto honesta celoso celosa orgulloso orgullosa "
    "cabezota despistado despistada nervioso nerviosa tranquilo tranquila vergonzoso "
    "vergonzosa menor novato novata principiante experto experta mismo misma yo tu el ella "
    "usted hijo hija agotado agotada estresado estresada aburrido aburrida contento "
    "contenta triste enfermo enferma harto harta listo lista seguro segura muerto muerta "
    "fatal igual como tal cual quien hola buenas adios gracias perdon perdona claro vale "
    "si no nunca siempre mejor peor nuevo primero primera ultimo ultima pobre rico rica "
    "alto loco loca maniatico vegano vegana animalista ecologista deportista "
    "estudiante madrugador madrugadora noctambulo noctambula persona tipo tia chaval chica "
    "chico senor senora mujer hombre nino nina persona gente humano robot bot "
    "lento lenta fuerte debil diestro diestra emo punk otaku nena nene adulto adulta "
    "nocturno nocturna rockero rockera hipster pijo pija cani choni "
    "celiaco celiaca diabetico diabetica asmatico asmatica epileptico epileptica daltonico "
    "daltonica miope sordo sorda ciego ciega zurdo intolerante alergica "
    "saludos besos abrazos ciao chao hey ey holi holis buenos dias tardes noches parte "
    "dueno duena jefe jefa team pro anti negro negra rojo roja azul verde amarillo amarilla "
    "gris marron"
)
# Zodiac signs ("soy leo"): frequent words, though "Leo" typed with a capital is a name.
ZODIAC = words(
    "aries tauro geminis cancer leo virgo libra escorpio sagitario capricornio acuario piscis"
)
_VERBS = words(
    "es esta tiene vive trabaja come duerme ladra hace se no ya siempre tambien y que era "
    "fue estaba va viene sale juega me le nos dice quiere odia ama adora acaba cumple murio "
    "fallecio nacio anda sigue lleva para mia mio y o pero de del en con a al "
    "son estan tienen viven eran fueron"
)
_NOUNS = words(
    "casa piso apartamento ciudad pueblo campo centro barrio capital extranjero playa "
    "montana afueras zona residencia trabajo oficina gimnasio gym cine colegio escuela "
    "universidad uni hospital super supermercado tienda parque fiesta boda concierto cama "
    "dormir medico dentista clase piscina bar restaurante mundo mar norte sur este oeste "
    "remoto teletrabajo paro calle edificio habitacion cuarto chalet finca isla costa sitio "
    "lugar pais ciudad provincia region estado "
    # Transport and errands: "me voy en tren", "voy a tope", "voy a pie".
    "tren avion coche carro bus autobus moto bici barco metro taxi uber tope pie clase cena "
    "comida desayuno reunion cita entrevista boda concierto museo museos mercado farmacia "
    "peluqueria cole instituto insti verdad hecho acuerdo momento broma paso pena lujo "
    "maravilla repente golpe veras"
)

_REL: dict[str, Relation] = {}
for (
    _w
) in "esposa esposo mujer marido novia novio pareja prometida prometido churri chica chico".split():
    _REL[_w] = Relation("partner", _w)
for _w, _d, _p in (
    ("madre", "madre", False), ("mama", "mamá", False), ("papa", "papá", False),
    ("padre", "padre", False), ("padres", "padres", True), ("hermana", "hermana", False),
    ("hermanas", "hermanas", True), ("hermano", "hermano", False),
    ("hermanos", "hermanos", True), ("hijo", "hijo", False), ("hijos", "hijos", True),
    ("hija", "hija", False), ("hijas", "hijas", True), ("ninos", "niños", True),
    ("ninas", "niñas", True), ("nino", "niño", False), ("nina", "niña", False),
    ("peques", "peques", True), ("abuela", "abuela", False), ("abuelo", "abuelo", False),
    ("abuelos", "abuelos", True), ("tia", "tía", False), ("tio", "tío", False),
    ("tios", "tíos", True), ("primo", "primo", False), ("prima", "prima", False),
    ("primos", "primos", True), ("sobrino", "sobrino", False), ("sobrina", "sobrina", False),
    ("sobrinos", "sobrinos", True), ("nieto", "nieto", False), ("nieta", "nieta", False),
    ("nietos", "nietos", True), ("suegra", "suegra", False), ("suegro", "suegro", False),
    ("suegros", "suegros", True), ("cunado", "cuñado", False), ("cunada", "cuñada", False),
    ("gemelo", "gemelo", False), ("gemela", "gemela", False), ("bebe", "bebé", False),
    ("madrastra", "madrastra", False), ("padrastro", "padrastro", False),
    ("hermanastro", "hermanastro", False), ("hermanastra", "hermanastra", False),
):  # fmt: skip
    _REL[_w] = Relation("family", _d, _p)
for _w, _d, _p in (
    ("perro", "perro", False), ("perra", "perra", False), ("perros", "perro", True),
    ("perrito", "perrito", False), ("perrita", "perrita", False), ("gato", "gato", False),
    ("gata", "gata", False), ("gatos", "gato", True), ("gatas", "gata", True),
    ("gatito", "gatito", False), ("gatita", "gatita", False), ("cachorro", "cachorro", False),
    ("cachorra", "cachorra", False), ("conejo", "conejo", False), ("coneja", "coneja", False),
    ("hamster", "hámster", False), ("loro", "loro", False), ("pajaro", "pájaro", False),
    ("periquito", "periquito", False), ("pez", "pez", False), ("peces", "pez", True),
    ("tortuga", "tortuga", False), ("serpiente", "serpiente", False),
    ("iguana", "iguana", False), ("huron", "hurón", False), ("caballo", "caballo", False),
    ("yegua", "yegua", False), ("cobaya", "cobaya", False), ("canario", "canario", False),
    ("erizo", "erizo", False), ("mascota", "mascota", False),
    # breeds and pet words said instead of "perro"/"gato"
    ("galgo", "galgo", False), ("galga", "galga", False), ("podenco", "podenco", False),
    ("podenca", "podenca", False), ("labrador", "labrador", False), ("caniche", "caniche", False),
    ("chihuahua", "chihuahua", False), ("teckel", "teckel", False), ("beagle", "beagle", False),
    ("husky", "husky", False), ("bulldog", "bulldog", False), ("yorkshire", "yorkshire", False),
    ("pastor aleman", "pastor alemán", False), ("perrete", "perrete", False),
    ("minino", "minino", False), ("agapornis", "agapornis", False),
    ("conejito", "conejito", False),
):  # fmt: skip
    _REL[_w] = Relation("pet", _d, _p)
for _w in (
    "amigo amiga amigos amigas colega colegas companero companera companeros compi compis "
    "jefe jefa vecino vecina vecinos casero casera profe profesor profesora ex medico "
    "medica terapeuta entrenador entrenadora"
).split():
    _REL[_w] = Relation("other", _w)
_REL["mejor amigo"] = Relation("other", "mejor amigo")
_REL["mejor amiga"] = Relation("other", "mejor amiga")
RELATIONS = _REL

DIETS = Lexicon(
    gendered(
        "vegano/a vegetariano/a pescetariano/a pescatariano/a crudivegano/a flexitariano/a "
        "ovolactovegetariano/a"
    )
)
LANGUAGES = Lexicon(
    {
        fold(x): x
        for x in (
            "español castellano inglés francés alemán italiano portugués catalán euskera "
            "vasco gallego valenciano chino mandarín japonés coreano árabe ruso neerlandés "
            "holandés griego turco polaco sueco noruego danés finés finlandés hindi hebreo "
            "rumano quechua guaraní náhuatl latín esperanto ucraniano asturiano aragonés "
            "bable mallorquín"
        ).split()
    }
    | {"lengua de signos": "lengua de signos", "lengua de senas": "lengua de señas"}
)
NATIONALITIES = Lexicon(
    gendered(
        "argentino/a mexicano/a colombiano/a chileno/a peruano/a venezolano/a cubano/a "
        "uruguayo/a paraguayo/a boliviano/a ecuatoriano/a dominicano/a puertorriqueño/a "
        "guatemalteco/a hondureño/a salvadoreño/a nicaragüense costarricense panameño/a "
        "español/a portugués/portuguesa francés/francesa alemán/alemana italiano/a "
        "inglés/inglesa británico/a irlandés/irlandesa escocés/escocesa estadounidense "
        "americano/a canadiense brasileño/a ruso/a chino/a japonés/japonesa coreano/a "
        "indio/a marroquí holandés/holandesa belga suizo/a sueco/a noruego/a danés/danesa "
        "polaco/a griego/a turco/a ucraniano/a rumano/a australiano/a filipino/a "
        "catalán/catalana vasco/a gallego/a andaluz/a canario/a asturiano/a valenciano/a "
        "latino/a europeo/a africano/a asiático/a búlgaro/a húngaro/a checo/a austriaco/a "
        "finlandés/finlandesa argelino/a egipcio/a senegalés/senegalesa nigeriano/a "
        "venezolano/a israelí iraní libanés/libanesa sirio/a"
    )
)
OCCUPATIONS = Lexicon(
    gendered(
        "profesor/a profe maestro/a enfermero/a médico/a doctor/a ingeniero/a programador/a "
        "desarrollador/a diseñador/a abogado/a contable arquitecto/a estudiante cocinero/a "
        "chef camarero/a mesero/a piloto conductor/a taxista camionero/a mecánico/a "
        "electricista fontanero/a carpintero/a bombero/a policía militar soldado artista "
        "músico/a escritor/a periodista fotógrafo/a científico/a investigador/a dentista "
        "farmacéutico/a veterinario/a psicólogo/a psiquiatra cirujano/a cajero/a "
        "dependiente/a gerente consultor/a analista vendedor/a comercial agricultor/a "
        "granjero/a panadero/a carnicero/a peluquero/a secretario/a recepcionista "
        "bibliotecario/a traductor/a intérprete editor/a actor/actriz bailarín/bailarina "
        "cantante deportista entrenador/a niñera canguro cuidador/a limpiador/a autónomo/a "
        "funcionario/a empresario/a becario/a jubilado/a ama_de_casa informático/a "
        "administrativo/a auxiliar técnico/a albañil pintor/a jardinero/a pescador/a "
        "repartidor/a azafato/a guía socorrista fisioterapeuta matrona cura monja modelo "
        "youtuber streamer economista contador/a obrero/a soldador/a barbero educador/a "
        "pedagogo/a logopeda terapeuta trabajador_social guardia vigilante cartero/a "
        "mensajero/a profesor_de_universidad catedrático/a odontólogo/a enfermero_jefe "
        "asistente dependiente/a empleado/a operario/a dj tatuador/a maquillador/a "
        "esteticista masajista barista sumiller cocinero/a pastelero/a repostero/a "
        "carpintero/a fontanero/a vendedor/a agente gestor/a director/a jefe_de_cocina "
        "emprendedor/a freelance"
    ),
    suffixes=r"ologo|ologa|ografo|ografa|iatra",  # productive job endings ("-ólogo", "-ógrafo")
)
ACTIVITY_VERBS: dict[str, str] = {
    "nado": "nadar", "corro": "correr", "escalo": "escalar", "pinto": "pintar",
    "dibujo": "dibujar", "bailo": "bailar", "canto": "cantar", "cocino": "cocinar",
    "leo": "leer", "escribo": "escribir", "surfeo": "surfear", "esquio": "esquiar",
    "patino": "patinar", "buceo": "bucear", "medito": "meditar", "entreno": "entrenar",
    "pesco": "pescar", "tejo": "tejer", "viajo": "viajar", "camino": "caminar",
    "pedaleo": "pedalear", "remo": "remar",
}  # fmt: skip
DO_ACTIVITIES = Lexicon(
    {
        fold(x): x
        for x in (
            "yoga|pilates|crossfit|deporte|natación|senderismo|escalada|boxeo|karate|kárate|"
            "judo|taekwondo|baile|danza|surf|ciclismo|running|footing|gimnasia|meditación|"
            "fotografía|cerámica|teatro|punto|ganchillo|spinning|zumba|bici|bicicleta|"
            "calistenia|musculación|pesas|atletismo|triatlón|remo|piragüismo|parapente|"
            "submarinismo|buceo|esgrima|equitación|patinaje|esquí|ski|kickboxing|muay thai|"
            "jiu jitsu|capoeira|salsa|bachata|tango|escalada deportiva|trail|rugby|padel|pádel|"
            "ejercicio|gym|aerobic|aeróbic|tai chi|taichí|voluntariado|manualidades|pickleball|"
            "boulder|búlder|escalada en bloque|squash|kitesurf|skate|paddle surf"
        ).split("|")
    }
)
STUDY_FIELDS = words(
    "medicina derecho ingenieria informatica enfermeria psicologia arquitectura economia "
    "filologia periodismo biologia quimica fisica matematicas historia filosofia magisterio "
    "bachillerato empresariales ade farmacia veterinaria odontologia traduccion bellas artes "
    "en la universidad en la uni una carrera un master un grado fp"
)
# Lines of work, not employers: "trabajo en marketing", "curro en la hostelería".
SECTORS = words(
    "marketing ventas hosteleria construccion educacion ensenanza sanidad banca informatica "
    "finanzas comercio turismo logistica rrhh administracion seguros publicidad diseno moda "
    "telecomunicaciones investigacion consultoria comunicacion periodismo cine television "
    "tecnologia software it programacion atencion limpieza seguridad transporte hospital "
    "hospitales restauracion agricultura industria farmacia derecho recursos"
)
NOUNS_LIKE_VERBS = words(
    "mar bar lugar hogar azucar collar par dolar cancer mujer placer poder taller caracter "
    "lider ser cadaver chofer rosal"
)

COMMON = (
    ARTICLES
    | INTENSIFIERS
    | STOPS
    | FILLERS
    | _ADJECTIVES
    | ZODIAC
    | _VERBS
    | _NOUNS
    | frozenset(RELATIONS)
    | frozenset(DIETS)
    | frozenset(LANGUAGES)
    | frozenset(NATIONALITIES)
    | frozenset(OCCUPATIONS)
    | frozenset(ACTIVITY_VERBS)
    | frozenset(DO_ACTIVITIES)
)

# Frequent words that are still names when they close a message after "soy" ("…, soy
# leo"): nouns, first-person verbs and signs, but no adjectives, jobs, diets or pronouns.
SIGN_OFF_BLOCKED = COMMON - _NOUNS - frozenset(ACTIVITY_VERBS) - ZODIAC

# Introductions: a greeting or "by the way" before "soy X", or a closing word after it, make
# a frequent word a name ("hola, soy mar").
INTRO_BEFORE = re.compile(
    r"(?:^|[^\w'])(?:hola+|holi+s?|buenas|buenos\s+dias|wenas|hey|ey|oye|saludos|que\s+tal|"
    r"q\s+tal|por\s+cierto|btw|pues\s+nada|encantad[oa])"
    r"(?:[\s,!.¡]+[^\W\d_]+)?[\s,!.:;¡-]*(?:yo\s+)?$"
)
INTRO_AFTER = re.compile(
    r"\s*(?:,|encantad[oa]|mucho\s+gusto|un\s+placer|por\s+cierto|btw|\d|tengo\s+\d|"
    r"y\s+(?:vivo|soy|tengo|trabajo|estudio)\b)"
)
# Nouns cannot follow the copula without an article: after one, in an introduction, a name
# ("hola, soy mar", "soy mar, de cádiz").
WEAK_NAMES = (frozenset(_NOUNS) | frozenset(ACTIVITY_VERBS)) - words(
    "extranjero remoto super tope paro"
)

# Nouns that point back at something said before ("the smell of it").
REFERRING = words(
    "sabor olor textura idea hecho forma manera sensacion ruido sonido pinta aspecto cosa rollo "
    "gusto"
)

WORDS = Words(
    referring=REFERRING,
    time_words=TIME_WORDS["es"],
    descriptive=_ADJECTIVES,
    gerund=re.compile(r"(?:ando|iendo|yendo)$"),
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
    # Fillers that are also names and cannot follow "soy" as fillers ("holaa soy vale").
    name_ok=words("vale"),
    intro_before=INTRO_BEFORE,
    intro_after=INTRO_AFTER,
    verb_like=re.compile(r"(?:ar|er|ir)(?:me|te|se|nos|os|le|les)?(?:lo|la|los|las)?$"),
    adjective_endings=(
        "isimo",
        "isima",
        "oso",
        "osa",
        "ivo",
        "iva",
        "ble",
        "ista",
        "ense",
        "eno",
        "ero",
        "era",
        "udo",
        "uda",
        "ado",
        "ada",
        "ido",
        "ida",
        "ante",
    ),  # fmt: skip
)
