"""Held-out evaluation set "fresh_h": 50 reviews, ~120 drafts, written independently.

Labelled per /work/shared/corpus/README.md. Build with: python3 build.py fresh_h
"""

PREFIX = "h"

REVIEWS = [
    # 1
    ("google", "oral_surgery", 1, "Dolores Whitfield",
     "I am writing to express my profound disappointment with this practice. On [[DATE_TIME:Tuesday the 4th of March]], "
     "[[PROVIDER:Dr. Pemberton]] [[HEALTH:removed my two lower back teeth]] under [[HEALTH:IV sedation]]. I was told I "
     "would be ready to go home by [[DATE_TIME:noon]]. I was not released until [[DATE_TIME:twenty minutes to four]], and "
     "not one person telephoned my son [[PERSON:Gerald]], who sat in the car park the entire time. At [[AGE:79]] I do not "
     "expect to be handled like a parcel. [[DATE_TIME:Three weeks on]], [[HEALTH:my chin and lower lip are still numb]]. "
     "After [[FINANCIAL:Medicare Advantage]] paid its share I was billed [[FINANCIAL:$1,860]]. Yours sincerely, "
     "[[PERSON:D. Whitfield]]"),
    # 2
    ("yelp", "orthodontics", 5, "kayleigh \u2728",
     "ok so i FINALLY got my [[HEALTH:braces]] off [[DATE_TIME:last friday]] and i literally cannot stop smiling "
     "\U0001F62D\U0001F62D [[PROVIDER:dr. nguyen]] and [[PROVIDER:Miss Tasha]] were so patient with me even when i kept "
     "popping [[HEALTH:brackets]] off eating hot cheetos lol. my [[HEALTH:overbite]] is GONE and literally everybody at "
     "[[LOCATION:Kessler High]] noticed. i have to wear my [[HEALTH:retainer]] every night which is annoying but whatever. "
     "my mom said the whole thing was like [[FINANCIAL:$5,800]] so i better not lose it \U0001F480 im [[AGE:15]] btw and "
     "this was the best ortho ever fr. before and afters on my tiktok [[CONTACT:@kayleigh.smiles]]"),
    # 3
    ("healthgrades", "periodontics", 2, "Harold J. Benning",
     "[[PROVIDER:Dr. Lisowski]] is a skilled periodontist, I will grant him that. My [[HEALTH:gums had been pulling back "
     "from my teeth]] for years and the [[HEALTH:gum grafts]] he did in [[DATE_TIME:April]] look fine. However, I was "
     "quoted [[FINANCIAL:80%]] coverage through [[FINANCIAL:MetLife]] and the statement dated [[DATE_TIME:June 12]] shows "
     "I owe [[FINANCIAL:$2,215.40]]. Nobody in the billing office has returned a single call since. [[HEALTH:The roof of "
     "my mouth, where they took the tissue, was raw]] for two weeks as well, and no one mentioned that would happen. "
     "Account [[ID:PD-30918]] for whoever finally picks this up."),
    # 4
    ("facebook", "pediatric_dentistry", 5, "Tamika Reynolds-Hale",
     "Shout out to [[PROVIDER:Dr. Kim]] and the whole crew!! My twins [[PERSON:Jada]] and [[PERSON:Jalen]] ([[AGE:6]]) "
     "had their first [[HEALTH:fillings]] [[DATE_TIME:this morning]] and NOT ONE TEAR \U0001F64C\U0001F3FE "
     "[[PERSON:Jalen]] is [[HEALTH:autistic]] and [[HEALTH:loud noises are really hard for him]], so they let him keep "
     "his [[HEALTH:noise-cancelling headphones]] on the whole time and turned the overhead music off. We moved here from "
     "[[LOCATION:Shreveport]] in [[DATE_TIME:May]] and I was so nervous about finding somebody. Not anymore!!"),
    # 5
    ("zocdoc", "endocrinology", 1, "Brandon O.",
     "My regular doctor felt a [[HEALTH:lump on my thyroid]] and referred me here. Booked on Zocdoc for "
     "[[DATE_TIME:Oct 3 at 9:20]], took a half day off from [[LOCATION:the Amazon warehouse in Fenwick]], and the "
     "endocrinologist spent maybe six minutes with me. Never even felt my neck. Just said come back after the "
     "[[HEALTH:ultrasound]]. My [[HEALTH:hands shake]], my [[HEALTH:heart races at night]], I've [[HEALTH:lost 20 lbs "
     "without trying]] and nobody seemed to care. Then they billed [[FINANCIAL:Ambetter]] for a full new patient "
     "workup. Joke."),
    # 6
    ("google", "gastroenterology", 3, "M. Okafor",
     "Mixed feelings. [[PROVIDER:Dr. Reinholt]] was gentle and the [[HEALTH:colonoscopy]] itself was no big deal. I'd "
     "been seeing [[HEALTH:blood when I go]] for months so I was scared stiff going in. The [[HEALTH:prep]] instructions "
     "though. They said start the [[HEALTH:laxative drink]] at [[DATE_TIME:6pm]] and nobody mentioned I'd be "
     "[[HEALTH:on the toilet half the night]]. I had to call out of my shift at [[LOCATION:Hollister Foods]] "
     "[[DATE_TIME:the next day]]. They found [[HEALTH:two polyps]] and then it took almost three weeks for anyone to "
     "call about the [[HEALTH:biopsy]]. My wife [[PERSON:Ngozi]] finally rang them herself."),
    # 7
    ("yelp", "urology", 1, "Walt K.",
     "Not easy for a man my age to go in about [[HEALTH:my little problem down there]], if you catch my drift. Took me "
     "a year to work up the nerve, and I was also [[HEALTH:getting up four times a night to pee]]. Then the nurse comes "
     "to the doorway of a FULL waiting room and asks, loud, whether I brought my [[HEALTH:urine sample]] and whether the "
     "[[HEALTH:Cialis]] samples had 'done the trick.' Half of [[LOCATION:Birch Hollow]] goes to this office. My "
     "neighbor [[PERSON:Len Dupree]] was sitting right there. I'm [[AGE:67]] and I have never been so embarrassed in my "
     "life. Won't be back."),
    # 8
    ("healthgrades", "nephrology", 2, "Rosalind Park",
     "My husband [[PERSON:Desmond]] has been on [[HEALTH:dialysis]] at this unit three mornings a week since "
     "[[DATE_TIME:2022]]. The nurses on the floor are angels, especially [[PROVIDER:Marisela]]. Management is another "
     "story. On [[DATE_TIME:January 9]] his [[HEALTH:fistula]] started [[HEALTH:bleeding through the bandage]] in the "
     "parking lot and the front desk told us to 'call 911 like everyone else.' He is [[AGE:71]], he has [[HEALTH:sugar "
     "diabetes]], and he is [[HEALTH:nearly blind]]. I had to run back inside myself. The two stars are for "
     "[[PROVIDER:Marisela]] alone."),
    # 9
    ("facebook", "oncology", 5, "Carmen Ybarra",
     "Finished my LAST round of [[HEALTH:chemo]] [[DATE_TIME:yesterday]] and rang the bell \U0001F514\U0001F497 To the "
     "nurses on the third floor, especially [[PROVIDER:Nurse Priya]] and [[PROVIDER:Josh]]: thank you for the warm "
     "blankets, for holding my hand when my [[HEALTH:port]] wouldn't flush, and for letting my daughter "
     "[[PERSON:Sofia]] sit with me every single time. [[HEALTH:Stage 2 breast cancer]] at [[AGE:41]] was not in my plans. "
     "Neither was [[HEALTH:losing my hair]] or [[HEALTH:throwing up in the parking garage]]. But I never once felt alone "
     "here. \u2764\ufe0f"),
    # 10
    ("zocdoc", "pain_management", 1, "J. Castellano",
     "Booked a new patient slot for my [[HEALTH:lower back pain that shoots down my left leg]]. The doctor spent the "
     "first ten minutes asking if I'd ever '[[HEALTH:misused]]' anything, made me [[HEALTH:pee in a cup]] for a [[HEALTH:drug "
     "screen]] before he would even look at my [[HEALTH:MRI]], and then refused to continue the [[HEALTH:gabapentin]] "
     "my doctor back in [[LOCATION:Tucson]] had me on for years. I'm [[AGE:58]]. I [[HEALTH:hurt my back lifting "
     "pallets]] at [[LOCATION:Costco]], I'm not a criminal. Paid an [[FINANCIAL:$85]] copay to be treated like one."),
    # 11
    ("google", "addiction_treatment", 4, "T.J.",
     "[[DATE_TIME:March 2nd]] I walked in here [[HEALTH:shaking]], [[HEALTH:sweating]], [[HEALTH:dope sick]] and sure "
     "nobody would help. [[PROVIDER:Dr. Bhatt]] started me on [[HEALTH:Suboxone]] [[DATE_TIME:that same afternoon]] and "
     "[[PROVIDER:Ray]] in intake treated me like a human being. I've been in the [[HEALTH:IOP group]] ever since and I'm "
     "back to work at [[LOCATION:Delgado Auto Body]]. My girlfriend [[PERSON:Kelsey]] says I'm a different person. Only "
     "reason for 4 stars is the weekly [[HEALTH:urine tests]]: the bathroom is filthy and the line is an hour long. Fix "
     "that and it's 5."),
    # 12
    ("yelp", "speech_therapy", 3, "Priyanka D.",
     "Our son [[PERSON:Arnav]] is [[AGE:4]] and has a [[HEALTH:stutter]] that got much worse after his baby sister was "
     "born. [[PROVIDER:Ms. Carolyn]] is honestly wonderful with him, and his teacher at [[LOCATION:Little Acorns "
     "Preschool]] has noticed he's [[HEALTH:getting stuck on his words]] much less. But the front office cancelled on us "
     "[[DATE_TIME:Monday]] and again [[DATE_TIME:the Monday after]] with zero warning, and after [[FINANCIAL:Cigna]] "
     "stopped paying we were charged [[FINANCIAL:$140]] a session. Great therapist, messy office."),
    # 13
    ("healthgrades", "occupational_therapy", 5, "Eleanor V.",
     "I am [[AGE:82 years old]] and after my [[HEALTH:stroke]] [[DATE_TIME:last November]] I [[HEALTH:could not button "
     "a blouse or hold a teacup in my right hand]]. [[PROVIDER:Bernadette]] worked with me twice a week with putty, "
     "clothespins and a great deal of patience. [[DATE_TIME:This spring]] I returned to playing the organ at "
     "[[LOCATION:First Lutheran]], which I had done for thirty-one years and feared I had lost for good. My grandson "
     "[[PERSON:Theo]] drove me to every session and she always made him feel included. I cannot recommend this clinic "
     "highly enough."),
    # 14
    ("facebook", "wound_care", 1, "Dwayne Fuller",
     "Brought my mother [[PERSON:Lorraine]] in for the [[HEALTH:sore on her tailbone]] that the nursing home let get "
     "out of hand. She is [[AGE:90]], [[HEALTH:bedbound]], and it took two of us to get her into the van. We sat in "
     "the hallway [[DATE_TIME:Thursday from 1 to 4]] and then got told the [[HEALTH:wound vac]] they ordered for her "
     "never came in. Nobody called [[LOCATION:Magnolia Gardens]] to tell them either. I'm her only son and I drive 80 "
     "miles from [[LOCATION:Pine Bluff]] every weekend to check on her. Get it together."),
    # 15
    ("zocdoc", "home_health", 2, "S. Adeyemi",
     "The nurse is supposed to come Tuesdays and Fridays to [[HEALTH:change the dressing on Dad's foot]] and check his "
     "[[HEALTH:blood sugar]]. Three times in [[DATE_TIME:October]] nobody showed and nobody called. My father "
     "[[PERSON:Olumide Adeyemi]] is [[AGE:77]], he had [[HEALTH:two toes taken off]] in [[DATE_TIME:August]], and I "
     "work twelve-hour shifts at [[LOCATION:Mercy West]] so I can't just do it myself. When someone does come, "
     "[[PROVIDER:Nurse Gail]] is thorough and kind. Scheduling is the problem."),
    # 16
    ("google", "hospice", 5, "Maureen Callahan-Doyle",
     "I have started this review four times. My mother, [[PERSON:Agnes Callahan]], came onto [[HEALTH:hospice]] with "
     "this team on [[DATE_TIME:September 14]] after [[PROVIDER:Dr. Farouk]] told us her [[HEALTH:heart was simply worn "
     "out]]. She was [[AGE:93]] and wanted to be at home in her own bed on [[LOCATION:Larkspur Lane]], in the house my "
     "father built. A [[HEALTH:hospital bed]] and an [[HEALTH:oxygen machine]] were delivered [[DATE_TIME:the next "
     "morning]]. Her nurse, [[PROVIDER:Janelle]], came every other day and more often toward the end, and she explained "
     "the [[HEALTH:morphine]] drops to my brother [[PERSON:Pat]] three times without once making him feel foolish. When "
     "Mom's [[HEALTH:breathing turned rattly]] at [[DATE_TIME:2 in the morning on a Sunday]], the on-call nurse was at "
     "our door within forty minutes. The chaplain, [[PROVIDER:Brother Tom]], sat with her and sang the old Irish songs "
     "she loved. The aide, [[PROVIDER:Luz]], washed her hair and painted her nails pink, because Mom was always a "
     "little vain about her nails. She passed on [[DATE_TIME:October 2]], peacefully, with [[PERSON:Pat]] and me "
     "holding her hands. The bereavement coordinator phoned me [[DATE_TIME:the following week]] and again at "
     "[[DATE_TIME:Christmas]], and I still go to their [[HEALTH:grief support group]]. The only thing I would change is "
     "the paperwork: we were mailed a bill for [[FINANCIAL:$312]] that [[FINANCIAL:Medicare]] should have covered, and "
     "it took three phone calls to sort out. Please don't let that put you off. If you are facing this with someone you "
     "love, call them."),
    # 17
    ("yelp", "lab_services", 1, "Kev R.",
     "Showed up at [[DATE_TIME:6:55am]] for [[HEALTH:fasting bloodwork]] because I gotta be on a job site in "
     "[[LOCATION:Eastgate]] by [[DATE_TIME:8]]. Doors were still locked at [[DATE_TIME:7:15]]. Then the girl stuck me "
     "three times and [[HEALTH:blew the vein]], and now I've got a [[HEALTH:bruise the size of a lemon]] on my arm. To "
     "top it off she read my name and the words [[HEALTH:cholesterol panel]] out loud to the whole room. Not hard, "
     "people."),
    # 18
    ("healthgrades", "imaging", 3, "Lorna Gibbs",
     "The techs here are kind and professional, no complaints there. But the building is a maze. The parking garage "
     "signs send you in circles, the elevator to the second floor was out of order, and the check-in kiosk froze on me "
     "twice while a line formed behind me. Fix the signage and this would easily be four stars."),
    # 19
    ("facebook", "pharmacy_clinic", 1, "Guadalupe Herrera",
     "Muy mala experiencia en la clínica de la farmacia. Fui el [[DATE_TIME:sábado 8 de junio]] por una "
     "[[HEALTH:infección de orina]] y la enfermera me dijo que no podía darme [[HEALTH:antibiótico]] sin una "
     "[[HEALTH:prueba de embarazo]]. Está bien, pero me cobraron [[FINANCIAL:$65]] por la prueba y [[FINANCIAL:$89]] "
     "por la consulta aunque mi plan de [[FINANCIAL:Molina]] dice que los dos están cubiertos. Llamé tres veces y nadie "
     "sabe nada. Tengo [[AGE:52 años]] y [[HEALTH:ya no puedo quedar embarazada]], por favor."),
    # 20
    ("zocdoc", "weight_loss", 1, "Becca L.",
     "Signed up for the 12-week program in [[DATE_TIME:January]] after my doctor said my [[HEALTH:sugar was "
     "borderline]]. Paid [[FINANCIAL:$1,200]] upfront. The 'medical provider' was on video for 8 minutes, started me on "
     "[[HEALTH:phentermine]], and never asked about my [[HEALTH:panic attacks]]. [[DATE_TIME:Two weeks later]] my "
     "[[HEALTH:heart was pounding so hard I couldn't sleep]]. I stopped the pills, asked for a refund of the unused "
     "weeks and was told 'no refunds after day one.' I'm [[AGE:34]], I've [[HEALTH:struggled with my weight]] for as "
     "long as I can remember, and I feel like a walking credit card to these people. Email me at [[CONTACT:becca.lawson88@example.com]] if anyone there actually wants to fix this."),
    # 21
    ("google", "iv_hydration", 5, "Jordan P.",
     "Rolled in here [[DATE_TIME:Sunday morning]] after my buddy [[PERSON:Marco]]'s bachelor party left me "
     "[[HEALTH:hungover beyond belief]]. [[HEALTH:Head pounding]], [[HEALTH:couldn't keep water down]], the works "
     "\U0001F974 [[PROVIDER:Nurse Kendra]] got the [[HEALTH:IV]] in first try and added [[HEALTH:Zofran]] to the bag. "
     "[[DATE_TIME:45 min later]] I was a new man. [[FINANCIAL:$179]] and worth every cent. Flying home to "
     "[[LOCATION:Denver]] [[DATE_TIME:tonight]] like nothing happened \U0001F60E"),
    # 22
    ("yelp", "hair_restoration", 3, "Nate G.",
     "Going to be honest, I was embarrassed to even book this. I'm [[AGE:31]] and my [[HEALTH:hairline has been "
     "running away from me]] for years. The [[HEALTH:transplant]] itself ([[HEALTH:2,400 grafts]], [[DATE_TIME:February "
     "17]]) went fine and the early growth looks promising. But nobody told me [[HEALTH:my forehead would swell up like "
     "a balloon]] on [[DATE_TIME:day three]], and I had to hide from my whole office at [[LOCATION:Brightwater "
     "Insurance]] for a week. Price was [[FINANCIAL:$9,600]] through [[FINANCIAL:CareCredit]]. Results good, "
     "communication meh."),
    # 23
    ("healthgrades", "lasik", 4, "Gwen Takahashi",
     "I was [[HEALTH:blind as a bat]] without my [[HEALTH:contacts]], and [[HEALTH:LASIK]] on [[DATE_TIME:May 30]] "
     "changed my life at [[AGE:47]]. [[PROVIDER:Dr. Osterhout]] explained every step and I was [[HEALTH:seeing 20/20]] "
     "by [[DATE_TIME:the next day]]. Only four stars because my [[HEALTH:eyes were so dry]] for weeks afterward that I "
     "was buying [[HEALTH:Systane]] by the case, and the office charged [[FINANCIAL:$4,200]] for both eyes when the "
     "radio ad said [[FINANCIAL:$999]] an eye. Read the fine print, folks."),
    # 24
    ("facebook", "audiology", 1, "Frank Mazur Sr.",
     "My [[HEALTH:hearing has been going]] since the Army and I finally bought a pair of [[HEALTH:hearing aids]] here in "
     "[[DATE_TIME:March]] for [[FINANCIAL:$4,900]]. The right one has whistled since day one. I have been back four "
     "times. Each time the young fellow fiddles with the computer and sends me home. My wife [[PERSON:Irene]] says I "
     "still say 'what?' every two minutes. I asked for my money back inside the 45-day trial and was told the trial "
     "started the day they were ORDERED, not fitted. That is a racket. [[FINANCIAL:Humana]] paid nothing either. I am "
     "[[AGE:84]] years old and I know when I'm being taken. Call me at [[CONTACT:216-555-0149]] if you want to make it right."),
    # 25
    ("zocdoc", "geriatrics", 5, "Linh Tran",
     "Writing this for my grandmother, Bà [[PERSON:Hoa]]. She is [[AGE:88]] and only speaks Vietnamese. "
     "[[PROVIDER:Dr. Abara]] booked an interpreter without us even asking, went through all [[HEALTH:eleven of her "
     "medicines]] one by one and stopped three of them. She had [[HEALTH:two falls]] in [[DATE_TIME:the spring]] and "
     "since they took her off the [[HEALTH:sleeping pill]] she has not fallen once. My mom and I are so grateful. We "
     "live in [[LOCATION:Little Saigon]] and it is worth the drive across town every time."),
    # 26
    ("google", "neurology", 2, "Dev Malhotra",
     "My [[HEALTH:migraines]] got bad enough [[DATE_TIME:this year]] that I lost my spot on the night crew at [[LOCATION:UPS]], "
     "and half the time I'm [[HEALTH:seeing zigzag lights]] before they hit. [[PROVIDER:Dr. Halvorsen]] is clearly "
     "smart and the [[HEALTH:Botox injections]] have helped a lot. The problem is the office. It took from "
     "[[DATE_TIME:July 8]] to [[DATE_TIME:September 3]] to get [[FINANCIAL:Anthem]] to approve it because they kept "
     "sending the wrong [[HEALTH:headache diary]]. I was also told my [[HEALTH:EEG]] results would be called in within "
     "a week. Still waiting. Two stars for the doctor, zero for the staff."),
    # 27
    ("yelp", "rheumatology", 4, "Oksana B.",
     "I am from [[LOCATION:Kharkiv]], in this country from [[DATE_TIME:2022]]. Very good doctor, "
     "[[PROVIDER:Dr. Greenbaum]]. For two years my hands are [[HEALTH:swelling and stiff in morning]] and nobody in "
     "clinic before listen to me. He make [[HEALTH:blood test]] and say is [[HEALTH:rheumatoid arthritis]]. Now I take "
     "[[HEALTH:methotrexate]] every Friday and [[HEALTH:folic acid]], fingers is much better, I can again sew at my work "
     "in [[LOCATION:Elite Tailoring]]. Only minus: receptionist speak very fast and when I ask to repeat she is rolling "
     "eyes. Also parking is [[FINANCIAL:$12]]. Four stars."),
    # 28
    ("healthgrades", "midwifery", 5, "Hannah O.",
     "We welcomed our daughter [[PERSON:Marisol]] at home on [[DATE_TIME:February 29]] (leap baby!) with midwife "
     "[[PROVIDER:Rachel]] and her assistant [[PROVIDER:Ingrid]]. Our first was born by [[HEALTH:emergency C-section]] "
     "and nobody else thought a [[HEALTH:VBAC]] at home was possible, but they believed in me. [[HEALTH:Labor]] was 19 "
     "hours and they never once made me feel rushed. They came back [[DATE_TIME:the next day]] and again on "
     "[[DATE_TIME:day five]] to check on both of us and helped with [[HEALTH:latching]]. We live way out in "
     "[[LOCATION:Cedar Flats]] and they never complained about the drive."),
    # 29
    ("facebook", "lactation", 5, "Yesenia Morales",
     "¡Gracias a [[PROVIDER:Leticia]]! Mi bebé [[PERSON:Emiliano]] nació [[HEALTH:prematuro, a las 34 semanas]] y "
     "[[HEALTH:no se quería pegar al pecho]]. Yo lloraba todos los días y tenía [[HEALTH:los pezones agrietados]]. "
     "[[PROVIDER:Leticia]] vino a mi casa en la [[LOCATION:colonia Las Palmas]] dos veces por semana, me enseñó a usar "
     "el [[HEALTH:sacaleches]] y ahora con [[AGE:3 meses]] [[PERSON:Emiliano]] ya [[HEALTH:subió de peso]]. Me cobraron "
     "[[FINANCIAL:$75]] por visita y [[FINANCIAL:Medicaid]] me devolvió una parte. ¡Muy recomendada! \U0001F495"),
    # 30
    ("zocdoc", "primary_care", 1, "Greg Hollis",
     "Wonderful. Truly. Booked a same-day sick visit on Zocdoc for [[DATE_TIME:11:15]], got called back at "
     "[[DATE_TIME:12:50]], and the doctor walked in already holding the door handle. Told me my [[HEALTH:cough that "
     "won't quit]] was 'probably [[HEALTH:allergies]]' without even listening to my chest. [[DATE_TIME:Three days "
     "later]]: [[HEALTH:pneumonia]] on the [[HEALTH:chest X-ray]] at urgent care. Great job, everyone. Bonus: they "
     "charged my [[FINANCIAL:Wellcare]] for the visit AND sent me a [[FINANCIAL:$40]] late-cancellation fee for the "
     "follow-up I missed because I'd been admitted. Member ID [[ID:WC-77120458]], look it up."),
    # 31
    ("google", "dental", 1, "Renée Bouchard",
     "<p>Went in for a simple [[HEALTH:cleaning]] on [[DATE_TIME:8/14]].</p><p>The hygienist spent half the time "
     "lecturing me about my [[HEALTH:bleeding gums]] &amp; then [[PROVIDER:Dr. Varga]] tried to sign me up for "
     "[[HEALTH:laser gum therapy]] for [[FINANCIAL:$2,100]]. I said I'd think about it.</p><p>Got home and found a "
     "[[HEALTH:chipped molar]] nobody mentioned!!<br>Also they keep mailing statements to [[CONTACT:418 Quarry Rd, "
     "Apt 3B, Millford]] even though I moved and updated it TWICE.</p>"),
    # 32
    ("yelp", "allergy", 3, "Mandy T.",
     "My son [[PERSON:Caleb]] ([[AGE:9]]) had [[HEALTH:skin testing]] here and it turns out he's [[HEALTH:allergic to "
     "peanuts, cats and dust mites]]. The nurse was great with him even though [[HEALTH:his whole back turned into one "
     "big hive]]. But getting an [[HEALTH:EpiPen]] order sent to the school nurse at [[LOCATION:Maple Ridge "
     "Elementary]] took FIVE phone calls. For a kid with a [[HEALTH:food allergy]] that is scary. Three stars."),
    # 33
    ("healthgrades", "pulmonology", 1, "Roger Ellsworth",
     "I have [[HEALTH:COPD]] from forty years in the mines around [[LOCATION:Harlan]] and I'm on [[HEALTH:2 liters of "
     "oxygen]]. Came in for my [[HEALTH:breathing test]] on [[DATE_TIME:the 21st]] and the elevator was out. They "
     "expected me to climb two flights. I told the girl I [[HEALTH:can't catch my breath walking to the mailbox]]. She "
     "shrugged and rescheduled me for [[DATE_TIME:April]]. Also the [[HEALTH:inhaler]] samples they handed me were "
     "expired. Shameful treatment of a [[AGE:76 year old]] man."),
    # 34
    ("facebook", "podiatry", 2, "Bobbie Jo Larkin",
     "I've got [[HEALTH:bunions]] on both feet and a [[HEALTH:toenail that's been black and thick]] for a year now. "
     "[[PROVIDER:Dr. Sutter]] is nice enough but every visit is [[FINANCIAL:$55]] and he keeps pushing [[HEALTH:custom "
     "orthotics]] for [[FINANCIAL:$450]] that insurance won't touch. I wait tables at [[LOCATION:the Blue Plate "
     "Diner]] and I'm on my feet ten hours a day, I get it, but I can't swing that kind of money. Two stars."),
    # 35
    ("zocdoc", "dermatology", 4, "Aiden Mercer",
     "Booked through Zocdoc for [[DATE_TIME:Wednesday at 4:10]] and was seen on time, which never happens. "
     "[[PROVIDER:Dr. Sadeghi]] looked at the [[HEALTH:itchy scaly patch on my elbow]] and the [[HEALTH:flaky scalp]] "
     "I've had forever and said it's [[HEALTH:psoriasis]], not [[HEALTH:eczema]] like the last place told me. She "
     "prescribed a [[HEALTH:steroid cream]] and a [[HEALTH:tar shampoo]]. Lost a star because the cream still cost "
     "[[FINANCIAL:$310]] with my [[FINANCIAL:Harvard Pilgrim]] plan and nobody warned me. I'm a barista at "
     "[[LOCATION:Grindhouse Coffee]] so people notice my arms."),
    # 36
    ("google", "urgent_care", 1, "Tom Bradley",
     "Website says 'no appointment needed' and the wait screen showed 15 minutes. Actual wait: two and a half hours. "
     "Nobody updated the screen, nobody said a word, and the TV was stuck on an infomercial the entire time. The guy at "
     "the front desk told another man to 'go somewhere else then.' Great vibes all around."),
    # 37
    ("yelp", "behavioral_health", 2, "quietgirl22",
     "I finally worked up the courage to get help for [[HEALTH:the thing with my mood]] (if you've been there you "
     "know). The therapist, [[PROVIDER:Gwen]], was kind and I actually cried in a good way. But the office called my "
     "MOM'S cell to confirm my appointment even though I'm [[AGE:22]] and specifically asked them not to contact "
     "family. Now she knows I'm in [[HEALTH:therapy]] and I'm dealing with that on top of everything else. They also "
     "billed my dad's [[FINANCIAL:Blue Shield]], so that's another conversation I didn't want. Fix your privacy "
     "settings."),
    # 38
    ("healthgrades", "oral_surgery", 5, "Cynthia A. Oduya",
     "[[PROVIDER:Dr. Marchetti]] took out [[HEALTH:all four wisdom teeth]] for my daughter [[PERSON:Imani]] on "
     "[[DATE_TIME:December 27]], right before she went back to [[LOCATION:Spelman]]. [[HEALTH:Two were impacted]] and "
     "she is [[HEALTH:terrified of needles]], so the staff let me stay with her until the [[HEALTH:sedation]] kicked "
     "in. She had barely any [[HEALTH:swelling]], and [[PROVIDER:Dr. Marchetti]] personally called [[DATE_TIME:that "
     "evening]] to check on her. Worth every penny of the [[FINANCIAL:$1,475]] we paid after [[FINANCIAL:Delta "
     "Dental]]."),
    # 39
    ("facebook", "orthodontics", 1, "Jessica Pruitt-Lane",
     "My daughter [[PERSON:Ava-Grace]] is [[AGE:12]] and has had [[HEALTH:braces]] for 31 months when we were quoted "
     "18 to 24. The [[HEALTH:gap between her front teeth]] is still there, and she has worn her [[HEALTH:rubber "
     "bands]] exactly like they told her. Every six weeks we drive in from [[LOCATION:Oak Bluff]], wait 40 minutes, and "
     "get five minutes with a tech. [[PROVIDER:Dr. Lindgren]] hasn't personally looked at her teeth since "
     "[[DATE_TIME:last summer]]. We paid [[FINANCIAL:$6,200]] in full. When I asked when they would come off, the "
     "office said 'these things take time.' We're getting a second opinion."),
    # 40
    ("zocdoc", "pediatric_dentistry", 1, "Rafael Quintero",
     "Hice la cita por Zocdoc para el [[DATE_TIME:martes 14 a las 3:30]] porque a mi hija [[PERSON:Valentina]] de "
     "[[AGE:5 años]] se le [[HEALTH:hinchó la cara]] por una [[HEALTH:muela picada]]. Esperamos una hora y media y "
     "luego nos dijeron que no aceptan [[FINANCIAL:CHIP]] aunque Zocdoc dice que sí. La niña [[HEALTH:llorando de "
     "dolor]] y la recepcionista muy grosera. Encima nos cobraron [[FINANCIAL:$95]] por las [[HEALTH:radiografías]]. "
     "No regresamos."),
    # 41
    ("google", "primary_care", 5, "Nancy S.",
     "At my [[HEALTH:annual checkup]] in [[DATE_TIME:June]], [[PROVIDER:Dr. Okoye]] noticed I was [[HEALTH:repeating "
     "myself]] and sent me for [[HEALTH:memory testing]]. It is [[HEALTH:early Alzheimer's]]. I am [[AGE:74]]. She told "
     "my husband [[PERSON:Bill]] and me together, slowly, and answered every question we had. We have a plan now, and "
     "I am still out in my garden every morning at our place on [[LOCATION:Wren Hollow Road]]. Thank you to her and "
     "to nurse [[PROVIDER:Dolores]]."),
    # 42
    ("yelp", "cardiology", 3, "Marcus Lee",
     "[[PROVIDER:Dr. Petrossian]] is sharp. Put me on a [[HEALTH:heart monitor]] for two weeks and figured out my "
     "[[HEALTH:fluttery heartbeat]] was [[HEALTH:SVT]]. I'm [[AGE:29]], I run marathons, I honestly thought I was "
     "dying. Good doc. But the monitor company billed me [[FINANCIAL:$780]] separately and nobody warned me. When I "
     "called the office they said 'that's not us.' Then whose is it?"),
    # 43
    ("healthgrades", "physical_therapy", 1, "Denise Kowalczyk",
     "I [[HEALTH:broke my wrist slipping on the ice]] outside [[LOCATION:Holy Family Church]] on [[DATE_TIME:January "
     "6]] and was sent here for [[HEALTH:PT]]. [[PROVIDER:Trent]] spent my sessions texting while I squeezed a ball by "
     "myself. Then they billed [[FINANCIAL:Medicare]] for [[HEALTH:manual therapy]] I never once received. Claim number "
     "[[ID:24-118-55090]] if anyone cares to look. I am [[AGE:69]] and I read every statement."),
    # 44
    ("facebook", "dental", 5, "Louisa Fonoti",
     "Scared of the dentist my whole life \U0001F62C but [[PROVIDER:Dr. Faleolo]] and hygienist [[PROVIDER:Mele]] "
     "changed that. I lost [[HEALTH:my four front teeth]] to [[HEALTH:gum disease]] and got my [[HEALTH:partial "
     "denture]] [[DATE_TIME:last week]]. Now I can smile at my granddaughter [[PERSON:Leilani]]'s graduation on "
     "[[DATE_TIME:Saturday]] \U0001F979\U0001F393 Used my [[FINANCIAL:Delta Dental]] plus [[FINANCIAL:$640]] out of "
     "pocket. Alofa to the whole team!!"),
    # 45
    ("zocdoc", "obgyn", 1, "A. R.",
     "Booked on Zocdoc for [[HEALTH:an itch down there that would not go away]]. I'm [[AGE:19]] and it was my first "
     "time at a gyno. [[PROVIDER:Dr. Hargrove]] did a [[HEALTH:swab]] without really explaining and then said in front "
     "of the MA that she'd '[[HEALTH:test for everything]], just in case, with your lifestyle.' I still don't know what "
     "she meant by that. It was a [[HEALTH:yeast infection]]. I felt judged and tiny. Ended up getting "
     "[[HEALTH:Diflucan]] from the campus clinic at [[LOCATION:Corwin State]], which is what I should've done in the "
     "first place."),
    # 46
    ("google", "travel_medicine", 2, "Peter van Dijk",
     "Booked a &quot;[[HEALTH:travel consult]]&quot; for me &amp; my wife [[PERSON:Anneke]] before our trip on "
     "[[DATE_TIME:Nov 18]]. We needed [[HEALTH:yellow fever shots]] and [[HEALTH:malaria pills]]. The nurse was fine, "
     "but the clinic charged [[FINANCIAL:$285]] per person for the consult &amp; [[FINANCIAL:$210]] each for the "
     "vaccine, which is &gt; double what the county charges. Also, I told them I'm [[HEALTH:allergic to eggs]] and "
     "had to ask TWICE before anyone checked. Reply to [[CONTACT:p.vandijk@example.nl]] if you want to discuss. 2 stars."),
    # 47
    ("yelp", "sports_medicine", 1, "Tyler Brooks",
     "[[HEALTH:Rolled my ankle]] bad at a rec league game [[DATE_TIME:Saturday]]. [[HEALTH:Heard a pop]], "
     "[[HEALTH:foot swelled up purple]]. Came in [[DATE_TIME:Monday]]. Doc barely touched it, no [[HEALTH:x-ray]], "
     "said [[HEALTH:sprain]], handed me a [[HEALTH:brace]] and billed [[FINANCIAL:$340]] for the [[HEALTH:brace]] "
     "alone. Went to another clinic [[DATE_TIME:Thursday]]: [[HEALTH:fractured fifth metatarsal]]. Now I'm in a "
     "[[HEALTH:boot]] for eight weeks and can't work my shifts at [[LOCATION:Home Depot]]. Thanks for nothing."),
    # 48
    ("healthgrades", "ent", 3, "Ruth Feinberg",
     "[[PROVIDER:Dr. Oyelowo]] finally worked out that my [[HEALTH:dizzy spells]] were [[HEALTH:BPPV]], "
     "[[HEALTH:a loose crystal in my inner ear]], and fixed it with a [[HEALTH:head maneuver]] right there in the "
     "exam room. I had stopped driving to my job at [[LOCATION:the Millbrook Public Library]] because [[HEALTH:the "
     "room would spin every time I rolled over]]. Three stars only because the [[HEALTH:hearing test]] they insisted on "
     "cost [[FINANCIAL:$160]] and was not covered by my [[FINANCIAL:Tufts]] plan, and nobody asked me first. The wait on "
     "[[DATE_TIME:Monday, April 14]] was also 75 minutes. I'm [[AGE:63]] and I have things to do."),
    # 49
    ("facebook", "optometry", 5, "Marguerite Ellison",
     "Lovely little shop. Everyone was on time, explained things in plain English, and the frame stylist has a "
     "wonderful eye for what suits a face. Parking right out front, which is rare on this street. I'll be telling all "
     "my friends about this place."),
    # 50
    ("zocdoc", "pediatrics", 2, "Kendra W.",
     "[[PROVIDER:Dr. Ashford]] is a sweetheart but the nurse line is a joke. My [[AGE:9 month old]] [[PERSON:Beau]] "
     "had [[HEALTH:the runs for three days]] and [[HEALTH:hadn't had a wet diaper since breakfast]]. I called at "
     "[[DATE_TIME:4:45pm]] and got a callback at [[DATE_TIME:9:30 the next morning]]. By then he was already "
     "[[HEALTH:getting fluids through an IV]] at Children's. Two stars because [[PROVIDER:Dr. Ashford]] checked in on us after."),
]

