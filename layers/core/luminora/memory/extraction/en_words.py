"""English closed-class vocabulary: function words, relations, diets, languages, jobs."""

from __future__ import annotations

import re

from luminora.memory.extraction import en_names
from luminora.memory.extraction.readers import Lexicon
from luminora.memory.extraction.timewords import TIME_WORDS
from luminora.memory.extraction.vocab import Relation, Words, phrases, words

ARTICLES = words("the a an my our some any lot lots of bit couple few his her their its")
INTENSIFIERS = words(
    "really very so totally absolutely definitely especially particularly quite pretty super "
    "kinda sorta truly genuinely just still also actually honestly seriously literally "
    "deeply madly mostly mainly both all"
)
STOPS = words(
    "about above after against along among around as at because before behind below beside "
    "besides between beyond but by cause cuz cos coz despite during except for from if in "
    "inside into like near off on onto or out outside over since than that though through "
    "till to toward towards under unless until upon via when whenever where whereas which "
    "while who whom whose why with within without yet so then therefore lot "
    "i i'm im i've ive i'd i'll me you u ya he she it we they they're theyre him them us it's "
    "that's "
    "there here is are was were am be been being do does did don't doesn't didn't dont doesnt "
    "didnt can can't cant could would should will won't might must have has had get got "
    "now today tonight yesterday tomorrow currently lately recently soon later ago already "
    "anymore again always never sometimes often usually every each last next this these "
    "those too either anyway right please thanks fluently fluent natively well bit w "
    "everyday daily weekly twice once anything nothing everything something your yours how "
    "what whatever completely entirely altogether forever even"
)
FILLERS = words(
    "lol lmao lmfao rofl haha hahaha hehe xd btw tbh imo imho idk omg ngl fr rn jk smh ugh "
    "ok okay yeah yep nope hmm um uh thx ty pls plz tho aha "
    # sentence adverbs: "allergic to cats, unfortunately"
    "unfortunately sadly luckily fortunately hopefully apparently obviously basically"
)
JOINERS = words("and plus")
STARTERS = words(
    "i i'm im i've ive i'd my you he she it we they but so because hate love like live work "
    "am have speak play don't dont can't cant also really just used go went do does "
    # a past verb with the subject left out starts a new clause: "..., found out the hard way"
    "found got came grew moved started figured realized realised learned learnt discovered "
    "ended turned"
)
PLACE_LINKS = words("of de del da do di la upon on am sur")
NAME_CLOSERS = words("and from btw by here nice but too aka & originally")

