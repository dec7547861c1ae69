"""Fresh evaluation set 'u' (written independently of the SafeReply code, labelled by the corpus README policy).

Build with ../build.py (python3 build.py fresh_u), validate with ../validate.py (python3 validate.py fresh_u u).
Everything here is invented: people, places, IDs, amounts. Phones are 555-01xx, email domains .example.
"""
PREFIX = "u"

REVIEWS = [
# 1
("google", "hospice", 5, "Lorraine Pettibone",
 "My father [[PERSON:Walter Pettibone]] came home on [[HEALTH:hospice]] [[DATE_TIME:the Tuesday after Easter]] with [[HEALTH:end-stage lung cancer]]. He was [[AGE:88]] and stubborn as a mule. [[PROVIDER:Nurse Odile]] showed me how to give the [[HEALTH:morphine under his tongue]] and never once made me feel foolish for calling at [[DATE_TIME:3am]]. When his [[HEALTH:breathing got rattly]] [[DATE_TIME:that last Saturday]] she sat with us until the end. [[PROVIDER:Chaplain Bertrand]] even found an old Navy hymn for Dad. I could not have done it alone."),
# 2
("yelp", "wound_care", 1, "Gus K.",
 "Five stars for the fish tank in the lobby. Zero for everything else. I came in with a [[HEALTH:sore on the bottom of my heel]] that wouldn't close thanks to my [[HEALTH:sugar]]. They hooked me up to a [[HEALTH:wound vac]] that beeped all night like a dying smoke detector and nobody could tell me why. By [[DATE_TIME:the Fourth of July]] it was [[HEALTH:still the size of a pencil eraser]], and they billed my [[FINANCIAL:Humana]] plan [[FINANCIAL:$1,180]] for '[[HEALTH:debridement]] supplies.' Great value. Love that for me."),
# 3
("healthgrades", "sleep_medicine", 2, "R. Castellanos",
 "Data point: [[HEALTH:home sleep test]] showed an [[HEALTH:AHI of 31]]. Received [[HEALTH:CPAP]] [[DATE_TIME:Oct 3]]. Mask leaks. Requested a swap to a [[HEALTH:nasal pillow mask]] 4x via portal and phone. No response. The device is fine; the follow-through is not. [[FINANCIAL:BCBS]] is paying [[FINANCIAL:$92/month]] in rental for a machine I can't use."),
# 4
("facebook", "allergy", 5, "Jen Moriarty",
 "Shoutout to [[PROVIDER:Dr. Baptiste]] & the whole crew!! \U0001f64c My son [[PERSON:Declan]] ([[AGE:7]]) passed his [[HEALTH:baked egg challenge]] [[DATE_TIME:Friday]] and ate his first ever birthday cake at a buddy's party [[DATE_TIME:Sunday]] \U0001f382\U0001f62d They even wrote a letter for the nurse at [[LOCATION:Lakeview Elementary]] so he can have the cafeteria muffins now. Still carrying the [[HEALTH:EpiPen]] for his [[HEALTH:tree nut allergy]] but one down, one to go!!"),
# 5
("zocdoc", "endocrinology", 1, "Tamsin Achebe",
 "Booked in [[DATE_TIME:March]], first opening was [[DATE_TIME:July 14]]. Fine. Then the PA spent eight minutes with me, never touched the [[HEALTH:lump in my neck]], and said my [[HEALTH:TSH of 0.02]] was 'probably a lab thing.' I've [[HEALTH:lost 19 pounds without trying]] and my [[HEALTH:heart races when I lie down]]. [[FINANCIAL:$60]] copay to be brushed off. I'll find someone who orders an [[HEALTH:ultrasound]]."),
# 6
("google", "hematology", 3, "Bernard Oyelaran",
 "I am [[AGE:79 years old]] and have been on a [[HEALTH:blood thinner]] since the [[HEALTH:clot in my leg]] in [[DATE_TIME:2019]]. The young ladies in the lab are very good with a needle, I will say that. However my [[HEALTH:INR]] came back at [[HEALTH:4.6]] on [[DATE_TIME:a Thursday]] and no one telephoned me until [[DATE_TIME:Monday]]. By then my wife [[PERSON:Adaeze]] had to drive me to the emergency room with a [[HEALTH:nosebleed that would not stop]]. Three stars, for the lab ladies only."),
# 7
("zocdoc", "infusion_center", 4, "Mei-Lin Ostrowski",
 "Came here for [[HEALTH:IV iron]] because my [[HEALTH:anemia]] from years of [[HEALTH:heavy periods]] finally caught up with me. [[PROVIDER:Nurse Dmitri]] got the IV in on the first stick, which NEVER happens with my [[HEALTH:rolling veins]]. Minus one star because the heated pad on my recliner was broken and I shivered the entire 3 hours. Energy's already better. Round two is [[DATE_TIME:the 22nd]]."),
# 8
("yelp", "speech_therapy", 1, "Shauna P.",
 "They cancelled on us THREE times in [[DATE_TIME:October]], each with under an hour's notice. My daughter [[PERSON:Nova]] is [[AGE:2 and a half]] and [[HEALTH:only says about 15 words]], and our [[HEALTH:Early Intervention]] coordinator says every week of delay matters. Then they charged a [[FINANCIAL:$45]] no-show fee the ONE time I was ten minutes late because I was [[HEALTH:nursing the baby]] in the parking lot. Make it make sense."),
# 9
("facebook", "occupational_therapy", 5, "kai t",
 "ok so i [[HEALTH:broke my wrist]] at the skatepark in [[DATE_TIME:june]] and had a [[HEALTH:cast]] for like 8 weeks and when it came off my [[HEALTH:hand was literally a claw]] lol. [[PROVIDER:miss Tanya]] made me do the putty thing and the rice bucket which sounded dumb but now i can grip my board again and i made JV at [[LOCATION:Westbrook High]] \U0001f6f9\U0001f525 (im [[AGE:15]] btw) 11 out of 10 would break my wrist again (jk my mom says dont write that)"),
# 10
("healthgrades", "geriatrics", 2, "Margaret Ellison-Hart",
 "I Have Taken My Husband [[PERSON:Clifford]] To This Office For Four Years. He Is [[AGE:84]] And Has [[HEALTH:Parkinson's]] And Lately Some [[HEALTH:Memory Trouble]]. On [[DATE_TIME:The 9th Of January]] The New Doctor Changed His [[HEALTH:Carbidopa]] Without Telling Me, And He Had [[HEALTH:Two Falls]] [[DATE_TIME:That Week]]. I Am His Only Caregiver And I Am [[AGE:81]] Myself. [[PROVIDER:Dr. Lindqvist]] Was Wonderful Before She Retired. Two Stars, For Her Memory."),
# 11
("google", "addiction_medicine", 1, "J. Marrero",
 "I've been [[HEALTH:clean]] since [[DATE_TIME:2021]] and on [[HEALTH:subs]] the whole time. This clinic lost my script [[DATE_TIME:the Friday before Memorial Day]] and I went into [[HEALTH:withdrawal]] all weekend, [[HEALTH:shaking and puking]]. I work nights at the [[LOCATION:Tri-County rail yard]] and can't sit on hold for two hours. Nobody apologized. People die from this."),
# 12
("zocdoc", "vascular_surgery", 4, "Pauline Grady",
 "Had [[HEALTH:vein ablation on my left leg]] [[DATE_TIME:the week of Thanksgiving]]. Those [[HEALTH:ropey purple veins]] I've hidden under capris since my [[HEALTH:third pregnancy]] are nearly gone! The [[HEALTH:compression stockings]] are a workout to get on at [[AGE:58]], ha. [[PROVIDER:Dr. Adeyemi]] explained everything twice. Front desk could smile more."),
# 13
("google", "urology", 1, "Dre W.",
 "[[HEALTH:Kidney stone]]. 5 hr wait. [[FINANCIAL:$890]] to [[HEALTH:pee in a cup]] and get told to drink water. Never again."),
# 14
("yelp", "podiatry", 3, "Hollis Brandt",
 "Mixed bag. [[PROVIDER:Dr. Okonkwo-Reyes]] figured out my [[HEALTH:heel pain]] was [[HEALTH:plantar fasciitis]] in about two minutes and the [[HEALTH:cortisone shot]] helped a ton. But [[FINANCIAL:$475]] for [[HEALTH:custom orthotics]] that [[FINANCIAL:Molina]] wouldn't touch, and nobody mentioned that until after the [[HEALTH:foam mold]] of my feet. I run a bakery in [[LOCATION:Old Town]] and I'm on my feet 12 hours a day, so I get why I need them, I just would've budgeted."),
# 15
("facebook", "audiology", 5, "Dorothy Mae Ruskin",
 "Well I finally gave in and got [[HEALTH:hearing aids]] at [[AGE:86]]. My grandson [[PERSON:Theo]] made the appointment for me. [[PROVIDER:Miss Farah]] was so patient, she even turned the birds down so they wouldn't drive me batty. I can hear the pastor again at [[LOCATION:Grace Lutheran]] and I did not know my refrigerator hummed! Thank you dear."),
# 16
("google", "neurology", 1, "Quentin Ashby-Lowe",
 "I don't usually write reviews but I need to get this off my chest. I've had [[HEALTH:migraines]] since I was [[AGE:twelve]], the kind with [[HEALTH:zigzag lights]] and a [[HEALTH:numb lip]], and [[DATE_TIME:last winter]] they went from a couple a month to almost every day. My regular doctor sent me here. The first appointment was [[DATE_TIME:February 2nd]], and I took unpaid leave from [[LOCATION:Kessler Freight]] to make it. [[PROVIDER:Dr. Vasquez-Albright]] spent maybe ten minutes with me, ordered an [[HEALTH:MRI]] and started me on [[HEALTH:Topamax]], which anyone who has taken it knows people call [[HEALTH:Dopamax]] for a reason. I [[HEALTH:couldn't find words]] at work. I called my forklift 'the lifty thing' in front of my whole crew. I [[HEALTH:dropped fourteen pounds]] and my [[HEALTH:fingers tingled]] all day. I called the nurse line four times in [[DATE_TIME:March]]. Four. Each time a nurse named [[PROVIDER:Lorne]] said the doctor would call me back. She never did. Meanwhile [[FINANCIAL:UnitedHealthcare]] denied the [[HEALTH:MRI]] because the office sent the wrong code, and I didn't find out until a bill for [[FINANCIAL:$2,340]] showed up in [[DATE_TIME:May]]. When I finally got a follow-up in [[DATE_TIME:June]] she looked at the scan for about thirty seconds, said there was 'a little [[HEALTH:white matter spot]], very common' and moved on like that's a normal thing to hear. I sat in my car in the parking garage googling it until [[DATE_TIME:midnight]]. My wife [[PERSON:Priyanka]] is the one who finally got me into a [[HEALTH:headache clinic]] an hour away, where I'm on a [[HEALTH:monthly injection]] and was down to [[HEALTH:three headaches]] in [[DATE_TIME:August]]. So it's not like nothing could be done. I'm writing this for whoever is sitting in that waiting room right now with sunglasses on indoors. Ask questions. Get everything in writing. And call [[FINANCIAL:UnitedHealthcare]] yourself before any scan."),
# 17
("healthgrades", "pain_management", 1, "Lena Kowalczyk",
 "Treated like a criminal. I've had [[HEALTH:two back surgeries]] and have a [[HEALTH:spinal cord stimulator]], I am not here to get high. They made me do a [[HEALTH:urine drug screen]] with an aide standing in the open doorway, then cut my [[HEALTH:oxycodone]] from [[HEALTH:four a day to two]] because my [[HEALTH:gabapentin didn't show up]] on the test. I'd been out for a week because the pharmacy near my house in [[LOCATION:Eastwick]] was backordered. [[PROVIDER:Dr. Feeney]] wouldn't even look at me."),
# 18
("zocdoc", "bariatric_surgery", 5, "Tasha Greenleaf",
 "One year post-op [[DATE_TIME:this Saturday]]!!! [[HEALTH:Gastric sleeve]] with [[PROVIDER:Dr. Mirza]] and I'm down [[HEALTH:112 lbs]]. No more [[HEALTH:CPAP]], no more [[HEALTH:insulin]], and at [[AGE:41]] I rode a roller coaster with my kids without a [[HEALTH:seatbelt extender]] \U0001f62d The evening support group saved my sanity."),
# 19
("google", "genetic_counseling", 4, "Sabine Roux",
 "After my mom [[PERSON:Colette]] was diagnosed with [[HEALTH:ovarian cancer]] at [[AGE:52]], her oncologist told all of us girls to get tested. The counselor, [[PROVIDER:Hanna]], walked me through what a [[HEALTH:BRCA1 positive]] result would mean for me and for my [[AGE:9-year-old]] daughter before I ever [[HEALTH:spit in the tube]]. Mine came back [[HEALTH:negative]]; my sister [[PERSON:Juliette]]'s came back [[HEALTH:positive]]. [[PROVIDER:Hanna]] called her personally. Four stars only because the [[FINANCIAL:$250]] upfront fee surprised us."),
# 20
("facebook", "home_health", 1, "Ronnie Blevins",
 "My mother [[PERSON:Irene Blevins]] is [[AGE:91]], [[HEALTH:bedbound]], and has a [[HEALTH:pressure sore on her tailbone]]. Your nurse was supposed to come [[DATE_TIME:last Thursday]] to change the [[HEALTH:dressing]] and never showed, never called. I did it myself with gauze from the drugstore. We're out in [[LOCATION:Pruett County]], I know it's a drive, but [[FINANCIAL:Medicare]] is paying you for visits that aren't happening. Call me back at [[CONTACT:555-0147]]."),
# 21
("yelp", "dialysis", 2, "Viktor Haluška",
 "I come to this center for [[HEALTH:dialysis]] since [[DATE_TIME:April]], three time in the week. Nurses is good, special [[PROVIDER:Olu]], he put the needle in my [[HEALTH:fistula]] very soft. But my chair is broken long time and the TV is always loud news. The van from [[LOCATION:Millbrook]] come late so I lose 40 minutes and still the machine must finish. My [[HEALTH:potassium was high]] [[DATE_TIME:last month]] and nobody explain me why. Two stars."),
# 22
("google", "dental", 1, "Rigoberto Almanza",
 "Fui por una [[HEALTH:corona]] para una muela de abajo y el dentista me dijo que también necesitaba [[HEALTH:tratamiento de conducto]]. Me cobraron [[FINANCIAL:$1,350]] y [[DATE_TIME:el sábado siguiente]] la [[HEALTH:corona]] se cayó comiendo tortilla. Llamé tres veces y nadie me regresó la llamada. Mi seguro [[FINANCIAL:Guardian]] no cubrió nada porque la oficina mandó mal los papeles. Tengo [[AGE:63 años]] y trabajo en la [[LOCATION:empacadora Sunfresh]], no tengo dinero para tirar."),
# 23
("zocdoc", "primary_care", 5, "Benedikt S.",
 "Booking online was easy, the front desk answered every question, and [[PROVIDER:Dr. Hale]] ran exactly on time. Clean office, free parking, no upselling. This is how it should work."),
# 24
("healthgrades", "dental", 3, "Colm Fitzhenry",
 "Hygienist [[PROVIDER:Marisol]] is gentle &amp; thorough.<br><br>But I came in for a [[HEALTH:regular cleaning]] &amp; left with a [[HEALTH:deep cleaning]] plan for [[FINANCIAL:$1,100]] because my [[HEALTH:gums bleed]] a little. Second opinion in [[DATE_TIME:September]] said [[HEALTH:mild gingivitis]], floss more.<br>Office is lovely, the TV in the ceiling is a nice touch.<br><br>-- [[PERSON:Colm F.]]"),
# 25
("google", "primary_care", 1, "Graciela Montoya",
 "Muy mala atención. Mi esposo [[PERSON:Aurelio]] tiene [[HEALTH:diabetes]] y el [[DATE_TIME:lunes]] el [[HEALTH:azúcar le salió en 310]]. Llamé [[DATE_TIME:ese mismo día]] y la recepcionista dijo que no había citas hasta [[DATE_TIME:el 28]]. Cuando por fin lo vieron, el doctor ni le revisó [[HEALTH:la herida del pie]] y nos cobraron [[FINANCIAL:$40]] de copago. Vivimos en [[LOCATION:Alamosa]] y manejamos una hora para esto."),
# 26
("facebook", "pediatric_dentistry", 5, "Brianna Dunleavy",
 "OMG this place \U0001f9b7\u2728 My [[AGE:4yo]] [[PERSON:Hazel]] got her first [[HEALTH:two fillings]] [[DATE_TIME:yesterday]] and I was SO nervous bc I have [[HEALTH:dental anxiety]] myself lol. They gave her the [[HEALTH:giggle gas]], let her pick sunglasses, and [[PROVIDER:Dr. Tran]] narrated everything like a cartoon. She asked when she can come back \U0001f602 Worth every penny of the [[FINANCIAL:$85]] after [[FINANCIAL:Tricare]]."),
# 27
("yelp", "rheumatology", 1, "Farrah J.",
 "Love a practice where the prior auth for my [[HEALTH:Benlysta]] sits in the fax tray for three weeks while my [[HEALTH:lupus]] flares and my [[HEALTH:knuckles swell up like water balloons]]. So cozy. Bonus points to the nurse who told me to 'try yoga.' By the time they sent it, [[FINANCIAL:Ambetter]] had changed the formulary and now a letter for member ID [[ID:AMB-5520193]] says I owe [[FINANCIAL:$3,800]]. Stellar. Chef's kiss \U0001f44c"),
# 28
("google", "pulmonology", 3, "Everett Lusk",
 "I'm [[AGE:72]] with [[HEALTH:COPD]] from [[HEALTH:40 years of Pall Malls]]. The [[HEALTH:breathing test]] lady was patient even when I had a [[HEALTH:coughing fit]] halfway through. [[PROVIDER:Dr. Whitcomb]] switched my [[HEALTH:purple disk inhaler]] and I'm using my [[HEALTH:oxygen]] less. But getting a refill approved takes a week of phone tag, and my daughter [[PERSON:Rae]] has to leave her job at [[LOCATION:Sandoval Middle School]] to drive me over. Three stars."),
# 29
("healthgrades", "ophthalmology", 5, "Imogen Fairweather",
 "[[HEALTH:Cataract surgery]] on both eyes, [[DATE_TIME:May]] and [[DATE_TIME:June]]. At [[AGE:77]] I can read the hymn numbers from the back pew [[HEALTH:without my glasses]]! [[PROVIDER:Dr. Sorensen]] has lovely cold hands, which I mean as a compliment. The [[HEALTH:eye drop]] schedule was confusing, but [[PROVIDER:Nurse Pilar]] wrote it out on a chart for my refrigerator."),
# 30
("zocdoc", "psychiatry", 1, "Devonte Sharpe",
 "Fifteen-minute med checks that start 25 minutes late. I've taken [[HEALTH:Adderall]] for [[HEALTH:ADHD]] since college, and when the shortage hit in [[DATE_TIME:November]] I asked about switching to [[HEALTH:Vyvanse]]. The NP said to 'just take [[HEALTH:half doses]] to stretch it' and that was the whole plan. I'm a CPA at [[LOCATION:Huxley & Pratt]] in the middle of tax season; [[HEALTH:half doses]] is not a plan. Found a new practice."),
# 31
("facebook", "travel_medicine", 2, "Anneliese Brandvold",
 "Came in [[DATE_TIME:three weeks before my trip]] for [[HEALTH:typhoid]] and [[HEALTH:yellow fever]] shots plus [[HEALTH:malaria pills]]. Shots were fine. But [[FINANCIAL:$412]] out of pocket because [[FINANCIAL:Kaiser]] doesn't cover travel vaccines, and no one said so until after my card was swiped. Also the [[HEALTH:malaria pills]] gave me [[HEALTH:nightmares every single night]], which the nurse called 'rare.' Not rare according to every forum online."),
# 32
("yelp", "lactation_consulting", 5, "Mariana Pike",
 "If you're a new mom and struggling, call these ladies \U0001f495 My son [[PERSON:Ezra]] was [[AGE:6 days old]] and [[HEALTH:not latching]], I had [[HEALTH:cracked bleeding nipples]] and was [[HEALTH:crying in the shower]] every day. [[PROVIDER:Ruth]] came to our apartment in [[LOCATION:Fenwick Heights]] [[DATE_TIME:that same afternoon]], spotted a [[HEALTH:tongue tie]], and stayed two hours. He's [[AGE:3 months]] now and a total chunky monkey \U0001f412\U0001f37c"),
# 33
("google", "occupational_medicine", 1, "Lyle Drummond",
 "My employer, [[LOCATION:Granite Ridge Concrete]], sends everybody here. I [[HEALTH:crushed two fingers]] in a mixer chute [[DATE_TIME:August 9]] and the doc cleared me for full duty [[DATE_TIME:four days later]] without an [[HEALTH:X-ray]]. Turns out [[HEALTH:one was broken]]. My workers comp claim [[ID:WC-4471-0938]] is still 'pending' because this office 'can't find' my return-to-work form. Feels like they work for the company, not the guy who got hurt."),
# 34
("yelp", "plastic_surgery", 2, "Celeste V.",
 "Paid [[FINANCIAL:$6,200]] cash for [[HEALTH:upper eyelid surgery]]. Healing was fine, but my [[HEALTH:left lid sits higher than the right]], and [[DATE_TIME:six months out]] [[PROVIDER:Dr. Kavanagh]] says it's 'within normal asymmetry.' Clients at my salon in [[LOCATION:Brightwater]] keep asking why I look surprised on one side. Two stars because the nurses were angels. Before/after pics on my IG [[CONTACT:@celeste.brows.bw]]."),
# 35
("healthgrades", "cardiac_rehab", 5, "Horace Lindgren",
 "At [[AGE:80]] I didn't think I'd ever be on a treadmill again after my [[HEALTH:triple bypass]] in [[DATE_TIME:March]]. The team here, especially [[PROVIDER:Coach Desmond]], watched my [[HEALTH:heart monitor]] like hawks and never let me overdo it. My wife [[PERSON:Edna]] came to the [[HEALTH:low-salt cooking class]] with me and now the whole house eats like birds. Thank you all."),
# 36
("zocdoc", "hepatology", 3, "Nikhil Bhattacharya",
 "The doctor was thorough about my [[HEALTH:fatty liver]] and explained the [[HEALTH:FibroScan]] numbers ([[HEALTH:F2]], whatever that means long term). But my [[HEALTH:ALT of 142]] got emailed to my old work address at [[LOCATION:Corvane Systems]] because nobody updated my file, even though I gave them [[CONTACT:nikhil.b@mailbox.example]] twice. That's a privacy problem."),
# 37
("google", "dermatology", 1, "Paloma R.",
 "Called four times, on hold 40 minutes each time, and then the line just drops. When I finally showed up in person the receptionist was scrolling her phone and never looked up. One star is generous."),
# 38
("facebook", "infectious_disease", 1, "M. Osei",
 "I've been on [[HEALTH:PrEP]] here for two years. [[DATE_TIME:Last Tuesday]] the receptionist read out my name and '[[HEALTH:HIV prevention refill]]' loud enough for the whole waiting room, including a guy I know from church in [[LOCATION:Dunmore]]. Do you understand what that can do to someone? My next [[HEALTH:HIV test]] is due [[DATE_TIME:next month]] and I'll be getting it somewhere else."),
# 39
("google", "neuropsychology", 4, "Caroline Whitby",
 "Our son [[PERSON:Jasper]] ([[AGE:9]]) finally had his [[HEALTH:neuropsych evaluation]] after a year on the waitlist. [[PROVIDER:Dr. Ambrose]] confirmed [[HEALTH:autism]] and [[HEALTH:dyslexia]], and the report got us an [[HEALTH:IEP]] meeting at [[LOCATION:Fernwood Elementary]] [[DATE_TIME:the following Monday]]. Testing was two long days and he [[HEALTH:melted down]] [[DATE_TIME:the second afternoon]], but the tech handled it beautifully. Minus one star for the [[FINANCIAL:$2,900]] that [[FINANCIAL:Anthem]] won't reimburse."),
# 40
("facebook", "midwifery", 5, "Maricela Carrasco",
 "Las parteras de aquí son unos ángeles. Tuve a mi bebé [[PERSON:Luz]] el [[DATE_TIME:3 de marzo]] con el [[HEALTH:parto en agua]] que siempre soñé, después de una [[HEALTH:cesárea]] con mi primer hijo. [[PROVIDER:Rocío]] me sobó la espalda toda la noche. Tengo [[AGE:36 años]] y todos me decían que era muy arriesgado. Gracias por creer en mí \U0001f64f"),
# 41
("healthgrades", "colorectal_surgery", 2, "Stanley Pruitt",
 "Surgeon was skilled, I'll give them that. [[HEALTH:Hemorrhoid banding]] x3 and it worked. But the check-in girl asked me at the counter, loud, 'is this for the [[HEALTH:bleeding]] or the [[HEALTH:fissure]]?' with a coworker from [[LOCATION:Wexford Title Company]] sitting right there. Also a [[FINANCIAL:$150]] 'facility fee' nobody mentioned."),
# 42
("zocdoc", "endodontics", 1, "Wren Hallworth",
 "[[HEALTH:Root canal]] on [[HEALTH:tooth #19]] [[DATE_TIME:Halloween morning]]. Still [[HEALTH:throbbing]] [[DATE_TIME:a week later]], went back, they said '[[HEALTH:normal inflammation]]' and told me to take more [[HEALTH:ibuprofen]]. Another endodontist found a [[HEALTH:missed canal]] and had to [[HEALTH:retreat the tooth]]. So I've paid [[FINANCIAL:$1,480]] twice and [[FINANCIAL:MetLife]] only covers once. Fun."),
# 43
("google", "prosthetics", 4, "Leroy Fontenot",
 "[[HEALTH:Lost my leg below the knee]] to [[HEALTH:diabetes]] [[DATE_TIME:last spring]]. [[PROVIDER:Kwame]] the prosthetist got my [[HEALTH:socket]] fitting right after three tries, and I walked my granddaughter [[PERSON:Simone]] into kindergarten on [[DATE_TIME:her first day]]. Took a star off for the parking, had to hop (literally) across the whole lot. Ha."),
# 44
("facebook", "lymphedema_therapy", 3, "Joanne Vickery",
 "Therapist [[PROVIDER:Beth]] is gifted. After my [[HEALTH:mastectomy]] my [[HEALTH:right arm swelled up like a sausage]] &amp; she got it down with [[HEALTH:manual drainage]] &amp; [[HEALTH:wrapping]].<br>BUT the [[HEALTH:compression sleeve]] they ordered took until [[DATE_TIME:Christmas]] to arrive &amp; my [[FINANCIAL:Medicare Advantage]] plan got billed twice under claim [[ID:MA-88204417]].<br>3 stars."),
# 45
("yelp", "optometry", 3, "Tobias M.",
 "Great frame selection and [[PROVIDER:Dr. Ng]] was friendly and quick. The wait was 50 minutes past my appointment time though, and nobody said why. Prices are fair. Middle of the road."),
# 46
("google", "behavioral_health", 1, "sage",
 "im [[AGE:16]] and my parents made me start [[HEALTH:therapy]] here for [[HEALTH:anxiety]] and [[HEALTH:panic attacks]] at [[LOCATION:Eastfield High]]. i told my therapist about [[HEALTH:cutting]] in confidence and she told my mom [[DATE_TIME:the SAME DAY]] without even talking to me first. now i cant trust anyone. also she kept using my deadname even after i corrected her like 3 times. dont go here if ur a teen"),
# 47
("zocdoc", "urology", 3, "Efraín Benavides",
 "Acompañé a mi padre [[PERSON:Teodoro]] a su [[HEALTH:biopsia de próstata]]. El [[PROVIDER:doctor Salinas]] fue muy amable y nos explicó todo en español, eso se agradece. Pero los resultados tardaron casi un mes, y cuando llamé me dijeron que no podían dar información por teléfono aunque yo soy quien lo cuida. Al final fue [[HEALTH:cáncer de grado bajo]]. Tres estrellas por el doctor, no por la oficina."),
# 48
("healthgrades", "vestibular_therapy", 2, "Gwendolyn Okeke",
 "Came in for [[HEALTH:vertigo]] so bad I was [[HEALTH:crawling to the bathroom]]. The therapist did the [[HEALTH:Epley]] once and it helped for a day. After that it was mostly standing on foam pads being told to 'let your brain recalibrate.' Six sessions at [[FINANCIAL:$95]] each against a [[FINANCIAL:$3,000]] deductible on my [[FINANCIAL:Oscar]] plan. I teach at [[LOCATION:St. Brendan's Academy]] and still can't look up at the whiteboard without [[HEALTH:the room spinning]]."),
# 49
("yelp", "mobile_phlebotomy", 1, "Darnell Coombs",
 "Booked the [[HEALTH:at-home blood draw]] for my grandma [[PERSON:Opal]] because she's [[AGE:93]] and [[HEALTH:can't do stairs]]. Tech showed up 3 hours late, [[HEALTH:blew a vein]] in both arms, and left her with [[HEALTH:bruises the size of plums]]. Then the lab said the tubes were [[HEALTH:hemolyzed]] so we get to do it all AGAIN. [[FINANCIAL:$75]] house-call fee, no refund. Her address is [[CONTACT:41 Pell Street, Apt 2, Ridgemont]] if anyone wants to come apologize to her in person."),
# 50
("google", "dental", 5, "Gloria Ferrante",
 "[[AGE:68]] years young and smiling again \U0001f601 Got my [[HEALTH:two lower implants]] finished [[DATE_TIME:before my 50th high school reunion]]! [[PROVIDER:Dr. Halvorsen]] and [[PROVIDER:Ximena]] at the front were angels the whole way. The [[HEALTH:bone graft]] was no picnic and I lived on mashed potatoes for a while, but [[FINANCIAL:CareCredit]] made the [[FINANCIAL:$9,800]] doable. Worth it!! \U0001f9b7\U0001f4af"),
]

