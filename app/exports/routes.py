"""Approved replies: the copy page, mark as posted, CSV export."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.audit import service as audit
from app.db import utcnow
from app.errors import InvalidInput
from app.exports import service as exports_service
from app.web.deps import CurrentUser, ManagerUser, PathId, PostManager, PostUser, SessionDep
from app.web.templating import render

router = APIRouter(tags=["exports"])


@router.get("/replies", name="exports:list")
def replies(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    today = utcnow().date()
    rows = exports_service.approved_replies(session=session, day_from=today - timedelta(days=365), day_to=today)
    return render(request, "exports/list.html", {"replies": list(reversed(rows))})


@router.get("/replies/{draft_id}", name="exports:reply")
def reply_page(request: Request, session: SessionDep, user: CurrentUser, draft_id: PathId) -> Response:
    draft = exports_service.get_reply(session=session, draft_id=draft_id)
    audit.record_now(session, action="reply_view", user_id=user.id, object_type="draft", object_id=draft.id)
    return render(request, "exports/reply.html", {"draft": draft, "review": draft.review})


@router.post("/replies/{draft_id}/posted", name="exports:mark_posted")
def mark_posted(request: Request, session: SessionDep, user: PostUser, draft_id: PathId) -> Response:
    draft = exports_service.get_reply(session=session, draft_id=draft_id)
    exports_service.mark_posted(session=session, draft=draft, user=user)
    return RedirectResponse(request.url_for("exports:reply", draft_id=draft.id), status_code=303)


@router.get("/exports", name="exports:form")
def export_form(request: Request, user: ManagerUser) -> Response:
    today = utcnow().date()
    return render(request, "exports/form.html", {"day_from": (today - timedelta(days=30)).isoformat(), "day_to": today.isoformat()})


def _parse_day(value: str, label: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"Enter the {label} date as YYYY-MM-DD.") from None


@router.post("/exports/replies.csv", name="exports:csv")
def export_csv(
    request: Request,
    session: SessionDep,
    user: PostManager,
    day_from: Annotated[str, Form(max_length=20)],
    day_to: Annotated[str, Form(max_length=20)],
) -> Response:
    start, end = _parse_day(day_from, "start"), _parse_day(day_to, "end")
    body, _count = exports_service.export_csv(session=session, user=user, day_from=start, day_to=end)
    filename = f"safereply-replies-{start.isoformat()}-to-{end.isoformat()}.csv"
    return Response(
        content=body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
