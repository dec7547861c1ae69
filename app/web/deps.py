"""Request dependencies: DB session, detector, current user, roles, CSRF."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Form, Path, Request
from sqlalchemy.orm import Session

from app.auth import service as auth_service
from app.auth.models import LoginSession, User
from app.config import Settings
from app.errors import NotAllowed
from app.phi.detector import PhiDetector

CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


class LoginRequired(Exception):
    """No valid session: pages redirect to the login form, the API answers 401."""


class CsrfFailed(Exception):
    """Missing, wrong or cross-site request token."""


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Iterator[Session]:
    session = request.app.state.session_factory()
    try:
        yield session
    finally:
        session.close()


def get_detector(request: Request) -> PhiDetector:
    return request.app.state.detector


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
SessionDep = Annotated[Session, Depends(get_db)]
DetectorDep = Annotated[PhiDetector, Depends(get_detector)]


def session_cookie_name(settings: Settings) -> str:
    # The __Host- prefix makes browsers refuse the cookie unless it is Secure, path=/ and host-only.
    return "__Host-safereply_session" if settings.cookie_secure else "safereply_session"


@dataclass(frozen=True)
class UserView:
    """What pages show of the logged-in user; plain data, so error pages can render it
    even after the request's database session has been rolled back or closed."""

    id: int
    username: str
    role: str
    is_manager: bool
    is_admin: bool


def _load_login(request: Request, session: Session, settings: Settings, *, touch: bool) -> LoginSession:
    token = request.cookies.get(session_cookie_name(settings))
    row = auth_service.load_session(session=session, token=token, idle_minutes=settings.session_idle_minutes, touch=touch)
    if row is None:
        raise LoginRequired()
    user = row.user
    request.state.user = UserView(user.id, user.username, str(user.role), user.is_manager, user.is_admin)
    request.state.login_session = row
    request.state.csrf_token = row.csrf_token
    return row


def current_user(request: Request, session: SessionDep, settings: SettingsDep) -> User:
    """The logged-in user; refreshes the idle timer."""
    return _load_login(request, session, settings, touch=True).user


def background_user(request: Request, session: SessionDep, settings: SettingsDep) -> User:
    """The logged-in user for background htmx calls (live check): does not extend the idle timer."""
    return _load_login(request, session, settings, touch=False).user


CurrentUser = Annotated[User, Depends(current_user)]
BackgroundUser = Annotated[User, Depends(background_user)]


def require_manager(user: CurrentUser) -> User:
    if not user.is_manager:
        raise NotAllowed("This page is for practice managers.")
    return user


def require_admin(user: CurrentUser) -> User:
    if not user.is_admin:
        raise NotAllowed("This page is for administrators.")
    return user


ManagerUser = Annotated[User, Depends(require_manager)]
AdminUser = Annotated[User, Depends(require_admin)]


def _reject_cross_site(request: Request) -> None:
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        raise CsrfFailed()


async def _submitted_token(request: Request) -> str:
    token = request.headers.get(CSRF_HEADER, "")
    if not token:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()  # cached by Starlette; Form() params reuse it
            value = form.get(CSRF_FIELD, "")
            token = value if isinstance(value, str) else ""
    return token


async def csrf_protect(request: Request) -> None:
    """Every state-changing request carries the session's token (header or form field)."""
    _reject_cross_site(request)
    expected = getattr(request.state, "csrf_token", "")
    token = await _submitted_token(request)
    if not expected or not token or not hmac.compare_digest(token, expected):
        raise CsrfFailed()


def login_csrf_cookie_name(settings: Settings) -> str:
    return "__Host-safereply_login_csrf" if settings.cookie_secure else "safereply_login_csrf"


def _login_token_mac(settings: Settings, nonce: str) -> str:
    key = settings.secret_key.get_secret_value().encode("utf-8")
    return hmac.new(key, f"login-csrf:{nonce}".encode(), hashlib.sha256).hexdigest()


def new_login_csrf(settings: Settings) -> str:
    """A signed token: a random nonce and its HMAC under the secret key."""
    nonce = secrets.token_urlsafe(24)
    return f"{nonce}.{_login_token_mac(settings, nonce)}"


async def login_csrf_protect(request: Request) -> None:
    """The login form has no session yet: a signed double-submit token (cookie and field
    must match, and the server must have issued it), so a planted cookie is not enough."""
    _reject_cross_site(request)
    settings: Settings = request.app.state.settings
    expected = request.cookies.get(login_csrf_cookie_name(settings), "")
    token = await _submitted_token(request)
    if not expected or not token or not hmac.compare_digest(token, expected):
        raise CsrfFailed()
    nonce, _, mac = token.partition(".")
    if not nonce or not hmac.compare_digest(mac, _login_token_mac(settings, nonce)):
        raise CsrfFailed()


def _user_then_csrf(user: CurrentUser) -> User:
    return user


async def _csrf_after_user(request: Request, user: User = Depends(_user_then_csrf)) -> User:
    await csrf_protect(request)
    return user


async def _csrf_after_background_user(request: Request, user: User = Depends(background_user)) -> User:
    await csrf_protect(request)
    return user


async def _csrf_after_manager(request: Request, user: User = Depends(require_manager)) -> User:
    await csrf_protect(request)
    return user


async def _csrf_after_admin(request: Request, user: User = Depends(require_admin)) -> User:
    await csrf_protect(request)
    return user


# For POST routes: the user is loaded first (so the session's token is known), then CSRF checked.
PostUser = Annotated[User, Depends(_csrf_after_user)]
BackgroundPostUser = Annotated[User, Depends(_csrf_after_background_user)]
PostManager = Annotated[User, Depends(_csrf_after_manager)]
PostAdmin = Annotated[User, Depends(_csrf_after_admin)]


# Database ids in paths and forms: bounded so an absurd number is a 422, not a driver overflow.
MAX_ID = 2_147_483_647
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
FormId = Annotated[int, Form(ge=1, le=MAX_ID)]
FormOffset = Annotated[int, Form(ge=0, le=1_000_000)]
