"""Health described in everyday words (and the reviewer's places), found by a small statistical model trained
on labelled reviews.

The lexicons and grammar rules in health.py find named conditions, procedures, tests and medicines. Lay
descriptions of what happened to a body ("fell asleep in class", "couldn't ride in an elevator", "naming
pictures" in speech therapy) are a long tail that no word list covers. A spaCy entity model reads them from
their context instead: it was trained on the HEALTH spans of SafeReply's labelled development reviews
(`scripts/train_health_model.py` builds it; `evalsets/README.md` says which sets it saw and which stay blind).
It learns LOCATION spans too ("the Ice Hogs", a team; "Carver & Pell", a workplace): learning both labels together
found more of each on reviews it had not seen than HEALTH alone.

How its spans are used, for precision:

* Its score (0.5) is below every rule recognizer's, so where a rule already found something the rule's span
  is kept (registry.resolve_overlaps); the model only adds spans no rule covers.
* English text only: Spanish reviews are left to health_es.txt and the Spanish grammar rules.
* A HEALTH span counts only in a text where a rule also found health information (filters.py,
  health_model_alone).
* A LOCATION span passes the same filters as spaCy's own place guesses (filters.py: not the practice's own site
  or a care organisation, not a date word, a platform or a chain, not a lowercase word), and of the rules below
  the person's-name, content-word and one-everyday-word ones.
* A span must hold a content word (noun, verb, adjective, number or name) that is not a stop word and not
  only a place, group, date or amount in the main parse; a span with a person's name in it is dropped (names
  are found by the name recognizers and kept apart from staff names).
* Words the lexicons count only under a condition (gated lay terms, context terms, possessed terms and state
  words: "sugar", "physical", "weight", "shaking") are left to that condition: a span made only of them is
  dropped, since the rules have already looked for the possession, the cue or the person they need.
* A span whose only content word is a dictionary word ("diet", "cleaning", "BEWARE") is dropped: on held-out
  reviews such one-word guesses were never right. Words outside the dictionary (abbreviations, brand names,
  slang: "v-tach") stay.
* The model runs on review scans only (the detector's use_ner=True path); drafts are checked by the rules.
* The reply check compares a model span by its words outside the everyday list, or, for a span of everyday
  words only, as a whole phrase (replycheck/rules/echo.py `_model_item`): the model reads health from the words
  together, so one everyday word of the span ("leaks like crazy" -> "if you'd like") is no echo.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import is_common_word, read_lexicon, word_key

log = logging.getLogger(__name__)

MODEL_DIR = Path(str(resources.files("app.phi").joinpath("models", "health_ner")))

MODEL_RECOGNIZER = "HealthModelRecognizer"
LABELS = ("HEALTH", "LOCATION")
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# The main parse's entity types that name a place, group, date or quantity rather than a body or its care.
_NAMED_ENTS = {"GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL", "QUANTITY"}


class HealthModelRecognizer(EntityRecognizer):
    """A statistical model trained on labelled reviews recognised an everyday description of health, or a place in
    the reviewer's life, here."""

    SCORE = 0.5

    def __init__(self, model_dir: Path = MODEL_DIR, vocab=None) -> None:
        self._model_dir = model_dir
        self._vocab = vocab  # the main pipeline's vocabulary, shared so each word's lexeme is built once
        self._nlp = None
        super().__init__(supported_entities=list(LABELS), name=MODEL_RECOGNIZER, supported_language="en")

    def load(self) -> None:
        import spacy

        if self._vocab is not None:
            # the main model's vocabulary as it is: the model's own saved vocabulary (tables, training strings) is
            # not loaded into it
            self._nlp = spacy.load(self._model_dir, vocab=self._vocab, exclude=["vocab"])
        else:
            self._nlp = spacy.load(self._model_dir)
        conditional_words()  # read the lexicons now, not on the first request
        log.info("health model loaded (%d labels)", len(self._nlp.get_pipe("ner").labels))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if self._nlp is None or nlp_artifacts is None or nlp_artifacts.tokens is None or not text.strip():
            return []
        doc = nlp_artifacts.tokens
        # Drafts are parsed without spaCy's entity recognizer (detector.analyse(use_ner=False)); the model
        # follows it, so it reads reviews only.
        from app.phi.recognizers.filters import is_spanish  # local: filters imports this module

        if not doc.has_annotation("ENT_IOB") or is_spanish(text):
            return []
        results = []
        for start, end, label in self._predict(doc):
            span = doc.char_span(start, end, alignment_mode="expand")
            if label not in LABELS or span is None or not _worth_reporting(span, label):
                continue
            results.append(RecognizerResult(label, span.start_char, span.end_char, self.SCORE))
        return results

    def _predict(self, doc) -> list[tuple[int, int, str]]:
        """(start, end, label) of the model's entities in the main parse's text. With the shared vocabulary
        the words are not tokenized again and their strings live in the detector's memory zone; otherwise the
        model reads the text in a zone of its own, and the offsets are taken before the zone closes."""
        from spacy.tokens import Doc

        if doc.vocab is not self._nlp.vocab:
            with self._nlp.memory_zone():
                return [(e.start_char, e.end_char, e.label_) for e in self._nlp(doc.text.replace("’", "'")).ents]
        # A curly apostrophe ("couldn’t", as phones type it) is read as the straight one the training text mostly
        # has; it is one character either way, so offsets do not move.
        copy = Doc(doc.vocab, words=[t.text.replace("’", "'") for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        for token, source in zip(copy, doc):
            token.norm_ = source.norm_  # the tokenizer's own norms ("n't" -> "not"), which words alone lose
        for _, component in self._nlp.pipeline:
            copy = component(copy)
        return [(e.start_char, e.end_char, e.label_) for e in copy.ents]


@lru_cache(maxsize=1)
def conditional_words() -> frozenset[str]:
    """Word keys of the terms the rules count only under a condition (gated lay terms, context terms, possessed
    terms, state words: "sugar", "physical", "weight", "shaking"). The rules have already judged them."""
    from app.phi.recognizers.health import CONTEXT_FILE, GATED_FILE, POSSESSED_FILE, STATES_FILE

    keys: set[str] = set()
    for filename in (GATED_FILE, POSSESSED_FILE, STATES_FILE, CONTEXT_FILE):
        for line in read_lexicon(filename):
            term = line.split("::", 1)[0].split("/", 1)[0].strip()  # "physical/NOUN" -> "physical"
            if term.isalpha():  # one-word terms only: the words of "blood work" or "high blood" are not conditional
                keys.add(word_key(term))
    return frozenset(keys)


def _worth_reporting(span, label: str = "HEALTH") -> bool:
    if any(t.ent_type_ == "PERSON" for t in span):
        return False
    content = [t for t in span if t.pos_ in _CONTENT_POS and not t.is_stop and any(c.isalnum() for c in t.text)]
    if not content or (len(content) == 1 and is_common_word(content[0].text.lower())):
        return False  # no content word, or one everyday word ("diet", "calling", "BEWARE"): too little to go on
    if label == "LOCATION":
        return True
    if all(t.ent_type_ in _NAMED_ENTS for t in content):
        return False
    conditional = conditional_words()
    # the rules' own condition decided these words ("the sugar in the coffee")
    return not all(word_key(t.text) in conditional or word_key(t.lemma_) in conditional for t in content)
