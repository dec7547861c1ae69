"""ECHO_PHI: the draft repeats or paraphrases something the reviewer disclosed.

What it catches, and why: anything a reviewer posted about their care is still PHI when the practice repeats it,
because the reply ties it to the practice. The rule collects the disclosed items of the review (every review
finding except PROVIDER, plus every part of the reviewer's display name, plus any insurance carrier the review
names) and looks for them in the draft:

* words are compared on stems, case-insensitively and on whole words, so possessives and inflections match
  ("extracted" ~ "extraction", "teeth" ~ "tooth", "Claude's" ~ "Claude"); stop-words and generic care words
  ("care", "dental", "doctor", "visit") never count on their own;
* phone numbers, IDs and emails are compared on their digits / lowercase form, whatever the formatting;
* concept groups (``app.replycheck.concepts``) catch generic allusions: a review about a miscarriage makes
  "this loss" an echo, a review about a Christmas Eve visit makes "holidays included" one;
* a remark on the health of someone the review talked about ("glad he is doing better") is an echo of their
  health even without a shared word.

Names of the practice's staff are not echoes: a review name written with a staff title ("Dr. Feld",
"hygienist Yesenia") is treated as PROVIDER, and so is a draft name written with a title or in a frame that passes
praise to staff ("we'll share this with Luz Amparo", "for recognizing Reggie", "le compartiremos su mensaje a
Leticia"), unless the review introduced the name as a relative (English or Spanish possessive + kinship word).
A place is compared by its own word forms and, for a named place, by its distinctive name and its kind ("Kestrel",
"college"), not by everyday words inside the name ("community", "park"). A service word said of everyone ("any test
or charge") and a time of day in the practice's hours ("until 7 p.m.") are not echoes of one word of a disclosure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.phi import types as t
from app.phi.recognizers._common import common_words
from app.phi.recognizers.filters import PRACTICE_SITE_AFTER
from app.phi.recognizers.health_model import MODEL_RECOGNIZER
from app.phi.registry import name_variants
from app.phi.types import PhiFinding, category_of
from app.replycheck.concepts import CONCEPT_GROUPS, FAMILY_GROUPS, INSURERS
from app.replycheck.context import CheckContext, finding, sentences
from app.replycheck.lexicon import (
    ECHO_IDIOMS,
    ES_WELLBEING_RE,
    ORG_WORDS,
    OUTCOME_RE,
    STAFF_TITLE_RE,
    practice_name_runs,
    staff_name_runs,
    Word,
    is_common_word,
    is_crisis_for_anyone,
    is_content_word,
    is_soft_word,
    key_of,
    words,
)
from app.replycheck.rules import ECHO_PHI, message

_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
# Parts of speech that show a capitalised word is being used as an ordinary word, not as a name
# ("Will you...", "Hope you are well", "we hope").
_NOT_NAME_POS = frozenset({"AUX", "VERB", "ADV", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "INTJ", "ADJ"})

_WELLBEING_RE = re.compile(
    r"\b(?:glad|happy|thrilled|relieved|pleased|great|wonderful|good)\b(?:\s+to\s+(?:hear|know|see|read))?(?:\s+that)?"
    r"\s+(?:he|she|they|you|your\s+\w+|(?-i:[A-Z][a-z]+))(?:\s+is|'s|’s|\s+are|'re|’re|\s+was|\s+were)?\s+"
    r"(?:now\s+)?(?:(?:doing|feeling|getting)(?:\s+(?:so\s+|much\s+|a\s+lot\s+)?(?:better|well|great|ok|okay|stronger))?|"
    r"back\s+to|back\s+on|on\s+the\s+mend|recovering|healing|healed|better|improving|stable|ok|okay|well)\b",
    re.IGNORECASE,
)
# "we hope that screen-time blur eases up soon": wishing someone's symptom away (not "the scheduling issue")
_NOT_SYMPTOMS = (
    r"(?:confusion|situation|issues?|matters?|misunderstanding|billing|bills?|waits?|backlog|schedul\w*|phones?|"
    r"systems?|process|parking|experience|frustration|problems?|construction|noise|traffic|staffing|hold|lines?|"
    r"delays?|communication|website|portal|app|weather|renovation|shortage)\b"
)
_SYMPTOM_AWAY_RE = re.compile(
    r"\b(?:hope|hoping|wish|wishing|trust)\s+(?:that\s+)?(?:the|that|this|those|these|your|his|her|their)\s+"
    r"(?:(?!" + _NOT_SYMPTOMS + r")[\w-]+\s+){0,3}?"
    r"(?:eases?\s+up|clears?\s+up|goes\s+away|go\s+away|heals?|fades?|subsides?|resolves?|settles?\s+down|calms?\s+down|"
    r"gets?\s+better|improves?|(?:keeps?|is|are)\s+getting\s+(?:easier|better|stronger)|gets?\s+(?:easier|stronger)|"
    r"continues?\s+to\s+(?:improve|get\s+(?:easier|better|stronger)))\b",
    re.IGNORECASE,
)
_GET_WELL_RE = re.compile(
    r"\b(?:hope|hoping|wish|wishing)\s+(?:that\s+)?(?:you|he|she|they|your\s+\w+|(?-i:[A-Z][a-z]+))\s*"
    r"(?:'re|’re|'s|’s|\s+is|\s+are|\s+will|'ll|’ll)?\s*"
    r"(?:(?:feel|feels|feeling|get|gets|getting|doing)\s+(?:better|well|ok|okay|stronger)|"
    r"(?:recover|recovers|recovering|heal|heals|healing)\b(?:\s+(?:soon|quickly|well|fully))?)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Item:
    """One disclosed item of the review, reduced to comparison keys (never kept as text in messages)."""

    kind: str  # an entity type, or "NAME" for the reviewer's display name
    keys: frozenset[str]
    is_name: bool = False
    # Soft words of a phrase made only of everyday words ("hearing", "walking"): compared on their surface form and
    # only where the draft uses them as a noun or adjective (see lexicon.SOFT_WORDS).
    soft: frozenset[str] = frozenset()
    # A name the review introduces as the reviewer's relative ("my daughter Lila"): never a staff name.
    family: bool = False
    # If set, a draft word must also have one of these surface forms (places: "Park" vs. "parking").
    surface: frozenset[str] = frozenset()


def _is_staff_name(review: str, f: PhiFinding, staff_names: set[str]) -> bool:
    """A PERSON span that is really the practice's staff: titled ("Dr. X", "nurse X") here or elsewhere in the review."""
    name = review[f.start : f.end]
    if name.lower() in staff_names or STAFF_TITLE_RE.search(name.split()[0] + " " if name.split() else ""):
        return True
    parts = [p for p in name.split() if not STAFF_TITLE_RE.fullmatch(p)]
    first = parts[0] if parts else name
    for m in re.finditer(r"(?<!\w)" + re.escape(first) + r"(?!\w)", review):
        if STAFF_TITLE_RE.search(review[max(0, m.start() - 25) : m.start()]):
            return True
    return False


