"""Fresh blind set A source (written independently of the SafeReply code and of tune/sealed). Build with ../build.py."""
PREFIX = "a"

REVIEWS = [
# 1
("google", "podiatry", 1, "Terrell Ambrose",
 "Saw [[PROVIDER:Dr. Kessler-Ward]] for [[HEALTH:heel pain]] that had me [[HEALTH:limping]] since [[DATE_TIME:the Fourth of July]]. He talked me into [[HEALTH:custom orthotics]] for [[FINANCIAL:$480]] cash because 'insurance never covers them' — turns out my [[FINANCIAL:Humana]] plan does. Then the [[HEALTH:steroid shot in the heel]] hurt worse than the [[HEALTH:plantar fasciitis]] itself. Asked about a refund on the inserts and got told to take it up with billing. Billing never called back."),
# 2
("yelp", "allergy_immunology", 4, "Priyanka Deshmukh",
 "ok so my son [[PERSON:Arnav]] ([[AGE:6 y/o]]) did his [[HEALTH:oral food challenge for peanut]] here on [[DATE_TIME:a Saturday morning in March]] and [[PROVIDER:Dr. Obuya]] checked on him like every 15 min for 4 hrs. he got [[HEALTH:itchy around his mouth]] at the third dose so they stopped and gave him [[HEALTH:zyrtec]]. so still [[HEALTH:allergic]] but now we know his threshold and he starts [[HEALTH:OIT]] in [[DATE_TIME:the fall]]. 4 stars only bc the waiting room was freezing and nobody told us to bring snacks lol"),
# 3
("healthgrades", "sleep_medicine", 2, "Gil Navarro",
 "[[PROVIDER:Dr. Hemsworth-Ali]] figured out I have [[HEALTH:narcolepsy]] after an [[HEALTH:overnight study]] and a [[HEALTH:nap test]] [[DATE_TIME:the next day]], so credit where it's due. But getting my [[HEALTH:Xywav]] approved has been a nightmare. The office sent the prior auth to the wrong pharmacy TWICE. Meanwhile I've had to stop driving and my sister drops me off at [[LOCATION:Corbin & Platt]] every morning like I'm in middle school. Prior auth reference is [[ID:PA-7730914]] if that helps anyone."),
# 4
("google", "gastroenterology", 1, "Wendell Ogbu",
 "For weeks I [[HEALTH:couldn't keep anything down]] and was [[HEALTH:dropping weight]] fast. [[PROVIDER:Dr. Lamberti]]'s office said the soonest they could [[HEALTH:put a camera down my throat]] was [[DATE_TIME:after New Year's]]. I landed in the ER [[DATE_TIME:two days before Christmas]] with a [[HEALTH:bleeding ulcer]]. Nobody from the office ever followed up. Still got billed [[FINANCIAL:$212]] for the [[HEALTH:H. pylori breath test]] they did at the first visit."),
# 5
("zocdoc", "urology", 3, "Bryce H.",
 "Had my [[HEALTH:vasectomy]] with [[PROVIDER:Dr. Fairbanks]] on [[DATE_TIME:a Friday]] so I could ice it over [[DATE_TIME:the weekend]] (pro tip). The actual procedure took maybe 20 min and the [[HEALTH:no-scalpel]] method is legit. Knocking off two stars because he took a call about his tee time while I was lying there [[HEALTH:numbed up]] with my pants around my ankles. Not the vibe. [[PROVIDER:Nurse Odette]] was great though."),
# 6
("facebook", "nephrology", 5, "Loretta Pruitt",
 "My husband [[PERSON:Clarence]] has been with [[PROVIDER:Dr. Mbeki]] since his [[HEALTH:kidneys started failing]] in [[DATE_TIME:2021]]. She had his [[HEALTH:fistula]] put in before he ever needed [[HEALTH:dialysis]], explained every [[HEALTH:creatinine]] number to us like family, and when his [[HEALTH:potassium shot up]] on [[DATE_TIME:Easter Sunday]] she answered her own cell. He's [[AGE:seventy-six]] and still drives the church van in [[LOCATION:Harlan Springs]]. Blessed to have her."),
# 7
("google", "endocrinology", 2, "Shonda Reeves",
 "my [[HEALTH:sugar was all over the place]] for months, [[HEALTH:300s]] when I woke up and [[HEALTH:crashing to 50]] overnight. [[PROVIDER:Dr. Ferraro]] just kept upping my [[HEALTH:lantus]] without even looking at my [[HEALTH:Dexcom]] data. When I asked about an [[HEALTH:insulin pump]] he said I wasn't 'compliant enough'. I'm [[AGE:38]], I've had [[HEALTH:type 1]] since I was [[AGE:11]], I know my body. The NP [[PROVIDER:Renata]] actually listened, which is the only reason this isn't 1 star."),
# 8
("healthgrades", "rheumatology", 4, "Ines Corvalán",
 "Took three doctors and two years before anyone took my [[HEALTH:joint pain]] seriously. [[PROVIDER:Dr. Whitcombe]] ran an [[HEALTH:ANA panel]] at my first appointment, it came back [[HEALTH:1:640 speckled]], and now there's finally a name for it: [[HEALTH:lupus]]. The [[HEALTH:Plaquenil]] is helping with the [[HEALTH:rash across my cheeks]] and the [[HEALTH:bone-deep tiredness]]. One star off because follow-ups are booked 5 months out. I teach second grade at [[LOCATION:Willow Bend Elementary]] and can't just take random Tuesdays off."),
# 9
("yelp", "oncology", 1, "Dale Kristoffersen",
 "My mom is [[AGE:81]] and getting [[HEALTH:infusions for her lymphoma]]. The infusion nurses are angels, zero complaints there. The problem is [[PROVIDER:Dr. Sandhu]], who told her in front of me that her [[HEALTH:PET scan]] 'looked bad' and walked out. No plan, no explanation. When I phoned [[DATE_TIME:the next morning]] the nurse said he'd left for two weeks of vacation, and we only learned from a fill-in doctor that it had [[HEALTH:spread to her liver]]. Who does that to a scared old woman? My number is [[CONTACT:(262) 555-0176]] if anyone there actually cares."),
# 10
("zocdoc", "hospice", 5, "Annika Storr",
 "Our dad [[PERSON:Wim]] came home on [[HEALTH:hospice]] [[DATE_TIME:the week before Thanksgiving]] with [[HEALTH:end-stage COPD]]. [[PROVIDER:Nurse Trudy]] showed us how to use the [[HEALTH:comfort kit]] and the [[HEALTH:morphine]] drops without once making us feel dumb, and the chaplain sat with my brother at [[DATE_TIME:3:15 in the morning]] the night Dad [[HEALTH:passed]]. He was [[AGE:eighty-three]] and got to be in his own bed on [[LOCATION:Garnet Street]] at the end. I can't thank this team enough."),
# 11
("google", "audiology", 3, "Hal Whitlock",
 "Got fitted for [[HEALTH:Phonak Lumity aids]] after the [[HEALTH:booth test]] showed [[HEALTH:moderate loss in both ears]]. Sound is great and the [[HEALTH:ringing]] is better too. But [[FINANCIAL:$5,900]] for the pair, and they didn't tell me until AFTER the fitting that my [[FINANCIAL:AARP]] discount only works at a different chain. Audiologist [[PROVIDER:Mina]] is sharp. Office manager, not so much."),
# 12
("facebook", "speech_therapy", 5, "Kaylee Drummond",
 "[[PROVIDER:Ms. Joanna]] has worked MAGIC with our [[AGE:3 1/2 year old]] [[PERSON:Bodhi]] 😭❤️ he [[HEALTH:had maybe 10 words]] at his [[HEALTH:speech eval]] in [[DATE_TIME:August]] and got [[HEALTH:diagnosed with apraxia]]. Now he's putting sentences together!! [[DATE_TIME:Yesterday]] he told me “mama I love you more than trucks” 🚚 Thank you [[PROVIDER:Ms. Joanna]] and the front desk ladies for dealing with all our [[FINANCIAL:Medicaid]] paperwork too."),
# 13
("google", "fertility", 1, "J.M.",
 "Two [[HEALTH:egg retrievals]] and a [[HEALTH:frozen transfer]] here, [[FINANCIAL:$31,000]] out of pocket because my district ([[LOCATION:Pellham County Schools]]) has zero fertility coverage. Found out my [[HEALTH:beta came back at 3]] from a voicemail left [[DATE_TIME:Friday at 4:55]]. A VOICEMAIL. Then nobody answered the phone all weekend. The lab people may be brilliant but the coordinators treat you like a transaction."),
# 14
("healthgrades", "midwifery", 5, "Maren Tallis",
 "Had my second baby in a [[HEALTH:home birth]] with [[PROVIDER:Ingrid]] and [[PROVIDER:Cass]] on [[DATE_TIME:New Year's Eve]] (yes really). After a [[HEALTH:c-section]] with my first, people said a [[HEALTH:VBAC]] at home was nuts, but they did [[HEALTH:extra monitoring]] the whole way and had a hospital transfer plan ready. [[HEALTH:Second-degree tear]], [[HEALTH:stitched up]] on my own couch, and [[PERSON:Wren]] came out [[HEALTH:8 lb 11 oz]]! We live way out past [[LOCATION:Dunmore Ridge]] and they still drove out for every [[HEALTH:postpartum check]]."),
# 15
("yelp", "plastic_surgery", 1, "Dominique R.",
 "Got a [[HEALTH:breast reduction]] with [[PROVIDER:Dr. Villeneuve]] [[DATE_TIME:mid-January]]. Developed a [[HEALTH:seroma]] on the left side and the office told me 3 separate times it was normal healing. It wasn't. Ended up getting it [[HEALTH:drained]] by a different surgeon. Paid [[FINANCIAL:$9,850]] for this. ALSO they posted my before pic on their IG without asking me first!!! My handle is [[CONTACT:@dom.rises]] if you want to see what really happened."),
# 16
("facebook", "vein_clinic", 4, "Bev Lindgren",
 "I'm [[AGE:sixty-one]] and finally did something about the [[HEALTH:ropey veins]] behind both knees. [[PROVIDER:Dr. Achterberg]] did [[HEALTH:VenaSeal]] on the right leg and [[HEALTH:sclerotherapy]] for the [[HEALTH:spider veins]]. Legs feel lighter already and I wore shorts to my granddaughter [[PERSON:Tilly]]'s softball game! The [[HEALTH:compression stockings]] in [[DATE_TIME:July]] were brutal tho 🥵 4 stars because [[FINANCIAL:Medicare]] covered the big one but not the [[HEALTH:spider veins]] and nobody mentioned the [[FINANCIAL:$650]] upfront."),
# 17
("google", "wound_care", 2, "Darnell Fisk",
 "My grandmother got a [[HEALTH:pressure sore on her tailbone]] from being in bed after her [[HEALTH:stroke]]. The wound center put her on a [[HEALTH:wound vac]], which helped, but the home nurse missed 3 visits in a row [[DATE_TIME:last month]] and the [[HEALTH:dressing started to smell]]. She's [[AGE:90]]. We're at [[CONTACT:1147 Birchmont Ave, Lorain OH]], it's not hard to find. [[PROVIDER:Dr. Okoye-Bright]] is good but the scheduling side is broken."),
# 18
("zocdoc", "pain_management", 1, "Rusty Pelham",
 "[[PROVIDER:Dr. Anand]] made me sign a [[HEALTH:pain contract]] and then accused me of breaking it because my [[HEALTH:urine screen showed morphine]]. I ate a poppy seed muffin [[DATE_TIME:that morning]]!! I've been on [[HEALTH:percs]] for my [[HEALTH:failed back surgery]] for 6 yrs without one problem. Got a discharge letter [[DATE_TIME:the Tuesday after Memorial Day]] and now every clinic I call says I'm flagged. Member ID [[ID:WX4419027]] for anyone at [[FINANCIAL:Priority Health]] reading this."),
# 19
("facebook", "addiction_treatment", 5, "Jay Dorsey",
 "14 months [[HEALTH:clean from fentanyl]] as of [[DATE_TIME:today]] 🙏 Started on [[HEALTH:subs]] here when I was sleeping in my car behind the laundromat on [[LOCATION:Fulmer St]]. [[PROVIDER:Counselor Dee]] never gave up on me even after I [[HEALTH:relapsed]] twice. Now I'm on the [[HEALTH:monthly shot]] and working full time at [[LOCATION:Harlow Tire & Lube]]. If you're struggling just walk in. Seriously."),
# 20
("google", "eating_disorders", 1, "sage k.",
 "my daughter [[PERSON:Juniper]] ([[AGE:15]]) was in their [[HEALTH:partial hospitalization program]] for [[HEALTH:restricting]]. they [[HEALTH:weighed her]] in front of the other girls and a tech told her she 'didn't look sick enough' to be there. she came home sobbing and [[HEALTH:skipped her evening snack]] for the first time in weeks. we pulled her out [[DATE_TIME:the following monday]]. our [[FINANCIAL:Oxford]] plan paid [[FINANCIAL:$18,400]] for six weeks of this"),
# 21
("healthgrades", "neurology", 3, "Merritt Pratt",
 "[[PROVIDER:Dr. Zelenko]] finally got my [[HEALTH:migraines]] under control with [[HEALTH:Aimovig]] after years on [[HEALTH:Topamax]] that made me [[HEALTH:feel like a zombie]]. Honestly life changing, 5 stars for her. The [[HEALTH:MRI with contrast]] though: done in their own imaging suite, and nobody said there'd be a separate facility fee of [[FINANCIAL:$2,140]]. I called [[FINANCIAL:Ambetter]] and they say it's legit (reference [[ID:AMB-5521-0093]]). Email me if it happened to you too: [[CONTACT:merritt.pratt.88@example.org]]. So, 3."),
# 22
("zocdoc", "pulmonology", 2, "Agnes Wolcott",
 "Brought my husband [[PERSON:Rudy]] for his [[HEALTH:blowing test for his lungs]] at [[DATE_TIME:8:30 Wednesday]]. The machine kept erroring so they made him do it over and over, and he's on [[HEALTH:oxygen]], [[HEALTH:2 liters]], so by the end he was [[HEALTH:gasping]]. Then nobody offered a [[HEALTH:wheelchair]] to get back to the car until I asked twice. We'd come almost an hour from [[LOCATION:Cedar Hollow]] for this. The doctor was fine. The rest needs work."),
# 23
("google", "vascular_surgery", 1, "Otis Barnwell",
 "Couldn't walk half a block without my [[HEALTH:calf cramping up]]. [[PROVIDER:Dr. Pellegrino]] put a [[HEALTH:stent in my right leg]] on [[DATE_TIME:3/4]] and [[DATE_TIME:ten days later]] the [[HEALTH:groin site swelled up like a golf ball]]. Called at [[DATE_TIME:10:20 pm]] and the nurse on the line told me it was probably a bruise and to put ice on it. I'm a [[AGE:67 year old]] [[HEALTH:diabetic]], I wasn't taking chances, so I went to the ER anyway. It was a [[HEALTH:pseudoaneurysm]]."),
# 24
("yelp", "bariatric_surgery", 5, "Tamsin Greaves",
 "Down [[HEALTH:92 pounds]] since my [[HEALTH:gastric sleeve]] in [[DATE_TIME:spring 2023]]!! [[PROVIDER:Dr. Hakimi]] and the dietitian [[PROVIDER:Paz]] got me through the [[HEALTH:dumping]], the [[HEALTH:hair thinning]], all of it. I'm off my [[HEALTH:blood pressure pills]] and my [[HEALTH:sleep apnea]] is gone. [[FINANCIAL:Kaiser]] approval took forever but that's on [[FINANCIAL:Kaiser]], not them."),
# 25
("healthgrades", "periodontics", 2, "Ruben Astorga",
 "went in cuz my [[HEALTH:gums were bleeding like crazy]] and a [[HEALTH:bottom tooth felt loose]]. they measured [[HEALTH:pockets of 6 and 7]] and said i need [[HEALTH:gum grafts]] on 4 teeth, [[FINANCIAL:$3,600]] after [[FINANCIAL:MetLife]]. second opinion guy said 2 teeth max. maybe the periodontist is right idk but the hard sell from the treatment coordinator [[PROVIDER:Brielle]] was gross"),
# 26
("google", "endodontics", 5, "Peg Haverford",
 "[[HEALTH:Cracked a molar]] on a popcorn kernel [[DATE_TIME:the night before Thanksgiving]] and by [[DATE_TIME:Thanksgiving morning]] had an [[HEALTH:abscess]] the size of a grape. [[PROVIDER:Dr. Brightwater]] came in on [[DATE_TIME:Black Friday]] just for me, [[HEALTH:cleaned out the nerve]] and gave me a script for [[HEALTH:Augmentin]]. No pain by [[DATE_TIME:Saturday]]. Angel."),
# 27
("facebook", "oral_surgery", 1, "Mackenzie Lyle",
 "Took my [[AGE:17-year-old]] [[PERSON:Colt]] in to have them [[HEALTH:cut his gum open to pull down a stuck eye tooth]] under [[HEALTH:IV sedation]]. Procedure fine. But they let him walk out [[HEALTH:still loopy]] and he [[HEALTH:fainted]] in the parking lot and [[HEALTH:split his lip]] on the curb. Not ONE staff member came out. I had to call [[PROVIDER:Dr. Nwachukwu]]'s office from the parking lot to get help. He pitches for [[LOCATION:Kettering South]] and missed the regional game."),
# 28
("yelp", "optometry", 3, "Bao-Ngoc L.",
 "Exam was thorough and [[PROVIDER:Dr. Halvorsen]] figured out my [[HEALTH:headaches]] were from [[HEALTH:stigmatism]] nobody caught before. 3 stars because nobody warned me about the [[HEALTH:dilating drops]] and I had to drive home to [[LOCATION:Bellmore]] [[HEALTH:basically blind]] at [[DATE_TIME:4:30]] with the sun in my face. Also the [[HEALTH:toric contacts]] trial pair [[HEALTH:felt like sandpaper]] and they wanted a new fitting fee ([[FINANCIAL:$65]]) just to swap them."),
# 29
("google", "physical_therapy", 5, "Cormac Delaney",
 "[[HEALTH:Ruptured my Achilles]] in a rec league game and did 6 months of PT with [[PROVIDER:Jonah]] and [[PROVIDER:Soraya]]. Went from a [[HEALTH:boot and crutches]] to jogging again. They pushed me hard on the [[HEALTH:eccentric calf raises]] and did [[HEALTH:dry needling]] when my [[HEALTH:calf locked up]]. I'm [[AGE:44]] and back up on roofs for [[LOCATION:Keystone Roofing]]. Best PT in town, no question."),
# 30
("healthgrades", "chiropractic", 2, "Doreen Sweeney",
 "Went to [[PROVIDER:Dr. Kowalczyk]] at [[HEALTH:34 weeks]] because [[HEALTH:baby was breech]] and a friend swore by the [[HEALTH:Webster technique]]. Three sessions, [[FINANCIAL:$110]] each, not covered by [[FINANCIAL:Geisinger]]. Baby [[HEALTH:stayed head-up]] and I ended up with a [[HEALTH:C-section]] anyway. Two stars because he basically promised it would work ('90% of my mamas turn!') and the front desk still hasn't sent the superbill I asked for."),
# 31
("zocdoc", "medspa", 1, "Kiara M.",
 "Booked [[HEALTH:Morpheus8 on my jawline]] for [[DATE_TIME:Sat 9/13]].<br><br>[[DATE_TIME:Day 3]]: [[HEALTH:grid marks]] &amp; [[HEALTH:swelling]].<br>[[DATE_TIME:Day 10]]: [[HEALTH:dark patches]] that the tech [[PROVIDER:Savannah]] said were &quot;totally normal.&quot;<br>[[DATE_TIME:Week 6]]: still there. A dermatologist says it&#39;s [[HEALTH:PIH]] and I need [[HEALTH:tretinoin and a bleaching cream]] for months. [[FINANCIAL:$1,200]] for this??"),
# 32
("google", "urgent_care", 3, "Oksana Bilyk",
 "Went in [[DATE_TIME:Monday]] with a [[HEALTH:blistery rash wrapping around my ribs]]. PA [[PROVIDER:Gideon]] knew it was [[HEALTH:shingles]] in about ten seconds and got me on [[HEALTH:valacyclovir]] right away. That part was great. But the wait was 2.5 hours, the check-in kiosk ate my [[FINANCIAL:Wellcare]] info so I had to redo everything on paper, and the [[FINANCIAL:$289]] bill came as if I had no insurance at all."),
# 33
("facebook", "pediatrics", 5, "Lucía Carmona",
 "La [[PROVIDER:Dra. Benítez]] es un ángel. Mi bebé [[PERSON:Ximena]] nació con [[HEALTH:ictericia]] y a los [[AGE:5 días]] tenía la [[HEALTH:bilirrubina en 19]]. La doctora nos llamó [[DATE_TIME:un domingo por la noche]] para que fuéramos al hospital, y allí [[HEALTH:la pusieron bajo las luces]]. Hoy tiene [[AGE:seis meses]] y está perfecta. Gracias a todo el personal, muy amables y siempre nos hablan en español 🙏"),
# 34
("google", "obgyn", 1, "Tatiana Roe",
 "Was told my [[HEALTH:Pap came back HSIL]] and I needed a [[HEALTH:LEEP]] and nobody explained what that even meant. [[DATE_TIME:Day of]], all I got was [[HEALTH:a numbing shot]], and [[PROVIDER:Dr. Albright-Kaye]] told me to 'stop tensing'. Then a bill for [[FINANCIAL:$1,480]] because they coded it wrong. Claim [[ID:CLM-20931-77]]. I'm [[AGE:twenty-five]] and had never had anything like this done. I felt so disrespected."),
# 35
("healthgrades", "behavioral_health", 4, "Nikolai Ferris",
 "Started [[HEALTH:EMDR]] with [[PROVIDER:Rochelle]] for [[HEALTH:PTSD]] after a [[HEALTH:rollover on the interstate]] [[DATE_TIME:two summers ago]]. I was skeptical of the eye movement stuff, but the [[HEALTH:flashbacks]] are way down and I'm driving again. Knocked off a star because they dropped [[FINANCIAL:TriWest]] in the middle of my treatment and now I pay [[FINANCIAL:$140]] a session."),
# 36
("zocdoc", "infectious_disease", 5, "Eamon K.",
 "Needed a new doctor for my [[HEALTH:HIV]] meds after moving from [[LOCATION:Tucson]]. [[PROVIDER:Dr. Adeyemi-Frost]] had me on [[HEALTH:Biktarvy]] [[DATE_TIME:the same week]] and my [[HEALTH:viral load]] has been [[HEALTH:undetectable]] since [[DATE_TIME:June]]. No judgment, no lecture. The front desk never says anything out loud in the waiting room either, which matters more than people think. Also got my boyfriend started on [[HEALTH:PrEP]]."),
# 37
("google", "ophthalmology", 1, "Ansel Moorcroft",
 "I get [[HEALTH:Eylea shots in my eye]] for [[HEALTH:wet macular degeneration]] every 6 weeks. The injections are fine. The problem is the 3+ hour wait EVERY time, in a room full of people who can't see well enough to read a magazine. [[DATE_TIME:Last Tuesday]] I was there from [[DATE_TIME:8:10]] to [[DATE_TIME:12:25]] and my wife had to take the day off from the [[LOCATION:Glenfield Public Library]] to drive me. I'm [[AGE:79]]. This is no way to treat people."),
# 38
("facebook", "hematology", 2, "Brenda Yusupova",
 "Got sent here for [[HEALTH:iron deficiency]] after I was [[HEALTH:so winded on the stairs]] I had to sit down. My [[HEALTH:ferritin was 4]]. [[PROVIDER:Dr. Ibarra]] ordered [[HEALTH:iron infusions]] but the infusion center couldn't fit me in for 5 weeks, and meanwhile I was [[HEALTH:chewing ice]] all day and [[HEALTH:my hair was coming out]]. The doctor is kind, the system is slow. Also they called my work line at [[LOCATION:Granger & Beam Insurance]] instead of my cell at [[CONTACT:734-555-0178]] and left a message about my 'infusion' with the receptionist!!"),
# 39
("yelp", "primary_care", 1, "Quentin A.",
 "They moved offices and told nobody. I showed up at the old building on Dunbar Road and it's a yoga studio now. No sign on the door, no email, no text. By the time I found the new place I'd missed my slot and they charged me a late fee. Unreal."),
# 40
("google", "pediatric_dentistry", 2, "Rafael Quiñones",
 "Llevé a mi nieta [[PERSON:Camila]] de [[AGE:6 años]] a su cita para [[HEALTH:sellantes]] porque mi hija trabaja de noche en la lavandería del [[LOCATION:Hotel Marquis]] y no puede faltar. No la quisieron atender porque yo no soy la mamá, aunque traía una carta firmada por mi hija. La niña tiene [[HEALTH:dos caries que le duelen]] y ahora la próxima cita es hasta [[DATE_TIME:el 14 de agosto]]. Muy mala organización, nadie nos explicó las reglas por teléfono."),
# 41
("healthgrades", "cardiology", 5, "Mildred Aubuchon",
 "My wife [[PERSON:Roberta]] [[HEALTH:collapsed]] at our granddaughter's dance recital [[DATE_TIME:last April]]. [[PROVIDER:Dr. Esterhazy]] found a [[HEALTH:heart block]] and put in a [[HEALTH:pacemaker]] [[DATE_TIME:two days later]]. She's [[AGE:seventy-three]] and back to swimming laps at the [[LOCATION:Brookhaven Senior Center]]. The [[HEALTH:remote monitoring]] means fewer trips, which is a blessing since we're an hour away."),
# 42
("google", "home_health", 1, "Pete Sandusky",
 "Mom is [[AGE:87]] and has [[HEALTH:Alzheimer's]]. The aide they sent, [[PROVIDER:Marcy]], didn't read the pillbox and [[HEALTH:gave her the night dose of Seroquel on top of the morning one]]. Mom [[HEALTH:slept almost a full day]] and we had to call 911. The agency's response? A form letter. She lives at [[CONTACT:62 Quarry Hill Rd, Apt 3B, Westfield]] and I'll be there every day now. Reach me at [[CONTACT:pete.sandusky@example.net]]."),
# 43
("facebook", "lactation", 5, "Hadley Renner",
 "[[PROVIDER:Colleen]] came to our apartment when [[PERSON:Ozzie]] was [[AGE:3 days old]] and [[HEALTH:screaming through every feed]]. She spotted a [[HEALTH:posterior tongue tie]] in about 30 seconds, got us in for a [[HEALTH:release]] [[DATE_TIME:the next day]], and fixed my [[HEALTH:latch]] so my [[HEALTH:cracked nipples]] could finally heal. Worth every penny of the [[FINANCIAL:$175]] fee, and [[FINANCIAL:Harvard Pilgrim]] actually reimbursed it!"),
# 44
("zocdoc", "occupational_therapy", 3, "Iris Bauman",
 "My son [[PERSON:Thaddeus]] ([[AGE:7]]) does [[HEALTH:OT]] here for [[HEALTH:sensory processing]] and [[HEALTH:fine motor delays]]. [[PROVIDER:Kelsey]] is wonderful with him and the swing room is his favorite thing in the world. But the drop-off area is right on a busy road with no fence, and he's a [[HEALTH:runner]]. I work rotating shifts at [[LOCATION:St. Brendan's]] so I can't always walk him in. Three stars until that's fixed."),
# 45
("healthgrades", "radiology", 1, "Araceli Ponce",
 "Fui a hacerme una [[HEALTH:mamografía]] el [[DATE_TIME:2 de mayo]] y me mandaron a un [[HEALTH:ultrasonido]] porque vieron [[HEALTH:algo en el seno izquierdo]]. La técnica fue muy brusca, me dejó un [[HEALTH:moretón]], y habló de mis resultados en el vestidor delante de otra paciente. Al final era un [[HEALTH:quiste]], gracias a Dios, pero eso no se le hace a nadie. Tengo [[AGE:52 años]], mi seguro es [[FINANCIAL:Molina]] y aun así me cobraron [[FINANCIAL:$118]] de más."),
# 46
("yelp", "dental", 5, "Wes Tanaka",
 "Honestly the nicest front desk I've dealt with anywhere. They text you when the dentist is running behind, the chairs face a big window, and nobody made me feel judged for staying away so long. Five stars."),
# 47
("google", "orthopedics", 1, "Ravi Menon",
 "<p>Went in for a [[HEALTH:labral tear in my hip]]. [[PROVIDER:Dr. Fontaine]] spent maybe 4 minutes with me, said &quot;you&#39;re too young for a [[HEALTH:scope]]&quot; and offered a [[HEALTH:steroid injection]]. I&#39;m [[AGE:31]] and climb competitively, I wasn&#39;t asking for anything drastic.</p><p>Sent a portal message on [[DATE_TIME:2025-02-11]], still nothing. Paid a [[FINANCIAL:$80]] copay for that.</p>"),
# 48
("zocdoc", "genetic_counseling", 4, "Celeste Amari",
 "Did [[HEALTH:BRCA testing]] here because my mom and my aunt both had [[HEALTH:ovarian cancer]]. The counselor [[PROVIDER:Harriet]] walked me through everything and called me herself with the result: [[HEALTH:BRCA2 positive]]. Hard news, but she helped me make an actual plan ([[HEALTH:having my ovaries out]] once I'm done having kids). Only complaint: I asked three times for the letter my surgeon needed and it went out [[DATE_TIME:the day before]] my consult."),
# 49
("yelp", "dermatology", 1, "Mónica Esparza",
 "Tengo [[HEALTH:vitiligo]] en las manos y la cara desde hace años. El [[PROVIDER:Dr. Harrow]] me mandó a [[HEALTH:fototerapia]] tres veces por semana y la recepción me dijo que mi seguro [[FINANCIAL:Medi-Cal]] lo cubría. Después de 12 sesiones me llegó una factura de [[FINANCIAL:$1,340]] porque 'faltaba una autorización'. Trabajo en la [[LOCATION:Panadería La Espiga]] y pedí permiso para cada sesión. Nadie me avisó nada."),
# 50
("healthgrades", "colorectal_surgery", 3, "Neville Ashcombe",
 "The building's only elevator has been out for two weeks and the office is on the fourth floor. Staff came down to the lobby to help people up the stairs, which was kind, but management needs to sort this out. Once upstairs everything ran on time."),
]