_ADJECTIVES = words(
    "tired exhausted sleepy hungry thirsty happy sad angry mad upset bored busy free fine good "
    "great ok okay alright well sick ill cold hot warm ready sorry sure glad excited nervous "
    "anxious worried scared afraid stressed confused lost lonely alone single married "
    "divorced engaged pregnant new back home late early done finished curious interested "
    "serious kidding joking lucky broke poor young old tall short fat thin strong weak "
    "healthy fit awake up down away almost nearly gonna going trying feeling doing looking "
    "thinking working living learning training planning moving heading leaving starting "
    "getting having being saying asking talking proud grateful thankful blessed cool chill "
    "fun funny shy quiet loud smart dumb stupid crazy weird normal human real fake addicted "
    "obsessed allergic one two half part only such kind sort big huge massive little "
    "originally born based retired unemployed jobless bilingual fluent native terrible awful "
    "bad nice sweet cute lazy hardworking introvert extrovert introverted extroverted morning "
    "night person fan newbie beginner pro expert nobody somebody someone everyone sick "
    "recovering feelin gettin doin goin tryna wanna gotta hella mega bff bestie dude bro "
    "man girl lady sir madam mate buddy pal friend sis babe hon honey darling dear "
    "what's whats how how's who's where's hi hey hello bye goodbye thank thanks welcome yes "
    "dead awesome taken straight gay bi alive drunk high lowkey wrong skinny homesick jealous "
    "full hungover sober clean dirty fancy basic extra salty petty shook deadass mid downstairs "
    "upstairs together famous better worse afraid okay alright lucky unlucky sure certain "
    "no not never nah sup yo hiya greetings morning evening afternoon"
)
_VERBS = words(
    "live work love like have go come play want need think know get make take keep see "
    "is was has had ate got gets keeps kept loves likes hates who which died passed lives lived "
    "works worked said says told tells wants wanted went goes came comes made makes does did "
    "turns turned thinks thought knows knew needs needed called calls bought gave gives took "
    "takes sent sends visited visits moved moves started starts stopped plays played adores "
    "ran runs barked barks sleeps slept sits sat eats bit bites jumped jumps just always "
    "never also and are were will would be can could should might must isnt wasnt doesnt "
    "didnt wont cant isn't wasn't doesn't didn't won't can't ever still really "
    "grew grows raised raises taught teaches studied studies speaks spoke drives drove "
    "cooks cooked lost loses found finds got gets left leaves"
)
_NOUNS = words(
    "home house town city country apartment flat village area neighborhood neighbourhood "
    "suburbs countryside center centre downtown uptown school work office bed gym hospital "
    "college university uni church store shop bank beach mountains mountain park world "
    "place planet earth room dorm building street road farm island coast north south east "
    "west middle capital states abroad overseas hell heaven paradise space moon "
    # Venues, meals, errands and transport: "going to lunch", "heading to class", "by train".
    "breakfast brunch lunch dinner supper meal class classes lecture lectures practice "
    "rehearsal training meeting appointment interview party wedding funeral concert gig show "
    "game match museum museums gallery galleries zoo aquarium mall market cinema movies "
    "theater theatre library cafe coffee restaurant bar pub club pool doctor dentist vet "
    "clinic pharmacy supermarket grocery groceries store stores shop shops airport station "
    "campus court session therapy exam exams test lesson lessons mass service bathroom "
    "kitchen toilet shower train plane bus car taxi uber subway metro bike boat ferry "
    "family relatives folks people "
    # Where one is stuck or waits, never a place name: "stuck in traffic".
    "traffic queue line limbo rut loop jam elevator lift quarantine lockdown bed snow rain"
)

RELATIONS: dict[str, Relation] = {}
for (
    _word
) in "wife husband girlfriend boyfriend partner fiance fiancee spouse gf bf hubby wifey".split():
    RELATIONS[_word] = Relation("partner", _word)
for _word, _display, _plural in (
    ("mother", "mother", False), ("mom", "mom", False), ("mum", "mum", False),
    ("mommy", "mom", False), ("mama", "mom", False), ("father", "father", False),
    ("dad", "dad", False), ("daddy", "dad", False), ("papa", "dad", False),
    ("parents", "parents", True), ("sister", "sister", False), ("sisters", "sisters", True),
    ("brother", "brother", False), ("brothers", "brothers", True),
    ("siblings", "siblings", True), ("sibling", "sibling", False), ("son", "son", False),
    ("sons", "sons", True), ("daughter", "daughter", False), ("daughters", "daughters", True),
    ("kids", "kids", True), ("kid", "kid", False), ("children", "children", True),
    ("child", "child", False), ("baby", "baby", False), ("grandma", "grandma", False),
    ("grandmother", "grandmother", False), ("granny", "grandma", False),
    ("grandpa", "grandpa", False), ("grandfather", "grandfather", False),
    ("grandparents", "grandparents", True), ("aunt", "aunt", False),
    ("auntie", "aunt", False), ("uncle", "uncle", False), ("cousin", "cousin", False),
    ("cousins", "cousins", True), ("nephew", "nephew", False), ("niece", "niece", False),
    ("twin", "twin", False), ("stepmom", "stepmom", False), ("stepdad", "stepdad", False),
    ("stepson", "stepson", False), ("stepdaughter", "stepdaughter", False),
    ("stepbrother", "stepbrother", False), ("stepsister", "stepsister", False),
    ("mother-in-law", "mother-in-law", False), ("father-in-law", "father-in-law", False),
    ("in-laws", "in-laws", True), ("grandson", "grandson", False),
    ("granddaughter", "granddaughter", False), ("grandkids", "grandkids", True),
    ("grandchildren", "grandchildren", True), ("little sister", "sister", False),
    ("little brother", "brother", False), ("big sister", "sister", False),
    ("big brother", "brother", False), ("older sister", "sister", False),
    ("older brother", "brother", False), ("younger sister", "sister", False),
    ("younger brother", "brother", False), ("twin sister", "twin sister", False),
    ("twin brother", "twin brother", False),
):  # fmt: skip
    RELATIONS[_word] = Relation("family", _display, _plural)
