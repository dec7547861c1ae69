"""Helpers shared by the security tests: report lines, fast users and logins, DB snapshots,
the XSS payload list and a live server for any app instance."""

from __future__ import annotations

import codecs
import os
from functools import lru_cache
from pathlib import Path

from sqlalchemy import MetaData, func, select

from app.auth import service as auth_service
from app.auth.models import Role, User
from app.auth.passwords import hash_password
from app.web.deps import session_cookie_name
from tests.conftest import PASSWORD
from tests.live import serve  # noqa: F401  (used by the security tests through this module)

PAYLOAD_FILE = Path(__file__).resolve().parent.parent / "data" / "xss" / "payloads.txt"


def report(line: str) -> None:
    """Print one summary line (shown with -s) and append it to $SAFEREPLY_SECURITY_REPORT if set."""
    print(line)
    path = os.environ.get("SAFEREPLY_SECURITY_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


# --- payloads -----------------------------------------------------------------------------


def load_payloads() -> list[str]:
    """Payload lines; '#' lines are comments; 'esc:' lines carry Python escapes (NUL etc.).

    Split on '\\n' only: some payloads hold a literal U+2028/U+2029, which splitlines() cuts."""
    raw = PAYLOAD_FILE.read_text(encoding="utf-8")
    out = []
    for line in raw.split("\n"):
        if not line or line.startswith("#"):
            continue
        if line.startswith("esc:"):
            line = codecs.decode(line[4:], "unicode_escape")
        out.append(line)
    return out


# --- users and logins ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _password_hash() -> str:
    # argon2id costs ~0.5 s per hash here; hash the shared test password once per run.
    return hash_password(PASSWORD)


USERS = {"staff": ("sam", "staff"), "staff2": ("sasha", "staff"), "manager": ("maria", "manager"),
         "manager2": ("mike", "manager"), "admin": ("ada", "admin")}


def make_users(db) -> dict[str, User]:
    """The same five users as tests/conftest.py's `users`, with one precomputed password hash."""
    out = {}
    for key, (username, role) in USERS.items():
        user = User(username=username, role=Role(role), password_hash=_password_hash(), is_active=True)
        db.add(user)
        out[key] = user
    db.commit()
    return out


def start_session(db, settings, user: User) -> tuple[str, str]:
    """A real server-side login session without the form (argon2 is slow): (cookie token, csrf token)."""
    token, row = auth_service.start_session(session=db, user=user, absolute_hours=settings.session_absolute_hours)
    return token, row.csrf_token


def log_in(client, db, settings, user: User) -> str:
    """Give a TestClient a fresh session of `user`; return its CSRF token (also kept on client.csrf)."""
    token, csrf = start_session(db, settings, user)
    client.cookies.set(session_cookie_name(settings), token)
    client.csrf = csrf
    return csrf


# --- database snapshots -------------------------------------------------------------------


_REFLECTED: dict[str, MetaData] = {}


def _reflect(engine) -> MetaData:
    """The database's tables as they are (not as the models say), reflected once per URL."""
    key = str(engine.url)
    if key not in _REFLECTED:
        md = MetaData()
        md.reflect(bind=engine)
        _REFLECTED[key] = md
    return _REFLECTED[key]


def snapshot(engine, *, skip_tables: tuple[str, ...] = (), skip_columns: dict[str, tuple[str, ...]] | None = None) -> dict:
    """Every row of every table in the database (reflected, so no table is forgotten)."""
    skip_columns = skip_columns or {}
    out = {}
    md = _reflect(engine)
    with engine.connect() as conn:
        for name, table in sorted(md.tables.items()):
            if name in skip_tables:
                continue
            cols = [c for c in table.columns if c.name not in skip_columns.get(name, ())]
            rows = conn.execute(select(*cols)).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def row_counts(engine) -> dict[str, int]:
    md = _reflect(engine)
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(t)).scalar_one() for name, t in sorted(md.tables.items())}


def diff_snapshots(before: dict, after: dict) -> list[str]:
    """Human-readable list of tables whose rows differ."""
    out = []
    for name in sorted(set(before) | set(after)):
        b, a = before.get(name, []), after.get(name, [])
        if b != a:
            out.append(f"{name}: {len(b)} -> {len(a)} rows" + ("" if len(a) != len(b) else " (changed)"))
    return out
