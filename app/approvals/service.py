"""Approve or return drafts; the approver is never the author."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.auth.models import User
from app.db import utcnow
from app.drafting import service as drafting_service
from app.drafting.models import Draft, DraftStatus
from app.errors import InvalidInput, InvalidTransition, NotAllowed, PhiStillPresent
from app.phi.detector import PhiDetector

MAX_COMMENT = 2000


def _check_approver(draft: Draft, manager: User) -> None:
    if not manager.is_manager:
        raise NotAllowed("Only a practice manager can approve or return drafts.")
    if manager.id in (draft.author_id, draft.last_editor_id):
        raise NotAllowed("Nobody can approve or return a draft they wrote or last edited.")
    if draft.status != DraftStatus.PENDING_APPROVAL:
        raise InvalidTransition("Only a draft waiting for approval can be approved or returned.")


def approve(*, session: Session, detector: PhiDetector, draft: Draft, manager: User, version: int) -> Draft:
    """Approve the exact version the manager read, if the reply check still passes."""
    _check_approver(draft, manager)
    if version != draft.version:
        raise InvalidTransition("The draft changed while you were reading it. Reload and review it again.")
    found = drafting_service.blocking(
        drafting_service.check_text(session=session, detector=detector, review=draft.review, body=draft.body)
    )
    if found:
        audit.record_now(session, action="draft_approve", user_id=manager.id, object_type="draft", object_id=draft.id, outcome="blocked")
        raise PhiStillPresent(len(found))
    draft.status = DraftStatus.APPROVED
    draft.approver_id = manager.id
    draft.approved_at = utcnow()
    draft.approved_sha256 = drafting_service.sha256_text(draft.body)
    draft.approved_version = draft.version
    audit.record(session, action="draft_approve", user_id=manager.id, object_type="draft", object_id=draft.id)
    session.commit()
    return draft


def request_changes(*, session: Session, draft: Draft, manager: User, comment: str) -> Draft:
    """Send the draft back to its author with a comment."""
    _check_approver(draft, manager)
    comment = comment.strip()
    if not comment:
        raise InvalidInput("Say what should change, so the author knows what to fix.")
    if len(comment) > MAX_COMMENT:
        raise InvalidInput(f"Comments are at most {MAX_COMMENT} characters.")
    draft.status = DraftStatus.CHANGES_REQUESTED
    draft.manager_comment = comment
    audit.record(session, action="draft_return", user_id=manager.id, object_type="draft", object_id=draft.id)
    session.commit()
    return draft


def pending(*, session: Session) -> list[Draft]:
    """Drafts waiting for approval, oldest first."""
    stmt = select(Draft).where(Draft.status == DraftStatus.PENDING_APPROVAL).order_by(Draft.submitted_at, Draft.id)
    return list(session.scalars(stmt))
