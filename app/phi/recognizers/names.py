"""Names of patients and family (PERSON) that spaCy's NER misses.

Rules (on the spaCy parse; word lists written here, given names in
lexicons/first_names.txt):
- kinship position: a kinship word (son, daughter, husband, mom, grandson,
  partner..., Spanish hijo, hija, esposo...) after a possessive, then a name,
  optionally after a comma: "my daughter emma", "our daughter Hope", "my husband
  Will says", "mi hijo Mateo", "my grandchildren Noah and Ava". A capitalized
  word there is a name unless it is a function word; "Will" tagged as a modal
  still counts when a verb or punctuation follows it ("Will says"), not when a
  verb phrase does ("my son will be fine" is lowercase and a stop word). A
  lowercase word must be a known given name and not a stop word.
- soft kinship: "guy", "one", "youngest", "oldest"... count as kinship words only
  right after a possessive and an optional adjective ("our little guy eli");
  coordinated lowercase names stay names ("my twins leo and luca");
- signatures: a dash then a name (and optional initial) ending the text or a
  line: "– Will T.", "- Hope C.", "10/10 – Grace", "- Joy".
- naming verbs: "named Eli", "her name is Ana", "calling her Anna" (a role noun
  before "named" makes it staff; see providers.py).
- a name stated with its age: "since Zion was three days old", "Mireya turned 2 last
  week" (a dictionary word only when it is a listed given name), "Iris and June are 2 now".
In Spanish text a lowercase everyday word after a kinship word ("mi esposo trabaja")
is not a name, even if no verb ending shows it.
Common-word names (Hope, Will, Grace, Faith, Joy) are therefore only found in
name position; "I hope", "Will definitely be back" and "with grace" are not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import ES_VERB_ENDINGS, common_words, is_common_word, make_result, read_lexicon

KINSHIP = {
    "son", "daughter", "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee",
    "fiancée", "spouse", "mom", "mother", "mum", "mama", "momma", "dad", "father", "papa", "brother", "sister",
    "grandson", "granddaughter", "grandma", "grandmother", "grandpa", "grandfather", "grandchild", "grandchildren",
    "grandkids", "grandkid", "kid", "kids", "child", "children", "baby", "toddler", "newborn", "infant", "teen",
    "teenager", "boy", "girl", "niece", "nephew", "aunt", "uncle", "cousin", "friend", "stepson", "stepdaughter",
    "stepmom", "stepdad", "twins", "twin", "sons", "daughters", "brothers", "sisters", "mother-in-law",
    "father-in-law", "roommate", "neighbor", "coworker",
    "hijo", "hija", "hijos", "hijas", "esposo", "esposa", "marido", "mamá", "mama", "papá", "madre", "padre",
    "hermano", "hermana", "nieto", "nieta", "abuelo", "abuela", "bebé", "bebe", "novio", "novia", "sobrino", "sobrina",
    "niña", "niño", "nena", "nene", "hijita", "hijito", "bebita", "bebito", "gemelos", "gemelas", "esposito",
}
POSSESSIVES = {"my", "our", "his", "her", "their", "mi", "mis", "su", "sus", "nuestro", "nuestra", "a"}
# Words that may be capitalized after a kinship word but are not names.
_NOT_NAMES = {"and", "or", "but", "is", "was", "who", "that", "has", "had", "got", "to", "in", "at", "on", "for",
              "de", "y", "que", "es", "the", "a", "an", "today", "tonight", "yesterday", "now", "here", "there",
              "dr", "doctor", "nurse", "mr", "mrs", "ms", "i", "he", "she", "they", "we", "it", "also", "just"}
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today tomorrow yesterday this that it she he they who which".split()
)
# A name stated with its age: "since Zion was three days old", "Mireya turned 2 last week".
_NAME_THEN_AGE = re.compile(
    r"(?<![\w.])([A-Z][a-z]{2,})\s+(?:was|is|turned|turns|just\s+turned)\s+(?:only\s+|just\s+|almost\s+|barely\s+)?"
    r"(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[- ](?:days?|weeks?|months?|years?)[- ]old\b|"
    r"(?=\s+(?:last|this|in|on)\b))"
)
# A name with the child's age in parentheses, opening a sentence: "Rhys (6) just passed his challenge".
_NAME_AGE_PAREN = re.compile(r"(?m)(?:^|(?<=[.!?]\s))([A-Z][a-z]{2,})\s*\(\s*\d{1,2}\s*\)")
# Two names stated with their age: "Iris and June are 2 now" (a month name is a name here).
_TWO_NAMES_AGE = re.compile(
    r"(?<![\w.])([A-Z][a-z]{2,})\s+(?:and|&)\s+([A-Z][a-z]{2,})\s+(?:are|were)\s+(?:both\s+|now\s+|just\s+|almost\s+)?"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+(?:now|and|both|years?|months?)\b|\s*[.,;!])"
)
_SIGNATURE = re.compile(r"(?:^|[\s(])[-–—~]\s*([A-Z][a-z]+(?:\s+[A-Z]\.?(?![a-z]))?)\s*[.!]*\s*(?:$|\n)")
_NAMING = re.compile(
    r"\b(?:named|name\s+is|name's|called\s+(?:him|her|me|them)|calling\s+(?:him|her|me|them)|llamad[oa]|se\s+llama)\s+([A-Z][a-z]+)"
)
_ROLE_BEFORE = re.compile(
    r"(?:nurse|doctor|tech|technician|therapist|assistant|receptionist|hygienist|PA|NP|MA|provider|counselor|"
    r"midwife|surgeon|dentist|scheduler|manager|girl at the desk|lady|woman|man|guy|staff member|biller)\s+$",
    re.IGNORECASE,
)


_NOT_NAME_AFTER_AGE = {"loves", "needs", "got", "gets", "went", "said", "says", "still", "never", "always", "came", "cried", "screamed", "with", "who"}
# "my six-week-old Micah", "our 3yo Eli": an age in front of a capitalized name
_AGE_THEN_NAME = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ](?:day|week|month|year|yr|wk|mo)s?[- ]old\s+"
    r"(?:(?:son|daughter|boy|girl|baby|kid|grandson|granddaughter|twins?|nephew|niece)\s*,?\s+)?([A-Z][a-z]{1,20})\b"
    r"|\b(?:[Mm]y|[Oo]ur)\s+\d{1,2}\s?(?:yo|y/o)\s+([A-Z][a-z]{1,20})\b"
)


# Person nouns that act as kinship words only right after a possessive (and an optional
# adjective): "our little guy eli", "my youngest Mila", "my little one, Ari".
SOFT_KINSHIP = {"guy", "man", "lady", "one", "kiddo", "kiddos", "youngest", "oldest", "eldest", "middle", "littlest",
                "bestie", "munchkin", "bub", "buddy", "boys", "girls", "babies", "love", "sweetheart"}


def _soft_kin(doc, i: int) -> bool:
    if doc[i].lower_ not in SOFT_KINSHIP:
        return False
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        if doc[j].lower_ in ("my", "our", "his", "her", "their"):
            return True
        if doc[j].pos_ != "ADJ":
            return False
    return False


def _in_law(doc, i: int) -> bool:
    """'brother-in-law', 'mother in law': the last token of an in-law kinship word."""
    if doc[i].lower_ not in ("law", "laws"):
        return False
    j = i - 1
    if j >= 0 and doc[j].text == "-":
        j -= 1
    if j < 0 or doc[j].lower_ != "in":
        return False
    j -= 1
    if j >= 0 and doc[j].text == "-":
        j -= 1
    return j >= 0 and doc[j].lower_ in KINSHIP


# "The chaplain, Brother Tom", "Sister Mary Agnes", "Father Dan": a capitalized kinship word with no possessive
# before it is a clergy title (the person is staff or clergy), not the reviewer's relative ("my brother Tom").
_CLERGY_TITLES = frozenset({"Brother", "Sister", "Father", "Hermano", "Hermana", "Padre", "Fray", "Sor"})


def _clergy_title(doc, i: int) -> bool:
    if doc[i].text not in _CLERGY_TITLES:
        return False
    j = i - 1
    while j >= 0 and doc[j].pos_ == "ADJ":
        j -= 1
    return j < 0 or doc[j].lower_ not in POSSESSIVES


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(n.lower() for n in read_lexicon("first_names.txt"))


@lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Given names from many languages (generated list plus first_names.txt), lowercase. Only for telling a
    capitalized name from an unlisted term in the same position ("Bernadette worked" vs "Zyrtec worked"); never
    for finding names, because the list includes everyday words (Hope, Will, Said)."""
    return given_names() | frozenset(n.lower() for n in read_lexicon("given_names_generated.txt"))


