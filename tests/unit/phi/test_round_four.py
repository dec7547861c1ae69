"""Fourth round of scan mechanisms, one table per class, with invented text: a capitalized given name is not an
unlisted drug brand, a capitalized clergy title is not kinship, a display screen is not a screening test, body
idioms in their everyday sense, reaching people is not a faculty, and a comparison with people is not a symptom.
The positive tables keep the health readings next to each trap."""

from __future__ import annotations

import pytest

from app.phi.recognizers.names import known_given_names


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Bernadine worked with me twice a week on my hand.", "Bernadine"),
        ("Leocadia gave me the exercises and they worked.", "Leocadia"),
    ],
)
def test_given_names_are_not_brands(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The Zyrtec worked within a day.", "Zyrtec"),
        ("They switched me to Trulicity last month.", "Trulicity"),
    ],
)
def test_brands_in_medication_position_still_count(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


def test_the_given_name_list_is_loaded_and_leaves_out_health_words():
    names = known_given_names()
    assert len(names) > 10000
    assert "bernadette" in names and "allegra" not in names


def test_a_capitalized_clergy_title_is_not_kinship(spans):
    found = spans("The chaplain, Brother Anselm, sat with us.")
    assert ("PERSON", "Anselm") in found or not any(t == "PERSON" and "Brother" in s for t, s in found)
    kin = spans("My brother Anselm drove me home.")
    assert ("PERSON", "Anselm") in kin


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The wait screen said 10 minutes.", "wait screen"),
        ("The lobby TV screen was frozen.", "screen"),
        ("Our lobby is a sight for sore eyes.", "sore eyes"),
        ("Your note hit a nerve with the whole staff.", "nerve"),
        ("Anyone having trouble reaching us should ask for Dana.", "trouble reaching"),
        ("We want people to feel like partners in their own care.", "feel like partners"),
    ],
)
def test_everyday_senses_are_not_health(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("My drug screen came back clean.", "drug screen"),
        ("The drill hit a nerve and I nearly jumped out of the chair.", "hit a nerve"),
        ("My eyes were sore for days after the laser.", "eyes were sore"),
        ("I couldn't reach the top shelf for months after surgery.", "reach the top shelf"),
        ("My jaw felt like it was on fire.", "felt like"),
    ],
)
def test_health_readings_stay(finds, text, substring):
    assert "HEALTH" in finds(text, substring)
