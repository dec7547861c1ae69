"""Managers: practice settings, users, audit log. Health endpoints."""

from __future__ import annotations

from sqlalchemy import select

from app.auth.models import LoginSession, User
from app.practice.models import Practice
from tests.conftest import PASSWORD, login
from tests.web.helpers import post, soup


def test_practice_settings_update(as_manager, db):
    response = post(as_manager, "/settings", {"name": "Oak Dental", "contact_name": "Lee", "phone": "555-0100", "email": "a@oak.example", "role": "admin"})
    assert response.status_code == 303
    practice = db.scalars(select(Practice)).one()
    assert (practice.name, practice.contact_name, practice.phone) == ("Oak Dental", "Lee", "555-0100")
    page = soup(as_manager.get("/settings"))
    assert page.select_one("#name")["value"] == "Oak Dental"


def test_staff_cannot_change_settings(as_staff):
    assert as_staff.get("/settings").status_code == 403
    assert post(as_staff, "/settings", {"name": "x"}).status_code == 403


def test_manager_creates_staff_but_not_admin(as_manager, db):
    assert post(as_manager, "/users", {"username": "newbie", "password": "long enough pw", "role": "staff"}).status_code == 303
    assert db.scalars(select(User).where(User.username == "newbie")).one().role == "staff"
    response = post(as_manager, "/users", {"username": "boss", "password": "long enough pw", "role": "admin"})
    assert response.status_code == 422
    assert db.scalars(select(User).where(User.username == "boss")).first() is None


def test_short_password_and_duplicate_username_rejected(as_manager):
    assert post(as_manager, "/users", {"username": "tiny", "password": "short", "role": "staff"}).status_code == 422
    response = post(as_manager, "/users", {"username": "sam", "password": "long enough pw", "role": "staff"})
    assert response.status_code == 422 and "taken" in soup(response).select_one("#form-error").text


def test_deactivation_ends_sessions(client, users, db):
    client.csrf = login(client, "sam", PASSWORD)
    client.cookies.clear()
    client.csrf = login(client, "maria", PASSWORD)
    assert post(client, f"/users/{users['staff'].id}/active", {"active": "no"}).status_code == 303
    assert db.scalars(select(LoginSession).where(LoginSession.user_id == users["staff"].id)).all() == []


def test_manager_cannot_deactivate_admin(as_manager, users):
    assert post(as_manager, f"/users/{users['admin'].id}/active", {"active": "no"}).status_code == 403


def test_staff_cannot_manage_users(as_staff):
    assert as_staff.get("/users").status_code == 403
    assert post(as_staff, "/users", {"username": "x1", "password": "long enough pw", "role": "manager"}).status_code == 403


def test_audit_log_lists_and_filters(as_manager, users):
    page = soup(as_manager.get("/audit"))
    actions = [td.text for td in page.select("#audit-table td.action")]
    assert "login" in actions
    filtered = soup(as_manager.get("/audit", params={"action": "user_create"}))
    assert {td.text for td in filtered.select("#audit-table td.action")} == {"user_create"}


def test_staff_cannot_see_audit_log(as_staff):
    assert as_staff.get("/audit").status_code == 403


def test_health_endpoints(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": True, "nlp": True}
