"""PatientLocationRecognizer and the false-positive filters."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("We drove in from Yakima for this.", "Yakima"),
        ("My daughter goes to Maplewood Elementary and got sick there.", "Maplewood Elementary"),
        ("I'm back on the line at the Chevy plant.", "Chevy plant"),
        ("I took the day off from Harbor Freight Logistics for this.", "Harbor Freight Logistics"),
        ("They sent it to the pharmacy on Willow Bend Rd again.", "Willow Bend Rd"),
        ("I teach at Lakeview High and had to leave early.", "Lakeview High"),
        ("Now I'm back at my flower shop in Dunmore Heights part-time.", "Dunmore Heights"),
        ("He's a junior at Saint Brendan and needs the form for sports.", "Saint Brendan"),
        ("I hurt my back stacking crates at Copper Kettle Brewing.", "Copper Kettle Brewing"),
    ],
)
def test_patient_locations(finds, text, substring):
    assert "LOCATION" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring", "banned"),
    [
        ("Best pediatric office in Cedar Falls!", "Cedar Falls", "LOCATION"),
        ("Booked through Zocdoc in two minutes.", "Zocdoc", "PERSON"),
        ("Sat in the ER lobby.", "ER", "LOCATION"),
        ("The wait was maybe 30 seconds.", "30 seconds", "DATE_TIME"),
        ("Give it 10/10.", "10/10", "DATE_TIME"),
    ],
)
def test_filtered_false_positives(finds, text, substring, banned):
    assert banned not in finds(text, substring)


def test_spanish_text_drops_english_ner_noise(spans):
    text = "Pésimo servicio. La recepcionista no habla español aunque en su página dicen que sí."
    assert not [t for t, _ in spans(text) if t in ("PERSON", "LOCATION")]


def test_score_threshold_is_documented():
    from app.phi import registry

    assert 0 < registry.SCORE_THRESHOLD < 0.85
