"""DEFENSIVE: arguing with, blaming or contradicting the reviewer."""

from __future__ import annotations

import pytest

from app.replycheck.rules import DEFENSIVE

from .conftest import spans

POSITIVE = [
    ("That's not what happened.", "That's not what happened"),
    ("You were late by twenty minutes.", "You were late"),
    ("Per our policy, you owe the fee.", "Per our policy"),
    ("Our records show otherwise.", "Our records show"),
    ("You failed to call ahead.", "You failed"),
    ("Contrary to your claim, the door was open.", "Contrary to your"),
    ("We did nothing wrong here.", "did nothing wrong"),
    ("We have never lost a form.", "We have never lost"),
    ("We understand your frustration, but the wait was unavoidable.", "but the"),
    ("Our hygienist followed protocol.", "followed protocol"),
    ("We're sorry for the frustration. However, our front desk staff do not hang up on callers.", "However, our"),
    ("Thanks for writing. But we never charge for a missed visit without notice.", "But we never"),
    ("Gracias. Nuestra política de cancelación es clara y todos la firman al registrarse.", "Nuestra política"),
    ("Gracias. Nuestros médicos siguen los protocolos clínicos en cada consulta.", "siguen los protocolos"),
    ("Employers and insurers, not our office, decide how these forms are filled out.", ", not our office,"),
    ("We can only move as fast as the insurer responds.", "can only move as fast as"),
]

NEGATIVE = [
    "We're sorry to read this, and we've shared it with our team.",
    "Billing should never be a source of stress.",
    "No one should ever feel pressured.",
    "Respecting people's time and never pressuring anyone are values we share.",
    "We're sorry to read this, but we'd love the chance to talk.",
    "Accurate insurance information on our website matters.",
    "However, we would like to hear more; please call our office manager.",
]


@pytest.mark.parametrize(("draft", "expected"), POSITIVE)
def test_defensive_positive(check, draft, expected):
    flagged = spans(check(draft), draft, DEFENSIVE)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", NEGATIVE)
def test_defensive_negative(check, draft):
    assert spans(check(draft), draft, DEFENSIVE) == []
