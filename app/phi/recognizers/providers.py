"""Practice staff names (PROVIDER): "Dr. Feld", "Nurse Becky", "hygienist [Yesenia]".

Rules (written here from how reviews name staff):
- a title and the capitalized name after it, title included: Dr./Dr/Doctor/
  Dra./Nurse/NP/PA/PA-C/RN/Doc + Name (+ a second capitalized proper noun);
- a role noun before a capitalized proper noun, name only: "hygienist Yesenia",
  "my therapist Dana", "His PA Jess", "a nurse named Deb", "the injector Kayla";
- a lowercase title and a name that is not a dictionary word ("dr. hollis");
- a capitalized name placed in a department or desk: "Carla and Wyatt in OT", "Tina from billing",
  "Josh at the front desk" (every name of the coordination);
- a name coordinated with a staff name found above: "Dr. Kim and Alana", "Mallory and nurse Jo";
- a name the reviewer goes to see for care, or the subject of a care verb: "started seeing Tamsin for
  panic attacks", "go see Tamsin", "Priya diagnosed it" (not after a kinship word);
- a name described as a carer: "Yolanda is the gentlest hygienist", "Kelsey is wonderful with him", care given
  "with" someone ("six months of PT with Jonah and Soraya"), "the team here, especially Teodoro and Ingrid";
These score above spaCy's PERSON so the same span is not reported twice; other
mentions of the same surname are relabelled PROVIDER by the detector.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from spacy.lang.en.stop_words import STOP_WORDS

from app.phi.recognizers._common import is_common_word, make_result
from app.phi.recognizers.names import KINSHIP

_TITLE = re.compile(
    r"\b(?:Dr|Dra|Doctor|Doc|Nurse|NP|PA|PA-C|RN|LPN|APRN|Hygienist|Therapist|Coach)\.?\s+"
    r"([A-ZÁÉÍÓÚÑ][a-zA-ZáéíóúñÁÉÍÓÚÑü'’-]+)(?:\s+([A-ZÁÉÍÓÚÑ][a-zA-ZáéíóúñÁÉÍÓÚÑü'’-]+))?"
)
# A lowercase title and name ("dr. hollis", "nurse becky"): the name must not be a dictionary or stop word.
_LOWER_TITLE = re.compile(r"(?<![\w.])((?i:dr|dra)\.?|(?i:doctor|doc|nurse))\s+([a-z][a-z'’-]{2,})\b(?:\s+([a-z][a-z'’-]{2,})\b)?")
# spaCy parts of speech a lowercase name can have (never a verb: "the doctor gave", "nurse said")
_NAME_POS = {"PROPN", "NOUN", "ADJ", "X"}
ROLE_NOUNS = {
    "aide", "caregiver", "consultant", "instructor", "educator", "navigator", "sonographer", "scribe",
    "interpreter", "paramedic", "counsellor", "hygenist", "tech's", "coach", "doc", "optician", "midwife",
    "therapist", "counselor", "counsellor", "hygienist", "injector", "nurse", "assistant", "receptionist",
    "technician", "tech", "midwife", "aesthetician", "esthetician", "surgeon", "pediatrician", "chiropractor",
    "dentist", "doctor", "provider", "scheduler", "manager", "coordinator", "pa", "np", "ma", "rn", "doula",
    "pt", "ot", "slp", "cna", "lpn", "crna", "dpt",
    "dietitian", "nutritionist", "pharmacist", "optometrist", "audiologist", "psychiatrist", "psychologist",
    "physician", "resident", "practitioner", "trainer", "specialist", "orthodontist", "dermatologist",
    "podiatrist", "cardiologist", "anesthesiologist", "biller", "phlebotomist", "terapeuta", "doctora",
    "enfermera", "enfermero", "recepcionista", "higienista", "partera", "partero", "comadrona", "matrona",
    "dentista", "psicóloga", "psicólogo", "psicologa", "psicologo", "pediatra", "fisioterapeuta", "quiropráctico",
    "quiropráctica", "asistente", "optometrista", "licenciada", "licenciado", "lic", "lic.",
}
_SKIP = {"named", "called", ","}
# Verbs whose subject gives care ("Priya diagnosed it", "Omar adjusted my neck").
# A possessive or kinship word before a name makes it family, not staff ("my son Leo treated ...").
_KIN_BEFORE = frozenset(KINSHIP) | {"my", "his", "her", "our", "their"}
_CARE_VERBS = {
    "treat", "diagnose", "prescribe", "refer", "examine", "adjust", "stitch", "suture", "perform", "inject", "numb",
    "operate", "deliver", "biopsy", "extract", "scope", "x-ray", "ultrasound", "counsel", "triage", "vaccinate",
}
# Departments and desks a staff member is "in", "from" or "at" ("Carla in OT", "Tina from billing").
DEPARTMENTS = {
    "ot", "pt", "billing", "scheduling", "reception", "registration", "triage", "radiology", "imaging", "lab",
    "labs", "pharmacy", "records", "intake", "admissions", "front", "desk", "check-in", "checkout", "check-out",
    "x-ray", "xray", "physical", "occupational", "speech", "rehab", "nursing", "surgery", "recovery", "pre-op",
    "post-op", "the", "our", "their", "his", "her",
}
# Care given "with" someone: "six months of PT with Jonah and Soraya", "a home birth with Ingrid" (the noun is a
# care or service noun; a relative is named after a kinship word instead).
_WITH_CARE_NOUNS = {
    "pt", "ot", "therapy", "session", "sessions", "birth",
    "delivery", "consult", "consultation", "cleaning", "exam", "treatment", "treatments", "rehab", "counseling",
    "counselling", "massage", "adjustment", "adjustments", "lessons", "training", "injections", "facial", "facials",
    "fitting", "check-up", "checkup", "follow-up", "telehealth", "emdr", "cbt", "dbt", "speech",
}
# Praise that fits a carer: "Kelsey is wonderful with him", "Tomas was so patient with my daughter".
_CARER_ADJ = {"wonderful", "great", "amazing", "fantastic", "awesome", "patient", "gentle", "kind", "sweet", "good",
              "excellent", "incredible", "phenomenal", "lovely", "brilliant", "fabulous", "terrific", "calm"}
_CARER_OBJ = {"him", "her", "them", "me", "us", "kids", "children", "my", "our", "the", "his", "babies", "toddlers"}
_ES_DEPARTMENTS = {"recepción", "recepcion", "facturación", "facturacion", "enfermería", "enfermeria", "oficina",
                   "farmacia", "laboratorio", "caja", "ventanilla"}
_DEPT_HEADS = DEPARTMENTS - {"the", "our", "their", "his", "her", "front", "physical", "occupational", "speech"}
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
        by_start = {t.idx: t for t in doc} if doc is not None else {}

        def lower_name(g: int) -> bool:
            word = m.group(g)
            tok = by_start.get(m.start(g))
            if word in STOP_WORDS or is_common_word(word) or (tok is not None and tok.pos_ not in _NAME_POS):
                return False
            # after a spelled-out title ("doctor", "nurse") only a word spaCy reads as a proper noun
            return abbreviated or (tok is not None and tok.pos_ == "PROPN")

        for m in _LOWER_TITLE.finditer(text):
            abbreviated = m.group(1).lower().startswith("dr")
            if not lower_name(2):
                continue
            end = m.end(2)
            if m.group(3) and lower_name(3):
                end = m.end(3)
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
            results += self._department_and_coordinated(doc, results)
        return results

    @staticmethod
    def _is_carer(doc, tok) -> bool:
        """'Yolanda is the gentlest hygienist', 'Kelsey is wonderful with him', 'PT with Jonah', 'the team,
        especially Teodoro'."""
        n, i = len(doc), tok.i
        if tok.lower_ in KINSHIP:
            return False  # "Dad is the best nurse I know"
        # <Name> is/was (the|a|my|our) (adjectives) <role noun>
        if i + 2 < n and doc[i + 1].lemma_ == "be":
            j = i + 2
            if doc[j].lower_ in ("the", "a", "an", "my", "our", "his", "her", "their"):
                j += 1
            while j < n and j <= i + 6 and doc[j].pos_ in ("ADJ", "ADV"):
                j += 1
            if j < n and doc[j].lower_ in ROLE_NOUNS:
                return True
            # <Name> is (so) wonderful with him
            j = i + 2
            while j < n and j <= i + 4 and doc[j].pos_ == "ADV":
                j += 1
            if j + 2 < n and doc[j].lower_ in _CARER_ADJ and doc[j + 1].lower_ == "with" and doc[j + 2].lower_ in _CARER_OBJ:
                return True
        # <care noun> with <Name> (and <Name>)
        if i >= 2 and doc[i - 1].lower_ == "with" and doc[i - 2].lower_ in _WITH_CARE_NOUNS:
            return True
        # the ... team (here), especially / particularly <Name>
        if i >= 2 and doc[i - 1].lower_ in ("especially", "particularly", "including", "specifically"):
            window = {t.lower_ for t in doc[max(0, i - 8) : i - 1]}
            if window & {"team", "staff", "nurses", "therapists", "crew", "everyone", "hygienists", "assistants"}:
                return True
        return False

    def _department_and_coordinated(self, doc, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Names placed in a department, and names coordinated with a staff name."""
        n = len(doc)
        names = [False] * n
        inside = [False] * n
        spans = [(r.start, r.end) for r in found]
        for t in doc:  # one pass: Token objects are not free
            names[t.i] = t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.text not in _NOT_NAMES
            if spans:
                inside[t.i] = any(a <= t.idx < b for a, b in spans)
        if not any(names) and not any(t.is_title and t.is_alpha for t in doc):
            return []

        def conjuncts(tok) -> set[int]:
            base = tok.head if tok.dep_ == "conj" else tok
            return {c.i for c in base.children if c.dep_ == "conj"} | {base.i, tok.i}

        staff = {i for i in range(n) if inside[i]}
        # the one the reviewer sees for care, or who treats: "started seeing Tamsin for panic attacks", "go see
        # Tamsin", "Priya diagnosed it", "Omar adjusted my neck"
        for tok in doc:
            if not names[tok.i] or (tok.i > 0 and doc[tok.i - 1].lower_ in _KIN_BEFORE):
                continue
            head = tok.head
            if tok.dep_ == "dobj" and head.lemma_.lower() == "see" and (
                (tok.i + 1 < n and doc[tok.i + 1].lower_ == "for")
                or any(c.lower_ in ("go", "started", "start", "been", "recommend", "keep") for c in doc[max(0, head.i - 2) : head.i])
            ):
                staff.add(tok.i)
            elif tok.dep_ == "nsubj" and head.lemma_.lower() in _CARE_VERBS:
                staff.add(tok.i)
            elif self._is_carer(doc, tok):
                staff.add(tok.i)
        # spaCy sometimes misses a sentence-initial name ("Yolanda is the gentlest hygienist": ADV): a capitalised
        # word that is no dictionary word counts when the carer frame fits
        for tok in doc:
            if (
                not names[tok.i] and tok.is_title and tok.is_alpha and tok.text not in _NOT_NAMES
                and not is_common_word(tok.text) and not (tok.i > 0 and doc[tok.i - 1].lower_ in _KIN_BEFORE)
                and self._is_carer(doc, tok)
            ):
                names[tok.i] = True
                staff.add(tok.i)
        for tok in doc:
            if not names[tok.i]:
                continue
            # "<Name> in OT", "<Name> from billing", "<Name> at the front desk"
            j = tok.i + 1
            while j < n and names[j]:
                j += 1
            # Spanish: "Lupita de la recepción"
            if j + 2 < n and doc[j].lower_ == "de" and doc[j + 1].lower_ in ("la", "el") and doc[j + 2].lower_ in _ES_DEPARTMENTS:
                staff |= conjuncts(tok)
            if j + 1 < n and doc[j].lower_ in ("in", "from", "at"):
                k = j + 1
                while k < n and k <= j + 3 and doc[k].lower_ in DEPARTMENTS and doc[k].lower_ not in _DEPT_HEADS:
                    k += 1
                if k < n and doc[k].lower_ in _DEPT_HEADS:
                    staff |= conjuncts(tok)
        for i in list(staff):
            staff |= conjuncts(doc[i])
        return [
            make_result(self, "PROVIDER", doc[i].idx, doc[i].idx + len(doc[i]), self.SCORE)
            for i in sorted(staff)
            if names[i] and not inside[i]
        ]
