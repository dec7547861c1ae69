"""The health-description model (app/phi/recognizers/health_model.py): what it adds beside the rules, and the
rules that keep its spans precise. Texts are invented; none is in the model's training data. The first table pins
what the committed model finds; a retrained model that loses these should be looked at before it is committed."""

from __future__ import annotations

import pytest

from app.phi.recognizers.health_model import MODEL_DIR, MODEL_RECOGNIZER, HealthModelRecognizer

MODEL = MODEL_RECOGNIZER


def _model_spans(detector, text: str, **kwargs) -> list[str]:
    findings, _ = detector.analyse(text, **kwargs)
    return [text[f.start : f.end] for f in findings if f.recognizer == MODEL]


def test_the_trained_model_ships_with_the_package():
    assert (MODEL_DIR / "config.cfg").is_file()
    assert (MODEL_DIR / "ner" / "model").is_file()


@pytest.mark.parametrize(
    ("text", "substring", "kind"),
    [
        (
            "Dr. Park adjusted my meds. Before that I was crying in the car every morning and couldn't face the "
            "grocery store.",
            "couldn't face the grocery store",
            "HEALTH",
        ),
        (
            "Her asthma got so bad she was wheezing after one flight of stairs and missing practice with the "
            "Riverside Rockets.",
            "Riverside Rockets",
            "LOCATION",
        ),
    ],
)
def test_what_the_model_adds_beside_the_rules(phi_detector, text, substring, kind):
    findings, _ = phi_detector.analyse(text)
    model = [(f.entity_type, text[f.start : f.end]) for f in findings if f.recognizer == MODEL]
    assert any(k == kind and (substring in s or s in substring) for k, s in model), model


def test_a_rule_span_wins_over_an_overlapping_model_span():
    from app.phi.registry import resolve_overlaps
    from app.phi.types import PhiFinding

    rule = PhiFinding("HEALTH", 10, 26, 0.9, "HealthTermRecognizer")
    model = PhiFinding("HEALTH", 4, 40, HealthModelRecognizer.SCORE, MODEL)
    elsewhere = PhiFinding("HEALTH", 50, 60, HealthModelRecognizer.SCORE, MODEL)
    assert resolve_overlaps([model, rule, elsewhere]) == [rule, elsewhere]


def _result(kind: str, start: int, end: int, recognizer: str):
    from presidio_analyzer import RecognizerResult

    return RecognizerResult(kind, start, end, 0.5, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer})


def test_model_health_needs_health_found_by_a_rule_but_its_places_do_not():
    from app.phi.recognizers.filters import apply

    text = "After practice with the Ice Hogs I kept nodding off and nobody could find my file."
    hogs = (text.index("Ice Hogs"), text.index("Ice Hogs") + len("Ice Hogs"))
    nodding = (text.index("nodding off"), text.index("nodding off") + len("nodding off"))
    alone = [_result("LOCATION", *hogs, MODEL), _result("HEALTH", *nodding, MODEL)]
    assert [(r.entity_type, r.start) for r in apply(text, alone)] == [("LOCATION", hogs[0])]
    with_rule = [*alone, _result("HEALTH", 0, 8, "HealthTermRecognizer")]
    assert {r.entity_type for r in apply(text, with_rule) if r.start in (hogs[0], nodding[0])} == {"LOCATION", "HEALTH"}


@pytest.mark.parametrize(
    ("text", "place", "kept"),
    [
        ("I drive in from Fairhaven every week for my infusions.", "Fairhaven", True),
        ("Parking at the Westbrook office is a nightmare after my knee surgery.", "Westbrook", False),  # the practice
        ("They booked me for Tuesday after my knee surgery.", "Tuesday", False),  # a date word
    ],
)
def test_model_places_pass_the_place_filters(text, place, kept):
    from app.phi.recognizers.filters import keep

    start = text.index(place)
    assert keep(text, _result("LOCATION", start, start + len(place), MODEL)) is kept


def test_drafts_are_not_read_by_the_model(phi_detector):
    text = (
        "Dr. Park adjusted my meds. Before that I was crying in the car every morning and couldn't face the "
        "grocery store."
    )
    assert _model_spans(phi_detector, text)
    assert _model_spans(phi_detector, text, use_ner=False) == []


class _Span(list):
    """A list of stand-in tokens with the attributes the precision rules read."""


class _Tok:
    def __init__(self, text, pos, ent="", stop=False):
        self.text, self.pos_, self.ent_type_, self.is_stop, self.lemma_ = text, pos, ent, stop, text.lower()


@pytest.mark.parametrize(
    ("tokens", "kept"),
    [
        ([_Tok("BEWARE", "VERB")], False),  # one everyday word, shouted or not
        ([_Tok("diet", "NOUN")], False),
        ([_Tok("v-tach", "NOUN")], True),  # jargon is kept
        ([_Tok("Keely", "PROPN", "PERSON")], False),  # a person's name
        ([_Tok("worked", "VERB"), _Tok("with", "ADP", stop=True), _Tok("Keely", "PROPN", "PERSON")], False),
        ([_Tok("the", "DET", stop=True), _Tok("way", "NOUN")], False),  # one everyday content word
        ([_Tok("the", "DET", stop=True), _Tok("it", "PRON", stop=True)], False),  # no content word
        ([_Tok("Tuesday", "PROPN", "DATE")], False),  # only a date
        ([_Tok("asleep", "ADJ"), _Tok("class", "NOUN")], True),
        ([_Tok("sugar", "NOUN")], False),  # a gated lay term: the rules judge it
        ([_Tok("shaking", "VERB")], False),  # a state word: the rules judge it
    ],
)
def test_precision_rules(phi_detector, tokens, kept):
    # (phi_detector installs the English dictionary that tells everyday words)
    from app.phi.recognizers.health_model import _worth_reporting

    assert _worth_reporting(_Span(tokens)) is kept


def test_spanish_reviews_are_left_to_the_spanish_rules(phi_detector):
    text = "Mi hija lloraba en el carro cada mañana y no quería ir a la escuela. La doctora fue muy amable."
    assert _model_spans(phi_detector, text) == []


def test_without_a_shared_vocabulary_the_model_reads_the_text_itself(phi_detector):
    """The fallback path (a recognizer built on its own) finds what the detector's shared-vocabulary one finds."""
    text = (
        "Dr. Park adjusted my meds. Before that I was crying in the car every morning and couldn’t face the "
        "grocery store, and I missed practice with the Riverside Rockets."
    )
    shared = next(r for r in phi_detector.analyzer.registry.recognizers if r.name == MODEL)
    alone = HealthModelRecognizer()
    nlp = phi_detector.analyzer.nlp_engine.nlp["en"]
    with nlp.memory_zone():
        doc = nlp(text)
        assert shared._predict(doc) == alone._predict(doc)
        assert shared._predict(doc)  # and it is not empty: the curly apostrophe is read like a straight one
