"""Development set dev_d (written from the corpus README policy; reply side, places and times). Build with ../build.py."""
PREFIX = "e"

REVIEWS = [
# 1
("google", "pediatric_dentistry", 1, "Danica Greenleaf",
 "Took my son [[PERSON:Desmond]] ([[AGE:6]]) in [[DATE_TIME:the Friday before Labor Day]] for a [[HEALTH:cracked front tooth]] after a [[HEALTH:scooter crash]] outside our house on [[LOCATION:Keller Avenue]]. They gave him [[HEALTH:nitrous]] without asking me first and he [[HEALTH:threw up]] all over the back seat. Then a [[FINANCIAL:$385]] bill even though we have [[FINANCIAL:CHIP]]. He starts first grade at [[LOCATION:Hawthorne Elementary]] on [[DATE_TIME:Tuesday]] with a gap in his smile. Not coming back."),
# 2
("yelp", "urgent_care", 2, "Ravi K.",
 "Brought my wife [[PERSON:Meenal]] in [[DATE_TIME:the night before Thanksgiving]] with a [[HEALTH:fever of 103]] and [[HEALTH:body aches]]. [[HEALTH:Flu A positive]]. The PA was thorough, but the [[HEALTH:Tamiflu]] went to our old pharmacy in [[LOCATION:Brookfield]] from before we moved, even though I updated our address at check-in. When I called at [[DATE_TIME:9:15]] to fix it nobody answered. I was driving around at [[DATE_TIME:midnight]] looking for an open pharmacy."),
# 3
("healthgrades", "cardiology", 5, "Arne Brandvold",
 "At [[AGE:74]] I didn't expect to be back on the ice. [[PROVIDER:Dr. Szabo]] put in my [[HEALTH:pacemaker]] [[DATE_TIME:February 12]] after I [[HEALTH:passed out]] at the [[LOCATION:St. Brendan's]] fish fry. [[DATE_TIME:Six weeks later]] I was refereeing pee-wee hockey again at [[LOCATION:Ridgeview Arena]]. His nurse [[PROVIDER:Colleen]] called me at home [[DATE_TIME:the evening after]] to see how I was doing. Top notch."),
# 4
("facebook", "behavioral_health", 1, "Lena Marsh",
 "I was in [[HEALTH:therapy]] here for [[HEALTH:OCD]] since [[DATE_TIME:last October]]. My [[DATE_TIME:Thursday 6pm]] slot was the only one that worked with my shifts at [[LOCATION:Dollarway Distribution]], and without asking they moved me to [[DATE_TIME:Tuesday at 10am]]. When I said I couldn't make it, they discharged me by letter. Nine months of work on my [[HEALTH:intrusive thoughts]], gone. The letter came to [[CONTACT:88 Linden Ct, Apt 3B, Falmouth]] in an envelope with the practice logo on it for my roommates to see."),
# 5
("yelp", "dermatology", 3, "Benedikt S.",
 "[[PROVIDER:Dr. Farrow]] put my [[HEALTH:rosacea]] on [[HEALTH:Soolantra]] and my [[HEALTH:cheeks finally aren't flushed]] all day. But when I asked about a [[HEALTH:rash on my shins]] I was told to book a separate visit, another [[FINANCIAL:$60]] copay. And I waited 50 minutes on a [[DATE_TIME:Monday at 8am]] when I was first in line. I work nights at [[LOCATION:Kingsbury Regional]] dispatch, so that's my bedtime."),
# 6
("zocdoc", "obgyn", 1, "Hallie Strand",
 "My [[HEALTH:20-week anatomy scan]] was [[DATE_TIME:Wednesday at 4:15]], and I wrote NO GENDER in capital letters on the form because my sister had a reveal party planned for [[DATE_TIME:Saturday]] at her place in [[LOCATION:Glenmoor]]. The sonographer blurted out '[[HEALTH:it's a girl]]' in the first two minutes. I'm [[AGE:39]], this is my first [[HEALTH:pregnancy]] after [[HEALTH:two miscarriages]], and that was the one happy surprise I had left. I sat crying in my car until [[DATE_TIME:5:30]]."),
# 7
("google", "orthopedics", 4, "Curtis Albrecht",
 "[[HEALTH:Ruptured my Achilles]] playing pickup at the [[LOCATION:Eastside YMCA]] in [[DATE_TIME:March]]. [[PROVIDER:Dr. Eberhardt]] did the [[HEALTH:repair]] [[DATE_TIME:April 3]] and was honest that I'd miss the whole season with my church softball team at [[LOCATION:Calvary Fellowship]]. [[HEALTH:Ankle feels solid]] now. One star off because the equipment guy billed [[FINANCIAL:Humana]] for a [[HEALTH:knee scooter]] I returned the same day."),
# 8
("healthgrades", "primary_care", 1, "Gloria Ybarra",
 "Had fasting [[HEALTH:blood work]] drawn [[DATE_TIME:Monday at 7am]] before my shift at [[LOCATION:Tri-County Credit Union]]. After two weeks of calls they admitted nobody had actually ordered the [[HEALTH:thyroid panel]], so I got stuck again [[DATE_TIME:May 20]]. My [[HEALTH:TSH]] was [[HEALTH:11.2]], no wonder I've been [[HEALTH:exhausted and freezing all the time]]. Nobody called; I read it in the portal at [[DATE_TIME:11pm]]. Still waiting on my [[HEALTH:levothyroxine]] dose change."),
# 9
("facebook", "pediatrics", 5, "Kiara Benson-Whitley",
 "My [[AGE:15-month-old]] [[PERSON:Zuri]] had her first [[HEALTH:febrile seizure]] [[DATE_TIME:Sunday afternoon]] at my mom's house in [[LOCATION:Sycamore Hollow]]. After the ER, [[PROVIDER:Joelle]] (the NP) fit us in [[DATE_TIME:Monday at 8:40]] and spent 45 minutes answering every question without once making me feel dumb. Half the moms at [[LOCATION:New Hope Baptist]] are switching here now \U0001f602\U0001f49b"),
# 10
("zocdoc", "dental", 1, "Gregory Amundsen",
 "Booked the first slot, [[DATE_TIME:7:30am on the 14th]], for a [[HEALTH:cleaning]] so I could get to my job at [[LOCATION:Northgate Logistics]] by [[DATE_TIME:nine]]. Sat in the chair until [[DATE_TIME:8:50]] while the hygienist took personal calls, then had to leave before the dentist even looked at the [[HEALTH:sensitive molar]] I'd listed on the form. They charged me a [[FINANCIAL:$75]] 'incomplete visit' fee. My old dentist back home in [[LOCATION:Tillman Falls]] never kept me waiting once in 12 years."),
# 11
("yelp", "physical_therapy", 3, "Noor A.",
 "Started PT in [[DATE_TIME:January]] for [[HEALTH:plantar fasciitis]] that flared while I was training for the [[DATE_TIME:April]] half marathon with my run club at [[LOCATION:Forge CrossFit]]. [[PROVIDER:Marco]] is a great therapist and the [[HEALTH:dry needling]] really helped. But they keep pulling him to cover the front desk, so half my time is with an aide and a [[HEALTH:TENS unit]]. At a [[FINANCIAL:$45]] copay per visit that adds up."),
# 12
("google", "urgent_care", 1, "M. Castellano",
 "<p>Brought my daughter (<b>[[AGE:14]]</b>) to the Route 30 location on <b>[[DATE_TIME:New Year's Eve]]</b> after she [[HEALTH:landed wrong off the vault]] at <i>[[LOCATION:Summit Tumbling Academy]]</i>.</p><p>They [[HEALTH:wrapped her wrist]], said &quot;[[HEALTH:sprain]],&quot; and sent us home. [[DATE_TIME:Two days later]] the hand surgeon said it was a <b>[[HEALTH:scaphoid fracture]]</b> and now she needs surgery.</p><p>Paid [[FINANCIAL:$250]] self-pay because they &quot;don&#39;t take&quot; our [[FINANCIAL:Medica]] plan.</p>"),
# 13
("healthgrades", "sleep_medicine", 2, "Donovan Reyes-Pratt",
 "My [[HEALTH:sleep study]] was booked for [[DATE_TIME:the night of the 9th]]. I drove 50 minutes from [[LOCATION:Bluefield]] after a 12-hour shift at the [[LOCATION:Corland paper mill]], and the tech said the room was double-booked. Rebooked for [[DATE_TIME:the 23rd]]. Result: [[HEALTH:moderate apnea]] with my [[HEALTH:oxygen dipping to 82%]]. Then I waited five weeks for my [[HEALTH:APAP machine]] because the order went to the wrong supplier. [[PROVIDER:Dr. Imre]] is sharp but the office is chaos."),
# 14
("facebook", "medspa", 1, "Brianna Coughlin",
 "Bought a [[FINANCIAL:$1,200]] package of [[HEALTH:IPL photofacials]] in [[DATE_TIME:October]]. After the second session I had [[HEALTH:blotchy brown patches on my cheeks]] for a week. Messaged them on IG from [[CONTACT:@bri.coughlin.mua]] and got left on read. I do bridal makeup for a living and my face is basically my business card. I want the rest of my money back."),
# 15
("google", "oral_surgery", 5, "Beckett Kincaid",
 "Had [[HEALTH:all four wisdom teeth out]] with [[PROVIDER:Dr. Beaumont]] [[DATE_TIME:the Monday after finals]] so I could heal before my summer job at [[LOCATION:Camp Wanaki]]. [[HEALTH:IV sedation]], barely any [[HEALTH:swelling]]. My mom [[PERSON:Deirdre]] was a wreck and the front desk called her at [[DATE_TIME:10:15]] to say I was done. Totally worth the [[FINANCIAL:$780]] after [[FINANCIAL:Ameritas]]."),
# 16
("zocdoc", "psychiatry", 1, "Verified Patient",
 "My [[HEALTH:Effexor]] refill lapsed over [[DATE_TIME:Memorial Day weekend]] because [[PROVIDER:Dr. Kessler]]'s office never sent it. I called [[DATE_TIME:Friday at 3:50]] and the voicemail was full. Four days of [[HEALTH:brain zaps]], [[HEALTH:vertigo]] and [[HEALTH:crying spells]], and I take it for [[HEALTH:depression]], so you can imagine. Missed two days at my job at [[LOCATION:Fenwick Elementary]] (I'm a para). A refill should not be this hard."),
# 17
("yelp", "chiropractic", 2, "Jolene P.",
 "[[PROVIDER:Dr. Ambrose]] lives on my street, [[LOCATION:Birchwood Lane]], and at the [[DATE_TIME:Fourth of July]] block party he asked me in front of everyone how my [[HEALTH:scoliosis]] was and whether the [[HEALTH:traction]] was helping. I hadn't told a single neighbor I was seeing him. Great [[HEALTH:adjustments]], zero discretion."),
# 18
("google", "audiology", 5, "Ethel Marchetti",
 "I play trumpet in the [[LOCATION:Harwood Community Band]] and the [[HEALTH:ringing in my left ear]] got bad [[DATE_TIME:last summer]]. [[PROVIDER:Dr. Pellegrino]] found [[HEALTH:mild high-frequency hearing loss]] and fitted me for [[HEALTH:custom musician's earplugs]]. I'm [[AGE:58]] and still marching in the [[DATE_TIME:Veterans Day]] parade!"),
# 19
("healthgrades", "gastroenterology", 1, "Leonard Fisk",
 "Prepped all day [[DATE_TIME:Sunday]] for a [[HEALTH:colonoscopy]] at [[DATE_TIME:7am Monday]]. Got there and they cancelled because my [[HEALTH:blood thinner]] hadn't been stopped, which nobody told me to do. My wife [[PERSON:Marian]] took the day off from [[LOCATION:Hillcrest Library]] to drive me. They still billed [[FINANCIAL:$150]] to account [[ID:GI-440187]] as a 'late cancellation.' The [[HEALTH:bleeding]] is why I needed the scope in the first place."),
# 20
("facebook", "speech_therapy", 5, "Marisela Ocampo",
 "Mi hijo [[PERSON:Emiliano]] tiene [[AGE:4 años]] y [[HEALTH:tartamudeaba]] tanto que ya no quería hablar con nadie. Empezó [[HEALTH:terapia de lenguaje]] en [[DATE_TIME:septiembre]] con la terapeuta [[PROVIDER:Pilar]] y ahora las maestras de [[LOCATION:Little Sprouts Preschool]] dicen que hasta canta en las asambleas. Muy agradecida. Lo único malo es que [[FINANCIAL:Medicaid]] solo cubre una sesión por semana."),
# 21
("google", "endocrinology", 2, "Craig Vukovich",
 "My [[AGE:13-year-old]] daughter [[PERSON:Sadie]] was diagnosed with [[HEALTH:type 1 diabetes]] in [[DATE_TIME:June]]. School started [[DATE_TIME:August 19]] and the office still hadn't sent the [[HEALTH:diabetes care plan]] the nurse at [[LOCATION:Lincoln Middle School]] needs, so for two weeks I left work at lunch to give her [[HEALTH:insulin]] myself. Her [[HEALTH:Dexcom]] alarms go off in class and nobody there knew what to do. The educator [[PROVIDER:Bev]] is wonderful; the paperwork side is a mess."),
# 22
("yelp", "allergy_immunology", 1, "Rashad W.",
 "Their website says they're in network with 'most major plans.' Asked at the desk which ones and the receptionist said she'd have to check with billing, who only works Tuesdays. How hard is a list?"),
# 23
("healthgrades", "nephrology", 4, "Abdul-Rahman Siddiqui",
 "My father, [[AGE:67]], has been on [[HEALTH:dialysis]] three days a week since [[DATE_TIME:2022]] after his [[HEALTH:kidneys failed]] from [[HEALTH:diabetes]]. [[PROVIDER:Dr. Achterberg]] finally got him [[HEALTH:listed for a transplant]] at [[DATE_TIME:the end of August]]. Only knock: the [[DATE_TIME:5:30am]] chair time means I drive him in from [[LOCATION:Kenwood]] in the dark before my own shift at [[LOCATION:Metro Transit]]."),
# 24
("facebook", "pediatrics", 1, "Shay Donnelly",
 "Our [[AGE:10-month-old]] got sent home from [[LOCATION:Little Acorns]] daycare with a [[HEALTH:fever and a rash]] [[DATE_TIME:Thursday]]. I got through on the phone at [[DATE_TIME:10:20]] and the only slot left was [[DATE_TIME:4:45]]. The doctor said it was [[HEALTH:hand, foot and mouth]], that it's [[HEALTH:viral]], and wouldn't write the note daycare needs to take her back, so I lost [[DATE_TIME:Friday]] at work too. [[FINANCIAL:$40]] copay for nothing."),
# 25
("google", "ophthalmology", 5, "Quinn Tavares",
 "Got [[HEALTH:LASIK]] [[DATE_TIME:the Saturday before Halloween]] and woke up [[DATE_TIME:Sunday]] seeing [[HEALTH:20/15]]. No more [[HEALTH:contacts]] drying out on night shifts at [[LOCATION:St. Agnes NICU]]. [[PROVIDER:Dr. Venkataraman]] and the tech [[PROVIDER:Luz]] were calm and funny. [[FINANCIAL:$4,200]] for both eyes, partly from my [[FINANCIAL:FSA]]."),
# 26
("zocdoc", "fertility", 3, "Mel R.",
 "We did three rounds of [[HEALTH:IUI]] with [[HEALTH:letrozole]] here starting [[DATE_TIME:last spring]]. Clinically great, and [[PROVIDER:Dr. Halvorsen]] was honest about my [[HEALTH:low AMH]]. But monitoring is only 7 to 8:30am, so I was late to my classroom at [[LOCATION:Saint Ignatius Academy]] every cycle and my principal started asking questions. Got a [[HEALTH:positive beta]] in [[DATE_TIME:November]]! Still, [[FINANCIAL:$2,100]] a cycle out of pocket because [[FINANCIAL:Harvard Pilgrim]] won't cover it."),
# 27
("google", "occupational_medicine", 1, "Brent Adeleke",
 "[[HEALTH:Burned my forearm]] on a hot die at [[LOCATION:Halbrook Steel]] [[DATE_TIME:Tuesday night]] and my supervisor drove me here. [[HEALTH:Second-degree burn]], cleaned and dressed, fine. But then they faxed my whole visit note to HR, including my [[HEALTH:hepatitis C]] history. Half the break room knows now. [[FINANCIAL:Workers' comp]] only needed the injury."),
# 28
("healthgrades", "rheumatology", 1, "Dolores Kaminski",
 "I've had [[HEALTH:lupus]] since I was [[AGE:22]]. The new doctor here, [[PROVIDER:Dr. Prewitt]], took me off [[HEALTH:Plaquenil]] in [[DATE_TIME:July]] without talking to my kidney doctor, and by [[DATE_TIME:Labor Day]] I was [[HEALTH:flaring]] so badly I couldn't lift my granddaughter [[PERSON:Kenzie]] or play the organ at [[LOCATION:Holy Redeemer]] for the first time in 30 years."),
# 29
("google", "travel_medicine", 1, "Aidan Mulroney",
 "Needed [[HEALTH:yellow fever and typhoid shots]] before a mission trip to Uganda with [[LOCATION:Cornerstone Community Church]], flying out [[DATE_TIME:June 2]]. Booked six weeks ahead like they said, and [[DATE_TIME:the day before]] they called to say the vaccine was backordered. Ended up getting it at the county health department [[DATE_TIME:two days before the flight]] and paying twice, because they'd already charged my card [[FINANCIAL:$310]] for the consult."),
# 30
("yelp", "podiatry", 2, "Yaw Asante",
 "I'm a letter carrier out of the [[LOCATION:Elmhurst post office]], on my feet all day. [[PROVIDER:Dr. Marangoni]] did my [[HEALTH:bunionectomy]] [[DATE_TIME:Friday]], and by [[DATE_TIME:Sunday]] the [[HEALTH:stitches were oozing]] and my [[HEALTH:foot was throbbing]]. Couldn't get a callback until [[DATE_TIME:Thursday]]. I went back on light duty [[DATE_TIME:Monday]] because I can't afford more unpaid days. The surgery itself cost [[FINANCIAL:$1,150]] after my deductible and the follow-up was nonexistent."),
# 31
("facebook", "addiction_medicine", 5, "Hank Delacroix",
 "One year [[HEALTH:sober]] [[DATE_TIME:today]]. I walked into the [[HEALTH:evening IOP]] here [[DATE_TIME:last Halloween]] after my [[HEALTH:third relapse]], and my counselor [[PROVIDER:Reggie]] never once made me feel like garbage. Got my job back at [[LOCATION:Dalton Auto Body]] and my daughter [[PERSON:Kayleigh]] lets me pick her up from [[LOCATION:Foxglove Elementary]] again."),
# 32
("google", "ent", 1, "Rocío Benavides",
 "Fui el [[DATE_TIME:sábado 12 de abril]] porque tenía [[HEALTH:vértigo]] y [[HEALTH:zumbido en el oído derecho]]. El doctor me hizo un [[HEALTH:lavado de oído]] y me dijo que costaba [[FINANCIAL:$90]]; después me cobraron [[FINANCIAL:$410]] por una '[[HEALTH:prueba de audición]]' que nunca me explicaron. Trabajo limpiando casas en [[LOCATION:Villa Esperanza]] y ese dinero era para la renta. Llamé dos veces desde el [[CONTACT:915-555-0173]] y nadie del consultorio me explicó nada. Todavía tengo [[HEALTH:mareos]]."),
# 33
("zocdoc", "primary_care", 3, "Jonah Whitlock",
 "I drive in from [[LOCATION:Riverbend]] because this is the only office around that prescribes [[HEALTH:testosterone]] for trans guys. [[PROVIDER:Dr. Amari]] is respectful and knows her stuff. But the front desk called out my deadname to a full waiting room on [[DATE_TIME:Saturday]], even though my chart was updated in [[DATE_TIME:March]]. And my [[HEALTH:hormone levels]] came back [[DATE_TIME:10 days later]] with nobody explaining them."),
# 34
("healthgrades", "pulmonology", 2, "Evelyn Stroud",
 "My husband [[PERSON:Alistair]] has [[HEALTH:COPD]] and uses [[HEALTH:oxygen]] at night. His [[HEALTH:breathing test]] was [[DATE_TIME:the 3rd]] and the visit to go over it was set for [[DATE_TIME:the 17th]], then cancelled by robocall [[DATE_TIME:the night before]]. We live out past [[LOCATION:Tollgate Road]] and every trip in is an hour each way. [[PROVIDER:Dr. Mbeki]] is kind but stretched thin. They also billed [[FINANCIAL:Wellcare]] twice for the same test, claim [[ID:WC77190345]] and again under a new number."),
# 35
("facebook", "plastic_surgery", 1, "Ashlyn T.",
 "Had a [[HEALTH:tummy tuck]] with [[PROVIDER:Dr. Rourke]] on [[DATE_TIME:January 9]]. Healing was rough, a [[HEALTH:seroma]] that had to be [[HEALTH:drained]] twice, but the nurses handled it. What I can't get past: on [[DATE_TIME:MLK Day]] they posted my before photo on Instagram without asking, tagged at my salon in [[LOCATION:Parkdale]]. Two of my clients recognized my [[HEALTH:C-section scar]]. I paid [[FINANCIAL:$9,800]] cash and expected privacy to come with it."),
# 36
("google", "pediatrics", 5, "Chidinma Okwu",
 "The front desk speaks Tagalog, the bathrooms have step stools, and there's a quiet room for when a kid melts down. Small things, huge difference."),
# 37
("yelp", "urology", 4, "Bernard Lasko",
 "Had my [[HEALTH:vasectomy]] [[DATE_TIME:the Friday before the Super Bowl]] like half my fantasy league recommended. [[PROVIDER:Dr. Castile]] was quick and the [[HEALTH:Valium]] helped. Only gripe: the [[HEALTH:semen analysis]] drop-off is a two-hour window on weekday mornings and I work at [[LOCATION:Kestrel Aerospace]] 40 minutes away. Took two tries. Four stars because the clinical side was great."),
# 38
("healthgrades", "oncology", 5, "Peg Dunleavy",
 "Finished my last [[HEALTH:chemo]] for [[HEALTH:stage II Hodgkin lymphoma]] on [[DATE_TIME:December 19]] and rang the bell with my sisters [[PERSON:Noreen]] and [[PERSON:Bridget]] beside me. The infusion nurses, especially [[PROVIDER:Tomiko]], knew my name, my dog's name, and that I coach JV volleyball at [[LOCATION:Carroll High]]. My [[HEALTH:hair is coming back curly]]! Thank you, [[PROVIDER:Dr. Vasquez-Hill]]."),
# 39
("facebook", "optometry", 3, "Liesel Braun",
 "[[LOCATION:Greenview Elementary]] sent home a note that my son [[PERSON:Teddy]] failed the [[HEALTH:vision screening]]; his teacher had noticed him [[HEALTH:squinting at the board]]. Got him in [[DATE_TIME:the next Wednesday]]: [[HEALTH:nearsighted]] with [[HEALTH:astigmatism]], [[AGE:7 years old]] and now in [[HEALTH:glasses]]. The exam was great. The optical side, not so much: nobody mentioned his frames weren't covered by [[FINANCIAL:Davis Vision]] until we were charged [[FINANCIAL:$189]] for them, and they snapped at the hinge [[DATE_TIME:four days later]] at recess."),
# 40
("google", "wound_care", 4, "Otis Bramwell",
 "My mom is [[AGE:91]] and got a [[HEALTH:pressure sore on her heel]] from sitting in her recliner at [[LOCATION:Sunnybrook Assisted Living]]. Brought her in [[DATE_TIME:the week of Easter]] and the nurse [[PROVIDER:Mavis]] was so gentle and explained the [[HEALTH:silver dressing]] to both of us. Her heel is finally [[HEALTH:closing up]]. One star off for the parking lot: I had to push her [[HEALTH:wheelchair]] half a block."),
# 41
("zocdoc", "pain_management", 1, "Eusebio Serrano",
 "Tengo una [[HEALTH:hernia de disco]] desde un [[HEALTH:accidente en la obra]] en [[DATE_TIME:2021]]. El [[PROVIDER:Dr. Haskell]] me puso una [[HEALTH:inyección epidural]] el [[DATE_TIME:martes pasado]] y en la recepción me hicieron pagar [[FINANCIAL:$400]] en efectivo porque dijeron que mi [[FINANCIAL:compensación laboral]] no estaba autorizada, aunque el ajustador me lo había confirmado por teléfono el [[DATE_TIME:lunes]]. Trabajo para [[LOCATION:Constructora Del Valle]] y no puedo faltar más. Muy mala atención."),
# 42
("google", "hospice", 5, "Corrine Taft",
 "Our family chose [[HEALTH:hospice]] for my father [[PERSON:Leon]] after his [[HEALTH:pancreatic cancer]] spread in [[DATE_TIME:February]]. The nurse [[PROVIDER:Abigail]] drove out to his farmhouse on [[LOCATION:Quarry Hill Road]] at [[DATE_TIME:3 in the morning]] the night he was [[HEALTH:struggling to breathe]], and she sat with my mother until the funeral home came. He died at home [[DATE_TIME:March 30]], which is what he wanted. One suggestion: the [[HEALTH:bereavement calls]] started before we'd even held the service."),
# 43
("healthgrades", "orthodontics", 2, "Farrah Mansour",
 "My daughter [[PERSON:Yasmin]] ([[AGE:12]]) has had [[HEALTH:braces]] here since [[DATE_TIME:last fall]]. A [[HEALTH:bracket popped off]] [[DATE_TIME:the Friday before spring break]] and the earliest repair was [[DATE_TIME:April 22]], so three weeks of a [[HEALTH:wire poking her cheek]]. She cried before class photos at [[LOCATION:Ridgemont Middle]]. We pay [[FINANCIAL:$210/month]] on a [[FINANCIAL:$5,600]] contract for this?"),
# 44
("yelp", "acupuncture", 3, "Winnie Cheung",
 "Went for [[HEALTH:acupuncture]] for my [[HEALTH:migraines]]. [[PROVIDER:Wen]] is lovely, but the treatment room walls are paper thin. On [[DATE_TIME:Saturday]] I could hear the woman next door describing her [[HEALTH:miscarriage]], which means she could hear me talking about my [[HEALTH:IBS]]. Three stars for the needles, zero for privacy."),
# 45
("google", "weight_management", 3, "Trudy Oakes",
 "[[HEALTH:Lost 38 pounds]] on [[HEALTH:tirzepatide]] since [[DATE_TIME:Mother's Day]], so the medical side works. But coach [[PROVIDER:Devin]] weighs me in a hallway where the waiting room can see the scale. I'm [[AGE:52]] and got teased about my [[HEALTH:weight]] at [[LOCATION:Sacred Heart]] my whole childhood, I don't need an audience. Also nobody mentioned the [[FINANCIAL:$600]] enrollment fee on the phone, and [[FINANCIAL:Ambetter]] won't touch any of it."),
# 46
("facebook", "midwifery", 3, "Yadira Lozano",
 "[[HEALTH:Tuve a mi bebé]] [[PERSON:Santiago]] el [[DATE_TIME:2 de enero]] con la partera [[PROVIDER:Inés]]. Fue un [[HEALTH:parto en agua]] y una experiencia muy bonita, ella me respetó en todo. Pero después me llegó una cuenta de [[FINANCIAL:$3,200]] porque mi [[FINANCIAL:Medicaid]] se había vencido, y nadie del consultorio me avisó cuando me registré en [[DATE_TIME:agosto]]. Vivo en [[LOCATION:Los Fresnos]] con mi mamá y no tenemos ese dinero."),
# 47
("google", "dental", 5, "Mikhail Orlov",
 "I live in [[LOCATION:Ashford]] and drive 25 minutes past three other dentists to come here. [[PROVIDER:Dr. Ilunga]] fixed a [[HEALTH:cracked molar]] with a same-day [[HEALTH:crown]] [[DATE_TIME:the Tuesday before Thanksgiving]] so I could actually eat turkey. Hygienist [[PROVIDER:Brooke]] was so gentle with my [[HEALTH:receding gums]]. They even took my [[FINANCIAL:MetLife]] without drama."),
# 48
("yelp", "neurology", 2, "Tamsin Hargrove",
 "My [[HEALTH:MS]] was diagnosed here in [[DATE_TIME:2019]] and [[PROVIDER:Dr. Oduya]] has been great. But my [[HEALTH:FMLA paperwork]] for the [[LOCATION:Bellmore County Clerk's Office]] sat on someone's desk for five weeks, so my [[HEALTH:Ocrevus infusion]] days counted as unexcused absences and I got a written warning [[DATE_TIME:March 14]]. That is my livelihood."),
# 49
("google", "infectious_disease", 1, "D. Moreau",
 "Started [[HEALTH:PrEP]] here in [[DATE_TIME:May]]. The clinic staff are great, but they mailed my [[HEALTH:HIV test]] results to my parents' house in [[LOCATION:Glen Arbor]] instead of my apartment, because that address was still on my old [[FINANCIAL:Priority Health]] card. I wasn't out to my parents yet. I guess I am now."),
# 50
("zocdoc", "sports_medicine", 1, "Brenda Kowalczyk",
 "Long review, sorry. My son [[PERSON:Tyler]] is [[AGE:16]] and plays linebacker for [[LOCATION:Westbrook High]]. He took a [[HEALTH:helmet-to-helmet hit]] in the [[DATE_TIME:October 4]] game and was [[HEALTH:dizzy and throwing up]] on the sideline. We came here [[DATE_TIME:the next morning]] because it's the only sports medicine office open on Saturdays. [[PROVIDER:Dr. Brannigan]] diagnosed a [[HEALTH:concussion]] and gave us a [[HEALTH:return-to-play protocol]]. Fine so far.\n\n"
 "Then: (1) the [[HEALTH:baseline ImPACT test]] they needed from the school trainer was never requested. (2) The clearance form the coach needed by [[DATE_TIME:Thursday at 3pm]] for the homecoming game was faxed to a school in another district. (3) When I called [[DATE_TIME:Wednesday]] because his [[HEALTH:headaches]] were getting worse, I was told [[PROVIDER:Dr. Brannigan]] was out until [[DATE_TIME:the following Monday]] and nobody else could touch his plan, so he sat out two more games than he needed to.\n\n"
 "Then a [[FINANCIAL:$275]] charge for 'forms completion' on top of the [[FINANCIAL:$50]] copay, and [[FINANCIAL:Premera]] denied the visit because it was coded wrong. I've emailed from [[CONTACT:bkowal.family@example.net]] three times about account [[ID:SM-440918]]. [[PERSON:Tyler]] is fine now and back on the field, but I'd think hard before trusting this office with your kid's brain."),
]

