"""NEW_PHI: the draft states health, visit, record, billing or schedule facts about the reviewer the review did not.

What it catches, and why: a reply that adds a finding, a measurement, a chart change, a balance, a future
appointment or contact history discloses PHI the reviewer never made public. Two sources:

* the PHI detector's findings in the draft (scanned with the practice's own strings allowed): health terms,
  amounts, ID numbers, ages, and names introduced as someone's relative ("your son Max"). Other names, contact
  details and places are not counted: in a reply they are the practice's own staff and details unless they
  repeat the review (ECHO_PHI covers that). Dates only count inside a scheduling statement (below). Spans made
  only of generic words ("billing", "care") are ignored, and so is a one-word health term in its everyday sense
  about the practice: with no person in its clause, modifying a non-health noun ("drainage work on our lot",
  "sensitivity training") or joined to one ("dignity and sensitivity"), nor one describing the practice's own staff
  ("our ophthalmic technicians"), nor an amenity or service for everyone ("wheelchairs are available at our
  entrance", "noise-cancelling headphones in every treatment room", "we keep reading glasses at the desk");
* grammar-built statements of fact about the reviewer: "our records/notes/chart show", "your balance/claim",
  "your next <service>", "we've added ... to your chart", "we emailed/called you on ...", "rebooked for next
  Friday", waitlist status (not "so someone on the waitlist can take it"), approval status ("the approval is back in
  place"), reminders and slots set for the reader ("held the Saturday slot for you", "the six-week recheck"),
  measurements ("down to 3 mm", "an EF of 35%"). "is scheduled for" does not count when its subject is the
  practice's own work ("the elevator repair is scheduled for next week").

Anything the review itself stated is left to ECHO_PHI, so the same words are not reported twice.
"""

from __future__ import annotations

import bisect
import re

from app.phi import types as t
from app.phi.recognizers.providers import ROLE_NOUNS
from app.replycheck.context import CheckContext, finding, sentences
from app.replycheck.lexicon import (
    CRISIS_LINE_NAME_RE,
    is_content_word,
    is_crisis_for_anyone,
    is_soft_word,
    key_of,
    practice_name_runs,
    staff_name_runs,
    words,
)
from app.replycheck.rules import NEW_PHI, message

_COUNTED_TYPES = {t.HEALTH: "a health detail", t.FINANCIAL: "an amount or insurer", t.ID: "an ID number", t.AGE: "an age"}

_RELATIVE_BEFORE_RE = re.compile(
    r"(?:\b(?:your|his|her|their)\s+(?:son|daughter|child|kid|wife|husband|partner|mother|mom|father|dad|brother|sister|"
    r"grandson|granddaughter|grandmother|grandfather|baby|niece|nephew|little\s+one|boy|girl)|"
    # a kinship title used as a name: "Grandma Rose", "Uncle Dev", "Abuela Carmen"
    r"\b(?:grandma|grandpa|granny|nana|papa|uncle|aunt|auntie|cousin|abuela|abuelo|t[ií]a|t[ií]o|mam[aá]|pap[aá])"
    r")\s*,?\s*$",
    re.IGNORECASE,
)

_MEASURE_RE = r"\d+(?:\.\d+)?\s*(?:mm|cm|mg|ml|mmhg|%|percent|bpm|units?)\b"

