"""Dev set C source (written independently of the SafeReply code, HEALTH-rich lay language). Build with ../build.py."""
PREFIX = "c"

REVIEWS = [
# 1
("google", "endocrinology", 1, "Darnell Hughes",
 "[[HEALTH:Type 2 diabetic]] for 15 years and switched here in [[DATE_TIME:August]] when my old endo retired. [[PROVIDER:Dr. Vasquez-Ortiz]] took me off my [[HEALTH:Jardience]] without a word of explanation and my [[HEALTH:sugar was in the 300s]] for two weeks straight. I was [[HEALTH:peeing every hour]], [[HEALTH:thirsty all the time]] and [[HEALTH:my vision went blurry]] on the job. When I finally got a call back the nurse said my [[HEALTH:A1C]] jumped from [[HEALTH:7.1]] to [[HEALTH:9.4]] and 'that happens.' I drive a forklift at [[LOCATION:Briggs Cold Storage]], I can't be squinting at pallets. [[AGE:53 years old]] and never been treated like this."),
# 2
("facebook", "pediatrics", 5, "Brianna Kowal",
 "Shoutout to [[PROVIDER:Dr. Nnamdi]] and [[PROVIDER:Nurse Carmen]] \U0001f49b My [[AGE:17-month-old]] [[PERSON:Theo]] was [[HEALTH:burning up]] [[DATE_TIME:Saturday night]], [[HEALTH:tugging at his ear]] and [[HEALTH:wouldn't keep anything down]]. The on-call line called back in 10 minutes and they fit us in [[DATE_TIME:first thing Sunday]]. [[HEALTH:Double ear infection]], [[HEALTH:the pink bubblegum medicine]] twice a day, and he was back to terrorizing the cat by [[DATE_TIME:Tuesday]]. We drive in from [[LOCATION:Harlow Springs]] and it's worth every mile."),
# 3
("yelp", "gastroenterology", 2, "Priya R.",
 "Waited since [[DATE_TIME:February]] to get [[HEALTH:scoped]] for [[HEALTH:heartburn that felt like I swallowed a lit match]] and [[HEALTH:food getting stuck halfway down]]. Two other doctors had called it [[HEALTH:GERD]] and [[HEALTH:IBS]] and sent me home. The [[HEALTH:upper endoscopy]] itself was fine, [[PROVIDER:Dr. Halvorsen]] was gentle and the [[HEALTH:twilight sedation]] knocked me right out. Problem is everything after. They found [[HEALTH:Barrett's]] and a [[HEALTH:hiatal hernia]] and I learned that from the portal at [[DATE_TIME:11pm]], not from a human. Nobody has called about the [[HEALTH:biopsy results]] in 3 weeks. I'm [[AGE:41]] and lying awake googling worst-case scenarios. Two stars for the sedation nurse."),
# 4
("google", "dental", 1, "Trent Galloway",
 "Went in for a [[HEALTH:cleaning]] and walked out with a treatment plan for [[HEALTH:six fillings]] and a [[HEALTH:deep cleaning]] totalling [[FINANCIAL:$2,860]]. I'd had [[HEALTH:zero cavities]] at my last dentist in [[LOCATION:Castleford]] [[DATE_TIME:18 months ago]]. Got a second opinion [[DATE_TIME:last week]]: [[HEALTH:one small cavity]]. One. They also did the first [[HEALTH:filling]] that same day, [[PROVIDER:Dr. Brandvold]] [[HEALTH:numbed half my face]] and I drooled through a work meeting. [[FINANCIAL:MetLife]] is looking into the claim."),
# 5
("zocdoc", "urgent_care", 3, "Megan Thibodeaux",
 "Mixed bag. Came in [[DATE_TIME:Memorial Day weekend]] after I [[HEALTH:threw my back out]] lifting a kayak. Could barely [[HEALTH:stand up straight]] and had [[HEALTH:shooting pain into my butt cheek]]. PA [[PROVIDER:Lorenzo]] was kind and thorough, gave me a [[HEALTH:Toradol shot in the hip]] and a script for [[HEALTH:muscle relaxers]]. BUT the [[HEALTH:muscle relaxers]] [[HEALTH:made me a zombie]] and nobody mentioned not to drive on them. Self-pay was [[FINANCIAL:$185]] when the website said [[FINANCIAL:$125]]."),
# 6
("healthgrades", "obgyn", 1, "Ashley N.",
 "I was [[HEALTH:spotting]] for two weeks and [[HEALTH:cramping bad enough to double me over]] at [[HEALTH:11 weeks along]]. Called on [[DATE_TIME:the 14th]] and was told '[[HEALTH:spotting]] is normal, drink water.' When I finally got an [[HEALTH:ultrasound]] there was [[HEALTH:no heartbeat]]. Then they scheduled my [[HEALTH:D&C]] for [[DATE_TIME:Good Friday]] and cancelled it [[DATE_TIME:the night before]] because [[PROVIDER:Dr. Osterhaus]] was 'unavailable.' I had to [[HEALTH:pass it at home]]. I'm [[AGE:29]] and this was our first. Nobody has called."),
# 7
("google", "behavioral_health", 4, "Jordan Whitlock",
 "Started seeing [[PROVIDER:Tamsin]] for [[HEALTH:panic attacks at work]], the kind where [[HEALTH:my hands go numb]] and I'm sure I'm dying in the supply closet at [[LOCATION:Fairview Credit Union]]. After about 10 sessions of [[HEALTH:CBT]] I've gone from 3-4 a week to maybe one a month. Only reason it's not 5 stars is the billing: they charged my [[FINANCIAL:Ambetter]] plan the out-of-network rate for three months before catching it. Still, go see [[PROVIDER:Tamsin]]."),
# 8
("yelp", "orthopedics", 1, "Gil Ferreira",
 "Couldn't [[HEALTH:lift my arm over my head]] for months after [[HEALTH:falling off a ladder]] cleaning gutters. [[PROVIDER:Dr. Kessling]] gave me a [[HEALTH:cortisone shot]] (which did nothing), then another one, then said 'let's try [[HEALTH:PT]].' After 4 months of [[HEALTH:PT]] at [[FINANCIAL:$60]] a pop I finally got an [[HEALTH:MRI]]: [[HEALTH:full thickness tear]]. The surgeon at another practice said waiting this long made the repair harder. I'm [[AGE:62]] and a mail carrier in [[LOCATION:Dunmore]], I need this arm."),
# 9
("healthgrades", "cardiology", 5, "Walter Przybylski",
 "At [[AGE:seventy-four]] I figured the [[HEALTH:elephant on my chest]] was just getting old. My granddaughter [[PERSON:Kasia]] made me come in. The [[HEALTH:EKG was off]], so [[PROVIDER:Dr. Adeyemi]] got me a [[HEALTH:stress test]] the same week, then a [[HEALTH:cath]] on [[DATE_TIME:Nov. 3]] and [[HEALTH:two stints]]. I walk the track at [[LOCATION:St. Casimir's]] every morning now. The [[HEALTH:blood thinner]] gives me [[HEALTH:bruises like a prizefighter]] but I'm alive. Thank you to the whole crew down in the lab and nurse [[PROVIDER:Dolores]]."),
# 10
("zocdoc", "dermatology", 3, "Lena Hartmann",
 "<p>Good doctor, chaotic office.</p><p>[[PROVIDER:Dr. Whitcombe]] finally figured out the [[HEALTH:itchy scaly patches on my elbows and scalp]] were [[HEALTH:psoriasis]] and not [[HEALTH:ringworm]] like urgent care kept saying. Started [[HEALTH:Skyrizi]] in [[DATE_TIME:June]] and my [[HEALTH:skin is 90% clear]] &amp; I can wear short sleeves again.</p><p>BUT: the prior auth took 7 weeks, the specialty pharmacy kept saying the office never sent the form, and I was charged a [[FINANCIAL:$40]] &quot;forms fee&quot;. Also the [[HEALTH:TB test]] they required was [[FINANCIAL:$95]] out of pocket with [[FINANCIAL:Highmark]].</p>"),
# 11
("google", "primary_care", 1, "Rosalba Medina",
 "Llevé a mi mamá de [[AGE:76 años]] porque tenía [[HEALTH:la pierna hinchada y roja]] y [[HEALTH:le faltaba el aire]]. La [[PROVIDER:doctora Quiñones]] ni la revisó, dijo que era [[HEALTH:retención de líquido]] y le subió la [[HEALTH:pastilla del agua]]. [[DATE_TIME:Dos días después]] terminó en el hospital con un [[HEALTH:coágulo en el pulmón]]. Después nos cobraron [[FINANCIAL:$150]] por una consulta de cinco minutos. Vivimos en [[LOCATION:Pharr]] y no hay muchas opciones, pero no volvemos."),
# 12
("facebook", "neurology", 2, "Keisha Moultrie",
 "My [[HEALTH:migraines]] got so bad I was [[HEALTH:throwing up in the work bathroom]] and [[HEALTH:seeing zigzag lights]] 3x a week. [[PROVIDER:Dr. Amsel]] is brilliant, put me on [[HEALTH:Nurtec]] and [[HEALTH:Botox in my forehead and neck]] every 12 weeks and I'm down to 2 a month. She also said no more [[HEALTH:estrogen pill]] because of the [[HEALTH:aura]], so I had to get an [[HEALTH:IUD]] put in. But scheduling is a nightmare. My [[HEALTH:injections]] got pushed 3 times and each time the [[HEALTH:headaches]] came roaring back. I called on [[DATE_TIME:10/2]], [[DATE_TIME:10/9]] and [[DATE_TIME:10/16]]. Portal message still unanswered. My supervisor at the [[LOCATION:Kroger distribution center]] is tired of me calling out."),
# 13
("google", "urology", 1, "Emmett Calloway",
 "[[HEALTH:Kidney stone]] at [[DATE_TIME:3 in the morning]] on [[DATE_TIME:New Year's Day]], [[HEALTH:pain like being stabbed in the side]], [[HEALTH:blood in my pee]]. ER sent me here for follow up. [[PROVIDER:Dr. Faraday]] recommended [[HEALTH:lithotripsy]] and I waited 5 weeks with a [[HEALTH:stent]] in that [[HEALTH:burned every time I went]]. Then billing said my [[FINANCIAL:Humana Medicare Advantage]] plan required a referral nobody told me about: [[FINANCIAL:$1,940]]. Claim [[ID:HUM-4471-09823]]. I'm [[AGE:67]] and on a fixed income. Fix it. Call me at [[CONTACT:405-555-0163]]."),
# 14
("zocdoc", "allergy_immunology", 5, "Sunita Ramaswamy",
 "My son [[PERSON:Rohan]] ([[AGE:age 9]]) broke out in [[HEALTH:hives head to toe]] at a birthday party and his [[HEALTH:lips blew up]]. We used the [[HEALTH:EpiPen]] for the first time and were terrified. [[PROVIDER:Dr. Oduya]] did [[HEALTH:skin prick testing]] that lit up like Christmas and confirmed a [[HEALTH:tree nut allergy]], then an [[HEALTH:oral food challenge for peanut]], which he passed!! She wrote his [[HEALTH:allergy action plan]] for [[LOCATION:Maple Hollow Elementary]] the same day. We're so relieved."),
# 15
("google", "physical_therapy", 4, "Marisa Okonjo",
 "After my [[HEALTH:second C-section]] I was [[HEALTH:leaking every time I sneezed]] or picked up my toddler, and [[HEALTH:sex hurt]]. My OB shrugged it off. [[PROVIDER:Jessamyn]] did [[HEALTH:pelvic floor therapy]] with me twice a month and by [[DATE_TIME:my daughter's first birthday]] I could jump on the trampoline with my kids again without [[HEALTH:wearing a pad]]. She also caught a [[HEALTH:diastasis]] nobody had mentioned. Only 4 stars because parking at the Westbrook office is a nightmare."),
# 16
("yelp", "pulmonology", 1, "Dale Fortunato",
 "[[HEALTH:Ex-smoker]], [[HEALTH:COPD]], on [[HEALTH:2 liters of oxygen]] at night. Came for my [[HEALTH:breathing test]] on [[DATE_TIME:Thursday, March 6]] at [[DATE_TIME:9:30]]. Sat until [[DATE_TIME:11:15]] with my [[HEALTH:portable tank]] running low and nobody would tell me anything. When I got [[HEALTH:winded]] and asked for a chair closer to the outlet the receptionist rolled her eyes. My [[HEALTH:inhalers]] cost [[FINANCIAL:$480]] a month even with [[FINANCIAL:Wellcare]] and I can't afford to waste a morning and a tank of air. [[PROVIDER:Dr. Soto-Brandt]] is fine, the front is not."),
# 17
("healthgrades", "rheumatology", 3, "Corinne Falk",
 "Took 3 years and 4 doctors to get a diagnosis: [[HEALTH:lupus]]. My [[HEALTH:blood work was off]] for ages and everyone shrugged. [[PROVIDER:Dr. Rahimi]] listened to me about the [[HEALTH:butterfly rash]], the [[HEALTH:joints so stiff I couldn't open a jar]] and the [[HEALTH:bone-deep tired]], and ran the right [[HEALTH:ANA panel]]. Started [[HEALTH:Plaquenel]] and the [[HEALTH:eye exams]] that come with it. Three stars because every visit runs 90 minutes late and the [[HEALTH:infusion]] room is freezing. I'm [[AGE:38]] and teach at [[LOCATION:Garrison Middle School]]; I can't lose half a day every month."),
# 18
("google", "psychiatry", 1, "A Google User",
 "Saw a psychiatrist here for [[HEALTH:ADHD]] and [[HEALTH:depression]]. The [[HEALTH:Strattera]] did nothing and the [[HEALTH:Lexipro]] [[HEALTH:turned me into a zombie]] and [[HEALTH:killed my sex drive]]. When I asked to switch, [[PROVIDER:Dr. Kemper]] said I was '[[HEALTH:drug seeking]]' because I asked about [[HEALTH:Adderall]]. I'm a [[AGE:32-year-old]] nurse at [[LOCATION:Mercy West]], I know what that looks like. Then they discharged me from the practice by letter on [[DATE_TIME:12/19]], [[DATE_TIME:right before Christmas]], with a 30-day supply. Happy holidays."),
# 19
("facebook", "oral_surgery", 5, "Tyler Whitmore",
 "Had [[HEALTH:double jaw surgery]] on [[DATE_TIME:June 12th, 2025]] to fix an [[HEALTH:underbite]] I've been self-conscious about since middle school. [[PROVIDER:Dr. Sandberg]] and his team were incredible. Yes my [[HEALTH:jaw was wired shut]] for 5 weeks, I [[HEALTH:lost 14 lbs]] drinking soup through a syringe, and [[HEALTH:my chin is still numb]], but I can finally bite into a sandwich. My mom [[PERSON:Deborah]] stayed with me and the nurses called her every day the first week. Worth every penny of the [[FINANCIAL:$7,200]] after [[FINANCIAL:Premera]]."),
# 20
("healthgrades", "ophthalmology", 1, "Irene Baptiste",
 "My father ([[AGE:81]], [[HEALTH:macular degeneration]]) gets the [[HEALTH:shot in the eye]] every 6 weeks. [[DATE_TIME:Last Monday]] the tech put in the [[HEALTH:numbing drops]], then we waited 2 hours, the drops wore off, and they did the injection anyway. He said it felt like a nail. His [[HEALTH:eye was bloodshot and weeping]] for days. My dad is a veteran with [[HEALTH:hearing loss]] and nobody spoke loud enough for him. I asked for [[PROVIDER:Dr. Marchetti]] and was told he was 'busy.'"),
# 21
("zocdoc", "pain_management", 2, "Russ Okerlund",
 "[[HEALTH:Nerve pain down my leg]] for 2 years after a [[HEALTH:work injury]] at the [[LOCATION:Valmont galvanizing plant]]. Got two [[HEALTH:epidurals]] here and the second one helped for about a month. Then they wanted me to sign a [[HEALTH:pain contract]] and [[HEALTH:pee in a cup]] every visit before they'd refill my [[HEALTH:gabapenton]], like I'm a criminal. The [[HEALTH:urine drug screen]] got billed at [[FINANCIAL:$347]] a pop to my [[FINANCIAL:workers' comp]], claim [[ID:88-20019-Q]], and now the adjuster is asking me why. Send the corrected bill to [[CONTACT:40 Quarry Rd, Lot 12, Lyons CO]]."),
# 22
("google", "fertility", 5, "Naomi Achterberg",
 "After [[HEALTH:PCOS]] and [[HEALTH:two chemical pregnancies]] we were losing hope. [[PROVIDER:Dr. Ilunga]] switched me from [[HEALTH:Clomid]] to [[HEALTH:letrozole]] with a [[HEALTH:trigger shot]] and we got our [[HEALTH:positive test]] [[DATE_TIME:the day before Thanksgiving]]!! Our [[HEALTH:rainbow baby]] [[PERSON:Ezra]] was born [[DATE_TIME:3 weeks ago]]. Shout out to [[PROVIDER:Nurse Pauline]] who answered about 200 panicked portal messages about my [[HEALTH:progesterone levels]]. We paid out of pocket ([[FINANCIAL:BCBS]] covered nothing) and it was worth it."),
# 23
("facebook", "medspa", 1, "Jade Villanueva",
 "Got [[HEALTH:Kybella under my chin]] on [[DATE_TIME:Jan 3rd]] and my [[HEALTH:neck swelled up like a bullfrog]]. That part I expected. What I didn't expect was [[HEALTH:my smile going crooked]] for 6 weeks. Turns out she [[HEALTH:hit a nerve]]. When I messaged on IG the owner said it was 'normal' and blocked me. [[FINANCIAL:$1,100]] for two sessions. My handle is [[CONTACT:@jadev.makeup]] if you want the pictures."),
# 24
("yelp", "chiropractic", 3, "Mo Siddiqui",
 "[[PROVIDER:Dr. Lana]] fixed my [[HEALTH:neck crick]] in one visit. I [[HEALTH:couldn't turn my head]] to back out of the driveway and walked out good as new. But then the hard sell: [[HEALTH:spinal decompression]] package, [[FINANCIAL:$2k]] upfront, 'or your discs will degenerate.' They also took an [[HEALTH:X-ray]] I never agreed to and billed [[FINANCIAL:Oxford]] for it. 3 stars: good adjusting, gross upsell."),
# 25
("google", "podiatry", 1, "Bernadette Quaye",
 "My mother [[PERSON:Ama]] is [[AGE:88]], has [[HEALTH:sugar diabetes]] and [[HEALTH:can't reach her own feet]], so she's had her [[HEALTH:nails trimmed]] here since [[DATE_TIME:2016]]. On [[DATE_TIME:September 30]] the new assistant cut a [[HEALTH:toenail]] so short it [[HEALTH:bled through her sock]], and within a week her [[HEALTH:big toe was hot, red and oozing]]. 10 days of [[HEALTH:Keflex]] and a [[HEALTH:home wound nurse]] later she's OK, but nobody from the office ever called back. I left three messages. Reach me at [[CONTACT:bquaye.family@example.net]]."),
# 26
("zocdoc", "audiology", 5, "Gerald Finch",
 "Wife said I had the TV loud enough to hear from the mailbox. [[PROVIDER:Dr. Tolliver]] did a [[HEALTH:booth test]] that showed [[HEALTH:moderate high-frequency loss]] in both ears from 30 years at [[LOCATION:the Hendricks foundry]]. Got fitted for [[HEALTH:rechargeable aids]] that connect to my phone and for the first time in years I heard my granddaughter [[PERSON:Pippa]] whisper. The [[HEALTH:ringing]] is still there but quieter. At [[AGE:70]] I feel like I rejoined the conversation. [[FINANCIAL:$3,900]] a pair after the [[FINANCIAL:TruHearing]] discount."),
# 27
("google", "ent", 1, "Lucinda Marrow",
 "Our daughter [[PERSON:Elsie]] is [[AGE:six]], [[HEALTH:snores like a freight train]], [[HEALTH:stops breathing]] at night and is [[HEALTH:falling asleep in class]] at [[LOCATION:Birchwood Elementary]]. Her pediatrician referred us to have her [[HEALTH:tonsils and adenoids]] out. [[PROVIDER:Dr. Pruitt]] saw her for 4 minutes and said '[[HEALTH:tonsils are big]] but let's wait 6 months.' 6 months! Meanwhile she [[HEALTH:wets the bed]] again and is [[HEALTH:cranky all day]]. [[FINANCIAL:$90]] specialist copay for 4 minutes. We got a second opinion elsewhere and she's scheduled for [[DATE_TIME:the 21st]]."),
# 28
("healthgrades", "sleep_medicine", 4, "Ignatius Obi",
 "I'd [[HEALTH:fall asleep at red lights]] and my [[HEALTH:knees would buckle when I laughed]]. Took 2 years, but [[PROVIDER:Dr. Wenzel]] diagnosed [[HEALTH:narcolepsy type 1]] after an [[HEALTH:overnight study]] and a [[HEALTH:nap test]] ([[HEALTH:MSLT]]). On [[HEALTH:Xywav]] now and got my license back in [[DATE_TIME:April 2025]]. Minus one star: the specialty pharmacy hoops were a nightmare and my [[FINANCIAL:Kaiser]] member ID [[ID:KP-0038817265]] got typed wrong three times."),
# 29
("facebook", "oncology", 5, "Marguerite Doyle",
 "[[DATE_TIME:A year ago today]] I heard the words [[HEALTH:stage 3 colon cancer]]. [[PROVIDER:Dr. Vilhjalmsson]] and the nurses here got me through 6 months of [[HEALTH:FOLFOX]], the [[HEALTH:port]], the [[HEALTH:hair thinning]], the [[HEALTH:neuropathy in my fingers]] and more [[HEALTH:nausea]] than I thought possible. [[HEALTH:CT]] on [[DATE_TIME:2025-09-18]] was clean. [[HEALTH:NED]]! Special thanks to [[PROVIDER:Rosa]] at the front desk who always saved me the recliner by the window. I'm [[AGE:57]] and I plan to be a very old lady. \U0001f397\ufe0f\U0001f49a"),
# 30
("google", "nephrology", 2, "Curtis Wainwright",
 "[[HEALTH:Stage 4 kidney disease]], [[HEALTH:GFR]] of [[HEALTH:19]]. [[PROVIDER:Dr. Brzezinski]] keeps telling me to get on the [[HEALTH:transplant list]], but the office has lost my [[HEALTH:labs]] twice and the [[HEALTH:fistula]] referral went to a surgeon who retired in [[DATE_TIME:2023]]. I'm [[AGE:59]], I [[HEALTH:swell up like a balloon]] by evening and I'm [[HEALTH:itching all night]]. I don't have time for clerical errors. Even the [[FINANCIAL:Medicare]] number on the referral was wrong: [[ID:1EG4-TE5-MK72]]."),
# 31
("yelp", "plastic_surgery", 3, "Sloane M.",
 "[[HEALTH:Breast reduction]] with [[PROVIDER:Dr. Laurent]] on [[DATE_TIME:Feb 20]]. Results are great: no more [[HEALTH:bra straps digging grooves in my shoulders]] or [[HEALTH:rash under the fold]]. BUT [[DATE_TIME:a week out]] [[HEALTH:one side opened up]] and the nurse line told me to 'just keep it covered.' Ended up with a [[HEALTH:wound infection]] and [[HEALTH:two rounds of antibiotics]]. They also charged [[FINANCIAL:$350]] for the [[HEALTH:surgical bra]]. [[FINANCIAL:Regence]] only covered the surgery because of my [[HEALTH:neck and back pain]], so I'm watching every dollar."),
# 32
("facebook", "geriatrics", 1, "Patrice Ngata",
 "I've put off writing this for weeks. My father [[PERSON:Hemi]] is [[AGE:eighty-six]], had a couple of [[HEALTH:mini-strokes]] in [[DATE_TIME:2022]] and his [[HEALTH:memory has been slipping]] ever since. He was with [[PROVIDER:Dr. Fairbanks]] for years and she was wonderful. When she retired in [[DATE_TIME:the spring]], he got moved to a nurse practitioner and everything fell apart.\n\nFirst, his [[HEALTH:warfarin]] dose was changed after a [[HEALTH:finger-stick INR]] of [[HEALTH:3.8]] but nobody told me, and I'm the one who fills his [[HEALTH:pill organizer]] every Sunday. He had a [[HEALTH:nosebleed that wouldn't stop]] [[DATE_TIME:the following Saturday]] and we spent the night in the ER. Second, I asked three times for a [[HEALTH:memory evaluation]] because he's been [[HEALTH:getting lost driving]] to the [[LOCATION:Elks lodge]] he's gone to for 40 years and [[HEALTH:seeing people in the room who aren't there]]. The NP said 'he seems sharp to me' after asking him what year it was. It turned out he had a [[HEALTH:UTI]], which nobody thought to check. Third, he [[HEALTH:fell in the shower]] on [[DATE_TIME:July 4th]] and [[HEALTH:cracked two ribs]], and when I asked for a [[HEALTH:home safety evaluation]] and a [[HEALTH:shower chair]] order for [[FINANCIAL:Medicare]], it took five weeks and four calls.\n\nWe live out in [[LOCATION:Kettle Falls]] and it's a 50-minute drive each way. He gets [[HEALTH:agitated in the car]] and sometimes [[HEALTH:wets himself]], and I have to plan the whole day around these appointments. I've used up all my leave at [[LOCATION:the Colville Safeway]]. [[PROVIDER:Bettina]] at the front desk is kind and always helps me get him out of the car. But kindness isn't care. Elderly people deserve a doctor who actually listens to their families.\n\n[[PERSON:Patrice N.]]"),
# 33
("facebook", "pediatric_dentistry", 3, "Araceli Montoya",
 "Mi hija [[PERSON:Valentina]] de [[AGE:5 añitos]] tenía [[HEALTH:caries en cuatro muelas]] y [[HEALTH:le dolía al comer]]. La [[PROVIDER:doctora Bui]] la atendió con [[HEALTH:anestesia general]] el [[DATE_TIME:13 de enero]] y fue muy amable con ella. Pero la cuenta: [[FINANCIAL:$1,200]] que [[FINANCIAL:CHIP]] no cubrió por un error del consultorio. Llamé cinco veces y nadie me explica nada. Ahora [[HEALTH:come sin llorar]], por eso tres estrellas y no una."),
# 34
("google", "imaging", 1, "Ferdinand Oakes",
 "Sent for a [[HEALTH:CT with contrast]] for [[HEALTH:belly pain]]. Had a [[HEALTH:bad reaction to the dye]]: [[HEALTH:throat got tight]] and [[HEALTH:hives]] crawled up my neck, and the tech just said 'you're fine, it's the warm feeling.' I wrote on the form that I'm [[HEALTH:allergic to shellfish]]. Nobody checked on me for 20 minutes. Then the report went to the portal before my own doctor saw it: [[HEALTH:gallstones]] and a [[HEALTH:4mm spot on my liver]]. Scan was [[DATE_TIME:Tuesday the 8th]] at [[DATE_TIME:7:40am]], accession number [[ID:RAD-2231157]] if anyone cares."),
# 35
("yelp", "diagnostic_lab", 2, "Quinn A.",
 "Came in for [[HEALTH:fasting blood work]] because I'm on [[HEALTH:the stuff for my thyriod]] and my doctor wanted [[HEALTH:cholesterol]] checked too. Phlebotomist missed three times and left a [[HEALTH:bruise the size of a plum]]. Then they 'lost' two tubes so I had to come back fasting [[DATE_TIME:the next Monday]]. [[HEALTH:TSH]] came back [[HEALTH:0.02]], fine, but they faxed my results to the wrong clinic, including a [[HEALTH:pregnancy test]] I hadn't told anyone about. Two stars only because they open at 6:30."),
# 36
("healthgrades", "home_health", 5, "Lorraine Petrakis",
 "After my husband [[PERSON:Stavros]] had his [[HEALTH:leg amputated below the knee]] in [[DATE_TIME:March]], this home health team came to the house three times a week. [[PROVIDER:Nurse Kwame]] did his [[HEALTH:dressing changes]] and taught me to check for [[HEALTH:pressure sores]], and the therapist [[PROVIDER:Bridget]] got him from the [[HEALTH:wheelchair]] to walking on his [[HEALTH:prosthetic]] to the end of [[LOCATION:Cypress Lane]] by [[DATE_TIME:the 4th of July]]. He's [[AGE:71]] and stubborn as a mule. They even worked it out with [[FINANCIAL:Humana]] so we paid nothing."),
# 37
("google", "speech_therapy", 5, "Oksana Dubrova",
 "My son [[PERSON:Misha]] didn't say a single word until he was [[AGE:almost three]], and everyone kept telling me boys talk late. His teachers at [[LOCATION:Little Acorns daycare]] noticed he [[HEALTH:wasn't answering to his name]]. [[PROVIDER:Ms. Adaeze]] did his [[HEALTH:speech eval]], found [[HEALTH:childhood apraxia]], and now he works with her twice a week. [[DATE_TIME:Yesterday]] he said 'mama, juice please' and I cried in the car. We speak Ukrainian at home and she never once made me feel bad about it."),
# 38
("zocdoc", "occupational_therapy", 2, "Bo Stenmark",
 "Had [[HEALTH:carpal tunnel release]] on my right hand in [[DATE_TIME:October]] and was sent here for [[HEALTH:hand therapy]]. The therapist is good but they double-book her every single session, so I get 15 minutes of [[HEALTH:wax bath and putty]] and then sit alone. Still [[HEALTH:can't button my shirts]] and I [[HEALTH:drop my coffee mug]]. I'm a hygienist at [[LOCATION:Shoreline Family Dental]] and need my hands to work. Copay is [[FINANCIAL:$55]] a visit through [[FINANCIAL:Priority Health]]; I've paid [[FINANCIAL:$660]] so far and I want my money's worth."),
# 39
("healthgrades", "vascular_surgery", 4, "Mavis Ocampo",
 "Years of [[HEALTH:ropey varicose veins]] and [[HEALTH:legs that ached like toothaches]] by the end of a shift at [[LOCATION:Dillard's]]. [[PROVIDER:Dr. Stroud]] did an [[HEALTH:ultrasound]] that showed [[HEALTH:reflux in both saphenous veins]], then [[HEALTH:vein ablation]] on each leg two weeks apart. [[HEALTH:Compression stockings]] in [[DATE_TIME:July]] in [[LOCATION:Tucson]] were brutal, but my legs feel 20 years younger. Minus a star: the office quoted [[FINANCIAL:$0]] after [[FINANCIAL:Banner Aetna]] and I got a bill for [[FINANCIAL:$418]]."),
# 40
("facebook", "midwifery", 5, "Saoirse Delaney",
 "After a [[HEALTH:traumatic C-section]] with my first, everyone told me a [[HEALTH:VBAC]] was crazy. [[PROVIDER:Midwife Ruth]] and [[PROVIDER:Odette]] believed me. [[HEALTH:Labored]] all night, got a [[HEALTH:second-degree tear]], and our daughter [[PERSON:Niamh]] arrived at [[DATE_TIME:4:12 on Sunday morning]], [[HEALTH:7 lbs 9 oz]] and furious about it. They did my [[HEALTH:postpartum checks]] at home in [[LOCATION:Glenmoor]] so I didn't have to drag a newborn out in the snow. Forever grateful \U0001f495"),
# 41
("google", "bariatric_surgery", 1, "Tamika Rowell",
 "Had a [[HEALTH:gastric sleeve]] [[DATE_TIME:5 months ago]]. [[HEALTH:Down 72 pounds]], great, but I've had [[HEALTH:food coming back up]] almost daily and [[HEALTH:my stomach was in knots]] for days at a time. Called the nurse line [[DATE_TIME:Friday]], [[DATE_TIME:Monday]] and [[DATE_TIME:Wednesday]] and was told to 'chew more.' Went to the ER in [[LOCATION:Slidell]] and they found a [[HEALTH:strictur]] and had to [[HEALTH:stretch it with a balloon]]. [[PROVIDER:Dr. Fontenot]] hasn't even looked at the ER records. I'm [[AGE:44]] and I was told this surgery would change my life. It has, just not how they sold it. Paid [[FINANCIAL:$14,500]] self-pay."),
# 42
("zocdoc", "travel_medicine", 3, "Pieter van Dam",
 "Needed the [[HEALTH:yellow fever vaccine]] and [[HEALTH:typhoid pills]] before a work trip to Accra. Booked online, showed up, and was told the [[HEALTH:yellow fever vaccine]] was out of stock. Came back [[DATE_TIME:Thursday]] and got it, plus [[HEALTH:hep A]] and [[HEALTH:malaria pills]]. [[HEALTH:Arm was sore]] for two days, fine. But [[FINANCIAL:$465]] total, and nobody mentioned the first wasted trip would cost [[FINANCIAL:$75]]. Also the HIV status question on the intake is asked out loud in front of the whole lobby. Seriously?"),
# 43
("healthgrades", "hematology", 4, "Gwendolyn Asare",
 "[[HEALTH:Sickle cell]] warrior here, [[AGE:27]]. Most ERs treat me like a [[HEALTH:drug seeker]] when I come in [[HEALTH:in crisis]]. [[PROVIDER:Dr. Mbeki-Harris]] set up a [[HEALTH:pain plan]] I can take to the ER, got me on [[HEALTH:hydroxyurea]] and monthly [[HEALTH:transfusions]], and I've only been admitted once since [[DATE_TIME:January]]. The chairs are uncomfortable for 4 hours and the [[HEALTH:IV]] team sometimes needs 3 tries on my veins. Still the best care I've had. \u2014 [[PERSON:Gwen A.]]"),
# 44
("facebook", "wound_care", 1, "Lamar Dupree",
 "I've been coming here for a [[HEALTH:pressure ulcer on my tailbone]] since I'm [[HEALTH:paralyzed from the waist down]] after a [[HEALTH:motorcycle wreck]]. My ride drops me off at [[DATE_TIME:7:45]] for an [[DATE_TIME:8:30]] and I routinely sit until after [[DATE_TIME:10am]]. The [[HEALTH:wound vac]] alarm goes off in the lobby and everyone stares. [[PROVIDER:Nurse Trudy]] is great but she's the only one who knows how to pack it right. Last time someone new [[HEALTH:packed it wrong]] and I ended up with a [[HEALTH:fever of 102]], a [[HEALTH:PICC line]] and six weeks of [[HEALTH:vanc]]. I'm [[AGE:36]] in a [[HEALTH:power chair]] and my time matters too. My [[FINANCIAL:Medicaid]] case worker Ms. [[PERSON:Odom]] can vouch for all of it."),
# 45
("yelp", "acupuncture", 5, "Wren Castillo",
 "[[HEALTH:Pregnant with my second]] and [[HEALTH:throwing up 10 times a day]], and I couldn't even keep the [[HEALTH:Zofran]] down. [[PROVIDER:Mei-Lin]] did [[HEALTH:acupuncture]] twice a week plus [[HEALTH:acupressure bands]], and by [[HEALTH:16 weeks]] I could eat toast and go back to work at [[LOCATION:Harmon Public Library]]. I was skeptical. I'm not anymore. [[FINANCIAL:$85]] a session, no insurance, worth it."),
# 46
("google", "optometry", 3, "Arturo Benavides",
 "Slept in my [[HEALTH:contacts]] (I know) and woke up with my [[HEALTH:eye glued shut]] and [[HEALTH:light feeling like knives]]. Walked in [[DATE_TIME:Saturday at 9]] and [[PROVIDER:Dr. Nwachukwu]] found a [[HEALTH:corneal ulcer]] and started me on [[HEALTH:antibiotic drops every hour]]. Honestly saved my eye. Three stars because the front desk charged me [[FINANCIAL:$210]] as a 'medical visit' even though I have [[FINANCIAL:Davis Vision]], and when I asked why, she loudly repeated my diagnosis to the whole waiting room."),
# 47
("healthgrades", "orthodontics", 2, "Felicity Ambrose",
 "My daughter [[PERSON:Clementine]], [[AGE:13]], has had [[HEALTH:braces]] for almost 3 years for what was supposed to be 18 months. Her [[HEALTH:bite is still off]], a [[HEALTH:bracket]] has been [[HEALTH:rubbing her cheek raw]] since [[DATE_TIME:before spring break]], and [[PROVIDER:Dr. Gallagher-Singh]] pops in for 30 seconds. We've paid [[FINANCIAL:$6,800]] and now they want [[FINANCIAL:$150]] a month extra for 'extended treatment.' She misses class at [[LOCATION:Oakmont Middle]] for every one of these appointments. Call me: [[CONTACT:(919) 555 0172]]."),
# 48
("yelp", "urgent_care", 1, "Joaquín Barrera",
 "Fui un [[DATE_TIME:domingo]] con [[HEALTH:mucha fiebre]] y [[HEALTH:ardor al orinar]]. La enfermera me dijo que era una [[HEALTH:infección de orina]] sin hacerme el [[HEALTH:análisis de orina]]. Me dieron un [[HEALTH:antibiótico]] y me mandaron a casa. [[DATE_TIME:Tres días después]] tenía [[HEALTH:dolor fuerte en la espalda baja]] y [[HEALTH:escalofríos]], y era una [[HEALTH:infección en el riñón]]. Me cobraron [[FINANCIAL:$225]] por una visita de 10 minutos. Tengo [[AGE:58 años]], trabajo en la [[LOCATION:empacadora de Hidalgo]] y perdí una semana de trabajo."),
# 49
("zocdoc", "primary_care", 5, "Kenji Alder",
 "New to [[LOCATION:Bellhaven]] and needed a [[HEALTH:physical]] for my new job at [[LOCATION:Corvid Aerospace]]. [[PROVIDER:Dr. Sabharwal]] caught that my [[HEALTH:blood pressure was 158/96]] and my [[HEALTH:CBC]] showed [[HEALTH:low iron]]. Turns out the [[HEALTH:ibuprofen]] I was popping for my [[HEALTH:tennis elbow]] was causing a [[HEALTH:slow stomach bleed]]. Caught it early. On [[HEALTH:amlodipine]] now and my [[HEALTH:numbers are in the 120s]]. I'm [[AGE:46]] and had no idea. Booked at [[DATE_TIME:10pm]] on a [[DATE_TIME:Sunday]], seen [[DATE_TIME:Monday]]. Zocdoc works!"),
# 50
("google", "dental", 4, "Priscilla Vongsavath",
 "[[HEALTH:Cracked a molar]] on a popcorn kernel on [[DATE_TIME:Christmas night]] and had [[HEALTH:zinging pain]] whenever I drank anything cold. [[PROVIDER:Dr. Lisowski]] saw me [[DATE_TIME:the 26th]], said I [[HEALTH:grind my teeth at night]] too, did a [[HEALTH:crown]] and made me a [[HEALTH:night guard]]. Painless, and the hygienist [[PROVIDER:Noor]] talked me through my [[HEALTH:panic]], because I've [[HEALTH:passed out]] at dentists before. One star off: [[FINANCIAL:Ameritas]] covered the [[HEALTH:crown]] but the [[HEALTH:night guard]] was [[FINANCIAL:$495]] and nobody told me upfront."),
]

