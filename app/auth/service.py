"""Users, authentication and server-side login sessions."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.auth import throttle
from app.auth.models import LoginSession, Role, User
from app.auth.passwords import DUMMY_HASH, hash_password, needs_rehash, validate_password, verify_password
from app.db import utcnow
from app.errors import InvalidInput, NotAllowed, NotFound

USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def normalize_username(username: str) -> str:
    """Lowercase, trimmed; only letters, digits, dot, dash and underscore."""
    name = username.strip().lower()
    if not (2 <= len(name) <= 64) or not set(name) <= USERNAME_CHARS:
        raise InvalidInput("Usernames are 2 to 64 characters: letters, digits, dot, dash or underscore.")
    return name


def create_user(*, session: Session, username: str, password: str, role: Role, actor_id: int | None = None) -> User:
    """Create an active user with an argon2id password hash."""
    name = normalize_username(username)
    validate_password(password, username=name)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise InvalidInput("That username is already taken.")
    user = User(username=name, role=Role(role), password_hash=hash_password(password), is_active=True)
    session.add(user)
    session.flush()
    audit.record(session, action="user_create", user_id=actor_id, object_type="user", object_id=user.id)
    session.commit()
    return user


def set_password(*, session: Session, user: User, password: str) -> None:
    """Replace a user's password and end every session they have."""
    validate_password(password, username=user.username)
    user.password_hash = hash_password(password)
    session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    session.commit()


def set_active(*, session: Session, actor: User, user: User, is_active: bool) -> User:
    """Activate or deactivate a user; deactivation ends their sessions at once."""
    if user.id == actor.id:
        raise NotAllowed("You cannot deactivate your own account.")
    if user.role == Role.ADMIN and not actor.is_admin:
        raise NotAllowed("Only an admin can change an admin account.")
    user.is_active = is_active
    if not is_active:
        session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    audit.record(session, action="user_update", user_id=actor.id, object_type="user", object_id=user.id)
    session.commit()
    return user


def list_users(*, session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def get_user(*, session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("No such user.")
    return user


def count_users(*, session: Session) -> int:
    return session.scalar(select(func.count(User.id))) or 0


def authenticate(*, session: Session, username: str, password: str) -> User | None:
    """Return the active user for these credentials, or None; audits either way.

    Unknown users, wrong passwords, inactive and throttled accounts all cost one
    argon2 verification and get the same None, so neither the answer nor its timing
    tells which usernames exist."""
    try:
        name = normalize_username(username)
    except InvalidInput:
        name = ""
    user = session.scalar(select(User).where(User.username == name)) if name else None
    locked = throttle.is_locked(session=session, username=name or username)
    is_valid = verify_password(user.password_hash if user else DUMMY_HASH, password)
    if user is None or locked or not is_valid or not user.can_log_in(utcnow()):
        if not locked:
            throttle.record_failure(session=session, username=name or username)
        outcome = "throttled" if locked else "denied"
        audit.record_now(session, action="login_failed", user_id=user.id if user else None, outcome=outcome)
        return None
    throttle.record_success(session=session, username=name)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def _token_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(*, session: Session, user: User, absolute_hours: int) -> tuple[str, LoginSession]:
    """Create a new server-side session; return (cookie token, row). Always a fresh id."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = LoginSession(
        id=_token_id(token),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=now + timedelta(hours=absolute_hours),
    )
    session.add(row)
    audit.record(session, action="login", user_id=user.id, object_type="user", object_id=user.id)
    session.commit()
    return token, row


def load_session(*, session: Session, token: str | None, idle_minutes: int, touch: bool = True) -> LoginSession | None:
    """Return the live session for a cookie token, ending it if idle or expired."""
    if not token or len(token) > 200:
        return None
    row = session.get(LoginSession, _token_id(token))
    if row is None:
        return None
    now = utcnow()
    if now >= row.expires_at or now - row.last_seen_at > timedelta(minutes=idle_minutes) or not row.user.can_log_in(now):
        session.delete(row)
        session.commit()
        return None
    # Only refresh the idle timer about once a minute to keep writes down.
    if touch and now - row.last_seen_at > timedelta(seconds=60):
        row.last_seen_at = now
        session.commit()
    return row


def end_session(*, session: Session, row: LoginSession) -> None:
    """Log out: delete the session server-side."""
    audit.record(session, action="logout", user_id=row.user_id, object_type="user", object_id=row.user_id)
    session.delete(row)
    session.commit()


BREAK_GLASS_MAX_HOURS = 24


def create_break_glass(*, session: Session, username: str, hours: int) -> tuple[User, str]:
    """Create a manager account that expires after `hours`; return it and its one-time password."""
    if not 1 <= hours <= BREAK_GLASS_MAX_HOURS:
        raise InvalidInput(f"Break-glass accounts last 1 to {BREAK_GLASS_MAX_HOURS} hours.")
    password = secrets.token_urlsafe(18)
    user = create_user(session=session, username=username, password=password, role=Role.MANAGER)
    user.expires_at = utcnow() + timedelta(hours=hours)
    audit.record(session, action="break_glass", user_id=None, object_type="user", object_id=user.id)
    session.commit()
    return user, password
