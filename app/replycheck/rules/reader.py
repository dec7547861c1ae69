"""CONFIRMS_PATIENT by grammar: the reply talks about the reader's own things or doings.

A public reply may speak *to* the reviewer about what they wrote ("your feedback", "the concerns you raised"),
about how to reach the practice ("you can call Dana at ...", "if you have any questions") and about the
practice itself. Anything else said about the reader presupposes that the practice knows them: their things
("your number", "your smile", "your new kindergartner", "your service overseas") or what they did or do
("you went through", "you're sleeping again", "you signed", "you gave us at check-in"). Those confirm the
relationship or allude to what the review disclosed, whichever words are used, so the rule is closed-world:
it lists what *may* follow "your" / what "you" may do, not the endless ways of saying the wrong thing.

* "your" + noun: the noun the possessive belongs to (spaCy's parse; the next noun if the parser disagrees) must
  be one of READER_NOUNS, the things a reviewer has *as a reviewer*.
* "you" as the subject of a verb: the verb must be one of READER_VERBS (writing, reaching out, wanting,
  feeling free...); "be" only with a complement from BE_COMPLEMENTS ("you are welcome to call", "you're
  right") and "have" only with an object from HAVE_OBJECTS ("if you have any questions").

* Spanish "su/sus" + noun, in Spanish text: the noun must be one of ES_READER_NOUNS ("su comentario"), unless a
  generic third-person owner comes first in the sentence ("cada familia ... su cobertura").
* The vocative: a greeting or thanks followed by a name ("Dear Mrs. Alvarez", "Hi Jessica,", "Thanks, Tom!")
  addresses the reader by name. Staff appear as contacts or signatures, not in the vocative.

"you saw", "you left", "you stopped by" are not on the list on purpose: they say the reader visited. What the practice
offers anyone is allowed with "can/may/could" ("you can always book ahead") or "if" ("if you follow our page"), but
not with "again/back/next" in the same sentence, and not in the passive ("you can be seen sooner"). Quoted text
("now reads 'You have an upcoming appointment'") is the practice quoting something, not addressing the reader.
Figures of speech ("we've got your back", "put a smile on your face") are excepted as in confirms.py.
"""

from __future__ import annotations

import re

from app.phi.recognizers._common import fold_accents
from app.phi.types import PhiToken
from app.replycheck.context import CheckContext, finding
from app.replycheck.rules import CONFIRMS_PATIENT, message
from app.replycheck.rules.confirms import _IDIOMS_RE

# What a reviewer has as a reviewer (lemmas).
READER_NOUNS = frozenset({
    "feedback", "review", "comment", "concern", "word", "message", "note", "post", "story", "input", "perspective",
    "thought", "suggestion", "question", "time", "patience", "understanding", "kindness", "honesty", "candor",
    "candour", "support", "call", "convenience", "privacy", "frustration", "disappointment", "voice",
    "recommendation", "rating", "praise", "compliment", "shout-out", "shoutout", "kind", "generosity", "grace",
    "opinion", "insight", "observation", "point", "criticism", "complaint", "experience", "language", "words", "reply",
    "response", "follow", "consideration", "attention", "earliest", "soonest", "behalf", "own", "trust",
    "confidence", "encouragement", "enthusiasm", "thoughtfulness", "remark", "testimonial", "endorsement",
    "satisfaction", "safety", "right", "rights", "choice", "side", "idea", "ideas", "thanks", "gratitude",
    "appreciation", "wishes", "sentiment", "sentiments", "take", "shout", "out", "notes", "candidness",
})
# Verbs the reader may be the subject of (lemmas).
READER_VERBS = frozenset({
    "call", "reach", "contact", "email", "e-mail", "write", "text", "message", "ask", "share", "tell", "let",
    "discuss", "speak", "talk", "connect", "mention", "describe", "raise", "note", "point", "say", "post",
    "feel", "like", "want", "wish", "prefer", "need", "know", "understand", "agree", "take", "bring",
    "express", "voice", "highlight", "outline", "detail", "flag", "send", "reply", "respond", "find",
    "read", "notice", "expect", "hope", "get", "give", "use", "ring", "phone", "dial", "can",
    "could", "may", "might", "will", "would", "do", "mean", "think", "believe", "put", "set", "make", "continue",
    "choose", "decide", "pick", "suggest", "recommend",
})
BE_COMPLEMENTS = frozenset({
    "welcome", "right", "correct", "free", "invited", "able", "encouraged", "frustrated", "upset", "disappointed",
    "concerned", "unhappy", "dissatisfied", "angry", "not", "always", "more", "absolutely", "entitled",
    # "if you're willing / interested / comfortable": an invitation, not a fact about the reader
    "willing", "interested", "comfortable", "open", "curious", "keen", "available",
})
HAVE_OBJECTS = frozenset({
    "question", "concern", "thought", "suggestion", "moment", "minute", "time", "chance", "idea", "feedback", "comment",
})

