"""MEDICAL_ADVICE: instructions or clinical judgements about the reviewer's situation.

What it catches, and why: advice in a public reply implies knowledge of the reviewer's case (so it discloses
PHI) and is clinical care given without an examination. Patterns:

* imperatives with a clinical verb at the start of a clause, optionally after "please", "remember to", "be sure
  to", "don't forget to" ("Take ibuprofen", "Ice and arnica will help", "keep soaking it", "avoid ...",
  "don't drive until ...", "take her to the nearest ER"); Spanish "use/tome/aplique/evite";
* second-person modals with a clinical verb ("you should ice it", "you'll want to rest");
* clinical judgements: "is normal / expected / common / not harmful / manageable / the correct first-line
  treatment", "there is no need to worry", "will help", "usually settles", "resolve on its own";
* doses and schedules ("400 mg", "every 6 hours", "twice a day");
* recommendations and follow-ups ("schedule a follow-up for", "we recommend starting").

Not advice: "Take care", "Rest assured" (GUARANTEE's business), "please call/contact/email us", and a crisis line
offered to anyone ("If anyone is in crisis, call or text 988"): crisis-line sentences are skipped.
"""

from __future__ import annotations

import re

from app.phi.recognizers.filters import is_spanish
from app.replycheck.context import CheckContext, finding, sentences
from app.replycheck.rules import MEDICAL_ADVICE, message

_CLINICAL_VERBS = (
    r"take|taking|use|using|apply|applying|ice|icing|rest|avoid|stop\s+(?:taking|using)|start\s+(?:taking|using)|"
    r"continue\s+(?:taking|using|to\s+take|to\s+use)|drink|elevate|soak|soaking|wear|wearing|(?:check|checking)\s+your\s+(?:blood|sugar|feet|foot|temperature|pressure|glucose|levels|skin|wound|incision)|"
    r"monitor|stretch|floss|flossing|brush|rinse|gargle|alternate|hydrate|moisturi[sz]e|compress|massage|"
    r"stay\s+(?:off\s+(?:it|them|that|the|your)|hydrated|in\s+bed|home\s+(?:from|until)|upright|active)|"
    r"keep\s+(?:it|them|that|this|the\s+[\w-]+|your\s+[\w-]+|him|her)\s+(?:\w+\s+)?(?:iced|elevated|raised|clean|dry|"
    r"covered|wrapped|bandaged|moist|moisturi[sz]ed|still|immobili[sz]ed|splinted|compressed|hydrated|cool|warm)\b|"
    r"put\s+(?:some\s+)?(?:ice|heat|a\s+(?:warm|cold|cool)\s+compress|a\s+heating\s+pad|pressure|weight)\b|"
    r"sleep\s+(?:on\s+your|with\s+(?:your|the|a)|upright|propped|elevated)|change\s+(?:the|your)\s+dressing|"
    r"clean\s+(?:the|your)\s+(?:wound|area|site|incision|cut)|wrap\s+(?:it|the|your)|"
    r"keep\s+(?:up\s+(?:the|your)|taking|using|soaking|checking|doing|wearing|icing|your\s+(?!feedback|comments|review))|"
    r"don'?t\s+(?:drive|eat|drink|exercise|lift|swim|take|stop|scratch|pick|touch|worry)|do\s+not\s+(?:drive|eat|drink|"
    r"exercise|lift|swim|take|stop|scratch|pick|touch)|go\s+to\s+(?:the\s+)?(?:er|emergency|nearest|hospital|urgent)|"
    r"seek\s+(?:medical|emergency|immediate)|get\s+(?:plenty\s+of\s+rest|it\s+checked|that\s+checked|a\s+second)|"
    r"schedule\s+a\s+follow-?up|come\s+(?:back|in)\s+for\s+(?:a|an|your)|bring\s+(?:your|her|him|them|it)\b[^.!?]{0,30}\bin\b|"
    r"(?:take|bring)\s+(?:her|him|them|your\s+\w+)\s+to\s+(?:the|an|a)\s+(?:nearest\s+)?(?:er|emergency|hospital|urgent)|"
    r"call\s+your\s+(?:doctor|pcp|physician|pharmacist)|see\s+a\s+(?:specialist|doctor|dermatologist|dentist)"
)
_LEAD = r"(?:^\s*|(?<=[;:\n—–])\s*|(?<=,)\s*(?:and\s+|then\s+)?)"
_SOFTENER = r"(?:(?:please|do|remember\s+to|be\s+sure\s+to|make\s+sure\s+(?:to|you)|don'?t\s+forget\s+to|try\s+to|just)\s+)*"

