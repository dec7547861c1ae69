"""Held-out blind evaluation set fresh_m: 50 reviews, 123 drafts. All text invented."""
PREFIX = "m"

REVIEWS = [
# 1 retired trucker
("google", "rheumatology", 1, "Dale Hutchins",
 "Hauled freight for thirty-one years out of [[LOCATION:Amarillo]] and never sat in a waiting room this long. I'm [[AGE:67]] and my [[HEALTH:knuckles are so swole up]] of a morning I can't hardly button a shirt. [[PROVIDER:Dr. Amsel]] gave me maybe ten minutes, said [[HEALTH:rheumatoid]] like he was reading off a grocery list, and wrote me for [[HEALTH:methatrexate]] without one word about what it does. Had to ask the pharmacist why it's a once-a-week pill. My wife [[PERSON:Lorraine]] called [[DATE_TIME:Tuesday]] and again [[DATE_TIME:Thursday]] just to get the [[HEALTH:bloodwork]] order fixed. Forty-minute drive from [[LOCATION:Canyon]] for that. Not worth the diesel."),
# 2
("healthgrades", "nephrology", 2, "Teresa Oyelaran",
 "[[PROVIDER:Dr. Kettering]] herself is thorough and explains my [[HEALTH:kidney numbers]] in plain English, which I appreciate. The front office is another story. They rescheduled my [[HEALTH:fistula check]] twice without calling, and the second time I only found out when I showed up at [[DATE_TIME:7am]] straight off the night shift at [[LOCATION:Mercy Linen Services]]. Nobody apologized. My [[HEALTH:GFR is down to 22]] and I don't have time to waste. Two stars for the doctor, zero for the desk."),
# 3
("facebook", "pulmonology", 5, "Gus Paterno",
 "Three cheers for [[PROVIDER:Dr. Nwachukwu]] and respiratory therapist [[PROVIDER:Reenie]]! By [[DATE_TIME:last winter]] I was [[HEALTH:huffing and puffing after one flight of stairs]] and [[HEALTH:sleeping propped up on three pillows]]. They ran the [[HEALTH:breathing tests]], figured out it was [[HEALTH:COPD]] and not just old age, and got me on a [[HEALTH:purple disk inhaler]]. Walked the whole mall loop with my walking group [[DATE_TIME:yesterday]] without stopping once. Thank you!!"),
# 4 nurse now a patient, long
("google", "neurology", 1, "Renata Kowalczyk",
 "I've worked as an ICU nurse for nineteen years, most of them at [[LOCATION:St. Agnes]], so I know what a real neuro workup looks like. This was not it. I was referred [[DATE_TIME:last October]] for [[HEALTH:numbness creeping up both feet]] and [[HEALTH:my left hand randomly dropping things]], mostly coffee cups, which is funny until it isn't. [[PROVIDER:Dr. Halvorsen]] [[HEALTH:checked my reflexes]], had me [[HEALTH:walk heel to toe]], and then told me it was probably [[HEALTH:stress]] because 'nurses are always burnt out.' When I asked about a [[HEALTH:nerve conduction study]] or an [[HEALTH:MRI of my neck]], I got a look like I was trying to do his job. I understand I was the patient in that room and not a colleague. But I'm [[AGE:46]], my mother had [[HEALTH:MS]], and I said so twice. [[DATE_TIME:Six weeks later]] I paid [[FINANCIAL:$1,340]] out of pocket under my [[FINANCIAL:Humana]] plan for an [[HEALTH:EMG]] somewhere else, and it showed [[HEALTH:demyelinating changes]]. Nobody from this office ever called about the [[HEALTH:labs]] they did draw. When I finally called, the scheduler read my [[HEALTH:B12 level]] to me over the phone, at the front desk, with a full waiting room listening. I've filed a formal complaint. To my fellow nurses: advocate for yourself the way you would for your patients."),
# 5
("yelp", "pain_management", 1, "Corey B.",
 "Four years of [[HEALTH:shots in my lower back]] and now they drop me with a form letter because my [[HEALTH:pee test]] flagged something, probably a poppy seed muffin. I swear. [[PROVIDER:Dr. Saberi]] wouldn't even see me, just sent the PA. My [[HEALTH:Norco]] got cut off cold turkey and [[DATE_TIME:Saturday night]] I was [[HEALTH:sweating and shaking]] on the couch. Treat people like humans."),
# 6
("zocdoc", "infectious_disease", 4, "Jon-Michael Ferris",
 "Booked here after my old [[HEALTH:PrEP]] prescriber retired. [[PROVIDER:Dr. Oduya]] was calm, zero judgment, and walked me through the [[HEALTH:quarterly labs]] and why they keep an eye on [[HEALTH:kidney function]]. Only gripe: the lab is in a separate building and nobody tells you that, so I wandered around for fifteen minutes. Otherwise my new go-to."),
# 7 non-native speaker
("google", "travel_clinic", 2, "Yoon-hee Park",
 "I am student from Korea, my English is not so good, sorry. I book appointment for [[HEALTH:yellow fever shot]] and [[HEALTH:typhoid pills]] because I travel to my sister wedding in [[DATE_TIME:May]]. Lady at front desk speak very fast and when I ask again she sigh very loud. After, they say the shot is [[FINANCIAL:$285]] and insurance not cover, nobody tell me before. [[PROVIDER:Nurse Bettina]] was kind and explain slowly. Thank you to her only."),
# 8
("facebook", "occupational_health", 1, "Wade Pruitt",
 "[[LOCATION:Hollister Freight]] sends all of us forklift operators here for our [[HEALTH:fit-for-duty physicals]] and [[HEALTH:random drug screens]]. [[DATE_TIME:Monday]] they failed me on the [[HEALTH:hearing test]] while a leaf blower was going right outside the booth, and now I'm off the floor until I get a [[HEALTH:retest]]. Then the tech told my supervisor [[PERSON:Gary]] my [[HEALTH:blood pressure was 150 over 95]] before she even told me. Is that even legal?"),
# 9
("healthgrades", "bariatric_surgery", 5, "Lynette Carver",
 "[[DATE_TIME:One year ago today]] I had my [[HEALTH:sleeve]] with [[PROVIDER:Dr. Beaumont]], and I'm down [[HEALTH:118 pounds]]. I've gone from a [[HEALTH:CPAP]] and [[HEALTH:two sugar pills]] to nothing at all. The dietitian [[PROVIDER:Marnie]] answered every panicky message I sent her. I'm [[AGE:52]] and [[DATE_TIME:last weekend]] I rode a bike for the first time since high school while my daughter [[PERSON:Kiera]] cried and filmed the whole thing. This team gave me my life back."),
# 10
("google", "plastic_surgery", 1, "A Google User",
 "Paid [[FINANCIAL:$9,800]] for a [[HEALTH:tummy tuck]] and the [[HEALTH:scar sits a good inch higher on the left]]. [[PROVIDER:Dr. Lisbon]] keeps telling me it'll 'settle.' It's been eight months. The [[HEALTH:drain site got infected]] [[DATE_TIME:the first week]] and I ended up at urgent care on a [[DATE_TIME:Sunday]] because nobody picked up the after-hours line. Still paying it off through [[FINANCIAL:CareCredit]]. Don't."),
# 11
("yelp", "hand_surgery", 3, "Priyanka D.",
 "[[HEALTH:Carpal tunnel release on my right hand]] went smoothly and the [[HEALTH:tingling]] that used to wake me up is gone, so credit to [[PROVIDER:Dr. Fenwick]]. Three stars because of the office. I interpret ASL for [[LOCATION:Lakeview Unified]] and needed a simple return-to-work note. It took three weeks and two phone calls, and I lost a week of pay waiting on it."),
# 12 grandmother writing for a grandchild
("facebook", "pediatric_dentistry", 5, "Dolores Whitaker",
 "I am writing this for my grandson [[PERSON:Tobias]], who is [[AGE:five]] and has [[HEALTH:autism]]. His mama works weekends so Grandma does the dentist. [[PERSON:Tobias]] was so scared of his first [[HEALTH:cleaning]] but [[PROVIDER:Dr. Sunny]] let him keep his big headphones on and count teeth with a puppet named Chomp. He needed [[HEALTH:two little fillings]] and they gave him the [[HEALTH:happy gas]] and he giggled the whole time. He told everybody at [[LOCATION:Bethel Lutheran]] preschool about it on [[DATE_TIME:Monday]]. God bless you all. -- Grandma [[PERSON:Dee]]"),
# 13
("google", "periodontics", 1, "Martin Szabo",
 "First consult and they told me I had [[HEALTH:6 mm pockets]] and needed [[HEALTH:gum surgery]] on all four quadrants, [[FINANCIAL:$2,600]] after insurance, sign today for the 'discount.' I got a second opinion closer to home in [[LOCATION:Brookfield]] and they said a [[HEALTH:deep cleaning]] would do it. When I asked for copies of my [[HEALTH:x-rays]], the treatment coordinator [[PROVIDER:Alana]] got snippy and said it would take ten business days. Predatory. If the manager wants to explain, I'm at [[CONTACT:mszabo.home@example.net]]."),
# 14 Spanish
("zocdoc", "oral_surgery", 2, "Rigoberto Salas",
 "Me sacaron las [[HEALTH:muelas del juicio]] el [[DATE_TIME:martes]] y la [[PROVIDER:Dra. Ibáñez]] fue muy amable. Pero nadie me explicó los cuidados después de la cirugía, y el [[DATE_TIME:jueves]] ya tenía [[HEALTH:la cara hinchada]] y [[HEALTH:fiebre]]. Llamé tres veces y nadie contestó. Al final me cobraron [[FINANCIAL:$640]] aunque tengo [[FINANCIAL:Delta Dental]]. Muy mal servicio en la recepción."),
# 15
("healthgrades", "endodontics", 5, "Harold Eng",
 "Dreaded this [[HEALTH:root canal]] for months and it was honestly easier than getting a haircut. [[PROVIDER:Dr. Castellanos]] kept checking I was comfortable, talked me through every step, and I was back at my desk at [[LOCATION:Pemberton Title]] by [[DATE_TIME:2pm]]. Slept like a baby [[DATE_TIME:that night]]. Wish every specialist ran like this."),
# 16
("yelp", "prosthodontics", 3, "Bev Lindqvist",
 "My new [[HEALTH:upper denture]] looks natural, I'll give them that. But it [[HEALTH:rocks when I chew]] and I've been back for [[HEALTH:adjustments]] four times. Every time, it's a [[FINANCIAL:$35]] parking fee in that garage because there's no validation. I'm [[AGE:79]] and on a fixed income. I'd like to eat something besides soup."),
# 17
("google", "tmj_clinic", 1, "Sasha Greer",
 "[[FINANCIAL:$3,100]] out of pocket for a [[HEALTH:night guard]] and six [[HEALTH:laser sessions]], and my [[HEALTH:jaw still clicks]] and [[HEALTH:locks up when I yawn]]. They're not in-network with anyone, which you find out AFTER the consult. My [[HEALTH:headaches]] are exactly the same. Save your money."),
# 18
("facebook", "lactation", 5, "Hannah Ruiz-Ortega",
 "[[PROVIDER:Joyce]] saved us, plain and simple. Baby [[PERSON:Ivy]] was [[AGE:nine days old]], [[HEALTH:wouldn't latch]], and I was [[HEALTH:cracked and bleeding]] and crying more than she was. [[PROVIDER:Joyce]] came out to our apartment in [[LOCATION:Fremont]] [[DATE_TIME:the same evening]], spotted a [[HEALTH:tongue tie]] that two other people missed, and got us to the right people. [[DATE_TIME:Six weeks later]] we're [[HEALTH:exclusively breastfeeding]]. Worth every penny."),
# 19
("google", "midwifery", 5, "Keisha Montgomery",
 "Had my [[HEALTH:second baby]] with the midwives here in [[DATE_TIME:June]] and I can't say enough. After an [[HEALTH:emergency C-section]] with my first, everyone told me a [[HEALTH:VBAC]] was a long shot. Our midwife [[PROVIDER:Orla]] never once made me feel like a risk factor. My son [[PERSON:Zion]] arrived in a [[HEALTH:water birth]] at [[DATE_TIME:4:12am]], [[HEALTH:9 lbs 2 oz]], and I was home [[DATE_TIME:the next day]]. Thank you, thank you."),
# 20 long rambling
("google", "ivf", 1, "Lauren Mazur",
 "I've rewritten this review four times because I wanted to be fair, so here's the long version. My husband [[PERSON:Nate]] and I came to this clinic after two years of [[HEALTH:trying to get pregnant]]. I was [[AGE:38]], my [[HEALTH:AMH was low]], and everyone said [[PROVIDER:Dr. Holloway]] was the best in the region. The first consult was genuinely great. Then the machine took over. Our nurse coordinator [[PROVIDER:Shay]] was lovely but clearly had about three hundred patients, and messages sat in the portal for days. My [[HEALTH:egg retrieval]] got moved [[DATE_TIME:the night before]] because of a 'scheduling conflict,' which meant re-timing my [[HEALTH:trigger shot]] at [[DATE_TIME:11pm]] from a voicemail. We got [[HEALTH:nine eggs]], [[HEALTH:two embryos made it]], and the [[HEALTH:transfer]] happened [[DATE_TIME:the Friday before Memorial Day]]. Then the part I can't get past: the [[HEALTH:negative beta]] came as a voicemail from a number I didn't recognize, left [[DATE_TIME:Tuesday afternoon]] while I was at work at [[LOCATION:Greer Whitford Architects]]. I listened to it in a stairwell. Nobody called back to talk about next steps. [[DATE_TIME:Two weeks later]] we got a statement for [[FINANCIAL:$7,450]] that [[FINANCIAL:Progyny]] had supposedly already covered. We still have [[HEALTH:one frozen embryo]] there, and honestly I don't know if I can walk back in. This was our first round of [[HEALTH:IVF]] and I expected to be treated like a person, not a cycle number. If you're considering this place, ask up front exactly how results are delivered."),
# 21
("zocdoc", "gender_affirming_care", 4, "River K.",
 "First place that got my name and pronouns right on the first try, every single person. [[PROVIDER:Dr. Amari]] explained [[HEALTH:estradiol]] dosing and the [[HEALTH:blood work]] schedule without making me feel like a science project. I started [[HEALTH:HRT]] in [[DATE_TIME:March]] and feel more like me than I have in years. Minus one star because the patient portal still greets me by my old name."),
# 22
("google", "addiction_medicine", 2, "Tommy Acevedo",
 "I get my [[HEALTH:methadone]] here every morning and I've been [[HEALTH:clean]] since [[DATE_TIME:last Easter]], and a lot of credit goes to the counselors, especially [[PROVIDER:Marcus]]. But the line when the doors open goes out to the parking lot, and I'm late to my shift at [[LOCATION:Dunmore Tire]] twice a week. And the security guard yells across the lobby about my [[HEALTH:take-home doses]] like it's nobody's business. Two stars."),
# 23
("yelp", "eating_disorder_program", 1, "J. Albrecht",
 "My daughter [[PERSON:Clara]] is [[AGE:15]] and spent six weeks in the [[HEALTH:partial hospitalization program]] here for [[HEALTH:anorexia]]. They say they do [[HEALTH:blind weights]], but a tech read her number out loud in group, and she came home [[DATE_TIME:that night]] sobbing. Two other girls told her they'd been [[HEALTH:purging]] in the unlocked bathroom and no one noticed, and she started doing it too. Her coach at [[LOCATION:Westbrook High]] caught it before the staff here did. We pulled her out in [[DATE_TIME:October]]. Please do your research."),
# 24
("facebook", "aba_therapy", 3, "Jasmine Toller",
 "Mixed feelings. The BCBA [[PROVIDER:Kaitlyn]] is wonderful with my son [[PERSON:Desmond]], who is [[AGE:4]] and [[HEALTH:nonverbal]]. After a year of [[HEALTH:ABA]] he uses his [[HEALTH:talker]] to ask for crackers and to say 'mama,' which made me cry in the car. But he's had four different techs since [[DATE_TIME:January]], and his [[FINANCIAL:Medicaid]] authorization (number [[ID:MCD-4471902]], since nobody there seems to have it) lapsed for three weeks because nobody sent the paperwork. We lost those hours and no one called."),
# 25
("healthgrades", "occupational_therapy", 5, "Walt Brennan",
 "After my [[HEALTH:stroke]] in [[DATE_TIME:February]] I [[HEALTH:couldn't hold a fork or button my own shirt]]. [[PROVIDER:Ms. Tran]] worked with me twice a week with clothespins and putty and a whole lot of patience. [[DATE_TIME:Yesterday]] I tied my first fly in a year for my grandson [[PERSON:Cody]]. I'm [[AGE:70]] and stubborn, and she was more stubborn. Best therapist in the county."),
# 26 long rambling, daughter about mother
("google", "geriatric_care", 1, "Sharon Delacroix-Mills",
 "My mother [[PERSON:Bernadette]] is [[AGE:91]] and has been with this practice for years, so this is hard to write. In [[DATE_TIME:early March]] she [[HEALTH:fell]] in her apartment at [[LOCATION:Maple Court]] and was [[HEALTH:bruised all down her hip]]. Because she's on [[HEALTH:cumadin]] I called the office right away. The nurse said to 'watch it.' [[DATE_TIME:Two days later]] she was [[HEALTH:talking to people who weren't there]] and [[HEALTH:didn't know my name]]. I called again and again, and when [[PROVIDER:Dr. Petrakis]] finally returned the call [[DATE_TIME:that Friday at 6:40pm]], he said to take her to the ER, where they found a [[HEALTH:bladder infection]] and her [[HEALTH:blood was way too thin]]. She spent four nights admitted. Afterwards the NP, [[PROVIDER:Gwen]], was kind but told me the practice 'can't be expected to manage every phone call from family.' I'm her daughter and her health care proxy. I drive in from [[LOCATION:Hendricks County]] twice a week. I'm not 'family calling,' I'm the person keeping her alive. We have switched doctors, and it breaks my heart, because some of the staff here have known her for a long time. I'm leaving this so other families know to insist on being heard, and to write down every call and every name. If anyone from the office actually wants to talk, my cell is [[CONTACT:(317) 555-0142]]."),
# 27
("zocdoc", "memory_clinic", 4, "Ed Fontaine",
 "Brought my wife [[PERSON:Marguerite]] in for [[HEALTH:memory testing]] after she [[HEALTH:got lost driving home]] from church. [[PROVIDER:Dr. Greenberg]] talked to her, not just to me, even when the news was [[HEALTH:early Alzheimer's]]. That dignity meant everything. One star off because the waiting room is loud and crowded, which is hard on people who are already confused."),
# 28
("facebook", "low_vision", 5, "Agnes Poole",
 "At [[AGE:88]] with [[HEALTH:macular degeneration]] in both eyes, I thought my reading days were over. [[PROVIDER:Mr. Obi]] spent a whole hour fitting me with a [[HEALTH:lighted magnifier]] and a [[HEALTH:talking watch]], and now I can follow the hymn numbers at [[LOCATION:First Methodist]] again. My neighbor typed this for me. Five stars isn't enough."),
# 29
("yelp", "lasik", 1, "Derek T.",
 "[[HEALTH:LASIK]] [[DATE_TIME:last spring]], [[FINANCIAL:$4,400]] for both eyes. Now I get [[HEALTH:halos around every headlight]] and I drive a delivery route for a living, so evenings are out. My [[HEALTH:eyes are so dry]] I'm putting [[HEALTH:drops]] in every hour. The 'lifetime [[HEALTH:enhancement]]' they sold me on only applies if your [[HEALTH:cornea is thick enough]], and mine apparently isn't. [[PROVIDER:Dr. Vishwanathan]] hasn't laid eyes on me since the [[HEALTH:one-day check]]. Buyer beware."),
# 30
("google", "hearing_aids", 2, "Bill Kaczmarek",
 "[[PROVIDER:Dr. Penn]] did a thorough [[HEALTH:hearing test]], no complaints there. But I paid [[FINANCIAL:$5,200]] for [[HEALTH:hearing aids]] even after [[FINANCIAL:TruHearing]], and the left one squeals every time I put on a hat. Three trips back, three 'fixes.' I missed half of my granddaughter [[PERSON:Sophie]]'s piano recital [[DATE_TIME:last Saturday]] fiddling with it. For that kind of money it should just work."),
# 31 HTML-like
("healthgrades", "orthotics", 3, "Nadia Farouk",
 "The good: [[PROVIDER:Kenji]] did the [[HEALTH:foot casting]] quickly and explained everything.<br><br>The bad: my [[HEALTH:custom orthotics]] took seven weeks instead of two, and nobody called when they were late. I stand ten hours a shift on a tile floor at [[LOCATION:Olive &amp; Ash]] with [[HEALTH:plantar fasciitis]] &amp; [[HEALTH:flat feet]], so those weeks hurt.<br>Paid [[FINANCIAL:$450]] up front.<br>Mixed."),
# 32
("facebook", "sports_medicine", 5, "Tony Ramirez",
 "Huge shout-out to [[PROVIDER:Dr. Kessler]] and athletic trainer [[PROVIDER:Bri]]. My daughter [[PERSON:Luz]] [[HEALTH:rolled her ankle]] at a [[LOCATION:Northside Strikers]] tournament [[DATE_TIME:Saturday morning]], and they got her in [[DATE_TIME:that afternoon]]. [[HEALTH:X-ray]], [[HEALTH:lace-up brace]], and a written [[HEALTH:return-to-play plan]] before we left. She's [[AGE:13]] and was back on the field in three weeks. This is the place for young athletes."),
# 33
("google", "cardiac_rehab", 5, "Ray Okafor",
 "Thirty-six sessions of [[HEALTH:cardiac rehab]] after my [[HEALTH:triple bypass]], and I feel better at [[AGE:72]] than I did at [[AGE:60]]. [[PROVIDER:Nurse Dottie]] kept my [[HEALTH:blood pressure]] log like it was her own and never let me skip the cooldown. Walked a 5K with my grandkids on [[DATE_TIME:New Year's Day]]. God bless this crew."),
# 34
("yelp", "dermatopathology", 1, "Carla V.",
 "Never set foot in this lab, never met a single person here, and got a bill for [[FINANCIAL:$487]] for 'reading' my [[HEALTH:skin biopsy]]. It was a [[HEALTH:seborrheic keratosis]]. [[HEALTH:Benign]]. My [[FINANCIAL:Blue Shield]] EOB says they're out-of-network, which I had no way of knowing. Called [[DATE_TIME:4/2]] and was told to 'take it up with your dermatologist.' Account [[ID:DP-220931]] if anyone there cares to look."),
# 35 texting style
("google", "tattoo_removal", 3, "jess m",
 "ok so im 5 sessions into [[HEALTH:lasering my ex's name off my wrist]] lol. fading good but the [[HEALTH:blisters]] after session 3 were no joke, had to wear long sleeves to work for a week. [[PROVIDER:tay]] at the front desk is a sweetheart tho. 3 stars bc they raised it to [[FINANCIAL:$180]] a session in the middle of my package?? not cool"),
# 36
("healthgrades", "hair_restoration", 1, "Greg Abernathy",
 "[[HEALTH:FUE transplant]] for [[FINANCIAL:$11,500]] [[DATE_TIME:fourteen months ago]]. Maybe [[HEALTH:40% of the grafts took]], and the [[HEALTH:crown is as thin as before]]. The consultant [[PROVIDER:Troy]] literally said 'guaranteed density' in the consult, but now it's 'individual results vary' and 'have you been taking your [[HEALTH:finasteride]]?' Yes, I have. Every day. Stay away."),
# 37
("google", "weight_loss_clinic", 2, "Monique Harrell",
 "Started [[HEALTH:semaglutide]] here at [[FINANCIAL:$399 a month]]. Lost [[HEALTH:22 lbs]], great, but I was [[HEALTH:throwing up]] most mornings and the nurse [[PROVIDER:Felicia]] just said 'push through.' Nobody asked about my [[HEALTH:thyroid history]] until I brought it up myself at [[DATE_TIME:week six]]. Two stars because [[PROVIDER:Felicia]] does answer texts."),
# 38 texting style
("facebook", "iv_hydration", 1, "brittany k",
 "came in [[DATE_TIME:sunday morning]] after my cousins bachelorette for the [[HEALTH:hangover drip]] and the girl [[HEALTH:missed my vein]] like 3 times. [[HEALTH:whole forearm is purple]] now and it [[HEALTH:still hurts to bend]]. [[FINANCIAL:$229]] for that?? dm [[CONTACT:@brittkay.fit]] if u want pics, not posting them here lol"),
# 39
("google", "veterans_clinic", 1, "Luis Dominguez",
 "Third time writing about this place. I was referred here through [[FINANCIAL:VA Community Care]] for my [[HEALTH:PTSD]] and the [[HEALTH:nightmares]]. I've been waiting since [[DATE_TIME:Veterans Day]] for a [[HEALTH:sleep study]] referral that nobody can find, authorization [[ID:7730214]] if you want to look. My [[HEALTH:prazosin]] ran out [[DATE_TIME:last week]] and the refill line goes to a full voicemail box. My buddy [[PERSON:Hector]] from my old unit goes here too and says it's the same for him. We earned better than this."),
# 40 grad student
("yelp", "student_health", 2, "Priya Natarajan",
 "Fifth-year PhD student at [[LOCATION:Calloway University]], so I'm stuck with this place. Came in [[DATE_TIME:the week before my quals]] with what turned out to be a [[HEALTH:sinus infection]] and got handed a [[HEALTH:Z-pack]] in four minutes flat with no exam. When I said my [[HEALTH:anxiety]] was through the roof, the NP told me [[HEALTH:counseling]] had a six-week wait and I should try yoga. Two stars because the pharmacy window is genuinely fast."),
# 41 Spanish
("google", "dental", 1, "Graciela Mendoza",
 "Llevé a mi mamá [[PERSON:Rosario]], de [[AGE:74 años]], para su [[HEALTH:dentadura postiza]] en [[DATE_TIME:diciembre]]. Pagamos [[FINANCIAL:$1,200]] porque [[FINANCIAL:Medi-Cal]] no cubría todo. La dentadura [[HEALTH:le lastima las encías]] y ya no puede comer tortillas. Cuando llamé para pedir un [[HEALTH:ajuste]], la recepcionista me dijo que tenía que esperar dos meses. Mi mamá llora por las noches. Muy decepcionada."),
# 42 Spanish
("facebook", "primary_care", 5, "Ernesto Quiroga",
 "La [[PROVIDER:Dra. Villalobos]] es muy paciente y me explica todo en español. Desde que me controla la [[HEALTH:presión alta]] y el [[HEALTH:azúcar]] me siento mucho mejor, y mi esposa [[PERSON:Lupita]] dice que ya no ando de mal humor, jaja. Las muchachas de la recepción son muy amables. Tengo [[AGE:63 años]] y por fin tengo un doctor de confianza."),
# 43 terse one-liner, no PHI
("yelp", "urgent_care", 1, "K. Dunn",
 "Waited two hours, left without being seen. Never again."),
# 44 no PHI
("google", "urgent_care", 4, "Marcus Lee",
 "Clean, fast, friendly. Front desk explained the self-pay prices before anything happened, which I appreciated. Parking lot is tight though."),
# 45 no PHI
("healthgrades", "dental", 3, "Jean-Paul Arsenault",
 "Staff were lovely once I got upstairs. But the office is on the third floor, the elevator was out of order, and there's no sign telling you about the ramp entrance around back. I only found out from the mail carrier. Fix the signs."),
# 46
("zocdoc", "allergy_immunology", 2, "Theo Marchetti",
 "I've been getting [[HEALTH:allergy shots]] here for my [[HEALTH:cat and dust mite allergies]] for two years. [[DATE_TIME:Last Thursday]] I broke out in [[HEALTH:hives]] on the drive to my job at [[LOCATION:Tri-County Credit Union]] and had to use my [[HEALTH:EpiPen]] in the parking lot. When I called, the nurse said I 'must have left before the 30 minutes.' I didn't. I'm [[AGE:29]], not careless. [[PROVIDER:Dr. Oyelowo]] is great, but the shot room needs better tracking."),
# 47 Spanish
("facebook", "pediatrics", 1, "Yesenia Carrillo",
 "Mi hijo [[PERSON:Santiago]] de [[AGE:3 años]] tenía [[HEALTH:fiebre de 40]] y [[HEALTH:le dolía el oído]]. Llamé el [[DATE_TIME:sábado por la mañana]] y me dijeron que no había citas hasta el [[DATE_TIME:martes]]. Lo llevé a la sala de emergencias y era una [[HEALTH:infección de oído]]. Cuando llamé el [[DATE_TIME:lunes]] para avisar, la recepcionista fue muy grosera conmigo. Somos pacientes desde hace cinco años. Qué tristeza."),
# 48
("healthgrades", "primary_care", 3, "Gloria Benson",
 "[[PROVIDER:Dr. Amadi]] caught the [[HEALTH:sore on the bottom of my foot]] before it got bad and sent me for the [[HEALTH:wound vac]], and I'm grateful. But my [[HEALTH:diabetic shoes]] paperwork for [[FINANCIAL:Medicare]] has been sitting there since [[DATE_TIME:Labor Day]]. My husband [[PERSON:Earl]] has driven over four times with forms in hand. Three stars."),
# 49
("google", "primary_care", 4, "Kev O'Brien",
 "In and out in 40 minutes for my [[HEALTH:annual physical]] [[DATE_TIME:Tuesday]]. [[PROVIDER:Dr. Baptiste]] actually listened when I brought up my [[HEALTH:snoring]] instead of brushing it off. Online check-in is slick. Losing a star for the [[FINANCIAL:$25]] 'forms fee' nobody mentioned."),
# 50 no PHI
("facebook", "dental", 5, "Ruthie G.",
 "[[PROVIDER:Dr. Whitcombe]] and hygienist [[PROVIDER:Lupe]] are the best. Been coming for a decade and wouldn't go anywhere else."),
]

