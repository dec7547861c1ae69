"""Table-driven tests for the fourth round of class-level mechanisms in the reply check: staff names in relay and
praise frames (multi-word names, Spanish, "for recognizing X"), clergy titles, entrusted feedback, amenities and
other people's places on the waitlist, offers to anyone ("you can book ahead", "if you follow our page"),
operational frequencies, a service word said of everyone, places compared on their own word forms, idioms built on
body words; and the new blocking classes (a long relationship, writing to the reader at home, "on your behalf",
"nothing we can do", a notice held up against the complaint, a dismissed review, "that's a promise").

Every review, name and detail here is invented for these tests.
"""

from __future__ import annotations

import pytest

from app.replycheck.rules import (
    CONFIRMS_PATIENT,
    DEFENSIVE,
    ECHO_PHI,
    GUARANTEE,
    MEDICAL_ADVICE,
    NEW_PHI,
)


def rules_of(findings) -> set[str]:
    return {f.rule for f in findings if f.is_blocking}


def spans_of(findings, draft: str, rule: str) -> list[str]:
    return [draft[f.start : f.end] for f in findings if f.rule == rule]


# --- Staff the review named without a title, thanked in the reply.

STAFF_PRAISE = [
    ("Wilhelmina worked with me every Tuesday on my grip after the stroke.",
     "Thank you for this. We'll be sure to pass it along to Wilhelmina."),
    ("Odalys Brandão did the vestibular exercises with me and my dizziness is gone.",
     "This made our day! Odalys Brandão and the whole team will be thrilled to read it."),
    ("Casimir drew my blood on the first try after two others missed.",
     "Thank you for recognizing Casimir; we'll make sure he hears it."),
    ("¡Gracias a Maricela! Vino a mi casa a ayudarme con la lactancia.",
     "¡Muchas gracias! Le compartiremos su mensaje a Maricela."),
    ("The chaplain, Brother Anselm, prayed with my dad every evening during his last weeks.",
     "Thank you. We will share your words with Brother Anselm and the nurses."),
]


@pytest.mark.parametrize(("review", "draft"), STAFF_PRAISE)
def test_praise_passed_to_staff_the_review_named_is_not_an_echo(check, review, draft):
    assert spans_of(check(draft, review=review), draft, ECHO_PHI) == []


FAMILY_STILL_ECHOED = [
    ("My brother Anselm drove me to every session after my stroke.", "We'll share this with Anselm.", "Anselm"),
    ("Mi hija Maricela tuvo fiebre alta toda la noche.", "Le compartiremos su mensaje a Maricela.", "Maricela"),
]


@pytest.mark.parametrize(("review", "draft", "name"), FAMILY_STILL_ECHOED)
def test_a_relative_is_still_an_echo_in_a_relay_frame(check, review, draft, name):
    assert name in spans_of(check(draft, review=review), draft, ECHO_PHI)


# --- Everyday sentences about the practice that must pass.

PRACTICE_WIDE_PASSES = [
    "Thank you for trusting us with this feedback. Please call our office manager at (555) 010-0142.",
    "A volunteer now stands by the check-in kiosk during the morning rush.",
    "We're open 7 to 7 every day, and you can always book ahead at (555) 010-0142.",
    "If you follow our page, we just posted photos of the new waiting room.",
    "We've added staff so voicemail messages are cleared twice a day.",
    "Everyone should get a written estimate, including what insurance is expected to pay, before work begins.",
    "Loaner wheelchairs are available at our main entrance for any visitor.",
    "We ask for a day's notice to cancel, so someone on the waitlist can have the time.",
    "Anyone having trouble reaching us can ask for the practice manager by name.",
    "Our renovated lobby is a sight for sore eyes after months of construction.",
    "Feedback like this hits a nerve with our whole team, and we're acting on it.",
    "We're welcoming a second board-certified dermatologist in the spring.",
    "Our waiting room now shows each provider's running schedule, so no one has to guess how long they'll wait.",
    "Helping people feel like partners in their own care is why our practice exists.",
]


@pytest.mark.parametrize("draft", PRACTICE_WIDE_PASSES)
def test_practice_wide_statements_pass(check, draft):
    assert rules_of(check(draft)) == set()


def test_a_service_word_said_of_everyone_is_not_an_echo(check):
    review = "The hearing test cost $140 and nobody asked me first."
    draft = "Everyone should understand and agree to any test or charge before it happens."
    assert spans_of(check(draft, review=review), draft, ECHO_PHI) == []