_PATTERNS = [
    # imperative at a clause start
    rf"{_LEAD}{_SOFTENER}(?:{_CLINICAL_VERBS})\b(?!\s+care\b)(?!\s+assured\b)(?!\s+(?:us|our|a\s+look|(?:the\s+|some\s+|a\s+little\s+|extra\s+)?time|a\s+moment|the\s+(?:portal|form|app|website|link|contact|phone|number))\b)",
    # second-person modal + clinical verb
    rf"\byou\s+(?:should|must|need\s+to|'ll\s+want\s+to|will\s+want\s+to|may\s+want\s+to|might\s+want\s+to|can)\s+"
    rf"(?:{_CLINICAL_VERBS}|expect|see\s+(?:a|your))\b",
    # clinical judgements
    r"\b(?:is|are|'s|’s|was|be|seems?|looks?)\s+(?:totally\s+|completely\s+|perfectly\s+|very\s+|quite\s+|entirely\s+|"
    r"usually\s+|often\s+|generally\s+|actually\s+|also\s+)?(?:normal|expected(?!\s+to\s+(?:pay|cover|cost|reimburse|"
    r"bill|be\s+billed|open|reopen|arrive|finish|be\s+(?:completed|ready|finished|done)|wrap|start|begin|launch|"
    r"return|respond|reply|call))|common|typical|harmless|"
    r"not\s+(?:harmful|dangerous|serious|a\s+concern|unusual|uncommon)|manageable|treatable|brief|temporary|"
    r"nothing\s+to\s+worry\s+about|the\s+(?:correct|right|best|recommended|standard)\s+(?:first-line\s+)?"
    r"(?:treatment|approach|medication|course|choice|option)|first-line|evidence-based|appropriate|safe\s+(?:when|to|for|if))\b",
    r"\b(?:is|are)\s+(?:completely\s+|perfectly\s+|very\s+)?safe\b(?!\s+(?:with|for\s+everyone|space|place|environment))",
    r"\bis\s+serious\b",
    r"\b(?:there\s+is\s+|there's\s+)?no\s+need\s+to\s+worry\b|\bnothing\s+to\s+worry\s+about\b",
    r"(?<!\bwe\s)(?<!\bi\s)(?<!\bwe'll\s)(?<!\bus\s)(?<!\bthat\s)(?<!\bwho\s)"
    r"\b(?:will|really\s+does|does|do|should|may)\s+(?:really\s+)?(?:help|speed\s+up|reduce|ease|relieve|fix|resolve)"
    r"\b(?!\s+(?:us|you\s+(?:reach|contact|get\s+in\s+touch)|our|make|with\s+(?:any|your)\s+questions))",
    # a remedy praised: "a little wax over the wire works wonders", "a humidifier is a lifesaver for"
    r"\b(?:works?|worked|does|did)\s+(?:wonders|the\s+trick|miracles)\b|\bis\s+a\s+(?:lifesaver|game[\s-]?changer)\s+for\b",
    r"\b(?:usually|typically|often|generally|normally|commonly|tends?\s+to|should)\s+(?:settles?|settle\s+down|"
    r"resolves?|goes\s+away|go\s+away|heals?|subsides?|improves?|fades?|clears?(?:\s+up)?|disappears?|calms?\s+down|eases?|"
    r"lightens?|gets?\s+better|wears?\s+off)\b",
    r"\b(?:resolves?|go(?:es)?\s+away|heals?|clears?\s+up|settles?(?:\s+down)?|fades?|subsides?|disappears?|lightens?)"
    r"\s+(?:[\w-]+\s+){0,2}on\s+(?:its|their)\s+own\b",
    # a gerund of self-care as the subject: "Sleeping propped up on pillows can help things settle"
    r"(?:^\s*|(?<=[.!?]\s))[A-Z]\w+ing\b[^.!?]{0,80}?\b(?:can|may|will|should|often|usually|really|might)\s+"
    r"(?:really\s+)?(?:help|ease|reduce|relieve|speed)\b(?!\s+(?:us|our|the\s+team)\b)",
    r"\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:require|need)\s+(?:a|an|any|more|further|long)\b",
    r"\b(?:can|could)\s*(?:n'?t|not)\s+be\s+(?:caused|ruled\s+out)\b",
    r"\byou\s+did\s+the\s+right\s+thing\b",
    r"\byou\s+(?:may|might|will|can|could)\s+(?:experience|notice|feel|see)\s+(?:some|mild|a\s+little|slight|minor)\b",
    r"\bfollow(?:ing)?\s+up\s+with\s+(?:your|a|an)\s+(?:primary|doctor|physician|pcp|specialist|dermatologist|dentist)",
    # how most people's bodies respond, said to a reader who described theirs: "many kids adjust to patching faster
    # than parents expect", "most patients heal within two weeks"
    r"\b(?:many|most|lots\s+of|a\s+lot\s+of|plenty\s+of)\s+(?:kids|children|patients|people|adults|babies|toddlers|"
    r"teens|women|men)\s+(?:adjust|recover|heal|improve|adapt|get\s+used|feel\s+better|bounce\s+back|outgrow|"
    r"tolerate)\w*\b(?!\s+(?:to\s+)?(?:our|the)\s+(?:survey|new\s+(?:system|portal|hours|location)))",
    # advice addressed to "anyone" with the reader's problem: "anyone with soreness between sessions should try gentle
    # heat", "anyone noticing glare at night should avoid driving"; "a daily saline rinse is a great first step"
    r"\b(?:anyone|everyone|people|those|patients|folks|parents|families)\s+(?:with|who|noticing|experiencing|dealing\s+with|"
    r"having|struggling\s+with|feeling)\b(?![^.!?]{0,60}\b(?:questions?|billing|insurance|portal|account|appointments?|"
    r"scheduling|forms?)\b)[^.!?]{0,60}\bshould\s+(?:try|apply|avoid|ice|rest|stop|start|keep|wear|drink|eat|limit|skip|"
    r"hold\s+off|increase|reduce|cut)\b",
    r"\b(?:is|are)\s+(?:a|an|the)\s+(?:great|good|simple|smart|easy|safe|best|helpful)\s+(?:first\s+step|place\s+to\s+"
    r"start|starting\s+point|way\s+to\s+(?:start|begin|manage|ease|treat|relieve))\b",
    # doses and schedules
    r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|ml|cc|iu|units?|tablets?|pills?|capsules?|puffs?|drops?)\b",
    r"\bevery\s+(?:\d+|two|three|four|six|eight|twelve)\s+hours\b",
    r"\b(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|per)\s+day\b|\btimes\s+daily\b",
    r"\bevery\s+(?:\d+|two|three|four|six|twelve)\s+(?:weeks|months)\b(?=[^.!?]*\b(?:clean|check|visit|appointment|exam))",
    # recommendations and follow-ups
    r"\b(?:we|i|dr\.?\s+\w+)\s+(?:would\s+)?(?:strongly\s+)?(?:recommend|suggest|advise)s?\s+(?:that\s+)?"
    r"(?!(?:you\s+)?(?:call|contact|reach|email|get\s+in\s+touch))(?:you|he|she|they|taking|using|a|an|starting|stopping|getting|seeing)\b",
    r"\bwith\s+your\s+\w+,\s+(?:please\s+)?(?:don'?t|do\s+not|avoid|be\s+careful)\b",
    r"\b(?:happy|glad)\s+to\s+(?:order|prescribe|refer)\b",
    # Spanish
    r"(?:^|(?<=[.!?;:]\s)|(?<=;\s))(?:use|tome|aplique|evite|descanse|siga|contin[uú]e)\b",
    r"\bes\s+(?:totalmente\s+)?(?:normal|esperado|com[uú]n)\b",
    r"\b(?:recuerde|no\s+olvide|aseg[uú]rese\s+de|le\s+recomendamos|le\s+sugerimos|es\s+importante|debe|deber[ií]a|"
    r"procure|trate\s+de)\s+(?:no\s+)?(?:evitar|tomar|usar|aplicar|descansar|comer|beber|seguir|mantener|ponerse|lavar|"
    r"cepillar|limpiar|suspender|dejar\s+de)\b",
    # any infinitive after a reminder, except reaching the practice: "recuerde revisar sus pies"
    r"\b(?:recuerde|no\s+olvide|aseg[uú]rese\s+de|procure|trate\s+de|le\s+recomendamos|le\s+sugerimos)\s+(?:no\s+)?"
    r"(?!llamar|contactar|comunicarse|escribir|enviar|visitar\s+nuestr|preguntar)\w+(?:ar|er|ir|arse|erse|irse)\b",
    # maintenance schedules and promised effects of a treatment
    r"\b(?:touch-?ups?|maintenance\s+(?:sessions?|treatments?|visits?)|boosters?|follow-?up\s+(?:sessions?|visits?))\s+"
    r"(?:every|once|twice)\b",
    r"\bevery\s+(?:few|couple\s+of)\s+(?:days|weeks|months)\b(?=[^.!?]*\b(?:will|keep|help|maintain|prevent))",
    r"\bwill\s+keep\s+(?:the\s+|your\s+|any\s+)?[\w-]+\s+(?:away|down|under\s+control|at\s+bay|from\s+coming\s+back)\b",
]
_ADVICE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)