DRAFTS = [
# --- 1
(1, "", "We're sorry to read this. Clear explanations, enough time to ask questions and a front desk that gets orders right the first time are things we expect from every member of our team. Our practice manager, Celia Ward, would like to hear more; please call her directly at 555-0114.",
 "States practice-wide expectations and gives the manager's number without repeating the drug, the diagnosis, the family member or the towns."),
(1, "ENCM", "Mr. Hutchins, we're sorry the wait was long. Just a reminder that your methotrexate is taken once a week, with folic acid on the other days, so call the pharmacy with any questions.",
 "Names the reviewer, repeats the drug, adds a folic acid regimen he never mentioned, gives dosing instructions and treats him as a known patient."),
(1, "E", "Thank you for your feedback. We know a long drive on top of stiff, achy hands in the morning is a hard way to start any day, and we want every trip to our office to be worth it. Please call our manager, Celia Ward, at 555-0114.",
 "Tricky: 'stiff, achy hands in the morning' paraphrases the swollen knuckles and 'a long drive' alludes to where he lives, even though the rest is generic."),
# --- 2
(2, "", "Thank you for this feedback, and for the kind words about Dr. Kettering, which we'll pass along. Nobody should learn about a schedule change at the front door, so our desk now confirms every rescheduled appointment by both phone and text. Please reach our office lead, Ramona Pike, at 555-0127.",
 "Tricky safe: passes praise to the named doctor and treats rescheduling as a practice-wide operational fix without mentioning the access check, the shift or the lab value."),
(2, "ENC", "We're glad Dr. Kettering has been a good fit. We've moved your next access check to a Thursday afternoon so it won't clash with your shifts at the linen service.",
 "Echoes the fistula check and her workplace, announces a new appointment she never mentioned, and confirms she is a patient."),
(2, "D", "We're sorry you feel this way, but our front desk follows the same confirmation process for every schedule change and our staff are trained to be courteous. We'd encourage a little patience during busy mornings.",
 "Tricky: mentions no health detail at all but contradicts the reviewer and lectures her about patience."),
# --- 3
(3, "", "What a lovely note to start our week with! We'll share it with Dr. Nwachukwu and Reenie; they'll be delighted. Our whole team works hard to explain things clearly and leave time for questions.",
 "Tricky safe: passes praise to the two staff the reviewer named and describes team values without mentioning breathing, the diagnosis or the inhaler."),
(3, "C", "Thank you so much! It has honestly made our whole month to watch your progress.",
 "Tricky: no care noun, but 'watch your progress' says the team followed the reviewer over time, which confirms the relationship."),
# --- 4
(4, "", "Thank you for taking the time to lay this out so carefully. Every person who contacts us deserves to be heard and taken seriously, and protecting privacy at our front desk and on the phone is a basic obligation we hold ourselves to. Our patient advocate, Lorna Beck, would like to speak with you at 555-0133 or advocate@northvalleyneuro.example.",
 "Tricky safe: privacy at the desk and on the phone is stated as a practice-wide standard, with no mention of the symptoms, tests, results or her profession."),
(4, "ENCD", "We take this seriously, but Dr. Halvorsen performed a complete neurological exam and documented his reasoning. Nerve testing wasn't indicated at that point, and we're glad your EMG elsewhere gave you answers.",
 "Repeats the EMG and nerve testing, adds chart and clinical facts, confirms she was examined and argues the doctor was right."),
(4, "E", "Thank you for sharing this. Many of our own staff came from hospital nursing, and we have enormous respect for the people who do that work. Please call our patient advocate, Lorna Beck, at 555-0133.",
 "Tricky: the nod to nurses alludes to the reviewer's own occupation, a personal detail from the review."),
# --- 5
(5, "", "We hear how upsetting this is, and we're sorry. Every person deserves to be treated with dignity and to have their concerns heard directly by a clinician. Please call our clinical director, Dr. Anika Rao, at 555-0141 so we can talk this through privately.",
 "Empathizes, states a general standard and offers a private conversation without touching the test, the medication or the symptoms."),
(5, "ENCD", "Every patient signs our controlled-substance agreement, and it is clear: an unexpected screen result means we cannot keep prescribing opioids. Poppy seeds don't explain the result we saw.",
 "Repeats the drug screen, the opioid and the muffin, discloses a result the reviewer never posted, confirms he was a patient and argues with him."),
(5, "EM", "For anyone going through withdrawal, sweats and shakes can be managed: drink plenty of fluids, rest, and go to the ER if things get severe.",
 "Tricky: framed as advice to anyone, but it restates the reviewer's withdrawal symptoms and tells him what to do about them."),
# --- 6
(6, "", "Thank you for the kind words about Dr. Oduya. You're right that our lab is in the building next door, and we're adding lobby signs and a line to every confirmation text so nobody has to hunt for it. Questions anytime: 555-0152.",
 "Tricky safe: agrees about the lab's location, an operational fact about the practice, without mentioning PrEP or any test."),
(6, "ENC", "Thanks, Jon-Michael! We'll make sure the lab directions are in your reminder before your next panel.",
 "Greets the reviewer by name, mentions a future panel and a reminder, which adds visit facts and confirms he is a patient."),
# --- 7
(7, "", "Thank you for your feedback. Everyone should have prices explained before any service, and everyone deserves patience at our front desk, whatever language they are most comfortable in. We will share your kind words with Bettina. Please contact our manager, Ji-woo Han, at 555-0158 or hello@passportwell.example.",
 "Tricky safe: price transparency and patience with every language are practice-wide values, and thanking the named nurse does not confirm a visit."),
(7, "ECI", "We're so sorry! Congratulations on your sister's wedding, and please let us refund part of the $285 vaccine fee.",
 "Echoes the family wedding, the vaccine and the amount, confirms she paid the practice, and offers money in public."),
(7, "G", "Thank you for telling us. From now on every price will be explained before anything happens, and this will never happen again.",
 "Makes an unconditional promise that the problem will never recur."),
# --- 8
(8, "", "Thank you for raising this. Results of any exam belong first to the person examined, and we take the rules about what may be shared with an employer very seriously. Please contact our compliance officer, Dana Whitlock, at 555-0163 so we can look into your concerns.",
 "Tricky safe: a practice-wide privacy commitment that names neither the employer nor the supervisor and says nothing about his tests."),
(8, "ECD", "Wade, the leaf blower did not affect your hearing test because our booth is sound-rated, and Hollister Freight's contract allows us to share fitness results with your supervisor.",
 "Names the reviewer and his employer, repeats the hearing test, confirms he was tested and defends the practice."),
# --- 9
(9, "", "This made our whole team smile; thank you for sharing it. We'll be sure Dr. Beaumont and Marnie both see your words. Reviews like this remind us why we do what we do.",
 "Thanks the reviewer and passes praise to the named staff without repeating the surgery, the weight, the devices or the daughter."),
(9, "EC", "Happy surgery anniversary, Lynette! Down 118 pounds and off the CPAP, we're so proud of you!",
 "Greets the reviewer by name, repeats her surgery, weight loss and device, and speaks as her care team."),
(9, "ECI", "Thank you! Bring Kiera along next time and lunch at our cafe is on us.",
 "Names the daughter, implies a next visit and offers a free lunch."),
# --- 10
(10, "", "We're sorry to read this, and we want to understand it. Reaching a person after hours should never be a problem, and we're auditing our answering service now. Our patient care coordinator, Noelle Brandt, can be reached at 555-0105 or care@lisbonaesthetics.example.",
 "Tricky safe: the after-hours line is an operational topic for everyone, and nothing about the surgery, scar, infection or financing is repeated."),
(10, "EMG", "Scars like the one you describe usually take 12 to 18 months to mature, and silicone sheets help flatten them; it will even out completely.",
 "Refers to the reviewer's scar, gives a clinical timeline and treatment advice, and promises a full recovery."),
(10, "D", "We're sorry for your frustration, but our after-hours line is staffed every night of the year, and we stand by our surgeons' standards.",
 "Tricky: names nothing from the review, yet contradicts the reviewer's account and defends the practice."),
# --- 11
(11, "", "Thank you for the balanced review, and we'll pass your kind words to Dr. Fenwick. Paperwork should be quick and simple, so we've set a five-business-day turnaround for all forms and letters. Our forms desk is at 555-0172 or forms@harborortho.example.",
 "Tricky safe: treats letters and forms as a general service and thanks the named surgeon, without mentioning the procedure, the symptom or the school district."),
(11, "G", "We promise every form request from now on will be finished within 48 hours, no exceptions.",
 "An unconditional service guarantee with no other problem."),
# --- 12
(12, "", "Thank you for this lovely note! We'll make sure Dr. Sunny sees it. Our team loves finding ways to help every child feel safe and comfortable.",
 "Passes praise to the named dentist and states a general value without naming the grandson or mentioning his diagnosis or treatment."),
(12, "EC", "Tell Tobias he's one of our bravest patients ever!",
 "Names the grandson and calls him a patient."),
(12, "E", "Thank you! We're proud to be a sensory-friendly office for neurodivergent kids and their families.",
 "Tricky: phrased as a practice value, but it is a clinical allusion to the grandson's autism."),
# --- 13
(13, "", "Thank you for your feedback. Everyone is entitled to copies of their own records, and we welcome second opinions because good care holds up to them. Please call our office manager, Perry Lund, at 555-0119 and we'll make it easy.",
 "Tricky safe: records access and second opinions are general policies, stated without the pockets, the surgery plan, the amount or the town."),
(13, "ECMD", "Respectfully, six-millimeter pockets don't resolve with a cleaning alone, and the plan presented to you reflects that.",
 "Repeats the pocket depth and the cleaning, confirms a plan was presented to him, makes a clinical judgement about his case and argues."),
(13, "I", "We'd also like to offer anyone who reaches out a free second-opinion exam with our senior periodontist.",
 "Offers a free service in a public reply, which is an incentive even though it is addressed to anyone."),
# --- 14
(14, "", "Gracias por tomarse el tiempo de escribirnos. Nos importa que cada persona reciba instrucciones claras y que nuestras líneas telefónicas respondan a tiempo. Le pedimos que se comunique con nuestra coordinadora, Marta Ochoa, al 555-0123 o en contacto@sonrisasur.example.",
 "Spanish safe reply: clear instructions and answered phones are practice-wide standards, with no mention of the procedure, symptoms, amount or insurer."),
(14, "ENCM", "Rigoberto, la hinchazón y la fiebre después de sacar las muelas pueden indicar una infección; tome el antibiótico completo y póngase hielo.",
 "Spanish: names the reviewer, repeats the procedure and symptoms, assumes an antibiotic he never mentioned and gives instructions as his care team."),
# --- 15
(15, "", "Thank you for taking the time to write this! Comfort and clear communication are what our whole team aims for. -- Dr. Castellanos and the team at Ridgeline Endodontics",
 "Tricky safe: a reply signed by the dentist the reviewer named, with nothing about the procedure or his workplace."),
(15, "EG", "Root canals don't have to be scary, and at our office they never hurt, guaranteed!",
 "Repeats the procedure and guarantees a pain-free outcome."),
# --- 16
(16, "", "Thank you for the honest feedback. We've heard concerns about the garage fee from several people and are talking with the building about options for everyone who visits. Please call our office manager, Colette Dunn, at 555-0137 if you'd like to talk.",
 "Tricky safe: parking is an operational issue for all visitors, and the reply repeats neither the amount, the denture, the age nor the adjustments."),
(16, "ECI", "We'll validate your parking from now on so that $35 fee doesn't add up at your adjustment visits.",
 "Repeats the amount and the adjustments, confirms ongoing visits and offers parking validation."),
# --- 17
(17, "", "Thank you for your feedback. Everyone deserves to understand costs and network status before agreeing to anything, and we're reviewing how that information is shared at the first appointment. Please call Hal Brewer, our practice administrator, at 555-0145.",
 "Tricky safe: network status and costs are billing policy for everyone, with no mention of the device, the laser sessions, the symptoms or the amount."),
(17, "D", "We understand the frustration, but our out-of-network status is listed on our website and in our new-patient paperwork.",
 "Tricky: contains no PHI but cites the practice's disclosures against the reviewer's complaint."),
# --- 18
(18, "", "Thank you for such a heartfelt review! We'll make sure Joyce sees it; it will make her week. Please feel free to reach our office at 555-0104 anytime.",
 "Passes praise to the named consultant and offers contact without naming the baby or mentioning feeding, the home visit or the town."),
(18, "ENC", "Congratulations on baby Ivy! So glad the tongue-tie release made such a difference.",
 "Names the baby, repeats the tongue tie, adds a release procedure the review never mentioned, and speaks as the family's provider."),
(18, "C", "Thank you so much! Joyce was thrilled to hear from you, and we're all so happy things got easier.",
 "Tricky: no health word at all, but 'things got easier' and Joyce hearing from her imply an ongoing care relationship."),
# --- 19
(19, "", "Thank you for this beautiful review! We'll share it with Orla and the rest of our midwives. Respectful, unhurried care is what every family deserves.",
 "Thanks the named midwife and states a general value without the birth details, the baby's name or the earlier surgery."),
(19, "EC", "What a joy! Orla says Zion was the biggest baby of the summer.",
 "Names the baby, alludes to his birth weight and the month, and confirms the midwife attended the birth."),
(19, "E", "Thank you! We're proud to support birthing people who are hoping for a vaginal birth after a cesarean.",
 "Tricky: phrased as a service statement, but it restates the VBAC and prior cesarean from the review."),
# --- 20
(20, "", "We're deeply sorry to read this. Everyone who comes to us deserves timely, compassionate communication from every member of our team, and important news should never be delivered carelessly. Our director of patient experience, Dr. Miriam Osei, would like to speak with you personally at 555-0108 or experience@brightpathfertility.example.",
 "Tricky safe: a general standard on how news is communicated, with nothing about the cycle, the result, the husband, the bill or the embryo."),
(20, "ENCI", "Please know we'd like to waive the fee for your next frozen transfer as a gesture of goodwill.",
 "Alludes to the frozen embryo, announces a future transfer, confirms she is a patient and offers a fee waiver."),
# --- 21
(21, "", "Thank you for this review, and for the kind words about Dr. Amari. Getting everyone's name right everywhere, including our portal, matters to us, and our IT team is working on it. If you'd like to talk, reach our patient liaison, Sam Ortiz, at 555-0149.",
 "Tricky safe: name accuracy in the portal is an operational commitment for everyone, and nothing about hormones or labs is mentioned."),
(21, "E", "Thank you! We're proud to be a safe place for trans and nonbinary people to start hormones.",
 "Tricky: a values statement that restates the reviewer's hormone therapy and alludes to their gender identity."),
(21, "ENC", "We've updated your chart so your correct name now shows in the portal.",
 "Reports a chart change the reviewer never mentioned, alludes to their name change and confirms they are a patient."),
# --- 22
(22, "", "Thank you for the feedback and for the kind words about Marcus. Everyone who walks through our doors deserves privacy and respect, and conversations about anyone's care should never happen across a lobby. We're also looking at staffing when our doors open. Please call our program director, Faye Lindqvist, at 555-0112.",
 "Tricky safe: privacy and morning staffing are practice-wide operational points, with no mention of his medication, recovery or job."),
(22, "ECG", "Congrats on your clean time, Tommy, we see how hard you work every morning. The lobby issue is fixed and it will never happen again.",
 "Names the reviewer, echoes his recovery, confirms he comes in every morning and promises the problem will never recur."),
(22, "D", "The morning line is the same for everyone, and our security staff are simply doing the job they're asked to do. We'd ask for a little patience.",
 "Tricky: no PHI, but it defends the guard and pushes back on the reviewer."),
# --- 23
(23, "", "We are so sorry to read this. The safety and dignity of every person we serve is our highest responsibility, and concerns like these go straight to our clinical director. Please contact Dr. Hannah Pryce at 555-0176 or director@clearwaterprogram.example so we can listen.",
 "Takes the concern seriously in general terms without naming the daughter, the diagnosis, the program level or the school."),
(23, "ECD", "Our staff follow strict protocols for weights and bathroom supervision, and we have no record of anyone's weight being read aloud in group.",
 "Alludes to the weights and purging, checks records (which confirms the daughter was in the program) and denies the account."),
(23, "EM", "Please keep Clara away from scales at home and make sure someone is with her after meals.",
 "Names the daughter and gives clinical instructions about her eating disorder."),
# --- 24
(24, "", "Thank you for the thoughtful feedback, and we'll share your kind words with Kaitlyn. Staffing consistency and keeping every family informed about insurance paperwork are two areas we're actively improving. Our intake manager, Rosa Fairbanks, would be glad to talk: 555-0181.",
 "Tricky safe: staffing and insurance paperwork are stated as practice-wide operations, with no mention of the son, his communication device or the insurer."),
(24, "ECG", "We hear you! Desmond will have one dedicated tech from now on, guaranteed.",
 "Names the son, confirms he receives services and guarantees a staffing outcome."),
# --- 25
(25, "", "Thank you, this truly means a lot. We'll make sure Ms. Tran reads it. Our therapists put their hearts into helping every person reach their own goals.",
 "Passes praise to the named therapist and speaks generally, without the stroke, the hand function or the grandson."),
(25, "E", "Thank you! Nothing makes us happier than hearing about someone tying flies with a grandkid again.",
 "Tricky: no diagnosis, but it repeats the hobby and grandson detail and 'again' alludes to his recovery."),
# --- 26
(26, "", "We are truly sorry to read this. Families should always be able to reach someone, get a clear answer and feel that they are being listened to, and we're looking closely at how our team returns calls. Please call our medical director's office, Dr. Lionel Hart, at 555-0195, or write to familycare@oakmeadowgeri.example.",
 "Acknowledges the concern with a general standard about callbacks and offers the director's contact, without the mother's name, her fall, her medicines or her home."),
(26, "ENC", "Our hearts go out to you and your mother. Dr. Petrakis has already adjusted her warfarin and sent a urine culture to the lab.",
 "Restates the blood thinner as a synonym, adds new treatment and lab facts, and confirms the mother is a patient."),
(26, "NCD", "We understand this is stressful, but our records show our nurse practitioner returned every one of your calls within 24 hours.",
 "Cites call records, which adds contact history, confirms the relationship and contradicts the reviewer."),
(26, "E", "Thank you for sharing this. Falls are the number one danger for people in their nineties, and preventing them is central to everything we do.",
 "Tricky: phrased as a general mission, but it alludes to the mother's fall and her age."),
# --- 27
(27, "", "Thank you for the kind review; we'll pass it to Dr. Greenberg. You're right about the waiting room, and we're adding a quieter seating area for anyone who needs it. Please call us anytime at 555-0151.",
 "Tricky safe: agrees about the waiting room as an operational matter and thanks the named doctor, without naming the wife or her diagnosis."),
(27, "EC", "It was a pleasure to meet Marguerite, and please tell her we said hello.",
 "Names the wife and confirms the practice met her."),
# --- 28
(28, "", "What a wonderful message, thank you! We'll be sure Mr. Obi hears about it. Our team loves helping people keep doing the things that matter most to them.",
 "Passes praise to the named specialist with a general statement, without the age, the eye condition, the devices or the church."),
(28, "E", "Thank you! Please give our regards to everyone at First Methodist.",
 "Tricky: a friendly sign-off that repeats the reviewer's church."),
# --- 29
(29, "", "We're sorry to hear this, and we'd like to understand more. The terms of any program we offer should be explained plainly to everyone before they commit. Please contact our clinical services manager, Tricia Howe, at 555-0124 or concerns@clearviewlaser.example.",
 "Tricky safe: program terms are a billing policy for everyone, with no mention of the surgery, the symptoms, the cornea or the amount."),
(29, "EDG", "Our results speak for themselves: every LASIK patient here reaches 20/20 vision or better.",
 "Repeats the procedure, pushes back on the complaint and guarantees an outcome."),
(29, "EM", "Halos at night usually fade within a year; until then use preservative-free tears every hour and skip night driving.",
 "Restates the halos and dryness and gives clinical advice about his situation."),
# --- 30
(30, "", "Thank you for your feedback. Quick, reliable follow-through is something everyone should get from us, and we're looking at our turnaround times. Dr. Penn's office manager, Gail Reyes, would like to talk with you at 555-0166.",
 "Tricky safe: uses the named provider only to identify a contact and speaks of turnaround in general, without the devices, the amount, the plan or the granddaughter."),
(30, "ECI", "We're sorry you missed Sophie's recital! Bring the left aid in and we'll replace it free of charge.",
 "Names the granddaughter, refers to his device and offers a free replacement."),
# --- 31
(31, "", "Thank you for the mixed review; the good and the bad are both useful. We'll share your kind words with Kenji. Lab turnaround has been slower than we'd like across the board, and we now give every person a realistic pickup date up front. Questions? 555-0186.",
 "Tricky safe: lab turnaround is an operational issue for everyone, and the reply names no condition, workplace or amount."),
(31, "ECM", "Until they arrive, wear supportive shoes at work and roll your foot on a frozen water bottle before each shift.",
 "Treats the order as the reviewer's, alludes to her foot condition and her shifts, and gives self-care instructions."),
# --- 32
(32, "", "Thanks so much for the shout-out! We'll pass it along to Dr. Kessler and Bri. Same-day appointments are something we're proud to offer our whole community.",
 "Tricky safe: same-day booking is a general service, and the reply avoids the daughter, the injury, the team and the day."),
(32, "E", "Thank you! Good luck to the Strikers the rest of the season!",
 "Tricky: a friendly line that repeats the daughter's team from the review."),
# --- 33
(33, "", "Thank you for the wonderful note! We'll be sure Nurse Dottie sees it. Our team is grateful to everyone who takes the time to share feedback like this.",
 "Passes praise to the named nurse without mentioning the surgery, the program, the age or the 5K."),
(33, "ENC", "Congrats on the 5K, Ray! Your last stress test numbers were the best we've seen from you.",
 "Names the reviewer, repeats his 5K, reveals a stress test result he never posted and confirms he is a patient."),
# --- 34
(34, "", "Thank you for raising this. Lab bills can be confusing, especially from a lab people never visit in person, and our billing team can walk anyone through how pathology charges and insurance networks work. Call 555-0131 or email billing@cascadepath.example.",
 "Tricky safe: explains billing help as a service for everyone without the amount, the biopsy, the result, the insurer or the account number."),
(34, "ECD", "Out-of-network lab billing is explained in the consent form at your dermatologist's office, so this charge is valid.",
 "Alludes to her biopsy and network status, confirms the practice billed her and insists the charge is valid."),
(34, "ENCI", "We've reduced account DP-220931 to $0 as a courtesy.",
 "Repeats the account number, reports a billing change, confirms the relationship and gives something of value."),
# --- 35
(35, "", "thanks for the honest review! we'll tell Tay you said hi. package pricing should stay locked in once it's bought, and we're reviewing how price changes are handled for everyone. text or call 555-0155 anytime.",
 "Tricky safe: matches the reviewer's casual tone and treats package pricing as a policy for everyone, with no mention of the removal, the wrist or the blisters."),
(35, "ECI", "omg we're so sorry about the blisters! next session is on us",
 "Repeats the blisters, implies ongoing sessions and offers a free session."),
(35, "E", "thanks! fresh starts are the best and we love helping people move on",
 "Tricky: a cheerful line that alludes to the ex's name being removed, a personal detail from the review."),
# --- 36
(36, "", "Thank you for your feedback. Consultations should set realistic expectations, and no one on our team should promise specific results. We'd like to hear more, so please call our patient relations lead, Abby Stroud, at 555-0178.",
 "Tricky safe: a practice-wide standard about how consultations are conducted, with nothing about the transplant, the grafts, the medicine or the cost."),
(36, "ECGI", "We stand behind our work: we'll redo the procedure at no charge until you're happy with the density.",
 "Alludes to his transplant and density, confirms the practice did it, promises an outcome and offers a free procedure."),
# --- 37
(37, "", "Thank you for sharing this. Every person deserves a thorough history and a clear picture of costs before starting anything with us. Our medical director, Dr. Paul Ng, would like to talk with you at 555-0189.",
 "States a general standard and offers a contact without the medication, the weight, the vomiting, the price or the thyroid history."),
(37, "EM", "Nausea on semaglutide usually settles, so eat small meals, avoid greasy food and sip water all day.",
 "Repeats the drug, paraphrases the vomiting as nausea and gives dietary advice."),
(37, "I", "We'd also love to welcome anyone reading this with 20% off their first month.",
 "Offers a discount in a public reply, addressed to anyone."),
# --- 38
(38, "", "we're sorry to read this. every guest deserves a calm, skilled experience with us, and we'd like to talk. please call our nurse manager, Jade Colson, at 555-0190.",
 "Tricky safe: lowercase to match the reviewer's style, general standard and contact only, with no mention of the drip, the bruise or the amount."),
(38, "ECMD", "our RN is very experienced, and bruising can happen with any IV, especially when you're dehydrated after a big night out.",
 "Alludes to the IV, the bruise and the party, confirms the nurse treated her, makes a clinical judgement and defends the staff."),
(38, "CI", "so sorry! dm us and we'll send a code for a free add-on at your next visit",
 "'your next visit' confirms she is a client and the free add-on is an incentive."),
# --- 39
(39, "", "Every veteran who contacts us deserves a prompt callback and referrals that actually move, and we're reviewing how our team handles both. Please reach Carl Jenkins, our veterans liaison, at 555-0107.",
 "Tricky safe: callbacks and referrals are described as general operations, without the diagnosis, the medication, the program or the friend."),
(39, "ENC", "We see the sleep study referral was approved yesterday, and our scheduler will call you this week.",
 "Repeats the sleep study, adds a referral status he never posted and confirms he is a patient."),
# --- 40
(40, "", "Thanks for writing, and for the note about the pharmacy window. Every student should get an unhurried exam and feel heard, and we know waits for some services are too long, so we're adding staff this term. Reach our director, Dr. Elaine Foy, at 555-0103 or feedback@studenthealth.example.",
 "Tricky safe: speaks of exams and waits for every student without the infection, the antibiotic, the anxiety or counseling."),
(40, "ECM", "Sorry you felt rushed! For exam-week anxiety, try box breathing and cut back on caffeine.",
 "Confirms a rushed visit, repeats the anxiety and exam timing, and gives advice."),
(40, "D", "Our providers are trained to do a focused exam efficiently, and a short visit is not the same as a careless one.",
 "Tricky: names nothing from the review but rebuts the reviewer's complaint."),
# --- 41
(41, "", "Lamentamos mucho leer esto. Nadie debería esperar tanto para recibir atención, y estamos revisando nuestra agenda para ofrecer citas más pronto a todos. Por favor llame a nuestra gerente, Paola Ruiz, al 555-0138.",
 "Tricky safe: a Spanish reply that treats wait times as a practice-wide scheduling issue without the mother, the denture, the amount or the insurer."),
(41, "ECI", "Sra. Mendoza, sentimos mucho lo de su mamá. Le haremos el ajuste de la dentadura gratis.",
 "Spanish: uses the reviewer's surname, mentions the mother and the denture, and offers a free adjustment."),
# --- 42
(42, "", "¡Muchas gracias por sus palabras! Le pasaremos su mensaje a la Dra. Villalobos y a todo el equipo de recepción. Nos alegra ofrecer atención en español a toda nuestra comunidad.",
 "Tricky safe: Spanish reply that thanks the named doctor and front desk and mentions Spanish-language service for everyone, without any health detail or the wife."),
(42, "ECM", "¡Gracias, don Ernesto! Siga caminando después de comer y no olvide tomar su pastilla de la presión.",
 "Spanish: greets the reviewer by name, alludes to his blood pressure, treats him as a patient and gives instructions."),
# --- 43
(43, "", "We're sorry about the wait. Long waits are frustrating for anyone, and we post live wait times on our website so people can plan. Our clinic manager, Terry Vold, is at 555-0110.",
 "Tricky safe: wait times are a practice-wide operational topic and nothing says the reviewer checked in."),
(43, "NCD", "We checked our sign-in sheet and see you left before triage; we were handling two emergencies at the time.",
 "Searching the sign-in sheet confirms the visit, adds a triage detail and argues with the reviewer."),
(43, "G", "We're so sorry! Going forward, no one will ever wait more than 30 minutes at our clinic.",
 "Promises a wait time unconditionally."),
# --- 44
(44, "", "Thanks for the kind words! Clear pricing up front is important to us, and good news on parking: we've added six spaces behind the building.",
 "Tricky safe: prices and parking are general operations, and no incentive is offered."),
(44, "ECI", "Thanks Marcus! Next time you come in, show this review at the desk for free parking validation.",
 "Greets the reviewer by name, implies a next visit and offers parking validation."),
# --- 45
(45, "", "Thank you for pointing this out. Everyone should be able to reach our office easily; the elevator has been repaired, and we've put up clear signs for the ramp entrance at the back of the building. Questions: frontdesk@cedarsmiles.example.",
 "Tricky safe: accessibility and signage are building operations for all visitors, and the review disclosed no health detail."),
(45, "D", "The elevator is the building's responsibility, not ours, and the ramp entrance is listed on our website.",
 "Tricky: no PHI, but it deflects blame and argues with the reviewer."),
# --- 46
(46, "", "Thank you for sharing this. Safety concerns are reviewed by our clinical leadership, and we'd like to hear from you directly. Please call our nurse manager, Ines Calder, at 555-0146.",
 "Takes the safety concern seriously in general terms without the reaction, the device, the employer or the age."),
(46, "EM", "Anyone who needs their EpiPen after a shot should go to the ER afterward, even if they feel fine.",
 "Tricky: framed as advice for anyone, but it restates the reviewer's reaction and EpiPen use and tells him what to do."),
# --- 47
(47, "", "Gracias por compartir su experiencia. Cada familia merece un trato amable y respuestas claras cuando nos llama. Por favor comuníquese con nuestra gerente, Alma Treviño, al 555-0161.",
 "Spanish safe reply: courtesy on the phone is a general standard, with no mention of the child, the fever, the ear or the days."),
(47, "ECM", "Sentimos mucho lo de Santiago. Si la fiebre vuelve a subir, dele ibuprofeno y tráigalo el mismo día.",
 "Spanish: names the child, repeats the fever, gives dosing advice and invites him back as a patient."),
# --- 48
(48, "", "Thank you for your feedback and your kind words about Dr. Amadi. Forms for any insurer should be completed promptly, and we've set a firm turnaround for all paperwork. Please ask for our forms coordinator, Bev Tolliver, at 555-0170.",
 "Tricky safe: paperwork for every insurer is an operational commitment, without the foot, the device, the shoes, Medicare or the husband."),
(48, "ECG", "Thanks, Gloria! Your Medicare forms will be done by Friday, we promise, and Earl won't have to make another trip.",
 "Names the reviewer and her husband, repeats the insurer, confirms she is a patient and promises a deadline."),
# --- 49
(49, "", "Thanks for the review! We'll pass it along to Dr. Baptiste. Our fee schedule is posted at the front desk and online so everyone knows what to expect, and we're reviewing our administrative fees this spring. Questions? billing@harborfamilymed.example.",
 "Tricky safe: fees are discussed as a posted policy for everyone, without the amount, the exam or the snoring."),
(49, "ENC", "Glad it went smoothly! Dr. Baptiste put in a sleep study order, so you should hear from the sleep lab soon.",
 "Alludes to the snoring, reports a new order he never mentioned and confirms the visit."),
# --- 50
(50, "", "Thank you so much! We'll share this with Dr. Whitcombe and Lupe. -- The team at Elmwood Dental",
 "Tricky safe: passes praise to the two named staff and signs with the practice name without confirming care."),
(50, "C", "Thank you so much, here's to ten more wonderful years together!",
 "Tricky: no health detail, but 'ten more years together' confirms a long patient relationship."),
]
