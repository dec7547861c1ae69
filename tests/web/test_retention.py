"""Retention: review text and name are purged N days after posting or closing; replies stay."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, text

from app.audit.models import AuditEvent
from app.db import utcnow
from app.drafting.models import Draft, DraftStatus
from app.retention import service as retention_service
from app.reviews.models import Finding, Review
from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, make_review
from tests.web.helpers import post, soup


def _posted(db, detector, users, *, days_ago: int):
    review = make_review(db, detector, users["staff"], text=CLAUDE_TEXT + " PurgeCanary-5521")
    draft = Draft(review_id=review.id, body=GUIDANCE_REPLY, author_id=users["staff"].id, status=DraftStatus.POSTED)
    draft.posted_at = utcnow() - timedelta(days=days_ago)
    db.add(draft)
    db.commit()
    return review, draft


def test_purge_removes_text_and_name_keeps_reply_and_findings(db, detector, users):
    old, old_draft = _posted(db, detector, users, days_ago=31)
    recent, _ = _posted(db, detector, users, days_ago=5)
    findings_before = len(old.findings)
    assert retention_service.purge(session=db, retention_days=30, user_id=None) == 1
    db.expire_all()
    purged = db.get(Review, old.id)
    assert purged.text is None and purged.reviewer_name is None and purged.purged_at is not None
    assert db.get(Draft, old_draft.id).body == GUIDANCE_REPLY
    assert len(db.scalars(select(Finding).where(Finding.review_id == old.id)).all()) == findings_before > 0
    assert db.get(Review, recent.id).text.startswith("This is the worst")
    assert [e.object_id for e in db.scalars(select(AuditEvent).where(AuditEvent.action == "review_purge"))] == [old.id]


def test_closed_review_is_purged_after_the_period(db, detector, users):
    review = make_review(db, detector, users["staff"], text="No reply needed here.", reviewer_name="Sam Q")
    retention_service.close_review(session=db, review=review, user_id=users["manager"].id)
    assert retention_service.purge(session=db, retention_days=30, user_id=None) == 0
    assert retention_service.purge(session=db, retention_days=30, user_id=None, now=utcnow() + timedelta(days=31)) == 1


def test_sqlite_file_holds_no_purged_text(db, detector, users, settings):
    if not settings.is_sqlite:
        return  # the PostgreSQL variant of this check lives with the pg_dump canary test
    review, _ = _posted(db, detector, users, days_ago=40)
    retention_service.purge(session=db, retention_days=30, user_id=None)
    retention_service.compact(session=db)
    path = settings.database_url.split("///", 1)[1]
    for suffix in ("", "-wal"):
        try:
            raw = open(path + suffix, "rb").read()
        except FileNotFoundError:
            continue
        assert b"PurgeCanary" not in raw and b"worst dental" not in raw


def test_manager_purge_button_and_purged_page(as_manager, db, detector, users):
    review, _ = _posted(db, detector, users, days_ago=45)
    page = soup(as_manager.get("/retention"))
    assert page.select_one("#due-count").text.startswith("1 review")
    response = post(as_manager, "/retention/purge")
    assert response.status_code == 303 and "purged=1" in response.headers["location"]
    detail = soup(as_manager.get(f"/reviews/{review.id}"))
    assert detail.select_one("#purged-note") and detail.select_one("#review-text") is None
    assert "PurgeCanary" not in as_manager.get(f"/reviews/{review.id}").text


def test_staff_cannot_purge_or_close(as_staff, db, detector, users):
    review = make_review(db, detector, users["staff"])
    assert as_staff.get("/retention").status_code == 403
    assert post(as_staff, "/retention/purge").status_code == 403
    assert post(as_staff, f"/reviews/{review.id}/close").status_code == 403


def test_manager_closes_review(as_manager, db, detector, users):
    review = make_review(db, detector, users["staff"])
    assert post(as_manager, f"/reviews/{review.id}/close").status_code == 303
    assert soup(as_manager.get(f"/reviews/{review.id}")).select_one("#closed-note")
    assert post(as_manager, f"/reviews/{review.id}/close").status_code == 409
