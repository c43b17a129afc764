"""Each intent in each language: greetings, its own name, the user's facts, small talk."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

LANGUAGES = ("en", "es", "fr", "pt", "de", "it")

GREETINGS = {
    "en": ("hi there!", ("Hello", "Hi", "Hey")),
    "es": ("hola!!", ("Hola", "Buenas")),
    "fr": ("salut !", ("Bonjour", "Salut", "Coucou")),
    "pt": ("oi!", ("Olá", "Oi")),
    "de": ("hallo", ("Hallo", "Hey", "Hi")),
    "it": ("ciao!", ("Ciao", "Salve")),
}

BOT_NAME_QUESTIONS = {
    "en": [
        "what's your name?",
        "whats ur name",
        "What is your name?",
        "and you are?",
        "who are you?",
    ],
    "es": [
        "¿Cómo te llamas?",
        "como te llamas",
        "cual es tu nombre?",
        "y tú quién eres?",
        "como te yamas",
    ],
    "fr": [
        "Comment tu t'appelles ?",
        "tu t'appelles comment",
        "c'est quoi ton nom ?",
        "t'es qui ?",
    ],
    "pt": ["como você se chama?", "como vc se chama", "qual é o seu nome?", "quem é você?"],
    "de": ["Wie heißt du?", "wie heisst du", "wie ist dein Name?", "wer bist du?"],
    "it": ["Come ti chiami?", "come ti chiami", "qual è il tuo nome?", "chi sei?"],
}

KNOWN = {
    "name": "Lucía",
    "location": "Sevilla",
    "travel_destination": "Kyoto",
    "likes": ["sushi", "jazz"],
    "age": "29",
}
PET = {"en": "dog Toby", "es": "perro Toby", "fr": "chien Toby", "pt": "cachorro Toby",
       "de": "Hund Toby", "it": "cane Toby"}  # fmt: skip

# (key asked about, question, what the answer must contain)
FACT_QUESTIONS = {
    "en": [
        ("name", "do you know my name?", ["Lucía"]),
        ("travel", "where am I going?", ["Kyoto"]),
        ("location", "where do i live?", ["Sevilla"]),
        ("likes", "what do I like?", ["sushi", "jazz"]),
        ("pets", "do you remember my dog?", ["Toby"]),
        ("age", "how old am I?", ["29"]),
    ],
    "es": [
        ("name", "¿sabes cómo me llamo?", ["Lucía"]),
        ("travel", "¿a dónde voy?", ["Kyoto"]),
        ("location", "¿dónde vivo?", ["Sevilla"]),
        ("likes", "que me gusta?", ["sushi", "jazz"]),
        ("pets", "¿te acuerdas de mi perro?", ["Toby"]),
        ("age", "¿sabes cuántos años tengo?", ["29"]),
    ],
    "fr": [
        ("name", "tu te souviens de mon prénom ?", ["Lucía"]),
        ("travel", "où est-ce que je vais ?", ["Kyoto"]),
        ("location", "où j'habite ?", ["Sevilla"]),
        ("likes", "qu'est-ce que j'aime ?", ["sushi", "jazz"]),
        ("pets", "tu te souviens de mon chien ?", ["Toby"]),
        ("age", "quel âge j'ai ?", ["29"]),
    ],
    "pt": [
        ("name", "qual é o meu nome?", ["Lucía"]),
        ("travel", "pra onde eu vou?", ["Kyoto"]),
        ("location", "onde eu moro?", ["Sevilla"]),
        ("likes", "do que eu gosto?", ["sushi", "jazz"]),
        ("pets", "lembra do meu cachorro?", ["Toby"]),
        ("age", "quantos anos eu tenho?", ["29"]),
    ],
    "de": [
        ("name", "weißt du, wie ich heiße?", ["Lucía"]),
        ("travel", "wohin reise ich?", ["Kyoto"]),
        ("location", "wo wohne ich?", ["Sevilla"]),
        ("likes", "was mag ich?", ["sushi", "jazz"]),
        ("pets", "erinnerst du dich an meinen Hund?", ["Toby"]),
        ("age", "wie alt bin ich?", ["29"]),
    ],
    "it": [
        ("name", "ti ricordi come mi chiamo?", ["Lucía"]),
        ("travel", "dove vado?", ["Kyoto"]),
        ("location", "dove vivo?", ["Sevilla"]),
        ("likes", "cosa mi piace?", ["sushi", "jazz"]),
        ("pets", "ti ricordi del mio cane?", ["Toby"]),
        ("age", "quanti anni ho?", ["29"]),
    ],
}

CHALLENGES = {
    "en": ["wow you don't know??", "you forgot?", "u dont remember me?"],
    "es": ["vaya no lo sabes??", "¿ya no te acuerdas?", "se te olvidó?"],
    "fr": ["tu ne sais pas ??", "tu as oublié ?", "tu te souviens pas ?"],
    "pt": ["você não sabe??", "esqueceu?", "vc nao lembra?"],
    "de": ["du weißt es nicht??", "schon vergessen?", "erinnerst du dich nicht?"],
    "it": ["non lo sai??", "ti sei dimenticato?", "non ti ricordi?"],
}

FEELINGS = {
    "en": ("I'm so tired today", ("sorry", "hard", "oh no")),
    "es": ("estoy muy cansada hoy", ("siento", "duro", "vaya")),
    "fr": ("je suis trop fatiguée aujourd'hui", ("peine", "difficile", "oh non")),
    "pt": ("tô muito cansado hoje", ("sinto", "difícil", "poxa")),
    "de": ("ich bin heute so müde", ("tut mir leid", "schwer", "oh nein")),
    "it": ("sono molto stanca oggi", ("dispiace", "dura", "oh no")),
}

SMALL_TALK = {
    "how_are_you": {
        "en": ("how are you?", ("thank",)),
        "es": ("¿qué tal estás?", ("gracias",)),
        "fr": ("comment ça va ?", ("merci",)),
        "pt": ("como você está?", ("valeu", "bem")),
        "de": ("wie geht's dir?", ("danke", "gut")),
        "it": ("come stai?", ("grazie", "bene")),
    },
    "thanks": {
        "en": ("thank you so much", ("welcome", "pleasure", "glad")),
        "es": ("muchas gracias", ("de nada", "placer", "ayudar")),
        "fr": ("merci beaucoup", ("de rien", "plaisir", "je t'en prie")),
        "pt": ("muito obrigada", ("de nada", "por nada", "ajudar")),
        "de": ("vielen Dank", ("gern", "helfen")),
        "it": ("grazie mille", ("prego", "figurati", "piacere")),
    },
}

GOODBYES = {"en": "ok bye!", "es": "adiós, hasta mañana", "fr": "au revoir !",
            "pt": "tchau!", "de": "tschüss", "it": "a presto!"}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_greeting_is_returned_with_the_users_name(ask: Callable[..., str], language: str) -> None:
    message, greetings = GREETINGS[language]
    reply = ask(message, language, known={"name": "Ana"})
    assert reply.startswith(tuple(f"{p}{g}" for g in greetings for p in ("", "¡")))
    assert "Ana" in reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_turn_greeting_introduces_the_personality(
    ask: Callable[..., str], language: str
) -> None:
    reply = ask(GREETINGS[language][0], language, turn=0, bot="Kenji")
    assert "Kenji" in reply


@pytest.mark.parametrize(
    ("language", "question"), [(lang, q) for lang, qs in BOT_NAME_QUESTIONS.items() for q in qs]
)
def test_asking_its_name_gets_the_personality_name(
    ask: Callable[..., str], language: str, question: str
) -> None:
    assert "Kenji" in ask(question, language, bot="Kenji")


@pytest.mark.parametrize("language", LANGUAGES)
def test_asking_its_name_may_use_the_users_name(ask: Callable[..., str], language: str) -> None:
    reply = ask(BOT_NAME_QUESTIONS[language][0], language, known={"name": "Ana"}, bot="Sakura")
    assert "Sakura" in reply and "Ana" in reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_asking_its_name_without_knowing_the_users_asks_it_back(
    ask: Callable[..., str], language: str
) -> None:
    reply = ask(BOT_NAME_QUESTIONS[language][0], language)
    assert "Sakura" in reply
    assert reply.endswith("?")


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(lang, q, exp) for lang, cases in FACT_QUESTIONS.items() for _, q, exp in cases],
)
def test_questions_about_the_user_are_answered_from_memory(
    ask: Callable[..., str], language: str, question: str, expected: list[str]
) -> None:
    reply = ask(question, language, known={**KNOWN, "pets": PET[language]})
    for value in expected:
        assert value in reply


@pytest.mark.parametrize(
    ("language", "challenge"), [(lang, c) for lang, cs in CHALLENGES.items() for c in cs]
)
def test_a_challenge_is_met_by_showing_what_it_remembers(
    ask: Callable[..., str], language: str, challenge: str
) -> None:
    reply = ask(challenge, language, known={"name": "Marco", "location": "Roma", "likes": "opera"})
    assert "Marco" in reply
    assert "Roma" in reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_feeling_gets_an_empathic_question(ask: Callable[..., str], language: str) -> None:
    message, markers = FEELINGS[language]
    reply = ask(message, language, known={"name": "Ana"})
    assert any(marker in reply.lower() for marker in markers)
    assert "?" in reply


@pytest.mark.parametrize("intent", sorted(SMALL_TALK))
@pytest.mark.parametrize("language", LANGUAGES)
def test_small_talk_gets_its_answer(ask: Callable[..., str], intent: str, language: str) -> None:
    message, markers = SMALL_TALK[intent][language]
    reply = ask(message, language).lower()
    assert any(marker in reply for marker in markers)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_goodbye_is_answered_without_a_new_question(
    ask: Callable[..., str], language: str
) -> None:
    reply = ask(GOODBYES[language], language, known={"name": "Ana"})
    assert "Ana" in reply
    assert "?" not in reply


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plain_statement_gets_a_follow_up_question(
    ask: Callable[..., str], language: str
) -> None:
    reply = ask("ok", language, known={"name": "Ana", "location": "Lima"})
    assert reply.endswith(("?", "? 💕", "? ✨", "? 😊"))


def test_a_topic_in_the_message_is_reflected_in_the_follow_up(ask: Callable[..., str]) -> None:
    reply = ask("I've been reading a lot lately", "en", known={"name": "Ana"})
    assert "read" in reply.lower()


def test_asking_what_it_thinks_gets_an_opinion(ask: Callable[..., str]) -> None:
    reply = ask("I might adopt a cat, what do you think?", "en", known={"name": "Ana"})
    assert any(word in reply.lower() for word in ("idea", "plan", "sounds"))
