"""Rule ids, their plain-English explanations (RULES, shown in the UI) and the finding messages."""

from __future__ import annotations

from app.replycheck.types import BLOCK, WARN

ECHO_PHI = "ECHO_PHI"
NEW_PHI = "NEW_PHI"
CONFIRMS_PATIENT = "CONFIRMS_PATIENT"
MEDICAL_ADVICE = "MEDICAL_ADVICE"
DEFENSIVE = "DEFENSIVE"
GUARANTEE = "GUARANTEE"
INCENTIVE = "INCENTIVE"
WARN_NO_CONTACT = "WARN_NO_CONTACT"
WARN_LENGTH = "WARN_LENGTH"

BLOCKING_RULES = (ECHO_PHI, NEW_PHI, CONFIRMS_PATIENT, MEDICAL_ADVICE, DEFENSIVE, GUARANTEE, INCENTIVE)
WARNING_RULES = (WARN_NO_CONTACT, WARN_LENGTH)

SEVERITY: dict[str, str] = {**{r: BLOCK for r in BLOCKING_RULES}, **{r: WARN for r in WARNING_RULES}}

# One paragraph per rule for the UI's "why was this flagged" panel.
RULES: dict[str, str] = {
    ECHO_PHI: (
        "A public reply must not repeat anything the reviewer disclosed, even in another form. That covers the "
        "reviewer's name (any part of it), family members' names, conditions, procedures, medications, amounts, "
        "insurance carriers, dates, ages, places and workplaces, and generic allusions to them such as \"your "
        "extraction\" for a tooth that was pulled, \"this loss\" for a miscarriage or \"holidays included\" for a "
        "Christmas Eve visit. Words are compared on their stems, so \"extracted\" and \"extraction\" or \"teeth\" "
        "and \"tooth\" count as the same detail."
    ),
    NEW_PHI: (
        "A reply must not add health, visit, record, billing or scheduling facts about the reviewer that the "
        "review did not state: findings, measurements, chart changes, balances, upcoming appointments (\"your next "
        "cleaning\"), contact history or waitlist status. Names, dates, amounts and health terms that the PHI "
        "detector finds in the draft count too, except the practice's own configured name, contact details and "
        "staff."
    ),
    CONFIRMS_PATIENT: (
        "A reply must not imply that the reviewer is or was a patient. Phrases such as \"your visit\", \"your "
        "treatment\", \"we saw you\", \"it was a pleasure caring for you\", \"see you next time\", \"as your "
        "dentist\" or \"your email on file\" confirm the relationship. Saying that the practice checked its records "
        "or logs also confirms it, even when the point is to deny. Speak about practice-wide standards instead "
        "(\"every patient we see\", \"our patients\")."
    ),
    MEDICAL_ADVICE: (
        "A public reply must not give instructions or clinical judgements about the reviewer's situation: what to "
        "take or do, doses, that a symptom is normal or expected, or that a follow-up is needed. Clinical advice "
        "belongs in a private conversation. A crisis line offered to anyone (\"If anyone is in crisis, call or text "
        "988\") is not advice."
    ),
    DEFENSIVE: (
        "A reply must not argue with, blame or contradict the reviewer: \"that's not what happened\", \"you were "
        "late\", \"per our policy you\", \"our records show\", \"you signed\", \"we did nothing wrong\". Citing "
        "policy or records against the reviewer also discloses the relationship. Acknowledge the concern and move "
        "the conversation offline."
    ),
    GUARANTEE: (
        "A reply must not make unconditional promises about outcomes, clinical or service: \"it will heal "
        "completely\", \"guaranteed\", \"this will never happen again\", \"100%\". Commit to reviewing and "
        "improving instead."
    ),
    INCENTIVE: (
        "A public reply must not offer anything of value: discounts, credits, refunds, write-offs, free services or "
        "consultations, gift cards, coupons or parking validation. This applies whether or not the offer is tied to "
        "the review."
    ),
    WARN_NO_CONTACT: (
        "A reply to a review of 3 stars or fewer should give the reviewer a way to continue the conversation "
        "offline: the practice's phone, email or a named contact, or an invitation such as \"please contact us\"."
    ),
    WARN_LENGTH: (
        "The reply is longer than the platform allows (measured in UTF-8 bytes) and would be cut off. The flagged "
        "span is the part past the limit."
    ),
}

# The short statement of each rule quoted in every finding message. Messages describe, they never quote the
# review or the draft: they go to logs and to the JSON API.
_RULE_STATEMENTS: dict[str, tuple[str, str]] = {
    ECHO_PHI: (
        "Repeats something the reviewer disclosed",
        "a reply must not repeat any detail from the review, even in another form.",
    ),
    NEW_PHI: (
        "Adds personal or health information",
        "a reply must not state health, visit, record or billing facts about the reviewer that the review did not.",
    ),
    CONFIRMS_PATIENT: (
        "Confirms the reviewer is a patient",
        "a reply must not imply that the reviewer is or was a patient, not even by saying records were checked.",
    ),
    MEDICAL_ADVICE: (
        "Gives medical advice",
        "a public reply must not give instructions or clinical judgements about the reviewer's situation.",
    ),
    DEFENSIVE: (
        "Argues with the reviewer",
        "a reply must not argue, blame, contradict or cite policy or records against the reviewer.",
    ),
    GUARANTEE: (
        "Makes a guarantee",
        "a reply must not promise outcomes unconditionally.",
    ),
    INCENTIVE: (
        "Offers something of value",
        "a public reply must not offer discounts, credits, refunds, free services or other perks.",
    ),
    WARN_NO_CONTACT: (
        "No way to continue offline",
        "a reply to a review of 3 stars or fewer should offer the practice's phone, email or a contact person.",
    ),
    WARN_LENGTH: (
        "Too long for the platform",
        "the reply must fit the platform's length limit.",
    ),
}


def message(rule: str, detail: str = "") -> str:
    """The plain-English message for a finding. detail must be a description, never text from the draft/review."""
    title, statement = _RULE_STATEMENTS[rule]
    text = f"{title} ({rule}): {statement}"
    if detail:
        text += f" Here: {detail}."
    return text
