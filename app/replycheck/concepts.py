"""Concept groups: generic allusions in a reply to something the review disclosed ("this loss", "holidays").

A group is active for a review when one of its review cues occurs in the review text; the reply then must not
use any of the group's draft cues. Cues are regular expressions over lowercase text, matched on word
boundaries. Review cues are specific (a condition, an event); draft cues include the generic words a writer
reaches for when paraphrasing it ("the plant", "mothers-to-be", "surgical scheduling"). The table is data:
extend it by adding rows, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConceptGroup:
    name: str
    label: str  # plain-English name used in messages, never text from the review or draft
    review_cues: re.Pattern[str]
    draft_cues: re.Pattern[str]


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


_DENTAL = (
    r"tooth", r"teeth", r"molars?", r"extract(?:ion|ions|ed|s)?", r"pulled", r"fillings?", r"crowns?", r"root canals?",
    r"implants?", r"cavit(?:y|ies)", r"decay", r"veneers?", r"dentures?", r"bonding", r"braces", r"aligners?",
    r"invisalign", r"wisdom", r"gums?", r"periodontal", r"deep clean(?:ing)?", r"scaling", r"bone graft",
    r"dry socket", r"retainer",
)
# What a reply calls dental work without naming it: "a teen's bite correction", "restorative recommendations".
_DENTAL_DRAFT = _DENTAL + (r"bite (?:correction|alignment|work)", r"orthodontic\w*", r"restorative", r"straighten\w* (?:teeth|smiles?)")

CONCEPT_GROUPS: tuple[ConceptGroup, ...] = (
    ConceptGroup("dental_work", "dental work", _rx(*_DENTAL), _rx(*_DENTAL_DRAFT)),
    ConceptGroup(
        "pregnancy",
        "pregnancy or childbirth",
        _rx(r"pregnan\w*", r"expecting", r"miscarr\w*", r"conceiv\w*", r"ivf", r"iuis?", r"postpartum",
            r"deliver(?:y|ies)", r"gestational", r"due date", r"trimester", r"lost (?:the|our|my) baby",
            r"(?:we'?re|i'?m|we are|i am) due", r"due in \w+", r"twins", r"c-section", r"labou?r and delivery",
            r"newborns?", r"jaundice\w*", r"ictericia", r"bili(?:rubin)?", r"nicu", r"breast-?fe\w*", r"latch\w*",
            r"lactation", r"\d+\s+days?\s+old", r"egg retrievals?", r"embryos?", r"(?:frozen|embryo) transfers?",
            r"beta (?:test|came)", r"embarazad\w*", r"embarazos?", r"semanas de embarazo", r"parto", r"ces[aá]rea",
            r"beb[eé]s? en camino", r"reci[eé]n nacid\w*", r"ultrasonido", r"ecograf[ií]a"),
        _rx(r"pregnan\w*", r"expecting", r"mothers?-to-be", r"moms?-to-be", r"parents?-to-be", r"babies", r"baby",
            r"newborns?", r"prenatal", r"postpartum", r"deliver(?:y|ies)", r"due date", r"conceiv\w*",
            r"fertility", r"ivf", r"miscarr\w*", r"trimester", r"little ones?(?: on the way)?", r"growing (?:your |their )?famil(?:y|ies)",
            r"famil(?:y|ies) grow", r"grow (?:your|their) famil(?:y|ies)", r"bundles? of joy", r"twins", r"new arrivals?",
            r"new (?:parents?|moms?|mothers?|families)", r"first (?:few )?(?:days|weeks) (?:at home|of life|home)",
            r"(?:those|these|the) (?:first|early) (?:few )?(?:days|weeks)", r"breast-?fe\w*", r"latch\w*", r"feedings?",
            r"(?:ivf|treatment|a|this|that|the|each|every) cycles?(?! of)", r"embryos?", r"egg retrievals?",
            # Spanish: "un bebé en camino", "la futura mamá", "el embarazo"
            r"beb[eé]s? en camino", r"embarazad\w*", r"embarazos?", r"futuras? mam[aá]s?", r"reci[eé]n nacid\w*",
            r"parto", r"dar a luz", r"la llegada de(?:l| su) beb[eé]", r"(?:feliz )?llegada (?:al|del) beb[eé]"),
    ),
    ConceptGroup(
        "bereavement",
        "a loss or bereavement",
        _rx(r"lost (?:the|our|my|his|her) (?:baby|mom|mother|dad|father|husband|wife|son|daughter|child)",
            r"passed away", r"(?:mom|mother|dad|father|husband|wife|son|daughter|brother|sister|grandma|grandpa) passed", r"died", r"death", r"miscarr\w*", r"funeral", r"grie(?:f|ving)", r"widow\w*",
            r"hospice", r"comfort care", r"end[- ]stage", r"terminal(?:ly)? (?:ill|illness|cancer|diagnosis)"),
        _rx(r"loss", r"losses", r"grie(?:f|ving|ve)", r"passing", r"passed", r"condolences?", r"bereave\w*",
            r"mourning", r"time of need", r"final (?:days|weeks|months|moments|hours)", r"end[- ]of[- ]life",
            r"last (?:days|weeks|moments)", r"comfort care",
            r"(?:heartbreaking|devastating|painful|sad|tragic|unimaginable|trying|difficult|hard|tough|sorrowful) "
            r"(?:time|times|period|season|news|days)"),
    ),
    ConceptGroup(
        "holiday",
        "a holiday date",
        _rx(r"christmas(?: eve)?", r"thanksgiving", r"easter", r"hanukk?ah", r"new year'?s?(?: eve| day)?",
            r"valentine'?s(?: day)?", r"labor day", r"memorial day", r"july 4(?:th)?", r"fourth of july",
            r"independence day", r"halloween", r"holidays?"),
        _rx(r"holidays?", r"christmas(?: eve)?", r"thanksgiving", r"easter", r"hanukk?ah", r"new year'?s?",
            r"valentine'?s(?: day)?", r"labor day", r"memorial day", r"festive", r"holiday season"),
    ),
    ConceptGroup(
        "relocation",
        "a move to the area",
        _rx(r"(?:just |recently )?moved (?:here|to|from|back)", r"relocat\w*", r"new to (?:the area|town|the city)"),
        _rx(r"welcome to (?:the|our) (?:area|neighbou?rhood|community|town|city)", r"new to (?:the area|town)",
            r"your (?:recent )?move", r"relocat\w*", r"settl(?:e|ing) in"),
    ),
    ConceptGroup(
        "workplace",
        "the reviewer's workplace",
        _rx(r"(?:work|works|working|worked) (?:nights |days |doubles |shifts |overtime )?(?:at|for)", r"i teach",
            r"my (?:job|boss|shifts?|employer|coworkers?|co-workers?|manager|workplace|route|crew)",
            r"(?:the|a) (?:plant|factory|warehouse|mill|distribution cent(?:er|re)|job ?site)", r"on the line",
            r"off (?:work|from)", r"(?:night|day|double|overnight|graveyard) shifts?", r"[\w ]{0,30}distribution cent(?:er|re)"),
        _rx(r"plant", r"factory", r"warehouse", r"mill", r"crew", r"co-?workers?", r"colleagues?", r"shifts?", r"wages?",
            r"pay ?(?:stubs?|checks?)", r"missed work", r"missing work", r"time off(?: work)?", r"days? off", r"day of pay",
            r"lost (?:pay|income|wages)",
            r"your (?:job|work|workplace|boss|shift|employer|students)", r"at work", r"on the line"),
    ),
    ConceptGroup(
        "life_event",
        "a personal life event",
        _rx(r"divorc\w*", r"separat(?:ed|ion)", r"break-?up", r"widow\w*", r"wedding", r"laid off", r"lost my job",
            r"custody", r"got married", r"engaged"),
        _rx(r"divorc\w*", r"separation", r"break-?up", r"(?:hard|difficult|tough|painful|personal|challenging) "
            r"(?:personal )?(?:chapter|season|transition|period)", r"life changes?", r"new chapter", r"fresh start",
            r"wedding", r"custody", r"what you(?:'ve| have) been through", r"going through"),
    ),
    ConceptGroup(
        "surgery",
        "surgery",
        _rx(r"surg\w*", r"operat(?:ion|ed)", r"\w+ectomy", r"\w+plasty", r"replacement", r"reconstruction", r"post-?op"),
        _rx(r"surg(?:ery|eries|ical|eon|eons)", r"operation(?!s\s+(?:team|manager|director|staff|lead|department))s?",
            r"operated", r"post-?op\w*", r"pre-?op\w*", r"\w+ectomy"),
    ),
    ConceptGroup(
        "mental_health",
        "mental health",
        _rx(r"anxi\w*", r"depress\w*", r"panic", r"bipolar", r"adhd", r"ptsd", r"ocd", r"suicid\w*", r"self-?harm",
            r"cutting", r"hurting (?:myself|herself|himself)", r"counsel\w*", r"psychiatr\w*", r"mental", r"grief"),
        _rx(r"anxi\w*", r"depress\w*", r"panic", r"bipolar", r"mental health", r"emotional(?:ly)?", r"self-?harm",
            r"suicid\w*", r"moods?", r"trauma\w*", r"counsel(?:l)?ing", r"psychiatr\w*", r"dark place", r"struggl\w*"),
    ),
    ConceptGroup(
        "cognition",
        "memory or cognition",
        _rx(r"dementia", r"alzheimer'?s?", r"memory", r"confus\w*"),
        _rx(r"memory(?: loss| care| issues| problems)?", r"dementia", r"alzheimer'?s?", r"cognitive\w*", r"confusion"),
    ),
    ConceptGroup(
        "skin",
        "a skin condition",
        _rx(r"e[xc]z?c?ema", r"psoriasis", r"acne", r"rash\w*", r"dermatitis", r"hyperpigment\w*", r"scars?",
            r"moles?", r"melanoma", r"rosacea", r"hives", r"breakouts?"),
        _rx(r"clear skin", r"your skin", r"complexion", r"rash\w*", r"acne", r"e[xc]z?c?ema", r"breakouts?",
            r"blemish\w*", r"scar(?:s|ring)?", r"pigment\w*", r"flare-?ups?", r"sun[\s-]?(?:exposed|damage[d]?|spots?)",
            r"skin (?:checks?|screenings?|cancer)"),
    ),
    ConceptGroup(
        "weight",
        "weight",
        _rx(r"weight", r"ozempic", r"semaglutide", r"wegovy", r"obes\w*", r"bmi", r"pounds", r"lbs"),
        _rx(r"weight(?: loss)?", r"pounds", r"lbs", r"slimm\w*", r"obes\w*", r"bmi"),
    ),
    ConceptGroup(
        "speech",
        "speech or language",
        _rx(r"speech", r"stutter\w*", r"lisp", r"language\s+delay", r"non-?verbal", r"apraxia", r"articulation",
            r"(?:won'?t|doesn'?t|can'?t|wouldn'?t)\s+stop\s+talking", r"first\s+words", r"(?:a\s+few|five|four|three|two|\d+)\s+words",
            r"(?:late|barely|not)\s+talking", r"sign\s+language"),
        _rx(r"chatter\w*", r"chatty", r"talkers?", r"talkative", r"speech", r"vocabulary", r"babbl\w*",
            r"found\s+(?:his|her|their|a)\s+voice", r"(?:first|new)\s+words", r"stutter\w*", r"non-?stop\s+talking",
            r"(?:so\s+much|a\s+lot|lots)\s+to\s+say", r"(?:talking|chatting)\s+(?:up\s+)?(?:a\s+storm|away|non-?stop)",
            r"(?:first|full|new|whole)\s+sentences", r"string(?:s|ing)?\s+(?:\w+\s+)?(?:together\s+)?(?:words|sentences)"),
    ),
    ConceptGroup(
        "cancer",
        "cancer or a cancer scare",
        _rx(r"cancers?", r"carcinoma", r"tumou?rs?", r"lumps?", r"mammograms?", r"biops(?:y|ies)", r"oncolog\w*", r"chemo\w*",
            r"malignan\w*", r"melanoma", r"lymphoma", r"leukemia", r"brca\d?", r"family\s+history", r"metasta\w*",
            r"mastectom\w*", r"lumpectom\w*"),
        _rx(r"cancers?", r"carcinoma", r"tumou?rs?", r"lumps?", r"biops(?:y|ies)", r"oncolog\w*", r"chemo\w*",
            r"malignan\w*", r"family(?:'s)?\s+(?:medical\s+)?history", r"famil(?:y|ial)\s+risk", r"hereditary",
            r"genetic\s+(?:risk|testing|history)", r"brca\d?", r"runs\s+in\s+(?:the|your)\s+family",
            r"(?:scary|frightening|worrying|concerning|abnormal)\s+(?:news|results?|findings?|diagnos[ie]s)",
            r"mammograms?", r"call-?backs?(?!\s+(?:line|lines|number|service|times?|system|requests?|queue|process))"),
    ),
    ConceptGroup(
        "travel",
        "the reviewer's journey to the practice",
        _rx(r"(?:drove|drive|drives|driving|commute[sd]?|commuting|travel(?:l)?ed|flew)\s+(?:\w+\s+){0,3}?"
            r"(?:in\s+|over\s+|up\s+|down\s+|out\s+)?from", r"(?:\d+|an?|two|three|forty|fifty|thirty)[\s-]+"
            r"(?:minutes?|hours?|miles?)\s+(?:away|each\s+way|drive|of\s+driving|one\s+way)",
            r"drive\s+(?:\d+|an?)\s+(?:minutes?|hours?|miles?)", r"(?:long|far)\s+(?:drive|way|trip)"),
        _rx(r"(?:long|far|early|late)\s+(?:drive|trip|commute)s?", r"drive\s+in", r"drives?\s+(?:in\s+)?from",
            r"(?:few|other|neighbou?ring|nearby|surrounding)\s+towns?(?:\s+over)?", r"towns?\s+over",
            r"travel(?:l)?(?:ed|ing)?\s+(?:so\s+)?far", r"commut\w*", r"made\s+the\s+(?:trip|drive)"),
    ),
    ConceptGroup(
        "teen",
        "a teenager's age",
        _rx(r"1[3-9][\s-]?(?:yo|y/o|years?[\s-]old)", r"\(1[3-9]\)", r"teen\w*", r"high school\w*",
            r"(?:freshman|sophomore|junior|senior) (?:year|in high school)", r"(?:is|was|turned|turning) 1[3-9]\b"),
        _rx(r"teens?", r"teenagers?", r"teenage", r"adolescen\w*", r"high[- ]schoolers?"),
    ),
    ConceptGroup(
        "school",
        "the reviewer's or a child's school",
        _rx(r"[a-z]+ (?:elementary|middle school|high school|academy)",
            r"(?:counselor|teacher|coach|nurse|principal|classes|class) at [a-z]+ (?:high|middle|elementary)", r"(?:his|her|my|our|their) (?:school|teacher|classroom|class|"
            r"school counselor|school nurse|principal)", r"at school", r"(?:first|second|third|fourth|fifth|sixth|"
            r"seventh|eighth|\d+(?:st|nd|rd|th)) grade"),
        _rx(r"schools?(?!\s+(?:forms?|paperwork|letters?|notes?))", r"teachers?", r"classrooms?",
            r"school (?:counselors?|nurses?|staff)", r"principals?"),
    ),
    ConceptGroup(
        "older_age",
        "the reviewer's age",
        _rx(r"years young", r"(?:[6-9]\d|1[01]\d) ?(?:years old|yo|y/o)", r"(?:i'?m|at|aged?) (?:[6-9]\d|1[01]\d)",
            r"\((?:[6-9]\d|1[01]\d)\b", r"retire\w*", r"elderly", r"senior"),
        _rx(r"older(?: patients| adults| people| folks)?", r"elderly", r"seniors?", r"aging", r"years young",
            r"golden years", r"retirees?"),
    ),
    # Body systems by specialty: a review that names the condition, device or test; a reply that names the system
    # or the everyday result ("seeing clearly", "breathing easier", "back on your feet").
    ConceptGroup(
        "vision",
        "vision or the eyes",
        _rx(r"cataracts?", r"glaucoma", r"macular", r"retina\w*", r"lasik", r"prk", r"astigmatism", r"stigmatism",
            r"near-?sighted\w*", r"far-?sighted\w*", r"blurry vision", r"double vision", r"floaters?", r"lazy eye",
            r"amblyopia", r"dilat\w*", r"eye (?:drops|exam|pressure|infection|surgery)", r"pink eye", r"vision"),
        _rx(r"vision", r"eyesight", r"sight", r"see(?:ing)? (?:clearly|better|again|the world)", r"clear(?:er)? sight",
            r"eye (?:care|health|surgery|drops|exams?)", r"20/20", r"cataracts?", r"glaucoma", r"lasik"),
    ),
    ConceptGroup(
        "hearing",
        "hearing",
        _rx(r"hearing (?:aids?|loss|test)", r"tinnitus", r"deaf\w*", r"ear ?wax", r"audiolog\w*", r"cochlear",
            r"ringing in (?:my|his|her) ears?", r"(?:can'?t|couldn'?t|cannot) hear"),
        _rx(r"(?:good|better|your|his|her|healthy|protect(?:ing)?\s+(?:your\s+)?)\s+hearing", r"hearing (?:health|loss|care|aids?)",
            r"hear (?:clearly|better|again|everything)", r"audiolog\w*", r"tinnitus"),
    ),
    ConceptGroup(
        "sleep",
        "sleep",
        _rx(r"(?:sleep )?apnea", r"cpap", r"bipap", r"insomnia", r"narcolep\w*", r"sleep (?:study|test|clinic|doctor)",
            r"snor\w*", r"restless legs?"),
        _rx(r"sleep(?:ing)?(?! on it)(?!\s+(?:cent(?:er|re)|clinic|lab|department|team|coordinator|medicine|specialists?|"
            r"program|services))", r"wide-awake", r"a good night'?s rest", r"nights? of rest", r"cpap", r"apnea", r"snor\w*"),
    ),
    ConceptGroup(
        "breathing",
        "breathing or the lungs",
        _rx(r"asthma\w*", r"copd", r"emphysema", r"inhalers?", r"nebuli[sz]er", r"oxygen", r"pulmonar\w*", r"bronch\w*",
            r"pneumonia", r"shortness of breath", r"short of breath", r"wheez\w*", r"spirometry", r"breathing test"),
        _rx(r"breath(?:e|ing) (?:easier|easy|better|again)", r"breathing", r"lungs?", r"respirator\w*", r"pulmonar\w*",
            r"inhalers?", r"oxygen", r"asthma\w*", r"copd"),
    ),
    ConceptGroup(
        "mobility",
        "mobility after an injury or surgery",
        _rx(r"(?:knee|hip|shoulder) replacement", r"acl", r"meniscus", r"rotator cuff", r"fractur\w*", r"broke (?:my|his|her)",
            r"sprain\w*", r"torn", r"tendon\w*", r"crutches", r"(?:a|my|his|her|the)\s+walker", r"wheelchair",
            r"(?:a|my|his|her|the)\s+cane", r"physical therapy", r"pt",
            r"sciatica", r"herniated", r"slipped disc", r"back pain", r"plantar"),
        _rx(r"back on (?:your|his|her|their) feet", r"(?:walking|running|moving|dancing|hiking) again", r"mobility",
            r"range of motion", r"rehab\w*", r"(?:your|his|her|a\s+full|a\s+long|the)\s+recovery", r"crutches",
            r"physical therapy", r"fractur\w*"),
    ),
    ConceptGroup(
        "diabetes",
        "diabetes or blood sugar",
        _rx(r"diabet\w*", r"insulin", r"a1c", r"glucose", r"blood sugar", r"(?:my|his|her) sugars?", r"metformin",
            r"dexcom", r"libre", r"ozempic", r"mounjaro", r"humalog", r"lantus", r"type [12]"),
        _rx(r"diabet\w*", r"blood sugar", r"sugars?(?! free)", r"glucose", r"insulin", r"a1c"),
    ),
    ConceptGroup(
        "addiction",
        "addiction or recovery",
        _rx(r"sober\w*", r"sobriety", r"addict\w*", r"suboxone", r"methadone", r"buprenorphine", r"relaps\w*", r"detox",
            r"rehab", r"opioid use", r"alcoholi\w*", r"drinking problem", r"(?:aa|na) meetings?", r"clean (?:since|for)",
            r"narcan", r"fentanyl", r"heroin"),
        _rx(r"sober\w*", r"sobriety", r"in recovery", r"addict\w*", r"substance (?:use|abuse)", r"relaps\w*",
            r"clean (?:and sober|for|since)", r"one day at a time", r"detox"),
    ),
    ConceptGroup(
        "heart",
        "the heart",
        _rx(r"pacemaker", r"stents?", r"afib", r"a-?fib", r"arrhythmi\w*", r"heart (?:attack|failure|valve|rhythm|condition|"
            r"surgery|murmur)", r"bypass", r"cardiac", r"cardiolog\w*", r"echocardiogram", r"ekg", r"ecg", r"angioplasty",
            r"blood thinner"),
        _rx(r"cardiac", r"cardio(?:logy|vascular)", r"heart (?:health|care|rhythm|condition|monitor)", r"pacemakers?",
            r"stents?"),
    ),
    ConceptGroup(
        "allergy",
        "allergies",
        _rx(r"allerg\w*", r"anaphyla\w*", r"epi-?pens?", r"auto-?injectors?", r"hives", r"peanuts?", r"tree nuts?",
            r"shellfish", r"allergy shots"),
        _rx(r"allerg(?:y|ies|ic)(?!\s+(?:cent(?:er|re)|clinic|department|team|practice|office|specialists?))", r"epi-?pens?",
            r"auto-?injectors?", r"anaphyla\w*", r"nut-?free", r"peanuts?"),
    ),
    ConceptGroup(
        "headache",
        "headaches",
        _rx(r"migraines?", r"headaches?", r"cluster headaches?", r"aura", r"jaquecas?", r"migra[ñn]as?"),
        _rx(r"head[\s-]?(?:pain|aches?)", r"(?<!billing\s)(?<!scheduling\s)(?<!parking\s)headaches?", r"migraines?"),
    ),
    ConceptGroup(
        "cosmetic_surgery",
        "cosmetic surgery",
        _rx(r"tummy tuck", r"abdominoplasty", r"lipo\w*", r"bbl", r"breast (?:augmentation|implants|lift|reduction)",
            r"boob job", r"face ?lift", r"rhinoplasty", r"nose job", r"eyelid surgery", r"blepharoplasty", r"mommy makeover"),
        _rx(r"contour\w*", r"body (?:sculpting|shaping)", r"cosmetic (?:surgery|procedures?)", r"augmentation",
            r"(?:face|breast|eyelid|tummy) (?:lift|tuck|work)", r"lipo\w*", r"implants?"),
    ),
    ConceptGroup(
        "public_insurance",
        "a public or military health plan",
        _rx(r"medicaid", r"medi-?cal", r"(?-i:CHIP)", r"masshealth", r"tenncare", r"soonercare", r"badgercare", r"apple health",
            r"husky", r"peachcare", r"star kids", r"tricare", r"champva", r"va benefits", r"medicare", r"seguro (?:estatal|del estado)"),
        _rx(r"state (?:insurance|plan|coverage|program)", r"public (?:insurance|coverage|plans?)", r"government (?:insurance|plans?)",
            r"military (?:insurance|coverage|plans?|benefits)", r"veterans?['’]? (?:benefits|coverage|plans?)",
            r"seguro (?:estatal|del estado|del gobierno|p[uú]blico)", r"medicaid", r"medicare", r"tricare"),
    ),
    ConceptGroup(
        "kidney",
        "the kidneys or dialysis",
        _rx(r"dialysis", r"kidneys?", r"renal", r"nephrolog\w*", r"fistula", r"transplant", r"ckd"),
        _rx(r"dialysis", r"kidneys?", r"renal", r"nephrolog\w*", r"transplants?", r"chair time"),
    ),
)

# Children: a review about the reviewer's child makes a reply's pet names and demonstratives for children an
# allusion ("that little chatterbox", "the boys", "how big they're getting"). A bare "little ones" in a practice-wide
# sentence ("our nurses love helping little ones feel brave") is not: the draft cues need a pointing word.
_CHILD_NOUNS = (
    r"(?:little\s+)?(?:boys|girls|twins|triplets|kiddos?|munchkins?|little\s+ones?|little\s+(?:guy|girl|boy|man|lady)s?)"
)
_CHILD_PET = (
    r"little\s+(?:one|guy|girl|boy|man|lady|chatterbox|champ|trooper|fighter|buddy|star|rock\s?star|superstar|"
    r"sweetheart|cutie|peanut|bug|dude|patient|talker|warrior|angel|princess|prince|mister|miss|gentleman)"
)
CHILD_GROUP = ConceptGroup(
    "child",
    "the reviewer's child",
    _rx(r"(?:my|our)\s+(?:[\w-]+\s+)?(?:sons?|daughters?|kids?|child|children|bab(?:y|ies)|toddlers?|twins|triplets|"
        r"boys|girls|little\s+(?:one|ones|guy|girl|boy|man|lady))", r"\d+\s*(?:months?|mos?|weeks?)[\s-]old",
        r"(?:[1-9]|1[0-7])[\s-]?(?:yo|y/o|year[\s-]old)",
        r"(?:mi|mis|nuestr[oa]s?)\s+(?:hij[oa]s?|beb[eé]s?|niñ[oa]s?|nen[ea]s?|pequeñ[oa]s?|chiquit[oa]s?)",
        r"\d+\s+(?:años|añitos|meses)"),
    _rx(rf"(?:the|those|these|both|your|all\s+(?:the|three|two))\s+(?:two\s+|three\s+|four\s+)?{_CHILD_NOUNS}",
        rf"(?:that|this|your|our\s+favou?rite)\s+(?:brave|sweet|tough|happy|smart|amazing|brilliant|wonderful|"
        rf"adorable|chatty|funny|courageous|strong)?\s*{_CHILD_PET}", r"kiddos?", r"munchkins?", r"chatterbox(?:es)?",
        r"how\s+(?:big|tall|fast|grown[\s-]up)\s+(?:they|he|she|the\s+\w+|your\s+\w+|both)\s*(?:are|is|'re|’re|'s|’s)?\s*"
        r"(?:getting|growing)?", r"(?:growing|grown)\s+(?:up\s+)?so\s+(?:fast|quickly|big)",
        # Spanish pet names and pointers: "el pequeño de la casa", "su pequeñín", "los niños"
        r"(?:el|la|los|las|al)\s+pequeñ[oa]s?\s+de\s+la\s+casa", r"(?:su|sus|el|la|los|las|ese|esa)\s+(?:pequeñ[ií]n|"
        r"pequeñit[oa]s?|chiquit[oa]s?|nen[ea]s?|peques?|campe[oó]n(?:cit[oa])?|valiente)"),
)

_RELATIONS = {
    "parent": r"mom|mother|mum|mama|dad|father|papa|parents?",
    "child": r"son|daughter|kid|kids|child|children|baby|toddler|little\s+one|boy|girl",
    "spouse": r"husband|wife|partner|spouse|fianc[eé]e?",
    "grandchild": r"grandson|granddaughter|grandchild(?:ren)?|grandkids?|grandbaby",
    "grandparent": r"grandma|grandmother|grandpa|grandfather|grandparents?",
    "sibling": r"brother|sister|sibling",
}
FAMILY_GROUPS: tuple[ConceptGroup, ...] = tuple(
    ConceptGroup(
        f"family_{name}",
        "a family member",
        re.compile(rf"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:{alt})\b", re.IGNORECASE),
        re.compile(rf"\b(?:your|his|her|their)\s+(?:[\w-]+\s+)?(?:{alt})(?:'s|’s)?\b", re.IGNORECASE),
    )
    for name, alt in _RELATIONS.items()
) + tuple(
    ConceptGroup(
        f"familia_{name}",
        "a family member",
        re.compile(rf"\b(?:mi|mis|nuestr[oa]s?)\s+(?:[\w-]+\s+)?(?:{alt})\b", re.IGNORECASE),
        re.compile(rf"\b(?:su|sus|tu|tus)\s+(?:[\w-]+\s+)?(?:{alt})\b", re.IGNORECASE),
    )
    for name, alt in {
        "padres": r"madre|mam[aá]|mami|padre|pap[aá]|papi|padres",
        "hijos": r"hij[oa]s?|hijit[oa]s?|niñ[oa]s?|beb[eé]s?|nen[ea]s?|chiquit[oa]s?",
        "pareja": r"espos[oa]|marido|pareja|novi[oa]",
        "abuelos": r"abuel[oa]s?|abuelit[oa]s?",
        "hermanos": r"herman[oa]s?|hermanit[oa]s?",
        "nietos": r"niet[oa]s?|nietecit[oa]s?",
    }.items()
) + (CHILD_GROUP,)

# Insurance carriers and plans: naming one the review named repeats the reviewer's coverage.
INSURERS = _rx(
    r"aetna", r"cigna", r"eyemed", r"vsp", r"medicaid", r"medicare", r"medi-cal", r"tricare", r"blue cross(?: blue shield)?",
    r"blue shield", r"bcbs", r"anthem", r"united ?health ?care", r"uhc", r"humana", r"kaiser", r"delta dental",
    r"guardian", r"metlife", r"oscar", r"ambetter", r"molina", r"wellcare", r"highmark", r"oxford", r"emblem",
    r"carefirst", r"premera", r"regence", r"geisinger", r"optum", r"davis vision", r"spectera", r"champva",
)
