"""CONFIRMS_PATIENT: wording that implies the reviewer is or was a patient.

What it catches, and why: confirming that someone is a patient is itself a disclosure of PHI, whatever else the
reply says. The phrase bank is generated from small grammars rather than listed examples:

* second-person possessive + care noun, with up to three modifiers between them ("your visit", "your final
  laser session", "your Aetna plan", "your knee"), and the Spanish "su/sus + care noun" ("su cita"); the
  possessive before any health term the detector finds in the draft counts too ("your pancreatitis");
* first person (or a staff member) + care verb + you ("we saw you", "Dr. Lee treated you", "it was a pleasure
  caring for you", "loved working with you");
* relationship statements: "when you came in", "since you joined our practice", "your first time with us",
  "see you next time / again / then", "as your dentist", "thanks for choosing us", "welcome back", "part of your
  journey", "your email on file", regards to a family member ("give your mother our best");
* record look-ups, even to deny: "we checked our records/logs/system", "we don't see a booking under your
  name", "no record of your ...", Spanish "en el expediente", "según nuestros registros";
* the reader coming back or treated: "smoother for you next time", "ready for you both this fall", "we had to ask
  you to come back in", "glad the newer medication is doing its job" (not "the new kiosks are helping everyone"),
  "the surgery did what it was meant to", "the recovery was rocky";
* the practice's dealings with the reader: "we let you down", "squeeze you in", "having you in", "our front desk
  was rude to you", "returned each of your messages", "your call went unanswered", "sorry our letter caused",
  "ordered for you", "switching you to", "keep working with you", "back on track", "good progress", "your patience
  over the past few months", "years of trust", "write to you at home", "on your behalf";
* the relationship without a care noun: a particular visit or call pointed at ("each of those visits", "that phone
  call went"), time spent with the reader ("enjoys her time with you", "getting to know you", "to have in the
  office"), the reader's start with the practice, the staff who saw the reader ("the scheduler you spoke with"),
  "another chance to get things right for you", feelings placed in the practice's rooms, "sorry the afternoon didn't
  go as planned", "keep supporting you", "remembers speaking with you", "thank you for giving us a try / coming back",
  the practice about to call the reader ("our nurse will be reaching out to you"; not after "leave a message"),
  the outcome welcomed ("glad everything went well", "feeling like yourself again"), shared moments ("celebrates
  with you", "the feeling is mutual"), and Spanish forms ("que les atendió", "se fueran de la clínica", "siempre es un
  gusto tenerla", "todo salió bien"). Conditional wording ("If you are a patient of ours") does not confirm.

Nouns that only refer to what the reviewer wrote ("your feedback", "your review", "your comments", "your
concerns", "your soonest convenience", "your time") are not care nouns, so they never fire; practice-wide
phrasing ("every patient we see", "our patients") has no second person and never fires either.
"""

from __future__ import annotations

import re

from app.phi.types import HEALTH
from app.replycheck.context import CheckContext, finding
from app.replycheck.lexicon import ES_WELLBEING_RE, OUTCOME_RE
from app.replycheck.rules import CONFIRMS_PATIENT, message

# Care and relationship nouns (singular stems; plural and simple inflections are added by _noun()).
_CARE_NOUNS = (
    "visit", "appointment", "appt", "treatment", "procedure", "care", "chart", "record", "file", "surgery",
    "surgeries", "operation", "session", "stay", "account", "bill", "billing", "balance", "invoice", "statement",
    "claim", "copay", "co-pay", "deductible", "result", "test", "lab", "labwork", "lab work", "bloodwork",
    "x-ray", "xray", "scan", "imaging", "mri", "prescription", "medication", "med", "meds", "refill", "dose",
    "dosage", "diagnosis", "condition", "symptom", "recovery", "healing", "progress", "exam", "examination",
    "checkup", "check-up", "physical", "cleaning", "filling", "crown", "implant", "injection", "shot", "vaccine",
    "vaccination", "follow-up", "followup", "therapy", "therapist", "doctor", "dentist", "provider", "physician",
    "surgeon", "care team", "plan", "care plan", "treatment plan", "insurance", "coverage", "estimate", "order",
    "lens", "lenses", "glasses", "contacts", "device", "hearing aid", "aligner", "journey", "consent",
    "agreement", "referral", "injury", "case", "pregnancy", "fee", "no-show fee", "extraction", "sample", "urine sample", "baby", "delivery", "deliveries",
    "birth", "skin", "smile", "teeth", "tooth", "gums", "knee", "hip", "shoulder", "back", "neck", "foot",
    "feet", "ankle", "wrist", "arm", "leg", "hand", "hands", "eye", "eyes", "ear", "ears", "heart", "face",
    "lip", "lips", "jaw", "bone", "joint", "stomach", "chest", "pain", "infection", "wound", "stitches",
    "ulcer", "allergy", "allergies", "reaction", "procedure", "program", "package", "membership", "patient portal",
    "portal", "email on file", "number on file", "information on file", "paperwork", "forms", "waitlist",
    "booking", "reservation", "slot", "check-in", "intake", "admission", "discharge", "son", "daughter",
    "child", "children", "kids", "mother", "mom", "father", "dad", "husband", "wife", "partner", "parents",
    "grandson", "granddaughter", "grandmother", "grandfather", "baby", "little one",
)
# Words that may sit between "your" and the care noun. Anything else (a preposition, a verb, "feedback")
# ends the phrase, so "your feedback about the bill" does not reach "bill".
_NOT_MODIFIER = (
    r"(?!(?:feedback|review|reviews|comments?|concerns?|words|time|patience|kind|honest|thoughtful|"
    r"soonest|earliest|convenience|experience|post|note|message|input|perspective|story|thoughts|"
    r"about|with|for|on|in|at|of|to|from|and|or|but|that|this|which|is|are|was|were|be|we|our|the|a|an)\b)"
)


