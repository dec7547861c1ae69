"""Dates and times (DATE_TIME): points in time, never durations.

Patterns (written here from English and Spanish date conventions):
- month + day (+ year), day + "of" + month, month + year, "15 de marzo";
- a bare month only after a time preposition or "last/this/next" ("since January",
  "last October"); "May", "March", "June" and "August" need that context or a day
  number, because they are also a verb, a modal and names;
- weekdays, optionally with "last/next/this/that", a part of day, or a time
  ("Wednesday night", "Monday morning", "Wednesday at 8:15am"); abbreviations
  ("Sat", "Wed") only before a number, so "Sat in the lobby" is not a date;
- numeric dates m/d, m/d/yy(yy), yyyy-mm-dd; ratings are not dates: "N/10" or
  "N/5" not preceded by a date preposition, or followed by "stars", is skipped;
- clock times with am/pm or a colon ("2am", "8:15am", "6:05"); a time after
  "open/close(s)" is the practice's hours and is skipped, and so is one after
  "until" when the sentence is about hours ("walk-ins welcome until 7"), but not
  "sat there until noon";
- years 1950-2039 after a time preposition, in parentheses or in a list;
- holidays (Thanksgiving, Christmas Eve, Labor Day, Valentine's Day, Navidad...);
- relative points: yesterday, tomorrow, tonight, last night, this morning, that
  night, the next morning, the morning of, "three weeks later", "two days ago",
  "last spring", "the same day", "that day", "by the end of the month", "two days
  before my graduation", "two days post-op", "by day 3", "two days ahead", "that same week",
  "the night he passed", "on the 11th", "over the weekend", "in the fall", "since spring", "today", a diary
  heading "Day 3:" / "Week 6:", "my daughter's first birthday", "that holiday weekend", "a week out" (not
  "booked 5 months out"); Spanish "un domingo", "desde la madrugada", "un domingo por la noche", "a los 5 días", "dos días
  después", "al día siguiente", "esa noche", "la semana pasada", "la semana siguiente"; a bare "the afternoon" is left out (it rarely
  identifies anything), and "N minutes/hours later" is part of a wait.
Durations ("waited 2 hours", "for 11 years", "every week") never match: a number
with a unit of days or longer only counts with "later", "ago" or "earlier" after it.
Numeric m/d must be a real month and day, so "20/20" vision is not a date. spaCy's own
DATE/TIME spans are filtered the same way in recognizers/filters.py.
Adjacent parts joined by a space, comma, "at" or "on" become one span
("Thursday 1/16 at 10am").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import make_result

_MONTHS_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?:{_MONTHS_FULL}|(?:{_MONTHS_ABBR})\.?)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|lunch|noon)"
NUM_WORD = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple(?: of)?|several|couple of)"
UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?|mins?|hrs?|wks?|yrs?)"
# "20 minutes later" is part of a wait, not a date; days and longer are points in time.
DAY_UNIT = r"(?:days?|weeks?|months?|years?|wks?|yrs?)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
AMPM = r"(?:[ap]\.m\.|[ap]m\b|AM\b|PM\b|A\.M\.|P\.M\.)"
TIME = rf"(?:\d{{1,2}}:\d{{2}}(?:\s?{AMPM})?|\d{{1,2}}\s?{AMPM}|noon|midnight)(?![\w:])"
NUMERIC = r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2}))(?![\d/])"
TIME_PREP = r"(?:in|since|from|until|till|by|of|during|before|after|on|last|this|next|early|late|mid|mid-|around|between|and|through|to)"
HOLIDAY = (
    r"(?:Thanksgiving(?: Day| weekend| break)?|Christmas(?: Eve| Day| break)?|Xmas|New Year'?s(?: Eve| Day)?|Easter(?: Sunday)?|"
    r"Halloween|Valentine'?s Day|Labor Day(?: weekend)?|Memorial Day(?: weekend)?|Fourth of July|4th of July|July 4th|"
    r"Independence Day|MLK Day|Martin Luther King Day|Presidents'? Day|Veterans'? Day|Mother'?s Day|Father'?s Day|"
    r"Black Friday|Hanukkah|Chanukah|Passover|Ramadan|Eid|Diwali|Rosh Hashanah|Yom Kippur|Juneteenth|Columbus Day|"
    r"Good Friday|Cinco de Mayo|Navidad|Nochebuena|A[ñn]o Nuevo|D[ií]a de (?:los )?Muertos|spring break|winter break)"
)
_ES_MONTH = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_ES_DAY = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
_ES_NUM = r"(?:\d{1,3}|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|pocos|pocas|varios|varias)"

_RELATIVE = (
    rf"(?:yesterday(?: {PART_OF_DAY})?|tomorrow(?: {PART_OF_DAY})?|tonight|last night|"
    rf"(?:this|that|the same|the next|the following|the previous) {PART_OF_DAY}(?: of)?|the {PART_OF_DAY} of\b|"
    rf"(?:this|last|next|that) (?:week|weekend|month|year|past weekend|{SEASON})|"
    rf"the (?:next|following|previous) (?:day|week|weekend|month)|the day (?:before|after)|"
    rf"the (?:week|weekend|night|morning|evening|afternoon|day) (?:before|after|of)|"
    rf"{NUM_WORD} {DAY_UNIT} (?:later|ago|earlier)|"
    rf"(?:early|late|mid-?)\s?{SEASON}|{SEASON} (?:of )?(?:19|20)\d\d|"
    rf"(?:the|that) same (?:day|night|week|weekend|month|year|{PART_OF_DAY}|{SEASON})|that day|(?:later|earlier) that (?:day|week|{PART_OF_DAY})|"
    rf"(?:the|that) (?:end|beginning|start|middle) of (?:the|that|this|last|next) (?:day|week|weekend|month|year|{SEASON})|"
    rf"{NUM_WORD} {DAY_UNIT} (?:before|after|into|following) (?:my|his|her|our|their|the) (?:[a-z][\w'-]* ){{0,1}}[a-z][\w'-]*|"
    rf"{NUM_WORD} {DAY_UNIT} (?:ahead|prior|in advance|beforehand)|"
    rf"the (?:day|night|morning|evening|afternoon|week|weekend) (?:that |when )?(?:I|he|she|we|they|(?:my|his|her|our) [a-z]+) "
    rf"(?:[a-z]+ed|was|were|got|came|went|had|left|gave|broke|fell|woke|began|died)\b|"
    rf"{NUM_WORD} {DAY_UNIT} (?:post-?op(?:erative)?|post-?partum|post-?surgery|post-?procedure|after (?:surgery|delivery|the procedure))|"
    rf"(?:post-?op |recovery )?(?:day|week|month) (?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten)(?: post-?op| of recovery)?(?=\W|$)|"
    rf"(?:in|over|for|by|until|till|during|through|since) the (?:weekend|{SEASON})|(?:since|by|until|till) {SEASON}|"
    rf"(?:(?:right|just|the\s+day|the\s+week|the\s+night|the\s+morning)\s+)?(?:before|after|of)\s+(?:my|his|her|our|their)\s+"
    rf"(?:[a-z]+'s\s+)?(?:wedding|graduation|funeral|baby\s+shower|shower|reunion|quincea[ñn]era|deployment|retirement\s+party)|"
    rf"(?:the\s+)?(?:{SEASON}|year|month|week|weekend|christmas|thanksgiving|easter)\s+before\s+last|"
    rf"(?:two|three|four|a\s+couple\s+of|several|\d)\s+(?:christmases|thanksgivings|easters|summers|winters|springs|falls)\s+ago|"
    # "two Thursdays ago": a counted weekday back in time (plural weekdays are otherwise habits)
    rf"(?:two|three|four|a\s+couple\s+of|several|\d)\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|"
    rf"weekends)\s+ago|"
    rf"today|(?:my|his|her|our|their) (?:[a-z]+'s )?(?:(?:first|second|third|\d{{1,2}}(?:st|nd|rd|th)|[a-z]+(?:ieth|th)) )?birthday|"
    rf"(?:the|that|this|last|next|whole) (?:holiday|long) weekend|"
    rf"(?:a|one|two|three|four|\d) (?:days?|weeks?|months?) out(?!\s+of\b)(?=\W|$)|"
    # "Two days in, it started blistering", "Three weeks on, my lip is still numb": N units into something
    rf"{NUM_WORD} {DAY_UNIT} (?:in|on|out|into it)(?=\s*[,;:.!?]|\s+(?:i|it|he|she|we|they|my|his|her|things|everything)\b)|"
    # "this semester", "last term", "next school year"
    rf"(?:this|last|next|that) (?:semester|school year|season)|"
    # "Day of, I get a text", "the day of,"
    rf"(?:the )?day of(?=\s*[,;:.!?])|"
    # "an hour before, I got a text": a relative point with nothing after it (not "an hour before the doctor came")
    rf"{NUM_WORD} {UNIT} (?:before|beforehand|prior|earlier)(?=\s*[,;:.!?]|\s+(?:saying|that|telling)\b)|"
    # a clock time in words: "twenty minutes to four", "half past two", "a quarter after nine"
    rf"(?<!from )(?<!ages )(?<!a )(?:(?:\d{{1,2}}|five|ten|twenty|twenty-five|a quarter|quarter|half) (?:minutes )?(?:to|past|after|til) "
    rf"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight))(?!\s+(?:other|more|of|[a-z]+s)\b)|"
    # Spanish: "el último mes", "el mismo día", "la última semana"
    rf"(?:el|la) (?:[uú]ltim[oa]|mism[oa]|pr[oó]xim[oa]|siguiente) (?:d[ií]a|mes|a[ñn]o|semana|noche)|"
    rf"(?:un|el|este|ese) (?:{_ES_DAY})|"
    rf"(?:desde|en|de|por|a) la madrugada|(?:un|el|ese|este) (?:{_ES_DAY}) (?:por|en) la (?:noche|ma[ñn]ana|tarde)|"
    rf"a l(?:os|as) {_ES_NUM} (?:d[ií]as|semanas|meses)|"
    rf"ayer|anoche|anteayer|antier|el (?:{_ES_DAY})|hace {NUM_WORD} (?:d[ií]as|semanas|meses)|"
    rf"{_ES_NUM} (?:d[ií]as|semanas|meses|a[ñn]os) (?:despu[eé]s|antes|m[aá]s tarde)|"
    rf"(?:esa|esta|la) (?:noche|ma[ñn]ana|tarde) (?:siguiente|anterior)|al d[ií]a siguiente|esa (?:noche|ma[ñn]ana|tarde)|ese d[ií]a|"
    rf"(?:la semana|el mes|el a[ñn]o|el d[ií]a|el (?:{_ES_DAY})) (?:pasad[oa]|siguiente|anterior|pr[oó]xim[oa])|(?:el|este|ese) (?:fin de semana))"
)
# "calls back the same day, every time", "same-day appointments": the practice's habit, not a date
_SAME_DAY = re.compile(r"(?i)^(?:the|that) same\b")
_HABIT_NEAR = re.compile(r"(?i)\b(?:every\s+time|each\s+time|always|usually|never|typically|often|whenever|calls?\s+back|get\s+(?:you|me)\s+in|got\s+(?:me|us)\s+in|booked|booking|appointments?)\b")
# "for two days after the surgery", "every week": durations and habits, not points in time.
_DURATION_BEFORE = re.compile(r"(?i)\b(?:for|every|each|per|durante|por|cada)\s+$")
_BOOKED_BEFORE = re.compile(r"(?i)\b(?:book(?:ed|ing)?|schedul(?:ed|ing)|full|filled|out|available|openings?|waitlist)\b[\w\s]{0,12}$")
_NUM_UNIT_START = re.compile(rf"(?i)^{NUM_WORD} {DAY_UNIT}\b")
# "day 3" is a point in time only after a time preposition ("by day 3", "on day two").
_DAY_N = re.compile(r"(?i)^(?:post-?op |recovery )?(?:day|week|month) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)")
# "Day 3: grid marks", "Week 6 - still there": a diary heading is a point in time too.
_DAY_N_AFTER = re.compile(r"^\s*[:\-–—]")
_DAY_N_BEFORE = re.compile(r"(?i)\b(?:by|on|until|till|around|at|from|since|after|before|of|about)\s+$")

_PATTERNS = [
    # month + day (+ year): "March 3rd", "Dec 12", "August 14, 2023"
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?",
    # day + of + month: "the 3rd of March"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+{MONTH}\b",
    # month + year: "April 2022"
    rf"\b{MONTH}\s+(?:of\s+)?\d{{4}}\b",
    # month after a time preposition: "since January", "last October", "in May"
    rf"(?i:\b(?:last|this|next|early|late|mid-?)\s+)(?-i:{MONTH})\b",
    rf"\b(?:{_MONTHS_FULL})\b",
    # weekdays with optional modifiers and time
    rf"(?i:\b(?:last|next|this|that|on)\s+)?\b{WEEKDAY}\b(?:\s+{PART_OF_DAY})?",
    rf"\b{WEEKDAY_ABBR}(?=\s*\d)",
    # a text written in capitals: "WHEN I CALLED SATURDAY", "LAST OCTOBER" (not MAY or MARCH, also other words)
    r"\b(?:(?:LAST|NEXT|THIS|THAT|ON)\s+)?(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|"
    r"APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b",
    # the school calendar: "finals week", "midterms", "spring break"
    r"(?i:\b(?:finals\s+week|midterms?(?:\s+week)?|(?:spring|winter|fall|summer|christmas|thanksgiving)\s+break|"
    r"exam\s+week)\b)",
    # a day counted from an event: "Day three she broke out", "on day four"
    r"(?:^|(?<=[.!?]\s)|(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s))(?i:day\s+(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2}))\b",
    # numeric dates
    rf"(?<![\w/.$,]){NUMERIC}",
    # clock times
    rf"(?<![\w:.$]){TIME}",
    # years in context
    r"(?<![\w$.,/-])(?:19[5-9]\d|20[0-3]\d)\b(?![,.]?\d)",
    # holidays
    rf"\b{HOLIDAY}\b",
    # Spanish: "15 de marzo (de 2023)", "el lunes", month after "en/desde"
    rf"(?i:\b\d{{1,2}}\s+de\s+{_ES_MONTH}(?:\s+(?:de|del)\s+\d{{4}})?\b)",
    rf"(?i:\b(?:en|desde|hasta|el)\s+{_ES_MONTH}\b)",
    # minutes or hours later opening a sentence: "45 min later I was a new man" (inside a sentence, part of a wait)
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[.!?]['’\"”]\s))(?i:{NUM_WORD} (?:minutes?|mins?|hours?|hrs?) later)\b",
    # a day of the month by its ordinal: "on the 11th", "the 3rd, when"; not "the 4th floor", "my 2nd visit"
    r"(?i:\bthe\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b)(?=\s*(?:[.,;:!?)]|$|\b(?:at|and|when|but|so|before|after|"
    r"or|until|because|i|we|he|she|they|my|under|with|after|before|during|from)\b))",
]
_CASE_INSENSITIVE = [rf"(?i:\b{_RELATIVE}\b)"]

_COMBINED = re.compile("|".join(f"(?:{p})" for p in _PATTERNS + _CASE_INSENSITIVE))
_GLUE = re.compile(r"^(?:\s*,?\s*|\s+(?:at|on|@|around|about)\s+|\s*-\s*)$", re.IGNORECASE)
_GATED_MONTH = re.compile(r"^(?:May|March|June|August)$")
_HOURS_BEFORE = re.compile(r"(?:until|till|til|open|opens|close|closes|closing|between)\s+(?:at\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-3]\d)")
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|from|until|till|by|of|during|early|late|and|or|back|summer|spring|winter|autumn|fall|year|class|"
    r"desde|en|del|de|hasta|durante)\s+|\(\s*|\d{4},\s+)$",
    re.IGNORECASE,
)
_RATING = re.compile(r"^(\d{1,2}(?:\.\d)?)/(10|5|100)$")
_DATE_PREP_BEFORE = re.compile(r"(?:\bon|since|from|\bby|until|before|after|\bof|dated?)\s+$", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"^\s*(?:stars?|price|off|hour|mile|tab|dose|pill|cup|of the)\b", re.IGNORECASE)


_UNTIL_BEFORE = re.compile(r"(?:until|till|til)\s+(?:at\s+)?$", re.IGNORECASE)
_HOURS_CUE = re.compile(
    r"\b(?:open|opens|close|closes|closed|closing|hours|walk-?ins?|welcome|available|staffed|phones?|lines?|answer|"
    r"answers|appointments?|slots?|weekdays|weekends|daily|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b",
    re.IGNORECASE,
)


def is_practice_hours(text: str, start: int, end: int) -> bool:
    """'open until 8pm', 'walk-ins welcome until 7pm': the practice's hours, not a patient's date.

    After a bare "until" the time is the practice's hours only when the same sentence
    talks about opening hours ("walk-ins welcome until 7"); "sat there until noon" is
    the patient's own day.
    """
    if not re.match(TIME, text[start:end]):
        return False
    before = text[max(0, start - 16) : start]
    if not _HOURS_BEFORE.search(before):
        return False
    if _UNTIL_BEFORE.search(before):
        sentence = re.split(r"[.!?\n]", text[max(0, start - 60) : start])[-1]
        return bool(_HOURS_CUE.search(sentence))
    return True


def is_rating(text: str, start: int, end: int) -> bool:
    """'10/10', '9/10', '5/5 stars': a rating, not a date."""
    m = _RATING.match(text[start:end])
    if not m:
        return False
    if _FRACTION_AFTER.match(text[end : end + 12]):
        return True
    if float(m.group(1)) > float(m.group(2)):
        return False
    return not _DATE_PREP_BEFORE.search(text[max(0, start - 10) : start])


class DateTimeRecognizer(EntityRecognizer):
    """Dates, weekdays, times, holidays and relative points in time."""

    SCORE = 0.88

    def __init__(self) -> None:
        super().__init__(supported_entities=["DATE_TIME"], name="DateTimeRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        spans: list[tuple[int, int]] = []
        for m in _COMBINED.finditer(text):
            s, e = m.start(), m.end()
            frag = text[s:e]
            if _GATED_MONTH.match(frag) and not self._month_in_context(text, s, e):
                continue
            if is_practice_hours(text, s, e):
                continue
            if _YEAR.fullmatch(frag) and not _YEAR_BEFORE.search(text[max(0, s - 12) : s]):
                continue
            if is_rating(text, s, e):
                continue
            if re.fullmatch(r"\d{1,2}/\d{1,2}", frag) and _FRACTION_AFTER.match(text[e : e + 12]):
                continue
            md = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})(?:[/-]\d{2,4})?", frag)
            if md and not (1 <= int(md.group(1)) <= 12 and 1 <= int(md.group(2)) <= 31):
                continue  # "20/20" vision, "35/40" scores: not a month/day
            if _SAME_DAY.match(frag) and _HABIT_NEAR.search(text[max(0, s - 24) : e + 20]):
                continue
            if _NUM_UNIT_START.match(frag) and _DURATION_BEFORE.search(text[max(0, s - 10) : s]):
                continue
            if frag.lower().endswith(" out") and _BOOKED_BEFORE.search(text[max(0, s - 30) : s]):
                continue  # "booked 5 months out": how far ahead the calendar is full, not a date
            if (
                _DAY_N.match(frag)
                and not _DAY_N_BEFORE.search(text[max(0, s - 8) : s])
                and not _DAY_N_AFTER.match(text[e : e + 3])
                and not frag.lower().startswith(("post", "recovery"))
            ):
                continue
            spans.append((s, e))
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and (s < merged[-1][1] or _GLUE.match(text[merged[-1][1] : s])):
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return [make_result(self, "DATE_TIME", s, e, self.SCORE) for s, e in merged]

    @staticmethod
    def _month_in_context(text: str, s: int, e: int) -> bool:
        before = text[max(0, s - 12) : s]
        return bool(re.search(rf"\b{TIME_PREP}\s+$", before, re.IGNORECASE))
