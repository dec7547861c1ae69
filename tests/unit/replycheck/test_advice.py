"""MEDICAL_ADVICE: instructions or clinical judgements about the reviewer's situation."""

from __future__ import annotations

import pytest

from app.replycheck.rules import MEDICAL_ADVICE

from .conftest import spans

POSITIVE = [
    ("Take ibuprofen every six hours.", "Take"),
    ("You should ice it twice a day.", "You should ice"),
    ("Some soreness after a crown is normal.", "is normal"),
    ("Mild swelling is expected for a week.", "is expected"),
    ("Keep soaking the wrist in warm water.", "Keep soaking"),
    ("A cold compress will help.", "will help"),
    ("Please schedule a follow-up for next month.", "schedule a follow-up"),
    ("The usual dose is 250 mg.", "250 mg"),
    ("With your condition, please don't drive.", "With your condition, please don't"),
    ("There is no need to worry about the bruise.", "no need to worry"),
]

NEGATIVE = [
    "If anyone is in crisis, call or text 988 at any time.",
    "Please call our office manager at (555) 010-0142.",
    "Take care, and thank you for writing.",
    "Rest assured we read every review.",
    "We're reviewing how requests are routed so we can help.",
    "Reliable scheduling is essential, and we are working on it.",
    "Changes to anyone's schedule should be rare.",
]


@pytest.mark.parametrize(("draft", "expected"), POSITIVE)
def test_advice_positive(check, draft, expected):
    flagged = spans(check(draft), draft, MEDICAL_ADVICE)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", NEGATIVE)
def test_advice_negative(check, draft):
    assert spans(check(draft), draft, MEDICAL_ADVICE) == []


# Instructions no clinical-verb list names: any imperative outside what a reply may ask of its reader,
# prognoses with a hedge, self-care gerunds that "can help", and a Spanish reminder with any infinitive.
GRAMMAR_POSITIVE = [
    ("Do keep the area clean and watch for red streaks.", "keep"),
    ("Show this reply at the front desk next time.", "Show"),
    ("Staining like that typically fades on its own over a few months.", "typically fades"),
    ("Sleeping propped up on a couple of pillows can help things settle.", "can help"),
    ("Recuerde revisar sus pies todas las noches.", "Recuerde revisar"),
    ("Soak it in warm salt water twice a day.", "Soak"),
    ("In the meantime, a little orthodontic wax over the wire works wonders!", "works wonders"),
]

GRAMMAR_NEGATIVE = [
    "Please reach out to Quinn Example at (555) 010-0142.",
    "Feel free to email frontdesk@birchwood.example; we read every message.",
    "Thank you, and have a wonderful weekend.",
    "Listening to feedback like yours can help us improve.",
    "Recuerde que puede llamar a nuestra oficina. Por favor, no dude en llamar.",
]


@pytest.mark.parametrize(("draft", "expected"), GRAMMAR_POSITIVE)
def test_advice_by_grammar(check, draft, expected):
    flagged = spans(check(draft), draft, MEDICAL_ADVICE)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", GRAMMAR_NEGATIVE)
def test_reply_imperatives_are_not_advice(check, draft):
    assert spans(check(draft), draft, MEDICAL_ADVICE) == []
