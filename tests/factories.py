"""Plain functions that build test data. All PHI here is obviously fake."""

from __future__ import annotations

from app.auth import service as auth_service
from app.auth.models import Role, User
from app.practice import service as practice_service
from app.reviews import service as review_service
from app.reviews.models import Platform

PASSWORD = "correct horse battery"

CLAUDE_TEXT = (
    "This is the worst dental experience I've ever had. The dentist extracted two of my teeth when only one "
    "actually needed to be removed. This was confirmed by a new dentist I just saw. Costs me an additional $400. "
    "Stay away from this guy!"
)
GUIDANCE_REPLY = (
    "Thank you for your feedback. We strive to ensure that every patient we see receives excellent care and leaves "
    "satisfied. I would like to discuss this matter further – please contact me at your soonest convenience."
)
UNSAFE_REPLY = "Hi Claude, we're sorry about your extraction."


def make_user(session, username: str, role: str, password: str = PASSWORD) -> User:
    return auth_service.create_user(session=session, username=username, password=password, role=Role(role))


def make_practice(session, **values):
    defaults = {
        "name": "Maple Grove Family Dental",
        "contact_name": "Dana Reyes",
        "phone": "(555) 010-0199",
        "email": "office@maplegrove.example",
    }
    defaults.update(values)
    practice = practice_service.get_practice(session=session)
    for key, value in defaults.items():
        setattr(practice, key, value)
    session.add(practice)
    session.commit()
    return practice


def make_review(session, detector, author: User, *, text: str = CLAUDE_TEXT, reviewer_name: str = "Claude Jones", rating: int = 1, platform: str = "google"):
    data = review_service.NewReview(platform=Platform(platform), rating=rating, reviewer_name=reviewer_name, text=text)
    return review_service.create_review(session=session, detector=detector, author=author, data=data)
