"""Held-out development set dev_i: 50 reviews, 120 drafts. All text invented."""

PREFIX = "i"

REVIEWS = [
    # 1
    ("google", "family_medicine", 1, "Dana Whitcomb",
     "Took my husband [[PERSON:Len]] in [[DATE_TIME:the Monday after Easter]] because [[HEALTH:his left calf had swelled up like a balloon]] and was [[HEALTH:hot to the touch]]. [[PROVIDER:Dr. Aldana]] barely looked at it, told him to drink more water and prop it up. [[DATE_TIME:Two days later]] we were in the ER and it was [[HEALTH:a clot behind his knee]]. He's [[AGE:71]]. Now he's on [[HEALTH:a blood thinner]] for who knows how long. We've been with this practice since we moved to [[LOCATION:Fernwood]] and we are done."),
    # 2
    ("yelp", "dental", 1, "Tomasz K.",
     "Went in for what was supposed to be [[HEALTH:one small filling]] on a back tooth. Walked out with [[HEALTH:half my face numb]] for six hours and a bill for [[FINANCIAL:$385]] because they 'found' [[HEALTH:two more spots]] while I was in the chair. [[FINANCIAL:Cigna]] says nobody sent a pre-auth. Hygienist [[PROVIDER:Maribel]] was sweet, but the dentist talked over me the whole time. And the tooth still [[HEALTH:zings every time I drink something cold]]. Great."),
    # 3
    ("healthgrades", "pediatrics", 5, "Keisha M.",
     "[[PROVIDER:Dr. Oyelaran]] has been our pediatrician since [[PERSON:Zion]] was [[AGE:three days old]] and [[HEALTH:yellow as a banana]]. She's the one who noticed he [[HEALTH:wasn't putting any words together]] at his [[AGE:18 month]] check and got us into [[HEALTH:early intervention]] before we even knew to worry. He's [[AGE:4]] now and will not stop talking 😂 [[PROVIDER:Nurse Gloria]] always asks about his baby brother [[PERSON:Amari]] too. Five stars isn't enough."),
    # 4
    ("facebook", "medspa", 2, "Brianna Locke",
     "Booked the [[HEALTH:lip flip]] and [[HEALTH:baby Botox for my 11s]] as a treat for turning [[AGE:30]] 💉 Injector [[PROVIDER:Sloane]] was a sweetheart but [[DATE_TIME:the next morning]] [[HEALTH:my left brow was sitting lower than the right]], and it's been [[HEALTH:droopy]] for three weeks. I look permanently confused in every photo. [[FINANCIAL:$520]] out of pocket. Messaged this page twice, nothing. DM me back [[CONTACT:@bri.locke.glow]]."),
    # 5
    ("zocdoc", "behavioral_health", 1, "R. Vance",
     "Finally worked up the nerve to book after [[HEALTH:months of barely getting out of bed]]. The psychiatrist was 25 minutes late to the video call, spent maybe ten minutes with me, and [[HEALTH:doubled my dose]] without one question about [[HEALTH:the dark thoughts]] I wrote on the intake form. Called [[DATE_TIME:Friday]] about [[HEALTH:the shakes]] the new dose gave me and the front desk said the earliest callback was [[DATE_TIME:the 14th]]. [[DATE_TIME:The 14th]]. People who are barely hanging on deserve better."),
    # 6
    ("google", "physical_therapy", 4, "Gus Pappas",
     "After [[HEALTH:my shoulder got rebuilt]] [[DATE_TIME:last October]] I couldn't [[HEALTH:reach the top cupboard or buckle my own seatbelt]]. [[PROVIDER:Jen]] and [[PROVIDER:Marcus]] worked me hard twice a week and never let me cheat on the bands. Now I'm back throwing batting practice for my grandson's team, the [[LOCATION:Eastbrook Mudcats]]. Only knock: the [[FINANCIAL:$40]] copay every time adds up, and [[FINANCIAL:Humana]] capped me at 20 visits, which nobody mentioned until visit 18."),
    # 7
    ("yelp", "dermatology", 1, "Priyanka D.",
     "Made the appointment for [[HEALTH:a spot on my scalp that kept bleeding when I brushed my hair]]. Got about four minutes with a PA named [[PROVIDER:Trevor]], who [[HEALTH:froze it]] without even looking at it under the light and said come back if it grows. In [[DATE_TIME:June]] a different office [[HEALTH:cut it out]] and it was [[HEALTH:basal cell]]. Oh, and a surprise [[FINANCIAL:$210]] charge nobody mentioned. So that's nice."),
    # 8
    ("healthgrades", "cardiology", 3, "Walter H.",
     "[[PROVIDER:Dr. Fenstermacher]] knows his stuff. He figured out [[HEALTH:the fluttering in my chest]] was [[HEALTH:A-fib]] after two other places told me it was [[HEALTH:nerves]]. But the [[HEALTH:heart monitor]] results took five weeks and three phone calls, and the [[HEALTH:treadmill test]] got bumped to [[DATE_TIME:Thanksgiving week]]. My wife [[PERSON:Ruth]] has to drive me everywhere since I [[HEALTH:passed out]] in the Kroger lot in [[DATE_TIME:March]]. Good doctor, office runs like it's 1985."),
    # 9
    ("facebook", "obgyn", 5, "Carmen Reyes-Holt",
     "Shoutout to [[PROVIDER:Dr. Nakashima]] and the whole team 💕 After [[HEALTH:two losses]] I was a wreck the entire time, and they let me pop in for [[HEALTH:extra heartbeat checks]] whenever I panicked. Our [[HEALTH:rainbow baby]] [[PERSON:Theo]] showed up [[DATE_TIME:the day after Mother's Day]], [[HEALTH:7 lbs 2 oz]] of pure chunk! Also [[PROVIDER:Kelsey]] at the front desk, thank you for fixing my [[FINANCIAL:Medicaid]] when it lapsed [[HEALTH:mid-pregnancy]]."),
    # 10
    ("zocdoc", "urgent_care", 1, "Jordan P.",
     "Checked in at [[DATE_TIME:6:10pm]] with [[HEALTH:a fishhook through my thumb]] (don't ask). App said 15 minute wait. Got called back at [[DATE_TIME:9:45]]. They [[HEALTH:numbed it and pushed the barb through]], fine, no complaints there. Then the bill: [[FINANCIAL:$340]] plus [[FINANCIAL:$65]] for [[HEALTH:a tetanus shot]] that apparently [[FINANCIAL:BlueCross]] won't touch at an urgent care. Zocdoc needs a zero star option."),
    # 11
    ("google", "sleep_medicine", 2, "Hal Brandt",
     "My [[HEALTH:breathing machine]] mask has been leaking and rubbing [[HEALTH:a raw spot on the bridge of my nose]] since [[DATE_TIME:Labor Day]]. The sleep center says call the supply company. The supply company says they need a new order from the doctor. Round and round. Meanwhile my wife [[PERSON:Marlene]] says I'm [[HEALTH:back to snoring and stopping breathing]] and the app shows [[HEALTH:19 events an hour]] when it used to be [[HEALTH:under 3]]. Just fax the order, people."),
    # 12
    ("yelp", "pediatric_dentistry", 1, "Marisol V.",
     "Llevé a mi hijo [[PERSON:Mateo]] de [[AGE:6 años]] para una [[HEALTH:limpieza]] y sin preguntarme le pusieron [[HEALTH:dos coronas plateadas en las muelas de abajo]]. Después me cobraron [[FINANCIAL:$780]] porque según ellos [[FINANCIAL:Medi-Cal]] no cubre todo. Llamé tres veces y nadie me explica nada. Ahora el niño [[HEALTH:no quiere masticar del lado derecho]] y [[HEALTH:se queja de dolor]]. ¿Así tratan a los niños? Muy mal."),
    # 13
    ("healthgrades", "urology", 3, "Gerald Ostrowski",
     "[[PROVIDER:Dr. Abernathy]] is blunt, which I appreciate at [[AGE:66]]. When [[HEALTH:my PSA came back 7.2]] he walked me through [[HEALTH:biopsy]] options with zero sugarcoating, and [[HEALTH:the little orange capsule]] he started has me [[HEALTH:up to pee once a night instead of four times]]. Two stars off for the front: 50 minutes in the waiting room, a TV blaring &amp; the receptionist reading everybody's birthdays out loud at the window."),
    # 14
    ("facebook", "home_health", 5, "Trish Arnaud",
     "Can't say enough about [[PROVIDER:Nurse Abby]], who came out to Dad's place on [[LOCATION:Quarry Hill Road]] three times a week after [[HEALTH:his new hip]]. She taught us how to [[HEALTH:change the dressing]], kept an eye on [[HEALTH:his sugars]], and was the first to notice [[HEALTH:he gets confused in the late afternoon]]. Dad ([[PERSON:Roland]], [[AGE:88]]) calls her his girlfriend 😄 We're so grateful."),
    # 15
    ("zocdoc", "gastroenterology", 1, "Samir A.",
     "Drank the whole [[HEALTH:gallon of prep]] for my [[HEALTH:scope]], up all night, showed up [[DATE_TIME:Tuesday at 6:45am]] and got sent home at [[DATE_TIME:10:30]] because the anesthesia person called out. Nobody called me. Nobody. Now I get to do it all again [[DATE_TIME:after New Year's]] with [[HEALTH:my Crohn's flaring]]. Love that for me. Oh and they still billed the [[FINANCIAL:$75]] facility fee. Reply to [[CONTACT:samir.a@example.com]] if anyone there cares."),
    # 16
    ("google", "oncology", 4, "Deb K.",
     "The infusion nurses on the third floor are angels, especially [[PROVIDER:Rosa]] and [[PROVIDER:Big Mike]]. Through [[HEALTH:six rounds]] for [[HEALTH:my breast cancer]] they kept [[HEALTH:my port]] happy, brought the warm blankets, and talked me through [[HEALTH:losing my hair]] [[DATE_TIME:right before my daughter's wedding]]. Only reason it's not 5 stars: billing kept sending my [[HEALTH:chemo]] bills to my old [[FINANCIAL:Anthem]] plan for months. I'm [[HEALTH:ringing the bell]] [[DATE_TIME:next Friday]]!!!"),
    # 17
    ("yelp", "allergy", 1, "Colleen F.",
     "Three years of [[HEALTH:allergy shots]] and I find out by text that they're 'sunsetting' the shot program and I should find another allergist. No records sent. No refund on the [[FINANCIAL:$450]] vial I prepaid in [[DATE_TIME:August]]. And my son [[PERSON:Declan]], who also comes here for [[HEALTH:peanut and tree nut allergies]], has had an [[HEALTH:EpiPen]] refill (Rx [[ID:7730418]]) sitting unsigned for nine days. His school nurse keeps asking. What exactly am I paying for?"),
    # 18
    ("healthgrades", "endocrinology", 5, "Marvin Tubbs",
     "[[HEALTH:Type 1]] since I was [[AGE:9]]. [[PROVIDER:Dr. Chaudhry]] is the first endo who actually reads my [[HEALTH:sensor graphs]] instead of lecturing me about carbs. Got me on [[HEALTH:a pump]] and [[HEALTH:my A1C went from 9.4 to 6.8]] in a year. Her diabetes educator [[PROVIDER:Wanda]] even called [[FINANCIAL:Medicare]] herself to fight the denial on my [[HEALTH:test strips]]. Go here."),
    # 19
    ("facebook", "fertility", 1, "Jess Morrow-Banks",
     "We paid [[FINANCIAL:$14,500]] for our [[HEALTH:second egg retrieval]] and nobody told us until [[DATE_TIME:the day of]] that [[HEALTH:only 3 were mature]]. The embryologist never called back. Then our [[HEALTH:transfer]] got cancelled [[DATE_TIME:the week of my sister's baby shower]], of all weeks, because [[HEALTH:my lining was too thin]], which I found out from a portal message at [[DATE_TIME:11pm]]. My husband [[PERSON:Nate]] and I are [[AGE:38]] and [[AGE:41]]. We do not have time for this. Is anyone there even reading these?"),
    # 20
    ("zocdoc", "optometry", 3, "K. Alvarez",
     "Quick [[HEALTH:eye exam]], nice tech, and [[PROVIDER:Dr. Hsu]] explained why [[HEALTH:my right eye goes blurry after a day on screens]]. Did not love being steered toward the [[FINANCIAL:$189]] [[HEALTH:retina photos]] 'that most people do,' which [[FINANCIAL:VSP]] didn't cover. New [[HEALTH:glasses]] turned out great and the kids' frame wall is adorable. Three stars, would be four without the upsell."),
    # 21
    ("google", "orthodontics", 1, "Brent Yoder",
     "Our daughter [[PERSON:Kaylee]] has had [[HEALTH:braces]] for 31 months on a plan that was supposed to take 18. Every time it's a new wire and 'almost there!' We paid the full [[FINANCIAL:$6,200]] up front and now they want [[FINANCIAL:$95 a month]] for 'extended treatment.' Meanwhile [[HEALTH:there's still a gap between her front teeth]] and [[DATE_TIME:last week]] she [[HEALTH:sliced her cheek on a bracket]] during lunch at [[LOCATION:Hollis Middle School]]. Unbelievable."),
    # 22
    ("yelp", "occupational_therapy", 5, "Nadia R.",
     "Our OT, [[PROVIDER:Miss Tam]], is magic. My [[AGE:5-year-old]] couldn't [[HEALTH:hold a crayon]], [[HEALTH:melted down over every sock seam]], and [[HEALTH:gagged on anything crunchy]]. Since [[DATE_TIME:spring]] she's buttoning her own coat, and she ate a whole pretzel at Grandma [[PERSON:Jo]]'s on [[DATE_TIME:the 4th of July]]. The [[HEALTH:sensory diet]] binder lives on our fridge now. Thank you thank you."),
    # 23
    ("healthgrades", "nephrology", 2, "Bernard Achebe",
     "I do [[HEALTH:dialysis]] Mon/Wed/Fri at the unit and see [[PROVIDER:Dr. Lindqvist]] here once a month. He's fine. Nobody coordinates anything though. [[HEALTH:My potassium was 6.1]] on [[DATE_TIME:the 3rd]] and I didn't hear about it until the unit nurse mentioned it [[DATE_TIME:a week later]]. My [[HEALTH:transplant referral]] has been 'in process' since [[DATE_TIME:2022]]. My daughter [[PERSON:Ifeoma]] makes my calls for me now and even she gives up on the phone tree. Two stars because the doctor is decent."),
    # 24
    ("facebook", "chiropractic", 1, "Terri Lynn Hooper",
     "Went in for [[HEALTH:a crick in my neck]] from sleeping funny and before I had my shirt back on they were pitching a 36-visit package for [[FINANCIAL:$1,800]]. [[PROVIDER:Dr. Brandon]] said my [[HEALTH:x-rays]] were 'concerning' but wouldn't say what was concerning unless I signed. [[DATE_TIME:Next day]] [[HEALTH:I couldn't turn my head to back out of the driveway]]. If you're so worried about me, call me: [[CONTACT:555-0187]]. Otherwise, hard pass."),
    # 25
    ("zocdoc", "internal_medicine", 5, "Oscar B.",
     "[[PROVIDER:Dr. Ferreira-Stone]] was on time, listened to every question, and never once looked at the clock. The front desk was friendly, the office is spotless, and booking on here took about two minutes. Garage validates too. Would recommend to anyone looking for a new internist."),
    # 26
    ("google", "speech_therapy", 4, "Alicia Brandvold",
     "My dad [[PERSON:Arnie]] [[HEALTH:lost most of his words after his stroke]] in [[DATE_TIME:February]]. [[PROVIDER:Ms. Ocampo]] worked with him using photos of his own kitchen and his old truck, and by [[DATE_TIME:Father's Day]] he said my name again. I cried in the parking lot. Only taking off a star because [[HEALTH:the swallow test]] got rescheduled twice and he was stuck on [[HEALTH:thickened drinks]] the whole time, which he hated more than anything."),
    # 27
    ("yelp", "podiatry", 1, "Kevin O.",
     "Went in [[DATE_TIME:the day after my birthday]] with [[HEALTH:an ingrown nail on my big toe]] that was [[HEALTH:red and weeping]]. [[PROVIDER:Dr. Petrakis]] [[HEALTH:cut the corner out]] with barely any numbing, slapped a bandage on and sent me off. [[DATE_TIME:Three days later]] [[HEALTH:the whole toe was purple and throbbing]] and my regular doctor put me on [[HEALTH:antibiotics]]. I'm [[HEALTH:diabetic]]. It's on the intake form. It's literally the first question. [[FINANCIAL:$260]] for that? I drive in from [[LOCATION:Cedar Hollow]] and I won't be making that drive again."),
    # 28
    ("healthgrades", "pain_management", 2, "Loretta S.",
     "I have [[HEALTH:two fused discs]] and was stable on the same [[HEALTH:pain patch]] for years. New NP [[PROVIDER:Courtney]] [[HEALTH:cut my dose in half]] at my [[DATE_TIME:March]] appointment with no warning and no taper. I spent [[DATE_TIME:that weekend]] [[HEALTH:sweating, shaking and not sleeping]]. I'm [[AGE:63]]. I'm not a drug seeker. Then I had to sign a new [[HEALTH:pain contract]] and [[HEALTH:pee in a cup]] like a criminal. Two stars because the MA was kind to me."),
    # 29
    ("facebook", "family_medicine", 5, "Rosa Elena Quintanilla",
     "Quiero darle las gracias a la [[PROVIDER:Dra. Benítez]] y a [[PROVIDER:Lupita]] de la recepción. Mi mamá tiene [[AGE:79 años]], [[HEALTH:presión alta]] y [[HEALTH:azúcar]], y por fin alguien le explicó en español cómo usar [[HEALTH:el aparatito para la presión]]. Ya no [[HEALTH:se marea]] en misa en [[LOCATION:San Judas Tadeo]] los domingos. Las muchachas de la recepción son muy amables. ¡Gracias por todo! 🙏"),
    # 30
    ("zocdoc", "audiology", 3, "Phil Gaither",
     "The [[HEALTH:hearing test]] was thorough and [[PROVIDER:Dr. Yoon]] showed me exactly where [[HEALTH:the high pitches fall off a cliff]], which explains why I can't make out a word my granddaughter [[PERSON:Pippa]] says. But the [[HEALTH:hearing aids]] they steered me to are [[FINANCIAL:$5,400 a pair]] and my [[FINANCIAL:TRICARE]] benefit only covers brands they 'don't carry.' Felt like a used car lot by the end."),
    # 31
    ("google", "addiction_medicine", 5, "D. M.",
     "This place took me in on [[DATE_TIME:Christmas Eve]] when I was [[HEALTH:shaking too hard to hold a coffee cup]] and nobody else would. [[PROVIDER:Dr. Haddad]] got me started on [[HEALTH:the monthly shot]] and my counselor [[PROVIDER:Dewayne]] never once made me feel like garbage. [[DATE_TIME:This Sunday]] makes [[HEALTH:one year without a drink]]. My kids ([[AGE:12]] and [[AGE:15]]) have their dad back. If you're where I was, just call them."),
    # 32
    ("yelp", "periodontics", 1, "Stephanie W.",
     "Told I needed [[HEALTH:deep cleanings on all four quadrants]] at [[FINANCIAL:$310 a quadrant]] because [[HEALTH:my gums were 'pocketing' at 5s and 6s]]. Got a second opinion from my regular dentist: [[HEALTH:a couple of 4s]], and [[HEALTH:a normal cleaning]] would do. When I asked for a copy of my chart, the office manager [[PROVIDER:Cheryl]] called me 'difficult.' I have the voicemail. Save your money."),
    # 33
    ("healthgrades", "general_surgery", 4, "Dwight E.",
     "[[PROVIDER:Dr. Mbeki]] took out [[HEALTH:my gallbladder]] [[DATE_TIME:the Friday before Memorial Day]] through [[HEALTH:three tiny cuts]] and I was back on the riding mower in ten days. Scars are barely there. One star off because the discharge packet was 12 pages and contradicted itself about [[HEALTH:showering with the skin glue]], and the after-hours line went to voicemail all day [[DATE_TIME:Saturday]] when [[HEALTH:I spiked to 101.3]]. Turned out fine, but still."),
    # 34
    ("facebook", "counseling", 5, "Maya Oduya",
     "Was nervous to start [[HEALTH:therapy]] at [[AGE:47]]. Six sessions with [[PROVIDER:Kendra]] and I finally get why I [[HEALTH:freeze up every time my boss raises his voice]]. She never once rushed me through [[HEALTH:the stuff from when I was little]]. Huge thanks for the sliding scale too; [[FINANCIAL:$40 a session]] while I was between jobs made it possible. Posting this because a bunch of ladies from [[LOCATION:Grace Tabernacle]] asked who I've been seeing. This is who!"),
    # 35
    ("zocdoc", "ophthalmology", 1, "Irene Castellanos",
     "Had [[HEALTH:cataract surgery on my left eye]] [[DATE_TIME:September 12]]. [[DATE_TIME:Next morning]] [[HEALTH:everything looked like I was underwater and there was a deep ache behind the eye]]. Called the after-hours line and was told to keep using the drops. Turned out [[HEALTH:the pressure in that eye was 38]]. I could have lost the eye. [[PROVIDER:Dr. Sandoval]] did apologize, I'll give him that, but I paid [[FINANCIAL:$1,100]] extra for [[HEALTH:the premium lens]] and I'm still [[HEALTH:seeing halos around every headlight]]."),
    # 36
    ("google", "pediatrics", 1, "Ashley N.",
     "😡😡 Called at [[DATE_TIME:8:01am]] the second the phones opened because my [[AGE:10 month old]] had [[HEALTH:a fever of 104.2]] and was [[HEALTH:pulling at his ear and screaming]]. On hold 47 minutes. Then: no sick slots, try urgent care. Urgent care: [[HEALTH:double ear infection]]. Then [[DATE_TIME:Thursday]] your front desk tried to charge a [[FINANCIAL:$25]] no-show fee for the appointment YOU cancelled. Our [[FINANCIAL:CHIP]] card was sitting right there on the counter. We live five minutes away in [[LOCATION:Brookside Heights]] and we're still switching."),
    # 37
    ("yelp", "plastic_surgery", 2, "Vanessa T.",
     "Consult for a [[HEALTH:tummy tuck with muscle repair]] after [[HEALTH:three C-sections]]. [[PROVIDER:Dr. Lavigne]] herself was great. Then the coordinator [[PROVIDER:Britt]] quoted me [[FINANCIAL:$11,900]] on the phone, and [[DATE_TIME:two weeks later]] the written quote said [[FINANCIAL:$14,350]] 'because of the [[HEALTH:BMI]] adjustment.' When I asked what that meant, she said I could [[HEALTH:lose 20 pounds]] or pay the difference. Could have led with that. Really, really could have led with that."),
    # 38
    ("healthgrades", "rheumatology", 3, "Cynthia Bellweather",
     "[[PROVIDER:Dr. Grunwald]] finally put a name to [[HEALTH:the achy joints and the rash across my cheeks]]: [[HEALTH:lupus]]. Six years of being told it was [[HEALTH:stress]], so I'm grateful. But my [[HEALTH:infusions]] can only happen when the chair is free, 7:30 to 3 on weekdays, and I teach second grade at [[LOCATION:Carver Elementary]]. Zero flexibility. Also the [[HEALTH:eye checks for the Plaquenil]] aren't done in-house, so that's another copay and another half day off. Three stars."),
    # 39
    ("facebook", "urgent_care", 5, "Donnie Pruitt",
     "Big thanks to this crew! My son [[PERSON:Cole]] [[HEALTH:took a cleat to the shin]] at the [[LOCATION:Westfield Warriors]] game [[DATE_TIME:Saturday morning]]. They had him [[HEALTH:x-rayed]], [[HEALTH:glued up]] and out the door in under an hour. The PA, [[PROVIDER:Jaime]], even showed him how to [[HEALTH:tape his ankle]] for the tournament [[DATE_TIME:Sunday]]. [[FINANCIAL:$50]] copay with [[FINANCIAL:Aetna]]. ⚽🙌"),
    # 40
    ("zocdoc", "family_medicine", 1, "T. Nguyen",
     "Booked through the app, drove 40 minutes, took unpaid time off, and got told at the window that this office stopped taking app bookings 'a while ago.' The listing still shows open slots every single day. Receptionist wasn't rude, just didn't care. Update your listing or take it down."),
    # 41
    ("google", "physical_therapy", 2, "Jorge Villalobos",
     "Vine a [[HEALTH:terapia física]] por [[HEALTH:el dolor de rodilla]] después de [[HEALTH:la operación del menisco]] en [[DATE_TIME:abril]]. La terapeuta [[PROVIDER:Erin]] es muy buena y ya no uso el [[HEALTH:bastón]]. Pero en la recepción nunca hay nadie que hable español, y me cobraron [[FINANCIAL:$60 por visita]] cuando mi seguro, [[FINANCIAL:Molina]], dice que el copago es de [[FINANCIAL:$20]]. Trabajo en la [[LOCATION:empacadora de Ridgeview]] y no puedo estar perdiendo horas en llamadas."),
    # 42
    ("yelp", "dental", 5, "Ben A.",
     "Hadn't seen a dentist in 11 years because of [[HEALTH:a full-on panic thing]] from a bad experience as a kid. [[PROVIDER:Dr. Solberg]] let me raise a hand to stop anytime, used [[HEALTH:the laughing gas]], and got through [[HEALTH:three fillings and a root canal]] over [[DATE_TIME:November]] without me once feeling trapped. The [[FINANCIAL:$99]] new patient special is legit, no bait and switch. My wife's booking next."),
    # 43
    ("healthgrades", "endodontics", 1, "Marcy Dillard",
     "Had [[HEALTH:a root canal on #19]] here [[DATE_TIME:the week of Halloween]]. [[DATE_TIME:Three weeks later]] [[HEALTH:my jaw swelled so bad my eye shut]] and the oral surgeon found [[HEALTH:a broken piece of file left in the root]]. When I called, the endodontist said '[[HEALTH:instrument separation]] is a known risk' and basically hung up. I want my [[FINANCIAL:$1,240]] back. [[FINANCIAL:MetLife]] claim is [[ID:ML-2290-44817]] if anyone there actually wants to look. Call [[CONTACT:555-0199]]."),
    # 44
    ("facebook", "hospice", 5, "Linda Garrow-Pike",
     "I've put off writing this since [[DATE_TIME:January]] because I didn't know where to start. My mother, [[PERSON:Evelyn]], came home on [[HEALTH:hospice]] [[DATE_TIME:the week before Thanksgiving]], [[AGE:93 years old]], with [[HEALTH:her heart giving out]] and [[HEALTH:fluid filling her lungs]]. We had no idea what we were doing. [[PROVIDER:Nurse Oksana]] came out [[DATE_TIME:that first night at 2am]] when [[HEALTH:Mom couldn't catch her breath]], and she sat on the edge of the bed explaining every sound and every change, in a voice so calm that my brother [[PERSON:Ray]] actually fell asleep in the recliner. The aide, [[PROVIDER:Precious]], washed Mom's hair in a basin and painted her nails coral because that's what she always wore to [[LOCATION:St. Brendan's]]. [[PROVIDER:Chaplain Tom]] prayed with her and then talked Cardinals baseball with her for an hour. Whenever [[HEALTH:the morphine]] needed adjusting, someone answered the phone, day or night. Mom passed [[DATE_TIME:December 19]] with her hand in mine, [[HEALTH:no struggle at the end]], her grandkids' drawings taped up around the bed. The [[HEALTH:bereavement calls]] since then have meant more than I can say. The one thing I'd change: the equipment company took four days to come get [[HEALTH:the hospital bed and the oxygen]] afterward, and nobody could tell us when they'd show up. Seeing that bed every day was hard. To every nurse, aide, social worker and volunteer who walked into that little yellow house on [[LOCATION:Larkspur Lane]]: thank you for giving my mother a good death."),
    # 45
    ("zocdoc", "oral_surgery", 3, "Aubrey Cho",
     "Got [[HEALTH:all four wisdom teeth]] out over [[DATE_TIME:spring break]]. [[PROVIDER:Dr. Castellano]] was great and [[HEALTH:the IV sedation]] was smooth. But they sent me home with [[HEALTH:the strong stuff]] and nobody mentioned [[HEALTH:it would make me throw up]] on an empty stomach. My roommate [[PERSON:Dev]] had to drive me back on [[DATE_TIME:day 3]] for [[HEALTH:dry socket]]. Billing is the other thing: [[FINANCIAL:$410]] after [[FINANCIAL:Delta Dental]] when the estimate said [[FINANCIAL:$180]]."),
    # 46
    ("google", "cardiology", 3, "Sandra L.",
     "Three stars. [[PROVIDER:Dr. Whitfield]] is excellent and explains things in plain English. Reaching him is the problem. The phone tree has seven options and none of them is 'talk to a person,' the portal logs you out every five minutes, and the website says the office is open until 5:30 but the phones shut off at 4. The parking deck charges even for a 20 minute stop. Fix the phones and this is a five star practice."),
    # 47
    ("yelp", "internal_medicine", 1, "Chris Pelletier",
     "Switched to a new doctor and asked for my records. Three requests, one 'lost fax,' and a [[FINANCIAL:$45]] 'processing fee' later, still nothing. My new cardiologist needs the [[HEALTH:echo]] and [[HEALTH:the 48-hour heart monitor]] from [[DATE_TIME:last summer]]. Patient account [[ID:4471-0093]]. Mail them to [[CONTACT:2215 Bellamy Ct Apt 3, Norwood]] or email [[CONTACT:c.pelletier@example.com]]. This is not hard."),
    # 48
    ("healthgrades", "obgyn", 1, "Renee Caldwell",
     "Came in for my annual and asked about [[HEALTH:the heavy periods and the clots]] I&#39;d had since [[DATE_TIME:last spring]].<br><br>[[PROVIDER:Dr. Pham]] said &quot;that&#39;s just being [[AGE:45]]&quot; and moved on.<br>[[DATE_TIME:Six months later]]: [[HEALTH:a fibroid the size of a grapefruit]], [[HEALTH:hemoglobin of 7]], and [[HEALTH:two units of blood]] in the ER. &lt;sigh&gt;<br>I&#39;m not even angry anymore. Just tired. Listen to women."),
    # 49
    ("facebook", "pulmonology", 3, "Gary Lindstrom",
     "Love [[PROVIDER:Dr. Achterberg]], hate the scheduling. [[HEALTH:My lungs are shot]] from 30 years at [[LOCATION:Keller Foundry]] and I'm on [[HEALTH:oxygen at night]] now. Doc's great, spent a half hour going over [[HEALTH:my breathing test numbers]] with me. But I drove in from [[LOCATION:Millbrook]] [[DATE_TIME:last Wednesday]] for [[HEALTH:the walking test]] and they had me down for [[DATE_TIME:next Wednesday]]. Gas ain't free 🤷 Three stars."),
    # 50
    ("zocdoc", "dermatology", 4, "Shay B.",
     "[[HEALTH:Cystic acne]] since I was [[AGE:13]], tried literally everything. [[PROVIDER:Dr. Abara]] finally put me on [[HEALTH:acutane]] and at [[DATE_TIME:month 4]] my skin is clear for the first time since [[AGE:13]] ✨ The [[HEALTH:iPLEDGE]] quizzes are annoying and [[HEALTH:my lips are cracked to pieces]], but so worth it. One star off because the [[HEALTH:monthly pregnancy tests]] get billed separately and [[FINANCIAL:Oscar]] keeps bouncing them."),
]

