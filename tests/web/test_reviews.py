"""Paste a review, see its PHI highlighted, bad input keeps what was typed."""

from __future__ import annotations

from sqlalchemy import select

from app.audit.models import AuditEvent
from app.reviews.models import Finding, Review
from tests.factories import CLAUDE_TEXT
from tests.web.helpers import create_review, post, soup


def test_paste_review_shows_highlighted_phi_and_reviewer_name(as_staff, db):
    review_id = create_review(as_staff, text=CLAUDE_TEXT)
    page = soup(as_staff.get(f"/reviews/{review_id}"))
    marks = page.select("#review-text mark")
    highlighted = {m.find(string=True, recursive=False) for m in marks}
    assert any("extracted two of my teeth" in (h or "") for h in highlighted)
    assert any("$400" in (h or "") for h in highlighted)
    labels = {m.select_one(".phi-label").text for m in marks}
    assert {"Health information", "Money / insurance"} <= labels
    assert page.select_one("#reviewer-name mark").find(string=True, recursive=False) == "Claude Jones"
    summary = page.select_one("#phi-summary").text
    assert summary.startswith("The reviewer disclosed 3 items") and "None of them may appear in the reply" in summary
    # The review text is rebuilt exactly from the segments.
    assert page.select_one("#review-text").get_text().replace("Health information", "").replace("Money / insurance", "") == CLAUDE_TEXT


def test_findings_store_offsets_only(as_staff, db):
    review_id = create_review(as_staff, text=CLAUDE_TEXT)
    findings = db.scalars(select(Finding).where(Finding.review_id == review_id)).all()
    assert findings and all(not hasattr(f, "text") for f in findings)
    assert {"HEALTH", "FINANCIAL"} <= {f.entity_type for f in findings}


def test_review_view_is_audited_without_text(as_staff, db):
    review_id = create_review(as_staff, text=CLAUDE_TEXT)
    as_staff.get(f"/reviews/{review_id}")
    actions = [(e.action, e.object_id) for e in db.scalars(select(AuditEvent)).all()]
    assert ("review_create", review_id) in actions and ("review_view", review_id) in actions


def test_bad_input_is_explained_and_nothing_typed_is_lost(as_staff, db):
    text = "Dr. Feld rushed me through my visit on Friday. Unique-canary-7781."
    response = post(as_staff, "/reviews", {"platform": "myspace", "rating": "9", "reviewer_name": "Pat Q.", "text": text})
    assert response.status_code == 422
    page = soup(response)
    assert page.select_one("#text").text == text
    assert page.select_one("#reviewer_name").text == "Pat Q."
    errors = [e.text for e in page.select(".field-error")]
    assert len(errors) == 2 and all("Unique-canary" not in e for e in errors)
    assert db.scalars(select(Review)).all() == []


def test_missing_fields_do_not_echo_values(as_staff):
    response = post(as_staff, "/reviews", {"text": "secret-canary-4242"})
    assert response.status_code == 422
    assert response.text.count("secret-canary-4242") == 1  # only inside the refilled textarea


def test_rating_only_review_is_accepted(as_staff):
    review_id = create_review(as_staff, text="", rating="2")
    page = soup(as_staff.get(f"/reviews/{review_id}"))
    assert "no text" in page.select_one("#review").text
    assert "Rating only" in page.select_one("#suggested-template").text or page.select_one("#suggested-template")


def test_hostile_markup_is_shown_as_text(as_staff):
    text = "<script>alert(1)</script> and <img src=x onerror=alert(1)> <div hx-get=/logout hx-trigger=load>x</div>"
    review_id = create_review(as_staff, text=text, reviewer_name="<b>Eve</b>")
    response = as_staff.get(f"/reviews/{review_id}")
    page = soup(response)
    assert page.select("#review-text script") == [] and page.select("#review-text img") == []
    assert page.select("[hx-get]") == []
    assert "<script>alert(1)</script>" in page.select_one("#review-text").get_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_unknown_review_is_404(as_staff):
    response = as_staff.get("/reviews/999999")
    assert response.status_code == 404
    assert soup(response).select_one("#error-message")


def test_wrong_method_is_405(as_staff):
    assert as_staff.put("/reviews").status_code == 405


def test_review_list_shows_no_text(as_staff):
    create_review(as_staff, text=CLAUDE_TEXT)
    response = as_staff.get("/reviews")
    assert response.status_code == 200 and "extracted" not in response.text and "Claude" not in response.text


def test_review_post_as_htmx_still_redirects(as_staff):
    response = post(as_staff, "/reviews", {"platform": "yelp", "rating": "5", "reviewer_name": "Kim", "text": "Lovely staff."}, htmx=True)
    assert response.status_code == 303
