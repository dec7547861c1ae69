"""The reviewer's own name (PERSON), built per request from the display name.

Rules:
- variants of the display name: the whole name, each part of 2+ letters
  ("Claude", "Jones"), matched case-insensitively on word boundaries; a
  possessive stays outside the span ("Jones's" -> "Jones");
- parts that are also ordinary English words (Hope, Will, Grace, Faith, Joy,
  May, Rose, Summer...) only match capitalized and in name position: not tagged
  as a modal or verb by spaCy ("Will definitely be back", "I hope" stay out);
- an initial right after a matched part joins it ("Will T.");
- social handles containing a name part ("@claude_j", "@jones.smiles") are the
  reviewer's handle: the whole handle is PERSON.
It is passed to Presidio as an ad-hoc recognizer, never added to the shared
registry, so one request's name never leaks into another's scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from app.phi.recognizers._common import make_result

COMMON_WORD_NAMES = {
    "hope", "will", "grace", "faith", "joy", "may", "rose", "summer", "autumn", "june", "april", "dawn", "hunter",
    "mark", "bill", "pat", "art", "rich", "sky", "star", "honey", "sunny", "ray", "mercy", "patience", "chase",
    "bob", "jack", "frank", "sue", "gene", "bud", "lane", "page", "drew", "miles", "max", "iris", "ivy", "olive",
    "ruby", "pearl", "amber", "crystal", "destiny", "harmony", "melody", "trinity", "brook", "river", "reed",
    "wade", "cash", "penny", "holly", "daisy", "lily", "violet", "jasmine", "hazel", "ginger", "august", "genesis",
    "journey", "justice", "liberty", "love", "precious", "charity", "constance", "prudence", "noel", "guy",
    "don", "dean", "earl", "royal", "king", "major", "young", "brown", "white", "black", "green", "long", "short",
    "little", "small", "rich", "hill", "wood", "price", "cook", "baker", "miller", "best", "ward", "hall",
}
_PRONOUNS = {"i", "you", "we", "they", "he", "she", "it", "u", "y'all"}
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")


def name_parts(name: str | None) -> list[str]:
    """The display name and its parts (2+ letters), longest first."""
    if not name:
        return []
    cleaned = name.strip().lstrip("@")
    variants: set[str] = set()
    if cleaned and not cleaned.lower().startswith("anonymous"):
        variants.add(cleaned)
    for part in re.split(r"[\s_.\-]+", cleaned):
        part = part.strip("'’")
        if len(part) >= 2 and part.lower() not in ("anonymous", "jr", "sr", "ii", "iii", "dr", "mr", "mrs", "ms"):
            variants.add(part)
    return sorted(variants, key=len, reverse=True)


class ReviewerNameRecognizer(EntityRecognizer):
    """Per-request PERSON matches of the reviewer's (and extra) names."""

    SCORE = 1.0

    def __init__(self, names: Iterable[str]) -> None:
        self._names = sorted({n for n in names if n}, key=len, reverse=True)
        super().__init__(supported_entities=["PERSON"], name="ReviewerNameRecognizer", supported_language="en")

    def load(self) -> None:
        plain = [n for n in self._names if n.lower() not in COMMON_WORD_NAMES]
        common = [n for n in self._names if n.lower() in COMMON_WORD_NAMES]
        initial = r"(?:\s+[A-Z]\.(?!\w)|\s+(?!I\b)[A-Z](?![\w.]))?"
        self._plain = re.compile(rf"(?<![\w@])(?:{'|'.join(map(re.escape, plain))})(?!\w){initial}", re.I) if plain else None
        self._common = re.compile(rf"(?<![\w@])(?:{'|'.join(map(re.escape, common))})(?!\w){initial}") if common else None
        self._parts_lower = [n.lower() for n in self._names if len(n) >= 3 and " " not in n]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = []
        if self._plain is not None:
            for m in self._plain.finditer(text):
                results.append(make_result(self, "PERSON", m.start(), m.end(), self.SCORE))
        if self._common is not None:
            doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
            by_start = {t.idx: t for t in doc} if doc is not None else {}
            for m in self._common.finditer(text):
                tok = by_start.get(m.start())
                if tok is not None and not self._name_position(tok, doc, m.end() > tok.idx + len(tok)):
                    continue
                results.append(make_result(self, "PERSON", m.start(), m.end(), self.SCORE))
        for m in _HANDLE.finditer(text):
            handle = m.group().lower()
            if any(p in handle for p in self._parts_lower):
                results.append(make_result(self, "PERSON", m.start(), m.end(), self.SCORE))
        return results

    @staticmethod
    def _name_position(tok, doc, has_initial: bool) -> bool:
        if has_initial:
            return True
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # "Will I come back?", "Will definitely be back", "Hope you read this": a modal or verb use.
        if nxt is not None and (nxt.lower_ in _PRONOUNS or nxt.tag_ in ("VB", "RB", "MD") or nxt.pos_ == "ADV"):
            return False
        if tok.tag_ == "MD" or tok.pos_ in ("AUX", "VERB", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            # A modal "Will" before a verb is not a name; before nothing/punctuation it is (a sign-off).
            return nxt is None or (nxt.is_punct and nxt.text not in ("?",)) or nxt.tag_ in ("VBZ", "VBD")
        return True
