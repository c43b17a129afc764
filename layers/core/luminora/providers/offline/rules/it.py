"""Italian intent patterns (folded: "perché" → "perche", "è" → "e")."""

from __future__ import annotations

from types import MappingProxyType

from luminora.providers.offline.rules.base import LanguageRules

RULES = LanguageRules(
    greeting=r"^(?:ehi |e )?(?:ciao+|salve|buon ?giorno|buona ?sera|ehi|hey|hi|hello|we|ue)\b",
    goodbye=(
        r"\b(?:arrivederci|a presto|a dopo|a domani|buona ?notte|devo andare|vado a dormire"
        r"|ci vediamo|ci sentiamo|bye|addio)\b"
    ),
    thanks=r"\b(?:grazie|grz|thx|thanks|ti ringrazio)\b",
    how_are_you=(
        r"\bcome (?:stai|va|te la passi|ti senti)\b|\btutto (?:bene|ok|a posto)\s*\?"
        r"|\bcome andiamo\b"
    ),
    bot_name=(
        r"\bcome ti chiami\b|\bqual e il tuo nome\b|\b(?:il )?tuo nome\b|\bchi sei\b"
        r"|\bcome (?:posso|devo) chiamarti\b|\bcon chi (?:parlo|sto parlando)\b|\bti chiami come\b"
    ),
    challenge=(
        r"\bnon (?:lo |mi )?(?:sai|sapevi|ricordi|conosci)\b|\bnon ti ricordi\b"
        r"|\b(?:hai|l'?hai|mi hai) (?:gia )?dimenticat[oa]\b|\bti sei (?:gia )?dimenticat[oa]\b"
        r"|\bte ne sei dimenticat[oa]\b"
    ),
    opinion=(
        r"\b(?:che|cosa) ne (?:pensi|dici)\b|\bche (?:pensi|dici)\b|\bcosa pensi\b"
        r"|\btu che (?:ne )?(?:pensi|dici)\b|\bla tua opinione\b|\bti piace l'?idea\b"
    ),
    about_me=r"\b(?:cosa|che) sai (?:di|su) me\b|\bti ricordi di me\b|\bsai chi sono\b",
    asking=(
        r"^(?:e )?(?:che|cosa|che cosa|chi|dove|quando|come|perche|quanti|quante|quale|qual"
        r"|dimmi|ricordami)\b|\b(?:ricordi|sai|sapevi|conosci|dimenticato|indovina)\b"
    ),
    lead=(
        r"e|allora|quindi|beh|ok|ma|dai|ehi|senti|insomma|comunque|ora|adesso|ciao|ahah+"
        r"|haha+|lol|vabbe|cioe"
    ),
    feeling_bad=(
        r"\b(?:sono|mi sento|sto)\b(?: molto| tanto| un po'?| davvero| cosi| proprio| troppo){0,2}"
        r" (?:triste|stanc[oa]|esaust[oa]|stressat[oa]|annoiat[oa]|preoccupat[oa]|depress[oa]"
        r"|malat[oa]|arrabbiat[oa]|giu|male|distrutt[oa]|a pezzi|nervos[oa]|frustrat[oa])\b"
        r"|\bmi sento sol[oa]\b|\bgiornata (?:brutta|orribile|pesante|difficile|no)\b"
        r"|\bbrutta giornata\b|\bnon sto bene\b"
    ),
    feeling_good=(
        r"\b(?:sono|mi sento|sto)\b(?: molto| tanto| davvero| cosi| proprio| super){0,2}"
        r" (?:felice|content[oa]|benissimo|bene|alla grande|entusiast[ao]|emozionat[oa]"
        r"|rilassat[oa]|gasat[oa])\b|\b(?:bella|ottima|splendida) giornata\b"
    ),
    about_user=MappingProxyType(
        {
            "name": (
                r"\bcome mi chiamo\b|\bchi sono(?: io)?\s*\?|\bsai chi sono\b|\b(?:il )?mio nome\b"
            ),
            "travel_destination": (
                r"\bdove (?:vado|andro|viaggio|parto)\b|\bil mio (?:prossimo )?viaggio\b"
                r"|\bla mia (?:prossima )?(?:meta|destinazione)\b"
            ),
            "location": r"\bdove (?:vivo|abito)\b|\bla mia citta\b",
            "hometown": r"\bdi dove sono\b|\bda dove vengo\b",
            "likes": r"\b(?:che )?cosa mi piace\b|\bche mi piace\b|\bcosa (?:amo|adoro)\b",
            "pets": (
                r"\b(?:il mio|la mia|i miei|le mie|mio|mia) (?:cane|cagnolin[oa]|gatt[oa]"
                r"|gattino|animale|animali|cucciolo|coniglio|pappagallo|uccellino|pesce"
                r"|criceto|tartaruga)\b"
            ),
            "age": r"\bquanti anni ho\b|\bla mia eta\b",
            "occupation": (
                r"\bche lavoro faccio\b|\bcosa faccio (?:nella vita|di lavoro)\b"
                r"|\bil mio lavoro\b|\bla mia professione\b"
            ),
            "employer": r"\bdove lavoro\b|\bper chi lavoro\b|\bla mia azienda\b",
            "hobbies": r"\bi miei (?:hobby|passatempi|interessi)\b|\bil mio (?:hobby|passatempo)\b",
            "partner": (
                r"\b(?:il mio|la mia|mio|mia) (?:ragazz[oa]|fidanzat[oa]|marito|moglie"
                r"|compagn[oa]|partner)\b"
            ),
            "family": (
                r"\b(?:la mia|mia|il mio|mio|i miei|le mie) (?:famiglia|madre|padre|mamma|papa"
                r"|genitori|sorell[ae]|fratell[oi]|figli[oa]?|figlie|nonn[oaie])\b"
            ),
            "birthday": r"\b(?:il )?mio compleanno\b|\bquando sono nat[oa]\b",
            "languages": r"\b(?:che|quali) lingue? parlo\b",
            "allergies": r"\ble mie allergie\b|\ba cosa sono allergic[oa]\b",
            "goals": r"\bi miei (?:obiettivi|sogni)\b|\bil mio (?:obiettivo|sogno)\b",
            "dislikes": r"\bcosa non mi piace\b|\bcosa odio\b",
        }
    ),
    topics=MappingProxyType(
        {
            "work": r"\b(?:lavoro|lavorare|capo|ufficio|riunione|turno|colleghi)\b",
            "study": (
                r"\b(?:scuola|lezione|lezioni|esame|esami|compiti|universita|studiare|corso)\b"
            ),
            "food": (
                r"\b(?:cibo|mangiare|cena|pranzo|colazione|cucinare|pizza|pasta|sushi|fame"
                r"|ricetta)\b"
            ),
            "music": r"\b(?:musica|canzoni?|band|concerto|album|chitarra|pianoforte|cantare)\b",
            "screen": r"\b(?:film|serie|netflix|anime|episodio|tv)\b",
            "games": (
                r"\b(?:videogiochi|videogioco|giocare alla play|console|playstation|xbox|nintendo"
                r"|minecraft)\b"
            ),
            "sport": (
                r"\b(?:palestra|allenamento|correre|calcio|basket|tennis|sport|yoga|nuotare)\b"
            ),
            "books": r"\b(?:libro|libri|leggere|leggendo|romanzo|autore)\b",
            "weather": r"\b(?:meteo|pioggia|piove|sole|freddo|caldo|neve)\b",
            "sleep": r"\b(?:dormire|sonno|insonnia|pisolino|dormito)\b",
        }
    ),
)
