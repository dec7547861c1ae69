"""Paste a review, see its PHI, pick a template; the work queues."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from app.approvals import service as approvals_service
from app.audit import service as audit
from app.drafting import service as drafting_service
from app.errors import NotFound
from app.reviews import schemas
from app.reviews import service as review_service
from app.reviews.models import Platform, Review
from app.web.deps import CurrentUser, DetectorDep, PostUser, SessionDep, SettingsDep
from app.web.forms import form_fields
from app.web.templating import render

router = APIRouter(tags=["reviews"])

REVIEW_FIELDS = ("platform", "rating", "reviewer_name", "text", "posted_on", "url")


def load_review(review_id: int, session: SessionDep) -> Review:
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


@router.get("/reviews/{review_id}", name="reviews:detail")
def review_detail(request: Request, session: SessionDep, user: CurrentUser, review: ReviewDep) -> Response:
    findings = review_service.stored_findings(review)
    audit.record_now(session, action="review_view", user_id=user.id, object_type="review", object_id=review.id)
    suggested = drafting_service.suggest_template(session=session, review=review)
    context = {
        "review": review,
        "segments": review_service.segments(review.text, findings),
        "findings": findings,
        "summary": review_service.summary(review),
        "templates": drafting_service.list_templates(session=session),
        "suggested": suggested,
    }
    return render(request, "reviews/detail.html", context)
