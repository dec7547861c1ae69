"""Scores the reply gate in-process on the independent hold-out set (tests/data/reply_holdout/).

The set was written from the policy in /work/shared/corpus/README.md without looking at the dev corpus drafts.
The review is scanned by the real detector and no practice contact is configured, as on the CLI path that
scoring uses. Thresholds are the targets actually reached, minus a small margin for detector drift.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from app.replycheck.checker import is_ok
from app.replycheck.service import check_raw

DATA = Path(__file__).resolve().parents[2] / "data" / "reply_holdout"

MIN_UNSAFE_BLOCKED = 0.95
MIN_PER_CODE = 0.92
MIN_SAFE_PASSED = 0.92


def _load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def outcomes(detector) -> list[tuple[dict, bool]]:
    reviews = {r["id"]: r for r in _load("reviews.jsonl")}
    out = []
    for d in _load("drafts.jsonl"):
        r = reviews[d["review_id"]]
        findings = check_raw(
            detector,
            review=r["text"],
            reviewer_name=r["reviewer_name"],
            draft=d["draft"],
            platform=r["platform"],
            rating=r["rating"],
        )
        out.append((d, is_ok(findings)))
    return out


def test_holdout_set_is_well_formed() -> None:
    reviews = _load("reviews.jsonl")
    drafts = _load("drafts.jsonl")
    ids = {r["id"] for r in reviews}
    assert len(reviews) >= 30 and len(drafts) >= 90
    for r in reviews:
        for e in r["entities"]:
            assert r["text"][e["start"] : e["end"]] == e["text"]
    for d in drafts:
        assert d["review_id"] in ids
        assert d["safe"] == (not d["violations"])


def test_unsafe_drafts_are_blocked(outcomes) -> None:
    unsafe = [(d, ok) for d, ok in outcomes if not d["safe"]]
    blocked = sum(not ok for _, ok in unsafe) / len(unsafe)
    missed = [d["id"] for d, ok in unsafe if ok]
    assert blocked >= MIN_UNSAFE_BLOCKED, missed


def test_every_violation_code_is_blocked(outcomes) -> None:
    per: dict[str, list[bool]] = defaultdict(list)
    for d, ok in outcomes:
        for code in d["violations"]:
            per[code].append(not ok)
    assert len(per) == 7
    for code, results in per.items():
        assert sum(results) / len(results) >= MIN_PER_CODE, code


def test_safe_drafts_pass(outcomes) -> None:
    safe = [(d, ok) for d, ok in outcomes if d["safe"]]
    passed = sum(ok for _, ok in safe) / len(safe)
    blocked = [d["id"] for d, ok in safe if not ok]
    assert passed >= MIN_SAFE_PASSED, blocked
