"""Seed templates and placeholder rendering (app.drafting.library)."""

from __future__ import annotations

import re
import string
from collections import Counter

import pytest
import yaml

from app.drafting.library import (
    FALLBACKS,
    MAX_BODY_CHARS,
    PLACEHOLDERS,
    TEMPLATE_CATEGORIES,
    SeedTemplate,
    load_seed_templates,
    parse_seed_templates,
    render_template,
    template_placeholders,
    validate_template_body,
)

TEMPLATES = load_seed_templates()
BY_KEY = {t.key: t for t in TEMPLATES}

PRACTICE = {
    "practice_name": "Maple Grove Family Dental & Orthodontics",
    "contact_name": "Dana Whitfield-Alvarez",
    "contact_phone": "(303) 555-0199",
    "contact_email": "practice.manager@maplegrovefamilydental.example",
}
BLANK_PRACTICE = {name: "" for name in PLACEHOLDERS}

EXPECTED_CATEGORIES = {
    "negative_general",
    "wait_time",
    "billing",
    "staff_courtesy",
    "clinical_outcome",
    "mixed",
    "positive_short",
    "positive_detailed",
    "rating_only",
}
# Categories whose templates must invite offline contact with a name and a phone or email.
INVITE_CATEGORIES = EXPECTED_CATEGORIES - {"positive_short", "positive_detailed"}
POSITIVE_CATEGORIES = {"positive_short", "positive_detailed"}

# Wording that confirms a patient relationship, promises outcomes or offers value.
FORBIDDEN_EN = [
    r"\byour (?:visit|appointment|care|treatment|health|procedure|surgery|exam|cleaning|account|chart"
    r"|records?|stay|session|results?|provider|doctor|dentist|insurance|bill|balance|copay|condition"
    r"|diagnosis|medication|prescription|experience|time with us|journey|family|child|son|daughter)\b",
    r"\bexperience with us\b",
    r"\bsee you\b",
    r"\bwe saw you\b",
    r"\byou (?:were|are) (?:seen|treated|here|in)\b",
    r"\byou (?:visited|came|received|saw|had|underwent|got|experienced)\b",
    r"\bwhen you\b",
    r"\bchoosing us\b",
    r"\bwelcome back\b",
    r"\bnext time\b",
    r"\bguarantee",
    r"\bnever happen",
    r"\bwill never\b",
    r"\bdiscount",
    r"\brefund",
    r"\bfree\b",
    r"\bcredit\b",
    r"\bcomplimentary\b",
    r"\bwaive",
    r"\bon file\b",
    r"\bour records\b",
    r"\bpolicy\b",
    r"\$",
    r"\bpatient of\b",
    r"\bour patient\b",
]
FORBIDDEN_ES = [
    r"\bsu (?:cita|visita|tratamiento|atención|salud|consulta|procedimiento|cuenta|expediente|factura"
    r"|seguro|médico|doctor|dentista|experiencia|estancia|diagnóstico|familia|hij[oa])\b",
    r"\bsus (?:citas|visitas|tratamientos|consultas|facturas)\b",
    r"\bnos vemos\b",
    r"\blo esperamos\b",
    r"\bla esperamos\b",
    r"\bpróxima vez\b",
    r"\bgarantiz",
    r"\breembolso",
    r"\bdescuento",
    r"\bgratis\b",
    r"\bnunca volverá\b",
    r"\bnuestro paciente\b",
]
ALLOWED_SECOND_PERSON_EN = {
    "your feedback",
    "your comments",
    "your concerns",
    "your review",
    "your soonest",
    "your kind",
    "your rating",
    "your thoughts",
}


def _render(template: SeedTemplate, practice: dict[str, str] = PRACTICE) -> str:
    return render_template(template.body, language=template.language, **practice)


def _ids(templates: list[SeedTemplate]) -> list[str]:
    return [t.key for t in templates]


# ---------------------------------------------------------------- the set as a whole


def test_categories_are_exactly_the_agreed_keys() -> None:
    assert set(TEMPLATE_CATEGORIES) == EXPECTED_CATEGORIES
    assert all(label.strip() for label in TEMPLATE_CATEGORIES.values())


