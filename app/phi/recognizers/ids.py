"""Labelled identifiers (ID): account, claim, Rx, member, MRN, policy numbers: the value only.

Pattern (written here; labels from US billing and pharmacy paperwork): a label
("account", "acct", "claim", "MRN", "medical record", "member ID", "subscriber
ID", "policy", "group", "patient ID", "chart", "case", "reference",
"confirmation", "invoice", "Rx", "prescription", "cuenta", "póliza"), optional
"number/no./#/ID", optional "is/was/:", then a value of 4+ characters holding at
least 4 digits, optionally with a letter prefix ("BH-0048812", "RX-556120",
"2231-0098-44"). Only the value is the span ("Claim #" is left out). Presidio's
US healthcare ID recognizers (MBI, NPI, member ID, claim and Rx numbers) are
switched on in registry.py as well; this one covers free-text layouts they miss.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import make_result

_LABEL = (
    r"(?:account|acct|claim|mrn|medical\s+record|record|member|subscriber|policy|group|patient|chart|case|reference|ref|"
    r"confirmation|invoice|rx|prescription|insurance|id|cuenta|p[oó]liza|expediente|card)"
)
_ID = re.compile(
    rf"\b{_LABEL}(?:\s*(?:number|num|no\.?|#|id|ID))?\s*(?:#|:|=|,)?\s*(?:(?:is|was|es|as|ending\s+in|ends\s+in|that\s+ends\s+in|listed\s+as)\s+)?(?:number\s+)?(?:#\s*)?"
    r"((?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z]{0,4}-?\d[\dA-Z-]{2,}[\dA-Z])\b",
    re.IGNORECASE,
)


class LabelledIdRecognizer(EntityRecognizer):
    """Identifier values that follow an account/claim/MRN/member/Rx label."""

    SCORE = 0.95

    def __init__(self) -> None:
        super().__init__(supported_entities=["ID"], name="LabelledIdRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = []
        for m in _ID.finditer(text):
            s, e = m.span(1)
            value = text[s:e]
            # A date or an amount after "claim from 10/2023" is not an ID.
            if "/" in value or re.fullmatch(r"(?:19|20)\d\d", value):
                continue
            results.append(make_result(self, "ID", s, e, self.SCORE))
        return results