def _noun(n: str) -> str:
    n = re.escape(n).replace(r"\ ", r"\s+").replace(r"\-", "-?")
    return n + r"(?:s|es)?"


_NOUN_ALT = "|".join(_noun(n) for n in sorted(set(_CARE_NOUNS), key=len, reverse=True))
_POSSESSIVE = r"(?:your|you're|ur|yer|y'all's)"

_EN_PATTERNS = [
    # your + (modifiers) + care noun
    rf"\b{_POSSESSIVE}\s+(?:{_NOT_MODIFIER}[$\w'’-]+(?:[.,][$\w'’-]+)*\s+){{0,3}}(?:{_NOUN_ALT})(?![\w-])",
    # first person / staff + care verb + you
    r"\b(?:we|i|our\s+(?:team|staff|doctors?|nurses?|providers?|dentists?|hygienists?)|dr\.?\s+\w+|(?-i:[A-Z][a-z]+))"
    r"\s+(?:(?:have|has|had|always|really|all|both)\s+)?"
    r"(?:saw|seen|treated|examined|cared\s+for|took\s+care\s+of|helped|served|met|diagnosed|operated\s+on|"
    r"worked\s+(?:on|with)|checked|assessed|evaluated|billed|charged|scheduled|booked|called|emailed|texted|"
    r"admitted|discharged|referred|vaccinated|fitted)\s+(?:you|y'all)\b",
    r"\b(?:pleasure|privilege|honou?r|joy|treat|delight)\s+(?:of\s+|to\s+be\s+|it\s+was\s+to\s+be\s+)?"
    r"(?:caring\s+for|seeing|treating|meeting|working\s+with|having|helping|serving|being\s+part\s+of|"
    r"being\s+a\s+part\s+of|taking\s+care\s+of)\s+(?:you|your|y'all)\b",
    # the infinitive: "it was truly our pleasure to take care of you"
    r"\b(?:pleasure|privilege|honou?r|joy|treat|delight)\s+to\s+(?:take\s+care\s+of|care\s+for|treat|see|meet|help|serve|"
    r"work\s+with|look\s+after|be\s+part\s+of)\s+(?:you|your|y'all)\b",
    r"\b(?:love[sd]?|loving|enjoy(?:s|ed)?|miss(?:es|ed)?|appreciated?)\s+(?:working\s+with|seeing|treating|"
    r"caring\s+for|having|helping|meeting)\s+(?:you|y'all)\b",
    r"\bbeing\s+(?:a\s+)?part\s+of\s+your\b",
    r"\b(?:pleasure|privilege|honou?r|joy|delight|treat)\s+(?:it\s+was\s+)?(?:to\s+)?(?:have|having)\s+(?:you|y'all)\b",
    r"\bhave\s+(?:you|y'all)\s+(?:in|at)\s+(?:the|our)\s+(?:office|clinic|chair|practice)\b",
    r"\bsupport(?:ed|ing)?\s+(?:you|y'all)\s+(?:through|during)\b",
    r"\b(?:hope|trust|hoping)\s+(?:that\s+)?(?:the|your)\s+(?:[\w-]+\s+){0,2}(?:follow-?up|appointment|visit|procedure|"
    r"surgery|recovery|treatment|session|test|scan|referral|transfer)\s+(?:went|goes|is\s+going|will\s+go|was)\b",
    r"\b(?:we|i|our\s+(?:team|staff|providers?))\s+(?:could|were\s+able\s+to|got\s+to)\s+(?:help|support|treat|care\s+for|"
    r"assist|see)\s+(?:you|y'all)\b",
    r"\byou(?:'re|’re|\s+are)\s+(?:loving|enjoying|happy\s+with|pleased\s+with|thrilled\s+with|satisfied\s+with)\s+"
    r"(?:the|your)\s+(?:results?|outcome|new\s+[\w-]+)\b",
    r"\bwe\s+(?:can\s+)?see\s+(?:a|an|the|your)\s+(?:follow-?up|appointment|visit|booking|balance|claim|record|"
    r"referral|prescription|refill)\b",
    r"\b(?:before|after|while|when|for)\s+(?:treating|seeing|examining|caring\s+for|helping|serving)\s+(?:you|y'all)\b",
    r"\btried\s+(?:calling|to\s+call|to\s+reach|reaching|to\s+contact|contacting|emailing)\s+you\b",
    r"\b(?:a|our|one\s+of\s+our)\s+(?:loyal|valued|long-?time|longstanding|returning|regular|favou?rite|new)\s+"
    r"(?:patients?|clients?|members?)\b",
    r"(?<!\bif\s)\byou\s+(?:are|were|'re|’re|'ve\s+been|have\s+been)\s+(?:a|our|one\s+of\s+our)\s+(?:[\w-]+\s+)?(?:patients?|clients?)\b",
    r"\bpart\s+of\s+our\s+(?:practice\s+)?family\b",
    r"\b(?:thank\s+you|thanks)\s+for\s+(?:coming\s+in|coming\s+back|visiting\s+us|visiting|stopping\s+by|coming\s+to\s+see|"
    r"booking\s+(?:with\s+us|online)|giving\s+us\s+a\s+(?:try|chance|shot)|sticking\s+with\s+us|"
    r"letting\s+us\s+(?:care|treat|help|serve)|being\s+(?:a|our)\s+patient)\b",
    r"\b(?:glad|happy)\s+(?:that\s+)?you\s+(?:came|chose|found\s+us|visited|trusted)\b",
    # relationship statements
    r"\bwhen\s+you\s+(?:came|come|were|was|visited|stopped|checked)\s+(?:in|here|by|with\s+us|to\s+(?:see\s+)?us|our)\b",
    r"\b(?:since|when)\s+you\s+(?:joined|started|first\s+came|became)\b",
    r"\byour\s+(?:first|second|last|previous|recent)\s+(?:time|trip)\s+(?:with|to|here|at)\b",
    r"\b(?:during|throughout)\s+your\s+(?:time|stay)\s+(?:with|here)\b",
    r"\b(?:see|seeing)\s+(?:you|y'all)(?:\s+all)?\s+(?:again|next\s+time|soon|then|there|at|in|back|for|on)\b",
    r"\b(?:look(?:s|ing)?\s+forward\s+to|can'?t\s+wait\s+to|hope\s+to|excited\s+to)\s+(?:seeing|see|having|treating|"
    r"caring\s+for|welcoming)\s+(?:you|y'all)\b",
    r"\bnext\s+time\s+(?:you|you're|you\s+are|we\s+see\s+you)\b",
    # the practice's help for the reader: "we're so glad Dr. Nwachukwu was able to help"
    r"\b(?:glad|happy|pleased|grateful|thrilled|relieved)\s+(?:that\s+)?(?:dr\.?\s+[\w'’-]+|our\s+[\w-]+|we|the\s+team|"
    r"(?-i:[A-Z][a-z]+))\s+(?:was|were|could|has\s+been|have\s+been|got\s+to)\s+(?:able\s+to\s+)?(?:help|assist|get\s+you)\b",
    # someone of the reader's seen or treated: "she was seen the same day", "he was treated by Dr. Lee"
    r"\b(?:he|she|they|him|her|them)\s+(?:was|were|got|had\s+been|has\s+been)\s+(?:(?:already|promptly|immediately)\s+)?"
    r"(?:seen|treated|examined|triaged|prescribed|admitted|discharged|vaccinated|referred|diagnosed|checked\s+in|fitted)\b",
    # the reader coming back: "smoother for you next time", "ready for you both this fall", "we had to ask you
    # to come back in a second time"
    r"\b(?:for|with)\s+(?:you|y'all)(?:\s+(?:both|all|two))?\s+(?:next\s+time|again|this\s+(?:fall|spring|summer|"
    r"winter|autumn)|next\s+(?:week|month|year|visit|time))\b",
    r"\bready\s+for\s+(?:you|y'all)\s+(?:both|all|two)\b",
    r"\b(?:ask|asked|asking|have|had|make|made|making|get|got|bring|brought)\s+(?:you|y'all)\s+(?:to\s+)?"
    r"(?:come|return|wait|redo|repeat|drive|sit)\b",
    # a treatment working for the reader: "glad the newer medication is doing its job", "that part has been helpful"
    r"\b(?:glad|happy|pleased|thrilled|relieved|hope|hoping)\s+(?:that\s+)?(?:the|that|those|these)\s+"
    r"(?:(?!information\b|info\b|feedback\b|review\b|tips?\b|resources?\b|updates?\b|explanation\b|notes?\b|"
    r"message\b|reply\b|response\b|changes?\b|signs?\b|system\b|process\b|steps?\b|links?\b|guide\b)"
    r"[\w-]+\s+){1,3}?(?:is|are|has\s+been|have\s+been|was|were)\s+(?:really\s+|finally\s+|already\s+|still\s+)?"
    r"(?:working|helping|helpful|doing\s+(?:its|their)\s+job|making\s+a\s+difference|paying\s+off|kicking\s+in|"
    r"effective)\b(?!\s+(?:everyone|everybody|people|patients|families|folks|visitors|guests|us|our|staff|the\s+"
    r"(?:team|staff|office|front|whole)))",
    # ... or did what it was for: "glad the surgery did what it was meant to do", "the recovery was rocky"
    r"\b(?:the|your|that|this)\s+(?:[\w-]+\s+)?(?:surgery|procedure|treatment|medication|medicine|injection|shot|therapy|"
    r"implant|repair|operation|infusion|session|adjustment|filler|botox|laser|crown|filling|cast|brace)\s+"
    r"(?:did|has\s+done|worked)\s+(?:what\s+it\s+(?:was|is)\s+(?:meant|supposed|designed)\s+to|its\s+job|the\s+trick|"
    r"wonders|its\s+magic)\b",
    r"\b(?:the|your|his|her)\s+recovery\s+(?:was|has\s+been|went|felt|turned\s+out)\b",
    # the office's contact history with the reader: "returned each of your messages"
    r"\b(?:returned|answered|received|got|missed|lost|responded\s+to|listened\s+to|logged)\s+(?:each|all|every\s+one|both|"
    r"most|some|none)?\s*(?:of\s+)?your\s+(?:calls|messages|voicemails|emails|texts|portal\s+messages)\b",
    # the practice wrote or handled the reader's document: "the staff member who wrote your note"
    r"\b(?:wrote|written|signed|sent|faxed|filled\s+out|completed|issued|prepared|drafted|typed)\s+(?:up\s+)?your\s+"
    r"(?:[\w-]+\s+)?(?:note|letter|form|forms|paperwork|excuse|certificate|clearance|referral)\b",
    # someone's face pointed at: "we love seeing that smile every month"
    r"\b(?:see|seeing|saw|love|loved|miss)\s+(?:that|this|those)\s+(?:big\s+|beautiful\s+|bright\s+|new\s+|sweet\s+|"
    r"gorgeous\s+|happy\s+)?(?:smiles?|grins?|face|faces)\b",
    # remembering or having met the reader: "it was lovely to see you", "I remember checking you in"
    r"\b(?:lovely|nice|great|wonderful|good|fun|so\s+nice|a\s+treat)\s+to\s+(?:see|meet|have|treat|care\s+for|work\s+with|"
    r"chat\s+with|catch\s+up\s+with|finally\s+meet)\s+(?:you|y'all|your)\b",
    r"\b(?:i|we)\s+(?:all\s+|both\s+|still\s+|definitely\s+)?(?:remember|recall|recogni[sz]ed?)\s+(?:you|your|y'all|him|her|them|"
    r"seeing|meeting|checking|treating|talking|speaking)\b",
    r"\b(?:check(?:ed|ing)?|sign(?:ed|ing)?)\s+(?:you|y'all|him|her|them)\s+in\b",
    # seeing the reader or their family again: "we'll see both kids at their checkups"
    r"\b(?:we['’]ll|we\s+will|we\s+can['’]?t\s+wait\s+to|we\s+look\s+forward\s+to|we\s+hope\s+to)\s+"
    r"(?:see(?:ing)?|welcom(?:e|ing)|treat(?:ing)?|car(?:e|ing)\s+for)\s+(?:you|both|all|them|him|her|your|the\s+(?:kids|children|"
    r"twins|boys|girls|family|little\s+ones?))\b",
    r"\bnext\s+time,\s+(?:please\s+|just\s+)?(?:you|call|ask|let\s+us|bring|come|make\s+sure|remember|feel\s+free|"
    r"don'?t|do\s+not|try|book|mention|tell)\b",
    r"\b(?:welcome\s+back|welcome\s+to\s+(?:our|the)\s+(?:practice|family|clinic|office))\b",
    r"\bback\s+in\s+(?:the\s+)?(?:chair|office|clinic)\b",
    r"\bas\s+your\s+(?:[\w-]+\s+){0,2}(?:dentist|doctor|provider|physician|pediatrician|therapist|clinic|practice|"
    r"office|home|team|surgeon|chiropractor|dermatologist|optometrist|care\s+team|medical\s+home|dental\s+home)\b",
    r"\bchoos(?:e|ing)\s+us\b",
    # the practice failing, helping or steering the reader's own care: "we let you down", "get things back on track
    # for you", "switching you to a nasal-pillow mask", "a cushion was ordered for you", "good progress"
    r"\b(?:we|i|our\s+(?:team|staff|office|practice|providers?))\s+(?:really\s+|truly\s+|clearly\s+)?let\s+you\s+down\b",
    r"\b(?:get|getting|put|putting)\s+(?:things|everything|it|you)\s+back\s+on\s+track\b",
    r"\b(?:keep|continue|go\s+on)\s+(?:working|to\s+work|caring|to\s+care)\s+(?:with|for)\s+(?:you|him|her|them)\b",
    # fitting the reader in, having them in, choosing to come, a medicine not agreeing with them, their call missed
    r"\b(?:squeeze|squeezed|squeezing|fit|fitting|work|worked|working|get|got|getting)\s+(?:you|y'all)\s+in\b"
    r"(?!\s+touch\b)",
    r"\bhaving\s+(?:you|y'all)\s+(?:in|at|here|with\s+us)\b",
    r"\b(?:you|for)\s+choos(?:e|ing)\s+to\s+(?:come|return|visit|see|trust|stay)\b",
    r"\b(?:medication|medicine|treatment|dose|prescription|pill|pills|shot|injection|anesthesia|sedation|numbing)\s+"
    r"(?:didn['’]t|did\s+not|doesn['’]t|does\s+not|wasn['’]t|was\s+not)\s+(?:agree|sit\s+well|work)\s+(?:with|for)\s+(?:you|him|her)\b",
    r"\byour\s+(?:calls?|messages?|voicemails?|emails?|requests?)\s+(?:went|was|were|got|had\s+been)\s+(?:unanswered|"
    r"unreturned|ignored|missed|dropped|lost|overlooked|forgotten)\b",
    # how our people behaved toward the reader: "our front desk was rude to you"
    r"\b(?:our|the)\s+(?:[\w-]+\s+)?(?:front\s+desk|staff|team|receptionists?|nurses?|doctors?|providers?|hygienists?|"
    r"technicians?|techs?|assistants?|MA|scheduler|billing\s+(?:office|team)|manager)\s+(?:was|were|seemed|came\s+across\s+as)\s+"
    r"(?:\w+\s+)?(?:rude|short|dismissive|unkind|unprofessional|curt|impatient|abrupt|condescending|disrespectful|cold|"
    r"unhelpful|harsh|kind|helpful|lovely|great|wonderful|gentle|patient)\s+(?:to|with|toward|towards)\s+(?:you|him|her)\b",
    r"\b(?:sorry|apologi[sz]e)\b[^.!?]{0,30}\bour\s+(?:text|call|letter|email|reminder|voicemail|bill|statement|message|"
    r"notice)\s+(?:made|caused|went|was|came|reached|arrived|upset|embarrassed|ended\s+up)\b",
    r"\b(?:ordered|scheduled|booked|prescribed|arranged|reserved|dispensed|shipped|mailed|set\s+aside|held)\s+for\s+you\b",
    r"\b(?:switch|switching|switched|move|moving|moved|transition(?:ing)?|start|starting|started|put|putting)\s+you\s+"
    r"(?:to|on|onto|over\s+to|back\s+on)\b(?!\s+(?:hold|the\s+(?:line|phone)|speaker|our\s+(?:mailing|email)\s+list)\b)",
    r"(?<!made\s)(?<!making\s)(?<!make\s)(?<!seen\s)(?<!some\s)(?<!shown\s)\b(?:your|his|her|their|such|good|great|steady|"
    r"real|excellent|wonderful|amazing|solid|nice|tremendous|incredible)\s+progress\b(?!\s+(?:on|in|with|toward|towards)\s+"
    r"(?:our|the|hold|wait|phone|billing|scheduling|this)\b)",
    r"\byour\s+(?:patience|loyalty|trust|understanding|support)\s+(?:with\s+us\s+)?(?:these|over\s+the|for\s+the|during\s+the|"
    r"through\s+the|in\s+the)\s+(?:past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:weeks|months|years)\b",
    # a long relationship or the reader's home: "so many years of trust in our practice", "write to you at home"
    r"\b(?:your|for\s+(?:so\s+many|all\s+(?:these|those|the)|the\s+many|many))\s+(?:years|decades)\s+of\s+(?:trust|loyalty|"
    r"friendship|visits|being\s+(?:with|part\s+of))\b",
    r"\b(?:write|mail|send|post|call|phone|visit|reach)\w*\s+(?:to\s+|it\s+to\s+)?(?:you|him|her|them)\s+at\s+"
    r"(?:your\s+|his\s+|her\s+|their\s+)?(?:home|house|work|the\s+house)\b",
    r"\b(?:keep|continue|go\s+on)\w*\s+\w+ing\b[^.!?]{0,40}\bon\s+(?:your|his|her|their)\s+behalf\b",
    # ... unless what was entrusted is the review itself: "thank you for trusting us with this feedback"
    r"\b(?:thank\s+you|thanks)\s+for\s+(?:trusting|choosing)\s+(?:us|our)\b(?!\s+with\s+(?:this|these|that|your|such|"
    r"the|so\s+many)\s+(?:[\w-]+\s+){0,2}?(?:feedback|words|review|comments?|thoughts|note|message|reflections?|"
    r"concerns?|perspective|honesty|candou?r)\b)",
    r"\bon\s+file\b",
    r"\bin\s+our\s+(?:records|files|charts?|database)\b",
    r"\bwe\s+(?:have|had)\s+your\s+(?:email|number|phone|address|information|info|details)\b",
    r"\byou\s+(?:signed|paid|arrived|received|were\s+(?:given|seen|treated|prescribed|triaged|examined|billed|charged|"
    r"discharged|admitted)|had\s+(?:your|an?\s+(?:appointment|visit|procedure|exam)))\b",
    # record look-ups, even to deny
    r"\b(?:our|the|his|her|dr\.?\s+\w+'s)\s+(?:[\w-]+\s+){0,2}?(?:records?|notes|charts?|logs?|files?)\s+(?:show|shows|showed|indicate|"
    r"indicates|reflect|reflects|confirm|confirms)\b",
    r"\b(?:we|i)(?:\s+have|['’]ve|\s+had|['’]d)?\s+(?:(?:already|carefully|personally|also)\s+)?(?:checked|reviewed|"
    r"looked\s+(?:at|into|through|up)|searched|pulled|went\s+through|consulted|listened\s+to|watched|audited)\s+"
    r"(?:our|the|your)\s+(?:[\w-]+\s+){0,2}(?:records?|logs?|files?|system|charts?|notes|schedule|database|calendar|"
    r"phone\s+logs?|call\s+logs?|account|history|recordings?|voicemails?|footage|sign-?in\s+(?:sheets?|logs?)|"
    r"messages?|emails?|calls?|documentation|visit|appointment)\b",
    r"\b(?:we|i)\s+(?:do\s*n[o']t|don't|did\s*n[o']t|didn't|can'?t|cannot|could\s*n[o']t|couldn't|were\s+unable\s+to)\s+"
    r"(?:see|find|locate)\s+(?:any|a|an|your|the|that)?\s*(?:[\w-]+\s+){0,3}?(?:record|booking|appointment|visit|"
    r"account|calls?|messages?|chart|file|reservation)s?\b",
    r"\bno\s+record\s+of\s+(?:you|your|a\s+visit|an?\s+appointment|any)\b",
    r"\bunder\s+your\s+name\b",
    r"\bfrom\s+your\s+(?:number|phone|email|account)\b",
    # any record search, with any verb: "we've gone back through our phone logs", "after pulling up our call
    # history", "a review of our notes", "our logs were checked"
    r"\b(?:check|review|look|search|pull|go|goes|went|gone|going|comb|dig|dug|scan|read|audit|trace|tracing|examin|"
    r"investigat|consult|verif|double-?check|cross-?check|sift|scour|pore|pored)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:records?|logs?|files?|charts?|notes|database|call\s+history|"
    r"phone\s+history|sign-?in\s+(?:sheets?|logs?)|documentation|appointment\s+history|"
    r"visit\s+history|billing\s+history|account\s+history)(?![\w-])(?!\s+(?:department|team|request|office|staff|desk|"
    r"policy|process|forms?|portal|page|line|fee|fees|specialist|clerk)\b)",
    r"\b(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:records?|logs?|files?|charts?|notes|database|call\s+history)\s+"
    r"(?:were|was|have\s+been|has\s+been)\s+(?:carefully\s+|fully\s+)?"
    r"(?:checked|reviewed|searched|pulled|audited|examined|looked\s+(?:at|into|over|through)|gone\s+(?:over|through))\b",
    # the reviewer on the practice's schedule: "we have you down for", "you're booked for", "we've got you pencilled in"
    r"\b(?:we|i)\s*(?:'ve|’ve|\s+have|\s+had|\s+still\s+have|\s+now\s+have)?\s+(?:got\s+)?(?:you|y'all|him|her|them)\s+"
    r"(?:down|scheduled|booked|penciled\s+in|pencilled\s+in|listed|set\s+up|on\s+(?:the|our)\s+(?:list|schedule|books|"
    r"calendar|wait-?list))\b",
    r"\byou(?:'re|’re|\s+are)\s+(?:now\s+|all\s+|still\s+)?(?:scheduled|booked|down|penciled\s+in|pencilled\s+in|set|"
    r"confirmed|on\s+(?:the|our)\s+(?:list|schedule|books|calendar|wait-?list))\s+(?:for|on|with)\b",
    # third parties reporting on the reviewer's items: "the lab called to say", "the insurer confirmed"
    r"\b(?:the|our)\s+(?:[\w-]+\s+)?(?:lab|laboratory|pharmacy|insurer|insurance\s+company|carrier|specialist|"
    r"radiolog(?:y|ist)|patholog(?:y|ist)|imaging\s+cent(?:er|re)|manufacturer|surgeon|referral\s+office)\s+"
    r"(?:has\s+|have\s+|just\s+)?(?:called|phoned|emailed|faxed|texted|confirmed|reported|let\s+us\s+know|told\s+us|"
    r"got\s+back\s+to\s+us|sent\s+(?:over|back|us)|approved|denied|said)\b",
    # the reviewer's items ready or back: "the replacement lenses are ready for pickup", "your results are back"
    r"\b(?:the|your|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:lenses|glasses|frames|contacts|crowns?|dentures?|aligners?|"
    r"retainers?|night\s*guards?|results?|labs?|biopsy|prescriptions?|refills?|orthotics?|insoles|hearing\s+aids?|"
    r"braces?|splints?|boots?|reports?|x-?rays?|images|scans|referrals?|authori[sz]ations?|order|implants?|"
    r"paperwork|records)\s+(?:is|are|has\s+been|have\s+been|came|come)\s+(?:now\s+|finally\s+|all\s+)?"
    r"(?:ready|back|in(?=\s*[.!,;])|done|finished|approved|completed|available\s+for\s+pick-?up)\b",
    # outcome statements that presuppose care: "happy with how things healed", "glad the new brace is helping"
    # (shared with ECHO_PHI: lexicon.OUTCOME_RE / ES_WELLBEING_RE)
    # watching someone's progress: "she loves seeing how big the boys are getting", "we love seeing him grow"
    r"\b(?:love[sd]?|loving|enjoy(?:s|ed)?|miss(?:es|ed)?)\s+(?:seeing|watching|hearing)\s+(?:him|her|them|how\s+"
    r"(?:big|tall|much|well|fast)|(?:the|your)\s+(?:[\w-]+\s+)?(?:boys|girls|twins|kids|little\s+ones?|family|progress))\b",
    r"\b(?:give|send)\s+(?:[\w-]+\s+){1,4}?(?:a\s+(?:big\s+)?)?(?:high[\s-]?fives?|hugs?|fist[\s-]?bumps?)\b",
    # a particular event of the reader's pointed at: "each of those visits", "sorry that phone call went the way it
    # did" (not "we aim to return those calls", "make that first call easy", "what happens at that appointment")
    r"\b(?:of|at|during|after|before|from|in)\s+those\s+(?:(?:first|last|same|earlier|recent|particular|two|"
    r"three|four|few|several|other|previous)\s+)?(?:visits|appointments|appts|(?:phone\s+)?calls|exams|consults|"
    r"consultations|sessions|voicemails|procedures|treatments|surgeries|check-?ups|cleanings|infusions|injections)\b",
    r"\bthat\s+(?:(?:first|last|same|earlier|particular)\s+)?(?:visit|appointment|appt|(?:phone\s+)?call|exam|consult|"
    r"consultation|session|voicemail|procedure|treatment|surgery|check-?up|cleaning|infusion|injection)\s+(?:went|was|"
    r"happened|left|ended|turned\s+out|didn['’]t|did\s+not|wasn['’]t|felt|got|made)\b",
    # time spent with the reader: "Dr. Brightwater always enjoys her time with you"
    r"\b(?:enjoy|enjoys|enjoyed|enjoying|love|loves|loved|cherish\w*|treasure\w*|value[sd]?|miss(?:es|ed)?)\s+"
    r"(?:(?:her|his|their|our|the|every\s+minute\s+of\s+(?:her|his|their|our))\s+)?(?:time|visits|chats|conversations|talks)"
    r"\s+with\s+(?:you|y'all|him|her|them|your)\b",
    r"\b(?:to\s+have|having)\s+in\s+(?:the|our)\s+(?:office|clinic|chair|practice)\b",
    # the reader restored: "feeling like yourself again", "back to your old self"
    r"\b(?:feel(?:s|ing)?|felt)\s+(?:more\s+|much\s+more\s+)?like\s+(?:yourself|your\s+old\s+self|himself|herself|"
    r"his\s+old\s+self|her\s+old\s+self)\s+again\b|\bback\s+to\s+(?:your|his|her|their)\s+(?:old\s+|usual\s+|"
    r"normal\s+)?sel(?:f|ves)\b",
    # the outcome welcomed: "so glad everything went well", "happy it all worked out"
    r"\b(?:glad|happy|pleased|thrilled|relieved|delighted)\b[^.!?]{0,40}?\b(?:everything|it\s+all|all|things|it)\s+"
    r"(?:went|turned\s+out|worked\s+out|came\s+out|ended\s+up|has\s+gone|is\s+going)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:well|fine|okay|ok|great|alright|all\s+right|smoothly|beautifully|perfectly)\b",
    # the reader's time with the practice or its people: "the start with us", "getting to know you", "the scheduler
    # you spoke with", "another chance to get things right for you", "embarrassment you felt in our waiting room"
    r"\b(?:the|your)\s+(?:start|beginning|first\s+(?:visit|day|week|weeks|month|months|few\s+\w+))\s+with\s+us\b|"
    r"\byour\s+(?:time|stay|experience)\s+with\s+us\b",
    r"\b(?:enjoy\w*|love[sd]?|loving|pleasure|privilege|joy|treat|delight)\s+(?:of\s+)?getting\s+to\s+know\s+"
    r"(?:you|y'all|him|her|them|your)\b",
    r"\b(?:the|our)\s+(?:[\w-]+\s+)?(?:scheduler|receptionist|nurse|doctor|staff\s+member|person|team\s+member|provider|"
    r"technician|tech|hygienist|assistant|representative|rep|biller|clinician|therapist|surgeon|dentist|manager|"
    r"coordinator)\s+(?:(?:who|that)\s+)?(?:you\s+(?:spoke|talked|dealt|met|saw|worked|were\s+seen)|(?:who|that)\s+"
    r"(?:saw|treated|helped|examined|served|checked\s+in|spoke\s+(?:with|to)|called)\s+(?:you|him|her|them))\b",
    r"\b(?:another|a\s+second)\s+(?:chance|opportunity)\s+to\s+(?:get|make|earn|do|treat|care|see|serve|show|take\s+care)\b",
    r"\byou\s+(?:felt|were|was|sat|waited|had\s+to\s+(?:wait|sit)|spent|experienced|went\s+through)\b[^.!?]{0,40}?\b"
    r"(?:in|at)\s+(?:the|our)\s+(?:exam|waiting|treatment|procedure|recovery|infusion|consult(?:ation)?|operating)\s+"
    r"(?:rooms?|area|chairs?|bay)\b",
    r"\b(?:sorry|apologi[sz]e|regret)\b[^.!?]{0,25}\bthe\s+(?:day|morning|afternoon|evening)\s+(?:didn['’]t|did\s+not|"
    r"went|was|wasn['’]t|turned\s+out)\b",
    r"\b(?:keep|continue|go\s+on)\w*\s+(?:to\s+)?(?:support(?:ing)?|help(?:ing)?|see(?:ing)?|treat(?:ing)?|car(?:e|ing)\s+for)\s+"
    r"(?:you|y'all)\b",
    r"\b(?:remembers?|remembered|recalls?|recalled)\s+(?:speaking|talking|meeting|seeing|treating|checking|helping|you|y'all)\b",
    # the practice about to contact the reader, so it knows who they are: "Dr. Hargrove's nurse will be reaching out
    # to you directly", "our billing lead will call you this afternoon" (not "she will call you back" after the
    # reader calls)
    r"\b(?:will|'ll|’ll|is\s+going\s+to|are\s+going\s+to)\s+(?:be\s+)?(?:reach(?:ing)?\s+out\s+to|call(?:ing)?|"
    r"contact(?:ing)?|phon(?:e|ing)|email(?:ing)?|text(?:ing)?)\s+(?:you|y'all)\b(?!\s+back\b)",
    # shared moments and returned affection: "a moment our whole team celebrates with you", "Pam says the feeling is
    # mutual", "thank you for bearing with us through two trips in"
    r"\bcelebrat(?:e|es|ed|ing)\s+(?:(?:it|this|that)\s+)?with\s+(?:you|y'all)\b|\bthe\s+feeling\s+is\s+(?:so\s+|very\s+)?mutual\b|"
    r"\b(?:bear(?:ing)?|bore|put(?:ting)?\s+up)\s+with\s+us\s+through\b",
    # regards to a named family member of the reviewer
    r"\b(?:give|send|pass)\s+(?:your|our)\s+(?:[\w-]+\s+)?(?:mother|mom|father|dad|son|daughter|husband|wife|"
    r"partner|family|grandma|grandpa|grandson|granddaughter|kids|children|little\s+one)\b",
    r"\b(?:say\s+hi|hello|regards|our\s+best)\s+to\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:mother|mom|father|dad|son|"
    r"daughter|husband|wife|partner|family|kids|children|little\s+one)\b",
]