# Weekdays in the plural, or after "every"/"each"/"most": a frequency ("the wait is long on Saturdays"), which the
# policy never counts as a date.
_PLURAL_DAY_RE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|weeknights|mornings|evenings|nights", re.I)
_FREQUENCY_RE = re.compile(
    r"(?:\W*(?:on\s+)?(?:(?:every|each|most|some|all|many)\s+(?:other\s+)?)(?:[\w-]+\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|morning|evening|night|month)s?\b|"
    r"\W*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|weeknights)(?:\s+(?:mornings|evenings|nights|afternoons))?\W*$)",
    re.IGNORECASE,
)


def _staff_spans(review: str, findings: tuple[PhiFinding, ...]) -> list[tuple[int, int]]:
    """Where the review names the practice's people: PROVIDER findings and names next to a staff role or a service
    (``lexicon.staff_name_runs``), unless the review introduces the name as a relative."""
    spans = [(f.start, f.end) for f in findings if f.entity_type == t.PROVIDER]
    spans += staff_name_runs(review)
    return [(s, e) for s, e in spans if not (_FAMILY_BEFORE_RE.search(review[max(0, s - 40) : s]) or _is_possessed(review, e))]


def _staff_keys(review: str, spans: list[tuple[int, int]]) -> set[str]:
    keys: set[str] = set()
    for s, e in spans:
        keys |= {key_of(w.text) for w in words(review[s:e]) if len(w.text) >= 2 and not STAFF_TITLE_RE.fullmatch(w.text)}
    return keys


def _date_keys(text: str) -> set[str]:
    keys: set[str] = set()
    for w in words(text):
        low = w.lower
        if low in _MONTHS_DAYS or re.fullmatch(r"(?:19|20)\d\d", low):
            keys.add(key_of(low))
    for m in re.finditer(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d\d", text):
        keys.add("d:" + re.sub(r"\D", "", m.group()))
    return keys


_FAMILY_BEFORE_RE = re.compile(
    r"\b(?:my|our|his|her|their|mi|mis|su|sus|nuestr[oa]s?)\s+(?:[\w-]+\s+)?(?:son|daughter|kid|child|baby|boy|girl|toddler|wife|husband|"
    r"partner|spouse|fianc[eé]e?|mom|mother|mum|dad|father|brother|sister|grandson|granddaughter|grandma|grandpa|"
    r"grandmother|grandfather|niece|nephew|aunt|uncle|cousin|friend|neighbou?r|hijo|hija|esposo|esposa|madre|padre|"
    r"mam[aá]|pap[aá]|hermano|hermana|nieto|nieta|abuela|abuelo)\s*,?\s*$",
    re.IGNORECASE,
)
# Review-side identifiers compared verbatim whatever the detector found: emails, phone numbers, handles, URLs and
# long digit runs (claim, account and member numbers).
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z_][\w.]{2,}")
_DIGITS_RE = re.compile(r"(?<![\w])[\d(+#][\d\s().+\-/]{3,}\d(?![\w])")


def _soft_form(word: str) -> str:
    w = word.lower().replace("’", "'")
    w = w[:-2] if w.endswith("'s") else w
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _phrase_item(kind: str, text: str, *, keep_small_numbers: bool) -> _Item | None:
    """Keys of one disclosed phrase: its specific words, or, for a phrase of only soft words, their forms."""
    content = [w.text for w in words(text) if is_content_word(w.text)]
    if not keep_small_numbers:
        content = [c for c in content if not c.isdigit() or len(c) >= 2]
    hard = {key_of(c) for c in content if not is_soft_word(c)}
    if hard:
        return _Item(kind, frozenset(hard))
    soft = {_soft_form(c) for c in content}
    return _Item(kind, frozenset(), soft=frozenset(soft)) if soft else None


