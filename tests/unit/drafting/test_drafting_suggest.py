"""Category suggestion, language detection and template picking (app.drafting.suggest)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.drafting.library import TEMPLATE_CATEGORIES, load_seed_templates
from app.drafting.suggest import detect_language, pick_template, suggest_category

CLAUDE_JONES = (
    "This is the worst dental experience I've ever had. The dentist extracted two of my teeth when only one "
    "actually needed to be removed. This was confirmed by a new dentist I just saw. Costs me an additional "
    "$400. Stay away from this guy!"
)
WAIT_RANT = (
    "Waited almost two hours past my appointment time and nobody at the desk said a word. Then they wanted "
    "to reschedule because the doctor was running late. I was on hold for 40 minutes the next day."
)
BILLING_RANT = (
    "They billed my insurance wrong and then charged me a $150 copay I never owed. Three calls to the billing "
    "office and still no refund."
)
STAFF_RANT = "The receptionist was incredibly rude and the whole staff had an attitude. So unprofessional."
CLINICAL_RANT = "Misdiagnosed twice, and the infection got worse after the procedure. Botched from start to finish."
GENERAL_RANT = "Terrible. Would not recommend to anyone."
LONG_POSITIVE = (
    "Everyone here was wonderful from start to finish. The front desk was friendly and organized, the "
    "hygienist explained everything, and the office was spotless. I have already recommended them to my "
    "whole family and will keep doing so."
)
SPANISH_NEGATIVE = (
    "Pésimo servicio. La recepcionista fue muy grosera y nadie me explicó nada. No lo recomiendo a nadie."
)
SPANISH_BILLING = "Me cobraron $320 aunque tengo seguro y nadie me explica la factura. No regreso."
SPANISH_WAIT = "Esperé tres horas en la sala y nadie nos dijo nada del retraso. Muy mal."
SPANISH_POSITIVE = "¡Excelente atención! Todo el personal es muy amable. Gracias por todo."


@pytest.mark.parametrize(
    ("rating", "text", "language", "expected"),
    [
        # no text: rating only, whatever the rating
        (1, "", None, "rating_only"),
        (5, "", None, "rating_only"),
        (3, "   \n\t ", None, "rating_only"),
        (None, "", None, "rating_only"),
        # positive
        (5, "Great office, friendly team!", None, "positive_short"),
        (4, "Good experience overall.", None, "positive_short"),
        (5, LONG_POSITIVE, None, "positive_detailed"),
        (5, "x" * 149, None, "positive_short"),
        (5, "x" * 150, None, "positive_detailed"),
        # positive rating wins over complaint words
        (5, "Never had to wait, no billing surprises, and the staff was kind.", None, "positive_short"),
        # mixed
        (3, "Nice people but the wait was long.", None, "mixed"),
        (3, CLAUDE_JONES, None, "mixed"),
        # negative by topic
        (1, CLAUDE_JONES, None, "clinical_outcome"),
        (2, CLAUDE_JONES, None, "clinical_outcome"),
        (1, WAIT_RANT, None, "wait_time"),
        (1, "Called six times, on hold 40 minutes each time. Nobody called back.", None, "wait_time"),
        (2, BILLING_RANT, None, "billing"),
        (1, "Charged me $275 for something that should have been covered.", None, "billing"),
        (1, STAFF_RANT, None, "staff_courtesy"),
        (1, CLINICAL_RANT, None, "clinical_outcome"),
        (1, GENERAL_RANT, None, "negative_general"),
        (2, "Not impressed. Disorganized office.", None, "negative_general"),
        # ratings outside 1-5 are treated by side
        (0, STAFF_RANT, None, "staff_courtesy"),
        (6, "Great!", None, "positive_short"),
        # Spanish
        (1, SPANISH_NEGATIVE, "es", "staff_courtesy"),
        (1, SPANISH_NEGATIVE, None, "staff_courtesy"),
        (1, SPANISH_BILLING, None, "billing"),
        (1, SPANISH_WAIT, None, "wait_time"),
        (5, SPANISH_POSITIVE, None, "positive_short"),
        # no star rating (e.g. a Facebook recommendation)
        (None, "Great office, friendly team, highly recommend!", None, "positive_short"),
        (None, GENERAL_RANT, None, "negative_general"),
        (None, WAIT_RANT, None, "wait_time"),
    ],
)
def test_suggest_category(rating: int | None, text: str, language: str | None, expected: str) -> None:
    result = suggest_category(rating=rating, text=text, language=language)
    assert result == expected
    assert result in TEMPLATE_CATEGORIES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "en"),
        ("   ", "en"),
        (CLAUDE_JONES, "en"),
        (WAIT_RANT, "en"),
        ("Great!", "en"),
        (SPANISH_NEGATIVE, "es"),
        (SPANISH_BILLING, "es"),
        (SPANISH_WAIT, "es"),
        (SPANISH_POSITIVE, "es"),
        ("No recomiendo esta clínica. Nadie me regresó la llamada.", "es"),
        (
            "Fui a terapia por un dolor de rodilla y el terapeuta me dejaba solo. Qué falta de respeto.",
            "es",
        ),
        ("¿Por qué nadie contesta el teléfono?", "es"),
        ("The doctor was great, muy amable, and the staff were so kind to my family.", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


# ---------------------------------------------------------------- pick_template


@dataclass
class FakeTemplate:
    key: str
    category: str
    language: str
    active: bool = True


@dataclass
class NoActiveAttr:
    key: str
    category: str
    language: str


LIBRARY = [
    FakeTemplate("neg-en-inactive", "negative_general", "en", active=False),
    FakeTemplate("neg-en", "negative_general", "en"),
    FakeTemplate("neg-en-2", "negative_general", "en"),
    FakeTemplate("neg-es", "negative_general", "es"),
    FakeTemplate("bill-en", "billing", "en"),
    FakeTemplate("bill-es-inactive", "billing", "es", active=False),
    FakeTemplate("wait-es", "wait_time", "es"),
    FakeTemplate("wait-en", "wait_time", "en"),
    FakeTemplate("pos-en-inactive", "positive_short", "en", active=False),
]


@pytest.mark.parametrize(
    ("category", "language", "expected"),
    [
        ("negative_general", "en", "neg-en"),  # first active one, inactive skipped
        ("negative_general", "es", "neg-es"),
        ("billing", "en", "bill-en"),
        ("billing", "es", "bill-en"),  # Spanish inactive: English of the same category
        ("wait_time", "es", "wait-es"),
        ("wait_time", "en", "wait-en"),
        ("clinical_outcome", "en", "neg-en"),  # no such category: negative_general
        ("clinical_outcome", "es", "neg-es"),  # ... in the requested language first
        ("positive_short", "en", "neg-en"),  # only an inactive one
        ("mixed", "fr", "neg-en"),
    ],
)
def test_pick_template(category: str, language: str, expected: str) -> None:
    picked = pick_template(LIBRARY, category=category, language=language)
    assert picked is not None and picked.key == expected


def test_pick_template_returns_none_when_nothing_fits() -> None:
    assert pick_template([], category="billing", language="en") is None
    only_inactive = [FakeTemplate("x", "negative_general", "en", active=False)]
    assert pick_template(only_inactive, category="billing", language="en") is None


def test_pick_template_accepts_objects_without_active() -> None:
    library = [NoActiveAttr("a", "mixed", "en"), NoActiveAttr("b", "mixed", "es")]
    assert pick_template(library, category="mixed", language="es").key == "b"
    assert pick_template(iter(library), category="mixed", language="en").key == "a"


SEEDS = load_seed_templates()


@pytest.mark.parametrize("category", sorted(TEMPLATE_CATEGORIES))
@pytest.mark.parametrize("language", ["en", "es"])
def test_seed_library_has_a_pick_for_every_category(category: str, language: str) -> None:
    picked = pick_template(SEEDS, category=category, language=language)
    assert picked is not None
    assert picked.category == category
    assert picked.language in (language, "en")


def test_default_rating_only_seed_suits_any_rating() -> None:
    picked = pick_template(SEEDS, category="rating_only", language="en")
    assert picked is not None and picked.key == "rating-only-any"


@pytest.mark.parametrize(
    ("rating", "text", "expected_key"),
    [
        (1, CLAUDE_JONES, "clinical-outcome-leadership-review"),
        (1, WAIT_RANT, "wait-time-respect-time"),
        (5, "Great office, friendly team!", "positive-short-kind-words"),
        (1, "", "rating-only-any"),
        (1, SPANISH_BILLING, "es-billing-clear-accurate"),
    ],
)
def test_suggest_then_pick_end_to_end(rating: int, text: str, expected_key: str) -> None:
    category = suggest_category(rating=rating, text=text)
    picked = pick_template(SEEDS, category=category, language=detect_language(text))
    assert picked is not None and picked.key == expected_key
