"""Table-driven tests for the third round of class-level mechanisms: words used in their everyday sense (a perk
named in a policy, a health word about the building, a schedule that is the building's), staff names joined by
"and", the reader coming back, a treatment "doing its job", and rebukes for posting.

Every review, name and detail here is invented for these tests. Reviews use inline markup ([[TYPE:...]]) so the
review findings are fixed by the test, including the detector's mislabels of staff names as places.
"""

from __future__ import annotations

import pytest

from app.replycheck.rules import CONFIRMS_PATIENT, DEFENSIVE, ECHO_PHI, INCENTIVE, NEW_PHI

from .test_generalize_classes import _flagged, run  # noqa: F401  (the fixture is used by name)


def spans_of(findings, draft: str, rule: str) -> list[str]:
    return [draft[f.start : f.end] for f in findings if f.rule == rule]


# --- INCENTIVE: a perk named as a noun is an offer only when someone is offered it.

INCENTIVE_POLICY = [
    "Prices and any discounts should be explained before anyone commits to a purchase.",
    "Our refund policy is posted at the front desk and on our website.",
    "Coupons from outside mailers are handled by the billing office, (555) 010-0142.",
]
INCENTIVE_OFFERS = [
    ("We'd love to offer a discount on the next cleaning.", "discount"),
    ("You'll get a voucher for the café downstairs.", "voucher"),
    ("We've decided to refund every forms fee charged this year.", "refund"),
    ("Here's a coupon for your trouble.", "coupon"),
    ("Con gusto le descontaremos la mitad del saldo.", "descontaremos"),
    ("Esta vez no le cobraremos la consulta.", "no le cobraremos"),
]


@pytest.mark.parametrize("draft", INCENTIVE_POLICY)
def test_a_perk_named_in_a_policy_is_not_an_offer(check, draft):
    assert spans_of(check(draft), draft, INCENTIVE) == []


@pytest.mark.parametrize(("draft", "expected"), INCENTIVE_OFFERS)
def test_offers_still_block(check, draft, expected):
    assert any(expected.lower() in s.lower() for s in spans_of(check(draft), draft, INCENTIVE))


# --- NEW_PHI: a one-word health term in its everyday sense, and the building's own schedule.

NEW_PHI_EVERYDAY = [
    "Dignity and sensitivity in every interaction are non-negotiable for our staff.",
    "Drainage work on our parking area is scheduled for this spring, and we'll share your kind words with the team.",
    "The elevator repair is scheduled for next week.",
    "New phone lines are scheduled for installation in March.",
]
NEW_PHI_STILL = [
    ("The difference came from a separate pathology charge.", "pathology"),
    ("Your cleaning is scheduled for next week.", "is scheduled for"),
    ("His follow-up is due next month.", "is due"),
    ("We hope the drainage from the incision has stopped.", "drainage"),
]


@pytest.mark.parametrize("draft", NEW_PHI_EVERYDAY)
def test_everyday_senses_are_not_new_phi(check, draft):
    assert spans_of(check(draft), draft, NEW_PHI) == []


@pytest.mark.parametrize(("draft", "expected"), NEW_PHI_STILL)
def test_details_about_someone_still_are(check, draft, expected):
    flagged = spans_of(check(draft), draft, NEW_PHI)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


# --- Spanish everyday words are not misspelt drug names ("cambios" is not Camzyos, "alegran" is not Allegra).

SPANISH_EVERYDAY = [
    "¡Muchas gracias! Comentarios así nos alegran el día.",
    "Lamentamos cualquier confusión con los cambios de horario; puede llamar al (555) 010-0142.",
]


@pytest.mark.parametrize("draft", SPANISH_EVERYDAY)
def test_spanish_everyday_words_are_not_health_terms(check, draft):
    assert spans_of(check(draft), draft, NEW_PHI) == []


def test_a_spanish_spelling_that_sounds_like_the_term_still_counts(detector):
    text = "Me pusieron anestesia general para sacarme la muela."
    found = [text[f.start : f.end] for f in detector.scan(text) if f.entity_type == "HEALTH"]
    assert any("anestesia" in s for s in found), found


# --- Staff names joined by "and", or read as places, in a frame that passes praise on.