def test_a_condition_said_of_everyone_is_still_an_echo(check):
    review = "Turned out to be a yeast infection and the doctor made a comment about my lifestyle."
    draft = "We test for all common infections at every new visit."
    assert "infections" in spans_of(check(draft, review=review), draft, ECHO_PHI)


def test_a_place_is_compared_on_its_own_word_forms(check):
    review = "Tore my hamstring sprinting and now I'm back running laps at Juniper Park."
    assert spans_of(check("Our new building has free on-site parking.", review=review), "", ECHO_PHI) == []
    draft = "Enjoy those laps at Juniper Park!"
    assert "Park" in spans_of(check(draft, review=review), draft, ECHO_PHI)


def test_a_wheelchair_offered_to_the_reader_still_counts(check):
    draft = "We'll have a wheelchair waiting for you at the door next time."
    assert NEW_PHI in rules_of(check(draft)) or CONFIRMS_PATIENT in rules_of(check(draft))


# --- New blocking classes.

STILL_BLOCKED = [
    ("Thank you for so many years of trust in our practice.", CONFIRMS_PATIENT, "years of trust"),
    ("We'll write to you at home with the details this week.", CONFIRMS_PATIENT, "write to you at home"),
    ("Our team will keep pushing the insurer on your behalf.", CONFIRMS_PATIENT, "on your behalf"),
    ("It was truly our pleasure to take care of you.", CONFIRMS_PATIENT, "pleasure to take care of you"),
    ("You can be seen sooner if a slot opens.", CONFIRMS_PATIENT, "You can be seen"),
    ("We've put you on our cancellation list.", NEW_PHI, "on our cancellation list"),
    ("The forms are required by the state, so there's really nothing we can do.", DEFENSIVE, "nothing we can do"),
    ("Calls are returned by urgency, just as our voicemail greeting explains.", DEFENSIVE, "as our voicemail greeting explains"),
    ("Reviews like this don't reflect the effort our evening staff put in.", DEFENSIVE, "Reviews like this don't reflect"),
    ("Please call us before posting online next time.", DEFENSIVE, "call us before posting"),
    ("Dr. Ferris is board-certified and followed every step.", DEFENSIVE, "is board-certified"),
    ("We'll always answer within two rings, and that's a promise.", GUARANTEE, "that's a promise"),
    ("Take two tablets twice a day and the staff will check on you.", MEDICAL_ADVICE, "twice a day"),
]


@pytest.mark.parametrize(("draft", "rule", "expected"), STILL_BLOCKED)
def test_new_blocking_classes(check, draft, rule, expected):
    assert any(expected.lower() in s.lower() for s in spans_of(check(draft), draft, rule))


def test_wishing_an_activity_easier_is_an_echo(check):
    review = "After my stroke I couldn't play the piano; now I'm back at it twice a week."
    draft = "We hope the piano practice keeps getting easier!"
    assert spans_of(check(draft, review=review), draft, ECHO_PHI)


# --- Subtle slips found by a set written to get unsafe replies past the check.

SUBTLE_SLIPS = [
    ("We'd gently point out that our hours are posted at the door.", DEFENSIVE, "gently point out that"),
    ("We stand firmly behind them and their judgement.", DEFENSIVE, "stand firmly behind them"),
    ("The fee policy is signed by every patient and applies to all visits equally.", DEFENSIVE, "signed by every"),
    ("Lamentamos la demora, pero eso depende de la aseguradora.", DEFENSIVE, "pero"),
    ("Kelsey can help get things back on track for you.", CONFIRMS_PATIENT, "back on track"),
    ("It has otherwise been such good progress.", CONFIRMS_PATIENT, "good progress"),
    ("A new liner was ordered for you yesterday.", CONFIRMS_PATIENT, "ordered for you"),
    ("Our nurse will look at switching you to the smaller size.", CONFIRMS_PATIENT, "switching you to"),
    ("Thank you for your patience with us over the past few months.", CONFIRMS_PATIENT, "past few months"),
    ("We're so sorry we let you down.", CONFIRMS_PATIENT, "we let you down"),
    ("Our office returned all of your calls within a day.", CONFIRMS_PATIENT, "returned all of your calls"),
    ("We're glad the procedure did what it was meant to do.", CONFIRMS_PATIENT, "did what it was meant to"),
    ("Sorry the recovery was so slow.", CONFIRMS_PATIENT, "the recovery was"),
    ("Most kids adjust to glasses within a week or two.", MEDICAL_ADVICE, "Most kids adjust"),
    ("We can promise the refill will never be late again.", GUARANTEE, "can promise"),
]


