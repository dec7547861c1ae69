"""Throttling, common passwords, rehash on login, auditing of denied access."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from app.audit.models import AuditEvent
from app.auth import throttle
from app.auth.models import User
from app.db import utcnow
from tests.conftest import PASSWORD, csrf_from
from tests.web.helpers import post


def attempt(client, username: str, password: str) -> int:
    token = csrf_from(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token}).status_code


def test_five_failures_lock_the_account_even_for_the_right_password(client, users, db):
    statuses = [attempt(client, "sam", f"wrong-password-{i}") for i in range(5)]
    assert statuses == [401] * 5
    assert attempt(client, "sam", PASSWORD) == 401  # locked: right password refused too
    print("throttle: 5 failures -> locked; correct password refused while locked")
    row = db.get(throttle.LoginThrottle, throttle.throttle_key("sam"))
    row.locked_until = utcnow() - timedelta(seconds=1)
    db.commit()
    assert attempt(client, "sam", PASSWORD) == 303


def test_unknown_user_is_throttled_the_same_way(client, users, db):
    for i in range(5):
        attempt(client, "ghost", f"wrong-password-{i}")
    assert throttle.is_locked(session=db, username="ghost")


def test_lock_grows_and_is_capped(db):
    now = utcnow()
    locks = []
    for _ in range(12):
        row = throttle.record_failure(session=db, username="grow", now=now)
        locks.append(row.locked_until - now if row.locked_until else None)
    assert locks[:4] == [None] * 4
    assert locks[4] == timedelta(seconds=30) and locks[5] == timedelta(seconds=60)
    assert locks[-1] == timedelta(minutes=15)


def test_at_most_100_failures_an_hour(db):
    now = utcnow()
    for i in range(100):
        row = throttle.record_failure(session=db, username="target", now=now + timedelta(seconds=i))
        row.consecutive_failures = 0  # even if something reset the streak
    db.commit()
    assert row.window_failures == 100 and row.locked_until >= row.window_start + throttle.WINDOW


def test_common_and_username_passwords_refused(as_manager, db):
    assert post(as_manager, "/users", {"username": "newbie", "password": "password123", "role": "staff"}).status_code == 422
    assert post(as_manager, "/users", {"username": "longusername", "password": "LongUsername", "role": "staff"}).status_code == 422
    assert db.scalars(select(User).where(User.username.in_(["newbie", "longusername"]))).all() == []


def test_weak_hash_is_upgraded_at_login(client, users, db):
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    users["staff"].password_hash = weak
    db.commit()
    assert attempt(client, "sam", PASSWORD) == 303
    db.expire_all()
    upgraded = db.get(User, users["staff"].id).password_hash
    assert upgraded != weak and "m=65536,t=3,p=4" in upgraded


def test_access_denied_is_audited(as_staff, users, db):
    assert as_staff.get("/audit").status_code == 403
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "access_denied")).all()
    assert [(e.user_id, e.object_type) for e in events] == [(users["staff"].id, "audit:list")]


@pytest.mark.parametrize("password", ["short", "x" * 129])
def test_length_policy(as_manager, password):
    assert post(as_manager, "/users", {"username": "lenuser", "password": password, "role": "staff"}).status_code == 422


def test_break_glass_account_works_until_it_expires(client, db):
    from app.auth import service as auth_service

    user, password = auth_service.create_break_glass(session=db, username="oncall", hours=1)
    assert attempt(client, "oncall", password) == 303
    assert client.get("/approvals").status_code == 200  # a manager account
    user.expires_at = utcnow() - timedelta(seconds=1)
    db.commit()
    assert client.get("/approvals").status_code == 303  # the live session ends too
    assert attempt(client, "oncall", password) == 401


def test_unknown_user_and_wrong_password_cost_the_same_argon2_work(client, users, monkeypatch):
    """Timing equivalence by construction: each failure path runs exactly one argon2 verification."""
    from app.auth import service as auth_service

    calls: list[str] = []
    real_verify = auth_service.verify_password
    monkeypatch.setattr(auth_service, "verify_password", lambda h, p: calls.append(h[:9]) or real_verify(h, p))
    for username in ("sam", "nobody-here", "SAM ", "bad name!"):
        calls.clear()
        assert attempt(client, username, "wrong-password-x") == 401
        assert len(calls) == 1 and calls[0] == "$argon2id", (username, calls)
    print("login failures: unknown user, wrong password and malformed name each run 1 argon2id verification")


def test_oversized_body_is_413_with_or_without_header_token(as_staff):
    big = {"text": "x" * 70_000, "platform": "google", "rating": "1", "reviewer_name": "A"}
    r1 = post(as_staff, "/reviews", big)
    r2 = as_staff.post("/reviews", data=big, headers={"X-CSRF-Token": as_staff.csrf})
    assert r1.status_code == r2.status_code == 413
    assert "x" * 100 not in r1.text and r1.headers.get("x-content-type-options") == "nosniff"
