"""Table-driven tests for the second round of class-level mechanisms (staff names, frequencies, denials and excuses,
record searches in any wording, schedule and order status, outcome remarks, child and speech allusions, Spanish
family remarks, care imperatives).

Every review, name and detail here is invented for these tests. Reviews use inline markup ([[TYPE:...]]) so the
review findings are fixed by the test, including the detector's typical mislabels of staff names (a name read as a
LOCATION or even HEALTH), which the gate must survive.
"""

from __future__ import annotations

import pytest

from app.phi.types import PhiFinding
from app.replycheck.checker import check_reply
from app.replycheck.lexicon import staff_name_runs
from app.replycheck.rules import CONFIRMS_PATIENT, DEFENSIVE, ECHO_PHI, MEDICAL_ADVICE, NEW_PHI
from app.replycheck.types import PracticeContact, ReplyCheckInput

from .test_generalize import _parse

NEUTRAL = "The parking lot was full and the lobby music was too loud."


@pytest.fixture(scope="module")
def run(detector):
    def _run(marked_review: str, draft: str, *, name: str = "Pat Placeholder"):
        review, found = _parse(marked_review)
        if not found:  # an empty tuple makes the checker scan the review; keep the test's own (empty) view
            found = (PhiFinding("PROVIDER", 0, 0, 1.0, "test"),)
        inp = ReplyCheckInput(
            review_text=review, reviewer_name=name, draft=draft, review_findings=found,
            practice=PracticeContact(), rating=2,
        )
        return check_reply(inp, detector=detector)

    return _run


def _flagged(findings, draft: str, rule: str) -> list[str]:
    return [draft[f.start : f.end] for f in findings if f.rule == rule]


def _blocking(findings, draft: str) -> list[tuple[str, str]]:
    return [(f.rule, draft[f.start : f.end]) for f in findings if f.is_blocking]


# --- Staff the review named: a role noun or a service next to the name makes it staff, whatever the detector
# --- called it. Passing praise to them is allowed by policy.

STAFF_NAMED_IN_REVIEW = [
    ("Hygienist [[PERSON:Carla]] was gentle during my [[HEALTH:crown prep]].", "We'll pass your kind words along to Carla."),
    ("My OT [[HEALTH:Renata]] got my grip back after the [[HEALTH:wrist fracture]].", "Renata will be thrilled to hear this."),
    ("[[LOCATION:Devon]] at the front desk sorted out my [[FINANCIAL:Humana]] mess.", "We'll make sure Devon sees this!"),
    ("Two sessions of massage therapy with [[PERSON:Anneliese]] fixed my [[HEALTH:sciatica]].",
     "Thank you for the kind words about Anneliese!"),
    ("[[LOCATION:the RT Bartholomew]] refit my [[HEALTH:CPAP]] mask.", "We'll share this with Bartholomew."),
    ("dr [[LOCATION:Nkechi Adeyemi]] was wonderful with my [[HEALTH:croup]].", "We'll share it with Dr. Adeyemi."),
    ("[[PERSON:Rosalind]], my dental assistant, was so patient with my [[HEALTH:gag reflex]].",
     "Rosalind will love reading this."),
    ("Seen by [[PERSON:Thaddeus]] for my [[HEALTH:plantar warts]], painless.", "Thaddeus and the team thank you!"),
    ("the front desk girl [[LOCATION:Brianna]] fixed my [[FINANCIAL:Cigna]] claim.", "We'll make sure Brianna sees this."),
]


@pytest.mark.parametrize(("review", "draft"), STAFF_NAMED_IN_REVIEW)
def test_praise_for_staff_the_review_named_is_not_an_echo(run, review, draft):
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []


FAMILY_NAMES_STILL_ECHO = [
    ("My son [[PERSON:Arlo]] saw the hygienist for a [[HEALTH:chipped tooth]].", "We'll pass this along to Arlo.", "Arlo"),
    ("Booked an appointment with my daughter [[PERSON:Wrenna]] for her [[HEALTH:ear infection]].",
     "Please say hi to Wrenna for us.", "Wrenna"),
    ("I brought [[PERSON:Gideon]], my husband, in for his [[HEALTH:kidney stone]].", "Gideon was a delight.", "Gideon"),
]


