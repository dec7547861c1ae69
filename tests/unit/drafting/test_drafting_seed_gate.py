"""Every seed template, rendered for a sample practice, passes the reply gate.

Each template is checked against a neutral, PHI-free review of a matching rating and
topic, with the practice's settings filled in and with them left blank (fallback wording).
"""

from __future__ import annotations

import pytest

from app.drafting.library import PLACEHOLDERS, SeedTemplate, load_seed_templates, render_template
from app.phi.detector import PhiDetector
from app.replycheck.checker import check_reply
from app.replycheck.types import PracticeContact, ReplyCheckInput

TEMPLATES = load_seed_templates()
REVIEWER_NAME = "Jordan Blake"

PRACTICE = PracticeContact(
    name="Maple Grove Family Dental",
    contact_name="Dana Whitfield",
    phone="(303) 555-0199",
    email="manager@maplegrovedental.example",
)
BLANK = PracticeContact()

# (rating, review text) per category and language. Neutral: no PHI, no names, no dates.
NEUTRAL_REVIEWS: dict[tuple[str, str], tuple[int, str]] = {
    ("negative_general", "en"): (1, "Not impressed at all. Would not recommend this place to anyone."),
    ("wait_time", "en"): (1, "Waited forever and nobody said anything. Not happy."),
    ("billing", "en"): (2, "The billing department is a mess and nobody could explain the charges."),
    ("staff_courtesy", "en"): (1, "The people at the front desk were rude and unhelpful."),
    ("clinical_outcome", "en"): (1, "Very unhappy with how things were handled here. I expected much better."),
    ("mixed", "en"): (3, "Some good, some not so good. Parking was easy but things felt disorganized."),
    ("positive_short", "en"): (5, "Great office, friendly team!"),
    ("positive_detailed", "en"): (
        5,
        "Everyone here was friendly and professional from start to finish. The office is spotless, the team "
        "is organized, and they take time to answer every question. Highly recommend this practice.",
    ),
    ("rating_only", "en"): (2, ""),
    ("negative_general", "es"): (1, "No estoy contento. No lo recomiendo."),
    ("wait_time", "es"): (1, "Esperamos demasiado y nadie dijo nada."),
    ("billing", "es"): (2, "Nadie pudo explicar los cargos. Qué confusión."),
    ("staff_courtesy", "es"): (1, "La recepcionista fue grosera."),
    ("clinical_outcome", "es"): (1, "Estoy descontento. Esperaba algo diferente."),
    ("mixed", "es"): (3, "Algunas cosas buenas, otras no tanto."),
    ("positive_short", "es"): (5, "¡Excelente lugar!"),
    ("positive_detailed", "es"): (
        5,
        "Excelente lugar. La oficina está limpia, el ambiente es agradable y explican las cosas claramente. "
        "Las recepcionistas son atentas y organizadas. Lo recomiendo.",
    ),
    ("rating_only", "es"): (2, ""),
}
# Rating-only templates written for a high rating get a 5-star rating-only review.
HIGH_RATING_ONLY = {"rating-only-high"}


@pytest.fixture(scope="module")
def detector() -> PhiDetector:
    return PhiDetector()


def _render(template: SeedTemplate, practice: PracticeContact) -> str:
    return render_template(
        template.body,
        practice_name=practice.name,
        contact_name=practice.contact_name,
        contact_phone=practice.phone,
        contact_email=practice.email,
        language=template.language,
    )


def test_every_category_language_pair_has_a_neutral_review() -> None:
    for template in TEMPLATES:
        assert (template.category, template.language) in NEUTRAL_REVIEWS, template.key
    assert PLACEHOLDERS  # the gate test renders every placeholder from PracticeContact


@pytest.mark.parametrize("practice", [PRACTICE, BLANK], ids=["practice-settings", "blank-settings"])
@pytest.mark.parametrize("template", TEMPLATES, ids=[t.key for t in TEMPLATES])
@pytest.mark.parametrize("platform", ["google", "zocdoc"])
def test_rendered_seed_template_passes_the_reply_gate(
    detector: PhiDetector, template: SeedTemplate, practice: PracticeContact, platform: str
) -> None:
    rating, review_text = NEUTRAL_REVIEWS[(template.category, template.language)]
    if template.key in HIGH_RATING_ONLY:
        rating = 5
    draft = _render(template, practice)
    findings = check_reply(
        ReplyCheckInput(
            review_text=review_text,
            reviewer_name=REVIEWER_NAME,
            draft=draft,
            review_findings=tuple(detector.scan(review_text, reviewer_name=REVIEWER_NAME)),
            practice=practice,
            platform=platform,
            rating=rating,
        ),
        detector=detector,
    )
    blocking = [(f.rule, draft[f.start : f.end]) for f in findings if f.severity == "block"]
    assert blocking == [], f"{template.key}: {blocking}"