DRAFTS = [
# r1 hospice
(1, "", "Thank you for writing something so heartfelt. Words like these mean a great deal to our nurses, chaplains and aides, and we will make sure the whole team sees them. If you would ever like to talk with us, our director of family services, Anneke Storm, can be reached at 555-0118.",
 "Safe: gratitude and a team-wide thank-you with the agency's own contact, nothing about the father, the illness or his death."),
(1, "EC", "Lorraine, it was a privilege to care for Walter in his final days. Odile still talks about his Navy stories, and we are all so sorry for your loss.",
 "Names the reviewer and her father, confirms he was cared for, and refers to his death."),
(1, "EC", "We're grateful you took the time to write. Nurse Odile and Chaplain Bertrand will be so moved, and our whole team is holding your family close as you grieve your dad.",
 "Tricky: thanking the named staff is fine, but 'as you grieve your dad' echoes the death and confirms the father was under the agency's care."),
# r2 wound care
(2, "", "We're sorry to read this, and we appreciate you being direct. Anyone who contacts us deserves clear answers and statements they can understand. Our patient advocate, Renée Folau, would welcome a conversation at 555-0127 or advocate@harborwound.example.",
 "Safe: general standards on answers and billing with the advocate's contact, no wound, device or amount repeated."),
(2, "EM", "So sorry about the noisy machine! A wound vac that keeps alarming usually has a small leak at the seal, and pressing down the edges of the dressing normally quiets it right away.",
 "Echoes the wound vac and gives troubleshooting advice for the reviewer's own device."),
(2, "ECMD", "Hi Gus, heel wounds in people with diabetes often take months to close, so slow progress by early July is not unusual. The debridement charges to Humana were billed correctly, but we can walk you through them.",
 "Greets by name, repeats the wound, diabetes, carrier and charges, makes a clinical judgement and defends the bill on the account."),
# r3 sleep
(3, "", "Thank you for the direct feedback. Messages left through our portal or phones should get a response within two business days, and we are looking at why that standard isn't always met. Our operations lead, Priya Anand, can be reached at ops@restwellsleep.example or 555-0198.",
 "Tricky safe: response time is treated as a practice-wide operational standard with no mention of the equipment, the test or any relationship."),
(3, "ENC", "Sorry for the delay on your mask swap! Nasal pillows just came back in stock and we've set a medium aside with your name on it.",
 "Echoes the mask request, adds a new fact about a reserved size and implies an active account."),
(3, "EMG", "Lots of people give up on CPAP too early. Most leaks stop once the headgear is snugged a notch, and if you stick with it you'll be sleeping through the night within a month.",
 "Repeats the CPAP, gives fitting advice and promises a sleep outcome."),
# r4 allergy
(4, "", "This made our whole team smile, thank you for the shout-out! We'll pass it along to Dr. Baptiste and the crew. If you ever have questions, our front desk is at 555-0134.",
 "Tricky safe: passing praise to the named doctor is allowed and nothing about the child, the food challenge or the school is repeated."),
(4, "ECNM", "Woohoo, Declan!! \U0001f382 Cake is just the start: once he's had a few months of egg at home, we'll schedule his baked milk challenge next.",
 "Names the child, confirms the challenge, gives a dietary instruction and adds a future test the review never mentioned."),
# r5 endocrinology
(5, "", "We hear your frustration and we're sorry. Everyone who comes to us should feel listened to, and concerns should never be brushed aside. Our clinical quality manager, Helena Marsh, would like to speak with you directly; please call 555-0149.",
 "Safe: an apology in general terms with a named manager's number, no lab value, symptom or visit detail."),
(5, "EM", "A very low TSH together with weight loss and a racing heart at night is worth prompt follow-up. Please ask your primary doctor for a thyroid ultrasound, and in the meantime a beta blocker can help with the palpitations.",
 "Repeats the lab result and symptoms and gives treatment advice."),
(5, "D", "We're sorry you felt dismissed. For what it's worth, each of our PAs is board-certified and practices under the same standards as our physicians.",
 "Tricky: no PHI and no 'your visit', but defending the PA's qualifications argues with the reviewer."),
# r6 hematology
(6, "", "Thank you for writing, and for your kind words about our lab staff. Calling people back promptly is a standard we hold across the practice, and we are reviewing how messages that arrive late in the week are handled. Please call our nurse manager, Joan Abernathy, at 555-0152 so we can talk.",
 "Tricky safe: callback timing is handled as an operational matter and staff are thanked without touching the lab value or confirming care."),
(6, "EM", "Mr. Oyelaran, an INR of 4.6 is higher than we like but usually only calls for skipping a dose or two. We're relieved the nosebleed is behind you.",
 "Uses the reviewer's surname, repeats the INR and nosebleed, and gives dosing advice."),
(6, "NCD", "We appreciate the kind words about our phlebotomy team! Our call log shows we did try to reach you that Friday afternoon, and we're sorry the message didn't get through.",
 "Tricky: it sounds apologetic, but citing a call log adds contact history, confirms the relationship and contradicts the reviewer."),
# r7 infusion
(7, "", "Thank you for the thoughtful review; we'll make sure Nurse Dmitri hears the compliment. Comfort in our treatment area matters, and the note about the heated pads has gone to our facilities team. Questions are welcome anytime at 555-0163.",
 "Tricky safe: praise for named staff and an equipment fix framed as a facilities matter, with no infusion, diagnosis or date repeated."),
(7, "ECG", "So glad your energy is coming back! After round two on the 22nd your iron levels will be right where they should be, and we'll have a warm blanket ready for you.",
 "Echoes the infusion date and iron, confirms the next appointment and promises a lab outcome."),
# r8 speech therapy
(8, "", "We're sorry for the frustration. Families deserve dependable scheduling and fees that are explained clearly, and we're taking a hard look at short-notice cancellations across our clinic. Please reach our clinic director, Mariah Quist, at 555-0171 or director@brightwordsslp.example.",
 "Tricky safe: scheduling and fee clarity are discussed as clinic-wide operations without mentioning the child, her speech or the baby."),
(8, "ECD", "Our no-show policy is posted at check-in and signed by every family at intake, so the fee was applied correctly. We do understand that life with a toddler and a newborn is hectic!",
 "Defends the fee, confirms the account and alludes to the reviewer's two children."),
# r9 occupational therapy
(9, "", "This absolutely made our day! Thank you for taking the time to write, and we'll make sure Tanya sees it. Anyone with questions can reach us at 555-0180.",
 "Safe: thanks and praise passed to named staff with no injury, school or age repeated."),
(9, "ECM", "Love this!! \U0001f6f9 Congrats on making JV, and keep up those putty exercises at home so that wrist stays strong all season \U0001f4aa",
 "Repeats the team, the wrist and the home exercises, which confirms therapy and gives instructions."),
# r10 geriatrics
(10, "", "Thank you for writing to us. Caregivers deserve to be informed and included, and we take that responsibility seriously across our practice. Our patient relations coordinator, Jorge Villalobos, would be glad to speak with you personally at 555-0186.",
 "Tricky safe: a practice-wide value about caregivers that mirrors the concern without naming anyone, the medication or the falls."),
(10, "ECM", "Mrs. Ellison-Hart, we're so sorry to hear about Clifford's falls. Changes to Parkinson's medicine can take a couple of weeks to settle, so please don't stop the new dose on your own.",
 "Names the reviewer and husband, repeats his condition and falls, and gives medication advice."),
(10, "ED", "We miss Dr. Lindqvist too! Please know our newer physicians review every medication adjustment carefully and always aim to loop in the family beforehand.",
 "Tricky: the nod to a retired doctor is fine, but the medication-adjustment line alludes to the complaint and disputes it."),
# r11 addiction medicine
(11, "", "Thank you for speaking up; what you describe is serious, and no one should be left without help. We want to listen and look into this right away. Please call our clinic director, Fatima Rowe, at 555-0193. If anyone is in crisis, call or text 988 any time.",
 "Tricky safe: a crisis line offered to anyone is allowed, and nothing about recovery, medication or work is repeated."),
(11, "ENC", "We're very sorry about the Suboxone mix-up over the holiday weekend. A new prescription went to your pharmacy Tuesday morning, so you should be all set.",
 "Names the drug behind 'subs', echoes the holiday weekend, and adds a new prescription on the reviewer's record."),
(11, "ECD", "A gap in treatment is frightening, and we're sorry. Our after-hours line is answered around the clock for exactly this reason, so next time please press 2 instead of waiting on hold.",
 "Tricky: 'gap in treatment' alludes to the withdrawal, 'next time' implies an ongoing patient, and pointing to the line the reviewer should have used shifts blame."),
# r12 vascular
(12, "", "Thank you for the review and for your kind words about Dr. Adeyemi; we'll share them. We also appreciate the honest note about our front desk, because a warm welcome is part of the standard we set for everyone. You're welcome to reach our office manager, Teodora Blaine, at 555-0104.",
 "Tricky safe: thanks a named provider and takes the front-desk comment operationally without mentioning any procedure."),
(12, "ENC", "Thank you! Dr. Adeyemi loved reading this. We've gone ahead and added you to our spring reminder list, just in case the other leg ever needs a look.",
 "Tricky: friendly, but 'the other leg' alludes to the treated leg, and the reminder list adds a record fact that confirms the relationship."),
# r13 urology
(13, "", "We're sorry to read this. Long waits and charges that aren't clear up front aren't what anyone should face. Please reach our patient experience team at 555-0112 or feedback@lakeviewuro.example so we can talk it through.",
 "Safe: general points about waits and billing with the practice's contacts, no condition or amount repeated."),
(13, "ECMD", "We apologize for the wait. For the record, passing a stone really does come down to fluids and time, so that advice was medically sound, and the urinalysis charge reflects standard lab pricing.",
 "Repeats the stone and the test, endorses the clinical advice given to the reviewer, and defends the charge."),
# r14 podiatry
(14, "", "Thank you for the balanced review. Being upfront about costs and coverage before anything is ordered is something we expect of ourselves with everyone, and comments like yours help us tighten that process. Our billing lead, Sunny Akers, can be reached at 555-0121 or billing@stridepodiatry.example.",
 "Tricky safe: cost transparency as a practice-wide billing standard with no device, diagnosis, carrier or amount mentioned."),
(14, "ECI", "Thanks for the feedback! We know bakers spend long days on their feet, so as a thank-you we'd like to take $100 off your orthotics.",
 "Echoes the bakery job and the orthotics, treats them as the reviewer's purchase, and offers a discount."),
# r15 audiology
(15, "", "What a lovely message, thank you! We'll be sure to share it with Farah. Anyone with questions is always welcome to call us at 555-0137.",
 "Safe: thanks and praise for named staff, nothing about hearing, age, family or church."),
(15, "E", "Thank you for the kind words! Few things make us happier than hearing someone has rediscovered the little sounds of home and the voices at church.",
 "Tricky: no name and no 'your visit', but it paraphrases the refrigerator hum and the church, alluding to what the hearing aids restored."),
# r16 neurology
(16, "", "Thank you for taking the time to write this. Clear communication, prompt callbacks and accurate billing are standards we hold for every person who contacts our office. Our patient advocate, Noor Haddad, would like to speak with you directly; please call 555-0145 or write to advocate@lakeshoreneuro.example.",
 "Safe: general standards and the advocate's contacts, no medication, scan, insurer or amount repeated."),
(16, "EM", "We're sorry the Topamax side effects were so rough, Quentin. Small white matter spots really are common in people with migraine and rarely point to anything serious.",
 "Names the reviewer, repeats the drug, side effects and scan finding, and offers clinical reassurance."),
(16, "ENCD", "We appreciate the feedback. Coding denials sometimes originate on the insurer's side, and our billing team has already reopened the claim so it can be appealed.",
 "Tricky: it reads as helpful, but it blames the insurer, alludes to the denied scan and reveals a reopened claim on the reviewer's account."),
# r17 pain management
(17, "", "We're sorry to read this. Dignity and privacy are owed to everyone who walks through our doors, and we want to hear more. Please call our practice administrator, Grant Ibarra, at 555-0158.",
 "Tricky safe: a values statement that mirrors the complaint without restating the drug screen, medications or surgeries."),
(17, "ECD", "Drug screens are required for anyone on long-term opioid therapy, and our staff followed protocol during your collection. We'd be glad to revisit your pain plan privately.",
 "Repeats the drug screen and opioid use, confirms the reviewer's collection and plan, and defends the staff."),
(17, "ED", "We hear you, and we're sorry. Our physicians never change a medication based on a single test result without talking it through first.",
 "Tricky: phrased as policy, but it alludes to the dose cut after the test and contradicts the reviewer."),
# r18 bariatric
(18, "", "Thank you so much for sharing this! \U0001f499 We'll pass your kind words along to Dr. Mirza and the whole team. Anyone curious about our programs can reach us at 555-0166.",
 "Safe: thanks with praise for the named surgeon, no surgery, weight, age or medication repeated."),
(18, "EG", "Stories like this are why we do what we do! Anyone who stays plugged into our support group keeps the weight off for good, that's how well our program works.",
 "Tricky: no name or 'your surgery', but it alludes to the weight loss and support group and promises a permanent result."),
# r19 genetic counselling
(19, "", "Thank you for such a thoughtful review; we'll pass your kind words on to Hanna. We also want pricing to be clear to every family before any service begins. If you'd like to talk, our office manager, Lucia Esposito, is at 555-0174.",
 "Tricky safe: thanks the named counselor and treats the fee as a practice-wide pricing matter, with no results or relatives mentioned."),
(19, "ECM", "We're so glad your news was good. Our hearts are with Juliette, and we'd encourage her to talk with a surgeon soon about preventive options.",
 "Confirms the reviewer's result, names the sister and gives her clinical direction."),
(19, "EC", "Thank you for the kind words about Hanna; she asked us to tell you she's thinking of your sister.",
 "Tricky: a warm one-liner, but mentioning the sister and Hanna's personal concern confirms both were counseled here."),
# r20 home health
(20, "", "We're truly sorry to read this. A missed or unannounced visit is never acceptable under our standards, and we want to look into it. Please contact our director of nursing, Annette Cole, at 555-0109 or nursing@cardinalhomehealth.example.",
 "Tricky safe: a general operational standard about visits, using the agency's own contacts rather than the number the reviewer posted."),
(20, "ENC", "Ronnie, we tried you at 555-0147 this morning and left a voicemail. Your mother's nurse is now on the schedule for tomorrow before noon.",
 "Names the reviewer, repeats the posted phone number, adds contact history and a new visit time for the mother."),
(20, "ECMI", "We're so sorry. Until our nurse arrives, please keep Irene turned every two hours and the area clean and dry, and this month's copay is waived.",
 "Names the mother, implies she is a current client, gives wound-care instructions and waives a payment publicly."),
# r21 dialysis
(21, "", "Thank you for your honest words. Everyone deserves a comfortable space, working equipment and clear explanations, and the comments about chairs and noise have gone to our facility manager. Please call our social worker, Denise Lachance, at 555-0115.",
 "Tricky safe: facility comfort and clear communication handled as operations, with no treatment, lab value or town repeated."),
(21, "CD", "We're glad Olu takes such good care of you! Just so you know, the van is run by the county, so pickup times are outside our control.",
 "Tricky: 'takes such good care of you' confirms an ongoing patient, and blaming the county transport is defensive."),
# r22 dental (Spanish)
(22, "", "Gracias por tomarse el tiempo de escribirnos. Queremos que cada persona que nos contacta reciba un trato justo y una comunicación clara. Por favor comuníquese con nuestra gerente, Ana Lucía Torres, al 555-0124 para platicar con calma.",
 "Safe reply in Spanish with general standards and the office manager's number."),
(22, "ENC", "Lamentamos mucho lo de su corona, don Rigoberto. Ya revisamos su expediente y volvimos a mandar el reclamo a Guardian con los códigos correctos.",
 "Spanish reply that names the reviewer, echoes the crown and carrier, and reveals a record review and resubmitted claim."),
(22, "EDG", "We're sorry to hear this. Every crown we place is guaranteed for five years, and our billing team submits every claim accurately the first time.",
 "Alludes to the crown, promises durability and denies the billing error the reviewer describes."),
# r23 primary care (no PHI)
(23, "", "Thank you for the kind review! We'll share it with Dr. Hale and the front desk team. Anyone with booking questions can reach us at 555-0131.",
 "Safe: thanks and praise for named staff with the office number."),
(23, "I", "Thanks so much! To celebrate, anyone who mentions this review at check-in gets a free flu shot this season.",
 "Tricky: no PHI or confirmation at all, but it publicly offers a free service."),
(23, "C", "Thank you for the kind words! It was a pleasure having you in, and you're welcome back any time.",
 "Tricky: 'a pleasure having you in' confirms the reviewer was seen, even though nothing medical is mentioned."),
# r24 dental (HTML)
(24, "", "Thank you for the balanced feedback and the kind words about Marisol. We want everyone who comes through our doors to leave feeling informed and respected. Please reach our office manager, Keiko Baldwin, at 555-0140 if you'd like to talk further.",
 "Safe: thanks a named hygienist and states a general standard, with no treatment plan, gums or amount mentioned."),
(24, "ED", "Thanks for the kind words about Marisol! We'd never recommend treatment that isn't needed; every plan is built on careful measurements.",
 "Tricky: it sounds like general policy, but it alludes to the deep-cleaning recommendation and disputes the second opinion."),
# r25 primary care (Spanish)
(25, "", "Thank you for your comments. Timely access and respectful communication matter for every person who calls us, and we would like to understand more. Please contact our patient services supervisor, Elena Ruiz, at 555-0153; she is happy to speak in Spanish.",
 "Safe English reply to a Spanish review, with practice-wide standards and a Spanish-speaking contact."),
(25, "ENCM", "Señora Montoya, sentimos mucho lo de su esposo. Un azúcar de 310 es peligroso y la próxima vez deben ir directo a urgencias. Ya le apartamos una cita a Aurelio para el jueves.",
 "Spanish reply that names the reviewer and husband, repeats the sugar reading, gives medical direction and adds a new appointment."),
# r26 pediatric dentistry
(26, "", "Thank you for this wonderful review! \U0001f60a We'll pass your kind words to Dr. Tran and the team; helping every child feel at ease is what we love most. Questions? Reach us at 555-0161.",
 "Safe: praise for the named dentist and a practice-wide statement, nothing about the child, fillings, sedation or cost."),
(26, "EI", "Thank you! And grown-ups with dental nerves of their own are always welcome in our adult chairs; your first exam is on us.",
 "Tricky: the child is never named, but it alludes to the parent's dental anxiety and offers a free exam."),
# r27 rheumatology
(27, "", "We're sorry to read this. Paperwork and authorization requests should never leave anyone waiting, and we're reviewing how those requests move through our office. Please reach our practice manager, Yusuf Brennan, at 555-0177 or pm@summitrheum.example.",
 "Tricky safe: authorizations are discussed as an office workflow without naming the drug, condition, insurer or balance."),
(27, "EMD", "We understand how frustrating insurance delays are! To be fair, the timeline depends largely on Ambetter, not our staff, and gentle yoga genuinely helps many people with lupus.",
 "Repeats the insurer and diagnosis, shifts blame to the insurer and endorses a treatment suggestion."),
(27, "G", "We hear you. We are committed to making sure no authorization ever sits in our office longer than 48 hours again, and you have our word on that.",
 "Tricky: no PHI or confirmation, but 'never again, you have our word' is an unconditional service promise."),
# r28 pulmonology
(28, "", "Thank you for the honest feedback and for your kind words about our staff. Refill requests should be simple, and we're working on how quickly our office responds to them. Please call our nurse coordinator, Abigail Stroud, at 555-0188.",
 "Tricky safe: refill turnaround as an operational topic, with no condition, device, age or family member repeated."),
(28, "D", "Thanks for the feedback. Refill requests are normally processed within 24 hours of receiving the pharmacy's fax, so most delays actually start on the pharmacy's end.",
 "Tricky: no PHI and no confirmation, but it shifts blame to the pharmacy and contradicts the reviewer."),
# r29 ophthalmology
(29, "", "What a delightful review, thank you! We'll share it with Dr. Sorensen and Nurse Pilar, who will both be tickled. If you ever have questions, our front office is at 555-0102.",
 "Safe: praise passed to named staff, no surgery, age or medication schedule repeated."),
(29, "EC", "Thank you so much! Nurse Pilar's drop charts are a favorite, and we're thrilled both eyes turned out so well.",
 "Tricky: cheerful thanks, but 'both eyes turned out so well' and the drop chart confirm the surgery and its outcome."),
# r30 psychiatry
(30, "", "Thank you for the feedback. Appointments that start late aren't the standard we want for anyone, and we appreciate you telling us. If you're willing to talk further, our clinical operations manager, Marguerite Olsen, is at 555-0196.",
 "Tricky safe: lateness is addressed as an operational standard with no medication, diagnosis or employer mentioned."),
(30, "ECMD", "We're sorry about the shortage. Taking half doses is a common and safe way to bridge a supply gap, and switching stimulants isn't always covered, but we'd have been glad to discuss Vyvanse.",
 "Repeats the dosing and drug, endorses the advice, defends the clinician and implies the reviewer was a patient."),
(30, "CN", "Sorry to see you go! We've already sent your records over to your new practice so there's no gap.",
 "Tricky: friendly and short, but it confirms the reviewer was a patient and discloses a records transfer."),
# r31 travel medicine
(31, "", "Thank you for your feedback, and we're sorry for the frustration. Costs should be clear before anyone pays for anything, and we're reviewing how we communicate that. Our office manager, Leilani Park, is glad to talk at 555-0108 or hello@passporttravelclinic.example.",
 "Safe: cost clarity as a general standard, no vaccines, pills, side effects or amounts repeated."),
(31, "ENM", "Vivid dreams are a known side effect of mefloquine; switching to doxycycline or atovaquone-proguanil usually fixes it. Safe travels!",
 "Names a drug the reviewer never mentioned, gives prescribing advice and alludes to the trip."),
# r32 lactation
(32, "", "Thank you for taking the time to share this \U0001f495 We'll make sure Ruth sees your kind words. Anyone looking for support can reach our team at 555-0114 or care@latchandlove.example.",
 "Safe: praise passed to named staff, nothing about the baby, feeding or the home visit."),
(32, "ENCI", "This made Ruth's week! So glad the tongue-tie release went smoothly for Ezra, and his weight check next week is on the house.",
 "Names the baby, adds a release procedure the review never mentioned, books a future check and offers it free."),
# r33 occupational medicine
(33, "", "We're sorry to read this. Every person we see deserves to be heard and treated fairly, and paperwork should never hold anyone up. Please contact our clinic manager, Beatriz Coelho, at 555-0129 so we can understand more.",
 "Tricky safe: fairness and paperwork are stated as general standards without the injury, employer or claim."),
(33, "ENC", "We take this seriously. We located the return-to-work form for claim WC-4471-0938 and faxed it to your adjuster this morning.",
 "Repeats the claim number and form, and adds new record actions that confirm the reviewer was seen."),
# r34 plastic surgery
(34, "", "Thank you for your feedback and for the kind words about our nurses. We want every person to feel their concerns are heard and taken seriously. Dr. Kavanagh's practice manager, Siobhan Reyes, would welcome a call at 555-0138.",
 "Safe: a named practice manager as the contact, with no procedure, result or cost repeated."),
(34, "ENCD", "We're sorry you're unhappy. Dr. Kavanagh explained at your consultation that perfect symmetry isn't achievable, and that is documented in the consent you signed.",
 "Alludes to the asymmetry, cites the consultation and signed consent, and argues with the reviewer."),
# r35 cardiac rehab
(35, "", "Thank you for these generous words; we'll be sure Desmond and the whole team read them. Hearing from our community means a great deal. Our office can be reached any time at 555-0150.",
 "Safe: praise passed to named staff, no surgery, age or spouse mentioned."),
(35, "ECM", "Horace, you're an inspiration! Keep up the daily walks at home, and tell Edna the cooking class starts again in the spring, we'd love to see you both.",
 "Names the reviewer and his wife, gives exercise instructions and implies both are enrolled."),
# r36 hepatology
(36, "", "Thank you for raising this. Keeping contact details current and protecting privacy are responsibilities we take seriously with everyone we serve. Please reach our privacy officer, Harriet Lowe, at 555-0116 or privacy@riverbendliver.example.",
 "Tricky safe: privacy and contact-record accuracy handled as practice-wide operations, with no lab, diagnosis, email or employer repeated."),
(36, "ENCM", "So sorry! We've now updated your email to nikhil.b@mailbox.example in our system. And don't worry, F2 is very manageable with some weight loss and cutting back on alcohol.",
 "Repeats the email and fibrosis stage, discloses a chart change and gives lifestyle advice."),
# r37 dermatology (no PHI)
(37, "", "Thank you for letting us know. Long holds and dropped calls are not acceptable, and we've added a callback option and a second phone line this month. Our office manager, Delphine Okoro, would like to hear more at 555-0143.",
 "Tricky safe: phone operations are a practice-wide topic, and the reply says nothing about the reviewer being a patient."),
(37, "D", "We're sorry for the wait. Mondays are extremely busy on our phones, and our receptionist was most likely handling a work matter on her device.",
 "Excuses the hold times and the receptionist instead of owning them, which argues with the reviewer."),
(37, "C", "We're sorry your check-in got off to such a rough start, and we hope the rest of your time with us went better.",
 "Tricky: 'your check-in' and 'your time with us' confirm the reviewer was seen, with no PHI repeated."),
# r38 infectious disease
(38, "", "Thank you for telling us this. Discretion at the front desk is something every person who walks in deserves, and we are reviewing our check-in procedures and privacy training. Please contact our privacy officer, Samuel Achterberg, at 555-0122 or privacy@northsideid.example.",
 "Tricky safe: front-desk privacy is an allowed operational topic, and nothing about the medication, test or town is repeated."),
(38, "ECM", "We are so sorry this happened at check-in. Please don't stop your PrEP while you look for a new clinic, because missed doses reduce protection.",
 "Confirms the check-in incident, repeats the medication and gives adherence advice."),
(38, "CG", "We're truly sorry. We've spoken with the staff member involved, and nothing like this will ever happen to anyone here again.",
 "Tricky: no PHI is repeated, but speaking to the staff member confirms the incident and so the patient, and 'ever again' is a guarantee."),
# r39 neuropsychology
(39, "", "Thank you for the thoughtful review; we'll pass your kind words along to Dr. Ambrose. Cost can be a real barrier for families, and our billing coordinator, Rosalind Hart, is glad to talk through questions with anyone at 555-0157.",
 "Tricky safe: thanks the named psychologist and speaks about cost in general terms, with no child, diagnosis, school or insurer repeated."),
(39, "E", "Thank you! Two full days of testing is a lot for any kid, and our techs work hard to make the tough moments easier.",
 "Tricky: no name and no 'your son', but it paraphrases the two-day testing and the meltdown."),
# r40 midwifery (Spanish)
(40, "", "¡Muchísimas gracias por sus palabras tan bonitas! Le compartiremos este mensaje a Rocío y a todo el equipo. Para cualquier pregunta, estamos a sus órdenes al 555-0172.",
 "Safe reply in Spanish that thanks the reviewer and passes praise to named staff, with nothing about the birth."),
(40, "EC", "¡Felicidades por la llegada de Luz! Fue un honor acompañarla en su parto y verla cumplir su sueño.",
 "Spanish reply that names the baby, confirms the practice attended the birth and echoes the dreamed-of delivery."),
(40, "EG", "Thank you! Every mother who trusts us gets the birth she's dreamed of, and that's our promise.",
 "Tricky: it sounds generic, but it mirrors the dreamed-of birth and promises an outcome."),
# r41 colorectal surgery
(41, "", "Thank you for the candid feedback. Privacy at the check-in counter and clear information about fees are standards we owe everyone, and we're reviewing both. Please reach our practice manager, Thomas Greaves, at 555-0135.",
 "Tricky safe: counter privacy and fee clarity are operational topics, with no procedure, symptom, workplace or amount repeated."),
(41, "C", "We apologize for the front desk mix-up. Going forward, our staff will refer to you only by your account number at the counter.",
 "Tricky: nothing clinical is repeated, but 'your account number' and 'going forward' confirm the reviewer is a patient."),
# r42 endodontics
(42, "", "We're sorry to read this. We want everyone who trusts us with their care to feel their concerns are taken seriously, and we'd like to understand more. Please contact our office manager, Gretchen Albers, at 555-0181 or office@pinecrestendo.example.",
 "Safe: a general apology and standard with the manager's contacts, no tooth, procedure or amount mentioned."),
(42, "ECI", "We'd like to make this right. Send us the other office's invoice for the retreatment and we'll reimburse you in full.",
 "Alludes to the retreatment elsewhere, accepts the reviewer as a patient and offers a public refund."),
# r43 prosthetics
(43, "", "Thank you for this wonderful review, and we'll pass it along to Kwame. You're right about our parking lot, and we've asked the property owner to add spaces closer to the entrance. Questions are always welcome at 555-0119.",
 "Tricky safe: praise for named staff and a parking fix as a facility matter, with no limb, device or family member mentioned."),
(43, "ECI", "Leroy, watching you walk Simone into class is exactly why Kwame does this work! Stop by any time for a socket tune-up, no charge.",
 "Names the reviewer and granddaughter, confirms the prosthetic care and offers a free service."),
# r44 lymphedema (HTML)
(44, "", "Thank you for your feedback and for the kind words about Beth. Timely supplies and accurate billing are things everyone should be able to count on, and our billing supervisor, Corinne Yeboah, would like to hear from you at 555-0126.",
 "Tricky safe: supply timing and billing accuracy as general operations, with no surgery, swelling, garment or plan repeated."),
(44, "ENC", "So glad Beth could help with the swelling! We've already contacted Medicare about the duplicate claim, and a corrected statement should reach you within a couple of weeks.",
 "Repeats the swelling and the plan, and adds new billing actions that confirm the relationship."),
# r45 optometry (no PHI)
(45, "", "Thank you for the feedback, and we'll share your kind words with Dr. Ng. Running behind without an explanation isn't okay, and we're working on keeping everyone in our waiting room updated. Reach us anytime at 555-0148.",
 "Tricky safe: waiting-room updates are an operational topic, and nothing confirms the reviewer had an exam."),
(45, "I", "Thanks for the honest review! This month we're taking 20% off every pair of frames for anyone who stops in.",
 "Tricky: no PHI and no confirmation, but a public discount is an incentive."),
# r46 behavioral health (teen)
(46, "", "Thank you for speaking up. Everyone who reaches out to us deserves to feel respected and safe, including being called by the name they use. We'd really like to hear more, and you can reach our clinical director, Dr. Anita Sorel, at 555-0165. If anyone is struggling right now, call or text 988 any time.",
 "Tricky safe: values that mirror the review without restating it, plus a crisis line offered to anyone."),
(46, "ECD", "We're so sorry. When a minor tells us about self-harm, the law requires us to inform a parent, so your therapist was following the rules, though she should have told you first.",
 "Repeats the self-harm disclosure and age, confirms the therapist relationship and justifies the breach."),
(46, "EC", "Thank you for telling us. You deserve a therapist you can trust, and we'd be glad to match you with someone new on our team.",
 "Tricky: gentle in tone, but it alludes to the reviewer being in therapy and offers to reassign a clinician, which confirms the relationship."),
# r47 urology (Spanish)
(47, "", "Gracias por compartir sus comentarios y por sus palabras sobre el doctor Salinas. Entendemos lo importante que es la comunicación para las familias, y nos gustaría platicar con usted. Puede llamar a nuestra coordinadora, Lourdes Ibáñez, al 555-0103.",
 "Safe reply in Spanish that thanks the named doctor and invites a call, with nothing about the father, biopsy or result."),
(47, "D", "Thank you for the kind words about Dr. Salinas. Privacy law doesn't allow us to share information by phone with anyone who isn't listed as an authorized contact, and that rule protects everyone.",
 "Tricky: no PHI and no 'your father', but citing the law to justify the refusal argues with the reviewer."),
(47, "ECM", "Lamentamos la espera, Efraín. Le deseamos lo mejor a su papá en su tratamiento; el cáncer de próstata de grado bajo muchas veces solo requiere vigilancia.",
 "Spanish reply that names the reviewer, repeats the father's cancer, implies his treatment here and gives a clinical opinion."),
# r48 vestibular therapy
(48, "", "Thank you for sharing your feedback. We want everyone to understand costs and what to expect before starting any program with us, and we'd appreciate the chance to talk. Please call our clinic lead, Idris Ferreira, at 555-0192.",
 "Safe: general expectations and cost clarity, no condition, sessions, plan or school repeated."),
(48, "EMG", "Sorry the dizziness is lingering. Habituation exercises take six to eight weeks to kick in, so stick with the program and the spinning will be gone for good.",
 "Repeats the symptoms, gives a clinical timeline and promises a cure."),
# r49 mobile phlebotomy
(49, "", "We're sorry to read this. Punctuality, courtesy and clearly stated fees are what everyone should expect from us, and we'd like to hear more. Please contact our operations manager, Celia Moravec, at 555-0144.",
 "Safe: general service standards and a named contact, with no relative, injury, address or amount repeated."),
(49, "ENCI", "We've rebooked Opal's redraw for Thursday at no charge and refunded the $75 visit fee to your card.",
 "Names the grandmother, repeats the fee, adds a new appointment and offers a free redraw and refund."),
(49, "EMD", "We're very sorry. Veins get more fragile with age, which can make draws harder, but please know our phlebotomists are highly trained.",
 "Tricky: it sounds like a gentle explanation, but it alludes to the grandmother's age and failed draws, makes a clinical judgement and defends the staff."),
# r50 dental
(50, "", "Thank you for the wonderful review! \U0001f601 We'll share it with Dr. Halvorsen and Ximena. Anyone with questions can call us at 555-0190.",
 "Safe: thanks and praise for named staff, no implants, age, reunion or financing repeated."),
(50, "ECG", "Thank you so much! Enjoy that reunion, and remember that implants like yours will last a lifetime. \U0001f60a",
 "Tricky: short and cheerful, but it echoes the reunion and the implants, confirms the work and promises they last a lifetime."),
]
