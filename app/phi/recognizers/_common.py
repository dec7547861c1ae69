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
    keys = (a,) if a == b else (a, b)
    # "stage 2B." / "Auvi-Q.": the tokenizer keeps a sentence-final period on some tokens
    if len(a) >= 2 and a.endswith(".") and a[-2] != ".":
        keys += (word_key(tok.text[:-1]),)
    return keys


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


# -- common-word dictionary ---------------------------------------------------
#
# The English pipeline's rule lemmatizer ships WordNet's word index (about 80k
# nouns, verbs, adjectives and adverbs, lowercase). SafeReply uses it as a plain
# "is this an ordinary dictionary word?" test: misspelling matching never fuzzes a
# dictionary word ("willing", "billing"), and brand-name and lowercase-name rules
# only accept words that are NOT in it ("Xifaxan", "jaxon"). The registry installs
# it once from the loaded model (set_dictionary); without it the set is empty and
# those rules fall back to their other checks.

_DICTIONARY: frozenset[str] = frozenset()

# Spanish words the English dictionary lacks but that must never be read as a
# misspelled drug or a name (reviews in Spanish): verbs, greetings, common nouns.
SPANISH_COMMON = frozenset(
    """
    alegra alegro alegramos queremos lamentamos agradecemos gracias muchas excelente atencion atención
    amables amable doctora doctor recepcionista enfermera paciencia equipo estacionamiento pequeño pequeno
    tambien también siempre nunca nada todo todos todas mucho muchos mucha muy pero porque cuando donde
    ahora despues después antes mejor peor bueno buena malo mala gracias favor recomiendo recomendamos
    llamé llame llamaron llamada contestan contesta telefono teléfono cita citas consulta seguro cobraron
    cobran pagar pague pagué dinero tiempo espera esperar esperamos horas semana semanas meses años anos
    familia esposo esposa hijo hija nieta nieto mamá mama papá papa hermano hermana abuela abuelo
    trabajo trabajar personal español espanol ingles inglés hablar habla explicó explico explicaron
    atendieron atendió atendio recetó receto necesitan necesitaba necesito quiero quieren saber valiera
    tratan trataron respeto traduce escríbame escribame manejo vengo venir vivo vivimos horario horarios
    """.split()
)


def set_dictionary(words) -> None:
    """Install the common-word dictionary (lowercase words); called once by the registry."""
    global _DICTIONARY
    _DICTIONARY = frozenset(w for w in words if w.isalpha() or "-" in w)


def dictionary_from_nlp(nlp) -> frozenset[str]:
    """WordNet's word index from a spaCy English pipeline's rule lemmatizer (empty if absent)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except Exception:  # no lemmatizer or no lookups in this model
        return frozenset()
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(w.lower() for w in table.get(pos, ()) if "_" not in w)
    return frozenset(words)


def is_common_word(word: str) -> bool:
    """True for an ordinary English (or common Spanish) word, in any simple inflection."""
    w = word.lower()
    if w in SPANISH_COMMON or fold_accents(w) in SPANISH_COMMON:
        return True
    if not _DICTIONARY:
        return False
    if w in _DICTIONARY:
        return True
    # simple inflections: -s/-es/-ed/-ing/-er/-ly forms of a dictionary word
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("er", ""), ("ly", ""), ("ied", "y")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and (w[: -len(suffix)] + repl) in _DICTIONARY:
            return True
    # doubled consonant before -ing/-ed ("stopping")
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 3 and w[-len(suffix) - 1] == w[-len(suffix) - 2]:
            if w[: -len(suffix) - 1] in _DICTIONARY:
                return True
    return False


# Spanish verb endings no given name has ("tartamudeaba", "lloraron", "vomitando"): a lowercase word after a
# kinship word that ends in one is a verb, not a name.
ES_VERB_ENDINGS = ("aba", "aban", "ábamos", "aron", "ieron", "ando", "iendo", "aste", "iste")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English and Spanish words (generated from word frequencies; see lexicons/README.md)."""
    return frozenset(w.lower() for w in read_lexicon("common_words.txt"))