_POSSESSIVES = {"your", "ur", "yer", "yours"}
# Spanish "su/sus" + noun: the same closed world ("su comentario" is fine, "sus pies", "su cita" are not).
ES_READER_NOUNS = frozenset({
    "comentario", "comentarios", "palabras", "opinion", "opiniones", "reseña", "resena", "tiempo", "paciencia",
    "preocupacion", "preocupaciones", "mensaje", "llamada", "confianza", "privacidad", "disposicion", "amable",
    "amables", "sugerencia", "sugerencias", "queja", "quejas", "experiencia", "idioma", "lengua", "apoyo", "comprension", "atencion",
    "pregunta", "preguntas", "duda", "dudas", "conveniencia", "calificacion", "recomendacion", "sinceridad",
    "honestidad", "generosidad", "inquietud", "inquietudes", "observacion", "observaciones", "reclamo", "reclamos", "critica", "criticas", "publicacion", "valoracion", "puntuacion", "mensajes", "voz", "perspectiva", "punto", "satisfaccion", "seguridad", "valiosa", "valioso", "valiosos", "valiosas", "gentil", "gentiles", "cariño",
})
# Spanish "su" is also "his/her/their": after "cada familia", "todos los pacientes", "nadie" it is practice-wide.
_ES_GENERIC_OWNER_RE = re.compile(
    r"\b(?:cada|tod[oa]s?|cualquier|ning[uú]n[oa]?|nadie|quien(?:es)?|las\s+familias|los\s+pacientes|la\s+gente|"
    r"las\s+personas|toda\s+persona)\b",
    re.IGNORECASE,
)
_ES_POSSESSIVE_RE = re.compile(r"\b(?:su|sus)\s+(\w+)", re.IGNORECASE)
_ES_FUNCTION = re.compile(r"^(?:el|la|los|las|un|una|que|de|del|a|al|y|o|en|por|para|con|muy|más|mas|propi[oa]s?)$", re.I)
_NOUN_POS = {"NOUN", "PROPN"}
# Verbs that only touch the reader's own object are judged by that object ("let us know" is fine; "get your
# results" is judged by "results" through the possessive rule).
_GET_GIVE_OK_OBJECTS = {"call", "chance", "us", "ring", "shout", "feedback", "touch", "word", "moment"}


_QUOTED_RE = re.compile(r"“[^”]{3,200}”|\"[^\"]{3,200}\"|(?<![\w])'[^']{3,200}'(?![\w])")


def _by_start(tokens: tuple[PhiToken, ...]) -> dict[int, int]:
    return {t.start: i for i, t in enumerate(tokens)}


def _possessed_noun(tokens: tuple[PhiToken, ...], i: int, index: dict[int, int]) -> int | None:
    """The noun a possessive at tokens[i] belongs to."""
    tok = tokens[i]
    h = index.get(tok.head_start)
    if h is not None and h != i and h > i and tokens[h].pos in _NOUN_POS and h - i <= 5:
        return h
    # Parser disagreement: the first noun run after the possessive (modifiers skipped), ending at its last noun.
    j = i + 1
    while j < len(tokens) and j - i <= 4 and tokens[j].pos in {"ADJ", "ADV", "NUM", "DET", "PART"} | _NOUN_POS:
        if tokens[j].pos in _NOUN_POS:
            # a compound runs on to its head noun ("your care team" -> "team")
            while j + 1 < len(tokens) and tokens[j].dep == "compound" and tokens[j + 1].pos in _NOUN_POS:
                j += 1
            return j
        j += 1
    return None


