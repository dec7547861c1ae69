"""Word-level helpers shared by the rules: tokenizing, stemming, stop and generic words, concept groups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

# Words with letters (any Latin script, so Spanish works), digits, and inner
# apostrophes/hyphens. "$400" yields "400"; "teeth's" yields "teeth's".
_WORD_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)?")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text with its Python str offsets (end exclusive)."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str, offset: int = 0) -> list[Word]:
    """Split text into words with offsets relative to offset."""
    return [Word(m.start() + offset, m.end() + offset, m.group()) for m in _WORD_RE.finditer(text)]


# Irregular plurals and past forms that a suffix stripper cannot join.
_IRREGULAR = {
    "teeth": "tooth",
    "feet": "foot",
    "children": "child",
    "kids": "kid",
    "women": "woman",
    "men": "man",
    "lost": "lose",
    "loss": "lose",
    "broke": "break",
    "broken": "break",
    "bled": "bleed",
    "fell": "fall",
    "fallen": "fall",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "wives": "wife",
    "moms": "mom",
    "dying": "die",
    "died": "die",
    "death": "die",
    "dead": "die",
    "surgical": "surgery",
    "surgeries": "surgery",
    "pregnant": "pregnancy",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "eleven": "11",
    "twelve": "12",
}

# Longest first. Stems must keep at least 4 characters, so short words survive intact.
_SUFFIXES = (
    "izations", "ization", "ations", "ation", "itions", "ition", "ments", "ment",
    "ings", "ing", "ions", "ion", "ness", "ities", "ity", "ies", "ied", "ed", "es", "ly", "s",
)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A cheap, deterministic stem: extracted/extraction/extracts -> extract, teeth -> tooth."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    w = w.replace(",", "")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.isdigit():
        return w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if suffix in ("ies", "ied", "ities"):
                w += "y"
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # "stopped" -> "stopp" -> "stop"
        w = w[:-1]
    return w


# Words that are never evidence of an echo on their own: the corpus README's
# "generic words", provider role nouns, routine specialty words, and everyday
# review vocabulary that practice-wide replies legitimately use.
GENERIC_WORDS = frozenset(
    """
    care dental medical doctor doctors dr dentist dentists visit visits appointment appointments session sessions
    procedure procedures treatment treatments meds medication medications prescription prescriptions result results
    imaging records record intake lab labs office offices staff team front desk patient patients experience experiences
    time times day days week weeks month months year years hour hours minute minutes today tomorrow yesterday
    good great bad new old nice best worst first last next additional only actually maybe really just even still
    place clinic practice nurse nurses therapist therapists psychiatrist chiropractor chiro hygienist provider
    providers physician physicians surgeon pa np md dds rn receptionist manager assistant tech technician
    call calls called phone phones wait waited waiting hold message messages portal bill billed billing charge
    charged cost costs paid pay price prices insurance website online booking booked book schedule scheduled
    scheduling review reviews star stars thank thanks thankful love loved amazing wonderful kind friendly rude
    people person everyone anyone someone home help helped feel felt life work job health healthy
    pain hurt sick well better fine okay ok kid kids child children family families parent parents son daughter
    mom dad mother father husband wife baby
    zocdoc google yelp healthgrades facebook er hospital urgent emergency room lobby waiting
    mr mrs ms miss sir madam
    evaluation evaluations assessment assessments consult consults consultation consultations checkup checkups
    exam exams thorough careful comprehensive detailed gentle
    """.split()
)

_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_WORDS)


def is_content_word(word: str) -> bool:
    """True if the word could carry a disclosed detail (not a stop or generic word)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in STOP_WORDS or w in GENERIC_WORDS or w in _ES_FUNCTION_WORDS:
        return False
    if w.isdigit():
        return True
    if len(w) < 3:
        return False
    return stem(w) not in _GENERIC_STEMS


def key_of(word: str) -> str:
    """The comparison key of a word (its stem)."""
    return stem(word)


# Role words that, right before a name, mark it as the practice's staff (PROVIDER),
# not the reviewer or their family.
STAFF_TITLE_RE = re.compile(
    r"\b(?:dr|doctor|dra|nurse|np|pa|pa-c|rn|lpn|ma|hygienist|therapist|injector|technician|tech|receptionist|"
    r"assistant|surgeon|dentist|physician|provider|counselor|counsellor|midwife|coordinator|manager|scheduler|"
    r"director|administrator|chiropractor|optometrist|audiologist|esthetician|aesthetician|pharmacist|"
    r"psychiatrist|psychologist|pediatrician|dermatologist|doc)\.?\s*$",
    re.IGNORECASE,
)

