"""Fifth round of scan mechanisms, one table per class, with invented text: abilities lost and regained with
everyday objects, organs and checks that belong to someone, medicines by their look, places in the reviewer's social
and working life, text written in capitals, the school calendar, counted days, labelled numbers after a comma,
financing rates and a plan named before its member ID. The trap tables keep the everyday readings next to them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Since the fall I couldn't open a jar or hold a mug.", "open a jar"),
        ("I was barely able to lift my arm to comb my hair.", "lift my arm"),
        ("After six weeks of therapy I can tie my own laces again.", "tie my own laces"),
        ("I could raise my arms over my head for the first time in a year.", "raise my arms"),
        ("He can't grip a racket since the surgery.", "grip a racket"),
        ("After the new dose I'm finally sleeping again.", "sleeping again"),
        ("Now Dad is not allowed to drive.", "not allowed to drive"),
        ("I lost my front tooth in a soccer game.", "front tooth"),
    ],
)
def test_abilities_lost_and_regained(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I couldn't get through on the phone for two days.", "get through"),
        ("I can't open the patient portal on my laptop.", "open the patient portal"),
        ("We can see you again next week if that works.", "see you"),
        ("I can finally come back again on Fridays.", "come back"),
    ],
)
def test_reaching_people_and_places_is_not_an_ability(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The new doctor said it was probably my prostate.", "prostate"),
        ("I booked my annual physical in March.", "physical"),
        ("The assistant asked my weight in the hallway.", "weight"),
        ("Her left kidney was the problem all along.", "kidney"),
        ("They lost my lab results twice.", "lab results"),
    ],
)
def test_organs_and_checks_that_belong_to_someone(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("They never called back with my phone numbers updated.", "numbers"),
        ("The store had a physical copy of the form.", "physical"),
        ("The weight limit for the elevator is posted.", "weight"),
    ],
)
def test_the_same_words_not_belonging_to_anyone_are_not_health(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The doctor looked for a minute and gave us the pink stuff.", "pink stuff"),
        ("She added a little yellow pill at night.", "yellow pill"),
        ("I've been on the water pill since spring.", "water pill"),
        ("He started the once-a-week pen in June.", "once-a-week pen"),
        ("It has been a year since my valve job.", "valve job"),
    ],
)
def test_medicines_and_procedures_by_their_look_or_nickname(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


def test_colours_on_things_that_are_not_medicines(finds):
    assert "HEALTH" not in finds("The blue pen at the check-in desk had no ink.", "blue pen")


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("My friends at Crestline Pines kept asking about my cough.", "Crestline Pines"),
        ("I cut hair all day at Studio Verbena, so the stitches pulled.", "Studio Verbena"),
        ("The kids at Sunny Steps Learning Center noticed his rash.", "Sunny Steps"),
        ("A nurse visits my mother at Larkspur Manor twice a week.", "Larkspur Manor"),
        ("Twenty years at the Ridgeback quarry wrecked my lungs.", "Ridgeback quarry"),
        ("I play center back for the Millbrook Herons on Sundays.", "Millbrook Herons"),
        ("The ladies at Zion AME prayed for me.", "Zion AME"),
        ("Mi papá se vino de Durango para vivir con nosotros.", "Durango"),
    ],
)
def test_places_in_the_reviewers_life(finds, text, substring):
    assert "LOCATION" in finds(text, substring)


def test_a_practice_site_after_a_care_word_is_not_the_reviewers_place(finds):
    assert "LOCATION" not in finds("We are located at Maple Park Dental near the mall.", "Maple Park")


@pytest.mark.parametrize(
    ("text", "substring", "kind"),
    [
        ("WHEN I CALLED FRIDAY NOBODY ANSWERED.", "FRIDAY", "DATE_TIME"),
        ("HE HAS BEEN ON MEDICAID FOR YEARS.", "MEDICAID", "FINANCIAL"),
        ("The approval dragged on until finals week.", "finals week", "DATE_TIME"),
        ("She missed her midterms.", "midterms", "DATE_TIME"),
        ("On day five the rash spread.", "day five", "DATE_TIME"),
        ("My claim, QX-4471-09, is still pending.", "QX-4471-09", "ID"),
        ("They keep charging my card ending in 8812.", "8812", "ID"),
        ("I financed it through the payment plan at 19% and can't keep up.", "19%", "FINANCIAL"),
        ("Northwind member ID NW55018 if anyone wants to check.", "Northwind", "FINANCIAL"),
    ],
)
def test_capitals_calendar_ids_and_money(finds, text, substring, kind):
    assert kind in finds(text, substring)


def test_may_in_capitals_is_not_a_month(finds):
    assert "DATE_TIME" not in finds("YOU MAY WANT TO CALL AHEAD.", "MAY")


def test_a_share_without_financing_is_not_money(finds):
    assert "FINANCIAL" not in finds("The lobby was at 50% capacity.", "50%")


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Since the stroke he has swallowing problems and mood swings.", "swallowing problems"),
        ("Grandpa was sleeping 18 hours a day by October.", "sleeping 18 hours"),
        ("Her follow-up mammogram was clear, thank God.", "mammogram was clear"),
        ("Three hours with a woman who doesn't know where she is.", "doesn't know where she is"),
        ("Our son was born at home in March.", "born at home"),
        ("After losing our first, every appointment scared me.", "losing our first"),
        ("Since my third baby I can't sneeze without worrying.", "third baby"),
        ("I was assaulted outside my building last spring.", "assaulted"),
        ("For a kid who lost that much blood, nobody called.", "lost that much blood"),
        ("Le dieron la pastilla blanca para la fiebre.", "pastilla blanca"),
        ("Casi pierdo a mi bebé por la espera.", "pierdo a mi bebé"),
        ("She set up the cycler for my peritoneal dialysis.", "cycler"),
        ("I came in with my oxygen tank because of the COPD.", "tank"),
        ("Nobody checked my iron before the infusion.", "iron"),
    ],
)
def test_function_problems_readings_births_and_settings(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("We had billing problems and staffing issues all month.", "billing problems"),
        ("We lost our first appointment slot to a mix-up.", "lost our first"),
        ("My sister drops me off at work every morning.", "drops"),
        ("I'm sick of waiting on hold.", "sick"),
        ("The tank in the lobby has goldfish.", "tank"),
    ],
)
def test_the_everyday_readings_of_those_words(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring", "kind"),
    [
        ("I figured the shortness of breath was my age (79).", "79", "AGE"),
        ("Back on the mail route already. 64 and still going.", "64", "AGE"),
        ("Her own priest from Our Lady of Sorrows visited too.", "Lady of Sorrows", "LOCATION"),
        ("Thirty years at the Granby paper mill did this to my lungs.", "Granby paper mill", "LOCATION"),
        ("The rash started a week before my job interview at Kestrel Analytics.", "Kestrel Analytics", "LOCATION"),
        ("My quilting group at St. Odile's noticed the tremor first.", "St. Odile's", "LOCATION"),
        ("Getting the inhaler approved through Oscar took a month.", "Oscar", "FINANCIAL"),
    ],
)
def test_ages_places_and_plans_in_passing(finds, text, substring, kind):
    assert kind in finds(text, substring)


def test_a_wait_opening_a_sentence_is_not_an_age(finds):
    assert "AGE" not in finds("Our appointment was at 2. 45 and still waiting!", "45")


def test_a_procedure_had_done_on_the_body_but_not_grooming(finds):
    assert "HEALTH" in finds("Had the laser done on my right calf for the spider veins.", "laser done")
    assert "HEALTH" in finds("She got her lips done at the spa.", "lips done")
    assert "HEALTH" not in finds("I got my nails done and my hair done before the wedding.", "nails done")
    assert "HEALTH" not in finds("We had the paperwork done on time.", "paperwork done")


def test_reaching_an_office_is_not_a_faculty(finds):
    assert "HEALTH" not in finds("We're sorry about the trouble reaching our billing office.", "trouble reaching")
    assert "HEALTH" in finds("Since the stroke I have trouble reaching my left shoulder.", "trouble reaching")


@pytest.mark.parametrize(
    ("text", "substring", "kind"),
    [
        ("I'm breathing through my nose for the first time in years.", "breathing through my nose", "HEALTH"),
        ("After the crash I couldn't even turn my head.", "turn my head", "HEALTH"),
        ("Nobody came, so she tried to stand alone and fell.", "fell", "HEALTH"),
        ("He never asked about the aura before my migraines.", "aura", "HEALTH"),
        ("They admitted me for DKA the next morning.", "DKA", "HEALTH"),
        ("I hurt my knee playing soccer with the Falcons last fall.", "Falcons", "LOCATION"),
        ("The physical was for my job with Kenton FD.", "Kenton FD", "LOCATION"),
        ("They charged a copay that SoonerCare is supposed to cover.", "SoonerCare", "FINANCIAL"),
        ("Billing with GEICO after the accident was a mess.", "GEICO", "FINANCIAL"),
    ],
)
def test_ordinary_reviews_across_specialties(finds, text, substring, kind):
    assert kind in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The leaves fell all over the parking lot.", "fell"),
        ("I work shifts so I can't always walk him in.", "walk him in"),
        ("They promised a callback four times and never called.", "callback"),
    ],
)
def test_falls_walks_and_callbacks_in_their_everyday_sense(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)
