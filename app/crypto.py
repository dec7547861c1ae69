"""Encryption at rest of PHI columns: AES-256-GCM with a key id and bound associated data.

Stored form: ``v1:<key id>:<base64url nonce>:<base64url ciphertext+tag>``. The associated
data is ``<table>|<column>|<row key>``, where the row key is a random value fixed when the
row is created, so a ciphertext copied into another row or column fails to decrypt.
Keys come from the environment or a key file, never from the database.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = "v1"
KEY_BYTES = 32
NONCE_BYTES = 12


class EncryptionError(Exception):
    """A value could not be encrypted or decrypted. Never carries the value."""


def _b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Keyring:
    """Named 256-bit keys; new values are encrypted with the current one."""

    keys: dict[str, bytes] = field(default_factory=dict)
    current: str = ""

    def __post_init__(self) -> None:
        for kid, key in self.keys.items():
            if len(key) != KEY_BYTES or not kid.isalnum():
                raise EncryptionError("each key must be 32 bytes with an alphanumeric key id")
        if self.current not in self.keys:
            raise EncryptionError("the current key id is not in the keyring")

    def encrypt(self, plaintext: str, aad: bytes) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(self.keys[self.current]).encrypt(nonce, plaintext.encode("utf-8"), aad)
        return f"{VERSION}:{self.current}:{_b64e(nonce)}:{_b64e(sealed)}"

    def decrypt(self, token: str, aad: bytes) -> str:
        try:
            version, kid, nonce, sealed = token.split(":", 3)
        except ValueError:
            raise EncryptionError("stored value is not in the encrypted format") from None
        if version != VERSION or kid not in self.keys:
            raise EncryptionError(f"no key with id {kid!r} for this value" if version == VERSION else "unknown format")
        try:
            return AESGCM(self.keys[kid]).decrypt(_b64d(nonce), _b64d(sealed), aad).decode("utf-8")
        except (InvalidTag, ValueError):
            raise EncryptionError("stored value failed authentication (wrong key, row or column)") from None

    def key_id_of(self, token: str) -> str:
        parts = token.split(":", 2)
        return parts[1] if len(parts) > 2 and parts[0] == VERSION else ""


def new_key() -> str:
    """A fresh key spec line: ``<id>:<base64url key>``."""
    return f"k{secrets.token_hex(4)}:{_b64e(os.urandom(KEY_BYTES))}"


def parse_keyring(spec: str) -> Keyring:
    """Parse ``id:key`` entries separated by commas or newlines; the first is current."""
    keys: dict[str, bytes] = {}
    order: list[str] = []
    for entry in spec.replace(",", "\n").splitlines():
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        kid, sep, b64 = entry.partition(":")
        if not sep:
            raise EncryptionError("a key entry must look like <id>:<base64url key>")
        try:
            keys[kid.strip()] = _b64d(b64.strip())
        except ValueError:
            raise EncryptionError(f"key {kid.strip()!r} is not valid base64") from None
        order.append(kid.strip())
    if not order:
        raise EncryptionError("no encryption key given")
    return Keyring(keys=keys, current=order[0])


def load_key_file(path: Path) -> Keyring:
    return parse_keyring(path.read_text(encoding="utf-8"))


_keyring: Keyring | None = None


def configure(keyring: Keyring) -> None:
    """Install the process's keyring (at startup, from settings)."""
    global _keyring
    _keyring = keyring


def keyring() -> Keyring:
    if _keyring is None:
        raise EncryptionError("encryption keys are not configured")
    return _keyring


def associated_data(table: str, column: str, row_key: str) -> bytes:
    return f"{table}|{column}|{row_key}".encode()


class EncryptedText:
    """A plaintext attribute over an encrypted mapped column (``_<name>_enc``).

    Reads decrypt (cached per ciphertext), writes encrypt at once with the row's key.
    """

    def __init__(self, table: str, column: str, *, nullable: bool = False) -> None:
        self.table = table
        self.column = column
        self.nullable = nullable
        self.storage = f"_{column}_enc"

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        token = getattr(obj, self.storage)
        if token is None:
            return None
        cache = obj.__dict__.setdefault("_decrypted", {})
        hit = cache.get(self.name)
        if hit is not None and hit[0] == token:
            return hit[1]
        plain = keyring().decrypt(token, associated_data(self.table, self.column, obj.row_key))
        cache[self.name] = (token, plain)
        return plain

    def __set__(self, obj, value) -> None:
        if value is None:
            if not self.nullable:
                raise EncryptionError(f"{self.table}.{self.column} cannot be empty")
            setattr(obj, self.storage, None)
            return
        token = keyring().encrypt(str(value), associated_data(self.table, self.column, obj.row_key))
        setattr(obj, self.storage, token)
        obj.__dict__.setdefault("_decrypted", {})[self.name] = (token, str(value))


def new_row_key() -> str:
    return secrets.token_hex(16)
