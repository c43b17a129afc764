"""English words around names: what "I'm X" says when X is no name, and the signs of an intro.

"I'm X" is a name or a state. States are a closed-ish class: the adjectives, participles and
adverbs people say of themselves ("tired", "married", "stuck", "outta here"), listed here.
Words that are both ("rich", "guy") or shaped like a participle ("Ahmed" like "gutted") are
names only in an introduction; a modal ("I'm will") cannot follow "I'm", so it is a name.
"""

from __future__ import annotations

import re

from luminora.memory.extraction.vocab import words

# Adjectives, participles, adverbs and slang said after "I'm" / "it's" (folded).
PREDICATES = words(
    # how one feels
    "tired exhausted sleepy drowsy knackered shattered beat spent drained wiped worn burnt "
    "burned fried cooked toast dead ded dying alive awake asleep up hungry starving thirsty "
    "full stuffed sick ill unwell poorly sore hurt injured dizzy nauseous queasy feverish "
    "hungover drunk tipsy wasted hammered smashed plastered stoned high sober clean "
    "happy unhappy sad glad mad angry furious livid pissed annoyed irritated grumpy cranky "
    "moody upset depressed down blue low miserable gloomy lonely alone homesick heartbroken "
    "bored boring excited thrilled stoked pumped hyped psyched eager keen nervous anxious "
    "worried scared afraid terrified frightened petrified spooked stressed overwhelmed tense "
    "confused lost puzzled baffled perplexed clueless curious interested intrigued "
    "fascinated amazed surprised shocked stunned speechless impressed disappointed "
    "embarrassed ashamed guilty jealous envious grateful thankful blessed lucky fortunate "
    "unlucky proud pleased delighted satisfied content calm relaxed chill chilled rested "
    "refreshed comfy comfortable cozy cosy warm cold freezing hot boiling sweaty wet soaked "
    "ready set prepared done finished through over busy free available swamped slammed "
    "snowed buried occupied booked late early punctual sorry sure certain positive "
    "convinced confident unsure uncertain doubtful aware unaware serious kidding joking "
    "fine good great ok okay alright well better worse best worst amazing awesome fantastic "
    "wonderful terrible awful horrible fabulous grand brilliant superb excellent perfect "
    "decent meh bad "
    # who one is
    "single married divorced separated engaged widowed taken pregnant expecting retired "
    "unemployed employed jobless homeless broke poor wealthy young old older younger tall "
    "short fat thin skinny slim fit healthy strong weak smart clever bright dumb stupid "
    "crazy insane weird strange odd normal different special unique shy quiet loud outgoing "
    "introverted extroverted introvert extrovert ambivert funny hilarious boring lazy "
    "hardworking ambitious creative artistic organized organised messy clumsy honest modest "
    "humble nice kind mean rude polite friendly lovely cute pretty ugly handsome beautiful "
    "gorgeous hot sexy cool nerdy geeky sporty picky fussy gay straight bi bisexual lesbian "
    "trans queer nonbinary asexual religious christian catholic muslim jewish atheist "
    "agnostic spiritual deaf blind disabled autistic diabetic allergic asthmatic dyslexic "
    "colorblind colourblind adopted bilingual trilingual multilingual fluent native new "
    "famous human real fake legit basic extra petty salty shook sus chaotic brave bold "
    "calm patient impatient stubborn independent responsible mature immature sensitive "
    "emotional dramatic sarcastic romantic optimistic pessimistic positive negative "
    "confident insecure paranoid obsessive competitive fluent experienced inexperienced "
    "qualified certified vaccinated educated skilled talented gifted spoiled spoilt "
    # participles
    "stuck hooked addicted obsessed gutted wrecked screwed doomed sunk cursed grounded "
    "covered sorted settled packed scheduled stranded locked trapped bummed chuffed "
    "peeved miffed stumped floored gobsmacked flabbergasted exhilarated elated ecstatic "
    "devastated crushed shaken rattled startled scarred traumatized traumatised triggered "
    "offended insulted flattered honored honoured humbled touched moved inspired motivated "
    "determined dedicated devoted committed focused focussed distracted preoccupied "
    "concerned involved invested interested bored relieved satisfied dissatisfied "
    "frustrated fed disgusted appalled horrified outraged annoyed amused entertained "
    "tempted torn conflicted divided undecided unemployed overworked underpaid overpaid "
    "overqualified underqualified hired fired laid promoted demoted transferred enrolled "
    "registered signed subscribed invited included excluded banned blocked muted "
    "vaccinated tested infected isolated quarantined medicated sedated recovered healed "
    "cured diagnosed injured bruised sunburnt sunburned blistered spelled spelt pronounced "
    "written called named born raised based located situated stationed "
    # adverbs and particles that follow "I'm"
    "so very too really just still also already almost nearly about totally only actually "
    "literally basically probably definitely maybe perhaps possibly kinda sorta like um uh "
    "not never always sometimes here there back home away out in off on up down around "
    "everywhere nowhere somewhere anywhere together outside inside upstairs downstairs "
    "abroad overseas offline online afk brb sometime anytime asap way more less most least "
    "much lot lots quite rather fairly extremely incredibly insanely alert "
    # numbers (an age is another rule's)
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred "
    # clipped gerunds and chat roles
    "chillin vibin livin lovin workin cryin dyin sleepin trippin lurker noob team pro anti dry "
    "sold "
    "early lonely silly ugly holy jolly lovely likely surely barely nearly rarely simply "
    "kindly deeply highly gladly fully truly hardly partly merely curly sickly lively "
    # evaluations said with "it's"
    "same true false right wrong correct incorrect tough hard easy simple complicated epic "
    "fast slow quick close far near crucial important essential necessary possible "
    "impossible yum yummy tasty delicious fun cheap expensive pricey fair unfair "
    "interesting exciting scary lit fire mid bussin goated valid wild insane nuts huge big "
    "small tiny little massive long short heavy light loud quiet dark bright clear obvious "
    "complicated weird strange normal typical rare common popular nuts bonkers hectic "
    "crazy mad tricky lame sick dope rad neat sweet beautiful gorgeous stunning lovely "
    "raining snowing cloudy windy foggy "
    # comparatives
    "happier sadder angrier busier easier healthier luckier hungrier sillier lazier crazier "
    "funnier prettier sleepier tinier bigger smaller taller shorter older younger richer "
    "poorer stronger weaker faster slower smarter"
    # slang and chat forms
    " gonna wanna gotta tryna finna bout outta sry srry soz gud gr8 fr deadass lowkey "
    "highkey hella mega af asf bored2death ofc obv obvs def prob probs rly srsly tbf"
)

