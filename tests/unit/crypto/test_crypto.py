"""AES-256-GCM values: round trip, bound to table/column/row, key ids, tamper detection."""

from __future__ import annotations

import pytest

from app import crypto


def ring(*specs: str) -> crypto.Keyring:
    return crypto.parse_keyring(",".join(specs))


def test_round_trip_and_format():
    r = ring(crypto.new_key())
    aad = crypto.associated_data("review", "text", "row1")
    token = r.encrypt("Root canal on tooth 14, $950", aad)
    assert token.startswith(f"v1:{r.current}:") and "Root" not in token
    assert r.decrypt(token, aad) == "Root canal on tooth 14, $950"


def test_same_plaintext_gives_different_ciphertexts():
    r = ring(crypto.new_key())
    aad = crypto.associated_data("review", "text", "row1")
    assert r.encrypt("same", aad) != r.encrypt("same", aad)


@pytest.mark.parametrize(
    "other",
    [("review", "text", "row2"), ("review", "reviewer_name", "row1"), ("draft", "text", "row1")],
)
def test_ciphertext_moved_to_another_row_or_column_fails(other):
    r = ring(crypto.new_key())
    token = r.encrypt("secret", crypto.associated_data("review", "text", "row1"))
    with pytest.raises(crypto.EncryptionError):
        r.decrypt(token, crypto.associated_data(*other))


def test_tampered_ciphertext_fails():
    r = ring(crypto.new_key())
    aad = crypto.associated_data("review", "text", "row1")
    token = r.encrypt("secret", aad)
    flipped = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    with pytest.raises(crypto.EncryptionError):
        r.decrypt(flipped, aad)


def test_old_key_still_decrypts_after_rotation_and_unknown_key_fails():
    old, new = crypto.new_key(), crypto.new_key()
    aad = crypto.associated_data("draft", "body", "r")
    token = ring(old).encrypt("hello", aad)
    assert ring(new, old).decrypt(token, aad) == "hello"
    assert ring(new, old).encrypt("x", aad).split(":")[1] == new.split(":")[0]
    with pytest.raises(crypto.EncryptionError):
        ring(new).decrypt(token, aad)


@pytest.mark.parametrize("spec", ["", "nocolon", "k1:" + "A" * 10, "bad id!:" + crypto.new_key().split(":")[1]])
def test_bad_key_specs_are_refused(spec):
    with pytest.raises(crypto.EncryptionError):
        crypto.parse_keyring(spec)


def test_error_messages_never_contain_plaintext():
    r = ring(crypto.new_key())
    token = r.encrypt("canary-plaintext-123", crypto.associated_data("a", "b", "c"))
    with pytest.raises(crypto.EncryptionError) as info:
        r.decrypt(token, crypto.associated_data("a", "b", "d"))
    assert "canary" not in str(info.value)