def test_placeholders_constant() -> None:
    assert PLACEHOLDERS == ("practice_name", "contact_name", "contact_phone", "contact_email")


def test_seed_set_size_and_coverage() -> None:
    assert len(TEMPLATES) >= 18
    counts = Counter((t.category, t.language) for t in TEMPLATES)
    for category in EXPECTED_CATEGORIES:
        assert counts[(category, "en")] >= 1, category
    assert counts[("negative_general", "en")] >= 2
    assert sum(1 for t in TEMPLATES if t.language == "es") >= 3
    assert {t.language for t in TEMPLATES} <= {"en", "es"}


def test_keys_are_unique_stable_slugs() -> None:
    keys = [t.key for t in TEMPLATES]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key), key
        assert len(key) <= 80


def test_load_returns_a_fresh_list() -> None:
    first = load_seed_templates()
    first.clear()
    assert load_seed_templates() == TEMPLATES


# ---------------------------------------------------------------- each template


@pytest.mark.parametrize("template", TEMPLATES, ids=_ids(TEMPLATES))
def test_template_renders_cleanly(template: SeedTemplate) -> None:
    rendered = _render(template)
    assert "{" not in rendered and "}" not in rendered
    assert len(rendered.encode("utf-8")) < MAX_BODY_CHARS  # Zocdoc: 1,000
    assert rendered == rendered.strip()
    assert "  " not in rendered and "\n" not in rendered
    assert set(template_placeholders(template.body)) <= set(PLACEHOLDERS)


@pytest.mark.parametrize("template", TEMPLATES, ids=_ids(TEMPLATES))
def test_template_renders_with_blank_practice_settings(template: SeedTemplate) -> None:
    rendered = _render(template, BLANK_PRACTICE)
    assert "{" not in rendered and "}" not in rendered
    assert "  " not in rendered
    assert not re.search(r"\s[,.]", rendered)  # no hole left before punctuation
    for name in template_placeholders(template.body):
        assert FALLBACKS[template.language][name] in rendered
    assert len(rendered.encode("utf-8")) < MAX_BODY_CHARS


@pytest.mark.parametrize("template", TEMPLATES, ids=_ids(TEMPLATES))
def test_template_invites_contact_where_required(template: SeedTemplate) -> None:
    used = set(template_placeholders(template.body))
    if template.category in INVITE_CATEGORIES:
        assert "contact_name" in used
        assert used & {"contact_phone", "contact_email"}
    rendered = _render(template)
    if "contact_name" in used:
        assert PRACTICE["contact_name"] in rendered


@pytest.mark.parametrize("template", TEMPLATES, ids=_ids(TEMPLATES))
def test_template_never_confirms_a_patient_relationship(template: SeedTemplate) -> None:
    text = _render(template).lower()
    patterns = FORBIDDEN_EN + (FORBIDDEN_ES if template.language == "es" else [])
    for pattern in patterns:
        assert not re.search(pattern, text, re.IGNORECASE), (template.key, pattern)
    if template.language == "en":
        for match in re.finditer(r"\byour \w+", text):
            assert match.group(0) in ALLOWED_SECOND_PERSON_EN, (template.key, match.group(0))


@pytest.mark.parametrize(
    "template", [t for t in TEMPLATES if t.category == "billing"], ids=lambda t: t.key
)
def test_billing_templates_mention_no_amounts(template: SeedTemplate) -> None:
    assert not re.search(r"\d|\$|€", template.body)


@pytest.mark.parametrize(
    "template", [t for t in TEMPLATES if t.category in POSITIVE_CATEGORIES], ids=lambda t: t.key
)
def test_positive_templates_thank_the_reviewer(template: SeedTemplate) -> None:
    text = template.body.lower()
    assert "thank" in text or "gracias" in text


@pytest.mark.parametrize(
    "template", [t for t in TEMPLATES if t.language == "es"], ids=lambda t: t.key
)
def test_spanish_templates_use_spanish_fallbacks(template: SeedTemplate) -> None:
    rendered = _render(template, BLANK_PRACTICE)
    for english in FALLBACKS["en"].values():
        assert english not in rendered