@pytest.mark.parametrize(("review", "draft", "expected"), FAMILY_NAMES_STILL_ECHO)
def test_relatives_are_never_treated_as_staff(run, review, draft, expected):
    assert expected in _flagged(run(review, draft), draft, ECHO_PHI)


STAFF_NAME_RUNS = [
    ("Please reach our office manager, Priya Natarajan, at the number below.", ["Priya Natarajan"]),
    ("Por favor llame a nuestra coordinadora, Elena Cisneros, al (555) 010-0101.", ["Elena Cisneros"]),
    ("Nuestro gerente, Rodrigo Peñalosa, le atenderá con gusto.", ["Rodrigo Peñalosa"]),
    ("My PT Jonas pushed me, and Lidia at reception was lovely.", ["Jonas", "Lidia"]),
    ("Ask for Mateo, our patient navigator, any weekday.", ["Mateo"]),
    ("We had a lovely time at the beach in Malibu.", []),
]


@pytest.mark.parametrize(("text", "names"), STAFF_NAME_RUNS)
def test_staff_name_runs(text, names):
    assert [text[s:e] for s, e in staff_name_runs(text)] == names


def test_staff_contact_name_is_not_new_phi(check):
    draft = "Lamentamos lo ocurrido. Por favor llame a nuestra coordinadora, Itzel Quintanilla, al (555) 010-0133."
    assert spans_of(check(draft, review="Muy mala atención en la recepción."), draft, NEW_PHI) == []


def spans_of(findings, draft, rule):
    return [draft[f.start : f.end] for f in findings if f.rule == rule]


# --- Frequencies are not dates: "on Saturdays" in the review is not PHI, so an operational reply may name the day.

FREQUENCY_NOT_ECHO = [
    ("The wait is long on Saturdays and my [[HEALTH:allergy shots]] take forever.",
     "We're adding staff on Saturday mornings."),
    ("Phones are never answered on [[DATE_TIME:Mondays]].", "We've added a second phone line on Mondays."),
    ("They close early [[DATE_TIME:every Friday]].", "Our Friday hours are posted on our website."),
]


@pytest.mark.parametrize(("review", "draft"), FREQUENCY_NOT_ECHO)
def test_frequencies_are_not_echoed_dates(run, review, draft):
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []


def test_a_real_date_still_echoes(run):
    draft = "We're sorry about what happened on Saturday."
    flagged = _flagged(run("I came in [[DATE_TIME:Saturday]] with a [[HEALTH:migraine]].", draft), draft, ECHO_PHI)
    assert "Saturday" in flagged


# --- DEFENSIVE: correction framing, absolute denials about the practice's people, third-party excuses.

DEFENSIVE_POSITIVE = [
    ("Just to clarify, our hygienists follow the same checklist every time.", "Just to clarify,"),
    ("To be fair: the lobby was full that day.", "To be fair:"),
    ("We think there's been a misunderstanding about the estimate.", "misunderstanding"),
    ("With all due respect, the waiting room is cleaned hourly.", "With all due respect"),
    ("Our doctors don't ever brush off symptoms.", "Our doctors don't ever brush"),
    ("Our front desk staff would never mock anyone.", "would never mock"),
    ("Nobody on our team would ever raise their voice.", "Nobody on our team would ever raise"),
    ("Treatment packages are never sold on a first visit.", "are never sold"),
    ("Extra services are always optional here.", "are always optional"),
    ("The delay was due to the insurer's portal glitch.", "due to the insurer"),
    ("Our phones went down because of a vendor software outage.", "because of a vendor"),
    ("That was the pharmacy's mistake.", "pharmacy's mistake"),
    ("The closure was beyond our control.", "beyond our control"),
    ("The Monday closure was mandatory.", "was mandatory"),
    ("According to the front desk log, nobody called.", "According to the front desk log"),
]

DEFENSIVE_NEGATIVE = [
    "We want billing at our clinic to be clear, accurate and easy to read.",
    "Our team is always happy to help with questions about pricing.",
    "We never want anyone to leave without answers.",
    "Our providers never stop learning, and we've shared your thoughts with them.",
    "Fees should never be a surprise, and our price list is posted in the lobby.",
    "We always aim to explain costs up front.",
    "Our staff always welcome questions at the desk.",
    "No one should ever feel rushed during a visit to our office.",
]