DRAFTS = [
# 1
(1, "", "Thank you for your feedback. Every person who contacts our office deserves prompt, clear and respectful answers, and concerns like this are reviewed by our medical director. Please call our practice manager, Renée Ashford, at (330) 555-0142 so we can talk this through.",
 "Thanks the reviewer, states a practice-wide standard and offers the manager's number without mentioning the medication, the readings or his job."),
(1, "EM", "Thank you for your feedback. Blood sugar swings after a medication switch usually settle within a few weeks, but readings over 300 should always be reported to a clinician the same day. Please call our practice manager, Renée Ashford, at (330) 555-0142.",
 "Paraphrases the high readings and the medication change and gives clinical instructions about reporting them."),
(1, "ENCD", "Mr. Hughes, the Jardiance was stopped because your kidney numbers from August had dropped, and Dr. Vasquez-Ortiz documented that decision. Our nurse explained all of this on the phone, so it is not fair to say no one told you why.",
 "Names the reviewer and his drug, discloses a kidney finding he never posted, confirms he is a patient and argues with his account."),
# 2
(2, "", "Thank you so much for the shout-out! We'll make sure Dr. Nnamdi and Carmen see this. Caring for little ones and the families who love them is what our whole team enjoys most.",
 "Passes praise to the named staff and speaks about families in general without mentioning the child, the illness or the town."),
(2, "E", "Thank you so much for the shout-out! We'll make sure Dr. Nnamdi and Carmen see this, and we're so glad your little guy is back to chasing the cat!",
 "Tricky: 'glad your little guy is back to chasing the cat' comments on the child's recovery from the review."),
(2, "ENC", "Hi Brianna! Theo was such a trooper. Just a reminder that he's due for an ear recheck in two weeks and his 18-month shots, so give us a call to book!",
 "Names the reviewer and her son, confirms he was seen and adds a recheck and vaccines the review never mentioned."),
# 3
(3, "", "Thank you for sharing this. Results should never reach anyone through the portal before a clinician has had the chance to talk them through, and we're reviewing how and when results are released. Please call our patient experience lead, Gordon Pike, at (612) 555-0107.",
 "Tricky safe: addresses portal release of results as a practice-wide process without naming any finding, test or the reviewer's care."),
(3, "EM", "Thank you for sharing this. Barrett's caught at this stage is very manageable and rarely turns into anything serious, so please try not to worry while you wait. Please call our patient experience lead, Gordon Pike, at (612) 555-0107.",
 "Repeats the diagnosis and offers a clinical prognosis and reassurance."),
(3, "G", "Thank you for sharing this. We're changing how results are released, and we guarantee that no one will ever again see a result in the portal before hearing from a clinician. Please call our patient experience lead, Gordon Pike, at (612) 555-0107.",
 "Tricky: an operational reply with no PHI, but it makes an unconditional promise that it will never happen again."),
# 4
(4, "", "Thank you for your feedback. We want everyone who walks through our doors to feel informed and never pressured, and we take concerns like this seriously. Please reach our office manager, Deb Strand, at deb.strand@brightpointdental.example or (503) 555-0121.",
 "A practice-wide commitment to clear, pressure-free communication with the manager's contact and nothing from the review."),
(4, "DE", "Thank you for your feedback. Every dentist reads X-rays a little differently, and our doctors diagnose conservatively and always according to the standard of care. Please reach our office manager, Deb Strand, at (503) 555-0121.",
 "Tricky: no names or amounts, but it defends the diagnosis against the second opinion and alludes to the disputed cavities."),
(4, "ECI", "Hi Trent, we're sorry the numbness made your meeting awkward! We'd be happy to take $300 off the remaining fillings and throw in a free whitening tray.",
 "Names the reviewer, echoes the numbing and fillings, confirms he is a patient and offers a discount and a free product."),
# 5
(5, "", "Thank you for the thoughtful feedback, and we'll pass your kind words along to Lorenzo. Posted self-pay prices should match what anyone pays at the desk, and our billing team is updating our website now. Questions can go to billing@harborurgentcare.example.",
 "Tricky safe: passes praise to the named PA and treats the price gap as a practice-wide website issue without the amounts, injury or medicines."),
(5, "EM", "Thank you for the thoughtful feedback, and we'll pass your kind words along to Lorenzo. As a reminder for everyone, never drive or operate machinery after taking a muscle relaxant. Questions can go to billing@harborurgentcare.example.",
 "Tricky: framed as a reminder for everyone, but it names the reviewer's medication and gives instructions about it."),
# 6
(6, "", "We are so sorry to read this. Timely callbacks and reliable scheduling are standards we hold every member of our team to, and we want to listen. Please call our clinical operations director, Maureen Hale, at (216) 555-0153.",
 "Expresses sympathy and practice-wide standards with a director's contact, without alluding to the pregnancy, the loss or the procedure."),
(6, "E", "We are so sorry to read this, and we're holding you in our thoughts as you grieve. Timely callbacks and reliable scheduling are standards we hold every member of our team to. Please call Maureen Hale at (216) 555-0153.",
 "Tricky: 'as you grieve' alludes to the pregnancy loss the reviewer described."),
(6, "ENCMD", "We're sorry for your loss. Spotting in the first trimester is very common and our triage nurse followed protocol. Dr. Osterhaus had a family emergency that day, and we offered you the first opening the following week, which you declined.",
 "Alludes to the loss, gives a clinical judgement, defends the nurse, confirms care and adds a scheduling offer the reviewer never mentioned."),
# 7
(7, "", "Thank you for taking the time to share this; we'll make sure Tamsin sees it. Accurate billing matters for everyone, and our billing lead, Craig Odum, is available at (802) 555-0138 for any questions.",
 "Tricky safe: names only the staff member the reviewer praised and treats billing as a general standard, with no mention of therapy, symptoms, insurer or workplace."),
(7, "EC", "Thank you for taking the time to share this; we'll make sure Tamsin sees it. We're so proud of the progress you've made, and our billing lead, Craig Odum, has already looked into the claims on your plan.",
 "Comments on the reviewer's mental-health progress and says the practice reviewed the claims on the plan, confirming the relationship."),
# 8
(8, "", "Thank you for your feedback. We want every person we care for to feel their concerns are heard and acted on promptly, and we'd like to understand what happened. Please call our practice administrator, Helen Marsh, at (570) 555-0129.",
 "A practice-wide standard and an administrator's number, with nothing about the shoulder, the shots or the imaging."),
(8, "DE", "Thank you for your feedback. Our physicians follow nationally accepted guidelines, which generally call for conservative care before advanced imaging is ordered. Please call our practice administrator, Helen Marsh, at (570) 555-0129.",
 "Tricky: sounds like general policy but it defends the care path and alludes to the injections, therapy and MRI in the review."),
(8, "ECMG", "Gil, we're sorry the injections didn't do more for your shoulder. Dr. Kessling can still repair that tear good as new, and most people are back to full strength within six months.",
 "Names the reviewer, repeats the injections and tear, confirms treatment, gives a prognosis and promises a full repair."),
# 9
(9, "", "What a wonderful review to read, thank you! We'll share it with Dr. Adeyemi, Dolores and the whole team; notes like this are why they do what they do.",
 "Tricky safe: passing praise to the named doctor and nurse does not say the reviewer was treated, and no condition or family member is repeated."),
(9, "EC", "What a wonderful review to read, thank you! We'll share it with Dr. Adeyemi and Dolores, and please tell Kasia we're grateful she brought you in.",
 "Names the granddaughter and says she brought the reviewer in, which echoes a family member and confirms he was seen."),
# 10
(10, "", "Thank you for the balanced feedback. Paperwork for insurers and pharmacies should move quickly for everyone, and we're reviewing our forms process and fees. Please contact our office manager, Yvette Sandoval, at (412) 555-0116.",
 "Tricky safe: forms and fees are discussed as practice-wide operations without the diagnosis, the drug, the test, the insurer or any amount."),
(10, "I", "Thank you for the balanced feedback. Paperwork should move quickly for everyone, and we've decided to refund every forms fee charged this year. Please contact our office manager, Yvette Sandoval, at (412) 555-0116.",
 "Tricky: a practice-wide refund contains no PHI but is still something of value offered in a public reply."),
(10, "ENC", "So glad the Skyrizi is working, Lena! Your next biologic refill authorization is already in process with Highmark, and we'll have your repeat TB screening ready next June.",
 "Names the reviewer, her drug and insurer, confirms she is a patient and adds refill and screening plans she never posted."),
# 11
(11, "", "Gracias por tomarse el tiempo de escribirnos. Cada persona que llega a nuestra clínica merece atención cuidadosa y un trato respetuoso, y tomamos muy en serio estos comentarios. Por favor llame a nuestra directora médica, la Dra. Inés Carrillo, al (956) 555-0173.",
 "Spanish safe reply: a practice-wide standard and the medical director's number, with nothing about the mother, her symptoms or the bill."),
(11, "ECM", "Sentimos mucho lo que pasó con su mamá después de su consulta. Es importante que siga tomando el anticoagulante que le dieron en el hospital y que camine un poco cada día.",
 "Refers to the mother and her consultation, which confirms care, and gives medication and activity instructions."),
(11, "D", "Gracias por su comentario. Nuestros médicos siguen los protocolos clínicos en cada consulta y el costo de las consultas está publicado en la recepción. Por favor llame a la Dra. Inés Carrillo al (956) 555-0173.",
 "Tricky: no personal details, but it uses protocol and posted prices to rebut the complaint."),
# 12
(12, "", "Thank you for your feedback. Reliable scheduling and timely replies to portal messages matter for everyone we serve, and we're adding scheduling staff this month. Please reach our office manager, Paula Greer, at (901) 555-0110.",
 "Treats scheduling and message delays as a practice-wide operational problem with no mention of the headaches, treatments or job."),
(12, "EC", "Thank you for your feedback. We know how disruptive it is when a treatment series gets delayed, and we've asked our scheduler to call you this week to lock in your dates.",
 "Alludes to the recurring injections and says the scheduler will call to book the reviewer's dates, confirming she is a patient."),
# 13
(13, "", "Thank you for raising this. Referral requirements should be explained clearly and up front to everyone, and our billing manager would like to look into this with you directly. Please call Anita Rowe at (405) 555-0147.",
 "Tricky safe: speaks about referral rules as a general billing practice and gives the practice's own number instead of the reviewer's."),
(13, "ENCD", "Mr. Calloway, claim HUM-4471-09823 was denied because your plan requires a referral, which is explained in the financial policy you signed at your first appointment. We are not able to change your insurer's decision.",
 "Names the reviewer, repeats the claim number, cites a signed policy from his first appointment and pushes back."),
(13, "IG", "Thank you for raising this. Referral requirements should be explained clearly to everyone, so we're waiving every referral-related balance from this year, and no one will ever get a surprise bill from us again.",
 "Tricky: no PHI, but it offers a blanket waiver and an unconditional promise."),
# 14
(14, "", "Thank you for this lovely review! We'll pass it along to Dr. Oduya and the whole team. Helping families feel confident and prepared is at the heart of what we do.",
 "Thanks the reviewer and passes praise to the named doctor without mentioning the child, the allergy or the school."),
(14, "EC", "Thank you for this lovely review! We'll pass it along to Dr. Oduya. It was a joy to watch such a brave young man get through his food challenge.",
 "Refers to the son and his food challenge, which echoes the review and confirms he was seen."),
# 15
(15, "", "Thank you so much for sharing this! We'll pass your kind words along to Jessamyn. We also hear you on parking and are working with our landlord on more spaces at Westbrook.",
 "Tricky safe: Westbrook is the practice's own office, so answering the parking comment repeats nothing about the reviewer, and the praise goes to the named therapist."),
(15, "E", "Thank you so much for sharing this! We'll pass your kind words along to Jessamyn. So many new moms are told to just live with it, and we're glad you didn't!",
 "Tricky: 'new moms are told to just live with it' alludes to the reviewer's postpartum symptoms."),
# 16
(16, "", "Thank you for your feedback. Long waits without updates are not acceptable, and everyone in our waiting room should be treated with patience and respect. Please contact our practice manager, Lorraine Vick, at (785) 555-0155.",
 "Addresses the wait and courtesy as practice-wide standards without the diagnosis, oxygen, medicines or date."),
(16, "ECD", "Thank you for your feedback. Our schedule that morning was thrown off by an emergency, and our staff did their best to keep everyone informed. Please contact our practice manager, Lorraine Vick, at (785) 555-0155.",
 "Tricky: 'that morning' ties the excuse to the reviewer's appointment date, confirming he was there, and the excuse disputes his account."),
(16, "ECM", "Dale, we're sorry the wait was hard on your breathing. Please always bring a full spare tank to appointments, and ask your pharmacist about generic inhalers to bring that $480 down.",
 "Names the reviewer, echoes his breathing, oxygen, inhalers and cost, implies ongoing appointments and gives advice."),
# 17
(17, "", "Thank you for the thoughtful review. Running on time is something we're actively working on across all of our clinics, and we've passed the temperature comment along to our facilities team. Please reach our patient experience office at experience@summitrheum.example.",
 "Tricky safe: wait times and room temperature are handled as facility-wide issues without naming the infusion, diagnosis or school."),
(17, "ECG", "Thank you, Corinne! We know how hard it is to juggle lupus with a classroom full of kids. Starting next month, we promise you'll never wait more than 15 minutes for your infusion.",
 "Names the reviewer, repeats her diagnosis and job, refers to her infusion and makes an unconditional promise."),
# 18
(18, "", "Thank you for sharing this. Every person who reaches out to us deserves to be heard with respect, and concerns about how anyone was treated are reviewed by our medical director. Please call Dr. Simone Archer at (313) 555-0166.",
 "Generic respect and review by the medical director, with no mention of diagnoses, medicines, the discharge or the job."),
(18, "ENCD", "We're sorry you feel this way, but our prescribers follow state rules for controlled substances, and discharge letters are only sent after repeated violations of the treatment agreement you signed.",
 "Alludes to the stimulant request, cites a signed agreement and violations the review never mentioned, and argues with the reviewer."),
(18, "EC", "Thank you for sharing this. We're sorry the move to a new prescriber has been hard, and our staff can forward your records wherever you'd like.",
 "Echoes the discharge and prescriptions and offers to forward the reviewer's records, which confirms the relationship."),
# 19
(19, "", "Wow, thank you for such a kind review! We'll share it with Dr. Sandberg and the nursing team. Making sure families feel supported is something our whole team cares deeply about.",
 "Passes praise to the named surgeon and speaks about families in general, without the surgery, weight, numbness or mother."),
(19, "EC", "Wow, thank you for such a kind review! We'll share it with Dr. Sandberg. Our nurses loved getting to know your mom!",
 "Tricky: the single phrase about the nurses knowing 'your mom' echoes a family member and confirms the reviewer was cared for."),
# 20
(20, "", "We're sorry to read this. Everyone deserves comfort, respect and clear communication while they are with us, and we'd like to learn more. Please call our clinic director, Omar Haddadin, at (718) 555-0189.",
 "Practice-wide values and a director's contact, with no mention of the father, his eye condition or his hearing."),
(20, "ENCMD", "We're so sorry your father was uncomfortable. The drops were reapplied per protocol before his injection, and some redness after an anti-VEGF shot is normal and clears within a week.",
 "Refers to the father and his injection, adds a chart detail the review disputes, defends staff and gives a clinical judgement."),
# 21
(21, "", "Thank you for your feedback. Everyone we serve should be treated with dignity and have our policies explained clearly, and billing questions are handled by our business office. Please call Trina Voss at (402) 555-0131.",
 "Tricky safe: dignity and clear policies are stated generally, with no mention of the injury, testing, medication, employer or claim."),
(21, "ED", "Thank you for your feedback. Drug screening is required by state law for anyone receiving ongoing pain medication, and it is not a judgment of anyone's character. Please call Trina Voss at (402) 555-0131.",
 "Tricky: phrased as a general rule, but it echoes the drug testing and pain treatment and argues with the reviewer's complaint."),
# 22
(22, "", "Thank you so much for taking the time to share this! We'll pass your kind words along to Dr. Ilunga and Pauline; they'll be thrilled.",
 "Thanks the reviewer and passes praise to the named staff without congratulating or mentioning the pregnancy or baby."),
(22, "E", "Congratulations to your growing family, and thank you for the kind words! We'll pass them along to Dr. Ilunga and Pauline.",
 "Tricky: 'congratulations to your growing family' alludes to the pregnancy and birth from the review."),
(22, "ECI", "Welcome to the world, Ezra! We loved being part of your journey, Naomi. Come back for baby number two and your first monitoring cycle is on us.",
 "Names the baby and the reviewer, confirms treatment and offers a free cycle."),
# 23
(23, "", "We're sorry to read this. Every client concern deserves a respectful response, and we'd like to speak with you directly. Please contact our clinical director, Dr. Renata Gill, at (305) 555-0102 or care@lumeaesthetics.example.",
 "Offers a clinical director's contact with no mention of the treatment, the side effect or the reviewer's handle."),
(23, "EMG", "We're sorry to read this. Temporary asymmetry like this can happen and always resolves fully on its own, and we'd like to speak with you directly at (305) 555-0102.",
 "Paraphrases the crooked smile, gives a clinical judgement and promises full resolution."),
(23, "NCD", "We did not block anyone for asking questions. Our injector followed proper technique, and every risk was listed on the consent form you signed before your treatment.",
 "Contradicts the reviewer, cites a signed consent she never mentioned and confirms she was treated."),
# 24
(24, "", "Thank you for the honest feedback and the kind words about Dr. Lana. No one should ever feel pressured into a package, and we've shared this with our whole team. Questions can go to frontdesk@keystonechiro.example.",
 "Tricky safe: pricing pressure is addressed as a practice-wide value and the named chiropractor is thanked without confirming any care."),
(24, "I", "Thank you for the honest feedback and the kind words about Dr. Lana. No one should feel pressured, and we're now offering every new client a free first adjustment.",
 "Tricky: no PHI, but it advertises a free service in the reply."),
# 25
(25, "", "We are very sorry to read this. Careful technique and prompt callbacks are what we expect for every person who trusts us, and our medical director would like to speak with you. Please call Dr. Felix Amankwah at (614) 555-0124.",
 "Offers the medical director's number instead of the email the reviewer posted and repeats nothing about the mother."),
(25, "E", "We are very sorry to read this. Our medical director would like to speak with you and will write to bquaye.family@example.net today.",
 "Tricky: repeating the email address the reviewer posted is an echo of her contact details."),
(25, "ENCM", "We're so sorry about Ama's toe. Our records show her A1C has been climbing, which slows healing, so please keep her feet dry and check them every day. We've booked her a wound check for Friday.",
 "Names the mother, cites her lab trend and a new appointment, and gives foot-care advice."),
# 26
(26, "", "Thank you for such a warm review! We'll pass it along to Dr. Tolliver and the team; we're so glad to read this.",
 "A short thank-you that passes praise to the named audiologist and says nothing about hearing, family or work."),
(26, "E", "Thank you for such a warm review! We'll pass it along to Dr. Tolliver. Enjoy all those whispers from your granddaughter!",
 "Tricky: the closing line echoes the granddaughter and the improved hearing from the review."),
# 27
(27, "", "Thank you for your feedback. Every family deserves enough time to have their questions fully answered, and concerns like this go directly to our physician lead. Please reach our practice manager, Sheldon Ayers, at (585) 555-0160.",
 "A practice-wide standard about time for questions with the manager's number, nothing about the child or her symptoms."),
(27, "EMD", "We understand your frustration, but watchful waiting is the recommended first step for enlarged tonsils in most children, and many outgrow the snoring on their own.",
 "Repeats the tonsils and snoring, offers a clinical judgement and defends the doctor's plan."),
(27, "ECN", "Thank you for your feedback. We've noted in the chart that your family has chosen care elsewhere, and we wish you all the best.",
 "Tricky: a polite line, but it paraphrases the move to another practice, reveals a chart note and shows the family was under the practice's care."),
# 28
(28, "", "Thank you for the thoughtful review. Insurance and pharmacy paperwork should be accurate the first time for everyone, and we've shared your comments with our authorization team. Please call our office at (608) 555-0179 with any questions.",
 "Tricky safe: paperwork accuracy is treated as a practice-wide standard without the member ID, insurer, drug or diagnosis."),
(28, "ENCI", "Thank you for the kind words! We've corrected the Kaiser member ID on your file and waived this month's specialist copay, Dr. Wenzel is glad the Xywav has you back on the road, and we'll see you at your six-month check.",
 "Repeats the insurer and drug, confirms the reviewer's file, waives a copay and adds a follow-up appointment."),
# 29
(29, "", "Thank you for sharing such a moving message. We'll make sure Dr. Vilhjalmsson and Rosa both see it; kindness at every step is what our whole team strives for.",
 "Tricky safe: praise goes to the two named staff, and nothing refers to cancer, treatment, scans or the reviewer's care."),
(29, "ENCG", "Marguerite, ringing the bell with you was a highlight of our year! Your surveillance CT in March will be clear too, we just know it, and the recliner will be waiting.",
 "Names the reviewer, confirms her treatment, adds a future scan and promises its result."),
# 30
(30, "", "Thank you for raising these concerns. Accurate paperwork and referrals that reach the right place are basic standards for everyone we serve, and our practice administrator, Lila Gunn, would like to help. Please call her at (336) 555-0185.",
 "Tricky safe: referrals and paperwork are handled as general operations without naming the kidney disease, access surgery or ID."),
(30, "ENC", "Thank you for raising these concerns. We've re-sent your referral to an active vascular surgeon and corrected your Medicare number, so everything should be on track now.",
 "Alludes to the access surgery, confirms the reviewer's records and discloses actions taken on his file."),
# 31
(31, "", "Thank you for the detailed feedback. After-hours questions should always get a careful, thorough response, and we're reviewing how our nurse line handles calls. Please contact our practice manager, Gretchen Olmos, at (503) 555-0193.",
 "Tricky safe: the nurse line is discussed as a practice-wide service without the surgery, wound, infection or cost."),
(31, "C", "Thank you for the detailed feedback and for trusting us with your care. After-hours questions should always get a careful response, and we're reviewing how our nurse line handles calls.",
 "Tricky: 'for trusting us with your care' confirms the reviewer is a patient; the rest is the safe wording."),
(31, "EMI", "Healing separations are common after reductions and usually close on their own with regular dressing changes. We'd also love to offer you a complimentary scar treatment package.",
 "Repeats the procedure and wound problem, gives a clinical judgement and offers a free treatment."),
# 32
(32, "", "Thank you for taking the time to write this. Families and caregivers are essential partners, and every concern they raise should be heard and acted on promptly. Please call our medical director, Dr. Corinne Yates, at (509) 555-0117.",
 "Tricky safe: a practice-wide value about families that does not say the father is a patient or mention any of his conditions."),
(32, "ENCDG", "Hemi has been part of our family for years and we would never ignore him. His INR was rechecked within the week, and the shower chair order went out as soon as Medicare approved it. From now on, his new provider will call you personally after every visit.",
 "Names the father, confirms his care, adds a lab recheck and order timing, disputes the account and promises calls after every visit."),
# 33
(33, "", "Gracias por su comentario. Queremos que cada familia reciba información clara sobre cobros y seguros, y nuestra gerente de facturación, Rocío Paredes, puede ayudarle al (915) 555-0136.",
 "Spanish safe reply: billing clarity as a practice-wide goal and the billing manager's number, without the child, treatment, insurer or amount."),
(33, "ENCI", "Gracias, señora Montoya. Nos alegra que Valentina ya coma sin dolor. Ya corregimos el error con CHIP en su cuenta y le vamos a perdonar el saldo de $1,200.",
 "Names the reviewer and child, repeats the insurer and amount, discloses an account correction and forgives the balance."),
# 34
(34, "", "We're sorry to read this. Everyone in our care should be closely monitored and listened to at every step, and we've shared this with our clinical leadership. Please call our imaging manager, Wanda Pruett, at (704) 555-0145.",
 "States a general monitoring standard with the imaging manager's number and nothing about the reaction, findings or ID."),
(34, "EMD", "We're sorry to read this. A warm, flushed feeling during contrast is common and usually harmless, and a shellfish allergy is not actually a risk factor for contrast reactions.",
 "Repeats the contrast reaction and allergy, gives a clinical judgement and sides with the technologist."),
(34, "EC", "We're sorry to read this. Our imaging manager, Wanda Pruett, would like to speak with you about your scan; please call (704) 555-0145.",
 "Tricky: the only problem is 'your scan', which confirms the reviewer was imaged here."),
# 35
(35, "", "Thank you for your feedback. Protecting the privacy of everyone's results is a responsibility we take extremely seriously, and this has been escalated to our privacy officer. Please contact Dana Whitlow at privacy@clearpathlabs.example or (602) 555-0108.",
 "Tricky safe: speaks about privacy of results in general and routes to the privacy officer without naming any test."),
(35, "ENCI", "Thank you for your feedback. We've confirmed the fax went to the wrong clinic and asked them to destroy it, your thyroid results have been re-sent to your doctor, and there will be no charge for the repeat draw.",
 "Confirms the misdirected fax and the reviewer's results, echoes the thyroid testing, adds what was done with her records and waives a charge."),
# 36
(36, "", "Thank you for this wonderful review! We'll share it with Kwame, Bridget and the whole team; they'll be so proud.",
 "Passes praise to the named staff with no mention of the husband, amputation or street."),
(36, "EC", "Thank you for this wonderful review! We'll share it with Kwame and Bridget, and we hope to see Stavros leading the Cypress Lane parade next year!",
 "Names the husband and their street and implies the team knows him as a patient."),
# 37
(37, "", "Thank you for sharing such a heartfelt review! We'll make sure Ms. Adaeze sees it. We're proud to support families in every language spoken at home.",
 "Tricky safe: a practice-wide value about languages that does not name the language, the child or his diagnosis."),
(37, "ENCM", "We're so proud of Misha! Apraxia takes consistent practice, so keep doing the picture cards at home every night. We've added a third weekly session for him starting Monday.",
 "Names the child and diagnosis, gives home-practice instructions and adds a schedule change."),
# 38
(38, "", "Thank you for your feedback. Everyone should receive the full scheduled time with their therapist, and we're reviewing how our schedule is built. Please contact our clinic manager, Arturo Beltran, at (206) 555-0170.",
 "Tricky safe: scheduling and time with clinicians are treated as practice-wide operations, without the surgery, symptoms, job or amounts."),
(38, "ECGI", "We're sorry! We'll credit your last two copays back to your account and guarantee a full hour one-on-one at every remaining session.",
 "Echoes the copays, confirms an account, offers a credit and promises full sessions."),
# 39
(39, "", "Thank you for the kind words and the honest feedback. Cost estimates should be accurate for everyone, and our billing team would be glad to walk through any questions. Please call Lorna Dubois at (520) 555-0151.",
 "Addresses estimates as a general billing standard without the veins, procedure, insurer or amounts."),
(39, "E", "Thank you for the kind words and the honest feedback! We're so glad your legs are feeling younger. Please call Lorna Dubois at (520) 555-0151 with any billing questions.",
 "Tricky: 'glad your legs are feeling younger' comments on the treated body part and outcome."),
# 40
(40, "", "Thank you so much for sharing this! We'll make sure Ruth and Odette see it; supporting every family's wishes with respect is at the heart of our practice.",
 "Tricky safe: praise to the named midwives and a general value about respecting wishes, with no birth details or names of family."),
(40, "E", "Thank you so much for sharing this! We'll make sure Ruth and Odette see it. Welcome to the world, little one! \U0001f495",
 "Tricky: welcoming 'little one' alludes to the birth the reviewer described."),
(40, "ENCM", "Saoirse, it was an honor to catch Niamh! Keep up the sitz baths for that tear, and we'll see you both at the six-week visit.",
 "Names the mother and baby, confirms the birth, gives aftercare advice and adds a follow-up visit."),
# 41
(41, "", "We're very sorry to read this. Every call to our nurse line deserves a careful, timely response, and our clinical director wants to hear from you directly. Please call Dr. Simone Batiste at (985) 555-0126.",
 "A practice-wide nurse-line standard and a director's number without the surgery, complication or cost."),
(41, "EMG", "We're sorry to hear about the stricture. Balloon dilation fixes this for good, and you'll be able to eat normally again within a few weeks.",
 "Repeats the complication and treatment, gives a prognosis and guarantees the outcome."),
(41, "ED", "We're very sorry to read this. For the record, our nurse line returns every call within four hours, and chewing thoroughly is part of the written guidance given to everyone before surgery. Please call Dr. Simone Batiste at (985) 555-0126.",
 "Tricky: no names, but 'for the record' disputes the reviewer and the surgery guidance alludes to her procedure."),
# 42
(42, "", "Thank you for the feedback. Stock levels, posted fees and privacy at the front desk are all areas we're reviewing, and intake questions are now answered on a private tablet. Please reach our manager, Ines Holt, at (617) 555-0114.",
 "Tricky safe: stock, fees and front-desk privacy are handled as operations without the vaccines, destination or amounts."),
(42, "E", "Thank you for the feedback. We've since restocked all travel vaccines, so anyone heading to West Africa can get everything in one trip.",
 "Tricky: naming the reviewer's travel region and vaccines echoes details from the review."),
# 43
(43, "", "Thank you for taking the time to write this. Every person deserves to be believed and treated with dignity, and we'll share your comments about comfort with our facilities team and your kind words with Dr. Mbeki-Harris.",
 "A general value plus praise for the named doctor, without the condition, treatments or the reviewer's name."),
(43, "E", "Thank you, Gwen! We'll pass your kind words to Dr. Mbeki-Harris, and we're ordering new chairs for the infusion suite this spring.",
 "Tricky: greeting the reviewer by name and mentioning the infusion suite both echo the review."),
# 44
(44, "", "We're sorry to read this. Everyone's time matters, and long waits and privacy in our waiting room are both things we're working to fix. Please call our clinic manager, Desmond Kray, at (504) 555-0199.",
 "Treats the wait and lobby privacy as practice-wide problems without the wound, device, injury or infection."),
(44, "CG", "We're sorry to read this. Everyone's time matters, and we're training more of our nurses to Trudy's standard so you're never without her level of care again.",
 "Tricky: 'so you're never without her level of care' assumes the reviewer is in the practice's care and promises it will never lapse."),
(44, "ECMD", "Lamar, the fever came from the wound itself, not from the packing. Please keep pressure off your tailbone and turn every two hours, and remember that the alarms on your device are there for your safety.",
 "Names the reviewer, repeats the fever, wound and device, disputes his account and gives care instructions."),
# 45
(45, "", "Thank you so much for the kind words; we'll be sure Mei-Lin sees them! We love helping people feel more like themselves.",
 "A short thank-you with praise for the named practitioner, and nothing about pregnancy, nausea or work."),
(45, "E", "Thank you so much for the kind words; we'll be sure Mei-Lin sees them! Wishing you and your growing family all the best.",
 "Tricky: 'your growing family' alludes to the pregnancy."),
(45, "I", "Thank you so much for the kind words; we'll be sure Mei-Lin sees them! Refer a friend this month and you'll both receive a free cupping session.",
 "Tricky: no PHI, but it offers a free service in a public reply."),
# 46
(46, "", "Thank you for the feedback. Information at our front desk should always be discussed privately, and we're retraining our team on this. Questions about medical versus routine coverage can go to our billing coordinator, Pam Ruiz, at (210) 555-0183.",
 "Tricky safe: front-desk privacy and coverage types are general practice topics; no diagnosis, plan or amount is repeated."),
(46, "C", "Thank you for the feedback, and we're so glad Dr. Nwachukwu was able to help. Information at our front desk should always be discussed privately, and we're retraining our team on this.",
 "Tricky: 'glad Dr. Nwachukwu was able to help' confirms the reviewer was treated."),
(46, "ECMD", "Glad to hear the ulcer is healing! Please never sleep in your contacts again and finish every drop of the antibiotic. Davis Vision only covers routine exams, so the $210 charge is correct.",
 "Repeats the diagnosis, plan and amount, gives eye-care advice and defends the charge."),
# 47
(47, "", "Thank you for sharing your concerns. Clear timelines and fees explained up front matter to every family, and our office manager, Rita Balogun, would like to talk with you. Please call (919) 555-0148.",
 "A general standard on timelines and fees with the manager's number and nothing about the daughter, her braces or the amounts."),
(47, "ENCD", "Treatment timelines are estimates, and extended time is usually due to missed appointments and broken brackets, both of which are noted in Clementine's chart. Our contract clearly states that extra months are billed at $150.",
 "Names the daughter, cites her chart, repeats the fee and argues with the parent."),
(47, "EG", "Thank you for sharing your concerns. Clear timelines and fees matter to every family, and we promise that every case we start will be finished on schedule from now on.",
 "Tricky: phrased as policy, but the promise about finishing cases on schedule alludes to the delayed braces and is unconditional."),
# 48
(48, "", "Gracias por compartir su comentario. Cada persona que nos visita merece una evaluación completa y una explicación clara, y su comentario fue enviado a nuestra directora médica. Por favor llame a la Dra. Marisela Fuentes al (956) 555-0191.",
 "Spanish safe reply: a practice-wide standard and the medical director's number with nothing about the infection, cost, age or job."),
(48, "E", "Gracias por su comentario. Esperamos que ya se sienta mejor y que pueda regresar pronto al trabajo. Por favor llame a la Dra. Marisela Fuentes al (956) 555-0191.",
 "Tricky: hoping he feels better and returns to work echoes his illness and lost work week."),
(48, "ENCD", "Según nuestros registros, usted rechazó el análisis de orina y se le explicó que debía regresar si empeoraba.",
 "Cites the reviewer's records, repeats the urine test, adds a refusal he never mentioned and contradicts him."),
# 49
(49, "", "Thank you for the kind review! Making it easy for anyone to book and be seen quickly is a big priority for our team.",
 "A general thank-you about easy booking, with nothing about the new town, job or findings."),
(49, "E", "Thank you for the kind review, and welcome to Bellhaven! Making it easy for anyone to book and be seen quickly is a big priority for our team.",
 "Tricky: 'welcome to Bellhaven' echoes the reviewer's recent move and town."),
# 50
(50, "", "Thank you for the kind words; we'll pass them along to Dr. Lisowski and Noor! We want every cost to be clear before anyone says yes to anything, and we're reviewing how estimates are shared.",
 "Tricky safe: passes praise to named staff and treats cost estimates as a practice-wide issue without the crown, night guard, insurer or amount."),
(50, "IC", "Thank you for the kind words; we'll pass them along to Dr. Lisowski and Noor! As a thank-you for your review, enjoy 20% off your next visit.",
 "Tricky: the discount is an incentive, and 'your next visit' implies the reviewer is a returning patient."),
(50, "ECMG", "So glad the crown took care of that zinging, Priscilla! Wear your night guard every night and that tooth will last forever.",
 "Names the reviewer, repeats the crown, pain and night guard, confirms treatment, instructs her and promises the outcome."),
]