def _model_item(text: str) -> list[_Item]:
    """Keys of a description the health model found ("kept falling asleep in class"): its words outside the
    everyday list, or, when every word is an everyday one, the description itself as a phrase. The model reads
    health from the words together, so one everyday word of it ("leaks like crazy" -> "if you'd like", "questions
    stop bouncing") is no echo."""
    content = [w.text for w in words(text) if is_content_word(w.text) and (not w.text.isdigit() or len(w.text) >= 2)]
    everyday = common_words()
    hard = {key_of(c) for c in content if c.lower() not in everyday and not is_soft_word(c)}
    if hard:
        return [_Item(t.HEALTH, frozenset(hard))]
    phrase = " ".join(text.lower().replace("’", "'").split())
    return [_Item(t.HEALTH, frozenset({"s:" + phrase}))] if content else []


def _review_items(ctx: CheckContext) -> list[_Item]:
    inp = ctx.inp
    review = inp.review_text
    practice = {v.lower() for v in inp.practice.allowed_strings()}
    staff = {s.lower() for s in (*inp.practice.staff_names, inp.practice.contact_name) if s}
    items: list[_Item] = []
    staff_spans = _staff_spans(review, ctx.review_findings)
    staff_keys = _staff_keys(review, staff_spans)

    name_parts = {p for v in name_variants(inp.reviewer_name) for p in re.split(r"[\s_.\-]+", v) if len(p) >= 2}
    name_parts = {p for p in name_parts if p.lower() not in practice and p.lower() not in {"anonymous", "user", "guest"}}
    if name_parts:
        items.append(_Item("NAME", frozenset(key_of(p) for p in name_parts), is_name=True, family=True))

    for f in ctx.review_findings:
        if f.entity_type == t.PROVIDER:
            continue
        text = review[f.start : f.end]
        if not text.strip() or text.lower() in practice:
            continue
        if any(s <= f.start and f.end <= e for s, e in staff_spans):
            continue  # a staff name, whatever type the detector gave it ("my OT Renata" read as a condition)
        if f.entity_type == t.PERSON:
            # Names are capitalised; a lowercase "grace" is the ordinary word.
            if text[:1].islower() or _is_staff_name(review, f, staff):
                continue
            keys = {key_of(w.text) for w in words(text) if len(w.text) >= 2 and not STAFF_TITLE_RE.fullmatch(w.text)}
            family = bool(_FAMILY_BEFORE_RE.search(review[max(0, f.start - 40) : f.start])) or _is_possessed(review, f.end)
            if not family and keys and keys <= staff_keys:
                continue  # a name the review gives to the practice's staff ("my PT Jolene", "Marcus at the front desk")
            items.append(_Item(t.PERSON, frozenset(keys), is_name=True, family=family))
            continue
        if f.entity_type in (t.CONTACT, t.ID):
            digits = re.sub(r"\D", "", text)
            keys = {"n:" + digits[-7:]} if len(digits) >= 5 else set()
            keys |= {"s:" + text.lower().strip()}
            if not re.search(r"[@/:]|\.\w{2,}$|^\W*[\d(+]", text.strip()):  # a street address: its words count too
                keys |= {key_of(w.text) for w in words(text) if is_content_word(w.text) and not w.text.isdigit()}
            items.append(_Item(f.entity_type, frozenset(keys)))
            continue
        if f.entity_type == t.DATE_TIME:
            if _FREQUENCY_RE.match(text) or _FREQUENCY_RE.match(review[max(0, f.start - 6) : f.end]):
                continue  # "every Tuesday", "on Saturdays": a frequency, not a date (never PHI by the policy)
            keys = _date_keys(text)
            keys |= {key_of(w.text) for w in words(text) if is_content_word(w.text) and not w.text[0].isdigit()}
            keys -= {key_of(w) for w in ("later", "ago", "morning", "night", "evening", "afternoon", "second", "seconds",
                                         "spring", "summer", "fall", "autumn", "winter", "week", "weekend", "month",
                                         "year", "season", "today", "madrugada")}
            keys = {k for k in keys if not is_soft_word(k)}
            if keys:
                items.append(_Item(t.DATE_TIME, frozenset(keys)))
            continue
        if f.recognizer == MODEL_RECOGNIZER and f.entity_type == t.HEALTH:
            items.extend(_model_item(text))
            continue
        item = _phrase_item(f.entity_type, text, keep_small_numbers=f.entity_type == t.AGE)
        if item is not None and f.entity_type not in (t.HEALTH, t.AGE, t.FINANCIAL) and staff_keys:
            # A staff name the detector read as a place or organisation ("dr Amara Okafor", "the RT Dwayne").
            item = _Item(item.kind, item.keys - staff_keys, soft=item.soft) if item.keys - staff_keys or item.soft else None
        if item is not None and f.entity_type == t.LOCATION and re.fullmatch(r"[A-Z][\w'’-]+", text.strip()):
            # one capitalised word read as a place may be a staff name ("Kelsey is wonderful"): compare it as a name
            item = _Item(item.kind, item.keys, is_name=True, soft=item.soft)
        elif item is not None and f.entity_type == t.LOCATION:
            # a place is compared on its words' own forms: "Sunset Park" is not echoed by "on-site parking"; and a
            # named place by its name and its kind ("Kestrel", "college"), not by the everyday words inside the name
            # ("our whole community" does not echo "Kestrel Valley Community College")
            keys = item.keys
            everyday = common_words()
            distinctive = {key_of(w.text) for w in words(text) if w.text.lower() not in everyday}
            if distinctive:
                keys = frozenset(k for k in keys if k in distinctive or k in _PLACE_KINDS)
            item = _Item(item.kind, keys, soft=item.soft, surface=frozenset(_soft_form(w.text) for w in words(text)))
        if item is not None:
            items.append(item)

    proper = _proper_nouns(review, staff | practice) - staff_keys
    if proper:
        items.append(_Item("PROPER", frozenset(proper), is_name=True))

    ident: set[str] = set()
    for m in _EMAIL_RE.finditer(review):
        ident.add("s:" + m.group().lower().rstrip("."))
    for m in _HANDLE_RE.finditer(review):
        ident.add("s:" + m.group().lower())
    for m in _DIGITS_RE.finditer(review):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 5:
            ident.add("n:" + digits[-7:])
    if ident:
        items.append(_Item(t.CONTACT, frozenset(ident)))

    # a carrier's name that is a staff member's in this review ("la Dra. Molina") is the staff member, not a plan
    carriers = {m.group().lower() for m in INSURERS.finditer(review)
                if not any(s <= m.start() < e for s, e in staff_spans)}
    if carriers:
        items.append(_Item(t.FINANCIAL, frozenset("s:" + c for c in carriers)))
    return items