@pytest.mark.parametrize(("draft", "expected"), DEFENSIVE_POSITIVE)
def test_defensive_classes_positive(check, draft, expected):
    flagged = spans_of(check(draft), draft, DEFENSIVE)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", DEFENSIVE_NEGATIVE)
def test_defensive_classes_negative(check, draft):
    assert spans_of(check(draft), draft, DEFENSIVE) == []


# --- CONFIRMS_PATIENT: record searches with any verb, the reviewer on the schedule, third-party reports and order
# --- status, outcome remarks, regards to a child.

CONFIRMS_POSITIVE = [
    ("We pulled up our call history and saw two missed calls.", "pulled up our call history"),
    ("After combing through our appointment records, we found the mix-up.", "combing through our appointment records"),
    ("Our billing team looked back over the account notes.", "looked back over the account notes"),
    ("Our sign-in logs were checked twice.", "logs were checked"),
    ("We have you pencilled in for a recheck next Thursday.", "We have you pencilled in"),
    ("We've got you down for the 9th.", "got you down"),
    ("You're booked with Dr. Imani for the 3rd.", "You're booked with"),
    ("The pathology lab emailed us this morning.", "The pathology lab emailed"),
    ("Your new hearing aids are in!", "hearing aids"),
    ("The night guard is ready for pickup.", "night guard is ready"),
    ("We're so glad the incision has healed nicely.", "the incision has healed"),
    ("Good to know how quickly things cleared up.", "things cleared up"),
    ("We're thrilled the new orthotics are helping.", "orthotics are helping"),
    ("She loves seeing how tall the girls are getting.", "loves seeing how tall"),
    ("Give that brave little guy a fist bump from us!", "fist bump"),
    ("Nos da gusto saber que su mamá ya se siente mejor.", "su mamá ya se siente mejor"),
    ("Le deseamos a su esposo una pronta recuperación.", "pronta recuperación"),
]

CONFIRMS_NEGATIVE = [
    "We're reviewing how our voicemail is set up so every message gets a reply within a day.",
    "Please go to our records department page for copies of forms.",
    "We're working on our phone system so no one waits on hold.",
    "We're glad the new kiosks are helping everyone check in faster.",
    "We're sorry things turned out this way and would like to talk.",
    "Our records team can help with any records request.",
    "Our nurses love helping little ones feel at ease.",
]


@pytest.mark.parametrize(("draft", "expected"), CONFIRMS_POSITIVE)
def test_confirms_classes_positive(check, draft, expected):
    flagged = spans_of(check(draft), draft, CONFIRMS_PATIENT)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", CONFIRMS_NEGATIVE)
def test_confirms_classes_negative(check, draft):
    assert spans_of(check(draft), draft, CONFIRMS_PATIENT) == []


# --- NEW_PHI: schedule and order facts the review did not state.

NEW_PHI_POSITIVE = [
    ("We have you down for a recheck with Dr. Osei on the 21st.", "on the 21st"),
    ("You're scheduled for Tuesday at 9.", "You're scheduled for"),
    ("The imaging center called and your scans are back.", "scans are back"),
    ("The replacement retainer is ready.", "retainer is ready"),
]


@pytest.mark.parametrize(("draft", "expected"), NEW_PHI_POSITIVE)
def test_new_phi_schedule_and_orders(check, draft, expected):
    flagged = spans_of(check(draft), draft, NEW_PHI)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


# --- ECHO_PHI: allusions through concept groups (a child, speech, cancer and family history, a workplace), Spanish
# --- relatives, and outcome remarks.

