"""Portuguese tone entries (Brazil and Portugal, with chat abbreviations: vc, vlw, obg...)."""

from __future__ import annotations

ELIDE = False

POSITIVE: dict[str, float] = {
    "obrigado": 2, "obrigada": 2, "muito obrigado": 3, "muito obrigada": 3, "brigado": 2,
    "brigada": 2, "valeu": 2, "vlw": 2, "obg": 2, "te amo": 4, "te adoro": 4,
    "amo você": 4, "amo vc": 4, "te quero bem": 3, "sinto sua falta": 3,
    "sinto tua falta": 3, "você é a melhor": 4, "você é o melhor": 4, "vc é a melhor": 4,
    "vc é o melhor": 4, "você é demais": 4, "vc é demais": 4, "gosto de você": 3,
    "gosto de vc": 3, "gosto muito de você": 3, "saudade": 2, "saudades": 2,
    "legal": 1, "massa": 2, "top": 1, "incrível": 2, "maravilhoso": 2, "maravilhosa": 2,
    "lindo": 2, "linda": 2, "fofo": 2, "fofa": 2, "gentil": 2, "perfeito": 1,
    "perfeita": 1, "excelente": 1, "ótimo": 2, "ótima": 2, "show": 1, "que bom": 1,
    "beijo": 2, "beijos": 2, "bjs": 2, "bj": 2, "abraço": 2, "abraços": 2, "adoro": 2,
    "amo": 2, "feliz": 1, "desculpa": 1, "desculpe": 1, "por favor": 0.5, "pfv": 0.5,
    "pfvr": 0.5, "kkk": 0.5, "kkkk": 0.5, "rsrs": 0.5, "demais": 1, "interessante": 1,
    "bacana": 2, "bom": 0.5,
}  # fmt: skip

HOSTILE: dict[str, float] = {
    "idiota": -5, "burro": -4, "burra": -4, "estúpido": -4, "estúpida": -4, "imbecil": -5,
    "otário": -5, "otária": -5, "babaca": -5, "inútil": -4, "cala a boca": -6,
    "cala boca": -6, "vai se foder": -8, "vai tomar no cu": -9, "vsf": -7, "tnc": -7,
    "te odeio": -6, "odeio você": -6, "odeio vc": -6, "mentiroso": -4, "mentirosa": -4,
    "não serve pra nada": -4, "não serve para nada": -4, "some daqui": -5,
    "filho da puta": -8, "fdp": -7, "arrombado": -7,
}  # fmt: skip

NEGATIVE: dict[str, float] = {
    "porra": -1, "merda": -1, "odeio": -2, "chato": -2, "chata": -2, "ruim": -2,
    "péssimo": -2, "péssima": -2, "horrível": -2, "lixo": -2, "nojento": -2, "nojenta": -2,
    "droga": -1, "decepcionado": -2, "decepcionada": -2, "irritado": -1, "irritada": -1,
}  # fmt: skip

NEGATORS = ("não", "nao", "nunca", "jamais", "nem", "sem", "nada")
POST_NEGATORS: tuple[str, ...] = ()
INTENSIFIERS = ("muito", "mto", "mt", "super", "tão", "bem", "bastante", "mega", "muitíssimo")
SECOND_PERSON = (
    "você", "vc", "voce", "tu", "te", "ti", "contigo", "teu", "tua", "seu", "sua", "cê",
    "vocês",
)  # fmt: skip
