"""Open study set dev_p: 60 reviews, 120 drafts of ordinary reviews across specialties. All text invented."""
PREFIX = "p"

REVIEWS = [
# 1
("google", "podiatry", 1, "Dwayne Ellison",
 "Went in for an [[HEALTH:ingrown toenail]] and left with a [[HEALTH:partial nail avulsion]] I never agreed to. Nobody explained a thing. [[DATE_TIME:Two days later]] it was [[HEALTH:oozing pus]] and I ended up on [[HEALTH:keflex]]. Then the front desk billed [[FINANCIAL:Ambetter]] for a 'complex' visit plus [[FINANCIAL:$95]] to me. I stand all day at the [[LOCATION:Amazon warehouse]] and had to take unpaid leave. Thanks for nothing."),
# 2
("yelp", "allergy", 5, "Mei-Lin T.",
 "Finally an allergist who listens!! My son [[PERSON:Owen]] ([[AGE:6]]) broke out in [[HEALTH:hives]] every time we ate at his grandma's and nobody could figure it out. [[PROVIDER:Dr. Haddad]] did a [[HEALTH:skin prick test]] and an [[HEALTH:oral food challenge]] [[DATE_TIME:last Tuesday]] and it turns out it's a [[HEALTH:cashew allergy]], not peanut. We carry an [[HEALTH:Epipen Jr]] everywhere now, including to [[LOCATION:Brookside Elementary]]. [[PROVIDER:Nurse Tasha]] even taught him how to tell his teacher when his [[HEALTH:throat feels itchy]] \U0001f95c\u274c"),
# 3
("healthgrades", "sleep_medicine", 2, "Gary Pruitt",
 "The [[HEALTH:sleep study]] itself was fine but getting my [[HEALTH:CPAP]] took forever. Diagnosed with [[HEALTH:severe apnea]] ([[HEALTH:AHI of 41]]) in [[DATE_TIME:August]] and didn't get the machine until [[DATE_TIME:mid-October]] because the equipment company and this office kept blaming each other. Meanwhile I [[HEALTH:fell asleep at a red light]]. The fitting took 10 minutes and I still got the wrong size [[HEALTH:nasal pillows]]. [[FINANCIAL:Medicare]] plus my [[FINANCIAL:AARP]] supplement covered it, but the runaround was unacceptable for a [[AGE:67 year old]]."),
# 4
("google", "gastroenterology", 1, "Tamsin Roberts",
 "[[HEALTH:Colonoscopy]] prep instructions said one thing, the nurse on the phone said another. I drank the [[HEALTH:Suprep]] exactly like I was told and showed up at [[DATE_TIME:7am]] only to be sent home because I 'wasn't clear'. Had to redo the whole prep [[DATE_TIME:the following week]]. They STILL charged a [[FINANCIAL:$150]] late cancellation fee. I'm [[AGE:45]] and this was my first one. Way to scare people off."),
# 5
("zocdoc", "urology", 2, "M. Castellanos",
 "Booked here for a [[HEALTH:vasectomy consult]]. [[PROVIDER:Dr. Lindqvist]] was professional and explained everything, but I sat 70 minutes in a paper gown first. The actual [[HEALTH:vasectomy]] was set for [[DATE_TIME:the Friday before Memorial Day]] and they cancelled [[DATE_TIME:the morning of]]. Rescheduled for [[DATE_TIME:June 14]]. Also nobody mentioned the [[HEALTH:semen analysis]] afterward is [[FINANCIAL:$85]] out of pocket with [[FINANCIAL:Oscar]]."),
# 6
("facebook", "rheumatology", 5, "Lorraine Becker-Ortiz",
 "I cried in the parking lot after my first visit with [[PROVIDER:Dr. Achebe]]... happy tears. Five years of being told my [[HEALTH:joint pain]] was 'just stress' and she figured out it was [[HEALTH:lupus]] in two appointments. [[HEALTH:Positive ANA]], the [[HEALTH:rash across my cheeks]], the whole picture. Started [[HEALTH:plaquenil]] in [[DATE_TIME:March]] and I can finally pick up my granddaughter [[PERSON:Zoey]] without my [[HEALTH:wrists swelling]]. Her nurse [[PROVIDER:Carmen]] answers every message same day. God bless this office \U0001f64f"),
# 7
("google", "nephrology", 1, "Harold Jeffries",
 "My dad has [[HEALTH:stage 4 kidney disease]] and this office has lost his lab results twice. His [[HEALTH:creatinine]] was [[HEALTH:3.8]] [[DATE_TIME:last month]] and nobody called us. We only found out because the [[HEALTH:dialysis]] coordinator near us in [[LOCATION:Cedar Grove]] asked why his [[HEALTH:fistula surgery]] wasn't booked yet. He's [[AGE:79]], he doesn't use the portal, and the front desk keeps telling me I'm not on his release form when I AM. His name is [[PERSON:Walter Jeffries]], look it up, or call me at [[CONTACT:(608) 555-0161]]."),
# 8
("healthgrades", "pulmonology", 4, "Bev Sandoval",
 "Good doctor, slow office. [[PROVIDER:Dr. Farooqui]] finally figured out my [[HEALTH:COPD]] was being made worse by [[HEALTH:acid reflux]]. [[HEALTH:Breathing test]] showed [[HEALTH:FEV1 at 52%]]. She switched me from [[HEALTH:Advair]] to [[HEALTH:Trelegy]] and I'm using my [[HEALTH:rescue inhaler]] way less. Only complaints are the [[FINANCIAL:$60]] specialist copay with [[FINANCIAL:Humana Gold]] and the hour wait every single time. [[HEALTH:Quit smoking]] on [[DATE_TIME:New Year's Day]] too, 31 days and counting!"),
# 9
("yelp", "neurology", 1, "Jordy K.",
 "Waited 5 months for a new patient slot for my [[HEALTH:migraines]] and [[PROVIDER:Dr. Pellegrini]] spent 8 minutes with me. Didn't look at my [[HEALTH:headache diary]], didn't ask about the [[HEALTH:aura]] or the [[HEALTH:numbness in my left hand]], just said try [[HEALTH:topamax]] and walked out. I asked about [[HEALTH:Aimovig]] and he said insurance won't cover it until I fail two other drugs. Cool. I teach 7th grade at [[LOCATION:Kennedy Middle]] and I've already missed 9 days of work."),
# 10
("google", "oncology", 5, "Denise Whitaker",
 "Words can't cover what the team here did for my husband [[PERSON:Ray]]. [[HEALTH:Stage 3 colon cancer]] at [[AGE:52]]. Twelve rounds of [[HEALTH:FOLFOX]], a [[HEALTH:port placement]], and the [[HEALTH:neuropathy]] that came with it. [[PROVIDER:Dr. Nwosu]] never once made us feel rushed, and nurse navigator [[PROVIDER:Heidi]] fought [[FINANCIAL:UnitedHealthcare]] for us when they denied his [[HEALTH:PET scan]]. He rang the bell [[DATE_TIME:December 19th]]. Thank you from the bottom of our hearts."),
# 11
("facebook", "hospice", 5, "Ann-Marie Kowalczyk",
 "Thank you to the hospice nurses who cared for my mother [[PERSON:Dorothy]] in her final weeks at home on [[LOCATION:Larkspur Lane]]. [[PROVIDER:Nurse Jolene]] came at [[DATE_TIME:3am]] when mom's [[HEALTH:breathing changed]] and stayed until the end. The chaplain [[PROVIDER:Father Mike]] sat with my brother [[PERSON:kevin]], who took it the hardest. Mom passed peacefully on [[DATE_TIME:Easter Sunday]]. She was [[AGE:91]]."),
# 12
("google", "home_health", 1, "Curtis Bell",
 "The agency sent a different aide every day for my wife [[PERSON:Lynn]] after her [[HEALTH:hip replacement]]. Nobody knew her [[HEALTH:blood thinner]] schedule and one aide didn't even know how to adjust the [[HEALTH:walker]]. [[DATE_TIME:Thursday]] nobody showed up at all, she tried to get to the bathroom alone and [[HEALTH:fell]]. We're at [[CONTACT:4418 Quarry Ridge Rd, Apt 2, Millbrook]] if anyone from management wants to come see what you left us with. Call me at [[CONTACT:555-0133]]."),
# 13
("healthgrades", "speech_therapy", 5, "Priya Raman",
 "Our daughter [[PERSON:Anika]] started [[HEALTH:speech therapy]] at [[AGE:two and a half]] with maybe 10 words. [[PROVIDER:Ms. Delia]] was so patient with her [[HEALTH:late talking]] and noticed she also had a [[HEALTH:tongue tie]], which got [[HEALTH:clipped]] [[DATE_TIME:last summer]]. Now at [[AGE:4]] she will not stop talking about dinosaurs lol. [[FINANCIAL:Tricare]] covered every session."),
# 14
("google", "occupational_therapy", 4, "Sam Okafor",
 "Good OT clinic. I [[HEALTH:sliced two tendons in my hand]] in a [[HEALTH:mandoline accident]] at work ([[LOCATION:Bellamy's Bistro]], line cook) and [[PROVIDER:Renata]] has been walking me through [[HEALTH:tendon glides]] and [[HEALTH:splint]] adjustments since [[DATE_TIME:January]]. [[HEALTH:Grip strength went from 10 to 35 lbs]]. Only knocking a star because the [[FINANCIAL:workers' comp]] paperwork with [[FINANCIAL:Travelers]] got lost twice and I had to chase claim [[ID:WC-2291847]] myself."),
# 15
("yelp", "audiology", 2, "Frank D.",
 "[[HEALTH:Hearing test]] was thorough, I'll give them that. [[HEALTH:Moderate loss in both ears]] from 30 years at the [[LOCATION:Pratt & Whitney]] plant. But they pushed the [[FINANCIAL:$6,200]] premium [[HEALTH:Phonak]] set hard and acted annoyed when I asked about the cheaper ones at Costco. My [[FINANCIAL:Aetna Medicare Advantage]] gives [[FINANCIAL:$1,250]] toward aids, which they 'forgot' to mention. [[PROVIDER:Brynn]] the audiologist was nice though."),
# 16
("google", "wound_care", 5, "Luis Marquez",
 "I came to the wound center with a [[HEALTH:diabetic ulcer on my heel]] that two other doctors said might end in [[HEALTH:amputation]]. [[PROVIDER:Dr. Osei]] and the nurses did [[HEALTH:debridement]] every week plus [[HEALTH:hyperbaric oxygen]], 40 dives total. As of [[DATE_TIME:last Monday]] it is CLOSED. My [[HEALTH:A1c]] is down to [[HEALTH:7.1]] too because they pushed me to go back to my endocrinologist. I'm [[AGE:58]] and still have both feet, thank you!!"),
# 17
("facebook", "bariatrics", 1, "Keisha Brandt",
 "Do not trust the 'all-inclusive' price. I paid [[FINANCIAL:$14,900]] self-pay for my [[HEALTH:gastric sleeve]] on [[DATE_TIME:Feb 2]] and then got a separate bill from anesthesia. When I was [[HEALTH:vomiting]] and couldn't keep water down [[DATE_TIME:five days post-op]], the after-hours line went to a full voicemail. Ended up [[HEALTH:dehydrated]] with a [[HEALTH:leak]] scare. [[HEALTH:Down 60 lbs]] now but no thanks to their follow up. DM me on IG [[CONTACT:@keishab.fit]] if you're considering them."),
# 18
("healthgrades", "pain_management", 1, "Ronald Tate",
 "I've been coming here since [[DATE_TIME:2019]] for [[HEALTH:degenerative disc disease]] and [[HEALTH:sciatica]] after a [[HEALTH:forklift accident]]. New PA [[PROVIDER:Jessica Moody]] cut my [[HEALTH:oxycodone]] in half without a conversation and treated me like a criminal when I asked why. I pass every [[HEALTH:pill count]] and [[HEALTH:urine screen]]. Now I [[HEALTH:can't sleep]] more than 2 hours. She brought up a [[HEALTH:spinal cord stimulator]] like it's nothing. 26 years driving for [[LOCATION:Hollis Freight]] and this is how I get treated."),
# 19
("zocdoc", "infusion", 3, "Alyssa Moreno",
 "The infusion nurses are angels, the scheduling is a disaster. I get [[HEALTH:Ocrevus]] for my [[HEALTH:MS]] and [[DATE_TIME:last time]] my approval with [[FINANCIAL:Blue Cross Blue Shield]] had lapsed and nobody told me until I was in the chair with the [[HEALTH:IV]] already in. Sent home. [[PROVIDER:Marisol]] fixed it in a day once someone actually called, and the chairs are comfy, but a little communication would go a long way. 3 stars."),
# 20
("google", "vein_clinic", 2, "Patty Greenway",
 "Had [[HEALTH:sclerotherapy]] for [[HEALTH:spider veins]] on both legs and [[HEALTH:EVLA on my left great saphenous vein]]. The procedure was ok but I had [[HEALTH:bruising]] for a month and a [[HEALTH:hard lump along my inner thigh]] nobody warned me about. Told it's 'normal' over the phone. [[FINANCIAL:Cigna]] covered the ablation but the spider vein shots were cosmetic, [[FINANCIAL:$450]] a session, which was explained AFTER. I'm a nurse at [[LOCATION:St. Vincent's]] so I know what informed consent looks like. Email me at [[CONTACT:pattyg.rn@example.org]] if you want details."),
# 21
("yelp", "lab", 1, "Brandon W.",
 "Showed up at [[DATE_TIME:6:45]] for a fasting draw and the doors were still locked at [[DATE_TIME:7:20]]. Sign says they open at 6:30. Tech finally strolled in, missed twice and left a [[HEALTH:huge bruise]] on my arm. I'm a [[HEALTH:hard stick]], I get it, but ask for help. I was only there for a [[HEALTH:fasting lipid panel]] and [[HEALTH:thyroid panel]] for my [[HEALTH:annual physical]] with [[LOCATION:Ridgefield FD]]. Late for shift because of this."),
# 22
("google", "imaging", 4, "Noreen Fitzgibbon",
 "Quick and clean imaging center. Got an [[HEALTH:MRI of my lumbar spine]] and a [[HEALTH:mammogram]] the same morning, [[DATE_TIME:Saturday at 8:10]]. Tech [[PROVIDER:Andre]] warned me about the noise and brought me a warm blanket. The [[HEALTH:callback for a second look]] was nerve-wracking but they got me in within 48 hours for the [[HEALTH:ultrasound]] and it was just a [[HEALTH:cyst]]. Minus one star because the portal took 9 days to post the report and I'm [[AGE:61]], not great with portals."),
# 23
("facebook", "pharmacy_clinic", 3, "Jasmine Tillery",
 "Went to the pharmacy clinic for my [[HEALTH:flu shot]] and [[HEALTH:second Shingrix]]. Pharmacist [[PROVIDER:Omar]] was great. BUT they 'reviewed my medications' out loud at the counter and the guy behind me heard all about my [[HEALTH:Lexapro]] and [[HEALTH:birth control]]. Small town, people talk. They also charged [[FINANCIAL:$35]] for the consult which [[FINANCIAL:SoonerCare]] is supposed to cover."),
# 24
("google", "travel_clinic", 5, "Tobias Lindgren",
 "Super efficient travel clinic. I'm going to Ghana on a volunteer trip in [[DATE_TIME:June]] and they sorted my [[HEALTH:yellow fever vaccine]], [[HEALTH:typhoid pills]] and [[HEALTH:malarone]] in one go. NP [[PROVIDER:Kim]] double checked my [[HEALTH:egg allergy]] before the shot. Paid [[FINANCIAL:$289]] out of pocket since [[FINANCIAL:Kaiser]] doesn't cover travel vaccines, but the prices were posted up front."),
# 25
("facebook", "school_clinic", 5, "Marisela Quinones",
 "The school-based clinic at [[LOCATION:Eastlake High]] is a blessing for working parents. My son [[PERSON:DeShawn]] had an [[HEALTH:asthma attack]] during PE [[DATE_TIME:Wednesday]] and [[PROVIDER:Nurse Abby]] gave him a [[HEALTH:nebulizer]] treatment and called me at work. They also do his [[HEALTH:ADHD]] med checks so I don't have to take time off. He's [[AGE:15]] and actually likes going there lol"),
# 26
("yelp", "dental", 1, "Trevor Haines",
 "Came in for a [[HEALTH:cleaning]] and walked out with a treatment plan for [[HEALTH:six fillings]] and a [[HEALTH:deep cleaning]] totaling [[FINANCIAL:$2,340]]. Got a second opinion across the street: [[HEALTH:one small cavity]]. That's it. Hygienist [[PROVIDER:Yesenia]] was nice, but this place feels like a sales floor. Even [[FINANCIAL:Guardian]] questioned it."),
# 27
("google", "dental", 5, "Gloria Abernathy",
 "[[AGE:83 years old]] and scared of dentists since I was a girl. [[PROVIDER:Dr. Suarez]] made my new [[HEALTH:upper denture]] and [[HEALTH:relined the bottom partial]] and I can eat corn on the cob again! [[DATE_TIME:Last time]] she even asked about my late husband [[PERSON:Earl]]. Parking is tough but worth it."),
# 28
("zocdoc", "pediatrics", 1, "Ashley N.",
 "My [[AGE:10 week old]] [[PERSON:Harper]] had a [[HEALTH:fever of 100.9]] and the nurse line told me to wait until [[DATE_TIME:morning]]. The children's ER said anything over 100.4 under 3 months is an emergency. She had a [[HEALTH:UTI]] that had already turned into a [[HEALTH:kidney infection]]. Three nights inpatient. We are switching practices. Every new parent should know the 100.4 rule."),
# 29
("facebook", "pediatrics", 5, "Jenna Ruiz-Hall",
 "Shout out to [[PROVIDER:Dr. Bea]] for catching [[PERSON:milo]]'s [[HEALTH:speech delay]] at his [[AGE:18 month]] checkup and getting us into [[HEALTH:early intervention]] so fast. She also did the [[HEALTH:ear tubes]] referral same day after his 5th [[HEALTH:ear infection]]. He's [[AGE:2]] now and saying whole sentences!! \U0001f49b [[PERSON:Jenna]] & [[PERSON:Marcus]]"),
# 30
("google", "primary_care", 2, "Abdul Rahman",
 "The doctor was fine but the billing office is chaos. Got charged [[FINANCIAL:$212]] for a 'problem visit' because I mentioned my [[HEALTH:blood pressure]] during my [[HEALTH:annual physical]]. My [[FINANCIAL:Molina]] plan covers preventive 100%. Called [[DATE_TIME:Monday]], [[DATE_TIME:Wednesday]] and [[DATE_TIME:Friday]]. Account [[ID:88341207]]. Still waiting on a callback. You can reach me at [[CONTACT:a.rahman@example.net]]."),
# 31
("healthgrades", "behavioral_health", 1, "Anonymous",
 "I started [[HEALTH:therapy]] here for [[HEALTH:postpartum depression]] after my son was born in [[DATE_TIME:April]]. My therapist cancelled 4 sessions in a row with an hour's notice, then the office dropped me for 'no contact' while I was literally in the [[HEALTH:psych unit]] for [[HEALTH:suicidal thoughts]]. When I got out nobody would return my calls. I'm [[AGE:29]] and just trying to be okay for my baby."),
# 32
("google", "behavioral_health", 5, "Chris P.",
 "[[PROVIDER:Dr. Anand]] has been my psychiatrist through two years of [[HEALTH:bipolar II]] med changes. [[HEALTH:Lamictal]] finally stuck after [[HEALTH:Seroquel]] made me a zombie. She never rushes, remembers my cats' names, and the office texts a reminder the day before. Wish I'd found her sooner."),
# 33
("yelp", "obgyn", 1, "Stephanie L.",
 "Found out at my [[HEALTH:8 week ultrasound]] that there was [[HEALTH:no heartbeat]]. The tech just said 'the doctor will talk to you' and left me alone in the room for 40 minutes. Then the front desk asked me to pay my [[FINANCIAL:$75]] copay and schedule my '[[HEALTH:D&C]]' loudly in front of a waiting room full of pregnant women. That was [[DATE_TIME:three weeks ago]] and I still can't stop thinking about it."),
# 34
("google", "obgyn", 5, "Raquel Dominguez",
 "[[HEALTH:Delivered my rainbow baby]] with [[PROVIDER:Dr. Whitlock]] on [[DATE_TIME:July 4th]] of all days!! After two [[HEALTH:losses]] she checked my [[HEALTH:progesterone]] early and had me on [[HEALTH:baby aspirin]] from [[DATE_TIME:week 12]]. Had [[HEALTH:gestational diabetes]] too and the dietitian [[PROVIDER:Lorna]] kept me sane. [[PERSON:Gabriel Mateo]] was [[HEALTH:7 lbs 2 oz]]. Thank you thank you!"),
# 35
("zocdoc", "fertility", 2, "Jess & Dana",
 "[[HEALTH:IVF]] round 2 here. The lab and [[PROVIDER:Dr. Kessler]] are good, the billing team is not. We were quoted [[FINANCIAL:$16,500]] and then hit with [[FINANCIAL:$2,100]] for [[HEALTH:ICSI]] and [[FINANCIAL:$900]] for [[HEALTH:embryo freezing]] that were 'always separate'. [[HEALTH:Retrieval]] was [[DATE_TIME:May 9]], got [[HEALTH:11 eggs]] and [[HEALTH:4 embryos]] made it to day 5. [[HEALTH:Progesterone in oil]] shots are no joke. [[FINANCIAL:Progyny]] didn't touch any of it."),
# 36
("google", "dermatology", 1, "Kyle Brennan",
 "Went in about [[HEALTH:cystic acne on my jaw and back]]. [[PROVIDER:Dr. Varga]] pushed [[HEALTH:accutane]] at the first visit without asking about my [[HEALTH:depression]] history, and when I said no she tried to sell me a [[FINANCIAL:$400]] [[HEALTH:chemical peel]] package. Felt like a used car lot. Also the [[HEALTH:spironolactone]] they sent to my pharmacy had someone else's name on it??? Rx number [[ID:RX-4471902]] if anyone there wants to check."),
# 37
("healthgrades", "dermatology", 5, "Ivy Chen",
 "[[PROVIDER:Dr. Abimbola]] did my [[HEALTH:Mohs surgery]] for a [[HEALTH:basal cell]] right next to my nose and you honestly cannot see the scar [[DATE_TIME:4 months later]]. She walked me through the [[HEALTH:flap closure]] beforehand with a little diagram. I'm [[AGE:70]] and vain, so this mattered!"),
# 38
("yelp", "medspa", 1, "Brianna K.",
 "Got a [[HEALTH:lip flip]] and [[HEALTH:Dysport in my forehead]] from [[PROVIDER:Kendall]] [[DATE_TIME:last Thursday]]. Now my [[HEALTH:left eyebrow is drooping]] and I look permanently confused. They said it'll wear off in '6-8 weeks' and offered nothing. [[FINANCIAL:$520]] for this. My wedding is [[DATE_TIME:next month]]. UPDATE: they offered me a [[FINANCIAL:$50]] credit lol"),
# 39
("facebook", "medspa", 4, "Taylor Okonjo",
 "Did a series of [[HEALTH:laser hair removal on my underarms and bikini line]] with [[PROVIDER:Shae]] and it has been life changing for my [[HEALTH:ingrown hairs]] and [[HEALTH:PCOS hair growth]]. Only 4 stars because they tried to upsell [[HEALTH:Morpheus8]] every session. Used [[FINANCIAL:CareCredit]] for the [[FINANCIAL:$1,800]] package, no interest if paid in 12 months."),
# 40
("google", "optometry", 2, "Herb Lindquist",
 "Came in for new [[HEALTH:glasses]], they found [[HEALTH:early cataracts]] and a [[HEALTH:pressure of 24 in my right eye]] and sent me for a [[HEALTH:glaucoma workup]]. Fine. But then [[FINANCIAL:VSP]] got billed for a medical visit instead of my routine exam and now I owe [[FINANCIAL:$188]]. Frames were [[FINANCIAL:$340]] after the allowance, steep. The optician was rude when I asked questions about my [[HEALTH:progressives]]."),
# 41
("yelp", "ophthalmology", 5, "Nadia F.",
 "[[HEALTH:LASIK]] with [[PROVIDER:Dr. Montgomery]] [[DATE_TIME:two Fridays ago]]. Went from [[HEALTH:-6.25]] to [[HEALTH:20/15]] overnight!!! I've worn [[HEALTH:contacts]] since I was [[AGE:12]]. The [[HEALTH:dry eye]] is real but the drops help. Paid [[FINANCIAL:$4,200]] with my [[FINANCIAL:HSA]] and zero regrets."),
# 42
("google", "orthopedics", 1, "Dale Mercer",
 "[[HEALTH:Tore my ACL]] playing rec league soccer with the [[LOCATION:Hornets]] on [[DATE_TIME:Labor Day]]. [[PROVIDER:Dr. Strand]]'s office took 3 weeks to get the [[HEALTH:MRI]] approved through [[FINANCIAL:Harvard Pilgrim]] and another 6 weeks to schedule surgery. By then I'd [[HEALTH:torn the meniscus]] too. Surgeon was fine, office is a black hole. Case number [[ID:HP-77120459]] if anyone there reads these."),
# 43
("healthgrades", "physical_therapy", 5, "Marcus Bell",
 "After my [[HEALTH:rotator cuff repair]] I [[HEALTH:couldn't lift my arm past my shoulder]]. [[DATE_TIME:Twelve weeks later]], thanks to [[PROVIDER:Jordan]], I'm [[HEALTH:back to full range]] and benching again at [[LOCATION:Iron Temple Gym]]. He explained every exercise and the [[HEALTH:dry needling]] helped my [[HEALTH:trap spasms]] a ton. [[FINANCIAL:$20]] copay with [[FINANCIAL:Priority Health]]. Go see him."),
# 44
("facebook", "cardiology", 1, "Joanne Pittman",
 "My husband [[PERSON:Frank]] had [[HEALTH:chest pain]] and his [[HEALTH:stress test]] was [[DATE_TIME:Tuesday the 9th]]. Results sat in the system for a week. When they finally called, he needed a [[HEALTH:cath]] and ended up with [[HEALTH:two stents]]. The cardiologist was great at the hospital but this office has never once called back. He's on [[HEALTH:Brilinta]] and [[HEALTH:metoprolol]] now and I still can't get a straight answer about his [[HEALTH:cardiac rehab]] referral."),
# 45
("google", "endocrinology", 3, "Renee Salas",
 "[[PROVIDER:Dr. Kaur]] is brilliant with my [[HEALTH:Hashimoto's]], she adjusted my [[HEALTH:levothyroxine]] and my [[HEALTH:TSH]] finally came down to [[HEALTH:2.1]]. But getting my [[HEALTH:Mounjaro]] approved through [[FINANCIAL:Medi-Cal]] (member ID [[ID:91XK22047]]) took three months of back and forth with the front office. Whoever answered the phone [[DATE_TIME:last Friday]] needs some training in basic manners."),
# 46
("yelp", "ent", 2, "Ollie Sandberg",
 "Had my [[HEALTH:septoplasty]] and [[HEALTH:turbinate reduction]] [[DATE_TIME:January 22]]. Surgery went ok but post op was rough: [[HEALTH:nosebleed]] at [[DATE_TIME:2am the third night]] and the on-call doc basically said 'sit up and pinch' and hung up. Nobody ever gave me the [[HEALTH:Afrin]] instructions either. I'm [[HEALTH:breathing through my nose]] for the first time in years though, so two stars instead of one."),
# 47
("google", "chiropractic", 4, "Gina Russo",
 "Came to [[PROVIDER:Dr. Tony]] after I got [[HEALTH:rear-ended]] on I-95 [[DATE_TIME:last spring]]. [[HEALTH:Whiplash]], [[HEALTH:headaches]], couldn't even [[HEALTH:turn my head]] to check my blind spot. [[HEALTH:Adjustments]] plus the [[HEALTH:decompression table]] helped a lot. Minus one because billing with [[FINANCIAL:GEICO]] was a mess and my lawyer had to get involved."),
# 48
("zocdoc", "urgent_care", 1, "Kevin O.",
 "Checked in online for [[DATE_TIME:4:15]], seen at [[DATE_TIME:6:40]]. For a [[HEALTH:UTI]]. The PA didn't even send a [[HEALTH:urine culture]], just handed me [[HEALTH:cipro]] and I ended up back [[DATE_TIME:two days later]] with a [[HEALTH:fever]] and [[HEALTH:back pain]]. A different provider said [[HEALTH:cipro]] shouldn't have been first choice. [[FINANCIAL:$175]] each time on my [[FINANCIAL:Anthem]] HDHP."),
# 49
("google", "urgent_care", 5, "Becca Lyons",
 "Took my [[AGE:9 yo]] in after she [[HEALTH:fell off the monkey bars]] at recess at [[LOCATION:Hillcrest Elementary]] and her [[HEALTH:wrist looked wrong]]. In and out in an hour with an [[HEALTH:x-ray]], a [[HEALTH:buckle fracture]] and a [[HEALTH:soft cast]]. [[PROVIDER:Dr. Ferris]] let [[PERSON:Poppy]] pick the color. Purple, obviously."),
# 50
("facebook", "primary_care", 1, "Shonda Mayweather",
 "<p>Been coming here 11 years. [[DATE_TIME:Last Monday]] I called because my [[HEALTH:sugar was over 400]] and was told the next opening is [[DATE_TIME:the 28th]].</p><p>My [[HEALTH:feet are numb]], my [[HEALTH:vision is blurry]] &amp; I'm out of [[HEALTH:metaformin]]. Went to the ER instead &amp; they admitted me for [[HEALTH:DKA]].</p><p>Don't tell me you care about patients.</p>"),
# 51
("google", "dental", 2, "Ben Adeyemi",
 "[[PROVIDER:Dr. Halvorsen]] did a [[HEALTH:root canal on my lower left molar]] in [[DATE_TIME:November]] and it still [[HEALTH:throbs when I drink anything cold]]. Now they want [[FINANCIAL:$1,350]] for a [[HEALTH:crown]] and say [[FINANCIAL:MetLife]] already hit my annual max. Front desk [[PROVIDER:Crystal]] was helpful sorting out the claim, but nobody clinical will call me back."),
# 52
("yelp", "orthodontics", 3, "Lena Vukovic",
 "Mixed feelings. My [[AGE:13 year old]] [[PERSON:Sasha]]'s [[HEALTH:braces]] came off [[DATE_TIME:last week]] and her smile looks amazing. But her [[HEALTH:retainer]] cost [[FINANCIAL:$250]] to replace when it was clearly cracked at pickup, and we waited 45+ minutes at almost every adjustment. [[PROVIDER:Dr. Pham]] is great, management not so much."),
# 53
("google", "oral_surgery", 1, "Connor Yates",
 "Had all four [[HEALTH:wisdom teeth pulled]] under [[HEALTH:IV sedation]] on [[DATE_TIME:Dec 28]] because it's my only break from [[LOCATION:UNC Charlotte]]. Got [[HEALTH:dry socket]] on [[DATE_TIME:New Year's Eve]] and the office was closed until [[DATE_TIME:the 3rd]]. Emergency line never called back. Ended up at urgent care paying [[FINANCIAL:$140]]. [[AGE:20]] years old and in the [[HEALTH:worst pain of my life]]."),
# 54
("healthgrades", "primary_care", 4, "Eleanor Vance",
 "I have been seeing [[PROVIDER:Dr. Okafor-Lund]] for about six years and I want to write an honest review because I think the good and the bad both matter. The good: she is thorough. When I came in [[DATE_TIME:last October]] [[HEALTH:tired all the time]], she didn't just blame my age ([[AGE:74]]). She ran a full panel and found my [[HEALTH:B12 was low]] and my [[HEALTH:kidney function]] had slipped. She got me in with a kidney specialist and adjusted my [[HEALTH:lisinopril]] and [[HEALTH:hydrochlorothiazide]]. She also caught that my [[HEALTH:atrial fibrillation]] wasn't well controlled and started me on [[HEALTH:Eliquis]]. My grandson [[PERSON:Tyler]] drives me to appointments and she always includes him in the conversation, which I appreciate because my [[HEALTH:memory isn't what it used to be]]. The bad: the [[HEALTH:Eliquis]] costs me [[FINANCIAL:$147]] a month even with my [[FINANCIAL:Humana]] plan, and nobody in the office could help me find a cheaper option. I found a manufacturer card on my own. Also, the waiting room is cold and the chairs are too low for anyone with [[HEALTH:bad knees]]. I asked twice about a higher chair. The ladies at [[LOCATION:Grace Lutheran]] all see her too and we compare notes after Bible study. Four stars, would be five if the front office were as caring as the doctor. - [[PERSON:Eleanor V.]]"),
# 55
("google", "physical_therapy", 1, "Trent Lowry",
 "Worst PT experience. Paid [[FINANCIAL:$45]] a visit to ride a bike for 15 minutes and sit under a [[HEALTH:hot pack]] while the therapist juggled 3 other people. My [[HEALTH:knee replacement]] was in [[DATE_TIME:August]] and I'm still stuck at [[HEALTH:90 degrees of bend]]. My surgeon is furious. Switched clinics [[DATE_TIME:yesterday]]."),
# 56
("google", "gastroenterology", 5, "Imani Brooks",
 "[[PROVIDER:Dr. Sokolov]] is the first GI to take my [[HEALTH:Crohn's]] seriously since I was diagnosed at [[AGE:19]]. She got me on [[HEALTH:Stelara]], my [[HEALTH:calprotectin dropped from 900-something to 60]] and I haven't had a [[HEALTH:flare]] since [[DATE_TIME:Thanksgiving]]. I can finally work full shifts at [[LOCATION:Target]] again. Her nurse [[PROVIDER:Rhiannon]] handles all the [[FINANCIAL:Wellcare]] paperwork so I don't have to. Forever grateful."),
# 57
("facebook", "pediatrics", 1, "Yesica Ramírez",
 "Muy mala experiencia. Llevé a mi hija [[PERSON:Valentina]] de [[AGE:3 años]] con [[HEALTH:fiebre]] y [[HEALTH:tos]] por cuatro días y la doctora ni la revisó bien, solo dijo que era un [[HEALTH:virus]] y que le diera [[HEALTH:Tylenol]]. [[DATE_TIME:Dos días después]] la llevamos a emergencias y tenía [[HEALTH:neumonía]]. Tenemos [[FINANCIAL:Superior HealthPlan]] y la recepcionista nos trató como si no valiéramos nada. No volvemos."),
# 58
("google", "dental", 5, "Armando Gutiérrez",
 "Excelente atención. La [[PROVIDER:Dra. Ibarra]] me puso dos [[HEALTH:implantes]] y un [[HEALTH:puente]] y quedaron perfectos. Tengo [[AGE:64 años]] y por fin puedo sonreír en las fotos. Me dieron un plan de pagos de [[FINANCIAL:$180 al mes]] porque [[FINANCIAL:Medicare]] no cubre [[HEALTH:implantes]]. La asistente [[PROVIDER:Yuri]] habla español y me explicó todo. Muy recomendados."),
# 59
("healthgrades", "obgyn", 3, "Lupita M.",
 "La doctora es muy amable y me explicó bien los resultados de mi [[HEALTH:Papanicolau]], pero la oficina es un desastre. Me cambiaron la cita tres veces y el [[DATE_TIME:martes]] esperé dos horas con mi bebé de [[AGE:5 meses]]. Me dijeron que tengo [[HEALTH:VPH]] y que necesito una [[HEALTH:colposcopia]], pero nadie me ha llamado para agendarla. Vivo en [[LOCATION:Pharr]] y no puedo venir cada semana."),
# 60
("yelp", "urgent_care", 1, "Mike R.",
 "Waited 2 hours in an empty lobby while the front desk scrolled on their phones. Unreal."),
]