# Role nouns for the practice's people, English and Spanish, including abbreviations reviewers use ("my PT",
# "the RT") and desk roles ("the front desk girl"). A capitalised name right next to one names a member of staff,
# in a review ("nurse Tomasz", "Marcus at the front desk", "Jolene, my hygienist") and in a reply ("our office
# manager, Priya Natarajan", "nuestra coordinadora, Marisa Quiñones"). Data: extend by adding words.
_ROLE_ALT = (
    r"dr|dra|doctor|doctora|doc|nurse|np|pa|pa-c|rn|lpn|cna|pt|ot|rt|slp|crna|hygienist|therapist|injector|"
    r"technician|tech|receptionist|assistant|surgeon|dentist|physician|provider|counsel(?:l)?or|midwife|doula|"
    r"coordinator|manager|scheduler|director|administrator|chiropractor|optometrist|optician|audiologist|"
    r"esthetician|aesthetician|pharmacist|psychiatrist|psychologist|pediatrician|dermatologist|acupuncturist|"
    r"phlebotomist|sonographer|radiographer|anesthesiologist|podiatrist|orthodontist|navigator|liaison|officer|"
    r"lead|supervisor|advocate|representative|biller|trainer|coach|instructor|aide|scribe|specialist|"
    r"front[\s-]desk(?:\s+(?:girl|lady|guy|woman|man|person|gal|staff))?|desk\s+(?:girl|lady|guy|person)|"
    r"billing\s+(?:lady|guy|person|specialist|coordinator)|"
    r"coordinadora?|gerente|administradora?|recepcionista|enfermer[oa]|asistente|directora?|encargad[oa]|"
    r"terapeuta|higienista|t[eé]cnic[oa]"
)
# A name: one to three capitalised words (Latin letters, inner hyphens and apostrophes: "Mei-Lin", "O'Neil").
_NAME = r"(?-i:[A-ZÁÉÍÓÚÑÜ][a-záéíóúñüA-Z'’]*(?:-[A-Z][a-záéíóúñü]+)?)"
_NAME_RUN = rf"({_NAME}(?:\s+{_NAME}){{0,2}})"

# "<role> Name" and "<role>, Name": the name follows the role.
STAFF_NAME_AFTER_ROLE_RE = re.compile(rf"\b(?:{_ROLE_ALT})\.?\s*,?\s+{_NAME_RUN}", re.IGNORECASE)
# "Name at the front desk", "Name, my hygienist", "Name (the PA)", "Name the receptionist", "Name in billing".
STAFF_NAME_BEFORE_ROLE_RE = re.compile(
    rf"(?<![\w-]){_NAME_RUN}(?:\s+(?:at|from|in|on|behind)\s+(?:the\s+)?(?:front[\s-]desk|desk|reception|check-?in|"
    rf"check-?out|billing|scheduling|registration)\b|\s*,\s*(?:the|our|my|his|her|their)\s+(?:[\w-]+\s+)?(?:{_ROLE_ALT})\b|"
    rf"\s+\((?:the\s+|our\s+|my\s+)?(?:{_ROLE_ALT})\)|\s+the\s+(?:{_ROLE_ALT})\b)",
    re.IGNORECASE,
)
# "sessions of acupuncture with Name", "my appointment with Name", "seen by Name", "worked with Name": the person
# who gave the care.
STAFF_NAME_SERVICE_RE = re.compile(
    rf"\b(?:sessions?|appointments?|appts?|visits?|consults?|consultations?|therapy|treatments?|cleanings?|exams?|"
    rf"adjustments?|fittings?|injections?|massages?|classes)\s+(?:[\w-]+\s+){{0,3}}?(?:with|by)\s+{_NAME_RUN}|"
    rf"\b(?:seen|treated|examined|helped|fitted|adjusted|checked\s+in)\s+by\s+{_NAME_RUN}|\bworked\s+with\s+{_NAME_RUN}",
    re.IGNORECASE,
)


