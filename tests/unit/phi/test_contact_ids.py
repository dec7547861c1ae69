"""ContactRecognizer, LabelledIdRecognizer and Presidio's US healthcare ID recognizers."""

from __future__ import annotations

import pytest

from app.phi import registry


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Call me at (555) 555-0137 any time.", "(555) 555-0137"),
        ("Text 555.555.0144 if you care.", "555.555.0144"),
        ("Email me at pat.q@example.org please.", "pat.q@example.org"),
        ("Send it to 1200 Birch Hollow Ln, Apt 3B, Dayton OH 45402 this week.", "1200 Birch Hollow Ln, Apt 3B, Dayton OH 45402"),
        ("Find me @quill.and.ink on Instagram.", "@quill.and.ink"),
    ],
)
def test_contact(finds, text, substring):
    assert "CONTACT" in finds(text, substring)


def test_handle_not_inside_email(spans):
    got = spans("Write to pat@example.org now.")
    assert ("CONTACT", "@example.org") not in got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Account number is 88120934, fix it.", "88120934"),
        ("Claim # 4410-2281-07 was denied.", "4410-2281-07"),
        ("My MRN 00912245 is on every page.", "00912245"),
        ("Member ID QX-77120934 is on my card.", "QX-77120934"),
        ("Rx number RX-339912 was never filled.", "RX-339912"),
    ],
)
def test_labelled_ids_value_only(spans, text, value):
    got = spans(text)
    assert ("ID", value) in got


def test_us_healthcare_id_recognizers_are_on(phi_detector):
    names = {r.name for r in phi_detector.analyzer.registry.recognizers}
    for expected in (
        "UsMbiRecognizer",
        "UsNpiRecognizer",
        "UsHealthInsuranceMemberIdRecognizer",
        "UsClaimNumberRecognizer",
        "UsPrescriptionNumberRecognizer",
    ):
        assert expected in names
    assert registry.PRESIDIO_TO_SAFEREPLY["US_MBI"] == "ID"
