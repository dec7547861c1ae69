"""WARN_NO_CONTACT and WARN_LENGTH: non-blocking warnings."""

from __future__ import annotations

import pytest

from app.replycheck.rules import WARN_LENGTH, WARN_NO_CONTACT
from app.replycheck.types import PLATFORM_LIMITS, WARN

from .conftest import spans

NO_CONTACT = "Thank you for the feedback. We're working on wait times."


@pytest.mark.parametrize(
    ("draft", "rating", "expected"),
    [
        (NO_CONTACT, 2, True),
        (NO_CONTACT, 3, True),
        (NO_CONTACT, 4, False),
        (NO_CONTACT, None, False),
        ("Thank you. Please contact us so we can talk.", 1, False),
        ("Thank you. Reach Quinn Example any weekday.", 1, False),
        ("Thank you. Our line is (555) 010-0142.", 1, False),
        ("Thank you. Write to frontdesk@birchwood.example.", 1, False),
    ],
)
def test_no_contact(check, draft, rating, expected):
    findings = [f for f in check(draft, rating=rating) if f.rule == WARN_NO_CONTACT]
    assert bool(findings) is expected
    for f in findings:
        assert (f.start, f.end) == (0, len(draft))  # about the whole draft
        assert f.severity == WARN and not f.is_blocking


def test_length_counts_utf8_bytes_and_spans_the_overflow(check):
    limit = PLATFORM_LIMITS["zocdoc"]
    head = "Thank you for the feedback. Please call us. "
    draft = head + "é" * ((limit - len(head)) // 2) + "ééé tail"
    findings = [f for f in check(draft, platform="zocdoc", rating=5) if f.rule == WARN_LENGTH]
    assert len(findings) == 1
    f = findings[0]
    assert len(draft[: f.start].encode("utf-8")) <= limit < len(draft[: f.start + 1].encode("utf-8"))
    assert f.end == len(draft) and f.severity == WARN


def test_length_under_limit_has_no_warning(check):
    assert spans(check("Thank you! Please call us.", platform="zocdoc"), "x", WARN_LENGTH) == []
