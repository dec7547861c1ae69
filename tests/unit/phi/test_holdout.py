"""Score the detector on the independent held-out set (tests/data/phi_holdout/reviews.jsonl).

Type-agnostic overlap scoring, as in the corpus scorer: a gold entity is found when
any predicted span overlaps it; a predicted span is correct when it overlaps any
gold span (PROVIDER included). Thresholds sit a small margin under what the
detector reached when this test was written, so regressions show. Only offsets and
ids are ever reported, never review text.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

HOLDOUT = Path(__file__).resolve().parents[2] / "data" / "phi_holdout" / "reviews.jsonl"

# Reached when written: PHI recall 0.940, precision 0.975, HEALTH 0.913, every other PHI type >= 0.96
# except ID 0.889 (9 gold spans). The last 16 reviews (h-r081..h-r096) were written after the
# detector changes and never tuned on; see the README in the data folder.
MIN_RECALL = 0.92
# The health-description model (app/phi/recognizers/health_model.py) raised recall here from 0.981 to 0.989 and
# lowered precision from 0.943 to 0.925 (0.927 with the final model, which also learns places): some of its spans
# are health talk this set's labels leave out ("flat on my back", "cut out caffeine"). The product target for
# precision is 0.85.
MIN_PRECISION = 0.91
MIN_TYPE_RECALL = {"PERSON": 0.95, "DATE_TIME": 0.93, "AGE": 0.95, "CONTACT": 0.9, "FINANCIAL": 0.95,
                   "LOCATION": 0.9, "HEALTH": 0.89}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@pytest.fixture(scope="module")
def scored(phi_detector):
    rows = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold_by_type: Counter[str] = Counter()
    found_by_type: Counter[str] = Counter()
    pred_total = pred_ok = 0
    missed: list[tuple[str, str, int, int]] = []
    for row in rows:
        gold = [(e["start"], e["end"], e["type"]) for e in row["entities"]]
        pred = [(f.start, f.end) for f in phi_detector.scan(row["text"], reviewer_name=row.get("reviewer_name"))]
        for s, e, typ in gold:
            gold_by_type[typ] += 1
            if any(_overlaps((s, e), p) for p in pred):
                found_by_type[typ] += 1
            elif typ != "PROVIDER":
                missed.append((row["id"], typ, s, e))
        pred_total += len(pred)
        pred_ok += sum(any(_overlaps(p, (s, e)) for s, e, _ in gold) for p in pred)
    phi_gold = sum(v for k, v in gold_by_type.items() if k != "PROVIDER")
    phi_found = sum(v for k, v in found_by_type.items() if k != "PROVIDER")
    return {
        "rows": len(rows),
        "recall": phi_found / phi_gold,
        "precision": pred_ok / pred_total if pred_total else 1.0,
        "by_type": {k: found_by_type[k] / v for k, v in gold_by_type.items()},
        "missed": missed,
    }


def test_holdout_is_large_enough(scored):
    assert scored["rows"] >= 60


def test_holdout_phi_recall(scored):
    assert scored["recall"] >= MIN_RECALL, f"recall {scored['recall']:.3f}; missed (id, type, start, end): {scored['missed']}"


def test_holdout_precision(scored):
    assert scored["precision"] >= MIN_PRECISION, f"precision {scored['precision']:.3f}"


@pytest.mark.parametrize("entity_type", sorted(MIN_TYPE_RECALL))
def test_holdout_recall_per_type(scored, entity_type):
    got = scored["by_type"].get(entity_type, 1.0)
    assert got >= MIN_TYPE_RECALL[entity_type], f"{entity_type} recall {got:.3f}"