STAFF_JOINED = [
    ("Did six months of [[HEALTH:PT]] with [[PERSON:Ottoline]] and [[LOCATION:Brisbane]].",
     "We'll make sure Ottoline and Brisbane see it; they'll be thrilled."),
    ("[[LOCATION:Perpetua]] is wonderful with my son.", "We appreciate the note, and Perpetua will love hearing this."),
    ("Had my [[HEALTH:home birth]] with [[PERSON:Ingeborg]] and [[PERSON:Calloway]].",
     "We'll make sure Ingeborg and Calloway read it."),
]
FAMILY_JOINED = [
    ("My daughter [[PERSON:Marisol]] and my son [[PERSON:Tadeo]] both had [[HEALTH:strep]].",
     "We'll make sure Marisol and Tadeo see it.", "Marisol"),
]


@pytest.mark.parametrize(("review", "draft"), STAFF_JOINED)
def test_joined_staff_names_share_the_frame(run, review, draft):  # noqa: F811
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []


@pytest.mark.parametrize(("review", "draft", "expected"), FAMILY_JOINED)
def test_family_names_are_never_staff(run, review, draft, expected):  # noqa: F811
    assert expected in _flagged(run(review, draft), draft, ECHO_PHI)


# --- CONFIRMS_PATIENT: the reader coming back, a treatment working; reader nouns include thanks.

CONFIRMS_MORE = [
    ("We'll make sure things go more smoothly for you next time.", "for you next time"),
    ("Our team will be ready for you both this fall.", "ready for you both"),
    ("We're sorry we had to ask you to come back in a second time.", "ask you to come"),
    ("We're glad the newer medication is doing its job.", "doing its job"),
    ("We're glad that part has been helpful.", "has been helpful"),
]
CONFIRMS_NOT = [
    "We will pass your thanks to the whole team.",
    "We hope this information is helpful.",
    "We hope the new parking signs are helping everyone find us.",
    "We truly hope people feel welcome here.",
]


@pytest.mark.parametrize(("draft", "expected"), CONFIRMS_MORE)
def test_more_confirmations(check, draft, expected):
    flagged = spans_of(check(draft), draft, CONFIRMS_PATIENT)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


@pytest.mark.parametrize("draft", CONFIRMS_NOT)
def test_not_confirmations(check, draft):
    findings = check(draft)
    assert spans_of(findings, draft, CONFIRMS_PATIENT) == []
    assert spans_of(findings, draft, ECHO_PHI) == []


# --- DEFENSIVE: rebuking the reviewer for posting.

@pytest.mark.parametrize(("draft", "expected"), [
    ("We ask families to raise concerns with us directly rather than posting accusations online.", "rather than posting"),
    ("Instead of going online, please call us.", "instead of going online"),
    ("These false accusations hurt our staff.", "false accusations"),
])
def test_rebuking_the_post_is_defensive(check, draft, expected):
    flagged = spans_of(check(draft), draft, DEFENSIVE)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


# --- ECHO_PHI concept groups: a teen's age, a school, a newborn's first days, a fertility cycle, speech milestones,
# --- final days. Each fires only when the review raised the matter.

CONCEPT_ECHOES = [
    ("My son [[PERSON:Anselm]] ([[AGE:16]]) started therapy here.", "Teens deserve a safe space.", "Teens"),
    ("Her counselor at [[LOCATION:Birchfield High]] was told about her meds.",
     "Communication with schools needs a family's written consent.", "schools"),
    ("Our newborn had [[HEALTH:jaundice]] on day two.", "Supporting new parents through those first days matters to us.",
     "those first days"),
    ("Our [[HEALTH:IVF]] transfer failed and we heard by voicemail.", "Learning that a cycle didn't work is heartbreaking.",
     "a cycle"),
    ("He had maybe 10 words before [[HEALTH:speech therapy]].", "Nothing beats hearing those first full sentences!",
     "full sentences"),
    ("Dad came home on [[HEALTH:hospice]] and our nurse was wonderful.", "It was an honor to help in those final days.",
     "final days"),
]
CONCEPT_QUIET = [
    ("The parking lot was full and the music was loud.", "Teens and adults alike deserve a calm waiting room."),
    ("The parking lot was full and the music was loud.", "Our schools outreach team visits every August."),
    ("We waited 15, maybe 20 minutes, and the music was too high.", "Teens and schools are welcome at our open house."),
    ("The card terminal was broken and I came home from work annoyed.",
     "So far, our new phones have helped, and we will pass this along."),
]


@pytest.mark.parametrize(("review", "draft", "expected"), CONCEPT_ECHOES)
def test_concept_echoes(run, review, draft, expected):  # noqa: F811
    assert any(expected.lower() in s.lower() for s in _flagged(run(review, draft), draft, ECHO_PHI))


@pytest.mark.parametrize(("review", "draft"), CONCEPT_QUIET)
def test_concepts_need_the_review_to_raise_them(run, review, draft):  # noqa: F811
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []


