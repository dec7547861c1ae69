"""Write and read audit events. Callers pass ids and action names, never text."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, UTC

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit.models import AuditEvent

ACTIONS = (
    "login",
    "login_failed",
    "logout",
    "review_create",
    "review_view",
    "draft_create",
    "draft_edit",
    "draft_submit",
    "draft_approve",
    "draft_return",
    "reply_view",
    "draft_view",
    "reply_posted",
    "export",
    "practice_update",
    "user_create",
    "user_update",
    "access_denied",
    "finding_dismiss",
    "review_purge",
    "review_close",
    "keys_rotate",
    "break_glass",
)


def record(
    session: Session,
    *,
    action: str,
    user_id: int | None,
    object_type: str | None = None,
    object_id: int | None = None,
    outcome: str = "ok",
) -> AuditEvent:
    """Add an audit row to the session (committed with the caller's use case)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    event = AuditEvent(action=action, user_id=user_id, object_type=object_type, object_id=object_id, outcome=outcome)
    session.add(event)
    session.info["audit_pending"] = True  # sealed into the hash chain after commit (see db.py)
    return event


def record_now(session: Session, **kwargs) -> None:
    """Record and commit at once (for reads, where nothing else commits)."""
    record(session, **kwargs)
    session.commit()


def list_events(
    *,
    session: Session,
    user_id: int | None = None,
    action: str | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    limit: int = 500,
) -> list[AuditEvent]:
    """Newest first, filtered by user, action and an inclusive date range."""
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if user_id is not None:
        stmt = stmt.where(AuditEvent.user_id == user_id)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if day_from:
        stmt = stmt.where(AuditEvent.at >= datetime.combine(day_from, time.min, tzinfo=UTC))
    if day_to:
        stmt = stmt.where(AuditEvent.at < datetime.combine(day_to + timedelta(days=1), time.min, tzinfo=UTC))
    return list(session.scalars(stmt))