for _word, _display, _plural in (
    ("dog", "dog", False), ("dogs", "dog", True), ("puppy", "puppy", False),
    ("pup", "puppy", False), ("doggo", "dog", False), ("cat", "cat", False),
    ("cats", "cat", True), ("kitten", "kitten", False), ("kitty", "cat", False),
    ("kittens", "kitten", True), ("hamster", "hamster", False), ("rabbit", "rabbit", False),
    ("bunny", "rabbit", False), ("parrot", "parrot", False), ("bird", "bird", False),
    ("fish", "fish", False), ("goldfish", "goldfish", False), ("turtle", "turtle", False),
    ("tortoise", "tortoise", False), ("snake", "snake", False), ("lizard", "lizard", False),
    ("gecko", "gecko", False), ("guinea pig", "guinea pig", False), ("ferret", "ferret", False),
    ("horse", "horse", False), ("pony", "pony", False), ("iguana", "iguana", False),
    ("hedgehog", "hedgehog", False), ("budgie", "budgie", False),
    ("parakeet", "parakeet", False), ("cockatiel", "cockatiel", False),
    ("labrador", "labrador", False), ("lab", "labrador", False),
    ("golden retriever", "golden retriever", False), ("retriever", "retriever", False),
    ("poodle", "poodle", False), ("beagle", "beagle", False), ("husky", "husky", False),
    ("chihuahua", "chihuahua", False), ("pug", "pug", False),
    ("border collie", "border collie", False), ("collie", "collie", False),
    ("corgi", "corgi", False), ("dachshund", "dachshund", False),
    ("bulldog", "bulldog", False), ("terrier", "terrier", False),
    ("german shepherd", "german shepherd", False), ("pitbull", "pitbull", False),
    ("schnauzer", "schnauzer", False), ("shih tzu", "shih tzu", False),
    ("greyhound", "greyhound", False), ("whippet", "whippet", False),
    ("spaniel", "spaniel", False), ("cocker spaniel", "cocker spaniel", False),
    ("dalmatian", "dalmatian", False), ("rottweiler", "rottweiler", False),
    ("doberman", "doberman", False), ("shiba", "shiba", False), ("maine coon", "maine coon", False),
    ("ragdoll", "ragdoll", False), ("tabby", "tabby", False), ("rescue dog", "dog", False),
):  # fmt: skip
    RELATIONS[_word] = Relation("pet", _display, _plural)
for _word in (
    "friend friends bestie bff buddy pal roommate flatmate housemate colleague coworker "
    "co-worker boss manager neighbor neighbour landlord landlady teacher coach doctor "
    "therapist ex classmate teammate"
).split():
    RELATIONS[_word] = Relation("other", _word)
RELATIONS["best friend"] = Relation("other", "best friend")

DIETS = Lexicon(
    {
        "vegan": "vegan", "vegetarian": "vegetarian", "veggie": "vegetarian",
        "vego": "vegetarian", "vegetarion": "vegetarian",
        "pescatarian": "pescatarian", "pescetarian": "pescatarian", "keto": "keto",
        "paleo": "paleo", "gluten-free": "gluten-free", "gluten free": "gluten-free",
        "plant-based": "plant-based", "plant based": "plant-based",
        "flexitarian": "flexitarian", "carnivore": "carnivore", "halal": "halal",
        "kosher": "kosher", "raw vegan": "raw vegan", "lacto-vegetarian": "lacto-vegetarian",
        "ovo-vegetarian": "ovo-vegetarian",
    }
)  # fmt: skip