DRAFTS = [
# --- 1 pediatric dentistry
(1, "", "We're sorry to read this. We want every parent to feel heard and informed, and our clinical director reviews concerns like these personally. Please call our office manager, Renée Danforth, at (816) 555-0172 so we can talk.",
 "Thanks the reviewer, states a practice-wide standard for parents and offers the manager's number without repeating the child, sedation, school or bill."),
(1, "E", "Thank you for sharing this, and we're sorry to read it. We want every parent to feel heard and informed. We hope he has a wonderful first week of school! Please call our office manager, Renée Danforth, at (816) 555-0172.",
 "Tricky: the warm wish for his first week of school echoes the son and his school start from the review."),
(1, "ENCD", "We're sorry Desmond felt sick afterward. The nitrous consent you signed at his first visit in 2022 covers sedation, and CHIP denied the claim because the bonding was coded as cosmetic.",
 "Names the child, repeats the sedation, symptom and carrier, cites a signed consent and coding he never posted, and argues."),
# --- 2 urgent care
(2, "", "Thank you for the feedback. Prescriptions should reach the right pharmacy every time, so we now read the pharmacy name and address back to everyone before they leave. We're also reviewing our evening phone coverage. Please contact our clinic lead, Perla Vega, at (973) 555-0141.",
 "Tricky safe: treats pharmacy routing and evening phones as practice-wide processes without the medication, the diagnosis, the street or the holiday."),
(2, "EMG", "So sorry Meenal had such a rough night! Make sure she finishes all ten doses of Tamiflu and keeps pushing fluids, and she'll be back on her feet in no time.",
 "Names the wife, repeats the diagnosis and medication, gives dosing and home-care advice and promises a quick recovery."),
# --- 3 cardiology
(3, "", "Thank you for taking the time to write this! We'll make sure Dr. Szabo and Colleen both see it. Reviews like this mean the world to our team.",
 "Tricky safe: passes praise to the two staff members the reviewer named without saying he was treated or mentioning the device, church or rink."),
(3, "C", "Thank you so much for the kind words! It was lovely to see you, and Dr. Szabo and Colleen send their best.",
 "Tricky: 'it was lovely to see you' confirms he was seen even though nothing clinical is repeated."),
# --- 4 behavioral health
(4, "", "We're sorry to read this. Mail from our office should protect everyone's privacy, and we've switched to plain envelopes with no logo or practice name. Any change to a standing appointment time deserves a conversation, not a letter. Please call our clinical director, Dr. Ottilie Marsden, at (508) 555-0119.",
 "Tricky safe: fixes envelopes and scheduling as practice-wide processes without mentioning therapy, the diagnosis, the job, the time slot or the address."),
(4, "ENCD", "We're sorry you're upset, but our attendance policy, which every client signs at intake, says we can't hold a standing evening slot indefinitely. Two letters were sent before your discharge.",
 "Alludes to her evening slot, adds contact history she never posted, confirms she was a client and quotes policy against her."),
(4, "E", "We're sorry to read this. We know how hard it can be to fit appointments around shift work, and we've switched to plain envelopes with no logo. Please call our clinical director, Dr. Ottilie Marsden, at (508) 555-0119.",
 "Tricky: 'fit appointments around shift work' alludes to the reviewer's job and schedule from the review."),
# --- 5 dermatology
(5, "", "Thank you for the balanced review. Starting on time matters to us, and we're looking at how our schedule is built. Please reach our office manager, Ines Calloway, at (651) 555-0178 with any questions.",
 "A short operational reply with a contact, with no mention of the skin condition, medication, copay, time or workplace."),
(5, "D", "Thank you for the feedback. For clarity, our posted policy is one concern per visit, which is how insurers require us to bill, so we encourage everyone to read it before booking. Please reach our office manager, Ines Calloway, at (651) 555-0178.",
 "Tricky: contains no PHI, but quoting policy and implying the reviewer should have read it is defensive."),
# --- 6 obgyn
(6, "", "We're so sorry to read this. Preferences people write on their forms should always be honored, and we've added a step so every clinician reviews those notes before any appointment begins. Please reach our practice manager, Corinne Alvarado, at (614) 555-0127.",
 "Tricky safe: honoring written preferences is stated as a practice-wide process, without the scan, the pregnancy, the sex of the baby or the party."),
(6, "E", "We're so sorry to read this. Preferences people write on their forms should always be honored, and every sonographer now reviews those notes before a scan begins. Please reach our practice manager, Corinne Alvarado, at (614) 555-0127.",
 "Tricky: 'every sonographer ... before a scan' reveals the kind of appointment the reviewer had, echoing her ultrasound."),
(6, "ENCMG", "Congratulations on your baby girl! Everything on the scan looked perfect, and we promise the rest of your pregnancy will go smoothly.",
 "Repeats the baby's sex and the pregnancy, adds a scan result she never posted, confirms the scan, reassures and promises an outcome."),
# --- 7 orthopedics
(7, "", "Thank you for the thoughtful review! We want every charge to be accurate, and our billing manager, Keith Osborne, would be glad to look into any questions at (402) 555-0133.",
 "Answers the billing point with a practice-wide commitment and a contact, without the injury, surgery, scooter, carrier or church."),
(7, "E", "Thank you for the thoughtful review! We'll pass your kind words to Dr. Eberhardt, and good luck to the Calvary Fellowship team next season! \U0001f94e",
 "Tricky: the friendly sign-off names the reviewer's church team, a place from the review."),
(7, "ENCI", "We're so glad your ankle is strong again! We've already voided the scooter charge to Humana and your account shows a zero balance. Come try a free session at our sports performance gym on us!",
 "Repeats the ankle, scooter and carrier, discloses account changes and a balance, and offers a free service."),
# --- 8 primary care
(8, "", "We're sorry to read this, and we'd like to understand what happened. Please call our practice administrator, Howard Teague, at (505) 555-0110, or email feedback@mesaviewprimary.example.",
 "A short apology that invites offline contact through the practice's own phone and email."),
(8, "ENCM", "We apologize for the delay. Your provider, Dr. Pierce, has sent levothyroxine 75 mcg to your pharmacy. Take it on an empty stomach, and we'll recheck your TSH in six weeks.",
 "'Your provider' confirms the relationship, and it repeats the drug and test, adds a new dose and plan, and gives dosing advice."),
# --- 9 pediatrics
(9, "", "This made our whole team smile! \U0001f49b We'll make sure Joelle sees it. We want every parent to leave with their questions answered.",
 "Tricky safe: passes praise to the NP the reviewer named and states a general value, without the child, the seizure or the dates."),
(9, "E", "This made our whole team smile! \U0001f49b We'll make sure Joelle sees it, and we hope your little one is feeling more like herself.",
 "Tricky: 'your little one is feeling more like herself' alludes to the child and her health event."),
# --- 10 dental
(10, "", "Thank you for your feedback. Starting on time and giving everyone our full attention are basics we take seriously, and we've shared this with our whole clinical team. Please call our office manager, Lorena Stiles, at (317) 555-0134.",
 "Addresses punctuality and attention as practice-wide basics and offers the manager's number."),
(10, "D", "We're sorry you feel that way, but our hygienists do not take personal calls in the operatory, and that simply isn't what happens here. Please call our office manager, Lorena Stiles, at (317) 555-0134.",
 "Tricky: contains no PHI and confirms nothing, but flatly contradicts the reviewer's account."),
(10, "C", "I'm the office manager, and I remember checking you in. I'm sorry our hygienist was distracted, and I've spoken with her directly. Please call me at (317) 555-0134.",
 "Tricky: 'I remember checking you in' confirms in the first person that the reviewer was seen."),
# --- 11 physical therapy
(11, "", "Thank you for the honest feedback. Everyone should get focused time with their therapist, and we've hired additional front-desk staff so clinicians can stay with the people they're treating. Please call our clinic director at (720) 555-0150.",
 "Responds to the staffing problem in practice-wide terms without the condition, treatments, race, gym or copay."),
(11, "CN", "Thank you for the honest feedback! Marco has really enjoyed working with you, and we've updated your scheduling preferences so the front desk keeps you on his calendar.",
 "Tricky: friendly and free of clinical detail, but 'enjoyed working with you' and 'updated your scheduling preferences' confirm she is a patient and disclose a record change."),
# --- 12 urgent care (HTML)
(12, "", "We're very sorry to read this. Questions about the care anyone received go straight to our medical director, and the insurance plans we accept should be clear before anyone is asked to pay. Please call Lionel Strickland, manager of our Route 30 clinic, at (610) 555-0145.",
 "Tricky safe: naming the practice's own Route 30 site in the contact is the practice's own detail, and insurance is addressed in general terms."),
(12, "E", "We're very sorry to read this. We know the holidays are hard enough without an unexpected trip to urgent care. Please call Lionel Strickland, manager of our Route 30 clinic, at (610) 555-0145.",
 "Tricky: the holiday line alludes to the New Year's Eve date of the daughter's injury from the review."),
(12, "ENCMDG", "An X-ray taken right after a fall often can't show a scaphoid fracture, which is why our provider splinted her and told you to come back in ten days. Keep the wrist immobilized until her surgery and it will heal perfectly.",
 "Repeats the fall, wrist and diagnosis, adds a follow-up instruction nobody posted, defends the care, gives advice and promises healing."),
# --- 13 sleep medicine
(13, "", "Thank you for the feedback. Double-bookings and misrouted paperwork aren't acceptable, and our operations team is reviewing how rooms and orders are scheduled. Please reach our office manager, Patrice Lomax, at (304) 555-0122.",
 "Treats the room and order problems as operational failures without the study, the result, the device or the town."),
(13, "E", "Thank you for the feedback. No one should make a long drive after a night at work only to be turned away, and our operations team is reviewing how rooms are scheduled. Please reach our office manager, Patrice Lomax, at (304) 555-0122.",
 "Tricky: 'a long drive after a night at work' alludes to the reviewer's commute and mill shift from the review."),
(13, "ENCM", "We're sorry about the delay with your APAP. It shipped Tuesday from Respira Home Medical. Please wear it every night; with oxygen drops like yours, skipping nights really matters.",
 "Repeats the device and result, adds shipping details, confirms he is a patient and gives usage advice."),
# --- 14 medspa
(14, "", "Thank you for reaching out here. Every message we receive, on any channel, deserves a prompt reply, and we've assigned a team member to check our social inboxes every day. Please contact our clinic director, Sabrina Holt, at (480) 555-0103 or care@glowhausmedspa.example.",
 "Tricky safe: fixes social-media response times for everyone, with no mention of the treatment, reaction, price, job or handle."),
(14, "ECI", "Bri, we're so sorry about the dark patches! We'd love to refund your remaining sessions and treat you to a complimentary HydraFacial so you're camera-ready for your next bride. 💕",
 "Uses her nickname, repeats the reaction and her job, confirms she is a client and offers a refund and a free treatment."),
# --- 15 oral surgery
(15, "", "Thank you so much for the kind review! We'll share it with our whole team.",
 "A short thank-you with no details."),
(15, "EC", "Thanks, Beckett! We're so glad the procedure went smoothly, and have an amazing summer at camp! \U0001f3d5\ufe0f",
 "Names the reviewer, 'the procedure went smoothly' confirms his surgery, and it echoes his camp job."),
# --- 16 psychiatry
(16, "", "We're sorry to read this. Being reachable matters, and we've added an on-call clinician and a larger voicemail system so messages are returned the same day. Anyone who needs immediate support can reach the 988 Suicide & Crisis Lifeline by call or text, day or night. Please reach our practice director, Arlene Shaw, at (859) 555-0116.",
 "Tricky safe: the 988 line is offered to anyone, and phone access is treated as a practice-wide fix without the medication, symptoms or holiday."),
(16, "E", "We're sorry to read this, and especially sorry it happened over a holiday weekend. We've added an on-call clinician and a larger voicemail system. Please reach our practice director, Arlene Shaw, at (859) 555-0116.",
 "Tricky: 'over a holiday weekend' alludes to the Memorial Day date from the review."),
(16, "ENCD", "Dr. Kessler's notes show a 90-day supply of Effexor was sent in March, so you should not have run out. Please keep better track of your refill dates.",
 "Repeats the medication, cites chart notes and a supply the review never mentioned, confirms the relationship and blames the reviewer."),
# --- 17 chiropractic
(17, "", "We're sorry to read this. Privacy is fundamental to everything we do, inside and outside the office, and we've shared this with our whole team. Please contact our office manager, Cheryl Vandermolen, at (706) 555-0125.",
 "Tricky safe: commits to privacy everywhere as a team standard without the street, the party, the condition or the treatment."),
(17, "CD", "We hear you, but Dr. Ambrose would never discuss a patient's care in public, and he doesn't recall any conversation about your treatment.",
 "Contradicts the reviewer and 'your treatment' confirms she is his patient."),
# --- 18 audiology
(18, "", "What a lovely review to read! We'll share it with Dr. Pellegrino. Helping people keep doing what they love is the best part of our work.",
 "Tricky safe: a general mission line and praise for the named audiologist, with no mention of the band, the ear, the age or the parade."),
(18, "E", "Thank you for the wonderful review! We'll share it with Dr. Pellegrino, and we'll be cheering for the band at the parade! \U0001f3ba",
 "Tricky: the cheerful closing echoes the reviewer's band and the parade from the review."),
# --- 19 gastroenterology
(19, "", "We're sorry to read this. Clear instructions before any appointment, and fair billing, are standards we hold for everyone. Our patient advocate, Gwen Castro, would like to speak with you at (763) 555-0147.",
 "States practice-wide standards and offers the advocate's number without the procedure, medication, wife or fee."),
(19, "ENCD", "Our prep packet, mailed to you on the 2nd, tells everyone on anticoagulants to call their cardiologist first. The $150 fee follows our 48-hour cancellation policy.",
 "Repeats the medication class and the fee, adds a mailing date, confirms he was booked and defends the charge with policy."),
(19, "I", "We're sorry to read this. Clear instructions matter to us, and as a thank-you to our community, everyone who visits this month gets free valet parking. Please call our patient advocate, Gwen Castro, at (763) 555-0147.",
 "Tricky: a perk offered to everyone is still something of value offered in a public reply."),
# --- 20 speech therapy (Spanish)
(20, "", "¡Muchas gracias por sus palabras tan amables! Se las haremos llegar a Pilar. Para nuestro equipo es un honor trabajar con cada familia.",
 "Tricky safe: a Spanish reply that passes praise to the therapist the reviewer named, without the child, the diagnosis, the preschool or the insurance."),
(20, "EC", "¡Gracias! Fue un gusto atender a su hijo y verlo avanzar tanto desde septiembre. Pilar les manda saludos.",
 "'Atender a su hijo' confirms the child is a patient, and it echoes his progress and the start month."),
(20, "EMG", "¡Qué alegría que Emiliano ya hable con más confianza! Practiquen en casa quince minutos al día y les aseguramos que en unos meses ya no tartamudeará.",
 "Names the child, echoes his stutter and progress, gives home-practice advice and promises an outcome."),
# --- 21 endocrinology
(21, "", "Thank you for the feedback. Forms that families need should go out quickly and correctly, and we've assigned a dedicated coordinator to every form request. Please reach her, Tamika Rowe, at (412) 555-0159.",
 "Tricky safe: treats forms as a general service with a named coordinator, without the child, the diagnosis, the school, the insulin or the device."),
(21, "ENC", "We're sorry for the delay. Sadie's care plan was faxed to the Lincoln Middle School nurse on Friday, with her Dexcom alarm settings attached.",
 "Names the child and her school, repeats the care plan and device, and adds fax details."),
# --- 22 allergy (no PHI)
(22, "", "Thank you for the feedback. A clear list of accepted plans shouldn't require a callback, so we've posted the full list on our website and at the front desk. Questions can also be emailed to insurance@brightwayallergy.example.",
 "Answers a no-PHI insurance question with an operational fix and the practice's own email."),
(22, "ECI", "Sorry about that, Rashad! We'll have someone call you back today, and we'll take 20% off your next visit for the trouble.",
 "Names the reviewer, 'your next visit' treats him as a patient, and it offers a discount."),
(22, "C", "As a long-time patient, you deserve a straight answer. Our billing lead will call you this afternoon.",
 "Tricky: 'a long-time patient' and promising to call him confirm a relationship the review never stated."),
# --- 23 nephrology
(23, "", "Thank you for the thoughtful review. We've shared your feedback with our clinic manager, Yolanda Birch, who would be glad to talk with you at (314) 555-0166.",
 "A short thank-you that routes feedback to the clinic manager without the father, the treatment, the listing, the time, the town or the employer."),
(23, "EC", "Thank you! We're so happy Dr. Achterberg got your dad listed, and we'll try to find him a later chair before your shift starts.",
 "Repeats the transplant listing and the father, refers to his chair time and confirms he is a patient."),
# --- 24 pediatrics
(24, "", "Thank you for telling us this. Quick access and timely paperwork both matter to the families we serve, and our medical director is reviewing how we handle each. Please call our practice manager, Celeste Harlan, at (262) 555-0170.",
 "Responds to access and paperwork in general terms without the baby, the daycare, the diagnosis or the days."),
(24, "ECD", "We're sorry for the frustration. She was seen the same day, as our sick-visit policy promises, and our providers follow state guidance on when children can return to group care.",
 "The passive 'she was seen' confirms the baby is a patient, it alludes to the daycare return, and it defends the refusal."),
# --- 25 ophthalmology
(25, "", "What a wonderful review to read! Thank you for taking the time to share it. \U0001f440",
 "A short thank-you with no details."),
(25, "CI", "Thank you for trusting us with your vision! Send a friend our way and we'll give each of you $250 off.",
 "Thanking him for trusting them with his vision confirms he is a patient, and the referral discount is an incentive."),
# --- 26 fertility
(26, "", "Thank you for sharing this. We know early-morning hours don't work for everyone, and we're piloting later appointment times across our services this spring. Please reach our patient experience lead, Rosalind Mercer, at (919) 555-0107.",
 "Tricky safe: addresses early hours as a practice-wide scheduling change without naming the treatment, the school or the result."),
(26, "E", "Thank you for sharing this. We know early-morning monitoring doesn't work for everyone, and we're piloting later monitoring times for working parents-to-be this spring. Please reach Rosalind Mercer at (919) 555-0107.",
 "Tricky: 'monitoring' and 'parents-to-be' allude to the fertility treatment and pregnancy in the review."),
(26, "ENCMG", "Congratulations on your pregnancy! Dr. Halvorsen is thrilled, and your first ultrasound is booked for the 12th. With a beta like yours, everything is going to be just fine.",
 "Repeats the pregnancy and result, adds a booked ultrasound, confirms she is a patient, reassures and promises an outcome."),
# --- 27 occupational medicine
(27, "", "We're very sorry to read this. Sharing only the minimum necessary information with employers is a legal duty we take seriously, and our privacy officer is reviewing this concern. Please contact her, Lydia Ferro, at (216) 555-0138 or privacy@ironworksoccmed.example.",
 "Tricky safe: states the employer-disclosure rule as a practice-wide duty without naming the employer, the injury or the diagnosis."),
(27, "CD", "We take privacy seriously. Visits arranged by an employer are shared with that employer under the authorization you signed at check-in, so nothing was released improperly.",
 "Cites the reviewer's signed authorization, which confirms he was seen, and denies the complaint."),
(27, "ENCI", "We're sorry. The note sent to Halbrook Steel HR on Wednesday has been recalled, and your dressing change next Thursday is on us.",
 "Names the employer, confirms the disclosure and his care, adds a recall date and a future appointment, and offers a free service."),
# --- 28 rheumatology
(28, "", "We're truly sorry to read this. Our medical director personally looks into every concern of this kind and would like to hear from you. Please call (412) 555-0153 and ask for Dr. Miriam Osterhout.",
 "Acknowledges the concern and offers the medical director without restating the condition, medication, family or church."),
(28, "E", "Dolores, we're so sorry about the flare, and we hope you're back at the organ bench at Holy Redeemer soon. Our medical director would like to hear from you at (412) 555-0153.",
 "Names the reviewer, repeats the flare and names her church and the organ she plays."),
# --- 29 travel medicine
(29, "", "We're sorry for the frustration, and we'd like to hear more. Please call our office manager, Sadia Nadeem, at (503) 555-0161.",
 "A brief apology with the manager's number, without the vaccines, the trip, the church, the dates or the charge."),
(29, "E", "We're sorry for the frustration, and we hope the trip to Uganda was everything you hoped for. Billing questions can go to our office manager, Sadia Nadeem, at (503) 555-0161.",
 "Tricky: the well-wish repeats the reviewer's travel destination, a personal detail from the review."),
(29, "G", "We're sorry for the frustration. We've changed how we confirm stock, and we promise this will never happen to anyone again. Please call our office manager, Sadia Nadeem, at (503) 555-0161.",
 "Tricky: otherwise safe, but it makes an unconditional never-again promise."),
# --- 30 podiatry
(30, "", "Thank you for the feedback. Calls should be returned the same day, and we've added a staffed nurse line every weekday. Please reach our practice manager, Garrett Tully, at (708) 555-0174.",
 "Treats callbacks as an operational issue without the procedure, symptoms, days or job."),
(30, "EM", "Thank you for the feedback. We've added a same-day nurse line, and anyone with swelling or drainage after foot surgery should keep the foot raised and call us right away.",
 "Tricky: phrased for 'anyone', but it mirrors the reviewer's surgery and symptoms and gives care instructions."),
(30, "ENCD", "We're sorry nobody called you back before Thursday, Yaw. Dr. Marangoni's discharge sheet said two weeks off your feet, so going back to a mail route on Monday went against that advice.",
 "Names the reviewer, repeats the days and his job, adds discharge instructions he never posted, confirms care and blames him."),
# --- 31 addiction medicine
(31, "", "Thank you for sharing this. Every person who comes to us deserves to be treated with dignity, and messages like this mean the world to our team.",
 "A warm practice-wide thank-you with no mention of sobriety, the program, the counselor, the family or the job."),
(31, "E", "Thank you for sharing this. We'll make sure Reggie sees it. Congratulations on this milestone! \U0001f389",
 "Tricky: 'this milestone' alludes to the sobriety anniversary the reviewer disclosed."),
# --- 32 dental (Spanish)
(32, "", "Gracias por tomarse el tiempo de escribirnos. Queremos que cada persona conozca el precio completo antes de cualquier servicio. Por favor llame a nuestra gerente, Adriana Ibáñez, al (915) 555-0118.",
 "Spanish reply with a practice-wide pricing commitment and the manager's number, without the symptoms, tests, amounts or neighbourhood."),
(32, "C", "Lamentamos mucho que su visita no haya sido lo que esperaba. Queremos que cada persona conozca el precio completo antes de cualquier servicio. Por favor llame a nuestra gerente, Adriana Ibáñez, al (915) 555-0118.",
 "Tricky: 'su visita' confirms the reviewer was seen; the rest is the safe Spanish reply."),
(32, "ECDM", "Señora Benavides, la prueba de audición siempre se cobra aparte del lavado, como se le explicó. Los mareos son normales unos días; tome meclizina. La llamaremos al 915-555-0173.",
 "Names the reviewer, repeats the test, procedure and dizziness, says she was told already, gives medication advice and repeats her phone number."),
# --- 33 primary care
(33, "", "Thank you for this feedback. Everyone deserves to be called by the name they use, every time, and we're retraining our front desk and checking that our check-in screens show the name each person goes by. We'll share your kind words with Dr. Amari. Please reach our office manager, Noelle Fairbanks, at (971) 555-0181.",
 "Tricky safe: a practice-wide commitment on names plus praise for the named doctor, without the hormone therapy, identity, town or results."),
(33, "E", "Thank you for this feedback. We're proud to be a safe, affirming place for trans people in Riverbend, and we're retraining our front desk. Please reach our office manager, Noelle Fairbanks, at (971) 555-0181.",
 "Tricky: the welcoming line repeats the reviewer's town and alludes to his gender identity from the review."),
(33, "CN", "Thank you for the feedback. We're sorry about the check-in mix-up; your preferred name is now flagged at the top of your chart so it shows first.",
 "Refers to the reviewer's chart and discloses a chart change, which confirms he is a patient."),
# --- 34 pulmonology
(34, "", "Thank you for the feedback. Follow-up visits shouldn't be cancelled at the last minute, and billing should be right the first time; our scheduling and billing leads are looking at both. Please call our office manager, Bettina Zell, at (505) 555-0186.",
 "Addresses cancellations and billing as practice-wide standards without the husband, the diagnosis, the road or the carrier."),
(34, "ENCMG", "We're sorry for the delay. Alistair's test shows moderate obstruction, stable since last year. Please keep him on his night oxygen, and Dr. Mbeki will see him on the 30th. With the right routine he'll be just fine.",
 "Names the husband, adds a result and an appointment, confirms he is a patient, gives advice and promises he will be fine."),
# --- 35 plastic surgery
(35, "", "We're very sorry to read this. We've taken down all before-and-after images from our social accounts while we review our photo-consent process, and we now require written permission for any image we post. Please contact our practice director, Lucinda Matsuda, at (214) 555-0192.",
 "Tricky safe: a practice-wide fix to photo posting, without the surgery, the complication, the scar, the salon or the price."),
(35, "NCD", "Every patient signs a photo release before surgery, and yours is on file with your chart, so the post followed our policy. Please call our office to discuss.",
 "Says her signed release is on file, which confirms she is a patient, adds a record detail and defends the post."),
# --- 36 pediatrics (no PHI)
(36, "", "These kind words made our day! We'll share them with the whole team.",
 "A short thank-you for a no-PHI review."),
(36, "C", "Thank you for the kind words! We've loved having your crew with us since your very first visit.",
 "Tricky: 'since your very first visit' confirms the family are patients."),
# --- 37 urology
(37, "", "Thanks for the review! We appreciate the feedback on our hours and have shared it with our operations team.",
 "A short operational thank-you with no mention of the procedure, the test or the employer."),
(37, "E", "Thanks for the review! We're adding afternoon specimen drop-off hours this spring so no one has to make the trip twice.",
 "Tricky: 'specimen drop-off' and 'the trip twice' allude to the semen analysis and the two tries from the review."),
# --- 38 oncology
(38, "", "Thank you for these beautiful words. We'll make sure Tomiko and Dr. Vasquez-Hill see them; knowing people as people, not just names on a schedule, is what our nurses care about most.",
 "Tricky safe: passes praise to the named nurse and doctor and states a team value, without the cancer, the date, the family or the school."),
(38, "EC", "Thank you for these beautiful words, and congratulations on ringing the bell! \U0001f514 We'll make sure Tomiko and Dr. Vasquez-Hill see them.",
 "Tricky: 'ringing the bell' alludes to finishing chemo at the practice, which echoes the treatment and confirms it."),
# --- 39 optometry
(39, "", "Thank you for the balanced review. Coverage questions should be answered before anyone is charged, and our optical manager, Hugo Petrakis, is reviewing how we explain frame pricing. You can reach him at (608) 555-0193.",
 "Treats coverage and pricing as an operational issue and names the manager as a contact, without the child, the diagnosis, the school, the plan or the price."),
(39, "ENCI", "So sorry about the broken hinge! Teddy's replacement frames are ready for pickup, and we've credited $50 back to your account.",
 "Names the child, confirms his glasses came from the practice, adds pickup status and offers a credit."),
# --- 40 wound care
(40, "", "Thank you for this kind review! We appreciate the feedback on our parking lot and have passed it to our facilities team.",
 "Thanks the reviewer and treats parking as a facilities issue, without the mother, the wound, the device or the residence."),
(40, "EC", "Thank you for this kind review! We'll be sure Mavis sees it, and please give your mom our love!",
 "Tricky: sending love to 'your mom' refers to the patient from the review and implies she is known to the practice."),
# --- 41 pain management (Spanish)
(41, "", "Lamentamos leer esto. Confirmar la cobertura antes de cualquier servicio es responsabilidad nuestra, y estamos revisando cómo verificamos las autorizaciones. Le pedimos que se comunique con nuestra gerente, Beatriz Olmos, al (602) 555-0104.",
 "Tricky safe: a Spanish reply that treats coverage checks as a practice-wide duty without the injection, the claim type, the amount or the employer."),
(41, "C", "Lamentamos que lo hayamos atendido de esa manera. Estamos revisando cómo verificamos las autorizaciones. Le pedimos que se comunique con nuestra gerente, Beatriz Olmos, al (602) 555-0104.",
 "Tricky: 'lo hayamos atendido' confirms the reviewer was seen at the practice."),
(41, "ENCDI", "Señor Serrano, la compensación laboral requiere autorización por escrito y usted no la trajo. Con gusto le devolvemos $100 del pago como cortesía.",
 "Names the reviewer, repeats his coverage, adds that he lacked a written authorization, blames him and offers a refund."),
# --- 42 hospice
(42, "", "Thank you for taking the time to write this. We'll make sure Abigail reads your words, and we've shared your suggestion with our leadership team.",
 "Tricky safe: passes the words to the named nurse and the suggestion to leadership, without the father, the illness, the death or the calls."),
(42, "E", "We're so sorry for your loss. Thank you for taking the time to write this; we'll make sure Abigail reads your words.",
 "Tricky: ordinary condolences still echo the father's death from the review."),
(42, "EC", "It was an honor to care for Leon in his final weeks, and Abigail still thinks of your mother often.",
 "Names the father, confirms he was cared for and mentions the mother."),
# --- 43 orthodontics
(43, "", "Thank you for the feedback. Repairs shouldn't wait weeks, and we're holding same-week emergency slots starting this month. Please call our treatment coordinator, Henrike Kraus, at (847) 555-0111.",
 "An operational scheduling fix with a contact, without the daughter, the school, the dates or the amounts."),
(43, "EM", "Thank you for the feedback. We're holding same-week emergency slots starting this month, and in the meantime a little orthodontic wax over any poking wire works wonders!",
 "Tricky: the friendly tip mirrors the daughter's poking wire and gives care advice."),
(43, "ENCD", "Yasmin's repair was offered on April 8, but you declined it because of spring break travel. Her contract balance is $3,360.",
 "Names the daughter, adds an offered date, a reason and a balance, confirms she is a patient and blames the parent."),
# --- 44 acupuncture
(44, "", "Thank you for raising this. Privacy in our treatment rooms matters to everyone, and we're adding sound masking and solid-core doors this month. We'll share your kind words with Wen. Please reach our clinic manager, Iris Takahashi, at (415) 555-0120.",
 "Tricky safe: a practice-wide privacy fix plus praise for the named practitioner, without either person's conditions or the day."),
(44, "C", "Thank you for raising this. We're adding sound masking and solid-core doors this month, and Wen can't wait to have you back for your next session.",
 "Tricky: wanting to 'have you back for your next session' confirms an ongoing patient relationship."),
# --- 45 weight management
(45, "", "Thank you for the honest feedback. Everyone deserves privacy and dignity at every step, and we've moved our scale into a private room. We'll pass your comments to Devin. Questions about pricing can go to hello@renewweightclinic.example.",
 "Tricky safe: moving the scale is a practice-wide privacy fix, and comments go to the named coach, without her weight, medication, age, school or carrier."),
(45, "ECG", "Congratulations on your progress, Trudy! Devin is so proud of you, and we promise you'll hit your goal weight by summer.",
 "Names the reviewer, alludes to her weight loss, confirms she is a client and promises a result."),
(45, "I", "Thank you for the honest feedback. We've moved our scale into a private room, and to thank our community, everyone who joins in October gets their first two coaching sessions free.",
 "Tricky: free sessions offered to everyone are still an incentive in a public reply."),
# --- 46 midwifery (Spanish)
(46, "", "Muchas gracias por sus comentarios y por sus palabras sobre Inés; se las haremos llegar. Queremos que cada familia tenga información clara sobre su cobertura antes de cualquier servicio. Por favor llame a nuestra coordinadora de facturación, Carmen Olivares, al (956) 555-0189.",
 "Tricky safe: a Spanish reply that thanks the named midwife and states a coverage-information standard, without the birth, the baby, the amount or the town."),
(46, "E", "¡Felicidades por la llegada de su bebé! Le haremos llegar sus palabras a Inés. Por favor llame a Carmen Olivares al (956) 555-0189.",
 "Tricky: congratulating her on the baby's arrival echoes the birth from the review."),
(46, "ENCD", "Señora Lozano, su Medicaid venció en noviembre y usted firmó nuestro formulario de responsabilidad financiera. El saldo de $3,200 sigue pendiente.",
 "Names the reviewer, repeats the coverage and amount, adds an expiry month and a signed form, and insists on the balance."),
# --- 47 dental
(47, "", "Thank you for the wonderful review! We're so glad you took the time to share it, and we'll pass it along to the whole team.",
 "A plain thank-you without the tooth, the gums, the town, the holiday or the insurer."),
(47, "E", "Thank you so much! Knowing that people drive in from a few towns over means a lot to our team. \U0001f697",
 "Tricky: 'drive in from a few towns over' alludes to the reviewer's commute from his town."),
(47, "EC", "Thank you, Mikhail! Brooke loved working with you, and we hope that crown is holding up to all the turkey. 🦃",
 "Names the reviewer, echoes his crown and the holiday, and confirms he was treated."),
# --- 48 neurology
(48, "", "Thank you for the feedback. Forms for employers should be completed promptly, and we've assigned a dedicated coordinator to track every request. Please reach her, Maren Quist, at (631) 555-0137.",
 "Treats employer forms as a practice-wide process with a named coordinator, without the diagnosis, the leave, the infusion or the employer."),
(48, "ENC", "We're so sorry! Your FMLA forms went to the County Clerk's HR office this morning, and we listed your Ocrevus dates on them.",
 "Repeats the leave paperwork, employer and medication, adds fax details and confirms she is a patient."),
(48, "D", "Thank you for the feedback. Employers and insurers, not our office, decide how these forms must be filled out, and we can only move as fast as they respond.",
 "Tricky: contains no PHI, but it shifts the blame to employers and insurers instead of owning the delay."),
# --- 49 infectious disease
(49, "", "We are deeply sorry to read this. Where and how we send mail must always respect each person's privacy and current address, and our privacy officer is reviewing every step of our mailing process. Please contact him, Rafael Dunmore, at (989) 555-0151 or privacy@northshoreid.example.",
 "Tricky safe: a practice-wide mailing and privacy fix, without the medication, the test, the town, the insurer or the family situation."),
(49, "E", "We are deeply sorry to read this. We understand how painful it is when something so personal reaches family before you're ready. Please contact our privacy officer, Rafael Dunmore, at (989) 555-0151.",
 "Tricky: the empathetic line alludes to the reviewer's parents learning something personal, echoing the review."),
(49, "NCDI", "We're sorry about the mix-up, but we mail to the address on file, and that's the one your insurer gave us. We've now updated it to your apartment, and your next visit is free as an apology.",
 "Refers to the reviewer's record and updates it, confirming the relationship, blames the insurer and offers a free visit."),
# --- 50 sports medicine
(50, "", "We are truly sorry to read this. Forms should reach the right place on time, every call should reach someone who can help, and every bill should be clear before it's sent. Our clinic director, Dr. Vivian Ashcroft, would like to speak with you at (425) 555-0163 or director@summitsportsmed.example.",
 "Tricky safe: answers forms, phone coverage and billing as practice-wide standards, without the son, the injury, the school, the account or the email."),
(50, "EC", "We're sorry for the frustration. Our billing team will review account SM-440918 and the Premera denial and call you this week.",
 "Repeats the account number and carrier and confirms the family has an account."),
(50, "ENCDMG", "Headaches after a concussion are common and usually harmless, and only the treating physician can change a return-to-play plan, as our staff told you. Tyler's clearance form was faxed on time to the number you gave us, and with proper rest he'll have no lasting effects.",
 "Names the son, repeats his symptoms and diagnosis, adds fax details, defends the staff, gives reassurance and promises an outcome."),
]