_ES_NOUNS = (
    "cita", "visita", "tratamiento", "procedimiento", "cirug[ií]a", "consulta", "expediente", "historial",
    "cuenta", "saldo", "factura", "resultados?", "receta", "diagn[oó]stico", "limpieza", "terapia",
    "medicamentos?", "examen", "ex[aá]menes", "seguro", "plan", "rodilla", "diente", "dientes", "hijo", "hija",
    "esposo", "esposa", "madre", "padre", "beb[eé]", "recuperaci[oó]n", "dolor", "pago", "copago",
    r"abuel\w*", r"herman[oa]s?", r"niet[oa]s?", r"hij[oa]s", r"niñ[oa]s?", r"mam[aá]", r"pap[aá]",
)
_ES_PATTERNS = [
    rf"\bsus?\s+(?:[\w]+\s+)?(?:{'|'.join(_ES_NOUNS)})\b",
    r"\b(?:lo|la|los|las|le|les)\s+(?:atendimos|atendí|atendi|vimos|tratamos|examinamos|operamos|recibimos|"
    r"atendieron|vio|trató|trato)\b",
    r"\b(?:lo|la|los|las|le|les)\s+(?:hayamos|hemos|hab[ií]amos|han|haya|hubi[eé]ramos)\s+(?:atendido|tratado|visto|recibido|"
    r"operado|examinado|cobrado|llamado)\b",
    r"\b(?:nos\s+vemos|hasta\s+(?:la\s+pr[oó]xima|pronto))\b",
    r"\b(?:cuando|desde\s+que)\s+(?:usted\s+)?(?:vino|visit[oó]|lleg[oó]|empez[oó])\b",
    r"\brevisamos\s+(?:nuestros|sus|los)\s+(?:registros|expedientes|archivos)\b",
    # someone's face pointed at: "nos encanta ver esa sonrisa cada mes"
    r"\b(?:ver|vemos|verle|verla|verlo)\s+(?:esa|esta)\s+(?:gran\s+|linda\s+|hermosa\s+|bella\s+)?(?:sonrisa|carita|cara)\b",
    # the reader's record: "en el expediente solo aparece", "según nuestros registros"
    r"\b(?:en\s+(?:el|su)|seg[uú]n\s+(?:el|su|nuestros?|los))\s+(?:expediente|historial|registros?|archivos?)\b|"
    r"\b(?:en\s+su|seg[uú]n\s+(?:nuestro|el))\s+sistema\b",
    r"\bsentimos\s+lo\s+ocurrido\s+con\s+su\b",
    # the staff who saw the reader, the reader leaving the clinic, having them here: "la recepcionista que les atendió",
    # "que se fueran de la clínica", "siempre es un gusto tenerla por aquí"
    r"\bque\s+(?:le|les|lo|la|los|las)\s+(?:atendi[oó]|atendieron|recibi[oó]|recibieron|vio|vieron|llam[oó]|trat[oó])\b",
    r"\b(?:se\s+(?:fue|fueron|fuera|fueran)|sali[oó]|salieron|saliera|salieran)\s+de\s+(?:la|nuestra|nuestro|el)\s+"
    r"(?:cl[ií]nica|consulta|consultorio|oficina)\b",
    r"(?<!ser[aá]\sun\s)(?<!ser[ií]a\sun\s)\b(?:gusto|placer|alegr[ií]a|honor)\s+(?:de\s+)?(?:tenerl[oae]s?|verl[oae]s?|"
    r"atenderl[oae]s?|recibirl[oae]s?)\b(?!\s+por\s+tel[eé]fono)",
    # the outcome welcomed: "nos alegra saber que todo salió bien"
    r"\btodo\s+(?:sali[oó]|haya\s+salido|ha\s+salido|result[oó]|termin[oó]|va)\s+(?:muy\s+|tan\s+)?bien\b",
]

