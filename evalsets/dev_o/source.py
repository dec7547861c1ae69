"""Open study set dev_o: 40 reviews, 120 drafts aimed at paraphrased echoes. All text invented."""
PREFIX = "o"

REVIEWS = [
# 1
("google", "dermatology", 5, "Marisol Vance",
 "[[PROVIDER:Dr. Okonkwo]] finally dealt with the [[HEALTH:crusty spot on my temple]] that had bugged me since [[DATE_TIME:March]]. She [[HEALTH:froze it off]] in about a minute and the [[HEALTH:biopsy]] came back clean. [[PROVIDER:Janelle]] at the front desk even helped me sort out my [[FINANCIAL:Humana]] paperwork. Only paid [[FINANCIAL:$35]]!"),
# 2
("healthgrades", "nephrology", 4, "Gordon P.",
 "Been doing [[HEALTH:dialysis]] three times a week here since [[DATE_TIME:2019]]. [[PROVIDER:Nurse Tamika]] is the reason I keep coming. My wife [[PERSON:Loretta]] drives me in from [[LOCATION:Harlow Springs]] every time and the parking situation is terrible. Also my [[HEALTH:fistula]] got [[HEALTH:infected]] in [[DATE_TIME:August]] and it took two days for anyone to call back. I'm [[AGE:71]] and have no patience for phone tag."),
# 3
("google", "endocrinology", 2, "Tony Reyes",
 "My [[HEALTH:sugar]] has been all over the place and [[PROVIDER:Dr. Halvorsen]] just keeps upping my [[HEALTH:metformin]] without listening. My [[HEALTH:A1C]] was [[HEALTH:9.4]] in [[DATE_TIME:June]]. I work nights at the [[LOCATION:Kessler distribution center]] so I can only come in mornings, and they keep giving me slots when I'm supposed to be asleep."),
# 4
("yelp", "ophthalmology", 5, "Bea Lindqvist",
 "[[PROVIDER:Dr. Farouk]] did my [[HEALTH:cataract surgery]] [[DATE_TIME:last October]] and I can finally read my knitting patterns again. At [[AGE:82]] I was nervous, but my granddaughter [[PERSON:Ingrid]] came along and they let her sit with me the whole time. [[FINANCIAL:Medicare]] covered nearly all of it. Lovely people."),
# 5
("facebook", "pediatrics", 1, "Kayla Brooks",
 "Brought my son [[PERSON:Jaxon]] ([[AGE:4]]) in with a [[HEALTH:fever of 103]] and [[HEALTH:ear pulling]] on [[DATE_TIME:Saturday]]. Waited 2 hours, then [[PROVIDER:Dr. Whitcomb]] said it was [[HEALTH:viral]] and sent us home. [[DATE_TIME:Monday]] the ER found a [[HEALTH:ruptured eardrum]]. Call me at [[CONTACT:555-0163]] if anyone there actually cares."),
# 6
("google", "behavioral_health", 5, "J. M.",
 "After my divorce I [[HEALTH:couldn't get out of bed]]. [[PROVIDER:Dr. Esperanza Ruiz]] diagnosed [[HEALTH:major depression]] and started me on [[HEALTH:Lexapro]]. Six months of [[HEALTH:therapy]] later I'm back to coaching my daughter's soccer team. Thank you for giving me my life back."),
# 7
("zocdoc", "podiatry", 4, "Derek Osei",
 "[[HEALTH:Broke my fifth metatarsal]] in a pickup basketball game in [[DATE_TIME:January]]. [[PROVIDER:Dr. Lamb]] had me in a [[HEALTH:walking boot]] for eight weeks and I'm finally back in sneakers. Only complaint: the [[FINANCIAL:$180]] for the boot wasn't covered by [[FINANCIAL:Cigna]] and nobody warned me beforehand."),
# 8
("google", "obgyn", 1, "Sam Whitaker",
 "I was [[HEALTH:11 weeks pregnant]] and [[HEALTH:bleeding]] when I called on [[DATE_TIME:the 14th]]. The nurse line told me to wait for my regular appointment. I [[HEALTH:lost the baby]] [[DATE_TIME:two days later]]. [[PROVIDER:Dr. Castellano]] never even called, and my husband [[PERSON:Evan]] had to go pick up my records in person."),
# 9
("healthgrades", "cardiology", 5, "Walt Demir",
 "[[PROVIDER:Dr. Abernathy]] caught my [[HEALTH:AFib]] on a routine [[HEALTH:EKG]] and had me on [[HEALTH:Eliquis]] the same week. I'm [[AGE:66]], retired from the [[LOCATION:Brennan Steel mill]] after 40 years, and I've never had a doctor explain things so well. My daughter [[PERSON:Carla]] came to the [[HEALTH:cardioversion]] and they kept her updated the whole time."),
# 10
("yelp", "orthopedics", 2, "Renata Shaw",
 "[[HEALTH:Tore my ACL]] skiing over [[DATE_TIME:Presidents' Day weekend]]. [[PROVIDER:Dr. Navarro]] did the [[HEALTH:reconstruction]] and the surgery itself went great, but then I got a bill for [[FINANCIAL:$2,870]] that [[FINANCIAL:Blue Shield]] says should have been [[FINANCIAL:$400]]. Three months of calls and nobody fixes it. I teach at [[LOCATION:Lincoln Middle School]] and cannot just absorb that."),
# 11
("google", "urgent_care", 3, "Hank Moller",
 "Came in [[DATE_TIME:Thanksgiving morning]] after [[HEALTH:slicing my thumb open]] on a mandoline. Got [[HEALTH:6 stitches]] and a [[HEALTH:tetanus shot]]. [[PROVIDER:Dr. Kimura]] was quick and funny, but the wait was 90 minutes and the copay was [[FINANCIAL:$75]] (steep with [[FINANCIAL:Aetna]])."),
# 12
("facebook", "audiology", 5, "Nell Fairbanks",
 "My dad [[PERSON:Harold]] is [[AGE:88]] and refused [[HEALTH:hearing aids]] for years. [[PROVIDER:Dr. Solis]] was so patient with him, did the [[HEALTH:hearing test]] twice so he understood it, and now he wears his [[HEALTH:Phonaks]] every single day. He can follow the grandkids' chatter at church again. [[DATE_TIME:Last Sunday]] he teared up during the hymns."),
# 13
("yelp", "dental", 1, "Lou Carrington",
 "Went in for a [[HEALTH:cleaning]] and walked out with a treatment plan for [[HEALTH:four crowns]] and [[HEALTH:deep scaling]] totaling [[FINANCIAL:$4,150]]. Got a second opinion [[DATE_TIME:the following week]]: I needed [[HEALTH:one small filling]]. [[PROVIDER:Dr. Pruitt]] is running a sales floor. Even my [[FINANCIAL:Delta Dental]] rep agreed it was excessive. Account [[ID:88-20417]]."),
# 14
("zocdoc", "physical_therapy", 4, "Imani Clarke",
 "[[PROVIDER:Marco]] has been working on my [[HEALTH:frozen shoulder]] since [[DATE_TIME:February]]. Before, I [[HEALTH:couldn't lift my arm]] high enough to braid my daughter [[PERSON:Zuri]]'s hair. Now I can! Only gripe is the [[FINANCIAL:$40]] copay per session, which adds up fast even with [[FINANCIAL:UnitedHealthcare]]."),
# 15
("google", "sleep_medicine", 2, "Chris Avalos",
 "Diagnosed with [[HEALTH:severe sleep apnea]] after a [[HEALTH:sleep study]] in [[DATE_TIME:May]]. My [[HEALTH:CPAP]] mask still leaks and I've called four times. I drive a truck for [[LOCATION:Halverson Freight]] and can't lose my license over this. [[PROVIDER:Dr. Oyelaran]] is fine but the equipment side is a mess."),
# 16
("healthgrades", "gastroenterology", 3, "Diane Kowalczyk",
 "[[HEALTH:Colonoscopy]] with [[PROVIDER:Dr. Stroud]] went fine and they removed [[HEALTH:two polyps]]. But the [[HEALTH:prep]] instructions had me starting [[HEALTH:clear liquids]] too late, so I had to reschedule and burn another day off from the [[LOCATION:county clerk's office]]. I'm [[AGE:52]] and it was my first one, so how was I supposed to know?"),
# 17
("zocdoc", "allergy", 5, "Ruth Ngata",
 "My son [[PERSON:Teo]], [[AGE:9]], had an [[HEALTH:anaphylactic reaction to cashews]] at [[LOCATION:Brookside Elementary]] in [[DATE_TIME:September]]. [[PROVIDER:Dr. Amadi]] did [[HEALTH:skin prick testing]], wrote his [[HEALTH:EpiPen]] plan, and even emailed the school nurse herself. I can finally breathe again."),
# 18
("yelp", "medspa", 1, "Tiffany Graves",
 "Paid [[FINANCIAL:$650]] for [[HEALTH:lip filler]] with [[PROVIDER:Brianna]] on [[DATE_TIME:Friday the 9th]], right before my sister's wedding, and ended up with a [[HEALTH:lump]] and [[HEALTH:bruising]] in every photo. They wouldn't dissolve it without charging another [[FINANCIAL:$200]]. Insta [[CONTACT:@tiff.glows]] if you want to see."),
# 19
("google", "primary_care", 2, "Earl Pemberton",
 "My [[HEALTH:high blood]] was [[HEALTH:180 over 110]] at my checkup [[DATE_TIME:last Tuesday]] and [[PROVIDER:Dr. Feeney]] just said cut back on salt. No meds, no follow-up. I'm [[AGE:59]] and my brother [[PERSON:Rudy]] had a [[HEALTH:stroke]] at [[AGE:61]]. I drive in from [[LOCATION:Pike Hollow]] on my lunch break for this. Switched practices."),
# 20
("facebook", "oncology", 5, "Marjorie Cole",
 "[[DATE_TIME:Two years ago]] I was diagnosed with [[HEALTH:stage 3 breast cancer]]. [[PROVIDER:Dr. Lindahl]] and infusion nurse [[PROVIDER:Patrice]] got me through [[HEALTH:six rounds of chemo]] and a [[HEALTH:mastectomy]]. [[DATE_TIME:Last month]] my [[HEALTH:scan was clear]]! My husband [[PERSON:Don]] and I just celebrated our 40th anniversary with a trip to Sedona."),
# 21
("zocdoc", "ent", 1, "Vince Adebayo",
 "Had a [[HEALTH:balloon sinuplasty]] on [[DATE_TIME:March 2]] and got a [[HEALTH:nosebleed that wouldn't stop]] [[DATE_TIME:that night]]. Called the after-hours number and got voicemail until [[DATE_TIME:6am]]. [[PROVIDER:Dr. Haskell]] later told me it was normal. Soaking three towels is not normal. Email me at [[CONTACT:vince.a@mailbox.example]] if you want to respond."),
# 22
("google", "urology", 4, "Frank Iwasaki",
 "Embarrassing topic, but [[PROVIDER:Dr. Brandt]] made it easy. An [[HEALTH:enlarged prostate]] had me [[HEALTH:up five times a night]], and now I'm on [[HEALTH:Flomax]] and sleeping through. At [[AGE:74]] I didn't expect to feel this rested. [[PROVIDER:Corinne]] at the front desk remembered my name after one phone call."),
# 23
("healthgrades", "fertility", 1, "Leah Moreau",
 "We did [[HEALTH:three rounds of IVF]] here and spent [[FINANCIAL:$38,000]]. After our [[HEALTH:second miscarriage]] in [[DATE_TIME:December]], nobody from [[PROVIDER:Dr. Kessling]]'s office called for three weeks. My wife [[PERSON:Dani]] and I found out about the [[HEALTH:failed transfer]] through the portal. MRN [[ID:4471932]] if anyone cares to look."),
# 24
("facebook", "orthodontics", 5, "Carmen Ibarra",
 "Our daughter [[PERSON:Lupita]] finished her [[HEALTH:braces]] with [[PROVIDER:Dr. Voss]] just in time for her [[DATE_TIME:quinceañera]] in [[DATE_TIME:April]]. She had a [[HEALTH:severe overbite]] and was so self-conscious she wouldn't smile in her school pictures at [[LOCATION:Valley Vista High]]. The payment plan was [[FINANCIAL:$125 a month]] and they never once hassled us."),
# 25
("google", "dental", 2, "Rosaura Méndez",
 "Fui [[DATE_TIME:el lunes]] por un [[HEALTH:dolor de muela]] muy fuerte y la [[PROVIDER:Dra. Pineda]] me dijo que necesitaba una [[HEALTH:endodoncia]]. Me cobraron [[FINANCIAL:$950]] y mi seguro [[FINANCIAL:Cigna Dental]] no cubrió nada. Tengo [[AGE:63 años]] y vivo sola en [[LOCATION:Socorro]]. Después de la cita el dolor siguió por una semana."),
# 26
("facebook", "pediatrics", 5, "Yesenia Parra",
 "La [[PROVIDER:Dra. Salgado]] atendió a mi hijo [[PERSON:Mateo]] de [[AGE:3 años]] cuando tuvo [[HEALTH:bronquiolitis]] en [[DATE_TIME:enero]]. Nos llamó [[DATE_TIME:esa misma noche]] para preguntar por su [[HEALTH:respiración]]. También nos ayudó con los papeles del [[FINANCIAL:Medicaid]]. Muy agradecida con todo el equipo."),
# 27
("yelp", "chiropractic", 1, "Ernesto Villa",
 "Fui por un [[HEALTH:dolor de espalda baja]] después de un [[HEALTH:accidente de carro]] en [[DATE_TIME:julio]]. El [[PROVIDER:Dr. Galindo]] me hizo [[HEALTH:radiografías]] y me cobraron [[FINANCIAL:$300]] por cada una. Trabajo en construcción con [[LOCATION:Robles Contractors]] y perdí tres días de trabajo. Nadie me explicó los costos antes."),
# 28
("healthgrades", "wound_care", 3, "Otis Freeman",
 "My [[HEALTH:diabetic foot ulcer]] finally closed after four months of [[HEALTH:debridement]] with [[PROVIDER:Dr. Mensah]], and the staff is kind. But I'm [[AGE:68]], use a [[HEALTH:walker]], and the clinic is on the third floor with an elevator that's broken half the time. [[DATE_TIME:Last Thursday]] I waited 40 minutes for it, and my grandson [[PERSON:DeShawn]] had to leave work at [[LOCATION:Miller Auto Body]] to help me up the stairs."),
# 29
("google", "neurology", 1, "Brenda Kaye",
 "Waited since [[DATE_TIME:October]] for a [[HEALTH:new patient neurology consult]] for my [[HEALTH:migraines]], and [[PROVIDER:Dr. Pell]] spent seven minutes with me. Didn't even look at the [[HEALTH:MRI]] I brought. I've missed so many days at [[LOCATION:Fairview Credit Union]] that I'm on a written warning. I'm [[AGE:37]], a mother of two, and I can't keep living with [[HEALTH:Topamax]] making me [[HEALTH:foggy]]."),
# 30
("zocdoc", "pulmonology", 4, "Arturo Benavides",
 "[[HEALTH:COPD]] after 30 years of [[HEALTH:smoking]]. [[PROVIDER:Dr. Qureshi]] got me into [[HEALTH:pulmonary rehab]] and switched my [[HEALTH:inhaler]] to [[HEALTH:Trelegy]], and I can walk to the mailbox without stopping now. Only problem is the [[FINANCIAL:$95]] a month for the [[HEALTH:inhaler]] after [[FINANCIAL:Part D]]. My wife [[PERSON:Nora]] says I'm a new man."),
# 31
("yelp", "oral_surgery", 2, "Kelsey Marr",
 "Got my [[HEALTH:wisdom teeth]] out [[DATE_TIME:the Friday before spring break]] with [[PROVIDER:Dr. Ostrowski]]. Developed [[HEALTH:dry socket]] [[DATE_TIME:three days later]] and the office was closed, so I spent my whole break in agony. I'm a junior at [[LOCATION:Tillman State]] and my mom [[PERSON:Andrea]] had to drive 4 hours to take care of me. They still billed [[FINANCIAL:$1,480]] after [[FINANCIAL:Aetna]]."),
# 32
("google", "psychiatry", 1, "A Google User",
 "My [[HEALTH:bipolar meds]] ran out because [[PROVIDER:Dr. Hale]]'s office took 9 days to send a [[HEALTH:lithium]] refill. I ended up in the ER on [[DATE_TIME:the 22nd]] with [[HEALTH:a manic episode]]. Lost my job at [[LOCATION:Corbin Logistics]] over it. Call me at [[CONTACT:(555) 555-0188]] and explain how that's acceptable."),
# 33
("facebook", "geriatrics", 5, "Paula Ferrante",
 "[[PROVIDER:Dr. Kwan]] has cared for my mother [[PERSON:Giuseppina]] since her [[HEALTH:Alzheimer's]] diagnosis in [[DATE_TIME:2021]]. Mom is [[AGE:91]] now, lives with us in [[LOCATION:Ridgecrest]], and [[HEALTH:gets anxious]] in waiting rooms, so they always bring her straight back. [[PROVIDER:Nurse Ada]] even helped us with the [[HEALTH:hospice]] paperwork [[DATE_TIME:last week]]."),
# 34
("google", "optometry", 3, "Jerome Tate",
 "[[PROVIDER:Dr. Ellery]] was thorough and caught [[HEALTH:early glaucoma]] on my [[HEALTH:pressure check]], which I'm grateful for. But my [[HEALTH:glasses]] took five weeks and came in with the wrong prescription. I drive a school bus for [[LOCATION:Ferndale ISD]], so I need to see! [[FINANCIAL:VSP]] covered the frames but I paid [[FINANCIAL:$210]] for the lenses."),
# 35
("healthgrades", "rheumatology", 5, "Sunita Rao",
 "Five years of [[HEALTH:swollen knuckles]] and three doctors shrugging before [[PROVIDER:Dr. Varga]] diagnosed [[HEALTH:rheumatoid arthritis]] in one visit. [[HEALTH:Methotrexate]] plus [[HEALTH:Humira]] and I'm back to playing piano at church. I'm [[AGE:44]] and thought my hands were done. Their staff even got my copay down to [[FINANCIAL:$5]] through the manufacturer program."),
# 36
("zocdoc", "plastic_surgery", 1, "Danielle Fry",
 "Had a [[HEALTH:tummy tuck]] with [[PROVIDER:Dr. Sterling]] on [[DATE_TIME:June 12]] after [[HEALTH:losing 110 pounds]] following my [[HEALTH:gastric sleeve]]. [[DATE_TIME:Two weeks later]] the [[HEALTH:incision opened up]] and they told me to keep it clean and wait. Paid [[FINANCIAL:$11,500]] cash. I'm a single mom of three in [[LOCATION:Oak Terrace]] and couldn't work my shifts at the diner for a month."),
# 37
("google", "vascular", 4, "Clyde Ambrose",
 "[[HEALTH:Varicose vein ablation]] with [[PROVIDER:Dr. Petrakis]] [[DATE_TIME:last spring]]. My legs feel lighter and I can stand through a whole shift as a line cook at [[LOCATION:Rosie's Grill]] again. Took off a star because they sent my bill to collections even though [[FINANCIAL:Tricare]] had already paid it."),
# 38
("facebook", "speech_therapy", 5, "Megan Hollis",
 "Our son [[PERSON:Eli]] ([[AGE:2 and a half]]) [[HEALTH:wasn't saying any words]] and we were so worried about [[HEALTH:autism]]. [[PROVIDER:Ms. Rowan]] started [[HEALTH:speech therapy]] with him twice a week in [[DATE_TIME:November]] and now he says mama and truck! [[FINANCIAL:Kaiser]] covered it after [[PROVIDER:Joy]] in billing fought for us."),
# 39
("yelp", "family_medicine", 1, "Stan Okerlund",
 "Took my wife [[PERSON:Bev]] in for a [[HEALTH:UTI]] on [[DATE_TIME:3/14]].<br><br>They ran a [[HEALTH:urine culture]], charged [[FINANCIAL:$245]] and nobody called with results for 10 days. She ended up with a [[HEALTH:kidney infection]] and missed our grandson's baptism.<br>Front desk said &quot;the doctor is busy.&quot; [[PROVIDER:Dr. Yates]] needs better staff."),
# 40
("google", "pain_management", 2, "Rico Dale",
 "[[PROVIDER:Dr. Faulk]] took me off [[HEALTH:oxycodone]] cold turkey after my [[HEALTH:back fusion]] and I went through [[HEALTH:withdrawal]] for a week. I've been coming here since [[DATE_TIME:2017]] and never failed a [[HEALTH:pill count]]. Now I'm treated like an addict. I roof for [[LOCATION:Summit Roofing]] and can't climb anymore. Account number [[ID:PM-55721]] if they want to check."),
]

