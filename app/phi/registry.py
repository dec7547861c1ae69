"""The only place recognizers are wired in, and Presidio types are mapped to ours."""

from __future__ import annotations

import logging

import re
from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpEngine
from presidio_analyzer.predefined_recognizers import (
    PhoneRecognizer,
    UsClaimNumberRecognizer,
    UsHealthInsuranceMemberIdRecognizer,
    UsMbiRecognizer,
    UsNpiRecognizer,
    UsPrescriptionNumberRecognizer,
    UsPriorAuthorizationNumberRecognizer,
    UsReferralNumberRecognizer,
)

from app.phi import types as t
from app.phi.recognizers import filters
from spacy.lang.en.stop_words import STOP_WORDS

from app.phi.recognizers._common import dictionary_from_nlp, is_common_word, set_dictionary
from app.phi.recognizers.ages import AgeRecognizer
from app.phi.recognizers.contact import ContactRecognizer
from app.phi.recognizers.dates import DateTimeRecognizer
from app.phi.recognizers.health import HealthTermRecognizer
from app.phi.recognizers.health_model import HealthModelRecognizer
from app.phi.recognizers.ids import LabelledIdRecognizer
from app.phi.recognizers.insurance import InsuranceCarrierRecognizer
from app.phi.recognizers.locations import PatientLocationRecognizer
from app.phi.recognizers.money import MoneyRecognizer
from app.phi.recognizers.names import FamilyNameRecognizer
from app.phi.recognizers.providers import ProviderRecognizer
from app.phi.recognizers.reviewer import COMMON_WORD_NAMES, ReviewerNameRecognizer, name_parts
from app.phi.types import PhiFinding

# Presidio's default threshold is 0, which lets through pattern hits with scores
# like 0.01 (US_DRIVER_LICENSE) or 0.05 (US_BANK_NUMBER) on ordinary numbers, and
# the 0.1 "weak" layouts of the US healthcare ID recognizers. 0.3 keeps spaCy NER
# (0.85), every SafeReply recognizer (0.8-1.0), and Presidio's labelled ID
# patterns (0.35+, raised further by context words).
SCORE_THRESHOLD = 0.3

# Presidio entity -> SafeReply entity type. Unlisted types are dropped.
PRESIDIO_TO_SAFEREPLY: dict[str, str] = {
    "PERSON": t.PERSON,
    "PROVIDER": t.PROVIDER,
    "DATE_TIME": t.DATE_TIME,
    "AGE": t.AGE,
    "EMAIL_ADDRESS": t.CONTACT,
    "PHONE_NUMBER": t.CONTACT,
    "URL": t.CONTACT,
    "IP_ADDRESS": t.CONTACT,
    "STREET_ADDRESS": t.CONTACT,
    "CONTACT": t.CONTACT,
    "US_SSN": t.ID,
    "US_ITIN": t.ID,
    "US_PASSPORT": t.ID,
    "US_DRIVER_LICENSE": t.ID,
    "CREDIT_CARD": t.ID,
    "IBAN_CODE": t.ID,
    "MEDICAL_LICENSE": t.ID,
    "US_MBI": t.ID,
    "US_NPI": t.ID,
    "US_HEALTH_INSURANCE_MEMBER_ID": t.ID,
    "US_CLAIM_NUMBER": t.ID,
    "US_PRESCRIPTION_NUMBER": t.ID,
    "US_PRIOR_AUTHORIZATION_NUMBER": t.ID,
    "US_REFERRAL_NUMBER": t.ID,
    "ID": t.ID,
    "HEALTH": t.HEALTH,
    "FINANCIAL": t.FINANCIAL,
    "MONEY": t.FINANCIAL,
    "US_BANK_NUMBER": t.FINANCIAL,
    "LOCATION": t.LOCATION,
}

