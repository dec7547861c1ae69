"""Held-out blind evaluation set fresh_l: 50 reviews, 120 drafts. All text invented."""
PREFIX = "l"

REVIEWS = [
# 1
("google", "dental", 1, "Terrence Oduya",
 "Three hours in the chair for a [[HEALTH:crown]] that popped off [[DATE_TIME:two days later]] while I was eating soup. SOUP. [[PROVIDER:Dr. Albrecht]] wants another [[FINANCIAL:$450]] to '[[HEALTH:recement and adjust]]' it. I already paid [[FINANCIAL:$1,280]] out of pocket because my [[FINANCIAL:MetLife]] max ran out in [[DATE_TIME:March]]. Not going back."),
# 2
("yelp", "dermatology", 5, "Gwen R.",
 "That [[HEALTH:crusty spot on my scalp]] I'd ignored for a year? [[PROVIDER:Dr. Nwosu]] [[HEALTH:froze it off]] in ten seconds flat, then [[HEALTH:shaved a sample]] of the [[HEALTH:weird mole by my ear]] to send to the lab. It came back [[HEALTH:benign]]. Fast, kind, only a small sunscreen lecture. \u2013 [[PERSON:Gwen]]"),
# 3
("google", "medspa", 1, "Shay Monroe",
 "DO NOT GO HERE!!! I PAID [[FINANCIAL:$700]] FOR A [[HEALTH:LIP FLIP]] AND [[HEALTH:CHEEK FILLER]] AND NOW [[HEALTH:ONE SIDE OF MY FACE IS HARD AND LUMPY]]. THE OWNER [[PROVIDER:DESIREE]] BLOCKED MY NUMBER AFTER I SENT HER PICTURES. SINCE [[DATE_TIME:MEMORIAL DAY]] I HAVE BEEN HIDING UNDER A MASK. WHO DOES THAT TO A CLIENT???"),
# 4
("healthgrades", "primary_care", 2, "Dorothy Vance",
 "I am [[AGE:81 years old]] and have been coming to this office since it opened. The new girls at the front desk do not return telephone messages. I waited [[DATE_TIME:all of last week]] for someone to call me about my [[HEALTH:water pill]] and my [[HEALTH:potassium being low]]. My son [[PERSON:Gerald]] finally had to take off work and drive me in from [[LOCATION:Pell Lake]] to ask in person. [[PROVIDER:Dr. Haldane]] is a fine doctor but the office has gone downhill."),
# 5
("facebook", "pediatrics", 5, "Brianna Kowalczyk",
 "[[PROVIDER:Dr. Kofi]] and [[PROVIDER:Nurse Abby]] are the BEST \U0001f49b\U0001f49b my twins [[PERSON:Rory]] and [[PERSON:Wren]] just turned [[AGE:2]] and had their [[HEALTH:checkups and shots]] [[DATE_TIME:today]] and nobody cried (except me lol). [[PROVIDER:Abby]] even remembered [[PERSON:Wren]]'s [[HEALTH:peanut allergy]] before I said a word \U0001f64c"),
# 6
("zocdoc", "behavioral_health", 1, "Anonymous",
 "Booked a [[HEALTH:therapy]] intake for my [[HEALTH:panic attacks]]. Showed up, the therapist never came out, and the front desk said 'she's out sick, just rebook online.' Online has nothing until [[DATE_TIME:August]]. I'm barely holding it together at my job at [[LOCATION:Tri-County Credit Union]] and this made it worse."),
# 7
("google", "urgent_care", 1, "Kyle Brandt",
 "Website says the wait is 15 minutes. I sat there over two hours and watched six people who came in after me get called back first. Nobody at the desk would explain anything."),
# 8
("yelp", "orthopedics", 3, "Ray S.",
 "[[PROVIDER:Dr. Szabo]] put my [[HEALTH:busted shoulder]] back together after my [[HEALTH:bike wreck]] and I have [[HEALTH:almost full motion again]], which at [[AGE:58]] I did not expect. What I also did not expect: a [[FINANCIAL:$2,100]] 'facility fee' nobody mentioned, and [[FINANCIAL:$95]] for a [[HEALTH:sling]] that sells for a fraction of that online. Surgeon 5 stars, billing 1."),
# 9
("healthgrades", "obgyn", 1, "Hannah L.",
 "I've put off writing this for a while because it's hard to relive, but other women should know what they're walking into. I was [[HEALTH:pregnant with our second]] and had [[HEALTH:preeclampsia]] with my first, our daughter [[PERSON:Nora]], so on my very first call I asked to be seen early and watched closely. I was [[AGE:39]] at the time, and the staff kept making little jokes about my age like it was cute.\n\n"
 "When I was [[HEALTH:28 weeks along]], my [[HEALTH:blood pressure was 152 over 98]] at an appointment. The MA wrote it down, said the machine 'runs high,' and never told the doctor. I only found that out later from my chart. [[DATE_TIME:Four days later]] I had [[HEALTH:a headache that wouldn't quit]] and [[HEALTH:sparkly lights in my eyes]]. I called the nurse line at [[DATE_TIME:7pm]] and was told to lie down and drink water. My husband [[PERSON:Caleb]] ignored that advice and drove me to the hospital, where they [[HEALTH:delivered our son by emergency C-section]] at [[HEALTH:31 weeks]]. He spent five weeks in the NICU. He is doing well now, no thanks to this practice.\n\n"
 "When I called to ask why nothing was flagged, the office manager [[PROVIDER:Trina]] told me I 'should have advocated for myself.' I did. On every call. [[PROVIDER:Dr. Mehdi]] never once called me afterward. I've moved all of my care closer to home in [[LOCATION:Glenrock]], and I'll be telling every mom at [[LOCATION:Little Acorns Daycare]] to think twice."),
# 10
("facebook", "chiropractic", 5, "Dante Ruiz",
 "[[HEALTH:Threw my back out]] lifting feed bags at [[LOCATION:Hollis Farm & Feed]] and [[HEALTH:could barely stand up straight]]. [[PROVIDER:Dr. Tran]] had me walking normal after two visits. Legend \U0001f64f"),
# 11
("google", "optometry", 2, "Priyanka Mehta",
 "Their website says they take [[FINANCIAL:Davis Vision]]. They do not. Paid [[FINANCIAL:$265]] for my [[HEALTH:eye exam]] and [[HEALTH:contact lens fitting]], then they wanted [[FINANCIAL:$180]] more for the lenses themselves. Cute frames, though."),
# 12
("zocdoc", "urgent_care", 4, "Mia T.",
 "ok so i [[HEALTH:rolled my ankle]] at volleyball practice at [[LOCATION:Kingsbury High]] and my mom brought me in. they did the [[HEALTH:xray]] super fast and the PA [[PROVIDER:Jordan]] was really chill about it. only 4 stars bc the [[HEALTH:crutches]] were set way too tall lol im [[AGE:15]] not a giant \U0001f62d"),
# 13
("google", "audiology", 5, "Harold Becker",
 "My wife [[PERSON:Marlene]] says I have finally stopped shouting at the television. [[PROVIDER:Dr. Petrakis]] tested me and explained that I had [[HEALTH:lost most of the high pitches in my left ear]]. The new [[HEALTH:hearing aids]] are so small nobody in the choir has noticed them. Not bad for a fellow of [[AGE:seventy-nine]]."),
# 14
("yelp", "podiatry", 1, "Luis Ocampo",
 "[[PROVIDER:Dr. Lindgren]] cut out my [[HEALTH:ingrowen toe nail]] and never said nothing about being careful with my [[HEALTH:diabeties]]. Now the toe is [[HEALTH:infected and oozing]] and they cant see me till [[DATE_TIME:next Thursday]]. Cant even get my boots on for my shift at the [[LOCATION:Dunmore rail yard]]."),
# 15
("facebook", "allergy", 5, "Tasha Greene",
 "My son [[PERSON:Elijah]] ([[AGE:6]]) did his [[HEALTH:peanut challenge]] here [[DATE_TIME:Saturday]] and PASSED!!! \U0001f389 Four years of reading every label and carrying [[HEALTH:EpiPens]] everywhere. [[PROVIDER:Dr. Mbeki]] and the nurses kept him laughing the whole morning. First PB&J night at our house [[DATE_TIME:tonight]] \U0001f96a"),
# 16
("healthgrades", "sleep_medicine", 3, "Glenn Hardesty",
 "The [[HEALTH:overnight sleep study]] itself was fine and the tech [[PROVIDER:Raul]] was great. But it took until [[DATE_TIME:October]] to get my [[HEALTH:breathing machine]] because the office sat on the [[FINANCIAL:Humana]] paperwork. In the meantime I [[HEALTH:nodded off at a red light]]. Three stars for the tech."),
# 17
("google", "gastroenterology", 1, "Patrice Allen",
 "The prep sheet for my [[HEALTH:scope]] said one thing and the nurse on the phone said another. I drank the whole jug, [[HEALTH:couldn't keep anything down]], showed up at [[DATE_TIME:6am]], and was told I 'prepped wrong' and had to reschedule. I took a personal day from [[LOCATION:Marlow Middle School]], where I teach, for nothing."),
# 18
("zocdoc", "urology", 2, "J. Whitcomb",
 "It's embarrassing enough to go in at [[AGE:44]] for [[HEALTH:getting up to pee five times a night]]. Then the MA asked about my [[HEALTH:prostate exam]] at full volume in the hallway. [[PROVIDER:Dr. Hume]] himself was professional, but my [[HEALTH:PSA]] result sat in the portal for two weeks before anyone looked at it."),
# 19
("facebook", "oncology_infusion", 5, "Sofia Marchetti",
 "I've been meaning to write this since [[DATE_TIME:Friday]], when my mother [[PERSON:Ines]] rang the bell after her last [[HEALTH:chemo infusion]]. She is [[AGE:72]], speaks mostly Italian, and was diagnosed with [[HEALTH:stage 3 ovarian cancer]] [[DATE_TIME:last spring]]. I was terrified of this place before we walked in. I shouldn't have been.\n\n"
 "[[PROVIDER:Keisha]] and [[PROVIDER:Tom]] on the infusion floor learned how to say 'good morning' in Italian by her second visit. When her [[HEALTH:port]] wouldn't draw back, [[PROVIDER:Tom]] stayed calm, flushed it and explained every step to both of us. When she started getting [[HEALTH:tingling in her fingers]], [[PROVIDER:Keisha]] noticed before we did and got [[PROVIDER:Dr. Faraday]] to come over and adjust things. The scheduler, [[PROVIDER:Mrs. Lund]], moved her appointments around my hours at [[LOCATION:Brightwater Savings]] every single time without a sigh.\n\n"
 "We also had a scare in [[DATE_TIME:July]] with a [[HEALTH:fever of 101.8]] on a [[DATE_TIME:Sunday night]], and the on-call nurse called back in eight minutes. Eight! Her [[HEALTH:scans]] [[DATE_TIME:next month]] will tell us more, but whatever happens, we know she has been in good hands. Bring a blanket, the chairs are cold, but the people are warm. Grazie mille."),
# 20
("google", "dialysis", 2, "Graciela Fuentes",
 "Mi esposo [[PERSON:Rogelio]] viene a [[HEALTH:di\u00e1lisis]] aqu\u00ed tres veces por semana. Las enfermeras son amables, pero el [[DATE_TIME:lunes pasado]] lo dejaron casi una hora con la [[HEALTH:f\u00edstula sangrando]] y nadie ven\u00eda. \u00c9l tiene [[AGE:67 a\u00f1os]] y [[HEALTH:diabetes]]. Por favor, pongan m\u00e1s personal en el turno de la ma\u00f1ana."),
# 21
("yelp", "vein_clinic", 1, "Colleen M.",
 "Went in for a free [[HEALTH:vein screening]] and walked out signed up for [[HEALTH:sclerotherapy]] on my [[HEALTH:spider veins]]. [[FINANCIAL:$1,450]] later, both calves have [[HEALTH:brown staining]] and [[PROVIDER:Dr. Ashby]] says that's 'expected.' Funny, nobody mentioned it before I paid."),
# 22
("healthgrades", "home_health", 1, "Denise Caldwell",
 "The aide assigned to my father [[PERSON:Walt]] missed visits on [[DATE_TIME:the 4th]], [[DATE_TIME:the 11th]] and [[DATE_TIME:the 18th]] with no phone call. Dad is [[AGE:90]], has been [[HEALTH:bedbound]] since his [[HEALTH:stroke]], and needs help [[HEALTH:changing his catheter bag]]. The agency supervisor [[PROVIDER:Brenda]] has not called me back once. Come out to [[CONTACT:418 Quarry Hill Rd, Ashby Falls]] and see what you're charging [[FINANCIAL:Medicare]] for."),
# 23
("google", "speech_therapy", 5, "Megan P.",
 "[[PROVIDER:Ms. Carolyn]] has been working with our [[AGE:4-year-old]] [[PERSON:Teddy]] on his [[HEALTH:stutter]] since [[DATE_TIME:January]], and [[DATE_TIME:last week]] he ordered his own pancakes at the diner without getting stuck once. I cried into my coffee. Thank you!!"),
# 24
("facebook", "nutrition", 4, "Ron Albers",
 "Saw [[PROVIDER:Lena]] after my regular doctor told me I was [[HEALTH:borderline diabetic]]. She never once made me feel like a slob. I'm [[HEALTH:down 22 pounds]] and my [[HEALTH:A1c dropped from 6.3 to 5.8]]. One star off because the parking lot fits about six cars."),
# 25
("zocdoc", "hospice", 5, "Angela Whitford",
 "It has taken me a while to be able to write this. My grandfather [[PERSON:Henry]] came home on [[HEALTH:hospice]] in [[DATE_TIME:early November]] after his [[HEALTH:lung cancer]] spread, and he passed [[DATE_TIME:the Sunday after Thanksgiving]] in his own bed, which is exactly what he wanted. He was [[AGE:94]], a retired machinist, stubborn as a mule, and he didn't trust anybody with a clipboard.\n\n"
 "[[PROVIDER:Nurse Ebony]] won him over on her first visit by asking about his old Buick. She taught my aunt [[PERSON:Ruth]] and me how to give the [[HEALTH:morphine drops]] and how to turn him so he wouldn't get [[HEALTH:sores]]. When his [[HEALTH:breathing got rattly]] [[DATE_TIME:that last night]], the on-call nurse [[PROVIDER:Gabe]] drove out to [[LOCATION:Cedar Bend]] at [[DATE_TIME:2am]] and sat with us until it was over. The chaplain, [[PROVIDER:Pastor Lyle]], came to the house twice and never once pushed religion on a man who didn't want it.\n\n"
 "I don't know how these people do this job every day. If your family is facing this, call them sooner than we did. Thank you for giving Grandpa a peaceful goodbye and giving the rest of us some peace too."),
# 26
("yelp", "wound_care", 3, "Bernard K.",
 "The wound nurses, especially [[PROVIDER:Yolanda]], know their stuff. The [[HEALTH:sore on my heel]] from my [[HEALTH:sugar]] is finally closing up with the [[HEALTH:special dressings]] and the [[HEALTH:oxygen chamber]] treatments. But every single visit starts 45 minutes late and the valet wants [[FINANCIAL:$12]] a day. I'm retired and on a fixed income. Three stars."),
# 27
("google", "lab", 1, "T. Nguyen",
 "<b>Worst [[HEALTH:blood draw]] of my life.</b><br>The phlebotomist missed my vein four times for my [[HEALTH:fasting labs]] and left me with [[HEALTH:bruises the size of plums]].<br>Then they lost one of the tubes &amp; I have to come back fasting AGAIN on [[DATE_TIME:Monday]]."),
# 28
("google", "imaging", 2, "Walter Pruitt",
 "Came in for an [[HEALTH:MRI of my lower back]] and told the tech twice that I'm [[HEALTH:claustrophobic]]. She said 'you'll be fine' and slid me in anyway. [[HEALTH:Had a full-on panic attack]] in the tube, and they still billed [[FINANCIAL:Aetna]] for the full scan when they only got half of it. Now I have to do it again somewhere with an open machine."),
# 29
("facebook", "pharmacy_clinic", 4, "Bev Salazar",
 "Popped in for my [[HEALTH:flu shot]] and the [[HEALTH:second shingles shot]] on my lunch hour. At [[AGE:66]] I was worried about the cost but [[FINANCIAL:Medicare Part D]] covered all of it. Pharmacist [[PROVIDER:Omar]] was gentle and quick. Lost a star for the 25-minute wait even with an appointment."),
# 30
("healthgrades", "cardiology", 1, "Curtis Bell",
 "My heart was [[HEALTH:flip-flopping and racing]] for a week, so [[PROVIDER:Dr. Venkataraman]] put a [[HEALTH:heart monitor]] on me. I mailed it back [[DATE_TIME:May 2]]. It is now [[DATE_TIME:June 19]] and nobody has called with results. I've left 5 messages. Call me at [[CONTACT:(608) 555-0147]] if anyone over there still works."),
# 31
("zocdoc", "endocrinology", 3, "Laurel Ng",
 "[[PROVIDER:Dr. Iyer]] is sharp and finally figured out my [[HEALTH:thyroid is underactive]] after years of being told I was just tired. But the office changed my [[HEALTH:levothyroxin]] dose by portal message with zero explanation, and the pharmacy got a different number than the portal. Good doctor, confusing office."),
# 32
("google", "ent", 1, "Oscar Delacroix",
 "Receptionist rolled her eyes and told me to sit down and wait my turn. I was asking where the bathroom was."),
# 33
("yelp", "plastic_surgery", 2, "Kristen V.",
 "The result of my [[HEALTH:tummy tuck]] looks good, I'll give [[PROVIDER:Dr. Castellano]] that. But when one of my [[HEALTH:drains]] started leaking [[DATE_TIME:three nights after surgery]], the after-hours number went to a full voicemail box. I'm [[AGE:37]], a mom of three, and I was alone in a bathroom in [[LOCATION:Briar Glen]] googling what to do."),
# 34
("google", "pain_management", 1, "Bogdan Ilic",
 "I am patient here since [[DATE_TIME:2021]] for my [[HEALTH:back pain]] after [[HEALTH:accident on the job]] at [[LOCATION:Kessler Logistics]]. New doctor come and say he will stop my [[HEALTH:pain pills]] in one month, no discussion, like I am criminal. He not even look at my [[HEALTH:MRI paper]]. Before, [[PROVIDER:Dr. Olsen]] was very good man. Now I am [[HEALTH:sleeping only two hour a night]] from the pain. Very bad."),
# 35
("facebook", "orthodontics", 5, "Aiko Tanaka",
 "[[PERSON:Kenji]] got his [[HEALTH:braces]] off [[DATE_TIME:yesterday]] right before picture day at [[LOCATION:Harbor Creek Middle]] and he hasn't stopped smiling \U0001f601 [[PROVIDER:Dr. Romero]] and [[PROVIDER:Tess]] made every appointment fun. We paid it off with the [[FINANCIAL:$125 a month]] plan and never felt squeezed."),
# 36
("google", "pediatrics", 1, "Yesenia Carrillo",
 "Muy mala experiencia. Mi hija [[PERSON:Valentina]] de [[AGE:tres a\u00f1os]] ten\u00eda [[HEALTH:calentura de 39.5]] y [[HEALTH:no paraba de vomitar]]. Llam\u00e9 a las [[DATE_TIME:8 de la ma\u00f1ana]] y me dijeron que no hab\u00eda citas hasta el [[DATE_TIME:jueves]]. Terminamos en urgencias [[DATE_TIME:esa misma noche]] con [[HEALTH:deshidrataci\u00f3n]]. La [[PROVIDER:Dra. Salcedo]] es buena pero la recepci\u00f3n no sirve."),
# 37
("healthgrades", "urgent_care", 5, "Ernesto Villalobos",
 "Excelente atenci\u00f3n. Llegu\u00e9 con una [[HEALTH:cortada profunda en el dedo]] que me hice en la [[LOCATION:Carpinter\u00eda Hermanos Ruiz]], donde trabajo, y en menos de una hora ya ten\u00eda [[HEALTH:cinco puntadas]] y la [[HEALTH:vacuna del t\u00e9tano]]. El enfermero [[PROVIDER:Iv\u00e1n]] me explic\u00f3 todo en espa\u00f1ol. Muy recomendados, gracias."),
# 38
("zocdoc", "obgyn", 3, "Daniela Ortiz",
 "La [[PROVIDER:Dra. Ben\u00edtez]] es muy amable y me explic\u00f3 bien los resultados de mi [[HEALTH:papanicolaou]]. Pero me cobraron [[FINANCIAL:$85]] por un [[HEALTH:ultrasonido]] que seg\u00fan mi seguro [[FINANCIAL:Ambetter]] estaba cubierto, y nadie en la oficina me sabe decir por qu\u00e9. Tres estrellas."),
# 39
("google", "fertility", 5, "Dana W.",
 "After [[HEALTH:two miscarriages]] and a lot of tears, [[PROVIDER:Dr. Abiodun]] found my [[HEALTH:clotting disorder]] with one round of [[HEALTH:bloodwork]]. Our [[HEALTH:second egg retrieval]] in [[DATE_TIME:February]] gave us [[HEALTH:four embryos]], and I'm [[HEALTH:16 weeks along]] as I write this. [[FINANCIAL:Progyny]] covered most of it and the billing team handled everything. My wife [[PERSON:Jess]] and I can't thank this team enough."),
# 40
("yelp", "physical_therapy", 3, "Malik J.",
 "[[HEALTH:PT]] for my [[HEALTH:torn rotator cuff]] has been solid, and [[PROVIDER:Ben]] pushes me just enough. Problem is the front desk. They keep booking me at [[DATE_TIME:7:30]] when I told them three times I can't leave the [[LOCATION:Westgate fire station]] until my shift ends. Copay is [[FINANCIAL:$40]] a pop and I'm not paying no-show fees for their mistake."),
# 41
("facebook", "dental", 5, "Renee Holloway",
 "Shoutout to [[PROVIDER:Marisela]] at the front desk, who answers the phone like she's actually happy to hear from you, and to [[PROVIDER:Dr. Oyelaran]] for running on time. Clean office, free parking, Saturday hours. This is how it's done."),
# 42
("google", "dermatology", 1, "kayla m",
 "i'm [[AGE:16]] and have [[HEALTH:really bad acne on my chin and back]] and the PA basically told me to stop eating chocolate?? my mom paid [[FINANCIAL:$120]] for that advice. no [[HEALTH:prescription cream]], nothing. we're going somewhere else [[DATE_TIME:next week]] \U0001f644"),
# 43
("zocdoc", "primary_care", 1, "Sam K.",
 "Never answer the phone. Ever. Gave up after 40 minutes on hold."),
# 44
("google", "behavioral_health", 4, "Lauren Bishop",
 "I found [[PROVIDER:Dr. Feinberg]] when [[PERSON:Miles]] was [[AGE:three weeks old]] and I hadn't [[HEALTH:slept more than an hour at a time]] because I kept [[HEALTH:checking that he was breathing]] every few minutes. She named it right away: [[HEALTH:postpartum anxiety]]. [[HEALTH:Zoloft]] plus our weekly [[HEALTH:talk sessions]] gave me my brain back. Four stars only because the online booking is clunky."),
# 45
("healthgrades", "general_surgery", 4, "Frank DiMarco",
 "[[PROVIDER:Dr. Oyelowo]] took my [[HEALTH:gallbladder out]] [[DATE_TIME:the day after Labor Day]] and I was home by dinner. The only hiccup was the pre-op nurse calling me [[PERSON:Frankie]], which only my mother gets to do. Solid place."),
# 46
("yelp", "medspa", 3, "Alexis P.",
 "Gorgeous space and the staff are sweet, but the price list online is from two years ago and every single thing costs more in person. Just update the website."),
# 47
("google", "chiropractic", 1, "Greg Halvorsen",
 "I want to be fair here, so I'll lay it all out. I went to [[PROVIDER:Dr. Stahl]] on [[DATE_TIME:March 14]] for [[HEALTH:neck stiffness]] and [[HEALTH:tingling down my right arm]] after I [[HEALTH:rear-ended a truck]] on the way to work at [[LOCATION:Coastal Paper Mill]]. He did an [[HEALTH:X-ray]] in the office, said my spine was '[[HEALTH:out of alignment]],' and started [[HEALTH:cracking my neck]] [[DATE_TIME:that same day]]. No questions about the accident, no referral, nothing.\n\n"
 "After the third session the [[HEALTH:tingling got worse and went into my fingers]]. When I mentioned it, he said that was '[[HEALTH:toxins releasing]]' and I should add the [[FINANCIAL:$89]] '[[HEALTH:detox massage]].' I said no. His office manager [[PROVIDER:Cheryl]] then told me I'd signed a [[FINANCIAL:$1,800]] care plan and owed for the remaining visits whether I came or not.\n\n"
 "I went to my regular doctor, got an [[HEALTH:MRI]], and it showed a [[HEALTH:bulging disc pressing on a nerve]]. A spine surgeon told me the [[HEALTH:neck manipulation]] was the last thing I needed. I've filed a complaint with the state board, and my auto insurer [[FINANCIAL:Progressive]] is asking for the records, which this office has 'not had time' to send for five weeks."),
# 48
("facebook", "urgent_care", 3, "Nina Ostrowski",
 "Clean, and the staff were nice, but the TV in the waiting room was blasting the news and there was nowhere to sit that wasn't next to someone coughing. Bring headphones."),
# 49
("google", "optometry", 5, "Paul Greer",
 "My daughter [[PERSON:Ivy]] failed the [[HEALTH:vision screening]] at [[LOCATION:Lakeview Elementary]] and we had no idea she'd been [[HEALTH:squinting at the board]] all year. [[PROVIDER:Dr. Santos]] was so patient with a nervous [[AGE:7 year old]], and she picked out [[HEALTH:purple glasses]] she loves. Turns out she's [[HEALTH:pretty nearsighted]]. Her teacher says she's a different kid."),
# 50
("zocdoc", "dental", 1, "Brandon Li",
 "Got billed [[FINANCIAL:$318]] for [[HEALTH:scaling]] I never agreed to. I booked a [[HEALTH:regular cleaning]] on Zocdoc and the hygienist started the [[HEALTH:deep clean]] without asking. Account [[ID:DX-55102-8]], invoice dated [[DATE_TIME:7/9/24]]. Email me at [[CONTACT:brandon.li.88@example.com]] when someone figures it out."),
]

