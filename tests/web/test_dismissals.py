"""Managers dismiss one finding as a false positive: audited, this review only, shown to all."""

from __future__ import annotations

from sqlalchemy import select

from app.audit.models import AuditEvent
from app.dismissals.models import Dismissal
from app.drafting import service as drafting_service
from app.reviews.models import Finding, Review
from tests.conftest import PASSWORD, login
from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, make_practice
from tests.web.helpers import create_draft, create_review, post, soup

NAMED_REPLY = "Hi Claude, thank you for your feedback. " + GUIDANCE_REPLY


def _draft_with_name(client, db):
    make_practice(db)
    client.csrf = login(client, "sam", PASSWORD)
    review_id = create_review(client, text=CLAUDE_TEXT)
    draft_id = create_draft(client, review_id)
    assert post(client, f"/drafts/{draft_id}", {"body": NAMED_REPLY}).status_code == 303
    return review_id, draft_id


def _name_finding(client, draft_id):
    page = soup(client.get(f"/drafts/{draft_id}"))
    form = next(
        f for f in page.select("#check-findings form")
        if f.select_one("input[name=rule]")["value"] == "ECHO_PHI"
        and NAMED_REPLY[int(f.select_one("input[name=start]")["value"]) : int(f.select_one("input[name=end]")["value"])] == "Claude"
    )
    return {k: form.select_one(f"input[name={k}]")["value"] for k in ("rule", "start", "end")}


def test_manager_dismisses_reply_finding_and_staff_sees_why(client, users, db):
    review_id, draft_id = _draft_with_name(client, db)
    post(client, "/logout")
    client.csrf = login(client, "maria", PASSWORD)
    target = _name_finding(client, draft_id)
    response = post(client, f"/drafts/{draft_id}/findings/dismiss", {**target, "reason": "Reviewer asked us to address them by name."})
    assert response.status_code == 303
    dismissal = db.scalars(select(Dismissal)).one()
    assert dismissal.review_id == review_id and dismissal.rule == "ECHO_PHI" and dismissal.span_sha256
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "finding_dismiss")).all()
    assert [(e.user_id, e.object_type, e.object_id) for e in events] == [(users["manager"].id, "review", review_id)]
    post(client, "/logout")
    client.csrf = login(client, "sam", PASSWORD)
    page = soup(client.get(f"/drafts/{draft_id}"))
    dismissed = page.select("#check-dismissed .dismissed-finding")
    assert len(dismissed) == 1 and "Reviewer asked us" in dismissed[0].text and "maria" in dismissed[0].text
    assert all(not (li["data-rule"] == "ECHO_PHI" and "name" in li.text) for li in page.select("#check-findings .severity-block"))


def test_dismissal_applies_to_that_review_only(client, users, db):
    review_id, draft_id = _draft_with_name(client, db)
    post(client, "/logout")
    client.csrf = login(client, "maria", PASSWORD)
    target = _name_finding(client, draft_id)
    post(client, f"/drafts/{draft_id}/findings/dismiss", {**target, "reason": "Reviewer asked us to address them by name."})
    other_review = db.get(Review, create_review(client, text=CLAUDE_TEXT))
    with_dismissal = drafting_service.check_draft_text(session=db, detector=client.app.state.detector, review=db.get(Review, review_id), body=NAMED_REPLY)
    without = drafting_service.check_draft_text(session=db, detector=client.app.state.detector, review=other_review, body=NAMED_REPLY)
    assert len(with_dismissal.dismissed) == 1
    assert len(without.findings) == len(with_dismissal.findings) + 1 and without.dismissed == []


def test_staff_cannot_dismiss(client, users, db):
    review_id, draft_id = _draft_with_name(client, db)
    target = {"rule": "ECHO_PHI", "start": "3", "end": "9"}
    assert post(client, f"/drafts/{draft_id}/findings/dismiss", {**target, "reason": "Trust me, this is fine."}).status_code == 403
    finding = db.scalars(select(Finding).where(Finding.review_id == review_id)).first()
    assert post(client, f"/reviews/{review_id}/findings/{finding.id}/dismiss", {"reason": "Trust me, this is fine."}).status_code == 403
    assert db.scalars(select(Dismissal)).all() == []
    page = soup(client.get(f"/drafts/{draft_id}"))
    assert page.select("#check-findings form") == []


def test_reason_is_required(client, users, db):
    review_id, draft_id = _draft_with_name(client, db)
    post(client, "/logout")
    client.csrf = login(client, "maria", PASSWORD)
    target = _name_finding(client, draft_id)
    response = post(client, f"/drafts/{draft_id}/findings/dismiss", {**target, "reason": "ok"})
    assert response.status_code == 422
    assert db.scalars(select(Dismissal)).all() == []


def test_stale_span_is_refused(client, users, db):
    _, draft_id = _draft_with_name(client, db)
    post(client, "/logout")
    client.csrf = login(client, "maria", PASSWORD)
    response = post(client, f"/drafts/{draft_id}/findings/dismiss", {"rule": "ECHO_PHI", "start": "0", "end": "2", "reason": "Long enough reason here."})
    assert response.status_code == 422
    assert db.scalars(select(Dismissal)).all() == []


def test_dismissed_review_finding_no_longer_protected(client, users, db, detector):
    make_practice(db)
    client.csrf = login(client, "maria", PASSWORD)
    review_id = create_review(client, text="The garden by the entrance was lovely and the front desk was kind.", rating="5")
    review = db.get(Review, review_id)
    # A controlled false positive: pretend the scan had flagged "garden".
    start = review.text.index("garden")
    db.add(Finding(review_id=review_id, entity_type="HEALTH", start=start, end=start + 6, score=0.9, recognizer="TestRecognizer"))
    db.commit()
    db.expire_all()
    review = db.get(Review, review_id)
    body = "Thank you! Our garden team will be delighted to hear this."
    before = drafting_service.check_text(session=db, detector=detector, review=review, body=body)
    assert any(f.rule == "ECHO_PHI" for f in before)
    finding = next(f for f in review.findings if f.recognizer == "TestRecognizer")
    response = post(client, f"/reviews/{review_id}/findings/{finding.id}/dismiss", {"reason": "Garden is part of our building, not the reviewer."})
    assert response.status_code == 303
    page = soup(client.get(f"/reviews/{review_id}"))
    row = page.select_one(f"li[data-finding-id='{finding.id}']")
    assert "dismissed" in row["class"] and "part of our building" in row.select_one(".dismissal").text
    db.expire_all()
    after = drafting_service.check_text(session=db, detector=detector, review=db.get(Review, review_id), body=body)
    assert not any(f.rule == "ECHO_PHI" for f in after)


def test_each_finding_says_why(as_staff, db):
    review_id = create_review(as_staff, text=CLAUDE_TEXT)
    page = soup(as_staff.get(f"/reviews/{review_id}"))
    reasons = [li.select_one(".why").text for li in page.select("#phi-findings li[data-finding-id]")]
    assert reasons and all("Found by" in r and len(r) > 40 for r in reasons)
