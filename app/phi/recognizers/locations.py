"""The patient's own places (LOCATION): town, neighbourhood, street, school, workplace.

Rules (written here; suffix lists are common US naming conventions):
- schools: capitalized words + Elementary / Middle School / High School / High /
  Academy / College / University / Prep / Montessori, and "University of X";
- workplaces by name shape: capitalized words + a business suffix (Logistics,
  Builders, Bakery, Construction, Manufacturing, Inc, LLC, CC, Country Club...),
  and "the Ford plant" (capitalized words + plant/factory/mill/warehouse...);
- workplaces by position: the noun phrase after "work at/for", "works at", "job
  at", "shift at", "desk at", "off from", "teach at", "employed by" (so "I took the
  afternoon off from Nordstrom" and "at my desk at the county assessor's office");
- workplaces by the crew or post ("the night crew at UPS", "back on the floor at X", "my whole office at X") and by
  an occupation verb ("I bartend at X", "deliver for X", "lifting pallets at X"); a time after "work for" ("couldn't
  work for a week") is a duration, not an employer;
- a name that ends in a congregation, school or non-care business word is a place even with a care word in it
  ("Holy Family Church", "Halvern Medical Supply"); a state university by its short name after a school cue ("the
  campus clinic at Corwin State");
- workplaces by a colleague or membership cue: "my manager at X", "coworkers from
  X", "volunteer at X", "my union, X", "member of X", "I'm an electrician with X";
  union locals and credit unions by name shape ("IBEW Local 98", "X Credit Union");
- towns and neighbourhoods by position: capitalized proper nouns after "from/in/
  near/around" governed by move/drive/live/commute/come/grow up/run/bike, or "I am / we're originally from" ("drove in
  from Tacoma", "moved here from Houston", "running around Greenlake"), or after
  "neighborhood in", "town of", "my apartment in", "our house in", "my salon in";
- a student's or worker's place after their role: "a junior at St. Ignatius",
  "cashier at Save Mart";
- a run of proper nouns after "in/near/around/past/outside" (or "to" after new/home/back/drive) that spaCy does not
  read as a person, date or organisation and that is not made only of dictionary words ("the ER in Slidell",
  "running around Greenlake", "new to Bellhaven"); a place after "classes/teachers/counselor/choir... at";
- numbered roads ("off Route 9", "County Road 12") and named neighbourhoods ("the Eastside neighborhood"); a proper
  name ending in a place word anywhere ("Half of Birch Hollow comes here"), unless it is where the practice is;
- streets named without a house number: capitalized words + Rd/Road/St/Street/
  Ave/Blvd/Lane/Drive/Way ("the pharmacy on Elm Ridge Rd"); "Dr" is not a street
  suffix here because "Dr." before a name is a title.
spaCy's GPE/LOC/FAC entities also arrive as LOCATION through Presidio; the
practice's own location ("best office in Maple Grove") is removed in filters.py.
Names with medical words (Dental, Clinic, Pediatrics...) are the practice, not a
workplace, and are skipped.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import is_common_word, make_result

_CAP = r"(?:[A-Z][a-zA-Z'’.&-]*|St\.)"
_SCHOOL = re.compile(
    rf"\b(?:{_CAP}\s+){{1,3}}(?:Elementary(?:\s+School)?|Middle\s+School|High\s+School|Junior\s+High|High|Academy|"
    rf"Community\s+College|College|University|Prep|Preparatory|Montessori|Preschool|Day\s+School|Intermediate|Middle|"
    rf"Primary\s+School|School)\b|\bUniversity\s+of\s+(?:{_CAP}\s*){{1,3}}"
)
_BUSINESS = re.compile(
    rf"\b(?:{_CAP}\s+){{1,3}}(?:Logistics|Builders|Bakery|Construction|Industries|Manufacturing|Motors|Foods|Inc\.?|LLC|"
    rf"Corp\.?|Corporation|Company|Co\.|Technologies|TechOps|Airlines|Airways|Bank|Cafe|Café|Diner|Restaurant|Market|"
    rf"Grocery|Hardware|Electric|Plumbing|Roofing|Landscaping|Trucking|Transport|Freight|Shipping|Realty|Steel|"
    rf"Energy|Mills|Farms|Dairy|Brewery|Winery|Hotel|Resort|Casino|Mall|Country\s+Club|CC|Golf\s+Club|Fitness|"
    rf"Warehouse|Distribution|Distributors|Depot|Outlet|Studios?|Salon|Auto|Automotive|Garage|Bistro|Grill|Pizza|"
    rf"Lutheran|Baptist|Methodist|Presbyterian|Episcopal|Catholic\s+Church|Church|Chapel|Parish|Temple|Synagogue|Mosque|"
    rf"Cathedral|Tabernacle|Ministries|Fellowship|Panader[ií]a|Tienda|Taller|Credit\s+Union|Federal\s+Credit\s+Union|"
    rf"Union|Local\s+\d{{1,4}}|Lodge|Post\s+\d{{1,4}}|Fire\s+Department|Police\s+Department|Library|YMCA|YWCA|"
    rf"Bancorp|Insurance\s+Agency|Law\s+Firm|Partners|Associates|Group|Labs|Systems|Solutions|Services|Brewing|"
    rf"Roasters|Coffee|Pub|Tavern|Kitchen|Cantina|Taqueria|Boutique|Nails|Barbershop|Barber\s+Shop|Daycare|Nursery|"
    rf"CrossFit|Gym|Yoga|Pilates|Dojo|Athletics|Band|Choir|Chorus|Orchestra|Assisted\s+Living|Senior\s+Living|"
    rf"Retirement\s+(?:Home|Community|Village)|Nursing\s+Home|Clerk'?s\s+Office|City\s+Hall|Post\s+Office|Fire\s+Station|"
    rf"Rec\s+Center|Community\s+Center|Senior\s+Center|Food\s+Bank|Shelter|Lube|Tire|Body\s+Shop|Auto\s+Body|"
    rf"Y(?![\w'’])|Insurance\s+Group|Tool\s+(?:&|and)\s+Die|Transit|(?<!Health\s)(?<!Dental\s)(?<!Vision\s)(?<!Medical\s)"
    rf"(?<!Life\s)(?<!Auto\s)Insurance|Supply|Supplies|Dispatch|Railroad|Railway|"
    rf"Lumber|Printing|Packaging|Plastics|Chemicals?|Paper|Machine\s+Shop|Machining|Fabrication|Welding|Excavating|"
    rf"Paving|Towing|Movers|Storage|Cleaners|Laundromat|Bar\s+(?:&|and)\s+Grill|Saloon|Brewhouse|"
    rf"Taproom|Steakhouse|Bakeshop|Creamery|Deli|Bodega|Logistics\s+Center|AME(?:\s+Zion)?|Learning\s+Center|"
    rf"Early\s+Learning(?:\s+Center)?|Child\s*[Cc]are(?:\s+Center)?|FD|PD|VFD|EMS|DPW|Fire\s+Company)\b"
    rf"|\b(?:[A-Z]{{2,6}}\s+)Local\s+\d{{1,4}}\b"
)
# Scouting and youth groups by number, venues and congregations by shape: "Pack 214", "Troop 88", "Starlite Lanes",
# "Little Acorns daycare", "at Mount Zion".
_GROUP_OR_VENUE = re.compile(
    r"\b(?:(?:Cub\s+Scout\s+|Boy\s+Scout\s+|Girl\s+Scout\s+)?(?:Pack|Troop|Den|Crew)\s+\d{1,4})\b|"
    rf"\b(?!(?:Super|Rose|Sugar|Cotton|Orange|Fiesta|Salad|Toilet)\s)(?:{_CAP}\s+){{1,2}}(?:Lanes|Bowl|Rink|Arena|Raceway|"
    rf"Speedway|Marina)\b|"
    rf"(?<![.!?]\s)(?<!^)\b((?:(?!(?:Her|His|My|Our|Their|The|Then|Every|Each|Any|This|That|A|An|So|And|But)\s){_CAP}\s+){{1,3}})"
    rf"(?:daycare|preschool|day\s+care|nursery\s+school|pre-?k)\b|"
    r"\b(?:at|from|attend|attends)\s+((?:Mount|Mt\.?)\s+[A-Z][a-z]+)\b|"
    r"\b(Our\s+Lady\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
# "the campus clinic at Corwin State", "a junior at Ohio State": a state university by its short name.
_STATE_SCHOOL = re.compile(
    r"\b(?:at|from|attends?|attending|attended|go(?:es)?\s+to|went\s+to|student|freshman|sophomore|junior|senior|grad(?:uate)?|"
    r"alum(?:nus|na)?)\s+(?:of\s+)?((?:[A-Z][a-z]+\s+){1,2}State)\b(?!\s+(?:Farm|Park|Patrol|Police|Trooper|Road|Route|Highway|"
    r"Fair|Line|Street|Bank|Insurance|Department|Prison|Capitol|Health|Medical|Hospital|Clinic|games?|fans?|football|"
    r"basketball|tickets?))"
)
_PLANT = re.compile(
    rf"\b(?:{_CAP}\s+){{1,2}}(?:(?:steel|paper|auto|assembly|packing|meat|power|water|bottling|chemical|glass|cement|"
    rf"recycling|distribution|processing)\s+)?(?:plant|factory|mill|warehouse|refinery|mine|shipyard|depot|site|store|branch|hub|facility|"
    rf"campus|distribution\s+center|fulfillment\s+center|call\s+center|terminal|yard|rail\s+yard|railyard|quarry|"
    rf"docks)\b"
)
# Spanish places named by their kind first: "Constructora Del Valle", "Villa Esperanza", "Secundaria Benito Juárez"
_ES_PLACE = re.compile(
    r"\b(?i:Constructora|Panader[ií]a|Tienda|Taller|Escuela|Colegio|Primaria|Secundaria|Preparatoria|Iglesia|Parroquia|"
    r"Villa|Colonia|Barrio|Fraccionamiento|Rancho|Restaurante|F[aá]brica|Maquiladora|Empacadora|Universidad|Hotel|Motel|"
    r"Supermercado|Mercado|Lavander[ií]a|Carnicer[ií]a|Guarder[ií]a)"
    r"(?:\s+(?:de|del|la|las|los|el)?\s*[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){1,3}"
)
# Homes, residences and parks by their name's last word, after a preposition: "at Willowbrook Manor", "from
# Brookhaven Commons", "on Linden Court", "at Lincoln Park" (not "Sunset Park Dental": the care word excludes it).
_RESIDENCE = re.compile(
    rf"\b(?:at|from|in|to|near|off|on|outside)\s+(?:the\s+)?((?:{_CAP}\s+){{1,2}}(?:Manor|Commons|Village|Gardens|Estates|"
    rf"Terrace|Towers|Heights|Pointe|Meadows|Pines|Park|Court|Crossing|Landing|Apartments|Apts|Acres|Hollow|Homes))\b"
)
# Numbered roads ("off Route 9", "County Road 12", "I-95") and named neighbourhoods ("the Eastside neighborhood").
_ROAD = re.compile(r"\b(?:Route|Rte\.?|Highway|Hwy\.?|County\s+Road|State\s+Road|State\s+Route|Farm\s+Road|Interstate|I-)\s?\d{1,3}[A-Z]?\b")
# "our office moved to", "we're located": the practice's own address comes next
_PRACTICE_MOVED_BEFORE = re.compile(r"\b(?:office|clinic|practice|location|we|suite)\b[^.!?]{0,25}$", re.IGNORECASE)
_NEIGHBOURHOOD = re.compile(
    r"\bthe\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)\s+(?:neighborhood|neighbourhood|area|side\s+of\s+town|subdivision|"
    r"development|complex|apartments|projects)\b"
)
# A team by name: "my grandson's team, the Eastbrook Mudcats", "at the Westfield Warriors game".
_TEAM = re.compile(
    r"\bteam,?\s+the\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+s)\b|"
    r"\bthe\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+s)\s+(?:game|games|tournament|practice|meet|match|season|roster|team)\b|"
    r"\b(?:soccer|softball|baseball|basketball|hockey|football|volleyball|lacrosse|rugby|league|team|bowling)\s+(?:with|for)\s+"
    r"the\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+s)\b"
)
# Spanish places by what happens there: "en misa en San Judas Tadeo", "la escuela de Santa Rita"
_ES_VENUE = re.compile(
    r"\b(?i:misa|iglesia|parroquia|escuela|colegio|trabajo|f[aá]brica|planta|empresa|compa[ñn][ií]a|tienda|taller|oficina|"
    r"bodega|almac[eé]n|restaurante|hotel|universidad|rancho|empacadora|maquiladora)\s+(?i:en|de|del)\s+(?:la\s+|el\s+)?"
    r"([A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,2})"
)
# Spanish: "vivo en Pharr", "somos de San Juan", "me mudé de Reynosa", "trabajo en la panadería La Espiga"
_ES_TOWN = re.compile(
    r"\b(?i:viv[oe]|vivimos|viven|soy\s+de|somos\s+de|es\s+de|me\s+mud[eé]\s+de|nos\s+mudamos\s+de|venimos\s+de|vengo\s+de|"
    r"se\s+vino\s+de|se\s+vinieron\s+de|vino\s+de|lleg[oó]\s+de|llegamos\s+de|con\s+nosotros\s+en|"
    r"manejo\s+desde|manejamos\s+desde)\s+(?:en\s+)?((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,2})"
)
_STREET = re.compile(
    rf"\b(?:{_CAP}\s+){{1,3}}(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Lane|Ln|Drive|Way|Pkwy|Parkway|Hwy|Highway|Pike|Trail)\b\.?"
)
# A name ending in one of these is a workplace or a congregation even with a care word in it ("Holy Family Church",
# "Halvern Medical Supply").
_NEVER_PRACTICE_END = re.compile(
    r"\b(?:Church|Chapel|Parish|Temple|Synagogue|Mosque|Cathedral|Ministries|Fellowship|Supply|Supplies|Insurance|"
    r"Transit|Die|Logistics|Trucking|Railroad|Railway|Warehouse|Distribution|Bank|Credit\s+Union|School|Elementary|"
    r"Academy|College|University|High)\s*$"
)
_MEDICAL_NAME = re.compile(
    r"\b(?:Dental|Dentistry|Medical|Clinic|Health|Pediatrics?|Dermatology|Orthodontics|Ortho|Chiropractic|Family|"
    r"Urgent|Care|Smile|Vision|Eye|Physical|Therapy|Wellness|Spa|MedSpa|Aesthetics|Surgery|Surgical|Hospital|Practice)\b"
)
_WORK_TRIGGERS = re.compile(
    r"\b(?:work(?:s|ed|ing)?\s+(?:nights\s+|days\s+|shifts\s+|full[- ]time\s+|part[- ]time\s+|overtime\s+|weekends\s+|"
    r"again\s+|there\s+|[a-z]+(?:-[a-z]+)+\s+|retail\s+|security\s+|maintenance\s+|construction\s+|reception\s+|"
    r"(?:the\s+)?(?:front|back)\s+desk\s+)?(?:at|for)|back\s+(?:to\s+work\s+)?at|"
    r"drop(?:s|ped|ping)?\s+(?:me|him|her|us|them)\s+off\s+at|pick(?:s|ed|ing)?\s+(?:me|him|her|us|them)\s+up\s+(?:at|from)|"
    r"(?:plays?|playing|played|pitch(?:es|ed|ing)?|swims?|swam|wrestles?|wrestled|cheers?|dances?|danced|runs?\s+track)\s+"
    r"(?:\w+\s+){0,2}?for|job\s+at|shift\s+at|desk\s+at|off\s+from|off\s+work\s+at|"
    r"teach(?:es|ing)?\s+(?:\w+\s+)?at|employed\s+(?:by|at)|"
    r"(?:manager|boss|supervisor|co-?workers?|colleagues?|HR|employer|foreman|team\s+lead|shift\s+lead|principal)\s+(?:at|from)|"
    r"(?:buddies|friends|ladies|girls|guys|kids|classmates|teammates|neighbou?rs|members|folks|choir|congregation|group|"
    r"club|class|league|interview|"
    r"everybody|everyone|people)\s+at|(?:do|does|did|doing|cut|cuts|cutting|color|colors|coloring)\s+(?:hair|nails|makeup|"
    r"lashes|brows)\s+(?:all\s+day\s+|full[- ]time\s+)?at|front\s+of\s+(?:the\s+)?house\s+at|"
    r"volunteer(?:s|ed|ing)?\s+at|(?:classes|class|teachers?|counselors?|coach(?:es)?|principal|screening|organ|choir|"
    r"mass|services|games?|meets?|practices?|dorm|dorms|campus)\s+at|(?:freshman|sophomore|junior|senior|grader|kindergartner|preschooler|teacher|coach|nurse|"
    r"cashier|clerk|barista|driver|mechanic|cook|chef|server|bartender|janitor|custodian|aide)\s+at|intern(?:s|ed|ing)?\s+at|student\s+at|enrolled\s+at|stud(?:y|ying|ies)\s+at|"
    r"(?:my|our)\s+(?:union|employer|company|school|church|congregation|parish|local)\s*,|member\s+of|"
    r"(?:I'?m|I\s+am|I\s+was|I've\s+been|as)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:at|for)|on\s+the\s+line\s+at|line\s+at|construction\s+for|trabajo\s+en|"
    # where the reader works, by the crew or the place of work: "the night crew at UPS", "back on the floor at X",
    # "my whole office at Brightwater Insurance", "full shifts at Tri-County Transit"
    r"(?:crew|floor|shifts|route|dock|register|counter|kitchen|loading\s+dock|night\s+shift|day\s+shift|whole\s+office|"
    r"cubicle|station|post)\s+at|"
    # an occupation verb: "I bartend at The Copper Still", "deliver for Amazon", "lifting pallets at Costco"
    r"(?:bartend|waitress|waitress(?:ed|ing)|wait(?:ed|ing)?\s+tables|lifeguard|babysit|nann(?:y|ied|ying)|tutor|clerk|"
    r"deliver|deliveri(?:es|ng))\s+(?:\w+\s+)?(?:at|for)|\bdriv(?:e|es|ing)\s+for|"
    r"(?:lift|lifting|lifted|stock|stocking|stocked|load|loading|loaded|unload|unloading|unloaded)\s+"
    r"(?:pallets|boxes|crates|shelves|trucks|freight|kegs|bags)\s+(?:at|for))\s+",
    re.IGNORECASE,
)
# "I'm an electrician with IBEW Local 98", "a nurse with Mercy": a job noun + "with" + a capitalized name.
_JOB_WITH = re.compile(
    r"\b(?:I'?m|I\s+am|I\s+was|I've\s+been|he'?s|she'?s|works?\s+as|worked\s+as)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}with\s+"
    r"((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|\d{1,4})){0,4})"
)
_NAME_ONLY_CUE = re.compile(
    r"(?i)(?:back|manager|boss|supervisor|co-?workers?|colleagues?|HR|employer|foreman|team|shift|principal|my|our|member|"
    r"volunteer|intern|student|enrolled|stud)"
)
_TIME_OBJECTS = {"week", "day", "month", "year", "hour", "minute", "while", "living", "weekend", "night", "morning",
                 "afternoon", "evening", "shift", "bit", "couple", "few", "decade", "semester", "season"}
_TOWN_VERBS = {"move", "drive", "live", "commute", "come", "grow", "relocate", "travel", "fly", "transfer", "walk",
               "run", "jog", "bike", "hike", "raise", "bear", "base", "stay", "settle"}
_TOWN_PREPS = {"from", "in", "near", "to", "outside", "around"}
# Another practice named before the preposition ("my last dentist in Castleford"): the place is the patient's.
_OTHER_PRACTICE_BEFORE = re.compile(r"\b(?:my|his|her|their|our|last|old|previous|former|other|new|regular)\s+(?:\w+\s+)?"
                                    r"(?:office|practice|clinic|location|dentist|doctor|pediatrician|peds|dermatologist|"
                                    r"chiro|chiropractor|spa|place|group)\s+\w+\s+$", re.IGNORECASE)
_PLACE_NOUNS = {
    "Ridge", "Hill", "Hills", "Valley", "Park", "Heights", "Falls", "Springs", "Creek", "Lake", "Lakes", "Village",
    "Hollow", "Point", "Grove", "Meadows", "Woods", "Harbor", "Beach", "Bay", "Mills", "Crossing", "Junction", "County",
    "Township", "City", "Estates", "Landing", "Station", "Bluff", "Bluffs", "Glen", "Canyon", "Mesa", "Shores",
}
# A proper name ending in a place word, anywhere: "Half of Birch Hollow goes here", "out in Copper Ridge".
_NAMED_PLACE = re.compile(
    r"(?<![\w'’-])(?!(?:In|The|At|From|Near|To|Of|On|By|My|Our|Their|His|Her|A|An)\s)([A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?(?:Hollow|Heights|Hills|Springs|Creek|Meadows|Estates|Bluffs?|Glen|"
    r"Canyon|Shores|Landing|Crossing|Junction|Township|Ridge|Grove|Village|Falls|Harbor|Harbour)\b(?!\s+(?:Elementary|Middle|"
    r"High|School|Academy|Dental|Medical|Clinic|Health|Pediatrics|Family|Urgent|Care|Hospital|Mall|Plaza|Center|Centre|"
    r"Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Blvd|Parkway|Pkwy|Way)\b)"
)
_PLACE_PREPS = {"in", "near", "around", "past", "outside", "to"}
_NOT_PLACE_WORDS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Dr", "Dr.", "Google",
    "Yelp", "Zocdoc", "Healthgrades", "Facebook", "Medicaid", "Medicare", "English", "Spanish", "Christmas", "Easter",
}
_FUNCTION_CAPS = {"I", "The", "A", "An", "My", "Our", "This", "That", "It", "He", "She", "We", "They", "Dr", "Dr."}


class PatientLocationRecognizer(EntityRecognizer):
    """Schools, workplaces, towns and streets in the patient's own life."""

    SCORE = 0.86

    def __init__(self) -> None:
        super().__init__(supported_entities=["LOCATION"], name="PatientLocationRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        spans: list[tuple[int, int]] = []
        for pattern in (_SCHOOL, _BUSINESS, _PLANT, _STREET):
            for m in pattern.finditer(text):
                s, e = self._trim(text, m.start(), m.end())
                if e > s and (not _MEDICAL_NAME.search(text[s:e]) or _NEVER_PRACTICE_END.search(text[s:e])):
                    spans.append((s, e))
        for m in _STATE_SCHOOL.finditer(text):
            spans.append(m.span(1))
        for m in _GROUP_OR_VENUE.finditer(text):
            g = next((k for k in (1, 2, 3) if m.group(k)), 0)
            s, e = self._trim(text, *(m.span(g) if g else m.span()))
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s and not _MEDICAL_NAME.search(text[s:e]):
                spans.append((s, e))
        for m in _ES_TOWN.finditer(text):
            spans.append(m.span(1))
        for m in _ES_VENUE.finditer(text):
            spans.append(m.span(1))
        from app.phi.recognizers.filters import PRACTICE_BEFORE, PRACTICE_SITE_AFTER  # local: filters imports names

        for m in _ROAD.finditer(text):
            if PRACTICE_SITE_AFTER.match(text[m.end() : m.end() + 30]):
                continue  # "the Route 30 location": one of the practice's sites
            spans.append(m.span())
        for m in _NAMED_PLACE.finditer(text):
            after = text[m.end() : m.end() + 40]
            if m.group(1) in _FUNCTION_CAPS or _MEDICAL_NAME.search(m.group()) or _MEDICAL_NAME.match(after.strip()) \
                    or re.match(r"\s+(?:Orthodontics|Dermatology|Dentistry|Endodontics|Periodontics|Podiatry|Optometry)\b", after):
                continue  # "Willow Creek Orthodontics": the practice
            from_practice = PRACTICE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            if not from_practice and not PRACTICE_SITE_AFTER.match(text[m.end() : m.end() + 30]):
                spans.append(m.span())
        for m in _RESIDENCE.finditer(text):
            s_, e_ = self._trim(text, *m.span(1))
            if PRACTICE_BEFORE.search(text[max(0, m.start(1) - 40) : m.start(1)]) or _PRACTICE_MOVED_BEFORE.search(
                    text[max(0, m.start() - 40) : m.start()]):
                continue  # "our office moved to Riverside Commons": the practice's own address
            if e_ > s_ and not _MEDICAL_NAME.search(text[s_:e_]) and not _MEDICAL_NAME.match(text[m.end() : m.end() + 30].strip()):
                spans.append((s_, e_))
        for m in _NEIGHBOURHOOD.finditer(text):
            if not _MEDICAL_NAME.search(m.group(1)):
                spans.append(m.span(1))
        for m in _TEAM.finditer(text):
            g = next(k for k in (1, 2, 3) if m.group(k))
            spans.append(m.span(g))
        for m in _ES_PLACE.finditer(text):
            if not _MEDICAL_NAME.search(m.group()):
                spans.append(m.span())
        for m in _JOB_WITH.finditer(text):
            s, e = self._trim(text, m.start(1), m.end(1))
            if not _MEDICAL_NAME.search(text[s:e]):
                spans.append((s, e))
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is not None:
            spans += self._work_places(text, doc)
            spans += self._towns(doc)
            spans += self._places_after_prep(doc)
        return [make_result(self, "LOCATION", s, e, self.SCORE) for s, e in spans]

    @staticmethod
    def _trim(text: str, s: int, e: int) -> tuple[int, int]:
        """Drop leading function words the capitalized-word run swallowed ("The Ford plant" -> "Ford plant")."""
        words = text[s:e].split(" ")
        while len(words) > 1 and words[0] in _FUNCTION_CAPS:
            s += len(words[0]) + 1
            words = words[1:]
        return s, e

    @staticmethod
    def _work_places(text: str, doc) -> list[tuple[int, int]]:
        out = []
        starts = {t.idx: t.i for t in doc}
        for m in _WORK_TRIGGERS.finditer(text):
            i = starts.get(m.end())
            if i is None:
                continue
            j = i
            # Up to the end of the noun phrase: determiners, adjectives, nouns, possessives.
            while j < len(doc) and j - i < 6 and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PART", "NUM") or doc[j].text in ("'s", "&")):
                if doc[j].pos_ == "DET" and j > i:
                    break
                j += 1
            toks = doc[i:j]
            if not toks or not any(t.is_title or t.pos_ == "PROPN" or t.pos_ == "NOUN" for t in toks):
                continue
            if toks[-1].pos_ == "DET":
                continue
            # colleague and membership cues ("member of", "my manager at") need a name, not "the team"
            if _NAME_ONLY_CUE.match(m.group()) and not any(t.pos_ == "PROPN" or (t.is_title and t.pos_ != "DET") for t in toks):
                continue
            # "at work" / "for a living" are not places.
            if len(toks) == 1 and toks[0].lower_ in ("work", "home", "night", "nights", "a", "the", "school", "it"):
                continue
            if not any(t.pos_ == "PROPN" for t in toks) and any(t.lemma_.lower() in _TIME_OBJECTS for t in toks):
                continue  # "couldn't work for a week": a duration, not an employer
            if _MEDICAL_NAME.search(doc[i:j].text) and not _NEVER_PRACTICE_END.search(doc[i:j].text):
                continue
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
        return out

    @staticmethod
    def _places_after_prep(doc) -> list[tuple[int, int]]:
        """'an ER in Slidell', 'running around Greenlake', 'way out past Dunmore Ridge', 'new to Bellhaven': a run of
        proper nouns after a place preposition that is no person, date or dictionary word."""
        from app.phi.recognizers.filters import PRACTICE_BEFORE  # local: filters imports the name helpers

        out = []
        n = len(doc)
        text = doc.text
        for tok in doc:
            if tok.lower_ not in _PLACE_PREPS or tok.i + 1 >= n:
                continue
            before = text[max(0, tok.idx - 40) : tok.idx + len(tok) + 1]
            if PRACTICE_BEFORE.search(before) and not _OTHER_PRACTICE_BEFORE.search(before):
                continue  # "best peds office in Maple Grove": where this practice is ("my last dentist in X" is not)
            if tok.lower_ == "to" and not (tok.i > 0 and doc[tok.i - 1].lower_ in ("new", "home", "back", "moved", "move", "drive", "drove", "driving", "commute")):
                continue
            j = tok.i + 1
            k = j
            while k < n and k - j < 3 and doc[k].is_title and doc[k].is_alpha and doc[k].pos_ == "PROPN" and doc[k].ent_type_ not in (
                "DATE", "TIME", "ORG", "NORP"
            ):
                k += 1
            if k == j or doc[j].text in _FUNCTION_CAPS or doc[j].text in _NOT_PLACE_WORDS:
                continue
            if any(doc[x].ent_type_ == "PERSON" for x in range(j, k)) and doc[k - 1].text not in _PLACE_NOUNS:
                continue  # a person ("talked to Maria"), unless the name ends in a place word ("past Copper Ridge")
            if k < n and (doc[k].text in ("'s", "’s") or (doc[k].is_title and doc[k].is_alpha)):
                continue  # "in Maria's car", a longer name the run stopped inside
            if all(is_common_word(doc[x].text) for x in range(j, k)) and not (k - j >= 2 and doc[k - 1].text in _PLACE_NOUNS):
                continue  # "in Good Hands", but "past Copper Ridge" is a place
            out.append((doc[j].idx, doc[k - 1].idx + len(doc[k - 1])))
        return out

    @staticmethod
    def _towns(doc) -> list[tuple[int, int]]:
        out = []
        n = len(doc)
        for tok in doc:
            if tok.lower_ not in _TOWN_PREPS and not (tok.lower_ in ("neighborhood", "neighbourhood", "town") and tok.i + 1 < n):
                continue
            head = tok.head
            governed = head.lemma_.lower() in _TOWN_VERBS or (head.head is not None and head.head.lemma_.lower() in _TOWN_VERBS and head.pos_ in ("ADV", "ADP", "NOUN"))
            after_place_word = tok.i > 0 and doc[tok.i - 1].lower_ in (
                "neighborhood", "neighbourhood", "town", "city", "here", "back", "apartment", "apt", "house", "home",
                "condo", "dorm", "townhouse", "trailer", "farm", "street", "block", "building", "salon", "shop", "store",
                "restaurant", "bakery", "cafe", "diner", "gym", "studio", "business", "ranch", "church", "job", "plant",
                "site", "jobsite", "route", "branch", "campus", "warehouse", "yard", "depot", "place", "cabin", "camp",
            )
            if tok.lower_ in ("neighborhood", "neighbourhood", "town"):
                continue
            # "I am from Kharkiv", "we're originally from Tulsa": where the reader comes from
            from_home = tok.lower_ == "from" and tok.i > 0 and doc[tok.i - 1].lower_ in (
                "am", "'m", "’m", "are", "'re", "’re", "originally", "was", "were", "hails", "hail"
            ) and any(t.lower_ in ("i", "we", "he", "she", "they", "family", "wife", "husband") for t in doc[max(0, tok.i - 4) : tok.i])
            if not (governed or after_place_word or from_home):
                continue
            j = tok.i + 1
            k = j
            while k < n and doc[k].is_title and doc[k].is_alpha and (
                doc[k].pos_ == "PROPN" or (doc[k].pos_ in ("NOUN", "ADJ") and not is_common_word(doc[k].text))
            ):
                k += 1
            if k > j and doc[j].text not in _FUNCTION_CAPS:
                out.append((doc[j].idx, doc[k - 1].idx + len(doc[k - 1])))
        return out
