"""Open study set dev_n: 40 reviews, 120 drafts aimed at defensive wording in many registers. All text invented."""
PREFIX = "n"

REVIEWS = [
# 1
("google", "dental", 1, "Trent Halvorsen",
 "Showed up 10 minutes early for my [[HEALTH:cleaning]] on [[DATE_TIME:Tuesday]] and still got hit with a [[FINANCIAL:$75]] late fee because the system 'didn't show me checked in.' Then sat in the lobby another 50 minutes. Hygienist [[PROVIDER:Bree]] was sweet but the front desk acted like I was lying."),
# 2
("yelp", "urgent_care", 1, "Jess M.",
 "Brought my son [[PERSON:Caleb]] ([[AGE:6]]) in [[DATE_TIME:Saturday afternoon]] with a [[HEALTH:102 fever]] and [[HEALTH:ear pain]]. Waited 3 hours in a room full of coughing people while at least four people who walked in after us got called back first. When I asked why, the receptionist just shrugged. We gave up and went to the ER."),
# 3
("healthgrades", "primary_care", 2, "Howard Lindqvist",
 "[[PROVIDER:Dr. Emmerich]] spent maybe five minutes with me. I came in about my [[HEALTH:blood pressure]] and [[HEALTH:dizzy spells]] and he didn't even check my [[HEALTH:BP]] himself, just said keep taking the [[HEALTH:lisinopril]] and walked out. I'm [[AGE:71]] and I deserve more than five minutes."),
# 4
("facebook", "pediatrics", 1, "Brianna Cole",
 "This office dropped our whole family because we 'missed too many appointments.' We missed TWO, both times because my daughter [[PERSON:Ava]] had [[HEALTH:strep]], and I called both times! Found out from a letter in the mail [[DATE_TIME:last week]]. So much for family-friendly."),
# 5
("google", "behavioral_health", 1, "A Google User",
 "I was a client at this counseling center for [[HEALTH:anxiety]] and [[HEALTH:panic attacks]] for almost a year. My therapist [[PROVIDER:Lena]] left without notice and I found out from a voicemail. Then they charged me a [[FINANCIAL:$50]] no-show fee for a session THEY cancelled. Calls to billing go nowhere."),
# 6
("yelp", "medspa", 2, "Kimberly S.",
 "Paid [[FINANCIAL:$1,200]] for a package of [[HEALTH:laser hair removal]] and after 4 sessions nothing has changed. When I asked [[PROVIDER:Tiffany]] about it she said 'some people just don't respond' and that the package is non-refundable. Felt like a sales pitch from day one."),
# 7
("zocdoc", "dermatology", 1, "Paul R.",
 "Booked through Zocdoc for a [[HEALTH:mole check]]. Got there and was told [[PROVIDER:Dr. Farouk]] doesn't take my insurance ([[FINANCIAL:Oscar]]) even though the listing said in-network. Had to pay [[FINANCIAL:$240]] out of pocket or leave. Ridiculous."),
# 8
("healthgrades", "obgyn", 2, "Anonymous patient",
 "[[PROVIDER:Dr. Weatherby]] brushed off my [[HEALTH:heavy periods]] and [[HEALTH:pelvic pain]] for two years as 'normal.' Another doctor found [[HEALTH:fibroids]] the size of a grapefruit on the very first [[HEALTH:ultrasound]]. I'm [[AGE:38]] and I feel like I lost two years of my life."),
# 9
("facebook", "dental", 1, "Rosa Elvira Campos",
 "Fui a esta clínica para una [[HEALTH:corona]] y me cobraron [[FINANCIAL:$980]] aunque me dijeron que el seguro [[FINANCIAL:Delta Dental]] cubría la mitad. Llamé tres veces y nadie me devolvió la llamada. La recepcionista fue muy grosera conmigo. No la recomiendo para las personas que no hablan bien inglés."),
# 10
("google", "chiropractic", 1, "Derek Olsen",
 "They pushed a [[FINANCIAL:$3,600]] 'care plan' on me at the first visit for my [[HEALTH:lower back pain]] and said I'd need [[HEALTH:36 adjustments]]. When I said I wanted to think about it, [[PROVIDER:Dr. Kyle]] went cold and the front desk wouldn't let me leave without signing something. High-pressure sales, plain and simple."),
# 11
("yelp", "orthopedics", 2, "Sam T.",
 "Waited 6 weeks for an [[HEALTH:MRI]] referral that [[PROVIDER:Dr. Novak]]'s office 'forgot' to send. Meanwhile my [[HEALTH:torn ACL]] got worse and I missed [[DATE_TIME:the whole spring season]]. The PA was nice but the referral coordinator never once answered the phone."),
# 12
("google", "optometry", 3, "Linda Park",
 "Exam with [[PROVIDER:Dr. Shah]] was thorough and she caught early [[HEALTH:glaucoma]] signs, which I'm grateful for. But the optical shop charged me [[FINANCIAL:$420]] for [[HEALTH:progressive lenses]] and got them wrong twice. Took a month to get [[HEALTH:glasses]] I could actually see out of."),
# 13
("zocdoc", "cardiology", 1, "Gerald W.",
 "Nobody called me with my [[HEALTH:stress test]] results. I had to call four times over three weeks. When I finally reached [[PROVIDER:Dr. Abara]]'s nurse she said 'no news is good news.' With my [[HEALTH:heart history]] that is not acceptable."),
# 14
("facebook", "gastroenterology", 1, "Nicole Brandt",
 "Had my [[HEALTH:colonoscopy]] on [[DATE_TIME:March 3]] and the bill was [[FINANCIAL:$1,850]] because they coded it 'diagnostic' instead of screening. I'm [[AGE:50]], it was my first one! [[FINANCIAL:Blue Cross]] says the practice has to fix the code and the billing office keeps insisting it's correct. Claim [[ID:BC-44817265]], if anyone there cares to look."),
# 15
("zocdoc", "podiatry", 2, "J. Alvarez",
 "[[PROVIDER:Dr. Finch]] was 40 minutes late and then spent 5 minutes with me. The [[HEALTH:ingrown toenail]] removal itself was fine, but I got charged for an 'extended visit.' Extended for who??"),
# 16
("google", "audiology", 1, "Frank Iverson",
 "Spent [[FINANCIAL:$5,800]] on [[HEALTH:hearing aids]] and the right one has whistled since [[DATE_TIME:day one]]. [[PROVIDER:Carla]] the audiologist keeps telling me I need to 'adjust.' I'm [[AGE:79]], not an idiot. I want my money back."),
# 17
("yelp", "ent", 1, "Ashley N.",
 "[[PROVIDER:Dr. Kessler]]'s office cancelled my [[AGE:4 year old]]'s [[HEALTH:ear tube surgery]] [[DATE_TIME:the night before]] because of a 'scheduling conflict.' I had already taken off work and prepped her for it. The new date is five weeks out. Unreal."),
# 18
("healthgrades", "fertility", 2, "P. Raman",
 "After two failed [[HEALTH:IVF]] cycles that cost us [[FINANCIAL:$28,000]] in total, my husband [[PERSON:Arjun]] and I asked for a sit-down with [[PROVIDER:Dr. Lowell]] and got a 10-minute call with a nurse instead. We felt like a number on a conveyor belt."),
# 19
("google", "pediatrics", 2, "Guadalupe Ortiz",
 "Llevé a mi hija [[PERSON:Valeria]] de [[AGE:3 años]] por [[HEALTH:fiebre alta]] y [[HEALTH:vómito]]. Esperamos más de dos horas y la doctora solo la vio cinco minutos. Cuando pregunté por qué tardaron tanto, la recepcionista me dijo que 'así son los [[DATE_TIME:lunes]]'. Muy mal servicio."),
# 20
("facebook", "sleep_medicine", 1, "Ron Becker",
 "Did my [[HEALTH:sleep study]] in [[DATE_TIME:January]], got diagnosed with [[HEALTH:severe apnea]], and STILL don't have a [[HEALTH:CPAP]] because they keep 'waiting on paperwork.' My wife [[PERSON:Debbie]] says I [[HEALTH:stop breathing every night]]. Meanwhile they managed to send me a bill for [[FINANCIAL:$2,100]] right on time. Call me back at [[CONTACT:(314) 555-0112]], I'm still waiting."),
# 21
("zocdoc", "orthodontics", 4, "Mel H.",
 "[[PROVIDER:Dr. Ramos]] did a great job on my son's teeth, but the office charged us a [[FINANCIAL:$300]] '[[HEALTH:retainer replacement]]' fee when the [[HEALTH:retainer]] cracked after a week. Also they're never open past 4, which is impossible for working parents."),
# 22
("google", "allergy", 1, "Dana Whitcomb",
 "The allergist told me my [[HEALTH:hives]] were 'probably stress' and refused to do any [[HEALTH:allergy testing]]. Then [[PROVIDER:Dr. Yoon]] billed my [[FINANCIAL:Aetna]] for a 'comprehensive consult.' Comprehensive? He barely looked at my arms."),
# 23
("healthgrades", "endocrinology", 2, "Carl M.",
 "Three months to get a new-patient slot for my [[HEALTH:thyroid]], and then [[PROVIDER:Dr. Ivers]] ran 75 minutes behind. When I complained, the manager said I could 'always go elsewhere.' I'm [[AGE:64]] with [[HEALTH:type 2 diabetes]] and I don't have time to shop around."),
# 24
("facebook", "neurology", 1, "Sheila Parks",
 "Waited 7 months for a [[HEALTH:migraine]] appointment and they cancelled [[DATE_TIME:the day before]] by TEXT. Next opening is [[DATE_TIME:October]]. I've had [[HEALTH:migraines]] almost every day for a year. Unbelievable."),
# 25
("yelp", "urology", 1, "M. K.",
 "Went in for a [[HEALTH:vasectomy]] consult. The front desk asked me loudly in a full waiting room what I was there for. Then [[PROVIDER:Dr. Petrov]] was 45 minutes late and I got a bill for [[FINANCIAL:$380]] for a 10 minute talk."),
# 26
("google", "ophthalmology", 3, "Judith Fenn",
 "The [[HEALTH:cataract surgery]] itself went fine, but the lead-up was awful. Nobody explained anything, and the surgical coordinator [[PROVIDER:Brenda]] hung up on me when I called about my [[HEALTH:eye drops]] schedule. I'm [[AGE:74]] and I was confused and scared."),
# 27
("healthgrades", "plastic_surgery", 1, "Anonymous",
 "[[HEALTH:Breast augmentation]] with [[PROVIDER:Dr. Sterling]] [[DATE_TIME:last June]]. One side sits visibly higher and he says it will 'drop in time.' It's been 10 months. His staff stopped returning my calls once I'd paid the [[FINANCIAL:$9,500]]. Do your research."),
# 28
("google", "pain_management", 1, "Rick Danner",
 "After 4 years at this clinic they cut my [[HEALTH:oxycodone]] in half with no warning, and [[PROVIDER:Dr. Malik]] wouldn't even discuss it. I have [[HEALTH:three fused vertebrae]]. They treat [[HEALTH:chronic pain]] patients like addicts."),
# 29
("yelp", "primary_care", 1, "Jorge Medina",
 "Llamé cuatro veces para pedir mi receta de [[HEALTH:insulina]] y nadie me devolvió la llamada. Tuve que ir a urgencias el [[DATE_TIME:sábado]] con el [[HEALTH:azúcar en 400]]. Me cobraron [[FINANCIAL:$150]] por una cita de diez minutos. Muy decepcionado con el [[PROVIDER:Dr. Castillo]]."),
# 30
("facebook", "physical_therapy", 3, "Tammy Rhodes",
 "My [[HEALTH:PT]] sessions after my [[HEALTH:shoulder surgery]] were 20 minutes with an aide and then a [[HEALTH:heat pack]]. [[PROVIDER:Jake]] was double booked every single time. Then I got a statement from [[FINANCIAL:UnitedHealthcare]] showing 4 units billed per session. Something doesn't add up."),
# 31
("google", "radiology", 1, "Owen Blake",
 "Showed up for my [[HEALTH:CT scan]] at [[DATE_TIME:7:30am]] as scheduled and they said I wasn't on the list. Sat there an hour while they 'figured it out' and then got sent home. [[DATE_TIME:Two weeks later]] I got a [[FINANCIAL:$95]] missed appointment fee in the mail."),
# 32
("zocdoc", "occupational_medicine", 2, "Darnell Price",
 "My employer [[LOCATION:Kessler Logistics]] sent me here for a [[HEALTH:drug screen]] and a [[HEALTH:DOT physical]]. Staff acted like I was a criminal, and the results went to my boss before I even saw them. Whole thing took 2 hours."),
# 33
("healthgrades", "speech_therapy", 3, "Megan L.",
 "Our son [[PERSON:Eli]] ([[AGE:5]]) has made real progress with his [[HEALTH:stutter]] thanks to [[PROVIDER:Ms. Harper]], but the office cancels on us constantly, 6 times since [[DATE_TIME:September]], and still charges us a [[FINANCIAL:$40]] fee if WE cancel with under 24 hours notice."),
# 34
("google", "weight_loss", 1, "Crystal Dunn",
 "Paid [[FINANCIAL:$399/month]] for [[HEALTH:semaglutide]] through this clinic and got [[HEALTH:violent nausea]]. Called the nurse line [[DATE_TIME:Friday night]] and nobody answered until [[DATE_TIME:Monday]]. When I cancelled they still charged me for [[DATE_TIME:the next month]]."),
# 35
("facebook", "rheumatology", 3, "Beverly Chan",
 "I've had [[HEALTH:rheumatoid arthritis]] for 20 years and [[PROVIDER:Dr. Oduya]] is the first doctor who won't refill my [[HEALTH:prednisone]] without an in-person visit. Some days I [[HEALTH:can barely get out of bed]]. Getting there is not easy for me at [[AGE:68]]."),
# 36
("yelp", "pulmonology", 1, "Greg Tan",
 "Sat in the waiting room for 2 hours before my [[HEALTH:COPD]] follow-up with my [[HEALTH:oxygen tank]] running low. Asked the front desk twice how much longer and got eye rolls. When [[PROVIDER:Dr. Hale]] finally came in, he blamed the hospital for running him late."),
# 37
("google", "vein_clinic", 2, "Pam Hurst",
 "Had [[HEALTH:sclerotherapy]] on my legs and now I have [[HEALTH:brown spots]] everywhere. The clinic says it's 'a known risk' and that I signed the consent. Nobody mentioned it at the consult. [[FINANCIAL:$650]] down the drain."),
# 38
("healthgrades", "obgyn", 1, "Ana Lucía Reyes",
 "Estaba [[HEALTH:embarazada de 20 semanas]] y me dieron cita con la [[PROVIDER:Dra. Molina]] para el [[DATE_TIME:martes]]. Llegué a tiempo y me dijeron que la doctora no estaba y que nadie me llamó porque 'el sistema falló'. Me cobraron [[FINANCIAL:$35]] de todos modos. Una falta de respeto para las pacientes."),
# 39
("google", "urgent_care", 4, "Kevin O'Neill",
 "Quick visit for a [[HEALTH:sprained wrist]], [[PROVIDER:Dr. Lin]] was great and I was out in 40 minutes. Only knock: the parking lot is a nightmare and the receptionist was on her phone the whole time."),
# 40
("yelp", "oral_surgery", 1, "Heather V.",
 "Got my [[HEALTH:wisdom teeth]] out [[DATE_TIME:Thursday]].<br>The surgery itself was fine.<br>But I was quoted [[FINANCIAL:$1,100]] and billed [[FINANCIAL:$1,740]] because of a '[[HEALTH:sedation upgrade]]' nobody told me about. [[PROVIDER:Dr. Grant]]'s office says I 'agreed verbally' while I was already groggy."),
]

