"""Audit integrity: K scripted actions give exactly K rows, chained; tampering is found at that row."""

from __future__ import annotations

from sqlalchemy import select, text

from app.audit import chain
from app.audit.models import AuditEvent
from tests.conftest import PASSWORD, login
from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, make_practice
from tests.web.helpers import approve, create_draft, create_review, post

# action -> how many rows the scripted session below writes
EXPECTED = {
    "login": 2, "logout": 1, "login_failed": 1, "review_create": 1, "review_view": 3,
    "draft_create": 1, "draft_edit": 1, "draft_submit": 1, "draft_approve": 1, "reply_view": 1,
}


def _scripted_session(client, db):
    make_practice(db)
    client.csrf = login(client, "sam", PASSWORD)
    review_id = create_review(client, text=CLAUDE_TEXT)  # review_create
    draft_id = create_draft(client, review_id)  # review_view, draft_create
    post(client, f"/drafts/{draft_id}/submit", {"body": GUIDANCE_REPLY})  # draft_edit, draft_submit
    post(client, "/logout")
    token = client.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/login", data={"username": "maria", "password": "wrong-password!", "csrf_token": token})
    client.csrf = login(client, "maria", PASSWORD)
    approve(client, draft_id)  # review_view (approval page), draft_approve; then reply_view
    client.get(f"/replies/{draft_id}")
    client.get(f"/reviews/{review_id}")  # review_view


def test_k_actions_give_k_chained_rows(client, users, db, engine):
    before = {a for a in db.scalars(select(AuditEvent.action))}
    assert before == {"user_create"}
    _scripted_session(client, db)
    counts: dict[str, int] = {}
    for action in db.scalars(select(AuditEvent.action).where(AuditEvent.action != "user_create")):
        counts[action] = counts.get(action, 0) + 1
    assert counts == EXPECTED, counts
    total = db.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    result = chain.verify(engine)
    print(f"audit chain: {result.rows} rows sealed of {total}, {result.unsealed} unsealed, intact={result.is_intact}")
    assert result.is_intact and result.unsealed == 0 and result.rows == sum(EXPECTED.values()) + 5


def test_tampering_is_reported_at_that_row(client, users, db, engine):
    _scripted_session(client, db)
    rows = db.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
    victim = rows[len(rows) // 2]
    db.execute(text("UPDATE audit_event SET action = 'logout' WHERE id = :id"), {"id": victim.id})
    db.commit()
    result = chain.verify(engine)
    assert not result.is_intact and result.first_broken_id == victim.id
    print(f"tampered row {victim.id}: verify reports row {result.first_broken_id} ({result.problem})")


def test_deleted_row_is_reported(client, users, db, engine):
    _scripted_session(client, db)
    rows = db.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
    db.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": rows[3].id})
    db.commit()
    result = chain.verify(engine)
    assert result.first_broken_id == rows[4].id
