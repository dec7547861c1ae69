"""The manager's retention page: how many reviews are due, and a purge button."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from app.retention import service as retention_service
from app.reviews.routes import ReviewDep
from app.web.deps import ManagerUser, PostManager, SessionDep, SettingsDep
from app.web.templating import render

router = APIRouter(tags=["retention"])


@router.get("/retention", name="retention:index")
def index(request: Request, session: SessionDep, settings: SettingsDep, user: ManagerUser) -> Response:
    due = len(retention_service.purge_due(session=session, retention_days=settings.retention_days))
    return render(request, "retention/index.html", {"due": due, "retention_days": settings.retention_days})


@router.post("/retention/purge", name="retention:purge")
def purge(request: Request, session: SessionDep, settings: SettingsDep, user: PostManager) -> Response:
    count = retention_service.purge(session=session, retention_days=settings.retention_days, user_id=user.id)
    retention_service.compact(session=session)
    return RedirectResponse(request.url_for("retention:index").include_query_params(purged=count), status_code=303)


@router.post("/reviews/{review_id}/close", name="reviews:close")
def close_review(request: Request, session: SessionDep, user: PostManager, review: ReviewDep) -> Response:
    retention_service.close_review(session=session, review=review, user_id=user.id)
    return RedirectResponse(request.url_for("reviews:detail", review_id=review.id), status_code=303)