LANGUAGES = Lexicon(
    {
        w.lower(): w
        for w in (
            "English Spanish French German Italian Portuguese Catalan Basque Galician Dutch "
            "Russian Chinese Mandarin Cantonese Japanese Korean Arabic Hindi Urdu Bengali "
            "Punjabi Tamil Telugu Turkish Greek Polish Swedish Norwegian Danish Finnish Hebrew "
            "Persian Farsi Swahili Vietnamese Thai Indonesian Tagalog Filipino Ukrainian "
            "Romanian Hungarian Czech Slovak Croatian Serbian Bulgarian Irish Welsh Latin "
            "Esperanto Icelandic Malay Yoruba Igbo Amharic Quechua Guarani ASL Gujarati Marathi "
            "Kannada Malayalam Nepali Sinhala Hausa Zulu Xhosa Somali Pashto Kurdish Armenian "
            "Georgian Lithuanian Latvian Estonian Slovenian Albanian Macedonian Mongolian Khmer"
        ).split()
    }
    | {"sign language": "sign language", "spanglish": "Spanglish"}
)

NATIONALITIES = Lexicon(
    {
        w.lower(): w
        for w in (
            "American Canadian Mexican British English Irish Scottish Welsh Australian German "
            "French Spanish Italian Portuguese Brazilian Argentinian Argentine Chilean "
            "Colombian Peruvian Venezuelan Cuban Uruguayan Bolivian Ecuadorian Dominican "
            "Guatemalan Honduran Salvadoran Nicaraguan Panamanian Dutch Belgian Swiss Austrian "
            "Swedish Norwegian Danish Finnish Icelandic Polish Czech Slovak Hungarian Romanian "
            "Bulgarian Serbian Croatian Ukrainian Russian Greek Turkish Chinese Japanese Korean "
            "Indian Pakistani Bangladeshi Filipino Vietnamese Thai Indonesian Malaysian "
            "Nigerian Ghanaian Kenyan Ethiopian Egyptian Moroccan Algerian Tunisian Israeli "
            "Iranian Iraqi Lebanese Syrian Saudi Emirati Jamaican Haitian Catalan Basque "
            "Kiwi Aussie"
        ).split()
    }
    # Multi-word entries stay whole: split on spaces, "New" would be a nationality.
    | {w.lower(): w for w in phrases("Puerto Rican|Costa Rican|South African|New Zealander")}
)

OCCUPATIONS = Lexicon(
    {
        job: job
        for job in phrases(
            "teacher|nurse|doctor|physician|engineer|developer|programmer|coder|designer|"
            "lawyer|attorney|accountant|architect|student|chef|cook|waiter|waitress|server|"
            "bartender|barista|pilot|driver|mechanic|electrician|plumber|carpenter|"
            "firefighter|fireman|police officer|policeman|policewoman|cop|soldier|artist|"
            "musician|writer|author|journalist|photographer|scientist|researcher|professor|"
            "lecturer|dentist|pharmacist|vet|veterinarian|therapist|psychologist|psychiatrist|"
            "surgeon|paramedic|midwife|cashier|manager|consultant|analyst|salesman|saleswoman|"
            "realtor|farmer|baker|butcher|hairdresser|barber|tailor|secretary|receptionist|"
            "librarian|translator|interpreter|editor|actor|actress|dancer|singer|athlete|"
            "coach|trainer|nanny|babysitter|caregiver|carer|cleaner|janitor|freelancer|"
            "entrepreneur|founder|ceo|cto|intern|housewife|homemaker|tutor|banker|economist|"
            "mathematician|physicist|chemist|biologist|technician|welder|builder|contractor|"
            "gardener|landscaper|fisherman|miner|clerk|auditor|broker|trader|youtuber|"
            "streamer|influencer|blogger|sysadmin|tester|recruiter|paralegal|judge|"
            "optometrist|optician|physiotherapist|counselor|counsellor|priest|pastor|rabbi|"
            "imam|nun|monk|mailman|postman|courier|stewardess|sailor|guide|guard|bodyguard|"
            "model|comedian|filmmaker|director|producer|animator|illustrator|medic|"
            "social worker|flight attendant|truck driver|taxi driver|delivery driver|"
            "bus driver|data scientist|product manager|project manager|software engineer|"
            "software developer|web developer|graphic designer|personal trainer|"
            "real estate agent|security guard|tour guide|teaching assistant|"
            "nurse practitioner|physical therapist|speech therapist|stay-at-home mom|"
            "stay-at-home dad|stay at home mom|stay at home dad|electrical engineer|"
            "civil engineer|mechanical engineer|grad student|phd student|undergrad|"
            "schoolteacher|kindergarten teacher|high school teacher|math teacher|"
            "english teacher|music teacher|dental hygienist|pharmacy technician|vet tech|"
            "electrician|machinist|mechanic|firefighter|paramedic|ux designer|ui designer|"
            "dev|software dev|web dev|game developer|game designer|data analyst|"
            "business analyst|copywriter|"
            "marketer|marketing manager|sales rep|cashier|bank teller|teller|chemist|"
            "instructor|supervisor|coordinator|administrator|assistant|specialist|officer|"
            "executive|advisor|adviser|inspector|operator|planner|surveyor|dispatcher|"
            "lifeguard|attendant|programmer|hygienist|orderly|warehouse worker|"
            "factory worker|construction worker|care worker|support worker|lab technician|"
            "sous chef|line cook|dishwasher|housekeeper|concierge|estate agent|solicitor|"
            "barrister|notary|pharmacologist|midwife|doula|vet nurse|zookeeper|ranger|"
            "park ranger|locksmith|roofer|painter|decorator|upholsterer|jeweler|jeweller|"
            "florist|cobbler|seamstress|stylist|makeup artist|tattoo artist|dj|bouncer|"
            "croupier|flight instructor|driving instructor|yoga instructor|fitness instructor"
        )
    },
    suffixes=r"ologist|ographer|ician|iatrist|odontist|therapist|ometrist",
)

