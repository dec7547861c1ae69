"""Corpus evaluation: run the product's scan and check over the labelled corpus and score them as score.py does.

The scoring mirrors ``/work/shared/corpus/score.py`` exactly:

* reviews: a gold entity is found when any predicted span overlaps it, whatever the predicted type; a predicted
  span is correct when it overlaps any gold span of any type (PROVIDER included); PHI is every type but PROVIDER;
* drafts: an unsafe draft counts as blocked when the check does not allow it, a safe draft as passed when it does;
  an unsafe draft counts once under each of its violation codes.

The predictions come from the measurement interface (``scan_entities`` and ``check_raw`` with no practice, as
``python -m app scan|check --jsonl`` call them), and are kept in those commands' output shapes so they can be
written out and fed to score.py unchanged.

Nothing here logs or prints: ``format_report`` returns the text report (it quotes the synthetic corpus in its list
of misses) and only the ``eval`` command prints it.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.replycheck import service as check_service

# Same order as score.py, so the tables read alike.
ENTITY_TYPES = ("PERSON", "PROVIDER", "DATE_TIME", "AGE", "CONTACT", "ID", "HEALTH", "FINANCIAL", "LOCATION")
PHI_TYPES = tuple(t for t in ENTITY_TYPES if t != "PROVIDER")
CODES = ("ECHO_PHI", "NEW_PHI", "CONFIRMS_PATIENT", "MEDICAL_ADVICE", "DEFENSIVE", "GUARANTEE", "INCENTIVE")

# figure name -> the lowest value that meets the target.
TARGETS: dict[str, float] = {
    "phi_recall": 0.97,
    "recall_PERSON": 0.95,
    "recall_HEALTH": 0.95,
    "recall_DATE_TIME": 0.95,
    "recall_AGE": 0.95,
    "recall_CONTACT": 0.95,
    "recall_ID": 0.95,
    "recall_FINANCIAL": 0.95,
    "recall_LOCATION": 0.90,
    "precision": 0.85,
    "unsafe_blocked": 0.97,
    **{f"blocked_{code}": 0.95 for code in CODES},
    "safe_passed": 0.92,
}


class CorpusError(ValueError):
    """The corpus folder is missing a file or a draft names a review that is not there."""


@dataclass(frozen=True, slots=True)
class Ratio:
    num: int
    den: int

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None

    def text(self) -> str:
        return "n/a" if self.value is None else f"{self.value:.3f}"

    def as_dict(self) -> dict[str, Any]:
        return {"num": self.num, "den": self.den, "value": self.value}


@dataclass(frozen=True, slots=True)
class TargetResult:
    name: str
    target: float
    ratio: Ratio

    @property
    def is_met(self) -> bool:
        value = self.ratio.value
        return value is not None and value + 1e-12 >= self.target

    @property
    def status(self) -> str:
        if self.ratio.value is None:
            return "NOT MET (n/a)"
        return "met" if self.is_met else "NOT MET"


@dataclass
class ReviewScores:
    total: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    n_pred: int = 0
    n_correct: int = 0
    missed: list[tuple[dict, dict]] = field(default_factory=list)  # (review, gold entity)
    spurious: list[tuple[dict, dict]] = field(default_factory=list)  # (review, predicted entity)


@dataclass
class DraftScores:
    unsafe_n: int = 0
    blocked: int = 0
    safe_n: int = 0
    passed: int = 0
    code_n: Counter = field(default_factory=Counter)
    code_blocked: Counter = field(default_factory=Counter)
    wrong: list[tuple[dict, bool | None]] = field(default_factory=list)  # (gold draft, predicted ok)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_reviews(gold: list[dict], predictions: dict[str, dict]) -> ReviewScores:
    """Score scan predictions ({"entities": [{"start","end",...}]} per review id) like score.py."""
    s = ReviewScores()
    for review in gold:
        predicted = (predictions.get(review["id"]) or {}).get("entities") or []
        spans = [(e["start"], e["end"]) for e in predicted]
        golds = [(e["start"], e["end"]) for e in review["entities"]]
        for entity, g in zip(review["entities"], golds):
            s.total[entity["type"]] += 1
            if any(_overlaps(g, p) for p in spans):
                s.found[entity["type"]] += 1
            else:
                s.missed.append((review, entity))
        s.n_pred += len(spans)
        for entity, p in zip(predicted, spans):
            if any(_overlaps(p, g) for g in golds):
                s.n_correct += 1
            else:
                s.spurious.append((review, entity))
    return s


def score_drafts(gold: list[dict], predictions: dict[str, dict]) -> DraftScores:
    """Score check predictions ({"ok": bool} per draft id) like score.py."""
    s = DraftScores()
    for draft in gold:
        pred = predictions.get(draft["id"])
        ok = None if pred is None else pred.get("ok")
        if draft["safe"]:
            s.safe_n += 1
            s.passed += ok is True
            if ok is not True:
                s.wrong.append((draft, ok))
        else:
            s.unsafe_n += 1
            s.blocked += ok is False
            for code in draft["violations"]:
                s.code_n[code] += 1
                s.code_blocked[code] += ok is False
            if ok is not False:
                s.wrong.append((draft, ok))
    return s


@dataclass
class Evaluation:
    corpus: Path
    reviews: list[dict]
    drafts: list[dict]
    review_predictions: dict[str, dict]  # id -> {"entities": [...]}, the shape `scan --jsonl` writes
    draft_predictions: dict[str, dict]  # id -> {"ok": bool, "findings": [...]}, the shape `check --jsonl` writes
    review_scores: ReviewScores
    draft_scores: DraftScores
    seconds: float

    def figures(self) -> dict[str, Ratio]:
        r, d = self.review_scores, self.draft_scores
        out = {f"recall_{t}": Ratio(r.found[t], r.total[t]) for t in ENTITY_TYPES}
        out["phi_recall"] = Ratio(sum(r.found[t] for t in PHI_TYPES), sum(r.total[t] for t in PHI_TYPES))
        out["provider_recall"] = out["recall_PROVIDER"]
        out["precision"] = Ratio(r.n_correct, r.n_pred)
        out["unsafe_blocked"] = Ratio(d.blocked, d.unsafe_n)
        out["safe_passed"] = Ratio(d.passed, d.safe_n)
        for code in CODES:
            out[f"blocked_{code}"] = Ratio(d.code_blocked[code], d.code_n[code])
        return out

    def target_results(self) -> list[TargetResult]:
        figures = self.figures()
        return [TargetResult(name, target, figures[name]) for name, target in TARGETS.items()]

    def missed_targets(self) -> list[TargetResult]:
        return [t for t in self.target_results() if not t.is_met]

    def as_json(self) -> dict[str, Any]:
        missed = self.missed_targets()
        return {
            "corpus": str(self.corpus),
            "reviews": len(self.reviews),
            "drafts": len(self.drafts),
            "seconds": round(self.seconds, 2),
            "figures": {name: ratio.as_dict() for name, ratio in self.figures().items()},
            "targets": {t.name: {"target": t.target, "value": t.ratio.value, "met": t.is_met} for t in self.target_results()},
            "all_targets_met": not missed,
            "targets_not_met": [t.name for t in missed],
            "missed_entities": len(self.review_scores.missed),
            "spurious_spans": len(self.review_scores.spurious),
            "misclassified_drafts": len(self.draft_scores.wrong),
        }


def load_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise CorpusError(f"{path} not found")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict_review(detector: Any, review: dict) -> dict:
    """What `python -m app scan --jsonl` writes for this review (without the id)."""
    findings = check_service.scan_entities(detector, review["text"], review.get("reviewer_name") or "")
    return {"entities": check_service.entity_dicts(findings)}


def predict_draft(detector: Any, draft: dict, review: dict) -> dict:
    """What `python -m app check --jsonl` writes for this draft joined to its review (without the id)."""
    findings = check_service.check_raw(
        detector,
        review=review.get("text") or "",
        reviewer_name=review.get("reviewer_name") or "",
        draft=draft["draft"],
        platform=(review.get("platform") or "google").lower(),
        rating=review.get("rating"),
    )
    return {"ok": not any(f.is_blocking for f in findings), "findings": check_service.finding_dicts(findings)}


def evaluate(detector: Any, corpus: Path) -> Evaluation:
    """Scan every review and check every draft of the corpus with one detector, then score both."""
    corpus = Path(corpus)
    reviews = load_jsonl(corpus / "reviews.jsonl")
    drafts = load_jsonl(corpus / "drafts.jsonl")
    by_id = {r["id"]: r for r in reviews}
    unknown = sorted({d["review_id"] for d in drafts if d["review_id"] not in by_id})
    if unknown:
        raise CorpusError(f"drafts refer to reviews that are not in reviews.jsonl: {', '.join(unknown[:5])}")
    started = time.perf_counter()
    review_predictions = {r["id"]: predict_review(detector, r) for r in reviews}
    draft_predictions = {d["id"]: predict_draft(detector, d, by_id[d["review_id"]]) for d in drafts}
    seconds = time.perf_counter() - started
    return Evaluation(
        corpus=corpus,
        reviews=reviews,
        drafts=drafts,
        review_predictions=review_predictions,
        draft_predictions=draft_predictions,
        review_scores=score_reviews(reviews, review_predictions),
        draft_scores=score_drafts(drafts, draft_predictions),
        seconds=seconds,
    )


def write_predictions(evaluation: Evaluation, folder: Path) -> tuple[Path, Path]:
    """Write the predictions as score.py reads them (the scan/check JSONL output); return (reviews, drafts) paths."""
    folder = Path(folder)
    paths = (folder / "pred_reviews.jsonl", folder / "pred_drafts.jsonl")
    for path, predictions in zip(paths, (evaluation.review_predictions, evaluation.draft_predictions)):
        with path.open("w", encoding="utf-8") as f:
            for record_id, prediction in predictions.items():
                f.write(json.dumps({"id": record_id, **prediction}, ensure_ascii=False) + "\n")
    return paths


# Report ---------------------------------------------------------------------------------------------------------
# The before-stop hook shows only the first 12 output lines that mention summary/recall/precision/blocked/passed,
# so the fixed part of the report uses those words on a few lines only and the SUMMARY line stays in view.


def _row(label: str, ratio: Ratio, target: TargetResult | None, note: str = "") -> str:
    goal = f">= {target.target:.2f}" if target else ""
    status = target.status if target else ""
    return f"  {label:<18}{ratio.den:>6}{ratio.num:>7}{ratio.text():>8}  {goal:<9}{status:<8}{note}".rstrip()


def _target_label(name: str) -> str:
    if name == "phi_recall":
        return "PHI overall"
    if name == "unsafe_blocked":
        return "unsafe drafts"
    if name == "safe_passed":
        return "safe drafts"
    return name.split("_", 1)[1] if name.startswith(("recall_", "blocked_")) else name


def _snippet(text: str, width: int = 90) -> str:
    return repr(text if len(text) <= width else text[: width - 3] + "...")


def summary_line(evaluation: Evaluation) -> str:
    f = evaluation.figures()
    missed = evaluation.missed_targets()
    verdict = (
        "all targets met"
        if not missed
        else "targets NOT met: " + ", ".join(f"{t.name} ({t.ratio.text()} < {t.target:.2f})" for t in missed)
    )
    return (
        f"SUMMARY phi_recall={f['phi_recall'].text()} ({f['phi_recall'].num}/{f['phi_recall'].den}) "
        f"precision={f['precision'].text()} ({f['precision'].num}/{f['precision'].den}) "
        f"provider_recall={f['provider_recall'].text()} "
        f"unsafe_blocked={f['unsafe_blocked'].text()} ({f['unsafe_blocked'].num}/{f['unsafe_blocked'].den}) "
        f"safe_passed={f['safe_passed'].text()} ({f['safe_passed'].num}/{f['safe_passed'].den}); {verdict}"
    )


def format_report(evaluation: Evaluation, *, limit: int = 30) -> str:
    """The readable report: figure tables with targets, the target list, capped lists of misses, a SUMMARY line."""
    figures = evaluation.figures()
    targets = {t.name: t for t in evaluation.target_results()}
    r, d = evaluation.review_scores, evaluation.draft_scores
    lines = [
        f"SafeReply corpus evaluation: {evaluation.corpus} ({len(evaluation.reviews)} reviews, "
        f"{len(evaluation.drafts)} drafts; scan and check took {evaluation.seconds:.1f} s)",
        "",
        "PHI scan of the reviews: recall per gold type (found = any predicted span overlaps it, type ignored)",
        f"  {'type':<18}{'gold':>6}{'found':>7}{'share':>8}  {'target':<9}status",
    ]
    for t in ENTITY_TYPES:
        note = "(provider recall; not PHI)" if t == "PROVIDER" else ""
        lines.append(_row(t, figures[f"recall_{t}"], targets.get(f"recall_{t}"), note))
    lines.append(_row("PHI recall", figures["phi_recall"], targets["phi_recall"], "(all types but PROVIDER)"))
    precision = figures["precision"]
    lines += [
        _row("precision", precision, targets["precision"], f"({precision.num} of {precision.den} predicted spans overlap a gold span)"),
        "",
        "Reply check of the drafts (check_raw with no practice, as `check --jsonl`)",
        f"  {'figure':<18}{'drafts':>6}{'right':>7}{'share':>8}  {'target':<9}status",
        _row("unsafe blocked", figures["unsafe_blocked"], targets["unsafe_blocked"]),
        _row("safe passed", figures["safe_passed"], targets["safe_passed"]),
        "  unsafe drafts stopped, per violation code (a draft counts under each of its codes):",
    ]
    for code in CODES:
        lines.append(_row(f"  {code}", figures[f"blocked_{code}"], targets[f"blocked_{code}"]))

    results = evaluation.target_results()
    missed = [t for t in results if not t.is_met]
    lines += ["", f"Targets: {len(results) - len(missed)} of {len(results)} met"]
    for t in results:
        lines.append(f"  {_target_label(t.name):<18}{t.ratio.text():>8}  >= {t.target:.2f}  {t.status}")

    def capped(title: str, items: list) -> list:
        shown = items[: max(limit, 0)]
        more = f" (showing {len(shown)})" if len(shown) < len(items) else ""
        lines.extend(["", f"{title}: {len(items)}{more}"])
        return shown

    for review, entity in capped("Missed gold entities", r.missed):
        lines.append(f"  {review['id']}  {entity['type']:<10} [{entity['start']}:{entity['end']}]  {entity['text']!r}")
    for review, entity in capped("Predicted spans overlapping no gold span", r.spurious):
        text = review["text"][entity["start"] : entity["end"]]
        lines.append(f"  {review['id']}  {entity['type']:<10} [{entity['start']}:{entity['end']}]  {text!r}")
    for draft, ok in capped("Misclassified drafts", d.wrong):
        gold = "safe" if draft["safe"] else "unsafe " + ",".join(draft["violations"])
        pred = {True: "allowed", False: "stopped", None: "no prediction"}[ok]
        lines.append(f"  {draft['id']} ({draft['review_id']}) gold={gold} check={pred}  {_snippet(draft['draft'])}")
        if ok is False:
            for finding in evaluation.draft_predictions[draft["id"]]["findings"]:
                if finding["severity"] == "block":
                    words = draft["draft"][finding["start"] : finding["end"]]
                    lines.append(f"      {finding['rule']:<17}[{finding['start']}:{finding['end']}]  {_snippet(words, 60)}")
    lines += ["", summary_line(evaluation)]
    return "\n".join(lines)