# A capitalised name that a frame marks as the practice: "- The team at Lakeview Allergy & Asthma", "all of us at
# Cedar Sleep Center", "the Northside Kidney Care team".
_PRACTICE_FRAME_RE = re.compile(
    r"(?:^|(?<=[\n—–-])|(?<=[\n—–-]\s)|(?<=\bfrom\s)|(?<=,\s))(?:[Tt]he\s+|[Oo]ur\s+)?(?:[Tt]eam|[Ss]taff|[Aa]ll\s+of\s+us|"
    r"[Ee]veryone|[Pp]roviders|[Dd]octors)\s+(?:here\s+)?at\s+"
    r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:&|and|of|de|la|del)\s+)?[A-Z][\w'’.-]*){0,5})|"
    r"(?:^|(?<=[\n—–-])|(?<=[\n—–-]\s)|(?<=,\s))[Tt]he\s+([A-Z][\w'’.-]*(?:\s+(?:(?:&|and|of)\s+)?[A-Z][\w'’.-]*){0,4})"
    r"\s+(?:team|staff)\b"
)


def practice_name_runs(text: str) -> list[tuple[int, int]]:
    """The practice's name where a frame says so ("the team at Lakeview Allergy & Asthma")."""
    out = []
    for m in _PRACTICE_FRAME_RE.finditer(text):
        g = 1 if m.group(1) else 2
        out.append(m.span(g))
    return out


