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
_SOFTENER = r"(?:(?:please|remember\s+to|be\s+sure\s+to|make\s+sure\s+(?:to|you)|don'?t\s+forget\s+to|try\s+to|just)\s+)*"

_PATTERNS = [
    # imperative at a clause start
    rf"{_LEAD}{_SOFTENER}(?:{_CLINICAL_VERBS})\b(?!\s+care\b)(?!\s+assured\b)(?!\s+(?:us|our|a\s+look|the\s+time|a\s+moment|the\s+(?:portal|form|app|website|link|contact|phone|number))\b)",
    # second-person modal + clinical verb
    rf"\byou\s+(?:should|must|need\s+to|'ll\s+want\s+to|will\s+want\s+to|may\s+want\s+to|might\s+want\s+to|can)\s+"
    rf"(?:{_CLINICAL_VERBS}|expect|see\s+(?:a|your))\b",
    # clinical judgements
    r"\b(?:is|are|'s|’s|was|be|seems?|looks?)\s+(?:totally\s+|completely\s+|perfectly\s+|very\s+|quite\s+|entirely\s+|"
    r"usually\s+|often\s+|generally\s+|actually\s+|also\s+)?(?:normal|expected|common|typical|harmless|"
    r"not\s+(?:harmful|dangerous|serious|a\s+concern|unusual|uncommon)|manageable|treatable|brief|temporary|"
    r"nothing\s+to\s+worry\s+about|the\s+(?:correct|right|best|recommended|standard)\s+(?:first-line\s+)?"
    r"(?:treatment|approach|medication|course|choice|option)|first-line|evidence-based|appropriate|safe\s+(?:when|to|for|if))\b",
    r"\b(?:is|are)\s+(?:completely\s+|perfectly\s+|very\s+)?safe\b(?!\s+(?:with|for\s+everyone|space|place|environment))",
    r"\bis\s+serious\b",
    r"\b(?:there\s+is\s+|there's\s+)?no\s+need\s+to\s+worry\b|\bnothing\s+to\s+worry\s+about\b",
    r"(?<!\bwe\s)(?<!\bi\s)(?<!\bwe'll\s)(?<!\bus\s)(?<!\bthat\s)(?<!\bwho\s)"
    r"\b(?:will|really\s+does|does|do|should|may)\s+(?:really\s+)?(?:help|speed\s+up|reduce|ease|relieve|fix|resolve)"
    r"\b(?!\s+(?:us|you\s+(?:reach|contact|get\s+in\s+touch)|our|make|with\s+(?:any|your)\s+questions))",
    r"\busually\s+(?:settles?|resolves?|goes\s+away|heals?|subsides?|improves?|fades?|clears?)\b",
    r"\b(?:resolve|go\s+away|heal|clear\s+up|settle\s+down)\s+on\s+(?:its|their)\s+own\b",
    r"\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:require|need)\s+(?:a|an|any|more|further|long)\b",
    r"\b(?:can|could)\s*(?:n'?t|not)\s+be\s+(?:caused|ruled\s+out)\b",
    r"\byou\s+did\s+the\s+right\s+thing\b",
    r"\byou\s+(?:may|might|will|can|could)\s+(?:experience|notice|feel|see)\s+(?:some|mild|a\s+little|slight|minor)\b",
    r"\bfollow(?:ing)?\s+up\s+with\s+(?:your|a|an)\s+(?:primary|doctor|physician|pcp|specialist|dermatologist|dentist)",
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
    # maintenance schedules and promised effects of a treatment
    r"\b(?:touch-?ups?|maintenance\s+(?:sessions?|treatments?|visits?)|boosters?|follow-?up\s+(?:sessions?|visits?))\s+"
    r"(?:every|once|twice)\b",
    r"\bevery\s+(?:few|couple\s+of)\s+(?:days|weeks|months)\b(?=[^.!?]*\b(?:will|keep|help|maintain|prevent))",
    r"\bwill\s+keep\s+(?:the\s+|your\s+|any\s+)?[\w-]+\s+(?:away|down|under\s+control|at\s+bay|from\s+coming\s+back)\b",
]
_ADVICE_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)

_CRISIS_RE = re.compile(r"\b(?:988|911|crisis|suicide\s+(?:and\s+crisis\s+)?lifeline|hotline)\b", re.IGNORECASE)
_CONTACT_VERBS_RE = re.compile(r"^\W*(?:please\s+)?(?:call|contact|reach|email|e-mail|text|message|write|speak|talk)\b", re.IGNORECASE)


def check(ctx: CheckContext) -> list:
    """Findings for medical advice in the draft."""
    text = ctx.text
    out = []
    for s, e in sentences(text):
        sentence = text[s:e]
        if _CRISIS_RE.search(sentence) and not re.search(r"\b(?:take|bring)\s+(?:her|him|them)\b", sentence, re.I):
            continue  # a crisis line for anyone is a public resource, not advice
        for m in _ADVICE_RE.finditer(sentence):
            if m.end() - m.start() < 2 or _CONTACT_VERBS_RE.match(m.group()):
                continue
            start = s + m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(finding(MEDICAL_ADVICE, start, s + m.end(), message(MEDICAL_ADVICE, "clinical instruction or judgement")))
    return out
