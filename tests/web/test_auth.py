"""Login, logout, sessions and CSRF on the login and logout forms."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.auth.models import LoginSession
from app.db import utcnow
from tests.conftest import PASSWORD, csrf_from, login
from tests.web.helpers import post, soup


def test_login_page_renders_form_with_token(client):
    page = client.get("/login")
    assert page.status_code == 200
    form = soup(page).select_one("form[action$='/login']")
    assert form is not None and form.select_one("input[name=csrf_token]")["value"]


def test_login_happy_path_creates_server_side_session(client, users, db):
    login(client, "sam", PASSWORD)
    rows = db.scalars(select(LoginSession).where(LoginSession.user_id == users["staff"].id)).all()
    assert len(rows) == 1
    cookie = client.cookies.get("safereply_session")
    assert cookie and rows[0].id != cookie  # only a hash of the token is stored


def test_wrong_password_and_unknown_user_get_the_same_answer(client, users):
    token = csrf_from(client.get("/login").text)
    wrong = client.post("/login", data={"username": "sam", "password": "nope-nope-nope", "csrf_token": token})
    token = csrf_from(client.get("/login").text)
    unknown = client.post("/login", data={"username": "nobody", "password": "nope-nope-nope", "csrf_token": token})
    assert wrong.status_code == unknown.status_code == 401
    assert soup(wrong).select_one("#login-error").text == soup(unknown).select_one("#login-error").text


def test_deactivated_user_cannot_log_in(client, users, db):
    users["staff"].is_active = False
    db.commit()
    token = csrf_from(client.get("/login").text)
    response = client.post("/login", data={"username": "sam", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 401


def test_login_without_csrf_token_is_rejected(client, users):
    client.get("/login")
    response = client.post("/login", data={"username": "sam", "password": PASSWORD})
    assert response.status_code == 403
    assert "safereply_session" not in client.cookies


def test_pages_redirect_to_login_when_logged_out(client):
    response = client.get("/queue")
    assert response.status_code == 303 and response.headers["location"].endswith("/login")


def test_htmx_request_when_logged_out_gets_hx_redirect(client):
    response = client.post("/drafts/1/check", headers={"HX-Request": "true"}, data={"body": "x"})
    assert response.status_code == 401 and response.headers["HX-Redirect"].endswith("/login")


def test_logout_ends_the_session_server_side(as_staff, db):
    cookie = as_staff.cookies.get("safereply_session")
    response = post(as_staff, "/logout")
    assert response.status_code == 303
    assert "cookies" in response.headers["Clear-Site-Data"]
    assert db.scalars(select(LoginSession)).all() == []
    as_staff.cookies.set("safereply_session", cookie)  # replaying the old cookie does not work
    assert as_staff.get("/queue").status_code == 303


def test_logout_without_csrf_is_rejected(as_staff):
    response = as_staff.post("/logout")
    assert response.status_code == 403
    assert as_staff.get("/queue").status_code == 200


def test_idle_session_expires(as_staff, db):
    row = db.scalars(select(LoginSession)).one()
    row.last_seen_at = utcnow() - timedelta(minutes=16)
    db.commit()
    assert as_staff.get("/queue").status_code == 303


def test_absolute_lifetime_ends_session(as_staff, db):
    row = db.scalars(select(LoginSession)).one()
    row.expires_at = utcnow() - timedelta(seconds=1)
    db.commit()
    assert as_staff.get("/queue").status_code == 303


def test_new_session_id_at_every_login(client, users):
    login(client, "sam", PASSWORD)
    first = client.cookies.get("safereply_session")
    login(client, "sam", PASSWORD)
    assert client.cookies.get("safereply_session") != first


def test_session_cookie_flags(client, users):
    token = csrf_from(client.get("/login").text)
    response = client.post("/login", data={"username": "sam", "password": PASSWORD, "csrf_token": token})
    header = response.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=lax" in header


def test_secure_cookie_uses_host_prefix(settings, detector, db, users):
    from fastapi.testclient import TestClient

    from app.main import create_app

    secure = settings.model_copy(update={"cookie_secure": True})
    with TestClient(create_app(secure, detector=detector), base_url="https://testserver", follow_redirects=False) as c:
        token = csrf_from(c.get("/login").text)
        response = c.post("/login", data={"username": "sam", "password": PASSWORD, "csrf_token": token})
        cookies = [v for k, v in response.headers.multi_items() if k == "set-cookie"]
        session_cookie = next(v for v in cookies if v.startswith("__Host-safereply_session="))
        assert "secure" in session_cookie.lower() and "path=/" in session_cookie.lower()


def test_cross_site_post_is_rejected_even_with_token(as_staff):
    response = as_staff.post("/logout", data={"csrf_token": as_staff.csrf}, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403
