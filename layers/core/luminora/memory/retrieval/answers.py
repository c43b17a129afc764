"""What kind of answer a question wants, and whether a stored text could give it.

A "when" question is answered by a text that says when ("I went last Friday"), a "how
many" question by one with a number in it, whatever else the two share. The index gives
such texts a gentle boost (`SearchSettings.answer_weight`). Questions are recognised by
their question word within their first few words, in en, es, fr, pt, de and it; text is
matched casefolded and accent-folded.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from luminora.memory.retrieval.stopwords import fold
from luminora.memory.retrieval.timeexpr import mentions_time

__all__ = ["AnswerKind", "could_answer", "expected_answer"]

AnswerKind = Literal["time", "quantity"]


def _question(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """The question phrase as one of the first three words of the question."""
    return {
        language: re.compile(rf"^\W*(?:\w+\W+){{0,2}}?(?:{pattern})\b")
        for language, pattern in patterns.items()
    }


_ASKS_TIME: Final[dict[str, re.Pattern[str]]] = _question(
    {
        "en": r"when|(?:what|which) (?:year|month|day|date|time|week)|how long ago",
        "es": r"cuando|(?:en )?que (?:ano|mes|dia|fecha|semana)|hace cuanto",
        "fr": r"quand|(?:en |a )?quel(?:le)? (?:annee|mois|jour|date|semaine|heure)",
        "pt": r"quando|(?:em )?que (?:ano|mes|dia|data|semana)|ha quanto tempo",
        "de": r"wann|(?:in |an )?welche[mnr]? (?:jahr|monat|tag|datum|woche)",
        "it": r"quando|(?:in )?che (?:anno|mese|giorno|data|settimana)|da quanto tempo",
    }
)
_ASKS_QUANTITY: Final[dict[str, re.Pattern[str]]] = _question(
    {
        "en": r"how (?:many|much|long|often|old|far|frequently)",
        "es": r"cuant[oa]s?|con que frecuencia|que edad",
        "fr": r"combien|a quelle frequence|quel age",
        "pt": r"quant[oa]s?|com que frequencia|que idade",
        "de": r"wie (?:viele?|lange|oft|alt|weit)|wieviele?",
        "it": r"quant[ieoa]|ogni quanto|che eta",
    }
)

# Number words (not "one": it is mostly the pronoun, nor the articles "un", "ein"...),
# counts of times, and the units an amount of time is told in.
_QUANTITY_WORDS: Final[dict[str, str]] = {
    "en": "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "fifty hundred thousand once twice dozen couple few several every daily weekly monthly "
    "yearly year years month months week weeks day days hour hours minute minutes",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta "
    "cincuenta cien cientos mil vez veces docena par varios varias cada diario semanal "
    "mensual ano anos mes meses semana semanas dia dias hora horas minuto minutos",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente "
    "cinquante cent mille fois douzaine plusieurs chaque quotidien hebdomadaire mensuel "
    "an ans annee annees mois semaine semaines jour jours heure heures minute minutes",
    "pt": "dois duas tres quatro cinco seis sete oito nove dez onze doze quinze vinte trinta "
    "cinquenta cem mil vez vezes duzia varios varias cada diario semanal mensal ano anos "
    "mes meses semana semanas dia dias hora horas minuto minutos",
    "de": "zwei drei vier funf sechs sieben acht neun zehn elf zwolf funfzehn zwanzig "
    "dreissig funfzig hundert tausend einmal zweimal dutzend paar mehrere jeden jede "
    "taglich wochentlich monatlich jahr jahre jahren monat monate monaten woche wochen "
    "tag tage tagen stunde stunden minute minuten",
    "it": "due tre quattro cinque sette otto nove dieci undici dodici quindici venti trenta "
    "cinquanta cento mille volta volte dozzina paio diversi diverse ogni quotidiano "
    "settimanale mensile anno anni mese mesi settimana settimane giorno giorni ore minuti",
}
_QUANTITY_VOCABULARY: Final[dict[str, frozenset[str]]] = {
    language: frozenset(words.split()) for language, words in _QUANTITY_WORDS.items()
}
_WORD: Final[re.Pattern[str]] = re.compile(r"[^\W_]+")
_DIGIT: Final[re.Pattern[str]] = re.compile(r"\d")


def expected_answer(question: str, language: str = "en") -> AnswerKind | None:
    """The answer `question` wants: a time for "When did I...?", an amount ("quantity")
    for "How many...?", None for anything else.

    Only a question word among the first few words counts, so "what did I do when it
    rained" asks for neither. Unknown languages are read as English.
    """
    folded = fold(question.casefold())
    if _ASKS_TIME.get(language, _ASKS_TIME["en"]).match(folded):
        return "time"
    if _ASKS_QUANTITY.get(language, _ASKS_QUANTITY["en"]).match(folded):
        return "quantity"
    return None


def could_answer(text: str, language: str, kind: AnswerKind) -> bool:
    """Whether `text` holds an answer of that kind: a time it happened, or an amount."""
    if kind == "time":
        return mentions_time(text, language)
    folded = fold(text.casefold())
    if _DIGIT.search(folded):
        return True
    vocabulary = _QUANTITY_VOCABULARY.get(language, _QUANTITY_VOCABULARY["en"])
    return not vocabulary.isdisjoint(_WORD.findall(folded))
