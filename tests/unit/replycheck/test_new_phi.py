"""NEW_PHI: health, record, billing or schedule facts about the reviewer that the review did not state."""

from __future__ import annotations

import pytest

from app.replycheck.rules import NEW_PHI

from .conftest import spans

REVIEW = "The wait was long and the lobby was cold. Two stars."

POSITIVE = [
    ("Our records show you missed three appointments.", "Our records show"),
    ("Your balance is still open with us.", "Your balance"),
    ("See you at your next cleaning!", "your next cleaning"),
    ("We've added the allergy to your chart.", "We've added the allergy to your chart"),
    ("We've moved her up on our waitlist.", "on our waitlist"),
    ("Your gums are down to 4 mm now.", "down to 4 mm"),
    ("We emailed you on Friday about this.", "We emailed you"),
    ("Don't forget your colonoscopy is due in 2031.", "is due in"),
    ("Quinn Example has already drafted the letter and will call you.", "has already drafted"),
    ("We've already sent the corrected forms to the school.", "already sent"),
]

NEGATIVE = [
    "Thank you for the feedback. We're reviewing how our phones are answered.",
    "Please call our billing manager, Quinn Example, at (555) 010-0142.",
    "Please call our office manager, Rory Sample, at (555) 010-0166.",
    "— Dr. Testa and the team at Birchwood Test Clinic",
    "We want billing to be clear and accurate for everyone.",
    "Please reach our front desk at frontdesk@birchwood.example.",
]


@pytest.mark.parametrize(("draft", "expected"), POSITIVE)
def test_new_phi_positive(check, draft, expected):
    flagged = spans(check(draft, review=REVIEW), draft, NEW_PHI)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", NEGATIVE)
def test_new_phi_negative(check, draft):
    assert spans(check(draft, review=REVIEW), draft, NEW_PHI) == []


def test_health_term_in_draft_is_new_phi(check):
    draft = "We hope the asthma is under control."
    assert "asthma" in spans(check(draft, review=REVIEW), draft, NEW_PHI)