# Presidio recognizers we never load: crypto wallets and foreign IDs cause noise
# in English reviews and are not information a reviewer discloses about care;
# MAC addresses and UUIDs do not occur in reviews and cost time on every scan.
_SKIPPED_RECOGNIZERS = {
    "CryptoRecognizer", "NhsRecognizer", "SgFinRecognizer", "AuTfnRecognizer", "MacAddressRecognizer", "UuidRecognizer",
}

# Presidio's US healthcare identifier recognizers ship disabled; SafeReply wants them.
_US_HEALTHCARE_ID_RECOGNIZERS = (
    UsMbiRecognizer,
    UsNpiRecognizer,
    UsHealthInsuranceMemberIdRecognizer,
    UsClaimNumberRecognizer,
    UsPrescriptionNumberRecognizer,
    UsPriorAuthorizationNumberRecognizer,
    UsReferralNumberRecognizer,
)


def build_registry(nlp_engine: NlpEngine) -> RecognizerRegistry:
    """Presidio's English predefined recognizers, its US healthcare IDs, plus SafeReply's own."""
    registry = RecognizerRegistry(supported_languages=["en"])
    nlp = getattr(nlp_engine, "nlp", {}) or {}
    if "en" in nlp:
        set_dictionary(dictionary_from_nlp(nlp["en"]))
    # Loading logs one warning per non-English recognizer it skips; that is expected.
    presidio_log = logging.getLogger("presidio-analyzer")
    previous = presidio_log.level
    presidio_log.setLevel(logging.ERROR)
    try:
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    finally:
        presidio_log.setLevel(previous)
    for name in _SKIPPED_RECOGNIZERS:
        try:
            registry.remove_recognizer(name)
        except Exception:  # not present in this Presidio version
            pass
    # Presidio's phone recognizer tries eight countries' numbering plans on every text; reviews of US practices
    # need the US plan (which also reads "+44 ..." international numbers), and a text with fewer than seven
    # digits cannot hold a phone number at all, so it is skipped before the matcher runs.
    try:
        registry.remove_recognizer("PhoneRecognizer")
    except Exception:  # not present in this Presidio version
        pass
    registry.add_recognizer(UsPhoneRecognizer())
    for cls in _US_HEALTHCARE_ID_RECOGNIZERS:
        registry.add_recognizer(cls())
    for recognizer in own_recognizers():
        registry.add_recognizer(recognizer)
    registry.add_recognizer(HealthModelRecognizer(vocab=nlp["en"].vocab if "en" in nlp else None))
    return registry


