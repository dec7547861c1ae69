"""Every mapped model, imported in one place for Alembic and metadata.create_all."""

from app.audit.models import AuditEvent
from app.dismissals.models import Dismissal, DismissalKind
from app.auth.models import LoginSession, LoginThrottle, Role, User
from app.drafting.models import Draft, DraftStatus, Template
from app.practice.models import Practice
from app.reviews.models import Finding, Platform, Review

__all__ = [
    "AuditEvent",
    "Dismissal",
    "DismissalKind",
    "Draft",
    "DraftStatus",
    "Finding",
    "LoginSession",
    "LoginThrottle",
    "Platform",
    "Practice",
    "Review",
    "Role",
    "Template",
    "User",
]