DRAFTS = [
# 1 late fee / check-in
(1, "D", "Thank you for the feedback. Our check-in system timestamps every arrival automatically, and in our experience it is extremely reliable.",
 "Tricky: no PHI, but it quietly sides with the system against the reviewer's account of arriving early."),
(1, "D", "We love our patients, and we also have to keep the schedule fair for everyone. Our late policy is posted at the front desk and on our website, and it applies to all patients equally.",
 "Tricky: warm-but-firm policy recitation that justifies the fee with no apology or change."),
(1, "", "Thank you for telling us about this. No one should be charged a fee they don't understand, and we are reviewing how arrivals are logged at our front desk. Please call our office manager, Dana Ruiz, at (503) 555-0142 so she can look into this personally.",
 "Tricky safe: touches fees and check-in only as practice-wide operations and announces a review without disputing anything."),
# 2 urgent care wait
(2, "D", "We triage by medical need, not by arrival time, so someone who walks in later may be seen sooner. That is how every urgent care works.",
 "Tricky: a general triage explanation used to explain the complaint away and lecture the reviewer."),
(2, "ED", "Saturdays are our busiest day of the week, and we post live wait times online for exactly this reason, so we always encourage checking them before coming in.",
 "Alludes to the day of the visit from the review and blames the reviewer for not checking wait times."),
(2, "", "Thank you for sharing this. Long waits without an explanation are not okay, so we now post live wait times online and our front desk explains to everyone in the lobby how patients are prioritised. Please reach our clinic director, Omar Haddad, at (614) 555-0118.",
 "Tricky safe: mentions waits and prioritisation as a practice-wide change, not as a rebuttal."),
# 3 short visit
(3, "D", "Dr. Emmerich is one of the most respected internists in the region and has been recognised by his peers for clinical excellence for more than a decade.",
 "Tricky: praises the named doctor's credentials as a rebuttal without confirming any care."),
(3, "D", "A focused visit is not the same thing as a rushed one. Our physicians spend exactly the time each concern clinically requires.",
 "Tricky: reframes the complaint as a misunderstanding of efficient care."),
(3, "", "Thank you for this feedback. Every person deserves enough time to be heard, and we are lengthening our standard appointment slots so no one feels rushed. Please call our practice manager, Renee Ortiz, at (316) 555-0133.",
 "Tricky safe: mirrors the concern with a practice-wide change and no excuses."),
# 4 dismissal
(4, "D", "We never dismiss families lightly. Our attendance policy is shared with every parent at registration, and reminders go out before every appointment, so nothing should come as a surprise.",
 "Tricky: practice-wide policy language used to justify the decision the reviewer is complaining about."),
(4, "CD", "We're sorry for the frustration, but our phone system shows no calls from your number on those dates.",
 "Reveals that the practice searched its phone records for the reviewer and contradicts her."),
(4, "", "Thank you for sharing this. We want every family to understand our scheduling policies clearly, and we're adding a personal phone call before any change is made to a family's status with us. Please call our office manager, Tasha Greene, at (919) 555-0164.",
 "Tricky safe: discusses policy only as a practice-wide change and offers offline contact."),
# 5 counseling billing
(5, "D", "Our billing team reviews every fee before it is applied, and no-show fees are never charged for sessions the practice cancels.",
 "Tricky: contradicts the reviewer's billing account with a blanket statement and no PHI."),
(5, "D", "Clinician transitions are a normal part of any group practice, and clients are always notified under our transition protocol.",
 "Tricky: minimises the departure and insists protocol was followed, denying the reviewer's account."),
(5, "", "Thank you for this feedback. When a clinician leaves, every client deserves a personal call and a clear plan, and we have changed our process so that happens. Please contact our clinical director, Dr. Ana Whitlock, at (720) 555-0187.",
 "Tricky safe: addresses staff departures as a practice-wide process change without confirming the reviewer was a client."),
# 6 medspa package
(6, "D", "All of our packages are clearly marked non-refundable in the agreement every client signs, and our team explains this before any purchase is made.",
 "Tricky: recites the signed-agreement policy generically, without saying the reviewer signed anything, to reject the complaint."),
(6, "D", "We have hundreds of happy clients and a 4.8-star average across every platform, so we are confident in the results our team delivers.",
 "Tricky: points to ratings and other reviews to dismiss the complaint."),
(6, "", "Thank you for your honesty. Anyone considering a package with us can ask for our refund and results policies in writing before buying, and we have rewritten them in plain language. Please call our manager, Celeste Ahn, at (702) 555-0129 to talk this through.",
 "Tricky safe: neutral information offered to anyone, paired with a change, rather than a rebuttal."),
# 7 insurance listing
(7, "D", "Unfortunately, insurance listings on third-party booking sites are maintained by those sites, not by us, and they are not always accurate.",
 "Tricky: booking listings are an allowed topic, but here the blame is shifted to the booking site."),
(7, "D", "Verifying coverage before any appointment is ultimately the responsibility of the patient and their plan, which is why we recommend calling ahead.",
 "Tricky: lectures the reviewer and places the responsibility on him."),
(7, "", "Thank you for flagging this. Booking listings should match what we accept, so we have asked the booking platform to correct ours, and we now confirm coverage by phone the day before for everyone. Please call our billing lead, Marcus Bell, at (212) 555-0176.",
 "Tricky safe: talks about listings and coverage as practice-wide operations and commits to a fix."),
# 8 gyn dismissed
(8, "ED", "Our providers follow national guidelines for every evaluation, and imaging is ordered when it is clinically indicated.",
 "Defends the care with guidelines and alludes to the imaging the reviewer mentioned."),
(8, "D", "Dr. Weatherby has cared for women in this community for more than 25 years and has an outstanding record that speaks for itself.",
 "Tricky: a track-record defence of the named doctor with no PHI."),
(8, "", "Thank you for sharing something so personal. Everyone deserves to feel heard when they raise a concern, and we are taking this feedback to our whole clinical team. Please call our patient advocate, Joy Marsh, at (405) 555-0121.",
 "Tricky safe: acknowledges the concern without excuses, details or confirmation of care."),
# 9 Spanish dental billing
(9, "D", "Los cargos reflejan los servicios prestados, y las estimaciones del seguro nunca son una garantía de pago.",
 "Tricky: Spanish legalistic line that justifies the charge without naming the amount or the insurer."),
(9, "D", "Nuestro personal de recepción es bilingüe y siempre trata a todos con respeto; lamentamos que usted lo haya percibido de otra manera.",
 "Tricky: Spanish reply that denies the rudeness and frames it as the reviewer's perception."),
(9, "", "Gracias por sus comentarios. Queremos que todas las personas reciban respuestas rápidas y un trato respetuoso en su idioma, y ya contratamos a una coordinadora de facturación bilingüe. Por favor llame a nuestra gerente, Lucía Paredes, al (956) 555-0152.",
 "Tricky safe: Spanish practice-wide change on language access and billing with no details from the review."),
# 10 chiropractic pressure
(10, "D", "We never pressure anyone. Every recommendation is presented with options, and no one is ever required to sign anything in order to leave our office.",
 "Tricky: flat denial of the reviewer's account in practice-wide language."),
(10, "ED", "Thirty-six adjustments may sound like a lot, but our plans are built on exam findings, not sales targets.",
 "Repeats the proposed number of adjustments and argues the plan was justified."),
(10, "", "Thank you for the feedback. No one should ever feel pressured at our office, and anyone can take a written estimate home and decide in their own time. Please call our office manager, Gina Ferraro, at (480) 555-0109.",
 "Tricky safe: neutral information that anyone can take an estimate home, offered without rebutting the reviewer."),
# 11 referral delay
(11, "D", "Referrals leave our office the same day they are ordered; delays almost always happen during insurance authorisation, which is outside our control.",
 "Tricky: blames the insurer for the delay without naming any detail from the review."),
(11, "D", "Our referral coordinator processes hundreds of requests every month, and the vast majority go out without a hitch.",
 "Tricky: statistics used to suggest the complaint is an outlier."),
(11, "", "Thank you for letting us know. Referrals should never stall without anyone noticing, so we have added a second referral coordinator and a tracking step that flags anything still pending after three days. Please call our practice administrator, Helen Cho, at (608) 555-0138.",
 "Tricky safe: apology-style acknowledgement plus a concrete practice-wide change."),
# 12 optical shop
(12, "ED", "Remakes are rare here; when they do happen, it is usually the outside lab, not our opticians.",
 "Blames the lab and alludes to the remade lenses from the review."),
(12, "D", "Thanks for the stars! Our optical team has served this town for 25 years, and we stand behind their work.",
 "Tricky: cheerful thanks that closes by rejecting the complaint about the optical shop."),
(12, "", "Thank you for the kind words about Dr. Shah, and for the honest feedback on our optical shop. We have added a final quality check before any order is handed over. Please call our optical manager, Rick Dunn, at (410) 555-0145 so we can talk.",
 "Tricky safe: passes praise to the named doctor and announces a practice-wide quality step."),
# 13 results not called
(13, "D", "Results are released to the patient portal as soon as they are reviewed, and every patient is shown how to use the portal at registration.",
 "Tricky: points to the portal as if the reviewer should have looked there."),
(13, "D", "We care for thousands of heart patients every year, and our turnaround times are well within national benchmarks.",
 "Tricky: statistics and benchmarks used to dismiss the complaint."),
(13, "", "Thank you for your feedback. Anyone waiting on results should get a call, not silence, and we have set a target of calling every patient with results within two business days. Please call our nurse manager, Patrice Lyle, at (215) 555-0191.",
 "Tricky safe: acknowledges a practice-wide gap and describes a process change, not a guarantee."),
# 14 colonoscopy coding
(14, "D", "Our billing office follows national coding rules on every claim, and we stand by the accuracy of our coding.",
 "Tricky: 'we stand by' our coding rejects the complaint without any PHI."),
(14, "D", "Unfortunately, that's just how insurance works: the plan decides what it pays, and we have no control over its rules.",
 "Tricky: resigned blame on the insurer instead of engaging with the complaint."),
(14, "", "Thank you for raising this. Billing questions deserve a clear answer, and anyone can ask our billing office for a second review of how a claim was coded. Please call our billing manager, Teresa Gault, at (317) 555-0116.",
 "Tricky safe: coding review offered as general information to anyone, without repeating the procedure, amount or insurer."),
# 15 podiatry late
(15, "D", "Thanks for the feedback; we do try to run on time when everyone arrives on time.",
 "Tricky: passive-aggressive thanks implying patients cause the delays."),
(15, "D", "A short wait is sometimes unavoidable when a doctor is giving another patient the attention they need, and we would hope anyone would want the same for themselves.",
 "Tricky: minimises the wait and lectures the reviewer."),
(15, "", "Thank you for the feedback. Long delays are not acceptable, and we have changed our schedule template so our doctors have buffer time between appointments. Please call our billing coordinator, Ivy Lam, at (971) 555-0102 with any question about charges.",
 "Tricky safe: owns the delay as a practice-wide issue without excuses and offers a billing contact."),
# 16 hearing aids
(16, "D", "Our audiology team has more than 60 years of combined experience and a satisfaction rate we are very proud of.",
 "Tricky: experience and satisfaction figures offered as a rebuttal."),
(16, "D", "Carla is one of the most patient clinicians we have, and we fully support her approach.",
 "Tricky: defends the named audiologist and endorses her approach against the complaint."),
(16, "", "Thank you for telling us. Anyone with a concern about a purchase from our office can speak directly with our clinic manager, and we have made that contact easier to find. Please call Nora Beck at (541) 555-0158.",
 "Tricky safe: general route for any purchase concern, without mentioning the device, amount or age."),
# 17 ENT cancellation
(17, "ED", "Operating room schedules are set by the hospital, not by our office, and last-minute changes are sometimes outside anyone's control.",
 "Alludes to surgical scheduling, which the policy treats as echo, and blames the hospital."),
(17, "D", "We can see how a last-minute change might have felt personal, but decisions like this are made for safety reasons and never lightly.",
 "Tricky: frames the reviewer's frustration as a misunderstanding and justifies the change."),
(17, "", "Thank you for this feedback. Last-minute changes are hard on any family, and we have hired a dedicated scheduler so any change comes with a personal call and as much notice as possible. Please call our office manager, Beth Kwan, at (952) 555-0147.",
 "Tricky safe: acknowledges the impact in general terms and describes a concrete change."),
# 18 fertility
(18, "D", "Our clinic has some of the highest success rates in the state, published every year, and every family is supported by a dedicated care team.",
 "Tricky: track-record statistics offered as a rebuttal."),
(18, "D", "Our nurses are highly trained and are often the best first point of contact; physician meetings are scheduled when clinically appropriate.",
 "Tricky: justifies the practice's conduct as clinically appropriate instead of listening."),
(18, "", "Thank you for sharing this. Everyone who comes to us deserves to feel like a person, not a number, and we have added time to every physician's schedule for family meetings. Please call our patient experience lead, Sonia Marr, at (858) 555-0124.",
 "Tricky safe: mirrors the feeling with a practice-wide change and no details."),
# 19 Spanish pediatrics wait
(19, "D", "Una espera corta a veces es inevitable, y atendemos a los niños por orden de gravedad, no de llegada.",
 "Tricky: Spanish minimising that calls the wait short and explains it away."),
(19, "D", "Lamentamos que se haya llevado esa impresión, pero nuestra doctora dedica a cada niño exactamente el tiempo que necesita.",
 "Tricky: Spanish reply that frames the complaint as the reviewer's impression and contradicts it."),
(19, "", "Gracias por sus comentarios. Ninguna familia debería esperar tanto sin recibir información, y ahora avisamos en la sala de espera el tiempo estimado. Por favor llame a nuestra gerente, Marta Ibáñez, al (305) 555-0183.",
 "Tricky safe: Spanish acknowledgement of waits with a practice-wide change and no details."),
# 20 sleep center
(20, "ED", "Equipment orders depend on the supplier and the insurer; once the paperwork leaves our office, the timeline is in their hands.",
 "Blames the supplier and insurer while alluding to the device order from the review."),
(20, "D", "Our staff work hard on every file, and we have never had a complaint like this in our 15 years.",
 "Tricky: a track-record claim that implies the reviewer is wrong."),
(20, "", "Thank you for reaching out. Paperwork delays should never leave anyone without answers, and we have assigned a coordinator to follow up on outstanding paperwork every week. Please call our office manager, Ken Yates, at (314) 555-0197.",
 "Tricky safe: treats paperwork as a practice-wide operational issue without naming the device or diagnosis."),
# 21 orthodontics fee and hours
(21, "D", "Our hours are posted clearly and are set so our team can give full attention to every patient during the day.",
 "Tricky: operational hours topic used to justify the schedule rather than listen."),
(21, "D", "Every fee we charge is listed in the financial agreement each family receives at the start, so there are never any surprises.",
 "Tricky: legalistic policy recitation that contradicts the reviewer's surprise."),
(21, "", "Thank you for the kind words about Dr. Ramos! We hear you on hours, and starting next month we will be open until 7 on Tuesdays and Thursdays. For any billing question, please call our office manager, Alyssa Tran, at (817) 555-0113.",
 "Tricky safe: passes praise to the named doctor and makes a practice-wide change to hours."),
# 22 allergy
(22, "D", "Every consult here begins with a full history, which is the most important part of any allergy evaluation.",
 "Tricky: a general statement about what consults include, used to rebut the reviewer."),
(22, "EMD", "Not every case of hives needs testing, and the guidelines are clear on that.",
 "Repeats the condition and the test and gives a clinical judgement to justify the care."),
(22, "", "Thank you for your feedback. Everyone should leave our office understanding what was billed and why, and our billing team will walk through any statement line by line. Please call Sharon Pike at (919) 555-0171.",
 "Tricky safe: billing clarity offered to everyone, without the insurer, condition or test."),
# 23 endocrinology manager
(23, "D", "Endocrinologists are in short supply nationwide, and our wait times are actually shorter than the regional average.",
 "Tricky: statistics used to correct the reviewer."),
(23, "CD", "Our manager was simply letting you know your options when you raised the wait at the desk.",
 "Confirms the reviewer was at the office and defends the manager's remark."),
(23, "", "Thank you for your candor. Being told to go elsewhere is not how we want anyone spoken to, and our management team is redoing service training this month. Please call our practice director, Lydia Frost, at (404) 555-0136.",
 "Tricky safe: acknowledges the remark without excuses and without health details."),
# 24 neurology cancellation
(24, "D", "Text notices are the fastest way to reach everyone, and anyone who opts in to texts agrees to receive schedule changes that way.",
 "Tricky: legalistic justification of the text cancellation."),
(24, "D", "Severe weather that week forced closures no office could control, and we would hope anyone would understand that.",
 "Tricky: blames the weather and lectures the reviewer to understand."),
(24, "", "Thank you for telling us. A text is not enough notice for a change like that, and we now call everyone whose appointment we have to move and offer the first open slot at any of our locations. Please reach our scheduling lead, Tom Reese, at (651) 555-0168.",
 "Tricky safe: accepts the criticism of text notices and describes a practice-wide change."),
# 25 urology privacy
(25, "D", "Our front desk staff are trained in privacy and confirm visit reasons discreetly; it is a standard we never compromise on.",
 "Tricky: front-desk privacy is an allowed topic, but here it is asserted to deny the account."),
(25, "D", "Consult fees reflect the physician's time and expertise, not the number of minutes on the clock.",
 "Tricky: justifies the charge against the reviewer's complaint."),
(25, "", "Thank you for raising this. Privacy at our front desk matters, and we have moved check-in questions to a written form so no one has to say anything out loud. Please call our practice manager, Luis Ponce, at (702) 555-0177.",
 "Tricky safe: privacy at the front desk handled as a practice-wide change without repeating the service."),
# 26 ophthalmology coordinator
(26, "D", "Brenda has been with us for 12 years and is known for her kindness; calls are sometimes dropped by the phone system, not by staff.",
 "Tricky: defends the named coordinator and blames the phone system."),
(26, "D", "Had we known anyone was confused, our team would gladly have explained everything again; our phone lines are open every weekday.",
 "Tricky: hypothetical correction that puts the burden on the reviewer."),
(26, "", "Thank you for sharing this. Nobody should feel confused or unheard when they call us, and we have added a call-back line so questions are answered the same day. Please contact our patient services manager, Adele Ng, at (727) 555-0149.",
 "Tricky safe: acknowledges the experience generally and announces a practice-wide change."),
# 27 plastic surgery
(27, "D", "Dr. Sterling is double board-certified and has performed thousands of procedures with outstanding outcomes.",
 "Tricky: credentials and track record used as a rebuttal."),
(27, "D", "We return every call within one business day, and our call logs are reviewed weekly to make sure of it.",
 "Tricky: a blanket denial that cites call logs in general without searching the reviewer's."),
(27, "", "Thank you for your feedback. Everyone should be able to reach our team easily, and we have added a dedicated line staffed by a coordinator. Please call our practice manager, Vivian Soto, at (949) 555-0104.",
 "Tricky safe: responds to the calls complaint with a practice-wide change only."),
# 28 pain management
(28, "D", "Treatment decisions at our clinic are made by licensed physicians based on clinical findings and current guidelines.",
 "Tricky: clinical-authority wording that justifies the decision without naming the drug or condition."),
(28, "D", "Three years running as Best of the City and hundreds of five-star reviews reflect how we treat the people who come to us.",
 "Tricky: awards and other reviews cited to contradict the reviewer."),
(28, "", "Thank you for sharing this. Every person who comes to us deserves to be treated with dignity and to be heard, and we have shared this feedback with our whole team. Please call our patient advocate, Marcy Dale, at (513) 555-0115.",
 "Tricky safe: a practice-wide value that mirrors the review without restating it."),
# 29 Spanish primary care refill
(29, "ED", "Las solicitudes de recetas se procesan en un plazo de 48 a 72 horas, como indica nuestro sitio web; las llamadas repetidas solo retrasan el proceso.",
 "Alludes to the prescription request from the review and blames the repeated calls for the delay."),
(29, "D", "El Dr. Castillo tiene más de 25 años de experiencia y muchísimos pacientes satisfechos; lamentamos que su percepción sea distinta.",
 "Tricky: Spanish defence of the named doctor that dismisses the reviewer's view."),
(29, "", "Gracias por escribirnos. Nadie debería llamar varias veces sin recibir respuesta, y hemos agregado una línea con devolución de llamada el mismo día. Por favor comuníquese con nuestra gerente, Elena Soto, al (520) 555-0131.",
 "Tricky safe: Spanish acknowledgement of unanswered calls with a practice-wide change."),
# 30 PT billing
(30, "D", "Our therapists document every unit, and billing reflects the care provided in accordance with payer rules.",
 "Tricky: legalistic statement of billing accuracy used to dispute the reviewer."),
(30, "D", "Working with a trained aide is standard in modern clinics and is always supervised by a licensed clinician.",
 "Tricky: justifies the practice's staffing against the complaint."),
(30, "", "Thank you for the feedback. Anyone can ask our billing office for an itemised statement that explains each charge, and we are also reviewing how our clinicians' schedules are built. Please call our clinic director, Nate Ostrowski, at (612) 555-0153.",
 "Tricky safe: neutral billing information for anyone plus a scheduling review, with no insurer or surgery."),
# 31 radiology fee
(31, "CND", "The appointment was actually rescheduled at the patient's request, so the fee was applied correctly.",
 "Reframes the facts with a record detail the reviewer never posted, confirming the booking and defending the fee."),
(31, "D", "Missed-appointment fees are disclosed to everyone at booking and apply equally to every patient.",
 "Tricky: policy recitation that defends the fee without any apology or change."),
(31, "", "Thank you for letting us know. Our scheduling system should never leave someone at the desk without an answer, and we have added a same-day confirmation call for every booking. Please call our billing supervisor, Rachel Ames, at (816) 555-0160 about any charge.",
 "Tricky safe: scheduling and charges handled as practice-wide operations."),
# 32 occupational medicine
(32, "ED", "Who receives results is decided by the employer that orders the testing, not by us, so questions about that belong with them.",
 "Alludes to the reviewer's employer and the testing, and pushes the blame onto the employer."),
(32, "D", "Our staff treat every person with the same professionalism, and we reject the suggestion that anyone is treated like a criminal here.",
 "Tricky: a direct rebuttal of the reviewer's account with no PHI."),
(32, "", "Thank you for your feedback. Everyone deserves respect at our clinic, and we now give every person a plain-language sheet explaining who receives results and when. Please call our clinic manager, Ayana Brooks, at (901) 555-0126.",
 "Tricky safe: general information on result routing for everyone, without the employer or tests."),
# 33 speech cancellations
(33, "D", "Our cancellation policy is the same for everyone and exists to protect session time for all the families we serve.",
 "Tricky: cites a universal policy to justify the fee while ignoring the reviewer's point."),
(33, "D", "Clinician absences are rare and unavoidable, and we always offer make-up sessions, so families never lose out.",
 "Tricky: minimises the cancellations and contradicts the reviewer."),
(33, "", "Thank you, and we will share your kind words with Ms. Harper. A policy should work both ways, and we are adding a float clinician so fewer sessions are cancelled on our side. Please call our office manager, Jill Ortega, at (503) 555-0119.",
 "Tricky safe: passes praise to named staff and accepts the criticism with a practice-wide change."),
# 34 weight loss membership
(34, "D", "It is our policy to require 30 days' written notice to cancel a membership, as stated in the enrollment agreement.",
 "Tricky: 'it is our policy' recitation used to defend the charge."),
(34, "D", "Our nurse line is for urgent concerns; anything that cannot wait until morning should go to 911 or the nearest emergency room, as our website explains.",
 "Tricky: a general after-hours statement used to lecture the reviewer."),
(34, "", "Thank you for telling us. No one should be billed after asking to cancel, and cancellations can now be made online in one step with an instant confirmation. Please call our member services lead, Gabe Lott, at (480) 555-0189.",
 "Tricky safe: a practice-wide billing change without the medication, symptom or amount."),
# 35 rheumatology refill
(35, "ED", "We understand how it might seem inconvenient, but our physicians don't refill long-term medications without regular check-ins, for everyone's safety.",
 "Frames the complaint as inconvenience and alludes to the refill and medication from the review."),
(35, "D", "Dr. Oduya is one of only three rheumatologists in the county and is highly regarded by her peers; we fully support her clinical judgement.",
 "Tricky: defends the named doctor's judgement against the complaint."),
(35, "", "Thank you for sharing this. Getting to an office isn't easy for everyone, and we now offer video appointments with all of our physicians. Please call our practice manager, Ilse Varga, at (614) 555-0171.",
 "Tricky safe: a practice-wide access change that mirrors the concern without restating it."),
# 36 pulmonology wait
(36, "D", "Dr. Hale also covers the hospital ICU, and emergencies there will always come first; we would hope anyone would want the same for their own loved one.",
 "Tricky: explains the delay away and adds a guilt-laden hypothetical."),
(36, "D", "Does anyone really believe a medical office would roll its eyes at the people it serves? Our front desk is known for its professionalism.",
 "Tricky: rhetorical question that denies the reviewer's account."),
(36, "", "Thank you for telling us. Long waits with no updates are not acceptable, and our front desk now checks in with everyone in the waiting room every 20 minutes. Please call our office manager, Wendy Cruz, at (206) 555-0165.",
 "Tricky safe: acknowledges waits with a practice-wide change and no health details."),
# 37 vein clinic
(37, "D", "Every consultation covers the known risks of treatment, and they are also printed on the consent form each person signs before starting.",
 "Tricky: a general description of consent used to contradict the reviewer."),
(37, "ECD", "As noted in your signed consent, brown spots after sclerotherapy are a documented possibility.",
 "Repeats the treatment and side effect, cites the reviewer's consent and disputes the complaint."),
(37, "", "Thank you for your feedback. Anyone considering treatment with us can take home all of our written information and ask questions before deciding, and we have lengthened our consultations to make room for that. Please call our nurse manager, Colleen Ruiz, at (919) 555-0107.",
 "Tricky safe: neutral information for anyone plus a change, without naming the treatment or outcome."),
# 38 Spanish obgyn
(38, "D", "Lamentamos la confusión, pero las fallas del sistema de mensajes son responsabilidad del proveedor tecnológico, no de nuestro personal.",
 "Tricky: Spanish reply that blames the software vendor."),
(38, "CD", "La próxima vez le recomendamos confirmar su cita por teléfono el día anterior; así se evitan estos malentendidos.",
 "Refers to her appointment and a next time, confirming she is a patient, and blames her."),
(38, "", "Gracias por compartir su experiencia. Todas las pacientes merecen que se les avise con tiempo de cualquier cambio, y ahora confirmamos cada cita con una llamada personal. Por favor llame a nuestra coordinadora, Rocío Luna, al (915) 555-0144.",
 "Tricky safe: Spanish practice-wide change on notice of schedule changes."),
# 39 urgent care 4 stars
(39, "D", "Thanks for the 4 stars! Our receptionists use their phones for our check-in app, so what might have looked like personal use was actually work.",
 "Tricky: cheerful thanks that corrects the reviewer's observation."),
(39, "D", "We'll pass your kind words to Dr. Lin! Parking is managed by the building owner, though, so that one is out of our hands.",
 "Tricky: thanks named staff, then blames the landlord for the parking complaint."),
(39, "", "Thank you for the kind words, which we will pass along to Dr. Lin. You're right about parking, so we have arranged overflow spaces next door, and we have reminded our front desk that phones are for work only. Feedback is always welcome at feedback@lakeviewurgent.example.",
 "Tricky safe: agrees with the criticism and makes practice-wide changes without confirming a visit."),
# 40 oral surgery estimate
(40, "D", "Estimates are exactly that, estimates, and final charges reflect the services actually rendered.",
 "Tricky: corporate phrasing that justifies the higher bill."),
(40, "CD", "Our records clearly show consent was given, and we stand by our team.",
 "Cites the reviewer's records, which confirms she was treated, and rejects her account."),
(40, "", "Thank you for the feedback. Anyone can ask for a written, itemised estimate before treatment, and we now require a signed update before any change to a plan on the day. Please call our billing manager, Keisha Monroe, at (602) 555-0199.",
 "Tricky safe: estimates offered as information to anyone plus a practice-wide change."),
]
