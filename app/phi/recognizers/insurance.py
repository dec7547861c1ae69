"""Insurance carriers, programs and plans (FINANCIAL): "Aetna", "Medicaid", "Delta Dental PPO".

Source: lexicons/insurance_carriers.txt, a curated list of US health, dental and
vision carriers and programs. Matching is case-sensitive on word boundaries so
lowercase common words stay out. A plan word right after a carrier ("PPO",
"HMO", "Advantage", "plan") joins the span. Carriers marked " ?" in the
lexicon are also ordinary words or first names ("Oscar", "Guardian"); they only
count when the text also talks about insurance or billing (a context word from
_BILLING_CONTEXT anywhere in the text), which keeps "my son Oscar" a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import make_result, read_lexicon

_BILLING_CONTEXT = re.compile(
    r"\b(?:insurance|insured|insurer|coverage|cover(?:s|ed)?|plan|network|claims?|bill(?:s|ed|ing)?|"
    r"copay|co-pay|deductible|accept(?:s|ed)?|take[sn]?|took|card|member|EOB|denied|flagged|"
    r"out[- ]of[- ]pocket|self[- ]pay|premium|benefits|carrier|seguro|cubr[ií]a|cobraron)\b",
    re.IGNORECASE,
)
_PLAN_SUFFIX = r"(?:\s+(?:PPO|HMO|EPO|POS|Advantage|Premier|Gold|Silver|Bronze|Choice|Select|plan))?"


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
        if self._ambiguous is not None and _BILLING_CONTEXT.search(text):
            results += [make_result(self, "FINANCIAL", m.start(), m.end(), self.SCORE) for m in self._ambiguous.finditer(text)]
        return results
