"""INCENTIVE: anything of value offered in a public reply.

What it catches, and why: an offer in a public reply reads as buying a better review (platform rules forbid it)
and, when tied to the reviewer's bill or care, confirms the relationship. Patterns: "% off", "$25 off/toward/
credit", discount, coupon, voucher, promo code, gift card, credit(ed), refund, reimburse, write off / waive,
"free <service>", "<service> free", "for free", "it's on us" (not the accountable "that's on us"), "at no charge/cost", priority as a perk ("move you to the front of the line"), complimentary, on the house, parking validation, "make it up to you",
a gift or token sent or left for the reader ("send a small gift", "a little something at the desk"), covering a cost,
"fully refundable on request", Spanish bill cover ("cubrimos esa factura") and "no tendrá ningún costo",
and the Spanish descuento / descontar / gratis / reembolso / "no le cobraremos" / "sin costo". "Feel free to call" and
"toll-free" are not offers. A perk named only as a noun ("discounts", "a refund") is an offer when the sentence
speaks to the reader or has an offering verb (offer, give, get, will, can...): "Prices and any discounts should be
explained up front" and "our refund policy is posted" are policy, not offers.
"""

from __future__ import annotations

import re

from app.replycheck.context import CheckContext, finding, sentences
from app.replycheck.rules import INCENTIVE, message

_PATTERNS = [
    r"\b\d+\s*(?:%|percent)\s+off\b",
    r"\$\s?\d[\d,]*(?:\.\d\d)?\s+(?:off|toward|towards|credit|gift\s+cards?|gift\s+certificates?|back|voucher|coupon|in\s+credit)\b",
    r"\bget\s+\$\s?\d+",
    r"\bdiscount(?:s|ed)?\b|\bcoupons?\b|\bvouchers?\b|\bpromo(?:tion(?:al)?)?\s+codes?\b|\bgift\s+cards?\b|\bgift\s+certificates?\b",
    r"\bcredit(?:ed)?\s+(?:\$\s?\d+|your|to\s+your|on\s+your|you)\b|\b(?:a|an|account|store)\s+credit\b",
    r"\brefund(?:s|ed|ing)?\b|\breimburs\w*\b",
    r"\bwr(?:ite|itten|ote)\s+off\b|\bwaiv(?:e|ed|ing)\s+(?:the|your|any|this|that)\b",
    r"(?<!feel\s)(?<![-\w])free\s+(?!to\b|of\s+(?!charge)|time\b|and\b|or\b)(?:of\s+charge|\w+)",
    r"\bat\s+no\s+(?:extra\s+|additional\s+)?(?:charge|cost)\b|\bno\s+charge\b|\bcomplimentary\b|\bon\s+the\s+house\b",
    r"\bvalidat\w*\s+(?:your\s+|the\s+)?(?:garage\s+|lot\s+|visitor\s+|patient\s+|street\s+)?parking\b|\bparking\s+validation\b",
    r"\bmake\s+it\s+up\s+to\s+you\b",
    r"\b(?:cover(?:ing|ed)?|pay(?:ing)?\s+for|pick(?:ing)?\s+up|compensat\w*\s+(?:you\s+)?for)\s+(?:the|your|any|those|that)\s+(?:[\w-]+\s+){0,2}"
    r"(?:wages|cost|costs|bill|ticket|tickets|expenses?|fees?|time\s+off|pay|parking|copay|co-pay)\b",
    r"\bcompensat(?:e|ion|ed)\b|\bhalf[\s-]price\b|\b(?:a|one)\s+(?:free|extra)\s+(?:month|session|visit|treatment)\b",
    r"\b(?:descuentos?|gratis|gratuit[oa]s?|reembols\w*|descont\w+|bonificaci[oó]n\w*)\b",
    r"\bno\s+(?:le|les|te)\s+cobr(?:aremos|aríamos|ariamos|amos|ar[áa])\b|\bsin\s+(?:costo|cargo)\b",
    r"\b(?:cubrimos|cubriremos|cubrir|pagamos|pagaremos|absorbemos|absorberemos|perdonamos|perdonaremos|anulamos|"
    r"anularemos|condonamos)\s+(?:nosotros\s+)?(?:esa|esta|la|su|el|ese|este|sus|los|las)\s+(?:factura|cuenta|saldo|cargo|"
    r"copago|costo|cobro|deuda)s?\b",
    # "free" after what is offered ("her first session free!", "for free", "it's on us")
    r"(?<!feel\s)(?<![-\w])(?:for\s+)?free\s*(?:[!.,;]|$)|\bfor\s+free\b|(?<!\bthat\s)(?<!\bthis\s)(?<!\bmistake\s)(?<!\berror\s)"
    r"(?<!\bfault\s)(?<!\bdelay\s)\b(?:is|are)\s+on\s+us\b(?!\s+to\b)|\bit['’]s\s+on\s+us\b(?!\s+to\b)",
    # priority as a perk: "we'll move you to the front of the line", "skip the wait", "priority booking"
    r"\b(?:move|bump|put|jump)\s+(?:you|y'all)\s+(?:up\s+)?(?:to\s+)?(?:the\s+)?(?:front|top|head)\s+of\b",
    r"\bskip\s+the\s+(?:line|wait|queue)\b|\bpriority\s+(?:booking|scheduling|access|appointments?|seating)\b",
    # a gift or a treat sent or left for the reader: "we'd love to send a small gift", "a little something at the desk"
    r"\b(?:send|sending|give|giving|leave|leaving|drop\s+off|mail|have)\s+(?:you\s+)?(?:a|an|some)\s+(?:small\s+|little\s+|"
    r"special\s+)?(?:gift|treat|token|present|basket|bouquet|goodies|care\s+package)\b",
    r"\b(?:fully\s+)?refundable\s+(?:on|upon)\s+request\b|\bfully\s+refundable\b|"
    r"\bno\s+tendr[áa]\s+(?:ning[uú]n\s+)?(?:costo|cargo)\b|\bno\s+(?:le\s+)?costar[áa]\s+nada\b|"
    r"\b(?:send|sending|leave|leaving|have|has|got|is)\s+a\s+little\s+something\b|\ba\s+little\s+something\s+(?:for\s+you|"
    r"at\s+the\s+(?:front\s+)?desk|waiting|on\s+us)\b|\b(?:a\s+)?token\s+of\s+(?:our|my)\s+(?:apology|appreciation|thanks|gratitude)\b",
]
_INCENTIVE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