def _is_possessed(review: str, end: int) -> bool:
    """True if the name is followed by a relation ("Lila, my daughter"), which marks family."""
    return bool(re.match(r"\s*,?\s*(?:my|our)\s+(?:son|daughter|kid|child|wife|husband|mom|mother|dad|father|"
                         r"brother|sister|partner|grand\w+)\b", review[end : end + 30], re.IGNORECASE))


def _org_runs(text: str) -> list[tuple[int, int]]:
    """Capitalised runs ending in an organisation word ("Maple Grove Family Dental"): a practice, not a person."""
    runs: list[tuple[int, int]] = []
    for m in re.finditer(r"(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*", text):
        last = re.split(r"\s+", m.group().strip())[-1].lower().strip(".")
        if last in ORG_WORDS and " " in m.group().strip():
            runs.append((m.start(), m.end()))
    return runs


def _proper_nouns(review: str, excluded: set[str]) -> set[str]:
    """Keys of capitalised words used mid-sentence in the review (names, brands, places, acronyms).

    A fallback for names and terms the detector missed ("Aarav's forms"); staff names (titled), titles themselves,
    organisation names ("Maple Grove Family Dental", the practice even when it is not configured) and the
    practice's own strings are left out, as are stop and generic words.
    """
    keys: set[str] = set()
    orgs = _org_runs(review)
    for w in words(review):
        if not w.text[:1].isupper() or not is_content_word(w.text) or w.lower in excluded:
            continue
        if STAFF_TITLE_RE.fullmatch(w.text) or w.lower in {"ms", "mrs", "mr", "miss", "sra", "sr", "srta"}:
            continue
        if _PLURAL_DAY_RE.fullmatch(w.text) or re.search(
            r"\b(?:every|each|most|all|many)\s+(?:other\s+)?$", review[max(0, w.start - 16) : w.start], re.IGNORECASE
        ):
            continue  # "on Saturdays", "every Friday": a frequency, not a date
        if any(s <= w.start and w.end <= e for s, e in orgs):
            continue
        before = review[: w.start].rstrip()
        if not before or before[-1] in ".!?>:;\"'(-–—*¡¿" or review[w.start - 1 : w.start] == "\n":
            continue  # sentence-initial: capitalised for grammar, not because it is a name
        if STAFF_TITLE_RE.search(review[max(0, w.start - 25) : w.start]):
            continue
        if PRACTICE_SITE_AFTER.match(review[w.end : w.end + 30]):
            continue  # "the Westbrook office": the practice's own site
        keys.add(key_of(w.text))
    return keys



def _looks_like_name(ctx: CheckContext, w: Word) -> bool:
    """True if this draft word is used as a name, not as the ordinary word it may also be ("hope", "will")."""
    tok = ctx.draft.token_at(w.start, w.end)
    if tok is None:
        return w.text[:1].isupper()
    if tok.pos == "PROPN":
        return True
    if w.text[:1].islower() or tok.pos in _NOT_NAME_POS:
        return False
    return True


def _is_staff_elsewhere(draft: str, w: Word) -> bool:
    """A draft name that the draft itself titles somewhere ("Dr. Greene ... Greene's team")."""
    bare = re.sub(r"['’]s?$", "", w.text)
    for m in re.finditer(r"(?<!\w)" + re.escape(bare) + r"(?!\w)", draft):
        if _has_staff_title(draft, m.start()):
            return True
    return False


def _has_staff_title(text: str, start: int) -> bool:
    return bool(STAFF_TITLE_RE.search(text[max(0, start - 25) : start]))


