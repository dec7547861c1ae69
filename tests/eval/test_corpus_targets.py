"""The quality targets on the development corpus (../shared/corpus), scored in-process as score.py scores them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.evaluation import harness

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def evaluation(detector) -> harness.Evaluation:
    if not CORPUS.is_dir():
        message = f"CORPUS TARGETS SKIPPED: the development corpus is not at {CORPUS}"
        if os.environ.get("SAFEREPLY_REQUIRE_CORPUS"):
            pytest.fail(message.replace("SKIPPED", "CANNOT RUN"))
        pytest.skip(message)
    return harness.evaluate(detector, CORPUS)


@pytest.mark.parametrize("name", list(harness.TARGETS))
def test_target(evaluation, name):
    result = next(t for t in evaluation.target_results() if t.name == name)
    ratio = result.ratio
    assert result.is_met, f"{name} = {ratio.text()} ({ratio.num}/{ratio.den}), target >= {result.target:.2f}"


def _score_py(mode: str, pred: Path) -> str:
    out = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), mode, str(pred), "--limit", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "warning" not in out.stdout, out.stdout
    return out.stdout


def test_figures_equal_score_py(evaluation, tmp_path):
    """The harness's counts are the ones score.py prints for the same predictions (written as scan/check JSONL)."""
    pred_reviews, pred_drafts = harness.write_predictions(evaluation, tmp_path)
    figures = evaluation.figures()

    reviews_out = _score_py("reviews", pred_reviews)
    for entity_type in harness.ENTITY_TYPES:
        match = re.search(rf"^  {entity_type}\s+(\d+)\s+(\d+)\s", reviews_out, re.M)
        assert match, f"score.py printed no row for {entity_type}"
        ratio = figures[f"recall_{entity_type}"]
        assert (int(match[2]), int(match[1])) == (ratio.num, ratio.den), f"recall_{entity_type} differs from score.py"
    match = re.search(r"^SUMMARY reviews: phi_recall=\S+ \((\d+)/(\d+)\) precision=\S+ \((\d+)/(\d+)\)", reviews_out, re.M)
    assert match, reviews_out
    assert (int(match[1]), int(match[2])) == (figures["phi_recall"].num, figures["phi_recall"].den)
    assert (int(match[3]), int(match[4])) == (figures["precision"].num, figures["precision"].den)

    drafts_out = _score_py("drafts", pred_drafts)
    match = re.search(r"^SUMMARY drafts: unsafe_blocked=\S+ \((\d+)/(\d+)\) safe_passed=\S+ \((\d+)/(\d+)\)", drafts_out, re.M)
    assert match, drafts_out
    assert (int(match[1]), int(match[2])) == (figures["unsafe_blocked"].num, figures["unsafe_blocked"].den)
    assert (int(match[3]), int(match[4])) == (figures["safe_passed"].num, figures["safe_passed"].den)
    for code in harness.CODES:
        match = re.search(rf"^    {code}\s+(\d+)/(\d+)\s", drafts_out, re.M)
        assert match, f"score.py printed no row for {code}"
        ratio = figures[f"blocked_{code}"]
        assert (int(match[1]), int(match[2])) == (ratio.num, ratio.den), f"blocked_{code} differs from score.py"


def test_report_ends_with_summary_and_json_carries_every_target(evaluation):
    report = harness.format_report(evaluation, limit=0)
    last = report.splitlines()[-1]
    assert last.startswith("SUMMARY ")
    assert ("all targets met" in last) == (not evaluation.missed_targets())
    payload = json.loads(json.dumps(evaluation.as_json()))
    assert set(payload["targets"]) == set(harness.TARGETS)
    assert payload["all_targets_met"] == (not evaluation.missed_targets())
