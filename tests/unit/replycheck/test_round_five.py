"""Table-driven tests for the fifth round of class-level mechanisms in the reply check.

New blocks: wording that confirms the relationship without a care noun (a particular visit or call pointed at, time
spent with the reader, the reader's start or time with the practice, staff who saw the reader, the practice about to
contact the reader, the outcome welcomed, the reader restored, Spanish equivalents) and polite or indirect argument
(respectful disagreement, doubt about the account, readers addressed over the reviewer's head, a policy applied "as
written", a notice called clearly posted or accurate, "we don't make exceptions", Spanish "con todo respeto").

New passes: conditional wording ("If you are a patient of ours"), accountability ("that's on us"), a gerund subject
("Taking time to explain ..."), "if our sign says", a staff pronoun after a name the tagger missed, a phrasal verb
that shares a word with the review ("set up" after "infusion set"), fixed phrases ("kind words", "feel heard",
"a sus órdenes"), a carrier's name that is a staff member's, and third-person "feel like themselves again".

Every review, name and detail here is invented for these tests.
"""

from __future__ import annotations

import pytest

from app.replycheck.rules import CONFIRMS_PATIENT, DEFENSIVE, ECHO_PHI, INCENTIVE, MEDICAL_ADVICE


def blocking(findings) -> set[str]:
    return {f.rule for f in findings if f.is_blocking}


CONFIRMING = [
    "We'd like to go over what happened at each of those visits.",
    "We're sorry that appointment went the way it did.",
    "Dr. Testa always enjoys her time with you.",
    "Thanks for being such a cheerful family to have in the office!",
    "We're so glad everything went well.",
    "It's wonderful to hear you're feeling like yourself again.",
    "We're sorry the start with us was so bumpy.",
    "The whole team has loved getting to know you.",
    "We've asked the receptionist you spoke with to follow up.",
    "We'd welcome another chance to get things right for you.",
    "We're sorry for the discomfort you felt in our waiting room.",
    "We're sorry the afternoon didn't go as planned.",
    "Our team is glad to keep supporting you.",
    "Our manager remembers speaking with you.",
    "Thank you for giving us a try.",
    "Thank you for coming back to see us.",
    "Our nurse will be reaching out to you directly.",
    "Our booking notes show the time was confirmed by phone.",
    "Nos alegra saber que todo salió bien.",
    "Ya hablamos con la recepcionista que les atendió.",
    "Lamentamos que se fueran de la clínica con dudas.",
    "Siempre es un gusto tenerla por aquí.",
]


@pytest.mark.parametrize("draft", CONFIRMING)
def test_relationship_without_a_care_noun_is_confirming(check, draft):
    assert CONFIRMS_PATIENT in blocking(check(draft))


DEFENSIVE_DRAFTS = [
    "We'd respectfully disagree with how this was described.",
    "Respectfully, we see this differently.",
    "We find it hard to believe anyone on our team would say that.",
    "We're not sure how this could have happened.",
    "We'd encourage reviewers to get the full picture before posting.",
    "Just so readers know, every estimate lists possible extra costs.",
    "We're confident nothing was shared with anyone.",
    "Our front desk simply applied the agreement as written.",
    "The device works well when used as directed.",
    "We'd ask for a little understanding on busy days.",
    "Our hours are clearly posted on our website.",
    "We do not make exceptions to the testing policy.",
    "Delays from weather are outside anyone's control.",
    "We would never rush a patient.",
    "In fairness, our receptionists greet hundreds of people a day.",
    "Our billing staff are never short with anyone.",
    "We'd just note that the form lists every fee.",
    "Con todo respeto, no es así como trabajamos.",
    "Agradecemos su comentario, pero la recepción siempre avisa con tiempo.",
    "La reseña no cuenta toda la historia.",
]


@pytest.mark.parametrize("draft", DEFENSIVE_DRAFTS)
def test_polite_or_indirect_argument_is_defensive(check, draft):
    assert DEFENSIVE in blocking(check(draft))


