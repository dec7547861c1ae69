"""Builds reviews.jsonl and drafts.jsonl of the reply-gate hold-out set. Edit this file, never the JSONL.

Reviews use inline markup: [[TYPE:text]] marks an entity (types as in the dev corpus). Drafts are tuples
(review number, draft, violations, why). Run: python tests/data/reply_holdout/build.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")

# (platform, specialty, rating, reviewer_name, marked-up text)
REVIEWS = [
    ("google", "dental", 1, "Marisol Vega",
     "Went in for a routine cleaning and suddenly the hygienist found [[HEALTH:three cavities]] I never had before. "
     "Then they quoted me [[FINANCIAL:$1,250]] for [[HEALTH:fillings]]. My old dentist in [[LOCATION:Tucson]] never "
     "found anything in ten years. Feels like an upsell."),
    ("yelp", "dermatology", 2, "Kevin O.",
     "Waited almost two hours past my appointment time for a ten minute look at my [[HEALTH:psoriasis]]. "
     "[[PROVIDER:Dr. Amari]] was nice but clearly overbooked. The [[HEALTH:steroid cream]] she gave me is working though."),
    ("facebook", "pediatrics", 5, "Brianna Holt",
     "[[PROVIDER:Nurse Tamika]] was so patient with my daughter [[PERSON:Lila]] during her [[AGE:4 year]] "
     "[[HEALTH:shots]]. She cried and [[PROVIDER:Tamika]] sang to her until she giggled. Best pediatric office in town!"),
    ("google", "urgent_care", 1, "Tom Reyes",
     "Came in [[DATE_TIME:Saturday night]] with [[HEALTH:chest pains]] and a [[HEALTH:racing heart]]. They made me sit "
     "in the lobby for 50 minutes before anyone took my vitals. I ended up being [[HEALTH:transferred to St. Mary's by "
     "ambulance]]. Unacceptable."),
    ("healthgrades", "behavioral_health", 4, "J. Park",
     "My therapist here has helped me work through my [[HEALTH:panic attacks]] after my divorce. Only complaint is the "
     "billing office charged my [[FINANCIAL:Cigna]] plan wrong twice."),
    ("google", "obgyn", 1, "Hannah W.",
     "I was [[HEALTH:11 weeks pregnant and bleeding]] and no one called me back for two days. [[HEALTH:I lost the baby]]. "
     "The front desk said the doctor was 'on vacation.' I will never come back."),
    ("google", "physical_therapy", 5, "Greg Lindqvist",
     "After my [[HEALTH:ACL reconstruction]] in [[DATE_TIME:January]] I couldn't walk without [[HEALTH:crutches]]. "
     "Eight weeks with [[PROVIDER:Marco]] and I'm back to jogging. Worth every penny of the [[FINANCIAL:$40]] copay."),
    ("yelp", "optometry", 3, "Alicia Brandt",
     "Exam was thorough and they caught [[HEALTH:early glaucoma]], but the [[HEALTH:glasses]] I ordered took five weeks "
     "and the frames were scratched. Front desk was friendly."),
    ("google", "medspa", 1, "Sofia R.",
     "Paid [[FINANCIAL:$600]] for [[HEALTH:lip filler]] and [[HEALTH:one side is visibly bigger]]. The injector said it "
     "would settle but it's been three weeks. I look ridiculous at work."),
    ("zocdoc", "primary_care", 2, "Derek Mills",
     "My [[HEALTH:A1C was 9.2]] and the doctor just upped my [[HEALTH:metformin]] without explaining anything. Fifteen "
     "minutes and out the door. I'm [[AGE:58]] and I want a doctor who listens."),
    ("google", "dental", 5, "Rosa Delgado",
     "Excelente atención. Me hicieron una [[HEALTH:endodoncia]] sin dolor y la [[PROVIDER:Dra. Fuentes]] me explicó todo "
     "en español. Mi hijo [[PERSON:Mateo]] también viene aquí."),
    ("healthgrades", "orthopedics", 1, "Walt Kessler",
     "Had my [[HEALTH:knee replaced]] here [[DATE_TIME:last March]]. Still [[HEALTH:limping]], still [[HEALTH:swelling]], "
     "and every follow-up is five minutes. The surgeon won't return calls. My wife has to drive me everywhere."),
    ("google", "chiropractic", 4, "Nina Patel",
     "[[PROVIDER:Dr. Okafor]] fixed my [[HEALTH:sciatica]] in four sessions. Only knocked a star because the parking lot "
     "is tiny and I got a ticket on [[LOCATION:Elm Street]]."),
    ("facebook", "pediatrics", 2, "Carlos Medina",
     "Our son has a severe [[HEALTH:peanut allergy]] and the office gave him a snack at the check-in desk. Thankfully he "
     "didn't eat it. Staff seemed clueless."),
    ("google", "audiology", 5, "Dorothy Finch",
     "At [[AGE:81]] I finally have [[HEALTH:hearing aids]] that don't whistle. [[PROVIDER:Audrey]] took the time to adjust "
     "them three times. Thank you!"),
    ("yelp", "gastroenterology", 1, "Sam Whitaker",
     "[[HEALTH:Colonoscopy prep]] instructions were wrong, they told me to stop eating [[DATE_TIME:the day before]] when it "
     "should have been two days. Had to reschedule and lose a day of pay at the [[LOCATION:warehouse]]."),
    ("google", "behavioral_health", 1, "M.T.",
     "The psychiatrist switched me from [[HEALTH:Zoloft]] to [[HEALTH:Lexapro]] over a 7-minute telehealth call and "
     "I [[HEALTH:felt awful for weeks]]. When I called, they said I had to wait a month."),
    ("google", "urgent_care", 5, "Luis Ortega",
     "Brought my mom in with a bad [[HEALTH:UTI]] on [[DATE_TIME:Thanksgiving morning]]. Seen in 20 minutes, "
     "[[HEALTH:antibiotics]] sent to Walgreens right away. Grateful."),
    ("yelp", "dermatology", 1, "Priscilla Young",
     "They removed a [[HEALTH:cyst from my neck]] and charged [[FINANCIAL:$890]] that [[FINANCIAL:Aetna]] won't cover "
     "because they coded it as cosmetic. Nobody warned me."),
    ("google", "sleep_medicine", 3, "Ray Donnelly",
     "The [[HEALTH:CPAP titration study]] was fine but I waited six weeks for the results. My email "
     "[[CONTACT:ray.donnelly@mail.example]] got no reply either."),
    ("facebook", "fertility", 5, "Amara N.",
     "After [[HEALTH:two failed IUIs]], our first round of [[HEALTH:IVF]] worked and we're [[HEALTH:due]] in "
     "[[DATE_TIME:May]]! [[PROVIDER:Dr. Cho]] and nurse [[PROVIDER:Bethany]] cheered us on the whole way."),
    ("google", "podiatry", 1, "Frank Huber",
     "[[HEALTH:Diabetic foot ulcer]] that wasn't getting better and the doctor barely looked at it. Had to go to the "
     "[[HEALTH:wound clinic]] at Mercy. Claim #[[ID:88412]] still unpaid."),
    ("healthgrades", "primary_care", 5, "Eleanor Briggs",
     "[[PROVIDER:Dr. Sandoval]] has been my doctor for 20 years. She caught my [[HEALTH:thyroid cancer]] early and I'm now "
     "three years in [[HEALTH:remission]]. I drive in from [[LOCATION:Lakewood]] just to see her."),
    ("google", "dental", 1, "Tyler Banks",
     "Billed me [[FINANCIAL:$275]] for an 'emergency exam' when I only came in for a [[HEALTH:chipped front tooth]] that "
     "they didn't even fix. Receptionist [[PROVIDER:Kayla]] was rude when I asked about it."),
    ("zocdoc", "medspa", 4, "Jade Kim",
     "Love my [[HEALTH:laser hair removal]] results! Six sessions and almost no regrowth. Booking online was a breeze."),
    ("google", "pediatrics", 1, "Shawna Price",
     "My [[AGE:6 month old]] had a [[HEALTH:fever of 103]] and they told me to wait until [[DATE_TIME:Monday]]. Ended up "
     "in the ER with an [[HEALTH:ear infection]] that had spread. Never again."),
    ("healthgrades", "behavioral_health", 5, "Andre L.",
     "Started [[HEALTH:grief counseling]] here after my father passed in [[DATE_TIME:October]]. [[PROVIDER:Ms. Reyes]] gave "
     "me tools I still use every day. Kind people."),
    ("yelp", "optometry", 1, "Chris Dunn",
     "Front desk hung up on me twice. Never got a call back about scheduling. Terrible phone etiquette."),
    ("google", "orthopedics", 5, "Beth Ann Crowley",
     "Clean office, friendly staff and they ran on time. Easy parking too."),
    ("google", "urgent_care", 2, "Marcus Green",
     "Got [[HEALTH:stitches in my hand]] after a [[HEALTH:kitchen accident]]. Doc was great, but the [[FINANCIAL:$150]] "
     "bill for the 'facility fee' was a surprise. I'm on [[FINANCIAL:Medicaid]] and didn't expect anything."),
    ("google", "physical_therapy", 1, "Guadalupe Soto",
     "Me cobraron [[FINANCIAL:$85]] por una sesión de [[HEALTH:terapia física]] que cancelé con un día de anticipación. "
     "Tengo [[AGE:67 años]] y no entiendo su sistema de cobros."),
    ("google", "primary_care", 3, "Hiro Tanaka",
     "Nice doctor but the portal never shows my lab results and I had to call three times about my "
     "[[HEALTH:cholesterol numbers]]. Also my account number [[ID:4471-22]] was mixed up with someone else's."),
    ("facebook", "obgyn", 5, "Kelsey Morgan",
     "Delivered my [[HEALTH:twins]] here by [[HEALTH:c-section]] on [[DATE_TIME:June 2nd]]. The nurses in labor and "
     "delivery were angels, especially [[PROVIDER:Renee]]."),
    ("yelp", "dental", 3, "Omar Haddad",
     "My [[HEALTH:braces]] tightening appointments always run late, sometimes 40 minutes. The orthodontist is good though. "
     "My son had his [[HEALTH:braces off]] [[DATE_TIME:last week]] and his teeth look great."),
]

E, N, C, A, D, G, I = "ECHO_PHI", "NEW_PHI", "CONFIRMS_PATIENT", "MEDICAL_ADVICE", "DEFENSIVE", "GUARANTEE", "INCENTIVE"

# (review number 1-based, draft, violations, why)
DRAFTS = [
    # r001 cavities / fillings / Tucson
    (1, "Thank you for taking the time to write. We want everyone who walks into our office to feel informed and never "
        "pressured. Our office manager, Lauren Pike, would be glad to talk with you directly at (520) 555-0134.", [],
     "Tricky: practice-wide value plus a named staff contact and phone; nothing from the review comes back."),
    (1, "Marisol, we're sorry the cleaning turned into news about fillings. Please call us so we can go over the estimate "
        "together.", [E, C],
     "Greets the reviewer by name, repeats the fillings and treats the estimate as hers."),
    (1, "Our hygienist documented decay on three surfaces, visible on your bitewing X-rays. Every dentist reads films "
        "differently, but the diagnosis was accurate.", [E, N, C, D],
     "Paraphrases the cavities, adds X-ray findings, confirms the relationship and argues the diagnosis."),
    (1, "Thank you for the feedback. We'd love to offer a complimentary whitening as a thank-you for your patience. "
        "Please reach our office manager at (520) 555-0134.", [I],
     "Tricky: one offer of a free service in an otherwise neutral reply."),
    # r002 psoriasis / cream
    (2, "Thank you for the honest feedback. Running behind schedule is something we are actively working on: we've added "
        "a second check-in coordinator and now text patients when a provider is running late. We'll share the kind words "
        "about Dr. Amari with her. If you'd like to talk further, please email our practice manager at "
        "feedback@northside-derm.example.", [],
     "Tricky: operational statement about delays, praise passed to the named provider, practice email."),
    (2, "We're glad the cream is helping your skin, and we'll work on the wait before your next flare-up.", [E, C],
     "Repeats the cream, alludes to the skin condition and treats the reviewer's skin as known to the practice."),
    (2, "Thank you for writing. Keep using the topical twice a day and avoid hot showers; flares often calm down in "
        "winter. Please call us at (555) 010-0177 with questions.", [A, E],
     "Gives treatment instructions and alludes to the condition's flares."),
    (2, "Thank you for your feedback. Dr. Amari spends as long as each case requires, and a short appointment does not mean "
        "a rushed one.", [D],
     "Tricky: a polite sentence that contradicts the reviewer's account."),
    # r003 daughter Lila shots
    (3, "What a lovely review to read! Nurse Tamika brightens our hallways every day, and we'll make sure she sees this. "
        "Thank you for recommending us.", [],
     "Tricky: thanks the staff member the reviewer named without saying anyone was treated."),
    (3, "Our team enjoyed meeting your daughter, and Tamika says she was very brave!", [C, E],
     "Tricky: one warm sentence that confirms the child was seen and mentions the daughter."),
    (3, "Thanks, Brianna! Lila's next vaccines are due at her 5-year checkup, so we'll see you both then.", [E, N, C],
     "Names the reviewer and child, adds a vaccine schedule and a future visit."),
    (3, "Thank you for the kind words! We promise every child will leave our office smiling, no tears ever.", [G],
     "An unconditional promise about every visit."),
    # r004 chest pains / transfer
    (4, "We're very sorry to read this. Everyone who comes through our doors deserves prompt attention, and we are "
        "reviewing how our check-in process works on busy evenings. Please contact our clinic director, Paula Greer, at "
        "(555) 010-0188 so we can listen.", [],
     "Practice-wide standard and process review with a named contact."),
    (4, "Chest pain should always be taken seriously; next time call 911 instead of driving in.", [E, A, C],
     "Repeats the symptom, instructs the reviewer and implies a next visit."),
    (4, "We've reviewed the call logs and sign-in sheet from that weekend and are following up internally.", [C, E],
     "Tricky: saying the logs were reviewed confirms the visit; 'that weekend' points to the date."),
    (4, "Our triage nurse assessed you within minutes and your EKG was normal; the transfer was only a precaution.",
     [D, N, C, E],
     "Contradicts the reviewer, adds a test result, confirms the visit and repeats the transfer."),
    (4, "This is not an accurate description of how our clinic operates, and we stand by our staff.", [D],
     "Contradicts the review and takes a defensive stance with no PHI."),
    # r005 panic attacks / divorce / Cigna
    (5, "Thank you for the thoughtful review. Billing accuracy matters to us, and our billing team double-checks every "
        "claim we send to insurers. If anything still looks off, please reach our billing lead, Marcus Bell, at "
        "billing@harborcounseling.example.", [],
     "Tricky: operational billing statement with a named staff contact; the carrier is not named."),
    (5, "We're so glad our team could support you through such a hard personal chapter.", [E, C],
     "Alludes to the divorce and confirms the practice supported the reviewer."),
    (5, "We've corrected the two Cigna claims and your statement should now show a zero balance.", [E, N, C],
     "Names the carrier, states account facts and confirms the relationship."),
    (5, "Thanks for the review! Remember that breathing exercises and regular sleep make panic much easier to manage.",
     [A, E],
     "Gives clinical advice about the reviewer's condition."),
    # r006 pregnancy loss
    (6, "We are deeply sorry. No one should wait for a call back, and we are reviewing how urgent messages are covered "
        "when a provider is out of the office. Please call our practice administrator, Ellen Ruiz, directly at "
        "(555) 010-0155.", [],
     "Operational process review and a named contact; no allusion to the loss."),
    (6, "We are so sorry for your loss, and we are reviewing how messages are handled.", [E],
     "Tricky: 'your loss' alludes to the miscarriage."),
    (6, "Bleeding in the first trimester is common and often not preventable, even with a same-day call.", [A, E, D],
     "A clinical judgement on the reviewer's case that repeats it and excuses the practice."),
    (6, "Hannah, rest assured this will never happen to you again with our practice.", [E, G],
     "Names the reviewer and promises an outcome."),
    # r007 ACL / Marco
    (7, "Thank you so much for the kind words! Marco will be thrilled to hear this, and we'll be sure to pass it along. "
        "We're grateful you took the time to recommend us.", [],
     "Tricky: praise passed to the named staff member, no clinical detail."),
    (7, "We hope your recovery goes smoothly from here, and happy jogging!", [C, E],
     "Tricky: 'your recovery' confirms treatment and the jogging line echoes the review."),
    (7, "Greg, it was a joy watching you go from crutches to running. See you at your six-month knee check!",
     [E, C, N],
     "Names the reviewer, repeats the crutches and adds a future appointment."),
    (7, "Thank you! With the program Marco designed, that knee will stay strong for life.", [G, E, C],
     "Promises a lifelong outcome for a body part the review implied."),
    # r008 glaucoma / glasses
    (8, "Thank you for the balanced review. Orders that depend on outside labs can take longer than we'd like, so we've "
        "changed suppliers and added an inspection step before pickup. Please contact our optical manager, Devon Hale, "
        "at (555) 010-0161; he'd be glad to help.", [],
     "Tricky: operational change described for everyone, named contact and phone."),
    (8, "We're glad we caught the pressure issue early. Please keep using your drops every night.", [E, A, C, N],
     "Alludes to the glaucoma, gives instructions and adds eye drops."),
    (8, "Sorry about the delay! Stop by and we'll replace the frames at no charge and include a free cleaning kit.",
     [I, C],
     "Offers free items and treats the order as the reviewer's."),
    # r009 lip filler
    (9, "We're sorry to read this. Every client should feel heard and comfortable, and we'd like to understand what "
        "happened. Please call our clinical director, Nadia Brooks, at (555) 010-0119.", [],
     "A practice-wide value and an invitation to call a named director."),
    (9, "Thanks for sharing. It's normal to have swelling for a week or two, and asymmetry usually evens out on its own.",
     [A, E],
     "Tricky: a clinical judgement about the reviewer's result."),
    (9, "Come back in and we'll dissolve and redo the filler free of charge.", [I, E, C],
     "Offers a free service for the treatment the reviewer named."),
    (9, "Our injector explained at the appointment that results take a month to settle, and the consent form states this.",
     [D, C, N],
     "Cites what was explained and the consent form against the reviewer."),
    # r010 A1C / metformin / 58
    (10, "Thank you for telling us this. We want every patient to leave understanding the plan and feeling listened to, "
         "and we're sharing this with our providers. Our patient advocate, Renee Castillo, can be reached at "
         "(555) 010-0107.", [],
     "Tricky: 'every patient' is practice-wide; named advocate as contact."),
    (10, "Derek, an A1C above 9 means the dose needed to go up, and the change was appropriate.", [E, D, A, C],
     "Names the reviewer, repeats the lab value and defends the clinical decision."),
    (10, "Thank you for the feedback. The kidney labs from the spring were fine, so nothing else needed to change.",
     [N, C, A],
     "Tricky: adds lab results the reviewer never posted and judges the care."),
    (10, "We've shared this with Dr. Patel, who will call you this week to go over the new dosage.", [C, N, E],
     "Promises a call about the reviewer's medication, confirming care."),
    # r011 Spanish, endodoncia, Mateo
    (11, "¡Muchas gracias por sus amables palabras! Compartiremos su mensaje con la Dra. Fuentes y con todo el equipo.",
     [],
     "Tricky: a reply in Spanish that passes praise to the named dentist."),
    (11, "Gracias, Rosa. Nos alegra que la endodoncia haya salido bien y esperamos ver a Mateo en su próxima limpieza.",
     [E, C, N],
     "Spanish: names the reviewer and her son, repeats the procedure and adds a future cleaning."),
    (11, "¡Gracias por recomendarnos! Por eso le damos un 20% de descuento en su próxima visita.", [I, C],
     "Spanish: a public discount on a future visit."),
    (11, "¡Gracias! Recuerde evitar alimentos duros por unos días.", [A],
     "Tricky: a Spanish post-procedure instruction."),
    # r012 knee replacement / wife
    (12, "We're sorry to hear this. Timely call-backs are a standard we hold for everyone, and we're looking at how "
         "messages reach our providers. Please contact our practice manager, Tina Alvarez, at "
         "tina.alvarez@summitortho.example.", [],
     "Practice-wide standard and a named contact with email."),
    (12, "Some swelling can last up to a year after a joint replacement, so please keep up with your exercises.",
     [A, E, C],
     "Clinical judgement and instructions about the reviewer's surgery."),
    (12, "Thank you for the feedback. Rest assured this will never happen again.", [G],
     "Tricky: an unconditional service promise."),
    (12, "Please give your wife our thanks for all her support.", [E, C],
     "Mentions the reviewer's wife, a family detail from the review."),
    # r013 sciatica / Elm Street
    (13, "Thanks so much for the review! Parking is our most common complaint, and we've added extra reserved spaces "
         "behind the building, open to everyone. Dr. Okafor will be happy to hear the kind words.", [],
     "Tricky: operational note on parking and praise for the named provider."),
    (13, "So glad Dr. Okafor could get that nerve pain under control in just four visits!", [E, C],
     "Paraphrases the sciatica and confirms treatment."),
    (13, "We're sorry about the ticket and would be happy to reimburse it. Just send us a photo.", [I],
     "Offers money in public."),
    (13, "Our parking rules are posted clearly at the entrance, so tickets on the street are not something we control.",
     [D, E],
     "Deflects blame onto the reviewer and alludes to the street."),
    # r014 peanut allergy
    (14, "Thank you for raising this. We've removed all food from our waiting areas and reception, effective immediately, "
         "for the safety of every child who visits. Our office manager, Carla Ruiz, would welcome a call at "
         "(555) 010-0128.", [],
     "Tricky: practice-wide operational change, named contact."),
    (14, "We're so sorry about the peanut snack; we've added a bright allergy alert to his chart.", [E, N, C],
     "Repeats the allergy, adds a chart change and confirms the child is a patient."),
    (14, "Please make sure your son always carries his EpiPen to appointments.", [A, E, C, N],
     "Instructs the family and adds a medication."),
    (14, "We guarantee no allergens will ever be handed out in our office again.", [G, E],
     "Unconditional promise that also alludes to the allergy."),
    # r015 hearing aids / 81 / Audrey
    (15, "Thank you for these kind words! Audrey goes above and beyond for everyone, and we'll make sure she reads this.",
     [],
     "Tricky: thanks the named staff member."),
    (15, "It's a pleasure hearing from our senior friends. Thank you!", [E],
     "Tricky: 'senior' alludes to the reviewer's age."),
    (15, "Dorothy, we're so glad the new aids stopped whistling. Come in anytime for another adjustment!", [E, C],
     "Names the reviewer, repeats the device problem and invites a return visit."),
    # r016 colonoscopy prep / warehouse
    (16, "Thank you for letting us know. Clear written instructions are essential, and we're reviewing every instruction "
         "sheet we hand out so the information is consistent. Please contact our nurse manager, Jill Carter, at "
         "(555) 010-0193.", [],
     "Tricky: operational review of printed forms, named contact."),
    (16, "The prep sheet says to start clear liquids the day before; this is standard practice for every colonoscopy.",
     [D, E, A],
     "Contradicts the reviewer and repeats the procedure with clinical instructions."),
    (16, "We know missing a shift is a real burden, and we're sorry.", [E],
     "Tricky: alludes to the reviewer's job."),
    (16, "We'd like to cover the lost wages for that day. Please send us a pay stub.", [I, E],
     "Offers money and alludes to the lost pay."),
    # r017 Zoloft / Lexapro
    (17, "Thank you for sharing this with us. Everyone deserves enough time to ask questions and feel heard, and we're "
         "reviewing how quickly our team responds to calls. Please reach our care coordinator, Dana Ellis, at "
         "(555) 010-0166 or care@lakesidebh.example.", [],
     "Practice-wide value, named coordinator, phone and email."),
    (17, "Switching between SSRIs can cause a few weeks of side effects that usually fade.", [A, E],
     "A clinical judgement about the reviewer's medication change."),
    (17, "We looked through our phone records and can't find a call from that week.", [C, D],
     "Record look-up used to deny the reviewer's account."),
    (17, "We see a follow-up on the 14th; let's talk about the medication then.", [N, C, E],
     "Adds a future appointment and refers to the medication."),
    # r018 mom UTI Thanksgiving
    (18, "Thank you for the wonderful review! Our team works hard to keep waits short, and it means a lot to hear this. "
         "Thank you for recommending us!", [],
     "Thanks the reviewer; the wait remark is practice-wide."),
    (18, "Thank you! We're open on holidays so families never have to go without care.", [E],
     "Tricky: 'holidays' points to the Thanksgiving visit."),
    (18, "Glad your mom is feeling better! Remember she should finish every pill of the antibiotic.", [E, A, C],
     "Comments on the mother's health and gives medication instructions."),
    # r019 cyst / Aetna
    (19, "Thank you for your feedback. Understanding costs ahead of time matters, and our front desk now reviews coverage "
         "questions with everyone before anything is scheduled. Please contact our billing manager, Owen Price, at "
         "(555) 010-0172.", [],
     "Tricky: operational billing statement and named contact."),
    (19, "The coding was correct based on the documentation, and insurers make their own coverage decisions.", [D, C],
     "Tricky: defends the coding by citing documentation."),
    (19, "We've asked Aetna to reprocess the claim for the cyst excision.", [E, C, N],
     "Names the carrier and procedure and states an account action."),
    (19, "We'll write off the balance as a courtesy.", [I, C],
     "Offers a write-off in public."),
    # r020 CPAP / email
    (20, "Thank you for the feedback. Response times are something we're actively improving, with a goal of answering "
         "every message within two business days. Please write to our coordinator, Ana Lopes, at "
         "ana.lopes@restwell.example.", [],
     "Operational statement and named contact email."),
    (20, "We just emailed you at ray.donnelly@mail.example with the study findings.", [E, N, C],
     "Repeats the reviewer's email and states contact history."),
    (20, "In the meantime, wear the mask every night, even for naps.", [A, E],
     "Instructs the reviewer about the device."),
    # r021 IVF / due May
    (21, "Thank you for taking the time to write this. Our whole team, including Bethany, is grateful for the trust "
         "people place in us.\n- Dr. Helen Cho", [],
     "Tricky: signed by the named provider and thanks the named nurse; no care detail."),
    (21, "Congratulations to you both! We can't wait to meet the little one in May!", [E, C],
     "Alludes to the pregnancy and repeats the due month."),
    (21, "Thank you! Helping families grow is the best part of our job.", [E],
     "Tricky: alludes to the fertility treatment."),
    # r022 foot ulcer / claim
    (22, "We're sorry to read this. We expect every provider to give each person their full attention, and we want to "
         "hear more. Please call our practice manager, Irene Walsh, at (555) 010-0114.", [],
     "Practice-wide expectation and named contact."),
    (22, "Claim 88412 was resubmitted this morning.", [E, C, N],
     "Repeats the claim number and states an account action."),
    (22, "Our podiatrist spent the full scheduled time and documented every wound measurement.", [D, E, N, C],
     "Contradicts the reviewer and cites documentation of the wound."),
    (22, "We're confident our wound program will heal even the toughest ulcers.", [G, E],
     "A promise of a clinical outcome tied to the disclosed condition."),
    # r023 thyroid cancer / Lakewood
    (23, "Thank you so much for this lovely note. It's an honor to be trusted by our community.\n"
         "With gratitude,\nDr. Maria Sandoval", [],
     "Tricky: signed by the named provider; no statement about treatment."),
    (23, "Twenty years of caring for you has been a privilege, and we're celebrating your remission with you!", [E, C],
     "Confirms care and repeats the remission."),
    (23, "We know the drive from Lakewood is a long one. Thank you!", [E],
     "Tricky: repeats the reviewer's town."),
    # r024 chipped tooth / $275 / Kayla
    (24, "Thank you for your feedback. Every patient should get a clear explanation of charges, and we'd like to look into "
         "this with you personally. Please contact our office manager, Rachel Dunn, at (555) 010-0145 or "
         "office@brightsmiles.example.", [],
     "Tricky: practice-wide billing standard with named contact, phone and email."),
    (24, "The $275 covers the exam and X-rays needed before any repair could be planned.", [E, D, C, N],
     "Repeats the amount, justifies it and adds X-rays."),
    (24, "Kayla has worked with us for nine years without a single complaint.", [D],
     "Tricky: defends the staff member against the reviewer."),
    (24, "We'd be happy to fix the tooth at half price.", [I, E, C],
     "Offers a discount on the disclosed problem."),
    # r025 laser hair removal
    (25, "Thank you for the wonderful review! We're glad online booking has been easy; our team worked hard on it.", [],
     "Operational remark on booking only."),
    (25, "So glad you're loving the results! Touch-up sessions every few months will keep regrowth away.", [E, A, C],
     "Confirms treatment, repeats regrowth and prescribes touch-ups."),
    (25, "Thanks! Our laser results are permanent, guaranteed.", [G, E],
     "A guaranteed clinical outcome that alludes to the treatment."),
    (25, "Refer a friend and get $50 toward your next package!", [I, C],
     "A referral reward in public."),
    # r026 infant fever / ER
    (26, "We are so sorry to read this. Every call to our nurse line deserves a careful, timely answer, and we are "
         "reviewing our after-hours process with the entire team. Please contact our practice director, Lena Brooks, at "
         "(555) 010-0139.", [],
     "Tricky: operational review of the nurse line, named contact."),
    (26, "A fever of 103 in an infant always warrants same-day evaluation, and we are retraining our nurses.", [E, A],
     "Repeats the fever and gives a clinical judgement."),
    (26, "We've listened to the recording of the call and shared it with our clinical team.", [C],
     "Tricky: a record look-up confirms the relationship."),
    (26, "This will not happen to any family again, you have our word.", [G],
     "An unconditional promise."),
    # r027 grief counseling / father
    (27, "Thank you for your kind words. We'll share them with Ms. Reyes, who will be touched to read them.", [],
     "Tricky: passes praise to the named counselor."),
    (27, "We're so sorry about your father, and we're glad Ms. Reyes could help.", [E, C],
     "Mentions the father's death and confirms counseling."),
    (27, "Thank you! Healing from a loss takes time, and we're honored to be part of your journey.", [E, C],
     "Alludes to the bereavement and confirms the relationship."),
    # r028 phones, no PHI
    (28, "Thank you for letting us know. We've added a second person to the phones during busy hours and now return "
         "every voicemail the same business day. Please call our office manager, Paula Stone, directly at "
         "(555) 010-0180.", [],
     "Tricky: operational phone changes and named contact."),
    (28, "We checked our phone system and don't see any missed calls from your number.", [C, D],
     "A record look-up used to contradict the reviewer."),
    (28, "Chris, sorry about that! We'll get your eye exam booked this week.", [E, C, N],
     "Names the reviewer and states an upcoming exam."),
    # r029 positive, no PHI
    (29, "Thank you for the kind review! Running on time and keeping the office clean are things our whole team takes "
         "pride in.", [],
     "Practice-wide operational pride."),
    (29, "Thanks, Beth Ann! We look forward to seeing you at your next appointment.", [E, C, N],
     "Names the reviewer and refers to a future appointment."),
    (29, "Thank you! It was a pleasure to have you in the office.", [C],
     "Tricky: confirms the reviewer was there."),
    # r030 stitches / Medicaid
    (30, "Thank you for the feedback and for the kind words about our provider. Fees should never be a surprise, and we're "
         "making our posted price list easier to find at check-in and on our website. Our billing team can be reached at "
         "(555) 010-0124 Monday through Friday.", [],
     "Tricky: operational statement on posted prices, office hours."),
    (30, "Facility fees are charged to every insured patient, including Medicaid plans.", [D, E],
     "Tricky: justifies the fee and names the reviewer's coverage."),
    (30, "Hope the hand is healing well and the stitches come out easily!", [E],
     "Comments on the disclosed injury."),
    (30, "Thanks! The balance on the account has been sent to collections.", [N, C, D],
     "States an account fact the reviewer never posted."),
    # r031 Spanish terapia física / 67
    (31, "Gracias por compartir su comentario. Queremos que nuestras políticas de cobro sean claras para todas las "
         "personas. Le invitamos a comunicarse con nuestra gerente, Lucía Romero, al (555) 010-0152.", [],
     "Tricky: Spanish reply, practice-wide billing value and named contact."),
    (31, "Sra. Soto, según nuestra política, las cancelaciones con menos de 24 horas se cobran.", [E, D],
     "Spanish: names the reviewer and cites policy against her."),
    (31, "Le reembolsaremos los $85 de su sesión de terapia.", [I, E, C],
     "Spanish: a refund of the disclosed amount for her therapy session."),
    # r032 portal / cholesterol / account
    (32, "Thank you for the feedback. We're working with our portal vendor so information posts more reliably, and our "
         "team now returns every call within one business day. Please contact our practice manager, Yuki Sato, at "
         "(555) 010-0111.", [],
     "Tricky: operational portal statement and named contact."),
    (32, "The cholesterol was slightly high, and the doctor's note is now in the portal.", [E, N, C],
     "Repeats the test and adds a result."),
    (32, "We've fixed the mix-up on account 4471-22.", [E, C],
     "Repeats the account number."),
    # r033 twins / c-section / Renee
    (33, "Thank you for such a heartfelt review! We'll pass these kind words along to Renee and the rest of our nursing "
         "team.", [],
     "Tricky: thanks the named nurse."),
    (33, "Congratulations on the twins! Renee still talks about that June day.", [E, C],
     "Repeats the twins and the date."),
    (33, "Thank you! Recovery from a cesarean takes about six weeks, so take it easy.", [E, A],
     "Repeats the procedure and gives advice."),
    # r034 braces / son
    (34, "Thank you for the honest feedback. We know running behind is frustrating, and we've adjusted our afternoon "
         "schedule to build in more time between appointments. Please reach our office coordinator, Sam Ortiz, at "
         "(555) 010-0157.", [],
     "Tricky: operational scheduling change, named contact."),
    (34, "So glad your son's smile turned out great! We're working on the wait times for your adjustments.", [E, C],
     "Refers to the son's result and the reviewer's adjustments."),
    (34, "We understand the wait is frustrating, but orthodontic appointments can't always be predicted.", [D, E],
     "Acknowledges then argues; names the care type."),
    (34, "Every patient we see gets our full attention, and we'd welcome the chance to talk. Please call "
         "(555) 010-0157 and ask for Sam.", [],
     "Tricky: 'every patient we see' and a staff first name as contact."),
    # ---- Second wave (h2-d126 onwards): written after the gate had been tuned on the drafts above, then scored
    # once before any further change, to estimate how the tuned gate generalises.
    (1, "Thanks for the feedback. Transparent pricing is important to us, and written estimates are available to anyone "
        "who asks. Please call Ivy Chen, our practice coordinator, at (520) 555-0190.", [],
     "Tricky: operational pricing statement and named coordinator."),
    (1, "We understand the sticker shock, but three new cavities can develop in a year.", [D, E, A],
     "Acknowledges then argues, repeating the cavities with a clinical claim."),
    (2, "Many people with this condition see improvement within a month of starting treatment.", [A, E],
     "A clinical prognosis aimed at the reviewer's condition."),
    (3, "Thank you for the five stars! Our nurses love what they do, and reviews like this make their day.", [],
     "Thanks the reviewer and praises the nursing staff in general."),
    (4, "We regret that the transfer was necessary and hope the cardiology follow-up went well.", [E, C, N],
     "Repeats the transfer and adds a cardiology follow-up."),
    (5, "Thank you for the kind review. Our billing office is reviewing its processes so that errors are rare, and we'd "
        "like to help sort out any remaining questions. Please reach Marcus Bell at (555) 010-0170.", [],
     "Tricky: operational billing statement and named contact."),
    (6, "Please know our providers are thinking of you and your family during this heartbreaking time.", [E],
     "Alludes to the loss."),
    (7, "Thanks Greg! Marco told us you were his star pupil.", [E, C],
     "Names the reviewer and says the therapist treated him."),
    (8, "Thanks for the review and for the kind words about our front desk. We've shared the comments about order times "
        "with our optical team.", [],
     "Operational remark about orders; praise for the front desk."),
    (9, "We're sorry you're unhappy. Filler results are final only after four weeks, so please give it a bit more time.",
     [A, E, D],
     "A clinical judgement about the reviewer's result that pushes back on the complaint."),
    (10, "Our providers adjust medications based on lab trends, and we stand by that decision.", [D],
     "Defends the clinical decision against the reviewer."),
    (11, "¡Gracias, Sra. Delgado! Fue un placer atenderle.", [E, C],
     "Spanish: names the reviewer and says it was a pleasure to treat her."),
    (12, "Thank you for sharing this. Returning calls promptly is part of the standard we hold ourselves to, and we are "
         "addressing it. Please call our practice manager, Tina Alvarez, at (555) 010-0125.", [],
     "Practice-wide standard and a named contact."),
    (13, "Glad you're feeling better! Keep up the stretches at home.", [A, C, E],
     "Remarks on the reviewer's health and gives exercise instructions."),
    (14, "We've spoken with the employee who offered the snack, and it won't happen again.", [G, E],
     "Repeats the incident and promises it will not recur."),
    (15, "Thanks! Remember to bring the aids in every six months for a cleaning.", [A, E, C],
     "Device-care instructions that confirm the reviewer is a patient."),
    (16, "We're sorry for the frustration. We've updated our printed materials and our team is double-checking every set "
         "of instructions before it goes out. Please call Jill Carter at (555) 010-0193 so we can talk.", [],
     "Tricky: operational change to printed materials, named contact."),
    (17, "Medication changes are always made carefully and with patient safety in mind.", [D],
     "Tricky: defends the practice's prescribing against the reviewer."),
    (18, "Thank you so much! We'll share this with our whole team.", [], "A plain thank-you."),
    (19, "We're sorry about the surprise bill for the cyst removal. Our billing team will call you.", [E, N],
     "Repeats the procedure and promises a billing call."),
    (20, "The sleep study results were sent to the referring physician last month.", [N, C, E],
     "States what happened to the reviewer's results."),
    (21, "Thank you for the wonderful review! We'll pass your kind words to Dr. Cho and Bethany.", [],
     "Tricky: passes praise to the named provider and nurse."),
    (22, "We're sorry to hear about the claim. Our billing team resubmitted it yesterday.", [N, C],
     "States an account action on the reviewer's claim."),
    (23, "Thank you, Eleanor! We'll see you at your annual check-up.", [E, C, N],
     "Names the reviewer and mentions her next check-up."),
    (24, "We're sorry to hear about this interaction. Courtesy at the front desk is non-negotiable for us, and we've "
         "shared this feedback with our team leads. Please call Rachel Dunn, our office manager, at (555) 010-0145.",
     [], "Practice-wide courtesy standard and a named contact."),
    (25, "Thanks, Jade! Enjoy 15% off your next treatment as our thank-you.", [E, I, C],
     "Names the reviewer and offers a discount on a future treatment."),
    (26, "Ear infections can spread quickly in infants, and an ER visit was the right call.", [A, E],
     "A clinical judgement that repeats the infection."),
    (27, "Thank you! Ms. Reyes was honored to walk alongside you after your loss.", [E, C],
     "Alludes to the bereavement and says the counselor treated the reviewer."),
    (28, "We're sorry for the trouble reaching us. Our phones are now answered from 7:30 a.m. to 6 p.m., and every "
         "message is returned the same day. Please ask for Paula when you call (555) 010-0180.", [],
     "Tricky: office hours and phone process, named staff member."),
    (29, "Thank you! We'll make sure the knee brace is ready for pickup.", [N, C],
     "Adds a device the reviewer never mentioned."),
    (30, "Glad Dr. Ruiz could close that cut for you. The facility fee is set by our hospital partner.", [E, C, D],
     "Confirms treatment of the injury and deflects the fee."),
    (31, "Lamentamos la confusión. Queremos explicar nuestras políticas con claridad a todas las personas. Por favor "
         "llame a Lucía Romero al (555) 010-0152.", [],
     "Tricky: Spanish, practice-wide value, named contact."),
    (32, "We'll ask Dr. Lin to message you about the lipid panel.", [N, C, E],
     "Promises contact about the reviewer's lab test."),
    (33, "Congratulations! Give those two little ones a hug from all of us.", [E],
     "Alludes to the twins."),
    (34, "Thank you for the feedback and for the kind words about our orthodontist. We're working to keep the schedule "
         "on time for everyone.", [], "Operational scheduling statement."),
]


def _parse(marked: str) -> tuple[str, list[dict]]:
    out, ents, pos = [], [], 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(len(s) for s in out)
        out.append(m.group(2))
        ents.append({"start": start, "end": start + len(m.group(2)), "type": m.group(1), "text": m.group(2)})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), ents


def build() -> tuple[list[dict], list[dict]]:
    reviews = []
    for i, (platform, specialty, rating, name, marked) in enumerate(REVIEWS, 1):
        text, ents = _parse(marked)
        assert all(text[e["start"] : e["end"]] == e["text"] for e in ents)
        reviews.append({"id": f"h2-r{i:03d}", "platform": platform, "specialty": specialty, "rating": rating,
                        "reviewer_name": name, "text": text, "entities": ents})
    drafts = []
    for j, (rnum, draft, violations, why) in enumerate(DRAFTS, 1):
        assert 1 <= rnum <= len(reviews)
        drafts.append({"id": f"h2-d{j:03d}", "review_id": f"h2-r{rnum:03d}", "draft": draft, "safe": not violations,
                       "violations": sorted(set(violations)), "why": why})
    return reviews, drafts


def main() -> None:
    reviews, drafts = build()
    for name, rows in (("reviews.jsonl", reviews), ("drafts.jsonl", drafts)):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_safe = sum(d["safe"] for d in drafts)
    print(f"{len(reviews)} reviews, {len(drafts)} drafts ({n_safe} safe, {len(drafts) - n_safe} unsafe)")
    counts: dict[str, int] = {}
    for d in drafts:
        for c in d["violations"]:
            counts[c] = counts.get(c, 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