# A perk named as a noun ("discounts", "a refund") is an offer only when someone is offered it: the sentence speaks
# to the reader or has an offering verb. "Prices and any discounts should be explained up front" is policy.
_PERK_NOUN_RE = re.compile(
    r"(?:discounts?|coupons?|vouchers?|promo(?:tion(?:al)?)?\s+codes?|gift\s+(?:cards?|certificates?)|refunds?|"
    r"reimbursements?)",
    re.IGNORECASE,
)
_OFFER_CONTEXT_RE = re.compile(
    r"\b(?:you|your|y'all|ya|u|offer\w*|give|giving|gave|send|sending|provide\w*|"
    r"appl(?:y|ied|ying)|extend\w*|issu\w+|get|gets|receive\w*|enjoy|earn\w*|claim|redeem\w*|will|would|'ll|’ll|'d|’d|"
    r"can|happy\s+to|glad\s+to|here'?s|here\s+is)\b",
    re.IGNORECASE,
)


_POLICY_AFTER_RE = re.compile(r"\s+(?:(?:and|&|or)\s+[\w-]+\s+)?(?:polic(?:y|ies)|terms|rules|process|guidelines)\b",
                              re.IGNORECASE)


def _sentence(text: str, at: int) -> str:
    return next((text[a:b] for a, b in sentences(text) if a <= at < b), text)


def check(ctx: CheckContext) -> list:
    """Findings for offers of value."""
    out = []
    for m in _INCENTIVE_RE.finditer(ctx.text):
        tok = ctx.draft.token_at(m.start(), m.end())
        perk_noun = bool(_PERK_NOUN_RE.fullmatch(m.group()))
        if perk_noun and _POLICY_AFTER_RE.match(ctx.text[m.end() : m.end() + 40]):
            continue  # "our refund and results policies", "the refund policy": a policy named, not an offer
        if (
            perk_noun
            and (tok is None or tok.pos == "NOUN")
            and not _OFFER_CONTEXT_RE.search(_sentence(ctx.text, m.start()))
        ):
            continue
        out.append(finding(INCENTIVE, m.start(), m.end(), message(INCENTIVE, "an offer of something of value")))
    return out
