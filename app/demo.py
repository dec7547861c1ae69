"""Demo mode: a demo practice and demo users with fresh random passwords each start."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import service as auth_service
from app.auth.models import Role, User
from app.practice import service as practice_service

DEMO_PRACTICE = {
    "name": "Maple Grove Family Dental",
    "contact_name": "Dana Reyes",
    "phone": "(555) 010-0199",
    "email": "office@maplegrove.example",
    "website": "https://maplegrove.example",
}
DEMO_USERS = (("frontdesk", Role.STAFF), ("manager", Role.MANAGER))


def seed_demo(*, session: Session) -> dict[str, str]:
    """Fill in the demo practice if empty and (re)set demo passwords; return username -> password."""
    practice = practice_service.get_practice(session=session)
    if not practice.name:
        for key, value in DEMO_PRACTICE.items():
            setattr(practice, key, value)
        session.add(practice)
        session.commit()
    credentials: dict[str, str] = {}
    for username, role in DEMO_USERS:
        password = secrets.token_urlsafe(9)
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            auth_service.create_user(session=session, username=username, password=password, role=role)
        else:
            user.is_active = True
            auth_service.set_password(session=session, user=user, password=password)
        credentials[username] = password
    return credentials
