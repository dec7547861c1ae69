"""Money amounts billed or paid: "$400", "$1,250.00", "$150/month", "400 dollars".

Patterns (written here from US billing conventions, no outside list):
- dollar sign amounts, with an optional "k" and an optional per-unit suffix
  ("$150/month", "$40/visit") kept inside the span as the corpus rules ask;
- a number followed by a currency word (dollars, bucks, USD, dólares, pesos).
spaCy's MONEY entity loses the "$" sign; these spans keep it and score higher so
they win the overlap. Ratings like "10/10" are not money (no sign, no word).
"""

from presidio_analyzer import Pattern, PatternRecognizer


class MoneyRecognizer(PatternRecognizer):
    """Amounts billed or paid (FINANCIAL)."""

    PATTERNS = [
        Pattern(
            "dollar_sign",
            r"(?<![\w$])(?:US)?\$\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:k|K)\b)?"
            r"(?:\s?/\s?(?:mo|month|yr|year|visit|session|hr|hour|wk|week|tooth|unit|syringe|shot)\b)?",
            0.9,
        ),
        Pattern(
            "amount_word",
            r"\b\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars|bucks|usd|USD|d[oó]lares|pesos)\b",
            0.85,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="FINANCIAL", name="MoneyRecognizer", patterns=self.PATTERNS)