# Frames in which a draft names a member of the practice's staff ("we'll pass this along to Marco", "Audrey goes
# above and beyond", "Renee and the rest of our team"). A name the review did not introduce as family is a staff
# name in such a frame.
_STAFF_FRAME_BEFORE_RE = re.compile(
    r"(?:\b(?:pass|passed|passing|share|shared|sharing|send|sent|relay|relayed|forward|forwarded|give|gave|show|"
    r"showed)\b[^.!?]{0,50}\b(?:to|with)|\bincluding|\b(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:team\s+member|colleague|"
    r"nurse|hygienist|injector|therapist|counselor|assistant|coordinator|receptionist|audiologist|technician|"
    r"manager|staff\s+member|provider)|\b(?:our|the)\s+(?:wonderful|amazing|own|lovely|fantastic)|"
    # "we'll make sure Tamsin sees it", "be sure Dr. Lee hears this"; "... to Dr. Lisowski and Noor"
    r"\b(?:make|be)\s+sure|\b(?:ms|mrs|mr|mx|miss|nurse|dr)\.?\s+[\w'’-]+\s+(?:and|&)|"
    # praise named: "for recognizing Reggie", "the kind words about Dara", "compliments to Kendra"
    # (only verbs of passing praise to staff; "mentioning Lila", "celebrating Lila", "a shout-out to Lila" can be
    # about the reviewer's child, so they are not staff frames)
    r"\b(?:recogni[sz]ing|praising|thanking|complimenting)|\b(?:kind|nice|lovely|generous|warm)\s+words\s+(?:about|for)|"
    r"\bcompliments?\s+to|"
    # Spanish relay: "le compartiremos este mensaje a Leticia", "le haremos llegar sus palabras a", "con Leticia"
    r"\b(?:compart|pas|transmit|har[eé]mos\s+llegar|hacer\s+llegar|dar|dir|comunic|envi)\w*\b[^.!?]{0,50}\b(?:a|con))\s*,?"
    r"(?:\s+(?:ms|mrs|mr|mx|miss|nurse|dr)\.?)?\s*(?:[\w'’]+-)?$",
    re.IGNORECASE,
)
_STAFF_FRAME_AFTER_RE = re.compile(
    r"^(?:-[\w'’]+)?(?:['’]s\s+(?:team|colleagues|coworkers)|\s+(?:(?:has|have|already)\s+)?(?:sees?|seen|gets?|got|hears?|heard|reads?|read|"
    r"receives?|received)\s+(?:it|this|that|them|"
    r"these|your)\b|\s+will\s+(?:love|enjoy|appreciate)\s+(?:hearing|reading|seeing)\b|\s*,?\s*(?:and\s+(?:the\s+rest\s+of\s+|all\s+of\s+|everyone\s+on\s+)?"
    r"(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:team|staff|colleagues)|will\s+be\s+(?:so\s+|very\s+)?(?:thrilled|delighted|"
    r"happy|glad|touched|grateful|honou?red|pleased)|(?:is|was)\s+(?:so\s+|very\s+)?(?:thrilled|delighted|touched|"
    r"grateful|honou?red)|goes\s+above|works?\s+(?:so\s+)?hard|has\s+been\s+(?:with\s+us|part\s+of)|"
    r"(?:is|has\s+been)\s+(?:a|an|one\s+of)\s+(?:[\w-]+\s+)?(?:treasure|asset|gem|favou?rite|member)|"
    r"on\s+our\s+team|,\s+(?:our|one\s+of\s+our)\b|(?:is|was|has\s+been|['’]s)\s+(?:also\s+)?(?:one\s+of\s+our|our\s+"
    r"(?:lead|senior|head|most|newest|longest)|with\s+us\s+since)\b))",
    re.IGNORECASE,
)


# Names joined by "and" or a comma share their frame: "make sure Jonah and Soraya see it".
_COORD_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+)(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$")
_COORD_AFTER_RE = re.compile(r"^(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:(?i:ms|mrs|mr|mx|dr|nurse)\.?\s+)?([A-Z][\w'’-]+)")


_NAME_PART_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s$")
_NAME_PART_AFTER_RE = re.compile(r"^\s[A-Z][\w'’-]*(?![\w'’-])")


def _name_run(draft: str, w: Word) -> Word:
    """The whole capitalized run a name word belongs to ("Luz Amparo", "Mary Beth"), within one sentence."""
    start, end = w.start, w.end
    for _ in range(2):
        m = _NAME_PART_BEFORE_RE.search(draft[max(0, start - 30) : start])
        if not m or re.search(r"[.!?]\s*$", draft[max(0, start - 30) : start - len(m.group())]) or start - len(m.group()) == 0:
            break
        start -= len(m.group())
    for _ in range(2):
        m = _NAME_PART_AFTER_RE.match(draft[end : end + 30])
        if not m:
            break
        end += len(m.group())
    return Word(start, end, draft[start:end])


# The kind of place in a place name: an echo on its own ("the plant" for "the Ford plant").
_PLACE_KINDS = frozenset(key_of(w) for w in (
    "plant", "factory", "mill", "warehouse", "school", "college", "university", "academy", "elementary", "church",
    "station", "base", "gym", "office", "store", "shop", "restaurant", "bakery", "salon", "farm", "ranch", "campus",
    "site", "yard", "depot", "hospital", "firm", "bank", "library", "prison", "jail", "mine", "refinery", "shipyard",
    "body", "garage", "diner", "cafe", "hotel", "club", "league", "dealership", "casino", "resort", "brewery", "winery",
    "pub", "mall", "plaza", "high", "middle", "preschool", "daycare", "parish", "temple", "mosque",
    "synagogue", "congregation", "barracks", "post", "precinct",
))


# Feelings about service that a reply may wish away for everyone ("Nobody should feel confused or unheard when they
# call us"); a symptom or a health state said of everyone is still an allusion ("no one should feel dizzy").
_EVERYDAY_FEELINGS = frozenset({"confused", "unheard", "rushed", "dismissed", "ignored", "frustrated", "embarrassed",
                                "uncomfortable", "unwelcome", "overwhelmed", "judged", "alone", "lost", "brushed"})
_EVERYONE_FEELS_RE = re.compile(
    r"\b(?:nobody|no\s+one|anyone|everyone|everybody|every\s+\w+|no\s+\w+|people|patients|families)\s+(?:should|deserves?\s+to|"
    r"must|ought\s+to)\s+(?:ever\s+)?(?:feel|be|leave|walk\s+out|go\s+home)\s+(?:[\w-]+\s+(?:or|and)\s+)?$",
    re.IGNORECASE,
)
# "any", "every", "each", "no" (+ one modifier) right before a generic service word: "any test or charge", "every
# scan". A condition stays an echo however it is quantified ("testing for all common infections").
_UNIVERSAL_BEFORE_RE = re.compile(r"\b(?:any|every|each|no|all)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SERVICE_HEADS = frozenset({
    "test", "tests", "testing", "exam", "exams", "examination", "scan", "scans", "screening", "screenings", "check",
    "checkup", "check-up", "procedure", "procedures", "treatment", "treatments", "service", "services", "charge",
    "charges", "bill", "bills", "fee", "fees", "form", "forms", "medication", "medications", "medicine", "medicines",
    "prescription", "prescriptions", "referral", "referrals", "order", "orders", "plan", "plans", "session", "sessions",
})