class UsPhoneRecognizer(PhoneRecognizer):
    """Presidio's PhoneRecognizer on the US numbering plan, skipped for texts with fewer than 7 digits."""

    def __init__(self) -> None:
        super().__init__(supported_regions=("US",), name="PhoneRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[override]
        if sum(ch.isdigit() for ch in text) < 7:
            return []
        return super().analyze(text, entities, nlp_artifacts)


def own_recognizers() -> list[EntityRecognizer]:
    """SafeReply's process-wide recognizers (built once at startup)."""
    return [
        HealthTermRecognizer(),
        MoneyRecognizer(),
        InsuranceCarrierRecognizer(),
        DateTimeRecognizer(),
        AgeRecognizer(),
        ContactRecognizer(),
        LabelledIdRecognizer(),
        FamilyNameRecognizer(),
        ProviderRecognizer(),
        PatientLocationRecognizer(),
    ]


def name_variants(name: str | None) -> list[str]:
    """The reviewer's display name and its parts, longest first."""
    return name_parts(name)


def per_request_recognizers(*, reviewer_name: str | None, extra_names: Iterable[str] = ()) -> list[EntityRecognizer]:
    """Recognizers for this request only (never added to the shared registry)."""
    names = name_variants(reviewer_name)
    for extra in extra_names:
        names.extend(name_variants(extra))
    if not names:
        return []
    return [ReviewerNameRecognizer(names)]


def to_findings(text: str, results: list[RecognizerResult]) -> list[PhiFinding]:
    """Map Presidio results to SafeReply findings: filtered, overlaps resolved, names propagated."""
    findings: list[PhiFinding] = []
    for r in filters.apply(text, results):
        entity = PRESIDIO_TO_SAFEREPLY.get(r.entity_type)
        if entity is None or r.end <= r.start:
            continue
        findings.append(PhiFinding(entity, r.start, r.end, round(float(r.score), 4), filters.recognizer_of(r)))
    return propagate_names(text, resolve_overlaps(findings))


def resolve_overlaps(findings: list[PhiFinding]) -> list[PhiFinding]:
    """Keep a non-overlapping set: highest score first, then the longest span."""
    ranked = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start))
    kept: list[PhiFinding] = []
    for f in ranked:
        if any(f.start < k.end and k.start < f.end for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


_NAME_USE_AFTER = re.compile(r"(?:'s\b|’s\b|\s+(?:is|was|has|had|says|said|loves|got|gets|went|did|does|needs|needed|cried|felt|feels)\b)")
_TITLE_PREFIX = re.compile(r"^(?:Dr|Dra|Doctor|Doc|Nurse|NP|PA|PA-C|RN|LPN|APRN|Hygienist|Therapist|Coach)\.?\s+", re.I)


def propagate_names(text: str, findings: list[PhiFinding]) -> list[PhiFinding]:
    """Label every occurrence of a found name, and keep staff names PROVIDER everywhere.

    A name found once (spaCy, kinship, title) is labelled wherever else it occurs
    as a capitalized whole word; a PERSON finding equal to a provider's name
    becomes PROVIDER. Common-word names (Hope, Will) are not spread: their other
    occurrences are usually the ordinary word. A lowercase name that is no
    dictionary word ("luca") spreads to its other lowercase occurrences.
    """
    provider_names: set[str] = set()
    for f in findings:
        if f.entity_type == t.PROVIDER:
            name = _TITLE_PREFIX.sub("", text[f.start : f.end]).strip()
            provider_names.update(p for p in name.split() if len(p) >= 3)
    out: list[PhiFinding] = []
    for f in findings:
        span = text[f.start : f.end]
        if f.entity_type == t.PERSON and f.recognizer != "ReviewerNameRecognizer" and span.strip("'’s ") in provider_names:
            f = PhiFinding(t.PROVIDER, f.start, f.end, f.score, f.recognizer)
        out.append(f)
    extra: list[PhiFinding] = []
    # characters already inside a finding, so each occurrence is tested once (a long text with many repeats of one
    # place name stays linear)
    covered = bytearray(len(text) + 1)
    for f in out:
        covered[f.start : f.end] = b"\x01" * (f.end - f.start)
    done: set[tuple[str, str]] = set()
    for f in out:
        if f.entity_type not in (t.PERSON, t.PROVIDER, t.LOCATION):
            continue
        name = _TITLE_PREFIX.sub("", text[f.start : f.end]).strip()
        if len(name) < 3 or (name, f.entity_type) in done:
            continue
        if not name[0].isupper():
            # a lowercase name found in name position ("my twins leo and luca") spreads to its other
            # lowercase occurrences when it is no dictionary word ("luca wouldn't sit still")
            if f.entity_type == t.LOCATION or not name.isalpha() or is_common_word(name) or name in STOP_WORDS:
                continue
        common = name.lower() in COMMON_WORD_NAMES
        if common and (f.entity_type != t.PERSON or f.recognizer == "SpacyRecognizer"):
            continue
        done.add((name, f.entity_type))
        for m in re.finditer(rf"(?<![\w@]){re.escape(name)}(?!\w)", text):
            # a common-word name ("Summer", "Joy") spreads only where it acts as a name: "Summer is fine now"
            if common and not _NAME_USE_AFTER.match(text[m.end() : m.end() + 12]):
                continue
            if any(covered[m.start() : m.end()]):
                continue
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            extra.append(PhiFinding(f.entity_type, m.start(), m.end(), min(f.score, 0.8), "NamePropagation"))
    return sorted(out + extra, key=lambda f: (f.start, f.end))
