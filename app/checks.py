"""Deployment self-check: the settings that must not reach production, each by name."""

from __future__ import annotations

from dataclasses import dataclass

from app.config import MIN_SECRET_LENGTH, PLACEHOLDER_SECRETS, Settings


@dataclass(frozen=True)
class Problem:
    name: str
    message: str


def deployment_problems(settings: Settings) -> list[Problem]:
    """Everything that makes these settings unsafe for real reviews (ignores demo mode)."""
    problems: list[Problem] = []
    if settings.debug:
        problems.append(Problem("DEBUG_ON", "SAFEREPLY_DEBUG is on; turn it off outside development."))
    if not settings.cookie_secure:
        problems.append(Problem("INSECURE_COOKIES", "SAFEREPLY_COOKIE_SECURE is off; session cookies would travel over plain HTTP."))
    secret = settings.secret_key.get_secret_value()
    if secret in PLACEHOLDER_SECRETS or len(secret) < MIN_SECRET_LENGTH:
        problems.append(Problem("WEAK_SECRET", f"SAFEREPLY_SECRET_KEY is a placeholder or shorter than {MIN_SECRET_LENGTH} characters."))
    try:
        settings.load_keyring()
    except Exception as exc:  # EncryptionError or an unreadable key file; never includes key material
        problems.append(Problem("NO_ENCRYPTION_KEY", f"Encryption at rest is not configured: {exc}"))
    if settings.enable_docs:
        problems.append(Problem("PUBLIC_API_DOCS", "SAFEREPLY_ENABLE_DOCS exposes the OpenAPI schema and docs; turn it off in production."))
    return problems
