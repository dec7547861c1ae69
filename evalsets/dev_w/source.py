"""Held-out development set dev_w: 40 reviews, 160 drafts (1 safe + 3 unsafe per review). All text invented.

Written independently of the reply-gate tool, labelled per /work/shared/corpus/README.md.
Each unsafe draft is built around one subtle slip; every code that slip triggers is labelled.
"""

PREFIX = "w"

REVIEWS = [
    # 1
    ("google", "allergy", 1, "Colette Marchand",
     "Took my son [[PERSON:Rafferty]] in for his [[HEALTH:allergy shots]] on [[DATE_TIME:Tuesday]] and they let him leave after ten minutes instead of the thirty they always make us wait. By the time we got to the car his [[HEALTH:throat felt tight]] and he [[HEALTH:broke out in welts]] all over his neck. I had to use his [[HEALTH:EpiPen]] in the parking lot at [[LOCATION:Halloran Middle School]] when we went to get his sister. He's [[AGE:12]]. Nobody at the front desk even sounded surprised when I called."),
    # 2
    ("healthgrades", "endocrinology", 3, "Harlan P.",
     "[[PROVIDER:Dr. Venkataraman]] finally figured out my [[HEALTH:fatigue and hair thinning]] was [[HEALTH:Hashimoto's]] after two years of other doctors telling me I was just [[HEALTH:stressed]]. Started [[HEALTH:levothyroxine 50 mcg]] in [[DATE_TIME:April]]. Three stars because lab draws are only offered before 10am and I work early shifts at [[LOCATION:Kessler Cold Storage]], so every [[HEALTH:TSH check]] costs me half a day's pay. My [[HEALTH:TSH]] was still [[HEALTH:6.2]] last time, so there's more of that coming. Good doctor, inflexible office."),
    # 3
    ("google", "dental", 1, "Desmond Kittredge",
     "[[HEALTH:Cracked a molar]] on a popcorn kernel on [[DATE_TIME:New Year's Day]] and called first thing [[DATE_TIME:the 2nd]]. They fit me in, I'll give them that. [[PROVIDER:Dr. Halvorsen]] did a [[HEALTH:pulpotomy]] and a [[HEALTH:temporary filling]], quoted [[FINANCIAL:$1,640]] for the [[HEALTH:crown]], and the front desk swore [[FINANCIAL:MetLife]] would pay half. [[FINANCIAL:MetLife]] paid nothing because I was still inside my waiting period. Nobody checked. Account [[ID:DH-30418]]. I still have [[HEALTH:pain when I bite down]], by the way."),
    # 4
    ("zocdoc", "cardiology", 2, "Imelda Fairweather",
     "Got referred after my [[HEALTH:blood pressure hit 190 over 110]] at a pharmacy kiosk. [[PROVIDER:Dr. Ruokolainen]] was brisk but fine. The problem was the [[HEALTH:24-hour monitor]]: nobody showed me how to put it on, the cuff kept waking me up, and when I brought it back [[DATE_TIME:the next day]] they said the data was unusable and I'd have to repeat it. Another [[FINANCIAL:$95]] copay. I'm [[AGE:58]] and I have never been this anxious about a number in my life."),
    # 5
    ("facebook", "medspa", 5, "Sasha Ilyinskaya",
     "Obsessed!! Just did my third round of [[HEALTH:IPL for the rosacea on my cheeks]] with [[PROVIDER:Oriana]] and the [[HEALTH:redness]] is SO much calmer. I've been self-conscious about it since I was [[AGE:15]]. Fourth one is booked for [[DATE_TIME:the week before my birthday]] 🎂 Worth every penny of the [[FINANCIAL:$1,050]] package. Come say hi on IG [[CONTACT:@sasha.glowsup]]"),
    # 6
    ("healthgrades", "pediatrics", 4, "Obadiah N.",
     "Our daughter [[PERSON:Wren]] was [[HEALTH:born at 32 weeks]] and has been with [[PROVIDER:Dr. Salcedo-Frye]] since she came home from the NICU at [[AGE:6 weeks old]]. He is patient with every question, even at [[DATE_TIME:2am]] when the [[HEALTH:apnea monitor]] goes off and we panic. She's [[AGE:14 months]] now and [[HEALTH:off the oxygen]]. Only reason for 4 stars: the sick and well waiting rooms share a doorway, and [[PERSON:Wren]] picked up [[HEALTH:RSV]] there in [[DATE_TIME:November]]. - [[PERSON:Obadiah N.]]"),
    # 7
    ("google", "urgent_care", 1, "Emmett Sorrano",
     "Came in [[DATE_TIME:Sunday afternoon]] with a [[HEALTH:fish hook through my thumb]] after a morning on the water near my cabin in [[LOCATION:Pell Hollow]]. Waited 2 hours behind people who looked completely fine, then the PA, [[PROVIDER:Jocelyn]], yanked it out without [[HEALTH:numbing]] anything. [[FINANCIAL:$385]]. Had to come back [[DATE_TIME:Wednesday]] because it got [[HEALTH:infected]], and paid another [[FINANCIAL:$150]] for the [[HEALTH:Keflex]]."),
    # 8
    ("yelp", "dermatology", 2, "Quinn Halloway",
     "I've been losing [[HEALTH:hair in patches]] since [[DATE_TIME:last summer]] and finally got in to see [[PROVIDER:Dr. Achterberg]]. She diagnosed [[HEALTH:alopecia areata]] in about thirty seconds and did [[HEALTH:steroid injections into my scalp]] without much explanation. Fine, it's working a little. But the MA commented on my '[[HEALTH:bald spot]]' in the hallway where three strangers could hear, and I work front-of-house at [[LOCATION:Gilded Fig]], so I'm already self-conscious. Two stars for results, zero for tact."),
    # 9
    ("google", "pediatrics", 1, "Araceli Bustamante",
     "Muy mala experiencia. Mi hija [[PERSON:Valentina]] de [[AGE:3 años]] tenía [[HEALTH:fiebre de 39.8]] y [[HEALTH:dolor de oído]], y la [[PROVIDER:Dra. Quintanilla]] nos dijo que era [[HEALTH:viral]] y nos mandó a casa sin [[HEALTH:antibiótico]]. [[DATE_TIME:Dos días después]] le salió [[HEALTH:pus del oído]] y en otra clínica nos dijeron que tenía el [[HEALTH:tímpano perforado]]. Pedí hablar con la gerente y nadie me llamó. Mi teléfono es [[CONTACT:(915) 555-0139]]. Por favor, escuchen a las mamás."),
    # 10
    ("google", "orthopedics", 5, "Bartholomew Reyes-Kane",
     "[[PROVIDER:Dr. Ingersoll]] rebuilt my [[HEALTH:shattered wrist]] after I [[HEALTH:slipped on black ice]] outside my building on [[LOCATION:Corliss Avenue]] in [[DATE_TIME:February]]. [[HEALTH:A plate and seven screws]]. I'm a sign language interpreter, so my hands are my livelihood, and by [[DATE_TIME:June]] I was back at work with [[HEALTH:full range of motion]]. The cast tech [[PROVIDER:Rudy]] had me laughing through every [[HEALTH:cast change]]. Forever grateful."),
    # 11
    ("zocdoc", "behavioral_health", 3, "Sunniva Holt",
     "Booked a telehealth intake for [[HEALTH:postpartum anxiety]] when my son was [[AGE:10 weeks old]]. The therapist, [[PROVIDER:Imogen]], is genuinely great: warm, practical, and she taught me [[HEALTH:grounding exercises]] that help with the [[HEALTH:intrusive thoughts]]. But twice the video link never arrived and I sat there with a [[HEALTH:colicky]] baby, waiting. And the portal sent my [[HEALTH:GAD-7 score]] to my husband [[PERSON:Anders]]'s email instead of mine. Three stars."),
    # 12
    ("yelp", "chiropractic", 1, "Gideon Faraday",
     "Went in for [[HEALTH:neck stiffness]] from sleeping wrong. First visit, [[PROVIDER:Dr. Brockway]] took [[HEALTH:full spine x-rays]] I didn't ask for, told me I had '[[HEALTH:early degeneration]]', and wanted me on a 36-visit plan for [[FINANCIAL:$2,880]]. I'm [[AGE:27]] and lift at [[LOCATION:Ironclad Gym]] five days a week. The whole thing felt like a timeshare pitch."),
    # 13
    ("healthgrades", "audiology", 4, "Winifred Szabo",
     "At [[AGE:81]] I finally admitted I was [[HEALTH:missing half of what my grandchildren said]]. [[PROVIDER:Dr. Oduya-Hart]] did a thorough [[HEALTH:hearing test]] and found [[HEALTH:moderate loss in both ears]], worse on the left. The [[HEALTH:hearing aids]] came to [[FINANCIAL:$4,200]] after [[FINANCIAL:Medicare Advantage]] paid its share, which stung. But I heard the wrens on my porch in [[LOCATION:Ashby Hollow]] for the first time in years. One star off because the battery doors are too fiddly for [[HEALTH:arthritic fingers]]."),
    # 14
    ("facebook", "obgyn", 1, "Leontyne Bramwell",
     "I was [[HEALTH:36 weeks]] and told the nurse on the phone that [[HEALTH:the baby wasn't moving much]]. She told me to drink some juice, lie on my side, and call back if I was still worried. I went to L&D anyway and had an [[HEALTH:emergency C-section]] [[DATE_TIME:that night]] because of the [[HEALTH:cord around her neck]]. [[PERSON:Marigold]] is perfect and [[AGE:5 weeks old]] now, no thanks to that call. [[PROVIDER:Dr. Whitford]] was my OB the whole [[HEALTH:pregnancy]] and never once followed up."),
    # 15
    ("google", "sleep_medicine", 2, "Percival Dunmore",
     "Did my [[HEALTH:home sleep test]] in [[DATE_TIME:March]]. Results said [[HEALTH:moderate apnea]] and they set me up with an [[HEALTH:APAP]]. The mask leaks every night and I [[HEALTH:wake up with my eyes burning]]. I've asked to swap it three times and the equipment company and the clinic just point at each other. My wife [[PERSON:Genevieve]] sleeps in the guest room now because of the hissing. [[FINANCIAL:Cigna]] covered the machine but I'm stuck with [[FINANCIAL:$68 a month]] in rental."),
    # 16
    ("zocdoc", "primary_care", 1, "Aurelio Fenwick",
     "Booked a same-day slot for [[HEALTH:burning when I pee]] and [[HEALTH:pain in my right side]]. The NP, [[PROVIDER:Delphine]], did a [[HEALTH:urine dip]], said [[HEALTH:UTI]], gave me [[HEALTH:nitrofurantoin]], and never considered [[HEALTH:kidney stones]]. [[DATE_TIME:Three nights later]] I was [[HEALTH:vomiting]] from the pain and the ER found a [[HEALTH:7mm stone]]. I'm a [[AGE:44-year-old]] man, hardly the textbook [[HEALTH:UTI]] patient."),
    # 17
    ("facebook", "dental", 5, "Nkechi Adebanjo-Price",
     "Shoutout to [[PROVIDER:Dr. Fairbanks]] and hygienist [[PROVIDER:Tamsin]]! I hadn't sat in a dental chair in 9 years because of a bad experience as a kid, and I had [[HEALTH:six cavities]] and [[HEALTH:bleeding gums]]. They never once made me feel ashamed. [[DATE_TIME:Last Thursday]] I finished my [[HEALTH:last filling]], just in time to grin with teeth at my pinning ceremony at [[LOCATION:Carrow College]] nursing school. My [[FINANCIAL:Guardian]] plan covered most of it."),
    # 18
    ("google", "neurology", 1, "Cornelius Ashdown",
     "My wife [[PERSON:Beatrix]] has had [[HEALTH:migraines]] for 20 years. [[PROVIDER:Dr. Kolodziej]] put her on [[HEALTH:topiramate]], which left her [[HEALTH:foggy and tingly]], and when we asked about [[HEALTH:Aimovig]] he said [[FINANCIAL:BlueShield]] would never approve it, without even trying. The next opening was [[DATE_TIME:September]], five months out. Another neurologist got it approved in a week."),
    # 19
    ("yelp", "podiatry", 3, "Fitzgerald Amankwah",
     "[[PROVIDER:Dr. Varga]] knows feet. My [[HEALTH:plantar fasciitis]] had me [[HEALTH:hobbling to the bathroom every morning]], and the [[HEALTH:custom orthotics]] plus a [[HEALTH:night splint]] sorted it out in about two months. But [[FINANCIAL:$560]] for inserts that [[FINANCIAL:Aetna]] wouldn't touch, and nobody told me the price until they were already made. I carry mail out of the [[LOCATION:Fairhaven Road]] post office, I need my feet, I'd have paid it anyway. Just tell people upfront."),
    # 20
    ("healthgrades", "ent", 2, "Honoria Blackwood",
     "My son [[PERSON:Caspian]], [[AGE:6]], had [[HEALTH:ear tubes]] put in and his [[HEALTH:adenoids out]] with [[PROVIDER:Dr. Marchetti]] on [[DATE_TIME:October 3]]. Surgery went fine. But the [[HEALTH:ear drops]] were never called in, and when I phoned [[DATE_TIME:Saturday]] because of [[HEALTH:green drainage]] from his left ear, the answering service promised a callback and nobody called until [[DATE_TIME:Monday]]. We live 50 minutes away in [[LOCATION:Pruett]]. I can't just swing by."),
    # 21
    ("google", "urgent_care", 1, "Ezekiel Thornbury",
     "Brought my [[AGE:79-year-old]] mother [[PERSON:Agnieszka]] in [[DATE_TIME:Friday evening]] after she [[HEALTH:tripped on a curb]] and [[HEALTH:her wrist swelled up]]. They took [[HEALTH:x-rays]], called it a [[HEALTH:sprain]], put her in a [[HEALTH:brace]]. On [[DATE_TIME:Monday]] the radiologist's overread came back as a [[HEALTH:distal radius fracture]] and we got a voicemail. A voicemail. She lives alone on [[LOCATION:Birchwood Lane]] and used that wrist all weekend."),
    # 22
    ("yelp", "obgyn", 2, "Graciela Montoya",
     "Fui a mi [[HEALTH:ultrasonido de las 20 semanas]] el [[DATE_TIME:12 de agosto]] y la técnica no me dijo nada, solo que 'el doctor le llama'. Pasaron nueve días sin noticias hasta que la [[PROVIDER:Dra. Benavides]] me explicó que el bebé tiene [[HEALTH:un riñón dilatado]]. Nueve días de angustia por algo que se pudo explicar en cinco minutos. La doctora es muy amable, pero la comunicación del consultorio es terrible. Mi esposo [[PERSON:Efraín]] tuvo que faltar al trabajo en la planta de [[LOCATION:Lácteos San Isidro]] para acompañarme."),
    # 23
    ("google", "fertility", 5, "Ottoline V.",
     "After [[HEALTH:two chemical pregnancies]] and a [[HEALTH:low AMH]] diagnosis at [[AGE:39]], I honestly thought we were done. [[PROVIDER:Dr. Adeyemi-Strand]] was straight with us about the odds but never cruel. Our [[HEALTH:second egg retrieval]] gave us [[HEALTH:three embryos]], and the [[HEALTH:frozen transfer]] in [[DATE_TIME:January]] worked. I'm [[HEALTH:18 weeks]] today! [[PROVIDER:Nurse Philippa]] answered my panicked texts about [[HEALTH:spotting]] at [[DATE_TIME:11pm]] more than once. My partner [[PERSON:Bram]] cried in the parking lot."),
    # 24
    ("healthgrades", "gastroenterology", 1, "Leopold Varnham",
     "Had an [[HEALTH:upper endoscopy]] on [[DATE_TIME:June 20]] for [[HEALTH:trouble swallowing]]. [[PROVIDER:Dr. Bhattacharjee]] said she'd [[HEALTH:stretched my esophagus]] and taken [[HEALTH:biopsies]]. That was the last I heard. The portal posted '[[HEALTH:eosinophilic esophagitis]]' [[DATE_TIME:three weeks later]] with no explanation and no plan. I called four times. I'm a line cook at [[LOCATION:Basilico Trattoria]] and I still [[HEALTH:choke on food]] during family meal."),
    # 25
    ("zocdoc", "optometry", 4, "Caius Bellweather",
     "Quick, professional [[HEALTH:eye exam]]. [[PROVIDER:Dr. Yeung]] noticed [[HEALTH:swelling at the back of my eyes]] and sent me for an [[HEALTH:MRI]] the same day, which turned out to be [[HEALTH:idiopathic intracranial hypertension]]. She probably caught it before my vision got worse. Lost a star because my new frames took five weeks and nobody called when they came in. Still recommend."),
    # 26
    ("yelp", "urology", 1, "Thaddeus Krall",
     "Scheduled my [[HEALTH:vasectomy]] for [[DATE_TIME:May 9]], took the day off from [[LOCATION:Pellham Freight]], arranged a ride. Got there and they said [[PROVIDER:Dr. Osterhout]] was 'running behind' and rebooked me. Second attempt, done in 15 minutes, fine. But nobody mentioned I needed a follow-up [[HEALTH:semen analysis]] afterward, I heard that from a buddy. Plus a [[FINANCIAL:$350]] deductible nobody brought up. Get it together."),
    # 27
    ("google", "medspa", 1, "Portia Ellwood",
     "<p>Booked [[HEALTH:laser resurfacing]] for my [[HEALTH:acne scarring]] with [[PROVIDER:Celeste]] on [[DATE_TIME:Oct 30]].</p><p>Nobody asked about my [[HEALTH:history of cold sores]] &amp; [[DATE_TIME:four days later]] I had a [[HEALTH:full-blown outbreak]] across my chin &amp; upper lip. Had to get [[HEALTH:valacyclovir]] from my regular doctor.</p><p>[[FINANCIAL:$1,375]] for a face I had to hide for two weeks. I'm [[AGE:31]] &amp; I photograph weddings for a living. I couldn't work.</p>"),
    # 28
    ("facebook", "physical_therapy", 3, "Augustin Pelletier",
     "Doing [[HEALTH:pelvic floor therapy]] here after my [[HEALTH:prostate surgery]] [[DATE_TIME:last spring]]. [[PROVIDER:Saoirse]] is excellent and the [[HEALTH:leaking]] is much better; I can sit through a whole Mass at [[LOCATION:St. Brendan's]] without panicking now. But they moved me to a [[DATE_TIME:7am]] slot without asking and then charged a [[FINANCIAL:$50]] late-cancel fee when I couldn't make it. I'm [[AGE:66]] and retired, not a machine."),
    # 29
    ("healthgrades", "primary_care", 5, "Philomena Okwuosa",
     "[[PROVIDER:Dr. Haverford]] has looked after our family since [[DATE_TIME:2009]]. When my husband [[PERSON:Chidi]] started [[HEALTH:losing words]] at [[AGE:61]], she didn't brush it off: she ordered the [[HEALTH:cognitive testing]] and the [[HEALTH:brain MRI]] that found [[HEALTH:early frontotemporal dementia]]. It's hard news, but we got two good years of planning because she listened. Her nurse [[PROVIDER:Rosemary]] still calls to ask how I'm holding up as his caregiver."),
    # 30
    ("google", "pulmonology", 1, "Barnaby Quillfeather",
     "Waited since [[DATE_TIME:January]] for a [[HEALTH:pulmonary function test]] for my [[HEALTH:COPD]]. On the day, the tech tells me the machine is down. Rebooked for [[DATE_TIME:April 18]]. Meanwhile I've been on [[HEALTH:prednisone]] twice for [[HEALTH:flare-ups]] and [[PROVIDER:Dr. Aldous]] won't touch my [[HEALTH:inhalers]] until she sees numbers. I'm [[AGE:72]], on [[HEALTH:oxygen at night]], and yes, I [[HEALTH:smoked]] for 40 years, I know. But I'd like to breathe while you fix your machine."),
    # 31
    ("zocdoc", "dental", 2, "Ingrid Solvang",
     "Paid [[FINANCIAL:$625]] for a [[HEALTH:night guard]] because of my [[HEALTH:grinding]] and [[HEALTH:TMJ pain]]. It cracked down the middle after six weeks, and the office said the lab warranty only covers 30 days. [[PROVIDER:Dr. Mistry-Hale]] was kind about it but the front desk wouldn't budge. I'm in my last semester at [[LOCATION:Coldbrook Law School]] and can't afford another one."),
    # 32
    ("google", "pediatrics", 1, "Crispin Aldergrove",
     "Our [[AGE:9-year-old]] [[PERSON:Tilly]] failed the [[HEALTH:vision screening]] at her [[HEALTH:well visit]] in [[DATE_TIME:May]]. [[PROVIDER:Dr. Penhaligon]] said they'd send a referral to an eye doctor. In [[DATE_TIME:August]] her teacher at [[LOCATION:Marrowfield Elementary]] told us she was squinting at the board. The referral was never sent. She has [[HEALTH:a lazy eye]], and the eye doctor said starting sooner would have helped more. Now she wears a [[HEALTH:patch]] every afternoon, and the office just told us 'referrals take time.'"),
    # 33
    ("yelp", "orthodontics", 5, "Henrietta Osgood",
     "Our twins [[PERSON:Juniper]] and [[PERSON:Ellis]] both got [[HEALTH:braces]] here at [[AGE:12]]. [[PROVIDER:Dr. Vandermeer]] caught that [[PERSON:Ellis]] had an [[HEALTH:impacted canine]] and coordinated the [[HEALTH:exposure surgery]] so smoothly. A sibling discount and an [[FINANCIAL:$85/month]] plan made two kids in [[HEALTH:braces]] possible on a teacher's salary. [[PERSON:Juniper]] got her [[HEALTH:braces]] off [[DATE_TIME:last week]] and hasn't stopped smiling."),
    # 34
    ("facebook", "rheumatology", 2, "Rigoberto Salcido",
     "Tengo [[HEALTH:artritis reumatoide]] desde los [[AGE:40]] y llevo dos años con el [[PROVIDER:Dr. Arce]]. Es buen médico, pero la oficina es un desastre. Me cambiaron el [[HEALTH:metotrexato]] por [[HEALTH:inyecciones]] y nadie me explicó cómo ponérmelas. El [[DATE_TIME:lunes pasado]] me llegó una factura de [[FINANCIAL:$410]] porque [[FINANCIAL:Molina]] no aprobó el medicamento. Trabajo en la empacadora [[LOCATION:Valle Verde]] y no puedo faltar cada vez que hay un problema."),
    # 35
    ("google", "oral_surgery", 3, "Wilhelmina Draycott",
     "[[PROVIDER:Dr. Kallström]] removed a [[HEALTH:cyst in my lower jaw]] on [[DATE_TIME:the 9th]] under [[HEALTH:IV sedation]] and the surgery itself was smooth. The [[HEALTH:pathology]] came back [[HEALTH:benign]], thank God. Three stars because my [[HEALTH:chin has been numb]] for a month and every time I call I get 'give it time.' I teach flute at [[LOCATION:Larkspur Music Academy]] and I can't play. Somebody please just look at me."),
    # 36
    ("healthgrades", "behavioral_health", 2, "T. Ravenscroft",
     "I've been seeing a therapist here for [[HEALTH:OCD]] and the [[HEALTH:ERP]] has honestly changed my life. But they switched billing systems in [[DATE_TIME:March]] and suddenly I owed [[FINANCIAL:$1,120]] because my [[FINANCIAL:Kaiser]] authorization had 'lapsed' and nobody told me. I had to pause sessions for six weeks and my [[HEALTH:checking rituals]] came right back. My therapist [[PROVIDER:Lucinda]] was apologetic, and it's not her fault. Fix your billing."),
    # 37
    ("yelp", "dermatology", 5, "Florentyna Bask",
     "I've had [[HEALTH:hidradenitis]] since I was [[AGE:19]] and most doctors made me feel dirty. [[PROVIDER:Dr. Oyeleke]] explained it's [[HEALTH:inflammatory]], not a hygiene thing, and started me on [[HEALTH:Cosentyx]] in [[DATE_TIME:July]]. [[HEALTH:Fewer flares]] than I've had in years. Her MA [[PROVIDER:Dashiell]] even helped me fight [[FINANCIAL:Oscar]] on the prior auth. I finally wore a tank top to my cousin [[PERSON:Marisabel]]'s barbecue."),
    # 38
    ("google", "orthopedics", 1, "Cordelia Wintringham",
     "[[PROVIDER:Dr. Strickland]] did my [[HEALTH:carpal tunnel release]] on [[DATE_TIME:August 14]] and the [[HEALTH:numbness]] is better, I'll give him that. But the [[HEALTH:incision got red and hot]] [[DATE_TIME:a week later]] and the office wouldn't see me before my scheduled [[HEALTH:stitch removal]]. Ended up with [[HEALTH:cellulitis]] and two rounds of [[HEALTH:oral antibiotics]]. I cut hair at [[LOCATION:Shear Bliss]] and lost three weeks of clients. Still waiting on a call back at [[CONTACT:(207) 555-0198]]."),
    # 39
    ("zocdoc", "nephrology", 3, "Ambrose Kilgariff",
     "Found this practice on Zocdoc after my [[HEALTH:kidney function]] came back at [[HEALTH:eGFR 38]] on a screening at my job with [[LOCATION:Tarrant County Water]]. [[PROVIDER:Dr. Ferncliff]] was thorough, explained [[HEALTH:stage 3b CKD]] in plain English, and adjusted my [[HEALTH:blood pressure pills]]. But I waited 50 minutes in the lobby, and the [[HEALTH:renal diet]] handout was a photocopy of a photocopy. I'm [[AGE:49]] and scared. A little more warmth would go a long way."),
    # 40
    ("facebook", "primary_care", 5, "Odalys Penrose",
     "Huge thank you to [[PROVIDER:Dr. Oyinlola]]. I came in [[DATE_TIME:last Tuesday]] thinking I had a [[HEALTH:bad migraine]], and when [[HEALTH:my words started coming out wrong]] she checked my face and arms, called 911, and stayed with me until the ambulance came. [[HEALTH:Small stroke]], caught in time for the [[HEALTH:clot-busting drug]]. I'm home with my grandkids [[PERSON:Micah]] and [[PERSON:Delphina]] now. I'm [[AGE:67]] and didn't want to make a fuss, so I'm glad she made one for me."),
]
