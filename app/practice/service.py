"""Read and update the practice's own contact details."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import service as audit
from app.auth.models import User
from app.practice.models import Practice
from app.replycheck.types import PracticeContact

FIELDS = ("name", "contact_name", "phone", "email", "website", "staff_names")


def get_practice(*, session: Session) -> Practice:
    """The single practice row, or an empty unsaved one (reads never write)."""
    practice = session.scalar(select(Practice).order_by(Practice.id).limit(1))
    if practice is None:
        practice = Practice(name="", contact_name="", phone="", email="", website="", staff_names="")
    return practice


def update_practice(*, session: Session, actor: User, values: dict[str, str]) -> Practice:
    """Save the practice's contact details."""
    practice = get_practice(session=session)
    if practice.id is None:
        session.add(practice)
    for field in FIELDS:
        if field in values:
            setattr(practice, field, values[field].strip())
    session.flush()
    audit.record(session, action="practice_update", user_id=actor.id, object_type="practice", object_id=practice.id)
    session.commit()
    return practice


def to_contact(practice: Practice) -> PracticeContact:
    """The practice as the reply check sees it: strings allowed in any reply."""
    return PracticeContact(
        name=practice.name,
        contact_name=practice.contact_name,
        phone=practice.phone,
        email=practice.email,
        website=practice.website,
        staff_names=tuple(practice.staff_name_list()),
    )