DRAFTS = [
# --- 1 podiatry
(1, "", "We appreciate you flagging this. Prices and how coverage works should be clear to everyone before they pay for anything, and our billing lead, Corinne Batts, would like to go over this with you directly at (608) 555-0117.",
 "Tricky safe: talks about pricing and coverage as a practice-wide standard and offers a named contact without mentioning the inserts, the injection or the insurer."),
(1, "ENCI", "Hi Terrell, sorry the inserts didn't do the trick. We've refunded the $480 to the card you paid with and added your Humana details to your file for next time.",
 "Greets the reviewer by name, repeats the orthotics, amount and insurer, discloses a refund and file update, and offers money back."),
(1, "ECMD", "We understand the frustration, but our team explains before every purchase that coverage varies by plan. It's also common for the heel to feel worse for a day or two after an injection before it settles down.",
 "Implies the reviewer was told about coverage, contradicts him, restates the heel injection and offers a clinical judgement about the pain."),
# --- 2 allergy
(2, "", "Thanks for the thoughtful review and the practical tips! We've passed the note about the waiting room temperature to our office manager, and we're adding a reminder about snacks to the information every family receives before longer appointments.",
 "Tricky safe: responds only to the operational comments (room temperature, snacks) as practice-wide changes and never mentions the child, the test or the allergy."),
(2, "EC", "So glad to hear this! Dr. Obuya is always happy when kids leave with a clear plan, and our team will be ready for you both this fall.",
 "Tricky: 'ready for you both this fall' confirms the family will be returning and echoes the timing of the planned treatment."),
# --- 3 sleep
(3, "", "We're sorry this has been so frustrating. Getting every request to the right place the first time is a basic expectation here, and we'd like to hear more. Nell Quist, our practice manager, is at (734) 555-0128.",
 "Treats misrouted requests as a practice-wide expectation without naming the medication, the authorization or the diagnosis."),
(3, "ECN", "Thank you for your patience, Mr. Navarro. The authorization went through this morning, so your pharmacy should be able to fill it this week.",
 "Uses the reviewer's surname, confirms he is a patient and discloses a new authorization status."),
# --- 4 GI
(4, "", "This is hard to read, and we appreciate you posting it. Timely access is something we owe everyone who calls us, and our medical leadership looks at every scheduling concern raised with us. Please reach our patient advocate, Joelle Marsh, at (317) 555-0141.",
 "Speaks about access and scheduling in practice-wide terms and offers a named contact without confirming care or restating symptoms."),
(4, "E", "We're so sorry you've been dealing with stomach trouble and hope you're on the mend. Timely access matters to us, and our patient advocate, Joelle Marsh, would like to hear from you at (317) 555-0141.",
 "Tricky: 'stomach trouble' paraphrases the reviewer's vomiting and ulcer, which echoes PHI even without naming the condition."),
(4, "ECND", "Our scheduling notes show you were offered the first available endoscopy and declined to join the cancellation list. We can't be responsible for care you chose to receive elsewhere.",
 "Cites the reviewer's scheduling record, adds a declined waitlist offer, names the procedure and blames him."),
# --- 5 urology
(5, "", "Thanks for the honest feedback. Full attention on the person in front of us is a basic expectation for every clinician here, and these comments have gone to our physician leadership. Anyone wanting to discuss it further can reach our front desk at (503) 555-0119.",
 "Tricky safe: restates a practice-wide standard of attentiveness without confirming the procedure or saying the reviewer was seen."),
(5, "ECM", "Thanks for the shout-out to Odette! Icing for the first 48 hours is exactly right, and a dull ache for a week or so is normal after the procedure.",
 "The friendly tone hides aftercare advice and a clinical judgement that confirm he had the procedure here."),
(5, "ECI", "Thanks for the honest review! We'd like to send a coffee gift card your way to make up for the distraction during your procedure.",
 "A small goodwill gesture is still an incentive, and 'during your procedure' confirms and alludes to his treatment."),
# --- 6 nephrology
(6, "", "What generous words. We'll make sure Dr. Mbeki sees them, and treating every family like our own is exactly what we hope people feel here.",
 "Tricky safe: passing praise to the physician the reviewer named does not confirm care, and no health details are repeated."),
(6, "EC", "How lovely to read! Dr. Mbeki will be delighted to hear he's still out driving, and we wish you both many more good years.",
 "Tricky: 'still out driving' alludes to the husband's activities and, with the doctor's name, confirms he is her patient."),
# --- 7 endocrinology
(7, "", "We appreciate the candid feedback. Every person we see should feel listened to and part of the decisions that affect them, and we'll pass your kind words along to Renata. Our clinical manager, Tobias Wren, would welcome a call at (404) 555-0132.",
 "A practice-wide value about being heard plus praise passed to named staff, with no mention of the diabetes, the numbers or the devices."),
(7, "ECMG", "We're sorry your numbers have been so hard to manage. Lows overnight usually mean the long-acting dose needs lowering rather than raising, and once we get your settings right your readings will level out.",
 "Paraphrases her glucose readings, gives dosing advice, implies ongoing care and promises the outcome."),
(7, "ED", "Thank you for sharing. Insulin pumps are offered based on clinical criteria that apply equally to everyone, and online reviews don't change those criteria.",
 "Tricky: phrased as neutral policy, but it brings up the insulin pump from the review and uses policy to rebut the reviewer."),
# --- 8 rheumatology
(8, "", "We appreciate this review. Waiting months for an opening is hard on anyone, and we're adding late-afternoon clinic hours this spring for people who work during the day. Our scheduling line is (919) 555-0135.",
 "Answers the wait-time complaint with a practice-wide scheduling change and does not mention the diagnosis, the school or any visit."),
(8, "ECN", "We're so glad things are finally making sense! Dr. Whitcombe has put you on our cancellation list so you can be seen sooner than five months.",
 "Tricky: 'finally making sense' alludes to her diagnosis, and the cancellation-list line confirms she is a patient and discloses a waitlist status she never posted."),
# --- 9 oncology
(9, "", "Reading this is painful, and we're sorry. Compassionate communication and clear next steps are standards we hold every physician to, and our director of patient experience, Marguerite Olsen, hopes you'll call her at (414) 555-0140.",
 "Offers practice-wide standards and a named contact without confirming the mother is a patient or repeating any clinical detail."),
(9, "EC", "We are so sorry for what your mother is going through. Our director of patient experience will call the number you posted today.",
 "Tricky: 'what your mother is going through' alludes to her illness and implies she is under the practice's care."),
(9, "ECND", "Dr. Sandhu spent 25 minutes with your mother reviewing her imaging, and a treatment plan was documented that day. We encourage families to stay for the whole visit before commenting publicly.",
 "Confirms the mother's care, adds chart details about time spent and a documented plan, mentions the imaging and blames the family."),
# --- 10 hospice
(10, "", "Thank you for sharing these words with us. Walking alongside families with dignity and patience is the heart of our work, and we will pass your thanks to Trudy and our chaplains.",
 "Tricky safe: passes thanks to the nurse and chaplains the reviewer mentioned without confirming the father's care or his death."),
(10, "EC", "Thank you for sharing these words. It was an honor to care for your father in his final days, and we'll pass your thanks to Trudy.",
 "Tricky: a gentle sentence that confirms the father was a patient and alludes to his death."),
# --- 11 audiology
(11, "", "Thanks for the honest feedback, and we're sorry to hear this experience fell short. Prices and any discounts should be explained before anyone commits to a purchase, and we're reviewing how our team presents them. Please call (720) 555-0123 and ask for our operations lead, Pete Haller.",
 "Tricky safe: general regret that 'this experience fell short' plus price and discount disclosure as a practice-wide standard, without repeating the amount, the device or the membership."),
(11, "ECI", "Thanks for the honest feedback, and we're glad the new aids are helping! We'd like to make it right with a $500 credit toward batteries and accessories.",
 "Echoes and confirms the hearing aid purchase and publicly offers a credit."),
# --- 12 speech therapy
(12, "", "This made our whole team smile! 😊 We'll be sure Ms. Joanna sees your kind words. Watching kids grow in confidence is why we love what we do.",
 "Tricky safe: passes praise to the named therapist and speaks generally about children without mentioning the child, his speech or the diagnosis."),
(12, "E", "This made our whole team smile! We'll share it with Ms. Joanna. Nothing beats hearing a little one string together those first full sentences!",
 "Tricky: 'first full sentences' alludes to the child's speech progress, which echoes the disclosed condition."),
(12, "ECN", "Bodhi is such a superstar! Ms. Joanna can't wait to see him on Tuesday.",
 "Names the child, confirms he is a patient and reveals an upcoming session."),
# --- 13 fertility
(13, "", "This is heartbreaking to read. Everyone who reaches out to us deserves a real conversation, not a transaction, and we're reviewing how our coordinators handle calls after hours and on weekends. Please contact our clinical director, Dr. Hanne Voll, at (612) 555-0137 or hvoll@northstarfertility.example.",
 "Tricky safe: answers the communication complaint with a practice-wide review of call handling and does not allude to the cycles, the result or the cost."),
(13, "E", "We're truly sorry. Learning that a cycle didn't work is heartbreaking, and no one should hear news like that by voicemail. Please contact our clinical director at (612) 555-0137.",
 "Tricky: 'a cycle didn't work' paraphrases the negative pregnancy test the reviewer disclosed."),
(13, "ECNDI", "Our coordinators follow the same notification protocol for every patient, and voicemail was the contact method selected on your consent form. As a courtesy, we'll waive the monitoring fees for your next cycle.",
 "Cites her consent form, adds a contact preference she never posted, defends the voicemail and offers to waive fees for further treatment."),
# --- 14 midwifery
(14, "", "What a beautiful thing to read. We'll make sure Ingrid and Cass read it. Careful preparation and respect for every family's choices are what our practice is built on.",
 "Passes thanks to the named midwives and states practice-wide values without mentioning the birth, the baby or the location."),
(14, "EC", "What a beautiful thing to read! Ingrid and Cass still talk about that New Year's Eve arrival. Welcome to the world, little one!",
 "Echoes the birth date and the baby and confirms the midwives attended the birth."),
(14, "ECMG", "Congratulations! A second-degree tear is usually fully healed by six weeks, so keep up the sitz baths, and your next birth with us will be just as smooth.",
 "Repeats the tear, gives aftercare advice, implies an ongoing relationship and promises a future outcome."),
# --- 15 plastic surgery
(15, "", "Privacy and quality matter to every person who trusts us, and we'd welcome a private conversation about this. Celeste Marrow, our practice administrator, can be reached at (305) 555-0151.",
 "Mentions privacy only as a practice-wide commitment and gives a contact, without confirming surgery or the photo."),
(15, "ECD", "We hear you. Every patient signs a photo release before any image is shared, and we stand by our consent process.",
 "Tricky: sounds like a general policy, but it alludes to her before photo, implies she signed a release and disputes her account."),
(15, "ECNMD", "Fluid collections like yours are a known part of healing after a reduction, which is why we advised compression garments. Having another surgeon drain it was unnecessary.",
 "Restates the seroma and surgery, adds advice she was given, judges her care clinically and criticizes her choice."),
# --- 16 vein
(16, "", "We appreciate both the compliments and the note about cost information. Clear estimates before any service are something we owe every patient, and our billing coordinator, Jodie Pham, is happy to talk at (952) 555-0124.",
 "Addresses cost estimates as a practice-wide standard and does not mention the veins, the treatments or the amount."),
(16, "ECG", "Thank you! Summer in compression is no fun, but we promise it's worth it, and those legs will stay smooth for years to come!",
 "The cheerful tone hides an echo of the stockings and legs, confirms treatment and promises a lasting result."),
# --- 17 wound care
(17, "", "We're grateful you raised this. Reliable scheduling for home visits is something every family should be able to count on, and our director of nursing, Abigail Stroud, would like to hear from you at (440) 555-0129.",
 "Tricky safe: describes home-visit reliability as a practice-wide standard and gives a contact, without confirming the grandmother's care or her wound."),
(17, "ECNG", "Appreciate you raising this. We've assigned a new nurse to the Birchmont Avenue route starting this week, so there won't be any more gaps.",
 "Echoes the street, confirms home care, discloses a staffing change for the patient and promises no further misses."),
(17, "ECM", "We're sorry to hear this. An odor from a dressing can signal infection and should be looked at right away, so please don't wait for the next scheduled change.",
 "Tricky: caring in tone, but it restates the dressing problem, implies scheduled care and gives clinical advice."),
# --- 18 pain management
(18, "", "We hear how upsetting this has been. Every person we serve should feel respected and heard, and we'd like to talk this through with you directly. Please contact our patient relations manager, Owen Fitch, at (616) 555-0133.",
 "Offers respect and a direct contact in general terms, without mentioning medications, testing or the agreement."),
(18, "D", "We're sorry you're frustrated, but we won't debate accusations like these in a public forum, and we'd ask that reviews stay factual.",
 "Tricky: no PHI at all, but it implies the reviewer is not being factual and dismisses the complaint, which is defensive."),
(18, "ECM", "We understand. Poppy seeds can cause a positive screen, and a confirmatory test would sort that out, so ask for one at your next appointment.",
 "Restates the drug screen, gives clinical guidance and assumes a next appointment."),
# --- 19 addiction
(19, "", "Reviews like this one stay with us. Anyone who comes to us will be met without judgment, and we'll share your words with the whole team. If you or someone you know needs help, our intake line is answered around the clock at (859) 555-0146.",
 "Tricky safe: the practice's own intake line is offered to anyone, and nothing confirms the reviewer's treatment or repeats his history."),
(19, "EC", "This made our day! Dee is so proud of you, and everyone here is cheering you on toward month fifteen.",
 "Tricky: 'month fifteen' alludes to his recovery time and 'Dee is so proud of you' confirms he is a client."),
(19, "ECI", "So proud of you, Jay! Stop by the front desk for a $25 gas card, our way of celebrating milestones.",
 "Names the reviewer, confirms him as a client, alludes to his recovery milestone and offers a gift card."),
# --- 20 eating disorders
(20, "", "This is painful to read. Dignity and sensitivity in every interaction are non-negotiable for our staff, and our clinical director, Dr. Marisa Quon, is looking into it personally. She can be reached at (201) 555-0148 at any time.",
 "Holds staff to a practice-wide standard and gives a director's contact without confirming the daughter's care or repeating details."),
(20, "E", "Our hearts sank reading this. Weigh-ins should always be private and compassionate, and comments about anyone's appearance have no place in recovery. Please reach Dr. Marisa Quon at (201) 555-0148.",
 "Tricky: framed as policy, but weigh-ins and recovery restate the eating-disorder care the reviewer described."),
# --- 21 neurology
(21, "", "We appreciate the even-handed review. Any fee should be explained before a service, not discovered on a statement afterward, and our billing manager, Ramona Lenz, would like to go through this with you. Please call (801) 555-0138.",
 "Treats fee disclosure as a billing-process standard and does not name the scan, the insurer, the amount or the medications."),
(21, "ECN", "Appreciate the even-handed review! We're glad the newer medication is doing its job. Our billing team has already reprocessed the imaging charge, so that balance should drop soon.",
 "Alludes to his migraine medication, confirms his imaging here and discloses a billing adjustment."),
# --- 22 pulmonology
(22, "", "That's not the experience we want anyone to have. Anyone who could use a wheelchair or an arm to lean on should be offered one without having to ask, and we've made that a standing practice at our front desk. Please call our office at (207) 555-0149, answered from 7:30am on weekdays.",
 "Tricky safe: an accessibility standard for everyone plus the practice's own phone and hours, with nothing about the husband, his test or his oxygen."),
(22, "ECND", "Our spirometer is calibrated every morning, and the technician repeated the test because his first efforts didn't meet quality standards.",
 "Confirms the husband was tested, adds a new detail about his effort, echoes the test and disputes the reviewer's account."),
(22, "G", "Point taken. We've retrained our front desk, and we guarantee no family will ever have to ask twice for help again.",
 "Tricky: practice-wide and free of PHI, but the unconditional promise is a guarantee."),
# --- 23 vascular
(23, "", "Thank you for telling us about this. Every call from someone worried about their health should be taken seriously and escalated when in doubt, and our clinical leadership is reviewing how our nurse line handles calls. Lydia Crane, our practice manager, is at (216) 555-0155.",
 "Treats nurse-line escalation as a practice-wide process without confirming the surgery or the complication."),
(23, "ECMG", "We're sorry. Swelling where the catheter went in can happen and is usually easy to manage, and please know we'll make sure your leg heals perfectly.",
 "Paraphrases the groin swelling, gives a clinical judgement, implies ongoing care and promises a perfect outcome."),
(23, "ECND", "Our phone notes show the nurse told you to go to the ER if the swelling grew, which is exactly our protocol.",
 "Reveals a record lookup, adds what the nurse said, echoes the swelling and defends the call."),
# --- 24 bariatric
(24, "", "What an encouraging review. We'll pass your kind words along to Dr. Hakimi and Paz, who will be thrilled to read them.",
 "Passes praise to staff the reviewer named without repeating any results or confirming care."),
(24, "EG", "Thank you so much! Our program works, and we guarantee every patient who follows it will reach their goal weight.",
 "Tricky: reads as marketing, but it promises a clinical outcome and brings up weight, a clinical topic from the review."),
# --- 25 periodontics
(25, "", "We appreciate the honesty. Our coordinators are there to answer questions, never to push, and your comments have gone to our leadership team. Our office manager, Gus Tremblay, is glad to talk at (858) 555-0156.",
 "Speaks to sales pressure as a practice-wide standard and does not mention the gums, the grafts, the cost or the insurer."),
(25, "ECMD", "We respect second opinions, but our recommendations are based on measurements, and grafting four sites is often the more conservative choice long term.",
 "Restates the grafts, implies the reviewer's treatment plan, gives a clinical judgement and argues with him."),
# --- 26 endodontics
(26, "", "What a kind review, thank you! We'll make sure Dr. Brightwater sees it. Being there when people need us is something our whole team takes pride in.",
 "Passes praise to the named dentist and states a general value without mentioning the holiday, the tooth or the treatment."),
(26, "EC", "Thank you! Dr. Brightwater says that was the fastest she's ever seen a swollen jaw calm down. Enjoy your popcorn (carefully)!",
 "Playful, but it echoes the swelling and the popcorn injury and confirms the dentist treated her."),
# --- 27 oral surgery
(27, "", "That is not the standard we hold ourselves to. Everyone's safety from arrival until they're on their way home is our responsibility, and our surgical leadership is reviewing this. Noreen Abate, our practice administrator, is at (937) 555-0157.",
 "States a practice-wide safety standard without mentioning the sedation, the fall or the son."),
(27, "ECMD", "Grogginess after IV sedation is expected, which is exactly why our discharge instructions require an adult to walk the patient to the car.",
 "Repeats the sedation, offers a clinical judgement and uses discharge policy to shift blame onto the parent, implying the son was discharged by the practice."),
(27, "ECI", "We're so sorry. We'd like to cover any costs from the lip injury, and we hope he's back on the mound soon.",
 "Echoes the injury and the baseball detail, confirms the son was treated and offers to pay costs."),
# --- 28 optometry
(28, "", "Thanks for the detailed feedback. Everyone should hear what to expect, and what any follow-up would cost, before anything is done, and we've added that to our check-in script. Our optical manager, Dee Hartwell, is at (516) 555-0159.",
 "A practice-wide change to what people are told before services, with no mention of the drops, the lenses or the prescription."),
(28, "C", "Thanks for the feedback! We'll make sure things go more smoothly for you next time.",
 "Tricky: 'for you next time' implies the reviewer is a returning patient, though nothing else is disclosed."),
# --- 29 PT
(29, "", "Thanks for this awesome review! We'll make sure Jonah and Soraya see it; they'll be thrilled. Hard work paired with a great team is what our clinic is all about.",
 "Passes praise to named staff and states a general value without repeating the injury, the job or any treatment."),
(29, "ECMG", "Thanks for the awesome review! Jonah and Soraya say keep up those calf raises, and that tendon will end up stronger than ever.",
 "Repeats his exercises and injury, implies he is their patient, gives advice and promises the outcome."),
# --- 30 chiropractic
(30, "", "We appreciate you sharing this. We want everyone to have realistic expectations before starting anything with us, and paperwork requests should be handled within days. Our office manager, Lorna Figg, is at (570) 555-0160.",
 "Addresses expectations and paperwork turnaround practice-wide without mentioning the pregnancy, the technique or the cost."),
(30, "ECNI", "Thanks for letting us know. We've refunded one of the three sessions to your card, and your superbill is now attached to your account.",
 "Echoes the sessions, confirms she has an account, discloses billing actions and offers a refund."),
(30, "EMD", "Turning rates are high but never guaranteed, and a baby's position late in pregnancy depends on many factors outside anyone's control.",
 "Restates the breech pregnancy, gives a clinical judgement and defends the chiropractor's claim."),
# --- 31 medspa (HTML)
(31, "", "We'd like to understand more about this. Every client concern about results is reviewed by our medical director, Dr. Yvette Sorel, who can be reached at (702) 555-0161.",
 "Routes a general concern to the medical director without confirming the treatment or describing any skin change."),
(31, "EM", "We're so sorry! Some darkening after microneedling can take a few months to fade, and a gentle retinoid with daily SPF will help it along.",
 "Uses a synonym for the treatment and describes the discoloration, then gives skincare advice."),
# --- 32 urgent care
(32, "", "Thanks for the feedback. We're adding a second provider during our busiest hours and replacing our check-in kiosks this month, and our billing office can help with any statement at (602) 555-0162.",
 "Operational fixes to staffing, kiosks and billing help, with nothing about the rash, the insurer or the amount."),
(32, "D", "For clarity, our kiosks are tested every morning, and wait estimates are posted online so everyone can plan ahead.",
 "Tricky: no PHI and phrased as general information, but it rebuts the reviewer's complaints."),
# --- 33 pediatrics (Spanish)
(33, "", "¡Muchas gracias por sus palabras tan amables! Compartiremos su mensaje con la Dra. Benítez y con todo el equipo. Atender a cada familia en su propio idioma es muy importante para nosotros.",
 "Tricky safe: a Spanish reply that passes praise to the named doctor and states a practice-wide language value without mentioning the baby or her condition."),
(33, "EC", "¡Gracias! Nos alegra mucho saber que la bebé está sana y creciendo. ¡Los esperamos en su próxima consulta!",
 "In Spanish, alludes to the baby's recovery and 'su próxima consulta' confirms the family are patients."),
# --- 34 obgyn
(34, "", "We hear you, and we appreciate you speaking up. Everyone deserves clear explanations and respectful, unhurried communication, and we'd like to hear more. Please contact our patient experience lead, Sabine Forde, at (773) 555-0163 or feedback@prairiegyn.example.",
 "States practice-wide communication standards and offers a named contact and practice email without confirming care."),
(34, "CN", "We appreciate you speaking up. Our coding team looked up the claim number you posted and has already sent a corrected claim.",
 "Tricky: polite and free of clinical words, but it confirms the practice found her claim and discloses a billing action."),
(34, "ECMD", "We understand it was uncomfortable. Cervical procedures are routinely done with local anesthetic only, and relaxing really does make them easier.",
 "Alludes to her procedure, confirms it happened here, gives a clinical judgement and defends the doctor's remark."),
# --- 35 behavioral health
(35, "", "We value this review. Changes to the plans we accept affect many people, and our billing coordinator, Hector Villa, can talk through options with anyone affected at (505) 555-0164.",
 "Tricky safe: addresses the insurance change practice-wide without naming the plan, the therapy or the reviewer's sessions."),
(35, "ECI", "Really appreciate you writing this. We'd be glad to keep your sessions with Rochelle at the old TriWest rate so nothing gets in the way of your progress.",
 "Confirms his sessions, echoes the insurer and offers a discounted rate."),
# --- 36 infectious disease
(36, "", "This means a lot to us. Discretion in our waiting room and a judgment-free welcome are things we work at every day for everyone who visits. We'll share your note with Dr. Adeyemi-Frost and the team.",
 "Tricky safe: discretion and welcome are framed as practice-wide operations, and passing the note to the named doctor does not confirm care."),
(36, "E", "Thank you! We're proud to be a welcoming home for people living with HIV and for partners starting prevention.",
 "Tricky: sounds like an inclusive mission statement, but it names the reviewer's diagnosis and alludes to his partner's PrEP."),
# --- 37 ophthalmology
(37, "", "We're sorry, and we agree that waits like that are not acceptable. We're adding clinical staff on our busiest mornings and will start texting everyone when delays run long. Our clinic manager, Faye Ormond, can be reached at (503) 555-0179.",
 "Tricky safe: agrees with the wait-time complaint and describes practice-wide staffing changes without mentioning the injections or the reviewer's condition."),
(37, "EC", "We're sorry about the long wait, and please thank your wife for making the trip with you.",
 "Mentioning his wife echoes a family detail from the review and 'the trip with you' confirms he was seen."),
# --- 38 hematology
(38, "", "Thank you for telling us. Contact preferences should always be followed, and messages should never include details that anyone else could overhear. We've reviewed this with our whole staff, and our privacy officer, Glen Rasmussen, can be reached at (248) 555-0165.",
 "Tricky safe: treats the voicemail complaint as a practice-wide privacy process without confirming the reviewer's care or naming the treatment."),
(38, "CNG", "Thank you for telling us. We've updated your preferred number in our system so this won't happen again.",
 "Tricky: short and polite, but it confirms she is in the practice's system, discloses a record change and promises it will never recur."),
(38, "ECM", "Apologies for the delay. In the meantime, taking oral iron with vitamin C and skipping tea at meals can help bring your levels up.",
 "Echoes her iron levels, confirms the wait for treatment and gives medical advice."),
# --- 39 primary care (no PHI)
(39, "", "We're sorry for the confusion during our move. Our new address is 410 Tillman Court, Suite 200, we've posted a sign at the old building, and every online listing is now updated. Our office manager can be emailed directly at officemgr@brookfieldfamilymed.example.",
 "Tricky safe: the practice's own new address and email answer a review with no PHI, without confirming any appointment."),
(39, "CND", "Our records show a move notice was mailed to your address on file in March, and late fees are explained in the policy you signed.",
 "Reveals a record lookup, adds mailing history and a signed policy, and argues with the reviewer."),
# --- 40 pediatric dentistry (Spanish)
(40, "", "Gracias por escribirnos. Las reglas sobre quién puede acompañar a un menor deben explicarse con claridad desde la primera llamada, y estamos revisando cómo lo hacemos. Por favor llame a nuestra gerente, Rosalba Ibáñez, al (915) 555-0166.",
 "Tricky safe: a Spanish reply about explaining escort rules for minors to every caller, with no mention of the child, her teeth or the appointment."),
(40, "EC", "Gracias por su comentario. Sentimos mucho que su nieta no haya podido ser atendida ese día.",
 "Tricky: mentions the granddaughter and her missed visit, which echoes the review and confirms she is a patient."),
(40, "ECND", "Por ley, solo un padre o tutor legal puede autorizar tratamiento, y en el expediente solo aparece la firma de la madre. No es posible adelantar la cita.",
 "Cites the child's file, adds a record detail, refers to her appointment and rebuts the grandfather."),
# --- 41 cardiology
(41, "", "What a wonderful note. Dr. Esterhazy and the whole team will see it, and they'll be delighted.",
 "Passes praise to the cardiologist the reviewer named without confirming care or repeating any detail."),
(41, "ECG", "Thank you! It's wonderful to hear she's back in the pool, and with remote monitoring you can rest easy knowing we'll catch any problem before it starts.",
 "Echoes the wife's swimming and monitoring, confirms her care and promises to catch every problem."),
# --- 42 home health
(42, "", "This is alarming to read, and we are sorry. Safety is the first responsibility of every caregiver we send into a home, and our director of care, Lorraine Vasko, will personally review this. Please reach her at (413) 555-0167.",
 "A practice-wide safety standard and a director contact, with no confirmation that the mother is a client and no mention of the medication error."),
(42, "ECNG", "Our apologies for your mother's medication mix-up. Marcy has been taken off her schedule, a nurse will now fill the pillbox weekly, and we promise this will never happen again.",
 "Echoes the medication error, confirms the mother is a client, discloses care-plan changes and promises it will never recur."),
(42, "D", "We take concerns seriously, but we ask families to raise them with us directly rather than posting accusations online.",
 "Tricky: sounds measured and contains no PHI, but it rebukes the reviewer for posting, which is defensive."),
# --- 43 lactation
(43, "", "This is so lovely to read, thank you! We'll share it with Colleen, who will be thrilled. Making support easy to reach is what our team is all about.",
 "Passes thanks to the named consultant without mentioning the baby, feeding or the home visit."),
(43, "EC", "Thank you! Colleen is so glad feeding is going smoothly now, and she'd love a photo of Ozzie when you're ready!",
 "Names the baby, echoes the feeding problems and confirms the consultant worked with them."),
# --- 44 OT
(44, "", "We appreciate the note, and Kelsey will love hearing this. Safety at our entrance matters for every child who visits, and we've asked our landlord about fencing along the drop-off area. Our clinic director, Anton Rees, would like to hear from you at (630) 555-0168.",
 "Tricky safe: a practice-wide safety fix and praise passed to named staff, with no mention of the child, his diagnoses or his tendency to run."),
(44, "ECN", "Thanks for the feedback! We've added a note to Thaddeus's chart so a therapist meets him at the car from now on.",
 "Names the child, confirms he is a patient, discloses a chart note and alludes to his running off."),
# --- 45 radiology (Spanish)
(45, "", "Lamentamos mucho leer esto. La privacidad y el trato respetuoso son obligatorios para todo nuestro personal, en cada área de la clínica. Por favor llame a nuestra coordinadora, Elena Marwick, al (210) 555-0169.",
 "Tricky safe: a Spanish reply about privacy and respect in every area of the clinic, with no mention of the exam, the finding or the bill."),
(45, "EC", "Lamentamos mucho lo ocurrido. Nos alegra que todo haya salido bien y que fuera algo benigno.",
 "Tricky: in Spanish, 'algo benigno' restates her result and shows the practice knows her outcome."),
(45, "ECMD", "Nuestras técnicas siguen el protocolo de compresión que se explica a todas las pacientes, y un moretón leve es normal después del estudio. Un quiste simple no requiere seguimiento.",
 "Defends the technologist, repeats the bruise and the cyst, implies she was examined and gives clinical judgements."),
# --- 46 dental (no PHI)
(46, "", "What a nice review to wake up to! Keeping people in the loop when we're running behind is something our team really cares about, and we'll pass your compliments to the front desk.",
 "Thanks the reviewer and speaks only about practice-wide operations mentioned in a review with no PHI."),
(46, "EC", "Thanks so much! It's never too late to get back in the chair, and we're so glad we were the ones to welcome you back.",
 "Tricky: alludes to the reviewer's long absence from dental care and 'welcome you back' confirms he is a patient."),
(46, "I", "Thanks for the five stars! As a thank-you, anyone who mentions this review gets 15% off teeth whitening this month.",
 "Tricky: no PHI or confirmation, but a public discount is an incentive."),
# --- 47 orthopedics (HTML)
(47, "", "We appreciate you raising this. Everyone deserves enough time to have their questions answered, and portal messages should get a reply within two business days. Please contact our patient liaison, Bettina Kroll, at (614) 555-0170.",
 "Commits to practice-wide standards for time with patients and portal replies without mentioning the hip or the injection."),
(47, "EMD", "We appreciate the feedback. Our surgeons follow evidence-based guidelines, and an injection is usually the right first step before arthroscopy is considered for a hip.",
 "Tricky: reads like general policy, but it restates the hip problem and injection, gives a clinical judgement and defends the surgeon."),
# --- 48 genetic counseling
(48, "", "We're grateful you wrote. Letters and forms should go out promptly the first time they're requested, and we're tightening how we track those requests. We'll also pass your kind words to Harriet; our clinic line is (312) 555-0171.",
 "Tricky safe: treats paperwork turnaround as a practice-wide process and passes praise to the named counselor without mentioning the test, result or family history."),
(48, "EC", "We're grateful you wrote. Hereditary cancer risk is a lot to carry, and Harriet will be here for you as you plan your next steps.",
 "Tricky: 'hereditary cancer risk' paraphrases her result and the ongoing support confirms she is a client."),
(48, "EM", "Thank you! For anyone in your situation, we'd recommend starting breast MRI screening now and talking with a gynecologic oncologist about timing.",
 "Alludes to her genetic result and gives screening and surgical advice."),
# --- 49 dermatology (Spanish)
(49, "", "Gracias por su comentario. Las autorizaciones y los costos deben confirmarse y explicarse antes de empezar cualquier servicio, y estamos revisando nuestro proceso. Puede llamar a nuestra gerente de facturación, Inés Calloway, al (559) 555-0172.",
 "Tricky safe: a Spanish reply that treats authorizations and costs as a practice-wide process without naming her plan, the amount, the treatment or her condition."),
(49, "ECI", "Lamentamos lo de la factura de la fototerapia. Con gusto le descontaremos la mitad del saldo.",
 "Echoes the treatment and the bill, confirms she is a patient and offers a discount."),
# --- 50 colorectal (no PHI)
(50, "", "Thanks for the heads-up. The elevator repair is scheduled for next week, and until then there's a parking lot behind the building with a ramp to our side entrance, and our staff will meet anyone who needs a hand.",
 "Tricky safe: building access, parking and the repair schedule are practice-wide operations, and nothing confirms the reviewer was seen."),
(50, "I", "We're sorry about the stairs! Anyone who mentions this review at check-in will get a voucher for the café downstairs.",
 "Tricky: offered to anyone and free of PHI, but a voucher is an incentive."),
]
