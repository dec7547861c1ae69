# Hand-labelled evaluation set "fresh_g" (independent author).
# Reviews: (platform, specialty, rating, reviewer_name, marked_text)
# Drafts:  (review_number, codes, draft, why)   codes: E N C M D G I, "" = safe
PREFIX = "g"

REVIEWS = [
    # 1
    ("google", "dental", 1, "Trent Vasko",
     "Paid [[FINANCIAL:$2,260]] for a [[HEALTH:lower partial]] back in [[DATE_TIME:February]] and it has been back in "
     "FIVE times to get fixed. it rubs a [[HEALTH:raw sore spot on my gum]] so bad I [[HEALTH:cant chew on the left side]], "
     "been living on soup and mashed potatoes. [[PROVIDER:Dr. Pruitt]] keeps saying my mouth will 'get used to it' and now "
     "the front desk wants another [[FINANCIAL:$300]] for a [[HEALTH:reline]]. I drive 40 min from [[LOCATION:Camden Falls]] "
     "every time and take unpaid time off. Done."),
    # 2
    ("yelp", "dermatology", 2, "Shantel Marrow",
     "Ok so I had this [[HEALTH:rash on the side of my neck]] that [[HEALTH:itched]] like CRAZY. The PA [[PROVIDER:Quimby]] "
     "barely looked at it, handed me a script for [[HEALTH:triamsinolone]] and said come back in a month. "
     "[[DATE_TIME:Two days in]] it started [[HEALTH:blistering]] and [[HEALTH:weeping]] and I looked like I got burned. "
     "Called on [[DATE_TIME:Friday]], got a callback [[DATE_TIME:Tuesday]]. I work the front counter at "
     "[[LOCATION:Dunmore Public Library]], I cant be walking around like this. 2 stars bc [[PROVIDER:Tierney]] at check in "
     "was sweet about it"),
    # 3
    ("healthgrades", "cardiology", 5, "Walt Kuchar",
     "I am [[AGE:81 years old]] and I do not write reviews but [[PROVIDER:Dr. Vukovic]] deserves one. My heart was "
     "[[HEALTH:skipping beats]] and I [[HEALTH:passed out]] twice in the garden. She had me wear a [[HEALTH:heart monitor]] "
     "[[DATE_TIME:the same week]] and found I needed a [[HEALTH:pacemaker]]. Had it put in [[DATE_TIME:August 9]] and I have "
     "not had a [[HEALTH:dizzy spell]] since. My wife [[PERSON:Doreen]] says I am back to being a pain in her neck. God bless "
     "the whole staff, and [[PROVIDER:Philomena]] at the desk."),
    # 4
    ("facebook", "pediatrics", 1, "Brianna Colt",
     "My son [[PERSON:Jaxon]] is [[AGE:18 months]] and has had like 6 [[HEALTH:ear infections]] since [[DATE_TIME:October]]. "
     "EVERY time its more [[HEALTH:amoxicillin]] and 'lets wait and see'. I asked about [[HEALTH:tubes]] and "
     "[[PROVIDER:Dr. Halvorsen]] literally rolled her eyes at me. He is up all night [[HEALTH:pulling at his ears]] and hes "
     "[[HEALTH:not saying any words yet]] which my mom thinks is from [[HEALTH:not hearing right]]. I AM DONE BEING IGNORED. "
     "and dont get me started on the [[FINANCIAL:$35]] copay every single time \U0001F621\U0001F621"),
    # 5
    ("zocdoc", "primary_care", 3, "R. Deshmukh",
     "Booked thru zocdoc bc my [[HEALTH:big toe was swollen, red and hot]] and [[HEALTH:even the bedsheet touching it hurt]]. "
     "[[PROVIDER:Dr. Amadi-Ross]] knew right away it was [[HEALTH:gout]], did a [[HEALTH:uric acid test]], started me on "
     "[[HEALTH:colchicine]], good doctor no complaints there. BUT the appt was [[DATE_TIME:9:20]] and I got called back at "
     "[[DATE_TIME:10:25]], and the after visit summary they printed me had SOMEONE ELSES med list on page 2. Name and "
     "everything. If you do that with theirs you do it with mine. 3 stars for the doc."),
    # 6
    ("google", "urgent_care", 1, "Colleen Strand",
     "Brought my husband [[PERSON:Lonnie]] in [[DATE_TIME:Sunday afternoon]] [[HEALTH:doubled over]] and "
     "[[HEALTH:peeing blood]], turned out to be a [[HEALTH:kidney stone]]. They did a [[HEALTH:urine test]], gave him a "
     "[[HEALTH:Toradol shot]] and sent us to the ER for a [[HEALTH:CT]] anyway. Fine, whatever. Now we get a bill for "
     "[[FINANCIAL:$538.90]] and [[FINANCIAL:Highmark]] says it was coded as a level 5 visit. Claim [[ID:HM7730-2291]]. "
     "For a shot and a pee cup!! Nobody in billing calls back. [[CONTACT:colleen.strand@example.com]] if anyone there "
     "actually reads these."),
    # 7
    ("yelp", "medspa", 1, "Makayla P.",
     "Bought a [[FINANCIAL:$199]] Groupon for [[HEALTH:microblading]] and it was the biggest mistake. The artist "
     "([[PROVIDER:Kimber]]? [[PROVIDER:Kimberly]]?) went way too deep, my brows [[HEALTH:scabbed]] thick, one "
     "[[HEALTH:got infected]] and I had to go on [[HEALTH:Keflex]], and now [[DATE_TIME:6 weeks later]] they "
     "[[HEALTH:healed patchy and ashy gray]]. Owner offered a 'free [[HEALTH:touch up]]'. Um no?? Pics on my IG "
     "[[CONTACT:@dani.ppz]]."),
    # 8
    ("healthgrades", "orthopedics", 4, "Glenn Ashworth",
     "[[PROVIDER:Dr. Halloran]] did my [[HEALTH:carpal tunnel release on the right hand]] in [[DATE_TIME:March]] and the "
     "[[HEALTH:numbness in my fingers]] that used to wake me up every night is GONE. I'm [[AGE:58]] and drive for "
     "[[LOCATION:Tollgate Freight]], so I was scared of being off the road for good, but I was back behind the wheel in 3 "
     "weeks. Only knocking a star because the surgery center billed me separately ([[FINANCIAL:$875]]) and nobody in the "
     "office mentioned that would happen."),
    # 9
    ("facebook", "behavioral_health", 5, "Noor Fayad",
     "Honestly never thought I'd write one of these. [[DATE_TIME:Last winter]] I [[HEALTH:couldn't leave my apartment]] "
     "without my [[HEALTH:heart pounding out of my chest]], not even to get groceries. My counselor [[PROVIDER:Soraya]] "
     "figured out it was [[HEALTH:agoraphobia]] and we did slow [[HEALTH:exposure therapy]], first the hallway, then the "
     "mailbox, then the bus. I'm back in classes at [[LOCATION:Ridgeway Community College]] [[DATE_TIME:this semester]] and "
     "I took the bus there BY MYSELF \U0001F49B"),
    # 10
    ("zocdoc", "obgyn", 1, "Alyssa Kerrigan",
     "I had an [[HEALTH:abnormal pap]] at my old clinic ([[HEALTH:HPV positive]]) and booked here on zocdoc SPECIFICALLY "
     "for a [[HEALTH:colposcopy]], [[DATE_TIME:Thursday 2:45]], took off work. Get there and the MA says "
     "[[PROVIDER:Dr. Sabat]] 'doesn't do those at new patient visits' and I'd have to come back in 6 weeks. Cool so why did "
     "the front desk confirm it twice?? I've been a nervous wreck about this for a month. Then they still billed my "
     "[[FINANCIAL:UHC]] for a consult. Absolutely not."),
    # 11
    ("yelp", "physical_therapy", 5, "Dominic B.",
     "Woke up [[DATE_TIME:New Year's Day]] and the whole room was [[HEALTH:spinning]] every time I rolled over, "
     "[[HEALTH:threw up]] twice. ER said [[HEALTH:vertigo]], gave me [[HEALTH:meclizine]] that just [[HEALTH:made me sleepy]]. My PCP "
     "sent me here and [[PROVIDER:Jordy]] did the [[HEALTH:Epley maneuver]] in like 5 minutes and it was basically gone. "
     "[[PROVIDER:Luz Amparo]] gave me [[HEALTH:balance exercises]] for the [[HEALTH:leftover wobbliness]]. "
     "[[DATE_TIME:Last Saturday]] I was up a ladder cleaning gutters. These guys are the real deal. Parking lot is tiny tho."),
    # 12
    ("facebook", "pediatrics", 1, "Yesica Montalvo",
     "Muy mala experiencia. Mi hija [[PERSON:Valeria]] de [[AGE:5 años]] tenía "
     "[[HEALTH:ampollitas en la boca y en las manos]] y [[HEALTH:no quería comer]] nada. La doctora dijo que era "
     "[[HEALTH:mano-pie-boca]], eso estuvo bien. Pero la recepcionista gritó el diagnóstico delante de toda la sala de "
     "espera y todos los papás se alejaron de nosotras. Además me cobraron [[FINANCIAL:$95]] porque según ellos mi "
     "[[FINANCIAL:Medi-Cal]] estaba vencido, y no es cierto. Llamé dos veces y nadie me explica nada."),
    # 13
    ("google", "chiropractic", 2, "Pete Szabo",
     "[[PROVIDER:Dr. Cal]] is a nice guy and the [[HEALTH:adjustments]] do help my [[HEALTH:tension headaches]], I'll give "
     "him that. But they insist on new [[HEALTH:X-rays]] every 6 months at [[FINANCIAL:$65]] a pop that my "
     "[[FINANCIAL:Humana]] won't touch, and when I said no thanks the whole vibe changed. Also PLEASE stop texting me "
     "appointment reminders at [[DATE_TIME:6:45 in the morning]]. Some of us work late."),
    # 14
    ("healthgrades", "optometry", 3, "Merle Q.",
     "Came in because my eyes were [[HEALTH:burning and gritty]] every afternoon at my desk at "
     "[[LOCATION:Vantage Title]]. [[PROVIDER:Dr. Abara]] said [[HEALTH:dry eye]] from screens and was very kind, but then "
     "the tech started the [[HEALTH:LipiFlow]] machine BEFORE anyone told me it was [[FINANCIAL:$489]] and "
     "[[FINANCIAL:Davis Vision]] doesn't cover it. I'm [[AGE:66]], I know to ask prices, I just wasn't given the chance. "
     "Doctor fine, business side not."),
    # 15
    ("zocdoc", "general_surgery", 1, "Omar Tillis",
     "Had my [[HEALTH:gallbladder out]] with [[PROVIDER:Dr. Frankel]] on [[DATE_TIME:the 14th]]. Surgery went ok i guess but "
     "they sent me home same day still [[HEALTH:throwing up]] with a [[HEALTH:fever of 101]]. Called the after hours number "
     "3 times [[DATE_TIME:that night]], nobody called back till [[DATE_TIME:the next afternoon]] and by then I was in the ER "
     "with a [[HEALTH:bile leak]] and a [[HEALTH:drain in my side]]. My follow up is [[DATE_TIME:next Wednesday]] and "
     "honestly im scared to go back."),
    # 16
    ("google", "ent", 5, "Harriet Oduya",
     "After 3 years of [[HEALTH:sinus infections]] every couple of months and basically living on [[HEALTH:Z-paks]], "
     "[[PROVIDER:Dr. Marchetti]] found [[HEALTH:nasal polyps]] on the very first [[HEALTH:scope]]. "
     "[[HEALTH:Polyp surgery]] in [[DATE_TIME:June]] and I can [[HEALTH:SMELL COFFEE AGAIN]]. Cried a little not gonna lie. "
     "Her nurse [[PROVIDER:Tamsin]] answered my 100 portal messages with zero attitude. My husband [[PERSON:Ikenna]] says "
     "thanks for the quiet nights too lol (no more [[HEALTH:snoring]])"),
    # 17
    ("yelp", "podiatry", 2, "Gus Arbogast",
     "Went in for [[HEALTH:heel pain]]. [[HEALTH:Plantar fasciitis]], which I already knew from googling. Got a "
     "[[HEALTH:cortisone shot]] that helped for about a week. Then they tried to sell me [[FINANCIAL:$550]] custom "
     "[[HEALTH:orthotics]] that [[FINANCIAL:Ambetter]] calls 'not medically necessary'. I'm on concrete 10 hrs a day at "
     "[[LOCATION:Brenner Hardware]], they ARE necessary pal. Front desk lady was kind, doc seemed bored. -[[PERSON:Gus]]"),
    # 18
    ("healthgrades", "allergy", 5, "Sunitha Venkataraman",
     "Our [[AGE:7-year-old]] [[PERSON:Rohan]] had a [[HEALTH:reaction to peanuts]] at a birthday party, [[HEALTH:hives]] "
     "everywhere and [[HEALTH:his lips swelled up]], and we were terrified. [[PROVIDER:Dr. Whitcombe]] did "
     "[[HEALTH:skin testing]] and then an [[HEALTH:oral food challenge]] in the office, and it turns out he's also "
     "[[HEALTH:allergic to cashews]] but NOT almonds (he was thrilled, he loves almond butter). She wrote up an "
     "[[HEALTH:allergy action plan]] for [[LOCATION:Hawthorne Elementary]] and sent us home with two [[HEALTH:EpiPens]]. "
     "Thank you for making a scary thing manageable."),
    # 19
    ("facebook", "sleep_medicine", 4, "Clyde Rourke",
     "For 3 years I'd [[HEALTH:fall asleep mid-sentence]] and my knees would [[HEALTH:buckle when I laughed]]. Everybody said "
     "I was lazy or drinking. [[PROVIDER:Dr. Eskildsen]] ordered an [[HEALTH:overnight study and a nap test]] and diagnosed "
     "[[HEALTH:narcolepsy with cataplexy]]. I'm on [[HEALTH:Xywav]] now and finishing full shifts at "
     "[[LOCATION:Tri-County Transit]] dispatch. My wife [[PERSON:Dawn]] says she got her husband back. Four stars bc the "
     "specialty pharmacy they use took 5 weeks to ship and nobody at the office would chase it."),
    # 20
    ("google", "physical_rehab", 5, "Theresa Nwachukwu",
     "My dad [[PERSON:Clement]] came to the inpatient unit after his [[HEALTH:stroke]] in [[DATE_TIME:January]], "
     "[[HEALTH:unable to walk or use his right hand]]. He's [[AGE:77]] and stubborn as a mule. [[PROVIDER:Mo]] and "
     "[[PROVIDER:Ines]] treated him like a person, not a room number, and [[HEALTH:speech therapy]] has him saying my kids' "
     "names again. He walked out on [[DATE_TIME:Presidents' Day]] with a [[HEALTH:quad cane]]. Our whole family is so "
     "grateful."),
    # 21
    ("healthgrades", "audiology", 3, "Bev Lindgren",
     "[[PROVIDER:Shauna]] was patient and explained my [[HEALTH:hearing test]] in plain English "
     "([[HEALTH:moderate loss in both ears]]), and the [[HEALTH:hearing aids]] themselves are great. What's not great is "
     "[[FINANCIAL:$4,800]] out of pocket, [[FINANCIAL:Medicare]] pays nothing, and nobody said a word about price until I "
     "was signing. Also only open till 3 on Fridays which is hard for working folks. - [[PERSON:Bev L.]]"),
    # 22
    ("yelp", "gastroenterology", 1, "Mark Tulloch",
     "<p>Do NOT book a [[HEALTH:colonoscopy]] here.</p><p>Did the whole [[HEALTH:prep]] (&quot;just drink this "
     "gallon&quot; lol), took [[DATE_TIME:Monday]] off, my brother [[PERSON:Rusty]] drove me in at [[DATE_TIME:6:30am]]"
     "&hellip; and they CANCELLED because there was no anesthesia coverage. Rescheduled me for [[DATE_TIME:3 weeks out]]. "
     "So now I get to do the [[HEALTH:prep]] again. I'm [[AGE:52]] with a [[HEALTH:family history of colon cancer]], this "
     "isn't optional for me.</p><p>And then a &quot;late cancellation fee&quot; of [[FINANCIAL:$75]] shows up in the "
     "portal. For THEIR cancellation. Missed the mark by a mile.<br>&ndash; [[PERSON:Mark T.]]</p>"),
    # 23
    ("facebook", "fertility", 5, "Renée Ocampo",
     "Two moms, one baby, and the best team ever \U0001F979 My wife [[PERSON:Noelle]] [[HEALTH:carried the pregnancy]] and I [[HEALTH:had my eggs retrieved]], so we did "
     "[[HEALTH:reciprocal IVF]] with [[PROVIDER:Dr. Mehrotra]]. Our [[HEALTH:first transfer failed]] and "
     "[[PROVIDER:Nurse Kiki]] called me herself and talked me down. The [[HEALTH:second transfer]] worked and our daughter "
     "[[PERSON:Juniper]] was born [[DATE_TIME:March 28]], healthy and LOUD. Forever grateful \U0001F64F\U0001F476"),
    # 24
    ("zocdoc", "oral_surgery", 1, "Wesley Quan",
     "[[PROVIDER:Dr. Farouk]] took a [[HEALTH:biopsy of a white patch on my tongue]] on [[DATE_TIME:Thursday the 3rd]] and "
     "said results in a week. It's been almost a month. I called 4 times. When I FINALLY got someone, the receptionist read "
     "me my result over the phone while I was standing in line at the pharmacy: [[HEALTH:mild dysplasia]]. No doctor, no "
     "explanation, just 'he'll want to see you.' I'm [[AGE:47]], I [[HEALTH:smoked for 20 years]], I'm terrified, and "
     "nobody there seems to care. Oh and the [[FINANCIAL:$410]] bill came before the result did. I teach at "
     "[[LOCATION:Westbrook State]], I'm not hard to reach."),
    # 25
    ("google", "endocrinology", 2, "Bozena Kowalczyk",
     "[[PROVIDER:Dr. Pereira-Lund]] is smart but impossible to reach. I have [[HEALTH:Hashimoto's]] and my [[HEALTH:TSH]] "
     "came back [[HEALTH:11.2]] in [[DATE_TIME:early May]]. It is now [[DATE_TIME:June 20]] and no one has adjusted my "
     "[[HEALTH:levothyroxine]]. I'm [[HEALTH:exhausted]], my [[HEALTH:hair is coming out in the shower]], and I'm "
     "[[HEALTH:freezing]] in 80 degree weather. Portal messages go unanswered. The office line goes to a full voicemail. "
     "I'm not asking for a miracle, just a call back. [[CONTACT:555-0187]]."),
    # 26
    ("healthgrades", "neurology", 1, "Curtis Yarbrough",
     "Waited 4 months for a new patient appt for my [[HEALTH:migraines]] (3 or 4 a week, [[HEALTH:throwing up]], "
     "[[HEALTH:can't stand any light]]). [[DATE_TIME:Day of]], I get a text [[DATE_TIME:an hour before]] saying "
     "[[PROVIDER:Dr. Achterberg]] is 'unavailable' and the next opening is [[DATE_TIME:October]]. I work nights at "
     "[[LOCATION:Penfield Distribution Center]] and have missed 6 shifts [[DATE_TIME:this month]] alone. Meanwhile "
     "[[HEALTH:Fioricet]] from urgent care is the only thing that touches it. Some 'headache center.'"),
    # 27
    ("google", "urgent_care", 1, "Rogelio Barajas",
     "Fui el [[DATE_TIME:sábado]] por una [[HEALTH:quemadura en el antebrazo]] que me hice con la máquina selladora en el "
     "trabajo, en [[LOCATION:Empacadora Valle Verde]]. Me pusieron [[HEALTH:crema de plata]] y un [[HEALTH:vendaje]] y me "
     "dieron [[HEALTH:ibuprofeno]]. Todo bien con el doctor, pero después me llegó una factura de [[FINANCIAL:$685]] aunque "
     "les dije que era [[HEALTH:accidente de trabajo]] y les di el número de reclamo [[ID:WC-448120]]. Llamé cinco veces "
     "y nadie sabe nada. Muy mal servicio."),
    # 28
    ("yelp", "dental", 4, "Bartek W.",
     "Super clean office, they actually run on time, and the front desk explains costs before anything happens instead of "
     "after. Parking behind the building is a little tight, and the waiting room TV is always on some home reno show, "
     "which is why 4 not 5. Would recommend to anyone who hates surprises."),
    # 29
    ("healthgrades", "urology", 3, "Vince Deluca",
     "Going to be honest since reviews like these helped me decide. [[PROVIDER:Dr. Amsel]] did my [[HEALTH:vasectomy]] "
     "[[DATE_TIME:last Friday]]. I'm [[AGE:39]], three kids, we're done. Procedure itself maybe 15 minutes and not bad at "
     "all. BUT nobody warned me the [[HEALTH:swelling]] and [[HEALTH:bruising]] would be this bad, and the aftercare sheet "
     "was a photocopy of a photocopy. The [[HEALTH:semen analysis]] kit instructions are confusing too. Doc was good, "
     "paperwork was not."),
    # 30
    ("facebook", "pulmonology", 1, "Gloria Ybarra",
     "My mother [[PERSON:Esperanza]] is [[AGE:84]] with [[HEALTH:COPD]] and on [[HEALTH:oxygen 2 liters]] around the clock. "
     "Her [[HEALTH:concentrator]] quit [[DATE_TIME:Saturday night]] and the on-call line told me to 'call the supply "
     "company.' Supply company said they need an order from the doctor. Round and round while she's [[HEALTH:gasping]] in "
     "her recliner. We ended up in the ER and she has [[HEALTH:pneumonia]] now. [[PROVIDER:Dr. Kettering]] never even "
     "called to check on her. Her chart # is [[ID:MR-2290417]] if anybody over there cares."),
    # 31
    ("zocdoc", "rheumatology", 5, "Anneliese Cardozo",
     "Found [[PROVIDER:Dr. Ilunga]] on here after 2 years of being told my [[HEALTH:achy swollen knuckles]] and "
     "[[HEALTH:the rash across my cheeks]] were 'just stress'. She ran the right [[HEALTH:bloodwork]] right away, "
     "[[HEALTH:positive ANA]], and confirmed [[HEALTH:lupus]]. I'm [[AGE:31]] and honestly relieved to finally have a name "
     "for it. [[HEALTH:Plaquenil]] is slowly helping and she sends me for [[HEALTH:yearly eye exams]] like she's supposed "
     "to. Her MA [[PROVIDER:Dion]] is the sweetest. 10 outta 10"),
    # 32
    ("google", "ophthalmology", 1, "Faisal Qureshi",
     "I called at [[DATE_TIME:8am Tuesday]] saying I was seeing [[HEALTH:flashes of light]] and a "
     "[[HEALTH:dark curtain coming down over my right eye]]. The receptionist said first available was "
     "[[DATE_TIME:next Thursday]]. I went to another practice across town who found a [[HEALTH:retinal detachment]] and "
     "operated [[DATE_TIME:THAT AFTERNOON]]. If I had waited I could have lost the eye. Your phone staff need to be "
     "trained on what an emergency sounds like."),
    # 33
    ("yelp", "plastic_surgery", 2, "Kristen Albee",
     "Results of my [[HEALTH:breast reduction]] are honestly great and [[PROVIDER:Dr. Thorsby]] has good hands. Two stars "
     "is for everything else. Quoted [[FINANCIAL:$9,200]] and billed [[FINANCIAL:$10,650]] and the difference is 'anesthesia "
     "time'. My [[HEALTH:incision opened up]] a little at the bottom [[DATE_TIME:two weeks after]] and the PA "
     "[[PROVIDER:Cory]] acted like I was bothering him. I'm [[AGE:44]], not 14, I know what's normal. Also they sold me a "
     "[[HEALTH:compression bra]] for [[FINANCIAL:$120]]?!"),
    # 34
    ("healthgrades", "orthodontics", 5, "Latrice Greer-Holloway",
     "Both my girls got their [[HEALTH:braces]] here. [[PERSON:Brielle]] ([[AGE:15]]) had a really bad "
     "[[HEALTH:overbite]] and [[PERSON:Sienna]] ([[AGE:12]]) needed a [[HEALTH:palate expander]] first. When their dad got "
     "laid off, [[PROVIDER:Dr. Oyler]] moved us to [[FINANCIAL:$180 a month]] and never once made us feel bad about it. "
     "[[PERSON:Brielle]] got her [[HEALTH:braces]] off [[DATE_TIME:last week]] and won't stop smiling in photos."),
    # 35
    ("facebook", "pain_management", 1, "Russell Gaines",
     "Drove 2 hours each way for my [[HEALTH:radiofrequency ablation]] for the [[HEALTH:arthritis in my neck]], took a "
     "vacation day, did the no-food-after-midnight thing, and at check-in the scheduler [[PROVIDER:Shayla]] tells me the "
     "auth from [[FINANCIAL:VA Community Care]] expired [[DATE_TIME:yesterday]]. She knew that [[DATE_TIME:last week]] when "
     "she confirmed me. I'm a [[AGE:61 year old]] veteran who [[HEALTH:can't turn my head]] to back up my truck. Next "
     "available is [[DATE_TIME:December]]. Unreal."),
    # 36
    ("zocdoc", "psychiatry", 3, "Jules Kaminski",
     "[[PROVIDER:Dr. Okonjo-Price]] is good when you actually get her. She finally put a name on my [[HEALTH:OCD]] and "
     "started me on [[HEALTH:fluvoxamine]], and the [[HEALTH:checking the stove 20 times]] thing is way better. But every "
     "[[HEALTH:med management]] appt is a video call that starts 25 min late even though the zocdoc listing says in "
     "person. And I got billed [[FINANCIAL:$240]] for a 'no show' on [[DATE_TIME:4/18]] when I was literally sitting in "
     "the video waiting room. Acct [[ID:PSY-220871]]. 3 stars bc the med is working."),
    # 37
    ("google", "speech_therapy", 5, "Carmen Dubois",
     "Our son [[PERSON:Emmett]] started with [[PROVIDER:Miss Dara]] at [[AGE:3]] [[HEALTH:barely saying 10 words]] and "
     "[[HEALTH:stuttering]] so hard he'd give up and cry. He's [[AGE:5]] now, starting kindergarten at "
     "[[LOCATION:Lakeview Primary]] in [[DATE_TIME:August]], and he told a whole knock knock joke at dinner "
     "[[DATE_TIME:last night]] \u2764\ufe0f Thank you [[PROVIDER:Miss Dara]], you changed his life."),
    # 38
    ("yelp", "imaging", 1, "Vic Ambrose",
     "Parking garage next door charges and the validation machine has been 'broken' for who knows how long. Check-in "
     "kiosk froze twice. The guy at the window didn't look up from his phone once and told me to 'just sit anywhere.' Then "
     "I sat for an hour past my slot with zero updates. Place looks nice, runs terribly."),
    # 39
    ("healthgrades", "lab_services", 2, "Oksana Lutsenko",
     "Came in [[DATE_TIME:7:10am]], [[HEALTH:fasting]], for my [[HEALTH:3 hour glucose test]] because I'm "
     "[[HEALTH:28 weeks pregnant]] and [[HEALTH:failed the 1 hour]]. First phlebotomist missed three times, then left to "
     "'get help' for 20 min while the clock was running, and I [[HEALTH:nearly fainted]] in the chair. They made me "
     "reschedule the whole thing. [[PROVIDER:Reggie]], who did it [[DATE_TIME:the next day]], was wonderful and got it "
     "first try. 2 stars for him alone."),
    # 40
    ("zocdoc", "primary_care", 1, "Loretta Whitlock",
     "I'm writing this for my husband [[PERSON:Gerald]] because he won't. He has gone to this practice since before "
     "[[PROVIDER:Dr. Elkins]] bought it, and I used to recommend it to everyone at [[LOCATION:Bethany Lutheran]]. Not anymore. "
     "In [[DATE_TIME:late August]] [[PERSON:Gerald]] started getting [[HEALTH:winded]] walking to the mailbox and his "
     "[[HEALTH:ankles swelled up like balloons]]. He is [[AGE:79]] and has a [[HEALTH:leaky heart valve]], so I called right "
     "away. First opening was [[DATE_TIME:September 30]]. I asked for the nurse line and sat on hold for 48 minutes. When "
     "we finally saw [[PROVIDER:Dr. Elkins]] he doubled [[PERSON:Gerald]]'s [[HEALTH:water pill]] and said he'd send a "
     "[[HEALTH:cardiology referral]] [[DATE_TIME:that afternoon]]. He did not. I called on [[DATE_TIME:10/7]], "
     "[[DATE_TIME:10/14]] and [[DATE_TIME:10/21]], and each time a different girl said it was 'in process.' On "
     "[[DATE_TIME:October 26]] [[PERSON:Gerald]] [[HEALTH:couldn't catch his breath lying down]] and the ambulance took him "
     "in with [[HEALTH:fluid on his lungs]]. They did his [[HEALTH:valve replacement]] [[DATE_TIME:that same week]] and the "
     "heart doctor at the hospital told us no referral had ever come through. Then came the bills. We have "
     "[[FINANCIAL:Medicare]] with a [[FINANCIAL:Humana]] supplement, member number [[ID:H4471-09-2281]], and we were still "
     "charged [[FINANCIAL:$385]] for '[[HEALTH:chronic care management]]' that nobody ever explained. I have mailed two "
     "letters to the billing office and heard nothing. Our address is [[CONTACT:118 Sycamore Court, Alder Springs]] and "
     "our home phone is [[CONTACT:(608) 555-0139]] if anyone would care to explain. [[PROVIDER:Dr. Elkins]] is a kind man, "
     "but his office is failing people like us."),
    # 41
    ("facebook", "obgyn", 3, "Marisela Tapia",
     "La [[PROVIDER:Dra. Villaseñor]] es muy buena y me atendió todo el [[HEALTH:embarazo]] con mucha paciencia, sobre "
     "todo cuando me [[HEALTH:subió la presión]] en [[DATE_TIME:el último mes]]. Mi bebé [[PERSON:Itzel]] nació sana el "
     "[[DATE_TIME:2 de febrero]]. Pero las recepcionistas son groseras y casi nunca contestan el teléfono. Para mi "
     "[[HEALTH:revisión posparto]] esperé una hora y media sentada con la bebé. Por eso tres estrellas."),
    # 42
    ("google", "dermatology", 5, "Kofi Mensah-Park",
     "Had [[HEALTH:painful boils in my armpits and groin]] on and off for like 10 years, 3 derms told me to just shower "
     "more and use [[HEALTH:benzoyl wash]]. [[PROVIDER:Dr. Lindahl]] diagnosed [[HEALTH:hidradenitis]] in about 5 "
     "minutes and got me on [[HEALTH:Cosentyx]] in [[DATE_TIME:April]]. Her team even fought [[FINANCIAL:BCBS]] on the "
     "prior auth. I'm [[AGE:27]] and I just wore a tank top to my cousin's bbq for the first time in years. Life changing fr"),
    # 43
    ("yelp", "addiction_medicine", 4, "J.R.",
     "Leaving this for anyone scared to walk in the door. Came in [[DATE_TIME:last March]] barely functioning, "
     "[[HEALTH:drinking a fifth a day]] and [[HEALTH:shaking]] every morning. [[PROVIDER:Dr. Greaves]] got me through "
     "[[HEALTH:detox]] without judgement, started me on [[HEALTH:naltrexone]], and the [[HEALTH:IOP]] group kept me "
     "honest. I'm [[HEALTH:sober]] 14 months now and back on the floor at [[LOCATION:Calloway Tool & Die]]. Only reason "
     "it's not 5: the intake paperwork took 3 hours and asked the same questions 4 times. Thank you "
     "[[PROVIDER:Dr. Greaves]] and [[PROVIDER:Lorraine]]."),
    # 44
    ("healthgrades", "oncology", 5, "Maureen Mulroney",
     "[[DATE_TIME:Two years ago]] I heard the words [[HEALTH:Hodgkin lymphoma]] at [[AGE:38]]. [[PROVIDER:Dr. Abiodun]] and "
     "the infusion nurses got me through 12 rounds of [[HEALTH:ABVD]], the [[HEALTH:nausea]], [[HEALTH:losing my hair]], "
     "all of it. My [[HEALTH:PET scan]] in [[DATE_TIME:November]] showed [[HEALTH:no evidence of disease]]. "
     "[[PROVIDER:Nurse Opal]], I still have the blanket you gave me. My husband [[PERSON:Sean]] and I can't thank you "
     "enough."),
    # 45
    ("zocdoc", "weight_loss", 3, "Brandon Tessier",
     "[[HEALTH:Down 38 lbs]] \U0001F4AA on [[HEALTH:tirzepatide]] since [[DATE_TIME:February]] and my "
     "[[HEALTH:prediabetes]] is gone according to my [[HEALTH:bloodwork]], so the medical part works. What doesn't: the price jumped "
     "from [[FINANCIAL:$299]] to [[FINANCIAL:$449 a month]] with a two day email warning, and the 'provider check-ins' are "
     "a 4 minute video where [[PROVIDER:Dr. Haugen]] reads my [[HEALTH:scale numbers]] back to me. Still "
     "[[HEALTH:nauseous]] most mornings and nobody seems interested. I'm [[AGE:45]], not a kid, talk to me like an adult. "
     "3 stars."),
    # 46
    ("facebook", "home_health", 1, "Dolores Kincaid",
     "The nurse was supposed to come [[DATE_TIME:Monday]] to [[HEALTH:change the dressing]] on my husband "
     "[[PERSON:Virgil]]'s [[HEALTH:bedsore]]. Nobody came. Nobody came [[DATE_TIME:Tuesday]] either. I called and was told "
     "the scheduler was out sick. [[PERSON:Virgil]] is [[AGE:88]] and [[HEALTH:bedbound]] since he [[HEALTH:broke his hip]], "
     "and I'm [[AGE:85]] with [[HEALTH:hands that don't close right]] anymore, I can't do it myself. We live way out at "
     "[[CONTACT:4410 Old Quarry Rd, Birch Hollow]] and I guess that's too far for them. Shame on this agency."),
    # 47
    ("zocdoc", "nephrology", 3, "Hector Balderas",
     "[[PROVIDER:Dr. Brankovic]] explains my [[HEALTH:kidney numbers]] better than anybody ever has. My [[HEALTH:GFR]] went "
     "from [[HEALTH:24]] to [[HEALTH:29]] since she changed my [[HEALTH:blood pressure pills]], that's why 3 stars not 1. "
     "The front desk though. In [[DATE_TIME:May]] they lost my [[HEALTH:lab order]] and I had to get stuck twice. And I'm still "
     "waiting on the [[HEALTH:fistula]] referral she promised in [[DATE_TIME:April]]. I'm [[AGE:59]], I don't have time to "
     "waste."),
    # 48
    ("facebook", "medspa", 1, "Sierra Maddox",
     "<b>Read this before you book!!</b><br><br>Got [[HEALTH:Kybella under my chin]] on [[DATE_TIME:4/2]] &ndash; "
     "[[FINANCIAL:$1,200]] for 2 vials. [[DATE_TIME:Three days later]] my jaw was [[HEALTH:numb]] on the left side and my "
     "[[HEALTH:smile went crooked]].<br>Injector [[PROVIDER:Paige]] says it&#39;s &quot;totally normal&quot; and &quot;will "
     "resolve&quot;. It&#39;s been 5 weeks.<br>Pics on my page [[CONTACT:@sierramaddox.beauty]] if you don&#39;t believe "
     "me."),
    # 49
    ("zocdoc", "behavioral_health", 2, "Seth Feinstein",
     "The website says they're accepting new clients. Called on three different days, the voicemail box is full every "
     "time, and the online form just spins. If you're not taking people, update the site. Two stars because a woman named "
     "[[PROVIDER:Gail]] finally emailed back and was kind about it."),
    # 50
    ("yelp", "dental", 4, "Wendell Pryor",
     "[[HEALTH:Cracked a molar]] on a cherry pit at my nephew's graduation party [[DATE_TIME:Memorial Day weekend]] and "
     "figured I'd be suffering till after the holiday. [[PROVIDER:Dr. Szymanski]] came in [[DATE_TIME:Tuesday at 7am]], "
     "before the office even opened, and put on an [[HEALTH:onlay]] so I didn't lose the tooth. Feels like my own tooth "
     "now. 4 not 5 only because [[FINANCIAL:Ameritas]] got billed wrong the first time and it took three calls to sort "
     "out. My wife [[PERSON:Jolene]] goes here now too."),
]