def _said_of_everyone(draft: str, w: Word) -> bool:
    return w.text.lower() in _SERVICE_HEADS and bool(_UNIVERSAL_BEFORE_RE.search(draft[max(0, w.start - 30) : w.start]))


def _feeling_said_of_everyone(draft: str, w: Word) -> bool:
    """An everyday feeling about service wished away for everyone: "Nobody should feel confused when they call us"."""
    return w.text.lower() in _EVERYDAY_FEELINGS and bool(_EVERYONE_FEELS_RE.search(draft[max(0, w.start - 40) : w.start]))


def _in_staff_frame(draft: str, w: Word, step: int = 0) -> bool:
    w = _name_run(draft, w)
    if _STAFF_FRAME_BEFORE_RE.search(draft[max(0, w.start - 80) : w.start]) or _STAFF_FRAME_AFTER_RE.search(
        draft[w.end : w.end + 60]
    ):
        return True
    if step >= 0:  # walk left along the coordination
        m = _COORD_BEFORE_RE.search(draft[max(0, w.start - 40) : w.start])
        if m and abs(step) < 3:
            base = max(0, w.start - 40)
            if _in_staff_frame(draft, Word(base + m.start(1), base + m.end(1), m.group(1)), step + 1):
                return True
    if step <= 0:  # and right
        m = _COORD_AFTER_RE.match(draft[w.end : w.end + 40])
        if m and abs(step) < 3:
            if _in_staff_frame(draft, Word(w.end + m.start(1), w.end + m.end(1), m.group(1)), step - 1):
                return True
    return False


def _is_name_use(ctx: CheckContext, w: Word, item: _Item) -> bool:
    """A draft word that matches a name item is an echo only if it is used as that name."""
    draft = ctx.text
    if len(w.text) < 2 or _has_staff_title(draft, w.start):
        return False
    if w.text[:1].islower() and (is_common_word(w.text) or len(w.text) <= 3):
        return False  # "al", "del", "van": the ordinary word, not part of a name
    if not _looks_like_name(ctx, w):
        return False
    if item.kind == "PROPER" and (not w.text[:1].isupper() or _is_staff_elsewhere(draft, w)):
        return False
    if not item.family and item.kind in (t.PERSON, "PROPER", t.LOCATION) and _in_staff_frame(draft, w):
        return False  # praise passed to staff the reviewer named
    return True


def _is_nominal(ctx: CheckContext, w: Word) -> bool:
    """True unless the parse says the draft uses the word as a verb ("walks into", "hear", "running late")."""
    tok = ctx.draft.token_at(w.start, w.end)
    return tok is None or tok.pos not in ("VERB", "AUX")


def _is_phrasal_verb(ctx: CheckContext, w: Word) -> bool:
    """True if the parse reads the word as a verb with a particle ("set up", "check in", "pick up")."""
    tok = ctx.draft.token_at(w.start, w.end)
    if tok is None or tok.pos not in ("VERB", "AUX"):
        return False
    return tok.start in ctx.draft.particle_heads


