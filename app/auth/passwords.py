"""Password hashing with argon2id (argon2-cffi defaults meet OWASP ASVS 5.0 App. C)."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import InvalidInput

MIN_LENGTH = 8
MAX_LENGTH = 128

_hasher = PasswordHasher()

# Verified against when the username is unknown, so that both failures cost the
# same argon2 work and a login response's timing does not reveal which usernames exist.
DUMMY_HASH = _hasher.hash("not-a-real-password-used-for-timing-only")


def validate_password(password: str, *, username: str = "") -> None:
    """Raise InvalidInput unless the password is 8-128 characters and not a common one."""
    if len(password) < MIN_LENGTH or len(password) > MAX_LENGTH:
        raise InvalidInput(f"Passwords must be {MIN_LENGTH} to {MAX_LENGTH} characters long.")
    if is_common(password):
        raise InvalidInput("That password is on the list of commonly used passwords. Choose another.")
    if username and password.strip().lower() == username.strip().lower():
        raise InvalidInput("The password must not be the username.")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The bundled list of 20,000 common passwords (see app/auth/data/NOTICE)."""
    raw = resources.files("app.auth.data").joinpath("common-passwords.txt.gz").read_bytes()
    return frozenset(line.strip().lower() for line in gzip.decompress(raw).decode("utf-8").splitlines() if line.strip())


def is_common(password: str) -> bool:
    return password.strip().lower() in common_passwords()