# Frequent words that are also given names: names only in an introduction ("hi, I'm Rich",
# "gonna go to peru, i'm rich"); alone, "I'm rich" is about money.
WEAK_NAMES = words("rich frank guy buddy sunny earnest ernest royal noble sterling")

# Words whose usual reading cannot follow "I'm": a modal ("I'm will") is a name there.
NAME_OK = words("will")

# Participles and adverbs are shaped like "Ahmed", "Jared" and "Beverly": names only in an
# introduction unless listed above.
WEAK_SHAPE = re.compile(r"^[^\W\d_]{3,}ed$|^[^\W\d_]{5,}ly$")

# The folded text before a trigger ends with a greeting or "by the way" (and a vocative:
# "hey sakura, i'm ...").
INTRO_BEFORE = re.compile(
    r"(?:^|[^\w'])(?:hi+|hey+|hello+|helo|hiya|heya|howdy|yo|sup|greetings|"
    r"good\s+(?:morning|afternoon|evening|day)|morning|evening|btw|by\s+the\s+way|fyi|"
    r"oh\s+and|anyway|anyways|first\s+of\s+all|nice\s+to\s+meet\s+(?:you|u)|"
    r"pleased\s+to\s+meet\s+(?:you|u))"
    r"(?:[\s,!.]+[^\W\d_]+)?[\s,!.:;-]*$"
)
# Right after the name: the introduction goes on ("btw", ", 25", "from Leeds", "and I ...").
INTRO_AFTER = re.compile(
    r"\s*,?\s*(?:btw\b|by\s+the\s+way\b|(?:nice|pleased|glad)\s+to\s+meet\b|aka\b|\d|"
    r"(?:from|originally)\b|and\s+i(?:'m|m|\s+am|\s+live|\s+work)\b)"
)