def check(ctx: CheckContext) -> list:
    """Findings for every place the draft repeats a disclosed item."""
    draft = ctx.text
    items = _review_items(ctx)
    hits: list[tuple[int, int, str]] = []

    word_keys: dict[str, list[_Item]] = {}
    soft_keys: dict[str, list[_Item]] = {}
    for item in items:
        for k in item.keys:
            word_keys.setdefault(k, []).append(item)
        for k in item.soft:
            soft_keys.setdefault(k, []).append(item)

    # Spans of the draft that never echo: organisation names (the practice, configured or not) and fixed
    # expressions ("take it to heart", "sorry to hear").
    masked = [*_org_runs(draft), *practice_name_runs(draft), *((m.start(), m.end()) for m in ECHO_IDIOMS.finditer(draft))]
    # Phone numbers are compared whole, on their digits (below); their parts are not words ("(210) 555-..." does
    # not echo "$210").
    masked += [(m.start(), m.end()) for m in _PHONE_RUN_RE.finditer(draft) if sum(c.isdigit() for c in m.group()) >= 10]
    # Email addresses and web addresses are compared whole (below); their parts are not words ("hearing@...").
    masked += [(m.start(), m.end()) for m in _ADDRESS_RE.finditer(draft)]

    def is_masked(start: int, end: int) -> bool:
        return ctx.in_practice_span(start, end) or any(s <= start and end <= e for s, e in masked)

    dwords = words(draft)
    for w in dwords:
        if is_masked(w.start, w.end):
            continue
        k = key_of(w.text)
        for item in word_keys.get(k, []):
            if item.is_name:
                if not _is_name_use(ctx, w, item):
                    continue
            elif not is_content_word(w.text) and not _is_date_word(item, w, draft):
                continue
            elif is_soft_word(w.text) and item.kind != t.DATE_TIME:
                continue  # the same stem, but the everyday word ("contacts" vs. "contacted")
            elif item.surface and _soft_form(w.text) not in item.surface:
                continue
            elif w.text.isdigit() and _CLOCK_AFTER_RE.match(draft[w.end : w.end + 8]) and item.kind != t.DATE_TIME:
                continue
            elif len(item.keys) > 1 and _said_of_everyone(draft, w):
                continue  # one word of a longer disclosure, said of everyone: "any test or charge", "every scan"
            elif item.kind == t.HEALTH and _feeling_said_of_everyone(draft, w):
                continue  # "Nobody should feel confused when they call us": a feeling said of everyone
            elif len(item.keys) > 1 and _is_phrasal_verb(ctx, w):
                continue  # one word of a longer disclosure, as a phrasal verb: "we've set up" is not "infusion set"
            hits.append((w.start, w.end, _detail(item.kind)))
            break
        else:
            its = soft_keys.get(_soft_form(w.text), [])
            if its and _is_nominal(ctx, w) and not _said_of_everyone(draft, w) and not _feeling_said_of_everyone(draft, w):
                hits.append((w.start, w.end, _detail(its[0].kind)))

    # Numbers, phones and IDs compared on digits; emails and carriers on their lowercase form.
    for m in re.finditer(r"[\d(+#][\d\s().+\-/]{3,}\d", draft):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 5 and ("n:" + digits[-7:]) in word_keys and not ctx.in_practice_span(m.start(), m.end()):
            hits.append((m.start(), m.end(), "a phone number or ID number"))
    for m in re.finditer(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d\d", draft):
        if ("d:" + re.sub(r"\D", "", m.group())) in word_keys:
            hits.append((m.start(), m.end(), "a date or time"))
    lowered = draft.lower()
    for k, its in word_keys.items():
        if k.startswith("s:") and len(k) > 4:
            # words apart by any whitespace, apostrophes straight or curly ("couldn’t", "leaks like\ncrazy")
            needle = re.escape(k[2:]).replace("\\ ", r"\s+").replace("'", "['’]")
            for m in re.finditer(r"(?<![\w.@])" + needle + r"(?![\w@])", lowered):
                if not ctx.in_practice_span(m.start(), m.end()):
                    hits.append((m.start(), m.end(), _detail(its[0].kind)))

    review = ctx.inp.review_text
    # A crisis line offered to anyone ("If anyone is struggling, call or text 988") is a public resource, not an
    # allusion to the reviewer (the corpus policy's own example); its wording is not compared with the review.
    crisis = [(a, b) for a, b in sentences(draft) if is_crisis_for_anyone(draft[a:b])]
    for group in (*CONCEPT_GROUPS, *FAMILY_GROUPS):
        if not group.review_cues.search(review):
            continue
        for m in group.draft_cues.finditer(draft):
            if any(a <= m.start() < b for a, b in crisis):
                continue
            if not is_masked(m.start(), m.end()):  # the practice's own name, email or website says nothing
                hits.append((m.start(), m.end(), f"an allusion to {group.label}"))

    # "this condition", "that injury": pointing back at a health matter the review disclosed.
    if any(i.kind == t.HEALTH for i in items):
        for m in _HEALTH_ALLUSION_RE.finditer(draft):
            hits.append((m.start(), m.end(), "an allusion to a health matter"))

    # "that weekend", "that day": pointing back at a date the review gave.
    if any(i.kind == t.DATE_TIME for i in items):
        for m in _DEICTIC_DATE_RE.finditer(draft):
            hits.append((m.start(), m.end(), "a date or time"))

    for m in (*_WELLBEING_RE.finditer(draft), *_GET_WELL_RE.finditer(draft), *_SYMPTOM_AWAY_RE.finditer(draft),
              *OUTCOME_RE.finditer(draft),
              *ES_WELLBEING_RE.finditer(draft)):
        hits.append((m.start(), m.end(), "a remark on someone's health"))

    # Congratulations, pride or good wishes about the reader's own life ("congratulations on this milestone",
    # "proud of you for getting back on track", "good luck with the new job") allude to what the review told.
    for m in _PERSONAL_REMARK_RE.finditer(draft):
        hits.append((m.start(), m.end(), "a remark on the reader's personal life"))

    # "he", "she", "her" with no staff member for them to refer to: someone from the review ("we hope he has a
    # wonderful first week of school").
    hits += _third_person_allusions(ctx)

    return [finding(ECHO_PHI, s, e, message(ECHO_PHI, d)) for s, e, d in _merge(hits)]


# A time of day in the practice's hours ("until 7 p.m.", "7 a.m."): not the review's number 7.
_CLOCK_AFTER_RE = re.compile(r"^\s*(?:[ap]\.?m\.?\b|o['’]clock\b)", re.IGNORECASE)
_PERSONAL_REMARK_RE = re.compile(
    r"\b(?:congratulations|congrats|felicidades|felicitaciones|enhorabuena)\b(?!\s+to\s+(?:our|the\s+(?:team|staff|whole|"
    r"entire|crew|office|practice|clinic|doctors?|nurses?)|dr\b|all\s+our))|"
    # rooting for the reader's life: "we're cheering for a strong senior season"
    r"\b(?:cheering|rooting|pulling)\s+(?:for|on)\s+(?:you|him|her|them|a|an|the|your|his)\b|"
    r"\b(?:so\s+|very\s+|really\s+)?proud\s+of\s+(?:you|him|her|them|your|y'all)\b|"
    r"\b(?:good|best\s+of)\s+luck\s+(?:with|on|in|to\s+(?:you|your|him|her))\b|\bhappy\s+(?:birthday|anniversary)\b|"
    r"\b(?:enjoy|have\s+(?:a|an))\s+(?:[\w-]+\s+){0,2}?(?:first\s+(?:day|week)|retirement|honeymoon|wedding|trip|vacation|"
    r"season|semester|school\s+year)\b",
    re.IGNORECASE,
)
_THIRD_PERSON = {"he", "she", "him", "his", "her", "hers", "él", "ella"}
# Words before a pronoun that give it a staff antecedent ("our hygienist ... spoken with her").
_STAFF_ANTECEDENT_RE = re.compile(
    r"\b(?:dr|dra|doctor|nurse|hygienist|dentist|assistant|receptionist|manager|coordinator|director|therapist|"
    r"counsel(?:l)?or|technician|tech|provider|physician|surgeon|midwife|staff\s+member|team\s+member|colleague|"
    r"employee|front\s+desk|scheduler|biller|pharmacist|optometrist|audiologist|injector|aesthetician|esthetician|"
    r"sonographer|phlebotomist|specialist|owner|founder|officer|administrator|lead|supervisor|head|chief|partner|"
    r"advocate|liaison|representative|rep|pa|np|ma|rn)\b|\b(?:kind|nice|lovely|sweet|generous)\s+words\s+(?:about|for)\b",
    re.IGNORECASE,
)


_CONTACT_PRONOUN_RE = re.compile(
    r"\b(?:contact|call|reach|email|e-mail|text|message|ask\s+for|speak\s+(?:with|to)|talk\s+(?:with|to)|write\s+to)\s*$",
    re.IGNORECASE,
)
_CONTACT_AFTER_RE = re.compile(r"^\s*(?:,\s*[A-Z][\w'’-]+|\s+(?:directly\s+)?(?:at|on)\s+[(+\d\w])")


def _third_person_allusions(ctx: CheckContext) -> list[tuple[int, int, str]]:
    draft = ctx.text
    out = []
    review = ctx.inp.review_text
    staff = {w.lower() for f in ctx.review_findings if f.entity_type == t.PROVIDER
             for w in re.findall(r"[^\W\d_][\w'’-]*", review[f.start : f.end]) if w[:1].isupper()}
    # where the first name in the draft is (a proper noun, or a staff member the review named): a pronoun after it
    # has an antecedent
    first_name_at = min((t.start for t in ctx.draft.tokens if t.text[:1].isupper() and t.text != "I"
                         and (t.pos == "PROPN" or t.text.lower() in staff)), default=len(draft) + 1)
    # the first staff word ("our hygienist", "Dr.") and the first of the practice's own strings: a pronoun after
    # either has a staff antecedent (worked out once, so a long draft stays linear)
    staff_word = _STAFF_ANTECEDENT_RE.search(draft)
    staff_word_end = staff_word.end() if staff_word else len(draft) + 1
    practice_at = min((s for s, _ in ctx.practice_spans), default=len(draft) + 1)
    for tok in ctx.draft.tokens:
        if tok.text.lower() not in _THIRD_PERSON:
            continue
        if staff_word_end <= tok.start or practice_at < tok.start:
            continue
        # "please contact her, Lydia Ferro, at ...", "call him at (555) ...": the contact person
        if _CONTACT_PRONOUN_RE.search(draft[max(0, tok.start - 30) : tok.start]) or _CONTACT_AFTER_RE.match(draft[tok.end : tok.end + 40]):
            continue
        # a name earlier in the draft ("Marco is wonderful, and he ..."): the pronoun has that antecedent; if the
        # name is someone from the review, the name itself is the echo
        # (or a staff member the review named, whatever the tagger made of the word: "Shayla will be thrilled")
        if first_name_at < tok.start:
            continue
        out.append((tok.start, tok.end, "a person from the review"))
    return out


_ADDRESS_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+", re.IGNORECASE)
_PHONE_RUN_RE = re.compile(r"[+(]?\d[\d\s().+\-]{8,}\d")


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n¡¿\"(])\s*$")


