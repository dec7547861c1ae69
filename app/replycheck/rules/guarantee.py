"""GUARANTEE: unconditional promises about outcomes, clinical or service.

What it catches, and why: a promise of a result ("it will heal completely", "you'll look amazing") is a clinical
claim about the reviewer's case, and a service promise ("this will never happen again") cannot be kept and reads
as an admission. Patterns: the words guarantee/promise/assure, "100%", "never happen again", "will heal / fix /
resolve / be gone", "you'll be/feel/look <outcome>", "rest assured", "for life", "in no time", "can promise",
"that's a/our promise", "will never <happen / lapse / ...> again", and the Spanish
"garantizamos / le prometemos / le aseguramos". Commitments to effort ("we strive to", "we're working on") are not
guarantees.
"""

from __future__ import annotations

import re

from app.replycheck.context import CheckContext, finding
from app.replycheck.rules import GUARANTEE, message

_PATTERNS = [
    r"\bguarantee[sd]?\b|\bguaranteeing\b",
    r"\b(?:we|i)\s+(?:can\s+)?(?:promise|assure\s+you|pledge)\b|\bpromise[sd]?\s+(?:you|that)\b|\bcan\s+promise\b",
    r"\bwill\s+never\s+(?:\w+\s+){1,2}?(?:here\s+|again\s+)?again\b",
    r"\b100\s*(?:%|percent)(?!\s+of\s+(?:the\s+)?(?:proceeds|our\s+patients))",
    r"\b(?:never|not|won'?t|will\s+not)\s+(?:ever\s+)?happen\s+again\b|\bnever\s+again\b",
    r"\bnothing\s+like\s+(?:this|that)\s+will\b",
    r"\b(?:never|not|won'?t|will\s+not)\s+(?:ever\s+)?happen\s+(?:to\s+(?:\w+\s+){1,3})?again\b",
    r"\byou\s+have\s+(?:our|my)\s+word\b|\b(?:we|i)\s+give\s+you\s+(?:our|my)\s+word\b",
    r"\b(?:that|this)(?:'s|’s|\s+is)\s+(?:a|our|my)\s+(?:promise|guarantee|pledge)\b",
    r"\bwill\s+(?:always|never)\s+(?:heal|work|last|fail|be\s+(?:perfect|painless|gone))\b",
    r"\b(?:results?|effects?|outcomes?)\s+(?:are|is|will\s+be)\s+(?:permanent|guaranteed|certain|assured)\b",
    r"\b(?:it|this|that|they|he|she|you|your\s+[\w-]+)(?:\s+will|'ll|’ll)\s+(?:definitely\s+|certainly\s+|surely\s+)?"
    r"(?:heal|resolve|fix|clear\s+up|go\s+away|be\s+gone|be\s+fine|be\s+perfect|be\s+back|feel\s+(?:better|great|the\s+difference)|"
    r"look\s+(?:amazing|great|perfect|better)|see\s+(?:results|a\s+difference)|be\s+off|be\s+a\s+\w+|recover)\b",
    r"\bwill\s+(?:heal|resolve|fix\s+it|cure|be\s+gone)\s+(?:completely|fully|entirely|for\s+good)\b",
    r"\b(?:will|'ll)\s+get\s+you\s+back\b",
    r"\bwill\s+(?:fix|cure|solve|correct|take\s+care\s+of)\s+(?:it|this|that|the\s+problem|the\s+issue)\b(?![^.!?]{0,20}\b(?:for\s+everyone|process))",
    r"\brest\s+assured\b|\bfor\s+life\b|\bin\s+no\s+time\b|\bpermanent(?:ly)?\s+(?:results?|fix|cure)\b",
    r"\b(?:garantizamos|garantizado|le\s+prometemos|le\s+aseguramos)\b",
    r"\b(?:no\s+volver[aá]n?\s+(?:jam[aá]s|nunca|a\s+(?:pasar|ocurrir|salir|aparecer))|nunca\s+m[aá]s|jam[aá]s\s+volver[aá])\b",
]
_GUARANTEE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def check(ctx: CheckContext) -> list:
    """Findings for unconditional promises."""
    return [
        finding(GUARANTEE, m.start(), m.end(), message(GUARANTEE, "an unconditional promise"))
        for m in _GUARANTEE_RE.finditer(ctx.text)
    ]
