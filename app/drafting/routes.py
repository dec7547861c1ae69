"""Start a draft from a template, edit it with a live reply check, submit it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.audit import service as audit
from app.drafting import service as drafting_service
from app.drafting.models import Draft
from app.drafting.view import check_view
from app.dismissals import service as dismissal_service
from app.errors import DomainError, InvalidInput, NotAllowed
from app.reviews.routes import ReviewDep
from app.web.deps import BackgroundPostUser, CurrentUser, DetectorDep, FormId, FormOffset, PathId, PostManager, PostUser, SessionDep, SettingsDep
from app.web.templating import render

router = APIRouter(tags=["drafting"])

BodyField = Annotated[str, Form(max_length=20_000)]


def load_draft(draft_id: PathId, session: SessionDep) -> Draft:
    return drafting_service.get_draft(session=session, draft_id=draft_id)


DraftDep = Annotated[Draft, Depends(load_draft)]


@router.post("/reviews/{review_id}/drafts", name="drafting:create")
def create_draft(
    request: Request,
    session: SessionDep,
    user: PostUser,
    review: ReviewDep,
    template_id: FormId,
) -> Response:
    template = drafting_service.get_template(session=session, template_id=template_id)
    draft = drafting_service.create_draft(session=session, review=review, template=template, author=user)
    return RedirectResponse(request.url_for("drafting:editor", draft_id=draft.id), status_code=303)


def _editor(request: Request, session, detector, user, draft: Draft, *, body: str | None = None, error: str | None = None, status_code: int = 200) -> Response:
    text = draft.body if body is None else body
    outcome = drafting_service.check_draft_text(session=session, detector=detector, review=draft.review, body=text)
    context = {
        "draft": draft,
        "review": draft.review,
        "body": text,
        "check": check_view(text, outcome.findings, draft.review.platform, outcome.dismissed),
        # Dismiss buttons only where the checked text is the saved text (spans refer to it).
        "can_dismiss": user.is_manager and text == draft.body,
        "return_to": "editor",
        "can_edit": drafting_service.can_edit(draft, user),
        "templates": drafting_service.list_templates(session=session),
        "error": error,
    }
    return render(request, "drafting/editor.html", context, status_code)


@router.get("/drafts/{draft_id}", name="drafting:editor")
def editor(request: Request, session: SessionDep, detector: DetectorDep, user: CurrentUser, draft: DraftDep) -> Response:
    audit.record_now(session, action="draft_view", user_id=user.id, object_type="draft", object_id=draft.id)
    return _editor(request, session, detector, user, draft)


@router.post("/drafts/{draft_id}/check", name="drafting:check")
def live_check(
    request: Request,
    session: SessionDep,
    detector: DetectorDep,
    user: BackgroundPostUser,
    draft: DraftDep,
    body: BodyField = "",
) -> Response:
    """The live check fragment: no state change, and it does not extend the idle timer."""
    outcome = drafting_service.check_draft_text(session=session, detector=detector, review=draft.review, body=body)
    context = {"check": check_view(body, outcome.findings, draft.review.platform, outcome.dismissed), "draft": draft, "can_dismiss": False}
    return render(request, "drafting/_reply_check.html", context)


@router.post("/drafts/{draft_id}", name="drafting:save")
def save(
    request: Request,
    session: SessionDep,
    detector: DetectorDep,
    settings: SettingsDep,
    user: PostUser,
    draft: DraftDep,
    body: BodyField = "",
) -> Response:
    try:
        drafting_service.save_body(session=session, draft=draft, user=user, body=body, max_chars=settings.max_draft_chars)
    except DomainError as exc:
        session.rollback()
        # Keep what was typed on screen so nothing is lost.
        return _editor(request, session, detector, user, draft, body=body, error=str(exc), status_code=exc.status_code)
    return RedirectResponse(request.url_for("drafting:editor", draft_id=draft.id).include_query_params(saved="1"), status_code=303)


@router.post("/drafts/{draft_id}/submit", name="drafting:submit")
def submit(
    request: Request,
    session: SessionDep,
    detector: DetectorDep,
    settings: SettingsDep,
    user: PostUser,
    draft: DraftDep,
    body: BodyField = "",
) -> Response:
    try:
        drafting_service.submit(session=session, detector=detector, draft=draft, user=user, body=body, max_chars=settings.max_draft_chars)
    except NotAllowed:
        raise
    except DomainError as exc:
        session.rollback()
        session.refresh(draft)
        return _editor(request, session, detector, user, draft, body=body, error=str(exc), status_code=exc.status_code)
    return RedirectResponse(request.url_for("reviews:queue").include_query_params(submitted=str(draft.id)), status_code=303)


@router.post("/drafts/{draft_id}/template", name="drafting:switch_template")
def switch_template(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    user: PostUser,
    draft: DraftDep,
    template_id: FormId,
) -> Response:
    """Replace the draft's text with another template's (a new version)."""
    template = drafting_service.get_template(session=session, template_id=template_id)
    drafting_service.switch_template(session=session, draft=draft, template=template, user=user, max_chars=settings.max_draft_chars)
    return RedirectResponse(request.url_for("drafting:editor", draft_id=draft.id), status_code=303)


@router.post("/drafts/{draft_id}/findings/dismiss", name="drafting:dismiss_finding")
def dismiss_finding(
    request: Request,
    session: SessionDep,
    detector: DetectorDep,
    user: PostManager,
    draft: DraftDep,
    rule: Annotated[str, Form(max_length=40)],
    start: FormOffset,
    end: FormOffset,
    reason: Annotated[str, Form(max_length=5000)] = "",
    return_to: Annotated[str, Form(pattern="^(editor|approval)$")] = "editor",
) -> Response:
    """A manager marks one reply-check finding on the saved draft as a false positive."""
    current = drafting_service.check_text(session=session, detector=detector, review=draft.review, body=draft.body)
    target = "approvals:review" if return_to == "approval" else "drafting:editor"
    try:
        dismissal_service.dismiss_reply_finding(
            session=session, review=draft.review, body=draft.body, current=current,
            rule=rule, start=start, end=end, manager=user, reason=reason,
        )
    except InvalidInput as exc:
        session.rollback()
        if return_to == "approval":
            from app.approvals.routes import review_page

            return review_page(request, session, detector, user, draft, error=str(exc), status_code=422)
        return _editor(request, session, detector, user, draft, error=str(exc), status_code=422)
    return RedirectResponse(request.url_for(target, draft_id=draft.id), status_code=303)
