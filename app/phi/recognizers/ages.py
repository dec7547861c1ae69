"""Ages of people (AGE): "my 8-year-old", "I'm 67", "At 71", "3yo", "7 años", "(84, has ...)".

Patterns (written here from how reviewers state ages):
- number + unit + "old", hyphenated or not, digits or number words
  ("15-year-old", "8 month old", "2 weeks old", "five-year-old");
- compact forms: "3yo", "3 y/o", "3 yrs old";
- "68 years young" (the number only, as the labelling rules ask);
- a subject + be + number: "I'm 34", "she's 4 now", "He is 16", "Owen is 16", "Iris and June are 2 now",
  "I was 2 and a half"; "turned 40", "turning 50", "aged 5", "age 52";
- "at 71" / "when I was 67" for 13-110 (so clock hours "at 6" stay out);
- a number in parentheses or commas right after a name or kinship word
  ("Frank (84, has dementia)", "DeShawn (19)", "my dad, 84,");
- a baby's age in months or weeks after a subject + be ("they're 18 months and"),
  "at 2 and a half", hedges ("he's almost 4", "she's only 9 months");
- a lowercase non-dictionary name then "(7)" ("my son jaylen (7)");
- Spanish "7 años", "3 añitos" (not after "hace/por/durante/cada", which make it a duration), and months, weeks
  or days after "tiene/de/con/a los" ("tiene seis meses", "a los 5 días");
- an age beside "my age" or opening a boast ("my age (81)", "61 and still got it");
- reaching an age: "I hit 45"; a name after a kinship word then ", 7," ("our son Declan, 7,");
- a name and an age in parentheses ("Dad (Roland, 88)"), two ages together ("my husband and I are 38
  and 41", "my kids (12 and 15)"), "just being 45", "since I was 13", and a child's check-up by age
  ("his 18 month check"; not "my 6 month checkup", a recall visit).
Numbers followed by a unit that is not an age (minutes, %, dollars, am/pm, a
colon and digits (a clock time), "times", "stars") are rejected: durations and prices are not ages.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from spacy.lang.en.stop_words import STOP_WORDS

from app.phi.recognizers._common import is_common_word, make_result

_NUMW = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
)
_NOT_AGE_AFTER = re.compile(
    r"^\s*(?:%|percent|min|minute|hour|hr|day|week|month|year(?!s?[- ]old)|yr|time|star|dollar|buck|am\b|pm\b|a\.m|p\.m|"
    r":\d|/|\.\d|,\d|mg|lb|pound|mile|call|visit|session|people|patient|kid|\$|x\b|units?|stitches|crowns|fillings|teeth)",
    re.IGNORECASE,
)
_KIN = (
    r"(?:son|daughter|husband|wife|partner|mom|mother|mum|dad|father|brother|sister|grandson|granddaughter|"
    r"grandma|grandmother|grandpa|grandfather|kid|child|baby|boy|girl|niece|nephew|aunt|uncle|stepson|stepdaughter)"
)
# "he's almost 4", "she's only 9 months": a hedge between the verb and the age
_HEDGE = r"(?:(?:almost|nearly|just|only|about|barely|now|already|finally|over|under|newly|not\s+even|like|around)\s+)?"
_PATTERNS = [
    (re.compile(rf"\b{_NUMW}[- ](?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[- ]old\b", re.I), 0),
    (re.compile(r"\b\d{1,3}\s?(?:yo|y/o|y\.o\.|yrs? old)(?![\w/])", re.I), 0),
    (re.compile(r"\b(\d{1,3})(?=\s+years?\s+young\b)", re.I), "young"),
    (re.compile(
        rf"(?:\b(?:I'?m|I\s+am|I\s+was|he'?s|she'?s|he\s+is|she\s+is|he\s+was|she\s+was|they'?re|they\s+are|"
        rf"[A-Z][a-z]+\s+(?:is|was)|{_KIN}\s+(?:is|was)|turned|turning|turns|aged?)\s+{_HEDGE})"
        rf"(\d{{1,3}}(?:\s+and\s+a\s+half)?(?:\s+(?:years?|yrs?)(?:\s+old)?)?)\b",
        re.I,
    ), 1),
    # a baby's age in months or weeks after a subject + be: "they're 18 months and", "she's 9 weeks now"
    (re.compile(
        rf"(?:\b(?:I'?m|I\s+am|I\s+was|he'?s|she'?s|he\s+is|she\s+is|he\s+was|she\s+was|they'?re|they\s+are|they\s+were|"
        rf"[A-Z][a-z]+\s+(?:is|was)|{_KIN}\s+(?:is|was)|twins\s+(?:are|were)|turned|turning|turns|aged?)\s+{_HEDGE})"
        rf"(\d{{1,2}}(?:\s+and\s+a\s+half)?\s+(?:months?|mos?|weeks?|wks?)(?:\s+old)?)"
        rf"(?=\s*[.,;:!?)]|\s+(?:old|now|and|but|so|when|with|today|already)\b|\s*$)",
        re.I,
    ), "young"),
    # two children or twins together: "Iris and June are 2 now", "the twins are 3 and", "both are 7."
    (re.compile(
        r"(?:\b(?:[A-Z][a-z]+\s+(?:and|&)\s+[A-Z][a-z]+|(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:twins|kids|boys|girls|triplets)|[Bb]oth)\s+"
        r"(?:are|were)\s+(?:both\s+|now\s+|just\s+|almost\s+|nearly\s+)?)(\d{1,2})(?=\s+(?:now|and|both|years?|already)\b|\s*[.,;!])"
    ), "young"),
    # "at 2 and a half", "at 18 months": a child's age after "at" (clock times never have "and a half" or a unit)
    (re.compile(
        r"(?:\b(?:at|At|by|By|since|until)\s+(?:age\s+|just\s+|only\s+|barely\s+)?)"
        r"(\d{1,2}\s+and\s+a\s+half(?:\s+(?:years?\s+old|months?\s+old))?|\d{1,2}\s+(?:months?|mos|weeks?)\s+old|\d{1,2}\s+months?(?=\s*[,.;]|\s+(?:and|with|he|she|they)\b))"
    ), "young"),
    # spoken number-word halves: "she was two and a half", "at three and a half"
    (re.compile(
        r"(?:\b(?:at|At|was|is|'s|turned|turning)\s+(?:almost\s+|nearly\s+|just\s+)?)"
        r"((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+half)\b",
        re.I,
    ), "young"),
    (re.compile(r"(?:\b(?:at|At|when\s+I\s+was|when\s+(?:he|she)\s+was)\s+)(\d{2,3})\b(?![:.,]?\d)"), "adult"),
    (re.compile(
        rf"(?:\b(?:[A-Z][a-zA-Z'’-]+|{_KIN})\s*\(\s*)(\d{{1,3}}(?:\s*(?:months?|mos?|years?|yrs?|weeks?|wks?|days?)(?:\s+old)?)?)(?=\s*[),;])"
    ), 1),
    # number words after "I'm"/"she's": "I'm seventy-nine and", "he's four."
    (re.compile(
        rf"(?:\b(?:I'?m|I\s+am|I\s+was|he'?s|she'?s|he\s+is|she\s+is|he\s+was|she\s+was|{_KIN}\s+(?:is|was)|"
        rf"(?<!\bDr\.\s)(?<!\bDr\s)(?<!\bMs\.\s)(?<!\bMr\.\s)(?<!\bMrs\.\s)(?-i:[A-Z][a-z]{{2,}})\s+(?:is|was)(?!\s+one\s+of\b)(?=\s+[\w-]+\s*(?:[.,!;)]|$|\s+(?:now|and|years|this|next|last|with|but|so|going)\b))|"
        rf"turned|turning|turns)\s+{_HEDGE})"
        r"((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:and\s+a\s+half|years?\s+old))?)"
        r"(?=\s*[.,!;)]|\s+(?:now|and|years|this|next|last|in|with|but|so|going)\b|\s*$)",
        re.I,
    ), "word"),
    # decades: "in my mid-50s", "in her early thirties", "a 40-something"
    (re.compile(
        r"(?:\bin\s+(?:my|his|her|their|our)\s+)((?:(?:early|mid|late)[- ]?)?(?:[1-9]0'?s|twenties|thirties|forties|fifties|"
        r"sixties|seventies|eighties|nineties))\b|\b((?:early|mid|late)[- ]?[1-9]0'?s)\b|\b([1-9]0-something)\b",
        re.I,
    ), "decade"),
    (re.compile(rf"(?:\b{_KIN},\s+)(\d{{1,3}})(?=,)", re.I), 1),
    (re.compile(r"\b(\d{1,3}\s+a[ñn](?:os|itos))\b", re.I), "es"),
    # Spanish ages in months, weeks or days, and number words: "tiene seis meses", "de 3 añitos", "a los 5 días"
    (re.compile(
        r"(?:\b(?:tiene|ten[ií]a|tendr[aá]|cumpli[oó]|cumple|cumplir|de|con|a\s+l[oa]s|reci[eé]n\s+cumplid[oa]s)\s+)"
        r"((?:\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince)\s+"
        r"(?:a[ñn]os|a[ñn]itos|meses|mesecitos|semanas|d[ií]as)(?:\s+de\s+(?:nacid[oa]|edad|vida))?)\b",
        re.I,
    ), "es"),
    # "I hit 45 in April", "she just hit 60": reaching an age
    (re.compile(r"(?:\b(?:I|he|she|[A-Z][a-z]+)\s+(?:just\s+|finally\s+)?(?:hit|hits)\s+)(\d{2})\b"
                r"(?!\s*(?:%|percent|degrees|mph|pounds|lbs?|times|minutes|hours|miles|on|at)\b)"), "adult"),
    # a name and an age in parentheses: "Dad (Roland, 88)"
    (re.compile(r"(?:\(\s*[A-Z][a-zA-Z'’-]+,\s*)(\d{1,3})(?=\s*\))"), 1),
    # two ages together: "my husband and I are 38 and 41", "my kids (12 and 15)"
    (re.compile(rf"(?:\b(?:we|they|and\s+I|and\s+me|both)\s+(?:are|were)\s+|\b{_KIN}s?\s*\(\s*)(\d{{1,2}})(?=\s+and\s+\d{{1,2}}\b)", re.I), 1),
    (re.compile(rf"(?:\b(?:we|they|and\s+I|and\s+me|both)\s+(?:are|were)\s+\d{{1,2}}\s+and\s+|\b{_KIN}s?\s*\(\s*\d{{1,2}}\s+and\s+)(\d{{1,2}})\b", re.I), 1),
    # "that's just being 45", "since I was 13"
    (re.compile(r"(?:\bjust\s+being\s+|\bsince\s+(?:I|he|she)\s+was\s+)(\d{1,2})\b"), "adult"),
    # a child's check-up by age: "at his 18 month check", "her 2-year well visit"
    (re.compile(r"(?:\b(?:his|her|their|the\s+baby's|(?:my|our)\s+(?:son|daughter|baby|kid|child|twins)'s)\s+)"
                r"(\d{1,2}[- ](?:month|year|week)s?)(?=[- ](?:old\s+)?(?:check|checkup|check-up|visit|well|appointment|appt|"
                r"shots?|vaccines?|physical)\b)", re.I), "young"),
    # a name after a kinship word, then ", 7,": "Our son Declan, 7, failed"
    (re.compile(rf"(?:\b{_KIN}\s+[A-Z][a-zA-Z'’-]+,\s+)(\d{{1,2}})(?=,)", re.I), 1),
    # an age given beside "age" or opening a boast: "it was my age (81)", "61 and still got it", "72 and going strong"
    (re.compile(r"(?:\b(?:my|his|her|their)\s+age\s*\(\s*)(\d{2,3})(?=\s*\))|"
                r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(\d{2,3})(?=\s+and\s+(?:still\s+(?:got\s+it|going|kicking|standing|rocking|working|teaching|driving|dancing)|going\s+strong|"
                r"feeling\s+(?:great|good|fine|young)|not\s+slowing)\b)",
                re.I), "age_or_boast"),
    # a lowercase name then "(7)": "my son jaylen (7)"; the word must not be a dictionary word
    (re.compile(r"\b[a-z][a-z'’-]{2,20}\s*\(\s*(\d{1,3})\s*\)"), "paren_lower"),
]
_DURATION_BEFORE_ES = re.compile(
    r"(?:hace|por|durante|cada|en|(?:despu[eé]s|antes|m[aá]s|menos|dentro|plazo|espera|cita|tratamiento|lista)\s+de)\s+$",
    re.I,
)


class AgeRecognizer(EntityRecognizer):
    """Ages stated in the text; see the module docstring for the patterns."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(supported_entities=["AGE"], name="AgeRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = []
        for pattern, kind in _PATTERNS:
            group = 0 if kind == 0 else 1
            for m in pattern.finditer(text):
                if kind == "decade":
                    group = next(g for g in (1, 2, 3) if m.group(g))
                elif kind == "age_or_boast":
                    group = 1 if m.group(1) else 2
                s, e = m.span(group)
                digits = re.match(r"\d+", text[s:e])
                if digits and not 0 < int(digits.group()) <= 120:
                    continue
                if group and kind not in ("es", "young", "decade", "word", "age_or_boast") and _NOT_AGE_AFTER.match(text[e : e + 10]):
                    continue
                if kind == "es" and _DURATION_BEFORE_ES.search(text[max(0, s - 22) : s]):
                    continue
                if kind in ("adult", "age_or_boast") and not 13 <= int(text[s:e]) <= 110:
                    continue
                if kind == "paren_lower":
                    word = text[m.start() : s].split("(")[0].strip()
                    if is_common_word(word) or word in STOP_WORDS:
                        continue
                results.append(make_result(self, "AGE", s, e, self.SCORE))
        return results