# ---------------------------------------------------------------- render_template


def test_render_substitutes_all_placeholders() -> None:
    body = "{practice_name} | {contact_name} | {contact_phone} | {contact_email} | {practice_name}"
    assert render_template(body, **PRACTICE) == (
        "Maple Grove Family Dental & Orthodontics | Dana Whitfield-Alvarez | (303) 555-0199"
        " | practice.manager@maplegrovefamilydental.example | Maple Grove Family Dental & Orthodontics"
    )


def test_render_keeps_literal_braces() -> None:
    assert render_template("{{x}} at {practice_name}", **PRACTICE) == (
        "{x} at Maple Grove Family Dental & Orthodontics"
    )
    assert render_template("{{{contact_phone}}}", **PRACTICE) == "{(303) 555-0199}"


def test_render_inserts_values_verbatim() -> None:
    practice = dict(PRACTICE, practice_name="{contact_email} {0.__class__}")
    assert render_template("Hi from {practice_name}.", **practice) == "Hi from {contact_email} {0.__class__}."


@pytest.mark.parametrize(
    ("practice", "language", "expected"),
    [
        (
            BLANK_PRACTICE,
            "en",
            "At our practice, call our practice manager at our main office number "
            "or the email address on our website.",
        ),
        (
            {"practice_name": "  ", "contact_name": "\t", "contact_phone": "\n", "contact_email": " "},
            "en",
            "At our practice, call our practice manager at our main office number "
            "or the email address on our website.",
        ),
        (
            dict(PRACTICE, contact_phone=""),
            "en",
            "At Maple Grove Family Dental & Orthodontics, call Dana Whitfield-Alvarez at our main office "
            "number or practice.manager@maplegrovefamilydental.example.",
        ),
        (
            BLANK_PRACTICE,
            "fr",  # unknown language: English fallbacks
            "At our practice, call our practice manager at our main office number "
            "or the email address on our website.",
        ),
    ],
)
def test_render_fallbacks(practice: dict[str, str], language: str, expected: str) -> None:
    body = "At {practice_name}, call {contact_name} at {contact_phone} or {contact_email}."
    assert render_template(body, language=language, **practice) == expected


def test_render_spanish_fallbacks() -> None:
    body = "En {practice_name}: comuníquese con {contact_name} al {contact_phone} o escriba a {contact_email}."
    assert render_template(body, language="es", **BLANK_PRACTICE) == (
        "En nuestra clínica: comuníquese con la gerencia de la clínica al número principal de la clínica"
        " o escriba a la dirección de correo que aparece en nuestro sitio web."
    )


def test_render_treats_none_as_blank() -> None:
    practice = dict(PRACTICE, contact_email=None)
    assert render_template("Email {contact_email}.", **practice) == "Email the email address on our website."


def test_render_collapses_whitespace_inside_values() -> None:
    practice = dict(PRACTICE, contact_name="  Dana \n Whitfield  ")
    assert render_template("Call {contact_name}.", **practice) == "Call Dana Whitfield."


@pytest.mark.parametrize(
    "body",
    [
        "{contact_name.__class__}",
        "{contact_name.__class__.__mro__}",
        "{contact_name[0]}",
        "{0}",
        "{}",
        "{x!r}",
        "{contact_name!r}",
        "{contact_name!s}",
        "{contact_name:>10}",
        "{practice_name:{contact_name}}",
        "{reviewer_name}",
        "{review_text}",
        "{rating}",
        "{Contact_Name}",
        "{ contact_name }",
        "Call us {",
        "Call us }",
        "{contact_name",
        "{contact_name}}",
    ],
)
def test_render_rejects_anything_but_plain_placeholders(body: str) -> None:
    with pytest.raises(ValueError):
        render_template(body, **PRACTICE)
    with pytest.raises(ValueError):
        template_placeholders(body)


