"""Draft from the suggested template, live check, save, submit gate."""

from __future__ import annotations

from sqlalchemy import select

from app.drafting.models import Draft, DraftStatus
from tests.conftest import PASSWORD, login
from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, UNSAFE_REPLY, make_practice
from tests.web.helpers import create_draft, create_review, post, soup


def _draft(as_staff, db):
    make_practice(db)
    review_id = create_review(as_staff, text=CLAUDE_TEXT)
    return review_id, create_draft(as_staff, review_id)


def test_suggested_template_fills_practice_details(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    draft = db.get(Draft, draft_id)
    assert "{" not in draft.body and "Dana Reyes" in draft.body or "(555) 010-0199" in draft.body
    page = soup(as_staff.get(f"/drafts/{draft_id}"))
    assert page.select_one("#draft-body").text == draft.body
    assert page.select_one("#check-status").text.startswith("No blocking problems")


def test_live_check_flags_name_and_procedure(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    response = post(as_staff, f"/drafts/{draft_id}/check", {"body": UNSAFE_REPLY}, htmx=True)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("section#reply-check.blocked")
    rules = {li["data-rule"] for li in page.select(".check-finding.severity-block")}
    assert "ECHO_PHI" in rules and len(page.select(".check-finding.severity-block")) >= 2
    marked = {m.text for m in page.select("#draft-preview mark.block")}
    assert "Claude" in marked
    assert "UNSAFE" not in response.text and "Hi Claude" not in " ".join(li.text for li in page.select(".check-finding"))


def test_live_check_counts_bytes(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    page = soup(post(as_staff, f"/drafts/{draft_id}/check", {"body": "Thank you – é"}, htmx=True))
    assert "13 characters" in page.select_one("#length-counter").text
    assert "16 / 4096 bytes" in page.select_one("#length-counter").text


def test_submit_refused_while_blocking_findings_stand(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    response = post(as_staff, f"/drafts/{draft_id}/submit", {"body": UNSAFE_REPLY})
    assert response.status_code == 409
    page = soup(response)
    assert "blocking" in page.select_one("#editor-error").text
    assert page.select_one("#draft-body").text == UNSAFE_REPLY  # what was typed is kept
    db.expire_all()
    draft = db.get(Draft, draft_id)
    assert draft.status == DraftStatus.DRAFT and draft.body == UNSAFE_REPLY


def test_submit_succeeds_for_safe_reply(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    response = post(as_staff, f"/drafts/{draft_id}/submit", {"body": GUIDANCE_REPLY})
    assert response.status_code == 303
    db.expire_all()
    draft = db.get(Draft, draft_id)
    assert draft.status == DraftStatus.PENDING_APPROVAL and draft.body == GUIDANCE_REPLY


def test_save_makes_a_new_version(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    response = post(as_staff, f"/drafts/{draft_id}", {"body": GUIDANCE_REPLY})
    assert response.status_code == 303
    db.expire_all()
    assert db.get(Draft, draft_id).version == 2


def test_empty_save_is_refused_and_keeps_draft(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    before = db.get(Draft, draft_id).body
    response = post(as_staff, f"/drafts/{draft_id}", {"body": "   "})
    assert response.status_code == 422
    db.expire_all()
    assert db.get(Draft, draft_id).body == before


def test_other_staff_cannot_edit_or_submit(client, users, db):
    client.csrf = login(client, "sam", PASSWORD)
    _, draft_id = _draft(client, db)
    post(client, "/logout")
    client.csrf = login(client, "sasha", PASSWORD)
    assert post(client, f"/drafts/{draft_id}", {"body": GUIDANCE_REPLY}).status_code == 403
    assert post(client, f"/drafts/{draft_id}/submit", {"body": GUIDANCE_REPLY}).status_code == 403
    page = soup(client.get(f"/drafts/{draft_id}"))
    assert page.select_one("#draft-body") is None and page.select_one("#draft-text")


def test_switch_template_replaces_text(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    page = soup(as_staff.get(f"/drafts/{draft_id}"))
    options = page.select("select[name=template_id] option")
    other = next(o for o in options if not o.has_attr("selected"))
    response = post(as_staff, f"/drafts/{draft_id}/template", {"template_id": other["value"]})
    assert response.status_code == 303
    db.expire_all()
    draft = db.get(Draft, draft_id)
    assert draft.template_id == int(other["value"]) and draft.version == 2


def test_unknown_template_is_404(as_staff, db):
    review_id = create_review(as_staff, text=CLAUDE_TEXT)
    assert post(as_staff, f"/reviews/{review_id}/drafts", {"template_id": "99999"}).status_code == 404


def test_live_check_without_csrf_is_rejected(as_staff, db):
    _, draft_id = _draft(as_staff, db)
    response = as_staff.post(f"/drafts/{draft_id}/check", data={"body": "x"}, headers={"HX-Request": "true"})
    assert response.status_code == 403


def test_unknown_draft_is_404(as_staff):
    assert as_staff.get("/drafts/424242").status_code == 404
    assert post(as_staff, "/drafts/424242/submit", {"body": "x"}).status_code == 404
