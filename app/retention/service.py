"""Purge review text after the retention period, and re-encrypt every row with the current key."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from app import crypto
from app.audit import service as audit
from app.db import utcnow
from app.dismissals.models import Dismissal
from app.drafting.models import Draft, DraftStatus
from app.errors import InvalidTransition
from app.reviews.models import Review

ENCRYPTED_MODELS = {
    Review: ("text", "reviewer_name", "url"),
    Draft: ("body", "manager_comment"),
    Dismissal: ("reason",),
}


def purge_due(*, session: Session, retention_days: int, now: datetime | None = None) -> list[Review]:
    """Reviews whose reply was posted, or that were closed, more than retention_days ago."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    posted = select(Draft.review_id).where(Draft.status == DraftStatus.POSTED, Draft.posted_at <= cutoff)
    stmt = (
        select(Review)
        .where(Review.purged_at.is_(None))
        .where(or_(Review.closed_at <= cutoff, Review.id.in_(posted)))
        .order_by(Review.id)
    )
    return list(session.scalars(stmt))


def purge(*, session: Session, retention_days: int, user_id: int | None, now: datetime | None = None) -> int:
    """Delete the review text, reviewer name and link of every due review; keep replies,
    findings (types and offsets) and the audit trail. Returns how many were purged."""
    reviews = purge_due(session=session, retention_days=retention_days, now=now)
    stamp = now or utcnow()
    for review in reviews:
        review.text = None
        review.reviewer_name = None
        review.url = None
        review.purged_at = stamp
        audit.record(session, action="review_purge", user_id=user_id, object_type="review", object_id=review.id)
    session.commit()
    return len(reviews)


def compact(*, session: Session) -> None:
    """SQLite: rebuild the file so purged pages are gone (secure_delete zeroes them too)."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        session.commit()
        with bind.connect() as conn:
            auto = conn.execution_options(isolation_level="AUTOCOMMIT")
            auto.execute(text("VACUUM"))
            # In WAL mode old pages can linger in the -wal file until a checkpoint.
            auto.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def close_review(*, session: Session, review: Review, user_id: int) -> Review:
    """Mark a review as handled without a posted reply, so retention can purge it."""
    if review.closed_at is not None:
        raise InvalidTransition("This review is already closed.")
    review.closed_at = utcnow()
    audit.record(session, action="review_close", user_id=user_id, object_type="review", object_id=review.id)
    session.commit()
    return review


def rotate_keys(*, session: Session, batch_size: int = 200) -> int:
    """Re-encrypt every encrypted value with the current key; returns the number of rows."""
    crypto.keyring()  # fail early, before any row is touched, if keys are missing
    rows = 0
    for model, columns in ENCRYPTED_MODELS.items():
        last_id = 0
        while True:
            batch = list(session.scalars(select(model).where(model.id > last_id).order_by(model.id).limit(batch_size)))
            if not batch:
                break
            for obj in batch:
                for column in columns:
                    value = getattr(obj, column)  # decrypts with whichever key sealed it
                    setattr(obj, column, value)  # seals again with the current key
                rows += 1
                last_id = obj.id
            session.commit()
    audit.record(session, action="keys_rotate", user_id=None, object_type="rows", object_id=rows)
    session.commit()
    return rows