SAFE_DRAFTS = [
    "If you are a patient of ours and would like to talk, please call (555) 010-0142.",
    "If you are currently in our care and need help quickly, please call (555) 010-0142.",
    "That's on us, and we're fixing how reschedules are communicated.",
    "Taking time to explain things clearly is something our whole team cares about.",
    "If our sign says no appointment is needed, we should honor that until closing.",
    "Helping people feel like themselves again is the best part of what we do.",
    "We aim to return those calls the same business day.",
    "We work hard to make that first call easy for everyone.",
    "What can be booked online should match what happens at that appointment.",
    "Every promotion we advertise should be honored as written.",
    "Thank you for your kind words and for your honesty. Prompt follow-up is something we take seriously.",
    "Our whole team believes every family deserves to feel heard.",
    "Please leave a message and Quinn Example will call you back.",
]


@pytest.mark.parametrize("draft", SAFE_DRAFTS)
def test_practice_wide_conditional_and_accountable_wording_passes(check, draft):
    assert blocking(check(draft)) == set()


def test_an_offer_on_the_house_is_still_an_incentive(check):
    assert INCENTIVE in blocking(check("Your next visit is on us."))
    assert INCENTIVE in blocking(check("We've started validating garage parking for everyone."))


def test_a_gerund_subject_is_not_an_imperative_but_the_imperative_stays(check):
    assert MEDICAL_ADVICE not in blocking(check("Taking time to listen is what we do."))
    assert MEDICAL_ADVICE in blocking(check("Take ibuprofen and rest the knee."))


def test_a_staff_pronoun_after_a_name_the_review_gave_passes(check):
    review = "Dr. Testa and team are great. Tell Marisol at the front desk I said hi!"
    draft = "Thank you so much! Marisol will be thrilled, and we'll make sure she sees this."
    assert ECHO_PHI not in blocking(check(draft, review=review))


def test_a_phrasal_verb_is_not_one_word_of_a_longer_disclosure(check):
    review = "I'm down to my last infusion set and nobody will sign the supply form."
    safe = "Forms should never wait, and we've set up coverage so they are signed every business day."
    assert ECHO_PHI not in blocking(check(safe, review=review))
    echo = "We're sorry about the infusion set."
    assert ECHO_PHI in blocking(check(echo, review=review))


def test_a_carrier_name_that_is_a_staff_members_is_not_an_insurer_echo(check):
    review = "La Dra. Molina atendió a mi hija con mucha paciencia."
    draft = "¡Muchas gracias! Compartiremos su mensaje con la Dra. Molina y todo el equipo."
    assert ECHO_PHI not in blocking(check(draft, review=review))


def test_a_sus_ordenes_is_an_idiom(check):
    draft = "¡Gracias por sus palabras! Nuestra coordinadora está a sus órdenes en el (555) 010-0142."
    assert CONFIRMS_PATIENT not in blocking(check(draft))
    assert CONFIRMS_PATIENT in blocking(check("Revisamos sus órdenes médicas y su expediente."))


@pytest.mark.parametrize(
    "draft",
    [
        "Finishing treatment is a moment our whole team celebrates with you.",
        "Please tell her the feeling is mutual!",
        "Thank you for bearing with us through three trips in.",
    ],
)
def test_shared_moments_and_returned_affection_confirm(check, draft):
    assert CONFIRMS_PATIENT in blocking(check(draft))


@pytest.mark.parametrize(
    ("draft", "defensive"),
    [
        ("The late-arrival policy is posted at the front desk and applies to everyone.", True),
        ("Our records fee is listed in the intake paperwork.", True),
        ("Our standard fees are now posted on our website and at the front desk.", False),
        ("We've changed how our online estimate is calculated.", False),
        ("Our check-in process should be clearer, and we're working on it.", False),
    ],
)
def test_a_policy_stated_as_settled_fact_is_defensive_but_a_change_is_not(check, draft, defensive):
    assert (DEFENSIVE in blocking(check(draft))) is defensive


# --- Body systems by specialty: the review names the condition or device, the reply names the system.

