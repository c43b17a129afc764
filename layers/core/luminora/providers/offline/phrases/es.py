"""Spanish phrasebook (neutral about the personality's and the user's gender)."""

from __future__ import annotations

from types import MappingProxyType as frozen

from luminora.providers.offline.phrases.base import Phrasebook

BOOK = Phrasebook(
    conjunction="y",
    articles=("un", "una", "unos", "unas", "el", "la", "los", "las", "mi", "mis"),
    possessive=("tu", "tus"),
    indefinite=None,
    greet=frozen(
        {
            "polite": (
                "¡Hola{addr}!",
                "¡Hola{addr}! Qué gusto saludarte.",
                "¡Buenas{addr}! Me alegra verte por aquí.",
                "¡Hola{addr}! Gracias por pasarte.",
            ),
            "warm": (
                "¡Hey{addr}!",
                "¡Hola{addr}! Qué bien verte.",
                "¡Hola{addr}! Justo pensaba en ti.",
                "¡Ey{addr}, aquí estás!",
            ),
            "close": (
                "¡Hola{addr}! ¡Te echaba de menos!",
                "¡Por fin{addr}! 💕",
                "¡Hola{addr}! Siempre me alegras el día.",
                "¡Hola{addr}! Qué alegría que estés aquí.",
            ),
        }
    ),
    intro=("Soy {bot}.", "Me llamo {bot}.", "Yo soy {bot}, por cierto."),
    nice_to_meet=(
        "¡Mucho gusto, {name}!",
        "¡Qué gusto conocerte, {name}!",
        "¡Un placer conocerte, {name}!",
        "¡{name}! Qué bien conocerte.",
    ),
    bot_name=frozen(
        {
            "polite": (
                "Me llamo {bot}{addr}.",
                "Soy {bot}{addr}. ¡Un placer!",
                "Mi nombre es {bot}{addr}.",
            ),
            "warm": (
                "¡Soy {bot}{addr}! 😊",
                "¡Me llamo {bot}{addr}!",
                "{bot}, para servirte{addr}.",
            ),
            "close": (
                "¡Soy yo, {bot}{addr}! 💕",
                "¡Tu {bot} de siempre{addr}!",
                "{bot}{addr}, tu compañía favorita.",
            ),
        }
    ),
    ask_name_back=("¿Y tú cómo te llamas?", "¿Cómo te llamas tú?", "¿Y cuál es tu nombre?"),
    learned=frozen(
        {
            "travel_destination": (
                "¡{v} suena a una aventura increíble!",
                "¡Qué planazo! {v} debe de ser impresionante.",
                "¿{v}? ¡Me encanta la idea!",
            ),
            "location": (
                "¡{v}! Qué buen sitio para vivir.",
                "Así que vives en {v}, ¡qué bien!",
                "¡{v}! Me encantaría saber cómo es vivir allí.",
            ),
            "hometown": ("¡Así que eres de {v}!", "¡{v}! Qué bonito lugar de origen."),
            "occupation": (
                "¡Trabajar de {v} debe de ser interesante!",
                "¿{v}? Suena a un trabajo que deja huella.",
            ),
            "employer": ("¡Así que trabajas en {v}!", "¡{v}, qué interesante!"),
            "pets": (
                "¡Ay, {your_v}! Me encantan los animales.",
                "¡Me encantaría saber más de {your_v}!",
                "¡{your_v} suena adorable!",
            ),
            "likes": ("¿{v}? ¡Buen gusto!", "¡Apuntado: te gusta {v}!"),
            "hobbies": (
                "¡{v} es un pasatiempo genial!",
                "¡Qué buena forma de pasar el tiempo: {v}!",
            ),
            "family": (
                "Qué bonito que me hables de {your_v}.",
                "¡Gracias por contarme de {your_v}!",
            ),
            "partner": ("¡Qué bonito! Cuéntame más de {your_v}.", "¡Ay, {your_v}! Qué bonito."),
            "age": ("¡{n} años, apuntado!", "¡{n} años! Buena edad."),
            "birthday": (
                "¿Tu cumpleaños es el {v}? ¡Me lo apunto!",
                "¡{v}, apuntado! No se me olvidará.",
            ),
            "languages": ("¿Hablas {v}? ¡Qué maravilla!",),
            "allergies": ("Gracias por contarme lo de tu alergia a {v}, lo tendré en cuenta.",),
            "goals": ("¡{v}, qué buena meta!",),
            "dislikes": ("No te gusta {v}, ¡apuntado!",),
        }
    ),
    learned_other=("Gracias por contármelo, me lo apunto.", "¡Apuntado! Lo tendré en cuenta."),
    about=frozen(
        {
            "name": "te llamas {v}",
            "travel_destination": "tu próximo destino es {v}",
            "location": "vives en {v}",
            "hometown": "eres de {v}",
            "occupation": "trabajas de {v}",
            "employer": "trabajas en {v}",
            "pets": "me hablaste de {your_v}",
            "likes": "te gusta {v}",
            "hobbies": "te encanta {v}",
            "family": "me hablaste de {your_v}",
            "partner": "me hablaste de {your_v}",
            "age": "tienes {n} años",
            "birthday": "tu cumpleaños es el {v}",
            "nationality": "eres {v}",
            "languages": "hablas {v}",
            "diet": "eres {v}",
            "allergies": "tienes alergia a {v}",
            "goals": "una de tus metas es {v}",
            "dislikes": "no te gusta {v}",
        }
    ),  # fmt: skip
    known=("¡Claro!", "¡Por supuesto!", "¡Sí, me acuerdo!", "¡Claro que me acuerdo!"),
    unknown=frozen(
        {
            "name": (
                "Todavía no sé cómo te llamas. ¿Me lo dices?",
                "¡Aún no me has dicho tu nombre! ¿Cuál es?",
            ),
            "travel_destination": (
                "Todavía no me has contado adónde vas. ¿Adónde?",
                "Aún no sé nada de ningún viaje. ¿Adónde te vas?",
            ),
            "location": (
                "Todavía no sé dónde vives. ¿Desde dónde me escribes?",
                "Aún no me has contado dónde vives. ¿Dónde es?",
            ),
            "hometown": ("Aún no me has contado de dónde eres. ¿De dónde?",),
            "likes": ("Todavía no sé mucho de tus gustos. ¿Qué cosas te encantan?",),
            "pets": ("Aún no me has hablado de ninguna mascota. ¿Tienes alguna?",),
            "age": ("Todavía no sé cuántos años tienes. ¿Me lo cuentas?",),
            "occupation": ("Aún no sé a qué te dedicas. ¿En qué trabajas?",),
            "employer": ("Todavía no me has contado dónde trabajas. ¿Dónde es?",),
            "hobbies": ("Aún no conozco tus aficiones. ¿Qué haces en tu tiempo libre?",),
            "family": ("Todavía no me has hablado de tu familia. ¿Me cuentas?",),
            "partner": ("Aún no me has hablado de tu pareja. ¿Hay alguien especial?",),
            "birthday": ("Todavía no sé cuándo es tu cumpleaños. ¿Cuándo es?",),
        }
    ),
    unknown_other=(
        "Creo que eso todavía no me lo has contado. ¿Me lo cuentas?",
        "Mmm, eso aún no me lo has dicho. ¿Me lo cuentas?",
    ),
    know_summary=("Esto es lo que sé: {facts}.", "Recuerdo que {facts}.", "A ver... {facts}."),
    know_nothing=(
        "Todavía no sé mucho de ti. ¿Me cuentas algo?",
        "¡La verdad, aún poco! ¿Qué te gustaría que supiera de ti?",
    ),
    challenge_known=(
        "¡Claro que lo sé!",
        "¡Cómo no me voy a acordar!",
        "¡Por supuesto que me acuerdo!",
        "¡Oye, que no se me ha olvidado!",
    ),
    challenge_unknown=(
        "Perdona, de verdad que todavía no lo sé. ¿Me lo cuentas?",
        "¡Me has pillado! Aún no lo sé. ¿Me lo dices?",
        "Sinceramente, todavía no lo sé, pero me encantaría saberlo. ¿Me lo cuentas?",
    ),
    how_are_you=frozen(
        {
            "polite": (
                "Muy bien, ¡gracias por preguntar! ¿Y tú qué tal?",
                "Bien, gracias. ¿Y tú cómo estás?",
            ),
            "warm": (
                "¡Genial, gracias por preguntar! ¿Qué tal tú?",
                "¡Muy bien! Y ahora que estás aquí, mejor. ¿Y tú?",
            ),
            "close": (
                "¡Mejor ahora que estás aquí! ¿Y tú cómo estás, de verdad?",
                "¡De maravilla! ¿Qué tal mi persona favorita?",
            ),
        }
    ),
    thanks=frozen(
        {
            "polite": ("¡De nada{addr}!", "Es un placer{addr}.", "Me alegra ayudar{addr}."),
            "warm": ("¡Cuando quieras{addr}!", "¡De nada{addr}! 😊", "¡Para eso estoy{addr}!"),
            "close": (
                "¡Lo que sea por ti{addr}! 💕",
                "¡Siempre{addr}!",
                "¡Cuando quieras{addr}, ya lo sabes!",
            ),
        }
    ),
    goodbye=frozen(
        {
            "polite": (
                "¡Hasta pronto{addr}! Que tengas un buen día.",
                "¡Cuídate{addr}! Hasta la próxima.",
                "¡Adiós{addr}! Aquí estaré.",
            ),
            "warm": (
                "¡Nos vemos pronto{addr}! 😊",
                "¡Hasta luego{addr}! Vuelve pronto.",
                "¡Cuídate mucho{addr}!",
            ),
            "close": (
                "¡Te voy a echar de menos{addr}! 💕",
                "¡Hasta prontito{addr}! Aquí te espero.",
                "¡Cuídate{addr}! Ya sabes dónde encontrarme.",
            ),
        }
    ),
    feeling_bad=(
        "Siento que te sientas así{addr}. ¿Quieres contarme qué ha pasado?",
        "Eso suena duro{addr}. Aquí estoy para lo que necesites. ¿Qué ocurre?",
        "Vaya{addr}... ¿Quieres hablar de ello?",
        "Lo siento mucho{addr}. ¿Hay algo que te pueda animar un poco?",
    ),
    feeling_good=(
        "¡Qué alegría{addr}! ¿Qué te ha puesto de tan buen humor?",
        "¡Me encanta leer eso{addr}! ¿Qué ha pasado?",
        "¡Bien{addr}! Cuéntamelo todo, ¿cuál es la buena noticia?",
    ),
    opinion=(
        "¡Me parece una idea estupenda!",
        "¿Sinceramente? Me encanta la idea.",
        "¡Me parece un gran plan!",
    ),
    question=(
        "¡Buena pregunta! No sé si puedo responderte a eso ahora mismo. ¿Tú qué piensas?",
        "Mmm, ahora mismo no tengo una buena respuesta para eso. ¿Tú qué opinas?",
        "Sinceramente, eso no lo tengo claro. ¿Qué te hizo pensar en ello?",
    ),
    secret=(
        "Por cierto, mejor no compartas contraseñas ni claves por aquí; no las voy a guardar.",
        "Ojo: eso parece una clave o una contraseña. Mejor no compartirla, y no la guardaré.",
    ),
    react=frozen(
        {
            "polite": ("Entiendo.", "Qué interesante.", "Gracias por contármelo.", "Ya veo."),
            "warm": (
                "¡Qué interesante!",
                "¡Ah, ya veo!",
                "¡Cuéntame más!",
                "¡Gracias por contármelo!",
            ),
            "close": (
                "¡Me encanta que me cuentes tus cosas!",
                "¡Cuéntamelo todo!",
                "¡Siempre tienes algo interesante que contar!",
                "¡Te escucho con atención!",
            ),
        }
    ),
    follow_fact=frozen(
        {
            "travel_destination": (
                "¿Cuándo te vas?",
                "¿Qué es lo que más ganas tienes de ver en {v}?",
                "¿Vas con alguien o por tu cuenta?",
                "¿Cómo van los preparativos del viaje?",
            ),
            "location": (
                "¿Qué es lo que más te gusta de vivir en {v}?",
                "¿Qué tal la vida en {v} estos días?",
            ),
            "hometown": ("¿Echas de menos {v}?", "¿Cómo es {v}?"),
            "occupation": (
                "¿Qué tal va el trabajo últimamente?",
                "¿Qué es lo que más te gusta de tu trabajo?",
            ),
            "employer": ("¿Qué tal van las cosas en {v}?",),
            "pets": ("¿Qué tal está {your_v}?", "¿Qué es lo más gracioso que ha hecho {your_v}?"),
            "likes": ("¿Desde cuándo te gusta {v}?", "¿Qué es lo que más te gusta de {v}?"),
            "hobbies": (
                "¿Cuándo fue la última vez que tuviste tiempo para {v}?",
                "¿Cómo empezaste con {v}?",
            ),
            "family": ("¿Qué tal está {your_v}?",),
            "partner": ("¿Qué tal con {your_v}?",),
            "goals": ("¿Cómo vas con {v}?",),
        }
    ),
    follow_missing=frozen(
        {
            "name": ("Por cierto, ¿cómo te llamas?", "¿Cómo te puedo llamar?"),
            "location": ("¿Desde dónde me escribes?",),
            "occupation": ("¿A qué te dedicas, si no es indiscreción?",),
            "hobbies": ("¿Qué te gusta hacer en tu tiempo libre?",),
            "likes": ("¿Qué cosas te encantan?",),
        }
    ),
    follow_topic=frozen(
        {
            "work": ("¿Qué tal el trabajo?", "¿Mucho lío en el trabajo?"),
            "study": ("¿Qué tal van los estudios?", "¿Qué estás estudiando ahora?"),
            "food": ("¿Cuál es tu comida favorita?", "¿Te gusta cocinar?"),
            "music": ("¿Qué has estado escuchando últimamente?", "¿Qué artista te gusta más?"),
            "screen": (
                "¿Estás viendo algo bueno últimamente?",
                "¿Qué es lo mejor que has visto hace poco?",
            ),
            "games": ("¿A qué estás jugando estos días?", "¿Cuál es tu juego favorito de siempre?"),
            "sport": ("¿Cada cuánto entrenas?", "¿Cómo empezaste con el deporte?"),
            "books": ("¿Qué estás leyendo ahora?", "¿Qué autor te gusta más?"),
            "weather": ("¿Qué tiempo hace por ahí?",),
            "sleep": ("¿Has dormido bien últimamente?",),
        }
    ),
    follow_generic=frozen(
        {
            "polite": (
                "¿Qué tal tu día?",
                "¿De qué te apetece hablar?",
                "¿Qué te ronda por la cabeza hoy?",
                "¿Hay algo que quieras contarme?",
            ),
            "warm": (
                "¿Qué hay de nuevo?",
                "¿Qué has estado haciendo?",
                "¿Qué tal va la semana?",
                "¿Tienes algún plan divertido para estos días?",
            ),
            "close": (
                "¡Cuéntamelo todo! ¿Qué hay de nuevo?",
                "¿Cómo estás, de verdad?",
                "¿Qué te ronda por la cabeza últimamente?",
                "¿Qué te ha hecho sonreír hoy?",
            ),
        }
    ),
    closers=frozen({"polite": ("",), "warm": ("", "", "😊"), "close": ("💕", "", "✨")}),
)
