"""Health information: conditions, symptoms, procedures, tests, medications, devices.

Sources of matches, in the order they are tried (each is general, none is tied to
one review):

1. Lexicon phrases (app/phi/lexicons/health_*.txt, English and Spanish), one term a
   line, matched token by token on word keys (form or spaCy lemma, plural-folded,
   accent-folded; see _common.word_key), so "extracted"/"extraction" or
   "crowns"/"crown" hit. Phrases are indexed by their first key, so a token only
   tries the phrases that can start with it; the longest phrase wins. Line syntax
   (see lexicons/README.md): "=labs" exact surface form only, "physical/NOUN" only
   with that part of speech, "*" any one word ("dolor de *"). Spanish lines also get
   their plural forms generated ("vacuna" -> "vacunas", "dolor de *" -> "dolores de *").
2. Misspellings: words not found in step 1 are compared with the lexicon's
   single words after a phonetic fold (ph->f, th->t, initial pn->n, c/k/q and s/z
   merged, double letters collapsed) at Damerau distance 1, using a
   symmetric-delete index ("metforman", "numonia", "steriods", "excema").
   Only folded forms of 7+ letters with the same first letter are compared
   ("billing" is not "filling", "cancel" is not "cancer"), and words that spaCy
   lemmatizes to another form ("filled" -> "fill") or that are ordinary
   dictionary words ("willing", Spanish "alegra"; _common.is_common_word) are
   real words, not fuzzed. A word in common_words.txt ("cambios", "alegran") only
   counts when it sounds exactly like the term ("anestesia" = anesthesia).
3. Lay terms that are ordinary words elsewhere (health_en_lay_gated.txt: "sugar",
   "high blood", "nerves", "a fall") only after a possession or care verb
   ("I have sugar", "had a fall", "for my nerves").
4. Grammar rules on the spaCy parse:
   - procedure and injury verbs with a body-part or lexicon object grow over the
     object ("extracted two of my teeth", "cracked my neck", "split her chin"),
     with a surface-form fallback when the parser mistags the verb;
   - a body part before a symptom head ("knee pain", "shoulder surgery") or after
     an injury adjective ("torn ACL", "chipped front tooth"), and "my jaw was sore";
   - a condition followed by "on/in/down my <body part>" grows to cover the site;
   - a measurable test followed or preceded by a number ("A1C came back 8.9",
     "oxygen was at 89%", "104.2 fever") covers the value;
   - "positive"/"negative" shortly after a test term;
   - doses ("20mg", "0.5 mL"), and a dose right after a medication joins it;
   - visual acuity ("20/40"), a glasses prescription ("-4.25") and "contacts" when the
     text is about eyes or vision; "ringing" when it is about ears; "at 32 weeks" when
     it is about a pregnancy;
   - a fever by its number ("a 101.8 temp", "spiked to 101.3"), a pain score ("a 10/10"),
     a dose change ("doubled my dose"), lab words moving ("potassium shot up");
   - self-harm verbs used without an object ("she was cutting"), and
     "expecting" without an object (pregnancy);
   - context terms (health_en_context.txt): an ordinary word counts when one of its cues is in the same text
     ("the mask leaks" with "CPAP", "a bracket" with "braces", "labor" with "epidural");
   - a function or organ with a problem word ("swallowing problems", "mood changes"), sleep by the hour, a test's
     reading ("the scan was clear"), confusion about place, a birth at home, losing "our first";
   - medicines and procedures by their look or nickname ("the pink stuff", "a little peach pill", "the
     once-a-month pen", "my valve job");
   - possessed terms (health_en_possessed.txt): an organ or a check right after a possessive ("my prostate",
     "his annual physical", "my weight"), not "a physical store";
   - state words (health_en_states.txt) said of a person: a person subject ("I'm exhausted", "she was gasping",
     "I walked in shaking"), "made/left me" ("made me sleepy"), or joined to another state; not of things ("the
     office was freezing"), not an action on an object ("shaking her head"), not an appearance ("look exhausted");
   - a clinical act on "it/them/me" in or right after a sentence with health talk ("froze it", "glued him up");
   - faculties and milestones missing ("not saying any words yet", "wasn't eating", "stopped moving as much",
     Spanish "no quería comer"), reflexive Spanish symptoms ("se le hinchó la cara"), weight changes in Spanish
     and English ("weighs 94 pounds", "bajé 8 kilos"), counts of medicines, admissions and drinks;
   - referrals and consults named by specialty ("a cardiology referral"), pain placed or timed ("pain in my right
     side", "pain when I bite down", "pain with sex"), a measure moving between two values ("GFR went from 24 to
     29"), babies born weeks early, N-hour monitors, hardware ("a plate and seven screws"), degrees of hearing loss,
     years of smoking, plain descriptions of vision, choking, memory and falls, a spot on an organ.

   Spanish lexicon lines made only of English dictionary words ("gripe") match
   only in Spanish text; misspelled Spanish drug names are also looked up with
   their Spanish ending mapped to the English one ("amoxisilina" -> amoxicillin,
   "omeprazol" -> omeprazole); and matches wholly inside an idiom ("down the
   drain", "pain in the neck", "sick and tired") are dropped.

5. General rules in health_rules.py (morphology, brand names in a medication
   position, cue phrases, measurements, symptom predicates, falls, losses, Spanish
   procedure clauses); see that module's docstring.

False positives handled here: generic care words (appointment, visit, surgery,
procedure, meds, results, pain) are left out of the lexicon on purpose and only
match inside phrases or through rule 4; POS-restricted lines keep "physical
therapists" and "cold coffee" out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import (
    ES_VERB_ENDINGS,
    SPANISH_COMMON,
    common_words,
    fold_accents,
    is_common_word,
    make_result,
    read_lexicon,
    span_of,
    token_keys,
    word_key,
)
from app.phi.recognizers import health_rules as rules
from app.phi.recognizers.names import KINSHIP
from app.phi.recognizers.providers import ROLE_NOUNS

HEALTH_FILES = (
    "health_en_conditions.txt",
    "health_en_procedures.txt",
    "health_en_medications.txt",
    "health_en_devices.txt",
    "health_en_lay_phrases.txt",
    "health_en_named.txt",
    "health_en_services.txt",
    # generated from public vocabularies by scripts/build_health_lexicons.py (ICD-10-CM, a drug dictionary)
    "health_en_icd10cm.txt",
    "health_en_drugs_generated.txt",
    "health_es.txt",
)
GATED_FILE = "health_en_lay_gated.txt"
STATES_FILE = "health_en_states.txt"
CONTEXT_FILE = "health_en_context.txt"
POSSESSED_FILE = "health_en_possessed.txt"
_PERSON_POSSESSIVES = {"my", "his", "her", "their"}
# Nouns that an organ or check may modify and still be health ("my kidney stones", "my weight loss").
_ORGAN_HEADS = {"stones", "stone", "function", "loss", "gain", "levels", "level", "numbers", "results", "cancer", "infection",
                "infections", "problems", "issues", "disease", "transplant", "surgery", "pressure", "count", "panel"}
_POSSESSED_IDIOM_RE = re.compile(r"\b(?:top\s+of\s+(?:my|his|her|their)\s+lungs|pull(?:s|ed|ing)?\s+(?:my|his|her|their)\s+"
                                 r"(?:own\s+)?weight)\b", re.IGNORECASE)
# Clinical acts whose object may be just "it/them/me" ("froze it", "x-rayed it", "numbed me"), and phrasal ones
# ("cut it out", "glued me up", "burned it off").
_CLINICAL_ACTS = {"freeze", "cauterize", "biopsy", "x-ray", "xray", "lance", "excise", "drain", "stitch", "suture", "numb",
                  "splint", "cast", "scope", "laser", "extract", "inject", "swab", "irrigate", "debride", "sedate",
                  "intubate", "vaccinate", "immunize", "realign", "biopsie", "ultrasound", "sonogram", "stent", "ablate",
                  "amputate", "cryo"}
_CLINICAL_PHRASAL = {("cut", "out"), ("glue", "up"), ("stitch", "up"), ("sew", "up"), ("numb", "up"), ("burn", "off"),
                     ("freeze", "off"), ("pull", "out"), ("pop", "back"), ("scrape", "out"), ("drain", "out"), ("cast", "up"),
                     ("splint", "up")}
# Who a state word must be said of: a person subject, or an object after "made/left/kept" ("made me sleepy").
_STATE_SUBJECTS = {"i", "he", "she", "they", "mom", "dad", "mother", "father", "son", "daughter", "husband", "wife",
                   "baby", "kid", "child", "grandma", "grandpa", "grandmother", "grandfather", "partner", "boy", "girl"}
_STATE_OBJECTS = {"me", "him", "her", "them"}
_STATE_CAUSES = {"make", "leave", "keep", "get", "have"}
_STATE_SKIP = {"so", "very", "really", "too", "still", "constantly", "always", "completely", "totally", "pretty",
               "super", "extremely", "just", "nearly", "almost", "basically", "literally", "all", "absolutely", "feeling"}
BODY_PARTS_FILE = "body_parts_en.txt"

# Files whose single words are also matched with misspellings.
_FUZZY_FILES = {"health_en_conditions.txt", "health_en_medications.txt", "health_en_procedures.txt"}

_POS_GROUPS = {"NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ", "VERB"}, "VERB": {"VERB"}, "PROPN": {"PROPN", "NOUN"}}

# Verbs of things done to a body ("extracted two of my teeth"): the object is part of the span.
PROCEDURE_VERBS = {
    "extract", "pull", "remove", "fill", "drain", "stitch", "suture", "inject", "freeze", "crack",
    "numb", "cauterize", "splint", "cast", "x-ray", "xray", "lance", "excise", "amputate", "biopsy",
    "reset", "realign", "adjust", "manipulate", "whiten", "straighten", "burn", "scrape", "staple",
    "glue", "sew", "bandage", "wrap", "ice", "pop", "yank",
    # injury verbs: "split her chin", "broke his wrist", "tore my ACL"
    "split", "break", "tear", "sprain", "twist", "hurt", "injure", "burn", "bang", "bump", "fracture",
    "dislocate", "cut", "slice", "smash", "jam", "roll", "strain", "bruise", "chip", "bite", "gash", "scratch",
    "shatter", "rupture", "crush", "stub", "pinch", "puncture", "herniate", "impale", "tweak", "wrench",
}
# Nouns that name a problem or a procedure when a body part precedes them ("knee pain").
SYMPTOM_HEADS = {
    "pain", "ache", "surgery", "injury", "problem", "issue", "replacement", "reconstruction",
    "fracture", "infection", "swelling", "bleeding", "numbness", "stiffness", "spasm", "cramp",
    "lump", "bump", "exam", "x-ray", "xray", "mri", "scan", "cancer", "repair", "procedure",
    "tear", "sprain", "strain", "rash", "burn", "wound", "cut", "laceration", "abscess",
    "sensitivity", "pressure", "tenderness", "discomfort", "trouble", "condition", "disease",
    "bleed", "implant", "transplant", "lift", "reduction", "augmentation", "contouring",
}
# Adjectives of injury or symptom that make a body part health information.
INJURY_ADJECTIVES = {
    "broken", "break", "fractured", "fracture", "torn", "tear", "sprained", "sprain", "dislocated",
    "swollen", "infected", "chipped", "cracked", "crack", "pulled", "herniated", "bulging",
    "pinched", "stiff", "sore", "bruised", "bruise", "bleeding", "bleed", "numb", "itchy", "frozen",
    "inflamed", "impacted", "abscessed", "lopsided", "droopy", "uneven", "lumpy", "blistered",
    "shattered", "crushed", "mangled", "smashed", "separated", "slipped",
    "burned", "burnt", "scarred", "twisted", "jammed", "busted", "hurt", "hurting", "aching",
    "throbbing", "painful", "tender", "weak", "tingling", "blocked", "clogged", "ruptured",
    "injured", "strained", "rolled", "split", "loose", "rotten", "decayed", "crooked", "collapsed", "deviated",
    "perforated", "punctured", "detached", "displaced",
}
# Tests whose value is health information ("A1C came back 8.9", "oxygen was at 89%").
MEASURABLE = {
    "a1c", "hba1c", "oxygen", "o2", "sat", "saturation", "fraction", "ahi", "pressure", "bp",
    "cholesterol", "ldl", "hdl", "triglyceride", "glucose", "sugar", "psa", "tsh", "bmi",
    "temperature", "temp", "fever", "rate", "pulse", "hemoglobin", "iron", "ferritin", "platelet",
    "count", "creatinine", "egfr", "potassium", "sodium", "vitamin", "inr", "t-score", "reading",
}
# Surface forms of injury verbs, for when the parser mistags them ("My 6-year-old split her chin").
INJURY_VERB_FORMS = {
    "split", "broke", "broken", "tore", "torn", "sprained", "twisted", "hurt", "injured", "burned", "burnt",
    "bumped", "banged", "fractured", "dislocated", "cut", "sliced", "smashed", "jammed", "rolled", "strained",
    "bruised", "chipped", "cracked", "bit", "scratched", "pulled", "busted", "gashed", "scraped", "stubbed",
    "shattered", "ruptured", "crushed", "pinched", "punctured", "herniated", "tweaked", "wrenched", "sliced",
}
TEST_WORDS = {
    "test", "result", "swab", "screen", "screening", "culture", "panel", "biopsy", "pathology", "scan", "mri", "x-ray",
    "xray", "analysis", "labs", "lab", "bloodwork", "ultrasound", "mammogram", "echo", "level", "count",
    "study", "smear", "pap", "colonoscopy", "ct", "pet", "ekg", "ecg", "urinalysis", "sample", "specimen",
    "testing", "prueba", "examen", "analisis", "radiografia", "ultrasonido", "cultivo", "estudio",
}
SELF_HARM_VERBS = {"cut", "purge", "binge", "relapse", "self-harm", "selfharm"}
GATE_TRIGGERS = {
    "have", "with", "my", "his", "her", "their", "our", "for", "get", "take", "suffer", "from",
    "about", "treat", "manage", "control", "diagnose", "due", "because", "of",
}
GATE_SKIPPABLE = {
    "a", "an", "the", "bad", "nasty", "little", "bit", "some", "of", "terrible", "really", "pretty", "one", "another",
    "allergic", "first", "second", "severe", "mild", "small", "big", "major", "minor", "awful", "scary", "serious",
}
# Counts open the gate only for events counted by their number: "had two falls", "three bad episodes" (not "coffee
# with two sugars").
_GATE_COUNTS = {"two", "three", "four", "five", "several", "multiple", "many", "few", "couple", "2", "3", "4", "5"}
_COUNTED_EVENTS = {"fall", "falls", "episode", "episodes", "spell", "spells", "loss", "losses"}

# A medicine or a procedure by its look or a nickname: "the pink stuff", "a little peach pill", "the rat poison pill",
# "the once-a-month pen", "the memory patch", "my valve job". Colours and kinds are written here.
_NICKNAME_RE = re.compile(
    r"\b(?:the|a|an|my|his|her|their|that|this|some|those|these)\s+(?:(?:little|tiny|small|big|huge|new|old|same|"
    r"long-acting|short-acting|once-a-(?:day|week|month)|weekly|monthly|daily|nightly|rat\s+poison|memory|water|"
    r"sleeping|horse|happy|chill|nerve|anxiety|pain|allergy|steroid|hormone|skinny|weight(?:-loss)?|diet)\s+)*"
    r"(?:(?:white|pink|blue|yellow|peach|purple|green|red|orange|brown|gr[ae]y|chalky|bright|light|dark)\s+)+"
    r"(?:pills?|tablets?|capsules?|stuff|liquid|medicine|inhaler|patch|cream|drops|syrup|gummies|lozenges?)\b|"
    r"\b(?:the|a|an|my|his|her|their|that|this)\s+(?:rat\s+poison|memory|water|sleeping|horse|happy|chill|nerve|anxiety|"
    r"once-a-(?:day|week|month)|long-acting|short-acting|weight-loss|skinny|diet|numbing)\s+(?:pills?|tablets?|stuff|"
    r"medicine|patch|pen|shot|cream|drops|juice|needle)\b|"
    r"\b(?:valve|nose|boob|tummy|eye|heart|knee|hip|back|neck|butt|lip)\s+jobs?\b",
    re.IGNORECASE,
)
# Health said in plain fixed shapes: a function or organ with a problem word ("swallowing problems", "mood changes";
# not "billing problems", the first word must be a body function or organ), sleep by the hour, a test's reading,
# confusion about place, a birth at home or a birth by count, a medicine by its colour in Spanish, a pregnancy nearly
# lost, losing "our first".
_PLAIN_HEALTH_RE = re.compile(
    r"\b(?:swallowing|breathing|sleeping|sleep|balance|bladder|bowel|memory|hearing|vision|speech|mood|behaviou?r(?:al)?|"
    r"heart|kidney|thyroid|stomach|tummy|weight|eating|feeding|potty|attention|anger|focus|fertility|erection|"
    r"erectile|prostate|sinus|skin|gut|digestive|joint|back|knee|hip|neck)\s+(?:problems?|issues?|troubles?|changes|swings|"
    r"difficult(?:y|ies)|struggles)\b|"
    # sleep by the hour, results by their reading, confusion about place: "sleeping 20 hours a day", "the scan was
    # clear", "he doesn't know where he is"
    r"\b(?:sleep(?:s|ing)?|slept)\s+(?:maybe\s+|only\s+|about\s+|like\s+|barely\s+|just\s+|around\s+)?(?:\d{1,2}|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|fourteen|sixteen|eighteen|twenty)\s+(?:hours?|hrs?)\b|"
    r"\b(?:scan|scans|test|tests|mammogram|biopsy|results?|x-?rays?|mri|ct|labs|bloodwork|blood\s+work|pap|smear|swab|"
    r"culture|ultrasound|echo|ekg|colonoscopy|screening)\s+(?:was|were|came\s+back|is|are)\s+(?:all\s+)?(?:clear|clean|"
    r"normal|negative|positive|benign|abnormal|malignant|inconclusive)\b|"
    r"\b(?:does\s*n['’]?t|doesn['’]t|didn['’]t|did\s+not|does\s+not|do\s+not|don['’]t)\s+know\s+where\s+(?:he|she|i|they|"
    r"we)\s+(?:is|was|am|are|were)\b|"
    r"\bborn\s+(?:at\s+home|in\s+the\s+car|prematurely|premature|early|by\s+c-?section)\b|"
    r"\b(?:since|after|with|before|during)\s+(?:my|her|our|their)\s+(?:first|second|third|fourth|last)\s+(?:baby|pregnancy|"
    r"delivery|c-?section|birth)\b|"
    # Spanish: a medicine by its colour ("la medicina rosita"), a pregnancy nearly lost ("casi pierdo a mi bebé")
    r"\b(?:la|el|una|un)\s+(?:medicina|pastilla|pastillita|jarabe|pomada|crema|inyecci[oó]n)\s+(?:rosita|rosa|blanca|"
    r"blanquita|azul|azulita|amarilla|verde|roja|morada|naranja)\b|"
    r"\b(?:casi\s+)?(?:pierdo|perd[ií]|perdimos|perdi[oó]|perder)\s+(?:a\s+mi|a\s+nuestro|a\s+su|el|mi)\s+(?:beb[eé]|embarazo)\b|"
    r"\b(?:lost|losing|lose)\s+(?:our|my|her|their)\s+first(?!\s+[a-z]+\s+(?:slot|appointment|visit))(?=\s*(?:[.,;!?]|baby|"
    r"pregnancy|last|in|at|to|$))(?:\s+(?:baby|pregnancy))?",
    re.IGNORECASE,
)
_NICKNAME_DETERMINERS = {"the", "a", "an", "my", "his", "her", "their", "that", "this", "some", "those", "these"}
_DOSE_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|mL|cc|iu|IU|milligrams?)\b", re.IGNORECASE)
# Visual acuity ("20/40") when the text talks about eyes or vision.
# Gestational age and birth weight: "11 weeks along", "28 weeks pregnant", "7 lbs 9 oz" after a birth word.
_PREGNANCY_RE = re.compile(
    r"(?<![\w.])\d{1,2}(?:\.\d)?\s+(?:weeks?|wks?)\s+(?:along|pregnant|gestation|into\s+(?:my|her|the)\s+pregnancy)\b|"
    r"(?<![\w.])\d{1,2}\s+semanas\s+de\s+embarazo\b",
    re.IGNORECASE,
)
_BIRTH_WEIGHT_RE = re.compile(
    r"(?<![\w.])\d{1,2}\s?(?:lbs?|pounds?|libras?)\s?,?\s?(?:y\s+)?\d{1,2}\s?(?:oz|ounces?|onzas?)\b", re.IGNORECASE
)
_BIRTH_CONTEXT = re.compile(
    r"\b(?:born|birth|baby|delivered|delivery|newborn|labor|labour|weighed|c-section|naci[óo]|nacido|nacida|parto|"
    r"ces[aá]rea|beb[eé])\b", re.I
)
_PREGNANCY_CONTEXT = re.compile(
    r"\b(?:pregnan\w*|breech|OB|OBGYN|ob-?gyn|ultrasound|midwife|due\s+date|baby|babies|twins|trimester|"
    r"contractions|embarazo|embarazada|placenta|parto|ces[aá]rea)\b", re.I
)
# "At 32 weeks", "by 16 weeks": a gestational age when the text is about a pregnancy.
_GESTATION_RE = re.compile(
    r"\b(?:at|by|around|past|since|until|desde\s+las|a\s+las)\s+(?P<g>\d{1,2}(?:\.\d)?\s+(?:weeks?|wks?|semanas))\b"
    r"(?!\s+(?:later|ago|after|before|of|in|out|wait))",
    re.I,
)
# "toric contacts", "slept in my contacts": contact lenses when the text is about eyes; "the ringing is better"
# when it is about ears.
_CONTACTS_RE = re.compile(r"(?<!emergency\s)(?<!phone\s)(?<!insurance\s)(?<!business\s)\bcontacts\b(?!\s+(?:list|info|information|page|form|number|numbers|person))", re.I)
_LENS_CONTEXT = re.compile(r"\b(?:lens|lenses|eyes?|vision|optometrist|glasses|toric|daily|monthly|wear|wearing)\b", re.I)
_RINGING_THING_BEFORE = re.compile(r"\b(?:phones?|bells?|doorbell|alarm)\b(?:\s+\w+){0,2}\s*$", re.I)
_HEARING_CONTEXT = re.compile(r"\b(?:ears?|hearing|tinnitus|audiolog\w*|hear|deaf)\b", re.I)
_RINGING_RE = re.compile(r"(?<!phone\s)(?<!phones\s)\bringing\b(?!\s+(?:phone|phones|off|up|the\s+(?:bell|phone)))", re.I)
_ACUITY_RE = re.compile(r"(?<![\d/])20/(?:10|15|20|25|30|40|50|60|70|80|100|200|400)(?![\d/])")
_VISION_CONTEXT = re.compile(r"\b(?:vision|eyes?|sight|see|lasik|glasses|contacts|optometrist|ophthalmologist)\b", re.I)
_NUMBER_RE = re.compile(r"^\d+(?:[.,/]\d+)?(?:%|s)?$")  # "300s": "sugars in the 300s"
# A fever by its number ("a 101.8 temp", "fever of 103"), a pain score ("the pain was a 10/10", "an 8 out of 10"),
# a glasses or contacts prescription ("-4.25") in a text about eyes, and lab words moving ("potassium shot up").
_FEVER_RE = re.compile(
    r"(?<![\w.])(?:9[5-9]|10[0-7])(?:\.\d)?\s*(?:°\s*F?|degrees?|F\b)?\s*(?:temp|temperature|fever)\b|"
    r"\b(?:spiked|spiking|spikes)\s+(?:a\s+fever\s+(?:of|to)\s+|to\s+)(?:9[5-9]|10[0-7])\.\d(?![\d.])|"
    r"\b(?:temp|temperature|fever)\s+(?:of|was|hit|at|spiked\s+to|went\s+up\s+to)\s+(?:a\s+)?(?:9[5-9]|10[0-7])(?:\.\d)?(?![\d.])"
    r"(?:\s*(?:°\s*F?|degrees?))?",
    re.IGNORECASE,
)
_PAIN_SCORE_RE = re.compile(
    r"\b(?:pain|hurt\w*|ache\w*|aching|dolor)\b[^.!?]{0,25}?\b(?P<g>(?:1[0-2]|[0-9])\s*(?:/|out\s+of|de)\s*10)\b",
    re.IGNORECASE,
)
# A dose changed: "doubled my dose", "cut my dose in half", "upped his insulin".
_DOSE_CHANGE_RE = re.compile(
    r"\b(?:doubl\w*|cut|cutting|halv\w*|upped|upping|rais\w*|lower\w*|increas\w*|decreas\w*|reduc\w*|chang\w*|"
    r"adjust\w*|switch\w*|bump\w*|tripl\w*|taper\w*)\s+"
    r"(?:up\s+|down\s+)?(?:my|his|her|their|the)\s+(?:[\w-]+\s+)?(?:dose|dosage|doses|meds|medication|medications|"
    r"insulin|prescription)\b",
    re.IGNORECASE,
)
_EYE_RX_RE = re.compile(r"(?<![\w.])[-+−]\d{1,2}\.(?:00|25|50|75)\b")
# A referral, consult or evaluation named by its specialty reveals what it is for: "a cardiology referral", "the
# travel consult", "a psych eval". ("A dental referral" stays out: routine specialty words are not labelled.)
_SPECIALTY_CARE_RE = re.compile(
    r"\b(?:cardiology|cardiac|cardio|heart|derm(?:atology)?|skin|neuro(?:logy)?|neurological|gi|gastro(?:enterology)?|"
    r"ortho(?:pedic|paedic|pedics)?|spine|psych(?:iatric|iatry|ology|ological)?|mental\s+health|behavioral(?:\s+health)?|"
    r"oncology|cancer|rheum(?:atology)?|endo(?:crinology)?|diabetes|urology|pulmonary|pulmonology|lung|nephrology|kidney|"
    r"hematology|allergy|ent|ear,?\s+nose\s+(?:and|&)\s+throat|fertility|ivf|reproductive|genetic(?:s)?|travel(?:\s+medicine)?|"
    r"nutrition|dietitian|sleep|pain|wound|podiatry|foot|audiology|hearing|vascular|vein|memory|speech|feeding|"
    r"lactation|eating\s+disorder|weight[- ]loss|bariatric|surgical|surgery|adhd|autism|developmental|addiction|"
    r"substance\s+use|detox|rehab|cataract|retina(?:l)?|glaucoma|asthma|colorectal|breast|prenatal|high[- ]risk|"
    r"maternal[- ]fetal|physical\s+therapy|pt|ot|occupational\s+therapy)\s+"
    r"(?:referral|consult|consultation|eval|evaluation|assessment|work-?up|screening\s+visit)s?\b",
    re.IGNORECASE,
)
# A faculty or milestone that is missing or poor: "not hearing right", "he's not saying any words yet", "barely
# saying 10 words", "wasn't eating much", "not making eye contact".
_FUNCTION_RE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bbarely|\bhardly)\s+(?:really\s+|even\s+|fully\s+)?"
    r"(?:hearing|seeing|talking|saying\s+(?:any\s+|many\s+|more\s+than\s+)?(?:\d+\s+|a\s+few\s+|\w+\s+)?words|"
    r"speaking|walking|sleeping|eating|drinking|breathing|peeing|pooping|gaining(?:\s+weight)?|putting\s+(?:any\s+)?words\s+"
    r"together|making\s+eye\s+contact|crawling|babbling|latching|feeding|nursing|swallowing|chewing|moving\s+(?:as\s+much|"
    r"much|her\s+\w+|his\s+\w+)|responding\s+to\s+(?:his|her)\s+name|pointing|rolling\s+over)"
    r"(?:\s+(?:right|well|properly|yet|normally|anymore|on\s+(?:her|his|my)\s+own|through\s+the\s+night)\b|"
    r"(?=\s*[,.;:!?)]|\s+(?:and|but|which|so|because|or|since|at\s+all|for\s+(?:days|weeks|months))\b|\s*$))",
    re.IGNORECASE,
)
# Spanish: a faculty missing ("no quería comer", "no quiere masticar del lado derecho"), a reflexive symptom ("se le
# hinchó la cara", "se marea", "se desmayó") and a weight change ("subió de peso", "bajé 10 kilos").
_ES_FUNCTION_RE = re.compile(
    r"\bno\s+(?:quiere|quer[ií]a|quer[ií]an|puede|pod[ií]a|pod[ií]an|pude|pudo)\s+(?:comer|masticar|dormir|caminar|respirar|"
    r"hablar|o[ií]r|escuchar|ver|tragar|mamar|pararse|moverse|levantarse|orinar|pegarse\s+al\s+pecho)\b"
    r"(?:\s+(?:del|de|por)\s+(?:el\s+)?lado\s+(?:derecho|izquierdo)|\s+nada|\s+bien|\s+sol[oa])?",
    re.IGNORECASE,
)
_ES_REFLEXIVE_SYMPTOM_RE = re.compile(
    r"\bse\s+(?:le\s+|me\s+|te\s+|nos\s+|les\s+)?(?:hinch[óoa]|hinchaba|hinchan?|marea|mareaba|mare[óo]|marean|"
    r"desmay[óoa]|desmayaba|ahogaba|ahog[óoa]|atragant[óoa]|infect[óoa]|inflam[óoa]|torci[óo]|fractur[óo]|lux[óo]|"
    r"zaf[óo]|dislocó|puso\s+(?:morad[oa]|amarill[oa]|azul|p[aá]lid[oa])|pon[ií]a\s+(?:morad[oa]|amarill[oa]|azul))\b"
    r"(?:\s+(?:la|el|los|las|su|mi)\s+[\wáéíóúñ]+)?",
    re.IGNORECASE,
)
_ES_WEIGHT_RE = re.compile(
    r"\b(?:subi[óo]|baj[óo]|aument[óo]|perdi[óo]|gan[óo]|sub[ií]|baj[ée]|perd[ií]|aument[ée])\s+(?:de\s+peso|"
    r"(?:\d+|unos?\s+\d+)\s+(?:kilos|libras|kg|lbs))\b",
    re.IGNORECASE,
)
# Pain placed or timed: "pain in my right side", "an ache behind his knee", "pain when I bite down" (bare "pain" is
# not labelled; its place or trigger makes it a symptom). Also "born at 32 weeks", "a 24-hour monitor", "a plate and
# seven screws", "moderate loss in both ears", "smoked for 40 years".
_PAIN_PLACED_RE = re.compile(
    r"\b(?:pains?|aches?|aching|soreness|burning|throbbing|stabbing|sharp\s+pain|pressure|tenderness|numbness|tingling|"
    r"bleeding)\s+(?:(?:with|during|after)\s+(?:sex|intercourse|urination|peeing|bowel\s+movements|swallowing|eating)\b|"
    r"(?:in|on|at|around|behind|under|down|along|across)\s+(?:my|his|her|their|both)\s+(?:(?:left|right|lower|upper|"
    r"inner|outer|whole|entire)\s+)?[a-z]+(?:\s+side)?|(?:when|whenever|every\s+time|each\s+time)\s+(?:i|he|she|they|"
    r"we)\s+\w+(?:\s+(?:down|up|in|out))?)",
    re.IGNORECASE,
)
_MISC_HEALTH_RE = re.compile(
    r"\bborn\s+(?:at|@)\s+\d{2}\s+weeks\b|\bborn\s+\w+\s+weeks\s+early\b|"
    r"\b(?:24|48|72|twenty-four|forty-eight)[- ]hour\s+(?:monitor|holter|urine|ph\s+study|study|eeg|recording)\b|"
    r"\b(?:(?:a|one|two|three|four|\d)\s+)?(?:plates?|rods?|pins?|screws?)\s+and\s+(?:a\s+|\w+\s+)?(?:screws?|pins?|plates?|rods?)\b|"
    # vision, choking, memory, eating and falls told plainly
    r"\bseeing\s+(?:sparkles|spots|stars|flashes|floaters|double|zigzags?|zig-?zag\s+lines|halos|things\s+that\s+\w+n't\s+there)\b|"
    r"\b(?:choking|gagging|coughing)\s+on\s+(?:his|her|my|their)\s+(?:food|coffee|water|drinks?|pills|meds|own\s+spit|saliva)\b|"
    r"\b(?:didn['’]t|doesn['’]t|did\s+not|does\s+not|no\s+longer|couldn['’]t|can['’]t)\s+(?:know|recogni[sz]e|remember)\s+"
    r"(?:my|his|her|our)\s+(?:name|names|face|faces|own\s+\w+)\b|\b(?:didn['’]t|doesn['’]t|no\s+longer)\s+recogni[sz]e\s+"
    r"(?:me|us|him|her)\b|\bstopped\s+(?:moving|eating|breathing|feeding|nursing|peeing|pooping|gaining)(?:\s+as\s+much)?\b|"
    r"\bfalling\s+(?:two|three|four|\d|several|multiple)\s+(?:or\s+\w+\s+)?times\b|"
    r"\bstarving\s+(?:herself|himself|myself|themselves)\b|\b(?:needed|needs|need)\s+help\s+(?:breathing|eating|swallowing|"
    r"walking|peeing|toileting|bathing|feeding)\b|"
    r"\b(?:felt|feel|feels|feeling|get|got|gets)\s+full\s+after\s+(?:a\s+few|two|three|one|\w+)\s+bites\b|"
    r"\b(?:spot|shadow|mass|nodule|lump|growth|patch|mark|cyst)\s+(?:on|in)\s+(?:my|his|her)\s+(?:(?:left|right|upper|lower)\s+)?"
    r"(?:lung|liver|kidney|breast|brain|ovary|thyroid|pancreas|spine|bladder|colon|scan|x-?ray|mammogram)\b|"
    r"\b(?:mild|moderate|severe|profound|significant|some|high-frequency)\s+(?:hearing\s+)?loss\s+in\s+(?:both|my|his|her|"
    r"the|one)\s+(?:ears?|left|right)\b|"
    r"\bsmok(?:ed|ing)\s+(?:for\s+)?(?:\d+|a|an|over|almost|nearly|about|twenty|thirty|forty|fifty)\s+(?:\w+\s+)?years?\b|"
    r"\bpack[- ]a[- ]day\b|\b(?:a\s+)?(?:heavy|former|lifelong|chain)\s+smoker\b|"
    r"\b(?:born|came|delivered)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
    r"(?:weeks?|months?)\s+early\b|"
    # counts of medicines, admissions and drinks: "on fourteen different pills", "six admissions", "two beers a night"
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"several|multiple)\s+(?:different\s+|separate\s+)?(?:pills|medications|medicines|meds|prescriptions|admissions|"
    r"hospitali[sz]ations|hospital\s+stays|er\s+visits|infusions|seizures|cigarettes)\b(?:\s+(?:a|per|every)\s+(?:day|night|week))?|"
    r"\b(?:\d{1,2}|two|three|four|five|six|several)\s+(?:drinks|beers|shots\s+of\s+\w+)\s+(?:a|per|every|each)\s+"
    r"(?:day|night|week)\b|\b(?:\d{1,2}|two|three|four|five|six)\s+beers\s+on\s+\w+\s+nights\b|"
    r"\ba\s+fifth(?:\s+of\s+\w+)?\s+a\s+day\b|"
    # a person's weight or its change: "weighs 94 pounds", "down to 82 pounds", "drop 30 pounds", "lost 42"
    r"\b(?:weighs?|weighed|weighing|down\s+to|up\s+to|dropped|drop|lost|lose|losing|gained|gain|gaining|put\s+on)\s+"
    r"(?:about\s+|almost\s+|nearly\s+|over\s+|another\s+)?\d{1,3}(?:\s*(?:pounds|lbs?|kilos|kg)\b|(?=\s+(?:since|so\s+far|"
    r"already|this\s+year|in\s+\w+\s+months)))",
    re.IGNORECASE,
)
# A measure moving between two values: "my GFR went from 24 to 29", "A1C dropped from 9.1 to 6.8".
# Lab measures that move: shared by the "went from N to M" and "shot up" patterns below.
_LAB_NOUNS = (
    r"potassium|sodium|calcium|magnesium|sugars?|glucose|a1c|cholesterol|bili(?:rubin)?|creatinine|platelets?|"
    r"white\s+count|iron|ferritin|thyroid|tsh|psa|blood\s+pressure|bp|oxygen|o2|sats?|heart\s+rate|pulse|"
    r"liver\s+enzymes|(?:sugar|iron|hormone|thyroid|blood|lab|kidney|liver)\s+(?:numbers|levels?)"
)
_LAB_RANGE_RE = re.compile(
    rf"\b(?:{_LAB_NOUNS}|ldl|hdl|triglycerides|e?gfr|inr|hemoglobin|hgb|vitamin\s+d|b12|testosterone|estrogen|amh|fsh|"
    r"sperm\s+count|ejection\s+fraction|ef|viral\s+load|cd4|bmi|weight|kidney\s+function)\s+"
    r"(?:has\s+|have\s+)?(?:went|gone|go|goes|dropped|drops|rose|risen|climbed|fell|fallen|came|come|got|moved|improved|"
    r"jumped|is|was|are|were)\s+(?:down\s+|up\s+|back\s+)?from\s+(\d+(?:\.\d+)?%?)(?:\s+(?:in|by|at|on|last|this)\s+\w+)?\s+"
    r"(?:to|down\s+to|up\s+to)\s+"
    r"(\d+(?:\.\d+)?%?)",
    re.IGNORECASE,
)
_LAB_MOVE_RE = re.compile(
    rf"\b(?:{_LAB_NOUNS})\s+(?:shot|spiked|jumped|dropped|crashed|tanked|plummeted|"
    r"skyrocketed|went|came|was|were|kept)\s+(?:way\s+|really\s+)?(?:up|down|high|low|through\s+the\s+roof|dangerously\s+\w+)\b",
    re.IGNORECASE,
)


# Figures of speech built from health words; a health match wholly inside one is dropped
# ("$285 down the drain", "a pain in the neck", "sick and tired", "gut feeling").
_IDIOMS = re.compile(
    r"(?i)\bdown the drain\b|\bpain in the (?:neck|butt|ass|rear)\b|\bsick (?:and|&) tired\b|\bgut (?:feeling|instinct|check)\b|"
    r"\bcold feet\b|\bbreak a leg\b|\bheart of gold\b|\ba shot in the dark\b|\bbite the bullet\b|\bat arm'?s length\b|"
    r"\bcost (?:me |us )?an arm and a leg\b|\bhead(?:ache)?s? up\b|\bon (?:my|our) nerves\b|\bblind ?spot\b|\bbreath of fresh air\b|"
    r"\btook my breath away\b|\bbent out of shape\b|\bfoot the bill\b|\bsee eye to eye\b|\bchip on (?:my|his|her) shoulder\b|"
    # everyday figures of speech built on body and health words (said of anything, by anyone)
    r"\bsight for sore eyes\b|\b(?:hit|hits|hitting|struck|strikes|touched|touches|touching)\s+a\s+(?:raw\s+)?nerve\s+with\b|"
    r"\bnerves? of steel\b|\bgrowing pains\b|\bpain ?points?\b|\bpainful lesson\b|\bheart[- ]to[- ]heart\b|"
    r"\b(?:take|takes|took|taking|taken)\s+(?:\w+\s+)?to\s+heart\b|\bheart (?:goes|went) out\b|\bfrom the bottom of (?:our|my) hearts?\b|"
    r"\bwith (?:a )?heavy hearts?\b|\bbreak(?:s|ing)? (?:our|my) hearts?\b|\bhearts? (?:is|are) in the right place\b|"
    r"\bshot in the arm\b|\bkeep(?:s|ing)? an eye (?:on|out)\b|\beye[- ]open(?:ing|er)\b|\bturn(?:s|ed)? a blind eye\b|"
    r"\bhand in hand\b|\blend(?:s|ing)? a hand\b|\bhands[- ]on\b|\ball hands on deck\b|\bhead start\b|"
    r"\bon (?:our|their|its) toes\b|\bback on (?:our|its|their) feet\b|\bfoot in the door\b|\bon the right foot\b|"
    r"\bskin in the game\b|\bthick skin\b|\bby the skin of\b|\bleg up\b|\bshoulder to lean on\b|\bbare bones\b|"
    r"\bbone to pick\b|\bbad blood\b|\bnew blood\b|\blifeblood\b|\bno sweat\b|\bsweat the small stuff\b|"
    r"\bmuscle memory\b|\bfinger on the pulse\b|\bpulse check\b|\bbackbone of\b|\bnerve cent(?:er|re)\b|"
    r"\bjaw[- ]dropping\b|\bbite(?:s)? (?:our|my) tongues?\b|\bbreathing room\b|"
    r"\bspine[- ]?chilling\b|\bgut[- ]?wrenching\b|\bheart[- ]?(?:warming|felt|breaking|broken)\b|"
    r"\bgrowing like a weed\b|\bscared stiff\b|\b(?:zero|no|any)\s+pressure(?:\s+on\s+(?:my|our|your|their)\s+end)?\b|\bpain\s+in\s+(?:my|the)\s+(?:rear|butt|backside)\b|\bbored stiff\b|\b(?:not|no|wasn't|was\s+not|isn't)\s+a\s+dry\s+eye\b|"
    r"\bput\s+(?:your|my|our|a)\s+finger\s+on\b|\bfall\s+(?:open\s+house|schedule|hours|events?|festival|drive|campaign|"
    r"newsletter|semester|term|season|colors|leaves|weather|break|sports|league|camp|fundraiser|clinic\s+hours)\b|\b(?:been|is|was|be|become|became|remains?)\s+a\s+sore\s+(?:spot|point|subject)\b|\bover\s+the\s+moon\b|\bhealthy (?:debate|respect|dose of)\b"
)


def _is_spanish(text: str) -> bool:
    from app.phi.recognizers.filters import is_spanish  # local: filters imports names, which is independent

    return is_spanish(text)


def phonetic(word: str) -> str:
    """A rough sound-alike spelling used only for misspelling lookup."""
    w = word_key(word)
    if w.startswith("pn") or w.startswith("ps"):
        w = w[1:]
    w = w.replace("ph", "f").replace("th", "t").replace("ck", "k").replace("x", "ks").replace("qu", "kw")
    w = w.replace("c", "k").replace("q", "k").replace("z", "s").replace("y", "i").replace("ae", "e").replace("oe", "e")
    out = []
    for ch in w:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def damerau_le1(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit (insert, delete, substitute, swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


class _Phrase:
    __slots__ = ("keys", "exact", "pos", "gated", "surface", "spanish_only")

    def __init__(self, keys: tuple[str, ...], exact: bool, pos: str | None, gated: bool, surface: tuple[str, ...] | None = None,
                 spanish_only: bool = False) -> None:
        self.keys = keys
        self.exact = exact
        self.pos = pos
        self.gated = gated
        self.surface = surface  # "^MS": these exact, case-sensitive token texts
        # a Spanish line made only of English dictionary words ("gripe", "mareo" is not): only in Spanish text
        self.spanish_only = spanish_only




# Everyday words of care operations that are rare in general English, and staff role nouns.
_OPERATIONS_WORDS = frozenset(
    """
    copay copays copago copagos copayment hygienist hygienists hygenist telehealth telemedicine zocdoc healthgrades peds
    waitlist waitlisted scheduler schedulers fax faxing faxed upsell upsold upselling voicemail voicemails prescriber
    optometrist aesthetician esthetician doula recepcionista recepcionistas chiro tiktok instagram portal mychart
    intake rebook rebooked rebooking reschedule rescheduled recheck no-show noshow preauth eob hsa fsa ppo hmo npi
    checkin check-in checkout walk-in walk-ins adjuster adjusters backorder backordered endo greeter greeters
    concierge valet scribe scribes
    """.split()
)


_KINSHIP_BEFORE = frozenset(KINSHIP) | {"named", "called"}


def _rare_exempt(tok) -> bool:
    low = tok.lower_
    return low in _OPERATIONS_WORDS or low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS


@lru_cache(maxsize=1)
def _blank_tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _caused_state_start(doc, i: int) -> int | None:
    """Index of the cause verb when the state at i follows "made/left/kept me" ("made me sleepy"), else None."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in _STATE_SKIP:
        j -= 1
    if j > 0 and doc[j].lower_ in _STATE_OBJECTS and doc[j - 1].lemma_.lower() in _STATE_CAUSES:
        return j - 1
    return None


