"""Held-out blind evaluation set fresh_j: 50 reviews, 120 drafts. All text invented."""

PREFIX = "j"

REVIEWS = [
    # 1
    ("google", "dental", 1, "Corinne Tull",
     "Had my [[HEALTH:night guard]] made here in [[DATE_TIME:February]] for [[HEALTH:grinding my teeth at night]] and it cracked in half [[DATE_TIME:six weeks later]]. They want another [[FINANCIAL:$475]] to remake it. Apparently the 'warranty' only counts if you bring it back in the original case, which my dog ate. Ok that part is on me. But [[PROVIDER:Dr. Pruitt]] also told me my [[HEALTH:TMJ]] would get better if I 'tried yoga.' Yoga. For a jaw that [[HEALTH:clicks every time I chew]]. I teach 3rd grade at [[LOCATION:Lakeview Elementary]], when exactly am I doing yoga"),
    # 2
    ("yelp", "orthodontics", 2, "Devika R.",
     "My daughter [[PERSON:Ishani]] has had [[HEALTH:braces]] here for almost three years now. It was supposed to be 18 months. Every visit its 'almost done' and they push it another 3 months. We're on our second [[HEALTH:expander]] because the first one came loose and nobody caught it for weeks. Payment plan was [[FINANCIAL:$210/month]] and we're way past the end of it, and now they want an extra [[FINANCIAL:$1,600]] for 'extended treatment.' Front desk is sweet, [[PROVIDER:Dr. Kessler]] barely says two words to her."),
    # 3
    ("healthgrades", "primary_care", 1, "Ambrose Kettering",
     "Been a patient 14 years. Went in [[DATE_TIME:last Thursday]] because I had [[HEALTH:lost 20 pounds without trying]] and was [[HEALTH:peeing every hour]]. The new NP didn't even check my [[HEALTH:sugar]], said it was probably my [[HEALTH:prostate]] and to cut back on coffee. My wife drove me to the walk-in clinic by our house in [[LOCATION:Dunmore]] [[DATE_TIME:that evening]] and my [[HEALTH:blood sugar was 412]]. [[HEALTH:Type 2 diabetes]]. I'm [[AGE:58]], not 90, I know my own body. Very disappointed after all these years."),
    # 4
    ("healthgrades", "pediatrics", 5, "Patience O.",
     "[[PROVIDER:Dr. Achebe-Lund]] has been a godsend for our twins and has the patience of a saint. [[PERSON:Rory]] was born with a [[HEALTH:heart murmur]] and [[PERSON:Finn]] has [[HEALTH:allergies to peanut, egg and sesame]] 🙄 and she coordinates with all the specialists so I'm not playing telephone. When [[PERSON:Finn]] had a [[HEALTH:reaction]] at daycare in [[DATE_TIME:April]] she called me herself [[DATE_TIME:that night]]. The boys are [[AGE:3]] now. We are never leaving. - [[PERSON:Patience O.]]"),
    # 5
    ("google", "dermatology", 1, "Lorenzo Batiste",
     "Waited 7 weeks for an appointment about my [[HEALTH:hair falling out in patches]]. Saw the doctor for under 5 minutes, he said '[[HEALTH:alopecia areata]], nothing to do' and walked out. No [[HEALTH:steroid injections]] offered, no [[HEALTH:bloodwork]], nada. Found out later there are like 3 FDA approved pills for it now. Paid a [[FINANCIAL:$95]] specialist copay to be told to just live with it."),
    # 6
    ("zocdoc", "obgyn", 2, "Whitney Caul",
     "Booked an [[HEALTH:annual exam]] through the app for [[DATE_TIME:9:40am]]. Got called back at [[DATE_TIME:11:05]]. The MA took my [[HEALTH:blood pressure]] in the hallway in front of two other people and asked, loudly, if I was still on the [[HEALTH:pill]]. [[PROVIDER:Dr. Oduya]] herself was lovely and did my [[HEALTH:pap]] quickly and gently, hence the second star. But the privacy thing really bothered me."),
    # 7
    ("facebook", "orthopedics", 5, "Gene Mastroianni",
     "Big thank you to [[PROVIDER:Dr. Varga]] and his whole team. I [[HEALTH:fell off a ladder]] cleaning gutters [[DATE_TIME:Memorial Day weekend]] and [[HEALTH:shattered my heel]]. [[HEALTH:Two plates and eleven screws]] later I'm back on my feet and back to delivering mail in [[LOCATION:Crestwood]]. [[AGE:61]] and still got it."),
    # 8
    ("google", "urgent_care", 1, "Brandon Oyler",
     "Took my roommate [[PERSON:Teddy]] in [[DATE_TIME:Saturday night]] after he [[HEALTH:sliced his thumb]] open on a mandoline. The doctor [[HEALTH:glued it]] instead of doing [[HEALTH:stitches]], fine, whatever, but they charged him [[FINANCIAL:$680]] and swore [[FINANCIAL:Ambetter]] would cover it. It didn't. Also the guy at the front desk asked him if he'd 'been drinking' in front of the entire waiting room. He had not. Zero stars if I could."),
    # 9
    ("healthgrades", "behavioral_health", 5, "M. Delacroix",
     "I started [[HEALTH:EMDR]] with [[PROVIDER:Rhiannon]] about a year after I was [[HEALTH:assaulted]] in a parking garage near my job at [[LOCATION:Halvorsen Insurance]]. I had [[HEALTH:nightmares]] almost every night and [[HEALTH:couldn't ride in an elevator]]. I'm not magically fixed, but [[DATE_TIME:last Monday]] I took the elevator up to the 9th floor without a [[HEALTH:panic attack]]. If you're on the fence, go."),
    # 10
    ("google", "chiropractic", 1, "Silas Brennecke",
     "Took [[HEALTH:X-rays]] I never asked for and billed me [[FINANCIAL:$340]]. Nobody explained them. Avoid."),
    # 11
    ("yelp", "medspa", 4, "Jade Thorne",
     "Did a series of [[HEALTH:IPL photofacials]] for the [[HEALTH:sun spots]] I got from 20 summers of lifeguarding at [[LOCATION:Rockaway]] ☀️ [[PROVIDER:Esme]] is meticulous and honest about what will and won't fade. Minus one star because the 'package price' of [[FINANCIAL:$1,050]] didn't include the [[HEALTH:numbing cream]], which is [[FINANCIAL:$35]] extra EVERY time?? Just build it in."),
    # 12
    ("google", "pediatrics", 1, "Shauna Pettigrew",
     "Our son [[PERSON:Malik]] has had an [[HEALTH:ear infection]] 5 times since [[DATE_TIME:October]]. Every single time its more [[HEALTH:amoxicillin]]. I asked three different times for a referral for [[HEALTH:tubes]] and got brushed off. Finally went around them, got the referral through our insurance directly, and he had [[HEALTH:tubes]] put in [[DATE_TIME:two weeks ago]]. He can HEAR now. He's [[AGE:2]]. I should not have had to fight my own pediatrician for that."),
    # 13
    ("facebook", "physical_therapy", 5, "Barb Lindgren",
     "Shout out to the whole crew!! After my [[HEALTH:stroke]] in [[DATE_TIME:January]] I [[HEALTH:couldn't lift my right arm or button my own coat]]. [[PROVIDER:Tomás]] and [[PROVIDER:Keely]] worked with me twice a week and now I'm back to quilting with my group at [[LOCATION:St. Brigid's]]. [[AGE:76 years old]] and stubborn as a mule."),
    # 14
    ("google", "cardiology", 1, "Denise Achterberg",
     "My dad [[PERSON:Augie]] ([[AGE:83]]) has a [[HEALTH:pacemaker]] that's supposed to be checked every 6 months. In [[DATE_TIME:March]] they cancelled his [[HEALTH:device check]] twice, then told us his cardiologist left and he'd have to 'reestablish' as a new patient with a four month wait. Meanwhile he's [[HEALTH:dizzy]] and [[HEALTH:short of breath]] walking to the mailbox. I have called six times. I'm his daughter, I'm on every form, and I still can't get a human being on the phone."),
    # 15
    ("zocdoc", "ent", 3, "Kiran Malhotra",
     "[[PROVIDER:Dr. Szabo]] was thorough, [[HEALTH:scoped my nose]] right there in the office and found [[HEALTH:polyps]] that explain my [[HEALTH:chronic sinus infections]]. Great doctor. The 3 stars is for the office: they booked my [[HEALTH:CT scan]] at their other location without telling me, so I drove 35 minutes to the wrong building and lost the slot."),
    # 16
    ("google", "urgent_care", 1, "Chloe Varnum",
     "Sign on the door says 'No appointment needed.' Got turned away 40 min before close because they were 'done for the day.' Ridiculous."),
    # 17
    ("yelp", "behavioral_health", 3, "Elspeth K.",
     "I've been seeing [[PROVIDER:Dr. Amani]] for [[HEALTH:OCD]] and she's great, [[HEALTH:ERP]] has honestly given me my life back. But the billing office is chaos. They switched systems over [[DATE_TIME:the summer]] and I've now gotten three different statements for the same month: [[FINANCIAL:$0.00]], [[FINANCIAL:$340]] and [[FINANCIAL:$1,015]]. My [[FINANCIAL:Harvard Pilgrim]] EOB says I owe [[FINANCIAL:$45]]. Who am I supposed to believe?? Account [[ID:PT-2290417]]. Please mail a corrected statement to [[CONTACT:1408 Birch Hollow Ln, Apt 3C, Easton PA]] because the portal still shows the old one."),
    # 18
    ("healthgrades", "endocrinology", 5, "Rosalind Petrakis",
     "Diagnosed with [[HEALTH:Hashimoto's]] at [[AGE:29]] and spent years [[HEALTH:exhausted]] and [[HEALTH:freezing cold]] on the wrong dose. [[PROVIDER:Dr. Lindahl]] actually looks at my [[HEALTH:TSH]] AND at how I feel, switched me from [[HEALTH:Synthroid]] to [[HEALTH:Armour]], and I have energy again. Her nurse [[PROVIDER:Mags]] sends my [[HEALTH:lab results]] within a day. Worth every minute of the drive from [[LOCATION:Pottsville]]."),
    # 19
    ("yelp", "dental", 1, "Kenji W.",
     "They [[HEALTH:drilled the wrong tooth]]. Let that sink in. I went in on [[DATE_TIME:12/3]] for a [[HEALTH:filling]] on the lower left and they did the lower RIGHT instead. Then they 'fixed' the left one too since I was 'already [[HEALTH:numb]].' Billed my [[FINANCIAL:MetLife]] for both. The office manager [[PROVIDER:Tara]] called it a 'miscommunication.' Ok."),
    # 20
    ("google", "obgyn", 5, "Leticia Barragán",
     "Quiero agradecer a la [[PROVIDER:Dra. Villalobos]] y a todo su equipo. Tuve un [[HEALTH:embarazo de alto riesgo]] por mi [[HEALTH:presión alta]] y me vieron cada semana hasta el final. Mi bebé [[PERSON:Valentina]] nació el [[DATE_TIME:2 de agosto]] por [[HEALTH:cesárea]] y las dos estamos muy bien. Las enfermeras siempre me explicaban todo en español. ¡Mil gracias! 🙏"),
    # 21
    ("google", "general_surgery", 1, "Marguerite Lamontagne",
     "I'm writing this for my mother, [[PERSON:Irene]], who is [[AGE:79]] and would never write a review herself. She had her [[HEALTH:gallbladder removed]] here on [[DATE_TIME:October 9]] after two trips to the ER for [[HEALTH:gallstone attacks]]. The surgery itself, from what we were told, went fine. Everything around it did not."
     "\n\n"
     "First, pre-op. We were told to arrive at [[DATE_TIME:5:30am]]. We drove in from [[LOCATION:Millersburg]], 50 minutes in the dark, and she wasn't taken back until [[DATE_TIME:10:15]]. She had been fasting since [[DATE_TIME:the night before]] and she is [[HEALTH:diabetic]]. Nobody checked her [[HEALTH:sugar]] until I asked twice. It was [[HEALTH:58]]."
     "\n\n"
     "Second, discharge. She was sent home [[DATE_TIME:the same afternoon]] still [[HEALTH:vomiting]], with a prescription for [[HEALTH:oxycodone]] even though her chart (I assume) says she [[HEALTH:can't take opioids]] because they make her [[HEALTH:confused]]. [[DATE_TIME:That night]] she [[HEALTH:didn't recognize me]] and tried to walk out the front door at [[DATE_TIME:3am]]. Her neighbor [[PERSON:Bev Odom]] helped me get her back to bed."
     "\n\n"
     "Third, follow-up. The discharge papers said someone would call within 48 hours. No one called. When I called on [[DATE_TIME:day four]], I was told [[PROVIDER:Dr. Brightwater]] was 'in surgery all week' and to take her to the ER if I was worried. The incision by her belly button was [[HEALTH:red and oozing]]. It turned out to be an [[HEALTH:infection]] and she needed [[HEALTH:Keflex]] for ten days."
     "\n\n"
     "Fourth, billing. We got a bill for [[FINANCIAL:$2,318.40]] because the anesthesiologist was 'out of network' even though the hospital and the surgeon are both in network with her [[FINANCIAL:Humana Gold Plus]] plan. Her member ID is [[ID:H54781093]] if anyone wants to actually look into it."
     "\n\n"
     "I am not saying the surgeon did a bad job. The [[HEALTH:gallstones]] are gone and that is what matters. But a [[AGE:79-year-old]] woman with [[HEALTH:diabetes]] deserves more than a conveyor belt. If you are caring for an older parent, ask about every one of these things before the day of surgery. - [[PERSON:Marguerite L.]]"),
    # 22
    ("facebook", "chiropractic", 5, "Travis Dunleavy",
     "22 yrs behind the wheel for [[LOCATION:Brannock Freight]] and my [[HEALTH:neck locks up]] every winter. [[PROVIDER:Dr. Sol]] had me turning my head both ways again in 3 visits, no upselling, no contracts. Saturday walk-ins too which is clutch."),
    # 23
    ("google", "optometry", 3, "Annika Forsberg",
     "Exam was great. [[PROVIDER:Dr. Adeyemi]] noticed my [[HEALTH:prescription had changed a lot]] and sent me for a [[HEALTH:retina scan]], which showed [[HEALTH:early macular degeneration]]. Glad they caught it. Less glad about the [[HEALTH:glasses]]: [[FINANCIAL:$640]] after my [[FINANCIAL:Davis Vision]] allowance, and the lenses had a scratch right out of the box. Took 3 weeks to get replacements."),
    # 24
    ("zocdoc", "allergy", 4, "Hollis Vanterpool",
     "Finally did [[HEALTH:allergy testing]] after years of [[HEALTH:sneezing]] through every spring. Turns out I'm [[HEALTH:allergic to dust mites and cats]] (RIP my dream of a cat). Started [[HEALTH:allergy shots]] [[DATE_TIME:last month]]. Staff is quick and kind. Only complaint: the shot clinic closes at 4:30 and I teach at [[LOCATION:Dellwood Middle School]], so I'm leaving early twice a week."),
    # 25
    ("google", "urgent_care", 2, "Benedikt Sauer",
     "Came in with a [[HEALTH:fish hook in my thumb]] (don't ask 🎣). PA [[PROVIDER:Corbin]] got it out fast and was hilarious about it. Two stars because I was told self-pay was [[FINANCIAL:$125]] flat and the bill came to [[FINANCIAL:$390]] with a '[[HEALTH:foreign body removal]]' line item. Nobody said a word about that at check in."),
    # 26
    ("healthgrades", "neurology", 1, "Gwendolyn Archer",
     "My husband [[PERSON:Desmond]] has had [[HEALTH:seizures]] since his [[HEALTH:head injury]] in [[DATE_TIME:2019]]. [[PROVIDER:Dr. Mbeki]] doubled his [[HEALTH:Keppra]] over the phone without seeing him and he became a different person: [[HEALTH:angry]], [[HEALTH:crying]], [[HEALTH:not sleeping]]. When I called about the [[HEALTH:mood changes]] the nurse said 'that's a known side effect' and that was it. It then took 2 months to get an [[HEALTH:EEG]] on the calendar. He can't drive, can't work at [[LOCATION:the distribution center]], and [[PROVIDER:Dr. Mbeki]] has not returned one call."),
    # 27
    ("google", "dental", 5, "Lucas Brandvold",
     "Honestly the nicest front desk team I've dealt with anywhere. They answer the phone, they call back, and they tell you what things cost up front. More of this please."),
    # 28
    ("yelp", "gastroenterology", 2, "Noor H.",
     "Scheduled an [[HEALTH:upper endoscopy]] for my [[HEALTH:swallowing problems]] and the office emailed me the prep sheet for a completely different procedure. I fasted the wrong way, showed up [[DATE_TIME:Friday]], and got sent home. Rescheduled for [[DATE_TIME:the 22nd]]. Meanwhile food still [[HEALTH:gets stuck halfway down]] at every meal. [[PROVIDER:Dr. Qureshi]] was apologetic, I'll give him that."),
    # 29
    ("google", "pediatrics", 4, "Courtney Lyle",
     "Mostly great. [[PROVIDER:Dr. Hwang]] figured out [[PERSON:Poppy]]'s [[HEALTH:tummy aches]] were [[HEALTH:lactose intolerance]] when everyone else said it was [[HEALTH:anxiety]] about starting kindergarten at [[LOCATION:Birchwood Elementary]]. Only 4 stars because the waiting room has zero separation between sick kids and well kids and we always seem to leave with a [[HEALTH:cold]]."),
    # 30
    ("facebook", "medspa", 1, "Kristen Vale",
     "BEWARE the 'membership.' Signed up at [[FINANCIAL:$149/month]] for [[HEALTH:facials]] and [[HEALTH:Botox]] credits. Tried to cancel in [[DATE_TIME:June]] and was told I need 60 days written notice BY CERTIFIED MAIL. Who even owns stamps. They are still charging my card ending in [[ID:4417]]. If the owner wants to explain, DM me at [[CONTACT:@kvale.beauty]]."),
    # 31
    ("google", "primary_care", 3, "Everett Quon",
     "[[PROVIDER:Dr. Salas]] is a good doc. Explained my [[HEALTH:cholesterol]] numbers like a human being and didn't just throw [[HEALTH:statins]] at me. But I scheduled my [[HEALTH:physical]] 4 months out and they cancelled it by text [[DATE_TIME:the day before]]. Next available: [[DATE_TIME:August]]. I drive in from [[LOCATION:Harlow Township]] and take a half day off from [[LOCATION:the water department]] every time, so that stings."),
    # 32
    ("zocdoc", "urology", 3, "A. Fenwick",
     "Booked online for [[HEALTH:blood in my urine]]. They had me [[HEALTH:pee in a cup]], did an [[HEALTH:ultrasound]], found a [[HEALTH:kidney stone]], great. But the urologist I booked with wasn't even in that day, so I saw a PA who didn't seem to know why I was there. Then they charged a [[FINANCIAL:$75]] 'late cancellation' fee for a follow-up THEY moved. Call me: [[CONTACT:(217) 555-0139]]."),
    # 33
    ("yelp", "dental", 1, "Ramón Quintero",
     "Muy mala experiencia. Fui por una [[HEALTH:extracción de muela del juicio]] y el dentista me dejó con [[HEALTH:la cara hinchada]] por cinco días. Cuando llamé para preguntar si era normal, la recepcionista me dijo que 'así es' y colgó. Terminé en urgencias con una [[HEALTH:infección]] y me dieron [[HEALTH:clindamicina]]. Además me cobraron [[FINANCIAL:$260]] que mi seguro [[FINANCIAL:Molina]] supuestamente cubría. No vuelvo."),
    # 34
    ("google", "orthodontics", 5, "Sienna Whitfield",
     "[[PROVIDER:Dr. Bautista]] and team are amazing!! Got [[HEALTH:clear aligners]] at [[AGE:42]] because I was tired of hiding my [[HEALTH:crooked bottom teeth]] in every photo. 11 months and done. The payment plan was easy and they even worked with my [[FINANCIAL:Ameritas]] ortho benefit. Tell [[PROVIDER:Shayla]] at the front desk I said hi!"),
    # 35
    ("healthgrades", "pain_management", 1, "Lowell Pritchard",
     "I have [[HEALTH:spinal stenosis]] and have been stable on the same dose of [[HEALTH:tramadol]] for years. New policy: everyone does a [[HEALTH:urine drug screen]] every visit, [[FINANCIAL:$180]] each and not covered, and when I asked why, [[PROVIDER:Dr. Ferrante]] said 'you can always go elsewhere.' I'm [[AGE:70]] and I get around with a [[HEALTH:rollator]]. Where exactly am I going?"),
    # 36
    ("google", "ent", 5, "Yolanda Pierce",
     "My [[AGE:6 year old]] [[PERSON:Dante]] [[HEALTH:snored like a freight train]] and was [[HEALTH:exhausted]] at school every day. [[PROVIDER:Dr. Albrecht]] took out his [[HEALTH:tonsils and adenoids]] on [[DATE_TIME:June 17]] and it's like I have a different kid. Sleeps all night, and his teachers at [[LOCATION:Fairmount Elementary]] say he's finally focused. Recovery was rough for a week but the nurses called every day to check in."),
    # 37
    ("facebook", "urgent_care", 3, "Desiree Flint",
     "Mixed bag. [[PROVIDER:Dr. Oyin]] was quick and caught my [[HEALTH:pneumonia]] on the [[HEALTH:chest x-ray]] when I thought it was just a bad [[HEALTH:cough]]. But then they sent my [[HEALTH:antibiotic]] to a pharmacy that closed two years ago, even though I gave them the one on [[LOCATION:Cortland Ave]] by my apartment. I was [[HEALTH:running a fever]] and driving around town for an hour trying to sort it out."),
    # 38
    ("google", "allergy", 1, "Philippa Wren",
     "My son had a [[HEALTH:severe reaction]] to his [[HEALTH:allergy shot]], [[HEALTH:hives]] everywhere and his [[HEALTH:lips swelled]], and the nurse told us to sit in the waiting room and 'see if it passes.' I had to ASK for the [[HEALTH:EpiPen]]. HE IS [[AGE:11]]. The doctor never came out. We left and got to the ER at [[DATE_TIME:4pm]] and they gave him [[HEALTH:epinephrine]] and [[HEALTH:steroids]] within minutes. Shameful."),
    # 39
    ("yelp", "plastic_surgery", 2, "Arden Mackey",
     "Consultation fee is NOT refundable and NOT applied toward anything, which nobody mentioned when I booked. The coordinator was pushy and kept saying prices go up next month. Felt like a car dealership with nicer couches."),
    # 40
    ("google", "nephrology", 4, "Cornelius Abara",
     "[[PROVIDER:Dr. Ilunga]] has been managing my [[HEALTH:stage 3 kidney disease]] since [[DATE_TIME:2021]] and my [[HEALTH:GFR]] has held steady at [[HEALTH:41]]. She changed my [[HEALTH:blood pressure pills]] and got me off the [[HEALTH:ibuprofen]] I was taking for my [[HEALTH:bad knees]], which no one had ever told me was a problem. Only downside is the lab is in a different building and with my [[HEALTH:bad hip]] that walk is no joke."),
    # 41
    ("zocdoc", "behavioral_health", 1, "Quinn Albright",
     "I'm [[AGE:22]] and finally got up the courage to get help for my [[HEALTH:eating disorder]]. First session, the therapist spent half the time talking about her own diet and then asked my [[HEALTH:weight]] with the door wide open. I didn't go back. To the practice: do better. To anyone else struggling: please don't give up after one bad experience like I almost did."),
    # 42
    ("healthgrades", "cardiology", 5, "Mildred Hancock",
     "I was [[HEALTH:out of breath]] just walking to church and figured it was my age ([[AGE:81]]). [[PROVIDER:Dr. Kaur]] found a [[HEALTH:leaky valve]] on my [[HEALTH:echocardiogram]] and sent me for a [[HEALTH:TAVR]] in [[DATE_TIME:May]]. Now I walk the dog around [[LOCATION:Linden Park]] every morning. My son [[PERSON:Gerald]] drove me to every appointment and they always made room for him in the exam room. Bless them all."),
    # 43
    ("google", "podiatry", 1, "Fernanda Alcott",
     "Had a [[HEALTH:bunionectomy]] on [[DATE_TIME:3/14]] and by [[DATE_TIME:April]] the [[HEALTH:pins]] were [[HEALTH:poking through my skin]]. [[PROVIDER:Dr. Lusk]] said to keep it covered and come back in a month. I'm a nurse at [[LOCATION:Mercy West]] and on my feet 12 hours a shift, I know what an [[HEALTH:infected wound]] looks like. Three weeks off work unpaid because nobody listened."),
    # 44
    ("facebook", "pediatrics", 5, "Xochitl Benavides",
     "Gracias a la [[PROVIDER:Dra. Echeverría]] por atender a mi hija [[PERSON:Camila]] cuando tuvo [[HEALTH:bronquiolitis]]. Tenía [[AGE:5 meses]] y estaba [[HEALTH:respirando muy rápido]]. La doctora nos vio [[DATE_TIME:el mismo día]] y nos explicó todo con paciencia. Ahora ya está sana y gordita. Muy recomendados para las familias que hablan español ❤️"),
    # 45
    ("healthgrades", "neurology", 3, "Dorian Kraszewski",
     "[[PROVIDER:Dr. Ng]] finally got my [[HEALTH:migraines]] under control with [[HEALTH:Botox injections]] every 12 weeks, down from [[HEALTH:a headache almost every day]] to maybe once a week. BUT the prior auth lapses every single time and the office waits until the day of the appointment to tell me. I've lost two days at [[LOCATION:Carver & Pell]] because of it. Fix your auth process."),
    # 46
    ("zocdoc", "dermatology", 5, "Imogen Tally",
     "Booked for a [[HEALTH:rosacea flare]] a week before my job interview at [[LOCATION:Brightwell Analytics]] (panicking). [[PROVIDER:Dr. Feeney]] got me in within 2 days, started me on [[HEALTH:metronidazole gel]] and [[HEALTH:doxycycline]], and by the interview my face was calm. Super clear about cost too: [[FINANCIAL:$40]] copay, no surprises."),
    # 47
    ("google", "endocrinology", 1, "Reggie Battersby",
     "Been trying to get my [[HEALTH:insulin pump]] supplies reordered for three weeks. The office has to sign one form. ONE. I'm down to my last [[HEALTH:infusion set]] and rationing [[HEALTH:Humalog]]. I've been [[HEALTH:type 1]] since I was [[AGE:9]], I can't just 'wait for the doctor to get back from vacation.' Rx # [[ID:7734102]]. Emailed from [[CONTACT:reggie.battersby@example.org]] four times, zero replies."),
    # 48
    ("facebook", "orthopedics", 2, "Lacey Grimaldi",
     "Ok so.<br><br>[[PROVIDER:Dr. Ekwueme]] is clearly a good surgeon, my [[HEALTH:ankle fusion]] healed straight. BUT.<br>- 45 min wait every. single. time<br>- the &quot;[[HEALTH:boot]] fitting&quot; was a guy tossing a box at me<br>- got billed [[FINANCIAL:$220]] for &quot;[[HEALTH:DME]]&quot; (the [[HEALTH:boot]]!!) that [[FINANCIAL:Aetna]] says was never even submitted<br><br>Two stars. Fix your front office."),
    # 49
    ("yelp", "dental", 1, "Otis Hillier",
     "Charged [[FINANCIAL:$89]] for a '[[HEALTH:limited exam]]' that lasted 90 seconds. Classy."),
    # 50
    ("yelp", "optometry", 1, "Darnell Fogarty",
     "Took my mom [[PERSON:Loretta]] in for her yearly [[HEALTH:diabetic eye exam]]. They [[HEALTH:dilated her eyes]], then left her sitting in a dim hallway for 50 minutes, and she missed her bus back to [[LOCATION:Glenhaven Senior Apartments]]. She's [[AGE:84]] and [[HEALTH:legally blind in one eye]]. Nobody offered to call her a ride. I had to leave work to go get her. Unacceptable."),
]

