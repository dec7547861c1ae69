"""Dismiss findings as false positives (managers only), and apply dismissals to checks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.auth.models import User
from app.dismissals.models import Dismissal, DismissalKind
from app.errors import InvalidInput, NotAllowed, NotFound
from app.replycheck.types import ReplyFinding
from app.reviews.models import Finding, Review

MIN_REASON = 10
MAX_REASON = 1000


def span_key(text: str, start: int, end: int) -> str:
    """SHA-256 of the flagged words, case- and space-insensitive."""
    words = " ".join(text[start:end].lower().split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise InvalidInput(f"Say why this is a false positive (at least {MIN_REASON} characters).")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"Reasons are at most {MAX_REASON} characters.")
    return reason


def _require_manager(user: User) -> None:
    if not user.is_manager:
        raise NotAllowed("Only a practice manager can dismiss a finding.")


def for_review(*, session: Session, review_id: int) -> list[Dismissal]:
    stmt = select(Dismissal).where(Dismissal.review_id == review_id).order_by(Dismissal.id)
    return list(session.scalars(stmt))


def dismiss_review_finding(*, session: Session, review: Review, finding_id: int, manager: User, reason: str) -> Dismissal:
    """Mark one PHI finding of this review as a false positive."""
    _require_manager(manager)
    reason = _check_reason(reason)
    finding = session.get(Finding, finding_id)
    if finding is None or finding.review_id != review.id:
        raise NotFound("No such finding on this review.")
    existing = session.scalar(
        select(Dismissal).where(Dismissal.review_id == review.id, Dismissal.finding_id == finding.id)
    )
    if existing is not None:
        return existing
    dismissal = Dismissal(
        review_id=review.id, kind=DismissalKind.REVIEW_FINDING, finding_id=finding.id, reason=reason, user_id=manager.id
    )
    session.add(dismissal)
    session.flush()
    audit.record(session, action="finding_dismiss", user_id=manager.id, object_type="finding", object_id=finding.id)
    session.commit()
    return dismissal


def dismiss_reply_finding(
    *, session: Session, review: Review, body: str, current: list[ReplyFinding], rule: str, start: int, end: int, manager: User, reason: str
) -> Dismissal:
    """Mark one reply-check finding (as it stands on the saved draft) as a false positive."""
    _require_manager(manager)
    reason = _check_reason(reason)
    if not any(f.rule == rule and f.start == start and f.end == end for f in current):
        raise InvalidInput("That finding is no longer on the saved draft. Reload the page and try again.")
    if end <= start:
        raise InvalidInput("Findings about the whole reply cannot be dismissed; change the reply instead.")
    key = span_key(body, start, end)
    existing = session.scalar(
        select(Dismissal).where(Dismissal.review_id == review.id, Dismissal.rule == rule, Dismissal.span_sha256 == key)
    )
    if existing is not None:
        return existing
    dismissal = Dismissal(
        review_id=review.id, kind=DismissalKind.REPLY_FINDING, rule=rule, span_sha256=key, reason=reason, user_id=manager.id
    )
    session.add(dismissal)
    session.flush()
    audit.record(session, action="finding_dismiss", user_id=manager.id, object_type="review", object_id=review.id)
    session.commit()
    return dismissal


@dataclass(frozen=True)
class DismissedReplyFinding:
    finding: ReplyFinding
    dismissal: Dismissal


def split_reply_findings(
    findings: list[ReplyFinding], body: str, dismissals: list[Dismissal]
) -> tuple[list[ReplyFinding], list[DismissedReplyFinding]]:
    """Separate findings a manager dismissed for this review from those that still stand."""
    by_key = {
        (d.rule, d.span_sha256): d for d in dismissals if d.kind == DismissalKind.REPLY_FINDING and d.span_sha256
    }
    active: list[ReplyFinding] = []
    dismissed: list[DismissedReplyFinding] = []
    for f in findings:
        d = by_key.get((f.rule, span_key(body, f.start, f.end))) if f.end > f.start else None
        if d is None:
            active.append(f)
        else:
            dismissed.append(DismissedReplyFinding(f, d))
    return active, dismissed


def dismissed_finding_ids(dismissals: list[Dismissal]) -> dict[int, Dismissal]:
    return {d.finding_id: d for d in dismissals if d.kind == DismissalKind.REVIEW_FINDING and d.finding_id}
