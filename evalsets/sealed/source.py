"""Sealed set source (written independently of the SafeReply code). Build with ../build.py.
Do NOT use this set for tuning; see ../README.md."""
PREFIX = "s"

REVIEWS = [
# 1
("google", "periodontics", 1, "Trevor Maddox",
 "[[PROVIDER:Dr. Ahlberg]] talked me into [[HEALTH:gum grafts]] on four teeth for [[FINANCIAL:$3,900]]. Two of the grafts [[HEALTH:failed]] and now I have [[HEALTH:exposed roots]] that [[HEALTH:zing every time I drink something cold]]. [[FINANCIAL:Guardian]] paid nothing because the office coded it wrong. Worst decision of my [[AGE:39]] years."),
# 2
("facebook", "urgent_care", 2, "Latoya Simmons",
 "Took my [[AGE:15-year-old]] [[PERSON:Destiny]] in after a [[HEALTH:dog bite on her forearm]] at cheer practice at [[LOCATION:Northview High]]. They cleaned it and gave a [[HEALTH:tetanus shot]] but nobody mentioned [[HEALTH:rabies]] until I asked. Front desk guy [[PROVIDER:Andre]] was sweet at least. Copay was [[FINANCIAL:$150]]. Ridiculous."),
# 3
("google", "pediatrics", 5, "Jo-Anne Perreault",
 "We switched to [[PROVIDER:Dr. Castellanos-Ruiz]] when our baby [[PERSON:Theo]] was [[AGE:10 days old]] and [[HEALTH:jaundiced]]. She checked his [[HEALTH:bilirubin]] [[DATE_TIME:same day]] and had a [[HEALTH:bili blanket]] delivered by [[DATE_TIME:that night]]. Now he's a chunky [[AGE:six-month-old]] \U0001f970 Thank you!!"),
# 4
("healthgrades", "behavioral_health", 1, "M.R.",
 "I was in their [[HEALTH:intensive outpatient program]] for [[HEALTH:anorexia]]. A group facilitator weighed me in front of other clients and read the number out loud. I [[HEALTH:relapsed]] [[DATE_TIME:that same week]]. My parents paid [[FINANCIAL:$11,000]] out of pocket because [[FINANCIAL:Oscar]] denied the program. I'm [[AGE:19]]. Please think twice."),
# 5
("yelp", "dermatology", 4, "Priyanka Deshmukh",
 "Quick appointment for my [[HEALTH:eczema]] flare, and PA [[PROVIDER:Lund]] switched me from [[HEALTH:triamcinolone]] to [[HEALTH:Dupixent]], which is working. Four stars because the specialty pharmacy paperwork was a mess and I paid [[FINANCIAL:$120]] before the copay card kicked in."),
# 6
("google", "primary_care", 1, "Ernesto Salas",
 "Mi esposa [[PERSON:Rocío]] fue por un [[HEALTH:dolor de pecho]] y el [[PROVIDER:doctor Hamlin]] le dijo que era [[HEALTH:ansiedad]] sin hacerle un [[HEALTH:electrocardiograma]]. [[DATE_TIME:La semana siguiente]] tuvo un [[HEALTH:infarto]] en el trabajo, en la [[LOCATION:panadería La Espiga]]. Gracias a Dios está viva. Que nadie más pase por esto."),
# 7
("healthgrades", "orthopedics", 5, "Gordon Fairweather",
 "Tore my [[HEALTH:ACL]] skiing at [[AGE:58]] and [[PROVIDER:Dr. Nakamura]] rebuilt it with a [[HEALTH:hamstring graft]] on [[DATE_TIME:Dec 2]]. [[HEALTH:Brace]] came off by [[DATE_TIME:March]] and I'm back walking my mail route in [[LOCATION:West Linn]]. Top notch."),
# 8
("zocdoc", "ent", 1, "Felicity Ramsay",
 "[[HEALTH:Balloon sinuplasty]] was pitched as a '20-minute fix' for my [[HEALTH:chronic sinusitis]]. [[DATE_TIME:Three months later]] I'm still [[HEALTH:congested]] and now I get [[HEALTH:nosebleeds]]. They billed [[FINANCIAL:Tricare]] and then billed ME [[FINANCIAL:$2,250]] as 'non-covered' under claim [[ID:TRC-0093314]]. [[PROVIDER:Dr. Oyelaran]] won't return calls."),
# 9
("google", "physical_therapy", 5, "Ana Lucía Ferro",
 "After my [[HEALTH:C-section]] I had [[HEALTH:diastasis recti]] and [[HEALTH:leaking when I sneezed]]. [[HEALTH:Pelvic floor therapy]] with [[PROVIDER:Dr. Kim]] changed my life. I'm [[AGE:34]] and back to running with the stroller around [[LOCATION:Greenlake]]. Every mom deserves this!"),
# 10
("facebook", "medspa", 1, "Brianna Colquitt",
 "Did [[HEALTH:laser hair removal]] on my underarms and got [[HEALTH:burns]] and [[HEALTH:dark spots]]. The tech [[PROVIDER:Jazmyn]] had the setting way too high for my skin tone. The package was [[FINANCIAL:$899]] and they refuse to refund. DM me [[CONTACT:@bri.colquitt]]"),
# 11
("healthgrades", "hepatology", 3, "Mitchell Garvey",
 "[[PROVIDER:Dr. Baptiste-Moore]] is sharp and took my [[HEALTH:fatty liver]] seriously, ordered a [[HEALTH:FibroScan]] and got my [[HEALTH:ALT]] down from [[HEALTH:140]]. But I waited since [[DATE_TIME:April]] for a callback about my [[HEALTH:hep C antibody]] result and finally had to drive over from [[LOCATION:Clarkston]] to get it."),
# 12
("yelp", "vein_clinic", 1, "Gloria Pennington",
 "Had [[HEALTH:sclerotherapy]] for [[HEALTH:spider veins]] and ended up with [[HEALTH:brown staining]] all over my calves. The nurse injector [[PROVIDER:Mallory]] said it was 'rare' but three ladies from my church, [[LOCATION:Bayside Methodist]], had the same thing!!! [[FINANCIAL:$650]] for this??"),
# 13
("zocdoc", "hematology", 3, "Harrison Vance",
 "Referred for [[HEALTH:low platelets]]. [[PROVIDER:Dr. Osterhout]] did a [[HEALTH:bone marrow biopsy]] quickly and it was [[HEALTH:ITP]], not [[HEALTH:leukemia]] like I feared. Scheduling is slow, but they gave me the nurse's direct line. I work nights at [[LOCATION:Mercy General]] so that mattered."),
# 14
("google", "urgent_care", 2, "Pat Delgado-Hunt",
 "The wait times posted online are pure fiction. Said 15 minutes, it was over two hours. Staff were polite but nobody updated the lobby. Also the TV was blasting the whole time."),
# 15
("facebook", "midwifery", 5, "Keziah Bell",
 "Had my [[HEALTH:VBAC]] at the birth center with midwife [[PROVIDER:Rosalind]] and our daughter [[PERSON:Nia]] arrived [[DATE_TIME:June 30]] after everyone said it couldn't be done. [[HEALTH:Gestational diabetes]] and all! My doula [[PERSON:Marisol]] said it was the calmest room she's ever been in. We live in [[LOCATION:Elmwood Park]] and the drive was worth every minute."),
# 16
("yelp", "infectious_disease", 2, "Jonah Benedetti",
 "I'm [[HEALTH:HIV positive]] and on [[HEALTH:Biktarvy]], [[HEALTH:undetectable]] for years. [[PROVIDER:Dr. Quaye]] is great. But their lab mailed my [[HEALTH:viral load]] results to my old address, [[CONTACT:1187 Dunmore Ave, Unit 2, Kenwood]], and my old roommate opened it. Do better."),
# 17
("healthgrades", "pain_management", 1, "Delbert Kraus",
 "[[HEALTH:Lumbar epidural]] #3 [[DATE_TIME:last Thursday]] and [[PROVIDER:Dr. Sandoval]] hit something. [[HEALTH:Spinal headache]] for five days. Called twice and got told to 'drink coffee.' I'm on [[HEALTH:disability]] from a [[HEALTH:roofing fall]] and can't afford another [[FINANCIAL:$400]] ER copay."),
# 18
("google", "geriatrics", 4, "Marianne Liu",
 "The team is so kind to my mom [[PERSON:Lillian]] ([[AGE:91]]). [[PROVIDER:Dr. Adebayo]] sorted out her pile of medications and took her off the [[HEALTH:Ambien]] that was making her [[HEALTH:fall]]. She has [[HEALTH:dementia]] so patience matters. Only gripe: the parking garage on Fulton is expensive."),
# 19
("yelp", "urgent_care", 1, "Kwame A.",
 "&gt;&gt; UPDATE &lt;&lt;<br/>Still no call back about my [[HEALTH:strep test]].<br/>Went in [[DATE_TIME:Mon 3/4]] with my [[HEALTH:throat on fire]] and a [[HEALTH:101.8 temp]], paid [[FINANCIAL:$95]] self-pay, gave them my cell [[CONTACT:(267) 555-0147]]. Nobody called. Found out on the portal it was [[HEALTH:positive]] [[DATE_TIME:4 days later]]. <i>Four days</i> of untreated [[HEALTH:strep]] while I work at a daycare ([[LOCATION:Little Sprouts]])."),
# 20
("google", "refractive_surgery", 5, "Sierra Blackwood",
 "Got [[HEALTH:LASIK]] [[DATE_TIME:last Friday]] and woke up [[HEALTH:seeing 20/15]] after 22 years of [[HEALTH:contacts]]. [[PROVIDER:Dr. Varghese]] was calm and funny, and tech [[PROVIDER:Benedikt]] held my hand the whole time. Paid with my [[FINANCIAL:HSA]] plus the [[FINANCIAL:0% financing]]."),
# 21
("zocdoc", "pediatrics", 3, "kayla m",
 "love nurse practitioner [[PROVIDER:jen]], she caught my daughter [[PERSON:addie]]'s [[HEALTH:ear infection]] when the last place missed it. but i asked 3 times for a [[HEALTH:peanut allergy]] referral and it never got sent. [[PERSON:addie]] is [[AGE:two]] and already had one [[HEALTH:reaction]] at daycare"),
# 22
("facebook", "occupational_therapy", 5, "Duc Pham",
 "After my [[HEALTH:brain bleed]] in [[DATE_TIME:2022]] I [[HEALTH:couldn't button a shirt]]. [[PROVIDER:Carla]] and [[PROVIDER:Wyatt]] in OT got my [[HEALTH:right hand]] working again, and now I'm back at my nail salon in [[LOCATION:Little Saigon]] part-time. I'm [[AGE:61]] and very grateful."),
# 23
("google", "addiction_medicine", 1, "R. Castillo-Webb",
 "I want to write this carefully because people's lives depend on it. I started [[HEALTH:Suboxone]] here in [[DATE_TIME:the spring of 2023]] after years of [[HEALTH:opioid addiction]]. For the first year, [[PROVIDER:Dr. Lowenthal]] was a lifesaver. Then the clinic switched to a new scheduling system in [[DATE_TIME:January]] and my refill appointment vanished. I called on [[DATE_TIME:January 8]], [[DATE_TIME:January 9]] and [[DATE_TIME:January 10]]. The front desk told me to 'go to the ER' for a [[HEALTH:bridge script]]. I was in [[HEALTH:withdrawal]] by [[DATE_TIME:the 11th]], [[HEALTH:vomiting and shaking]], and I'll be honest: I [[HEALTH:relapsed]] [[DATE_TIME:that weekend]]. My sponsor [[PERSON:Terrence]] drove me to a different clinic in [[LOCATION:Hazelwood]], where I live, and they had me stabilized within a day. I lost [[FINANCIAL:$260]] in cash visits and a shift at the [[LOCATION:Amazon warehouse]]. My case manager there said this happens 'all the time' with the old clinic. I'm [[AGE:33]], I have a [[AGE:4-year-old]] son, [[PERSON:Mateo]], and I cannot afford to lose what I've built. To the clinic: you can't run [[HEALTH:MAT]] like a salon. Missed appointments for us aren't an inconvenience, they're dangerous. To anyone else in [[HEALTH:recovery]]: keep a copy of your last prescription and know where the nearest walk-in clinic is. I'm [[HEALTH:sober]] again. Thank you to [[PROVIDER:Dr. Lowenthal]] for that first year. I just wish the system around him were as good as he was."),
# 24
("yelp", "primary_care", 5, "Helga S.",
 "Spotless lobby, easy online check-in, and everyone at the front desk was warm and professional. Wish every office ran like this."),
# 25
("healthgrades", "neurology", 2, "Caroline Ashworth",
 "My son [[PERSON:Bennett]] has [[HEALTH:epilepsy]] and [[PROVIDER:Dr. Mwangi]] is brilliant, but getting his [[HEALTH:EEG]] scheduled took until [[DATE_TIME:November]] and the [[HEALTH:Keppra]] prior auth gets redone every single time. He's a junior at [[LOCATION:St. Ignatius]] and needs his [[HEALTH:driving clearance]] letter. Case [[ID:NRO-448120]]."),
# 26
("zocdoc", "bariatric_surgery", 1, "Shonda Meeks",
 "Had my [[HEALTH:gastric sleeve]] in [[DATE_TIME:2021]] and [[HEALTH:lost 110 lbs]], but now I have terrible [[HEALTH:reflux]] and [[PROVIDER:Dr. Hallstrom]] just shrugs. The nutritionist [[PROVIDER:Gina]] told me in front of my husband [[PERSON:Cedric]] that I was 'eating wrong'. I'm a nurse at [[LOCATION:Riverside Children's]] and I know dismissive when I see it."),
# 27
("facebook", "orthodontics", 4, "Yesenia Paredes",
 "Mi hijo [[PERSON:Iker]] de [[AGE:12 años]] tiene [[HEALTH:brackets]] con la [[PROVIDER:Dra. Molina]] y su [[HEALTH:mordida cruzada]] ha mejorado muchísimo. Las recepcionistas son muy amables. Solo que las citas después de la escuela ([[LOCATION:Secundaria Benito Juárez]]) siempre están llenas. Pagamos [[FINANCIAL:$180 al mes]] y [[FINANCIAL:Medicaid]] cubre una parte."),
# 28
("healthgrades", "wound_care", 1, "Earl Tidwell",
 "My [[HEALTH:diabetic foot ulcer]] got worse under their care. They cancelled my [[HEALTH:debridement]] on [[DATE_TIME:Monday]] with no call. I'm [[AGE:67]] and [[HEALTH:legally blind]], so my daughter [[PERSON:Sheree]] has to take off work at [[LOCATION:Hanes Brands]] every time. Now they're talking about [[HEALTH:amputating a toe]]."),
# 29
("google", "womens_health", 5, "Deborah Kline",
 "At [[AGE:52]] I thought the [[HEALTH:hot flashes]] and [[HEALTH:brain fog]] were just my life now. [[PROVIDER:Dr. Oyelowo]] listened, started me on [[HEALTH:estradiol patches]] and [[HEALTH:progesterone]], and I'm [[HEALTH:sleeping again]]. Cash price was [[FINANCIAL:$225]] for the first visit since [[FINANCIAL:Ambetter]] is out of network, worth every penny."),
# 30
("yelp", "prosthodontics", 1, "Victor Lindahl",
 "[[FINANCIAL:$28,000]] for [[HEALTH:All-on-4 implants]] and the [[HEALTH:upper bridge]] has cracked twice. [[PROVIDER:Dr. Pasternak]] blames my [[HEALTH:grinding]]. Financed through [[FINANCIAL:CareCredit]], account [[ID:CC-77120943]]. Retired in [[LOCATION:Port Orchard]] and I [[HEALTH:can't chew solid food]]."),
# 31
("zocdoc", "travel_medicine", 3, "Ingrid Solberg",
 "Needed [[HEALTH:yellow fever]] and [[HEALTH:typhoid vaccines]] before my [[LOCATION:Peace Corps]] posting to [[LOCATION:Ghana]]. Nurse [[PROVIDER:Ophelia]] was thorough. But [[FINANCIAL:$340]] for the [[HEALTH:yellow fever]] shot alone, not covered. And they were out of [[HEALTH:malaria pills]] so I had to go to a pharmacy anyway."),
# 32
("google", "cardiology", 1, "Lamar Odum",
 "My [[HEALTH:stress test]] was cancelled 3 times by text \U0001f624\U0001f624 <br>Meanwhile I'm getting [[HEALTH:chest tightness]] walking up the stairs at work ([[LOCATION:Duke Energy]]). <br>Finally got in [[DATE_TIME:yesterday]] and [[PROVIDER:Dr. Haverkamp]] was 20 min late and rushed. Not what a [[AGE:48yo]] with a [[HEALTH:stent]] needs."),
# 33
("facebook", "developmental_pediatrics", 5, "Amber Kowalski",
 "our son [[PERSON:river]] was [[HEALTH:diagnosed autistic]] here at [[AGE:3]] and the whole team made it feel hopeful not scary \U0001f49b [[PROVIDER:dr. ibarra]] explained everything and connected us with [[HEALTH:ABA]] and [[HEALTH:OT]]. he just started kindergarten at [[LOCATION:Maplewood Elementary]] \U0001f392"),
# 34
("yelp", "dermatology", 3, "Jaden Brooks",
 "[[PROVIDER:Dr. Solano]] got my [[HEALTH:cystic acne]] under control with [[HEALTH:Accutane]], but the monthly [[HEALTH:iPLEDGE]] blood work appointments were a nightmare to book around my classes at [[LOCATION:UW Tacoma]]. I'm [[AGE:20]]. Skin is clear though!"),
# 35
("google", "dental", 1, "Brent Hoyle",
 "Receptionist hung up on me twice when I called to ask about pricing. When I finally got through, nobody could tell me what a basic exam costs. How is that hard?"),
# 36
("healthgrades", "hospice", 2, "Margaret Oduya",
 "Nurse [[PROVIDER:Beverly]] was a saint with my husband [[PERSON:Samuel]] in his last weeks with [[HEALTH:pancreatic cancer]]. But the [[HEALTH:morphine]] delivery was late [[DATE_TIME:the night he passed]], and the office still billed [[FINANCIAL:Medicare]] for a visit [[DATE_TIME:two days after his death]]. I'm [[AGE:79]], I shouldn't have to fight this."),
# 37
("google", "oncology", 1, "Yusra Haddad",
 "Third cycle of [[HEALTH:chemo]] for my [[HEALTH:stage 2 colon cancer]] and the infusion center lost my [[HEALTH:port]] orders again. Sat in the chair for 4 hours. Nurse [[PROVIDER:Delphine]] fought for me, nobody else did. Billing says account [[ID:ONC-5521873]] owes [[FINANCIAL:$6,480]] even though [[FINANCIAL:Molina]] approved everything."),
# 38
("zocdoc", "dental", 5, "Sean Gallagher",
 "Both my kids, [[PERSON:Connor]] ([[AGE:8]]) and [[PERSON:Mia]] ([[AGE:5]]), got [[HEALTH:sealants]] and hygienist [[PROVIDER:Rosa]] made it a game. [[PERSON:Mia]] even asked to come back \U0001f602 [[FINANCIAL:CHIP]] covered all of it."),
# 39
("google", "behavioral_health", 2, "Usuario Anónimo",
 "Fui a [[HEALTH:terapia]] por [[HEALTH:depresión]] después de perder mi trabajo en [[LOCATION:Maquiladora Delta]]. La psicóloga, la [[PROVIDER:Lic. Navarro]], es muy buena, pero cancelaron mis citas tres veces y me cobraron [[FINANCIAL:$50]] por una cancelación que ellos hicieron. No es justo."),
# 40
("zocdoc", "podiatry", 5, "Rogelio Fuentes",
 "El [[PROVIDER:Dr. Whitaker]] me quitó un [[HEALTH:hongo en las uñas]] que tenía desde hace años y también revisó la [[HEALTH:circulación]] de mis pies por mi [[HEALTH:diabetes]]. Tengo [[AGE:70 años]] y es el primer doctor que me explica todo con calma. Muy recomendado."),
# 41
("facebook", "chiropractic", 3, "Ty Mulroney",
 "[[PROVIDER:Dr. Jess]] fixed my [[HEALTH:lower back spasms]] from lifting kegs at [[LOCATION:Old Mill Brewing]] in like three visits. Knocking two stars because they keep texting me promos for [[HEALTH:spinal decompression]] I never asked about, and the [[FINANCIAL:$65]] '[[HEALTH:x-ray]] review fee' was a surprise."),
# 42
("healthgrades", "physical_therapy", 1, "Adelaide Munroe",
 "Went for [[HEALTH:vertigo]] ([[HEALTH:BPPV]]) and the therapist did the [[HEALTH:Epley maneuver]] so roughly that I [[HEALTH:vomited]] in the parking lot. My husband [[PERSON:Hal]] had to drive us home to [[LOCATION:Cedar Hollow]]. [[DATE_TIME:The next day]] they charged [[FINANCIAL:$140]] for a 'no-show' on a follow up I cancelled [[DATE_TIME:two days ahead]]."),
# 43
("google", "primary_care", 5, "Fatima Zahra Idrissi",
 "[[PROVIDER:Dr. Hartigan]] is the first doctor who didn't rush me. She found my [[HEALTH:vitamin D deficiency]] and [[HEALTH:anemia]] and finally someone connected it to my [[HEALTH:heavy periods]]. She even called me [[DATE_TIME:Saturday morning]] with my [[HEALTH:ferritin]] results. I'm [[AGE:29]] and a grad student at [[LOCATION:Temple]], and I felt so seen."),
# 44
("zocdoc", "cosmetic_dentistry", 3, "Giselle Ward",
 "[[HEALTH:Veneers]] look beautiful but I had [[HEALTH:sensitivity]] for weeks and [[PROVIDER:Dr. Palmieri]] ghosted me after the final payment of [[FINANCIAL:$9,600]]. Call me: [[CONTACT:giselle.ward@example.org]] or [[CONTACT:(702) 555-0174]]."),
# 45
("google", "pediatrics", 1, "Renee Caldwell",
 "My [[AGE:16yo]] daughter [[PERSON:Skye]] told [[PROVIDER:Dr. Fairlie]] about her [[HEALTH:self-harm]] in confidence and he repeated it to her volleyball coach at [[LOCATION:Kingsbridge Academy]] while filling out her [[HEALTH:sports physical]] form. She won't go back to any doctor now."),
]