DRAFTS = [
    # r1
    (1, "", "Thank you for taking the time to write. Every concern about the quality of care is reviewed personally by our medical director, and we take that responsibility seriously. We would be grateful for a private conversation—please call our patient relations lead, Renata Solis, at 555-0142.",
     "Acknowledges the concern in practice-wide terms and offers a named contact without confirming care or repeating any detail."),
    (1, "ECM", "We're so sorry about your husband's leg. Anyone recovering from a clot should take the blood thinner exactly as prescribed and keep walking every day, and we'd be glad to go over that at Len's next appointment.",
     "Echoes the husband, his leg, the clot and the blood thinner, gives self-care instructions, and books Len in for a next appointment."),
    (1, "ECD", "Thank you for your feedback. Our physicians follow established guidelines when evaluating leg swelling, and fluids and elevation are often an appropriate first step. Please call Renata Solis at 555-0142 to discuss.",
     "Tricky: reads like policy but paraphrases the swelling and the advice given, which confirms the encounter and defends the doctor."),
    # r2
    (2, "", "Thank you for taking the time to share this. We want every person who contacts us to feel listened to and to understand costs clearly. Our billing lead, Ana Whitlock, would be happy to talk at 555-0127 or billing@example.com.",
     "Thanks the reviewer and offers a billing contact in general terms without naming the carrier, the amount or the tooth."),
    (2, "ENCMD", "Tomasz, we reviewed your chart: the two additional areas of decay were clearly visible on your X-rays and were discussed before we started. Sensitivity to cold after a filling is common and usually fades within a few weeks.",
     "Names the reviewer, cites his X-rays and chart, contradicts him, and gives a clinical judgement on his sensitivity."),
    # r3
    (3, "", "What a lovely message—thank you! We'll pass your kind words along to Dr. Oyelaran and Nurse Gloria, who will be thrilled to read them. Helping families feel heard is at the heart of what our whole team does.",
     "Tricky safe: passes praise to the staff the reviewer named without saying anything about a child or any care."),
    (3, "EC", "Thank you so much! It has been a joy watching your little chatterbox grow up, and we love seeing both boys.",
     "Tricky: 'chatterbox' alludes to the speech delay, and 'watching grow up' and 'both boys' confirm the children are patients."),
    (3, "ECM", "We're so glad early intervention made such a difference! Keep reading together every night—it's the best thing for language at this age. Give Zion and Amari a hug from all of us.",
     "Repeats early intervention and both children's names and adds a developmental tip."),
    # r4
    (4, "", "Thank you for reaching out. We'd like to understand more and help directly, so please call our clinic coordinator, Jolene Avery, at 555-0163 or write to hello@example.com, and she will follow up personally.",
     "Thanks the reviewer and moves the conversation offline with a named contact, mentioning nothing from the review."),
    (4, "ECMGI", "Hi Brianna! A heavy brow after toxin can happen when product spreads—it always wears off within a few weeks, and we'll happily do a complimentary touch-up at your next visit. 💕",
     "Names her, restates the Botox and brow droop, explains it clinically, promises it will wear off, offers a free touch-up and books a next visit."),
    # r5
    (5, "", "Thank you for telling us this; no one should feel unheard when they reach out for help. We are working to shorten callback times across the practice. If anyone reading this is in crisis, please call or text 988 at any hour. To speak with our clinical operations manager directly, call 555-0118.",
     "Tricky safe: offers the 988 line to anyone and treats callback times as a practice-wide issue without referring to the reviewer's care."),
    (5, "ECM", "Please don't stop or change your medication on your own. A tremor can happen after a dose increase and often settles, so call us and the doctor can adjust your plan.",
     "Paraphrases the dose increase and the shakes as a tremor, gives medication advice and refers to 'your plan'."),
    (5, "ENCD", "We're sorry for the frustration, but our records show a sooner callback than the 14th was offered and declined, and the provider's late start that day affected only the first two video appointments.",
     "Cites records and schedule details the reviewer never posted, repeats the date, confirms the appointment and argues with the reviewer's account."),
    # r6
    (6, "", "Thank you for taking the time to leave this review! Kind words like these mean a great deal to our whole team. If there is ever anything we can do better, please call our clinic lead, Dolores Kent, at 555-0155.",
     "Warm thanks and a named contact with no reference to the shoulder, the team, the copay or the carrier."),
    (6, "ECMG", "So glad that shoulder is back in action, Gus—good luck to the Mudcats this season! Keep up the bands and you'll stay pain-free for good.",
     "Names him, echoes the shoulder and the grandson's team, gives exercise advice and promises a lasting outcome."),
    # r7
    (7, "", "We're sorry to read this. Concerns about clinical care are reviewed by our medical director, and we want to understand what happened. Please contact our patient experience manager, Howard Lim, at 555-0131 or feedback@example.com.",
     "Generic concern and a named contact with no confirmation of care or detail from the review."),
    (7, "ENCD", "Freezing is an accepted first treatment for many skin spots, our PA followed protocol, and all fees are listed in the consent form signed at check-in.",
     "Echoes the freezing, defends the PA's care and cites a signed consent form, which adds a record fact and confirms the reviewer was treated."),
    # r8
    (8, "", "Thank you for the thoughtful review. We are always working to make our practice easier to reach, and we'd welcome your suggestions. Our office manager, Petra Haines, can be reached at 555-0109 or office@example.com.",
     "Thanks the reviewer and invites suggestions through a named contact without mentioning tests, the heart condition or the wife."),
    (8, "EC", "Thank you, Walter. We're glad Dr. Fenstermacher got to the bottom of things, and we'll work on a faster turnaround for your results.",
     "Tricky: uses his name, and 'got to the bottom of things' plus 'your results' confirm he was diagnosed and tested here."),
    (8, "ENCM", "So glad Ruth can drive you! Since your monitor showed pauses, please don't drive until you're cleared at your follow-up in April.",
     "Names his wife, adds a monitor finding and an April follow-up he never posted, and gives driving advice."),
    # r9
    (9, "", "Thank you for such a kind note! We'll be sure Dr. Nakashima and Kelsey see it. Our team believes every family deserves to feel supported, and messages like this mean the world to us. 💕",
     "Tricky safe: passes praise to the named doctor and front-desk staff without mentioning a pregnancy, a baby or coverage."),
    (9, "EC", "Congratulations to your whole family on the newest arrival! We're honored to have been part of such a meaningful chapter.",
     "Tricky: no names, but congratulating on the birth echoes the pregnancy and 'part of' confirms the practice's role in it."),
    (9, "ENCI", "Welcome to the world, Theo! As a thank-you, we'd love to give your family a free newborn photo session at his first well-baby checkup.",
     "Names the baby, books a future checkup, and offers a free gift."),
    # r10
    (10, "", "Thank you for the feedback. Posted wait times should be accurate, and we're reviewing how our check-in app calculates them. For billing questions, our team can be reached at 555-0177 or billing@example.com.",
     "Tricky safe: addresses wait estimates and billing contacts as operations without mentioning the injury, the shot or the amounts."),
    (10, "G", "Thank you for the feedback. Starting today, we guarantee that no one will ever wait more than 15 minutes at our clinic again. Billing questions can go to 555-0177.",
     "Tricky: no PHI or confirmation, but it makes an unconditional service promise."),
    # r11
    (11, "", "Thank you for letting us know. We'd like to help sort this out directly—please call our sleep center coordinator, Tamsin Lowry, at 555-0138 or write to sleep@example.com.",
     "Offers a named contact without mentioning the machine, the symptoms, the wife or the numbers."),
    (11, "ENCM", "Sorry about the mask trouble, Hal! Try nasal pillows or a strip of gauze on the bridge of your nose until Dr. Renner signs the new CPAP order this week.",
     "Names him, echoes the mask and sore, gives fitting advice, and names his doctor and an order status he never posted."),
    # r12
    (12, "", "Gracias por sus comentarios. Para nosotros es muy importante que cada familia entienda los costos antes de cualquier tratamiento y reciba respuesta cuando llama. Nos gustaría hablar con usted; por favor llame a nuestra coordinadora, Liliana Ríos, al 555-0149.",
     "Tricky safe: replies in Spanish about cost clarity and returned calls as practice-wide standards without mentioning the child, the crowns or the coverage."),
    (12, "ECMG", "Sentimos mucho lo de Mateo. Es normal que los niños eviten masticar unos días después de las coronas; déle comida blanda y verá que en una semana se acostumbra.",
     "Names the child, echoes the crowns and chewing, gives care advice and promises he will adjust."),
    (12, "ENCD", "Señora, el consentimiento firmado indica que usted aprobó el tratamiento, y Medi-Cal no cubre las coronas estéticas que eligió.",
     "Cites a signed consent and a coverage detail she never posted, repeats the carrier and crowns, and argues with her."),
    # r13
    (13, "", "Thank you for the candid feedback. Privacy at our check-in window matters to us, and we've changed how staff confirm identity so that personal details are not read aloud. We're also working on wait times. Our practice manager, Luis Ortega, welcomes calls at 555-0121.",
     "Tricky safe: privacy at the front desk and wait times are practice-wide operational topics, and nothing about the reviewer's care is mentioned."),
    (13, "ENC", "Thanks, Gerald! Glad the tamsulosin is cutting down those nighttime trips—we'll see you for the biopsy in two weeks.",
     "Names him, names a drug he described only by color, echoes the urinary symptom and adds a scheduled biopsy."),
    # r14
    (14, "", "Thank you for this wonderful message! Our home health team works hard to treat every household like family, and notes like this mean so much. If you'd like to share more, our director, Colleen Marsh, can be reached at 555-0190.",
     "Warm, practice-wide thanks with a named contact and nothing about the father, his condition or his street."),
    (14, "ECG", "We'll tell Abby her 'boyfriend' says hi! Roland is in great hands, and we'll keep him safe at home.",
     "Names the father, echoes the joke about the nurse, confirms he is a patient and promises his safety."),
    # r15
    (15, "", "We're truly sorry for the frustration. We'd like to hear more and make things right—please contact our scheduling supervisor, Nina Park, at 555-0166 or scheduling@example.com.",
     "Apologizes in general and offers a named contact without mentioning the procedure, the prep, the condition or the fee."),
    (15, "ECI", "We'd be glad to waive the facility fee for any procedure we cancel on our end—just call Nina at 555-0166.",
     "Tricky: phrased as a policy, but it echoes the fee and the cancelled procedure and offers to waive money."),
    (15, "ECMG", "So sorry! For your redo, a low-residue diet for three days beforehand makes the prep easier during a Crohn's flare, and we promise your new date won't be bumped.",
     "Echoes the prep and the Crohn's flare, gives dietary advice, confirms the rebooking and promises the date will hold."),
    # r16
    (16, "", "Thank you for such a generous review. We are proud of our nursing team and will share your words with everyone. If you ever have a question, our patient services desk is at 555-0102 or help@example.com.",
     "Warm thanks to the team in general with a contact, and no mention of the cancer, the treatment, the insurer or the date."),
    (16, "EC", "Congratulations on ringing the bell next Friday! We'll have the whole third floor cheering you on.",
     "Repeats the end-of-treatment milestone and its date, confirming she is in treatment there."),
    (16, "ENCI", "We've corrected the plan on file and credited back the Anthem charges, so your account now shows a zero balance. Wishing you all the best!",
     "Repeats the insurer, discloses account changes and a balance, and gives a credit."),
    # r17
    (17, "", "We're sorry to read this and would like to talk with you directly. Please call our office manager, Greg Tolliver, at 555-0170 or email office@example.com, and he will make time for you this week.",
     "Apologizes and moves the conversation offline without mentioning the shots, the son, his allergy or the prescription."),
    (17, "ENCM", "We'll send Declan's EpiPen refill today and forward your extract records to Dr. Lam's office. In the meantime, keep an antihistamine on hand.",
     "Names the son, repeats the EpiPen, adds a new provider and records transfer, and gives advice."),
    # r18
    (18, "", "Thank you for the kind words—they mean a great deal to our whole team, and I'll make sure Wanda sees them too. — Dr. Anjali Chaudhry",
     "Tricky safe: signed by the named physician and passes praise to the named staff member without saying the reviewer was treated."),
    (18, "ECMG", "An A1C under 7 is a huge win, Marvin! Stick with the pump and you'll never have to worry about complications.",
     "Names him, echoes the A1C and pump, gives advice and promises no complications."),
    # r19
    (19, "", "We're deeply sorry for the distress described here. Timely, compassionate communication is the standard we expect in every part of our clinic, and we are reviewing how and when information is shared. Please reach our patient advocate, Simone Clarke, at 555-0184 or advocate@example.com.",
     "Expresses concern and a general communication standard with a named contact, confirming nothing."),
    (19, "ECM", "We know how hard a cancelled cycle is. A thin lining often responds to an estrogen adjustment, so there's real reason for hope on the next try.",
     "Paraphrases the cancelled transfer and the lining, offers a clinical judgement and refers to a next try."),
    (19, "ENCGI", "We're so sorry, Jess and Nate. We'd like to offer your next frozen transfer at no charge, and we're confident it will work this time.",
     "Names the couple, books a next transfer, offers free treatment and promises success."),
    # r20
    (20, "", "Thank you for the feedback. We're always looking for ways to improve, and we'd love to hear more. Our optical manager, Renée Dufresne, is happy to talk at 555-0134 or optical@example.com.",
     "Thanks the reviewer and offers a named contact without mentioning the eye, the imaging, the price or the plan."),
    (20, "E", "Thanks for the review, and we hope that screen-time blur eases up soon!",
     "Tricky: friendly and confirms nothing outright, but it repeats the reviewer's eye symptom."),
    # r21
    (21, "", "We hear your frustration and we're sorry. Clear timelines and transparent fees are something every family deserves from us. Our treatment coordinator, Amber Wilkes, would like to talk with you directly at 555-0158 or smiles@example.com.",
     "Apologizes and offers a named contact, speaking about timelines and fees only in general."),
    (21, "ENCD", "Treatment length depends heavily on cooperation at home, and our notes show elastic wear has been inconsistent.",
     "Alludes to the long treatment, discloses chart notes and blames the child."),
    (21, "ECGI", "So sorry! We'll waive the extended-care fee and have those brackets off before Kaylee starts high school—guaranteed.",
     "Names the daughter, echoes the braces and fee, offers a waiver and guarantees a date."),
    # r22
    (22, "", "This made our week! Our therapists love what they do, and notes like this mean the world to them. If you'd ever like to share more, our clinic director, Hana Soto, can be reached at 555-0172.",
     "Warm general thanks with a named contact and no mention of the child, her skills or the therapist."),
    (22, "EC", "We love hearing about the pretzel! Tell your little one we're proud of those buttons.",
     "Tricky: no names, but the pretzel and the buttons echo the child's feeding and motor progress and confirm she is a patient."),
    # r23
    (23, "", "Thank you for raising these concerns. We want to understand them fully and would like to speak with you directly. Please call our care coordinator, Janelle Ortiz, at 555-0112.",
     "Generic acknowledgement with a named contact, with no mention of dialysis, labs, the referral or the daughter."),
    (23, "ENC", "We've reached out to the transplant center about your referral, and since Ifeoma is listed as your contact, we'll call her this week.",
     "Repeats the referral and the daughter's name and reveals contact details from the chart."),
    (23, "ECM", "A potassium of 6.1 is serious—please cut back on bananas, oranges and potatoes, and bring your lab sheet to Dr. Lindqvist.",
     "Repeats the lab value, gives dietary advice and refers to his care with the doctor."),
    # r24
    (24, "", "We're sorry to read this. No one should ever feel pressured to commit to anything, and every recommendation should be explained clearly and up front. Please call our clinic director, Maura Ellison, at 555-0146 so we can listen.",
     "Generic standards about pressure and explanation, with a named contact and no detail from the review."),
    (24, "ENCMD", "Dr. Brandon's findings on your x-rays were explained in detail, and some stiffness the day after an adjustment is a normal response.",
     "Cites the x-rays and an adjustment she never mentioned, confirms care, gives a clinical judgement and contradicts her."),
    # r25
    (25, "", "Thank you for the kind words! We'll let Dr. Ferreira-Stone and our front desk know. Keeping every visit on time and every room spotless is something our whole team works hard at.",
     "Tricky safe: 'every visit' is practice-wide and the reply confirms nothing about the reviewer."),
    (25, "C", "Thanks so much! We're glad you found us, and we look forward to seeing you again soon.",
     "Tricky: 'seeing you again' implies the reviewer is a patient."),
    # r26
    (26, "", "Thank you for sharing this. Our team will be grateful to read it. If you'd like to talk about anything further, our clinic manager, Devon Hart, can be reached at 555-0181 or clinic@example.com.",
     "Warm general thanks and a named contact, with no mention of the father, the stroke or any test."),
    (26, "ECM", "Hearing him say your name again is everything! Keep practicing with those kitchen photos at home—daily repetition is what rebuilds language.",
     "Echoes the father's recovery and the therapy materials and gives home-practice advice."),
    # r27
    (27, "", "We're sorry to hear this. Your feedback has been shared with our clinical leadership, and we'd like to understand what happened. Please contact our practice administrator, Faye Linton, at 555-0153 or care@example.com.",
     "Expresses concern and offers a named contact without confirming care."),
    (27, "ECMD", "Infection after your nail procedure is more likely with diabetes, which is why home care matters so much. Please soak the toe in warm salt water twice a day and keep it covered.",
     "Echoes the toe, the procedure and the diabetes, blames home care and gives wound-care instructions."),
    # r28
    (28, "", "Thank you for sharing this; we're sorry to read how distressing this was. Every person in our practice deserves to be treated with dignity and to have any change explained clearly. Our clinical director, Dr. Hal Benson, would welcome a call at 555-0129.",
     "General standards of dignity and explanation with a named contact and no detail from the review."),
    (28, "ECD", "Our controlled-substance agreements and testing apply to everyone on long-term opioids and are required by state law; they are not a judgment about you.",
     "Implies she is on long-term opioids, paraphrases the contract and urine test, and argues with her."),
    (28, "ECMG", "We're sorry about that weekend. A slower taper will have you feeling much better, and we'll make sure that never happens again.",
     "Tricky: short and kind, but 'that weekend' and 'taper' echo the withdrawal, the taper is advice, and the last clause is a promise."),
    # r29
    (29, "", "¡Muchísimas gracias por sus palabras! Le haremos llegar su mensaje a la Dra. Benítez y a Lupita. Nuestro equipo se esfuerza para que todas las familias se sientan bienvenidas y atendidas en su idioma.",
     "Tricky safe: a Spanish reply thanking named staff and stating a language-access value without mentioning the mother or her health."),
    (29, "ECM", "¡Qué alegría que su mamá ya no se marea! Recuérdele tomarse la presión todas las mañanas y evitar la sal.",
     "Echoes the mother's dizziness and blood pressure, treats her as a patient and gives health advice."),
    # r30
    (30, "", "Thank you for the feedback. We want everyone to leave with clear information and no pressure. Our clinic manager, Hollis Greer, would be glad to talk at 555-0140 or hearing@example.com.",
     "A general stance on information and pressure with a named contact, without the test, the devices, the price or the benefit."),
    (30, "I", "Thank you for the feedback. We never want anyone to feel pressured. This month every new consultation includes a free cleaning kit and 20% off any pair—call 555-0140 to book.",
     "Tricky: no PHI or confirmation, but it offers a gift and a discount in a public reply."),
    # r31
    (31, "", "Thank you for these words; we'll share them with our team. If anyone reading this is struggling and ready to talk, our intake line is open at 555-0111, and 988 is available any time, day or night.",
     "Tricky safe: an open invitation to anyone, with no reference to the reviewer's recovery, milestone or treatment."),
    (31, "EC", "Congratulations on your big milestone this Sunday! Dewayne says he's so proud of you.",
     "Tricky: no condition is named, but the Sunday milestone echoes the sobriety date and the counselor's message confirms care."),
    (31, "ECMG", "A year is huge! Keep up with your monthly injection and your meetings and you'll stay sober for good.",
     "Echoes the sobriety and the shot, gives advice and promises lasting sobriety."),
    # r32
    (32, "", "Thank you for your feedback. Anyone may request a copy of their records, and our team should make that simple and respectful every time. Please contact our compliance lead, Daniel Reyes, at 555-0119 or records@example.com.",
     "Tricky safe: records access is stated as a right for anyone, without confirming the reviewer has records here."),
    (32, "D", "Thank you for the feedback. We stand behind the recommendations of our periodontists, which are based on careful measurement rather than guesswork, and we'd encourage anyone with doubts to read our published care standards.",
     "Tricky: no PHI or direct confirmation, but it argues against the second opinion the reviewer described."),
    # r33
    (33, "", "Thanks for the kind words and the honest feedback. We read every review and use them to improve. Our nurse manager, Rhonda Vail, welcomes input at 555-0174 or nursing@example.com.",
     "General thanks and a named contact without mentioning the surgery, the glue, the fever or the weekend."),
    (33, "ECM", "Glad you're back mowing! For future reference, showering over skin glue is fine after 24 hours, and any fever over 101 should go straight to the ER.",
     "Echoes the mowing, the glue and the fever and gives post-operative advice."),
    # r34
    (34, "", "Thank you for sharing this! Our whole team believes everyone deserves care that feels unhurried and respectful. Anyone with questions about getting started with us can call 555-0136 or write to welcome@example.com.",
     "A practice-wide value and an open invitation, with no mention of therapy topics, the clinician, the fee or the church."),
    (34, "EC", "We're so glad Kendra has been a good fit, and we'd be honored to welcome your friends from church too.",
     "Tricky: warm, but 'a good fit' confirms the reviewer sees Kendra and 'friends from church' echoes the congregation."),
    (34, "ENCM", "It takes real courage to work through childhood trauma. Kendra has noted great progress, and grounding exercises between sessions will help when those freeze responses hit at work.",
     "Restates the childhood history and freezing at work, reveals the therapist's notes and gives coping advice."),
    # r35
    (35, "", "We're very sorry to read this. We take every concern seriously and would like to speak with you directly. Please contact our administrator, Joan Whitaker, at 555-0162 or admin@example.com.",
     "Generic concern and a named contact, with nothing about the surgery, the pressure or the lens."),
    (35, "ENCG", "We're sorry for the scare. Now that the pressure is under control, your vision will fully recover.",
     "Tricky: short, but it states the pressure is controlled, which she never posted, and promises full recovery."),
    (35, "ECI", "Dr. Sandoval has asked us to refund the premium lens upgrade in full as a gesture of goodwill.",
     "Echoes the lens upgrade, confirms the surgery and offers a refund."),
    # r36
    (36, "", "We're sorry for this. Long holds at opening and any fee charged in error are issues we take seriously, and our billing team reviews every disputed fee promptly. Please call our office manager, Tasha Greene, at 555-0105.",
     "Tricky safe: hold times and disputed fees are discussed as operations without mentioning the baby, the illness or the coverage."),
    (36, "NCD", "Our records show the cancellation was made from your portal account, so the fee was applied correctly.",
     "Cites portal records the reviewer never mentioned, confirms the account and contradicts her."),
    (36, "ECM", "So sorry your little guy was so sick. Next time his fever is that high, call our after-hours nurse line and alternate Tylenol and Motrin.",
     "Tricky: sounds caring, but it echoes the baby's fever, treats him as a patient and gives dosing advice."),
    # r37
    (37, "", "Thank you for the feedback. Clear, consistent pricing information is important to us, and we'd like to talk this through. Please reach our patient care lead, Monique Ashby, at 555-0150.",
     "Speaks about pricing in general and offers a named contact, with no amounts, procedure or weight mentioned."),
    (37, "ECD", "The BMI adjustment is listed in our financial policy and reflects added surgical risk, and Britt explained it during your consult.",
     "Echoes the BMI adjustment, confirms the consult, and argues that the reviewer was told."),
    (37, "ECI", "We'd love to honor the original $11,900 quote—just mention this review when you call.",
     "Repeats the quoted amount, treats her as a patient and offers a discount."),
    # r38
    (38, "", "Thank you for the kind words and the constructive feedback. We're always looking at how to make our services more convenient. Our operations manager, Keith Barlow, would love to hear your ideas at 555-0116.",
     "General thanks and a named contact, naming no condition, treatment or school."),
    (38, "ECM", "We know teaching makes mornings tough! Plaquenil works best when you never skip a dose, so please keep your infusions on schedule.",
     "Echoes her job, her medication and her infusions, and gives adherence advice."),
    # r39
    (39, "", "Thanks for the shout-out! Our whole crew works hard to get everyone in and out quickly, and it's great to hear when it shows. Questions anytime: 555-0176 or frontdesk@example.com.",
     "General thanks about speed of service with a contact, and no mention of the son, the injury, the team or the staff."),
    (39, "E", "Thanks for the shout-out, and go Warriors!",
     "Tricky: confirms nothing directly, but cheering for the team repeats the son's team from the review."),
    # r40
    (40, "", "Thank you for flagging this. We've asked the booking platform to correct our listing so no one else runs into this. Our office manager, Priya Anand, can be reached at 555-0133.",
     "Tricky safe: fixing a public booking listing is an operational matter and nothing confirms the reviewer was booked or seen."),
    (40, "NCD", "We checked our schedule and don't see a booking under your name for that day, and online bookings have required phone confirmation since last year.",
     "Tricky: a denial, but saying the practice searched its schedule for the reviewer discloses patient status and argues with the account."),
    # r41
    (41, "", "Gracias por sus comentarios. Estamos trabajando para tener personal bilingüe en la recepción y para que cada cobro coincida con lo que indica el seguro de cada persona. Puede comunicarse con nuestra gerente, Ana Lucía Prado, al 555-0188.",
     "Tricky safe: a Spanish reply about bilingual staff and billing accuracy as practice-wide operations, without the knee, the amounts or the carrier."),
    (41, "ECI", "Don Jorge, le vamos a devolver la diferencia de $40 por cada visita de su terapia de rodilla.",
     "Names the reviewer, echoes the knee therapy and the overcharge, and offers a refund."),
    # r42
    (42, "", "Thank you so much for this review! Helping nervous folks feel safe and in control is something our whole team cares about, and anyone who has been putting off care is welcome here. Questions? Call 555-0107 or email hello@example.com.",
     "Tricky safe: a practice-wide value about anxious patients that mirrors the review without restating his panic, treatment or price."),
    (42, "ENCI", "Thanks, Ben! We'll have your wife's new patient exam ready, and yes, she gets the $99 special too.",
     "Names him, mentions the wife's upcoming exam, repeats the price and offers it as a deal."),
    # r43
    (43, "", "We're sorry to read this and want to understand it fully. Concerns like this are reviewed by our clinical director, and we'd prefer to speak with you privately rather than here. Please call our office manager, Celeste Moreau, at 555-0186.",
     "Generic concern and a private contact, with nothing from the review repeated."),
    (43, "ECD", "As with any root canal, instrument separation is a known and disclosed risk, and it does not by itself indicate an error.",
     "Tricky: phrased as general information, but it repeats the root canal and the broken instrument and defends the case."),
    (43, "ENCI", "We've located MetLife claim ML-2290-44817, which shows as paid in full, and we'll refund the $1,240 once the oral surgeon's notes arrive.",
     "Repeats the claim number, carrier and amount, adds the claim status, and offers a refund."),
    # r44
    (44, "", "Thank you for taking the time to write something so beautiful. We'll share it with Oksana, Precious and Tom, who will treasure it. We're also working with our equipment partners on clearer pickup times for every family we serve. Our executive director, Marguerite Lowe, can be reached at 555-0193.",
     "Tricky safe: passes praise to the named staff and treats equipment pickup as an operational issue, without mentioning the mother, her illness or her death."),
    (44, "EC", "Thank you. It was an honor to care for your mother in her final weeks, and we hold your family in our hearts.",
     "Tricky: gentle, but 'your mother in her final weeks' echoes her illness and death and confirms she was in the practice's care."),
    (44, "ENCI", "We're so sorry for your loss. We've asked the equipment company to waive the rental days for the bed and oxygen, and Marguerite will call you on the anniversary of Evelyn's passing as part of our bereavement program.",
     "Echoes the loss, the equipment and the mother's name, adds a planned call, and offers a waiver."),
    # r45
    (45, "", "Thank you for the feedback and the kind words. We'd like to talk with you privately about your concerns—please reach our billing coordinator, Dana Osei, at 555-0145 or billing@example.com.",
     "Moves the conversation offline with a named contact without mentioning the procedure, the amounts or the carrier."),
    (45, "ECM", "Nausea from pain medication is common, so always take it with food, and rinse gently with salt water to protect your healing sockets.",
     "Echoes the nausea and the extractions, gives aftercare advice and refers to 'your healing sockets'."),
    # r46
    (46, "", "Thank you for the honest feedback and for the kind words about Dr. Whitfield. We're simplifying our phone menu so callers can reach a person directly, and our IT team is fixing the portal timeout. In the meantime, you can email frontdesk@example.com.",
     "Tricky safe: phones and the portal are practice-wide operations, and nothing confirms the reviewer is a patient."),
    (46, "DG", "Our phone system meets industry standards, but we promise you will never wait on hold with us again.",
     "Tricky: no PHI, but it contradicts the reviewer and makes an unconditional promise."),
    # r47
    (47, "", "We're sorry for the delay. Records requests should be handled promptly and without confusion, and we're reviewing our process. To protect your privacy, please contact our records supervisor, Tonya Beale, directly at 555-0124 rather than sharing details here.",
     "Speaks about records requests in general and moves the conversation offline without confirming the account."),
    (47, "ECI", "We've pulled account 4471-0093 and will email the echo and monitor reports to c.pelletier@example.com today, with the $45 fee waived.",
     "Repeats the account number, email, tests and fee, confirms the account and waives the fee."),
    (47, "NCD", "Our records show the request was completed and faxed on the 9th, and the processing fee is permitted under state law.",
     "Cites a fax date from the records, confirms the request and defends the fee."),
    # r48
    (48, "", "Thank you for sharing this. Every concern a person raises deserves to be taken seriously and followed up, and we're sorry when that doesn't happen. Please contact our patient advocate, Lorraine Ibe, at 555-0178.",
     "General apology about concerns being taken seriously, with a named contact and no detail."),
    (48, "ECM", "We're so sorry. Heavy bleeding in your mid-forties is often hormonal, but fibroids should always be checked with an ultrasound, so please schedule one with Dr. Pham.",
     "Echoes the bleeding, her age and the fibroid, gives a clinical judgement and books her with the doctor."),
    # r49
    (49, "", "Thank you for the kind words and the feedback on scheduling. We'd like to hear more—please call our scheduling lead, Bev Talbot, at 555-0168.",
     "General thanks and a named contact without the lungs, the oxygen, the test, the town or the dates."),
    (49, "ECI", "Sorry about the drive in from Millbrook! We'll reimburse your gas and see you next Wednesday for the walking test.",
     "Echoes the town and the test, confirms the appointment and offers to pay for gas."),
    # r50
    (50, "", "Thank you for the review! We're always glad to help with questions about how our bills work. Call our billing team at 555-0191 or email billing@example.com.",
     "General thanks and a billing contact without mentioning the drug, the tests or the insurer."),
    (50, "ECM", "So glad your skin is clearing! Use a thick lip balm several times a day—cracked lips are the most common side effect.",
     "Echoes the skin and lip side effect, confirms treatment and gives self-care advice."),
]
