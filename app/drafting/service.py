"""Seed templates, create and edit drafts, and run the reply check on them."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.dismissals import service as dismissal_service
from app.auth.models import User
from app.db import utcnow
from app.drafting import library, suggest
from app.drafting.models import Draft, DraftStatus, Template
from app.errors import InvalidInput, InvalidTransition, NotAllowed, NotFound, PhiStillPresent
from app.phi.detector import PhiDetector
from app.practice import service as practice_service
from app.practice.models import Practice
from app.replycheck.checker import check_reply
from app.replycheck.types import ReplyCheckInput, ReplyFinding
from app.reviews import service as review_service
from app.reviews.models import Review

log = logging.getLogger(__name__)



def seed_templates(*, session: Session) -> int:
    """Insert seed templates that are missing (by key); return how many were added."""
    existing = set(session.scalars(select(Template.key)))
    added = 0
    for seed in library.load_seed_templates():
        if seed.key in existing:
            continue
        session.add(Template(key=seed.key, name=seed.name, category=seed.category, language=seed.language, body=seed.body))
        added += 1
    session.commit()
    return added


def list_templates(*, session: Session) -> list[Template]:
    return list(
        session.scalars(select(Template).where(Template.active.is_(True)).order_by(Template.language, Template.category, Template.id))
    )


def get_template(*, session: Session, template_id: int) -> Template:
    template = session.get(Template, template_id)
    if template is None or not template.active:
        raise NotFound("No such template.")
    return template


def suggest_template(*, session: Session, review: Review) -> Template | None:
    """The template that best fits the review's rating, topic and language."""
    text = review.text or ""
    language = suggest.detect_language(text)
    category = suggest.suggest_category(rating=review.rating, text=text, language=language)
    return suggest.pick_template(list_templates(session=session), category=category, language=language)


def render_for_practice(template: Template, practice: Practice) -> str:
    """Fill the template's placeholders from practice settings only."""
    return library.render_template(
        template.body,
        practice_name=practice.name,
        contact_name=practice.contact_name,
        contact_phone=practice.phone,
        contact_email=practice.email,
    )


@dataclass(frozen=True)
class CheckOutcome:
    """Findings that stand, and those a manager dismissed for this review."""

    findings: list[ReplyFinding]
    dismissed: list[dismissal_service.DismissedReplyFinding]


def check_draft_text(*, session: Session, detector: PhiDetector, review: Review, body: str) -> CheckOutcome:
    """Run the reply check on a draft text for this review (the one gate used everywhere).

    Review findings a manager dismissed are not PHI to protect; reply findings a manager
    dismissed for this review are listed apart and do not block."""
    practice = practice_service.get_practice(session=session)
    dismissals = dismissal_service.for_review(session=session, review_id=review.id)
    dismissed_ids = dismissal_service.dismissed_finding_ids(dismissals)
    review_findings = [
        review_service.as_phi_finding(f) for f in review.findings if f.id not in dismissed_ids
    ]
    inp = ReplyCheckInput(
        review_text=review.text or "",
        reviewer_name=review.reviewer_name or "",
        draft=body,
        review_findings=tuple(review_findings),
        practice=practice_service.to_contact(practice),
        platform=str(review.platform),
        rating=review.rating,
    )
    findings = check_reply(inp, detector=detector)
    active, dismissed = dismissal_service.split_reply_findings(findings, body, dismissals)
    return CheckOutcome(active, dismissed)


def check_text(*, session: Session, detector: PhiDetector, review: Review, body: str) -> list[ReplyFinding]:
    """The findings that stand (what submit and approval enforce)."""
    return check_draft_text(session=session, detector=detector, review=review, body=body).findings


def blocking(findings: list[ReplyFinding]) -> list[ReplyFinding]:
    return [f for f in findings if f.is_blocking]


