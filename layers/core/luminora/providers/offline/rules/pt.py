"""Portuguese intent patterns (Brazil and Portugal; chat spellings: "vc", "q", "ta", "to")."""

from __future__ import annotations

from types import MappingProxyType

from luminora.providers.offline.rules.base import LanguageRules

_YOU = r"(?:voce|vc|tu|ce)"

RULES = LanguageRules(
    greeting=(
        r"^(?:oi+e?|ola+|e ai|eai|opa|bom dia|boa tarde|boa noite|hey|hi|hello|salve"
        r"|fala ai)\b"
    ),
    goodbye=(
        r"\b(?:tchau|xau|ate (?:logo|mais|amanha|breve|a proxima)|falou|flw|vou dormir"
        r"|preciso ir|tenho que ir|bye|beijos e tchau)\b"
    ),
    thanks=r"\b(?:obrigad[oa]|brigad[oa]|valeu|vlw|obg|brigadao|thx|thanks)\b",
    how_are_you=(
        rf"\btudo (?:bem|bom|certo|joia|tranquilo|beleza)(?: com {_YOU})?\s*(?:\?|$)"
        rf"|\bcomo {_YOU} (?:esta|ta|vai|anda)\b|\bcomo (?:vai|vais|esta|estas|anda|tas)\b"
        r"|\be ai,? (?:como|tudo)\b"
    ),
    bot_name=(
        rf"\bcomo {_YOU} se chama\b|\bcomo te chamas\b|\bcomo {_YOU} chama\b"
        r"|\bqual (?:e |eh )?(?:o )?(?:seu|teu) nome\b|\b(?:seu|teu) nome\b"
        rf"|\bquem (?:e|eh|es) {_YOU}\b|\b{_YOU} e quem\b|\bcomo (?:posso|devo) te chamar\b"
        r"|\bcom quem (?:eu )?(?:falo|estou falando|to falando)\b"
    ),
    challenge=(
        rf"\b(?:{_YOU} )?nao (?:se )?(?:sabe|sabes|lembra|lembras|conhece)\b"
        rf"|\b(?:{_YOU} )?(?:ja )?(?:se )?esqueceu\b|\besqueceste\b|\bnem (?:sabe|lembra)\b"
    ),
    opinion=(
        rf"\b(?:o )?q(?:ue)? {_YOU} acha\b|\bo que achas\b|\bque acha\b|\bo que {_YOU} pensa\b"
        r"|\bqual (?:e )?(?:a )?sua opiniao\b|\bcurtiu a ideia\b"
    ),
    about_me=(
        rf"\bo que {_YOU} sabes? (?:sobre|de) mim\b|\b{_YOU} (?:se )?lembras? de mim\b"
        r"|\bsabe quem (?:eu )?sou\b"
    ),
    asking=(
        r"^(?:e )?(?:o que|que|qual|quais|quem|onde|aonde|pra onde|para onde|quando|como"
        r"|por que|quantos|quantas|sera|me diz|me fala|fala|diz|me lembra)\b"
        r"|\b(?:lembra|lembras|lembrar|sabe|sabes|conhece|esqueceu|adivinha)\b"
    ),
    lead=(
        r"e|entao|bom|ai|tipo|ok|mas|agora|olha|ei|oi|ola|kk+|rs+|haha+|pera|beleza|enfim"
        r"|e ai"
    ),
    feeling_bad=(
        r"\b(?:estou|to|tou|ando|me sinto|fiquei|sinto-me)\b(?: muito| meio| bem| mto| mt| tao"
        r"| super| um pouco){0,2} (?:triste|cansad[oa]|exaust[oa]|estressad[oa]|sozinh[oa]"
        r"|entediad[oa]|preocupad[oa]|deprimid[oa]|doente|mal|pessim[oa]|chatead[oa]"
        r"|irritad[oa]|ansios[oa]|pra baixo|desanimad[oa]|frustrad[oa]|na bad)\b"
        r"|\bdia (?:ruim|horrivel|pessimo|dificil)\b|\bnao (?:estou|to|tou) bem\b"
    ),
    feeling_good=(
        r"\b(?:estou|to|tou|ando|me sinto|fiquei)\b(?: muito| mto| mt| tao| super| bem){0,2}"
        r" (?:feliz|content[ea]|alegre|otim[oa]|bem|animad[oa]|empolgad[oa]|tranquil[oa]"
        r"|de boa)\b|\b(?:dia|semana) (?:otim[oa]|incrivel|maravilhos[oa])\b"
    ),
    about_user=MappingProxyType(
        {
            "name": r"\bcomo (?:eu )?me chamo\b|\bquem (?:eu )?sou(?: eu)?\b|\bmeu nome\b",
            "travel_destination": (
                r"\b(?:pra|para) onde (?:eu )?(?:vou|viajo|vou viajar)\b|\baonde (?:eu )?vou\b"
                r"|\bminha (?:proxima )?viagem\b|\bmeu (?:proximo )?destino\b"
            ),
            "location": (
                r"\bonde (?:eu )?(?:moro|vivo)\b|\bem que cidade (?:eu )?moro\b|\bminha cidade\b"
            ),
            "hometown": r"\bde onde (?:eu )?sou\b",
            "likes": r"\b(?:o )?que (?:eu )?(?:gosto|curto|amo)\b|\bdo que (?:eu )?gosto\b",
            "pets": (
                r"\b(?:meu|minha|meus|minhas) (?:cachorr[oa]s?|cao|caes|gat[oa]s?|pets?"
                r"|bichinhos?|animal|animais|cachorrinh[oa]|passaro|peixe|coelho|hamster"
                r"|tartaruga)\b"
            ),
            "age": r"\bquantos anos (?:eu )?tenho\b|\bminha idade\b",
            "occupation": (
                r"\bo que (?:eu )?faco (?:da vida|como trabalho)\b|\bem que (?:eu )?trabalho\b"
                r"|\bmeu (?:trabalho|emprego|servico)\b|\bminha profissao\b"
            ),
            "employer": r"\bonde (?:eu )?trabalho\b|\bminha empresa\b",
            "hobbies": r"\b(?:meus|meu) (?:hobbies|hobby|passatempos?)\b",
            "partner": (
                r"\b(?:meu|minha) (?:namorad[oa]|espos[oa]|marido|mulher|parceir[oa]|noiv[oa]"
                r"|companheir[oa])\b"
            ),
            "family": (
                r"\b(?:minha|meu|meus|minhas) (?:familia|mae|pai|pais|irmas?|irmaos?|filh[oa]s?"
                r"|avo|avos)\b"
            ),
            "birthday": r"\bmeu aniversario\b|\bmeu niver\b|\bquando (?:eu )?nasci\b",
            "languages": r"\bque (?:idiomas?|linguas?) (?:eu )?falo\b",
            "allergies": r"\bminhas? alergias?\b|\bsou alergic[oa] a que\b",
            "goals": r"\b(?:meus|meu|minhas|minha) (?:objetivos?|metas?|sonhos?)\b",
            "dislikes": r"\bo que (?:eu )?nao gosto\b|\bo que (?:eu )?odeio\b",
        }
    ),
    topics=MappingProxyType(
        {
            "work": r"\b(?:trabalho|trampo|emprego|chefe|escritorio|reuniao|plantao|colegas)\b",
            "study": (
                r"\b(?:escola|aula|aulas|prova|provas|dever de casa|faculdade|facul|universidade"
                r"|estudar|estudando|curso)\b"
            ),
            "food": (
                r"\b(?:comida|comer|comendo|jantar|almoco|cafe da manha|cozinhar|pizza|sushi"
                r"|fome|receita)\b"
            ),
            "music": r"\b(?:musica|musicas|banda|show|album|violao|guitarra|piano|cantar)\b",
            "screen": r"\b(?:filmes?|series?|netflix|anime|episodio|novela|tv)\b",
            "games": (
                r"\b(?:videogames?|games?|jogando|console|playstation|xbox|nintendo|minecraft)\b"
            ),
            "sport": (
                r"\b(?:academia|treino|treinar|correr|futebol|basquete|tenis|esporte|yoga|nadar)\b"
            ),
            "books": r"\b(?:livros?|ler|lendo|leitura|romance|autor)\b",
            "weather": r"\b(?:previsao do tempo|chuva|chovendo|frio|calor|neve)\b",
            "sleep": r"\b(?:dormir|sono|insonia|cochilo|dormi)\b",
        }
    ),
)