# Frequent verbs that follow "to" ("going to study", "heading to grab lunch"): English marks
# no infinitive, so they are listed; a lowercase place never is one.
FREQUENT_VERBS = words(
    "be have do get grab pick meet catch buy check hang chill watch play work sleep eat drink "
    "cook study shower shop relax rest try make take finish start celebrate spend help look "
    "find call hit party train practice practise see pay fix clean wash change sort figure "
    "write read talk tell ask say run walk drive fly travel move stay wait learn teach bake "
    "order prepare pack book plan sign apply vote donate visit bring send give keep let put "
    "set sit stand stop leave lose miss need use wear win build break cut feed fill open "
    "close join quit kill burn hear feel think know believe understand remember forget show "
    "sing dance swim ride text email message chat nap crash binge head go come want like "
    "love hate hope cry scream die faint puke throw freak lie vent focus attend register "
    "enroll graduate marry propose move stream record edit film shoot post upload download "
    "install update charge print scan mail ship return drop"
)

# Verbs of regular activities -> the hobby's name.
ACTIVITY_VERBS: dict[str, str] = {
    "swim": "swimming", "run": "running", "jog": "jogging", "hike": "hiking",
    "bike": "biking", "cycle": "cycling", "cook": "cooking", "bake": "baking",
    "paint": "painting", "draw": "drawing", "dance": "dancing", "sing": "singing",
    "surf": "surfing", "ski": "skiing", "skate": "skating", "snowboard": "snowboarding",
    "climb": "climbing", "boulder": "bouldering", "knit": "knitting", "crochet": "crocheting",
    "sew": "sewing", "read": "reading", "write": "writing", "garden": "gardening",
    "fish": "fishing", "hunt": "hunting", "camp": "camping", "sail": "sailing",
    "row": "rowing", "box": "boxing", "meditate": "meditating", "journal": "journaling",
    "dive": "diving", "kayak": "kayaking", "lift": "lifting", "skateboard": "skateboarding",
    "game": "gaming", "golf": "golf", "bowl": "bowling", "ride": "riding",
    "work out": "working out", "workout": "working out",
}  # fmt: skip
# What a hobby makes or uses: "I paint watercolors", "I write poetry", "I bake bread".
HOBBY_OBJECTS = words(
    "watercolors watercolours portraits landscapes miniatures murals comics manga poetry poems "
    "songs music stories fiction novels books bread cakes sourdough pastries trails waves"
)
ACTIVITY_NOUNS: dict[str, str] = {
    "run": "running", "swim": "swimming", "hike": "hiking", "jog": "jogging",
    "bike ride": "cycling", "ride": "riding", "climb": "climbing", "workout": "working out",
    "yoga class": "yoga", "spin class": "spinning", "dance class": "dancing",
    "surf": "surfing", "walk": "walking",
}  # fmt: skip
DO_ACTIVITIES = Lexicon(
    {
        w: w
        for w in (
            "yoga|pilates|crossfit|karate|judo|taekwondo|jiu-jitsu|jiu jitsu|bjj|kickboxing|"
            "boxing|martial arts|gymnastics|ballet|zumba|tai chi|aerobics|triathlons|"
            "marathons|parkour|archery|fencing|sports|sport|photography|pottery|woodworking|"
            "calligraphy|origami|theater|theatre|improv|meditation|weightlifting|powerlifting|"
            "calisthenics|spinning|muay thai|capoeira|salsa|bachata|tango|karaoke|cosplay|"
            "embroidery|scrapbooking|gardening|volunteering|stand-up|standup|triathlon|"
            "bouldering|climbing|running|swimming|cycling|hiking|padel|pickleball|squash|"
            "rock climbing|surfing|skateboarding|kitesurfing|rowing|spinning class|volleyball|"
            "brazilian jiu-jitsu|brazilian jiu jitsu|crossword|crosswords|crossword puzzles|"
            "sudoku|jigsaw puzzles|puzzles"
        ).split("|")
    }
)