ECHO_ALLUSIONS = [
    ("My daughter [[PERSON:Pia]] was terrified of [[HEALTH:shots]].", "Tell that little trooper we said hi!", "little trooper"),
    ("My twin daughters had [[HEALTH:strep]].", "Both girls are getting so big!", "Both girls"),
    ("My toddler has a [[HEALTH:stutter]] and sees your speech team.", "We love hearing all those new words!", "new words"),
    ("Our boy started [[HEALTH:speech therapy]] at two.", "What a chatterbox he has become!", "chatterbox"),
    ("My mother had [[HEALTH:ovarian cancer]] so I was scared waiting for the [[HEALTH:scan]].",
     "When genetic risk weighs on you, any wait feels long.", "genetic risk"),
    ("With a family history like mine, the [[HEALTH:biopsy]] wait was agony.",
     "Waiting is hard when family history is part of the picture.", "family history"),
    ("They scheduled around my night shifts at the [[LOCATION:Kestrel Logistics]] distribution center.",
     "Flexible hours matter for folks working nights at a warehouse.", "warehouse"),
    ("Mi abuela [[PERSON:Rosario]] tiene [[HEALTH:diabetes]].", "Saludos a su abuela de parte de todos.", "su abuela"),
    ("Mi mamá tuvo [[HEALTH:neumonía]].", "Nos alegra saber que su mamá está mucho mejor.", "está mucho mejor"),
    ("My [[HEALTH:gallbladder surgery]] went fine but the desk was rude.", "So glad the incision has healed nicely.",
     "the incision has healed"),
    ("My [[HEALTH:plantar fasciitis]] made walking miserable.", "We're thrilled the new orthotics are helping.",
     "orthotics are helping"),
]


@pytest.mark.parametrize(("review", "draft", "expected"), ECHO_ALLUSIONS)
def test_echo_allusions(run, review, draft, expected):
    flagged = _flagged(run(review, draft), draft, ECHO_PHI)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


ECHO_ALLUSION_NEGATIVE = [
    ("My son has [[HEALTH:asthma]].", "Our nurses love helping little ones feel brave."),
    ("My son has [[HEALTH:asthma]].", "Thank you for your kind words; we'd love to talk this through."),
    ("I had a [[HEALTH:biopsy]] last spring.", "Thank you for the feedback. Please call our office manager."),
    ("My toddler is in [[HEALTH:speech therapy]].", "Thank you so much for the kind words!"),
]


@pytest.mark.parametrize(("review", "draft"), ECHO_ALLUSION_NEGATIVE)
def test_echo_allusions_negative(run, review, draft):
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []


# --- MEDICAL_ADVICE: care imperatives addressed to the reader.

ADVICE_POSITIVE = [
    ("Keep the foot elevated and stay off it for a few days.", "Keep the foot elevated"),
    ("Until then, keep it iced.", "keep it iced"),
    ("Please stay hydrated and put a warm compress on it.", "stay hydrated"),
    ("Put ice on it twice a day.", "Put ice"),
    ("Sleep with your head propped up for a week.", "Sleep with your"),
    ("Change the dressing every morning.", "Change the dressing"),
    ("Hydrate, and call us if it gets worse.", "Hydrate"),
]

ADVICE_NEGATIVE = [
    "Please keep us posted and call our office manager any time.",
    "Keep in touch, and thank you for the kind words.",
    "We keep the waiting room clean and quiet for everyone.",
    "Stay tuned for our new Saturday hours.",
]


@pytest.mark.parametrize(("draft", "expected"), ADVICE_POSITIVE)
def test_care_imperatives(check, draft, expected):
    flagged = spans_of(check(draft), draft, MEDICAL_ADVICE)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", ADVICE_NEGATIVE)
def test_care_imperatives_negative(check, draft):
    assert spans_of(check(draft), draft, MEDICAL_ADVICE) == []


# --- Whole-draft checks: safe operational or praise replies pass every rule.

SAFE_REPLIES = [
    ("Devon at the front desk sorted out my [[FINANCIAL:Humana]] mess.",
     "Thank you! We'll make sure Devon sees this. Please reach our office manager, Quinn Example, at (555) 010-0142."),
    ("The wait is long on Saturdays.", "We know weekend waits can run long, and we're adding staff on Saturday mornings."),
    (NEUTRAL, "We're sorry things turned out this way. Please call our practice manager, Quinn Example, at (555) 010-0142."),
]


@pytest.mark.parametrize(("review", "draft"), SAFE_REPLIES)
def test_safe_replies_pass(run, review, draft):
    assert _blocking(run(review, draft), draft) == []
