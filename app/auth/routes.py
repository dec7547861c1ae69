"""Login, logout and user administration pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.auth import service as auth_service
from app.auth.models import Role
from app.errors import DomainError, InvalidInput
from app.web.deps import (
    CurrentUser,
    ManagerUser,
    PathId,
    PostManager,
    PostUser,
    SessionDep,
    SettingsDep,
    login_csrf_cookie_name,
    login_csrf_protect,
    new_login_csrf,
    session_cookie_name,
)
from app.web.templating import render

router = APIRouter(tags=["auth"])


def _login_page(request: Request, settings, *, error: str | None = None, status_code: int = 200) -> Response:
    token = new_login_csrf(settings)
    response = render(request, "auth/login.html", {"login_csrf": token, "error": error, "demo": settings.demo}, status_code)
    response.set_cookie(
        login_csrf_cookie_name(settings), token, httponly=True, samesite="strict", secure=settings.cookie_secure, max_age=3600, path="/"
    )
    return response


@router.get("/login", name="auth:login_form")
def login_form(request: Request, settings: SettingsDep) -> Response:
    return _login_page(request, settings)


@router.post("/login", name="auth:login", dependencies=[Depends(login_csrf_protect)])
def login(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    user = auth_service.authenticate(session=session, username=username, password=password)
    if user is None:
        return _login_page(request, settings, error="Wrong username or password, or too many attempts: wait a few minutes and try again.", status_code=401)
    # Old session (if any) is replaced: a new id at every login prevents session fixation.
    old = request.cookies.get(session_cookie_name(settings))
    if old:
        row = auth_service.load_session(session=session, token=old, idle_minutes=settings.session_idle_minutes, touch=False)
        if row is not None:
            session.delete(row)
            session.commit()
    token, _ = auth_service.start_session(session=session, user=user, absolute_hours=settings.session_absolute_hours)
    response = RedirectResponse(request.url_for("reviews:queue"), status_code=303)
    response.set_cookie(
        session_cookie_name(settings),
        token,
        httponly=True,
        samesite="lax",
        secure=settings.cookie_secure,
        path="/",
        max_age=settings.session_absolute_hours * 3600,
    )
    response.delete_cookie(login_csrf_cookie_name(settings), path="/", secure=settings.cookie_secure)
    return response


@router.post("/logout", name="auth:logout")
def logout(request: Request, session: SessionDep, settings: SettingsDep, user: PostUser) -> Response:
    auth_service.end_session(session=session, row=request.state.login_session)
    response = RedirectResponse(request.url_for("auth:login_form"), status_code=303)
    response.delete_cookie(session_cookie_name(settings), path="/", secure=settings.cookie_secure, httponly=True)
    response.headers["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    return response


@router.get("/users", name="auth:users")
def users_page(request: Request, session: SessionDep, user: ManagerUser) -> Response:
    return render(request, "auth/users.html", {"users": auth_service.list_users(session=session), "roles": _creatable_roles(user)})


def _creatable_roles(user) -> list[str]:
    # Admin accounts are created from the command line only.
    return [Role.STAFF.value, Role.MANAGER.value]


@router.post("/users", name="auth:create_user")
def create_user(
    request: Request,
    session: SessionDep,
    user: PostManager,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    role: Annotated[str, Form(max_length=20)],
) -> Response:
    error = None
    try:
        if role not in _creatable_roles(user):
            raise InvalidInput("Choose staff or manager. Admin accounts are created from the command line.")
        auth_service.create_user(session=session, username=username, password=password, role=Role(role), actor_id=user.id)
    except DomainError as exc:
        session.rollback()
        error = str(exc)
    if error:
        context = {"users": auth_service.list_users(session=session), "roles": _creatable_roles(user), "error": error}
        return render(request, "auth/users.html", context, status_code=422)
    return RedirectResponse(request.url_for("auth:users"), status_code=303)


@router.post("/users/{user_id}/active", name="auth:set_active")
def set_active(
    request: Request,
    session: SessionDep,
    user: PostManager,
    user_id: PathId,
    active: Annotated[str, Form(pattern="^(yes|no)$")],
) -> Response:
    target = auth_service.get_user(session=session, user_id=user_id)
    auth_service.set_active(session=session, actor=user, user=target, is_active=active == "yes")
    return RedirectResponse(request.url_for("auth:users"), status_code=303)


@router.get("/account", name="auth:account")
def account(request: Request, user: CurrentUser) -> Response:
    return render(request, "auth/account.html", {})