# A frequency said of the practice's own operations is not a dose schedule: "staff clear messages twice a day".
_FREQUENCY_RE = re.compile(r"\b(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|per)\s+day\b|\btimes\s+daily\b|\bevery\s+"
                           r"(?:\d+|two|three|four|six|eight|twelve)\s+hours\b", re.IGNORECASE)
_OPERATIONS_RE = re.compile(
    r"\b(?:we|our\s+(?:team|staff|office|front\s+desk|nurses?|managers?)|staff|the\s+team)\b[^.!?]{0,60}\b(?:messages?|"
    r"voicemails?|calls?|phones?|lines?|inbox|portal|emails?|lobby|rooms?|restrooms?|shuttle|schedule|queue|"
    r"wait\s*list|clean\w*|sanitiz\w*|disinfect\w*|updat\w*|stock\w*|rounds?)\b",
    re.IGNORECASE,
)
_DOSE_WORDS_RE = re.compile(
    r"\b(?:take|taking|apply|applying|use|using|rinse|dose|doses|pills?|tablets?|capsules?|drops?|medications?|"
    r"medicines?|cream|ointment|spray|inhaler|brush|floss|ice|icing|stretch\w*)\b", re.IGNORECASE)

_FIRST_STEP_RE = re.compile(r"(?:is|are)\s+(?:a|an|the)\s", re.IGNORECASE)
_REACH_US_RE = re.compile(r"\b(?:call|calling|contact|contacting|email|emailing|reach|reaching|speak|speaking|talk|talking|"
                          r"message|messaging|write|writing)\b", re.IGNORECASE)

