"""GUARANTEE: unconditional promises about outcomes."""

from __future__ import annotations

import pytest

from app.replycheck.rules import GUARANTEE

from .conftest import spans

POSITIVE = [
    ("It will heal completely.", "It will heal"),
    ("Results are guaranteed.", "guaranteed"),
    ("This will never happen again.", "never happen again"),
    ("We are 100% sure you'll love it.", "100%"),
    ("You'll look amazing for the party!", "You'll look amazing"),
    ("Rest assured the crown will last.", "Rest assured"),
    ("Nothing like this will happen to anyone else.", "Nothing like this will"),
    ("¡Gracias! Con nuestro tratamiento, el problema no volverá jamás.", "no volverá jamás"),
    ("Esto no volverá a pasar, se lo aseguro.", "no volverá a pasar"),
]

NEGATIVE = [
    "We strive to ensure that every patient we see receives excellent care.",
    "We're working to shorten wait times this month.",
    "We are reviewing our weekend coverage.",
]


@pytest.mark.parametrize(("draft", "expected"), POSITIVE)
def test_guarantee_positive(check, draft, expected):
    flagged = spans(check(draft), draft, GUARANTEE)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", NEGATIVE)
def test_guarantee_negative(check, draft):
    assert spans(check(draft), draft, GUARANTEE) == []
