"""Create reviews, scan them for PHI, and shape findings for display."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.auth.models import User
from app.phi.detector import PhiDetector
from app.phi.types import PROVIDER, PhiFinding, category_of
from app.reviews.models import Finding, Platform, Review

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewReview:
    platform: Platform
    rating: int
    reviewer_name: str
    text: str
    posted_on: date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Segment:
    """A piece of review text for display: plain, or one highlighted finding."""

    text: str
    finding: PhiFinding | None = None
    is_dismissed: bool = False

    @property
    def category(self) -> str:
        return category_of(self.finding.entity_type)[0] if self.finding else ""

    @property
    def label(self) -> str:
        return category_of(self.finding.entity_type)[1] if self.finding else ""


def create_review(*, session: Session, detector: PhiDetector, author: User, data: NewReview) -> Review:
    """Store a pasted review and its PHI findings (types and offsets only)."""
    findings = detector.scan(data.text, reviewer_name=data.reviewer_name)
    review = Review(
        platform=data.platform,
        rating=data.rating,
        reviewer_name=data.reviewer_name,
        text=data.text,
        posted_on=data.posted_on,
        url=data.url,
        created_by_id=author.id,
    )
    review.findings = [
        Finding(entity_type=f.entity_type, start=f.start, end=f.end, score=f.score, recognizer=f.recognizer)
        for f in findings
    ]
    session.add(review)
    session.flush()
    audit.record(session, action="review_create", user_id=author.id, object_type="review", object_id=review.id)
    session.commit()
    log.info("review %s created with %d findings", review.id, len(findings))
    return review


def get_review(*, session: Session, review_id: int) -> Review | None:
    return session.get(Review, review_id)


def list_reviews(*, session: Session, limit: int = 200) -> list[Review]:
    return list(session.scalars(select(Review).order_by(Review.id.desc()).limit(limit)))


def as_phi_finding(f: Finding) -> PhiFinding:
    return PhiFinding(f.entity_type, f.start, f.end, f.score, f.recognizer)


def stored_findings(review: Review) -> list[PhiFinding]:
    """The review's findings as detector findings."""
    return [as_phi_finding(f) for f in review.findings]


def segments(text: str, findings: list[PhiFinding], dismissed: set[tuple[int, int]] = frozenset()) -> list[Segment]:
    """Split text into plain and highlighted segments; templates escape each one."""
    out: list[Segment] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < pos or f.end > len(text):
            continue  # overlapping or stale offsets: never slice outside the text
        if f.start > pos:
            out.append(Segment(text[pos : f.start]))
        out.append(Segment(text[f.start : f.end], f, (f.start, f.end) in dismissed))
        pos = f.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


@dataclass(frozen=True)
class FindingRow:
    """One review finding for the findings list, with its dismissal if any."""

    finding: Finding
    text: str
    dismissal: object | None = None

    @property
    def category(self) -> tuple[str, str]:
        return category_of(self.finding.entity_type)


def review_display(review: Review, dismissals_by_finding: dict[int, object]) -> tuple[list[Segment], list[FindingRow]]:
    """Highlighted segments and the findings list, dismissed findings marked."""
    text = review.text or ""  # None once the review has been purged
    dismissed = {(f.start, f.end) for f in review.findings if f.id in dismissals_by_finding}
    segs = segments(text, stored_findings(review), dismissed)
    rows = [FindingRow(f, text[f.start : f.end], dismissals_by_finding.get(f.id)) for f in review.findings]
    return segs, rows


def disclosed_count(review: Review, dismissed_ids: set[int] = frozenset()) -> int:
    """Items the reviewer disclosed: PHI findings plus the display name itself."""
    count = sum(1 for f in review.findings if f.entity_type != PROVIDER and f.id not in dismissed_ids)
    return count + (1 if (review.reviewer_name or "").strip() else 0)


def summary(review: Review, dismissed_ids: set[int] = frozenset()) -> str:
    n = disclosed_count(review, dismissed_ids)
    if n == 0:
        return "No personal or health information was found. Still, never confirm the reviewer was a patient."
    noun = "item" if n == 1 else "items"
    pronoun = "it" if n == 1 else "them"
    return f"The reviewer disclosed {n} {noun}. None of {pronoun} may appear in the reply."
