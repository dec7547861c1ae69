"""Seed reply templates and safe placeholder rendering.

Templates may only use the practice's own settings as placeholders, never anything taken
from the review. Rendering is done by parsing the body with ``string.Formatter`` and
concatenating literal text with the allowed values, so a template can never reach
attributes, indexes, conversions or format specs (``{contact_name.__class__}``, ``{0}``,
``{x!r}``, ``{contact_name:>99}`` all raise ``ValueError``). Error messages name the
template key (for seed templates) but never repeat the body or the offending field,
since a user-written body could contain text copied from a review.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

# Category key -> human label (shown in the template picker).
TEMPLATE_CATEGORIES: dict[str, str] = {
    "negative_general": "Negative – general",
    "wait_time": "Negative – wait times and scheduling",
    "billing": "Negative – billing and insurance",
    "staff_courtesy": "Negative – staff courtesy",
    "clinical_outcome": "Negative – quality of care",
    "mixed": "Mixed (3 stars)",
    "positive_short": "Positive – short",
    "positive_detailed": "Positive – detailed",
    "rating_only": "Rating only (no text)",
}

# Language code -> human label.
TEMPLATE_LANGUAGES: dict[str, str] = {"en": "English", "es": "Spanish"}

# The only placeholders a template may use: all come from the practice's settings.
PLACEHOLDERS: tuple[str, ...] = ("practice_name", "contact_name", "contact_phone", "contact_email")

# Neutral wording used when a practice setting is blank, so that a draft never contains an
# empty hole or a raw "{contact_phone}". They are written to fit the seed templates'
# phrasing ("At {practice_name}, ...", "contact {contact_name} at {contact_phone} or
# by email at {contact_email}"; Spanish "con {contact_name} al {contact_phone} o
# escriba a {contact_email}").
FALLBACKS: dict[str, dict[str, str]] = {
    "en": {
        "practice_name": "our practice",
        "contact_name": "our practice manager",
        "contact_phone": "our main office number",
        "contact_email": "the email address on our website",
    },
    "es": {
        "practice_name": "nuestra clínica",
        "contact_name": "la gerencia de la clínica",
        "contact_phone": "número principal de la clínica",
        "contact_email": "la dirección de correo que aparece en nuestro sitio web",
    },
}

# Zocdoc, the strictest platform, allows 1,000 characters; seed bodies stay well below.
MAX_BODY_CHARS = 1000

_KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEY_MAX = 80  # reply_template.key is String(80)
_NAME_MAX = 200  # reply_template.name is String(200)
_SEED_RESOURCE = "seed_templates.yaml"
_FORMATTER = string.Formatter()


@dataclass(frozen=True, slots=True)
class SeedTemplate:
    """One built-in template as shipped in seed_templates.yaml."""

    key: str
    name: str
    category: str
    language: str
    body: str


def template_placeholders(body: str) -> list[str]:
    """Return the placeholder names used in body, in order (duplicates kept).

    Raises ValueError for malformed braces, for any field that is not exactly one of
    PLACEHOLDERS (positional, attribute or index access included), and for any
    conversion (``!r``) or format spec (``:>10``). The message never quotes the body.
    """
    if not isinstance(body, str):
        raise ValueError("template body must be a string")
    try:
        parsed = list(_FORMATTER.parse(body))
    except ValueError:
        raise ValueError("template has an unmatched '{' or '}' (use '{{' and '}}' for literal braces)") from None
    allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    names: list[str] = []
    for _literal, field_name, format_spec, conversion in parsed:
        if field_name is None:
            continue
        if field_name not in PLACEHOLDERS:
            raise ValueError(f"template uses an unknown placeholder; allowed placeholders are {allowed}")
        if conversion is not None or format_spec:
            raise ValueError("template placeholders may not use conversions or format specs such as '!r' or ':>10'")
        names.append(field_name)
    return names


def validate_template_body(body: str) -> None:
    """Raise ValueError if body is empty, too long or uses anything but the allowed placeholders."""
    if not isinstance(body, str) or not body.strip():
        raise ValueError("template body is empty")
    if len(body) > MAX_BODY_CHARS:
        raise ValueError(f"template body is longer than {MAX_BODY_CHARS} characters")
    template_placeholders(body)


def render_template(
    body: str,
    *,
    practice_name: str,
    contact_name: str,
    contact_phone: str,
    contact_email: str,
    language: str = "en",
) -> str:
    """Fill the practice placeholders in body and return the draft text.

    Only PLACEHOLDERS are substituted; anything else raises ValueError. ``{{`` and ``}}``
    render as literal braces. Values are inserted verbatim (never formatted again), so
    braces inside a practice setting are harmless. A blank value renders a neutral
    fallback in the template's language (``language``: "en" or "es"; unknown → English).
    """
    fallbacks = FALLBACKS.get(language, FALLBACKS["en"])
    values = {
        "practice_name": practice_name,
        "contact_name": contact_name,
        "contact_phone": contact_phone,
        "contact_email": contact_email,
    }
    resolved: dict[str, str] = {}
    for name, value in values.items():
        text = " ".join(value.split()) if isinstance(value, str) else ""
        resolved[name] = text or fallbacks[name]

    template_placeholders(body)  # validates every field before anything is rendered
    parts: list[str] = []
    for literal, field_name, _spec, _conv in _FORMATTER.parse(body):
        parts.append(literal)
        if field_name is not None:
            parts.append(resolved[field_name])
    return "".join(parts)


def _seed_error(key: object, problem: str) -> ValueError:
    label = key if isinstance(key, str) and _KEY_RE.match(key) and len(key) <= _KEY_MAX else "<invalid key>"
    return ValueError(f"seed template {label!r}: {problem}")


def _parse_seed_item(index: int, item: object) -> SeedTemplate:
    if not isinstance(item, dict):
        raise ValueError(f"seed template #{index}: each item must be a mapping")
    key = item.get("key")
    if not isinstance(key, str) or not _KEY_RE.match(key) or len(key) > _KEY_MAX:
        raise ValueError(f"seed template #{index}: key must be a lowercase slug of at most {_KEY_MAX} characters")
    expected = {"key", "name", "category", "language", "body"}
    extra = set(item) - expected
    if extra:
        raise _seed_error(key, f"unexpected fields {sorted(map(str, extra))}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > _NAME_MAX:
        raise _seed_error(key, "name is missing or too long")
    category = item.get("category")
    if category not in TEMPLATE_CATEGORIES:
        raise _seed_error(key, f"unknown category; expected one of {sorted(TEMPLATE_CATEGORIES)}")
    language = item.get("language")
    if language not in TEMPLATE_LANGUAGES:
        raise _seed_error(key, f"unknown language; expected one of {sorted(TEMPLATE_LANGUAGES)}")
    body = item.get("body")
    if not isinstance(body, str) or not body.strip():
        raise _seed_error(key, "body is empty")
    body = body.strip()
    try:
        validate_template_body(body)
    except ValueError as exc:
        raise _seed_error(key, str(exc)) from None
    return SeedTemplate(key=key, name=name.strip(), category=category, language=language, body=body)


def parse_seed_templates(text: str) -> list[SeedTemplate]:
    """Parse and validate seed-template YAML (a mapping with a ``templates`` list)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise ValueError("seed templates: invalid YAML") from None
    if not isinstance(data, dict) or not isinstance(data.get("templates"), list):
        raise ValueError("seed templates: expected a mapping with a 'templates' list")
    templates: list[SeedTemplate] = []
    seen: set[str] = set()
    for index, item in enumerate(data["templates"]):
        template = _parse_seed_item(index, item)
        if template.key in seen:
            raise _seed_error(template.key, "duplicate key")
        seen.add(template.key)
        templates.append(template)
    return templates


@lru_cache(maxsize=1)
def _load_seed_templates_cached() -> tuple[SeedTemplate, ...]:
    text = resources.files("app.drafting").joinpath(_SEED_RESOURCE).read_text(encoding="utf-8")
    return tuple(parse_seed_templates(text))


def load_seed_templates() -> list[SeedTemplate]:
    """Return the built-in templates from app/drafting/seed_templates.yaml, validated, in file order."""
    return list(_load_seed_templates_cached())