@lru_cache(maxsize=1)
def _context_terms() -> dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]]]:
    """Context terms by the key of their first word: (term keys, cue key tuples), longest term first."""
    tokenizer = _blank_tokenizer()
    out: dict[str, list] = defaultdict(list)
    for line in read_lexicon(CONTEXT_FILE):
        if "::" not in line:
            continue
        term, cues = (part.strip() for part in line.split("::", 1))
        keys = tuple(word_key(t.text) for t in tokenizer(term))
        cue_keys = tuple(
            tuple(word_key(t.text) for t in tokenizer(c.strip())) for c in cues.split(",") if c.strip()
        )
        if keys and cue_keys:
            out[keys[0]].append((keys, cue_keys))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return dict(out)


@lru_cache(maxsize=4)
def _phrases_by_first_word(filename: str) -> dict[str, list[tuple[str, ...]]]:
    """A one-phrase-a-line lexicon by first word, lowercase, longest phrase first."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for line in read_lexicon(filename):
        words = tuple(line.lower().split())
        out[words[0]].append(words)
    for phrases in out.values():
        phrases.sort(key=len, reverse=True)
    return dict(out)


def _possessed_terms() -> dict[str, list[tuple[str, ...]]]:
    """Possessed terms (health_en_possessed.txt)."""
    return _phrases_by_first_word(POSSESSED_FILE)


def _states() -> dict[str, list[tuple[str, ...]]]:
    """State words and phrases (health_en_states.txt)."""
    return _phrases_by_first_word(STATES_FILE)


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[dict, dict, dict, frozenset]:
    """(phrases by first key, fuzzy delete index, fuzzy form -> key, body-part keys)."""
    tokenizer = _blank_tokenizer()
    index: dict[str, list[_Phrase]] = defaultdict(list)
    fuzzy_forms: dict[str, str] = {}
    files = [(f, False) for f in HEALTH_FILES if f != "health_es.txt"] + [(GATED_FILE, True), ("health_es.txt", False)]
    english_keys: set[tuple[str, ...]] = set()
    for filename, gated in files:
        lines = read_lexicon(filename)
        if filename == "health_es.txt":
            lines = [v for line in lines for v in _with_spanish_plurals(line)]
        for line in lines:
            case = line.startswith("^")
            exact = line.startswith("=") or case
            term = line.lstrip("=^")
            pos = None
            if "/" in term and term.rsplit("/", 1)[1].isupper():
                term, pos = term.rsplit("/", 1)
            words = [term] if term.isalpha() else [t.text for t in tokenizer(term)]
            if exact:
                keys = tuple(w.lower() for w in words)
            else:
                keys = tuple("*" if w == "*" else word_key(w) for w in words)
            if not keys or keys[0] == "*":
                continue
            spanish_only = filename == "health_es.txt" and keys not in english_keys and all(_english_word(w) for w in words)
            if filename != "health_es.txt":
                english_keys.add(keys)
            index[keys[0]].append(_Phrase(keys, exact, pos, gated, tuple(words) if case else None, spanish_only))
            if filename in _FUZZY_FILES and len(keys) == 1 and not exact and pos is None and keys[0].isalpha():
                p = phonetic(keys[0])
                if len(p) >= 6:
                    fuzzy_forms.setdefault(p, keys[0])
    for phrases in index.values():
        phrases.sort(key=lambda ph: -len(ph.keys))
    deletes: dict[str, set[str]] = defaultdict(set)
    for p in fuzzy_forms:
        deletes[p].add(p)
        for d in _deletes(p):
            deletes[d].add(p)
    body = frozenset(word_key(w) for w in read_lexicon(BODY_PARTS_FILE))
    return dict(index), dict(deletes), fuzzy_forms, body


def _spanish_plural(word: str) -> str:
    """'vacuna' -> 'vacunas', 'moretón' -> 'moretones', 'dolor' -> 'dolores', 'nariz' -> 'narices'."""
    w = word.lower()
    if not w.isalpha() or len(w) < 3 or w.endswith("s"):
        return word
    if w.endswith("z"):
        return word[:-1] + "ces"
    if fold_accents(w[-1]) in "aeiou":
        return word + "s"
    return fold_accents(word) + "es"  # the written accent falls away: "moretón" -> "moretones"


def _with_spanish_plurals(line: str) -> list[str]:
    """A Spanish line and its plural forms (first word, last word): the plural fold is built for English, so
    "vacunas", "cólicos" and "dolores de cabeza" are listed by generation, not by hand."""
    prefix = line[: len(line) - len(line.lstrip("=^"))]
    body = line[len(prefix):]
    if "/" in body or prefix:
        return [line]
    words = body.split()
    out = [line]
    for k in {0, len(words) - 1}:
        if words[k] == "*":
            continue
        plural = words[:k] + [_spanish_plural(words[k])] + words[k + 1 :]
        if plural != words:
            out.append(" ".join(plural))
    return out


def _english_word(word: str) -> bool:
    """An English dictionary word (the Spanish-only list does not count)."""
    w = word.lower()
    return w.isalpha() and is_common_word(w) and w not in SPANISH_COMMON


# Spanish drug spellings end where the English name does not: "amoxicilina" (amoxicillin),
# "metformina" (metformin), "omeprazol" (omeprazole), "ibuprofeno" (ibuprofen). The fuzzy
# lookup also tries the word with these endings mapped to the English ones.
_ES_ENDINGS = (("ina", "in"), ("ino", "in"), ("ona", "one"), ("eno", "en"), ("ol", "ole"), ("al", "ale"), ("ida", "ide"),
               ("ato", "ate"), ("ico", "ic"))


@lru_cache(maxsize=8192)
def _fuzzy_lookup(word: str) -> str | None:
    hit = _fuzzy_lookup_one(word)
    if hit is None:
        w = fold_accents(word.lower())
        for es, en in _ES_ENDINGS:
            if w.endswith(es) and len(w) >= 7:
                hit = _fuzzy_lookup_one(w[: -len(es)] + en)
                if hit:
                    break
    return hit


def _fuzzy_match(word: str) -> bool:
    """A misspelt or foreign-spelt health term. An everyday word (common_words.txt: Spanish "cambios", "alegran")
    only counts when it sounds exactly like the term ("anestesia"), not one edit away ("Camzyos", "Allegra")."""
    hit = _fuzzy_lookup(word)
    if hit is None:
        return False
    return word not in common_words() or phonetic(fold_accents(word)) == phonetic(hit)


def _fuzzy_lookup_one(word: str) -> str | None:
    _, deletes, forms, _ = load_lexicon()
    p = phonetic(word)
    if len(p) < 7:
        return None
    candidates = set(deletes.get(p, ()))
    for d in _deletes(p):
        candidates |= deletes.get(d, set())
    best = None
    for c in candidates:
        # The first letter is rarely the misspelled one ("billing" is not "filling").
        if c[0] == p[0] and damerau_le1(p, c) and (best is None or c < best):
            best = c
    return forms[best] if best else None


class HealthTermRecognizer(EntityRecognizer):
    """Health terms from the lexicons plus grammar rules; see the module docstring."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(supported_entities=["HEALTH"], name="HealthTermRecognizer", supported_language="en")

    def load(self) -> None:
        self._index, _, self._fuzzy_forms, self._body = load_lexicon()
        self._body_seen = {}

    # -- matching helpers -------------------------------------------------

    def _token_matches(self, tok, key: str, exact: bool) -> bool:
        if key == "*":
            return tok.is_alpha
        if exact:
            return tok.lower_ == key
        return key in token_keys(tok)

    def _gate_open(self, doc, i: int) -> bool:
        counted = doc[i].lower_ in _COUNTED_EVENTS
        j = i - 1
        while j >= 0 and (doc[j].lower_ in GATE_SKIPPABLE or (counted and doc[j].lower_ in _GATE_COUNTS)) and i - j <= 4:
            j -= 1
        if j < 0:
            return False
        # "I have not had one episode": a negated possession is not a disclosure
        if j > 0 and doc[j - 1].lower_ in ("not", "n't", "never", "no"):
            return False
        return bool(set(token_keys(doc[j])) & GATE_TRIGGERS)

    @staticmethod
    def _coordinated(doc, i: int, covered: list[bool] | None) -> bool:
        """'overactive bladder and leaking': a gated lay word joined to a health term is one too."""
        if covered is None or i < 2 or doc[i - 1].lower_ not in ("and", "or", "&", ",", "plus"):
            return False
        return covered[i - 2]

    def _lexicon_match(self, doc, i: int, covered: list[bool] | None = None) -> int:
        """Length in tokens of the longest lexicon phrase starting at token i (0 if none)."""
        tok = doc[i]
        seen: set[int] = set()
        for key in token_keys(tok) + (tok.lower_,):
            for ph in self._index.get(key, ()):
                if id(ph) in seen:
                    continue
                seen.add(id(ph))
                n = len(ph.keys)
                if i + n > len(doc):
                    continue
                if ph.pos and tok.pos_ not in _POS_GROUPS.get(ph.pos, {ph.pos}):
                    continue
                # "physical/NOUN" is the exam, not the modifier in "physical therapists".
                if ph.pos == "NOUN" and n == 1 and (
                    tok.dep_ in ("amod", "compound", "nmod") or (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"))
                ):
                    continue
                if ph.surface is not None and any(doc[i + k].text != ph.surface[k] for k in range(n)):
                    continue
                if ph.spanish_only and not self._spanish:
                    continue
                if all(self._token_matches(doc[i + k], ph.keys[k], ph.exact) for k in range(n)):
                    if ph.gated and not (self._gate_open(doc, i) or self._coordinated(doc, i, covered)):
                        continue
                    return n
        return 0

    def _is_body(self, tok) -> bool:
        # cached per token of the text being analysed (the detector runs one analysis at a time)
        hit = self._body_seen.get(tok.i)
        if hit is None:
            hit = self._body_seen[tok.i] = any(k in self._body for k in token_keys(tok))
        return hit

    # -- analysis ---------------------------------------------------------

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        self._spanish = _is_spanish(text)
        self._body_seen: dict[int, bool] = {}
        spans: list[list[int]] = []  # [start_char, end_char, first_tok, last_tok]
        covered = [False] * len(doc)
        i = 0
        while i < len(doc):
            n = self._lexicon_match(doc, i, covered)
            if n:
                s, e = span_of(doc[i : i + n])
                spans.append([s, e, i, i + n - 1])
                for k in range(i, i + n):
                    covered[k] = True
                i += n
                continue
            i += 1
        for i, tok in enumerate(doc):
            if covered[i]:
                continue
            if self._fuzzy_candidate(tok) and _fuzzy_match(tok.lower_):
                spans.append([tok.idx, tok.idx + len(tok), i, i])
                covered[i] = True
        spans.extend(self._context_spans(doc, covered))
        spans.extend(self._possessed_spans(doc, covered))
        spans.extend(self._clinical_acts_on_pronouns(doc, covered))
        spans.extend(self._state_spans(doc, covered))
        spans.extend(self._grammar_spans(doc, covered))
        extra = rules.extra_spans(doc, covered, self._is_body)
        spans.extend(extra)
        spans.extend(self._test_value_spans(doc, spans))
        for m in _DOSE_RE.finditer(text):
            spans.append([m.start(), m.end(), -1, -1])
        for m in _PLAIN_HEALTH_RE.finditer(text):
            spans.append([m.start(), m.end(), -1, -1])
        for m in _NICKNAME_RE.finditer(text):
            first = m.group().split(None, 1)[0]
            start = m.start() + len(first) + 1 if first.lower() in _NICKNAME_DETERMINERS else m.start()
            spans.append([start, m.end(), -1, -1])
        for m in _PREGNANCY_RE.finditer(text):
            spans.append([m.start(), m.end(), -1, -1])
        if _BIRTH_CONTEXT.search(text):
            for m in _BIRTH_WEIGHT_RE.finditer(text):
                spans.append([m.start(), m.end(), -1, -1])
        for m in _FEVER_RE.finditer(text):
            spans.append([m.start(), m.end(), -1, -1])
        for m in _DOSE_CHANGE_RE.finditer(text):
            spans.append([m.start(), m.end(), -1, -1])
        for m in _PAIN_SCORE_RE.finditer(text):
            spans.append([m.start("g"), m.end("g"), -1, -1])
        for m in _LAB_MOVE_RE.finditer(text):
            spans.append([m.start(), m.end(), -1, -1])
        for m in _FUNCTION_RE.finditer(text):
            spans.append([m.start(), m.end(), -1, -1])
        for pattern in (_PAIN_PLACED_RE, _MISC_HEALTH_RE):
            for m in pattern.finditer(text):
                spans.append([m.start(), m.end(), -1, -1])
        if self._spanish:
            for pattern in (_ES_FUNCTION_RE, _ES_REFLEXIVE_SYMPTOM_RE, _ES_WEIGHT_RE):
                for m in pattern.finditer(text):
                    spans.append([m.start(), m.end(), -1, -1])
        for m in _SPECIALTY_CARE_RE.finditer(text):
            spans.append([m.start(), m.end(), -1, -1])
        for m in _LAB_RANGE_RE.finditer(text):
            spans.append([m.start(1), m.end(1), -1, -1])
            spans.append([m.start(2), m.end(2), -1, -1])
        if _VISION_CONTEXT.search(text):
            for m in _ACUITY_RE.finditer(text):
                spans.append([m.start(), m.end(), -1, -1])
            for m in _EYE_RX_RE.finditer(text):
                spans.append([m.start(), m.end(), -1, -1])
            if _LENS_CONTEXT.search(text):
                for m in _CONTACTS_RE.finditer(text):
                    spans.append([m.start(), m.end(), -1, -1])
        if _HEARING_CONTEXT.search(text):
            for m in _RINGING_RE.finditer(text):
                if not _RINGING_THING_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                    spans.append([m.start(), m.end(), -1, -1])
        if _PREGNANCY_CONTEXT.search(text):
            for m in _GESTATION_RE.finditer(text):
                spans.append([m.start("g"), m.end("g"), -1, -1])
        spans += self._unlisted_rare_words(doc, spans)
        spans = self._grow_sites(doc, spans)
        idioms = [m.span() for m in _IDIOMS.finditer(text)]
        if idioms:
            spans = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in idioms)]
        return [make_result(self, "HEALTH", s, e, self.SCORE) for s, e in _merge([(sp[0], sp[1]) for sp in spans], text)]

    def _clinical_acts_on_pronouns(self, doc, covered: list[bool]) -> list[list[int]]:
        """A clinical act on "it/them/me" right after health talk: "the wart ... she froze it", "they x-rayed it",
        "glued me up", "cut the nail corner out". The pronoun stands for the condition or the body part named in
        this or the previous sentence."""
        out: list[list[int]] = []
        sents = list(doc.sents)
        health_sent = [any(covered[t.i] or self._is_body(t) for t in sent) for sent in sents]
        for k, sent in enumerate(sents):
            if not (health_sent[k] or (k > 0 and health_sent[k - 1])):
                continue
            for tok in sent:
                if tok.pos_ != "VERB" or covered[tok.i]:
                    continue
                lemma = tok.lemma_.lower()
                kids = list(tok.children)
                particle = next((c for c in kids if c.dep_ == "prt" and c.lower_ in ("out", "off", "up", "back")), None)
                if lemma not in _CLINICAL_ACTS and not (particle is not None and (lemma, particle.lower_) in _CLINICAL_PHRASAL):
                    continue
                obj = next((c for c in kids if c.dep_ in ("dobj", "obj") and c.lower_ in ("it", "them", "me", "him", "her", "us")), None)
                if obj is None:
                    continue
                last = max([tok.i, obj.i] + ([particle.i] if particle is not None else []))
                s, e = span_of(doc[tok.i : last + 1])
                out.append([s, e, tok.i, last])
                for i in range(tok.i, last + 1):
                    covered[i] = True
        return out

    def _context_spans(self, doc, covered: list[bool]) -> list[list[int]]:
        """Context terms (health_en_context.txt): an ordinary word that is health information because the review
        is about its medical setting ("the mask leaks" in a review that mentions CPAP, "popped a bracket" with braces)."""
        terms = _context_terms()
        if not terms:
            return []
        out: list[list[int]] = []
        n = len(doc)
        keys_at = [token_keys(t) for t in doc]
        present: set[str] = {k for ks in keys_at for k in ks}
        seen: dict[tuple[str, ...], bool] = {}  # each cue is looked up once per text

        def cue_present(cue: tuple[str, ...]) -> bool:
            hit = seen.get(cue)
            if hit is None:
                m = len(cue)
                hit = all(k in present for k in cue) and (
                    m == 1 or any(all(cue[k] in keys_at[i + k] for k in range(m)) for i in range(n - m + 1))
                )
                seen[cue] = hit
            return hit

        for i in range(n):
            if covered[i]:
                continue
            for key in keys_at[i]:
                hit = 0
                for keys, cues in terms.get(key, ()):
                    m = len(keys)
                    if i + m > n or any(covered[i + k] or keys[k] not in keys_at[i + k] for k in range(m)):
                        continue
                    if any(cue_present(c) for c in cues):
                        hit = m
                        break
                if hit:
                    s, e = span_of(doc[i : i + hit])
                    out.append([s, e, i, i + hit - 1])
                    for k in range(i, i + hit):
                        covered[k] = True
                    break
        return out

    def _possessed_spans(self, doc, covered: list[bool]) -> list[list[int]]:
        """Possessed terms (health_en_possessed.txt): an organ or a check of someone's own, right after my/his/her/
        their with at most one modifier between ("my prostate", "his annual physical", "my weight"), whatever the tagger made
        of the word. Not "a physical store" or "the weight limit"."""
        terms = _possessed_terms()
        out: list[list[int]] = []
        n = len(doc)
        for i, tok in enumerate(doc):
            if covered[i] or tok.lower_ not in _PERSON_POSSESSIVES:
                continue
            for j in (i + 1, i + 2):
                if j >= n or covered[j] or (j == i + 2 and (not doc[i + 1].is_alpha or doc[i + 1].pos_ in ("NOUN", "PROPN"))):
                    break  # "my phone numbers": the word belongs to another noun
                hit = 0
                for words in terms.get(doc[j].lower_, ()):
                    m = len(words)
                    if j + m <= n and all(doc[j + k].lower_ == words[k] for k in range(m)):
                        hit = m
                        break
                if hit:
                    last = j + hit - 1
                    # "my weight limit", "my physical address", "at the top of her lungs", "pull their weight": the word
                    # modifies another noun, or sits in an idiom
                    if last + 1 < n and doc[last + 1].pos_ in ("NOUN", "PROPN") and doc[last + 1].lower_ not in _ORGAN_HEADS:
                        break
                    if _POSSESSED_IDIOM_RE.search(doc.text[max(0, doc[i].idx - 20) : doc[last].idx + len(doc[last])]):
                        break
                    s, e = span_of(doc[j : last + 1])
                    out.append([s, e, j, last])
                    for k in range(j, last + 1):
                        covered[k] = True
                    break
        return out

    def _state_spans(self, doc, covered: list[bool]) -> list[list[int]]:
        """State words (health_en_states.txt) said of a person: "I'm exhausted", "while she's gasping", "I walked
        in shaking, sweating", "meclizine made me sleepy". The same words about things ("freezing weather", "a weak
        excuse", "the office was freezing") are not health."""
        states = _states()
        out: list[list[int]] = []
        n = len(doc)
        for i, tok in enumerate(doc):
            if covered[i]:
                continue
            length = 0
            for phrase in states.get(tok.lower_, ()):
                if i + len(phrase) <= n and all(doc[i + k].lower_ == phrase[k] for k in range(len(phrase))):
                    length = max(length, len(phrase))
            if not length or not self._said_of_person(doc, i, covered):
                continue
            cause = _caused_state_start(doc, i)
            start = cause if cause is not None else i  # "made me sleepy": the cause is part of the span
            s, e = span_of(doc[start : i + length])
            out.append([s, e, start, i + length - 1])
            for k in range(i, i + length):
                covered[k] = True
        return out

    @staticmethod
    def _said_of_person(doc, i: int, covered: list[bool]) -> bool:
        tok = doc[i]
        if tok.dep_ == "conj" and covered[tok.head.i]:
            return True  # "shaking, sweating": joined to a state already found
        if _caused_state_start(doc, i) is not None:
            return True
        if any(c.dep_ in ("dobj", "obj") for c in tok.children):
            return False  # "she was shaking her head": an action on something, not a state
        if any(c.dep_ == "amod" for c in tok.children) or tok.dep_ in ("amod", "compound"):
            return False  # "a weak excuse"
        walked_in = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "up") and tok.head.head.lemma_.lower() in (
            "walk", "come", "show", "arrive", "wake", "roll", "stumble", "limp"
        )  # "I walked in trembling": the parser reads the state as the object of "in"
        if tok.dep_ not in ("acomp", "xcomp", "advcl", "ROOT", "conj", "oprd", "ccomp", "attr") and not walked_in:
            return False
        verb = tok.head.head if walked_in else (
            tok if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) else tok.head
        )
        for _ in range(2):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                if verb.lemma_.lower() in ("look", "seem", "sound", "appear"):
                    return False  # "I don't look exhausted on camera": an appearance, not a state
                # a named person only when the model says so (drafts are parsed without NER: staff names)
                return any(s.lower_ in _STATE_SUBJECTS or s.ent_type_ == "PERSON" for s in subjects)
            if verb.head is verb:
                break
            verb = verb.head  # "walked in here shaking": the state hangs off the clause's verb
        return False

    def _fuzzy_candidate(self, tok) -> bool:
        if not tok.is_alpha or len(tok) < 6 or tok.is_stop:
            return False
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB", "X", "ADV"):
            return False
        # An ordinary dictionary word ("willing", "billing", Spanish "alegra") is not a misspelling.
        if is_common_word(tok.text) or (tok.lemma_ and is_common_word(tok.lemma_)):
            return False
        # An inflected known word ("filled" -> "fill") is not a misspelling.
        return word_key(tok.lemma_) == word_key(tok.text) or not tok.lemma_.isalpha()

    def _grammar_spans(self, doc, covered: list[bool]) -> list[list[int]]:
        out: list[list[int]] = []
        for i, tok in enumerate(doc):
            lemma = tok.lemma_.lower()
            # Procedure verb with a body-part / health object.
            if tok.pos_ == "VERB" and (lemma in PROCEDURE_VERBS or tok.lower_ in PROCEDURE_VERBS):
                for child in tok.children:
                    if child.dep_ in ("dobj", "obj"):
                        sub = list(child.subtree)
                        if any(self._is_body(t) or covered[t.i] for t in sub):
                            s, e = span_of([tok] + sub if sub[-1].i > tok.i else [tok])
                            out.append([s, e, tok.i, sub[-1].i])
            # Injury verb + possessive + body part, whatever the parse says.
            if tok.lower_ in INJURY_VERB_FORMS and i + 2 < len(doc) and doc[i + 1].lower_ in ("my", "his", "her", "their", "our", "a"):
                for j in range(i + 2, min(i + 5, len(doc))):
                    if self._is_body(doc[j]):
                        s, e = span_of(doc[i : j + 1])
                        out.append([s, e, i, j])
                        break
                    if doc[j].pos_ not in ("ADJ", "NOUN") and doc[j].lower_ not in ("left", "right", "front", "upper", "lower"):
                        break
            # Body part + symptom head ("knee pain", "lower back pain", "shoulder surgery").
            if self._is_body(tok) and i + 1 < len(doc):
                j = i + 1
                while j < len(doc) and j - i <= 2 and self._is_body(doc[j]):
                    j += 1
                if j < len(doc) and any(k in SYMPTOM_HEADS for k in token_keys(doc[j])) and doc[j].pos_ in ("NOUN", "PROPN", "VERB"):
                    start = i
                    if i > 0 and doc[i - 1].lower_ in ("lower", "upper", "left", "right", "front", "back", "inner", "outer"):
                        start = i - 1
                    s, e = span_of(doc[start : j + 1])
                    out.append([s, e, start, j])
            # Injury adjective + body part ("torn ACL", "chipped front tooth", "broken wrist").
            if tok.lower_ in INJURY_ADJECTIVES or lemma in INJURY_ADJECTIVES:
                for j in range(i + 1, min(i + 4, len(doc))):
                    if self._is_body(doc[j]):
                        s, e = span_of(doc[i : j + 1])
                        out.append([s, e, i, j])
                        break
                    if not (doc[j].pos_ in ("ADJ", "NOUN", "PROPN") or doc[j].lower_ in ("front", "back", "left", "right")):
                        break
                # "my jaw was sore", "my upper lip is lopsided"
                if tok.pos_ in ("ADJ", "VERB") and tok.dep_ in ("acomp", "attr", "ROOT", "ccomp", "conj", "xcomp"):
                    for child in list(tok.head.children) + list(tok.children):
                        if child.dep_ in ("nsubj", "nsubjpass") and child.i < i and self._is_body(child):
                            left = child.i
                            for t in child.lefts:
                                if t.pos_ in ("ADJ",) or t.lower_ in ("upper", "lower", "left", "right", "front"):
                                    left = min(left, t.i)
                            s, e = span_of(doc[left : i + 1])
                            out.append([s, e, left, i])
                            break
            # Self-harm verbs used without an object; "we're expecting" (pregnancy).
            if tok.pos_ == "VERB" and (lemma in SELF_HARM_VERBS or lemma == "expect"):
                has_object = any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "attr", "prep", "advcl") for c in tok.children)
                if not has_object and (lemma == "expect" or tok.tag_ == "VBG"):
                    if lemma != "expect" or tok.tag_ == "VBG":
                        out.append([tok.idx, tok.idx + len(tok), i, i])
        return out

    def _test_value_spans(self, doc, spans: list[list[int]]) -> list[list[int]]:
        """Numbers attached to a measurable test, and positive/negative after a test."""
        out: list[list[int]] = []
        # a result word after any test word in the same sentence ("the urine culture came back positive")
        for j, t in enumerate(doc):
            if t.lower_ in rules.RESULT_WORDS or (t.lower_ in rules.SOFT_RESULT_WORDS and j > 0 and doc[j - 1].lower_ == "back"):
                for k in range(j - 1, max(-1, j - 9), -1):
                    if doc[k].text in (".", "!", "?", ";"):
                        break
                    if set(token_keys(doc[k])) & TEST_WORDS:
                        out.append([t.idx, t.idx + len(t), j, j])
                        break
        for sp in spans:
            first, last = sp[2], sp[3]
            if first < 0:
                continue
            toks = doc[first : last + 1]
            keys = {k for t in toks for k in token_keys(t)}
            if keys & MEASURABLE:
                for j in range(last + 1, min(last + 6, len(doc))):
                    t = doc[j]
                    if t.is_sent_start or t.text in (".", ";", "!", "?"):
                        break
                    if t.text in ("$", "#") or t.lower_ in ("minutes", "hours", "days", "weeks"):
                        break
                    if _NUMBER_RE.match(t.text) and doc[j - 1].text != "$":
                        end_tok = t
                        if j + 1 < len(doc) and doc[j + 1].text == "%":
                            end_tok = doc[j + 1]
                        out.append([sp[0], end_tok.idx + len(end_tok), first, end_tok.i])
                        break
                if first > 0 and _NUMBER_RE.match(doc[first - 1].text):
                    out.append([doc[first - 1].idx, sp[1], first - 1, last])
            nxt_is_test = last + 1 < len(doc) and bool(set(token_keys(doc[last + 1])) & TEST_WORDS)
            if keys & TEST_WORDS or nxt_is_test:
                for j in range(last + 1, min(last + 25, len(doc))):
                    t = doc[j]
                    if t.lower_ in rules.RESULT_WORDS or (t.lower_ in rules.SOFT_RESULT_WORDS and doc[j - 1].lower_ == "back"):
                        out.append([t.idx, t.idx + len(t), j, j])
                        break
        return out

    def _unlisted_rare_words(self, doc, spans: list[list[int]]) -> list[list[int]]:
        """Words outside everyday English and Spanish, in a sentence that already talks about health.

        A reviewer's rare word next to a symptom or a procedure is a clinical or lay health term nobody listed
        ("diastasis", "tartamudeaba", "blotchy", "ITP") far more often than anything else. Proper names
        (title case) are left to the name and place recognizers; care-operations words ("copay", "telehealth",
        "hygienist") and staff role nouns are ordinary in reviews and never count.
        """
        common = common_words()
        if not common:
            return []
        out = []
        for sent in doc.sents:
            s0, s1 = sent.start_char, sent.end_char
            if not (any(sp[0] < s1 and s0 < sp[1] for sp in spans) or any(self._is_body(t) for t in sent)):
                continue
            for tok in sent:
                text = tok.text
                if tok.like_num or tok.is_stop or not text.replace("-", "").isalpha() or _rare_exempt(tok):
                    continue
                acronym = len(text) >= 3 and sum(c.isupper() for c in text) >= 2
                if not acronym and (len(text) < 5 or tok.is_title or tok.is_upper):
                    continue
                low = text.lower()
                if low in common or tok.lemma_.lower() in common or fold_accents(low) in common:
                    continue
                if any(sp[0] <= tok.idx < sp[1] for sp in spans):
                    continue
                if tok.i > 0 and doc[tok.i - 1].lower_ in _KINSHIP_BEFORE and not low.endswith(ES_VERB_ENDINGS):
                    continue  # a lowercase name: "my son jaxon" (but "mi hijo tartamudeaba" is a verb)
                out.append([tok.idx, tok.idx + len(text), tok.i, tok.i])
        return out

    def _grow_sites(self, doc, spans: list[list[int]]) -> list[list[int]]:
        """'mole on my back', 'numbness down my arm': the site joins the condition."""
        for sp in spans:
            last = sp[3]
            if last < 0 or last + 3 >= len(doc):
                continue
            prep, det = doc[last + 1], doc[last + 2]
            if prep.lower_ in ("on", "in", "down", "at", "behind", "under", "above", "of") and det.lower_ in ("my", "his", "her", "their", "our", "the", "both"):
                j = last + 3
                while j < len(doc) and j - last <= 5 and (doc[j].lower_ in ("left", "right", "upper", "lower", "inner", "outer", "front") or doc[j].pos_ == "ADJ"):
                    j += 1
                if j < len(doc) and self._is_body(doc[j]):
                    sp[1] = doc[j].idx + len(doc[j])
                    sp[3] = j
        return spans


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Union of overlapping spans (adjacent spans stay separate)."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
