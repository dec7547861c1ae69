"""Plain-English "why" for each recognizer, taken from the recognizers' own docstrings."""

from __future__ import annotations

import inspect

from app.phi.detector import PhiDetector

_FALLBACK = {
    "SpacyRecognizer": "The spaCy language model recognised a name, place, date or amount from the sentence structure.",
}
_cache: dict[int, dict[str, str]] = {}


def recognizer_explanations(detector: PhiDetector) -> dict[str, str]:
    """Recognizer name -> first line of its class docstring (built once per detector)."""
    key = id(detector)
    if key not in _cache:
        explanations = dict(_FALLBACK)
        for recognizer in detector.analyzer.registry.recognizers:
            doc = inspect.getdoc(type(recognizer)) or ""
            first = doc.strip().splitlines()[0] if doc.strip() else ""
            if first and recognizer.name not in explanations:
                explanations[recognizer.name] = first
        _cache[key] = explanations
    return _cache[key]


def explain(explanations: dict[str, str], recognizer: str) -> str:
    if recognizer in explanations:
        return explanations[recognizer]
    if "Reviewer" in recognizer:
        return "Part of the reviewer's display name, which is always treated as disclosed."
    return "A pattern or word list for this kind of information."
