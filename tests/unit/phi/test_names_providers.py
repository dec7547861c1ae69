"""FamilyNameRecognizer, ReviewerNameRecognizer and ProviderRecognizer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("my daughter emma has had asthma since birth.", "emma"),
        ("Our son Milo was scared but fine.", "Milo"),
        ("My husband Will says we are staying.", "Will"),
        ("My granddaughter Hope was seen fast.", "Hope"),
        ("Our grandkids Nora and Felix love it here.", "Felix"),
        ("Mi hijo Tomás tenía fiebre.", "Tomás"),
        ("Great care all around. - Grace", "Grace"),
        ("Will be back for sure. – June T.", "June T."),
        ("They kept calling her Anna when her name is Ana.", "Ana"),
    ],
)
def test_family_and_signature_names(finds, text, substring):
    assert "PERSON" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring", "reviewer"),
    [
        ("I hope they read this.", "hope", "Hope Lindqvist"),
        ("Will definitely be back.", "Will", "Will Abara"),
        ("Will I come back? Maybe.", "Will", "Will Abara"),
        ("She handled it with grace and humor.", "grace", "Grace Oduya"),
        ("The joy is coming back slowly.", "joy", "Joy Perrin"),
    ],
)
def test_common_word_names_only_in_name_position(finds, text, substring, reviewer):
    assert "PERSON" not in finds(text, substring, reviewer_name=reviewer)


def test_common_word_reviewer_name_in_signature(finds):
    assert "PERSON" in finds("Thanks again, team! – Will A.", "Will A.", reviewer_name="Will Abara")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Quill was rushed.", "Dr. Quill"),
        ("Doctor Haverford listened.", "Doctor Haverford"),
        ("Nurse Pim stayed late.", "Nurse Pim"),
        ("The hygienist Marisela was gentle.", "Marisela"),
        ("A nurse named Ottilie finally called.", "Ottilie"),
        # placed in a department, or coordinated with a titled name
        ("Carla and Wyatt in OT got my hand working again.", "Wyatt"),
        ("Tina from billing never called back.", "Tina"),
        ("Dr. Kim and Alana were patient with my questions.", "Alana"),
        ("Started seeing Tamsin for panic attacks at work.", "Tamsin"),
        ("My PT Josh was great about my knee.", "Josh"),
        ("Tuve a mi bebé con la partera Inés en enero.", "Inés"),
    ],
)
def test_providers(spans, text, expected):
    got = spans(text)
    assert ("PROVIDER", expected) in got
    assert not any(t == "PERSON" and s in expected for t, s in got)


def test_provider_surname_relabelled_everywhere(spans):
    got = spans("Dr. Varga was great. Later Varga called me back herself.")
    assert [t for t, s in got if s.endswith("Varga")] == ["PROVIDER", "PROVIDER"]


def test_name_labelled_every_occurrence(spans):
    got = spans("My son Lazlo needed stitches. Lazlo was brave and Lazlo got a sticker.")
    assert [s for t, s in got if t == "PERSON"] == ["Lazlo", "Lazlo", "Lazlo"]
