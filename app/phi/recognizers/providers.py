"""Practice staff names (PROVIDER): "Dr. Feld", "Nurse Becky", "hygienist [Yesenia]".

Rules (written here from how reviews name staff):
- a title and the capitalized name after it, title included: Dr./Dr/Doctor/
  Dra./Nurse/NP/PA/PA-C/RN/Doc + Name (+ a second capitalized proper noun);
- a role noun before a capitalized proper noun, name only: "hygienist Yesenia",
  "my therapist Dana", "His PA Jess", "a nurse named Deb", "the injector Kayla";
These score above spaCy's PERSON so the same span is not reported twice; other
mentions of the same surname are relabelled PROVIDER by the detector.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import make_result

_TITLE = re.compile(
    r"\b(?:Dr|Dra|Doctor|Doc|Nurse|NP|PA|PA-C|RN|LPN|APRN|Hygienist|Therapist|Coach)\.?\s+"
    r"([A-Z][a-zA-Z'’-]+)(?:\s+([A-Z][a-zA-Z'’-]+))?"
)
ROLE_NOUNS = {
    "therapist", "counselor", "counsellor", "hygienist", "injector", "nurse", "assistant", "receptionist",
    "technician", "tech", "midwife", "aesthetician", "esthetician", "surgeon", "pediatrician", "chiropractor",
    "dentist", "doctor", "provider", "scheduler", "manager", "coordinator", "pa", "np", "ma", "rn", "doula",
    "dietitian", "nutritionist", "pharmacist", "optometrist", "audiologist", "psychiatrist", "psychologist",
    "physician", "resident", "practitioner", "trainer", "specialist", "orthodontist", "dermatologist",
    "podiatrist", "cardiologist", "anesthesiologist", "biller", "phlebotomist", "terapeuta", "doctora",
    "enfermera", "enfermero", "recepcionista", "higienista",
}
_SKIP = {"named", "called", ","}
_NOT_NAMES = {"I", "The", "He", "She", "They", "We", "It", "But", "And", "Was", "Is", "Who", "This", "That"}


class ProviderRecognizer(EntityRecognizer):
    """Staff names after a title or a role noun."""

    SCORE = 0.95

    def __init__(self) -> None:
        super().__init__(supported_entities=["PROVIDER"], name="ProviderRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = []
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        second_ok: set[int] = set()
        if doc is not None:
            second_ok = {t.idx for t in doc if t.pos_ == "PROPN"}
        for m in _TITLE.finditer(text):
            if m.group(1) in _NOT_NAMES:
                continue
            end = m.end(1)
            if m.group(2) and m.start(2) in second_ok and m.group(2) not in _NOT_NAMES:
                end = m.end(2)
            results.append(make_result(self, "PROVIDER", m.start(), end, self.SCORE))
        if doc is not None:
            n = len(doc)
            for i, tok in enumerate(doc):
                if tok.lower_ not in ROLE_NOUNS:
                    continue
                j = i + 1
                while j < n and doc[j].lower_ in _SKIP:
                    j += 1
                if j < n and doc[j].is_title and doc[j].is_alpha and doc[j].text not in _NOT_NAMES:
                    if doc[j].pos_ == "PROPN" or doc[j - 1].lower_ == "named":
                        results.append(make_result(self, "PROVIDER", doc[j].idx, doc[j].idx + len(doc[j]), self.SCORE))
        return results