_FACT_PATTERNS = [
    # records and notes stating facts
    r"\b(?:our|the|his|her|dr\.?\s+\w+'s)\s+(?:records?|notes?|chart|charts|files?|logs?|system|x-?rays?|images?|"
    r"results?|labs?)\s+(?:show|shows|showed|indicate|indicates|indicated|reflect|reflects|confirm|confirms|say|says)\b",
    # account / chart / waitlist changes
    r"\b(?:we(?:'ve| have)?|i(?:'ve| have)?)\s+(?:added|updated|noted|changed|flagged|moved|rebooked|rescheduled|"
    r"credited|applied|sent|emailed|e-mailed|called|texted|mailed|left|tried\s+(?:calling|to\s+call|to\s+reach))\b"
    r"[^.!?]{0,60}\b(?:your|you|her|him|chart|account|file|waitlist|record)\b",
    r"\bwe(?:'ve|\s+have)?\s+(?:left|sent)\s+(?:you\s+)?(?:a|an)\s+(?:voicemail|message|text|email|letter)\b",
    r"\b(?:on|to|up)\s+(?:our|the)\s+(?:wait-?list|cancell?ation\s+list|stand-?by\s+list|short[- ]notice\s+list)\b",
    r"\bwe\s+(?:emailed|e-mailed|called|texted|mailed|messaged|wrote\s+to)\s+(?:you|[\w.+-]+@[\w.-]+|\(?\d)",
    r"\b(?:rebooked|rescheduled|booked)\s+(?:you\s+)?(?:for|on)\b",
    # future appointments with a named service, due dates
    r"\byour\s+(?:next|upcoming|final|last|remaining|one-year|annual|six-month|follow-up)\s+[\w-]+",
    r"\b(?:is|are)\s+(?:due|scheduled|booked)\s+(?:in|on|for|next)\b",
    r"\bwould\s+like\s+to\s+see\s+you\b",
    # balance / billing facts
    r"\byour\s+(?:[\w-]+\s+)?(?:balance|copay|co-pay|deductible|claim|invoice|statement|estimate|payment\s+plan|"
    r"no-show\s+fee|account)\b",
    # measurements stated as facts about someone
    r"\b(?:down\s+to|up\s+to|at|of|under|was|is|were)\s+(?:an?\s+)?" + _MEASURE_RE,
    r"\ban?\s+[A-Z]{2,5}\s+of\s+\d+",
    # you did / were given / declined
    r"\byou\s+(?:were\s+given|were\s+prescribed|declined|finished|completed|signed|agreed)\b",
    r"\b(?:recommended|ordered|prescribed|referred)\s+(?:you|him|her)?\s*(?:for|a|an|the)?\s*[\w-]+[^.!?]{0,30}\b(?:which|that)\s+you\s+declined\b",
    r"\bhas\s+the\s+photo\s+of\s+you\b",
    # results judged ("the cholesterol was slightly high", "labs came back normal")
    r"\b(?:cholesterol|a1c|blood\s+(?:pressure|sugar|work|count|test)|glucose|sugar|labs?|levels?|results?|tests?|"
    r"scans?|x-?rays?|biopsy|counts?|thyroid|iron|vitamin\s+\w+|ekg|ecg|mri|ct|ultrasound|culture|swab|panel|"
    r"pressure|readings?|numbers)\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|came\s+back|looked|looks|showed|shows)\s+"
    r"(?:slightly\s+|a\s+bit\s+|a\s+little\s+|very\s+|mildly\s+|borderline\s+|completely\s+|totally\s+|perfectly\s+|"
    r"all\s+|still\s+)?(?:high|low|elevated|normal|abnormal|fine|clear|negative|positive|benign|stable|unremarkable|"
    r"within\s+(?:normal\s+)?range|improved|worse)\b",
    # documents and account actions stated as done
    r"\b(?:note|notes|results?|report|letter|summary|records?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?"
    r"(?:in|on|posted\s+(?:in|to)|uploaded\s+(?:in|to)|available\s+(?:in|on))\s+(?:the|your)\s+portal\b",
    r"\b(?:sent|referred|turned\s+over)\s+to\s+(?:a\s+)?collections?\b",
    r"\b(?:results?|records?|reports?|images?|x-?rays?|notes|labs?|referral|prescription)\s+(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:sent|faxed|forwarded|mailed|released|transferred)\s+to\b",
    r"\b(?:resubmitted|reprocessed|refiled|re-?billed|corrected|adjusted|fixed|sent|mailed|processed|faxed|submitted)\s+"
    r"(?:it|them|the\s+[\w-]+)\s+(?:yesterday|today|this\s+(?:morning|afternoon|week)|last\s+\w+|on\s+\w+day)\b",
    r"\b(?:the|this|that)\s+(?:duplicate\s+|double\s+|extra\s+|second\s+|late\s+|original\s+)?(?:balance|account|claim|invoice|bill|charge|fee)\s+(?:[\w-]+\s+){0,3}?(?:has\s+been|have\s+been|"
    r"was|is\s+now)\s+(?:sent|referred|resubmitted|reprocessed|adjusted|closed|paid|updated|flagged|reversed|corrected)\b",
    # future contact or scheduling with a specific: "will call you this week to go over the new dosage"
    r"\b(?:will|'ll|’ll)\s+(?:call|contact|email|e-mail|text|reach\s+out\s+to)\s+you\s+(?:this|next|tomorrow|today|"
    r"later|on|by|first\s+thing)\b",
    r"\bgo\s+over\s+(?:the|your)\s+(?:new\s+)?(?:dos(?:e|age)|results?|labs?|medications?|prescription|treatment|scan|"
    r"x-?rays?|biopsy|findings|options|diagnosis)\b",
    r"\b(?:follow-?up|appointment|visit|recheck|consult(?:ation)?|procedure|surgery|cleaning|session)\s+(?:is\s+)?"
    r"(?:on|for|at)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|june|july|august|september|october|november|december)\b)",
    r"\b(?:follow-?up|appointment|appt|visit|recheck|consult(?:ation)?|procedure|surgery|cleaning|session|fitting|"
    r"pick-?up)\s+(?:with\s+(?:dr\.?\s+|nurse\s+)?[\w.'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:is\s+)?(?:on|for|at)\s+(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[/.]\d{1,2}\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b)",
    # the reviewer on the schedule: "we have you down for a follow-up", "you're booked for the 14th"
    r"\b(?:we|i)\s*(?:'ve|’ve|\s+have|\s+had|\s+still\s+have|\s+now\s+have)?\s+(?:got\s+)?(?:you|him|her|them)\s+"
    r"(?:down|scheduled|booked|penciled\s+in|pencilled\s+in|listed|set\s+up)\s+(?:for|on|with)\b",
    r"\byou(?:'re|’re|\s+are)\s+(?:now\s+|all\s+|still\s+)?(?:scheduled|booked|penciled\s+in|pencilled\s+in|"
    r"confirmed)\s+(?:for|on|with)\b",
    # order and result status: "the replacement lenses are ready for pickup", "the lab called to say"
    r"\b(?:the|your|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:lenses|glasses|frames|contacts|crowns?|dentures?|aligners?|"
    r"retainers?|night\s*guards?|results?|labs?|biopsy|prescriptions?|refills?|orthotics?|insoles|hearing\s+aids?|"
    r"braces?|splints?|reports?|x-?rays?|scans|images|mri|referrals?|authori[sz]ations?|order|implants?)\s+(?:is|are|has\s+been|have\s+been|"
    r"came|come)\s+(?:now\s+|finally\s+|all\s+)?(?:ready|back|in(?=\s*[.!,;])|done|finished|approved|denied|completed)\b",
    r"\b(?:the|our)\s+(?:[\w-]+\s+)?(?:lab|laboratory|pharmacy|insurer|insurance\s+company|specialist|radiologist|"
    r"pathologist|imaging\s+cent(?:er|re)|manufacturer)\s+(?:has\s+|just\s+)?(?:called|phoned|emailed|faxed|texted|"
    r"confirmed|reported|let\s+us\s+know|told\s+us|got\s+back\s+to\s+us|sent\s+(?:over|back))\b",
    # work already done on the reader's behalf: "Yolanda has already drafted the letter", "we've already sent the forms"
    r"\b(?:has|have|['’]ve)\s+already\s+(?:drafted|written|sent|signed|faxed|filed|submitted|processed|scheduled|"
    r"rescheduled|booked|ordered|prepared|completed|corrected|updated|reversed|adjusted|called|mailed|approved|renewed)\b",
    # the status of the reader's approval or order: "glad the approval is back in place now"
    r"\b(?:the|your|that|this)\s+(?:prior\s+)?(?:approval|authori[sz]ation|auth|referral|coverage|prescription|refill)\s+"
    r"(?:is|was|has\s+been|are|were)\s+(?:now\s+|finally\s+|all\s+)?(?:back\s+in\s+place|"
    r"approved|reinstated|renewed|sorted|resolved|processed|through|in\s+place|on\s+file|signed|sent|ready|done)\b",
    # reminders and slots set up for the reader: "set a reminder for the six-week recheck", "held the Saturday slot for you"
    r"\b(?:set|scheduled|booked|added|created|put\s+in|entered)\s+(?:up\s+)?(?:a|an|the)\s+(?:reminder|recall|alert|flag|"
    r"note)\s+for\s+(?:the|your|his|her)\s+(?:[\w-]+\s+){0,2}?(?:recheck|follow-?up|visit|appointment|cleaning|check-?up|"
    r"refill|labs?|scan|x-?ray|shots?|vaccines?)\b",
    r"\b(?:the|your|his|her)\s+(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve)[- ](?:week|month|year|day)[- ]"
    r"(?:recheck|follow-?up|check(?:-?up)?|visit|"
    r"appointment|cleaning|review|scan|x-?ray)\b",
    r"\b(?:held|saved|reserved|booked|kept|set\s+aside|blocked\s+off|pencil(?:l)?ed\s+in)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:slot|spot|time|appointment|opening|chair)\b[^.!?]{0,30}\bfor\s+(?:you|him|her|them)\b",
    # Spanish: su saldo / su próxima cita
    r"\bsu\s+(?:saldo|deuda|cuenta|factura|pr[oó]xima\s+\w+)\b",
]
_FACT_RE = re.compile("|".join(f"(?:{p})" for p in _FACT_PATTERNS), re.IGNORECASE)


