"""Money amounts billed or paid: "$400", "$1,250.00", "$150/month", "400 dollars".

Patterns (written here from US billing conventions, no outside list):
- dollar sign amounts, with an optional "k" and an optional per-unit suffix
  ("$150/month", "$40/visit") kept inside the span as the corpus rules ask;
- a number followed by a currency word (dollars, bucks, USD, dólares, pesos), also in words ("forty dollars",
  "three hundred and fifty dollars", "two grand");
- a bare amount after a paying verb when a billing word follows ("paid 1,200 out of pocket", "owed 340 after
  insurance");
- a share of the bill ("80% coverage", "covered 60 percent").
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
        Pattern(
            "amount_in_words",
            r"(?i)\b(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?"
            r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\w+teen)(?:[- ]\w+)?)?|"
            r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|"
            r"nine))?|a\s+(?:hundred|thousand)|a\s+couple\s+(?:hundred|thousand)|several\s+(?:hundred|thousand))\s+"
            r"(?:dollars|bucks|d[oó]lares)\b|\b(?:a|one|two|three|four|five|six|ten|\d{1,2})\s+grand\b(?!\s+(?:opening|prize|piano|canyon|total|scheme|entrance|"
            r"reopening|finale|jury|slam|tour|old|gesture|plan|view))",
            0.85,
        ),
        Pattern(
            "amount_after_paying",
            r"(?i)(?<=\b(?:paid|pay|owe|owed|charged|billed|spent|quoted|cost\s+me|cost\s+us|costs)\s)(?:\d{1,3}(?:,\d{3})+|\d{2,5})"
            r"(?:\.\d{2})?(?=\s+(?:out\s+of\s+pocket|upfront|up\s+front|cash|total|after\s+insurance|a\s+month|per\s+month|"
            r"a\s+visit|per\s+visit|for\s+(?:the|a|an|each|my|his|her)|in\s+(?:cash|full)|copay|deductible|\w+\s+out\s+of\s+pocket)"
            r"(?!\s+\w*\s*(?:minutes|hours|mins|hrs)\b))",
            0.8,
        ),
        Pattern(
            "coverage_share",
            r"(?i)\b\d{1,3}\s?(?:%|percent)(?=\s+(?:coverage|covered(?!\s+(?:in|with|by)\b)|coinsurance|of\s+the\s+(?:cost|bill|charges?|fee|claim)))|"
            r"(?<=\b(?:covers|covered|cover|pays|paid|reimburses?|reimbursed)\s)\d{1,3}\s?(?:%|percent)(?!\s+(?:in|with|by)\b)|"
            r"(?<=\b(?:insurance|insurer|plan|carrier|medicare|medicaid)\s(?:covers|covered|pays|paid|would\s+cover|"
            r"will\s+cover)\s)\d{1,3}\s?(?:%|percent)",
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="FINANCIAL", name="MoneyRecognizer", patterns=self.PATTERNS)
