"""Practice contact settings (managers)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.practice import service as practice_service
from app.web.deps import ManagerUser, PostManager, SessionDep
from app.web.templating import render

router = APIRouter(tags=["practice"])


@router.get("/settings", name="practice:settings")
def settings_page(request: Request, session: SessionDep, user: ManagerUser) -> Response:
    return render(request, "practice/settings.html", {"practice": practice_service.get_practice(session=session)})


@router.post("/settings", name="practice:update")
def update_settings(
    request: Request,
    session: SessionDep,
    user: PostManager,
    name: Annotated[str, Form(max_length=200)] = "",
    contact_name: Annotated[str, Form(max_length=200)] = "",
    phone: Annotated[str, Form(max_length=64)] = "",
    email: Annotated[str, Form(max_length=254)] = "",
    website: Annotated[str, Form(max_length=300)] = "",
    staff_names: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    values = {"name": name, "contact_name": contact_name, "phone": phone, "email": email, "website": website, "staff_names": staff_names}
    practice_service.update_practice(session=session, actor=user, values=values)
    return RedirectResponse(request.url_for("practice:settings").include_query_params(saved="1"), status_code=303)