_SCHEDULE_RE = re.compile(r"(?:is|are)\s+(?:due|scheduled|booked)\b", re.IGNORECASE)
# What a practice schedules for itself: building work, equipment, systems, staff events.
_PRACTICE_WORK_RE = re.compile(
    r"\b(?:repairs?|renovations?|construction|remodel(?:ing)?|upgrades?|installation|maintenance|"
    r"(?:construction|drainage|paving|roof|road|building|repair|electrical|plumbing)\s+work|paving|"
    r"repaving|drainage|elevators?|lifts?|parking|lots?|garage|ramps?|signs?|signage|doors?|entrance|lobby|building|"
    r"roof|system|phones?|phone\s+lines?|website|portal|software|training|meeting|inspection|opening|move|"
    r"expansion|hours|hiring|staff\s+meeting|crew|contractors?)\b",
    re.IGNORECASE,
)
_PERSONAL_RE = re.compile(r"\b(?:you|your|yours|he|she|his|her|him|they|their|them)\b", re.IGNORECASE)


_WINDOW = 400  # a clause longer than this is cut here, so a long text without punctuation stays linear


def _bounds(text: str, start: int, end: int, stops: str) -> tuple[int, int]:
    """The stretch of text around [start, end) up to the nearest stop character on each side (at most _WINDOW
    characters each way)."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    left = max([text.rfind(c, lo, start) for c in stops] + [lo - 1]) + 1
    right = min([i for i in (text.find(c, end, hi) for c in stops) if i >= 0] or [hi])
    return left, right


def _is_practice_work(draft: str, at: int) -> bool:
    """The subject before `at` (back to the clause start) names practice work and no person."""
    start = max(draft.rfind(c, 0, at) for c in ".!?;\n,") + 1
    subject = draft[start:at]
    return bool(_PRACTICE_WORK_RE.search(subject)) and not _PERSONAL_RE.search(subject)


_TEAM_NOUNS = frozenset({"team", "staff", "department", "unit", "suite", "wing", "floor", "crew", "group", "practice"})


# "a separate pathology charge", "the biopsy appointment": a health word before a billing or care noun is a detail
# of someone's bill or care, not an everyday sense.
_BILLING_HEADS = frozenset(
    "charge fee bill cost claim balance invoice copay co-pay code estimate statement payment price result results "
    "report order referral appointment appt schedule date visit consult consultation follow-up followup time slot "
    "day week session plan surgery procedure treatment therapy class program test check checkup exam orders".split()
)


def _general_sense(ctx: CheckContext, start: int, end: int, by_start: dict, health: list[tuple[int, int]]) -> bool:
    """A one-word health term used in its everyday sense about the practice, with no person in its clause:
    a modifier of a non-health noun ("drainage work on our lot", "sensitivity training") or joined to one
    ("dignity and sensitivity in every interaction")."""
    tokens = ctx.draft.tokens
    first = bisect.bisect_right(ctx.draft.token_starts, start) - 1
    idx = [k for k in range(max(0, first), len(tokens)) if tokens[k].start < end and start < tokens[k].end][:2]
    if len(idx) != 1:
        return False
    tok = tokens[idx[0]]
    sent_start, sent_end = _bounds(ctx.text, start, end, ".!?\n;,")
    if _PERSONAL_RE.search(ctx.text[sent_start:sent_end]):
        return False

    def is_health(x) -> bool:
        return any(a <= x.start < b for a, b in health)

    head = by_start.get(tok.head_start)
    if tok.dep == "compound" and head is not None and head.pos == "NOUN" and not is_health(head) and (
        head.lemma.lower() not in _BILLING_HEADS
    ):
        return True
    if tok.dep == "amod" and head is not None and (head.lemma.lower() in ROLE_NOUNS or head.lemma.lower() in _TEAM_NOUNS):
        return True  # the practice's own staff by specialty: "our ophthalmic technicians", "the surgical team"
    partners = [x for x in tokens if x.dep == "conj" and x.head_start == tok.start]
    if tok.dep == "conj" and head is not None:
        partners.append(head)
    return any(x.pos == "NOUN" and not is_health(x) for x in partners)


# What the practice has or offers anyone: "Wheelchairs are available at our entrance", "we keep reading glasses at
# the front desk", "our clinic offers flu shots". Said with no person in the clause, it is an amenity or a
# service, not a detail about the reader.
_AVAILABLE_AFTER_RE = re.compile(
    r"^\s*(?:(?:is|are)\s+(?:now\s+|always\s+|also\s+|freely\s+)?(?:available|on\s+hand|provided|offered|free|"
    r"kept|stocked)|(?:can\s+be|may\s+be)\s+(?:borrowed|requested|found|picked\s+up))\b",
    re.IGNORECASE,
)
_OFFER_BEFORE_RE = re.compile(
    r"\b(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:office|clinic|practice|team|staff|front\s+desk|lobby|center|centre|"
    r"building))\s+(?:now\s+|also\s+|always\s+)?(?:have|has|offer|offers|provide|provides|keep|keeps|stock|stocks|"
    r"lend|lends|loan|loans|carry|carries)\s+(?:[\w-]+\s+){0,3}$|\b(?:offer|offering|provide|providing)\s+"
    r"(?:free\s+|complimentary\s+)?$",
    re.IGNORECASE,
)


# ... or put everywhere for everyone: "noise-cancelling headphones in every treatment room", "for anyone who asks"
_EVERYONE_AFTER_RE = re.compile(
    r"^\s*(?:(?:in|at|for|to|with)\s+(?:every|each|all|any)\b|(?:for|to)\s+(?:anyone|everyone|anybody|all\s+(?:our\s+)?"
    r"(?:patients|visitors|guests|families))\b)",
    re.IGNORECASE,
)


def _amenity(draft: str, start: int, end: int) -> bool:
    sent_start, sent_end = _bounds(draft, start, end, ".!?\n;")
    if _PERSONAL_RE.search(draft[sent_start:sent_end]):
        return False
    return bool(
        _AVAILABLE_AFTER_RE.match(draft[end : end + 40])
        or _EVERYONE_AFTER_RE.match(draft[end : end + 40])
        or _OFFER_BEFORE_RE.search(draft[sent_start:start])
    )


# "so someone on the waitlist can take it": another person on the practice's waitlist, not the reader.
_WAITLIST_START_RE = re.compile(r"(?:on|to|up)\s", re.IGNORECASE)
_SOMEONE_ELSE_BEFORE_RE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|everyone|others?|people|patients|families|those|another\s+[\w-]+|"
    r"other\s+[\w-]+|whoever|(?:the\s+)?next\s+[\w-]+)\s+$",
    re.IGNORECASE,
)


def _review_keys(ctx: CheckContext) -> set[str]:
    return {key_of(w.text) for w in words(ctx.inp.review_text) if is_content_word(w.text)}


def check(ctx: CheckContext) -> list:
    """Findings for new PHI in the draft."""
    draft = ctx.text
    review_keys = _review_keys(ctx)
    hits: list[tuple[int, int, str]] = []
    staff_runs = [(a, b) for a, b in staff_name_runs(draft) if not _RELATIVE_BEFORE_RE.search(draft[max(0, a - 30) : a])]
    staff_runs += practice_name_runs(draft)  # "the team at Lakeview Allergy & Asthma": the practice's name
    crisis = [m.span() for a, b in sentences(draft) if is_crisis_for_anyone(draft[a:b])
              for m in CRISIS_LINE_NAME_RE.finditer(draft, a, b)]
    by_start = {x.start: x for x in ctx.draft.tokens}  # shared by every finding's everyday-sense test
    health = [(f.start, f.end) for f in ctx.draft.phi if f.entity_type == t.HEALTH]
    for f in ctx.draft.phi:
        if ctx.in_practice_span(f.start, f.end):
            continue
        if any(a <= f.start < b for a, b in crisis):
            continue  # "anyone ... can reach the 988 Suicide & Crisis Lifeline": the name of a public resource
        if any(a <= f.start and f.end <= b for a, b in staff_runs):
            continue  # the practice's own people ("nuestra coordinadora, Marisa Quiñones"): a contact, not a detail
        span_text = draft[f.start : f.end]
        span_keys = {key_of(w.text) for w in words(span_text) if is_content_word(w.text) and not is_soft_word(w.text)}
        if span_keys and span_keys <= review_keys:
            continue  # stated in the review: ECHO_PHI's business
        if f.entity_type in _COUNTED_TYPES:
            if not span_keys and not re.search(r"\d", span_text):
                continue  # only generic words ("billing", "care"): not a detail
            if f.entity_type == t.HEALTH and (_general_sense(ctx, f.start, f.end, by_start, health) or _amenity(draft, f.start, f.end)):
                continue
            hits.append((f.start, f.end, _COUNTED_TYPES[f.entity_type]))
        elif f.entity_type == t.PERSON:
            # Names in replies are almost always staff; spaCy also tags capitalised ordinary words as PERSON.
            # Only a name introduced as someone's relative is counted.
            if span_text[:1].isupper() and _RELATIVE_BEFORE_RE.search(draft[max(0, f.start - 30) : f.start]):
                hits.append((f.start, f.end, "a person's name"))
    for m in _FACT_RE.finditer(draft):
        if _SCHEDULE_RE.match(m.group()) and _is_practice_work(draft, m.start()):
            continue  # "the elevator repair is scheduled for next week": the building's schedule, not the reader's
        if _WAITLIST_START_RE.match(m.group()) and _SOMEONE_ELSE_BEFORE_RE.search(draft[max(0, m.start() - 30) : m.start()]):
            continue  # "so someone on the waitlist can take the slot"
        hits.append((m.start(), m.end(), "a statement of fact about the reviewer's care, records or account"))
    return [finding(NEW_PHI, s, e, message(NEW_PHI, d)) for s, e, d in hits]
