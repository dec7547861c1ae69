"""Shared helpers for SafeReply recognizers: lexicon loading, word keys, result building.

Nothing here matches text by itself. The word-key function (`word_key`) is the one
place that decides when two spellings count as the same word: lowercase, accents
stripped, curly apostrophes straightened, "n't" read as "not", and a simple English
plural fold (teeth/tooth, crowns/crown, allergies/allergy). Lexicon phrases and
text tokens both go through it, so a lexicon line in any inflection matches.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from presidio_analyzer import EntityRecognizer, RecognizerResult

_IRREGULAR = {
    "teeth": "tooth",
    "feet": "foot",
    "children": "child",
    "men": "man",
    "women": "woman",
    "lice": "louse",
    "n't": "not",
    "nt": "not",
    "ca": "can",  # "can't" splits into "ca" + "n't"
    "wo": "will",  # "won't" splits into "wo" + "n't"
}
# Words ending in "s" that are not plurals (the fold would damage them).
_KEEP_S = ("ss", "us", "is", "ys", "as", "os")


def fold_accents(text: str) -> str:
    """'cirugía' -> 'cirugia' (Spanish lexicon lines and text compare without accents)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The comparison key of one word (see the module docstring)."""
    w = fold_accents(word.lower().replace("’", "'").replace("‘", "'"))
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.isalpha():
        if w.endswith("ies"):
            return w[:-3] + "y"
        if w.endswith(("ches", "shes", "xes", "sses", "zes")):
            return w[:-2]
        if w.endswith("s") and not w.endswith(_KEEP_S):
            return w[:-1]
    return w


def token_keys(tok) -> tuple[str, ...]:
    """Keys under which a spaCy token can match a lexicon word: its form and its lemma."""
    a = word_key(tok.text)
    b = word_key(tok.lemma_) if tok.lemma_ else a
    return (a,) if a == b else (a, b)


def read_lexicon(filename: str) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file in app/phi/lexicons/ (order kept)."""
    text = resources.files("app.phi.lexicons").joinpath(filename).read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def make_result(recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float) -> RecognizerResult:
    """A RecognizerResult carrying this recognizer's name (for the finding's `recognizer`)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=None,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


def span_of(tokens) -> tuple[int, int]:
    """Character span (start, end) of a run of spaCy tokens."""
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last)