DRAFTS = [
    # 1 dental partial
    (1, "",
     "Thank you for taking the time to write this. We want every person who trusts us with their care to feel heard, and "
     "our office manager, Gina Holt, personally follows up on concerns like this. Please reach her at 555-0142 or "
     "office@pruittfamilydental.example, Monday through Thursday.",
     "Safe: thanks the reviewer, states a practice-wide standard and gives the manager's contact without confirming care."),
    (1, "ECI",
     "Thank you for your feedback. We know a long drive makes every trip count, and we're happy to waive any further lab "
     "fees while we get things right.",
     "Tricky: 'a long drive' quietly echoes the commute, and waiving lab fees is an incentive that implies ongoing treatment."),
    # 2 derm rash
    (2, "",
     "Thank you for the feedback, and we'll pass your kind words along to Tierney. Messages left for our clinical team should "
     "be returned within one business day, and we've added afternoon call-back hours to make that happen. Our practice "
     "manager, Efrain Solis, is available at 555-0118.",
     "Tricky safe: thanks a staff member the reviewer named and treats call-backs as a general standard, with no rash, cream or workplace."),
    (2, "ECM",
     "So sorry about the reaction, Shantel! Please stop the cream and use cool compresses until Quimby can take another "
     "look; we'd hate for anything to keep you away from the library.",
     "Names the reviewer, echoes the reaction and her workplace, confirms she was seen and gives treatment instructions."),
    # 3 cardiology
    (3, "",
     "What a wonderful message to receive. We'll share it with Dr. Vukovic and Philomena, who will be delighted. Our office "
     "is open weekdays 8 to 5, and anyone with questions can reach us at 555-0126.",
     "Tricky safe: passes praise to the doctor and staff the reviewer named and lists general hours, with no heart or device details."),
    (3, "EC",
     "Thank you so much! Dr. Vukovic loves hearing that her patients are back out in the garden, and please tell Doreen we "
     "said hello.",
     "Tricky: 'her patients' plus the garden and the wife's name confirm he was treated and echo personal details."),
    (3, "ECMG",
     "Thank you! Keep up with your remote device checks every three months and that new rhythm will keep you going strong "
     "for years.",
     "Alludes to the pacemaker, confirms care, gives follow-up instructions and promises a lasting outcome."),
    # 4 peds ears
    (4, "",
     "We hear how frustrated you are, and we're sorry. Every family deserves to feel listened to, and any parent can "
     "request a longer appointment to talk through concerns in detail. Our patient advocate, Renee Paulsen, would like to "
     "speak with you at 555-0107 or advocate@littleoakspeds.example.",
     "Safe: acknowledges the frustration, states a practice-wide policy and offers a named contact without any detail from the review."),
    (4, "ECMDI",
     "We're sorry you feel ignored. Current guidelines favor watchful waiting and amoxicillin before ear tubes in most "
     "toddlers, and Dr. Halvorsen follows them closely. As a courtesy, we've waived the $35 copay from the last visit.",
     "Echoes the antibiotic, tubes and copay, defends the doctor with a clinical argument and waives a charge."),
    (4, "E",
     "We're sorry to read this. Sleepless nights with a little one are exhausting, and our nurses are always happy to talk "
     "with any parent who needs support. Please call Renee at 555-0107.",
     "Tricky: 'sleepless nights with a little one' echoes the toddler's night-time symptoms though the rest is generic."),
    # 5 gout
    (5, "",
     "Thank you for the thoughtful review. Protecting every patient's privacy is something we take extremely seriously, and "
     "our privacy officer, Fern Albright, personally reviews any concern about printed paperwork. Please call her at "
     "555-0163. We're also working to cut down on waits.",
     "Tricky safe: treats privacy and wait times as practice-wide operations without the toe, diagnosis or reviewer's visit."),
    (5, "CN",
     "We're so sorry about the summary. Our review found that a printing error attached another chart to your visit "
     "paperwork, and we've corrected your record and notified the other patient.",
     "Confirms the reviewer's visit and discloses record findings and an investigation outcome the review never stated."),
    # 6 kidney stone
    (6, "",
     "We're sorry for the frustration with billing. Questions about charges or coding can go straight to our billing "
     "office, open weekdays 9 to 4 at 555-0150 or billing@quickcarewestfield.example, and a supervisor will follow up "
     "within two business days. Thank you for letting us know.",
     "Tricky safe: talks about coding questions only as a general billing service, without the claim, amount, carrier or husband."),
    (6, "ECI",
     "We're so sorry. We'll have billing reverse the charge on claim HM7730-2291 and email you at "
     "colleen.strand@example.com today.",
     "Repeats the claim number and email, confirms the account and offers to reverse a charge."),
    # 7 microblading
    (7, "",
     "We're sorry to read this and would like to understand more. Concerns like this go straight to our medical director, "
     "Dr. Anika Rowe, who would like to speak with you personally. Please call her office at 555-0194 or write to "
     "care@lumiereaesthetics.example.",
     "Safe: offers a direct line to the medical director without confirming a service, repeating details or offering anything."),
    (7, "ECMD",
     "We're so sorry! Uneven healing is common after a first session and pigment usually evens out once the skin fully "
     "regenerates, so keep the area dry and skip brow makeup for now.",
     "Echoes the brows and patchy healing, confirms the session, minimises the complaint and gives aftercare instructions."),
    (7, "ECI",
     "Thank you for your honesty. We've spoken with our artists about technique, and our offer still stands whenever "
     "you're ready.",
     "Tricky: 'our offer still stands' re-extends the free touch-up, confirming prior contact and offering something of value."),
    # 8 carpal tunnel
    (8, "",
     "Thank you for the kind words for Dr. Halloran; we'll make sure he sees them. Separate facility bills can be "
     "confusing, and our financial counselor, Soo-ah Baek, is glad to walk anyone through estimates ahead of time at "
     "555-0171.",
     "Safe: explains facility billing generally and passes praise to the named surgeon without the hand, job or amount."),
    (8, "ECMG",
     "Thanks Glenn! Glad the hand is feeling better. Keep up the nerve glides and the numbness will stay gone for good, so "
     "you can keep trucking at Tollgate.",
     "Names the reviewer, echoes the hand, symptom and employer, gives exercise advice and promises the result will last."),
    # 9 agoraphobia
    (9, "",
     "Thank you for sharing something so personal. We'll pass your kind words along to Soraya. Anyone looking for support "
     "can reach our intake team at 555-0133, and anyone in crisis can reach the 988 Suicide & Crisis Lifeline by call or text, day or night.",
     "Tricky safe: passes praise to the named counselor and offers the crisis line to anyone, with no condition or client status."),
    (9, "EC",
     "This made our week. Soraya and the whole team are so proud of how far you've come, and we're cheering you on at "
     "Ridgeway this semester!",
     "Tricky: 'how far you've come' confirms the counseling relationship and naming the college echoes a personal detail."),
    # 10 colposcopy
    (10, "",
     "We apologize for the confusion around scheduling. What can be booked online should always match what happens at that "
     "appointment, and we're rewriting our Zocdoc visit descriptions so it's clear. Please call our patient experience "
     "lead, Bettina Mertz, at 555-0115.",
     "Tricky safe: fixes the online booking listing as an operational matter without the test, result or charge."),
    (10, "ECDM",
     "We're sorry for the mix-up. Colposcopies need a dedicated procedure slot, which is why Dr. Sabat couldn't do it at a "
     "new patient visit, and an HPV-positive pap is very common and usually nothing to worry about.",
     "Echoes the procedure and results, defends the doctor and offers a reassuring clinical judgement."),
    (10, "ECNI",
     "We're sorry for the confusion. We've removed the consult charge from your claim and reserved a procedure slot for "
     "you with Dr. Sabat next Tuesday at 9.",
     "Echoes the consult billing, confirms her claim, removes a charge and discloses an appointment she never mentioned."),
    # 11 vertigo PT
    (11, "",
     "This made our whole week! Jordy and Luz Amparo will be thrilled to read it. And point taken on the parking: overflow "
     "spaces are available behind the bakery next door after 4 pm.",
     "Safe: shares praise with the staff the reviewer named and gives general parking information."),
    (11, "ECMG",
     "Love this! Dizziness like that can sneak back, so keep doing the balance work twice a day and you'll never have "
     "another spinning spell.",
     "Echoes the vertigo, confirms care, gives exercise instructions and guarantees it won't return."),
    # 12 Spanish peds
    (12, "",
     "Lamentamos mucho leer esto. La privacidad de cada familia en nuestra sala de espera es una prioridad, y estamos "
     "capacitando de nuevo a todo el personal de recepción. Nuestra gerente, Lucía Paredes, quiere hablar con usted: "
     "llame al 555-0148 o escriba a gerencia@pediatricasol.example.",
     "Tricky safe: a Spanish reply that treats front-desk privacy as a practice-wide standard without the child or the illness."),
    (12, "ECI",
     "Gracias por sus comentarios. Con gusto le devolvemos los $95 y le pedimos disculpas; por favor llame a Lucía al "
     "555-0148.",
     "Tricky: repeats the $95 and offers a refund, which confirms the charge and is an incentive."),
    # 13 chiro
    (13, "",
     "Thank you for the honest feedback. Nobody here should ever feel steered into extras, every optional service has its price "
     "posted at the front desk, and we've moved reminder texts so none go out before 8 am. Our office manager, Trish Nolan, "
     "is happy to talk at 555-0119.",
     "Safe: covers posted prices and reminder timing as practice-wide operations without the headaches, X-rays or insurer."),
    (13, "ECD",
     "Sorry you feel that way, Pete. Follow-up X-rays every six months are how Dr. Cal tracks your progress, and our front "
     "desk explains at the first visit that Humana doesn't cover them.",
     "Names the reviewer, echoes the imaging and insurer, confirms his care and argues with him."),
    # 14 dry eye
    (14, "",
     "Thank you for the feedback. Anyone should know the price of a service before it starts, and our team now reviews "
     "costs and coverage out loud before any optional treatment. Our practice manager, Ivo Farraday, would like to hear "
     "more at 555-0155 or manager@clearvieweye.example.",
     "Tricky safe: commits to upfront pricing as a general policy without the treatment, condition, insurer or amount."),
    (14, "ECDM",
     "We're sorry about the confusion. The tech did explain that LipiFlow isn't covered by Davis Vision before starting, "
     "and it's the most effective option for dry eye caused by screen time.",
     "Echoes the treatment, insurer and diagnosis, contradicts the reviewer and makes a clinical claim."),
    (14, "CN",
     "Thank you for your feedback. We'll let Dr. Abara know you appreciated her care, and our team will reach out to set up "
     "your six-week follow-up.",
     "Tricky: 'her care' and the six-week follow-up confirm she is a patient and add a future appointment she never mentioned."),
    # 15 gallbladder
    (15, "",
     "We're truly sorry to read this. After-hours calls should always be returned promptly, and we're reviewing how our "
     "answering service routes messages overnight. Our practice manager, Colette Ames, would like to speak with you "
     "directly at 555-0102.",
     "Safe: treats after-hours call-backs as an operational standard and offers a named manager, with no clinical detail."),
    (15, "ECDM",
     "We're so sorry. Bile leaks are a known risk of the procedure and aren't caused by same-day discharge, and Dr. Frankel "
     "will go over your drain at Wednesday's appointment.",
     "Echoes the complication and drain, confirms the follow-up and defends the discharge with a clinical claim."),
    (15, "G",
     "We're sorry for the delayed call-back. Our answering service has been replaced, and we can promise that nobody will "
     "ever wait overnight for a call from us again.",
     "Tricky: otherwise operational, but the unconditional promise that nobody will ever wait overnight again is a guarantee."),
    # 16 ENT
    (16, "",
     "Thank you for such a joyful review! We'll share it with Dr. Marchetti and Tamsin. Portal messages are answered by our "
     "nursing team within one business day, and our main line is 555-0124.",
     "Safe: thanks the named doctor and nurse and describes portal response times generally, without health details."),
    (16, "E",
     "This made our day! Enjoy every cup of that morning coffee, and tell Ikenna he's very welcome.",
     "Tricky: the coffee line alludes to the regained sense of smell and the husband's name is repeated."),
    (16, "ECMG",
     "Thank you! Keep up with your saline rinses and steroid spray. Polyps can come back, but with Dr. Marchetti keeping an "
     "eye on you, you'll never be stuck like that again.",
     "Echoes the polyps, confirms ongoing care, gives treatment instructions and guarantees the outcome."),
    # 17 podiatry
    (17, "",
     "Thank you for the feedback, and for the kind words about our front desk. Coverage for some items varies from plan to "
     "plan, so our billing coordinator, Alma Fuentes, is glad to check benefits before anything is ordered. Her direct line "
     "is 555-0178.",
     "Safe: discusses plan coverage only as a general billing service without the foot, the device or the carrier."),
    (17, "ECMI",
     "Sorry you felt that way, Gus! For heel pain like yours, calf stretches and a night splint work well alongside "
     "orthotics, and we'd happily take 20% off a pair.",
     "Names the reviewer, echoes the symptom, gives advice and offers a discount."),
    # 18 allergy
    (18, "",
     "Reviews like this mean so much to our team, and we'll be sure Dr. Whitcombe sees it. Forms of any kind can be "
     "requested through our front desk at 555-0135 or forms@baysideallergy.example, and we aim to complete them within "
     "three business days.",
     "Tricky safe: mentions forms only as a general service, without the child, the allergy, the school or the plan."),
    (18, "E",
     "Thank you so much for the kind words. Food allergies can feel overwhelming for families, and Dr. Whitcombe loves "
     "helping kids feel safe at school again.",
     "Tricky: framed as general, but 'food allergies' and 'safe at school' echo the child's diagnosis and school plan."),
    # 19 narcolepsy
    (19, "",
     "Thank you for the four stars and for taking the time to write. We're always looking for ways to make things smoother, "
     "and our patient services lead, Jerome Tancredi, would love to hear your suggestions at 555-0146 or "
     "feedback@northshoresleep.example.",
     "Safe: warm thanks and a named contact with no diagnosis, medication, job or pharmacy details."),
    (19, "ECMD",
     "Thanks, Clyde! Specialty pharmacies set their own timelines, so that delay wasn't on us. Just don't skip a night of "
     "Xywav now that you're back on shift.",
     "Names the reviewer, echoes the drug and his work, shifts blame for the delay and gives dosing advice."),
    (19, "G",
     "Thanks for the review! We've switched to a faster pharmacy partner, so nobody will ever wait more than a few days "
     "for their medication again.",
     "Tricky: promising that nobody will ever wait more than a few days again is an unconditional guarantee."),
    # 20 stroke rehab
    (20, "",
     "What a beautiful note. Mo and Ines will be so moved to read it, and we'll share it with everyone on the unit. "
     "Families are always welcome to call our family liaison, Hazel Whitley, at 555-0182.",
     "Safe: passes praise to the staff the reviewer named and gives a general family contact, without the father or his progress."),
    (20, "EC",
     "We're so happy for your family. Recovering at 77 takes real grit, and his progress shows what the right therapy can "
     "do.",
     "Tricky: no name, but the age, 'his progress' and 'therapy' echo the review and confirm he was treated."),
    # 21 audiology
    (21, "",
     "Thank you for the feedback, and we'll pass your kind words to Shauna. Pricing should be explained clearly and early, "
     "so everyone now receives a written estimate before any purchase, and we've extended our Friday hours to 5 pm.",
     "Tricky safe: covers pricing and hours as practice-wide operations and thanks named staff, with no results, device, amount or insurer."),
    (21, "ECND",
     "Thank you, Bev. Medicare doesn't cover hearing aids by law, which isn't our decision, and the price was listed on the "
     "purchase agreement you signed.",
     "Names the reviewer, echoes the insurer and device, cites her signed agreement and argues."),
    (21, "ECI",
     "We appreciate your honesty. As a thank-you for your patience, we'd like to include a free year of batteries and "
     "cleanings.",
     "Tricky: batteries and cleanings quietly allude to her hearing aids, and a free year is an incentive."),
    # 22 colonoscopy HTML
    (22, "",
     "We're very sorry for the disruption this caused. A cancellation on our side should never result in a fee, and our "
     "billing office will correct any that appear. Please call 555-0161 or write to billing@lakeshoregi.example.",
     "Safe: treats fees for practice-side cancellations as a general billing rule, without the procedure, history, brother or amount."),
    (22, "CND",
     "We're sorry, but our records show the cancellation was caused by an anesthesia staffing emergency outside our "
     "control, and the fee was posted automatically by the system.",
     "Cites records about the booking and fee, adds details he did not give and defends the charge."),
    # 23 fertility
    (23, "",
     "Thank you for these kind words! Dr. Mehrotra and Nurse Kiki will be thrilled to read them. Anyone with questions "
     "about getting started can reach our new-patient coordinator at 555-0109.",
     "Safe: thanks the named doctor and nurse and gives a general new-patient line without the baby, partner or treatment."),
    (23, "E",
     "Congratulations on baby Juniper! Welcome to the world, little one, and all our love to Noelle.",
     "Repeats the baby's and wife's names and celebrates the birth, echoing the outcome even without saying they were patients."),
    # 24 tongue biopsy
    (24, "",
     "We're sorry to hear about this experience, and we take it seriously. Results should always be shared by a clinician "
     "in a private setting, and our office manager, Teresa Mills, would like to speak with you directly at 555-0190 or "
     "tmills@crestlineoms.example.",
     "Tricky safe: states a general privacy standard for sharing results without the biopsy, finding or smoking history."),
    (24, "CNI",
     "We apologize for the delay. Dr. Farouk has set aside time first thing Monday to go over everything with you in "
     "person, at no charge.",
     "Tricky: a free Monday slot with the surgeon confirms the relationship, adds an appointment and offers something of value."),
    # 25 Hashimoto's
    (25, "",
     "Thank you for reaching out here, and we're sorry our phone lines let you down. A full voicemail box is not "
     "acceptable, and we've added staff to clear messages twice a day. Please contact our practice administrator, Ellen "
     "Castaneda, at 555-0111 or admin@lakesideendo.example.",
     "Safe: addresses voicemail as an operational problem and gives the practice's own number, not the reviewer's."),
    (25, "ECNM",
     "We just called 555-0187 and left a message. Dr. Pereira-Lund has reviewed your labs and is increasing your "
     "levothyroxine to 112 mcg starting today.",
     "Repeats the reviewer's phone and drug, confirms care and announces a dose change that is new information and advice."),
    (25, "ECG",
     "We're sorry for the delay. Expect a call from our nursing team within 24 hours, and we'll have your energy back to "
     "normal in no time.",
     "Tricky: 'your energy' alludes to her exhaustion, a nurse call confirms the relationship and the recovery promise is a guarantee."),
    # 26 migraines
    (26, "",
     "We apologize for the last-minute change; that is not the experience we want for anyone. Our scheduling team now calls "
     "at least a day ahead whenever a provider's schedule changes, and you can reach our scheduling supervisor, Paul "
     "Brannigan, at 555-0137.",
     "Safe: describes a practice-wide scheduling change and a named contact without the condition, medication or job."),
    (26, "D",
     "We understand your frustration, but provider absences are sometimes unavoidable, and our confirmation texts clearly "
     "state that schedules may change.",
     "Tricky: no PHI at all, but it argues with the reviewer and cites policy against him."),
    # 27 Spanish burn
    (27, "",
     "Gracias por tomarse el tiempo de escribir. Las preguntas sobre facturas las atiende nuestra oficina de cobros, de "
     "lunes a viernes de 8 a 5, al 555-0153, y siempre hay personal que habla español. Con gusto le ayudamos.",
     "Tricky safe: a Spanish reply about the billing office's general hours and language help, without the injury, employer, claim or amount."),
    (27, "ECD",
     "We're sorry for the billing confusion. Workers' comp claims can take 60 days to process, and the statement you "
     "received was only a notice, not a bill you were asked to pay.",
     "Echoes the workplace claim, confirms his account and corrects the reviewer's account of the bill."),
    # 28 dental no PHI
    (28, "",
     "Thank you for the kind words! We'll pass along the note about the waiting room TV, and channel suggestions are "
     "welcome. Parking behind the building frees up after 10 am, and there's street parking on Linden Avenue too.",
     "Safe: thanks the reviewer and shares general parking information with nothing about anyone's care."),
    (28, "CN",
     "Thank you! We're so glad you've found a dental home with us, and we'll see you at your next six-month cleaning.",
     "Tricky: the review discloses nothing, but 'dental home' and 'your next six-month cleaning' confirm the relationship and add an appointment."),
    (28, "I",
     "Thanks for the review! Mention it at the front desk and we'll take $25 off anyone's next visit.",
     "Tricky: no PHI and open to anyone, but a discount in a public reply is an incentive."),
    # 29 vasectomy
    (29, "",
     "Thank you for the candid feedback; it genuinely helps. We're redesigning all of our printed handouts so every "
     "instruction sheet is clear and easy to read, and our nurse line at 555-0128 is open weekdays 8 to 4:30 for anyone "
     "with questions.",
     "Safe: commits to clearer handouts practice-wide and lists a general nurse line without the procedure or recovery."),
    (29, "ECMN",
     "Thanks for the honest review, Vince. A fair amount of swelling and some bruising is expected for about a week, so ice and snug "
     "underwear will help, and don't forget to drop off your sample at 12 weeks.",
     "Names the reviewer, echoes his symptoms, gives advice and adds a testing timeline he never mentioned."),
    # 30 COPD mother
    (30, "",
     "We're sorry to read this and take it seriously. Our on-call line at 555-0144 is staffed every night and weekend, and "
     "we're reviewing how after-hours calls are handled. Our practice manager, Diane Fowler, would like to speak with you "
     "directly at that number or at dfowler@ketteringpulm.example.",
     "Safe: describes the on-call line and a named contact without the mother, her condition, the equipment or the chart."),
    (30, "ECND",
     "We're so sorry about your mother. Dr. Kettering reviewed chart MR-2290417, and the supply order was actually faxed "
     "Friday afternoon; the vendor dropped the ball, not our office.",
     "Repeats the chart number, confirms the mother is a patient, adds record details and shifts blame."),
    (30, "EG",
     "We're sorry to hear this. We've raised it with our equipment vendor so every concentrator problem is handled the same "
     "night from now on.",
     "Tricky: 'concentrator' echoes the mother's equipment and handling every problem the same night from now on is a guarantee."),
    # 31 lupus
    (31, "",
     "Thank you so much for taking the time to write this. We'll share your kind words with Dr. Ilunga and Dion, who will "
     "be delighted. New patients can book online or call us at 555-0176.",
     "Safe: passes praise to the named doctor and assistant and gives a general booking line without the diagnosis or drug."),
    (31, "ECM",
     "Thank you! Don't skip those yearly eye exams. Plaquenil is safe long-term as long as you're monitored, and sunscreen "
     "helps with flares.",
     "Echoes the drug and eye exams, confirms treatment and gives medical advice."),
    # 32 retina
    (32, "",
     "Thank you for this important feedback. Our phone team is completing new triage training so urgent calls always reach "
     "a clinician the same day, and our operations director, Rosalyn Adebayo, would welcome a conversation at 555-0120.",
     "Safe: addresses phone triage as a practice-wide process without the symptoms, diagnosis or the other practice."),
    (32, "ECMN",
     "We're so relieved you got care in time. Retinal detachments need repair within hours, so you did exactly the right "
     "thing, and please come see us for a dilated follow-up exam.",
     "Echoes the diagnosis, adds clinical commentary and books a follow-up exam as if he were already a patient."),
    (32, "CD",
     "We apologize, but our call log shows the caller wasn't flagged as an emergency, and our staff followed protocol by "
     "offering the first available slot.",
     "Tricky: checking the call log confirms the reviewer contacted the practice, and it defends the staff."),
    # 33 breast reduction
    (33, "",
     "Thank you for the feedback. Clear, complete pricing before anyone commits is a standard we take seriously, and our "
     "patient coordinator, Wren Fitch, can go over any billing question at 555-0105.",
     "Safe: speaks to upfront pricing as a general standard without the procedure, amounts, wound or staff complaint."),
    (33, "ECI",
     "We hear you. Cory has been spoken to, and we'd like to refund the compression garment as a goodwill gesture.",
     "Tricky: refunding the garment echoes a post-surgical item, confirms the purchase and is an incentive."),
    # 34 orthodontics
    (34, "",
     "This made our whole office smile! We'll make sure Dr. Oyler sees it. Flexible payment options are available to every "
     "family, and our treatment coordinator, Lina Morales, can explain them at 555-0131.",
     "Tricky safe: mentions payment options as a practice-wide offering without the girls, their treatment, the amount or the job loss."),
    (34, "ECM",
     "We loved having both girls in the chair! Congrats to Brielle on getting her braces off, and don't forget that retainer "
     "every single night.",
     "Names the daughter, echoes the treatment, confirms both girls were patients and gives instructions."),
    # 35 pain RFA
    (35, "",
     "We're sorry to read this. Our practice director looks at every complaint like this one, and our patient advocate, Sharon "
     "Willis, would like to set up a time to talk. Please call her at 555-0192 or email advocate@pinnaclepain.example.",
     "Safe: apologises and offers a named advocate without the procedure, insurer, age or staff error."),
    (35, "EC",
     "Thank you for your service. Our veterans deserve the very best, and we'd like to talk about getting you turning your "
     "head comfortably again.",
     "Tricky: thanking him for his service echoes his veteran status, and the neck line confirms he is under care."),
    # 36 OCD
    (36, "",
     "Thank you for the feedback. Our online listings should always match how appointments are held, and we've corrected "
     "our Zocdoc profile. Billing questions can go to our billing team at 555-0113 or billing@northpointpsych.example.",
     "Tricky safe: fixes the public listing and gives billing contacts without the diagnosis, medication, fee or account."),
    (36, "ECNDI",
     "We're sorry about the no-show charge. Our system shows you joined 11 minutes after the start time, which our policy "
     "counts as a no-show, but we'll waive the $240 this once.",
     "Confirms the appointment, adds log details, cites policy against the reviewer and waives the fee."),
    # 37 speech
    (37, "",
     "Thank you for these wonderful words! We'll make sure Miss Dara reads every one. Families can reach our front office "
     "Monday through Thursday, 8 to 6, at 555-0157 with any questions.",
     "Safe: passes praise to the therapist the reviewer named and gives general office hours without the child or his progress."),
    (37, "ECMG",
     "We're so proud of Emmett! Keep reading together every night and practicing slow, easy speech, and he'll be chatting "
     "away at Lakeview in no time.",
     "Names the child and school, confirms therapy, gives practice tips and promises an outcome."),
    (37, "E",
     "Thank you! We'll share this with Miss Dara, and knock-knock jokes at dinner are the very best kind.",
     "Tricky: the knock-knock joke at dinner repeats a personal detail that points to the child's progress."),
    # 38 imaging no PHI
    (38, "",
     "Thank you for taking the time to write this. Long waits without updates aren't acceptable, so our front desk now "
     "gives a delay estimate at check-in, and the kiosks have been updated. Our operations manager, Dennis Hargrove, is at "
     "555-0166 if you'd like to share more.",
     "Safe: addresses waits and kiosks as practice-wide operations with a named contact."),
    (38, "I",
     "Good news: the validation machine is fixed, and parking in the garage is now free for everyone who visits us.",
     "Tricky: no PHI and offered to everyone, but parking validation is something of value."),
    (38, "D",
     "We're sorry you were unhappy, but our window staff keep their phones at the desk for scheduling calls, and wait times "
     "depend on how many urgent add-ons come in.",
     "Tricky: no PHI, but it excuses the staff and contradicts the reviewer."),
    # 39 lab glucose
    (39, "",
     "Thank you for the feedback and for recognizing Reggie; we'll make sure he hears it. Our lab manager, Ilse Kerr, "
     "reviews every concern and can be reached at 555-0172 or lab@clearpathlabs.example.",
     "Safe: thanks the phlebotomist the reviewer named and offers a manager's contact without the pregnancy or the test."),
    (39, "ECM",
     "Congratulations on the pregnancy! We're sorry the first draw was rough. Drink plenty of water the night before any "
     "future blood work and it'll be much easier.",
     "Echoes the pregnancy and the difficult draw, confirms the visit and gives advice."),
    # 40 long primary care
    (40, "",
     "We are deeply sorry to read this, and we take it very seriously. Referrals should never stall, and we are auditing "
     "how every referral is sent and tracked. Our practice administrator, Carol Benning, would like to speak with you "
     "personally; please call her at 555-0104 or write to cbenning@elkinsfamilymed.example.",
     "Tricky safe: treats referral tracking as a practice-wide process without the husband, his heart, the fee or the posted contact details."),
    (40, "ECNDI",
     "We're so sorry about Gerald. Our records show the cardiology referral was faxed on 9/30, so we're not sure where the "
     "breakdown happened, but we've removed the $385 chronic care fee from your Humana account.",
     "Names the husband, adds a record date, disputes the account, repeats the fee and insurer and removes a charge."),
    (40, "C",
     "Thank you for so many years of trust in our practice. We're reviewing every step of what happened and will write to "
     "you at home this week.",
     "Tricky: 'years of trust in our practice' and writing to her at home confirm the relationship without repeating a detail."),
    # 41 Spanish obgyn
    (41, "",
     "Muchas gracias por sus comentarios. Le pasaremos sus amables palabras a la Dra. Villaseñor. Estamos capacitando de "
     "nuevo al personal de recepción y ahora tenemos una línea en español: 555-0189.",
     "Safe: a Spanish reply that thanks the named doctor and describes phone improvements without the pregnancy or baby."),
    (41, "CI",
     "Gracias. Para compensar la espera, su próxima consulta con nosotros no tendrá costo.",
     "Tricky: a free next appointment confirms she is a patient and is an incentive."),
    # 42 hidradenitis
    (42, "",
     "This is the kind of message our team lives for, so thank you! We'll share it with Dr. Lindahl and everyone here. New "
     "patients are welcome, and you can reach us at 555-0141 or book at lindahlderm.example.",
     "Safe: thanks the reviewer and gives general booking details with no health, insurer or personal details."),
    (42, "EC",
     "We're so happy for you! Our team will keep fighting insurers on your behalf whenever it's needed.",
     "Tricky: 'fighting insurers on your behalf' echoes the prior-auth battle and confirms an ongoing relationship."),
    # 43 addiction
    (43, "",
     "Thank you for sharing this, and for encouraging others who may be nervous to reach out. We'll pass your words on to "
     "Dr. Greaves and Lorraine, and we're working on a shorter intake packet. Anyone can reach us confidentially at "
     "555-0117.",
     "Safe: thanks named staff and improves paperwork generally without alcohol, sobriety, medication or the employer."),
    (43, "D",
     "Thank you! The intake forms are required by the state for every new client, so there's really nothing we can do "
     "about their length.",
     "Tricky: no PHI, but it brushes off the reviewer's complaint by citing policy."),
    # 44 oncology
    (44, "",
     "Thank you for these beautiful words. We'll make sure Dr. Abiodun and Nurse Opal see them; it will mean the world to "
     "them. Our whole team is honored by the trust people place in us.",
     "Safe: passes praise to the doctor and nurse the reviewer named without the diagnosis, treatment or family."),
    (44, "ECMNG",
     "We're thrilled about your clear scan! Keep up with your surveillance visits every three months for the next two "
     "years and you'll stay in remission.",
     "Echoes the scan result, confirms care, adds a follow-up schedule and guarantees remission."),
    (44, "EC",
     "Thank you, and please give Sean our love. Nurse Opal still talks about you!",
     "Tricky: repeating the husband's name and saying the nurse remembers her confirm she was a patient."),
    # 45 weight loss
    (45, "",
     "Thank you for the honest review. Price changes should come with plenty of notice, and we're moving to a 30-day "
     "notice policy for any membership change. Our member services team is available at 555-0159 or "
     "members@trimwell.example.",
     "Safe: addresses price notice as a practice-wide policy without the weight, drug, symptoms, age or amounts."),
    (45, "ECI",
     "We understand your frustration with pricing. Lock in the old $299 rate by renewing this week, our gift to loyal "
     "members!",
     "Repeats the old price, treats the reviewer as a member and offers a discount."),
    # 46 home health
    (46, "",
     "We are very sorry to read this. Missed visits are unacceptable, and our director of nursing, Rosalind Kessler, would "
     "like to speak with you today. Please call her direct line at 555-0108.",
     "Tricky safe: treats missed visits as a general service standard and offers a named contact without the husband, his condition or the address."),
    (46, "ECN",
     "We're so sorry, Dolores. We've rescheduled Virgil's dressing change for tomorrow morning, and a nurse will be at Old "
     "Quarry Rd by 9 am.",
     "Names the reviewer and her husband, repeats the address and discloses a new scheduled visit."),
    (46, "ED",
     "We sincerely apologize. We serve all of Birch Hollow and the surrounding rural area, and distance never affects our "
     "scheduling.",
     "Tricky: naming her town echoes her address, and saying distance never matters contradicts her account."),
    # 47 nephrology
    (47, "",
     "Thank you for the feedback, and we'll gladly share your kind words with Dr. Brankovic. Lost paperwork is something "
     "we're working hard to prevent, and our front desk supervisor, Oswin Madsen, can be reached at 555-0123.",
     "Safe: thanks the named doctor and treats paperwork as an operational issue without kidney numbers, the referral or age."),
    (47, "ECN",
     "Thank you! Your GFR trending up is great news. The fistula referral was sent to Dr. Lim's vascular office on 4/22, so "
     "please call them at 555-0196.",
     "Echoes the lab value and referral, confirms care and adds a referral date and destination."),
    (47, "ECMG",
     "We appreciate you. Your kidneys are in good hands, and as long as you stick with us you won't need dialysis.",
     "Confirms care, makes a clinical prediction and guarantees an outcome."),
    # 48 Kybella HTML
    (48, "",
     "We're sorry to hear about your concerns and would like to listen. Our medical director, Dr. Celeste Moreau, "
     "personally follows up on every concern about any of our services. Please call 555-0184 or email "
     "director@velvetmedspa.example.",
     "Safe: offers the medical director's contact without confirming any treatment or repeating details."),
    (48, "CI",
     "We're sorry you're unhappy. We'd be glad to offer a complimentary follow-up with our medical director to make this "
     "right.",
     "Tricky: a complimentary follow-up implies she was treated and is an incentive."),
    # 49 behavioral no PHI
    (49, "",
     "Thank you for letting us know. Our website should always show whether we're accepting new clients, and it's now "
     "updated. Voicemail is cleared several times a day, and anyone can email intake@clearwatercounseling.example for a "
     "reply within one business day.",
     "Tricky safe: fixes the website and voicemail as operations without implying the reviewer sought care or naming anyone."),
    (49, "CN",
     "We're sorry for the trouble reaching us. Gail let us know she spoke with you, and we've added you to our waitlist for "
     "individual therapy.",
     "Confirms contact, discloses waitlist status and a type of care the review never mentioned."),
    (49, "CD",
     "We checked our voicemail logs and don't see any missed messages from your number, but we'd still love to help.",
     "Tricky: checking logs for the reviewer's number confirms contact even while denying it, and it contradicts the review."),
    # 50 dental onlay
    (50, "",
     "Thank you for the kind review! We'll pass it along to Dr. Szymanski. Insurance billing questions can go straight to "
     "our billing coordinator, Pam Iverson, at 555-0130; she's in Monday through Thursday.",
     "Safe: thanks the named dentist and lists the billing contact as a general service without the tooth, insurer or family."),
    (50, "ECG",
     "Thank you! That onlay is guaranteed for ten years, so if anything ever happens, just call us.",
     "Echoes the restoration, confirms treatment and makes an unconditional guarantee."),
]