def test_render_error_never_quotes_the_body() -> None:
    body = "Dear Jordan Blake, sorry about the root canal {reviewer_name}"
    with pytest.raises(ValueError) as excinfo:
        render_template(body, **PRACTICE)
    message = str(excinfo.value)
    assert "Jordan" not in message and "root canal" not in message and "reviewer_name" not in message


def test_template_placeholders_lists_fields_in_order() -> None:
    assert template_placeholders("{contact_name} {{not}} {practice_name} {contact_name}") == [
        "contact_name",
        "practice_name",
        "contact_name",
    ]
    assert template_placeholders("No placeholders at all.") == []


@pytest.mark.parametrize("body", ["", "   ", "\n\t", "x" * (MAX_BODY_CHARS + 1), "Hi {0}"])
def test_validate_template_body_rejects(body: str) -> None:
    with pytest.raises(ValueError):
        validate_template_body(body)


def test_formatter_is_what_we_think_it_is() -> None:
    # Guard: render_template relies on Formatter.parse reporting attribute access in field_name.
    assert list(string.Formatter().parse("{a.b}"))[0][1] == "a.b"


# ---------------------------------------------------------------- seed YAML validation


def _yaml(**overrides: object) -> str:
    item: dict[str, object] = {
        "key": "sample-template",
        "name": "Sample",
        "category": "negative_general",
        "language": "en",
        "body": "Thank you. Please call {contact_name} at {contact_phone}.",
    }
    item.update(overrides)
    item = {field: value for field, value in item.items() if value is not None}
    return yaml.safe_dump({"templates": [item]}, allow_unicode=True, sort_keys=False)


def test_parse_valid_yaml() -> None:
    [template] = parse_seed_templates(_yaml())
    assert template == SeedTemplate(
        key="sample-template",
        name="Sample",
        category="negative_general",
        language="en",
        body="Thank you. Please call {contact_name} at {contact_phone}.",
    )


SECRET = "Jordan Blake root canal"


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"category": "angry_review"}, "unknown category"),
        ({"language": "fr"}, "unknown language"),
        ({"body": f"{SECRET} {{reviewer_name}}"}, "unknown placeholder"),
        ({"body": f"{SECRET} {{contact_name!r}}"}, "conversions"),
        ({"body": f"{SECRET} {{contact_name.__class__}}"}, "unknown placeholder"),
        ({"body": ""}, "empty"),
        ({"body": "   "}, "empty"),
        ({"body": None}, "empty"),
        ({"body": 42}, "empty"),
        ({"body": "x" * (MAX_BODY_CHARS + 1)}, "longer than"),
        ({"name": ""}, "name"),
    ],
)
def test_parse_rejects_bad_items_naming_the_key_not_the_body(overrides: dict, fragment: str) -> None:
    text = _yaml(**overrides)
    with pytest.raises(ValueError) as excinfo:
        parse_seed_templates(text)
    message = str(excinfo.value)
    assert "sample-template" in message
    assert fragment in message
    assert "Jordan" not in message and "root canal" not in message


@pytest.mark.parametrize(
    "text",
    [
        "",
        "- just a list\n",
        "templates: nope\n",
        "templates:\n  - not-a-mapping\n",
        "templates: [\n",
        "templates:\n  - key: Bad Key\n    name: x\n    category: mixed\n    language: en\n    body: hi\n",
        "templates:\n  - key: ok-key\n    name: x\n    category: mixed\n    language: en\n    body: hi\n"
        "    extra: 1\n",
    ],
)
def test_parse_rejects_bad_structure(text: str) -> None:
    with pytest.raises(ValueError):
        parse_seed_templates(text)


def test_parse_rejects_duplicate_keys() -> None:
    data = yaml.safe_load(_yaml())
    data["templates"].append(dict(data["templates"][0]))
    with pytest.raises(ValueError, match="duplicate"):
        parse_seed_templates(yaml.safe_dump(data))


def test_seed_body_is_stripped_and_single_paragraph() -> None:
    for template in TEMPLATES:
        assert template.body == template.body.strip()
        assert "\n" not in template.body, template.key
