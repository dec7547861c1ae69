"""MoneyRecognizer and InsuranceCarrierRecognizer (FINANCIAL)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I paid $1,250.00 for the crown.", "$1,250.00"),
        ("The plan was $89/month for a year.", "$89/month"),
        ("They charged me 300 dollars for nothing.", "300 dollars"),
        ("My copay was $35 and they billed $35 again.", "$35"),
        ("Me cobraron $75 de copago.", "$75"),
        ("They said Aetna would cover it.", "Aetna"),
        ("I am on Medicaid and they still took me.", "Medicaid"),
        ("Blue Cross Blue Shield denied the claim.", "Blue Cross Blue Shield"),
        ("They take Delta Dental PPO, finally.", "Delta Dental PPO"),
        ("My VSP benefits covered the frames.", "VSP"),
        ("EyeMed would not pay for contacts.", "EyeMed"),
        ("They said they accept Oscar but then billed me.", "Oscar"),
    ],
)
def test_financial(finds, text, substring):
    assert "FINANCIAL" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("My nephew Oscar came along to the visit.", "Oscar"),
        ("10/10 would go again.", "10/10"),
        ("They were worth every penny.", "penny"),
    ],
)
def test_not_financial(finds, text, substring):
    assert "FINANCIAL" not in finds(text, substring)
