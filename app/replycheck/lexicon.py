"""Word-level helpers shared by the rules: tokenizing, stemming, stop and generic words, concept groups."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

# Words with letters (any Latin script, so Spanish works), digits, and inner
# apostrophes/hyphens. "$400" yields "400"; "teeth's" yields "teeth's".
_WORD_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)?")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text with its Python str offsets (end exclusive)."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str, offset: int = 0) -> list[Word]:
    """Split text into words with offsets relative to offset."""
    return [Word(m.start() + offset, m.end() + offset, m.group()) for m in _WORD_RE.finditer(text)]


# Irregular plurals and past forms that a suffix stripper cannot join.
_IRREGULAR = {
    "teeth": "tooth",
    "feet": "foot",
    "children": "child",
    "kids": "kid",
    "women": "woman",
    "men": "man",
    "lost": "lose",
    "loss": "lose",
    "broke": "break",
    "broken": "break",
    "bled": "bleed",
    "fell": "fall",
    "fallen": "fall",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "wives": "wife",
    "moms": "mom",
    "dying": "die",
    "died": "die",
    "death": "die",
    "dead": "die",
    "surgical": "surgery",
    "surgeries": "surgery",
    "pregnant": "pregnancy",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "eleven": "11",
    "twelve": "12",
}

# Longest first. Stems must keep at least 4 characters, so short words survive intact.
_SUFFIXES = (
    "izations", "ization", "ations", "ation", "itions", "ition", "ments", "ment",
    "ings", "ing", "ions", "ion", "ness", "ities", "ity", "ies", "ied", "ed", "es", "ly", "s",
)


def stem(word: str) -> str:
    """A cheap, deterministic stem: extracted/extraction/extracts -> extract, teeth -> tooth."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    w = w.replace(",", "")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.isdigit():
        return w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if suffix in ("ies", "ied", "ities"):
                w += "y"
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # "stopped" -> "stopp" -> "stop"
        w = w[:-1]
    return w


# Words that are never evidence of an echo on their own: the corpus README's
# "generic words", provider role nouns, routine specialty words, and everyday
# review vocabulary that practice-wide replies legitimately use.
GENERIC_WORDS = frozenset(
    """
    care dental medical doctor doctors dr dentist dentists visit visits appointment appointments session sessions
    procedure procedures treatment treatments meds medication medications prescription prescriptions result results
    imaging records record intake office offices staff team front desk patient patients experience experiences
    time times day days week weeks month months year years hour hours minute minutes today tomorrow yesterday
    good great bad new old nice best worst first last next additional only actually maybe really just even still
    place clinic practice nurse nurses therapist therapists psychiatrist chiropractor chiro hygienist provider
    providers physician physicians surgeon pa np md dds rn receptionist manager assistant tech technician
    call calls called phone phones wait waited waiting hold message messages portal bill billed billing charge
    charged cost costs paid pay price prices insurance website online booking booked book schedule scheduled
    scheduling review reviews star stars thank thanks thankful love loved amazing wonderful kind friendly rude
    people person everyone anyone someone home help helped feel felt life work job health healthy
    pain hurt sick well better fine okay ok kid kids child children family families parent parents son daughter
    mom dad mother father husband wife baby
    zocdoc google yelp healthgrades facebook er hospital urgent emergency room lobby waiting
    mr mrs ms miss sir madam
    """.split()
)

_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_WORDS)


def is_content_word(word: str) -> bool:
    """True if the word could carry a disclosed detail (not a stop or generic word)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in STOP_WORDS or w in GENERIC_WORDS:
        return False
    if w.isdigit():
        return True
    if len(w) < 3:
        return False
    return stem(w) not in _GENERIC_STEMS


def key_of(word: str) -> str:
    """The comparison key of a word (its stem)."""
    return stem(word)


# Role words that, right before a name, mark it as the practice's staff (PROVIDER),
# not the reviewer or their family.
STAFF_TITLE_RE = re.compile(
    r"\b(?:dr|doctor|dra|nurse|np|pa|pa-c|rn|lpn|ma|hygienist|therapist|injector|technician|tech|receptionist|"
    r"assistant|surgeon|dentist|physician|provider|counselor|counsellor|midwife|coordinator|manager|scheduler|"
    r"director|administrator|chiropractor|optometrist|audiologist|esthetician|aesthetician|pharmacist|"
    r"psychiatrist|psychologist|pediatrician|dermatologist|doc)\.?\s*$",
    re.IGNORECASE,
)