_CRISIS_RE = re.compile(r"\b(?:988|911|crisis|suicide\s+(?:and\s+crisis\s+)?lifeline|hotline)\b", re.IGNORECASE)
_CONTACT_VERBS_RE = re.compile(r"^\W*(?:please\s+)?(?:call|contact|reach|email|e-mail|text|message|write|speak|talk)\b", re.IGNORECASE)


# Imperatives a public reply may use: reaching the practice, pleasantries, reading the reply itself.
_REPLY_IMPERATIVES = frozenset({
    "call", "contact", "reach", "email", "e-mail", "text", "message", "write", "speak", "talk", "ask", "let", "feel",
    "know", "thank", "accept", "rest", "take", "stay", "have", "be", "visit", "hesitate", "join", "follow", "send",
    "leave", "share", "tell", "allow", "please", "expect", "look", "give", "dial", "ring", "reply", "respond",
    "connect", "request", "enjoy", "consider", "trust", "see", "find", "check", "come", "stop", "drop",
    "excuse", "forgive", "pardon", "bear", "note", "rest", "say", "wish", "happy", "merry", "welcome", "learn", "read",
    "mention", "include", "use", "click", "go", "understand", "remember",
})


# After a sentence-initial verb these make it a noun ("Wait times are being reviewed", "Check-in lines").
_NOUN_MAKERS = frozenset({"times", "time", "list", "lists", "room", "rooms", "ins", "in", "outs", "-", "area", "areas"})


