"""Held-out development set dev_x: 60 reviews, 120 drafts (one safe and one unsafe per review). All text invented."""

PREFIX = "x"

REVIEWS = [
    # 1
    ("google", "geriatrics", 5, "Colleen Fairbanks",
     "My father-in-law [[PERSON:Augie]] is [[AGE:ninety-one]] and until [[DATE_TIME:this summer]] he was on [[HEALTH:fourteen different pills]] from four different doctors. He was [[HEALTH:dizzy every time he stood up]], [[HEALTH:up to pee five times a night]], and he [[HEALTH:took a tumble in the garage]] [[DATE_TIME:right before Memorial Day]]. [[PROVIDER:Dr. Vukovic]] had us bring every bottle in a grocery bag, lined them up on the exam table and spent a full hour with us. She [[HEALTH:cut him down to eight]], stopped the [[HEALTH:water pill]] that was [[HEALTH:dropping his pressure]], and swapped his [[HEALTH:sleeping pill]] for something that doesn't leave him [[HEALTH:loopy]] in the morning. By [[DATE_TIME:the Fourth of July]] he was walking to the diner on [[LOCATION:Kessler Street]] for pie with his buddies again. Her nurse [[PROVIDER:Odalys]] even calls to go over his [[HEALTH:blood pressure log]]. Wish we'd found them sooner."),
    # 2
    ("facebook", "memory_care", 1, "Gail Pritchard",
     "Moved my mother [[PERSON:Beatrice]] ([[AGE:86]]) into [[HEALTH:memory care]] here [[DATE_TIME:last February]] for her [[HEALTH:Alzheimer's]].<br><br>Three times now I have come in and found her wearing someone else's clothes and [[HEALTH:soaked through her brief]]. Her [[HEALTH:hearing aids]] have gone &quot;missing&quot; twice, at [[FINANCIAL:$1,900]] a pair. On [[DATE_TIME:the Sunday after Easter]] she had [[HEALTH:a bruise the size of a plum on her forearm]] and not one aide could tell me how it happened. The nurse on duty said &quot;[[HEALTH:sundowning]], she [[HEALTH:gets combative]]&quot; like that explains it. My mother [[HEALTH:weighs 94 pounds]].<br><br>We pay [[FINANCIAL:$8,400 a month]] out of her savings. Director [[PROVIDER:Lorna]] has not returned a single call. I'm at [[CONTACT:555-0139]] any time.<br>&mdash; [[PERSON:Gail P.]]"),
    # 3
    ("google", "pain_management", 1, "Russ Whitacre",
     "Seven years of [[HEALTH:bad back pain]] since [[HEALTH:a pallet came down on me]] at the [[LOCATION:Dunmore Cold Storage]] warehouse. [[PROVIDER:Dr. Prakash]] had me stable on [[HEALTH:oxy 10s]] and a [[HEALTH:fentanyl patch]] and I passed every [[HEALTH:pill count]] they ever did. Then [[DATE_TIME:the week before Halloween]] a new NP, [[PROVIDER:Kendra]], flagged my [[HEALTH:urine screen]] for [[HEALTH:THC]] from [[HEALTH:one edible]] my brother-in-law gave me because I [[HEALTH:can't sleep]], and [[HEALTH:cut me off cold]]. No taper, no call to the doctor who's known me for years. I spent [[DATE_TIME:Thanksgiving]] [[HEALTH:shaking and puking]] on the bathroom floor while my family ate without me. I'm [[AGE:58 years old]], not a criminal. Chart number is [[ID:PM-220417]] if anybody there wants to read it."),
    # 4
    ("yelp", "podiatry", 3, "DeeAnn P.",
     "[[PROVIDER:Dr. Harkness]] did my [[HEALTH:bunion surgery]] [[DATE_TIME:the Tuesday after Thanksgiving]]: [[HEALTH:two screws]] and a [[HEALTH:pin sticking out of my second toe]] for six weeks 🦶 The foot itself looks amazing, straight for the first time since I was [[AGE:twelve]]. BUT. Nobody mentioned the [[HEALTH:knee scooter]] was a [[FINANCIAL:$185]] rental, and nobody told me I couldn't legally drive in the [[HEALTH:surgical shoe]], so [[DATE_TIME:a month out]] I was still begging rides to my shift at [[LOCATION:Harmon's Bakery]]. Three stars: five for the surgeon, one for the front office."),
    # 5
    ("zocdoc", "nephrology", 2, "Vernon T.",
     "I'm [[AGE:61]] with [[HEALTH:stage 4 kidney disease]] from years of [[HEALTH:my sugar running high]]. My [[HEALTH:GFR]] went from [[HEALTH:38]] in [[DATE_TIME:April]] to [[HEALTH:29]] by [[DATE_TIME:October]] and I found that out from the portal at [[DATE_TIME:11 at night]], not from a person. [[PROVIDER:Dr. Lindgren]] is smart but talks to the computer screen. Nobody has sat down with me or my wife [[PERSON:Pearl]] to explain [[HEALTH:dialysis]] versus getting on [[HEALTH:the transplant list]]. The [[HEALTH:low-potassium diet]] sheet they handed me was a photocopy of a photocopy with half of it cut off. Two stars, both for nurse [[PROVIDER:Ifeoma]], who actually calls back."),
    # 6
    ("healthgrades", "hematology", 5, "Simone A.",
     "[[HEALTH:Sickle cell]] warrior here. [[PROVIDER:Dr. Mbeki]] is the first hematologist who put a [[HEALTH:pain crisis plan]] in writing, so now when I show up to the ER [[HEALTH:curled up and crying]] they give me [[HEALTH:IV Dilaudid]] in the first hour instead of looking at me like I'm shopping for pills. She also started me on [[HEALTH:monthly Adakveo infusions]] and I went from [[HEALTH:six admissions]] in [[DATE_TIME:2023]] to [[HEALTH:just one admission]] since [[DATE_TIME:January]]. Infusion nurses [[PROVIDER:Rocio]] and [[PROVIDER:Dev]] know which arm still has a [[HEALTH:good vein]]. I'm [[AGE:31]] and I just finished a whole semester at [[LOCATION:Bowie State]] without withdrawing for the first time."),
    # 7
    ("google", "infectious_disease", 5, "T. M.",
     "Found out I was [[HEALTH:poz]] [[DATE_TIME:two days before Christmas]] at [[AGE:24]] and honestly thought my life was over. [[PROVIDER:Dr. Sandhu]] had me on [[HEALTH:Biktarvy]] that same week, one pill a day, and by my [[DATE_TIME:March]] [[HEALTH:bloodwork]] I was [[HEALTH:undetectable]]. [[HEALTH:U=U]] is real, y'all. My boyfriend [[PERSON:Teo]] gets his [[HEALTH:PrEP]] here now too. Their benefits person [[PROVIDER:Quinn]] got me enrolled in [[FINANCIAL:Ryan White]] so I pay [[FINANCIAL:$0]] for meds, which I did not know was possible on a barista salary at [[LOCATION:Grindhouse Coffee]]. No judgment, ever. Five stars."),
    # 8
    ("yelp", "gastroenterology", 1, "Kirsten V.",
     "Two months of [[HEALTH:burning under my ribs]] and [[HEALTH:throwing up after every meal]], down [[HEALTH:19 pounds]] without trying. They finally [[HEALTH:scoped me]] [[DATE_TIME:the first week of June]], and [[PROVIDER:Dr. Ferrante]] came by while I was still [[HEALTH:loopy from the propofol]] to tell me it was [[HEALTH:H. pylori]] and [[HEALTH:a bleeding ulcer]]. I didn't remember a word of it and nobody gave my husband [[PERSON:Anders]] any paperwork. The [[HEALTH:four-drug antibiotic combo]] they phoned in came to [[FINANCIAL:$312]] because nobody checked [[FINANCIAL:Ambetter]]'s formulary. Then [[DATE_TIME:the following weekend]] I started having [[HEALTH:black tarry stools]] and called three times. No callback until [[DATE_TIME:Tuesday]]. Email me if you actually care: [[CONTACT:kirsten.vale.home@example.net]]"),
    # 9
    ("google", "urology", 4, "Brandon K.",
     "Got [[HEALTH:the snip]] [[DATE_TIME:the Friday before March Madness]] like every other dad in [[LOCATION:Oak Lawn]] apparently. [[PROVIDER:Dr. Tamura]] was done in about twelve minutes and the [[HEALTH:numbing shot]] was the worst part. Some [[HEALTH:swelling on the left side]] for a week, which they said was normal. Only reason it isn't five stars: my [[HEALTH:semen analysis]] at [[DATE_TIME:12 weeks]] got 'lost' by the lab and I had to [[HEALTH:drop off another sample]], which was awkward enough the first time. My wife [[PERSON:Kelsey]] says thank you, three kids is plenty. [[FINANCIAL:$640]] after [[FINANCIAL:BCBS]]."),
    # 10
    ("healthgrades", "pulmonology", 2, "Marlene D.",
     "My husband [[PERSON:Ed]] is [[AGE:77]] and has [[HEALTH:emphysema]] from [[HEALTH:smoking since he was a teenager]]. His [[HEALTH:breathing test]] came back at [[HEALTH:31 percent]] and he's on [[HEALTH:2 liters of oxygen]] around the clock. [[PROVIDER:Dr. Castellano]] finally agreed to order a [[HEALTH:portable concentrator]] in [[DATE_TIME:May]]. It is now [[DATE_TIME:August]]. Every time I call it's 'the paperwork is with [[FINANCIAL:Medicare]].' His [[FINANCIAL:Medicare]] number is [[ID:4TR7-GH2-KP61]] and I have read it to your staff five times. Meanwhile he can't get to [[LOCATION:St. Casimir]] on Sundays because the [[HEALTH:big green tank]] doesn't fit in the basket of his [[HEALTH:walker]]. Two stars because the doctor himself is kind."),
    # 11
    ("zocdoc", "sleep_medicine", 3, "Tamsin R.",
     "It took nine years and [[HEALTH:nodding off at a red light]] on my way home to get me here. [[HEALTH:Overnight study]] plus the [[HEALTH:nap test]] [[DATE_TIME:the next day]]: [[HEALTH:narcolepsy type 1]]. I [[HEALTH:fell asleep in under three minutes on four of the five naps]] lol. [[PROVIDER:Dr. Huxley]] was the first person to explain that my [[HEALTH:knees giving out when I laugh]] is [[HEALTH:cataplexy]] and not me being clumsy. I'm [[AGE:27]] and just want to keep my job at [[LOCATION:Parkside Dental Lab]]. Why only three stars: the lab beds are rock hard, the tech left my door half open all night, and the [[HEALTH:Xywav]] prior auth with [[FINANCIAL:Highmark]] sat on someone's desk for most of [[DATE_TIME:November]]."),
    # 12
    ("facebook", "allergy", 5, "Jenna Kowalczyk",
     "[[PERSON:Rhys]] ([[AGE:6]]) just [[HEALTH:passed his final peanut challenge]] 🥜🎉 [[DATE_TIME:Two summers ago]] he [[HEALTH:broke out in welts and started coughing]] from one bite of a cookie at his cousin's birthday party and we [[HEALTH:used his EpiPen]] in the driveway. [[PROVIDER:Dr. Ng]] started [[HEALTH:oral immunotherapy]] in [[DATE_TIME:the fall]], with [[HEALTH:up-dosing]] every other Saturday, and now he eats [[HEALTH:four peanuts a day]] as his 'medicine.' Nurse [[PROVIDER:Philippa]] never once rushed us when he [[HEALTH:threw up]] after a dose. He can finally sit with his friends at lunch at [[LOCATION:Brookhaven Elementary]]. THANK YOU."),
    # 13
    ("google", "ent", 1, "Dwight Sorley",
     "Had my [[HEALTH:tonsils out]] at [[AGE:38]] after [[HEALTH:strep five times in one year]]. On [[DATE_TIME:day 8]], right when the [[HEALTH:scabs]] came off, I woke up at [[DATE_TIME:3am]] [[HEALTH:spitting out clots of blood]]. The after-hours number went to a full voicemail box. My wife [[PERSON:Corinne]] drove me to the ER, where they [[HEALTH:cauterized]] it under [[HEALTH:sedation]]. [[FINANCIAL:$2,150]] after [[FINANCIAL:Aetna]]. At the follow-up [[PROVIDER:Dr. Pell]] acted like I was exaggerating and said it was 'expected.' Expected by whom?"),
    # 14
    ("yelp", "audiology", 4, "Aurelio F.",
     "Twenty years on the ramp crew at [[LOCATION:Midway]] left me with [[HEALTH:ringing in both ears]] that gets louder at night. [[PROVIDER:Dr. Ellery]] did a full [[HEALTH:hearing test]] in the booth, showed me the [[HEALTH:dip at 4000]] on the graph and explained [[HEALTH:noise damage]] like I'm a grown man, not a number. Now I wear two little [[HEALTH:sound generators]] behind my ears that play static all day. Not a cure, but I sleep through the night for the first time since my daughter [[PERSON:Luz]] was born. Minus one star because it was [[FINANCIAL:$3,200]] and [[FINANCIAL:Molina]] paid zip."),
    # 15
    ("google", "optometry", 1, "Shauna Pelletier",
     "My daughter [[PERSON:Noelle]] failed the [[HEALTH:eye screening]] at [[LOCATION:Cedar Run Elementary]] in [[DATE_TIME:September]]. [[PROVIDER:Dr. Pruitt]] said she was just a little [[HEALTH:farsighted]], handed us [[HEALTH:cheap readers]] and told us to come back in a year. By [[DATE_TIME:Christmas]] her [[HEALTH:left eye was wandering in toward her nose]] in every photo. The pediatric eye doctor at the university found [[HEALTH:amblyopia]], [[HEALTH:20/200 in that eye]], and now she [[HEALTH:wears a patch]] six hours a day. She's [[AGE:five]]. We lost four months at the age when it matters most."),
    # 16
    ("healthgrades", "oral_surgery", 2, "Kenji W.",
     "[[PROVIDER:Dr. Szabo]] cut out [[HEALTH:a white patch on the side of my tongue]] [[DATE_TIME:two Thursdays ago]]. The procedure itself was fast. Then 16 days of radio silence on the [[HEALTH:biopsy]] while I lay awake imagining the worst. I finally got [[HEALTH:leukoplakia with mild dysplasia]] in a portal message with zero explanation. Also the [[HEALTH:stitches]] dissolved early and I [[HEALTH:bled through a napkin]] at my son's graduation party. I'm a [[AGE:49-year-old]] [[HEALTH:ex-dipper]] who quit for this. I deserved a phone call. Bill was [[FINANCIAL:$740]]."),
    # 17
    ("zocdoc", "orthodontics", 5, "Bailey N.",
     "Booking online took two minutes, [[PROVIDER:Dr. Quintero]] walked through every option without a hint of pressure, and the front desk answered all my insurance questions on the first call. Bright, clean office, free parking, and a great playlist in the waiting room."),
    # 18
    ("google", "pediatric_dentistry", 1, "Maricela Duarte",
     "Llevé a mi hija [[PERSON:Camila]] de [[AGE:tres años]] porque tenía [[HEALTH:caries en los dientes de enfrente]]. Sin explicarme nada le pusieron [[HEALTH:un líquido para las caries]] que le dejó [[HEALTH:los dientes manchados de negro]]. Ahora en el kínder de la [[LOCATION:Escuela Lincoln]] los niños se burlan de ella y no quiere sonreír en las fotos. Nos cobraron [[FINANCIAL:$95]] por diente aunque tenemos [[FINANCIAL:CHIP]]. Cuando llamé para preguntar, la recepcionista [[PROVIDER:Karla]] me colgó. Mi teléfono es [[CONTACT:(915) 555-0156]] por si alguien quiere dar la cara."),
    # 19
    ("healthgrades", "dermatology", 5, "Imani C.",
     "I've had [[HEALTH:HS]] since I was [[AGE:16]]: [[HEALTH:painful boils in my armpits and groin]] that [[HEALTH:burst, drain and scar]]. Five dermatologists told me to [[HEALTH:lose weight]] and wash with [[HEALTH:Hibiclens]]. [[PROVIDER:Dr. Achebe]] actually looked, started me on [[HEALTH:Cosentyx]], and [[HEALTH:deroofed the worst tunnel under my left arm]] right there in the office. Seven months with [[HEALTH:no new flares]]. [[DATE_TIME:Last week]] I wore a tank top to [[LOCATION:Crunch Fitness on Wabash]] and cried in the locker room. Thank you."),
    # 20
    ("google", "plastic_surgery", 1, "Latoya Benning",
     "Went for a [[HEALTH:breast reduction]] consult in [[DATE_TIME:January]]. I'm a [[HEALTH:36H]] with [[HEALTH:deep grooves in my shoulders from my bra straps]] and [[HEALTH:neck pain that wakes me up]]. [[PROVIDER:Dr. Castile]] said [[FINANCIAL:UnitedHealthcare]] would want [[HEALTH:at least 500 grams removed per side]] and told me to [[HEALTH:drop 30 pounds]] first. I've [[HEALTH:lost 42]] since then. When I came back, coordinator [[PROVIDER:Brielle]] quoted [[FINANCIAL:$9,800]] cash because the [[HEALTH:topless photos]] for the insurance submission 'never got sent.' Turns out they got sent, just to the WRONG PATIENT. I found out when that woman called me. I'm [[AGE:44]] and I have never felt so violated by a doctor's office."),
    # 21
    ("facebook", "medspa", 3, "Courtney Lafleur",
     "Did three rounds of [[HEALTH:PRP for my thinning hair]] with [[PROVIDER:Skye]]. I'm [[AGE:33]], [[DATE_TIME:eight months]] [[HEALTH:postpartum]] with my second, and my [[HEALTH:part was see-through]] 😩 The [[HEALTH:scalp microneedling]] is no joke, FYI. Results: a decent amount of [[HEALTH:new baby hairs]] along my hairline, so I'm not mad. [[FINANCIAL:$1,350]] for the package though, and the 'free [[HEALTH:B12 shot]] with every session' from their Instagram ad never happened once. [[PROVIDER:Skye]] is a doll. Management, not so much. DM me [[CONTACT:@court.lafleur]] if you want to fix it. 3 ⭐"),
    # 22
    ("yelp", "obgyn", 1, "Ashlyn M.",
     "At [[HEALTH:34 weeks]] I called the nurse line because [[HEALTH:my hands and feet were so swollen my wedding ring wouldn't come off]] and I was [[HEALTH:seeing sparkles]]. I was told to lie on my left side and count kicks. By [[DATE_TIME:Saturday morning]] my [[HEALTH:blood pressure was 172 over 110]] and I was being rushed back for an [[HEALTH:emergency C-section]]. It was [[HEALTH:HELLP syndrome]]. Our daughter [[PERSON:Juniper]] came [[HEALTH:six weeks early]] and needed [[HEALTH:help breathing]] for eleven days. [[PROVIDER:Dr. Wendt]] never once called to follow up. I was a [[AGE:29-year-old]] first-time mom and I trusted this office. My husband [[PERSON:Caleb]] and I are still paying off [[FINANCIAL:$4,310]] from [[FINANCIAL:CareSource]]."),
    # 23
    ("google", "fertility", 4, "Naledi K.",
     "[[HEALTH:Froze my eggs]] at [[AGE:37]] after my [[HEALTH:AMH]] came back [[HEALTH:0.6]]. [[PROVIDER:Dr. Everly]] was honest that [[HEALTH:low reserve]] might mean two rounds and never sugarcoated it. I did eleven nights of [[HEALTH:stim shots]] in the bathroom at [[LOCATION:Hollis & Grant]] between client calls and [[HEALTH:got 14 eggs, 9 mature]] at [[HEALTH:retrieval]] [[DATE_TIME:the Monday after the Super Bowl]]. [[FINANCIAL:Progyny]] covered most of it, and storage is [[FINANCIAL:$600 a year]]. Minus a star because the [[DATE_TIME:7am]] [[HEALTH:monitoring appointments]] routinely ran 90 minutes behind and I had to keep lying to my boss about why I was late."),
    # 24
    ("facebook", "midwifery", 5, "Bryony Haskett",
     "Our [[PERSON:Wren]] was born [[HEALTH:at home in the birth pool]] at [[DATE_TIME:4:12am on the winter solstice]], [[HEALTH:9 lbs 2 oz]]. After a [[HEALTH:C-section]] with my first in [[DATE_TIME:2021]], three OBs told me a [[HEALTH:VBAC]] was too risky. Midwives [[PROVIDER:Ines]] and [[PROVIDER:Hollis]] read through my old surgery records, were honest about the risks, and let me decide. I [[HEALTH:tore a little]] and [[PROVIDER:Ines]] stitched me up on my own bed by headlamp. When I [[HEALTH:bled more than they liked]] they had a [[HEALTH:Pitocin shot]] in my thigh in seconds. They came to our little house on [[LOCATION:Tamarack Lane]] for every [[HEALTH:postpartum check]]. Forever grateful."),
    # 25
    ("google", "lactation", 5, "Mallory Ferris",
     "At [[AGE:five days old]] [[PERSON:Otis]] was [[HEALTH:screaming every time he latched]], I had [[HEALTH:cracked, bleeding nipples]], and I was crying in the shower. IBCLC [[PROVIDER:Bettina]] came to the house, [[HEALTH:weighed him before and after a feed]] and showed me he was [[HEALTH:only getting half an ounce]]. She spotted a [[HEALTH:posterior tongue tie]] nobody at the hospital caught, got us in for a [[HEALTH:release]] [[DATE_TIME:the next day]], and set me up with a [[HEALTH:nipple shield]] and a [[HEALTH:pumping schedule]]. Now at [[AGE:ten weeks]] he's [[HEALTH:exclusively breastfed]] and [[HEALTH:well above his birth weight]] 🤱 [[FINANCIAL:$175]] for the home visit, and she gave me a superbill for [[FINANCIAL:Aetna]] that actually got reimbursed."),
    # 26
    ("zocdoc", "pediatrics", 1, "Dominique H.",
     "My [[AGE:7-week-old]] [[PERSON:Solène]] was [[HEALTH:breathing fast and sucking in under her ribs]] and I called at [[DATE_TIME:8:30]]. The front desk said they don't do same-day sick visits for newborns and to try [[DATE_TIME:Thursday]]. [[DATE_TIME:That evening]] we were in the ER: [[HEALTH:RSV]], [[HEALTH:oxygen in the 80s]], four days on [[HEALTH:high-flow]]. When I'd asked about the [[HEALTH:Beyfortus shot]] back in [[DATE_TIME:October]] they said it was 'out of stock.' The urgent care down the street had it. We live six minutes away on [[LOCATION:Brandywine Ave]]. We're switching."),
    # 27
    ("google", "behavioral_health", 5, "Linh V.",
     "[[HEALTH:OCD]] had me [[HEALTH:scrubbing my hands until the knuckles split]] and [[HEALTH:checking the stove forty times]] before I could leave for my shift at [[LOCATION:Sprouts on Fulton]]. [[PROVIDER:Dr. Kessler]] did [[HEALTH:exposure therapy]] with me twice a week and kept pushing even the day I [[HEALTH:cried in the parking lot for twenty minutes]]. She also bumped up my [[HEALTH:Luvox]] slowly instead of throwing pills at me. My mom [[PERSON:Hanh]] came to a [[HEALTH:family session]] and finally gets it. [[AGE:22 years old]] and I can ride the 19 bus without [[HEALTH:counting the stops out loud]]."),
    # 28
    ("healthgrades", "addiction", 1, "Travis L.",
     "I've been [[HEALTH:clean off fentanyl]] since [[DATE_TIME:the summer of 2022]] thanks to [[HEALTH:Suboxone 16mg]] and counselor [[PROVIDER:Shawna]]. In [[DATE_TIME:January]] this clinic switched billing companies and started charging [[FINANCIAL:$150]] cash per visit even though I have [[FINANCIAL:Medicaid]] and the card is in my wallet. Member ID [[ID:MCD-77140392]]. I went nine days without [[HEALTH:strips]] because I couldn't pay and came really close to [[HEALTH:using]]. [[PROVIDER:Shawna]] is the only reason I didn't. My sponsor [[PERSON:Dale]] drove me to an [[HEALTH:NA meeting]] every night that week. My son [[PERSON:Kayden]] is [[AGE:three]] and I need to be here for him. Fix your billing before you kill somebody."),
    # 29
    ("zocdoc", "physical_therapy", 3, "Rachel B.",
     "Started [[HEALTH:pelvic floor therapy]] after [[PERSON:Margot]] was born [[DATE_TIME:last March]] because I was [[HEALTH:leaking every time I sneezed]] or jumped on the trampoline with my kids, plus [[HEALTH:pain with sex]] that my OB brushed off. [[PROVIDER:Leigh]] is wonderful. The [[HEALTH:internal exam]] was explained step by step and the [[HEALTH:biofeedback]] actually made sense of what I was doing wrong. Why three stars: treatment room 4 has a window straight onto the parking lot with no blinds, and I had to hold my coat over it. [[FINANCIAL:$65]] copay every week on [[FINANCIAL:Cigna]] adds up too."),
    # 30
    ("yelp", "chiropractic", 1, "Greg Ostrander",
     "Went in for [[HEALTH:headaches behind my right eye]] from staring at spreadsheets all day at [[LOCATION:Vantage Credit Union]]. [[PROVIDER:Dr. Bronson]] took [[HEALTH:full-spine X-rays]] on the first visit, said my [[HEALTH:neck had lost its curve]], and that I needed 36 visits: [[FINANCIAL:$2,880]] up front or [[FINANCIAL:$95]] a pop. I signed up and went eleven times. Not one bit better. When I asked to cancel the rest, the plan was suddenly 'non-refundable.' My neurologist later called them [[HEALTH:migraines]] and said my [[HEALTH:X-rays were normal]] for [[AGE:41]]."),
    # 31
    ("google", "urgent_care", 5, "Jared Pinkston",
     "My [[AGE:10yo]] [[PERSON:Brody]] got [[HEALTH:a fishhook buried in his earlobe]] at his Cub Scout campout with [[LOCATION:Pack 214]] 🎣 PA [[PROVIDER:Dominguez]] gave him a [[HEALTH:numbing shot]], pushed it through, snipped the barb and [[HEALTH:dressed it]] while telling him fishing stories. His [[HEALTH:tetanus]] was up to date so no extra shot. In and out by [[DATE_TIME:7:40]] on a [[DATE_TIME:Sunday night]]. [[PERSON:Brody]] wants to go back just to show off the hook."),
    # 32
    ("google", "occupational_medicine", 1, "Terrell Banks",
     "[[HEALTH:Tweaked my lower back lifting a case of bleach]] at the [[LOCATION:Costco on Route 22]] [[DATE_TIME:the Saturday before Labor Day]]. My supervisor sent me here. [[PROVIDER:Dr. Halvorsen]] spent maybe two minutes with me, handed me [[HEALTH:Flexeril]] and cleared me for [[HEALTH:full duty]] starting [[DATE_TIME:Monday]]. By [[DATE_TIME:Wednesday]] I [[HEALTH:couldn't feel the outside of my left foot]]. The [[HEALTH:MRI]] showed a [[HEALTH:herniated L5-S1]] pressing on the nerve. Now comp is fighting me because 'your own doctor cleared you.' He's not my doctor, he's the company's. Claim [[ID:WC-24-118832]]. I'm [[AGE:44]] with two kids and no paycheck."),
    # 33
    ("yelp", "travel_clinic", 2, "Hadley Sorrell",
     "Paid [[FINANCIAL:$410]] out of pocket for a [[HEALTH:yellow fever shot]], [[HEALTH:typhoid pills]] and a [[HEALTH:Malarone]] script before our honeymoon. Nurse [[PROVIDER:Gwen]] never asked whether I could be [[HEALTH:pregnant]]. I was. [[HEALTH:Eight weeks]], found out [[DATE_TIME:three days before our flight]], and my OB was not happy about a [[HEALTH:live vaccine]] that early. We cancelled the whole trip. The certificate they gave me also spells my name [[PERSON:Hadlee Sorel]]. Two stars because the clinic was clean and fast, but ask your own questions."),
    # 34
    ("facebook", "vaccines", 4, "Yvonne Gaines",
     "Got my [[HEALTH:second Shingrix]] and the [[HEALTH:RSV shot]] together [[DATE_TIME:Friday afternoon]] because I'm [[AGE:67]] and my sister [[PERSON:Ramona]] had [[HEALTH:shingles in her eye]] [[DATE_TIME:last winter]] and nearly lost it. Pharmacist [[PROVIDER:Tuan]] was gentle and explained both. My arm was [[HEALTH:red and hot as a stovetop]] and I had [[HEALTH:chills]] all [[DATE_TIME:Friday night]], but that's the shot, not them. One star off because they first billed my [[FINANCIAL:AARP Medicare Advantage]] wrong and tried to charge me [[FINANCIAL:$62]]."),
    # 35
    ("google", "pediatrics", 3, "Whitney Alcorn",
     "Our twins [[PERSON:Ada]] and [[PERSON:Milo]] ([[AGE:19 months]]) both brought home [[HEALTH:hand, foot and mouth]] from [[LOCATION:Little Acorns]] daycare. [[HEALTH:Blisters on their palms and all over the inside of their mouths]], [[HEALTH:refusing even their sippy cups]], and [[PERSON:Milo]] had [[HEALTH:one wet diaper]] in twelve hours. [[PROVIDER:Dr. Ruffin]] was kind and checked them both for [[HEALTH:dehydration]] at [[DATE_TIME:4:45 on a Monday]]. But we got charged two [[FINANCIAL:$40]] copays for one appointment, and the note for daycare didn't come through until [[DATE_TIME:Thursday]], so I burned three vacation days. Three stars."),
    # 36
    ("yelp", "behavioral_health", 1, "Jill Amundsen",
     "My daughter [[PERSON:Sienna]] [[HEALTH:stopped eating]] after cross-country season at [[LOCATION:Westlake Middle]]. By the time we got her here she was down to [[HEALTH:82 pounds]], her [[HEALTH:heart rate was dipping into the 40s]] at night and she had [[HEALTH:lost her period]]. The intake therapist looked at a [[AGE:14-year-old]] [[HEALTH:starving herself]] and told her she 'looks healthy.' She went home and [[HEALTH:skipped dinner]] with a smile. Now, [[DATE_TIME:a month and a half later]], she's in a [[HEALTH:residential eating disorder program]] two states away that [[FINANCIAL:Anthem]] keeps denying. Member ID is [[ID:YRX884120557]] if anyone from your office wants to help with the appeal you caused. Email [[CONTACT:jill.amundsen@example.com]]."),
    # 37
    ("google", "urgent_care", 2, "Rogelio Salas",
     "Fui el [[DATE_TIME:domingo 9 de junio]] con un [[HEALTH:dolor en el costado que me doblaba]] y [[HEALTH:sangre en la orina]]. Me hicieron una [[HEALTH:tomografía]] y era una [[HEALTH:piedra en el riñón de 6 milímetros]]. Me pusieron [[HEALTH:Toradol]] y me mandaron a casa con [[HEALTH:Flomax]]. La atención fue rápida, eso sí. Lo malo: me cobraron [[FINANCIAL:$1,240]] por la [[HEALTH:tomografía]] y nadie me dijo el precio antes. Mi esposa [[PERSON:Lupita]] llamó tres veces y nadie sabía nada. Trabajo en la [[LOCATION:empacadora Frutos del Valle]] y perdí dos días de sueldo. Muy caro para una clínica de urgencias."),
    # 38
    ("healthgrades", "nephrology", 5, "Rigoberto S.",
     "Mi papá [[PERSON:Jesús]] tiene [[AGE:78 años]] y va a [[HEALTH:diálisis]] tres veces por semana desde [[DATE_TIME:enero]]. La enfermera [[PROVIDER:Maritza]] siempre le revisa la [[HEALTH:fístula del brazo izquierdo]] y le habla en español, y eso para él vale mucho. El [[PROVIDER:Dr. Iwasaki]] le bajó el [[HEALTH:potasio]] que estaba en [[HEALTH:6.8]] y nos explicó con paciencia lo del [[HEALTH:trasplante]]. A veces el transporte de [[FINANCIAL:Medicaid]] lo deja tarde, pero no es culpa de ellos. Vivimos en [[LOCATION:Pharr]] y es la mejor clínica del valle."),
    # 39
    ("google", "obgyn", 5, "Itzel Moreno",
     "La [[PROVIDER:Dra. Salcedo]] me atendió en mis [[HEALTH:dos embarazos]]. En el segundo tuve [[HEALTH:placenta previa]] y [[HEALTH:sangrados]] desde las [[HEALTH:20 semanas]], y ella siempre me contestó los mensajes, hasta en la noche. Me hicieron [[HEALTH:cesárea]] a las [[HEALTH:36 semanas]] y mi niña [[PERSON:Ximena]] nació sana, de [[HEALTH:5 libras 11 onzas]]. Nunca me hizo sentir mal por no hablar bien el inglés. Gracias también a [[PROVIDER:Yadira]] de recepción, que siempre me llamaba para recordarme las citas. ¡Las recomiendo muchísimo!"),
    # 40
    ("google", "memory_care", 5, "Loretta Whitlow",
     "I have started this review a dozen times, so forgive me if it runs long."
     "\n\n"
     "My husband [[PERSON:Desmond]] was a high school band director for thirty-one years. In [[DATE_TIME:2021]], when he was [[AGE:68]], he started [[HEALTH:seeing children playing in our backyard who weren't there]] and [[HEALTH:punching and shouting in his sleep]]. His neurologist finally called it [[HEALTH:Lewy body dementia]]. By [[DATE_TIME:last summer]] he was [[HEALTH:shuffling]], [[HEALTH:falling]] two or three times a week, and [[HEALTH:wandering out the front door at 2am]] looking for his trumpet. After one bad night our daughter [[PERSON:Renée]] took him to the ER and they gave him [[HEALTH:Haldol]], which nearly [[HEALTH:froze him solid]] for three days. That was when we knew I couldn't keep him home."
     "\n\n"
     "He moved into [[HEALTH:memory care]] here [[DATE_TIME:the week after Labor Day]]. I expected to hate it. Instead, [[PROVIDER:Yolanda]], the unit nurse, read every page of his history before he arrived, knew about the [[HEALTH:Haldol]] reaction, and put a red flag on his chart so it never happens again. The aides call him [[PERSON:Dez]] and let him conduct the Thursday sing-along. Activity director [[PROVIDER:Paulette]] found him an old Sousa album and he cried. So did I. [[PROVIDER:Yolanda]] also caught a [[HEALTH:bladder infection]] in [[DATE_TIME:October]] just because he seemed [[HEALTH:foggier than usual]], before it could turn into another hospital stay."
     "\n\n"
     "When he started [[HEALTH:choking on his coffee]], they got a [[HEALTH:swallow study]] done within the week and switched him to [[HEALTH:thickened liquids]] and a [[HEALTH:soft diet]] without making him feel like a baby. When we decided against a [[HEALTH:feeding tube]], [[PROVIDER:Dr. Abara]] sat with [[PERSON:Renée]] and me for an hour and never once made us feel like bad people. [[HEALTH:Hospice]] came in [[DATE_TIME:this March]] and the staff treat the [[HEALTH:hospice]] nurses like part of the team."
     "\n\n"
     "Not everything is perfect. The laundry loses his sweaters, dinner is served at 4:30, and the billing office took four months to process our [[FINANCIAL:Genworth]] [[FINANCIAL:long-term care policy]], so we fronted [[FINANCIAL:$7,250 a month]] out of savings until it kicked in. The parking lot is a disaster on Sundays."
     "\n\n"
     "But every Sunday the choir from [[LOCATION:Bethel AME]] comes to sing with him, and the staff wheel him to the front row. [[DATE_TIME:Last week]] he [[HEALTH:didn't know my name]], but he knew every word of 'Blessed Assurance.'"
     "\n\n"
     "If you are where I was [[DATE_TIME:two years ago]], go visit. Ask for [[PROVIDER:Yolanda]]."
     "\n\n"
     "— [[PERSON:Loretta W.]]"),
    # 41
    ("facebook", "orthodontics", 3, "Kristy Delgado",
     "[[PERSON:Emerson]] ([[AGE:11]]) has had [[HEALTH:braces]] since [[DATE_TIME:spring break]] for a [[HEALTH:pretty serious overbite]], after six months in a [[HEALTH:palate expander]] that I had to [[HEALTH:crank with a little key]] every night. [[PROVIDER:Dr. Lindahl]] is great and his teeth are moving fast. But three times now [[HEALTH:a bracket has popped off]] (Takis, I know) and every repair is a [[FINANCIAL:$45]] 'emergency visit' fee on top of the [[FINANCIAL:$210/month]] we already pay on a [[FINANCIAL:$5,900]] contract. And they only do repairs during school hours, so he misses class at [[LOCATION:Pioneer Middle]] every time. 3 stars."),
    # 42
    ("google", "pediatric_dentistry", 5, "Abby Lorentz",
     "My son [[PERSON:Jonah]] is [[AGE:7]], [[HEALTH:autistic]] and [[HEALTH:mostly nonverbal]], and the last dentist [[HEALTH:held him down in a papoose board]] while he screamed. [[PROVIDER:Dr. Parikh]] did two 'happy visits' first where he just rode the chair up and down with his [[HEALTH:weighted lap pad]]. When it was time for [[HEALTH:two fillings]], they used [[HEALTH:nitrous]], turned the lights down, and let him keep his [[HEALTH:AAC tablet]] in his lap so he could tap 'stop.' He only tapped it once. No tears. We drive 50 minutes from [[LOCATION:Fairhope]] and would happily drive twice that."),
    # 43
    ("yelp", "urgent_care", 1, "Bernadette K.",
     "Got [[HEALTH:bitten by my neighbor's pit mix on the back of my calf]] [[DATE_TIME:Sunday]] taking the trash to the curb. The PA here [[HEALTH:glued it shut]] and sent me home, no antibiotics. By [[DATE_TIME:Tuesday]] it was [[HEALTH:hot, swollen and leaking]] with [[HEALTH:red streaks running up to my knee]]. The hospital [[HEALTH:opened it back up]] and kept me two nights on [[HEALTH:IV Unasyn]]. Nobody here even asked whether the dog was vaccinated. I run a register at the [[LOCATION:Dollar General on Pike Road]] and missed a whole week. Send my records to [[CONTACT:4417 Garnet Ct, Apt B, Ridgeway]] like I asked on the phone."),
    # 44
    ("google", "urgent_care", 2, "Phil Haney",
     "Waited forever, the TV was blaring, and the check-in kiosk froze twice. Staff seemed completely overwhelmed. The PA was nice once we finally got back there."),
    # 45
    ("healthgrades", "optometry", 5, "Nadine G.",
     "[[PROVIDER:Dr. Amadi]] and optician [[PROVIDER:Rhett]] are the real deal. Huge frame wall, fair posted prices, and everyone actually smiles. Parking is tight but worth it."),
    # 46
    ("zocdoc", "dermatology", 3, "Precious O.",
     "I found [[HEALTH:a bald patch the size of a quarter]] behind my ear in [[DATE_TIME:March]] and by [[DATE_TIME:May]] there were [[HEALTH:three more patches]]. [[PROVIDER:Dr. Hwang]] diagnosed [[HEALTH:alopecia areata]] in about two minutes, which I appreciated, and started [[HEALTH:steroid shots in my scalp]] every six weeks. They sting like crazy but the first spot has [[HEALTH:peach fuzz]] now. The problem is everything else: she wants me on [[HEALTH:Olumiant]] and the office has let the prior auth with [[FINANCIAL:BCBS]] expire twice. I braid hair for a living at [[LOCATION:Crown & Glory Salon]] and my clients notice. Three stars for the doctor, zero for the paperwork."),
    # 47
    ("google", "primary_care", 1, "Sheila Markham",
     "My mother is [[AGE:seventy-four]] and for most of [[DATE_TIME:last year]] she told [[PROVIDER:Dr. Greaves]] she [[HEALTH:felt full after two bites]], [[HEALTH:her pants were falling off her]], and she [[HEALTH:threw up blood]] once. He said it was [[HEALTH:nerves]] since Dad passed and gave her [[HEALTH:Zoloft]]. In [[DATE_TIME:February]] a GI doctor finally did a [[HEALTH:scope]] and it was [[HEALTH:the big C]]. [[HEALTH:Stage 3 stomach cancer]], [[HEALTH:spread to the lymph nodes]]. She starts [[HEALTH:chemo]] [[DATE_TIME:the week after Easter]], and my sister [[PERSON:Lorraine]] and I are taking turns driving her in from [[LOCATION:Cold Spring]]. Mom's name is [[PERSON:Irene Markham]] and her MRN is [[ID:1004-57733]]. Pull her chart and tell me why nobody ordered a single test."),
    # 48
    ("google", "pulmonology", 5, "Curtis Langford",
     "A [[HEALTH:CT for a kidney stone]] found a [[HEALTH:spot on my right lung]] in [[DATE_TIME:June]], [[HEALTH:9 millimeters]], and I'm a [[AGE:57-year-old]] [[HEALTH:ex-smoker]]. I assumed the worst. [[PROVIDER:Dr. Obi]] got me a [[HEALTH:PET scan]] within ten days and did a [[HEALTH:robotic bronchoscopy]] [[DATE_TIME:the Friday after]]. Result: [[HEALTH:benign]], just [[HEALTH:an old fungal scar]] from growing up around the farms in [[LOCATION:southern Illinois]]. Her nurse [[PROVIDER:Janelle]] called me [[DATE_TIME:that afternoon]] so I didn't have to sweat it out all weekend. I hugged my wife [[PERSON:Bev]] in the hospital parking garage. Forever grateful."),
    # 49
    ("facebook", "gastroenterology", 2, "Dana Kuczynski",
     "Sent here because my [[HEALTH:liver enzymes were almost double]] on routine [[HEALTH:bloodwork]]. The [[HEALTH:FibroScan]] said [[HEALTH:fatty liver]] with [[HEALTH:some stiffness]] (they called it [[HEALTH:F2]]) and I'm [[HEALTH:prediabetic]] on top of it. Fine. But PA [[PROVIDER:Dunleavy]] spent the whole appointment lecturing me about drinking. I have [[HEALTH:two beers]] on Friday nights with my bowling league at [[LOCATION:Starlite Lanes]]. That's it. He wrote '[[HEALTH:alcohol use disorder]]' in my after-visit summary and now my [[FINANCIAL:MetLife]] life insurance application is on hold. I asked to have it corrected [[DATE_TIME:three weeks ago]]. Nothing. Two stars because the [[HEALTH:FibroScan]] tech was lovely."),
    # 50
    ("zocdoc", "urology", 1, "M. Pruett",
     "Booked for [[HEALTH:trouble keeping things going down there]], to put it politely. I'm [[AGE:fifty-three]], not eighty. [[HEALTH:Testosterone]] came back [[HEALTH:212]], which they said was 'low normal.' Instead of talking about my [[HEALTH:blood pressure pills]] (which my own doctor says can cause this), the 'men's health coordinator' pushed a [[FINANCIAL:$3,500]] package of [[HEALTH:shockwave treatments]] and a [[HEALTH:compounded cream]] they sell at the front desk. [[PROVIDER:Dr. Faircloth]] was in the room maybe four minutes. I just wanted to know if I could try [[HEALTH:Cialis]]. Do not give these people your card. And stop emailing [[CONTACT:m.pruett55@example.com]] with 'specials.'"),
    # 51
    ("healthgrades", "infectious_disease", 3, "Kyle Brandvold",
     "Pulled a [[HEALTH:tick off my hip]] after mowing at our place in [[LOCATION:Pawling]] and [[DATE_TIME:a week later]] had [[HEALTH:a red bullseye the size of a dinner plate]]. My PCP gave me ten days of [[HEALTH:doxy]]. By [[DATE_TIME:Fourth of July weekend]] [[HEALTH:the left side of my face drooped]] so bad I couldn't close my eye, and both knees [[HEALTH:swelled up like grapefruits]]. [[PROVIDER:Dr. Nakashima]] confirmed [[HEALTH:Lyme]] with [[HEALTH:facial palsy]], put me on [[HEALTH:IV ceftriaxone through a PICC line]] for four weeks, and my [[HEALTH:face is about 90% back]]. Three stars because the infusion center double-booked my chair constantly and nobody told me each [[HEALTH:PICC]] dressing change was [[FINANCIAL:$85]] a pop."),
    # 52
    ("google", "allergy", 1, "Naomi Reyes-Hart",
     "Year two of [[HEALTH:allergy shots]] for [[HEALTH:cats, dust mites and ragweed]]. At my [[HEALTH:build-up dose]] [[DATE_TIME:the Thursday before Mother's Day]], nurse [[PROVIDER:Darlene]] gave me the shot and told me I could leave right away since I 'never react.' [[DATE_TIME:Ten minutes later]], sitting in the car, my [[HEALTH:throat felt like it was closing]] and I [[HEALTH:broke out in hives from my neck to my belly button]]. My daughter [[PERSON:Tessa]], who is [[AGE:16]], had to [[HEALTH:jab my EpiPen into my thigh]] before we even left the lot. Your own sign says wait 30 minutes after every injection. I have not been back and I won't be."),
    # 53
    ("yelp", "sleep_medicine", 5, "Oksana P.",
     "Six years on [[HEALTH:Ambien]] and I still [[HEALTH:woke at 3am every night with my heart pounding]]. [[PROVIDER:Dr. Laurent]] didn't just swap pills. She put me through six weeks of [[HEALTH:CBT-I]]: a [[HEALTH:sleep diary]], no phone in bed, and [[HEALTH:sleep restriction]] that had me up until [[DATE_TIME:1am]] for two miserable weeks. I'm [[AGE:46]] and I haven't taken [[HEALTH:a sleeping pill]] since [[DATE_TIME:Valentine's weekend]]. I'm teaching first grade at [[LOCATION:Holy Redeemer]] without feeling like a zombie. Worth every penny of the [[FINANCIAL:$90]] copays."),
    # 54
    ("facebook", "pain_management", 5, "Hank Dorsey",
     "Two [[HEALTH:back surgeries]] and a [[HEALTH:fusion]] later I was still [[HEALTH:living in a recliner]] and [[HEALTH:eating Percocet like candy]]. [[PROVIDER:Dr. Ilunga]] talked me into a [[HEALTH:spinal cord stimulator]]. Did the [[HEALTH:one-week trial]] with [[HEALTH:wires taped to my back]], and on [[DATE_TIME:day three]] I mowed my own lawn. Got the [[HEALTH:permanent implant]] [[DATE_TIME:right after Easter]] and I'm [[HEALTH:down to one Tylenol]] most days. I'm [[AGE:66]] and I'm back coaching my granddaughter [[PERSON:Kinley]]'s softball team, the [[LOCATION:Lady Hornets]] 🥎 Nurse [[PROVIDER:Bridget]] answers every dumb question I have about the remote. Five stars."),
    # 55
    ("google", "podiatry", 1, "Erin Mulcahy",
     "[[HEALTH:Heel pain like stepping on a nail]] every morning for months. I'm an ICU nurse at [[LOCATION:Baptist East]] and on my feet 12 hours a shift. [[PROVIDER:Dr. Varga]] diagnosed [[HEALTH:plantar fasciitis]] in about 90 seconds, gave me a [[HEALTH:cortisone shot in the heel]] that hurt worse than anything I've felt, then sold me [[HEALTH:custom orthotics]] for [[FINANCIAL:$525]] cash because 'insurance never covers them.' I called [[FINANCIAL:Meritain]] myself. They do. The [[HEALTH:orthotics]] arrived [[DATE_TIME:the day after my birthday]] a full size too short, and the office wants another [[FINANCIAL:$150]] to redo the mold. [[HEALTH:Still limping]]."),
    # 56
    ("google", "hematology", 3, "Aisling Mooney",
     "Since my [[HEALTH:gastric bypass]] in [[DATE_TIME:2019]] I can't absorb iron, and by [[DATE_TIME:this spring]] my [[HEALTH:ferritin was 4]]. I was [[HEALTH:chewing ice all day]], [[HEALTH:out of breath on the stairs]] at work, and my [[HEALTH:legs wouldn't stop twitching]] at night. [[PROVIDER:Dr. Adeyemi]] got me in for two [[HEALTH:Injectafer infusions]] a week apart and I felt human again within days. Three stars because nobody warned me the iron could [[HEALTH:tank my phosphorus]]. I [[HEALTH:crashed]] [[DATE_TIME:a month later]], [[HEALTH:could barely lift my arms]], and had to figure it out with my PCP. Call me if you want details: [[CONTACT:(314) 555-0188]]."),
    # 57
    ("google", "chiropractic", 5, "Camille Aubert",
     "At [[HEALTH:35 weeks]] my baby was [[HEALTH:breech]] and the OB was already talking about [[HEALTH:scheduling a C-section]]. A friend from my moms group at [[LOCATION:Mount Zion]] sent me to [[PROVIDER:Dr. Farrow]], who does the [[HEALTH:Webster technique]]. Three [[HEALTH:adjustments]] in eight days and at my next [[HEALTH:ultrasound]] she had [[HEALTH:flipped head-down]]! It also fixed the [[HEALTH:stabbing pain in my pubic bone]] I'd had since [[HEALTH:20 weeks]]. [[PERSON:Leona]] was born [[DATE_TIME:August 3]], [[HEALTH:head first]], no surgery. [[PROVIDER:Dr. Farrow]] even came to our baby shower."),
    # 58
    ("google", "addiction", 5, "Ray Vukelich",
     "[[HEALTH:365 days sober]] as of [[DATE_TIME:yesterday]]. I came in [[DATE_TIME:last March]] [[HEALTH:shaking so bad I couldn't hold a coffee cup]] after years of [[HEALTH:a fifth of vodka a day]]. They did a [[HEALTH:medical detox]] here, then [[HEALTH:IOP]] three nights a week so I could keep running a paving crew for [[LOCATION:Hollister Paving]]. Counselor [[PROVIDER:Obie]] called me out on my [[HEALTH:relapse]] in [[DATE_TIME:June]] without making me feel like garbage, and [[PROVIDER:Dr. Kwiatkowski]] got me on the [[HEALTH:monthly Vivitrol shot]]. My wife [[PERSON:Cheryl]] says she has her husband back. My [[HEALTH:liver numbers are normal]] for the first time in a decade."),
    # 59
    ("yelp", "vaccines", 1, "Tamara Olsen",
     "Took my [[AGE:12-year-old]] [[PERSON:Kaia]] in for her [[HEALTH:Tdap]], [[HEALTH:meningitis]] and [[HEALTH:first HPV shot]] for seventh grade at [[LOCATION:Hawthorne Middle]]. I told the tech she [[HEALTH:faints with needles]]. She had her sit on a stool anyway. After the third shot [[PERSON:Kaia]] [[HEALTH:went white, passed out]] and [[HEALTH:smacked her face on the counter and chipped a front tooth]]. That was a [[FINANCIAL:$380]] dentist bill. Nobody even filled out an incident report, and her school form still isn't signed."),
    # 60
    ("facebook", "occupational_medicine", 3, "Dontrell Hayes",
     "Did my [[HEALTH:pre-employment physical]], [[HEALTH:respirator fit test]] and [[HEALTH:breathing test]] here for my new job at [[LOCATION:Northgate Refinery]]. Staff was quick. Problem: I put down that I have [[HEALTH:mild asthma]] and use an [[HEALTH:albuterol inhaler]] maybe twice a year, and they flagged me '[[HEALTH:not cleared]]' until my own doctor sent a letter. Took 9 days and I almost lost my start date of [[DATE_TIME:the 15th]]. Then the [[HEALTH:drug screen]] came back '[[HEALTH:dilute]]' because I'd been drinking water all morning in the lobby, so I had to redo it on my own dime, [[FINANCIAL:$55]]. Email [[CONTACT:dhayes.works@example.org]] if HR asks, I'm not hiding anything."),
]