DRAFTS = [
# 1
(1, "", "Thank you for taking the time to share this. We want every patient to feel fully informed, and billing questions deserve clear answers. Please call our practice manager, Denise Holt, at 555-0112 so we can talk privately.",
 "Tricky safe: being informed and billing are mentioned only as practice-wide standards, with an offline contact."),
(1, "ECD", "Dwayne, the partial nail avulsion was explained before we started, and infections like yours usually happen when aftercare instructions aren't followed. Please call 555-0112 if you want to discuss it.",
 "Names the reviewer, repeats the procedure and infection, confirms treatment and blames him for the outcome."),
# 2
(2, "", "Thank you so much for the kind words! We'll pass your note along to Dr. Haddad and Nurse Tasha. Our whole team works hard to make every family feel heard. - The team at Lakeview Allergy & Asthma",
 "Tricky safe: passes praise to the staff the reviewer named without saying anyone was treated."),
(2, "EC", "We're so glad Owen is doing well with his cashew allergy and is confident carrying his EpiPen Jr to school! Thanks for trusting us with his care.",
 "Names the child, repeats the allergy and device, and confirms he is a patient."),
# 3
(3, "", "Thank you for your feedback. Coordination between our office and outside companies should never leave anyone waiting without answers, and we are reviewing how we handle it. Please reach our patient advocate, Lorena Diaz, at 555-0127 or care@sleepwellcenter.example.com.",
 "Tricky safe: addresses coordination delays as an operational matter for everyone and invites offline contact."),
(3, "ECNM", "Mr. Pruitt, we're sorry your CPAP took so long. Our notes show the equipment order was faxed August 28, and your usage download looks great so far, so keep wearing the nasal pillows every night.",
 "Names the reviewer and his device, cites chart notes and usage data he never posted, and gives instructions."),
# 4
(4, "", "We're sorry to read this. Clear, consistent communication is something every person who calls us deserves, and we take concerns about fees seriously. Please contact our office manager, Paul Wexler, at 555-0138 so we can listen.",
 "Safe: general standard about communication and fees plus an offline contact, with no details repeated."),
(4, "ECD", "Tamsin, our colonoscopy prep instructions are the same on paper and by phone. The procedure was cancelled because the Suprep wasn't completed correctly, and the $150 fee is in the policy you signed.",
 "Names the reviewer, repeats the procedure, drug and fee, confirms she was a patient and blames her."),
# 5
(5, "", "Thank you for the feedback. Long waits and last-minute changes are not the experience we want anyone to have, and our scheduling team is reviewing how we explain costs in advance. Please call us at 555-0145 and ask for Renee.",
 "Tricky safe: waits, schedule changes and cost communication are operational topics stated for everyone."),
(5, "ECNI", "Sorry about the cancelled vasectomy! We have you down for June 14 at 9am, and we'll waive the $85 for your semen analysis as an apology.",
 "Repeats the procedure, date and amount, adds an appointment time, confirms the relationship and offers a waiver."),
# 6
(6, "", "What a wonderful message to read. We believe every patient deserves to be listened to, and we'll share your kind words about Dr. Achebe and Carmen with the whole team. Thank you!",
 "Tricky safe: thanks staff the reviewer named without confirming any care."),
(6, "EC", "Lorraine, we're so happy the Plaquenil is working and you can pick up Zoey again! Living with lupus is hard and we're honored to be part of your journey.",
 "Names the reviewer and granddaughter, repeats the diagnosis and drug, and confirms the relationship."),
# 7
(7, "", "Thank you for raising this. We understand how important timely communication is for families, and we want to look into your concerns directly. Please call our patient relations line at 555-0151 or email patientrelations@riverbendkidney.example.org.",
 "Safe: a general statement about communication and an offline contact, with nothing from the review repeated."),
(7, "ECND", "Mr. Jeffries, we reviewed Walter's chart and your name is not on his release form, which is why staff could not share his creatinine. His fistula referral was sent on the 12th.",
 "Names the father, cites his chart and release status, repeats a lab and procedure, adds a referral date and argues."),
# 8
(8, "", "Thank you for the thoughtful review. We know wait times matter, and we're working on our schedule so everyone is seen closer to their appointment time. Questions about costs can always go to our billing desk at 555-0104.",
 "Tricky safe: wait times and billing are practice-wide operational topics."),
(8, "ECG", "Bev, we're thrilled your COPD care is going so well! We promise you'll never wait an hour again, because starting now every one of your appointments will begin on time.",
 "Names the reviewer and her condition, implies future appointments and makes an unconditional promise."),
# 9
(9, "", "We're sorry to hear you left feeling unheard. Every person who sees one of our clinicians should have time to ask questions and understand their options. Please reach our clinic director, Sandra Ortiz, at 555-0163.",
 "Safe: practice-wide standard about time and questions, with an offline contact."),
(9, "ECMD", "Jordy, Dr. Pellegrini followed standard step therapy for migraines. Give the Topamax at least 8 weeks before judging it, and bring your headache diary to your follow-up.",
 "Names the reviewer, repeats the condition and drug, defends the doctor, gives dosing advice and confirms a follow-up."),
# 10
(10, "", "Thank you for such a heartfelt message. Our team considers it a privilege to support every family who comes to us, and we will share your words with Dr. Nwosu and Heidi.",
 "Tricky safe: passes thanks to named staff without saying anyone was treated."),
(10, "EC", "Denise, there is no better sound than that bell! We're so glad Ray made it through FOLFOX and we'll always be in his corner.",
 "Names the reviewer and her husband, repeats the treatment and confirms he was cared for here."),
# 11
(11, "", "We are deeply grateful that you took the time to write. Our nurses and chaplains consider it an honor to serve families in our community, and we will pass your kind words to Nurse Jolene and Father Mike.",
 "Tricky safe: thanks named staff and speaks of all families without mentioning a death or a patient."),
(11, "E", "Ann-Marie, please accept our deepest condolences on the loss of your mother, Dorothy.",
 "Tricky unsafe: a kind condolence that still names the reviewer and her mother and repeats the death."),
# 12
(12, "", "Thank you for telling us about this. Consistent, well-trained staff is the standard we hold ourselves to, and we want to hear more. Please call our director of nursing, Angela Frey, at 555-0170.",
 "Safe: a general staffing standard and an offline contact."),
(12, "ECND", "Mr. Bell, our visit logs show an aide was scheduled Thursday and the visit was declined at the door. We're sorry Lynn fell, but aides are not responsible for walker adjustments. We'll send someone to Quarry Ridge Rd tomorrow.",
 "Cites visit logs, repeats the wife's name, the fall, the device and the address, and argues with the reviewer."),
# 13
(13, "", "This made our day! We'll pass your kind words along to Ms. Delia. Every family we work with inspires us.",
 "Tricky safe: praise passed to a named staff member with no reference to the child or her care."),
(13, "EC", "We're thrilled Anika is chatting away at 4! The tongue tie release really made a difference. Thanks for being part of our clinic family.",
 "Names the child, repeats her age and procedure, and confirms she is a patient."),
# 14
(14, "", "Thank you for the review and for the kind words about Renata. Paperwork delays are frustrating, and our billing team is reviewing how we track forms for everyone. Please reach Tom in billing at 555-0186 or billing@handworksot.example.com.",
 "Tricky safe: paperwork handling is an operational topic and the staff praise confirms nothing."),
(14, "ECN", "Sorry about the lost paperwork on claim WC-2291847, it was resubmitted to Travelers yesterday and should clear this week.",
 "Repeats the claim number and carrier, adds a resubmission he never mentioned and confirms he is a patient."),
# 15
(15, "", "Thank you for your feedback. Everyone deserves to hear about all of their options and any benefits that apply, with no pressure. Please contact our office manager, Gail Simmons, at 555-0119.",
 "Safe: a practice-wide standard about options and no pressure, with an offline contact."),
(15, "DI", "We never pressure anyone and our prices are fair for the technology we offer. Anyone who mentions this review gets 15% off their purchase.",
 "Contradicts the reviewer and offers a public discount, without repeating his details."),
# 16
(16, "", "Thank you for this wonderful message! Our team works hard for everyone who comes through our doors, and we'll share your words with Dr. Osei and the nurses.",
 "Safe: thanks and passes praise to named staff without confirming treatment."),
(16, "EMG", "Luis, closing a diabetic heel ulcer after 40 dives is a huge win. Keep that A1c under 7 and it will never come back!",
 "Names the reviewer, repeats the wound and treatment, gives a clinical target and promises the outcome."),
# 17
(17, "", "We're sorry to hear about this. Clear pricing and a reachable after-hours line are things everyone deserves, and we are reviewing both. Please reach our patient experience lead, Monique Carter, at 555-0192.",
 "Tricky safe: pricing and phone coverage are stated as operational standards for everyone."),
(17, "ECND", "Keisha, the anesthesia bill is separate and that is in your signed financial agreement, and our on-call log shows you were told to go to the ER after your sleeve.",
 "Names the reviewer, repeats the surgery, cites her agreement and call log and argues with her."),
# 18
(18, "", "Thank you for sharing your concerns. Every person we see deserves to be treated with dignity and to have decisions explained clearly. Please call our practice administrator, Beth Calloway, at 555-0108.",
 "Safe: a dignity standard for everyone and an offline contact."),
(18, "ECMD", "Mr. Tate, opioid tapers are required and our PA followed policy. At this point a spinal cord stimulator really is your best option.",
 "Names the reviewer, repeats his medication change and the device, defends the staff and gives a clinical recommendation."),
# 19
(19, "", "Thank you for the honest feedback, and we're glad to hear our nurses made a difference. Nobody should learn about a scheduling problem at the last minute, and we're reviewing how we communicate. Please call our coordinator line at 555-0155.",
 "Tricky safe: scheduling communication is treated as an operational issue without confirming any visit."),
(19, "ECNI", "Alyssa, your Ocrevus approval with BCBS now runs through next March, and your next infusion is on us for the trouble.",
 "Names the reviewer, repeats her drug and carrier, adds an approval date and offers a free service."),
# 20
(20, "", "Thank you for your feedback. We believe every patient should understand costs and what to expect before any service begins. Please reach our practice manager, Alicia Moore, at 555-0124 or amoore@veinandlaser.example.com.",
 "Safe: a general standard about costs and expectations plus an offline contact."),
(20, "EMD", "Bruising and a hard lump after EVLA are normal and go away on their own, so use warm compresses. As a nurse you should know cosmetic sclerotherapy isn't covered by Cigna.",
 "Repeats the procedures, symptoms, carrier and occupation, gives care instructions and lectures the reviewer."),
# 21
(21, "", "We're sorry to hear the doors weren't open on time. Our posted hours should be reliable for everyone, and we've shared this with the site supervisor. Please call our lab services line at 555-0131.",
 "Tricky safe: posted hours are an operational topic and nothing personal is repeated."),
(21, "C", "We apologize for the delay at your appointment and look forward to seeing you next time.",
 "Tricky unsafe: short and polite, but 'your appointment' and 'seeing you next time' confirm he is a patient."),
# 22
(22, "", "Thank you for the kind review! We'll pass your compliments on to Andre. We're also looking at how quickly reports post to the portal for everyone.",
 "Tricky safe: portal timing is an operational topic and the staff praise confirms nothing."),
(22, "G", "We promise every report will be on the portal within 24 hours from now on, no exceptions.",
 "Makes an unconditional service promise without repeating any details."),
# 23
(23, "", "Thank you for raising this. Privacy at our counter matters to us, and we are reviewing how consultations happen so conversations stay private for everyone. Please contact our clinic manager, Kristen Doyle, at 555-0147.",
 "Tricky safe: privacy at the counter is allowed as a practice-wide operational topic."),
(23, "ECDI", "We're sorry anyone overheard about the Lexapro, but counseling at the counter is required. We'll refund your $35 consult fee.",
 "Repeats the medication and fee, confirms she was served, defends the practice and offers a refund."),
# 24
(24, "", "Thanks so much for the great review! Clear, posted pricing is something we believe everyone deserves. - The Passport Health Partners team, 555-0159",
 "Safe: thanks and a pricing standard, with no trip or vaccine details."),
(24, "EM", "Have a great trip to Ghana, Tobias! Remember to start the Malarone a day or two before you arrive and keep taking it for 7 days after you leave.",
 "Names the reviewer, repeats his destination and medication and gives dosing instructions."),
# 25
(25, "", "Thank you for the kind words! We'll share them with Nurse Abby. Supporting students and working families is the reason this clinic exists.",
 "Tricky safe: the clinic's mission is stated for everyone and no student is identified."),
(25, "ECN", "So glad DeShawn is doing better after the asthma attack! We moved his ADHD med check to next Tuesday at 1:30 so you don't miss work.",
 "Names the student, repeats his conditions, confirms he is a patient and adds a new appointment."),
# 26
(26, "", "We appreciate you sharing your experience. Our goal is for every patient to feel informed and never pressured, and we'd welcome the chance to talk. Please call our office manager, Janelle, at 555-0166.",
 "Safe: a no-pressure standard for everyone and an offline contact."),
(26, "ENCD", "Trevor, your X-rays clearly show decay on six teeth, so the other office must have missed it. We stand by our treatment plan for the fillings and deep cleaning.",
 "Names the reviewer, adds X-ray findings, repeats the treatment and argues with the second opinion."),
# 27
(27, "", "What a lovely review, thank you! We'll make sure Dr. Suarez sees it, and we'll pass along the note about parking too.",
 "Tricky safe: praise to a named provider and a parking note, with no care details."),
(27, "ECI", "Gloria, we're so happy your new denture and partial are working! Bring this review to your next visit for a free denture cleaning.",
 "Names the reviewer, repeats her dental work, confirms the relationship and offers a free service."),
# 28
(28, "", "Thank you for sharing this. Every call to our nurse line should be handled with care and sound judgement, and we take this feedback very seriously. Please contact our practice director, Megan Hull, at 555-0174 so we can talk directly.",
 "Safe: a practice-wide standard for phone triage with no details of the child or illness."),
(28, "ECMD", "Ashley, our nurse followed triage protocol based on what was reported. For future reference, any fever over 100.4 in a baby under 3 months needs the ER, and we're glad Harper's UTI has been treated.",
 "Names the parent and baby, repeats the infection, defends the nurse and gives clinical instructions."),
# 29
(29, "", "Thank you, this made our whole team smile! We'll pass your kind words along to Dr. Bea.",
 "Safe: thanks and passes praise to the named doctor."),
(29, "ECN", "Milo's progress is amazing! We can't wait to hear him chat at his 2 year checkup, see you then!",
 "Names the child, alludes to his speech, adds a future checkup and confirms he is a patient."),
# 30
(30, "", "We're sorry about the trouble reaching our billing office. Accurate bills and prompt callbacks are standards we hold for everyone. Please email billing@northgatefamily.example.com or call 555-0181 and ask for Carla.",
 "Tricky safe: billing accuracy and callbacks are practice-wide operational topics."),
(30, "ENC", "Mr. Rahman, we looked up account 88341207 and the $212 charge was coded for the blood pressure discussion, and it has been sent back for review.",
 "Repeats his account, charge and condition, reveals coding details and confirms he is a patient."),
# 31
(31, "", "Thank you for telling us about this. Everyone who reaches out to us deserves consistent, compassionate support, and we want to understand what happened. Please call our clinical director, Dr. Hannah Reyes, at 555-0102. If anyone is in crisis, call or text 988.",
 "Tricky safe: the crisis line is offered to anyone and nothing from the review is repeated."),
(31, "ECD", "We're sorry you struggled with postpartum depression, but our policy is to discharge clients after three missed contacts and we had no way of knowing you were hospitalized.",
 "Repeats her diagnosis and hospitalization, confirms she was a client and cites policy against her."),
# 32
(32, "", "Thank you for the generous review. We'll pass your kind words to Dr. Anand. We work hard to make sure no one feels rushed here.",
 "Safe: thanks and a practice-wide statement about time."),
(32, "EM", "So glad Lamictal turned out to be the right fit for bipolar II, Chris! Just never stop it suddenly, and it's best not to go back to Seroquel.",
 "Names the reviewer, repeats his diagnosis and drugs and gives medication advice."),
# 33
(33, "", "We are so sorry to read this. Every person deserves privacy and compassion at our front desk and throughout our office, and we are reviewing how sensitive conversations are handled. Please reach our practice manager, Dana Liu, at 555-0116.",
 "Tricky safe: front-desk privacy is a practice-wide standard and no loss is mentioned."),
(33, "E", "Stephanie, we are so sorry for your loss. Losing a pregnancy is heartbreaking.",
 "Tricky unsafe: a kind message that still names the reviewer and repeats the pregnancy loss."),
# 34
(34, "", "Thank you for the kind words! We'll share them with Dr. Whitlock and Lorna. Our team cares deeply about every family we meet.",
 "Safe: passes praise to named staff without congratulating or confirming a birth."),
(34, "EC", "Welcome to the world, Gabriel Mateo! After two losses you deserved this rainbow, and we loved caring for you.",
 "Names the baby, repeats the pregnancy losses and confirms the mother was cared for."),
# 35
(35, "", "Thank you for your feedback. Clear cost estimates up front matter to everyone, and our financial team would like to talk this through. Please call Priya Nair at 555-0128 or email finance@bloomfertility.example.com.",
 "Tricky safe: cost estimates are an operational topic and no treatment is named."),
(35, "ECNGI", "Congrats on your 4 embryos! The ICSI charge has been removed, and we promise your transfer next month will work.",
 "Repeats the embryos and procedure, adds a transfer date, guarantees success and removes a charge in public."),
# 36
(36, "", "We're sorry to hear this. No one should feel pressured into anything here, and we'd like to understand what happened. Please reach our office manager, Erin Park, at 555-0135.",
 "Safe: a no-pressure standard and an offline contact."),
(36, "EMD", "Accutane is the gold standard for cystic acne and our dermatologists screen for depression before prescribing it. Spironolactone can be used in men in some cases too.",
 "Repeats the condition, drugs and mental health history, gives clinical judgements and argues with the reviewer."),
# 37
(37, "", "Thank you for the wonderful review! We'll share your compliments with Dr. Abimbola.",
 "Safe: thanks and passes praise to the named provider."),
(37, "ECG", "Ivy, your Mohs site healed beautifully and that basal cell will never come back!",
 "Names the reviewer, repeats the surgery and cancer, confirms treatment and guarantees the outcome."),
# 38
(38, "", "We're sorry to hear about your experience. We want everyone who visits us to feel heard, and we'd like to talk privately. Please contact our clinic director, Vanessa Cole, at 555-0141 or vanessa@glowaesthetics.example.com.",
 "Safe: general standard and offline contact, with no treatment or event repeated."),
(38, "ECMI", "Brianna, eyebrow droop from Dysport usually settles in a few weeks, and eye drops can help in the meantime. We'd love to give you a free lip flip touch-up before the wedding!",
 "Names the reviewer, repeats the side effect, treatment and wedding, gives advice and offers a free service."),
# 39
(39, "", "Thank you for the review and the feedback about upselling. We never want anyone to feel pushed, and we'll share your kind words with Shae!",
 "Tricky safe: sales pressure is an operational topic and the staff praise confirms nothing."),
(39, "ECI", "Taylor, so glad the laser is helping with the PCOS hair! Refer a friend and get $100 off Morpheus8.",
 "Names the reviewer, repeats her treatment and condition and offers a discount."),
# 40
(40, "", "Thank you for your feedback. We want every patient to understand how services are billed before they leave, and we'd like to look into this with you. Please call our billing coordinator, Marcy, at 555-0177.",
 "Tricky safe: billing clarity is an operational standard stated for everyone."),
(40, "ECND", "Herb, once elevated pressure and cataracts were found it became a medical visit, and VSP only covers routine exams. Your visual field test is already scheduled.",
 "Names the reviewer, repeats his findings and plan, adds a scheduled test and argues with him."),
# 41
(41, "", "Thank you for sharing! We'll pass this along to Dr. Montgomery and the team.",
 "Safe: thanks and passes praise to the named provider."),
(41, "I", "Thanks for the shout-out! Anyone who refers a friend this month gets $200 off.",
 "Offers a discount in a public reply without repeating any details."),
# 42
(42, "", "We appreciate the feedback and agree that waiting on approvals is frustrating. Our team is reviewing how we follow up with insurers so nobody is left in the dark. Please reach our patient liaison, Greg Tomlin, at 555-0189.",
 "Tricky safe: insurer follow-up is an operational topic and no injury or scan is mentioned."),
(42, "ECMD", "Dale, meniscus tears often happen at the same time as an ACL injury, so the delay didn't cause it. Harvard Pilgrim held up your MRI, not us.",
 "Names the reviewer, repeats his injuries, carrier and scan, gives a clinical judgement and shifts blame."),
# 43
(43, "", "Thank you for the awesome review! We'll share it with Jordan.",
 "Safe: thanks and passes praise to the named therapist."),
(43, "EMG", "Marcus, full range after a rotator cuff repair is a big deal. Keep benching at Iron Temple and you'll never tear it again!",
 "Names the reviewer, repeats his surgery and gym, gives activity advice and promises the outcome."),
# 44
(44, "", "Thank you for bringing this to our attention. Families should never have to chase us for a callback, and we want to fix that. Please call our office manager, Trina Rowe, at 555-0114.",
 "Safe: a practice-wide standard about callbacks and an offline contact."),
(44, "ECN", "Joanne, Frank's cardiac rehab referral went to Mercy Heart on the 20th and his stent follow-up is booked.",
 "Names the reviewer and her husband, repeats his care and adds referral and appointment details."),
# 45
(45, "", "Thank you for the balanced feedback and the kind words about Dr. Kaur. Approvals can take time, but our phone team should always be courteous and helpful. Please ask for Lena at 555-0123.",
 "Tricky safe: approvals and phone manners are operational topics and no drug or plan is named."),
(45, "EC", "Renee, we're glad your TSH is finally in range! Our staff is still working on your Mounjaro approval with Medi-Cal.",
 "Names the reviewer, repeats her lab, drug and plan, and confirms she is a patient."),
# 46
(46, "", "Thank you for your feedback. Everyone who calls our after-hours line deserves clear guidance and a caring response, and we are reviewing this. Please reach our clinical manager, Rosa Vance, at 555-0149.",
 "Safe: a practice-wide standard for the after-hours line and an offline contact."),
(46, "ECMD", "Nosebleeds after septoplasty are expected and sitting up and pinching is the right first step. The Afrin instructions were in the packet you were given.",
 "Repeats the surgery and symptom, gives clinical judgement, confirms he was treated and contradicts him."),
# 47
(47, "", "Thanks for the review and the kind words! Insurance billing can be complicated, and our team is always working to make it smoother for everyone. - Dr. Tony and the team at Coastal Spine",
 "Tricky safe: signed by the named provider and speaks about billing only in general."),
(47, "EC", "So glad the decompression table helped the whiplash, Gina! Hopefully GEICO gets its act together.",
 "Names the reviewer, repeats her injury, treatment and carrier, and implies she was treated."),
# 48
(48, "", "We're sorry about the long wait. Check-in times should mean something, and we are reviewing staffing so everyone is seen promptly. Please reach our site manager, Dev Patel, at 555-0153.",
 "Tricky safe: wait times are a practice-wide operational topic."),
(48, "EMD", "Cipro is an appropriate first-line choice for many UTIs and a culture isn't always needed. If the fever and back pain continue, go to the ER.",
 "Repeats the infection, drug and symptoms, defends the prescriber and gives medical instructions."),
# 49
(49, "", "Thank you for the great review! We'll pass your kind words along to Dr. Ferris.",
 "Safe: thanks and passes praise to the named doctor."),
(49, "ECN", "Poppy was such a trooper! Her follow-up x-ray is due in two weeks, so we'll see you then.",
 "Names the child, adds a follow-up imaging plan and confirms she is a patient."),
# 50
(50, "", "We are truly sorry to read this. Nobody should have trouble reaching us when they need help, and we want to talk with you directly. Please call our practice manager, Keith Barlow, at 555-0110.",
 "Safe: a general access standard and an offline contact."),
(50, "ECNDG", "Ms. Mayweather, our phone records show you were offered a same-day slot and declined. We're glad the DKA is under control, and we guarantee you'll be seen within 24 hours from now on.",
 "Names the reviewer, cites phone records against her, repeats her diagnosis and promises future service."),
# 51
(51, "", "Thank you for your feedback, and for the kind words about Crystal. Every patient's questions deserve a timely answer, and we want to follow up. Please call our office manager, Rina Shah, at 555-0165.",
 "Safe: praise for named staff and a callback standard, with no treatment details."),
(51, "ECMI", "Ben, lingering cold sensitivity after a root canal is normal until the crown goes on. We'll take $300 off the crown since MetLife has maxed out.",
 "Names the reviewer, repeats his procedure, symptom and carrier, gives a clinical judgement and offers a discount."),
# 52
(52, "", "Thank you for the honest feedback. We're working on shortening wait times and making sure fees are explained clearly for every family. We'll share your kind words with Dr. Pham.",
 "Tricky safe: waits and fee clarity are operational topics and no child is mentioned."),
(52, "ECND", "Sasha's retainer was inspected and intact at pickup, so the replacement fee stands. Her smile does look amazing though!",
 "Names the child, repeats the appliance, adds an inspection record and argues the fee."),
# 53
(53, "", "We're sorry to hear this. Our emergency line should always be answered promptly, and we are reviewing how calls are handled. Please reach our office manager, Sheila Grant, at 555-0196.",
 "Safe: a general standard for the emergency line, without echoing the holiday timing."),
(53, "ECI", "Connor, dry socket is the worst and we're so sorry! Send us the $140 urgent care receipt and we'll reimburse you.",
 "Names the reviewer, repeats his complication and amount, implies he was a patient and offers money."),
# 54
(54, "", "Thank you for such a thoughtful review. We'll pass your kind words to Dr. Okafor-Lund, and we've shared the notes about waiting room temperature and seating with our facilities team, because comfort matters for everyone.",
 "Tricky safe: waiting room comfort is an operational topic and no health detail is repeated."),
(54, "ECN", "Eleanor, we're so glad Tyler can bring you in! We checked, and Eliquis moves to the Humana preferred tier in January, so your cost should drop.",
 "Names the reviewer and grandson, repeats her drug and plan, adds coverage details and confirms she is a patient."),
# 55
(55, "", "We're sorry to hear this. Everyone we work with deserves focused, one-on-one attention, and we'd like to learn more. Please call our clinic director, Alex Moreau, at 555-0107.",
 "Safe: a practice-wide standard of attention and an offline contact."),
(55, "EMD", "Ninety degrees at this stage after a knee replacement is within normal limits, and surgeons often expect more than is realistic.",
 "Repeats the surgery and measurement, gives a clinical judgement and dismisses the complaint."),
# 56
(56, "", "Thank you for the kind review! We'll share it with Dr. Sokolov and Rhiannon.",
 "Safe: thanks and passes praise to named staff."),
(56, "EMG", "Imani, with Stelara your Crohn's should stay in remission for good. Keep checking your calprotectin every 6 months.",
 "Names the reviewer, repeats her condition, drug and test, gives advice and promises remission."),
# 57
(57, "", "Gracias por compartir su experiencia. Todas las familias merecen respeto y atención cuidadosa. Por favor comuníquese con nuestra gerente, Lucía Paredes, al 555-0109.",
 "Tricky safe: a reply in the reviewer's language with a general standard and an offline contact."),
(57, "ECMD", "Señora, su hija Valentina solo tenía síntomas de virus cuando la vimos; la neumonía se desarrolló después. Nuestro personal siguió el protocolo.",
 "Names the child, repeats her illness, confirms she was seen, gives a clinical judgement and defends the staff."),
# 58
(58, "", "¡Muchas gracias por sus amables palabras! Le pasaremos su mensaje a la Dra. Ibarra y a Yuri.",
 "Safe: thanks in Spanish and passes praise to named staff."),
(58, "ECNI", "¡Qué gusto que sus implantes quedaron perfectos! Como agradecimiento, su próxima limpieza es gratis.",
 "Repeats the implants, confirms treatment, adds a future cleaning and offers it free."),
# 59
(59, "", "Gracias por sus comentarios. Queremos que cada paciente reciba llamadas a tiempo y que nadie espere tanto. Por favor llame a nuestra coordinadora, Elena Campos, al 555-0118.",
 "Tricky safe: callbacks and waits are operational topics stated for every patient."),
(59, "ECNM", "Lamentamos la demora. Su colposcopia ya está programada para el 14 de mayo, y no se preocupe, el VPH es muy común.",
 "Repeats the diagnosis and procedure, adds an appointment date, confirms care and gives clinical reassurance."),
# 60
(60, "", "Thank you for the feedback. Long waits are not the standard we hold ourselves to, and we've shared this with our front desk team. Please contact our site manager at 555-0199.",
 "Tricky safe: wait times and front desk conduct are operational topics."),
(60, "D", "Our lobby may look empty, but we triage by severity and many patients arrive by ambulance. Staff were most likely charting, not scrolling.",
 "Argues with the reviewer without repeating any personal details."),
]
