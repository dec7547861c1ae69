"""Security headers on every class of response, and error bodies that leak nothing.

Each response class (page, htmx fragment, static file, 401/403/404/405/413/422/500, redirect,
JSON API, CSV download, login page, health, logout) is fetched over https and over http:
the CSP is exactly the documented policy, nosniff, no-referrer, DENY framing, no Server
header, no-store except static files, HSTS over https only. Error bodies carry no traceback,
file path, SQL or submitted text (a canary is sent in every bad request)."""

from __future__ import annotations

import logging
import secrets

import pytest
from fastapi.responses import Response
from fastapi.testclient import TestClient

from app.drafting.models import DraftStatus
from app.web.deps import CurrentUser
from app.web.security import CSP
from tests.factories import CLAUDE_TEXT
from tests.security._routes import World
from tests.security._support import report, start_session

# The policy as documented for the app (app/web/security.py); written out here so a change
# to the header has to be a deliberate change to this test too.
EXPECTED_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
CANARY = "CANARY" + secrets.token_hex(8)
LEAKS = ("Traceback", "/work/", ".py", 'File "', "sqlalchemy", "sqlite3", "psycopg", "SELECT ", "INSERT ", "UPDATE ",
         "FROM review", "RuntimeError", "Exception")


def leaky() -> Response:
    """Test-only: a response that names its server, as a proxy or library might."""
    return Response("ok", headers={"Server": "leaky/1.0 (Python)"})


def boom(x: str = "") -> None:
    raise RuntimeError(f"{CANARY} SELECT text FROM review WHERE reviewer_name = '{CANARY}' in /work/main/app/boom.py")


@pytest.fixture
def world(db, detector, settings, sec_users):
    return World(db, detector, settings, sec_users)


def _app(settings, detector):
    from app.main import create_app

    def boom_logged_in(user: CurrentUser) -> None:
        boom()

    application = create_app(settings, detector=detector)
    # Test-only routes: an unhandled error, anonymous and after the user was loaded.
    application.add_api_route("/boom", boom, methods=["GET", "POST"], include_in_schema=False)
    application.add_api_route("/boom-logged-in", boom_logged_in, methods=["GET"], include_in_schema=False)
    application.add_api_route("/leaky", leaky, methods=["GET"], include_in_schema=False)
    return application


def _login(client, world, role):
    token, csrf = start_session(world.db, world.settings, world.users[role])
    from app.web.deps import session_cookie_name

    client.cookies.clear()
    client.cookies.set(session_cookie_name(world.settings), token)
    return csrf