SYSTEM_ALLUSIONS = [
    ("The cataract surgery went fine but the billing was a mess.", "We want everyone to see clearly again."),
    ("My new hearing aids whistle constantly.", "Good hearing matters to all of us here."),
    ("I finally got a CPAP that fits after the sleep study.", "Here's to better sleep!"),
    ("My COPD flared and nobody offered me a chair.", "We hope you're breathing easier."),
    ("Six weeks on crutches after the ACL repair and no call back.", "We love seeing people back on their feet."),
    ("My A1C was 9 and the nurse never called with the insulin plan.", "Managing blood sugar is hard for anyone."),
    ("Two years sober and this clinic made it possible with Suboxone.", "Sobriety is something we celebrate."),
    ("They checked my pacemaker twice in one month and billed both.", "Heart health is our whole focus."),
    ("Dialysis three times a week and the van is always late.", "Kidney care takes a toll on families."),
]


@pytest.mark.parametrize(("review", "draft"), SYSTEM_ALLUSIONS)
def test_a_body_system_named_after_its_condition_is_an_allusion(check, review, draft):
    assert ECHO_PHI in blocking(check(draft, review=review))


SYSTEM_TRAPS = [
    ("The sleep study was booked for the wrong night.", "Please call our sleep center coordinator at (555) 010-0142."),
    ("My hearing aids whistle constantly.", "Please write to us at frontdesk@birchwood.example."),
    ("My peanut allergy was missed on the form.", "We welcomed a second board-certified allergist this spring."),
    ("I finally got a CPAP that fits.", "Helping people feel rested and supported is why we do this work."),
]


@pytest.mark.parametrize(("review", "draft"), SYSTEM_TRAPS)
def test_departments_staff_titles_and_everyday_words_are_not_allusions(check, review, draft):
    assert ECHO_PHI not in blocking(check(draft, review=review))


# --- The shape of a rebuttal, settled notices, and the wording that answers a complaint by defending.

REBUTTAL_SHAPE = [
    "Our check-in kiosk timestamps every arrival, and the schedule runs to the minute.",
    "Dr. Testa is one of the most respected internists in the region.",
    "We triage by medical need, not arrival time. That is how every urgent care works.",
]


@pytest.mark.parametrize("draft", REBUTTAL_SHAPE)
def test_statements_about_the_practice_answering_a_complaint_are_defensive(check, draft):
    assert DEFENSIVE in blocking(check(draft, rating=1))


@pytest.mark.parametrize(
    ("draft", "rating"),
    [
        ("Our check-in kiosk timestamps every arrival, and the schedule runs to the minute.", 5),
        ("Our check-in kiosk timestamps every arrival. Please call (555) 010-0142 so we can look into it.", 1),
        ("We're sorry the wait was so long; we're adding a second scheduler in the mornings.", 2),
    ],
)
def test_praise_replies_acknowledgement_or_a_way_to_talk_are_not_that_shape(check, draft, rating):
    assert DEFENSIVE not in blocking(check(draft, rating=rating))


@pytest.mark.parametrize(
    ("draft", "defensive"),
    [
        ("Our hours are posted clearly at the entrance.", True),
        ("Every fee we charge is listed in the financial agreement.", True),
        ("Specialist visits are booked when clinically appropriate.", True),
        ("We're making sure fees are explained clearly for every family.", False),
        ("Our current fees and the plans we accept are listed on our website.", False),
        ("Had we known anyone was confused, we would have explained it again.", True),
        ("We're sorry; had we known the phones were down, we would have posted a notice.", False),
        ("We do try to run on time when everyone arrives on time.", True),
        ("We return every call within one business day.", True),
        ("We aim to return every call within one business day.", False),
        ("What might have looked like a personal call was actually a work call.", True),
        ("In our experience, the kiosk is extremely reliable.", True),
        ("Lamentamos que usted lo haya percibido de otra manera.", True),
    ],
)
def test_settled_notices_hypotheticals_and_absolute_claims(check, draft, defensive):
    assert (DEFENSIVE in blocking(check(draft))) is defensive


def test_a_refund_policy_named_is_not_an_offer(check):
    draft = "Anyone can ask for our refund and results policies in writing before buying."
    assert INCENTIVE not in blocking(check(draft))


def test_a_feeling_said_of_everyone_is_not_an_echo(check):
    review = "The billing office left me so confused I cried in the parking lot."
    draft = "Nobody should feel confused or unheard when they call us; please call (555) 010-0142."
    assert ECHO_PHI not in blocking(check(draft, review=review))


