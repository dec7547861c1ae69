"""CSRF: every state-changing route refuses a request without the session's own token, and
refuses a cross-site request even with it; nothing changes in the database when it does.
GET never changes state (views only add audit rows)."""

from __future__ import annotations

import json
import secrets

import pytest
from fastapi.testclient import TestClient

from tests.conftest import csrf_from
from tests.security._routes import STATE_CHANGING, World, route_keys, send, sign_in
from tests.security._support import diff_snapshots, report, snapshot, start_session

API_ROUTES = {("POST", "/api/v1/scan"), ("POST", "/api/v1/check")}


def _state(engine) -> dict:
    """All rows of all tables; login_session.last_seen_at is the idle timer, not state."""
    return snapshot(engine, skip_columns={"login_session": ("last_seen_at",)})


def _views_state(engine) -> dict:
    return snapshot(engine, skip_tables=("audit_event",), skip_columns={"login_session": ("last_seen_at",)})


@pytest.fixture
def world(db, detector, settings, sec_users):
    return World(db, detector, settings, sec_users)


@pytest.fixture
def app(world, settings, detector):
    from app.main import create_app

    application = create_app(settings, detector=detector)
    yield application
    application.state.engine.dispose()


def test_every_state_changing_route_rejects_forged_requests(app, world, engine):
    keys = sorted(k for k in route_keys(app) if k[0] in STATE_CHANGING)
    assert len(keys) >= 20, keys
    users = world.users
    rejected = total = accepted_controls = 0
    with TestClient(app, follow_redirects=False) as client, TestClient(app, follow_redirects=False) as other:
        for key in keys:
            if key in API_ROUTES:
                continue
            actor_role = "anonymous" if key == ("POST", "/login") else "manager"
            call = world.call(key, None if actor_role == "anonymous" else users[actor_role])
            sign_in(client, world, actor_role)
            if call.login_form:
                # Another browser's login form: a valid token, but for that browser's cookie.
                other.cookies.clear()
                foreign_token = csrf_from(other.get("/login").text)
                variants = {"no token": None, "wrong token": secrets.token_urlsafe(32), "another browser's login token": foreign_token}
            else:
                _, other_users_token = start_session(world.db, world.settings, users["manager2"])
                _, same_users_other_session = start_session(world.db, world.settings, users["manager"])
                variants = {
                    "no token": None,
                    "wrong token": secrets.token_urlsafe(32),
                    "another live session's token (other user)": other_users_token,
                    "another live session's token (same user)": same_users_other_session,
                    "empty token": "",
                }
            cases = [(name, token, {}) for name, token in variants.items()]
            cases.append(("right token, Sec-Fetch-Site: cross-site", "session", {"Sec-Fetch-Site": "cross-site"}))
            cases.append(("wrong token in the header, right one in the form", "session", {"X-CSRF-Token": secrets.token_urlsafe(32)}))
            for name, token, headers in cases:
                before = _state(engine)
                response = send(client, call, token=token, headers=headers)
                after = _state(engine)
                total += 1
                assert response.status_code == 403, f"{key} {name}: {response.status_code}"
                assert not diff_snapshots(before, after), f"{key} {name} changed {diff_snapshots(before, after)}"
                rejected += 1
            # Control: the same request with the right token goes through and changes something,
            # so the rejections above are the CSRF check and not some other refusal.
            before = _state(engine)
            response = send(client, call)
            assert 200 <= response.status_code < 400, f"{key} control: {response.status_code} {response.text[:300]}"
            if key != ("POST", "/drafts/{draft_id}/check"):  # the live check changes nothing by design
                assert diff_snapshots(before, _state(engine)), f"{key} control changed nothing"
            accepted_controls += 1

        # The JSON API changes no state and takes no token; it refuses cross-site requests and
        # anything that is not a JSON body (a form or text/plain post needs no CORS preflight).
        for key in sorted(API_ROUTES & set(keys)):
            call = world.call(key, users["manager"])
            sign_in(client, world, "manager")
            body = json.dumps(call.json)
            cases = [
                ("Sec-Fetch-Site: cross-site", lambda: client.post(call.url, json=call.json, headers={"Sec-Fetch-Site": "cross-site"}), (403,)),
                ("form-encoded body", lambda: client.post(call.url, data={"text": "x", "review": "x", "draft": "x"}), (415, 422)),
                ("text/plain JSON body", lambda: client.post(call.url, content=body, headers={"Content-Type": "text/plain"}), (415, 422)),
                ("multipart body", lambda: client.post(call.url, files={"text": ("a.txt", b"x")}), (415, 422)),
                # fetch(url, {mode: "no-cors", body: new Blob([json])}) sends no Content-Type at all.
                ("JSON body without Content-Type", lambda: client.post(call.url, content=body.encode()), (415, 422)),
            ]
            for name, do, expected in cases:
                before = _state(engine)
                response = do()
                total += 1
                assert response.status_code in expected, f"{key} {name}: {response.status_code}"
                assert not diff_snapshots(before, _state(engine)), f"{key} {name} changed state"
                rejected += 1
            assert client.post(call.url, json=call.json).status_code == 200
    report(f"CSRF: {rejected} of {total} rejected ({len(keys)} state-changing routes; {accepted_controls} right-token controls accepted)")


def test_get_never_changes_state(app, world, engine):
    keys = sorted(k for k in route_keys(app) if k[0] == "GET")
    checked = 0
    with TestClient(app, follow_redirects=False) as client:
        for key in keys:
            for role in ("anonymous", "manager"):
                call = world.call(key, world.users.get(role))
                sign_in(client, world, role)
                before = _views_state(engine)
                response = send(client, call)
                assert response.status_code < 500, (key, role, response.status_code)
                if role == "manager":
                    assert 200 <= response.status_code < 400, (key, response.status_code)
                assert not diff_snapshots(before, _views_state(engine)), f"GET {call.url} as {role} changed {diff_snapshots(before, _views_state(engine))}"
            checked += 1
    report(f"CSRF: {checked} of {checked} GET routes changed no row (audit_event rows only; as anonymous and as manager)")
