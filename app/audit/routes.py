"""The manager's audit log page, filtered by user, action and date."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import Response

from app.audit import service as audit_service
from app.auth import service as auth_service
from app.web.deps import ManagerUser, SessionDep
from app.web.templating import render

router = APIRouter(tags=["audit"])


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@router.get("/audit", name="audit:list")
def audit_log(
    request: Request,
    session: SessionDep,
    user: ManagerUser,
    user_id: str = "",
    action: str = "",
    day_from: str = "",
    day_to: str = "",
) -> Response:
    uid = int(user_id) if user_id.isdigit() else None
    act = action if action in audit_service.ACTIONS else None
    events = audit_service.list_events(session=session, user_id=uid, action=act, day_from=_day(day_from), day_to=_day(day_to))
    users = auth_service.list_users(session=session)
    context = {
        "events": events,
        "users": users,
        "usernames": {u.id: u.username for u in users},
        "actions": audit_service.ACTIONS,
        "filters": {"user_id": uid, "action": act or "", "day_from": day_from if _day(day_from) else "", "day_to": day_to if _day(day_to) else ""},
    }
    return render(request, "audit/list.html", context)
