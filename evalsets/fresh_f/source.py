"""Fresh set F source (written independently of the SafeReply code). Build with ../build.py."""
PREFIX = "f"

REVIEWS = [
# 1
("google", "dental", 1, "Priscilla Vanterpool",
 "Went in for what was supposed to be a simple [[HEALTH:filling on a back molar]] and walked out with my [[HEALTH:lip and half my chin numb]] until [[DATE_TIME:the next afternoon]]. [[PROVIDER:Dr. Halvorsen]] never came back to check, the assistant just handed me gauze and pointed at the door. Charged [[FINANCIAL:$238]] on top of what [[FINANCIAL:Guardian]] paid. I teach third grade at [[LOCATION:Linwood Elementary]] and had to call out because I was [[HEALTH:drooling]] in front of my whole class."),
# 2
("yelp", "urgent_care", 1, "Tomás R.",
 "Brought my [[AGE:6 year old]] in [[DATE_TIME:Saturday morning]] because she'd been [[HEALTH:tugging at her ear and running a fever]] all night. They did a [[HEALTH:strep swab]] (why??) and sent us home saying it was [[HEALTH:just a virus]]. [[DATE_TIME:Monday]] her pediatrician found a [[HEALTH:double ear infection]] and put her on the [[HEALTH:pink stuff]]. [[FINANCIAL:$175]] for a wrong answer."),
# 3
("facebook", "pediatrics", 5, "Keisha Armistead",
 "Shoutout to [[PROVIDER:Dr. Oyelaran]] and [[PROVIDER:NP Dalia]] \U0001f49b my son [[PERSON:Jaylen]] has [[HEALTH:sickle cell]] and when he spiked a [[HEALTH:fever of 102]] [[DATE_TIME:last Thursday]] they had him on [[HEALTH:IV fluids and antibiotics]] within the hour, no waiting room drama. He's [[AGE:4]] and actually asked to go back to see the fish tank \U0001f602 We drive in from [[LOCATION:Brookhaven]] just for this office."),
# 4
("google", "behavioral_health", 1, "M. Castellanos",
 "Took my [[AGE:sixteen year old]] daughter [[PERSON:Brielle]] here after she started [[HEALTH:cutting]] and the counselor spent half the session on her phone. When I asked about getting her evaluated for [[HEALTH:an eating disorder]] I was told the waitlist was 'a few months.' We ended up driving to the children's hospital [[DATE_TIME:that weekend]]. Nobody here ever called back. If your kid is struggling, go somewhere else."),
# 5
("healthgrades", "dermatology", 4, "Gerald Whyte",
 "[[PROVIDER:Dr. Imrie]] [[HEALTH:froze off three precancerous spots on my forehead]] and did a [[HEALTH:biopsy]] on a [[HEALTH:scaly patch behind my ear]] that came back [[HEALTH:basal cell]]. Quick, honest, and got the [[HEALTH:excision]] on the calendar for [[DATE_TIME:early next month]]. Knocked off a star because parking is a nightmare and I'm [[AGE:74]] with a [[HEALTH:bad hip]]."),
# 6
("zocdoc", "medspa", 1, "Lacey Dunmore",
 "Paid [[FINANCIAL:$1,150]] for a package of [[HEALTH:laser hair removal on my underarms and bikini line]]. After the third session I had [[HEALTH:raised brown marks]] everywhere the laser touched. The 'technician' [[PROVIDER:Brynn]] said it was my [[HEALTH:PCOS]] acting up... then why did you sign off on me at the consult?? The [[HEALTH:hyperpigmentation]] is still there [[DATE_TIME:four months later]]."),
# 7
("google", "primary_care", 2, "Dwayne Hollister",
 "[[PROVIDER:Dr. Petrakis]] is a fine doctor but the office cannot keep my [[HEALTH:water pill]] refill straight. Three times now the pharmacy says nothing was sent (Rx #[[ID:6603318]]). I ran out over [[DATE_TIME:Memorial Day weekend]] and my [[HEALTH:ankles swelled up like balloons]]. My wife [[PERSON:Lorraine]] called twice from her desk at [[LOCATION:Tri-County Credit Union]] and got voicemail both times. My number hasn't changed, it's [[CONTACT:(217) 555-0134]]."),
# 8
("facebook", "obgyn", 5, "Yolanda Pruitt",
 "After [[HEALTH:two miscarriages]] I was a wreck the whole [[HEALTH:pregnancy]] and [[PROVIDER:Dr. Szabo]] let me come in for extra [[HEALTH:heartbeat checks]] whenever I panicked. Our girl [[PERSON:Noor]] arrived [[DATE_TIME:March 2nd]] by [[HEALTH:emergency C-section]], [[HEALTH:6 lbs 1 oz]] and perfect. The nurses said she was the calmest surgeon they'd ever worked with. Forever grateful \u2764\ufe0f"),
# 9
("yelp", "chiropractic", 1, "Rick Salvatore",
 "Came in for [[HEALTH:lower back pain]] from hauling drywall and the guy [[HEALTH:cracked my neck]] without even asking. Walked out with [[HEALTH:pins and needles down my left arm]] that hasn't stopped since [[DATE_TIME:Tuesday]]. Then they tried to sign me up for a 24-visit plan at [[FINANCIAL:$65]] a pop. [[PROVIDER:Dr. Brandt]], if you're reading this, ask before you twist somebody's spine."),
# 10
("healthgrades", "orthopedics", 5, "Bernadette Kowalczyk",
 "[[HEALTH:Fell on the ice]] outside the [[LOCATION:Hartwell Public Library]] where I work and [[HEALTH:shattered my wrist]]. [[PROVIDER:Dr. Adeyemi]] put in a [[HEALTH:plate and six screws]] [[DATE_TIME:the following morning]] and explained every step. At [[AGE:68]] I was scared I'd never knit again. [[DATE_TIME:Eight weeks later]] I finished a baby blanket for my granddaughter [[PERSON:Tess]]. Thank you!"),
# 11
("zocdoc", "psychiatry", 2, "J. Whitcombe",
 "Booked through the app for an [[HEALTH:ADHD assessment]] and sat in the lobby 50 minutes. The psychiatrist was decent once I got in and bumped my [[HEALTH:Wellbutrin]] up, but refused to even talk about [[HEALTH:stimulants]] because I 'had a history.' That history is one [[HEALTH:stint in rehab]] back in [[DATE_TIME:2014]]. Felt judged. Copay was [[FINANCIAL:$60]] for that."),
# 12
("google", "pediatric_dentistry", 1, "Amber Thibodeaux",
 "They strapped my son into a [[HEALTH:papoose board]] without asking me first. [[PERSON:Gage]] is [[AGE:3]] and [[HEALTH:autistic]] and I TOLD the front desk that when I booked. He needed [[HEALTH:two crowns]] and they'd rather restrain him than talk about [[HEALTH:sedation]]. He's had [[HEALTH:nightmares]] every night since. [[PROVIDER:Dr. Lachance]] didn't even look at me on the way out."),
# 13
("facebook", "urgent_care", 3, "Lupe Carranza",
 "Fui un [[DATE_TIME:domingo]] por una [[HEALTH:cortada en la mano]] que me hice en el trabajo en la [[LOCATION:empacadora Valle Verde]]. Me pusieron [[HEALTH:cinco puntos]] y la enfermera [[PROVIDER:Rocío]] fue muy amable y me explicó todo en español. Lo malo: la espera fue de tres horas y me cobraron [[FINANCIAL:$210]] porque mi seguro [[FINANCIAL:Molina]] no estaba 'en el sistema'. Por eso tres estrellas."),
# 14
("yelp", "plastic_surgery", 3, "Corbin W.",
 "Consult only. The office is gorgeous and the coordinator was warm, but I was quoted one price on the phone and a totally different one in person, and nobody could explain the difference. Left with a glossy folder and more questions than answers."),
# 15
("google", "physical_therapy", 3, "Ollie Brandvold",
 "[[HEALTH:Tore my ACL]] playing rec league soccer [[DATE_TIME:last October]]. After the [[HEALTH:reconstruction]] I [[HEALTH:couldn't bend my knee past 60 degrees]]. [[PROVIDER:Priya]] and [[PROVIDER:Dom]] the PT aide got me to full range by [[DATE_TIME:February]] and I got cleared to run [[DATE_TIME:last week]]! Three stars only because the [[FINANCIAL:$45]] copay per visit with [[FINANCIAL:UnitedHealthcare]] adds up fast and nobody warned me."),
# 16
("healthgrades", "cardiology", 1, "Vernon Ashby",
 "Waited 7 weeks for a [[HEALTH:stress test]] after [[HEALTH:chest tightness when climbing stairs]]. Test day they said the machine was down and rescheduled me for [[DATE_TIME:June 14]]. My [[HEALTH:nitro]] is the only reason I'm still walking around. Then a bill for [[FINANCIAL:$96]] as a 'missed appointment fee' for the day THEY cancelled. Account [[ID:44-7719-02]]. Unbelievable."),
# 17
("zocdoc", "optometry", 5, "Hana K.",
 "Quick and friendly! [[PROVIDER:Dr. Mendelsohn]] noticed [[HEALTH:swelling in the back of my eye]] during a routine exam and sent me for an [[HEALTH:MRI]] [[DATE_TIME:the same day]] \u2014 turned out to be [[HEALTH:pseudotumor cerebri]], which explained [[HEALTH:my headaches]] for the past year. I owe her big time. Also [[FINANCIAL:VSP]] covered everything."),
# 18
("facebook", "fertility", 1, "Celeste Amari",
 "[[HEALTH:Two failed transfers]] and [[FINANCIAL:$28,000]] later, I finally requested my records and found out our [[HEALTH:embryos]] were graded lower than what [[PROVIDER:Dr. Vukovic]] told us on the phone. My husband [[PERSON:Idris]] and I drove in from [[LOCATION:Kemmerer]] for every [[HEALTH:monitoring scan]] and trusted this clinic completely. Nobody would sit down with us. We are done."),
# 19
("google", "dental", 5, "Marcus L.",
 "Best dentist in town!!<br><br>I hadn't been in 9 years because of [[HEALTH:dental anxiety]] &amp; a [[HEALTH:gag reflex]] from hell. [[PROVIDER:Dr. Farouk]] &amp; hygienist [[PROVIDER:Gwen]] did my [[HEALTH:deep cleaning]] over two visits with [[HEALTH:laughing gas]] and zero judgement.<br>Even my wife [[PERSON:Simone]] is switching here now.<br><br>\u2014 [[PERSON:Marcus L.]]"),
# 20
("yelp", "medspa", 2, "Tiffani G.",
 "Got [[HEALTH:lip filler]] for my [[AGE:30th]] birthday and one side came out noticeably bigger. Went back [[DATE_TIME:two weeks later]] and [[PROVIDER:Nurse Kat]] said it was [[HEALTH:swelling]] and to wait. It was not. Ended up paying another [[FINANCIAL:$325]] for [[HEALTH:dissolver]] somewhere else. The vibe here is cute, the results were not. DM me [[CONTACT:@tiff.glowsup]] if you want before/afters."),
# 21
("healthgrades", "primary_care", 1, "Eleanor Fairweather",
 "I have gone back and forth about whether to write this, but after what happened to my mother I think people deserve to know. My mom, [[PERSON:Agnes]], is [[AGE:87]] and has been going to this practice since before I was born. She has [[HEALTH:congestive heart failure]] and [[HEALTH:early dementia]], and I manage her care from [[LOCATION:Rockport]], about an hour away. In [[DATE_TIME:early September]] she started [[HEALTH:getting short of breath just walking to the mailbox]] and her [[HEALTH:legs were puffy to the knees]]. I called [[DATE_TIME:the first Monday of the month]] and asked for a same-day visit. The earliest they offered was [[DATE_TIME:September 19]]. I explained she had gained [[HEALTH:six pounds in four days]], which her heart doctor told us is the red line. The receptionist said, word for word, 'if it's an emergency, take her to the ER.' So I did. She was admitted for three nights with [[HEALTH:fluid on her lungs]] and they doubled her [[HEALTH:Lasix]]. When she came home, I asked [[PROVIDER:Dr. Greenhalgh]]'s office to update her pharmacy with the new dose. [[DATE_TIME:Two weeks later]] the pharmacy filled the OLD dose anyway because the office never sent the change. My sister [[PERSON:Ruthanne]] caught it by accident while setting up Mom's pill organizer. I called and was told [[PROVIDER:Dr. Greenhalgh]] 'doesn't handle hospital follow-ups' and that I'd need to schedule a [[HEALTH:transitional care visit]], the first opening of which was [[DATE_TIME:after Thanksgiving]]. I have power of attorney and have faxed it three times; every call they still tell me they can't speak with me. Meanwhile they had no trouble billing [[FINANCIAL:Medicare]] and sending Mom a statement for [[FINANCIAL:$212.40]] for a '[[HEALTH:chronic care management]]' phone call that nobody in our family remembers receiving. I'm not writing this for money back. I'm writing it because there are a lot of elderly people in this town who depend on this office, and if they don't have a daughter checking their pills, I'm scared for them. [[PROVIDER:Dr. Greenhalgh]] used to be wonderful. Something has changed."),
# 22
("google", "gastroenterology", 3, "Stan Wojcik",
 "Doc was solid, explained my [[HEALTH:GERD]] and [[HEALTH:Barrett's]] results like a human being. But the [[HEALTH:endoscopy]] was booked for [[DATE_TIME:6:45am]] and they didn't take me back till [[DATE_TIME:almost 9]]. I'd been [[HEALTH:fasting]] since [[DATE_TIME:the night before]] and I'm [[HEALTH:diabetic]], so I was [[HEALTH:shaking]] by the time they got the IV in. Somebody should keep an eye on people stuck waiting that long."),
# 23
("facebook", "pediatrics", 1, "Courtney Blaylock",
 "Called [[DATE_TIME:Tuesday]] because my [[AGE:9 month old]] had [[HEALTH:a rash all over his belly]] and [[HEALTH:wasn't keeping bottles down]]. Nurse line said 'probably [[HEALTH:teething]]' and offered an appointment [[DATE_TIME:Friday]]. By [[DATE_TIME:Wednesday night]] we were in the ER with [[HEALTH:dehydration]] and [[HEALTH:hand foot and mouth]]. [[PERSON:Beckett]] is okay now but I'm done with this practice."),
# 24
("google", "oral_surgery", 5, "Dmitri Sokolov",
 "[[HEALTH:All four wisdom teeth out]] [[DATE_TIME:Friday]], eating mashed potatoes by [[DATE_TIME:Saturday]] \U0001f64c [[PROVIDER:Dr. Ng]] and the team were hilarious during the [[HEALTH:IV sedation]] prep. Only needed the [[HEALTH:ibuprofen]], never touched the [[HEALTH:Norco]]. 10 out of 10."),
# 25
("yelp", "allergy", 4, "Nadia F.",
 "Finally found out I'm [[HEALTH:allergic to dust mites, cats and birch pollen]] after years of [[HEALTH:sneezing fits]]. The [[HEALTH:skin prick test]] was itchy but fast. [[PROVIDER:Dr. Lindqvist]] started me on [[HEALTH:allergy shots]] twice a week. One star off because the shot room closes at 4:30, which is impossible with my job at [[LOCATION:Marlow &amp; Finch]]."),
# 26
("healthgrades", "urology", 2, "Phil Garrity",
 "Had a [[HEALTH:vasectomy]] here in [[DATE_TIME:January]] and nobody told me I still needed the [[HEALTH:follow-up semen test]] before going unprotected. Found out the hard way: my wife [[PERSON:Kari]] is now [[HEALTH:eight weeks pregnant]]. We already love this baby, but I'd like someone at this office to explain why the instruction sheet says nothing about it."),
# 27
("zocdoc", "behavioral_health", 5, "Graciela Montaño",
 "La [[PROVIDER:Dra. Ibarra]] me ayudó muchísimo con mi [[HEALTH:ansiedad]] después del [[HEALTH:accidente de carro]] en [[DATE_TIME:agosto]]. Las sesiones por video son muy cómodas porque trabajo de noche en el [[LOCATION:hospital San Judas]]. Ya no tengo [[HEALTH:ataques de pánico]] al manejar. Gracias por todo."),
# 28
("google", "endodontics", 1, "Garrett Lyle",
 "[[HEALTH:Root canal on a front tooth]] [[DATE_TIME:last April]], and it has already [[HEALTH:turned gray]] and [[HEALTH:the gum above it has a pimple that drains]]. [[PROVIDER:Dr. Whitford]] says it needs a [[HEALTH:retreatment]] for another [[FINANCIAL:$1,100]]. I already paid [[FINANCIAL:$1,400]] the first time. Not paying twice for the same tooth. Someone call me back or write to [[CONTACT:garrett.lyle@example.net]]."),
# 29
("facebook", "speech_therapy", 5, "Renata Gill",
 "Our son [[PERSON:Teddy]] [[HEALTH:wasn't saying more than a handful of words]] at [[AGE:two and a half]]. After six months with [[PROVIDER:Miss Carolyn]] he's stringing sentences together and told his grandma 'I love you big' [[DATE_TIME:Sunday]]. The [[HEALTH:speech delay]] scared us so much and this team made us feel hopeful. Worth every mile from [[LOCATION:Dellwood]]."),
# 30
("yelp", "urgent_care", 1, "Kevin Daoud",
 "Came in at [[DATE_TIME:10pm]] with what turned out to be [[HEALTH:kidney stones]]. I was [[HEALTH:throwing up from the pain]] and the front desk made me fill out a clipboard of paperwork first. Provider gave me a [[HEALTH:Toradol shot]] and a printout, no [[HEALTH:CT]]. Passed a [[HEALTH:5mm stone]] at home [[DATE_TIME:two days later]]. They billed [[FINANCIAL:Aetna]] [[FINANCIAL:$890]] for that."),
# 31
("google", "audiology", 4, "Pat Donnelly",
 "Clean office, plenty of parking, and the staff explained every option without any pushy sales talk. Phones can be slow to pick up but they always call back."),
# 32
("healthgrades", "podiatry", 3, "Gloria Heppner",
 "[[PROVIDER:Dr. Castellano]] finally figured out my [[HEALTH:heel pain]] was [[HEALTH:plantar fasciitis]] and not a [[HEALTH:bone spur]] like the last guy said. The [[HEALTH:cortisone shot]] helped for about a month. But the [[HEALTH:custom orthotics]] cost [[FINANCIAL:$480]] and [[FINANCIAL:Humana]] denied them (claim [[ID:HUM-2291-0457]]), and nobody told me that could happen until after they were made. Good doctor, bad billing."),
# 33
("zocdoc", "pulmonology", 2, "Arturo Vance",
 "The [[HEALTH:breathing test]] itself was fine but then they sat on the results for three weeks. When I finally got someone on the phone they said my [[HEALTH:COPD]] is now [[HEALTH:stage 3]] and to 'come in when you can.' That's how you tell a [[AGE:61 year old]] man? My daughter [[PERSON:Mireya]] had to leave her shift at [[LOCATION:Bayside Elementary]] to drive me to the follow up."),
# 34
("facebook", "midwifery", 5, "Sadie Lorne",
 "Our [[HEALTH:home birth]] with midwife [[PROVIDER:June]] and her assistant [[PROVIDER:Ama]] was everything I hoped for after a [[HEALTH:traumatic hospital birth]] with my first. [[PERSON:Wren]] was born in our living room in [[LOCATION:Fox Hollow]] at [[DATE_TIME:4:12am]] weighing [[HEALTH:8 lbs 9 oz]]. They even came back on [[DATE_TIME:day three]] to help with [[HEALTH:latching]]. \U0001f33f\U0001f495"),
# 35
("google", "ent", 1, "Brent Halloway",
 "I'm [[AGE:38]] and had my [[HEALTH:tonsils out]] here. Nobody warned me adult recovery is brutal. On [[DATE_TIME:day 7]] I [[HEALTH:started bleeding from the back of my throat]] at [[DATE_TIME:2am]] and the after-hours line went to a full voicemail box. My wife drove me to County doing 80. [[PROVIDER:Dr. Pell]], fix your on-call system."),
# 36
("yelp", "dermatology", 2, "Jess N.",
 "Waited a month to get in for [[HEALTH:hair loss]] and the PA spent maybe five minutes with me. Didn't look at my [[HEALTH:thyroid labs]], didn't ask about my [[HEALTH:periods]], just said 'try [[HEALTH:Rogaine]]' and walked out. I'm [[AGE:27]] and [[HEALTH:losing clumps in the shower]], I needed more than a shrug. Paid [[FINANCIAL:$140]] because I'm on a [[FINANCIAL:high-deductible plan]]."),
# 37
("healthgrades", "endocrinology", 5, "Harriet Osei",
 "[[PROVIDER:Dr. Banerjee]] is the first doctor who listened when I said I was [[HEALTH:exhausted all the time and gaining weight]] no matter what I ate. Bloodwork showed [[HEALTH:Hashimoto's]] and my [[HEALTH:TSH]] was [[HEALTH:11.2]]. Three months on [[HEALTH:levo]] and I feel like a person again. She even remembered my son [[PERSON:Kwame]] was starting at [[LOCATION:Northgate High]]."),
# 38
("google", "hospice", 5, "Tamsin Reeve",
 "Hospice nurse [[PROVIDER:Delphine]] sat with my dad [[DATE_TIME:that final night]] and held his hand so my sister [[PERSON:Carys]] and I could sleep for two hours. He passed [[DATE_TIME:Easter Sunday]] at [[AGE:91]], peaceful, in his own bed on [[LOCATION:Larkspur Lane]]. \U0001f64f We can never repay that kind of tenderness."),
# 39
("zocdoc", "dental", 1, "Rigoberto Salas",
 "Me [[HEALTH:sacaron una muela]] el [[DATE_TIME:lunes]] y para el [[DATE_TIME:jueves]] tenía la [[HEALTH:cara hinchada]] y [[HEALTH:fiebre]]. Llamé tres veces y nadie me regresó la llamada. Tuve que ir a la clínica de mi trabajo en [[LOCATION:Agrícola Los Pinos]] donde me dieron [[HEALTH:antibióticos]]. Me cobraron [[FINANCIAL:$320]] por la extracción y ni una disculpa."),
# 40
("facebook", "bariatric_surgery", 4, "Donna Pickering",
 "[[HEALTH:Down 112 pounds]] since my [[HEALTH:gastric sleeve]] [[DATE_TIME:two Christmases ago]]! Off my [[HEALTH:blood pressure pills]] and my [[HEALTH:CPAP]] is collecting dust. [[PROVIDER:Dr. Whitmore-Hale]] and dietitian [[PROVIDER:Rosalind]] were amazing. Only four stars because the support group got moved to weekday mornings and I work at [[LOCATION:Pickwick Foods]]."),
# 41
("google", "orthodontics", 1, "Lisa Brennan",
 "[[FINANCIAL:$6,200]] for [[HEALTH:braces]] for my daughter [[PERSON:Pippa]] and after two years her [[HEALTH:overbite]] is the same. Every appointment is a 5 minute wire change with a different assistant. [[PROVIDER:Dr. Amundsen]] has looked at her maybe twice. Now they want to add [[HEALTH:rubber bands]] and another year. She's [[AGE:14]] and embarrassed. Send the refund check to [[CONTACT:418 Quarry Rd, Apt 2B, Millbrook]]."),
# 42
("yelp", "pain_management", 1, "Ray Dominguez",
 "They dropped me after 6 years because I failed a [[HEALTH:pill count]] by ONE [[HEALTH:Percocet]]. I have [[HEALTH:two fused discs]] and [[HEALTH:neuropathy]] in both feet. No taper, no referral, nothing. I've been in [[HEALTH:withdrawal]] since [[DATE_TIME:last Friday]]. Anyone who says this place cares about people hasn't needed them."),
# 43
("healthgrades", "neurology", 3, "Ingrid Solheim",
 "[[PROVIDER:Dr. Raskin]] is brilliant, got my [[HEALTH:migraines]] down from 15 a month to 3 with [[HEALTH:Botox injections]] and [[HEALTH:Aimovig]]. But the office lost my prior auth twice and I went [[DATE_TIME:most of November]] without treatment. My [[FINANCIAL:Anthem]] member ID is [[ID:XJH448120935]] and I gave it to them four times."),
# 44
("facebook", "lab_services", 1, "Trevor Baines",
 "Online booking said no wait. Got there, 20 people in line, one person at the desk and the check-in kiosk was broken. The woman at the window was lovely, the system is not. Fix your check-in."),
# 45
("google", "vein_clinic", 4, "Marjorie Tull",
 "Had [[HEALTH:sclerotherapy for the spider veins behind both knees]] [[DATE_TIME:the week before our cruise]] and they faded beautifully. [[PROVIDER:Nurse Ophelia]] was gentle and funny. Wearing the [[HEALTH:compression stockings]] in [[DATE_TIME:July]] was miserable but worth it. Paid [[FINANCIAL:$375]] out of pocket, fair price."),
# 46
("zocdoc", "pediatrics", 2, "Maricela Ortega",
 "Mi hija [[PERSON:Daniela]] de [[AGE:ocho años]] tiene [[HEALTH:asma]] y la llevé porque [[DATE_TIME:el martes en la noche]] [[HEALTH:no podía respirar bien]]. El doctor fue amable pero la recepcionista no quiso atendernos porque llegamos diez minutos tarde. Tuvimos que esperar hasta [[DATE_TIME:la tarde]] y perdí un día de trabajo en la [[LOCATION:lavandería Estrella]]. Por favor tengan más paciencia con los padres que trabajan."),
# 47
("healthgrades", "rheumatology", 4, "Clement Farrier",
 "It took four doctors and two years to get a name for my [[HEALTH:swollen knuckles and stiff mornings]]. [[PROVIDER:Dr. Sandoval]] diagnosed [[HEALTH:rheumatoid arthritis]] at the first visit and had me on [[HEALTH:methotrexate]] by [[DATE_TIME:the end of the week]]. Lost a star because [[HEALTH:infusion]] scheduling is chaos. I deliver mail in [[LOCATION:Greeley]] and can't just take random afternoons off."),
# 48
("google", "radiology", 1, "Paulette Vickery",
 "Got a call [[DATE_TIME:Friday at 4:55pm]] saying my [[HEALTH:mammogram]] showed '[[HEALTH:a suspicious area]]' and I'd need a [[HEALTH:biopsy]], then the office closed for the weekend. Spent two days terrified. [[DATE_TIME:Monday]] they said it was [[HEALTH:a calcification, probably benign]], and the [[HEALTH:biopsy]] 'might not be needed.' Who calls with that news at [[DATE_TIME:4:55 on a Friday]]?"),
# 49
("facebook", "nephrology", 3, "Otis Rawlings",
 "My [[HEALTH:kidney function dropped to stage 4]] and [[PROVIDER:Dr. Achebe]] was straight with me about [[HEALTH:dialysis]], which I appreciated. The [[HEALTH:fistula surgery]] referral took forever though, and nurse [[PROVIDER:Glenda]] kept calling my house phone [[CONTACT:555-0178]] instead of my cell like I asked. I'm [[AGE:70]] and [[HEALTH:hard of hearing]], I miss those calls."),
# 50
("yelp", "acupuncture", 5, "Bea Harrow",
 "I went in skeptical for [[HEALTH:nausea]] during [[HEALTH:chemo]] and left a believer. [[PROVIDER:Wen]] is gentle and never made me feel silly for crying on the table. Three sessions in and I'm keeping food down again. Highly recommend for anyone going through [[HEALTH:breast cancer]] treatment."),
]

