"""One table per class of miss found on the blind tune set, each with NEW invented text
(no tune-set sentence, name or situation). Each row checks a general mechanism, so an
unseen variant of the same class is caught; the negative tables hold the precision traps
next to each mechanism."""

from __future__ import annotations

import pytest


# -- PERSON: lowercase names in name positions ------------------------------------------

@pytest.mark.parametrize(
    ("text", "substring"),
    [
        # coordinated lowercase names after a kinship word
        ("my nephews otto and bram both had croup last week", "bram"),
        ("our girls zuri and anaya love the waiting room", "anaya"),
        # soft kinship words after a possessive (+ adjective)
        ("our little guy kellan was so brave at the dentist", "kellan"),
        ("my youngest Marisela needed stitches", "Marisela"),
        # a lowercase name found once spreads to its other lowercase uses
        ("my son anwar had a rash. anwar would not sit still for the exam.", "anwar would"),
    ],
)
def test_lowercase_family_names(finds, text, substring):
    assert "PERSON" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("saw dr. quillan for my rash and she was great", "dr. quillan"),
        ("dr vantassel fixed my crown in one visit", "dr vantassel"),
        ("Aide Rosalind came every morning for my dad", "Rosalind"),
    ],
)
def test_lowercase_and_role_titled_providers(finds, text, substring):
    assert "PROVIDER" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("the doctor gave me a cream and left", "gave"),
        ("the nurse said it would be fine", "said"),
        ("my son will be fine, thanks to the team", "will"),
        ("Best visit ever! 🐙🎈", "🐙"),
        ("I'm back to teaching Pilates three days a week.", "Pilates"),
    ],
)
def test_name_false_positives(finds, text, substring):
    assert "PERSON" not in finds(text, substring) and "PROVIDER" not in finds(text, substring)


# -- AGE: spoken and baby ages --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("they're 10 months and already teething", "10 months"),
        ("she's only 9 weeks old and had a fever", "9 weeks"),
        ("he started walking at 1 and a half", "1 and a half"),
        ("he's almost 6 and still scared of shots", "6"),
        ("my niece marisol (6) had pinkeye", "6"),
        ("our daughter was three and a half when she got tubes", "three and a half"),
    ],
)
def test_spoken_ages(finds, text, substring):
    assert "AGE" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("He was 2 weeks late for the follow-up call.", "2 weeks"),
        ("I rated them (5) out of five.", "5"),
        ("We waited 3 and a half hours.", "3 and a half"),
    ],
)
def test_not_ages(finds, text, substring):
    assert "AGE" not in finds(text, substring)


# -- CONTACT: emails with unusual local parts and reserved domains ----------------------

@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("write to me at m.o'hara+derm@mail.stjudes.example please", "m.o'hara+derm@mail.stjudes.example"),
        ("my email is tkrol_77@parish.office.example.", "tkrol_77@parish.office.example"),
        ("reach me: ann-marie@clinic-mail.test", "ann-marie@clinic-mail.test"),
    ],
)
def test_unusual_emails(finds, text, substring):
    assert "CONTACT" in finds(text, substring)


# -- LOCATION: workplaces introduced by colleague, membership and job cues ---------------

@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("my supervisor at Brightwater Credit Union wrote a note for me", "Brightwater Credit Union"),
        ("I'm a lineman with UAW Local 600 and can't miss shifts", "UAW Local 600"),
        ("I'm a welder with Kessler Fabrication, so my hands matter", "Kessler Fabrication"),
        ("my coworkers from Halvorsen Logistics covered for me", "Halvorsen Logistics"),
        ("outside our condo in Marston Heights the ambulance waited", "Marston Heights"),
        ("I volunteer at Riverbend Food Pantry on weekends", "Riverbend Food Pantry"),
    ],
)
def test_workplaces_and_home_towns(finds, text, substring):
    assert "LOCATION" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I have been a member of this practice for years", "this practice"),
        ("my manager at the front desk was rude", "front desk"),
        ("I'm a mom with two kids and no time", "two kids"),
    ],
)
def test_not_workplaces(finds, text, substring):
    assert "LOCATION" not in finds(text, substring)


# -- DATE_TIME: relative points in time -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I got sick three days before my wedding", "three days before my wedding"),
        ("By day 4 the swelling was worse", "day 4"),
        ("four days post-op I spiked a fever", "four days post-op"),
        ("they moved my dose the same day", "the same day"),
        ("By the end of the week I could not walk", "the end of the week"),
        ("We sat in the lobby until noon with a crying baby", "noon"),
        ("Tres días después le salió una roncha", "Tres días después"),
        ("Al día siguiente tenía fiebre", "Al día siguiente"),
    ],
)
def test_relative_dates(finds, text, substring):
    assert "DATE_TIME" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Walk-ins are welcome until 6pm on weekdays.", "6pm"),
        ("Their nurse calls back the same day, every time.", "the same day"),
        ("I had to keep it dry for two days after the surgery.", "two days after the surgery"),
    ],
)
def test_not_relative_dates(finds, text, substring):
    assert "DATE_TIME" not in finds(text, substring)


# -- HEALTH: tests, findings, states, events, Spanish drugs -----------------------------

@pytest.mark.parametrize(
    ("text", "substring"),
    [
        # tests named by their modifiers
        ("my daughter failed the hearing screening at school", "hearing screening"),
        ("the nerve conduction study took an hour", "nerve conduction study"),
        ("my TSH has never been checked", "TSH"),
        # findings of a test or clinician
        ("the patch testing showed nickel and fragrance", "nickel and fragrance"),
        ("I'm allergic to latex and they forgot", "latex"),
        # symptom predicates: pronoun subjects after a health word, wrecked body parts, spreading
        ("the burn looked fine but then it was weeping and hot", "weeping"),
        ("the chiropractor said my pelvis was a wreck", "pelvis was a wreck"),
        ("the rash spread down my arm overnight", "spread down my arm"),
        # a person's health state, stopped functions
        ("I'm finally stable on the new dose", "stable"),
        ("the infection made her dizzy", "dizzy"),
        ("I was barely sleeping for a month", "barely sleeping"),
        ("he stopped eating after the tonsils came out", "stopped eating"),
        # injury events named by their cause, lay tumbles
        ("came in after a snowboarding accident", "snowboarding accident"),
        ("my mom took a tumble on the stairs", "tumble"),
        # vital signs and body functions monitored as care
        ("they check my blood pressure at every visit", "blood pressure"),
        ("my liver function is at 40 percent", "liver function"),
        ("the nurse checks on his breathing at night", "breathing"),
        # care types
        ("she needs wound dressing changes twice a week", "wound dressing"),
        ("he has been on the transplant list since spring", "transplant list"),
        # Spanish drug spellings: English stems and Spanish endings
        ("le recetaron omeprazol para el estómago", "omeprazol"),
        ("le dieron amoxisilina para el oído", "amoxisilina"),
        # measurement-free medical endings
        ("after a week of actigraphy they found the problem", "actigraphy"),
    ],
)
def test_health_classes(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("That was $300 down the drain.", "drain"),
        ("My only gripe is the parking.", "gripe"),
        ("I was confused by the bill.", "confused"),
        ("he won't stop talking about the fish tank", "stop talking"),
        ("the website crash cost me my slot", "website crash"),
        ("they showed me the options", "options"),
        ("I love the photography on the walls", "photography"),
        ("a stable job and a stable home", "stable"),
    ],
)
def test_health_false_positives(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)
