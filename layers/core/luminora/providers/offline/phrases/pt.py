"""Portuguese phrasebook (Brazilian usage; neutral about the personality's and user's gender)."""

from __future__ import annotations

from types import MappingProxyType as frozen

from luminora.providers.offline.phrases.base import Phrasebook

BOOK = Phrasebook(
    conjunction="e",
    articles=("um", "uma", "o", "a", "os", "as", "meu", "minha", "meus", "minhas"),
    possessive=None,
    indefinite=None,
    greet=frozen(
        {
            "polite": (
                "Olá{addr}!",
                "Oi{addr}! Que bom falar com você.",
                "Olá{addr}! Que bom te ver por aqui.",
            ),
            "warm": (
                "Oi{addr}!",
                "E aí{addr}! Que bom te ver.",
                "Oi{addr}! Estava pensando em você.",
            ),
            "close": (
                "Oi{addr}! Que saudade!",
                "Até que enfim{addr}! 💕",
                "Oi{addr}! Você sempre alegra o meu dia.",
            ),
        }
    ),
    intro=("Eu sou {bot}.", "Meu nome é {bot}.", "Eu me chamo {bot}, aliás."),
    nice_to_meet=(
        "Prazer em te conhecer, {name}!",
        "Que bom te conhecer, {name}!",
        "{name}! Muito prazer.",
        "É um prazer, {name}!",
    ),
    bot_name=frozen(
        {
            "polite": (
                "Meu nome é {bot}{addr}.",
                "Eu me chamo {bot}{addr}.",
                "Sou {bot}{addr}. Muito prazer!",
            ),
            "warm": (
                "Sou {bot}{addr}! 😊",
                "Me chamo {bot}{addr}!",
                "{bot}, às suas ordens{addr}!",
            ),
            "close": (
                "Sou eu, {bot}{addr}! 💕",
                "{bot}, como sempre{addr}!",
                "{bot}{addr}, sempre aqui por você!",
            ),
        }
    ),
    ask_name_back=("E você, como se chama?", "E qual é o seu nome?"),
    learned=frozen(
        {
            "travel_destination": (
                "{v} parece uma aventura incrível!",
                "Uau, {v}! Deve ser impressionante.",
                "Uma viagem para {v}? Adorei a ideia!",
            ),
            "location": ("{v}! Que lugar legal para morar.", "Então você mora em {v}, que bom!"),
            "hometown": ("Ah, você é de {v}!",),
            "occupation": (
                "Trabalhar como {v} deve ser interessante!",
                "{v}? Que profissão bonita.",
            ),
            "employer": ("Ah, você trabalha em {v}!",),
            "pets": (
                "Ah, um bichinho ({v})! Eu adoro animais.",
                "Quero saber mais do seu bichinho ({v})!",
            ),
            "likes": ("{v}? Bom gosto!", "Anotado: você gosta de {v}!"),
            "hobbies": ("{v} é um passatempo incrível!",),
            "family": ("Que bonito você me contar da sua família ({v}).",),
            "partner": ("Que fofo! Me conta mais sobre {v}.",),
            "age": ("{n} anos, anotado!", "{n} anos! Uma ótima idade."),
            "birthday": ("Seu aniversário é {v}? Vou lembrar!",),
            "languages": ("Você fala {v}? Que demais!",),
            "allergies": ("Valeu por me contar da sua alergia ({v}), vou lembrar disso.",),
            "goals": ("{v}, que objetivo legal!",),
            "dislikes": ("Você não gosta de {v}, anotado!",),
        }
    ),
    learned_other=("Valeu por me contar, vou lembrar disso.", "Anotado! Vou guardar isso."),
    about=frozen(
        {
            "name": "você se chama {v}",
            "travel_destination": "o seu próximo destino é {v}",
            "location": "você mora em {v}",
            "hometown": "você é de {v}",
            "occupation": "você trabalha como {v}",
            "employer": "você trabalha em {v}",
            "pets": "você tem um bichinho ({v})",
            "likes": "você gosta de {v}",
            "hobbies": "você curte {v}",
            "family": "você me falou da sua família ({v})",
            "partner": "você me falou de {v}",
            "age": "você tem {n} anos",
            "birthday": "o seu aniversário é {v}",
            "languages": "você fala {v}",
            "allergies": "você tem alergia a {v}",
            "goals": "um dos seus objetivos é {v}",
            "dislikes": "você não gosta de {v}",
        }
    ),  # fmt: skip
    known=("Claro!", "Com certeza!", "Sim, eu lembro!", "Claro que eu lembro!"),
    unknown=frozen(
        {
            "name": (
                "Ainda não sei o seu nome. Me conta?",
                "Você ainda não me disse o seu nome! Qual é?",
            ),
            "travel_destination": ("Você ainda não me contou para onde vai. Para onde?",),
            "location": ("Ainda não sei onde você mora. De onde você está escrevendo?",),
            "hometown": ("Você ainda não me contou de onde é. De onde?",),
            "likes": ("Ainda não sei muito dos seus gostos. O que você adora?",),
            "pets": ("Você ainda não me falou de nenhum bichinho. Tem algum?",),
            "age": ("Ainda não sei quantos anos você tem. Me conta?",),
            "occupation": ("Ainda não sei o que você faz. Trabalha com o quê?",),
            "employer": ("Você ainda não me contou onde trabalha. Onde é?",),
            "hobbies": ("Ainda não conheço seus hobbies. O que você faz no tempo livre?",),
            "family": ("Você ainda não me falou da sua família. Me conta?",),
            "partner": ("Você ainda não me falou de ninguém especial. Tem alguém?",),
            "birthday": ("Ainda não sei quando é o seu aniversário. Quando é?",),
        }
    ),
    unknown_other=("Acho que isso você ainda não me contou. Me conta?",),
    know_summary=(
        "Olha o que eu sei: {facts}.",
        "Eu lembro que {facts}.",
        "Deixa eu ver... {facts}.",
    ),
    know_nothing=(
        "Ainda não sei muito sobre você. Me conta alguma coisa?",
        "Pouca coisa ainda! O que você gostaria que eu soubesse sobre você?",
    ),
    challenge_known=("Claro que eu sei!", "Como eu ia esquecer!", "Claro que eu lembro!"),
    challenge_unknown=(
        "Desculpa, eu realmente ainda não sei. Me conta?",
        "Você me pegou, ainda não sei. Me diz?",
    ),
    how_are_you=frozen(
        {
            "polite": ("Estou bem, valeu por perguntar! E você?", "Tudo bem por aqui. E com você?"),
            "warm": (
                "Tudo ótimo! E você, como está?",
                "Muito bem, e agora que você chegou, melhor ainda. E você?",
            ),
            "close": (
                "Melhor agora que você está aqui! E você, como está de verdade?",
                "Maravilhosamente bem! E a minha pessoa favorita?",
            ),
        }
    ),
    thanks=frozen(
        {
            "polite": ("De nada{addr}!", "Por nada{addr}.", "Fico contente em ajudar{addr}."),
            "warm": ("Imagina{addr}!", "De nada{addr}! 😊", "Tamo junto{addr}!"),
            "close": (
                "Tudo por você{addr}! 💕",
                "Sempre{addr}!",
                "Quando quiser{addr}, você sabe!",
            ),
        }
    ),
    goodbye=frozen(
        {
            "polite": (
                "Tchau{addr}! Até logo.",
                "Se cuida{addr}! Até a próxima.",
                "Até mais{addr}, tenha um ótimo dia!",
            ),
            "warm": ("Até logo{addr}! 😊", "Tchau{addr}! Volta logo.", "Se cuida{addr}!"),
            "close": (
                "Vou sentir saudade{addr}! 💕",
                "Até já{addr}! Estarei aqui.",
                "Se cuida{addr}, tô sempre aqui!",
            ),
        }
    ),
    feeling_bad=(
        "Sinto muito que você esteja assim{addr}. Quer me contar o que aconteceu?",
        "Parece difícil{addr}. Estou aqui com você. O que está acontecendo?",
        "Poxa{addr}... Quer conversar sobre isso?",
    ),
    feeling_good=(
        "Que alegria{addr}! O que te deixou de tão bom humor?",
        "Adoro ler isso{addr}! O que aconteceu?",
    ),
    opinion=("Acho uma ideia ótima!", "Sinceramente? Adorei a ideia.", "Parece um ótimo plano!"),
    question=(
        "Boa pergunta! Não sei se consigo responder isso agora. O que você acha?",
        "Hmm, agora não tenho uma boa resposta para isso. Qual é a sua opinião?",
    ),
    secret=(
        "Aliás, melhor não compartilhar senhas ou chaves por aqui; eu não vou guardá-las.",
        "Cuidado: isso parece uma chave ou senha. Melhor não compartilhar, e eu não vou guardar.",
    ),
    react=frozen(
        {
            "polite": ("Entendi.", "Que interessante.", "Valeu por me contar."),
            "warm": ("Que interessante!", "Ah, entendi!", "Me conta mais!"),
            "close": (
                "Adoro quando você me conta das suas coisas!",
                "Me conta tudo!",
                "Tô te ouvindo!",
            ),
        }
    ),
    follow_fact=frozen(
        {
            "travel_destination": (
                "Quando você vai?",
                "O que você mais quer ver lá?",
                "Vai com alguém?",
            ),
            "location": ("O que você mais gosta em {v}?", "Como está a vida em {v}?"),
            "hometown": ("Sente saudade de {v}?",),
            "occupation": (
                "Como está o trabalho ultimamente?",
                "O que você mais gosta no seu trabalho?",
            ),
            "employer": ("Como estão as coisas em {v}?",),
            "pets": ("Como está o seu bichinho?",),
            "likes": ("Desde quando você gosta de {v}?",),
            "hobbies": ("Há quanto tempo você curte {v}?",),
            "family": ("Como está a sua família?",),
            "partner": ("Como estão as coisas com {v}?",),
        }
    ),
    follow_missing=frozen(
        {
            "name": ("Aliás, como você se chama?", "Como posso te chamar?"),
            "location": ("De onde você está escrevendo?",),
            "occupation": ("O que você faz da vida, se não for indiscrição?",),
            "hobbies": ("O que você gosta de fazer no tempo livre?",),
        }
    ),
    follow_topic=frozen(
        {
            "work": ("Como está o trabalho?",),
            "study": ("Como vão os estudos?",),
            "food": ("Qual é a sua comida favorita?",),
            "music": ("O que você anda ouvindo?",),
            "screen": ("Está assistindo alguma coisa boa?",),
            "games": ("O que você anda jogando?",),
            "sport": ("Com que frequência você treina?",),
            "books": ("O que você está lendo agora?",),
            "weather": ("Como está o tempo aí?",),
            "sleep": ("Você tem dormido bem?",),
        }
    ),  # fmt: skip
    follow_generic=frozen(
        {
            "polite": (
                "Como foi o seu dia?",
                "Sobre o que você quer conversar?",
                "O que passa pela sua cabeça hoje?",
            ),
            "warm": (
                "E aí, quais as novidades?",
                "O que você tem feito de bom?",
                "Como está a sua semana?",
            ),
            "close": (
                "Me conta tudo, quais as novidades?",
                "Como você está, de verdade?",
                "O que te fez sorrir hoje?",
            ),
        }
    ),
    closers=frozen({"polite": ("",), "warm": ("", "", "😊"), "close": ("💕", "", "✨")}),
)
