"""The manager's approval queue and the approve / request-changes actions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.approvals import service as approvals_service
from app.audit import service as audit
from app.drafting import service as drafting_service
from app.drafting.models import Draft
from app.drafting.routes import DraftDep
from app.drafting.view import check_view
from app.errors import DomainError
from app.reviews.routes import review_context
from app.web.deps import DetectorDep, FormId, ManagerUser, PostManager, SessionDep
from app.web.templating import render

router = APIRouter(tags=["approvals"])


@router.get("/approvals", name="approvals:queue")
def queue(request: Request, session: SessionDep, user: ManagerUser) -> Response:
    return render(request, "approvals/queue.html", {"pending": approvals_service.pending(session=session)})


def review_page(request: Request, session, detector, user, draft: Draft, *, error: str | None = None, status_code: int = 200) -> Response:
    """The manager's view: the review as staff saw it, the draft, and its check."""
    review = draft.review
    outcome = drafting_service.check_draft_text(session=session, detector=detector, review=review, body=draft.body)
    context = review_context(session, detector, review)
    context.update(
        {
            "draft": draft,
            "check": check_view(draft.body, outcome.findings, review.platform, outcome.dismissed),
            "is_own": user.id in (draft.author_id, draft.last_editor_id),
            "can_dismiss": user.is_manager,
            "return_to": "approval",
            "error": error,
        }
    )
    return render(request, "approvals/review.html", context, status_code)


@router.get("/approvals/{draft_id}", name="approvals:review")
def review_draft(request: Request, session: SessionDep, detector: DetectorDep, user: ManagerUser, draft: DraftDep) -> Response:
    audit.record_now(session, action="review_view", user_id=user.id, object_type="review", object_id=draft.review_id)
    return review_page(request, session, detector, user, draft)


@router.post("/approvals/{draft_id}/approve", name="approvals:approve")
def approve(
    request: Request,
    session: SessionDep,
    detector: DetectorDep,
    user: PostManager,
    draft: DraftDep,
    version: FormId,
) -> Response:
    try:
        approvals_service.approve(session=session, detector=detector, draft=draft, manager=user, version=version)
    except DomainError as exc:
        session.rollback()
        session.refresh(draft)
        return review_page(request, session, detector, user, draft, error=str(exc), status_code=exc.status_code)
    return RedirectResponse(request.url_for("exports:reply", draft_id=draft.id), status_code=303)


@router.post("/approvals/{draft_id}/return", name="approvals:return")
def request_changes(
    request: Request,
    session: SessionDep,
    detector: DetectorDep,
    user: PostManager,
    draft: DraftDep,
    comment: Annotated[str, Form(max_length=5000)] = "",
) -> Response:
    try:
        approvals_service.request_changes(session=session, draft=draft, manager=user, comment=comment)
    except DomainError as exc:
        session.rollback()
        session.refresh(draft)
        return review_page(request, session, detector, user, draft, error=str(exc), status_code=exc.status_code)
    return RedirectResponse(request.url_for("approvals:queue"), status_code=303)