def staff_name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of names the text itself places next to a staff role or a service ("nurse Tomasz", "your session with
    Mei-Lin", "our office manager, Priya Natarajan"). Callers still check family cues ("my son Leo")."""
    out: list[tuple[int, int]] = []
    for rx in (STAFF_NAME_AFTER_ROLE_RE, STAFF_NAME_BEFORE_ROLE_RE, STAFF_NAME_SERVICE_RE):
        for m in rx.finditer(text):
            for i in range(1, (rx.groups or 0) + 1):
                if m.group(i) is not None:
                    out.append((m.start(i), m.end(i)))
    return out


# Everyday reply and operational vocabulary that also occurs inside disclosed phrases ("contact lens",
# "speech delay", "racing heart", "hearing aids", "high blood pressure", "walking pneumonia", "tested positive",
# "suicidal thoughts", "running nose", "cholesterol numbers"). In a reply these words are almost always the
# ordinary word ("please contact", "delays", "take it to heart", "sorry to hear", "running behind"). They are
# soft keys: they never make an echo on their own when the disclosed phrase has a more specific word (the
# phrase's core must come back), and a phrase made only of soft words matches only in the same surface form used
# as a noun or adjective, never as a verb ("walks into" is not "walks with a cane"). Data: extend by adding words.
SOFT_WORDS = frozenset(
    """
    contact contacts delay delays delayed hear hears heard hearing expect expects expected expecting high higher
    low lower positive positives negative negatives thought thoughts think run runs running ran walk walks walking
    walked number numbers heart hearts feel feels feeling feelings touch concern concerns issue issues problem
    problems support supported supporting help helping question questions answer answers listen listening improve
    improved improving improvement change changes changed plan plans follow following late long short hard easy
    difficult serious worry worried worries stress stressed trust side sides front back top bottom open close
    closed clear check checked checking control treat treated treating pressure level levels rate rates count
    counts step steps process progress condition conditions history test tests testing scan scans result review
    exam exams screening work working worked home return returned returning leave left right stay stayed
    stand standing sit sitting bed beds rest sleep sleeping eat eating drink drinking move moving moved
    strong stronger weak weaker fast faster slow slower quick quickly early earlier sudden suddenly
    bad worse worst severe mild minor major big small little tiny huge extreme terrible horrible awful
    constant regular routine annual first second third new old recent current chronic acute sharp dull
    visible full empty light heavy warm cold hot dry wet red swollen sore tender normal abnormal
    racing pounding spreading growing confusion confusión confused frustration frustrated upset anxious nervous
    double checks pass passes passed passing along share shared sharing like likes liked
    word words saying say referral referrals consult consults consultation consultations evaluation evaluations
    order orders group groups management exercise exercises program programs class classes
    """.split()
)


def is_soft_word(word: str) -> bool:
    """True for everyday reply vocabulary that alone is no evidence of an echo (see SOFT_WORDS)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w in SOFT_WORDS


# Fixed expressions in a reply whose words never echo the review ("we take this to heart"). Regexes over the
# draft, case-insensitive. Data: extend by adding rows.
ECHO_IDIOMS = re.compile(
    r"\b(?:take|takes|took|taking|taken)\s+(?:it|this|that|these|them|your\s+\w+|every\s+\w+|all\s+\w+|feedback"
    r"(?:\s+like\s+this)?)\s+to\s+heart\b|"
    r"\bfrom\s+the\s+(?:bottom\s+of\s+(?:our|my)\s+)?hearts?\b|\bat\s+the\s+heart\s+of\b|\bhas\s+a\s+heart\b|"
    r"\b(?:our|my)\s+hearts?\s+(?:go|goes|went)\s+out\b|"
    r"\b(?:sorry|glad|happy|thrilled|sad|disappointed|delighted|pleased)\s+to\s+hear\b|\bhear(?:ing)?\s+from\s+you\b|"
    r"\b(?:feel|feels|felt|feeling|be|being)\s+(?:truly\s+|fully\s+|really\s+)?(?:heard|seen)\b|"
    r"\b(?:kind|warm|lovely|generous|sweet|nice|thoughtful|encouraging|beautiful|amables|bonitas|lindas)\s+(?:words|palabras)\b|"
    r"\brunning\s+(?:behind|late|on\s+time|smoothly)\b|\bwalk(?:s|ed|ing)?\s+(?:in|into|through|us\s+through|you\s+through)\b|"
    r"\bkeep\s+(?:you|everyone|people|patients)\s+(?:informed|posted|updated)\b|\bget\s+(?:in\s+)?touch\b|"
    r"\bfollow(?:ing)?\s+up\s+(?:with\s+(?:you|us)|on\s+(?:this|your\s+(?:feedback|concerns?|comments?)))\b|"
    r"\b(?:contact|reach)\s+(?:us|me|our|the)\b|\bpoint\s+of\s+contact\b|"
    r"\bour\s+(?:phone\s+)?number\b|\bphone\s+number\b|\bnumber\s+(?:of|one)\b",
    re.IGNORECASE,
)

# Words that end an organisation name ("Maple Grove Family Dental", "Birchwood Pediatrics"). A capitalised run
# ending in one is the practice (or another organisation), not the reviewer's name or place.
ORG_WORDS = frozenset(
    """
    dental dentistry clinic clinics medical medicine health healthcare center centre care pediatrics pediatric
    dermatology orthopedics orthopaedics optometry eyecare vision chiropractic associates group practice partners
    hospital physicians surgery surgical therapy spa medspa aesthetics wellness smiles smile orthodontics
    cardiology gastroenterology podiatry audiology hearing urgent family institute office offices labs lab
    counseling psychiatry obgyn women's womens fertility sleep ent pharmacy
    clínica clinica centro salud dental odontología
    """.split()
)

try:  # Spanish stop words: "al", "del", "con" are never a name in a Spanish reply.
    from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP_WORDS
except Exception:  # pragma: no cover - spaCy always ships Spanish stop words
    ES_STOP_WORDS = frozenset()

# Spanish stop words that never carry a detail ("las", "del", "muy"); those that are also English words
# ("son", "once", "era", "total") still count in English text.
_ES_FUNCTION_WORDS = ES_STOP_WORDS - {
    "son", "once", "era", "final", "total", "anterior", "mayor", "dice", "embargo", "usa", "van", "primer", "gran",
    "largo", "breve", "dado", "junto", "claro", "solo", "fin", "ante", "contra", "dia", "dias", "hoy", "proximo",
}


def is_common_word(word: str) -> bool:
    """True if the word is an English or Spanish stop word (so a lowercase use is never a name)."""
    w = word.lower()
    return w in STOP_WORDS or w in ES_STOP_WORDS


# Outcome statements about someone's health or care: "how things healed", "that it's cleared up", "glad the new
# inhaler is helping". They presuppose the condition the review disclosed (and the practice's care of it). Healing
# verbs count on their own; "turned out / worked out" only after gladness ("sorry things turned out this way" is an
# apology, not an outcome).
_HEAL_VERBS = (
    r"heal(?:ed|ing|s)?|recover(?:ed|ing|s)?|mend(?:ed|ing|s)?|clear(?:ed|ing)\s+up|settl(?:ed|ing)\s+down|"
    r"bounc(?:ed|ing)\s+back|gone\s+away|went\s+away"
)
_OUTCOME_SUBJECT = r"(?:things|it|everything|you|he|she|they|your\s+[\w-]+|the\s+[\w-]+|his\s+[\w-]+|her\s+[\w-]+)"
_CARE_ITEMS = (
    r"glasses|lenses|contacts|hearing\s+aids?|meds|medications?|medicine|treatment|therapy|inhaler|cpap|mask|brace|"
    r"boot|cast|orthotics?|insoles|aligners?|retainer|dentures?|implants?|crowns?|exercises|stretches|routine|"
    r"injections?|shots?|cream|ointment|drops|prescription|dose|dosage|device|pump|splint|sling|diet|regimen|"
    r"results?"
)
OUTCOME_RE = re.compile(
    rf"\b(?:how|that|now\s+that|since)\s+(?:quickly\s+|fast\s+|well\s+|nicely\s+|smoothly\s+)?{_OUTCOME_SUBJECT}\s*(?:(?:has|have|is|are|was|were|had|'s|’s|'re|’re)\s+)?"
    rf"(?:(?:been|all|fully|finally|so\s+nicely|nicely|well)\s+)?(?:{_HEAL_VERBS})\b|"
    rf"\b(?:glad|happy|pleased|thrilled|relieved|delighted)\b[^.!?]{{0,40}}?\b{_OUTCOME_SUBJECT}\s*"
    rf"(?:(?:has|have|is|are|was|were|had|'s|’s|'re|’re)\s+)(?:(?:been|all|fully|finally|so\s+nicely|nicely|well)\s+)?"
    rf"(?:{_HEAL_VERBS})\b|"
    rf"\b(?:glad|happy|pleased|thrilled|relieved|delighted)\b[^.!?]{{0,40}}?\b(?:how|that)\s+{_OUTCOME_SUBJECT}\s+"
    r"(?:(?:has|have|had)\s+)?(?:turned|came|worked)\s+out\b|"
    rf"\b(?:glad|happy|pleased|thrilled|relieved|delighted)\b[^.!?]{{0,30}}?\b(?:the|your|his|her|their)\s+"
    rf"(?:new\s+|replacement\s+|updated\s+)?(?:{_CARE_ITEMS})\s+(?:is|are|has\s+been|have\s+been|'s|’s|'re|’re)\s+(?:really\s+|finally\s+|already\s+)?"
    r"(?:working|helping|doing\s+the\s+trick|making\s+a\s+difference|paying\s+off)\b",
    re.IGNORECASE,
)
# Spanish: "saber que su abuelita está tan bien", "que ya esté mejor", "su pronta recuperación".
ES_WELLBEING_RE = re.compile(
    r"\b(?:saber|ver|o[ií]r|leer|alegra|alegr[oó]|contentos?|felices)\b[^.!?]{0,30}?\bque\s+(?:[\wáéíóúñ]+\s+){0,3}?"
    r"(?:est[aá]|est[eé]|se\s+(?:encuentra|encuentre|sienta|siente)|sigue|siga|va|vaya|anda)\s+"
    r"(?:tan\s+|muy\s+|mucho\s+|ya\s+|tanto\s+|super\s+)?(?:bien|mejor|recuperad[oa]s?|san[oa]s?|estables?|controlad[oa]s?)\b|"
    r"\b(?:est[aá]|est[eé]|se\s+(?:encuentra|encuentre|sienta|siente)|sigue|siga|va|vaya)\s+(?:mucho\s+|ya\s+|tanto\s+)?"
    r"(?:mejor|recuperad[oa]s?|sanando|mejorando|recuper[aá]ndose|controlad[oa]s?)\b|"
    r"\b(?:su|tu|pronta)\s+recuperaci[oó]n\b|\bque\s+se\s+(?:mejore|recupere)\b",
    re.IGNORECASE,
)


# A crisis line offered to anyone ("If anyone is struggling, call or text 988") is a public resource, not an
# allusion or a detail about the reader.
_CRISIS_WORD_RE = re.compile(r"\b(?:988|911|crisis|lifeline|hotline)\b", re.IGNORECASE)
_ANYONE_RE = re.compile(r"\b(?:anyone|anybody|someone|somebody|everyone)\b", re.IGNORECASE)
# The name of a crisis resource ("the 988 Suicide & Crisis Lifeline", "a crisis text line").
CRISIS_LINE_NAME_RE = re.compile(
    r"\b(?:988\s+)?(?:suicide\s*(?:&|and)\s*)?crisis\s+(?:life-?line|line|hotline|text\s+line)\b|\b988\b|"
    r"\bsuicide\s+(?:prevention\s+)?(?:life-?line|hotline)\b",
    re.IGNORECASE,
)


def is_crisis_for_anyone(sentence: str) -> bool:
    """A sentence offering a crisis line to anyone (two linear searches, not a pair of lookaheads)."""
    return bool(_CRISIS_WORD_RE.search(sentence)) and bool(_ANYONE_RE.search(sentence))
