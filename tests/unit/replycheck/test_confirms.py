"""CONFIRMS_PATIENT: wording that implies the reviewer is or was a patient."""

from __future__ import annotations

import pytest

from app.replycheck.rules import CONFIRMS_PATIENT

from .conftest import spans

POSITIVE = [
    ("I'm sorry your visit fell short.", "your visit"),
    ("We reviewed the notes from your last appointment.", "your last appointment"),
    ("Your final laser session is coming up.", "Your final laser session"),
    ("We have adjusted your Zenith plan.", "your Zenith plan"),
    ("We saw you on a busy afternoon.", "We saw you"),
    ("Dr. Testa treated you with care.", "Dr. Testa treated you"),
    ("It was a pleasure caring for you.", "pleasure caring for you"),
    ("Our team loved working with you!", "loved working with you"),
    ("We can't wait to see you all again!", "see you"),
    ("We'll see both kids at their six-month checkups!", "We'll see both"),
    ("She was seen the same day, as our policy promises.", "She was seen"),
    ("Thank you so much! It was lovely to see you.", "lovely to see you"),
    ("I'm the office manager, and I remember checking you in.", "I remember checking"),
    ("Lamentamos que lo hayamos atendido de esa manera.", "lo hayamos atendido"),
    ("We're so glad Dr. Testa was able to help.", "glad Dr. Testa was able to help"),
    ("We look forward to welcoming the family back in the spring.", "welcoming the family"),
    ("See you next time!", "See you next time"),
    ("Thanks for choosing us as your pediatric home.", "choosing us"),
    ("When you came in, the office was short-staffed.", "When you came in"),
    ("Since you joined our practice we have grown.", "Since you joined"),
    ("It has been an honor to be part of your journey.", "your journey"),
    ("We already have your email on file.", "your email on file"),
    ("We checked our phone logs this morning.", "We checked our phone logs"),
    ("We don't see any booking under your name.", "We don't see any booking"),
    ("Sentimos mucho lo de su cita.", "su cita"),
    ("La atendimos con mucho cuidado.", "La atendimos"),
    ("Thanks for being a loyal patient!", "a loyal patient"),
]

NEGATIVE = [
    "Thank you for your feedback.",
    "Please contact me at your soonest convenience.",
    "We read your review and your comments carefully.",
    "Your concerns have been shared with our leadership.",
    "We strive to ensure that every patient we see receives excellent care.",
    "Our patients deserve clear answers about billing.",
    "Everyone who walks through our doors should feel welcome.",
    "We're grateful for your kind words and will pass them along.",
    "Gracias por sus comentarios; queremos atenderle en su idioma.",
    "We would welcome the chance to speak with you directly.",
]


@pytest.mark.parametrize(("draft", "expected"), POSITIVE)
def test_confirms_positive(check, draft, expected):
    flagged = spans(check(draft), draft, CONFIRMS_PATIENT)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", NEGATIVE)
def test_confirms_negative(check, draft):
    assert spans(check(draft), draft, CONFIRMS_PATIENT) == []