def create_draft(*, session: Session, review: Review, template: Template, author: User) -> Draft:
    """Start a draft for the review from a template."""
    practice = practice_service.get_practice(session=session)
    draft = Draft(
        review_id=review.id,
        template_id=template.id,
        body=render_for_practice(template, practice),
        author_id=author.id,
        last_editor_id=author.id,
    )
    session.add(draft)
    session.flush()
    audit.record(session, action="draft_create", user_id=author.id, object_type="draft", object_id=draft.id)
    session.commit()
    log.info("draft %s created for review %s from template %s", draft.id, review.id, template.id)
    return draft


def get_draft(*, session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound("No such draft.")
    return draft


def can_edit(draft: Draft, user: User) -> bool:
    """Authors edit their own drafts; managers may edit any. Posted replies are final."""
    if draft.status == DraftStatus.POSTED:
        return False
    return draft.author_id == user.id or user.is_manager


def save_body(*, session: Session, draft: Draft, user: User, body: str, max_chars: int) -> Draft:
    """Save an edit. Any change makes a new version; an approved text must be approved again."""
    if not can_edit(draft, user):
        raise NotAllowed("You cannot edit this draft.")
    body = normalize_body(body, max_chars=max_chars)
    if body == draft.body:
        return draft
    draft.body = body
    draft.last_editor_id = user.id
    draft.version += 1
    draft.updated_at = utcnow()
    if draft.status in (DraftStatus.APPROVED, DraftStatus.PENDING_APPROVAL):
        draft.status = DraftStatus.DRAFT
        draft.approved_sha256 = None
        draft.approved_version = None
        draft.approver_id = None
        draft.approved_at = None
    audit.record(session, action="draft_edit", user_id=user.id, object_type="draft", object_id=draft.id)
    session.commit()
    return draft


def normalize_body(body: str, *, max_chars: int) -> str:
    """Normalize line endings and trim; refuse empty or over-long drafts."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise InvalidInput("The reply is empty.")
    if len(body) > max_chars:
        raise InvalidInput(f"The reply is longer than {max_chars} characters.")
    return body


def submit(*, session: Session, detector: PhiDetector, draft: Draft, user: User, body: str | None, max_chars: int) -> Draft:
    """Save the latest text and send it for approval if the check has no blocking finding."""
    if draft.author_id != user.id and not user.is_manager:
        raise NotAllowed("Only the author can submit this draft.")
    if draft.status not in (DraftStatus.DRAFT, DraftStatus.CHANGES_REQUESTED):
        raise InvalidTransition("Only a draft or a returned draft can be submitted.")
    if body is not None:
        save_body(session=session, draft=draft, user=user, body=body, max_chars=max_chars)
    found = blocking(check_text(session=session, detector=detector, review=draft.review, body=draft.body))
    if found:
        audit.record_now(session, action="draft_submit", user_id=user.id, object_type="draft", object_id=draft.id, outcome="blocked")
        raise PhiStillPresent(len(found))
    draft.status = DraftStatus.PENDING_APPROVAL
    draft.submitted_at = utcnow()
    draft.manager_comment = None
    audit.record(session, action="draft_submit", user_id=user.id, object_type="draft", object_id=draft.id)
    session.commit()
    return draft


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def drafts_by_author(*, session: Session, author: User) -> list[Draft]:
    """The author's drafts that still need their attention, returned ones first."""
    stmt = (
        select(Draft)
        .where(Draft.author_id == author.id)
        .where(Draft.status.in_([DraftStatus.DRAFT, DraftStatus.CHANGES_REQUESTED, DraftStatus.PENDING_APPROVAL]))
        .order_by(Draft.updated_at.desc())
    )
    drafts = list(session.scalars(stmt))
    return sorted(drafts, key=lambda d: d.status != DraftStatus.CHANGES_REQUESTED)


def switch_template(*, session: Session, draft: Draft, template: Template, user: User, max_chars: int) -> Draft:
    """Replace the draft's text with another template's text, as a new version."""
    practice = practice_service.get_practice(session=session)
    save_body(session=session, draft=draft, user=user, body=render_for_practice(template, practice), max_chars=max_chars)
    draft.template_id = template.id
    session.commit()
    return draft
