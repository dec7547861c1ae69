"""Authorization: an explicit matrix of who may call what, kept as data, that must cover the
app's routes exactly (a new route fails test_matrix_covers_every_route until it is added),
plus object-level rules (other people's drafts, your own approval)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from app.drafting.models import Draft, DraftStatus
from tests.security._routes import ROLES, STATIC_KEY, World, route_keys, send, sign_in
from tests.security._support import report

OK, LOGIN, FORBIDDEN = "ok", "login", "forbidden"

PUBLIC = {"anonymous": OK, "staff": OK, "manager": OK, "admin": OK}
USERS = {"anonymous": LOGIN, "staff": OK, "manager": OK, "admin": OK}
MANAGERS = {"anonymous": LOGIN, "staff": FORBIDDEN, "manager": OK, "admin": OK}

# (method, path template) -> expected outcome per role. "ok": 2xx or a redirect that is not to
# the login form; "login": a redirect to /login (pages) or 401 (API); "forbidden": 403.
MATRIX: dict[tuple[str, str], dict[str, str]] = {
    ("GET", "/"): PUBLIC,  # redirects everyone to /queue, which then asks for a login
    ("GET", "/healthz"): PUBLIC,
    ("GET", "/readyz"): PUBLIC,
    ("GET", STATIC_KEY[1]): PUBLIC,
    # Docs are on only in demo mode or with SAFEREPLY_ENABLE_DOCS=true (the test settings).
    ("GET", "/api/openapi.json"): PUBLIC,
    ("GET", "/api/docs"): PUBLIC,
    ("GET", "/docs/oauth2-redirect"): PUBLIC,
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("POST", "/logout"): USERS,
    ("GET", "/account"): USERS,
    ("GET", "/users"): MANAGERS,
    ("POST", "/users"): MANAGERS,
    ("POST", "/users/{user_id}/active"): MANAGERS,
    ("GET", "/queue"): USERS,
    ("GET", "/reviews"): USERS,
    ("GET", "/reviews/new"): USERS,
    ("POST", "/reviews"): USERS,
    ("GET", "/reviews/{review_id}"): USERS,
    ("POST", "/reviews/{review_id}/findings/{finding_id}/dismiss"): MANAGERS,
    ("POST", "/reviews/{review_id}/drafts"): USERS,
    ("POST", "/reviews/{review_id}/close"): MANAGERS,
    ("GET", "/drafts/{draft_id}"): USERS,
    ("POST", "/drafts/{draft_id}/check"): USERS,
    ("POST", "/drafts/{draft_id}"): USERS,  # own draft; other people's: see OBJECT_CASES
    ("POST", "/drafts/{draft_id}/submit"): USERS,
    ("POST", "/drafts/{draft_id}/template"): USERS,
    ("POST", "/drafts/{draft_id}/findings/dismiss"): MANAGERS,
    ("GET", "/approvals"): MANAGERS,
    ("GET", "/approvals/{draft_id}"): MANAGERS,
    ("POST", "/approvals/{draft_id}/approve"): MANAGERS,  # someone else's draft; own: OBJECT_CASES
    ("POST", "/approvals/{draft_id}/return"): MANAGERS,
    ("GET", "/replies"): USERS,
    ("GET", "/replies/{draft_id}"): USERS,
    ("POST", "/replies/{draft_id}/posted"): USERS,
    ("GET", "/exports"): MANAGERS,
    ("POST", "/exports/replies.csv"): MANAGERS,
    ("GET", "/settings"): MANAGERS,
    ("POST", "/settings"): MANAGERS,
    ("GET", "/audit"): MANAGERS,
    ("GET", "/retention"): MANAGERS,
    ("POST", "/retention/purge"): MANAGERS,
    ("POST", "/api/v1/scan"): USERS,
    ("POST", "/api/v1/check"): USERS,
}


def outcome(response) -> str:
    status = response.status_code
    location = urlsplit(response.headers.get("location", "")).path
    if status == 403:
        return FORBIDDEN
    if status == 401 or (status in (302, 303, 307) and location == "/login" and "clear-site-data" not in response.headers):
        return LOGIN
    if 200 <= status < 400:
        return OK
    return f"status {status}"


@pytest.fixture
def world(db, detector, settings, sec_users):
    return World(db, detector, settings, sec_users)


@pytest.fixture
def app(world, settings, detector):
    from app.main import create_app

    application = create_app(settings, detector=detector)
    yield application
    application.state.engine.dispose()


def test_matrix_covers_every_route(app):
    keys = route_keys(app)
    missing = sorted(keys - set(MATRIX))
    stale = sorted(set(MATRIX) - keys)
    assert not missing, f"routes without an authorization rule in MATRIX: {missing}"
    assert not stale, f"MATRIX rules for routes that no longer exist: {stale}"
    assert all(set(rule) == set(ROLES) for rule in MATRIX.values())
    report(f"Authorization: the matrix covers {len(keys)} of {len(keys)} routes, none extra")


def _draft(world, author, status=DraftStatus.DRAFT, body=None) -> Draft:
    return world.draft(author, status, body)


def object_cases(world):
    """(description, role, request builder) -> expected outcome; each builds fresh objects."""
    u = world.users
    t = world.template_id

    def others_draft(path_suffix, form):
        def build():
            d = _draft(world, u["staff2"])
            return "POST", f"/drafts/{d.id}{path_suffix}", form
        return build

    def own_pending(action, form):
        def build():
            d = _draft(world, u["manager"], DraftStatus.PENDING_APPROVAL)
            return "POST", f"/approvals/{d.id}/{action}", {**form, "version": str(d.version)} if action == "approve" else form
        return build

    def posted_edit():
        d = _draft(world, u["manager"], DraftStatus.POSTED)
        return "POST", f"/drafts/{d.id}", {"body": world.safe_body + " Edited after posting."}

    def set_active(target_key):
        def build():
            target = u[target_key]
            return "POST", f"/users/{target.id}/active", {"active": "no"}
        return build

    def create_admin():
        return "POST", "/users", {"username": "sneaky", "password": "a much longer passphrase 42", "role": "admin"}

    def read_others_draft():
        d = _draft(world, u["staff2"])
        return "GET", f"/drafts/{d.id}", None

    return [
        ("staff saves another staff member's draft", "staff", others_draft("", {"body": "Changed by someone else."}), FORBIDDEN),
        ("staff submits another staff member's draft", "staff", others_draft("/submit", {"body": world.safe_body}), FORBIDDEN),
        ("staff switches the template of another staff member's draft", "staff", others_draft("/template", {"template_id": str(world.other_template_id)}), FORBIDDEN),
        ("manager approves own draft", "manager", own_pending("approve", {}), FORBIDDEN),
        ("manager returns own draft", "manager", own_pending("return", {"comment": "Looks fine to me, says me."}), FORBIDDEN),
        ("manager edits a posted reply", "manager", posted_edit, FORBIDDEN),
        ("manager deactivates an admin", "manager", set_active("admin"), FORBIDDEN),
        ("manager deactivates own account", "manager", set_active("manager"), FORBIDDEN),
        ("admin deactivates own account", "admin", set_active("admin"), FORBIDDEN),
        ("manager creates an admin account", "manager", create_admin, "refused"),
        ("admin creates an admin account (command line only)", "admin", create_admin, "refused"),
        ("staff reads another staff member's draft (read-only)", "staff", read_others_draft, OK),
    ]


def test_authorization_matrix(app, world, db):
    expected_total = as_expected = 0
    mismatches = []
    with TestClient(app, follow_redirects=False) as client:
        for key in sorted(MATRIX):
            for role in ROLES:
                user = sign_in(client, world, role)
                call = world.call(key, user)
                got = outcome(send(client, call))
                expected_total += 1
                if got == MATRIX[key][role]:
                    as_expected += 1
                else:
                    mismatches.append(f"{key} as {role}: expected {MATRIX[key][role]}, got {got}")

        for description, role, build, expected in object_cases(world):
            sign_in(client, world, role)
            method, url, form = build()
            if method == "GET":
                response = client.get(url)
            else:
                response = client.post(url, data={**form, "csrf_token": client.csrf})
            got = "refused" if response.status_code == 422 else outcome(response)
            expected_total += 1
            if got == expected:
                as_expected += 1
            else:
                mismatches.append(f"{description}: expected {expected}, got {got}")
            if description.startswith("staff reads"):
                assert 'id="draft-body"' not in response.text and 'id="draft-text"' in response.text
            if description.startswith(("manager creates", "admin creates")):
                from sqlalchemy import select

                from app.auth.models import User

                assert db.scalar(select(User).where(User.username == "sneaky")) is None
    assert not mismatches, "\n".join(mismatches)
    report(f"Authorization: {as_expected} of {expected_total} as expected ({len(MATRIX)} routes x {len(ROLES)} roles + {expected_total - len(MATRIX) * len(ROLES)} object-level checks)")


def test_manager_cannot_approve_text_they_wrote_into_someone_elses_draft(app, world, db):
    """README: a manager approves drafts, 'never their own'. The text approved here is the
    manager's own: they replaced the staff member's words, submitted, and approved."""
    u = world.users
    draft = _draft(world, u["staff"], DraftStatus.PENDING_APPROVAL)
    manager_text = world.safe_body + "\n\nWritten by the approving manager alone."
    with TestClient(app, follow_redirects=False) as client:
        sign_in(client, world, "manager")
        assert client.post(f"/drafts/{draft.id}", data={"body": manager_text, "csrf_token": client.csrf}).status_code == 303
        assert client.post(f"/drafts/{draft.id}/submit", data={"body": manager_text, "csrf_token": client.csrf}).status_code == 303
        db.expire_all()
        version = db.get(Draft, draft.id).version
        response = client.post(f"/approvals/{draft.id}/approve", data={"version": str(version), "csrf_token": client.csrf})
    db.expire_all()
    approved = db.get(Draft, draft.id)
    assert response.status_code == 403 and approved.status == DraftStatus.PENDING_APPROVAL, (
        f"manager approved text they wrote: status {approved.status}, approver {approved.approver_id}, author {approved.author_id}"
    )
