"""The approved reply page, mark as posted, and the CSV export."""

from __future__ import annotations

import csv
import io

from app.db import utcnow
from app.drafting.models import Draft, DraftStatus
from tests.conftest import PASSWORD, login
from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, make_practice
from tests.web.helpers import approve, create_draft, create_review, post, soup


def _approved(client, db):
    make_practice(db)
    client.csrf = login(client, "sam", PASSWORD)
    draft_id = create_draft(client, create_review(client, text=CLAUDE_TEXT))
    post(client, f"/drafts/{draft_id}/submit", {"body": GUIDANCE_REPLY})
    post(client, "/logout")
    client.csrf = login(client, "maria", PASSWORD)
    approve(client, draft_id)
    return draft_id


def test_reply_page_shows_exact_text_copy_and_platform(client, users, db):
    draft_id = _approved(client, db)
    page = soup(client.get(f"/replies/{draft_id}"))
    assert page.select_one("#reply-text").text == GUIDANCE_REPLY
    assert page.select_one("#copy-reply")["data-copy-target"] == "reply-text"
    assert page.select_one("#platform-name").text == "Google"
    assert "4096" in page.select_one("#approved-reply").text


def test_mark_posted(client, users, db):
    draft_id = _approved(client, db)
    assert post(client, f"/replies/{draft_id}/posted").status_code == 303
    db.expire_all()
    assert db.get(Draft, draft_id).status == DraftStatus.POSTED
    assert post(client, f"/replies/{draft_id}/posted").status_code == 409


def test_csv_export_has_reply_not_review(client, users, db):
    draft_id = _approved(client, db)
    today = utcnow().date().isoformat()
    response = post(client, "/exports/replies.csv", {"day_from": today, "day_to": today})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1
    row = rows[0]
    assert row["reply_id"] == str(draft_id) and row["reply_text"] == GUIDANCE_REPLY
    assert row["platform"] == "google" and row["rating"] == "1" and row["approved_by"] == "maria"
    assert "extracted" not in response.text and "Claude" not in response.text


def test_csv_export_bad_dates(client, users, db):
    _approved(client, db)
    assert post(client, "/exports/replies.csv", {"day_from": "yesterday", "day_to": "2026-01-01"}).status_code == 422
    assert post(client, "/exports/replies.csv", {"day_from": "2026-02-01", "day_to": "2026-01-01"}).status_code == 422


def test_staff_cannot_export(as_staff):
    assert as_staff.get("/exports").status_code == 403
    assert post(as_staff, "/exports/replies.csv", {"day_from": "2026-01-01", "day_to": "2026-01-02"}).status_code == 403


def test_unapproved_reply_page_is_404(as_staff):
    assert as_staff.get("/replies/31337").status_code == 404
