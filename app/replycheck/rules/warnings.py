"""Warnings: WARN_NO_CONTACT (no offline contact path on a low rating) and WARN_LENGTH (over the platform limit).

Neither blocks approval. WARN_NO_CONTACT is about the whole draft, so its span is 0..len(draft). WARN_LENGTH's
span covers the characters past the platform's limit, measured in UTF-8 bytes.
"""

from __future__ import annotations

from app.replycheck.context import CheckContext, finding, offers_contact
from app.replycheck.rules import WARN_LENGTH, WARN_NO_CONTACT, message
from app.replycheck.types import PLATFORM_LIMITS, PLATFORM_NAMES, WARN


def has_contact_path(ctx: CheckContext) -> bool:
    """True if the draft gives the reader a way to reach the practice: the practice's own details or a contact verb,
    phone number or email address."""
    return bool(ctx.practice_spans) or offers_contact(ctx.inp.draft)


def _byte_cut(text: str, limit: int) -> int:
    """The first character index whose UTF-8 encoding ends past limit bytes (len(text) if none)."""
    total = 0
    for i, ch in enumerate(text):
        total += len(ch.encode("utf-8"))
        if total > limit:
            return i
    return len(text)


def check(ctx: CheckContext) -> list:
    """Warnings for the draft."""
    inp = ctx.inp
    draft = inp.draft
    out = []
    if inp.rating is not None and inp.rating <= 3 and draft.strip():
        if not has_contact_path(ctx):
            out.append(finding(WARN_NO_CONTACT, 0, len(draft), message(WARN_NO_CONTACT), WARN))
    limit = PLATFORM_LIMITS.get(inp.platform)
    if limit is not None and len(draft.encode("utf-8")) > limit:
        cut = _byte_cut(draft, limit)
        name = PLATFORM_NAMES.get(inp.platform, inp.platform)
        detail = f"{name} allows {limit} bytes and the draft has {len(draft.encode('utf-8'))}"
        out.append(finding(WARN_LENGTH, cut, len(draft), message(WARN_LENGTH, detail), WARN))
    return out
