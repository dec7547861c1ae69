"""ECHO_PHI: details from the review (names, conditions, amounts, allusions) repeated in the draft."""

from __future__ import annotations

import pytest

from app.replycheck.rules import ECHO_PHI

from .conftest import spans

REVIEW_DENTAL = (
    "Dr. Testa's associate extracted three of my molars last Tuesday and charged me $915. "
    "My wife Juniper had to drive me home from the office."
)
REVIEW_PREGNANCY = "I was 12 weeks pregnant when the nurse line told me to wait. I lost the baby two days later."
REVIEW_HOLIDAY = "My son sliced his thumb on Thanksgiving and they stitched him up fast. Great staff."
REVIEW_MOVE = "Just moved here from Fakeville and needed a refill of my inhaler. Seen the same day!"
REVIEW_WORK = "My back pain is better and I'm back on the line at the Acme plant. Thanks!"
REVIEW_CARRIER = "They told me Aetna was accepted and then billed me anyway."
REVIEW_SURGERY = "Surgery on my elbow was cancelled twice. The scheduler never called back."
REVIEW_MOM = "My mom (91, uses a walker) was treated with such patience by the front desk."

POSITIVE = [
    # (review, reviewer name, draft, expected flagged substring)
    (REVIEW_DENTAL, "Orla Fakename", "Hi Orla, thanks for writing.", "Orla"),
    (REVIEW_DENTAL, "Orla Fakename", "Ms. Fakename's concerns matter to us.", "Fakename's"),
    (REVIEW_DENTAL, "Orla Fakename", "We're sorry about the extraction.", "extraction"),
    (REVIEW_DENTAL, "Orla Fakename", "No molar is removed without consent.", "molar"),
    (REVIEW_DENTAL, "Orla Fakename", "The $915 charge is under review.", "915"),
    (REVIEW_DENTAL, "Orla Fakename", "Please thank Juniper for driving.", "Juniper"),
    (REVIEW_PREGNANCY, "Wren Q.", "Our hearts go out to you during this loss.", "loss"),
    (REVIEW_PREGNANCY, "Wren Q.", "We care deeply for mothers-to-be.", "mothers-to-be"),
    (REVIEW_HOLIDAY, "Ash Lorem", "We're proud to stay open, holidays included.", "holidays"),
    (REVIEW_MOVE, "Ash Lorem", "Thanks, and welcome to the area!", "welcome to the area"),
    (REVIEW_WORK, "Ash Lorem", "Say hi to the crew for us!", "crew"),
    (REVIEW_CARRIER, "Ash Lorem", "Good news: we are now in network with Aetna.", "Aetna"),
    (REVIEW_SURGERY, "Ash Lorem", "Please call our surgical coordinator.", "surgical"),
    (REVIEW_MOM, "Ash Lorem", "Please give your mother our best.", "your mother"),
    (REVIEW_MOM, "Ash Lorem", "We love caring for our older patients.", "older patients"),
    (REVIEW_HOLIDAY, "Ash Lorem", "We're glad to hear he is doing better now.", "glad to hear he is doing better"),
]

# Remarks on the reader's life and pronouns for someone from the review, whatever the words.
PERSONAL = [
    ("One year sober today, thanks to my counselor Reggie.", "Congratulations on this milestone!", "Congratulations"),
    ("I relapsed twice before this program finally worked.", "We're proud of you for getting back on track.", "proud of you"),
    ("My son Desmond starts first grade on Tuesday with a gap in his smile.",
     "We're sorry to read this. We hope he has a wonderful first week of school!", "he"),
]


@pytest.mark.parametrize(("review", "draft", "expected"), PERSONAL)
def test_personal_remarks_and_third_person_allusions(check, review, draft, expected):
    flagged = spans(check(draft, review=review, name="Ash Lorem"), draft, ECHO_PHI)
    assert expected in flagged or any(expected in s for s in flagged), flagged