DRAFTS = [
    # r1
    (1, "", "Thank you for such a thoughtful note. We'll be sure Dr. Vukovic and Odalys see it. Taking the time to really listen to older adults and the people who love them is why our team does this work.",
     "Tricky safe: passes praise to the two staff members the reviewer named and states a practice-wide value without mentioning any medication or the father-in-law."),
    (1, "ECMG", "We're thrilled Augie is steady on his feet again! Fewer pills almost always means fewer falls at his age, and with the water pill gone he'll only keep getting stronger.",
     "Names the father-in-law, restates the medication cuts and the fall, gives a clinical judgement and promises continued improvement."),
    # r2
    (2, "", "We take every concern about safety, dignity and communication very seriously, and we want to hear from you directly. Please call our executive director's office at 555-0110 or write to familycare@example.org.",
     "Takes the concerns seriously in general terms and offers direct contact without confirming a resident or repeating any detail."),
    (2, "ENCD", "We understand your frustration, but Beatrice's care notes show the bruise was documented and reported to the family, and combative behavior is common at her stage of dementia. Lorna has tried to reach you twice.",
     "Names the mother, cites care notes and call attempts the reviewer never posted, repeats the bruise and the behavior, and contradicts the reviewer."),
    # r3
    (3, "", "We're sorry to read how difficult this has been. Everyone who comes to us deserves to be treated with respect, and our medical director reviews every concern personally. Please call our patient advocate, Harriet Monroe, at 555-0177 so we can talk.",
     "Expresses concern and offers a named contact without confirming care or mentioning any medication, test or amount."),
    (3, "ECD", "You signed our controlled-substance agreement, which states that any positive THC screen ends opioid prescribing, so Kendra followed our policy exactly as written.",
     "Confirms he signed an agreement, restates the THC result and the opioids, and defends the nurse practitioner by citing policy against him."),
    # r4
    (4, "", "Thank you for the candid feedback. Clear information about costs and what to expect is something every person should get up front, and we're reviewing how our front office shares it. Our office manager, Tammy Ruiz, would be glad to talk at 555-0151.",
     "Tricky safe: treats cost transparency as an operational issue without naming the rental, the amount, the surgery or the driving restriction."),
    (4, "ECI", "So sorry the scooter charge caught you off guard after your surgery! Call us and we'll refund the $185 in full, and enjoy that straight toe!",
     "Repeats the scooter charge, the amount and the toe, says 'your surgery', and offers a refund in public."),
    # r5
    (5, "", "Thank you for taking the time to share this, and we'll pass your kind words on to Ifeoma. Clear, unhurried conversations matter to every person and family we serve. Please reach our nurse manager, Celia Moravec, at 555-0104.",
     "Tricky safe: thanks the nurse the reviewer named and commits to communication in general terms without mentioning the kidney disease, results or wife."),
    (5, "ENCM", "Vernon, a GFR of 29 is worth taking seriously, but many people at stage 4 go years before needing dialysis. Bring Pearl to your follow-up on the 12th and Dr. Lindgren will walk you both through the options.",
     "Names the reviewer and his wife, repeats his kidney numbers and stage, offers a clinical judgement and adds a follow-up date he never posted."),
    # r6
    (6, "", "Thank you for such kind words! We'll make sure Dr. Mbeki, Rocio and Dev see this. Treating every person who walks through our doors with dignity is what our whole team is here for.",
     "Tricky safe: thanks the three staff members by name and states a practice-wide value without mentioning the condition or any treatment."),
    (6, "ENC", "We're cheering for you, warrior! 💜 So glad the infusions are keeping you out of the hospital, and we'll see you next month in the chair!",
     "Echoes the sickle cell 'warrior' label and the infusions and adds a standing infusion appointment that confirms she is a patient."),
    # r7
    (7, "", "Thank you for taking the time to share such a generous review. Everyone deserves care that is respectful, confidential and free of judgment, and we'll pass your kind words to our team.",
     "Thanks the reviewer and states practice-wide values without mentioning any condition, medication, person or program."),
    (7, "ENC", "Thank you! Your last viral load was beautiful, and we've added Teo to the PrEP refill reminders so neither of you ever misses a dose.",
     "Refers to the reviewer's viral load, names the boyfriend and his PrEP, and adds a reminder-list detail that was never posted."),
    # r8
    (8, "", "We're sorry to read this. Everyone should leave with clear written information and a reliable way to reach us with questions, and we'd value the chance to talk. Please contact our practice manager, Yvette Carr, at 555-0122 or feedback@example.com.",
     "Commits to clear information and callbacks in practice-wide terms and gives an offline contact without confirming a procedure or repeating any detail."),
    (8, "ECM", "Dark stools are a normal side effect of the bismuth in your antibiotic regimen and nothing to worry about, but do finish every pill even if your stomach is upset.",
     "Paraphrases the stools and the antibiotic combination, refers to 'your regimen', and gives medication advice."),
    # r9
    (9, "", "Thanks for the review, and for the laugh! We'll pass your kind words on to Dr. Tamura. If anything ever needs sorting out, our front desk lead, Marco Jimenez, is at 555-0165.",
     "Thanks the reviewer, passes praise to the named surgeon and offers a contact without mentioning the procedure, the lab or the cost."),
    (9, "ENCI", "Glad the swelling settled down! We've credited the repeat semen analysis to your account, and your clearance letter is ready to pick up at the front desk.",
     "Repeats the swelling and the semen analysis, adds a clearance letter the review never mentioned, confirms an account and offers a credit."),
    # r10
    (10, "", "Thank you for letting us know. Timely follow-through on orders and paperwork is something we owe everyone, and our referrals coordinator would like to help directly. Please call Ruth Ann Kemper at 555-0119.",
     "Tricky safe: speaks about follow-through on orders as a practice-wide matter without naming the oxygen, the device, the carrier or the husband."),
    (10, "ECN", "We're sorry Ed is still waiting on his portable concentrator! The order was re-sent to Medicare on Monday with his updated oxygen readings, so it should be on its way soon.",
     "Names the husband, repeats the concentrator and the carrier, and adds new facts about the order and his oxygen readings."),
    # r11
    (11, "", "Thank you for the detailed feedback. Comfort, privacy and timely paperwork matter for everyone we serve, and we've shared your comments with our operations team. Please reach Colette Yu at 555-0181 if you'd like to share more.",
     "Tricky safe: treats comfort, privacy and paperwork as practice-wide operational matters without mentioning a study, the lab, the diagnosis or the drug."),
    (11, "ECMG", "So glad we could finally put a name to your sleepiness! Once your Xywav dose is fully titrated, the cataplexy attacks will stop completely.",
     "Alludes to the diagnosis, names the drug and cataplexy, gives a clinical expectation and promises the attacks will stop."),
    # r12
    (12, "", "What a celebration to read, thank you for sharing it! 🎉 We'll pass your kind words along to Dr. Ng and Philippa, who will be so happy to see this.",
     "Tricky safe: thanks the named staff and shares the excitement without mentioning the child, the allergy or the treatment."),
    (12, "ENCM", "Congratulations to Rhys on graduating from peanut OIT! Keep up the daily maintenance peanuts without skipping, and we'll see him for his one-year check in the spring.",
     "Names the child, repeats the peanut treatment, gives dosing instructions and books a follow-up that was never mentioned."),
    # r13
    (13, "", "We're sorry to read this. Anyone who calls our after-hours line should reach a person, and we are testing that system today. Please call our clinical manager, Renee Coyle, at 555-0147 so we can listen.",
     "Tricky safe: treats the after-hours line as a practice-wide operational problem without mentioning the surgery, the bleeding or the cost."),
    (13, "ECMD", "Some bleeding around day 7 to 10 after a tonsillectomy is expected as the scabs come off, which is exactly why your discharge sheet told you to go straight to the ER.",
     "Repeats the tonsillectomy and the bleeding, cites the reviewer's discharge sheet, gives a clinical judgement and argues with him."),
    # r14
    (14, "", "Thank you for the kind words! We'll share them with Dr. Ellery. Questions about costs or coverage can always go to our billing coordinator, Sunita Rao, at 555-0133.",
     "Tricky safe: thanks the named audiologist and offers a general billing contact without naming the carrier, the amount or any device."),
    (14, "E", "Thank you for the kind words! Years of airport noise take a real toll, and we're proud to help ramp workers finally get a full night's sleep.",
     "Tricky: reads as general, but it echoes the reviewer's airport workplace, the noise damage and the sleep improvement from the review."),
    # r15
    (15, "", "Thank you for sharing this. Concerns about clinical care are reviewed by our lead optometrist, and we'd be grateful for the chance to listen. Please call our practice manager, Lena Ortiz, at 555-0128.",
     "Offers a review and a named contact in general terms without confirming an exam or mentioning the child or her eyes."),
    (15, "ECMD", "Mild farsightedness is very common at Noelle's age and readers are an appropriate first step; amblyopia can develop later and isn't always visible at a first exam.",
     "Names the child, repeats the farsightedness, readers and amblyopia, confirms she was examined, gives a clinical judgement and defends the doctor."),
    # r16
    (16, "", "Thank you for the feedback. Waiting for information is hard, and we want everyone to know exactly when and how they'll hear from us. Our patient care coordinator, Nadine Fuchs, would like to talk; please call 555-0108.",
     "Tricky safe: speaks to communication in general terms without naming the biopsy, the result or any procedure."),
    (16, "ENC", "We're sorry for the delay! Your pathology was actually signed on day 9 but didn't release to the portal until day 16, and we've fixed that workflow.",
     "Refers to the reviewer's pathology and adds internal timing details that the review never stated."),
    # r17
    (17, "", "Thank you so much for the kind words! We'll share them with Dr. Quintero and the front desk team, who work hard to make that first call easy for everyone.",
     "Thanks the reviewer and passes praise to the named staff; the review has no PHI and the reply adds none."),
    (17, "CN", "Thank you! We're so glad your consultation went smoothly, and we can't wait to get your brackets on next month!",
     "Tricky: the review names no treatment, but 'your consultation' confirms a visit and 'your brackets next month' adds a treatment and an appointment."),
    # r18
    (18, "", "Gracias por tomarse el tiempo de escribirnos. Queremos que cada familia reciba información clara y un trato respetuoso en cada llamada. Por favor, comuníquese con nuestra gerente, Alma Reyes, al 555-0170.",
     "Tricky safe: a reply in the reviewer's language that speaks about clear information and respectful calls in general without confirming care or repeating details."),
    (18, "ECMD", "Señora, el fluoruro de plata es un tratamiento seguro y las manchas negras significan que está funcionando; además, usted firmó el consentimiento antes del procedimiento.",
     "Names the silver fluoride and the black stains, confirms a signed consent, gives a clinical judgement and argues with the parent."),
    # r19
    (19, "", "Thank you for taking the time to write this; it truly made our day. We'll pass your words along to Dr. Achebe and the whole team.",
     "Thanks the reviewer and passes praise to the named doctor without mentioning any condition or treatment."),
    (19, "E", "Thank you! Nobody should ever be told to just lose weight, and we're so happy to picture you in that tank top at the gym.",
     "Tricky: contains no 'your treatment' wording, but it repeats the weight-loss advice, the tank top and the gym from the review."),
    # r20
    (20, "", "We're very sorry to read this. Protecting every person's privacy is a responsibility we take extremely seriously, and we want to look into this right away. Please contact our privacy officer, Graham Lowell, at 555-0190 or privacy@example.com.",
     "Tricky safe: addresses privacy as a practice-wide responsibility and offers the privacy officer without confirming a consult, photos or insurance details."),
    (20, "ENCD", "We understand your frustration, but coverage criteria for reductions are set by UnitedHealthcare, not us, and the image in question was only sent to an internal fax line.",
     "Repeats the reduction and the carrier, adds an internal detail about the photos, confirms the submission and shifts blame."),
    # r21
    (21, "", "Thank you for the honest feedback, and for the kind words about Skye! Every promotion we advertise should be honored as written, and our studio manager would like to hear from you. Please message Tara Penn at hello@example.net.",
     "Tricky safe: treats advertised promotions as an operational matter and thanks the named staff member without mentioning any treatment or postpartum detail."),
    (21, "ECI", "So sorry about the missed B12 shots, mama! Come in this week and your next two are on us 💕",
     "Repeats the B12 shots, calls her 'mama', which alludes to being postpartum, confirms she is a client and offers free shots."),
    # r22
    (22, "", "We are so sorry to read this. How urgent calls are handled matters enormously, and every concern like this is reviewed by our medical director. Please call Marisa Holt, our patient experience lead, at 555-0114; we would be grateful to hear more.",
     "Treats call handling as a practice-wide concern and offers a named contact without confirming a pregnancy, a call or any outcome."),
    (22, "ECMD", "Lying on your left side and tracking movement is standard advice for mild swelling late in pregnancy, and our nurses follow that protocol; visual changes should always go straight to labor and delivery.",
     "Repeats the swelling, the late pregnancy and the nurse's advice, defends the nurse line and gives clinical instructions."),
    # r23
    (23, "", "Thank you for this thoughtful review. Early-morning schedules are demanding for everyone, and we're working to keep those hours running on time. Our clinic director, Helena Marsh, is at 555-0184 if you'd like to share more.",
     "Tricky safe: addresses early-morning delays as an operational issue without confirming a cycle, a result or any treatment."),
    (23, "ENC", "Thank you! Fourteen eggs is a wonderful result, all nine mature ones are safely stored in our tank, and we'd love to see you when you're ready to thaw.",
     "Repeats the egg counts, adds where they are stored and invites a future thaw visit, which confirms she is a patient."),
    # r24
    (24, "", "Thank you for these beautiful words. We'll share them with Ines and Hollis, who feel honored every time a family trusts our team.",
     "Tricky safe: thanks the two named midwives in general terms without mentioning a birth, the baby or any detail of care."),
    (24, "ENC", "Welcome to the world, Wren! It was an honor to catch her, and we'll see you both at your six-week visit.",
     "Names the baby, confirms the midwives attended the birth and adds a six-week visit that was never mentioned."),
    # r25
    (25, "", "Thank you so much for sharing this! Supporting families is the heart of what we do, and we'll pass your kind words along to Bettina.",
     "Thanks the reviewer and passes praise to the named consultant without mentioning the baby, feeding or any procedure."),
    (25, "ECM", "So happy Otis is thriving! Keep doing the tongue stretches after the release for another few weeks so it doesn't reattach.",
     "Names the baby, repeats the tongue-tie release and gives aftercare instructions."),
    # r26
    (26, "", "We're so sorry to read this. Getting families seen quickly when they're worried is a priority, and we're reviewing how same-day requests are handled at the front desk. Please call our practice administrator, Owen Gallardo, at 555-0160.",
     "Tricky safe: treats same-day access as an operational matter without mentioning the infant, the illness or the shot."),
    (26, "ECD", "Our posted policy is that any infant with breathing trouble should go straight to the ER, so the front desk followed protocol when you called that morning.",
     "Restates the infant's breathing trouble, confirms the call and defends the front desk by citing policy against the parent."),
    # r27
    (27, "", "Thank you for sharing something so personal with us. We'll pass your kind words to Dr. Kessler, and we're grateful you took the time.",
     "Thanks the reviewer and passes praise to the named clinician without repeating any symptom, treatment or family detail."),
    (27, "ECMG", "We're so proud of how far you've come with your exposures! Keep practicing every day and those compulsions won't ever come back.",
     "Refers to the reviewer's exposure work and compulsions, gives an instruction and promises the symptoms will not return."),
    # r28
    (28, "", "Thank you for raising this. Nobody should face a billing change without clear notice, and our billing manager wants to sort this out with you personally. Please call Roberta Quay at 555-0102.",
     "Tricky safe: addresses billing changes as an operational matter without mentioning the carrier, the medication or recovery."),
    (28, "ENCI", "We're so sorry about the Medicaid mix-up! We've waived the $150 charges on your account and your next Suboxone prescription has already been sent to your pharmacy.",
     "Repeats the carrier, amount and medication, confirms an account, adds a new prescription fact and offers a waiver."),
    # r29
    (29, "", "Thank you for the thoughtful feedback. Privacy in every treatment room matters, and we've asked our facilities team to review window coverings throughout the clinic. Please reach our clinic lead, Wes Park, at 555-0125.",
     "Tricky safe: treats the window as a facilities and privacy issue across the clinic without confirming any therapy or symptom."),
    (29, "EC", "Thank you! Pelvic floor recovery after a baby takes time, and we're so glad Leigh could help you get back on that trampoline.",
     "Repeats the pelvic floor therapy, the baby and the trampoline detail and credits the therapist with the reviewer's recovery."),
    # r30
    (30, "", "Thank you for sharing your concerns. Every payment option should be explained clearly before anyone commits, and our office manager would like to talk with you. Please call Lisa Tran at 555-0137.",
     "Tricky safe: speaks about payment options as an operational standard without confirming visits, X-rays, the diagnosis or the amount."),
    (30, "ECD", "Your X-rays clearly showed loss of the cervical curve, and the 36-visit agreement you signed states refunds aren't available after the first week.",
     "Cites the reviewer's X-rays and signed agreement, repeats the visit count and argues with him."),
    # r31
    (31, "", "Thanks for the kind words! We'll make sure PA Dominguez hears them. Evenings and weekends are exactly when we want to be there for our neighbors.",
     "Passes praise to the named PA and speaks about hours in general without mentioning the child or the injury."),
    (31, "EC", "Glad we could get that hook out for Brody! Tell him he was the bravest scout we've seen all week 🎣",
     "Names the child, repeats the fishhook and the scouting detail and confirms he was treated."),
    # r32
    (32, "", "We're sorry to hear about this. Every concern about an evaluation is reviewed by our medical director, and we'd like to listen. Please reach our occupational health manager, Tomas Rey, at 555-0153.",
     "Offers a review and a named contact without confirming an exam, the injury, the claim or the employer."),
    (32, "ENCD", "We stand by the return-to-work decision: your exam that day showed full strength and normal reflexes, and those notes have already gone to your employer's comp carrier.",
     "Confirms the exam, adds findings the reviewer never posted, refers to the comp claim and defends the decision."),
    # r33
    (33, "", "Thank you for letting us know. We want every person who walks in to feel listened to and fully informed, and we'd welcome a direct conversation. Please call our nurse manager, Faye Lin, at 555-0144.",
     "Invites a conversation in general terms without confirming vaccines, a pregnancy or the trip."),
    (33, "E", "Thank you for letting us know. Asking every traveler about pregnancy before any live vaccine is a standard we take seriously, and our nurse manager would like to talk. Please call Faye Lin at 555-0144.",
     "Tricky: phrased as a practice-wide standard, but it restates the pregnancy and the live vaccine from the review, and clinical topics are never allowed."),
    # r34
    (34, "", "Thank you for the kind words about Tuan! Accurate billing matters to everyone we serve, and if anything still looks off, our billing desk is happy to help at 555-0112.",
     "Tricky safe: passes praise to the named pharmacist and treats billing accuracy as an operational matter without naming the vaccines or the plan."),
    (34, "ECM", "Thanks! Soreness and chills after Shingrix are common and usually pass within a day or two, so a cool compress and some rest are all you need.",
     "Repeats the vaccine and the reaction as hers, which confirms it was given here, and gives aftercare advice."),
    # r35
    (35, "", "Thank you for the feedback. We're always looking at how quickly forms and notes go out and how copays are applied, and we'd be glad to talk it through. Please contact our office manager, Kim Albright, at 555-0175.",
     "Tricky safe: treats forms and copays as operational matters without mentioning the twins, the illness or any visit."),
    (35, "ENC", "Hope Ada and Milo are feeling better! We've updated both of their charts so the daycare note prints automatically at checkout next time.",
     "Names both children, confirms they are patients and adds a chart change that was never mentioned."),
    # r36
    (36, "", "We are deeply sorry to read this. Every family deserves to feel heard from the very first conversation, and our clinical director personally reviews concerns like this. Please call Dr. Renata Ilic at 555-0131.",
     "Expresses concern in practice-wide terms and offers the clinical director without confirming an intake or mentioning the daughter or her illness."),
    (36, "EMD", "Weight alone doesn't define an eating disorder, and our therapists are trained never to comment on a teen's appearance; residential care is a big step that usually follows a full outpatient trial.",
     "Tricky: avoids 'your daughter', but it restates the eating disorder and residential care, gives a clinical judgement and defends the therapist."),
    # r37
    (37, "", "Gracias por compartir su experiencia. Queremos que todas las personas conozcan los costos antes de cualquier servicio, y nuestra coordinadora de facturación con gusto le atenderá al 555-0149.",
     "Tricky safe: a reply in Spanish that treats price transparency as an operational matter without confirming a scan, a diagnosis or the amount."),
    (37, "ECI", "Lamentamos mucho el cobro de la tomografía, don Rogelio. Le vamos a aplicar un descuento del 50% a su cuenta para compensar.",
     "Names the reviewer, repeats the CT scan charge, confirms an account and offers a public discount."),
    # r38
    (38, "", "¡Muchas gracias por sus amables palabras! Compartiremos su mensaje con Maritza y con el Dr. Iwasaki. Para todo nuestro equipo es un honor servir a la comunidad.",
     "Tricky safe: a Spanish reply that thanks the named staff without mentioning the father, dialysis or any result."),
    (38, "ECMG", "¡Gracias! Nos alegra que don Jesús esté mejor; si sigue su dieta y no falta a sus sesiones de diálisis, su potasio se mantendrá normal siempre.",
     "Names the father, repeats dialysis and potassium, gives dietary advice and promises a lasting result."),
    # r39
    (39, "", "¡Muchísimas gracias por tomarse el tiempo de escribir! Compartiremos sus palabras con la Dra. Salcedo y con Yadira, que estarán felices de leerlas.",
     "Tricky safe: a Spanish reply that passes praise to the named staff without mentioning any pregnancy, birth or child."),
    (39, "EC", "¡Felicidades por Ximena! Fue un placer acompañarla durante su embarazo, y la esperamos pronto en su próximo control.",
     "Names the baby, refers to the pregnancy and invites the reviewer to her next check-up, which confirms she is a patient."),
    # r40
    (40, "", "Thank you for taking the time to write something so generous. We'll make sure Yolanda, Paulette and Dr. Abara read your words. Caring for every resident with dignity, and welcoming the people who love them, is what our whole community is here for.",
     "Tricky safe: thanks the three staff members the reviewer named and states a community-wide value without mentioning the husband, his condition or hospice."),
    (40, "EC", "Thank you, Loretta! It is a privilege to care for Dez, and we'll save him a front-row seat for the Bethel choir every Sunday.",
     "Names the reviewer and her husband, repeats the church, and confirms he is a resident."),
    # r41
    (41, "", "Thank you for the feedback. We know school-day scheduling and fees matter to families, and our treatment coordinator would be glad to talk through options. Please call Becca Sloan at 555-0116.",
     "Tricky safe: discusses scheduling and fees as practice-wide operational topics without mentioning the child, the brackets or any amount."),
    (41, "ECMD", "Brackets usually pop off because of crunchy snacks like Takis, which is why our repair fee applies; keeping him off hard chips is the best way to avoid it.",
     "Repeats the brackets and the Takis, applies the repair fee to the child, blames his diet and gives care advice."),
    # r42
    (42, "", "Thank you for such a kind review! We'll pass it along to Dr. Parikh and the team. Making every child feel safe and respected in the chair is what we care about most.",
     "Thanks the reviewer and passes praise to the named dentist with a practice-wide value, without mentioning the child, his diagnosis or any treatment."),
    (42, "ENC", "We adore Jonah! We've added a note to his chart to keep the lights dimmed and the lap pad ready at his six-month cleaning.",
     "Names the child, confirms he is a patient, repeats the lap pad and adds a chart note and a future cleaning."),
    # r43
    (43, "", "We're sorry to read this. Every concern about the care someone receives here is reviewed by our medical director, and we'd like to hear more directly. Please call our clinic manager, Arturo Vance, at 555-0173.",
     "Offers a review and a named contact in general terms without confirming a visit or repeating the injury, workplace or address."),
    (43, "ENCMD", "We're sorry about your leg! Our notes show the wound was cleaned and closed per protocol, but to be safe please keep it elevated and finish any antibiotics until it heals.",
     "Refers to the reviewer's leg and the closure, cites notes with new details, defends the care and gives wound-care advice."),
    # r44
    (44, "", "Thank you for the feedback. Wait times and our check-in kiosks are something we're actively working on, and we appreciate you pointing them out.",
     "Tricky safe: addresses wait times and the kiosk as operational issues, which the policy allows."),
    (44, "CDG", "We're sorry about the wait during your visit, but we were short two providers that evening due to illness. We promise you'll never wait that long again.",
     "Says 'your visit', makes excuses about staffing and promises a future outcome."),
    # r45
    (45, "", "Thank you so much! We'll share this with Dr. Amadi and Rhett. We're proud of our frame wall and even prouder of our team.",
     "Thanks the reviewer and passes praise to the named staff; the review has no PHI and the reply adds none."),
    (45, "CN", "Thank you! We're glad your new frames turned out so well, and we'll see you next year for your annual exam.",
     "Tricky: the review mentions no purchase or exam, so 'your new frames' and 'your annual exam' confirm and add details about the reviewer."),
    # r46
    (46, "", "Thank you for the feedback. Prior authorizations should never be allowed to lapse, and our insurance coordinator would like to help. Please call Mireille Dubois at 555-0141.",
     "Tricky safe: treats prior authorizations as a practice-wide administrative issue without naming the drug, the carrier or the condition."),
    (46, "ENCG", "So glad the peach fuzz is coming in! We've resubmitted your Olumiant paperwork, and your hair will be fully back before the holidays.",
     "Repeats the regrowth and the drug, adds a resubmission the review never mentioned and promises full regrowth."),
    # r47
    (47, "", "We're very sorry to read this. Concerns about the quality of care are reviewed directly by our medical director, and we would welcome the chance to speak with you. Please call our practice manager, Colin Ashby, at 555-0107.",
     "Offers a review and a named contact without confirming that the mother is a patient or mentioning any diagnosis."),
    (47, "ENCD", "We're sorry about Irene's diagnosis, but our records show Dr. Greaves ordered labs in October and she declined a referral to GI at that visit.",
     "Names the mother, repeats the diagnosis, cites records with new details and contradicts the reviewer."),
    # r48
    (48, "", "Thank you so much for taking the time to share this. We'll make sure Dr. Obi and Janelle see your kind words; quick, caring communication is something our whole team works hard at.",
     "Passes praise to the named staff and states a practice-wide value without mentioning any scan, procedure or result."),
    (48, "ENCM", "What wonderful news! Your follow-up CT in six months should confirm the scar is stable, and Janelle will call to schedule it.",
     "Refers to the reviewer's scar, gives a clinical expectation and adds a follow-up scan and scheduling call that the review never mentioned."),
    # r49
    (49, "", "Thank you for the feedback. Requests to review or correct information should get a prompt answer, and our records manager would like to help. Please call Greta Lindholm at 555-0135.",
     "Tricky safe: treats record-correction requests as an operational matter without mentioning the diagnosis, the drinking or the insurer."),
    (49, "ENCMD", "The note reflects the AUDIT screening you completed, and with F2 fibrosis even two beers a week is too much, so PA Dunleavy's advice stands.",
     "Cites a screening the reviewer never mentioned, repeats the fibrosis and the drinking, gives clinical advice and defends the provider."),
    # r50
    (50, "", "Thank you for the feedback. No one should feel pressured into any package or product, and we're reviewing how our team presents options. Please call our practice manager, Lyle Brenner, at 555-0179, and we'll remove anyone who asks from marketing emails.",
     "Tricky safe: addresses sales pressure and marketing emails as practice-wide operational matters without mentioning the condition, results or drugs."),
    (50, "ECMI", "We hear you! A testosterone of 212 is on the low side and shockwave works best alongside Cialis, so come back and we'll take 20% off the package.",
     "Repeats the lab value and the treatments, gives a clinical judgement, invites a return visit and offers a discount."),
    # r51
    (51, "", "Thank you for the detailed feedback. Scheduling accuracy and clear pricing matter for everyone we serve, and our operations lead would like to hear more. Please call Dmitri Hale at 555-0193.",
     "Treats scheduling and pricing as practice-wide operational topics without mentioning Lyme, the infusions or the line."),
    (51, "E", "Thank you for the detailed feedback. Scheduling accuracy for infusion chairs and clear pricing on line care matter for everyone we serve. Please call Dmitri Hale at 555-0193.",
     "Tricky: written as practice-wide operations, but 'infusion chairs' and 'line care' allude to the reviewer's IV treatment and PICC line."),
    # r52
    (52, "", "We're very sorry to read this. Concerns like this are reviewed by our medical director the same day they are raised, and we'd like to hear from you directly. Please call our clinic manager, Sofia Brandt, at 555-0166.",
     "Offers a review and a named contact without confirming an injection, the reaction or the daughter."),
    (52, "ENCG", "We're so sorry about your reaction after your injection! Darlene has been retrained, we've lowered your dose, and this will never happen to you again.",
     "Confirms the reaction and the injection, adds a dose change and promises it will never happen again."),
    # r53
    (53, "", "Thank you for such a generous review! We'll share it with Dr. Laurent, and we're grateful you took the time to write.",
     "Thanks the reviewer and passes praise to the named doctor without mentioning the drug, the therapy or the school."),
    (53, "ECMG", "So glad CBT-I worked for you! Stick with the same wake time every morning, even on weekends, and you'll never need Ambien again.",
     "Repeats the therapy and the drug as hers, gives sleep instructions and promises she will never need the medication again."),
    # r54
    (54, "", "Thank you so much for the kind words! We'll be sure Dr. Ilunga and Bridget see this. Helping people get back to the things they love is why we do this work.",
     "Passes praise to the named staff with a general value statement, without mentioning the implant, the pain or the team."),
    (54, "E", "Thank you so much for the kind words! We'll be sure Dr. Ilunga and Bridget see this, and good luck to the Lady Hornets this season! 🥎",
     "Tricky: identical to a safe thank-you except for the last clause, which echoes the granddaughter's softball team named in the review."),
    # r55
    (55, "", "Thank you for sharing this. Accurate information about coverage and costs matters to every person we see, and our billing manager would like to review this with you. Please call Nora Quinlan at 555-0186.",
     "Tricky safe: treats coverage information as an operational matter without naming the orthotics, the carrier or the amounts."),
    (55, "ECD", "We're sorry you're unhappy, but custom orthotics are rarely covered, which is why we quote cash prices, and your mold was taken correctly at your fitting.",
     "Repeats the orthotics, confirms a fitting and defends the cash price and the mold against the reviewer's account."),
    # r56
    (56, "", "Thank you for the honest feedback. We want every person to leave with a clear understanding of how to reach us with questions, and we'd welcome a direct conversation. Please call our nurse manager, Patrice Doyle, at 555-0127.",
     "Invites a conversation in general terms without confirming infusions or mentioning the surgery, the iron or the side effect."),
    (56, "ECM", "We're sorry nobody warned you! Low phosphate after Injectafer is well known, so have your levels checked two weeks after each infusion from now on.",
     "Repeats the phosphate drop and the drug, confirms she was not warned, and gives monitoring instructions."),
    # r57
    (57, "", "Thank you for such a joyful review! We'll pass your kind words along to Dr. Farrow.",
     "Thanks the reviewer and passes praise to the named chiropractor without mentioning the pregnancy, the baby or any technique."),
    (57, "ENC", "Congratulations on baby Leona! We're so glad the Webster adjustments helped her turn, and we can't wait to check her alignment at her first newborn visit.",
     "Names the baby, repeats the technique and the breech turn, and books the newborn for a visit."),
    # r58
    (58, "", "Thank you for taking the time to write. We'll pass your kind words along to our team; they mean a great deal to everyone here.",
     "Thanks the reviewer without mentioning sobriety, any treatment, the counselor or family."),
    (58, "ENC", "Happy one year, Ray! 🎉 We're so proud of you, and Cheryl should be proud too. See you at the alumni meeting Thursday!",
     "Names the reviewer and his wife, celebrates his sobriety date and invites him to a program meeting he never mentioned."),
    # r59
    (59, "", "We're very sorry to read this. The safety of everyone who comes to us matters enormously, and we'd like to understand what happened. Please contact our pharmacy manager, Lionel Pruneda, at 555-0158.",
     "Expresses concern and offers a named contact without confirming the vaccines, the fainting or the child."),
    (59, "ECDI", "We're sorry Kaia fainted, but our technician followed standard seating guidance. We'll cover the dentist bill as a courtesy.",
     "Names the child, repeats the fainting, defends the technician and offers to pay the dentist bill."),
    # r60
    (60, "", "Thank you for the feedback. We want every process here to be quick and clearly explained, and our coordinator would like to hear more. Please email Priscilla Wong at occhealth@example.com.",
     "Invites contact in general terms without mentioning the asthma, the clearance, the drug screen or the employer."),
    (60, "ENC", "Thanks for the feedback! Your asthma clearance letter is on file and your repeat drug screen was negative, so you're all set for the 15th.",
     "Repeats the asthma and the drug screen, discloses a result the review never stated and confirms records on file."),
]
