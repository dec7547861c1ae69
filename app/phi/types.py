"""The finding type shared by the detector, the reply check, storage and the UI."""

from __future__ import annotations

from dataclasses import dataclass

# Canonical entity types. Presidio's own types are mapped onto these by the
# detector so the rest of the product (gate, UI, storage, CLI) speaks one language.
PERSON = "PERSON"
PROVIDER = "PROVIDER"
DATE_TIME = "DATE_TIME"
AGE = "AGE"
CONTACT = "CONTACT"
ID = "ID"
HEALTH = "HEALTH"
FINANCIAL = "FINANCIAL"
LOCATION = "LOCATION"

ENTITY_TYPES = (PERSON, PROVIDER, DATE_TIME, AGE, CONTACT, ID, HEALTH, FINANCIAL, LOCATION)

# entity type -> (category key, label shown to staff)
CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    PERSON: ("name", "Name"),
    PROVIDER: ("provider", "Staff name"),
    DATE_TIME: ("date", "Date"),
    AGE: ("age", "Age"),
    CONTACT: ("contact", "Contact"),
    ID: ("id", "ID number"),
    HEALTH: ("health", "Health information"),
    FINANCIAL: ("money", "Money / insurance"),
    LOCATION: ("location", "Location"),
}


def category_of(entity_type: str) -> tuple[str, str]:
    """Return (category key, human label) for an entity type."""
    return CATEGORY_LABELS.get(entity_type, ("other", "Personal information"))


@dataclass(frozen=True, slots=True)
class PhiFinding:
    """One span of PHI in a text. Offsets are Python str indices, end exclusive."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str

    @property
    def is_phi(self) -> bool:
        """Provider/staff names are shown but are not the reviewer's PHI."""
        return self.entity_type != PROVIDER


@dataclass(frozen=True, slots=True)
class PhiToken:
    """A spaCy token reduced to plain values (valid after spaCy's memory zone closes)."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    is_sent_start: bool
    head_start: int = -1  # start offset of this token's syntactic head (itself for a sentence root)
