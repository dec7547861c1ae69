"""The detector's public API and the seed example (Claude Jones)."""

from __future__ import annotations

import pytest

from app.phi.types import ENTITY_TYPES

CLAUDE_JONES = (
    "This is the worst dental experience I've ever had. The dentist extracted two of my teeth when only one "
    "actually needed to be removed. This was confirmed by a new dentist I just saw. Costs me an additional $400. "
    "Stay away from this guy!"
)


def test_claude_jones_health_and_money(phi_detector):
    findings = phi_detector.scan(CLAUDE_JONES, reviewer_name="Claude Jones")
    got = {(f.entity_type, CLAUDE_JONES[f.start : f.end]) for f in findings}
    health = [s for t, s in got if t == "HEALTH"]
    assert any("extracted two of my teeth" in s for s in health), got
    assert ("FINANCIAL", "$400") in got
    # Routine specialty words and anaphora are not PHI.
    assert not any(s in ("dental", "one", "dentist") for _, s in got)


@pytest.mark.parametrize(
    ("text", "substring", "expected"),
    [
        ("Claude was treated badly here.", "Claude", "PERSON"),
        ("Ask for Jones at the desk.", "Jones", "PERSON"),
        ("This is Jones's second complaint.", "Jones", "PERSON"),
        ("Follow @claude_j for updates.", "@claude_j", "PERSON"),
    ],
)
def test_reviewer_name_parts(finds, text, substring, expected):
    assert expected in finds(text, substring, reviewer_name="Claude Jones")


def test_possessive_left_outside(spans):
    got = spans("This is Jones's second complaint.", reviewer_name="Claude Jones")
    assert ("PERSON", "Jones") in got


def test_findings_are_sorted_typed_and_disjoint(phi_detector):
    text = "My son Leo (7) had strep on Monday, paid $80 to Cigna. Call 555-0142 or leo.dad@example.com."
    findings = phi_detector.scan(text)
    assert findings == sorted(findings, key=lambda f: (f.start, f.end))
    assert all(f.entity_type in ENTITY_TYPES for f in findings)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:]))


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_blank_text(phi_detector, text):
    assert phi_detector.scan(text) == []


def test_allow_list_suppresses(phi_detector):
    text = "Thanks to Dr. Quill and the team."
    assert not [f for f in phi_detector.scan(text, allow_list=["Dr. Quill"]) if text[f.start : f.end] == "Dr. Quill"]


def test_extra_names(phi_detector):
    text = "Quorra came with me and Quorra waited outside."
    findings = phi_detector.scan(text, extra_names=["Quorra Vale"])
    assert [text[f.start : f.end] for f in findings if f.entity_type == "PERSON"] == ["Quorra", "Quorra"]


def test_draft_analysis_without_the_statistical_ner_keeps_our_recognizers(phi_detector):
    """use_ner=False (the reply check's draft parse) still runs every SafeReply recognizer and returns the tokens."""
    text = "Please tell your son Leo that Dr. Quill found the fracture on 3/14 and the $40 copay is waived."
    with_ner, _ = phi_detector.analyse(text)
    without, tokens = phi_detector.analyse(text, with_tokens=True, use_ner=False)
    kinds = {(f.entity_type, text[f.start : f.end]) for f in without}
    assert {("PERSON", "Leo"), ("PROVIDER", "Dr. Quill"), ("HEALTH", "fracture"), ("DATE_TIME", "3/14")} <= kinds
    assert any(t == "FINANCIAL" for t, _ in kinds)
    assert {f.recognizer for f in without} <= {f.recognizer for f in with_ner}
    assert "SpacyRecognizer" not in {f.recognizer for f in without}
    assert tokens and all(tok.head_start >= 0 for tok in tokens)
