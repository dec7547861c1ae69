"""Result filters applied after all recognizers ran (false-positive rules), wired in registry.to_findings.

Each rule, what it removes, and why:
- spacy_date_without_anchor: spaCy DATE/TIME spans with no point-in-time anchor
  (weekday, month, holiday, digits shaped like a date or clock time, year,
  yesterday/tomorrow/tonight, "ago/later", "last/next/this/that") are dropped:
  spaCy tags durations ("45 minutes", "for 11 years", "two weeks", "every week")
  and ages ("7 years old") as DATE. Durations with a number and a unit but no
  "ago/later/earlier" are dropped even when another anchor word is present.
- rating_not_date: "10/10", "9/10", "5/5 stars" from any date recognizer.
- practice_hours: a clock time after "until/open/closes" ("walk-ins until 7pm").
- date_shaped_location / date_shaped_person: spaCy LOCATION or PERSON spans that
  are really a month, weekday or holiday ("Dec 12" as GPE).
- not_phi_name: spaCy PERSON/LOCATION spans that are platforms, chains, care
  settings or role abbreviations (lexicons/not_phi_names.txt: Zocdoc, CVS, ER).
- practice_location: a spaCy LOCATION right after "office/practice/clinic/...
  in|on|at", or naming one ("the Westbrook office"), is where the practice is, not
  where the patient lives.
- lowercase_spacy_name: a spaCy PERSON/LOCATION that is entirely lowercase and
  one word is nearly always a common noun the small model mis-tagged.
- numeric_person: spaCy PERSON spans containing digits (codes, "C6").
- letterless_span: spaCy PERSON/LOCATION spans with no letter at all (emoji runs).
- short_wait: "20 minutes later" is part of a wait, not a date.
- vague_part_of_day: spaCy "the afternoon", "all morning" (no day is named).
- money_without_amount: spaCy MONEY with no digit ("every penny").
- spanish_text: in a text that is mostly Spanish the English spaCy model tags
  ordinary words as PERSON/LOCATION/DATE ("Pésimo", "su página"); its NER
  spans are dropped there and SafeReply's own recognizers (kinship names,
  dates, ages, the Spanish health lexicon) carry the Spanish reviews.
- practice_or_business_name: spaCy PERSON/LOCATION spans holding a practice or
  billing word or a care organisation ("Comfort Dental", "Copay", "Reviews", "Penn State Health").
- spanish_verb: capitalized Spanish verb forms the English model reads as names
  ("Queremos", "Lamentamos"), in any text.
- sentence_initial_common_word: a one-word spaCy PERSON/LOCATION at the start of a
  sentence that is an ordinary dictionary word and not a known given name, unless the
  same word is also capitalized mid-sentence ("Comfort was not a priority").
- carrier_or_vaccine: spaCy PERSON/LOCATION spans that are a carrier or a vaccine
  ("Cigna", "DTaP").
- habitual_weekday: weekdays in a frequency or the practice's schedule ("every
  Thursday", "Saturdays", "a Saturday option"), unless counted back ("two Thursdays ago");
- frequencies: any DATE_TIME starting with every/each/per ("leaks every night").
- the health-description model's places (health_model.py) pass the same rules as spaCy's own place guesses above.
- health_model_alone: the health-description model's HEALTH spans (health_model.py) count only in a text where a
  lexicon or grammar rule also found health information: a text that names no health matter at all ("the
  website crash cost me my slot") gives the model's everyday-word guesses nothing to stand on. The trade-off: a
  review whose only health talk is a lay description the rules miss loses it too. Its places are not gated.
A sentence start is also an emoji or other symbol ("... my birthday 🎂 Worth every penny").
The score threshold (registry.SCORE_THRESHOLD) removes the weak pattern hits of
Presidio's built-in recognizers (US_DRIVER_LICENSE 0.01, US_BANK_NUMBER 0.05).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from app.phi.recognizers._common import is_common_word, read_lexicon
from app.phi.recognizers.names import given_names
from app.phi.recognizers.dates import HOLIDAY, is_practice_hours, is_rating
from app.phi.recognizers.health_model import MODEL_RECOGNIZER

_SPACY = "SpacyRecognizer"
_DATE_ANCHOR = re.compile(
    rf"\b(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day)?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|"
    rf"\d{{1,2}}[/:-]\d{{1,2}}|\b(?:19|20)\d\d\b|\b\d{{1,2}}(?:st|nd|rd|th)\b|\b\d{{1,2}}\s?(?:am|pm)\b|"
    rf"\b(?:yesterday|tomorrow|tonight|ago|later|earlier|last|next|this|that|morning|evening|afternoon|night|noon|midnight)\b|"
    rf"{HOLIDAY}",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"^(?:(?:about|around|almost|nearly|over|under|only|just|another|the|a|an|all|for|past|first|last|whole|entire|full|"
    r"maybe|roughly|like|at least|at most|less than|more than|up to|barely|literally|exactly|over an?)\s+)*"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|couple|a couple of|"
    r"half an?|\d+-\d+|\d+ to \d+)?\s*(?:-|\s)?(?:minutes?|hours?|days?|weeks?|months?|years?|mins?|hrs?|decades?|"
    r"seconds?|nights?|weekends?|day|week)(?:\s+(?:old|long))?$",
    re.IGNORECASE,
)
_RELATIVE_END = re.compile(r"\b(?:ago|later|earlier)$", re.IGNORECASE)
_DATE_WORD = re.compile(
    rf"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    rf"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|{HOLIDAY})$",
)
PRACTICE_BEFORE = re.compile(
    r"\b(?:office|offices|practice|clinic|location|place|dentist|doctor|pediatrician|peds|dermatologist|chiro|"
    r"chiropractor|spa|urgent care|team|staff|provider|group)\s+(?:in|on|at|of|near|around)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the Westbrook office", "the Route 30 location": a name followed by a word for one of the practice's sites
# (also used by the reply check's echo rule).
PRACTICE_SITE_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,2}?\s+(?:office|offices|location|clinic|branch|campus|practice|site)\b", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _not_phi_names() -> frozenset[str]:
    return frozenset(n.lower() for n in read_lexicon("not_phi_names.txt"))


_SHORT_WAIT = re.compile(r"\b(?:minutes?|mins?|hours?|hrs?|seconds?)\s+(?:later|earlier)\b", re.I)
_VAGUE_PART_OF_DAY = re.compile(r"^(?:the|a|an|all|whole|that whole|the whole|the entire)\s+(?:morning|afternoon|evening|day|night)$", re.I)
_SPANISH_WORDS = frozenset(
    "el la los las de del que y en por para con una un su sus mi mis me se no es muy pero porque cuando como "
    "nos le lo al fue tengo tiene hace".split()
)


def is_spanish(text: str) -> bool:
    """Rough check: a fifth or more of the words are Spanish function words."""
    words = re.findall(r"[a-záéíóúñü]+", text.lower())
    if len(words) < 6:
        return False
    return sum(w in _SPANISH_WORDS for w in words) / len(words) >= 0.2


def recognizer_of(r: RecognizerResult) -> str:
    meta = r.recognition_metadata or {}
    return str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, ""))


def keep(text: str, r: RecognizerResult) -> bool:
    """False when one of the rules in the module docstring removes this result."""
    span = text[r.start : r.end]
    source = recognizer_of(r)
    if r.entity_type == "DATE_TIME":
        if is_rating(text, r.start, r.end) or is_practice_hours(text, r.start, r.end):
            return False
        if source == _SPACY:
            if not _DATE_ANCHOR.search(span):
                return False
            if _DURATION.match(span.strip()) and not _RELATIVE_END.search(span):
                return False
            if _SHORT_WAIT.search(span):
                return False
            if _VAGUE_PART_OF_DAY.match(span.strip()):
                return False
    if r.entity_type == "MONEY" and source == _SPACY and not any(ch.isdigit() for ch in span):
        return False
    if (source == _SPACY and r.entity_type in ("PERSON", "LOCATION", "NRP")) or (
        source == MODEL_RECOGNIZER and r.entity_type == "LOCATION"
    ):
        stripped = span.strip().rstrip("'’s").strip()
        if _DATE_WORD.match(stripped):
            return False
        if stripped.lower() in _not_phi_names() or span.strip().lower() in _not_phi_names():
            return False
        if span.islower() and " " not in span.strip():
            return False
        if not any(ch.isalpha() for ch in span):
            return False  # emoji or punctuation runs the model read as a name
        if any(ch.isdigit() for ch in span):
            return False
        if r.entity_type == "LOCATION" and PRACTICE_BEFORE.search(text[max(0, r.start - 30) : r.start]):
            return False
        if r.entity_type == "LOCATION" and PRACTICE_SITE_AFTER.match(text[r.end : r.end + 30]) \
                and re.search(r"\b(?:the|our|their|your)\s+$", text[max(0, r.start - 12) : r.start], re.IGNORECASE):
            return False  # "parking at the Westbrook office": the practice's own site
        word = re.sub(r"['’]s$", "", span.strip())
        if _PRACTICE_NAME_WORD.search(span) or _SPANISH_VERB.match(word):
            return False
        if " " not in word and _sentence_initial(text, r.start) and is_common_word(word) \
                and word.lower() not in given_names() and not _capitalized_elsewhere(text, word, r.start):
            return False
        if _carrier_or_vaccine(word):
            return False
    if r.entity_type == "DATE_TIME" and re.match(r"(?i)(?:every|each|per)\s", span):
        return False  # "leaks every night", "every afternoon": a frequency, never a date by the policy
    if r.entity_type == "DATE_TIME" and _HABITUAL_WEEKDAY.search(text[max(0, r.start - 12) : r.end + 16]) \
            and re.search(r"(?i)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?", span) \
            and not re.search(r"(?i)\bago$", span):  # "two Thursdays ago" is a point in time
        return False
    return True


# "Comfort Dental", "Lakeside Family Medicine": a practice or business, never the patient's name or town.
_PRACTICE_NAME_WORD = re.compile(
    r"\b(?:Dental|Dentistry|Medical|Health|Healthcare|Clinic|Pediatrics|Dermatology|Orthodontics|Chiropractic|Urgent|Wellness|MedSpa|"
    r"Aesthetics|Surgical|Hospital|Pharmacy|Reviews?|Copay|Co-pay|Billing|Insurance|Portal)\b"
)
# Spanish first-person-plural and other verb forms the English model reads as names ("Queremos", "Lamentamos").
_SPANISH_VERB = re.compile(r"^[A-ZÁÉÍÓÚ][a-záéíóúñ]{3,}(?:amos|emos|imos|ábamos|aron|ieron|aba|ando|iendo)$")
# "every Tuesday", "on Saturdays", "a Saturday option", "Saturday hours": habits and the practice's schedule.
_HABITUAL_WEEKDAY = re.compile(
    r"(?i)\b(?:every|each|most|some|all|any)\s+(?:other\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:option|options|hours|availability|appointments|slots|clinic|openings)\b"
)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    # an emoji or symbol ends a sentence too ("... my birthday 🎂 Worth every penny")
    return not before or before[-1] in ".!?\n:;" or unicodedata.category(before[-1]) == "So"


def _capitalized_elsewhere(text: str, word: str, start: int) -> bool:
    """The same capitalized word also appears mid-sentence (then it is probably a real name)."""
    for m in re.finditer(rf"(?<![\w@]){re.escape(word)}(?!\w)", text):
        if m.start() != start and not _sentence_initial(text, m.start()):
            return True
    return False


@lru_cache(maxsize=1)
def _carrier_vaccine_words() -> frozenset[str]:
    words = {w.lower() for line in read_lexicon("insurance_carriers.txt") for w in [line.rstrip(" ?")]}
    words |= {"dtap", "tdap", "mmr", "mmrv", "hpv", "rsv", "covid", "shingrix", "gardasil", "prevnar", "flu"}
    return frozenset(words)


def _carrier_or_vaccine(span: str) -> bool:
    return span.lower() in _carrier_vaccine_words()


def apply(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    spanish = is_spanish(text)
    kept = [
        r
        for r in results
        if keep(text, r) and not (spanish and recognizer_of(r) == _SPACY and r.entity_type in ("PERSON", "LOCATION", "DATE_TIME"))
    ]
    if not any(r.entity_type == "HEALTH" and recognizer_of(r) != MODEL_RECOGNIZER for r in kept):
        kept = [r for r in kept if not (recognizer_of(r) == MODEL_RECOGNIZER and r.entity_type == "HEALTH")]
    return kept