_CONFIRMS_RE = re.compile("|".join(f"(?:{p})" for p in _EN_PATTERNS + _ES_PATTERNS), re.IGNORECASE)

# Figures of speech with "your" + a body part that say nothing about care ("we've got your back", "put a smile on
# your face"). A match inside one of these is dropped. Data: extend by adding rows.
_IDIOMS_RE = re.compile(
    r"\b(?:got|have|has|had|having)\s+your\s+backs?\b|\bbehind\s+your\s+back\b|\bin\s+your\s+hands\b|"
    r"\bput\s+your\s+finger\s+on\b|"
    r"\b(?:smile|smiles)\s+(?:on|to)\s+your\s+faces?\b|\bin\s+your\s+shoes\b|\byour\s+heart['’]?s\s+content\b|"
    r"\bof\s+your\s+heart\b|\bcatch(?:es)?\s+your\s+eye\b|\bin\s+your\s+eyes\b|\bon\s+your\s+mind\b|"
    r"\bon\s+your\s+(?:own\s+)?feet\s+(?:in|at)\s+the\s+(?:lobby|door)\b|\bat\s+your\s+fingertips\b|"
    r"\byour\s+(?:hands?|arms?)\s+(?:are\s+)?full\b|\blend\s+(?:us\s+)?your\s+ears?\b|"
    r"\ba\s+sus\s+[oó]rdenes\b|\ba\s+la\s+orden\b",
    re.IGNORECASE,
)