@pytest.mark.parametrize(("draft", "rule", "expected"), SUBTLE_SLIPS)
def test_subtle_slips_block(check, draft, rule, expected):
    assert any(expected.lower() in s.lower() for s in spans_of(check(draft), draft, rule))


def test_small_gifts_and_spanish_bill_cover_are_incentives(check):
    from app.replycheck.rules import INCENTIVE

    draft = "We'd love to send a little gift as a token of our apology."
    assert spans_of(check(draft), draft, INCENTIVE)
    draft = "Con gusto cubrimos esa factura por usted."
    assert spans_of(check(draft), draft, INCENTIVE)


SUBTLE_PASSES = [
    "We've made good progress on the new phone system this month.",
    "We'd like to mention that our new evening hours start in May.",
    "Wait times in the lobby are being reviewed this quarter.",
    "We treat every person who calls with respect, without exception.",
]


@pytest.mark.parametrize("draft", SUBTLE_PASSES)
def test_subtle_lookalikes_pass(check, draft):
    assert rules_of(check(draft)) == set()


def test_a_spanish_infinitive_is_not_an_instruction(check):
    draft = "Gracias por su comentario. Comunicar a tiempo es una prioridad para todo nuestro equipo."
    assert MEDICAL_ADVICE not in rules_of(check(draft, review="La espera fue larga y nadie llamó."))


def test_a_pregnancy_allusion_in_spanish_is_an_echo(check):
    review = "Estoy embarazada de 20 semanas y nadie me llamó con los resultados del ultrasonido."
    draft = "Sabemos que la espera es difícil cuando hay un bebé en camino."
    assert spans_of(check(draft, review=review), draft, ECHO_PHI)


# --- Classes from a set written to be hard in both directions.

HARD_SLIPS = [
    ("To be fair to our surgeons, that approach is well accepted.", DEFENSIVE, "To be fair to our"),
    ("To explain how our lobby works: people are seen in order of clinical urgency.", DEFENSIVE, "in order of clinical urgency"),
    ("For context, insurers set their own timelines, and delays are outside our control.", DEFENSIVE, "outside our control"),
    ("It is a plan we stand behind.", DEFENSIVE, "we stand behind"),
    ("Queremos aclarar que todos los costos se explican antes.", DEFENSIVE, "Queremos aclarar"),
    ("We're glad the approval is back in place now.", NEW_PHI, "the approval is back in place"),
    ("We've set a reminder for the eight-week recheck.", NEW_PHI, "set a reminder for the"),
    ("Our billing lead confirmed the double charge was reversed.", NEW_PHI, "the double charge was reversed"),
    ("Our scheduler has held the first Monday slot for you.", NEW_PHI, "held the first Monday slot for you"),
    ("Our team will keep working with you until it fits right.", CONFIRMS_PATIENT, "keep working with you"),
    ("We're sorry our letter caused such worry at home.", CONFIRMS_PATIENT, "sorry our letter caused"),
    ("Anyone with swelling between visits should try a cold pack first.", MEDICAL_ADVICE, "should try"),
    ("A nightly saline rinse is a great first step.", MEDICAL_ADVICE, "is a great first step"),
]


@pytest.mark.parametrize(("draft", "rule", "expected"), HARD_SLIPS)
def test_hard_slips_block(check, draft, rule, expected):
    assert any(expected.lower() in s.lower() for s in spans_of(check(draft), draft, rule))


def test_more_incentive_forms(check):
    from app.replycheck.rules import INCENTIVE

    for draft in ("We'd like to make this right by covering the cost of any revision.",
                  "Unused sessions are now fully refundable on request.",
                  "Como agradecimiento, su próxima consulta no tendrá ningún costo."):
        assert spans_of(check(draft), draft, INCENTIVE), draft


HARD_PASSES = [
    "If you're willing, please call our director at (555) 010-0142.",
    "We're open until 7 p.m. on Wednesdays now.",
    "Our same-day callback line is 555-0199 for anyone with questions.",
    "Our phone menu has been a sore spot, and you've put your finger on exactly why.",
    "Every reminder now reads 'You have an upcoming appointment with us' and nothing more.",
    "Our question line is staffed by our ophthalmic technicians every weekday.",
    "There wasn't a dry eye in the room when we read this at our team meeting.",
    "Our fall open house is on the second Saturday of October.",
    "We're also opening a second office on Wexford Road this spring.",
    "We'll pass your shout-out along to the front desk, and Paloma has read it three times.",
]


