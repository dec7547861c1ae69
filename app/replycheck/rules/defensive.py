"""DEFENSIVE: arguing with, blaming or contradicting the reviewer.

What it catches, and why: a public argument escalates the complaint and, when it cites records, policy or what
the reviewer did, discloses the relationship and details of the visit. Patterns:

* contradiction: "that's not what happened", "this is not accurate", "contrary to your claim", "misinformation",
  "we have never had ...", "we did nothing wrong", "was correct", an apology or acknowledgement followed by
  ", but we/our/the ..." ("We understand your frustration, but ...");
* blame: "you were late", "you arrived at 6:05", "you failed to", "you signed", "at your own request", "you
  were told/informed";
* citing policy, records or standards against the reviewer: "per our policy", "under our financial policy", a
  policy, fee or process stated as settled fact ("the cancellation policy is posted at check-in and applies to
  everyone"; not a change, "our fees are now posted", or an aim, "our process should be clearer"),
  "our records show", "as explained in", "followed protocol / guidelines / the standard of care", "is standard
  practice", "the charge is correct", "the fee stands", "board-certified";
* shifting blame: "was never completed", "not our fault";
* rebuking the reviewer for posting: "rather than posting online", "false accusations";
* the clinical norm held up against the complaint: "are routinely done with local anesthetic only";
* explaining the complaint away: "to explain how our lobby works:", "for context,", "to be fair to our surgeons",
  "seen in order of clinical urgency", "outside our (or anyone's) control", "is clearly posted", "the sign is
  accurate", "we don't make exceptions", "a plan we stand behind", "please understand that",
  "keep in mind that", "was correctly billed", "there was no error", "unfortunately, the insurer determines",
  "sometimes emergencies happen", "we follow strict protocols", "that is not how we operate", "most patients
  find ...", the non-apology "we're sorry you feel that way", "we'd gently point out that", "a policy signed by
  every patient", a notice held up ("exactly as our voicemail greeting explains"), "there's really nothing we can
  do", a review dismissed ("reviews like this don't reflect ..."), and Spanish "queremos aclarar", "lamentamos ...,
  pero";
* polite and indirect argument: "we'd respectfully disagree", "we see this differently", "hard to believe", "not sure
  how this could have happened", "the review doesn't tell the whole story", readers addressed over the reviewer's
  head ("just so readers know", "we'd encourage reviewers to get the full picture"), "we're confident nothing was
  shared", a policy applied to the letter, "when used as directed", "in our experience it is extremely reliable",
  "had anyone told us", "we do try to run on time when everyone arrives on time", "we return every call", "what
  might have looked like ... was actually", Spanish "con todo respeto", "no es así como trabajamos";
* notices and rules held up as settled: "our hours are posted clearly", "every fee is listed in the financial
  agreement", "seen when clinically appropriate", "the cancellation policy is posted at check-in and applies to
  everyone" (not when the sentence states an aim, a change or an apology: "we're making sure fees are explained
  clearly", "our fees are now posted");
* the shape of a rebuttal: a reply to a complaint (three stars or fewer) that neither thanks, apologises,
  empathises, values the feedback, states an aim or a change nor offers a way to talk, only statements about the
  practice (no safe reply in the labelled sets has this shape).
"""

from __future__ import annotations

import bisect
import re

from app.replycheck.context import CheckContext, finding, offers_contact, sentences
from app.replycheck.rules import DEFENSIVE, message

