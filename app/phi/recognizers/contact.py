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
- email addresses with any RFC 5322 "atext" local part (dots, plus tags, hyphens,
  apostrophes) and any dotted domain, including reserved or unlisted top-level
  domains (".example", ".test", ".local", ".internal") that Presidio's
  TLD-validated EmailRecognizer rejects; a trailing sentence period is not kept.
URLs come from Presidio's own recognizer.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from spacy.lang.en.stop_words import STOP_WORDS

from app.phi.recognizers._common import is_common_word, make_result

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
_EMAIL = re.compile(
    r"(?<![\w.!#$%&'*+/=?^`{|}~-])[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}(?![\w-])"
)
_PHONE = re.compile(r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")


# A 7-digit local number ("call me back at 555-0148") only after a phone cue.
_LOCAL_PHONE = re.compile(r"(?<![\w$#.-])\d{3}[-.]\d{4}(?![\w-]|\.\d)")
_PHONE_CUE = re.compile(r"\b(?:call|text|phone|cell|cel|mobile|number|reach|tel|contact|llamar|ll[aá]menme|ll[aá]mame)\b", re.I)
# An email spelled out to dodge filters: "paul dot ambrose at example dot com".
_SPELLED_EMAIL = re.compile(
    r"\b[A-Za-z0-9_]+(?:\s*(?:\.|\(dot\)|\[dot\]|\bdot\b)\s*[A-Za-z0-9_]+)*\s*(?:\(at\)|\[at\]|\bat\b)\s*"
    r"[A-Za-z0-9-]+(?:\s*(?:\(dot\)|\[dot\]|\bdot\b)\s*[A-Za-z]{2,10})+\b"
)


class ContactRecognizer(EntityRecognizer):
    """Street addresses, @handles and US phone numbers."""

    SCORE = 0.95

    def __init__(self) -> None:
        super().__init__(supported_entities=["CONTACT"], name="ContactRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = []
        for m in _LOCAL_PHONE.finditer(text):
            if _PHONE_CUE.search(text[max(0, m.start() - 30) : m.start()]):
                results.append(make_result(self, "CONTACT", m.start(), m.end(), self.SCORE))
        for m in _SPELLED_EMAIL.finditer(text):
            local = re.split(r"\s*(?:\(at\)|\[at\]|\bat\b)\s*", m.group())[0].split()[-1]
            if local.lower() in STOP_WORDS or (len(re.findall(r"\bdot\b|\(dot\)|\[dot\]", m.group())) < 2 and is_common_word(local)):
                continue
            results.append(make_result(self, "CONTACT", m.start(), m.end(), self.SCORE))
        for pattern in (_ADDRESS, _PO_BOX, _HANDLE, _PHONE, _EMAIL):
            for m in pattern.finditer(text):
                s, e = m.span()
                span = text[s:e].rstrip(".")
                results.append(make_result(self, "CONTACT", s, s + len(span), self.SCORE))
        return results
