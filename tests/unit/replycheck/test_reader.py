"""CONFIRMS_PATIENT by grammar (rules/reader.py): what a reply may say of its reader is a closed set."""

from __future__ import annotations

import pytest

from app.replycheck.checker import is_ok
from app.replycheck.rules import CONFIRMS_PATIENT

from .conftest import spans

# Wordings no phrase bank lists: the reader's own things, and things the reader did or does.
POSITIVE = [
    ("We've removed your number from our marketing list.", "your number"),
    ("Good luck to your new kindergartner this year!", "your new kindergartner"),
    ("Safe travels, and enjoy your service overseas!", "your service"),
    ("We're so glad you're sleeping through the night again.", "you're sleeping"),
    ("We're so sorry for the setback you went through.", "you went"),
    ("We've reached out to the address you gave us at check-in.", "you gave"),
    ("It sounds like you signed the form before the exam.", "you signed"),
    ("We're glad you stopped by last week.", "you stopped"),
    ("We hope you have a restful weekend after all that.", "you have"),
    ("¡Muchas gracias! Recuerde revisar sus pies todas las noches y usar calcetines.", "sus pies"),
    ("Gracias por su comentario. Esperamos que su rodilla esté mejor y que la familia esté bien.", "su rodilla"),
    # addressing the reader by a name
    ("Dear Mrs. Alvarez, we apologize for the long wait.", "Alvarez"),
    ("Hi Jessica, we are sorry to read this.", "Jessica"),
    ("Thanks, Tom! Please call us any time.", "Tom"),
]

# What a reviewer has and does as a reviewer, contact invitations, and practice-wide talk.
NEGATIVE = [
    "Thank you for your feedback and your kind words.",
    "Thank you for taking the time to share your concerns with us.",
    "If you have any questions, you can reach our office manager at (555) 010-0142.",
    "You are welcome to call Quinn Example at any time.",
    "We understand your frustration, and you're right that waits should be posted accurately.",
    "If you'd like to talk, please email frontdesk@birchwood.example at your convenience.",
    "We appreciate you pointing this out; every patient deserves a clear estimate.",
    "We're sorry to hear about your experience and would like to learn more.",
    "We've got your back: our front desk answers the phone from 8am.",
    "Gracias por su comentario y por sus amables palabras. Estamos a su disposición.",
    "Queremos que cada familia tenga información clara sobre su cobertura antes de cualquier servicio.",
    "Hi there, and thank you for writing. Thank you, Dr. Testa, for reading every review.",
]


@pytest.mark.parametrize(("draft", "expected"), POSITIVE)
def test_reader_things_and_doings_confirm(check, draft, expected):
    findings = check(draft)
    flagged = spans(findings, draft, CONFIRMS_PATIENT)
    assert any(expected.lower() in s.lower() for s in flagged), flagged
    assert not is_ok(findings)


@pytest.mark.parametrize("draft", NEGATIVE)
def test_reviewer_words_and_invitations_pass(check, draft):
    assert spans(check(draft), draft, CONFIRMS_PATIENT) == []
