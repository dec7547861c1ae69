"""Held-out evaluation set fresh_k: 50 reviews, about 120 drafts. All text invented."""

PREFIX = "k"

REVIEWS = [
    # 1
    ("google", "audiology", 1, "Harold Benning",
     "I am [[AGE:81 years old]] and have worn [[HEALTH:hearing aids]] since I retired. Came in on [[DATE_TIME:Oct 3]] because my [[HEALTH:right ear has been ringing like a teakettle]] and I [[HEALTH:cant hear my wife at the supper table]]. The young lady did a [[HEALTH:hearing test]] in a booth, told me [[HEALTH:the left side is worse than the right]] (I KNOW which side is worse, it's the one that rings) and then tried to sell me [[HEALTH:new aids]] at [[FINANCIAL:$5,800]] a pair. Did not clean my old ones. Did not look in my ear. My regular man found a [[HEALTH:wax plug]] [[DATE_TIME:the next week]]. Shame on you."),
    # 2
    ("healthgrades", "sleep_medicine", 4, "Carol Ann V.",
     "Our daughter [[PERSON:Tess]] is [[AGE:16]] and for two years she [[HEALTH:fell asleep in class]] no matter how early she went to bed, and her teachers at [[LOCATION:Northridge High]] had her pegged as lazy. Her pediatrician finally sent us here. [[PROVIDER:Dr. Amadi]] took us seriously from minute one and did the [[HEALTH:overnight study]] plus the [[HEALTH:daytime nap test]] [[DATE_TIME:the next day]]. The tech, [[PROVIDER:Rochelle]], kept her laughing through all the wires. Diagnosis: [[HEALTH:narcolepsy]]. She started [[HEALTH:Wakix]] in [[DATE_TIME:August]] and is making the honor roll again. Only 4 stars because the letter for the school took three tries to get right and each time we drove in from the farm."),
    # 3
    ("facebook", "oncology_infusion", 5, "Teresa Oduya",
     "Want to say THANK YOU to the nurses in the infusion room, especially [[PROVIDER:Lourdes]] and [[PROVIDER:Big Tony]] 🙏 My mom [[PERSON:Adaeze]] did [[HEALTH:6 rounds of chemo]] for her [[HEALTH:ovarian cancer]] here from [[DATE_TIME:February]] to [[DATE_TIME:July]]. She [[HEALTH:got so sick]] and [[HEALTH:lost all her hair]] but those nurses made her laugh every single time. They even let her prayer group from [[LOCATION:St. Brendan's]] sit with her. Her last [[HEALTH:scan was clear]]!!! God is good."),
    # 4
    ("google", "dialysis", 2, "Bich Ngoc Tran",
     "I come to this center 3 time every week for [[HEALTH:dialysis]] since [[DATE_TIME:2021]]. Nurses is good people, I am not complain about them. Problem is the chair time. My time is [[DATE_TIME:5:30 in morning]] but many day they put me on machine at [[DATE_TIME:7:00]] or more late, then I am late for my job at [[LOCATION:Lucky Nails]] on [[LOCATION:Fremont Ave]] and my boss is angry. Also [[DATE_TIME:last month]] they [[HEALTH:stick my fistula wrong]] two times and my [[HEALTH:arm is swelling big and purple]]. I tell the manager, she say 'we are short staff'. Always short staff. Please fix."),
    # 5
    ("yelp", "home_health", 1, "DEBRA K",
     "THREE TIMES [[DATE_TIME:THIS MONTH]] YOUR NURSE DID NOT SHOW UP TO CHANGE MY FATHERS [[HEALTH:BANDAGES]]. HE IS [[AGE:92]] WITH A [[HEALTH:BED SORE ON HIS TAILBONE]] THE SIZE OF MY PALM AND I AM NOT A NURSE!!! I HAD TO LEAVE WORK AT THE [[LOCATION:HIGH SCHOOL CAFETERIA]] TO SIT WITH HIM. WHEN I CALLED [[DATE_TIME:SATURDAY]] THE ON CALL GIRL SAID 'WE DON'T HAVE ANYBODY IN YOUR ZIP CODE'. HE IS ON [[FINANCIAL:MEDICARE]], HE HAS A RIGHT TO THIS CARE. CALL ME AT [[CONTACT:(412) 555-0119]] IF ANYBODY THERE CARES. DO NOT USE THIS AGENCY."),
    # 6
    ("zocdoc", "speech_therapy", 5, "Lindsey Farrow",
     "[[PROVIDER:Miss Paige]] is a miracle worker. Our son [[PERSON:Brody]] was [[AGE:3]] and [[HEALTH:only had like ten words, mostly 'uh' and pointing]], and his preschool, [[LOCATION:Little Acorns]], kept hinting something was wrong. Eight months of [[HEALTH:speech therapy]] with [[PROVIDER:Paige]] and now he tells me about dinosaurs for an hour straight and sings in the car. She also caught that he [[HEALTH:needed his ears checked]] ([[HEALTH:tubes]] in [[DATE_TIME:June]], total game changer). Book her, you won't regret it!!"),
    # 7
    ("google", "occupational_therapy", 3, "Frank Delgado Sr.",
     "had a [[HEALTH:stroke]] in [[DATE_TIME:the spring]] that [[HEALTH:took out my right hand]]. [[HEALTH:couldnt button a shirt or hold a fork]]. the OT girls here ([[PROVIDER:Tamsin]] mostly) got me to where I can [[HEALTH:write a check and tie my own shoes again]], credit where due. BUT they billed [[FINANCIAL:Medicare]] for a '[[HEALTH:group session]]' every time two of us were in the room, and my [[FINANCIAL:AARP supplement]] got a bill for [[FINANCIAL:$1,340]] I never agreed to. been on hold with billing 3 times. fix the billing and you get 5 stars"),
    # 8
    ("healthgrades", "fertility", 1, "Nadia & Sam",
     "We spent [[FINANCIAL:$18,500]] and two years here. Our [[HEALTH:second IVF cycle]] was cancelled on [[DATE_TIME:day 9]] because my [[HEALTH:estrogen wasn't responding]] and nobody had [[HEALTH:checked my levels]] since [[DATE_TIME:day 3]]. [[PROVIDER:Dr. Whitford]] never once called us herself, we got everything from a nurse reading off a screen. When my [[HEALTH:AMH came back at 0.4]] they basically said try [[HEALTH:donor eggs]] and handed us a brochure. I'm [[AGE:38]], not 80. We are now at another clinic and I am finally [[HEALTH:pregnant]]. Do your homework before you give these people your savings."),
    # 9
    ("facebook", "midwifery", 5, "Kaylee Brandt-Moss",
     "Our [[HEALTH:rainbow baby]] [[PERSON:Juniper]] was [[HEALTH:born at home]] in our living room on [[LOCATION:Hollis Street]] on [[DATE_TIME:April 22 at 3:14am]] 🌈💕 Our midwife [[PROVIDER:Renata]] and her student [[PROVIDER:Jo]] were with me for [[HEALTH:19 hours of labor]], let me [[HEALTH:labor in the tub]] and never once pushed the hospital on me even when my [[HEALTH:blood pressure got a little high]]. After [[HEALTH:losing our first]] [[DATE_TIME:last year]] I was so scared. [[HEALTH:8 lbs 2 oz]] of perfect. We're way out in [[LOCATION:Cedar Falls]] and they never once complained about the drive. Any mama wanting a [[HEALTH:home birth]], call these women!!"),
    # 10
    ("google", "wound_care", 2, "Otis Freeman",
     "Been coming twice a week since [[DATE_TIME:Memorial Day]] for an [[HEALTH:ulcer on my left shin that wont close up]], from [[HEALTH:bad circulation]] the doctor says. The wound doc, [[PROVIDER:Dr. Kessler]], is sharp and she [[HEALTH:scrapes out the dead stuff]] real gentle. Problem is the front. They never have my [[HEALTH:silver dressings]] ready, so I sit in that waiting room 90 minutes with my pant leg rolled up. Then last visit the aide put the [[HEALTH:compression wrap]] on so tight my [[HEALTH:toes went white and numb]] and she said that's normal. Getting better but it aint because of the office."),
    # 11
    ("yelp", "rheumatology", 3, "Mireille P.",
     "[[PROVIDER:Dr. Sandhu]] is brilliant, she figured out in one visit that my '[[HEALTH:arthritis]]' was actually [[HEALTH:psoriatic arthritis]] and that my [[HEALTH:fingers swelling up like little sausages]] was part of it. That's the 5 star part. The 1 star part: she started me on [[HEALTH:methotrexate]] and said I'd need [[HEALTH:liver labs]] every month, and then nobody at the front could ever find the lab order. SEVEN weeks of phone tag, and in the meantime I [[HEALTH:couldn't open a jar or hold my coffee cup]] at work. Average = 3."),
    # 12
    ("healthgrades", "pulmonology", 1, "Eugene Halloran",
     "I am [[AGE:76]] and on [[HEALTH:oxygen 2 liters]] since my [[HEALTH:COPD]] got worse. Had a [[HEALTH:breathing test]] scheduled [[DATE_TIME:9:00 on the 12th]], arrived [[DATE_TIME:8:40]] with my [[HEALTH:tank]], waited till [[DATE_TIME:10:25]]. By then my [[HEALTH:tank]] was nearly empty and nobody offered to plug me into the wall. The tech was rushing and I was [[HEALTH:coughing so hard]] I nearly lost my lunch. [[PROVIDER:Dr. Petrakis]] was pleasant enough but upped my [[HEALTH:inhaler]] to the [[HEALTH:purple one]], [[FINANCIAL:$470 a month]] with my plan, and didn't ask if I could afford it. Send my records to [[CONTACT:48 Quarry Hill Rd, Hellertown PA]] because I am done here. 40 years at the [[LOCATION:Bethlehem steel plant]] and this is how I'm treated."),
    # 13
    ("google", "hospice", 4, "Maureen Gallagher-Pike",
     "I have been meaning to write this for two months now and every time I sit down I end up crying, so here goes, bear with me. My father [[PERSON:Declan]] was [[AGE:88]] and had [[HEALTH:pancreatic cancer]] that they found way too late. By the time he came home from the hospital in [[DATE_TIME:October]] he had [[HEALTH:stopped eating]] and was [[HEALTH:sleeping 20 hours a day]]. His oncologist said it was time for [[HEALTH:hospice]] and gave us three names, and we picked this one because a neighbor swore by them."
     "\n\n"
     "First the good, and there is a LOT of good. His nurse [[PROVIDER:Gwen]] came out twice a week and treated him like he was her own dad. She showed me how to give the [[HEALTH:morphine]] under his tongue and how to [[HEALTH:reposition him in the bed]], and when he got a [[HEALTH:pressure sore on his hip]] anyway she didn't make me feel like a failure. The aide, [[PROVIDER:Precious]], gave him a shave and sang old Irish songs with him. The chaplain, [[PROVIDER:Father Ike]], came out to the house on [[LOCATION:Linden Court]] in [[LOCATION:Tallmadge]] even though Dad already had his own priest from [[LOCATION:Our Lady of Mercy]], and the two of them sat with him together, which I will never forget."
     "\n\n"
     "Now the not so good, because I think they need to hear it. The weekend on-call line is a problem. On a [[DATE_TIME:Saturday night in November]] Dad got very [[HEALTH:agitated]] and was [[HEALTH:pulling at his catheter]] and it took over three hours for a nurse to come out. Three hours with a man who [[HEALTH:doesn't know where he is]]. Also the [[HEALTH:comfort kit]] from the pharmacy didn't show up until [[DATE_TIME:the second day]], and we got a bill for [[FINANCIAL:$212]] for the [[HEALTH:hospital bed]] that I was told [[FINANCIAL:Medicare]] covers completely. I called about it twice and nobody called back."
     "\n\n"
     "Dad passed at home on [[DATE_TIME:December 19th]] with all of us around him, which is what he wanted. Four stars instead of five only because of the weekends. Thank you [[PROVIDER:Gwen]], thank you [[PROVIDER:Precious]], thank you [[PROVIDER:Father Ike]]. – [[PERSON:Maureen]]"),
    # 14
    ("zocdoc", "addiction_medicine", 1, "J.T.",
     "Been on [[HEALTH:Suboxone 8mg]] through this clinic for almost a year, [[HEALTH:clean]] since [[DATE_TIME:last Easter]]. The medical side is fine, [[PROVIDER:Mr. Haskins]] is the first provider who never made me feel like a junkie. But [[DATE_TIME:last week]] somebody from the front desk called the number on my file, which is my work line at the [[LOCATION:Amazon warehouse]], and told my shift lead she was calling from 'the [[HEALTH:recovery clinic]]' about my [[HEALTH:urine drug screen]]. Now half my shift knows. I work [[DATE_TIME:6am-6pm]], I gave you my cell for a reason. My Rx number is [[ID:6620418]] if you want to find my chart and fix it. One star until someone explains."),
    # 15
    ("facebook", "weight_loss", 1, "Shanice Porter",
     "Signed up for their &quot;Slim Start&quot; program in [[DATE_TIME:January]]: [[HEALTH:phentermine]], [[HEALTH:B12 shots]] and [[HEALTH:weekly weigh-ins]], [[FINANCIAL:$349/month]], 3 month minimum.<br><br>[[HEALTH:Lost 11 lbs]] in [[DATE_TIME:February]], great. Then [[HEALTH:my heart started racing at night]] and I [[HEALTH:couldn&#39;t sleep more than 3 hours]]. Called the &quot;nurse hotline&quot; and got a voicemail box that was full.<br>My own doctor took my [[HEALTH:blood pressure, 168/102]], and told me to stop the [[HEALTH:phentermine]] immediately.<br><br>When I tried to cancel they said I still owe for [[DATE_TIME:March]]. I&#39;m [[HEALTH:5&#39;4&quot; and 212 lbs]], I&#39;m not some vain person, [[HEALTH:my knees hurt]] and I&#39;m [[HEALTH:pre-diabetic]]. I just wanted help. Account # [[ID:WL-20931]]"),
    # 16
    ("yelp", "vein_clinic", 2, "Gloria Menendez-Hart",
     "Had the [[HEALTH:laser done on my left leg]] for the [[HEALTH:ropey veins]] (the ones that [[HEALTH:look like blue worms]]). Procedure itself was fine, [[PROVIDER:Dr. Yeung]] is gentle. But nobody told me I'd have to wear those awful [[HEALTH:thigh-high compression stockings]] for 2 weeks in [[DATE_TIME:July]] in 110 degree heat!! and the [[HEALTH:bruising went from my knee to my ankle, purple and green]]. The [[HEALTH:follow-up ultrasound]] was cancelled twice by THEM. Two stars."),
    # 17
    ("google", "lasik", 5, "Derrick O.",
     "Threw my [[HEALTH:glasses]] in the trash [[DATE_TIME:the day after]] [[HEALTH:LASIK]]. [[HEALTH:20/15]] now. [[PROVIDER:Dr. Halvorsen]] is the GOAT 🐐"),
    # 18
    ("healthgrades", "hearing_aids", 3, "Bev Sorensen",
     "I bought my [[HEALTH:Phonak hearing aids]] here in [[DATE_TIME:March]] for [[FINANCIAL:$4,200]] and the young man, [[PROVIDER:Tyler]], was very patient teaching me the app on my phone. Now I can hear my granddaughters [[PERSON:Mia]] and [[PERSON:Lottie]] on FaceTime. However. The left one has whistled from day one and I have been back four times. Each time they 'adjust' it and send me home and it whistles again. For that money I expect it to work. I am [[AGE:79]] and I do not drive, so my son has to take off work to bring me. Three stars for [[PROVIDER:Tyler]]'s patience. – [[PERSON:Bev S.]]"),
    # 19
    ("google", "lab_draw", 1, "Marcus Pelletier",
     "[[HEALTH:Fasting blood work]] at [[DATE_TIME:7am]] before my shift at [[LOCATION:Riverside Tool & Die]]. Phlebotomist [[HEALTH:stuck me three times in the left arm, then twice in the right]], then said 'you've got [[HEALTH:rolling veins]]' like it was my fault. Arm's [[HEALTH:black and blue to the elbow]]. And they lost the tube for the [[HEALTH:A1C]] so I have to come back fasting AGAIN. Stars for nothing."),
    # 20
    ("yelp", "imaging", 1, "Alexis W.",
     "I'm extremely [[HEALTH:claustrophobic]] and told them so when I booked my [[HEALTH:brain MRI]] (I get [[HEALTH:migraines with numbness in my face]] and my neurologist wanted to rule out [[HEALTH:MS]]). They promised an [[HEALTH:open MRI]]. It was not open. The tech said 'just close your eyes' and when I started [[HEALTH:hyperventilating]] she left the room. Then the report got faxed to my old PCP's office instead of my neurologist, so a practice I left [[DATE_TIME:two years ago]] got my results before I did. Absolutely unacceptable with something this personal. Email me at [[CONTACT:alexis.w.inbox@example.com]] if you actually want to fix it."),
    # 21
    ("google", "pharmacy_clinic", 2, "Tanya Birchwood",
     "Took my [[AGE:7 year old]] to the walk-in clinic inside the pharmacy on a [[DATE_TIME:Saturday]] because she was [[HEALTH:pulling at her ear]] and had a [[HEALTH:fever of 102]]. The nurse practitioner was nice and said [[HEALTH:ear infection in both ears]]. BUT the wait was 2 hrs with a sick kid on a plastic bench next to the cough syrup aisle, and then the [[HEALTH:cefdinir]] she prescribed was out of stock at that same pharmacy. Had to drive across town. She missed her spelling bee at [[LOCATION:Hawthorne Elementary]] [[DATE_TIME:Monday]]."),
    # 22
    ("zocdoc", "telehealth", 1, "Kristen L.",
     "Booked a video visit for a [[HEALTH:blistery rash wrapping around my ribs]] because I couldn't get into my regular doctor. The doctor was nice enough, said [[HEALTH:shingles]] and prescribed [[HEALTH:valacyclovir]], but sent it to a pharmacy in Tacoma. I live in [[LOCATION:Spokane]]. Took 6 hours and four chats with 'support' to get it moved, meanwhile [[HEALTH:it felt like a hot iron on my side]]. [[FINANCIAL:$79]] for that."),
    # 23
    ("facebook", "dental_implants", 1, "Victor Ambrose",
     "[[FINANCIAL:$28,000]] for the [[HEALTH:All-on-4 upper arch]]. [[DATE_TIME:Eight months later]] [[HEALTH:two of the implants are loose]] and my [[HEALTH:gums are swollen and bleed when I brush]]. [[PROVIDER:Dr. Vartanian]] says I'm 'not cleaning under the [[HEALTH:bridge]] right' and wants another [[FINANCIAL:$6,500]] to [[HEALTH:pull and replace the two loose ones]]. I financed this through [[FINANCIAL:CareCredit]] at [[FINANCIAL:26%]] and I'm [[AGE:63 years old]], I don't have another [[FINANCIAL:6 grand]]. My cell is [[CONTACT:330-555-0173]] if the owner wants to talk. Do not get your implants here."),
    # 24
    ("google", "pediatric_dentistry", 5, "Jen & Rob Kowalczyk",
     "Our twins [[PERSON:Ellie]] and [[PERSON:Max]] ([[AGE:5]]) both had [[HEALTH:cavities]] — [[PERSON:Max]] had FOUR 😬 — and we were dreading it. [[PROVIDER:Dr. Bao]] and hygienist [[PROVIDER:Sunny]] made it a game. The kids got to pick a flavor for the [[HEALTH:giggle gas]] and watch Bluey on the ceiling TV while they got their [[HEALTH:fillings]]. [[PERSON:Max]] asked if he could come back tomorrow. We'll be telling every parent at [[LOCATION:Pinecrest Elementary]] pickup about this place. Amazing."),
    # 25
    ("healthgrades", "psychiatry", 2, "Oleksandr M.",
     "I am seeing [[PROVIDER:Dr. Varga]] for my [[HEALTH:depression]] and for [[HEALTH:not sleeping]] since I come from [[LOCATION:Kharkiv]] in [[DATE_TIME:2022]]. Doctor is good, she listen, she give me [[HEALTH:mirtazapine]] and now I [[HEALTH:sleep maybe 6 hours]], better. But office is very hard. Every month I must call 5, 6 times for refill. Nobody call back. Also I ask for interpreter for the [[HEALTH:PTSD questionnaire]] because medical English is hard for me, and receptionist say 'we don't do that, use Google.' This is not okay."),
    # 26
    ("google", "psychiatry", 1, "Kyle Brandt",
     "Waited 3 months for a [[HEALTH:med management]] slot. Front desk booked it at the wrong location, 40 minutes away. Zero stars."),
    # 27
    ("facebook", "audiology", 5, "Rosalind Achebe",
     "Big thank you to [[PROVIDER:Dr. Moreau]]! My son [[PERSON:Kofi]] [[HEALTH:failed his newborn hearing screen]] twice and I was a mess. She did the [[HEALTH:ABR sleeping test]] when he was [[AGE:6 weeks]] and he has [[HEALTH:mild hearing loss in one ear]], not both. She drew me a little diagram and gave me her direct email. We're doing great. Proud member of the [[LOCATION:Linwood Baptist]] moms group, who all sent me here 💙"),
    # 28
    ("yelp", "sleep_medicine", 1, "Trevor Knapp",
     "They told me my [[HEALTH:home sleep test]] 'failed' because the finger sensor fell off, so I had to do the [[HEALTH:in-lab study]] anyway and pay twice. [[FINANCIAL:$285]] + [[FINANCIAL:$1,100]]. [[FINANCIAL:Providence]] member ID [[ID:PV7730915]] if anyone wants to check. Then the equipment company they use sent a [[HEALTH:CPAP]] with the wrong mask size and won't take it back because it's 'medical equipment.' Still [[HEALTH:snoring]], still [[HEALTH:tired]], now broke."),
    # 29
    ("google", "oncology_infusion", 2, "Phil Anand",
     "My wife [[PERSON:Sunita]] gets her [[HEALTH:Herceptin infusion]] every 3 weeks here. Nurses are angels, no complaints. The problem is the pharmacy side: 3 of the last 5 times her drug wasn't mixed when we got there and we sat 2+ hours. She's [[HEALTH:neutropenic]] half the time and they sit her in a lobby full of coughing people. Also parking is [[FINANCIAL:$18 a day]] at the garage and nobody validates."),
    # 30
    ("healthgrades", "dialysis", 5, "Lorraine Whitfield",
     "I've been doing [[HEALTH:home peritoneal dialysis]] for a year and a half and the home training nurse, [[PROVIDER:Kiara]], is the reason I could keep teaching at [[LOCATION:St. Cecilia's]]. She taught my husband and me how to hook up the [[HEALTH:cycler]] at night and what a cloudy bag means. When I got [[HEALTH:peritonitis]] in [[DATE_TIME:September]] she had me seen same day. My kidney doctor [[PROVIDER:Dr. Mbeki]] is also top notch. I'm [[AGE:58]] and still working full time because of this team."),
    # 31
    ("facebook", "home_health", 5, "Marisela Quintanilla",
     "Quiero dar las gracias a la enfermera [[PROVIDER:Yolanda]] y a la terapeuta [[PROVIDER:Fabiola]] por cuidar a mi mamá, Doña [[PERSON:Refugio]], después de su [[HEALTH:operación de cadera]]. Tiene [[AGE:84 años]] y [[HEALTH:no quería caminar]], pero [[PROVIDER:Fabiola]] venía dos veces por semana y ahora ya camina con su [[HEALTH:andadera]] por el patio. [[PROVIDER:Yolanda]] le revisaba el [[HEALTH:azúcar]] y la [[HEALTH:herida]] cada visita, siempre con mucha paciencia. Gracias por tratarnos con tanto cariño en nuestro idioma. Que Dios las bendiga 🙏"),
    # 32
    ("google", "speech_therapy", 3, "Dolores Yee",
     "My husband [[HEALTH:lost most of his words]] after his [[HEALTH:stroke]] [[DATE_TIME:last winter]] and the speech therapist, [[PROVIDER:Mr. Oduya]], has been patient with him. They work on [[HEALTH:naming pictures]] and [[HEALTH:swallowing exercises]] so he can eat regular food again instead of the [[HEALTH:thickened stuff]]. That part I'm grateful for. What I am not grateful for is the 45 minutes we spend in the car each way from [[LOCATION:Glen Haven]] because they cancelled the [[DATE_TIME:Tuesday]] slot closer to us without asking. He is [[AGE:79]], it wears him out."),
    # 33
    ("healthgrades", "occupational_therapy", 4, "Jamal Okonkwo-Reed",
     "[[HEALTH:Cut three tendons in my right hand]] on a box cutter at the [[LOCATION:Meijer distribution center]] where I work nights. After surgery, [[PROVIDER:Anika]] in [[HEALTH:hand therapy]] made me a [[HEALTH:custom splint]] and worked my fingers every week for 3 months. Now I can [[HEALTH:make a fist]] and grip a pallet jack again. Lost a star because their billing sent my [[FINANCIAL:workers comp]] claim [[ID:WC-448120]] to my personal insurance first and I got a scary letter."),
    # 34
    ("facebook", "fertility", 5, "Hailey & Jordan",
     "[[HEALTH:TWO PINK LINES]]!!! 😭🎉 After 3 years, [[HEALTH:endometriosis surgery]], and [[HEALTH:2 rounds of Clomid]] that did nothing, [[PROVIDER:Dr. Nakashima]] and the embryo team got us here on our [[HEALTH:first frozen transfer]]. [[HEALTH:Beta was 412]]!! [[PROVIDER:Nurse Hope]] answered every single panicky text, even on [[DATE_TIME:Christmas]], and never let us lose hope. We're calling the baby [[PERSON:Frosty]] since the [[HEALTH:embryo spent 14 months on ice]] 😂 Telling everyone we know that this clinic is the real deal."),
    # 35
    ("google", "midwifery", 1, "Samira Haddad-Lowe",
     "My midwife, [[PROVIDER:Colette]], missed that my [[HEALTH:blood pressure was climbing]] at [[HEALTH:36 weeks]]. She said my [[HEALTH:swollen feet and headaches]] were 'normal [[HEALTH:pregnancy]] stuff' and sent me home. [[DATE_TIME:Two days later]] I was in L&D with [[HEALTH:preeclampsia]] and had an [[HEALTH:emergency c-section under general anesthesia]]. I didn't get to hold my daughter [[PERSON:Noor]] for 5 hours. We live on [[LOCATION:Alder Way]], two minutes from their office, and she wouldn't come check on me when I called crying. I will never recommend them."),
    # 36
    ("zocdoc", "wound_care", 1, "Bernard Fitch",
     "3rd week in a row my [[HEALTH:wound vac]] wasn't charged when I got there. Come on."),
    # 37
    ("google", "rheumatology", 5, "Pastor Ruth Ellison",
     "At [[AGE:72]] I thought the [[HEALTH:stiffness every morning]] was just old age. [[PROVIDER:Dr. Brightwater]] listened for a full half hour, ran the [[HEALTH:blood work]] and diagnosed [[HEALTH:polymyalgia]]. Two days on [[HEALTH:prednisone]] and I could [[HEALTH:lift my arms over my head]] to do my hair for the first time in months. The ladies at [[LOCATION:Bethel AME]] kept asking what happened to me! Best doctor in Fairview, hands down. Thank you, thank you."),
    # 38
    ("google", "pulmonology", 2, "Hassan Farouk",
     "I drive in from [[LOCATION:Dearborn Heights]] because nobody closer would see me for my [[HEALTH:asthma]] and the [[HEALTH:sarcoidosis in my lungs]]. [[PROVIDER:Dr. Llewellyn]] is thorough, she ordered a [[HEALTH:CT]] and [[HEALTH:full breathing tests]] and actually explained the results. But getting anyone on the phone is impossible, the portal says 'message received' and then silence for a week. My [[HEALTH:rescue inhaler]] ran out and I had to go to urgent care to get a refill. Two stars for the office."),
    # 39
    ("facebook", "hospice", 5, "The Pruitt Family",
     "To the [[HEALTH:hospice]] team who cared for Grandpa [[PERSON:Walt]] in his final days — thank you for the music, the lip balm, and for holding Grandma's hand. We'll never forget you."),
    # 40
    ("google", "addiction_medicine", 5, "Cody R.",
     "One year [[HEALTH:sober]] [[DATE_TIME:today]]. Came in at [[AGE:29 years old]] [[HEALTH:drinking a fifth a day]] and [[HEALTH:shaking every morning]]. [[PROVIDER:Dr. Oyenuga]] got me through [[HEALTH:detox]] on [[HEALTH:Librium]] without judgment and started me on [[HEALTH:naltrexone]]. My counselor [[PROVIDER:Reggie]] in [[HEALTH:group therapy]] keeps me honest. I'm back at work and my daughter [[PERSON:Harper]] is back to staying with me on weekends. If you're struggling, call these people."),
    # 41
    ("yelp", "weight_loss", 3, "Brenda Tolliver",
     "[[HEALTH:Down 34 pounds]] since [[DATE_TIME:February]] on the [[HEALTH:tirzepatide]] plan, so it works, I'll give them that. My [[HEALTH:A1C went from 7.1 to 5.9]] and my [[HEALTH:knees don't scream on the stairs]] anymore (I'm a nurse, on my feet 12 hours). The 3 stars is because the price keeps creeping. Started at [[FINANCIAL:$299 a month]], now [[FINANCIAL:$379]] and every 'check in' is a 4 minute video call with a different person. Feels like a subscription, not a clinic. Progress pics at [[CONTACT:@brenda.down.34]]"),
    # 42
    ("google", "vein_clinic", 5, "Mandy Castillo",
     "Honestly the nicest front desk I've dealt with in years. They answered every question about costs before I booked, parking was easy, and nobody rushed me. [[PROVIDER:Dr. Yeung]] and her staff run a tight ship."),
    # 43
    ("yelp", "lasik", 1, "Gabriel Nunes",
     "Paid [[FINANCIAL:$4,400]] cash for [[HEALTH:LASIK]] in [[DATE_TIME:May]]. [[DATE_TIME:Six months later]] my [[HEALTH:right eye is still blurry at night]], [[HEALTH:halos around every headlight]], and my [[HEALTH:eyes are so dry]] I use [[HEALTH:drops]] every hour. The 'lifetime [[HEALTH:enhancement]] guarantee' apparently doesn't apply because they say my [[HEALTH:cornea is too thin]] now. Funny how that wasn't a problem before they took my money. I drive for a living. Nights are scary."),
    # 44
    ("google", "hearing_aids", 1, "Ed Kaminski",
     "Tried a pair of [[HEALTH:hearing aids]] on their 45 day trial. Returned them on [[DATE_TIME:day 30]] because they [[HEALTH:made my tinnitus worse]], and they kept a [[FINANCIAL:$450]] 'restocking fee' nobody mentioned. It's in the fine print, they say. My [[FINANCIAL:VA]] audiologist fixed me up with a set that works, for nothing. Veterans beware. I'm [[AGE:70]], I know a hustle. Lived in [[LOCATION:Granby]] 40 yrs and never seen a worse outfit."),
    # 45
    ("yelp", "lab_draw", 1, "Rubén Aguilar",
     "Muy mala experiencia. Fui el [[DATE_TIME:lunes 3 de junio a las 7:30]] para mis [[HEALTH:análisis de colesterol y tiroides]], [[HEALTH:en ayunas]] desde [[DATE_TIME:la noche anterior]]. Me hicieron esperar dos horas y [[HEALTH:casi me desmayo]] en la sala de espera porque soy [[HEALTH:diabético]] y no había comido. Nadie me ofreció ni un jugo. Después la muchacha me dijo que la orden del doctor estaba vencida y que tenía que regresar otro día. Perdí medio día de trabajo en la panadería [[LOCATION:La Espiga]]. Mi correo es [[CONTACT:ruben.aguilar@example.org]] por si les interesa."),
    # 46
    ("google", "imaging", 3, "Leticia Barrón",
     "El personal es muy amable y la técnica [[PROVIDER:Graciela]] me explicó todo durante el [[HEALTH:ultrasonido de mi seno]]. Pero después de la [[HEALTH:biopsia]] dejaron el mensaje con los resultados en el teléfono de la casa, y mi hijo de [[AGE:12 años]] lo escuchó antes que yo. Gracias a Dios era [[HEALTH:benigno]], pero [[DATE_TIME:esa noche]] fue horrible para mí y para mis hijos. Tres estrellas por la atención, cero por la privacidad."),
    # 47
    ("zocdoc", "pharmacy_clinic", 3, "Glen P.",
     "Clinic inside the pharmacy. Clean, quick check-in kiosk. But the online wait time said 15 min and it was closer to an hour. Nurse practitioner was fine. Meh."),
    # 48
    ("zocdoc", "telehealth", 1, "Hollis Varner",
     "The app logged me out three times while I was in the virtual waiting room. Support chat is a bot that keeps sending me the same FAQ link. Gave up after 50 minutes. Refund my booking fee."),
    # 49
    ("healthgrades", "dental_implants", 4, "Douglas Thiessen",
     "[[HEALTH:Lost my front tooth]] in a men's league hockey game (go [[LOCATION:Ice Hogs]]!) and [[PROVIDER:Dr. Marchetti]] placed an [[HEALTH:implant]] in one appointment with a [[HEALTH:temporary tooth]] [[DATE_TIME:the same day]], so I could still go to work at [[LOCATION:First Harbor Bank]] without a gap. Final [[HEALTH:crown]] went on in [[DATE_TIME:November]] and you honestly can't tell. [[FINANCIAL:$3,900]] after [[FINANCIAL:MetLife]] paid their part, fair for what it is. Knocked a star because I took four afternoons off for follow-ups and not once did they run on time."),
    # 50
    ("yelp", "pediatric_dentistry", 1, "Araceli Montoya",
     "No los recomiendo. Mi hija [[PERSON:Valentina]], de [[AGE:4 años]], tenía una [[HEALTH:caries chiquita]] y el dentista dijo que necesitaba [[HEALTH:anestesia general]] en el hospital para [[HEALTH:arreglarle seis dientes]]. Pedí una segunda opinión y solo necesitaba [[HEALTH:dos empastes]]. Además me cobraron [[FINANCIAL:$150]] por la consulta y las [[HEALTH:radiografías]] aunque tenemos [[FINANCIAL:Medicaid]]. Cuando llamé para quejarme me colgaron. Cuidado, mamás."),
]

