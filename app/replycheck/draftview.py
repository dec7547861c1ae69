"""One analysis of the draft shared by every rule: spaCy tokens and the detector's PHI findings.

The draft is parsed by spaCy once (``PhiDetector.analyse``); the same parse gives the NEW_PHI findings and
the tokens every rule reads, so a check costs about one spaCy pass per keystroke pause.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from app.phi.types import PhiFinding, PhiToken


@dataclass(frozen=True, slots=True)
class DraftView:
    """The draft text with its tokens and PHI findings."""

    text: str
    tokens: tuple[PhiToken, ...]
    phi: tuple[PhiFinding, ...]
    token_starts: tuple[int, ...] = field(default=(), init=False)
    particle_heads: frozenset[int] = field(default=frozenset(), init=False)

    def __post_init__(self) -> None:
        # token start offsets for binary search, and the verbs that have a particle ("set up", "check in")
        object.__setattr__(self, "token_starts", tuple(t.start for t in self.tokens))
        object.__setattr__(self, "particle_heads", frozenset(t.head_start for t in self.tokens if t.dep == "prt"))

    def token_at(self, start: int, end: int) -> PhiToken | None:
        """The first token overlapping [start, end)."""
        k = max(0, bisect.bisect_right(self.token_starts, start) - 1)
        for tok in self.tokens[k:]:
            if tok.start >= end:
                break
            if tok.start < end and start < tok.end:
                return tok
        return None


def analyse_draft(draft: str, *, detector: Any, allow_list: list[str]) -> DraftView:
    """Parse the draft once and scan it for PHI with that parse."""
    if not draft.strip():
        return DraftView(draft, (), ())
    # Without spaCy's entity recognizer: our own recognizers carry the draft's PHI (see PhiDetector.analyse).
    findings, tokens = detector.analyse(draft, allow_list=allow_list, with_tokens=True, use_ner=False)
    return DraftView(draft, tuple(tokens), tuple(findings))
