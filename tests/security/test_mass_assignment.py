"""Mass assignment: extra fields in a form (status, approver, hashes, roles, ids, row keys...)
never reach the database, and the JSON API refuses unknown keys without echoing them."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.auth.models import LoginSession, Role, User
from app.auth.passwords import verify_password
from app.db import utcnow
from app.dismissals.models import Dismissal
from app.drafting import service as drafting_service
from app.drafting.models import Draft, DraftStatus
from app.practice.models import Practice
from app.reviews.models import Review
from app.web.deps import session_cookie_name
from tests.conftest import PASSWORD, csrf_from
from tests.factories import CLAUDE_TEXT, UNSAFE_REPLY
from tests.security._routes import World, sign_in
from tests.security._support import report

FIELDS = ("status", "approved_by", "approver_id", "approved_sha256", "role", "is_active", "author_id", "version",
          "review_id", "created_by_id", "purged_at", "row_key", "id")
MORE = ("approved_version", "approved_at", "posted_at", "closed_at", "submitted_at", "manager_comment", "user_id",
        "kind", "finding_id", "span_sha256", "password_hash", "is_admin", "is_manager", "updated_at", "created_at",
        "template_id", "retention_days", "csp_enabled")
HUGE_ID = "999999"


@pytest.fixture
def world(db, detector, settings, sec_users):
    return World(db, detector, settings, sec_users)


@pytest.fixture
def client(world, settings, detector):
    from app.main import create_app

    application = create_app(settings, detector=detector)
    with TestClient(application, follow_redirects=False) as c:
        yield c
    application.state.engine.dispose()


def hostile(world, *, real_fields: tuple[str, ...] = ()) -> dict[str, str]:
    """Extra form fields with values that would be visible if they were assigned."""
    u = world.users
    other_review = world.review()
    values = {
        "status": "approved",
        "approved_by": str(u["manager2"].id),
        "approver_id": str(u["manager2"].id),
        "approved_sha256": "0" * 64,
        "role": "admin",
        "is_active": "false",
        "author_id": str(u["admin"].id),
        "version": "99",
        "review_id": str(other_review.id),
        "created_by_id": str(u["admin"].id),
        "purged_at": "2020-01-01T00:00:00+00:00",
        "row_key": "A" * 32,
        "id": HUGE_ID,
        "approved_version": "99",
        "approved_at": "2020-01-01T00:00:00+00:00",
        "posted_at": "2020-01-01T00:00:00+00:00",
        "closed_at": "2020-01-01T00:00:00+00:00",
        "submitted_at": "2020-01-01T00:00:00+00:00",
        "manager_comment": "injected comment",
        "user_id": str(u["admin"].id),
        "kind": "reply_finding",
        "finding_id": HUGE_ID,
        "span_sha256": "0" * 64,
        "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$injected",
        "is_admin": "true",
        "is_manager": "true",
        "updated_at": "2020-01-01T00:00:00+00:00",
        "created_at": "2020-01-01T00:00:00+00:00",
        "template_id": str(world.other_template_id),
        "retention_days": "0",
        "csp_enabled": "false",
    }
    for name in real_fields:
        values.pop(name, None)
    assert set(FIELDS) - set(real_fields) <= set(values)
    return values


def post(client, url, form, extra):
    return client.post(url, data={**extra, **form, "csrf_token": client.csrf})


def _draft_fields(d: Draft) -> dict:
    return {k: getattr(d, k) for k in ("id", "status", "approver_id", "approved_sha256", "approved_version", "approved_at",
                                        "author_id", "review_id", "row_key", "version", "posted_at", "manager_comment")}


def test_extra_form_fields_are_ignored(client, world, db):
    u = world.users
    sent = 0

    def fresh(model, pk):
        db.expire_all()
        return db.get(model, pk)

    # Review create (staff).
    sign_in(client, world, "staff")
    extra = hostile(world)
    before = db.scalar(select(func.count(Review.id)))
    r = post(client, "/reviews", {"platform": "google", "rating": "2", "reviewer_name": "Claude Jones", "text": CLAUDE_TEXT}, extra)
    assert r.status_code == 303
    review = fresh(Review, int(r.headers["location"].rstrip("/").split("/")[-1]))
    assert db.scalar(select(func.count(Review.id))) == before + 1
    assert review.id != int(HUGE_ID) and review.created_by_id == u["staff"].id and review.rating == 2
    assert review.purged_at is None and review.closed_at is None and review.row_key != "A" * 32
    assert review.created_at > utcnow() - timedelta(minutes=5)
    sent += len(extra)

    # Draft create from a template (staff).
    target = world.review()
    extra = hostile(world, real_fields=("template_id",))
    r = post(client, f"/reviews/{target.id}/drafts", {"template_id": str(world.template_id)}, extra)
    assert r.status_code == 303
    draft = fresh(Draft, int(r.headers["location"].rstrip("/").split("/")[-1]))
    assert (draft.author_id, draft.review_id, draft.status, draft.version, draft.approver_id, draft.approved_sha256) == (
        u["staff"].id, target.id, DraftStatus.DRAFT, 1, None, None)
    assert draft.id != int(HUGE_ID) and draft.template_id == world.template_id and draft.row_key != "A" * 32
    sent += len(extra)

    # Draft save, submit and template switch (staff, own draft).
    for path, form, expected_status, expected_version in (
        ("", {"body": world.safe_body + "\n\nThank you again."}, DraftStatus.DRAFT, 2),
        ("/submit", {"body": world.safe_body}, DraftStatus.PENDING_APPROVAL, 1),
        ("/template", {"template_id": str(world.other_template_id)}, DraftStatus.DRAFT, 2),
    ):
        d = world.draft(u["staff"])
        original = _draft_fields(fresh(Draft, d.id))
        extra = hostile(world, real_fields=tuple(form))
        r = post(client, f"/drafts/{d.id}{path}", form, extra)
        assert r.status_code == 303, (path, r.status_code)
        after = _draft_fields(fresh(Draft, d.id))
        assert after["status"] == expected_status and after["version"] == expected_version, (path, after)
        for key in ("id", "approver_id", "approved_sha256", "approved_version", "approved_at", "author_id", "review_id", "row_key",
                    "posted_at", "manager_comment"):
            assert after[key] == original[key], (path, key, after[key])
        sent += len(extra)

    # Mark as posted (staff): only status and posted_at move.
    d = world.draft(u["staff2"], DraftStatus.APPROVED)
    original = _draft_fields(fresh(Draft, d.id))
    extra = hostile(world)
    assert post(client, f"/replies/{d.id}/posted", {}, extra).status_code == 303
    after = _draft_fields(fresh(Draft, d.id))
    assert after["status"] == DraftStatus.POSTED and after["posted_at"] > utcnow() - timedelta(minutes=5)
    assert {k: v for k, v in after.items() if k not in ("status", "posted_at")} == {k: v for k, v in original.items() if k not in ("status", "posted_at")}
    sent += len(extra)

    # Approve and return (manager).
    sign_in(client, world, "manager")
    d = world.draft(u["staff2"], DraftStatus.PENDING_APPROVAL)
    extra = hostile(world, real_fields=("version",))
    assert post(client, f"/approvals/{d.id}/approve", {"version": "1"}, extra).status_code == 303
    after = fresh(Draft, d.id)
    assert (after.status, after.approver_id, after.author_id, after.approved_version) == (DraftStatus.APPROVED, u["manager"].id, u["staff2"].id, 1)
    assert after.approved_sha256 == drafting_service.sha256_text(after.body) and after.approved_at > utcnow() - timedelta(minutes=5)
    assert after.review_id == d.review_id and after.row_key == d.row_key
    sent += len(extra)

    d = world.draft(u["staff2"], DraftStatus.PENDING_APPROVAL)
    extra = hostile(world)
    assert post(client, f"/approvals/{d.id}/return", {"comment": "Please make it warmer."}, extra).status_code == 303
    after = fresh(Draft, d.id)
    assert (after.status, after.approver_id, after.approved_sha256, after.author_id, after.version) == (
        DraftStatus.CHANGES_REQUESTED, None, None, u["staff2"].id, 1)
    assert after.manager_comment == "Please make it warmer."
    sent += len(extra)

    # Dismiss a review finding and a reply finding (manager).
    review = world.review()
    finding = review.findings[0]
    extra = hostile(world)
    r = post(client, f"/reviews/{review.id}/findings/{finding.id}/dismiss", {"reason": "Not the reviewer's own information."}, extra)
    assert r.status_code == 303
    db.expire_all()
    dismissal = db.scalar(select(Dismissal).where(Dismissal.review_id == review.id))
    assert (dismissal.user_id, dismissal.finding_id, dismissal.kind, dismissal.span_sha256) == (u["manager"].id, finding.id, "review_finding", None)
    assert dismissal.id != int(HUGE_ID) and dismissal.row_key != "A" * 32
    sent += len(extra)

    d = world.draft(u["staff"], body=UNSAFE_REPLY)
    f = world.reply_finding(d)
    form = {"rule": f.rule, "start": str(f.start), "end": str(f.end), "reason": "Reviewed: this wording is safe here.", "return_to": "editor"}
    extra = hostile(world)
    assert post(client, f"/drafts/{d.id}/findings/dismiss", form, extra).status_code == 303
    db.expire_all()
    dismissal = db.scalar(select(Dismissal).where(Dismissal.review_id == d.review_id))
    assert (dismissal.user_id, dismissal.kind, dismissal.finding_id, dismissal.rule) == (u["manager"].id, "reply_finding", None, f.rule)
    assert dismissal.span_sha256 != "0" * 64 and dismissal.row_key != "A" * 32
    after = _draft_fields(fresh(Draft, d.id))
    assert after["status"] == DraftStatus.DRAFT and after["version"] == 1 and after["author_id"] == u["staff"].id
    sent += len(extra)

    # Close a review (manager): closed now, never purged by a field.
    review = world.review()
    extra = hostile(world)
    assert post(client, f"/reviews/{review.id}/close", {}, extra).status_code == 303
    after = fresh(Review, review.id)
    assert after.purged_at is None and after.closed_at > utcnow() - timedelta(minutes=5) and after.text == CLAUDE_TEXT
    sent += len(extra)

    # Retention purge (manager): a review closed today is not purged by retention_days=0.
    recent = world.review()
    recent.closed_at = utcnow() - timedelta(days=1)
    db.commit()
    extra = hostile(world)
    assert post(client, "/retention/purge", {}, extra).status_code == 303
    after = fresh(Review, recent.id)
    assert after.purged_at is None and after.text == CLAUDE_TEXT
    sent += len(extra)

    # Practice settings (manager): the one row keeps its id.
    practice_id = world.practice.id
    extra = hostile(world)
    form = {"name": "Maple Grove Dental Care", "contact_name": "Dana Reyes", "phone": "(555) 010-0199",
            "email": "office@maplegrove.example", "website": "https://maplegrove.example", "staff_names": "Dr. Lee"}
    assert post(client, "/settings", form, extra).status_code == 303
    db.expire_all()
    rows = db.scalars(select(Practice)).all()
    assert [p.id for p in rows] == [practice_id] and rows[0].name == "Maple Grove Dental Care"
    assert rows[0].updated_at > utcnow() - timedelta(minutes=5)
    sent += len(extra)

    # User create (manager): active, the role asked for, the password typed (not a hash sent).
    extra = hostile(world, real_fields=("role",))
    r = post(client, "/users", {"username": "newbie", "password": "a much longer passphrase 42", "role": "staff"}, extra)
    assert r.status_code == 303
    db.expire_all()
    newbie = db.scalar(select(User).where(User.username == "newbie"))
    assert (newbie.is_active, newbie.role, newbie.id != int(HUGE_ID)) == (True, Role.STAFF, True)
    assert verify_password(newbie.password_hash, "a much longer passphrase 42")
    assert newbie.created_at > utcnow() - timedelta(minutes=5)
    sent += len(extra)

    # Deactivate a user (manager): only is_active moves; the role stays.
    target = world.user("staff")
    extra = hostile(world)
    assert post(client, f"/users/{target.id}/active", {"active": "no"}, extra).status_code == 303
    after = fresh(User, target.id)
    assert (after.is_active, after.role, after.username, after.password_hash) == (False, Role.STAFF, target.username, target.password_hash)
    sent += len(extra)

    # Login: the session belongs to the user whose password was checked.
    client.cookies.clear()
    token = csrf_from(client.get("/login").text)
    extra = hostile(world)
    r = client.post("/login", data={**extra, "username": "sam", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 303
    cookie = r.cookies.get(session_cookie_name(world.settings))
    from app.auth.service import _token_id

    db.expire_all()
    row = db.get(LoginSession, _token_id(cookie))
    assert row.user_id == u["staff"].id and db.get(User, u["staff"].id).role == Role.STAFF
    sent += len(extra)

    routes = 16  # reviews, drafts (create, save, submit, template), posted, approve, return, 2 dismissals,
    #             close, purge, settings, users (create, active), login
    report(f"Mass assignment: {sent} extra fields sent to {routes} form routes, 0 reached the database")


@pytest.mark.parametrize("path", ["/api/v1/scan", "/api/v1/check"])
def test_api_refuses_unknown_keys_without_echo(client, world, path):
    sign_in(client, world, "staff")
    base = {"text": "Fine visit."} if path.endswith("scan") else {"review": "Fine visit.", "draft": "Thank you."}
    assert client.post(path, json=base).status_code == 200
    refused = 0
    for name in FIELDS + MORE:
        canary = f"CANARY-{secrets.token_hex(6)}"
        r = client.post(path, json={**base, name: canary})
        assert r.status_code == 422, (path, name, r.status_code)
        assert canary not in r.text and "input" not in r.json(), (path, name, r.text)
        assert set(r.json()) <= {"detail", "error_id"}
        refused += 1
    # Nested and wrongly typed values are refused too, and not echoed.
    canary = f"CANARY-{secrets.token_hex(6)}"
    key = "text" if path.endswith("scan") else "draft"
    for bad in ({key: {"nested": canary}}, {key: [canary]}, {"reviewer_name": canary * 50}):
        r = client.post(path, json={**base, **bad})
        assert r.status_code == 422 and canary not in r.text, (path, bad.keys(), r.status_code)
        refused += 1
    report(f"Mass assignment: {refused} of {refused} unknown or malformed keys refused by {path} (422, value not echoed)")