DRAFTS = [
    # r1
    (1, "", "Thank you for sharing this. Warranty terms and any fees should be explained clearly before anyone commits to anything, and we're reviewing how our team walks people through them. Please call our office manager, Bettina Ruiz, at (570) 555-0121 so we can talk it through.",
     "Tricky safe: warranty terms and fees are an operational, practice-wide topic, and the reply names no appliance, jaw problem, school or amount."),
    (1, "ECM", "So sorry to hear the night guard cracked already! Jaw clicking from clenching usually calms down with a softer diet and warm compresses in the evening, and Dr. Pruitt would be happy to take another look.",
     "Echoes the night guard and the jaw clicking, gives home-care advice, and offers another look, which confirms she was treated."),
    (1, "ECD", "We're sorry for the frustration, but our appliance warranty has always required the original case, and that condition is printed on the paperwork every patient signs before a guard is fabricated.",
     "Alludes to the night guard, implies the reviewer signed the practice's paperwork, and cites policy against her."),
    # r2
    (2, "", "Thank you for the feedback. We believe every family deserves clear, written information about timelines and costs from the very first conversation, and about any change along the way. Our treatment coordinator, Marlowe Diaz, would be glad to talk—please call (609) 555-0134.",
     "Tricky safe: timelines and costs are addressed as a practice-wide standard without mentioning the child, the appliances or the amounts."),
    (2, "ECNG", "Hi Devika, we hear you! Extensions can happen when an expander loosens, but Ishani is in the final stretch now and we promise her braces will be off by spring.",
     "Names the reviewer and her daughter, repeats the braces and expander, adds a treatment status and promises a finish date."),
    # r3
    (3, "", "We appreciate you sharing this and we're sorry to read it. Every concern about clinical care is reviewed personally by our medical director. Please call her office directly at (570) 555-0147 and ask for Dr. Renée Tolliver so we can hear more.",
     "Offers a director-level contact and a general commitment without confirming care or repeating any detail."),
    (3, "C", "Thank you for your loyalty to our practice over so many years, and we're sorry this time was different. Please call Dr. Renée Tolliver at (570) 555-0147.",
     "Tricky: thanking him for years of loyalty confirms a long patient relationship; nothing else is disclosed."),
    (3, "ENCM", "We're glad the diabetes was caught. Anyone newly diagnosed should check their blood sugar twice a day and cut back on carbs, and our nurse educator has already set aside a slot for you next week.",
     "Repeats the diagnosis, gives self-management advice and discloses a booked education slot."),
    # r4
    (4, "", "Thank you for these wonderful words! We'll make sure Dr. Achebe-Lund sees this right away; she'll be so touched. Being a true partner to parents is something our whole team believes in.",
     "Tricky safe: passes praise to the doctor the reviewer named without mentioning either child, any condition or the daycare."),
    (4, "E", "Thank you so much! We'll share this with Dr. Achebe-Lund. Keeping little ones with food allergies safe at daycare is a real team effort, and we love partnering with parents on it.",
     "Tricky: the line about food allergies at daycare alludes to the child's allergy and reaction described in the review."),
    # r5
    (5, "", "We're sorry to read this. Everyone deserves enough time to ask questions and feel heard, and we're looking at how our schedule is built so no one leaves feeling rushed. Please reach our practice manager, Colette Ames, at (504) 555-0118.",
     "Speaks about visit length practice-wide and gives a named contact, without the hair loss, the diagnosis or the copay."),
    (5, "ECM", "Alopecia areata often resolves on its own within a year, but the newer oral JAK inhibitors are an option for patchy loss; ask about them at your follow-up.",
     "Repeats the diagnosis, gives treatment guidance and refers to the reviewer's follow-up."),
    (5, "ED", "Our dermatologists spend as long as each case requires, and not every condition calls for injections or lab work. Specialist copays are set by insurers, not by our office.",
     "Defends the short visit and the copay, and echoes the injections and bloodwork the reviewer said were not offered."),
    # r6
    (6, "", "Thank you for raising this. Privacy during check-in and intake matters enormously to us, and we're reviewing where and how intake questions are asked across all of our exam areas. Please contact our privacy officer, Helena Marsh, at privacy@ridgewaywomens.example.",
     "Tricky safe: privacy at intake is an operational topic handled practice-wide; nothing about the vitals, contraception or the exam is repeated."),
    (6, "ENC", "We're sorry the hallway felt so exposed. We've added a note to your chart that you'd like your blood pressure and birth control discussed privately, and Dr. Oduya is glad your pap went smoothly.",
     "Repeats the blood pressure, the pill and the pap, and discloses a chart note the reviewer never mentioned."),
    # r7
    (7, "", "Thanks a million for the kind words! We'll pass them along to Dr. Varga and the whole team.",
     "Tricky safe: thanking the surgeon the reviewer named does not say he treated anyone, and no injury or town is mentioned."),
    (7, "ECNG", "Thanks, Gene! Dr. Varga says those plates will outlast the rest of you, so no more trouble from that heel, guaranteed. See you at your one-year X-ray!",
     "Names the reviewer, repeats the hardware and the heel, promises an outcome and adds a future imaging visit."),
    # r8
    (8, "", "We're sorry to read this. Conversations at our front desk should be respectful and private for everyone, and pricing information should be accurate before anyone is seen. Our clinic director, Vaughn Ibarra, would like to hear from you at (312) 555-0152.",
     "Addresses front-desk conduct and pricing accuracy in practice-wide terms without the roommate, the injury, the insurer or the amount."),
    (8, "D", "Our staff follow the same check-in script with everyone, and we can't be held responsible for what an insurance plan ultimately decides to cover.",
     "Tricky: repeats no PHI, but defends the staff and shifts the blame for the bill onto the insurer."),
    (8, "ENCI", "Please tell Teddy we're sorry about the thumb! We've reversed the $680 charge so he won't owe anything out of pocket.",
     "Names the roommate, repeats the injury and amount, discloses an account change and offers money."),
    # r9
    (9, "", "Thank you for taking the time to write this. Kind words mean a great deal to our whole clinical team, and we'll make sure they are shared.",
     "Short thanks with no reference to therapy, the assault, symptoms or the workplace."),
    (9, "E", "Thank you for writing. Healing after trauma takes real courage, and it means so much to read about progress like this.",
     "Tricky: 'healing after trauma' alludes to the assault and its aftermath even though no detail is named."),
    (9, "ENC", "Rhiannon is so proud of you! Elevators today, parking garages next, and we've already held your usual EMDR slot for next Monday.",
     "Names the therapist in a way that confirms treatment, echoes the EMDR and elevators, and discloses a held appointment."),
    # r10
    (10, "", "Thank you for your feedback. No one should ever be surprised by a charge, and we're reviewing how our team explains costs before any service. Please call our office manager, Nadine Kowal, at (608) 555-0128.",
     "Addresses surprise charges practice-wide and gives a named contact without the imaging or the amount."),
    (10, "ENCD", "X-rays are required for every new patient under our clinical protocol, and yours showed significant degeneration that fully justified them.",
     "Repeats the imaging, adds a finding the reviewer never posted, confirms he was a patient and argues."),
    # r11
    (11, "", "Thank you for the thoughtful review and for the suggestion! We've heard similar feedback about add-on fees, and we're working on making our posted pricing more all-inclusive. We'll share your kind words with Esme. - Marisa, Clinic Owner",
     "Tricky safe: posted pricing is an operational topic and passing praise to named staff is allowed; no treatment, skin concern or amount is repeated."),
    (11, "CI", "Thank you for the suggestion! We're making topical comfort options complimentary for everyone starting this month, and as a thank-you for your review, your next add-on is on us.",
     "Tricky: the practice-wide change is fine, but 'your next add-on is on us' is a gift tied to the review and implies she is a client."),
    # r12
    (12, "", "We hear you, and we're sorry for the frustration. Parents should always feel their concerns are taken seriously, and every referral request deserves a clear answer. Our medical director, Dr. Anselm Greaves, would like to speak with you at (412) 555-0166.",
     "Tricky safe: referral handling is treated as an operational standard for everyone; the child, his ears and the tubes are never mentioned."),
    (12, "ECMD", "Current guidelines call for trying antibiotics several times before ear tubes are considered, so our approach was standard, but we're so glad Malik is hearing well now.",
     "Names the child, repeats the infections and tubes, gives a clinical judgement and defends the care."),
    (12, "C", "We're sorry for the frustration. Referral requests should always get a clear answer, and we'd like to go over what happened at each of those visits. Please call Dr. Anselm Greaves at (412) 555-0166.",
     "Tricky: 'each of those visits' confirms the child was seen repeatedly; the rest is the safe reply."),
    # r13
    (13, "", "What a lovely review to start the week with, thank you! We'll make sure Tomás and Keely see it. Determination is always welcome here.",
     "Tricky safe: passes praise to the therapists the reviewer named and says nothing about the stroke, the arm, the church or her age."),
    (13, "ECG", "We're thrilled you're quilting again! Stroke recovery like yours is a lifelong gain, and that arm will only keep getting stronger from here.",
     "Repeats the stroke, the arm and the quilting, confirms her recovery with the practice and promises continued improvement."),
    # r14
    (14, "", "We're very sorry to read this, and we understand how worrying delays can be. Keeping everyone's scheduling on track when a physician leaves is something we are fixing across the practice. Please call our patient advocate, Lorna Beckett, at (614) 555-0159 today so we can talk directly.",
     "Tricky safe: treats a physician departure as a practice operations issue without naming the father, his device or his symptoms."),
    (14, "EM", "If anyone with a heart device feels dizzy or short of breath, please go straight to the ER rather than wait for a callback from any office.",
     "Tricky: phrased for 'anyone', but it repeats the device and the symptoms and tells the family what to do about them."),
    (14, "ENC", "Your father's device check has been rebooked with Dr. Rahimi for the 14th, and his records have been transferred from his previous cardiologist.",
     "Refers to the father and his device check, and discloses a new appointment and a records transfer."),
    # r15
    (15, "", "Thank you for the balanced feedback. Clear directions about which location to go to are a basic courtesy, and our confirmation texts now list the building address for every appointment. Questions? Call Joelle at (630) 555-0140.",
     "Tricky safe: a location mix-up is fixed as an operational change for everyone; no scan, scope or sinus problem is mentioned."),
    (15, "EC", "So sorry about the mix-up with your CT! We're glad Dr. Szabo could finally get to the bottom of those sinus infections.",
     "Repeats the scan and the sinus infections and confirms the reviewer was seen by Dr. Szabo."),
    # r16
    (16, "", "Thank you for letting us know. If our sign says no appointment is needed, we should honor that right up to closing, and we've reminded the whole team. Please contact our operations lead at ops@meadowsquickcare.example.",
     "A no-PHI complaint answered with an operational fix and the practice's own email."),
    (16, "D", "We stop accepting walk-ins once the day's capacity is reached, which is clearly explained on our website. The sign on our door is accurate.",
     "Contradicts the reviewer and defends the practice, with no PHI involved."),
    # r17
    (17, "", "Thank you for raising this. Clear, consistent statements are the least anyone should expect from us, and our billing team is working through the issues from our system change. Please call our billing supervisor, Anneliese Cho, at (484) 555-0125, weekdays 8 to 5.",
     "Tricky safe: billing accuracy is addressed as an operational issue; no account number, amount, insurer, address or care is repeated."),
    (17, "ENC", "We've located account PT-2290417 and confirmed the correct balance is $45, which matches your Harvard Pilgrim EOB. A corrected statement will go out to your Easton address this week.",
     "Repeats the account number, amount, insurer and town, and discloses account actions."),
    (17, "CI", "We're so sorry for the confusion! To make it right, we're waiving the balance on your last three statements.",
     "Refers to the reviewer's statements, which confirms she is a client, and offers a write-off."),
    # r18
    (18, "", "Thank you so much for taking the time to write this. Listening carefully is at the heart of good care, and the whole team, Mags included, will be delighted to read it. - Dr. Ingrid Lindahl",
     "Tricky safe: a reply signed by the doctor the reviewer named, thanking named staff, does not confirm treatment or repeat anything clinical."),
    (18, "EC", "Thank you! Feeling like yourself again is what we want for every one of our thyroid patients, and we know the drive is a long one.",
     "Tricky: 'our thyroid patients' reveals her condition and patient status, and the drive alludes to where she lives."),
    # r19
    (19, "", "We take concerns like this very seriously. Our clinical director reviews every report involving patient safety, and we'd like to hear from you directly. Please call Dr. Imelda Faraday's office line at (716) 555-0113.",
     "Offers a clinical-director contact without confirming treatment or repeating the tooth, date or insurer."),
    (19, "ENCD", "Both teeth showed decay on the X-rays, so treating them the same day was appropriate, and Tara was right that MetLife was billed accurately.",
     "Adds X-ray findings, confirms treatment, repeats the insurer and argues with the reviewer."),
    # r20
    (20, "", "¡Muchas gracias por sus palabras tan amables! Compartiremos su mensaje con la Dra. Villalobos y con todo el equipo de enfermería. Para nosotros es muy importante que cada persona reciba información clara en su idioma. - Equipo de Clínica Alameda",
     "Tricky safe: a Spanish reply that passes praise to the named doctor and states a language value, with nothing about the pregnancy or the baby."),
    (20, "EC", "¡Felicidades por la llegada de Valentina! Fue un gusto acompañarla durante todo su embarazo.",
     "Names the baby and the pregnancy and says the practice accompanied her through it."),
    (20, "ECMG", "Nos alegra que todo saliera bien con la cesárea. Recuerde tomarse la presión todos los días y no cargar nada pesado por seis semanas; con estos cuidados se recuperará por completo.",
     "Repeats the C-section and blood pressure, gives recovery instructions and promises full recovery."),
    # r21
    (21, "", "Thank you for taking the time to write such a detailed account. Every concern raised here about communication, follow-up calls and billing deserves a real answer, and our medical director and billing director would like to speak with you together. Please call our patient relations office at (717) 555-0171 or write to patientrelations@keystonesurgical.example, and we will find a time that works for you.",
     "Tricky safe: answers the operational topics (communication, callbacks, billing) without the mother, the operation, medications, amounts or the member ID."),
    (21, "ENCD", "We reviewed your mother's chart: her glucose was monitored per protocol, and no opioid sensitivity was documented at discharge. The anesthesia group bills separately and is not under our control.",
     "Cites the mother's chart, adds record details, repeats her glucose and opioid issue, and deflects the bill."),
    (21, "E", "Thank you for writing. Caring for an aging parent through any procedure is exhausting, and we want every family to feel supported. Please call our patient relations office at (717) 555-0171.",
     "Tricky: 'caring for an aging parent through any procedure' alludes to the mother and her surgery."),
    # r22
    (22, "", "Appreciate you, thanks for the shout-out! No contracts and no upselling is how we've always done it. - Dr. Sol and team",
     "Tricky safe: signed by the named chiropractor and repeats only practice-wide values, not the neck or the employer."),
    (22, "ECMG", "Glad that neck is moving again! Keep doing those chin tucks at every truck stop and it'll never lock up on you again this winter.",
     "Repeats the neck problem and his trucking job, gives exercise advice and promises it won't recur."),
    # r23
    (23, "", "Thank you for the honest review. Everything that leaves our optical shop should be flawless, and we've added a second quality check before anything is handed over. Our optical manager, Wes Hallquist, would be glad to help at (315) 555-0161.",
     "Tricky safe: product quality is an operational topic and the reply avoids the diagnosis, the scan, the allowance and the price."),
    (23, "ENCM", "Early macular degeneration is very manageable: start an AREDS2 vitamin and check your Amsler grid weekly. We've also resubmitted your lenses to Davis Vision.",
     "Repeats the diagnosis and insurer, gives clinical advice and discloses a resubmission."),
    # r24
    (24, "", "Thank you for the kind review! We know our afternoon hours don't fit every schedule, and we're looking at adding early-evening times. - Lila Moreno, Practice Manager, (267) 555-0117",
     "Tricky safe: hours are a practice-wide operational topic; the reply names no test, shots or workplace."),
    (24, "E", "Thank you! Good news for busy teachers: starting in March our shot clinic will stay open until 6.",
     "Tricky: 'busy teachers' points at the reviewer's job from the review; the hours change itself would be fine."),
    # r25
    (25, "", "Thanks for the feedback, and for the kind words about Corbin; we'll pass them along! Self-pay prices should be clear and complete before anyone is seen, and we're updating our posted price list so it reflects every possible charge. Questions? Call our billing desk at (207) 555-0133.",
     "Tricky safe: posted prices are an operational topic and praise goes to the named PA, without the injury, the procedure or the amounts."),
    (25, "ECD", "Our self-pay flat rate covers the visit only. Procedures such as foreign body removal are always billed separately, so the $390 total is correct.",
     "Repeats the procedure and amount, confirms the charge and defends it."),
    # r26
    (26, "", "We're truly sorry to read this. Timely callbacks and respectful phone conversations are a standard we hold every staff member to, and we are reviewing how clinical calls are handled. Please contact our nurse manager, Odette Farrow, directly at (804) 555-0146.",
     "Speaks about callbacks practice-wide and gives a named contact, with nothing about the husband, his seizures or his medication."),
    (26, "ECM", "Mood changes are a well-known side effect of levetiracetam. Desmond should not stop it suddenly, but we can discuss switching to something else.",
     "Names the husband, paraphrases his medication and side effects, and gives medication advice."),
    (26, "C", "We're sorry that phone call went the way it did. Please call Odette Farrow at (804) 555-0146 so she can look into the messages left for our neurology team.",
     "Tricky: acknowledging 'that phone call' and the messages left confirms the family's contact history with the practice."),
    # r27
    (27, "", "This made our whole front desk smile, thank you! Answering the phone and being upfront about costs shouldn't be rare, and we're glad it shows.",
     "Warm thanks on a no-PHI review, speaking only about the practice's own service."),
    (27, "I", "Thank you!! Refer a friend this month and you'll both get $50 off any service 😊",
     "Tricky: there is no PHI at all, but the reply offers a referral reward in public."),
    # r28
    (28, "", "Thank you for letting us know. Every instruction sheet we send should match what's been scheduled, and we've added a second check before anything goes out. Please call our patient services lead, Hattie Lowell, at (919) 555-0150.",
     "Tricky safe: instruction accuracy is an operational fix for everyone; the procedure and the swallowing problem are not named."),
    (28, "ECMG", "So sorry about the mix-up! Your upper endoscopy is all set for the 22nd. Until then, stick to soft foods and small bites, and we'll get those swallowing problems sorted out for good.",
     "Repeats the procedure, date and symptoms, confirms the booking, gives diet advice and promises a fix."),
    # r29
    (29, "", "Thank you for the feedback and the kind words about Dr. Hwang! Keeping sick and well visits apart is something we've been working on, and a separate well-visit entrance opens this fall.",
     "Tricky safe: waiting-room layout is operational and praise goes to the named doctor; the child, her diagnosis and school are not mentioned."),
    (29, "E", "Thank you! Tummy troubles at the start of kindergarten are so common, and we love helping families get to the bottom of them.",
     "Tricky: 'tummy troubles at the start of kindergarten' paraphrases the child's symptoms and school start."),
    # r30
    (30, "", "We're sorry for the frustration. Cancelling any membership should be simple, and we're rewriting our cancellation terms so they're clear and easy for everyone. Please email our owner, Danica Roe, at danica@lumenaesthetics.example so we can help directly.",
     "Addresses cancellation terms practice-wide and gives the owner's email, without the services, the card or the handle."),
    (30, "ENCD", "Per the membership agreement you signed, 60 days' written notice is required. The card ending in 4417 will be charged through August.",
     "Cites her signed agreement, repeats the card digits, discloses future charges and argues."),
    (30, "ECI", "We hear you! Send us a DM and we'll refund your last two months and throw in a complimentary facial.",
     "Refers to her membership payments, echoes the facials and offers a refund and a free service."),
    # r31
    (31, "", "Thank you for the thoughtful feedback. Last-minute cancellations by text aren't the standard we want, and we're changing how schedule changes are communicated. Please reach our office manager, Greer Addington, at (585) 555-0136.",
     "Tricky safe: schedule communication is handled as an operational issue without the cholesterol, the physical, the township or the workplace."),
    (31, "EC", "Thank you for the thoughtful feedback, and we're so sorry we had to move your physical. We've opened more early-morning slots so fewer people need to take time off work.",
     "Tricky: 'your physical' repeats the service and confirms he is a patient; the rest is operational."),
    # r32
    (32, "", "Thank you for your feedback. A fee should never apply when a change comes from our side, and our billing team is reviewing how cancellation fees are assessed. Please call our practice administrator, Bram Ostler, at (217) 555-0114.",
     "Tricky safe: cancellation fees are an operational billing topic; the condition, the phone number and the amount are not repeated."),
    (32, "ENCI", "We've waived the $75 fee, and Dr. Rask will personally call you at (217) 555-0139 to go over your stone analysis.",
     "Repeats the amount and the reviewer's phone, adds a stone analysis result and offers a waiver."),
    # r33
    (33, "", "Lamentamos mucho leer esto. Queremos que cada llamada reciba una respuesta respetuosa y completa, y estamos capacitando a todo nuestro personal de recepción. Por favor llame a nuestra gerente, Paloma Ruelas, al (915) 555-0112.",
     "Spanish safe reply: a practice-wide commitment on phone courtesy and a named contact, with nothing about the extraction, infection or bill."),
    (33, "ECMD", "La inflamación es normal después de una extracción y la recepcionista le dio la información correcta. Siga tomando la clindamicina hasta terminarla.",
     "Repeats the extraction, swelling and antibiotic, defends the receptionist and gives medication instructions."),
    (33, "C", "Lamentamos mucho leer esto. Ya revisamos su cuenta y queremos aclarar el cobro con usted; por favor llame a Paloma Ruelas al (915) 555-0112.",
     "Tricky: 'ya revisamos su cuenta' says the practice looked up his account, which confirms he is a patient."),
    # r34
    (34, "", "Thank you so much! Shayla will be thrilled to get a shout-out, and we'll make sure she sees this. Happy smiles are our favourite thing around here.",
     "Tricky safe: greets the staff member the reviewer named and speaks generally, without aligners, age, teeth or insurer."),
    (34, "ECMG", "Thank you! Your new smile looks amazing, and with nightly retainer wear those bottom teeth will stay straight forever.",
     "Refers to her treatment result and bottom teeth, gives retainer instructions and promises a permanent result."),
    # r35
    (35, "", "Thank you for sharing your concerns. Any change in practice policy should be explained clearly and respectfully, and everyone who contacts us deserves a courteous answer. Our patient experience director, Amos Kilbride, would like to hear from you at (412) 555-0172.",
     "Tricky safe: policy communication and courtesy are addressed practice-wide without the condition, medication, testing, fee or age."),
    (35, "ED", "Our testing policy follows state prescribing regulations and applies equally to everyone. We do not make exceptions.",
     "Cites policy against the reviewer, and 'testing policy' tied to prescribing rules alludes to his drug screens and medication."),
    (35, "ENCM", "At 70, tramadol can raise fall risk, so Dr. Ferrante would like to review your dose and talk about physical therapy for the stenosis at your next appointment.",
     "Repeats age, medication and diagnosis, gives clinical judgement and adds a plan for his next appointment."),
    # r36
    (36, "", "Thank you for taking the time to write such a kind review! We'll share it with Dr. Albrecht and our nursing team, who put so much heart into their work.",
     "Tricky safe: praise goes to the named surgeon and the nurses without the child, his surgery or his school."),
    (36, "ENC", "We love hearing this! Give Dante a high five from all of us, and remember his six-month check with Dr. Albrecht is coming up.",
     "Names the child, confirms he is a patient and adds a follow-up appointment."),
    # r37
    (37, "", "Thank you for the feedback. Sending every prescription to the right pharmacy is a basic we take seriously, and we're adding a pharmacy confirmation step at checkout for everyone. Please call our clinic manager, Yusra Hendry, at (315) 555-0155.",
     "Tricky safe: prescription routing is an operational fix for everyone; no illness, medication, street or fever is repeated."),
    (37, "E", "Thank you for the feedback. We're adding a pharmacy confirmation step at checkout, and we've updated our system so it suggests the open pharmacies near Cortland Ave.",
     "Tricky: naming Cortland Ave repeats the street near the reviewer's apartment; everything else is operational."),
    # r38
    (38, "", "We are very sorry to read this. The safety of everyone who comes through our doors is our first priority, and our medical director personally reviews every safety concern. Please call Dr. Tobias Reinholt directly at (503) 555-0179.",
     "Expresses concern and offers the medical director without confirming the child was treated or repeating the reaction."),
    (38, "ECMD", "Mild hives after an allergy shot are common and usually settle with observation, which is exactly what our nurse was doing. Epinephrine is reserved for more serious reactions.",
     "Repeats the reaction and shot, confirms the nurse's involvement, gives a clinical judgement and defends the care."),
    (38, "ECGI", "We're so sorry. This will never happen again, and your son's next three months of shots will be free of charge.",
     "Refers to the son's shots, promises it will never recur and offers free services."),
    # r39
    (39, "", "Thank you for the feedback. Every fee should be explained before anyone books, and no one should ever feel rushed into a decision here. Please contact our patient care manager, Celeste Varon, at (305) 555-0119.",
     "Addresses fee transparency and sales pressure practice-wide with a named contact."),
    (39, "CDI", "Our consultation fee is posted on our website and in every confirmation email. That said, book your procedure with us this month and we'll credit the full consultation fee toward it.",
     "Defends the fee, implies the reviewer paid for a consultation and offers a credit toward a procedure."),
    # r40
    (40, "", "Thank you for the kind words and for the honest note about the distance to our lab. We've asked our facilities team about a shuttle and more seating along the route. - Office of Dr. Ilunga",
     "Tricky safe: the walk to the lab is an operational facilities issue; the kidney disease, results, medications and hip are not mentioned."),
    (40, "ECMG", "Thank you! Holding your GFR steady at 41 is a real win. Stay off NSAIDs and your kidneys will stay stable for years.",
     "Repeats his lab value, gives medication advice and promises stable kidney function."),
    # r41
    (41, "", "We are sorry to read this. Everyone who reaches out to us deserves to feel safe and respected from the first minute, and concerns about any clinician's conduct are reviewed by our clinical director. Please contact her directly at (971) 555-0124. If anyone reading this is in crisis, please call or text 988 at any time.",
     "Tricky safe: the 988 line is offered to anyone and conduct is addressed practice-wide, without the eating disorder, weight or age."),
    (41, "E", "We are sorry to read this. Everyone deserves a therapist who never comments on food, weight or bodies. Please contact our clinical director at (971) 555-0124.",
     "Tricky: 'food, weight or bodies' alludes to the reviewer's eating disorder and the weight question."),
    (41, "ENCM", "We're so sorry your first session went this way. Recovery from an eating disorder is absolutely possible, so please keep your next appointment; we've already reassigned you to Dr. Marchetti.",
     "Repeats the eating disorder, confirms the session, urges her to keep an appointment and discloses a reassignment."),
    # r42
    (42, "", "What a wonderful note, thank you for taking the time to write it! We'll share it with Dr. Kaur and the entire team.",
     "Tricky safe: passing praise to the cardiologist the reviewer named does not confirm care or mention her heart, age or son."),
    (42, "ENC", "Mildred, it's been a joy! Dr. Kaur says your new valve looked perfect on your latest echo. Say hello to Gerald for us!",
     "Names the reviewer and her son, repeats the valve and adds a result she never posted."),
    # r43
    (43, "", "We're sorry to read this. Concerns about the quality of care are reviewed by our medical director, and we would welcome the chance to talk. Please call our practice administrator, Ines Caldwell, at (513) 555-0142.",
     "General concern and a named contact with no procedure, complication, workplace or dates."),
    (43, "E", "We're sorry to read this. As fellow healthcare workers, we know how hard long shifts on your feet can be. Please call Ines Caldwell at (513) 555-0142.",
     "Tricky: 'fellow healthcare workers' and long shifts echo the reviewer's job at the hospital."),
    (43, "ENCMD", "Exposed pins are a known and temporary part of bunion surgery healing, and Dr. Lusk's notes show no sign of infection at your April visit.",
     "Repeats the surgery and pins, cites her chart, gives a clinical judgement and disputes her account."),
    # r44
    (44, "", "¡Gracias por tomarse el tiempo de escribir! Nos alegra mucho leer comentarios como este. Atender a cada familia en su idioma es parte de lo que somos. - Clínica Pediátrica Los Sauces",
     "Tricky safe: a Spanish reply with a practice-wide language value; the child, her illness and her age are not mentioned."),
    (44, "EC", "¡Qué alegría saber que Camila ya está sana! La Dra. Echeverría le manda un abrazo.",
     "Names the baby and her recovery, with the doctor sending greetings, which confirms she is a patient."),
    (44, "EM", "Gracias por escribir. Después de una bronquiolitis es normal que la tos dure unas semanas; use suero nasal antes de cada toma.",
     "Repeats the bronchiolitis and gives care instructions for the baby."),
    # r45
    (45, "", "Thank you for the detailed feedback. Insurance authorizations should be handled well ahead of time, and we've assigned a dedicated coordinator to track renewals for everyone. You can reach her, Fern Adebayo, at (616) 555-0131.",
     "Tricky safe: prior authorizations are an operational billing topic; the migraines, the injections and the employer are not named."),
    (45, "EC", "Thank you for the feedback. We've assigned a coordinator to track insurance renewals for every Botox patient, so you shouldn't have to miss any more work.",
     "Tricky: 'every Botox patient' names the treatment and counts him among its patients, and the missed work echoes the review."),
    # r46
    (46, "", "Thank you for the lovely review! Getting people in quickly and being clear about costs are two things our team works hard on every day.",
     "Thanks the reviewer and speaks about access and costs practice-wide without the skin condition, medications or interview."),
    (46, "ECG", "So glad we could calm that rosacea before the big interview! With the gel and the doxy it will stay clear, and good luck at Brightwell!",
     "Repeats the condition, medications and prospective employer, and promises the skin will stay clear."),
    # r47
    (47, "", "We're sorry to read this. Paperwork should never wait on one provider's schedule, and we've set up coverage so forms are signed every business day. Please call our clinical operations manager, Deon Harcastle, at (314) 555-0166.",
     "Tricky safe: form turnaround is an operational fix; the pump, insulin, diagnosis, Rx number and email are not repeated."),
    (47, "NC", "We're sorry to read this. We found your emails in our inbox this morning and have forwarded all four to the covering provider. Please call Deon Harcastle at (314) 555-0166.",
     "Says the practice located the reviewer's emails and discloses what was done with them."),
    (47, "ENCM", "Please don't ration your Humalog; go to urgent care if your sugars run high. Your pump supply order for Rx 7734102 was signed this morning.",
     "Repeats the insulin and Rx number, gives medical advice and discloses the order status."),
    # r48
    (48, "", "Thank you for the candid feedback. Wait times and front-office follow-through are two things we're actively working on, and every claim should be submitted correctly the first time. Our billing lead, Marta Quill, can help at (302) 555-0127.",
     "Tricky safe: waits and claims are addressed as operational issues without the surgery, the boot, the amount or the insurer."),
    (48, "D", "Our surgeons prioritize unhurried time with the person in the room, and our front desk is not responsible for delays in insurance processing.",
     "Tricky: no PHI, but it justifies the waits and deflects the billing complaint."),
    (48, "ENCI", "We've resubmitted the boot to Aetna and, for the trouble, we're taking the $220 off your balance.",
     "Repeats the device, insurer and amount, discloses a resubmission and offers a credit."),
    # r49
    (49, "", "Thank you for your feedback. Everyone should understand what a service includes and what it costs before it begins, and we're reviewing how our team explains this. Please reach our office manager, Opal Strand, at (702) 555-0158.",
     "Addresses cost transparency practice-wide without the exam or the amount."),
    (49, "G", "Thank you for your feedback. We've retrained our team, and we guarantee no one will ever be surprised by a charge here again.",
     "Tricky: no PHI, but it makes an unconditional promise that no surprise charge will ever happen again."),
    # r50
    (50, "", "We're sorry to read this. No one should ever be left waiting without help, and staff now check in regularly with everyone in our waiting areas and will offer to arrange a ride home. Please call our clinic manager, Thea Birch, at (425) 555-0163.",
     "Tricky safe: waiting-area check-ins and ride help are practice-wide operations; the mother, her eyes and her residence are not mentioned."),
    (50, "ECD", "Dilation takes time to wear off, which is why we ask everyone to bring a driver. Next time we'd be glad to help Loretta arrange transportation back to Glenhaven.",
     "Repeats the dilation, names the mother and her residence, implies a next visit and blames the family for not bringing a driver."),
]
