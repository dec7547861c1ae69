"""HealthTermRecognizer: lexicon phrases, inflections, misspellings, gated lay terms, grammar rules."""

from __future__ import annotations

import pytest

from app.phi.recognizers.health import damerau_le1, phonetic


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        # lexicon, by specialty, inflected
        ("They pulled both of my wisdom teeth on a Friday.", "wisdom teeth"),
        ("Two fillings and a crown later I am broke.", "fillings"),
        ("She biopsied the spot on my arm.", "biopsied"),
        ("My eczema flared after the chemical peel.", "chemical peel"),
        ("Got Botox and lip filler the same day.", "lip filler"),
        ("My A1C and blood pressure are finally normal.", "A1C"),
        ("They said my headaches were just stress.", "headaches"),
        ("Our boy has autism and sees a speech therapist.", "autism"),
        ("I was diagnosed with generalized anxiety disorder.", "generalized anxiety disorder"),
        ("My OB missed my preeclampsia.", "preeclampsia"),
        ("After two IUIs we moved on to IVF.", "IVF"),
        ("Six weeks in a walking boot for plantar fasciitis.", "plantar fasciitis"),
        ("The adjustments fixed my sciatica.", "sciatica"),
        ("I wear progressive lenses and have glaucoma.", "glaucoma"),
        ("They put me in a CPAP for sleep apnea.", "sleep apnea"),
        ("Got new hearing aids and can hear again.", "hearing aids"),
        ("They trimmed an ingrown toenail.", "ingrown toenail"),
        ("The colonoscopy found two polyps.", "colonoscopy"),
        ("My AFib came back after the cardioversion.", "cardioversion"),
        ("My septoplasty healed fine.", "septoplasty"),
        ("I take Lexapro and trazodone.", "Lexapro"),
        ("I take Lexapro and trazodone.", "trazodone"),
        ("I walk with a cane now.", "cane"),
        ("She went to grief counseling for months.", "grief counseling"),
        # Spanish lexicon, accents optional
        ("Me hicieron una endodoncia y tengo dolor de cabeza.", "endodoncia"),
        ("Fui por terapia fisica despues de la cirugía de rodilla.", "terapia fisica"),
    ],
)
def test_lexicon_terms(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The doc said my pnuemonia was a cold.", "pnuemonia"),
        ("I was put on metforman last year.", "metforman"),
        ("They prescribed amoxicilin for the ear infection.", "amoxicilin"),
        ("Gave her steriods for the cough.", "steriods"),
    ],
)
def test_misspellings(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("I have sugar so foot wounds worry me.", "sugar"),
        ("My grandma had a fall at home.", "fall"),
        ("He takes pills for his nerves.", "nerves"),
    ],
)
def test_gated_lay_terms(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Please go easy on the sugar in the coffee.", "sugar"),
        ("We came in the fall for a visit.", "fall"),
    ],
)
def test_gated_lay_terms_need_context(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The surgeon removed a cyst from my wrist.", "removed a cyst"),
        ("My knee pain is gone after six visits.", "knee pain"),
        ("I tore my ACL skiing.", "tore my ACL"),
        ("My toddler split his lip on the table.", "split his lip"),
        ("My jaw was sore for a week.", "jaw was sore"),
        ("There is a rash on my neck that itches.", "rash on my neck"),
        ("Her oxygen was at 88% when we arrived.", "88"),
        ("My last A1C came back 9.1 and nobody called.", "9.1"),
        ("He had a 103 fever all night.", "103"),
        ("Rapid strep test, positive, antibiotics in ten minutes.", "positive"),
        ("They started me at 25mg of Zoloft.", "25mg"),
        ("We found out she was cutting and needed help.", "cutting"),
        ("We're expecting! Thank you all.", "expecting"),
    ],
)
def test_grammar_rules(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The surgery itself seemed fine and the appointment ran late.", "surgery"),
        ("Great visit, the procedure was explained well.", "procedure"),
        ("The physical therapists upstairs are excellent.", "physical"),
        ("I will never cancel on them, the billing is clear.", "billing"),
        ("Worst dental experience of my life.", "dental"),
        ("The front desk was friendly and the office was clean.", "office"),
    ],
)
def test_generic_care_words_are_not_health(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


def test_phonetic_fold_and_edit_distance():
    assert phonetic("pneumonia") == phonetic("numonia")[:1] + phonetic("pneumonia")[1:]
    assert damerau_le1(phonetic("steriods"), phonetic("steroids"))
    assert not damerau_le1(phonetic("billing"), phonetic("stomach"))


# The generated lexicons (scripts/build_health_lexicons.py: ICD-10-CM words, a drug dictionary) and the
# therapy / Spanish clinical endings reach terms no hand-written file lists.
@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Nobody mentioned pertussis until I asked.", "pertussis"),
        ("His bilirubin was high the day we went home.", "bilirubin"),
        ("They finally found the hypothyroidism.", "hypothyroidism"),
        ("I was switched from Xarelto to apixaban.", "apixaban"),
        ("I had sclerotherapy on both legs.", "sclerotherapy"),
        ("Me hicieron un electrocardiograma el lunes.", "electrocardiograma"),
    ],
)
def test_generated_vocabulary_and_endings(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


# Someone's body part or faculty as the subject of any predicate, gestational age and birth weight, and lay
# words for bodily functions.
@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("Then my vision went blurry and I panicked.", "vision went blurry"),
        ("His memory has been slipping since spring.", "memory has been slipping"),
        ("Her lips blew up after the filler.", "lips blew up"),
        ("My throat got tight within minutes.", "throat got tight"),
        ("My skin is 90% clear now.", "90% clear"),
        ("I was 11 weeks along when it happened.", "11 weeks along"),
        ("She was born at 7 lbs 9 oz after a long labor.", "7 lbs 9 oz"),
        ("I had to pee every hour and was thirsty.", "pee"),
        ("He still wets the bed at night.", "wets the bed"),
        ("I threw my back out lifting boxes.", "threw my back out"),
        ("Tenía la pierna hinchada y le faltaba el aire.", "le faltaba el aire"),
        # similes and inabilities
        ("I had pain like being stabbed in the side.", "like being stabbed"),
        ("Felt like an elephant on my chest all morning.", "elephant on my chest"),
        ("By Friday she was struggling to breathe.", "struggling to breathe"),
        ("I can't button my shirts anymore.", "button"),
    ],
)
def test_lay_symptoms_and_pregnancy(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The pecans in the lobby candy bowl were a nice touch.", "pecans"),
        ("Parking was a nightmare and the receptionist was curt.", "receptionist"),
        ("The lobby aquarium and the cashews at checkout were lovely.", "cashews"),
        ("My teeth look amazing and my smile looks great.", "teeth"),
        ("I felt like a number, not a person, at the front desk.", "number"),
        ("We love helping people feel more like themselves.", "themselves"),
        ("My husband drove me and my insurance paid.", "insurance"),
        ("A smooth check-in and our check-in screens show the name each person goes by.", "screens"),
    ],
)
def test_generated_vocabulary_leaves_everyday_words(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)


# A word outside everyday English and Spanish (lexicons/common_words.txt), in a sentence that already talks
# about health, is an unlisted health term; everywhere else, and for names and care-operations words, it is not.
@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("After my C-section I had leaking and a diastasis nobody mentioned.", "diastasis"),
        ("Mi hijo tartamudeaba y tenía dolor de cabeza cada mañana.", "tartamudeaba"),
        ("The ITP came back and my platelets dropped again.", "ITP"),
    ],
)
def test_unlisted_rare_words_in_health_sentences(finds, text, substring):
    assert "HEALTH" in finds(text, substring)


@pytest.mark.parametrize(
    ("text", "substring"),
    [
        ("The receptionist ghosted me after I paid the balance.", "ghosted"),
        ("My knee surgery went fine but the copay and telehealth fees were confusing.", "telehealth"),
        ("I brought my son jaxon in for a rash on his arm.", "jaxon"),
    ],
)
def test_rare_words_that_are_not_health(finds, text, substring):
    assert "HEALTH" not in finds(text, substring)
