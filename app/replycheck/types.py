"""Inputs and outputs of the reply check, shared by the UI, API and CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.phi.types import PhiFinding

BLOCK = "block"
WARN = "warn"

# Reply length limits per platform, in UTF-8 bytes where the platform counts bytes.
PLATFORM_LIMITS: dict[str, int] = {
    "google": 4096,
    "yelp": 5000,
    "healthgrades": 2000,
    "facebook": 8000,
    "zocdoc": 1000,
}
PLATFORM_NAMES: dict[str, str] = {
    "google": "Google",
    "yelp": "Yelp",
    "healthgrades": "Healthgrades",
    "facebook": "Facebook",
    "zocdoc": "Zocdoc",
}


@dataclass(frozen=True, slots=True)
class PracticeContact:
    """The practice's own details: these may appear in a reply."""

    name: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    staff_names: tuple[str, ...] = ()

    def allowed_strings(self) -> list[str]:
        """Every string the practice has configured as its own (never PHI)."""
        values = [self.name, self.contact_name, self.phone, self.email, self.website, *self.staff_names]
        return [v for v in values if v and v.strip()]


@dataclass(frozen=True, slots=True)
class ReplyCheckInput:
    """Everything the check needs. review_findings come from PhiDetector.scan; None means
    the review has not been scanned yet and the check scans it (an empty tuple means it
    was scanned and nothing was found)."""

    review_text: str
    reviewer_name: str
    draft: str
    review_findings: tuple[PhiFinding, ...] | None = None
    practice: PracticeContact = field(default_factory=PracticeContact)
    platform: str = "google"
    rating: int | None = None


@dataclass(frozen=True, slots=True)
class ReplyFinding:
    """One problem in the draft: rule id, span in the draft, severity, plain-English reason."""

    rule: str
    severity: str
    start: int
    end: int
    message: str

    @property
    def is_blocking(self) -> bool:
        return self.severity == BLOCK