def _ok_noun(tok: PhiToken) -> bool:
    return tok.lemma in READER_NOUNS or tok.text.lower() in READER_NOUNS


def _children(tokens: tuple[PhiToken, ...], head: int) -> list[int]:
    start = tokens[head].start
    return [k for k, t in enumerate(tokens) if t.head_start == start and k != head]


# What the practice offers anyone, said with "can/may/could": "you can always book ahead at ...", "you may
# request a copy online". Not with "again/back/next" ("you can book your next cleaning" is judged by "your").
_OFFER_VERBS = frozenset({
    "book", "schedule", "reschedule", "request", "register", "enroll", "join", "pay", "park", "download", "reserve",
    "browse", "view", "sign", "subscribe", "access", "submit", "order", "buy", "walk", "stop", "drop", "visit",
})
_OFFER_MODALS = frozenset({"can", "may", "could"})
# ... and what anyone may do with the practice's public channels: "if you follow our page", "if you check our site"
_IF_VERBS = frozenset({"follow", "like", "subscribe", "check", "visit", "see", "look", "stop", "drop", "book", "schedule",
                       "browse", "sign", "join", "search", "scroll"})
_RETURN_WORDS = frozenset({"again", "back", "next", "return", "anymore"})


def _ok_verb(tokens: tuple[PhiToken, ...], v: int) -> bool:
    verb = tokens[v]
    lemma = verb.lemma
    kids = _children(tokens, v)
    passive = any(tokens[k].dep == "auxpass" for k in kids)  # "you can be seen sooner" is about the reader's care
    offer = not passive and (
        (lemma in _OFFER_VERBS and any(tokens[k].dep == "aux" and tokens[k].lemma in _OFFER_MODALS for k in kids))
        or (lemma in _IF_VERBS and any(tokens[k].dep == "mark" and tokens[k].lemma == "if" for k in kids))
    )
    if offer:
        end = v + 1
        while end < len(tokens) and end - v < 8 and not tokens[end].is_sent_start:
            end += 1  # the rest of this sentence only
        return not any(tokens[k].text.lower() in _RETURN_WORDS for k in range(v, end))
    if lemma == "be":
        if any(tokens[k].dep == "mark" and tokens[k].lemma == "if" for k in kids):
            return True  # "If you are a patient of ours", "if you are currently in our care": neither says so
        return any(tokens[k].lemma in BE_COMPLEMENTS or tokens[k].text.lower() in BE_COMPLEMENTS for k in kids)
    if lemma == "have":
        if any(tokens[k].lemma == "to" or tokens[k].dep == "xcomp" for k in kids):
            return False
        return any(tokens[k].lemma in HAVE_OBJECTS for k in kids if tokens[k].dep in ("dobj", "obj"))
    if lemma in ("get", "give"):
        objs = [tokens[k].lemma for k in kids if tokens[k].dep in ("dobj", "obj", "dative", "prt", "prep")]
        return any(o in _GET_GIVE_OK_OBJECTS for o in objs)
    return lemma in READER_VERBS


