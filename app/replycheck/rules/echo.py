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
"hygienist Yesenia") is treated as PROVIDER, and so is a draft name written with a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.phi import types as t
from app.phi.registry import name_variants
from app.phi.types import PhiFinding, category_of
from app.replycheck.concepts import CONCEPT_GROUPS, FAMILY_GROUPS, INSURERS
from app.replycheck.context import CheckContext, finding
from app.replycheck.lexicon import STAFF_TITLE_RE, Word, is_content_word, key_of, words
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
    r"\s+(?:he|she|they|you|your\s+\w+|[A-Z][a-z]+)(?:\s+is|'s|’s|\s+are|'re|’re|\s+was|\s+were)?\s+"
    r"(?:now\s+)?(?:(?:doing|feeling|getting)(?:\s+(?:so\s+|much\s+|a\s+lot\s+)?(?:better|well|great|ok|okay|stronger))?|"
    r"back\s+to|back\s+on|on\s+the\s+mend|recovering|healing|healed|better|improving|stable|ok|okay|well)\b",
    re.IGNORECASE,
)
_GET_WELL_RE = re.compile(
    r"\b(?:hope|hoping|wish|wishing)\s+(?:that\s+)?(?:you|he|she|they|your\s+\w+|[A-Z][a-z]+)\s*(?:'re|’re|'s|’s|\s+is|\s+are)?\s*"
    r"(?:feel|feeling|get|getting|recover|recovering|heal|healing|doing)\s+(?:better|well|soon|quickly|ok|okay)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Item:
    """One disclosed item of the review, reduced to comparison keys (never kept as text in messages)."""

    kind: str  # an entity type, or "NAME" for the reviewer's display name
    keys: frozenset[str]
    is_name: bool = False


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


def _date_keys(text: str) -> set[str]:
    keys: set[str] = set()
    for w in words(text):
        low = w.lower
        if low in _MONTHS_DAYS or re.fullmatch(r"(?:19|20)\d\d", low):
            keys.add(key_of(low))
    for m in re.finditer(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d\d", text):
        keys.add("d:" + re.sub(r"\D", "", m.group()))
    return keys


def _review_items(ctx: CheckContext) -> list[_Item]:
    inp = ctx.inp
    review = inp.review_text
    practice = {v.lower() for v in inp.practice.allowed_strings()}
    staff = {s.lower() for s in (*inp.practice.staff_names, inp.practice.contact_name) if s}
    items: list[_Item] = []

    name_parts = {p for v in name_variants(inp.reviewer_name) for p in re.split(r"[\s_.\-]+", v) if len(p) >= 2}
    name_parts = {p for p in name_parts if p.lower() not in practice and p.lower() not in {"anonymous", "user", "guest"}}
    if name_parts:
        items.append(_Item("NAME", frozenset(key_of(p) for p in name_parts), is_name=True))

    for f in ctx.review_findings:
        if f.entity_type == t.PROVIDER:
            continue
        text = review[f.start : f.end]
        if not text.strip() or text.lower() in practice:
            continue
        if f.entity_type == t.PERSON:
            # Names are capitalised; a lowercase "grace" is the ordinary word.
            if text[:1].islower() or _is_staff_name(review, f, staff):
                continue
            keys = {key_of(w.text) for w in words(text) if len(w.text) >= 2}
            items.append(_Item(t.PERSON, frozenset(keys), is_name=True))
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
            keys = _date_keys(text)
            keys |= {key_of(w.text) for w in words(text) if is_content_word(w.text) and not w.text[0].isdigit()}
            keys -= {key_of(w) for w in ("later", "ago", "morning", "night", "evening", "afternoon", "second", "seconds")}
        else:
            keys = {key_of(w.text) for w in words(text) if is_content_word(w.text)}
            # A bare small number ("two of my teeth") is not a detail; amounts and ages are.
            keys = {k for k in keys if not k.isdigit() or len(k) >= 2 or f.entity_type == t.AGE}
        if keys:
            items.append(_Item(f.entity_type, frozenset(keys)))

    proper = _proper_nouns(review, staff | practice)
    if proper:
        items.append(_Item("PROPER", frozenset(proper), is_name=True))

    carriers = {m.group().lower() for m in INSURERS.finditer(review)}
    if carriers:
        items.append(_Item(t.FINANCIAL, frozenset("s:" + c for c in carriers)))
    return items


def _proper_nouns(review: str, excluded: set[str]) -> set[str]:
    """Keys of capitalised words used mid-sentence in the review (names, brands, places, acronyms).

    A fallback for names and terms the detector missed ("Aarav's forms"); staff names (titled) and the
    practice's own strings are left out, as are stop and generic words.
    """
    keys: set[str] = set()
    for w in words(review):
        if not w.text[:1].isupper() or not is_content_word(w.text) or w.lower in excluded:
            continue
        before = review[: w.start].rstrip()
        if not before or before[-1] in ".!?>:;\"'(-–—*" or review[w.start - 1 : w.start] == "\n":
            continue  # sentence-initial: capitalised for grammar, not because it is a name
        if STAFF_TITLE_RE.search(review[max(0, w.start - 25) : w.start]):
            continue
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


def check(ctx: CheckContext) -> list:
    """Findings for every place the draft repeats a disclosed item."""
    draft = ctx.text
    items = _review_items(ctx)
    hits: list[tuple[int, int, str]] = []

    word_keys: dict[str, list[_Item]] = {}
    for item in items:
        for k in item.keys:
            word_keys.setdefault(k, []).append(item)

    dwords = words(draft)
    for w in dwords:
        if ctx.in_practice_span(w.start, w.end):
            continue
        k = key_of(w.text)
        matched = word_keys.get(k, [])
        if not matched:
            continue
        for item in matched:
            if item.is_name:
                if len(w.text) < 2 or not _looks_like_name(ctx, w) or _has_staff_title(draft, w.start):
                    continue
                if item.kind == "PROPER" and (not w.text[:1].isupper() or _is_staff_elsewhere(draft, w)):
                    continue
            elif not is_content_word(w.text):
                continue
            hits.append((w.start, w.end, _detail(item.kind)))
            break

    # Numbers, phones and IDs compared on digits; emails and carriers on their lowercase form.
    for m in re.finditer(r"[\d(+][\d\s().+\-/]{4,}\d", draft):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 5 and ("n:" + digits[-7:]) in word_keys and not ctx.in_practice_span(m.start(), m.end()):
            hits.append((m.start(), m.end(), "a phone number or ID number"))
    for m in re.finditer(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d\d", draft):
        if ("d:" + re.sub(r"\D", "", m.group())) in word_keys:
            hits.append((m.start(), m.end(), "a date or time"))
    lowered = draft.lower()
    for k, its in word_keys.items():
        if k.startswith("s:") and len(k) > 4:
            needle = k[2:]
            for m in re.finditer(r"(?<![\w.@])" + re.escape(needle) + r"(?![\w@])", lowered):
                if not ctx.in_practice_span(m.start(), m.end()):
                    hits.append((m.start(), m.end(), _detail(its[0].kind)))

    review = ctx.inp.review_text
    for group in (*CONCEPT_GROUPS, *FAMILY_GROUPS):
        if not group.review_cues.search(review):
            continue
        for m in group.draft_cues.finditer(draft):
            if not ctx.in_practice_span(m.start(), m.end()):
                hits.append((m.start(), m.end(), f"an allusion to {group.label}"))

    for m in (*_WELLBEING_RE.finditer(draft), *_GET_WELL_RE.finditer(draft)):
        hits.append((m.start(), m.end(), "a remark on someone's health"))

    return [finding(ECHO_PHI, s, e, message(ECHO_PHI, d)) for s, e, d in _merge(hits)]


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