@pytest.mark.parametrize(("draft", "rule", "expected"), [
    ("Cervical procedures are routinely done with local anesthetic only.", DEFENSIVE, "routinely done with"),
    ("Por ley, en el expediente solo aparece la firma de la madre.", CONFIRMS_PATIENT, "en el expediente"),
])
def test_norms_and_spanish_records(check, draft, rule, expected):
    flagged = spans_of(check(draft), draft, rule)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


def test_a_crisis_line_offered_to_anyone_is_not_new_phi(check):
    draft = "Anyone who needs immediate support can reach the 988 Suicide & Crisis Lifeline by call or text."
    assert spans_of(check(draft), draft, NEW_PHI) == []


@pytest.mark.parametrize(("review", "draft", "expected"), [
    ("I drove 40 minutes from Pinecrest for this.", "No one should make a long drive only to be turned away.", "long drive"),
    ("I live in Harwick and drive 30 minutes past two other offices.",
     "Knowing that people drive in from a few towns over means a lot.", "towns over"),
])
def test_travel_allusions(run, review, draft, expected):  # noqa: F811
    assert any(expected.lower() in s.lower() for s in _flagged(run(review, draft), draft, ECHO_PHI))


def test_travel_words_need_a_journey_in_the_review(run):  # noqa: F811
    draft = "No one should face a long drive only to be turned away."
    assert _flagged(run("The parking lot was full and the music was loud.", draft), draft, ECHO_PHI) == []


@pytest.mark.parametrize("draft", [
    "We love seeing that smile every month!",
    "¡Nos encanta ver esa sonrisa cada mes!",
])
def test_pointing_at_a_face_confirms(check, draft):
    assert spans_of(check(draft), draft, CONFIRMS_PATIENT)


def test_a_system_error_in_spanish_is_not_a_record(check):
    draft = "Hubo un error en el sistema de citas y ya lo corregimos."
    assert spans_of(check(draft), draft, CONFIRMS_PATIENT) == []


def test_blaming_a_vendor_is_not_blaming_the_patient(check):
    draft = "The delay happened because their software wasn't updated by the vendor."
    assert spans_of(check(draft), draft, DEFENSIVE) == []


@pytest.mark.parametrize(("draft", "expected"), [
    ("The lab work is scheduled for Monday.", "is scheduled for"),
    ("The biopsy appointment was moved to Monday.", "biopsy"),
])
def test_care_schedules_still_count(check, draft, expected):
    flagged = spans_of(check(draft), draft, NEW_PHI)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


def test_a_seizure_near_a_crisis_line_still_counts(check):
    draft = "We're sorry someone had to call 911 after the seizure in our lobby."
    assert any("seizure" in s for s in spans_of(check(draft), draft, NEW_PHI))


@pytest.mark.parametrize(("draft", "rule", "expected"), [
    ("We've spoken with the staff member who wrote your note.", CONFIRMS_PATIENT, "wrote your note"),
    ("The tech repeated the test because his first efforts didn't meet quality standards.", DEFENSIVE, "because his"),
])
def test_documents_and_blame(check, draft, rule, expected):
    flagged = spans_of(check(draft), draft, rule)
    assert any(expected.lower() in s.lower() for s in flagged), flagged


def test_thanks_for_the_note_is_fine(check):
    draft = "Thank you for your note; we read every one."
    assert spans_of(check(draft), draft, CONFIRMS_PATIENT) == []


def test_an_email_address_is_not_a_word_echo(run):  # noqa: F811
    review = "The [[HEALTH:hearing test]] was thorough but the price was a shock."
    draft = "Please write to hearing@clinic.example or call us."
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []


@pytest.mark.parametrize(("draft", "flagged"), [
    ("We hope that screen-time blur eases up soon!", True),
    ("We hope the itching clears up quickly.", True),
    ("We hope the billing confusion clears up quickly.", False),
    ("We hope the wait improves with our new scheduler.", False),
    ("We hope the new parking situation improves.", False),
    ("We hope the construction noise settles down soon.", False),
])
def test_wishing_a_symptom_away(check, draft, flagged):
    assert bool(spans_of(check(draft), draft, ECHO_PHI)) is flagged


def test_a_titled_name_in_the_coordination(run):  # noqa: F811
    review = "Did a month of [[HEALTH:PT]] with [[LOCATION:Brisbane]] and Dr. Okafor."
    draft = "Brisbane and Dr. Okafor will be thrilled to hear this."
    assert _flagged(run(review, draft), draft, ECHO_PHI) == []
