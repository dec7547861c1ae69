"""Insurance carriers, programs and plans (FINANCIAL): "Aetna", "Medicaid", "Delta Dental PPO".

Source: lexicons/insurance_carriers.txt, a curated list of US health, dental and
vision carriers and programs. Matching is case-sensitive on word boundaries so
lowercase common words stay out. A plan word right after a carrier ("PPO",
"HMO", "Advantage", "plan") joins the span. Carriers marked " ?" in the
lexicon are also ordinary words or first names ("Oscar", "Guardian"); they only
count when the text also talks about insurance or billing (a context word from
_BILLING_CONTEXT anywhere in the text), which keeps "my son Oscar" a name. A capitalised name between a possessive and
"plan/insurance/coverage/card" is the reviewer's own plan ("our Oxford plan"), as is one before "member ID"
("Providence member ID ...", not "The member ID"). A carrier name of five or more letters also matches written in
capitals ("MEDICARE"). An ambiguous carrier right after a kinship word or a possessive is a name ("my son Oscar"). The interest
rate on the reviewer's financing is FINANCIAL too ("financed it through CareCredit at 26%").
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import make_result, read_lexicon
from spacy.lang.en.stop_words import STOP_WORDS

_BILLING_CONTEXT = re.compile(
    r"\b(?:insurance|insured|insurer|coverage|cover(?:s|ed)?|plan|network|claims?|bill(?:s|ed|ing)?|"
    r"copay|co-pay|deductible|accept(?:s|ed)?|take[sn]?|took|card|member|EOB|denied|flagged|"
    r"out[- ]of[- ]pocket|self[- ]pay|premium|benefits|carrier|approv\w*|prior\s+auth\w*|pre-?auth\w*|authori[sz]ation|"
    r"formulary|seguro|cubr[ií]a|cobraron)\b",
    re.IGNORECASE,
)
_PLAN_SUFFIX = r"(?:\s+(?:PPO|HMO|EPO|POS|Advantage|Premier|Gold|Silver|Bronze|Choice|Select|plan))?"


# The Blues and their many regional spellings: "BCBSNJ", "BlueCross BlueShield of Tennessee",
# "Blue Cross of Idaho", "Horizon BCBS", "Anthem Blue Cross".
_BLUES = re.compile(
    r"(?<![\w-])(?:(?:Horizon|Anthem|Premera|Regence|Capital|Florida|Empire|Excellus|Highmark|Wellmark|Arkansas|Independence)\s+)?"
    r"(?:BCBS[A-Z]{0,4}|Blue\s?Cross(?:\s?(?:and\s+|&\s*)?Blue\s?Shield)?|Blue\s?Shield)"
    r"(?:\s+(?:of|de)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?![\w-])"
)
# A payer named as the one who denies, covers or pays: "Wellmark denied it", "SelectHealth rejected it",
# "MESVision won't pay for a refit". Only in texts that talk about insurance or billing.
_PAYER_VERBS = {"deny", "cover", "pay", "reject", "approve", "refuse", "decline", "reimburse", "flag", "process",
                "require", "want", "need", "cancel", "drop", "classify", "consider", "say", "claim", "insist"}
_PAYER_OBJECT_PREPS = {"through", "with", "by", "from", "billed", "bill", "called", "call", "to"}
_NOT_PAYERS = {"they", "he", "she", "we", "i", "it", "insurance", "office", "billing", "doctor", "dr", "clinic",
               "the", "my", "who", "pharmacy", "nurse", "staff", "someone", "nobody", "everyone", "receptionist"}


def _payer_subjects(doc) -> list[tuple[int, int]]:
    from app.phi.recognizers._common import is_common_word
    from app.phi.recognizers.names import KINSHIP, known_given_names

    out = []
    names = known_given_names()
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass", "pobj") or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if not tok.text[0].isupper() or tok.lower_ in _NOT_PAYERS:
            continue
        head = tok.head
        as_subject = tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _PAYER_VERBS
        as_object = tok.dep_ == "pobj" and head.lower_ in ("through", "with", "by") and any(
            t.lower_ in ("insurance", "plan", "coverage", "paid", "pay", "billed", "financing", "financed") for t in doc[max(0, tok.i - 6) : tok.i]
        )
        if not (as_subject or as_object):
            continue
        first = tok.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].text[:1].isupper():
            first -= 1
        words = doc[first : tok.i + 1]
        if any(w.lower_ in KINSHIP or w.lower_ in names or w.lower_ in _NOT_PAYERS for w in words):
            continue
        if first > 0 and doc[first - 1].lower_ in ("dr", "dr.", "nurse", "doctor", "my", "his", "her"):
            continue
        camel = any(any(c.isupper() for c in w.text[1:]) for w in words)
        unusual = all(not is_common_word(w.lower_) for w in words) or len(words) >= 2
        if tok.ent_type_ == "PERSON" and not camel:
            continue
        if camel or unusual:
            out.append((doc[first].idx, tok.idx + len(tok)))
    return out


# The reviewer's own plan named before its kind: "our Oxford plan", "my Ambetter Silver coverage", "her Humana card".
_OWN_PLAN = re.compile(
    r"\b(?i:my|our|his|her|their|mi|su|nuestro)\s+((?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){0,3})\s+"
    r"(?:plan|insurance|coverage|policy|insurance\s+card|member\s+card|card|benefits|HMO|PPO|EPO)\b"
)
_NOT_PLAN_NAMES = {"Medical", "Dental", "Vision", "Health", "Insurance", "Payment", "Treatment", "Care", "Birth",
                   "Meal", "Phone", "Cell", "Data", "Credit", "Debit", "Gift", "Business", "Game", "Back", "Backup",
                   "Plan", "New", "Old", "Own", "Family", "Individual", "Work", "Employer", "School", "State"}


# A plan named before its member ID: "Providence member ID PV7730915".
_PLAN_BEFORE_ID = re.compile(
    r"\b((?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){0,2})\s+(?:member|subscriber|policy|insurance)\s+(?:ID|id|number|no\.?|#|card)"
)
# The interest rate on the reviewer's financing: "financed it through CareCredit at 26%", "a 24.9% APR" (not "0%
# interest", which is an offer about everyone's plans).
_FINANCING_RATE = re.compile(
    r"(?i)\b(?:financ\w*|interest|apr|loan|credit\s+line|payment\s+plan)\b[^.!?]{0,60}?\bat\s+((?!0\s?%)\d{1,2}(?:\.\d{1,2})?\s?%)|"
    r"\b((?!0\s?%)\d{1,2}(?:\.\d{1,2})?\s?%)\s+(?:apr|interest)\b"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern | None]:
    sure, ambiguous = [], []
    for line in read_lexicon("insurance_carriers.txt"):
        if line.endswith(" ?"):
            ambiguous.append(line[:-2].strip())
        else:
            sure.append(line)

    def build(names: list[str]) -> re.Pattern | None:
        if not names:
            return None
        # a text written in capitals names carriers in capitals too ("HE IS ON MEDICARE")
        names = names + [n.upper() for n in names if len(n) >= 5 and n.upper() != n]
        alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-]){_PLAN_SUFFIX}")

    return build(sure), build(ambiguous)


class InsuranceCarrierRecognizer(EntityRecognizer):
    """Carrier and plan names from lexicons/insurance_carriers.txt."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(supported_entities=["FINANCIAL"], name="InsuranceCarrierRecognizer", supported_language="en")

    def load(self) -> None:
        self._sure, self._ambiguous = _patterns()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = [make_result(self, "FINANCIAL", m.start(), m.end(), self.SCORE) for m in self._sure.finditer(text)]
        results += [make_result(self, "FINANCIAL", m.start(), m.end(), self.SCORE) for m in _BLUES.finditer(text)]
        for m in (*_OWN_PLAN.finditer(text), *_PLAN_BEFORE_ID.finditer(text)):
            first = m.group(1).split()[0]
            # "The member ID on the form", "My insurance card": a determiner or pronoun, not a plan's name
            if first not in _NOT_PLAN_NAMES and first.lower() not in STOP_WORDS:
                results.append(make_result(self, "FINANCIAL", m.start(1), m.end(1), self.SCORE - 0.05))
        for m in _FINANCING_RATE.finditer(text):
            g = 1 if m.group(1) else 2
            results.append(make_result(self, "FINANCIAL", m.start(g), m.end(g), self.SCORE - 0.1))
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is not None and _BILLING_CONTEXT.search(text):
            for s, e in _payer_subjects(doc):
                results.append(make_result(self, "FINANCIAL", s, e, self.SCORE - 0.05))
        if self._ambiguous is not None and _BILLING_CONTEXT.search(text):
            for m in self._ambiguous.finditer(text):
                # "my son Oscar was approved for the team": a name after a kinship word or a possessive
                if re.search(r"\b(?:my|our|his|her|their|son|daughter|grandson|granddaughter|husband|wife|brother|sister|"
                             r"nephew|niece|dad|mom|father|mother|boy|girl|kid)\s+$", text[max(0, m.start() - 20) : m.start()], re.I):
                    continue
                results.append(make_result(self, "FINANCIAL", m.start(), m.end(), self.SCORE))
        return results
