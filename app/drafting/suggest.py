"""Suggest a template category (and pick a template) for a review.

Pure functions with no database or web imports. The suggestion is only a starting point:
staff always choose and edit the template, and every draft still goes through the reply
gate. Nothing here copies any text from the review into the draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

# A positive review shorter than this many characters (after stripping) gets the short thank-you.
SHORT_POSITIVE_MAX_CHARS = 150

# Topic families for negative reviews, in tie-break order: the more serious topic wins a tie.
TOPIC_PRIORITY: tuple[str, ...] = ("clinical_outcome", "billing", "staff_courtesy", "wait_time")


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_TOPICS_EN: dict[str, re.Pattern[str]] = {
    "wait_time": _rx(
        r"\bwait(?:s|ed|ing)?\b",
        r"\blate\b",
        r"\bhours?\b",
        r"\bhrs?\b",
        r"\b(?:min|mins|minutes)\b",
        r"\bon hold\b",
        r"\bre-?schedul\w*",
        r"\bschedul\w*",
        r"\bcancel+(?:ed|ing|ation|ations)?\b",
        r"\bdelay(?:s|ed)?\b",
        r"\brunning behind\b",
        r"\bdouble[- ]?booked\b",
        r"\bnever called\b",
        r"\b(?:no one|nobody) (?:ever )?called\b",
        r"\bcall(?:ed)? (?:me )?back\b",
        r"\bcallbacks?\b",
        r"\bvoice ?mail\b",
        r"\bno one (?:answered|answers|picks up)\b",
        r"\bnobody (?:answered|answers|picks up)\b",
        r"\bwaiting room\b",
        r"\bsat there\b",
    ),
    "billing": _rx(
        r"\bbill(?:s|ed|ing)?\b",
        r"\bover-?charg\w*",
        r"\bcharg(?:e|es|ed|ing)\b",
        r"\binsurance\b",
        r"\bco-?pays?\b",
        r"\bdeductibles?\b",
        r"\brefund(?:s|ed)?\b",
        r"\bpric(?:e|es|ed|ing)\b",
        r"\bcost(?:s|ing)?\b",
        r"\$\s?\d",
        r"\bdollars?\b",
        r"\binvoices?\b",
        r"\bstatements?\b",
        r"\bbalance\b",
        r"\bcollections?\b",
        r"\bpaid\b",
        r"\bpayments?\b",
        r"\bout of pocket\b",
        r"\bestimates?\b",
        r"\bcoverage\b",
        r"\bexpensive\b",
        r"\bfees?\b",
    ),
    "staff_courtesy": _rx(
        r"\brude(?:ly|ness)?\b",
        r"\battitudes?\b",
        r"\breceptionists?\b",
        r"\bstaff\b",
        r"\bnurses?\b",
        r"\bunprofessional\b",
        r"\bdisrespect\w*",
        r"\bcondescending\b",
        r"\bdismissive\b",
        r"\bfront desk\b",
        r"\byell(?:ed|ing)\b",
        r"\bignored\b",
        r"\bmanners\b",
        r"\bsnapp?(?:ed|y)\b",
        r"\barrogant\b",
        r"\bcustomer service\b",
        r"\bbedside manner\b",
        r"\btalked down\b",
        r"\bdidn['’]?t listen\b",
        r"\bhostile\b",
    ),
    "clinical_outcome": _rx(
        r"\btreatments?\b",
        r"\bprocedures?\b",
        r"\bsurg(?:ery|eries|ical)\b",
        r"\bpain(?:ful)?\b",
        r"\bdiagnos(?:is|es|ed)\b",
        r"\bprescri\w*",
        r"\bmedications?\b",
        r"\bhospital\w*",
        r"\bemergency room\b",
        r"(?-i:\bER\b)",
        r"\bever since\b",
        r"\bhurt\b",
        r"\bnerve\b",
        r"\bswollen\b",
        r"\bswelling\b",
        r"\bscar(?:s|red|ring)?\b",
    ),
}

# Strong signs of a bad clinical outcome. Each hit counts extra (see _STRONG_CLINICAL_WEIGHT)
# so that "extracted the wrong tooth ... cost me $400" gets the clinical-leadership reply.
_CLINICAL_STRONG_EN = _rx(
    r"\bmisdiagnos\w*",
    r"\bwrong\b",
    r"\bworse\b",
    r"\binfect\w*",
    r"\bbotch\w*",
    r"\bextract\w*",
    r"\bside effects?\b",
    r"\bcomplications?\b",
    r"\bremoved\b",
    r"\bpulled\b",
    r"\bbleed\w*",
    r"\binjur\w*",
    r"\bdamag\w*",
    r"\ballergic\b",
    r"\bmalpractice\b",
    r"\bnegligen\w*",
    r"\bturned out\b",
    r"\bsecond opinion\b",
    r"\bsent (?:me|him|her|them|us) home\b",
)
_CLINICAL_STRONG_ES = _rx(
    r"\bpeor\b",
    r"\bequivocad\w*",
    r"\bmal hech\w*",
    r"\binfecci\w*",
    r"\bsangr\w*",
    r"\bcomplicaci\w*",
    r"\bsacaron\b",
    r"\bextraj\w*",
    r"\bnegligencia\b",
)
_STRONG_CLINICAL_WEIGHT = 1.5

_TOPICS_ES: dict[str, re.Pattern[str]] = {
    "wait_time": _rx(
        r"\besper(?:é|e|amos|ando|ar|a|as|ó|aron|ado)\b",  # not "esperaba" (expected)
        r"\bhoras?\b",
        r"\bminutos\b",
        r"\btarde\b",
        r"\bretras\w*",
        r"\bcancel\w*",
        r"\breprogram\w*",
        r"\bno (?:me )?regresaron la llamada\b",
        r"\bnadie contesta\w*",
    ),
    "billing": _rx(
        r"\bcobr\w*",
        r"\bcargos?\b",
        r"\bfactur\w*",
        r"\bseguros?\b",
        r"\bcopagos?\b",
        r"\bprecios?\b",
        r"\bcostos?\b",
        r"\bpagu[eé]\b",
        r"\bpag(?:o|ar|ado)\b",
        r"\breembolso\w*",
        r"\$\s?\d",
        r"\bdólares\b",
        r"\bcaro\b",
    ),
    "staff_courtesy": _rx(
        r"\bgroser\w*",
        r"\brecepcionistas?\b",
        r"\bpersonal\b",
        r"\benfermer[ao]s?\b",
        r"\bfalta de respeto\b",
        r"\bmal trato\b",
        r"\bmaltrato\b",
        r"\bmala actitud\b",
        r"\bdescortés\b",
        r"\bprepotente\b",
    ),
    "clinical_outcome": _rx(
        r"\bdolor\w*",
        r"\bcirug\w*",
        r"\btratamientos?\b",
        r"\bdiagn[oó]stic\w*",
    ),
}

# Used only when there is text but no star rating (for example Facebook recommendations).
_POSITIVE_WORDS = _rx(
    r"\bgreat\b",
    r"\bamazing\b",
    r"\bwonderful\b",
    r"\bexcellent\b",
    r"\bfantastic\b",
    r"\bawesome\b",
    r"\bbest\b",
    r"\blove[ds]?\b",
    r"\bthank(?:s| you)\b",
    r"\bhighly recommend\b",
    r"\bfriendly\b",
    r"\bkind\b",
    r"\bhelpful\b",
    r"\bgracias\b",
    r"\bexcelente\b",
    r"\bmaravillos[ao]\b",
    r"\bamables?\b",
    r"\brecomiendo\b",
)
_NEGATIVE_WORDS = _rx(
    r"\bworst\b",
    r"\bterrible\b",
    r"\bawful\b",
    r"\bhorrible\b",
    r"\bhorrendous\b",
    r"\bdisappoint\w*",
    r"\bavoid\b",
    r"\bstay away\b",
    r"\b(?:not|never|wouldn['’]?t|don['’]?t|do not|would not) recommend\b",
    r"\bnever (?:again|going back|coming back)\b",
    r"\bunacceptable\b",
    r"\bfrustrat\w*",
    r"\bp[eé]sim[oa]\b",
    r"\bno (?:lo |la |se la |se lo )?recomiendo\b",
    r"\bno regres\w*",
    r"\bmal[oa]?\b",
)

# Stop words for detect_language. Words both languages use ("me", "no") count on both sides.
_ES_STOPWORDS = frozenset(
    """
    el la los las un una unos unas de del al y o pero que qué porque como cómo cuando muy
    es son fue fueron está están estaba estoy soy era ser estar hay me mi mis nos nuestro
    nuestra su sus se le les lo por para con sin sobre entre también ya nunca siempre
    nada todo todos toda todas este esta esto estos estas ese esa eso más menos donde
    dónde quien quién cual cuál yo usted ustedes ellos ellas él ella hasta desde pues
    aunque hace hizo tengo tiene tienen gracias bien mal no sí
    """.split()
)
_EN_STOPWORDS = frozenset(
    """
    the a an and or but that what because how when very is are was were am be been being
    it its this these those there here i me my we our us you your they them their he she
    him her his of to in for with without on at by from about as so if not no never
    always all any some just only also than then too have has had do does did will would
    can could should who which where
    """.split()
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SPANISH_MARKS_RE = re.compile(r"[ñ¿¡]", re.IGNORECASE)


def detect_language(text: str) -> str:
    """Return "es" if text reads as Spanish, else "en" (the default, also for empty text).

    A simple stop-word count: Spanish wins when it has more stop-word hits than English
    (the Spanish-only marks ñ, ¿ and ¡ count as one extra Spanish hit).
    """
    if not text or not text.strip():
        return "en"
    words = [w.lower() for w in _WORD_RE.findall(text)]
    es = sum(1 for w in words if w in _ES_STOPWORDS)
    en = sum(1 for w in words if w in _EN_STOPWORDS)
    if _SPANISH_MARKS_RE.search(text):
        es += 1
    return "es" if es > en else "en"


def _hit_count(text: str, patterns: Iterable[re.Pattern[str]]) -> int:
    """Distinct keyword hits (by start offset), so a word two lexicons share counts once."""
    return len({m.start() for rx in patterns for m in rx.finditer(text)})


def topic_scores(text: str, language: str | None = None) -> dict[str, float]:
    """Weighted keyword hits per negative topic family (category key -> score)."""
    lang = language if language in ("en", "es") else detect_language(text)
    topics = [_TOPICS_EN] if lang == "en" else [_TOPICS_ES, _TOPICS_EN]
    strong = [_CLINICAL_STRONG_EN] if lang == "en" else [_CLINICAL_STRONG_ES, _CLINICAL_STRONG_EN]
    scores: dict[str, float] = {}
    for topic in TOPIC_PRIORITY:
        scores[topic] = float(_hit_count(text, [lex[topic] for lex in topics]))
    scores["clinical_outcome"] += _STRONG_CLINICAL_WEIGHT * _hit_count(text, strong)
    return scores


def _negative_topic(text: str, language: str | None) -> str:
    scores = topic_scores(text, language)
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return "negative_general"
    for topic in TOPIC_PRIORITY:  # ties go to the more serious topic
        if scores[topic] == best:
            return topic
    return "negative_general"  # pragma: no cover


def _positive_category(text: str) -> str:
    return "positive_short" if len(text.strip()) < SHORT_POSITIVE_MAX_CHARS else "positive_detailed"


def suggest_category(*, rating: int | None, text: str, language: str | None = None) -> str:
    """Suggest a TEMPLATE_CATEGORIES key for a review.

    - no text (empty or whitespace) → "rating_only", whatever the rating;
    - rating ≥ 4 → "positive_short" (under ~150 characters) or "positive_detailed";
    - rating 3 → "mixed";
    - rating ≤ 2 → the complaint topic with the most keyword hits ("wait_time", "billing",
      "staff_courtesy", "clinical_outcome"), else "negative_general";
    - no rating → positive if the text is clearly positive and names no complaint topic,
      otherwise treated like a low rating.
    """
    text = text or ""
    if not text.strip():
        return "rating_only"
    if rating is not None:
        if rating >= 4:
            return _positive_category(text)
        if rating == 3:
            return "mixed"
        return _negative_topic(text, language)
    positive = len(_POSITIVE_WORDS.findall(text))
    negative = len(_NEGATIVE_WORDS.findall(text))
    topic = _negative_topic(text, language)
    if positive > negative and topic == "negative_general":
        return _positive_category(text)
    return topic


class _TemplateLike(Protocol):
    key: str
    category: str
    language: str


T = TypeVar("T", bound=_TemplateLike)


def pick_template(templates: Iterable[T], *, category: str, language: str) -> T | None:
    """Return the first active template for (category, language), with fallbacks.

    Order tried: the category in the language, the category in English, then
    "negative_general" in the language and in English. Templates are any objects with
    .key, .category and .language (and optionally .active, default True); their order in
    ``templates`` decides which one is first. Returns None when nothing fits.
    """
    active = [t for t in templates if getattr(t, "active", True)]
    attempts: list[tuple[str, str]] = []
    for cat in (category, "negative_general"):
        for lang in (language, "en"):
            if (cat, lang) not in attempts:
                attempts.append((cat, lang))
    for cat, lang in attempts:
        for template in active:
            if template.category == cat and template.language == lang:
                return template
    return None
