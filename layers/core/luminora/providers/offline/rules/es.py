"""Spanish intent patterns (Spain and Latin America; chat spellings: "q", "xq", "yamas")."""

from __future__ import annotations

from types import MappingProxyType

from luminora.providers.offline.rules.base import LanguageRules

_HOW = r"(?:como|cmo|komo)"

RULES = LanguageRules(
    greeting=(
        r"^(?:oye |y |ey )?(?:hola+|holi+s?|buenas|buenos dias|buen dia|buenas (?:tardes|noches)"
        r"|hey+|hi|hello|que onda|que hubo|quiubo|saludos|wenas)\b"
    ),
    goodbye=(
        r"\b(?:adios|chao|chau|hasta (?:luego|manana|pronto|la proxima|otra)|nos vemos"
        r"|me voy a dormir|me tengo que ir|me voy ya|bye|me despido|que descanses)\b"
    ),
    thanks=r"\b(?:gracias|grax|grcs|thx|thanks|te lo agradezco)\b",
    how_are_you=(
        rf"\b{_HOW} (?:estas|estan|esta usted|te va|andas|va todo|vas|te encuentras|sigues)\b"
        r"|\bque tal(?: (?:estas|andas|todo|te va|vas|tu dia|el dia))?\s*(?:[?!.,]|$)"
        r"|\bque cuentas\b|\btodo bien\s*\?"
    ),
    bot_name=(
        rf"\b{_HOW} te (?:llamas|yamas|llamabas|dicen|puedo llamar)\b|\bcomo se llama usted\b"
        r"|\bcual es tu nombre\b|\btu nombre\b|\bquien (?:eres|sos)\b|\by tu (?:eres|quien eres)\b"
        r"|\bcon quien (?:hablo|estoy hablando)\b|\btu como te llamas\b|\bte llamas como\b"
    ),
    challenge=(
        r"\bno (?:lo |me |te lo )?(?:sabes|sabias|recuerdas|conoces)\b|\b(?:ya )?no te acuerdas\b"
        r"|\bno te acordas\b|\b(?:te |lo |me )?olvidaste\b|\bse te (?:olvido|ha olvidado)\b"
        r"|\bni (?:lo |eso )?sabes\b|\b(?:a que|apuesto (?:a )?que) no (?:te )?(?:sabes|acuerdas"
        r"|recuerdas|adivinas)\b"
    ),
    opinion=(
        r"\bq(?:ue)? te parece\b|\bque opinas\b|\bque piensas\b|\bcomo lo ves\b"
        r"|\btu que (?:crees|opinas|dices)\b|\bque dices\b|\bte gusta la idea\b|\bque te late\b"
    ),
    about_me=(
        r"\bque (?:sabes|recuerdas) (?:de|sobre) mi\b|\bte acuerdas de mi\b|\bme recuerdas\b"
        r"|\bque te (?:he contado|conte)\b"
    ),
    asking=(
        r"^(?:y )?(?:que|q|como|cmo|komo|donde|adonde|a donde|cuando|quien|cual|cuanto|cuantos"
        r"|cuantas|por que|tengo|dime|di|repite|recuerdame)\b|\b(?:sabes|sabias|recuerdas"
        r"|acuerdas|acordas|olvidaste|conoces|adivina)\b"
    ),
    lead=(
        r"y|entonces|bueno|pues|a ver|oye|vale|venga|eh|ey|jaja+|jeje+|xd|ok|okey|pero|ahora"
        r"|hola|buenas|che|mira|dale|bueno pues|y entonces|a todo esto"
    ),
    feeling_bad=(
        r"\b(?:estoy|me siento|ando|sigo|me encuentro)\b(?: muy| un poco| algo| bastante| re"
        r"| super| tan| demasiado| medio){0,2} (?:triste|cansad[oa]|agotad[oa]|estresad[oa]"
        r"|sol[oa]|aburrid[oa]|preocupad[oa]|deprimid[oa]|enferm[oa]|mal|fatal|hart[oa]"
        r"|agobiad[oa]|nervios[oa]|enojad[oa]|enfadad[oa]|ansios[oa]|de bajon|decaid[oa]"
        r"|frustrad[oa]|reventad[oa])\b"
        r"|\b(?:mal|pesimo|horrible|fatal) dia\b|\bdia (?:malo|horrible|fatal|pesimo|de mierda)\b"
        r"|\bno estoy bien\b"
    ),
    feeling_good=(
        r"\b(?:estoy|me siento|ando)\b(?: muy| super| re| tan| bastante){0,2} (?:feliz|contento"
        r"|contenta|genial|bien|emocionad[oa]|alegre|de maravilla|de lujo|animad[oa]"
        r"|tranquil[oa])\b|\b(?:buen|gran|excelente) dia\b"
    ),
    about_user=MappingProxyType(
        {
            "name": (
                r"\b(?:como|cmo|komo) me (?:llamo|yamo|dicen|llamas)\b|\bquien soy\b"
                r"|\bmi nombre\b|\bme llamo como\b"
            ),
            "travel_destination": (
                r"\b(?:a ?donde|donde) (?:voy|me voy|viajo|voy a (?:ir|viajar)|iba a ir)\b"
                r"|\bmi (?:proximo )?(?:viaje|destino)\b|\bmis vacaciones\b"
            ),
            "location": r"\bdonde vivo\b|\ben (?:que|cual) ciudad vivo\b|\bmi ciudad\b",
            "hometown": r"\bde donde soy\b|\bmi (?:pueblo|tierra) natal\b",
            "likes": (
                r"\bque (?:cosas )?me (?:gusta|gustan|encanta|encantan)\b"
                r"|\bmi (?:comida|color|musica|pelicula|grupo) favorit[oa]\b"
            ),
            "pets": (
                r"\bmis? (?:perr[oa]s?|gat[oa]s?|mascotas?|perrit[oa]s?|gatit[oa]s?|cachorr[oa]s?"
                r"|loro|pajaro|pez|conejo|hamster|tortuga)\b|\btengo (?:mascota|perro|gato)s?\b"
            ),
            "age": r"\bcuant[oa]s anos tengo\b|\bque edad tengo\b|\bmi edad\b",
            "occupation": (
                r"\b(?:de|en) que trabajo\b|\ba que me dedico\b"
                r"|\bmi (?:trabajo|profesion|oficio|empleo|curro|chamba|chamba)\b"
            ),
            "employer": r"\bdonde trabajo\b|\bpara quien trabajo\b|\bmi empresa\b",
            "hobbies": (
                r"\bque hago en mi tiempo libre\b|\bmis? (?:hobbies|hobby|aficion(?:es)?"
                r"|pasatiempos?)\b"
            ),
            "partner": r"\bmi (?:novi[oa]|espos[oa]|pareja|marido|mujer|prometid[oa])\b",
            "family": (
                r"\bmis? (?:familia|madre|padre|mama|papa|hermanos?|hermanas?|hij[oa]s?"
                r"|abuel[oa]s?|padres)\b"
            ),
            "birthday": (
                r"\bcuando (?:es )?mi cumple(?:anos)?\b|\bcuando naci\b|\bmi cumple(?:anos)?\b"
            ),
            "languages": r"\bque idiomas? hablo\b",
            "allergies": r"\ba que soy alergic[oa]\b|\bmis? alergias?\b",
            "goals": r"\bmis? (?:metas?|objetivos?|suenos?)\b",
            "dislikes": r"\bque no me gusta\b|\bque odio\b",
        }
    ),
    topics=MappingProxyType(
        {
            "work": (
                r"\b(?:trabajo|trabajar|curro|chamba|jefe|jefa|oficina|reunion|turno|companeros)\b"
            ),
            "study": (
                r"\b(?:clase|clases|examen|examenes|deberes|tarea|universidad|uni|facultad"
                r"|estudiar|estudiando|colegio|escuela|curso)\b"
            ),
            "food": (
                r"\b(?:comida|comer|comiendo|cena|cenar|almuerzo|desayuno|cocinar|cocinando"
                r"|pizza|sushi|tacos|paella|hambre|receta)\b"
            ),
            "music": (
                r"\b(?:musica|cancion|canciones|banda|concierto|disco|guitarra|piano|cantar)\b"
            ),
            "screen": (
                r"\b(?:peli|pelis|pelicula|peliculas|serie|series|netflix|anime|capitulo|tele)\b"
            ),
            "games": (
                r"\b(?:videojuegos?|jugando a|consola|play|playstation|xbox|nintendo|minecraft)\b"
            ),
            "sport": (
                r"\b(?:gimnasio|gym|entrenar|entrenando|correr|futbol|baloncesto|basket|tenis"
                r"|deporte|yoga|nadar|senderismo)\b"
            ),
            "books": r"\b(?:libro|libros|leer|leyendo|novela|autor)\b",
            "weather": (
                r"\b(?:tiempo hace|clima|lluvia|llueve|lloviendo|calor|frio|nieve|nevando)\b"
            ),
            "sleep": r"\b(?:dormir|durmiendo|dormi|sueno|insomnio|siesta)\b",
        }
    ),
)