def check(ctx: CheckContext) -> list:
    """Findings for "your <thing>" and "you <did>" outside what a reviewer has or does as a reviewer."""
    tokens = ctx.draft.tokens
    if not tokens:
        return []
    text = ctx.text
    idioms = [(m.start(), m.end()) for m in _IDIOMS_RE.finditer(text)]
    # Quoted text is the practice quoting something, not talking to the reader: "now reads 'You have an upcoming
    # appointment with us'".
    idioms += [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text)]
    index = _by_start(tokens)
    out = []
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if low in _POSSESSIVES and low != "yours":
            n = _possessed_noun(tokens, i, index)
            if n is None or _ok_noun(tokens[n]):
                continue
            start, end = tok.start, tokens[n].end
            if any(s <= start < e or s < end <= e for s, e in idioms) or ctx.in_practice_span(start, end):
                continue
            out.append(finding(CONFIRMS_PATIENT, start, end, message(CONFIRMS_PATIENT, "something of the reader's own")))
        elif low == "you" and tok.dep in ("nsubj", "nsubjpass"):
            v = index.get(tok.head_start)
            if v is None or v == i or tokens[v].pos not in ("VERB", "AUX"):
                continue
            if _ok_verb(tokens, v):
                continue
            start, end = min(tok.start, tokens[v].start), max(tok.end, tokens[v].end)
            if any(s <= start < e for s, e in idioms):
                continue
            out.append(finding(CONFIRMS_PATIENT, start, end, message(CONFIRMS_PATIENT, "something the reader did or does")))
    for start, end in _vocatives(text):
        if not ctx.in_practice_span(start, end):
            out.append(finding(CONFIRMS_PATIENT, start, end, message(CONFIRMS_PATIENT, "addresses the reader by name")))
    for m in _ES_POSSESSIVE_RE.finditer(text):
        noun = m.group(1)
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n¡¿") + 1
        if _ES_GENERIC_OWNER_RE.search(text[sentence_start : m.start()]):
            continue  # "cada familia ... su cobertura": third person, practice-wide
        if _ES_FUNCTION.match(noun) or fold_accents(noun.lower()) in ES_READER_NOUNS or noun.lower() in ES_READER_NOUNS:
            continue
        if not _looks_spanish(text):
            continue
        if any(s <= m.start() < e for s, e in idioms):
            continue  # "a sus órdenes": at your service
        out.append(finding(CONFIRMS_PATIENT, m.start(), m.end(), message(CONFIRMS_PATIENT, "something of the reader's own")))
    return out


# Addressing the reader by name: a greeting or thanks followed by a name ("Dear Mrs. Alvarez", "Hi Jessica,",
# "Thanks, Tom!"), or a name opening the reply ("Tom, we're sorry..."). Staff names appear as contacts or
# signatures, never in the vocative, so any name here is the reader's (their real name or display name).
_VOCATIVE_RE = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))\s*(?i:(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening)|"
    r"thanks(?:\s+so\s+much)?|thank\s+you(?:\s+so\s+much)?|hola|estimad[oa]|querid[oa]|buen(?:os|as)\s+\w+|gracias)"
    r"[\s,]+(?:(?:mr|mrs|ms|miss|mx|sr|sra|srta|don|doña)\.?\s+)?)(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-Z][\w'’.-]+)?)"
    r"(?=\s*[,!.:;\n-]|\s*$)"
)
_NOT_VOCATIVE = {
    "there", "everyone", "all", "friend", "friends", "folks", "team", "neighbor", "neighbour", "valued", "again", "so",
    "for", "you", "y'all", "everybody", "todos", "amigo", "amiga", "much", "dr", "dra", "doctor", "doc", "nurse",
    "our", "the", "a", "an", "this", "that", "we", "it", "sir", "madam", "ma'am", "patient", "patients", "reviewer",
    "customer", "guest", "loyal", "happy", "neighbors", "community", "lot", "bunch", "ton", "million", "kindly",
    "google", "yelp", "yelpers", "reader", "readers", "again!", "everyone!", "please", "thank", "thanks", "and",
}


def _vocatives(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _VOCATIVE_RE.finditer(text):
        name = m.group("name")
        first = name.split()[0].lower().rstrip(".,!")
        if first in _NOT_VOCATIVE:
            continue
        out.append((m.start("name"), m.end("name")))
    return out


def _looks_spanish(text: str) -> bool:
    return len(re.findall(r"\b(?:el|la|los|las|de|que|por|para|con|su|sus|nuestr[oa]s?|gracias|usted)\b", text, re.I)) >= 3