def _imperatives(ctx: CheckContext) -> list:
    """Imperative clauses with a verb outside what a reply may ask of its reader ("Keep the area clean",
    "Show this reply at the front desk"): instructions to the reader about their own situation. Not in Spanish
    text, whose infinitives the English parse reads as imperatives ("Comunicar a tiempo es una prioridad"); Spanish
    instructions are caught by the patterns."""
    toks = ctx.draft.tokens
    out = []
    if is_spanish(ctx.text):
        return out
    for i, t in enumerate(toks):
        if t.pos != "VERB" or t.tag != "VB" or t.dep not in ("ROOT", "conj"):
            continue
        if t.dep == "conj" and not any(h.start == t.head_start and h.tag == "VB" and h.dep == "ROOT" for h in toks):
            continue
        # a subject, an auxiliary or "to" before it means it is not an imperative
        kids = [k for k in toks if k.head_start == t.start and k is not t]
        # ("Do keep...", "Don't scratch...": an emphatic or negated imperative keeps its do-auxiliary)
        if any(
            k.dep in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark") and k.lemma != "do" for k in kids
        ) or any(k.dep == "aux" and k.lemma == "do" and k.start > t.start for k in kids):
            continue
        prev = toks[i - 1].text.lower() if i > 0 else ""
        if prev not in ("", "please", "do", "and", "then", "just", ",", "also", "!", ".", "so", "but", "don't", "not", "n't", ":") and not toks[i].is_sent_start:
            continue
        if t.lemma in _REPLY_IMPERATIVES or t.text.lower() in _REPLY_IMPERATIVES:
            continue
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if nxt in _NOUN_MAKERS and t.lemma in ("wait", "check", "walk", "sign", "drop", "call", "follow"):
            continue  # "Wait times in our lobby are being reviewed": a noun, not an instruction
        if t.lemma == "keep" and nxt in ("us", "in", "an", "reading", "sharing", "the"):
            continue  # "keep us posted", "keep in touch"; "keep the area clean" is left to the patterns
        out.append(finding(MEDICAL_ADVICE, t.start, t.end, message(MEDICAL_ADVICE, "an instruction to the reader")))
    return out


def check(ctx: CheckContext) -> list:
    """Findings for medical advice in the draft."""
    text = ctx.text
    out = _imperatives(ctx)
    for s, e in sentences(text):
        sentence = text[s:e]
        if _CRISIS_RE.search(sentence) and not re.search(r"\b(?:take|bring)\s+(?:her|him|them)\b", sentence, re.I):
            continue  # a crisis line for anyone is a public resource, not advice
        for m in _ADVICE_RE.finditer(sentence):
            if m.end() - m.start() < 2 or _CONTACT_VERBS_RE.match(m.group()):
                continue
            if _FIRST_STEP_RE.match(m.group()) and _REACH_US_RE.search(sentence):
                continue  # "calling our office manager is a great first step": reaching the practice, not a treatment
            if _FREQUENCY_RE.fullmatch(m.group().strip()) and _OPERATIONS_RE.search(sentence) \
                    and not _DOSE_WORDS_RE.search(sentence):
                continue
            start = s + m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(finding(MEDICAL_ADVICE, start, s + m.end(), message(MEDICAL_ADVICE, "clinical instruction or judgement")))
    return out