@pytest.mark.parametrize("draft", HARD_PASSES)
def test_hard_lookalikes_pass(check, draft):
    assert rules_of(check(draft)) == set()


def test_a_place_name_is_echoed_by_its_name_and_kind_not_its_everyday_words(check):
    review = "I take night classes at Kestrel Valley Community College and my anxiety is finally manageable."
    draft = "We'd love to see the whole community at our open house."
    assert spans_of(check(draft, review=review), draft, ECHO_PHI) == []
    draft = "Good luck at Kestrel this term!"
    assert spans_of(check(draft, review=review), draft, ECHO_PHI)


# --- Generic confirming and defensive forms, written from the policy (not from any set).

GENERIC_BLOCKS = [
    ("We appreciate you choosing to come to our office.", CONFIRMS_PATIENT),
    ("It was great having you in the office.", CONFIRMS_PATIENT),
    ("We were happy to squeeze you in that day.", CONFIRMS_PATIENT),
    ("We apologize that our front desk was rude to you.", CONFIRMS_PATIENT),
    ("We're sorry the medication didn't agree with you.", CONFIRMS_PATIENT),
    ("We regret that your call went unanswered.", CONFIRMS_PATIENT),
    ("Please understand that our providers run late when emergencies come in.", DEFENSIVE),
    ("Keep in mind that insurance sets these rules, not us.", DEFENSIVE),
    ("The charge was correctly coded and billed.", DEFENSIVE),
    ("There was no error on our part.", DEFENSIVE),
    ("Unfortunately, the insurance company determines coverage.", DEFENSIVE),
    ("Our policy has always been clear on this.", DEFENSIVE),
    ("Our staff are trained professionals who follow strict protocols.", DEFENSIVE),
    ("That is simply not how we operate.", DEFENSIVE),
    ("We're confident our team acted appropriately.", DEFENSIVE),
    ("Most patients find our wait times reasonable.", DEFENSIVE),
    ("We do our best, but sometimes emergencies happen.", DEFENSIVE),
    ("We're sorry you feel that way.", DEFENSIVE),
]


@pytest.mark.parametrize(("draft", "rule"), GENERIC_BLOCKS)
def test_generic_confirming_and_defensive_forms(check, draft, rule):
    assert rule in rules_of(check(draft, rating=2))


@pytest.mark.parametrize("draft", [
    "We'd love to get you in touch with our manager, Dana, at (555) 010-0142.",
    "We work hard to fit everyone in on the same day.",
    "Many patients tell us they need evening hours, so we're adding them.",
])
def test_generic_lookalikes_pass(check, draft):
    assert rules_of(check(draft)) == set()


@pytest.mark.parametrize("draft", [
    "Those new massage chairs? We got them in just last month.",
    "Our clinic has shown great progress on hold times this year.",
    "We've made some great progress on parking.",
    "We're grateful for everyone's patience over the past few months of construction.",
    "The new laser suite opens in May, and the recovery room has been redone.",
    "Please note our new phone number is (555) 010-0142.",
    "Actually, we'd love to hear more; please call (555) 010-0142.",
    "Our parking lot repaving has been fully completed.",
    "We'd like to explain how we'll make this right; please call (555) 010-0142.",
    "A greeter now stands by the front door each morning.",
    "The forms are ready on our website for anyone.",
    "We set a reminder for the team to check the voicemail hourly.",
    "We now offer a same-day appointment option for anyone.",
    "If there's a little something we missed, please tell us at (555) 010-0142.",
    "You can book online. We'd love to see everyone again at our open house!",
    "Anyone with billing questions should use the portal or call (555) 010-0142.",
    "Calling our office manager directly is a great first step.",
])
def test_review_round_lookalikes_pass(check, draft):
    found = rules_of(check(draft))
    assert not (found - {ECHO_PHI}), found


def test_praise_frames_do_not_hide_a_childs_name(check):
    review = "Lila was terrified of the drill but the hygienist was patient with her."
    for draft in ("Thank you for mentioning Lila.", "We are celebrating Lila and her bravery!"):
        assert "Lila" in spans_of(check(draft, review=review), draft, ECHO_PHI), draft