_PATTERNS = [
    # rebuking the reviewer for posting: "raise them with us directly rather than posting accusations online"
    r"\b(?:rather\s+than|instead\s+of)\s+(?:(?:a|an)\s+(?:public|online|negative)\s+(?:review|post)|posting|writing|leaving|airing|publishing|going\s+(?:online|public)|"
    r"taking\s+(?:it|this|them)\s+(?:online|public|to\s+\w+))\b",
    r"\b(?:false|unfounded|baseless|untrue|public)\s+accusations?\b|\bposting\s+accusations?\b",
    r"\b(?:call|contact|talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to)\s+us\s+(?:first\s+)?before\s+(?:posting|writing|"
    r"leaving|going\s+online|going\s+public)\b",
    # the review dismissed: "reviews like this don't reflect the hard work our team puts in"
    r"\b(?:reviews?|comments?|posts?|feedback|complaints?)\s+like\s+(?:this|these|yours)\s+(?:don['’]?t|do\s+not|doesn['’]?t|"
    r"does\s+not|never|rarely|hardly)\s+(?:reflect|represent|capture|tell|show)\b",
    # the clinical norm held up against the complaint: "are routinely done with local anesthetic only"
    r"\b(?:are|is)\s+(?:routinely|commonly|typically|usually|normally|generally|always)\s+(?:done|performed|given|"
    r"prescribed|recommended)\s+(?:with|under|without|using|in\s+(?:the\s+)?office|by)\b",
    # the patient's own effort blamed: "repeated the test because his first efforts didn't meet quality standards"
    r"\bbecause\s+(?:his|her|your|their)\s+(?:first\s+|own\s+|initial\s+|earlier\s+)?(?:efforts?|attempts?|breath(?:ing)?|"
    r"technique|sample|specimen|prep|preparation|blowing|readings?|answers?|results?|paperwork|forms?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:didn'?t|did\s+not|wasn'?t|weren'?t|was\s+not|were\s+not|failed|couldn'?t|could\s+not)\b",
    # contradiction
    r"\b(?:that|this|it)(?:'s|’s|\s+is|\s+was)\s+(?:simply\s+|just\s+)?(?:not|n't)\s+(?:what\s+happened|true|accurate|correct|"
    r"the\s+case|how\s+it\s+happened|fair)\b",
    r"\b(?:that|this|it)(?:'s|’s|\s+is|\s+was)\s+(?:simply\s+)?(?:false|untrue|inaccurate|incorrect|misleading|"
    r"a\s+lie|exaggerated)\b",
    r"\bcontrary\s+to\s+(?:your|what|the\s+review)\b",
    r"\bmisinformation\b|\bset\s+the\s+record\s+straight\b|\bfor\s+the\s+record\b|\bthe\s+(?:truth|facts?)\s+(?:is|are)\b",
    r"\b(?:you(?:'re|\s+are)|your\s+(?:claim|review|account|statement)\s+is)\s+(?:wrong|mistaken|incorrect|confused)\b",
    r"\bwe\s+(?:have\s+|had\s+|would\s+|'d\s+|’d\s+)?never\s+(?!stop|forget|want|wish|intend|give\s+up|tire|ask|hesitate|"
    r"turn\s+away|share|post|discuss)\w+",
    r"\b(?:we|our\s+\w+|the\s+\w+)\s+(?:did|do|does|were|was|are|is)\s*(?:n[o']t|not)\s+(?:do\s+anything\s+wrong|at\s+fault|"
    r"responsible|to\s+blame|negligent|rude|wrong)\b",
    r"\bdid\s+nothing\s+wrong\b|\bnot\s+(?:our|the\s+(?:practice|office|clinic)'?s?)\s+fault\b",
    r"\b(?:was|were)\s+(?:entirely\s+|completely\s+|perfectly\s+)?(?:correct|justified|warranted|in\s+the\s+right)\b",
    r"\b(?:sorry|apologi[sz]e|understand|hear\s+you|appreciate)\b[^.!?]{0,80},?\s+but\s+"
    r"(?!(?:we(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+want|\s+hope|\s+really|'re\s+(?:committed|working|glad|happy|here)|"
    r"\s+are\s+(?:committed|working|here))|i(?:'d|’d|\s+would|\s+want|'m\s+glad)|please|feel|rest|do|know|also|mostly|"
    r"more|most|especially|above)\b)\w+",
    # blame
    r"\byou\s+(?:were|was|arrived|showed\s+up|came\s+in|got\s+here)\s+(?:\w+\s+)?(?:late|early|after|at\s+\d)",
    r"\byou\s+arrived\b",
    r"\byou\s+(?:failed|neglected|refused|forgot|chose|decided|declined|elected|opted)\b",
    r"\byou\s+(?:did\s*n[o']t|didn't|did\s+not|never)\s+(?:tell|mention|inform|call|show|follow|bring|provide|ask|"
    r"complete|pay|read|sign|let)\b",
    r"\b(?:which\s+)?you\s+(?:signed|agreed\s+to|were\s+(?:told|informed|advised|given|warned|notified|asked))\b",
    r"\bat\s+your\s+(?:own\s+)?request\b",
    r"\b(?:was|were)\s+not\s+(?:communicated|reported|mentioned|disclosed)\s+to\s+us\b",
    r"\bplease\s+(?:don['’]?t|do\s+not|stop)\s+(?:spread|post|leave|write)\b",
    r"\bplease\s+double-?check\b",
    # policy, records, standards cited against the reviewer
    r"\b(?:per|under|according\s+to|as\s+(?:stated|outlined|explained|described)\s+in)\s+(?:our|your|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:policy|policies|agreement|contract|terms|records?|notes?|chart|consent|logs?|files?|system|"
    r"documentation|schedule)\b",
    r"(?<!\bunderstand\s)(?<!\bknow\s)(?<!\bexplain\s)(?<!\bread\s)\b(?:our|the)\s+(?:[\w-]+\s+)?(?:policy|policies)\s+"
    r"(?:allows?|requires?|states?|clearly|is\s+clear|permits?)\b",
    r"\b(?:our|the|his|her|dr\.?\s+\w+'s)\s+(?:[\w-]+\s+){0,2}?(?:records?|notes?|charts?|logs?|files?|documentation)\s+"
    r"(?:show|shows|showed|indicate|indicates|reflect|reflects|confirm|confirms|say|says)\b",
    r"\bas\s+(?:was\s+)?(?:explained|stated|noted|indicated|outlined|discussed|disclosed)\b",
    r"\b(?:followed|follows|following|was\s+following|were\s+following)\s+(?:every\s+|all\s+|the\s+|our\s+|current\s+)?"
    r"(?:[\w-]+\s+)?(?:standard\s+of\s+care|protocol|protocols|guidelines?|policy|procedure|requirements?)\b",
    r"\b(?:is|was)\s+(?:the\s+)?standard\s+(?:practice|procedure|of\s+care)\b|\bstandard\s+of\s+care\b",
    r"\b(?:charge|bill|balance|fee|claim|invoice|amount|estimate)\s+(?:\w+\s+){0,4}?(?:is|was)\s+(?:correct|accurate|valid|"
    r"legitimate|appropriate|owed|due)\b",
    r"\b(?:fee|charge|balance|bill|decision|policy)\s+stands\b",
    r"\breflects?\s+(?:\w+\s+){0,4}as\s+(?:provided|performed|documented|billed)\b",
    # credentials held up against a complaint ("Dr. Lee is board-certified"), not a new hire announced
    r"\b(?:is|are|was|were|being)\s+(?:(?:a|an|fully|also|both|all)\s+)*board-certified\b",
    r"\b(?:x-?rays?|records?|numbers|facts|photos|images|scans|charts?)\s+(?:don['’]?t|do\s+not|never)\s+lie\b",
    r"\bas\s+(?:dr\.?\s+\w+|we|i|our\s+[\w-]+|the\s+[\w-]+|he|she)\s+(?:explained|stated|noted|said|told\s+you|mentioned|discussed)\b",
    r"\bwhich\s+is\s+why\s+(?:it|this|that|you|he|she)\s+(?:wasn'?t|weren'?t|was\s+not|didn'?t|did\s+not|couldn'?t)\b",
    r"\b(?:can\s*not|can'?t|could\s*not|couldn'?t)\s+(?:have\s+)?be(?:en)?\s+caused\s+by\b",
    # ... but not a place: "a staff member now stands by the kiosk"
    r"\b(?:stand|stands|standing)\s+(?:firmly\s+|fully\s+|squarely\s+|100%\s+|completely\s+)?(?:by|behind)\s+"
    r"(?:our|the|his|her|this|that|every|them|him|it|each)\b(?!\s+(?:[\w-]+\s+)?"
    r"(?:kiosks?|doors?|desks?|entrances?|windows?|elevators?|counters?|stations?|exits?|phones?|check-?in|printers?|"
    r"screens?|signs?|lobby|curb|parking|garage|lot|line|lines|registers?|front)\b)",
    r"\b(?:your|the\s+patient'?s)\s+responsibility\b|\byou\s+should\s+have\b|\bif\s+you\s+had\s+(?:called|read|asked|arrived|"
    r"followed|told|come|checked|listened)\b",
    r"\b(?:cannot|can'?t|can\s+not)\s+be\s+held\s+(?:responsible|liable|accountable)\b",
    r"\bis\s+(?:required|mandatory|necessary)\s+(?:before|for|prior)\b",
    r"\b(?:are|is|were|was)\s+done\s+for\s+(?:patient\s+)?safety\b",
    r"\bdocument(?:s|ed)?\s+(?:every|each|all)\b",
    r"\b(?:does|did|do)\s*(?:n['’]?t|\s+not)\s+mean\s+(?:a|an|it|that|the|they|he|she|we|anyone)\b",
    r"\bwithout\s+(?:a\s+single|one|any)\s+(?:complaint|issue|problem|incident)\b|\bnever\s+(?:had|received)\s+(?:a|one|any)\s+"
    r"(?:single\s+)?complaint\b",
    r"\b(?:explained|discussed|reviewed|disclosed|mentioned|covered|went\s+over)\s+(?:this|that|it|these\s+\w+|everything)?\s*"
    r"(?:at|during|before|in)\s+(?:the|your)\s+(?:appointment|visit|consult(?:ation)?|procedure|session|exam|check-?in)\b",
    r"\b(?:consent|intake|financial|cancellation|registration|new\s+patient)\s+(?:form|forms|agreement|paperwork|policy|"
    r"sheet)\s+(?:\w+\s+)?(?:states?|says|explains?|notes?|lists?|covers?|clearly)\b",
    r"\bspent\s+(?:the\s+)?(?:full|entire|whole|appropriate|necessary|usual)\b",
    r"\b(?:are|is|were|was)\s+always\s+(?:made|done|handled|performed|taken|given|prescribed|decided)\s+(?:very\s+)?"
    r"(?:carefully|with\s+(?:great\s+)?care|appropriately|safely|correctly|properly|responsibly)\b",
    r"\bwas\s+never\s+(?:completed|received|submitted|filed)\b",
    r"(?<!\bif\s)\b(?:our|the)\s+(?:website|schedule|signs?|policy|listing|prep\s+sheet|instructions?|instruction\s+sheet|forms?|"
    r"paperwork|handout|rules)\s+(?:are\s+|is\s+)?(?:clearly\s+|plainly\s+)?(?:lists?|states?|says|shows?|posted|"
    r"explains?)\b",
    r"\b(?:shift|shifts|shifting)\s+(?:the\s+)?blame\b",
    # explaining the complaint away: "to explain how our lobby works:", "for context,", "to be fair to our dentists",
    # "seen in order of clinical urgency", "outside our control", "a decision we stand behind"
    r"(?:^|(?<=[.!?:;]\s))(?:to\s+explain|for\s+(?:some\s+)?context|to\s+give\s+(?:some\s+)?context|by\s+way\s+of\s+"
    r"explanation)\b|\b(?:let\s+us|let\s+me|allow\s+us\s+to|we['’]d\s+like\s+to)\s+explain\s+(?:why|that|our|how\s+"
    r"(?!we['’]ll|we\s+will|we\s+can|we\s+plan|we\s+are\s+going)\w+)\b|"
    r"\bto\s+be\s+fair\s+to\s+(?:our|the|my)\b",
    r"\b(?:seen|called|triaged|handled|returned|treated|prioriti[sz]ed)\s+in\s+order\s+of\s+(?:clinical\s+|medical\s+)?"
    r"(?:urgency|acuity|severity|need)\b",
    r"\b(?:outside|beyond)\s+(?:of\s+)?(?:our|anyone['’]?s|everyone['’]?s|anybody['’]?s|the\s+(?:practice|office|clinic)['’]?s)"
    r"\s+control\b",
    # a notice or the practice's own word held up as right: "which is clearly explained on our website", "the sign on
    # our door is accurate", "we do not make exceptions"
    r"\b(?:our|the)\s+(?:[\w-]+\s+){0,4}?(?:sign|signs|signage|website|site|listing|hours|information|notice|"
    r"statement|quote|letter|message|greeting|posting)\s+(?:is|are|was|were)\s+(?:completely\s+|entirely\s+|perfectly\s+|"
    r"fully\s+|100%\s+)?(?:accurate|correct|right)\b",
    r"\b(?:we|our\s+[\w-]+)\s+(?:do\s+not|don['’]t|cannot|can['’]t|can\s+not|won['’]t|will\s+not|never)\s+make\s+"
    r"(?:any\s+)?exceptions?\b",
    # the non-apology, other patients held up, the practice's way, excuses: "we're sorry you feel that way", "most
    # people tell us", "that is simply not how we operate", "we follow strict protocols", "thrown off by an emergency"
    r"\b(?:sorry|unfortunate|sad|regret)\s+(?:that\s+)?you\s+(?:feel|felt|see\s+it)\s+(?:that|this)\s+way\b",
    r"\b(?:most|other|our\s+other)\s+(?:patients|people|families|clients|parents|customers)\s+(?:tell|told|find|found|say|"
    r"said|love|are\s+happy|have\s+no|don['’]t|do\s+not|never)\b(?!\s+(?:us\s+)?(?:they\s+)?(?:need|want)\b)",
    r"\b(?:is|was|isn['’]t)\s+(?:simply\s+|just\s+|absolutely\s+)?(?:not\s+)?how\s+we\s+(?:operate|work|do\s+things|practice|"
    r"treat\s+(?:people|patients))\b",
    r"\b(?:follow|follows|followed|use|uses|adhere\s+to|adheres\s+to)\s+(?:strict|established|standard|rigorous|"
    r"evidence-based|nationally\s+recogni[sz]ed|clear)\s+(?:protocols?|guidelines?|procedures?|standards?)\b",
    r"\b(?:confident|sure|certain)\s+(?:that\s+)?(?:our|the)\s+(?:[\w-]+\s+)?(?:team|staff|provider|doctor|dentist|nurse|"
    r"hygienist|technician|surgeon)s?\s+(?:acted|did|handled|followed|made|provided|gave)\b",
    r"\b(?:thrown\s+off|delayed|held\s+up|behind|running\s+late)\s+(?:by|because\s+of|due\s+to)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"emergenc(?:y|ies)\b|\b(?:sometimes|occasionally)\s+(?:emergencies|delays|things)\s+(?:happen|come\s+up|arise)\b",
    r"\b(?:policy|policies|rules?|instructions?|terms|signage|website)\s+(?:has|have)\s+always\s+been\s+(?:clear|posted|"
    r"explained|available)\b",
    # the reader asked to understand or accept the practice's side: "please understand that", "keep in mind that",
    # "it's important to remember that"; the care or bill declared correct: "was properly documented", "there was
    # no error"; a contrast that corrects the reader: "in fact, the wait was", "contrary to"
    r"\b(?:please|kindly)\s+(?:understand|keep\s+in\s+mind|be\s+aware|recogni[sz]e)\s+(?:that\b|how\b)?|"
    r"\b(?:keep|bear)\s+in\s+mind\s+that\b|\bit['’]?s\s+(?:important|worth)\s+(?:to\s+)?(?:understand|remember|noting|"
    r"knowing|keep\s+in\s+mind)\b|\bit\s+is\s+(?:important|worth)\s+(?:to\s+)?(?:understand|remember|noting|knowing)\b",
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:properly|correctly|appropriately|clearly|fully|accurately|thoroughly)\s+"
    r"(?:explained|documented|billed|coded|handled|performed|disclosed|communicated)\b",
    r"\bthere\s+(?:was|were|has\s+been)\s+no\s+(?:error|mistake|wrongdoing|negligence|fault|delay\s+on\s+our\s+(?:part|end))\b",
    r"(?:^|(?<=[.!?]\s))(?:in\s+fact|in\s+reality|in\s+truth|contrary\s+to)\b,?",
    r"\b(?:unfortunately|regrettably),?\s+(?:the\s+)?(?:insurance|insurer|insurance\s+company|carrier|plan|policy|lab|"
    r"pharmacy|state|law|rules?)\s+(?:requires?|does\s+not|doesn['’]t|did\s+not|didn['’]t|won['’]t|will\s+not|sets?|"
    r"decides?|determines?)\b",
    r"\b(?:we|i)\s+(?:firmly\s+|fully\s+|still\s+)?stand\s+(?:by|behind)\b(?!\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:kiosks?|"
    r"doors?|desks?|entrances?|windows?|elevators?|counters?|phones?|check-?in|front|lobby|curb))",
    # the reader's account doubted or corrected politely: "we'd respectfully disagree", "we see this differently",
    # "we find it hard to believe", "not sure how this could have happened", "the review doesn't tell the whole
    # story", "as anyone would understand", "when used as directed", "sorry it came across otherwise"
    r"\b(?:we|i)(?:['’]d|\s+would|\s+must|\s+have\s+to|\s+do)?\s+(?:respectfully\s+|strongly\s+|simply\s+|have\s+to\s+)?"
    r"disagree\b|(?:^|(?<=[.!?]\s))respectfully,|\bwe\s+see\s+(?:this|it|things|that)\s+(?:quite\s+)?differently\b|"
    r"\bfind\s+it\s+(?:hard|difficult)\s+to\s+believe\b|\b(?:hard|difficult)\s+to\s+believe\s+(?:that\s+)?(?:any|our|anyone|"
    r"someone|a\s+member)\b|\b(?:not\s+sure|unsure|at\s+a\s+loss(?:\s+as\s+to)?)\s+how\s+(?:this|that|it)\s+(?:could|would|"
    r"might)\s+have\s+happened\b|\b(?:does\s*n[o']t|doesn't|does\s+not|don't|do\s+not)\s+tell\s+the\s+(?:whole|full|"
    r"entire|complete)\s+story\b|\b(?:reviewers|readers|others|people|everyone)\s+(?:to\s+)?(?:get|consider|see|have)\s+the\s+"
    r"(?:full|whole|complete|entire)\s+(?:picture|story)\b|"
    r"\bas\s+(?:anyone|everyone|most\s+people|any\s+reasonable\s+person)\s+(?:would|will|can|could)\s+(?:understand|"
    r"appreciate|agree|imagine|expect)\b|\bwhen\s+(?:used|followed|taken|worn)\s+as\s+(?:directed|instructed|intended|"
    r"prescribed)\b|\b(?:it|this|that)\s+came\s+across\s+(?:otherwise|differently)\b",
    # readers addressed over the reviewer's head: "just so readers know", "we'd ask readers to keep that in mind"
    r"\bjust\s+so\s+(?:readers|everyone|others|other\s+readers|people|folks)\s+(?:know|are\s+aware|understand)\b|"
    r"\b(?:ask|remind|encourage|urge)\w*\s+(?:all\s+)?(?:readers|reviewers)\b|"
    r"\bfor\s+(?:the\s+benefit\s+of\s+)?(?:other\s+)?readers\b",
    # the practice's conduct declared beyond question: "we're confident nothing was shared inappropriately", "our
    # staff simply applied the agreement as written", "we'd ask for a little understanding"
    r"\b(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+(?:fully\s+|completely\s+)?(?:confident|certain|sure)\s+(?:that\s+)?"
    r"(?:nothing|no\s+one|nobody|no\s+\w+)\s+(?:was|were|had|has|did)\b|\b(?:we['’]re|we\s+are)\s+confident\s+(?:that\s+)?"
    r"(?:the|our)\s+(?:[\w-]+\s+)?(?:system|process|policy|procedure)\s+works\b",
    r"\bsimply\s+(?:applied|followed|enforced|did\s+(?:their|her|his)\s+job|carried\s+out)\b|\b(?:applied|enforced)\s+"
    r"(?:the|our)\s+(?:[\w-]+\s+)?(?:policy|agreement|contract|terms|rules?)\b(?!\s+(?:incorrectly|wrongly|by\s+mistake|in\s+error))",
    r"\bask\s+for\s+(?:a\s+little|a\s+bit\s+of|some)\s+(?:understanding|grace|patience)\b",
    # Spanish: "con todo respeto", "no es así como trabajamos", "la reseña no cuenta toda la historia", "muchas
    # pacientes nos dicen lo contrario"
    r"\bcon\s+todo\s+(?:el\s+)?respeto\b|\bno\s+es\s+as[ií]\s+como\s+(?:trabajamos|operamos|funcionamos|atendemos)\b|"
    r"\bno\s+cuenta\s+toda\s+la\s+historia\b|\b(?:muchos|muchas|la\s+mayor[ií]a\s+de)\s+(?:los\s+|las\s+|nuestros\s+|"
    r"nuestras\s+)?(?:pacientes|familias|personas|clientes)\s+(?:nos\s+)?(?:dicen|opinan|comentan)\b",
    # the practice's own record held up as reliable, a hypothetical that blames, blame by timing, an absolute claim, a
    # look explained away: "in our experience it is extremely reliable", "had anyone told us", "we do try to run on
    # time when everyone arrives on time", "we return every call within a day", "what might have looked like personal
    # use was actually work", Spanish "lo haya percibido de otra manera"
    r"\bin\s+our\s+(?:long\s+|many\s+years\s+of\s+)?experience\b,?\s+(?:it|this|that|the|our|we|they|such)\b|"
    r"\b(?:system|process|records?|logs?|timestamps?|software|equipment|machines?|scheduling|kiosk)\s+(?:[\w-]+\s+){0,3}?(?:is|are|"
    r"has\s+been|have\s+been)\s+(?:extremely\s+|very\s+|highly\s+|completely\s+|always\s+|100%\s+)?(?:reliable|accurate)\b",
    r"(?<!sorry;\s)(?<!sorry,\s)\bhad\s+(?:anyone|you|the\s+family)\s+(?:known|told\s+us|let\s+us\s+know|called|asked|"
    r"mentioned)\b|\bhad\s+we\s+(?:known|been\s+told|been\s+informed)\s+(?:that\s+)?(?:anyone|you|the\s+family|the\s+patient)\b|"
    r"\b(?:run|runs|running|stay|stays|be|are|is)\s+on\s+time\s+when\s+(?:everyone|everybody|patients|people|you|families|clients)"
    r"\s+(?:arrives?|shows?\s+up|comes?|checks?\s+in)\s+(?:on\s+time|early|prepared)\b",
    r"\bwe\s+(?:always\s+)?(?:return|answer|respond\s+to)\s+(?:every|all|each)\s+(?:call|message|voicemail|email|request)s?\b|"
    r"\b(?:might|may|could)\s+have\s+(?:looked|seemed|appeared|come\s+across|felt|sounded)\b[^.!?]{0,60}\b(?:was|were|is)\s+"
    r"(?:actually|really|in\s+fact)\b|\bperceived\s+(?:it|this|that)\s+(?:differently|that\s+way|otherwise)\b",
    r"\b(?:lo|la)\s+(?:haya|hayan)\s+percibido\b|\bpercibid[oa]\s+de\s+otra\s+manera\b",
    # Spanish: "queremos aclarar que ..."
    r"\b(?:queremos|quisi[eé]ramos|debemos|quiero)\s+aclarar\b|\bcabe\s+(?:aclarar|se[ñn]alar)\b|\baclaramos\s+que\b",
    # a policy held up as signed or universal: "signed by every patient at intake", "applies to all appointments equally"
    r"\b(?:is|are|was|were)\s+signed\s+by\s+(?:every|each|all)\b|\bapplies\s+to\s+(?:all|every|each)\s+[\w-]+\s+"
    r"(?:equally|the\s+same|alike|without\s+exception)\b",
    # Spanish "lamentamos ..., pero": an apology that turns into an argument
    r"\b(?:lamentamos|sentimos|entendemos|comprendemos|disculpe|perd[oó]n|agradecemos|gracias)\b[^.!?]{0,80},?\s+pero\s+"
    r"(?!(?:tambi[eé]n|adem[aá]s|sobre\s+todo|queremos\s+(?:pedir|ofrecer)|nos)\b)",
    # a complaint waved away: "there's really nothing we can do about their length"
    r"\bthere(?:'s|’s|\s+is|\s+was)\s+(?:really\s+|simply\s+|honestly\s+|just\s+)?(?:nothing|little|not\s+much)\s+"
    r"(?:we|anyone|our\s+(?:team|staff|office))\s+(?:can|could)\s+do\b",
    # a notice held up against the complaint: "exactly as our voicemail greeting explains to every caller"
    r"\b(?:exactly\s+|just\s+|clearly\s+)?as\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:greeting|website|signs?|signage|"
    r"message|recording|notice|paperwork|forms?|policy|handout|portal|instructions?|letter|email|voicemail|menu)\s+"
    r"(?:clearly\s+)?(?:explains|states|says|notes|indicates|spells\s+out|makes\s+clear|tells)\b",
    # framing a correction: "to be clear", "just to clarify", "we believe there's been a misunderstanding"
    r"(?:^|(?<=[.!?:;\n—–(])|\b(?:but|and|so|now|again|also)\b)\s*(?:just\s+)?(?:to\s+be\s+(?:perfectly\s+|absolutely\s+|"
    r"completely\s+|very\s+|fair\s+and\s+)?(?:clear|fair|honest)|to\s+clarify|for\s+(?:clarity|clarification)|"
    r"let'?s\s+be\s+clear)\s*[,:;—–]|"
    r"\b(?:we|i)\s+(?:want|need|would\s+like|'d\s+like|’d\s+like|must)\s+to\s+(?:clarify|correct|point\s+out|note\s+that)\b|"
    r"\blet\s+(?:us|me)\s+(?:clarify|be\s+clear|correct)\b|\bin\s+(?:our|all)\s+(?:defen[cs]e|fairness)\b|"
    r"(?:^|(?<=[.!?]\s))in\s+fairness,|"
    r"\b(?:we|i)(?:['’]d|\s+would|\s+do|\s+must)?\s+(?:gently\s+|respectfully\s+|kindly\s+|just\s+|simply\s+)?"
    r"(?:point\s+out|remind\s+(?:you|everyone|readers))\s+that\b|"
    r"\b(?:we|i)(?:['’]d|\s+would|\s+must)\s+(?:gently\s+|respectfully\s+|just\s+|simply\s+)?note\s+that\b|"
    r"\bwith\s+(?:all\s+)?due\s+respect\b|"
    r"\b(?:we|i)\s+(?:believe|think|feel|suspect)\s+(?:that\s+)?there(?:'s|’s|\s+is|\s+has|\s+was|\s+may\s+have|"
    r"\s+might\s+have|\s+must\s+have)\s+(?:been\s+)?(?:a|some)\s+(?:[\w-]+\s+)?(?:misunderstanding|confusion|mix-?up)\b",
    # absolute denials about the practice's people or practices, answering a complaint: "our staff never read ...",
    # "our providers would never dismiss ...", "care plans are never pushed", "nobody here would ever ...". Aspirations
    # ("we always aim to", "should never be a surprise", "our team is always happy to help") are not denials.
    r"\b(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:staff|team|providers?|doctors?|nurses?|dentists?|hygienists?|"
    r"front[\s-]desk|receptionists?|physicians?|surgeons?|therapists?|clinicians?|employees|technicians?|techs?|"
    r"assistants?|practitioners?|injectors?|people|office|practice|clinic)\s+(?:would\s+|will\s+|does\s+|do\s+|are\s+|is\s+)?"
    r"(?:never|not\s+ever|don['’]?t\s+ever|do\s+not\s+ever|would\s+never)\s+"
    r"(?!(?:stop|want|wants|wish|wishes|intend|intends|mean|means|forget|forgets|tire|tires|take\s+(?:this|feedback)|"
    r"give\s+up|too|hesitate|turn\s+away|closed|far)\b)\w+",
    r"\b(?:no\s+one|nobody|none\s+of\s+(?:us|our\s+\w+))\s+(?:here\s+|on\s+our\s+(?:team|staff)\s+|at\s+our\s+\w+\s+)?"
    r"(?:would|will|did|does|has|had|ever)\s+(?:ever\s+)?(?!(?:want|wish|intend|mean|to)\b)\w+",
    r"\b(?:is|are|was|were)\s+(?:absolutely\s+|simply\s+|certainly\s+)?never\s+(?:\w+ed|done|given|made|taken|told|"
    r"shown|shared|read|sent|said|pushed|forced|required|withheld|ignored|rushed|denied|sold)\b",
    r"\b(?:are|is)\s+always\s+(?:optional|voluntary|explained|disclosed|discussed|offered|reviewed|explained|"
    r"confirmed|given|up\s+to\s+(?:the\s+)?patients?|the\s+patient'?s\s+choice|your\s+choice)\b",
    # excuses that shift the blame to a third party or to circumstances: "a carrier outage beyond our control",
    # "due to the insurer's error", "the meeting was mandatory"
    r"\bbeyond\s+(?:our|anyone'?s|the\s+practice'?s)\s+control\b|\bout\s+of\s+our\s+hands\b|"
    r"\bnothing\s+(?:we|our\s+\w+)\s+could\s+(?:have\s+)?(?:do|done)\b|\bwe\s+had\s+no\s+(?:choice|control)\b",
    r"\b(?:because\s+of|due\s+to|caused\s+by|(?:was|were)\s+the\s+(?:result|fault)\s+of|blame\s+(?:lies\s+)?with)\s+"
    r"(?:a|an|the|their|your)\s+(?:[\w'’-]+\s+){0,2}?(?:carrier|vendor|insurer|insurance\s+company|phone\s+company|"
    r"third[\s-]party|lab|laboratory|pharmacy|software|outage|glitch|power\s+cut|storm|manufacturer|supplier)\b",
    r"\b(?:the|your)\s+(?:insurance\s+company|insurer|carrier|lab|pharmacy|vendor|phone\s+company|manufacturer|"
    r"plan)(?:'s|’s)?\s+(?:fault|error|mistake|responsibility|problem)\b",
    r"\b(?:was|were)\s+(?:a\s+|an\s+)?(?:mandatory|unavoidable|required|necessary|legally\s+required)\b",
    # shifting the blame: "Employers and insurers, not our office, decide", "we can only move as fast as they respond"
    r",\s+not\s+(?:our\s+(?:office|practice|clinic|team|staff)|us|we|the\s+(?:practice|office|clinic))\s*,|"
    r"\bwe\s+can\s+only\s+(?:move|act|respond|work|go)\s+as\s+(?:fast|quickly)\s+as\b",
    # a contradiction introduced by a contrast word: "However, our receptionists do not hang up on callers"
    r"\b(?:however|but|that\s+said|to\s+be\s+clear|in\s+fact|actually|for\s+the\s+record)\b,?\s+(?:our|we|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:do\s+not|don['’]t|does\s+not|doesn['’]t|did\s+not|didn['’]t|never|would\s+never|"
    r"cannot|can['’]t|is\s+not|isn['’]t|are\s+not|aren['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t)\b",
    # Spanish
    r"\b(?:sigu(?:e|en|i[oó]|ieron)|cumpl(?:e|en|i[oó]|ieron))\s+(?:con\s+)?(?:los|el|nuestros|todos\s+los)\s+protocolos?\b|"
    r"\bnuestra\s+pol[ií]tica\s+(?:de\s+[\wáéíóú]+\s+)?(?:es|est[aá])\s+(?:muy\s+)?(?:clara|escrita|publicada)\b|"
    r"\btodos\s+(?:los\s+pacientes\s+)?(?:la|lo|las|los)\s+firman\b|\bcomo\s+se\s+le\s+(?:explic[oó]|inform[oó]|dijo)\b",
    r"\b(?:es|fue)\s+correct[oa]\s+seg[uú]n\b|\bseg[uú]n\s+(?:su|nuestra|nuestro)\s+(?:plan|pol[ií]tica|contrato)\b",
    r"\bes\s+normal\s+hacer\b",
]
_DEFENSIVE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)