DRAFTS = [
    # 1 oral surgery
    (1, "", "Thank you for writing to us, and please accept our apology for the frustration you describe. Keeping "
     "everyone informed about timing, including friends and family waiting in our reception area, is something we "
     "expect of every member of our team. Our practice administrator, Harriet Vance, would welcome your call at "
     "(413) 555-0114.",
     "Tricky safe: the line about families in the reception area is a practice-wide standard and repeats nothing about the reviewer's surgery, son or bill."),
    (1, "EC", "Dear Mrs. Whitfield, we are so sorry that no one kept your son updated while he waited for you. Our "
     "practice administrator, Harriet Vance, would like to call you personally this week.",
     "Addresses the reviewer by name and mentions her son waiting, which confirms she was treated."),
    (1, "EMD", "Recovery from sedation varies from person to person, and our nurses will never release anyone before "
     "it is safe. Some numbness of the lip and chin after lower extractions is expected and usually fades within a few "
     "months.",
     "Echoes the sedation, extractions and numbness, gives a clinical judgement and justifies the delay."),
    # 2 orthodontics
    (2, "", "Thank you so much for this! We'll make sure Dr. Nguyen and Tasha both see it, because they are going to "
     "love it. Our whole team works hard to make this a fun, judgment-free place for everyone who walks in. \U0001F60A",
     "Tricky safe: passing praise to the staff the reviewer named does not confirm treatment, and nothing about braces, school or cost is repeated."),
    (2, "ECM", "Congrats on the big reveal!! \U0001F389 Now keep that retainer in every single night so all that work "
     "stays put, and maybe go easy on the hot Cheetos \U0001F609",
     "Repeats the retainer and snack detail, confirms the reviewer finished treatment and gives care instructions."),
    # 3 periodontics
    (3, "", "Thank you for your candid feedback. We want every estimate to match the final statement and every call to "
     "our billing office returned within one business day. Our billing coordinator, Nadia Ferris, would like to speak "
     "with you directly at (608) 555-0119 or billing@riverbenddentalgroup.example.",
     "Tricky safe: speaks about estimates and returned calls as practice-wide billing standards without the carrier, the balance or the account number."),
    (3, "ENCD", "Mr. Benning, your MetLife plan covers grafting at 50%, not 80%, as was explained at your consultation. "
     "The balance on account PD-30918 is correct.",
     "Names the reviewer, repeats his carrier, procedure and account number, adds plan details and disputes his account."),
    (3, "EM", "Thank you for your candid feedback. Some tenderness where donor tissue is taken is normal for a short "
     "while, and we've updated our handouts to say so. Please call Nadia Ferris at (608) 555-0119.",
     "Tricky: the remark about donor-site tenderness echoes the graft and the sore palate and offers a clinical judgement."),
    # 4 pediatric dentistry
    (4, "", "Thank you for the wonderful shout-out! We'll pass it along to Dr. Kim and the whole crew. Helping every "
     "child feel calm and comfortable is what our team loves most, and we're grateful you took the time to share.",
     "Thanks the reviewer and the named dentist in general terms without mentioning the children, their needs or the move."),
    (4, "E", "Thank you for the wonderful shout-out, and welcome to the area! Helping every child feel calm and "
     "comfortable is what our team loves most.",
     "Tricky: 'welcome to the area' echoes the family's recent move from the review."),
    (4, "ECN", "High fives to Jada and Jalen! \U0001F9B7 We'll have the quiet room ready for both of them at their "
     "six-month cleanings.",
     "Names both children, confirms they are patients and announces future cleanings the review never mentioned."),
    # 5 endocrinology
    (5, "", "Thank you for sharing this. Everyone who comes to us should leave feeling heard and with a clear sense of "
     "next steps, and we take concerns about rushed conversations seriously. Please contact our clinic manager, Rosa "
     "Delgado, at (915) 555-0127 or rdelgado@sunlandclinic.example so we can talk.",
     "States a practice-wide standard and offers the clinic manager's contact without repeating any symptom or the referral."),
    (5, "EM", "Unexplained weight loss, a tremor and a racing heart can all point to an overactive thyroid, so please "
     "don't put off that ultrasound.",
     "Repeats the reviewer's symptoms and test and gives clinical advice about them."),
    (5, "ENCD", "Initial consultations are designed to gather history and order the right imaging first, and the doctor "
     "reviewed your referral notes in full before you arrived.",
     "Alludes to the referral and the ultrasound, claims knowledge of the reviewer's referral notes and defends the short visit."),
    # 6 gastroenterology
    (6, "", "Thank you for the balanced review. We're sharing your comments about our written instructions with the "
     "team so that everything we send out is clear and complete, and we aim to return every call within one business "
     "day. Questions can go to info@lakeshoreclinic.example or (414) 555-0132.",
     "Tricky safe: refers to written instructions and call-backs only as operational standards, never to the prep, the procedure or the findings."),
    (6, "ENCM", "So glad it went smoothly! Dr. Reinholt asked us to pass along that both polyps were benign, so there's "
     "nothing to worry about. Please thank Ngozi for her patience.",
     "Discloses pathology results, repeats the polyps and the wife's name, confirms care and offers reassurance."),
    (6, "E", "Thank you for the balanced review. We're adding a line to our bowel prep handout explaining what to "
     "expect overnight, so no one is caught off guard. Questions can go to (414) 555-0132.",
     "Tricky: framed as a handout change, but the bowel-prep and overnight wording echoes what the reviewer went through."),
    # 7 urology
    (7, "", "Thank you for telling us about this. Privacy in our waiting room and at the front desk is not negotiable, "
     "and we are retraining every staff member on how and where personal matters are discussed. Our privacy officer, "
     "Glenn Okoro, can be reached at (319) 555-0141 or privacy@cedarcreekmedical.example.",
     "Tricky safe: a practice-wide privacy fix with the privacy officer's contact, without the condition, the sample or the medication."),
    (7, "EC", "We're sorry, Walt. We've spoken with the nurse involved, and next time you come in we'll take you "
     "straight back to a room so you don't have to wait out front.",
     "Uses the reviewer's name and confirms both the incident and future visits."),
    (7, "ECI", "Please don't be embarrassed. Issues like this are far more common in men your age than you'd think, and "
     "many of our patients feel the same way at first. Your next visit is on us.",
     "Alludes to the reviewer's condition and age, calls him one of 'our patients' and offers a free visit."),
    # 8 nephrology
    (8, "", "Thank you for writing, and for your kind words about Marisela; we'll make sure she sees them. Anyone on our "
     "property who needs help should get it immediately from our staff, and we're reviewing how our front desk "
     "responds. Please call our facility administrator, Curtis Bowman, at (602) 555-0137.",
     "Tricky safe: thanks a named nurse and commits to a property-wide response standard without naming the husband or his condition."),
    (8, "ENC", "We're so sorry about what happened with Mr. Park's access site. Our nurses have added an extra pressure "
     "dressing to his treatment plan, and Marisela sends her love.",
     "Refers to the husband and his access site, discloses a change to his treatment plan and confirms he is a patient."),
    # 9 oncology
    (9, "", "Thank you for taking the time to share this. We'll pass your words along to Priya, Josh and everyone on the "
     "third floor; it will mean the world to them. No one who walks through our doors should ever feel alone, and "
     "messages like yours remind our team why we do this work.",
     "Shares praise with the named nurses and states a practice-wide value without repeating the diagnosis, the treatment or the daughter."),
    (9, "EC", "Thank you for these beautiful words. Ringing that bell is a moment our whole team celebrates with you, and "
     "we'll share this with Priya and Josh.",
     "Tricky: celebrating the bell-ringing alludes to finishing chemotherapy and implies it happened with this team."),
    (9, "ENCMG", "Congratulations, Carmen! Your hair should start growing back within a few months, and we can't wait "
     "to see you and Sofia at your first survivorship visit. You've beaten this for good!",
     "Names the reviewer and daughter, predicts regrowth, adds a future visit and promises a cure."),
    # 10 pain management
    (10, "", "Thank you for your feedback. Everyone who comes to us deserves to be treated with dignity and respect from "
     "the first minute, and concerns like this are reviewed by our medical director. Please reach our practice manager, "
     "Alana Brooks, at (520) 555-0145 so we can listen.",
     "Commits to dignity for everyone and offers a manager's number without touching the pain, the screening or the medication."),
    (10, "ECD", "We understand your frustration, but a urine drug screen is required before any nerve-pain medication "
     "can be continued, and our physician followed that protocol exactly.",
     "Repeats the drug screen and medication type, confirms the reviewer was seen and defends the physician."),
    # 11 addiction treatment
    (11, "", "Thank you for taking the time to write this. Clean restrooms and short lines are basic standards for "
     "every person who comes through our doors, and we've passed your comments to our facilities lead. You can reach "
     "our program director, Lena Fairbanks, at (505) 555-0150. If anyone is struggling, call or text 988 at any time.",
     "Tricky safe: facilities standards plus a crisis line offered to anyone, with no mention of the reviewer's recovery, medication or testing."),
    (11, "ECM", "So proud of you, T.J.! Keep showing up to group and don't miss a dose. Kelsey is lucky to have you.",
     "Names the reviewer and his girlfriend, confirms he is in the program and tells him how to follow his treatment."),
    (11, "ECDI", "Thanks for the review! To clarify, observed urine collection is required for everyone in our program, "
     "so some wait can't be avoided. We'll give you front-of-the-line passes for the rest of your time with us.",
     "Repeats the urine testing, pushes back on the complaint, confirms he is enrolled and offers a perk."),
    # 12 speech therapy
    (12, "", "Thank you for the thoughtful feedback, and we'll be sure Carolyn sees your kind words. Last-minute "
     "cancellations are something we want to eliminate for every family, and our office manager is reviewing how "
     "schedule changes are communicated. Questions about scheduling or statements can go to (425) 555-0151.",
     "Passes on praise and treats cancellations and billing as practice-wide issues without naming the child or his stutter."),
    (12, "ECNI", "Thank you! Carolyn says Arnav has made huge strides with his fluency. We'll waive the next session fee "
     "to make up for the cancellations.",
     "Names the child, discloses his progress, confirms he is a patient and offers a free session."),
    # 13 occupational therapy
    (13, "", "Thank you so much for taking the time to write such a gracious review. We'll be sure to share it with "
     "Bernadette. Patience and encouragement are what our whole team strives to bring to everyone we serve.",
     "Thanks the reviewer and shares praise with the named therapist without mentioning the stroke, the church or the grandson."),
    (13, "E", "Thank you so much for this gracious review; we'll be sure to share it with Bernadette. We hope the organ "
     "playing keeps getting easier!",
     "Tricky: the wish about the organ playing echoes the reviewer's church role and her recovery from the review."),
    # 14 wound care
    (14, "", "We are very sorry to read this. Long waits without updates are not acceptable for anyone, and we're "
     "reviewing how our team communicates delays and supply problems with families and care facilities. Please call "
     "our clinic director, Yvonne Harper, at (870) 555-0153 so we can talk directly.",
     "Tricky safe: supplies and communication with facilities are discussed as general operations, without the mother, her wound or the device."),
    (14, "ECN", "We're so sorry, Mr. Fuller. Your mother's wound vac has now arrived, and our nurse will bring it to "
     "Magnolia Gardens on Monday.",
     "Names the reviewer, repeats the device and residence, confirms the mother is a patient and announces a delivery."),
    (14, "ECMG", "Pressure sores like your mother's can take months to heal, and turning her every two hours is the most "
     "important thing the facility can do. We guarantee she'll be seen on time from now on.",
     "Refers to the mother's wound, gives care instructions and guarantees future service."),
    # 15 home health
    (15, "", "Thank you for letting us know. Every visit on our calendar should happen as scheduled, and if a change is "
     "ever unavoidable, families should hear from us first. We'll share your kind words with Gail. Please call our "
     "scheduling supervisor, Andre Mills, at (314) 555-0156 any weekday from 8 to 5.",
     "Speaks about scheduling reliability in general and passes on praise without mentioning the father or his care."),
    (15, "ECNG", "We apologize for the missed visits. Going forward, Gail will personally cover your father's Tuesday "
     "and Friday visits, and we promise none will ever be missed again.",
     "Refers to the father's visits, announces a staffing change for him and makes an unconditional promise."),
    # 16 hospice
    (16, "", "Thank you for trusting us with these words. We will share them with Janelle, Luz, Brother Tom and Dr. "
     "Farouk, and we know they will be deeply moved. Being present, patient and kind at every hour of the day and "
     "night is what our whole team strives for. Questions about any statement can go to our billing office, Irene "
     "Walsh, at (617) 555-0159.",
     "Tricky safe: passing praise to the staff the reviewer named and a general billing contact do not repeat the mother, the illness or the loss."),
    (16, "EC", "Thank you for trusting us with these words, and please accept our deepest condolences to you and your "
     "brother. We will share this with Janelle, Luz and Brother Tom.",
     "Tricky: condolences to the reviewer and her brother allude to the mother's death under the practice's care."),
    (16, "ENCI", "Thank you, Maureen. We've corrected the Medicare billing on your mother's account and refunded the "
     "$312. Our grief group meets Wednesdays at 6, and we'd love to see you there.",
     "Names the reviewer, repeats the carrier, amount and grief group, discloses an account change and offers a refund."),
    # 17 lab
    (17, "", "We're sorry to read this. Our doors should open on time every morning, and privacy at check-in matters "
     "for everyone who walks in. We've shared these concerns with our site supervisor. Please reach our customer care "
     "line at (469) 555-0160 or care@northstarlabs.example.",
     "Treats opening time and check-in privacy as practice-wide issues without repeating the test, the bruise or the job."),
    (17, "ECM", "Sorry about the bruise! A warm compress for a day or two will help it fade, and next time ask for "
     "Marcy, she's our best with tricky veins.",
     "Repeats the bruise and vein problem, gives self-care advice and implies a return visit."),
    # 18 imaging (no PHI)
    (18, "", "Thank you for the helpful feedback, and for the kind words about our technologists. We've asked building "
     "management to replace the garage signage, and a staff member now stands by the kiosk during busy hours. If you "
     "have other suggestions, please email feedback@summitimaging.example.",
     "Answers a no-PHI review with concrete operational fixes and the practice's email."),
    (18, "CGI", "Sorry about the elevator and the kiosk! We promise your next visit will go perfectly, and we'll "
     "validate your parking when you come back.",
     "Implies the reviewer is a returning patient, promises a flawless visit and offers parking validation."),
    # 19 pharmacy clinic (Spanish)
    (19, "", "Gracias por tomarse el tiempo de escribirnos. Queremos que cada cobro sea claro y correcto, y que todas "
     "las llamadas reciban respuesta. Por favor comuníquese con nuestra encargada de facturación, Marisol Vega, al "
     "(210) 555-0162 o facturacion@clinicaplaza.example.",
     "Tricky safe: a Spanish reply about billing accuracy and returned calls in general, without the test, the infection or the insurer."),
    (19, "ECD", "Sentimos la confusión, Guadalupe. La prueba de embarazo es obligatoria antes de recetar antibióticos a "
     "cualquier mujer, y Molina no cubre pruebas hechas el mismo día.",
     "Names the reviewer, repeats the test, medication and insurer, and defends the charges."),
    # 20 weight loss
    (20, "", "Thank you for sharing this. Every program we offer should come with clear terms up front and a provider "
     "who takes time to listen, and we'd like to hear more about your concerns. Please contact our clinic director, "
     "Simone Ward, at (480) 555-0164.",
     "A practice-wide statement about clear terms and listening, with a director's number and no health details."),
    (20, "E", "Thank you for sharing this. Anyone should be able to pause a program without penalty when a medication "
     "doesn't agree with them, and our clinic director, Simone Ward, would like to talk. Please call (480) 555-0164.",
     "Tricky: the policy line about a medication that doesn't agree with someone alludes to the reviewer's reaction to her prescription."),
    (20, "ECD", "Our refund terms are printed on the enrollment form you signed, and every client is screened for "
     "anxiety before any prescription is written.",
     "Cites the reviewer's signed form, alludes to her panic attacks and argues with her account."),
    # 21 IV hydration
    (21, "", "Thanks for the five stars! We'll pass the shout-out along to Kendra. We're open 8am to 8pm seven days a "
     "week, walk-ins are welcome, and you can always book ahead at (303) 555-0166.",
     "Tricky safe: praise for a named nurse plus the practice's own hours and phone, with nothing about the reviewer's night or symptoms."),
    (21, "E", "Thanks for the five stars, and congrats to the groom! We'll pass your shout-out along to Kendra.",
     "Tricky: congratulating the groom echoes the friend's bachelor party from the review."),
    (21, "ECM", "Glad Kendra got you feeling human again! \U0001F605 Pro tip: alternate a glass of water with every "
     "drink and take an electrolyte packet before bed.",
     "Confirms the reviewer was treated, alludes to the hangover and gives self-care advice."),
    # 22 hair restoration
    (22, "", "Thanks for the honest review. Clear expectations before any service are something we owe everyone who "
     "walks in, and we're reviewing the written information we provide. Please reach our client coordinator, Devin "
     "Shaw, at (206) 555-0168 or care@crownclinic.example.",
     "Addresses communication as a general standard without repeating the procedure, the swelling or the price."),
    (22, "ECMG", "Thanks for the honest review! Swelling around day three is completely normal and you're right on "
     "track. By month twelve you'll have a full hairline, guaranteed.",
     "Repeats the swelling, confirms the procedure, gives a clinical judgement and guarantees the result."),
    # 23 lasik
    (23, "", "Thank you for the kind words; we'll pass them along to Dr. Osterhout. We want our advertised pricing to be "
     "clear about exactly what it includes, and we're reviewing how our radio spots describe it. Our financial "
     "counselor, Tessa, is happy to answer questions at (702) 555-0170.",
     "Tricky safe: responds to the advertised-price complaint as a practice-wide pricing issue without the amounts or the surgery."),
    (23, "EC", "Thank you for the kind words! There's nothing like waking up and being able to read the alarm clock, so "
     "enjoy every minute of it.",
     "Tricky: the alarm-clock line alludes to the reviewer's corrected vision and implies the practice did it."),
    # 24 audiology
    (24, "", "Thank you for taking the time to write. Every trial period and return policy should be explained clearly "
     "and in writing before any purchase, and we'd like to talk this through with you. Please call our clinic manager, "
     "Paul Levesque, at (216) 555-0172.",
     "Tricky safe: return and trial terms are described as a practice-wide policy, without the devices, the price or the wife."),
    (24, "ENCD", "Mr. Mazur, our records show your devices were ordered on March 3, and the 45-day trial terms are "
     "printed on the purchase agreement you signed.",
     "Names the reviewer, cites his records with a new date and argues with him."),
    (24, "ECIG", "So sorry about the whistling! Bring them by any weekday and we'll replace the parts free of charge, and "
     "they'll work perfectly from then on.",
     "Repeats the device problem, confirms the purchase, offers free service and promises a result."),
    # 25 geriatrics
    (25, "", "Thank you for this lovely review. Offering interpreters in every language our community speaks is "
     "something we are proud of, and we'll share your kind words with Dr. Abara. Please call us any time at "
     "(714) 555-0174.",
     "Tricky safe: a practice-wide value about interpreters mirrors the review without mentioning the grandmother, her medicines or her falls."),
    (25, "ECN", "Cảm ơn! We're so happy Bà Hoa is steady on her feet again. Dr. Abara will recheck her blood pressure at "
     "her three-month visit.",
     "Names the grandmother, alludes to her falls and announces a future check the review never mentioned."),
    # 26 neurology
    (26, "", "Thank you for your feedback. Timely paperwork and prompt follow-up calls are basics everyone should be "
     "able to count on, and our office manager is reviewing how insurance approvals are handled. Please reach Carla "
     "Mendes at (651) 555-0176.",
     "Treats approvals and call-backs as office-wide operations without naming the condition, the treatment or the insurer."),
    (26, "EC", "Thank you for your feedback. We're glad to hear the injections are helping, and our office manager is "
     "reviewing how paperwork is handled. Please reach Carla Mendes at (651) 555-0176.",
     "Tricky: 'the injections are helping' repeats the treatment and confirms the reviewer receives it."),
    (26, "ECG", "We're sorry about the Anthem delay. Now that it's approved, your migraines will be gone for good "
     "by the new year. Dr. Halvorsen will make sure of it.",
     "Repeats the insurer and condition, confirms care and promises a clinical outcome."),
    # 27 rheumatology
    (27, "", "Thank you for your review. We want every person to feel comfortable asking us to slow down or repeat "
     "anything, and we've shared your comments with our front desk team. Parking options and rates are listed on our "
     "website, or call us at (617) 555-0178.",
     "Addresses courtesy and parking as practice-wide topics without the diagnosis, the medications or the reviewer's origin."),
    (27, "ECMN", "Thank you, Oksana! Please remember to take methotrexate only once a week and never skip your folic "
     "acid. Dr. Greenbaum will see you again in three months.",
     "Names the reviewer, repeats her medications with dosing instructions and adds a future appointment."),
    (27, "D", "Our front desk staff are trained to be courteous to every caller, and we have never had a complaint like "
     "this before. Parking fees are set by the building, not by us.",
     "Tricky: no PHI, but it contradicts the reviewer's account of the receptionist and deflects the parking complaint."),
    # 28 midwifery
    (28, "", "Thank you for sharing this beautiful message! We'll make sure Rachel and Ingrid see it. Unhurried, "
     "respectful care is at the heart of everything we do, and we're grateful for your kind words.",
     "Passes on praise to named staff and states a general value without mentioning the birth or the daughter."),
    (28, "E", "Thank you for sharing this beautiful message, and happy birthday to your leap-year girl! We'll make sure "
     "Rachel and Ingrid see it.",
     "Tricky: 'your leap-year girl' points to the baby's birth date from the review."),
    # 29 lactation (Spanish)
    (29, "", "¡Muchas gracias por sus palabras tan bonitas! Le compartiremos este mensaje a Leticia. Nuestro equipo se "
     "dedica a que cada familia se sienta acompañada y escuchada. Para cualquier pregunta, llámenos al (956) 555-0180.",
     "Tricky safe: a Spanish reply that passes praise to the named consultant without the baby, the feeding problems or the payment."),
    (29, "ECM", "¡Qué alegría que Emiliano ya esté subiendo de peso! Recuerde darle pecho cada dos o tres horas y seguir "
     "usando el sacaleches después de cada toma.",
     "Names the baby, repeats his weight gain and the pump, and gives feeding instructions."),
    # 30 primary care
    (30, "", "Thank you for your feedback. Long waits and rushed conversations fall short of what we expect for "
     "everyone who comes to us, and we'd like to hear more. Our billing office can review any fee at (312) 555-0182, "
     "or you can email our practice manager at manager@lakeviewprimary.example.",
     "A general standard plus billing and manager contacts, with no mention of the illness, the insurer or the fee amount."),
    (30, "ENCI", "Sorry about the wait! We've reversed the $40 cancellation fee, and we hope the pneumonia is clearing "
     "up.",
     "Repeats the fee and diagnosis, discloses an account change and gives a financial concession."),
    (30, "ENCMD", "Our physician documented clear lungs that day, and symptoms can change quickly. The late-cancellation "
     "policy is posted at check-in and applies to everyone.",
     "Discloses a lung finding from the record, confirms the visit, offers a clinical judgement and defends the doctor and the fee."),
    # 31 dental (HTML)
    (31, "", "Thank you for letting us know. Every recommendation should come with a clear explanation and no pressure, "
     "and keeping contact details current is something we're tightening up across the office. Please reach our office "
     "manager, Bettina Cruz, at (860) 555-0184 or frontdesk@quarrysidedental.example.",
     "Talks about explanations and up-to-date contact records practice-wide without the address, the gums or the quoted price."),
    (31, "ENC", "Thank you for letting us know. We've corrected the mailing address on file, and we want every "
     "recommendation to come with a clear explanation and no pressure. Please reach Bettina Cruz at (860) 555-0184.",
     "Tricky: 'corrected the mailing address on file' alludes to the reviewer's move, reports a change to her record and confirms she is a patient."),
    # 32 allergy
    (32, "", "Thank you for the feedback. School and camp forms should be turned around quickly for every family, "
     "without repeated calls, and we've set up a dedicated forms line at (919) 555-0186 and "
     "forms@triangleallergy.example.",
     "Tricky safe: school forms are mentioned only as a general service, without the child, his allergies or the school's name."),
    (32, "ECN", "Thanks for the feedback! We've faxed Caleb's EpiPen order to the nurse at Maple Ridge, and he's all set "
     "for his allergy shots next month.",
     "Names the child, repeats the prescription and school, and adds future treatment."),
    # 33 pulmonology
    (33, "", "Thank you for letting us know, and please accept our apology. When our elevator is out of service, "
     "everyone should be offered an accessible alternative right away, and we're putting a written plan in place with "
     "building management. Please call our practice manager, Joan Pruitt, at (606) 555-0188.",
     "Treats the elevator outage as a building-wide accessibility issue without repeating the reviewer's condition or test."),
    (33, "ECN", "We're sorry, Mr. Ellsworth. Your April breathing test is confirmed, and we'll have a wheelchair waiting "
     "for you at the entrance.",
     "Names the reviewer, confirms his upcoming test and adds an arrangement for him."),
    (33, "EDM", "Breathing tests can be done without climbing stairs, but please understand the elevator is the "
     "building's responsibility, not ours. Until then, use your rescue inhaler before any exertion.",
     "Repeats the test and inhaler, deflects blame and gives medical instructions."),
    # 34 podiatry
    (34, "", "Thank you for the honest feedback. Our fee schedule is available at the front desk and on our website, "
     "and our billing coordinator, Lacey Dunn, can go over costs and options with anyone at (501) 555-0190.",
     "Points to posted fees and a billing contact without mentioning the reviewer's feet, the orthotics or her job."),
    (34, "ECI", "Thanks for the feedback! We know waiting tables means long days on your feet, so we'd be glad to take "
     "$100 off a pair of orthotics for you.",
     "Echoes the reviewer's job and the orthotics, implies she is a patient and offers a discount."),
    # 35 dermatology
    (35, "", "Thank you for the review! Running on time is something our whole team works hard at, and we'll pass your "
     "kind words along to Dr. Sadeghi. If you ever have questions about costs, our billing team is available weekdays "
     "at (857) 555-0192.",
     "Thanks the reviewer, shares praise with the named doctor and gives a billing contact without any skin or insurance details."),
    (35, "I", "Thank you for the review! We'll pass your kind words along to Dr. Sadeghi. Mention this review at checkout "
     "for 10% off any product in our skincare shop.",
     "Tricky: otherwise harmless, but it offers a discount in a public reply."),
    # 36 urgent care (no PHI)
    (36, "", "Thank you for the candid feedback. Our online wait times should reflect reality, and we're fixing how the "
     "lobby screen is updated. Everyone deserves courtesy at our front desk. Please reach our operations manager at "
     "ops@hillsideurgentcare.example or (503) 555-0194.",
     "Answers a no-PHI complaint with operational fixes and the practice's contacts."),
    (36, "NCD", "We're sorry about your wait. Our records show you checked in at 6:42 and were seen at 8:55, during a "
     "stretch when three ambulances arrived.",
     "Reveals the practice looked up the reviewer, adds visit times he never posted and excuses the wait."),
    (36, "G", "Thank you for the candid feedback. We've hired two more providers, and we guarantee no one will ever wait "
     "more than 30 minutes at our clinic again. Please reach our operations manager at (503) 555-0194.",
     "Tricky: otherwise safe, but it makes an unconditional promise about wait times."),
    # 37 behavioral health
    (37, "", "Thank you for trusting us with this feedback. Respecting each person's contact preferences is a basic "
     "privacy obligation, and we're reviewing how those preferences are recorded and followed across our office. "
     "Please reach our privacy officer, Dana Whitlock, at (415) 555-0196 or privacy@bayviewwellness.example.",
     "Tricky safe: contact preferences are framed as a practice-wide privacy duty, without confirming the reviewer's care or family."),
    (37, "NC", "We're so sorry. We've updated your chart so that we only ever contact you on your own cell from now on, "
     "and Gwen has been told.",
     "Discloses a chart change and confirms the reviewer is a client."),
    (37, "EC", "Thank you for sharing this. It takes real courage to take that first step toward support, and we hope "
     "you'll keep going.",
     "Tricky: 'that first step toward support' alludes to seeking mental health care and implies an ongoing relationship."),
    # 38 oral surgery
    (38, "", "Thank you so much for this kind review! Compassion and follow-through matter to us with every family we "
     "meet, and our whole team appreciated reading this. - Dr. Marchetti and the team at Lakeview Surgical Arts",
     "Tricky safe: a reply signed by the surgeon the reviewer named does not confirm treatment and repeats no details."),
    (38, "EC", "Thank you! Dr. Marchetti is so glad Imani had such an easy recovery. Good luck with the spring semester "
     "at Spelman! \U0001F393",
     "Names the daughter and her college and confirms she recovered from surgery here."),
    # 39 orthodontics
    (39, "", "Thank you for sharing your concerns. Every family deserves clear updates on timelines and time with the "
     "doctor when they have questions, and we'd welcome the chance to talk. Please call our practice administrator, "
     "Heather Lyle, at (479) 555-0198.",
     "A general commitment to clear timelines and access to the doctor, without the child, the treatment or the cost."),
    (39, "ENCD", "We understand your frustration, but treatment time depends heavily on rubber band wear, and our notes "
     "show several stretches when they weren't being worn.",
     "Repeats the elastics, cites the child's records with new details and blames the family."),
    (39, "ECNG", "We're sorry to hear this. Dr. Lindgren will personally see Ava-Grace at her next adjustment, and we "
     "promise her braces will be off by summer.",
     "Names the child, confirms her treatment, announces a visit and promises an outcome."),
    # 40 pediatric dentistry (Spanish)
    (40, "", "Gracias por su comentario. La información de seguros en nuestros perfiles de citas en línea debe ser "
     "correcta, y ya pedimos que se revise. Por favor llame a nuestra gerente, Rocío Salinas, al (512) 555-0103.",
     "A Spanish reply that fixes the insurance listing in general terms without the child, the infection or the charge."),
    (40, "EM", "Lamentamos mucho lo sucedido. Para la hinchazón, puede darle ibuprofeno infantil y ponerle compresas "
     "frías en la cara mientras consigue otra cita.",
     "Repeats the child's swelling and gives home-care instructions."),
    # 41 primary care
    (41, "", "Thank you for these generous words. We'll share them with Dr. Okoye and Dolores. Taking the time to "
     "listen and explain things clearly is something we try to do for every person we care for.",
     "Shares praise with the named staff and states a practice-wide value without mentioning the diagnosis or the husband."),
    (41, "ECM", "Thank you, Nancy and Bill! It's an honor to walk alongside you both. Dr. Okoye says to keep up the "
     "gardening, because staying active really does help memory.",
     "Names the reviewer and husband, confirms the relationship and gives health advice tied to her diagnosis."),
    # 42 cardiology
    (42, "", "Thank you for the thoughtful feedback, and for your kind words about Dr. Petrossian. No one should be "
     "surprised by a bill, and we're working with our outside vendors on clearer cost notices. Our billing team can "
     "help sort out any statement at (773) 555-0105.",
     "Addresses outside-vendor billing practice-wide without the device, the diagnosis or the amount."),
    (42, "EC", "Thank you for the thoughtful feedback! We're glad the monitor gave Dr. Petrossian the answers he needed. "
     "Our billing team can help with any statement at (773) 555-0105.",
     "Tricky: mentioning the monitor and its answers confirms the reviewer's testing with the practice."),
    # 43 physical therapy
    (43, "", "Thank you for raising this. Every person deserves an attentive clinician for the whole session, and "
     "accurate billing is something we audit regularly. Please contact our compliance manager, Ruth Ibáñez, at "
     "(724) 555-0107 so we can look into these concerns directly.",
     "Commits to attentive care and billing accuracy in general and offers a compliance contact."),
    (43, "ENCD", "Trent documented fifteen minutes of manual therapy at each of your sessions, and claim 24-118-55090 "
     "was billed correctly.",
     "Repeats the service and claim number, adds documentation details and disputes the reviewer."),
    (43, "ENCIG", "We're so sorry! We've refunded the Medicare charge and will add three free sessions with a different "
     "therapist. Your wrist will be back to 100% in no time.",
     "Repeats the carrier and injury, reports an account change, offers free sessions and promises recovery."),
    # 44 dental
    (44, "", "Thank you so much for the love! \U0001F49B We'll share this with Dr. Faleolo and Mele, and they'll be all "
     "smiles. Helping every person feel relaxed from the moment they walk in is what we're here for.",
     "Shares praise with named staff and states a general value without the denture, the family or the cost."),
    (44, "E", "Thank you so much for the love! \U0001F49B We'll share this with Dr. Faleolo and Mele. Congratulations to "
     "Leilani on her big day!",
     "Tricky: congratulating Leilani names the reviewer's granddaughter and her graduation."),
    # 45 obgyn
    (45, "", "Thank you for sharing this. Everyone deserves to be spoken to with respect and without judgment, and every "
     "step should be explained clearly. Please contact our patient experience lead, Monique Fairley, at "
     "(980) 555-0109 or experience@southparkwomens.example.",
     "States a respect-and-explanation standard and offers a contact without repeating the symptoms, test or diagnosis."),
    (45, "ECD", "We're sorry you felt judged. Testing for all common infections is our standard for every new patient "
     "under 25, as national guidelines recommend, and it is never a comment on anyone's lifestyle.",
     "Echoes the testing and the reviewer's age bracket, implies she was a new patient and justifies the doctor's remark."),
    # 46 travel medicine (HTML)
    (46, "", "Thank you for the feedback. Our self-pay prices are posted on our website and at the front desk, and we "
     "want every charge to be clear before anything is done. Please reach our clinic manager, Joost Verhagen, at "
     "(206) 555-0111 or info@globetrotterclinic.example.",
     "Points to posted prices and a manager contact without the vaccines, the allergy or the wife."),
    (46, "ENCMD", "Thanks for the feedback. Egg allergy is screened for everyone before a yellow fever shot, and most "
     "people with a mild allergy can still receive it safely under observation. We've added the allergy to both of "
     "your charts, and safe travels to you and Anneke!",
     "Repeats the allergy, vaccine and wife's name, discloses a chart change, gives clinical guidance and contradicts the reviewer."),
    # 47 sports medicine
    (47, "", "Thank you for the feedback. Concerns about the thoroughness of an exam are taken seriously and reviewed "
     "by our medical director. Please call Dr. Ines Barlow's office at (801) 555-0113, and our billing office can "
     "review any charge at (801) 555-0115.",
     "Offers the medical director and billing office as contacts without repeating the injury, the brace or the diagnosis."),
    (47, "ECMD", "Fractures of the fifth metatarsal are easy to miss on a first exam because swelling hides them, and "
     "our provider followed standard ankle guidelines.",
     "Repeats the diagnosis, confirms the exam, gives a clinical judgement and defends the provider."),
    (47, "ECIMG", "We're sorry! We'll refund the $340 for the brace. Stay off it, keep it elevated, and you'll be back "
     "on the field in no time.",
     "Repeats the charge and device, offers a refund, gives care advice and promises recovery."),
    # 48 ENT
    (48, "", "Thank you for this balanced review, and for the kind words about Dr. Oyelowo. We want every person to "
     "understand and agree to any test or charge before it happens, and we're reminding our team to confirm that. "
     "Our billing office is at (617) 555-0117.",
     "Treats consent to charges as a practice-wide standard without the vertigo, the hearing test result or the insurer."),
    (48, "ECM", "Thank you! So glad the Epley maneuver did the trick. If the spinning ever comes back, sleep propped up "
     "on two pillows and call us right away.",
     "Names the treatment, confirms it was done here and gives self-care instructions."),
    # 49 optometry (no PHI)
    (49, "", "Thank you for the lovely review! We'll pass it along to the whole team, and our stylists especially will "
     "be thrilled. We're open Monday through Saturday, and new frames arrive every month.",
     "Thanks the reviewer and shares general hours and stock news."),
    (49, "C", "Thank you for the lovely review! We loved having you in the shop and can't wait to see you again.",
     "Tricky: 'can't wait to see you again' implies the reviewer is a returning customer of the practice."),
    # 50 pediatrics
    (50, "", "Thank you for the feedback. Families should hear back from our nurse line quickly, especially late in the "
     "day, and we're adding evening staff to make that happen. You can reach our practice manager, Colette Ray, at "
     "(913) 555-0121 with any concerns.",
     "Addresses nurse-line response times as an operational issue without the baby, his illness or the hospital stay."),
    (50, "ECM", "So sorry about the delay! We hope Beau is feeling much better. Next time, small sips of Pedialyte every "
     "few minutes can help keep little ones from getting dehydrated.",
     "Names the baby, confirms the family are patients and gives rehydration advice."),
    (50, "D", "Our nurse line returns calls in order of urgency, exactly as our voicemail greeting explains to every "
     "caller.",
     "Tricky: no PHI, but it defends the slow callback and implies the reviewer should have known."),
]
