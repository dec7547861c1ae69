"""Approve or return drafts; never your own; edits after approval need approval again."""

from __future__ import annotations

import hashlib

from app.drafting.models import Draft, DraftStatus
from tests.conftest import PASSWORD, login
from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, make_practice
from tests.web.helpers import approve, create_draft, create_review, post, soup


def _pending(client, db, author="sam"):
    make_practice(db)
    client.csrf = login(client, author, PASSWORD)
    review_id = create_review(client, text=CLAUDE_TEXT)
    draft_id = create_draft(client, review_id)
    assert post(client, f"/drafts/{draft_id}/submit", {"body": GUIDANCE_REPLY}).status_code == 303
    post(client, "/logout")
    return draft_id


def test_manager_sees_pending_oldest_first_and_approves(client, users, db):
    first = _pending(client, db)
    second = _pending(client, db)
    client.csrf = login(client, "maria", PASSWORD)
    rows = soup(client.get("/approvals")).select(".pending-row")
    assert [r.select_one("td").text.split()[0] for r in rows] == [f"#{first}", f"#{second}"]
    response = approve(client, first)
    assert response.status_code == 303 and response.headers["location"].endswith(f"/replies/{first}")
    db.expire_all()
    draft = db.get(Draft, first)
    assert draft.status == DraftStatus.APPROVED and draft.approver_id == users["manager"].id
    assert draft.approved_sha256 == hashlib.sha256(GUIDANCE_REPLY.encode()).hexdigest()


def test_staff_cannot_approve(client, users, db):
    draft_id = _pending(client, db)
    client.csrf = login(client, "sasha", PASSWORD)
    version = str(db.get(Draft, draft_id).version)
    assert post(client, f"/approvals/{draft_id}/approve", {"version": version}).status_code == 403
    assert client.get("/approvals").status_code == 403


def test_manager_cannot_approve_own_draft(client, users, db):
    draft_id = _pending(client, db, author="maria")
    client.csrf = login(client, "maria", PASSWORD)
    version = str(db.get(Draft, draft_id).version)
    assert post(client, f"/approvals/{draft_id}/approve", {"version": version}).status_code == 403
    db.expire_all()
    assert db.get(Draft, draft_id).status == DraftStatus.PENDING_APPROVAL
    page = soup(client.get(f"/approvals/{draft_id}"))
    assert page.select_one("#approve") is None


def test_return_with_comment_is_shown_to_author(client, users, db):
    draft_id = _pending(client, db)
    client.csrf = login(client, "maria", PASSWORD)
    assert post(client, f"/approvals/{draft_id}/return", {"comment": "Shorter, please."}).status_code == 303
    post(client, "/logout")
    client.csrf = login(client, "sam", PASSWORD)
    queue = soup(client.get("/queue"))
    assert "Shorter, please." in queue.select_one("#my-drafts .comment").text
    assert "Shorter, please." in soup(client.get(f"/drafts/{draft_id}")).select_one("#manager-comment").text


def test_return_needs_a_comment(client, users, db):
    draft_id = _pending(client, db)
    client.csrf = login(client, "maria", PASSWORD)
    response = post(client, f"/approvals/{draft_id}/return", {"comment": "  "})
    assert response.status_code == 422
    db.expire_all()
    assert db.get(Draft, draft_id).status == DraftStatus.PENDING_APPROVAL


def test_stale_version_is_not_approved(client, users, db):
    draft_id = _pending(client, db)
    client.csrf = login(client, "maria", PASSWORD)
    assert post(client, f"/approvals/{draft_id}/approve", {"version": "7"}).status_code == 409


def test_approval_rechecks_the_text(client, users, db):
    draft_id = _pending(client, db)
    db.expire_all()
    draft = db.get(Draft, draft_id)
    draft.body = "Hi Claude, we're sorry about your extraction."  # changed behind the app's back
    db.commit()
    client.csrf = login(client, "maria", PASSWORD)
    response = post(client, f"/approvals/{draft_id}/approve", {"version": str(draft.version)})
    assert response.status_code == 409
    db.expire_all()
    assert db.get(Draft, draft_id).status == DraftStatus.PENDING_APPROVAL


def test_edit_after_approval_needs_new_approval(client, users, db):
    draft_id = _pending(client, db)
    client.csrf = login(client, "maria", PASSWORD)
    approve(client, draft_id)
    post(client, "/logout")
    client.csrf = login(client, "sam", PASSWORD)
    approved_version = db.get(Draft, draft_id).version
    assert post(client, f"/drafts/{draft_id}", {"body": GUIDANCE_REPLY + " Thank you again."}).status_code == 303
    db.expire_all()
    draft = db.get(Draft, draft_id)
    assert draft.status == DraftStatus.DRAFT and draft.version == approved_version + 1
    assert draft.approved_sha256 is None
    assert client.get(f"/replies/{draft_id}").status_code == 404