def response_classes(client, world):
    """(name, response, is_static, is_error) for every class of response."""
    u = world.users
    out = []
    staff_csrf = _login(client, world, "staff")
    draft = world.draft(u["staff"])
    pending = world.draft(u["staff2"], DraftStatus.PENDING_APPROVAL)
    out += [
        ("full page", client.get("/queue"), False, False),
        ("htmx fragment", client.post(f"/drafts/{draft.id}/check", data={"body": "Thanks"},
                                      headers={"HX-Request": "true", "X-CSRF-Token": staff_csrf}), False, False),
        ("static file (css)", client.get("/static/app.css"), True, False),
        ("static file (htmx)", client.get("/static/vendor/htmx.min.js"), True, False),
        ("static 404", client.get(f"/static/{CANARY}.js"), True, True),
        ("404 page", client.get(f"/no-such-page/{CANARY}?q={CANARY}"), False, True),
        ("404 object", client.get("/reviews/987654"), False, True),
        ("403 page", client.get("/users"), False, True),
        ("403 form with canary", client.post("/settings", data={"name": CANARY, "csrf_token": staff_csrf}), False, True),
        ("403 htmx fragment", client.post("/settings", data={"name": CANARY}, headers={"HX-Request": "true", "X-CSRF-Token": staff_csrf}), False, True),
        ("403 CSRF", client.post("/reviews", data={"platform": "google", "rating": "1", "reviewer_name": CANARY, "text": CANARY}), False, True),
        ("405", client.get("/logout"), False, True),
        ("413 too large", client.post("/reviews", data={"text": CANARY * 5000, "csrf_token": staff_csrf}), False, True),
        ("422 page", client.post(f"/drafts/{draft.id}/template", data={"template_id": CANARY, "csrf_token": staff_csrf}), False, True),
        ("422 htmx fragment", client.post(f"/drafts/{draft.id}/check", data={"body": CANARY * 1000},  # > 20,000 chars
                                          headers={"HX-Request": "true", "X-CSRF-Token": staff_csrf}), False, True),
        ("422 API", client.post("/api/v1/scan", json={"text": CANARY, "reviewer_name": CANARY * 20, "extra": CANARY}), False, True),
        ("500 page", client.get(f"/boom?x={CANARY}"), False, True),
        ("500 form", client.post("/boom", data={"x": CANARY}), False, True),
        ("500 htmx", client.get(f"/boom?x={CANARY}", headers={"HX-Request": "true"}), False, True),
        ("redirect", client.get("/"), False, False),
        ("redirect after POST", client.post("/reviews", data={"platform": "google", "rating": "1", "reviewer_name": "Claude Jones",
                                                              "text": CLAUDE_TEXT, "csrf_token": staff_csrf}), False, False),
        ("JSON API", client.post("/api/v1/scan", json={"text": CLAUDE_TEXT, "reviewer_name": "Claude Jones"}), False, False),
        ("OpenAPI schema", client.get("/api/openapi.json"), False, False),
        ("response naming its Server", client.get("/leaky"), False, False),
    ]
    manager_csrf = _login(client, world, "manager")
    out += [
        ("422 form (manager)", client.post(f"/approvals/{pending.id}/approve", data={"version": CANARY, "csrf_token": manager_csrf}), False, True),
        ("CSV download", client.post("/exports/replies.csv", data={"day_from": "2020-01-01", "day_to": "2099-01-01", "csrf_token": manager_csrf}), False, False),
    ]
    client.cookies.clear()
    out += [
        ("login page", client.get("/login"), False, False),
        ("login redirect (anonymous)", client.get("/queue"), False, False),
        ("401 API (anonymous)", client.post("/api/v1/scan", json={"text": CANARY}), False, True),
        ("401 htmx (anonymous)", client.post(f"/drafts/{draft.id}/check", data={"body": CANARY}, headers={"HX-Request": "true"}), False, True),
        ("404 anonymous", client.get(f"/{CANARY}"), False, True),
        ("health", client.get("/healthz"), False, False),
        ("readiness", client.get("/readyz"), False, False),
    ]
    logout_csrf = _login(client, world, "staff")
    out.append(("logout", client.post("/logout", data={"csrf_token": logout_csrf}), False, False))
    return out


EXPECTED_STATUS = {
    "404 page": 404, "404 object": 404, "404 anonymous": 404, "static 404": 404, "403 page": 403, "403 form with canary": 403,
    "403 htmx fragment": 403, "403 CSRF": 403, "405": 405, "413 too large": 413, "422 page": 422, "422 form (manager)": 422,
    "422 htmx fragment": 422, "422 API": 422, "500 page": 500, "500 form": 500, "500 htmx": 500, "redirect": 303,
    "redirect after POST": 303, "login redirect (anonymous)": 303, "401 API (anonymous)": 401, "401 htmx (anonymous)": 401,
    "logout": 303,
}