# Fields of study: "I study nursing" says the user is a student.
STUDY_FIELDS = phrases(
    "medicine|law|nursing|engineering|computer science|cs|biology|chemistry|physics|math|maths|"
    "mathematics|history|philosophy|psychology|economics|business|architecture|fine arts|art|"
    "design|music|literature|english|journalism|marketing|accounting|finance|pharmacy|"
    "dentistry|veterinary|vet med|education|sociology|politics|political science|"
    "international relations|linguistics|data science|film|graphic design|biochemistry|"
    "neuroscience|anthropology|geography|statistics|physiotherapy|social work|"
    "at university|at uni|at college|in college|abroad"
)

_SUBJECTS = words(
    "math maths english history science grade kindergarten school music art physics chemistry "
    "biology spanish french german piano guitar yoga pe geography literature economics "
    "kids children students college university high middle elementary primary preschool "
    "first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th "
    "6th 7th 8th 9th 10th 11th 12th at in"
)
TEACH_OBJECTS = _SUBJECTS

COMMON = (
    ARTICLES
    | INTENSIFIERS
    | STOPS
    | FILLERS
    | _ADJECTIVES
    | _VERBS
    | _NOUNS
    | frozenset(RELATIONS)
    | frozenset(DIETS)
    | frozenset(LANGUAGES)
    | frozenset(NATIONALITIES)
    | frozenset(OCCUPATIONS)
    | frozenset(ACTIVITY_VERBS)
    | frozenset(DO_ACTIVITIES)
    | en_names.WEAK_NAMES
)

# Nouns that point back at something said before ("the smell of it").
REFERRING = words(
    "taste smell texture flavor flavour idea thought fact way feeling noise sound sight look "
    "concept notion prospect part thing stuff vibe"
)

WORDS = Words(
    referring=REFERRING,
    time_words=TIME_WORDS["en"],
    descriptive=_ADJECTIVES,
    gerund=re.compile(r"..ing$"),
    articles=ARTICLES,
    stops=STOPS,
    fillers=FILLERS,
    common=COMMON,
    joiners=JOINERS,
    starters=STARTERS,
    place_links=PLACE_LINKS,
    name_closers=NAME_CLOSERS,
    intensifiers=INTENSIFIERS,
    relations=RELATIONS,
    verb_like=re.compile(rf"^(?:{'|'.join(sorted(FREQUENT_VERBS))})$"),
    predicates=en_names.PREDICATES,
    identity=frozenset(DIETS)
    | frozenset(LANGUAGES)
    | frozenset(NATIONALITIES)
    | frozenset(OCCUPATIONS),
    weak_names=en_names.WEAK_NAMES,
    name_ok=en_names.NAME_OK,
    weak_shape=en_names.WEAK_SHAPE,
    intro_before=en_names.INTRO_BEFORE,
    intro_after=en_names.INTRO_AFTER,
    adjective_endings=(
        "ing",
        "ful",
        "ous",
        "ive",
        "able",
        "ible",
        "less",
        "ish",
        "tic",
        "iest",
        "ness",
    ),  # fmt: skip
)
