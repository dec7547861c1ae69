"""Password hashing with argon2id (argon2-cffi defaults meet OWASP ASVS 5.0 App. C)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import InvalidInput

MIN_LENGTH = 8
MAX_LENGTH = 128

_hasher = PasswordHasher()

# Verified against when the username is unknown, so that both failures cost the
# same argon2 work and a login response's timing does not reveal which usernames exist.
DUMMY_HASH = _hasher.hash("not-a-real-password-used-for-timing-only")


def validate_password(password: str) -> None:
    """Raise InvalidInput if the password does not meet the length policy."""
    if len(password) < MIN_LENGTH or len(password) > MAX_LENGTH:
        raise InvalidInput(f"Passwords must be {MIN_LENGTH} to {MAX_LENGTH} characters long.")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