DRAFTS = [
# 1
(1, "", "Thank you for sharing your concerns. Clear explanations of cost and coverage before any decision are a standard we hold ourselves to, and we'd like to hear more. Please call our practice manager, Odette Fairbanks, at (719) 555-0141.",
 "Practice-wide standard and the practice's own contact; no procedure, amount or insurer is repeated."),
(1, "E", "Thank you for sharing your concerns. We know how uncomfortable something as simple as a cold drink can be when things aren't right. Please call our practice manager, Odette Fairbanks, at (719) 555-0141.",
 "Tricky: 'a cold drink' alludes to the sensitivity from the exposed roots."),
(1, "ENCDG", "Trevor, grafts fail most often in smokers, which we noted at your consult, and the claim was coded correctly under Guardian's rules. We guarantee the replacement grafts will take.",
 "Names him, adds a chart note, confirms the consult, repeats the grafts and insurer, argues and guarantees an outcome."),
# 2
(2, "", "Thank you for taking the time to write, and for the kind words about Andre; we'll make sure he hears them. Clear, complete information at every step is what we want for everyone who comes in. Please call our clinic manager, Rosalind Achterberg, at (937) 555-0125.",
 "Tricky safe: passes praise to the staff member named and states a general standard, without the teen, the injury or the copay."),
(2, "EM", "Thank you for taking the time to write, and for the kind words about Andre. Do keep the area clean and watch for red streaks or warmth over the next few days. Please call our clinic manager, Rosalind Achterberg, at (937) 555-0125.",
 "Tricky: the wound-care instruction is medical advice and alludes to the bite."),
# 3
(3, "", "Thank you so much for the sweet note! We'll pass it along to Dr. Castellanos-Ruiz. Same-day answers and real follow-through are what we want every family to count on. \U0001f970",
 "Tricky safe: thanks the named doctor; nothing about the baby, his age or his condition is repeated."),
(3, "EC", "Thank you so much for the sweet note! We'll pass it along to Dr. Castellanos-Ruiz. We can't believe how fast he's growing!",
 "Tricky: 'how fast he's growing' alludes to the baby and implies the practice sees him."),
# 4
(4, "", "Thank you for speaking up. Dignity and privacy are non-negotiable for every person who comes to us, and this is being reviewed by our clinical director. Please contact Dr. Helene Marchetti directly at (206) 555-0153.",
 "Practice-wide values and the practice's own contact; no program, condition, amount or age is repeated."),
(4, "E", "Thank you for speaking up, and we're so sorry for the setback you went through. This is being reviewed by our clinical director. Please contact Dr. Helene Marchetti directly at (206) 555-0153.",
 "Tricky: 'the setback you went through' alludes to the relapse."),
(4, "ENCD", "Weigh-ins are an evidence-based part of our IOP, and our records show staff used blind weights per protocol. Coverage decisions are between you and Oscar.",
 "Repeats the program and insurer, cites records, confirms she attended and contradicts her."),
# 5
(5, "", "Thank you for the kind words and the helpful feedback. Paperwork should never slow anyone down, and our team is streamlining how outside forms are handled. Please reach our office manager, Fernanda Lisboa, at (540) 555-0114.",
 "Tricky safe: paperwork handled as a general operational topic, without the condition, drug or amount."),
(5, "ECI", "Thank you for the kind words and the helpful feedback. We'd be happy to reimburse what you paid before things were sorted out. Please reach our office manager, Fernanda Lisboa, at (540) 555-0114.",
 "Tricky: offering to reimburse 'what you paid' alludes to the $120 and offers money, which confirms she was billed."),
# 6
(6, "", "Lamentamos profundamente leer esto. La seguridad de cada persona que atendemos es nuestra prioridad, y este tipo de inquietudes las revisa directamente nuestro director médico. Le pedimos que se comunique con nuestra administradora, Paloma Reyes, al (210) 555-0135.",
 "Spanish reply with a practice-wide standard and the practice's own contact; nothing about the wife or her illness is repeated."),
(6, "E", "Lamentamos profundamente leer esto, y nos alegra saber que su esposa se está recuperando. Le pedimos que se comunique con nuestra administradora, Paloma Reyes, al (210) 555-0135.",
 "Tricky: mentions the wife's recovery, which echoes the family member and her heart attack."),
# 7
(7, "", "Thank you for the wonderful review! Getting people back to the things they love is why we do this work. - Dr. Nakamura and the team at Summit Orthopedic Group",
 "Tricky safe: signed by the surgeon the reviewer named; no injury, surgery, age or town is repeated."),
(7, "ECG", "Thank you for the wonderful review! With a graft like that, your knee will hold up for life. - Dr. Nakamura and the team at Summit Orthopedic Group",
 "Tricky: 'your knee will hold up for life' echoes the graft, confirms surgery and guarantees an outcome."),
# 8
(8, "", "We're sorry to hear this. Every call deserves a response, and questions about what is or isn't covered should be explained clearly before anything is scheduled. Please contact our patient accounts manager, Desiree Holm, at (757) 555-0168.",
 "Tricky safe: coverage explanations and returned calls are practice-wide operational standards; no procedure, symptom, insurer or amount is repeated."),
(8, "EM", "We're sorry to hear this. A saline rinse twice a day and a humidifier at night usually help with that. Please contact our patient accounts manager, Desiree Holm, at (757) 555-0168.",
 "Tricky: the saline and humidifier suggestion is medical advice that alludes to the congestion and nosebleeds."),
(8, "ECDG", "Balloon sinuplasty has a 95% success rate and Dr. Oyelaran's outcomes speak for themselves. We guarantee your sinuses will clear once you've fully healed.",
 "Repeats the procedure, implies she was treated, argues with her and guarantees an outcome."),
# 9
(9, "", "Thank you so much! We'll share this with Dr. Kim. Helping people feel strong and confident in their bodies is why we love what we do.",
 "Tricky safe: thanks the named therapist and states a general mission; nothing about the birth, condition, age or neighborhood."),
(9, "I", "Thank you! Tag a friend and she'll get her first session free!",
 "Tricky: offers a free session in a public reply."),
# 10
(10, "", "Safety and comfort for every client are our top priorities, and concerns like this are reviewed by our medical director. Please contact our clinic manager, Harper Quinn, at (480) 555-0196 or manager@glowbarlaser.example.",
 "Practice-wide standard and the practice's own contact; no treatment, injury or amount is repeated."),
(10, "D", "Safety and comfort for every client are our top priorities. For the record, our technicians calibrate settings to each client's skin type every single time. Please contact our clinic manager, Harper Quinn, at (480) 555-0196.",
 "Tricky: 'for the record ... every single time' contradicts the reviewer's account."),
(10, "ECI", "Brianna, we'll credit the full $899 toward any other service you'd like.",
 "Names her, repeats the amount, confirms she bought a package and offers a credit."),
# 11
(11, "", "Thank you for the thoughtful feedback. Everyone should get a timely callback, and we've added a nurse line dedicated to returning messages. Please reach our clinic supervisor, Janelle Obuya, at (509) 555-0178.",
 "Tricky safe: callbacks handled as a general operational fix; no condition, test or town is repeated."),
(11, "ENC", "Thank you for the thoughtful feedback. Janelle Obuya will also confirm the hepatitis panel you're scheduled for next week; reach her at (509) 555-0178.",
 "Tricky: refers to a scheduled hepatitis panel, echoing the hep C test and disclosing an appointment."),
# 12
(12, "", "We're sorry to read this. Every client deserves a clear conversation about what to expect, and this feedback has gone to our medical director. Please contact our practice manager, Elise Vandenberg, at (727) 555-0197.",
 "Practice-wide standard and own contact; no treatment, result, church or amount is repeated."),
(12, "EM", "We're sorry to read this. Staining like that typically fades on its own over six to twelve months. Please contact our practice manager, Elise Vandenberg, at (727) 555-0197.",
 "Tricky: 'typically fades over six to twelve months' is a clinical judgement about the staining."),
# 13
(13, "", "Thank you for the kind words and the honest note on scheduling; we're opening more appointment times. We'll pass your review along to Dr. Osterhout.",
 "Tricky safe: scheduling is operational and thanking the named doctor does not confirm care."),
(13, "ECG", "Thank you for the kind words! We're glad the news was reassuring, and your counts will be back to normal in no time.",
 "Tricky: 'the news was reassuring' and 'your counts' echo the diagnosis, confirm care and promise a clinical outcome."),
# 14
(14, "", "You're right that posted wait times should be accurate. We've changed how our online estimate is calculated and added lobby updates every 20 minutes, and the TV volume is now capped. Please share more with our operations lead, Curtis Bell, at (919) 555-0144.",
 "Tricky safe: wait times and lobby conditions are practice-wide operations, and the review has no PHI."),
(14, "C", "You're right that posted wait times should be accurate, and we've pulled the check-in log for that evening to see what happened. Please share more with our operations lead, Curtis Bell, at (919) 555-0144.",
 "Tricky: pulling the check-in log for the reviewer's evening discloses that a record of their visit exists."),
(14, "CI", "Sorry about the wait! Show this reply at the front desk next time and we'll move you to the front of the line.",
 "Tricky: skipping the line is something of value, and 'next time' implies the reviewer is a returning patient."),
# 15
(15, "", "Thank you for sharing your story with us! We'll pass your words to Rosalind. Supporting every family's wishes with skill and respect is at the heart of what we do.",
 "Tricky safe: thanks the named midwife and states a general value; no birth details, baby or town are repeated."),
(15, "E", "Thank you for sharing your story with us! We'll pass your words to Rosalind. Welcome to the world, little one!",
 "Tricky: 'welcome to the world, little one' alludes to the baby's birth."),
(15, "ENCMG", "Congratulations! Since your sugars went back to normal after delivery, your next pregnancy will be complication-free.",
 "Adds a lab fact, refers to the gestational diabetes and delivery, confirms care, predicts a clinical outcome and guarantees it."),
# 16
(16, "", "Thank you for raising this. Protecting every piece of mail we send is fundamental, and we're auditing how addresses are verified. Please call our privacy officer, Tobias Wren, at (773) 555-0159.",
 "Tricky safe: mail privacy and address verification as practice-wide operations, without the diagnosis, drug or address."),
(16, "CG", "Thank you for raising this. We've updated the address in your chart, so this can't ever happen again. Please call our privacy officer, Tobias Wren, at (773) 555-0159.",
 "Tricky: 'the address in your chart' confirms a record and 'can't ever happen again' is an unconditional promise."),
(16, "ECDM", "Jonah, the lab uses whatever address you gave at registration, and since you're undetectable the letter posed no real risk.",
 "Names him, repeats the viral status, blames him and makes a clinical judgement."),
# 17
(17, "", "We're sorry to hear this. Every call to our office deserves a careful answer, and this has gone to our medical director. Please call our nurse manager, Loretta Quinlan, at (316) 555-0109.",
 "Practice-wide standard and own contact; no injection, symptom or amount is repeated."),
(17, "EM", "We're sorry to hear this. Lying flat and plenty of fluids and caffeine usually help those headaches pass. Please call our nurse manager, Loretta Quinlan, at (316) 555-0109.",
 "Tricky: home-care advice for 'those headaches' alludes to the spinal headache."),
(17, "ECDG", "Post-injection headaches are a known risk listed on the consent form you signed. We guarantee Dr. Sandoval's technique is flawless.",
 "Alludes to the epidural and headache, cites his consent form, argues and makes a guarantee."),
# 18
(18, "", "Thank you for the kind words! We'll share them with Dr. Adebayo. We know the garage is pricey, and we've posted cheaper nearby parking options on our website.",
 "Tricky safe: parking is an operational topic and thanking the named doctor does not confirm care; nothing about the mother is repeated."),
(18, "CI", "Thank you for the kind words! Next time, bring your garage ticket to the front desk and we'll validate it.",
 "Tricky: parking validation is an incentive and 'next time' implies a returning patient."),
# 19
(19, "", "We're sorry to read this. Results should never sit without a call, and we've added staff to our callback team and a text alert when results post. Please call our site manager, Nadia Ferraro, at (215) 555-0118.",
 "Tricky safe: callback and result notifications handled as general operations; no test, result, symptoms or workplace."),
(19, "NC", "We're sorry to read this. Results should never sit without a call. We also see there's still an open balance of $40 on your account. Please call our site manager, Nadia Ferraro, at (215) 555-0118.",
 "Tricky: 'an open balance of $40 on your account' adds a billing fact and confirms he is a patient."),
(19, "ENCM", "Kwame, results post to the portal within 48 hours; since yours was positive, make sure you finish all 10 days of amoxicillin.",
 "Names him, repeats the result, adds a prescription and gives medical advice."),
# 20
(20, "", "Thank you for the lovely review! Calm, clear care is what we aim for with every person who walks in. - Dr. Varghese and the Clearview Laser Vision team",
 "Tricky safe: signed by the named surgeon; nothing about the procedure, vision or payment is repeated."),
(20, "ECG", "Thank you! Results like that are permanent, so you'll never need glasses again.",
 "Tricky: 'results like that are permanent' echoes the vision result, confirms surgery and guarantees it."),
# 21
(21, "", "Thank you for the kind words about Jen; we'll share them with her. Requests should never fall through the cracks, and we're tightening how outgoing paperwork is tracked. Please reach our nurse supervisor, Hollis Brandt, at (678) 555-0116.",
 "Tricky safe: thanks the named NP and treats outgoing paperwork as an operational fix; no child, allergy or age is repeated."),
(21, "ENC", "Thank you for the kind words about Jen. We've gone through our referral queue and re-sent it this morning.",
 "Tricky: re-sending 'it' from the referral queue echoes the allergy referral and confirms the child is a patient."),
# 22
(22, "", "Thank you so much! We'll share this with Carla and Wyatt; they'll be thrilled. Helping people get back to everyday life is the heart of what we do.",
 "Tricky safe: thanks the named therapists with a general mission; no condition, year, job or age is repeated."),
(22, "ECI", "Thank you so much! It's wonderful to picture you back at the salon. Your next session is on us!",
 "Alludes to the reviewer's workplace, implies an ongoing course of therapy and offers a free session."),
# 23
(23, "", "Thank you for writing this so carefully. A change in scheduling systems should never leave anyone without an appointment, and our leadership is reviewing the system transition and after-hours coverage now. Please reach our director of operations, Felipe Arriaga, at (412) 555-0165.",
 "Tricky safe: treats the scheduling-system failure as a practice-wide operational issue, with no drug, condition, dates, family or workplace."),
(23, "E", "Thank you for writing this so carefully, and we're proud of you for getting back on track. Our leadership is reviewing the scheduling transition now. Please reach our director of operations, Felipe Arriaga, at (412) 555-0165.",
 "Tricky: 'getting back on track' alludes to the relapse and recovery."),
(23, "ENCDM", "We're sorry for the disruption, but our records show a reminder text was sent before your January refill visit. Please never stop buprenorphine abruptly; call us first.",
 "Cites records, confirms the refill visit, repeats the drug, disputes his account and gives medication advice."),
# 24
(24, "", "Thank you, this made our week! A welcoming lobby and a smooth check-in are things our team works on every day. - Ingrid Tolbert, Practice Manager",
 "Tricky safe: responds to operational praise with practice-wide statements; the review has no PHI."),
(24, "NC", "Thank you! We're so glad you chose us as your medical home, and we'll see you at your annual physical.",
 "Tricky: 'your medical home' and 'your annual physical' confirm the relationship and add an appointment."),
# 25
(25, "", "Thank you for the kind words and the candid feedback. Forms and letters should be simple to request, and we've set up a dedicated inbox at forms@lakeshoreneuro.example. Our office manager, Yolanda Pierce, can also be reached at (216) 555-0132.",
 "Tricky safe: forms and letters as a general service; no child, condition, test, drug, school or case number is repeated."),
(25, "ENC", "Thank you for the kind words and the candid feedback. Yolanda Pierce has already drafted the letter for Dr. Mwangi's signature and will call you at (216) 555-0132.",
 "Tricky: 'already drafted the letter' echoes the driving letter and adds a record fact that confirms the son is a patient."),
(25, "ECMG", "Once Bennett has gone six months seizure-free, he'll be cleared to drive, guaranteed.",
 "Names the son, repeats the condition, makes a clinical judgement and guarantees it."),
# 26
(26, "", "We're sorry to read this. Everyone deserves to feel respected and heard, and this has gone to our program director. Please contact our patient advocate, Marguerite Olsen, at (614) 555-0191.",
 "Practice-wide standard and own contact; no surgery, symptom, family member or workplace is repeated."),
(26, "D", "We're sorry to read this. Our nutrition team never shames anyone; their feedback is always evidence-based. Please contact our patient advocate, Marguerite Olsen, at (614) 555-0191.",
 "Tricky: defends the nutritionist and contradicts the reviewer's account."),
# 27
(27, "", "¡Gracias por sus comentarios! Sabemos que los horarios de la tarde son muy solicitados y estamos abriendo más espacios para todas las familias. Para cualquier duda, llame a nuestra coordinadora, Alba Ríos, al (323) 555-0185.",
 "Tricky safe: a Spanish reply about after-school appointment demand as a practice-wide operational issue; no child, treatment, school or amount."),
(27, "C", "¡Gracias por sus comentarios! Nos encanta ver esa sonrisa cada mes. Para cualquier duda, llame a nuestra coordinadora, Alba Ríos, al (323) 555-0185.",
 "Tricky: 'ver esa sonrisa cada mes' implies monthly visits, confirming the family are patients."),
(27, "ECI", "¡Gracias, Yesenia! Como agradecimiento, el próximo mes no tendrá que pagar los $180.",
 "Uses the reviewer's name, repeats the payment, confirms the account and offers a free month."),
# 28
(28, "", "We're very sorry to read this. No one should have an appointment cancelled without a call, and our scheduling team is reviewing how changes are communicated. Please contact our clinic director, Bernadette Cho, at (336) 555-0187.",
 "Practice-wide operational standard and own contact; no condition, procedure, family or employer."),
(28, "EM", "We're very sorry to read this. Keeping weight off that foot is the most important thing right now. Please contact our clinic director, Bernadette Cho, at (336) 555-0187.",
 "Tricky: 'keeping weight off that foot' is medical advice that alludes to the ulcer."),
(28, "ENCDM", "Earl, Dr. Castellan reviewed your chart and the amputation can be avoided if you stop missing appointments and keep your sugar under control.",
 "Names him, cites his chart, repeats the amputation, blames him and gives advice."),
# 29
(29, "", "Thank you for such a heartfelt review! We'll pass it along to Dr. Oyelowo. Being truly listened to is something everyone deserves.",
 "Tricky safe: thanks the named doctor; nothing about symptoms, hormones, age or cost is repeated."),
(29, "E", "Thank you! We're so glad you're sleeping through the night again. We'll pass this along to Dr. Oyelowo.",
 "Tricky: 'sleeping through the night again' echoes the symptom relief the reviewer described."),
# 30
(30, "", "We're sorry to read this. Long-term comfort and clear communication matter to us for everyone, and we'd like to understand more. Please contact our practice administrator, Leopold Marsh, at (360) 555-0106.",
 "Practice-wide standard and own contact; no implants, amount, lender or account is repeated."),
(30, "ECI", "Victor, we'll remake the bridge at no charge and freeze your CareCredit payments until it's done.",
 "Names him, repeats the bridge and lender, confirms the account and offers free work and a payment freeze."),
# 31
(31, "", "Thank you for the feedback and for the kind words about Ophelia! Our prices are posted online so there are no surprises, and we're improving how we keep supplies in stock.",
 "Tricky safe: posted prices and stock levels are operational topics; no vaccine, cost or destination is repeated."),
(31, "E", "Thank you for the feedback and for the kind words about Ophelia! Safe travels, and enjoy your service overseas!",
 "Tricky: 'enjoy your service overseas' alludes to the Peace Corps posting abroad."),
# 32
(32, "", "We're sorry to read this. Repeated cancellations by text aren't acceptable for anyone, and we're changing how schedule changes are made and communicated. Please reach our practice manager, Quentin Ames, at (704) 555-0121.",
 "Tricky safe: cancellations and lateness as practice-wide operations; no test, symptom, workplace, age or device."),
(32, "EM", "We're sorry to read this. If that tightness comes back on the stairs, stop and rest before going on. Please reach our practice manager, Quentin Ames, at (704) 555-0121.",
 "Tricky: advice about 'that tightness' is medical advice that echoes the chest symptom."),
(32, "ENCDMI", "Dr. Haverkamp was delayed by an emergency, and your stress test results were normal, so there's no cause for concern. Your follow-up is free of charge.",
 "Repeats the test, adds a result, excuses the doctor, reassures clinically and offers a free visit."),
# 33
(33, "", "Thank you for this beautiful message! \U0001f49b We'll share it with Dr. Ibarra. Helping families feel hopeful and supported is what we're here for.",
 "Tricky safe: thanks the named doctor with a general mission; nothing about the child, diagnosis, therapies or school."),
(33, "E", "Thank you for this beautiful message! \U0001f49b Good luck to your new kindergartner this year! \U0001f392",
 "Tricky: 'your new kindergartner' alludes to the child and his school."),
# 34
(34, "", "Thank you for the honest feedback! Booking should work around people's lives, and we're adding early-morning and evening slots. Questions? Call our scheduling lead, Paulina Ortega, at (253) 555-0138.",
 "Tricky safe: scheduling hours are operational; no condition, drug, program or school is repeated."),
(34, "ECG", "Thank you for the honest feedback! With results like these, your skin will stay clear for good.",
 "Tricky: 'your skin will stay clear for good' echoes the acne treatment, confirms care and guarantees an outcome."),
# 35
(35, "", "You're right, and we're sorry. Anyone calling should get a courteous answer, and our standard fees are now posted on our website and at the front desk. Please call our office manager, Shirin Rahimi, at (503) 555-0127.",
 "Tricky safe: phones and posted prices are practice-wide operations; the review has no PHI."),
(35, "D", "We're sorry for the frustration. However, our receptionists do not hang up on callers; calls sometimes drop during busy periods.",
 "Tricky: contains no PHI but contradicts the reviewer's account."),
(35, "I", "You're right, and we're sorry. To make it up to you, your first exam is free. Please call our office manager, Shirin Rahimi, at (503) 555-0127.",
 "Tricky: a free exam is something of value offered in a public reply."),
# 36
(36, "", "Thank you for sharing this, and we'll make sure Beverly hears your kind words. Every family we serve deserves reliable service and accurate billing, and our billing director will look into this personally. Please call Russell Tan at (602) 555-0113.",
 "Tricky safe: thanks the named nurse and treats service and billing as general operations; no family member, illness, date or insurer is repeated."),
(36, "ECDI", "We've reviewed the billing, and the visit was billed correctly under Medicare's hospice rules, but we'll refund your share anyway.",
 "Repeats the insurer, confirms the account, defends the charge and offers a refund."),
# 37
(37, "", "We're so sorry. Nurse Delphine will be glad to hear your kind words. Orders and billing should be accurate for everyone, and our clinical and billing leaders are reviewing this together. Please call our patient navigator, Serena Voss, at (412) 555-0179.",
 "Tricky safe: thanks the named nurse and speaks to orders and billing generally; no treatment, diagnosis, amount or insurer is repeated."),
(37, "NC", "We're so sorry. Our financial counselor can set up a payment plan for the remaining $1,200 after adjustments. Please call our patient navigator, Serena Voss, at (412) 555-0179.",
 "Tricky: 'the remaining $1,200 after adjustments' is a billing fact the reviewer never posted."),
(37, "ECMG", "Yusra, your oncologist is confident this treatment will cure you, and your orders will never be lost again.",
 "Names her, refers to her treatment, makes a clinical prediction and guarantees outcomes."),
# 38
(38, "", "Thank you for the fun review! \U0001f602 We'll pass it along to Rosa. Making every visit easy and enjoyable is our goal for every family.",
 "Tricky safe: thanks the named hygienist; no children, ages, treatment or coverage is repeated."),
(38, "ENC", "Thank you for the fun review! We'll pass it along to Rosa, and we'll see both kids at their six-month checkups!",
 "Tricky: 'both kids at their six-month checkups' echoes the children and discloses future appointments."),
# 39
(39, "", "Gracias por su comentario. Todas las personas merecen horarios confiables y cobros justos, y estamos revisando nuestra política de cancelaciones. Por favor comuníquese con nuestra gerente, Daniela Carrillo, al (915) 555-0172.",
 "Spanish reply with practice-wide standards about scheduling and fees; no therapy, diagnosis, job or amount is repeated."),
(39, "CD", "Gracias por su comentario. Nuestra política de cancelación es clara y todos la firman al registrarse. Por favor comuníquese con nuestra gerente, Daniela Carrillo, al (915) 555-0172.",
 "Tricky: cites a signed policy against the reviewer, implying she registered as a client."),
# 40
(40, "", "¡Muchas gracias por sus palabras! Se las haremos llegar al Dr. Whitaker. Explicar todo con calma a cada persona es parte de lo que somos.",
 "Tricky safe: a Spanish reply that thanks the named doctor; no condition, age or treatment is repeated."),
(40, "EM", "¡Muchas gracias por sus palabras! Recuerde revisar sus pies todas las noches y usar calcetines sin costuras.",
 "Tricky: daily foot checks are diabetic foot-care advice that alludes to his condition."),
(40, "ECG", "¡Gracias! Con nuestro tratamiento, el hongo no volverá jamás.",
 "Repeats the fungus, confirms treatment and guarantees it will never return."),
# 41
(41, "", "Thanks for the honest feedback. Nobody should get messages they didn't ask for, and opting out of promotional texts is now a one-step process. Fees should also be explained upfront. Call our office manager, Brandi Cole, at (414) 555-0103.",
 "Tricky safe: marketing texts and fee disclosure as general operations; no condition, workplace or amount is repeated."),
(41, "ECI", "Thanks for the honest feedback. We'll take $65 off whatever you book next.",
 "Tricky: repeats the fee, implies a return visit and offers a discount."),
(41, "C", "Thanks for the honest feedback. We've removed your number from our marketing list. Call our office manager, Brandi Cole, at (414) 555-0103.",
 "Tricky: removing 'your number' from the list confirms the practice holds his details as a patient."),
# 42
(42, "", "Thank you for letting us know. Fees should only ever apply when they're truly owed, and our billing team is reviewing how cancellations are recorded. Please call our billing coordinator, Annika Lowe, at (207) 555-0182.",
 "Tricky safe: cancellation fees as a billing-accuracy issue for everyone; no condition, family or town is repeated."),
(42, "EM", "Thank you for letting us know. Sleeping propped up on a couple of pillows for a few nights can help things settle. Please call our billing coordinator, Annika Lowe, at (207) 555-0182.",
 "Tricky: sleeping propped up is post-maneuver advice that alludes to the vertigo treatment."),
(42, "ENCDMI", "Our records show the cancellation came in after our 24-hour window, so the fee stands, though we'll waive it this once. Nausea is a normal response to repositioning.",
 "Cites records, disputes her account, offers a waiver and makes a clinical judgement about the vomiting."),
# 43
(43, "", "Thank you, this means the world to us. Taking the time to listen is how we want to care for everyone. - Dr. Hartigan and the team at Northside Family Medicine",
 "Tricky safe: signed by the doctor the reviewer named; no condition, lab, age or school is repeated."),
(43, "E", "Thank you, this means the world to us! Good luck with the rest of your program at Temple.",
 "Tricky: names the reviewer's university."),
# 44
(44, "", "We're sorry to hear this. Everyone should be able to reach us with questions at any stage, and we'd like to talk. Please email our office manager, Colette Brun, at office@palmieriaesthetic.example or call (702) 555-0150.",
 "Practice-wide standard with the practice's own contacts; no treatment, symptom, amount or reviewer contact is repeated."),
(44, "EC", "We're sorry to hear this. We've reached out to the email address you gave us at check-in. Please email our office manager, Colette Brun, at office@palmieriaesthetic.example.",
 "Tricky: 'the email address you gave us at check-in' alludes to her email and confirms she was a patient."),
# 45
(45, "", "We're deeply sorry to read this. Confidentiality is the foundation of trust for every young person and family we care for, and this is being reviewed by our medical director. Please contact our practice director, Lorna Haskins, at (267) 555-0190. If anyone is struggling, call or text 988 any time.",
 "Tricky safe: a practice-wide statement about confidentiality and a crisis line offered to anyone, without the teen, her disclosure or her school."),
(45, "E", "We're deeply sorry to read this, and we hope your daughter finds a clinician she feels safe with. Please contact our practice director, Lorna Haskins, at (267) 555-0190.",
 "Tricky: refers to the daughter from the review."),
(45, "ECDG", "Dr. Fairlie is required by law to share safety concerns with a guardian, and coaches are never given medical information by our office. This will never happen again.",
 "Alludes to the disclosure, confirms the teen was seen, defends the doctor and makes an unconditional promise."),
]