class FamilyNameRecognizer(EntityRecognizer):
    """Patient and family names in kinship, signature and naming positions."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="FamilyNameRecognizer", supported_language="en")

    def load(self) -> None:
        self._names = given_names()
        known_given_names()  # read the generated list once at start-up, not on the first request that needs it

    def _is_name(self, tok, nxt, spanish: bool = False) -> bool:
        if not tok.is_alpha or tok.lower_ in _NOT_NAMES or tok.lower_ in KINSHIP:
            return False
        if tok.is_title or tok.is_upper and len(tok) > 1:
            if tok.tag_ == "MD" or tok.pos_ in ("AUX", "VERB", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
                # "my husband Will says": a modal followed by a finite verb or punctuation is a name.
                return nxt is None or nxt.is_punct or nxt.tag_ in ("VBZ", "VBD")
            return True
        if tok.is_stop or tok.pos_ in ("AUX", "VERB", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV"):
            return False
        if tok.lower_ in self._names:
            return True
        # "my son jaxon": a lowercase word in name position that is no dictionary word is a name; a Spanish verb
        # form ("mi hijo tartamudeaba") is not
        low = tok.lower_
        if low.endswith(ES_VERB_ENDINGS) or (spanish and low in common_words()):
            return False  # in Spanish text, an everyday word ("trabaja", "tiene", "aunque") not listed as a given name
        return len(tok) >= 3 and tok.is_alpha and not is_common_word(low) and low not in _NOT_NAMES

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        from app.phi.recognizers.filters import is_spanish  # local: filters imports this module

        results: list[RecognizerResult] = []
        spanish = is_spanish(text)
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is not None:
            n = len(doc)
            for i, tok in enumerate(doc):
                if tok.lower_ not in KINSHIP and tok.lower_.rstrip("s") not in KINSHIP and not _in_law(doc, i) and not _soft_kin(doc, i):
                    continue
                if _clergy_title(doc, i):
                    continue
                j = i + 1
                if j < n and doc[j].text == ",":
                    j += 1
                while j < n:
                    nxt = doc[j + 1] if j + 1 < n else None
                    if not self._is_name(doc[j], nxt, spanish):
                        break
                    k = j
                    # Surname: following capitalized proper nouns ("Eli Brooks").
                    while k + 1 < n and doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN" and doc[k + 1].lower_ not in _NOT_NAMES:
                        k += 1
                    results.append(make_result(self, "PERSON", doc[j].idx, doc[k].idx + len(doc[k]), self.SCORE))
                    # Coordinated names: "Noah and Ava", and lowercase "leo and luca" when the first was lowercase too.
                    if k + 2 < n and doc[k + 1].lower_ in ("and", "y", "&") and (
                        doc[k + 2].is_title or (doc[j].is_lower and doc[k + 2].is_lower)
                    ) and self._is_name(doc[k + 2], doc[k + 3] if k + 3 < n else None, spanish):
                        j = k + 2
                        continue
                    break
        for m in _AGE_THEN_NAME.finditer(text):
            g = 1 if m.group(1) else 2
            name = m.group(g)
            if name.lower() not in KINSHIP and name.lower() not in _NOT_NAMES and name.lower() not in _NOT_NAME_AFTER_AGE:
                results.append(make_result(self, "PERSON", m.start(g), m.end(g), self.SCORE))
        for m in _SIGNATURE.finditer(text):
            results.append(make_result(self, "PERSON", m.start(1), m.end(1), self.SCORE))
        for m in _NAME_THEN_AGE.finditer(text):
            name = m.group(1)
            low = name.lower()
            if low in KINSHIP or low in _NOT_NAMES or low in _CALENDAR_WORDS:
                continue
            if not is_common_word(low) or low in self._names:
                results.append(make_result(self, "PERSON", m.start(1), m.end(1), self.SCORE))
        for m in _NAME_AGE_PAREN.finditer(text):
            low = m.group(1).lower()
            if low not in KINSHIP and low not in _NOT_NAMES and (not is_common_word(low) or low in known_given_names()):
                results.append(make_result(self, "PERSON", m.start(1), m.end(1), self.SCORE))
        for m in _TWO_NAMES_AGE.finditer(text):
            for g in (1, 2):
                low = m.group(g).lower()
                if low not in KINSHIP and low not in _NOT_NAMES and (not is_common_word(low) or low in known_given_names()):
                    results.append(make_result(self, "PERSON", m.start(g), m.end(g), self.SCORE))
        for m in _NAMING.finditer(text):
            if _ROLE_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
                continue
            results.append(make_result(self, "PERSON", m.start(1), m.end(1), self.SCORE))
        return results
