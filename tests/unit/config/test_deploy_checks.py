"""The startup self-check names every unsafe production setting."""

from __future__ import annotations

import secrets

import pytest

from app import crypto
from app.checks import deployment_problems
from app.config import Settings

GOOD = {"demo": False, "secret_key": secrets.token_urlsafe(48), "encryption_keys": crypto.new_key()}


def names(**overrides) -> set[str]:
    return {p.name for p in deployment_problems(Settings(**{**GOOD, **overrides}))}


def test_safe_settings_have_no_problems():
    assert names() == set()


@pytest.mark.parametrize(
    ("override", "problem"),
    [
        ({"debug": True}, "DEBUG_ON"),
        ({"cookie_secure": False}, "INSECURE_COOKIES"),
        ({"encryption_keys": None}, "NO_ENCRYPTION_KEY"),
        ({"enable_docs": True}, "PUBLIC_API_DOCS"),
    ],
)
def test_each_problem_is_named(override, problem):
    assert names(**override) == {problem}


def test_weak_secret_is_named_even_in_demo_settings():
    problems = {p.name for p in deployment_problems(Settings(demo=True, encryption_keys=crypto.new_key()))}
    assert "WEAK_SECRET" in problems and "INSECURE_COOKIES" not in problems


def test_messages_never_contain_key_material(tmp_path):
    bad = tmp_path / "keys"
    bad.write_text("k1:not-base64-!!!secretish\n")
    problems = deployment_problems(Settings(**{**GOOD, "encryption_keys": None, "encryption_key_file": bad}))
    assert [p.name for p in problems] == ["NO_ENCRYPTION_KEY"]
    assert "secretish" not in problems[0].message