def test_the_practices_name_in_a_sign_off_is_not_an_allusion(check):
    review = "My son's peanut allergy plan was perfect and his asthma is finally controlled."
    draft = "Thank you so much! We'll pass your note along. - The team at Lakeview Allergy & Asthma"
    assert blocking(check(draft, review=review)) == set()


def test_a_staffing_change_is_not_a_record_change(check):
    draft = "Long waits are never acceptable, and we've added staff to shorten them for every family."
    assert blocking(check(draft)) == set()


MORE_ALLUSIONS = [
    ("The migraines were so bad I missed a week of classes.", "We know head pain can upend a semester."),
    ("My tummy tuck incision opened up and nobody called back.", "Body contouring recoveries can be hard."),
    ("The collections agency keeps calling even though TRICARE paid it.", "Military insurance billing can be confusing."),
    ("Mi hijo tiene Medicaid y nadie sabía qué cubría.", "Sabemos que los trámites del seguro estatal son difíciles."),
    ("Our daughter's braces came off two months late.", "Bite correction takes patience for every family."),
]


@pytest.mark.parametrize(("review", "draft"), MORE_ALLUSIONS)
def test_more_paraphrased_allusions(check, review, draft):
    assert ECHO_PHI in blocking(check(draft, review=review))


def test_the_reviewers_own_group_is_not_the_practices_name(check):
    review = "My quilting group at St. Odile's noticed my tremor before I did."
    draft = "Thank you! Please say hello to everyone at St. Odile's for us."
    assert ECHO_PHI in blocking(check(draft, review=review))


def test_a_symptom_said_of_everyone_is_still_an_allusion(check):
    review = "I was so dizzy after the injection that I had to sit on the floor."
    draft = "No one should feel dizzy after a visit, and we're reviewing our aftercare. Please call (555) 010-0142."
    assert ECHO_PHI in blocking(check(draft, review=review))


# --- Passes found by the code review of this round: acknowledgement in other words, aims, owned faults.

REVIEW_ROUND_PASSES = [
    "We value your feedback and will share it with the whole team.",
    "Your feedback matters to us and has been shared with our front desk manager.",
    "We aim to return those calls the same business day.",
    "Our whole team believes every family deserves to feel heard.",
    "We want to make sure every fee is clearly explained before a visit.",
    "Parking directions are included in the welcome packet we email before each visit.",
    "We note that several families have asked about weekend hours, and we're adding Saturday clinics.",
    "Please call us at (555) 010-0142 so we can get the full picture and make this right.",
    "Our front desk applied the cancellation policy incorrectly that day, and we're sorry.",
    "We would never ask you to share health details in a public forum, so please call us.",
    "Our team is never too busy to take your call; please call (555) 010-0142.",
    "We invite anyone reading this with billing questions to call our office at (555) 010-0142.",
    "We're sorry our reminder text came across that way.",
    "Thanks to your note, our website is up to date with the new hours.",
    "Gracias por su comentario, pero también queremos pedirle disculpas por la espera.",
    "Our phone system shows that Monday mornings are busiest, so we're adding a second receptionist.",
    "We want the experience with us to feel calm for everyone.",
    "Please leave a message at (555) 010-0142 and our manager will call you within one business day.",
    "Será un placer atenderle por teléfono en el (555) 010-0142.",
    "It's on us to fix this, and we're sorry.",
    "The mistake is on us, and we're sorry.",
]


@pytest.mark.parametrize("draft", REVIEW_ROUND_PASSES)
def test_review_round_passes_at_a_low_rating(check, draft):
    assert blocking(check(draft, rating=2)) == set()


@pytest.mark.parametrize("draft", SAFE_DRAFTS)
def test_practice_wide_wording_also_passes_at_a_low_rating(check, draft):
    assert blocking(check(draft, rating=2)) == set()


def test_a_family_name_in_a_comma_frame_is_still_an_echo(check):
    review = "The Ortega family has been coming here for years and this was the worst visit."
    draft = "We hear you, the Ortega family, and we're sorry. Please call (555) 010-0142."
    assert ECHO_PHI in blocking(check(draft, review=review))
