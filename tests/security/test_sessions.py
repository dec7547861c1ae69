"""Sessions: token entropy, cookie flags, fixation, idle and absolute timeouts, background
requests that must not keep a session alive, logout and deactivation that end it server-side."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from app.auth.models import LoginSession
from app.db import utcnow
from app.web.deps import login_csrf_cookie_name, session_cookie_name
from tests.conftest import PASSWORD, csrf_from
from tests.factories import CLAUDE_TEXT
from tests.security._routes import World, sign_in
from tests.security._support import log_in, report

PASSED: list[str] = []


def passed(name: str) -> None:
    PASSED.append(name)


@pytest.fixture(scope="module", autouse=True)
def _summary():
    yield
    report(f"Sessions: {len(PASSED)} checks passed")


@pytest.fixture
def world(db, detector, settings, sec_users):
    return World(db, detector, settings, sec_users)


def _client(settings, detector, *, secure: bool = False):
    from app.main import create_app

    app_settings = settings.model_copy(update={"cookie_secure": True}) if secure else settings
    application = create_app(app_settings, detector=detector)
    base = "https://testserver" if secure else "http://testserver"
    return application, app_settings, TestClient(application, base_url=base, follow_redirects=False)


def _set_cookies(response) -> dict[str, dict]:
    """Parse every Set-Cookie header: {name: {"value": ..., attribute: value or True}}."""
    out = {}
    for header in response.headers.get_list("set-cookie"):
        parts = [p.strip() for p in header.split(";")]
        name, _, value = parts[0].partition("=")
        attrs = {"value": value}
        for p in parts[1:]:
            key, eq, val = p.partition("=")
            attrs[key.lower()] = val if eq else True
        out[name] = attrs
    return out


def _row(db, token: str) -> LoginSession | None:
    db.expire_all()
    return db.get(LoginSession, hashlib.sha256(token.encode()).hexdigest())


def _form_login(client, username: str):
    token = csrf_from(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token})


def test_session_token_entropy(world, settings, detector, db):
    application, s, client = _client(settings, detector)
    with client:
        tokens = []
        for _ in range(2):
            client.cookies.clear()
            r = _form_login(client, "sam")
            assert r.status_code == 303
            tokens.append(_set_cookies(r)[session_cookie_name(s)]["value"])
    application.state.engine.dispose()
    for token in tokens:
        assert re.fullmatch(r"[A-Za-z0-9_-]+", token), "not URL-safe base64"
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        assert len(raw) * 8 >= 128, f"{len(raw) * 8} bits"
        row = _row(db, token)
        assert row is not None and row.id != token and token not in row.id  # only the SHA-256 is stored
        assert len(base64.urlsafe_b64decode(row.csrf_token + "=" * (-len(row.csrf_token) % 4))) * 8 >= 128
        assert row.csrf_token != token
    assert tokens[0] != tokens[1]
    passed("session token >= 128 bits, URL-safe, unique, stored only hashed")
    passed("CSRF token >= 128 bits and not the session token")


def test_cookie_flags_in_secure_mode(world, settings, detector):
    application, s, client = _client(settings, detector, secure=True)
    with client:
        page = client.get("/login")
        login_cookie = _set_cookies(page)[login_csrf_cookie_name(s)]
        r = client.post("/login", data={"username": "sam", "password": PASSWORD, "csrf_token": csrf_from(page.text)})
        assert r.status_code == 303
        cookies = _set_cookies(r)
        assert client.get("/queue").status_code == 200  # the __Host- cookie works over https
    application.state.engine.dispose()
    name = session_cookie_name(s)
    assert name == "__Host-safereply_session" and name in cookies
    c = cookies[name]
    assert c.get("secure") is True and c.get("httponly") is True
    assert str(c.get("samesite")).lower() == "lax" and c.get("path") == "/" and "domain" not in c
    assert int(c["max-age"]) <= s.session_absolute_hours * 3600
    passed("session cookie: __Host- prefix, Secure, HttpOnly, SameSite=Lax, Path=/, no Domain, max-age <= absolute limit")
    assert login_cookie.get("secure") is True and login_cookie.get("httponly") is True and str(login_cookie.get("samesite")).lower() == "strict"
    passed("login-form CSRF cookie: Secure, HttpOnly, SameSite=Strict")
    login_name = login_csrf_cookie_name(s)
    assert login_name == "__Host-safereply_login_csrf"
    assert login_name in cookies and cookies[login_name]["value"] in ("", '""')  # cleared at login
    passed("login-form CSRF cookie: __Host- prefix, cleared at login")


@pytest.mark.parametrize("secure", [True, False])
def test_login_refuses_a_token_the_server_never_issued(world, settings, detector, secure):
    application, s, client = _client(settings, detector, secure=secure)
    forged = "attacker-chosen-nonce." + "0" * 64
    with client:
        # What an attacker who can plant a cookie for this host can do: a matching cookie and field.
        client.cookies.set(login_csrf_cookie_name(s), forged)
        r = client.post("/login", data={"username": "sam", "password": PASSWORD, "csrf_token": forged})
        # A genuine token still works.
        page = client.get("/login")
        ok = client.post("/login", data={"username": "sam", "password": PASSWORD, "csrf_token": csrf_from(page.text)})
    application.state.engine.dispose()
    assert r.status_code == 403, f"login with a forged token pair answered {r.status_code}"
    assert ok.status_code == 303
    passed(f"forged login token refused ({'https' if secure else 'http'})")


def test_session_fixation(world, settings, detector, db):
    application, s, client = _client(settings, detector)
    name = session_cookie_name(s)
    with client:
        # 1. A value chosen by an attacker is never adopted.
        chosen = "A" * 43
        client.cookies.set(name, chosen)
        r = _form_login(client, "sam")
        assert r.status_code == 303
        issued = _set_cookies(r)[name]["value"]
        assert issued != chosen and _row(db, chosen) is None
        client.cookies.clear()
        client.cookies.set(name, chosen)
        assert client.get("/queue").status_code == 303
        passed("fixation: a pre-set cookie value is not adopted at login")

        # 2. A real session planted in the victim's browser (the attacker's own) is replaced and ended.
        client.cookies.clear()
        log_in(client, db, s, world.users["staff2"])
        planted = client.cookies.get(name)
        r = _form_login(client, "sam")
        assert r.status_code == 303
        victim = _set_cookies(r)[name]["value"]
        assert victim != planted and _row(db, planted) is None and _row(db, victim).user_id == world.users["staff"].id
        passed("fixation: a planted live session is deleted and a new id issued at login")
    application.state.engine.dispose()


def _age(db, token: str, **fields) -> None:
    row = _row(db, token)
    for key, value in fields.items():
        setattr(row, key, value)
    db.commit()


def test_idle_timeout_boundary(world, settings, detector, db):
    application, s, client = _client(settings, detector)
    name = session_cookie_name(s)
    assert s.session_idle_minutes == 15
    with client:
        log_in(client, db, s, world.users["staff"])
        token = client.cookies.get(name)
        _age(db, token, last_seen_at=utcnow() - timedelta(minutes=14))
        assert client.get("/queue").status_code == 200
        assert _row(db, token).last_seen_at > utcnow() - timedelta(minutes=1)  # a page refreshes the timer
        passed("idle 14 min: still logged in, timer refreshed")
        _age(db, token, last_seen_at=utcnow() - timedelta(minutes=16))
        r = client.get("/queue")
        assert r.status_code == 303 and r.headers["location"].endswith("/login")
        assert _row(db, token) is None
        passed("idle 16 min: logged out and the session row deleted")
        # The API answers 401, htmx gets HX-Redirect, after the same idle period.
        log_in(client, db, s, world.users["staff"])
        token = client.cookies.get(name)
        _age(db, token, last_seen_at=utcnow() - timedelta(minutes=16))
        assert client.post("/api/v1/scan", json={"text": "x"}).status_code == 401
        passed("idle 16 min: API answers 401")
    application.state.engine.dispose()


def test_absolute_timeout(world, settings, detector, db):
    application, s, client = _client(settings, detector)
    name = session_cookie_name(s)
    with client:
        r = _form_login(client, "sam")
        token = _set_cookies(r)[name]["value"]
        row = _row(db, token)
        assert row.expires_at - row.created_at == timedelta(hours=s.session_absolute_hours)
        passed("absolute limit set at login: created_at + 8 h")
        now = utcnow()
        _age(db, token, created_at=now - timedelta(hours=7, minutes=59), expires_at=now + timedelta(minutes=1), last_seen_at=now)
        assert client.get("/queue").status_code == 200
        passed("absolute: 7 h 59 min old and active: still logged in")
        _age(db, token, created_at=now - timedelta(hours=8, seconds=1), expires_at=now - timedelta(seconds=1), last_seen_at=now)
        assert client.get("/queue").status_code == 303 and _row(db, token) is None
        passed("absolute: past 8 h: logged out although active a moment ago")
    application.state.engine.dispose()


def test_background_requests_do_not_refresh_the_idle_timer(world, settings, detector, db):
    application, s, client = _client(settings, detector)
    name = session_cookie_name(s)
    draft = world.draft(world.users["staff"])
    with client:
        csrf = log_in(client, db, s, world.users["staff"])
        token = client.cookies.get(name)
        aged = utcnow() - timedelta(seconds=90)
        _age(db, token, last_seen_at=aged)
        r = client.post(f"/drafts/{draft.id}/check", data={"body": "Thank you."}, headers={"HX-Request": "true", "X-CSRF-Token": csrf})
        assert r.status_code == 200 and 'id="reply-check"' in r.text
        assert abs((_row(db, token).last_seen_at - aged).total_seconds()) < 1
        passed("live check (htmx, background) does not refresh last_seen_at")
        assert client.post("/api/v1/scan", json={"text": CLAUDE_TEXT, "reviewer_name": "Claude Jones"}).status_code == 200
        assert client.post("/api/v1/check", json={"review": CLAUDE_TEXT, "draft": "Thank you."}).status_code == 200
        assert abs((_row(db, token).last_seen_at - aged).total_seconds()) < 1
        passed("JSON API calls do not refresh last_seen_at")
        assert client.get(f"/drafts/{draft.id}").status_code == 200
        assert _row(db, token).last_seen_at > utcnow() - timedelta(seconds=30)
        passed("a normal page refreshes last_seen_at")
        # Typing for 16 minutes without loading a page still ends the session.
        _age(db, token, last_seen_at=utcnow() - timedelta(minutes=16))
        r = client.post(f"/drafts/{draft.id}/check", data={"body": "Thank you."}, headers={"HX-Request": "true", "X-CSRF-Token": csrf})
        assert r.status_code == 401 and r.headers["hx-redirect"].endswith("/login")
        passed("live check after 16 idle minutes: 401 with HX-Redirect to the login form")
    application.state.engine.dispose()


def test_logout_and_deactivation_end_sessions_server_side(world, settings, detector, db):
    application, s, client = _client(settings, detector)
    name = session_cookie_name(s)
    with client, TestClient(application, follow_redirects=False) as manager:
        csrf = log_in(client, db, s, world.users["staff"])
        token = client.cookies.get(name)
        r = client.post("/logout", data={"csrf_token": csrf})
        assert r.status_code == 303 and _row(db, token) is None
        assert _set_cookies(r)[name]["value"] in ("", '""')
        client.cookies.clear()
        client.cookies.set(name, token)  # replaying the old cookie
        assert client.get("/queue").status_code == 303
        passed("logout deletes the session row; the old cookie no longer works")

        # Deactivation by a manager ends every session of that user at once.
        staff = world.users["staff"]
        tokens = []
        for _ in range(2):
            log_in(client, db, s, staff)
            tokens.append(client.cookies.get(name))
        sign_in(manager, world, "manager")
        assert manager.post(f"/users/{staff.id}/active", data={"active": "no", "csrf_token": manager.csrf}).status_code == 303
        for t in tokens:
            assert _row(db, t) is None
            client.cookies.clear()
            client.cookies.set(name, t)
            assert client.get("/queue").status_code == 303
        passed("deactivation deletes all the user's sessions; their cookies no longer work")
        r = _form_login(client, "sam")
        assert r.status_code == 401
        passed("a deactivated user cannot log in")

        # Even a session row that survived (e.g. deactivated directly in the DB) is refused.
        other = world.users["staff2"]
        log_in(client, db, s, other)
        token = client.cookies.get(name)
        db.expire_all()
        other.is_active = False
        db.commit()
        assert client.get("/queue").status_code == 303 and _row(db, token) is None
        passed("a session of an inactive user is refused and deleted")
    application.state.engine.dispose()
