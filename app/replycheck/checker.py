"""check_reply: the one reply gate used by the UI live check, submit, approval, the JSON API and the CLI.

Contract:

* ``inp.review_findings`` are the findings of ``detector.scan(review_text, reviewer_name=...)``, supplied by the
  caller (the editor passes the findings stored when the review was pasted). ``None`` means "not scanned yet":
  check_reply then scans the review itself (one extra detector pass). An empty tuple means "scanned, nothing
  found", so a review without PHI is not scanned again on every keystroke.
* The draft is parsed once; the parse is shared by every rule and by the detector's PHI scan of the draft
  (see ``app.replycheck.draftview``).
* Findings are sorted by start. ``start``/``end`` are Python str indices into ``inp.draft``, end exclusive. A
  finding about the whole draft (WARN_NO_CONTACT) spans ``0..len(draft)``.
* Messages describe the problem and quote the rule; they never contain review text, draft text or matched text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from app.replycheck.context import CheckContext, practice_spans
from app.replycheck.draftview import analyse_draft
from app.replycheck.rules import advice, confirms, defensive, echo, guarantee, incentive, new_phi, reader, warnings
from app.replycheck.types import BLOCK, ReplyCheckInput, ReplyFinding

# One module per rule family; each exposes check(ctx) -> list[ReplyFinding].
_RULE_FAMILIES: tuple[Callable[[CheckContext], list[ReplyFinding]], ...] = (
    echo.check,
    new_phi.check,
    confirms.check,
    reader.check,
    advice.check,
    defensive.check,
    guarantee.check,
    incentive.check,
    warnings.check,
)


def check_reply(inp: ReplyCheckInput, *, detector: Any) -> list[ReplyFinding]:
    """Check a draft reply against the review; return every finding, sorted by start."""
    draft = inp.draft or ""
    if not draft.strip():
        return []
    if inp.review_findings is not None:
        review_findings = tuple(inp.review_findings)
    elif inp.review_text and inp.review_text.strip():
        review_findings = tuple(detector.scan(inp.review_text, reviewer_name=inp.reviewer_name or None))
    else:
        review_findings = ()
    allowed = inp.practice.allowed_strings()
    view = analyse_draft(draft, detector=detector, allow_list=allowed)
    ctx = CheckContext(inp=inp, draft=view, review_findings=review_findings, practice_spans=practice_spans(draft, allowed))
    findings: list[ReplyFinding] = []
    for rule in _RULE_FAMILIES:
        findings.extend(rule(ctx))
    return sorted(_dedupe(findings), key=lambda f: (f.start, f.end, f.rule))


def is_ok(findings: Iterable[ReplyFinding]) -> bool:
    """False iff any finding blocks approval."""
    return not any(f.severity == BLOCK for f in findings)


def _dedupe(findings: list[ReplyFinding]) -> list[ReplyFinding]:
    """Drop exact repeats and, per rule, spans contained in another span of the same rule."""
    out: list[ReplyFinding] = []
    by_rule: dict[str, list[ReplyFinding]] = {}
    for f in sorted(findings, key=lambda f: (f.rule, f.start, -(f.end - f.start))):
        kept = by_rule.setdefault(f.rule, [])
        if any(k.start <= f.start and f.end <= k.end for k in kept):
            continue
        kept.append(f)
        out.append(f)
    return out
