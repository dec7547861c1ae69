"""Open study set dev_q: 60 reviews, 120 drafts with dense lay disclosures of health and places. All text invented."""
PREFIX = "q"

REVIEWS = [
# 1
("google", "dental", 1, "Marcus Delaney",
 "Went in [[DATE_TIME:last Tuesday]] because [[HEALTH:anything cold made my back tooth zing]] and I [[HEALTH:couldn't chew on the left side]]. [[PROVIDER:Dr. Pruitt]] [[HEALTH:numbed the side of my face and pulled the back one]] without really going over options. [[DATE_TIME:That night]] the [[HEALTH:hole kept oozing]] and my [[HEALTH:cheek puffed up like a golf ball]]. Called the after-hours number at [[DATE_TIME:11:30pm]], voicemail. I had to take [[DATE_TIME:Wednesday]] off from the [[LOCATION:Kessler plant]] to come back, and they still billed me [[FINANCIAL:$385]] after [[FINANCIAL:Delta Dental]]. Nobody even apologized. - [[PERSON:Marcus D.]]"),
# 2
("yelp", "orthodontics", 2, "Tasha Greer",
 "My daughter [[PERSON:kiara]] is [[AGE:13]] and has been in the [[HEALTH:clear aligner trays]] since [[DATE_TIME:last March]]. Her [[HEALTH:bottom front teeth still overlap]], and now there are [[HEALTH:chalky white spots]] where the [[HEALTH:little bumps glued to her teeth]] used to be. [[PROVIDER:Dr. Amsel]] basically blamed her brushing. She also [[HEALTH:wakes up with her jaw aching from clenching]], and the school nurse at [[LOCATION:Hawthorne Middle]] has called me twice about it. We've paid [[FINANCIAL:$4,950]] and [[FINANCIAL:MetLife]] covered next to nothing. Two stars only because [[PROVIDER:Gina]] at the front desk is sweet and always squeezes us in."),
# 3
("healthgrades", "dermatology", 5, "Eleanor Fitch",
 "[[PROVIDER:Dr. Osgood]] is the first doctor who took the [[HEALTH:itchy, flaky patches on my elbows and knees]] seriously. I'd hidden them under long sleeves at [[LOCATION:First Covenant]] choir practice for years. She [[HEALTH:scraped a little bit off for the lab]], ruled out the [[HEALTH:fungus]] my old doctor kept treating, and started me on a [[HEALTH:shot I give myself]] every other week. By [[DATE_TIME:Easter]] my arms were clear, and at [[AGE:72]] I wore short sleeves to the church picnic for the first time in ages. Her nurse [[PROVIDER:Lorraine]] even phoned to remind me about the [[HEALTH:TB skin test]] before my first dose. Worth every mile of the drive from [[LOCATION:Cedar Bluff]]."),
# 4
("facebook", "medspa", 1, "Jenna Rollins",
 "Got my [[HEALTH:lips done]] and the [[HEALTH:forehead stuff]] [[DATE_TIME:Friday afternoon]] before my cousin's baby shower. By [[DATE_TIME:Saturday morning]] my [[HEALTH:left eyebrow was drooping so bad I looked half asleep]] and there's a [[HEALTH:hard pea-sized lump in my top lip]]. [[PROVIDER:Bree]] told me on Messenger it will 'settle.' It has NOT settled. Paid [[FINANCIAL:$720]] cash. I do hair at [[LOCATION:Salon Lumière]] and I'm literally facing clients looking like this. Pics are on my page [[CONTACT:@jennarolls.hair]] if you don't believe me."),
# 5
("zocdoc", "primary_care", 3, "Walt Kimura",
 "Booked a new-patient slot because I [[HEALTH:couldn't get up the stairs without stopping twice]] and by [[DATE_TIME:evening]] my [[HEALTH:ankles looked like balloons]]. [[PROVIDER:Dr. Venkat]] actually listened, sent me for an [[HEALTH:ultrasound of my heart]] and [[HEALTH:blood work]], and started the [[HEALTH:little white water pill]]. Good doctor. But [[DATE_TIME:two weeks later]] the portal just said my [[HEALTH:kidney numbers were off]], no call, no explanation. I'm [[AGE:66]] and I don't read lab codes. My granddaughter [[PERSON:Mei]] came over from her dorm at [[LOCATION:State]] to look it all up for me. And the front desk charged [[FINANCIAL:$40]] when [[FINANCIAL:Humana]] told me there's no copay."),
# 6
("google", "pediatrics", 5, "Sofia Marchetti",
 "Our [[AGE:20-month-old]], [[PERSON:luca]], still [[HEALTH:wasn't saying any words, just pointing and grunting]], and the teachers at [[LOCATION:Little Acorns]] kept hinting something was up. [[PROVIDER:Dr. Hale]] didn't brush us off. She [[HEALTH:had his hearing checked]], went through the [[HEALTH:toddler development questionnaire]] with us, and got him [[HEALTH:evaluated by early intervention]]. He's [[HEALTH:been seeing a speech teacher at home]] since [[DATE_TIME:June]], and [[DATE_TIME:last week]] he said 'more milk' for the first time. She also caught that he'd [[HEALTH:dropped off his weight curve]] and gave us real ideas for his [[HEALTH:picky eating]]. Forever grateful!"),
# 7
("healthgrades", "behavioral_health", 4, "Anonymous",
 "Started seeing [[PROVIDER:Renata]] [[DATE_TIME:last winter]] after I [[HEALTH:stopped being able to get out of bed on my days off]] and was [[HEALTH:crying in my car in the parking garage]] before shifts at [[LOCATION:St. Agnes]], where I'm a nurse, which made asking for help even harder. She helped me name the [[HEALTH:3am spiraling]] for what it was. [[PROVIDER:Nina]], the NP, added a [[HEALTH:little peach pill]] that finally lets me [[HEALTH:sleep through the night]]. Minus one star because billing sent my [[HEALTH:counseling]] claims to [[FINANCIAL:Cigna]] under the wrong code and I got a [[FINANCIAL:$640]] bill out of nowhere. I'm [[AGE:31]] and this is the steadiest I've felt since [[DATE_TIME:2019]]."),
# 8
("yelp", "obgyn", 1, "K. Alvarez",
 "I was [[HEALTH:about 10 weeks along]] and [[HEALTH:spotting brown]] for three days. Called [[DATE_TIME:Monday morning]], they said come in [[DATE_TIME:Thursday]]. By [[DATE_TIME:Wednesday night]] I was [[HEALTH:cramping worse than any period]] and ended up at the ER, where they told me there was [[HEALTH:no heartbeat anymore]]. When I finally saw [[PROVIDER:Dr. Blythe]] for the [[HEALTH:follow-up to make sure everything had passed]], she called it 'very common' and was gone in five minutes. My husband [[PERSON:Ruben]] had to sit in the parking garage because of the visitor rule. We drove in from [[LOCATION:Bellmont]] for that."),
# 9
("facebook", "fertility", 5, "Amara Okeke",
 "After two years of [[HEALTH:one line on every stick]] and finding out [[HEALTH:one of my tubes was blocked]], [[PROVIDER:Dr. Lindahl]] and her team got us through the [[HEALTH:egg retrieval]] and gave us [[HEALTH:one perfect frozen embryo]]. Nurse [[PROVIDER:Tamsin]] taught my husband [[PERSON:jonah]] to [[HEALTH:do my shots in the hip]] at our kitchen table in [[LOCATION:Pine Hollow]] without either of us fainting. Our [[HEALTH:rainbow baby]] [[PERSON:Wren]] arrived [[DATE_TIME:October 3]], [[HEALTH:a little early]] but perfect. We paid [[FINANCIAL:$18,500]] out of pocket because [[FINANCIAL:Tricare]] covered none of it, and it was worth every cent."),
# 10
("google", "orthopedics", 2, "Greg Halvorsen",
 "[[HEALTH:Tore something in my knee]] stepping off the loading dock at [[LOCATION:Brenner Foods]] in [[DATE_TIME:April]]. [[PROVIDER:Dr. Castile]] looked at the [[HEALTH:MRI]], said the [[HEALTH:cushion in there was shredded]], and did the [[HEALTH:scope]] on [[DATE_TIME:May 9]]. The surgery itself went fine. What didn't: nobody told me I'd be [[HEALTH:on crutches]] for a month, so I lost shifts, and the [[HEALTH:pain pills]] they sent me home with [[HEALTH:backed me up so bad I was in tears]]. My workers' comp claim, [[ID:WC-7731-204]], is still 'pending.' I'm [[AGE:58]] and can't afford to sit around."),
# 11
("zocdoc", "physical_therapy", 5, "Priscilla Obi",
 "Came in barely able to [[HEALTH:lift my arm high enough to brush my hair]] after I [[HEALTH:slipped on the ice]] outside our building on [[LOCATION:Garfield Street]] in [[DATE_TIME:January]]. [[PROVIDER:Marco]] realized it was more than a [[HEALTH:bruised shoulder]] and sent me back to my orthopedist for the [[HEALTH:picture with the dye]]. Turned out [[HEALTH:two of the tendons were partly torn]]. Twelve weeks of bands and pulleys later I'm back to pushing my grandson [[PERSON:Tobi]] on the swings at [[LOCATION:Lincoln Park]]. [[FINANCIAL:Medicare]] covered all of it except [[FINANCIAL:$20]] a visit. Thank you, thank you."),
# 12
("healthgrades", "chiropractic", 1, "Lyle Benning",
 "Went to [[PROVIDER:Dr. Tate]] for a [[HEALTH:crick in my neck]] from sleeping wrong. He [[HEALTH:cracked my neck both directions]] without asking first, and [[DATE_TIME:that afternoon]] I had [[HEALTH:pins and needles down my right hand]] and the [[HEALTH:room wouldn't stop tilting]]. Urgent care sent me for a [[HEALTH:scan of the arteries in my neck]]. Thank God it was clear, but I missed two days of routes for [[LOCATION:Dalton Freight]]. Then on my next call they tried to sell me a [[FINANCIAL:$1,600]] 'wellness plan.' I paid [[FINANCIAL:$95]] for that first visit and I'm not going back."),
# 13
("google", "urgent_care", 3, "Hannah Brisco",
 "Brought my son [[PERSON:Bodhi]] ([[AGE:7]]) in around [[DATE_TIME:8pm Saturday]] after he [[HEALTH:went over the handlebars]] at the skate park behind [[LOCATION:Glenwood Elementary]]. His [[HEALTH:wrist was bent funny]] and he [[HEALTH:threw up in the car]]. The wait was two hours, but the PA, [[PROVIDER:Morris]], was great: [[HEALTH:x-rayed it]], showed us [[HEALTH:both bones were cracked]], and put him in a [[HEALTH:half cast wrapped in an ace bandage]]. Three stars because the front desk charged us [[FINANCIAL:$150]] up front even though [[FINANCIAL:CHIP]] covers him, and the refund still hasn't shown up."),
# 14
("yelp", "podiatry", 4, "Rosa Quintero",
 "My [[HEALTH:big toe had been red and angry]] for weeks and I was [[HEALTH:limping in my work clogs]] through double shifts at [[LOCATION:Golden Crust Diner]]. [[PROVIDER:Dr. Faber]] [[HEALTH:numbed the toe and cut out the side of the nail]], then put some acid on it so that edge won't grow back. He also noticed my [[HEALTH:arches have basically collapsed]] and fitted me for [[HEALTH:inserts]]. The needle to numb it was the worst part, honestly. One star off because the [[HEALTH:inserts]] were [[FINANCIAL:$380]] and [[FINANCIAL:Ambetter]] won't touch them."),
# 15
("facebook", "allergy", 5, "Dev Anand",
 "Spring used to wreck me: [[HEALTH:eyes so itchy I wanted to claw them out]], [[HEALTH:sneezing fits]] in the middle of teaching my third graders at [[LOCATION:Ridgeview Elementary]], and my [[HEALTH:puffer]] in my pocket for months. [[PROVIDER:Dr. Mensah]] did the [[HEALTH:scratch test on my back]], and it turns out [[HEALTH:trees, dust mites AND the cat]]. I started the [[HEALTH:weekly shots]] [[DATE_TIME:last August]], and this is the first [[DATE_TIME:April]] in years I haven't touched the [[HEALTH:puffer]]. The cat thanks you too."),
# 16
("google", "gastroenterology", 2, "Theo Marchand",
 "For months I'd basically been [[HEALTH:living next to a bathroom]], [[HEALTH:seeing blood when I wiped]], and I'd [[HEALTH:dropped 15 pounds without trying]]. [[PROVIDER:Dr. Ferrante]] did the [[HEALTH:camera from both ends]] on [[DATE_TIME:Jan 22]], and the procedure itself was smooth. After that, silence. The letter said [[HEALTH:inflammation, biopsies pending]] and then nothing for five weeks. I found out I have the [[HEALTH:colitis thing]] by reading the portal at [[DATE_TIME:2am]]. Nobody called. I run a crew at [[LOCATION:Halstead Distribution]] and I need to plan my life around this."),
# 17
("zocdoc", "urology", 3, "Howard Pell",
 "Finally went in because I was [[HEALTH:getting up four times a night to pee]] and the [[HEALTH:stream was barely a dribble]], which is no fun when you usher at [[LOCATION:St. Brendan's]]. [[PROVIDER:Dr. Sethi]] did the [[HEALTH:glove exam]] (fun) and the [[HEALTH:PSA]], said my [[HEALTH:prostate is about the size of a lemon]], and started me on [[HEALTH:tamsulosin-something]]. It works, but I [[HEALTH:get woozy when I stand up]] and nobody warned me about that. Three stars: the doctor's fine, but the [[FINANCIAL:$310]] bill for the [[HEALTH:bladder ultrasound]] was a surprise. I'll be [[AGE:70]] [[DATE_TIME:this fall]], and my wife [[PERSON:Dottie]] is thrilled she can sleep through the night again."),
# 18
("healthgrades", "cardiology", 5, "Gloria Weatherby",
 "For weeks I kept feeling [[HEALTH:like a bird was flapping around in my chest]], and then I [[HEALTH:nearly blacked out]] while serving lunch at the [[LOCATION:Harmon Senior Center]], where I volunteer. [[PROVIDER:Dr. Abiodun]] had me wear a [[HEALTH:sticky monitor]] for two weeks and found my [[HEALTH:heart was taking little pauses]]. [[DATE_TIME:Three days before Thanksgiving]] I got my [[HEALTH:little battery]] put in, and I was carving the turkey [[DATE_TIME:that Thursday]]. She also took me off the [[HEALTH:beta-whatever]] that had me [[HEALTH:so tired I'd doze off during the sermon]]. I'm [[AGE:79]] and I feel like a new woman. My daughter [[PERSON:Lynette]] drove me up from [[LOCATION:Two Rivers]] for every visit and says thank you too."),
# 19
("yelp", "pulmonology", 1, "Carl Reyes",
 "I get [[HEALTH:out of breath walking to the mailbox]] and [[HEALTH:cough up gray gunk every morning]], and after 31 years at the [[LOCATION:Holloway quarry]] I know why. Waited four months to see [[PROVIDER:Dr. Strand]], who spent eight minutes with me, had me do the [[HEALTH:blow-as-hard-as-you-can test]], said my [[HEALTH:lungs are working at 54 percent]], and handed me a [[HEALTH:new purple inhaler]] with no instructions. When I asked about [[HEALTH:oxygen for sleeping]] he said 'we'll see.' My wife [[PERSON:Irma]] watches me [[HEALTH:wake up gasping]] most nights. [[FINANCIAL:$225]] for that test alone."),
# 20
("google", "neurology", 4, "Imogen Tarrant",
 "I'd get [[HEALTH:zigzag lights in one eye]], then a [[HEALTH:headache like an ice pick behind it]] that [[HEALTH:put me in a dark room for a whole day]]. I missed so many classes at [[LOCATION:Whitford College]]. [[PROVIDER:Dr. Nkemelu]] weaned me off [[HEALTH:topomax]], which was making [[HEALTH:soda taste flat]] and my [[HEALTH:words come out scrambled]], and got me on the [[HEALTH:once-a-month pen]]. I've gone from [[HEALTH:fourteen bad days a month to about three]]. One star off because getting the pen approved through [[FINANCIAL:Oscar]] dragged on until [[DATE_TIME:finals week]], and I had to call the office myself five times."),
# 21
("facebook", "oncology", 5, "Bev Strickland",
 "I've put off writing this because I cry every time I try. When [[HEALTH:they found the lump]] [[DATE_TIME:last spring]], I was sure I was going to die. [[PROVIDER:Dr. Ilunga]] sat with me and my husband [[PERSON:Dale]] for an hour and drew the whole plan on a napkin. The [[HEALTH:port]] went in [[DATE_TIME:the next week]]. Then came the [[HEALTH:red devil]], and by round two my [[HEALTH:hair was coming out in the shower]] and [[HEALTH:everything tasted like I'd licked a penny]]. The infusion nurses, [[PROVIDER:Jolene]] and [[PROVIDER:Arturo]], learned that I like the recliner by the window and ginger ale with no ice. When my [[HEALTH:white count crashed]] [[DATE_TIME:the week of my birthday]], [[PROVIDER:Jolene]] called me at home [[DATE_TIME:that evening]] herself. The women from [[LOCATION:Grace Fellowship]] drove me to every appointment, and [[PROVIDER:Dr. Ilunga]] even learned their names. I [[HEALTH:rang the bell]] on [[DATE_TIME:December 12]], and my [[HEALTH:last scan]] was [[HEALTH:clean]]. I'm [[AGE:54]], my [[HEALTH:hair is coming back curly]] (who knew), and I'm back at my desk at the [[LOCATION:Harlan County Clerk's office]]. If you or someone you love is starting down this road, go here and ask for [[PROVIDER:Arturo]]'s jokes."),
# 22
("zocdoc", "endocrinology", 2, "Ming Zhao",
 "My [[HEALTH:sugars]] have been [[HEALTH:in the 300s]] since [[DATE_TIME:summer]], the [[HEALTH:patch on my arm]] beeps at me all night, and I'm [[HEALTH:peeing constantly and thirsty all the time]]. [[PROVIDER:Dr. Aldana]] knows her stuff, but she's booked so far out that I ran out of the [[HEALTH:long-acting pen]] for a week because nobody would refill it without a visit. I'm a line cook at [[LOCATION:Bao House]] and I can't be [[HEALTH:shaky and sweaty]] next to a fryer. Front desk was kind but powerless. [[FINANCIAL:$35]] copay with [[FINANCIAL:Kaiser]], for a slot [[DATE_TIME:in mid-March]]."),
# 23
("google", "sleep_medicine", 5, "Doug Prentiss",
 "My wife [[PERSON:sheila]] had been sleeping in the guest room for years because of my [[HEALTH:chainsaw snoring]] and the way I'd [[HEALTH:stop breathing and then gasp]]. Worse, I was [[HEALTH:nodding off at red lights]] driving home from the [[LOCATION:Ashford rail yard]] after nights. [[PROVIDER:Dr. Kuo]] sent me home with the [[HEALTH:overnight kit with the finger clip]], called [[DATE_TIME:two days later]] with the results, and got me set up with my [[HEALTH:CPAP-thing]]. Took a couple weeks to get used to the [[HEALTH:mask]], but I [[HEALTH:wake up actually rested]] now, and [[PERSON:Sheila]] moved back in. [[AGE:62 years old]] and I feel like a kid."),
# 24
("healthgrades", "ent", 3, "Ruth Ann Kowalski",
 "Went in because my [[HEALTH:ears felt stuffed like I was on an airplane]] and there's a [[HEALTH:ringing that never shuts off]]. [[PROVIDER:Dr. Pelletier]] [[HEALTH:suctioned out a shocking amount of wax]], then had me do the [[HEALTH:beeps in the soundproof booth]] and said I've [[HEALTH:lost some of the high notes on the left]]. Fine so far. But then he pushed a [[HEALTH:steroid nose spray]] and a [[HEALTH:scan of my sinuses]] I never complained about, and the bill was [[FINANCIAL:$540]] after [[FINANCIAL:Aetna]]. I drive a school bus for [[LOCATION:Maple Valley schools]] and I need to know if this affects my license. Nobody would answer that."),
# 25
("yelp", "rheumatology", 1, "Nadia Farouk",
 "My [[HEALTH:fingers swell up like sausages]] every morning, I [[HEALTH:can't open a jar]], and I get a [[HEALTH:red rash across my cheeks]] after any time in the sun. My [[HEALTH:hair is coming out in clumps]]. [[PROVIDER:Dr. Whitlow]] spent ten minutes with me, said my [[HEALTH:blood test]] was '[[HEALTH:a little positive]],' and then told me I'm 'probably just stressed' and to take [[HEALTH:Aleve]]. I'm [[AGE:29]]. I'm a pastry chef at [[LOCATION:Maison Dorée]] and my hands are my job. My sister [[PERSON:Layla]] has [[HEALTH:lupus]] and I told him that. He didn't even write it down."),
# 26
("google", "nephrology", 4, "Clarence Boyd",
 "[[PROVIDER:Dr. Oyelowo]] has looked after my [[HEALTH:kidneys]] since [[HEALTH:they quit on me]] in [[DATE_TIME:2022]]. Three mornings a week the van picks me up at [[LOCATION:Sycamore Terrace]] and I sit [[HEALTH:hooked up to the machine]] for four hours with the [[HEALTH:needles in the lump in my left arm]]. She caught my [[HEALTH:potassium running high]] before it got dangerous and explained why I had to give up [[HEALTH:bananas and potato chips]], which hurt my feelings more than the needles. Knocked off one star because the social worker never got back to me about the [[HEALTH:transplant list]]. I'm [[AGE:67]] and still hoping."),
# 27
("facebook", "speech_therapy", 5, "Lakshmi Rao",
 "Our son [[PERSON:Ishaan]] is [[AGE:four]], and until [[DATE_TIME:this fall]] [[HEALTH:nobody outside our family could understand him]]. He [[HEALTH:said 'tat' for cat and 'wabbit' for rabbit]], he'd [[HEALTH:get stuck on the first sound]], and he'd [[HEALTH:hit himself in frustration]]. The other kids at [[LOCATION:Bright Horizons]] had started leaving him out. [[PROVIDER:Ms. Carly]] made every session feel like play. [[DATE_TIME:Last Friday]] his teacher told me he volunteered to talk at circle time. My mother-in-law [[PERSON:Pushpa]] cried on the phone. We paid [[FINANCIAL:$95]] a session out of pocket because [[FINANCIAL:Blue Shield]] denied it, and we'd do it again."),
# 28
("zocdoc", "home_health", 2, "Patricia Lund",
 "The agency sends a nurse to my dad [[PERSON:Arnold]] ([[AGE:91]]) at [[LOCATION:Willowbrook Manor]] to [[HEALTH:change the dressing on the sore on his heel]] and [[HEALTH:check his sugar]]. [[PROVIDER:Nurse Kim]] was wonderful for months. Then in [[DATE_TIME:March]] they swapped her out, and the new aide didn't know he needs his [[HEALTH:drinks thickened]]. He [[HEALTH:coughed and choked on plain water]] [[DATE_TIME:that same afternoon]]. Nobody told her about the [[HEALTH:bag on his leg]] either, so it wasn't emptied. I called the scheduler [[DATE_TIME:the next morning]] and was told 'we're short-staffed.' Dad deserves better."),
# 29
("healthgrades", "audiology", 5, "Ernest Guidry",
 "My wife [[PERSON:Marguerite]] said I had the [[HEALTH:TV loud enough to rattle the windows]], and I [[HEALTH:kept asking everybody to repeat themselves]] at bingo at [[LOCATION:VFW Post 112]]. [[PROVIDER:Dr. Sutter]] put me in the [[HEALTH:booth with the beeps]], showed me the [[HEALTH:chart where my line drops off a cliff]], and fitted me with my [[HEALTH:ear gadgets]]. Now I can hear my granddaughter [[PERSON:Ivy]] whisper. At [[AGE:83]] that's a gift. They were [[FINANCIAL:$2,800]] for the pair and [[FINANCIAL:TruHearing]] knocked some off."),
# 30
("google", "urgent_care", 1, "Shay Brennan",
 "My daughter [[PERSON:Maeve]] came home from [[LOCATION:Lakeland State]] for [[DATE_TIME:the weekend]] with a [[HEALTH:throat like she'd swallowed glass]] and [[HEALTH:white spots on her tonsils]]. They did the [[HEALTH:long Q-tip swab]], said [[HEALTH:negative]], and sent us off with 'rest and fluids.' By [[DATE_TIME:Tuesday]] she [[HEALTH:couldn't open her mouth]] and her [[HEALTH:voice sounded like she had a hot potato in there]]. The ER drained a [[HEALTH:pocket of pus behind her tonsil]] at [[DATE_TIME:1am]]. She's [[AGE:19]] and missed [[DATE_TIME:midterms]]. Nobody here looked past a [[HEALTH:negative]] swab."),
# 31
("facebook", "dental", 1, "Guadalupe Herrera",
 "Llevé a mi mamá [[PERSON:Rosa]], de [[AGE:78 años]], porque la [[HEALTH:placa de abajo le lastimaba las encías]] y ya no podía comer ni tortilla. La [[PROVIDER:Dra. Valdez]] dijo que había que [[HEALTH:sacarle los últimos tres dientes]] y hacerle una [[HEALTH:dentadura completa nueva]]. Nos cobraron [[FINANCIAL:$1,900]] por adelantado. Ahora la [[HEALTH:dentadura se le cae cuando habla]] y [[HEALTH:le salieron llagas]]. Llamé [[DATE_TIME:el lunes]] y [[DATE_TIME:el miércoles]] y nadie contesta. Mi mamá se vino de [[LOCATION:Zacatecas]] para vivir con nosotros en [[LOCATION:Las Palmas]] y ahora ni puede comer en la mesa con la familia. Muy mal servicio."),
# 32
("google", "pediatrics", 5, "Yesenia Cruz",
 "La [[PROVIDER:Dra. Molina]] es una bendición. Mi hija [[PERSON:Camila]], de [[AGE:9 meses]], tenía [[HEALTH:calentura]] desde [[DATE_TIME:el viernes]], [[HEALTH:no quería el pecho]] y [[HEALTH:se jalaba la orejita]]. La doctora nos atendió [[DATE_TIME:el sábado temprano]], nos dijo que no era nada grave, nos explicó todo en español y le recetó la [[HEALTH:medicina rosita]]. Para [[DATE_TIME:el lunes]] ya estaba riéndose otra vez. También me preguntó cómo estaba yo, porque [[HEALTH:lloraba mucho desde el parto]], y [[HEALTH:me mandó con alguien para hablar]]. Vivimos en [[LOCATION:Eastgate]], cerca de la fábrica donde trabaja mi esposo [[PERSON:Joel]]. Gracias por tanta paciencia."),
# 33
("yelp", "obgyn", 2, "Leticia Ybarra",
 "Tengo [[HEALTH:siete meses de embarazo]] y trabajo parada todo el día en la [[LOCATION:empacadora Del Valle]]. [[DATE_TIME:La semana pasada]] [[HEALTH:se me hincharon los pies como tamales]], [[HEALTH:veía lucecitas]] y [[HEALTH:me dolía la cabeza como nunca]]. Llamé a la clínica y la recepcionista me dijo que era normal y que esperara a mi cita. Mi prima me llevó al hospital y [[HEALTH:tenía la presión altísima]]; me dejaron internada dos días. La [[PROVIDER:Dra. Sandoval]] sí es buena y después se disculpó, pero la recepción necesita entrenamiento. [[HEALTH:Casi pierdo a mi bebé]]."),
# 34
("google", "behavioral_health", 1, "M. R.",
 "I've been [[HEALTH:clean off pills]] for 14 months and I come to this clinic for my [[HEALTH:strips]]. The [[DATE_TIME:Friday before Memorial Day]], [[PROVIDER:Dr. Haskell]]'s office held my prescription because of a missed [[HEALTH:cup test]] that I actually did. I spent [[DATE_TIME:the long weekend]] [[HEALTH:sweating through my sheets, legs jumping, throwing up]]. I didn't [[HEALTH:relapse]], but it was the closest I've come. My [[HEALTH:sponsor]] drove over from [[LOCATION:St. Jude's]] and sat with me. I have a job at [[LOCATION:Dunmore Tire]] and a daughter, [[PERSON:Kenzie]], who is [[AGE:6]]. You don't get to play with people's lives like that."),
# 35
("yelp", "dermatology", 3, "Kevin Oduya",
 "Had the [[HEALTH:thing on my wrist cut out]], a [[HEALTH:dark spot that kept bleeding when I bumped it]], and the [[HEALTH:crusty patches on my bald spot frozen off]]. [[PROVIDER:Dr. Reyes-Kim]] was quick and fine. The problem was after. The results came back as 'the [[HEALTH:not-so-bad kind, but we need to take more around the edges]]' and it took three weeks to get that second appointment. Meanwhile the [[HEALTH:stitches]] [[HEALTH:pulled open]] because I'm cutting hair all day at [[LOCATION:Fade Factory]] and nobody told me to take it easy. Paid [[FINANCIAL:$275]] for the [[HEALTH:path report]] alone."),
# 36
("facebook", "medspa", 4, "Carly Jensen",
 "I've been getting the [[HEALTH:skinny shots]] from [[PROVIDER:Nurse Tori]] since [[DATE_TIME:New Year's]] and I'm down [[HEALTH:38 pounds]]. I'm not [[HEALTH:winded chasing my twins]] anymore, and my [[HEALTH:knees quit aching]] when I teach spin at [[LOCATION:CycleHaus]]. [[DATE_TIME:The first month]] I was [[HEALTH:queasy all the time]] and [[HEALTH:couldn't look at a cheeseburger]], but [[PROVIDER:Tori]] walked me through it. Only four stars because the [[HEALTH:sema-whatever]] went from [[FINANCIAL:$299/month]] to [[FINANCIAL:$399/month]] with one text's notice. My husband [[PERSON:Brad]] says I'm a new person."),
# 37
("google", "oral_surgery", 1, "Dylan Mercer",
 "Got [[HEALTH:all four wisdom teeth yanked]] while [[HEALTH:completely knocked out]] on [[DATE_TIME:June 14]]. That part was fine. But it's been seven weeks and [[HEALTH:half my chin and lower lip still feel like rubber]]. I [[HEALTH:drool out of one side]] and [[HEALTH:bit my lip bloody]] without noticing. When I called, [[PROVIDER:Dr. Barlow]]'s assistant said '[[HEALTH:nerve stuff]] takes time' and hung up. I'm [[AGE:20]], I start clinicals at [[LOCATION:Carver Tech]] [[DATE_TIME:next month]], and my mom [[PERSON:denise]] paid [[FINANCIAL:$2,150]] for this."),
# 38
("healthgrades", "optometry", 5, "Harold Jeffries",
 "I couldn't [[HEALTH:read the hymn numbers on the board]] at [[LOCATION:Bethel AME]] anymore, and the [[HEALTH:streetlights had big halos]] whenever I drove. [[PROVIDER:Dr. Lam]] took her time, found [[HEALTH:cloudy lenses in both eyes]] and the [[HEALTH:pressure creeping up in my left eye]]. She sent me to a surgeon for the [[HEALTH:cloudy lens swap]] and put me on [[HEALTH:drops at bedtime]]. Now I can see my grandbabies' faces clear across the yard. [[FINANCIAL:VSP]] covered the exam and [[FINANCIAL:Medicare]] the rest. At [[AGE:81]], I don't take good eyes for granted. God bless this office."),
# 39
("zocdoc", "primary_care", 1, "Jas Singh",
 "Came in for my [[HEALTH:yearly]] and was honest that I'd been [[HEALTH:drinking more than I should]] since my divorce and [[HEALTH:waking up with the shakes]]. I'm [[AGE:44]] and I wanted help. [[PROVIDER:Dr. Corbin]] was decent about it and said my [[HEALTH:liver numbers were a little high]]. But the visit summary listed '[[HEALTH:alcohol use disorder]]' and somehow it got pushed to the wellness portal my employer, [[LOCATION:Vantage Logistics]], uses for our premiums. Now HR has questions. I asked twice for that to be fixed. Nobody called back."),
# 40
("google", "general_surgery", 2, "Trina Walsh",
 "[[HEALTH:Had my gallbladder taken out]] on [[DATE_TIME:March 4]] after months of a [[HEALTH:stabbing pain under my right ribs]] every time I ate anything greasy. [[PROVIDER:Dr. Renner]] did a nice job and the [[HEALTH:four little cuts]] healed fine, except the [[HEALTH:cut in my belly button]], which got [[HEALTH:red, hot and leaky]] [[DATE_TIME:a week later]]. I called twice and was told to 'keep an eye on it.' Ended up at urgent care on a [[DATE_TIME:Sunday]] getting an [[HEALTH:antibiotic]] and missing my shift at the [[LOCATION:Route 40 Walmart]]. Two stars because the surgeon was good and the phones are not."),
# 41
("facebook", "pediatrics", 1, "Brandy Colvin",
 "My [[AGE:18-month-old]] [[PERSON:kaylee]] had the [[HEALTH:runs]] for days and kept [[HEALTH:yanking at her ears]], so [[LOCATION:Sunshine Kids]] sent her home. [[PROVIDER:Dr. Gregor]] looked for maybe two minutes and gave us the [[HEALTH:pink stuff]]. [[DATE_TIME:Day three]] she [[HEALTH:broke out in big red welts]] all over her belly and I panicked. The nurse line said it was '[[HEALTH:just a virus rash]]' but the ER said she's [[HEALTH:allergic]], and now that's in her chart forever. I had to walk out of my shift at the [[LOCATION:Dollar General]] on [[LOCATION:Pike Street]] twice [[DATE_TIME:that week]]. Email me if you want to make it right: [[CONTACT:brandy.colvin88@example.com]]"),
# 42
("google", "dental", 5, "Wendell Osei",
 "I hadn't been to a dentist in nine years because I [[HEALTH:gag at anything in my mouth]] and my [[HEALTH:heart pounds just smelling the office]]. [[PROVIDER:Dr. Farrow]] let me go at my own pace. [[HEALTH:Happy gas]] for the first visit, then [[HEALTH:two caps on my back molars]] and [[HEALTH:fixing the front tooth I chipped on a bottle cap]] at [[AGE:19]]. I smile in pictures now. I work nights in the laundry at [[LOCATION:Pemberton General]], and they always give me the [[DATE_TIME:7am]] slot so I can come straight from my shift. Hygienist [[PROVIDER:Tasha]] is a saint."),
# 43
("yelp", "urgent_care", 2, "Lina Park",
 "[[HEALTH:Sliced the pad of my thumb open on a mandoline]] making dinner [[DATE_TIME:Thursday night]]. It [[HEALTH:wouldn't stop bleeding through a dish towel]]. The provider, [[PROVIDER:Jared]], [[HEALTH:glued it]] instead of [[HEALTH:stitching it]], asked when I'd had my [[HEALTH:last tetanus shot]], and since I couldn't remember, gave me one. Fine. But [[DATE_TIME:two days later]] the [[HEALTH:glue split]] and it [[HEALTH:opened back up]] while I was kneading dough at [[LOCATION:Rise & Shine Bakery]] on [[LOCATION:Oakmont Avenue]]. Had to go back and pay another [[FINANCIAL:$125]]. The second provider said it should have been stitched from the start."),
# 44
("healthgrades", "cardiology", 1, "Raymond Tull",
 "I've been on the [[HEALTH:rat poison pill]] since my [[HEALTH:valve job]], and they're supposed to check my [[HEALTH:clotting number]] every month. The lab drew it [[DATE_TIME:February 6]] and nobody looked at it for nine days. Meanwhile I had [[HEALTH:purple bruises up both arms]], my [[HEALTH:gums bled when I brushed]], and I [[HEALTH:peed pink]] after mass at [[LOCATION:Holy Cross]]. Turns out my [[HEALTH:number was sky high]]. [[PROVIDER:Dr. Pham]]'s nurse finally called and said to skip two doses like it was nothing. I'm [[AGE:74]]. I could have ended up in the ICU."),
# 45
("google", "physical_therapy", 3, "Aiyana Redcloud",
 "Since my [[HEALTH:second baby]] I [[HEALTH:leak a little every time I sneeze or jump]], which is a problem when you coach volleyball at [[LOCATION:Kearney High]]. My midwife sent me for [[HEALTH:pelvic floor therapy]]. [[PROVIDER:Dr. Shay]] was kind and explained the [[HEALTH:inside exam]] before doing it, and the squeezing exercises are slowly working. Three stars because it's a shared open gym and I had to describe my [[HEALTH:bladder problems]] with a guy doing squats six feet away. Also [[FINANCIAL:Medicaid]] only approved six sessions, and nobody mentioned it until session five."),
# 46
("zocdoc", "neurology", 2, "Stephen Vale",
 "My mom [[PERSON:Barbara]] is [[AGE:76]] and has been [[HEALTH:losing words mid-sentence]] and [[HEALTH:putting her keys in the fridge]]. [[DATE_TIME:Last month]] she [[HEALTH:got lost driving home from church]], a route she's driven for thirty years. [[PROVIDER:Dr. Ahn]] did the [[HEALTH:memory quiz where you draw a clock]], ordered a [[HEALTH:brain scan]], and prescribed the [[HEALTH:memory patch]]. She's gentle with Mom, I'll give her that. But we waited five weeks for anyone to explain the [[HEALTH:shrinkage they saw]], and now Mom is [[HEALTH:not allowed to drive]], with no plan for how she gets from [[LOCATION:Brookhaven Commons]] to anywhere."),
# 47
("facebook", "endocrinology", 5, "Renee Castellano",
 "For a year I thought I was just anxious: my [[HEALTH:heart raced lying in bed]], my [[HEALTH:hands shook holding a coffee cup]], and I was [[HEALTH:losing weight while eating everything in sight]]. My coworkers at [[LOCATION:Lindell Dental Lab]] noticed my [[HEALTH:eyes looked buggy]] before I did. [[PROVIDER:Dr. Greaves]] figured it out in one visit, started me on the [[HEALTH:little pill that slows the thyroid]], and talked me through the [[HEALTH:radioactive iodine drink]] I'm doing [[DATE_TIME:next month]]. Her MA [[PROVIDER:Lupe]] always calls back the same day. I'm [[AGE:38]] and [[HEALTH:finally sleeping again]]."),
# 48
("yelp", "chiropractic", 5, "Manny Ortiz",
 "I play left back for the [[LOCATION:Riverside Rovers]] in the rec league, and my [[HEALTH:lower back locked up]] bending down to tie my cleats. [[HEALTH:Couldn't stand up straight]], and there was a [[HEALTH:zap running down the back of my left leg]]. [[PROVIDER:Dr. Kwan]] checked my reflexes, said a [[HEALTH:disc was pressing on the nerve]], and didn't do any cracking on the first visit, just the [[HEALTH:stretching table and ice]]. Three visits later I was jogging. She even gave me a sheet of exercises to do at my desk at [[LOCATION:Corbett Engineering]]. Paid [[FINANCIAL:$65]] a visit out of pocket and worth it."),
# 49
("google", "primary_care", 4, "Ellen Harcourt",
 "At [[AGE:51]] I was [[HEALTH:waking up drenched three times a night]], my [[HEALTH:cycle had gone haywire]], and I was [[HEALTH:snapping at everyone]] at the [[LOCATION:Tri-County Library]] reference desk. My old doctor told me to 'tough it out.' [[PROVIDER:Dr. Mabry]] actually talked about options, did the [[HEALTH:squish test]] and a [[HEALTH:bone density scan]] first, and started me on the [[HEALTH:patch]]. I [[HEALTH:sleep again]]. One star off because the [[HEALTH:hormone cream]] she added went to the wrong pharmacy twice. My daughter [[PERSON:Quinn]] is making her first appointment here."),
# 50
("healthgrades", "allergy", 4, "Marisa Coyle",
 "[[DATE_TIME:Last Halloween]] my son [[PERSON:finn]] took one bite of a friend's peanut butter cup and his [[HEALTH:lips blew up]], he [[HEALTH:broke out in hives]] and his [[HEALTH:voice went hoarse]]. [[PROVIDER:Dr. Reinholt]] did the [[HEALTH:skin pricks]] and the [[HEALTH:blood panel]] and confirmed [[HEALTH:peanut and cashew]]. She trained me, my husband and his grandma on the [[HEALTH:auto-injector]], and wrote the plan for the nurse at [[LOCATION:Oak Grove Montessori]]. She also started him on the [[HEALTH:peanut powder in applesauce]] every morning. Four stars only because our [[FINANCIAL:$60]] copay turned into [[FINANCIAL:$410]] when [[FINANCIAL:Anthem]] decided the [[HEALTH:food challenge]] was 'experimental.' He's [[AGE:5]] and fearless again."),
# 51
("facebook", "behavioral_health", 5, "Jordan Fields",
 "Our daughter [[PERSON:Ava]] ([[AGE:15]]) [[HEALTH:stopped eating anything but crackers]], was [[HEALTH:running until she nearly fainted]], and in [[DATE_TIME:October]] we found the [[HEALTH:marks on her thighs]]. [[PROVIDER:Dr. Solis]] and the team got her into the [[HEALTH:after-school program]] within a week and taught us how to [[HEALTH:sit with her through every meal]]. It was the hardest stretch of our lives. She's [[HEALTH:back at a healthy weight]], the [[HEALTH:cutting has stopped]], and she's running cross-country for [[LOCATION:Northgate High]] again. If your kid is struggling, call them."),
# 52
("google", "urology", 4, "Tyler Boone",
 "After baby number three my wife and I agreed it was my turn, so I [[HEALTH:got snipped]] [[DATE_TIME:Friday afternoon]] to recover over [[DATE_TIME:the weekend]]. [[PROVIDER:Dr. Ibarra]] kept up a running joke about my fantasy football team the whole time, which honestly helped. I had [[HEALTH:some swelling and a plum-colored bruise down there]] for a few days, nothing crazy, and was back on shift at [[LOCATION:Fire Station 6]] by [[DATE_TIME:Tuesday]]. Only knock: the [[HEALTH:sample cup]] you drop off later has to reach the lab within an hour, I live out in [[LOCATION:Bramley]], and the lab closes at 4."),
# 53
("yelp", "ent", 1, "Monique Ashby",
 "My son [[PERSON:Jayden]] ([[AGE:6]]) [[HEALTH:snored like an old man]] and [[HEALTH:stopped breathing for a few seconds at a time]], so [[PROVIDER:Dr. Whitfield]] took out his [[HEALTH:tonsils and the thing behind his nose]]. On [[DATE_TIME:day seven]] he [[HEALTH:started spitting up bright red blood]]. I called and got a recording. We live off [[LOCATION:Meadowlark Road]] and the nearest ER is 40 minutes away. He needed [[HEALTH:to be put back under to seal it off]]. When I asked to talk to the doctor, they said he was 'in clinic all week.' For a kid who [[HEALTH:lost that much blood]], nobody called to check on him once."),
# 54
("zocdoc", "dental", 3, "Priya Nair",
 "I'm [[HEALTH:five months pregnant]] and my [[HEALTH:gums have been bleeding every time I brush]], plus [[HEALTH:one bottom tooth feels a little wiggly]]. [[PROVIDER:Dr. Ostrander]] was careful about the baby and did the [[HEALTH:deep cleaning with numbing gel]] over two visits. Hygienist [[PROVIDER:Kelsey]] was gentle. But they'd told me [[FINANCIAL:Cigna]] covers it fully during pregnancy and I got a bill for [[FINANCIAL:$318]] anyway. I teach at [[LOCATION:Sunnyside Preschool]] and had to take two afternoons off for this. Three stars."),
# 55
("google", "oncology", 2, "Diane Foss",
 "My husband [[PERSON:Phil]] was told in [[DATE_TIME:August]] that the [[HEALTH:cancer in his colon had spread to spots on his liver]]. He wears the [[HEALTH:pump]] home for two days after every infusion, and now his [[HEALTH:fingers sting when he touches anything cold in the fridge]] and he [[HEALTH:can't button his shirt]]. [[PROVIDER:Dr. Cardenas]] is smart, but we see her for five minutes and the rest is a revolving door of fellows. We asked about the [[HEALTH:nerve damage]] three times before anyone lowered the dose. He used to coach at [[LOCATION:Holbrook Little League]] and now he [[HEALTH:can't grip a bat]]. On top of it, a [[FINANCIAL:$1,240]] bill for the [[HEALTH:liver scan]] that [[FINANCIAL:UnitedHealthcare]] says was coded wrong."),
# 56
("healthgrades", "home_health", 5, "Curtis Reed",
 "After [[HEALTH:Mama's face drooped]] at the breakfast table [[DATE_TIME:last September]] and her [[HEALTH:right arm went dead]], we brought her home to our place off [[LOCATION:Route 9]] instead of a facility. This agency sent [[PROVIDER:Brenda]] for her [[HEALTH:rehab exercises]] and [[PROVIDER:Luis]] for nursing. [[PROVIDER:Brenda]] got her from the [[HEALTH:hospital bed]] to the [[HEALTH:walker with tennis balls]] to the porch. [[PROVIDER:Luis]] [[HEALTH:checked her pressure]] and spotted the [[HEALTH:sore starting on her tailbone]] before it got bad. Now her [[HEALTH:words come out right]] most days. She turned [[AGE:88]] in [[DATE_TIME:June]] and blew out her candles. Thank you."),
# 57
("facebook", "rheumatology", 5, "Bobby Tanner",
 "[[DATE_TIME:Two Christmases ago]] my [[HEALTH:big toe got so hot and swollen even the bedsheet touching it made me yell]]. Thought I broke it. [[PROVIDER:Dr. Kaur]] [[HEALTH:stuck a needle in the joint]] and looked at the [[HEALTH:crystals]] under the microscope right there, showed me on the screen. Put me on [[HEALTH:alopurinal]] and told me straight about the [[HEALTH:beer and the red meat]]. Haven't had a [[HEALTH:flare]] in a year. My buddies at [[LOCATION:Shady Pines]] trailer park kept telling me to soak it in vinegar. Glad I didn't listen. [[PERSON:Bobby T.]]"),
# 58
("yelp", "obgyn", 5, "Celeste Moran",
 "For years my [[HEALTH:periods were so heavy I soaked through a super tampon every hour]] and I was [[HEALTH:so low on iron I craved ice]]. Every doctor said 'that's just your body.' [[PROVIDER:Dr. Petrakis]] did an [[HEALTH:ultrasound]], found [[HEALTH:two grape-sized growths in my uterus]], and gave me real choices. I went with the [[HEALTH:little plastic T with hormones]] and [[HEALTH:iron through an IV]]. [[DATE_TIME:Six months later]] I'm [[HEALTH:barely spotting]] and I just ran a 10K with my running club from [[LOCATION:Hillcrest]]. She also respected that I'd [[HEALTH:already had my tubes tied]] and never lectured me."),
# 59
("yelp", "dermatology", 2, "Naomi Birch",
 "My [[HEALTH:part has been getting wider]] and I'm [[HEALTH:finding hair all over my pillow]] since I [[HEALTH:had COVID]] [[DATE_TIME:last summer]]. [[PROVIDER:Dr. Vance]] looked for about four minutes, called it [[HEALTH:stress shedding]], and pushed a package of the [[HEALTH:blood-spinning injections]] at [[FINANCIAL:$1,800]] instead of checking my [[HEALTH:iron or thyroid]]. When I asked about [[HEALTH:minoxi-whatever]] she rolled her eyes. I'm [[AGE:34]] and I manage the front of house at [[LOCATION:Ember & Oak]] in [[LOCATION:Elmwood]]; I can't keep wearing hats at work."),
# 60
("google", "pediatrics", 3, "Stacy Dolan",
 "Mixed feelings, so here's the whole story.<br><br>Our son [[PERSON:Caleb]] is [[AGE:3 and a half]]. At his checkup [[DATE_TIME:last spring]] I mentioned that he [[HEALTH:lines his trucks up for hours]], [[HEALTH:screams if his socks feel wrong]], [[HEALTH:doesn't turn when you call his name]] and [[HEALTH:only eats about four foods, all of them beige]]. [[PROVIDER:Dr. Okafor]] listened, went through the [[HEALTH:autism screening questions]] with us, and sent a referral to the developmental clinic.<br><br>The good: [[PROVIDER:Dr. Okafor]] never once made me feel like a hysterical mom, and nurse [[PROVIDER:Bea]] remembered that [[PERSON:Caleb]] [[HEALTH:panics at the blood pressure cuff]] and skipped it. When he got his [[HEALTH:autism diagnosis]] in [[DATE_TIME:January]], she called us herself [[DATE_TIME:that evening]] and helped us line up the [[HEALTH:therapy where they come to the house]] and [[HEALTH:feeding therapy]]. My husband [[PERSON:mike]] still has her voicemail saved.<br><br>The bad: the referral sat for seven weeks because someone faxed it to the wrong clinic, and nobody told us until I called. Then the front desk billed [[FINANCIAL:Medicaid]] under my old last name, so his [[HEALTH:speech evaluation]] got denied and we got a [[FINANCIAL:$460]] bill in the mail. It took four calls and a trip in on my lunch break from [[LOCATION:Tiny Tots Learning Center]], where I work, to sort it out.<br><br>So: the doctors and nurses are wonderful, the office side needs real work. Three stars, and I'd give five to the people in scrubs."),
]