@pytest.mark.parametrize("scheme", ["https", "http"])
def test_security_headers_on_every_response_class(scheme, world, settings, detector, caplog):
    caplog.set_level(logging.INFO)
    assert CSP == EXPECTED_CSP
    application = _app(settings, detector)
    checked = 0
    with TestClient(application, base_url=f"{scheme}://testserver", raise_server_exceptions=False, follow_redirects=False) as client:
        classes = response_classes(client, world)
    application.state.engine.dispose()
    server_errors = 0
    for name, r, is_static, is_error in classes:
        where = f"{scheme} {name} ({r.status_code})"
        assert r.status_code == EXPECTED_STATUS.get(name, 200), where
        if is_error:
            for leak in LEAKS + (CANARY,):
                assert leak not in r.text, f"{where}: body contains {leak!r}"
        if name.startswith("500"):
            assert "error id" in r.text.lower(), where
            server_errors += 1
        h = r.headers
        assert h.get("content-security-policy") == EXPECTED_CSP, where
        assert h.get_list("content-security-policy") == [EXPECTED_CSP], where + " (one policy only)"
        assert h.get("x-content-type-options") == "nosniff", where
        assert h.get("referrer-policy") == "no-referrer", where
        assert h.get("x-frame-options") == "DENY", where
        assert "server" not in h, where
        if is_static:
            assert "no-store" not in h.get("cache-control", ""), where + " (static files may be cached)"
        else:
            assert h.get("cache-control") == "no-store", where
        if scheme == "https":
            assert h.get("strict-transport-security") == "max-age=63072000; includeSubDomains", where
        else:
            assert "strict-transport-security" not in h, where
        if name == "logout":
            assert h.get("clear-site-data") == '"cache", "cookies", "storage"', where
        if name == "CSV download":
            assert h["content-type"].startswith("text/csv") and h["content-disposition"].startswith("attachment;"), where
        checked += 1
    logged = "\n".join(rec.getMessage() for rec in caplog.records if rec.name.startswith("app"))
    assert CANARY not in logged, "submitted text or an exception message reached the log"
    report(f"Headers: {checked} responses checked over {scheme} (including {server_errors} 500 responses)")


def test_csp_switch_only_drops_the_csp(world, settings, detector):
    """The XSS tests' switch: with csp_enabled=False every other header stays."""
    application = _app(settings.model_copy(update={"csp_enabled": False}), detector)
    with TestClient(application, base_url="https://testserver", follow_redirects=False) as client:
        r = client.get("/login")
    application.state.engine.dispose()
    assert "content-security-policy" not in r.headers
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["cache-control"] == "no-store"
    assert r.headers["strict-transport-security"]
    report("Headers: csp_enabled=False drops the CSP header and nothing else")


def test_server_errors_carry_the_security_headers(world, settings, detector):
    application = _app(settings, detector)
    with TestClient(application, base_url="https://testserver", raise_server_exceptions=False, follow_redirects=False) as client:
        csrf = _login(client, world, "staff")
        r = client.get("/boom-logged-in")
    application.state.engine.dispose()
    assert r.status_code == 500
    # What is at stake: the logged-in 500 page carries the session's CSRF token and the username.
    assert csrf in r.text and "sam" in r.text
    missing = [name for name, value in (
        ("content-security-policy", EXPECTED_CSP), ("x-content-type-options", "nosniff"), ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"), ("cache-control", "no-store"),
        ("strict-transport-security", "max-age=63072000; includeSubDomains"),
    ) if r.headers.get(name) != value]
    assert not missing, f"500 response lacks {missing}"


def test_served_without_a_server_header(monkeypatch, settings, db):
    """TestClient never adds a Server header; uvicorn does unless told not to, and it adds it below
    the ASGI app, where the middleware cannot strip it. `python -m app serve` must turn it off."""
    import argparse

    import uvicorn

    import app.cli as cli

    captured: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: captured.update(kwargs))
    production = settings.model_copy(update={"cookie_secure": True, "enable_docs": False, "debug": False})
    monkeypatch.setattr(cli, "_settings", lambda *args, **kwargs: production)
    assert cli.cmd_serve(argparse.Namespace(host=None, port=None)) == 0
    assert captured.get("server_header") is False, captured
    report("Headers: python -m app serve starts uvicorn with server_header=False (no Server header below the middleware)")
