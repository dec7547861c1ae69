"""Contact details (CONTACT): street addresses, social handles, and a phone backup.

Patterns (written here from US postal and social-media conventions):
- street address: house number, optional direction, 1-4 capitalized words (or an
  ordinal like "5th"), a street suffix (St, Ave, Rd, Blvd, Dr, Ln, Way, Ct,
  Terrace...), then optional unit ("Apt 4", "#12", "Suite 200"), town, state
  and ZIP, all in one span as the labelling rules ask; "PO Box 123";
- social handles "@name.with_dots" not preceded by a word character (so the
  middle of an email address is not a handle);
- US phone numbers in the common layouts ("(614) 555-0172", "512.555.0187",
  "+1 415 555 0162") as a backup to Presidio's phonenumbers-based recognizer.
Emails and URLs come from Presidio's own recognizers.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import make_result

STREET_SUFFIX = (
    r"(?:St|Street|Ave|Avenue|Av|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Ter|Terr|Terrace|Pl|Place|"
    r"Pkwy|Parkway|Hwy|Highway|Cir|Circle|Loop|Trail|Trl|Sq|Square|Pike|Row|Run|Crescent|Cres|Alley|Plaza|Close|Path)"
)
_WORD = r"(?:[A-Z][a-zA-Z'’-]+|\d{1,3}(?:st|nd|rd|th))"
_ADDRESS = re.compile(
    rf"\b\d{{1,6}}[A-Z]?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:{_WORD}\s+){{1,4}}{STREET_SUFFIX}\b\.?"
    rf"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|#)\.?\s*#?\s*[\w-]+)?"
    rf"(?:,\s*[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+){{0,2}}(?=[,.\s]|$))?"
    rf"(?:,?\s+[A-Z]{{2}}\b)?(?:,?\s+\d{{5}}(?:-\d{{4}})?)?"
)
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_PHONE = re.compile(r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")


class ContactRecognizer(EntityRecognizer):
    """Street addresses, @handles and US phone numbers."""

    SCORE = 0.95

    def __init__(self) -> None:
        super().__init__(supported_entities=["CONTACT"], name="ContactRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = []
        for pattern in (_ADDRESS, _PO_BOX, _HANDLE, _PHONE):
            for m in pattern.finditer(text):
                s, e = m.span()
                span = text[s:e].rstrip(".")
                results.append(make_result(self, "CONTACT", s, s + len(span), self.SCORE))
        return results
