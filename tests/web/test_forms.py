"""Every POST form on every page carries the session's CSRF token."""

from __future__ import annotations

from tests.factories import CLAUDE_TEXT, GUIDANCE_REPLY, make_practice
from tests.web.helpers import create_draft, create_review, post, soup


def test_every_post_form_carries_the_session_token(as_manager, db):
    make_practice(db)
    review_id = create_review(as_manager, text=CLAUDE_TEXT)
    draft_id = create_draft(as_manager, review_id)
    pages = ["/queue", "/reviews/new", f"/reviews/{review_id}", f"/drafts/{draft_id}", "/settings", "/users", "/exports", "/replies"]
    checked = 0
    for url in pages:
        page = soup(as_manager.get(url))
        for form in page.select("form[method=post]"):
            field = form.select_one("input[name=csrf_token]")
            assert field is not None, f"form without token on {url}"
            assert field["value"] == as_manager.csrf, f"form with a wrong token on {url}"
            checked += 1
    assert checked >= 10
    body = soup(as_manager.get("/queue")).body
    assert as_manager.csrf in body["hx-headers"]
