"""Operations commands, run as real processes on a temporary SQLite database."""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
import subprocess
import sys

import pytest

from app import crypto


@pytest.fixture
def env(tmp_path):
    e = {
        **os.environ,
        "SAFEREPLY_DATABASE_URL": f"sqlite:///{tmp_path}/ops.db",
        "SAFEREPLY_DEMO": "false",
        "SAFEREPLY_SECRET_KEY": secrets.token_urlsafe(48),
        "SAFEREPLY_ENCRYPTION_KEYS": crypto.new_key(),
    }
    e.pop("SAFEREPLY_COOKIE_SECURE", None)
    run(e, "migrate")
    e["_db"] = f"{tmp_path}/ops.db"
    return e


def run(env, *args, stdin: str = "") -> subprocess.CompletedProcess:
    clean = {k: v for k, v in env.items() if not k.startswith("_")}
    return subprocess.run([sys.executable, "-m", "app", *args], env=clean, input=stdin, capture_output=True, text=True, timeout=120)


def test_new_key_prints_a_usable_key():
    out = subprocess.run([sys.executable, "-m", "app", "new-key"], capture_output=True, text=True, timeout=60).stdout.strip()
    ring = crypto.parse_keyring(out)
    assert len(ring.keys[ring.current]) == 32


def test_break_glass_creates_expiring_manager_and_audits(env):
    result = run(env, "break-glass", "oncall", "--hours", "2")
    assert result.returncode == 0, result.stderr
    assert re.search(r"One-time password \(shown only now\): \S{20,}", result.stdout)
    db = sqlite3.connect(env["_db"])
    role, expires = db.execute("SELECT role, expires_at FROM user_account WHERE username='oncall'").fetchone()
    assert role == "manager" and expires
    assert db.execute("SELECT count(*) FROM audit_event WHERE action='break_glass'").fetchone()[0] == 1
    too_long = run(env, "break-glass", "oncall2", "--hours", "72")
    assert too_long.returncode == 1 and "1 to 24 hours" in too_long.stderr


def test_verify_audit_reports_intact_then_the_tampered_row(env):
    run(env, "break-glass", "oncall", "--hours", "1")
    run(env, "create-user", "helper", "--role", "staff", stdin="long enough password\n")
    ok = run(env, "verify-audit")
    assert ok.returncode == 0 and "intact: 3 rows verified" in ok.stdout
    db = sqlite3.connect(env["_db"])
    victim = db.execute("SELECT id FROM audit_event ORDER BY seq LIMIT 1 OFFSET 1").fetchone()[0]
    db.execute("UPDATE audit_event SET outcome='changed' WHERE id=?", (victim,))
    db.commit()
    broken = run(env, "verify-audit")
    assert broken.returncode == 1 and f"BROKEN at row {victim}" in broken.stdout


def test_rotate_keys_and_purge_report_counts(env):
    assert "Re-encrypted 0 rows" in run(env, "rotate-keys").stdout
    assert "Purged 0 reviews" in run(env, "purge").stdout


def test_rotate_keys_without_keys_fails_clearly(env):
    no_keys = {**env, "SAFEREPLY_ENCRYPTION_KEYS": ""}
    result = run(no_keys, "rotate-keys")
    assert result.returncode == 2 and "no encryption key" in result.stderr


def test_serve_refuses_unsafe_production_settings_by_name(env):
    unsafe = {**env, "SAFEREPLY_COOKIE_SECURE": "false", "SAFEREPLY_ENABLE_DOCS": "true", "SAFEREPLY_ENCRYPTION_KEYS": ""}
    result = run(unsafe, "serve", "--port", "1")
    assert result.returncode == 2
    for name in ("INSECURE_COOKIES", "PUBLIC_API_DOCS", "NO_ENCRYPTION_KEY"):
        assert f"refusing to start: {name}" in result.stderr
    check = run(unsafe, "check-deploy")
    assert check.returncode == 1 and "INSECURE_COOKIES" in check.stdout
    assert run(env, "check-deploy").stdout.strip() == "No problems found."
