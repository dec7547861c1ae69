"""Shape reply-check findings for display: highlighted segments, reasons, counters."""

from __future__ import annotations

from dataclasses import dataclass

from app.replycheck.types import PLATFORM_LIMITS, PLATFORM_NAMES, ReplyFinding


@dataclass(frozen=True)
class DraftSegment:
    text: str
    findings: tuple[ReplyFinding, ...] = ()

    @property
    def is_marked(self) -> bool:
        return bool(self.findings)

    @property
    def is_blocking(self) -> bool:
        return any(f.is_blocking for f in self.findings)

    @property
    def rules(self) -> str:
        return ", ".join(sorted({f.rule for f in self.findings}))


@dataclass(frozen=True)
class CheckView:
    findings: list[ReplyFinding]
    dismissed: list
    segments: list[DraftSegment]
    blocking_count: int
    warning_count: int
    chars: int
    bytes: int
    limit: int
    platform_name: str

    @property
    def is_ok(self) -> bool:
        return self.blocking_count == 0

    @property
    def over_limit(self) -> bool:
        return self.bytes > self.limit


def draft_segments(text: str, findings: list[ReplyFinding]) -> list[DraftSegment]:
    """Split the draft at every finding boundary so overlapping findings all show."""
    spans = [f for f in findings if 0 <= f.start < f.end <= len(text)]
    cuts = sorted({0, len(text), *(f.start for f in spans), *(f.end for f in spans)})
    out: list[DraftSegment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(f for f in spans if f.start <= a and b <= f.end)
        out.append(DraftSegment(text[a:b], covering))
    return out


def check_view(text: str, findings: list[ReplyFinding], platform: str, dismissed: list | None = None) -> CheckView:
    """Everything the reply-check fragment shows; dismissed items are listed but not marked."""
    platform = str(platform)
    return CheckView(
        findings=sorted(findings, key=lambda f: (not f.is_blocking, f.start, f.rule)),
        dismissed=list(dismissed or []),
        segments=draft_segments(text, findings),
        blocking_count=sum(1 for f in findings if f.is_blocking),
        warning_count=sum(1 for f in findings if not f.is_blocking),
        chars=len(text),
        bytes=len(text.encode("utf-8")),
        limit=PLATFORM_LIMITS.get(platform, 4096),
        platform_name=PLATFORM_NAMES.get(platform, platform.title()),
    )
