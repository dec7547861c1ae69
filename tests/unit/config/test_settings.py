"""Settings refuse placeholder secrets outside demo mode."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.config import Settings


@pytest.mark.parametrize("secret", ["", "change-me", "demo-only-not-secret", "short-but-random-91"])
def test_placeholder_or_short_secret_refused_outside_demo(secret):
    with pytest.raises(ValidationError) as info:
        Settings(demo=False, secret_key=secret)
    assert "SAFEREPLY_SECRET_KEY" in str(info.value)


def test_demo_mode_allows_the_placeholder():
    assert Settings(demo=True).demo is True


def test_random_secret_accepted():
    assert Settings(demo=False, secret_key="k" * 8 + "3vQ9-random-enough-secret-value-xyz").demo is False


def test_env_prefix(monkeypatch):
    monkeypatch.setenv("SAFEREPLY_NLP_MODEL", "some_model")
    monkeypatch.setenv("SAFEREPLY_DEMO", "true")
    assert Settings().nlp_model == "some_model"
