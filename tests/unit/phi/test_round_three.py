"""Third round of general mechanisms in the scan, one table per class, each with NEW invented text: points in time
after a preposition ("over the weekend"), diary headings, Spanish dates and ages, reaching an age, workplaces and
teams by position, plans named before their kind, carers named by frame, and Spanish everyday words that are not
names. The negative tables hold the precision traps next to each mechanism."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I iced my knee over the weekend and it was worse by Monday.", "over the weekend"),
        ("She starts allergy shots in the fall.", "in the fall"),
        ("My ears have rung since spring.", "since spring"),
        ("Nine months sober today, thanks to this clinic.", "today"),
        ("Day 4: swelling everywhere. Week 3 - still numb.", "Day 4"),
        ("Day 4: swelling everywhere. Week 3 - still numb.", "Week 3"),
        ("Mi hija tuvo fiebre desde la madrugada.", "desde la madrugada"),
        ("Nos llamaron un sábado por la tarde.", "un sábado por la tarde"),
    ],
)
def test_points_in_time(finds, text, substring):
    assert "DATE_TIME" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("It took 3 days to heal.", "3 days"),
        ("We waited 2 hours in the lobby.", "2 hours"),
        ("Day care pickup was chaos.", "Day"),
    ],
)
def test_durations_are_not_dates(finds, text, substring):
    assert "DATE_TIME" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I just hit 52 and booked my first screening.", "52"),
        ("Our daughter Ottilie, 9, needed two fillings.", "9"),
        ("Mi nieto tiene ocho meses y le salió un sarpullido.", "ocho meses"),
        ("Llevé a mi hija de 4 añitos con tos.", "4 añitos"),
        ("A los 3 días de nacido tenía la piel amarilla.", "3 días"),
    ],
)
def test_ages(finds, text, substring):
    assert "AGE" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Después de 3 meses de espera por fin me vieron.", "3 meses"),
        ("Ball hit 80 mph off the bat and cracked my tooth.", "80"),
        ("I go in for my 6 month checkup next week.", "6 month"),
    ],
)
def test_not_ages(finds, text, substring):
    assert "AGE" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("My neighbor drops me off at Quill & Barrow every morning.", "Quill & Barrow"),
        ("I'm working full time at Tindall Tire & Lube again.", "Tindall Tire & Lube"),
        ("She swims for Marlowe North and missed the meet.", "Marlowe North"),
        ("He's in seventh grade at Ridgecrest Middle.", "Ridgecrest Middle"),
        ("I volunteer at the Alderbrook Senior Center on Fridays.", "Alderbrook Senior Center"),
        ("Mi esposo trabaja en la empacadora Girasol.", "empacadora Girasol"),
        ("Tore my rotator cuff lifting at the Northside Y.", "Northside Y"),
    ],
)
def test_patient_places(finds, text, substring):
    assert "LOCATION" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("our Ridgeway plan paid for most of it", "Ridgeway"),
        ("the VA Community Care referral came through", "VA Community Care"),
    ],
)
def test_plans_named_before_their_kind(finds, text, substring):
    assert "FINANCIAL" in finds(text, substring)


def test_a_generic_plan_word_is_not_a_carrier(finds):
    assert "FINANCIAL" not in finds("Our Payment plan made it doable.", "Payment")
    assert "FINANCIAL" in finds("Our Ridgeway plan covered it.", "Ridgeway")


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Rosamund is the most patient hygienist I've ever had.", "Rosamund"),
        ("Did four months of PT with Anatol and Brisa.", "Brisa"),
        ("Wendeline is wonderful with him and he loves the swing room.", "Wendeline"),
        ("The rehab team, especially Florentin and Mireille, kept me going.", "Mireille"),
        ("Gracias a la Dra. Ibáñez por su paciencia.", "Dra. Ibáñez"),
    ],
)
def test_carers_named_by_frame(finds, text, substring):
    assert "PROVIDER" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Dad is the best nurse I know.", "Dad"),
        ("I carpool to work with Jonah every day.", "Jonah"),
        ("My son Teodor is wonderful with his little sister.", "Teodor"),
    ],
)
def test_family_are_not_carers(finds, text, substring):
    assert "PROVIDER" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Mi esposo trabaja en una fábrica y no pudo venir.", "trabaja"),
        ("Mi mamá tiene diabetes desde hace años.", "tiene"),
    ],
)
def test_spanish_words_after_kinship_are_not_names(finds, text, substring):
    assert "PERSON" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("A mi hija le pusieron las vacunas y le dieron cólicos toda la noche.", "cólicos"),
        ("Tengo dolores de cabeza desde la caída.", "dolores de cabeza"),
        ("Le salieron moretones en los brazos.", "moretones"),
        ("A los dos días tenía ictericia y la bilirrubina alta.", "ictericia"),
    ],
)
def test_spanish_lexicon_plurals_and_newborn_terms(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Couldn't keep water down for two days before they saw me.", "keep water down"),
        ("The nurse blew a vein and had to try the other arm.", "blew a vein"),
        ("I was five months along when we switched practices.", "months along"),
        ("He struggled to latch on for the first week.", "latch on"),
        ("I kept dozing off at my desk from the new pills.", "dozing off"),
    ],
)
def test_lay_phrases(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("They stuck me with a $300 bill for a form.", "stuck me"),
        ("We waited in a private room with a TV.", "private"),
    ],
)
def test_lay_phrase_traps(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring", "found"),
    [
        ("At 28 weeks my OB sent me for a growth ultrasound.", "28 weeks", True),
        ("We waited 3 weeks for the callback about the ultrasound.", "3 weeks", False),
        ("My eyes were so dry that my daily contacts felt like sand.", "contacts", True),
        ("Please update your emergency contacts; my eyes are fine.", "contacts", False),
        ("The hearing aids helped and the ringing is quieter now.", "ringing", True),
        ("I could hear the phone kept ringing at the desk.", "ringing", False),
        ("Mom was on hospice for her last month.", "hospice", True),
    ],
)
def test_context_gated_terms(finds, text, substring, found):
    assert ("HEALTH" in finds(text, substring)) is found


@pytest.mark.parametrize(
    ("text", "substring", "found"),
    [
        ("By my son's second birthday he was walking again.", "second birthday", True),
        ("I was sick that whole holiday weekend.", "holiday weekend", True),
        ("A week out the incision opened up.", "A week out", True),
        ("They are booked 5 months out for new patients.", "5 months out", False),
        ("I was two weeks out of work after it.", "two weeks out", False),
        ("Voy cada lunes a terapia.", "cada lunes", False),
        ("Fui un domingo con mucha tos.", "un domingo", True),
    ],
)
def test_more_points_in_time(finds, text, substring, found):
    assert ("DATE_TIME" in finds(text, substring)) is found


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I jog around Wrenfield every morning with the stroller.", "Wrenfield"),
        ("New to Ashgrove and needed a doctor for my asthma.", "Ashgrove"),
        ("We live way out past Copper Ridge and they still called back.", "Copper Ridge"),
        ("His teachers at Sunny Hollow daycare noticed the stutter.", "Sunny Hollow"),
        ("I play the organ at St. Brigid for Sunday mass.", "St. Brigid"),
    ],
)
def test_places_by_position(finds, text, substring):
    assert "LOCATION" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("We moved in March and found this office.", "March"),
        ("I went in Tuesday for a cleaning.", "Tuesday"),
    ],
)
def test_place_traps(finds, text, substring):
    assert "LOCATION" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring", "found"),
    [
        ("Best peds office in Elm Hollow!", "Elm Hollow", False),
        ("I had zero cavities at my last dentist in Brantwick.", "Brantwick", True),
    ],
)
def test_this_practice_place_is_not_the_patients(finds, text, substring, found):
    assert ("LOCATION" in finds(text, substring)) is found


@pytest.mark.parametrize(
    ("text", "substring", "found"),
    [
        ("My sugars were in the 200s all week.", "200s", True),
        ("His sodium dropped way down after the new pill.", "sodium dropped", True),
        ("She ran a 102.4 temp through the night.", "102.4 temp", True),
        ("The pain in my jaw was an 8 out of 10.", "8 out of 10", True),
        ("The service was a 10/10 and prices went up.", "10/10", False),
        ("My eyes changed and the new prescription is -3.75.", "-3.75", True),
    ],
)
def test_values_in_health_context(finds, text, substring, found):
    assert ("HEALTH" in finds(text, substring)) is found


@pytest.mark.parametrize(
    ("text", "substring", "kind"),
    [
        ("Grandpa (Osvaldo, 91) loved the aide.", "91", "AGE"),
        ("My wife and I are 36 and 39 and tired of waiting.", "39", "AGE"),
        ("My kids (8 and 11) both needed fillings.", "8", "AGE"),
        ("The doctor said it was just being 50 and moved on.", "50", "AGE"),
        ("At her 12 month check they found a murmur.", "12 month", "AGE"),
        ("At month 3 the rash was finally gone.", "month 3", "DATE_TIME"),
        ("I lost my voice right before my son's graduation.", "before my son's graduation", "DATE_TIME"),
        ("Back coaching my nephew's team, the Riverside Otters, after my surgery.", "Riverside Otters", "LOCATION"),
        ("Se cayó en misa en Santa Cecilia el domingo.", "Santa Cecilia", "LOCATION"),
        ("Gracias a Maricela de la recepción por su paciencia.", "Maricela", "PROVIDER"),
    ],
)
def test_dev_i_classes(finds, text, substring, kind):
    assert kind in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The new doctor tripled my dose without asking.", "tripled my dose"),
        ("They upped his insulin twice in a week.", "upped his insulin"),
        ("Overnight she spiked to 102.2 and we went back in.", "spiked to 102.2"),
        ("Nobody mentioned my BMI until the bill came.", "BMI"),
        ("He needed two units of blood after the fall.", "units of blood"),
        ("We got early intervention set up through the school district.", "early intervention"),
    ],
)
def test_doses_fevers_and_services(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Got my typhoid and yellow fever vaccine here before the trip.", "yellow fever vaccine"),
        ("They ran an ALT and it came back fine.", "ALT"),
        ("The Epley maneuver fixed my dizziness in one visit.", "Epley maneuver"),
        ("My port flush was scheduled twice by mistake.", "port flush"),
    ],
)
def test_named_terms(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Please ADD the parking info to your website.", "ADD"),
        ("I have a 2 TB drive full of receipts.", "TB"),
    ],
)
def test_named_term_traps(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring", "found"),
    [
        ("We've come here since Anouk was two weeks old.", "Anouk", True),
        ("Tobiah turned 6 last month and finally let them clean his teeth.", "Tobiah", True),
        ("Monday was 5 days old news by then.", "Monday", False),
        ("Bread was two days old and stale.", "Bread", False),
    ],
)
def test_a_name_stated_with_its_age(finds, text, substring, found):
    assert ("PERSON" in finds(text, substring)) is found


@pytest.mark.parametrize(
    ("text", "substring", "found"),
    [
        ("We live on a farm off County Road 12.", "County Road 12", True),
        ("I grew up in the Eastside neighborhood and still live there.", "Eastside", True),
        ("Her dorm at UCLA was quarantined for a week.", "UCLA", True),
        ("Brought my son to the Route 30 location on a Sunday.", "Route 30", False),
    ],
)
def test_roads_neighbourhoods_and_campuses(finds, text, substring, found):
    assert ("LOCATION" in finds(text, substring)) is found


@pytest.mark.parametrize(("text", "substring"), [
    ("Two Christmases ago I cracked a molar.", "Two Christmases ago"),
    ("The summer before last my knee gave out.", "summer before last"),
])
def test_relative_seasons(finds, text, substring):
    assert "DATE_TIME" in finds(text, substring)


@pytest.mark.parametrize(("text", "substring"), [
    ("Couldn't hold food down for three days.", "hold food down"),
    ("The room started spinning every time I stood.", "room started spinning"),
    ("Her water broke in the parking lot.", "water broke"),
    ("They had to dig around for a vein.", "dig around for a vein"),
])
def test_lay_descriptions_by_body_system(finds, text, substring):
    assert "HEALTH" in finds(text, substring)
