"""check_reply and is_ok: the must-pass examples, ordering, messages and the RULES table."""

from __future__ import annotations

import pytest

from app.replycheck.checker import check_reply, is_ok
from app.replycheck.rules import BLOCKING_RULES, CONFIRMS_PATIENT, ECHO_PHI, RULES, WARNING_RULES
from app.replycheck.types import BLOCK, ReplyCheckInput, ReplyFinding

# The product's seed example (the README's must-pass case).
SEED_REVIEW = (
    "This is the worst dental experience I've ever had. The dentist extracted two of my teeth when only one "
    "actually needed to be removed. This was confirmed by a new dentist I just saw. Costs me an additional $400. "
    "Stay away from this guy!"
)
SEED_NAME = "Claude Jones"
SEED_SAFE = (
    "Thank you for your feedback. We strive to ensure that every patient we see receives excellent care and leaves "
    "satisfied. I would like to discuss this matter further – please contact me at your soonest convenience."
)
SEED_UNSAFE = "Hi Claude, we're sorry about your extraction."


def test_seed_safe_reply_passes(check):
    findings = check(SEED_SAFE, review=SEED_REVIEW, name=SEED_NAME, rating=1)
    assert [f for f in findings if f.is_blocking] == []
    assert is_ok(findings)


def test_seed_unsafe_reply_is_blocked(check):
    findings = check(SEED_UNSAFE, review=SEED_REVIEW, name=SEED_NAME, rating=1)
    blocking = [f for f in findings if f.is_blocking]
    assert len(blocking) >= 2
    assert not is_ok(findings)
    assert any(f.rule == ECHO_PHI and SEED_UNSAFE[f.start : f.end] == "Claude" for f in blocking)
    assert any(
        f.rule in (ECHO_PHI, CONFIRMS_PATIENT) and "extraction" in SEED_UNSAFE[f.start : f.end] for f in blocking
    )


def test_findings_sorted_and_spans_valid(check):
    draft = "Claude, take ibuprofen. We guarantee results and will refund your $400 copay."
    findings = check(draft, review=SEED_REVIEW, name=SEED_NAME, rating=1)
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.rule))
    for f in findings:
        assert 0 <= f.start <= f.end <= len(draft)
        assert f.severity in (BLOCK, "warn")
    assert {f.rule for f in findings} >= {ECHO_PHI, "MEDICAL_ADVICE", "GUARANTEE", "INCENTIVE"}


def test_messages_never_contain_draft_or_review_text(check):
    draft = "Hi Claude, we're sorry about your extraction and the $400. Take ibuprofen. Our records show you were late."
    findings = check(draft, review=SEED_REVIEW, name=SEED_NAME, rating=1)
    assert findings
    for f in findings:
        matched = draft[f.start : f.end]
        assert matched not in f.message or len(matched) < 4
        for secret in ("Claude", "extraction", "$400", "ibuprofen", "teeth", "Jones"):
            assert secret.lower() not in f.message.lower()
        assert f"({f.rule})" in f.message


def test_scans_review_itself_when_no_findings_given(detector):
    inp = ReplyCheckInput(review_text=SEED_REVIEW, reviewer_name=SEED_NAME, draft="So sorry about the teeth.", rating=1)
    findings = check_reply(inp, detector=detector)
    assert any(f.rule == ECHO_PHI for f in findings)


def test_empty_draft_has_no_findings(detector):
    assert check_reply(ReplyCheckInput(review_text=SEED_REVIEW, reviewer_name=SEED_NAME, draft="  "), detector=detector) == []


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([], True),
        ([ReplyFinding("WARN_LENGTH", "warn", 0, 1, "m")], True),
        ([ReplyFinding("WARN_LENGTH", "warn", 0, 1, "m"), ReplyFinding("GUARANTEE", BLOCK, 0, 1, "m")], False),
    ],
)
def test_is_ok(findings, expected):
    assert is_ok(findings) is expected


def test_rules_table_explains_every_rule():
    assert set(RULES) == set(BLOCKING_RULES) | set(WARNING_RULES)
    assert all(len(text) > 80 for text in RULES.values())


def test_stored_empty_findings_are_not_rescanned_but_none_is(detector, monkeypatch):
    calls = []
    real_scan = detector.scan

    def counting_scan(text, **kwargs):
        calls.append(text == SEED_REVIEW)
        return real_scan(text, **kwargs)

    monkeypatch.setattr(detector, "scan", counting_scan)
    base = dict(review_text=SEED_REVIEW, reviewer_name=SEED_NAME, draft="Thank you for your feedback.", rating=1)
    check_reply(ReplyCheckInput(**base, review_findings=()), detector=detector)
    assert True not in calls  # "scanned, nothing found": the review is not scanned again
    check_reply(ReplyCheckInput(**base), detector=detector)
    assert True in calls  # not scanned yet: the check scans the review itself
