"""One analysis of the draft shared by every rule: spaCy tokens and the detector's PHI findings.

The draft is parsed by spaCy once. The same parse is handed to Presidio (``nlp_artifacts``) so the NEW_PHI
scan does not parse the draft a second time; this keeps a check at about one spaCy pass per keystroke pause.
If the detector does not expose a Presidio analyzer (a stub in a test, a future detector), the view falls back
to ``detector.scan`` plus a regex tokenizer, so the rules still run.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from app.phi import registry
from app.phi.types import PhiFinding


@dataclass(frozen=True, slots=True)
class Token:
    """A spaCy token reduced to plain values (valid after spaCy's memory zone closes)."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    is_sent_start: bool


@dataclass(frozen=True, slots=True)
class DraftView:
    """The draft text with its tokens and PHI findings."""

    text: str
    tokens: tuple[Token, ...]
    phi: tuple[PhiFinding, ...]

    def token_at(self, start: int, end: int) -> Token | None:
        """The first token overlapping [start, end)."""
        for tok in self.tokens:
            if tok.start < end and start < tok.end:
                return tok
        return None


def analyse_draft(draft: str, *, detector: Any, allow_list: list[str]) -> DraftView:
    """Parse the draft once and scan it for PHI with that parse."""
    if not draft.strip():
        return DraftView(draft, (), ())
    analyzer = getattr(detector, "analyzer", None)
    nlp_engine = getattr(analyzer, "nlp_engine", None)
    nlp = getattr(nlp_engine, "nlp", {}).get("en") if nlp_engine is not None else None
    if analyzer is None or nlp is None:
        return DraftView(draft, (), tuple(detector.scan(draft, allow_list=allow_list)))
    # The detector serialises spaCy's memory zones with its own lock (a zone is not re-entrant across threads
    # sharing one Vocab); use the same lock so a check and a scan never overlap.
    lock = getattr(detector, "_lock", None) or contextlib.nullcontext()
    with lock, nlp.memory_zone():
        artifacts = nlp_engine.process_text(draft, "en")
        results = analyzer.analyze(
            text=draft,
            language="en",
            allow_list=allow_list or None,
            score_threshold=registry.SCORE_THRESHOLD,
            nlp_artifacts=artifacts,
        )
        findings = registry.to_findings(draft, results)
        tokens = tuple(
            Token(t.idx, t.idx + len(t.text), t.text, t.lemma_.lower(), t.pos_, t.tag_, t.dep_, bool(t.is_sent_start))
            for t in artifacts.tokens
        )
    return DraftView(draft, tokens, tuple(findings))