NEGATIVE = [
    # Practice-wide statements, staff named with a title, and ordinary words that are also names.
    (REVIEW_DENTAL, "Orla Fakename", "Thank you for your feedback. Every patient we see deserves excellent care."),
    (REVIEW_DENTAL, "Orla Fakename", "Please call Dr. Testa's office manager, Quinn Example, at (555) 010-0142."),
    (REVIEW_DENTAL, "Orla Fakename", "Our dental team reviews every concern about billing accuracy."),
    (REVIEW_PREGNANCY, "Wren Q.", "We are so sorry to read this. Timely access matters for everyone we serve."),
    (REVIEW_HOLIDAY, "Ash Lorem", "Thank you for the kind words! We'll share them with the whole team."),
    (REVIEW_WORK, "Ash Lorem", "Thanks for the great review! We love helping people feel their best."),
    ("I hope the owner reads this. Waited an hour. - Hope R.", "Hope Rivera", "We hope to hear from you soon."),
    (REVIEW_CARRIER, "Ash Lorem", "Accurate insurance information on our website matters to us."),
    # pronouns with a staff antecedent or naming the contact person
    ("Our billing was a mess and I waited weeks for a refund.", "Ash Lorem",
     "We've asked our billing lead to review this. Please reach her directly at (555) 010-0142."),
    ("The hygienist was on her phone the whole time.", "Ash Lorem",
     "I'm sorry our hygienist was distracted, and I've spoken with her directly."),
    ("The front desk never called me back about the bill.", "Ash Lorem",
     "Thank you for writing. Marco leads our billing desk, and he reads every message we receive."),
    # praise passed to staff the review named, in other frames; the practice's own site; an amount that is
    # only part of the practice's phone number
    ("Started seeing Tamsin for panic attacks at work. Go see Tamsin.", "Ash Lorem",
     "Thank you for taking the time to share this; we'll make sure Tamsin sees it."),
    ("Parking at the Westbrook office is a nightmare. Otherwise great.", "Ash Lorem",
     "We hear you on parking and are working on more spaces at Westbrook."),
    ("They charged me $210 for the visit and I was furious.", "Ash Lorem",
     "Questions about charges can go to our billing coordinator at (210) 555-0183."),
    # a crisis line offered to anyone is a public resource, even after a review about a mental-health struggle
    ("My teen was struggling with depression and self-harm and nobody listened.", "Ash Lorem",
     "We're sorry to read this. If anyone is struggling, call or text 988 any time."),
]


@pytest.mark.parametrize(("review", "name", "draft", "expected"), POSITIVE)
def test_echo_positive(check, review, name, draft, expected):
    findings = check(draft, review=review, name=name)
    flagged = spans(findings, draft, ECHO_PHI)
    assert expected in flagged, flagged
    assert all(f.is_blocking for f in findings if f.rule == ECHO_PHI)


@pytest.mark.parametrize(("review", "name", "draft"), NEGATIVE)
def test_echo_negative(check, review, name, draft):
    assert spans(check(draft, review=review, name=name), draft, ECHO_PHI) == []


def test_phone_echo_matches_other_formatting(check):
    review = "Nobody called me back. My number is (555) 010-0177, try it."
    draft = "We tried 555.010.0177 twice."
    assert "555.010.0177" in spans(check(draft, review=review, name="Ash Lorem"), draft, ECHO_PHI)


# -- descriptions found by the health model: compared by their uncommon words ---------------------------------


@pytest.mark.parametrize(
    ("span", "hard", "not_hard"),
    [
        ("brain zaps off the Effexor", {"Effexor"}, {"brain", "off"}),
        ("short run of v-tach", {"tach"}, {"short", "run"}),
        ("stopping breathing 38 times an hour", {"38"}, {"stop", "stopping", "hour", "breathing"}),
    ],
)
def test_a_model_span_is_compared_by_its_uncommon_words(span, hard, not_hard):
    from app.replycheck.lexicon import key_of
    from app.replycheck.rules.echo import _model_item

    (item,) = _model_item(span)
    assert {key_of(h) for h in hard} <= item.keys
    assert not item.keys & {key_of(w) for w in not_hard}


@pytest.mark.parametrize("span", ["completely knocked out", "two loose ones", "leaks like crazy"])
def test_a_model_span_of_everyday_words_is_compared_as_a_phrase(span):
    from app.replycheck.rules.echo import _model_item

    (item,) = _model_item(span)
    assert item.keys == frozenset({"s:" + span})
    assert item.soft == frozenset()


def test_an_everyday_word_of_a_model_span_used_otherwise_is_no_echo(check):
    review = (
        "The sleep doctor never called back. The app says I'm still stopping breathing 38 times an hour and I nod "
        "off at red lights."
    )
    draft = "We want questions to stop bouncing around our office. If you'd like, call Dana at 555-0100."
    assert not [f for f in check(draft, review=review) if f.rule == ECHO_PHI]
    assert [f for f in check("Nobody should be at 38 a night.", review=review) if f.rule == ECHO_PHI]


def test_a_model_description_repeated_whole_is_an_echo(detector):
    from app.phi.recognizers.health_model import MODEL_RECOGNIZER
    from app.phi.types import PhiFinding
    from app.replycheck.checker import check_reply
    from app.replycheck.types import ReplyCheckInput

    from .conftest import PRACTICE

    review = "The home sleep test was easy. But the mask they gave me leaks like crazy and nobody calls back."
    start = review.index("leaks like crazy")
    findings = (PhiFinding("HEALTH", start, start + len("leaks like crazy"), 0.5, MODEL_RECOGNIZER),)

    def echoes(draft: str) -> bool:
        inp = ReplyCheckInput(review_text=review, reviewer_name="Pat Placeholder", draft=draft,
                              review_findings=findings, practice=PRACTICE, platform="google", rating=3)
        return any(f.rule == ECHO_PHI for f in check_reply(inp, detector=detector))

    assert echoes("Sorry it leaks like crazy. Call us at 555-0100.")
    assert echoes("Sorry it leaks  like\ncrazy. Call us at 555-0100.")
    assert not echoes("If you'd like to talk, call us at 555-0100.")