# Notices and clinical judgement held up as settled: "our hours are posted clearly", "every fee is listed in the
# financial agreement", "meetings are scheduled when clinically appropriate". The same words after an aim or a
# change in the sentence ("making sure fees are explained clearly", "we want our fees listed in the agreement")
# describe what the practice is fixing, not a rebuttal.
_SETTLED_RE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:posted|explained|listed|stated|displayed|marked)\s+clearly\b|"
    r"\b(?:is|are|was|were)\s+clearly\s+(?:explained|posted|stated|listed|displayed|marked|written|noted|outlined|"
    r"spelled\s+out|printed|shown)\b|"
    r"\b(?:is|are)\s+(?:listed|disclosed|explained|outlined|spelled\s+out|printed)\s+(?:in|on)\s+(?:the|our|every|"
    r"each)\s+(?:[\w-]+\s+){0,2}(?:agreement|paperwork|forms?|packet|contract|consent|estimate)\b|"
    r"\b(?:when|as)\s+(?:clinically|medically)\s+(?:appropriate|indicated|necessary|warranted)\b|"
    # a policy, fee or process stated as settled fact: "the late-cancellation policy is posted at check-in and applies
    # to everyone", "our testing policy follows state regulations" (not a change, "our fees are now posted"; not how
    # something is being fixed, "we've changed how our estimate is calculated"; not an aim, "should be clearer")
    r"(?<!\bhow\s)\b(?:our|the)\s+(?:[\w-]+\s+)?(?:policy|policies|protocols?|process|procedures?|rules?|terms|agreement|"
    r"fees?|estimates?|forms?|paperwork|guidelines|system)(?=\s+(?:(?:is|are|was|were)\s+(?:clearly\s+|plainly\s+|always\s+)?"
    r"(?:posted|listed|printed|explained|signed|stated|outlined|required|mandatory|standard|set\s+by|applied|the\s+same|"
    r"in\s+place|non-?negotiable|firm|permitted|allowed|legal|correct|fair)|follows?|applies|apply|states?|explains?|lists?|"
    r"says)\b(?!\s+now\b))",
    re.IGNORECASE,
)
_AIM_BEFORE_RE = re.compile(
    r"\b(?:mak(?:e|es|ing)\s+sure|made\s+sure|ensur\w*|want|wants|should|working|aim\w*|goal|so\s+that|now|new|will|'ll|"
    r"going\s+to|started|starting|changed|changing|updat\w*|review\w*|improv\w*|better|clearer|sorry|apolog\w*|"
    r"incorrectly|mistake|since\s+your|we['’]ve|offer\w*|qualif\w*)\b",
    re.IGNORECASE,
)


