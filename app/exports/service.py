"""Approved replies: mark as posted and export to CSV (reply text only, never the review)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.auth.models import User
from app.db import utcnow
from app.drafting import service as drafting_service
from app.drafting.models import Draft, DraftStatus
from app.errors import InvalidInput, InvalidTransition, NotFound

CSV_COLUMNS = ["reply_id", "platform", "rating", "review_posted_on", "approved_at", "approved_by", "posted_at", "status", "reply_text"]


def get_reply(*, session: Session, draft_id: int) -> Draft:
    """An approved or posted reply whose text still matches what was approved."""
    draft = session.get(Draft, draft_id)
    if draft is None or draft.status not in (DraftStatus.APPROVED, DraftStatus.POSTED):
        raise NotFound("No approved reply with that number.")
    if draft.approved_sha256 != drafting_service.sha256_text(draft.body):
        raise InvalidTransition("This reply no longer matches the approved text and must be approved again.")
    return draft


def mark_posted(*, session: Session, draft: Draft, user: User) -> Draft:
    """Record that the approved reply was posted on the platform."""
    if draft.status != DraftStatus.APPROVED:
        raise InvalidTransition("Only an approved reply can be marked as posted.")
    draft.status = DraftStatus.POSTED
    draft.posted_at = utcnow()
    audit.record(session, action="reply_posted", user_id=user.id, object_type="draft", object_id=draft.id)
    session.commit()
    return draft


def approved_replies(*, session: Session, day_from: date, day_to: date) -> list[Draft]:
    """Approved or posted replies whose approval falls in the inclusive date range (UTC)."""
    if day_to < day_from:
        raise InvalidInput("The end date is before the start date.")
    start = datetime.combine(day_from, time.min, tzinfo=UTC)
    end = datetime.combine(day_to + timedelta(days=1), time.min, tzinfo=UTC)
    stmt = (
        select(Draft)
        .where(Draft.status.in_([DraftStatus.APPROVED, DraftStatus.POSTED]))
        .where(Draft.approved_at >= start, Draft.approved_at < end)
        .order_by(Draft.approved_at, Draft.id)
    )
    return [d for d in session.scalars(stmt) if d.approved_sha256 == drafting_service.sha256_text(d.body)]


def _iso(value) -> str:
    return value.isoformat() if value else ""


def export_csv(*, session: Session, user: User, day_from: date, day_to: date) -> tuple[str, int]:
    """CSV of approved replies in the range; returns (csv text, row count). Audited."""
    rows = approved_replies(session=session, day_from=day_from, day_to=day_to)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for d in rows:
        writer.writerow(
            [
                d.id,
                str(d.review.platform),
                d.review.rating,
                _iso(d.review.posted_on),
                _iso(d.approved_at),
                d.approver.username if d.approver else "",
                _iso(d.posted_at),
                str(d.status),
                _csv_safe(d.body),
            ]
        )
    audit.record(session, action="export", user_id=user.id, object_type="export", object_id=len(rows))
    session.commit()
    return buf.getvalue(), len(rows)


def _csv_safe(value: str) -> str:
    """Neutralize spreadsheet formulas (CSV injection) by prefixing a quote."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value
