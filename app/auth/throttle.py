"""Login throttling: a growing lock after 5 consecutive failures, at most 100 failures an hour."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.auth.models import LoginThrottle
from app.db import utcnow

FREE_FAILURES = 5
BASE_LOCK = timedelta(seconds=30)
MAX_LOCK = timedelta(minutes=15)
WINDOW = timedelta(hours=1)
MAX_FAILURES_PER_WINDOW = 100


def throttle_key(username: str) -> str:
    return hashlib.sha256(username.strip().lower().encode("utf-8")).hexdigest()


def is_locked(*, session: Session, username: str, now: datetime | None = None) -> bool:
    row = session.get(LoginThrottle, throttle_key(username))
    return bool(row and row.locked_until and row.locked_until > (now or utcnow()))


def record_failure(*, session: Session, username: str, now: datetime | None = None) -> LoginThrottle:
    """Count a failure; lock 30 s after the 5th in a row, doubling up to 15 min; cap 100/hour."""
    now = now or utcnow()
    key = throttle_key(username)
    row = session.get(LoginThrottle, key)
    if row is None:
        row = LoginThrottle(key=key, consecutive_failures=0, window_start=now, window_failures=0)
        session.add(row)
    if now - row.window_start >= WINDOW:
        row.window_start, row.window_failures = now, 0
    row.consecutive_failures += 1
    row.window_failures += 1
    if row.consecutive_failures >= FREE_FAILURES:
        lock = min(BASE_LOCK * 2 ** (row.consecutive_failures - FREE_FAILURES), MAX_LOCK)
        row.locked_until = now + lock
    if row.window_failures >= MAX_FAILURES_PER_WINDOW:
        row.locked_until = max(row.locked_until or now, row.window_start + WINDOW)
    return row


def record_success(*, session: Session, username: str) -> None:
    row = session.get(LoginThrottle, throttle_key(username))
    if row is not None:
        row.consecutive_failures = 0
        row.locked_until = None