DRAFTS = [
# 1
(1, "", "Thank you for taking the time to write. We want everyone who contacts our office, including after hours, to reach a real person and get clear answers, and we are reviewing how our evening line is handled. Please call our office manager, Denise Alvarado, at (517) 555-0121 so we can talk this through directly.",
 "Tricky safe: addresses the after-hours phone line as a practice-wide operational issue and never mentions the tooth, the swelling, the bill or the reviewer's job."),
(1, "EC", "Marcus, we're sorry the extraction of your molar led to swelling and drainage, and that you had to miss a shift at the factory to come back in. Please call us so we can go over your bill together.",
 "Greets the reviewer by name, restates the pulled tooth as 'extraction of your molar', the oozing and puffing as drainage and swelling, the plant as 'the factory', and 'come back in' and 'your bill' confirm he was treated."),
# 2
(2, "", "Thank you for sharing this. We want every family to leave with clear answers and a plan they understand, and concerns like these are reviewed by our clinical director. Please reach out to our patient coordinator, Ana Whitley, at (404) 555-0134 or care@smileline.example.com.",
 "Speaks only about practice-wide standards and offers offline contact without confirming that the daughter is a patient."),
(2, "ECM", "We're sorry Kiara's Invisalign hasn't fully straightened her lower teeth yet and that she's developed some decalcification around her attachments. She should use a fluoride rinse every night and wear a night guard for the grinding.",
 "Names the daughter, turns the clear trays into 'Invisalign', the chalky spots into 'decalcification' and the glued bumps into 'attachments', and gives clinical instructions about her clenching."),
# 3
(3, "", "Thank you so much for these kind words. We'll be sure to pass your thanks along to Dr. Osgood and Lorraine, who care deeply about everyone who walks through our doors. If there's ever anything we can do, our front desk is at (865) 555-0147.",
 "Tricky safe: thanks the staff the reviewer named without saying she was treated and without mentioning her skin, her church or her town."),
(3, "ENC", "We're thrilled your psoriasis has cleared on the biologic, Eleanor, and that you can finally show your arms at church again! We'll see you at your next injection check.",
 "Uses her name, renames the flaky patches as psoriasis and the self-injected shot as 'the biologic', echoes the church, and adds a future injection appointment she never mentioned."),
# 4
(4, "", "We're sorry to hear how upset you are. Every concern shared with us is reviewed by our medical director, and we'd like to talk with you privately. Please call our clinic manager, Tessa Lyle, at (702) 555-0158.",
 "Acknowledges the feelings without naming the treatment, the result or the price, and moves the conversation offline."),
(4, "ECMI", "Jenna, some brow heaviness and a small filler nodule can happen after neurotoxin and lip augmentation. It usually settles on its own, and we're happy to dissolve the bump for free at your next visit.",
 "Names the reviewer, restates the drooping eyebrow and lip lump in clinical terms, gives a clinical prognosis, confirms she is a client and offers a free service."),
# 5
(5, "", "Thank you for the feedback. Clear, timely communication through our portal and our phones is something we expect for everyone, and we're reviewing how messages are followed up. Our patient liaison, Rhonda Fisk, would welcome a call at (614) 555-0119.",
 "Tricky safe: treats portal follow-up as an operational standard and avoids any mention of test results, kidneys, swelling or the copay."),
(5, "ENCM", "Mr. Kimura, we understand your creatinine came back elevated after you started the diuretic for your swelling and shortness of breath. Dr. Venkat will call you this week to adjust the dose.",
 "Echoes the kidney numbers as 'creatinine', the water pill as 'the diuretic', the stairs and ankles as shortness of breath and swelling, and adds a dose change and a call the review never mentioned."),
# 6
(6, "", "What a lovely message to read, thank you. Our whole team believes every family deserves to feel heard, and we'll share your kind words with Dr. Hale. If you ever want to reach us, our office line is (503) 555-0163.",
 "Tricky safe: passes praise to the named doctor and states a general value without mentioning the child, his speech or his growth."),
(6, "ENC", "We're so glad Luca's language delay was caught early and that his speech therapy is paying off! Hearing about his first words made our day, and we'll keep an eye on his growth at his two-year checkup.",
 "Names the toddler, rewords 'no words' as a language delay and the home sessions as speech therapy, and adds a future checkup with a named purpose."),
# 7
(7, "", "Thank you for sharing this. Accurate billing matters to us, and our billing team reviews any coding question promptly and privately. Please contact our billing lead, Omar Reyes, at (215) 555-0172 or billing@harborminds.example.org.",
 "Tricky safe: speaks about billing accuracy in general without repeating the amount, the carrier, the type of care or the reviewer's workplace."),
(7, "ECI", "We're so glad your work with Renata and the sleep medication have eased your depression and insomnia, and we know how hard it is for a healthcare worker to reach out. We'll refund the $640 right away.",
 "Rewords the reviewer's symptoms as depression and insomnia and the peach pill as 'sleep medication', alludes to her job as a nurse, repeats the amount and offers a refund."),
# 8
(8, "", "We're very sorry to read this. Compassion and timely access are standards we hold for everyone who calls us, and we'd like to hear from you directly. Please call our patient advocate, Lorna Blake, at (312) 555-0128.",
 "Expresses sympathy without naming the loss, the pregnancy, the husband or the town, and offers offline contact."),
(8, "ECD", "We're deeply sorry about your miscarriage. Our visitor policy exists for everyone's safety, and Dr. Blythe followed standard protocol at your follow-up.",
 "Names the pregnancy loss the reviewer described only as 'no heartbeat', confirms her follow-up visit and defends the provider and the policy."),
# 9
(9, "", "Thank you for taking the time to share such kind words about our team. We'll pass them along to Dr. Lindahl and Tamsin. If you ever need anything, our office can be reached at (919) 555-0104 or hello@lakesidefertility.example.com.",
 "Tricky safe: thanks the named staff without congratulating anyone on a birth or mentioning treatment, cost or coverage."),
(9, "ENC", "Congratulations on baby Wren! We love hearing about IVF success after tubal factor infertility, and we're still holding your remaining embryos in storage whenever you're ready for a sibling.",
 "Names the baby, restates the retrieval and blocked tube as IVF and tubal factor infertility, and invents stored embryos that the review never mentioned."),
# 10
(10, "", "Thank you for your feedback. We want every person to leave with clear expectations and paperwork that moves quickly, and we're reviewing how we communicate about forms and timelines. Please contact our practice manager, Jill Brant, at (616) 555-0139.",
 "Speaks about forms and timelines in general without naming the knee, the claim, the surgery or the reviewer's employer."),
(10, "ECD", "Greg, meniscus repairs often mean several weeks of limited weight-bearing, and constipation from opioids is a known side effect listed in your discharge papers. Your workers' compensation file is with your employer's carrier, not us.",
 "Names the reviewer, rewords the shredded cushion as a meniscus repair and being backed up as opioid constipation, cites his discharge papers and shifts blame for the claim."),
# 11
(11, "", "Thank you for such a warm review! We'll share it with Marco and the whole team. Our staff is proud to serve this community, and you can reach us anytime at (773) 555-0181.",
 "Tricky safe: passes thanks to the named therapist without saying the reviewer was treated or repeating her injury, grandson or street."),
(11, "ECM", "We're so happy your rotator cuff tear is healing and that you're back at the playground with Tobi! Keep doing your home exercises twice a day so the shoulder doesn't stiffen up again.",
 "Rewords the partly torn tendons as a rotator cuff tear and the swings as the playground, names the grandson and gives exercise instructions."),
# 12
(12, "", "We're sorry to read this. We take every concern seriously and would like to understand what happened. Please call our clinic director, Paula Quinn, at (405) 555-0116.",
 "Short, sympathetic and general, with an offline contact and no detail from the review."),
(12, "ECMD", "Lyle, neck manipulation very rarely causes problems with the vertebral arteries, and your CT angiogram showed there was no damage. The wellness plan is optional and was offered to you as a courtesy.",
 "Names the reviewer, rewords the neck cracking and artery scan in clinical terms, gives a clinical judgement and argues with his complaint about the sales pitch."),
# 13
(13, "", "Thank you for the feedback and the kind words about our team. Front-desk payment practices should be clear and correct for everyone, and our billing office is reviewing how up-front charges are handled. Please reach our billing manager, Cal Ortiz, at (208) 555-0143.",
 "Tricky safe: discusses up-front charges only as a practice-wide billing process and does not mention the child, the injury, the amount or the coverage."),
(13, "ENCI", "We're glad Morris could help with Bodhi's forearm fracture after his bike crash, and we've processed your $150 refund to your card today.",
 "Names the son, rewords the cracked bones and the handlebar fall as a forearm fracture and bike crash, repeats the amount, adds a refund transaction and offers money back."),
# 14
(14, "", "Thank you for the review! We'll pass your kind words to Dr. Faber. Questions about pricing or coverage for anything we offer can go to our billing coordinator, Lena Park, at (956) 555-0152.",
 "Tricky safe: mentions pricing and coverage only as an operational topic open to anyone, without naming the toe, the inserts or the carrier."),
(14, "ECD", "So glad your ingrown toenail procedure went well and that the custom orthotics are helping your flat feet through those long diner shifts! Many plans exclude orthotics, so that's on your insurer, not us.",
 "Rewords the red toe and nail removal as an ingrown toenail procedure, the inserts as orthotics and the collapsed arches as flat feet, echoes the diner job and deflects the cost complaint."),
# 15
(15, "", "Thank you for the kind words! We'll make sure Dr. Mensah and the team see this. For anything you need, our front desk is at (480) 555-0165 or frontdesk@clearair.example.com.",
 "Tricky safe: thanks the named doctor without any allergy, inhaler or classroom detail."),
(15, "ENC", "We're thrilled immunotherapy has controlled your seasonal allergies and asthma so well that you no longer need your rescue inhaler, and we know how much that matters in a classroom. See you for your next injection!",
 "Rewords the weekly shots as immunotherapy and the puffer as a rescue inhaler, adds an asthma diagnosis, echoes his teaching job and schedules a named future service."),
# 16
(16, "", "Thank you for raising this. Timely, personal follow-up is a standard we hold for everyone, and we're reviewing how our team closes the loop after portal messages. Please call our practice administrator, Neil Burke, at (860) 555-0107.",
 "Tricky safe: keeps to portal follow-up as an operational matter and avoids the procedure, the diagnosis and the reviewer's job."),
(16, "ENCM", "Theo, we're sorry you learned about your ulcerative colitis online. Dr. Ferrante has reviewed your pathology and wants to start mesalamine right away, so please book a follow-up.",
 "Names the reviewer, turns 'the colitis thing' into ulcerative colitis, adds a pathology review and a new medication, and tells him what to do."),
# 17
(17, "", "Thank you for your feedback. We want everyone to understand any costs before they leave our office, and we'd be glad to talk with you. Please call our office manager, Gail Porter, at (302) 555-0176.",
 "Speaks generally about cost transparency and invites a call without naming the condition, the drug or the amount."),
(17, "ENCM", "Mr. Pell, dizziness on standing is a common side effect of alpha blockers for an enlarged prostate, so take it at bedtime and get up slowly. The bladder scan charge reflects your plan's deductible.",
 "Rewords the woozy spells and the lemon-sized prostate in clinical terms, gives dosing advice and adds a deductible detail about his billing."),
# 18
(18, "", "Thank you, what a lovely note. We'll pass your kind words to Dr. Abiodun and the whole team. If you ever need to reach us, please call (414) 555-0188.",
 "Tricky safe: passes praise to the named doctor and nothing else."),
(18, "ENCG", "Gloria, we're delighted your pacemaker has fixed those dropped beats and that coming off metoprolol gave you your energy back. It will keep your heart steady for the next ten years, guaranteed!",
 "Names her, calls the little battery a pacemaker and the pauses dropped beats, names a specific beta blocker she never named and promises an outcome."),
# 19
(19, "", "We're sorry to read this. Everyone deserves unhurried time and clear instructions, and we're reviewing scheduling and visit length across our clinic. Please call our practice manager, Yvonne Dale, at (570) 555-0193.",
 "Addresses time and clarity as clinic-wide standards without naming the lungs, the inhaler, the quarry or the cost."),
(19, "ECMD", "Mr. Reyes, COPD from occupational dust exposure is progressive, and at 54 percent lung function supplemental oxygen isn't usually indicated yet. Dr. Strand reviewed your breathing test thoroughly.",
 "Rewords his breathlessness and quarry work as occupational COPD, repeats the lung result, makes a clinical judgement about oxygen and defends the doctor."),
# 20
(20, "", "Thank you for the thoughtful review. We know insurance approvals can be slow, and our team works to keep everyone updated without their having to chase us. Please reach our authorizations lead, Priya Nand, at (617) 555-0111 if we can help.",
 "Tricky safe: talks about insurance approvals in general and never names the medication, the headaches, the school or the carrier."),
(20, "ECD", "We're so glad the monthly injection has cut down your migraines with aura and that you're off topiramate and its side effects. Approvals with your plan are out of our hands, unfortunately.",
 "Rewords the zigzag lights and ice-pick pain as migraines with aura, corrects the misspelled drug name, confirms her treatment and deflects the insurance delay."),
# 21
(21, "", "Thank you for taking the time to write this; your words mean a great deal to our whole team. We'll share them with Dr. Ilunga, Jolene and Arturo. If there is ever anything we can do, please call us at (859) 555-0124.",
 "Tricky safe: passes thanks to the three staff members she named without mentioning the lump, the treatment or the outcome."),
(21, "ENC", "Bev, we're so proud of you for finishing chemo and beating breast cancer! Seeing you ring that bell was a highlight of our year, and we can't wait to see you at your six-month mammogram.",
 "Names her, turns 'the lump' and 'the red devil' into breast cancer and chemo, repeats the bell and adds a future mammogram."),
# 22
(22, "", "Thank you for telling us about this. Prompt responses to every message and reasonable access to appointments are priorities for our whole office, and we're looking at how our schedule is managed. Please call our nurse manager, Tara Fell, at (206) 555-0138.",
 "Tricky safe: treats access and message response as operational and never mentions the sugars, the pen or the reviewer's job."),
(22, "ENCM", "We're sorry your glucose has been running high and your CGM alarms are keeping you up. Please don't go without basal insulin; take your Lantus as usual and check in with our diabetes educator.",
 "Rewords the sugars as glucose and the arm patch as a CGM, names a specific insulin she never named and gives dosing instructions."),
# 23
(23, "", "Thanks so much for sharing this! Comments like yours make our team's day, and we'll pass them along to Dr. Kuo. Anyone with questions can reach our office at (925) 555-0102.",
 "Tricky safe: thanks the named doctor without mentioning snoring, the machine or the reviewer's wife."),
(23, "E", "Thanks so much for the kind words! Untreated sleep apnea can put drowsy drivers and their families at risk, and our whole team is proud to help people in this community breathe easier at night. Anyone with questions can reach us at (925) 555-0102.",
 "Tricky: reads like a practice-wide value, but naming sleep apnea, drowsy driving, family and breathing at night paraphrases the snoring, the gasping, the red-light dozing and the wife from the review."),
# 24
(24, "", "Thank you for your feedback. We want every recommendation and every charge to be clearly explained, and we'd welcome a chance to talk. Please call our patient services manager, Holly Ng, at (330) 555-0149.",
 "General standards on explanations and charges, with no hearing, sinus or job details."),
(24, "ECMD", "Ruth Ann, mild high-frequency hearing loss in one ear should not affect a commercial driver's license, and the sinus CT was ordered for good reason.",
 "Names the reviewer, rewords the lost high notes as high-frequency hearing loss and the bus job as a commercial license, gives a clinical judgement and defends the scan."),
# 25
(25, "", "We're sorry to hear this. We want everyone who comes to us to feel listened to and taken seriously, and we'd like to hear more. Please call our clinic manager, Sandra Voss, at (919) 555-0156.",
 "Empathetic and general, with an offline contact and nothing from the review."),
(25, "ENCM", "Nadia, joint swelling and a butterfly rash with a positive ANA in someone with a family history of lupus deserve a full workup. Dr. Whitlow has ordered more labs for you.",
 "Names her, rewords the sausage fingers, cheek rash and 'a little positive' test clinically, repeats the sister's condition and adds new lab orders."),
# 26
(26, "", "Thank you for your kind words and for your honesty. Prompt follow-up from every member of our team is something we take seriously, and we'd like to help. Please reach our care coordinator, Janelle Moss, at (901) 555-0167.",
 "Addresses follow-up as a team-wide standard without mentioning kidneys, dialysis, diet or the transplant question."),
(26, "ENC", "Mr. Boyd, we're glad hemodialysis through your fistula is going smoothly and that the low-potassium diet is working. Our social worker will call you this week about your transplant referral.",
 "Rewords the machine and the lump in his arm as hemodialysis and a fistula, restates the diet and adds a call about his referral status."),
# 27
(27, "", "Thank you for such a heartfelt message. We'll share it with Ms. Carly, who loves her work with every family. If you ever have questions, please reach our office at (408) 555-0131.",
 "Tricky safe: passes thanks to the named therapist without naming the child or his speech."),
(27, "ECG", "We're so proud of Ishaan! Articulation and stuttering therapy takes patience, and his progress in our sessions shows he'll be speaking perfectly by kindergarten.",
 "Names the son, rewords the sound swaps and getting stuck as articulation and stuttering therapy, and promises an outcome."),
# 28
(28, "", "We're sorry to hear about these concerns. Consistent, well-informed staffing is a standard we hold for every home we serve, and we'd like to talk with you directly. Please call our director of nursing, Rachel Ames, at (651) 555-0174.",
 "Tricky safe: addresses staffing consistency as an agency-wide matter and never mentions the father, his swallowing or his catheter."),
(28, "ENC", "We're so sorry about the mix-up with your father's swallowing precautions and catheter care. Nurse Kim is back on his schedule starting Monday.",
 "Rewords the thickened drinks and the bag on his leg as swallowing precautions and catheter care, and adds a schedule change for the father."),
# 29
(29, "", "Thank you for the wonderful review! We'll share it with Dr. Sutter. For questions about anything we offer, our team is at (337) 555-0185.",
 "Tricky safe: thanks the named audiologist without mentioning hearing, devices or family."),
(29, "ECI", "Ernest, we're delighted the hearing aids we fitted are working so well and that you can hear Ivy again! Bring them in every six months for a free cleaning.",
 "Names him and his granddaughter, calls the ear gadgets hearing aids and offers a free service."),
# 30
(30, "", "We're sorry to read this. We want everyone who visits us to feel their concerns were fully heard, and we'd appreciate the chance to talk. Please contact our medical director's office at (863) 555-0198 or feedback@quickcare.example.com.",
 "General standard and offline contact without the daughter, her throat or her school."),
(30, "ECM", "A negative rapid strep doesn't rule out a peritonsillar abscess, and we're reviewing Maeve's chart with the provider who saw her that weekend.",
 "Names the daughter, rewords the Q-tip swab and the pus pocket as rapid strep and a peritonsillar abscess, gives a clinical judgement and confirms her chart."),
# 31
(31, "", "Gracias por compartir su opinión. Queremos que todas las personas que nos contactan reciban respuestas claras y a tiempo. Por favor comuníquese con nuestra gerente, Lucía Paredes, al (915) 555-0109.",
 "Tricky safe: a reply in the reviewer's language that speaks only of general responsiveness and gives the practice's number."),
(31, "ENCMI", "Sentimos mucho que la prótesis de su mamá no le ajuste y le haya causado úlceras. Dígale que use adhesivo mientras se la ajustamos sin costo en su próxima cita.",
 "Rewords the new dentures and sores as 'prótesis' and 'úlceras', gives advice, confirms the mother is a patient, adds a future appointment and offers a free adjustment."),
# 32
(32, "", "¡Muchas gracias por sus amables palabras! Compartiremos su mensaje con la Dra. Molina y todo el equipo. Estamos para servir a todas las familias de nuestra comunidad. Nuestro teléfono es (210) 555-0113.",
 "Tricky safe: a Spanish reply that thanks the named doctor without mentioning the baby, the fever or the mother's mood."),
(32, "ENCM", "¡Qué alegría que Camila ya se recuperó de su infección de oído! Y gracias por confiarnos también su depresión posparto; recuerde tomar su medicamento todos los días.",
 "Names the baby, rewords the ear pulling and the crying since birth as an ear infection and postpartum depression, and invents a medication with an instruction."),
# 33
(33, "", "Gracias por tomarse el tiempo de escribirnos. Queremos que cada llamada a nuestra clínica reciba una respuesta adecuada, y estamos revisando la capacitación de nuestro personal de recepción. Por favor llame a nuestra administradora, Teresa Gómez, al (559) 555-0122.",
 "Tricky safe: treats phone handling and front-desk training as operational and mentions no pregnancy, symptom or workplace."),
(33, "ECD", "Leticia, la preeclampsia puede aparecer de repente en el tercer trimestre, y nuestra recepcionista siguió el protocolo al darle su cita.",
 "Names the reviewer, turns the swollen feet, lights and high pressure into preeclampsia, confirms her appointment and defends the receptionist."),
# 34
(34, "", "We hear how distressing this was. Reliable communication about anything that affects someone's care is a standard we hold ourselves to, and we'd like to talk with you privately. Please call our clinic director, Sam Whitaker, at (570) 555-0136. If anyone is in crisis, call or text 988 at any time.",
 "Tricky safe: offers a crisis line to anyone and speaks of communication in general without mentioning recovery, the medication or the test."),
(34, "ENCD", "We're glad you stayed sober through the withdrawal. Our records show the urine drug screen was never received by the lab, which is why your buprenorphine was held per policy.",
 "Rewords 'clean off pills', the strips and the cup test as sobriety, buprenorphine and a urine drug screen, cites records and argues with the reviewer."),
# 35
(35, "", "Thank you for your honest feedback. Timely scheduling and clear communication matter for everyone we see, and we'd like to hear more. Please contact our office manager, Trey Holloway, at (214) 555-0142.",
 "Keeps to scheduling and communication in general and names nothing from the review."),
(35, "ECMD", "Kevin, the basal cell on your wrist needs a wider re-excision for clear margins, and your sutures opened because you went back to work too soon. Avoid lifting for two weeks after the next one.",
 "Names him, rewords 'the not-so-bad kind' and 'take more around the edges' as a basal cell and re-excision, blames him for the wound opening and gives instructions."),
# 36
(36, "", "Thank you for the kind words! We'll share them with our team. We aim to give everyone clear notice of any pricing changes, and our manager, Dani Cole, is happy to talk at (385) 555-0159.",
 "Tricky safe: pricing notice is treated as a general operational topic, with no mention of the weight, the shots or the amounts."),
(36, "ECI", "Carly, congrats on the 38-pound weight loss on semaglutide! To thank you for being such a loyal client, we'll lock in your old monthly rate.",
 "Names her, repeats the weight loss, corrects the drug nickname to semaglutide, confirms she is a client and offers a price break."),
# 37
(37, "", "We're sorry to read this. Every call to our office deserves a courteous, complete answer, and we'd like to speak with you directly. Please reach our practice manager, Erin Walsh, at (248) 555-0161.",
 "Addresses phone courtesy generally and gives a contact without any clinical or personal detail."),
(37, "ECMD", "Dylan, lingering numbness after third-molar removal under general anesthesia is a known risk you consented to, and most nerve injuries of this kind recover within a year.",
 "Names him, rewords the yanked wisdom teeth, knockout and rubbery chin in clinical terms, cites his consent and gives a prognosis."),
# 38
(38, "", "Thank you, and God bless you too! We'll pass your kind words to Dr. Lam. Our door is always open at (601) 555-0171.",
 "Tricky safe: mirrors the reviewer's blessing and thanks the named doctor without naming his eyes, his church or his coverage."),
(38, "ENC", "Mr. Jeffries, we're so glad your cataract surgery went well and that your glaucoma drops are keeping the pressure down. See you for your annual dilated exam!",
 "Rewords the cloudy lenses and creeping pressure as cataracts and glaucoma and adds a named future exam."),
# 39
(39, "", "Thank you for raising this. Protecting the privacy of everyone's information is one of our most serious obligations, and our privacy officer reviews every concern. Please contact Mira Shah at (312) 555-0183 or privacy@northside.example.com.",
 "Tricky safe: privacy handling is an operational topic and nothing about drinking, the liver or the employer is repeated."),
(39, "ECD", "We take concerns about alcohol seriously, and a diagnosis on a visit summary can't simply be removed because it's inconvenient. Our privacy officer found no improper disclosure to your employer.",
 "Echoes the drinking and the label on his summary, confirms his visit and argues that the complaint is unfounded."),
# 40
(40, "", "Thank you for the feedback. We want every call to our office to be answered promptly and thoughtfully, and we're looking at how our phone lines are staffed. Please contact our practice manager, Greta Hsu, at (803) 555-0195.",
 "Tricky safe: phone staffing is treated as an operational issue and the surgery, wound and job are not mentioned."),
(40, "ECD", "We're sorry your navel incision became infected after your cholecystectomy. Wound infections after laparoscopic surgery are uncommon, and our nurse followed protocol when you called.",
 "Rewords the gallbladder removal and the leaky belly button as a cholecystectomy and an infected navel incision, confirms her surgery and defends the nurse."),
# 41
(41, "", "We're sorry to hear how frightening this was. We want every family to feel their concerns are fully heard, and we'd like to talk with you directly. Please call our office manager, Kelly Moore, at (765) 555-0103.",
 "Sympathetic and general, offering the practice's own number rather than the email the reviewer posted."),
(41, "ENC", "Brandy, we've updated Kaylee's chart to list an amoxicillin allergy and will email you at the address you posted about her ear infection follow-up.",
 "Names mother and child, rewords 'the pink stuff' and ear yanking as amoxicillin and an ear infection, and adds a chart change."),
# 42
(42, "", "Thank you for these generous words! We'll make sure Dr. Farrow and Tasha see them. We work hard to make our office a calm place for everyone. Reach us anytime at (336) 555-0117.",
 "Tricky safe: thanks named staff and states a general value without the reviewer's anxiety, crowns or work hours."),
(42, "EC", "Wendell, we're proud to have helped you get past your dental phobia with nitrous and to restore your molars with crowns. We'll keep holding the early-morning spot for you after your night shifts!",
 "Names him, rewords the gagging and pounding heart as dental phobia, happy gas as nitrous and caps as crowns, and echoes his night work and the 7am slot."),
# 43
(43, "", "Thank you for letting us know. We want everyone who comes through our doors to leave confident, and your concerns will be reviewed by our medical director. Please call our site lead, Rob Chen, at (503) 555-0129.",
 "General and offline, with no mention of the wound, the closure or the charge."),
(43, "ECDI", "Lina, skin adhesive is appropriate for most finger lacerations and Jared followed our wound-closure guidelines, but we'll waive the second visit charge as a courtesy.",
 "Names her, rewords the sliced thumb and glue as a finger laceration and skin adhesive, defends the provider and offers to waive a charge."),
# 44
(44, "", "We're sorry to read this. Timely follow-up on every call and message is a standard we hold ourselves to, and we'd like to talk with you. Please contact our nurse manager, Alma Ruiz, at (318) 555-0144.",
 "Speaks about follow-up in general and avoids the blood thinner, the bleeding and the lab value."),
(44, "ENCG", "Mr. Tull, an INR that high on warfarin after a valve replacement is serious, and we've added you to our weekly anticoagulation clinic so it never happens again.",
 "Rewords the rat poison pill and clotting number as warfarin and INR, the valve job as a valve replacement, adds an enrolment and promises it will never recur."),
# 45
(45, "", "Thank you for this feedback. Privacy during every conversation matters, and we're looking at how our space is arranged so people can speak freely. Please contact our clinic manager, Beth Arno, at (308) 555-0168.",
 "Tricky safe: treats privacy in the gym as an operational issue without mentioning the bladder, the pregnancy or the coverage."),
(45, "ENC", "We're glad your postpartum incontinence is improving! We'll move your pelvic floor sessions to a private room and appeal Medicaid for more visits.",
 "Rewords the leaking after the second baby as postpartum incontinence, repeats the therapy and carrier, and adds scheduling and billing actions."),
# 46
(46, "", "Thank you for sharing your concerns. We want every family to get timely answers, and we'd like to talk with you directly. Please call our patient liaison, Rosa Kim, at (904) 555-0177.",
 "General and offline, without the mother, her memory or her residence."),
(46, "ENCD", "We understand how hard it is to watch a parent with early Alzheimer's lose her independence. The MRI findings were discussed at her appointment, and Dr. Ahn will see your mother again in three months.",
 "Turns the lost words, clock quiz and shrinkage into early Alzheimer's and MRI findings, confirms the mother's appointment, disputes the delay and adds a future visit."),
# 47
(47, "", "Thank you for your kind review! We'll share it with Dr. Greaves and Lupe. We're glad to serve our community, and you can reach us anytime at (505) 555-0186.",
 "Tricky safe: thanks named staff without mentioning the thyroid, the iodine treatment or the workplace."),
(47, "ECG", "Renee, Graves' disease is so easy to mistake for anxiety! Your radioactive iodine treatment will cure your overactive thyroid for good.",
 "Names her, turns the racing heart, shaking and buggy eyes into Graves' disease, restates the iodine drink and guarantees a cure."),
# 48
(48, "", "Thanks so much for the great review! We'll pass it along to Dr. Kwan and the team. Reach us anytime at (562) 555-0191.",
 "Tricky safe: praise is passed to the named chiropractor with no mention of the back, the team or the job."),
(48, "E", "Thanks so much for the great review! Our team loves helping local weekend athletes and desk workers bounce back after a disc flare-up. Reach us anytime at (562) 555-0191.",
 "Tricky: no name and no 'your', yet 'weekend athletes', 'desk workers' and 'a disc flare-up' restate the rec-league team, the engineering desk job and the pressed disc from the review."),
# 49
(49, "", "Thank you for your thoughtful review. We'll share your kind words with Dr. Mabry, and we're always working to make sure every request is handled correctly the first time. Questions? Call our office manager, June Patel, at (406) 555-0105.",
 "Tricky safe: a general promise of accuracy that never mentions the pharmacy mix-up, the hormones or the daughter."),
(49, "EC", "Ellen, we're so glad hormone replacement is easing your menopause symptoms and night sweats! We look forward to meeting Quinn soon.",
 "Names her and her daughter, and rewords the drenched nights, haywire cycle and patch as night sweats, menopause and hormone replacement."),
# 50
(50, "", "Thank you for the kind review. Our billing team is happy to walk anyone through how insurance processes charges, and you can reach them at (712) 555-0114 or billing@prairieallergy.example.net.",
 "Tricky safe: insurance processing is offered as a general service without repeating the amounts, the carrier or the child's allergy."),
(50, "ENC", "We're so glad Finn's peanut allergy is under control with oral immunotherapy and that his school has his EpiPen plan! We'll resubmit the challenge to Anthem.",
 "Names the son, rewords the peanut powder and auto-injector as oral immunotherapy and an EpiPen, and adds a billing action with the carrier."),
# 51
(51, "", "Thank you for sharing something so personal. Our whole team believes every young person and family deserves compassionate support. If anyone needs to reach us, please call (651) 555-0125, and if anyone is in crisis, call or text 988.",
 "Tricky safe: a general value statement and a crisis line offered to anyone, with no mention of the daughter or her illness."),
(51, "ENCG", "We're so proud of Ava's recovery from anorexia and self-harm, and we'll make sure she stays on track when she steps down to outpatient therapy.",
 "Names the daughter, rewords the crackers, running and marks as anorexia and self-harm, adds a step-down plan and promises she will stay well."),
# 52
(52, "", "Thanks for the review! Our posted lab drop-off hours are on our website, and our team is happy to help with any questions at (405) 555-0135.",
 "Tricky safe: refers only to posted hours, an operational topic, and does not mention the procedure, the sample or the reviewer's job."),
(52, "ENC", "Glad your vasectomy recovery was smooth and that you were back at the firehouse so fast! We'll hold the lab open late for your post-vasectomy semen analysis.",
 "Rewords 'got snipped' and the sample cup as a vasectomy and semen analysis, echoes the fire station and adds a named future service."),
# 53
(53, "", "We're very sorry to read this. Every call to our office, especially after hours, should reach someone who can help, and we're reviewing how calls are handled. Please contact our practice manager, Nora Fenn, at (601) 555-0108.",
 "Tricky safe: after-hours calls are addressed as an operational issue without the child, the surgery or the bleeding."),
(53, "ECMD", "Bleeding around day seven after a tonsillectomy happens when the scabs come off, and Jayden received appropriate care once he was back in the operating room.",
 "Names the son, rewords the tonsil removal and putting him back under as a tonsillectomy and a return to the operating room, explains the bleed clinically and defends the care."),
# 54
(54, "", "Thank you for the feedback. We want every estimate to match what people are billed, and our billing coordinator, Carla West, would be glad to talk at (919) 555-0179.",
 "Tricky safe: billing accuracy in general, without the pregnancy, the gums, the carrier or the amount."),
(54, "ECMI", "Congratulations on the pregnancy! Pregnancy gingivitis is very common, and scaling in the second trimester is perfectly safe for the baby. We'll write off the $318.",
 "Echoes the pregnancy, rewords the bleeding gums and deep cleaning as pregnancy gingivitis and scaling, gives a clinical reassurance, repeats the amount and offers a write-off."),
# 55
(55, "", "We're sorry for the frustration you've described. Continuity and clear communication matter for every person in our care, and we'd like to listen. Please contact our patient advocate, Irene Sato, at (479) 555-0187.",
 "General standards and an advocate's contact, with nothing about the husband, his cancer or the bill."),
(55, "ENCM", "Phil's oxaliplatin neuropathy is a common side effect, and Dr. Cardenas has already reduced his dose, so things should improve soon. Our billing office will recode the CT.",
 "Names the husband, rewords the stinging fingers as oxaliplatin neuropathy and the liver scan as a CT, gives a prognosis and adds a billing action."),
# 56
(56, "", "What a beautiful message. Thank you for letting us know, and we'll share it with Brenda and Luis. Our office is always here at (803) 555-0153.",
 "Tricky safe: thanks the two named staff without the mother, her illness or the family's address."),
(56, "EC", "We're honored to have helped your mother recover from her stroke at home, and we're thrilled she's getting around with her walker again. Happy belated 88th birthday to her!",
 "Rewords the drooping face and dead arm as a stroke, repeats the walker and her age and confirms the agency cared for her."),
# 57
(57, "", "Thanks for the great review! We'll pass it on to Dr. Kaur. Folks can reach our office anytime at (806) 555-0166.",
 "Tricky safe: short thanks to the named doctor without the toe, the medicine or the neighborhood."),
(57, "ECMG", "Glad your gout has stayed quiet on allopurinol, Bobby! Stick with the low-purine diet and you'll never have another attack.",
 "Names him, turns the hot toe into gout, corrects the drug name, restates the beer and red meat as a low-purine diet and guarantees no more attacks."),
# 58
(58, "", "Thank you for your kind review. We'll share it with Dr. Petrakis and the team. We believe everyone deserves to be heard and to have their choices explained clearly. Reach us at (717) 555-0189.",
 "Tricky safe: a practice-wide value that mirrors the review without restating any of her conditions or treatments."),
(58, "ENCM", "We're so glad your fibroids and anemia are under control with the Mirena and the iron infusions! Remember to come back in five years to have it replaced.",
 "Rewords the grape-sized growths, low iron and little plastic T as fibroids, anemia and Mirena, and adds a future replacement visit with an instruction."),
# 59
(59, "", "Thank you for sharing your concerns. We want everyone who comes to us to feel they had time to ask questions and get real answers. Please contact our patient experience lead, Joy Mercer, at (267) 555-0197.",
 "General standard with an offline contact, and nothing about hair, COVID or the price quoted."),
(59, "ENCMI", "Naomi, telogen effluvium after a viral illness usually resolves on its own, but PRP can speed regrowth. We'll run your ferritin and thyroid labs at no charge.",
 "Names her, rewords the stress shedding and blood-spinning injections as telogen effluvium and PRP, gives a prognosis, adds lab orders and offers them free."),
# 60
(60, "", "Thank you for taking the time to share both the good and the hard parts. Accurate referrals and billing matter for every family, and our office manager, Dee Harmon, would like to talk with you at (317) 555-0146 or office@meadowpeds.example.com.",
 "Tricky safe: referrals and billing are treated as operational processes without the child, his diagnosis, the therapies or the amount."),
(60, "ENCD", "We're so glad Caleb is getting ABA and feeding therapy now that his autism is diagnosed. The referral delay was caused by the outside clinic, and we've already resubmitted his speech evaluation to Medicaid.",
 "Names the son, rewords the in-home therapy as ABA, repeats his diagnosis, blames another clinic and adds a billing resubmission."),
]