DRAFTS = [
    # r1
    (1, "", "Thank you for taking the time to write. Every person who comes to us should get a careful, unhurried conversation and never a sales pitch, and I read every comment like this one myself. I'd be grateful for the chance to talk, so please call me directly at (570) 555-0114. – Gail Pruitt, Owner",
     "Tricky safe: mirrors the complaint about selling only as a practice-wide value and gives the owner's own number without confirming a visit."),
    (1, "ECM", "Mr. Benning, ringing like that is very often caused by a wax blockage, so we're glad it was finally cleared. Please call us so we can take a look at your current hearing aids.",
     "Names the reviewer, repeats the ringing, wax and hearing aids, offers a clinical explanation and refers to his own devices."),
    (1, "ENCD", "Our audiologist's notes show a full ear exam was done before your hearing test, and the premium models were only shown because you asked to see them. We stand by our team.",
     "Cites the reviewer's chart, repeats the hearing test, adds exam details he never posted and contradicts his account."),
    # r2
    (2, "", "Thank you for such a kind review! We'll be sure Rochelle and Dr. Amadi both see it; they'll be thrilled. Getting letters and forms right the first time is something we're tightening up across the office, and if you ever want to share more, our office manager, Denise Albright, is at 555-0126.",
     "Tricky safe: letters and forms are treated as an office-wide process and praise goes to the named staff, with nothing about the daughter, her tests or her diagnosis."),
    (2, "E", "Thank you for such a kind review! We'll be sure Rochelle and Dr. Amadi both see it. Here's to a wide-awake school year! Our office manager, Denise Albright, is at 555-0126.",
     "Tricky: 'a wide-awake school year' alludes to the daughter falling asleep in class and her sleep disorder."),
    (2, "ECMG", "Tess, keep taking the Wakix every morning and stick to a scheduled afternoon nap, and you'll never nod off in class again.",
     "Addresses the daughter by name, repeats her medication, gives treatment instructions and promises the symptom will not return."),
    # r3
    (3, "", "Thank you for taking the time to share such a beautiful message. We'll make sure Lourdes and Tony see it; our nurses pour their hearts into making every person who walks in feel cared for. If you'd ever like to talk with us, our patient experience lead, Beatriz Nuñez, is at 555-0131.",
     "Tricky safe: passing praise to the named nurses and describing the nursing team in general terms does not confirm that anyone was treated."),
    (3, "EC", "Thank you for this beautiful message! We'll make sure Lourdes and Tony see it, and please tell the prayer group they are welcome to come sit in with us anytime.",
     "Tricky: inviting the prayer group back echoes a personal detail from the review and implies the mother is still being treated there."),
    (3, "ENC", "What wonderful news about Adaeze's clear scan! Dr. Osterhout will go over her surveillance schedule at the three-month check, and we can't wait to see her ring the bell.",
     "Names the mother, repeats her scan result and adds a follow-up plan and visit that the review never mentioned."),
    # r4
    (4, "", "Thank you for writing to us. Starting on time matters for everyone we serve, and our staffing and scheduling are being reviewed right now with our regional director. Please talk with me directly: Janelle Ortiz, facility administrator, 555-0147.",
     "Tricky safe: treats start times and staffing as practice-wide operations and never mentions the reviewer's schedule, job or arm."),
    (4, "ECMN", "We're sorry about the bruising around your access. Keep the arm raised and use a cold pack for twenty minutes at a time, and we have moved your chair time to 5:00 starting Monday so you can get to work.",
     "Paraphrases the fistula and swelling, gives care instructions, and discloses a new schedule change tied to the reviewer's job."),
    # r5
    (5, "", "We are very sorry to read this. Every family we serve should be able to count on us to arrive when we say we will, weekends included, and a missed visit is never acceptable. Our director of nursing, Pam Hollister, wants to speak with you personally; please call her at (412) 555-0158.",
     "Tricky safe: speaks about punctuality and weekend coverage as agency-wide standards and uses the agency's own number instead of the one in the review."),
    (5, "ENCGI", "We apologize to you and your father. We've assigned him a dedicated nurse who will never miss another visit, and his care for the rest of this month will be at no charge.",
     "Refers to the father, confirms he is a client, discloses a staffing change, promises perfect attendance and offers free care."),
    (5, "D", "We're sorry for the frustration. Our nurses cover a very large territory, and weather and traffic are sometimes outside anyone's control. Please call our director of nursing, Pam Hollister, at (412) 555-0158.",
     "Tricky: no PHI, but blaming territory, weather and traffic is an excuse that pushes back on the complaint."),
    # r6
    (6, "", "Thank you so much for this! We'll make sure Paige sees it; she'll be beaming. Helping families feel supported is what our whole team loves most. If there's ever anything you'd like to share with us, our clinic director, Noreen Hendricks, can be reached at clinic@example.org.",
     "Tricky safe: passing praise to the therapist the reviewer named does not confirm that any child was seen."),
    (6, "EC", "We are so proud of Brody and all his new words! Paige says he's one of her favorite little chatterboxes 🦕",
     "Names the child, alludes to his speech progress and confirms he is a client."),
    # r7
    (7, "", "Thank you for the honest review. We'll pass the kind words along to Tamsin. Clear, accurate billing is something we owe everyone, and our billing supervisor is reviewing how charges are coded across the clinic. Please call Rhonda Vega directly at 555-0139 and she will call back the same day.",
     "Tricky safe: billing accuracy is addressed practice-wide and praise goes to the named therapist without repeating the stroke, the carrier or the amount."),
    (7, "ENCD", "Group sessions are billed under Medicare rules whenever two people are treated together, and your plan of care, which you signed, listed group therapy twice a week.",
     "Repeats the group billing and carrier, cites a signed plan of care with new details and defends the charges."),
    # r8
    (8, "", "We're truly sorry to read this. Everyone who trusts us deserves clear communication and real time with their physician, and we're reviewing how our team shares information. Please reach out to our patient advocate, Morgan Ellery, at 555-0152 or advocate@example.com.",
     "Speaks about communication as a practice-wide standard and offers a named contact, with no mention of cycles, results or costs."),
    (8, "E", "We're truly sorry to read this, and we are genuinely happy to hear your wonderful news. Everyone who trusts us deserves clear communication and real time with their physician. Please reach out to Morgan Ellery at 555-0152.",
     "Tricky: 'your wonderful news' alludes to the pregnancy the reviewer disclosed."),
    (8, "ENCMD", "Dr. Whitford reviewed your chart personally: monitoring followed our protocol, and with an AMH of 0.4 a donor egg recommendation is the standard of care, not a brush-off.",
     "Cites the chart, repeats the AMH result and donor eggs, adds monitoring details, gives a clinical judgement and argues with the reviewer."),
    # r9
    (9, "", "What a joy to read this; thank you for sharing it with us. Renata and Jo will be so touched. Supporting every family with patience and respect is the heart of our practice. Our office manager, Beth Sorley, is always happy to talk at 555-0163.",
     "Tricky safe: passes thanks to the midwife and student the reviewer named without mentioning the birth, the baby or the home."),
    (9, "EC", "Welcome to the world, Juniper! 🌈 It was an honor to be there for her arrival, and Renata says she's never seen a calmer mama in that tub.",
     "Names the baby and confirms the practice attended the birth, repeating details from the review."),
    # r10
    (10, "", "Thank you for the feedback. Nobody should sit in our waiting room for an hour and a half, and we're changing how the clinic is set up each morning so people are seen on time. Our clinic manager, Terrence Bly, would like to hear more; please call him at (318) 555-0170.",
     "Tricky safe: addresses the wait and morning setup as clinic-wide operations without mentioning the dressings, the wrap or the ulcer."),
    (10, "ECM", "So glad to hear you're healing! Keep that leg raised above your heart whenever you sit, and if your toes turn pale again, loosen the wrap right away and call us.",
     "Comments on his healing, refers to his leg, toes and wrap, and gives care instructions."),
    (10, "G", "Thank you for the feedback. Nobody should sit in our waiting room that long, and we've changed how the clinic is set up each morning. From now on everyone will be seen within 15 minutes of arriving, guaranteed. Please call Terrence Bly at (318) 555-0170.",
     "Tricky: otherwise safe, but it makes an unconditional service guarantee."),
    # r11
    (11, "", "Thank you for the thoughtful, balanced review, and for the kind words about Dr. Sandhu, which we'll pass along. Nobody should have to chase our office for paperwork, and we've changed how the front desk tracks every request. Our practice manager, Hollis Greer, is happy to talk at 555-0171.",
     "Tricky safe: treats the lost paperwork as a front-desk process issue without naming the drug, the labs or the diagnosis."),
    (11, "ECI", "Thank you, Mireille! We're so sorry about the mix-up with your liver lab order, and to make up for it your next two copays are on us.",
     "Names the reviewer, repeats her lab order, confirms she is a patient and offers to waive copays."),
    # r12
    (12, "", "We're sorry to read this, and thank you for telling us. Appointments should start on time, and nobody should be left waiting without someone checking in on them. I'd welcome the chance to talk; please call me, Annette Brady, practice administrator, at (610) 555-0174.",
     "Addresses punctuality and attentiveness as practice-wide standards and offers the administrator's own number rather than the reviewer's address."),
    (12, "ENC", "Mr. Halloran, we're sorry about the wait. Anyone on home oxygen is always welcome to use our wall outlets, and Dr. Petrakis has noted in your chart to revisit the cost of your new inhaler at your next visit.",
     "Names the reviewer, repeats his oxygen use and inhaler, and discloses a chart note and future visit he never posted."),
    # r13
    (13, "", "Thank you for taking the time to write something so thoughtful. We'll share your words with Gwen, Precious and Father Ike, who will treasure them. Reliable after-hours response matters to every family we serve, and our clinical director is reviewing weekend on-call coverage now. She would welcome a call: Dr. Simone Achterberg, (330) 555-0177.",
     "Tricky safe: thanks the named staff and treats weekend response as an agency-wide issue without offering condolences or mentioning the father, the bill or his care."),
    (13, "E", "Thank you for taking the time to write this, and please accept our deepest condolences. We'll share your words with Gwen, Precious and Father Ike. Reliable after-hours response matters to every family we serve, and weekend coverage is being reviewed. Please call Dr. Simone Achterberg at (330) 555-0177.",
     "Tricky: offering condolences alludes to the father's death that the reviewer disclosed."),
    (13, "ENCDI", "Medicare covers the standard bed, but the $212 was for the pressure-relief mattress upgrade your family requested. Even so, as a courtesy we have waived it.",
     "Repeats the amount, carrier and bed, discloses an upgrade request from the family's account, argues the charge and then offers to waive it."),
    # r14
    (14, "", "We hear you, and we're sorry. Privacy is the foundation of everything we do, and we are retraining every member of our front desk on how and where messages are left. Our clinic director, Renée Castillo, would like to talk with you directly at 555-0181.",
     "Tricky safe: treats how messages are left as a clinic-wide privacy process, with nothing about the medication, the screen, the workplace or the number."),
    (14, "ECN", "We're so sorry. We've updated your chart so we only ever call your cell, and Mr. Haskins will go over your screen results at your next appointment.",
     "Refers to the reviewer's chart and drug screen, confirms he is a patient and adds a chart change and a future appointment."),
    (14, "D", "We're sorry to read this. Our front desk follows the same procedures with everyone, and we stand behind the team members who follow them. Please call our clinic director, Renée Castillo, at 555-0181.",
     "Tricky: repeats nothing from the review, but standing behind the staff is defensive."),
    # r15
    (15, "", "Thank you for taking the time to post this. Anyone who calls us should reach a real person, and a full voicemail box is not acceptable. We've added staff to the phone line and changed how messages are checked. Please contact our operations manager, Keith Amundsen, at 555-0185 or help@example.net.",
     "Tricky safe: fixes the unanswered line as a practice-wide operational problem without touching the medication, symptoms or account."),
    (15, "ENCD", "Our records show your blood pressure was normal at every weigh-in, and account WL-20931 reflects the three-month commitment you agreed to in writing.",
     "Repeats the account number and minimum term, adds readings from the reviewer's records and argues the balance."),
    # r16
    (16, "", "Thank you for the feedback. When we need to reschedule, that's on us, and we're working to make sure it happens rarely and always with plenty of notice. We also want everyone to know exactly what to expect before they book anything. Please reach our patient coordinator, Delphine Avery, at (602) 555-0188.",
     "Addresses rescheduling and expectations as practice-wide standards without mentioning the procedure, the stockings or the bruising."),
    (16, "EM", "Thanks for the feedback. For anyone reading: bruising after vein laser is completely normal and fades within two to three weeks, and compression is what gives the best results, so it is worth sticking with.",
     "Tricky: framed for 'anyone reading', but it restates the laser, bruising and compression from the review and gives clinical reassurance."),
    # r17
    (17, "", "Thank you so much! We'll pass this along to Dr. Halvorsen and the team. Questions anytime: 555-0191 or hello@example.org.",
     "A short thank-you that names only the practice's own doctor and contact details."),
    (17, "ECN", "Enjoy the clear view, Derrick! 😎 Don't forget your three-month check with Dr. Halvorsen.",
     "Names the reviewer, alludes to his vision result and adds a follow-up appointment he never mentioned."),
    # r18
    (18, "", "Thank you for this honest review, and we'll be sure Tyler sees your kind words about him. We want everyone who comes to us to leave fully satisfied, and our clinic owner, Ingrid Paulsen, would like to talk with you personally. You can reach her at (507) 555-0193.",
     "Tricky safe: passes praise to the named staff member and invites a call without mentioning the device, the price or the family."),
    (18, "ECMG", "Mrs. Sorensen, whistling almost always means the dome isn't seated deep enough. Push it a little further into the ear canal and bring it in once more; we promise it will be perfect this time.",
     "Names the reviewer, repeats the whistling device problem, gives fitting instructions and promises a result."),
    (18, "I", "Thank you for this honest review; we'll make sure Tyler sees it. As a small thank-you for taking the time to write, we'd like to send you a $50 gift card. Please call Ingrid Paulsen at (507) 555-0193.",
     "Tricky: everything else is safe, but a gift card offered in a public reply is an incentive."),
    # r19
    (19, "", "We're sorry to read this. Everyone who walks into our centers deserves patience and respect, and we've shared these comments with the site supervisor. Please call our regional manager, Odette Fairbanks, at 555-0112 so we can talk directly.",
     "Expresses regret and a practice-wide standard of respect with a named contact, mentioning nothing from the review."),
    (19, "ECD", "We're sorry the draw was difficult. Some people really do have veins that roll, and our staff follow a strict limit on attempts per arm, which was followed in this case.",
     "Repeats the rolling veins and difficult draw, confirms the reviewer was seen and defends the phlebotomist."),
    (19, "ECI", "So sorry about the lost sample! Come back any morning this week and your A1C redraw is on us, no appointment needed.",
     "Repeats the lost sample and A1C test, confirms the reviewer is a patient and offers a free redraw."),
    # r20
    (20, "", "Thank you for bringing this to us. Privacy is non-negotiable, and we are auditing how every report is routed so it only ever goes where it should. Our privacy officer, Naveen Joshi, would like to speak with you directly at (919) 555-0115 or privacy@example.com.",
     "Tricky safe: treats report routing as a privacy process for everyone and uses the practice's own email rather than the one in the review."),
    (20, "ENC", "We're sorry about the mix-up. Your MRI report has now been sent to Dr. Lattimore's office and removed from the old fax queue.",
     "Repeats the MRI, confirms the reviewer's report and adds the name of her new doctor and other record details."),
    (20, "D", "Our technologists are trained never to leave anyone alone in the scanner room, and our booking page clearly lists which equipment each location has. We stand by our staff.",
     "Tricky: contains no PHI but flatly contradicts the reviewer and defends the staff."),
    # r21
    (21, "", "Thank you for sharing this. Long waits are hard on everyone, and we're working with our pharmacy partners on staffing so waits stay short. Please reach our clinic manager, Rosalind Pike, at 555-0117 if you'd like to talk.",
     "Tricky safe: staffing and wait times are discussed as operations, without the child, the illness or the medicine."),
    (21, "ECG", "So sorry your little one had to wait while she felt so lousy, and that she missed her big day at school. We've fixed our staffing so nobody will ever wait more than 30 minutes again.",
     "Alludes to the sick daughter and the missed spelling bee, confirms the child was seen and makes an unconditional promise about waits."),
    # r22
    (22, "", "Thank you for the feedback. Getting help from our support team should take minutes, not hours, and we're adding live agents to chat. Please email our patient support lead, Andre Kim, at support@example.com so we can look into this together.",
     "Addresses support response time as a service issue and gives a named contact without repeating the condition, the drug or the city."),
    (22, "ECI", "Sorry about the pharmacy mix-up, Kristen! We've refunded your $79 visit fee, and we hope the valacyclovir kicked in fast.",
     "Names the reviewer, repeats the amount and medication, confirms the visit and offers a refund."),
    # r23
    (23, "", "We're sorry to read this. We want everyone considering care with us to understand costs and options fully before anything begins, and our clinical director personally reviews concerns like this one. Please call our patient care coordinator, Lorraine Szabo, at (412) 555-0121.",
     "Speaks about cost transparency and review of concerns in general terms and offers the practice's own contact instead of the reviewer's cell."),
    (23, "ECMD", "Loose implants are almost always related to home care. Using a water flosser under the bridge twice a day is essential, exactly as Dr. Vartanian explained at your last visit.",
     "Repeats the loose implants and bridge, refers to the reviewer's last visit, gives hygiene instructions and blames him."),
    (23, "I", "We're sorry to read this. We'd like to offer a complimentary consultation with our senior surgeon to anyone who has concerns about their work. Please call Lorraine Szabo at (412) 555-0121.",
     "Tricky: no PHI, but a free consultation offered in a public reply is an incentive."),
    # r24
    (24, "", "This made our whole day, thank you! We'll make sure Dr. Bao and Sunny see it. Making every visit feel fun for kids is exactly what we're going for. Questions anytime: frontdesk@example.com or 555-0124.",
     "Tricky safe: praise goes to the named staff and the fun is described as a practice-wide goal, with no mention of the twins or their treatment."),
    (24, "ECN", "Ellie and Max were total rock stars, and Max's four fillings went so smoothly! See you both at your six-month checkups 🦷",
     "Names the children, repeats their treatment and adds future checkups."),
    (24, "C", "Thank you so much! We'll make sure Dr. Bao and Sunny see this. Thanks for being such a fun family to have in the office!",
     "Tricky: thanking them for being a fun family to have in the office confirms they are patients; the rest is safe."),
    # r25
    (25, "", "Thank you for writing to us. Everyone should be able to get help in the language they are most comfortable with, interpreter services are available to anyone who asks, and we are retraining our front desk so that answer is never a no. Calls should also be returned the same day. Please contact our office manager, Greta Lindahl, at 555-0129; she will call you back personally.",
     "Tricky safe: interpreter access and callbacks are addressed as practice-wide services without repeating anything the reviewer disclosed."),
    (25, "E", "Thank you for writing to us, and we are glad to hear you are sleeping better. Interpreter services are available to anyone who asks, and we are retraining our front desk. Please contact Greta Lindahl at 555-0129.",
     "Tricky: commenting that the reviewer is sleeping better refers to his health from the review."),
    (25, "ENCM", "Dr. Varga has approved a 90-day supply of your mirtazapine so you won't have to call every month. Please don't raise the dose on your own.",
     "Repeats the medication, confirms he is a patient, discloses a new prescribing decision and gives dosing advice."),
    # r26
    (26, "", "We're sorry. Booking someone at the right location is basic, and we are adding a confirmation step for every appointment we schedule. Please call our intake supervisor, Joaquín Reyes, at 555-0132.",
     "Treats a booking error as a practice-wide process problem and offers a contact."),
    (26, "CND", "Our booking notes show the location was confirmed with you by phone when the appointment was made.",
     "Reveals the practice looked up the reviewer's booking, adds details about it and pushes back on the complaint."),
    # r27
    (27, "", "Thank you for the lovely note! We'll pass it along to Dr. Moreau. Taking time to explain things clearly is something our whole team cares about. If you ever need us, our front desk is at 555-0134.",
     "Short thanks and a practice-wide value with the practice's number, and nothing about the child."),
    (27, "EC", "Thank you for the lovely note! We'll pass it along to Dr. Moreau, and please thank the Linwood Baptist moms for sending you our way! 💙",
     "Tricky: thanking the church moms group echoes the reviewer's church and says she was referred in as a patient."),
    # r28
    (28, "", "Thank you for letting us know. We want every charge explained clearly up front, and we're reviewing how our outside vendors handle returns and exchanges. Our billing manager, Shauna Ebert, can be reached at (503) 555-0136.",
     "Tricky safe: billing clarity and vendor returns are treated as operational topics without naming the tests, the device or the insurer."),
    (28, "ECMG", "Sorry the mask didn't fit! Most people sleep great once they find the right one, so bring it in and our respiratory therapist will refit you; you'll be waking up rested within a week, guaranteed.",
     "Repeats the CPAP mask problem and tiredness, confirms care, gives clinical reassurance and guarantees an outcome."),
    # r29
    (29, "", "Thank you for raising these points. Start times people can rely on and comfortable waiting areas matter to us for everyone we serve, and we're reviewing both with our pharmacy team. Our nurse manager, Ellen Marchbanks, would like to talk with you directly at 555-0138.",
     "Addresses start times and waiting areas as practice-wide operations without mentioning the wife, the drug or her blood counts."),
    (29, "I", "Thank you for raising these points. Start times people can rely on matter to us. We've also started validating garage parking for everyone who visits, so just ask at the front desk. Please call Ellen Marchbanks at 555-0138.",
     "Tricky: parking validation is something of value offered in a public reply, even when offered to everyone."),
    (29, "ENCM", "We're so sorry Sunita has had to wait. Given her low counts, we've flagged her chart so she can wait in a private room, and she should wear a mask in all public spaces.",
     "Names the wife, alludes to her neutropenia, discloses a chart flag and gives infection-control advice."),
    # r30
    (30, "", "What a wonderful message, thank you. We'll make sure Kiara and Dr. Mbeki both see it. Our team works hard to help everyone we serve keep doing the things that matter most to them. If you'd ever like to talk with us, please call our facility manager, Darnell Hughes, at 555-0140.",
     "Tricky safe: passes praise to named staff and states a general mission without mentioning the treatment, the infection or the school."),
    (30, "E", "What a wonderful message, thank you! We'll make sure Kiara and Dr. Mbeki see it, and we hope the kids at St. Cecilia's know how lucky they are. Please call Darnell Hughes at 555-0140 anytime.",
     "Tricky: the line about the kids at the school echoes the reviewer's workplace from the review."),
    # r31
    (31, "", "¡Muchas gracias por sus palabras tan bonitas! Con gusto le haremos llegar su mensaje a Yolanda y a Fabiola. Atender a cada familia con respeto y en su propio idioma es algo que valoramos muchísimo. Si desea hablar con nosotros, nuestra coordinadora, Ana Beltrán, está a sus órdenes en el 555-0142.",
     "Tricky safe: a Spanish reply that thanks the named staff and states a practice-wide value about language, without mentioning the mother or her care."),
    (31, "ECNG", "¡Gracias! Nos alegra mucho que Doña Refugio ya camine con su andadera. Con las sesiones de terapia que le quedan, le prometemos que muy pronto caminará sin ayuda.",
     "Names the mother, repeats her walker, discloses remaining therapy sessions and promises she will walk unaided."),
    # r32
    (32, "", "Thank you for this thoughtful review; we'll pass your kind words on to Mr. Oduya. We know travel time matters, and we try hard to offer times at the location that works best for each family. Our scheduling lead, Carmen Ruiz, would be glad to talk at (541) 555-0144.",
     "Tricky safe: discusses scheduling and locations in general and thanks the named therapist, with nothing about the husband, his stroke or the town."),
    (32, "ENCD", "We're sorry, but our scheduling notes show the closer Tuesday slot was offered back to your husband twice and declined.",
     "Repeats the Tuesday slot, refers to the husband, cites scheduling notes and contradicts the reviewer."),
    # r33
    (33, "", "Thank you for the kind review! We'll make sure Anika sees it. Billing should be right the first time for everyone, and our billing supervisor, Tomasina Reyes, would be glad to talk with you at 555-0145.",
     "Praise goes to the named therapist and billing is addressed practice-wide, without the injury, the claim or the employer."),
    (33, "ECN", "Thank you, Jamal! We've corrected the billing order on claim WC-448120, and Anika says your grip strength is the best she's seen all year.",
     "Names the reviewer, repeats his claim number, discloses a billing correction and adds a clinical observation."),
    (33, "D", "Thank you for the review. To be clear, insurers set the order in which claims must be submitted, and the letters they send are not something our office controls.",
     "Tricky: no PHI, but it shifts blame to the insurers and argues the billing point."),
    # r34
    (34, "", "We are so touched that you took the time to write this. We'll pass your words along to Dr. Nakashima and Hope. Being reachable and kind at every step is what our team strives for with everyone we care for. Our patient liaison, Corinne Vale, can be reached at 555-0148.",
     "Tricky safe: thanks the doctor and nurse the reviewer named without congratulating, mentioning the pregnancy or confirming treatment."),
    (34, "E", "Congratulations!!! 🎉 We'll pass your words along to Dr. Nakashima and Hope; they'll be over the moon.",
     "Tricky: the congratulations responds to the pregnancy news, which echoes PHI from the review."),
    (34, "ENCMG", "A beta of 412 is a beautiful number! Your seven-week ultrasound is already booked, and with numbers like that everything is going to be perfect.",
     "Repeats the beta result, gives a clinical judgement, adds a booked ultrasound and promises a perfect outcome."),
    # r35
    (35, "", "We're deeply sorry to read this. Concerns about safety are reviewed by our clinical leadership, and we want to hear from you directly. Please call our practice director, Imogen Hart, at (503) 555-0150, or email director@example.org.",
     "Acknowledges a safety concern in general terms and gives the director's contact without confirming care."),
    (35, "ENCD", "We're so sorry about Noor's difficult arrival. Preeclampsia can develop within hours, and Colette followed our protocol for blood pressure checks at every prenatal visit.",
     "Names the baby, repeats the diagnosis, adds details about prenatal checks and defends the midwife."),
    (35, "E", "We're deeply sorry to read this, and we hope you and your little one are both healing well. Concerns about safety are reviewed by our clinical leadership. Please call Imogen Hart at (503) 555-0150.",
     "Tricky: wishing mother and baby a good recovery alludes to the birth and surgery from the review."),
    # r36
    (36, "", "Thanks for flagging this. Having everything ready before anyone arrives is a basic standard for us, and we've added a morning equipment checklist. Please reach our clinic manager, Wendell Cho, at 555-0172.",
     "Tricky safe: equipment readiness is handled as a clinic-wide routine without mentioning the device or the reviewer's wound."),
    (36, "ENCI", "So sorry, Bernard! Your wound vac will be charged and waiting, and your next dressing change is on the house.",
     "Names the reviewer, repeats his device, adds a future dressing change and offers it free."),
    # r37
    (37, "", "Thank you so much for these kind words! Taking the time to really listen is something every member of our team takes to heart. If we can ever help, please call our front office lead, Marguerite Doyle, at 555-0153. — Dr. Brightwater and the team",
     "Tricky safe: a reply signed by the doctor the reviewer named does not confirm treatment, and nothing clinical is repeated."),
    (37, "ECM", "Praise be, Pastor Ruth! We're so glad the prednisone worked so quickly. Just remember never to stop it suddenly, and take calcium with it.",
     "Names the reviewer, repeats her medication, and gives medication instructions."),
    (37, "C", "Thank you so much for these kind words! Dr. Brightwater always enjoys her time with you.",
     "Tricky: saying the doctor always enjoys her time with the reviewer confirms an ongoing treatment relationship."),
    # r38
    (38, "", "Thank you for your feedback, and for the kind words about Dr. Llewellyn. Portal messages and phone calls should be answered promptly, and we've changed how incoming messages are routed so nothing sits for days. Please call our practice manager, Vivian Ashby, at 555-0154.",
     "Tricky safe: phone and portal responsiveness are practice-wide operations, and praise for the named doctor does not confirm a visit."),
    (38, "E", "Thank you for your feedback, and we hope you're breathing easier these days. Portal messages should be answered promptly, and we've changed how they're routed. Please call Vivian Ashby at 555-0154.",
     "Tricky: hoping the reviewer is breathing easier alludes to the lung conditions from the review."),
    # r39
    (39, "", "Thank you for taking the time to write this. Kindness and presence are at the heart of what our team brings to every family. If you ever want to talk, our family support coordinator, Helen Marsh, is available at 555-0156.",
     "A warm practice-wide reply with a named contact and no mention of the grandfather, his care or his death."),
    (39, "EC", "Walt was a true gentleman and it was our privilege to care for him. Our thoughts are with Grandma and the whole Pruitt family.",
     "Names the grandfather and the family, confirms he was a patient and alludes to his death."),
    # r40
    (40, "", "Thank you for sharing this. Messages like this remind our whole team why we do this work, and we'll pass your kind words to Dr. Oyenuga and Reggie. If anyone reading is struggling, our front desk answers at 555-0157, and you can call or text 988 at any hour.",
     "Tricky safe: passes praise to named staff and offers help lines to anyone reading, without mentioning sobriety, drinking or the daughter."),
    (40, "E", "Happy anniversary! 🎉 We'll pass your kind words to Dr. Oyenuga and Reggie.",
     "Tricky: 'happy anniversary' refers to the reviewer's sobriety date."),
    (40, "ECMG", "Congratulations on a year, Cody! Keep taking the naltrexone every day and keep showing up to group, and you'll never drink again.",
     "Names the reviewer, repeats his medication and group, gives treatment instructions and promises lasting sobriety."),
    # r41
    (41, "", "Thank you for the honest feedback. Pricing should be clear and predictable, and our posted rates are being reviewed right now. We also want every check-in to feel personal and consistent. Our member services lead, Dominic Ferro, would be glad to talk at 555-0159.",
     "Tricky safe: posted pricing and check-in consistency are practice-wide operations, with no mention of the medication, results or her amounts."),
    (41, "EGI", "We hear you on pricing! Anyone who mentions this review will be locked in at $299 a month for life.",
     "Repeats the reviewer's price, offers a discount for mentioning the review and promises the rate for life."),
    # r42
    (42, "", "Thank you so much! We'll share this with Dr. Yeung and our front desk team. Clear answers and an unhurried pace are what we want for everyone who calls us. Reach us anytime at 555-0160.",
     "Thanks a no-PHI review and passes it to named staff without implying the reviewer was treated."),
    (42, "CN", "Thank you so much! We'll share this with Dr. Yeung and our front desk team, and we'll have a reminder card in the mail to you before your next visit!",
     "Tricky: the reminder card for 'your next visit' implies the reviewer is a patient and adds a future appointment the review never mentioned."),
    # r43
    (43, "", "We're sorry to read this. Everyone considering care with us should have a clear, written understanding of costs and program terms before anything is scheduled. I'd like to talk with you personally; please call me at (801) 555-0161. — Hugo Brandt, Practice Administrator",
     "Tricky safe: mentions program terms only as a practice-wide standard and gives the administrator's own number without confirming surgery."),
    (43, "ENCMD", "Night halos and dryness are common after LASIK and usually improve with preservative-free tears. Your preoperative corneal measurements were within range, so the enhancement decision reflects your current thickness, not an error on our part.",
     "Repeats the symptoms and procedure, discloses his measurements, gives clinical advice and defends the practice."),
    (43, "G", "We're sorry to read this. Everyone deserves clear, written terms before anything is scheduled. Our results are guaranteed, and if our work ever falls short, we will make it right. Please call Hugo Brandt at (801) 555-0161.",
     "Tricky: otherwise safe, but 'our results are guaranteed' is an unconditional promise of outcome."),
    # r44
    (44, "", "Thank you for the feedback. Every fee should be explained clearly before anyone signs anything, and I review every comment like this one myself. I'd appreciate the chance to talk; please call me, Lyle Bergstrom, owner, at 555-0162.",
     "Responds to the fee complaint with a practice-wide standard and the owner's own contact, and repeats nothing from the review."),
    (44, "ENCD", "We're sorry, but the restocking fee is listed in the trial agreement you signed, and the VA can offer devices at no cost only because they are federally funded.",
     "Repeats the fee and the VA, cites a signed agreement, confirms the reviewer was a customer and argues with him."),
    # r45
    (45, "", "Gracias por tomarse el tiempo de escribirnos. Nadie debería esperar tanto, y estamos revisando los horarios y el personal de la mañana. Nos gustaría hablar con usted directamente; por favor llame a nuestra supervisora, Elena Marroquín, al 555-0164.",
     "Tricky safe: a Spanish reply that treats the wait as an operational problem and offers the supervisor's number, not the reviewer's email."),
    (45, "ECM", "Sentimos mucho lo ocurrido. Como usted es diabético, la próxima vez traiga un jugo para después de sus análisis y pida a su médico que renueve la orden antes de venir.",
     "Repeats his diabetes and the tests, implies he is a patient and gives health instructions."),
    # r46
    (46, "", "Muchas gracias por sus comentarios; le haremos llegar sus palabras a Graciela. La privacidad de cada persona es muy importante para nosotros, y estamos revisando cómo y dónde se dejan los mensajes telefónicos. Por favor comuníquese con nuestra gerente, Sofía Campos, al 555-0165.",
     "Tricky safe: treats phone messages as a practice-wide privacy process and thanks the named technologist, without mentioning any test, result or family member."),
    (46, "E", "Muchas gracias por sus comentarios. Nos alegra muchísimo saber que todo salió bien. Por favor comuníquese con Sofía Campos al 555-0165.",
     "Tricky: saying the practice is glad everything turned out well alludes to the benign result."),
    (46, "ENCD", "El mensaje se dejó en el número que usted anotó como principal en su registro, y nuestra política permite dejar resultados normales por teléfono.",
     "Alludes to her normal result, cites her registration record, confirms she is a patient and defends leaving the message."),
    # r47
    (47, "", "Thanks for the feedback! Online wait estimates should be accurate, and we're working with our booking vendor to fix how they're calculated. Questions can go to our clinic lead, Sasha Ivers, at 555-0166.",
     "Treats the inaccurate wait estimate as a system problem and offers a named contact."),
    (47, "CND", "Our check-in kiosk shows you were taken back 38 minutes after you arrived, not an hour.",
     "Reveals the practice looked up the reviewer's visit, adds a new detail from its records and contradicts him."),
    # r48
    (48, "", "We're sorry for the trouble. The app should simply work, and our engineers are looking into these log-outs now. We'd like a real person to help you directly, so please email support@example.net and ask for Marco Albrecht.",
     "Addresses an app problem as a technical issue and offers a named contact without promising money in public."),
    (48, "CI", "We're sorry for the trouble! We've refunded your booking fee and added a free visit credit to your account.",
     "Confirms the reviewer has an account and offers a refund and a free visit."),
    # r49
    (49, "", "Thank you for the kind words, which we'll share with Dr. Marchetti. Running on time respects everyone's schedule, and we're reworking our afternoon bookings so delays are the rare exception. Our office manager, Celeste Amaro, would be happy to talk at 555-0167.",
     "Tricky safe: punctuality is discussed as a practice-wide scheduling issue, and nothing about the injury, the implant, the team or the cost is repeated."),
    (49, "EG", "Thank you! Go Ice Hogs! 🏒 And don't worry, our implants never fail, period.",
     "Echoes the reviewer's hockey team and makes an unconditional promise about the implant."),
    (49, "ECNI", "Thanks, Douglas! We've put a $100 credit on your account for all that waiting, and your next cleaning is already booked in a morning slot.",
     "Names the reviewer, confirms he is a patient, adds a booked cleaning and offers an account credit."),
    # r50
    (50, "", "Gracias por compartir su opinión. Queremos que cada familia entienda claramente sus opciones y sus costos antes de cualquier tratamiento, y que toda llamada se atienda con respeto. Por favor comuníquese con nuestra directora de oficina, Paloma Ibarra, al 555-0168.",
     "A Spanish reply about clear costs and respectful calls as practice-wide standards, with no mention of the child, her teeth or the insurer."),
    (50, "ENCD", "Señora, el plan de tratamiento de Valentina se basó en sus radiografías y en su alto riesgo de caries, y Medicaid no cubre todas las radiografías.",
     "Names the child, repeats the X-rays and insurer, adds a risk finding and defends the plan and the charge."),
]
