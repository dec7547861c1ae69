"""General health rules that do not depend on a lexicon entry (used by health.py).

Each rule reads the spaCy parse and returns spans as [start_char, end_char,
first_token, last_token]. None of them is tied to one review; they generalize the
lexicons to terms and phrasings nobody listed:

- morphology: medical word endings ("sarcoidosis", "laryngoscopy", "otoplasty",
  "neuropathy", "hyperkalemia", "needle phobia") and drug-name stems ("oxaliplatin",
  "ticagrelor" -> "-platin", "-grel"); drug stems only count for words that are not
  ordinary dictionary words, and a short exclusion list keeps "diagnosis",
  "program", "diploma", "nostalgia" out;
- brand names in a medication position: a capitalized word that is not a dictionary
  word, after "prescribed / started (me) on / switched (me) to / put (me) on / on",
  or before "refill / prescription / dose / mg / copay / shots": "put me on Xifaxan",
  "my Gemtesa refill";
- cue phrases whose object is the diagnosis or the reason for care: "diagnosed with
  X", "tested positive for X", "treated for X", "suffering from X", "history of X",
  "recovering from X", "meds for my X", "came in for X" (X is the noun phrase after
  the cue; generic care words, people and times are rejected);
- measurements: a test or vital sign with its value ("PSA was 9.2", "GFR dropped to
  11", "heart rate was in the 40s", "pulse ox read 91");
- a possessed body part or faculty as the subject of any predicate: "my vision went blurry",
  "his memory has been slipping", "her bite is still off" (praise of looks excluded);
- symptom predicates on a body part: "my foot was purple", "right eye is blurry",
  "my heart has been fluttering", "knees don't ache";
- inability: "couldn't breathe", "could not see out of my left eye";
- losses: "lost all my hair", "lost my voice";
- falls as injury events: "fell off a ladder", "slipped on the ice";
- Spanish procedure clauses: "me quitaron la vesícula", "me sacaron el nervio",
  "embarazada de 28 semanas";
- tests named by their modifiers: a test head (test, testing, screening, study,
  panel, scan...) with noun/adjective modifiers that are not generic ("skin prick
  testing", "nerve conduction study"; not "a quick test", "phone screening");
- findings: the object of show/reveal/find/confirm/detect whose subject is a test,
  a health term or a clinician ("the patch testing showed nickel");
- spreading to a site: "spread down my arm", "radiating to his jaw";
- pronoun subjects with a strong symptom predicate after a health term ("the burn
  ... it was weeping and hot");
- wrecked body parts: "my pelvis was a wreck", "her knee is shot";
- a person's health state: a person subject or object of be/feel/get/make/stay with
  a state adjective ("I'm stable now", "it made her dizzy"); the everyday ones
  ("confused", "stable") only without an object ("confused by the bill");
- stopped functions: "barely sleeping", "stopped eating", "not sleeping";
- injury events named by their cause: "a snowboarding accident", "a bike crash"
  (not "a website crash").
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.phi.recognizers._common import is_common_word, read_lexicon, token_keys, word_key

RESULT_WORDS = {
    "positive", "negative", "abnormal", "elevated", "benign", "malignant", "cancerous", "precancerous",
    "inconclusive", "borderline", "suspicious", "positivo", "positiva", "negativo", "negativa",
}
# Only after "came back": "came back clear", "came back normal".
SOFT_RESULT_WORDS = {"clear", "normal", "high", "low", "fine", "bad", "good", "ok", "okay"}

_CONDITION_SUFFIXES = (
    "itis", "osis", "iasis", "ectomy", "ectomies", "otomy", "ostomy", "plasty", "plasties", "oscopy", "oscopies",
    "ogram", "emia", "algia", "opathy", "plegia", "rrhea", "rrhoea", "uria", "penia", "megaly", "atrophy",
    "trophy", "ectasis", "ectasia", "phobia", "oma", "omas", "lithiasis", "stenosis", "ptosis", "spasm",
    # a therapy named by what it uses or treats ("sclerotherapy", "cryotherapy"), and Spanish clinical endings
    # ("electrocardiograma", "mamografía", "colonoscopía", "apendicectomía")
    "otherapy", "otherapies", "ograma", "ografia", "ografía", "oscopia", "oscopía", "ectomia", "ectomía", "otomia",
    "otomía", "oplastia",
    "oplasia", "otomies", "ectomy's", "ography", "igraphy",
)
_CONDITION_EXCLUDE = {
    "diagnosis", "prognosis", "hypnosis", "osmosis", "symbiosis", "metamorphosis", "apotheosis", "thrombosis_",
    "program", "programs", "instagram", "telegram", "kilogram", "diagram", "anagram", "hologram", "monogram",
    "histogram", "pictogram", "epigram", "cryptogram", "parallelogram", "academia", "bohemia", "nostalgia",
    "trophy", "diploma", "aroma", "tacoma", "oklahoma", "sonoma", "paloma", "roma", "soma", "stoma_", "coma_",
    "sarcasm", "enthusiasm", "orgasm", "chasm", "spasm_", "plasma", "ultima", "karma", "dogma", "stigma",
    "enigma", "asthma_", "comma", "momma", "mama", "gamma", "grandma", "llama", "pajama", "pyjama", "drama",
    "panorama", "cinema", "dilemma", "lemma", "diorama", "carcinoma_", "aroma", "bahama", "yokohama",
    "stromboli", "uria_", "curia", "luxuria", "penuria", "penia_", "xenophobia", "homophobia", "transphobia",
    "islamophobia", "dichotomy", "photography", "geography", "biography", "autobiography", "calligraphy",
    "choreography", "typography", "bibliography", "demography", "pornography", "cinematography", "topography",
    "stenography", "lithography", "discography", "filmography", "videography", "cartography", "oceanography",
    "iconography", "hagiography", "historiography", "ethnography", "orthography", "telegraphy", "photography's",
    "crisis", "basis", "oasis", "thesis", "emphasis", "analysis", "genesis", "synopsis",
}
_DRUG_SUFFIXES = (
    "mab", "nib", "pril", "sartan", "olol", "statin", "azole", "cillin", "mycin", "cycline", "floxacin", "prazole",
    "tidine", "dipine", "gliptin", "gliflozin", "glutide", "patide", "vir", "afil", "terol", "olone", "azepam",
    "zolam", "oxetine", "triptan", "parin", "xaban", "gatran", "platin", "taxel", "rubicin", "caine", "apine",
    "idone", "barbital", "dronate", "lukast", "thiazide", "profen", "coxib", "azepine", "setron", "tropin",
    "codone", "morphone", "zosin", "atadine", "azine", "triptyline", "pramine", "fenac", "semide", "glitazone",
    "ercept", "kinra", "limus", "ciclib", "parib", "rafenib", "vastatin", "flozin", "onide", "asone", "isone",
    "grel", "fungin", "conazole", "penem", "tinib", "zumab", "ximab", "lumab", "citinib", "lamide",
    # Spanish spellings of the same stems ("clotrimazol", "amoxicilina", "azitromicina", "omeprazol")
    "azol", "cilina", "silina", "micina", "ciclina", "floxacino", "prazol", "profeno", "statina", "tidina", "dipino",
)
_GENERIC = {
    "appointment", "visit", "consult", "consultation", "checkup", "check-up", "follow-up", "followup", "exam",
    "procedure", "surgery", "treatment", "session", "evaluation", "something", "nothing", "anything", "help",
    "answer", "paperwork", "form", "record", "result", "bill", "payment", "opinion", "second", "issue", "problem",
    "reason", "one", "it", "this", "that", "them", "time", "hour", "minute", "day", "week", "month", "year",
    "refill", "prescription", "medication", "medicine", "med", "meds", "test", "care", "doctor", "dentist",
    "office", "same", "thing", "stuff", "everything", "review", "price", "cost", "money", "insurance", "lot",
    "while", "years", "decade", "life", "living", "work", "job", "kid", "child", "son", "daughter", "husband",
    "wife", "mom", "dad", "mother", "father", "family", "baby", "parent", "patient", "people", "reason",
    "walk-in", "physical", "new", "annual", "routine", "quick", "short", "long", "simple", "regular",
}
_DET = {"a", "an", "the", "my", "his", "her", "their", "our", "your", "some", "this", "that", "what", "mild",
        "severe", "bad", "terrible", "early", "late", "possible", "suspected", "chronic", "acute", "another"}
_PERSON_ENTS = {"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "NORP"}
_CUES = [
    # (token lower-case sequence, kind)
    (("diagnosed", "with"), "np"), (("diagnosed", "as"), "np"), (("dx'd", "with"), "np"), (("dxed", "with"), "np"),
    (("diagnosis", "of"), "np"), (("diagnosis", "was"), "np"), (("diagnosed", "me", "with"), "np"),
    (("tested", "positive", "for"), "np"), (("positive", "for"), "np"), (("treated", "for"), "np"),
    (("treatment", "for"), "np"), (("treating", "me", "for"), "np"), (("treat", "my"), "np_poss"),
    (("suffer", "from"), "np"), (("suffers", "from"), "np"), (("suffered", "from"), "np"), (("suffering", "from"), "np"),
    (("history", "of"), "np"), (("recovering", "from"), "np"), (("recovery", "from"), "np"),
    (("surgery", "for"), "np"), (("seen", "for"), "np"), (("came", "in", "for"), "np"), (("went", "in", "for"), "np"),
    (("come", "in", "for"), "np"), (("in", "for", "my"), "np_poss"), (("in", "for", "his"), "np_poss"),
    (("in", "for", "her"), "np_poss"), (("referred", "for"), "np"), (("flare", "of"), "np"),
    (("turned", "out", "to", "be"), "np"),
    (("allergic", "to"), "np"), (("allergy", "to"), "np"), (("allergies", "to"), "np"), (("reaction", "to"), "np"),
    (("sensitive", "to"), "np"), (("intolerant", "to"), "np"), (("intolerance", "to"), "np"),
    (("diagnosticaron", "con"), "np"), (("diagnosticaron",), "np"), (("me", "detectaron"), "np"),
]
_CUE_FIRST = {c[0][0] for c in _CUES}
# Words before "for my X" that make X the condition being treated ("meds for my nerves").
_FOR_HEADS = {
    "med", "meds", "medication", "medicine", "pill", "pills", "cream", "drops", "shot", "shots", "injection",
    "injections", "surgery", "treatment", "therapy", "prescription", "rx", "antibiotic", "antibiotics", "inhaler",
    "spray", "ointment", "patch", "infusion", "infusions", "specialist", "referral", "prescribed", "treated",
    "pastillas", "medicina", "tratamiento", "crema", "gotas",
}
# Tests and vital signs whose value is health information.
_MEASURES = {
    "a1c", "hba1c", "amh", "gfr", "egfr", "crp", "esr", "psa", "tsh", "ldl", "hdl", "bmi", "ahi", "inr",
    "creatinine", "potassium", "sodium", "calcium", "hemoglobin", "ferritin", "platelet", "wbc", "glucose",
    "cholesterol", "triglyceride", "oxygen", "o2", "sats", "sat", "beta", "hcg", "fsh", "testosterone",
    "estradiol", "cortisol", "prolactin", "ige", "tryptase", "lipase", "bilirubin", "b12", "temp", "temperature",
    "fever", "t-score", "vitamin", "iron", "potasio", "azucar", "glucosa", "colesterol", "presion", "fiebre",
    "creatinina", "hemoglobina", "plaqueta", "saturacion", "oxigeno",
}
_MEASURE_HEADS = {"rate", "ox", "pressure", "count", "level", "reading", "sugar", "score", "number", "function", "enzyme"}
_MEASURE_MODS = {"heart", "pulse", "blood", "white", "platelet", "sugar", "sed", "iron", "oxygen", "resting", "bone",
                 "calcium", "thyroid", "vitamin", "d", "protein", "sperm", "egg", "kidney", "liver", "lung", "renal"}
_VALUE_GLUE = {
    "was", "is", "were", "are", "at", "of", "to", "dropped", "fell", "read", "reads", "came", "back", "in", "the",
    "around", "only", "over", "under", "up", "down", "went", "rose", "jumped", "about", "a", "an", "had", "been",
    "like", "stuck", "hit", "still", "sitting", "el", "la", "de", "en", "le", "subio", "bajo", "tenia", "estaba",
    "all", "way", "high", "low", "as", "nearly", "almost", "just", ":", "=", "-", "~", "sitting", "climbed", "d",
}
_VALUE_RE = re.compile(r"^\d+(?:[.,]\d+)?(?:/\d+)?%?(?:s)?$")
_BAD_AFTER_VALUE = {"minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years",
                    "year", "dollars", "times", "people", "patients", "$", "am", "pm", "miles", "stars"}

# Predicates that make a body part the subject of a symptom ("my foot was purple").
SYMPTOM_PREDICATES = {
    "purple", "blurry", "blurred", "red", "swollen", "puffy", "black", "yellow", "hot", "cloudy", "watery", "dry",
    "crusty", "oozing", "raw", "bloody", "sensitive", "weak", "tight", "heavy", "numb", "tingly", "itchy", "sore",
    "achy", "stiff", "infected", "inflamed", "bleeding", "throbbing", "burning", "aching", "tingling", "ringing",
    "pounding", "racing", "fluttering", "flutter", "shaking", "twitching", "clicking", "popping", "locking",
    "cramping", "spasming", "leaking", "draining", "peeling", "blistering", "blistered", "bruised", "discolored",
    "droopy", "drooping", "lopsided", "uneven", "crooked", "loose", "killing", "messed", "hurt", "hurting",
    "ache", "hurt", "throb", "burn", "itch", "bleed", "swell", "tingle", "race", "pound", "ring", "cramp", "lock",
    "buckle", "ooze", "twitch", "shake", "give", "gave", "failing", "fried", "shutting", "worse",
    "sticking", "protruding", "bulging", "sagging", "drooping", "weeping", "festering", "scabbing", "crusting",
}
_NEG_OR_AUX = {"do", "does", "did", "n't", "not", "has", "have", "had", "been", "was", "is", "were", "are", "be",
               "'s", "'re", "keeps", "kept", "started", "start", "would", "will", "wo", "ca", "can", "could", "still",
               "always", "constantly", "so", "very", "really", "all", "just", "completely", "totally", "also"}
_CANNOT = {("could", "n't"), ("could", "not"), ("ca", "n't"), ("ca", "nt"), ("could", "nt"), ("can", "not"), ("can", "n’t"), ("could", "n’t"),
           ("unable", "to"), ("cannot",), ("couldnt",), ("cant",), ("struggling", "to"), ("struggled", "to"),
           ("struggle", "to"), ("trouble",), ("barely", "able", "to"), ("hardly", "able", "to"), ("n't", "able", "to"),
           ("not", "able", "to"), ("barely",), ("hardly",)}
_CANNOT_FIRST = {seq[0] for seq in _CANNOT}
_CANNOT_LONGEST_FIRST = sorted(_CANNOT, key=len, reverse=True)
_CANNOT_ALWAYS = {"breathe", "swallow", "sleep", "walk", "stand", "pee", "urinate", "chew", "focus", "concentrate",
                  "reach", "button", "dress", "tie", "hold", "nurse", "latch", "poop",
                  "speak", "talk", "hear", "see", "move", "bend", "lift", "raise", "straighten", "bear", "feel",
                  "open", "close", "turn", "eat", "grip", "sit", "climb", "kneel", "squat", "remember"}
_CANNOT_NEEDS_BODY = {"see", "hear", "feel", "move", "bend", "lift", "raise", "turn", "open", "close", "eat", "talk",
                      "speak", "sit", "grip", "remember"}
# Objects that make reaching, seeing or hearing about getting hold of people or the office.
_NOT_A_FACULTY_OBJECT = {"us", "anyone", "anybody", "someone", "somebody", "you", "them", "staff", "reception", "back",
                         "from", "out"}
# Everyday objects of tasks that take a working hand, arm or eye: "couldn't open a jar", "can't hold my coffee cup",
# "couldn't read the hymn numbers", "can tie my own shoes again".
_ADL_OBJECTS = {"jar", "jars", "lid", "lids", "cup", "cups", "mug", "fork", "spoon", "pen", "pencil", "shirt", "coat",
                "jacket", "shoes", "shoe", "laces", "shoelaces", "buttons", "button", "zipper", "bottle", "bottles",
                "toothbrush", "hairbrush", "comb", "fist", "groceries", "grandkids", "grandbaby", "baby", "stairs",
                "steps", "menu", "print", "numbers", "signs", "board", "hymnal", "book", "books",
                "newspaper", "paper", "keys", "bat", "racket", "club", "rod", "ball", "doorknob", "faucet", "hair", "bra", "socks", "pants", "fingers"}
# Verbs of tasks done with those objects: "open a jar", "read the menu", "write a check".
_ADL_VERBS = frozenset({"open", "hold", "lift", "raise", "grip", "read", "tie", "button", "carry", "pick", "write", "make",
                        "brush", "climb"})
# Verbs of such tasks, for regained abilities: "now I can make a fist again", "I can write a check and tie my shoes again"
_REGAINED_VERBS = {"open", "hold", "lift", "raise", "tie", "button", "grip", "make", "write", "read", "walk", "climb",
                   "kneel", "squat", "bend", "chew", "swallow", "sleep", "breathe", "hear", "see", "drive", "run", "jog",
                   "dance", "swim", "smile", "eat", "dress", "bathe", "shower", "brush", "reach", "carry", "stand", "type",
                   "play", "garden", "golf", "hike", "bike"}
# What people have done that is grooming, not care: "got my nails done", "had my hair done".
_NOT_PROCEDURE_OBJECTS = {"nails", "nail", "hair", "brows", "eyebrows", "lashes", "makeup", "toes", "feet", "taxes", "homework",
                          "paperwork", "work", "job", "roof", "car", "oil", "shopping", "laundry", "dishes"}
# Functions that come back "for the first time in years": not walk, see or eat, which mostly take a place or a thing
# ("walked to the new office for the first time", "ate lunch there for the first time").
_FIRST_TIME_FUNCTIONS = frozenset({"breathe", "hear", "sleep", "chew", "swallow", "smile"})
_AGAIN_FUNCTIONS = {"sleep", "walk", "eat", "breathe", "run", "swim", "dance", "smile", "talk", "hike", "jog"}
# What reaching means getting hold of: "trouble reaching our billing office", "couldn't reach the front desk".
_REACH_PEOPLE = {"office", "desk", "billing", "line", "staff", "nurse", "nurses", "doctor", "department", "clinic",
                 "practice", "phone", "phones", "voicemail", "scheduler", "scheduling", "receptionist", "manager",
                 "someone", "anybody", "anyone", "pharmacy", "lab", "insurance", "number", "team"}
_LOSS_OBJECTS = {"hair", "voice", "hearing", "vision", "sight", "eyesight", "balance", "appetite", "smell", "taste",
                 "memory", "pregnancy", "baby", "tooth", "teeth", "eyebrow", "eyelash", "nail", "consciousness",
                 "weight", "mind", "bladder", "leg", "arm", "breast", "uterus", "pound", "word", "blood"}
_FALL_PREPS = {"off", "down", "from", "on", "onto", "through", "out", "over", "in", "into", "backwards", "backward"}
_PERSON_SUBJ = {"i", "he", "she", "we", "they", "mom", "dad", "son", "daughter", "husband", "wife", "grandma",
                "grandpa", "mother", "father", "kid", "child", "baby", "toddler", "who"}
_TIME_WORDS = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|today|yesterday|time|hold|schedule|deaf)$", re.I)
_PREGNANCY_WORDS = {"miscarriage", "pregnant", "pregnancy", "embarazada", "embarazo", "loss", "stillbirth", "transfer"}
_ES_PROC_VERBS = {"quitaron", "sacaron", "operaron", "extrajeron", "recetaron", "encontraron", "detectaron",
                  "diagnosticaron", "pusieron", "inyectaron", "colocaron", "cosieron", "enyesaron"}
_ES_REJECT = {"cita", "esperar", "espera", "pagar", "firmar", "llenar", "volver", "regresar", "venir", "multa",
              "cargo", "cobro", "dinero", "problema", "caso", "favor", "tiempo", "horas", "nada", "todo", "mucho", "en", "a",
              "por", "para", "con", "que", "como", "mas", "más", "otra", "otro"}
_FALL_REJECT = {"love", "line", "place", "category", "crack", "trap", "hand", "asleep", "behind", "apart", "short",
                "victim", "prey", "way", "schedule", "system", "list", "category", "radar", "wayside", "habit"}
_ES_DET = {"el", "la", "los", "las", "un", "una", "unos", "unas", "mi", "mis", "su", "sus", "de", "del", "al"}

_MEDICATION_BEFORE = {
    "prescribed", "prescribe", "prescribing", "started", "switched", "put", "on", "taking", "take", "took",
    "tried", "try", "trying", "pushing", "pushed", "denied", "injected", "dose", "refill", "refilled", "gave",
    "recetaron", "receto", "recetó", "toma", "tomo", "tomando",
}
_MEDICATION_AFTER = {
    "refill", "refills", "prescription", "rx", "dose", "doses", "dosage", "mg", "mcg", "shot", "shots",
    "injection", "injections", "infusion", "infusions", "pill", "pills", "tablet", "tablets", "cream", "drops",
    "copay", "co-pay", "prior", "side", "makes", "made", "gave", "gives", "caused", "causes", "worked", "works",
    "helped", "helps", "pen", "pens", "samples", "coupon", "generic", "patch",
}
_NAME_TITLES = {"dr", "dr.", "doctor", "nurse", "dra", "dra.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "pa", "np"}
_ORG_SUFFIX_AFTER = {"dental", "health", "clinic", "medical", "pharmacy", "insurance", "care", "vision", "hospital",
                     # a street or place name, not a drug: "on Delancey Street", "opens on Wexford Road"
                     "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive", "way",
                     "parkway", "pkwy", "court", "ct", "place", "square", "plaza", "mall", "center", "centre", "park",
                     "commons", "crossing", "station", "building", "tower", "campus", "hall", "hill", "heights"}

# -- tests named by their modifiers: "skin prick testing", "vision screening", "gastric emptying study"
TEST_HEADS = {"test", "testing", "screening", "screen", "study", "panel", "scan", "analysis", "workup", "work-up",
              "culture", "swab", "biopsy", "ultrasound", "x-ray", "xray", "mri", "imaging", "evaluation", "assessment",
              "monitoring", "check"}
_TEST_MOD_REJECT = {"phone", "background", "personality", "practice", "driving", "road", "quick", "same", "other", "first",
                    "second", "next", "last", "whole", "entire", "full", "free", "new", "annual", "routine", "regular",
                    "simple", "basic", "standard", "usual", "normal", "extra", "additional", "final", "initial", "follow",
                    "follow-up", "credit", "speed", "beta", "user", "software", "reference", "paperwork", "insurance",
                    "patient", "virtual", "online", "video", "phone", "office", "lab", "labs",
                    "quality", "spot", "reality", "sound", "fit", "mic", "security", "safety", "sanity", "vibe", "gut"}
# Adjectives that judge the service, not name a test: "a smooth check-in", "an easy screening".
_EVALUATIVE = {"smooth", "easy", "fast", "great", "good", "nice", "painless", "efficient", "seamless", "thorough",
               "friendly", "simple", "quick", "speedy", "rushed", "slow", "long", "short", "awful", "terrible", "bad"}
_TEST_REJECT_HEAD_OBJ = {"check": {"insurance", "credit", "background", "reference", "spot", "security", "gut", "vibe",
                                   "reality", "sanity", "rain", "mic"},
                         # a display, not a screening test: "the wait screen", "the TV screen"
                         "screen": {"wait", "waiting", "queue", "status", "lock", "home", "touch", "splash", "login",
                                    "loading", "computer", "tv", "video", "phone", "kiosk", "lobby", "sign-in", "display",
                                    "flat", "led", "lcd", "privacy", "sun", "door", "window", "blue", "big", "movie",
                                    "projector", "laptop", "tablet", "ipad", "monitor", "board", "arrival", "welcome"}}
_FINDING_REJECT = {"number", "numbers", "option", "options", "way", "door", "kindness", "respect", "patience", "compassion",
                   "concern", "interest", "empathy", "video", "picture", "pictures", "chart", "screen", "x-rays", "xrays",
                   "office", "room", "spot", "parking", "time", "slot", "opening", "someone", "somebody", "us", "me"}
# Verbs whose subject is a test or a clinician and whose object is the finding.
_FINDING_VERBS = {"show", "reveal", "find", "confirm", "detect", "indicate", "catch", "spot", "discover", "diagnose"}
_CLINICIAN_SUBJ = {"doctor", "dentist", "optometrist", "ophthalmologist", "dermatologist", "pediatrician", "surgeon",
                   "radiologist", "cardiologist", "neurologist", "specialist", "pa", "np", "nurse", "hygienist",
                   "physician", "provider", "oncologist", "urologist", "allergist", "audiologist", "gastroenterologist",
                   "pathologist", "technician", "tech", "sonographer", "orthopedist", "podiatrist", "chiropractor"}
# A condition spreading to a body site: "spread to my neck", "radiates down his arm".
_SPREAD_VERBS = {"spread", "radiate", "travel", "shoot", "move", "extend", "creep", "crawl"}
_SPREAD_PREPS = {"to", "down", "up", "into", "across", "over", "through", "onto", "along", "around", "all"}
# Predicates strong enough to be a symptom even when the subject is "it" (a wound, a rash): "it was oozing".
_STRONG_PRONOUN_PREDICATES = {
    "oozing", "infected", "swollen", "bleeding", "draining", "throbbing", "festering", "inflamed", "itchy", "numb",
    "weeping", "crusting", "crusty", "peeling", "blistering", "blistered", "tingling", "pus", "scabbing", "bruised",
    "discolored", "purple", "leaking", "spreading", "worse", "swelling", "hurting", "aching", "burning", "itching",
}
# A body part judged as broken down: "my spine was a mess", "her knee is shot".
_WRECK_NOUNS = {"mess", "wreck", "disaster", "train", "nightmare"}
_WRECK_ADJ = {"shot", "wrecked", "trashed", "messed", "destroyed", "ruined", "jacked", "busted", "toast", "fried", "gone",
              "useless", "dead", "killing", "screwed", "misaligned", "crooked", "out"}
# A person's state that is health information: "I'm stable now", "it made him confused", "she was dizzy".
STATE_ADJECTIVES = {
    "stable", "depressed", "suicidal", "manic", "hypomanic", "confused", "dizzy", "nauseous", "nauseated", "lightheaded",
    "light-headed", "feverish", "dehydrated", "unconscious", "unresponsive", "delirious", "lethargic", "jaundiced",
    "constipated", "bloated", "congested", "disoriented", "paranoid", "psychotic", "sober", "immunocompromised",
    "anemic", "asthmatic", "infertile", "incontinent", "postpartum", "septic", "hypothermic", "wheezy", "woozy",
    "groggy", "faint", "clammy", "shaky", "feverish", "sedated", "intubated", "catatonic", "anorexic", "bulimic",
    "diabetic", "prediabetic", "pre-diabetic", "hypoglycemic", "hyperglycemic", "concussed", "paralyzed", "bedridden",
    "housebound", "homebound", "immobile", "agitated", "hallucinating", "dissociating", "panicky",
}
# "confused" and "anxious" are also everyday words; they count only with no object ("confused by the bill").
_STATE_SOFT = {"confused", "agitated", "stable", "faint", "shaky", "paranoid", "sober"}
_STATE_VERBS = {"be", "feel", "get", "become", "seem", "look", "stay", "remain", "make", "keep", "leave", "go", "turn", "act"}
_PERSON_WORDS = _PERSON_SUBJ | {"me", "him", "her", "them", "us", "grandson", "granddaughter", "brother", "sister",
                                "partner", "boyfriend", "girlfriend", "grandmother", "grandfather", "patient", "toddler",
                                "newborn", "infant", "teen", "twins", "kids", "boy", "girl"}
# Sleep and eating stopped: "I was not sleeping", "barely slept", "stopped eating".
_NEG_BEFORE = {"not", "n't", "barely", "hardly", "never", "stopped", "stop", "quit", "wasn't", "weren't", "cannot",
               "couldnt", "cant", "no", "without", "trouble", "difficulty", "struggling"}
_FUNCTION_VERBS = {"sleep", "eat", "breathe", "poop", "pee", "urinate", "swallow", "walk", "talk", "focus", "nurse",
                   "latch", "feed", "drink"}
# Injury events named by what caused them: "a rollerblading fall", "a skiing accident", "a bike crash".
_EVENT_HEADS = {"fall", "accident", "crash", "spill", "wipeout", "wreck", "collision", "mishap", "tumble"}
_EVENT_MOD_REJECT = {"system", "computer", "server", "website", "site", "portal", "app", "stock", "market", "price",
                     "software", "phone", "scheduling", "billing", "leaf", "autumn", "this", "last", "next",
                     "early", "late", "that", "every", "each", "market", "crypto", "data", "paperwork"}


def _span(doc, a: int, b: int) -> list[int]:
    return [doc[a].idx, doc[b].idx + len(doc[b]), a, b]


def is_medical_morph(tok) -> bool:
    """A word whose ending marks a condition, procedure or drug (see the module docstring)."""
    w = word_key(tok.text)
    if len(w) < 6 or not re.fullmatch(r"[a-z][a-z'-]*[a-z]", w):
        return False
    if w in _CONDITION_EXCLUDE or tok.lower_ in _CONDITION_EXCLUDE:
        return False
    if w.endswith(_CONDITION_SUFFIXES) and len(w) >= 7:
        if w.endswith(("oma", "omas")) and (tok.pos_ == "PROPN" and not tok.is_sent_start):
            return False  # place names ("Tacoma") more often than tumours in running text
        return True
    if w.endswith(_DRUG_SUFFIXES) and len(w) >= 7 and not is_common_word(w):
        return tok.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC")
    return False


def _brand_candidate(doc, i: int) -> bool:
    tok = doc[i]
    if not tok.is_alpha or len(tok) < 4 or not (tok.is_title or tok.is_upper or any(c.isupper() for c in tok.text[1:])):
        return False
    if tok.is_stop or tok.pos_ in ("PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ"):
        return False
    if is_common_word(tok.lower_):
        return False
    if i > 0 and doc[i - 1].lower_ in _NAME_TITLES:
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in _ORG_SUFFIX_AFTER:
        return False
    from app.phi.recognizers.names import known_given_names  # local: names.py is independent of health

    if tok.lower_ in known_given_names():
        return False
    if _is_carrier_or_platform(tok.text):
        return False
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if after in _MEDICATION_AFTER:
        return True
    # the nearest content word before, skipping "me/him/her ... on/to/of": "put me on X", "switched him to X"
    j = i - 1
    while j >= 0 and i - j <= 4 and doc[j].lower_ in _BRAND_SKIP:
        j -= 1
    cue = doc[j].lower_ if j >= 0 else ""
    if cue in _MEDICATION_BEFORE - {"on", "take", "took", "taking", "try", "tried", "gave"}:
        return True
    if cue in ("take", "took", "taking", "try", "tried", "trying") or doc[i - 1].lower_ == "on":
        # weaker positions ("on X", "take X"): not when spaCy sees a person or place there
        return tok.ent_type_ not in _PERSON_ENTS
    return False


_BRAND_SKIP = {"me", "him", "her", "them", "us", "on", "to", "of", "the", "a", "my", "his", "their", "some", "back",
               "generic", "brand", "name", "high", "low", "dose", "new"}


@lru_cache(maxsize=1)
def _carrier_and_platform_words() -> frozenset[str]:
    words: set[str] = set()
    for fname in ("insurance_carriers.txt", "not_phi_names.txt"):
        for line in read_lexicon(fname):
            for w in line.rstrip(" ?").split():
                words.add(w.lower())
    return frozenset(words)


def _is_carrier_or_platform(text: str) -> bool:
    return text.lower() in _carrier_and_platform_words()


def _noun_phrase(doc, j: int, limit: int = 6) -> tuple[int, int] | None:
    """The noun phrase starting at token j (determiners skipped); (first, last) or None."""
    n = len(doc)
    while j < n and doc[j].lower_ in _DET:
        j += 1
    k = j
    last = None
    while k < n and k - j < limit:
        t = doc[k]
        if t.is_punct and t.text not in ("-", "/", "'s"):
            break
        if t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "X") or t.text in ("-", "/", "'s") or (t.pos_ == "VERB" and t.tag_ in ("VBN", "VBG") and k + 1 < n and doc[k + 1].pos_ in ("NOUN", "PROPN")):
            last = k
            k += 1
            continue
        if t.lower_ in ("and", "or", "y") and last is not None and k + 1 < n and doc[k + 1].pos_ in ("NOUN", "ADJ", "PROPN"):
            k += 1
            continue
        break
    if last is None:
        return None
    heads = [word_key(t.text) for t in doc[j : last + 1] if t.pos_ in ("NOUN", "PROPN", "ADJ", "X")]
    if not heads or all(h in _GENERIC for h in heads):
        return None
    if doc[last].ent_type_ in ("PERSON", "DATE", "TIME", "GPE") and doc[j].ent_type_ in ("PERSON", "DATE", "TIME", "GPE"):
        return None
    if any(_TIME_WORDS.match(t.text) for t in doc[j : last + 1]):
        return None
    return j, last


def _not_a_test(doc, tok) -> bool:
    """A screen that displays things ("our check-in screens show the name") or a check-in, not a test."""
    nxt = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
    if word_key(tok.text) == "check" and nxt[:1] in (["-"], ["in"], ["out"]):
        return True
    if word_key(tok.text) not in ("screen",):
        return False
    before = {t.lower_ for t in doc[max(0, tok.i - 3) : tok.i]}
    return bool(before & {"in", "check-in", "computer", "tv", "lobby", "kiosk", "phone", "touch", "our", "the", "waiting"})


def _person_like(tok) -> bool:
    return tok.lower_ in _PERSON_WORDS or word_key(tok.text) in _PERSON_WORDS or (tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON")


def _left_modifiers(doc, head: int, reject: set[str], limit: int = 3) -> int | None:
    """First token of the compound/adjective modifiers right before head, or None if there are none."""
    j = head
    while j - 1 >= 0 and head - (j - 1) <= limit:
        t = doc[j - 1]
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and t.is_alpha or t.text == "-" or (t.pos_ == "VERB" and t.tag_ == "VBG"):
            if t.lower_ in reject or word_key(t.text) in reject or t.lower_ in _DET or t.is_stop:
                break
            if t.pos_ == "VERB" and t.tag_ not in ("VBG", "VBN"):
                break
            if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "ORG") or _TIME_WORDS.match(t.text):
                break
            j -= 1
            continue
        break
    while j < head and doc[j].text == "-":
        j += 1
    return j if j < head else None


def state_and_event_spans(doc, covered: list[bool], is_body) -> list[list[int]]:
    """Tests named by modifiers, findings of a test, spreading, states, wrecked body parts, injury events."""
    out: list[list[int]] = []
    n = len(doc)
    any_health_before = [False] * (n + 1)
    for i in range(n):
        any_health_before[i + 1] = any_health_before[i] or covered[i]
    for i, tok in enumerate(doc):
        low = tok.lower_
        key = word_key(tok.text)
        # a test named by its modifiers: "skin prick testing", "vision screening", "pH impedance test"
        if (key in TEST_HEADS or low in TEST_HEADS) and tok.pos_ in ("NOUN", "PROPN", "VERB") and not (tok.pos_ == "VERB" and tok.tag_ != "VBG"):
            first = _left_modifiers(doc, i, _TEST_MOD_REJECT | _TEST_REJECT_HEAD_OBJ.get(key, set()) | _GENERIC)
            # "check-in", "check out", "screen door": the head is part of another word
            nxt = doc[i + 1].lower_ if i + 1 < n else ""
            if nxt == "-" and i + 2 < n:
                nxt = doc[i + 2].lower_
            if key == "check" and nxt in ("in", "out", "ins", "outs"):
                first = None
            if first is not None and doc[first].pos_ == "ADJ" and doc[first].lower_ in _EVALUATIVE:
                first = None
            if first is not None:
                out.append(_span(doc, first, i))
        # findings of a test or a clinician: "testing showed shellfish and dust mites", "the x-ray revealed a fracture"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _FINDING_VERBS:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            ok = False
            for sj in subj:
                sub = list(sj.subtree)
                if any(covered[t.i] or (word_key(t.text) in TEST_HEADS and not _not_a_test(doc, t)) or word_key(t.text) in _CLINICIAN_SUBJ for t in sub):
                    ok = True
            if ok:
                for c in tok.children:
                    if c.dep_ in ("dobj", "obj", "ccomp", "attr"):
                        sub = [t for t in c.subtree]
                        if c.dep_ == "ccomp":
                            break
                        if len(sub) > 10 or all(word_key(t.text) in _GENERIC or t.is_stop or t.is_punct for t in sub):
                            continue
                        if c.lower_ in _FINDING_REJECT or word_key(c.text) in _FINDING_REJECT:
                            continue
                        a = sub[0].i
                        while a < sub[-1].i and doc[a].lower_ in _DET:
                            a += 1
                        out.append(_span(doc, a, sub[-1].i))
        # spreading to a body site: "it spread to my neck", "pain radiating down his left arm"
        if tok.lemma_.lower() in _SPREAD_VERBS and tok.pos_ == "VERB" and i + 2 < n and doc[i + 1].lower_ in _SPREAD_PREPS:
            for j in range(i + 2, min(i + 7, n)):
                if is_body(doc[j]):
                    if low in ("move", "moved", "moving", "travel", "traveled", "travelled") and not any_health_before[i]:
                        break
                    # "molluscum spread all over his arms": the condition right before joins the span
                    start = i - 1 if i > 0 and covered[i - 1] else i
                    out.append(_span(doc, start, j))
                    break
                if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
                    break
        # a pronoun subject with a strong symptom predicate, after a health term: "it was oozing and red"
        if low in ("it", "they", "that", "which") and any_health_before[i]:
            j = i + 1
            while j < n and j - i <= 4 and (doc[j].lower_ in _NEG_OR_AUX):
                j += 1
            if j > i + 1 and j < n and (
                doc[j].lower_ in _STRONG_PRONOUN_PREDICATES
            ) and not any(doc[k].lower_ in ("not", "n't", "never") for k in range(i + 1, j)):
                end = j
                if end + 2 < n and doc[end + 1].lower_ in ("and", "&") and (
                    doc[end + 2].lower_ in SYMPTOM_PREDICATES or doc[end + 2].lower_ in _STRONG_PRONOUN_PREDICATES
                ):
                    end += 2
                out.append(_span(doc, j, end))
        # a body part judged broken: "my spine was a mess", "his knee is shot"
        if is_body(tok) and tok.pos_ in ("NOUN", "PROPN"):
            j = i + 1
            while j < n and j - i <= 4 and doc[j].lower_ in _NEG_OR_AUX:
                j += 1
            if j > i + 1 and j < n:
                if doc[j].lower_ in ("a", "an", "total", "complete", "hot", "absolute") and j + 1 < n and doc[j + 1].lower_ in _WRECK_NOUNS:
                    out.append(_span(doc, i, j + 1))
                elif doc[j].lower_ in _WRECK_ADJ and (doc[j].lower_ != "out" or j + 1 >= n or doc[j + 1].is_punct or doc[j + 1].lower_ in ("and", "again")):
                    out.append(_span(doc, i, j))
        # a person's health state: "I'm stable now", "it made him confused", "she got dizzy"
        if (low in STATE_ADJECTIVES or key in STATE_ADJECTIVES) and tok.pos_ in ("ADJ", "VERB", "NOUN"):
            head = tok.head
            person = False
            if head.lemma_.lower() in _STATE_VERBS:
                for c in head.children:
                    if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and c.i < i and _person_like(c):
                        person = True
            if tok.dep_ in ("amod",) and _person_like(head):
                person = True  # "my confused grandmother"
            # "I'm stable", parsed with the adjective as the root and the pronoun attached to it
            if not person:
                for c in tok.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and _person_like(c):
                        person = True
            if person and low in _STATE_SOFT:
                # "confused by the bill", "anxious about the cost", "stable job"
                if any(c.dep_ in ("prep", "agent", "ccomp", "xcomp", "dobj") and c.lower_ != "now" for c in tok.children) or (
                    i + 1 < n and doc[i + 1].pos_ in ("NOUN", "PROPN")
                ):
                    person = False
            if person:
                out.append(_span(doc, i, i))
        # sleep, eating or breathing stopped: "I was not sleeping", "barely slept", "stopped eating"
        if tok.lemma_.lower() in _FUNCTION_VERBS and tok.pos_ in ("VERB", "NOUN") and i > 0:
            k = i - 1
            while k >= 0 and i - k <= 2 and doc[k].lower_ in ("really", "even", "much", "at", "all", "well", "properly", "been", "was", "were", "is"):
                k -= 1
            if k >= 0 and doc[k].lower_ in _NEG_BEFORE:
                if doc[k].lower_ in ("no", "without", "trouble", "difficulty", "struggling") and tok.tag_ not in ("VBG", "NN"):
                    continue
                if doc[k].lower_ in ("not", "n't") and tok.tag_ != "VBG":
                    continue  # "couldn't sleep" is the inability rule; "did not eat there" is not health
                if doc[k].lower_ in ("stopped", "stop", "quit") and (tok.tag_ != "VBG" or tok.lemma_.lower() in ("talk", "walk", "focus")):
                    continue  # "won't stop talking" is the opposite of a symptom
                if i + 1 < n and doc[i + 1].lower_ in ("in", "at", "here", "there", "out", "over", "with") and tok.lemma_.lower() in ("eat", "walk", "talk", "drink", "sleep"):
                    if doc[i + 1].lower_ != "at" or i + 2 >= n or doc[i + 2].lower_ != "night":
                        continue  # "not eating in the lobby", "barely talked with us"
                if tok.lemma_.lower() in ("talk", "walk", "focus", "feed", "drink") and not any_health_before[i]:
                    continue
                out.append(_span(doc, k, i))
        # an injury event named by its cause: "a rollerblading fall", "a skiing accident"
        if key in _EVENT_HEADS and tok.pos_ == "NOUN":
            first = _left_modifiers(doc, i, _EVENT_MOD_REJECT | _GENERIC, limit=2)
            if first is not None and all(doc[k].pos_ != "ADJ" or doc[k].tag_ == "VBG" or doc[k].lower_.endswith("ing") for k in range(first, i)):
                if first > 0 and doc[first - 1].lower_ in ("a", "an", "my", "his", "her", "their", "our", "the", "that", "bad", "nasty", "another"):
                    out.append(_span(doc, first, i))
    return out


# Faculties and body systems that behave like body parts when they are someone's ("my vision went blurry",
# "his memory has been slipping", "my sugar was all over the place", "her bite is still off").
FACULTIES = {
    "vision", "eyesight", "sight", "hearing", "memory", "balance", "bite", "speech", "voice", "appetite", "sleep",
    "mood", "sugar", "sugars", "pressure", "numbers", "levels", "breathing", "bowels", "period", "periods", "cycle",
    "supply", "milk", "temperature", "fever", "heart", "pulse", "smile", "posture", "gait", "coordination",
    "stamina", "energy", "weight", "digestion", "stool", "stools", "urine", "pee", "discharge", "rash", "mole",
    "scar", "incision", "stitches", "wound", "cut", "bump", "lump", "swelling", "face", "complexion", "acne",
}
# Predicates that praise how something looks; "my skin is glowing" is a compliment, not a symptom.
_PRAISE = {
    "great", "amazing", "good", "fine", "beautiful", "gorgeous", "perfect", "glowing", "fantastic", "awesome",
    "incredible", "lovely", "nice", "stunning", "natural", "wonderful", "flawless", "brighter", "whiter", "straight",
}
_POSSESSORS = {"my", "his", "her", "their", "our", "mi", "su", "sus", "mis"}


def possessed_body_predicates(doc, is_body) -> list[list[int]]:
    """Someone's body part or faculty as the subject of a predicate: the whole clause is the symptom.

    "my vision went blurry", "lips blew up" (after "her"), "his memory has been slipping", "my throat got
    tight", "her bite is still off", "my skin is 90% clear". The subject must be possessed by a person
    (my/his/her/their/our), so "the chair was comfy" and "the front tooth model" never match; praise of how
    something looks ("my teeth look amazing") is left out, as the labelling rules do.
    """
    out: list[list[int]] = []
    n = len(doc)
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not (is_body(tok) or word_key(tok.text) in FACULTIES or tok.lower_ in FACULTIES):
            continue
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSORS]
        if not poss and not (tok.i > 0 and doc[tok.i - 1].lower_ in _POSSESSORS):
            continue
        head = tok.head
        if head is tok or head.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        # the predicate: the head and its complements, up to the clause's end (at most 8 tokens after the subject)
        end = head.i
        for c in head.children:
            if c.i > head.i and c.dep_ in ("acomp", "attr", "oprd", "prt", "dobj", "xcomp", "advmod"):
                end = max(end, max(t.i for t in c.subtree))
        end = min(end, tok.i + 8)
        while end > head.i and (doc[end].is_punct or doc[end].lower_ in ("and", "but", "or", "so")):
            end -= 1
        pred = {t.lower_ for t in doc[head.i : end + 1]} | {head.lemma_.lower()}
        if pred & _PRAISE and not pred & {"not", "n't", "never", "no"}:
            continue
        if head.lemma_.lower() in ("have", "get") and end == head.i:
            continue
        if head.lower_ == "done" and tok.lower_ in _NOT_PROCEDURE_OBJECTS:
            continue  # "got my nails done": grooming, not care
        start = min([tok.i] + [p.i for p in poss])
        if start > 0 and doc[start - 1].lower_ in _POSSESSORS:
            start -= 1
        if end >= tok.i and end < n:
            out.append(_span(doc, start, end))
    return out


# A symptom told by a simile: "pain like being stabbed", "light feeling like knives", "swell up like a balloon".
_SIMILE_TRIGGERS = {"feel", "feels", "felt", "feeling", "pain", "pains", "hurt", "hurts", "hurting", "ache", "aches",
                    "burn", "burns", "burning", "throb", "throbbing", "swell", "swelled", "swollen", "swelling",
                    "pressure", "stabbing", "shooting", "pounding", "squeezing", "tight", "tightness"}


def simile_symptoms(doc, covered: list[bool], is_body) -> list[list[int]]:
    """A symptom word or a feeling with "like <something>" after it: the whole comparison is the symptom."""
    out: list[list[int]] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.lower_ not in ("like", "as") or i == 0:
            continue
        if tok.lower_ == "as" and not (i + 1 < n and doc[i + 1].lower_ == "if"):
            continue
        window = doc[max(0, i - 4) : i]
        trig = [t for t in window if t.lower_ in _SIMILE_TRIGGERS or covered[t.i] or is_body(t)]
        if not trig or not any(t.lower_ in _SIMILE_TRIGGERS for t in window):
            continue
        # "felt like a failure", "feel like we were rushed": an opinion, not a symptom
        j = i + 1
        if j < n and doc[j].lower_ == "if":
            j += 1
        if j < n and doc[j].lower_ in _SIMILE_SELF:
            continue  # "feel more like themselves", "felt like new", "feel like family"
        if j < n and doc[j].pos_ in ("NOUN", "PROPN") and (doc[j].lemma_.lower() in _SIMILE_OPINION_NOUNS or doc[j].lower_ in _SIMILE_OPINION_NOUNS):
            continue  # "feel like partners in their own care", "treated like cattle"
        if j < n and doc[j].lower_ in ("i", "we", "they", "you", "he", "she", "it", "a", "an", "the", "nobody", "no", "one",
                                       "my", "our", "their", "this", "that", "nothing", "someone", "somebody"):
            head = doc[j + 1] if doc[j].lower_ in ("a", "an", "the", "my") and j + 1 < n else None
            if head is None or head.lemma_.lower() in _SIMILE_OPINION_NOUNS or head.pos_ not in ("NOUN", "ADJ"):
                if not (doc[j].lower_ in ("someone", "somebody") or (head is not None and head.lower_ in _SIMILE_BODY_IMAGES)):
                    continue
        end = j
        while end < n and end - i <= 7 and not doc[end].is_punct and doc[end].lower_ not in ("and", "but", "so", "because"):
            end += 1
        if end > i + 1:
            out.append(_span(doc, trig[0].i, end - 1))
    return out


_SIMILE_SELF = {"themselves", "himself", "herself", "yourself", "myself", "ourselves", "yourselves", "new", "normal",
               "family", "home", "me", "you", "us", "them", "him", "her", "royalty", "vip", "old"}
_SIMILE_OPINION_NOUNS = {"failure", "number", "burden", "criminal", "idiot", "child", "nuisance", "joke", "liar",
                         "afterthought", "inconvenience", "drug", "addict", "person", "human", "customer", "patient",
                         "ghost", "home", "family", "friend", "waste", "lifetime", "eternity", "forever", "year",
                         "month", "week", "day", "hour", "minute", "cattle", "herd", "assembly", "factory", "machine",
                         "partner", "partners", "guest", "guests", "member", "members", "equal", "equals", "stranger",
                         "strangers", "people", "vip", "vips", "royalty", "celebrity", "priority", "teammate", "insider",
                         "outsider", "intruder", "suspect", "kid", "kids", "student", "students", "client", "clients",
                         "customers", "patients", "friends", "neighbor", "neighbors", "neighbour", "neighbours", "team",
                         "community", "individual", "individuals", "adult", "adults", "grown-up", "grown-ups", "pro"}
_SIMILE_BODY_IMAGES = {"knife", "knives", "elephant", "brick", "balloon", "fire", "needles", "glass", "sandpaper",
                       "razor", "razors", "vice", "truck", "hammer", "lightning", "electricity", "bee", "wasp",
                       "golf", "grapefruit", "melon", "rock", "zombie"}


def extra_spans(doc, covered: list[bool], is_body) -> list[list[int]]:
    out: list[list[int]] = state_and_event_spans(doc, covered, is_body)
    out += possessed_body_predicates(doc, is_body)
    out += simile_symptoms(doc, covered, is_body)
    n = len(doc)
    for i, tok in enumerate(doc):
        low = tok.lower_
        # morphology and brand names
        if not covered[i] and tok.is_alpha and (is_medical_morph(tok) or _brand_candidate(doc, i)):
            out.append(_span(doc, i, i))
        # cue phrases
        if low in _CUE_FIRST:
            for seq, kind in _CUES:
                m = len(seq)
                if i + m <= n and all(doc[i + k].lower_ == seq[k] for k in range(m)):
                    start = i + m
                    if kind == "np_poss":
                        start = i + m  # possessive already consumed
                    np = _noun_phrase(doc, start)
                    if np:
                        out.append(_span(doc, np[0], np[1]))
                    break
        # "for my X" after a treatment word
        if low == "for" and i + 2 < n and doc[i + 1].lower_ in ("my", "his", "her", "their", "our", "mi", "su"):
            window = {word_key(t.text) for t in doc[max(0, i - 4) : i]} | {t.lower_ for t in doc[max(0, i - 4) : i]}
            if window & _FOR_HEADS:
                np = _noun_phrase(doc, i + 2, limit=4)
                if np:
                    out.append(_span(doc, np[0], np[1]))
        # measurements
        keys = set(token_keys(tok))
        is_measure = bool(keys & _MEASURES) or (
            bool(keys & _MEASURE_HEADS) and i > 0 and bool(set(token_keys(doc[i - 1])) & _MEASURE_MODS)
        )
        if is_measure and not (low in ("sat", "temp", "beta", "iron", "vitamin", "fever") and tok.pos_ == "VERB"):
            first = i - 1 if (keys & _MEASURE_HEADS and i > 0) else i
            for j in range(i + 1, min(i + 8, n)):
                t = doc[j]
                if _VALUE_RE.match(t.text):
                    nxt = doc[j + 1].lower_ if j + 1 < n else ""
                    if nxt in _BAD_AFTER_VALUE or (j > 0 and doc[j - 1].text == "$"):
                        break
                    end = j + 1 if nxt == "%" else j
                    out.append(_span(doc, first, end))
                    break
                if t.lower_ not in _VALUE_GLUE and word_key(t.text) not in _VALUE_GLUE:
                    break
        # symptom predicate with a body-part subject ("my foot was purple", "knees don't ache")
        if is_body(tok) and tok.pos_ in ("NOUN", "PROPN"):
            j = i + 1
            while j < n and j - i <= 5 and (doc[j].lower_ in _NEG_OR_AUX or doc[j].lower_ in ("been",)):
                j += 1
            if j > i + 1 or (j < n and doc[j].pos_ == "VERB"):
                if j < n and (doc[j].lower_ in SYMPTOM_PREDICATES or doc[j].lemma_.lower() in SYMPTOM_PREDICATES):
                    start = i
                    while start > 0 and (doc[start - 1].lower_ in ("left", "right", "upper", "lower", "front", "back", "my", "his", "her") or (doc[start - 1].pos_ == "ADJ" and start - 1 >= i - 2)):
                        if doc[start - 1].lower_ in ("my", "his", "her"):
                            break
                        start -= 1
                    end = j
                    if end + 2 < n and doc[end + 1].lower_ in ("and", "&") and (doc[end + 2].lower_ in SYMPTOM_PREDICATES):
                        end += 2
                    out.append(_span(doc, start, end))
        # inability ("couldn't breathe", "could not see out of my left eye")
        for seq in (_CANNOT_LONGEST_FIRST if low in _CANNOT_FIRST else ()):
            m = len(seq)
            if i + m < n and all(doc[i + k].lower_ == seq[k] for k in range(m)):
                v = i + m
                while v + 1 < n and doc[v].lower_ in ("even", "really", "properly", "fully", "actually"):
                    v += 1  # "couldn't even turn my head"
                verb = doc[v].lemma_.lower() if doc[v].lemma_ else doc[v].lower_
                if verb not in _CANNOT_ALWAYS and doc[v].lower_ not in _CANNOT_ALWAYS and not (
                        verb in _ADL_VERBS and any(doc[k].lower_ in _ADL_OBJECTS for k in range(v + 1, min(v + 6, n)))):
                    break
                end = v
                body_end = None
                for k in range(v + 1, min(v + 7, n)):
                    if doc[k].is_punct:
                        break
                    if is_body(doc[k]):
                        body_end = k
                        break
                clause_end = v + 1 >= n or doc[v + 1].is_punct or doc[v + 1].lower_ in ("and", "or", "for", "without", "at", "because", "anymore", "well", "right", "straight")
                # the everyday object of the task, within the clause ("couldn't open a jar")
                adl_end = next((k for k in range(v + 1, min(v + 6, n)) if doc[k].is_punct and doc[k].text != "-"
                                or doc[k].lower_ in _ADL_OBJECTS), None)
                if adl_end is not None and doc[adl_end].is_punct:
                    adl_end = None
                if body_end is not None:
                    end = body_end
                elif adl_end is not None and verb in _ADL_VERBS:
                    end = adl_end
                elif verb in _CANNOT_NEEDS_BODY or doc[v].lower_ in _CANNOT_NEEDS_BODY:
                    if not clause_end or verb in ("eat", "talk", "speak", "sit", "remember", "open", "close"):
                        break
                elif not clause_end and verb not in ("breathe", "swallow", "walk", "pee", "urinate", "bear", "button", "reach",
                                                     "dress", "tie", "latch", "nurse", "poop", "chew", "sleep", "focus",
                                                     "concentrate", "climb", "kneel", "squat"):
                    break
                if verb == "reach" and body_end is None and any(
                        doc[k].lower_ in _REACH_PEOPLE for k in range(v + 1, min(v + 5, n))):
                    break  # "trouble reaching our billing office": getting hold of people, not a faculty
                if verb in ("reach", "see", "hear") and v + 1 < n and doc[v + 1].lower_ in _NOT_A_FACULTY_OBJECT:
                    break  # "trouble reaching us", "couldn't see anyone": getting hold of people, not a faculty
                out.append(_span(doc, i, end))
                break
        # regained abilities: "now I can make a fist and grip a pallet jack again", "I can finally tie my own shoes
        # again" (a task verb after "can/could/able to", with "again" in the same clause)
        if low in ("can", "could", "able") and tok.pos_ in ("AUX", "VERB", "ADJ") and not (i + 1 < n and doc[i + 1].lower_ in ("n't", "not", "nt", "’t")) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _PERSON_SUBJ and c.pos_ != "PROPN"
                            for c in tok.head.children):  # "patients can climb the stairs again now that ..."
            v = i + 1
            if low == "able" and v < n and doc[v].lower_ == "to":
                v += 1
            while v < n and doc[v].lower_ in ("finally", "now", "actually", "even", "already", "once", "still", "also"):
                v += 1
            if v < n and doc[v].pos_ == "VERB" and doc[v].lemma_.lower() in _REGAINED_VERBS:
                again = next((k for k in range(v + 1, min(v + 16, n)) if doc[k].lower_ == "again" or (
                    doc[k].lower_ == "first" and k + 2 < n and doc[k + 1].lower_ == "time" and doc[k + 2].lower_ in ("in", "since"))
                    or doc[k].is_punct and doc[k].text in ".!?;"), None)
                regained = again is not None and not doc[again].is_punct
                if regained and (any(is_body(doc[k]) or doc[k].lower_ in _ADL_OBJECTS for k in range(v, again)) or (
                        again == v + 1 and doc[v].lemma_.lower() in _CANNOT_ALWAYS)):
                    last = again - 1
                    while last > v and doc[last].lower_ in ("the", "for", "a", "my", ",", "and"):
                        last -= 1
                    out.append(_span(doc, v, last))
        # a procedure had done: "got my lips done", "had the laser done on my left leg" (not nails, hair, brows)
        if low == "done" and i >= 2:
            k0 = next((k for k in range(i - 1, max(-1, i - 5), -1) if doc[k].lemma_.lower() in ("have", "get")), None)
            if k0 is not None and k0 + 1 < i:
                obj = [t for t in doc[k0 + 1 : i] if t.pos_ in ("NOUN", "PROPN")]
                on_body = i + 2 < n and doc[i + 1].lower_ == "on" and doc[i + 2].lower_ in ("my", "his", "her", "their")
                body_after = None
                if on_body:
                    body_after = next((k for k in range(i + 3, min(i + 6, n)) if is_body(doc[k])), None)
                if obj and obj[-1].lower_ not in _NOT_PROCEDURE_OBJECTS and (is_body(obj[-1]) or body_after is not None):
                    out.append(_span(doc, obj[0].i, body_after if body_after is not None else i))
        # a function back for the first time in a while: "I'm breathing through my nose for the first time in years"
        if tok.lemma_.lower() in _FIRST_TIME_FUNCTIONS and tok.pos_ == "VERB" and i > 0 \
                and doc[i - 1].lower_ in ("i", "he", "she", "they", "'m", "am", "is", "'s", "are", "'re", "finally", "now", "can"):
            first = next((k for k in range(i + 1, min(i + 9, n)) if doc[k].lower_ == "first" and k + 2 < n
                          and doc[k + 1].lower_ == "time" and doc[k + 2].lower_ in ("in", "since")), None)
            if first is not None and not any(doc[k].is_punct for k in range(i + 1, first)):
                last = first - 1
                while last > i and doc[last].lower_ in ("for", "the"):
                    last -= 1
                out.append(_span(doc, i, last))
        # a fall at the end of a clause: "she tried to get to the bathroom alone and fell."
        if tok.lemma_.lower() == "fall" and tok.lower_ in ("fell", "falls", "fallen") and tok.pos_ == "VERB" and (
                i + 1 >= n or doc[i + 1].is_punct or (doc[i + 1].lower_ in ("again", "twice", "down", "hard")
                                                      and (i + 2 >= n or doc[i + 2].is_punct))):
            # the subject, climbing through "tried to stand ... and fell" (conj, xcomp) at most three steps
            node, subj = tok, []
            for _ in range(4):
                subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj or node.dep_ not in ("conj", "xcomp") or node.head is node:
                    break
                node = node.head
            if subj and (subj[0].lower_ in _PERSON_SUBJ or subj[0].pos_ == "PROPN"):
                out.append(_span(doc, i, i + 1 if i + 1 < n and doc[i + 1].lower_ in ("down", "hard") else i))
        # a function back: "finally sleeping again", "I sleep again", "she's walking again"
        if tok.lemma_.lower() in _AGAIN_FUNCTIONS and tok.pos_ == "VERB" and i + 1 < n and doc[i + 1].lower_ == "again" and i > 0 \
                and doc[i - 1].lower_ in ("i", "he", "she", "they", "finally", "now", "'m", "am", "is", "'s", "are", "'re", "was",
                                          "actually", "even", "already") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _PERSON_SUBJ and c.pos_ != "PROPN"
                            for c in tok.children):  # "the parking shuttle is running again"
            out.append(_span(doc, i, i + 1))
        # not cleared for a task: "now Mom is not allowed to drive", "I was told not to lift anything"
        if low in ("allowed", "cleared", "permitted", "supposed") and i >= 1 and doc[i - 1].lower_ in ("not", "n't") \
                and i + 2 < n and doc[i + 1].lower_ == "to" and doc[i + 2].lemma_.lower() in ("drive", "lift", "fly", "swim",
                                                                                               "shower", "bathe"):
            out.append(_span(doc, i - 1, i + 2))
        # losses ("lost all my hair", "lost my voice")
        if low in ("lost", "losing", "lose") and i + 1 < n:
            for k in range(i + 1, min(i + 5, n)):
                kk = word_key(doc[k].text)
                if kk in _LOSS_OBJECTS:
                    if kk in ("weight", "pound") and not any(t.like_num for t in doc[i + 1 : k]):
                        break
                    if kk in ("mind",):
                        break
                    out.append(_span(doc, i, k))
                    break
                if doc[k].lower_ not in ("my", "his", "her", "all", "of", "the", "a", "some", "our", "their", "most", "sense", "both",
                                         "front", "back", "top", "bottom", "left", "right", "two", "upper", "lower",
                                         "that", "so", "much", "too", "lot", "lots") and not doc[k].like_num:
                    break
        # falls ("fell off a ladder", "slipped on the ice")
        if tok.lemma_.lower() in ("fall", "slip", "trip", "tumble") and tok.pos_ == "VERB" and i + 1 < n and doc[i + 1].lower_ in _FALL_PREPS:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            elided = not subj and (i == 0 or doc[i - 1].is_punct or doc[i - 1].is_sent_start and doc[i - 1].is_punct)
            hedged = i > 0 and doc[i - 1].lower_ in ("nearly", "almost", "never", "not", "n't", "could", "would", "might")
            if not hedged and (elided or (subj and (subj[0].lower_ in _PERSON_SUBJ or subj[0].pos_ == "PROPN"))):
                np = _noun_phrase(doc, i + 2, limit=4)
                if np and not any(_TIME_WORDS.match(t.text) or word_key(t.text) in _FALL_REJECT for t in doc[np[0] : np[1] + 1]) and doc[np[1]].ent_type_ not in ("DATE", "TIME"):
                    out.append(_span(doc, i, np[1]))
        # weight change: "down 38 pounds", "lost 40 lbs", "gained 30 pounds"
        if low in ("down", "lost", "dropped", "gained", "lose", "losing", "gaining", "gain") and i + 2 < n and doc[i + 1].like_num:
            if doc[i + 2].lower_ in ("pounds", "pound", "lbs", "lb", "kg", "kilos", "libras"):
                out.append(_span(doc, i + 1, i + 2))
        # pregnancy timing: "miscarriage at 9 weeks", "pregnant with twins at 12 weeks"
        if word_key(tok.text) in _PREGNANCY_WORDS:
            for j in range(i + 1, min(i + 6, n - 2)):
                if doc[j].is_punct:
                    break
                if doc[j].lower_ in ("at", "of", "de") and doc[j + 1].like_num and doc[j + 2].lower_ in ("weeks", "wks", "semanas", "months", "meses"):
                    out.append(_span(doc, j + 1, j + 2))
                    break
        # foreign bodies: "a fishhook stuck in my earlobe", "glass lodged in his foot"
        if low in ("stuck", "lodged", "embedded", "caught") and i + 3 < n and doc[i + 1].lower_ in ("in", "inside") and doc[i + 2].lower_ in ("my", "his", "her", "their", "our"):
            for j in range(i + 3, min(i + 6, n)):
                if is_body(doc[j]):
                    start = i - 1 if i > 0 and doc[i - 1].pos_ in ("NOUN", "PROPN") else i
                    out.append(_span(doc, start, j))
                    break
        # Spanish: "me quitaron la vesícula", "me sacaron el nervio"
        if low == "me" and i + 1 < n and doc[i + 1].lower_ in _ES_PROC_VERBS:
            j = i + 2
            while j < n and doc[j].lower_ in _ES_DET:
                j += 1
            if j < n and doc[j].is_alpha and doc[j].lower_ not in _ES_REJECT and not re.search(r"(?:ar|er|ir)$", doc[j].lower_):
                end = j
                if end + 2 < n and doc[end + 1].lower_ in ("de", "del") and doc[end + 2].is_alpha and doc[end + 2].lower_ not in _ES_DET:
                    end += 2
                out.append(_span(doc, i, end))
        if low in ("sacar", "matar", "quitar", "operar") and i + 2 < n and doc[i + 1].lower_ in _ES_DET and doc[i + 2].is_alpha and doc[i + 2].lower_ not in _ES_REJECT:
            out.append(_span(doc, i, i + 2))
        # "embarazada de 28 semanas", "28 weeks pregnant"
        if low in ("embarazada", "pregnant") and i + 3 < n and doc[i + 1].lower_ in ("de", "with") and doc[i + 2].like_num:
            out.append(_span(doc, i, i + 3))
        if low == "pregnant" and i >= 2 and doc[i - 2].like_num and doc[i - 1].lower_ in ("weeks", "months", "wks"):
            out.append(_span(doc, i - 2, i))
    return out
