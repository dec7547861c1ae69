"""INCENTIVE: anything of value offered in a public reply."""

from __future__ import annotations

import pytest

from app.replycheck.rules import INCENTIVE

from .conftest import spans

POSITIVE = [
    ("Enjoy 15% off any service.", "15% off"),
    ("We'd like to offer you a discount.", "discount"),
    ("We've credited $30 to your account.", "credited $30"),
    ("We will refund the fee.", "refund"),
    ("We'll write off the balance.", "write off"),
    ("Come in for a free consultation.", "free consultation"),
    ("Here's a $20 gift card for your trouble.", "gift card"),
    ("Mention this review and we'll validate your parking.", "validate your parking"),
    ("We'll redo it at no charge.", "at no charge"),
    ("Tag a friend and her first class is free!", "free!"),
    ("Your next cleaning is on us.", "is on us"),
    ("Show this at the desk and we'll move you to the front of the line.", "move you to the front of"),
    ("Members get priority booking all year.", "priority booking"),
]

NEGATIVE = [
    "Feel free to call our office at (555) 010-0142.",
    "Our toll-free line is listed on our website.",
    "We want self-pay pricing to be clear before any service.",
    "Our lobby is fragrance-free and we keep the phone lines free of hold music.",
    "You are always free to call us.",
]


@pytest.mark.parametrize(("draft", "expected"), POSITIVE)
def test_incentive_positive(check, draft, expected):
    flagged = spans(check(draft), draft, INCENTIVE)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", NEGATIVE)
def test_incentive_negative(check, draft):
    assert spans(check(draft), draft, INCENTIVE) == []
