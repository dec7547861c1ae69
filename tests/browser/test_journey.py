"""The whole journey in Chromium: paste, see PHI, draft, blocked, fix, submit, approve, export."""

from __future__ import annotations

import csv
import io
import re

from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.factories import CLAUDE_TEXT, make_practice


def log_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/queue$"))


def log_out(page) -> None:
    page.click(".logout button")
    expect(page).to_have_url(re.compile(r"/login$"))


def test_staff_to_manager_to_export(page, live_server, users, db):
    make_practice(db)
    base = live_server

    # Staff pastes the review and sees what it disclosed.
    log_in(page, base, "sam")
    page.click("text=Paste a review")
    page.select_option("#platform", "google")
    page.select_option("#rating", "1")
    page.fill("#reviewer_name", "Claude Jones")
    page.fill("#text", CLAUDE_TEXT)
    page.click("text=Scan for PHI")
    expect(page.locator("#phi-summary")).to_contain_text("None of them may appear in the reply")
    health = page.locator("#review-text mark.phi-health")
    expect(health).to_contain_text("extracted two of my teeth")
    expect(page.locator("#review-text mark.phi-money")).to_contain_text("$400")
    expect(page.locator("#reviewer-name mark.phi-name")).to_contain_text("Claude Jones")

    # Takes the suggested template; the live check is clean.
    expect(page.locator("#suggested-template")).to_be_visible()
    page.click("#use-template")
    expect(page.locator("#check-status")).to_contain_text("No blocking problems")
    template_text = page.input_value("#draft-body")

    # Types "Hi Claude," and sees the live check block it, with the word marked.
    page.locator("#draft-body").press("Control+Home")
    page.locator("#draft-body").type("Hi Claude, ")
    expect(page.locator("#check-status")).to_contain_text("blocking problem")
    expect(page.locator("#draft-preview mark.block").first).to_have_text("Claude")
    expect(page.locator(".check-finding[data-rule=ECHO_PHI]").first).to_be_visible()

    # Submit is refused by the server, with the reason, and the text is kept.
    page.click("#submit-draft")
    expect(page.locator("#editor-error")).to_contain_text("blocking")
    assert page.input_value("#draft-body").startswith("Hi Claude, ")

    # Fixes it and submits.
    page.fill("#draft-body", template_text)
    expect(page.locator("#check-status")).to_contain_text("No blocking problems")
    page.click("#submit-draft")
    expect(page.locator("#submitted")).to_be_visible()
    log_out(page)

    # The manager approves it.
    log_in(page, base, "maria")
    page.click("#pending-approvals >> text=Review")
    expect(page.locator("#draft-text")).to_have_text(template_text)
    page.click("#approve")
    expect(page.locator("#reply-text")).to_have_text(template_text)
    expect(page.locator("#platform-name")).to_have_text("Google")

    # The reply is in the CSV export with the exact text.
    page.goto(f"{base}/exports")
    with page.expect_download() as info:
        page.click("#export-csv")
    content = open(info.value.path(), encoding="utf-8").read()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [r["reply_text"] for r in rows] == [template_text]
    assert "extracted" not in content
    assert page.dialogs == []


def test_hostile_review_is_text_on_every_page(page, live_server, users, db):
    base = live_server
    hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> <div hx-get=/logout hx-trigger=load>x</div>"
    log_in(page, base, "sam")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{base}/reviews/new")
    page.select_option("#platform", "yelp")
    page.select_option("#rating", "2")
    page.fill("#reviewer_name", "<img src=x onerror=alert(2)>")
    page.fill("#text", hostile)
    page.click("text=Scan for PHI")
    expect(page.locator("#review-text")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("#reviewer-name")).to_contain_text("<img src=x onerror=alert(2)>")
    page.click("#use-template")
    safe_text = page.input_value("#draft-body")
    page.fill("#draft-body", hostile)
    expect(page.locator("#draft-preview, #check-status").first).to_be_visible()
    page.wait_for_timeout(600)
    assert page.locator("#review-text img, #draft-preview img, #review-text script").count() == 0
    assert not any(u.endswith("/logout") for u in requests)

    # The manager sees the same review on the approval page: still text only.
    page.fill("#draft-body", safe_text)
    page.click("#submit-draft")
    expect(page.locator("#submitted")).to_be_visible()
    log_out(page)
    log_in(page, base, "maria")
    requests.clear()
    page.click("#pending-approvals >> text=Review")
    expect(page.locator("#review-text")).to_contain_text("<script>alert(1)</script>")
    page.wait_for_timeout(600)
    assert page.locator("#review-text img, #review-text script, #review-text [hx-get]").count() == 0
    assert page.dialogs == []
    assert not any(u.endswith("/logout") for u in requests)
