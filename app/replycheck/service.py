"""Scan-then-check for callers that have only raw text (JSON API and CLI)."""

from __future__ import annotations

from app.phi.detector import PhiDetector
from app.phi.types import PhiFinding
from app.replycheck.checker import check_reply
from app.replycheck.types import PracticeContact, ReplyCheckInput, ReplyFinding


def scan_entities(detector: PhiDetector, text: str, reviewer_name: str) -> list[PhiFinding]:
    """The review's findings, reviewer name parts included."""
    return detector.scan(text, reviewer_name=reviewer_name or None)


def check_raw(
    detector: PhiDetector,
    *,
    review: str,
    reviewer_name: str,
    draft: str,
    platform: str,
    rating: int | None,
    practice: PracticeContact | None = None,
) -> list[ReplyFinding]:
    """Scan the review, then run the reply check on the draft."""
    findings = scan_entities(detector, review, reviewer_name)
    inp = ReplyCheckInput(
        review_text=review,
        reviewer_name=reviewer_name,
        draft=draft,
        review_findings=tuple(findings),
        practice=practice or PracticeContact(),
        platform=platform,
        rating=rating,
    )
    return check_reply(inp, detector=detector)


def finding_dicts(findings: list[ReplyFinding]) -> list[dict]:
    return [{"rule": f.rule, "severity": f.severity, "start": f.start, "end": f.end, "message": f.message} for f in findings]


def entity_dicts(findings: list[PhiFinding]) -> list[dict]:
    return [{"type": f.entity_type, "start": f.start, "end": f.end, "score": f.score} for f in findings]