_HEALTH_ALLUSION_RE = re.compile(
    r"\b(?:this|that|such\s+an?|the\s+same|these|those)\s+(?:kind\s+of\s+)?(?:condition|diagnosis|illness|disease|"
    r"injury|injuries|infection|symptoms?|ailment|disorder|medication|prescription|procedure|surgery|treatment)s?\b",
    re.IGNORECASE,
)

_DEICTIC_DATE_RE = re.compile(
    r"\bthat\s+(?:day|night|morning|evening|afternoon|weekend|week|date|holiday|shift)\b", re.IGNORECASE
)


def _is_date_word(item: _Item, w: Word, draft: str) -> bool:
    """A month or weekday that is also a stop word ("May") counts when written as a date: capitalised mid-sentence."""
    if item.kind != t.DATE_TIME or w.lower not in _MONTHS_DAYS or not w.text[:1].isupper():
        return False
    return not _SENTENCE_START_RE.search(draft[max(0, w.start - 5) : w.start])


def _detail(kind: str) -> str:
    if kind == "NAME":
        return "the reviewer's name"
    if kind == "PROPER":
        return "a name or proper noun from the review"
    return "a detail of this kind: " + category_of(kind)[1].lower()


def _merge(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sort and merge overlapping spans, keeping the first description."""
    merged: list[tuple[int, int, str]] = []
    for s, e, d in sorted(hits):
        if merged and s < merged[-1][1]:
            ps, pe, pd = merged[-1]
            merged[-1] = (ps, max(pe, e), pd)
        else:
            merged.append((s, e, d))
    return merged
