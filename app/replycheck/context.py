"""The per-check context handed to every rule: the input, the analysed draft and shared helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.phi.types import PhiFinding
from app.replycheck.draftview import DraftView
from app.replycheck.types import BLOCK, ReplyCheckInput, ReplyFinding


@dataclass(slots=True)
class CheckContext:
    """Everything a rule needs; built once per check by the checker."""

    inp: ReplyCheckInput
    draft: DraftView
    review_findings: tuple[PhiFinding, ...]
    practice_spans: tuple[tuple[int, int], ...] = field(default=())

    @property
    def text(self) -> str:
        return self.inp.draft

    def in_practice_span(self, start: int, end: int) -> bool:
        """True if [start, end) lies inside one of the practice's own configured strings in the draft."""
        return any(s <= start and end <= e for s, e in self.practice_spans)


def practice_spans(draft: str, allowed: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Where the practice's own name, contact name, phone, email, website and staff names occur in the draft."""
    spans: list[tuple[int, int]] = []
    for value in allowed:
        value = value.strip()
        if not value:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", draft, re.IGNORECASE):
            spans.append((m.start(), m.end()))
        # Phones are written many ways: match on the digits too.
        digits = re.sub(r"\D", "", value)
        if len(digits) >= 7 and len(digits) >= len(value) // 2:
            for m in re.finditer(r"[\d(][\d\s().+\-]{6,}\d", draft):
                if re.sub(r"\D", "", m.group()).endswith(digits[-10:]):
                    spans.append((m.start(), m.end()))
    return tuple(spans)


def finding(rule: str, start: int, end: int, message: str, severity: str = BLOCK) -> ReplyFinding:
    return ReplyFinding(rule=rule, severity=severity, start=start, end=end, message=message)


# A way to reach the practice in a draft: a contact verb, an email address or a phone number (English and Spanish).
CONTACT_RE = re.compile(
    r"\b(?:contact|call|phone|reach|e-?mail|text|message|speak|talk|get\s+in\s+touch|dm|write\s+to|ring)\b|"
    r"[\w.+-]+@[\w-]+\.[\w.]+|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|"
    r"\b(?:comun[ií]quese|ll[aá]me(?:nos)?|cont[aá]ctenos|escr[ií]banos|hablar)\b",
    re.IGNORECASE,
)


def offers_contact(draft: str) -> bool:
    """True if the draft has a contact verb, a phone number or an email address."""
    return bool(CONTACT_RE.search(draft))


SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (start, end) of text."""
    return [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text) if m.group().strip()]