DRAFTS = [
# r1 dental
(1, "", "Thank you for taking the time to write. Clear communication about costs and a respectful experience are things we owe everyone who contacts our office, and we'd like to understand your concerns. Please call our office manager, Renata Silva, at (412) 555-0118.",
 "Tricky safe: mentions costs only as a practice-wide communication standard, without the crown, the amounts or the insurer."),
(1, "ECMD", "Mr. Oduya, crowns can come loose if you eat before the cement has fully set, which is covered in the aftercare sheet you were given. The recement fee covers chair time and materials.",
 "Names the reviewer, repeats the crown, refers to aftercare he was given, offers a clinical explanation and blames him."),
(1, "I", "Thank you for taking the time to write. Clear communication and a respectful experience are things we owe everyone who contacts us, and we'd be glad to offer you a complimentary consultation with our clinical director. Please call Renata Silva at (412) 555-0118.",
 "Tricky: otherwise safe, but a free consultation offered in public is something of value."),
# r2 dermatology
(2, "", "Thank you for the lovely review! We'll be sure Dr. Nwosu sees this. Quick, kind care without the rush is exactly what we want for everyone who comes through our doors.",
 "Tricky safe: passes praise to the doctor the reviewer named and speaks about the practice in general terms."),
(2, "ECN", "So glad the biopsy came back benign, Gwen! Dr. Nwosu will see you at your next full-body skin check.",
 "Names the reviewer, repeats the biopsy and result, and adds a future appointment with a named service."),
(2, "E", "Thank you for the lovely review! We'll be sure Dr. Nwosu sees this. Nothing beats the relief of good news from the lab!",
 "Tricky: 'good news from the lab' alludes to the reviewer's test result."),
# r3 medspa
(3, "", "We're sorry to read this. Every client deserves to be heard and to get a prompt response when they raise a concern, and we'd like to talk with you directly. Please call our clinical director, Angela Frey, at (702) 555-0121.",
 "Expresses concern about responsiveness in general and offers a contact without confirming any treatment."),
(3, "ECMG", "Firmness after filler is normal and will smooth out in a few weeks, we promise. Massage the area twice a day and come back so Desiree can take a look.",
 "Repeats the filler and the lumpiness, gives aftercare instructions, promises the result and invites the reviewer back as a client."),
# r4 primary care
(4, "", "Thank you for sharing this, and for your kind words about Dr. Haldane. Returning phone messages promptly is something we expect of our front desk, and we're retraining the team on it this month. Please call our office manager, Phyllis Ward, directly at (262) 555-0124.",
 "Tricky safe: addresses phone messages as an operational issue and thanks the named doctor without mentioning the medicine or the lab value."),
(4, "ECM", "Mrs. Vance, please don't stop your water pill while you wait on us; a banana a day will help the potassium, and we'll call you this week.",
 "Names the reviewer, repeats her medicine and lab problem, and gives dietary and medication advice."),
(4, "C", "Thank you for sticking with us all these years! Returning calls promptly is something we expect of our front desk, and we're retraining the team. Please call our office manager, Phyllis Ward, at (262) 555-0124.",
 "Tricky: 'sticking with us all these years' confirms the reviewer is a long-time patient."),
# r5 pediatrics
(5, "", "This made our day! \U0001f49b We'll make sure Dr. Kofi and Abby both see it. Making every family feel at home is what our team loves most.",
 "Tricky safe: shares praise with staff the reviewer named and makes a general statement about families."),
(5, "ECN", "Happy birthday to Rory and Wren! \U0001f382 Abby always keeps a close eye on allergy notes. See you at the 30-month visit!",
 "Names the children, alludes to the allergy, and adds a future well visit."),
# r6 behavioral health
(6, "", "We're very sorry to read this. Everyone who reaches out to us deserves timely, reliable access, and we're reviewing how cancellations and online availability are communicated. Please contact our clinical director, Dr. Simone Achebe, at (614) 555-0127 so we can listen. If anyone is in crisis, call or text 988 at any time.",
 "Tricky safe: the crisis line is offered to anyone, and the reply speaks only about access in general."),
(6, "ECN", "We're sorry your intake was cancelled. We've added you to the priority list for anxiety evaluations, and a clinician will call you well before August.",
 "Confirms the cancelled intake, names the condition and discloses waitlist status."),
(6, "E", "We're very sorry to read this. Everyone who reaches out to us deserves timely access, especially when anxiety is making work feel impossible. Please contact our clinical director at (614) 555-0127.",
 "Tricky: the 'especially when' clause restates the reviewer's anxiety and its effect on her job."),
# r7 urgent care (no PHI)
(7, "", "Thank you for the feedback. The wait times we post should reflect reality, and we're reviewing how the website estimate is calculated and how updates are shared in the lobby. Please reach our site manager, Lou Brennan, at (317) 555-0129.",
 "Tricky safe: treats the wait time as a practice-wide operational issue."),
(7, "D", "Our clinic triages by medical need, not arrival order, as the sign at check-in clearly states. Online wait estimates were never a promise.",
 "Contradicts the reviewer and cites policy against him, with no personal details."),
(7, "CGI", "So sorry! We guarantee you'll never wait more than 15 minutes again, and the copay for your next visit is on us.",
 "Promises a service outcome, offers a free copay and implies a future visit."),
# r8 orthopedics
(8, "", "Thank you for the thoughtful feedback, and we'll share your kind words with Dr. Szabo. Clear, upfront information about charges matters to us, and our billing lead, Marcus Hale, would be glad to go over any questions at (503) 555-0131.",
 "Tricky safe: passes praise to the named surgeon and treats charges as a practice-wide standard without the amounts or the injury."),
(8, "ECD", "Glad the shoulder is moving well! The facility fee applies to all surgical cases at our center and is disclosed in the consent packet, and the sling price reflects a fitted medical-grade version.",
 "Repeats the shoulder, sling and fee, confirms the surgery and argues that the charges were proper."),
# r9 obgyn
(9, "", "We are deeply sorry to read this. Every concern raised by anyone who calls us should be taken seriously and passed to a clinician, and we are reviewing how our team handles these calls. Our medical director, Dr. Alana Pierce, would like to speak with you personally at (307) 555-0134 or apierce@meadowlarkwomens.example.",
 "Speaks about call handling in general and offers a director's contact without mentioning the pregnancy, the birth or the readings."),
(9, "ENCD", "Our chart shows your blood pressure was rechecked before you left and was within range. Our nurse line followed protocol.",
 "Cites the reviewer's chart, adds a recheck she never mentioned and defends the staff."),
(9, "E", "We are deeply sorry to read this, and we're so glad to hear your little one is doing well now. Every concern should reach a clinician, and we're reviewing how calls are handled. Please call Dr. Alana Pierce at (307) 555-0134.",
 "Tricky: 'your little one is doing well' comments on the baby's health."),
(9, "ECG", "Hannah, we are heartbroken for you and Caleb. We've retrained every MA on blood pressure readings, and we promise nothing like this will ever happen to another mom here.",
 "Names the reviewer and her husband, repeats the blood pressure issue as if acknowledging it, and makes an unconditional promise."),
# r10 chiropractic
(10, "", "Thanks for the shout-out! We'll pass it along to Dr. Tran. Helping people get back to doing what they love is why we do this.",
 "Tricky safe: thanks the named doctor with a general mission statement."),
(10, "EM", "Thanks for the shout-out! We'll pass it along to Dr. Tran. Remember to lift with your legs out there at the feed store!",
 "Alludes to the reviewer's workplace and gives lifting advice."),
# r11 optometry
(11, "", "Thank you for letting us know. The insurance plans listed on our website should match what we actually accept, and we're correcting that page this week. For questions about charges, please contact our billing coordinator, Anita Shah, at (480) 555-0136 or billing@clearviewoptical.example.",
 "Tricky safe: fixes the insurance listing as a website issue without naming the plan or the amounts."),
(11, "ED", "We have never been in network with Davis Vision, and our website has never said otherwise. Contact lens fittings are billed separately, which is standard everywhere.",
 "Repeats the insurer and the service and contradicts the reviewer."),
# r12 urgent care (teen)
(12, "", "Thank you for the great review and the laugh! We'll pass your kind words along to Jordan. Our team works to keep things quick and low-stress for everyone, and we always want to hear how we can do better.",
 "Tricky safe: thanks the named PA and makes a general statement without mentioning the injury, the school or the crutches."),
(12, "ECM", "Hope the ankle is feeling better! Keep it iced and elevated, and bring the crutches back any time so we can adjust them. Good luck at Kingsbury!",
 "Repeats the injury, the crutches and the school, gives care advice and invites the reviewer back."),
# r13 audiology
(13, "", "What a wonderful review to read! We'll share it with Dr. Petrakis and the whole team. Patience and kindness are what we aim for with everyone who visits.",
 "Tricky safe: passes praise to the named audiologist and says nothing about hearing or the reviewer's family."),
(13, "ECG", "Marlene must be thrilled! Your new devices are covered by our lifetime satisfaction promise, so they'll keep sounding perfect for years.",
 "Names the wife, alludes to the hearing aids, confirms the fitting and promises the outcome."),
(13, "E", "Thank you for the kind words! We'll share them with Dr. Petrakis. The choir is lucky to have you!",
 "Tricky: the closing line repeats a personal detail from the review."),
# r14 podiatry
(14, "", "We're sorry to hear about this experience. Anyone with an urgent concern should be able to reach us and get timely guidance, and our practice manager, Teresa Galvan, wants to hear from you directly at (570) 555-0138.",
 "Speaks about access in general and offers a contact without the toe, the infection or the diabetes."),
(14, "ECM", "Please don't wait until Thursday: with diabetes, a toe infection needs attention right away. Go to urgent care today and keep it clean and dry.",
 "Repeats the condition and infection, refers to the reviewer's booking and gives medical instructions."),
# r15 allergy
(15, "", "This made our whole week! \U0001f389 We'll make sure Dr. Mbeki and the nursing team see it. Seeing families head home smiling is one of the best parts of our job.",
 "Tricky safe: the closing line is a general statement about families, and the praise goes to staff the reviewer named."),
(15, "ECM", "What great news! Keep giving him a little peanut every day so the tolerance sticks, and hold on to those EpiPens just in case.",
 "Repeats the allergy and the EpiPens, gives dosing advice and treats the child as a patient."),
# r16 sleep medicine
(16, "", "Thank you for the feedback, and we'll pass your kind words on to Raul. Insurance paperwork shouldn't hold anyone up, and we're reviewing how quickly our office processes authorizations. Please call our patient advocate, Dana Whitlock, at (919) 555-0141.",
 "Tricky safe: addresses paperwork speed as a practice-wide process without naming the insurer, the test or the device."),
(16, "ENCM", "Please don't drive while drowsy until your CPAP arrives. Your study showed frequent events, so use the sleep-position tips we went over.",
 "Repeats the device and the drowsiness, discloses study findings and gives advice."),
# r17 gastroenterology
(17, "", "We're sorry to read this. Instructions from our office should be consistent no matter how they reach you, and we're reviewing our written materials and phone scripts together. Please reach our nurse manager, Colette Baptiste, at (216) 555-0143.",
 "Tricky safe: treats consistent instructions as an operational issue without naming the procedure or the prep."),
(17, "ECD", "Our prep sheet is very clear, and the phone nurse would never contradict it. Incomplete prep is the most common reason a procedure gets rescheduled.",
 "Alludes to the reviewer's prep and procedure and blames her for the reschedule."),
# r18 urology
(18, "", "Thank you for raising this. Discretion in hallways and at check-in matters to everyone, and we're reminding our whole team about it. Please contact our practice administrator, Leon Park, at (608) 555-0146.",
 "Tricky safe: privacy at check-in is an allowed operational topic, and nothing about the reviewer's condition is repeated."),
(18, "ENCD", "Your PSA was normal, so there was no urgency, but we should have called. Dr. Hume will go over it at your follow-up.",
 "Repeats the test, discloses the result, excuses the delay and refers to a follow-up visit."),
# r19 oncology infusion
(19, "", "Thank you for taking the time to write something so beautiful. We will make sure Keisha, Tom, Mrs. Lund and Dr. Faraday all read it; it will mean the world to them. Warmth is what we try to bring to everyone who walks through our doors, and we hear you about the chairs: blankets are always available at the front.",
 "Tricky safe: passes praise to named staff and answers the comfort point as an operational matter."),
(19, "ECMG", "What a journey! Tingling fingers from chemo usually fade within a few months, and with a team like this behind her, she's going to beat this.",
 "Repeats the symptom and treatment, gives a clinical prediction and promises an outcome."),
# r20 dialysis (Spanish)
(20, "", "Gracias por tomarse el tiempo de escribirnos. Queremos que cada persona que llega a nuestro centro reciba atenci\u00f3n r\u00e1pida y respetuosa, y estamos revisando el personal del turno de la ma\u00f1ana. Por favor llame a nuestra administradora, Marisol Pe\u00f1a, al (956) 555-0149.",
 "Spanish safe reply: a practice-wide commitment and a staffing review, with no mention of the husband or his treatment."),
(20, "ENC", "Sentimos mucho lo que pas\u00f3 con Rogelio. Ya hablamos con la enfermera y revisamos su f\u00edstula en la sesi\u00f3n del mi\u00e9rcoles; todo est\u00e1 bien.",
 "Spanish unsafe reply: names the husband, repeats the access site and discloses a later session and its finding."),
# r21 vein clinic
(21, "", "We're sorry to read this. Everyone should have a clear picture of what to expect, including costs, before they commit to anything with us, and we'd like to hear more. Please call our practice manager, Heidi Sorensen, at (773) 555-0152.",
 "Speaks about clear expectations in general without the treatment, the staining or the amount."),
(21, "ENCMD", "Temporary staining after sclerotherapy is listed on the consent form you signed and usually fades over 6 to 12 months. Dr. Ashby explained this at your consultation.",
 "Repeats the treatment and side effect, cites her consent and consultation, gives a clinical timeline and disputes her account."),
(21, "GI", "We're sorry to read this. Satisfaction is guaranteed here, and anyone unhappy with their results can request a full refund.",
 "Promises satisfaction unconditionally and offers a refund in public."),
# r22 home health
(22, "", "We're very sorry to read this. Every family we serve should be able to count on visits happening as scheduled and on a prompt call back. Our director of nursing, Joan Whitaker, wants to speak with you today at (570) 555-0154.",
 "States a practice-wide expectation and offers a director's number without naming the father or his condition."),
(22, "ENCG", "Denise, we've reassigned your dad's aide and added a backup nurse for his catheter care starting Monday. This will never happen again.",
 "Names the reviewer, repeats the catheter care, discloses staffing changes to his care and guarantees the outcome."),
# r23 speech therapy
(23, "", "This made us tear up too! We'll make sure Carolyn sees this. Watching confidence grow is the best part of what we do.",
 "Tricky safe: praise goes to the named therapist and the rest is general."),
(23, "ENC", "Go, Teddy! \U0001f95e Ms. Carolyn says he has been working so hard on his smooth speech in every session.",
 "Names the child, alludes to the stutter and adds the therapist's observations."),
# r24 nutrition
(24, "", "Thank you for the kind words! We'll share them with Lena. A judgment-free space is what we want for everyone who walks through our doors. You're right about our lot, too: street parking on Alder Avenue is free after 9 a.m. when it's full.",
 "Tricky safe: thanks the named dietitian and gives general parking information."),
(24, "E", "Thank you for the kind words! We'll share them with Lena. Twenty-two pounds is no small thing, so be proud!",
 "Tricky: the last line repeats the reviewer's weight loss."),
# r25 hospice
(25, "", "Thank you for sharing something so personal. We will make sure Ebony, Gabe and Pastor Lyle read your words. Comfort, dignity and being present for families are at the heart of what our team does, and we are here if you would ever like to talk: (330) 555-0156.",
 "Tricky safe: passes praise to named staff and offers a practice number without mentioning the grandfather or his illness."),
(25, "EC", "We are so sorry for the loss of Henry. It was an honor for our team to care for him and your family in Cedar Bend.",
 "Names the grandfather and town and confirms he was cared for."),
(25, "ECI", "Please accept our deepest sympathy. Our grief support groups are free for the families we've served, and we'd love to see you and Ruth there.",
 "Names the aunt, alludes to the death, implies the family was served and offers a free service."),
# r26 wound care
(26, "", "Thank you for the feedback and for the kind words about Yolanda. Starting on time matters, and we're reviewing our schedule. Our front office manager, Diane Cho, can answer questions about parking at (412) 555-0158.",
 "Tricky safe: praises named staff and treats delays and parking as operational, without the wound, the sugar or income."),
(26, "ENCI", "We'll validate your parking from now on, Bernard, and your heel is looking great.",
 "Names the reviewer, repeats the heel, adds a clinical observation and offers free parking."),
# r27 lab
(27, "", "We're sorry to read this. Everyone who comes to us should have a smooth, respectful experience, and we're reviewing specimen handling with our team. Please contact our lab supervisor, Rhonda Beale, at (505) 555-0161.",
 "Tricky safe: specimen handling is an operational process; the reply names no test and confirms no visit."),
(27, "ECM", "So sorry about the bruising! Warm compresses will help it fade. When you come back Monday, drink plenty of water beforehand so your veins are easier to find.",
 "Repeats the bruising, refers to the return visit and gives advice."),
# r28 imaging
(28, "", "Thank you for sharing this. Everyone should feel heard and comfortable before any scan begins, and we're reviewing how our technologists respond when someone raises a concern. Please call our imaging manager, Troy Akers, at (602) 555-0163.",
 "Tricky safe: 'any scan' is the centre's general service, and nothing about the reviewer's condition or billing is repeated."),
(28, "ENCD", "Our records show the scan was completed and the images were diagnostic, so Aetna was billed correctly.",
 "Cites the reviewer's records, adds a finding about the images, repeats the insurer and argues."),
# r29 pharmacy clinic
(29, "", "Thank you for the kind words about Omar! We're working on keeping appointment times on schedule, even at our busiest hours.",
 "Tricky safe: thanks the named pharmacist and addresses waits as an operational matter."),
(29, "ENC", "Thanks for stopping in! You're all set with both doses now, so there's no need to come back for that one.",
 "Alludes to the vaccine series, states her completion status and confirms she was seen."),
# r30 cardiology
(30, "", "We're sorry to hear this. Timely follow-up matters to everyone we serve, and we're looking at how result calls are handled. Please contact our patient care coordinator, Sharon Ames, at (608) 555-0165 so we can help.",
 "Speaks about follow-up in general and gives the practice's number rather than the one the reviewer posted."),
(30, "ENCM", "Mr. Bell, we'll call you at (608) 555-0147 today. Your monitor did show some extra beats, but nothing dangerous, so there's no need to worry.",
 "Names the reviewer, repeats his phone number, discloses a result and gives clinical reassurance."),
(30, "NC", "We're sorry to hear this. Timely follow-up matters to everyone we serve, and we've already passed your messages to the care team. Please contact Sharon Ames at (608) 555-0165.",
 "Tricky: 'we've already passed your messages' discloses contact history and confirms the relationship."),
# r31 endocrinology
(31, "", "Thank you for the kind words about Dr. Iyer and for the feedback. Making sure the portal and the pharmacy always say the same thing is something we expect of ourselves. Please reach our nurse coordinator, Bianca Reyes, at (303) 555-0167.",
 "Tricky safe: praises the named doctor and treats portal and pharmacy messages as an operational issue, without the medicine or the dose."),
(31, "ECG", "Thanks for the review! Dr. Iyer will get your thyroid perfectly balanced, and that's a promise.",
 "Repeats the condition, confirms the reviewer is being treated and promises an outcome."),
# r32 ENT (no PHI)
(32, "", "We're sorry to read this. Everyone who walks in deserves courtesy, and a simple question should always get a kind answer. We've shared this with our front desk team; please reach our office manager, Gail Fenner, at (585) 555-0169 if you'd like to talk.",
 "A courtesy standard and a contact, with nothing about the reviewer."),
(32, "CD", "We've reviewed our lobby camera, and our receptionist was polite throughout. We ask that everyone be respectful of our staff.",
 "Says the practice checked its own footage of the reviewer and argues with him."),
(32, "I", "So sorry! Stop by any time and we'll treat you to a free coffee from the caf\u00e9 downstairs.",
 "Tricky: even a free coffee is something of value offered in a public reply."),
# r33 plastic surgery
(33, "", "Thank you for sharing this, and for the kind words about Dr. Castellano. Anyone who calls our after-hours line should reach a real person quickly; we've fixed the voicemail problem and now test the line every week. Please call our practice manager, Yvette Lamar, at (214) 555-0172.",
 "Tricky safe: fixes the after-hours line as an operational issue without mentioning the surgery or the drains."),
(33, "ECM", "So sorry about the drain! A little leaking is normal in the first week; just reinforce the dressing and call us if it turns red.",
 "Repeats the drain problem, confirms the surgery and gives wound-care advice."),
# r34 pain management
(34, "", "Thank you for writing to us. Everyone deserves to be listened to, with time for questions, and treated with respect. Our clinic director, Dr. Ruth Calloway, would like to hear from you at (414) 555-0174.",
 "Speaks about respect in general and offers a contact without mentioning pain, medication or the injury."),
(34, "ENCMD", "Opioid tapers follow national guidance and are done for your safety. Our new physician reviewed your imaging before making that decision.",
 "Alludes to the pain medicine, adds that the imaging was reviewed, gives a clinical justification and defends the doctor."),
# r35 orthodontics
(35, "", "These are the reviews we live for! \U0001f601 We'll share this with Dr. Romero and Tess. Making every appointment something people look forward to is our goal.",
 "Tricky safe: passes praise to staff the reviewer named and speaks about appointments in general."),
(35, "ENCM", "Congrats, Kenji! Wear your retainer every night, and we'll see you for your 3-month retainer check.",
 "Names the child, gives care instructions and adds a future appointment with a named service."),
(35, "E", "These are the reviews we live for! We'll share this with Dr. Romero and Tess. Good luck on picture day!",
 "Tricky: 'picture day' repeats a personal detail about the child's school."),
# r36 pediatrics (Spanish)
(36, "", "Lamentamos mucho leer esto. Queremos que cada familia que nos llama reciba orientaci\u00f3n a tiempo, y estamos revisando c\u00f3mo manejamos las llamadas de la ma\u00f1ana. Por favor comun\u00edquese con nuestra gerente, Lorena D\u00edaz, al (915) 555-0176 o a gerencia@pediatriasol.example.",
 "Spanish safe reply: a general commitment about calls and a manager's contact, with nothing about the child."),
(36, "ECMD", "Sentimos lo de Valentina, pero la recepci\u00f3n sigui\u00f3 el protocolo: con fiebre y v\u00f3mito siempre recomendamos ir a urgencias.",
 "Spanish unsafe reply: names the child, repeats her symptoms, defends the front desk and gives clinical guidance."),
# r37 urgent care (Spanish)
(37, "", "\u00a1Muchas gracias por sus amables palabras! Le pasaremos su mensaje a Iv\u00e1n. Atender a cada persona en su idioma y con respeto es muy importante para nuestro equipo.",
 "Tricky safe: a Spanish reply that thanks the named nurse and states a general value about language access."),
(37, "ENCM", "\u00a1Gracias! Recuerde mantener los puntos secos y regrese en diez d\u00edas para que se los quitemos.",
 "Spanish unsafe reply: refers to the stitches, gives wound-care advice and schedules their removal."),
# r38 obgyn (Spanish)
(38, "", "Gracias por sus comentarios y por sus palabras sobre la Dra. Ben\u00edtez. Queremos que la informaci\u00f3n sobre cobros y seguros sea clara para todos. Nuestra coordinadora de facturaci\u00f3n, Alma Cruz, puede ayudarle al (956) 555-0178.",
 "Tricky safe: Spanish reply that thanks the named doctor and treats billing clarity as a general standard."),
(38, "ECD", "Su seguro Ambetter no cubre ultrasonidos sin autorizaci\u00f3n previa, y eso est\u00e1 en el formulario que usted firm\u00f3.",
 "Spanish unsafe reply: repeats the insurer and the scan, cites her signed form and blames her."),
# r39 fertility
(39, "", "Thank you both for sharing this! We'll pass your words on to Dr. Abiodun and our billing team. Reviews like this remind our whole team why we do this work.",
 "Tricky safe: passes praise to the named doctor and team without mentioning losses, the pregnancy or coverage."),
(39, "ECMG", "Congratulations! With your clotting issue under control, you'll have a perfectly healthy delivery.",
 "Repeats the diagnosis, implies the practice manages it, and promises a clinical outcome."),
# r40 physical therapy
(40, "", "Thank you for the feedback and for the kind words about Ben. Scheduling should work around the people we serve, and we're fixing how availability notes are saved in our system. Please call our front desk lead, Monique, at (336) 555-0181.",
 "Tricky safe: scheduling and system notes are operational, and nothing about the injury, the job or the copay is repeated."),
(40, "ENCD", "Our scheduling system shows your availability listed as 'any morning,' so the 7:30 slots were correct. No-show fees apply under the policy you signed.",
 "Cites the reviewer's record, repeats the time, discloses his scheduling notes and defends the fees."),
(40, "CI", "Thank you for the feedback! We'll waive any no-show fees on your account, no questions asked.",
 "Refers to the reviewer's account and offers a fee waiver."),
# r41 dental (no PHI)
(41, "", "Thank you! We'll make sure Marisela and Dr. Oyelaran both see this; they'll be thrilled. Our Saturday hours and free parking are there for everyone, and we're glad they make life a little easier.",
 "Tricky safe: praise for named staff and general facts about hours and parking."),
(41, "C", "Thank you! We'll make sure Marisela and Dr. Oyelaran both see this. We've loved having you in our practice family and can't wait for your next visit!",
 "Tricky: 'having you in our practice family' and 'your next visit' confirm the reviewer is a patient."),
(41, "CI", "Thanks for the shout-out! Refer a friend and you'll both get $25 off your next visit.",
 "Offers a referral discount and implies the reviewer is a patient."),
# r42 dermatology (teen)
(42, "", "Thanks for letting us know. Everyone deserves to feel listened to and to leave with clear next steps, and we'd like to hear more about this. You can reach our practice manager, Elena Brooks, at (801) 555-0183.",
 "Speaks about listening in general and offers the practice's contact without the skin condition, the age or the amount."),
(42, "CMD", "Our PA gave evidence-based counseling. Diet can absolutely play a role in breakouts.",
 "Confirms the PA saw the reviewer, defends the advice and makes a clinical claim about her situation."),
# r43 primary care (no PHI)
(43, "", "We're sorry for the frustration. Getting through on the phone shouldn't be this hard, and we've added staff to our phone lines during the morning rush. You can also email us at hello@maplecrestfamily.example.",
 "Tricky safe: phone access is an operational issue, and the reply uses the practice's own email."),
(43, "D", "Our average hold time is under four minutes. Perhaps you called during our lunch closure.",
 "Disputes the reviewer's account and blames him, with no personal details."),
(43, "NC", "We're sorry for the frustration. We can see you called us three times last week, and we've flagged your number so you get a call back first.",
 "Tricky: checking the phone log and flagging the number disclose contact history and the relationship."),
# r44 behavioral health
(44, "", "Thank you for sharing this. We'll pass your kind words to Dr. Feinberg, and we hear you about online booking: an upgrade is coming this spring. Warm, judgment-free care is what we want for everyone who reaches out.",
 "Tricky safe: praises the named doctor and addresses the booking tool without mentioning the baby, the diagnosis or the medicine."),
(44, "EC", "Thank you for sharing this. We'll pass your kind words to Dr. Feinberg. So many new moms struggle in silence, and we're glad you didn't.",
 "Tricky: 'new moms struggle' alludes to the postpartum condition, and 'glad you didn't' implies she came for care."),
# r45 general surgery
(45, "", "Thank you for the kind review! We'll share it with Dr. Oyelowo and the pre-op team, and we'll remind everyone to ask each person what name they prefer.",
 "Tricky safe: turns the nickname complaint into a practice-wide habit without using any name."),
(45, "E", "Thank you for the kind review, Frankie! We'll share it with Dr. Oyelowo.",
 "Tricky: greets the reviewer with the nickname from the review."),
(45, "ECM", "So glad the recovery has been smooth! Stick to low-fat meals for a few weeks while your body adjusts without a gallbladder.",
 "Repeats the surgery, confirms the recovery and gives dietary advice."),
# r46 medspa (no PHI)
(46, "", "Thank you for pointing this out! Our posted prices should match what people are quoted in person, and we're updating the website this week. Questions can go to hello@lumenaesthetics.example.",
 "Tricky safe: posted prices are an allowed operational topic."),
(46, "I", "So sorry for the confusion! Mention this review at the desk and we'll honor the old online prices for you.",
 "Offers a discount tied to the review."),
(46, "D", "Our website clearly states that prices are subject to change and that final pricing is set at an in-person consultation.",
 "Cites policy against the reviewer instead of acknowledging the point."),
# r47 chiropractic
(47, "", "We take concerns like these seriously and appreciate you taking the time to lay them out. Our clinic director, Dr. Priya Raman, would like to speak with you directly, and records requests are handled promptly once received. Please call (207) 555-0186 or email records@tidewaterchiro.example.",
 "Tricky safe: records handling is stated as a general process, with no mention of the reviewer's care, injury or plan."),
(47, "ENCD", "Mr. Halvorsen, your X-ray showed clear subluxation, and you signed the care plan agreement on March 14. Records requests take up to 30 days under our policy.",
 "Names the reviewer, discloses an X-ray finding, repeats the date and plan and cites policy against him."),
(47, "ECGI", "We're sorry you're frustrated. We'll cancel the rest of your plan balance, and we guarantee every records request will go out within 24 hours from now on.",
 "Alludes to the care plan, confirms the account, offers to cancel a balance and makes a guarantee."),
# r48 urgent care (no PHI)
(48, "", "Thank you for the honest feedback! We've turned the waiting-room TV down and set aside seating for anyone who is coughing or sneezing. We'd love to hear other ideas at feedback@northsideurgent.example.",
 "Tricky safe: practice-wide changes to the waiting room, with nothing about the reviewer."),
(48, "G", "Thank you! From now on our waiting room will always be quiet, and you'll never have to sit next to a sick person again.",
 "Tricky: friendly, but it makes an unconditional promise about the waiting room."),
# r49 optometry
(49, "", "What a lovely review! We'll pass it along to Dr. Santos. Helping kids feel relaxed and confident is one of our favorite parts of the job.",
 "Tricky safe: 'kids' is a general statement about the practice, and praise goes to the named doctor."),
(49, "ENCM", "So glad Ivy can see the board! Nearsightedness like hers tends to progress, so we'll want her back every 6 months, and she should wear the glasses full-time.",
 "Names the child, repeats the diagnosis, gives a clinical judgement and sets a follow-up schedule."),
# r50 dental
(50, "", "Thank you for bringing this to our attention. No one should be surprised by a charge, and our billing manager, Grant Osei, would like to go over this with you directly at (206) 555-0189 or billing@pugetsmiles.example.",
 "Treats surprise charges as a practice-wide concern and gives the practice's own contact details."),
(50, "ENCD", "Brandon, we emailed you at brandon.li.88@example.com. Account DX-55102-8 reflects scaling done because your gums required it, and you consented verbally.",
 "Names the reviewer, repeats his email and account, adds a clinical reason and claims consent."),
(50, "ECI", "We're sorry! We've reversed the $318 charge as a goodwill gesture.",
 "Repeats the amount, confirms the account and offers money back."),
]