# "will call you" after the reader is told how to reach the practice first ("please leave a message and our manager
# will call you within one business day") answers the reader's own call.
_CALL_BACK_RE = re.compile(r"(?:will|'ll|’ll|is\s+going\s+to|are\s+going\s+to)\s", re.IGNORECASE)
_READER_CALLS_FIRST_RE = re.compile(
    r"\b(?:leave|leaves|left)\s+(?:us\s+)?(?:a|your)\s+(?:message|voicemail|number)|\bif\s+you\s+(?:call|write|email|text|"
    r"reach\s+out|contact)|\bwhen\s+you\s+(?:call|write|email)|\b(?:call|email|text|write\s+to)\s+us\b",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE_RE = re.compile(
    rf"\b(?:{_POSSESSIVE}|su|sus)\s+(?:{_NOT_MODIFIER}[$\w'’.,-]+\s+){{0,2}}$", re.IGNORECASE
)


def check(ctx: CheckContext) -> list:
    """Findings for every phrase that implies a patient relationship."""
    text = ctx.text
    out = []
    idioms = [(m.start(), m.end()) for m in _IDIOMS_RE.finditer(text)]
    for m in (*_CONFIRMS_RE.finditer(text), *OUTCOME_RE.finditer(text), *ES_WELLBEING_RE.finditer(text)):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in idioms):
            continue
        if _CALL_BACK_RE.match(m.group()) and _READER_CALLS_FIRST_RE.search(text[max(0, m.start() - 120) : m.start()]):
            continue  # "leave a message and our manager will call you within a day": answering the reader's call
        out.append(finding(CONFIRMS_PATIENT, m.start(), m.end(), message(CONFIRMS_PATIENT, "relationship wording")))
    # "your <health term>": any condition, procedure or drug the detector finds in the draft, owned by "you".
    for f in ctx.draft.phi:
        if f.entity_type != HEALTH:
            continue
        m = _POSSESSIVE_BEFORE_RE.search(text[max(0, f.start - 60) : f.start])
        if m:
            start = f.start - (len(text[max(0, f.start - 60) : f.start]) - m.start())
            if any(s <= start < e or s < f.end <= e for s, e in idioms):
                continue
            out.append(finding(CONFIRMS_PATIENT, start, f.end, message(CONFIRMS_PATIENT, "a health term owned by the reader")))
    return out