# Words that acknowledge the reviewer or answer with a change: thanks, an apology, regret, empathy ("we know weekend
# waits can run long"), or something the practice is doing ("we're reviewing every instruction sheet"), in English
# and Spanish.
_ACKNOWLEDGES_RE = re.compile(
    r"\b(?:thank|thanks|sorry|apolog\w*|appreciate\w*|grateful|regret\w*|frustrat\w*|disappoint\w*|upsetting|feedback|"
    r"value|valued|matters?|shared|share|pass(?:ed)?\s+(?:it|this|your|along|on)|deserves?|should|strive|committed|"
    r"cares?\s+about|best\s+part\s+of|"
    r"(?:we|i)\s+(?:hope|want|wish|aim|know|understand|hear\s+you)|(?:glad|happy)\s+to|welcome|isn['’]t\s+the\s+experience|"
    r"not\s+the\s+experience|gracias|lamentamos|lamento|sentimos|siento|disculp\w*|agradec\w*|entendemos|comentarios?|"
    r"queremos)\b|"
    # a change under way or made: "we're adding a second scheduler", "our manager is reviewing the check-in steps"
    r"\b(?:we|we['’]re|we\s+are|we['’]ll|we\s+will|is|are|['’]s|['’]re|will|['’]ll)\s+(?:now\s+|already\s+|also\s+)?(?:add|adding|"
    r"review|reviewing|change|changing|update|updating|fix|fixing|hire|hiring|train|training|retrain|retraining|work|"
    r"working|start|starting|roll(?:ing)?\s+out|put|putting|look(?:ing)?\s+into|make|making)\b|"
    r"\b(?:we['’]ve|we\s+have|has|have|we)\s+(?:now\s+|already\s+|also\s+)?(?:added|reviewed|changed|updated|fixed|hired|"
    r"trained|retrained|started|put|made|rolled\s+out)\b|\bestamos\s+(?:revisando|cambiando|trabajando|mejorando)\b",
    re.IGNORECASE,
)