DRAFTS = [
# r1
(1, "", "Thank you for taking the time to share this. We want everyone who comes to us to feel looked after from start to finish, and what you describe falls short of that. Our practice manager, Colette, would like to hear more; please reach her directly at 555-0141.",
 "Empathizes, speaks to a general standard, and moves the conversation offline without confirming care."),
(1, "ECM", "We're sorry the numbness from your filling lingered so long. Prolonged anesthesia after lower work can happen when the injection sits close to the nerve, and it almost always wears off on its own. Please call us so Dr. Halvorsen can check in on you.",
 "Echoes the filling and numbness, explains the clinical cause, and implies an ongoing patient relationship."),
(1, "E", "Thank you for this feedback. Our team works hard to support local educators and everyone else who trusts us with their care, so please call Colette at 555-0141 so we can talk.",
 "Tricky: the nod to local educators alludes to the reviewer's teaching job."),
# r2
(2, "", "We're sorry to read this. Everyone who walks through our doors should leave feeling heard and confident in the plan, and we take concerns like this seriously. Please call our clinical director, Dr. Ames, at 555-0122 so we can talk it through.",
 "General standard plus an offline contact, with no reference to the child or the care."),
(2, "ECMD", "Our providers follow national guidelines, and a strep test is standard when a child presents with fever. Ear infections can develop after an initial exam, so the diagnosis at the time was appropriate. We're sorry your daughter was uncomfortable.",
 "Defends the diagnosis, repeats the fever, strep test, ear infection and daughter, and gives a clinical judgement that confirms she was seen."),
# r3
(3, "", "What a kind note, thank you! We'll make sure Dr. Oyelaran and Dalia see this; they will be thrilled. Our whole team works to make every family feel welcome here, and if there is ever anything we can do, call our front desk at 555-0156.",
 "Tricky safe: passes praise to the staff the reviewer named without saying anyone was treated."),
(3, "EC", "This made our day! Give Jaylen a high-five from all of us, and tell him the fish say hi.",
 "Names the child and treats him as a known patient."),
(3, "ENCMG", "We're so glad the crisis was caught early. His hematology notes are on file, so the next time he runs a fever just head straight to the infusion suite; you'll never wait here.",
 "Echoes the fever episode, adds chart details, gives instructions, and promises no waits ever."),
# r4
(4, "", "We're very sorry to read this. Everyone who contacts us deserves prompt attention and respect, and we're reviewing how we handle urgent requests. Please reach our clinic director, Maureen Tully, at 555-0163 or director@harborlight.example. If anyone is in crisis right now, call or text 988 any time.",
 "Tricky safe: the crisis line is offered to anyone and the rest is practice-wide."),
(4, "ENCD", "We understand your frustration, but our waitlist is driven by demand and we explained that timeline when you called. The counselor assigned was fully present for the session.",
 "Argues with the parent, cites the call history, and confirms the counseling session took place."),
(4, "EM", "Self-harm in teens should always be treated as urgent; if it happens again, take her directly to an emergency department rather than waiting on an outpatient evaluation.",
 "Restates the self-harm and gives the parent instructions about the daughter's care."),
# r5
(5, "", "Thank you for the kind words and the honest feedback about parking. You're not the first to mention it, and we're working with the building on more spaces near the entrance. Questions any time: 555-0119 or hello@clearviewderm.example.",
 "Tricky safe: an operational reply about parking that does not mention the hip, the age or any care."),
(5, "G", "Thanks for the stars! Our new parking deck opens this spring, and we promise nobody will ever have to hunt for a space here again.",
 "Tricky: a cheerful but unconditional promise about parking."),
# r6
(6, "", "We're sorry to read this and would like to understand more. Our medical director personally reviews every concern brought to us, and we'd welcome a private conversation. Please call 555-0187 and ask for Noelle.",
 "Neutral, general, and offline."),
(6, "ENMD", "Post-inflammatory hyperpigmentation is a known risk with darker skin and hormonal conditions, which is covered in the consent form. It usually fades with a good brightening serum and strict SPF.",
 "Repeats the pigment problem and hormonal condition, assumes her skin tone, blames the consent form, and gives skin-care advice."),
(6, "I", "We never want anyone to leave unhappy. Please call Noelle at 555-0187 to talk privately; we're also happy to extend our spring 20% off promotion to you.",
 "Tricky: a discount dressed up as a seasonal promotion is still an incentive in a public reply."),
# r7
(7, "", "Thank you for raising this. Prescription requests should never fall through the cracks, and we've recently changed how refill messages are routed so they reach a nurse the same day. We'd like to hear more; our office manager, Gail Rourke, is at 555-0133.",
 "Tricky safe: a practice-wide operational change with no drug, symptom or patient detail."),
(7, "ENC", "We're sorry! We've called the pharmacy and re-sent the furosemide under Rx 6603318, and we left a message at the 217 number you listed.",
 "Repeats the Rx number and phone, names the drug, and confirms the patient record."),
(7, "ENCD", "We're sorry for the frustration. For what it's worth, our phone logs show both calls were returned within business hours.",
 "Checks phone logs, refers to the wife's two calls and contradicts the reviewer, which discloses contact history."),
# r8
(8, "", "Thank you for sharing such a heartfelt message. Our team considers it a privilege to care for our community, and we'll pass your kind words along to Dr. Szabo. If you ever want to reach us, call 555-0170.",
 "Tricky safe: thanks the named doctor without saying what she did."),
(8, "E", "Thank you so much! Stories of hope after heartbreak are exactly why we do this work.",
 "Tricky: heartbreak and hope allude to the losses and the birth."),
# r9
(9, "", "We appreciate you letting us know about this. Consent and clear communication are expectations we hold firmly across our clinic. Please call our clinic director at 555-0125 so we can discuss your concerns privately.",
 "Tricky safe: consent is stated as a clinic-wide communication standard, not a clinical claim about this person."),
(9, "ECMI", "Tingling down the arm after an adjustment is usually temporary nerve irritation, and ice plus gentle stretches should settle it within a few days. Come back in and Dr. Brandt will reassess you at no charge.",
 "Echoes the arm symptom, gives advice, invites a return visit and offers free care."),
(9, "ED", "Our care plans are recommendations, not requirements, and nobody is ever pressured into a 24-visit package.",
 "Tricky: a polite correction that repeats the plan the reviewer was offered."),
# r10
(10, "", "Thank you for such a generous review! Our surgeons and staff will be delighted to read it. Wishing you all the best, and if you'd like to share more, we're at 555-0148.",
 "Warm and general, no details echoed."),
(10, "E", "Thank you! Nothing makes us happier than hearing about a blanket finished by hand; enjoy every stitch.",
 "Tricky: the knitting and the blanket allude to the wrist recovery and the grandchild."),
# r11
(11, "", "Thank you for the feedback. Everyone who comes to us should feel respected and free of judgment, and long lobby waits are something we're actively working on. Please reach our patient advocate at 555-0166 to talk further.",
 "Tricky safe: values and lobby waits are practice-wide topics."),
(11, "ED", "We understand the frustration, but prescribing decisions are based on each person's full history and safety; that's not judgment, it's good medicine.",
 "Tricky: a measured tone that still defends the refusal and alludes to the reviewer's history."),
(11, "ECI", "We're sorry about the wait. We'll refund the $60 copay for that visit, just call billing.",
 "Repeats the copay amount, confirms the visit and offers a refund."),
# r12
(12, "", "We're truly sorry to read this. Parents' wishes and every child's comfort should guide how we work, and we want to understand what happened. Please contact our office director, Imani, at 555-0158 or office@tinytoothdental.example.",
 "Tricky safe: a practice-wide standard for a pediatric office with no detail about the child."),
(12, "EMD", "Protective stabilization is an accepted, safe technique for young children who can't sit still, and sedation carries its own risks for kids with sensory needs.",
 "Defends the restraint, alludes to the autism and sedation, and gives a clinical judgement."),
(12, "ENCG", "We're so sorry Gage had a hard time. His next crown check is in March, and Dr. Lachance promises it will be completely stress-free.",
 "Names the child, adds a future appointment and promises an outcome."),
# r13
(13, "", "Gracias por tomarse el tiempo de escribirnos. Queremos que todas las personas que nos visitan reciban atención respetuosa, clara y sin largas esperas. Con gusto le atendemos en español: llame a nuestra gerente, Alma, al 555-0137.",
 "Tricky safe: a Spanish reply that stays general and offers contact in the reviewer's language."),
(13, "ECI", "Sentimos mucho la espera y el problema con su seguro Molina. Ya revisamos su cuenta y vamos a reembolsarle los $210. ¡Que se mejore de la mano!",
 "Repeats the carrier, amount and hand injury, checks the account and offers a refund."),
# r14
(14, "", "Thank you for the candid feedback. Pricing should be clear and consistent whether someone calls or sits down with us, and we're reviewing how quotes are given over the phone. Our coordinator lead, Sabine, would be glad to talk: 555-0190.",
 "Tricky safe: an operational reply about quoting with nothing about a consultation."),
(14, "CD", "We're sorry for the confusion! Phone quotes are estimates only, and final pricing always depends on what the surgeon recommends during the consultation, which is why the numbers differed for you.",
 "Explains away the complaint and confirms the reviewer had a consultation."),
# r15
(15, "", "Thank you for the thoughtful review and the feedback on costs. Our billing team is happy to walk anyone through their coverage before care begins, and we'll share your kind words with Priya and Dom. Reach us anytime at 555-0111.",
 "Tricky safe: practice-wide billing help plus praise passed to named staff."),
(15, "ENCG", "Congrats on getting cleared to run! That knee is going to be stronger than ever; see you at your six-month strength check.",
 "Echoes the knee and clearance, adds a future appointment and promises a result."),
(15, "I", "Thank you for the kind words! Just so everyone knows, we offer a 15% prompt-pay discount on any balance paid at the time of service.",
 "Tricky: framed as a general notice, it is still a discount offered publicly."),
# r16
(16, "", "We're sorry to read this. No one should be charged for a cancellation our office made, and we want to look into it. Please call our billing manager, Rafael, at 555-0129 or email billing@heartwellcardio.example.",
 "Tricky safe: a practice-wide billing-accuracy statement with no account or test details."),
(16, "ENCI", "We've reversed the $96 fee on account 44-7719-02 and moved your stress test up to June 3.",
 "Repeats the fee and account, adds a new date and gives a credit."),
# r17
(17, "", "Thank you for taking the time to write this! We'll be sure Dr. Mendelsohn sees your kind words. Our team works hard to make everyone who comes in feel listened to. Questions? Call 555-0104.",
 "Praise passed along with no clinical detail."),
(17, "EM", "Thank you! Catching pressure behind the eyes early really does make a difference, and regular checks are the best way to keep it from coming back.",
 "Tricky: the friendly tone hides a paraphrase of the eye finding and advice about follow-up checks."),
(17, "C", "Thank you for the kind words! It means a lot that you chose us, and we're glad we could help.",
 "Tricky: saying the reviewer chose the practice and was helped confirms the relationship."),
# r18
(18, "", "We're deeply sorry to read this. We know how much trust people place in us, and we take every concern about communication seriously. Our patient experience director, Lorna, would welcome a private conversation at 555-0181 or care@meadowfertility.example.",
 "Empathy and an offline contact, nothing specific."),
(18, "ENCMD", "We understand this journey is painful. However, embryo grading was discussed at your consult, and grading alone doesn't predict success; Dr. Vukovic was transparent throughout.",
 "Argues with the reviewer, cites a consult, and gives a clinical judgement about the embryos."),
(18, "E", "We're so sorry. The long drives and the financial strain of treatment are real, and we hear you.",
 "Tricky: the paraphrase of the drives, cost and treatment still echoes the review."),
# r19
(19, "", "Thank you so much for this wonderful review! We've shared it with Dr. Farouk and Gwen, who were all smiles. Judgment-free care is something our entire team believes in. Reach us anytime at 555-0115.",
 "Tricky safe: a practice-wide value that mirrors the review without restating it."),
(19, "ENCG", "We're thrilled the nitrous helped with your nerves! We've flagged your chart for nitrous at every visit, and your next cleaning will be just as easy.",
 "Echoes the anxiety and sedation, adds a chart flag and a future cleaning, and promises the result."),
# r20
(20, "", "Thank you for sharing this with us. We want everyone to leave feeling confident, and we'd value the chance to talk privately. Please call our clinical lead, Dana, at 555-0193.",
 "General and offline."),
(20, "EMD", "Asymmetry in the first two weeks is almost always swelling, which is why we ask clients to wait before judging results. Dissolving early elsewhere may have undone what would have settled.",
 "Blames the reviewer for dissolving, repeats the filler details and makes a clinical claim."),
# r21
(21, "", "We are very sorry to read this and grateful you took the time to describe your concerns in such detail. Timely, accurate communication is something we take very seriously. Our practice administrator, Howard Lisle, would like to speak with you directly; please call 555-0150 or email admin@oakbendprimary.example.",
 "Acknowledges the length of the review without restating any of it."),
(21, "ENCD", "We're sorry for the frustration. Our records show the power of attorney form on file is incomplete, which is why staff could not discuss your mother's care.",
 "Cites records against the reviewer, adds a fact about the form, and confirms the mother's care."),
(21, "ECGI", "Agnes has been part of our family for decades and we'd never want her to feel let down. We've voided the $212.40 statement and guarantee her medication list will be accurate going forward.",
 "Names the mother, repeats the bill, waives it and makes an unconditional promise."),
# r22
(22, "", "Thank you for the feedback. Long waits are something we're actively addressing, and we've shared your comments with our nursing leadership. Please call our patient liaison, Terri, at 555-0108 if you'd like to talk further.",
 "Tricky safe: an operational reply about waits with no mention of the procedure or the diabetes."),
(22, "EM", "Great suggestion! Anyone with diabetes who has been fasting should tell the front desk right away so we can do a finger-stick sugar check while they wait.",
 "Tricky: a general-sounding rule that restates the diabetes and fasting and gives clinical instructions."),
(22, "NC", "Thank you for the honest review. We've added a note so you're booked as the first case of the day from now on.",
 "Tricky: a helpful-sounding note in the schedule confirms the patient and adds a record change."),
# r23
(23, "", "We're so sorry to read this. Our nurse line exists to help families make the right call quickly, and we're reviewing this concern with our triage team. Please reach our nurse manager, Elise, at 555-0127.",
 "General standard and offline contact."),
(23, "ENCD", "We take triage seriously. According to the call notes, the nurse recommended an earlier visit and you chose Friday.",
 "Cites call notes to contradict the parent."),
(23, "E", "We're so relieved to hear your little guy is okay now.",
 "Tricky: refers to the sick baby without naming him."),
# r24
(24, "", "Thank you for the five stars and the kind words! \U0001f60a We'll pass them along to Dr. Ng and the team. Questions anytime: 555-0114.",
 "Praise passed along, nothing echoed."),
(24, "ECM", "So glad you only needed ibuprofen! Remember to keep the extraction sites clean and bring any leftover Norco back to us for safe disposal.",
 "Repeats the medications and gives after-care instructions to a known patient."),
# r25
(25, "", "Thank you for the thoughtful review. We've heard from several people that our afternoon hours are tough to make, and we're looking at extending them. Feel free to reach our office manager, Bettina, at 555-0131.",
 "Tricky safe: posted hours are an operational topic."),
(25, "ENCM", "Thanks! We've moved your shots to our early-morning slot so they fit around work, and you can drop to every other week once you reach maintenance.",
 "Echoes the shots, changes the schedule and gives a dosing plan."),
(25, "G", "Thank you for the four stars! Starting next month our clinic stays open until 7, and we promise nobody will ever have to choose between their job and their appointments again.",
 "Tricky: an operational update that ends in an absolute promise."),
# r26
(26, "", "Thank you for raising this with us. Clear written instructions are something every person should receive, and your feedback has gone to our clinical leadership. Please call our practice manager, Stuart, at 555-0138 to talk privately.",
 "Tricky safe: forms and instructions as a general topic, without naming the procedure."),
(26, "ED", "Post-procedure testing is explained verbally at every consult and is listed on page two of the discharge packet.",
 "Contradicts the reviewer and alludes to the follow-up test."),
# r27
(27, "", "¡Muchas gracias por sus palabras! Le haremos llegar su mensaje a la Dra. Ibarra. Nuestro equipo trabaja para que cada persona se sienta escuchada. Si desea comunicarse con nosotros, llame al 555-0164.",
 "Tricky safe: a Spanish reply that thanks the named provider and stays general."),
(27, "ENCM", "¡Gracias! Nos alegra que ya maneje sin ataques de pánico. Siga con los ejercicios de respiración antes de subir al carro y nos vemos en su próxima sesión por video.",
 "Repeats the panic attacks, gives advice and mentions the next video session."),
# r28
(28, "", "We're sorry to hear of this frustration. We want every person to understand their options and costs clearly, and we'd like to talk this through. Please contact our office manager, Nadine, at 555-0146 or nadine@riversideendo.example.",
 "General and offline."),
(28, "EMD", "A draining bump above a treated tooth usually means a new infection, not a failed procedure, and retreatment fees reflect entirely new work.",
 "Argues the fee, repeats the symptom and makes a clinical judgement."),
# r29
(29, "", "This made our whole team smile, thank you! We'll share your note with Miss Carolyn. If you ever need anything, reach our front desk at 555-0172.",
 "Tricky safe: praise passed to the named therapist."),
(29, "E", "Thank you! 'I love you big' might be the sweetest thing we've heard all week.",
 "Tricky: quoting the child's words echoes the family detail and the progress."),
# r30
(30, "", "We're sorry to read this. We're reviewing how check-in is handled so no one is held up at the desk, and we'd like to hear more. Please contact our operations lead, Marisa, at 555-0102.",
 "Tricky safe: check-in is an operational topic."),
(30, "ECMD", "A CT isn't always needed for suspected stones; ultrasound or a clinical diagnosis is appropriate when symptoms are classic, as they were here.",
 "Defends the care, repeats the stones and confirms the symptoms were assessed."),
# r31
(31, "", "Thank you for the kind words about our team and office! We're always working on phone response times, so we appreciate the note. Reach us at 555-0199 anytime.",
 "General thanks and an operational note."),
(31, "C", "Thank you so much! It was a pleasure having you in, and we're glad the team made things easy.",
 "Tricky: no detail is repeated, but having you in confirms the reviewer was seen."),
# r32
(32, "", "Thank you for the balanced review. Being upfront about what insurance may or may not cover is part of good service, and we're reviewing how we explain it. Please call our billing coordinator, Yvette, at 555-0153.",
 "Tricky safe: coverage explanations are a practice-wide billing topic."),
(32, "ECD", "We do explain that insurers sometimes deny custom orthotics; it's on the financial form every patient signs.",
 "Defends billing, repeats the orthotics and denial, and implies the reviewer signed the form."),
(32, "ECMG", "So glad the injection helped! A second shot plus your orthotics will get rid of the plantar fasciitis for good.",
 "Repeats the diagnosis and treatment, recommends more and promises a cure."),
# r33
(33, "", "We're sorry to read this. Important news deserves a timely, personal conversation, and we're looking at how our team handles callbacks. Please reach our nurse manager, Carmen, at 555-0117.",
 "Tricky safe: callback practice is operational and no result is mentioned."),
(33, "ENC", "We're sorry, Arturo. Dr. Kaplan has added a note to your chart and wants to see you Thursday to go over inhalers.",
 "Uses the reviewer's name, adds a chart note, an appointment and a treatment."),
# r34
(34, "", "Thank you for such a beautiful message. \U0001f33f We'll be sure June and Ama see it. If there's ever anything we can do, reach us at 555-0177 or hello@willowmidwifery.example.",
 "Tricky safe: praise passed to the named midwives."),
(34, "EC", "Welcome to the world, little one! \U0001f495",
 "Tricky: a short greeting that alludes to the birth and confirms the practice attended it."),
(34, "ECM", "Congratulations on Wren! Nipple soreness at this stage is normal, and our lactation drop-ins are Thursdays if latching is still tricky.",
 "Names the baby, gives feeding advice and confirms the relationship."),
# r35
(35, "", "Thank you for telling us about this. A full voicemail box on an after-hours line is unacceptable, and we've since moved to a live answering service. Our practice manager, Owen, would like to talk: 555-0144.",
 "Tricky safe: an operational fix to the phone line without mentioning the surgery or bleeding."),
(35, "EM", "We're so sorry. Bleeding around day 7 after a tonsillectomy happens when the scabs come off, and going to the ER was exactly the right call.",
 "Repeats the surgery and bleeding and gives a clinical explanation."),
(35, "ENCD", "Our on-call physician's log shows no missed pages that night, and your discharge sheet listed the hospital number for emergencies.",
 "Cites the on-call log and discharge sheet to contradict the reviewer."),
# r36
(36, "", "We're sorry to hear this. Everyone who sees us deserves unhurried time and real answers, and we've shared your feedback with our clinical team. Please contact our patient experience manager, Grace, at 555-0162.",
 "General and offline."),
(36, "ECM", "Hair shedding in your twenties is often stress- or thyroid-related and usually reversible; minoxidil is a great first step while we review the labs.",
 "Repeats the hair loss and age, gives medical advice and implies the labs are with the practice."),
# r37
(37, "", "What a lovely review, thank you! We'll make sure Dr. Banerjee sees it. Listening carefully is at the heart of what our whole team does. Reach us anytime at 555-0106.",
 "Tricky safe: a value statement that mirrors the review without restating anything."),
(37, "ENCM", "So happy you're feeling yourself again! Your most recent TSH came back at 2.1, so stay on the same levo dose and we'll recheck in spring.",
 "Reveals a new lab value, gives dosing instructions and confirms care."),
# r38
(38, "", "Thank you for these generous words. We'll share them with Delphine, who will be deeply touched. If we can ever be of help, please call 555-0179.",
 "Tricky safe: praise passed to the named nurse without referring to the death or the family."),
(38, "E", "Thank you. Please give our warmest wishes to Carys as well. \U0001f64f",
 "Tricky: a kind sign-off that names the reviewer's sister."),
# r39
(39, "", "Lamentamos mucho leer esto. Toda persona que llama a nuestra oficina merece una respuesta rápida, y estamos revisando cómo manejamos las llamadas. Por favor comuníquese con nuestra gerente, Lucía, al 555-0124.",
 "Tricky safe: a Spanish reply about phone handling, an operational topic."),
(39, "ECMDI", "La hinchazón y la fiebre después de una extracción pueden ser normales los primeros días. Si aún tiene molestias, enjuague con agua tibia con sal y venga a una revisión sin costo.",
 "Minimizes the complaint, repeats the symptoms, gives advice and offers a free visit."),
# r40
(40, "", "Thank you for such an encouraging review! We'll pass your kind words to Dr. Whitmore-Hale and Rosalind, and we're also looking at evening times for our community programs. Reach us at 555-0161.",
 "Tricky safe: praise to named staff and an operational note on program times."),
(40, "ECMG", "Congratulations on 112 pounds! Keep following the plan and you'll keep the weight off for life.",
 "Repeats the weight loss, gives an instruction and promises a lifelong result."),
# r41
(41, "", "We're sorry to read this and want to understand your concerns. Every family deserves clear communication about progress and time frames. Please call our office manager, Marguerite, at 555-0168.",
 "General standard and offline contact."),
(41, "ENCD", "Treatment length depends heavily on wearing elastics and keeping appointments, and Pippa's progress has tracked with that.",
 "Names the daughter, adds a claim about her compliance and argues with the parent."),
# r42
(42, "", "We hear how distressing this is, and we're sorry. Every person who relies on us should be treated with dignity and given clear information. Please contact our clinic director, Dr. Hollis, directly at 555-0121.",
 "General values and an offline contact."),
(42, "ECD", "Our controlled-substance agreement is clear, and every patient signs it knowing pill counts must be exact. Discharges are never made lightly.",
 "Cites the agreement against the reviewer and confirms the discharge."),
(42, "EM", "Please don't go through withdrawal alone; an urgent care or ER can give you comfort medications today, and any taper should be medically supervised.",
 "Tricky: compassionate wording, but it repeats the withdrawal and gives medical advice."),
# r43
(43, "", "Thank you for the kind words and the honest feedback. Authorization paperwork should never hold anyone up, and we've added staff to our insurance team. Please call our insurance coordinator, Rhea, at 555-0118.",
 "Tricky safe: insurance paperwork is an operational topic and no plan or ID is repeated."),
(43, "ENC", "We're sorry about the November gap. Your Anthem authorization is now approved through next October.",
 "Repeats the carrier and gap and adds new authorization details."),
# r44
(44, "", "Thank you for letting us know. Online wait estimates should match reality, and we've reported the kiosk issue and added morning staff. Please reach our site supervisor, Lionel, at 555-0103.",
 "Tricky safe: all operational."),
(44, "D", "We're sorry for the wait, but the online estimate is clearly labeled as approximate and mornings are always our busiest time.",
 "Tricky: no PHI, yet it corrects the reviewer."),
# r45
(45, "", "Thank you for the lovely review! Ophelia will be so happy to hear this. Reach us anytime at 555-0184.",
 "Tricky safe: praise passed to the named nurse."),
(45, "ECI", "So glad the veins faded before your trip! Mention this review next time and we'll take $75 off.",
 "Echoes the veins and trip, implies a return visit and offers a discount."),
# r46
(46, "", "Gracias por compartir su opinión. Entendemos lo difícil que es para las familias que trabajan, y estamos revisando nuestra política de llegadas tarde. Para hablar en privado, llame a nuestra coordinadora, Paola, al 555-0175.",
 "Tricky safe: a Spanish reply about the late-arrival policy, which is operational."),
(46, "ECD", "Sentimos la molestia, pero nuestra política de llegadas tarde es clara: después de diez minutos no podemos atender a nadie. Esperamos que Daniela siga mejor del asma.",
 "Defends the policy and names the child and her asthma."),
# r47
(47, "", "Thank you for taking the time to write this. We're working to make scheduling easier and more predictable for everyone. Please reach our scheduling supervisor, Dominic, at 555-0109.",
 "General and operational."),
(47, "ENCM", "We hear you! Since the methotrexate is working, Dr. Sandoval may be able to space your infusions out to every eight weeks.",
 "Repeats the drug, suggests a new treatment schedule and confirms care."),
(47, "I", "Thank you! We know time off work is costly, so we're glad to cover mileage for anyone who travels in from outside the city.",
 "Tricky: a general-sounding mileage offer is still something of value."),
# r48
(48, "", "We're truly sorry for the worry this caused. Important results should be shared at a time that lets people get answers, and we're reviewing our callback practices. Our patient advocate, Whitney, is at 555-0113.",
 "Tricky safe: callback timing is operational and no result is named."),
(48, "ECMG", "Most calcifications like yours are benign, so try not to worry; you'll be fine.",
 "Repeats the finding, gives reassurance as a clinical judgement and guarantees the outcome."),
(48, "ECD", "We understand this was stressful. Our radiologists call as soon as results are read so no one is left waiting, which is why you heard from us that same afternoon.",
 "Tricky: a calm explanation that defends the call and confirms it happened."),
# r49
(49, "", "Thank you for the thoughtful feedback. Reaching people the way they prefer matters, and we've shared your comments with our nursing team. Please call our practice manager, Benedict, at 555-0136.",
 "Tricky safe: contact preferences are an operational topic."),
(49, "ENC", "We've updated the contact preference to your cell and Glenda will use it from now on.",
 "Tricky: a helpful record update repeats the cell-phone preference and confirms the patient relationship."),
# r50
(50, "", "Thank you so much for sharing this. We'll pass your kind words along to Wen. Everyone deserves to feel safe and unhurried here. Reach us anytime at 555-0157.",
 "Tricky safe: praise passed to the named practitioner."),
(50, "E", "Thank you, and sending strength for the rest of your treatment. \U0001f497",
 "Tricky: wishing strength for treatment alludes to the cancer care."),
]
