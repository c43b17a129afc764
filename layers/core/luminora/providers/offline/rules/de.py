"""German intent patterns (folded: "heißt" → "heisst", "tschüss" → "tschuss")."""

from __future__ import annotations

from types import MappingProxyType

from luminora.providers.offline.rules.base import LanguageRules

_SS = r"(?:ss|s)"

RULES = LanguageRules(
    greeting=(
        r"^(?:na |oh )?(?:hallo+|hi|hey+|moin(?: moin)?|servus|gru(?:ss|s) (?:dich|gott)"
        r"|guten (?:morgen|tag|abend)|na du|huhu|hello|tach|tag)\b"
    ),
    goodbye=(
        r"\b(?:tsch(?:u|ue)s+|tschau|ciao|auf wiedersehen|bis (?:bald|spater|morgen|dann|gleich)"
        r"|gute nacht|ich muss (?:los|gehen|weg)|bye|mach'?s gut|schlaf gut)\b"
    ),
    thanks=r"\b(?:danke|dankeschon|vielen dank|thx|merci)\b",
    how_are_you=(
        r"\bwie geht'?s(?: dir| euch| ihnen)?\b|\bwie gehts\b|\bwie geht es (?:dir|ihnen|euch)\b"
        r"|\bwie lauft'?s\b|\balles (?:gut|klar|ok)(?: bei dir)?\s*\?"
    ),
    bot_name=(
        rf"\bwie hei{_SS}t du\b|\bwie hei{_SS}en sie\b|\bwie ist dein name\b|\bdein name\b"
        rf"|\bwer bist du\b|\bwer sind sie\b|\bwie soll ich dich nennen\b|\bdu hei{_SS}t wie\b"
        r"|\bmit wem (?:rede|spreche|schreibe) ich\b"
    ),
    challenge=(
        rf"\bdu wei{_SS}t (?:es |das |(?:meinen|mein) \w+ |wie ich hei{_SS}e |wer ich bin )?"
        r"(?:doch )?(?:nicht|nich|nix)\b"
        rf"|\bwei{_SS}t du (?:es |das )?(?:nicht|nich)\b"
        r"|\bdu hast (?:es |das |mich )?(?:schon )?vergessen\b|\bschon vergessen\b|\bvergessen\s*\?"
        r"|\b(?:erinnerst du dich|kennst du mich) nicht\b|\bdu erinnerst dich nicht\b"
    ),
    opinion=(
        r"\bwas (?:meinst|denkst|sagst) du\b|\bwas (?:haltst|halst) du davon\b"
        r"|\bwie findest du (?:das|es)\b|\bdeine meinung\b"
    ),
    about_me=(
        rf"\bwas wei{_SS}t du (?:uber|von) mir\b|\berinnerst du dich an mich\b|\bkennst du mich\b"
    ),
    asking=(
        r"^(?:und )?(?:was|wer|wo|wohin|woher|wann|wie|warum|welche[rsnm]?|hab(?:e)? ich|bin ich"
        rf"|sag mir|sag mal|nenn mir)\b"
        rf"|\b(?:erinnerst|erinnern|wei{_SS}t|kennst|vergessen|rate mal)\b"
    ),
    lead=r"und|also|na|ok|okay|aber|jetzt|so|hey|hallo|hi|nun|hm+|ach|naja|sag mal|lol|haha+",
    feeling_bad=(
        r"\b(?:ich bin|bin|ich fuhle mich|fuhle mich|mir geht'?s|mir geht es)\b(?: so| sehr"
        r"| total| echt| voll| ziemlich| etwas| ein bisschen| gerade| heute){0,2} (?:traurig|mude"
        r"|erschopft|gestresst|einsam|gelangweilt|besorgt|deprimiert|krank|wutend|sauer"
        r"|frustriert|schlecht|nicht gut|mies|fertig|kaputt|down|genervt)\b"
        r"|\b(?:schlechter|mieser|harter|langer|bloder) tag\b"
    ),
    feeling_good=(
        r"\b(?:ich bin|bin|ich fuhle mich|fuhle mich|mir geht'?s|mir geht es)\b(?: so| sehr"
        r"| total| echt| voll| richtig| super){0,2} (?:glucklich|froh|gut|super|toll|begeistert"
        r"|entspannt|aufgeregt|prima|bestens|happy)\b|\b(?:guter|toller|schoner) tag\b"
    ),
    about_user=MappingProxyType(
        {
            "name": (
                rf"\bwie hei{_SS}e ich\b|\bwie ich hei{_SS}e\b|\bwer bin ich\b"
                r"|\bwie ist mein name\b|\bmeinen? namen?\b"
                rf"|\bich hei{_SS}e wie\b"
            ),
            "travel_destination": (
                r"\bwohin (?:fahre|reise|fliege|gehe) ich\b|\bwohin ich (?:fahre|reise|fliege)\b"
                r"|\bwo (?:fahre|reise|fliege) ich hin\b"
                r"|\bmein(?:e|em|en)? (?:reise|reiseziel|urlaub|ziel)\b"
            ),
            "location": (
                r"\bwo (?:wohne|lebe) ich\b|\bwo ich (?:wohne|lebe)\b|\bmeine (?:stadt|adresse)\b"
            ),
            "hometown": (
                r"\bwoher (?:komme|stamme) ich\b|\bwo komme ich her\b|\bmeine heimat(?:stadt)?\b"
            ),
            "likes": r"\bwas mag ich\b|\bwas ich mag\b|\bwas liebe ich\b|\bwas gefallt mir\b",
            "pets": (
                r"\bmein(?:e|en|em)? (?:hund|hundin|katze|kater|haustier|haustiere|welpe"
                r"|kaninchen|hase|vogel|papagei|fisch|hamster|schildkrote)\b"
            ),
            "age": r"\bwie alt (?:bin ich|ich bin)\b|\bmein alter\b",
            "occupation": (
                r"\bwas (?:arbeite|mache) ich(?: beruflich)?\b|\bals was arbeite ich\b"
                r"|\bmein(?:en|em)? (?:beruf|job)\b|\bmeine arbeit\b"
            ),
            "employer": r"\bwo arbeite ich\b|\bbei wem arbeite ich\b|\bmeine firma\b",
            "hobbies": r"\bmeine? hobb(?:y|ys|ies)\b|\bmeine freizeit\b",
            "partner": (
                r"\bmein(?:e|en|er)? (?:freundin|frau|mann|partner|partnerin|verlobte[rn]?"
                r"|ehemann|ehefrau|schatz)\b"
            ),
            "family": (
                r"\bmein(?:e|en|er)? (?:familie|mutter|vater|mama|papa|eltern|schwestern?"
                r"|bruder|geschwister|kinder|kind|sohn|tochter|oma|opa)\b"
            ),
            "birthday": (
                r"\bmein(?:en)? geburtstag\b|\bwann (?:bin ich geboren|habe ich geburtstag)\b"
            ),
            "languages": r"\bwelche sprachen? spreche ich\b",
            "allergies": r"\bmeine allergien?\b|\bwogegen bin ich allergisch\b",
            "goals": r"\bmein(?:e)? (?:ziele|traume|traum)\b",
            "dislikes": r"\bwas mag ich nicht\b|\bwas hasse ich\b",
        }
    ),
    topics=MappingProxyType(
        {
            "work": r"\b(?:arbeit|job|chef|chefin|buro|meeting|schicht|kollegen|kollegin)\b",
            "study": (
                r"\b(?:schule|unterricht|prufung|prufungen|hausaufgaben|uni|studium|lernen|kurs)\b"
            ),
            "food": (
                r"\b(?:essen|abendessen|mittagessen|fruhstuck|kochen|pizza|sushi|hunger|rezept)\b"
            ),
            "music": r"\b(?:musik|lied|lieder|song|band|konzert|album|gitarre|klavier|singen)\b",
            "screen": r"\b(?:film|filme|serie|serien|netflix|anime|folge|fernsehen)\b",
            "games": r"\b(?:videospiele?|zocken|konsole|playstation|xbox|nintendo|minecraft)\b",
            "sport": (
                r"\b(?:fitnessstudio|gym|training|laufen|joggen|fussball|basketball|tennis|sport"
                r"|yoga|schwimmen|wandern)\b"
            ),
            "books": r"\b(?:buch|bucher|lesen|roman|autor)\b",
            "weather": r"\b(?:wetter|regen|regnet|sonne|kalt|hei(?:ss|s)|schnee|schneit)\b",
            "sleep": r"\b(?:schlafen|schlaf|geschlafen|schlaflos|nickerchen)\b",
        }
    ),
)
