"""Paste a review, see its PHI, pick a template; the work queues."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.approvals import service as approvals_service
from app.audit import service as audit
from app.drafting import service as drafting_service
from app.dismissals import service as dismissal_service
from app.errors import InvalidInput, NotFound
from app.reviews import explain, schemas
from app.reviews import service as review_service
from app.reviews.models import Platform, Review
from app.web.deps import CurrentUser, DetectorDep, PathId, PostManager, PostUser, SessionDep, SettingsDep
from app.web.forms import form_fields
from app.web.templating import render

router = APIRouter(tags=["reviews"])

REVIEW_FIELDS = ("platform", "rating", "reviewer_name", "text", "posted_on", "url")


def load_review(review_id: PathId, session: SessionDep) -> Review:
    review = review_service.get_review(session=session, review_id=review_id)
    if review is None:
        raise NotFound("No review with that number.")
    return review


ReviewDep = Annotated[Review, Depends(load_review)]


@router.get("/", name="reviews:home")
def home(request: Request) -> Response:
    return RedirectResponse(request.url_for("reviews:queue"), status_code=303)


@router.get("/queue", name="reviews:queue")
def queue(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    context = {
        "my_drafts": drafting_service.drafts_by_author(session=session, author=user),
        "pending": approvals_service.pending(session=session) if user.is_manager else [],
    }
    return render(request, "reviews/queue.html", context)


@router.get("/reviews", name="reviews:list")
def list_reviews(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    return render(request, "reviews/list.html", {"reviews": review_service.list_reviews(session=session)})


@router.get("/reviews/new", name="reviews:new")
def new_review(request: Request, user: CurrentUser) -> Response:
    return render(request, "reviews/new.html", {"form": {}, "errors": {}, "platforms": list(Platform)})


@router.post("/reviews", name="reviews:create")
def create_review(
    request: Request,
    session: SessionDep,
    detector: DetectorDep,
    settings: SettingsDep,
    user: PostUser,
    form: Annotated[dict[str, str], Depends(form_fields(*REVIEW_FIELDS))],
) -> Response:
    data, errors = schemas.parse_new_review(form, max_chars=settings.max_review_chars)
    if data is None:
        # Re-show the form with what was typed, so nothing is lost.
        return render(request, "reviews/new.html", {"form": form, "errors": errors, "platforms": list(Platform)}, 422)
    review = review_service.create_review(session=session, detector=detector, author=user, data=data)
    return RedirectResponse(request.url_for("reviews:detail", review_id=review.id), status_code=303)


def review_context(session, detector, review: Review) -> dict:
    """Highlighted text, findings with their explanation and dismissal, and the summary."""
    dismissals = dismissal_service.dismissed_finding_ids(dismissal_service.for_review(session=session, review_id=review.id))
    segments, rows = review_service.review_display(review, dismissals)
    return {
        "review": review,
        "segments": segments,
        "finding_rows": rows,
        "explanations": explain.recognizer_explanations(detector),
        "summary": review_service.summary(review, set(dismissals)),
    }


def _detail(request: Request, session, detector, review: Review, *, error: str | None = None, status_code: int = 200) -> Response:
    context = review_context(session, detector, review)
    context.update(
        {
            "templates": drafting_service.list_templates(session=session),
            "suggested": drafting_service.suggest_template(session=session, review=review),
            "error": error,
        }
    )
    return render(request, "reviews/detail.html", context, status_code)


@router.get("/reviews/{review_id}", name="reviews:detail")
def review_detail(request: Request, session: SessionDep, detector: DetectorDep, user: CurrentUser, review: ReviewDep) -> Response:
    audit.record_now(session, action="review_view", user_id=user.id, object_type="review", object_id=review.id)
    return _detail(request, session, detector, review)


@router.post("/reviews/{review_id}/findings/{finding_id}/dismiss", name="reviews:dismiss_finding")
def dismiss_finding(
    request: Request,
    session: SessionDep,
    detector: DetectorDep,
    user: PostManager,
    review: ReviewDep,
    finding_id: PathId,
    reason: Annotated[str, Form(max_length=5000)] = "",
) -> Response:
    """A manager marks one finding of this review as a false positive, with a reason."""
    try:
        dismissal_service.dismiss_review_finding(session=session, review=review, finding_id=finding_id, manager=user, reason=reason)
    except InvalidInput as exc:
        session.rollback()
        return _detail(request, session, detector, review, error=str(exc), status_code=422)
    return RedirectResponse(request.url_for("reviews:detail", review_id=review.id), status_code=303)