def _answers_without_acknowledging(ctx: CheckContext) -> bool:
    """A reply to a complaint (three stars or fewer) that neither acknowledges the reviewer nor offers a way to talk:
    only statements about the practice ("Our check-in system timestamps every arrival", "Dr. Lee is one of the most
    respected internists in the region"). Across the labelled sets no safe reply has this shape."""
    inp = ctx.inp
    if inp.rating is None or inp.rating > 3 or len(inp.draft.split()) < 6:
        return False
    # a staff name alone is not a way to talk ("Dr. Lee is one of the most respected internists in the region")
    return not _ACKNOWLEDGES_RE.search(inp.draft) and not offers_contact(inp.draft)


def check(ctx: CheckContext) -> list:
    """Findings for argumentative or blaming wording."""
    out = []
    for m in _DEFENSIVE_RE.finditer(ctx.text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append(finding(DEFENSIVE, start, m.end(), message(DEFENSIVE, "argues with or blames the reviewer")))
    bounds = sentences(ctx.text)
    starts = [a for a, _ in bounds]
    for m in _SETTLED_RE.finditer(ctx.text):
        k = bisect.bisect_right(starts, m.start()) - 1
        a, b = bounds[k] if k >= 0 and bounds[k][0] <= m.start() < bounds[k][1] else (0, len(ctx.text))
        a, b = max(a, m.start() - 300), min(b, m.end() + 300)
        # an aim or a change anywhere in the sentence ("making sure fees are explained clearly", "since your visit,
        # we've made sure the fees are posted", "our process should be clearer") describes a fix, not a rebuttal
        if not _AIM_BEFORE_RE.search(ctx.text[a:b]):
            out.append(finding(DEFENSIVE, m.start(), m.end(), message(DEFENSIVE, "holds up a notice or a rule as settled")))
    if _answers_without_acknowledging(ctx):
        out.append(finding(DEFENSIVE, 0, len(ctx.text), message(
            DEFENSIVE, "answers a complaint with statements about the practice, without acknowledging the reviewer "
            "or offering a way to talk")))
    return out
