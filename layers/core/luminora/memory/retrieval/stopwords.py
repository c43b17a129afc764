"""Stop words per language (en, es, fr, pt, de, it), after the Snowball project's lists.

Lists are written with their accents and folded once at import, so a word matches whether
the user typed "está" or "esta". Besides function words they hold the fragments that
splitting on apostrophes leaves behind ("don" from "don't", "qu" from "qu'il", "dell" from
"dell'anno"), and a few chat fillers that carry no topic ("yeah", "lol", "jaja").
"""

from __future__ import annotations

import unicodedata
from typing import Final

_EN = """
a about above after again against all am an and any are aren as at be because been before
being below between both but by can cannot could couldn did didn do does doesn doing don
down during each few for from further had hadn has hasn have haven having he her here hers
herself him himself his how i if in into is isn it its itself let ll me more most mustn my
myself no nor not of off on once only or other ought our ours ourselves out over own re
same shan she should shouldn so some such than that the their theirs them themselves then
there these they this those through to too under until up ve very was wasn we were weren
what when where which while who whom why will with won would wouldn you your yours yourself
yourselves s t d m also just really oh yeah yes ok okay hey hi lol um uh gonna wanna let us
im ive id youre thats whats
"""

_ES = """
a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante
e el él ella ellas ellos en entre era erais eran eras eres es esa esas ese eso esos esta
está estaba estabais estaban estabas estad estada estadas estado estados estamos estando
estar estaremos estará estarán estarás estaré estaréis estaría estaríais estaríamos
estarían estarías estas estás este estemos esto estos estoy estuve estuviera estuvieron
estuvimos estuviste estuvo fue fuera fueron fui fuimos fuiste ha habéis haber había habían
habías han has hasta hay haya he hemos hube hubo la las le les lo los más me mi mis mía
mías mío míos muy nada ni no nos nosotras nosotros nuestra nuestras nuestro nuestros o os
otra otras otro otros para pero poco por porque que qué quien quién quienes se sea sean
ser será serán sería si sí siendo sin sobre sois somos son soy su sus suya suyas suyo
suyos también tanto te tendrá tenemos tener tengo ti tiene tienen tienes todo todos tu tú
tus tuve tuvo tuya tuyo un una uno unos vosotras vosotros vuestra vuestro y ya yo cómo
cuándo dónde cuál cuáles jaja jajaja jeje vale pues bueno oye
"""

_FR = """
à ai aie aient aies ait alors as au aura aurai auraient aurais aurait auras aurez auriez
aurions aurons auront aux avaient avais avait avec avez aviez avions avoir avons ayant
ayez ayons c ça ce ceci cela celà ces cet cette d dans de des du elle elles en es est et
étaient étais était étant été êtes étiez étions être eu eue eues eûmes eurent eus eusse
eut eux fûmes furent fus fut il ils j je jusqu l la le les leur leurs lui m ma mais me même
mes moi mon n ne nos notre nous on ont ou où par pas pour qu que quel quelle quelles quels
qui quoi s sa sans se sera serai seraient serais serait seras serez seriez serions serons
seront ses si soi soient sois soit sommes son sont soyez soyons suis sur t ta te tes toi
ton tu un une vos votre vous y comment pourquoi quand très aussi bien oui non mdr ben bah
"""

_PT = """
a à ao aos aquela aquelas aquele aqueles aquilo as às até com como da das de dela delas
dele deles depois do dos e é ela elas ele eles em entre era eram éramos essa essas esse
esses esta está estamos estão estar estas estava estavam estávamos este esteja estejam
estejamos estes esteve estive estivemos estiver estivera estiveram estiverem estivermos
estivesse estivessem estivéssemos estou eu foi fomos for fora foram forem formos fosse
fossem fôssemos fui há haja hajam hajamos hão havemos haver hei houve isso isto já lhe
lhes mais mas me mesmo meu meus minha minhas muito na não nas nem no nos nós nossa nossas
nosso nossos num numa o os ou para pela pelas pelo pelos por qual quando que quem são se
seja sejam sejamos sem ser será serão seria seriam seu seus só somos sou sua suas também
te tem têm temos tenho teu teus tinha tinham tive tivemos tu tua tuas um uma você vocês
vos vc onde porque kkk rs
"""

_DE = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
anderes anderm andern anders auch auf aus bei bin bis bist da damit dann das dass daß
dein deine deinem deinen deiner deines dem den denn der derer des dessen dich dir du dies
die diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einig
einige einigem einigen einiger einiges einmal er es etwas euch euer eure eurem euren eurer
eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen
ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene
jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte
machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines
mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine
seinem seinen seiner seines selbst sich sie sind so solche solchem solchen solcher solches
soll sollte sondern sonst über um und uns unser unsere unserem unseren unserer unseres
unter viel vom von vor während war waren warst was weg weil weiter welche welchem welchen
welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde
würden zu zum zur zwar zwischen wann warum wer wen wem ja nein
"""

_IT = """
a abbia abbiamo abbiano abbiate ad al alla alle allo agli ai all anche avemmo avendo
avesse avessero avessi avessimo
aveste avesti avete aveva avevamo avevano avevate avevi avevo avrà avrai avranno avrebbe
avrebbero avrei avremmo avremo avreste avresti avrete avrò avuta avute avuti avuto c che
chi ci coi col come con contro cui da dagli dai dal dall dalla dalle dallo degli dei del
dell della delle dello di dov dove e è ebbe ebbero ebbi ed era erano eravamo eravate eri
ero essendo faccia facciamo facciano facciate faccio facemmo facendo facesse facessero
facessi facessimo faceste facesti faceva facevamo facevano facevate facevi facevo fai
fanno farà farai faranno farebbe farebbero farei faremmo faremo fareste faresti farete
farò fece fecero feci fosse fossero fossi fossimo foste fosti fu fui fummo furono gli ha
hai hanno ho i il in io l la le lei li lo loro lui ma mi mia mie miei mio ne negli nei nel
nell nella nelle nello noi non nostra nostre nostri nostro o per perché più quale quanta
quante quanti quanto quella quelle quelli quello questa queste questi questo sarà sarai
saranno sarebbe sarebbero sarei saremmo saremo sareste saresti sarete sarò se sei si sia
siamo siano siate siete sono sta stai stando stanno starà starai staranno starebbe
starebbero starei staremmo staremo stareste staresti starete starò stava stavamo stavano
stavate stavi stavo stemmo stesse stessero stessi stessimo steste stesti stette stettero
stetti stia stiamo stiano stiate sto su sua sue sugli sui sul sull sulla sulle sullo suo
suoi ti tra tu tua tue tuo tuoi tutti tutto un una uno vi voi vostra vostre vostri vostro
quando cosa molto anche sì no ciao te
"""


def fold(word: str) -> str:
    """Strip accents: NFKD, then drop combining marks ("café" -> "cafe", "ß" stays)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(w.casefold()) for w in words.split())


STOP_WORDS: Final[dict[str, frozenset[str]]] = {
    "en": _folded(_EN),
    "es": _folded(_ES),
    "fr": _folded(_FR),
    "pt": _folded(_PT),
    "de": _folded(_DE),
    "it": _folded(_IT),
}