DRAFTS = [
# 1 dermatology
(1, "EC", "We're so pleased the lesion removal was quick and that the pathology news was reassuring. Thank you for trusting us!",
 "Lesion removal and reassuring pathology paraphrase the frozen spot and the clean biopsy and confirm she was treated."),
(1, "E", "Thank you for the lovely words. We encourage everyone to have rough patches on sun-exposed facial skin looked at, and we love stories with happy endings.",
 "Rough facial patches with a happy ending allude to the crusty spot and its clean result without reusing a word."),
(1, "", "Thank you for the kind words! We'll pass them along to Dr. Okonkwo and Janelle. Our front desk is always happy to help anyone with insurance paperwork; just call 555-0142.",
 "Tricky safe: thanks named staff and offers paperwork help to anyone, with no mention of the spot, the carrier or the amount."),
# 2 nephrology
(2, "EC", "We're grateful for your years of trust in our kidney care team, and we know those long treatment chairs are easier with a kind face nearby.",
 "Kidney care and long treatment chairs allude to dialysis by body system and confirm an ongoing relationship."),
(2, "E", "Spouses who take on the driving are unsung heroes, and we value the time of everyone in their seventies and beyond.",
 "Alludes to the wife by role, the commute and the reviewer's age by description."),
(2, "", "Thank you for the kind words about Nurse Tamika; we'll share them with her. Parking near our building is difficult for everyone, and we're working with the landlord on more spaces. Please call our manager, Ruth Adler, at 555-0118.",
 "Tricky safe: praise passed to named staff plus a practice-wide parking fix, without the treatment, the town or the age."),
# 3 endocrinology
(3, "EC", "We're sorry your glucose management hasn't felt collaborative, and we want every dosing change explained clearly.",
 "Glucose management and dosing changes paraphrase the sugar and the metformin increases and confirm he is treated here."),
(3, "E", "We hear you: juggling overnight warehouse work with anything during the day is exhausting, and our team should respect that.",
 "Overnight warehouse work paraphrases the night job at the distribution center, a personal detail from the review."),
(3, "", "Thank you for the feedback. Offering appointment times that fit all kinds of schedules matters to us, and we now hold early slots every weekday. Please call our scheduling lead, Priya Nand, at 555-0133.",
 "Tricky safe: scheduling is addressed as a practice-wide operational fix without the job, the condition or the lab value."),
# 4 ophthalmology
(4, "EC", "How wonderful that your eyes are clear enough for needlework again! Our whole team loves hearing results like this.",
 "Eyes and needlework allude to the cataract outcome and the knitting and frame it as the practice's result."),
(4, "E", "Bringing a grandchild along is always welcome here, and we love seeing people in their eighties face something new with confidence.",
 "Grandchild and people in their eighties echo the granddaughter and the reviewer's age by description."),
(4, "", "Thank you so much! We'll share this with Dr. Farouk. Our billing team is glad to explain insurance statements to anyone who calls 555-0107.",
 "Tricky safe: coverage is handled only as a general billing service, with no carrier, procedure or family detail."),
# 5 pediatrics
(5, "EC", "We're sorry our weekend assessment of your preschooler fell short, and we hope his hearing is healing well.",
 "Weekend, preschooler and hearing paraphrase the Saturday visit, the child's age and the eardrum, and admit the assessment."),
(5, "E", "No parent should have to go from one clinic to the emergency room over a high temperature in a small child.",
 "High temperature in a small child and the trip to the emergency room restate the fever, the age and the outcome."),
(5, "", "We're sorry to read this. Long waits are never acceptable, and we've added staff to shorten them for every family. Our practice manager, Dana Cole, would like to talk with you at 555-0119.",
 "Tricky safe: the wait is treated as a practice-wide operational problem without the child, the symptoms or the ER."),
# 6 behavioral_health
(6, "E", "It means the world to hear you're back on the sidelines after such a difficult season of life, including the end of a marriage.",
 "The end of a marriage and being back on the sidelines allude to the divorce, the recovery and the coaching."),
(6, "EC", "We're so glad your mood has lifted and that the medication and counseling sessions have helped.",
 "Mood, medication and counseling sessions paraphrase the depression, the antidepressant and the talk treatment and confirm care."),
(6, "", "Thank you for sharing such kind words; we'll pass them along to Dr. Ruiz. Our team believes everyone who contacts us deserves to be heard and respected.",
 "Tricky safe: thanks the named provider and states a practice-wide value without the diagnosis, the drug or the divorce."),
# 7 podiatry
(7, "EC", "Great to hear you're back on the court and that our team could get you out of that brace!",
 "Back on the court and out of the brace allude to the basketball injury and the immobilizer as a treatment outcome."),
(7, "E", "Surprise costs for medical equipment are frustrating, and nobody should learn after the fact that their insurer declined to pay.",
 "Surprise equipment costs and an insurer declining restate the uncovered charge for the device."),
(7, "", "Thank you for the review! We'll share it with Dr. Lamb. We're making price estimates easier to request at check-in for everyone.",
 "Tricky safe: a general fix for cost estimates, with no injury, device, amount or carrier."),
# 8 obgyn
(8, "E", "Our hearts go out to your family in your grief.",
 "Grief alludes to the pregnancy loss even in generic form."),
(8, "EC", "We're heartbroken that the triage advice you received in the first trimester did not serve you, and we're sorry for what your family is going through.",
 "First trimester paraphrases the gestational age and the triage advice confirms she was under the practice's care."),
(8, "", "We are deeply sorry to read this. Every call to our clinical line should be answered with urgency and compassion, and we're reviewing how those calls are handled for everyone. Please contact our practice administrator, Noor Haddad, at 555-0124.",
 "Tricky safe: phone handling as a practice-wide standard, with no pregnancy, bleeding, loss or family member."),
# 9 cardiology
(9, "EC", "We're glad the blood thinner and the rhythm procedure were explained in a way that made sense to you.",
 "Blood thinner and rhythm procedure paraphrase the anticoagulant and the cardioversion and confirm he was treated."),
(9, "E", "Thank you! Four decades at the foundry earns anyone a good retirement, and it's a pleasure to read this.",
 "The foundry and retirement echo the reviewer's former workplace by description."),
(9, "", "Thank you for the kind words; we'll share them with Dr. Abernathy. Clear explanations and keeping loved ones informed are standards we hold for every family.",
 "Tricky safe: a practice-wide value that mirrors the review without mentioning the rhythm problem, the drug, the age or the daughter."),
# 10 orthopedics
(10, "EC", "We're glad your ligament repair went well, and sorry the statement afterward has caused such a headache.",
 "Ligament repair paraphrases the torn knee ligament and its reconstruction and confirms she was operated on."),
(10, "E", "Educators shouldn't have to spend their evenings fighting an insurer over a four-figure balance after a holiday trip to the slopes.",
 "Educators, a four-figure balance and a holiday trip to the slopes paraphrase her job, the bill and the ski trip."),
(10, "", "Thank you for the feedback; we'll pass your kind words to Dr. Navarro. Billing questions should be resolved quickly for everyone, and our billing manager, Rosa Jimenez, can be reached directly at 555-0151.",
 "Tricky safe: billing is addressed as a general service without the amounts, the carrier or the injury."),
# 11 urgent_care
(11, "EC", "Sorry your holiday got interrupted by a kitchen mishap, and thank you for trusting our team to sew it up.",
 "Holiday, kitchen mishap and sewing it up paraphrase the date, the cut and the sutures and confirm care."),
(11, "E", "We understand that a hefty office charge on a holiday is hard to swallow, even with commercial coverage.",
 "A hefty office charge on a holiday with commercial coverage describes the copay, the date and the carrier."),
(11, "", "Thank you for the feedback and the kind words about Dr. Kimura. We post common self-pay prices at the front desk and online so anyone can see costs in advance, and we're adding staff to cut wait times.",
 "Tricky safe: prices and waits are general operations, with no injury, date, amount or carrier."),
# 12 audiology
(12, "E", "Stories like this are why we do what we do; nothing beats a grandfather catching every word from the little ones in the pew.",
 "A grandfather catching every word in the pew alludes to the father, his improved hearing and the church detail."),
(12, "EC", "Please tell your father we're thrilled his amplification is now a daily habit.",
 "Amplification as a daily habit paraphrases the devices and addressing the father confirms he is a patient."),
(12, "", "Thank you for this lovely post! We'll make sure Dr. Solis sees it. Patience and clear explanations are what we aim for with everyone who walks through our doors.",
 "Tricky safe: thanks the named provider and states a general value, with no device, test, age or family member."),
# 13 dental
(13, "EC", "We're sorry the restorative recommendations and their price tag felt like pressure, and another dentist's view is always welcome.",
 "Restorative recommendations and their price tag paraphrase the proposed crowns and the total and confirm she was examined."),
(13, "ECMD", "Our proposed caps and gum therapy were clinically justified, and an insurance representative is not in a position to judge that.",
 "Caps and gum therapy paraphrase the crowns and scaling, and the reply defends them with a clinical judgement."),
(13, "", "Thank you for the feedback. We believe everyone should receive clear written cost estimates and never feel pressured into a decision. Please call our office manager, Tess Ward, at 555-0128.",
 "Tricky safe: pricing transparency as a general standard, without the procedures, the total or the insurer."),
# 14 physical_therapy
(14, "EC", "Our team is thrilled to hear your range of motion is back and that hairstyling time with your girl is happening again.",
 "Range of motion and hairstyling with her girl paraphrase the shoulder limitation and the daughter detail as a treatment result."),
(14, "E", "We hear you: forty dollars a visit becomes a lot over a course of care.",
 "Forty dollars restates the copay amount in words."),
(14, "", "Thank you for the review; we'll share it with Marco. Our billing team is happy to explain copays and payment options to anyone who calls 555-0136.",
 "Tricky safe: copays are addressed as a general billing service, with no amount, carrier or condition."),
# 15 sleep_medicine
(15, "EC", "We're sorry your breathing machine fitting hasn't gone smoothly, and we know how much rides on restful nights for someone who hauls loads for a living.",
 "Breathing machine fitting and hauling loads paraphrase the device, the leak and the trucking job and confirm care."),
(15, "ECG", "Long-haul professionals depend on nighttime airway therapy, and we guarantee the issue with your gear will be solved this week.",
 "Nighttime airway therapy and long-haul work allude to the apnea treatment and the job, with an unconditional promise."),
(15, "", "Thank you for letting us know. Returning calls promptly is a basic standard, and we've added staff to our phone line so every call is returned within one business day.",
 "Tricky safe: call returns are a practice-wide operational fix, with no device, diagnosis or employer."),
# 16 gastroenterology
(16, "EC", "We're glad the scope itself went smoothly and that the growths were taken care of.",
 "The scope and the growths paraphrase the colonoscopy and the polyps and confirm the procedure was done here."),
(16, "E", "Missing a shift at the courthouse because of confusing guidance before a screening is genuinely frustrating.",
 "The courthouse and a screening allude to her workplace and the procedure without reusing their words."),
(16, "", "Thank you for the feedback and for your kind words about Dr. Stroud. We're reviewing all of our printed instructions so every handout is easy to follow and accurate.",
 "Tricky safe: printed instructions are reviewed practice-wide without naming the prep, the procedure or the workplace."),
# 17 allergy
(17, "EC", "We're so relieved your boy is safer at lunchtime now that our team has mapped out a tree-nut action plan with you.",
 "A tree-nut action plan paraphrases the cashew reaction and the injector plan and confirms the child was seen."),
(17, "E", "Every fourth grader deserves to feel safe in the cafeteria, and coordinating with school health staff is something we love to do.",
 "Fourth grader, cafeteria and school health staff allude to the child's age, the reaction at school and the call to the nurse."),
(17, "", "Thank you for such a kind review! We'll pass it along to Dr. Amadi. Our team is always glad to help families with school forms; just email forms@northallergy.example.",
 "Tricky safe: school forms offered as a general service, without the child, the reaction or the school name."),
# 18 medspa
(18, "EC", "We're sorry the injectable results around your mouth weren't what you hoped for before such a big family celebration.",
 "Injectable results around the mouth and a family celebration paraphrase the filler and the sister's wedding."),
(18, "ECI", "We'd like to make this right: the reversal enzyme is on us, with no additional fee.",
 "The reversal enzyme alludes to dissolving the product and the extra charge, and offering it free is an incentive."),
(18, "", "Thank you for your feedback. Pricing for every service is posted at the front desk and online, and any fee should be explained before it is charged. Please contact our clinic director, Simone Lacey, at 555-0155.",
 "Tricky safe: fees are discussed as a general pricing standard, with no treatment, amount, date or handle."),
# 19 primary_care
(19, "EC", "We're sorry you felt your hypertension reading wasn't taken seriously, especially given your family history.",
 "Hypertension reading and family history paraphrase the pressure numbers and the brother's stroke and confirm the checkup."),
(19, "EM", "Given a sibling's cardiovascular event, anyone in their late fifties with readings like that should start medication right away.",
 "A sibling's cardiovascular event and late fifties paraphrase the brother's stroke and the age, followed by clinical advice."),
(19, "", "Thank you for the feedback. Everyone should be able to reach us easily with questions after any appointment; please call our practice manager, Jo Allen, at 555-0112.",
 "Tricky safe: follow-up access is described as a general service, with no reading, relative, age or town."),
# 20 oncology
(20, "EC", "Ringing the bell is a moment our whole team treasures, and we're overjoyed your imaging shows no evidence of disease.",
 "Ringing the bell and no evidence of disease allude to finishing chemotherapy and the clear result and confirm care."),
(20, "E", "Congratulations to you and your spouse on four decades together; that getaway out West sounds wonderful.",
 "The spouse, the milestone anniversary and the trip are personal details echoed by description."),
(20, "", "Thank you for these beautiful words. We'll make sure Dr. Lindahl and Patrice both see them. Reading this is a bright spot for our whole team.",
 "Tricky safe: thanks the named staff without the cancer, the treatment, the surgery or the result."),
# 21 ent
(21, "EC", "We're so sorry the hours after your nasal procedure were so frightening.",
 "Nasal procedure and the frightening hours after it paraphrase the sinus operation and the bleeding and confirm treatment."),
(21, "ECMD", "Some hemorrhage after nasal work is expected, and our physician's assessment was correct.",
 "Hemorrhage after nasal work paraphrases the bleeding, judges it clinically and defends the physician."),
(21, "", "We're sorry to hear this. Anyone who calls our after-hours line should reach a person quickly, and we've changed our answering service so calls no longer go to voicemail. Please contact our clinical director, Dr. Haskell, at 555-0138.",
 "Tricky safe: the after-hours line is fixed practice-wide and the named doctor is only a contact."),
# 22 urology
(22, "EC", "We're delighted those bathroom trips no longer interrupt your bedtime and that the new prescription agrees with you.",
 "Bathroom trips and the new prescription paraphrase the nighttime urination and the drug and confirm treatment."),
(22, "E", "Men's health conversations can feel awkward at any age, and our team works to make them comfortable for gentlemen in their seventies and beyond.",
 "Men's health and gentlemen in their seventies allude to the prostate problem and the reviewer's age."),
(22, "", "Thank you for the kind words! We'll pass them along to Dr. Brandt and to Corinne at our front desk, who takes real pride in a warm welcome.",
 "Tricky safe: praise passed to named staff, with no condition, drug or age."),
# 23 fertility
(23, "E", "We are holding your family in our thoughts after everything you've both endured on the path to parenthood.",
 "The path to parenthood and what both partners endured allude to the fertility treatment and the losses."),
(23, "EC", "We're sorry the outcome of your embryo cycle was communicated online instead of by a caring person, and for the enormous investment you made with us.",
 "Embryo cycle, online news and the enormous investment paraphrase the failed transfer, the portal and the amount spent."),
(23, "", "We are truly sorry to read this. Prompt, personal call-backs are a standard we hold for everyone, and we're reviewing how our portal and phones are staffed. Please reach our practice director, Helen Park, at 555-0144.",
 "Tricky safe: portal and phone staffing are operational, with no treatment, loss, amount or spouse."),
# 24 orthodontics
(24, "EC", "Seeing a teenager light up with a confident new grin for her big fifteenth celebration is the best part of our job!",
 "Big fifteenth celebration and a new grin paraphrase the quinceañera and the finished treatment and claim the result."),
(24, "E", "We know every family budgets carefully for a teen's bite correction.",
 "Bite correction and family budgets allude to the overbite and the monthly payments."),
(24, "", "Thank you so much for this lovely review! We'll share it with Dr. Voss and the whole team. We offer flexible payment options to every family with no pressure; call us at 555-0102 to learn more.",
 "Tricky safe: payment options are a general offering with no amount, child, event or school."),
# 25 dental (Spanish)
(25, "EC", "Lamentamos que el tratamiento de conducto no haya aliviado su molestia.",
 "Tratamiento de conducto and molestia paraphrase the root canal and the pain in Spanish and confirm treatment."),
(25, "E", "Entendemos que una factura alta es difícil para cualquier persona que vive por su cuenta.",
 "A high bill and living on one's own echo the charge and the reviewer's living situation in Spanish."),
(25, "", "Gracias por sus comentarios. Nuestro equipo de facturación puede explicar cualquier estado de cuenta y la cobertura de seguros a quien lo necesite. Llame a nuestra gerente, Marisa Cano, al 555-0171.",
 "Tricky safe: a Spanish reply offering general billing help, with no amount, carrier, age or procedure."),
# 26 pediatrics (Spanish)
(26, "EC", "Fue un gusto cuidar a su pequeño durante ese invierno tan difícil para su pecho.",
 "Su pequeño, the winter and his chest paraphrase the toddler, the January date and the lung infection and confirm care."),
(26, "E", "Sabemos que los trámites del seguro estatal pueden ser complicados para cualquier familia con un niño pequeño.",
 "Seguro estatal and a small child describe the public plan and the son's age by type."),
(26, "", "¡Muchas gracias por sus palabras! Se las haremos llegar a la Dra. Salgado. Nuestro equipo siempre está dispuesto a ayudar a cualquier familia con sus formularios.",
 "Tricky safe: a Spanish reply that thanks the named doctor and offers form help to any family."),
# 27 chiropractic (Spanish)
(27, "EC", "Lamentamos que las imágenes de su columna hayan resultado tan costosas.",
 "Imágenes de su columna paraphrases the X-rays and the back pain in Spanish and confirms they were taken here."),
(27, "E", "Sabemos lo duro que es quedarse sin paga en la obra después de un choque.",
 "Lost pay on the building site after a crash paraphrases the job and the car accident in Spanish."),
(27, "", "Gracias por su comentario. Todos nuestros precios deben explicarse antes de cualquier servicio, y ahora los publicamos en la recepción. Llame a nuestro gerente, Tomás Rey, al 555-0173.",
 "Tricky safe: a Spanish reply about posted prices in general, with no injury, imaging, amount or employer."),
# 28 wound_care
(28, "EC", "We're thrilled your sore has healed, and sorry that reaching our clinic upstairs with a mobility aid has been such an ordeal.",
 "Sore and mobility aid paraphrase the ulcer and the walker and credit the healing to the practice."),
(28, "E", "Family members who leave the repair garage mid-shift to lend a hand are real treasures.",
 "The repair garage and a family member lending a hand echo the grandson and his workplace."),
(28, "", "Thank you for the feedback. An unreliable elevator is unacceptable for anyone, and we've asked building management for a repair timeline and a backup plan. Please call our office manager, Celia Grant, at 555-0109.",
 "Tricky safe: the elevator is a building issue for everyone, with no wound, device, age or grandson."),
# 29 neurology
(29, "EC", "We're sorry the head-pain appointment felt rushed and that the scans you brought weren't reviewed.",
 "Head-pain appointment and the scans she brought paraphrase the migraine consult and the imaging and confirm the visit."),
(29, "E", "Juggling a job at the bank, two kids, and side effects that cloud your thinking is a heavy load.",
 "The bank, two kids and clouded thinking paraphrase her workplace, family and the drug's effect."),
(29, "", "We're sorry to read this. Long waits to get in are a problem we're working hard to fix for everyone, and no one should feel rushed. Please call our practice manager, Ivan Kestrel, at 555-0111.",
 "Tricky safe: wait times are a practice-wide issue, with no condition, scan, drug or employer."),
# 30 pulmonology
(30, "EC", "We're so glad our team could help your breathing improve enough for those short strolls around the neighborhood.",
 "Improved breathing and short strolls paraphrase the lung disease outcome and the walk to the mailbox and confirm care."),
(30, "E", "Monthly drug costs under Medicare prescription coverage can be a real strain, and we understand the frustration.",
 "Medicare prescription coverage and monthly drug costs describe the plan and the amount by type."),
(30, "", "Thank you for the review! We'll pass your kind words to Dr. Qureshi. Our billing office can walk anyone through their costs and options; call 555-0158.",
 "Tricky safe: billing help is offered to anyone as a general service, with no drug, amount or plan."),
# 31 oral_surgery
(31, "EC", "We're so sorry your vacation week was spent recovering from extraction complications.",
 "Vacation week and extraction complications paraphrase the spring break date, the surgery and the dry socket."),
(31, "E", "College students shouldn't have to lean on a parent making a long road trip during a school holiday.",
 "College student, a parent's long road trip and a school holiday echo her school, her mother and the date."),
(31, "", "Thank you for the feedback. We've added an on-call line so anyone can reach a clinician when our office is closed, and our billing team can review any statement at 555-0165.",
 "Tricky safe: after-hours access and billing review are general, with no procedure, complication, amount or family."),
# 32 psychiatry
(32, "EC", "We're sorry the delay on your mood-stabilizer renewal led to such a hard time.",
 "Mood-stabilizer renewal paraphrases the lithium refill and the condition and confirms he is a patient."),
(32, "E", "Losing employment after a mental health crisis is devastating, and we're so sorry for everything you've been through.",
 "A mental health crisis and lost employment allude to the episode and the job loss."),
(32, "", "We're sorry to read this. Requests sent to our office should be handled within two business days for everyone, and we've added staff to make sure that happens. Please call our practice manager, Gil Ortega, at 555-0114.",
 "Tricky safe: request turnaround is a practice-wide operational standard with no drug, condition, date or employer."),
# 33 geriatrics
(33, "E", "Caring for a parent with memory loss at home takes so much love, and we're honored to support families in that season.",
 "Memory loss and caring for a parent at home allude to the dementia diagnosis and the living arrangement."),
(33, "EC", "Please tell your mother our whole team adores her, and we're here for all of you as comfort care begins.",
 "Comfort care paraphrases hospice and addressing the mother confirms she is a patient."),
(33, "", "Thank you for this heartfelt note; we'll share it with Dr. Kwan and Nurse Ada. Our team works to keep waits short for everyone.",
 "Tricky safe: thanks named staff and speaks of waits in general, with no diagnosis, age or hospice."),
# 34 optometry
(34, "EC", "We're glad the optic-nerve concern was spotted in time, and sorry your new eyewear arrived late and incorrect.",
 "Optic-nerve concern and new eyewear paraphrase the glaucoma finding and the spectacles and confirm he was examined."),
(34, "E", "Anyone transporting students for the district needs sharp eyesight, and a surprise out-of-pocket charge on top of vision coverage is frustrating.",
 "Transporting students for the district, the out-of-pocket charge and vision coverage describe his job, payment and plan."),
(34, "", "Thank you for the feedback and the kind words about Dr. Ellery. Clear cost estimates before any purchase are something everyone deserves; our billing coordinator, Mina Shah, can be reached at 555-0122.",
 "Tricky safe: cost estimates as a general standard, with no condition, eyewear, plan or employer."),
# 35 rheumatology
(35, "EC", "We're so happy the joint inflammation has calmed enough for you to be back at the keyboard on Sundays.",
 "Joint inflammation and the keyboard on Sundays paraphrase the arthritis and the piano at church as a treatment result."),
(35, "E", "Autoimmune conditions in midlife can feel isolating, and specialty biologic costs shouldn't stand between anyone and their music.",
 "Autoimmune conditions in midlife and biologic costs allude to the diagnosis, age and the drug expense."),
(35, "", "Thank you for sharing this! We'll pass your kind words to Dr. Varga. Our financial counselors can help anyone understand their options; call 555-0104.",
 "Tricky safe: thanks the named doctor and offers general financial counseling without the condition, drugs or amount."),
# 36 plastic_surgery
(36, "EC", "We're sorry the abdominal contouring recovery hit a setback with the wound separating.",
 "Abdominal contouring and the wound separating paraphrase the procedure and the complication and confirm it was done here."),
(36, "E", "Congratulations on your dramatic transformation after bariatric surgery; that takes real strength.",
 "Dramatic transformation after bariatric surgery alludes to the weight loss and the earlier stomach operation."),
(36, "", "We're sorry to read this. Our fees and what they include should be explained clearly to everyone in writing. Please call our practice director, Owen Price, at 555-0148.",
 "Tricky safe: fee transparency is general, with no procedure, amount, complication or family detail."),
# 37 vascular
(37, "EC", "We're glad the circulation treatment has you back on your feet through long hours at the stove.",
 "Circulation treatment and long hours at the stove paraphrase the ablation and the cook job as a treatment result."),
(37, "E", "Being chased by a debt agency after military insurance has settled the balance would upset anyone.",
 "Military insurance names the carrier by type and pairs it with the debt-collection episode."),
(37, "", "Thank you for the review and the kind words about Dr. Petrakis. No account should go to collections because of a processing error, and our billing manager is reviewing our procedures for everyone. Please call Nadia Wells at 555-0157.",
 "Tricky safe: collections is addressed as a general billing standard, with no carrier, procedure or workplace."),
# 38 speech_therapy
(38, "EC", "Watching your toddler start chattering in our sessions has been the highlight of our week!",
 "Toddler and chattering in our sessions paraphrase the child's age, the language delay and the treatment."),
(38, "E", "Early language delays are so stressful for parents whatever the eventual diagnosis, and we're glad the insurer came through.",
 "Language delays, the eventual diagnosis and the insurer allude to the symptom, the developmental worry and the coverage."),
(38, "", "Thank you for this wonderful review! We'll share it with Ms. Rowan and with Joy, who goes above and beyond for every family on insurance questions.",
 "Tricky safe: praise for named staff and a general note about insurance help, with no child, concern or carrier."),
# 39 family_medicine
(39, "EC", "Please give your wife our very best, and we're so sorry the bladder issue progressed while she waited to hear back.",
 "Bladder issue and its progression paraphrase the infection and its spread, and greeting the wife confirms she is a patient."),
(39, "E", "Missing a grandchild's christening because of an illness is heartbreaking for any family.",
 "A grandchild's christening missed through illness echoes the family event and the infection."),
(39, "", "We're sorry to read this. Calls back from our office should be prompt and courteous, and our front desk team is receiving additional training. Please call our office manager, Beth Lund, at 555-0116.",
 "Tricky safe: call-backs and front-desk courtesy are general operations, with no infection, test, amount or spouse."),
# 40 pain_management
(40, "EC", "We're sorry the change to your pain medication after spine surgery felt so abrupt and difficult.",
 "Pain medication and spine surgery paraphrase the opioid and the fusion and confirm he is a patient."),
(40, "ENCD", "Opioid tapering follows federal guidelines, and our records show you were counseled about the risks.",
 "Opioid tapering alludes to the drug change, and citing records of counseling adds facts and argues."),
(40, "", "We're sorry to read this. Everyone deserves to be treated with dignity and respect, and we'd like to hear these concerns directly. Please call our practice manager, Lorna Beck, at 555-0153.",
 "Tricky safe: a general value about dignity, with no drug, surgery, workplace or account number."),
]
